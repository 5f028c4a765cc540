<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AgentStatusBar</name>
    <message>
        <location filename="../../agent_desk/ui/status_bar.py" line="41"/>
        <source>Not logged in</source>
        <translation>Not logged in</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/status_bar.py" line="44"/>
        <source>Agent {agent_no} {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/status_bar.py" line="57"/>
        <source>No shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/status_bar.py" line="60"/>
        <source>Shift {elapsed}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../agent_desk/ui/app.py" line="58"/>
        <source>AgentDesk cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/app.py" line="77"/>
        <source>Restore the newest backup now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/app.py" line="90"/>
        <source>Backup restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/app.py" line="99"/>
        <source>The damaged database could not be read, so erasures made after this backup was taken cannot be checked. An administrator must erase again everyone the register of erasures (PRIVACY.md section 6) lists as erased since then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/app.py" line="108"/>
        <source>public id {id}, erased {at} UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/app.py" line="114"/>
        <source>People erased after this backup was taken are back in the restored data. An administrator must erase each of them again: agent-desk customer erase --id PUBLIC_ID --reason &quot;… again after restore&quot; --yes --as ADMIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/app.py" line="160"/>
        <source>The database could not be opened because of an unexpected problem. Nothing was changed. The details are in the log file for branch IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/app.py" line="208"/>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/app.py" line="209"/>
        <source>AgentDesk met an unexpected problem. What you saved is safe. The details are in the log file for branch IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/app.py" line="264"/>
        <source>AgentDesk is already running for this profile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../agent_desk/ui/error_text.py" line="16"/>
        <source>Wrong agent number or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/error_text.py" line="17"/>
        <source>Too many wrong passwords. The account is locked until {until}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/error_text.py" line="20"/>
        <source>The database {path} is on a network drive ({fstype}). It can only be kept safe on a local disk; ask branch IT to choose a local profile folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/error_text.py" line="25"/>
        <source>The database {path} is damaged ({detail}). {backup_hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/error_text.py" line="28"/>
        <source>The branch settings are invalid: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/error_text.py" line="29"/>
        <source>The settings file {file} cannot be read ({problem}). Branch IT must make it readable for every user of this computer.</source>
        <translation>The settings file {file} cannot be read ({problem}). Branch IT must make it readable for every user of this computer.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/error_text.py" line="34"/>
        <source>Branch IT set this for every user of this computer ({path}); ask branch IT to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/error_text.py" line="38"/>
        <source>An agent number is 1 to 16 digits 0-9 (no letters, spaces or full-width digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/error_text.py" line="41"/>
        <source>Agent number {agent_no} already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/error_text.py" line="42"/>
        <source>Please enter a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/error_text.py" line="43"/>
        <source>A name cannot hold tabs, line breaks or other invisible characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/error_text.py" line="46"/>
        <source>Unknown role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/error_text.py" line="47"/>
        <source>A password needs at least {minimum} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/error_text.py" line="50"/>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/error_text.py" line="51"/>
        <source>You do not have permission to do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/error_text.py" line="52"/>
        <source>This computer&apos;s disk is full, so nothing was saved. What you typed is still here; free some disk space (or tell branch IT) and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/error_text.py" line="57"/>
        <source>A password does not belong in the share location: it would be written to the settings file. Remove it from the location and type it in the Password field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/error_text.py" line="62"/>
        <source>{key} is a secret and does not belong in the settings file. The share password is kept in the system&apos;s password store: an administrator enters it in File &gt; Share settings…. Remove the line from the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/error_text.py" line="68"/>
        <source>No password store works on this PC, so the share password cannot be kept; use a mounted share or a folder path (see README). The settings were not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/error_text.py" line="73"/>
        <source>The system&apos;s password store did not keep the share password ({detail}); the share settings were not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/error_text.py" line="78"/>
        <source>The password of the share {location} cannot be read: no password store works on this PC. Mount the share and use its folder path, or ask branch IT to set up a password store (see README).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/error_text.py" line="84"/>
        <source>No password of user {username} for the share {location} is stored on this PC; an administrator types it in File &gt; Share settings….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/error_text.py" line="89"/>
        <source>{key} is not a setting AgentDesk knows. Check its spelling or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/error_text.py" line="92"/>
        <source>{key} must be at least {minimum} and at most {maximum}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/error_text.py" line="95"/>
        <source>{key} must be at least {minimum}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/error_text.py" line="96"/>
        <source>{key} has a value of the wrong kind (for example text where a number belongs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/error_text.py" line="99"/>
        <source>{key} must be a number (not nan or inf).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/error_text.py" line="100"/>
        <source>{key} cannot hold tabs, line breaks or other invisible characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/error_text.py" line="103"/>
        <source>{key} must be one of: {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/error_text.py" line="104"/>
        <source>{key} is written as one quoted key with a dot in it, which is not that setting. Write the part before the last dot as a [table] and the rest as the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/error_text.py" line="109"/>
        <source>This account is disabled. Ask an administrator to enable it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/error_text.py" line="112"/>
        <source>Choose a password different from the old one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/error_text.py" line="113"/>
        <source>This desk is already set up; an administrator adds the accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/error_text.py" line="116"/>
        <source>The database is busy with another program, so nothing was saved. What you typed is still here; save again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/error_text.py" line="136"/>
        <source>In {file}, line {line}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/error_text.py" line="83"/>
        <source>{key} must be an absolute path (such as /srv/agentdesk/keys/desk.key): a relative one depends on the folder AgentDesk is started from.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../agent_desk/ui/account_dialogs.py" line="154"/>
        <source>Log in to AgentDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/account_dialogs.py" line="155"/>
        <source>Enter your agent number and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/account_dialogs.py" line="157"/>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/account_dialogs.py" line="163"/>
        <source>Agent number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/account_dialogs.py" line="164"/>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../agent_desk/ui/main_window.py" line="121"/>
        <source>AgentDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/main_window.py" line="172"/>
        <source>Waiting for calls. Press F2 when the desk phone rings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/main_window.py" line="184"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/main_window.py" line="185"/>
        <source>The caller&apos;s details appear here when a call rings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/main_window.py" line="190"/>
        <source>Call record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/main_window.py" line="190"/>
        <source>Answer a call to start its record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/main_window.py" line="196"/>
        <source>Scripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/main_window.py" line="197"/>
        <source>Greeting, prompts and sign-off for the call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/main_window.py" line="207"/>
        <source>My follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/main_window.py" line="208"/>
        <source>Cases and callbacks by nearest deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/main_window.py" line="238"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/main_window.py" line="239"/>
        <source>&amp;Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/main_window.py" line="240"/>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/main_window.py" line="241"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/main_window.py" line="243"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/main_window.py" line="245"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/main_window.py" line="252"/>
        <source>&amp;About AgentDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/main_window.py" line="259"/>
        <source>About AgentDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/main_window.py" line="260"/>
        <source>AgentDesk {version}
A workstation for call-center agents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/main_window.py" line="273"/>
        <source>Share: {location}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/main_window.py" line="275"/>
        <source>Share: not configured</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../agent_desk/ui/settings_dialog.py" line="22"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings_dialog.py" line="26"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings_dialog.py" line="31"/>
        <source>A new language is used from the next start of AgentDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings_dialog.py" line="34"/>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../agent_desk/ui/account_dialogs.py" line="111"/>
        <source>Set up AgentDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/account_dialogs.py" line="114"/>
        <source>Welcome. Create the administrator account for this desk. The administrator can add agents and supervisors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/account_dialogs.py" line="128"/>
        <source>Agent number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/account_dialogs.py" line="129"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/account_dialogs.py" line="130"/>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/account_dialogs.py" line="131"/>
        <source>Password again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/account_dialogs.py" line="133"/>
        <source>Create administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_AccountDialog</name>
    <message>
        <location filename="../../agent_desk/ui/account_dialogs.py" line="87"/>
        <source>Opening the database…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
