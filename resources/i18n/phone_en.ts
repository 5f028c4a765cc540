<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CallErrors</name>
    <message>
        <location filename="../../agent_desk/ui/phone_status.py" line="24"/>
        <source>The phone no longer has that call: the caller has hung up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/phone_status.py" line="27"/>
        <source>The phone did not answer the call. Press F3 again or answer on the phone; if it keeps failing, baresip cannot open its sound device: tell branch IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/phone_status.py" line="32"/>
        <location filename="../../agent_desk/ui/phone_status.py" line="35"/>
        <source>The phone did not do what the desk asked ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/phone_status.py" line="38"/>
        <source>The desk cannot tell the phone which call this is (its call id is too long): use the phone itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/phone_status.py" line="43"/>
        <source>The call is still ringing: F3 answers it. A ringing call ends when the caller hangs up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/phone_status.py" line="47"/>
        <source>The phone has a call the desk did not see ring ({caller}); it is not recorded at the desk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneStatus</name>
    <message>
        <location filename="../../agent_desk/ui/phone_status.py" line="63"/>
        <source>Phone: connecting…</source>
        <translation>Phone: connecting…</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/phone_status.py" line="66"/>
        <source>Phone: softphone commands unavailable</source>
        <translation>Phone: softphone commands unavailable</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/phone_status.py" line="71"/>
        <source>Phone: softphone commands</source>
        <translation>Phone: softphone commands</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/phone_status.py" line="73"/>
        <source>Phone: practice calls</source>
        <translation>Phone: practice calls</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/phone_status.py" line="75"/>
        <source>Phone: desk phone (F2)</source>
        <translation>Phone: desk phone (F2)</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/phone_status.py" line="80"/>
        <source>Phone: connected</source>
        <translation>Phone: connected</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/phone_status.py" line="82"/>
        <source>baresip, connected since {time}</source>
        <translation>baresip, connected since {time}</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/phone_status.py" line="89"/>
        <source>Phone: offline since {time}</source>
        <translation>Phone: offline since {time}</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/phone_status.py" line="101"/>
        <source>an unknown number</source>
        <translation>an unknown number</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/phone_status.py" line="104"/>
        <source>Missed call from {who} while you were on a call: listed for a callback.</source>
        <translation>Missed call from {who} while you were on a call: listed for a callback.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/phone_status.py" line="107"/>
        <source>Another call from {who} is ringing while you are on a call.</source>
        <translation>Another call from {who} is ringing while you are on a call.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/phone_status.py" line="117"/>
        <source>Missed call at {time} while on another call</source>
        <translation>Missed call at {time} while on another call</translation>
    </message>
</context>
</TS>
