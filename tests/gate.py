"""A gate that holds a thread at a point until the test opens it (and an import held at one).

Tests of the one writer hold a write (or an import's batch) at a gate to see
what happens around it. A gate never waits for ever: after VALVE_S seconds its
safety valve opens it and records so (``by_valve``), so a wait where none must
happen becomes a failed assert instead of a hung test.
"""

from __future__ import annotations

import sqlite3
import threading

import pytest

import reader.importer as importer
import reader.library as library_module

VALVE_S = 10.0  # only reached when something waited that must not


class Gate:
    """Holds a thread at a point until the test opens it (or the safety valve does)."""

    def __init__(self) -> None:
        self.reached = threading.Event()
        self.opened = threading.Event()
        self.by_valve = False

    def hold(self) -> None:
        self.reached.set()
        if not self.opened.wait(VALVE_S):
            self.by_valve = True

    def open(self) -> None:
        self.opened.set()


HELD_MARK = "SELECT 'batch 2 stored'"  # in a writer trace: where the import was held


def hold_second_batch(monkeypatch: pytest.MonkeyPatch, batch_papers: int) -> tuple[Gate, list[int]]:
    """Imports commit every *batch_papers* papers, and hold the writer in their 2nd batch.

    The second batch, once stored, runs HELD_MARK (so a trace of the writer shows
    the spot) and waits at the returned gate inside its transaction. The list
    gets each batch's size as it is stored.
    """
    monkeypatch.setattr(importer, "BATCH_PAPERS", batch_papers)
    gate, batches = Gate(), []
    real = library_module.store_batch

    def held_store(tx: sqlite3.Connection, batch: list, result: object) -> None:
        batches.append(len(batch))
        real(tx, batch, result)
        if len(batches) == 2:
            tx.execute(HELD_MARK)
            gate.hold()  # inside the import's transaction: the writer is held

    monkeypatch.setattr(library_module, "store_batch", held_store)
    return gate, batches
