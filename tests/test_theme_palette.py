"""The light theme is Qt's Fusion palette with our colours, written out so the start never makes a QStyle."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from reader.ui.app import create_app
from reader.ui.common import theme

OURS = {  # what the light theme changes in Fusion's palette, in every colour group
    QPalette.ColorRole.Window: "#f3f3f5",
    QPalette.ColorRole.Button: "#f7f7f8",
    QPalette.ColorRole.Highlight: "#2f6fca",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#2160b8",
}
GROUPS = (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive, QPalette.ColorGroup.Disabled)


def _argb(palette: QPalette, group: QPalette.ColorGroup, role: QPalette.ColorRole) -> str:
    return palette.color(group, role).name(QColor.NameFormat.HexArgb)


def test_the_light_palette_is_fusions_own_with_our_five_colours(qapp: QApplication) -> None:
    style = QStyleFactory.create("Fusion")
    assert style is not None
    fusion = QPalette(style.standardPalette())
    if fusion.color(QPalette.ColorRole.Window).lightness() < 128:
        pytest.skip("this desktop asks Fusion for its dark palette")  # not so in CI
    for role, colour in OURS.items():
        fusion.setColor(role, QColor(colour))
    ours = theme._light_palette()
    roles = [r for r in QPalette.ColorRole if r.name not in ("NoRole", "NColorRoles")]
    differ = [
        (group.name, role.name, _argb(fusion, group, role), _argb(ours, group, role))
        for group in GROUPS
        for role in roles
        if _argb(fusion, group, role) != _argb(ours, group, role)
    ]
    assert differ == []


def test_an_application_made_elsewhere_is_given_fusion(qapp: QApplication) -> None:
    assert not qapp.property(theme.FUSION_SET)  # pytest-qt made it, not create_app
    theme.apply_theme(qapp, "light")
    assert qapp.style().name().casefold() == "fusion"
    window = qapp.palette().color(QPalette.ColorRole.Window).name()
    assert window == OURS[QPalette.ColorRole.Window]


def test_create_app_reuses_the_application_and_leaves_its_style_to_the_theme(
    qapp: QApplication,
) -> None:
    assert create_app() is qapp  # one QApplication per process
    assert not qapp.property(theme.FUSION_SET)  # only one it made itself says Fusion is set
