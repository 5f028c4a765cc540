<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Reports</name>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="16"/>
        <location filename="../../agent_desk/ui/report_text.py" line="130"/>
        <source>Shifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="17"/>
        <source>Offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="18"/>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="19"/>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="20"/>
        <source>Within 3 rings %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="21"/>
        <source>Avg answer delay (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="22"/>
        <source>Avg handle time (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="23"/>
        <source>Resolved %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="24"/>
        <location filename="../../agent_desk/ui/report_text.py" line="57"/>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="25"/>
        <source>Greeting %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="26"/>
        <source>Sign-off %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="27"/>
        <source>Online (h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="28"/>
        <source>Online per shift (h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="29"/>
        <source>Break (h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="30"/>
        <source>Cases opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="31"/>
        <source>Cases closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="32"/>
        <source>Cases overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="33"/>
        <source>Callbacks on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="34"/>
        <source>Callbacks overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="35"/>
        <source>Replied on time %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="41"/>
        <source>Answered within 3 rings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="42"/>
        <source>Answered + abandoned after the rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="47"/>
        <location filename="../../agent_desk/ui/report_text.py" line="129"/>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="48"/>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="49"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="50"/>
        <source>Shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="54"/>
        <source>Answer speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="55"/>
        <source>Online time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="56"/>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="58"/>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="59"/>
        <source>Script compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="60"/>
        <source>Follow-up timeliness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="61"/>
        <source>Service norm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="62"/>
        <source>Knowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="66"/>
        <source>Excellent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="67"/>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="68"/>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="69"/>
        <source>Fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="73"/>
        <source>removed while loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="74"/>
        <source>cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="75"/>
        <source>too large to be a summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="76"/>
        <source>not a text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="77"/>
        <source>truncated (incomplete copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="78"/>
        <source>damaged, not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="79"/>
        <source>not an AgentDesk shift summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="80"/>
        <source>summary version not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="81"/>
        <source>does not match the summary format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="82"/>
        <source>figures contradict each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="83"/>
        <source>a number that is not finite (Infinity, NaN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="84"/>
        <source>an older revision of a shift read elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="85"/>
        <source>a different copy of a shift, generated at the same moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="88"/>
        <source>a link on the share: not followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="89"/>
        <source>a folder already read (a link loop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="90"/>
        <source>folders nested too deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="94"/>
        <source>The folder {path} cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="95"/>
        <source>The report was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="96"/>
        <source>The share {location} refused the user name or password. It is not tried again until the share settings or the password change, so the share&apos;s account is not locked out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="119"/>
        <source>AgentDesk service report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="120"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="121"/>
        <source>Generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="122"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="126"/>
        <source>Monthly grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="127"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="131"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="132"/>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="135"/>
        <source>Quality review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="136"/>
        <source>Reviews done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="137"/>
        <source>Reviews required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="138"/>
        <source>Average score (1–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/report_text.py" line="83"/>
        <source>the name is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsDialog</name>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="444"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="459"/>
        <source>Share or folder of shift summaries (a folder, \\server\share or smb://server/share)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="463"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="467"/>
        <source>Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="482"/>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="486"/>
        <source>All branches (or codes, comma-separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="489"/>
        <source>All agents (or numbers, comma-separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="490"/>
        <source>Branches:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="491"/>
        <source>Agents:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="495"/>
        <source>Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="499"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="515"/>
        <source>By:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="519"/>
        <source>Choose a folder and a period, then Load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="530"/>
        <source>← Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="544"/>
        <source>Green: meets the target. Orange: above the minimum. Red: misses the target. Double-click a row to see its shifts, and a shift to open its own report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="551"/>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="560"/>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="568"/>
        <source>Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="578"/>
        <source>Each component is scored 0–100 against the policy targets and weighted by the policy: answer speed, online time, volume (against the median agent), satisfaction, resolution, script compliance and follow-up timeliness. {excellent} and above: Excellent; {good}: Good; {passing}: Pass; below: Fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="600"/>
        <source>Quality review: a week counts in the month of its Thursday. Service norm = average score × 10 × reviews done ÷ required (at most 1): a review not done counts as 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="608"/>
        <source>Grades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="613"/>
        <source>Skipped files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="620"/>
        <source>Export Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="621"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="622"/>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="623"/>
        <source>Export HTML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="631"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="661"/>
        <source>Folder of shift summaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="670"/>
        <source>Choose the share or a folder first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="674"/>
        <source>The period ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="687"/>
        <source>Looking for summaries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="692"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="723"/>
        <source>Reading summaries: {done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="748"/>
        <source>The report could not be made; details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="761"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="761"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="761"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="766"/>
        <source>Skipped files ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="769"/>
        <source>{used} shift summaries in the report, {skipped} files skipped ({read} read from the folder, the rest from the local index).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="774"/>
        <source>{copies} identical copies of shifts on the share were counted once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="778"/>
        <source>{agent} carries {count} names in this period: {names} — agent numbers must be unique in a branch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="794"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="804"/>
        <source>Shifts of {what} {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="814"/>
        <source>Within 3 rings %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="818"/>
        <source>Answered within three rings, % per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="821"/>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="826"/>
        <source>Satisfaction per agent (lowest first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="834"/>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="836"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="841"/>
        <source>Cases opened and closed per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="860"/>
        <location filename="../../agent_desk/ui/reports_window.py" line="891"/>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="860"/>
        <source>Shifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="862"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="862"/>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="890"/>
        <source>Quality review {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="891"/>
        <source>Reviews done / required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="891"/>
        <source>Average score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="937"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="938"/>
        <source>CSV file (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="939"/>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="940"/>
        <source>HTML page (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="943"/>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="974"/>
        <source>Could not write {path}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="977"/>
        <source>Exported to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_view.py" line="25"/>
        <source>&amp;Reports…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShiftReportDialog</name>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="368"/>
        <source>Shift of {agent} {name}, {start}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="387"/>
        <source>Open {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/reports_window.py" line="393"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
