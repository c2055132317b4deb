"""The whole app: ``python main.py`` on a fresh data folder, the screenshot command, start-up cost."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from reader import paths
from reader.ui.window import MainWindow
from tests.conftest import CORPUS, ROOT
from tests.ui_support import *  # the window fixtures (see its __all__)


def test_main_opens_the_window_on_the_bundled_samples(qtbot, tmp_path) -> None:
    from reader.ui.app import main

    app = QApplication.instance()
    font = app.font()
    seen: dict[str, object] = {}

    def watch() -> None:
        windows = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        ]
        if not windows:
            return
        window = windows[0]
        if (
            window.sidebar.current_day() == "2025-02-06"
            and window.detail.paper is not None
            and window.built  # the icon comes with the rest of the window, after the paint
        ):
            seen.update(
                day=window.sidebar.current_day(),
                paper=window.detail.paper.id,
                dates=list(window.day_model.dates()),
                title=window.windowTitle(),
                icon=not window.windowIcon().isNull(),
            )
            timer.stop()
            window.close()

    timer = QTimer()
    timer.timeout.connect(watch)
    timer.start(20)
    QTimer.singleShot(15_000, app.quit)  # a safety net: never hang the suite
    args = SimpleNamespace(
        paths=paths.resolve(tmp_path / "data"), data_dir=str(tmp_path / "data"), verbose=False
    )
    try:
        assert main(args) == 0
    finally:
        app.setFont(font)
        root = logging.getLogger()
        for handler in [h for h in root.handlers if getattr(h, "_reader_handler", False)]:
            root.removeHandler(handler)
            handler.close()
    assert seen["dates"] == ["2025-02-06", "2025-02-05", "2025-02-04", "2025-02-03"]
    assert seen["title"] == "Daily Papers Reader" and seen["icon"]
    assert (tmp_path / "data" / "config" / "settings.ini").is_file()  # state saved on close


def test_start_up_imports_nothing_heavy() -> None:
    code = (
        "import sys, reader.ui.app, reader.ui.window, reader.ui.shell.screenshot;"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in"
        " ('pylatexenc', 'requests', 'keyring', 'urllib3') or m in ('reader.importer', 'reader.export')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        check=False,
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


@pytest.fixture(scope="module")
def corpus_data(tmp_path_factory: pytest.TempPathFactory):
    data = tmp_path_factory.mktemp("shot") / "data"
    out = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--data-dir", str(data), "import", str(CORPUS)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert out.returncode == 0, out.stderr
    return data


def _shot(data, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--data-dir", str(data), "screenshot", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})},
    )


def test_screenshot_renders_the_window_at_the_asked_state(corpus_data, tmp_path) -> None:
    out = tmp_path / "shot.png"
    result = _shot(
        corpus_data, str(out), "--date", "2024-03-11", "--paper", "2403.05530", "--size", "1024x640"
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1024, 640)
    colors = {image.pixel(x, y) for x in range(0, 1024, 8) for y in range(0, 640, 8)}
    assert len(colors) > 20  # three panes of text, not a blank window
    listing = subprocess.run(
        [
            sys.executable,
            str(ROOT / "main.py"),
            "--data-dir",
            str(corpus_data),
            "show",
            "2403.05530",
            "--json",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert '"read": false' in listing.stdout  # a screenshot marks nothing read


def test_screenshot_works_at_high_dpi(corpus_data, tmp_path) -> None:
    out = tmp_path / "hidpi.png"
    result = _shot(
        corpus_data,
        str(out),
        "--date",
        "2025-05-09",
        "--paper",
        "2505.04921",
        "--size",
        "800x500",
        env={"QT_SCALE_FACTOR": "2"},
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1600, 1000)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--date", "1999-01-01"), "No day 1999-01-01"),
        (("--paper", "9999.99999"), "No paper with id 9999.99999"),
        (("--size", "big"), "is not a size"),
    ],
)
def test_screenshot_reports_bad_input_in_one_sentence(corpus_data, tmp_path, args, message) -> None:
    result = _shot(corpus_data, str(tmp_path / "x.png"), *args)
    assert result.returncode == 2
    assert message in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "x.png").exists()
