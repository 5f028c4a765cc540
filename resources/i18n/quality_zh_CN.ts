<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>MyReviewsDialog</name>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="447"/>
        <source>My quality reviews</source>
        <translation>我的质检评分</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="457"/>
        <source>I have read this review</source>
        <translation>我已阅读此评分</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="482"/>
        <source>acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="482"/>
        <source>new</source>
        <translation>新</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="489"/>
        <source>No review of your calls yet.</source>
        <translation>您的通话暂无质检评分。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="503"/>
        <source>Score {score}/10 by {reviewer}
{marks}
{comment}</source>
        <translation>评分 {score}/10（评分人 {reviewer}）
{marks}
{comment}</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="526"/>
        <source>Acknowledged.</source>
        <translation>已确认。</translation>
    </message>
</context>
<context>
    <name>Quality</name>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="48"/>
        <source>Opening with the agent number</source>
        <translation>开场白报工号</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="49"/>
        <source>Etiquette (三要三不)</source>
        <translation>礼貌用语（三要三不）</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="50"/>
        <source>Accuracy and completeness of the answer</source>
        <translation>答复准确完整</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="51"/>
        <source>Sign-off</source>
        <translation>结束语</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="52"/>
        <source>Handling time</source>
        <translation>处理时长</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="56"/>
        <source>{week} is not an ISO week: write YYYY-Www, e.g. 2026-W48.</source>
        <translation>{week} 不是 ISO 周：请写成 YYYY-Www，例如 2026-W48。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="59"/>
        <source>A score is a whole number from 1 to 10.</source>
        <translation>评分须为 1 至 10 的整数。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="60"/>
        <source>There is no call {call_id} here.</source>
        <translation>本机没有通话 {call_id}。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="61"/>
        <source>Only answered calls are reviewed.</source>
        <translation>只对已接听的通话评分。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="62"/>
        <source>That review no longer exists.</source>
        <translation>该评分已不存在。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="63"/>
        <source>The comment is too long ({length} characters; at most 4000).</source>
        <translation>评语过长（{length} 个字符；最多 4000）。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="66"/>
        <source>Only the agent whose call was reviewed can acknowledge it.</source>
        <translation>只有被评分通话的坐席本人可以确认。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="69"/>
        <source>Quality review is for supervisors.</source>
        <translation>质检评分仅限主管使用。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="229"/>
        <source>Call of {agent_no} {name} at {when}</source>
        <translation>{agent_no} {name} 的通话，{when}</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="233"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="234"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="236"/>
        <source>Question: {q}
Answer: {a}
Greeting given: {g} · Sign-off given: {s}</source>
        <translation>问题：{q}
答复：{a}
开场白：{g} · 结束语：{s}</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="539"/>
        <source>&amp;Quality review…</source>
        <translation>质检评分(&amp;Q)…</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="542"/>
        <source>My quality re&amp;views…</source>
        <translation>我的质检评分(&amp;V)…</translation>
    </message>
</context>
<context>
    <name>RecordingPlayer</name>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="96"/>
        <location filename="../../agent_desk/ui/quality_review.py" line="178"/>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="143"/>
        <source>Only the agent&apos;s side was recorded; the caller&apos;s is missing.</source>
        <translation>只录到了坐席一侧，客户一侧的录音缺失。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="145"/>
        <source>Only the caller&apos;s side was recorded; the agent&apos;s is missing.</source>
        <translation>只录到了客户一侧，坐席一侧的录音缺失。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="152"/>
        <source>Recording missing: {path}</source>
        <translation>录音缺失：{path}</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="154"/>
        <source>No recording for this call.</source>
        <translation>此通话没有录音。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="158"/>
        <source>Recording cannot be played: {path}</source>
        <translation>录音无法播放：{path}</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="181"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="291"/>
        <source>Quality review</source>
        <translation>质检评分</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="299"/>
        <source>seed (optional)</source>
        <translation>随机种子（可选）</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="300"/>
        <source>Draw the sample</source>
        <translation>抽取样本</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="303"/>
        <source>ISO week</source>
        <translation>ISO 周</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="312"/>
        <source>Save the score</source>
        <translation>保存评分</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="342"/>
        <source>The seed is a whole number.</source>
        <translation>随机种子须为整数。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="365"/>
        <source> · complaint</source>
        <translation> · 投诉</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="420"/>
        <source>Replace the score?</source>
        <translation>替换评分？</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="422"/>
        <source>Replace the score {score} of {agent_no} {name}&apos;s call at {when}, given by {reviewer}?</source>
        <translation>要替换 {reviewer} 给 {agent_no} {name} 在 {when} 的通话打的 {score} 分吗？</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="357"/>
        <source>{n} calls to review this week.</source>
        <translation>本周待评 {n} 通电话。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="366"/>
        <source> · scored {score}/10</source>
        <translation> · 已评 {score}/10</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="389"/>
        <source>Choose the overall score (1–10) before saving.</source>
        <translation>请先选择总分（1–10）再保存。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="394"/>
        <source>The score was not changed.</source>
        <translation>评分未改动。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="404"/>
        <source>Score changed from {old} to {new}; the agent is asked again.</source>
        <translation>评分已由 {old} 改为 {new}；坐席需重新确认。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="407"/>
        <source>Scored {score}/10.</source>
        <translation>已评 {score}/10。</translation>
    </message>
</context>
<context>
    <name>ScoreForm</name>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="260"/>
        <source>Score (1–10)</source>
        <translation>评分（1–10）</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="272"/>
        <source>Comment</source>
        <translation>评语</translation>
    </message>
</context>
</TS>
