import html

from hypothesis import given
from hypothesis import strategies as st

from netmkt_desktop.content import Node, NodeKind
from netmkt_desktop.render import escape, mark, render_node


@given(st.text())
def test_escape_is_what_the_standard_library_does(text):
    assert escape(text) == html.escape(text, quote=True)


def test_markup_in_content_is_shown_literally(content):
    node = Node(id="x", kind=NodeKind.TOPIC, title='<img src="http://example.invalid/a.png">', pack_id="t",
                heading="<script>alert(1)</script>", body=())
    html = render_node(content, node)
    assert "<img" not in html and "<script" not in html
    assert "&lt;img src=&quot;http://example.invalid/a.png&quot;&gt;" in html
    assert "&lt;script&gt;" in html


def test_highlight_wraps_each_match_and_escapes_the_rest():
    assert mark("a<b>直播c直播", "直播").count("<span") == 2
    assert "&lt;b&gt;" in mark("a<b>直播c", "直播")
    assert mark("ABC", "b") == 'A<span style="background-color:#ffe14d;color:#000000;">B</span>C'


def test_occupation_renders_numbered_tasks_and_links(content):
    html = render_node(content, content.node("occ.internet_marketer"))
    assert "(1)研究数字化信息平台的用户定位和运营方式。" in html
    assert 'href="node:wt.live_seller"' in html


def test_extension_shows_its_source_label(content):
    html = render_node(content, content.node("ext.classification_2022"))
    assert "来源" in html and "人社部 2022-09 发布会报道" in html
    assert "不是教材原文" in html


def test_position_shows_general_duties_labelled_as_general(content):
    html = render_node(content, content.node("pos.ecommerce_host"))
    assert "适用于各网络营销岗位" in html
    assert "(5)按时完成销售任务及销售分析。" in html


def test_tier_group_shows_company_size_table(content):
    html = render_node(content, content.node("topic.tiers"))
    assert "500人以上的企业" in html and "主管或经理" in html
