"""A scroll area's viewport, reached without PySide's type search (issue 11).

``viewport()`` returns a ``QWidget*``. The first time PySide meets a widget it has
no Python object for, it looks through every QWidget subclass for its type, and
so creates them all with their enums: QCalendarWidget, QMdiArea, QWizard and
~40 more, 25 ms at start-up on a slow machine. ``findChild`` with a type wraps
the widget as that type without the search; once wrapped (and the wrapper kept),
``viewport()`` returns the same object at no cost.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

_NAME = "qt_scrollarea_viewport"  # the object name Qt gives a scroll area's own viewport


def wrap_viewport(area: QAbstractScrollArea) -> QWidget | None:
    """*area*'s viewport as a Python object; keep it (``self._viewport = ...``) so it stays.

    None when the viewport is not the one Qt made (then ``viewport()`` is as usual).
    """
    return area.findChild(QWidget, _NAME, Qt.FindChildOption.FindDirectChildrenOnly)
