"""Triage states, the queue, triage views, per-day progress and catch-up, on a real library."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from reader import triage
from reader.importer import import_paths
from reader.library import Library, PaperQuery
from tests.digests import Entry, write_day

DAYS = {
    "2025-03-01": [Entry(f"2503.0000{i}", f"Early paper {i}", 10 + i) for i in range(1, 4)],
    "2025-03-02": [Entry(f"2503.0010{i}", f"Middle paper {i}", 20 + i) for i in range(1, 4)],
    "2025-03-03": [Entry(f"2503.0020{i}", f"Late paper {i}", 30 + i) for i in range(1, 5)],
}


@pytest.fixture
def lib(tmp_path: Path):
    folder = tmp_path / "digests"
    for date, entries in DAYS.items():
        write_day(folder, date, entries)
    library = Library(tmp_path / "library.sqlite3")
    assert import_paths(library, [folder]).imported == 3
    yield library
    library.close()


def _ids(library: Library, **query) -> list[str]:
    return [r.id for r in library.rows(PaperQuery(**query), 0, 1000)]


def test_set_state_in_bulk_returns_only_changes_and_undo_restores(lib: Library):
    changes = triage.set_state(lib, ["2503.00001", "2503.00002"], "must-read")
    assert [(c.id, c.before, c.after) for c in changes] == [
        ("2503.00001", "new", "must-read"),
        ("2503.00002", "new", "must-read"),
    ]
    again = triage.set_state(lib, ["2503.00001", "2503.00003"], "must-read")
    assert [c.id for c in again] == ["2503.00003"]
    done = triage.set_state(lib, ["2503.00001"], "done")
    assert triage.states(lib, ["2503.00001", "2503.00002", "2503.00101"]) == {
        "2503.00001": "done",
        "2503.00002": "must-read",
        "2503.00101": "new",
    }
    triage.undo(lib, done)
    assert triage.state(lib, "2503.00001") == "must-read"
    with pytest.raises(ValueError, match="not a triage state"):
        triage.set_state(lib, ["2503.00001"], "someday")


def test_state_is_independent_of_read_and_bookmark(lib: Library):
    lib.set_read(["2503.00001"])
    lib.set_bookmarked(["2503.00001"])
    triage.set_state(lib, ["2503.00001"], "skipped")
    state = lib.state("2503.00001")
    assert state.read_at is not None and state.bookmarked_at is not None
    lib.set_read(["2503.00001"], False)
    assert triage.state(lib, "2503.00001") == "skipped"


def test_queue_keeps_order_appends_and_moves(lib: Library):
    triage.set_state(lib, ["2503.00201", "2503.00202", "2503.00203"], "later")
    triage.set_state(lib, ["2503.00101"], "later")
    assert triage.queue(lib) == ["2503.00201", "2503.00202", "2503.00203", "2503.00101"]
    triage.move_in_queue(lib, ["2503.00101"], 0)
    assert triage.queue(lib) == ["2503.00101", "2503.00201", "2503.00202", "2503.00203"]
    triage.move_in_queue(lib, ["2503.00201", "2503.00101"], 99)
    assert triage.queue(lib) == ["2503.00202", "2503.00203", "2503.00201", "2503.00101"]
    triage.move_in_queue(lib, ["2503.00001"], 1)  # not queued yet: joins at that place
    assert triage.queue(lib) == [
        "2503.00202",
        "2503.00001",
        "2503.00203",
        "2503.00201",
        "2503.00101",
    ]
    # the Queue view lists it in that order whatever the sort asks
    assert _ids(lib, view="queue", sort="title") == triage.queue(lib)
    triage.set_state(lib, ["2503.00203"], "done")
    assert "2503.00203" not in triage.queue(lib)


def test_many_moves_to_one_place_renumber_and_keep_order(lib: Library):
    ids = [p.id for entries in DAYS.values() for p in entries]
    triage.set_state(lib, ids, "later")
    for _ in range(60):  # halving the same gap again and again runs out of room
        first, second = triage.queue(lib)[:2]
        triage.move_in_queue(lib, [triage.queue(lib)[-1]], 1)
        assert triage.queue(lib)[0] == first and triage.queue(lib)[2] == second
    assert sorted(triage.queue(lib)) == sorted(ids)


def test_views_and_filters(lib: Library):
    triage.set_state(lib, ["2503.00001"], "must-read")
    triage.set_state(lib, ["2503.00002"], "done")
    triage.set_state(lib, ["2503.00003", "2503.00101"], "skipped")
    assert _ids(lib, view="must-read") == ["2503.00001"]
    assert _ids(lib, view="done") == ["2503.00002"]
    assert sorted(_ids(lib, view="skipped")) == ["2503.00003", "2503.00101"]
    # skipped papers leave the Unread view (and its count), even unread ones
    unread = _ids(lib, view="unread")
    assert "2503.00003" not in unread and "2503.00001" in unread and len(unread) == 8
    assert lib.counts()["unread"] == 8
    assert lib.count(PaperQuery(view="unread")) == 8
    # a state filter within one day
    assert _ids(lib, date="2025-03-01", state="new") == []
    assert _ids(lib, date="2025-03-01", state="done") == ["2503.00002"]
    assert triage.view_counts(lib)["skipped"] == 2


def test_day_progress_is_kept_through_changes_and_imports(lib: Library, tmp_path: Path):
    assert triage.day_progress(lib)["2025-03-02"] == (0, 3)
    triage.set_state(lib, ["2503.00101", "2503.00102"], "done")
    assert triage.day_progress(lib)["2025-03-02"] == (2, 3)
    assert {d.date: d.triaged for d in lib.days()}["2025-03-02"] == 2
    triage.set_state(lib, ["2503.00101"], "new")  # back to new: no longer triaged
    assert triage.day_progress(lib)["2025-03-02"] == (1, 3)
    # a new day repeats a triaged paper: it counts there too, without a state change
    write_day(tmp_path / "more", "2025-03-04", [DAYS["2025-03-02"][1], Entry("2503.00301", "X", 1)])
    import_paths(lib, [tmp_path / "more"])
    assert triage.day_progress(lib)["2025-03-04"] == (1, 2)
    # the kept table agrees with a full count
    conn = sqlite3.connect(lib.path)
    full = dict(
        conn.execute(
            "SELECT d.date, count(*) FROM paper_days d JOIN triage t ON t.paper_id = d.paper_id"
            " WHERE t.state != 'new' GROUP BY d.date"
        ).fetchall()
    )
    conn.close()
    assert {d: t for d, (t, _n) in triage.day_progress(lib).items() if t} == full


def test_catch_up_folds_days_since_the_last_finished_one(lib: Library, tmp_path: Path):
    from reader import watch

    # nothing finished yet: the newest days (up to a week), untriaged, by votes
    assert triage.catchup_dates(lib) == ["2025-03-03", "2025-03-02", "2025-03-01"]
    triage.set_state(lib, [e.id for e in DAYS["2025-03-01"]], "done")  # a finished day
    assert triage.catchup_dates(lib) == ["2025-03-03", "2025-03-02"]
    triage.set_state(lib, ["2503.00204"], "later")
    watch.add_term(lib, "Middle paper 1")  # a watch hit goes first
    ids = triage.catchup_ids(lib)
    assert ids == [
        "2503.00101",
        "2503.00203",
        "2503.00202",
        "2503.00201",
        "2503.00103",
        "2503.00102",
    ]
    assert _ids(lib, view="catchup") == ids
    assert triage.view_counts(lib)["catchup"] == 6
    changes = triage.skip_rest(lib)
    assert sorted(c.id for c in changes) == sorted(ids)
    assert triage.catchup_ids(lib) == [] and triage.state(lib, "2503.00204") == "later"
    assert triage.day_progress(lib)["2025-03-03"] == (4, 4)
    triage.undo(lib, changes)
    assert triage.catchup_ids(lib) == ids


def test_triaged_papers_count_as_dealt_with_for_suggestions(lib: Library):
    triage.set_state(lib, ["2503.00001"], "skipped")
    triage.set_state(lib, ["2503.00002"], "later")
    triage.set_state(lib, ["2503.00003"], "new")  # a reset is not a decision
    assert lib.triaged(["2503.00001", "2503.00002", "2503.00003"]) == {"2503.00001", "2503.00002"}
