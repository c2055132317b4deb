"""The SQLite library on real temporary files: import, merge, user state, search, safety."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from reader.db import DatabaseCorrupt, DatabaseTooNew
from reader.importer import import_paths
from reader.library import Library, PaperQuery
from reader.schema import MIGRATIONS

DAY = """## Daily Papers ({date})

### [{title}](https://arxiv.org/abs/{pid})

Vote: {votes}

Authors: Ada Lovelace, Alan Turing

- {bullet}
"""


def write_day(
    folder: Path, date: str, pid: str, *, title="A Paper", votes=5, bullet="요약입니다"
) -> Path:
    path = folder / (date.replace("-", "/") + ".md")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        DAY.format(date=date, pid=pid, title=title, votes=votes, bullet=bullet), "utf-8"
    )
    return path


def test_sample_import_counts(library: Library, corpus: Path) -> None:
    report = import_paths(library, [corpus])
    assert report.imported == 17
    assert report.papers == 256 and report.new_papers == 255 and report.new_days == 17
    assert report.failed == [
        f"{corpus.resolve() / 'ATTRIBUTION.md'} is not a daily papers digest "
        "(no '## Daily Papers' section)"
    ]
    days = library.days()
    assert len(days) == 17
    assert [d.date for d in days] == sorted((d.date for d in days), reverse=True)
    assert sum(d.papers for d in days) == 256
    assert library.counts() == {"all": 255, "unread": 255, "bookmarked": 0}


def test_paper_on_two_days_is_one_paper(library: Library, corpus: Path) -> None:
    import_paths(library, [corpus])
    paper = library.paper("2410.09342")
    assert paper.dates == ("2024-10-16", "2024-10-18")
    assert paper.title.startswith("LLM×MapReduce")  # the LaTeX spelling beats the flattened one
    votes = [
        r.votes
        for d in paper.dates
        for r in library.rows(PaperQuery(date=d), 0, 100)
        if r.id == paper.id
    ]
    assert paper.votes == max(votes)


def test_reimport_unchanged_is_skipped(library: Library, corpus: Path) -> None:
    import_paths(library, [corpus])
    again = import_paths(library, [corpus])
    assert again.imported == 0 and again.unchanged == 17
    assert again.summary().startswith("Nothing changed")
    assert len(library.days()) == 17


def test_user_state_survives_reimport_of_changed_files(library: Library, tmp_path: Path) -> None:
    src = tmp_path / "digests"
    write_day(src, "2024-01-01", "2401.00001", votes=3)
    write_day(src, "2024-01-02", "2401.00002", votes=4)
    import_paths(library, [src])
    library.set_bookmarked(["2401.00001", "2401.00002"])
    library.set_read(["2401.00001"])
    library.set_note("2401.00001", "read again")
    library.add_tag("2401.00001", "llm")
    write_day(
        src, "2024-01-01", "2401.00001", votes=9, title="A Paper, revised", bullet="새로운 요약"
    )
    report = import_paths(library, [src])
    assert report.imported == 1 and report.unchanged == 1
    paper = library.paper("2401.00001")
    assert paper.title == "A Paper, revised" and paper.votes == 9
    state = library.state("2401.00001")
    assert state.read_at and state.bookmarked_at and state.note == "read again"
    assert state.tags == ("llm",)
    assert library.state("2401.00002").bookmarked_at
    assert library.search("새로운")[0].id == "2401.00001"
    assert library.search("요약입니다")[0].id == "2401.00002"  # old text of 0001 left the index
    assert [r.id for r in library.search("요약입니다")] == ["2401.00002"]


def test_paper_dropped_from_its_only_day_leaves_but_marks_stay(
    library: Library, tmp_path: Path
) -> None:
    src = tmp_path / "d"
    write_day(src, "2024-01-01", "2401.00001")
    import_paths(library, [src])
    library.set_bookmarked(["2401.00001"])
    write_day(src, "2024-01-01", "2401.00009", title="Replacement")
    import_paths(library, [src])
    assert library.paper("2401.00001") is None
    assert [(d.date, d.papers) for d in library.days()] == [("2024-01-01", 1)]
    assert library.search("Replacement")[0].id == "2401.00009"
    assert library.bookmarked_ids() == ["2401.00001"]  # the mark waits for the paper's return
    write_day(src, "2024-01-01", "2401.00001")
    import_paths(library, [src])
    assert library.state("2401.00001").bookmarked_at


def test_search_korean_particle_partial_english_and_surname(library: Library, corpus: Path) -> None:
    import_paths(library, [corpus])
    korean = {r.id for r in library.search("애니메이션")}
    assert "2412.14173" in korean  # its summary says 애니메이션은 / 애니메이션을
    diffus = library.search("diffus")
    assert diffus and all(
        "diffus"
        in (
            library.paper(r.id).title + " ".join(p.text for p in library.paper(r.id).summary)
        ).lower()
        for r in diffus
    )
    assert [r.id for r in library.search("Glaese")] == ["2403.05530"]
    assert [r.id for r in library.search("mapreduce long")] == ["2410.09342"]
    assert library.search("zzqqxx") == []
    assert library.search("a") == []  # one character matches too much to mean anything
    assert library.search('"unbalanced ( quote AND OR') == []  # FTS syntax is never the user's


def test_views_filters_and_sorts(library: Library, corpus: Path) -> None:
    import_paths(library, [corpus])
    day = PaperQuery(date="2024-03-11")
    rows = library.rows(day)
    assert [r.votes for r in rows] == sorted((r.votes for r in rows), reverse=True)
    library.set_read([rows[0].id])
    library.set_bookmarked([rows[1].id])
    assert library.count(PaperQuery(date="2024-03-11", unread_only=True)) == len(rows) - 1
    assert [r.id for r in library.rows(PaperQuery(view="bookmarked"))] == [rows[1].id]
    assert library.count(PaperQuery(view="unread")) == 254
    assert all(r.votes >= 20 for r in library.rows(PaperQuery(min_votes=20), 0, 500))
    titles = [r.title for r in library.rows(PaperQuery(sort="title"), 0, 20)]
    assert titles == sorted(titles, key=str.lower)
    dates = [r.date for r in library.rows(PaperQuery(sort="date"), 0, 300)]
    assert dates == sorted(dates, reverse=True)
    window = library.rows(PaperQuery(), 10, 5)
    assert [r.id for r in window] == [r.id for r in library.rows(PaperQuery(), 0, 15)][10:]
    day_info = {d.date: d for d in library.days()}["2024-03-11"]
    assert day_info.unread == day_info.papers - 1


def test_bulk_read_and_undo(library: Library, corpus: Path) -> None:
    import_paths(library, [corpus])
    library.set_read(["2403.05530"])
    changed = library.mark_all_read(PaperQuery(date="2024-03-11"))
    assert "2403.05530" not in changed and len(changed) == 6
    assert {d.date: d.unread for d in library.days()}["2024-03-11"] == 0
    library.set_read(changed, False)
    assert {d.date: d.unread for d in library.days()}["2024-03-11"] == 6


def test_schema_is_migrated_and_versioned(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite3"
    with Library(path):
        pass
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()


def test_newer_schema_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    conn.execute("CREATE TABLE future (x)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseTooNew, match="newer version"):
        Library(path)
    assert path.read_bytes() == before


def test_corrupt_file_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite3"
    path.write_bytes(b"this is not sqlite at all" * 100)
    before = path.read_bytes()
    with pytest.raises(DatabaseCorrupt, match="left untouched"):
        Library(path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lib.sqlite3"]


@pytest.mark.expect_errors(r"reader\.db: the library .* is damaged")
def test_damaged_pages_give_one_sentence(tmp_path: Path, corpus: Path) -> None:
    path = tmp_path / "lib.sqlite3"
    with Library(path) as lib:
        import_paths(lib, [corpus])
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    data = bytearray(path.read_bytes())
    for offset in range(4096 * 2, len(data), 4096):  # scribble over every page but the header
        data[offset + 100 : offset + 400] = b"\xa5" * 300
    path.write_bytes(bytes(data))
    from reader.db import LibraryError

    with pytest.raises(LibraryError, match="damaged"):
        with Library(path) as lib:
            lib.days()
            lib.search("diffusion")
            lib.rows(PaperQuery(), 0, 1000)


def test_stored_text_round_trips_even_with_control_characters(library: Library) -> None:
    from reader.model import Day, Paper, SummaryPart

    paper = Paper(
        id="2401.00077",
        title="Odd \x1f title",
        title_raw="Odd \x1f title",
        url="https://arxiv.org/abs/2401.00077",
        authors=("A \x1e B", "C"),
        summary=(SummaryPart(None, "plain"), SummaryPart("What's New", "x\x1fy", 1)),
    )
    library.store([("k", "h", [Day("2024-01-05", (paper,))], "test")])
    stored = library.paper("2401.00077")
    assert stored.authors == ("A   B", "C")
    assert stored.summary == (SummaryPart(None, "plain", 0), SummaryPart("What's New", "x y", 1))
    library.store(
        [("k", "h2", [Day("2024-01-05", ())], "test")]
    )  # drops it: index delete must match
    assert library.paper("2401.00077") is None
    assert library.integrity_ok()
    with library._db.transaction() as tx:  # an FTS5 command is an INSERT: the writer runs it
        tx.execute("INSERT INTO fts_words(fts_words, rank) VALUES ('integrity-check', 0)")
