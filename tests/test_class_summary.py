"""The class summary: reading a folder of hand-in files, one row per student, CSV and the command line."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from netmkt_desktop.class_summary import (
    COLUMN_KEYS,
    ClassFolderError,
    csv_bytes,
    default_order,
    guard_cell,
    highest_tier_counts,
    position_counts,
    row_cells,
    summarize_folder,
    target_timeline,
)
from netmkt_desktop.cli import class_summary_command
from netmkt_desktop.files import BoundedReadError, read_bounded
from netmkt_desktop.handin import (
    HANDIN_FILE_MAX_BYTES,
    Grade,
    QuizScore,
    QuizSummary,
    StudentDetails,
    build_handin,
    build_returned,
    handin_file_name,
    new_plan_id,
    read_handin,
    returned_file_name,
)
from netmkt_desktop.plans import CareerPlan, TierGoal, plan_to_json
from netmkt_desktop.tiers import Tier

T0 = datetime(2026, 11, 27, 8, 0, tzinfo=timezone.utc)
ROOT = Path(__file__).resolve().parents[1]


def plan(title="我的规划", position="pos.ecommerce_host", goals=None, **changes) -> CareerPlan:
    goals = goals if goals is not None else [TierGoal(Tier.SUPERVISOR, 2028, 7, "带团队", date(2028, 6, 1)),
                                             TierGoal(Tier.MANAGER, 2030, 1, "做策划")]
    return CareerPlan(title=title, position_id=position, headcount=1200, goals=goals, **changes)


def hand_in(folder: Path, details: StudentDetails, *, name: str | None = None, plan_id: str | None = None,
            version: int = 1, when: datetime = T0, **plan_changes) -> Path:
    path = folder / (name or handin_file_name(details))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(build_handin(plan(**plan_changes), details, plan_id or new_plan_id(), version,
                                  handed_in_at=when, quiz=QuizSummary(QuizScore(8, 10), QuizScore(6, 10), 2)))
    return path


WANG = StudentDetails("电商2301班", "2023001", "王五")
LI = StudentDetails("电商2301班", "2023002", "李四")
ZHANG = StudentDetails("电商2302班", "2023001", "张三")


def current_names(summary) -> list[str]:
    return sorted(e.handin.details.student_name for e in summary.current)


# ---------------------------------------------------------------------------------------------
# Reading a folder


def test_every_student_once_and_sub_folders_one_level_deep(tmp_path):
    hand_in(tmp_path, WANG)
    hand_in(tmp_path / "电商2301班", LI)
    hand_in(tmp_path / "电商2302班", ZHANG)
    hand_in(tmp_path / "电商2302班" / "太深", StudentDetails("电商2302班", "9", "赵六"))
    summary = summarize_folder(tmp_path)
    assert current_names(summary) == ["张三", "李四", "王五"]
    assert {e.name for e in summary.current} == {
        handin_file_name(WANG), f"电商2301班/{handin_file_name(LI)}", f"电商2302班/{handin_file_name(ZHANG)}"}
    assert summary.problems == []


def test_a_student_who_handed_in_twice_counts_once_with_the_newer_file(tmp_path):
    plan_id = new_plan_id()
    old = hand_in(tmp_path, WANG, name="王五旧.netmkt-plan.json", plan_id=plan_id, version=1, title="旧")
    new = hand_in(tmp_path, WANG, plan_id=plan_id, version=2, when=T0 + timedelta(days=1), title="新")
    summary = summarize_folder(tmp_path)
    assert [e.path for e in summary.current] == [new]
    [replaced] = summary.replaced
    assert replaced.path == old and replaced.replaced_by.path == new


def test_of_one_plan_the_higher_version_wins_even_with_a_wrong_clock(tmp_path):
    """A restore-on-reboot PC may hand in version 2 dated 2000: the version is counted by the app."""
    plan_id = new_plan_id()
    hand_in(tmp_path, WANG, name="a.json", plan_id=plan_id, version=1, title="第一版")
    hand_in(tmp_path, WANG, name="b.json", plan_id=plan_id, version=2, when=datetime(2000, 1, 1, tzinfo=timezone.utc),
            title="第二版")
    [current] = summarize_folder(tmp_path).current
    assert current.handin.plan.title == "第二版"


def test_two_plans_of_one_student_the_later_handed_in_wins(tmp_path):
    hand_in(tmp_path, WANG, name="a.json", title="早", when=T0, version=3)
    hand_in(tmp_path, WANG, name="b.json", title="晚", when=T0 + timedelta(hours=1), version=1)
    [current] = summarize_folder(tmp_path).current
    assert current.handin.plan.title == "晚"


def test_same_plan_id_with_changed_details_is_one_student(tmp_path):
    plan_id = new_plan_id()
    hand_in(tmp_path, StudentDetails("电商2301班", "", "王5"), name="a.json", plan_id=plan_id, version=1)
    hand_in(tmp_path, WANG, name="b.json", plan_id=plan_id, version=2)
    summary = summarize_folder(tmp_path)
    assert len(summary.current) == 1 and summary.current[0].handin.version == 2


def test_another_class_with_the_same_number_and_name_is_another_student(tmp_path):
    hand_in(tmp_path, WANG)
    hand_in(tmp_path / "其他班", StudentDetails("电商2302班", "2023001", "王五"))
    summary = summarize_folder(tmp_path)
    assert sorted(e.handin.details.class_name for e in summary.current) == ["电商2301班", "电商2302班"]
    assert summary.replaced == []


def test_students_without_details_are_kept_apart(tmp_path):
    hand_in(tmp_path, StudentDetails(), name="a.json")
    hand_in(tmp_path, StudentDetails(), name="b.json")
    assert len(summarize_folder(tmp_path).current) == 2


def test_bad_files_are_listed_with_a_reason_and_the_rest_is_read(tmp_path):
    good = hand_in(tmp_path, WANG)
    raw = good.read_bytes()
    (tmp_path / "截断.netmkt-plan.json").write_bytes(raw[: len(raw) // 2])
    with open(tmp_path / "巨大.netmkt-plan.json", "wb") as f:
        f.truncate(HANDIN_FILE_MAX_BYTES * 50)  # sparse: huge to the reader, nothing on disk
    (tmp_path / "内容包.json").write_text('{"format": "netmkt-content", "format_version": 1}', encoding="utf-8")
    (tmp_path / "普通规划.netmkt-plan.json").write_text(plan_to_json(plan()), encoding="utf-8")
    (tmp_path / "更新.json").write_text('{"format": "netmkt-career-plan", "format_version": 9, "plan": {}}')
    (tmp_path / "文件夹.json").mkdir()  # a folder, whatever its name: looked into, not read
    hostile = hand_in(tmp_path, LI, name="hostile.json", title="<img src=/dev/zero>")
    hostile.write_bytes(hostile.read_bytes().replace(b'"title": "', b'"title": "\\u001b[2J'))
    if hasattr(os, "mkfifo"):
        os.mkfifo(tmp_path / "管道.netmkt-plan.json")
    (tmp_path / "作业.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / ".王五.json.x.part").write_bytes(b"half")

    summary = summarize_folder(tmp_path)
    assert [e.path for e in summary.current] == [good]
    codes = {p.name: p.code for p in summary.problems}
    expected = {"截断.netmkt-plan.json": "not_json", "巨大.netmkt-plan.json": "too_big",
                "内容包.json": "not_plan_file", "普通规划.netmkt-plan.json": "plain_plan",
                "更新.json": "newer_version", "hostile.json": "invalid"}
    if hasattr(os, "mkfifo"):
        expected["管道.netmkt-plan.json"] = "not_regular"
    assert codes == expected
    reasons = {p.name: p.reason for p in summary.problems}
    assert "不完整" in reasons["截断.netmkt-plan.json"]
    assert "太大" in reasons["巨大.netmkt-plan.json"]
    assert "普通的规划文件" in reasons["普通规划.netmkt-plan.json"]
    assert "更新版本" in reasons["更新.json"]
    assert summary.other_files == 1  # the PDF: counted, not read; the hidden .part file passed over


def test_markup_in_a_file_is_data_not_a_problem(tmp_path):
    hand_in(tmp_path, StudentDetails("<b>班</b>", "<a href=file:///etc/passwd>1</a>", "<style>*{}</style>"),
            title="<img src=/dev/zero>")
    [entry] = summarize_folder(tmp_path).current
    cells = row_cells(entry)
    assert cells[:4] == ["<b>班</b>", "<a href=file:///etc/passwd>1</a>", "<style>*{}</style>", "<img src=/dev/zero>"]


def test_returned_files_are_matched_to_their_hand_in(tmp_path):
    plan_id = new_plan_id()
    path = hand_in(tmp_path, WANG, plan_id=plan_id, version=1)
    handin = read_handin(path.read_bytes())
    back = path.with_name(returned_file_name(path.name))
    back.write_bytes(build_returned(handin, "很好", Grade.EXCELLENT))
    summary = summarize_folder(tmp_path)
    [entry] = summary.current
    assert entry.review.comment == "很好" and entry.review_path == back
    assert row_cells(entry)[COLUMN_KEYS.index("status")] == "优秀"
    assert summary.problems == []

    # handed in again after the comment: the comment belongs to version 1
    hand_in(tmp_path, WANG, plan_id=plan_id, version=2, when=T0 + timedelta(days=1))
    [entry] = summarize_folder(tmp_path).current
    assert entry.review is None and entry.earlier_review[0] == 1
    assert row_cells(entry)[COLUMN_KEYS.index("status")] == "第 1 版已批改"


def test_a_returned_file_without_its_hand_in_is_listed(tmp_path):
    other = tmp_path / "别处"
    path = hand_in(other, WANG)
    (tmp_path / returned_file_name(path.name)).write_bytes(build_returned(read_handin(path.read_bytes()), "好"))
    path.unlink()
    summary = summarize_folder(tmp_path)
    assert summary.current == []
    [problem] = summary.problems
    assert problem.code == "returned" and "已批改" in problem.reason


def test_a_folder_that_cannot_be_read_raises(tmp_path):
    with pytest.raises(ClassFolderError) as info:
        summarize_folder(tmp_path / "没有")
    assert "没有" in str(info.value)
    (tmp_path / "file").write_text("x")
    with pytest.raises(ClassFolderError):
        summarize_folder(tmp_path / "file")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs POSIX permissions and a non-root user")
def test_an_unreadable_sub_folder_is_a_problem_not_the_end(tmp_path):
    hand_in(tmp_path, WANG)
    locked = tmp_path / "锁住"
    hand_in(locked, LI)
    locked.chmod(0)
    try:
        summary = summarize_folder(tmp_path)
    finally:
        locked.chmod(0o700)
    assert current_names(summary) == ["王五"]
    assert [p.code for p in summary.problems] == ["folder_unreadable"]


# ---------------------------------------------------------------------------------------------
# Bounded reading


def test_read_bounded_refuses_what_is_not_a_small_regular_file(tmp_path):
    small = tmp_path / "a"
    small.write_bytes(b"x" * 10)
    assert read_bounded(small, 10) == b"x" * 10
    with pytest.raises(BoundedReadError) as info:
        read_bounded(small, 9)
    assert info.value.code == "too_big" and info.value.size == 10
    with pytest.raises(BoundedReadError) as info:
        read_bounded(tmp_path, 100)
    assert info.value.code in ("not_regular", "os_error")
    with pytest.raises(BoundedReadError) as info:
        read_bounded(tmp_path / "none", 100)
    assert info.value.code == "os_error" and isinstance(info.value.os_error, FileNotFoundError)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_read_bounded_never_reads_a_device_whole():
    with pytest.raises(BoundedReadError) as info:
        read_bounded(Path("/dev/zero"), 100)
    assert info.value.code == "not_regular"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_read_bounded_does_not_hang_on_a_fifo(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(BoundedReadError) as info:
        read_bounded(fifo, 100)
    assert info.value.code == "not_regular"


# ---------------------------------------------------------------------------------------------
# Table, pictures, CSV


def test_row_texts(tmp_path, content):
    hand_in(tmp_path, WANG, title="电商主播之路")
    [entry] = summarize_folder(tmp_path).current
    cells = dict(zip(COLUMN_KEYS, row_cells(entry, content), strict=True))
    assert cells["class"] == "电商2301班" and cells["number"] == "2023001" and cells["name"] == "王五"
    assert cells["title"] == "电商主播之路" and cells["position"] == "电商主播"
    assert cells["size"] == "千人以上的企业"
    assert cells["tiers"] == "主管 2028年7月; 经理 2030年1月"
    assert cells["achieved"] == "1/2" and cells["progress"] == ""
    assert cells["quiz"] == "8/10(最近 6/10)"
    assert cells["handed_in"] == T0.astimezone().strftime("%Y-%m-%d %H:%M")
    assert cells["version"] == "1" and cells["status"] == ""
    assert cells["file"] == handin_file_name(WANG)


def test_counts_for_the_pictures(tmp_path, content):
    hand_in(tmp_path, WANG, position="pos.ecommerce_host")
    hand_in(tmp_path, LI, position="pos.ecommerce_host", goals=[TierGoal(Tier.DIRECTOR, 2035, 6)])
    hand_in(tmp_path, ZHANG, position="pos.gone_from_content", goals=[])
    entries = summarize_folder(tmp_path).current
    positions = position_counts(entries, content)
    assert [c.key for c in positions[:6]] == [n.id for n in content.of_kind("position")]
    assert positions[0].count == 2 and positions[-1].label == "其他" and positions[-1].count == 1
    tiers = {c.label: c.count for c in highest_tier_counts(entries)}
    assert tiers == {"专员": 0, "主管": 0, "经理": 1, "总监": 1, "没有目标": 1}
    timeline = target_timeline(entries)
    assert timeline[Tier.MANAGER][(2030, 1)] == 1 and timeline[Tier.DIRECTOR][(2035, 6)] == 1


@pytest.mark.parametrize("text, guarded", [
    ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"), ("+1", "'+1"), ("-2", "'-2"), ("@SUM(A1)", "'@SUM(A1)"),
    ("\t=1", "'\t=1"), ("王五", "王五"), ("a=b", "a=b"), ("", ""),
])
def test_formula_cells_are_guarded(text, guarded):
    assert guard_cell(text) == guarded


def test_csv_opens_in_excel_with_chinese_and_no_formulas(tmp_path, content):
    hand_in(tmp_path, StudentDetails("电商2301班", "2023001", "=cmd|' /C calc'!A0"), title="+规划")
    hand_in(tmp_path, LI, title="李四的规划")
    data = csv_bytes(default_order(summarize_folder(tmp_path).current), content)
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    assert "\r\n" in text
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0][:3] == ["班级", "学号", "姓名"] and len(rows) == 3
    assert rows[1][2] == "'=cmd|' /C calc'!A0" and rows[1][3] == "'+规划"
    assert rows[2][2] == "李四"
    assert all(not cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row)


# ---------------------------------------------------------------------------------------------
# Command line


def test_command_writes_the_csv_and_names_skipped_files(tmp_path, capsys):
    folder = tmp_path / "班级"
    hand_in(folder, WANG)
    hand_in(folder / "二班", ZHANG)
    (folder / "坏\x1b[31m.json").write_bytes(b'{"format": "netmkt-career-plan", "form')
    out = tmp_path / "汇总.csv"
    assert class_summary_command(str(folder), str(out)) == 0
    stdout, stderr = capsys.readouterr()
    assert stdout == ""
    assert "坏\ufffd[31m.json" in stderr and "\x1b" not in stderr and "不完整" in stderr
    assert "2 名学生" in stderr
    rows = list(csv.reader(io.StringIO(out.read_bytes().decode("utf-8-sig"))))
    assert sorted(r[2] for r in rows[1:]) == ["张三", "王五"]


def test_command_without_csv_prints_the_table(tmp_path, capsys):
    hand_in(tmp_path, WANG)
    assert class_summary_command(str(tmp_path)) == 0
    stdout, _ = capsys.readouterr()
    assert stdout.splitlines()[0].startswith("班级,学号,姓名") and "王五" in stdout


def test_command_exits_2_when_the_folder_or_the_csv_cannot_be_used(tmp_path, capsys):
    assert class_summary_command(str(tmp_path / "没有这个文件夹"), str(tmp_path / "x.csv")) == 2
    assert "无法读取文件夹" in capsys.readouterr().err
    assert not (tmp_path / "x.csv").exists()
    (tmp_path / "目录.csv").mkdir()
    assert class_summary_command(str(tmp_path), str(tmp_path / "目录.csv")) == 2
    assert "无法写入 CSV" in capsys.readouterr().err


def test_the_app_runs_the_summary_without_a_window(tmp_path):
    hand_in(tmp_path / "班", WANG)
    out = tmp_path / "out.csv"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    code = ("import sys; from netmkt_desktop.app import main; sys.exit(main(sys.argv[1:]))")
    result = subprocess.run([sys.executable, "-c", code, "--class-summary", str(tmp_path / "班"), "--csv", str(out)],
                            capture_output=True, text=True, timeout=60, env=env, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert "王五" in out.read_bytes().decode("utf-8-sig")
    check = subprocess.run([sys.executable, "-c", code, "--class-summary", str(tmp_path / "没有")],
                           capture_output=True, text=True, timeout=60, env=env, cwd=ROOT)
    assert check.returncode == 2


def test_the_summary_command_does_not_load_qt(tmp_path):
    hand_in(tmp_path, WANG)
    code = ("import sys; from netmkt_desktop.app import main; code = main(['--class-summary', sys.argv[1]]); "
            "assert 'PySide6' not in sys.modules, 'Qt was loaded'; sys.exit(code)")
    result = subprocess.run([sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True,
                            timeout=60, cwd=ROOT)
    assert result.returncode == 0, result.stderr
