<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Commands</name>
    <message numerus="yes">
        <source>%n unread — press U to start with the first one.</source>
        <translation>
            <numerusform>%n unread — press U to start with the first one.</numerusform>
            <numerusform>%n unread — press U to start with the first one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s)</source>
        <translation>
            <numerusform>%n paper</numerusform>
            <numerusform>%n papers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message numerus="yes">
        <source>Mark all %n unread paper(s) as read?</source>
        <translation>
            <numerusform>Mark all %n unread paper as read?</numerusform>
            <numerusform>Mark all %n unread papers as read?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DayTreeModel</name>
    <message numerus="yes">
        <source>%Ln paper(s)</source>
        <translation>
            <numerusform>%Ln paper</numerusform>
            <numerusform>%Ln papers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unread</source>
        <translation>
            <numerusform>%Ln unread</numerusform>
            <numerusform>%Ln unread</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln triaged</source>
        <translation>
            <numerusform>%Ln triaged</numerusform>
            <numerusform>%Ln triaged</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportTask</name>
    <message numerus="yes">
        <source>Exported %n note(s) to %1.</source>
        <translation>
            <numerusform>Exported %n note to %1.</numerusform>
            <numerusform>Exported %n notes to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n bookmark(s) to %1.</source>
        <translation>
            <numerusform>Exported %n bookmark to %1.</numerusform>
            <numerusform>Exported %n bookmarks to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ForYouPane</name>
    <message numerus="yes">
        <source>%n like the %1 you kept  ·  X: not interested</source>
        <translation>
            <numerusform>%n like the %1 you kept  ·  X: not interested</numerusform>
            <numerusform>%n like the %1 you kept  ·  X: not interested</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message numerus="yes">
        <source>Imported %n file(s); updating the library…</source>
        <translation>
            <numerusform>Imported %n file; updating the library…</numerusform>
            <numerusform>Imported %n files; updating the library…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marks</name>
    <message numerus="yes">
        <source>Marked %n paper(s) in %1 as read.</source>
        <translation>
            <numerusform>Marked %n paper in %1 as read.</numerusform>
            <numerusform>Marked %n papers in %1 as read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %n paper(s) unread again.</source>
        <translation>
            <numerusform>Marked %n paper unread again.</numerusform>
            <numerusform>Marked %n papers unread again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaperHtml</name>
    <message numerus="yes">
        <source>, and %n more</source>
        <translation>
            <numerusform>, and %n more</numerusform>
            <numerusform>, and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n comment</numerusform>
            <numerusform>%n comments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>▲ %n vote(s)</source>
        <translation>
            <numerusform>▲ %n vote</numerusform>
            <numerusform>▲ %n votes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaperListModel</name>
    <message numerus="yes">
        <source>%1, %n vote(s), read</source>
        <translation>
            <numerusform>%1, %n vote, read</numerusform>
            <numerusform>%1, %n votes, read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n vote(s), unread</source>
        <translation>
            <numerusform>%1, %n vote, unread</numerusform>
            <numerusform>%1, %n votes, unread</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaperListPane</name>
    <message numerus="yes">
        <source>%n paper(s) found for “%1” in the library</source>
        <translation>
            <numerusform>%n paper found for “%1” in the library</numerusform>
            <numerusform>%n papers found for “%1” in the library</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n only inside their PDFs</source>
        <translation>
            <numerusform>, %n only inside their PDFs</numerusform>
            <numerusform>, %n only inside their PDFs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n paper(s) shown</source>
        <translation>
            <numerusform>%1 of %n paper shown</numerusform>
            <numerusform>%1 of %n papers shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s)</source>
        <translation>
            <numerusform>%n paper</numerusform>
            <numerusform>%n papers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfReader</name>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n found</numerusform>
            <numerusform>%n found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfUi</name>
    <message numerus="yes">
        <source>%n PDF(s) downloaded</source>
        <translation>
            <numerusform>%n PDF downloaded</numerusform>
            <numerusform>%n PDFs downloaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already here</source>
        <translation>
            <numerusform>%n already here</numerusform>
            <numerusform>%n already here</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n PDF(s) not downloaded: %1</source>
        <translation>
            <numerusform>%n PDF not downloaded: %1</numerusform>
            <numerusform>%n PDFs not downloaded: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n PDF(s) failed: %1</source>
        <translation>
            <numerusform>%n PDF failed: %1</numerusform>
            <numerusform>%n PDFs failed: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message numerus="yes">
        <source>%Ln paper(s)</source>
        <translation>
            <numerusform>%Ln paper</numerusform>
            <numerusform>%Ln papers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unread</source>
        <translation>
            <numerusform>%Ln unread</numerusform>
            <numerusform>%Ln unread</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln bookmarked</source>
        <translation>
            <numerusform>%Ln bookmarked</numerusform>
            <numerusform>%Ln bookmarked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncText</name>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new day(s)</source>
        <translation>
            <numerusform>%n new day</numerusform>
            <numerusform>%n new days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new paper(s)</source>
        <translation>
            <numerusform>%n new paper</numerusform>
            <numerusform>%n new papers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) downloaded</source>
        <translation>
            <numerusform>%n file downloaded</numerusform>
            <numerusform>%n files downloaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) from Hugging Face</source>
        <translation>
            <numerusform>%n day from Hugging Face</numerusform>
            <numerusform>%n days from Hugging Face</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thumbnail(s)</source>
        <translation>
            <numerusform>%n thumbnail</numerusform>
            <numerusform>%n thumbnails</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s), the next sync retries</source>
        <translation>
            <numerusform>%n problem, the next sync retries</numerusform>
            <numerusform>%n problems, the next sync retries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing changed (%n file(s) already up to date)</source>
        <translation>
            <numerusform>Nothing changed (%n file already up to date)</numerusform>
            <numerusform>Nothing changed (%n files already up to date)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported</source>
        <translation>
            <numerusform>%n file imported</numerusform>
            <numerusform>%n files imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s)</source>
        <translation>
            <numerusform>%n paper</numerusform>
            <numerusform>%n papers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; and %n more</source>
        <translation>
            <numerusform>%1; and %n more</numerusform>
            <numerusform>%1; and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sync finished with %n problem(s); the next sync retries.</source>
        <translation>
            <numerusform>Sync finished with %n problem; the next sync retries.</numerusform>
            <numerusform>Sync finished with %n problems; the next sync retries.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TriageUi</name>
    <message numerus="yes">
        <source>%n paper(s) queued</source>
        <translation>
            <numerusform>%n paper queued</numerusform>
            <numerusform>%n papers queued</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s) marked must-read</source>
        <translation>
            <numerusform>%n paper marked must-read</numerusform>
            <numerusform>%n papers marked must-read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s) marked done</source>
        <translation>
            <numerusform>%n paper marked done</numerusform>
            <numerusform>%n papers marked done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s) skipped</source>
        <translation>
            <numerusform>%n paper skipped</numerusform>
            <numerusform>%n papers skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s) back to new</source>
        <translation>
            <numerusform>%n paper back to new</numerusform>
            <numerusform>%n papers back to new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n changed).</source>
        <translation>
            <numerusform>%1 (%n changed).</numerusform>
            <numerusform>%1 (%n changed).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserStateUi</name>
    <message numerus="yes">
        <source>%n read mark(s)</source>
        <translation>
            <numerusform>%n read mark</numerusform>
            <numerusform>%n read marks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bookmark(s)</source>
        <translation>
            <numerusform>%n bookmark</numerusform>
            <numerusform>%n bookmarks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n triage state(s)</source>
        <translation>
            <numerusform>%n triage state</numerusform>
            <numerusform>%n triage states</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n tag</numerusform>
            <numerusform>%n tags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not-interested mark(s)</source>
        <translation>
            <numerusform>%n not-interested mark</numerusform>
            <numerusform>%n not-interested marks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n watch term(s)</source>
        <translation>
            <numerusform>%n watch term</numerusform>
            <numerusform>%n watch terms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WatchDialog</name>
    <message numerus="yes">
        <source>exclude: %Ln paper(s)</source>
        <translation>
            <numerusform>exclude: %Ln paper</numerusform>
            <numerusform>exclude: %Ln papers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>include: %Ln paper(s)</source>
        <translation>
            <numerusform>include: %Ln paper</numerusform>
            <numerusform>include: %Ln papers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln new</source>
        <translation>
            <numerusform>%1, %Ln new</numerusform>
            <numerusform>%1, %Ln new</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WatchUi</name>
    <message numerus="yes">
        <source>Your watch terms found %n new paper(s).</source>
        <translation>
            <numerusform>Your watch terms found %n new paper.</numerusform>
            <numerusform>Your watch terms found %n new papers.</numerusform>
        </translation>
    </message>
</context>
</TS>
