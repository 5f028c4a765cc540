<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>MyReviewsDialog</name>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="428"/>
        <source>My quality reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="438"/>
        <source>I have read this review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="463"/>
        <source>acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="463"/>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="470"/>
        <source>No review of your calls yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="484"/>
        <source>Score {score}/10 by {reviewer}
{marks}
{comment}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="507"/>
        <source>Acknowledged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quality</name>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="44"/>
        <source>Opening with the agent number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="45"/>
        <source>Etiquette (三要三不)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="46"/>
        <source>Accuracy and completeness of the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="47"/>
        <source>Sign-off</source>
        <translation>Sign-off</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="48"/>
        <source>Handling time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="52"/>
        <source>{week} is not an ISO week: write YYYY-Www, e.g. 2026-W48.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="55"/>
        <source>A score is a whole number from 1 to 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="56"/>
        <source>There is no call {call_id} here: draw the week&apos;s queue first.</source>
        <translation>There is no call {call_id} here: draw the week&apos;s queue first.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="59"/>
        <source>You may not review your own call: another supervisor reviews it.</source>
        <translation>You may not review your own call: another supervisor reviews it.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="62"/>
        <source>Only answered calls are reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="63"/>
        <source>That review no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="64"/>
        <source>The comment is too long ({length} characters; at most 4000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="67"/>
        <source>Only the agent whose call was reviewed can acknowledge it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="70"/>
        <source>Quality review is for supervisors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="206"/>
        <source>Call of {agent_no} {name} at {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="210"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="211"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="214"/>
        <source>Branch {branch} · category: {c}
Greeting given: {g} · Sign-off given: {s}
The record&apos;s text (question, answer) stays on the agent&apos;s desk; the share holds only these facts of the call.</source>
        <translation>Branch {branch} · category: {c}
Greeting given: {g} · Sign-off given: {s}
The record&apos;s text (question, answer) stays on the agent&apos;s desk; the share holds only these facts of the call.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="229"/>
        <source>Question: {q}
Answer: {a}
Greeting given: {g} · Sign-off given: {s}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="520"/>
        <source>&amp;Quality review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="523"/>
        <source>My quality re&amp;views…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="541"/>
        <source>{n} quality reviews of your calls arrived: Tools &gt; My quality reviews…</source>
        <translation>{n} quality reviews of your calls arrived: Tools &gt; My quality reviews…</translation>
    </message>
</context>
<context>
    <name>RecordingPlayer</name>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="97"/>
        <location filename="../../agent_desk/ui/quality_review.py" line="158"/>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="139"/>
        <source>Recording missing: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="141"/>
        <source>No recording for this call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="161"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="282"/>
        <source>Quality review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="290"/>
        <source>seed (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="291"/>
        <source>Draw the sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="294"/>
        <source>ISO week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="303"/>
        <source>Save the score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="339"/>
        <source>The seed is a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="348"/>
        <source>Drawing the sample…</source>
        <translation>Drawing the sample…</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="357"/>
        <source>The sample could not be drawn; see the log.</source>
        <translation>The sample could not be drawn; see the log.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="366"/>
        <source> · complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="372"/>
        <source>{n} calls to review this week, from the shift summaries on the share.</source>
        <translation>{n} calls to review this week, from the shift summaries on the share.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="374"/>
        <source>{n} calls to review this week, from this desk&apos;s own calls.</source>
        <translation>{n} calls to review this week, from this desk&apos;s own calls.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="377"/>
        <source>{k} files on the share were skipped (see the log).</source>
        <translation>{k} files on the share were skipped (see the log).</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="412"/>
        <source>Score changed from {old} to {new}; the agent is asked again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="415"/>
        <source>Scored {score}/10.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreForm</name>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="251"/>
        <source>Score (1–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="263"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
