"""The hand-in file (交作业) and the returned file (批改): names, building, reading, matching."""

from __future__ import annotations

import json
from datetime import date, datetime, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from netmkt_desktop.handin import (
    COMMENT_LIMIT,
    FILE_NAME_MAX_BYTES,
    HANDIN_FILE_MAX_BYTES,
    STUDENT_NUMBER_LIMIT,
    Grade,
    HandInFileError,
    ProgressSummary,
    QuizScore,
    QuizSummary,
    Returned,
    SectionCount,
    StudentDetails,
    build_handin,
    build_returned,
    check_details,
    comment_matches,
    handin_file_name,
    new_plan_id,
    next_version,
    previous_handin,
    progress_summary,
    quiz_summary,
    read_handin,
    read_plan_file,
    read_returned,
    returned_file_name,
    summary_lines,
)
from netmkt_desktop.plans import CareerPlan, PlanFileError, TierGoal, plan_from_json, plan_to_json
from netmkt_desktop.records import QuizAttempt
from netmkt_desktop.tiers import Tier

WANG = StudentDetails("电商2301班", "2023001", "王五")
PLAN_ID = "0f8fad5b-d9cb-469f-a165-70867728950e"
WHEN = datetime(2026, 11, 27, 8, 0, tzinfo=timezone.utc)
WINDOWS_FORBIDDEN = set('<>:"/\\|?*') | {chr(c) for c in range(32)}


def make_plan(**changes) -> CareerPlan:
    fields = dict(title="电商主播之路", position_id="pos.ecommerce_host", occupation_id="occ.internet_marketer",
                  headcount=1200, current_tier=Tier.SPECIALIST, years_experience=1, content_version="core 2026.11.1",
                  goals=[TierGoal(Tier.SUPERVISOR, 2028, 7, "带团队\n做直播", date(2028, 6, 30)),
                         TierGoal(Tier.MANAGER, 2030, 7, "做策划")])
    fields.update(changes)
    return CareerPlan(**fields)


PROGRESS = ProgressSummary((SectionCount("sec.career", "一、职业认知", 5, 15),
                            SectionCount("sec.position", "二、岗位认知", 6, 17)), 12, 34)
QUIZ = QuizSummary(QuizScore(9, 10, "2026-11-20T10:00:00"), QuizScore(6, 10, "2026-11-26T09:00:00"), 3)


def handin_bytes(**changes) -> bytes:
    args = dict(plan=make_plan(), details=WANG, plan_id=PLAN_ID, version=2, progress=PROGRESS, quiz=QUIZ,
                handed_in_at=WHEN)
    args.update(changes)
    return build_handin(**args)


def edited(raw: bytes, change) -> bytes:
    data = json.loads(raw)
    change(data)
    return json.dumps(data).encode("utf-8")  # \u escapes: lone surrogates survive the trip


# ---------------------------------------------------------------------------------------------
# File names


def test_file_name_has_class_number_and_name():
    assert handin_file_name(WANG) == "电商2301班_2023001_王五_职业生涯规划.netmkt-plan.json"
    assert returned_file_name(handin_file_name(WANG)) == "电商2301班_2023001_王五_职业生涯规划_已批改.netmkt-plan.json"


def test_file_name_leaves_out_what_is_not_filled_in():
    assert handin_file_name(StudentDetails(student_name="王五")) == "王五_职业生涯规划.netmkt-plan.json"
    assert handin_file_name(StudentDetails()) == "职业生涯规划.netmkt-plan.json"


@pytest.mark.parametrize("details", [
    StudentDetails("电商/2301:班", "20*23?001", 'a<b>"c|d\\e'),
    StudentDetails("..", "  ", "...王五..."),
    StudentDetails("电商\n2301\t班", "\u202e1002", "王\u200b五\x00"),
    StudentDetails("a_b", "_", "CON"),
])
def test_file_name_is_safe_on_windows(details):
    name = handin_file_name(details)
    assert not WINDOWS_FORBIDDEN & set(name)
    assert not name.startswith((".", " ")) and name.endswith("_职业生涯规划.netmkt-plan.json")
    assert "\u202e" not in name and "\u200b" not in name
    assert name.count("_") == len([p for p in name.removesuffix(".netmkt-plan.json").split("_")]) - 1
    assert not any(part == "" for part in name.split("_"))


def test_unsafe_characters_are_replaced_not_lost():
    assert handin_file_name(StudentDetails("电商/2301班", "", "")) == "电商-2301班_职业生涯规划.netmkt-plan.json"


@given(st.builds(StudentDetails, st.text(max_size=40), st.text(max_size=STUDENT_NUMBER_LIMIT), st.text(max_size=40)))
@settings(max_examples=200)
def test_file_names_are_bounded_and_safe_for_any_details(details):
    name = handin_file_name(details)
    back = returned_file_name(name)
    for candidate in (name, back):
        assert len(candidate.encode("utf-8")) <= FILE_NAME_MAX_BYTES
        assert len(candidate.encode("utf-16-le")) // 2 <= 120
        assert not WINDOWS_FORBIDDEN & set(candidate)
        candidate.encode("utf-8")  # no lone surrogate
    assert back != name


def test_long_details_are_shortened_longest_part_first():
    name = handin_file_name(StudentDetails("班" * 40, "1" * 32, "名" * 40))
    assert len(returned_file_name(name).encode("utf-8")) <= FILE_NAME_MAX_BYTES
    assert "_" + "1" * 20 in name  # the number is kept longer than the class and the name


def test_returned_name_of_a_renamed_hand_in():
    assert returned_file_name("王五(1).json") == "王五(1)_已批改.netmkt-plan.json"
    assert returned_file_name("作业.NETMKT-PLAN.JSON") == "作业_已批改.netmkt-plan.json"


# ---------------------------------------------------------------------------------------------
# Building and reading a hand-in


def test_a_hand_in_reads_back_exactly():
    handin = read_handin(handin_bytes())
    assert handin.plan == make_plan()
    assert handin.details == WANG
    assert (handin.plan_id, handin.version, handin.handed_in_at) == (PLAN_ID, 2, "2026-11-27T08:00:00Z")
    assert handin.handed_in == WHEN
    assert handin.progress == PROGRESS and handin.progress.percent == 35
    assert handin.quiz == QUIZ
    assert handin.app_version


def test_progress_and_quiz_are_optional():
    handin = read_handin(handin_bytes(progress=None, quiz=None, details=StudentDetails()))
    assert handin.progress is None and handin.quiz is None and handin.details.is_empty


def test_a_hand_in_is_a_plan_file_version_2_that_imports_as_a_plan():
    raw = handin_bytes()
    data = json.loads(raw)
    assert data["format"] == "netmkt-career-plan" and data["format_version"] == 2
    assert plan_from_json(raw) == make_plan()


def test_old_plan_files_still_import_but_are_not_hand_ins():
    old = plan_to_json(make_plan())
    assert json.loads(old)["format_version"] == 1
    assert plan_from_json(old) == make_plan()
    with pytest.raises(HandInFileError) as info:
        read_handin(old.encode())
    assert info.value.code == "plain_plan" and "交作业" in str(info.value)


def test_shown_details_fall_back_to_the_plans_own_name_and_class():
    handin = read_handin(handin_bytes(plan=make_plan(student_name="王小五", class_name="电商2302班"),
                                      details=StudentDetails(student_number="7")))
    assert handin.shown_details == StudentDetails("电商2302班", "7", "王小五")


def test_next_version_counts_up_per_plan():
    first = read_handin(handin_bytes(version=1))
    other = read_handin(handin_bytes(version=7, plan_id=new_plan_id()))
    assert next_version(PLAN_ID) == 1
    assert next_version(PLAN_ID, first, other, None) == 2


def test_the_previous_file_in_the_folder_gives_the_next_version():
    """Handing in again: the file already in the folder (a USB stick survives a PC's restore) counts."""
    assert next_version(PLAN_ID, previous_handin(handin_bytes(version=4))) == 5
    returned = build_returned(read_handin(handin_bytes(version=6)), "好")
    assert next_version(PLAN_ID, previous_handin(returned)) == 7
    for unusable in (None, b"", b"{damaged", plan_to_json(make_plan()).encode()):
        assert previous_handin(unusable) is None
    assert next_version(PLAN_ID, previous_handin(None)) == 1


def test_summary_lines_say_what_is_handed_in():
    lines = summary_lines(read_handin(handin_bytes()))
    local = WHEN.astimezone().strftime("%Y-%m-%d %H:%M")
    assert lines == ["班级:电商2301班  学号:2023001  姓名:王五", f"交作业时间:{local}  第 2 版",
                     "学习进度:12/34(35%) 一、职业认知 5/15; 二、岗位认知 6/17", "自测:最好 9/10,最近 6/10,共 3 次"]
    bare = summary_lines(read_handin(handin_bytes(progress=None, quiz=None, details=StudentDetails())))
    assert bare[0] == "班级:—  学号:—  姓名:—" and len(bare) == 2


def test_new_plan_ids_are_uuids_that_the_reader_accepts():
    ids = {new_plan_id() for _ in range(50)}
    assert len(ids) == 50
    assert read_handin(handin_bytes(plan_id=ids.pop())).plan_id


def test_progress_summary_counts_learned_nodes_per_section(content):
    from netmkt_desktop.progress import is_readable, top_sections

    readable = [n.id for n in content.reading_order if is_readable(n)]
    summary = progress_summary(content, readable[:5] + ["not.in.content", "topic.tiers"])
    assert summary.learned == 5 and summary.total == len(readable)
    assert [s.title for s in summary.sections] == [item.node.title for item in top_sections(content)]
    assert len(summary.sections) >= 2
    assert sum(s.learned for s in summary.sections) == 5 and sum(s.total for s in summary.sections) == summary.total
    assert read_handin(handin_bytes(progress=summary)).progress == summary


def test_quiz_summary_picks_best_and_latest():
    attempts = [QuizAttempt(1, 10, 6, "a", "2026-11-01T10:00:00"), QuizAttempt(2, 10, 9, "b", "2026-11-02T10:00:00"),
                QuizAttempt(3, 10, 7, "c", "2026-11-03T10:00:00")]
    summary = quiz_summary(attempts)
    assert (summary.best.correct, summary.latest.correct, summary.attempts) == (9, 7, 3)
    assert quiz_summary([]) is None


def test_details_are_checked_like_names():
    assert check_details(WANG) == []
    problems = check_details(StudentDetails("班" * 41, "1\n2", ""))
    assert any("40" in p for p in problems) and any("控制字符" in p for p in problems)
    with pytest.raises(HandInFileError) as info:
        handin_bytes(details=StudentDetails(student_number="1" * (STUDENT_NUMBER_LIMIT + 1)))
    assert info.value.code == "invalid"


def _delete(key):
    return lambda d: d["handin"].pop(key)


def _set(path, value):
    def change(d):
        target = d
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value
    return change


@pytest.mark.parametrize("change, words", [
    (_delete("plan_id"), "plan_id"),
    (_set(["handin", "plan_id"], "../../etc/passwd"), "规划编号"),
    (_set(["handin", "plan_id"], PLAN_ID.upper()), "规划编号"),
    (_set(["handin", "version"], 0), "version"),
    (_set(["handin", "version"], "2"), "整数"),
    (_set(["handin", "version"], True), "整数"),
    (_set(["handin", "handed_in_at"], "昨天"), "时间"),
    (_set(["handin", "handed_in_at"], "2026-11-27T08:00:00"), "时区"),
    (_set(["handin", "handed_in_at"], "9999-01-01T00:00:00Z"), "之间"),
    (_set(["handin", "student"], "王五"), "对象"),
    (_set(["handin", "student", "student_name"], "名" * 41), "40"),
    (_set(["handin", "student", "student_name"], "王\u001b[31m五"), "控制字符"),
    (_set(["handin", "student", "class_name"], "\ud800"), "残缺"),
    (_set(["handin", "student", "hobby"], "x"), "hobby"),
    (_set(["handin", "progress", "learned"], 99), "之间"),
    (_set(["handin", "progress", "sections"], [{}] * 51), "最多"),
    (_set(["handin", "progress", "sections", 0, "title"], "<img src=x>\n"), "控制字符"),
    (_set(["handin", "quiz", "best", "correct"], 11), "之间"),
    (_set(["handin", "quiz", "best", "total"], 0), "之间"),
    (_set(["handin", "quiz", "latest"], []), "对象"),
    (_set(["handin", "extra"], 1), "extra"),
    (_set(["plan", "title"], ""), "不能为空"),
    (_set(["plan", "goals", 0, "target_month"], 13), "1–12"),
])
def test_bad_hand_in_fields_are_named(change, words):
    with pytest.raises(HandInFileError) as info:
        read_handin(edited(handin_bytes(), change))
    assert info.value.code == "invalid"
    assert str(info.value).startswith("交作业文件有误") and words in str(info.value)
    assert isinstance(info.value, PlanFileError)  # the plan import's handler catches it too


def test_markup_is_kept_as_text_not_refused():
    """Markup is not an error (a title may contain <): it is data, shown as plain text by every view."""
    raw = handin_bytes(plan=make_plan(title="<img src=/dev/zero>"), details=StudentDetails("<b>班</b>", "", "<i>x"))
    handin = read_handin(raw)
    assert handin.plan.title == "<img src=/dev/zero>" and handin.details.class_name == "<b>班</b>"


@pytest.mark.parametrize("raw, code", [
    (b"", "not_json"),
    (b"\xff\xfe\x00", "encoding"),
    (b"[1, 2]", "not_plan_file"),
    (b'{"format": "netmkt-content", "format_version": 1}', "not_plan_file"),
    (b'{"format": "netmkt-profile-data", "format_version": 1}', "not_plan_file"),
    (b'{"format": "netmkt-career-plan", "format_version": 3, "plan": {}}', "newer_version"),
    (b"[" * 100_000, "not_json"),
    (b" " * (HANDIN_FILE_MAX_BYTES + 1), "too_big"),
])
def test_other_files_get_a_code(raw, code):
    with pytest.raises(HandInFileError) as info:
        read_handin(raw)
    assert info.value.code == code


def test_a_truncated_hand_in_is_damaged_at_every_cut():
    raw = handin_bytes()
    for cut in range(0, len(raw) - 2, 37):
        with pytest.raises(HandInFileError) as info:
            read_handin(raw[:cut])
        assert info.value.code in ("not_json", "encoding")
        assert "不完整" in str(info.value) or info.value.code == "encoding"


@given(st.binary(max_size=400))
@settings(max_examples=300)
def test_random_bytes_raise_only_hand_in_errors(raw):
    with pytest.raises(HandInFileError):
        read_plan_file(raw)


# ---------------------------------------------------------------------------------------------
# Returned files


def test_a_returned_file_holds_the_hand_in_and_the_review():
    handin = read_handin(handin_bytes())
    raw = build_returned(handin, "目标清楚。\n\t主管阶段再具体些。", Grade.GOOD, reviewed_at=WHEN)
    returned = read_returned(raw)
    assert returned.handin == handin
    assert returned.review.comment == "目标清楚。\n\t主管阶段再具体些。"
    assert returned.review.grade is Grade.GOOD and returned.review.reviewed_at == "2026-11-27T08:00:00Z"
    assert isinstance(read_plan_file(raw), Returned) and read_plan_file(handin_bytes()) == handin


def test_a_grade_is_optional_and_each_has_a_label():
    returned = read_returned(build_returned(read_handin(handin_bytes()), "好"))
    assert returned.review.grade is None
    assert [g.label for g in Grade] == ["优秀", "良好", "合格", "需修改"]


def test_returned_and_hand_in_files_are_not_mistaken_for_each_other():
    handin = read_handin(handin_bytes())
    raw = build_returned(handin, "好", Grade.PASS)
    with pytest.raises(HandInFileError) as info:
        read_handin(raw)
    assert info.value.code == "returned" and "已批改" in str(info.value)
    with pytest.raises(HandInFileError) as info:
        read_returned(handin_bytes())
    assert info.value.code == "not_returned"
    with pytest.raises(HandInFileError) as info:
        read_returned(plan_to_json(make_plan()).encode())
    assert info.value.code == "plain_plan"
    with pytest.raises(PlanFileError) as info:  # 导入规划 points to 导入批改
        plan_from_json(raw)
    assert info.value.code == "returned" and "导入批改" in str(info.value)


@pytest.mark.parametrize("comment, words", [
    ("字" * (COMMENT_LIMIT + 1), str(COMMENT_LIMIT)),
    ("好\x00", "控制字符"),
    ("\ud800", "残缺"),
])
def test_a_bad_comment_is_refused_when_building(comment, words):
    with pytest.raises(HandInFileError) as info:
        build_returned(read_handin(handin_bytes()), comment)
    assert words in str(info.value)


@pytest.mark.parametrize("change, words", [
    (_set(["review", "grade"], "A+"), "A+"),
    (_set(["review", "grade"], 5), "等级"),
    (_set(["review", "comment"], 5), "文本"),
    (_set(["review", "reviewed_at"], "明天"), "时间"),
    (lambda d: d["review"].pop("comment"), "comment"),
])
def test_bad_review_fields_are_named(change, words):
    raw = build_returned(read_handin(handin_bytes()), "好", Grade.EXCELLENT)
    with pytest.raises(HandInFileError) as info:
        read_returned(edited(raw, change))
    assert info.value.code == "invalid" and words in str(info.value)


# ---------------------------------------------------------------------------------------------
# Whose comment is it?


def returned_for(details: StudentDetails = WANG, plan_id: str = PLAN_ID):
    return read_returned(build_returned(read_handin(handin_bytes(details=details, plan_id=plan_id)), "好"))


def test_a_comment_matches_its_plan_and_student():
    match = comment_matches(returned_for(), PLAN_ID, WANG)
    assert match and match.code == ""


def test_details_match_regardless_of_width_spaces_and_case():
    loose = StudentDetails(" 电商２３０１班 ", "２０２３００１", "王五\u200b")
    assert comment_matches(returned_for(), PLAN_ID, loose)
    assert comment_matches(returned_for(StudentDetails("Class A", "", "wang")), PLAN_ID,
                           StudentDetails("class  a", "", "WANG"))


def test_a_comment_for_another_plan_is_refused():
    match = comment_matches(returned_for(), new_plan_id(), WANG)
    assert not match and match.code == "other_plan" and "电商主播之路" in match.reason


@pytest.mark.parametrize("other", [
    StudentDetails("电商2302班", "2023001", "王五"),  # another class, same number and name
    StudentDetails("电商2301班", "2023002", "王五"),
    StudentDetails("电商2301班", "2023001", "王六"),
    StudentDetails(),
])
def test_a_comment_for_another_student_is_refused(other):
    match = comment_matches(returned_for(), PLAN_ID, other)
    assert not match and match.code == "other_student"
    assert "电商2301班 2023001 王五" in match.reason
