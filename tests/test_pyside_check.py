"""PySide's per-import question (does this module use PySide6?), answered quickly.

``reader.ui.app.quick_pyside_feature_check`` replaces PySide's own answer (it reads
each module's source with ``inspect``) for every module imported after PySide: the
Qt-free core by its name, the rest by the file's bytes. The answers must be PySide's.
"""

from __future__ import annotations

import sys

import pytest

import reader.library
import reader.ui.window
from reader.ui.app import create_app, quick_pyside_feature_check


@pytest.fixture
def feature(qapp):
    create_app()  # installs the quick check once PySide is imported
    quick_pyside_feature_check()
    module = sys.modules["shibokensupport.feature"]
    assert getattr(module._mod_uses_pyside, "quick", False)
    return module


def test_the_quick_answer_is_pysides_for_every_reader_module(feature) -> None:
    quick = feature._mod_uses_pyside
    original = quick.original  # PySide's own check
    modules = [m for name, m in sorted(sys.modules.items()) if name.startswith("reader")]
    assert reader.library in modules and reader.ui.window in modules
    for module in modules:
        assert quick(module) == bool(original(module)), module.__name__


def test_the_core_is_answered_without_reading_its_file(feature, monkeypatch) -> None:
    import builtins

    opened: list[str] = []
    real_open = builtins.open

    def watching_open(file, *args, **kwargs):
        opened.append(str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", watching_open)
    assert feature._mod_uses_pyside(reader.library) is False
    assert feature._mod_uses_pyside(reader.ui.window) is True
    assert opened == [reader.ui.window.__file__]
