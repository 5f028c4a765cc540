<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>CustomerCard</name>
    <message>
        <location filename="../../agent_desk/ui/customer_card.py" line="90"/>
        <location filename="../../agent_desk/ui/customer_card.py" line="231"/>
        <source>The caller&apos;s details appear here when a call rings.</source>
        <translation>来电时在此显示客户资料。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/customer_card.py" line="132"/>
        <source>Last calls</source>
        <translation>最近来电</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/customer_card.py" line="135"/>
        <source>Open cases</source>
        <translation>未结工单</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/customer_card.py" line="138"/>
        <source>Due callbacks</source>
        <translation>待回访</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/customer_card.py" line="144"/>
        <source>Call this customer&apos;s first number</source>
        <translation>拨打该客户的号码</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/customer_card.py" line="146"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/customer_card.py" line="142"/>
        <source>Dia&amp;l</source>
        <translation>拨打(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/customer_card.py" line="148"/>
        <source>Histor&amp;y…</source>
        <translation>历史记录(&amp;Y)…</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/customer_card.py" line="174"/>
        <source>The caller&apos;s name</source>
        <translation>来电人姓名</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/customer_card.py" line="185"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/customer_card.py" line="186"/>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/customer_card.py" line="195"/>
        <source>&amp;Save as a new customer</source>
        <translation>保存为新客户(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/customer_card.py" line="198"/>
        <source>More &amp;details…</source>
        <translation>填写更多资料(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/customer_card.py" line="200"/>
        <source>The full customer form, with this number</source>
        <translation>打开完整的客户资料表，已填入此号码</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/customer_card.py" line="204"/>
        <source>&amp;Attach the number to a customer…</source>
        <translation>将号码关联到已有客户(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/customer_card.py" line="229"/>
        <source>Looking up {number}…</source>
        <translation>正在查询 {number}…</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/customer_card.py" line="240"/>
        <source>{number} is not a known customer&apos;s number.</source>
        <translation>{number} 不是已登记客户的号码。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/customer_card.py" line="242"/>
        <source>The caller&apos;s number is not shown.</source>
        <translation>来电未显示号码。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/customer_card.py" line="271"/>
        <source>No number on file</source>
        <translation>未登记号码</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/customer_card.py" line="280"/>
        <source>(rule broken)</source>
        <translation>（超时接听）</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/customer_card.py" line="286"/>
        <source>No calls yet</source>
        <translation>暂无来电记录</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/customer_card.py" line="290"/>
        <source>reply by {time}</source>
        <translation>{time} 前答复</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/customer_card.py" line="298"/>
        <source>No open cases</source>
        <translation>暂无未结工单</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/customer_card.py" line="303"/>
        <source>OVERDUE</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/customer_card.py" line="306"/>
        <source>No callbacks due</source>
        <translation>暂无待回访</translation>
    </message>
</context>
<context>
    <name>CustomerEditor</name>
    <message>
        <location filename="../../agent_desk/ui/customer_editor.py" line="50"/>
        <source>Edit customer</source>
        <translation>编辑客户</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/customer_editor.py" line="50"/>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/customer_editor.py" line="58"/>
        <source>Regular</source>
        <translation>普通客户</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/customer_editor.py" line="63"/>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/customer_editor.py" line="63"/>
        <source>Label</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/customer_editor.py" line="66"/>
        <source>Add number</source>
        <translation>添加号码</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/customer_editor.py" line="68"/>
        <source>Remove number</source>
        <translation>删除号码</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/customer_editor.py" line="87"/>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/customer_editor.py" line="88"/>
        <source>&amp;VIP level</source>
        <translation>VIP 等级(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/customer_editor.py" line="89"/>
        <source>C&amp;ompany</source>
        <translation>单位(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/customer_editor.py" line="93"/>
        <source>Numbers</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/customer_editor.py" line="94"/>
        <source>&amp;Preferences</source>
        <translation>服务偏好(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/customer_editor.py" line="95"/>
        <source>No&amp;tes</source>
        <translation>备注(&amp;T)</translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <location filename="../../agent_desk/ui/customers.py" line="203"/>
        <source>Attach {number} to…</source>
        <translation>将 {number} 关联到…</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/customers.py" line="216"/>
        <source>Attach number</source>
        <translation>关联号码</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/customers.py" line="236"/>
        <source>Open the customer to keep first.</source>
        <translation>请先打开要保留的客户记录。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/customers.py" line="242"/>
        <source>Merge into {name}: find the duplicate</source>
        <translation>合并到 {name}：查找重复记录</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/customers.py" line="267"/>
        <source>Dial {number} on the desk phone.</source>
        <translation>请用座机拨打 {number}。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/customers.py" line="311"/>
        <source>&amp;Customers…</source>
        <translation>客户查询(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/customers.py" line="315"/>
        <source>&amp;New customer…</source>
        <translation>新建客户(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/customers.py" line="318"/>
        <source>&amp;Merge duplicate customer…</source>
        <translation>合并重复客户(&amp;M)…</translation>
    </message>
</context>
<context>
    <name>CustomerSearchDialog</name>
    <message>
        <location filename="../../agent_desk/ui/customer_search.py" line="59"/>
        <source>Find a customer</source>
        <translation>查找客户</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/customer_search.py" line="65"/>
        <source>Name, pinyin initials (zs), any part of a number, or a case number</source>
        <translation>姓名、拼音首字母（如 zs）、号码任意部分或工单号</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/customer_search.py" line="74"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/customer_search.py" line="74"/>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/customer_search.py" line="74"/>
        <source>Company</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/customer_search.py" line="74"/>
        <source>Found by</source>
        <translation>匹配项</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/customer_search.py" line="88"/>
        <source>&amp;Choose</source>
        <translation>选择(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/customer_search.py" line="88"/>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/customer_search.py" line="94"/>
        <source>&amp;New customer…</source>
        <translation>新建客户(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/customer_search.py" line="137"/>
        <source>The search failed; see the log.</source>
        <translation>查询失败，请查看日志。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/customer_search.py" line="157"/>
        <source>Customers shown: {count}</source>
        <translation>共显示 {count} 位客户</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/customer_search.py" line="159"/>
        <source>No customer found</source>
        <translation>未找到客户</translation>
    </message>
</context>
<context>
    <name>CustomerText</name>
    <message>
        <location filename="../../agent_desk/ui/customer_text.py" line="17"/>
        <source>Inquiry</source>
        <translation>咨询</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/customer_text.py" line="18"/>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/customer_text.py" line="19"/>
        <source>Report</source>
        <translation>举报</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/customer_text.py" line="20"/>
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/customer_text.py" line="21"/>
        <source>Repair</source>
        <translation>报修</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/customer_text.py" line="22"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/customer_text.py" line="24"/>
        <source>Inbound</source>
        <translation>呼入</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/customer_text.py" line="25"/>
        <source>Outbound</source>
        <translation>呼出</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/customer_text.py" line="26"/>
        <source>answered</source>
        <translation>已接听</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/customer_text.py" line="27"/>
        <source>abandoned</source>
        <translation>未接通</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/customer_text.py" line="28"/>
        <source>ringing</source>
        <translation>振铃中</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/customer_text.py" line="30"/>
        <source>Received</source>
        <translation>已受理</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/customer_text.py" line="31"/>
        <source>Assigned</source>
        <translation>已派单</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/customer_text.py" line="32"/>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/customer_text.py" line="33"/>
        <source>Replied</source>
        <translation>已答复</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/customer_text.py" line="34"/>
        <source>Closed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/customer_text.py" line="35"/>
        <source>Reopened</source>
        <translation>已重新打开</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/customer_text.py" line="37"/>
        <source>Pending</source>
        <translation>待回访</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/customer_text.py" line="38"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/customer_text.py" line="39"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/customer_text.py" line="41"/>
        <source>Call</source>
        <translation>通话</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/customer_text.py" line="42"/>
        <source>Case</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/customer_text.py" line="43"/>
        <source>Callback</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/customer_text.py" line="45"/>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/customer_text.py" line="46"/>
        <source>initials</source>
        <translation>拼音首字母</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/customer_text.py" line="47"/>
        <source>number</source>
        <translation>号码</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/customer_text.py" line="52"/>
        <source>A name has at most 128 characters.</source>
        <translation>姓名最多 128 个字符。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/customer_text.py" line="53"/>
        <source>The VIP level is a number from 0 to {maximum}.</source>
        <translation>VIP 等级为 0 到 {maximum} 的数字。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/customer_text.py" line="56"/>
        <source>A company name has at most 128 characters.</source>
        <translation>单位名称最多 128 个字符。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/customer_text.py" line="59"/>
        <source>“{number}” is not a phone number.</source>
        <translation>“{number}”不是有效的电话号码。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/customer_text.py" line="62"/>
        <source>The number {number} is listed twice.</source>
        <translation>号码 {number} 重复填写了。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/customer_text.py" line="65"/>
        <source>The number {number} already belongs to {other_name}.</source>
        <translation>号码 {number} 已登记在客户 {other_name} 名下。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/customer_text.py" line="68"/>
        <source>This customer no longer exists.</source>
        <translation>该客户记录已不存在。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/customer_text.py" line="69"/>
        <source>This record was merged into another customer.</source>
        <translation>该记录已合并到其他客户。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/customer_text.py" line="72"/>
        <source>Choose two different customers to merge.</source>
        <translation>请选择两位不同的客户进行合并。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/customer_text.py" line="75"/>
        <source>Please enter the customer&apos;s name.</source>
        <translation>请输入客户姓名。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/customer_text.py" line="101"/>
        <source>VIP {level}</source>
        <translation>VIP {level}</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../agent_desk/ui/customer_history.py" line="101"/>
        <source>Merge customers</source>
        <translation>合并客户</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/customer_history.py" line="112"/>
        <source>Keep:&lt;br&gt;{keep}&lt;br&gt;&lt;br&gt;Merge into it and retire:&lt;br&gt;{other}&lt;br&gt;&lt;br&gt;All numbers, calls, cases and callbacks of the second record move to the first. This is recorded in the audit log.</source>
        <translation>保留：&lt;br&gt;{keep}&lt;br&gt;&lt;br&gt;并入并停用：&lt;br&gt;{other}&lt;br&gt;&lt;br&gt;第二条记录的所有号码、通话、工单和回访都将转到第一条记录，此操作会记入审计日志。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/customer_history.py" line="126"/>
        <source>&amp;Merge</source>
        <translation>合并(&amp;M)</translation>
    </message>
</context>
<context>
    <name>TimelineDialog</name>
    <message>
        <location filename="../../agent_desk/ui/customer_history.py" line="41"/>
        <source>History of {name}</source>
        <translation>{name} 的服务记录</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/customer_history.py" line="48"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/customer_history.py" line="49"/>
        <source>What</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/customer_history.py" line="50"/>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/customer_history.py" line="51"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/customer_history.py" line="52"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/customer_history.py" line="78"/>
        <source>Nothing recorded for this customer yet.</source>
        <translation>该客户暂无服务记录。</translation>
    </message>
</context>
</TS>
