"""Daily Papers Reader: ``python main.py`` opens the window; sub-commands are the CLI."""

import sys

from reader.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
