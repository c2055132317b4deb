"""Triage > Watch Terms…: the watch list, with hit counts, to add and remove terms.

The dialog only asks: adding and removing run in the worker pool through
:class:`reader.ui.triage.watch.WatchUi` (adding a term matches every stored paper),
which calls :meth:`WatchDialog.set_terms` with the fresh list.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reader.watch import WatchTerm


class WatchDialog(QDialog):
    """Add or remove watch terms. Signals: ``add_requested(str term, bool exclude)``,
    ``remove_requested(str term)``."""

    add_requested = Signal(str, bool)
    remove_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("watchDialog")
        self.setWindowTitle(self.tr("Watch Terms"))
        intro = QLabel(
            self.tr(
                "Papers whose title, authors or summary contain a term are highlighted"
                " (include) or dimmed (exclude). A word matches the start of words:"
                " “diffus” finds “diffusion”; Korean terms match with a particle after them."
            )
        )
        intro.setWordWrap(True)
        self.terms = QListWidget()
        self.terms.setObjectName("watchTerms")
        self.term = QLineEdit()
        self.term.setObjectName("watchTerm")
        self.term.setPlaceholderText(self.tr("A word, a phrase or an author"))
        self.exclude = QCheckBox(self.tr("Exclude (dim the papers)"))
        self.add = QPushButton(self.tr("Add"))
        self.add.setDefault(True)
        self.remove = QPushButton(self.tr("Remove"))
        self.remove.setEnabled(False)
        self.term.returnPressed.connect(self._add)
        self.add.clicked.connect(self._add)
        self.remove.clicked.connect(self._remove)
        self.terms.currentRowChanged.connect(lambda row: self.remove.setEnabled(row >= 0))
        entry = QHBoxLayout()
        entry.addWidget(self.term, 1)
        entry.addWidget(self.exclude)
        entry.addWidget(self.add)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        buttons.addButton(self.remove, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(entry)
        layout.addWidget(self.terms, 1)
        layout.addWidget(buttons)
        self.resize(480, 420)

    def set_terms(self, terms: Sequence[WatchTerm]) -> None:
        current = self.current_term()
        self.terms.clear()
        for t in terms:
            counts = (
                self.tr("exclude: %Ln paper(s)", "", t.hits)
                if t.exclude
                else self.tr("include: %Ln paper(s)", "", t.hits)
            )
            if t.new_hits:
                counts = self.tr("%1, %Ln new", "", t.new_hits).replace("%1", counts)
            item = QListWidgetItem(f"{t.term}   ({counts})")
            item.setData(Qt.ItemDataRole.UserRole, t.term)
            self.terms.addItem(item)
            if t.term == current:
                self.terms.setCurrentItem(item)

    def current_term(self) -> str:
        item = self.terms.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else ""

    def listed(self) -> list[str]:
        return [
            self.terms.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.terms.count())
        ]

    def _add(self) -> None:
        term = self.term.text().strip()
        if term:
            self.add_requested.emit(term, self.exclude.isChecked())
            self.term.clear()

    def _remove(self) -> None:
        term = self.current_term()
        if term:
            self.remove_requested.emit(term)
