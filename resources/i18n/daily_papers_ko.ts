<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>About Daily Papers Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily Papers Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fast, offline-first reader for daily AI-paper digests.
Digest text is shown as plain text; links open in your browser.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>Next Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the next paper in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the previous paper in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the next (older) day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the previous (newer) day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Unread Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the next unread paper, across days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll Down or Next Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll the paper down a page; at its end, go to the next unread paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the whole library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Related Papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to the papers like this one, under it (Enter opens one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the search and go back to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmark the paper, or remove the bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>☆ Bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the paper unread, or read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Interested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not interested: For You learns from it and drops the paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open arXiv Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the paper&apos;s arXiv page in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arXiv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the paper&apos;s PDF in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the paper&apos;s PDF in the window, offline (downloaded first if needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download the paper&apos;s PDF for offline reading and full-text search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open on Hugging Face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the paper&apos;s Hugging Face page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hugging Face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the arXiv link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy BibTeX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a BibTeX entry for the paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BibTeX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark Day as Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark every paper in the list as read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark day read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark Everything as Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark every paper in the library as read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo Mark as Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last bulk mark as read or triage change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read Later (Queue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the paper in the reading queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the paper must-read (important)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the paper done (read and finished)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the paper (it leaves Unread)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the paper&apos;s triage state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Up in Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the paper up in the Queue view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Down in Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the paper down in the Queue view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the Rest of Catch-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark every untriaged paper of Catch-up skipped (Ctrl+Z undoes it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a note on the paper (Markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag the paper (comma-separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch Terms…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words, phrases or authors to highlight (or dim) in every list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Digests…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import digest files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a folder of digests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download new digests from GitHub and Hugging Face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⟳ Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Bookmarks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export bookmarks as BibTeX, JSON or CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Notes as Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every note, one section per paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Bookmarks as RIS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmarks for reference managers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading, sync, token and folder settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bigger Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the text bigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smaller Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the text smaller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default Text Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the default text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Thumbnails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Daily Papers Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down / Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next / previous paper (in the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF reader: back to the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space, PgDown / PgUp, Home / End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF reader: scroll, next / previous page, ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ / - / W / F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF reader: zoom in, zoom out, fit width, fit page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/ or Ctrl+F, F3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF reader: find in the PDF, next hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF reader: copy the selected text (drag to select)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Unexpected error ({error}); details are in the log file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message numerus="yes">
        <source>%n unread — press U to start with the first one.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>All read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{papers}, {unread}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No paper selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a paper from the list, or press J.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ Bookmarked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>☆ Bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No more unread papers in this list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every paper is read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every paper in the list is read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied {link}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied a BibTeX entry for {id}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DaySidebar</name>
    <message>
        <source>Mark Day as Read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayTreeModel</name>
    <message>
        <source>Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmarked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catch-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not: {term}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{view}: counted when you open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln paper(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{view}: {papers}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{papers}, {unread}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln unread</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{counts}, {triaged}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln triaged</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{day} (new): {counts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {counts}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More paper actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thumbnail not downloaded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading thumbnail…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Import Digests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digests (*.md);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a Folder of Digests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BibTeX (*.bib);;JSON (*.json);;CSV (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportTask</name>
    <message>
        <source>Could not export to %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n note(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n bookmark(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most votes first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most votes gained over the last three days first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By title, A to Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest day first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort the list by votes, votes gained lately, title or date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List only unread papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List only bookmarked papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List only papers with a known code repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List only papers with at least this many votes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ForYouPane</name>
    <message>
        <source>For You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to go on yet.

Bookmark papers you like (B), or queue them or mark them must-read: For You then ranks the unread papers by how much they are like them, and says why. Press X on a paper you do not want more of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranking unread papers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n like the %1 you kept  ·  X: not interested</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No unread papers like the ones you kept, right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have gone through every suggestion.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>An import is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for digests…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing digests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling after the current file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n file(s); updating the library…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The import failed (%1); details are in the log file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marks</name>
    <message numerus="yes">
        <source>Marked %n paper(s) in %1 as read.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Every paper in %1 was already read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Marked %n paper(s) unread again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Marking papers failed (%1); details are in the log file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Triage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text &amp;Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Nothing to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Daily Papers Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the sample digests…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark Day as Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark All in List as Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark day read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark list read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 triaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch: {term}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags, comma-separated  (T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the note rendered as Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note on this paper, in Markdown  (C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library is read-only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaperDelegate</name>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaperHtml</name>
    <message numerus="yes">
        <source>, and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>et al. (the digest shortened this list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abstract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Korean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the Korean daily digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From Hugging Face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the bundled sample digests (made up to show the app)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a text&apos;s language, then its kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <comment>a vote gain since a day</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>▲ %n vote(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>▲ votes unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also listed on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch the video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This digest has no summary for the paper.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaperListModel</name>
    <message numerus="yes">
        <source>%1, %n vote(s), read</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n vote(s), unread</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>, has code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaperListPane</name>
    <message>
        <source>Search all papers  ( / )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No paper matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No papers here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s) match “%1” in the library</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n only inside their PDFs</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n paper(s) shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfReader</name>
    <message>
        <source>Outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the summary (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the page width (W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the whole page (F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF of %1 cannot be opened (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfText</name>
    <message>
        <source>the file is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is damaged or not a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is protected by a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its encryption is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QtPdf cannot read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF %1 cannot be opened (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfUi</name>
    <message>
        <source>Downloading the PDF of %1; it opens when it arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 of %3 KB</source>
        <comment>a paper&apos;s download: id, KB received, KB in all</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n PDF(s) downloaded</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already here</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between counts</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading PDFs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n PDF(s) not downloaded: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n PDF(s) failed: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>PDF downloads cancelled; what was downloaded is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF download failed (%1); details are in the log file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>The GitHub API address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The raw file address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Hugging Face address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Korean (the digest&apos;s summary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English (Hugging Face&apos;s AI summary and abstract)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keyring is available, so tokens cannot be stored and sync runs without them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(at the next start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the thumbnail above a paper&apos;s summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as read after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thumbnail cache:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred summary language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hugging Face Daily Papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync automatically every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop a sync after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up a stalled download after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub repository:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub API address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw file address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hugging Face address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens are kept in the system keyring, never in the settings file, and each is sent only to its own service. A GitHub token raises the API rate limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hugging Face token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digest files in these folders are imported and watched for changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync folder for triage states, the queue, notes, tags and watch terms (a folder your file-sync tool keeps in step between machines):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify me when a sync finds new watch-term papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GitHub repository must look like owner/name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{address} must be an http or https address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadOnlyUi</name>
    <message>
        <source>Checking the library failed ({error}); details are in the log file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelatedPanel</name>
    <message>
        <source>Related papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the papers most like this one  (L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No related papers yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowMarks</name>
    <message>
        <source>in the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>watch: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>excluded by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SampleBanner</name>
    <message>
        <source>These are sample digests. Sync or Import to get the real ones.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Milliseconds a paper is shown before it counts as read (0: at once).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour theme: system, light or dark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the window (menus, buttons, messages, dates): system (the system&apos;s locale: Korean when it is Korean, else English), ko or en; read at start-up. The command line stays English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size in points for the reading panes (0: the system size).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the cached thumbnail above a paper&apos;s summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred summary language when a paper has several texts: ko (the Korean digest summary) or en (Hugging Face&apos;s AI summary and abstract).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Megabytes of thumbnails kept for offline reading; the least recently used go first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folders of digest files imported and watched for changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download the PDFs of bookmarked, queued and must-read papers (after each sync, and when bookmarked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Megabytes of PDFs kept; the least recently read go first, bookmarked ones never.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest PDF downloaded, in megabytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address PDFs are downloaded from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours between automatic syncs (0: only by hand).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes a whole sync may take; then it stops and keeps what it downloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds a download may go without (almost) any data before it is given up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync the GitHub archive of daily digests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync the Hugging Face Daily Papers API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GitHub archive, as owner/name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive&apos;s branch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive&apos;s folder of daily digests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GitHub API&apos;s base address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base address raw files are downloaded from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Hugging Face base address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days of Hugging Face papers a sync reaches back when none were fetched yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder kept in step by a file-sync tool: triage states, queue, notes, tags, watch terms, read and bookmark marks are merged with its daily-papers-userstate.json at start and when it changes, and written there after each change (&apos;&apos; : off).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a desktop notification when a sync finds new papers for a watch term.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutModel</name>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SimilarityUi</name>
    <message>
        <source>building the index…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the similarity index…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not interested: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already dismissed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message numerus="yes">
        <source>%Ln paper(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unread</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln bookmarked</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ Offline · </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily Papers Reader</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuggestionModel</name>
    <message>
        <source>why: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>like “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncBar</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 (%3 of %4)</source>
        <comment>verb · what (which of how many)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>verb · what</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync problems</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>A sync is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No source is chosen to sync; turn one on in Preferences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the cancelled sync to stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync cancelled; what was downloaded is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync cannot start: %1 Check the addresses in Preferences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync failed (%1); details are in the log file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncText</name>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last successful sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last attempt could not reach the servers; synced days read offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new paper(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) downloaded</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thumbnail(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate limited, resume after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s), the next sync retries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing changed (%n file(s) already up to date)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2, %3, %4); %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A GitHub token (Preferences &gt; Tokens) raises the limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s rate limit was reached; sync can resume after %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s rate limit was reached; sync can resume later (usually within the hour). %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the sync servers; everything synced before reads offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sync finished with %n problem(s); the next sync retries.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncUi</name>
    <message>
        <source>Local folders: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Thumbnails</name>
    <message>
        <source>Thumbnail not downloaded yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenField</name>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the keyring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the keyring — type a new one to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a {name} token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ OK: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ Failed: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the test could not run ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the {name} token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the {name} token in the keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared the {name} token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared the {name} token in the keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring refused the {name} token ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TriageUi</name>
    <message numerus="yes">
        <source>%n paper(s) queued</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s) marked must-read</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s) marked done</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s) skipped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s) back to new</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped the rest of Catch-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n changed).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reorder papers in the Queue view (Ctrl+Up / Ctrl+Down).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo Mark as Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undid: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing triage states failed (%1); details are in the log file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserStateUi</name>
    <message>
        <source>The user-state sync folder %1 does not exist; nothing is synced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing the user-state folder failed (%1); details are in the log file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n read mark(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bookmark(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n triage state(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not-interested mark(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n watch term(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between merged counts</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync folder: nothing to merge, up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync folder: merged %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WatchDialog</name>
    <message>
        <source>Watch Terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Papers whose title, authors or summary contain a term are highlighted (include) or dimmed (exclude). A word matches the start of words: “diffus” finds “diffusion”; Korean terms match with a particle after them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A word, a phrase or an author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclude (dim the papers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>exclude: %Ln paper(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>include: %Ln paper(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{counts}, %Ln new</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WatchUi</name>
    <message numerus="yes">
        <source>%n new paper(s) match your watch terms.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Daily Papers Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>excluded by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the watch list failed (%1); details are in the log file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
