"""Watch-term highlighting in a rendered QTextDocument (the detail pane).

Works on the document's plain text after rendering, never on HTML: the matched
characters get a background through QTextCursor, so a term (or a digest's text)
can never inject markup. Python's match offsets are code points; the document
counts UTF-16 units, so offsets are converted.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtGui import QColor, QTextDocument

HIGHLIGHT = "#ffe08a"


def _utf16_offsets(text: str) -> list[int]:
    """UTF-16 offset of each code point index (one more entry for the end)."""
    offsets = [0] * (len(text) + 1)
    units = 0
    for i, char in enumerate(text):
        offsets[i] = units
        units += 2 if ord(char) >= 0x10000 else 1
    offsets[len(text)] = units
    return offsets


def highlight(
    document: QTextDocument, patterns: Iterable[re.Pattern[str]], color: str = HIGHLIGHT
) -> int:
    """Give every match of *patterns* in *document* a background; returns how many."""
    patterns = list(patterns)
    if not patterns:
        return 0
    # imported on the first highlight, not at start-up (their Qt enums cost ~2 ms)
    from PySide6.QtGui import QTextCharFormat, QTextCursor

    text = document.toPlainText()
    offsets: list[int] | None = None
    fmt = QTextCharFormat()
    fmt.setBackground(QColor(color))
    fmt.setForeground(QColor("#1a1a1a"))
    cursor = QTextCursor(document)
    found = 0
    for pattern in patterns:
        for match in pattern.finditer(text):
            if match.end() <= match.start():
                continue
            if offsets is None:
                offsets = _utf16_offsets(text)
            cursor.setPosition(offsets[match.start()])
            cursor.setPosition(offsets[match.end()], QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(fmt)
            found += 1
    return found
