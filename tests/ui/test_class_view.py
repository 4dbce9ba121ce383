"""班级汇总: the teacher opens a folder of hand-in files, sorts and filters, comments and exports."""

from __future__ import annotations

import csv
import errno
import io
import shutil
import subprocess
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QSettings, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QScrollArea

from netmkt_desktop.class_summary import COLUMN_KEYS, summarize_folder
from netmkt_desktop.handin import (
    Grade,
    StudentDetails,
    build_handin,
    handin_file_name,
    new_plan_id,
    read_returned,
    returned_file_name,
)
from netmkt_desktop.plans import CareerPlan, TierGoal
from netmkt_desktop.tiers import Tier
from netmkt_desktop.ui import class_view as class_view_module
from netmkt_desktop.ui import dialogs
from netmkt_desktop.ui.class_model import ClassFilterProxy, ClassTableModel
from netmkt_desktop.ui.class_view import ClassView
from netmkt_desktop.ui.main_window import MainWindow

T0 = datetime(2026, 11, 27, 8, 0, tzinfo=timezone.utc)
WANG = StudentDetails("电商2301班", "2023001", "王五")
LI = StudentDetails("电商2301班", "2023002", "李四")
ZHANG = StudentDetails("新媒体2301班", "2023003", "张三")
COL = {key: i for i, key in enumerate(COLUMN_KEYS)}


def write_handin(folder: Path, details: StudentDetails, *, plan_id=None, version=1, when=T0, name=None,
                 title=None, position="pos.ecommerce_host", goals=None) -> Path:
    plan = CareerPlan(title=title or f"{details.student_name}的规划", position_id=position, headcount=1200,
                      goals=goals if goals is not None else [TierGoal(Tier.SUPERVISOR, 2028, 7, "带团队"),
                                                             TierGoal(Tier.DIRECTOR, 2034, 1, "统筹", None)])
    path = folder / (name or handin_file_name(details))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(build_handin(plan, details, plan_id or new_plan_id(), version, handed_in_at=when))
    return path


@pytest.fixture
def class_folder(tmp_path) -> Path:
    """Three students; 王五 handed in twice (the old file under another name); one damaged file."""
    folder = tmp_path / "作业"
    plan_id = new_plan_id()
    write_handin(folder, WANG, plan_id=plan_id, version=1, name="王五-第一次.netmkt-plan.json", title="第一版")
    write_handin(folder, WANG, plan_id=plan_id, version=2, when=T0 + timedelta(hours=2), title="第二版",
                 goals=[TierGoal(Tier.MANAGER, 2031, 3, "做策划", date(2026, 1, 5))])
    write_handin(folder, LI, position="pos.new_media_marketing")
    write_handin(folder / "新媒体", ZHANG, position="pos.content_marketing")
    damaged = folder / "赵六_职业生涯规划.netmkt-plan.json"
    damaged.write_bytes(write_handin(folder, StudentDetails("", "", "赵六"), name="tmp.json").read_bytes()[:200])
    (folder / "tmp.json").unlink()
    return folder


@pytest.fixture
def view(qtbot, content, tmp_path) -> ClassView:
    window = ClassView(content, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def rows(view: ClassView, column: str = "name") -> list[str]:
    proxy = view.proxy
    return [proxy.index(r, COL[column]).data() for r in range(proxy.rowCount())]


def click_row(qtbot, view: ClassView, text: str, column: str = "name") -> None:
    row = rows(view, column).index(text)
    index = view.proxy.index(row, COL[column])
    view.table.scrollTo(index)
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=view.table.visualRect(index).center())
    assert view.review.entry is not None and getattr(view.review.entry.handin.details, "student_name") == text


def click_header(qtbot, view: ClassView, column: str) -> None:
    header = view.table.horizontalHeader()
    view.table.scrollTo(view.proxy.index(0, COL[column]))
    x = header.sectionViewportPosition(COL[column]) + header.sectionSize(COL[column]) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


# ---------------------------------------------------------------------------------------------
# Models


def test_table_model_and_filter_pass_the_model_tester(qtmodeltester, class_folder, content):
    model = ClassTableModel(content)
    model.set_entries(summarize_folder(class_folder).entries)
    qtmodeltester.check(model)
    proxy = ClassFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_show_replaced(True)
    proxy.sort(COL["number"])
    qtmodeltester.check(proxy)


# ---------------------------------------------------------------------------------------------
# The round: open, see, comment, save


def test_teacher_opens_the_folder_comments_and_the_returned_file_reads_back(
        qtbot, content, tmp_path, class_folder, monkeypatch, type_text):
    main = MainWindow(content, QSettings(str(tmp_path / "main.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(main)
    main.show()
    asked = []
    monkeypatch.setattr(dialogs, "ask_folder", lambda parent, title, start="": asked.append(title) or str(class_folder))
    student_files = {p: p.read_bytes() for p in class_folder.rglob("*") if p.is_file()}

    main.findChild(type(main.action_new_plan), "actionClassFolder").trigger()
    view = main.findChild(ClassView, "classView")
    assert asked == ["打开班级文件夹"] and view is not None and view.isVisible()
    qtbot.waitExposed(view)

    assert sorted(rows(view)) == ["张三", "李四", "王五"]
    assert view.problem_table.rowCount() == 1
    assert view.problem_table.item(0, 0).text() == "赵六_职业生涯规划.netmkt-plan.json"
    assert "不完整" in view.problem_table.item(0, 1).text()
    assert view.tabs.tabText(view.problems_tab) == "无法使用的文件(1)"
    assert "显示 3 名学生" in view.count_label.text() and "1 个文件已被替换" in view.count_label.text()
    wang = rows(view).index("王五")
    assert view.proxy.index(wang, COL["title"]).data() == "第二版"  # the newer hand-in
    assert view.proxy.index(wang, COL["version"]).data() == "2"

    click_row(qtbot, view, "王五")
    assert "第二版" in view.review.heading.text()
    assert "第二版" in view.review.plan_view.toPlainText() and "网络营销经理" in view.review.plan_view.toPlainText()
    assert not view.review.save_button.isEnabled()  # nothing written yet
    view.review.comment_edit.setFocus()
    type_text(view.review.comment_edit, "目标清楚,经理阶段的行动再具体些。")
    view.review.grade_combo.setFocus()
    qtbot.keyClick(view.review.grade_combo, Qt.Key.Key_Down)
    qtbot.keyClick(view.review.grade_combo, Qt.Key.Key_Down)
    assert view.review.grade_combo.currentText() == "良好"
    with qtbot.waitSignal(view.review_saved):
        qtbot.mouseClick(view.review.save_button, Qt.MouseButton.LeftButton)

    returned_path = class_folder / returned_file_name(handin_file_name(WANG))
    returned = read_returned(returned_path.read_bytes())
    assert returned.review.comment == "目标清楚,经理阶段的行动再具体些。"
    assert returned.review.grade is Grade.GOOD
    assert returned.handin.details == WANG and returned.handin.version == 2 and returned.handin.plan.title == "第二版"
    assert {p: p.read_bytes() for p in student_files} == student_files  # no student's file was touched
    assert view.proxy.index(rows(view).index("王五"), COL["status"]).data() == "良好"
    assert "已批改" in view.review.status_label.text()

    view.reload()  # opened again: the comment is there
    click_row(qtbot, view, "王五")
    assert view.review.comment_edit.toPlainText() == "目标清楚,经理阶段的行动再具体些。"
    assert view.review.grade_combo.currentText() == "良好"
    assert view.problem_table.rowCount() == 1  # the returned file is matched, not a problem


def test_ctrl_s_saves_and_ctrl_enter_saves_and_moves_on(qtbot, view, class_folder, type_text):
    view.open_folder(class_folder)
    click_header(qtbot, view, "number")
    click_row(qtbot, view, "王五")
    type_text(view.review.comment_edit, "好")
    view.review.comment_edit.setFocus()
    qtbot.keyClick(view.review.comment_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert read_returned((class_folder / returned_file_name(handin_file_name(WANG))).read_bytes()).review.comment == "好"
    assert view.review.entry.handin.details == LI  # the next row
    type_text(view.review.comment_edit, "也好")
    qtbot.keyClick(view.review.comment_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert read_returned((class_folder / returned_file_name(handin_file_name(LI))).read_bytes()).review.comment == "也好"


def test_a_failed_save_says_why_and_keeps_the_comment(qtbot, view, class_folder, type_text, dialog_calls, monkeypatch):
    view.open_folder(class_folder)
    click_row(qtbot, view, "李四")
    type_text(view.review.comment_edit, "写不进去的评语")

    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(class_view_module, "write_bytes_atomic", full)
    qtbot.mouseClick(view.review.save_button, Qt.MouseButton.LeftButton)
    [(title, text)] = dialog_calls["errors"]
    assert title == "没有保存批改" and "磁盘空间已满" in text and "没有丢失" in text
    assert view.review.comment_edit.toPlainText() == "写不进去的评语"
    assert not (class_folder / returned_file_name(handin_file_name(LI))).exists()


def test_a_comment_not_saved_is_kept_and_closing_asks(qtbot, view, class_folder, type_text, dialog_calls):
    view.open_folder(class_folder)
    click_row(qtbot, view, "李四")
    type_text(view.review.comment_edit, "草稿")
    click_row(qtbot, view, "张三")
    assert view.review.comment_edit.toPlainText() == ""
    assert "评语未保存" in view.proxy.index(rows(view).index("李四"), COL["status"]).data()
    click_row(qtbot, view, "李四")
    assert view.review.comment_edit.toPlainText() == "草稿"

    dialog_calls["answer"] = False
    view.close()
    assert view.isVisible() and "1 份评语" in dialog_calls["confirms"][-1][1]
    dialog_calls["answer"] = True
    view.close()
    assert not view.isVisible()


def test_closing_the_main_window_asks_about_unsaved_comments(qtbot, content, tmp_path, class_folder, monkeypatch,
                                                            type_text, dialog_calls):
    main = MainWindow(content, QSettings(str(tmp_path / "main.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(main)
    main.show()
    monkeypatch.setattr(dialogs, "ask_folder", lambda *args: str(class_folder))
    main.action_class_folder.trigger()
    view = main.findChild(ClassView, "classView")
    click_row(qtbot, view, "张三")
    type_text(view.review.comment_edit, "还没保存")
    dialog_calls["answer"] = False
    main.close()
    assert main.isVisible() and view.isVisible() and "1 份评语" in dialog_calls["confirms"][-1][1]
    dialog_calls["answer"] = True
    main.close()
    assert not main.isVisible()


def test_a_comment_too_long_cannot_be_saved_and_is_not_cut(qtbot, view, class_folder):
    view.open_folder(class_folder)
    click_row(qtbot, view, "李四")
    view.review.comment_edit.setPlainText("字" * 2001)
    assert not view.review.save_button.isEnabled()
    assert "2001/2000" in view.review.count_label.text()
    assert len(view.review.comment_edit.toPlainText()) == 2001


# ---------------------------------------------------------------------------------------------
# Sorting and filtering


def test_sorting_by_a_header_click(qtbot, view, class_folder):
    view.open_folder(class_folder)
    assert rows(view, "class") == ["电商2301班", "电商2301班", "新媒体2301班"]  # pinyin: dian before xin
    click_header(qtbot, view, "number")
    assert rows(view, "number") == ["2023001", "2023002", "2023003"]
    click_header(qtbot, view, "number")
    assert rows(view, "number") == ["2023003", "2023002", "2023001"]
    click_header(qtbot, view, "handed_in")
    assert rows(view)[-1] == "王五"  # handed in last (two hours later)
    click_header(qtbot, view, "number")
    view.reload()  # F5 keeps the teacher's order
    assert rows(view, "number") == ["2023001", "2023002", "2023003"]
    assert view.table.horizontalHeader().sortIndicatorSection() == COL["number"]


def test_filtering_by_text_class_and_replaced(qtbot, view, class_folder, type_text):
    view.open_folder(class_folder)
    view.filter_field.setFocus()
    type_text(view.filter_field, "新媒体营销")  # 李四's target position
    assert rows(view) == ["李四"]
    view.filter_field.clear()
    view.class_combo.setCurrentIndex(view.class_combo.findText("新媒体2301班"))
    assert rows(view) == ["张三"]
    assert view.charts.charts.students == 1  # the pictures follow the table
    view.class_combo.setCurrentIndex(0)
    assert len(rows(view)) == 3
    qtbot.mouseClick(view.replaced_check, Qt.MouseButton.LeftButton)
    assert sorted(rows(view, "title")) == ["张三的规划", "李四的规划", "第一版", "第二版"]
    replaced = rows(view, "title").index("第一版")
    assert view.proxy.index(replaced, COL["status"]).data() == "已被替换"
    assert view.proxy.index(replaced, 0).data(Qt.ItemDataRole.FontRole).italic()


def test_text_from_files_is_shown_as_plain_text(qtbot, view, tmp_path):
    folder = tmp_path / "evil"
    evil = StudentDetails("<b>班</b>", "<img src=file:///etc/passwd>", "<img src=secret.png>")
    write_handin(folder, evil, title="<style>*{font-size:600px}</style><a href='file:///'>x</a>")
    view.open_folder(folder)
    assert rows(view, "name") == [evil.student_name]
    click_row(qtbot, view, evil.student_name)
    assert view.review.heading.textFormat() == Qt.TextFormat.PlainText
    assert evil.student_name in view.review.heading.text()
    text = view.review.plan_view.toPlainText()
    assert "<style>*{font-size:600px}</style>" in text and evil.student_number in text
    assert view.review.plan_view.refused == []  # nothing but the ladder picture was even asked for


# ---------------------------------------------------------------------------------------------
# Pictures and exports


def test_the_pictures_count_the_class(view, class_folder):
    view.open_folder(class_folder)
    positions, tiers, timeline = (v.accessibleDescription() for v in view.charts.views)
    assert "电商主播 1" in positions and "新媒体营销 1" in positions and "内容营销 1" in positions
    assert "营销策划 0" in positions
    assert "经理 1" in tiers and "总监 2" in tiers
    assert "经理:1 个目标" in timeline


def test_pictures_grow_with_the_zoom_and_follow_the_theme(qtbot, view, class_folder, qapp):
    from netmkt_desktop.ui.zoom import ZoomController

    view.open_folder(class_folder)
    chart = view.charts.views[2]
    before = chart.sizeHint()
    zoom = ZoomController()
    zoom.set_percent(200)
    qtbot.waitUntil(lambda: chart.sizeHint().height() > before.height() * 1.5)
    image = view.charts.render(1.0)
    from netmkt_desktop.ui.theme import Theme, apply_theme

    apply_theme(qapp, Theme.DARK, outline_style=False)
    qtbot.waitUntil(lambda: view.charts.render(1.0).pixelColor(2, 2).lightness() < 100)
    assert image.pixelColor(2, 2).lightness() > 150


def test_exports_csv_png_and_pdf(qtbot, view, class_folder, tmp_path, monkeypatch):
    view.open_folder(class_folder)
    out = tmp_path / "导出"
    out.mkdir()
    answers = iter([out / "班级.csv", out / "图表.png", out / "汇总.pdf"])
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *args: str(next(answers)))
    view.action_csv.trigger()
    view.action_png.trigger()
    view.action_pdf.trigger()

    data = (out / "班级.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    table = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert table[0][0] == "班级" and sorted(r[2] for r in table[1:]) == ["张三", "李四", "王五"]

    image = QImage(str(out / "图表.png"))
    assert not image.isNull() and image.height() > image.width() / 3

    pdf = (out / "汇总.pdf").read_bytes()
    assert pdf.startswith(b"%PDF")
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    text = subprocess.run(["pdftotext", "-layout", str(out / "汇总.pdf"), "-"], capture_output=True,
                          text=True, check=True).stdout
    for word in ("班级汇总", "王五", "李四", "张三", "赵六_职业生涯规划", "第 1 页"):
        assert word in text, word
    info = subprocess.run(["pdfinfo", str(out / "汇总.pdf")], capture_output=True, text=True).stdout
    if info:
        size = next(line for line in info.splitlines() if line.startswith("Page size"))
        width, height = (float(v) for v in size.split(":")[1].split("pts")[0].split("x"))
        assert width > height  # landscape


# ---------------------------------------------------------------------------------------------
# The window in the app


def test_menu_action_asks_for_a_folder_and_cancel_opens_nothing(qtbot, content, tmp_path, monkeypatch):
    main = MainWindow(content, QSettings(str(tmp_path / "main.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(main)
    monkeypatch.setattr(dialogs, "ask_folder", lambda *args: "")
    assert main.action_class_folder in main.file_menu.actions()
    main.action_class_folder.trigger()
    assert main.findChild(ClassView) is None


def test_not_while_personal_data_is_hidden_for_the_projector(qtbot, content, tmp_path, monkeypatch, class_folder):
    main = MainWindow(content, QSettings(str(tmp_path / "main.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(main)
    monkeypatch.setattr(dialogs, "ask_folder", lambda *args: str(class_folder))
    main.set_personal_data_hidden(True)
    main.action_class_folder.trigger()
    assert main.findChild(ClassView) is None


def test_an_unreadable_folder_gets_a_message(qtbot, view, tmp_path, dialog_calls):
    assert not view.open_folder(tmp_path / "没有")
    [(title, text)] = dialog_calls["errors"]
    assert title == "无法打开文件夹" and "没有" in text


@pytest.mark.parametrize("percent", [100, 200])
def test_the_window_fits_1024x768(qtbot, content, class_folder, percent, tmp_path):
    from netmkt_desktop.ui.zoom import ZoomController

    zoom = ZoomController()
    zoom.set_percent(percent)
    window = ClassView(content, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.open_folder(class_folder)
    window.resize(1024, 768)
    window.show()
    qtbot.waitExposed(window)
    click_row(qtbot, window, "王五")
    hint = window.minimumSizeHint()
    assert hint.width() <= 1024 and hint.height() <= 768
    assert window.width() <= 1024 and window.height() <= 768
    scroll = window.findChild(QScrollArea, "reviewScroll")
    button = window.review.save_button
    on_screen = window.rect().contains(QRect(button.mapTo(window, QPoint(0, 0)), button.size()))
    assert on_screen or scroll.verticalScrollBar().isVisible() or scroll.horizontalScrollBar().isVisible()
    heading = window.review.heading  # a long name wraps inside the panel instead of running off it
    assert heading.mapTo(window, QPoint(heading.width(), 0)).x() <= window.width()
