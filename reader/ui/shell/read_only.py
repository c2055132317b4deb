"""The window on a read-only library: what cannot write is disabled, and says why.

A damaged library, or one in a folder the app cannot write, is opened read-only
(:attr:`reader.db.Database.read_only_reason`); a library found damaged by the
check after start (:meth:`ReadOnlyUi.check`) turns read-only then. The banner
above the panes gives the one sentence; here the actions that only write (sync,
import, mark read, triage) are disabled with that sentence as their tooltip, and
the note and tags editors become read-only so that nothing typed is silently
dropped. Actions that other code enables again (a sync or an import ending) are
held disabled.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel

from reader import notify
from reader.ui.common.theme import warning_sheet

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from reader.library import Library
    from reader.ui.common.workers import Workers
    from reader.ui.detail.note_editor import NoteEditor
    from reader.ui.shell.actions import Actions
    from reader.ui.shell.status_bar import StatusBar

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


def library_banner() -> QLabel:
    """The label above the panes that says why the library is read-only (hidden otherwise)."""
    banner = QLabel()
    banner.setObjectName("libraryBanner")
    banner.setWordWrap(True)
    banner.setTextFormat(Qt.TextFormat.PlainText)
    banner.setContentsMargins(8, 6, 8, 6)
    banner.hide()
    return banner


class ReadOnlyUi(QObject):
    """Applies a read-only library's limits to the window: *banner*, actions, note editor.

    Signals: ``writable()`` when the library can be written again (the paper actions
    are enabled again by whoever owns them).
    """

    writable = Signal()

    def __init__(
        self,
        library: Library,
        workers: Workers,
        actions: Actions,
        banner: QLabel,
        status: StatusBar,
        editor: NoteEditor,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.library, self.workers, self.actions = library, workers, actions
        self.banner, self.status, self.editor = banner, status, editor
        self.reason: str | None = None
        self._tips: dict[str, str] = {}

    def wire(self) -> None:
        """Hold the writing actions disabled while read-only, whoever enables them."""
        for name in WRITING_ACTIONS:
            action = self.actions[name]
            action.enabledChanged.connect(lambda on, a=action: self._hold(a, on))

    def check(self) -> None:
        """Check the library file in a worker (``quick_check``) before anything writes to it.

        A damaged file turns read-only: the banner says so and every mark is refused
        with that sentence. A write made before the check ends waits for it.
        """
        self.show_state()
        if self.library.read_only_reason is None:
            self.workers.run_task(
                self.library.verify,
                lambda _reason: self.show_state(),
                self._check_failed,
                context=self,
                name="check library",
            )

    def _check_failed(self, exc: BaseException) -> None:
        text = self.tr("Checking the library failed (%1); details are in the log file.")
        notify.failure(exc, "Checking the library", text)
        self.show_state()

    def show_state(self) -> None:
        """The banner: shown, with its one sentence, while the library is read-only."""
        reason = self.library.read_only_reason
        self.banner.setText(reason or "")
        self.banner.setVisible(reason is not None)
        self.apply(reason)
        self.status.banner_text = reason or ""  # said once, in the banner
        if reason and reason in self.status.currentMessage():
            self.status.clearMessage()

    def message_shown(self, message: notify.Message) -> None:
        """A refused write or a damaged page may be why an error was shown: look again."""
        if message.level == "error":
            self.show_state()

    def restyle(self, palette: QPalette) -> None:
        """The banner's warning colours for *palette* (after a theme change)."""
        sheet = warning_sheet("#libraryBanner", palette)
        if self.banner.styleSheet() != sheet:
            self.banner.setStyleSheet(sheet)

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
            action = self.actions[name]
            if reason is not None:
                self._tips.setdefault(name, action.toolTip())
                action.setToolTip(reason)
                action.setEnabled(False)
            elif name in self._tips:
                action.setToolTip(self._tips.pop(name))
                action.setEnabled(True)
        if reason is None:
            self.writable.emit()
        self.editor.set_read_only(reason)
