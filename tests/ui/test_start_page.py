"""首页: shown on the first start and from 查看 › 首页; the picture opens nodes; the study path and 继续 (ui/start_page)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from netmkt_desktop.recitation import recitation_lists
from netmkt_desktop.storage.store import Store
from netmkt_desktop.study_path import readable_order
from netmkt_desktop.ui.main_window import MainWindow


@pytest.fixture
def open_window(qtbot, content, tmp_path):
    stores = []

    def make(settings_name: str = "s.ini", data: bool = True) -> MainWindow:
        win = MainWindow(content, QSettings(str(tmp_path / settings_name), QSettings.Format.IniFormat))
        qtbot.addWidget(win)
        win.resize(1024, 740)
        with qtbot.waitActive(win):
            win.show()
            win.activateWindow()
        if data:
            store = Store.open(tmp_path / "data")
            stores.append(store)
            win.session.attach_store(store)
        return win

    yield make
    for store in stores:
        store.close()


def box_centre(window: MainWindow, node_id: str):
    page = window.start_page
    rect = page.map.box_rect(node_id)
    assert not rect.isEmpty(), node_id
    page.ensureWidgetVisible(page.map)
    return rect.center().toPoint()


def profile_data(window: MainWindow):
    return window.session.store.profile(window.session.profile_id)


def test_the_first_start_shows_the_start_page_with_the_focus_in_the_tree(qtbot, open_window):
    window = open_window()
    assert window.tabs.currentWidget() is window.start_page and window.tabs.tabText(0) == "首页"
    assert window.start_page.map.isVisible() and window.start_page.map.objectName() == "sectionMap"
    assert QApplication.focusWidget() is window.tree
    assert window.first_paint_widget() is window.start_page.map
    window.close()
    again = open_window()  # the next start opens where the student was reading
    assert again.tabs.currentWidget() is again.reading_splitter
    assert again.first_paint_widget() is again.detail.viewport()


def test_clicking_a_box_of_the_picture_opens_its_node(qtbot, open_window, content):
    window = open_window()
    page = window.start_page
    for node_id in ("pos.ecommerce_host", "wt.live_seller", "tier.manager", "occ.all_media_operator",
                    "sidebar.occupation_work_type_position", "survey"):
        window.show_home()
        qtbot.mouseClick(page.map, Qt.MouseButton.LeftButton, pos=box_centre(window, node_id))
        assert window.current_node_id() == node_id
        assert window.tabs.currentWidget() is window.reading_splitter
        assert content.node(node_id).title in window.detail.toPlainText()


def test_alt_home_brings_the_start_page_back_and_picking_in_the_tree_leaves_it(qtbot, open_window):
    window = open_window()
    window.select_node("survey")
    assert window.tabs.currentWidget() is window.reading_splitter
    qtbot.keyClick(window, Qt.Key.Key_Home, Qt.KeyboardModifier.AltModifier)
    assert window.tabs.currentWidget() is window.start_page
    assert window.action_home.text() == "首页(&M)" and window.action_home in window.view_menu.actions()
    window.tree.setFocus()
    qtbot.keyClick(window.tree, Qt.Key.Key_Up)  # the tree's pick shows the node
    assert window.tabs.currentWidget() is window.reading_splitter


def test_the_keyboard_reaches_every_box_and_opens_one(qtbot, open_window):
    window = open_window()
    view = window.start_page.map
    view.setFocus(Qt.FocusReason.TabFocusReason)
    assert view.current == 0 and view.boxes[0].node_id == "sidebar.occupation_work_type_position"
    assert "职业、工种与岗位" in view.accessibleName()
    seen = [view.boxes[view.current].node_id]
    for _ in range(len(view.boxes) - 1):
        qtbot.keyClick(view, Qt.Key.Key_Tab)
        seen.append(view.boxes[view.current].node_id)
    assert len(set(seen)) == len({b.node_id for b in view.boxes})  # Tab visits every box
    assert view.hasFocus()
    view.set_current(view.index_of("tier.specialist"))
    qtbot.keyClick(view, Qt.Key.Key_Up)  # up the 千人以上 ladder
    assert view.boxes[view.current].node_id == "tier.supervisor"
    assert view.accessibleName() == "网络营销主管(岗位层级)"
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.boxes[view.current].node_id in ("tier.supervisor", "tier.manager", "tier.director")
    view.set_current(view.index_of("pos.content_marketing"))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert window.current_node_id() == "pos.content_marketing"


def test_the_study_path_shows_progress_and_continue_goes_to_the_next_step(qtbot, open_window, content):
    window = open_window()
    page = window.start_page
    qtbot.waitUntil(lambda: page.path_panel is not None and page.path_panel.isVisible())
    order = readable_order(content)
    assert page.continue_button.text() == "继续:读教材(&G)"
    assert page.cards["read"].detail.text() == f"按教材顺序读到第 0/{len(order)} 节"
    qtbot.mouseClick(page.continue_button, Qt.MouseButton.LeftButton)
    assert window.current_node_id() == order[0]  # reading starts at the first readable node
    window.go_next()  # reading on in the textbook's order
    window.show_home()
    assert page.cards["read"].detail.text() == f"按教材顺序读到第 2/{len(order)} 节"
    # reading done and everything learned: 继续 goes on to 背诵, at the first list not yet recited right
    data = profile_data(window)
    data.settings.set("reading/furthest", order[-1])
    for node_id in order:
        data.study.mark_learned(node_id, True)
    data.recitation.record("tasks:occ.internet_marketer", 7, 7)
    window.show_tab(window.reading_splitter)
    window.show_home()
    assert [page.cards[s].title.text().startswith("✓") for s in ("read", "learn", "recite")] == [True, True, False]
    assert page.cards["recite"].detail.text() == "已背熟 1/7 个清单"
    assert page.continue_button.text() == "继续:背诵(&G)"
    qtbot.mouseClick(page.continue_button, Qt.MouseButton.LeftButton)
    recitation = window.study_tools.recitation_view
    assert window.tabs.currentWidget() is recitation
    assert recitation.current_list().id == "work_types:occ.internet_marketer"
    for lst in recitation_lists(content):
        data.recitation.record(lst.id, len(lst.items), len(lst.items))
    window.show_home()
    assert page.continue_button.text() == "继续:自测(&G)"
    qtbot.mouseClick(page.continue_button, Qt.MouseButton.LeftButton)
    assert window.tabs.currentWidget() is window.study_tools.quiz_view


def test_the_recitation_scores_show_on_the_start_page_and_open_the_list(qtbot, open_window):
    window = open_window()
    page = window.start_page
    profile_data(window).recitation.record("duties:staff_duties", 4, 5)
    window.show_tab(window.reading_splitter)
    window.show_home()
    text = page.scores_label.text()
    assert "网络营销人员的岗位职责</a>:上次 4/5,最好 4/5" in text
    assert text.count("还没背过") == 6
    page.scores_label.linkActivated.emit("recite:duties:staff_duties")
    assert window.tabs.currentWidget() is window.study_tools.recitation_view
    assert window.study_tools.recitation_view.current_list().id == "duties:staff_duties"


def test_presentation_mode_may_show_the_picture_but_never_the_progress(qtbot, open_window):
    window = open_window()
    page = window.start_page
    qtbot.waitUntil(lambda: page.path_panel is not None and page.path_panel.isVisible())
    window.set_personal_data_hidden(True)
    assert not page.path_panel.isVisible() and page.map.isVisible()
    assert window.tabs.isTabVisible(window.tabs.indexOf(page))
    window.set_personal_data_hidden(False)
    assert page.path_panel.isVisible()


def test_without_personal_data_the_picture_shows_and_no_path(qtbot, open_window):
    window = open_window(data=False)
    page = window.start_page
    assert page.map.isVisible() and page.path_panel is None


def test_the_guest_is_told_plans_need_a_profile(qtbot, open_window):
    window = open_window()
    window.session.start_guest()
    window.show_tab(window.reading_splitter)
    window.show_home()
    card = window.start_page.cards["plan"]
    assert card.detail.text() == "要用自己的学习档案才能保存规划" and not card.isEnabled()
