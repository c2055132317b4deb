"""The window between runs: geometry, toolbars, pane sizes, selection, sort and filters.

Stored as the ``ui_*`` settings of :mod:`reader.ui.common.settings` when the window
closes and restored when it loads. Plain functions over the parts they are given
(the window as a QMainWindow, its pane splitter, the paper list), so the window
class stays about wiring.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow, QSplitter

    from reader.ui.common.settings import Settings
    from reader.ui.papers.pane import PaperListPane


def restore(
    s: Settings, window: QMainWindow, splitter: QSplitter, paper_list: PaperListPane
) -> None:
    """Geometry, toolbars and pane sizes (or the default sizes), then the list's filters."""
    geometry, sizes = s.get("ui_geometry"), s.get("ui_splitter")
    if geometry:
        window.restoreGeometry(geometry)
    if s.get("ui_window_state"):
        window.restoreState(s.get("ui_window_state"))
    if not (sizes and splitter.restoreState(sizes)):
        default_sizes(window, splitter)
    paper_list.set_filters(
        s.get("ui_sort"),
        s.get("ui_unread_only"),
        s.get("ui_bookmarked_only"),
        s.get("ui_min_votes"),
        s.get("ui_has_code"),
    )


def default_sizes(window: QMainWindow, splitter: QSplitter) -> None:
    """Sidebar, list and detail widths for the window's width."""
    width = max(window.width(), 800)
    side = int(min(280, max(192, width * 0.16)))
    middle = int(min(480, max(290, width * 0.28)))
    splitter.setSizes([side, middle, max(320, width - side - middle)])


def save(
    s: Settings,
    window: QMainWindow,
    splitter: QSplitter,
    paper_list: PaperListPane,
    selection: str,
    paper_id: str,
) -> None:
    """Everything :func:`restore` and the selection (*selection*, *paper_id*) need, written now."""
    s.set("ui_geometry", bytes(window.saveGeometry().data()))
    s.set("ui_window_state", bytes(window.saveState().data()))
    s.set("ui_splitter", bytes(splitter.saveState().data()))
    s.set("ui_selection", selection)
    s.set("ui_paper", paper_id)
    for name, value in paper_list.filters().items():
        s.set(name, value)
    s.sync()
