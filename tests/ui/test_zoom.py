"""Zoom: real shortcuts and Ctrl+wheel scale the application font, registered fonts and tree icons."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import QPoint, QPointF, QRect, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPalette, QWheelEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStyle,
    QTextBrowser,
    QTreeView,
    QVBoxLayout,
    QWidget,
    QWizard,
)

from netmkt_desktop.ui.outline_style import theme_style
from netmkt_desktop.ui.theme import Theme, app_wide_change, apply_theme, contrast_ratio
from netmkt_desktop.ui.zoom import STEPS, ZoomController, snap_percent, zoom_actions

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture(autouse=True)
def restore_look(qapp):
    """Every test leaves the application font, palette, style and style sheet as it found them."""
    font, palette, sheet, style_name = qapp.font(), QPalette(qapp.palette()), qapp.styleSheet(), qapp.style().name()
    yield
    with app_wide_change():
        qapp.setStyleSheet(sheet)
        if theme_style(qapp) is not None:
            qapp.setStyle(style_name or "Fusion")
        qapp.setPalette(palette)
        QApplication.setFont(font)


@pytest.fixture
def controller(qapp):
    return ZoomController()


@pytest.fixture
def base_size(controller) -> float:
    return controller.base_font.pointSizeF()


def app_size() -> float:
    return QApplication.font().pointSizeF()


def wait_font(qtbot, widget: QWidget, size: float) -> None:
    """Qt posts the application font change to existing widgets: wait for it to arrive."""
    qtbot.waitUntil(lambda: widget.font().pointSizeF() == pytest.approx(size), timeout=2000)


@pytest.fixture
def window(qtbot, controller):
    """A main window holding the zoom actions, a tree and a text browser, shown and active."""
    win = QMainWindow()
    win.actions_ = zoom_actions(controller, win)
    central = QWidget()
    layout = QVBoxLayout(central)
    win.label = QLabel("岗位层级")
    win.tree = QTreeView()
    win.browser = QTextBrowser()
    win.browser.setPlainText("\n".join(f"第{i}行 网络营销" for i in range(300)))
    for w in (win.label, win.tree, win.browser):
        layout.addWidget(w)
    win.setCentralWidget(central)
    win.resize(500, 400)
    qtbot.addWidget(win)
    with qtbot.waitActive(win):
        win.show()
        win.activateWindow()
    return win


def wheel(widget: QWidget, dy: int, modifiers=CTRL) -> QWheelEvent:
    """A wheel notch over ``widget``, delivered as the platform delivers it: to the QWindow of
    ``widget``'s top-level window, which passes it on to the widget under the mouse."""
    top = widget.window()
    top.winId()
    local = QPoint(10, 10)
    event = QWheelEvent(QPointF(widget.mapTo(top, local)), QPointF(widget.mapToGlobal(local)), QPoint(0, 0),
                        QPoint(0, dy), Qt.MouseButton.NoButton, modifiers, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(top.windowHandle(), event)
    return event


def test_actions_have_chinese_texts_names_and_shortcuts(controller, window):
    by_name = {a.objectName(): a for a in window.actions_}
    assert list(by_name) == ["actionZoomIn", "actionZoomOut", "actionZoomReset"]
    assert [a.text() for a in window.actions_] == ["放大", "缩小", "实际大小"]
    assert [s.toString() for s in by_name["actionZoomIn"].shortcuts()] == ["Ctrl+=", "Ctrl++"]
    assert [s.toString() for s in by_name["actionZoomOut"].shortcuts()] == ["Ctrl+-"]
    assert [s.toString() for s in by_name["actionZoomReset"].shortcuts()] == ["Ctrl+0"]
    assert all(a in window.actions() for a in window.actions_)


def test_keys_zoom_in_out_and_reset(qtbot, controller, window, base_size):
    with qtbot.waitSignal(controller.zoom_changed) as blocker:
        qtbot.keyClick(window, Qt.Key.Key_Equal, CTRL)
    assert blocker.args == [110]
    assert app_size() == pytest.approx(base_size * 1.10)
    qtbot.keyClick(window, Qt.Key.Key_Plus, CTRL)
    assert controller.percent == 125
    assert app_size() == pytest.approx(base_size * 1.25)
    qtbot.keyClick(window, Qt.Key.Key_Minus, CTRL)
    qtbot.keyClick(window, Qt.Key.Key_Minus, CTRL)
    qtbot.keyClick(window, Qt.Key.Key_Minus, CTRL)
    assert controller.percent == 90
    assert app_size() == pytest.approx(base_size * 0.90)
    qtbot.keyClick(window, Qt.Key.Key_0, CTRL)
    assert controller.percent == 100
    assert app_size() == pytest.approx(base_size)


def test_keypad_plus_and_minus_work_too(qtbot, controller, window):
    qtbot.keyClick(window, Qt.Key.Key_Plus, CTRL | Qt.KeyboardModifier.KeypadModifier)
    assert controller.percent == 110
    qtbot.keyClick(window, Qt.Key.Key_Minus, CTRL | Qt.KeyboardModifier.KeypadModifier)
    assert controller.percent == 100


def test_zoom_is_clamped_to_50_and_300(qtbot, controller, window, base_size):
    for _ in range(len(STEPS) + 2):
        qtbot.keyClick(window, Qt.Key.Key_Equal, CTRL)
    assert controller.percent == 300
    assert app_size() == pytest.approx(base_size * 3)
    zoom_in = window.actions_[0]
    assert not zoom_in.isEnabled()
    with qtbot.assertNotEmitted(controller.zoom_changed):
        controller.zoom_in()
        controller.set_percent(1000)
    assert controller.percent == 300
    controller.set_percent(1)
    assert controller.percent == 50
    assert app_size() == pytest.approx(base_size * 0.5)
    assert not window.actions_[1].isEnabled() and zoom_in.isEnabled()
    controller.zoom_out()
    assert controller.percent == 50


def test_set_percent_snaps_to_the_steps(controller):
    assert [snap_percent(p) for p in (0, 60, 100, 104, 130, 199, 240, 999)] == [50, 67, 100, 100, 125, 200, 250, 300]
    controller.percent = 130  # the Qt property, as QSettings or a spin box would set it
    assert controller.percent == 125


def test_dialogs_and_wizards_opened_later_get_the_bigger_font(qtbot, controller, base_size):
    controller.set_percent(200)
    dialog, wizard, menu = QDialog(), QWizard(), QMenu()
    box = QMessageBox(QMessageBox.Icon.Information, "关于", "离线使用")
    for w in (dialog, wizard, menu, box):
        qtbot.addWidget(w)
        assert w.font().pointSizeF() == pytest.approx(base_size * 2), type(w).__name__
    child = QLabel("第一步", wizard)
    assert child.font().pointSizeF() == pytest.approx(base_size * 2)


def test_shown_widgets_follow_without_being_registered(qtbot, controller, window, base_size):
    controller.set_percent(150)
    for widget in (window.label, window.tree, window.menuBar()):
        wait_font(qtbot, widget, base_size * 1.5)


def test_a_registered_text_browser_keeps_its_factor(qtbot, controller, window, base_size):
    browser = window.browser
    font = browser.font()
    font.setPointSizeF(font.pointSizeF() * 1.2)  # as DetailPane does
    font.setBold(True)
    browser.setFont(font)
    controller.register_relative_font(browser, 1.2)
    assert browser.font().pointSizeF() == pytest.approx(base_size * 1.2)
    controller.set_percent(150)
    assert browser.font().pointSizeF() == pytest.approx(base_size * 1.5 * 1.2)
    assert browser.font().bold(), "family and weight are kept"
    wait_font(qtbot, window.label, base_size * 1.5)
    assert browser.font().pointSizeF() == pytest.approx(base_size * 1.5 * 1.2), "the app font did not override it"
    controller.reset()
    assert browser.font().pointSizeF() == pytest.approx(base_size * 1.2)


def test_tree_icons_scale(controller, window):
    controller.register_icon_view(window.tree)
    assert window.tree.iconSize() == QSize(16, 16)
    controller.set_percent(200)
    assert window.tree.iconSize() == QSize(32, 32)
    controller.set_percent(125)
    assert window.tree.iconSize() == QSize(20, 20)
    controller.register_icon_view(window.tree, base_px=24)
    assert window.tree.iconSize() == QSize(30, 30)


def test_ctrl_wheel_zooms(controller, window):
    controller.install_wheel_zoom(window)
    event = wheel(window.browser.viewport(), +120)
    assert event.isAccepted()
    assert controller.percent == 110
    wheel(window.tree.viewport(), -120)
    wheel(window.tree.viewport(), -120)
    assert controller.percent == 90


def test_touchpad_deltas_add_up(controller, window):
    controller.install_wheel_zoom(window)
    for _ in range(2):
        wheel(window.label, +40)
    assert controller.percent == 100
    wheel(window.label, +40)
    assert controller.percent == 110


def test_wheel_without_ctrl_scrolls_and_does_not_zoom(qtbot, controller, window):
    controller.install_wheel_zoom(window)
    scroll = window.browser.verticalScrollBar()
    assert scroll.value() == 0
    with qtbot.assertNotEmitted(controller.zoom_changed):
        wheel(window.browser.viewport(), -120, Qt.KeyboardModifier.NoModifier)
    assert scroll.value() > 0, "the wheel event reached the text browser"
    assert controller.percent == 100


def test_wheel_zoom_only_over_its_widget(qtbot, controller, window):
    controller.install_wheel_zoom(window)
    elsewhere = QLabel("别处")
    qtbot.addWidget(elsewhere)
    elsewhere.show()
    wheel(elsewhere, +120)
    assert controller.percent == 100


def test_wheel_zoom_scoped_to_a_part_of_a_window(qtbot, controller, window):
    controller.install_wheel_zoom(window.tree)
    browser_size = window.browser.font().pointSizeF()
    wheel(window.browser.viewport(), -120)
    assert controller.percent == 100, "the text browser is not inside the zooming part"
    assert window.browser.font().pointSizeF() < browser_size, "the event went on: the browser zoomed itself"
    wheel(window.tree.viewport(), +120)
    assert controller.percent == 110


def test_wheel_zoom_ends_with_its_widget(qtbot, controller):
    scope = QLabel("临时")
    controller.install_wheel_zoom(scope)
    scope.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(scope))
    other = QLabel("别处")
    qtbot.addWidget(other)
    wheel(other, +120)
    wheel(other, +120)
    assert controller.percent == 100


def test_zoom_works_under_the_high_contrast_style_sheet(qtbot, qapp, controller, window, base_size):
    # Under a style sheet Qt stops propagating the application font to polished widgets.
    apply_theme(qapp, Theme.HIGH_CONTRAST)
    controller.set_percent(200)
    wait_font(qtbot, window.label, base_size * 2)
    apply_theme(qapp, Theme.LIGHT)
    controller.set_percent(150)
    wait_font(qtbot, window.label, base_size * 1.5)
    apply_theme(qapp, Theme.HIGH_CONTRAST)
    controller.reset()
    wait_font(qtbot, window.label, base_size)


# -- everything scales, and shows in every theme (issue 15) ---------------------------------------

_PM = QStyle.PixelMetric


@pytest.mark.parametrize("metric", [_PM.PM_IndicatorWidth, _PM.PM_ExclusiveIndicatorWidth, _PM.PM_TabBarScrollButtonWidth,
                                    _PM.PM_ToolBarExtensionExtent, _PM.PM_ScrollBarExtent])
def test_indicators_and_scrollers_grow_with_the_zoom(qapp, controller, window, metric):
    from netmkt_desktop.ui.theme import install_outline_style

    install_outline_style(qapp)
    style = window.tree.style()
    before = style.pixelMetric(metric, None, window.tree)
    controller.set_percent(200)
    assert style.pixelMetric(metric, None, window.tree) >= 2 * before - 1
    controller.reset()
    assert style.pixelMetric(metric, None, window.tree) == before


def test_a_check_box_and_a_tree_arrow_are_drawn_bigger_at_200(qtbot, qapp, controller):
    from netmkt_desktop.ui.theme import install_outline_style

    install_outline_style(qapp)
    box = QCheckBox()
    qtbot.addWidget(box)
    small = box.sizeHint()
    controller.set_percent(200)
    qtbot.waitUntil(lambda: box.sizeHint().height() >= 2 * small.height() - 2)
    tree = QTreeView()
    qtbot.addWidget(tree)
    arrow = dark_pixels(_branch_image(tree, open_=False))
    controller.reset()
    assert arrow >= 3 * dark_pixels(_branch_image(tree, open_=False))  # an area: about 4x


def _branch_image(tree: QTreeView, open_: bool) -> QImage:
    from PySide6.QtWidgets import QStyleOption

    image = QImage(48, 48, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    option = QStyleOption()
    option.initFrom(tree)
    option.rect = QRect(0, 0, 48, 48)
    option.state = QStyle.StateFlag.State_Children | QStyle.StateFlag.State_Enabled
    if open_:
        option.state |= QStyle.StateFlag.State_Open
    painter = QPainter(image)
    tree.style().drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorBranch, option, painter, tree)
    painter.end()
    return image


def dark_pixels(image: QImage) -> int:
    return sum(QColor(image.pixel(x, y)).lightness() < 128 for y in range(image.height()) for x in range(image.width()))


@pytest.mark.parametrize("theme", list(Theme))
def test_the_toolbar_overflow_icon_shows_on_every_palette(qapp, theme):
    from netmkt_desktop.ui.theme import install_outline_style

    install_outline_style(qapp)
    apply_theme(qapp, theme)
    icon = qapp.style().standardIcon(QStyle.StandardPixmap.SP_ToolBarHorizontalExtensionButton)
    image = icon.pixmap(32, 32).toImage().convertToFormat(QImage.Format.Format_ARGB32)
    background = qapp.palette().color(QPalette.ColorRole.Button)
    drawn = [QColor.fromRgba(image.pixel(x, y)) for y in range(32) for x in range(32)]
    drawn = [c for c in drawn if c.alpha() == 255]
    assert len(drawn) > 40
    assert all(contrast_ratio(c, background) >= 4.5 for c in drawn)
