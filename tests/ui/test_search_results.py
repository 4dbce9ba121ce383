import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from netmkt_desktop.search import Hit, SearchIndex
from netmkt_desktop.ui.search_results import HIT_ROLE, SearchResultsView, highlighted

YELLOW = QColor("#ffe14d").rgb()  # render.HIGHLIGHT_STYLE


@pytest.fixture(scope="module")
def index(content):
    return SearchIndex(content)


@pytest.fixture
def view(qtbot):
    widget = SearchResultsView()
    qtbot.addWidget(widget)
    widget.resize(600, 500)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_results_show_badges_and_highlighted_snippets(view, index, study_data):
    study_data.study.save_note("survey", "笔记里也提到<b>直播</b>带货")
    hits = index.search("直播", study_data.study.notes())
    view.set_results(hits, "直播")
    assert view.objectName() == "searchResults" and view.list.model().rowCount() == len(hits)
    assert view.count_label.text() == f"“直播”共 {len(hits)} 条结果"
    fields = [h.field for h in hits]
    assert {"title", "text", "note"} <= set(fields)
    mark = '<span style="background-color:#ffe14d;color:#000000;">直播</span>'
    for row, hit in enumerate(hits):
        html = view.item_html(row)
        assert mark in html
        assert {"title": "标题", "text": "正文", "note": "笔记"}[hit.field] in html
        assert view.list.model().index(row, 0).data(HIT_ROLE) == hit
    note_row = fields.index("note")
    html = view.item_html(note_row)
    assert "&lt;b&gt;" in html and "<b>直播</b>" not in html  # the note's markup shows literally
    accessible = view.list.model().index(note_row, 0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert accessible.startswith("笔记 网络营销职业现状调研:")


def test_the_highlight_is_painted(qtbot, view, index):
    view.set_results(index.search("直播"), "直播")
    image = view.list.viewport().grab().toImage()
    yellow = sum(image.pixel(x, y) == YELLOW
                 for y in range(0, image.height(), 2) for x in range(0, image.width(), 2))
    assert yellow > 20


def test_highlighted_escapes_and_wraps_every_span():
    text = "<a>直播&直播"
    assert highlighted(text, ((3, 5), (6, 8))) == (
        '&lt;a&gt;<span style="background-color:#ffe14d;color:#000000;">直播</span>&amp;'
        '<span style="background-color:#ffe14d;color:#000000;">直播</span>')
    assert highlighted("abc", ((2, 9), (0, 1), (0, 1))).count("<span") == 2


def test_click_and_enter_emit_the_node_id(qtbot, view, index):
    hits = index.search("直播")
    view.set_results(hits, "直播")
    rect = view.list.visualRect(view.list.model().index(2, 0))
    with qtbot.waitSignal(view.node_activated) as blocker:
        qtbot.mouseClick(view.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [hits[2].node_id]
    view.list.setFocus()
    qtbot.keyClick(view.list, Qt.Key.Key_Down)
    with qtbot.waitSignal(view.node_activated) as blocker:
        qtbot.keyClick(view.list, Qt.Key.Key_Return)
    assert blocker.args == [hits[3].node_id]


def test_no_results(view):
    view.set_results([], "不存在的词")
    assert view.list.model().rowCount() == 0 and view.count_label.text() == "没有找到“不存在的词”。"
    view.set_results([Hit("survey", "调研", "text", "…调研…", ((1, 3),), 1.0)])
    assert view.count_label.text() == "共 1 条结果"


def test_rows_grow_with_the_font(qtbot, view, index):
    view.set_results(index.search("直播"), "直播")
    small = view.list.visualRect(view.list.model().index(0, 0)).height()
    font = view.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    view.setFont(font)
    qtbot.waitUntil(lambda: view.list.visualRect(view.list.model().index(0, 0)).height() > small * 1.5)
