"""Opening links and copying text: only http and https ever reach the system browser.

Digest text is untrusted; a ``javascript:``, ``file:`` or any other scheme is
refused here, whatever widget asked.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication

log = logging.getLogger(__name__)

SAFE_SCHEMES = frozenset({"http", "https"})


def is_safe(url: QUrl | str) -> bool:
    """True for a valid absolute http(s) URL with a host."""
    qurl = QUrl(url) if isinstance(url, str) else url
    return qurl.isValid() and qurl.scheme().lower() in SAFE_SCHEMES and bool(qurl.host())


def open_url(url: QUrl | str) -> bool:
    """Open *url* in the system browser when it is http(s); returns whether it was opened."""
    qurl = QUrl(url) if isinstance(url, str) else url
    if not is_safe(qurl):
        log.warning("refused to open a link with scheme %r", qurl.scheme())
        return False
    return QDesktopServices.openUrl(qurl)


def copy_text(text: str) -> None:
    clipboard = QGuiApplication.clipboard()
    if clipboard is not None:
        clipboard.setText(text)
