"""The sidebar's per-day progress mark: a small ring filling as a day's papers are triaged.

Triaged means any state but new (queued, must-read, done or skipped); a fully
triaged day shows a filled disc, so finished days stand out.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

DONE = "#2e9a4a"
SIZE = 11


def paint_progress(
    painter: QPainter,
    triaged: int,
    papers: int,
    right: int,
    rect: QRect,
    selected: bool,
    text: QColor,
) -> int:
    """Draw the mark ending at *right*, centred in *rect*; returns the width it took."""
    if triaged <= 0 or papers <= 0:
        return 0
    box = QRectF(right - SIZE, rect.center().y() - SIZE / 2 + 1, SIZE, SIZE)
    colour = QColor(text) if selected else QColor(DONE)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    faint = QColor(colour)
    faint.setAlphaF(0.35)
    painter.setPen(QPen(faint, 1.2))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawEllipse(box)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    if triaged >= papers:
        painter.drawEllipse(box)
    else:
        span = int(-360 * 16 * triaged / papers)
        painter.drawPie(box, 90 * 16, span)
    painter.restore()
    return SIZE + 6
