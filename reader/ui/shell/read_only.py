"""The window on a read-only library: what cannot write is disabled, and says why.

A damaged library, or one in a folder the app cannot write, is opened read-only
(:attr:`reader.db.Database.read_only_reason`). The banner gives the one sentence;
here the actions that only write (sync, import, mark read, triage) are disabled
with that sentence as their tooltip, and the note and tags editors become
read-only so that nothing typed is silently dropped. Actions that other code
enables again (a sync or an import ending) are held disabled.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from reader.ui.window import MainWindow

log = logging.getLogger(__name__)

WRITING_ACTIONS = (
    "sync_now",
    "import_files",
    "import_folder",
    "mark_list_read",
    "mark_all_read",
    "state_later",
    "state_must",
    "state_done",
    "state_skipped",
    "state_new",
    "queue_up",
    "queue_down",
    "skip_rest",
    "not_interested",
    "edit_note",
    "edit_tags",
)


class ReadOnlyUi(QObject):
    """Applies a read-only library's limits to a :class:`MainWindow`. Signals: none."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self.reason: str | None = None
        self._tips: dict[str, str] = {}
        for name in WRITING_ACTIONS:
            action = window.action_set[name]
            action.enabledChanged.connect(lambda on, a=action: self._hold(a, on))

    def _hold(self, action: QAction, on: bool) -> None:
        if on and self.reason is not None:
            action.setEnabled(False)

    def apply(self, reason: str | None) -> None:
        """Disable the writing actions and lock the editors while *reason* is set."""
        if reason == self.reason:
            return
        self.reason = reason
        if reason is not None:
            log.info("read-only library: writing actions disabled")
        for name in WRITING_ACTIONS:
            action = self.w.action_set[name]
            if reason is not None:
                self._tips.setdefault(name, action.toolTip())
                action.setToolTip(reason)
                action.setEnabled(False)
            elif name in self._tips:
                action.setToolTip(self._tips.pop(name))
                action.setEnabled(True)
        if reason is None:
            self.w.commands.update_paper_actions()
        self.w.notes.editor.set_read_only(reason)
