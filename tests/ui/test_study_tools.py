import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QPalette

from netmkt_desktop.storage.store import Store
from netmkt_desktop.ui.main_window import MainWindow
from netmkt_desktop.ui.navigator import NODE_ID_ROLE, Outline
from netmkt_desktop.ui.theme import contrast_ratio


@pytest.fixture
def open_window(qtbot, content, tmp_path):
    stores = []

    def make() -> MainWindow:
        store = Store.open(tmp_path / "data")
        stores.append(store)
        win = MainWindow(content, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
        qtbot.addWidget(win)
        win.session.attach_store(store)
        with qtbot.waitActive(win):
            win.show()
            win.activateWindow()
        return win

    yield make
    for store in stores:
        store.close()


def test_space_in_the_tree_marks_a_node_learned(qtbot, open_window):
    window = open_window()
    window.select_node("occ.internet_marketer")
    window.tree.setFocus()
    qtbot.keyClick(window.tree, Qt.Key.Key_Space)
    tools = window.study_tools
    assert "occ.internet_marketer" in window.session.store.profile(window.session.profile_id).study.learned()
    assert window.tree.currentIndex().data(Qt.ItemDataRole.CheckStateRole) in (Qt.CheckState.Checked, 2)
    assert "1/" in tools.progress_view.summary()
    assert tools.action_learned.isChecked()
    qtbot.keyClick(window.tree, Qt.Key.Key_Space)
    assert "occ.internet_marketer" not in window.session.store.profile(window.session.profile_id).study.learned()


def test_a_note_typed_just_before_closing_is_kept(qtbot, open_window, type_text):
    window = open_window()
    window.select_node("staff_duties")
    editor = window.study_tools.notes_editor
    assert editor.isVisible() and editor.objectName() == "notesEditor"
    type_text(editor.edit, "职责第(3)条要记住")
    window.close()  # right after typing: no wait for the autosave
    assert window.session.store.profile(window.session.profile_id).study.note("staff_duties") == "职责第(3)条要记住"


def test_switching_node_keeps_the_note_of_the_previous_one(qtbot, open_window, type_text):
    window = open_window()
    window.select_node("tier.manager")
    editor = window.study_tools.notes_editor
    type_text(editor.edit, "经理:策划")
    window.select_node("tier.director")
    assert window.session.store.profile(window.session.profile_id).study.note("tier.manager") == "经理:策划"
    window.select_node("tier.manager")
    assert "经理:策划" in editor.text()


def test_ctrl_d_stars_a_node_and_the_list_shows_it(qtbot, open_window):
    window = open_window()
    window.select_node("pos.content_marketing")
    qtbot.keyClick(window.tree, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert window.session.store.profile(window.session.profile_id).study.bookmarks() == ["pos.content_marketing"]
    view = window.study_tools.bookmarks_view
    window.show_tab(view)
    assert view.isVisible()
    assert "内容营销" in view.bookmarks_list.item(0).text()
    assert window.study_tools.action_bookmark.isChecked()


def test_search_results_list_content_and_notes(qtbot, open_window, type_text):
    window = open_window()
    window.session.store.profile(window.session.profile_id).study.save_note("tier.director", "我想做直播项目的总监")
    window.study_tools.attach(window.study_tools.data)
    type_text(window.search_field, "直播")
    results = window.study_tools.search_results
    qtbot.waitUntil(lambda: "搜索结果 (" in window.tabs.tabText(window.tabs.indexOf(results)))
    label = window.tabs.tabText(window.tabs.indexOf(results))
    assert int(label.split("(")[1].rstrip(")")) == len(results.hits) >= 3
    assert any(h.field == "note" and h.node_id == "tier.director" for h in results.hits)
    assert results.hits[0].field == "title"


def test_continue_where_the_student_stopped(qtbot, open_window):
    window = open_window()
    window.select_node("pos.marketing_planning")
    window.close()
    again = open_window()
    again.select_node("foundation")
    qtbot.keyClick(again, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert again.current_node_id() == "pos.marketing_planning"


def test_quiz_link_opens_the_answer_node(qtbot, open_window):
    window = open_window()
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    quiz = window.study_tools.quiz_view
    assert window.tabs.currentWidget() is quiz
    quiz.node_requested.emit("survey")
    assert window.current_node_id() == "survey"
    assert window.tabs.currentWidget() is window.reading_splitter


def test_presentation_mode_hides_notes_and_study_tabs(qtbot, open_window):
    window = open_window()
    window.select_node("survey")  # reading, not on the start page of a first start
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert not window.study_tools.notes_editor.isVisible()
    visible = [window.tabs.widget(i) for i in range(window.tabs.count()) if window.tabs.isTabVisible(i)]
    assert visible == [window.start_page, window.reading_splitter]  # the picture of the section may show
    qtbot.keyClick(window.detail, Qt.Key.Key_Escape)
    assert window.study_tools.notes_editor.isVisible()


# -- search: one matcher for the tree, the highlight and the 搜索结果 list (issue 15) --------------


def tree_matches(window) -> set[str]:
    """Node ids of the tree's rows that match the query themselves (expanded or not)."""
    proxy, found = window.proxy, set()
    stack = [proxy.index(r, 0) for r in range(proxy.rowCount())]
    while stack:
        index = stack.pop()
        if proxy.is_match(index):
            found.add(index.data(NODE_ID_ROLE))
        stack.extend(proxy.index(r, 0, index) for r in range(proxy.rowCount(index)))
    return found


def results_after_typing(qtbot, window) -> tuple[set[str], int]:
    results = window.study_tools.search_results
    tab = window.tabs.indexOf(results)
    qtbot.waitUntil(lambda: results.query == window.search_field.text().strip())
    label = window.tabs.tabText(tab)
    return {h.node_id for h in results.hits}, int(label.split("(")[1].rstrip(")"))


@pytest.mark.parametrize("query", ["zbxsy", "zbxs", "zhibo", "直播"])
@pytest.mark.parametrize("outline", [Outline.TOPICS, Outline.TEXTBOOK])
def test_tree_and_results_find_the_same_nodes(qtbot, open_window, query, outline):
    window = open_window()
    window._set_outline(outline)
    window.search_field.setFocus()
    qtbot.keyClicks(window.search_field, query) if query.isascii() else window.search_field.setText(query)
    assert not window.no_match.isVisible()
    found, count = results_after_typing(qtbot, window)
    assert "wt.live_seller" in found and count == len(found)
    assert tree_matches(window) == found  # ids of the nodes; topic groups count in either outline
    window._set_outline(Outline.TEXTBOOK if outline == Outline.TOPICS else Outline.TOPICS)
    assert tree_matches(window) - {"topic.occupations", "topic.positions", "topic.tiers"} \
        == found - {"topic.occupations", "topic.positions", "topic.tiers"}


def test_a_note_that_matches_shows_its_node_in_the_tree_too(qtbot, open_window, type_text):
    window = open_window()
    window.session.store.profile(window.session.profile_id).study.save_note("tier.director", "我想做量子营销")
    window.study_tools.attach(window.study_tools.data)
    type_text(window.search_field, "量子营销")
    found, count = results_after_typing(qtbot, window)
    assert found == {"tier.director"} and count == 1
    assert tree_matches(window) == {"tier.director"} and not window.no_match.isVisible()


def test_pinyin_match_is_highlighted_in_the_title(qtbot, open_window):
    window = open_window()
    window.select_node("wt.live_seller")
    window.search_field.setFocus()
    qtbot.keyClicks(window.search_field, "zbxs")
    title = window.detail.document().find("直播销售员").selectionStart()
    cursor = window.detail.textCursor()

    def background(i: int) -> str:  # of the title's character i (a cursor's format is the one before it)
        cursor.setPosition(title + i + 1)
        return cursor.charFormat().background().color().name()

    assert [background(i) == "#ffe14d" for i in range(5)] == [True, True, True, True, False]  # 员 not typed


# -- zoom that scales everything, at 1024x768 (issue 15) -----------------------------------------


@pytest.mark.parametrize("percent", [200, 300])
@pytest.mark.parametrize("theme", ["light", "high_contrast"])
def test_at_a_big_zoom_every_action_and_tab_can_be_reached(qtbot, open_window, percent, theme):
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QToolButton

    from netmkt_desktop.ui.theme import Theme

    window = open_window()
    window.install_outline_style()
    window.set_theme(Theme(theme))
    window.resize(1024, 768)
    size = window.zoom.base_font.pointSizeF() * percent / 100
    window.zoom.set_percent(percent)
    bar = window.tabs.tabBar()
    qtbot.waitUntil(lambda: bar.font().pointSizeF() == pytest.approx(size))  # the font reaches the widgets
    toolbars = [window.toolbar, window.plans_toolbar]

    def whole() -> bool:  # every action shows, and no overflow menu would open over the search field
        extensions = [tb.findChild(QToolButton, "qt_toolbar_ext_button") for tb in toolbars]
        return all(tb.widgetForAction(a).isVisible() for tb in toolbars for a in tb.actions()) \
            and not any(e is not None and e.isVisibleTo(e.parentWidget()) for e in extensions)

    qtbot.waitUntil(whole)
    toolbars_end = max(tb.mapTo(window, QPoint(0, tb.height())).y() for tb in toolbars)
    assert window.search_field.mapTo(window, QPoint(0, 0)).y() >= toolbars_end
    # the tabs that do not fit are behind scroll buttons as big as the text, with visible arrows
    scrollers = [b for b in bar.findChildren(QToolButton) if b.isVisible()]
    assert scrollers, "the tabs fit without scrolling at this size"
    for button in scrollers:
        assert button.width() >= window.fontMetrics().height() * 0.9
        image = button.grab().toImage()
        background = window.palette().color(QPalette.ColorRole.Button)
        inner = [QColor(image.pixel(x, y)) for y in range(image.height() // 3, 2 * image.height() // 3)
                 for x in range(image.width() // 3, 2 * image.width() // 3)]
        assert sum(contrast_ratio(c, background) >= 3 for c in inner) >= len(inner) // 10  # an arrow shows
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        assert bar.tabRect(index).intersects(bar.rect())


# -- feedback on the page, first start (issue 15) ------------------------------------------------


def test_the_page_says_whether_it_is_learned_and_bookmarked(qtbot, open_window):
    window = open_window()
    window.select_node("pos.content_marketing")
    text = window.detail.toPlainText()
    assert "还没有标记为已学会" in text and "未收藏" in text
    qtbot.keyClick(window.tree, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.tree, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    text = window.detail.toPlainText()
    assert "✓ 已学会" in text and "★ 已收藏" in text
    window.select_node("topic.occupations")  # a category: it cannot be learned, only bookmarked
    assert "已学会" not in window.detail.toPlainText() and "收藏" in window.detail.toPlainText()


def test_a_category_cannot_be_marked_learned(qtbot, open_window):
    window = open_window()
    window.select_node("topic.occupations")  # 职业
    window.tree.setFocus()
    qtbot.keyClick(window.tree, Qt.Key.Key_Space)
    qtbot.keyClick(window.tree, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.session.store.profile(window.session.profile_id).study.learned() == set()
    assert not window.study_tools.action_learned.isChecked()
    assert "分类" in window.statusBar().currentMessage()
    assert window.tree.currentIndex().data(Qt.ItemDataRole.CheckStateRole) is None
    assert "0/32" in window.study_tools.progress_view.summary()


def test_the_end_of_the_outline_offers_the_quiz(qtbot, open_window):
    window = open_window()
    window.select_node("survey")  # the last row of 按职业体系
    assert "做一套自测题" in window.detail.toPlainText()
    found = window.detail.document().find("做一套自测题")
    cursor = window.detail.textCursor()
    cursor.setPosition(found.selectionStart() + 1)
    window.detail.setTextCursor(cursor)
    window.detail.ensureCursorVisible()
    position = window.detail.cursorRect(cursor).center()
    qtbot.mouseClick(window.detail.viewport(), Qt.MouseButton.LeftButton, pos=position)
    assert window.tabs.currentWidget() is window.study_tools.quiz_view


def test_continue_with_nothing_to_continue_says_so(qtbot, open_window):
    window = open_window()
    assert window.preferences.last_node(profile_only=True) == ""
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert "还没有可以继续的学习位置" in window.statusBar().currentMessage()


def test_at_the_first_start_space_marks_the_first_row(qtbot, open_window):
    window = open_window()
    assert window.tree.hasFocus()
    qtbot.keyClick(window.tree, Qt.Key.Key_Down)
    node = window.current_node_id()
    qtbot.keyClick(window.tree, Qt.Key.Key_Space)
    assert window.session.store.profile(window.session.profile_id).study.learned() == {node}


def test_a_node_shows_one_total_in_both_outlines_and_the_chart_adds_up(qtbot, open_window):
    import re

    window = open_window()
    texts = {outline: window.models[outline].find("occ.internet_marketer").data() for outline in Outline}
    totals = {outline: re.search(r"(\d+)/(\d+)$", text).group(2) for outline, text in texts.items()}
    assert totals[Outline.TOPICS] == totals[Outline.TEXTBOOK], texts
    window.select_node("wt.live_seller")  # one of 一、职业认知's 15 nodes
    qtbot.keyClick(window.tree, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    summary = window.study_tools.progress_view.summary()
    assert "一、职业认知 1/15 · 7%" in summary  # rounded to nearest: 6.7 % reads 7 %
    whole, *parts = re.findall(r"(\d+)/(\d+) · \d+%", summary)
    assert sum(int(total) for _, total in parts) == int(whole[1])
    root = window.models[Outline.TEXTBOOK].find("foundation").data()
    assert root.endswith(f"1/{whole[1]}")  # 知识基石 in the tree and the chart's whole agree
