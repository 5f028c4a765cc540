<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccountErrors</name>
    <message>
        <location filename="../../agent_desk/ui/account_steps.py" line="33"/>
        <source>The two new passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/account_steps.py" line="34"/>
        <source>Choose a password different from the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/account_steps.py" line="37"/>
        <source>This is the last active administrator. Make another account an administrator first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/account_steps.py" line="41"/>
        <source>You cannot disable your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/account_steps.py" line="42"/>
        <source>There is no account {agent_no}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/account_steps.py" line="43"/>
        <source>The first account must be an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/account_steps.py" line="46"/>
        <source>Only an administrator may manage accounts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../agent_desk/ui/account_steps.py" line="70"/>
        <source>Change my password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/account_steps.py" line="74"/>
        <source>An administrator has set a new password for your account. Choose your own password before you continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/account_steps.py" line="78"/>
        <source>Agent {agent_no}: choose a new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/account_steps.py" line="92"/>
        <source>Current password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/account_steps.py" line="93"/>
        <source>New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/account_steps.py" line="94"/>
        <source>New password again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/account_steps.py" line="103"/>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/account_steps.py" line="134"/>
        <source>That is not your current password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../../agent_desk/ui/session_lock.py" line="98"/>
        <source>AgentDesk is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/session_lock.py" line="104"/>
        <source>The desk was locked after {minutes} minutes without use. {agent_no} {name}: type your password to go on, or log out to let someone else log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/session_lock.py" line="109"/>
        <source>The desk is locked. {agent_no} {name}: type your password to go on, or log out to let someone else log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/session_lock.py" line="116"/>
        <source>A call is ringing: type your password to answer it (F3 or Enter after).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/session_lock.py" line="126"/>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/session_lock.py" line="134"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/session_lock.py" line="138"/>
        <source>Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/session_lock.py" line="171"/>
        <source>That is not the password of {agent_no}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/session_lock.py" line="186"/>
        <source>A call is not finished: its record must be saved first. Unlock to finish it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionGuard</name>
    <message>
        <location filename="../../agent_desk/ui/session_lock.py" line="226"/>
        <source>&amp;Lock the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/session_lock.py" line="230"/>
        <source>Log &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/session_lock.py" line="296"/>
        <source>Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/session_lock.py" line="297"/>
        <source>Please finish the current call and save its record first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionLock</name>
    <message>
        <location filename="../../agent_desk/ui/session_lock.py" line="73"/>
        <source>AgentDesk is locked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="44"/>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="45"/>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="46"/>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="123"/>
        <source>Add an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="126"/>
        <source>Agent numbers are 1 to 16 digits 0-9. Give the new colleague this first password: they choose their own at their first login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="142"/>
        <source>Agent number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="143"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="145"/>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="169"/>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="172"/>
        <source>New password for {agent_no} {name}. They must choose their own at the next login. A lockout is lifted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="181"/>
        <source>New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="146"/>
        <location filename="../../agent_desk/ui/user_admin.py" line="182"/>
        <source>Password again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="197"/>
        <source>Change role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="200"/>
        <source>Role of {agent_no} {name}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="144"/>
        <location filename="../../agent_desk/ui/user_admin.py" line="206"/>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="396"/>
        <source>Change my &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="403"/>
        <source>Your password was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="415"/>
        <source>&amp;Users…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="228"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="233"/>
        <source>Agent number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="233"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="233"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="233"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="241"/>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="244"/>
        <location filename="../../agent_desk/ui/user_admin.py" line="331"/>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="247"/>
        <source>&amp;Reset password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="250"/>
        <source>Change r&amp;ole…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="258"/>
        <source>Accounts are never deleted: a disabled account cannot log in, and its calls, cases and audit entries keep its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="282"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="282"/>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="286"/>
        <source>locked until {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="291"/>
        <source>must change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="331"/>
        <source>&amp;Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="344"/>
        <source>Account {agent_no} added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="358"/>
        <source>{agent_no} can log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="360"/>
        <source>{agent_no} can no longer log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="371"/>
        <source>New password set for {agent_no}; to be changed at the next login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="385"/>
        <source>{agent_no} {name} is now {role}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkModeDialog</name>
    <message>
        <location filename="../../agent_desk/ui/account_steps.py" line="147"/>
        <source>How do you work today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/account_steps.py" line="150"/>
        <source>Welcome, {name}. Will you take calls at this desk now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/account_steps.py" line="155"/>
        <source>&amp;Supervise only (no call shift is opened)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/account_steps.py" line="157"/>
        <source>&amp;Take calls (a call shift is opened and counted)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
