"""The sidebar's tree: smart views with counts, then years, months and days, newest first.

Built from ``library.days()`` and ``library.counts()``: a row per year at once,
a year's months and days when first asked for (the window opens on the newest
year); counts change in place without a reset when the set of days stays the
same. Days that arrived by sync are flagged ``NewRole`` until visited (kept in
memory for the session).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence
from operator import attrgetter
from typing import Any, NamedTuple

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from reader.library import DayInfo
from reader.sentence import QT_TRANSLATE_NOOP, fill  # typed: PySide6's returns object
from reader.ui.common import i18n

KindRole = Qt.ItemDataRole.UserRole + 1  # "view", "section", "watch", "tag", "year", "month", "day"
KeyRole = Qt.ItemDataRole.UserRole + 2  # view name, "2024", "2024-03" or "2024-03-11"
PapersRole = Qt.ItemDataRole.UserRole + 3
UnreadRole = Qt.ItemDataRole.UserRole + 4
NewRole = Qt.ItemDataRole.UserRole + 5  # a day that arrived by sync and is not visited yet
TriagedRole = Qt.ItemDataRole.UserRole + 6  # a day's papers with a triage state (progress mark)
ShortRole = Qt.ItemDataRole.UserRole + 7  # a shorter label for a narrow sidebar ("Fri 9")
RowRole = Qt.ItemDataRole.UserRole + 8  # a SidebarRow: what the delegate paints, in one call

UNKNOWN = -1  # a view count not known yet (For You before it is ranked)

VIEWS = (  # labels in English; view_label() gives them in the window's language
    ("unread", QT_TRANSLATE_NOOP("DayTreeModel", "Unread")),
    ("bookmarked", QT_TRANSLATE_NOOP("DayTreeModel", "Bookmarked")),
    ("all", QT_TRANSLATE_NOOP("DayTreeModel", "All Papers")),
    # ranked by reader.recommend; counted when shown
    ("for_you", QT_TRANSLATE_NOOP("DayTreeModel", "For You")),
    # triage views (issue 13; counted by reader.triage.view_counts)
    ("catchup", QT_TRANSLATE_NOOP("DayTreeModel", "Catch-up")),
    ("queue", QT_TRANSLATE_NOOP("DayTreeModel", "Queue")),
    ("must-read", QT_TRANSLATE_NOOP("DayTreeModel", "Must Read")),
    ("done", QT_TRANSLATE_NOOP("DayTreeModel", "Done")),
)

AnyIndex = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()  # the root, as a default argument
# asked for every painted row: combined once (Python enum flags cost a call each time)
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_NO_FLAGS = Qt.ItemFlag.NoItemFlags


def view_label(key: str) -> str:
    """A smart view's name in the window's language (``""`` for an unknown key)."""
    label = dict(VIEWS).get(key, "")
    return QCoreApplication.translate("DayTreeModel", label) if label else ""


def day_label(iso: str, with_year: bool = False) -> str:
    """``2024-03-11`` -> ``Mon, Mar 11`` (``Mon, Mar 11, 2024`` with the year), or
    ``3월 11일 (월)`` in Korean: :func:`reader.ui.common.i18n.day_text`."""
    return i18n.day_text(iso, year=with_year)


def short_day_label(iso: str) -> str:
    """``2024-03-11`` -> ``Mon 11`` (``11일 (월)``): a day under its month, narrow sidebar."""
    return i18n.day_text(iso, short=True)


class SidebarRow(NamedTuple):
    """Everything a row's painting reads, asked once per paint (each role is a Python call)."""

    kind: str
    key: str
    label: str
    short: str
    papers: int
    unread: int
    triaged: int
    new: bool


_DATE, _PAPERS, _UNREAD = attrgetter("date"), attrgetter("papers"), attrgetter("unread")


def _year_spans(dates: list[str]) -> Iterator[tuple[str, int, int]]:
    """``(year, start, end)``: *dates* (newest first) ``[start:end]`` are those of *year*."""
    start = 0
    while start < len(dates):
        year = dates[start][:4]
        # the first older date (year > date): the year's own dates sort after the bare
        # year ("2025" < "2025-01-01"), so the key is False for them, True from there on
        end = bisect_left(dates, True, start, key=year.__gt__)
        yield year, start, end
        start = end


def _month_name(key: str) -> str:
    """``2024-03`` -> the month's name in the window's language (the key if it is odd)."""
    part = key[5:7]
    return i18n.month_text(int(part)) if part.isdigit() and 1 <= int(part) <= 12 else key


class _Node:
    """A row of the tree (a plain class: a dataclass's ``__init__`` cost twice as much).

    A year's months and days are made when first asked for (:meth:`DayTreeModel._open_year`):
    until then *pending* holds its days, newest first. The window opens on the newest
    year; making all 3,800 rows of a 10-year archive at start-up cost ~6 ms.
    """

    __slots__ = (
        "children",
        "key",
        "kind",
        "label",
        "papers",
        "parent",
        "pending",
        "row",
        "triaged",
        "unread",
    )

    def __init__(
        self,
        kind: str,
        key: str,
        label: str,
        parent: _Node | None = None,
        row: int = 0,
        papers: int = 0,
        unread: int = 0,
        triaged: int = 0,
    ) -> None:
        self.kind, self.key, self.label, self.parent, self.row = kind, key, label, parent, row
        self.papers, self.unread, self.triaged = papers, unread, triaged
        self.children: list[_Node] = []
        self.pending: Sequence[DayInfo] = ()

    def add(self, child: _Node) -> _Node:
        child.parent, child.row = self, len(self.children)
        self.children.append(child)
        return child


class DayTreeModel(QAbstractItemModel):
    """Smart views and the year > month > day tree.

    Signals: the standard model signals only.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._root = _Node("root", "", "")
        self._days: dict[str, _Node] = {}
        self._views: dict[str, _Node] = {}
        self._order: list[str] = []  # dates, newest first
        self._position: dict[str, int] = {}
        self._new: set[str] = set()
        # the Watch and Tags sections: (term, exclude, hits, new hits) and (tag, papers)
        self._watch: list[tuple[str, bool, int, int]] = []
        self._tags: list[tuple[str, int]] = []
        self._sections: dict[tuple[str, str], _Node] = {}
        self._labels: dict[str, tuple[str, str]] = {}  # a day's (label, short label)
        self._labels_language = ""
        self._build([], {})

    # ------------------------------------------------------------- building

    def _build(
        self, days: Sequence[DayInfo], counts: dict[str, int], years: Sequence[_Node] | None = None
    ) -> None:
        """The whole tree: views, the Watch and Tags sections, then the years of *days*
        (newest first) or the rows of *years* as they are."""
        root = _Node("root", "", "")
        self._views = {}
        for key, label in VIEWS:
            node = root.add(_Node("view", key, self.tr(label)))
            # For You is counted when it is ranked; until then its count is unknown (-1)
            node.papers = counts.get(key, UNKNOWN if key == "for_you" else 0)
            node.unread = counts.get("unread", 0) if key == "unread" else 0
            self._views[key] = node
        self._sections = {}
        if self._watch:
            section = root.add(_Node("section", "watch", self.tr("Watch")))
            for term, exclude, hits, new in self._watch:
                shown = self.tr("not: %1").replace("%1", term) if exclude else term
                node = section.add(_Node("watch", term, shown, papers=hits, unread=new))
                self._sections[("watch", term)] = node
        if self._tags:
            section = root.add(_Node("section", "tags", self.tr("Tags")))
            for tag, papers in self._tags:
                node = section.add(_Node("tag", tag, f"#{tag}", papers=papers))
                self._sections[("tag", tag)] = node
        if years is None:
            self._days = {}
            self._add_years(root, days)
            self._order = list(map(_DATE, days))
            self._position = dict(zip(self._order, range(len(self._order))))
        else:
            for year in years:
                root.add(year)
        self._root = root

    def _add_years(self, root: _Node, days: Sequence[DayInfo]) -> None:
        """A row per year of *days* (newest first) under *root*, with its totals; its months
        and days are made when first asked for."""
        for key, start, end in _year_spans(list(map(_DATE, days))):
            part = days[start:end]
            papers, unread = sum(map(_PAPERS, part)), sum(map(_UNREAD, part))
            root.add(_Node("year", key, key, papers=papers, unread=unread)).pending = part

    def _open_year(self, year: _Node) -> list[_Node]:
        """Make the months and days of *year* (if not made yet); its rows.

        Qt never saw rows under it before (rowCount() asks here first), so this is
        no change to the model, only the first look at it.
        """
        days, year.pending = year.pending, ()
        nodes = self._days
        month = year
        for date, papers, unread, _sample, triaged in days:
            if month.key != date[:7]:
                month = year.add(_Node("month", date[:7], _month_name(date[:7])))
            node = _Node("day", date, "", month, len(month.children), papers, unread, triaged)
            month.children.append(node)
            nodes[date] = node
            month.papers += papers
            month.unread += unread
        return year.children

    def _day(self, date: str) -> _Node | None:
        """The row of the day *date*, its year's rows made first if need be; None if there is none."""
        node = self._days.get(date)
        if node is None and date in self._position:
            year = self._year(date[:4])
            if year is not None and year.pending:
                self._open_year(year)
                node = self._days.get(date)
        return node

    def _year(self, key: str) -> _Node | None:
        """The row of the year *key* (``2025``), if the tree has one."""
        return next((n for n in self._root.children if n.kind == "year" and n.key == key), None)

    def load(self, days: Sequence[DayInfo], counts: dict[str, int]) -> None:
        """Show *days* and view *counts*; updates in place when the days are the same.

        Days that only arrived (an import, a sync) are inserted as rows rather than
        rebuilding the tree: a reset rebuilt ~4,000 nodes and re-laid out the whole
        view on the UI thread (up to 100 ms at 110,000 papers).
        """
        ordered = sorted(days, key=_DATE, reverse=True)
        dates = list(map(_DATE, ordered))
        if self._order and len(dates) > len(self._order) and set(self._order).issubset(dates):
            known = self._position
            arrived = [d for d in ordered if d.date not in known]
            self._order = dates  # first: the view opens the newest day as rows arrive
            self._position = dict(zip(dates, range(len(dates))))
            self._insert_days(arrived)
        if dates == self._order:
            for info in ordered:
                node = self._days.get(info.date)
                if node is None:  # its year's rows are not made yet: below
                    continue
                self._set_counts(node, info.papers, info.unread)
                if node.triaged != info.triaged:
                    node.triaged = info.triaged
                    self._changed(node, [TriagedRole])
            closed = {n.key: n for n in self._root.children if n.kind == "year" and n.pending}
            for key, start, end in _year_spans(dates) if closed else ():
                year = closed.get(key)
                if year is not None:
                    year.pending = part = ordered[start:end]
                    self._set_counts(year, sum(map(_PAPERS, part)), sum(map(_UNREAD, part)))
            self.set_view_counts(counts)
            return
        self.beginResetModel()
        self._build(ordered, counts)
        self.endResetModel()

    def _insert_days(self, infos: Sequence[DayInfo]) -> None:
        """Insert the new days *infos* (newest first): whole years or months as one row each."""
        start = 0
        while start < len(infos):
            year_key = infos[start].date[:4]
            end = start
            while end < len(infos) and infos[end].date[:4] == year_key:
                end += 1
            self._insert_year(year_key, infos[start:end])
            start = end

    def _insert_year(self, key: str, infos: Sequence[DayInfo]) -> None:
        root = self._root
        year = self._year(key)
        if year is not None and year.pending:
            self._open_year(year)
        if year is None:
            year = _Node("year", key, key)
            for info in infos:
                self._add_day(year, info)
            row = next(
                (n.row for n in root.children if n.kind == "year" and n.key < key),
                len(root.children),
            )
            self._insert_node(root, row, year)
            return
        start = 0
        while start < len(infos):
            month_key = infos[start].date[:7]
            end = start
            while end < len(infos) and infos[end].date[:7] == month_key:
                end += 1
            month = next((n for n in year.children if n.key == month_key), None)
            if month is None:
                month = _Node("month", month_key, _month_name(month_key))
                for info in infos[start:end]:
                    self._add_day(month, info, in_month=True)
                row = next((n.row for n in year.children if n.key < month_key), len(year.children))
                self._insert_node(year, row, month)
            else:
                for info in infos[start:end]:
                    day = _Node("day", info.date, "", triaged=info.triaged)
                    day.papers, day.unread = info.papers, info.unread
                    self._days[info.date] = day
                    row = next(
                        (n.row for n in month.children if n.key < info.date), len(month.children)
                    )
                    self._insert_node(month, row, day)
            start = end

    def _add_day(self, parent: _Node, info: DayInfo, in_month: bool = False) -> None:
        """Add *info* under a node not shown yet (a new year or month), newest first."""
        month = parent
        if not in_month:
            key = info.date[:7]
            if not parent.children or parent.children[-1].key != key:
                parent.add(_Node("month", key, _month_name(key)))
            month = parent.children[-1]
        day = month.add(
            _Node(
                "day", info.date, "", papers=info.papers, unread=info.unread, triaged=info.triaged
            )
        )
        self._days[info.date] = day
        for node in (month,) if month is parent else (month, parent):
            node.papers += info.papers
            node.unread += info.unread

    def _insert_node(self, parent: _Node, row: int, node: _Node) -> None:
        """One row inserted (with its subtree); its counts added to the rows above it."""
        where = QModelIndex() if parent is self._root else self.createIndex(parent.row, 0, parent)
        self.beginInsertRows(where, row, row)
        node.parent = parent
        parent.children.insert(row, node)
        for number in range(row, len(parent.children)):
            parent.children[number].row = number
        self.endInsertRows()
        above: _Node | None = parent
        while above is not None and above is not self._root:
            above.papers += node.papers
            above.unread += node.unread
            self._changed(above)
            above = above.parent

    def set_sections(
        self, watch: Sequence[tuple[str, bool, int, int]], tags: Sequence[tuple[str, int]]
    ) -> None:
        """Show the Watch terms (hits, new-hit badge) and Tags; in place when the names stay."""
        watch, tags = list(watch), list(tags)
        same = [(w[0], w[1]) for w in watch] == [(w[0], w[1]) for w in self._watch] and [
            t[0] for t in tags
        ] == [t[0] for t in self._tags]
        self._watch, self._tags = watch, tags
        if same:
            for term, _exclude, hits, new in watch:
                self._set_counts(self._sections[("watch", term)], hits, new)
            for tag, papers in tags:
                self._set_counts(self._sections[("tag", tag)], papers, 0)
            return
        years = [n for n in self._root.children if n.kind == "year"]  # kept as they are
        counts = self.counts()
        self.beginResetModel()
        self._build((), counts, years)
        self.endResetModel()

    def index_of(self, kind: str, key: str) -> QModelIndex:
        """The row of a day, a view, a watch term or a tag (invalid when there is none)."""
        if kind == "day":
            return self.index_of_day(key)
        if kind == "view":
            return self.index_of_view(key)
        node = self._sections.get((kind, key))
        return self.createIndex(node.row, 0, node) if node else QModelIndex()

    def section_count(self, kind: str, key: str) -> int:
        node = self._sections.get((kind, key))
        return node.papers if node else 0

    def set_view_counts(self, counts: dict[str, int]) -> None:
        for key, node in self._views.items():
            unread = counts.get("unread", 0) if key == "unread" else 0
            self._set_counts(node, counts.get(key, node.papers), unread)

    def _set_counts(self, node: _Node, papers: int, unread: int) -> None:
        d_papers, d_unread = papers - node.papers, unread - node.unread
        if not d_papers and not d_unread:
            return
        node.papers, node.unread = papers, unread
        self._changed(node)
        if node.kind == "day":
            parent = node.parent
            while parent is not None and parent is not self._root:
                parent.papers += d_papers
                parent.unread += d_unread
                self._changed(parent)
                parent = parent.parent

    def _changed(self, node: _Node, roles: list[int] | None = None) -> None:
        index = self.createIndex(node.row, 0, node)
        self.dataChanged.emit(
            index, index, roles or [Qt.ItemDataRole.DisplayRole, PapersRole, UnreadRole]
        )

    def adjust_unread(self, dates: Iterable[str], delta: int) -> None:
        """Add *delta* to the unread count of each of *dates* (one paper read or unread)."""
        for date in dates:
            node = self._day(date)
            if node is not None:
                self._set_counts(node, node.papers, max(0, min(node.papers, node.unread + delta)))

    def mark_new(self, dates: Iterable[str]) -> None:
        """Flag *dates* as newly arrived (``NewRole``) until :meth:`clear_new`."""
        for date in dates:
            node = self._day(date)
            if node is not None and date not in self._new:
                self._new.add(date)
                self._changed(node, [NewRole])

    def clear_new(self, date: str) -> None:
        if date in self._new:
            self._new.discard(date)
            if date in self._days:  # a day not made yet was never shown
                self._changed(self._days[date], [NewRole])

    def new_days(self) -> list[str]:
        """Days flagged new, newest first."""
        return [d for d in self._order if d in self._new]

    # -------------------------------------------------------------- queries

    def dates(self) -> list[str]:
        """Every day's date, newest first."""
        return self._order

    def counts(self) -> dict[str, int]:
        counts = {key: node.papers for key, node in self._views.items()}
        counts["unread"] = self._views["unread"].unread
        return counts

    def day_info(self, date: str) -> DayInfo | None:
        node = self._day(date)
        return DayInfo(node.key, node.papers, node.unread, triaged=node.triaged) if node else None

    def adjacent_day(self, date: str | None, step: int) -> str | None:
        """The day *step* rows below *date* (newest first), or the first/last day."""
        if not self._order:
            return None
        if date not in self._position:
            return self._order[0] if step > 0 else self._order[-1]
        target = self._position[date] + step
        return self._order[target] if 0 <= target < len(self._order) else None

    def next_unread_day(self, date: str | None) -> str | None:
        """The first older day with unread papers after *date*, wrapping to the newest."""
        start = self._position.get(date, -1) + 1 if date else 0
        count = len(self._order)
        for offset in range(count):
            candidate = self._order[(start + offset) % count]
            node = self._day(candidate)
            if candidate != date and node is not None and node.unread > 0:
                return candidate
        return None

    def index_of_day(self, date: str) -> QModelIndex:
        node = self._day(date)
        return self.createIndex(node.row, 0, node) if node else QModelIndex()

    def index_of_view(self, view: str) -> QModelIndex:
        node = self._views.get(view)
        return self.createIndex(node.row, 0, node) if node else QModelIndex()

    def _day_labels(self, date: str) -> tuple[str, str]:
        """A day's label and short label, written once per language (a QLocale format each)."""
        language = i18n.language()
        if language != self._labels_language:
            self._labels, self._labels_language = {}, language
        labels = self._labels.get(date)
        if labels is None:
            labels = self._labels[date] = (day_label(date), short_day_label(date))
        return labels

    def _row(self, node: _Node) -> SidebarRow:
        label, short = self._day_labels(node.key) if node.kind == "day" else (node.label,) * 2
        new = node.kind == "day" and node.key in self._new
        return SidebarRow(
            node.kind, node.key, label, short, node.papers, node.unread, node.triaged, new
        )

    # --------------------------------------------------------- model protocol

    def _node(self, index: AnyIndex) -> _Node:
        return index.internalPointer() if index.isValid() else self._root

    def index(self, row: int, column: int, parent: AnyIndex = NO_PARENT) -> QModelIndex:
        node = self._node(parent)
        children = self._open_year(node) if node.pending else node.children
        if column != 0 or not 0 <= row < len(children):
            return QModelIndex()
        return self.createIndex(row, 0, children[row])

    def parent(self, index: AnyIndex = NO_PARENT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        parent = index.internalPointer().parent
        if parent is None or parent is self._root:
            return QModelIndex()
        return self.createIndex(parent.row, 0, parent)

    def rowCount(self, parent: AnyIndex = NO_PARENT) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        node = self._node(parent)
        return len(self._open_year(node) if node.pending else node.children)

    def columnCount(self, parent: AnyIndex = NO_PARENT) -> int:
        return 1

    def hasChildren(self, parent: AnyIndex = NO_PARENT) -> bool:
        node = self._node(parent)
        return bool(node.children or node.pending) if parent.column() <= 0 else False

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        return _ROW_FLAGS if index.isValid() else _NO_FLAGS

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node: _Node = index.internalPointer()
        if role == RowRole:
            return self._row(node)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._day_labels(node.key)[0] if node.kind == "day" else node.label
        if role == KindRole:
            return node.kind
        if role == KeyRole:
            return node.key
        if role == PapersRole:
            return node.papers
        if role == UnreadRole:
            return node.unread
        if role == NewRole:
            return node.kind == "day" and node.key in self._new
        if role == TriagedRole:
            return node.triaged
        if role == ShortRole:
            return self._day_labels(node.key)[1] if node.kind == "day" else node.label
        if role == Qt.ItemDataRole.ToolTipRole:
            if node.kind == "view":
                if node.papers == UNKNOWN:
                    return self.tr("%1: counted when you open it").replace("%1", node.label)
                papers = self.tr("%Ln paper(s)", "", node.papers)
                return fill(self.tr("%1: %2"), [node.label, papers])
            name = node.key
            if node.kind == "month" and node.key[5:7].isdigit() and 1 <= int(node.key[5:7]) <= 12:
                name = i18n.month_text(int(node.key[5:7]), int(node.key[:4]))
            papers = self.tr("%Ln paper(s)", "", node.papers)
            counts = fill(self.tr("%1, %2"), [papers, self.tr("%Ln unread", "", node.unread)])
            if node.kind == "day":
                triaged = self.tr("%Ln triaged", "", node.triaged)
                counts = fill(self.tr("%1, %2"), [counts, triaged])
                if node.key in self._new:
                    return fill(self.tr("%1 (new): %2"), [name, counts])
            return fill(self.tr("%1: %2"), [name, counts])
        return None
