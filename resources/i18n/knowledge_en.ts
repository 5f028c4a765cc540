<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>KnowledgeErrors</name>
    <message>
        <location filename="../../agent_desk/ui/knowledge_text.py" line="14"/>
        <source>Give the article a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_text.py" line="15"/>
        <source>A title can have at most {maximum} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_text.py" line="18"/>
        <source>An article with this title exists already: “{existing_title}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_text.py" line="21"/>
        <source>A title is one line without control characters or line breaks ({character} found).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_text.py" line="25"/>
        <source>Write the article&apos;s answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_text.py" line="26"/>
        <source>An article can have at most {maximum} characters; this one has {length}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_text.py" line="30"/>
        <source>Unknown call type {category}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_text.py" line="31"/>
        <source>At most {maximum} tags, each of at most 40 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_text.py" line="34"/>
        <source>A retired article is not edited; publish it again first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_text.py" line="37"/>
        <source>The article is already published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_text.py" line="40"/>
        <source>The article is already retired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_text.py" line="41"/>
        <source>The article no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_text.py" line="42"/>
        <source>The knowledge package {name} is incomplete (cut short); nothing of it was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_text.py" line="46"/>
        <source>The knowledge package {name} is version {found}; this AgentDesk reads version {supported}. Nothing of it was imported; update AgentDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_text.py" line="51"/>
        <source>The file {name} is not a valid knowledge package ({detail}); nothing of it was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_text.py" line="55"/>
        <source>The knowledge package {name} lists an article twice ({detail}); nothing of it was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_text.py" line="60"/>
        <source>The knowledge package {name} contradicts itself ({detail}); nothing of it was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_text.py" line="64"/>
        <source>The knowledge package {name} is dated after now (the desk that wrote it has a wrong clock); it is passed over until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_text.py" line="69"/>
        <source>The file {name} on the share is not read: its name is not UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_text.py" line="72"/>
        <source>Refused from the share: {name}: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_text.py" line="73"/>
        <source>“{title}” from the share was not imported: the article “{existing_title}” here has the same title. Merge or rename one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_text.py" line="78"/>
        <source>Only a supervisor can edit, publish or retire articles.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KnowledgePanel</name>
    <message>
        <location filename="../../agent_desk/ui/knowledge_panel.py" line="54"/>
        <source>Search the knowledge base (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_panel.py" line="73"/>
        <source>Insert answer (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_panel.py" line="132"/>
        <source>The search failed; see the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_panel.py" line="144"/>
        <source>Articles found: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_panel.py" line="146"/>
        <source>No published article matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_panel.py" line="150"/>
        <source>Suggested for this call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_panel.py" line="150"/>
        <source>No suggestions yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KnowledgeUi</name>
    <message>
        <location filename="../../agent_desk/ui/knowledge_ui.py" line="65"/>
        <source>Knowledge base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_ui.py" line="108"/>
        <source>Answer a call first: the answer goes into its record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_ui.py" line="112"/>
        <source>The answer of “{title}” is in the record already; not added again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_ui.py" line="116"/>
        <source>Inserted the answer of “{title}” (version {version}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_ui.py" line="165"/>
        <source>Knowledge base updated from the share: {new} new, {newer} newer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_ui.py" line="172"/>
        <source>{count} proposed articles to review (Tools &gt; Knowledge base…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_ui.py" line="215"/>
        <source>The knowledge base is queued for the share ({path}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_ui.py" line="226"/>
        <source>Knowledge panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_ui.py" line="229"/>
        <source>Search the knowledge base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_ui.py" line="234"/>
        <source>Insert the chosen answer (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_ui.py" line="244"/>
        <source>&amp;Knowledge base…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_ui.py" line="250"/>
        <source>Publish the knowledge base to the &amp;share</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KnowledgeWindow</name>
    <message>
        <location filename="../../agent_desk/ui/knowledge_window.py" line="46"/>
        <source>proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_window.py" line="47"/>
        <source>published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_window.py" line="48"/>
        <source>retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_window.py" line="64"/>
        <source>Knowledge base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_window.py" line="74"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_window.py" line="80"/>
        <source>Filter by title (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_window.py" line="99"/>
        <source>Tags, separated by spaces or commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_window.py" line="122"/>
        <source>&amp;New (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_window.py" line="123"/>
        <source>&amp;Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_window.py" line="125"/>
        <source>&amp;Publish (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_window.py" line="127"/>
        <source>&amp;Retire (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_window.py" line="146"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_window.py" line="147"/>
        <source>Call types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_window.py" line="148"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_window.py" line="149"/>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_window.py" line="157"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_window.py" line="223"/>
        <source>{status}, version {version}, by {author}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_window.py" line="233"/>
        <source>v{version} {status} {when} by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_window.py" line="242"/>
        <source>{line} (other desk&apos;s text, not taken)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_window.py" line="263"/>
        <source>A new article is proposed; a supervisor publishes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_window.py" line="265"/>
        <source>A new article is proposed; publish it when it is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_window.py" line="321"/>
        <location filename="../../agent_desk/ui/knowledge_window.py" line="337"/>
        <source>Duplicate title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_window.py" line="323"/>
        <source>An article titled “{title}” exists already. Merge this text into it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_window.py" line="339"/>
        <source>An article titled “{title}” exists already. Open it instead? (A supervisor can merge your text into it.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_window.py" line="369"/>
        <source>Saved: {status}, version {version}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
