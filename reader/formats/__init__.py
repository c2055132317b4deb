"""Parsers that turn digest sources into :mod:`reader.model` days (pure functions)."""
