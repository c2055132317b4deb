"""A gate that holds a thread at a point until the test opens it.

Tests of the one writer hold a write (or an import's batch) at a gate to see
what happens around it. A gate never waits for ever: after VALVE_S seconds its
safety valve opens it and records so (``by_valve``), so a wait where none must
happen becomes a failed assert instead of a hung test.
"""

from __future__ import annotations

import threading

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
