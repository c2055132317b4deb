"""``pdf get|list|remove`` on the command line, and the PDF side of ``search``.

``pdf get`` downloads with the same :class:`~reader.sources.pdfs.PdfDownloader`
the window uses; its validator (QtPdf) is imported only here, lazily, so every
other command still starts without Qt.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from typing import Any

from reader.fulltext import FILE_NAME, FullText
from reader.library import Library
from reader.plural import count_noun
from reader.sources.pdfs import (
    DEFAULT_BASE,
    DEFAULT_MAX_MB,
    DEFAULT_PAUSE,
    RANGE_BYTES,
    PdfDownloader,
    PdfStore,
    valid_id,
    wanted_pdf_ids,
)

log = logging.getLogger(__name__)


def _out(text: str) -> None:
    sys.stdout.write(text if text.endswith("\n") else text + "\n")


def _err(text: str) -> None:
    sys.stderr.write(text.rstrip("\n") + "\n")


def store_of(paths) -> PdfStore:
    return PdfStore(paths.pdfs)


def index_of(paths) -> FullText:
    return FullText(paths.ensure(paths.cache) / FILE_NAME)


def run_pdf(args: argparse.Namespace) -> int:
    action = args.action
    if action == "get":
        return _get(args)
    if action == "list":
        return _list(args)
    return _remove(args)


def _get(args: argparse.Namespace) -> int:
    ids = list(args.ids)
    with Library(args.paths.database) as library:
        if args.bookmarked:
            ids += wanted_pdf_ids(library)
        bad = [i for i in ids if not valid_id(i)]
        missing = [i for i in ids if valid_id(i) and not library.exists(i)]
    if bad:
        _err(f"{', '.join(bad)} is not an arXiv id.")
        return 2
    if missing:
        _err(f"No paper with id {', '.join(missing)} in the library.")
        return 2
    if not ids:
        _err("Name at least one paper id, or use --bookmarked.")
        return 2
    try:
        from reader.ui.pdf.extract import validate
    except ImportError as exc:  # PySide6-Addons missing: QtPdf reads and checks PDFs
        log.info("QtPdf is unavailable: %s", exc)
        _err("QtPdf is not installed (PySide6-Addons); reinstall the app to download PDFs.")
        return 3
    from reader.net import HttpClient

    max_bytes = max(1, args.max_mb) * 1024 * 1024
    client = HttpClient(max_bytes=max(max_bytes, RANGE_BYTES) + 1024)
    with client, index_of(args.paths) as index:
        downloader = PdfDownloader(
            client,
            store_of(args.paths),
            index,
            validate,
            base_url=args.pdf_url or DEFAULT_BASE,
            max_bytes=max_bytes,
            pause=args.pause,
        )

        def progress(done: int, total: int, paper_id: str) -> None:
            if args.verbose:
                _err(f"{paper_id}: {done // 1024} of {total // 1024} KB")

        report = downloader.fetch_many(ids, progress=progress)
    for _paper_id, message in report.failed:
        _err(message)
    _out(report.summary())
    return 1 if report.failed else 0


def _list(args: argparse.Namespace) -> int:
    store = store_of(args.paths)
    files = store.files()
    with index_of(args.paths) as index:
        records = {r.paper_id: r for r in index.records()}
    items: list[dict[str, Any]] = []
    for paper_id, path in sorted(files.items()):
        record = records.get(paper_id)
        items.append(
            {
                "id": paper_id,
                "path": str(path),
                "bytes": path.stat().st_size,
                "pages": record.pages if record else None,
            }
        )
    if args.json:
        _out(json.dumps(items, indent=2))
    elif not items:
        _out("No PDFs downloaded yet.")
    else:
        for item in items:
            pages = "?" if item["pages"] is None else item["pages"]
            _out(
                f"{item['id']:<12} {pages:>4} pages {item['bytes'] / 1024:>9,.0f} KB  {item['path']}"
            )
    return 0


def _remove(args: argparse.Namespace) -> int:
    if not args.ids:
        _err("Name at least one paper id whose PDF to remove.")
        return 2
    bad = [i for i in args.ids if not valid_id(i)]
    if bad:
        _err(f"{', '.join(bad)} is not an arXiv id.")
        return 2
    store = store_of(args.paths)
    removed = [i for i in args.ids if store.remove(i)]
    with index_of(args.paths) as index:
        index.remove(args.ids)
    missing = [i for i in args.ids if i not in removed]
    _out(f"{count_noun(len(removed), 'PDF')} removed.")
    if missing:
        _err(f"No downloaded PDF for {', '.join(missing)}.")
        return 1
    return 0


def add_parser(sub) -> argparse.ArgumentParser:
    """The ``pdf`` sub-command (called by reader.cli.build_parser)."""
    p = sub.add_parser("pdf", help="download, list or remove papers' PDFs (read offline)")
    p.add_argument("action", choices=("get", "list", "remove"))
    p.add_argument("ids", nargs="*", metavar="ID")
    p.add_argument("--bookmarked", action="store_true", help="get: also every bookmarked paper")
    p.add_argument("--pdf-url", metavar="BASE", help=f"PDF address base (default {DEFAULT_BASE})")
    p.add_argument("--max-mb", type=int, default=DEFAULT_MAX_MB, help="largest PDF to keep")
    p.add_argument("--pause", type=float, default=DEFAULT_PAUSE, help="seconds between requests")
    p.add_argument("--json", action="store_true")
    return p


def search_json_extra(paths, library: Library, text: str, limit: int):
    """``(rows, {id: fulltext_only})`` for ``search``: library hits merged with PDF text."""
    from reader.fulltext import merged_search

    index_path = paths.cache / FILE_NAME
    if not index_path.exists():  # no PDF ever indexed: no file is created for a search
        hits = merged_search(library, None, text, limit)
    else:
        with FullText(index_path) as index:
            hits = merged_search(library, index, text, limit)
    return [h.row for h in hits], {h.row.id: h.fulltext for h in hits}
