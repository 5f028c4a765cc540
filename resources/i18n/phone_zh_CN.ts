<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>CallErrors</name>
    <message>
        <location filename="../../agent_desk/ui/phone_status.py" line="24"/>
        <source>The phone no longer has that call: the caller has hung up.</source>
        <translation>电话上已没有这通来电：来电者已挂断。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/phone_status.py" line="27"/>
        <source>The phone did not answer the call. Press F3 again or answer on the phone; if it keeps failing, baresip cannot open its sound device: tell branch IT.</source>
        <translation>电话没有接起这通来电。请再按 F3，或在电话上接听；如果一直失败，说明 baresip 打不开声音设备，请告知分部 IT。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/phone_status.py" line="32"/>
        <location filename="../../agent_desk/ui/phone_status.py" line="35"/>
        <source>The phone did not do what the desk asked ({detail}).</source>
        <translation>电话没有执行工作台的指令（{detail}）。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/phone_status.py" line="38"/>
        <source>The desk cannot tell the phone which call this is (its call id is too long): use the phone itself.</source>
        <translation>工作台无法告诉电话是哪一通来电（来电编号过长），请直接在电话上操作。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/phone_status.py" line="43"/>
        <source>The call is still ringing: F3 answers it. A ringing call ends when the caller hangs up.</source>
        <translation>来电仍在振铃：按 F3 接听。振铃中的来电要等来电者挂断才会结束。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/phone_status.py" line="47"/>
        <source>The phone has a call the desk did not see ring ({caller}); it is not recorded at the desk.</source>
        <translation>电话上有一通工作台没有收到振铃的通话（{caller}），工作台没有记录它。</translation>
    </message>
</context>
<context>
    <name>PhoneStatus</name>
    <message>
        <location filename="../../agent_desk/ui/phone_status.py" line="63"/>
        <source>Phone: connecting…</source>
        <translation>电话：正在连接…</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/phone_status.py" line="66"/>
        <source>Phone: softphone commands unavailable</source>
        <translation>电话：软电话命令不可用</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/phone_status.py" line="71"/>
        <source>Phone: softphone commands</source>
        <translation>电话：软电话命令</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/phone_status.py" line="73"/>
        <source>Phone: practice calls</source>
        <translation>电话：练习来电</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/phone_status.py" line="75"/>
        <source>Phone: desk phone (F2)</source>
        <translation>电话：座机（F2）</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/phone_status.py" line="80"/>
        <source>Phone: connected</source>
        <translation>电话：已连接</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/phone_status.py" line="82"/>
        <source>baresip, connected since {time}</source>
        <translation>baresip，自 {time} 起已连接</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/phone_status.py" line="89"/>
        <source>Phone: offline since {time}</source>
        <translation>电话：离线（自 {time} 起）</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/phone_status.py" line="101"/>
        <source>an unknown number</source>
        <translation>未知号码</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/phone_status.py" line="104"/>
        <source>Missed call from {who} while you were on a call: listed for a callback.</source>
        <translation>通话中未接来电（{who}）：已列入回访。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/phone_status.py" line="107"/>
        <source>Another call from {who} is ringing while you are on a call.</source>
        <translation>通话中另有来电（{who}）正在振铃。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/phone_status.py" line="117"/>
        <source>Missed call at {time} while on another call</source>
        <translation>{time} 通话中未接来电</translation>
    </message>
</context>
</TS>
