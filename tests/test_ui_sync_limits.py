"""The window's side of the network limits: Preferences for the deadline and stall
timeout, their way into the sync's client, a retry shown in the sync bar while it
waits, and the cache tidied of a killed download's temporary file at start.

The real window, real loopback servers (tests/fake_remote.py), a real settings file.
"""

from __future__ import annotations

import os
import time

from PySide6.QtWidgets import QDialogButtonBox

from reader.net import DEFAULT_DEADLINE, DEFAULT_STALL_TIMEOUT
from reader.sources.sync import SyncSettings
from reader.ui.common.settings import BY_NAME
from reader.ui.dialogs.preferences import PreferencesDialog
from reader.ui.sync.service import sync_values
from tests.httpserver import Reply
from tests.ui_support import *  # the window fixtures (see its __all__)
from tests.ui_support import FAST_NET, settle

pytest_plugins = ["tests.sync_support"]


def test_the_settings_repeat_the_network_defaults() -> None:
    assert BY_NAME["sync_deadline_minutes"].default * 60 == DEFAULT_DEADLINE
    assert BY_NAME["sync_stall_seconds"].default == DEFAULT_STALL_TIMEOUT
    assert (SyncSettings().deadline, SyncSettings().stall_timeout) == (
        DEFAULT_DEADLINE,
        DEFAULT_STALL_TIMEOUT,
    )


def test_preferences_set_the_deadline_and_stall_timeout_of_the_next_sync(
    qtbot, corpus_db, make_window
) -> None:
    window = make_window(read_delay_ms=60_000)
    window.action_set["preferences"].trigger()
    dialog = window.sync_ui.dialog
    assert isinstance(dialog, PreferencesDialog)
    assert dialog.fields["sync_deadline_minutes"].value() == 15
    assert dialog.fields["sync_stall_seconds"].value() == 20
    dialog.fields["sync_deadline_minutes"].setValue(5)
    dialog.fields["sync_stall_seconds"].setValue(45)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert window.settings.get("sync_deadline_minutes") == 5
    values = sync_values(window.settings)
    assert (values["deadline"], values["stall_timeout"]) == (300.0, 45.0)
    factory = window.sync_ui.controller.factory
    factory.net_options = {}  # the app's own options, not the fast test ones
    service = factory.build(values, tokens=False)
    with service.client:
        assert service.settings.deadline == 300.0 and service.client.stall_timeout == 45.0


def test_a_retry_shows_in_the_sync_bar_while_it_waits(qtbot, make_window, archive, fake_hf) -> None:
    window = make_window(
        net_options={**FAST_NET, "backoff": 0.8},
        github_api_url=archive.api_url,
        github_raw_url=archive.raw_url,
        hf_url=fake_hf.url,
        sync_hf=False,
        read_delay_ms=60_000,
    )
    qtbot.waitUntil(lambda: not window.importer.running(), timeout=10_000)
    settle(qtbot, window)
    archive.tree_route(Reply(status=503))
    reports: list = []
    window.sync.finished.connect(reports.append)
    window.action_set["sync_now"].trigger()
    retry = (
        f"{archive.api.netloc} answered 503 Service Unavailable for "
        "/repos/l-yohai/daily_papers_ko/git/trees/main?recursive=1. "
        "Retrying in 0.8 s (attempt 2 of 2)."
    )
    qtbot.waitUntil(lambda: window.sync_bar.text == f"Syncing · {retry}", timeout=5000)
    assert window.sync_bar.mode == "progress" and window.sync_bar.cancel_button.isVisible()
    qtbot.waitUntil(lambda: bool(reports), timeout=20_000)
    assert reports[0].ok and reports[0].new_days == 17


def test_the_window_start_clears_a_killed_downloads_temporary_file(
    qtbot, make_window, data_dir
) -> None:
    folder = data_dir.thumbnails / "ab"
    folder.mkdir(parents=True, exist_ok=True)
    orphan = folder / ".abcdef.png.k2j4_x9a.tmp"
    orphan.write_bytes(b"half an image")
    old = time.time() - 2 * 3600
    os.utime(orphan, (old, old))
    young = folder / ".abcdef.png.a1b2c3d4.tmp"
    young.write_bytes(b"being written")
    window = make_window(background=True)
    qtbot.waitUntil(lambda: not orphan.exists(), timeout=5000)
    settle(qtbot, window)
    assert young.exists()
