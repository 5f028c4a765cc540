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
    <message>
        <location filename="../../agent_desk/ui/account_steps.py" line="134"/>
        <source>That is not your current password.</source>
        <translation>当前密码不正确。</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../../agent_desk/ui/session_lock.py" line="98"/>
        <source>AgentDesk is locked</source>
        <translation>AgentDesk 已锁定</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/session_lock.py" line="104"/>
        <source>The desk was locked after {minutes} minutes without use. {agent_no} {name}: type your password to go on, or log out to let someone else log in.</source>
        <translation>本机 {minutes} 分钟无人操作，已锁定。{agent_no} {name}：请输入密码继续，或退出登录让其他人登录。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/session_lock.py" line="109"/>
        <source>The desk is locked. {agent_no} {name}: type your password to go on, or log out to let someone else log in.</source>
        <translation>本机已锁定。{agent_no} {name}：请输入密码继续，或退出登录让其他人登录。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/session_lock.py" line="116"/>
        <source>A call is ringing: type your password to answer it (F3 or Enter after).</source>
        <translation>有来电正在振铃：请先输入密码解锁，再按 F3 或回车接听。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/session_lock.py" line="126"/>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/session_lock.py" line="134"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/session_lock.py" line="138"/>
        <source>Log out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/session_lock.py" line="171"/>
        <source>That is not the password of {agent_no}.</source>
        <translation>这不是工号 {agent_no} 的密码。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/session_lock.py" line="186"/>
        <source>A call is not finished: its record must be saved first. Unlock to finish it.</source>
        <translation>还有通话未完成，须先保存通话记录。请解锁后完成。</translation>
    </message>
</context>
<context>
    <name>SessionGuard</name>
    <message>
        <location filename="../../agent_desk/ui/session_lock.py" line="226"/>
        <source>&amp;Lock the desk</source>
        <translation>锁定本机(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/session_lock.py" line="230"/>
        <source>Log &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/session_lock.py" line="296"/>
        <source>Log out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/session_lock.py" line="297"/>
        <source>Please finish the current call and save its record first.</source>
        <translation>请先结束当前通话并保存通话记录。</translation>
    </message>
</context>
<context>
    <name>SessionLock</name>
    <message>
        <location filename="../../agent_desk/ui/session_lock.py" line="73"/>
        <source>AgentDesk is locked.</source>
        <translation>AgentDesk 已锁定。</translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="44"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="45"/>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="46"/>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="123"/>
        <source>Add an account</source>
        <translation>添加账号</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="126"/>
        <source>Agent numbers are 1 to 16 digits 0-9. Give the new colleague this first password: they choose their own at their first login.</source>
        <translation>工号为 1 至 16 位数字（0-9）。请把这个初始密码告诉新同事：其首次登录时须自行设置新密码。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="142"/>
        <source>Agent number:</source>
        <translation>工号：</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="143"/>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="145"/>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="169"/>
        <source>Reset password</source>
        <translation>重设密码</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="172"/>
        <source>New password for {agent_no} {name}. They must choose their own at the next login. A lockout is lifted.</source>
        <translation>为 {agent_no} {name} 设置新密码。该用户下次登录时必须改为自己的密码；账号锁定同时解除。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="181"/>
        <source>New password:</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="146"/>
        <location filename="../../agent_desk/ui/user_admin.py" line="182"/>
        <source>Password again:</source>
        <translation>再次输入密码：</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="197"/>
        <source>Change role</source>
        <translation>更改角色</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="200"/>
        <source>Role of {agent_no} {name}:</source>
        <translation>{agent_no} {name} 的角色：</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="144"/>
        <location filename="../../agent_desk/ui/user_admin.py" line="206"/>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="396"/>
        <source>Change my &amp;password…</source>
        <translation>修改我的密码(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="403"/>
        <source>Your password was changed.</source>
        <translation>您的密码已修改。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="415"/>
        <source>&amp;Users…</source>
        <translation>用户管理(&amp;U)…</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="228"/>
        <source>Users</source>
        <translation>用户管理</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="233"/>
        <source>Agent number</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="233"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="233"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="233"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="241"/>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="244"/>
        <location filename="../../agent_desk/ui/user_admin.py" line="331"/>
        <source>&amp;Disable</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="247"/>
        <source>&amp;Reset password…</source>
        <translation>重设密码(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="250"/>
        <source>Change r&amp;ole…</source>
        <translation>更改角色(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="258"/>
        <source>Accounts are never deleted: a disabled account cannot log in, and its calls, cases and audit entries keep its name.</source>
        <translation>账号从不删除：停用的账号不能登录，其通话、工单和审计记录仍保留该账号。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="282"/>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="282"/>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="286"/>
        <source>locked until {time}</source>
        <translation>锁定至 {time}</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="291"/>
        <source>must change password</source>
        <translation>须修改密码</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="331"/>
        <source>&amp;Enable</source>
        <translation>启用(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="344"/>
        <source>Account {agent_no} added.</source>
        <translation>已添加账号 {agent_no}。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="358"/>
        <source>{agent_no} can log in again.</source>
        <translation>{agent_no} 可以重新登录了。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="360"/>
        <source>{agent_no} can no longer log in.</source>
        <translation>{agent_no} 已不能登录。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="371"/>
        <source>New password set for {agent_no}; to be changed at the next login.</source>
        <translation>已为 {agent_no} 设置新密码，下次登录时须修改。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/user_admin.py" line="385"/>
        <source>{agent_no} {name} is now {role}.</source>
        <translation>{agent_no} {name} 的角色已改为{role}。</translation>
    </message>
</context>
<context>
    <name>WorkModeDialog</name>
    <message>
        <location filename="../../agent_desk/ui/account_steps.py" line="147"/>
        <source>How do you work today?</source>
        <translation>本次登录的工作方式</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/account_steps.py" line="150"/>
        <source>Welcome, {name}. Will you take calls at this desk now?</source>
        <translation>欢迎，{name}。您现在要在本席位接听来电吗？</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/account_steps.py" line="155"/>
        <source>&amp;Supervise only (no call shift is opened)</source>
        <translation>仅做主管工作（不开始接线班次）(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/account_steps.py" line="157"/>
        <source>&amp;Take calls (a call shift is opened and counted)</source>
        <translation>接听来电（开始并统计接线班次）(&amp;T)</translation>
    </message>
</context>
</TS>
