"""A paper's vote history as a small sparkline image for the detail pane.

The image is drawn with QPainter into a transparent QImage at the screen's device
pixel ratio (crisp on HiDPI screens) in a colour taken from the palette, so it
reads on light and dark themes alike; the pane adds it to its QTextDocument as a
resource. Points are placed by the time each snapshot was taken, so a burst of
votes on the first day looks steeper than a slow climb over a week.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen

from reader.model import VoteSnapshot
from reader.ui.common.canvas import canvas

log = logging.getLogger(__name__)

WIDTH, HEIGHT = 84, 18  # logical pixels: about the height of a line of small text
PAD = 2.5  # room for the end dot and the pen


def _seconds(at: str) -> float | None:
    try:
        return datetime.fromisoformat(at).timestamp()
    except ValueError:
        return None


def points(history: Sequence[VoteSnapshot], width: float, height: float) -> list[QPointF]:
    """Where each snapshot goes in a *width* x *height* box (votes up, time to the right).

    Times that cannot be read, or that are all equal, fall back to even spacing.
    A flat history is drawn at mid-height.
    """
    if not history:
        return []
    times = [_seconds(s.at) for s in history]
    known = [t for t in times if t is not None]
    if len(known) == len(times) and max(known) > min(known):
        start, span = min(known), max(known) - min(known)
        xs = [(t - start) / span for t in known]
    else:
        xs = [i / max(1, len(history) - 1) for i in range(len(history))]
    low = min(s.votes for s in history)
    high = max(s.votes for s in history)
    inner_w, inner_h = width - 2 * PAD, height - 2 * PAD
    out = []
    for x, snapshot in zip(xs, history, strict=True):
        y = 0.5 if high == low else (snapshot.votes - low) / (high - low)
        out.append(QPointF(PAD + x * inner_w, PAD + (1 - y) * inner_h))
    return out


def sparkline(
    history: Sequence[VoteSnapshot],
    color: QColor,
    ratio: float = 1.0,
    width: int = WIDTH,
    height: int = HEIGHT,
) -> QImage:
    """The history as a line with a soft fill under it and a dot on the latest count.

    *ratio* is the device pixel ratio: the image has ``width * ratio`` pixels and
    reports *width* logical pixels, so Qt shows it sharp at its logical size.
    """
    image = canvas(width, height, max(1.0, ratio))
    spots = points(history, width, height)
    if len(spots) < 2:
        return image
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        line = QPainterPath(spots[0])
        for spot in spots[1:]:
            line.lineTo(spot)
        area = QPainterPath(line)
        area.lineTo(spots[-1].x(), height - PAD)
        area.lineTo(spots[0].x(), height - PAD)
        area.closeSubpath()
        fill = QColor(color)
        fill.setAlphaF(0.18)
        painter.fillPath(area, fill)
        pen = QPen(color, 1.5)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.drawPath(line)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawEllipse(spots[-1], 2.2, 2.2)
    finally:
        painter.end()
    return image
