"""Keep Python's full garbage collections short while long work runs beside the window.

A full (generation 2) collection walks every tracked object of the process while
holding the GIL, so every thread stops meanwhile, the window's included. In the
window at 110,000 papers that walk took 25-60 ms, and an import's allocations
start one every second or so: the longest pauses the window had during an
import. :func:`settle` moves the objects alive now (modules, widgets, models,
caches: long-lived) into the collector's permanent generation (``gc.freeze``),
so the collections that follow walk only what was made since, a few
milliseconds. Reference counting still frees everything as before; only cyclic
garbage that exists at the moment of the call is kept (a young collection just
before keeps that small). Free of Qt.
"""

from __future__ import annotations

import gc
import logging

log = logging.getLogger(__name__)


def settle() -> None:
    """Freeze what is alive now out of later full collections (cheap: no walk)."""
    if not gc.isenabled():
        return
    gc.collect(1)  # the young garbage (a few thousand objects at most) is not frozen with the rest
    gc.freeze()
    log.debug("%d long-lived objects kept out of full collections", gc.get_freeze_count())
