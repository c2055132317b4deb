"""A list of suggested papers, each with why: the model, its painter and the view.

Used by the Related panel under the paper and by the For You view. A row is the
title (one line, elided) and under it the reason: the shared terms and, for For
You, the kept paper it is like. One click or Enter on a row emits
``paper_chosen``; J/K move in the list when it has the focus.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

if TYPE_CHECKING:  # reader.recommend loads the similarity index code (~8 ms)
    from reader.recommend import Suggestion


IdRole = Qt.ItemDataRole.UserRole + 1
ReasonRole = Qt.ItemDataRole.UserRole + 2
ScoreRole = Qt.ItemDataRole.UserRole + 3
NO_PARENT = QModelIndex()
AnyIndex = QModelIndex | QPersistentModelIndex
PAD_X, PAD_Y, GAP = 10, 6, 2


class SuggestionModel(QAbstractListModel):
    """Suggestions in rank order.

    Signals: the standard model signals only.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Suggestion] = []

    def set_suggestions(self, rows: list[Suggestion]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def suggestions(self) -> list[Suggestion]:
        return list(self._rows)

    def row_of(self, paper_id: str) -> int:
        return next((i for i, s in enumerate(self._rows) if s.id == paper_id), -1)

    def remove(self, paper_id: str) -> int:
        """Drop *paper_id*'s row; returns the row it had (-1 when absent)."""
        row = self.row_of(paper_id)
        if row >= 0:
            self.beginRemoveRows(NO_PARENT, row, row)
            del self._rows[row]
            self.endRemoveRows()
        return row

    def rowCount(self, parent: AnyIndex = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        s = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return s.title
        if role == IdRole:
            return s.id
        if role == ReasonRole:
            return self.reason(s)
        if role == ScoreRole:
            return s.score
        if role == Qt.ItemDataRole.ToolTipRole:
            why = self.tr("why: %1").replace("%1", self.reason(s))
            return f"{s.title}\n{s.id} · {why}"
        return None

    def reason(self, s: Suggestion) -> str:
        """The shared terms, then the kept paper it is like (Suggestion.reason, translated)."""
        text = ", ".join(s.why)
        if s.like_title:
            like = self.tr("like “%1”").replace("%1", s.like_title)
            text = f"{text} · {like}" if text else like
        return text


class SuggestionDelegate(QStyledItemDelegate):
    """Paints a row: the title, and the reason under it in a smaller, quieter font."""

    @staticmethod
    def _fonts(base: QFont) -> tuple[QFont, QFont]:
        small = QFont(base)
        small.setPointSizeF(max(7.0, base.pointSizeF() - 1.5))
        return base, small

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        title, small = self._fonts(option.font)
        # line spacing, not height: Korean glyphs come from a fallback font with taller lines
        lines = QFontMetrics(title).lineSpacing() + QFontMetrics(small).lineSpacing()
        height = lines + GAP + 2 * PAD_Y + 4
        return QSize(200, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        from PySide6.QtWidgets import QStyle  # made when first painted (its ~40 enums)

        painter.save()
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawPrimitive(
                QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget
            )
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        title_font, small = self._fonts(option.font)
        rect = option.rect.adjusted(PAD_X, PAD_Y, -PAD_X, -PAD_Y)
        fm = QFontMetrics(title_font)
        painter.setFont(title_font)
        painter.setPen(palette.color(text_role))
        title = fm.elidedText(str(index.data() or ""), Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(
            QRect(rect.left(), rect.top(), rect.width(), fm.lineSpacing() + 2), 0, title
        )
        reason = str(index.data(ReasonRole) or "")
        sm = QFontMetrics(small)
        painter.setFont(small)
        color = palette.color(text_role)
        if not selected:
            color = palette.color(QPalette.ColorRole.PlaceholderText)
        painter.setPen(color)
        top = rect.top() + fm.lineSpacing() + GAP
        why = QCoreApplication.translate("SuggestionModel", "why: %1").replace("%1", reason)
        text = sm.elidedText(why, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(QRect(rect.left(), top, rect.width(), sm.lineSpacing() + 4), 0, text)
        painter.restore()


class SuggestionList(QListView):
    """The view: one click or Enter chooses a row; J/K move when the list has the focus.

    Signals: ``paper_chosen(str paper_id)`` (click or Enter), ``current_changed(str
    paper_id)`` (the highlighted row moved, '' when none).
    """

    paper_chosen = Signal(str)
    current_changed = Signal(str)

    def __init__(self, model: SuggestionModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setItemDelegate(SuggestionDelegate(self))
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.clicked.connect(self._chosen)
        self.selectionModel().currentChanged.connect(
            lambda current, _prev: self.current_changed.emit(
                str(current.data(IdRole) or "") if current.isValid() else ""
            )
        )

    def _chosen(self, index: QModelIndex) -> None:
        if index.isValid():
            self.paper_chosen.emit(str(index.data(IdRole)))

    def current_id(self) -> str:
        index = self.currentIndex()
        return str(index.data(IdRole)) if index.isValid() else ""

    def select_row(self, row: int) -> None:
        model = self.model()
        if 0 <= row < model.rowCount():
            self.setCurrentIndex(model.index(row, 0))

    def event(self, event: QEvent) -> bool:
        # J/K belong to this list while it has the focus, not to the window's actions
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_J, Qt.Key.Key_K)
            and not event.modifiers()
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._chosen(self.currentIndex())
            return
        if key in (Qt.Key.Key_J, Qt.Key.Key_K) and not event.modifiers():
            row = max(0, self.currentIndex().row()) + (1 if key == Qt.Key.Key_J else -1)
            if not self.currentIndex().isValid():
                row = 0
            self.select_row(min(max(row, 0), self.model().rowCount() - 1))
            return
        super().keyPressEvent(event)
