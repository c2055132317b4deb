"""Painting one paper row and an empty list.

A row: unread dot, title on up to two lines, then votes (with the votes gained lately
when the list is sorted by rising), the date in lists that span days, the arXiv id,
a small "code" pill when a code repository is known, and the bookmark star.

Rows have one fixed height per font, so the view can use uniform item sizes and
lay out 100k rows without measuring them.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPalette, QTextLayout
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from reader.ui.papers import row_marks
from reader.ui.papers.model import (
    BookmarkedRole,
    DateRole,
    HasCodeRole,
    IdRole,
    MarksRole,
    ReadRole,
    RisingRole,
    VotesRole,
)
from reader.ui.sidebar.model import day_label

PAD_X, PAD_Y, GUTTER, LINE_GAP = 12, 9, 22, 3
STAR = "#e0a21b"


def _utf16_to_index(text: str, offset: int) -> int:
    """Qt text offsets count UTF-16 units; Python counts code points."""
    if all(ord(c) < 0x10000 for c in text):
        return offset
    units = 0
    for i, char in enumerate(text):
        if units >= offset:
            return i
        units += 2 if ord(char) >= 0x10000 else 1
    return len(text)


def title_lines(text: str, font: QFont, width: int, max_lines: int = 2) -> list[str]:
    """*text* wrapped into at most *max_lines* lines of *width*, the last one elided."""
    if width <= 0:
        return [text]
    layout = QTextLayout(text, font)
    spans: list[int] = []
    layout.beginLayout()
    while len(spans) < max_lines:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        spans.append(line.textStart())
    layout.endLayout()
    starts = [_utf16_to_index(text, s) for s in spans] or [0]
    lines = [text[a:b].rstrip() for a, b in pairwise(starts)]
    last = QFontMetrics(font).elidedText(text[starts[-1] :], Qt.TextElideMode.ElideRight, width)
    return lines + [last]


class PaperDelegate(QStyledItemDelegate):
    """Paints paper rows.

    ``show_dates`` adds the date (smart views and search span days); ``show_rising``
    adds the votes gained lately (the list is sorted by rising).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.show_dates = False
        self.show_rising = False

    @staticmethod
    def _fonts(base: QFont) -> tuple[QFont, QFont, QFont]:
        bold = QFont(base)
        bold.setWeight(QFont.Weight.DemiBold)
        small = QFont(base)
        small.setPointSizeF(max(7.0, base.pointSizeF() * 0.86))
        return base, bold, small

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        _base, bold, small = self._fonts(option.font)
        height = (
            2 * PAD_Y
            + 2 * QFontMetrics(bold).lineSpacing()
            + LINE_GAP
            + QFontMetrics(small).height()
        )
        return QSize(200, height)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        if widget is not None:
            widget.style().drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        base, bold, small = self._fonts(option.font)
        read, marked = bool(index.data(ReadRole)), bool(index.data(BookmarkedRole))
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette = opt.palette
        text = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        dim = QColor(text)
        dim.setAlphaF(0.62 if selected else 0.55)
        accent = palette.color(QPalette.ColorRole.Highlight)
        rect = opt.rect
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        marks = index.data(MarksRole) or row_marks.RowMarks()
        if marks.excluded and not selected:  # an exclude watch term hit it: dimmed, not hidden
            painter.setOpacity(row_marks.DIM_OPACITY)
        if marks.watch and not selected:  # an include watch term hit it: an accent edge
            painter.fillRect(
                QRect(rect.left(), rect.top() + 4, 3, rect.height() - 8), QColor(row_marks.WATCH)
            )
        if not selected:  # a hairline between rows
            rule = QColor(text)
            rule.setAlphaF(0.08)
            painter.setPen(rule)
            painter.drawLine(rect.left() + GUTTER, rect.bottom(), rect.right(), rect.bottom())
        title_font = base if read else bold
        fm = QFontMetrics(title_font)
        left = rect.left() + GUTTER
        width = rect.right() - PAD_X - left
        top = rect.top() + PAD_Y
        lines = title_lines(index.data() or "", title_font, width)
        if len(lines) < 2:  # rows are two title lines tall: centre a one-line title and its meta
            top += QFontMetrics(bold).lineSpacing() // 2
        if not read:
            r = 3.6
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(text if selected else accent)
            painter.drawEllipse(
                QPointF(rect.left() + GUTTER / 2 + 1, top + fm.ascent() / 2 + 2), r, r
            )
        painter.setFont(title_font)
        painter.setPen(
            text if not read or selected else QColor(text.red(), text.green(), text.blue(), 215)
        )
        for i, line in enumerate(lines):
            painter.drawText(
                QRect(left, top + i * fm.lineSpacing(), width, fm.lineSpacing()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                line,
            )
        meta_top = top + max(1, len(lines)) * QFontMetrics(bold).lineSpacing() + LINE_GAP
        sfm = QFontMetrics(small)
        row_marks.paint_state(
            painter,
            marks,
            QRect(rect.left(), meta_top - fm.lineSpacing(), GUTTER + 2, fm.lineSpacing()),
            selected,
            text,
        )
        votes = index.data(VotesRole)
        parts = [f"▲ {votes}" if votes is not None else "▲ –"]
        rising = index.data(RisingRole) if self.show_rising else None
        if rising:
            parts[0] += f" ({rising:+d})"
        if self.show_dates and index.data(DateRole):
            parts.append(day_label(index.data(DateRole), with_year=True))
        parts.append(index.data(IdRole) or "")
        painter.setFont(small)
        painter.setPen(dim)
        meta_width = width - 20
        if index.data(HasCodeRole):
            pill = self._code_pill(painter, sfm, rect.right() - PAD_X - 22, meta_top, dim)
            meta_width -= pill + 8
        painter.setFont(small)
        meta_text = "   ·   ".join(parts)
        # the votes, date and arXiv id come first; tag and watch chips take what is left
        room = max(0, meta_width - sfm.horizontalAdvance(meta_text) - 16)  # slack: glyph fallbacks
        taken = row_marks.paint_markers(
            painter, marks, left + meta_width, meta_top, sfm, room, selected, dim
        )
        meta_width -= taken + 8 if taken else 0
        meta_rect = QRect(left, meta_top, meta_width, sfm.height())
        painter.drawText(
            meta_rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            sfm.elidedText(meta_text, Qt.TextElideMode.ElideRight, meta_rect.width()),
        )
        if marked:
            painter.setPen(text if selected else QColor(STAR))
            painter.drawText(
                QRectF(rect.right() - PAD_X - 16, meta_top, 16, sfm.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                "★",
            )
        painter.restore()

    @staticmethod
    def _code_pill(painter: QPainter, fm: QFontMetrics, right: int, top: int, color: QColor) -> int:
        """A small outlined "code" label ending at *right*; returns its width."""
        text = QCoreApplication.translate("PaperDelegate", "code")
        width = fm.horizontalAdvance(text) + 8
        box = QRectF(right - width, top + 0.5, width, fm.height() - 1)
        outline = QColor(color)
        outline.setAlphaF(color.alphaF() * 0.7)
        painter.save()
        painter.setPen(outline)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(box, 3, 3)
        painter.setPen(color)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()
        return width


class PaperListView(QListView):
    """A list view that says why it is empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.empty_text = ""

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.model() is not None and self.model().rowCount() == 0 and self.empty_text:
            painter = QPainter(self.viewport())
            color = self.palette().color(QPalette.ColorRole.PlaceholderText)
            painter.setPen(color)
            painter.drawText(
                self.viewport().rect().adjusted(24, 0, -24, 0),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.empty_text,
            )
