<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>OutboxDialog</name>
    <message>
        <location filename="../../agent_desk/ui/outbox_dialog.py" line="29"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/outbox_dialog.py" line="30"/>
        <source>conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/outbox_dialog.py" line="31"/>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/outbox_dialog.py" line="45"/>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/outbox_dialog.py" line="53"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/outbox_dialog.py" line="53"/>
        <source>File on the share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/outbox_dialog.py" line="53"/>
        <source>Next try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/outbox_dialog.py" line="53"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/outbox_dialog.py" line="59"/>
        <source>&amp;Try again now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/outbox_dialog.py" line="89"/>
        <source>Every file is on the share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/outbox_dialog.py" line="93"/>
        <source>{count} file(s) are not on the share: {failed} failed, {conflicts} conflict with a different file there. A failed file is tried again an hour after it failed; Try again now (or Sync now) tries every one at once, after the cause is removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShareSettingsDialog</name>
    <message>
        <location filename="../../agent_desk/ui/share_settings.py" line="52"/>
        <source>Share settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/share_settings.py" line="58"/>
        <source>smb://server/share/folder, \\server\share or a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/share_settings.py" line="65"/>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/share_settings.py" line="66"/>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/share_settings.py" line="74"/>
        <source>The password is kept in the system&apos;s password store, not in the settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/share_settings.py" line="90"/>
        <source>Branch IT set the location and user name for every user of this computer ({path}); ask branch IT to change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/share_settings.py" line="95"/>
        <source>Branch IT set the location for every user of this computer ({path}); ask branch IT to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/share_settings.py" line="100"/>
        <source>Branch IT set the user name for every user of this computer ({path}); ask branch IT to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/share_settings.py" line="106"/>
        <source>Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/share_settings.py" line="107"/>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/share_settings.py" line="108"/>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/share_settings.py" line="128"/>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/share_settings.py" line="129"/>
        <source>Connection works: a test file was written and removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/share_settings.py" line="131"/>
        <source>The test failed with an unexpected problem. The details are in the log for branch IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/share_settings.py" line="174"/>
        <source>This location is not complete. Write it as {smb}, {unc} or a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/share_settings.py" line="183"/>
        <source>The settings could not be saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShiftCloseDialog</name>
    <message>
        <location filename="../../agent_desk/ui/shift_close_dialog.py" line="53"/>
        <location filename="../../agent_desk/ui/shift_close_dialog.py" line="72"/>
        <source>Close shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/shift_close_dialog.py" line="61"/>
        <source>Check your shift summary. Closing the shift sends it to the share for your supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/shift_close_dialog.py" line="93"/>
        <source>A call is at the desk. Finish it and save its record, then close the shift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/shift_close_dialog.py" line="112"/>
        <source>Closing the shift…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/shift_close_dialog.py" line="115"/>
        <source>The shift could not be closed because of an unexpected problem; it is still open and nothing was queued. The details are in the log for branch IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/shift_close_dialog.py" line="145"/>
        <source>The shift was not closed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShiftDesk</name>
    <message>
        <location filename="../../agent_desk/ui/shifts_ui.py" line="99"/>
        <source>Training: nothing is published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/shifts_ui.py" line="118"/>
        <source>S&amp;ync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/shifts_ui.py" line="121"/>
        <source>&amp;Outbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/shifts_ui.py" line="123"/>
        <source>Files not on the share yet, with why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/shifts_ui.py" line="126"/>
        <source>S&amp;hare settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/shifts_ui.py" line="131"/>
        <source>&amp;Close shift…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/shifts_ui.py" line="134"/>
        <source>Start a &amp;new shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/shifts_ui.py" line="152"/>
        <source>My &amp;state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/shifts_ui.py" line="155"/>
        <source>&amp;Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/shifts_ui.py" line="165"/>
        <source>Break: &amp;meal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/shifts_ui.py" line="166"/>
        <source>Break: &amp;rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/shifts_ui.py" line="167"/>
        <source>Break: &amp;training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/shifts_ui.py" line="168"/>
        <source>Break: m&amp;eeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/shifts_ui.py" line="169"/>
        <source>Break: &amp;other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/shifts_ui.py" line="181"/>
        <source>Break / back (F8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/shifts_ui.py" line="199"/>
        <source>Shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/shifts_ui.py" line="227"/>
        <source>Your call shift left open since {time} was closed there; its summary is queued for the share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/shifts_ui.py" line="288"/>
        <source>No open shift</source>
        <translation>No open shift</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/shifts_ui.py" line="290"/>
        <source>Supervising, no call shift</source>
        <translation>Supervising, no call shift</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/shifts_ui.py" line="298"/>
        <source>Break: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/shifts_ui.py" line="351"/>
        <source>Close shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/shifts_ui.py" line="352"/>
        <source>Please finish the current call and save its record first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/shifts_ui.py" line="365"/>
        <source>Shift closed. Its summary is queued for the share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/shifts_ui.py" line="375"/>
        <source>Share: sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/shifts_ui.py" line="410"/>
        <source>See File &gt; Outbox… for each file and why.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shifts</name>
    <message>
        <location filename="../../agent_desk/ui/shifts_ui.py" line="48"/>
        <source>Available</source>
        <translation>Available</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/shifts_ui.py" line="49"/>
        <source>On a call</source>
        <translation>On a call</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/shifts_ui.py" line="50"/>
        <source>Wrap-up</source>
        <translation>Wrap-up</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/shifts_ui.py" line="51"/>
        <source>On a break</source>
        <translation>On a break</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/shifts_ui.py" line="57"/>
        <source>Meal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/shifts_ui.py" line="58"/>
        <source>Rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/shifts_ui.py" line="59"/>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/shifts_ui.py" line="60"/>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/shifts_ui.py" line="61"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/shifts_ui.py" line="310"/>
        <source>Ringing</source>
        <translation>Ringing</translation>
    </message>
</context>
<context>
    <name>SummaryReport</name>
    <message>
        <location filename="../../agent_desk/ui/summary_render.py" line="26"/>
        <source>Shift summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/summary_render.py" line="27"/>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/summary_render.py" line="28"/>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/summary_render.py" line="29"/>
        <source>Shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/summary_render.py" line="30"/>
        <source>Generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/summary_render.py" line="31"/>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/summary_render.py" line="32"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/summary_render.py" line="33"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/summary_render.py" line="34"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/summary_render.py" line="35"/>
        <source>Online time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/summary_render.py" line="36"/>
        <source>Break time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/summary_render.py" line="37"/>
        <source>Break: meal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/summary_render.py" line="38"/>
        <source>Break: rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/summary_render.py" line="39"/>
        <source>Break: training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/summary_render.py" line="40"/>
        <source>Break: meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/summary_render.py" line="41"/>
        <source>Break: other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/summary_render.py" line="42"/>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/summary_render.py" line="43"/>
        <source>Calls offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/summary_render.py" line="44"/>
        <source>Calls answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/summary_render.py" line="45"/>
        <source>Outbound calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/summary_render.py" line="46"/>
        <source>Abandoned within the rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/summary_render.py" line="47"/>
        <source>Abandoned after the rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/summary_render.py" line="48"/>
        <source>Answered within {rings} rings ({seconds} s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/summary_render.py" line="49"/>
        <source>Average answer delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/summary_render.py" line="50"/>
        <source>Longest answer delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/summary_render.py" line="51"/>
        <source>Average handle time (talk + wrap-up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/summary_render.py" line="52"/>
        <source>Resolved on the call</source>
        <translation>Resolved on the call</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/summary_render.py" line="53"/>
        <source>Satisfaction ({count} rated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/summary_render.py" line="54"/>
        <source>Standard greeting given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/summary_render.py" line="55"/>
        <source>Standard sign-off given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/summary_render.py" line="56"/>
        <source>Calls by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/summary_render.py" line="57"/>
        <source>Inquiry</source>
        <translation>Inquiry</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/summary_render.py" line="58"/>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/summary_render.py" line="59"/>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/summary_render.py" line="60"/>
        <source>Suggestion</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/summary_render.py" line="61"/>
        <source>Repair</source>
        <translation>Repair</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/summary_render.py" line="62"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/summary_render.py" line="63"/>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/summary_render.py" line="64"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/summary_render.py" line="65"/>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/summary_render.py" line="66"/>
        <source>Replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/summary_render.py" line="67"/>
        <source>Replied on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/summary_render.py" line="68"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/summary_render.py" line="69"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/summary_render.py" line="70"/>
        <source>Callbacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/summary_render.py" line="71"/>
        <source>Due in the shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/summary_render.py" line="72"/>
        <source>Done on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/summary_render.py" line="73"/>
        <source>Done late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/summary_render.py" line="74"/>
        <source>Still not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/summary_render.py" line="75"/>
        <source>Knowledge base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/summary_render.py" line="76"/>
        <source>Articles published this month ({month}, as of the shift&apos;s end)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/summary_render.py" line="79"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/summary_render.py" line="80"/>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/summary_render.py" line="82"/>
        <source>{n} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/summary_render.py" line="83"/>
        <source>below target</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../../agent_desk/ui/sync_worker.py" line="31"/>
        <source>No share is set up yet. Ask branch IT, or set it in File &gt; Share settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/sync_worker.py" line="34"/>
        <source>The share {location} cannot be reached. Summaries wait here and are sent later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/sync_worker.py" line="37"/>
        <source>The share refused the user name or password. It is not tried again until the share settings or the password change (File &gt; Share settings…), so the share&apos;s account is not locked out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/sync_worker.py" line="43"/>
        <source>{path} cannot be written to the share ({detail}). It is marked as failed; the other files are still sent. Please tell branch IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/sync_worker.py" line="48"/>
        <source>The share {location} does not accept files (read-only or no permission). Summaries wait here; please tell branch IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/sync_worker.py" line="53"/>
        <source>The share {location} is full. Summaries wait here; please tell branch IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/sync_worker.py" line="56"/>
        <source>A different file already exists on the share at {path}. It was not overwritten; please tell your supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/sync_worker.py" line="61"/>
        <source>This computer&apos;s disk is full. Nothing was lost; free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/sync_worker.py" line="64"/>
        <source>The shift started at {started} is already closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/sync_worker.py" line="65"/>
        <source>Please choose the reason for the break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/sync_worker.py" line="66"/>
        <source>The shift summary could not be checked against its format ({detail}). The shift stays open; please tell branch IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/sync_worker.py" line="83"/>
        <source>Share: synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/sync_worker.py" line="86"/>
        <source>Share offline since {time} ({count} waiting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/sync_worker.py" line="90"/>
        <source>Share refused the user name or password: not retried until it changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/sync_worker.py" line="94"/>
        <source>Share: no password for it can be read on this PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/sync_worker.py" line="99"/>
        <source>Share: not configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/sync_worker.py" line="100"/>
        <source>Share not set up ({count} waiting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/sync_worker.py" line="103"/>
        <source>Share: {count} waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/sync_worker.py" line="112"/>
        <source>{count} waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/sync_worker.py" line="116"/>
        <source>{count} conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/sync_worker.py" line="120"/>
        <source>{count} failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/sync_worker.py" line="166"/>
        <source>Sync stopped on an unexpected problem; details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
