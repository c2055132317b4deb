"""Daily Papers Reader: ``python main.py`` opens the window; sub-commands are the CLI."""

from reader.__main__ import run

if __name__ == "__main__":
    run()
