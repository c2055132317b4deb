"""The window between runs: geometry, toolbars, pane sizes, selection, sort and filters.

Stored as the ``ui_*`` settings of :mod:`reader.ui.common.settings` when the window
closes and restored by :meth:`MainWindow.load <reader.ui.window.MainWindow.load>`.
Plain functions over the window's public parts, so the window class stays about
wiring.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.ui.window import MainWindow


def restore(window: MainWindow) -> None:
    """Geometry, toolbars and pane sizes (or the default sizes), then the list's filters."""
    s = window.settings
    geometry, splitter = s.get("ui_geometry"), s.get("ui_splitter")
    if geometry:
        window.restoreGeometry(geometry)
    if s.get("ui_window_state"):
        window.restoreState(s.get("ui_window_state"))
    if not (splitter and window.splitter.restoreState(splitter)):
        default_sizes(window)
    window.paper_list.set_filters(
        s.get("ui_sort"),
        s.get("ui_unread_only"),
        s.get("ui_bookmarked_only"),
        s.get("ui_min_votes"),
        s.get("ui_has_code"),
    )


def default_sizes(window: MainWindow) -> None:
    """Sidebar, list and detail widths for the window's width."""
    width = max(window.width(), 800)
    side = int(min(280, max(192, width * 0.16)))
    middle = int(min(480, max(290, width * 0.28)))
    window.splitter.setSizes([side, middle, max(320, width - side - middle)])


def save(window: MainWindow) -> None:
    """Everything :func:`restore` and the selection need, written to the ini file now."""
    s = window.settings
    s.set("ui_geometry", bytes(window.saveGeometry().data()))
    s.set("ui_window_state", bytes(window.saveState().data()))
    s.set("ui_splitter", bytes(window.splitter.saveState().data()))
    s.set("ui_selection", window.sidebar.current_key())
    current = window.commands.current
    s.set("ui_paper", current.id if current else "")
    for name, value in window.paper_list.filters().items():
        s.set(name, value)
    s.sync()
