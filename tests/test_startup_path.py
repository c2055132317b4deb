"""The window's start path stays lean and its quit stays whole (issue 11).

Start-up is measured against a bare QTextBrowser window (``benchmarks/run.py``);
what keeps it near that floor is structure, tested here without timing: the
modules loaded and the Qt classes created when the window is first painted (run
through the real entry point, ``reader.__main__``), the bare command's parsing, and a quit that ends the process at once yet leaves the
settings written.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reader import launch
from reader.importer import import_paths
from reader.library import Library
from tests.conftest import CORPUS, ROOT
from tests.probe_support import offscreen_env, run_probe

# Not one of these is in the first paint: each loads on first use, or after the paint.
HEAVY = (
    "reader.importer",  # the parser and importer: File > Import, sync
    "reader.formats.markdown",
    "reader.formats.hf_json",
    "reader.sources.sync",  # sync and the network
    "reader.sources.github",
    "reader.sources.hf",
    "reader.net",
    "requests",
    "urllib3",
    "keyring",
    "reader.secrets",
    "pylatexenc",
    "reader.export",
    "reader.recommend",  # the similarity engine: Related and For You, in workers
    "reader.simindex",
    "reader.cli",  # the command line: the bare command opens the window without it
    "reader.cli_userstate",  # the command line's sub-commands
    "reader.similar_cli",
    "reader.config_cli",
    "reader.sources.pdf_cli",
    "reader.sources.sync_cli",
    "subprocess",
    # built right after the first paint (MainWindow.finish_building) or when first used
    "reader.ui.dialogs.go_to_date",
    "reader.ui.dialogs.help",
    "reader.ui.dialogs.confirm",
    "reader.ui.dialogs.watch_terms",
    "reader.ui.papers.context_menu",
    "reader.ui.sync.userstate",
    "reader.ui.sync.repack",  # the repacker of old texts: background work
    "reader.ui.sync.export_task",  # File > Export
    "reader.userstate_sync",
    "PySide6.QtNetwork",  # the window's socket for a second start listens after the paint
    "reader.sources.pdfs",  # the PDF store and its text index open on first use
    "reader.fulltext",
    "uuid",  # standard modules the first paint does not use
    "socket",
    "dataclasses",  # records on the start path are named tuples or __slots__ classes
    "json",  # list settings, search hit lists and exports read or write it when used
    "hashlib",
    "appdirs",  # the default folders: --data-dir needs none of it
)
# PySide creates a Qt class, with all its enums, the first time it is touched; the
# bare QTextBrowser window never touches these, nor does the app's first paint
LATE_QT_CLASSES = (
    "QProcess",
    "QTextCharFormat",
    "QTextCursor",
    "QFileDialog",  # the file choosers open one when asked
    "QProgressDialog",  # an import's progress
    "QSystemTrayIcon",  # the watch lists' news
    # the theme's light palette is written out and the application is made with
    # "-style fusion": from Python, a style would create QStyle's class and enums
    "QStyle",
    "QStyleFactory",
    # made only when PySide searches every QWidget subclass for the type of a widget it
    # has no Python object for (a first viewport(): see reader.ui.common.viewport)
    "QCalendarWidget",
    "QMdiArea",
    "QWizard",
)


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("start") / "data"
    data.mkdir()
    with Library(data / "library.sqlite3") as library:
        assert import_paths(library, [CORPUS]).papers > 0
    (data / "config").mkdir()
    (data / "config" / "settings.ini").write_text("[General]\nsync_interval_hours=0\n")
    return data


def test_the_first_paint_loads_none_of_the_heavy_modules(data_dir: Path) -> None:
    report = run_probe("startup_probe.py", str(data_dir), "--modules")
    assert report["paper"] and report["rows"] > 0  # the newest day listed, a paper rendered
    assert report["painted"] >= report["ready"]  # ... and the whole first frame painted
    loaded = set(report["modules"])
    assert "reader.ui.window" in loaded  # the probe saw the real window
    assert sorted(m for m in HEAVY if m in loaded) == []
    created = set(report["qt_classes"])
    assert "QTextBrowser" in created  # the probe saw PySide's classes
    assert sorted(c for c in LATE_QT_CLASSES if c in created) == []
    libraries = report["libraries"]
    assert any(name.startswith("libQt6Widgets") for name in libraries)  # the probe saw them
    # the window icon (an SVG) comes after the paint: Qt's SVG library and icon engine too
    assert [name for name in libraries if "Svg" in name or "svgicon" in name] == []
    steps = [name for name, _t in report["marks"]]
    assert steps[0] == "command line" and "window built" in steps  # the breakdown's marks
    # no garbage collection before the first paint; right after it, the collector is on
    # again and the rest of the window is built
    assert report["gc_at_paint"] is False
    after = [name for name, _t in report["after_paint_marks"]]
    assert after == ["garbage collector on", "rest of the window built"]


def test_the_pyside_floor_shows_the_newest_day_without_the_apps_code(data_dir: Path) -> None:
    """benchmarks/floor_window.py, the start-up rows' PySide floor, is Qt alone on real rows."""
    report = run_probe("floor_window.py", str(data_dir))
    with Library(data_dir / "library.sqlite3") as library:
        newest = library.days()[0]
    assert report["rows"] == newest.papers > 0  # the newest day's papers, listed
    assert report["painted"] >= report["ready"] > report["python_started"]
    assert report["reader_modules"] == []


@pytest.mark.parametrize(
    ("argv", "data_dir", "verbose"),
    [
        ([], None, False),
        (["--data-dir", "D"], "D", False),
        (["--data-dir=D", "-v"], "D", True),
        (["--verbose", "--data-dir", "D"], "D", True),
    ],
)
def test_the_bare_command_is_read_without_the_full_parser(argv, data_dir, verbose) -> None:
    args = launch.window_args(argv)
    assert args is not None
    assert (args.command, args.data_dir, args.verbose) == (None, data_dir, verbose)


@pytest.mark.parametrize(
    "argv",
    [["days"], ["--help"], ["--version"], ["--data-dir"], ["--data-dir", "-v"], ["-x"], ["D"]],
)
def test_anything_else_goes_to_argparse(argv) -> None:
    assert launch.window_args(argv) is None


def test_quit_ends_the_process_with_the_settings_written(data_dir: Path, tmp_path: Path) -> None:
    """SIGTERM closes the window as the user would; the process then ends at once
    (``os._exit``), so the settings must have been written before, not by Qt's teardown."""
    data = tmp_path / "data"
    data.mkdir()
    for name in ("library.sqlite3", "config"):
        src = data_dir / name
        if src.is_dir():
            (data / name).mkdir()
            for f in src.iterdir():
                (data / name / f.name).write_bytes(f.read_bytes())
        else:
            (data / name).write_bytes(src.read_bytes())
    proc = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "--data-dir", str(data), "-v"],
        cwd=ROOT,
        env=offscreen_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        # the library check runs once the window is painted, and logs at INFO
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and proc.poll() is None:
            if any(
                "quick_check of" in p.read_text(errors="replace")
                for p in (data / "logs").glob("*.log")
            ):
                break
            time.sleep(0.05)
        assert proc.poll() is None, proc.communicate()[1]
        proc.send_signal(signal.SIGTERM)
        _out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 0, err
    assert "Traceback" not in err
    settings = (data / "config" / "settings.ini").read_text()
    assert "ui_selection=" in settings  # the window's state, saved on close


def test_a_log_record_and_the_network_errors_load_no_sockets(tmp_path: Path) -> None:
    """The first log line of a start (the redaction's filter) and reader.neterrors stay light:
    sockets and the email package (~8 ms) load with an HTTP error's date, not before."""
    code = (
        "import logging, sys\n"
        "from pathlib import Path\n"
        "from reader import logsetup\n"
        f"logsetup.setup(Path({str(tmp_path)!r}))\n"
        "logging.getLogger('reader.x').warning('fetched https://h/?token=abc')\n"
        "import reader.neterrors\n"
        "heavy = [m for m in ('socket', 'email.utils', 'http') if m in sys.modules]\n"
        "assert not heavy, heavy\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert "token=abc" not in (tmp_path / "reader.log").read_text()
