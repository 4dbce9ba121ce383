"""教师设置: the teacher password, and what only it allows (driven through the real dialogs)."""

import pytest
from PySide6.QtCore import Qt

from netmkt_desktop.plans import CareerPlan
from netmkt_desktop.ui.teacher_dialog import TeacherDialog, TeacherPasswordForm

TEACHER = "老师的密码 2026"


class FakeSession:
    """What the dialog asks of the window's session."""

    def __init__(self, profile_id=None):
        self.profile_id = profile_id
        self.calls = []

    def detach(self):
        self.calls.append("detach")

    def reopen(self, profile_id):
        self.calls.append(("reopen", profile_id))


@pytest.fixture
def people(store):
    ming = store.profiles.create("小明").id
    hong = store.profiles.create("小红", pin="2468").id
    return {"ming": ming, "hong": hong}


@pytest.fixture
def make_dialog(qtbot, store, people):
    def make(session=None) -> TeacherDialog:
        dlg = TeacherDialog(store, session or FakeSession(people["ming"]))
        qtbot.addWidget(dlg)
        dlg.show()
        qtbot.waitExposed(dlg)
        return dlg

    return make


def click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_secret(qtbot, edit, text):
    edit.clear()
    edit.setText(text)  # the password has Chinese: set as an input method would commit it


def set_password(qtbot, dlg, password=TEACHER):
    click(qtbot, dlg.set_button)
    form = dlg.form
    assert isinstance(form, TeacherPasswordForm) and form.isVisible()
    type_secret(qtbot, form.new_edit, password)
    type_secret(qtbot, form.again_edit, password)
    click(qtbot, form.ok_button)
    return form


def unlock(qtbot, dlg, password=TEACHER):
    type_secret(qtbot, dlg.unlock_edit, password)
    click(qtbot, dlg.unlock_button)


def select(dlg, profile_id):
    dlg.select_profile(profile_id)
    assert dlg.selected_profile().id == profile_id


def test_without_a_password_it_says_what_that_means_and_every_action_is_locked(make_dialog):
    dlg = make_dialog()
    assert dlg.objectName() == "teacherDialog"
    assert "忘记的 PIN 无法重置" in dlg.status_label.text()
    assert "不是文件加密" in dlg.intro_label.text()  # honest: a lock in the app
    assert not dlg.unlock_edit.isEnabled() and not dlg.folder_button.isEnabled()
    assert not dlg.delete_button.isEnabled() and not dlg.clear_button.isEnabled()


def test_setting_then_unlocking_with_the_password(qtbot, make_dialog, store):
    dlg = make_dialog()
    click(qtbot, dlg.set_button)
    form = dlg.form
    type_secret(qtbot, form.new_edit, "short")
    type_secret(qtbot, form.again_edit, "short")
    click(qtbot, form.ok_button)
    assert form.isVisible() and "6" in form.problem_label.text()
    type_secret(qtbot, form.new_edit, TEACHER)
    type_secret(qtbot, form.again_edit, TEACHER + "x")
    click(qtbot, form.ok_button)
    assert form.isVisible() and "不一样" in form.problem_label.text()
    type_secret(qtbot, form.again_edit, TEACHER)
    click(qtbot, form.ok_button)
    assert not form.isVisible() and store.profiles.teacher.is_set()
    assert dlg.set_button.text() == "修改教师密码…" and dlg.clear_button.isEnabled()
    assert not dlg.delete_button.isEnabled()  # still locked until the password is typed here
    unlock(qtbot, dlg, "wrong password")
    assert dlg.password is None and "不正确" in dlg.message_label.text()
    unlock(qtbot, dlg)
    assert dlg.password == TEACHER and dlg.folder_button.isEnabled()


def test_changing_or_clearing_the_password_needs_it(qtbot, make_dialog, store):
    store.profiles.teacher.set(TEACHER)
    dlg = make_dialog()
    click(qtbot, dlg.clear_button)
    form = dlg.form
    assert form.mode == TeacherPasswordForm.CLEAR
    type_secret(qtbot, form.current_edit, "wrong password")
    click(qtbot, form.ok_button)
    assert form.isVisible() and store.profiles.teacher.is_set()
    type_secret(qtbot, form.current_edit, TEACHER)
    click(qtbot, form.ok_button)
    assert not form.isVisible() and not store.profiles.teacher.is_set()


def test_the_teacher_resets_a_forgotten_pin(qtbot, make_dialog, store, people):
    store.profiles.teacher.set(TEACHER)
    store.profiles.set_pin(people["hong"], "1357", pin="2468")  # set under the teacher password
    dlg = make_dialog()
    unlock(qtbot, dlg)
    select(dlg, people["hong"])
    assert dlg.reset_pin_button.isEnabled()
    click(qtbot, dlg.reset_pin_button)
    form = dlg.form
    qtbot.keyClicks(form.new_pin_edit, "8642")
    qtbot.keyClicks(form.new_pin_again_edit, "8642")
    click(qtbot, form.ok_button)
    assert not form.isVisible()
    assert store.profiles.check_pin(people["hong"], "8642").ok
    assert "小红" in dlg.message_label.text()


def test_a_pin_reset_asks_for_the_new_pin_twice_and_keeps_the_old_one_until_then(qtbot, make_dialog, store, people):
    store.profiles.teacher.set(TEACHER)
    store.profiles.set_pin(people["hong"], "1357", pin="2468")
    dlg = make_dialog()
    unlock(qtbot, dlg)
    select(dlg, people["hong"])
    click(qtbot, dlg.reset_pin_button)
    form = dlg.form
    click(qtbot, form.ok_button)  # nothing typed: the form says a new PIN is wanted
    assert form.isVisible()
    assert "新的 PIN" in form.problem_label.text()
    qtbot.keyClicks(form.new_pin_edit, "8642")
    qtbot.keyClicks(form.new_pin_again_edit, "8640")
    click(qtbot, form.ok_button)  # typed differently: asked again, the second field cleared
    assert form.isVisible()
    assert "不一样" in form.problem_label.text()
    assert form.new_pin_again_edit.text() == ""
    assert store.profiles.check_pin(people["hong"], "1357").ok


def test_the_teacher_deletes_a_pin_profile_but_not_the_one_in_use(qtbot, make_dialog, store, people, dialog_calls):
    store.profiles.teacher.set(TEACHER)
    dlg = make_dialog()
    unlock(qtbot, dlg)
    select(dlg, people["ming"])  # in use
    click(qtbot, dlg.delete_button)
    assert dialog_calls["confirms"] == [] and "不能删除" in dialog_calls["errors"][-1][1]
    select(dlg, people["hong"])
    dialog_calls["answer"] = False
    click(qtbot, dlg.delete_button)
    assert "小红" in dialog_calls["confirms"][-1][1] and store.profiles.get(people["hong"]) is not None
    dialog_calls["answer"] = True
    with qtbot.waitSignal(dlg.profiles_changed):
        click(qtbot, dlg.delete_button)
    assert store.profiles.get(people["hong"]) is None
    assert [dlg.table.item(r, 0).text() for r in range(dlg.table.rowCount())] == ["小明"]


def test_the_whole_folder_restore_names_every_profile_and_keeps_what_it_replaces(qtbot, make_dialog, store, people,
                                                                                 dialog_calls):
    store.profiles.teacher.set(TEACHER)
    data = store.profile(people["ming"])
    data.plans.save(CareerPlan(title="备份前的规划", position_id="pos.ecommerce_host"))
    session = FakeSession(people["ming"])
    dlg = make_dialog(session)
    unlock(qtbot, dlg)
    click(qtbot, dlg.folder_button)
    backups = dlg.backup_dialog
    assert backups.objectName() == "backupDialog"
    click(qtbot, backups.backup_button)
    assert backups.table.rowCount() == 1 and "小明" in backups.table.item(0, 2).text()
    data.plans.save(CareerPlan(title="备份后的规划", position_id="pos.ecommerce_host"))
    store.profiles.create("小刚")
    backups.table.selectRow(0)
    click(qtbot, backups.restore_button)
    guard = backups.guard
    text = guard.text_label.text()
    assert "小明" in text and "小红" in text and "小刚" in text and "不受影响" in text and "恢复前" in text
    data.close()
    click(qtbot, guard.ok_button)
    assert session.calls == ["detach", ("reopen", people["ming"])]
    assert [p.title for p in store.profile(people["ming"]).plans.all()] == ["备份前的规划"]
    assert "恢复前" in [backups.table.item(r, 1).text() for r in range(backups.table.rowCount())]


def test_fits_1024x768(make_dialog):
    dlg = make_dialog()
    assert dlg.width() <= 1024 and dlg.height() <= 768

