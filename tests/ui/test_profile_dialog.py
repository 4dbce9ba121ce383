from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QDialog, QLineEdit

from netmkt_desktop.errors import StoreWriteError
from netmkt_desktop.ui.profile_dialog import HAS_PIN_ROLE, ProfileDialog, ProfileFormDialog


class FakeClock:
    def __init__(self) -> None:
        self.now = datetime(2026, 3, 1, 9, 0, 0)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


@pytest.fixture
def people(store):
    """张三 (in use, no PIN), 李四 (PIN 1234), Bob (no PIN)."""
    return {
        "zhang": store.profiles.create("张三", "高一(3)班").id,
        "li": store.profiles.create("李四", pin="1234").id,
        "bob": store.profiles.create("Bob", "Class 2").id,
    }


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def make_dialog(qtbot, store, people, clock):
    def make(current="zhang", **kwargs) -> ProfileDialog:
        dlg = ProfileDialog(store.profiles, people[current] if current else None, clock=clock, **kwargs)
        qtbot.addWidget(dlg)
        dlg.show()
        qtbot.waitExposed(dlg)
        return dlg

    return make


def names(dlg: ProfileDialog) -> list[str]:
    return [dlg.list.item(row).text() for row in range(dlg.list.count())]


def select(dlg: ProfileDialog, profile_id: int) -> None:
    dlg.select_profile(profile_id)
    assert dlg.selected_profile_id() == profile_id


def click(qtbot, dlg: ProfileDialog, name: str) -> None:
    qtbot.mouseClick(dlg.findChild(object, name), Qt.MouseButton.LeftButton)


def double_click(qtbot, view, pos) -> None:
    """As a mouse does it: press and release, then the double click (a view ignores a lone one)."""
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def open_form(qtbot, dlg: ProfileDialog, button: str) -> ProfileFormDialog:
    click(qtbot, dlg, button)
    form = dlg.form
    assert form is not None and form.objectName() == "profileFormDialog"
    qtbot.waitExposed(form)
    return form


def submit(qtbot, form: ProfileFormDialog) -> None:
    qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)


def test_lists_profiles_with_pin_marks_and_preselects_the_current_one(make_dialog, people, store):
    dlg = make_dialog()
    assert dlg.objectName() == "profileDialog" and dlg.windowTitle() == "选择学习档案"
    assert names(dlg) == ["张三 · 高一(3)班(正在使用)", "李四", "Bob · Class 2"]
    assert [dlg.list.item(r).data(HAS_PIN_ROLE) for r in range(3)] == [False, True, False]
    assert not dlg.list.item(1).icon().isNull()
    assert "有 PIN" in dlg.list.item(1).data(Qt.ItemDataRole.AccessibleTextRole)
    assert dlg.selected_profile_id() == people["zhang"]
    assert not dlg.pin_row.isVisible() and not dlg.remove_pin_button.isEnabled()
    assert dlg.findChild(QLineEdit, "pinEdit").echoMode() == QLineEdit.EchoMode.Password


def test_without_a_current_profile_the_last_used_one_is_preselected_and_type_ahead_works(
        qtbot, make_dialog, people, store, type_text):
    store.profiles.touch(people["bob"])
    dlg = make_dialog(current=None)
    assert dlg.selected_profile_id() == people["bob"]
    dlg.list.setFocus()
    type_text(dlg.list, "李")  # as an input method commits it
    assert dlg.selected_profile_id() == people["li"]
    assert dlg.pin_row.isVisible() and dlg.remove_pin_button.isEnabled()
    assert dlg.pin_button.text() == "修改 PIN…"
    dlg.list.keyboardSearch("")  # forget the Chinese search prefix
    qtbot.keyClicks(dlg.list, "b")
    assert dlg.selected_profile_id() == people["bob"]


def test_choosing_a_profile_without_pin_emits_its_id_and_records_it_as_last_used(qtbot, make_dialog, people, store):
    dlg = make_dialog()
    select(dlg, people["bob"])
    with qtbot.waitSignal(dlg.profile_chosen) as blocker:
        click(qtbot, dlg, "useProfileButton")
    assert blocker.args == [people["bob"]]
    assert dlg.result() == QDialog.DialogCode.Accepted and not dlg.isVisible()
    assert store.profiles.last_used().id == people["bob"]


def test_enter_in_the_list_chooses_the_selected_profile_once(qtbot, make_dialog, people):
    dlg = make_dialog()
    chosen = []
    dlg.profile_chosen.connect(chosen.append)
    dlg.list.setFocus()
    qtbot.keyClick(dlg.list, Qt.Key.Key_End)  # Bob
    qtbot.keyClick(dlg.list, Qt.Key.Key_Return)
    assert chosen == [people["bob"]]
    assert dlg.result() == QDialog.DialogCode.Accepted


def test_double_click_chooses(qtbot, make_dialog, people):
    dlg = make_dialog()
    centre = dlg.list.visualItemRect(dlg.list.item(2)).center()
    with qtbot.waitSignal(dlg.profile_chosen) as blocker:
        double_click(qtbot, dlg.list, centre)
    assert blocker.args == [people["bob"]]


def test_double_click_on_a_profile_with_pin_moves_to_the_pin_field(qtbot, make_dialog, people):
    dlg = make_dialog()
    centre = dlg.list.visualItemRect(dlg.list.item(1)).center()
    double_click(qtbot, dlg.list, centre)
    assert dlg.selected_profile_id() == people["li"] and dlg.isVisible()
    assert dlg.focusWidget() is dlg.pin_edit


def test_a_profile_with_pin_opens_only_with_the_right_pin(qtbot, make_dialog, people, dialog_calls):
    dlg = make_dialog()
    chosen = []
    dlg.profile_chosen.connect(chosen.append)
    select(dlg, people["li"])
    assert dlg.pin_row.isVisible()
    click(qtbot, dlg, "useProfileButton")  # no PIN typed: asked for it, not counted as a wrong try
    assert chosen == [] and dlg.message_label.isVisible() and "请先输入 PIN" in dlg.message_label.text()
    qtbot.keyClicks(dlg.pin_edit, "9999")
    qtbot.keyClick(dlg.pin_edit, Qt.Key.Key_Return)
    assert chosen == [] and dlg.isVisible()
    assert dlg.message_label.text().startswith("PIN 不正确") and "再输错 4 次" in dlg.message_label.text()
    assert dlg.pin_edit.text() == "" and dlg.use_button.isEnabled()
    qtbot.keyClicks(dlg.pin_edit, "1234")
    qtbot.keyClick(dlg.pin_edit, Qt.Key.Key_Return)
    assert chosen == [people["li"]] and dlg.result() == QDialog.DialogCode.Accepted
    assert dialog_calls["errors"] == []


def test_five_wrong_pins_lock_the_use_button_until_the_timer_ends_the_wait(qtbot, make_dialog, people, clock):
    dlg = make_dialog()
    select(dlg, people["li"])
    for _ in range(5):
        qtbot.keyClicks(dlg.pin_edit, "0000")
        qtbot.keyClick(dlg.pin_edit, Qt.Key.Key_Return)
    assert "请等 30 秒后再试" in dlg.message_label.text() and dlg.message_label.isVisible()
    assert not dlg.use_button.isEnabled() and dlg.unlock_timer.isActive()
    select(dlg, people["bob"])  # the lock belongs to 李四 only
    assert dlg.use_button.isEnabled() and not dlg.message_label.isVisible()
    select(dlg, people["li"])
    assert not dlg.use_button.isEnabled() and "锁定" in dlg.message_label.text()
    clock.advance(31)
    qtbot.waitUntil(dlg.use_button.isEnabled, timeout=3000)
    assert "现在可以再输入一次 PIN" in dlg.message_label.text()
    with qtbot.waitSignal(dlg.profile_chosen) as blocker:
        qtbot.keyClicks(dlg.pin_edit, "1234")
        qtbot.keyClick(dlg.pin_edit, Qt.Key.Key_Return)
    assert blocker.args == [people["li"]]


def test_new_profile_form_creates_a_profile_and_shows_problems_in_the_form(
        qtbot, make_dialog, store, type_text, dialog_calls):
    dlg = make_dialog()
    changed = []
    dlg.profiles_changed.connect(lambda: changed.append(True))
    form = open_form(qtbot, dlg, "newProfileButton")
    assert form.name_edit.isVisible() and form.new_pin_again_edit.isVisible()
    assert not form.current_pin_edit.isVisible()
    submit(qtbot, form)  # no name
    assert form.isVisible() and form.problem_label.isVisible() and "请填写" in form.problem_label.text()
    assert form.name_edit.height() >= form.name_edit.sizeHint().height()  # the form grew, fields not squeezed
    type_text(form.name_edit, "李四")  # the name is there: "请填写…" goes at once
    assert not form.problem_label.isVisible()
    submit(qtbot, form)  # taken
    assert form.isVisible() and "已经有名为“李四”" in form.problem_label.text()
    type_text(form.class_edit, "高二(1)班")
    assert form.problem_label.isVisible()  # another field: the problem with the name stays
    form.name_edit.clear()
    assert form.problem_label.isVisible()  # empty is no better
    type_text(form.name_edit, "王五")
    assert not form.problem_label.isVisible()
    qtbot.keyClicks(form.new_pin_edit, "2468")
    qtbot.keyClicks(form.new_pin_again_edit, "2469")
    submit(qtbot, form)
    assert form.isVisible() and "不一样" in form.problem_label.text()
    assert form.name_edit.text() == "王五" and form.class_edit.text() == "高二(1)班"  # nothing typed is lost
    qtbot.keyClicks(form.new_pin_again_edit, "246")
    assert form.problem_label.isVisible()
    qtbot.keyClicks(form.new_pin_again_edit, "8")
    assert not form.problem_label.isVisible()  # the two PINs agree now
    submit(qtbot, form)
    assert not form.isVisible() and changed == [True]
    created = next(p for p in store.profiles.all() if p.name == "王五")
    assert created.class_name == "高二(1)班" and created.has_pin
    assert dlg.selected_profile_id() == created.id and "王五 · 高二(1)班" in names(dlg)
    assert store.profiles.check_pin(created.id, "2468").ok
    assert dialog_calls["errors"] == []


def test_rename_keeps_the_id_and_refuses_a_taken_name(qtbot, make_dialog, people, store, type_text):
    dlg = make_dialog()
    select(dlg, people["bob"])
    form = open_form(qtbot, dlg, "renameProfileButton")
    assert form.name_edit.text() == "Bob" and form.class_edit.text() == "Class 2"
    form.name_edit.clear()
    type_text(form.name_edit, "张三")
    submit(qtbot, form)
    assert form.isVisible() and "已经有名为“张三”" in form.problem_label.text()
    form.name_edit.clear()
    type_text(form.name_edit, "鲍勃")
    submit(qtbot, form)
    assert not form.isVisible()
    assert store.profiles.get(people["bob"]).name == "鲍勃"
    assert dlg.selected_profile_id() == people["bob"] and "鲍勃 · Class 2" in names(dlg)


def test_set_change_and_remove_a_pin_the_latter_two_need_the_current_pin(qtbot, make_dialog, people, store):
    dlg = make_dialog()
    select(dlg, people["bob"])
    form = open_form(qtbot, dlg, "setPinButton")
    assert not form.current_pin_edit.isVisible()  # no PIN yet: nothing to confirm
    qtbot.keyClicks(form.new_pin_edit, "12")
    qtbot.keyClicks(form.new_pin_again_edit, "12")
    submit(qtbot, form)
    assert form.isVisible() and "4–8" in form.problem_label.text()
    form.new_pin_edit.clear()
    form.new_pin_again_edit.clear()
    qtbot.keyClicks(form.new_pin_edit, "1357")
    qtbot.keyClicks(form.new_pin_again_edit, "1357")
    submit(qtbot, form)
    assert not form.isVisible() and store.profiles.has_pin(people["bob"])
    assert dlg.pin_row.isVisible() and dlg.remove_pin_button.isEnabled()

    form = open_form(qtbot, dlg, "setPinButton")  # change: the old PIN first
    assert form.current_pin_edit.isVisible()
    qtbot.keyClicks(form.new_pin_edit, "8642")
    qtbot.keyClicks(form.new_pin_again_edit, "8642")
    submit(qtbot, form)
    assert form.isVisible() and "现在的 PIN" in form.problem_label.text()
    qtbot.keyClicks(form.current_pin_edit, "0000")
    submit(qtbot, form)
    assert form.isVisible() and form.problem_label.text().startswith("PIN 不正确")
    assert store.profiles.check_pin(people["bob"], "1357").ok  # unchanged
    qtbot.keyClicks(form.current_pin_edit, "1357")
    submit(qtbot, form)
    assert not form.isVisible() and store.profiles.check_pin(people["bob"], "8642").ok

    form = open_form(qtbot, dlg, "removePinButton")
    assert form.current_pin_edit.isVisible() and not form.new_pin_edit.isVisible()
    qtbot.keyClicks(form.current_pin_edit, "1357")
    submit(qtbot, form)
    assert form.isVisible() and store.profiles.has_pin(people["bob"])
    qtbot.keyClicks(form.current_pin_edit, "8642")
    submit(qtbot, form)
    assert not form.isVisible() and not store.profiles.has_pin(people["bob"])
    assert not dlg.pin_row.isVisible() and not dlg.remove_pin_button.isEnabled()


def test_delete_asks_naming_what_goes_and_refuses_the_profile_in_use(qtbot, make_dialog, people, store, dialog_calls):
    dlg = make_dialog()
    click(qtbot, dlg, "deleteProfileButton")  # 张三 is in use
    assert dlg.form is None and len(dialog_calls["errors"]) == 1
    assert "张三" in dialog_calls["errors"][0][1] and "不能删除" in dialog_calls["errors"][0][1]
    assert store.profiles.get(people["zhang"]) is not None

    select(dlg, people["bob"])
    form = open_form(qtbot, dlg, "deleteProfileButton")
    text = form.intro_label.text()
    assert "Bob" in text and all(word in text for word in ("规划", "笔记", "进度", "撤销"))
    assert not form.current_pin_edit.isVisible() and not form.teacher_edit.isVisible()
    form.reject()
    assert store.profiles.get(people["bob"]) is not None

    form = open_form(qtbot, dlg, "deleteProfileButton")
    with qtbot.waitSignal(dlg.profiles_changed):
        submit(qtbot, form)
    assert store.profiles.get(people["bob"]) is None
    assert names(dlg) == ["张三 · 高一(3)班(正在使用)", "李四"]
    assert dlg.selected_profile_id() == people["zhang"]

    assert dlg.undo_delete_button.isVisible()  # until the app closes it can come back
    with qtbot.waitSignal(dlg.profiles_changed):
        click(qtbot, dlg, "undoDeleteButton")
    assert store.profiles.get(people["bob"]).name == "Bob" and not dlg.undo_delete_button.isVisible()


def test_delete_rename_and_pin_changes_of_a_pin_profile_are_refused_without_its_pin(
        qtbot, make_dialog, people, store, type_text, dialog_calls):
    """Another student's PIN profile: nothing can be done to it without the PIN."""
    dlg = make_dialog()
    select(dlg, people["li"])

    form = open_form(qtbot, dlg, "deleteProfileButton")
    assert form.current_pin_edit.isVisible() and "PIN" in form.intro_label.text()
    assert "没有设置教师密码" in form.forgot_label.text()  # a forgotten PIN: say what can be done
    submit(qtbot, form)
    assert form.isVisible() and "PIN" in form.problem_label.text()
    qtbot.keyClicks(form.current_pin_edit, "9999")
    submit(qtbot, form)
    assert form.isVisible() and form.problem_label.text().startswith("PIN 不正确")
    assert store.profiles.get(people["li"]) is not None
    form.reject()

    form = open_form(qtbot, dlg, "renameProfileButton")
    assert form.current_pin_edit.isVisible()
    form.name_edit.clear()
    type_text(form.name_edit, "王八")
    submit(qtbot, form)
    assert form.isVisible() and "PIN" in form.problem_label.text()
    qtbot.keyClicks(form.current_pin_edit, "0000")
    submit(qtbot, form)
    assert form.isVisible() and store.profiles.get(people["li"]).name == "李四"
    qtbot.keyClicks(form.current_pin_edit, "1234")
    submit(qtbot, form)
    assert not form.isVisible() and store.profiles.get(people["li"]).name == "王八"

    form = open_form(qtbot, dlg, "deleteProfileButton")
    qtbot.keyClicks(form.current_pin_edit, "1234")
    submit(qtbot, form)
    assert not form.isVisible() and store.profiles.get(people["li"]) is None
    assert dialog_calls["errors"] == []


def test_wrong_pins_in_the_forms_count_towards_the_lock(qtbot, make_dialog, people, store):
    dlg = make_dialog()
    select(dlg, people["li"])
    form = open_form(qtbot, dlg, "removePinButton")
    for _ in range(5):
        qtbot.keyClicks(form.current_pin_edit, "0000")
        submit(qtbot, form)
    assert "30 秒" in form.problem_label.text()
    qtbot.keyClicks(form.current_pin_edit, "1234")  # locked: even the right PIN waits
    submit(qtbot, form)
    assert form.isVisible() and store.profiles.has_pin(people["li"])


def test_with_a_teacher_password_a_forgotten_pin_is_reset_from_the_form(qtbot, make_dialog, people, store):
    store.profiles.teacher.set("老师的密码123")
    store.profiles.set_pin(people["bob"], "1357")  # set under the teacher password: resettable
    dlg = make_dialog()
    select(dlg, people["bob"])
    form = open_form(qtbot, dlg, "setPinButton")
    assert form.teacher_edit.isVisible() and "教师密码" in form.forgot_label.text()
    qtbot.keyClicks(form.new_pin_edit, "8642")
    qtbot.keyClicks(form.new_pin_again_edit, "8642")
    qtbot.keyClicks(form.teacher_edit, "wrong-password")
    submit(qtbot, form)
    assert form.isVisible() and store.profiles.check_pin(people["bob"], "1357").ok
    form.teacher_edit.clear()
    qtbot.keyClicks(form.teacher_edit, "teacher-pw")  # wrong again
    submit(qtbot, form)
    assert form.isVisible()
    store.profiles.teacher.set("teacher-pw1", current="老师的密码123")
    form.teacher_edit.clear()
    qtbot.keyClicks(form.teacher_edit, "teacher-pw1")
    submit(qtbot, form)
    assert not form.isVisible() and store.profiles.check_pin(people["bob"], "8642").ok

    select(dlg, people["li"])  # 李四's PIN was set before any teacher password: the teacher cannot reset it
    form = open_form(qtbot, dlg, "setPinButton")
    assert not form.teacher_edit.isVisible() and "之前设置" in form.forgot_label.text()


def test_guest_mode(qtbot, make_dialog):
    dlg = make_dialog()
    with qtbot.waitSignal(dlg.guest_chosen):
        click(qtbot, dlg, "guestButton")
    assert dlg.result() == QDialog.DialogCode.Accepted
    assert not make_dialog(allow_guest=False).guest_button.isVisible()


def test_store_errors_are_shown_and_nothing_typed_is_lost(qtbot, make_dialog, people, store, type_text,
                                                          dialog_calls, monkeypatch):
    dlg = make_dialog()
    form = open_form(qtbot, dlg, "newProfileButton")
    type_text(form.name_edit, "赵六")

    def broken(*_args, **_kwargs):
        raise StoreWriteError("新建用户档案没有完成:磁盘已满。")

    monkeypatch.setattr(store.profiles, "create", broken)
    submit(qtbot, form)
    assert dialog_calls["errors"] == [("操作没有完成", "新建用户档案没有完成:磁盘已满。")]
    assert form.isVisible() and form.name_edit.text() == "赵六"
    form.reject()

    def unwritable(*_args, **_kwargs):  # the wrong-PIN count cannot be kept: nothing is opened
        raise StoreWriteError("检查 PIN没有完成:只读或没有写入权限。")

    monkeypatch.setattr(store.profiles, "check_pin", unwritable)
    chosen = []
    dlg.profile_chosen.connect(chosen.append)
    select(dlg, people["li"])
    qtbot.keyClicks(dlg.pin_edit, "1234")
    click(qtbot, dlg, "useProfileButton")
    assert chosen == [] and dlg.isVisible() and "只读" in dialog_calls["errors"][-1][1]


def test_fits_1024x768_at_twice_the_font(qtbot, qapp, store, people):
    font = qapp.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    qapp.setFont(font)
    dlg = ProfileDialog(store.profiles, people["zhang"])
    qtbot.addWidget(dlg)
    assert dlg.minimumSizeHint().boundedTo(QSize(1024, 740)) == dlg.minimumSizeHint()
    form = ProfileFormDialog(ProfileFormDialog.CREATE, lambda f: True, parent=dlg)
    assert form.minimumSizeHint().boundedTo(QSize(1024, 740)) == form.minimumSizeHint()
    assert dlg.list.iconSize().height() == dlg.fontMetrics().height()
