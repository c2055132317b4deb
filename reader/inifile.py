"""The settings file in the ini dialect QSettings writes, read and written without Qt.

The window keeps its settings with ``QSettings(path, IniFormat)``; the command
line must read and change the same file without loading Qt. This module follows
QSettings' rules (Qt 6, ``qsettings.cpp``) closely enough that each side reads
the other's values:

- top-level keys live under ``[General]``; keys of other sections read as
  ``section/key`` and are kept as they are;
- a value is text with C-like escapes (``\\n``, ``\\"``, ``\\\\``, ``\\x41``),
  quoted when it holds ``;``, ``,`` or ``=`` or starts or ends with a space;
  an unquoted comma makes it a list of strings;
- booleans are ``true``/``false``, numbers are decimal, text starting with
  ``@`` gets a second ``@``, bytes are ``@ByteArray(...)``.

Writes take QSettings' lock file (``<file>.lock``, as ``QLockFile`` makes it) and
replace the file atomically, so a window syncing its settings at the same moment
neither loses the write nor reads half a file.
"""

from __future__ import annotations

import logging
import os
import string
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from reader.fsutil import atomic_write

log = logging.getLogger(__name__)

GENERAL = "General"
LOCK_WAIT = 5.0  # seconds to wait for a window's lock before giving up
LOCK_STALE = 30.0  # QLockFile's default stale-lock time

_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v"}
_ESCAPES.update({'"': '"', "?": "?", "'": "'", "\\": "\\"})
_WRITE_ESCAPES = {"\a": "\\a", "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r"}
_WRITE_ESCAPES.update({"\t": "\\t", "\v": "\\v", '"': '\\"', "\\": "\\\\"})
_HEX = set(string.hexdigits)


class IniFile:
    """One settings file's keys and raw values; :meth:`save` writes them back.

    Values of keys this program never set are kept byte for byte, so a value
    QSettings wrote that this module cannot decode (``@Variant(...)``) survives.
    """

    def __init__(self, path: Path, sections: dict[str, dict[str, str]] | None = None) -> None:
        self.path = Path(path)
        self.sections: dict[str, dict[str, str]] = sections or {}

    @classmethod
    def load(cls, path: Path) -> IniFile:
        """The file at *path*, or an empty one when it does not exist yet."""
        try:
            text = Path(path).read_bytes().decode("utf-8", errors="replace")
        except FileNotFoundError:
            return cls(path)
        return cls(path, parse(text))

    # --- QSettings-like access: what the shared migrations use
    def allKeys(self) -> list[str]:  # the name QSettings gives it
        keys = []
        for section, values in self.sections.items():
            prefix = "" if section == GENERAL else section + "/"
            keys += [prefix + key for key in values]
        return keys

    def _locate(self, key: str) -> tuple[str, str]:
        section, _, name = key.rpartition("/")
        return section or GENERAL, name

    def contains(self, key: str) -> bool:
        section, name = self._locate(key)
        return name in self.sections.get(section, {})

    def raw(self, key: str) -> str | None:
        section, name = self._locate(key)
        return self.sections.get(section, {}).get(name)

    def value(self, key: str, default: Any = None) -> Any:
        """The stored value as QSettings would give it: str, list of str, bytes, or None."""
        raw = self.raw(key)
        return default if raw is None else decode(raw)

    def setValue(self, key: str, value: Any) -> None:
        section, name = self._locate(key)
        self.sections.setdefault(section, {})[name] = encode(value)

    def remove(self, key: str) -> None:
        section, name = self._locate(key)
        self.sections.get(section, {}).pop(name, None)

    def text(self) -> str:
        """The file as QSettings lays it out: ``[General]`` first, keys sorted."""
        order = sorted(self.sections, key=lambda s: (s != GENERAL, s))
        chunks = []
        for section in order:
            values = self.sections[section]
            if not values:
                continue
            lines = [f"[{section}]"] + [f"{k}={values[k]}" for k in sorted(values)]
            chunks.append("\n".join(lines) + "\n")
        return "\n".join(chunks)

    def save(self) -> None:
        atomic_write(self.path, self.text().encode("utf-8"))


@contextmanager
def locked(path: Path) -> Iterator[None]:
    """Hold QSettings' lock file for *path* (``path + ".lock"``, as QLockFile writes it)."""
    lock = Path(str(path) + ".lock")
    lock.parent.mkdir(parents=True, exist_ok=True)
    give_up = time.monotonic() + LOCK_WAIT
    while True:
        try:
            fd = os.open(lock, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            break
        except FileExistsError:
            try:
                stale = time.time() - lock.stat().st_mtime > LOCK_STALE
            except FileNotFoundError:
                continue
            if stale:
                log.warning("removing a stale settings lock %s", lock)
                lock.unlink(missing_ok=True)
                continue
            if time.monotonic() > give_up:
                raise TimeoutError(f"{lock} is held by another program") from None
            time.sleep(0.05)
    import socket  # only for a write: not on the start path

    try:
        os.write(fd, f"{os.getpid()}\ndaily-papers\n{socket.gethostname()}\n".encode())
        os.close(fd)
        yield
    finally:
        lock.unlink(missing_ok=True)


# ------------------------------------------------------------------ parsing


def parse(text: str) -> dict[str, dict[str, str]]:
    """Sections of raw (still escaped) values; lines without ``=`` and comments are dropped."""
    sections: dict[str, dict[str, str]] = {}
    section = GENERAL
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped or stripped[0] in ";#":
            continue
        if stripped.startswith("[") and stripped.endswith("]"):
            section = stripped[1:-1].strip()
            if section.lower() == "general":
                section = GENERAL
            elif section == "%General":  # QSettings' name for a real section called General
                section = "General "
            continue
        key, sep, value = stripped.partition("=")
        if not sep or not key.strip():
            continue
        sections.setdefault(section, {})[key.strip()] = _cut_comment(value.strip())
    return sections


def _cut_comment(value: str) -> str:
    """*value* up to an unquoted ``;`` (QSettings reads the rest of the line as a comment)."""
    quoted = escaped = False
    for i, ch in enumerate(value):
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch == '"':
            quoted = not quoted
        elif ch == ";" and not quoted:
            return value[:i].rstrip()
    return value


def decode(raw: str) -> Any:
    """A raw value as QSettings reads it: str, list of str, bytes, or None (``@Invalid()``)."""
    items = _unescape(raw)
    if len(items) > 1:
        return [_from_string(item, in_list=True) for item in items]
    return _from_string(items[0])


def _from_string(text: str, in_list: bool = False) -> Any:
    if not text.startswith("@"):
        return text
    if text.startswith("@@"):
        return text[1:]
    if in_list:
        return text
    if text.startswith("@ByteArray(") and text.endswith(")"):
        body = text[len("@ByteArray(") : -1]
        return bytes(ord(c) & 0xFF for c in body)
    if text == "@Invalid()":
        return None
    log.debug("settings: a value this reader cannot decode: %.40s", text)
    return None  # @Variant(...) and friends: binary QDataStream data


def _unescape(raw: str) -> list[str]:
    """QSettings' ``iniUnescapedStringList``: escapes, quotes, and unquoted commas."""
    items: list[str] = []
    current: list[str] = []
    keep = 0  # characters before this index are never trimmed (escaped or quoted)
    quoted = was_quoted = False
    i, n = 0, len(raw)

    def finish() -> None:
        text = "".join(current)
        if not was_quoted:
            text = text[:keep] + text[keep:].rstrip(" \t")
        items.append(text)

    while i < n and raw[i] in " \t":
        i += 1
    while i < n:
        ch = raw[i]
        if ch == "\\" and i + 1 < n:
            code = raw[i + 1]
            i += 2
            if code in _ESCAPES:
                current.append(_ESCAPES[code])
            elif code == "x":
                j = i
                while j < n and raw[j] in _HEX:
                    j += 1
                if j > i:
                    current.append(chr(int(raw[i:j], 16) & 0x10FFFF))
                i = j
            elif code in "01234567":
                j = i
                while j < n and raw[j] in "01234567":
                    j += 1
                current.append(chr(int(code + raw[i:j], 8) & 0x10FFFF))
                i = j
            keep = len(current)
        elif ch == '"':
            quoted = not quoted
            was_quoted = True
            i += 1
            keep = len(current)
        elif ch == "," and not quoted:
            finish()
            current, keep, was_quoted = [], 0, False
            i += 1
            while i < n and raw[i] in " \t":
                i += 1
        else:
            current.append(ch)
            i += 1
            if quoted:
                keep = len(current)
    finish()
    return items


# ------------------------------------------------------------------ writing


def encode(value: Any) -> str:
    """*value* (bool, int, float, str or bytes) as QSettings writes it."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value) if isinstance(value, float) else str(value)
    if isinstance(value, (bytes, bytearray)):
        return _escape("@ByteArray(" + bytes(value).decode("latin-1") + ")")
    if value is None:
        return "@Invalid()"
    text = str(value)
    return _escape("@" + text if text.startswith("@") else text)


def _escape(text: str) -> str:
    """QSettings' ``iniEscapedString``."""
    out: list[str] = []
    needs_quotes = False
    hex_next = False  # after a \x escape, a following hex digit is escaped too
    for ch in text:
        if ch in ";,=":
            needs_quotes = True
        if hex_next and ch in _HEX:
            out.append(f"\\x{ord(ch):x}")
            continue
        hex_next = False
        if ch == "\0":
            out.append("\\0")
            hex_next = True
        elif ch in _WRITE_ESCAPES:
            out.append(_WRITE_ESCAPES[ch])
        elif ord(ch) <= 0x1F:
            out.append(f"\\x{ord(ch):x}")
            hex_next = True
        else:
            out.append(ch)
    result = "".join(out)
    if needs_quotes or (result and (result[0] == " " or result[-1] == " ")):
        result = f'"{result}"'
    return result
