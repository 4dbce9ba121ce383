import html
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from netmkt_desktop.content import Content, Node, NodeKind, Origin, OutlineItem
from netmkt_desktop.render import breadcrumb_text, escape, mark, render_node
from netmkt_desktop.tiers import Tier, suggested_focus


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


def text_of(html_text: str) -> str:
    """What the reader sees, roughly: tags dropped, entities undone."""
    return html.unescape(re.sub(r"<[^>]+>", "", html_text))


def test_position_shows_the_general_duties_as_the_books_words_under_the_apps_label(content):
    page = render_node(content, content.node("pos.ecommerce_host"))
    seen = text_of(page)
    assert "适用于各网络营销岗位" not in seen  # the app's inference is no longer dressed as the book's heading
    assert "【本软件根据教材整理,不是教材原文】" in seen
    assert "教材没有逐个岗位说明岗位职责。下面是教材“(二)网络营销人员的岗位职责”的原文" in seen
    assert "(5)按时完成销售任务及销售分析。" in seen
    assert seen.index("【本软件根据教材整理") < seen.index("教材原文:") < seen.index("(1)利用网络")


def test_position_names_the_tiers_once(content):
    seen = text_of(render_node(content, content.node("pos.ecommerce_host")))
    assert "岗位层级:岗位层级" not in seen
    assert "岗位层级:网络营销专员 → 网络营销主管 → 网络营销经理 → 网络营销总监" in seen


@pytest.mark.parametrize("tier", list(Tier))
def test_tier_page_quotes_the_textbook_sentence_with_its_place_and_a_labelled_suggestion(content, tier):
    page = render_node(content, content.node(tier.node_id))
    seen = text_of(page)
    sentence = content.node("survey").body[2].text
    assert sentence.startswith("随着网络营销岗位层级的提升") and sentence.endswith("网络营销的整体项目运作。")
    assert f"教材原文:“{sentence}”" in seen  # quoted exactly, the whole sentence
    assert "出自:知识拓展:网络营销职业现状调研(第一节 认识网络营销岗位 › 二、岗位认知 › (四)网络营销人员职业规划)" in seen
    assert 'href="node:survey"' in page
    assert suggested_focus(tier) in seen  # the one function plans, wizard and PDF use too
    assert seen.count("建议(教材未逐级规定)") == 1 and "大致对应" not in seen
    assert seen.index("【本软件根据教材整理") < seen.index("教材原文:")


def test_tier_page_hedges_which_companies_have_the_tier(content):
    seen = text_of(render_node(content, content.node("tier.supervisor")))
    assert "教材中一般设有此层级的企业" in seen
    assert "500人以上的企业(与网络营销经理二者设其一)" in seen


def test_tier_group_shows_company_size_table_as_the_apps_summary(content):
    page = render_node(content, content.node("topic.tiers"))
    assert "500人以上的企业" in page and "主管或经理" in page
    seen = text_of(page)
    assert "〔分类〕 · 本软件编写,不是教材原文" in seen
    assert "恰好500人的企业" in seen and "“基本”“主要设”" in seen


@pytest.mark.parametrize(("node_id", "label"), [
    ("occ.internet_marketer", "〔职业〕 · 教材原文"),
    ("survey", "〔知识拓展〕 · 教材原文"),
    ("topic.occupations", "〔分类〕 · 本软件编写,不是教材原文"),
    ("ext.classification_2022", "〔拓展资料〕 · 教材以外的资料,不是教材原文"),
])
def test_every_page_says_whose_words_it_holds(content, node_id, label):
    assert text_of(render_node(content, content.node(node_id))).startswith(label)


def test_extension_page_shows_the_related_place_not_a_textbook_source(content):
    seen = text_of(render_node(content, content.node("ext.live_seller_announced")))
    assert "教材出处" not in seen
    assert seen.endswith("相关教材位置:知识基石 › 第一节 认识网络营销岗位 › 一、职业认知")
    textbook = text_of(render_node(content, content.node("occ.internet_marketer")))
    assert "教材出处:知识基石 › 第一节 认识网络营销岗位 › 一、职业认知 › (一)互联网营销师" in textbook


def test_breadcrumb_marks_the_headings_the_app_added(content):
    assert breadcrumb_text(content, content.node("standard_2021")).endswith(
        "一、职业认知 › 互联网营销师国家职业技能标准(本软件所加)")
    assert breadcrumb_text(content, content.node("ext.classification_2022")).endswith("的规模(教材以外)")
    assert breadcrumb_text(content, content.node("topic.tiers")) == "岗位层级(本软件所加)"
    survey = breadcrumb_text(content, content.node("survey"))
    assert survey.endswith("(四)网络营销人员职业规划 › 知识拓展:网络营销职业现状调研")
    assert "本软件所加" not in survey and "教材以外" not in survey


def test_a_title_the_app_added_says_so_on_the_page(content):
    seen = text_of(render_node(content, content.node("standard_2021")))
    assert "(此标题为本软件所加,教材此处没有标题)" in seen
    assert "〔知识点〕 · 教材原文" in seen  # the paragraph itself is the book's


def test_a_printed_heading_that_holds_the_title_is_shown_once(content):
    page = render_node(content, content.node("occ.internet_marketer"))
    assert page.count("互联网营销师</h1>") == 1 and "<h1>(一)互联网营销师</h1>" in page
    assert "<b>(一)互联网营销师</b>" not in page
    box = text_of(render_node(content, content.node("sidebar.occupation_work_type_position")))
    assert "小资料\n职业、工种与岗位" in box  # a box's label, then its title


def test_section_contents_are_a_list_so_no_separator_runs_into_a_title(content):
    page = render_node(content, content.node("position_cognition"))
    assert '<li><a href="node:sidebar.occupation_work_type_position">小资料:职业、工种与岗位</a></li>' in page
    assert "、<a " not in page.split("本节内容")[1]


def test_the_2015_edition_note_stands_right_after_the_sentence_it_explains(content):
    seen = text_of(render_node(content, content.node("occupation_cognition")))
    sentence = "在互联网营销师中新增直播销售员工种。"
    note = "【教材以外的资料,不是教材原文】2020年7月6日"
    assert seen.index(sentence) < seen.index(note) < seen.index("2015年版") < seen.index("本节内容")
    assert "来源:人社部 2020 新职业公告" in seen
    assert "2015年版" not in text_of(render_node(content, content.node("wt.live_seller")))


def test_the_2021_standard_note_says_not_less_than_and_the_full_education_wording(content):
    seen = text_of(render_node(content, content.node("ext.standard_2021_levels")))
    assert "初中毕业(或相当文化程度)" in seen
    assert "五级不少于120标准学时" in seen and "二级和一级各不少于72标准学时" in seen
    assert "五级120标准学时" not in seen


def test_links_use_a_semicolon_where_a_title_has_its_own_dunhao():
    a = Node("a", NodeKind.TOPIC, "职业、工种与岗位", "t")
    b = Node("b", NodeKind.TOPIC, "岗位", "t")
    holder = Node("h", NodeKind.TOPIC, "h", "t", links=("a", "b"))
    content = Content([], {n.id: n for n in (a, b, holder)}, [OutlineItem(holder)], [])
    assert "职业、工种与岗位</a>;<a" in render_node(content, holder)
    plain = Node("h2", NodeKind.TOPIC, "h2", "t", links=("b", "b2"))
    b2 = Node("b2", NodeKind.TOPIC, "工种", "t")
    content = Content([], {n.id: n for n in (b, b2, plain)}, [OutlineItem(plain)], [])
    assert "岗位</a>、<a" in render_node(content, plain)




def test_a_packs_own_words_are_labelled_as_the_packs():
    node = Node("wang.live", NodeKind.CHAPTER, "直播带货实务", "wang", heading="补充一 直播带货实务")
    content = Content([], {node.id: node}, [OutlineItem(node)], [])
    assert text_of(render_node(content, node)).startswith("〔节〕 · 内容包编写,不是教材原文")
    assert breadcrumb_text(content, node) == "补充一 直播带货实务(内容包所加)"
    copied = Node("wang.s2", NodeKind.CHAPTER, "第二节", "wang", origin=Origin.TEXTBOOK)  # a teacher's transcription
    assert breadcrumb_text(Content([], {copied.id: copied}, [OutlineItem(copied)], []), copied) == "第二节"
