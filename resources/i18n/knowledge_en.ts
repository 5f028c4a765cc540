<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>KnowledgeErrors</name>
    <message>
        <location filename="../../agent_desk/ui/knowledge_text.py" line="13"/>
        <source>Give the article a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_text.py" line="14"/>
        <source>A title can have at most {maximum} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_text.py" line="17"/>
        <source>An article with this title exists already: “{existing_title}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_text.py" line="20"/>
        <source>A title is one line without control characters or line breaks ({character} found).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_text.py" line="24"/>
        <source>Write the article&apos;s answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_text.py" line="25"/>
        <source>An article can have at most {maximum} characters; this one has {length}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_text.py" line="29"/>
        <source>Unknown call type {category}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_text.py" line="30"/>
        <source>At most {maximum} tags, each of at most 40 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_text.py" line="33"/>
        <source>A retired article is not edited; publish it again first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_text.py" line="36"/>
        <source>The article is already published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_text.py" line="39"/>
        <source>The article is already retired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_text.py" line="40"/>
        <source>The article no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_text.py" line="41"/>
        <source>The knowledge package {name} is incomplete (cut short); nothing of it was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_text.py" line="45"/>
        <source>The knowledge package {name} is version {found}; this AgentDesk reads version {supported}. Nothing of it was imported; update AgentDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_text.py" line="50"/>
        <source>The file {name} is not a valid knowledge package ({detail}); nothing of it was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_text.py" line="54"/>
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
        <location filename="../../agent_desk/ui/knowledge_ui.py" line="64"/>
        <source>Knowledge base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_ui.py" line="107"/>
        <source>Answer a call first: the answer goes into its record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_ui.py" line="111"/>
        <source>The answer of “{title}” is in the record already; not added again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_ui.py" line="115"/>
        <source>Inserted the answer of “{title}” (version {version}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_ui.py" line="160"/>
        <source>Knowledge base updated from the share: {new} new, {newer} newer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_ui.py" line="202"/>
        <source>The knowledge base is queued for the share ({path}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_ui.py" line="213"/>
        <source>Knowledge panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_ui.py" line="216"/>
        <source>Search the knowledge base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_ui.py" line="221"/>
        <source>Insert the chosen answer (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_ui.py" line="231"/>
        <source>&amp;Knowledge base…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_ui.py" line="237"/>
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
        <location filename="../../agent_desk/ui/knowledge_window.py" line="118"/>
        <source>&amp;New (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_window.py" line="119"/>
        <source>&amp;Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_window.py" line="121"/>
        <source>&amp;Publish (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_window.py" line="123"/>
        <source>&amp;Retire (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_window.py" line="141"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_window.py" line="142"/>
        <source>Call types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_window.py" line="143"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_window.py" line="144"/>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_window.py" line="152"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_window.py" line="208"/>
        <source>{status}, version {version}, by {author}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_window.py" line="218"/>
        <source>v{version} {status} {when} by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_window.py" line="244"/>
        <source>A new article is proposed; a supervisor publishes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_window.py" line="246"/>
        <source>A new article is proposed; publish it when it is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_window.py" line="302"/>
        <location filename="../../agent_desk/ui/knowledge_window.py" line="318"/>
        <source>Duplicate title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_window.py" line="304"/>
        <source>An article titled “{title}” exists already. Merge this text into it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_window.py" line="320"/>
        <source>An article titled “{title}” exists already. Open it instead? (A supervisor can merge your text into it.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/knowledge_window.py" line="350"/>
        <source>Saved: {status}, version {version}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
