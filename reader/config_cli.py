"""``config list|get|set``: the window's settings on the command line, without Qt.

The same file and the same declarations as Preferences (:mod:`reader.config`), so
a value set here is what the window shows at its next start, and ``sync`` with
no flags uses it. A bad name or value is one sentence and exit status 2.
"""

from __future__ import annotations

import argparse
import json
import sys

from reader import config

__all__ = ["add_parser"]


def _out(text: str) -> None:
    sys.stdout.write(text if text.endswith("\n") else text + "\n")


def _usage(text: str) -> Exception:
    from reader.cli import UsageError

    return UsageError(text)


def cmd_config(args: argparse.Namespace) -> int:
    try:
        store = config.for_paths(args.paths, writing=args.action == "set")
    except OSError as exc:
        _err(f"Cannot read the settings file: {exc.strerror or exc}.")
        return 1
    if args.action == "list":
        if args.name or args.value:
            raise _usage("config list takes no name; 'config get NAME' shows one setting.")
        shown = [s for s in config.SETTINGS if args.all or not s.name.startswith("ui_")]
        if args.json:
            _out(json.dumps([_as_json(store, s) for s in shown], ensure_ascii=False, indent=2))
            return 0
        for s in shown:
            value = config.show(s, store.get(s.name))
            _out(f"{s.name} = {value}  (default {config.show(s, config.default(s))})")
            _out(f"    {s.description}")
        return 0
    if not args.name:
        raise _usage(f"Name the setting to {args.action}; 'config list' shows them.")
    try:
        setting = config.find(args.name)
        if args.action == "get":
            if args.value:
                raise _usage("config get takes one name; use 'config set NAME VALUE' to change it.")
            value = store.get(setting.name)
            _out(json.dumps(_as_json(store, setting)) if args.json else config.show(setting, value))
            return 0
        if args.value is None:
            raise _usage(f"Give the value to set {setting.name} to.")
        value = config.parse(setting, args.value)
    except config.SettingError as exc:
        raise _usage(str(exc)) from None
    try:
        store.set(setting.name, value)
    except (OSError, TimeoutError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
        _err(f"Cannot write the settings file {store.path}: {reason}.")
        return 1
    _out(f"{setting.name} = {config.show(setting, store.get(setting.name))}")
    return 0


def _err(text: str) -> None:
    sys.stderr.write(text.rstrip("\n") + "\n")


def _as_json(store: config.Config, setting: config.Setting) -> dict:
    def plain(value: object) -> object:
        return config.show(setting, value) if setting.type is bytes else value

    return {
        "name": setting.name,
        "value": plain(store.get(setting.name)),
        "default": plain(config.default(setting)),
        "set": store.is_set(setting.name),
        "description": setting.description,
    }


def add_parser(sub: argparse._SubParsersAction) -> None:
    """Add ``config`` to the main parser's *sub*."""
    p = sub.add_parser("config", help="list, show or change settings (the window's Preferences)")
    p.add_argument("action", choices=("list", "get", "set"))
    p.add_argument("name", nargs="?", metavar="NAME")
    p.add_argument("value", nargs="?", metavar="VALUE")
    p.add_argument("--all", action="store_true", help="list: the window's state (ui_*) too")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_config)
