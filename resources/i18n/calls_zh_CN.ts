<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>CallDesk</name>
    <message>
        <location filename="../../agent_desk/ui/call_desk.py" line="193"/>
        <source>A call is in progress</source>
        <translation>通话尚未结束</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_desk.py" line="194"/>
        <source>A call is in progress. If you close AgentDesk now, the call ends at the desk at this moment, its record is kept as a draft and offered when you start again, and your state stops counting.

Close AgentDesk anyway?</source>
        <translation>通话尚未结束。现在关闭 AgentDesk，本次通话在工作台上即刻结束，来电记录保存为草稿，下次启动时可恢复；您的状态计时也在此刻停止。

仍要关闭 AgentDesk 吗？</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_desk.py" line="222"/>
        <source>Call record saved.</source>
        <translation>来电记录已保存。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_desk.py" line="230"/>
        <source>The caller hung up before the call was answered.</source>
        <translation>来电在接听前已挂断。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_desk.py" line="249"/>
        <source>AgentDesk — TRAINING</source>
        <translation>AgentDesk — 培训模式</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_desk.py" line="259"/>
        <source>Script editor</source>
        <translation>话术编辑</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_desk.py" line="260"/>
        <source>Only supervisors can edit the scripts.</source>
        <translation>只有主管可以编辑话术。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_desk.py" line="275"/>
        <source>The desk phone rings…</source>
        <translation>座机响铃…</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_desk.py" line="278"/>
        <source>Answer</source>
        <translation>接听</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_desk.py" line="281"/>
        <source>Call ended</source>
        <translation>通话结束</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_desk.py" line="284"/>
        <source>Greeting given (F6)</source>
        <translation>已说开场白 (F6)</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_desk.py" line="286"/>
        <source>Sign-off given (F7)</source>
        <translation>已说结束语 (F7)</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_desk.py" line="288"/>
        <source>Save the call record (Ctrl+S)</source>
        <translation>保存来电记录 (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_desk.py" line="297"/>
        <source>&amp;Script editor…</source>
        <translation>话术编辑(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>CallErrors</name>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="60"/>
        <source>Choose the type of the call.</source>
        <translation>请选择来电类型。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="61"/>
        <source>Unknown call type.</source>
        <translation>未知的来电类型。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="62"/>
        <source>Write a short subject.</source>
        <translation>请填写简要主题。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="63"/>
        <source>The subject can have at most {maximum} characters.</source>
        <translation>主题最多 {maximum} 个字。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="66"/>
        <source>Write down the customer&apos;s question.</source>
        <translation>请记录客户的问题。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="69"/>
        <source>Write down the answer you gave, or choose another resolution.</source>
        <translation>请记录给客户的答复，或选择其他处理结果。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="72"/>
        <source>Choose how the call ended.</source>
        <translation>请选择处理结果。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="73"/>
        <source>Unknown resolution.</source>
        <translation>未知的处理结果。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="74"/>
        <source>A follow-up resolution needs “Needs follow-up” ticked.</source>
        <translation>处理结果为“需跟进”时，请勾选“需要跟进”。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="77"/>
        <source>A follow-up is a case or a callback.</source>
        <translation>跟进方式只能是工单或回访。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="78"/>
        <source>A callback needs a known customer: match or create the customer first.</source>
        <translation>回访需要已知客户：请先匹配或新建客户。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="81"/>
        <source>Choose when to call back.</source>
        <translation>请选择回访时间。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="82"/>
        <source>The callback time must be in the future.</source>
        <translation>回访时间必须晚于现在。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="85"/>
        <source>Satisfaction is 1 to 5.</source>
        <translation>满意度为 1 到 5 分。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="86"/>
        <source>This call record is already saved.</source>
        <translation>该来电记录已保存。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="87"/>
        <source>Nobody answered this call, so it has no record.</source>
        <translation>该来电未接听，无需填写记录。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="90"/>
        <source>The call is saved, but its follow-up could not be opened.</source>
        <translation>来电记录已保存，但跟进工单未能创建，请手动创建。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="93"/>
        <source>Enter a number to call.</source>
        <translation>请输入要拨打的号码。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="95"/>
        <source>Nobody is logged in at this desk.</source>
        <translation>本座席尚无人登录。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="96"/>
        <source>Your shift is closed. Start a new shift to take or make calls.</source>
        <translation>您的班次已结束。请先开始新班次，再接听或拨打电话。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="99"/>
        <source>You are supervising without a call shift. Start a shift (File ▸ Start a new shift) to take or make calls.</source>
        <translation>您正以主管身份工作，未开接线班次。如需接听或拨打电话，请开始班次（文件 ▸ 开始新班次）。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="104"/>
        <source>No call is ringing.</source>
        <translation>当前没有来电振铃。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="105"/>
        <source>There is no call at the desk.</source>
        <translation>当前没有通话。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="106"/>
        <source>Finish the current call and save its record first.</source>
        <translation>请先结束当前通话并保存来电记录。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="109"/>
        <source>A call is ringing: answer it first. F8 takes a break when the desk is free.</source>
        <translation>来电振铃中：请先接听。空闲后再按 F8 小休。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="112"/>
        <source>Save the call record first (Ctrl+S), then press F8 for a break.</source>
        <translation>请先保存来电记录（Ctrl+S），再按 F8 小休。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="115"/>
        <source>That is not the call at this desk; nothing was changed.</source>
        <translation>该通话不是本座席当前的通话，未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="118"/>
        <source>That call rang while you were busy; finish the current call first.</source>
        <translation>该来电在您通话时振铃，请先结束当前通话。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="121"/>
        <source>The phone&apos;s call id is longer than {maximum} characters.</source>
        <translation>电话系统的通话编号超过 {maximum} 个字符。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="124"/>
        <source>The phone is not connected: answer, hang up or dial on the phone itself.</source>
        <translation>电话未连接：请直接在电话上接听、挂断或拨号。</translation>
    </message>
</context>
<context>
    <name>CallForm</name>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="131"/>
        <source>Inquiry</source>
        <translation>咨询</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="132"/>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="133"/>
        <source>Report</source>
        <translation>举报</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="134"/>
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="135"/>
        <source>Repair</source>
        <translation>报修</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="136"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="139"/>
        <source>Very dissatisfied</source>
        <translation>很不满意</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="140"/>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="141"/>
        <source>Neutral</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="142"/>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="143"/>
        <source>Very satisfied</source>
        <translation>很满意</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="147"/>
        <source>The sign-off is not marked: say it and press F7.</source>
        <translation>尚未标记结束语：请说结束语并按 F7。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="150"/>
        <source>Satisfaction was not asked: ask, then press 1–5.</source>
        <translation>尚未询问满意度：请询问后按 1–5。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="155"/>
        <source>Resolved on the call</source>
        <translation>当场解决</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="156"/>
        <source>Transferred</source>
        <translation>已转接</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="157"/>
        <source>Escalated</source>
        <translation>已升级</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="158"/>
        <source>Follow-up needed</source>
        <translation>需跟进</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="233"/>
        <location filename="../../agent_desk/ui/call_form.py" line="248"/>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="240"/>
        <source>The question&apos;s first line, if left empty</source>
        <translation>可不填，默认取客户问题首句</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="254"/>
        <source>not asked</source>
        <translation>未询问</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="260"/>
        <source>Greeting given (F6)</source>
        <translation>已说开场白 (F6)</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="261"/>
        <source>Sign-off given (F7)</source>
        <translation>已说结束语 (F7)</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="262"/>
        <source>Needs follow-up</source>
        <translation>需要跟进</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="264"/>
        <source>Open a case</source>
        <translation>创建工单</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="265"/>
        <source>Schedule a callback</source>
        <translation>预约回访</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="269"/>
        <source>Complex question (transfer within 2 minutes)</source>
        <translation>复杂问题（2 分钟内转接）</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="270"/>
        <source>Customer conflict (supervisor within 15 minutes)</source>
        <translation>客户冲突（15 分钟内请主管）</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="288"/>
        <source>Save record (Ctrl+S)</source>
        <translation>保存记录 (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="312"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="316"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="317"/>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="619"/>
        <source>Press Ctrl+S again to save as it is.</source>
        <translation>再按 Ctrl+S 按现状保存。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="302"/>
        <source>Customer&apos;s question</source>
        <translation>客户问题</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="216"/>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="219"/>
        <source>Discard (&amp;X)</source>
        <translation>丢弃(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="303"/>
        <source>Answer given</source>
        <translation>答复内容</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="313"/>
        <source>Resolution</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="723"/>
        <source>No call in progress.</source>
        <translation>当前没有通话。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="727"/>
        <source>On the call for {time}</source>
        <translation>通话中 {time}</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="730"/>
        <source>Wrap-up {time} — save the record to finish</source>
        <translation>话后处理 {time} — 保存记录后结束</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="733"/>
        <source>Ringing…</source>
        <translation>响铃中…</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_form.py" line="778"/>
        <source>The record of a call from {number} was not saved (last change {time}). Restore it?</source>
        <translation>来自 {number} 的来电记录尚未保存（最后修改 {time}）。是否恢复？</translation>
    </message>
</context>
<context>
    <name>EscalationView</name>
    <message>
        <location filename="../../agent_desk/ui/escalation_view.py" line="33"/>
        <source>Transferred</source>
        <translation>已转接</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/escalation_view.py" line="33"/>
        <source>Supervisor came</source>
        <translation>主管已到场</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/escalation_view.py" line="68"/>
        <source>Transfer the complex question</source>
        <translation>转接复杂问题</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/escalation_view.py" line="70"/>
        <source>Get a supervisor for the conflict</source>
        <translation>请主管处理冲突</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/escalation_view.py" line="74"/>
        <source>{what}: done after {time}, in time</source>
        <translation>{what}：用时 {time}，按时完成</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/escalation_view.py" line="76"/>
        <source>{what}: done after {time}, late</source>
        <translation>{what}：用时 {time}，已超时</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/escalation_view.py" line="80"/>
        <source>{what}: overdue by {time}</source>
        <translation>{what}：已超时 {time}</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/escalation_view.py" line="85"/>
        <source>{what} within {time}</source>
        <translation>{what}：剩余 {time}</translation>
    </message>
</context>
<context>
    <name>RingBanner</name>
    <message>
        <location filename="../../agent_desk/ui/ring_banner.py" line="34"/>
        <source>meal</source>
        <translation>用餐</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/ring_banner.py" line="35"/>
        <source>rest</source>
        <translation>休息</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/ring_banner.py" line="36"/>
        <source>training</source>
        <translation>培训</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/ring_banner.py" line="37"/>
        <source>meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/ring_banner.py" line="38"/>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/ring_banner.py" line="51"/>
        <source>TRAINING — practice calls, kept apart from real records</source>
        <translation>培训模式 — 练习来电，与正式记录分开保存</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/ring_banner.py" line="89"/>
        <source>Answer (F3 / Enter)</source>
        <translation>接听 (F3 / 回车)</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/ring_banner.py" line="153"/>
        <source>Unknown number</source>
        <translation>未知号码</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/ring_banner.py" line="169"/>
        <source>Supervising</source>
        <translation>主管工作</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/ring_banner.py" line="171"/>
        <source>To take calls, start a shift (File ▸ Start a new shift).</source>
        <translation>如需接听来电，请先开始班次（文件 ▸ 开始新班次）。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/ring_banner.py" line="174"/>
        <source>Waiting for calls</source>
        <translation>等待来电</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/ring_banner.py" line="176"/>
        <source>F2: the desk phone rings · F3 or Enter: answer · F4: call ended</source>
        <translation>F2：座机响铃 · F3 或回车：接听 · F4：通话结束</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/ring_banner.py" line="193"/>
        <source>Outbound call</source>
        <translation>外呼</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/ring_banner.py" line="195"/>
        <source>within three rings</source>
        <translation>符合三声接听规定</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/ring_banner.py" line="195"/>
        <source>rule broken</source>
        <translation>超过三声</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/ring_banner.py" line="197"/>
        <source>Answered after {seconds} s, {verdict}</source>
        <translation>响铃 {seconds} 秒后接听，{verdict}</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/ring_banner.py" line="210"/>
        <source>You are on a break ({reason}): answering ends the break.</source>
        <translation>您正在小休（{reason}）：接听将结束小休。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/ring_banner.py" line="216"/>
        <source>Record saved. The caller is still on the line: F4 when the call ends.</source>
        <translation>记录已保存。客户仍在线：通话结束时按 F4。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/ring_banner.py" line="220"/>
        <source>Calls waiting: {n}</source>
        <translation>等待中的来电：{n}</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/ring_banner.py" line="242"/>
        <source>Call from {caller} not taken</source>
        <translation>来自 {caller} 的来电未受理</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/ring_banner.py" line="243"/>
        <source>an unknown number</source>
        <translation>未知号码</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/ring_banner.py" line="248"/>
        <source>Your shift is closed. Start a new shift (File ▸ Start a new shift) to take calls.</source>
        <translation>您的班次已结束。请开始新班次（文件 ▸ 开始新班次）后再接听来电。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/ring_banner.py" line="252"/>
        <source>You are supervising without a call shift, so the call was not taken here. To take calls, start a shift (File ▸ Start a new shift).</source>
        <translation>您正以主管身份工作，未开接线班次，来电未在本席位接入。如需接听来电，请开始班次（文件 ▸ 开始新班次）。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/ring_banner.py" line="271"/>
        <source>+{seconds} s late</source>
        <translation>超时 {seconds} 秒</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/ring_banner.py" line="274"/>
        <source>Three-ring rule broken · ring {ring}</source>
        <translation>已超过三声 · 第 {ring} 声</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/ring_banner.py" line="278"/>
        <source>{seconds} s</source>
        <translation>{seconds} 秒</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/ring_banner.py" line="281"/>
        <source>Ring {ring} of {rings}</source>
        <translation>第 {ring} 声 / 共 {rings} 声</translation>
    </message>
</context>
<context>
    <name>RingDialog</name>
    <message>
        <location filename="../../agent_desk/ui/ring_dialog.py" line="18"/>
        <source>The desk phone rings</source>
        <translation>座机响铃</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/ring_dialog.py" line="23"/>
        <source>Caller&apos;s number, if the phone shows one</source>
        <translation>来电号码（如话机有显示）</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/ring_dialog.py" line="27"/>
        <source>Start the countdown</source>
        <translation>开始计时</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/ring_dialog.py" line="31"/>
        <source>Number (optional; Enter starts the countdown):</source>
        <translation>号码（可不填；回车开始计时）：</translation>
    </message>
</context>
<context>
    <name>ScriptEditor</name>
    <message>
        <location filename="../../agent_desk/ui/script_editor.py" line="53"/>
        <source>Greeting</source>
        <translation>开场白</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/script_editor.py" line="54"/>
        <source>Sign-off</source>
        <translation>结束语</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/script_editor.py" line="55"/>
        <source>Prompt</source>
        <translation>提示话术</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/script_editor.py" line="56"/>
        <source>Etiquette</source>
        <translation>礼仪提醒</translation>
    </message>
</context>
<context>
    <name>ScriptEditorDialog</name>
    <message>
        <location filename="../../agent_desk/ui/script_editor.py" line="82"/>
        <source>Script editor</source>
        <translation>话术编辑</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/script_editor.py" line="100"/>
        <source>Placeholders: {names}</source>
        <translation>可用占位符：{names}</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/script_editor.py" line="105"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/script_editor.py" line="112"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/script_editor.py" line="114"/>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/script_editor.py" line="118"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
</context>
<context>
    <name>ScriptErrors</name>
    <message>
        <location filename="../../agent_desk/ui/script_editor.py" line="38"/>
        <source>{{{name}}} is not a placeholder the desk can fill.</source>
        <translation>{{{name}}} 不是系统能填写的占位符。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/script_editor.py" line="41"/>
        <source>A brace is not closed: write placeholders as {agent_no}.</source>
        <translation>花括号未闭合：占位符应写成 {agent_no} 的形式。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/script_editor.py" line="44"/>
        <source>A script cannot be empty.</source>
        <translation>话术内容不能为空。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/script_editor.py" line="45"/>
        <source>A script can have at most {maximum} characters.</source>
        <translation>话术最多 {maximum} 个字。</translation>
    </message>
</context>
<context>
    <name>ScriptPanel</name>
    <message>
        <location filename="../../agent_desk/ui/script_panel.py" line="48"/>
        <source>Greeting given ({key})</source>
        <translation>已说开场白 ({key})</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/script_panel.py" line="55"/>
        <source>Sign-off given ({key})</source>
        <translation>已说结束语 ({key})</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/script_panel.py" line="64"/>
        <source>Greeting</source>
        <translation>开场白</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/script_panel.py" line="65"/>
        <source>For this type of call</source>
        <translation>本类来电提示</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/script_panel.py" line="66"/>
        <source>Sign-off</source>
        <translation>结束语</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/script_panel.py" line="67"/>
        <source>Training scenario</source>
        <translation>培训场景</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/script_panel.py" line="69"/>
        <source>Three do&apos;s, three don&apos;ts</source>
        <translation>三要 / 三不</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/script_panel.py" line="164"/>
        <source>Choose the type of the call to see its prompt.</source>
        <translation>选择来电类型后显示相应提示话术。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/script_panel.py" line="192"/>
        <source>{title}
Caller: {name}
{story}</source>
        <translation>{title}
来电人：{name}
{story}</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/script_panel.py" line="202"/>
        <source>{title}
A good answer: {expected}</source>
        <translation>{title}
参考答复：{expected}</translation>
    </message>
</context>
</TS>
