import pytest
from PySide6.QtCore import Qt

from netmkt_desktop.content import NodeKind
from netmkt_desktop.ui.navigator import NODE_ID_ROLE, ContentTreeModel, NodeFilterProxy, Outline
from netmkt_desktop.ui.progress_model import ProgressMarks


def test_models_pass_the_model_tester(qtmodeltester, content):
    for outline in Outline:
        qtmodeltester.check(ContentTreeModel(content, outline))


def test_filtered_proxy_passes_the_model_tester(qtmodeltester, content):
    proxy = NodeFilterProxy()
    proxy.setSourceModel(ContentTreeModel(content, Outline.TOPICS))
    proxy.set_query("直播")
    qtmodeltester.check(proxy)


def test_every_node_has_an_icon_and_a_title(qapp, content):
    model = ContentTreeModel(content, Outline.TEXTBOOK)
    seen = set()
    stack = [model.index(r, 0) for r in range(model.rowCount())]
    while stack:
        index = stack.pop()
        seen.add(index.data(NODE_ID_ROLE))
        assert index.data(Qt.ItemDataRole.DisplayRole)
        assert not index.data(Qt.ItemDataRole.DecorationRole).isNull()
        stack.extend(model.index(r, 0, index) for r in range(model.rowCount(index)))
    assert seen == {n.id for n in content.reading_order}


def test_textbook_outline_shows_the_textbook_headings(qapp, content):
    model = ContentTreeModel(content, Outline.TEXTBOOK)
    occupation = model.find("occ.internet_marketer")
    assert occupation.data() == "(一)互联网营销师"
    assert model.find("survey").data() == "知识拓展:网络营销职业现状调研"
    topics = ContentTreeModel(content, Outline.TOPICS)
    assert topics.find("occ.internet_marketer").data() == "互联网营销师"
    assert topics.find("occ.internet_marketer").parent().data() == "职业"


def test_filter_keeps_matches_and_their_ancestors(qapp, content):
    proxy = NodeFilterProxy()
    proxy.setSourceModel(ContentTreeModel(content, Outline.TOPICS))
    proxy.set_query("选品")
    rows = []
    stack = [proxy.index(r, 0) for r in range(proxy.rowCount())]
    while stack:
        index = stack.pop()
        rows.append(index.data(NODE_ID_ROLE))
        stack.extend(proxy.index(r, 0, index) for r in range(proxy.rowCount(index)))
    assert "wt.product_selector" in rows
    assert "topic.occupations" in rows  # ancestor kept
    assert "pos.ecommerce_host" not in rows
    assert all(content.node(i).kind != NodeKind.TIER for i in rows)


@pytest.mark.parametrize("query", ["直播", "zbxsy", "岗位", "没有这个词"])
@pytest.mark.parametrize("outline", list(Outline))
def test_filtered_outline_with_marks_passes_the_model_tester(qtmodeltester, content, query, outline):
    marks = ProgressMarks(content)
    marks.set_learned({"wt.live_seller", "survey"})
    proxy = NodeFilterProxy()
    proxy.setSourceModel(ContentTreeModel(content, outline, marks=marks))
    proxy.set_query(query, {"survey": "直播笔记"})
    qtmodeltester.check(proxy)


def test_rows_show_an_arrow_only_when_a_match_is_below(qapp, content):
    proxy = NodeFilterProxy()
    proxy.setSourceModel(ContentTreeModel(content, Outline.TOPICS))
    proxy.set_query("岗位层级")  # the group 岗位层级 matches itself; nothing below it says so
    group = next(proxy.index(r, 0) for r in range(proxy.rowCount()) if proxy.index(r, 0).data(NODE_ID_ROLE) == "topic.tiers")
    assert proxy.is_match(group)
    assert proxy.hasChildren(group) == (proxy.rowCount(group) > 0)
