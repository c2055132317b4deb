"""Vote history: a snapshot whenever a source shows a new count; the list's "rising" sort."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from reader.formats.hf_json import parse_bytes as parse_hf
from reader.formats.markdown import parse_text
from reader.importer import import_paths
from reader.library import Library, PaperQuery
from tests.digests import Entry, day_text, write_day
from tests.fake_remote import hf_item

DAY = "2025-03-10"


def _digest(library: Library, votes: dict[str, int], key: str = "github:d") -> None:
    text = day_text(DAY, [Entry(pid, f"Paper {pid}", v) for pid, v in votes.items()])
    library.store([(key, text, parse_text(text).days, "github")])


def _hf(library: Library, votes: dict[str, int], version: str) -> None:
    items = [hf_item(pid, f"Paper {pid}", upvotes=v) for pid, v in votes.items()]
    parsed = parse_hf(json.dumps(items).encode(), f"hf:{DAY}")
    library.store([(f"hf:{DAY}", version, parsed.days, "hf")])


def test_a_changed_copy_of_a_day_keeps_both_counts(cli, tmp_path: Path):
    folder = tmp_path / "digests"
    path = write_day(folder, DAY, [Entry("2503.00001", "Votes", 31), Entry("2503.00002", "B", 8)])
    assert cli("import", str(folder)).returncode == 0
    path.write_text(path.read_text().replace("Vote: 31", "Vote: 40"), encoding="utf-8")
    assert cli("import", str(folder)).returncode == 0
    paper = json.loads(cli("show", "2503.00001", "--json").stdout)
    history = paper["vote_history"]
    assert [(s["votes"], s["source"]) for s in history] == [(31, "digest"), (40, "digest")]
    assert history[0]["at"] < history[1]["at"]  # oldest first, ISO 8601 in UTC
    assert history[0]["at"].endswith("+00:00") and paper["votes"] == 40
    # the other paper's count did not change: one snapshot only
    other = json.loads(cli("show", "2503.00002", "--json").stdout)
    assert [s["votes"] for s in other["vote_history"]] == [8]


def test_a_copy_in_another_folder_counts_too(library: Library, tmp_path: Path):
    write_day(tmp_path / "a", DAY, [Entry("2503.00001", "Votes", 31)])
    write_day(tmp_path / "b", DAY, [Entry("2503.00001", "Votes", 40)])
    import_paths(library, [tmp_path / "a"])
    import_paths(library, [tmp_path / "b"])
    assert [s.votes for s in library.vote_history("2503.00001")] == [31, 40]
    assert library.paper("2503.00001").votes == 40  # type: ignore[union-attr]


def test_only_changes_are_recorded_per_source(library: Library):
    _digest(library, {"2503.00001": 31})
    _digest(library, {"2503.00001": 31}, key="github:again")  # same count, other file
    _hf(library, {"2503.00001": 35}, "1")
    _hf(library, {"2503.00001": 35}, "2")  # same count again
    _hf(library, {"2503.00001": 52}, "3")
    assert [(s.votes, s.source) for s in library.vote_history("2503.00001")] == [
        (31, "digest"),
        (35, "hf"),
        (52, "hf"),
    ]
    assert library.vote_history("2599.99999") == []


def test_unknown_votes_record_nothing(library: Library):
    text = day_text(DAY, [Entry("2503.00009", "No votes", None)])
    library.store([("github:x", "h", parse_text(text).days, "github")])
    assert library.vote_history("2503.00009") == []
    assert library.rising("2503.00009") is None


def test_rising_sorts_by_votes_gained_over_three_days(library: Library):
    _hf(library, {"2503.00001": 10, "2503.00002": 100, "2503.00003": 60}, "1")
    _hf(library, {"2503.00001": 50, "2503.00002": 105, "2503.00003": 60}, "2")
    by_votes = [r.id for r in library.rows(PaperQuery(date=DAY))]
    assert by_votes == ["2503.00002", "2503.00003", "2503.00001"]
    rising = [r.id for r in library.rows(PaperQuery(date=DAY, sort="rising"))]
    assert rising == ["2503.00001", "2503.00002", "2503.00003"]
    assert [library.rising(i) for i in rising] == [40, 5, 0]
    # the list rows carry the gain in this sort (for a "+40" beside the votes) ...
    assert [r.rising for r in library.rows(PaperQuery(date=DAY, sort="rising"))] == [40, 5, 0]
    assert [r.rising for r in library.rows(PaperQuery(sort="rising"))] == [40, 5, 0]
    # ... and not in the others, which stay as cheap as before
    assert {r.rising for r in library.rows(PaperQuery(date=DAY))} == {None}
    # windows of the list: the gainers, then the rest by votes
    assert [r.id for r in library.rows(PaperQuery(sort="rising"), 0, 2)] == rising[:2]
    assert [r.id for r in library.rows(PaperQuery(sort="rising"), 1, 2)] == rising[1:]
    assert [r.id for r in library.rows(PaperQuery(sort="rising"), 2, 5)] == rising[2:]
    assert library.rows(PaperQuery(sort="rising"), 3, 5) == []


def test_rising_with_more_risers_than_the_cap_sorts_in_sql(library: Library, monkeypatch):
    import reader.library

    votes = {f"2503.{i:05d}": i for i in range(1, 8)}
    _hf(library, votes, "1")
    _hf(library, {pid: v + (v * 7) % 5 for pid, v in votes.items()}, "2")
    fast = [r.id for r in library.rows(PaperQuery(sort="rising"))]
    monkeypatch.setattr(reader.library, "RISING_CAP", 2)
    assert [r.id for r in library.rows(PaperQuery(sort="rising"))] == fast
    assert [r.id for r in library.rows(PaperQuery(date=DAY, sort="rising"), 2, 3)] == fast[2:5]
    gains = [library.rising(i) for i in fast]
    assert gains == sorted(gains, reverse=True) and gains[0] == 4


def test_gains_older_than_three_days_do_not_count(library: Library):
    _hf(library, {"2503.00001": 10, "2503.00002": 100}, "1")
    _hf(library, {"2503.00001": 80, "2503.00002": 101}, "2")
    # age the whole history by four days: 2503.00001's jump is now old news
    conn = sqlite3.connect(library.path)
    with conn:
        conn.execute("UPDATE vote_history SET at = at - 4 * 86400 WHERE votes IN (10, 100)")
        conn.execute("UPDATE vote_history SET at = at - 4 * 86400 + 60 WHERE votes = 80")
    conn.close()
    assert library.rising("2503.00001") == 0  # no change since the cutoff
    assert library.rising("2503.00002") == 1
    rising = [r.id for r in library.rows(PaperQuery(date=DAY, sort="rising"))]
    assert rising == ["2503.00002", "2503.00001"]


def test_samples_leave_no_history_behind(library: Library, tmp_path: Path):
    from reader.samples import SAMPLES_DIR, import_samples

    import_samples(library, SAMPLES_DIR)
    assert [s.source for s in library.vote_history("2501.12948")] == ["sample"]
    _digest(library, {"2501.12948": 96})
    assert [(s.votes, s.source) for s in library.vote_history("2501.12948")] == [(96, "digest")]


def test_snapshots_stay_small(library: Library):
    """~33 bytes a snapshot with its time index: 110k papers x 10 snapshots stay near 36 MB."""
    conn = sqlite3.connect(library.path)
    at = 1_760_000_000
    with conn:
        conn.executemany(
            "INSERT INTO vote_history (paper, at, source, votes) VALUES (?, ?, ?, ?)",
            (
                (paper, at + 3600 * i + paper, i % 2, 5 * i + paper % 300)
                for paper in range(100_000, 111_000)
                for i in range(10)
            ),
        )
    size = conn.execute(
        "SELECT sum(pgsize) FROM dbstat WHERE name IN ('vote_history', 'vote_history_by_time')"
    ).fetchone()[0]
    rows = conn.execute("SELECT count(*) FROM vote_history").fetchone()[0]
    conn.close()
    assert rows == 110_000
    assert size / rows < 36, f"{size / rows:.1f} bytes a snapshot"
