"""A transparent image to paint on, sharp at the screen's device pixel ratio."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage


def canvas(width: int, height: int, ratio: float = 1.0) -> QImage:
    """A clear image of *width* x *height* logical pixels at device pixel ratio *ratio*.

    It holds ``width * ratio`` pixels and reports *width* logical ones, so Qt shows
    what is painted on it crisp on a HiDPI screen (thumbnail placeholders, sparklines).
    """
    image = QImage(
        max(1, round(width * ratio)),
        max(1, round(height * ratio)),
        QImage.Format.Format_ARGB32_Premultiplied,
    )
    image.setDevicePixelRatio(ratio)
    image.fill(Qt.GlobalColor.transparent)
    return image
