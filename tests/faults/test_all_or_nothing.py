"""Restore and profile switch are all or nothing: when they fail, the window stays on the profile
it showed, and that profile's data still reads and saves.

* A restore refused (a listed backup damaged inside) or failing while it writes (a full disk, a
  read-only backups folder) leaves the window on the same profile: the note typed before is saved,
  one typed after is saved, 我的规划 still lists the plans.  (Before, the window stayed detached:
  notes failed with "个人数据文件已经关闭" and 我的规划 was empty.)  The teacher's restore of a PIN
  profile in use that fails leaves the student in it too.
* A switch to a profile that cannot be opened (a full disk, a database of a newer version) leaves
  the profile in use shown and working, the chooser open, and the other one never recorded as the
  profile used last.
"""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import QSettings, Qt

from netmkt_desktop.plans import CareerPlan
from netmkt_desktop.storage.backups import make_backup
from netmkt_desktop.storage.store import Store
from netmkt_desktop.ui import dialogs
from netmkt_desktop.ui.main_window import MainWindow

NODE = "wt.live_seller"
PIN = "2468"
TEACHER = "老师的密码 2026"


@pytest.fixture
def told(monkeypatch):
    """Message boxes recorded (none blocks); a question about a note not saved is answered "copy"."""
    record = {"errors": [], "infos": [], "questions": []}
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: record["errors"].append((title, text)))
    monkeypatch.setattr(dialogs, "show_info", lambda parent, title, text: record["infos"].append((title, text)))
    monkeypatch.setattr(dialogs, "confirm", lambda *a: True)

    def ask_choice(parent, title, text, choices, escape):
        record["questions"].append((title, text))
        return escape

    monkeypatch.setattr(dialogs, "ask_choice", ask_choice, raising=False)
    return record


def seed(data, *, pin: str | None = None) -> int:
    """A data folder whose one profile (``pin``: a second one with a PIN, used here) has a plan and a backup."""
    store = Store.open(data)
    profile = store.profiles.create("小红", pin=pin).id if pin else store.profiles.default().id
    own = store.profile(profile, pin=pin)
    own.plans.save(CareerPlan(title="备份里的规划", position_id="pos.ecommerce_host"))
    make_backup(own.folder.database, own.folder.backups, "manual")
    own.plans.save(CareerPlan(title="后来的规划", position_id="pos.content_marketing"))
    own.close()
    store.close()
    return profile


@pytest.fixture
def window(qtbot, content, tmp_path, told):
    made = []

    def make(data, *, pin: str | None = None) -> MainWindow:
        win = MainWindow(content, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
        qtbot.addWidget(win)
        win.resize(1024, 768)
        win.show()
        qtbot.waitExposed(win)
        made.append(win)
        win.session.open_folder(data)
        chooser = win.session.profile_dialog
        if chooser is not None:  # two profiles: the chooser is offered, the last used one selected
            if pin:
                chooser.select_profile(next(p.id for p in chooser.profiles if p.has_pin))
                chooser.pin_edit.setText(pin)
            qtbot.mouseClick(chooser.use_button, Qt.MouseButton.LeftButton)
        assert win.session.data is not None
        return win

    yield make
    for win in made:
        if win.session.store is not None:
            win.session.close()


def plans_listed(window) -> list[str]:
    shown = window.plans_view.list
    return sorted(shown.item(row).text() for row in range(shown.count()))


def type_note(window, type_text, words: str):
    window.select_node(NODE)
    editor = window.study_tools.notes_editor
    editor.edit.setFocus()
    type_text(editor.edit, words)
    return editor


def restore_first_backup(qtbot, window, pin: str | None = None):
    """文件 › 备份与恢复…, the first row, 从备份恢复…, (the PIN,) 恢复."""
    window.action_backups.trigger()
    dialog = window.backups.dialog
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    if pin:
        dialog.guard.secret_edit.setText(pin)
    qtbot.mouseClick(dialog.guard.ok_button, Qt.MouseButton.LeftButton)
    return dialog


def assert_still_on(window, qtbot, type_text, editor, profile: int, before: str, plans: list[str]) -> None:
    """The window shows ``profile`` and its store works: the note typed before is saved, one typed now saves."""
    session = window.session
    assert session.profile_id == profile and session.data is not None and not session.is_guest
    assert editor.text() == before
    qtbot.waitUntil(lambda: session.data.study.note(NODE) == before, timeout=5000)
    qtbot.keyClick(editor.edit, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    type_text(editor.edit, "(之后)")
    assert editor.flush()
    assert session.data.study.note(NODE) == before + "(之后)"
    assert [p.title for p in sorted(session.data.plans.all(), key=lambda p: p.title)] == sorted(plans)
    assert len(plans_listed(window)) == len(plans)
    assert window.session.store.profiles.last_used().id == profile


def damage_inside(backup) -> None:
    """Pages in the middle overwritten: the header is fine, so the list offers it; the check refuses it."""
    raw = bytearray(backup.read_bytes())
    middle = len(raw) // 2
    raw[middle:middle + 3000] = b"\x55" * 3000
    backup.write_bytes(bytes(raw))


def test_a_refused_restore_of_a_backup_damaged_inside_keeps_the_window_on_the_profile(
        qtbot, window, tmp_path, told, type_text):
    data = tmp_path / "data"
    profile = seed(data)
    win = window(data)
    damage_inside(next(win.session.data.folder.backups.glob("*.sqlite3")))
    editor = type_note(win, type_text, "恢复前写的笔记")
    dialog = restore_first_backup(qtbot, win)
    (title, text), = told["errors"]
    assert title == "没有恢复" and "没有改动" in text
    assert_still_on(win, qtbot, type_text, editor, profile, "恢复前写的笔记", ["备份里的规划", "后来的规划"])
    dialog.close()


@pytest.mark.parametrize("pin", [None, PIN])
def test_a_restore_that_fails_on_a_full_disk_keeps_the_window_on_the_profile(
        qtbot, window, told, type_text, small_disk, fill_disk, pin):
    disk = small_disk("4m")
    data = disk.path / "data"
    profile = seed(data, pin=pin)
    win = window(data, pin=pin)
    editor = type_note(win, type_text, "满盘前写的笔记")
    assert editor.flush()
    filler = fill_disk(disk.path)
    dialog = restore_first_backup(qtbot, win, pin)
    assert [title for title, _text in told["errors"]] == ["没有恢复"] and "磁盘空间已满" in told["errors"][0][1]
    assert win.session.profile_id == profile and plans_listed(win)
    filler.unlink()  # the student makes room: the same window saves again
    assert_still_on(win, qtbot, type_text, editor, profile, "满盘前写的笔记", ["备份里的规划", "后来的规划"])
    dialog.close()


def test_a_restore_into_a_read_only_backups_folder_keeps_the_window_on_the_profile(
        qtbot, window, tmp_path, told, type_text, small_disk):
    """The "before restore" copy cannot be written (a write-protected folder): nothing is restored."""
    data = tmp_path / "data"
    profile = seed(data)
    backups = data / "profiles" / str(profile) / "backups"
    disk = small_disk("4m")
    for backup in backups.iterdir():
        (disk.path / backup.name).write_bytes(backup.read_bytes())
        backup.unlink()
    backups.rmdir()
    backups.symlink_to(disk.path, target_is_directory=True)
    disk.remount("ro")
    win = window(data)
    editor = type_note(win, type_text, "只读时写的笔记")
    dialog = restore_first_backup(qtbot, win)
    assert [title for title, _text in told["errors"]] == ["没有恢复"]
    assert_still_on(win, qtbot, type_text, editor, profile, "只读时写的笔记", ["备份里的规划", "后来的规划"])
    dialog.close()


def test_a_teachers_restore_that_fails_leaves_the_student_in_the_pin_profile(
        qtbot, window, told, type_text, small_disk, fill_disk):
    disk = small_disk("4m")
    data = disk.path / "data"
    profile = seed(data, pin=PIN)
    win = window(data, pin=PIN)
    editor = type_note(win, type_text, "学生的笔记")
    assert editor.flush()
    win.session.teacher_settings()
    teacher = win.session.teacher_dialog
    qtbot.mouseClick(teacher.set_button, Qt.MouseButton.LeftButton)
    teacher.form.new_edit.setText(TEACHER)
    teacher.form.again_edit.setText(TEACHER)
    qtbot.mouseClick(teacher.form.ok_button, Qt.MouseButton.LeftButton)
    teacher.unlock_edit.setText(TEACHER)
    qtbot.mouseClick(teacher.unlock_button, Qt.MouseButton.LeftButton)
    teacher.select_profile(profile)
    dialog = teacher.profile_backups()
    filler = fill_disk(disk.path)
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.guard.ok_button, Qt.MouseButton.LeftButton)
    assert [title for title, _text in told["errors"]] == ["没有恢复"]
    assert win.session.profile_dialog is None or not win.session.profile_dialog.isVisible()  # no PIN asked again
    filler.unlink()
    assert_still_on(win, qtbot, type_text, editor, profile, "学生的笔记", ["备份里的规划", "后来的规划"])
    dialog.close()
    teacher.close()


def choose_in_chooser(qtbot, window, profile: int):
    window.action_switch_profile.trigger()
    chooser = window.session.profile_dialog
    chooser.select_profile(profile)
    qtbot.mouseClick(chooser.use_button, Qt.MouseButton.LeftButton)
    return chooser


def test_a_switch_that_fails_on_a_full_disk_leaves_the_first_profile_fully_active(
        qtbot, window, told, type_text, small_disk, fill_disk):
    disk = small_disk("4m")
    data = disk.path / "data"
    first = seed(data)
    store = Store.open(data)
    second = store.profiles.create("李四").id  # its database is made when it is first opened
    store.profiles.touch(first)
    store.close()
    win = window(data)
    assert win.session.profile_id == first
    editor = type_note(win, type_text, "甲的笔记")
    assert editor.flush()
    title = win.windowTitle()
    filler = fill_disk(disk.path)
    chooser = choose_in_chooser(qtbot, win, second)
    (error, text), = told["errors"]
    assert error == "无法打开学习档案" and "已满" in text
    assert chooser.isVisible() and "仍在使用原来的档案" in chooser.message_label.text()
    assert win.windowTitle() == title and "李四" not in title
    filler.unlink()
    assert_still_on(win, qtbot, type_text, editor, first, "甲的笔记", ["备份里的规划", "后来的规划"])
    chooser.close()


def test_a_switch_to_a_newer_database_leaves_the_first_profile_fully_active(qtbot, window, tmp_path, told,
                                                                           type_text):
    data = tmp_path / "data"
    first = seed(data)
    store = Store.open(data)
    second = store.profiles.create("李四").id
    store.profile(second).close()
    store.profiles.touch(first)
    store.close()
    newer = sqlite3.connect(data / "profiles" / str(second) / "netmkt.sqlite3")
    newer.execute("PRAGMA user_version = 999")
    newer.close()
    win = window(data)
    assert win.session.profile_id == first
    editor = type_note(win, type_text, "甲的笔记")
    chooser = choose_in_chooser(qtbot, win, second)
    assert [error for error, _text in told["errors"]] == ["无法打开学习档案"]
    assert chooser.isVisible() and "李四" not in win.windowTitle()
    assert_still_on(win, qtbot, type_text, editor, first, "甲的笔记", ["备份里的规划", "后来的规划"])
    chooser.close()
