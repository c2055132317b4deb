"""Look of the window: the Fusion style, light and dark palettes, fonts with a CJK fallback.

Korean summaries must render as text on every platform, so every font the app
sets names a fallback list of Korean-capable families after the primary one
(Noto Sans CJK KR is what CI installs; the others are the usual system fonts).
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

CJK_FALLBACKS = (
    "Noto Sans CJK KR",
    "Noto Sans KR",
    "Source Han Sans KR",
    "Apple SD Gothic Neo",
    "Malgun Gothic",
    "NanumGothic",
)
PREFERRED_UI = ("Noto Sans", "Inter", "Segoe UI", "Helvetica Neue", "Cantarell", "DejaVu Sans")
MIN_SIZE, MAX_SIZE = 7, 28


def with_fallbacks(font: QFont, point_size: float | None = None) -> QFont:
    """A copy of *font* whose family list ends with the Korean fallbacks."""
    result = QFont(font)
    families = [f for f in font.families() or [font.family()] if f not in CJK_FALLBACKS]
    result.setFamilies(families + list(CJK_FALLBACKS))
    if point_size:
        result.setPointSizeF(point_size)
    return result


def base_font(app: QApplication) -> QFont:
    """The application font: the system UI font (at least 10 pt) plus the CJK fallbacks."""
    font = QFont(app.font())
    if font.pointSizeF() < 10:
        font.setPointSizeF(10)
    return with_fallbacks(font)


def reading_size(app_font: QFont, setting: int) -> float:
    """Points for the list and the detail text: the setting, or the UI size plus one."""
    if setting > 0:
        return float(max(MIN_SIZE, min(MAX_SIZE, setting)))
    return app_font.pointSizeF() + 1


def _dark_palette() -> QPalette:
    p = QPalette()
    window, base, text = QColor("#2b2d30"), QColor("#1f2023"), QColor("#e4e4e6")
    roles = {
        QPalette.ColorRole.Window: window,
        QPalette.ColorRole.WindowText: text,
        QPalette.ColorRole.Base: base,
        QPalette.ColorRole.AlternateBase: QColor("#26282b"),
        QPalette.ColorRole.ToolTipBase: QColor("#3a3c40"),
        QPalette.ColorRole.ToolTipText: text,
        QPalette.ColorRole.PlaceholderText: QColor("#8a8c91"),
        QPalette.ColorRole.Text: text,
        QPalette.ColorRole.Button: QColor("#36383c"),
        QPalette.ColorRole.ButtonText: text,
        QPalette.ColorRole.BrightText: QColor("#ff6b6b"),
        QPalette.ColorRole.Highlight: QColor("#3d6fb6"),
        QPalette.ColorRole.HighlightedText: QColor("#ffffff"),
        QPalette.ColorRole.Link: QColor("#7fb0ff"),
        QPalette.ColorRole.LinkVisited: QColor("#b39ddb"),
        QPalette.ColorRole.Mid: QColor("#44464b"),
        QPalette.ColorRole.Midlight: QColor("#3a3c40"),
        QPalette.ColorRole.Dark: QColor("#18191b"),
        QPalette.ColorRole.Shadow: QColor("#000000"),
        QPalette.ColorRole.Light: QColor("#4a4c51"),
    }
    for role, color in roles.items():
        p.setColor(role, color)
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#75777c"))
    return p


# Qt 6's Fusion palette for a light desktop, as ``QFusionStyle.standardPalette()`` gives
# it (tests/test_theme_palette.py compares them), with our window, button, highlight and
# link colours. Written out rather than asked of the style: making a QStyle from Python
# creates its class and some forty enums (~15 ms of the start).
_LIGHT = {
    "WindowText": "#000000",
    "Button": "#f7f7f8",
    "Light": "#ffffff",
    "Midlight": "#cacaca",
    "Dark": "#9f9f9f",
    "Mid": "#b8b8b8",
    "Text": "#000000",
    "BrightText": "#ffffff",
    "ButtonText": "#000000",
    "Base": "#ffffff",
    "Window": "#f3f3f5",
    "Shadow": "#767676",
    "Highlight": "#2f6fca",
    "HighlightedText": "#ffffff",
    "Link": "#2160b8",
    "LinkVisited": "#ff00ff",
    "AlternateBase": "#f7f7f7",
    "ToolTipBase": "#ffffdc",
    "ToolTipText": "#000000",
    "PlaceholderText": "#80000000",
    "Accent": "#308cc6",
}
_LIGHT_DISABLED = {
    "WindowText": "#bebebe",
    "Dark": "#bebebe",
    "Text": "#bebebe",
    "ButtonText": "#bebebe",
    "Base": "#efefef",
    "Shadow": "#b1b1b1",
    "Accent": "#919191",
}


def _light_palette() -> QPalette:
    p = QPalette()
    for name, color in _LIGHT.items():
        p.setColor(getattr(QPalette.ColorRole, name), QColor(color))
    for name, color in _LIGHT_DISABLED.items():
        p.setColor(QPalette.ColorGroup.Disabled, getattr(QPalette.ColorRole, name), QColor(color))
    return p


FUSION_SET = "daily_papers_fusion"
"""A property ``reader.ui.app.create_app`` sets on the application it made with the
Fusion style (``-style fusion``): asking ``app.style()`` would create QStyle's class."""


def apply_theme(app: QApplication, theme: str) -> None:
    """Fusion with a light or dark palette; 'system' follows the desktop's colour scheme."""
    if not app.property(FUSION_SET) and app.style().name().casefold() != "fusion":
        app.setStyle("Fusion")  # an application made elsewhere (tests); ~10 ms at start
    if theme == "dark":
        app.setPalette(_dark_palette())
    elif theme == "light":
        app.setPalette(_light_palette())
    else:
        hints = app.styleHints()
        dark = hints.colorScheme().name == "Dark"
        app.setPalette(_dark_palette() if dark else _light_palette())


AMBER = "#e0a21b"  # the bookmark star, and warning bars (tinted into the theme's base)
STAR = AMBER
WARNING = QColor(AMBER)


def _blend(a: QColor, b: QColor, t: float) -> QColor:
    return QColor(
        round(a.red() * (1 - t) + b.red() * t),
        round(a.green() * (1 - t) + b.green() * t),
        round(a.blue() * (1 - t) + b.blue() * t),
    )


def warning_sheet(selector: str, palette: QPalette, edge: str = "bottom") -> str:
    """A style sheet for a warning bar (*selector*) in *palette*'s theme, its text readable.

    Explicit colours, not ``palette(...)`` references: a style sheet resolves
    those once, so callers set it again when the theme changes.
    """
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    dark = base.lightness() < 128
    background = _blend(WARNING, base, 0.8 if dark else 0.78)
    border = _blend(WARNING, base, 0.35)
    return (
        f"{selector} {{ background-color: {background.name()}; color: {text.name()};"
        f" border: none; border-{edge}: 1px solid {border.name()}; }}\n"
        f"{selector} QLabel {{ color: {text.name()}; background: transparent; }}\n"
    )


class Colors(NamedTuple):
    """Colours the delegates and the detail HTML use, taken from a palette.

    A named tuple, not a dataclass: ~1 ms less at start-up, where the theme loads.
    """

    text: str
    dim: str
    accent: str
    link: str
    rule: str
    panel: str
    star: str = STAR
    chip: str = "#e6e6e9"  # keyword chips: a step stronger than ``panel``

    @classmethod
    def of(cls, palette: QPalette) -> Colors:
        text = palette.color(QPalette.ColorRole.Text)
        base = palette.color(QPalette.ColorRole.Base)
        dark = base.lightness() < 128

        def mix(a: QColor, b: QColor, t: float) -> str:
            return QColor(
                round(a.red() * (1 - t) + b.red() * t),
                round(a.green() * (1 - t) + b.green() * t),
                round(a.blue() * (1 - t) + b.blue() * t),
            ).name()

        return cls(
            text=text.name(),
            dim=mix(text, base, 0.42),
            accent=palette.color(QPalette.ColorRole.Highlight).name(),
            link=palette.color(QPalette.ColorRole.Link).name(),
            rule=mix(text, base, 0.85),
            panel=mix(text, base, 0.94 if not dark else 0.9),
            chip=mix(text, base, 0.88 if not dark else 0.82),
        )
