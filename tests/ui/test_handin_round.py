"""The whole hand-in round, as the students and the teacher do it: three profiles hand in to one
folder (one of them twice, and a damaged file lies there too), the teacher opens the folder in the
class view, comments on one plan, and that student imports the comment: it shows in 我的规划 and in
the 职业生涯规划书's 教师评语 (read back from the PDF with pdftotext)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QToolButton

from netmkt_desktop.handin import StudentDetails, handin_file_name, read_handin, returned_file_name
from netmkt_desktop.plans import CareerPlan, TierGoal
from netmkt_desktop.storage.store import Store
from netmkt_desktop.tiers import Tier
from netmkt_desktop.ui import dialogs
from netmkt_desktop.ui.class_view import ClassView
from netmkt_desktop.ui.plans_view import PlansView

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed")

STUDENTS = {
    "王五": StudentDetails("电商2301班", "2023001", "王五"),
    "李四": StudentDetails("电商2301班", "2023002", "李四"),
    "张三": StudentDetails("新媒体2301班", "2023003", "张三"),
}


def make_plan(name: str) -> CareerPlan:
    return CareerPlan(title=f"{name}的直播之路", position_id="pos.ecommerce_host", headcount=1200,
                      goals=[TierGoal(Tier.SUPERVISOR, 2028, 7, "带团队"), TierGoal(Tier.DIRECTOR, 2034, 1, "整体项目运作")])


@pytest.fixture
def classroom(tmp_path):
    """One classroom PC's data: three profiles, each with its details and one plan."""
    store = Store.open(tmp_path / "data")
    profiles = {}
    for name, details in STUDENTS.items():
        data = store.profile(store.profiles.create(name).id)
        data.handins.set_details(details)
        data.plans.save(make_plan(name))
        profiles[name] = data
    yield profiles
    store.close()


def plans_view(qtbot, content, data, name) -> PlansView:
    view = PlansView(content)
    qtbot.addWidget(view)
    view.attach(data.plans, data, name)
    view.resize(1000, 700)
    view.show()
    qtbot.waitExposed(view)
    return view


def click_tool(qtbot, view: PlansView, name: str) -> None:
    button = view.findChild(QToolButton, f"plan_{name}_button")
    assert button is not None and button.isEnabled(), name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def hand_in(qtbot, view: PlansView, folder: Path, monkeypatch, with_pdf=False):
    monkeypatch.setattr(dialogs, "ask_folder", lambda parent, title, start="": str(folder))
    click_tool(qtbot, view, "handin")
    dialog = view.handin_dialog
    qtbot.waitExposed(dialog)
    if not dialog.folder_edit.text():
        qtbot.mouseClick(dialog.folder_button, Qt.MouseButton.LeftButton)
    if dialog.pdf_check.isChecked() != with_pdf:
        dialog.pdf_check.click()
    assert dialog.handin_button.isEnabled()
    with qtbot.waitSignal(dialog.handed_in) as handed:
        qtbot.mouseClick(dialog.handin_button, Qt.MouseButton.LeftButton)
    return dialog, Path(handed.args[1])


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, timeout=120,
                          check=True).stdout


def test_three_students_hand_in_the_teacher_comments_and_the_comment_comes_back_into_the_pdf(
        qtbot, content, tmp_path, classroom, monkeypatch, type_text, dialog_calls):
    folder = tmp_path / "U盘" / "作业"
    folder.mkdir(parents=True)

    # -- the students hand in (王五 twice: the second replaces the first) --------------------------
    views = {name: plans_view(qtbot, content, data, name) for name, data in classroom.items()}
    for name, view in views.items():
        dialog, path = hand_in(qtbot, view, folder, monkeypatch)
        assert path == folder / handin_file_name(STUDENTS[name])
    wang = views["王五"]
    first = read_handin((folder / handin_file_name(STUDENTS["王五"])).read_bytes())
    assert first.version == 1 and first.details == STUDENTS["王五"]

    dialog = None
    monkeypatch.setattr(dialogs, "ask_folder", lambda *a, **k: pytest.fail("the folder is remembered"))
    click_tool(qtbot, wang, "handin")
    dialog = wang.handin_dialog
    assert dialog.folder_edit.text() == str(folder)
    assert "第 1 版" in dialog.note_label.text() and "第 2 版" in dialog.note_label.text()
    assert "王五的直播之路" in dialog.preview.toPlainText() and "学习进度" in dialog.preview.toPlainText()
    with qtbot.waitSignal(dialog.handed_in):
        qtbot.mouseClick(dialog.handin_button, Qt.MouseButton.LeftButton)
    second = read_handin((folder / handin_file_name(STUDENTS["王五"])).read_bytes())
    assert second.version == 2 and second.plan_id == first.plan_id
    assert sorted(p.name for p in folder.iterdir()) == sorted(handin_file_name(d) for d in STUDENTS.values())
    assert "第 2 版" in wang.info_label.text()

    damaged = folder / "赵六_职业生涯规划.netmkt-plan.json"
    damaged.write_bytes((folder / handin_file_name(STUDENTS["李四"])).read_bytes()[:150])

    # -- the teacher opens the folder and comments on 王五's plan -------------------------------
    teacher = ClassView(content, QSettings(str(tmp_path / "teacher.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(teacher)
    teacher.resize(1024, 768)
    teacher.show()
    qtbot.waitExposed(teacher)
    assert teacher.open_folder(folder)
    names = [teacher.proxy.index(r, 2).data() for r in range(teacher.proxy.rowCount())]
    assert sorted(names) == ["张三", "李四", "王五"]
    assert teacher.problem_table.rowCount() == 1
    assert teacher.problem_table.item(0, 0).text() == damaged.name
    index = teacher.proxy.index(names.index("王五"), 2)
    qtbot.mouseClick(teacher.table.viewport(), Qt.MouseButton.LeftButton, pos=teacher.table.visualRect(index).center())
    assert teacher.review.entry.handin.version == 2
    teacher.review.comment_edit.setFocus()
    type_text(teacher.review.comment_edit, "目标清楚,主管阶段的行动再具体些。")
    teacher.review.grade_combo.setCurrentIndex(teacher.review.grade_combo.findText("良好"))
    with qtbot.waitSignal(teacher.review_saved):
        qtbot.mouseClick(teacher.review.save_button, Qt.MouseButton.LeftButton)
    returned = folder / returned_file_name(handin_file_name(STUDENTS["王五"]))
    assert returned.is_file()

    # -- another student cannot take it; 王五 imports it --------------------------------------
    monkeypatch.setattr(dialogs, "ask_open_path", lambda parent, title, filters: str(returned))
    click_tool(qtbot, views["李四"], "review")
    assert dialog_calls["errors"] and "王五" in dialog_calls["errors"][-1][1]
    assert classroom["李四"].plans.all()[0].teacher_comment == ""

    before = classroom["王五"].plans.all()[0]
    click_tool(qtbot, wang, "review")
    after = classroom["王五"].plans.all()[0]
    assert after.teacher_comment == "目标清楚,主管阶段的行动再具体些。" and after.teacher_grade == "good"
    assert (after.title, after.goals, after.updated_at) == (before.title, before.goals, before.updated_at)
    assert wang.review_label.isVisible()
    assert "目标清楚,主管阶段的行动再具体些。" in wang.review_label.text() and "良好" in wang.review_label.text()

    pdf = tmp_path / "王五.pdf"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda parent, title, suggested, filters: str(pdf))
    click_tool(qtbot, wang, "pdf")
    text = "".join(pdf_text(pdf).split())
    assert "教师评语" in text and "目标清楚,主管阶段的行动再具体些。" in text and "良好" in text
    assert "2023001" in text and "电商2301班" in text and "王五" in text  # the student's details on the cover
