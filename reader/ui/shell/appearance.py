"""View > Theme, Text Size and Show Thumbnails: the settings and what they change.

Keeps the View menu's actions and the settings in step, applies the theme to
the application and the reading font (with its Korean fallbacks) to the list
and the detail pane.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QWidget

from reader.config import THEMES
from reader.ui.common.settings import Settings
from reader.ui.common.theme import apply_theme, reading_size, with_fallbacks
from reader.ui.detail.pane import DetailPane
from reader.ui.shell.actions import Actions


class Appearance(QObject):
    """Applies the view settings.

    Signals: none (listens to ``Settings.changed`` and the View actions).
    """

    def __init__(
        self,
        settings: Settings,
        actions: Actions,
        detail: DetailPane,
        list_view: QWidget,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings, self.action_set = settings, actions
        self.detail, self.list_view = detail, list_view
        for name in THEMES:
            actions[f"theme_{name}"].triggered.connect(
                lambda _c=False, n=name: settings.set("theme", n)
            )
        actions["show_thumbnails"].toggled.connect(lambda on: settings.set("show_thumbnails", on))
        actions["font_bigger"].triggered.connect(lambda: self.step_font(1))
        actions["font_smaller"].triggered.connect(lambda: self.step_font(-1))
        actions["font_reset"].triggered.connect(lambda: settings.set("font_size", 0))
        settings.changed.connect(self._changed)
        self.apply_font()
        detail.set_show_thumbnails(bool(settings.get("show_thumbnails")))
        self._sync_actions()

    def _changed(self, name: str) -> None:
        if name == "theme":
            app = QApplication.instance()
            if isinstance(app, QApplication):
                apply_theme(app, self.settings.get("theme"))
        elif name == "font_size":
            self.apply_font()
        elif name == "show_thumbnails":
            self.detail.set_show_thumbnails(bool(self.settings.get("show_thumbnails")))
        self._sync_actions()

    def _sync_actions(self) -> None:
        self.action_set[f"theme_{self.settings.get('theme')}"].setChecked(True)
        self.action_set["show_thumbnails"].setChecked(bool(self.settings.get("show_thumbnails")))

    def reading_point_size(self) -> float:
        return reading_size(QApplication.font(), int(self.settings.get("font_size")))

    def apply_font(self) -> None:
        font = with_fallbacks(QApplication.font(), self.reading_point_size())
        self.list_view.setFont(font)
        self.detail.set_reading_font(font)

    def step_font(self, step: int) -> None:
        self.settings.set("font_size", round(self.reading_point_size()) + step)
