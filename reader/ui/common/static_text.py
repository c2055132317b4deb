"""Texts laid out once and drawn many times, for the list delegates.

``QPainter.drawText(rect, flags, text)`` shapes the text again on every call
(~25 us for a paper title); a :class:`QStaticText` keeps its glyph layout and
draws in about a third of that. A day switch paints some 60 row texts twice (the
sidebar's labels and counts, the list's titles), so the delegates keep them here.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QFont, QPainter, QStaticText, QTransform

_RIGHT = Qt.AlignmentFlag.AlignRight.value
_HCENTRE = Qt.AlignmentFlag.AlignHCenter.value
_VCENTRE = Qt.AlignmentFlag.AlignVCenter.value
_BOTTOM = Qt.AlignmentFlag.AlignBottom.value


class StaticTexts:
    """Laid-out texts by (font, text); cleared when full or when the fonts change.

    Keyed by the font object's identity: callers draw with fonts they keep (and
    call :meth:`clear` when they make new ones).
    """

    def __init__(self, limit: int = 3000) -> None:
        self._limit = limit
        self._texts: dict[tuple[int, str], QStaticText] = {}

    def clear(self) -> None:
        self._texts.clear()

    def draw(
        self,
        painter: QPainter,
        rect: QRect | QRectF,
        align: Qt.AlignmentFlag,
        text: str,
        font: QFont,
    ) -> None:
        """Draw one line of *text* in *font* aligned in *rect*, as ``drawText(rect, align,
        text)`` places it (the painter's font becomes *font*)."""
        if not text:
            return
        key = (id(font), text)
        static = self._texts.get(key)
        if static is None:
            if len(self._texts) >= self._limit:
                self._texts.clear()
            static = QStaticText(text)
            static.setTextFormat(Qt.TextFormat.PlainText)
            static.prepare(QTransform(), font)
            self._texts[key] = static
        box = QRectF(rect)
        size = static.size()
        flags = align.value
        x = box.x()
        if flags & _RIGHT:
            x += box.width() - size.width()
        elif flags & _HCENTRE:
            x += (box.width() - size.width()) / 2
        y = box.y()
        if flags & _VCENTRE:
            y += (box.height() - size.height()) / 2
        elif flags & _BOTTOM:
            y += box.height() - size.height()
        painter.setFont(font)
        painter.drawStaticText(QPointF(x, y), static)
