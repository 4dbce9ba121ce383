import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from netmkt_desktop.store import Store
from netmkt_desktop.ui.main_window import MainWindow
from netmkt_desktop.ui.theme import Theme, contrast_ratio, palette_for


@pytest.fixture
def window(qtbot, content, tmp_path):
    store = Store.open(tmp_path / "data")
    win = MainWindow(content, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(win)
    win.attach_store(store)
    with qtbot.waitActive(win):
        win.show()
        win.activateWindow()
    yield win
    win.presentation.leave()
    store.close()


def key(qtbot, window, k, modifier=Qt.KeyboardModifier.NoModifier):
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, k, modifier)


def window_colour() -> str:
    return QApplication.instance().palette().color(QPalette.ColorRole.Window).name()


def test_f5_enters_and_esc_leaves_presentation_mode(qtbot, window):
    assert window.zoom.percent == 100
    key(qtbot, window, Qt.Key.Key_F5)
    assert window.presentation.active and window.isFullScreen()
    assert window.zoom.percent == 200
    assert window_colour() == palette_for(Theme.HIGH_CONTRAST).color(QPalette.ColorRole.Window).name()
    assert not window.tabs.isTabVisible(window.tabs.indexOf(window.plans_view))
    assert not window.action_new_plan.isEnabled()
    key(qtbot, window, Qt.Key.Key_Escape)
    assert not window.presentation.active and not window.isFullScreen()
    assert window.zoom.percent == 100
    assert window.tabs.isTabVisible(window.tabs.indexOf(window.plans_view))


def test_clicker_keys_step_through_the_textbook_order(qtbot, window, content):
    window.select_node("occ.internet_marketer")
    key(qtbot, window, Qt.Key.Key_F5)
    order = [n.id for n in content.reading_order]
    start = order.index("occ.internet_marketer")
    key(qtbot, window, Qt.Key.Key_PageDown)
    assert window.current_node_id() == order[start + 1]
    key(qtbot, window, Qt.Key.Key_Space)
    assert window.current_node_id() == order[start + 2]
    key(qtbot, window, Qt.Key.Key_Right)
    key(qtbot, window, Qt.Key.Key_Down)
    assert window.current_node_id() == order[start + 4]
    key(qtbot, window, Qt.Key.Key_PageUp)
    key(qtbot, window, Qt.Key.Key_Left)
    assert window.current_node_id() == order[start + 2]


def test_b_blanks_the_screen_and_any_key_brings_it_back(qtbot, window):
    key(qtbot, window, Qt.Key.Key_F5)
    shown = window.current_node_id()
    key(qtbot, window, Qt.Key.Key_B)
    assert window.presentation.blank.isVisible()
    image = window.grab().toImage()
    assert image.pixelColor(image.width() // 2, image.height() // 2).name() == "#000000"
    key(qtbot, window, Qt.Key.Key_PageDown)  # wakes the screen, does not step
    assert not window.presentation.blank.isVisible()
    assert window.current_node_id() == shown
    key(qtbot, window, Qt.Key.Key_Period)
    assert window.presentation.blank.isVisible()
    qtbot.mouseClick(window.presentation.blank, Qt.MouseButton.LeftButton)
    assert not window.presentation.blank.isVisible()


def test_f9_hides_and_shows_the_tree(qtbot, window):
    key(qtbot, window, Qt.Key.Key_F5)
    key(qtbot, window, Qt.Key.Key_F9)
    assert not window.navigator_panel.isVisible()
    key(qtbot, window, Qt.Key.Key_F9)
    assert window.navigator_panel.isVisible()


def test_presentation_zoom_is_remembered_separately(qtbot, window):
    key(qtbot, window, Qt.Key.Key_F5)
    key(qtbot, window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.zoom.percent == 250
    key(qtbot, window, Qt.Key.Key_Escape)
    assert window.zoom.percent == 100
    key(qtbot, window, Qt.Key.Key_F5)
    assert window.zoom.percent == 250


def test_typing_in_search_is_not_taken_for_clicker_keys(qtbot, window, type_text):
    key(qtbot, window, Qt.Key.Key_F5)
    window.focus_search()
    shown = window.current_node_id()
    qtbot.keyClick(window.search_field, Qt.Key.Key_B)
    qtbot.keyClick(window.search_field, Qt.Key.Key_Space)
    assert window.search_field.text() == "b "
    assert not window.presentation.blank.isVisible()
    assert window.current_node_id() == shown or window.proxy.query


def test_high_contrast_body_text_has_at_least_7_to_1(qtbot, window):
    key(qtbot, window, Qt.Key.Key_F5)
    palette = window.detail.palette()
    ratio = contrast_ratio(palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base))
    assert ratio >= 7


def test_zoom_reaches_the_wizard_and_is_remembered_per_profile(qtbot, window):
    base = QApplication.font().pointSizeF()
    for _ in range(3):
        key(qtbot, window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.zoom.percent == 150
    assert window.store.get_setting(window.profile_id, "ui/zoom") == "150"
    window.new_plan()
    wizard = window.plan_wizard
    assert wizard.font().pointSizeF() == pytest.approx(base * 1.5, rel=0.05)
    assert wizard.intro_page.title_edit.font().pointSizeF() == pytest.approx(base * 1.5, rel=0.05)
    assert window.detail.font().pointSizeF() == pytest.approx(base * 1.5 * 1.2, rel=0.05)
    wizard.done(0)
    key(qtbot, window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.zoom.percent == 100


def test_theme_shortcut_cycles_and_is_remembered(qtbot, window):
    assert window.theme == Theme.SYSTEM
    key(qtbot, window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.theme == Theme.LIGHT
    key(qtbot, window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.theme == Theme.DARK
    assert window_colour() == palette_for(Theme.DARK).color(QPalette.ColorRole.Window).name()
    assert window.store.get_setting(window.profile_id, "ui/theme") == "dark"
    window.set_theme(Theme.SYSTEM)
