<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>OutboxDialog</name>
    <message>
        <location filename="../../agent_desk/ui/outbox_dialog.py" line="29"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/outbox_dialog.py" line="30"/>
        <source>conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/outbox_dialog.py" line="31"/>
        <source>waiting</source>
        <translation>待发送</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/outbox_dialog.py" line="45"/>
        <source>Outbox</source>
        <translation>发件箱</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/outbox_dialog.py" line="53"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/outbox_dialog.py" line="53"/>
        <source>File on the share</source>
        <translation>共享目录上的文件</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/outbox_dialog.py" line="53"/>
        <source>Next try</source>
        <translation>下次重试</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/outbox_dialog.py" line="53"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/outbox_dialog.py" line="59"/>
        <source>&amp;Try again now</source>
        <translation>立即重试(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/outbox_dialog.py" line="89"/>
        <source>Every file is on the share.</source>
        <translation>所有文件都已在共享目录上。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/outbox_dialog.py" line="93"/>
        <source>{count} file(s) are not on the share: {failed} failed, {conflicts} conflict with a different file there. A failed file is tried again an hour after it failed; Try again now (or Sync now) tries every one at once, after the cause is removed.</source>
        <translation>有 {count} 个文件不在共享目录上：{failed} 个失败，{conflicts} 个与共享目录上的不同文件冲突。失败的文件会在失败一小时后自动重试；排除原因后，点“立即重试”（或“立即同步”）会马上全部重试。</translation>
    </message>
</context>
<context>
    <name>ShareSettingsDialog</name>
    <message>
        <location filename="../../agent_desk/ui/share_settings.py" line="52"/>
        <source>Share settings</source>
        <translation>共享目录设置</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/share_settings.py" line="58"/>
        <source>smb://server/share/folder, \\server\share or a folder</source>
        <translation>smb://服务器/共享/文件夹、\\服务器\共享 或本地文件夹</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/share_settings.py" line="65"/>
        <source>unchanged</source>
        <translation>不修改</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/share_settings.py" line="66"/>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/share_settings.py" line="74"/>
        <source>The password is kept in the system&apos;s password store, not in the settings file.</source>
        <translation>密码保存在系统的密码库中，不会写入设置文件。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/share_settings.py" line="90"/>
        <source>Branch IT set the location and user name for every user of this computer ({path}); ask branch IT to change them.</source>
        <translation>共享位置和用户名已由网点 IT 为本机所有用户统一设置（{path}），如需更改请联系网点 IT。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/share_settings.py" line="95"/>
        <source>Branch IT set the location for every user of this computer ({path}); ask branch IT to change it.</source>
        <translation>共享位置已由网点 IT 为本机所有用户统一设置（{path}），如需更改请联系网点 IT。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/share_settings.py" line="100"/>
        <source>Branch IT set the user name for every user of this computer ({path}); ask branch IT to change it.</source>
        <translation>用户名已由网点 IT 为本机所有用户统一设置（{path}），如需更改请联系网点 IT。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/share_settings.py" line="106"/>
        <source>Location:</source>
        <translation>位置：</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/share_settings.py" line="107"/>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/share_settings.py" line="108"/>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/share_settings.py" line="128"/>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/share_settings.py" line="129"/>
        <source>Connection works: a test file was written and removed.</source>
        <translation>连接正常：已写入并删除一个测试文件。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/share_settings.py" line="131"/>
        <source>The test failed with an unexpected problem. The details are in the log for branch IT.</source>
        <translation>测试因意外问题失败。详细信息已写入日志，供网点 IT 查看。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/share_settings.py" line="174"/>
        <source>This location is not complete. Write it as {smb}, {unc} or a folder.</source>
        <translation>该位置不完整。请填写为 {smb}、{unc} 或一个文件夹。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/share_settings.py" line="183"/>
        <source>The settings could not be saved: {reason}</source>
        <translation>设置未能保存：{reason}</translation>
    </message>
</context>
<context>
    <name>ShiftCloseDialog</name>
    <message>
        <location filename="../../agent_desk/ui/shift_close_dialog.py" line="53"/>
        <location filename="../../agent_desk/ui/shift_close_dialog.py" line="72"/>
        <source>Close shift</source>
        <translation>结束班次</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/shift_close_dialog.py" line="61"/>
        <source>Check your shift summary. Closing the shift sends it to the share for your supervisor.</source>
        <translation>请核对本班汇总。结束班次后，汇总将发送到共享目录供主管查看。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/shift_close_dialog.py" line="93"/>
        <source>A call is at the desk. Finish it and save its record, then close the shift.</source>
        <translation>工作台上还有一通电话。请先结束通话并保存记录，再结束班次。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/shift_close_dialog.py" line="112"/>
        <source>Closing the shift…</source>
        <translation>正在结束班次…</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/shift_close_dialog.py" line="115"/>
        <source>The shift could not be closed because of an unexpected problem; it is still open and nothing was queued. The details are in the log for branch IT.</source>
        <translation>由于意外问题，本班未能结班；班次仍处于开启状态，没有任何文件进入待发送队列。详细信息已写入日志，供网点 IT 查看。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/shift_close_dialog.py" line="145"/>
        <source>The shift was not closed: {reason}</source>
        <translation>班次未结束：{reason}</translation>
    </message>
</context>
<context>
    <name>ShiftDesk</name>
    <message>
        <location filename="../../agent_desk/ui/shifts_ui.py" line="99"/>
        <source>Training: nothing is published</source>
        <translation>培训模式：不上传任何数据</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/shifts_ui.py" line="118"/>
        <source>S&amp;ync now</source>
        <translation>立即同步(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/shifts_ui.py" line="121"/>
        <source>&amp;Outbox…</source>
        <translation>发件箱(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/shifts_ui.py" line="123"/>
        <source>Files not on the share yet, with why</source>
        <translation>尚未发送到共享目录的文件及原因</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/shifts_ui.py" line="126"/>
        <source>S&amp;hare settings…</source>
        <translation>共享目录设置(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/shifts_ui.py" line="131"/>
        <source>&amp;Close shift…</source>
        <translation>结束班次(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/shifts_ui.py" line="134"/>
        <source>Start a &amp;new shift</source>
        <translation>开始新班次(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/shifts_ui.py" line="152"/>
        <source>My &amp;state</source>
        <translation>我的状态(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/shifts_ui.py" line="155"/>
        <source>&amp;Available</source>
        <translation>示闲(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/shifts_ui.py" line="165"/>
        <source>Break: &amp;meal</source>
        <translation>小休：用餐(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/shifts_ui.py" line="166"/>
        <source>Break: &amp;rest</source>
        <translation>小休：休息(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/shifts_ui.py" line="167"/>
        <source>Break: &amp;training</source>
        <translation>小休：培训(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/shifts_ui.py" line="168"/>
        <source>Break: m&amp;eeting</source>
        <translation>小休：会议(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/shifts_ui.py" line="169"/>
        <source>Break: &amp;other</source>
        <translation>小休：其他(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/shifts_ui.py" line="181"/>
        <source>Break / back (F8)</source>
        <translation>小休 / 结束小休 (F8)</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/shifts_ui.py" line="199"/>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/shifts_ui.py" line="227"/>
        <source>Your call shift left open since {time} was closed there; its summary is queued for the share.</source>
        <translation>您自 {time} 起未关闭的接听班次已在该时刻关闭，班次汇总已排队等待发送到共享目录。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/shifts_ui.py" line="288"/>
        <source>No open shift</source>
        <translation>未开班</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/shifts_ui.py" line="290"/>
        <source>Supervising, no call shift</source>
        <translation>主管工作中，未开始接线班次</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/shifts_ui.py" line="298"/>
        <source>Break: {reason}</source>
        <translation>小休：{reason}</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/shifts_ui.py" line="351"/>
        <source>Close shift</source>
        <translation>结束班次</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/shifts_ui.py" line="352"/>
        <source>Please finish the current call and save its record first.</source>
        <translation>请先结束当前通话并保存通话记录。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/shifts_ui.py" line="365"/>
        <source>Shift closed. Its summary is queued for the share.</source>
        <translation>班次已结束，汇总已排队等待上传到共享目录。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/shifts_ui.py" line="375"/>
        <source>Share: sending…</source>
        <translation>共享目录：正在发送…</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/shifts_ui.py" line="410"/>
        <source>See File &gt; Outbox… for each file and why.</source>
        <translation>每个文件及其原因见“文件 &gt; 发件箱…”。</translation>
    </message>
</context>
<context>
    <name>Shifts</name>
    <message>
        <location filename="../../agent_desk/ui/shifts_ui.py" line="48"/>
        <source>Available</source>
        <translation>示闲</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/shifts_ui.py" line="49"/>
        <source>On a call</source>
        <translation>通话中</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/shifts_ui.py" line="50"/>
        <source>Wrap-up</source>
        <translation>话后处理</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/shifts_ui.py" line="51"/>
        <source>On a break</source>
        <translation>小休中</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/shifts_ui.py" line="57"/>
        <source>Meal</source>
        <translation>用餐</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/shifts_ui.py" line="58"/>
        <source>Rest</source>
        <translation>休息</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/shifts_ui.py" line="59"/>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/shifts_ui.py" line="60"/>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/shifts_ui.py" line="61"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/shifts_ui.py" line="310"/>
        <source>Ringing</source>
        <translation>振铃</translation>
    </message>
</context>
<context>
    <name>SummaryReport</name>
    <message>
        <location filename="../../agent_desk/ui/summary_render.py" line="26"/>
        <source>Shift summary</source>
        <translation>班次汇总</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/summary_render.py" line="27"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/summary_render.py" line="28"/>
        <source>Branch</source>
        <translation>网点</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/summary_render.py" line="29"/>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/summary_render.py" line="30"/>
        <source>Generated</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/summary_render.py" line="31"/>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/summary_render.py" line="32"/>
        <source>Value</source>
        <translation>实际</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/summary_render.py" line="33"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/summary_render.py" line="34"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/summary_render.py" line="35"/>
        <source>Online time</source>
        <translation>在线时长</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/summary_render.py" line="36"/>
        <source>Break time</source>
        <translation>小休时长</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/summary_render.py" line="37"/>
        <source>Break: meal</source>
        <translation>小休：用餐</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/summary_render.py" line="38"/>
        <source>Break: rest</source>
        <translation>小休：休息</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/summary_render.py" line="39"/>
        <source>Break: training</source>
        <translation>小休：培训</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/summary_render.py" line="40"/>
        <source>Break: meeting</source>
        <translation>小休：会议</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/summary_render.py" line="41"/>
        <source>Break: other</source>
        <translation>小休：其他</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/summary_render.py" line="42"/>
        <source>Calls</source>
        <translation>来电</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/summary_render.py" line="43"/>
        <source>Calls offered</source>
        <translation>呼入量</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/summary_render.py" line="44"/>
        <source>Calls answered</source>
        <translation>接听量</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/summary_render.py" line="45"/>
        <source>Outbound calls</source>
        <translation>外呼量</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/summary_render.py" line="46"/>
        <source>Abandoned within the rule</source>
        <translation>规定时间内放弃</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/summary_render.py" line="47"/>
        <source>Abandoned after the rule</source>
        <translation>超过规定时间放弃</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/summary_render.py" line="48"/>
        <source>Answered within {rings} rings ({seconds} s)</source>
        <translation>{rings}声铃内接听（{seconds}秒）</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/summary_render.py" line="49"/>
        <source>Average answer delay</source>
        <translation>平均应答时长</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/summary_render.py" line="50"/>
        <source>Longest answer delay</source>
        <translation>最长应答时长</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/summary_render.py" line="51"/>
        <source>Average handle time (talk + wrap-up)</source>
        <translation>平均处理时长（通话＋话后）</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/summary_render.py" line="52"/>
        <source>Resolved on the call</source>
        <translation>一次解决</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/summary_render.py" line="53"/>
        <source>Satisfaction ({count} rated)</source>
        <translation>满意度（{count}人评价）</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/summary_render.py" line="54"/>
        <source>Standard greeting given</source>
        <translation>使用标准开场白</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/summary_render.py" line="55"/>
        <source>Standard sign-off given</source>
        <translation>使用标准结束语</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/summary_render.py" line="56"/>
        <source>Calls by category</source>
        <translation>来电分类</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/summary_render.py" line="57"/>
        <source>Inquiry</source>
        <translation>咨询</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/summary_render.py" line="58"/>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/summary_render.py" line="59"/>
        <source>Report</source>
        <translation>举报</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/summary_render.py" line="60"/>
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/summary_render.py" line="61"/>
        <source>Repair</source>
        <translation>报修</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/summary_render.py" line="62"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/summary_render.py" line="63"/>
        <source>Cases</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/summary_render.py" line="64"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/summary_render.py" line="65"/>
        <source>Opened</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/summary_render.py" line="66"/>
        <source>Replied</source>
        <translation>已答复</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/summary_render.py" line="67"/>
        <source>Replied on time</source>
        <translation>按时答复</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/summary_render.py" line="68"/>
        <source>Closed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/summary_render.py" line="69"/>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/summary_render.py" line="70"/>
        <source>Callbacks</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/summary_render.py" line="71"/>
        <source>Due in the shift</source>
        <translation>本班应回访</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/summary_render.py" line="72"/>
        <source>Done on time</source>
        <translation>按时完成</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/summary_render.py" line="73"/>
        <source>Done late</source>
        <translation>逾期完成</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/summary_render.py" line="74"/>
        <source>Still not done</source>
        <translation>尚未完成</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/summary_render.py" line="75"/>
        <source>Knowledge base</source>
        <translation>知识库</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/summary_render.py" line="76"/>
        <source>Articles published this month ({month}, as of the shift&apos;s end)</source>
        <translation>本月已发布知识条目（{month}，截至班次结束）</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/summary_render.py" line="79"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/summary_render.py" line="80"/>
        <source>met</source>
        <translation>达标</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/summary_render.py" line="82"/>
        <source>{n} s</source>
        <translation>{n} 秒</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/summary_render.py" line="83"/>
        <source>below target</source>
        <translation>未达标</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../../agent_desk/ui/sync_worker.py" line="31"/>
        <source>No share is set up yet. Ask branch IT, or set it in File &gt; Share settings.</source>
        <translation>尚未设置共享目录。请联系网点IT，或在“文件 &gt; 共享目录设置”中设置。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/sync_worker.py" line="34"/>
        <source>The share {location} cannot be reached. Summaries wait here and are sent later.</source>
        <translation>无法连接共享目录 {location}。汇总会保留在本机，稍后自动发送。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/sync_worker.py" line="37"/>
        <source>The share refused the user name or password. It is not tried again until the share settings or the password change (File &gt; Share settings…), so the share&apos;s account is not locked out.</source>
        <translation>共享目录拒绝了用户名或密码。在共享目录设置或密码更改之前不再重试（文件 &gt; 共享目录设置…），以免共享账户被锁定。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/sync_worker.py" line="43"/>
        <source>{path} cannot be written to the share ({detail}). It is marked as failed; the other files are still sent. Please tell branch IT.</source>
        <translation>{path} 无法写入共享目录（{detail}）。该文件已标记为失败，其他文件照常发送。请告知网点 IT。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/sync_worker.py" line="48"/>
        <source>The share {location} does not accept files (read-only or no permission). Summaries wait here; please tell branch IT.</source>
        <translation>共享目录 {location} 无法写入（只读或没有权限）。汇总会保留在本机，请通知网点IT。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/sync_worker.py" line="53"/>
        <source>The share {location} is full. Summaries wait here; please tell branch IT.</source>
        <translation>共享目录 {location} 空间已满。汇总会保留在本机，请通知网点IT。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/sync_worker.py" line="56"/>
        <source>A different file already exists on the share at {path}. It was not overwritten; please tell your supervisor.</source>
        <translation>共享目录中 {path} 已存在内容不同的文件，系统没有覆盖它，请通知主管。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/sync_worker.py" line="61"/>
        <source>This computer&apos;s disk is full. Nothing was lost; free some space and try again.</source>
        <translation>本机磁盘已满。数据没有丢失，请清理磁盘空间后重试。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/sync_worker.py" line="64"/>
        <source>The shift started at {started} is already closed.</source>
        <translation>{started} 开始的班次已经结束。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/sync_worker.py" line="65"/>
        <source>Please choose the reason for the break.</source>
        <translation>请选择小休原因。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/sync_worker.py" line="66"/>
        <source>The shift summary could not be checked against its format ({detail}). The shift stays open; please tell branch IT.</source>
        <translation>班次汇总未通过格式校验（{detail}），班次保持未结束状态，请通知网点IT。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/sync_worker.py" line="83"/>
        <source>Share: synced</source>
        <translation>共享目录：已同步</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/sync_worker.py" line="86"/>
        <source>Share offline since {time} ({count} waiting)</source>
        <translation>共享目录自 {time} 起离线（{count} 个待发送）</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/sync_worker.py" line="90"/>
        <source>Share refused the user name or password: not retried until it changes</source>
        <translation>共享目录拒绝了用户名或密码：更改前不再重试</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/sync_worker.py" line="94"/>
        <source>Share: no password for it can be read on this PC</source>
        <translation>共享目录：这台电脑上读不到它的密码</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/sync_worker.py" line="99"/>
        <source>Share: not configured</source>
        <translation>共享目录：未设置</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/sync_worker.py" line="100"/>
        <source>Share not set up ({count} waiting)</source>
        <translation>未设置共享目录（{count} 个待发送）</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/sync_worker.py" line="103"/>
        <source>Share: {count} waiting</source>
        <translation>共享目录：{count} 个待发送</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/sync_worker.py" line="112"/>
        <source>{count} waiting</source>
        <translation>{count} 个待发送</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/sync_worker.py" line="116"/>
        <source>{count} conflicts</source>
        <translation>{count} 个冲突</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/sync_worker.py" line="120"/>
        <source>{count} failed</source>
        <translation>{count} 个失败</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/sync_worker.py" line="166"/>
        <source>Sync stopped on an unexpected problem; details are in the log.</source>
        <translation>同步因意外问题中止，详细信息已写入日志。</translation>
    </message>
</context>
</TS>
