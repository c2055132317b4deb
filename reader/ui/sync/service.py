"""How the window builds a :class:`~reader.sources.sync.SyncService` from its settings.

The settings are read on the UI thread (:func:`sync_values`); the service, its
HTTP client and the keyring are made in a worker (:meth:`ServiceFactory.build`),
so requests, keyring and the parsers load only when a sync or a download runs,
never at start-up. ``DAILY_PAPERS_AUTO_NETWORK=0`` (tests, benchmarks) tells the
window to make no request the user did not ask for.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from reader.cache import ThumbnailCache
from reader.library import Library
from reader.paths import AppPaths
from reader.sources import sync_config
from reader.ui.common.settings import Settings

if TYPE_CHECKING:
    from reader.secrets import SecretStore
    from reader.sources.sync import SyncService

log = logging.getLogger(__name__)

ENV_AUTO_NETWORK = "DAILY_PAPERS_AUTO_NETWORK"


def auto_network_allowed() -> bool:
    """False when ``DAILY_PAPERS_AUTO_NETWORK`` is 0: no automatic sync or download."""
    return os.environ.get(ENV_AUTO_NETWORK, "1").strip().lower() not in ("0", "false", "no", "off")


def last_success(library: Library) -> str | None:
    """When a sync last succeeded, as :meth:`SyncService.last_success` answers.

    Read straight from the library, so that a start that syncs nothing never loads
    requests or keyring.
    """
    return library.meta(sync_config.LAST_SUCCESS)


def sync_values(settings: Settings) -> dict[str, Any]:
    """The :class:`SyncSettings` fields the settings hold (read on the UI thread)."""
    return sync_config.sync_values(settings.get)


def sync_sources(settings: Settings) -> tuple[str, ...]:
    """The sources the settings turn on, in sync order."""
    return sync_config.enabled_sources(settings.get)


class ServiceFactory:
    """Makes services over one library, cache and keyring; :meth:`build` runs in workers."""

    def __init__(
        self,
        library: Library,
        paths: AppPaths,
        thumbnails: ThumbnailCache,
        secrets: SecretStore | None = None,
        net_options: Mapping[str, Any] | None = None,
    ) -> None:
        self.library, self.paths, self.thumbnails = library, paths, thumbnails
        self._secrets = secrets
        self.net_options = dict(net_options or {})

    def secrets(self) -> SecretStore:
        """The injected store, else the system keyring (made on first use)."""
        if self._secrets is None:
            from reader.secrets import SecretStore

            self._secrets = SecretStore()
        return self._secrets

    def build(self, values: Mapping[str, Any], tokens: bool, **options: Any) -> SyncService:
        """A service for *values*; its client is the caller's to close.

        With *tokens*, the client carries the keyring's tokens (each for its own host
        only); *options* override the HttpClient options (e.g. ``retries=0``).
        Raises ValueError with one sentence when *values* name no usable archive.
        """
        from reader.net import HttpClient
        from reader.sources.sync import SyncService, SyncSettings, make_client

        settings = SyncSettings().updated(**values)
        settings.github_repo()  # the ValueError comes before any client exists
        net_options = {"stall_timeout": settings.stall_timeout, **self.net_options, **options}
        if tokens:
            client, note = make_client(settings, self.secrets(), **net_options)
            if note:
                log.info("%s", note)
        else:
            client = HttpClient(**net_options)
        try:
            return SyncService(self.library, self.paths, client, settings, self.thumbnails)
        except BaseException:
            client.close()
            raise
