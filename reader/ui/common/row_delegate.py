"""A list delegate's row background and selection, drawn without touching QStyle from Python.

PySide creates a Qt class, with all its enums, the first time Python touches it;
QStyle has some forty (~11 ms on a quiet machine, ~16 on a busy one). A delegate
that draws its row with ``widget.style().drawControl(...)`` or reads
``option.state & QStyle.StateFlag.State_Selected`` makes it at the first paint.
Here Qt's own ``QStyledItemDelegate.paint`` has the style draw the background,
selection and focus (in C++), and the selection comes from the view's selection
model, as the view itself sets ``State_Selected``.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate, QStyleOptionViewItem


class RowDelegate(QStyledItemDelegate):
    """A delegate that paints its rows itself over the style's row background."""

    _background = False  # while True, Qt's paint draws the view's option as it is

    def paint_background(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """The style's background, selection and focus for the row (the view's option has
        no text or icon, so nothing else); nothing without a widget, as the view always has."""
        if option.widget is None:
            return
        self._background = True
        try:
            super().paint(painter, option, index)
        finally:
            self._background = False

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        # for the background the option stays the view's: the base asks the model for six roles
        if not self._background:
            super().initStyleOption(option, index)

    @staticmethod
    def selected(option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> bool:
        """Whether the view paints *index* selected (what ``State_Selected`` in its option says)."""
        view = option.widget
        if not isinstance(view, QAbstractItemView):
            return False
        selection = view.selectionModel()
        return selection is not None and selection.isSelected(index)
