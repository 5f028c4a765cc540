<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AgentStatusBar</name>
    <message>
        <location filename="../../agent_desk/ui/status_bar.py" line="41"/>
        <source>Not logged in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/status_bar.py" line="44"/>
        <source>Agent {agent_no} {name}</source>
        <translation>工号 {agent_no} {name}</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/status_bar.py" line="57"/>
        <source>No shift</source>
        <translation>未开班</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/status_bar.py" line="60"/>
        <source>Shift {elapsed}</source>
        <translation>本班 {elapsed}</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../agent_desk/ui/app.py" line="58"/>
        <source>AgentDesk cannot start</source>
        <translation>AgentDesk 无法启动</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/app.py" line="77"/>
        <source>Restore the newest backup now?</source>
        <translation>现在恢复最新的备份吗？</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/app.py" line="90"/>
        <source>Backup restored</source>
        <translation>备份已恢复</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/app.py" line="99"/>
        <source>The damaged database could not be read, so erasures made after this backup was taken cannot be checked. An administrator must erase again everyone the register of erasures (PRIVACY.md section 6) lists as erased since then.</source>
        <translation>损坏的数据库无法读取，因此无法核对此备份之后所做的删除。管理员必须按删除登记（PRIVACY.md 第 6 节）再次删除此后登记为已删除的每一个人。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/app.py" line="108"/>
        <source>public id {id}, erased {at} UTC</source>
        <translation>公开 ID {id}，删除于 {at} UTC</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/app.py" line="114"/>
        <source>People erased after this backup was taken are back in the restored data. An administrator must erase each of them again: agent-desk customer erase --id PUBLIC_ID --reason &quot;… again after restore&quot; --yes --as ADMIN</source>
        <translation>此备份之后已删除的人员又出现在恢复的数据中。管理员必须逐一再次删除：agent-desk customer erase --id PUBLIC_ID --reason &quot;… again after restore&quot; --yes --as ADMIN</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/app.py" line="160"/>
        <source>The database could not be opened because of an unexpected problem. Nothing was changed. The details are in the log file for branch IT.</source>
        <translation>由于意外问题，数据库无法打开，未做任何更改。详细信息已写入日志文件，供网点 IT 查看。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/app.py" line="208"/>
        <source>Something went wrong</source>
        <translation>出现了问题</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/app.py" line="209"/>
        <source>AgentDesk met an unexpected problem. What you saved is safe. The details are in the log file for branch IT.</source>
        <translation>AgentDesk 遇到了意外问题。您已保存的内容是安全的，详细信息已写入日志文件，供网点 IT 查看。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/app.py" line="264"/>
        <source>AgentDesk is already running for this profile.</source>
        <translation>AgentDesk 已在运行（同一配置）。</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../agent_desk/ui/error_text.py" line="16"/>
        <source>Wrong agent number or password.</source>
        <translation>工号或密码错误。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/error_text.py" line="17"/>
        <source>Too many wrong passwords. The account is locked until {until}.</source>
        <translation>密码错误次数过多，账号已锁定至 {until}。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/error_text.py" line="20"/>
        <source>The database {path} is on a network drive ({fstype}). It can only be kept safe on a local disk; ask branch IT to choose a local profile folder.</source>
        <translation>数据库 {path} 位于网络驱动器（{fstype}）上，只有放在本地磁盘才能保证数据安全；请联系网点 IT 选择本地配置目录。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/error_text.py" line="25"/>
        <source>The database {path} is damaged ({detail}). {backup_hint}</source>
        <translation>数据库 {path} 已损坏（{detail}）。{backup_hint}</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/error_text.py" line="28"/>
        <source>The branch settings are invalid: {detail}</source>
        <translation>网点设置无效：{detail}</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/error_text.py" line="29"/>
        <source>The settings file {file} cannot be read ({problem}). Branch IT must make it readable for every user of this computer.</source>
        <translation>无法读取设置文件 {file}（{problem}）。请网点 IT 将其设为本机所有用户可读。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/error_text.py" line="34"/>
        <source>Branch IT set this for every user of this computer ({path}); ask branch IT to change it.</source>
        <translation>此设置已由网点 IT 为本机所有用户统一设置（{path}），如需更改请联系网点 IT。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/error_text.py" line="38"/>
        <source>An agent number is 1 to 16 digits 0-9 (no letters, spaces or full-width digits).</source>
        <translation>工号为 1 至 16 位数字 0-9（不能含字母、空格或全角数字）。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/error_text.py" line="41"/>
        <source>Agent number {agent_no} already exists.</source>
        <translation>工号 {agent_no} 已存在。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/error_text.py" line="42"/>
        <source>Please enter a name.</source>
        <translation>请输入姓名。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/error_text.py" line="43"/>
        <source>A name cannot hold tabs, line breaks or other invisible characters.</source>
        <translation>姓名中不能含有制表符、换行符或其他不可见字符。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/error_text.py" line="46"/>
        <source>Unknown role.</source>
        <translation>未知角色。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/error_text.py" line="47"/>
        <source>A password needs at least {minimum} characters.</source>
        <translation>密码至少需要 {minimum} 个字符。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/error_text.py" line="50"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/error_text.py" line="51"/>
        <source>You do not have permission to do this.</source>
        <translation>您没有执行此操作的权限。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/error_text.py" line="52"/>
        <source>This computer&apos;s disk is full, so nothing was saved. What you typed is still here; free some disk space (or tell branch IT) and save again.</source>
        <translation>本机磁盘已满，本次未保存任何内容。您填写的内容仍在；请清理磁盘空间（或联系网点IT）后再保存。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/error_text.py" line="57"/>
        <source>A password does not belong in the share location: it would be written to the settings file. Remove it from the location and type it in the Password field.</source>
        <translation>共享位置中不能包含密码，否则密码会被写入设置文件。请从位置中删除密码，并在“密码”栏中输入。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/error_text.py" line="62"/>
        <source>{key} is a secret and does not belong in the settings file. The share password is kept in the system&apos;s password store: an administrator enters it in File &gt; Share settings…. Remove the line from the file.</source>
        <translation>{key} 是保密信息，不能写在设置文件中。共享目录密码保存在系统的密码库中：由管理员在“文件 &gt; 共享目录设置…”中填写。请从文件中删除这一行。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/error_text.py" line="68"/>
        <source>No password store works on this PC, so the share password cannot be kept; use a mounted share or a folder path (see README). The settings were not changed.</source>
        <translation>这台电脑上没有可用的密码库，无法保存共享目录的密码；请使用已挂载的共享目录或文件夹路径（见 README）。设置未更改。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/error_text.py" line="73"/>
        <source>The system&apos;s password store did not keep the share password ({detail}); the share settings were not changed.</source>
        <translation>系统的密码库未能保存共享目录的密码（{detail}）；共享目录设置未更改。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/error_text.py" line="78"/>
        <source>The password of the share {location} cannot be read: no password store works on this PC. Mount the share and use its folder path, or ask branch IT to set up a password store (see README).</source>
        <translation>无法读取共享目录 {location} 的密码：这台电脑上没有可用的密码库。请挂载该共享目录并使用其文件夹路径，或请网点IT设置密码库（见 README）。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/error_text.py" line="84"/>
        <source>No password of user {username} for the share {location} is stored on this PC; an administrator types it in File &gt; Share settings….</source>
        <translation>这台电脑上没有保存用户 {username} 访问共享目录 {location} 的密码；请管理员在“文件 &gt; 共享目录设置…”中输入。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/error_text.py" line="89"/>
        <source>{key} is not a setting AgentDesk knows. Check its spelling or remove it.</source>
        <translation>{key} 不是 AgentDesk 认识的设置项。请检查拼写或删除它。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/error_text.py" line="92"/>
        <source>{key} must be at least {minimum} and at most {maximum}.</source>
        <translation>{key} 必须不小于 {minimum}、不大于 {maximum}。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/error_text.py" line="95"/>
        <source>{key} must be at least {minimum}.</source>
        <translation>{key} 必须不小于 {minimum}。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/error_text.py" line="96"/>
        <source>{key} has a value of the wrong kind (for example text where a number belongs).</source>
        <translation>{key} 的值类型不对（例如应填数字的地方填了文字）。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/error_text.py" line="99"/>
        <source>{key} must be a number (not nan or inf).</source>
        <translation>{key} 必须是一个有效数字（不能是 nan 或 inf）。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/error_text.py" line="100"/>
        <source>{key} cannot hold tabs, line breaks or other invisible characters.</source>
        <translation>{key} 中不能含有制表符、换行符或其他不可见字符。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/error_text.py" line="103"/>
        <source>{key} must be one of: {choices}.</source>
        <translation>{key} 只能取以下值之一：{choices}。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/error_text.py" line="104"/>
        <source>{key} is written as one quoted key with a dot in it, which is not that setting. Write the part before the last dot as a [table] and the rest as the key.</source>
        <translation>{key} 被写成了一个带点号的加引号键名，这不是该设置项。请把最后一个点号之前的部分写成 [表]，其余部分写成键名。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/error_text.py" line="109"/>
        <source>This account is disabled. Ask an administrator to enable it.</source>
        <translation>该账号已停用。请联系管理员启用。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/error_text.py" line="112"/>
        <source>Choose a password different from the old one.</source>
        <translation>新密码不能与原密码相同。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/error_text.py" line="113"/>
        <source>This desk is already set up; an administrator adds the accounts.</source>
        <translation>本席位已经设置完成；账号由管理员添加。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/error_text.py" line="116"/>
        <source>The database is busy with another program, so nothing was saved. What you typed is still here; save again in a moment.</source>
        <translation>数据库正被其他程序占用，本次未保存任何内容。您填写的内容仍在；请稍后再保存。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/error_text.py" line="136"/>
        <source>In {file}, line {line}:</source>
        <translation>设置文件 {file} 第 {line} 行：</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/error_text.py" line="83"/>
        <source>{key} must be an absolute path (such as /srv/agentdesk/keys/desk.key): a relative one depends on the folder AgentDesk is started from.</source>
        <translation>{key} 必须是绝对路径（例如 /srv/agentdesk/keys/desk.key）：相对路径取决于启动 AgentDesk 时所在的文件夹。</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../agent_desk/ui/account_dialogs.py" line="154"/>
        <source>Log in to AgentDesk</source>
        <translation>登录 AgentDesk</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/account_dialogs.py" line="155"/>
        <source>Enter your agent number and password.</source>
        <translation>请输入您的工号和密码。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/account_dialogs.py" line="157"/>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/account_dialogs.py" line="163"/>
        <source>Agent number:</source>
        <translation>工号：</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/account_dialogs.py" line="164"/>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../agent_desk/ui/main_window.py" line="121"/>
        <source>AgentDesk</source>
        <translation>AgentDesk 客服工作台</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/main_window.py" line="172"/>
        <source>Waiting for calls. Press F2 when the desk phone rings.</source>
        <translation>等待来电。座机响铃时请按 F2。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/main_window.py" line="184"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/main_window.py" line="185"/>
        <source>The caller&apos;s details appear here when a call rings.</source>
        <translation>来电响铃时在此显示来电客户信息。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/main_window.py" line="190"/>
        <source>Call record</source>
        <translation>来电记录</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/main_window.py" line="190"/>
        <source>Answer a call to start its record.</source>
        <translation>接听来电后开始记录。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/main_window.py" line="196"/>
        <source>Scripts</source>
        <translation>话术</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/main_window.py" line="197"/>
        <source>Greeting, prompts and sign-off for the call.</source>
        <translation>本次通话的开场白、提示语和结束语。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/main_window.py" line="207"/>
        <source>My follow-ups</source>
        <translation>我的跟进</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/main_window.py" line="208"/>
        <source>Cases and callbacks by nearest deadline.</source>
        <translation>按最近期限排列的工单和回访。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/main_window.py" line="238"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/main_window.py" line="239"/>
        <source>&amp;Call</source>
        <translation>通话(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/main_window.py" line="240"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/main_window.py" line="241"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/main_window.py" line="243"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/main_window.py" line="245"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/main_window.py" line="252"/>
        <source>&amp;About AgentDesk</source>
        <translation>关于 AgentDesk(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/main_window.py" line="259"/>
        <source>About AgentDesk</source>
        <translation>关于 AgentDesk</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/main_window.py" line="260"/>
        <source>AgentDesk {version}
A workstation for call-center agents.</source>
        <translation>AgentDesk {version}
呼叫中心客服工作台。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/main_window.py" line="273"/>
        <source>Share: {location}</source>
        <translation>共享目录：{location}</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/main_window.py" line="275"/>
        <source>Share: not configured</source>
        <translation>共享目录：未配置</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../agent_desk/ui/settings_dialog.py" line="22"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings_dialog.py" line="26"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings_dialog.py" line="31"/>
        <source>A new language is used from the next start of AgentDesk.</source>
        <translation>新的语言将在下次启动 AgentDesk 时生效。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings_dialog.py" line="34"/>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../agent_desk/ui/account_dialogs.py" line="111"/>
        <source>Set up AgentDesk</source>
        <translation>初始化 AgentDesk</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/account_dialogs.py" line="114"/>
        <source>Welcome. Create the administrator account for this desk. The administrator can add agents and supervisors.</source>
        <translation>欢迎使用。请为本席位创建管理员账号，管理员可以添加坐席和主管。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/account_dialogs.py" line="128"/>
        <source>Agent number:</source>
        <translation>工号：</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/account_dialogs.py" line="129"/>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/account_dialogs.py" line="130"/>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/account_dialogs.py" line="131"/>
        <source>Password again:</source>
        <translation>再次输入密码：</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/account_dialogs.py" line="133"/>
        <source>Create administrator</source>
        <translation>创建管理员</translation>
    </message>
</context>
<context>
    <name>_AccountDialog</name>
    <message>
        <location filename="../../agent_desk/ui/account_dialogs.py" line="87"/>
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
</context>
</TS>
