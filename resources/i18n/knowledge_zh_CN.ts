<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>KnowledgeErrors</name>
    <message>
        <location filename="../../agent_desk/ui/knowledge_text.py" line="14"/>
        <source>Give the article a title.</source>
        <translation>请填写条目标题。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_text.py" line="15"/>
        <source>A title can have at most {maximum} characters.</source>
        <translation>标题最多 {maximum} 个字符。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_text.py" line="18"/>
        <source>An article with this title exists already: “{existing_title}”.</source>
        <translation>已有同名条目：“{existing_title}”。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_text.py" line="21"/>
        <source>A title is one line without control characters or line breaks ({character} found).</source>
        <translation>标题只能是一行，不能含控制字符或换行（发现 {character}）。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_text.py" line="25"/>
        <source>Write the article&apos;s answer.</source>
        <translation>请填写条目的答案。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_text.py" line="26"/>
        <source>An article can have at most {maximum} characters; this one has {length}.</source>
        <translation>条目最多 {maximum} 个字符，当前为 {length} 个。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_text.py" line="30"/>
        <source>Unknown call type {category}.</source>
        <translation>未知的来电类型 {category}。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_text.py" line="31"/>
        <source>At most {maximum} tags, each of at most 40 characters.</source>
        <translation>最多 {maximum} 个标签，每个最多 40 个字符。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_text.py" line="34"/>
        <source>A retired article is not edited; publish it again first.</source>
        <translation>已停用的条目不能编辑，请先重新发布。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_text.py" line="37"/>
        <source>The article is already published.</source>
        <translation>该条目已发布。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_text.py" line="40"/>
        <source>The article is already retired.</source>
        <translation>该条目已停用。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_text.py" line="41"/>
        <source>The article no longer exists.</source>
        <translation>该条目已不存在。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_text.py" line="42"/>
        <source>The knowledge package {name} is incomplete (cut short); nothing of it was imported.</source>
        <translation>知识库包 {name} 不完整（文件被截断），未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_text.py" line="46"/>
        <source>The knowledge package {name} is version {found}; this AgentDesk reads version {supported}. Nothing of it was imported; update AgentDesk.</source>
        <translation>知识库包 {name} 为版本 {found}，本 AgentDesk 只能读取版本 {supported}。未导入任何内容，请升级 AgentDesk。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_text.py" line="51"/>
        <source>The file {name} is not a valid knowledge package ({detail}); nothing of it was imported.</source>
        <translation>文件 {name} 不是有效的知识库包（{detail}），未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_text.py" line="55"/>
        <source>The knowledge package {name} lists an article twice ({detail}); nothing of it was imported.</source>
        <translation>知识库包 {name} 中同一篇文章出现了两次（{detail}），未导入其中任何内容。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_text.py" line="60"/>
        <source>The knowledge package {name} contradicts itself ({detail}); nothing of it was imported.</source>
        <translation>知识库包 {name} 的内容前后矛盾（{detail}），未导入其中任何内容。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_text.py" line="64"/>
        <source>The knowledge package {name} is dated after now (the desk that wrote it has a wrong clock); it is passed over until then.</source>
        <translation>知识库包 {name} 的日期晚于当前时间（写入它的坐席电脑时钟有误），在那之前不会读取它。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_text.py" line="69"/>
        <source>The file {name} on the share is not read: its name is not UTF-8 text.</source>
        <translation>共享目录中的文件 {name} 未读取：文件名不是 UTF-8 文本。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_text.py" line="72"/>
        <source>Refused from the share: {name}: {detail}</source>
        <translation>已拒收共享目录中的文件：{name}：{detail}</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_text.py" line="73"/>
        <source>“{title}” from the share was not imported: the article “{existing_title}” here has the same title. Merge or rename one of them.</source>
        <translation>共享目录中的“{title}”未导入：本机文章“{existing_title}”标题相同。请合并或给其中一篇改名。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_text.py" line="78"/>
        <source>Only a supervisor can edit, publish or retire articles.</source>
        <translation>只有主管可以编辑、发布或停用条目。</translation>
    </message>
</context>
<context>
    <name>KnowledgePanel</name>
    <message>
        <location filename="../../agent_desk/ui/knowledge_panel.py" line="54"/>
        <source>Search the knowledge base (F5)</source>
        <translation>搜索知识库（F5）</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_panel.py" line="73"/>
        <source>Insert answer (Ctrl+Enter)</source>
        <translation>插入答案（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_panel.py" line="132"/>
        <source>The search failed; see the log.</source>
        <translation>搜索失败，请查看日志。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_panel.py" line="144"/>
        <source>Articles found: {count}</source>
        <translation>找到 {count} 个条目</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_panel.py" line="146"/>
        <source>No published article matches.</source>
        <translation>没有匹配的已发布条目。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_panel.py" line="150"/>
        <source>Suggested for this call</source>
        <translation>本次来电的推荐条目</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_panel.py" line="150"/>
        <source>No suggestions yet.</source>
        <translation>暂无推荐。</translation>
    </message>
</context>
<context>
    <name>KnowledgeUi</name>
    <message>
        <location filename="../../agent_desk/ui/knowledge_ui.py" line="65"/>
        <source>Knowledge base</source>
        <translation>知识库</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_ui.py" line="108"/>
        <source>Answer a call first: the answer goes into its record.</source>
        <translation>请先接听来电：答案会写入该来电的记录。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_ui.py" line="112"/>
        <source>The answer of “{title}” is in the record already; not added again.</source>
        <translation>“{title}”的答案已在记录中，未重复插入。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_ui.py" line="116"/>
        <source>Inserted the answer of “{title}” (version {version}).</source>
        <translation>已插入“{title}”的答案（第 {version} 版）。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_ui.py" line="165"/>
        <source>Knowledge base updated from the share: {new} new, {newer} newer.</source>
        <translation>已从共享目录更新知识库：新增 {new} 条，更新 {newer} 条。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_ui.py" line="172"/>
        <source>{count} proposed articles to review (Tools &gt; Knowledge base…).</source>
        <translation>有 {count} 篇待审核的提议文章（工具 &gt; 知识库…）。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_ui.py" line="215"/>
        <source>The knowledge base is queued for the share ({path}).</source>
        <translation>知识库已排队发布到共享目录（{path}）。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_ui.py" line="226"/>
        <source>Knowledge panel</source>
        <translation>知识库面板</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_ui.py" line="229"/>
        <source>Search the knowledge base</source>
        <translation>搜索知识库</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_ui.py" line="234"/>
        <source>Insert the chosen answer (Ctrl+Enter)</source>
        <translation>插入所选条目的答案 (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_ui.py" line="244"/>
        <source>&amp;Knowledge base…</source>
        <translation>知识库(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_ui.py" line="250"/>
        <source>Publish the knowledge base to the &amp;share</source>
        <translation>发布知识库到共享目录(&amp;S)</translation>
    </message>
</context>
<context>
    <name>KnowledgeWindow</name>
    <message>
        <location filename="../../agent_desk/ui/knowledge_window.py" line="46"/>
        <source>proposed</source>
        <translation>待审核</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_window.py" line="47"/>
        <source>published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_window.py" line="48"/>
        <source>retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_window.py" line="64"/>
        <source>Knowledge base</source>
        <translation>知识库</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_window.py" line="74"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_window.py" line="80"/>
        <source>Filter by title (Ctrl+F)</source>
        <translation>按标题筛选（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_window.py" line="99"/>
        <source>Tags, separated by spaces or commas</source>
        <translation>标签，用空格或逗号分隔</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_window.py" line="122"/>
        <source>&amp;New (Ctrl+N)</source>
        <translation>新建(&amp;N)（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_window.py" line="123"/>
        <source>&amp;Save (Ctrl+S)</source>
        <translation>保存(&amp;S)（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_window.py" line="125"/>
        <source>&amp;Publish (Ctrl+P)</source>
        <translation>发布(&amp;P)（Ctrl+P）</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_window.py" line="127"/>
        <source>&amp;Retire (Ctrl+R)</source>
        <translation>停用(&amp;R)（Ctrl+R）</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_window.py" line="146"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_window.py" line="147"/>
        <source>Call types</source>
        <translation>来电类型</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_window.py" line="148"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_window.py" line="149"/>
        <source>Answer</source>
        <translation>答案</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_window.py" line="157"/>
        <source>History</source>
        <translation>历史版本</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_window.py" line="223"/>
        <source>{status}, version {version}, by {author}</source>
        <translation>{status}，第 {version} 版，作者 {author}</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_window.py" line="233"/>
        <source>v{version} {status} {when} by {who}</source>
        <translation>第 {version} 版 {status} {when} {who}</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_window.py" line="242"/>
        <source>{line} (other desk&apos;s text, not taken)</source>
        <translation>{line}（其他坐席的文本，未采用）</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_window.py" line="263"/>
        <source>A new article is proposed; a supervisor publishes it.</source>
        <translation>新条目提交后待审核，由主管发布。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_window.py" line="265"/>
        <source>A new article is proposed; publish it when it is right.</source>
        <translation>新条目提交后待审核，确认无误后再发布。</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_window.py" line="321"/>
        <location filename="../../agent_desk/ui/knowledge_window.py" line="337"/>
        <source>Duplicate title</source>
        <translation>标题重复</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_window.py" line="323"/>
        <source>An article titled “{title}” exists already. Merge this text into it?</source>
        <translation>已有标题为“{title}”的条目。要把这段内容合并进去吗？</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_window.py" line="339"/>
        <source>An article titled “{title}” exists already. Open it instead? (A supervisor can merge your text into it.)</source>
        <translation>已有标题为“{title}”的条目。改为打开它吗？（主管可以把你的内容合并进去。）</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_window.py" line="369"/>
        <source>Saved: {status}, version {version}.</source>
        <translation>已保存：{status}，第 {version} 版。</translation>
    </message>
</context>
</TS>
