<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>MyReviewsDialog</name>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="373"/>
        <source>My quality reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="383"/>
        <source>I have read this review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="408"/>
        <source>acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="408"/>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="415"/>
        <source>No review of your calls yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="429"/>
        <source>Score {score}/10 by {reviewer}
{marks}
{comment}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="452"/>
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
        <source>There is no call {call_id} here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="57"/>
        <source>Only answered calls are reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="58"/>
        <source>That review no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="59"/>
        <source>The comment is too long ({length} characters; at most 4000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="62"/>
        <source>Only the agent whose call was reviewed can acknowledge it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="65"/>
        <source>Quality review is for supervisors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="201"/>
        <source>Call of {agent_no} {name} at {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="205"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="206"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="208"/>
        <source>Question: {q}
Answer: {a}
Greeting given: {g} · Sign-off given: {s}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="465"/>
        <source>&amp;Quality review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="468"/>
        <source>My quality re&amp;views…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordingPlayer</name>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="92"/>
        <location filename="../../agent_desk/ui/quality_review.py" line="153"/>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="134"/>
        <source>Recording missing: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="136"/>
        <source>No recording for this call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="156"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="261"/>
        <source>Quality review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="269"/>
        <source>seed (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="270"/>
        <source>Draw the sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="273"/>
        <source>ISO week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="282"/>
        <source>Save the score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="312"/>
        <source>The seed is a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="322"/>
        <source> · complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="326"/>
        <source>{n} calls to review this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="357"/>
        <source>Score changed from {old} to {new}; the agent is asked again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="360"/>
        <source>Scored {score}/10.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreForm</name>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="230"/>
        <source>Score (1–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/quality_review.py" line="242"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
