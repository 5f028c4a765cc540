<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CallbackReminder</name>
    <message>
        <location filename="../../agent_desk/ui/callback_reminder.py" line="57"/>
        <source>Callback due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/callback_reminder.py" line="62"/>
        <source>Call back {who} at {number}
Promised for {when}
Purpose: {purpose}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/callback_reminder.py" line="76"/>
        <source>{n} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/callback_reminder.py" line="77"/>
        <source>Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/callback_reminder.py" line="80"/>
        <source>Call now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/callback_reminder.py" line="86"/>
        <source>Dial the number on the desk phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/callback_reminder.py" line="90"/>
        <source>What the customer said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/callback_reminder.py" line="91"/>
        <source>Customer reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/callback_reminder.py" line="94"/>
        <source>Record outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/callback_reminder.py" line="108"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="265"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="265"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="265"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="265"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="272"/>
        <source>Note, what the customer was told, the department&apos;s reply, the reply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="277"/>
        <location filename="../../agent_desk/ui/case_dialog.py" line="327"/>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="293"/>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="294"/>
        <source>Adopted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="295"/>
        <source>Not adopted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="296"/>
        <source>Customer told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="297"/>
        <source>Schedule callback…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="302"/>
        <source>Handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="317"/>
        <source>Responsible department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="318"/>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="325"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="335"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="337"/>
        <source>Close the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="343"/>
        <source>not asked</source>
        <translation>not asked</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="354"/>
        <source>Customer&apos;s verdict after closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="361"/>
        <source>Satisfaction (1-5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="364"/>
        <source>Record satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="370"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="416"/>
        <source>Case {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="422"/>
        <source>Received: {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="282"/>
        <source>Add &amp;note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="283"/>
        <source>Record &amp;contact with customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="284"/>
        <source>&amp;Department reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="291"/>
        <source>S&amp;tart work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="292"/>
        <source>Record final &amp;reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="320"/>
        <source>&amp;Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="348"/>
        <source>Customer &amp;satisfaction (1-5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="349"/>
        <source>Root ca&amp;use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="350"/>
        <source>&amp;Improvement measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="351"/>
        <source>Cl&amp;ose case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="425"/>
        <source>{person}: {name}   Contact: {contact}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="430"/>
        <source>Product or service: {product}   Department: {department}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="433"/>
        <source>Assignee: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="441"/>
        <source>Deadline for {what}: {when} ({relative})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="446"/>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="450"/>
        <source>The complaint points were recorded after the 5-minute limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="453"/>
        <source>Decision: {decision}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="458"/>
        <source>Satisfaction: {n}/5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseKind</name>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="139"/>
        <source>Complainant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="140"/>
        <source>Reported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="141"/>
        <source>Asked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="142"/>
        <source>Suggested by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="143"/>
        <source>Repair requested by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="146"/>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="147"/>
        <source>Matter reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="148"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="149"/>
        <source>Suggestion</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="150"/>
        <source>Fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="153"/>
        <source>Complaint type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="154"/>
        <source>Report type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="155"/>
        <source>Question type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="156"/>
        <source>Suggestion type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="157"/>
        <source>Fault type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="160"/>
        <source>e.g. billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="161"/>
        <source>e.g. fraud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="162"/>
        <source>e.g. tariffs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="163"/>
        <source>e.g. opening hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="164"/>
        <source>e.g. no signal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseText</name>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="19"/>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="20"/>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="21"/>
        <source>Pending inquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="22"/>
        <source>Suggestion</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="23"/>
        <source>Repair</source>
        <translation>Repair</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="24"/>
        <source>Callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="28"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="29"/>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="30"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="31"/>
        <source>Replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="32"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="33"/>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="34"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="35"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="36"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="40"/>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="41"/>
        <source>State change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="42"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="43"/>
        <source>Contact with customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="44"/>
        <source>Department reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="45"/>
        <source>Details changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="46"/>
        <source>Re-assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="47"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="48"/>
        <source>Customer told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="49"/>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="50"/>
        <source>Callback scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="51"/>
        <source>Callback, customer not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="52"/>
        <source>Callback cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="53"/>
        <source>Reply deadline estimated Monday-Friday: holiday calendar missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="59"/>
        <source>Adopted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="60"/>
        <source>Not adopted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="64"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="65"/>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="66"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="67"/>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="71"/>
        <source>first feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="72"/>
        <source>reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="73"/>
        <source>callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="77"/>
        <source>Case {number} is {current_label}; it cannot go to {target_label}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="80"/>
        <source>Case {number} cannot be closed yet: {missing}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="83"/>
        <source>The received time cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="86"/>
        <source>The received time has no time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="87"/>
        <source>Write down what was replied to the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="90"/>
        <source>The entry is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="91"/>
        <source>Say why the case is reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="92"/>
        <source>Satisfaction is 1 to 5.</source>
        <translation>Satisfaction is 1 to 5.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="93"/>
        <source>Choose adopted or not adopted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="94"/>
        <source>Only a suggestion is decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="95"/>
        <source>Decide the suggestion before telling the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="98"/>
        <source>Unknown case type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="99"/>
        <source>Unknown severity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="100"/>
        <source>This field cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="101"/>
        <source>The case could not be saved: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="102"/>
        <source>The holiday calendar for {year} is not known. Ask branch IT to add it to holidays.toml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="106"/>
        <source>This callback is already finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="107"/>
        <source>The due time has no time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="108"/>
        <source>This time has already passed. Choose when to call the customer back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="111"/>
        <source>Write what the callback is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="112"/>
        <source>A callback is for a customer or a case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="115"/>
        <source>Snooze between 1 minute and 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="116"/>
        <source>Record the outcome of the call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="117"/>
        <source>Say why the callback is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="118"/>
        <source>Describe the matter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="122"/>
        <source>the customer&apos;s satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="123"/>
        <source>a root cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="124"/>
        <source>an improvement measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="125"/>
        <source>the decision (adopted / not adopted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="128"/>
        <source>telling the customer the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="189"/>
        <source>Complainant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="190"/>
        <source>Contact number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="191"/>
        <source>Matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="192"/>
        <source>Product or service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="193"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="194"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="195"/>
        <source>Responsible department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="249"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="266"/>
        <source>{n} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="270"/>
        <source>{n} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="274"/>
        <source>{n} d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="276"/>
        <source>overdue {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_text.py" line="277"/>
        <source>in {amount}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpList</name>
    <message>
        <location filename="../../agent_desk/ui/followups.py" line="180"/>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/followups.py" line="185"/>
        <source>All open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/followups.py" line="186"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/followups.py" line="187"/>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/followups.py" line="192"/>
        <source>All departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/followups.py" line="193"/>
        <source>Everyone&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/followups.py" line="198"/>
        <source>New case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/followups.py" line="80"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/followups.py" line="81"/>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/followups.py" line="82"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/followups.py" line="83"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/followups.py" line="84"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/followups.py" line="85"/>
        <source>Matter / purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/followups.py" line="86"/>
        <source>Department / owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/followups.py" line="403"/>
        <source>Callback due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/followups.py" line="404"/>
        <source>Call back {who}: {purpose}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/followups.py" line="555"/>
        <source>Go to my &amp;follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/followups.py" line="561"/>
        <source>Open a &amp;case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/followups.py" line="569"/>
        <source>Queue today&apos;s case &amp;archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/followups.py" line="588"/>
        <source>{n} archive files queued for the share</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpStatus</name>
    <message>
        <location filename="../../agent_desk/ui/followups.py" line="512"/>
        <source>Follow-ups: {overdue} overdue, {soon} due soon</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenCaseDialog</name>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="114"/>
        <source>Open a case</source>
        <translation>Open a case</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="129"/>
        <source>What happened, what the customer asks for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="139"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="140"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="142"/>
        <source>Contact number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="144"/>
        <source>Product or service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="145"/>
        <source>Responsible department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="147"/>
        <source>From call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="149"/>
        <source>Open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="149"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleCallbackDialog</name>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="204"/>
        <source>Schedule a callback</source>
        <translation>Schedule a callback</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="210"/>
        <source>Call back at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="211"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="212"/>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/case_dialog.py" line="212"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
