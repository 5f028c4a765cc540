<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>CallbackReminder</name>
    <message>
        <location filename="../../agent_desk/ui/callback_reminder.py" line="57"/>
        <source>Callback due</source>
        <translation>回访到期</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/callback_reminder.py" line="62"/>
        <source>Call back {who} at {number}
Promised for {when}
Purpose: {purpose}</source>
        <translation>请回访 {who}，电话 {number}
约定时间：{when}
回访目的：{purpose}</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/callback_reminder.py" line="76"/>
        <source>{n} min</source>
        <translation>{n} 分钟</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/callback_reminder.py" line="77"/>
        <source>Snooze</source>
        <translation>稍后提醒</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/callback_reminder.py" line="80"/>
        <source>Call now</source>
        <translation>立即拨打</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/callback_reminder.py" line="86"/>
        <source>Dial the number on the desk phone.</source>
        <translation>请用座机拨打该号码。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/callback_reminder.py" line="90"/>
        <source>What the customer said</source>
        <translation>客户的反馈</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/callback_reminder.py" line="91"/>
        <source>Customer reached</source>
        <translation>已联系上客户</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/callback_reminder.py" line="94"/>
        <source>Record outcome</source>
        <translation>记录结果</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/callback_reminder.py" line="108"/>
        <source>Outcome</source>
        <translation>回访结果</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="265"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="265"/>
        <source>Who</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="265"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="265"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="272"/>
        <source>Note, what the customer was told, the department&apos;s reply, the reply…</source>
        <translation>备注、告知客户的内容、部门回复、答复内容…</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="277"/>
        <location filename="../../agent_desk/ui/case_dialog.py" line="327"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="293"/>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="294"/>
        <source>Adopted</source>
        <translation>采纳</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="295"/>
        <source>Not adopted</source>
        <translation>不采纳</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="296"/>
        <source>Customer told</source>
        <translation>已告知客户</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="297"/>
        <source>Schedule callback…</source>
        <translation>预约回访…</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="302"/>
        <source>Handling</source>
        <translation>处理信息</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="317"/>
        <source>Responsible department</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="318"/>
        <source>Assignee</source>
        <translation>处理人</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="325"/>
        <source>Severity</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="335"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="337"/>
        <source>Close the case</source>
        <translation>结案</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="343"/>
        <source>not asked</source>
        <translation>未询问</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="354"/>
        <source>Customer&apos;s verdict after closing</source>
        <translation>结案后客户评价</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="361"/>
        <source>Satisfaction (1-5)</source>
        <translation>满意度（1-5）</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="364"/>
        <source>Record satisfaction</source>
        <translation>记录满意度</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="370"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="416"/>
        <source>Case {number}</source>
        <translation>工单 {number}</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="422"/>
        <source>Received: {when}</source>
        <translation>受理时间：{when}</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="282"/>
        <source>Add &amp;note</source>
        <translation>添加备注(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="283"/>
        <source>Record &amp;contact with customer</source>
        <translation>记录联系客户(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="284"/>
        <source>&amp;Department reply</source>
        <translation>部门回复(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="291"/>
        <source>S&amp;tart work</source>
        <translation>开始处理(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="292"/>
        <source>Record final &amp;reply</source>
        <translation>记录最终答复(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="320"/>
        <source>&amp;Assign</source>
        <translation>派单(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="348"/>
        <source>Customer &amp;satisfaction (1-5)</source>
        <translation>客户满意度（1-5）(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="349"/>
        <source>Root ca&amp;use</source>
        <translation>问题原因(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="350"/>
        <source>&amp;Improvement measure</source>
        <translation>改进措施(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="351"/>
        <source>Cl&amp;ose case</source>
        <translation>结案(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="425"/>
        <source>{person}: {name}   Contact: {contact}</source>
        <translation>{person}：{name}&#x3000;联系电话：{contact}</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="430"/>
        <source>Product or service: {product}   Department: {department}</source>
        <translation>涉及产品或服务：{product}&#x3000;责任部门：{department}</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="433"/>
        <source>Assignee: {name}</source>
        <translation>处理人：{name}</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="441"/>
        <source>Deadline for {what}: {when} ({relative})</source>
        <translation>{what}时限：{when}（{relative}）</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="446"/>
        <source>met</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="450"/>
        <source>The complaint points were recorded after the 5-minute limit.</source>
        <translation>投诉要点超过 5 分钟才记录。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="453"/>
        <source>Decision: {decision}</source>
        <translation>处理决定：{decision}</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="458"/>
        <source>Satisfaction: {n}/5</source>
        <translation>满意度：{n}/5</translation>
    </message>
</context>
<context>
    <name>CaseKind</name>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="139"/>
        <source>Complainant</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="140"/>
        <source>Reported by</source>
        <translation>举报人</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="141"/>
        <source>Asked by</source>
        <translation>咨询人</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="142"/>
        <source>Suggested by</source>
        <translation>建议人</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="143"/>
        <source>Repair requested by</source>
        <translation>报修人</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="146"/>
        <source>Complaint</source>
        <translation>投诉事项</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="147"/>
        <source>Matter reported</source>
        <translation>举报事项</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="148"/>
        <source>Question</source>
        <translation>咨询事项</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="149"/>
        <source>Suggestion</source>
        <translation>建议内容</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="150"/>
        <source>Fault</source>
        <translation>报修内容</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="153"/>
        <source>Complaint type</source>
        <translation>投诉类别</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="154"/>
        <source>Report type</source>
        <translation>举报类别</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="155"/>
        <source>Question type</source>
        <translation>咨询类别</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="156"/>
        <source>Suggestion type</source>
        <translation>建议类别</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="157"/>
        <source>Fault type</source>
        <translation>故障类别</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="160"/>
        <source>e.g. billing</source>
        <translation>如：计费</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="161"/>
        <source>e.g. fraud</source>
        <translation>如：诈骗</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="162"/>
        <source>e.g. tariffs</source>
        <translation>如：资费</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="163"/>
        <source>e.g. opening hours</source>
        <translation>如：营业时间</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="164"/>
        <source>e.g. no signal</source>
        <translation>如：无信号</translation>
    </message>
</context>
<context>
    <name>CaseText</name>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="19"/>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="20"/>
        <source>Report</source>
        <translation>举报</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="21"/>
        <source>Pending inquiry</source>
        <translation>待办咨询</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="22"/>
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="23"/>
        <source>Repair</source>
        <translation>报修</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="24"/>
        <source>Callback</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="28"/>
        <source>Received</source>
        <translation>已受理</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="29"/>
        <source>Assigned</source>
        <translation>已派单</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="30"/>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="31"/>
        <source>Replied</source>
        <translation>已答复</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="32"/>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="33"/>
        <source>Reopened</source>
        <translation>已重开</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="34"/>
        <source>Pending</source>
        <translation>待回访</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="35"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="36"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="40"/>
        <source>Opened</source>
        <translation>建单</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="41"/>
        <source>State change</source>
        <translation>状态变更</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="42"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="43"/>
        <source>Contact with customer</source>
        <translation>联系客户</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="44"/>
        <source>Department reply</source>
        <translation>部门回复</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="45"/>
        <source>Details changed</source>
        <translation>信息变更</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="46"/>
        <source>Re-assigned</source>
        <translation>转派</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="47"/>
        <source>Decision</source>
        <translation>处理决定</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="48"/>
        <source>Customer told</source>
        <translation>已告知客户</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="49"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="50"/>
        <source>Callback scheduled</source>
        <translation>预约回访</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="51"/>
        <source>Callback, customer not reached</source>
        <translation>回访未联系上客户</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="52"/>
        <source>Callback cancelled</source>
        <translation>取消回访</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="53"/>
        <source>Reply deadline estimated Monday-Friday: holiday calendar missing</source>
        <translation>缺少节假日安排，答复时限按周一至周五估算</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="59"/>
        <source>Adopted</source>
        <translation>采纳</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="60"/>
        <source>Not adopted</source>
        <translation>不采纳</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="64"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="65"/>
        <source>Normal</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="66"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="67"/>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="71"/>
        <source>first feedback</source>
        <translation>首次进度反馈</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="72"/>
        <source>reply</source>
        <translation>最终答复</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="73"/>
        <source>callback</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="77"/>
        <source>Case {number} is {current_label}; it cannot go to {target_label}.</source>
        <translation>工单 {number} 当前为“{current_label}”，不能转为“{target_label}”。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="80"/>
        <source>Case {number} cannot be closed yet: {missing}.</source>
        <translation>工单 {number} 暂不能结案，还缺少：{missing}。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="83"/>
        <source>The received time cannot be in the future.</source>
        <translation>受理时间不能晚于当前时间。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="86"/>
        <source>The received time has no time zone.</source>
        <translation>受理时间缺少时区。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="87"/>
        <source>Write down what was replied to the customer.</source>
        <translation>请填写答复客户的内容。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="90"/>
        <source>The entry is empty.</source>
        <translation>内容不能为空。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="91"/>
        <source>Say why the case is reopened.</source>
        <translation>请填写重新打开工单的原因。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="92"/>
        <source>Satisfaction is 1 to 5.</source>
        <translation>满意度为 1 至 5 分。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="93"/>
        <source>Choose adopted or not adopted.</source>
        <translation>请选择采纳或不采纳。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="94"/>
        <source>Only a suggestion is decided.</source>
        <translation>只有建议类工单需要作出采纳决定。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="95"/>
        <source>Decide the suggestion before telling the customer.</source>
        <translation>请先对建议作出采纳决定，再告知客户。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="98"/>
        <source>Unknown case type.</source>
        <translation>未知的工单类型。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="99"/>
        <source>Unknown severity.</source>
        <translation>未知的严重程度。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="100"/>
        <source>This field cannot be changed.</source>
        <translation>该字段不能修改。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="101"/>
        <source>The case could not be saved: {detail}</source>
        <translation>工单未能保存：{detail}</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="102"/>
        <source>The holiday calendar for {year} is not known. Ask branch IT to add it to holidays.toml.</source>
        <translation>系统尚无 {year} 年的节假日安排，请联系网点 IT 在 holidays.toml 中补充。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="106"/>
        <source>This callback is already finished.</source>
        <translation>该回访已结束。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="107"/>
        <source>The due time has no time zone.</source>
        <translation>回访时间缺少时区。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="108"/>
        <source>This time has already passed. Choose when to call the customer back.</source>
        <translation>该时间已过，请重新选择回访时间。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="111"/>
        <source>Write what the callback is about.</source>
        <translation>请填写回访事由。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="112"/>
        <source>A callback is for a customer or a case.</source>
        <translation>回访需关联客户或工单。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="115"/>
        <source>Snooze between 1 minute and 24 hours.</source>
        <translation>稍后提醒时间须在 1 分钟至 24 小时之间。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="116"/>
        <source>Record the outcome of the call.</source>
        <translation>请记录回访结果。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="117"/>
        <source>Say why the callback is cancelled.</source>
        <translation>请填写取消回访的原因。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="118"/>
        <source>Describe the matter.</source>
        <translation>请填写投诉事项。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="122"/>
        <source>the customer&apos;s satisfaction</source>
        <translation>客户满意度</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="123"/>
        <source>a root cause</source>
        <translation>问题原因</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="124"/>
        <source>an improvement measure</source>
        <translation>改进措施</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="125"/>
        <source>the decision (adopted / not adopted)</source>
        <translation>处理决定（采纳 / 不采纳）</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="128"/>
        <source>telling the customer the decision</source>
        <translation>告知客户处理决定</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="189"/>
        <source>Complainant</source>
        <translation>来电人</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="190"/>
        <source>Contact number</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="191"/>
        <source>Matter</source>
        <translation>投诉事项</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="192"/>
        <source>Product or service</source>
        <translation>涉及产品或服务</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="193"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="194"/>
        <source>Severity</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="195"/>
        <source>Responsible department</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="249"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="266"/>
        <source>{n} min</source>
        <translation>{n} 分钟</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="270"/>
        <source>{n} h</source>
        <translation>{n} 小时</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="274"/>
        <source>{n} d</source>
        <translation>{n} 天</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="276"/>
        <source>overdue {amount}</source>
        <translation>已超时 {amount}</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="277"/>
        <source>in {amount}</source>
        <translation>还剩 {amount}</translation>
    </message>
</context>
<context>
    <name>FollowUpList</name>
    <message>
        <location filename="../../agent_desk/ui/followups.py" line="180"/>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/followups.py" line="185"/>
        <source>All open</source>
        <translation>全部未结</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/followups.py" line="186"/>
        <source>Overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/followups.py" line="187"/>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/followups.py" line="192"/>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/followups.py" line="193"/>
        <source>Everyone&apos;s</source>
        <translation>全部坐席</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/followups.py" line="198"/>
        <source>New case…</source>
        <translation>新建工单…</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/followups.py" line="80"/>
        <source>Deadline</source>
        <translation>时限</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/followups.py" line="81"/>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/followups.py" line="82"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/followups.py" line="83"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/followups.py" line="84"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/followups.py" line="85"/>
        <source>Matter / purpose</source>
        <translation>事项 / 目的</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/followups.py" line="86"/>
        <source>Department / owner</source>
        <translation>部门 / 处理人</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/followups.py" line="403"/>
        <source>Callback due</source>
        <translation>回访到期</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/followups.py" line="404"/>
        <source>Call back {who}: {purpose}</source>
        <translation>请回访 {who}：{purpose}</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/followups.py" line="555"/>
        <source>Go to my &amp;follow-ups</source>
        <translation>转到我的跟进(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/followups.py" line="561"/>
        <source>Open a &amp;case…</source>
        <translation>新建工单(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/followups.py" line="569"/>
        <source>Queue today&apos;s case &amp;archive</source>
        <translation>归档今日工单(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/followups.py" line="588"/>
        <source>{n} archive files queued for the share</source>
        <translation>已将 {n} 个归档文件加入共享上传队列</translation>
    </message>
</context>
<context>
    <name>FollowUpStatus</name>
    <message>
        <location filename="../../agent_desk/ui/followups.py" line="512"/>
        <source>Follow-ups: {overdue} overdue, {soon} due soon</source>
        <translation>跟进：超时 {overdue} 件，即将到期 {soon} 件</translation>
    </message>
</context>
<context>
    <name>OpenCaseDialog</name>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="114"/>
        <source>Open a case</source>
        <translation>新建工单</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="129"/>
        <source>What happened, what the customer asks for</source>
        <translation>发生了什么，客户有什么诉求</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="139"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="140"/>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="142"/>
        <source>Contact number</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="144"/>
        <source>Product or service</source>
        <translation>涉及产品或服务</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="145"/>
        <source>Responsible department</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="147"/>
        <source>From call</source>
        <translation>来源通话</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="149"/>
        <source>Open case</source>
        <translation>建单</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="149"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ScheduleCallbackDialog</name>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="204"/>
        <source>Schedule a callback</source>
        <translation>预约回访</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="210"/>
        <source>Call back at</source>
        <translation>回访时间</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="211"/>
        <source>Purpose</source>
        <translation>回访目的</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="212"/>
        <source>Schedule</source>
        <translation>预约</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="212"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
</TS>
