<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Privacy</name>
    <message>
        <location filename="../../agent_desk/ui/privacy_text.py" line="14"/>
        <source>The database {path} is missing, although this desk had one. Nothing was created in its place. {backup_hint}</source>
        <translation>数据库 {path} 不见了，但这台工作台原本有数据库。没有在原处新建任何文件。{backup_hint}</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_text.py" line="19"/>
        <source>The data folder {path} is read-only, so AgentDesk cannot record anything. Nothing was changed; ask branch IT to make the folder writable for this user.</source>
        <translation>数据文件夹 {path} 是只读的，AgentDesk 无法记录任何内容。没有改动任何数据；请分支机构 IT 为此用户开放该文件夹的写权限。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_text.py" line="24"/>
        <source>The database {path} is encrypted and its key was not found (neither in the system keyring nor in {key_file}). Ask branch IT to put the recovery key back with &apos;agent-desk db key import&apos;; nothing was changed.</source>
        <translation>数据库 {path} 已加密，但找不到它的密钥（系统密钥环和 {key_file} 中都没有）。请分支机构 IT 用 &apos;agent-desk db key import&apos; 放回恢复密钥；没有改动任何数据。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_text.py" line="30"/>
        <source>The database {path} cannot be opened with the key found {where}: it belongs to another desk. Ask branch IT to put this desk&apos;s recovery key back with &apos;agent-desk db key import&apos;; nothing was changed.</source>
        <translation>数据库 {path} 无法用{where}中的密钥打开：该密钥属于另一台工作台。请分支机构 IT 用 &apos;agent-desk db key import&apos; 放回本工作台的恢复密钥；没有改动任何数据。</translation>
    </message>
</context>
</TS>
