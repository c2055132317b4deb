"""Painting a paper row's user-state marks: triage state icon, note, tags and watch hits.

Kept apart from :mod:`reader.ui.papers.delegate` so the row painter only places
them: the state icon sits in the left gutter under the unread dot, and the note,
tag and watch markers go at the right end of the meta line, before the star.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter

from reader.sentence import QT_TRANSLATE_NOOP  # typed: PySide6's returns object
from reader.userstate import RowMarks

# state -> (glyph, colour, words for the tooltip and screen readers, translated where used)
STATE_ICONS: dict[str, tuple[str, str, str]] = {
    "later": ("◷", "#2f7bd8", QT_TRANSLATE_NOOP("RowMarks", "in the queue")),
    "must-read": ("!", "#d64545", QT_TRANSLATE_NOOP("RowMarks", "must read")),
    "done": ("✓", "#2e9a4a", QT_TRANSLATE_NOOP("RowMarks", "done")),
    "skipped": ("–", "#8a8a8a", QT_TRANSLATE_NOOP("RowMarks", "skipped")),
}
WATCH = "#c47f00"
DIM_OPACITY = 0.45  # rows hit by an exclude term


def describe(marks: RowMarks) -> str:
    """Words for a row's marks (tooltips, accessible text); '' when there are none."""
    parts = []
    if marks.state in STATE_ICONS:
        parts.append(QCoreApplication.translate("RowMarks", STATE_ICONS[marks.state][2]))
    if marks.watch:
        parts.append(
            QCoreApplication.translate("RowMarks", "watch: %1").replace(
                "%1", ", ".join(marks.watch)
            )
        )
    if marks.excluded:
        parts.append(
            QCoreApplication.translate("RowMarks", "excluded by: %1").replace(
                "%1", ", ".join(marks.excluded)
            )
        )
    if marks.note:
        parts.append(QCoreApplication.translate("RowMarks", "has a note"))
    if marks.tags:
        parts.append(
            QCoreApplication.translate("RowMarks", "tags: %1").replace("%1", ", ".join(marks.tags))
        )
    return "; ".join(parts)


def paint_state(
    painter: QPainter, marks: RowMarks, gutter: QRect, selected: bool, text: QColor
) -> None:
    """The triage state's icon, centred in *gutter* (nothing for a new paper)."""
    icon = STATE_ICONS.get(marks.state)
    if icon is None:
        return
    glyph, colour, _words = icon
    painter.save()
    font = painter.font()
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(text if selected else QColor(colour))
    painter.drawText(gutter, Qt.AlignmentFlag.AlignCenter, glyph)
    painter.restore()


def marker_text(marks: RowMarks) -> str:
    """The right-hand markers: ``◉ term``, ``✎`` for a note, ``#tag`` per tag."""
    parts = []
    if marks.watch:
        parts.append(
            "◉ " + marks.watch[0] + (f" +{len(marks.watch) - 1}" if len(marks.watch) > 1 else "")
        )
    if marks.note:
        parts.append("✎")
    parts.extend(f"#{t}" for t in marks.tags[:3])
    if len(marks.tags) > 3:
        parts.append("…")
    return "  ".join(parts)


def paint_markers(
    painter: QPainter,
    marks: RowMarks,
    right: int,
    top: int,
    fm: QFontMetrics,
    max_width: int,
    selected: bool,
    dim: QColor,
) -> int:
    """Draw the markers ending at *right*; returns the width they took (0 when none)."""
    text = marker_text(marks)
    if not text or max_width <= 20:
        return 0
    text = fm.elidedText(text, Qt.TextElideMode.ElideRight, max_width)
    width = fm.horizontalAdvance(text)
    painter.save()
    painter.setPen(dim if selected or not marks.watch else QColor(WATCH))
    painter.drawText(
        QRect(right - width, top, width, fm.height()),
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
        text,
    )
    painter.restore()
    return width
