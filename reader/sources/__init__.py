"""Where digests come from: the GitHub archive, the Hugging Face API and local folders.

Each remote source turns what it downloads into the same days and papers as the
markdown parser, caches the raw bytes under the cache folder (so a later start
works offline) and records what it fetched only after the content is stored.
:class:`reader.sources.sync.SyncService` runs them; ``sync_cli`` is its command line.
No Qt here: the window runs the service from a worker thread.
"""
