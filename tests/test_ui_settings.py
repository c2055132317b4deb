"""Preferences: every declared setting has a form, tokens go to the keyring only, folders are watched.

Real keyring backends (keyrings.alt's plaintext file in the test folder, and
keyring's 'fail' backend), real loopback servers for the token tests and the
sync, a real folder on disk for the watcher.
"""

from __future__ import annotations

import base64
import logging
import os

from keyring.backends import fail
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit

from reader import logsetup
from reader.secrets import SecretStore
from reader.sources.sync import SyncSettings
from reader.ui.common.settings import BY_NAME, SETTINGS, VERSION, Settings
from reader.ui.dialogs.preferences import NO_KEYRING, PreferencesDialog
from reader.ui.sidebar.model import NewRole
from tests.httpserver import RecordedRequest, Reply
from tests.ui_support import *  # the window fixtures (see its __all__)
from tests.ui_support import FakeDialogs, file_keyring, settle

pytest_plugins = ["tests.sync_support"]

TOKEN = "ghp_PreferencesToken0123456789abcdef"
HF_TOKEN = "hf_PreferencesToken0123456789abcdef"


def open_preferences(qtbot, window) -> PreferencesDialog:
    window.action_set["preferences"].trigger()
    dialog = window.sync_ui.dialog
    assert isinstance(dialog, PreferencesDialog) and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.tokens["github"].result.text() != "Checking the keyring…")
    return dialog


def ok(dialog: PreferencesDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def digest(date: str, paper_id: str, title: str, votes: int = 5) -> str:
    return (
        f"## Daily Papers ({date})\n\n### [{title}](https://arxiv.org/abs/{paper_id})\n\n"
        f"Vote: {votes}\n\nAuthors: Ada Lovelace\n\n- 짧은 요약입니다.\n"
    )


# ------------------------------------------------------------------ settings


def test_the_new_settings_are_declared_and_match_the_sync_defaults(tmp_path) -> None:
    for name in (
        "sync_github",
        "sync_hf",
        "github_repo",
        "github_branch",
        "github_path",
        "github_api_url",
        "github_raw_url",
        "hf_url",
        "thumbnail_cache_mb",
        "local_folders",
    ):
        assert BY_NAME[name].description
    defaults = SyncSettings()
    assert (
        BY_NAME["github_repo"].default,
        BY_NAME["github_branch"].default,
        BY_NAME["github_path"].default,
        BY_NAME["github_api_url"].default,
        BY_NAME["github_raw_url"].default,
        BY_NAME["hf_url"].default,
    ) == (
        defaults.repo,
        defaults.branch,
        defaults.path,
        defaults.api_url,
        defaults.raw_url,
        defaults.hf_url,
    )
    assert BY_NAME["thumbnail_cache_mb"].default * 2**20 == defaults.thumbnail_cache_bytes
    assert not [s.name for s in SETTINGS if "token" in s.name.lower()]
    settings = Settings(tmp_path / "settings.ini")
    settings.set("local_folders", ["/one, with a comma", "/two"])
    settings.set("read_delay_ms", -5)  # clamped into range
    settings.sync()
    again = Settings(tmp_path / "settings.ini")
    assert again.get("local_folders") == ["/one, with a comma", "/two"]
    assert again.get("read_delay_ms") == 0
    assert again.get("sync_interval_hours") == 6


def test_a_version_1_file_migrates_and_loses_any_token(tmp_path) -> None:
    path = tmp_path / "settings.ini"
    old = QSettings(str(path), QSettings.Format.IniFormat)
    old.setValue("version", 1)
    old.setValue("read_delay_ms", 700)
    old.setValue("github_token", TOKEN)
    old.sync()
    del old
    settings = Settings(path)
    settings.sync()
    assert settings.get("read_delay_ms") == 700 and settings.get("sync_github") is True
    text = path.read_text()
    assert f"version={VERSION}" in text and VERSION == 2
    assert TOKEN not in text and "github_token" not in text


# ------------------------------------------------------------------- dialog


def test_preferences_edit_every_setting_and_the_window_follows(
    qtbot, corpus_db, make_window, data_dir
) -> None:
    window = make_window(read_delay_ms=1500)
    dialog = open_preferences(qtbot, window)
    fields = dialog.fields
    assert fields["read_delay_ms"].value() == 1500
    assert fields["github_repo"].text() == "l-yohai/daily_papers_ko"
    assert fields["sync_interval_hours"].value() == 6
    fields["read_delay_ms"].setValue(0)
    fields["sync_interval_hours"].setValue(12)
    fields["sync_hf"].setChecked(False)
    fields["show_thumbnails"].setChecked(False)
    fields["thumbnail_cache_mb"].setValue(50)
    for name, text in (
        ("github_repo", "me/papers"),
        ("github_branch", "dev"),
        ("github_path", "logs"),
        ("github_api_url", "https://ghe.example/api/v3"),
        ("github_raw_url", "https://raw.ghe.example"),
        ("hf_url", "https://hf.example"),
    ):
        fields[name].setText(text)
    ok(dialog)
    assert not dialog.isVisible()
    s = window.settings
    assert (s.get("read_delay_ms"), s.get("sync_interval_hours"), s.get("sync_hf")) == (
        0,
        12,
        False,
    )
    assert (s.get("github_repo"), s.get("github_branch"), s.get("github_path")) == (
        "me/papers",
        "dev",
        "logs",
    )
    assert s.get("hf_url") == "https://hf.example"
    assert "github_repo=me/papers" in data_dir.settings_file.read_text()
    # the window follows at once
    assert window.thumbnail_cache.max_bytes == 50 * 2**20
    assert window.detail.show_thumbnails is False
    assert not window.action_set["show_thumbnails"].isChecked()
    unread = window.day_model.counts()["unread"]
    window.paper_list.select_row(1)
    window.commands.flush()
    assert window.day_model.counts()["unread"] == unread - 1  # read at once now
    # reopened, the form shows what was saved; Default Addresses restores them
    dialog = open_preferences(qtbot, window)
    assert dialog.fields["github_branch"].text() == "dev"
    assert dialog.fields["sync_interval_hours"].specialValueText() == "Only by hand"
    dialog._default_addresses()
    assert dialog.fields["github_api_url"].text() == "https://api.github.com"
    dialog.reject()
    assert window.settings.get("github_api_url") == "https://ghe.example/api/v3"  # cancelled


def test_bad_addresses_keep_the_dialog_open_with_one_sentence(qtbot, corpus_db, make_window):
    window = make_window(read_delay_ms=60_000)
    dialog = open_preferences(qtbot, window)
    dialog.fields["github_repo"].setText("not a repo")
    dialog.fields["hf_url"].setText("ftp://example.com")
    ok(dialog)
    assert dialog.isVisible() and dialog.error.isVisible()
    assert "owner/name" in dialog.error.text() and "Hugging Face address" in dialog.error.text()
    assert dialog.tabs.currentIndex() == 1
    assert window.settings.get("github_repo") == "l-yohai/daily_papers_ko"
    dialog.reject()


def test_without_a_keyring_the_token_fields_are_off_and_say_why(qtbot, corpus_db, make_window):
    window = make_window(read_delay_ms=60_000, secrets=SecretStore(backend=fail.Keyring()))
    dialog = open_preferences(qtbot, window)
    qtbot.waitUntil(lambda: not dialog.keyring_note.isHidden())
    assert dialog.keyring_note.text() == NO_KEYRING
    for field in dialog.tokens.values():
        assert not field.edit.isEnabled() and not field.test_button.isEnabled()
        assert field.edit.echoMode() == QLineEdit.EchoMode.Password
    dialog.reject()


def test_a_plaintext_keyring_is_named_and_the_token_fields_are_off(
    qtbot, corpus_db, make_window, tmp_path
):
    from keyrings.alt.file import PlaintextKeyring

    backend = PlaintextKeyring()
    backend.file_path = str(tmp_path / "plain.cfg")
    secrets = SecretStore(backend=backend, allow_plaintext=False)
    window = make_window(read_delay_ms=60_000, secrets=secrets)
    dialog = open_preferences(qtbot, window)
    qtbot.waitUntil(lambda: not dialog.keyring_note.isHidden())
    assert "keyrings.alt.file.PlaintextKeyring" in dialog.keyring_note.text()
    assert "DAILY_PAPERS_ALLOW_PLAINTEXT_KEYRING=1" in dialog.keyring_note.text()
    for field in dialog.tokens.values():
        assert not field.edit.isEnabled()
    dialog.reject()
    assert not (tmp_path / "plain.cfg").exists()


def _auth_check(expected: str, body: dict):
    def answer(request: RecordedRequest) -> Reply:
        if request.headers.get("Authorization") == f"Bearer {expected}":
            return Reply.json(body)
        return Reply.json({"message": "Bad credentials"}, status=401)

    return answer


def test_test_buttons_make_one_authenticated_request(
    qtbot, corpus_db, make_window, http_server_factory
) -> None:
    github, hf = http_server_factory(), http_server_factory()
    github.route("/rate_limit", _auth_check(TOKEN, {"rate": {"limit": 5000, "remaining": 4999}}))
    hf.route("/api/whoami-v2", _auth_check(HF_TOKEN, {"name": "ada"}))
    window = make_window(read_delay_ms=60_000, github_api_url=github.url, hf_url=hf.url)
    dialog = open_preferences(qtbot, window)
    field = dialog.tokens["github"]
    assert field.edit.isEnabled() and not field.test_button.isEnabled()  # nothing to test yet
    qtbot.keyClicks(field.edit, TOKEN)
    with qtbot.waitSignal(field.tested, timeout=5000) as blocker:
        field.test_button.click()
    assert blocker.args == [True, "The token works (5,000 requests an hour)."]
    assert field.result.text().startswith("✓ OK")
    field.edit.setText("ghp_wrong0123456789")
    with qtbot.waitSignal(field.tested, timeout=5000) as blocker:
        field.test_button.click()
    assert blocker.args[0] is False and "refused the token (401)" in field.result.text()
    assert len(github.requests_to("/rate_limit")) == 2
    hf_field = dialog.tokens["hf"]
    qtbot.keyClicks(hf_field.edit, HF_TOKEN)
    with qtbot.waitSignal(hf_field.tested, timeout=5000) as blocker:
        hf_field.test_button.click()
    assert blocker.args == [True, "The token works (signed in as ada)."]
    assert not [r for r in hf.requests if TOKEN in str(r.headers)]  # each token to its host
    dialog.reject()
    assert window.sync.secrets().get("github") is None  # testing stores nothing


def test_a_token_is_never_tested_over_plain_http_to_another_host() -> None:
    from reader.sources.token_check import check_token

    result = check_token("github", TOKEN, "http://api.example.com")
    assert not result.ok and "only sent over https" in result.message
    assert TOKEN not in result.message
    assert check_token("hf", "  ", "https://huggingface.co").message == "There is no token to test."


def test_a_token_set_in_preferences_reaches_only_the_api_server(
    qtbot, make_window, archive, fake_hf, thumbs, data_dir, tmp_path, caplog
) -> None:
    caplog.set_level(logging.DEBUG)
    logsetup.setup(data_dir.data / "logs", logging.WARNING)
    store = file_keyring(tmp_path)
    try:
        window = make_window(
            secrets=store,
            read_delay_ms=60_000,
            github_api_url=archive.api_url,
            github_raw_url=archive.raw_url,
            hf_url=fake_hf.url,
            thumbnail_cache_mb=20,
        )
        qtbot.waitUntil(lambda: not window.importer.running(), timeout=10_000)
        dialog = open_preferences(qtbot, window)
        field = dialog.tokens["github"]
        qtbot.waitUntil(field.edit.isEnabled)
        qtbot.keyClicks(field.edit, TOKEN)
        with qtbot.waitSignal(field.saved, timeout=5000) as blocker:
            ok(dialog)
        assert blocker.args == [True, "Saved the GitHub token in the keyring."]
        assert store.get("github") == TOKEN and store.get("hf") is None
        reports: list = []
        window.sync.finished.connect(reports.append)
        window.action_set["sync_now"].trigger()
        qtbot.waitUntil(lambda: bool(reports), timeout=30_000)
        assert (
            reports[0].ok and reports[0].new_days == 17 and reports[0].sources == ["github", "hf"]
        )
        settle(qtbot, window)
        # the token went to the API host with every request, and nowhere else
        assert archive.api.requests
        assert {r.headers.get("Authorization") for r in archive.api.requests} == {f"Bearer {TOKEN}"}
        for server in (archive.raw, thumbs.server, fake_hf.server):
            assert server.requests
            assert not [r for r in server.requests if "Authorization" in r.headers]
        # reopened, the dialog says a token is stored without showing it
        dialog = open_preferences(qtbot, window)
        assert dialog.tokens["github"].edit.text() == ""
        assert "Stored in the keyring" in dialog.tokens["github"].edit.placeholderText()
        dialog.reject()
        window.close()
    finally:
        root = logging.getLogger()
        for handler in [h for h in root.handlers if getattr(h, "_reader_handler", False)]:
            root.removeHandler(handler)
            handler.close()
    files = [p for p in data_dir.data.rglob("*") if p.is_file()]
    names = {p.name for p in files}
    assert {"settings.ini", "library.sqlite3", "reader.log"} <= names
    encoded = base64.b64encode(TOKEN.encode())  # as the file keyring keeps it
    for path in files:
        data = path.read_bytes()
        assert TOKEN.encode() not in data and encoded not in data, path
    assert TOKEN not in caplog.text
    assert encoded in (tmp_path / "keyring.cfg").read_bytes()  # the keyring has it


# ------------------------------------------------------------------ folders


def test_a_folder_added_in_preferences_is_imported_then_watched(
    qtbot, corpus_db, make_window, tmp_path
) -> None:
    folder = tmp_path / "digests"
    (folder / "2030").mkdir(parents=True)
    (folder / "2030" / "01.md").write_text(digest("2030-01-01", "3001.00001", "First"))
    dialogs = FakeDialogs(folder=[str(folder)])
    window = make_window(read_delay_ms=60_000, dialogs=dialogs)
    dialog = open_preferences(qtbot, window)
    dialog._add_folder()
    assert [dialog.folders.item(i).text() for i in range(dialog.folders.count())] == [str(folder)]
    ok(dialog)
    assert window.settings.get("local_folders") == [str(folder)]
    qtbot.waitUntil(lambda: "2030-01-01" in window.day_model.dates(), timeout=10_000)
    qtbot.waitUntil(lambda: str(folder / "2030") in window.folders.watcher.directories())
    # a new file in a watched subfolder shows up by itself
    (folder / "2030" / "02.md").write_text(digest("2030-01-02", "3001.00002", "Second"))
    qtbot.waitUntil(lambda: "2030-01-02" in window.day_model.dates(), timeout=10_000)
    assert window.day_model.index_of_day("2030-01-02").data(NewRole)  # arrived by itself
    # an edit in place, then a save by replacing the file (as editors do), both seen
    (folder / "2030" / "01.md").write_text(digest("2030-01-01", "3001.00001", "First", votes=77))
    qtbot.waitUntil(lambda: window.library.paper("3001.00001").votes == 77, timeout=10_000)
    settle(qtbot, window)
    replacement = folder / "2030" / ".01.md.tmp"
    replacement.write_text(digest("2030-01-01", "3001.00001", "First", votes=78))
    os.replace(replacement, folder / "2030" / "01.md")
    qtbot.waitUntil(lambda: window.library.paper("3001.00001").votes == 78, timeout=10_000)
    qtbot.waitUntil(lambda: str(folder / "2030" / "01.md") in window.folders.watcher.files())
    # removed in preferences: no longer watched
    dialog = open_preferences(qtbot, window)
    dialog.folders.setCurrentRow(0)
    dialog._remove_folder()
    ok(dialog)
    qtbot.waitUntil(lambda: not window.folders.watcher.directories(), timeout=5000)
    QApplication.processEvents()


def test_folders_in_the_settings_are_imported_when_the_window_starts(
    qtbot, corpus_db, make_window, tmp_path
) -> None:
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "a.md").write_text(digest("2031-05-05", "3105.00001", "Mine"))
    (folder / "notes.txt").write_text("not a digest")
    window = make_window(read_delay_ms=60_000, local_folders=[str(folder)], background=True)
    qtbot.waitUntil(lambda: "2031-05-05" in window.day_model.dates(), timeout=10_000)
    assert window.folders.watcher.directories() == [str(folder.resolve())]
    assert "Local folders: 1 file imported" in window.status.currentMessage()


def test_a_token_the_keyring_refuses_after_ok_is_told_in_the_window(
    qtbot, corpus_db, make_window, tmp_path, expect_errors
) -> None:
    """Preferences > OK closes the dialog before the keyring answers: the window says it."""
    import keyring.errors
    from keyrings.alt.file import PlaintextKeyring

    class Refusing(PlaintextKeyring):
        def set_password(self, service: str, username: str, password: str) -> None:
            raise keyring.errors.PasswordSetError("locked")

    backend = Refusing()
    backend.file_path = str(tmp_path / "keyring.cfg")
    window = make_window(read_delay_ms=60_000, secrets=SecretStore(backend=backend))
    dialog = open_preferences(qtbot, window)
    field = dialog.tokens["github"]
    qtbot.waitUntil(field.edit.isEnabled)
    qtbot.keyClicks(field.edit, TOKEN)
    seen = expect_errors(r"No system keyring is available, so the token cannot be stored")
    ok(dialog)
    assert not dialog.isVisible()
    window.sync_ui.open_preferences()  # reopening deletes the first dialog: still told
    qtbot.waitUntil(lambda: window.status.last_message is not None, timeout=5000)
    message = window.status.last_message
    assert message.level == "error" and message.text.startswith("No system keyring is available")
    assert TOKEN not in message.text and seen
    window.sync_ui.dialog.reject()
