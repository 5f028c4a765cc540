<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Privacy</name>
    <message>
        <location filename="../../agent_desk/ui/privacy_text.py" line="14"/>
        <source>The database {path} is missing, although this desk had one. Nothing was created in its place. {backup_hint}</source>
        <translation>The database {path} is missing, although this desk had one. Nothing was created in its place. {backup_hint}</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_text.py" line="19"/>
        <source>The data folder {path} is read-only, so AgentDesk cannot record anything. Nothing was changed; ask branch IT to make the folder writable for this user.</source>
        <translation>The data folder {path} is read-only, so AgentDesk cannot record anything. Nothing was changed; ask branch IT to make the folder writable for this user.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_text.py" line="24"/>
        <source>The database {path} is encrypted and its key was not found (neither in the system keyring nor in {key_file}). Ask branch IT to put the recovery key back with &apos;agent-desk db key import&apos;; nothing was changed.</source>
        <translation>The database {path} is encrypted and its key was not found (neither in the system keyring nor in {key_file}). Ask branch IT to put the recovery key back with &apos;agent-desk db key import&apos;; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_text.py" line="30"/>
        <source>The database {path} cannot be opened with the key found {where}: it belongs to another desk. Ask branch IT to put this desk&apos;s recovery key back with &apos;agent-desk db key import&apos;; nothing was changed.</source>
        <translation>The database {path} cannot be opened with the key found {where}: it belongs to another desk. Ask branch IT to put this desk&apos;s recovery key back with &apos;agent-desk db key import&apos;; nothing was changed.</translation>
    </message>
</context>
</TS>
