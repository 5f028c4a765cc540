<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>MyReviewsDialog</name>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="421"/>
        <source>My quality reviews</source>
        <translation>我的质检评分</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="431"/>
        <source>I have read this review</source>
        <translation>我已阅读此评分</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="456"/>
        <source>acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="456"/>
        <source>new</source>
        <translation>新</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="463"/>
        <source>No review of your calls yet.</source>
        <translation>您的通话暂无质检评分。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="477"/>
        <source>Score {score}/10 by {reviewer}
{marks}
{comment}</source>
        <translation>评分 {score}/10（评分人 {reviewer}）
{marks}
{comment}</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="500"/>
        <source>Acknowledged.</source>
        <translation>已确认。</translation>
    </message>
</context>
<context>
    <name>Quality</name>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="46"/>
        <source>Opening with the agent number</source>
        <translation>开场白报工号</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="47"/>
        <source>Etiquette (三要三不)</source>
        <translation>礼貌用语（三要三不）</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="48"/>
        <source>Accuracy and completeness of the answer</source>
        <translation>答复准确完整</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="49"/>
        <source>Sign-off</source>
        <translation>结束语</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="50"/>
        <source>Handling time</source>
        <translation>处理时长</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="54"/>
        <source>{week} is not an ISO week: write YYYY-Www, e.g. 2026-W48.</source>
        <translation>{week} 不是 ISO 周：请写成 YYYY-Www，例如 2026-W48。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="57"/>
        <source>A score is a whole number from 1 to 10.</source>
        <translation>评分须为 1 至 10 的整数。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="58"/>
        <source>There is no call {call_id} here.</source>
        <translation>本机没有通话 {call_id}。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="59"/>
        <source>Only answered calls are reviewed.</source>
        <translation>只对已接听的通话评分。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="60"/>
        <source>That review no longer exists.</source>
        <translation>该评分已不存在。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="61"/>
        <source>The comment is too long ({length} characters; at most 4000).</source>
        <translation>评语过长（{length} 个字符；最多 4000）。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="64"/>
        <source>Only the agent whose call was reviewed can acknowledge it.</source>
        <translation>只有被评分通话的坐席本人可以确认。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="67"/>
        <source>Quality review is for supervisors.</source>
        <translation>质检评分仅限主管使用。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="203"/>
        <source>Call of {agent_no} {name} at {when}</source>
        <translation>{agent_no} {name} 的通话，{when}</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="207"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="208"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="210"/>
        <source>Question: {q}
Answer: {a}
Greeting given: {g} · Sign-off given: {s}</source>
        <translation>问题：{q}
答复：{a}
开场白：{g} · 结束语：{s}</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="513"/>
        <source>&amp;Quality review…</source>
        <translation>质检评分(&amp;Q)…</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="516"/>
        <source>My quality re&amp;views…</source>
        <translation>我的质检评分(&amp;V)…</translation>
    </message>
</context>
<context>
    <name>RecordingPlayer</name>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="94"/>
        <location filename="../../agent_desk/ui/quality_review.py" line="155"/>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="136"/>
        <source>Recording missing: {path}</source>
        <translation>录音缺失：{path}</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="138"/>
        <source>No recording for this call.</source>
        <translation>此通话没有录音。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="158"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="265"/>
        <source>Quality review</source>
        <translation>质检评分</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="273"/>
        <source>seed (optional)</source>
        <translation>随机种子（可选）</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="274"/>
        <source>Draw the sample</source>
        <translation>抽取样本</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="277"/>
        <source>ISO week</source>
        <translation>ISO 周</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="286"/>
        <source>Save the score</source>
        <translation>保存评分</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="316"/>
        <source>The seed is a whole number.</source>
        <translation>随机种子须为整数。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="339"/>
        <source> · complaint</source>
        <translation> · 投诉</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="394"/>
        <source>Replace the score?</source>
        <translation>替换评分？</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="396"/>
        <source>Replace the score {score} of {agent_no} {name}&apos;s call at {when}, given by {reviewer}?</source>
        <translation>要替换 {reviewer} 给 {agent_no} {name} 在 {when} 的通话打的 {score} 分吗？</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="331"/>
        <source>{n} calls to review this week.</source>
        <translation>本周待评 {n} 通电话。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="340"/>
        <source> · scored {score}/10</source>
        <translation> · 已评 {score}/10</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="363"/>
        <source>Choose the overall score (1–10) before saving.</source>
        <translation>请先选择总分（1–10）再保存。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="368"/>
        <source>The score was not changed.</source>
        <translation>评分未改动。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="378"/>
        <source>Score changed from {old} to {new}; the agent is asked again.</source>
        <translation>评分已由 {old} 改为 {new}；坐席需重新确认。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="381"/>
        <source>Scored {score}/10.</source>
        <translation>已评 {score}/10。</translation>
    </message>
</context>
<context>
    <name>ScoreForm</name>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="234"/>
        <source>Score (1–10)</source>
        <translation>评分（1–10）</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="246"/>
        <source>Comment</source>
        <translation>评语</translation>
    </message>
</context>
</TS>
