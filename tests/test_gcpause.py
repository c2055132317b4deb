"""gcpause.settle: what is alive is kept out of later full collections, what comes after is not."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator

import pytest

from reader import gcpause


class _Node:
    def __init__(self) -> None:
        self.me = self  # a cycle: only the collector frees it


@pytest.fixture(autouse=True)
def _unfrozen() -> Iterator[None]:
    yield
    gc.unfreeze()


def test_settle_freezes_what_lives_and_collects_young_garbage_first() -> None:
    gc.unfreeze()
    garbage = weakref.ref(_Node())  # unreachable already: the young collection frees it
    kept = _Node()
    gcpause.settle()
    assert garbage() is None
    assert gc.get_freeze_count() > 0
    assert not any(obj is kept for obj in gc.get_objects())  # out of every generation
    later = _Node()
    assert any(obj is later for obj in gc.get_objects(0))  # new objects are collected as usual
    made_after = weakref.ref(_Node())
    gc.collect()
    assert made_after() is None


def test_settle_leaves_a_disabled_collector_alone() -> None:
    gc.unfreeze()
    gc.disable()
    try:
        gcpause.settle()
        assert gc.get_freeze_count() == 0
    finally:
        gc.enable()
