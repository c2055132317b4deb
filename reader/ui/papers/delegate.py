"""Painting one paper row and an empty list.

A row: unread dot, title on up to two lines, then votes (with the votes gained lately
when the list is sorted by rising), the date in lists that span days, the arXiv id,
a small "code" pill when a code repository is known, and the bookmark star.

Rows have one fixed height per font. The list is a one-column QTableView: its
rows are header sections of one size, so a reset or a changed row costs the same
at 30 papers and at 110,000 (a QListView lays out every row again on each reset
and each ``dataChanged``, two Python ``rowCount`` calls per row: 0.2 s at 110k).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import pairwise

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPalette, QTextLayout
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from reader.library import MIN_TERM
from reader.ui.common.theme import STAR
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
MATCH = "#9fd3ff"  # a search term in a title (watch hits have their own yellow)


def search_patterns(text: str) -> list[re.Pattern[str]]:
    """What a search for *text* matched, as patterns to mark: each term of two or more
    characters, anywhere and in any case (the library matches title substrings and
    word prefixes, both inside these)."""
    terms = {t.strip('"').casefold() for t in text.split()}
    terms = {t for t in terms if len(t) >= MIN_TERM}
    return [re.compile(re.escape(t), re.IGNORECASE) for t in sorted(terms, key=len, reverse=True)]


def match_spans(line: str, patterns: Iterable[re.Pattern[str]]) -> list[tuple[int, int]]:
    """The (start, end) code-point spans of *line* the patterns match, merged, in order."""
    spans = sorted(m.span() for p in patterns for m in p.finditer(line) if m.end() > m.start())
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


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
    adds the votes gained lately (the list is sorted by rising); ``matches`` are the
    search's patterns, marked in the titles.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.show_dates = False
        self.show_rising = False
        self.matches: list[re.Pattern[str]] = []

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
        if index.data(IdRole) is None:  # its page is being read: a blank row for a moment
            return
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
        if self.matches:
            self._mark_matches(painter, lines, fm, left, top, selected, text)
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

    def _mark_matches(
        self,
        painter: QPainter,
        lines: list[str],
        fm: QFontMetrics,
        left: int,
        top: int,
        selected: bool,
        text: QColor,
    ) -> None:
        """A tinted box behind each search match in the title lines (drawn before the text)."""
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        tint = QColor(text if selected else QColor(MATCH))
        tint.setAlphaF(0.3 if selected else 0.75)
        painter.setBrush(tint)
        for i, line in enumerate(lines):
            y = top + i * fm.lineSpacing() + (fm.lineSpacing() - fm.height()) // 2
            for start, end in match_spans(line, self.matches):
                x = left + fm.horizontalAdvance(line[:start])
                box = QRectF(x - 1, y, fm.horizontalAdvance(line[start:end]) + 2, fm.height())
                painter.drawRoundedRect(box, 2, 2)
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


class PaperListView(QTableView):
    """The paper list: one column, no headers or grid, rows as tall as the delegate asks.

    Behaves as a list: Home and End go to the first and last paper, Tab leaves
    the list, a drop lands between rows. Says why it is empty.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.empty_text = ""
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setCornerButtonEnabled(False)
        self.setTabKeyNavigation(False)  # Tab moves the focus on, as out of a list
        self.setDragDropOverwriteMode(False)  # a drop goes between rows, not onto one
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.horizontalHeader().hide()
        self.horizontalHeader().setStretchLastSection(True)
        rows = self.verticalHeader()
        rows.hide()
        rows.setMinimumSectionSize(1)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # never measured row by row

    def fit_rows(self) -> None:
        """Give every row the delegate's height for the view's font (one number)."""
        delegate = self.itemDelegate()
        if delegate is None:
            return
        option = QStyleOptionViewItem()
        option.initFrom(self)
        option.font = self.font()
        height = delegate.sizeHint(option, QModelIndex()).height()
        if height > 0 and height != self.verticalHeader().defaultSectionSize():
            self.verticalHeader().setDefaultSectionSize(height)

    def setItemDelegate(self, delegate: QStyledItemDelegate) -> None:  # type: ignore[override]
        super().setItemDelegate(delegate)
        self.fit_rows()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.fit_rows()

    def moveCursor(
        self, cursorAction: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        """Home and End go to the first and last row (a table's go along the row)."""
        if cursorAction in (
            QAbstractItemView.CursorAction.MoveHome,
            QAbstractItemView.CursorAction.MoveEnd,
        ):
            modifiers |= Qt.KeyboardModifier.ControlModifier
        return super().moveCursor(cursorAction, modifiers)

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
