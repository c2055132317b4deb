"""The bare command (``python main.py [--data-dir DIR] [-v]``): open the window, without the CLI.

Start-up is measured against a bare Qt window (issue 11): the command line's
module (argparse's sub-commands, the library's CLI helpers) is not needed to
open the window, so :mod:`reader.__main__` reads the bare command here and
goes straight to :mod:`reader.ui.app`. Anything else (a command, ``--help``,
``--install-desktop``, a typo) goes to :mod:`reader.cli`, which uses the same
two functions for its own bare command.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

log = logging.getLogger("reader.cli")  # the window's failures are logged as the CLI's

WINDOW_FLAGS = {"-v": "verbose", "--verbose": "verbose"}


def window_args(argv: Sequence[str] | None) -> argparse.Namespace | None:
    """The bare command (open the window) parsed without building every sub-command's parser.

    ``[--data-dir DIR] [-v]`` is recognised here; anything else (a command,
    --help, a typo) is None: argparse's, as before.
    """
    tokens = list(sys.argv[1:] if argv is None else argv)
    args = argparse.Namespace(command=None, data_dir=None, verbose=False, install_desktop=False)
    while tokens:
        token = tokens.pop(0)
        if token in WINDOW_FLAGS:
            setattr(args, WINDOW_FLAGS[token], True)
        elif token == "--data-dir" and tokens and not tokens[0].startswith("-"):
            args.data_dir = tokens.pop(0)
        elif token.startswith("--data-dir=") and len(token) > len("--data-dir="):
            args.data_dir = token.partition("=")[2]
        else:
            return None
    return args


def open_window(args: argparse.Namespace) -> int:
    """The window for parsed *args*: the data folder resolved (exit 3 if it can't be), then opened."""
    from reader import paths

    try:
        args.paths = paths.resolve(args.data_dir)
    except paths.DataDirError as exc:
        sys.stderr.write(str(exc).rstrip("\n") + "\n")
        return 3
    return run_window(args)


def run_window(args: argparse.Namespace) -> int:
    """The window; whatever escapes it is one sentence on stderr, details in the log file."""
    from reader.ui.app import main as app_main

    try:
        return app_main(args)
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # a bug before the event loop took over error reporting
        from reader.logsetup import FILE_ONLY

        log.exception("the window failed", extra=FILE_ONLY)
        sys.stderr.write(
            f"The window could not open ({type(exc).__name__}); details are in the log file.\n"
        )
        return 70
