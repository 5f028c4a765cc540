<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>DeskStateView</name>
    <message>
        <location filename="../../agent_desk/ui/desk_state_view.py" line="19"/>
        <source>Available</source>
        <translation>Available</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/desk_state_view.py" line="20"/>
        <source>Ringing</source>
        <translation>Ringing</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/desk_state_view.py" line="21"/>
        <source>On a call</source>
        <translation>On a call</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/desk_state_view.py" line="22"/>
        <source>Wrap-up</source>
        <translation>Wrap-up</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/desk_state_view.py" line="23"/>
        <source>On a break</source>
        <translation>On a break</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/desk_state_view.py" line="24"/>
        <source>No open shift</source>
        <translation>No open shift</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/desk_state_view.py" line="25"/>
        <source>Supervising, no call shift</source>
        <translation>Supervising, no call shift</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/desk_state_view.py" line="26"/>
        <source>Not logged in</source>
        <translation>Not logged in</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/desk_state_view.py" line="29"/>
        <source>meal</source>
        <translation>meal</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/desk_state_view.py" line="30"/>
        <source>rest</source>
        <translation>rest</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/desk_state_view.py" line="31"/>
        <source>training</source>
        <translation>training</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/desk_state_view.py" line="32"/>
        <source>meeting</source>
        <translation>meeting</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/desk_state_view.py" line="33"/>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/desk_state_view.py" line="55"/>
        <source>{state} ({reason})</source>
        <translation>{state} ({reason})</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../agent_desk/ui/qt_texts.py" line="26"/>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/qt_texts.py" line="32"/>
        <source>File</source>
        <comment>All other platforms</comment>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/qt_texts.py" line="38"/>
        <source>%1 File</source>
        <comment>%1 is a file name suffix, for example txt</comment>
        <translation>%1 File</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../agent_desk/ui/qt_texts.py" line="20"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/qt_texts.py" line="21"/>
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
</context>
</TS>
