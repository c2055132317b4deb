"""The library's schema as ordered migrations (``PRAGMA user_version`` counts them).

Never edit a released migration: append a new one. A paper's long text (authors,
summary) sits in ``paper_texts`` beside its row in ``papers``, so that list queries
and sorts over 100k papers read small rows. Content tables (papers,
paper_days, sources) are rewritten by imports; user-state tables (read_state,
bookmarks, notes, tags) are keyed by arXiv id and never touched by an import.

Search: titles go into a trigram index (substring matches, cheap on short text);
titles, authors and summaries into a unicode61 word index queried by prefix, which matches Korean words followed by a particle ('애니메이션' ->
'애니메이션은') and partial English words ('diffus' -> 'diffusion') at a quarter
of trigram's import cost. A two-character prefix index keeps the first keystrokes
of a search cheap. The word index keeps no positions (``detail='none'``: a third
cheaper to build), so a term is searched as the AND of its words, not as a
phrase. Both indexes are contentless: the text lives in ``papers``.
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
