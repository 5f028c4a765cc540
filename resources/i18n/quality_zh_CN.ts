<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>MyReviewsDialog</name>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="428"/>
        <source>My quality reviews</source>
        <translation>我的质检评分</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="438"/>
        <source>I have read this review</source>
        <translation>我已阅读此评分</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="463"/>
        <source>acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="463"/>
        <source>new</source>
        <translation>新</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="470"/>
        <source>No review of your calls yet.</source>
        <translation>您的通话暂无质检评分。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="484"/>
        <source>Score {score}/10 by {reviewer}
{marks}
{comment}</source>
        <translation>评分 {score}/10（评分人 {reviewer}）
{marks}
{comment}</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="507"/>
        <source>Acknowledged.</source>
        <translation>已确认。</translation>
    </message>
</context>
<context>
    <name>Quality</name>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="44"/>
        <source>Opening with the agent number</source>
        <translation>开场白报工号</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="45"/>
        <source>Etiquette (三要三不)</source>
        <translation>礼貌用语（三要三不）</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="46"/>
        <source>Accuracy and completeness of the answer</source>
        <translation>答复准确完整</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="47"/>
        <source>Sign-off</source>
        <translation>结束语</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="48"/>
        <source>Handling time</source>
        <translation>处理时长</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="52"/>
        <source>{week} is not an ISO week: write YYYY-Www, e.g. 2026-W48.</source>
        <translation>{week} 不是 ISO 周：请写成 YYYY-Www，例如 2026-W48。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="55"/>
        <source>A score is a whole number from 1 to 10.</source>
        <translation>评分须为 1 至 10 的整数。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="56"/>
        <source>There is no call {call_id} here: draw the week&apos;s queue first.</source>
        <translation>此处没有通话 {call_id}：请先抽取本周的质检队列。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="59"/>
        <source>You may not review your own call: another supervisor reviews it.</source>
        <translation>不能评审自己的通话：请由其他班长评审。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="62"/>
        <source>Only answered calls are reviewed.</source>
        <translation>只对已接听的通话评分。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="63"/>
        <source>That review no longer exists.</source>
        <translation>该评分已不存在。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="64"/>
        <source>The comment is too long ({length} characters; at most 4000).</source>
        <translation>评语过长（{length} 个字符；最多 4000）。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="67"/>
        <source>Only the agent whose call was reviewed can acknowledge it.</source>
        <translation>只有被评分通话的坐席本人可以确认。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="70"/>
        <source>Quality review is for supervisors.</source>
        <translation>质检评分仅限主管使用。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="206"/>
        <source>Call of {agent_no} {name} at {when}</source>
        <translation>{agent_no} {name} 的通话，{when}</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="210"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="211"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="214"/>
        <source>Branch {branch} · category: {c}
Greeting given: {g} · Sign-off given: {s}
The record&apos;s text (question, answer) stays on the agent&apos;s desk; the share holds only these facts of the call.</source>
        <translation>网点 {branch} · 类别：{c}
已致问候语：{g} · 已致结束语：{s}
通话记录的文字（问题、答复）只保存在坐席本人的电脑上；共享文件夹只有这通电话的以上信息。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="229"/>
        <source>Question: {q}
Answer: {a}
Greeting given: {g} · Sign-off given: {s}</source>
        <translation>问题：{q}
答复：{a}
开场白：{g} · 结束语：{s}</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="520"/>
        <source>&amp;Quality review…</source>
        <translation>质检评分(&amp;Q)…</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="523"/>
        <source>My quality re&amp;views…</source>
        <translation>我的质检评分(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="541"/>
        <source>{n} quality reviews of your calls arrived: Tools &gt; My quality reviews…</source>
        <translation>收到 {n} 条对您通话的质检评分：工具 &gt; 我的质检评分…</translation>
    </message>
</context>
<context>
    <name>RecordingPlayer</name>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="97"/>
        <location filename="../../agent_desk/ui/quality_review.py" line="158"/>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="139"/>
        <source>Recording missing: {path}</source>
        <translation>录音缺失：{path}</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="141"/>
        <source>No recording for this call.</source>
        <translation>此通话没有录音。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="161"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="282"/>
        <source>Quality review</source>
        <translation>质检评分</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="290"/>
        <source>seed (optional)</source>
        <translation>随机种子（可选）</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="291"/>
        <source>Draw the sample</source>
        <translation>抽取样本</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="294"/>
        <source>ISO week</source>
        <translation>ISO 周</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="303"/>
        <source>Save the score</source>
        <translation>保存评分</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="339"/>
        <source>The seed is a whole number.</source>
        <translation>随机种子须为整数。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="348"/>
        <source>Drawing the sample…</source>
        <translation>正在抽取样本…</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="357"/>
        <source>The sample could not be drawn; see the log.</source>
        <translation>未能抽取样本，详见日志。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="366"/>
        <source> · complaint</source>
        <translation> · 投诉</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="372"/>
        <source>{n} calls to review this week, from the shift summaries on the share.</source>
        <translation>本周需评审 {n} 通电话，取自共享文件夹上的班次汇总。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="374"/>
        <source>{n} calls to review this week, from this desk&apos;s own calls.</source>
        <translation>本周需评审 {n} 通电话，取自本机的通话。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="377"/>
        <source>{k} files on the share were skipped (see the log).</source>
        <translation>共享文件夹上有 {k} 个文件被跳过（详见日志）。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="412"/>
        <source>Score changed from {old} to {new}; the agent is asked again.</source>
        <translation>评分已由 {old} 改为 {new}；坐席需重新确认。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="415"/>
        <source>Scored {score}/10.</source>
        <translation>已评 {score}/10。</translation>
    </message>
</context>
<context>
    <name>ScoreForm</name>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="251"/>
        <source>Score (1–10)</source>
        <translation>评分（1–10）</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="263"/>
        <source>Comment</source>
        <translation>评语</translation>
    </message>
</context>
</TS>
