from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QKeySequence, QPalette, QTextCursor, QTextDocument

from netmkt_desktop.ui import dialogs
from netmkt_desktop.ui.main_window import MainWindow
from netmkt_desktop.ui.navigator import NODE_ID_ROLE, Outline
from netmkt_desktop.ui.theme import app_wide_change

SEED_TEXT = Path(__file__).parent.parent / "data" / "seed_section.txt"


@pytest.fixture
def open_window(qtbot, content, tmp_path):
    def make() -> MainWindow:
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(content, settings)
        qtbot.addWidget(window)
        with qtbot.waitActive(window):
            window.show()
            window.activateWindow()
        return window

    return make


def visible_ids(window) -> list[str]:
    model = window.proxy
    ids, stack = [], [model.index(r, 0) for r in range(model.rowCount())]
    while stack:
        index = stack.pop(0)
        ids.append(index.data(NODE_ID_ROLE))
        stack.extend(model.index(r, 0, index) for r in range(model.rowCount(index)))
    return ids


def click_node(qtbot, window, node_id):
    index = window.proxy.mapFromSource(window.models[window.outline].find(node_id))
    window.tree.scrollTo(index)
    rect = window.tree.visualRect(index)
    assert rect.isValid(), f"{node_id} is not visible in the tree"
    qtbot.mouseClick(window.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_clicking_an_occupation_shows_its_tasks(qtbot, open_window):
    window = open_window()
    window.tree.expandAll()
    click_node(qtbot, window, "occ.all_media_operator")
    text = window.detail.toPlainText()
    assert "全媒体运营师" in text
    assert "(5)建立全媒体传播矩阵,构建多维度立体化的信息出入口,对各端口进行协同运营。" in text
    assert "知识基石 › 第一节 认识网络营销岗位 › 一、职业认知 › (二)全媒体运营师" in window.crumb_label.text()


def test_breadcrumb_marks_a_heading_the_app_added(qtbot, open_window):
    window = open_window()
    click_node(qtbot, window, "standard_2021")
    assert window.crumb_label.text().endswith("一、职业认知 › 互联网营销师国家职业技能标准(本软件所加)")
    assert "(此标题为本软件所加,教材此处没有标题)" in window.detail.toPlainText()


def test_every_textbook_sentence_can_be_read_in_the_detail_pane(qtbot, open_window, content):
    window = open_window()
    shown = []
    for node in content.reading_order:
        window.select_node(node.id)
        shown.append(window.detail.toPlainText())
    text = "\n".join(shown)
    lines = [line for line in SEED_TEXT.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert [line for line in lines if line not in text] == []


def link_position(browser, href: str) -> QPoint:
    """Scroll to the link ``href`` in a text browser and return a point inside it."""
    document: QTextDocument = browser.document()
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().anchorHref() == href:
                cursor = QTextCursor(document)
                cursor.setPosition(fragment.position() + 1)
                browser.setTextCursor(cursor)
                browser.ensureCursorVisible()
                rect = browser.cursorRect(cursor)
                return rect.center()
            it += 1
        block = block.next()
    raise AssertionError(f"no link {href}")


def test_work_type_links_select_their_node(qtbot, open_window):
    window = open_window()
    window.select_node("occ.internet_marketer")
    pos = link_position(window.detail, "node:wt.video_promoter")
    with qtbot.waitSignal(window.node_shown) as blocker:
        qtbot.mouseClick(window.detail.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert blocker.args == ["wt.video_promoter"]
    assert window.tree.currentIndex().data(NODE_ID_ROLE) == "wt.video_promoter"


def test_typing_in_search_filters_the_tree_and_highlights(qtbot, open_window, type_text):
    window = open_window()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search_field.hasFocus()
    type_text(window.search_field, "直播")
    ids = visible_ids(window)
    assert "wt.live_seller" in ids
    assert "topic.occupations" in ids and "occ.internet_marketer" in ids  # ancestors stay
    assert "pos.marketing_planning" not in ids and "tier.manager" not in ids
    assert window.tree.isExpanded(window.proxy.mapFromSource(window.models[Outline.TOPICS].find("occ.internet_marketer")))
    window.select_node("wt.live_seller")
    html = window.detail.toHtml()
    assert "#ffe14d" in html
    qtbot.keyClick(window.search_field, Qt.Key.Key_Escape)  # no crash on Esc
    window.search_field.clear()
    assert "pos.marketing_planning" in visible_ids(window)


def test_search_matches_body_text_not_only_titles(qtbot, open_window, type_text):
    window = open_window()
    type_text(window.search_field, "直播看房")
    ids = visible_ids(window)
    assert "staff_positioning" not in ids
    assert "position_cognition" in ids or "topic.positions" in ids


def test_search_without_match_says_so(qtbot, open_window, type_text):
    window = open_window()
    type_text(window.search_field, "量子计算")
    assert window.proxy.rowCount() == 0
    assert window.no_match.isVisible()


def test_back_forward_and_reading_order(qtbot, open_window, content):
    window = open_window()
    assert not window.action_back.isEnabled() and not window.action_forward.isEnabled()
    window.select_node("occ.internet_marketer")
    window.select_node("staff_duties")
    window.select_node("tier.manager")
    qtbot.keyClick(window.tree, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.current_node_id() == "staff_duties"
    qtbot.keyClick(window.tree, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.current_node_id() == "occ.internet_marketer"
    qtbot.keyClick(window.tree, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.current_node_id() == "staff_duties"
    # 下一个/上一个 follow the rows of the outline shown: in 按职业体系 岗位 lists 常见的网络营销岗位 next
    qtbot.keyClick(window.tree, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.outline == Outline.TOPICS and window.current_node_id() == "common_positions"
    qtbot.keyClick(window.tree, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert window.current_node_id() == "staff_duties"
    # … and in 教材目录 the textbook's reading order
    window._set_outline(Outline.TEXTBOOK)
    qtbot.keyClick(window.tree, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.current_node_id() == content.neighbour("staff_duties", 1).id == "sidebar.occupation_work_type_position"


def test_arrow_keys_move_through_the_tree(qtbot, open_window):
    window = open_window()
    window.tree.setFocus()
    first = window.current_node_id()
    qtbot.keyClick(window.tree, Qt.Key.Key_Down)
    assert window.current_node_id() != first


def test_outline_toggle_shows_textbook_order(qtbot, open_window):
    window = open_window()
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.outline == Outline.TEXTBOOK
    assert window.proxy.index(0, 0).data().startswith("知识基石")
    qtbot.mouseClick(window.outline_tabs, Qt.MouseButton.LeftButton,
                     pos=window.outline_tabs.tabRect(0).center())
    assert window.outline == Outline.TOPICS
    assert window.proxy.index(0, 0).data().startswith("职业")


def test_restart_restores_selection_outline_and_layout(qtbot, open_window):
    window = open_window()
    window.select_node("pos.content_marketing")
    window._set_outline(Outline.TEXTBOOK)
    window.resize(700, 500)
    window.splitter.setSizes([250, 650])
    sizes = window.splitter.sizes()
    window.close()

    again = open_window()
    assert again.current_node_id() == "pos.content_marketing"
    assert again.tree.currentIndex().data(NODE_ID_ROLE) == "pos.content_marketing"
    assert again.outline == Outline.TEXTBOOK
    assert again.size().width() == 700 and again.size().height() == 500
    assert again.splitter.sizes() == sizes


def test_tier_detail_says_which_companies_have_it(qtbot, open_window):
    window = open_window()
    window.select_node("tier.supervisor")
    text = window.detail.toPlainText()
    assert "千人以上的企业" in text and "500人以上的企业" in text
    assert "500人以下的企业" not in text


def test_about_shows_app_and_content_versions(qtbot, open_window, monkeypatch, content):
    shown = []
    monkeypatch.setattr(dialogs, "show_info", lambda parent, title, text: shown.append((title, text)))
    window = open_window()
    window.action_about.trigger()
    assert shown and "软件版本" in shown[0][1] and content.packs[0].version in shown[0][1]


def test_the_shortcuts_are_a_two_column_table_made_from_the_actions(qtbot, open_window):
    window = open_window()
    window.action_shortcuts.trigger()
    dialog = window.shortcuts_dialog
    qtbot.waitUntil(dialog.isVisible)
    table = dialog.table
    assert table.columnCount() == 2
    assert [table.horizontalHeaderItem(c).text() for c in range(2)] == ["操作", "快捷键"]
    rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    native = QKeySequence.SequenceFormat.NativeText
    for action in window.actions():  # every action with a shortcut is listed, by its own name
        if action.shortcuts():
            assert any(action.shortcuts()[0].toString(native) in keys for keys in rows.values()), action.text()
    assert rows["后退"] == QKeySequence("Alt+Left").toString(native)
    assert QKeySequence("Ctrl+F").toString(native) in rows["搜索"]
    assert rows["清除搜索"] == "Esc"
    keys = " / ".join(rows.values())
    for key in ("Space", "B", ".", "PgDown", "Esc"):  # the presentation keys, which are no actions
        assert key in keys.split(" / "), key
    assert all("&" not in name and "(" not in name[-3:] for name in rows)
    dialog.close()


def test_menus_hold_the_usual_actions(qtbot, open_window):
    window = open_window()
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["文件(&F)", "编辑(&E)", "查看(&V)", "学习(&S)", "帮助(&H)"]
    assert window.findChild(type(window.tree), "navigatorTree") is window.tree
    assert window.detail.objectName() == "detailPane"
    assert window.search_field.objectName() == "searchField"


def test_a_database_that_is_not_sqlite_is_set_aside_untouched_and_reported(qtbot, open_window, tmp_path, dialog_calls):
    from netmkt_desktop.app import open_personal_data

    data = tmp_path / "d"
    data.mkdir()
    garbage = b"this is a student's essay, not a database" * 10
    (data / "netmkt.sqlite3").write_bytes(garbage)
    window = open_window()
    open_personal_data(window, data)
    (aside,) = data.glob("netmkt.sqlite3.damaged-*")
    assert aside.read_bytes() == garbage  # renamed, never changed or deleted
    (title, text), = dialog_calls["infos"]
    assert "损坏" in title and str(aside) in text
    assert window.session.store is not None  # a fresh, empty database in its place
    window.session.store.close()


def test_personal_data_opens_after_start(qtbot, open_window, tmp_path):
    from netmkt_desktop.app import open_personal_data

    window = open_window()
    open_personal_data(window, tmp_path / "fresh")
    assert window.session.store is not None and window.session.profile_id is not None
    profile_id = window.session.profile_id
    assert (tmp_path / "fresh" / "profiles" / str(profile_id) / "netmkt.sqlite3").is_file()
    assert not (tmp_path / "fresh" / "netmkt.sqlite3").exists()  # one file per profile, none shared
    window.session.store.close()


def test_outline_style_comes_after_the_first_paint_with_the_same_palette(qtbot, qapp, content, tmp_path):
    """The start-up paints with plain Fusion, then installs the style with visible outlines."""
    from netmkt_desktop.ui.outline_style import ThemeStyle, theme_style
    from netmkt_desktop.ui.theme import Theme, palette_for

    style_name = qapp.style().name()
    with app_wide_change():
        qapp.setStyle("Fusion")
    try:
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        settings.setValue("ui/theme", "dark")
        window = MainWindow(content, settings, outline_style_later=True)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        assert theme_style(qapp) is None
        assert qapp.palette().color(QPalette.ColorRole.Window) == palette_for(Theme.DARK).color(QPalette.ColorRole.Window)
        window.install_outline_style()
        assert isinstance(theme_style(qapp), ThemeStyle)
        assert qapp.palette().color(QPalette.ColorRole.Window) == palette_for(Theme.DARK).color(QPalette.ColorRole.Window)
        window.set_theme(Theme.LIGHT)
        assert isinstance(theme_style(qapp), ThemeStyle), "a later theme change keeps it"
    finally:
        with app_wide_change():
            qapp.setStyle(style_name or "Fusion")


@pytest.mark.parametrize("later", [False, True], ids=["theme change", "outline style after the first paint"])
def test_the_reading_text_keeps_its_zoomed_size_when_the_look_changes(qtbot, qapp, content, tmp_path, later):
    """Leaving high contrast (a style sheet) made Qt put back the text's size from before the zoom."""
    from netmkt_desktop.ui.theme import Theme

    style_name = qapp.style().name()
    try:
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        settings.setValue("ui/theme", "high_contrast")
        window = MainWindow(content, settings, outline_style_later=later)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.zoom.set_percent(200)
        if later:
            window.install_outline_style()
        else:
            window.set_theme(Theme.DARK)
        qapp.processEvents()
        ratio = window.detail.font().pointSizeF() / qapp.font().pointSizeF()
        assert ratio == pytest.approx(1.2)
    finally:
        window.set_theme(Theme.LIGHT, remember=False)
        with app_wide_change():
            qapp.setStyle(style_name or "Fusion")


def test_ctrl_wheel_over_the_reading_text_zooms_also_after_presentation_mode(qtbot, open_window):
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    window = open_window()

    def ctrl_wheel_over(widget):
        local = QPoint(20, 20)
        event = QWheelEvent(QPointF(widget.mapTo(window, local)), QPointF(widget.mapToGlobal(local)), QPoint(0, 0),
                            QPoint(0, 120), Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier,
                            Qt.ScrollPhase.NoScrollPhase, False)
        QApplication.sendEvent(window.windowHandle(), event)  # where the platform delivers it

    start = window.zoom.percent
    ctrl_wheel_over(window.detail.viewport())
    assert window.zoom.percent > start
    window.presentation.toggle()
    window.presentation.toggle()
    before = window.zoom.percent
    ctrl_wheel_over(window.tree.viewport())
    assert window.zoom.percent > before


# -- search that keeps its place (issue 15) -----------------------------------------------------


def type_chinese(widget, text: str) -> None:
    """Character by character, the way an input method sends them (qtbot cannot type Chinese)."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtGui import QKeyEvent

    for ch in text:
        QCoreApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_unknown,
                                                     Qt.KeyboardModifier.NoModifier, ch))


def test_typing_never_moves_the_reading_pane(qtbot, open_window):
    window = open_window()
    window.select_node("tier.manager")
    shown = []
    window.node_shown.connect(shown.append)
    window.search_field.setFocus()
    for prefix in ("区", "区块", "区块链"):
        type_chinese(window.search_field, prefix[-1])
        assert window.search_field.text() == prefix
        assert window.current_node_id() == "tier.manager"
    assert shown == [] and window.no_match.isVisible()
    window.search_field.setText("网络营销经理")  # a query that keeps the node: it stays selected
    assert window.current_node_id() == "tier.manager"
    assert window.tree.currentIndex().data(NODE_ID_ROLE) == "tier.manager"
    assert shown == []


def test_the_search_survives_switching_the_outline(qtbot, open_window, type_text):
    window = open_window()
    window.select_node("tier.manager")
    type_text(window.search_field, "区块链")  # nothing matches
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.search_field.text() == "区块链" and window.no_match.isVisible()
    assert window.current_node_id() == "tier.manager"
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.search_field.text() == "区块链"
    window.search_field.clear()
    type_text(window.search_field, "直播")
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.outline == Outline.TEXTBOOK and window.search_field.text() == "直播"
    ids = visible_ids(window)
    assert "wt.live_seller" in ids and "tier.manager" not in ids
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.search_field.text() == "直播" and "pos.marketing_planning" not in visible_ids(window)


def test_esc_clears_the_search_and_returns_to_the_node_being_read(qtbot, open_window, type_text):
    window = open_window()
    window.select_node("pos.content_marketing")
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    type_text(window.search_field, "直播")
    assert window.tree.currentIndex().data(NODE_ID_ROLE) != "pos.content_marketing"  # filtered away
    qtbot.keyClick(window.search_field, Qt.Key.Key_Escape)
    assert window.search_field.text() == ""
    assert window.current_node_id() == "pos.content_marketing"
    assert window.tree.currentIndex().data(NODE_ID_ROLE) == "pos.content_marketing"
    assert window.tree.selectionModel().isSelected(window.tree.currentIndex())
    assert window.tree.hasFocus()
    assert "pos.marketing_planning" in visible_ids(window)


def test_return_and_down_pick_the_first_match(qtbot, open_window):
    window = open_window()
    window.select_node("tier.manager")
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.search_field, "zbxsy")
    assert window.current_node_id() == "tier.manager"  # typing alone does not move it
    qtbot.keyClick(window.search_field, Qt.Key.Key_Return)
    assert window.current_node_id() == "wt.live_seller" and window.tree.hasFocus()
    window.search_field.setFocus()
    window.search_field.setText("主管")  # hides 直播销售员: nothing is selected in the tree
    assert not window.tree.currentIndex().isValid() and window.current_node_id() == "wt.live_seller"
    qtbot.keyClick(window.search_field, Qt.Key.Key_Down)
    assert window.tree.hasFocus() and window.current_node_id() == "topic.tiers"  # its text: 专员、主管…
    assert window.proxy.is_match(window.tree.currentIndex())


# -- feedback and the first start (issue 15) ----------------------------------------------------


def test_next_and_previous_follow_the_outline_shown(qtbot, open_window):
    window = open_window()
    assert window.outline == Outline.TOPICS
    window.select_node("topic.tiers")  # 岗位层级, a category of 按职业体系
    qtbot.keyClick(window.tree, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.outline == Outline.TOPICS and window.current_node_id() == "career_planning"
    qtbot.keyClick(window.tree, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert window.current_node_id() == "topic.tiers"


@pytest.mark.parametrize(("outline", "last"), [(Outline.TOPICS, "survey"), (Outline.TEXTBOOK, "tier.director")])
def test_the_last_node_says_the_end_is_reached_and_next_is_off(qtbot, open_window, outline, last):
    window = open_window()
    window._set_outline(outline)
    window.select_node(last)
    assert not window.action_next.isEnabled() and window.action_previous.isEnabled()
    assert "已经读到这个目录的最后一节" in window.detail.toPlainText()
    before = window.current_node_id()
    qtbot.keyClick(window.tree, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.current_node_id() == before
    window.go_previous()
    assert window.action_next.isEnabled() and "最后一节" not in window.detail.toPlainText()


def test_theme_and_zoom_changes_are_named_in_the_status_bar(qtbot, open_window):
    window = open_window()
    window.action_theme_cycle.trigger()
    assert window.statusBar().currentMessage() == f"主题:{window.theme.label}"
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.statusBar().currentMessage() == f"缩放:{window.zoom.percent}%" == "缩放:110%"


def test_the_first_start_puts_the_focus_in_the_tree(qtbot, open_window):
    window = open_window()
    assert window.tree.hasFocus() and not window.search_field.hasFocus()
    first = window.current_node_id()
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Down)
    assert window.current_node_id() != first
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Space)
    assert window.search_field.text() == ""
