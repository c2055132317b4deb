"""What a sync takes from the settings, said once for the window and the command line.

The source names (also the keyring names of their tokens), the library keys of the
last sync, and which setting fills which :class:`reader.sources.sync.SyncSettings`
field. The defaults themselves are the settings' (:mod:`reader.config`). Light on
purpose, no requests and no Qt, so the window reads it at start-up without loading
the network stack.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

SOURCES = ("github", "hf")  # in sync order
LABELS = {"github": "GitHub", "hf": "Hugging Face"}
LAST_SUCCESS = "sync.last_success"  # library meta: when a sync last completed (ISO 8601, UTC)
LAST_ATTEMPT = "sync.last_attempt"

# setting -> SyncSettings field, for the settings that are a field as they are
FIELDS = {
    "github_repo": "repo",
    "github_branch": "branch",
    "github_path": "path",
    "github_api_url": "api_url",
    "github_raw_url": "raw_url",
    "hf_url": "hf_url",
    "hf_backfill_days": "hf_backfill_days",
}

Get = Callable[[str], Any]  # a setting's value by name: Config.get or the window's Settings.get


def sync_values(get: Get) -> dict[str, Any]:
    """The :class:`SyncSettings` fields the settings hold, converted to the fields' units."""
    values: dict[str, Any] = {field: get(name) for name, field in FIELDS.items()}
    values["thumbnail_cache_bytes"] = int(get("thumbnail_cache_mb")) * 1024 * 1024
    values["deadline"] = float(get("sync_deadline_minutes")) * 60
    values["stall_timeout"] = float(get("sync_stall_seconds"))
    return values


def enabled_sources(get: Get) -> tuple[str, ...]:
    """The sources the settings turn on (``sync_github``, ``sync_hf``), in sync order."""
    return tuple(name for name in SOURCES if get(f"sync_{name}"))
