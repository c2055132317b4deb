"""Which of a paper's texts the detail pane opens on, kept in the settings.

The pane's switch reports a pick as ``text_chosen(language, kind)``; this stores
it (``summary_language`` is the Preferences setting, ``ui_summary_kind`` the last
kind picked) and hands the settings back to the pane at start and whenever
Preferences changes the language, so the next paper opens on the same kind of
text when it has one.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from reader.ui.common.settings import SUMMARY_LANGUAGES, Settings
from reader.ui.detail.pane import DetailPane


class TextPreference(QObject):
    """Keeps the detail pane's text choice and the settings in step.

    Signals: none (listens to ``DetailPane.text_chosen`` and ``Settings.changed``).
    """

    def __init__(
        self, settings: Settings, detail: DetailPane, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.settings, self.detail = settings, detail
        self._storing = False  # our own writes must not re-pick the text just chosen
        detail.text_chosen.connect(self._chosen)
        settings.changed.connect(self._changed)
        self._apply()

    def _apply(self) -> None:
        self.detail.set_preferred_text(
            self.settings.get("summary_language"), self.settings.get("ui_summary_kind")
        )

    def _chosen(self, language: str, kind: str) -> None:
        self._storing = True
        try:
            if language in SUMMARY_LANGUAGES:  # other languages are remembered by kind only
                self.settings.set("summary_language", language)
            self.settings.set("ui_summary_kind", kind)
        finally:
            self._storing = False

    def _changed(self, name: str) -> None:
        if not self._storing and name in ("summary_language", "ui_summary_kind"):
            self._apply()
