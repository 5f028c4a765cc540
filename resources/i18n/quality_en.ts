<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>MyReviewsDialog</name>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="421"/>
        <source>My quality reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="431"/>
        <source>I have read this review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="456"/>
        <source>acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="456"/>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="463"/>
        <source>No review of your calls yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="477"/>
        <source>Score {score}/10 by {reviewer}
{marks}
{comment}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="500"/>
        <source>Acknowledged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quality</name>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="46"/>
        <source>Opening with the agent number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="47"/>
        <source>Etiquette (三要三不)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="48"/>
        <source>Accuracy and completeness of the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="49"/>
        <source>Sign-off</source>
        <translation>Sign-off</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="50"/>
        <source>Handling time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="54"/>
        <source>{week} is not an ISO week: write YYYY-Www, e.g. 2026-W48.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="57"/>
        <source>A score is a whole number from 1 to 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="58"/>
        <source>There is no call {call_id} here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="59"/>
        <source>Only answered calls are reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="60"/>
        <source>That review no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="61"/>
        <source>The comment is too long ({length} characters; at most 4000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="64"/>
        <source>Only the agent whose call was reviewed can acknowledge it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="67"/>
        <source>Quality review is for supervisors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="203"/>
        <source>Call of {agent_no} {name} at {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="207"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="208"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="210"/>
        <source>Question: {q}
Answer: {a}
Greeting given: {g} · Sign-off given: {s}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="513"/>
        <source>&amp;Quality review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="516"/>
        <source>My quality re&amp;views…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordingPlayer</name>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="94"/>
        <location filename="../../agent_desk/ui/quality_review.py" line="155"/>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="136"/>
        <source>Recording missing: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="138"/>
        <source>No recording for this call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="158"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="265"/>
        <source>Quality review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="273"/>
        <source>seed (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="274"/>
        <source>Draw the sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="277"/>
        <source>ISO week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="286"/>
        <source>Save the score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="316"/>
        <source>The seed is a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="339"/>
        <source> · complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="394"/>
        <source>Replace the score?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="396"/>
        <source>Replace the score {score} of {agent_no} {name}&apos;s call at {when}, given by {reviewer}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="331"/>
        <source>{n} calls to review this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="340"/>
        <source> · scored {score}/10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="363"/>
        <source>Choose the overall score (1–10) before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="368"/>
        <source>The score was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="378"/>
        <source>Score changed from {old} to {new}; the agent is asked again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="381"/>
        <source>Scored {score}/10.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreForm</name>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="234"/>
        <source>Score (1–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="246"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
