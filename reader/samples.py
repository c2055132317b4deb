"""The bundled sample digests: imported on first run, flagged, and gone once real data comes.

Samples are imported under ``sample:`` source keys with the source name
``"sample"``; the store removes every sample day and paper when the first real
import or sync stores anything (see :func:`reader.store.purge_samples`), and the
library tells which days are samples (:meth:`reader.library.Library.is_sample_day`)
so the window can say so. Marks put on a sample paper stay: they are keyed by arXiv id.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

from reader.bundled import samples_dir
from reader.display_rule import SAMPLE
from reader.importer import Cancel, ImportReport, Progress, find_digests, import_documents
from reader.library import Library
from reader.store import SAMPLE_PREFIX

log = logging.getLogger(__name__)

SAMPLES_DIR = samples_dir()


def import_samples(
    library: Library,
    folder: Path = SAMPLES_DIR,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> ImportReport:
    """Import the sample digests in *folder* as samples; nothing if real data is there."""
    if library.has_real_data():
        log.info("samples not imported: the library holds real data")
        return ImportReport()
    files, errors = find_digests([folder])
    base = Path(folder).resolve()

    def documents() -> Iterator[tuple[str, bytes | None, str | None]]:
        for path in files:
            key = SAMPLE_PREFIX + path.relative_to(base).as_posix()
            try:
                yield key, path.read_bytes(), None
            except OSError as exc:
                yield key, None, f"{path} could not be read ({exc.strerror or exc})"

    report = ImportReport(failed=errors)
    report.merge(import_documents(library, documents(), len(files), SAMPLE, progress, cancel))
    return report
