"""Themes: readable palettes (WCAG contrast), applied to real widgets, cycling, style sheet ownership."""

from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QLabel,
    QLineEdit,
    QStyle,
    QStyleOptionButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from netmkt_desktop.ui import theme as theme_module
from netmkt_desktop.ui.colours import contrast_ratio
from netmkt_desktop.ui.outline_style import ThemeStyle, theme_style
from netmkt_desktop.ui.theme import (
    Theme,
    app_wide_change,
    apply_theme,
    next_theme,
    palette_for,
)

R = QPalette.ColorRole
G = QPalette.ColorGroup
PAIRS = [(R.Text, R.Base), (R.WindowText, R.Window), (R.ButtonText, R.Button),
         (R.HighlightedText, R.Highlight), (R.Link, R.Base)]
DISABLED_PAIRS = [(R.Text, R.Base), (R.WindowText, R.Window), (R.ButtonText, R.Button)]


@pytest.fixture(autouse=True)
def restore_look(qapp):
    """Each test leaves the application's style, palette, style sheet and font as it found them."""
    style_name, palette = qapp.style().name(), QPalette(qapp.palette())
    sheet, font = qapp.styleSheet(), qapp.font()
    yield
    with app_wide_change():
        qapp.setStyleSheet(sheet)
        if theme_style(qapp) is not None:
            qapp.setStyle(style_name or "Fusion")
        qapp.setPalette(palette)
        QApplication.setFont(font)


def pair_ratio(palette: QPalette, fg, bg, group=G.Active) -> float:
    return contrast_ratio(palette.color(group, fg), palette.color(group, bg))


def test_contrast_ratio_follows_wcag():
    black, white = QColor("#000000"), QColor("#ffffff")
    assert contrast_ratio(black, white) == pytest.approx(21.0)
    assert contrast_ratio(white, black) == pytest.approx(21.0)
    assert contrast_ratio(white, white) == pytest.approx(1.0)
    assert contrast_ratio(QColor("#767676"), white) == pytest.approx(4.54, abs=0.01)  # the WCAG AA grey


@pytest.mark.parametrize("fg, bg", PAIRS)
def test_high_contrast_pairs_reach_7_to_1(fg, bg):
    palette = palette_for(Theme.HIGH_CONTRAST)
    for group in (G.Active, G.Inactive):
        assert pair_ratio(palette, fg, bg, group) >= 7.0, (fg, bg, group)


@pytest.mark.parametrize("theme", [Theme.LIGHT, Theme.DARK, Theme.SYSTEM])
@pytest.mark.parametrize("fg, bg", PAIRS)
def test_light_dark_and_system_pairs_reach_4_5_to_1(theme, fg, bg):
    palette = palette_for(theme)
    for group in (G.Active, G.Inactive):
        assert pair_ratio(palette, fg, bg, group) >= 4.5, (theme, fg, bg, group)


@pytest.mark.parametrize("theme", list(Theme))
@pytest.mark.parametrize("fg, bg", DISABLED_PAIRS)
def test_disabled_text_stays_readable(theme, fg, bg):
    palette = palette_for(theme)
    assert pair_ratio(palette, fg, bg, G.Disabled) >= 3.0
    assert palette.color(G.Disabled, fg) != palette.color(G.Active, fg), "disabled must look different"


@pytest.mark.parametrize("theme", [Theme.LIGHT, Theme.DARK, Theme.HIGH_CONTRAST])
def test_palettes_are_complete(theme):
    palette = palette_for(theme)
    for role in (R.AlternateBase, R.LinkVisited, R.ToolTipBase, R.ToolTipText, R.PlaceholderText,
                 R.BrightText, R.Mid, R.Dark, R.Light, R.Shadow):
        assert palette.isBrushSet(G.Active, role), role
    assert pair_ratio(palette, R.ToolTipText, R.ToolTipBase) >= 4.5
    assert pair_ratio(palette, R.PlaceholderText, R.Base) >= 3.0
    assert palette.color(R.PlaceholderText) != palette.color(R.Text)


def test_system_follows_a_dark_system_colour_scheme(monkeypatch):
    monkeypatch.setattr(theme_module, "system_is_dark", lambda: True)
    assert palette_for(Theme.SYSTEM) == palette_for(Theme.DARK)


def test_system_in_light_mode_is_the_styles_standard_palette(monkeypatch):
    monkeypatch.setattr(theme_module, "system_is_dark", lambda: False)
    from PySide6.QtWidgets import QStyleFactory

    standard = QStyleFactory.create("Fusion").standardPalette()
    system = palette_for(Theme.SYSTEM)
    for role in (R.Window, R.Base, R.Text, R.Button):
        assert system.color(role) == standard.color(role)


def test_the_fusion_table_is_qts_standard_palette():
    """The table theme.py keeps (to build the palette without a QStyle) is Fusion's own palette."""
    from PySide6.QtWidgets import QStyleFactory

    standard = QStyleFactory.create("Fusion").standardPalette()
    table = theme_module._standard_palette()
    roles = [role for role in R if role != R.NColorRoles]
    for group in (G.Active, G.Inactive, G.Disabled):
        differing = [role.name for role in roles
                     if table.color(group, role).rgba() != standard.color(group, role).rgba()]
        assert differing == [], f"{group.name}: update _FUSION_ACTIVE / _FUSION_DISABLED in theme.py"


def test_next_theme_cycles_through_all_four():
    seen, theme = [], Theme.SYSTEM
    for _ in range(4):
        seen.append(theme)
        theme = next_theme(theme)
    assert seen == [Theme.SYSTEM, Theme.LIGHT, Theme.DARK, Theme.HIGH_CONTRAST]
    assert theme is Theme.SYSTEM
    assert next_theme("dark") is Theme.HIGH_CONTRAST


def test_labels_are_chinese():
    assert [t.label for t in Theme] == ["跟随系统", "浅色", "深色", "高对比度"]
    assert Theme("high_contrast") is Theme.HIGH_CONTRAST


def test_apply_theme_changes_the_rendered_pixels(qtbot, qapp):
    apply_theme(qapp, Theme.LIGHT)
    label = QLabel("网络营销")
    qtbot.addWidget(label)
    label.resize(200, 60)
    before = label.grab().toImage().pixelColor(3, 3)
    assert before == palette_for(Theme.LIGHT).color(R.Window)
    apply_theme(qapp, Theme.DARK)
    dark_window = palette_for(Theme.DARK).color(R.Window)
    qtbot.waitUntil(lambda: label.palette().color(R.Window) == dark_window)  # Qt posts the change
    after = label.grab().toImage().pixelColor(3, 3)
    assert after == palette_for(Theme.DARK).color(R.Window)
    assert after != before
    assert label.palette().color(R.WindowText) == palette_for(Theme.DARK).color(R.WindowText)


def test_fusion_is_set_once(qapp):
    apply_theme(qapp, Theme.LIGHT)
    style = qapp.style()
    assert isinstance(style, ThemeStyle)
    assert style.baseStyle().name().lower() == "fusion"
    apply_theme(qapp, Theme.HIGH_CONTRAST)  # a style sheet now wraps the style
    assert theme_style(qapp) is style
    apply_theme(qapp, Theme.SYSTEM)
    assert qapp.style() is style


def test_high_contrast_style_sheet_comes_and_goes_and_keeps_other_rules(qapp):
    qapp.setStyleSheet("QLabel#lead { font-weight: bold; }")
    apply_theme(qapp, Theme.HIGH_CONTRAST)
    assert "QLabel#lead" in qapp.styleSheet()
    assert ":focus" in qapp.styleSheet()
    apply_theme(qapp, Theme.HIGH_CONTRAST)
    assert qapp.styleSheet().count("netmkt-theme:begin") == 1
    apply_theme(qapp, Theme.LIGHT)
    assert qapp.styleSheet() == "QLabel#lead { font-weight: bold; }"


def _show_active(qtbot, widget: QWidget) -> None:
    qtbot.addWidget(widget)
    with qtbot.waitActive(widget):
        widget.show()
        widget.activateWindow()


def test_high_contrast_focus_frame_is_thick_and_highlighted(qtbot, qapp):
    apply_theme(qapp, Theme.HIGH_CONTRAST)
    window = QWidget()
    layout = QVBoxLayout(window)
    other, edit = QLineEdit("其他"), QLineEdit("搜索")
    layout.addWidget(other)
    layout.addWidget(edit)
    window.resize(300, 100)
    _show_active(qtbot, window)
    edit.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(edit.hasFocus)
    highlight = palette_for(Theme.HIGH_CONTRAST).color(R.Highlight)
    image = edit.grab().toImage()
    middle = image.height() // 2
    assert [image.pixelColor(x, middle) for x in range(3)] == [highlight] * 3, "a 3 px frame on the left"
    unfocused = other.grab().toImage()
    assert unfocused.pixelColor(1, unfocused.height() // 2) != highlight


def test_dark_theme_shows_an_unticked_check_box(qtbot, qapp):
    apply_theme(qapp, Theme.DARK)
    box = QCheckBox("未勾选")
    qtbot.addWidget(box)
    box.resize(120, 30)
    option = QStyleOptionButton()
    box.initStyleOption(option)
    rect = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
    image = box.grab().toImage()
    window = palette_for(Theme.DARK).color(R.Window)
    best = max(contrast_ratio(image.pixelColor(x, y), window)
               for x in range(rect.left(), rect.right() + 1) for y in range(rect.top(), rect.bottom() + 1))
    assert best >= 3.0, "the box outline must stand out from the window (WCAG 1.4.11)"


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_painting_does_not_lose_references_to_none(qtbot, qapp):
    """PySide6 6.12.0 drops a reference to None per QStyle/QPainter call; ThemeStyle gives them back."""
    apply_theme(qapp, Theme.DARK)
    window = QWidget()
    layout = QVBoxLayout(window)
    tree = QTreeWidget()
    for i in range(20):
        QTreeWidgetItem(tree, [f"岗位 {i}"])
    for w in (QLineEdit("x"), QCheckBox("c"), tree):
        layout.addWidget(w)
    qtbot.addWidget(window)
    window.resize(300, 400)
    window.grab()
    before = sys.getrefcount(None)
    for _ in range(20):
        window.grab()
    assert sys.getrefcount(None) >= before


CHANGES_WITH_GARBAGE = r"""
import gc, os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from netmkt_desktop.ui.theme import Theme, apply_theme
from netmkt_desktop.ui.zoom import ZoomController

app = QApplication([sys.argv[0], "-style", "Fusion"])
zoom = ZoomController()
armed = False


class Busy(QWidget):
    def event(self, event):
        if armed and gc.isenabled():  # a collection may start in any Python code run: here, one does
            gc.collect()
        return super().event(event)


def change(name, what):
    global armed
    for _ in range(20):  # windows closed and dropped in a reference cycle: left to the collector
        window = Busy()
        window.me = window
        QLabel("文字", window)
        window.show()
    del window
    armed = True
    what()
    armed = False
    gc.collect()
    print(name, flush=True)


gc.set_threshold(0)  # no collection but the ones Busy starts
change("outline style", lambda: apply_theme(app, Theme.DARK, outline_style=True))
change("high contrast", lambda: apply_theme(app, Theme.HIGH_CONTRAST))
change("zoom", lambda: zoom.set_percent(200))
change("light", lambda: apply_theme(app, Theme.LIGHT))
"""


def test_theme_and_zoom_changes_survive_widgets_left_to_the_garbage_collector():
    """A theme or zoom change re-polishes every widget; a garbage collection in the middle of it
    freed closed windows the walk was about to touch, and the app crashed (now and then)."""
    result = subprocess.run([sys.executable, "-c", CHANGES_WITH_GARBAGE], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.split() == ["outline", "style", "high", "contrast", "zoom", "light"]
