"""The Related list and the For You view in the real window, driven by keys and clicks."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from reader.recommend import Suggestion
from reader.ui.recommend.suggestion_list import IdRole, ReasonRole, SuggestionModel
from tests.similar_support import wait_for_related
from tests.ui_support import *  # the window fixtures (see its __all__)
from tests.ui_support import written

VIDEO = ("2311.10709", "2312.06662", "2311.12052")  # Emu Video, W.A.L.T, MagicDance
SHOTS = Path(__file__).resolve().parent.parent / ".pytest-screens"


def _keep_shot(window, tmp_path: Path, name: str) -> Path:
    """Save the window as a PNG (tmp folder; copied beside the repo only when asked)."""
    path = tmp_path / name
    assert window.grab().save(str(path))
    if os.environ.get("KEEP_SCREENSHOTS"):
        SHOTS.mkdir(exist_ok=True)
        shutil.copy(path, SHOTS / name)
    return path


def test_suggestion_model_passes_the_model_tester(qtmodeltester) -> None:
    model = SuggestionModel()
    rows = [
        Suggestion(f"2401.0000{i}", f"Paper {i}", 1.0 - i / 10, ("video", "비디오"))
        for i in range(5)
    ]
    model.set_suggestions(rows)
    qtmodeltester.check(model, force_py=True)
    assert model.index(0, 0).data(IdRole) == "2401.00000"
    assert model.index(0, 0).data(ReasonRole) == "video, 비디오"
    assert model.remove("2401.00002") == 2 and model.rowCount() == 4
    assert model.remove("nope") == -1


def test_related_list_under_the_paper_says_why_and_one_click_goes_there(
    qtbot, corpus_db, make_window, tmp_path: Path
) -> None:
    window = make_window(read_delay_ms=60_000)
    window.sidebar.select_day("2023-11-20")
    assert window.paper_list.select_paper("2311.10709")  # Emu Video
    window.commands.flush()
    panel = window.similar.related
    assert panel.status.text() == "building the index…"  # no index yet: it says so
    wait_for_related(qtbot, window)
    assert panel.paper_id == "2311.10709"
    rows = panel.model.suggestions()
    assert 5 <= len(rows) <= 8
    assert sum("video" in s.title.lower() for s in rows) >= 4
    assert all(s.why for s in rows) and "2311.10709" not in panel.ids()
    assert not panel.view.isVisible()  # collapsed to its header, which gives the count
    assert panel.title.text() == f"Related  {len(rows)}"
    qtbot.mouseClick(panel.title, Qt.MouseButton.LeftButton)
    assert panel.view.isVisible() and panel.view.isEnabled()
    _keep_shot(window, tmp_path, "related.png")

    target = rows[1].id
    rect = panel.view.visualRect(panel.model.index(1, 0))
    with qtbot.waitSignal(window.similar.related_shown, timeout=10_000):
        qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        window.commands.flush()
    assert window.commands.current.id == target
    assert panel.paper_id == target  # the list now shows the papers like that one


def test_for_you_ranks_unread_papers_like_the_bookmarks_and_x_dismisses(
    qtbot, corpus_db, make_window, tmp_path: Path
) -> None:
    window = make_window(read_delay_ms=60_000)
    window.library.set_bookmarked(VIDEO)
    wait_for_related(qtbot, window)
    with qtbot.waitSignal(window.similar.ranked, timeout=10_000):
        assert window.sidebar.select_view("for_you")
    pane = window.similar.for_you
    assert window.similar.middle.currentWidget() is pane
    rows = pane.model.suggestions()
    assert len(rows) >= 20
    top = rows[:10]
    assert sum("video" in s.title.lower() for s in top) >= 7, [s.title for s in top]
    assert all(s.like_id in VIDEO and s.why for s in rows)
    assert not set(pane.ids()) & set(VIDEO)
    assert window.day_model.index_of_view("for_you").data() == "For You"
    window.commands.flush()
    first = rows[0].id
    assert window.commands.current.id == first  # the top suggestion is shown
    assert QApplication.focusWidget() is pane.view
    related = window.similar.related  # follows the paper shown
    qtbot.waitUntil(lambda: related.paper_id == first and related.view.isEnabled(), timeout=10_000)
    assert first not in related.ids() and related.model.rowCount() > 0
    _keep_shot(window, tmp_path, "for-you.png")

    qtbot.keyClick(pane.view, Qt.Key.Key_X)
    window.commands.flush()
    written(window)  # the dismissal is queued on the library's writer; the list drops it at once
    assert window.library.dismissed_ids() == [first]
    assert first not in pane.ids()
    assert pane.view.current_id() == rows[1].id
    assert window.commands.current.id == rows[1].id
    qtbot.keyClick(pane.view, Qt.Key.Key_J)
    window.commands.flush()
    assert window.commands.current.id == rows[2].id

    with qtbot.waitSignal(window.similar.ranked, timeout=10_000):  # ranked again: still gone
        window.similar.rank()
    assert first not in pane.ids()

    window.sidebar.select_day("2024-03-11")  # a day goes back to the paper list
    assert window.similar.middle.currentWidget() is window.paper_list


def test_for_you_without_bookmarks_says_what_it_needs(qtbot, corpus_db, make_window) -> None:
    window = make_window(read_delay_ms=60_000)
    wait_for_related(qtbot, window)
    with qtbot.waitSignal(window.similar.ranked, timeout=10_000):
        window.sidebar.select_view("for_you")
    pane = window.similar.for_you
    assert pane.model.rowCount() == 0
    assert pane.empty.isVisible() and "Bookmark papers you like" in pane.empty.text()


def test_an_import_updates_the_index_in_the_background(
    qtbot, data_dir, make_window, corpus: Path, tmp_path: Path
) -> None:
    src = tmp_path / "digests"
    for rel in ("2024/10/16.md", "2024/10/21.md", "2025/03/14.md"):
        (src / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(corpus / rel, src / rel)
    window = make_window(read_delay_ms=60_000, load=False)
    with qtbot.waitSignal(window.similar.index_updated, timeout=60_000) as first:
        window.import_paths([str(src)])  # the import's refresh asks for the update
    built = first.args[0]
    assert built["rebuilt"] and built["papers"] == window.library.counts()["all"] > 50
    (src / "2024/10/18.md").parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(corpus / "2024/10/18.md", src / "2024/10/18.md")
    with qtbot.waitSignal(window.similar.index_updated, timeout=60_000) as day:
        window.import_paths([str(src)])
    # a day's update, no rebuild: its 8 new papers, and the ninth (listed on 2024-10-16
    # too) indexed again since its text now comes from the newer day
    assert (day.args[0]["added"], day.args[0]["removed"], day.args[0]["rebuilt"]) == (9, 1, False)
    assert day.args[0]["papers"] == built["papers"] + 8
