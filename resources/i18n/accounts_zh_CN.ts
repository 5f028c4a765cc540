<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AccountErrors</name>
    <message>
        <location filename="../../agent_desk/ui/account_steps.py" line="33"/>
        <source>The two new passwords differ.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/account_steps.py" line="34"/>
        <source>Choose a password different from the current one.</source>
        <translation>新密码不能与当前密码相同。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/account_steps.py" line="37"/>
        <source>This is the last active administrator. Make another account an administrator first.</source>
        <translation>这是最后一个启用中的管理员账号。请先将另一个账号设为管理员。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/account_steps.py" line="41"/>
        <source>You cannot disable your own account.</source>
        <translation>不能停用自己的账号。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/account_steps.py" line="42"/>
        <source>There is no account {agent_no}.</source>
        <translation>没有工号为 {agent_no} 的账号。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/account_steps.py" line="43"/>
        <source>The first account must be an administrator.</source>
        <translation>第一个账号必须是管理员。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/account_steps.py" line="46"/>
        <source>Only an administrator may manage accounts.</source>
        <translation>只有管理员可以管理账号。</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../agent_desk/ui/account_steps.py" line="70"/>
        <source>Change my password</source>
        <translation>修改我的密码</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/account_steps.py" line="74"/>
        <source>An administrator has set a new password for your account. Choose your own password before you continue.</source>
        <translation>管理员已为您的账号重设了密码。请先设置您自己的新密码，再继续使用。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/account_steps.py" line="78"/>
        <source>Agent {agent_no}: choose a new password.</source>
        <translation>工号 {agent_no}：请设置新密码。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/account_steps.py" line="92"/>
        <source>Current password:</source>
        <translation>当前密码：</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/account_steps.py" line="93"/>
        <source>New password:</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/account_steps.py" line="94"/>
        <source>New password again:</source>
        <translation>再次输入新密码：</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/account_steps.py" line="103"/>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="43"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="44"/>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="45"/>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="114"/>
        <source>Add an account</source>
        <translation>添加账号</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="125"/>
        <source>Agent number:</source>
        <translation>工号：</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="126"/>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="128"/>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="152"/>
        <source>Reset password</source>
        <translation>重设密码</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="155"/>
        <source>New password for {agent_no} {name}. They must choose their own at the next login. A lockout is lifted.</source>
        <translation>为 {agent_no} {name} 设置新密码。该用户下次登录时必须改为自己的密码；账号锁定同时解除。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="164"/>
        <source>New password:</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="129"/>
        <location filename="../../agent_desk/ui/user_admin.py" line="165"/>
        <source>Password again:</source>
        <translation>再次输入密码：</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="180"/>
        <source>Change role</source>
        <translation>更改角色</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="183"/>
        <source>Role of {agent_no} {name}:</source>
        <translation>{agent_no} {name} 的角色：</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="127"/>
        <location filename="../../agent_desk/ui/user_admin.py" line="189"/>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="372"/>
        <source>Change my &amp;password…</source>
        <translation>修改我的密码(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="387"/>
        <source>&amp;Users…</source>
        <translation>用户管理(&amp;U)…</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="211"/>
        <source>Users</source>
        <translation>用户管理</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="216"/>
        <source>Agent number</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="216"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="216"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="216"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="224"/>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="227"/>
        <location filename="../../agent_desk/ui/user_admin.py" line="314"/>
        <source>&amp;Disable</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="230"/>
        <source>&amp;Reset password…</source>
        <translation>重设密码(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="233"/>
        <source>Change r&amp;ole…</source>
        <translation>更改角色(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="241"/>
        <source>Accounts are never deleted: a disabled account cannot log in, and its calls, cases and audit entries keep its name.</source>
        <translation>账号从不删除：停用的账号不能登录，其通话、工单和审计记录仍保留该账号。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="265"/>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="265"/>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="269"/>
        <source>locked until {time}</source>
        <translation>锁定至 {time}</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="274"/>
        <source>must change password</source>
        <translation>须修改密码</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="314"/>
        <source>&amp;Enable</source>
        <translation>启用(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="327"/>
        <source>Account {agent_no} added.</source>
        <translation>已添加账号 {agent_no}。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="341"/>
        <source>{agent_no} can log in again.</source>
        <translation>{agent_no} 可以重新登录了。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="343"/>
        <source>{agent_no} can no longer log in.</source>
        <translation>{agent_no} 已不能登录。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="354"/>
        <source>New password set for {agent_no}; to be changed at the next login.</source>
        <translation>已为 {agent_no} 设置新密码，下次登录时须修改。</translation>
    </message>
</context>
<context>
    <name>WorkModeDialog</name>
    <message>
        <location filename="../../agent_desk/ui/account_steps.py" line="144"/>
        <source>How do you work today?</source>
        <translation>本次登录的工作方式</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/account_steps.py" line="147"/>
        <source>Welcome, {name}. Will you take calls at this desk now?</source>
        <translation>欢迎，{name}。您现在要在本席位接听来电吗？</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/account_steps.py" line="152"/>
        <source>&amp;Supervise only (no call shift is opened)</source>
        <translation>仅做主管工作（不开始接线班次）(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/account_steps.py" line="154"/>
        <source>&amp;Take calls (a call shift is opened and counted)</source>
        <translation>接听来电（开始并统计接线班次）(&amp;T)</translation>
    </message>
</context>
</TS>
