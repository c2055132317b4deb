"""PySide's per-import question (does this module use PySide6?), answered quickly.

``reader.ui.app.quick_pyside_feature_check`` replaces PySide's own answer (it reads
each module's source with ``inspect``) for every module imported after PySide: the
app's modules by their names (the core is Qt-free), others by the file's bytes.
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
        if module.__name__.startswith("reader.ui"):
            # every window module that uses PySide says so; one that imports no Qt
            # (a room's __init__) gets PySide's default of no feature either way
            assert quick(module) is True
        else:
            # the core imports no Qt (tests/test_architecture.py); PySide's own check
            # may still say yes for one whose text names PySide6 (reader.sources.pdf_cli)
            assert quick(module) is False, module.__name__
    assert original(reader.ui.window) and not original(reader.library)


def test_this_apps_modules_are_answered_without_reading_a_file(feature, monkeypatch) -> None:
    import builtins

    opened: list[str] = []
    real_open = builtins.open

    def watching_open(file, *args, **kwargs):
        opened.append(str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", watching_open)
    assert feature._mod_uses_pyside(reader.library) is False
    assert feature._mod_uses_pyside(reader.ui.window) is True
    assert opened == []
