<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../../agent_desk/ui/privacy_actions.py" line="325"/>
        <source>Erase a customer&apos;s data</source>
        <translation>删除客户数据</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_actions.py" line="334"/>
        <source>Customer {id}: {name}, numbers {numbers}; {calls} calls, {cases} cases, {callbacks} callbacks.</source>
        <translation>客户 {id}：{name}，号码 {numbers}；来电 {calls} 条，工单 {cases} 个，回访 {callbacks} 个。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_actions.py" line="349"/>
        <source>The name, numbers and notes, and the free text of this person&apos;s calls, cases and callbacks are removed for good. The calls and cases stay, without personal data, so shift summaries and reports stay true. Copies already on the share and in backups are not reached: see PRIVACY.md.</source>
        <translation>此人的姓名、号码、备注，以及其来电、工单和回访中的文字将被永久删除。来电和工单记录保留（不含个人信息），班次小结和报表仍然准确。已发布到共享目录的副本和备份中的内容不受影响：请参阅 PRIVACY.md。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_actions.py" line="359"/>
        <source>e.g. deletion request of 2026-12-01, letter no. 7</source>
        <translation>例如：2026-12-01 的删除请求，第 7 号函</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_actions.py" line="360"/>
        <source>I understand that this cannot be undone</source>
        <translation>我明白此操作无法撤销</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_actions.py" line="363"/>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_actions.py" line="370"/>
        <source>&amp;Erase</source>
        <translation>删除(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_actions.py" line="410"/>
        <source>Customer {id} was erased: name and notes, {phones} numbers, the free text of {calls} calls, {cases} cases and {callbacks} callbacks, {drafts} drafts; {outbox} files waiting for the share were cleaned.

Kept without personal data: {kept_calls} calls, {kept_cases} cases, {kept_callbacks} callbacks.</source>
        <translation>客户 {id} 的数据已删除：姓名和备注、{phones} 个号码、{calls} 条来电、{cases} 个工单和 {callbacks} 个回访中的文字、{drafts} 份草稿；已清理待发布到共享目录的文件 {outbox} 个。

保留（不含个人信息）：来电 {kept_calls} 条，工单 {kept_cases} 个，回访 {kept_callbacks} 个。</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../agent_desk/ui/privacy_actions.py" line="111"/>
        <source>Import customers</source>
        <translation>导入客户</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_actions.py" line="116"/>
        <source>Importing {file}</source>
        <translation>正在导入 {file}</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_actions.py" line="120"/>
        <source>While new and changed customers are written, other saves on this desk wait (about 15 seconds for 100,000 new customers; for a known book again, a moment): import a new book when no call is being recorded.</source>
        <translation>写入新增和变更的客户期间，本机的其他保存操作需要等待（10 万个新客户约 15 秒；再次导入已有的名册只需片刻）：请在没有正在记录的来电时导入新名册。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_actions.py" line="127"/>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_actions.py" line="138"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_actions.py" line="138"/>
        <source>Why it was refused</source>
        <translation>拒绝原因</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_actions.py" line="173"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_actions.py" line="186"/>
        <source>Reading the file: {done} rows</source>
        <translation>正在读取文件：{done} 行</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_actions.py" line="187"/>
        <source>Checking the rows: {done} of {total}</source>
        <translation>正在检查：{done} / {total} 行</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_actions.py" line="188"/>
        <source>Saving the customers: {done} of {total}</source>
        <translation>正在保存客户：{done} / {total}</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_actions.py" line="208"/>
        <source>Import finished.</source>
        <translation>导入完成。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_actions.py" line="211"/>
        <source>{file}: {rows} rows; added {added}, updated {updated}, unchanged {unchanged}, refused {refused}.</source>
        <translation>{file}：{rows} 行；新增 {added}，更新 {updated}，未变 {unchanged}，拒绝 {refused}。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_actions.py" line="221"/>
        <location filename="../../agent_desk/ui/privacy_actions.py" line="235"/>
        <source>Nothing was imported.</source>
        <translation>未导入任何数据。</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <location filename="../../agent_desk/ui/privacy_text.py" line="15"/>
        <source>The database {path} is missing, although this desk had one. Nothing was created in its place. {backup_hint}</source>
        <translation>数据库 {path} 不见了，但这台工作台原本有数据库。没有在原处新建任何文件。{backup_hint}</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_text.py" line="20"/>
        <source>The data folder {path} is read-only, so AgentDesk cannot record anything. Nothing was changed; ask branch IT to make the folder writable for this user.</source>
        <translation>数据文件夹 {path} 是只读的，AgentDesk 无法记录任何内容。没有改动任何数据；请分支机构 IT 为此用户开放该文件夹的写权限。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_text.py" line="25"/>
        <source>The database {path} is encrypted and its key was not found (neither in the system keyring nor in {key_file}). Ask branch IT to put the recovery key back with &apos;agent-desk db key import&apos;; nothing was changed.</source>
        <translation>数据库 {path} 已加密，但找不到它的密钥（系统密钥环和 {key_file} 中都没有）。请分支机构 IT 用 &apos;agent-desk db key import&apos; 放回恢复密钥；没有改动任何数据。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_text.py" line="31"/>
        <source>The database {path} cannot be opened with the key found {where}: it belongs to another desk. Ask branch IT to put this desk&apos;s recovery key back with &apos;agent-desk db key import&apos;; nothing was changed.</source>
        <translation>数据库 {path} 无法用{where}中的密钥打开：该密钥属于另一台工作台。请分支机构 IT 用 &apos;agent-desk db key import&apos; 放回本工作台的恢复密钥；没有改动任何数据。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_text.py" line="38"/>
        <source>{path} cannot be imported: only .csv and .xlsx files are. Nothing was imported.</source>
        <translation>无法导入 {path}：只能导入 .csv 和 .xlsx 文件。未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_text.py" line="41"/>
        <source>{path} cannot be read ({detail}). Nothing was imported.</source>
        <translation>无法读取 {path}（{detail}）。未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_text.py" line="44"/>
        <source>{path} is not a text file in UTF-8 or GBK (line {line}): is it damaged, or another kind of file named .csv? Nothing was imported.</source>
        <translation>{path} 不是 UTF-8 或 GBK 编码的文本文件（第 {line} 行）：文件是否已损坏，或是改名为 .csv 的其他文件？未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_text.py" line="49"/>
        <source>{path} is not valid CSV at line {line} (a quote is never closed): the file may have been cut short. Nothing was imported; save the book again and import it again.</source>
        <translation>{path} 第 {line} 行不是有效的 CSV（引号没有闭合）：文件可能不完整。未导入任何数据；请重新保存客户表后再导入。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_text.py" line="54"/>
        <source>{path} is not an Excel file that can be read (damaged, cut short, or another kind of file). Nothing was imported.</source>
        <translation>{path} 不是可读取的 Excel 文件（已损坏、不完整或是其他类型的文件）。未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_text.py" line="59"/>
        <source>The sheet in {path} is damaged after row {row}. Nothing was imported; save the book again in Excel or WPS and import it again.</source>
        <translation>{path} 中的工作表在第 {row} 行之后已损坏。未导入任何数据；请在 Excel 或 WPS 中重新保存后再导入。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_text.py" line="64"/>
        <source>{path} is empty. Nothing was imported.</source>
        <translation>{path} 是空文件。未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_text.py" line="65"/>
        <source>{path} needs a name column and a phone column in its first row (姓名 and 电话, or name and phone). Nothing was imported.</source>
        <translation>{path} 的第一行需要有姓名列和电话列（姓名、电话，或 name、phone）。未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_text.py" line="70"/>
        <source>The import was cancelled. Nothing was imported.</source>
        <translation>导入已取消。未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_text.py" line="73"/>
        <source>No customer was found with that number or id.</source>
        <translation>没有找到该号码或编号对应的客户。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_text.py" line="76"/>
        <source>The number {number} belongs to {count} customers: {choices}. Open the right one on the customer card and ask again from there.</source>
        <translation>号码 {number} 属于 {count} 个客户：{choices}。请在客户卡片上打开正确的客户，再从那里操作。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_text.py" line="81"/>
        <source>{path} already exists. Nothing was written; choose another file.</source>
        <translation>{path} 已存在。未写入任何内容；请选择其他文件。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_text.py" line="84"/>
        <source>Please write which request this erasure answers (for the audit log).</source>
        <translation>请填写此次删除对应的请求（记入审计日志）。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_text.py" line="87"/>
        <source>This desk&apos;s database is not encrypted, so there is no key to show.</source>
        <translation>本机数据库未加密，没有可显示的密钥。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_text.py" line="94"/>
        <source>no name</source>
        <translation>没有姓名</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_text.py" line="95"/>
        <source>the name is longer than 128 characters</source>
        <translation>姓名超过 128 个字符</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_text.py" line="96"/>
        <source>no phone number</source>
        <translation>没有电话号码</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_text.py" line="97"/>
        <source>not a phone number</source>
        <translation>不是电话号码</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_text.py" line="98"/>
        <source>the VIP level is not 0 to 5</source>
        <translation>VIP 等级不在 0 到 5 之间</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_text.py" line="99"/>
        <source>its numbers belong to different customers</source>
        <translation>其中的号码属于不同的客户</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_text.py" line="100"/>
        <source>the number is in scientific notation (Excel cut its digits; format the column as text and save again)</source>
        <translation>号码是科学计数法（Excel 截掉了位数；请把该列设为文本后重新保存）</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_text.py" line="105"/>
        <source>the number belongs to several customers; change them in the customer window</source>
        <translation>该号码属于多个客户；请在客户窗口中修改</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_text.py" line="108"/>
        <source>the number belongs to a customer with another name; if it is the same person, change the name in the customer window</source>
        <translation>该号码属于另一个姓名的客户；如是同一人，请在客户窗口中修改姓名</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_text.py" line="113"/>
        <source>the last line is cut short (the file may be incomplete)</source>
        <translation>最后一行不完整（文件可能被截断）</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_actions.py" line="58"/>
        <source>Something went wrong; the details are in the log file.</source>
        <translation>出现错误；详细信息见日志文件。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_actions.py" line="244"/>
        <source>Import customers</source>
        <translation>导入客户</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_actions.py" line="246"/>
        <source>Customer books (*.csv *.xlsx)</source>
        <translation>客户表 (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_actions.py" line="263"/>
        <location filename="../../agent_desk/ui/privacy_actions.py" line="269"/>
        <location filename="../../agent_desk/ui/privacy_actions.py" line="282"/>
        <location filename="../../agent_desk/ui/privacy_actions.py" line="289"/>
        <location filename="../../agent_desk/ui/privacy_actions.py" line="297"/>
        <source>Export a customer&apos;s data</source>
        <translation>导出客户数据</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_actions.py" line="271"/>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_actions.py" line="290"/>
        <source>{path} cannot be written: {reason}</source>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_actions.py" line="298"/>
        <source>Everything stored about {name} was written to {path}: {calls} calls, {cases} cases, {callbacks} callbacks.

The file holds the person&apos;s data unmasked and only this computer user can read it. Hand it over securely, then delete it.</source>
        <translation>关于 {name} 的全部数据已写入 {path}：来电 {calls} 条，工单 {cases} 个，回访 {callbacks} 个。

该文件包含此人未经遮蔽的个人信息，只有本机当前用户可以读取。请安全地交付，然后删除该文件。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_actions.py" line="473"/>
        <source>Export a customer&apos;s data: find the customer</source>
        <translation>导出客户数据：查找客户</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_actions.py" line="479"/>
        <source>Erase a customer&apos;s data: find the customer</source>
        <translation>删除客户数据：查找客户</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_actions.py" line="492"/>
        <location filename="../../agent_desk/ui/privacy_actions.py" line="505"/>
        <source>Erase a customer&apos;s data</source>
        <translation>删除客户数据</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_actions.py" line="527"/>
        <source>&amp;Import customers…</source>
        <translation>导入客户(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_actions.py" line="532"/>
        <source>E&amp;xport a customer&apos;s data…</source>
        <translation>导出客户数据(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_actions.py" line="539"/>
        <source>Erase a customer&apos;s &amp;data…</source>
        <translation>删除客户数据(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_actions.py" line="548"/>
        <source>Data request</source>
        <translation>数据请求</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_actions.py" line="550"/>
        <source>Export or erase this customer&apos;s data (a PIPL request)</source>
        <translation>导出或删除此客户的数据（个人信息保护法请求）</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_actions.py" line="557"/>
        <source>Export this customer&apos;s data…</source>
        <translation>导出此客户的数据…</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/privacy_actions.py" line="565"/>
        <source>Erase this customer&apos;s data…</source>
        <translation>删除此客户的数据…</translation>
    </message>
</context>
</TS>
