<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>DeskStateView</name>
    <message>
        <location filename="../../agent_desk/ui/desk_state_view.py" line="19"/>
        <source>Available</source>
        <translation>示闲</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/desk_state_view.py" line="20"/>
        <source>Ringing</source>
        <translation>振铃</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/desk_state_view.py" line="21"/>
        <source>On a call</source>
        <translation>通话中</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/desk_state_view.py" line="22"/>
        <source>Wrap-up</source>
        <translation>话后处理</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/desk_state_view.py" line="23"/>
        <source>On a break</source>
        <translation>小休</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/desk_state_view.py" line="24"/>
        <source>No open shift</source>
        <translation>未开班</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/desk_state_view.py" line="25"/>
        <source>Supervising, no call shift</source>
        <translation>主管工作，未开班</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/desk_state_view.py" line="26"/>
        <source>Not logged in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/desk_state_view.py" line="29"/>
        <source>meal</source>
        <translation>用餐</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/desk_state_view.py" line="30"/>
        <source>rest</source>
        <translation>休息</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/desk_state_view.py" line="31"/>
        <source>training</source>
        <translation>培训</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/desk_state_view.py" line="32"/>
        <source>meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/desk_state_view.py" line="33"/>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/desk_state_view.py" line="55"/>
        <source>{state} ({reason})</source>
        <translation>{state}（{reason}）</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../agent_desk/ui/qt_texts.py" line="26"/>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/qt_texts.py" line="32"/>
        <source>File</source>
        <comment>All other platforms</comment>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/qt_texts.py" line="38"/>
        <source>%1 File</source>
        <comment>%1 is a file name suffix, for example txt</comment>
        <translation>%1 文件</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../agent_desk/ui/qt_texts.py" line="20"/>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/qt_texts.py" line="21"/>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
</TS>
