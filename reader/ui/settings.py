"""Every setting of the window, declared in one place, stored with QSettings in an ini file.

Each :class:`Setting` has a name, a type, a default and a short description; the
``ui_*`` settings are window state the app restores at the next start (geometry,
splitters, selection, sort and filters) rather than preferences. The file is
``AppPaths.settings_file`` so tests and ``--data-dir`` stay isolated; it carries
a ``version`` and :data:`MIGRATIONS` upgrade older files.

Tokens are never settings: they live in the keyring (:mod:`reader.secrets`), and
the migration to version 2 removes any token-like key a hand-edited file holds.
The sync defaults repeat :class:`reader.sources.sync.SyncSettings`'s and
:mod:`reader.netwatch`'s (tests keep them equal) so that reading settings never
loads the network stack.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QObject, QSettings, Signal

log = logging.getLogger(__name__)

VERSION = 2
THEMES = ("system", "light", "dark")
SORTS = ("votes", "title", "date", "rising")
SUMMARY_LANGUAGES = ("ko", "en")


@dataclass(frozen=True, slots=True)
class Setting:
    name: str
    type: type
    default: Any
    description: str
    choices: tuple[str, ...] = ()
    minimum: int | None = None  # for int settings: values are clamped into range
    maximum: int | None = None


SETTINGS: tuple[Setting, ...] = (
    # preferences
    Setting(
        "read_delay_ms",
        int,
        1500,
        "Milliseconds a paper is shown before it counts as read (0: at once).",
        minimum=0,
        maximum=600_000,
    ),
    Setting("theme", str, "system", "Colour theme: system, light or dark.", THEMES),
    Setting("font_size", int, 0, "Text size in points for the reading panes (0: the system size)."),
    Setting("show_thumbnails", bool, True, "Show the cached thumbnail above a paper's summary."),
    Setting(
        "summary_language",
        str,
        "ko",
        "Preferred summary language when a paper has several texts: ko (the Korean digest"
        " summary) or en (Hugging Face's AI summary and abstract).",
        SUMMARY_LANGUAGES,
    ),
    Setting(
        "thumbnail_cache_mb",
        int,
        200,
        "Megabytes of thumbnails kept for offline reading; the least recently used go first.",
        minimum=10,
        maximum=100_000,
    ),
    Setting("local_folders", list, [], "Folders of digest files imported and watched for changes."),
    # PDFs (issue 14): downloaded for offline reading and full-text search
    Setting(
        "pdf_auto_download",
        bool,
        True,
        "Download the PDFs of bookmarked, queued and must-read papers (after each sync,"
        " and when bookmarked).",
    ),
    Setting(
        "pdf_cache_mb",
        int,
        2000,
        "Megabytes of PDFs kept; the least recently read go first, bookmarked ones never.",
        minimum=50,
        maximum=1_000_000,
    ),
    Setting(
        "pdf_max_mb", int, 100, "Largest PDF downloaded, in megabytes.", minimum=1, maximum=2000
    ),
    Setting("pdf_url", str, "https://arxiv.org/pdf", "The address PDFs are downloaded from."),
    # sync
    Setting(
        "sync_interval_hours",
        int,
        6,
        "Hours between automatic syncs (0: only by hand).",
        minimum=0,
        maximum=24 * 365,
    ),
    Setting(
        "sync_deadline_minutes",
        int,
        15,
        "Minutes a whole sync may take; then it stops and keeps what it downloaded.",
        minimum=1,
        maximum=24 * 60,
    ),
    Setting(
        "sync_stall_seconds",
        int,
        20,
        "Seconds a download may go without (almost) any data before it is given up.",
        minimum=2,
        maximum=600,
    ),
    Setting("sync_github", bool, True, "Sync the GitHub archive of daily digests."),
    Setting("sync_hf", bool, True, "Sync the Hugging Face Daily Papers API."),
    Setting("github_repo", str, "l-yohai/daily_papers_ko", "The GitHub archive, as owner/name."),
    Setting("github_branch", str, "main", "The archive's branch."),
    Setting("github_path", str, "paper_logs", "The archive's folder of daily digests."),
    Setting("github_api_url", str, "https://api.github.com", "The GitHub API's base address."),
    Setting(
        "github_raw_url",
        str,
        "https://raw.githubusercontent.com",
        "The base address raw files are downloaded from.",
    ),
    Setting("hf_url", str, "https://huggingface.co", "The Hugging Face base address."),
    # user state that travels (issue 13)
    Setting(
        "userstate_folder",
        str,
        "",
        "A folder kept in step by a file-sync tool: triage states, queue, notes, tags, watch"
        " terms, read and bookmark marks are merged with its daily-papers-userstate.json at"
        " start and when it changes, and written there after each change ('' : off).",
    ),
    Setting(
        "watch_notify",
        bool,
        False,
        "Show a desktop notification when a sync finds new papers for a watch term.",
    ),
    # window state, restored at the next start
    Setting("ui_geometry", bytes, b"", "Main window geometry (QWidget.saveGeometry)."),
    Setting("ui_window_state", bytes, b"", "Toolbars and docks (QMainWindow.saveState)."),
    Setting("ui_splitter", bytes, b"", "Sizes of the three panes (QSplitter.saveState)."),
    Setting(
        "ui_selection", str, "", "The selected sidebar entry: 'day:YYYY-MM-DD' or 'view:NAME'."
    ),
    Setting("ui_paper", str, "", "The selected paper's arXiv id."),
    Setting("ui_related_open", bool, False, "The Related list under the paper is open."),
    Setting(
        "ui_detail_panes",
        str,
        "",
        "Heights in pixels of the open note and Related panes: 'NOTE,RELATED' ('': default).",
    ),
    Setting("ui_sort", str, "votes", "Sort of the paper list: votes, title, date or rising.", SORTS),
    Setting("ui_unread_only", bool, False, "List only unread papers."),
    Setting("ui_bookmarked_only", bool, False, "List only bookmarked papers."),
    Setting("ui_min_votes", int, 0, "List only papers with at least this many votes."),
    Setting("ui_has_code", bool, False, "List only papers with a known code repository."),
    Setting(
        "ui_summary_kind",
        str,
        "",
        "Kind of text last picked on the detail pane's switch: summary, ai_summary or abstract.",
    ),
)
BY_NAME: dict[str, Setting] = {s.name: s for s in SETTINGS}

# MIGRATIONS[i] upgrades a settings file from version i to i + 1.
TOKEN_WORDS = ("token", "secret", "password")


def _drop_token_keys(qs: QSettings) -> None:
    """Tokens belong in the keyring: forget any a hand-edited file put here."""
    for key in qs.allKeys():
        if any(word in key.lower() for word in TOKEN_WORDS):
            log.warning("settings: removed %s; tokens are kept in the keyring only", key)
            qs.remove(key)


MIGRATIONS: list[Callable[[QSettings], None]] = [
    lambda qs: None,  # 0 -> 1: files written before versioning hold nothing to change
    _drop_token_keys,  # 1 -> 2: sync, folder and cache settings arrive with their defaults
]


def coerce(setting: Setting, value: Any) -> Any:
    """The stored *value* as *setting*'s type (ini files give strings back), else the default."""
    if value is None:
        return _default(setting)
    try:
        if setting.type is bool:
            if isinstance(value, str):
                return value.strip().lower() in ("1", "true", "yes", "on")
            return bool(value)
        if setting.type is int:
            number = int(value)
            if setting.minimum is not None:
                number = max(setting.minimum, number)
            if setting.maximum is not None:
                number = min(setting.maximum, number)
            return number
        if setting.type is list:
            items = json.loads(value) if isinstance(value, str) else value
            if not isinstance(items, (list, tuple)):
                raise TypeError("not a list")
            return [str(item) for item in items]
        if setting.type is bytes:
            return bytes(value.data()) if isinstance(value, QByteArray) else bytes(value)
        text = str(value)
        if setting.choices and text not in setting.choices:
            return _default(setting)
        return text
    except (TypeError, ValueError):
        log.warning("settings: ignoring bad value %r for %s", value, setting.name)
        return _default(setting)


def _default(setting: Setting) -> Any:
    return list(setting.default) if isinstance(setting.default, list) else setting.default


class Settings(QObject):
    """Typed access to the declared settings.

    Signals: ``changed(str name)`` after :meth:`set` stores a new value.
    """

    changed = Signal(str)

    def __init__(self, path: Path | str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self._qs = QSettings(str(self.path), QSettings.Format.IniFormat)
        self._migrate()

    def _migrate(self) -> None:
        version = int(self._qs.value("version", 0) or 0)
        if not self._qs.allKeys():
            version = VERSION
        for target in range(version, VERSION):
            MIGRATIONS[target](self._qs)
        if version != VERSION or self._qs.value("version") is None:
            self._qs.setValue("version", VERSION)

    def get(self, name: str) -> Any:
        setting = BY_NAME[name]
        return coerce(setting, self._qs.value(name))

    def set(self, name: str, value: Any) -> None:
        setting = BY_NAME[name]
        value = coerce(setting, value)
        if value == self.get(name) and self._qs.contains(name):
            return
        if setting.type is bytes:
            stored: Any = QByteArray(value)
        elif setting.type is list:
            # JSON, since an ini list of one item would read back as a plain string
            stored = json.dumps(value, ensure_ascii=False)
        else:
            stored = value
        self._qs.setValue(name, stored)
        self.changed.emit(name)

    def sync(self) -> None:
        """Write pending values to the ini file now."""
        self._qs.sync()
