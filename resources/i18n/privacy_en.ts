<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../../agent_desk/ui/privacy_actions.py" line="325"/>
        <source>Erase a customer&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_actions.py" line="334"/>
        <source>Customer {id}: {name}, numbers {numbers}; {calls} calls, {cases} cases, {callbacks} callbacks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_actions.py" line="349"/>
        <source>The name, numbers and notes, and the free text of this person&apos;s calls, cases and callbacks are removed for good. The calls and cases stay, without personal data, so shift summaries and reports stay true. Copies already on the share and in backups are not reached: see PRIVACY.md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_actions.py" line="359"/>
        <source>e.g. deletion request of 2026-12-01, letter no. 7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_actions.py" line="360"/>
        <source>I understand that this cannot be undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_actions.py" line="363"/>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_actions.py" line="370"/>
        <source>&amp;Erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_actions.py" line="410"/>
        <source>Customer {id} was erased: name and notes, {phones} numbers, the free text of {calls} calls, {cases} cases and {callbacks} callbacks, {drafts} drafts; {outbox} files waiting for the share were cleaned.

Kept without personal data: {kept_calls} calls, {kept_cases} cases, {kept_callbacks} callbacks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../agent_desk/ui/privacy_actions.py" line="111"/>
        <source>Import customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_actions.py" line="116"/>
        <source>Importing {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_actions.py" line="120"/>
        <source>While new and changed customers are written, other saves on this desk wait (about 15 seconds for 100,000 new customers; for a known book again, a moment): import a new book when no call is being recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_actions.py" line="127"/>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_actions.py" line="138"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_actions.py" line="138"/>
        <source>Why it was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_actions.py" line="173"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_actions.py" line="186"/>
        <source>Reading the file: {done} rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_actions.py" line="187"/>
        <source>Checking the rows: {done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_actions.py" line="188"/>
        <source>Saving the customers: {done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_actions.py" line="208"/>
        <source>Import finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_actions.py" line="211"/>
        <source>{file}: {rows} rows; added {added}, updated {updated}, unchanged {unchanged}, refused {refused}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_actions.py" line="221"/>
        <location filename="../../agent_desk/ui/privacy_actions.py" line="235"/>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <location filename="../../agent_desk/ui/privacy_text.py" line="15"/>
        <source>The database {path} is missing, although this desk had one. Nothing was created in its place. {backup_hint}</source>
        <translation>The database {path} is missing, although this desk had one. Nothing was created in its place. {backup_hint}</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_text.py" line="20"/>
        <source>The data folder {path} is read-only, so AgentDesk cannot record anything. Nothing was changed; ask branch IT to make the folder writable for this user.</source>
        <translation>The data folder {path} is read-only, so AgentDesk cannot record anything. Nothing was changed; ask branch IT to make the folder writable for this user.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_text.py" line="25"/>
        <source>The database {path} is encrypted and its key was not found (neither in the system keyring nor in {key_file}). Ask branch IT to put the recovery key back with &apos;agent-desk db key import&apos;; nothing was changed.</source>
        <translation>The database {path} is encrypted and its key was not found (neither in the system keyring nor in {key_file}). Ask branch IT to put the recovery key back with &apos;agent-desk db key import&apos;; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_text.py" line="31"/>
        <source>The database {path} cannot be opened with the key found {where}: it belongs to another desk. Ask branch IT to put this desk&apos;s recovery key back with &apos;agent-desk db key import&apos;; nothing was changed.</source>
        <translation>The database {path} cannot be opened with the key found {where}: it belongs to another desk. Ask branch IT to put this desk&apos;s recovery key back with &apos;agent-desk db key import&apos;; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_text.py" line="38"/>
        <source>{path} cannot be imported: only .csv and .xlsx files are. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_text.py" line="41"/>
        <source>{path} cannot be read ({detail}). Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_text.py" line="44"/>
        <source>{path} is not a text file in UTF-8 or GBK (line {line}): is it damaged, or another kind of file named .csv? Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_text.py" line="49"/>
        <source>{path} is not valid CSV at line {line} (a quote is never closed): the file may have been cut short. Nothing was imported; save the book again and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_text.py" line="54"/>
        <source>{path} is not an Excel file that can be read (damaged, cut short, or another kind of file). Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_text.py" line="59"/>
        <source>The sheet in {path} is damaged after row {row}. Nothing was imported; save the book again in Excel or WPS and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_text.py" line="64"/>
        <source>{path} is empty. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_text.py" line="65"/>
        <source>{path} needs a name column and a phone column in its first row (姓名 and 电话, or name and phone). Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_text.py" line="70"/>
        <source>The import was cancelled. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_text.py" line="73"/>
        <source>No customer was found with that number or id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_text.py" line="76"/>
        <source>The number {number} belongs to {count} customers: {choices}. Open the right one on the customer card and ask again from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_text.py" line="81"/>
        <source>{path} already exists. Nothing was written; choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_text.py" line="84"/>
        <source>Please write which request this erasure answers (for the audit log).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_text.py" line="87"/>
        <source>This desk&apos;s database is not encrypted, so there is no key to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_text.py" line="94"/>
        <source>no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_text.py" line="95"/>
        <source>the name is longer than 128 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_text.py" line="96"/>
        <source>no phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_text.py" line="97"/>
        <source>not a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_text.py" line="98"/>
        <source>the VIP level is not 0 to 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_text.py" line="99"/>
        <source>its numbers belong to different customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_text.py" line="100"/>
        <source>the number is in scientific notation (Excel cut its digits; format the column as text and save again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_text.py" line="105"/>
        <source>the number belongs to several customers; change them in the customer window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_text.py" line="108"/>
        <source>the number belongs to a customer with another name; if it is the same person, change the name in the customer window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_text.py" line="113"/>
        <source>the last line is cut short (the file may be incomplete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_actions.py" line="58"/>
        <source>Something went wrong; the details are in the log file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_actions.py" line="244"/>
        <source>Import customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_actions.py" line="246"/>
        <source>Customer books (*.csv *.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_actions.py" line="263"/>
        <location filename="../../agent_desk/ui/privacy_actions.py" line="269"/>
        <location filename="../../agent_desk/ui/privacy_actions.py" line="282"/>
        <location filename="../../agent_desk/ui/privacy_actions.py" line="289"/>
        <location filename="../../agent_desk/ui/privacy_actions.py" line="297"/>
        <source>Export a customer&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_actions.py" line="271"/>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_actions.py" line="290"/>
        <source>{path} cannot be written: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_actions.py" line="298"/>
        <source>Everything stored about {name} was written to {path}: {calls} calls, {cases} cases, {callbacks} callbacks.

The file holds the person&apos;s data unmasked and only this computer user can read it. Hand it over securely, then delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_actions.py" line="473"/>
        <source>Export a customer&apos;s data: find the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_actions.py" line="479"/>
        <source>Erase a customer&apos;s data: find the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_actions.py" line="492"/>
        <location filename="../../agent_desk/ui/privacy_actions.py" line="505"/>
        <source>Erase a customer&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_actions.py" line="527"/>
        <source>&amp;Import customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_actions.py" line="532"/>
        <source>E&amp;xport a customer&apos;s data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_actions.py" line="539"/>
        <source>Erase a customer&apos;s &amp;data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_actions.py" line="548"/>
        <source>Data request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_actions.py" line="550"/>
        <source>Export or erase this customer&apos;s data (a PIPL request)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_actions.py" line="557"/>
        <source>Export this customer&apos;s data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_actions.py" line="565"/>
        <source>Erase this customer&apos;s data…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
