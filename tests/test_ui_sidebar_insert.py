"""Days that arrive (an import, a sync) are inserted into the sidebar, not rebuilt.

A reset rebuilt ~4,000 nodes and re-laid out the whole tree on the UI thread at
110,000 papers (up to 100 ms at the end of an import or a sync); the inserted
rows must leave exactly the tree a fresh build gives.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from reader.library import DayInfo
from reader.ui.sidebar.model import DayTreeModel, KeyRole, KindRole, PapersRole, UnreadRole
from reader.ui.sidebar.view import DaySidebar
from tests.ui_support import *  # the window fixtures (see its __all__)

OLD = [
    DayInfo("2024-02-10", 5, 2, triaged=1),
    DayInfo("2024-01-02", 3, 3),
    DayInfo("2023-12-31", 4, 0),
    DayInfo("2023-12-30", 2, 1),
]
NEW = [
    DayInfo("2025-01-01", 7, 7),  # a new year
    DayInfo("2024-03-05", 6, 6, triaged=2),  # a new month of a known year
    DayInfo("2024-02-11", 1, 1),  # a new day of a known month
    DayInfo("2024-02-09", 2, 0),  # another, below a known day
    DayInfo("2023-11-01", 9, 4),  # a new month at the bottom
    DayInfo("2022-05-05", 1, 1),  # a new oldest year
]
COUNTS = {"all": 24, "unread": 7}


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
                index.parent() == parent,
                _tree(model, index),
            )
        )
    return rows


def test_arrived_days_are_inserted_rows_giving_the_tree_a_fresh_build_gives(
    qtmodeltester,
) -> None:
    model = DayTreeModel()
    model.load(OLD, COUNTS)
    qtmodeltester.check(model)  # stays attached: checks every signal of the insertions
    resets, inserts = [], []
    model.modelAboutToBeReset.connect(lambda: resets.append(1))
    model.rowsInserted.connect(lambda parent, first, last: inserts.append(parent.data(KeyRole)))
    model.load(OLD + NEW, {"all": 50, "unread": 26})
    assert resets == []
    assert len(inserts) == 6  # one row per new year or month, one per day of a known month
    fresh = DayTreeModel()
    fresh.load(OLD + NEW, {"all": 50, "unread": 26})
    assert _tree(model) == _tree(fresh)
    assert model.dates() == fresh.dates()
    assert model.index_of_day("2024-02-09").row() == 2  # after 2024-02-11 and 2024-02-10


def test_a_day_gone_still_rebuilds(qtmodeltester) -> None:
    model = DayTreeModel()
    model.load(OLD, COUNTS)
    resets = []
    model.modelAboutToBeReset.connect(lambda: resets.append(1))
    model.load(OLD[1:] + NEW[:1], COUNTS)
    assert resets == [1]
    fresh = DayTreeModel()
    fresh.load(OLD[1:] + NEW[:1], COUNTS)
    assert _tree(model) == _tree(fresh)


def test_the_sidebar_keeps_its_selection_and_opens_the_newest_day(qtbot) -> None:
    model = DayTreeModel()
    model.load(OLD, COUNTS)
    view = DaySidebar(model)
    qtbot.addWidget(view)
    chosen: list[str] = []
    view.day_selected.connect(chosen.append)
    assert view.select_day("2024-01-02")
    chosen.clear()
    model.load(OLD + NEW, COUNTS)
    assert view.current_key() == "day:2024-01-02" and chosen == []  # no new selection
    newest = model.index_of_day("2025-01-01")
    assert view.isExpanded(newest.parent()) and view.isExpanded(newest.parent().parent())
