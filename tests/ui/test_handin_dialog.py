"""交作业, 导入批改 and 学生信息 from the student's side (ui.handin_dialog, ui.student_details)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton

from netmkt_desktop.handin import (
    Grade,
    StudentDetails,
    build_handin,
    build_returned,
    handin_file_name,
    read_handin,
    read_returned,
    returned_file_name,
)
from netmkt_desktop.plans import CareerPlan, TierGoal
from netmkt_desktop.storage.store import Store
from netmkt_desktop.tiers import Tier
from netmkt_desktop.ui import dialogs
from netmkt_desktop.ui.plans_view import PlansView
from netmkt_desktop.ui.profile_dialog import ProfileDialog
from netmkt_desktop.ui.student_details import StudentDetailsDialog

WANG = StudentDetails("电商2301班", "2023001", "王五")


@pytest.fixture
def store(tmp_path):
    opened = Store.open(tmp_path / "data")
    yield opened
    opened.close()


@pytest.fixture
def data(store):
    data = store.profile(store.profiles.create("王五").id)
    data.plans.save(CareerPlan(title="电商主播之路", position_id="pos.ecommerce_host", headcount=1200,
                               goals=[TierGoal(Tier.SUPERVISOR, 2028, 7, "带团队\n学直播")]))
    return data


@pytest.fixture
def view(qtbot, content, data):
    widget = PlansView(content)
    qtbot.addWidget(widget)
    widget.attach(data.plans, data, "王五")
    widget.resize(1000, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def open_dialog(qtbot, view):
    button = view.findChild(QToolButton, "plan_handin_button")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = view.handin_dialog
    qtbot.waitExposed(dialog)
    return dialog


def choose_folder(qtbot, dialog, folder, monkeypatch):
    monkeypatch.setattr(dialogs, "ask_folder", lambda parent, title, start="": str(folder))
    qtbot.mouseClick(dialog.folder_button, Qt.MouseButton.LeftButton)


def test_without_a_name_or_a_folder_nothing_can_be_handed_in_and_the_dialog_says_why(
        qtbot, view, data, tmp_path, monkeypatch, type_text):
    dialog = open_dialog(qtbot, view)
    assert not dialog.handin_button.isEnabled()
    assert "姓名" in dialog.note_label.text() and "文件夹" in dialog.note_label.text()
    choose_folder(qtbot, dialog, tmp_path, monkeypatch)
    assert not dialog.handin_button.isEnabled()
    qtbot.mouseClick(dialog.details_button, Qt.MouseButton.LeftButton)
    details = dialog.details_dialog
    qtbot.waitExposed(details)
    assert details.name_edit.text() == ""  # the plan has no name: nothing to suggest
    for edit, text in ((details.class_edit, WANG.class_name), (details.name_edit, WANG.student_name)):
        edit.setFocus()
        type_text(edit, text)
    details.number_edit.setFocus()
    qtbot.keyClicks(details.number_edit, WANG.student_number)
    qtbot.mouseClick(details.save_button, Qt.MouseButton.LeftButton)
    assert data.handins.details() == WANG
    assert dialog.handin_button.isEnabled() and "2023001" in dialog.details_label.text()
    assert dialog.file_label.text().endswith(handin_file_name(WANG))


def test_the_preview_shows_what_is_included_and_the_file_holds_exactly_that(qtbot, view, data, tmp_path, monkeypatch,
                                                                          content):
    data.handins.set_details(WANG)
    data.study.mark_learned("pos.ecommerce_host", True)
    data.quiz.record(1, 10, 7, [])
    dialog = open_dialog(qtbot, view)
    choose_folder(qtbot, dialog, tmp_path, monkeypatch)
    preview = dialog.preview.toPlainText()
    assert "学习进度:1/" in preview and "自测:最好 7/10" in preview and "带团队" in preview and "学直播" in preview
    assert "笔记" in preview  # what is not handed in is named too
    dialog.quiz_check.click()
    preview = dialog.preview.toPlainText()
    assert "自测:最好" not in preview and "不含自测成绩" in preview
    with qtbot.waitSignal(dialog.handed_in):
        qtbot.mouseClick(dialog.handin_button, Qt.MouseButton.LeftButton)
    handin = read_handin((tmp_path / handin_file_name(WANG)).read_bytes())
    assert handin.quiz is None and handin.progress.learned == 1 and handin.details == WANG
    assert handin.plan.goals[0].actions == "带团队\n学直播" and handin.plan_id == data.plans.all()[0].uid
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]  # nothing half-written left
    again = open_dialog(qtbot, view)  # the choices are remembered for next time
    assert again.folder_edit.text() == str(tmp_path) and not again.quiz_check.isChecked()


def test_a_pdf_beside_the_hand_in_file_when_asked(qtbot, view, data, tmp_path, monkeypatch):
    data.handins.set_details(WANG)
    dialog = open_dialog(qtbot, view)
    choose_folder(qtbot, dialog, tmp_path, monkeypatch)
    dialog.pdf_check.click()
    assert "职业生涯规划.pdf" in dialog.file_label.text()
    with qtbot.waitSignal(dialog.handed_in):
        qtbot.mouseClick(dialog.handin_button, Qt.MouseButton.LeftButton)
    pdf = tmp_path / "电商2301班_2023001_王五_职业生涯规划.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")


def test_a_version_counts_on_from_the_plans_record_when_the_folder_is_new(qtbot, view, data, tmp_path, monkeypatch):
    data.handins.set_details(WANG)
    data.handins.handed_in(data.plans.all()[0].id, 4)
    view.reload()
    dialog = open_dialog(qtbot, view)
    choose_folder(qtbot, dialog, tmp_path, monkeypatch)
    with qtbot.waitSignal(dialog.handed_in):
        qtbot.mouseClick(dialog.handin_button, Qt.MouseButton.LeftButton)
    assert read_handin((tmp_path / handin_file_name(WANG)).read_bytes()).version == 5


def test_a_full_disk_gets_a_message_and_keeps_the_old_file(qtbot, view, data, tmp_path, monkeypatch, dialog_calls):
    import errno

    from netmkt_desktop import files
    from netmkt_desktop.ui import handin_dialog

    data.handins.set_details(WANG)
    folder = tmp_path / "作业"
    folder.mkdir()
    old = folder / handin_file_name(WANG)
    old.write_bytes(b"old")
    real_fsync = os.fsync

    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files.os, "fsync", full)
    assert handin_dialog.write_bytes_atomic is files.write_bytes_atomic
    dialog = open_dialog(qtbot, view)
    choose_folder(qtbot, dialog, folder, monkeypatch)
    qtbot.mouseClick(dialog.handin_button, Qt.MouseButton.LeftButton)
    monkeypatch.setattr(files.os, "fsync", real_fsync)
    assert dialog_calls["errors"][-1][0] == "没有交作业" and "No space left" in dialog_calls["errors"][-1][1]
    assert old.read_bytes() == b"old" and sorted(p.name for p in folder.iterdir()) == [old.name]
    assert dialog.isVisible() and data.plans.all()[0].handin_version == 0


def test_a_folder_gone_since_it_was_chosen_gets_a_message(qtbot, view, data, tmp_path, monkeypatch, dialog_calls):
    data.handins.set_details(WANG)
    stick = tmp_path / "U盘"
    stick.mkdir()
    dialog = open_dialog(qtbot, view)
    choose_folder(qtbot, dialog, stick, monkeypatch)
    stick.rmdir()  # the stick was pulled out
    qtbot.mouseClick(dialog.handin_button, Qt.MouseButton.LeftButton)
    assert dialog_calls["errors"][-1][0] == "没有交作业" and "找不到文件夹" in dialog_calls["errors"][-1][1]


def test_importing_something_that_is_not_a_returned_file_says_why(qtbot, view, data, tmp_path, monkeypatch,
                                                                  dialog_calls):
    data.handins.set_details(WANG)
    dialog = open_dialog(qtbot, view)
    choose_folder(qtbot, dialog, tmp_path, monkeypatch)
    with qtbot.waitSignal(dialog.handed_in):
        qtbot.mouseClick(dialog.handin_button, Qt.MouseButton.LeftButton)
    handin_path = tmp_path / handin_file_name(WANG)
    fifo = tmp_path / "pipe_已批改.netmkt-plan.json"
    cases = [(handin_path, "不是老师批改后的文件")]
    if hasattr(os, "mkfifo"):
        os.mkfifo(fifo)
        cases.append((fifo, "不是普通文件"))
    for path, reason in cases:
        view.import_review(str(path))
        assert dialog_calls["errors"][-1][0] == "没有导入批改" and reason in dialog_calls["errors"][-1][1]
    # the student changed their 学号 after handing in: the comment is not theirs any more
    returned = tmp_path / returned_file_name(handin_path.name)
    returned.write_bytes(build_returned(read_handin(handin_path.read_bytes()), "好", Grade.EXCELLENT))
    data.handins.set_details(StudentDetails("电商2301班", "2023009", "王五"))
    view.import_review(str(returned))
    assert "只能导入给自己的批改" in dialog_calls["errors"][-1][1]
    assert data.plans.all()[0].teacher_comment == "" and not view.review_label.isVisible()
    data.handins.set_details(WANG)
    view.import_review(str(returned))
    assert view.review_label.isVisible() and "优秀" in view.review_label.text()
    assert dialog_calls["infos"][-1][0] == "已导入批改"


def test_student_details_from_the_profile_chooser_for_the_profile_in_use_only(qtbot, store, data, type_text):
    other = store.profiles.create("李四")
    chooser = ProfileDialog(store.profiles, data.profile_id)
    qtbot.addWidget(chooser)
    chooser.show()
    requested = []
    chooser.details_requested.connect(requested.append)
    chooser.select_profile(other.id)
    assert not chooser.details_button.isEnabled()
    chooser.select_profile(data.profile_id)
    assert chooser.details_button.isEnabled()
    qtbot.mouseClick(chooser.details_button, Qt.MouseButton.LeftButton)
    assert requested == [data.profile_id]

    form = StudentDetailsDialog(data.handins, "王五", chooser)
    qtbot.addWidget(form)
    form.show()
    form.number_edit.setFocus()
    qtbot.keyClicks(form.number_edit, "2023001")
    form.name_edit.setFocus()
    type_text(form.name_edit, "王\u0007五")  # a control character: refused in the form, nothing saved
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.isVisible() and form.problem_label.isVisible() and "姓名" in form.problem_label.text()
    assert data.handins.details() == StudentDetails()
    form.name_edit.clear()
    type_text(form.name_edit, "王五")
    assert not form.problem_label.isVisible()
    with qtbot.waitSignal(form.details_saved):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert data.handins.details() == StudentDetails("", "2023001", "王五")


def test_session_opens_the_details_of_the_profile_in_use(qtbot, content, tmp_path, monkeypatch):
    from PySide6.QtCore import QSettings

    from netmkt_desktop.ui.main_window import MainWindow

    main = MainWindow(content, QSettings(str(tmp_path / "main.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(main)
    main.show()
    store = Store.open(tmp_path / "data")
    main.session.attach_store(store)
    try:
        store.profiles.rename(main.session.profile_id, "王五", "电商2301班")
        dialog = main.session.edit_student_details()
        assert isinstance(dialog, StudentDetailsDialog)
        assert dialog.class_edit.text() == "电商2301班"  # the profile's class, until details are saved
        dialog.number_edit.setFocus()
        qtbot.keyClicks(dialog.number_edit, "42")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert main.session.data.handins.details() == StudentDetails("电商2301班", "42", "")
        main.session.start_guest()
        assert main.session.edit_student_details() is None
    finally:
        main.session.close()


def test_dialog_fits_1024x768_at_double_font_size(qtbot, view, data, tmp_path, monkeypatch, qapp):
    data.handins.set_details(WANG)
    font = qapp.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    qapp.setFont(font)
    dialog = open_dialog(qtbot, view)
    choose_folder(qtbot, dialog, tmp_path, monkeypatch)
    assert dialog.minimumSizeHint().width() <= 1024 and dialog.minimumSizeHint().height() <= 768
    assert dialog.width() <= 1024 and dialog.height() <= 768


def test_a_long_comment_scrolls_in_a_box_a_few_lines_high_a_short_one_shows_whole(qtbot, view, data):
    data.handins.set_details(WANG)
    plan = data.plans.all()[0]
    handin = read_handin(build_handin(plan, WANG, plan.uid, 1, handed_in_at="2026-11-27T08:00:00Z"))
    line = view.review_label.fontMetrics().lineSpacing()
    for comment, long in (("好。\n第二行。", False), ("很长的评语," * 300, True)):
        data.handins.attach_review(read_returned(build_returned(handin, comment, Grade.GOOD,
                                                                "2026-11-28T09:00:0%dZ" % long)))
        view.reload()
        qtbot.waitUntil(lambda: view.review_area.height() > 0)
        scroll = view.review_area.verticalScrollBar()
        assert view.review_area.height() <= 8 * line + 30
        qtbot.waitUntil(lambda: (scroll.maximum() > 0) == long)

