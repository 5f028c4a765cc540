<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>PhoneStatus</name>
    <message>
        <location filename="../../agent_desk/ui/phone_status.py" line="30"/>
        <source>Phone: connecting…</source>
        <translation>Phone: connecting…</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/phone_status.py" line="33"/>
        <source>Phone: softphone commands unavailable</source>
        <translation>Phone: softphone commands unavailable</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/phone_status.py" line="38"/>
        <source>Phone: softphone commands</source>
        <translation>Phone: softphone commands</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/phone_status.py" line="40"/>
        <source>Phone: practice calls</source>
        <translation>Phone: practice calls</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/phone_status.py" line="42"/>
        <source>Phone: desk phone (F2)</source>
        <translation>Phone: desk phone (F2)</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/phone_status.py" line="47"/>
        <source>Phone: connected</source>
        <translation>Phone: connected</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/phone_status.py" line="49"/>
        <source>baresip, connected since {time}</source>
        <translation>baresip, connected since {time}</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/phone_status.py" line="56"/>
        <source>Phone: offline since {time}</source>
        <translation>Phone: offline since {time}</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/phone_status.py" line="68"/>
        <source>an unknown number</source>
        <translation>an unknown number</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/phone_status.py" line="71"/>
        <source>Missed call from {who} while you were on a call: listed for a callback.</source>
        <translation>Missed call from {who} while you were on a call: listed for a callback.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/phone_status.py" line="74"/>
        <source>Another call from {who} is ringing while you are on a call.</source>
        <translation>Another call from {who} is ringing while you are on a call.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/phone_status.py" line="84"/>
        <source>Missed call at {time} while on another call</source>
        <translation>Missed call at {time} while on another call</translation>
    </message>
</context>
</TS>
