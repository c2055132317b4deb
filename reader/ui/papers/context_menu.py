"""The paper rows' context menu, built from the window's declared actions.

A right-click on a row not yet selected selects it first (so the actions act on
the paper under the pointer, as in a mail reader); a right-click inside a
selection keeps it (triage states apply to every selected paper). Each menu is
deleted once closed: a hundred right-clicks leave no menu behind.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QItemSelectionModel, QObject, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QMenu

# the declared actions the menu lists, None for a separator (reader.ui.shell.actions)
PAPER_MENU: tuple[str | None, ...] = (
    "open_arxiv",
    "open_pdf",
    "copy_link",
    None,
    "toggle_bookmark",
    "toggle_read",
    None,
    "state_later",
    "state_must",
    "state_done",
    "state_skipped",
    "state_new",
)


class PaperContextMenu(QObject):
    """Shows :data:`PAPER_MENU` for the row under a right-click on *view*.

    *before_menu* runs after the row is selected and before the menu opens (the
    window shows the selected paper at once, so the actions apply to it).

    Signals: none.
    """

    def __init__(
        self,
        view: QAbstractItemView,
        action: Callable[[str], QAction],
        before_menu: Callable[[], None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._view = view
        self._actions: list[QAction | None] = [action(n) if n else None for n in PAPER_MENU]
        self._before_menu = before_menu
        self.menu: QMenu | None = None  # the open menu (tests)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self.show_at)

    def show_at(self, pos: QPoint) -> None:
        index = self._view.indexAt(pos)
        if not index.isValid():
            return
        selection = self._view.selectionModel()
        if not selection.isSelected(index):
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        if self._before_menu is not None:
            self._before_menu()
        menu = QMenu(self._view)
        menu.setObjectName("paperContextMenu")
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._fill(menu, self._actions)
        menu.destroyed.connect(self._gone)
        self.menu = menu
        menu.popup(self._view.viewport().mapToGlobal(pos))

    @staticmethod
    def _fill(menu: QMenu, actions: Sequence[QAction | None]) -> None:
        for item in actions:
            if item is None:
                menu.addSeparator()
            elif item.isVisible():
                menu.addAction(item)

    def _gone(self) -> None:
        self.menu = None
