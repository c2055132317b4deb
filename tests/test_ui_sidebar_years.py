"""The sidebar makes a year's months and days only when they are first asked for.

A 10-year archive has ~3,800 rows and the window opens on the newest year:
making them all at start-up cost ~6 ms on the way to the first paint. Every
answer about a year not opened yet must be the one a whole tree gives.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QModelIndex, Qt

from reader.library import DayInfo
from reader.ui.sidebar.model import (
    DayTreeModel,
    KeyRole,
    KindRole,
    NewRole,
    PapersRole,
    TriagedRole,
    UnreadRole,
)
from reader.ui.sidebar.view import DaySidebar
from tests.ui_support import *  # the window fixtures (see its __all__)

START = date(2016, 1, 1)
DAYS = [
    DayInfo((START + timedelta(i)).isoformat(), 30, i % 3, triaged=i % 2)
    for i in reversed(range(3650))
]
COUNTS = {"all": 109_500, "unread": 3650, "bookmarked": 0}


def _tree(model: DayTreeModel, parent: QModelIndex | None = None) -> list:
    parent = parent or QModelIndex()
    rows = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        rows.append(
            (
                index.data(KindRole),
                index.data(KeyRole),
                index.data(Qt.ItemDataRole.DisplayRole),
                index.data(PapersRole),
                index.data(UnreadRole),
                index.data(TriagedRole),
                index.data(NewRole),
                index.parent() == parent,
                _tree(model, index),
            )
        )
    return rows


def _made(model: DayTreeModel) -> int:
    """How many day rows exist yet."""
    return len(model._days)


def _year(model: DayTreeModel, key: str) -> QModelIndex:
    return next(
        model.index(r, 0) for r in range(model.rowCount()) if model.index(r, 0).data(KeyRole) == key
    )


def test_the_window_makes_only_the_newest_year_at_start(qtbot) -> None:
    model = DayTreeModel()
    model.load(DAYS, COUNTS)
    assert _made(model) == 0
    view = DaySidebar(model)  # opens the newest day's year and month
    qtbot.addWidget(view)
    view.resize(240, 800)
    view.show()
    assert view.select_day(DAYS[0].date)
    qtbot.wait(10)  # laid out and painted
    assert 0 < _made(model) <= 366
    # a closed year: right totals, and it can be opened
    year = _year(model, "2019")
    unread = sum(d.unread for d in DAYS if d.date.startswith("2019"))
    assert (year.data(PapersRole), year.data(UnreadRole)) == (365 * 30, unread)
    assert model.hasChildren(year)
    assert model.rowCount(year) == 12


def test_a_tree_opened_bit_by_bit_is_the_whole_tree(qtmodeltester) -> None:
    whole = DayTreeModel()
    whole.load(DAYS, COUNTS)
    expected = _tree(whole)  # opens every year
    lazy = DayTreeModel()
    lazy.load(DAYS, COUNTS)
    qtmodeltester.check(lazy, force_py=True)
    assert _tree(lazy) == expected


def test_counts_of_a_closed_year_change_in_place_and_its_days_show_them(qtbot) -> None:
    model = DayTreeModel()
    model.load(DAYS, COUNTS)
    changed: list[str] = []
    model.dataChanged.connect(lambda first, _last, _roles: changed.append(first.data(KeyRole)))
    resets: list[int] = []
    model.modelAboutToBeReset.connect(lambda: resets.append(1))
    # every day of 2018 read, one 2017 day triaged more
    fresh = [
        d._replace(unread=0)
        if d.date.startswith("2018")
        else d._replace(triaged=5)
        if d.date == "2017-06-01"
        else d
        for d in DAYS
    ]
    model.load(fresh, COUNTS)
    assert resets == []
    assert "2018" in changed and _made(model) == 0  # told without opening it
    year = _year(model, "2018")
    assert year.data(UnreadRole) == 0
    day = model.index_of_day("2018-03-04")
    assert (day.data(PapersRole), day.data(UnreadRole)) == (30, 0)
    assert day.parent().data(UnreadRole) == 0
    assert model.day_info("2017-06-01").triaged == 5
    again = DayTreeModel()
    again.load(fresh, COUNTS)
    assert _tree(model) == _tree(again)


def test_a_day_of_a_closed_year_is_found_counted_and_flagged(qtbot) -> None:
    model = DayTreeModel()
    model.load(DAYS, COUNTS)
    index = model.index_of_day("2017-05-05")
    assert index.isValid() and index.data(KeyRole) == "2017-05-05"
    assert index.parent().data(KeyRole) == "2017-05"
    year = _year(model, "2016")
    unread = year.data(UnreadRole)
    before = model.day_info("2016-02-03")
    model.adjust_unread(["2016-02-03"], -1)
    assert model.day_info("2016-02-03").unread == max(0, before.unread - 1)
    assert year.data(UnreadRole) == unread - (before.unread > 0)
    model.mark_new(["2016-07-08"])
    assert model.index_of_day("2016-07-08").data(NewRole) is True
    assert model.new_days() == ["2016-07-08"]


def test_next_unread_day_looks_through_closed_years(qtbot) -> None:
    days = [d._replace(unread=0) for d in DAYS]
    days[-1] = days[-1]._replace(unread=3)  # only the oldest day has unread papers
    model = DayTreeModel()
    model.load(days, COUNTS)
    assert model.next_unread_day(days[0].date) == days[-1].date


def test_watch_terms_and_tags_keep_the_days_as_they_are(qtbot) -> None:
    model = DayTreeModel()
    model.load(DAYS, COUNTS)
    model.index_of_day(DAYS[0].date)  # the newest year is open, the others are not
    made = _made(model)
    model.set_sections([("diffusion", False, 4, 1)], [("rl", 2)])
    assert _made(model) == made  # no year opened, none made again
    assert (
        model.index_of("watch", "diffusion").isValid()
        and model.index_of_day("2016-01-01").isValid()
    )
    whole = DayTreeModel()
    whole.set_sections([("diffusion", False, 4, 1)], [("rl", 2)])
    whole.load(DAYS, COUNTS)
    assert _tree(model) == _tree(whole)
