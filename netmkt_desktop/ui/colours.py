"""Colour maths shared by the themes and the outline style: WCAG contrast and the outline colours.

:mod:`netmkt_desktop.ui.theme` (palettes, imported at start-up) and
:mod:`netmkt_desktop.ui.outline_style` (the QStyle, imported after the first paint) both use these;
keeping them here lets the theme install the outline style without the two importing each other.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QColor, QPalette

STYLE_NAME = "Fusion"  # the base style of every theme

R = QPalette.ColorRole


# ---------------------------------------------------------------------------------------------
# Contrast (WCAG 2)


def relative_luminance(color: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    rgb = color.toRgb()
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF())


def contrast_ratio(c1: QColor, c2: QColor) -> float:
    """The WCAG 2 contrast ratio of two opaque colours, from 1.0 to 21.0."""
    high, low = sorted((relative_luminance(c1), relative_luminance(c2)), reverse=True)
    return (high + 0.05) / (low + 0.05)


# ---------------------------------------------------------------------------------------------
# Outline colours (drawn by outline_style.ThemeStyle)

def outline_color(palette: QPalette) -> QColor:
    """A frame colour between WindowText and Window: 4.5:1 against Window and Base if the text is."""
    return QColor.fromRgba(_outline_rgba(palette.color(R.WindowText).rgba(), palette.color(R.Window).rgba(),
                                         palette.color(R.Base).rgba()))


@lru_cache(maxsize=64)
def _outline_rgba(text_rgba: int, window_rgba: int, base_rgba: int) -> int:
    text, window, base = QColor.fromRgba(text_rgba), QColor.fromRgba(window_rgba), QColor.fromRgba(base_rgba)
    t = 0.6
    colour = _mix(text, window, t)
    while t < 1.0 and min(contrast_ratio(colour, window), contrast_ratio(colour, base)) < 4.5:
        t = min(1.0, t + 0.1)
        colour = _mix(text, window, t)
    return colour.rgba()


def focus_color(palette: QPalette) -> QColor:
    """Highlight, lightened toward WindowText until it stands out 3:1 from Window (focus frames)."""
    return QColor.fromRgba(_focus_rgba(palette.color(R.Highlight).rgba(), palette.color(R.Window).rgba(),
                                       palette.color(R.WindowText).rgba()))


@lru_cache(maxsize=64)
def _focus_rgba(highlight_rgba: int, window_rgba: int, text_rgba: int) -> int:
    highlight, window, text = (QColor.fromRgba(v) for v in (highlight_rgba, window_rgba, text_rgba))
    t = 0.0
    colour = QColor(highlight)
    while t < 1.0 and contrast_ratio(colour, window) < 3.0:
        t = min(1.0, t + 0.1)
        colour = _mix(text, highlight, t)
    return colour.rgba()


def _mix(a: QColor, b: QColor, t: float) -> QColor:
    a, b = a.toRgb(), b.toRgb()
    return QColor.fromRgbF(a.redF() * t + b.redF() * (1 - t), a.greenF() * t + b.greenF() * (1 - t),
                           a.blueF() * t + b.blueF() * (1 - t))
