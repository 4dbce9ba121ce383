"""Colour themes: follow the system, light, dark and high contrast (for projectors and low vision).

All themes use the Fusion style (through :class:`~netmkt_desktop.ui.outline_style.ThemeStyle`,
which only redraws a few outlines Fusion makes too faint), so palettes are honoured on every
platform. The palettes carry the colours; a style sheet is added only in high contrast, for what a
palette cannot express (2-3 px focus frames, borders around buttons and fields on black).
``apply_theme`` stores nothing: the caller keeps the user's choice and calls it again at start-up.

This module touches no QStyle object: the first QStyle a Python program sees costs about 10 ms of
set-up (hundreds of enum members), which the start-up leaves until after the first paint.

Every change of the whole application's look (style, style sheet, palette, font) goes through
:func:`app_wide_change`: Qt re-polishes all widgets in one walk, and Python's garbage collector
must not free a widget under that walk.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from netmkt_desktop.ui.colours import STYLE_NAME, contrast_ratio

# The part of the application style sheet owned by this module; anything else in it is kept.
_SHEET_BEGIN = "/* netmkt-theme:begin */"
_SHEET_END = "/* netmkt-theme:end */"
_SHEET_BLOCK = re.compile(re.escape(_SHEET_BEGIN) + r".*?" + re.escape(_SHEET_END) + r"\n?", re.DOTALL)


class Theme(StrEnum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"
    HIGH_CONTRAST = "high_contrast"

    @property
    def label(self) -> str:
        return theme_label(self)


def theme_label(theme: Theme) -> str:
    """The Chinese name shown in menus."""
    labels = {
        Theme.SYSTEM: QCoreApplication.translate("Theme", "跟随系统"),
        Theme.LIGHT: QCoreApplication.translate("Theme", "浅色"),
        Theme.DARK: QCoreApplication.translate("Theme", "深色"),
        Theme.HIGH_CONTRAST: QCoreApplication.translate("Theme", "高对比度"),
    }
    return labels[Theme(theme)]


_CYCLE = (Theme.SYSTEM, Theme.LIGHT, Theme.DARK, Theme.HIGH_CONTRAST)


def next_theme(theme: Theme) -> Theme:
    """The theme after ``theme`` for a cycling shortcut: 跟随系统 → 浅色 → 深色 → 高对比度 → 跟随系统."""
    return _CYCLE[(_CYCLE.index(Theme(theme)) + 1) % len(_CYCLE)]


# ---------------------------------------------------------------------------------------------
# Palettes

R = QPalette.ColorRole

# Every role of the Active/Inactive groups. Inactive equals Active on purpose: a selection stays as
# visible when another window (or the projector remote's helper) has the focus.
_LIGHT = {
    R.Window: "#f2f2f2", R.WindowText: "#1a1a1a",
    R.Base: "#ffffff", R.AlternateBase: "#f3f5f8", R.Text: "#1a1a1a",
    R.Button: "#e4e4e4", R.ButtonText: "#1a1a1a",
    R.Highlight: "#1d5fb4", R.HighlightedText: "#ffffff", R.Accent: "#1d5fb4",
    R.Link: "#0b55b0", R.LinkVisited: "#6a2ea6",
    R.ToolTipBase: "#fffbe0", R.ToolTipText: "#1a1a1a",
    R.PlaceholderText: "#666666", R.BrightText: "#ffffff",
    R.Light: "#ffffff", R.Midlight: "#ececec", R.Mid: "#a9a9a9", R.Dark: "#8c8c8c", R.Shadow: "#4d4d4d",
}
_LIGHT_DISABLED = {
    R.WindowText: "#737373", R.Text: "#737373", R.ButtonText: "#6b6b6b", R.PlaceholderText: "#737373",
    R.Base: "#f7f7f7", R.Button: "#e4e4e4", R.Highlight: "#767676", R.HighlightedText: "#ffffff",
    R.Link: "#737373", R.LinkVisited: "#737373",
}

_DARK = {
    R.Window: "#2b2b2b", R.WindowText: "#ececec",
    R.Base: "#1e1e1e", R.AlternateBase: "#272727", R.Text: "#ececec",
    R.Button: "#3a3a3a", R.ButtonText: "#f0f0f0",
    R.Highlight: "#2a63b8", R.HighlightedText: "#ffffff", R.Accent: "#2a63b8",
    R.Link: "#8ac2ff", R.LinkVisited: "#d1aaff",
    R.ToolTipBase: "#3a3a3a", R.ToolTipText: "#f0f0f0",
    R.PlaceholderText: "#9e9e9e", R.BrightText: "#ffffff",
    R.Light: "#5c5c5c", R.Midlight: "#4a4a4a", R.Mid: "#6e6e6e", R.Dark: "#1a1a1a", R.Shadow: "#0d0d0d",
}
_DARK_DISABLED = {
    R.WindowText: "#8f8f8f", R.Text: "#8f8f8f", R.ButtonText: "#9a9a9a", R.PlaceholderText: "#8f8f8f",
    R.Base: "#242424", R.Button: "#333333", R.Highlight: "#4a4a4a", R.HighlightedText: "#d0d0d0",
    R.Link: "#8f8f8f", R.LinkVisited: "#8f8f8f",
}

# White on black with a cyan selection and yellow links (the colours of Windows' "High Contrast
# Black"): the most legible combination on a washed-out classroom projector.
_HIGH_CONTRAST = {
    R.Window: "#000000", R.WindowText: "#ffffff",
    R.Base: "#000000", R.AlternateBase: "#1c1c1c", R.Text: "#ffffff",
    R.Button: "#000000", R.ButtonText: "#ffffff",
    R.Highlight: "#1aebff", R.HighlightedText: "#000000", R.Accent: "#1aebff",
    R.Link: "#ffff00", R.LinkVisited: "#ff9cff",
    R.ToolTipBase: "#000000", R.ToolTipText: "#ffffff",
    R.PlaceholderText: "#c8c8c8", R.BrightText: "#ffff00",
    R.Light: "#ffffff", R.Midlight: "#c0c0c0", R.Mid: "#c0c0c0", R.Dark: "#ffffff", R.Shadow: "#ffffff",
}
_HIGH_CONTRAST_DISABLED = {
    R.WindowText: "#a6a6a6", R.Text: "#a6a6a6", R.ButtonText: "#a6a6a6", R.PlaceholderText: "#a6a6a6",
    R.Highlight: "#6e6e6e", R.HighlightedText: "#000000", R.Link: "#a6a6a6", R.LinkVisited: "#a6a6a6",
}

_TABLES = {
    Theme.LIGHT: (_LIGHT, _LIGHT_DISABLED),
    Theme.DARK: (_DARK, _DARK_DISABLED),
    Theme.HIGH_CONTRAST: (_HIGH_CONTRAST, _HIGH_CONTRAST_DISABLED),
}


def _build(colours: dict, disabled: dict) -> QPalette:
    palette = QPalette()
    for role, colour in colours.items():
        palette.setColor(QPalette.ColorGroup.All, role, QColor(colour))
    for role, colour in disabled.items():
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(colour))
    return palette


# Fusion's standardPalette() (Qt 6), the "follow the system" palette in light mode. A table, so that
# no QStyle object is needed to build it; tests/ui/test_theme.py compares it with Qt's own.
_FUSION_ACTIVE = {
    R.WindowText: "#000000", R.Button: "#efefef", R.Light: "#ffffff", R.Midlight: "#cacaca",
    R.Dark: "#9f9f9f", R.Mid: "#b8b8b8", R.Text: "#000000", R.BrightText: "#ffffff",
    R.ButtonText: "#000000", R.Base: "#ffffff", R.Window: "#efefef", R.Shadow: "#767676",
    R.Highlight: "#308cc6", R.HighlightedText: "#ffffff", R.Link: "#0000ff", R.LinkVisited: "#ff00ff",
    R.AlternateBase: "#f7f7f7", R.NoRole: "#000000", R.ToolTipBase: "#ffffdc", R.ToolTipText: "#000000",
    R.PlaceholderText: "#80000000", R.Accent: "#308cc6",  # #AARRGGBB: half-transparent black
}
_FUSION_DISABLED = {
    R.WindowText: "#bebebe", R.Dark: "#bebebe", R.Text: "#bebebe", R.ButtonText: "#bebebe",
    R.Base: "#efefef", R.Shadow: "#b1b1b1", R.Highlight: "#919191", R.Accent: "#919191",
}


def _standard_palette() -> QPalette:
    return _build(_FUSION_ACTIVE, _FUSION_DISABLED)


def system_is_dark() -> bool:
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def palette_for(theme: Theme) -> QPalette:
    """The full palette of ``theme``. SYSTEM: the style's standard palette, or DARK's when the
    system colour scheme is dark."""
    theme = Theme(theme)
    if theme is Theme.SYSTEM:
        if system_is_dark():
            return _build(*_TABLES[Theme.DARK])
        return _repaired(_standard_palette(), _build(*_TABLES[Theme.LIGHT]))
    return _build(*_TABLES[theme])


# (foreground, background, minimum contrast) that every palette must meet.
READABLE_PAIRS = (
    (R.Text, R.Base, 4.5), (R.WindowText, R.Window, 4.5), (R.ButtonText, R.Button, 4.5),
    (R.HighlightedText, R.Highlight, 4.5), (R.Link, R.Base, 4.5), (R.LinkVisited, R.Base, 4.5),
    (R.ToolTipText, R.ToolTipBase, 4.5), (R.PlaceholderText, R.Base, 3.0),
)
DISABLED_PAIRS = ((R.Text, R.Base, 3.0), (R.WindowText, R.Window, 3.0), (R.ButtonText, R.Button, 3.0))


def _repaired(palette: QPalette, fallback: QPalette) -> QPalette:
    """``palette`` with every unreadable pair (e.g. Fusion's white on #308cc6 selection, its
    near-invisible disabled text, placeholder text identical to real text) taken from ``fallback``."""
    groups = ((QPalette.ColorGroup.Active, READABLE_PAIRS), (QPalette.ColorGroup.Inactive, READABLE_PAIRS),
              (QPalette.ColorGroup.Disabled, DISABLED_PAIRS))
    for group, pairs in groups:
        for fg, bg, minimum in pairs:
            same = fg == R.PlaceholderText and palette.color(group, fg) == palette.color(group, R.Text)
            if same or contrast_ratio(palette.color(group, fg), palette.color(group, bg)) < minimum:
                palette.setColor(group, fg, fallback.color(group, fg))
                if contrast_ratio(palette.color(group, fg), palette.color(group, bg)) < minimum:
                    palette.setColor(group, bg, fallback.color(group, bg))
    return palette


# ---------------------------------------------------------------------------------------------
# Style sheet: only what palettes cannot do. Sizes are in px and kept constant between states
# (border + padding), so nothing moves when the focus moves.

_HIGH_CONTRAST_SHEET = """
QPushButton, QToolButton {
    background: palette(button);
    border: 1px solid palette(button-text); padding: 4px 10px; margin: 2px;
}
QToolButton { padding: 3px 6px; }
QPushButton:default { border: 2px solid palette(button-text); padding: 3px 9px; }
QPushButton:hover, QToolButton:hover { border-color: palette(highlight); }
QPushButton:pressed, QToolButton:pressed, QToolButton:checked {
    background: palette(highlight); color: palette(highlighted-text);
}
QPushButton:disabled, QToolButton:disabled { border: 1px dashed #a6a6a6; }
QPushButton:focus, QToolButton:focus { border: 3px solid palette(highlight); padding: 2px 8px; outline: none; }
QToolButton:focus { padding: 1px 4px; }
QToolBar { border: none; }

QLineEdit, QAbstractSpinBox, QComboBox, QAbstractScrollArea, QDateTimeEdit {
    border: 1px solid palette(window-text); padding: 2px;
}
QLineEdit:focus, QAbstractSpinBox:focus, QComboBox:focus, QAbstractScrollArea:focus {
    border: 3px solid palette(highlight); padding: 0px;
}
QLineEdit:disabled, QAbstractSpinBox:disabled, QComboBox:disabled { border: 1px dashed #a6a6a6; }
QComboBox QAbstractItemView { border: 2px solid palette(window-text); }

/* The row highlight stops at the item, so the expand arrows stay on black and visible. */
QTreeView { show-decoration-selected: 0; }

QCheckBox, QRadioButton { border: 3px solid transparent; padding: 1px; }
QCheckBox:focus, QRadioButton:focus { border-color: palette(highlight); }

QTabBar::tab {
    background: palette(button);
    border: 1px solid palette(button-text); padding: 4px 10px; margin: 1px;
}
QTabBar::tab:selected { background: palette(highlight); color: palette(highlighted-text); }
QTabBar::tab:focus { border: 3px solid palette(highlight); padding: 2px 8px; }
QTabBar::tab:selected:focus { border: 3px solid palette(window-text); text-decoration: underline; }

QMenuBar::item:selected, QMenu::item:selected { background: palette(highlight); color: palette(highlighted-text); }
QMenu { border: 2px solid palette(window-text); }
QToolTip { border: 2px solid palette(window-text); }

QScrollBar { background: palette(base); border: 1px solid palette(window-text); }
QScrollBar:vertical { width: 16px; }
QScrollBar:horizontal { height: 16px; }
QScrollBar::handle { background: palette(window-text); border: 2px solid palette(base); }
QScrollBar::handle:hover { background: palette(highlight); }
QScrollBar::handle:vertical { min-height: 24px; }
QScrollBar::handle:horizontal { min-width: 24px; }
QScrollBar::add-line, QScrollBar::sub-line { width: 0px; height: 0px; border: none; }
QScrollBar::add-page, QScrollBar::sub-page { background: none; }

QSplitter::handle { background: palette(window-text); }
QSplitter::handle:horizontal { width: 2px; }
QSplitter::handle:vertical { height: 2px; }
"""


def style_sheet_for(theme: Theme) -> str:
    """The module's share of the application style sheet ("" when the palette is enough)."""
    return _HIGH_CONTRAST_SHEET.strip() if Theme(theme) is Theme.HIGH_CONTRAST else ""


@contextmanager
def app_wide_change() -> Iterator[None]:
    """Around a change of the application's style, style sheet, palette or font.

    Qt re-polishes every widget of the application in one walk over a list it took beforehand,
    calling into Python on the way (event handlers, the style's hooks).  A cyclic garbage
    collection that ran in there could delete a widget left to the collector (a closed window in
    a reference cycle) before the walk reaches it, and the walk then touched freed memory: the
    process crashed now and then.  Automatic collection waits until the walk is over."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _merge_sheet(existing: str, ours: str) -> str:
    rest = _SHEET_BLOCK.sub("", existing or "").strip()
    block = f"{_SHEET_BEGIN}\n{ours}\n{_SHEET_END}\n" if ours else ""
    return "\n".join(part for part in (rest, block) if part)


def apply_theme(app: QApplication, theme: Theme, outline_style: bool = True) -> None:
    """Use the palette of ``theme`` and its style sheet for the whole application, and Fusion with
    visible outlines (:class:`~netmkt_desktop.ui.outline_style.ThemeStyle`, installed once).

    ``outline_style=False`` leaves the style alone (the start-up, which runs with plain Fusion
    until the window is on screen and then calls :func:`install_outline_style`)."""
    theme = Theme(theme)
    if outline_style:
        install_outline_style(app)
    with app_wide_change():
        app.setPalette(palette_for(theme))
        sheet = _merge_sheet(app.styleSheet(), style_sheet_for(theme))
        if sheet != app.styleSheet():
            app.setStyleSheet(sheet)


def install_outline_style(app: QApplication) -> None:
    """Fusion with outlines that stand out, for the whole application (once); the palette stays."""
    from netmkt_desktop.ui.outline_style import ThemeStyle, theme_style

    if theme_style(app) is None:
        palette = QPalette(app.palette())
        with app_wide_change():
            app.setStyle(ThemeStyle())
            app.setPalette(palette)
