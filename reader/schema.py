"""The library's schema as ordered migrations (``PRAGMA user_version`` counts them).

Never edit a released migration: append a new one. A paper's long text sits beside
its row in ``papers`` (authors in ``paper_texts``, each source's summary, abstract or
AI summary in ``texts``), so that list queries and sorts over 100k papers read small
rows. Content tables (papers, paper_days, sources, texts, paper_meta, vote_history)
are rewritten by imports; user-state tables (read_state, bookmarks, notes, tags) are
keyed by arXiv id and never touched by an import.

Search: titles go into a trigram index (substring matches, cheap on short text);
titles, authors and summaries into a unicode61 word index queried by prefix, which matches Korean words followed by a particle ('애니메이션' ->
'애니메이션은') and partial English words ('diffus' -> 'diffusion') at a quarter
of trigram's import cost. A two-character prefix index keeps the first keystrokes
of a search cheap. The word index keeps no positions (``detail='none'``: a third
cheaper to build), so a term is searched as the AND of its words, not as a
phrase. Both indexes are contentless: the text lives in ``papers``.

Size (schema 6): each source's text in ``texts`` is stored deflated
(:mod:`reader.textpack`), and a new library uses 8 KB pages; at 110,000 papers the
library is about 250 MB instead of 405 (``benchmarks/db_size.py`` prints the cost of
each table and index).
"""

MIGRATIONS: list[str] = [
    # 0 -> 1: the first schema
    """
    CREATE TABLE papers (
        rowid INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL,
        title_raw TEXT NOT NULL,
        url TEXT NOT NULL,
        votes INTEGER,
        authors_truncated INTEGER NOT NULL DEFAULT 0,
        media_url TEXT,
        media_kind TEXT,
        source TEXT NOT NULL,
        language TEXT NOT NULL,
        content_date TEXT NOT NULL,
        last_date TEXT NOT NULL
    );
    CREATE TABLE paper_texts (
        rowid INTEGER PRIMARY KEY,
        authors TEXT NOT NULL,
        summary TEXT NOT NULL
    );
    CREATE INDEX papers_by_votes ON papers (votes IS NULL, votes DESC, last_date DESC);
    CREATE INDEX papers_by_date ON papers (last_date DESC, votes IS NULL, votes DESC);
    CREATE INDEX papers_by_title ON papers (title COLLATE NOCASE);
    CREATE TABLE paper_days (
        date TEXT NOT NULL,
        paper_id TEXT NOT NULL,
        votes INTEGER,
        position INTEGER NOT NULL,
        source_key TEXT NOT NULL,
        PRIMARY KEY (date, paper_id)
    ) WITHOUT ROWID;
    CREATE INDEX paper_days_paper ON paper_days (paper_id);
    CREATE INDEX paper_days_source ON paper_days (source_key);
    CREATE TABLE day_totals (
        date TEXT PRIMARY KEY,
        papers INTEGER NOT NULL
    ) WITHOUT ROWID;
    CREATE TABLE sources (
        key TEXT PRIMARY KEY,
        hash TEXT NOT NULL,
        imported_at TEXT NOT NULL,
        papers INTEGER NOT NULL
    );
    CREATE TABLE read_state (
        paper_id TEXT PRIMARY KEY,
        read_at TEXT NOT NULL
    ) WITHOUT ROWID;
    CREATE TABLE bookmarks (
        paper_id TEXT PRIMARY KEY,
        created_at TEXT NOT NULL
    ) WITHOUT ROWID;
    CREATE TABLE notes (
        paper_id TEXT PRIMARY KEY,
        text TEXT NOT NULL,
        updated_at TEXT NOT NULL
    ) WITHOUT ROWID;
    CREATE TABLE tags (
        paper_id TEXT NOT NULL,
        tag TEXT NOT NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (paper_id, tag)
    ) WITHOUT ROWID;
    CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    CREATE VIRTUAL TABLE fts_title USING fts5 (
        title, content='', tokenize='trigram'
    );
    CREATE VIRTUAL TABLE fts_words USING fts5 (
        title, authors, summary, content='', tokenize='unicode61 remove_diacritics 2',
        prefix='2', detail='none'
    )
    """,
    # 1 -> 2: what sync last fetched of each remote file (git blob sha, ETag), so that
    # unchanged files are not downloaded again. Written only after the file's content is
    # stored; *origin* names the remote ("github:owner/repo@branch", "hf:host").
    """
    CREATE TABLE remote_files (
        origin TEXT NOT NULL,
        path TEXT NOT NULL,
        sha TEXT,
        etag TEXT,
        synced_at TEXT NOT NULL,
        PRIMARY KEY (origin, path)
    ) WITHOUT ROWID
    """,
]

# Old libraries imported the bundled samples like any digest, keyed by their path
# (".../resources/samples/2025/02/03.md"); such keys become "sample:" keys.
_OLD_SAMPLE_KEY = "'%resources_samples_%.md'"
_AI = "'0' || char(31) || 'AI summary' || char(31)"
_ABSTRACT = "'0' || char(31) || 'Abstract' || char(31)"
_EMPTY_HEAD = "'0' || char(31) || char(31)"

MIGRATIONS.append(
    # 2 -> 3: texts per source, samples apart, vote history, what Hugging Face adds.
    # - texts: one row per (paper, source family, kind); "digest" is the Korean digest
    #   (local files or the archive), "hf" the abstract and AI summary, "sample" the
    #   bundled samples. paper_texts keeps the displayed authors; its summary column is
    #   emptied (the text moves to texts). A Hugging Face summary was stored as two
    #   headed parts ("AI summary", "Abstract"); they become two texts with no heading.
    # - vote_history: (paper rowid, unix seconds, votes, source code) WITHOUT ROWID,
    #   ~20 bytes a snapshot (+~13 for the index on time, which finds the few papers
    #   whose votes moved lately for the "rising" sort); source codes are in
    #   vote_sources. Seeded with today's votes so the next change is recorded beside them.
    # - paper_meta: keywords, code repository and stars, project page, comments,
    #   organisation, as the newest Hugging Face listing gave them.
    f"""
    UPDATE paper_days SET source_key = 'sample:' || source_key
        WHERE source_key LIKE {_OLD_SAMPLE_KEY};
    UPDATE sources SET key = 'sample:' || key WHERE key LIKE {_OLD_SAMPLE_KEY};
    CREATE TABLE texts (
        rowid INTEGER PRIMARY KEY,
        paper INTEGER NOT NULL,
        family TEXT NOT NULL,
        kind TEXT NOT NULL,
        writer TEXT NOT NULL,
        language TEXT NOT NULL,
        date TEXT NOT NULL,
        parts TEXT NOT NULL
    );
    CREATE UNIQUE INDEX texts_by_paper ON texts (paper, family, kind);
    INSERT INTO texts (paper, family, kind, writer, language, date, parts)
        SELECT p.rowid,
            CASE WHEN EXISTS (SELECT 1 FROM paper_days d WHERE d.paper_id = p.id
                    AND d.date = p.content_date AND d.source_key LIKE 'sample:%') THEN 'sample'
                WHEN p.source IN ('markdown', 'github') THEN 'digest' ELSE p.source END,
            'summary', p.source, p.language, p.content_date, t.summary
        FROM papers p JOIN paper_texts t ON t.rowid = p.rowid
        WHERE p.source != 'hf' AND t.summary != '';
    INSERT INTO texts (paper, family, kind, writer, language, date, parts)
        SELECT p.rowid, 'hf', 'ai_summary', 'hf', p.language, p.content_date,
            {_EMPTY_HEAD} || substr(t.summary, length({_AI}) + 1,
                CASE WHEN instr(t.summary, char(30)) > 0
                    THEN instr(t.summary, char(30)) - length({_AI}) - 1
                    ELSE length(t.summary) END)
        FROM papers p JOIN paper_texts t ON t.rowid = p.rowid
        WHERE p.source = 'hf' AND substr(t.summary, 1, length({_AI})) = {_AI};
    INSERT INTO texts (paper, family, kind, writer, language, date, parts)
        SELECT p.rowid, 'hf', 'abstract', 'hf', p.language, p.content_date,
            {_EMPTY_HEAD} || substr(t.summary, instr(t.summary, {_ABSTRACT}) + length({_ABSTRACT}))
        FROM papers p JOIN paper_texts t ON t.rowid = p.rowid
        WHERE p.source = 'hf' AND instr(t.summary, {_ABSTRACT}) > 0;
    UPDATE paper_texts SET summary = '' WHERE summary != '';
    ALTER TABLE paper_texts ADD COLUMN authors_from TEXT NOT NULL DEFAULT 'digest';
    UPDATE paper_texts SET authors_from = 'hf'
        WHERE rowid IN (SELECT rowid FROM papers WHERE source = 'hf');
    CREATE TABLE vote_sources (
        code INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE
    );
    INSERT INTO vote_sources (code, name) VALUES (0, 'digest'), (1, 'hf'), (2, 'sample');
    CREATE TABLE vote_history (
        paper INTEGER NOT NULL,
        at INTEGER NOT NULL,
        source INTEGER NOT NULL,
        votes INTEGER NOT NULL,
        PRIMARY KEY (paper, at, source)
    ) WITHOUT ROWID;
    CREATE INDEX vote_history_by_time ON vote_history (at);
    INSERT INTO vote_history (paper, at, source, votes)
        SELECT p.rowid, CAST(strftime('%s', 'now') AS INTEGER),
            CASE WHEN d.source_key LIKE 'hf:%' THEN 1
                WHEN d.source_key LIKE 'sample:%' THEN 2 ELSE 0 END AS family,
            max(d.votes)
        FROM paper_days d JOIN papers p ON p.id = d.paper_id
        WHERE d.votes IS NOT NULL GROUP BY p.rowid, family;
    CREATE TABLE paper_meta (
        paper INTEGER PRIMARY KEY,
        date TEXT NOT NULL,
        keywords TEXT NOT NULL,
        github_repo TEXT,
        github_stars INTEGER,
        project_page TEXT,
        comments INTEGER,
        organization TEXT
    )
    """
)

MIGRATIONS.append(
    # 3 -> 4: "not interested" (issue 15). User state like bookmarks: keyed by arXiv id,
    # never written by imports. A row stays when the mark is lifted (dismissed = 0) so
    # that the change time survives for a user-state merge (newer change wins).
    """
    CREATE TABLE dismissed (
        paper_id TEXT PRIMARY KEY,
        dismissed INTEGER NOT NULL,
        changed_at TEXT NOT NULL
    ) WITHOUT ROWID
    """
)

_NOW_MS = "strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')"

MIGRATIONS.append(
    # 4 -> 5: triage, watch lists, and removals that travel (issue 13). User state only:
    # keyed by arXiv id, never written by imports (watch_hits excepted: derived, see below).
    # - triage: a paper's state (new, later, must-read, done, skipped) and, for "later"
    #   (the queue), its position; one change time for both. A row with state "new"
    #   is a reset that must travel too.
    # - day_triage: per day, how many of its papers are triaged (state other than new),
    #   kept like day_totals so the sidebar reads it instead of joining every paper.
    # - removals: when a read mark, bookmark, note or tag went away (kind, paper, tag or
    #   ''), so that a removal is a change with a time that a user-state merge can weigh
    #   against the other machine's. Triggers keep it in step with every writer.
    # - watch_terms: terms with include/exclude; a removed term stays (removed = 1) with
    #   its change time. seen_at: hits first seen after it are "new".
    # - watch_hits: which paper each live term hits, found at import time and when a
    #   term is added (reader.watch_match), never by scanning papers on each paint.
    f"""
    CREATE TABLE triage (
        paper_id TEXT PRIMARY KEY,
        state TEXT NOT NULL,
        queue_pos REAL,
        changed_at TEXT NOT NULL
    ) WITHOUT ROWID;
    CREATE INDEX triage_by_state ON triage (state, queue_pos);
    CREATE TABLE day_triage (
        date TEXT PRIMARY KEY,
        triaged INTEGER NOT NULL
    ) WITHOUT ROWID;
    CREATE TABLE removals (
        kind TEXT NOT NULL,
        paper_id TEXT NOT NULL,
        key TEXT NOT NULL,
        removed_at TEXT NOT NULL,
        PRIMARY KEY (kind, paper_id, key)
    ) WITHOUT ROWID;
    CREATE TRIGGER read_removed AFTER DELETE ON read_state BEGIN
        INSERT OR REPLACE INTO removals VALUES ('read', old.paper_id, '', {_NOW_MS});
    END;
    CREATE TRIGGER read_added AFTER INSERT ON read_state BEGIN
        DELETE FROM removals WHERE kind = 'read' AND paper_id = new.paper_id AND key = '';
    END;
    CREATE TRIGGER bookmark_removed AFTER DELETE ON bookmarks BEGIN
        INSERT OR REPLACE INTO removals VALUES ('bookmark', old.paper_id, '', {_NOW_MS});
    END;
    CREATE TRIGGER bookmark_added AFTER INSERT ON bookmarks BEGIN
        DELETE FROM removals WHERE kind = 'bookmark' AND paper_id = new.paper_id AND key = '';
    END;
    CREATE TRIGGER note_removed AFTER DELETE ON notes BEGIN
        INSERT OR REPLACE INTO removals VALUES ('note', old.paper_id, '', {_NOW_MS});
    END;
    CREATE TRIGGER note_added AFTER INSERT ON notes BEGIN
        DELETE FROM removals WHERE kind = 'note' AND paper_id = new.paper_id AND key = '';
    END;
    CREATE TRIGGER tag_removed AFTER DELETE ON tags BEGIN
        INSERT OR REPLACE INTO removals VALUES ('tag', old.paper_id, old.tag, {_NOW_MS});
    END;
    CREATE TRIGGER tag_added AFTER INSERT ON tags BEGIN
        DELETE FROM removals WHERE kind = 'tag' AND paper_id = new.paper_id AND key = new.tag;
    END;
    CREATE INDEX tags_by_tag ON tags (tag);
    CREATE TABLE watch_terms (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,
        term TEXT NOT NULL,
        exclude INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        changed_at TEXT NOT NULL,
        removed INTEGER NOT NULL DEFAULT 0,
        seen_at TEXT NOT NULL
    );
    CREATE TABLE watch_hits (
        term_id INTEGER NOT NULL,
        paper_id TEXT NOT NULL,
        first_seen TEXT NOT NULL,
        PRIMARY KEY (term_id, paper_id)
    ) WITHOUT ROWID;
    CREATE INDEX watch_hits_by_paper ON watch_hits (paper_id);
    CREATE INDEX watch_hits_by_time ON watch_hits (term_id, first_seen)
    """
)

MIGRATIONS.append(
    # 5 -> 6: a smaller library (issue 11). Texts are two thirds of a library's bytes
    # (264 of 405 MB at 110,000 papers): each is stored deflated (reader.textpack). A
    # text too short to gain stays TEXT; readers accept both, so nothing else changes.
    # Deflating the old texts here took ~3 s per 10,000 papers before the window could
    # show, so the migration only records where the background repack starts
    # (textpack.REPACK_KEY; reader.textpack.repack_step does it in small batches, the
    # window after its first paint, `compact` at once). The pages freed are reused by
    # later imports (the file itself shrinks after `daily-papers compact`, a VACUUM).
    """
    INSERT OR REPLACE INTO meta (key, value) VALUES ('texts_repack_after', '0')
    """
)

MIGRATIONS.append(
    # 6 -> 7: per-day read counts kept, not joined (issue 11). The day list's unread
    # counts joined every read paper to its days at each start-up and refresh of the
    # list: 90-130 ms at 110,000 papers with 96,000 read, growing with use. day_read
    # holds, per day, how many of its papers are read (a day with none has no row, or
    # one with 0: deleting it in the trigger doubled an unmark's cost, 1.5 s for 20,000),
    # filled here once and then kept in step like day_totals and day_triage:
    # - read_state changes, by any writer, through the triggers below. A paper counts
    #   once per day it is on; the insert trigger runs before the row goes in and only
    #   when the paper was not read, so INSERT OR IGNORE/REPLACE of a read paper
    #   changes nothing (with SQLite's default recursive_triggers off, REPLACE's
    #   delete fires no delete trigger). Only read_at is ever updated.
    # - paper_days changes (imports, sample purge) through reader.store._count_days,
    #   which recounts the days it rewrote, as it does day_totals.
    """
    CREATE TABLE day_read (
        date TEXT PRIMARY KEY,
        read INTEGER NOT NULL
    ) WITHOUT ROWID;
    INSERT INTO day_read (date, read)
        SELECT d.date, count(*) FROM read_state r
        CROSS JOIN paper_days d ON d.paper_id = r.paper_id GROUP BY d.date;
    CREATE TRIGGER day_read_added BEFORE INSERT ON read_state
    WHEN NOT EXISTS (SELECT 1 FROM read_state WHERE paper_id = new.paper_id) BEGIN
        INSERT INTO day_read (date, read)
            SELECT date, 1 FROM paper_days WHERE paper_id = new.paper_id
            ON CONFLICT (date) DO UPDATE SET read = read + 1;
    END;
    CREATE TRIGGER day_read_removed AFTER DELETE ON read_state BEGIN
        UPDATE day_read SET read = read - 1
            WHERE date IN (SELECT date FROM paper_days WHERE paper_id = old.paper_id);
    END
    """
)
