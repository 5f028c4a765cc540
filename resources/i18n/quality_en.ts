<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>MyReviewsDialog</name>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="502"/>
        <source>My quality reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="512"/>
        <source>I have read this review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="537"/>
        <source>acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="537"/>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="544"/>
        <source>No review of your calls yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="558"/>
        <source>Score {score}/10 by {reviewer}
{marks}
{comment}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="581"/>
        <source>Acknowledged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quality</name>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="48"/>
        <source>Opening with the agent number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="49"/>
        <source>Etiquette (三要三不)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="50"/>
        <source>Accuracy and completeness of the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="51"/>
        <source>Sign-off</source>
        <translation>Sign-off</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="52"/>
        <source>Handling time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="56"/>
        <source>{week} is not an ISO week: write YYYY-Www, e.g. 2026-W48.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="59"/>
        <source>A score is a whole number from 1 to 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="60"/>
        <source>There is no call {call_id} here: draw the week&apos;s queue first.</source>
        <translation>There is no call {call_id} here: draw the week&apos;s queue first.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="63"/>
        <source>You may not review your own call: another supervisor reviews it.</source>
        <translation>You may not review your own call: another supervisor reviews it.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="66"/>
        <source>Only answered calls are reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="67"/>
        <source>That review no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="68"/>
        <source>The comment is too long ({length} characters; at most 4000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="71"/>
        <source>Only the agent whose call was reviewed can acknowledge it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="74"/>
        <source>Quality review is for supervisors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="234"/>
        <source>Call of {agent_no} {name} at {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="238"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="239"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="242"/>
        <source>Branch {branch} · category: {c}
Greeting given: {g} · Sign-off given: {s}
The record&apos;s text (question, answer) stays on the agent&apos;s desk; the share holds only these facts of the call.</source>
        <translation>Branch {branch} · category: {c}
Greeting given: {g} · Sign-off given: {s}
The record&apos;s text (question, answer) stays on the agent&apos;s desk; the share holds only these facts of the call.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="257"/>
        <source>Question: {q}
Answer: {a}
Greeting given: {g} · Sign-off given: {s}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="594"/>
        <source>&amp;Quality review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="597"/>
        <source>My quality re&amp;views…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="615"/>
        <source>{n} quality reviews of your calls arrived: Tools &gt; My quality reviews…</source>
        <translation>{n} quality reviews of your calls arrived: Tools &gt; My quality reviews…</translation>
    </message>
</context>
<context>
    <name>RecordingPlayer</name>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="101"/>
        <location filename="../../agent_desk/ui/quality_review.py" line="183"/>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="148"/>
        <source>Only the agent&apos;s side was recorded; the caller&apos;s is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="150"/>
        <source>Only the caller&apos;s side was recorded; the agent&apos;s is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="157"/>
        <source>Recording missing: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="159"/>
        <source>No recording for this call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="163"/>
        <source>Recording cannot be played: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="186"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="312"/>
        <source>Quality review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="320"/>
        <source>seed (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="321"/>
        <source>Draw the sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="324"/>
        <source>ISO week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="333"/>
        <source>Save the score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="369"/>
        <source>The seed is a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="378"/>
        <source>Drawing the sample…</source>
        <translation>Drawing the sample…</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="387"/>
        <source>The sample could not be drawn; see the log.</source>
        <translation>The sample could not be drawn; see the log.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="419"/>
        <source> · complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="475"/>
        <source>Replace the score?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="477"/>
        <source>Replace the score {score} of {agent_no} {name}&apos;s call at {when}, given by {reviewer}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="402"/>
        <source>{n} calls to review this week, from the shift summaries on the share.</source>
        <translation>{n} calls to review this week, from the shift summaries on the share.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="404"/>
        <source>{n} calls to review this week, from this desk&apos;s own calls.</source>
        <translation>{n} calls to review this week, from this desk&apos;s own calls.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="407"/>
        <source>{k} files on the share were skipped (see the log).</source>
        <translation>{k} files on the share were skipped (see the log).</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="420"/>
        <source> · scored {score}/10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="444"/>
        <source>Choose the overall score (1–10) before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="449"/>
        <source>The score was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="459"/>
        <source>Score changed from {old} to {new}; the agent is asked again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="462"/>
        <source>Scored {score}/10.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreForm</name>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="281"/>
        <source>Score (1–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="293"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
