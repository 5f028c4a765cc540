<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>MyReviewsDialog</name>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="502" />
        <source>My quality reviews</source>
        <translation>我的质检评分</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="512" />
        <source>I have read this review</source>
        <translation>我已阅读此评分</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="537" />
        <source>acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="537" />
        <source>new</source>
        <translation>新</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="544" />
        <source>No review of your calls yet.</source>
        <translation>您的通话暂无质检评分。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="558" />
        <source>Score {score}/10 by {reviewer}
{marks}
{comment}</source>
        <translation>评分 {score}/10（评分人 {reviewer}）
{marks}
{comment}</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="581" />
        <source>Acknowledged.</source>
        <translation>已确认。</translation>
    </message>
</context>
<context>
    <name>Quality</name>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="48" />
        <source>Opening with the agent number</source>
        <translation>开场白报工号</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="49" />
        <source>Etiquette (三要三不)</source>
        <translation>礼貌用语（三要三不）</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="50" />
        <source>Accuracy and completeness of the answer</source>
        <translation>答复准确完整</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="51" />
        <source>Sign-off</source>
        <translation>结束语</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="52" />
        <source>Handling time</source>
        <translation>处理时长</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="56" />
        <source>{week} is not an ISO week: write YYYY-Www, e.g. 2026-W48.</source>
        <translation>{week} 不是 ISO 周：请写成 YYYY-Www，例如 2026-W48。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="59" />
        <source>A score is a whole number from 1 to 10.</source>
        <translation>评分须为 1 至 10 的整数。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="60" />
        <source>There is no call {call_id} here: draw the week's queue first.</source>
        <translation>此处没有通话 {call_id}：请先抽取本周的质检队列。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="63" />
        <source>You may not review your own call: another supervisor reviews it.</source>
        <translation>不能评审自己的通话：请由其他班长评审。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="66" />
        <source>Only answered calls are reviewed.</source>
        <translation>只对已接听的通话评分。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="67" />
        <source>That review no longer exists.</source>
        <translation>该评分已不存在。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="68" />
        <source>The comment is too long ({length} characters; at most 4000).</source>
        <translation>评语过长（{length} 个字符；最多 4000）。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="71" />
        <source>Only the agent whose call was reviewed can acknowledge it.</source>
        <translation>只有被评分通话的坐席本人可以确认。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="74" />
        <source>Quality review is for supervisors.</source>
        <translation>质检评分仅限主管使用。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="234" />
        <source>Call of {agent_no} {name} at {when}</source>
        <translation>{agent_no} {name} 的通话，{when}</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="238" />
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="239" />
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="242" />
        <source>Branch {branch} · category: {c}
Greeting given: {g} · Sign-off given: {s}
The record's text (question, answer) stays on the agent's desk; the share holds only these facts of the call.</source>
        <translation>网点 {branch} · 类别：{c}
已致问候语：{g} · 已致结束语：{s}
通话记录的文字（问题、答复）只保存在坐席本人的电脑上；共享文件夹只有这通电话的以上信息。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="257" />
        <source>Question: {q}
Answer: {a}
Greeting given: {g} · Sign-off given: {s}</source>
        <translation>问题：{q}
答复：{a}
开场白：{g} · 结束语：{s}</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="594" />
        <source>&amp;Quality review…</source>
        <translation>质检评分(&amp;Q)…</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="597" />
        <source>My quality re&amp;views…</source>
        <translation>我的质检评分(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="615" />
        <source>{n} quality reviews of your calls arrived: Tools &gt; My quality reviews…</source>
        <translation>收到 {n} 条对您通话的质检评分：工具 &gt; 我的质检评分…</translation>
    </message>
</context>
<context>
    <name>RecordingPlayer</name>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="101" />
        <location filename="../../agent_desk/ui/quality_review.py" line="183" />
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="148" />
        <source>Only the agent's side was recorded; the caller's is missing.</source>
        <translation>只录到了坐席一侧，客户一侧的录音缺失。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="150" />
        <source>Only the caller's side was recorded; the agent's is missing.</source>
        <translation>只录到了客户一侧，坐席一侧的录音缺失。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="157" />
        <source>Recording missing: {path}</source>
        <translation>录音缺失：{path}</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="159" />
        <source>No recording for this call.</source>
        <translation>此通话没有录音。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="163" />
        <source>Recording cannot be played: {path}</source>
        <translation>录音无法播放：{path}</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="186" />
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="312" />
        <source>Quality review</source>
        <translation>质检评分</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="320" />
        <source>seed (optional)</source>
        <translation>随机种子（可选）</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="321" />
        <source>Draw the sample</source>
        <translation>抽取样本</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="324" />
        <source>ISO week</source>
        <translation>ISO 周</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="333" />
        <source>Save the score</source>
        <translation>保存评分</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="369" />
        <source>The seed is a whole number.</source>
        <translation>随机种子须为整数。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="378" />
        <source>Drawing the sample…</source>
        <translation>正在抽取样本…</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="387" />
        <source>The sample could not be drawn; see the log.</source>
        <translation>未能抽取样本，详见日志。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="419" />
        <source> · complaint</source>
        <translation> · 投诉</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="475" />
        <source>Replace the score?</source>
        <translation>替换评分？</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="477" />
        <source>Replace the score {score} of {agent_no} {name}'s call at {when}, given by {reviewer}?</source>
        <translation>要替换 {reviewer} 给 {agent_no} {name} 在 {when} 的通话打的 {score} 分吗？</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="402" />
        <source>{n} calls to review this week, from the shift summaries on the share.</source>
        <translation>本周需评审 {n} 通电话，取自共享文件夹上的班次汇总。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="404" />
        <source>{n} calls to review this week, from this desk's own calls.</source>
        <translation>本周需评审 {n} 通电话，取自本机的通话。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="407" />
        <source>{k} files on the share were skipped (see the log).</source>
        <translation>共享文件夹上有 {k} 个文件被跳过（详见日志）。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="420" />
        <source> · scored {score}/10</source>
        <translation> · 已评 {score}/10</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="444" />
        <source>Choose the overall score (1–10) before saving.</source>
        <translation>请先选择总分（1–10）再保存。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="449" />
        <source>The score was not changed.</source>
        <translation>评分未改动。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="459" />
        <source>Score changed from {old} to {new}; the agent is asked again.</source>
        <translation>评分已由 {old} 改为 {new}；坐席需重新确认。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="462" />
        <source>Scored {score}/10.</source>
        <translation>已评 {score}/10。</translation>
    </message>
</context>
<context>
    <name>ScoreForm</name>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="281" />
        <source>Score (1–10)</source>
        <translation>评分（1–10）</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="293" />
        <source>Comment</source>
        <translation>评语</translation>
    </message>
</context>
</TS>