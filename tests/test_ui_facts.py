"""Window facts stated once: the theme names (reader.config.THEMES) and the star colour."""

from __future__ import annotations

from PySide6.QtGui import QAction, QColor, QPalette

from reader.config import THEMES
from reader.ui.common import theme
from tests.ui_support import *  # the window fixtures (see its __all__)


def test_every_theme_is_an_action_in_the_view_menu_that_sets_it(qtbot, corpus_db, make_window):
    window = make_window(read_delay_ms=60_000)
    in_menus: list[QAction] = []
    menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
    while menus:
        menu = menus.pop()
        for a in menu.actions():
            in_menus.append(a)
            if a.menu() is not None:
                menus.append(a.menu())
    for name in THEMES:
        action = window.action_set[f"theme_{name}"]
        assert action.isCheckable() and action.actionGroup() is not None
        action.trigger()
        assert window.settings.get("theme") == name and action.isChecked()
        assert action in in_menus


def test_the_star_is_one_colour_in_the_list_the_sidebar_and_the_detail() -> None:
    assert theme.Colors.of(QPalette()).star == theme.STAR
    assert QColor(theme.STAR) == theme.WARNING
