"""Help > Keyboard Shortcuts (a table over the declared actions) and Help > About.

Both dialogs are shown with ``open()``/``show()``, never ``exec()``, so nothing
blocks the event loop.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reader import __version__
from reader.sentence import QT_TRANSLATE_NOOP  # typed: PySide6's returns object
from reader.ui.shell.actions import NATIVE_KEYS, SPECS, translated

NO_PARENT = QModelIndex()  # the root, as a default argument
NameRole = Qt.ItemDataRole.UserRole + 1  # the action's name ('' for keys the list handles)
HEADERS = (
    QT_TRANSLATE_NOOP("ShortcutModel", "Keys"),
    QT_TRANSLATE_NOOP("ShortcutModel", "Does"),
    QT_TRANSLATE_NOOP("ShortcutModel", "Menu"),
)


def shortcut_rows() -> list[tuple[str, str, str, str]]:
    """``(keys, description, group, action name)`` for every shortcut, in menu order,
    in the window's language."""
    rows = []
    either = QCoreApplication.translate("ShortcutModel", " or ")
    for spec in SPECS:
        if not spec.shortcuts:
            continue
        keys = either.join(
            QKeySequence(s).toString(QKeySequence.SequenceFormat.NativeText) for s in spec.shortcuts
        )
        rows.append((keys, spec.help or spec.text, spec.group, spec.name))
        if spec.name == "prev_paper":  # keys the list handles itself, beside j/k
            rows.extend((keys, text, group, "") for group, keys, text in NATIVE_KEYS)
    order = {"Go": 0, "Paper": 1, "Triage": 2, "File": 3, "View": 4, "Help": 5}
    rows.sort(key=lambda r: order.get(r[2], 9))
    return [(translated(k), translated(text), translated(g), n) for k, text, g, n in rows]


class ShortcutModel(QAbstractTableModel):
    """The shortcuts table.

    Signals: the standard model signals only.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows = shortcut_rows()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (row[0], row[1], row[2])[index.column()]
        if role == NameRole:
            return row[3]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(HEADERS[section]) if 0 <= section < len(HEADERS) else None
        return None


class ShortcutsDialog(QDialog):
    """Lists every keyboard shortcut. Signals: the standard QDialog ones."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.model = ShortcutModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        # Descriptions wrap (never "…"): each row is as tall as its text at the width shown.
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self._fit = QTimer(self)  # rows fit their text once the columns have their widths
        self._fit.setSingleShot(True)
        self._fit.setInterval(0)
        self._fit.timeout.connect(self.table.resizeRowsToContents)
        header.sectionResized.connect(lambda *_a: self._fit.start())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(720, 560)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit.start()


def about_box(parent: QWidget) -> QMessageBox:
    """A non-blocking About box (call ``open()`` on it)."""
    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("About", "About Daily Papers Reader"))
    box.setIconPixmap(parent.windowIcon().pixmap(64, 64))
    name = QCoreApplication.translate("About", "Daily Papers Reader")
    box.setText(f"<b>{name}</b> {__version__}")
    box.setInformativeText(
        QCoreApplication.translate(
            "About",
            "A fast, offline-first reader for daily AI-paper digests.\n"
            "Digest text is shown as plain text; links open in your browser.",
        )
    )
    box.setModal(False)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # each About is a new box: not kept
    return box
