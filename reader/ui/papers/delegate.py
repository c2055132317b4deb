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
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from reader.library import MIN_TERM, ListRow
from reader.ui.common.row_delegate import RowDelegate
from reader.ui.common.static_text import StaticTexts
from reader.ui.common.theme import STAR
from reader.ui.common.viewport import wrap_viewport
from reader.ui.papers import row_marks
from reader.ui.papers.model import RowRole
from reader.ui.sidebar.model import day_label
from reader.userstate import RowMarks

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


# flags made once: combining Qt's enum flags in Python costs more than the drawing
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
PLANS_KEPT = 400  # rows' plans kept for the next paint (a few screens of rows)


class _Fonts:
    """The fonts and metrics of one view font, made once rather than per painted row.

    Plain classes here, not dataclasses: defining one of those costs ~1-2 ms at start-up.
    """

    __slots__ = ("base", "base_metrics", "bold", "bold_metrics", "small", "small_metrics")

    def __init__(self, base: QFont, bold: QFont, small: QFont) -> None:
        self.base = base
        self.bold = bold
        self.small = small
        self.base_metrics = QFontMetrics(base)
        self.bold_metrics = QFontMetrics(bold)
        self.small_metrics = QFontMetrics(small)


class _Plan:
    """Where one row's parts go, in the row's own coordinates (its top left is 0, 0).

    Worked out once per row, width and font; a repaint (selection, hover, a page
    arriving, the benchmark's second paint) only draws it.
    """

    __slots__ = (
        "boxes",
        "dot",
        "gutter",
        "line_spacing",
        "lines",
        "meta_cut",
        "meta_full",
        "meta_measured",
        "meta_top",
        "meta_width",
        "pill_right",
        "star",
        "title_font",
    )

    def __init__(
        self,
        title_font: QFont,
        line_spacing: int,
        lines: list[tuple[QRect, str]],
        dot: QPointF | None,  # the unread dot's centre
        boxes: list[QRectF],  # search matches in the title
        gutter: QRect,  # the triage state's icon
        meta_top: int,
        meta_width: int,  # before the markers take their share
        meta_full: str,  # the meta line, before eliding
        meta_measured: int,  # its width
        pill_right: int | None,  # where the code pill ends
        star: QRectF | None,
    ) -> None:
        self.title_font = title_font
        self.line_spacing = line_spacing
        self.lines = lines
        self.dot = dot
        self.boxes = boxes
        self.gutter = gutter
        self.meta_top = meta_top
        self.meta_width = meta_width
        self.meta_full = meta_full
        self.meta_measured = meta_measured
        self.pill_right = pill_right
        self.star = star
        # the meta line elided to a width, last painted
        self.meta_cut: tuple[int, str] | None = None


class PaperDelegate(RowDelegate):
    """Paints paper rows.

    ``show_dates`` adds the date (smart views and search span days); ``show_rising``
    adds the votes gained lately (the list is sorted by rising); ``matches`` are the
    search's patterns, marked in the titles. A row costs one model call
    (:data:`RowRole`); its layout is kept for the next paint.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.show_dates = False
        self.show_rising = False
        self.matches: list[re.Pattern[str]] = []
        self._font_key = ""  # no fonts until the first row asks
        self._fonts_made: _Fonts | None = None
        self._plans: dict[tuple[object, ...], _Plan] = {}
        self._texts = StaticTexts()  # titles and meta lines, laid out once

    @staticmethod
    def _fonts(base: QFont) -> tuple[QFont, QFont, QFont]:
        bold = QFont(base)
        bold.setWeight(QFont.Weight.DemiBold)
        small = QFont(base)
        small.setPointSizeF(max(7.0, base.pointSizeF() * 0.86))
        return base, bold, small

    @classmethod
    def _make_fonts(cls, font: QFont) -> _Fonts:
        return _Fonts(*cls._fonts(QFont(font)))

    def _fonts_for(self, font: QFont) -> _Fonts:
        key = font.key()
        fonts = self._fonts_made
        if fonts is None or key != self._font_key:  # another font or size: kept plans are stale
            self._font_key, fonts = key, self._make_fonts(font)
            self._fonts_made = fonts
            self._plans.clear()
            self._texts.clear()
        return fonts

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        fonts = self._fonts_for(option.font)
        height = (
            2 * PAD_Y
            + 2 * fonts.bold_metrics.lineSpacing()
            + LINE_GAP
            + fonts.small_metrics.height()
        )
        return QSize(200, height)

    def _plan(self, fonts: _Fonts, row: ListRow, marks: RowMarks, width: int, height: int) -> _Plan:
        key = (
            row,
            marks,
            width,
            height,
            self.show_dates,
            self.show_rising,
            tuple(p.pattern for p in self.matches),
        )
        plan = self._plans.get(key)
        if plan is None:
            if len(self._plans) >= PLANS_KEPT:
                self._plans.clear()
            plan = self._plans[key] = self._measure(fonts, row, marks, QRect(0, 0, width, height))
        return plan

    def _measure(self, fonts: _Fonts, row: ListRow, marks: RowMarks, rect: QRect) -> _Plan:
        title_font = fonts.base if row.read else fonts.bold
        fm = fonts.base_metrics if row.read else fonts.bold_metrics
        spacing = fm.lineSpacing()
        bold_spacing = fonts.bold_metrics.lineSpacing()
        left = rect.left() + GUTTER
        width = rect.right() - PAD_X - left
        top = rect.top() + PAD_Y
        texts = title_lines(row.title or "", title_font, width)
        if len(texts) < 2:  # rows are two title lines tall: centre a one-line title and its meta
            top += bold_spacing // 2
        dot = None
        if not row.read:
            dot = QPointF(rect.left() + GUTTER / 2 + 1, top + fm.ascent() / 2 + 2)
        boxes = []
        if self.matches:  # a tinted box behind each search match (drawn before the text)
            for i, line in enumerate(texts):
                y = top + i * spacing + (spacing - fm.height()) // 2
                for start, end in match_spans(line, self.matches):
                    x = left + fm.horizontalAdvance(line[:start])
                    span = fm.horizontalAdvance(line[start:end])
                    boxes.append(QRectF(x - 1, y, span + 2, fm.height()))
        lines = [(QRect(left, top + i * spacing, width, spacing), t) for i, t in enumerate(texts)]
        meta_top = top + max(1, len(texts)) * bold_spacing + LINE_GAP
        sfm = fonts.small_metrics
        parts = [f"▲ {row.votes}" if row.votes is not None else "▲ –"]
        if self.show_rising and row.rising:
            parts[0] += f" ({row.rising:+d})"
        if self.show_dates and row.date:
            parts.append(day_label(row.date, with_year=True))
        parts.append(row.id or "")
        meta_width = width - 20
        pill_right = None
        if row.has_code:
            pill_right = rect.right() - PAD_X - 22
            meta_width -= sfm.horizontalAdvance(self._code_text()) + 8 + 8
        meta_text = "   ·   ".join(parts)
        star = None
        if row.bookmarked:
            star = QRectF(rect.right() - PAD_X - 16, meta_top, 16, sfm.height())
        return _Plan(
            title_font,
            spacing,
            lines,
            dot,
            boxes,
            QRect(rect.left(), meta_top - spacing, GUTTER + 2, spacing),
            meta_top,
            meta_width,
            meta_text,
            sfm.horizontalAdvance(meta_text),
            pill_right,
            star,
        )

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        self.paint_background(painter, option, index)
        found = index.data(RowRole)
        if found is None:  # its page is being read: a blank row for a moment
            return
        row, marks = found
        fonts = self._fonts_for(option.font)
        rect = option.rect
        plan = self._plan(fonts, row, marks, rect.width(), rect.height())
        selected = self.selected(option, index)
        palette = option.palette
        text = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        dim = QColor(text)
        dim.setAlphaF(0.62 if selected else 0.55)
        painter.save()
        painter.translate(rect.left(), rect.top())
        width, height = rect.width(), rect.height()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if marks.excluded and not selected:  # an exclude watch term hit it: dimmed, not hidden
            painter.setOpacity(row_marks.DIM_OPACITY)
        if marks.watch and not selected:  # an include watch term hit it: an accent edge
            painter.fillRect(QRect(0, 4, 3, height - 8), QColor(row_marks.WATCH))
        if not selected:  # a hairline between rows
            rule = QColor(text)
            rule.setAlphaF(0.08)
            painter.setPen(rule)
            painter.drawLine(GUTTER, height - 1, width - 1, height - 1)
        if plan.dot is not None:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(text if selected else palette.color(QPalette.ColorRole.Highlight))
            painter.drawEllipse(plan.dot, 3.6, 3.6)
        if plan.boxes:
            tint = QColor(text if selected else QColor(MATCH))
            tint.setAlphaF(0.3 if selected else 0.75)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(tint)
            for box in plan.boxes:
                painter.drawRoundedRect(box, 2, 2)
        painter.setFont(plan.title_font)
        painter.setPen(
            text if not row.read or selected else QColor(text.red(), text.green(), text.blue(), 215)
        )
        for line_rect, line in plan.lines:
            self._texts.draw(painter, line_rect, _LEFT, line, plan.title_font)
        row_marks.paint_state(painter, marks, plan.gutter, selected, text)
        sfm = fonts.small_metrics
        painter.setFont(fonts.small)
        painter.setPen(dim)
        meta_width = plan.meta_width
        if plan.pill_right is not None:
            self._code_pill(painter, sfm, plan.pill_right, plan.meta_top, dim)
            painter.setFont(fonts.small)
        left = GUTTER
        # the votes, date and arXiv id come first; tag and watch chips take what is left
        room = max(0, meta_width - plan.meta_measured - 16)  # slack: glyph fallbacks
        taken = row_marks.paint_markers(
            painter, marks, left + meta_width, plan.meta_top, sfm, room, selected, dim
        )
        meta_width -= taken + 8 if taken else 0
        meta_rect = QRect(left, plan.meta_top, meta_width, sfm.height())
        if plan.meta_cut is None or plan.meta_cut[0] != meta_width:
            cut = sfm.elidedText(plan.meta_full, Qt.TextElideMode.ElideRight, meta_width)
            plan.meta_cut = (meta_width, cut)
        self._texts.draw(painter, meta_rect, _LEFT, plan.meta_cut[1], fonts.small)
        if plan.star is not None:
            painter.setPen(text if selected else QColor(STAR))
            self._texts.draw(painter, plan.star, _RIGHT, "★", fonts.small)
        painter.restore()

    @staticmethod
    def _code_text() -> str:
        return QCoreApplication.translate("PaperDelegate", "code")

    @staticmethod
    def _code_pill(painter: QPainter, fm: QFontMetrics, right: int, top: int, color: QColor) -> int:
        """A small outlined "code" label ending at *right*; returns its width."""
        text = PaperDelegate._code_text()
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
        self._viewport = wrap_viewport(self)  # viewport() then costs no type search
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
