"""The note and tags of the paper on show, under the detail pane.

The note is plain text, shown rendered as Markdown on demand (the Preview
button, ``QTextDocument.setMarkdown``: no HTML from the note is ever run).
It is saved 500 ms after the last keystroke, when another paper is shown, and
when the window closes, so nothing typed is lost. A save is one small UPSERT,
written on the UI thread like a single read mark: each save carries the newest
text, and no older save can land after it. Tags are typed comma-separated with
completion over every tag in the library; Enter (or leaving the field) applies
them, and only when the user edited them; Enter also gives the keys back to where
T was pressed. The note field is one line while the
note is empty and the field is not focused, so the summary keeps the height.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStackedWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from reader import notes_tags, notify
from reader.db import LibraryError
from reader.library import Library
from reader.ui.common.core_text import translated
from reader.ui.common.writes import report_failure, run_write

log = logging.getLogger(__name__)

SAVE_DELAY_MS = 500


class TagCompleter(QCompleter):
    """Completes the last comma-separated tag of the field, keeping the ones before it."""

    def splitPath(self, path: str) -> list[str]:
        return [path.rsplit(",", 1)[-1].strip()]

    def pathFromIndex(self, index) -> str:  # type: ignore[no-untyped-def]
        widget = self.widget()
        text = widget.text() if isinstance(widget, QLineEdit) else ""
        head = text.rsplit(",", 1)[0] + ", " if "," in text else ""
        return head + str(index.data())


def split_tags(text: str) -> list[str]:
    return [t.strip() for t in text.split(",") if t.strip()]


class NoteEditor(QWidget):
    """Note and tags of one paper.

    Signals: ``saved(str paper_id)`` after a note or tags change;
    ``expanded_changed(bool)`` when the note field grows from one line or shrinks back.
    """

    saved = Signal(str)
    expanded_changed = Signal(bool)

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noteEditor")
        self._library = library
        self.paper_id = ""
        self._saved_text = ""
        self._tags: list[str] = []
        self.title = QLabel(self.tr("Note"))
        self.title.setObjectName("noteTitle")
        self.watch = QLabel()  # the watch terms that hit the paper (set by WatchUi)
        self.watch.setObjectName("noteWatch")
        self.watch.setTextFormat(Qt.TextFormat.PlainText)
        self.watch.setStyleSheet("color: #c47f00")
        self.watch.hide()
        self.tags = QLineEdit()
        self.tags.setObjectName("noteTags")
        self.tags.setPlaceholderText(self.tr("Tags, comma-separated  (T)"))
        self._tag_model = QStringListModel(self)
        completer = TagCompleter(self._tag_model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.tags.setCompleter(completer)
        self._tags_edited = False  # set by the user's typing (or completion), never by a program
        self.tags.textEdited.connect(self._tags_typed)
        completer.activated.connect(self._tags_typed)
        self.tags.editingFinished.connect(self.apply_tags)  # Enter, or focus out
        # Enter is "done": the keys go back where T was pressed, so the next C or J is a
        # command again, not a letter added to the tags (and saved as one on focus out)
        self.tags.returnPressed.connect(self._tags_done)
        self._focus_before_tags: QWidget | None = None
        self.preview = QToolButton()
        self.preview.setObjectName("notePreview")
        self.preview.setText(self.tr("Preview"))
        self.preview.setCheckable(True)
        self.preview.setToolTip(self.tr("Show the note rendered as Markdown"))
        self.preview.toggled.connect(self._show_preview)
        self.edit = QPlainTextEdit()
        self.edit.setObjectName("noteEdit")
        self.edit.setPlaceholderText(self.tr("Your note on this paper, in Markdown  (C)"))
        self.edit.setTabChangesFocus(True)
        self.rendered = QTextBrowser()
        self.rendered.setObjectName("noteRendered")
        self.rendered.setOpenLinks(False)
        for widget in (self.tags, self.edit, self.rendered):
            # Only a click or the C / T keys bring focus here: never the focus chain
            # moving on from a widget that was disabled or hidden (a stray key typed
            # into the tags would be saved as a tag).
            widget.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.edit)
        self.stack.addWidget(self.rendered)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save)
        self.edit.textChanged.connect(self._typed)
        self.edit.installEventFilter(self)
        self._expanded = True
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.title)
        top.addWidget(self.tags, 1)
        top.addWidget(self.watch)
        top.addWidget(self.preview)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        self.setEnabled(False)
        self._update_expanded()

    # ----------------------------------------------------------- compactness

    def is_expanded(self) -> bool:
        return self._expanded

    def line_height(self) -> int:
        """The editor's height with a one-line note field."""
        layout = self.layout()
        assert layout is not None  # made with one
        margins = layout.contentsMargins()
        top = max(self.tags.sizeHint().height(), self.preview.sizeHint().height())
        return margins.top() + margins.bottom() + top + 4 + self._one_line()

    def _one_line(self) -> int:
        return self.edit.fontMetrics().lineSpacing() + 12

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            self._update_expanded()
        return super().eventFilter(watched, event)

    def _update_expanded(self) -> None:
        on = self.edit.hasFocus() or bool(self.edit.toPlainText())
        self.preview.setVisible(on)
        if on:
            self.edit.setMinimumHeight(0)
            self.edit.setMaximumHeight(16_777_215)
        else:
            self.stack.setCurrentWidget(self.edit)
            self.edit.setFixedHeight(self._one_line())
        if on != self._expanded:
            self._expanded = on
            self.expanded_changed.emit(on)

    # ------------------------------------------------------------- loading

    def load(self, paper_id: str) -> None:
        """Show *paper_id*'s note and tags, saving the previous paper's note first."""
        if paper_id == self.paper_id:
            return
        self.save()
        self.apply_tags()
        self.paper_id = paper_id
        text, tags, every = "", [], []
        if paper_id:
            try:
                text = notes_tags.note(self._library, paper_id)
                tags = notes_tags.paper_tags(self._library, paper_id)
                every = [t for t, _n in notes_tags.all_tags(self._library)]
            except LibraryError as exc:
                notify.error(str(exc))
        self._saved_text, self._tags = text, tags
        blocked = self.edit.blockSignals(True)
        try:
            self.edit.setPlainText(text)
        finally:
            self.edit.blockSignals(blocked)
        self.tags.setText(", ".join(tags))
        self._tags_edited = False
        self._tag_model.setStringList(every)
        self.preview.setChecked(bool(text))  # a written note opens rendered
        self._show_preview(self.preview.isChecked())
        self.setEnabled(bool(paper_id))
        self._update_expanded()

    def reload(self) -> None:
        """Read the shown paper's note and tags again (a merge brought newer ones).

        Text typed and not yet saved wins: it is saved (and travels) next.
        """
        if self.pending() or self.edit.toPlainText() != self._saved_text:
            return
        paper_id, self.paper_id = self.paper_id, ""
        self.load(paper_id)

    # -------------------------------------------------------------- saving

    def _typed(self) -> None:
        self._timer.start()

    def pending(self) -> bool:
        return self._timer.isActive()

    def save(self) -> bool:
        """Write the note now if it changed; False when the library refused it."""
        self._timer.stop()
        text = self.edit.toPlainText()
        if not self.paper_id or text == self._saved_text:
            return True
        reason = self._library.read_only_reason
        if reason is not None:
            notify.error(reason)
            return False
        # queued on the library's writer: typing never waits for an import or a sync
        library, paper_id, before = self._library, self.paper_id, self._saved_text
        self._saved_text = text

        def failed(exc: BaseException) -> None:
            report_failure(exc, "the note")
            if self.paper_id == paper_id and self._saved_text == text:
                self._saved_text = before  # the text stays in the editor; the next save retries

        run_write(
            library,
            lambda: notes_tags.set_note(library, paper_id, text),
            lambda _stamp: self.saved.emit(paper_id),
            failed,
            context=self,
            name="the note",
        )
        return True

    def _tags_typed(self, *_args: object) -> None:
        self._tags_edited = True

    def apply_tags(self) -> None:
        """Make the paper's tags the ones typed in the field, when the user edited it."""
        if not self.paper_id or not self._tags_edited:
            return
        self._tags_edited = False
        try:
            wanted = notes_tags.clean_tags(split_tags(self.tags.text()))
        except ValueError as exc:  # a tag too long: its sentence
            notify.error(str(exc))
            return
        added = [t for t in wanted if t not in self._tags]
        removed = [t for t in self._tags if t not in wanted]
        if not added and not removed:
            return
        reason = self._library.read_only_reason
        if reason is not None:
            notify.error(reason)
            return
        # shown at once, written by the library's writer, put back if the write fails
        library, paper_id, before = self._library, self.paper_id, list(self._tags)
        self._tags = sorted(wanted)
        self.tags.setText(", ".join(self._tags))

        def work() -> list[str]:
            if added:
                notes_tags.add_tags(library, paper_id, added)
            if removed:
                notes_tags.remove_tags(library, paper_id, removed)
            return notes_tags.paper_tags(library, paper_id)

        def done(tags: list[str]) -> None:
            if self.paper_id == paper_id and not self._tags_edited:
                self._tags = tags
                self.tags.setText(", ".join(tags))
            self.saved.emit(paper_id)

        def failed(exc: BaseException) -> None:
            report_failure(exc, "the tags")
            if self.paper_id == paper_id:
                self._tags = before
                self.tags.setText(", ".join(before))

        run_write(library, work, done, failed, context=self, name="the tags")

    # ------------------------------------------------------------- showing

    def _show_preview(self, on: bool) -> None:
        if on:
            self.rendered.document().setMarkdown(self.edit.toPlainText())
            self.stack.setCurrentWidget(self.rendered)
        else:
            self.stack.setCurrentWidget(self.edit)

    def set_read_only(self, reason: str | None) -> None:
        """A read-only library: the note and tags can be read, not typed (*reason* says why)."""
        for widget, tip in ((self.edit, ""), (self.tags, "")):
            widget.setReadOnly(reason is not None)
            widget.setToolTip(translated(reason) if reason else tip)
        self.edit.setPlaceholderText(
            self.tr("The library is read-only")
            if reason
            else self.tr("Your note on this paper, in Markdown  (C)")
        )
        self.tags.setPlaceholderText("" if reason else self.tr("Tags, comma-separated  (T)"))

    def focus_note(self) -> None:
        self.preview.setChecked(False)
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._update_expanded()
        self.edit.moveCursor(self.edit.textCursor().MoveOperation.End)

    def focus_tags(self) -> None:
        before = QApplication.focusWidget()
        if before is not self.tags:
            self._focus_before_tags = before
        self.tags.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.tags.end(False)

    def _tags_done(self) -> None:
        """Enter in the tags: apply them and give the keys back to the widget T was pressed in."""
        self.apply_tags()
        before, self._focus_before_tags = self._focus_before_tags, None
        if before is not None and isValid(before) and before.isVisible() and before.isEnabled():
            before.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.tags.clearFocus()  # the window's shortcuts still work
