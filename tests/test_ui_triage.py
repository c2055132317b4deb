"""Triage in the window (issue 13): state keys on a selection, icons, undo, views, progress.

A real window over a copy of the corpus library; keys are pressed on the list
and every check reads the library (and the models the window paints from).
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from reader import triage
from reader.ui.papers.model import MarksRole
from reader.ui.sidebar.model import TriagedRole
from tests.triage_checks import press
from tests.ui_support import *  # the window fixtures (see its __all__)
from tests.ui_support import day_window, settle

DAY = "2024-03-11"  # 7 papers


def test_a_key_on_a_selection_sets_every_selected_paper_and_undo_takes_it_back(
    qtbot, corpus_db, make_window
) -> None:
    window = day_window(qtbot, make_window, DAY)
    ids = window.paper_list.model.ids()[:3]
    qtbot.keyClick(window.paper_list.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(window.paper_list.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert window.triage.selected_ids() == ids
    press(qtbot, window, "S")
    assert triage.states(window.library, ids) == dict.fromkeys(ids, "skipped")
    for i in range(3):  # the rows paint the new state
        assert window.paper_list.model.index(i, 0).data(MarksRole).state == "skipped"
    rest = window.paper_list.model.ids()[3:]
    assert set(triage.states(window.library, rest).values()) == {"new"}
    assert window.action_set["undo_mark"].isEnabled()
    assert (
        "Skip" in window.action_set["undo_mark"].text()
        or "skipped" in window.action_set["undo_mark"].text()
    )
    press(qtbot, window, "Ctrl+Z")
    assert triage.states(window.library, ids) == dict.fromkeys(ids, "new")
    assert window.paper_list.model.index(0, 0).data(MarksRole).state == "new"
    assert not window.action_set["undo_mark"].isEnabled()


def test_undo_takes_back_the_newest_change_first(qtbot, corpus_db, make_window) -> None:
    window = day_window(qtbot, make_window, DAY)
    first = window.commands.current.id
    press(qtbot, window, "Q")  # queued; the list moves on to the next paper
    second = window.commands.current.id
    assert second != first and triage.state(window.library, first) == "later"
    press(qtbot, window, "I")
    assert triage.state(window.library, second) == "must-read"
    press(qtbot, window, "Ctrl+K")  # a bulk read mark is the newest now
    assert window.library.counts()["unread"] < 255
    unread_after = window.library.counts()["unread"]
    press(qtbot, window, "Ctrl+Z")  # undoes the read mark, not the triage
    assert window.library.counts()["unread"] > unread_after
    assert triage.state(window.library, second) == "must-read"
    press(qtbot, window, "Ctrl+Z")
    assert triage.state(window.library, second) == "new"
    assert triage.state(window.library, first) == "later"
    press(qtbot, window, "Ctrl+Z")
    assert triage.state(window.library, first) == "new"


def test_triage_views_count_and_list_and_the_day_shows_its_progress(
    qtbot, corpus_db, make_window
) -> None:
    window = day_window(qtbot, make_window, DAY)
    ids = window.paper_list.model.ids()
    day = window.day_model.index_of_day(DAY)
    assert day.data(TriagedRole) == 0
    window.paper_list.select_paper(ids[0])
    press(qtbot, window, "E")
    window.paper_list.select_paper(ids[1])
    press(qtbot, window, "Q")
    window.paper_list.select_paper(ids[2])
    press(qtbot, window, "Q")
    assert window.day_model.index_of_day(DAY).data(TriagedRole) == 3
    assert window.day_model.day_info(DAY).triaged == 3
    assert "3 triaged" in window.paper_list.subtitle.text()
    counts = window.day_model.counts()
    assert (counts["queue"], counts["done"], counts["must-read"]) == (2, 1, 0)
    assert window.sidebar.select_view("queue")
    settle(qtbot, window)
    assert window.paper_list.model.ids() == [ids[1], ids[2]]  # queue order
    assert window.paper_list.title.text() == "Queue"
    assert window.sidebar.select_view("done")
    settle(qtbot, window)
    assert window.paper_list.model.ids() == [ids[0]]


def test_catch_up_lists_untriaged_papers_and_skip_the_rest_is_undone(
    qtbot, corpus_db, make_window
) -> None:
    window = day_window(qtbot, make_window, DAY)
    assert window.sidebar.select_view("catchup")
    settle(qtbot, window)
    listed = window.paper_list.model.ids()
    assert (
        listed
        and listed[: len(triage.catchup_ids(window.library))]
        == triage.catchup_ids(window.library)[: len(listed)]
    )
    window.paper_list.select_row(0)
    window.paper_list.view.setFocus()
    settle(qtbot, window)
    press(qtbot, window, "Q")
    queued = listed[0]
    press(qtbot, window, "Ctrl+Shift+S")
    assert triage.state(window.library, queued) == "later"  # triaged papers stay as they are
    assert triage.catchup_ids(window.library) == []
    assert window.day_model.counts()["catchup"] == 0
    press(qtbot, window, "Ctrl+Z")
    assert triage.state(window.library, queued) == "later"
    assert set(triage.catchup_ids(window.library)) == set(listed) - {queued}


def test_papers_dragged_in_the_queue_land_where_dropped(qtbot, corpus_db, make_window) -> None:
    window = day_window(qtbot, make_window, DAY)
    ids = window.paper_list.model.ids()[:4]
    triage.set_state(window.library, ids, "later")
    model = window.paper_list.model
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsDragEnabled  # a day: no drag
    assert window.sidebar.select_view("queue")
    settle(qtbot, window)
    assert model.ids() == ids
    assert model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsDragEnabled
    # drag the last paper and drop it above the second row (the view's own drop path)
    data = model.mimeData([model.index(3, 0)])
    model.dropMimeData(data, Qt.DropAction.MoveAction, 1, 0, model.index(-1, 0).parent())
    settle(qtbot, window)
    expected = [ids[0], ids[3], ids[1], ids[2]]
    assert triage.queue(window.library) == expected
    assert model.ids() == expected
    # two papers dragged to the end keep their order
    data = model.mimeData([model.index(0, 0), model.index(1, 0)])
    model.dropMimeData(data, Qt.DropAction.MoveAction, 4, 0, model.index(-1, 0).parent())
    settle(qtbot, window)
    assert triage.queue(window.library) == [ids[1], ids[2], ids[0], ids[3]]
