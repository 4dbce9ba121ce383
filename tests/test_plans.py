"""Career-plan rules: validation for the wizard, suggestions from the content, the plan file."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from netmkt_desktop.plans import (
    CLASS_LIMIT,
    GOAL_TEXT_LIMIT,
    NAME_LIMIT,
    TITLE_LIMIT,
    CareerPlan,
    PlanFileError,
    TierGoal,
    allowed_goal_tiers,
    check_class_name,
    check_goal,
    check_goal_order,
    check_plan,
    check_student_name,
    check_title,
    goals_in_past,
    missing_references,
    plan_from_json,
    plan_to_json,
)
from netmkt_desktop.tiers import PROGRESSION, CompanySize, Tier, suggested_focus

S, SUP, M, D = Tier.SPECIALIST, Tier.SUPERVISOR, Tier.MANAGER, Tier.DIRECTOR


def plan(headcount=1200, current=None, middle=None, little=False, goals=(), position_id="pos.ecommerce_host",
         **more) -> CareerPlan:
    return CareerPlan(title="我的规划", position_id=position_id, headcount=headcount, current_tier=current,
                      middle_tier=middle, little_business=little, goals=list(goals), **more)


def full_plan() -> CareerPlan:
    return plan(student_name="王五 😀", class_name="电商2301班", occupation_id="occ.internet_marketer",
                work_type_id="wt.live_seller", current=S, years_experience=2, content_version="core 2026.11.1",
                goals=[TierGoal(SUP, 2028, 7, "带团队\n第二行", achieved_on=date(2028, 6, 1)),
                       TierGoal(M, 2030, 1, "做策划"), TierGoal(D, 2034, 12, "整体项目运作 𠀀")])


# -- texts -------------------------------------------------------------------------------------------


def test_title_is_required_and_counted_in_characters_as_seen():
    assert check_title("") and check_title("   ")
    assert check_title("我的规划") == []
    assert check_title("😀" * TITLE_LIMIT) == []  # one emoji is one character, not four bytes
    assert check_title("𠀀" * TITLE_LIMIT) == []
    (problem,) = check_title("长" * (TITLE_LIMIT + 1))
    assert str(TITLE_LIMIT) in problem and str(TITLE_LIMIT + 1) in problem
    assert check_title("第一行\n第二行")


def test_name_and_class_are_optional_but_limited():
    assert check_student_name("") == [] and check_class_name("") == []
    assert check_student_name("名" * NAME_LIMIT) == [] and check_student_name("名" * (NAME_LIMIT + 1))
    assert check_class_name("班" * CLASS_LIMIT) == [] and check_class_name("班" * (CLASS_LIMIT + 1))


def test_goal_month_year_and_text_are_checked():
    assert check_goal(TierGoal(M, 2030, 12, "字" * GOAL_TEXT_LIMIT + "")) == []
    assert check_goal(TierGoal(M, 2030, 1, "多行\n文字\t也可以")) == []
    assert any("月份" in p for p in check_goal(TierGoal(M, 2030, 13)))
    assert any("月份" in p for p in check_goal(TierGoal(M, 2030, 0)))
    assert any("年份" in p for p in check_goal(TierGoal(M, 30, 1)))
    assert any(str(GOAL_TEXT_LIMIT) in p for p in check_goal(TierGoal(M, 2030, 1, "字" * (GOAL_TEXT_LIMIT + 1))))


# -- goal order and time ---------------------------------------------------------------------------------


def test_goals_in_rising_order_or_the_same_month_are_fine():
    assert check_goal_order([TierGoal(SUP, 2028, 7), TierGoal(M, 2030, 1), TierGoal(D, 2034, 1)]) == []
    assert check_goal_order([TierGoal(SUP, 2030, 1), TierGoal(M, 2030, 1)]) == []
    assert check_goal_order([TierGoal(D, 2034, 1), TierGoal(SUP, 2028, 7)]) == []  # list order does not matter
    assert check_goal_order([]) == []


def test_a_higher_tier_before_a_lower_one_is_named():
    (problem,) = check_goal_order([TierGoal(SUP, 2030, 6), TierGoal(M, 2030, 5)])
    assert "网络营销经理" in problem and "网络营销主管" in problem and "2030年5月" in problem
    problems = check_goal_order([TierGoal(S, 2031, 1), TierGoal(SUP, 2029, 1), TierGoal(D, 2030, 1)])
    assert len(problems) == 2 and all("网络营销专员" in p for p in problems)


def test_one_goal_per_tier():
    assert any("只能有一个目标" in p for p in check_goal_order([TierGoal(M, 2030, 1), TierGoal(M, 2031, 1)]))


def test_goals_in_past_are_those_before_this_month_and_not_yet_achieved():
    goals = [TierGoal(S, 2026, 10), TierGoal(SUP, 2026, 11), TierGoal(M, 2025, 1, achieved_on=date(2025, 1, 5)),
             TierGoal(D, 2027, 1)]
    assert goals_in_past(goals, date(2026, 11, 30)) == [goals[0]]
    assert goals_in_past(goals, date(2026, 12, 1)) == [goals[0], goals[1]]


# -- tiers a goal may aim at ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("headcount", "little", "middle", "current", "expected"), [
    (1200, False, None, None, (S, SUP, M, D)),
    (1000, False, None, SUP, (M, D)),
    (1200, False, None, D, ()),
    (600, False, M, None, (S, SUP, M, D)),
    (500, False, SUP, S, (SUP, M, D)),
    (499, False, None, S, (SUP, M, D)),
    (3000, True, None, None, (S, SUP, M, D)),
    (3000, True, None, M, (D,)),
])
def test_a_goal_may_aim_at_any_tier_above_the_current_one(headcount, little, middle, current, expected):
    p = plan(headcount=headcount, little=little, middle=middle, current=current)
    assert allowed_goal_tiers(p) == expected


@pytest.mark.parametrize(("headcount", "little", "middle", "listed"), [
    (1200, False, None, (S, SUP, M, D)),
    (600, False, M, (S, M, D)),
    (600, False, None, (S, SUP, D)),
    (499, False, None, (S, M)),
    (3000, True, None, (S,)),
])
def test_listed_tiers_are_the_textbooks_tiers_for_the_company_size(headcount, little, middle, listed):
    p = plan(headcount=headcount, little=little, middle=middle)
    assert p.listed_tiers == listed == p.ladder
    assert [t for t in Tier if p.is_listed(t)] == list(listed)


def test_a_tier_the_company_size_does_not_list_is_allowed_and_stands_on_the_ladder():
    p = plan(headcount=100, current=SUP, goals=[TierGoal(M, 2030, 1), TierGoal(D, 2034, 1)])  # 专员 and 经理 listed
    assert check_plan(p) == []  # a guideline, not a rule: no "请重新选择"
    assert not p.is_listed(SUP) and not p.is_listed(D) and p.is_listed(M)
    assert p.listed_tiers == (S, M)
    assert p.ladder == (S, SUP, M, D)  # the plan's steps: the listed tiers and the student's own


def test_a_goal_at_or_below_the_current_tier_is_still_a_problem():
    problems = check_plan(plan(current=M, goals=[TierGoal(SUP, 2030, 1)]))
    assert any("网络营销主管不在" in p for p in problems)


def test_exactly_500_staff_is_read_as_three_tiers_unless_the_plan_has_no_middle_tier():
    assert plan(headcount=500, middle=SUP).company_size == CompanySize.MEDIUM
    assert plan(headcount=500, middle=SUP).listed_tiers == (S, SUP, D)
    assert plan(headcount=500, middle=M).listed_tiers == (S, M, D)
    two = plan(headcount=500, middle=None)  # the student chose the "500人以下" reading
    assert two.company_size == CompanySize.SMALL and two.listed_tiers == (S, M)
    # Only exactly 500 is open: other headcounts keep their one size class.
    assert plan(headcount=501, middle=None).company_size == CompanySize.MEDIUM
    assert plan(headcount=501, middle=None).listed_tiers == (S, SUP, D)
    assert plan(headcount=500, middle=None, little=True).company_size == CompanySize.LITTLE_BUSINESS


def test_check_plan_collects_every_problem():
    assert check_plan(full_plan()) == []
    bad = replace(full_plan(), title="", position_id="",
                  goals=[TierGoal(S, 2028, 1), TierGoal(M, 2027, 13)])  # 专员 is the current tier already
    problems = "\n".join(check_plan(bad))
    for words in ("标题", "岗位", "网络营销专员不在", "月份", "早于"):
        assert words in problems


# -- suggestions ----------------------------------------------------------------------------------------------


def test_the_suggested_focus_is_labelled_and_the_same_for_every_company_size():
    texts = {tier: suggested_focus(tier) for tier in Tier}
    assert all(t.startswith("建议(教材未逐级规定):") for t in texts.values())
    assert PROGRESSION[0] in texts[S] and PROGRESSION[2] in texts[D]
    assert "网络营销的整体项目运作" in texts[D]  # the textbook's whole phrase
    assert "拓展到网络营销策划" in texts[SUP]  # the work widens: 推广, then 策划 as well
    # One text per tier, whatever the company: a 经理 at the top of a 2-tier company gets no other.
    small, large = plan(headcount=100), plan(headcount=5000)
    assert small.ladder[-1] == M and large.ladder[-1] == D
    assert suggested_focus(M) == texts[M]


# -- references to content that is gone -------------------------------------------------------------------------


def test_missing_references_name_what_is_gone(content):
    assert missing_references(full_plan(), content) == []
    assert missing_references(plan(), content) == []  # no occupation or work type chosen: nothing missing
    old = replace(full_plan(), position_id="pos.removed_by_teacher", occupation_id="occ.old",
                  work_type_id="pos.online_promotion")  # an id that now names a position, not a work type
    problems = missing_references(old, content)
    assert len(problems) == 3
    assert "岗位" in problems[0] and "pos.removed_by_teacher" in problems[0] and "core 2026.11.1" in problems[0]
    assert "职业" in problems[1] and "occ.old" in problems[1]
    assert "工种" in problems[2] and "pos.online_promotion" in problems[2]


# -- the plan file ---------------------------------------------------------------------------------------------


def test_export_writes_the_documented_envelope_without_database_ids():
    saved = replace(full_plan(), id=7, profile_id=3, created_at="2026-01-01T00:00:00", updated_at="2026-02-01")
    saved.goals[0].id = 99
    text = plan_to_json(saved, exported_at="2026-11-27T08:00:00Z")
    data = json.loads(text)
    assert (data["format"], data["format_version"], data["exported_at"]) == (
        "netmkt-career-plan", 1, "2026-11-27T08:00:00Z")
    assert "王五 😀" in text  # readable UTF-8, not \\u escapes
    assert data["plan"]["current_tier"] == "specialist" and data["plan"]["goals"][0]["tier"] == "supervisor"
    assert data["plan"]["goals"][0]["achieved_on"] == "2028-06-01"
    for key in ("id", "profile_id", "created_at", "updated_at"):
        assert key not in data["plan"]
    assert "id" not in data["plan"]["goals"][0]


def test_import_reads_back_exactly_what_was_exported():
    original = full_plan()
    saved = replace(original, id=7, profile_id=3, created_at="2026-01-01", updated_at="2026-02-01",
                    goals=[replace(g, id=n) for n, g in enumerate(original.goals, 1)])
    assert plan_from_json(plan_to_json(saved)) == original


def test_import_accepts_a_byte_order_mark_and_bytes():
    text = plan_to_json(full_plan())
    assert plan_from_json("\ufeff" + text) == full_plan()
    assert plan_from_json(text.encode("utf-8")) == full_plan()


_texts = st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=30)
_goals = st.lists(st.sampled_from(list(Tier)), unique=True, max_size=4).flatmap(lambda tiers: st.tuples(*[
    st.builds(TierGoal, tier=st.just(t), target_year=st.integers(1900, 2200), target_month=st.integers(1, 12),
              actions=st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00\x0b\x0c\x1b"),
                              max_size=GOAL_TEXT_LIMIT).filter(lambda s: all(c in "\n\r\t" or c >= " " for c in s)
                                                              and not any(0x7f <= ord(c) <= 0x9f for c in s)),
              achieved_on=st.none() | st.dates())
    for t in tiers]).map(list))
_plans = st.builds(
    CareerPlan,
    title=st.text(st.characters(blacklist_categories=("Cc", "Cs")), min_size=1, max_size=TITLE_LIMIT).filter(
        lambda s: s.strip()),
    position_id=st.from_regex(r"\A[a-z_][a-z0-9_.\-]{0,30}\Z"),
    headcount=st.integers(0, 10_000_000), little_business=st.booleans(),
    middle_tier=st.none() | st.sampled_from([SUP, M]), current_tier=st.none() | st.sampled_from(list(Tier)),
    student_name=_texts, class_name=_texts,
    occupation_id=st.just("") | st.from_regex(r"\Aocc\.[a-z_]{1,20}\Z"),
    work_type_id=st.just("") | st.from_regex(r"\Awt\.[a-z_]{1,20}\Z"),
    years_experience=st.none() | st.integers(0, 80), goals=_goals, content_version=_texts,
)


@settings(max_examples=150, deadline=None)
@given(_plans)
def test_any_valid_plan_survives_export_and_import(p):
    assert plan_from_json(plan_to_json(p)) == p


def envelope(**plan_changes) -> str:
    data = json.loads(plan_to_json(full_plan()))
    for key, value in plan_changes.items():
        if value is _DELETE:
            del data["plan"][key]
        else:
            data["plan"][key] = value
    return json.dumps(data, ensure_ascii=False)


_DELETE = object()


def goal_change(**changes) -> list:
    goal = json.loads(plan_to_json(full_plan()))["plan"]["goals"][0]
    goal.update(changes)
    return [goal]


@pytest.mark.parametrize(("text", "words"), [
    ("", "JSON"),
    ("{not json", "JSON"),
    ("[1, 2, 3]", "不是本软件导出的规划文件"),
    ('{"format": "netmkt-content", "format_version": 1, "plan": {}}', "不是本软件导出的规划文件"),
    ('{"format": "netmkt-career-plan", "format_version": 3, "plan": {}}', "更新版本"),
    ('{"format": "netmkt-career-plan", "format_version": 1, "handin": {}, "plan": {}}', "handin"),
    ('{"format": "netmkt-career-plan", "format_version": "1", "plan": {}}', "整数"),
    ('{"format": "netmkt-career-plan", "format_version": 0, "plan": {}}', "格式版本"),
    ('{"format": "netmkt-career-plan", "format_version": 1}', "plan"),
    ('{"format": "netmkt-career-plan", "format_version": 1, "plan": []}', "对象"),
    (envelope(title=_DELETE), "title"),
    (envelope(title=""), "不能为空"),
    (envelope(title="长" * (TITLE_LIMIT + 1)), str(TITLE_LIMIT)),
    (envelope(title="a\nb"), "控制字符"),
    (envelope(title="\ud800"), "残缺"),
    (envelope(student_name="名" * (NAME_LIMIT + 1)), str(NAME_LIMIT)),
    (envelope(headcount="1200"), "整数"),
    (envelope(headcount=True), "整数"),
    (envelope(headcount=12.5), "整数"),
    (envelope(headcount=-1), "之间"),
    (envelope(little_business=1), "true 或 false"),
    (envelope(current_tier="boss"), "boss"),
    (envelope(middle_tier="director"), "director"),
    (envelope(position_id="../../etc"), "不是有效的内容 id"),
    (envelope(years_experience=500), "之间"),
    (envelope(goals={}), "列表"),
    (envelope(goals=goal_change(target_month=13)), "1–12"),
    (envelope(goals=goal_change(target_month=0)), "1–12"),
    (envelope(goals=goal_change(tier="ceo")), "ceo"),
    (envelope(goals=goal_change(actions="字" * (GOAL_TEXT_LIMIT + 1))), str(GOAL_TEXT_LIMIT)),
    (envelope(goals=goal_change(achieved_on="2028-02-30")), "日期"),
    (envelope(goals=goal_change(achieved_on=20280201)), "日期"),
    (envelope(goals=goal_change(target_year=None)), "整数"),
    (envelope(goals=goal_change() * 2), "多个目标"),
    (envelope(goals=goal_change() * 5), "最多"),
    (envelope(extra_field=[[[[1]]]]), "extra_field"),
    ('{"format": "netmkt-career-plan", "format_version": 1, "plan": ' + "[" * 100_000 + "]" * 100_000 + "}", ""),
    ("[" * 100_000, ""),
    ('{"format": "netmkt-career-plan", "format_version": ' + "9" * 5000 + ', "plan": {}}', ""),
    ('{"format": "netmkt-career-plan", "format_version": 1, "plan": {"headcount": NaN}}', ""),
])
def test_bad_plan_files_give_a_clear_message(text, words):
    with pytest.raises(PlanFileError) as info:
        plan_from_json(text)
    message = str(info.value)
    assert message.startswith("规划文件有误") and words in message


def test_non_utf8_bytes_and_oversized_files_are_refused():
    with pytest.raises(PlanFileError, match="UTF-8"):
        plan_from_json(b"\xff\xfe\x00garbage")
    with pytest.raises(PlanFileError, match="太大"):
        plan_from_json(" " * (3 * 1024 * 1024))


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=20,
)


def _only_plan_file_errors(data) -> None:
    try:
        result = plan_from_json(data)
    except PlanFileError as exc:
        assert str(exc).startswith("规划文件有误")
    else:
        assert isinstance(result, CareerPlan)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=200))
def test_random_bytes_only_ever_raise_plan_file_error(raw):
    _only_plan_file_errors(raw)
    _only_plan_file_errors(raw.decode("utf-8", "surrogateescape"))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_random_text_only_ever_raises_plan_file_error(text):
    _only_plan_file_errors(text)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(["title", "student_name", "position_id", "headcount", "little_business", "middle_tier",
                        "current_tier", "years_experience", "goals", "content_version", "occupation_id"]),
       _json)
def test_any_value_in_any_field_gives_a_plan_or_a_plan_file_error(key, value):
    _only_plan_file_errors(envelope(**{key: value}))


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(["tier", "target_year", "target_month", "actions", "achieved_on", "other"]), _json)
def test_any_value_in_any_goal_field_gives_a_plan_or_a_plan_file_error(key, value):
    _only_plan_file_errors(envelope(goals=goal_change(**{key: value})))


def test_the_documented_example_imports():
    from pathlib import Path

    doc = (Path(__file__).parent.parent / "docs" / "plan-format.md").read_text(encoding="utf-8")
    example = re.search(r"```json\n(.*?)```", doc, flags=re.DOTALL).group(1)
    p = plan_from_json(example, today=date.today())  # as 导入规划 reads it
    assert (p.title, p.current_tier, [g.tier for g in p.goals]) == ("电商主播之路", S, [SUP, M])
    assert p.goals[0].achieved_on == date(2026, 6, 30)


def test_an_import_refuses_a_goal_achieved_after_today_naming_it_and_the_date():
    text = plan_to_json(full_plan())  # 主管 reached on 2028-06-01
    with pytest.raises(PlanFileError) as info:
        plan_from_json(text, today=date(2028, 5, 31))
    assert "“我的规划”中“网络营销主管”这个目标的达成日期是 2028-06-01,晚于今天(2028-05-31)" in str(info.value)
    assert info.value.params["place"] == "plan.goals[0].achieved_on" and info.value.code == "invalid"
    assert plan_from_json(text, today=date(2028, 6, 1)).goals[0].achieved_on == date(2028, 6, 1)
    assert plan_from_json(text).goals[0].achieved_on == date(2028, 6, 1)  # not an import: any date reads
