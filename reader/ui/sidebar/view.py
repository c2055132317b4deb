"""The day sidebar: a QTreeView over :class:`DayTreeModel` with a delegate for the counts.

Days with unread papers are bold with an unread badge; every row shows its paper
count; a day that just arrived by sync has an accent dot until it is visited.
Selecting a day or a smart view is reported by signal; the main window
decides what the list shows.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QMenu,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from reader.ui.common.row_delegate import RowDelegate
from reader.ui.common.static_text import StaticTexts
from reader.ui.common.theme import STAR
from reader.ui.common.viewport import wrap_viewport
from reader.ui.sidebar.model import (
    DayTreeModel,
    KeyRole,
    KindRole,
    RowRole,
    SidebarRow,
    UnreadRole,
)
from reader.ui.sidebar.progress_ring import SIZE, paint_progress

_GLYPHS = {
    "unread": "●",
    "bookmarked": "★",
    "all": "☰",
    "catchup": "»",
    "queue": "◷",
    "must-read": "!",
    "done": "✓",
}


class RowLayout:
    """Where a sidebar row's parts go; :meth:`DayDelegate.layout` works it out, paint draws it.

    Layouts are cached and shared between paints: read them, never change them.
    A plain class, not a dataclass: defining one of those costs ~2 ms at start-up.
    """

    __slots__ = (
        "badge",
        "count",
        "count_text",
        "dot",
        "font",
        "glyph",
        "label",
        "progress_right",
        "rect",
        "small",
        "text",
    )

    def __init__(
        self,
        rect: QRect,  # the row inside its padding
        font: QFont,  # the label's font (bold for unread)
        small: QFont,  # the counts' font
        glyph: QRect | None,  # a smart view's symbol
        count: QRect | None,  # the paper count, right-aligned
        count_text: str,
        progress_right: int,  # where a day's triage ring ends (0: no ring)
        badge: QRect | None,  # the unread badge
        dot: QRect | None,  # a new day's accent dot
        label: QRect,
        text: str,  # the label as drawn: whole, the short form, or elided as a last resort
    ) -> None:
        self.rect = rect
        self.font = font
        self.small = small
        self.glyph = glyph
        self.count = count
        self.count_text = count_text
        self.progress_right = progress_right
        self.badge = badge
        self.dot = dot
        self.label = label
        self.text = text


class _Fonts:
    """The fonts and metrics of one view font, made once rather than per painted row."""

    __slots__ = ("bold", "column", "demibold", "metrics", "regular", "small", "small_metrics")

    def __init__(
        self,
        regular: QFont,
        demibold: QFont,
        bold: QFont,
        small: QFont,
        metrics: dict[int, QFontMetrics],  # by id() of the three label fonts above
        small_metrics: QFontMetrics,
        column: int,  # the count column's least width: three digits
    ) -> None:
        self.regular = regular
        self.demibold = demibold
        self.bold = bold
        self.small = small
        self.metrics = metrics
        self.small_metrics = small_metrics
        self.column = column


def _fonts(base: QFont) -> _Fonts:
    demibold, bold, small = QFont(base), QFont(base), QFont(base)
    demibold.setWeight(QFont.Weight.DemiBold)
    bold.setWeight(QFont.Weight.Bold)
    small.setPointSizeF(max(7.0, base.pointSizeF() - 1))
    regular = QFont(base)
    small_metrics = QFontMetrics(small)
    return _Fonts(
        regular,
        demibold,
        bold,
        small,
        {id(f): QFontMetrics(f) for f in (regular, demibold, bold)},
        small_metrics,
        small_metrics.horizontalAdvance("000"),
    )


LAYOUTS_KEPT = 600  # rows' layouts kept for the next paint (a few screens of rows)
# flags made once: combining Qt's enum flags in Python costs more than the drawing
_LEFT = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
_RIGHT = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight
_CENTRE = Qt.AlignmentFlag.AlignCenter


class DayDelegate(RowDelegate):
    """Paints a row's label, bold when it holds unread papers, and its counts on the right.

    When the sidebar is narrow a day's label falls back to its short form ("Fri 9",
    under its month) before anything is elided. A day switch repaints a screen of
    new rows, so a row costs one model call (:data:`RowRole`); fonts, metrics, text
    widths and each row's layout are kept between paints.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._font_key = ""  # no fonts until the first row asks (measuring loads the fonts)
        self._fonts: _Fonts | None = None
        self._widths: dict[tuple[int, str], int] = {}  # (font id, text) -> advance
        self._layouts: dict[tuple[SidebarRow, int, int, int, int], RowLayout] = {}
        self._texts = StaticTexts()  # labels, counts and badges, laid out once

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), max(size.height(), QFontMetrics(option.font).height() + 10))

    def _fonts_for(self, font: QFont) -> _Fonts:
        key = font.key()
        fonts = self._fonts
        if fonts is None or key != self._font_key:  # another font (or size): all kept is stale
            self._font_key, fonts = key, _fonts(font)
            self._fonts = fonts
            self._widths.clear()
            self._layouts.clear()
            self._texts.clear()
        return fonts

    def _advance(self, font: QFont, metrics: QFontMetrics, text: str) -> int:
        key = (id(font), text)
        width = self._widths.get(key)
        if width is None:
            if len(self._widths) > 8 * LAYOUTS_KEPT:
                self._widths.clear()
            width = self._widths[key] = metrics.horizontalAdvance(text)
        return width

    def layout(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> RowLayout:
        """The geometry of one row for *option* (its rect and font)."""
        fonts = self._fonts_for(option.font)
        row: SidebarRow = index.data(RowRole)
        r = option.rect
        key = (row, r.x(), r.y(), r.width(), r.height())
        found = self._layouts.get(key)
        if found is None:
            if len(self._layouts) >= LAYOUTS_KEPT:
                self._layouts.clear()
            found = self._layouts[key] = self._measure(fonts, row, option.rect)
        return found

    def _measure(self, fonts: _Fonts, row: SidebarRow, row_rect: QRect) -> RowLayout:
        kind, unread, papers = row.kind, row.unread, row.papers
        rect = row_rect.adjusted(6, 0, -6, 0)
        glyph = None
        if kind == "view":
            glyph = QRect(rect.left(), rect.top(), 18, rect.height())
            rect.setLeft(rect.left() + 22)
        font = fonts.regular
        if kind in ("year", "section"):
            font = fonts.demibold
        elif unread > 0 and kind in ("day", "view"):
            font = fonts.bold
        fm = fonts.small_metrics
        right = rect.right()
        count: int | None = papers if kind != "view" or row.key != "unread" else None
        if kind == "section" or (count is not None and count < 0):
            count = None  # the Watch and Tags headings (their rows count), For You not ranked yet
        count_rect = None
        if count is not None:  # a column, so the counts line up; rows without one use the room
            column = max(fonts.column, self._advance(fonts.small, fm, str(count)))
            count_rect = QRect(right - column, rect.top(), column, rect.height())
            right -= column + 6
        progress_right = 0
        if kind == "day" and papers and row.triaged > 0:
            progress_right = right
            right -= SIZE + 6
        badge = None
        if unread > 0 and kind != "year":
            width = max(self._advance(fonts.small, fm, str(unread)) + 10, fm.height() + 2)
            badge = QRect(
                right - width, rect.center().y() - fm.height() // 2 - 1, width, fm.height() + 2
            )
            right -= width + 6
        dot = None
        if kind == "day" and row.new:
            dot = QRect(rect.left(), rect.center().y() - 3 + 1, 6, 6)
            rect.setLeft(rect.left() + 12)
        label = QRect(rect.left(), rect.top(), max(0, right - rect.left()), rect.height())
        metrics = fonts.metrics[id(font)]
        text = row.label
        if self._advance(font, metrics, text) > label.width():
            text = row.short or text
            if self._advance(font, metrics, text) > label.width():
                text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, label.width())
        return RowLayout(
            rect,
            font,
            fonts.small,
            glyph,
            count_rect,
            str(count),
            progress_right,
            badge,
            dot,
            label,
            text,
        )

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        self.paint_background(painter, option, index)
        layout = self.layout(option, index)
        row: SidebarRow = index.data(RowRole)
        selected = self.selected(option, index)
        palette = option.palette
        text_color = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        dim = QColor(text_color)
        dim.setAlphaF(0.55)
        accent = palette.color(QPalette.ColorRole.Highlight)
        painter.save()
        if layout.glyph is not None:
            glyph = _GLYPHS.get(row.key, "")
            painter.setPen(
                QColor(STAR)
                if glyph == "★" and not selected
                else (text_color if selected else accent)
            )
            self._texts.draw(
                painter, layout.glyph, _CENTRE, glyph, self._fonts_for(option.font).regular
            )
        if layout.count is not None:
            painter.setPen(dim)
            self._texts.draw(painter, layout.count, _RIGHT, layout.count_text, layout.small)
        if layout.progress_right:
            paint_progress(
                painter,
                row.triaged,
                row.papers,
                layout.progress_right,
                layout.rect,
                selected,
                text_color,
            )
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if layout.badge is not None:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(text_color if selected else accent)
            radius = layout.badge.height() / 2
            painter.drawRoundedRect(layout.badge, radius, radius)
            painter.setPen(
                accent if selected else palette.color(QPalette.ColorRole.HighlightedText)
            )
            self._texts.draw(painter, layout.badge, _CENTRE, str(row.unread), layout.small)
        if layout.dot is not None:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(text_color if selected else accent)
            painter.drawEllipse(layout.dot)
            painter.setPen(text_color if selected else accent)
        else:
            painter.setPen(text_color)
        self._texts.draw(painter, layout.label, _LEFT, layout.text, layout.font)
        painter.restore()


class DaySidebar(QTreeView):
    """The tree of smart views and days.

    Signals: ``day_selected(str date)``, ``view_selected(str view)``,
    ``mark_day_read_requested(str date)`` (from the context menu).
    """

    day_selected = Signal(str)
    view_selected = Signal(str)
    mark_day_read_requested = Signal(str)

    def __init__(self, model: DayTreeModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._viewport = wrap_viewport(self)  # viewport() then costs no type search
        self.setObjectName("daySidebar")
        self.setModel(model)
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.setItemDelegate(DayDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setIndentation(12)
        self.setFrameShape(QTreeView.Shape.NoFrame)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._context_menu)
        self.selectionModel().currentChanged.connect(self._current_changed)
        # a year or month row, clicked or given Enter, opens on its newest day
        self.clicked.connect(self._open_period)
        self.activated.connect(self._open_period)
        self._kept = ""
        model.modelAboutToBeReset.connect(self._keep_selection)
        model.modelReset.connect(self._restore_selection)
        # days that arrived are inserted rows (the selection stays): open the newest again
        model.rowsInserted.connect(lambda *_: self._expand_newest())
        self._expand_newest()

    def day_model(self) -> DayTreeModel:
        model = self.model()
        assert isinstance(model, DayTreeModel)
        return model

    def _expand_newest(self) -> None:
        model = self.day_model()
        dates = model.dates()
        if dates:
            self._reveal(model.index_of_day(dates[0]))
        for row in range(model.rowCount()):  # the Watch and Tags sections start open
            index = model.index(row, 0)
            if index.data(KindRole) == "section":
                self.expand(index)

    def _keep_selection(self) -> None:
        self._kept = self.current_key()

    def _restore_selection(self) -> None:
        """After a reset (new days imported) the same day stays selected, silently."""
        self._expand_newest()
        kind, _sep, key = self._kept.partition(":")
        model = self.day_model()
        index = model.index_of(kind, key)
        if index.isValid():
            selection = self.selectionModel()
            blocked = selection.blockSignals(True)
            try:
                self._reveal(index)
                self.setCurrentIndex(index)
            finally:
                selection.blockSignals(blocked)
            self.viewport().update()

    def reveal_day(self, date: str) -> None:
        """Expand the year and month holding *date* (e.g. a day that just arrived)."""
        self._reveal(self.day_model().index_of_day(date))

    def _reveal(self, index: QModelIndex) -> None:
        parent = index.parent()
        while parent.isValid():
            self.expand(parent)
            parent = parent.parent()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        kind, key = current.data(KindRole), current.data(KeyRole)
        if kind == "day":
            self.day_model().clear_new(key)  # visited
            self.day_selected.emit(key)
        elif kind == "view":
            self.view_selected.emit(key)
        elif kind in ("watch", "tag"):  # a watch term's or a tag's papers
            self.view_selected.emit(f"{kind}:{key}")

    def _open_period(self, index: QModelIndex) -> None:
        """Expand a year or month and show its newest day, as the window opens on the newest.

        Only a click or Enter does this: arrow keys pass over the row (Up from a month's
        first day onto the month heading must not jump back down).
        """
        if index.data(KindRole) not in ("year", "month"):
            return
        prefix = f"{index.data(KeyRole)}-"
        newest = next((d for d in self.day_model().dates() if d.startswith(prefix)), None)
        if newest is not None:
            self.expand(index)
            self.select_day(newest)

    def _select(self, index: QModelIndex) -> bool:
        if not index.isValid():
            return False
        self._reveal(index)
        self.setCurrentIndex(index)
        self.scrollTo(index)
        return True

    def select_day(self, date: str) -> bool:
        return self._select(self.day_model().index_of_day(date))

    def select_view(self, view: str) -> bool:
        return self._select(self.day_model().index_of_view(view))

    def current_key(self) -> str:
        """``day:DATE``, ``view:NAME`` or an empty string."""
        index = self.currentIndex()
        if index.isValid() and index.data(KindRole) in ("day", "view", "watch", "tag"):
            return f"{index.data(KindRole)}:{index.data(KeyRole)}"
        return ""

    def current_day(self) -> str | None:
        index = self.currentIndex()
        return index.data(KeyRole) if index.isValid() and index.data(KindRole) == "day" else None

    def _context_menu(self, pos: QPoint) -> None:
        index = self.indexAt(pos)
        if not index.isValid() or index.data(KindRole) != "day":
            return
        menu = QMenu(self)
        menu.aboutToHide.connect(menu.deleteLater)  # one menu per right-click: none are kept
        date = index.data(KeyRole)
        action = menu.addAction(self.tr("Mark Day as Read"))
        action.setEnabled(index.data(UnreadRole) > 0)
        action.triggered.connect(lambda: self.mark_day_read_requested.emit(date))
        menu.popup(self.viewport().mapToGlobal(pos))
