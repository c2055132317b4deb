"""``python -m reader`` and the ``daily-papers`` script: the same as ``python main.py``."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from reader import cli

    return cli.main(sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    sys.exit(main())
