"""``python -m reader`` and the ``daily-papers`` script: the same as ``python main.py``."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    """The exit status of the command line *argv* (default: the process's).

    The bare command opens the window without loading :mod:`reader.cli` (its
    parser and sub-commands): see :mod:`reader.launch`.
    """
    tokens = sys.argv[1:] if argv is None else argv
    from reader import launch

    args = launch.window_args(tokens)
    if args is not None:
        return launch.open_window(args)
    from reader import cli

    return cli.main(tokens)


def run() -> None:
    """The process's entry point: :func:`main`, then exit; at once after the window closed.

    Once the window has saved and closed everything, Python's own shutdown only
    destroys Qt objects (~0.15 s): :func:`reader.ui.app.exit_now` skips it.
    """
    status = main()
    app = sys.modules.get("reader.ui.app")
    if app is not None and getattr(app, "FINISHED", False):
        app.exit_now(status)
    sys.exit(status)


if __name__ == "__main__":
    run()
