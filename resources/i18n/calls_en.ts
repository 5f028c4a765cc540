<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CallDesk</name>
    <message>
        <location filename="../../agent_desk/ui/call_desk.py" line="193"/>
        <source>A call is in progress</source>
        <translation>A call is in progress</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_desk.py" line="194"/>
        <source>A call is in progress. If you close AgentDesk now, the call ends at the desk at this moment, its record is kept as a draft and offered when you start again, and your state stops counting.

Close AgentDesk anyway?</source>
        <translation>A call is in progress. If you close AgentDesk now, the call ends at the desk at this moment, its record is kept as a draft and offered when you start again, and your state stops counting.

Close AgentDesk anyway?</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_desk.py" line="222"/>
        <source>Call record saved.</source>
        <translation>Call record saved.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_desk.py" line="230"/>
        <source>The caller hung up before the call was answered.</source>
        <translation>The caller hung up before the call was answered.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_desk.py" line="249"/>
        <source>AgentDesk — TRAINING</source>
        <translation>AgentDesk — TRAINING</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_desk.py" line="259"/>
        <source>Script editor</source>
        <translation>Script editor</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_desk.py" line="260"/>
        <source>Only supervisors can edit the scripts.</source>
        <translation>Only supervisors can edit the scripts.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_desk.py" line="275"/>
        <source>The desk phone rings…</source>
        <translation>The desk phone rings…</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_desk.py" line="278"/>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_desk.py" line="281"/>
        <source>Call ended</source>
        <translation>Call ended</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_desk.py" line="284"/>
        <source>Greeting given (F6)</source>
        <translation>Greeting given (F6)</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_desk.py" line="286"/>
        <source>Sign-off given (F7)</source>
        <translation>Sign-off given (F7)</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_desk.py" line="288"/>
        <source>Save the call record (Ctrl+S)</source>
        <translation>Save the call record (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_desk.py" line="297"/>
        <source>&amp;Script editor…</source>
        <translation>&amp;Script editor…</translation>
    </message>
</context>
<context>
    <name>CallErrors</name>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="60"/>
        <source>Choose the type of the call.</source>
        <translation>Choose the type of the call.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="61"/>
        <source>Unknown call type.</source>
        <translation>Unknown call type.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="62"/>
        <source>Write a short subject.</source>
        <translation>Write a short subject.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="63"/>
        <source>The subject can have at most {maximum} characters.</source>
        <translation>The subject can have at most {maximum} characters.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="66"/>
        <source>Write down the customer&apos;s question.</source>
        <translation>Write down the customer&apos;s question.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="69"/>
        <source>Write down the answer you gave, or choose another resolution.</source>
        <translation>Write down the answer you gave, or choose another resolution.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="72"/>
        <source>Choose how the call ended.</source>
        <translation>Choose how the call ended.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="73"/>
        <source>Unknown resolution.</source>
        <translation>Unknown resolution.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="74"/>
        <source>A follow-up resolution needs “Needs follow-up” ticked.</source>
        <translation>A follow-up resolution needs “Needs follow-up” ticked.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="77"/>
        <source>A follow-up is a case or a callback.</source>
        <translation>A follow-up is a case or a callback.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="78"/>
        <source>A callback needs a known customer: match or create the customer first.</source>
        <translation>A callback needs a known customer: match or create the customer first.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="81"/>
        <source>Choose when to call back.</source>
        <translation>Choose when to call back.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="82"/>
        <source>The callback time must be in the future.</source>
        <translation>The callback time must be in the future.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="85"/>
        <source>Satisfaction is 1 to 5.</source>
        <translation>Satisfaction is 1 to 5.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="86"/>
        <source>This call record is already saved.</source>
        <translation>This call record is already saved.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="87"/>
        <source>Nobody answered this call, so it has no record.</source>
        <translation>Nobody answered this call, so it has no record.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="90"/>
        <source>The call is saved, but its follow-up could not be opened.</source>
        <translation>The call is saved, but its follow-up could not be opened.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="93"/>
        <source>Enter a number to call.</source>
        <translation>Enter a number to call.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="95"/>
        <source>Nobody is logged in at this desk.</source>
        <translation>Nobody is logged in at this desk.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="96"/>
        <source>Your shift is closed. Start a new shift to take or make calls.</source>
        <translation>Your shift is closed. Start a new shift to take or make calls.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="99"/>
        <source>You are supervising without a call shift. Start a shift (File ▸ Start a new shift) to take or make calls.</source>
        <translation>You are supervising without a call shift. Start a shift (File ▸ Start a new shift) to take or make calls.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="104"/>
        <source>No call is ringing.</source>
        <translation>No call is ringing.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="105"/>
        <source>There is no call at the desk.</source>
        <translation>There is no call at the desk.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="106"/>
        <source>Finish the current call and save its record first.</source>
        <translation>Finish the current call and save its record first.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="109"/>
        <source>A call is ringing: answer it first. F8 takes a break when the desk is free.</source>
        <translation>A call is ringing: answer it first. F8 takes a break when the desk is free.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="112"/>
        <source>Save the call record first (Ctrl+S), then press F8 for a break.</source>
        <translation>Save the call record first (Ctrl+S), then press F8 for a break.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="115"/>
        <source>That is not the call at this desk; nothing was changed.</source>
        <translation>That is not the call at this desk; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="118"/>
        <source>That call rang while you were busy; finish the current call first.</source>
        <translation>That call rang while you were busy; finish the current call first.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="121"/>
        <source>The phone&apos;s call id is longer than {maximum} characters.</source>
        <translation>The phone&apos;s call id is longer than {maximum} characters.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="124"/>
        <source>The phone is not connected: answer, hang up or dial on the phone itself.</source>
        <translation>The phone is not connected: answer, hang up or dial on the phone itself.</translation>
    </message>
</context>
<context>
    <name>CallForm</name>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="131"/>
        <source>Inquiry</source>
        <translation>Inquiry</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="132"/>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="133"/>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="134"/>
        <source>Suggestion</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="135"/>
        <source>Repair</source>
        <translation>Repair</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="136"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="139"/>
        <source>Very dissatisfied</source>
        <translation>Very dissatisfied</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="140"/>
        <source>Dissatisfied</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="141"/>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="142"/>
        <source>Satisfied</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="143"/>
        <source>Very satisfied</source>
        <translation>Very satisfied</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="147"/>
        <source>The sign-off is not marked: say it and press F7.</source>
        <translation>The sign-off is not marked: say it and press F7.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="150"/>
        <source>Satisfaction was not asked: ask, then press 1–5.</source>
        <translation>Satisfaction was not asked: ask, then press 1–5.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="155"/>
        <source>Resolved on the call</source>
        <translation>Resolved on the call</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="156"/>
        <source>Transferred</source>
        <translation>Transferred</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="157"/>
        <source>Escalated</source>
        <translation>Escalated</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="158"/>
        <source>Follow-up needed</source>
        <translation>Follow-up needed</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="233"/>
        <location filename="../../agent_desk/ui/call_form.py" line="248"/>
        <source>— choose —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="240"/>
        <source>The question&apos;s first line, if left empty</source>
        <translation>The question&apos;s first line, if left empty</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="254"/>
        <source>not asked</source>
        <translation>not asked</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="260"/>
        <source>Greeting given (F6)</source>
        <translation>Greeting given (F6)</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="261"/>
        <source>Sign-off given (F7)</source>
        <translation>Sign-off given (F7)</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="262"/>
        <source>Needs follow-up</source>
        <translation>Needs follow-up</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="264"/>
        <source>Open a case</source>
        <translation>Open a case</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="265"/>
        <source>Schedule a callback</source>
        <translation>Schedule a callback</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="269"/>
        <source>Complex question (transfer within 2 minutes)</source>
        <translation>Complex question (transfer within 2 minutes)</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="270"/>
        <source>Customer conflict (supervisor within 15 minutes)</source>
        <translation>Customer conflict (supervisor within 15 minutes)</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="288"/>
        <source>Save record (Ctrl+S)</source>
        <translation>Save record (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="312"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="316"/>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="317"/>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="619"/>
        <source>Press Ctrl+S again to save as it is.</source>
        <translation>Press Ctrl+S again to save as it is.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="302"/>
        <source>Customer&apos;s question</source>
        <translation>Customer&apos;s question</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="216"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="219"/>
        <source>Discard (&amp;X)</source>
        <translation>Discard (&amp;X)</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="303"/>
        <source>Answer given</source>
        <translation>Answer given</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="313"/>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="723"/>
        <source>No call in progress.</source>
        <translation>No call in progress.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="727"/>
        <source>On the call for {time}</source>
        <translation>On the call for {time}</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="730"/>
        <source>Wrap-up {time} — save the record to finish</source>
        <translation>Wrap-up {time} — save the record to finish</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="733"/>
        <source>Ringing…</source>
        <translation>Ringing…</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="778"/>
        <source>The record of a call from {number} was not saved (last change {time}). Restore it?</source>
        <translation>The record of a call from {number} was not saved (last change {time}). Restore it?</translation>
    </message>
</context>
<context>
    <name>EscalationView</name>
    <message>
        <location filename="../../agent_desk/ui/escalation_view.py" line="33"/>
        <source>Transferred</source>
        <translation>Transferred</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/escalation_view.py" line="33"/>
        <source>Supervisor came</source>
        <translation>Supervisor came</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/escalation_view.py" line="68"/>
        <source>Transfer the complex question</source>
        <translation>Transfer the complex question</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/escalation_view.py" line="70"/>
        <source>Get a supervisor for the conflict</source>
        <translation>Get a supervisor for the conflict</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/escalation_view.py" line="74"/>
        <source>{what}: done after {time}, in time</source>
        <translation>{what}: done after {time}, in time</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/escalation_view.py" line="76"/>
        <source>{what}: done after {time}, late</source>
        <translation>{what}: done after {time}, late</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/escalation_view.py" line="80"/>
        <source>{what}: overdue by {time}</source>
        <translation>{what}: overdue by {time}</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/escalation_view.py" line="85"/>
        <source>{what} within {time}</source>
        <translation>{what} within {time}</translation>
    </message>
</context>
<context>
    <name>RingBanner</name>
    <message>
        <location filename="../../agent_desk/ui/ring_banner.py" line="34"/>
        <source>meal</source>
        <translation>meal</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/ring_banner.py" line="35"/>
        <source>rest</source>
        <translation>rest</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/ring_banner.py" line="36"/>
        <source>training</source>
        <translation>training</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/ring_banner.py" line="37"/>
        <source>meeting</source>
        <translation>meeting</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/ring_banner.py" line="38"/>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/ring_banner.py" line="51"/>
        <source>TRAINING — practice calls, kept apart from real records</source>
        <translation>TRAINING — practice calls, kept apart from real records</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/ring_banner.py" line="89"/>
        <source>Answer (F3 / Enter)</source>
        <translation>Answer (F3 / Enter)</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/ring_banner.py" line="153"/>
        <source>Unknown number</source>
        <translation>Unknown number</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/ring_banner.py" line="169"/>
        <source>Supervising</source>
        <translation>Supervising</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/ring_banner.py" line="171"/>
        <source>To take calls, start a shift (File ▸ Start a new shift).</source>
        <translation>To take calls, start a shift (File ▸ Start a new shift).</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/ring_banner.py" line="174"/>
        <source>Waiting for calls</source>
        <translation>Waiting for calls</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/ring_banner.py" line="176"/>
        <source>F2: the desk phone rings · F3 or Enter: answer · F4: call ended</source>
        <translation>F2: the desk phone rings · F3 or Enter: answer · F4: call ended</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/ring_banner.py" line="193"/>
        <source>Outbound call</source>
        <translation>Outbound call</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/ring_banner.py" line="195"/>
        <source>within three rings</source>
        <translation>within three rings</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/ring_banner.py" line="195"/>
        <source>rule broken</source>
        <translation>rule broken</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/ring_banner.py" line="197"/>
        <source>Answered after {seconds} s, {verdict}</source>
        <translation>Answered after {seconds} s, {verdict}</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/ring_banner.py" line="210"/>
        <source>You are on a break ({reason}): answering ends the break.</source>
        <translation>You are on a break ({reason}): answering ends the break.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/ring_banner.py" line="216"/>
        <source>Record saved. The caller is still on the line: F4 when the call ends.</source>
        <translation>Record saved. The caller is still on the line: F4 when the call ends.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/ring_banner.py" line="220"/>
        <source>Calls waiting: {n}</source>
        <translation>Calls waiting: {n}</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/ring_banner.py" line="242"/>
        <source>Call from {caller} not taken</source>
        <translation>Call from {caller} not taken</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/ring_banner.py" line="243"/>
        <source>an unknown number</source>
        <translation>an unknown number</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/ring_banner.py" line="248"/>
        <source>Your shift is closed. Start a new shift (File ▸ Start a new shift) to take calls.</source>
        <translation>Your shift is closed. Start a new shift (File ▸ Start a new shift) to take calls.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/ring_banner.py" line="252"/>
        <source>You are supervising without a call shift, so the call was not taken here. To take calls, start a shift (File ▸ Start a new shift).</source>
        <translation>You are supervising without a call shift, so the call was not taken here. To take calls, start a shift (File ▸ Start a new shift).</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/ring_banner.py" line="271"/>
        <source>+{seconds} s late</source>
        <translation>+{seconds} s late</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/ring_banner.py" line="274"/>
        <source>Three-ring rule broken · ring {ring}</source>
        <translation>Three-ring rule broken · ring {ring}</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/ring_banner.py" line="278"/>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/ring_banner.py" line="281"/>
        <source>Ring {ring} of {rings}</source>
        <translation>Ring {ring} of {rings}</translation>
    </message>
</context>
<context>
    <name>RingDialog</name>
    <message>
        <location filename="../../agent_desk/ui/ring_dialog.py" line="18"/>
        <source>The desk phone rings</source>
        <translation>The desk phone rings</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/ring_dialog.py" line="23"/>
        <source>Caller&apos;s number, if the phone shows one</source>
        <translation>Caller&apos;s number, if the phone shows one</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/ring_dialog.py" line="27"/>
        <source>Start the countdown</source>
        <translation>Start the countdown</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/ring_dialog.py" line="31"/>
        <source>Number (optional; Enter starts the countdown):</source>
        <translation>Number (optional; Enter starts the countdown):</translation>
    </message>
</context>
<context>
    <name>ScriptEditor</name>
    <message>
        <location filename="../../agent_desk/ui/script_editor.py" line="53"/>
        <source>Greeting</source>
        <translation>Greeting</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/script_editor.py" line="54"/>
        <source>Sign-off</source>
        <translation>Sign-off</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/script_editor.py" line="55"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/script_editor.py" line="56"/>
        <source>Etiquette</source>
        <translation>Etiquette</translation>
    </message>
</context>
<context>
    <name>ScriptEditorDialog</name>
    <message>
        <location filename="../../agent_desk/ui/script_editor.py" line="82"/>
        <source>Script editor</source>
        <translation>Script editor</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/script_editor.py" line="100"/>
        <source>Placeholders: {names}</source>
        <translation>Placeholders: {names}</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/script_editor.py" line="105"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/script_editor.py" line="112"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/script_editor.py" line="114"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/script_editor.py" line="118"/>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
</context>
<context>
    <name>ScriptErrors</name>
    <message>
        <location filename="../../agent_desk/ui/script_editor.py" line="38"/>
        <source>{{{name}}} is not a placeholder the desk can fill.</source>
        <translation>{{{name}}} is not a placeholder the desk can fill.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/script_editor.py" line="41"/>
        <source>A brace is not closed: write placeholders as {agent_no}.</source>
        <translation>A brace is not closed: write placeholders as {agent_no}.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/script_editor.py" line="44"/>
        <source>A script cannot be empty.</source>
        <translation>A script cannot be empty.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/script_editor.py" line="45"/>
        <source>A script can have at most {maximum} characters.</source>
        <translation>A script can have at most {maximum} characters.</translation>
    </message>
</context>
<context>
    <name>ScriptPanel</name>
    <message>
        <location filename="../../agent_desk/ui/script_panel.py" line="48"/>
        <source>Greeting given ({key})</source>
        <translation>Greeting given ({key})</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/script_panel.py" line="55"/>
        <source>Sign-off given ({key})</source>
        <translation>Sign-off given ({key})</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/script_panel.py" line="64"/>
        <source>Greeting</source>
        <translation>Greeting</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/script_panel.py" line="65"/>
        <source>For this type of call</source>
        <translation>For this type of call</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/script_panel.py" line="66"/>
        <source>Sign-off</source>
        <translation>Sign-off</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/script_panel.py" line="67"/>
        <source>Training scenario</source>
        <translation>Training scenario</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/script_panel.py" line="69"/>
        <source>Three do&apos;s, three don&apos;ts</source>
        <translation>Three do&apos;s, three don&apos;ts</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/script_panel.py" line="164"/>
        <source>Choose the type of the call to see its prompt.</source>
        <translation>Choose the type of the call to see its prompt.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/script_panel.py" line="192"/>
        <source>{title}
Caller: {name}
{story}</source>
        <translation>{title}
Caller: {name}
{story}</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/script_panel.py" line="202"/>
        <source>{title}
A good answer: {expected}</source>
        <translation>{title}
A good answer: {expected}</translation>
    </message>
</context>
</TS>
