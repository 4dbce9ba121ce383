"""背诵: the lists come from the content, and a list typed from memory is checked forgivingly (recitation)."""

from __future__ import annotations

import pytest

from netmkt_desktop.content import NodeKind
from netmkt_desktop.recitation import (
    check,
    fold,
    is_list_id,
    list_by_id,
    mastered,
    recitation_lists,
    same_text,
    without_number,
)


def test_every_list_of_the_section_is_there_with_its_items_from_the_content(content):
    lists = {lst.id: lst for lst in recitation_lists(content)}
    assert list(lists) == ["tasks:occ.internet_marketer", "work_types:occ.internet_marketer",
                           "tasks:occ.all_media_operator", "duties:staff_duties", "positions:common_positions",
                           "tiers:survey", "tier_rules:survey"]  # the textbook's order
    sizes = {list_id: len(lst.items) for list_id, lst in lists.items()}
    assert sizes == {"tasks:occ.internet_marketer": 7, "work_types:occ.internet_marketer": 4,
                     "tasks:occ.all_media_operator": 5, "duties:staff_duties": 5, "positions:common_positions": 6,
                     "tiers:survey": 4, "tier_rules:survey": 4}
    # the items are the content's own words, not typed again
    assert [i.answer for i in lists["tasks:occ.internet_marketer"].items] == list(
        content.node("occ.internet_marketer").tasks)
    assert [i.answer for i in lists["duties:staff_duties"].items] == list(content.node("staff_duties").duties)
    assert [i.answer for i in lists["positions:common_positions"].items] == [
        n.title for n in content.of_kind(NodeKind.POSITION)]
    assert {i.answer for i in lists["work_types:occ.internet_marketer"].items} == {
        n.title for n in content.of_kind(NodeKind.WORK_TYPE)}
    assert [i.answer for i in lists["tiers:survey"].items] == ["网络营销专员", "网络营销主管", "网络营销经理", "网络营销总监"]
    rules = lists["tier_rules:survey"].items
    assert [(i.cue, i.answer) for i in rules] == [
        ("千人以上的企业", "专员、主管、经理、总监"), ("500人以上的企业", "专员、主管或经理、总监"),
        ("500人以下的企业", "专员、经理"), ("网络营销业务较少的企业", "专员")]
    for lst in lists.values():
        assert content.node(lst.node_id) is not None and is_list_id(lst.id)
    assert lists["tasks:occ.internet_marketer"].ordered and not lists["positions:common_positions"].ordered


@pytest.mark.parametrize(("typed", "expected"), [
    ("研究数字化信息平台的用户定位和运营方式", "研究数字化信息平台的用户定位和运营方式。"),
    ("接受企业委托，对企业资质和产品质量等信息进行审核。", "接受企业委托,对企业资质和产品质量等信息进行审核。"),
    ("采集 分析销售数据  对企业或产品提出优化性建议", "采集、分析销售数据,对企业或产品提出优化性建议。"),
    ("社群运营／私域运营", "社群运营/私域运营"),
    ("ＡＢＣ营销", "abc营销"),
    ("“电商主播”", "电商主播"),
])
def test_punctuation_spaces_width_and_case_are_forgiven(typed, expected):
    assert same_text(typed, expected)


@pytest.mark.parametrize(("typed", "expected"), [
    ("研究数字化平台的用户定位和运营方式", "研究数字化信息平台的用户定位和运营方式。"),  # a word missing
    ("", "专员"), ("。 ,", "专员"),  # nothing typed is never right
    ("经理", "专员"),
])
def test_a_different_text_is_not_right(typed, expected):
    assert not same_text(typed, expected)


def test_a_typed_item_number_is_not_part_of_the_answer():
    assert without_number("(3)选定相关产品") == "选定相关产品"
    assert without_number("（３）选定") == "选定"
    assert without_number("3. 选定") == "选定" and without_number("3、选定") == "选定"
    assert without_number("500人以上的企业") == "500人以上的企业"  # a number that is the answer stays
    assert fold("（１）") == "1"


def test_an_ordered_list_with_one_item_wrong_scores_and_names_it(content):
    duties = list_by_id(content, "duties:staff_duties")
    typed = [item.answer for item in duties.items]
    typed[2] = "了解网络上同行的信息"
    attempt = check(duties, typed)
    assert (attempt.correct, attempt.total) == (4, 5)
    (wrong,) = attempt.wrong
    assert wrong.item.answer == "了解和搜集网络上各同行及竞争产品的动态信息。" and wrong.typed == "了解网络上同行的信息"
    assert not mastered(attempt.correct, attempt.total)
    assert mastered(*check(duties, [i.answer for i in duties.items])[2:])


def test_an_ordered_list_counts_a_right_item_on_the_wrong_line_as_wrong(content):
    tiers = list_by_id(content, "tiers:survey")
    attempt = check(tiers, ["专员", "经理", "主管", "总监"])  # short names count; the order matters
    assert attempt.correct == 2
    assert [line.item.answer for line in attempt.wrong] == ["网络营销主管", "网络营销经理"]


def test_a_list_in_any_order_matches_each_item_once_and_lists_what_matched_nothing(content):
    positions = list_by_id(content, "positions:common_positions")
    attempt = check(positions, ["营销策划", "电商 主播", "直播销售员", "营销策划", "私域运营", "", "内容营销"])
    assert attempt.correct == 4  # 营销策划 once, 电商主播, 社群运营/私域运营 by one of its names, 内容营销
    assert [line.item.answer for line in attempt.wrong] == ["新媒体营销", "网络推广"]
    assert attempt.unmatched == ("直播销售员", "营销策划")


def test_the_tier_rules_take_short_or_full_names_and_need_the_either(content):
    rules = list_by_id(content, "tier_rules:survey")
    attempt = check(rules, ["专员 主管 经理 总监", "网络营销专员、网络营销主管或网络营销经理、网络营销总监",
                            "专员、主管、总监", "专员。"])
    assert attempt.correct == 3
    assert attempt.wrong[0].item.cue == "500人以下的企业"
    assert check(rules, ["", "专员、主管、经理、总监", "", ""]).correct == 0  # 500人以上 has 主管 *or* 经理


def test_extra_lines_for_an_ordered_list_and_very_long_lines_are_harmless(content):
    tiers = list_by_id(content, "tiers:survey")
    attempt = check(tiers, ["专员", "主管", "经理", "总监", "董事长"])
    assert attempt.correct == 4 and attempt.unmatched == ("董事长",)
    assert check(tiers, ["专" * 100_000]).correct == 0


def test_list_ids():
    assert is_list_id("tasks:occ.internet_marketer") and is_list_id("tier_rules:survey")
    assert not is_list_id("tasks") and not is_list_id("poem:survey") and not is_list_id(3)
    assert not is_list_id("tasks:有空格 的id")
