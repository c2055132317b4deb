"""Real PDFs for the tests, written by Qt, and a loopback route that serves them like arXiv.

:func:`make_pdf` prints a QTextDocument to a :class:`QPdfWriter`: one section per
page, a link on page 1 that jumps to the last section (Qt writes it as a real
``/Link`` annotation with a ``/Dest``), an external https link, and words the
tests search for. :func:`add_outline` appends an outline (bookmarks) to such a
file as a PDF incremental update, since QPdfWriter writes none. :func:`pdf_route`
answers ``Range`` requests with 206 and ``Content-Range``, as arXiv does.
"""

from __future__ import annotations

import re
from pathlib import Path

from tests.httpserver import RecordedRequest, Reply

EXTERNAL = "https://example.org/paper-code"


def make_pdf(path: Path, pages: int = 4, marker: str = "zebrafish", filler: int = 40) -> Path:
    """A *pages*-page PDF: 'Section N' per page, *marker* on the last page, links on page 1."""
    from PySide6.QtGui import QFont, QPageSize, QPdfWriter, QTextDocument

    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A5))
    writer.setResolution(72)
    writer.setTitle(path.stem)
    parts = [
        f"<h1>A paper for tests</h1><p><a href='#sec{pages}'>Go to the last section</a>"
        f" or <a href='{EXTERNAL}'>the code</a>.</p>"
    ]
    for n in range(1, pages + 1):
        style = " style='page-break-before: always'" if n > 1 else ""
        words = f"Body text of section {n} about diffusion models. " * filler
        extra = f" The {marker} appears here only." if n == pages else ""
        parts.append(f"<h2{style}><a name='sec{n}'></a>Section {n}</h2><p>{words}{extra}</p>")
    document = QTextDocument()
    font = QFont("DejaVu Sans")
    font.setPixelSize(9)  # fixed, so a section fits one page whatever the app's font is
    document.setDefaultFont(font)
    document.setHtml("".join(parts))
    document.print_(writer)
    del writer  # the file is finished when the writer goes
    return path


def add_outline(path: Path, titles: list[str]) -> None:
    """Append an outline whose entry *i* points at page *i* (an incremental update)."""
    data = path.read_bytes()
    root = int(re.search(rb"/Root (\d+) 0 R", data).group(1))
    size = int(re.findall(rb"/Size (\d+)", data)[-1])
    prev = int(re.findall(rb"startxref\s+(\d+)", data)[-1])
    kids = re.search(rb"/Kids\s*\[([^\]]*)\]", data).group(1)
    pages = [int(n) for n in re.findall(rb"(\d+) 0 R", kids)]
    catalog = re.search(rb"\n%d 0 obj\s*<<(.*?)>>\s*endobj" % root, data, re.S).group(1)
    first, count = size + 1, len(titles)
    objects = {
        root: b"<<%s/Outlines %d 0 R\n>>" % (catalog, size),
        size: b"<< /Type /Outlines /First %d 0 R /Last %d 0 R /Count %d >>"
        % (first, first + count - 1, count),
    }
    for i, title in enumerate(titles):
        links = b" /Parent %d 0 R" % size
        if i:
            links += b" /Prev %d 0 R" % (first + i - 1)
        if i < count - 1:
            links += b" /Next %d 0 R" % (first + i + 1)
        objects[first + i] = b"<< /Title (%s)%s /Dest [%d 0 R /XYZ null null null] >>" % (
            title.encode("latin-1"),
            links,
            pages[min(i, len(pages) - 1)],
        )
    out = bytearray(data if data.endswith(b"\n") else data + b"\n")
    offsets = {}
    for number in sorted(objects):
        offsets[number] = len(out)
        out += b"%d 0 obj\n%s\nendobj\n" % (number, objects[number])
    xref = len(out)
    out += b"xref\n0 1\n0000000000 65535 f \n%d 1\n%010d 00000 n \n" % (root, offsets[root])
    out += b"%d %d\n" % (size, count + 1)
    for number in range(size, size + count + 1):
        out += b"%010d 00000 n \n" % offsets[number]
    out += b"trailer\n<< /Size %d /Root %d 0 R /Prev %d >>\nstartxref\n%d\n%%%%EOF\n" % (
        size + count + 1,
        root,
        prev,
        xref,
    )
    path.write_bytes(bytes(out))


def pdf_route(body: bytes, content_type: str = "application/pdf"):
    """A responder serving *body* with ``Range`` support (206 + Content-Range)."""

    def answer(request: RecordedRequest) -> Reply:
        match = re.match(r"bytes=(\d+)-(\d*)", request.headers.get("Range") or "")
        headers = {"Content-Type": content_type, "Accept-Ranges": "bytes"}
        if not match:
            return Reply(body=body, headers=headers)
        start = int(match.group(1))
        end = min(int(match.group(2) or len(body) - 1), len(body) - 1)
        if start >= len(body):
            return Reply(status=416, headers={"Content-Range": f"bytes */{len(body)}"})
        headers["Content-Range"] = f"bytes {start}-{end}/{len(body)}"
        return Reply(status=206, body=body[start : end + 1], headers=headers)

    return answer


def huge_route(total: int):
    """Answers like a server holding a *total*-byte file (a PDF header, then zeros)."""

    def answer(request: RecordedRequest) -> Reply:
        match = re.match(r"bytes=(\d+)-(\d*)", request.headers.get("Range") or "")
        start = int(match.group(1)) if match else 0
        end = min(int(match.group(2)) if match and match.group(2) else total - 1, total - 1)
        head = b"%PDF-1.4\n"
        piece = (
            (head + b"\0" * (end + 1 - len(head)))[start:]
            if start < len(head)
            else b"\0" * (end + 1 - start)
        )
        return Reply(
            status=206,
            body=piece,
            headers={
                "Content-Type": "application/pdf",
                "Content-Range": f"bytes {start}-{end}/{total}",
            },
        )

    return answer
