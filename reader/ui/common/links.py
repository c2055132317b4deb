"""Opening links and copying text: only http and https ever reach the system browser.

Digest text is untrusted; a ``javascript:``, ``file:`` or any other scheme is
refused here, whatever widget asked.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication

from reader import notify

log = logging.getLogger(__name__)

SAFE_SCHEMES = frozenset({"http", "https"})


def is_safe(url: QUrl | str) -> bool:
    """True for a valid absolute http(s) URL with a host."""
    qurl = QUrl(url) if isinstance(url, str) else url
    return qurl.isValid() and qurl.scheme().lower() in SAFE_SCHEMES and bool(qurl.host())


def open_url(url: QUrl | str) -> bool:
    """Open *url* in the system browser when it is http(s); returns whether it was opened.

    When no browser starts, the user is told in one sentence.
    """
    qurl = QUrl(url) if isinstance(url, str) else url
    if not is_safe(qurl):
        log.warning("refused to open a link with scheme %r", qurl.scheme())
        return False
    if QDesktopServices.openUrl(qurl):
        return True
    # no browser to start (Qt only warns on stderr): say so, or the key seems to do nothing
    text = QCoreApplication.translate(
        "Links", "No web browser could open %1; Copy Link (Ctrl+Shift+C) puts it on the clipboard."
    )
    notify.error(text.replace("%1", qurl.toDisplayString()))
    return False


def copy_text(text: str) -> None:
    clipboard = QGuiApplication.clipboard()
    if clipboard is not None:
        clipboard.setText(text)
