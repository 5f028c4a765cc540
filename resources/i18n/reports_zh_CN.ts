<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Reports</name>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="16" />
        <location filename="../../agent_desk/ui/report_text.py" line="130" />
        <source>Shifts</source>
        <translation>班次数</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="17" />
        <source>Offered</source>
        <translation>呼入量</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="18" />
        <source>Answered</source>
        <translation>接听量</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="19" />
        <source>Missed</source>
        <translation>未接量</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="20" />
        <source>Within 3 rings %</source>
        <translation>三声内接听率 %</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="21" />
        <source>Avg answer delay (s)</source>
        <translation>平均应答时长（秒）</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="22" />
        <source>Avg handle time (s)</source>
        <translation>平均处理时长（秒）</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="23" />
        <source>Resolved %</source>
        <translation>一次解决率 %</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="24" />
        <location filename="../../agent_desk/ui/report_text.py" line="57" />
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="25" />
        <source>Greeting %</source>
        <translation>标准开场白 %</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="26" />
        <source>Sign-off %</source>
        <translation>标准结束语 %</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="27" />
        <source>Online (h)</source>
        <translation>在线时长（小时）</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="28" />
        <source>Online per shift (h)</source>
        <translation>每班在线（小时）</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="29" />
        <source>Break (h)</source>
        <translation>休息时长（小时）</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="30" />
        <source>Cases opened</source>
        <translation>新建工单</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="31" />
        <source>Cases closed</source>
        <translation>办结工单</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="32" />
        <source>Cases overdue</source>
        <translation>超期工单</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="33" />
        <source>Callbacks on time</source>
        <translation>按时回访</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="34" />
        <source>Callbacks overdue</source>
        <translation>超期回访</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="35" />
        <source>Replied on time %</source>
        <translation>按期答复率 %</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="41" />
        <source>Answered within 3 rings</source>
        <translation>三声内接听数</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="42" />
        <source>Answered + abandoned after the rule</source>
        <translation>接听数 + 超过规定时间放弃数</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="47" />
        <location filename="../../agent_desk/ui/report_text.py" line="129" />
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="48" />
        <source>Branch</source>
        <translation>分部</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="49" />
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="50" />
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="54" />
        <source>Answer speed</source>
        <translation>接听速度</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="55" />
        <source>Online time</source>
        <translation>在线时长</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="56" />
        <source>Volume</source>
        <translation>话务量</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="58" />
        <source>Resolution</source>
        <translation>问题解决</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="59" />
        <source>Script compliance</source>
        <translation>服务规范用语</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="60" />
        <source>Follow-up timeliness</source>
        <translation>跟进及时性</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="61" />
        <source>Service norm</source>
        <translation>服务规范</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="62" />
        <source>Knowledge</source>
        <translation>知识库贡献</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="66" />
        <source>Excellent</source>
        <translation>优秀</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="67" />
        <source>Good</source>
        <translation>良好</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="68" />
        <source>Pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="69" />
        <source>Fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="73" />
        <source>removed while loading</source>
        <translation>读取时已被删除</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="74" />
        <source>cannot be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="75" />
        <source>too large to be a summary</source>
        <translation>文件过大，不是班次小结</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="76" />
        <source>not a text file</source>
        <translation>不是文本文件</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="77" />
        <source>truncated (incomplete copy)</source>
        <translation>文件不完整（复制中断）</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="78" />
        <source>damaged, not valid JSON</source>
        <translation>文件损坏，不是有效的 JSON</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="79" />
        <source>not an AgentDesk shift summary</source>
        <translation>不是 AgentDesk 班次小结</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="80" />
        <source>summary version not supported</source>
        <translation>不支持的小结版本</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="81" />
        <source>does not match the summary format</source>
        <translation>不符合小结格式</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="82" />
        <source>figures contradict each other</source>
        <translation>数据前后矛盾</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="83" />
        <source>a number that is not finite (Infinity, NaN)</source>
        <translation>数值不是有限数（Infinity、NaN）</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="84" />
        <source>an older revision of a shift read elsewhere</source>
        <translation>同一班次的旧版本（已采用更新的版本）</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="85" />
        <source>a different copy of a shift, generated at the same moment</source>
        <translation>同一班次的另一份不同副本（生成时间相同）</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="88" />
        <source>a link on the share: not followed</source>
        <translation>共享目录中的链接：不跟随</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="89" />
        <source>a folder already read (a link loop)</source>
        <translation>已读取过的文件夹（链接循环）</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="90" />
        <source>folders nested too deep</source>
        <translation>文件夹层级过深</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="94" />
        <source>The folder {path} cannot be opened.</source>
        <translation>无法打开文件夹 {path}。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="95" />
        <source>The report was cancelled.</source>
        <translation>报表已取消。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="96" />
        <source>The share {location} refused the user name or password. It is not tried again until the share settings or the password change, so the share's account is not locked out.</source>
        <translation>共享目录 {location} 拒绝了用户名或密码。在共享目录设置或密码更改之前不会再尝试，以免共享目录的账户被锁定。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="119" />
        <source>AgentDesk service report</source>
        <translation>AgentDesk 客服服务报表</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="120" />
        <source>Period</source>
        <translation>统计期间</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="121" />
        <source>Generated</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="122" />
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="126" />
        <source>Monthly grade</source>
        <translation>月度绩效评定</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="127" />
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="131" />
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="132" />
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="135" />
        <source>Quality review</source>
        <translation>质检评分</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="136" />
        <source>Reviews done</source>
        <translation>已评数</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="137" />
        <source>Reviews required</source>
        <translation>应评数</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="138" />
        <source>Average score (1–10)</source>
        <translation>平均分（1–10）</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="83"/>
        <source>the name is not UTF-8 text</source>
        <translation>文件名不是 UTF-8 文本</translation>
    </message>
</context>
<context>
    <name>ReportsDialog</name>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="444" />
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="459" />
        <source>Share or folder of shift summaries (a folder, \\server\share or smb://server/share)</source>
        <translation>共享目录或班次小结所在文件夹（本地文件夹、\\服务器\共享 或 smb://服务器/共享）</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="463" />
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="467" />
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="482" />
        <source>Period:</source>
        <translation>统计期间：</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="486" />
        <source>All branches (or codes, comma-separated)</source>
        <translation>全部分部（或填写分部代码，逗号分隔）</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="489" />
        <source>All agents (or numbers, comma-separated)</source>
        <translation>全部坐席（或填写工号，逗号分隔）</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="490" />
        <source>Branches:</source>
        <translation>分部：</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="491" />
        <source>Agents:</source>
        <translation>坐席：</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="495" />
        <source>Load</source>
        <translation>载入</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="499" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="515" />
        <source>By:</source>
        <translation>统计维度：</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="519" />
        <source>Choose a folder and a period, then Load.</source>
        <translation>请选择文件夹和统计期间，然后点击“载入”。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="530" />
        <source>← Back</source>
        <translation>← 返回</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="544" />
        <source>Green: meets the target. Orange: above the minimum. Red: misses the target. Double-click a row to see its shifts, and a shift to open its own report.</source>
        <translation>绿色：达标；橙色：高于最低要求；红色：未达标。双击一行可查看其班次，双击班次可打开该班次的报表。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="551" />
        <source>Table</source>
        <translation>数据表</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="560" />
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="568" />
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="578" />
        <source>Each component is scored 0–100 against the policy targets and weighted by the policy: answer speed, online time, volume (against the median agent), satisfaction, resolution, script compliance and follow-up timeliness. {excellent} and above: Excellent; {good}: Good; {passing}: Pass; below: Fail.</source>
        <translation>各项按服务规范目标折算为 0–100 分，并按规定权重加权：接听速度、在线时长、话务量（与坐席中位数相比）、满意度、问题解决、服务规范用语、跟进及时性。{excellent} 分及以上为优秀；{good} 分及以上为良好；{passing} 分及以上为合格；低于此为不合格。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="600" />
        <source>Quality review: a week counts in the month of its Thursday. Service norm = average score × 10 × reviews done ÷ required (at most 1): a review not done counts as 0.</source>
        <translation>质检评分：每周计入其周四所在的月份。服务规范 = 平均分 × 10 × 已评数 ÷ 应评数（最多为 1）：未完成的评分按 0 计。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="608" />
        <source>Grades</source>
        <translation>绩效评定</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="613" />
        <source>Skipped files</source>
        <translation>跳过的文件</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="620" />
        <source>Export Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="621" />
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="622" />
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="623" />
        <source>Export HTML…</source>
        <translation>导出 HTML…</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="631" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="661" />
        <source>Folder of shift summaries</source>
        <translation>班次小结所在文件夹</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="670" />
        <source>Choose the share or a folder first.</source>
        <translation>请先选择共享目录或文件夹。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="674" />
        <source>The period ends before it starts.</source>
        <translation>统计期间的结束日期早于开始日期。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="687" />
        <source>Looking for summaries…</source>
        <translation>正在查找班次小结…</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="692" />
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="723" />
        <source>Reading summaries: {done} of {total}</source>
        <translation>正在读取班次小结：{done} / {total}</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="748" />
        <source>The report could not be made; details are in the log.</source>
        <translation>报表生成失败，详情请查看日志。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="761" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="761" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="761" />
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="766" />
        <source>Skipped files ({count})</source>
        <translation>跳过的文件（{count}）</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="769" />
        <source>{used} shift summaries in the report, {skipped} files skipped ({read} read from the folder, the rest from the local index).</source>
        <translation>报表包含 {used} 份班次小结，跳过 {skipped} 个文件（本次从文件夹读取 {read} 个，其余来自本地索引）。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="774" />
        <source>{copies} identical copies of shifts on the share were counted once.</source>
        <translation>共享目录中有 {copies} 份相同的班次副本，只计一次。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="778" />
        <source>{agent} carries {count} names in this period: {names} — agent numbers must be unique in a branch.</source>
        <translation>{agent} 在本期间有 {count} 个姓名：{names}——同一分部的坐席工号必须唯一。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="794" />
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="804" />
        <source>Shifts of {what} {key}</source>
        <translation>{what} {key} 的班次</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="814" />
        <source>Within 3 rings %</source>
        <translation>三声内接听率 %</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="818" />
        <source>Answered within three rings, % per day</source>
        <translation>每日三声内接听率（%）</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="821" />
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="826" />
        <source>Satisfaction per agent (lowest first)</source>
        <translation>各坐席满意度（由低到高）</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="834" />
        <source>Opened</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="836" />
        <source>Closed</source>
        <translation>办结</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="841" />
        <source>Cases opened and closed per day</source>
        <translation>每日新建与办结工单</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="860" />
        <location filename="../../agent_desk/ui/reports_window.py" line="891" />
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="860" />
        <source>Shifts</source>
        <translation>班次数</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="862" />
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="862" />
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="890" />
        <source>Quality review {month}</source>
        <translation>质检评分 {month}</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="891" />
        <source>Reviews done / required</source>
        <translation>已评 / 应评</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="891" />
        <source>Average score</source>
        <translation>平均分</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="937" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="938" />
        <source>CSV file (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="939" />
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="940" />
        <source>HTML page (*.html)</source>
        <translation>HTML 网页 (*.html)</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="943" />
        <source>Export report</source>
        <translation>导出报表</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="974" />
        <source>Could not write {path}: {error}</source>
        <translation>无法写入 {path}：{error}</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="977" />
        <source>Exported to {path}</source>
        <translation>已导出到 {path}</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_view.py" line="25" />
        <source>&amp;Reports…</source>
        <translation>报表(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>ShiftReportDialog</name>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="368" />
        <source>Shift of {agent} {name}, {start}</source>
        <translation>{agent} {name} 的班次，{start}</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="387" />
        <source>Open {file}</source>
        <translation>打开 {file}</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="393" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
</TS>