import pytest
from PySide6.QtCore import Qt

from netmkt_desktop.storage.memory import open_guest
from netmkt_desktop.ui import dialogs
from netmkt_desktop.ui.bookmarks_view import BookmarksView
from netmkt_desktop.ui.navigator import NODE_ID_ROLE


@pytest.fixture
def filled(study_data):
    study_data.study.bookmark("survey", True)
    study_data.study.bookmark("pos.ecommerce_host", True)
    study_data.study.save_note("wt.live_seller", "直播销售员:要练口才\n<b>第二行</b>")
    study_data.study.save_note("tier.director", "总监负责整体项目运作")
    return study_data


@pytest.fixture
def view(qtbot, content, filled):
    widget = BookmarksView(content, filled.study)
    qtbot.addWidget(widget)
    widget.resize(600, 500)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_lists_show_bookmarks_and_notes(view):
    assert view.objectName() == "bookmarksView" and view.accessibleName() == "收藏与笔记"
    assert view.node_ids(view.bookmarks_list) == ["survey", "pos.ecommerce_host"]
    assert sorted(view.node_ids(view.notes_list)) == ["tier.director", "wt.live_seller"]
    assert view.bookmarks_label.text() == "收藏(2)" and view.notes_label.text() == "笔记(2)"
    first = view.bookmarks_list.item(0).text()
    assert first.startswith("★ 网络营销职业现状调研\n知识基石 › 第一节 认识网络营销岗位 › 二、岗位认知")
    texts = [view.notes_list.item(r).text() for r in range(view.notes_list.count())]
    assert any(t.startswith("直播销售员") and "直播销售员:要练口才 <b>第二行</b>" in t for t in texts)


def test_activation_emits_the_node_id(qtbot, view):
    rect = view.bookmarks_list.visualItemRect(view.bookmarks_list.item(1))
    qtbot.mouseClick(view.bookmarks_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(view.node_activated, timeout=1000) as blocker:
        qtbot.mouseDClick(view.bookmarks_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == ["pos.ecommerce_host"]
    view.notes_list.setFocus()
    view.notes_list.setCurrentRow(0)
    expected = view.notes_list.item(0).data(NODE_ID_ROLE)
    with qtbot.waitSignal(view.node_activated, timeout=1000) as blocker:
        qtbot.keyClick(view.notes_list, Qt.Key.Key_Return)
    assert blocker.args == [expected]


def test_unstar(qtbot, view, filled):
    view.bookmarks_list.setCurrentRow(0)
    qtbot.mouseClick(view.unstar_button, Qt.MouseButton.LeftButton)
    assert filled.study.bookmarks() == ["pos.ecommerce_host"]
    assert view.node_ids(view.bookmarks_list) == ["pos.ecommerce_host"]


def test_empty_lists_say_so(qtbot, content):
    guest = open_guest()
    widget = BookmarksView(content, guest.study)
    qtbot.addWidget(widget)
    assert widget.bookmarks_label.text() == "收藏(0)" and widget.node_ids(widget.bookmarks_list) == []
    assert widget.bookmarks_list.item(0).text().startswith("还没有收藏")
    assert not widget.unstar_button.isEnabled()


def test_a_node_gone_from_the_content_is_shown_but_not_opened(qtbot, view, filled):
    filled.study.bookmark("removed.by_teacher", True)
    view.refresh()
    row = view.node_ids(view.bookmarks_list).index("removed.by_teacher")
    item = view.bookmarks_list.item(row)
    assert "内容中已没有这一节" in item.text()
    with qtbot.assertNotEmitted(view.node_activated):
        view.bookmarks_list.itemActivated.emit(item)
    view.bookmarks_list.setCurrentRow(row)
    qtbot.mouseClick(view.unstar_button, Qt.MouseButton.LeftButton)  # can still be removed
    assert "removed.by_teacher" not in filled.study.bookmarks()


def test_export_markdown(qtbot, view, tmp_path, monkeypatch):
    target = tmp_path / "我的笔记.md"
    asked = []

    def answer(parent, title, suggested, filters):
        asked.append((title, suggested, filters))
        return str(target)

    monkeypatch.setattr(dialogs, "ask_save_path", answer)
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    assert asked and asked[0][1].endswith(".md") and "*.md" in asked[0][2]
    text = target.read_text(encoding="utf-8")
    assert text.startswith("# 我的学习笔记")
    assert "- **网络营销职业现状调研**" in text and "- **电商主播**" in text
    assert "### 直播销售员" in text and "直播销售员:要练口才\n<b>第二行</b>" in text
    assert "### 网络营销总监" in text and "总监负责整体项目运作" in text
    assert "位置:知识基石 › 第一节 认识网络营销岗位 › 二、岗位认知 › (四)网络营销人员职业规划" in text
    assert str(target) in view.status_label.text()


def test_export_cancelled_or_failing(qtbot, view, tmp_path, monkeypatch, dialog_calls):
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a: "")
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    assert dialog_calls["errors"] == [] and view.status_label.text() == ""
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a: str(tmp_path / "no" / "such" / "x.md"))
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    assert dialog_calls["errors"] and dialog_calls["errors"][0][0] == "没有导出"
