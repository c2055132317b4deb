"""A PDF's text, page by page, read with QtPdf (pdfium): the validator of every download.

Used by the window's download worker and, imported lazily, by ``pdf get`` on the
command line; it needs no QApplication and no widget, so it runs in any thread.
The same engine renders the reader, so a file that passes here is one the reader
can show, and the words indexed are the words on its pages. Choosing QtPdf over a
pure-Python PDF library costs no new dependency (QtPdf comes with the reader).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtPdf import QPdfDocument

from reader.sources.pdfs import PdfError

log = logging.getLogger(__name__)

_REASONS = {
    QPdfDocument.Error.FileNotFound: "the file is missing",
    QPdfDocument.Error.InvalidFileFormat: "it is damaged or not a PDF",
    QPdfDocument.Error.IncorrectPassword: "it is protected by a password",
    QPdfDocument.Error.UnsupportedSecurityScheme: "its encryption is not supported",
    QPdfDocument.Error.DataNotYetAvailable: "it is incomplete",
}


def page_texts(path: Path | str) -> list[str]:
    """The text of every page of *path*; :class:`PdfError` when QtPdf cannot open it."""
    document = QPdfDocument()
    try:
        error = document.load(str(path))
        if error != QPdfDocument.Error.None_:
            raise _unreadable(path, _REASONS.get(error, "QtPdf cannot read it"))
        count = document.pageCount()
        if count <= 0:
            raise _unreadable(path, "it has no pages")
        return [document.getAllText(page).text() for page in range(count)]
    finally:
        document.close()
        document.deleteLater()


def _unreadable(path: Path | str, reason: str) -> PdfError:
    error = PdfError(f"The PDF {Path(path).name} cannot be opened ({reason}).")
    error.reason = reason  # type: ignore[attr-defined]
    return error


def validate(path: Path) -> list[str]:
    """:data:`reader.sources.pdfs.Validate` for downloads: the page texts, or PdfError."""
    texts = page_texts(path)
    log.debug("PDF %s: %d pages, %d characters", path, len(texts), sum(map(len, texts)))
    return texts
