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
</context>
<context>
    <name>Users</name>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="43"/>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="44"/>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="45"/>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="114"/>
        <source>Add an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="125"/>
        <source>Agent number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="126"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="128"/>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="152"/>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="155"/>
        <source>New password for {agent_no} {name}. They must choose their own at the next login. A lockout is lifted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="164"/>
        <source>New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="129"/>
        <location filename="../../agent_desk/ui/user_admin.py" line="165"/>
        <source>Password again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="180"/>
        <source>Change role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="183"/>
        <source>Role of {agent_no} {name}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="127"/>
        <location filename="../../agent_desk/ui/user_admin.py" line="189"/>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="372"/>
        <source>Change my &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="387"/>
        <source>&amp;Users…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="211"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="216"/>
        <source>Agent number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="216"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="216"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="216"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="224"/>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="227"/>
        <location filename="../../agent_desk/ui/user_admin.py" line="314"/>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="230"/>
        <source>&amp;Reset password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="233"/>
        <source>Change r&amp;ole…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="241"/>
        <source>Accounts are never deleted: a disabled account cannot log in, and its calls, cases and audit entries keep its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="265"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="265"/>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="269"/>
        <source>locked until {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="274"/>
        <source>must change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="314"/>
        <source>&amp;Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="327"/>
        <source>Account {agent_no} added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="341"/>
        <source>{agent_no} can log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="343"/>
        <source>{agent_no} can no longer log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="354"/>
        <source>New password set for {agent_no}; to be changed at the next login.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkModeDialog</name>
    <message>
        <location filename="../../agent_desk/ui/account_steps.py" line="144"/>
        <source>How do you work today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/account_steps.py" line="147"/>
        <source>Welcome, {name}. Will you take calls at this desk now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/account_steps.py" line="152"/>
        <source>&amp;Supervise only (no call shift is opened)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/account_steps.py" line="154"/>
        <source>&amp;Take calls (a call shift is opened and counted)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
