"""Daily Papers Reader: a desktop reader for daily AI-paper digests.

Everything outside ``reader.ui`` is free of Qt so it can be used from the
command line and tested without a display.
"""

__version__ = "0.1.0"
APP_NAME = "Daily Papers Reader"
APP_SLUG = "daily-papers-reader"
ORG_NAME = "DailyPapers"
