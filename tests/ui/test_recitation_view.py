"""背诵: reveal a list item by item, or type it from memory; the score is stored per profile (ui/recitation_view)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QInputMethodEvent

from netmkt_desktop.errors import StoreWriteError
from netmkt_desktop.storage.store import Store
from netmkt_desktop.ui.recitation_view import HIDDEN, RecitationView


@pytest.fixture
def store(tmp_path):
    opened = Store.open(tmp_path / "data")
    yield opened
    opened.close()


@pytest.fixture
def make_view(qtbot, content):
    def make(recitation=None) -> RecitationView:
        view = RecitationView(content, recitation)
        qtbot.addWidget(view)
        view.resize(700, 600)
        view.show()
        qtbot.waitExposed(view)
        return view

    return make


def type_into(qtbot, edit, text: str) -> None:
    """Type as an input method commits Chinese text (qtbot.keyClicks cannot type it)."""
    edit.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QCoreApplication.sendEvent(edit, event)


def choose(qtbot, view: RecitationView, list_id: str, typing: bool) -> None:
    index = next(i for i in range(view.list_combo.count()) if view.list_combo.itemData(i) == list_id)
    view.list_combo.setCurrentIndex(index)
    button = view.type_radio if typing else view.reveal_radio
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert button.isChecked()


def test_every_list_is_offered(make_view):
    view = make_view()
    titles = [view.list_combo.itemText(i) for i in range(view.list_combo.count())]
    assert titles == ["互联网营销师的主要工作任务(7 条)", "教材列出的互联网营销师的工种(4 条)",
                      "全媒体运营师的主要工作任务(5 条)", "网络营销人员的岗位职责(5 条)", "常见的网络营销岗位(6 条)",
                      "网络营销人员的岗位层级(由低到高)(4 条)", "不同规模的企业设置的岗位层级(4 条)"]


def test_space_reveals_the_items_one_at_a_time(qtbot, make_view):
    view = make_view()
    choose(qtbot, view, "duties:staff_duties", typing=False)
    items = [view.rows[n]["answer"] for n in range(5)]
    assert [i.text() for i in items] == [HIDDEN] * 5
    view.next_button.setFocus()
    qtbot.keyClick(view.next_button, Qt.Key.Key_Space)
    assert items[0].text() == "利用网络进行企业产品的销售及推广。" and items[1].text() == HIDDEN
    qtbot.keyClick(view.focusWidget(), Qt.Key.Key_Space)
    assert items[1].text() == "负责企业网上贸易平台的操作管理和产品信息的发布。" and items[2].text() == HIDDEN
    assert "已显示 2/5 条" in view.result_label.text()
    qtbot.mouseClick(view.all_button, Qt.MouseButton.LeftButton)
    assert HIDDEN not in [i.text() for i in items] and not view.next_button.isEnabled()
    qtbot.mouseClick(view.hide_button, Qt.MouseButton.LeftButton)
    items = [view.rows[n]["answer"] for n in range(5)]
    assert [i.text() for i in items] == [HIDDEN] * 5


def test_one_item_wrong_gives_the_score_names_the_item_and_stores_it_per_profile(qtbot, make_view, store):
    me = store.profiles.default().id
    other = store.profiles.create("乙").id
    view = make_view(store.profile(me).recitation)
    choose(qtbot, view, "duties:staff_duties", typing=True)
    answers = ["利用网络进行企业产品的销售及推广", "负责企业网上贸易平台的操作管理和产品信息的发布",
               "了解网络上同行的信息",  # wrong
               "通过网络进行渠道开发和业务拓展", "按时完成销售任务及销售分析"]
    for n, text in enumerate(answers):
        type_into(qtbot, view.rows[n]["edit"], text)
        qtbot.keyClick(view.rows[n]["edit"], Qt.Key.Key_Return)  # on to the next line; the last one checks
    assert view.attempt is not None
    assert "得分:4/5" in view.result_label.text()
    assert "(3) 正确:了解和搜集网络上各同行及竞争产品的动态信息。  你写的:了解网络上同行的信息" in view.result_label.text()
    assert [view.rows[n]["mark"].text() for n in range(5)] == ["✓", "✓", "✗", "✓", "✓"]
    assert view.rows[2]["right"].isVisible() and "了解和搜集" in view.rows[2]["right"].text()
    score = store.profile(me).recitation.scores()["duties:staff_duties"]
    assert (score.correct, score.total) == (4, 5)
    assert store.profile(other).recitation.scores() == {}
    assert "上次 4/5" in view.score_label.text()
    qtbot.mouseClick(view.again_button, Qt.MouseButton.LeftButton)
    assert view.rows[0]["edit"].text() == "" and not view.again_button.isVisible()


def test_return_moves_to_the_next_empty_line_until_all_are_filled(qtbot, make_view, store):
    view = make_view(store.profile(store.profiles.default().id).recitation)
    choose(qtbot, view, "tiers:survey", typing=True)
    type_into(qtbot, view.rows[0]["edit"], "网络营销专员")
    qtbot.keyClick(view.rows[0]["edit"], Qt.Key.Key_Return)
    assert view.focusWidget() is view.rows[1]["edit"] and view.attempt is None
    type_into(qtbot, view.rows[2]["edit"], "经理")
    qtbot.keyClick(view.rows[2]["edit"], Qt.Key.Key_Return)
    assert view.focusWidget() is view.rows[3]["edit"] and view.attempt is None
    qtbot.keyClick(view.rows[3]["edit"], Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # checks at once
    assert view.attempt is not None and "得分:2/4" in view.result_label.text()
    assert "(没有写)" in view.result_label.text()


def test_typing_forgives_punctuation_spaces_and_full_width_forms(qtbot, make_view):
    view = make_view()
    choose(qtbot, view, "tasks:occ.all_media_operator", typing=True)
    lst = view.current_list()
    for n, item in enumerate(lst.items):
        text = item.answer.replace(",", ",").replace("、", " ").rstrip("。")
        type_into(qtbot, view.rows[n]["edit"], f"({n + 1}){text}")
    qtbot.mouseClick(view.check_button, Qt.MouseButton.LeftButton)
    assert "得分:5/5" in view.result_label.text() and "全部背对了" in view.result_label.text()


def test_a_list_in_any_order_names_what_was_missed_and_what_is_not_on_it(qtbot, make_view):
    view = make_view()
    choose(qtbot, view, "positions:common_positions", typing=True)
    for n, text in enumerate(["营销策划", "电商主播", "直播销售员", "私域运营", "", "内容营销"]):
        if text:
            type_into(qtbot, view.rows[n]["edit"], text)
    qtbot.mouseClick(view.check_button, Qt.MouseButton.LeftButton)
    result = view.result_label.text()
    assert "得分:4/6" in result
    assert "没有背出的:新媒体营销、网络推广" in result and "不在这个清单里的:直播销售员" in result
    assert [view.rows[n]["mark"].text() for n in range(6)] == ["✓", "✓", "✗", "✓", "✗", "✓"]


def test_typed_markup_shows_as_plain_text(qtbot, make_view):
    view = make_view()
    choose(qtbot, view, "tiers:survey", typing=True)
    type_into(qtbot, view.rows[0]["edit"], "<b>专员</b><img src='http://example.com/x.png'>")
    qtbot.mouseClick(view.check_button, Qt.MouseButton.LeftButton)
    assert view.result_label.textFormat() == Qt.TextFormat.PlainText
    assert "<img src='http://example.com/x.png'>" in view.result_label.text()


def test_a_score_that_cannot_be_saved_says_so(qtbot, make_view, store, monkeypatch):
    recitation = store.profile(store.profiles.default().id).recitation

    def fail(*_args):
        raise StoreWriteError("保存背诵成绩没有完成:磁盘已满。")

    monkeypatch.setattr(recitation, "record", fail)
    view = make_view(recitation)
    choose(qtbot, view, "tiers:survey", typing=True)
    qtbot.mouseClick(view.check_button, Qt.MouseButton.LeftButton)
    assert "得分:0/4" in view.result_label.text() and "成绩没有保存:保存背诵成绩没有完成:磁盘已满。" in view.result_label.text()


def test_view_in_textbook_asks_for_the_lists_node(qtbot, make_view):
    view = make_view()
    choose(qtbot, view, "tier_rules:survey", typing=False)
    with qtbot.waitSignal(view.node_requested) as asked:
        qtbot.mouseClick(view.view_node_button, Qt.MouseButton.LeftButton)
    assert asked.args == ["survey"]
    cues = [view.rows[n]["cue"].text() for n in range(4)]
    assert cues == ["千人以上的企业", "500人以上的企业", "500人以下的企业", "网络营销业务较少的企业"]
