<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>PhoneStatus</name>
    <message>
        <location filename="../../agent_desk/ui/phone_status.py" line="30"/>
        <source>Phone: connecting…</source>
        <translation>电话：正在连接…</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/phone_status.py" line="33"/>
        <source>Phone: softphone commands unavailable</source>
        <translation>电话：软电话命令不可用</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/phone_status.py" line="38"/>
        <source>Phone: softphone commands</source>
        <translation>电话：软电话命令</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/phone_status.py" line="40"/>
        <source>Phone: practice calls</source>
        <translation>电话：练习来电</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/phone_status.py" line="42"/>
        <source>Phone: desk phone (F2)</source>
        <translation>电话：座机（F2）</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/phone_status.py" line="47"/>
        <source>Phone: connected</source>
        <translation>电话：已连接</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/phone_status.py" line="49"/>
        <source>baresip, connected since {time}</source>
        <translation>baresip，自 {time} 起已连接</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/phone_status.py" line="56"/>
        <source>Phone: offline since {time}</source>
        <translation>电话：离线（自 {time} 起）</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/phone_status.py" line="68"/>
        <source>an unknown number</source>
        <translation>未知号码</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/phone_status.py" line="71"/>
        <source>Missed call from {who} while you were on a call: listed for a callback.</source>
        <translation>通话中未接来电（{who}）：已列入回访。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/phone_status.py" line="74"/>
        <source>Another call from {who} is ringing while you are on a call.</source>
        <translation>通话中另有来电（{who}）正在振铃。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/phone_status.py" line="84"/>
        <source>Missed call at {time} while on another call</source>
        <translation>{time} 通话中未接来电</translation>
    </message>
</context>
</TS>
