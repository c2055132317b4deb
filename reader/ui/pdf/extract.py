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

from reader.sentence import QT_TRANSLATE_NOOP, Sentence
from reader.sources.pdfs import PdfError

log = logging.getLogger(__name__)

# (core sentences: these errors are raised in workers and travel in download reports)
_REASONS = {
    QPdfDocument.Error.FileNotFound: QT_TRANSLATE_NOOP("PdfText", "the file is missing"),
    QPdfDocument.Error.InvalidFileFormat: QT_TRANSLATE_NOOP(
        "PdfText", "it is damaged or not a PDF"
    ),
    QPdfDocument.Error.IncorrectPassword: QT_TRANSLATE_NOOP(
        "PdfText", "it is protected by a password"
    ),
    QPdfDocument.Error.UnsupportedSecurityScheme: QT_TRANSLATE_NOOP(
        "PdfText", "its encryption is not supported"
    ),
    QPdfDocument.Error.DataNotYetAvailable: QT_TRANSLATE_NOOP("PdfText", "it is incomplete"),
}
UNREADABLE = QT_TRANSLATE_NOOP("PdfText", "QtPdf cannot read it")
NO_PAGES = QT_TRANSLATE_NOOP("PdfText", "it has no pages")


def reason_of(error: QPdfDocument.Error) -> Sentence:
    """Why QtPdf refused a file, as a translatable phrase."""
    return _REASONS.get(error, UNREADABLE).arg()


def page_texts(path: Path | str) -> list[str]:
    """The text of every page of *path*; :class:`PdfError` when QtPdf cannot open it."""
    document = QPdfDocument()
    try:
        error = document.load(str(path))
        if error != QPdfDocument.Error.None_:
            raise _unreadable(path, reason_of(error))
        count = document.pageCount()
        if count <= 0:
            raise _unreadable(path, NO_PAGES.arg())
        return [document.getAllText(page).text() for page in range(count)]
    finally:
        document.close()
        document.deleteLater()


def _unreadable(path: Path | str, reason: str) -> PdfError:
    text = QT_TRANSLATE_NOOP("PdfText", "The PDF %1 cannot be opened (%2).")
    error = PdfError(text.arg(Path(path).name, reason))
    error.reason = reason  # type: ignore[attr-defined]
    return error


def validate(path: Path) -> list[str]:
    """:data:`reader.sources.pdfs.Validate` for downloads: the page texts, or PdfError."""
    texts = page_texts(path)
    log.debug("PDF %s: %d pages, %d characters", path, len(texts), sum(map(len, texts)))
    return texts
