"""Folds a toolbar's first actions into its More menu when the toolbar is too narrow.

A QToolBar that does not fit hides its last buttons behind a » extension, which is
nearly invisible in the dark theme; the detail toolbar's last buttons are the frequent
ones (Bookmark, Mark Unread). Folding the link openers into More instead keeps those
in view in a narrow detail pane, and they come back when there is room.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QToolBar

log = logging.getLogger(__name__)


class ToolbarFold(QObject):
    """Watches *toolbar*'s width; moves *foldable* (its leading actions) into *menu* and back."""

    def __init__(self, toolbar: QToolBar, menu: QMenu, foldable: list[QAction]) -> None:
        super().__init__(toolbar)
        self._toolbar, self._menu, self._foldable = toolbar, menu, foldable
        self._folded = False
        self._full = 0  # the toolbar's width with every action on it
        self._separator: QAction | None = None
        self._anchor: QAction | None = None  # the toolbar action the folded ones go back before
        toolbar.installEventFilter(self)

    def folded(self) -> bool:
        return self._folded

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._toolbar and event.type() == QEvent.Type.Resize:
            self.fit(self._toolbar.width())
        return False

    def fit(self, width: int) -> None:
        """Fold when *width* is less than the whole toolbar needs, unfold when it has room."""
        if not self._folded:
            self._full = self._toolbar.sizeHint().width()
            if width < self._full:
                self._fold()
        elif width >= self._full:
            self._unfold()

    def _fold(self) -> None:
        actions = self._toolbar.actions()
        last = actions.index(self._foldable[-1])
        self._anchor = actions[last + 1] if last + 1 < len(actions) else None
        for action in self._foldable:
            self._toolbar.removeAction(action)
        first = self._menu.actions()[0] if self._menu.actions() else None
        self._menu.insertActions(first, self._foldable)  # type: ignore[arg-type]
        self._separator = self._menu.insertSeparator(first) if first else None
        self._folded = True
        log.debug("toolbar folded at %d px (needs %d)", self._toolbar.width(), self._full)

    def _unfold(self) -> None:
        for action in self._foldable:
            self._menu.removeAction(action)
        if self._separator is not None:
            self._menu.removeAction(self._separator)
            self._separator = None
        self._toolbar.insertActions(self._anchor, self._foldable)  # type: ignore[arg-type]
        self._folded = False
