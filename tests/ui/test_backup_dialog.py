from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from netmkt_desktop.errors import BackupError
from netmkt_desktop.plans import CareerPlan
from netmkt_desktop.storage.backups import make_backup
from netmkt_desktop.storage.store import Store
from netmkt_desktop.ui.backup_dialog import BackupDialog, size_text
from netmkt_desktop.ui.backup_sources import ProfileBackupSource

PIN = "2468"


def plan(title: str) -> CareerPlan:
    return CareerPlan(title=title, position_id="pos.ecommerce_host")


@pytest.fixture
def setup(tmp_path):
    """A data folder with two students: 小明 (two backups) and 小红 (a PIN, a backup of her own)."""
    store = Store.open(tmp_path / "data")
    ming = store.profiles.create("小明")
    hong = store.profiles.create("小红", pin=PIN)
    data = store.profile(ming.id)
    data.plans.save(plan("第一份"))
    place = store.profiles.folder(ming.id)
    make_backup(place.database, place.backups, now=datetime(2026, 3, 1, 9, 0, 0))
    make_backup(place.database, place.backups, "manual", now=datetime(2026, 3, 2, 10, 0, 0))
    hong_data = store.profile(hong.id, pin=PIN)
    hong_data.plans.save(plan("小红的规划"))
    hong_place = store.profiles.folder(hong.id)
    make_backup(hong_place.database, hong_place.backups, now=datetime(2026, 3, 1, 8, 0, 0))
    hong_data.close()
    state = {"store": store, "ming": ming, "hong": hong, "data": data, "events": []}
    yield state
    state["data"].close()
    store.close()


def source_for(setup, who: str, **kwargs) -> ProfileBackupSource:
    store, profile = setup["store"], setup[who]
    place = store.profiles.folder(profile.id)
    events = setup["events"]

    def reopen():
        events.append("after")
        setup["data"] = store.profile(profile.id)

    kwargs.setdefault("back_up", lambda: make_backup(place.database, place.backups, "manual"))
    return ProfileBackupSource(store, profile, before_restore=lambda: events.append("before"),
                               after_restore=reopen, **kwargs)


@pytest.fixture
def dialog(qtbot, setup):
    dlg = BackupDialog(source_for(setup, "ming"))
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    return dlg


def rows(dlg):
    t = dlg.table
    return [tuple(t.item(r, c).text() for c in range(3)) for r in range(t.rowCount())]


def press_restore(qtbot, dlg, row: int):
    dlg.table.selectRow(row)
    qtbot.mouseClick(dlg.restore_button, Qt.MouseButton.LeftButton)
    guard = dlg.guard
    assert guard is not None and guard.isVisible()
    return guard


def test_lists_only_the_students_own_backups_newest_first(dialog):
    assert dialog.objectName() == "backupDialog"
    listed = rows(dialog)
    assert [(when, kind) for when, kind, _size in listed] == [
        ("2026-03-02 10:00:00", "手动"), ("2026-03-01 09:00:00", "自动")]  # 小红's 08:00 backup is not here
    assert all(size.endswith(" KB") for _when, _kind, size in listed)
    assert "小明" in dialog.hint_label.text() and "其他学习档案都不受影响" in dialog.hint_label.text()
    assert not dialog.restore_button.isEnabled()  # nothing chosen yet
    assert not dialog.empty_label.isVisible()


def test_size_text():
    assert size_text(0) == "0.0 KB"
    assert size_text(12 * 1024) == "12.0 KB"
    assert size_text(3 * 1024 * 1024 + 512 * 1024) == "3.5 MB"


def test_special_backups_are_named_in_chinese(qtbot, setup):
    backups = setup["store"].profiles.folder(setup["ming"].id).backups
    for old in backups.iterdir():
        old.unlink()
    for name in ("before-restore-20260101-080000.sqlite3", "before-migration-v1-20251201-080000.sqlite3"):
        (backups / name).write_bytes(b"SQLite format 3\x00" + b"\0" * 2048)
    (backups / "netmkt-20260102-080000.sqlite3").write_bytes(b"broken")
    dlg = BackupDialog(source_for(setup, "ming"))
    qtbot.addWidget(dlg)
    assert [r[1] for r in rows(dlg)] == ["自动(已损坏)", "恢复前", "升级前"]
    dlg.table.selectRow(0)
    assert not dlg.restore_button.isEnabled()  # a broken file cannot be chosen
    dlg.table.selectRow(1)
    assert dlg.restore_button.isEnabled()


def test_backup_now_adds_a_row_and_reports(qtbot, dialog, dialog_calls):
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == 3
    assert rows(dialog)[0][1] == "手动"
    assert dialog.selected_entry() is dialog.entries[0]
    (title, text), = dialog_calls["infos"]
    assert title == "已备份" and str(dialog.entries[0].path) in text


def test_backup_now_failure_is_reported(qtbot, setup, dialog_calls):
    def fails() -> Path:
        raise BackupError("备份没有完成:磁盘空间已满(或 U 盘已写满)。")

    dlg = BackupDialog(source_for(setup, "ming", back_up=fails))
    qtbot.addWidget(dlg)
    qtbot.mouseClick(dlg.backup_button, Qt.MouseButton.LeftButton)
    (title, text), = dialog_calls["errors"]
    assert title == "没有备份" and "磁盘空间已满" in text
    assert dlg.table.rowCount() == 2


def test_restore_asks_naming_the_profile_and_date_and_cancel_changes_nothing(qtbot, dialog, setup, dialog_calls):
    setup["data"].plans.save(plan("第二份"))
    guard = press_restore(qtbot, dialog, 1)
    text = guard.text_label.text()
    assert "小明" in text and "2026-03-01 09:00" in text and "其他学习档案" in text and "恢复前" in text
    assert not guard.secret_edit.isVisible()  # no PIN on 小明
    qtbot.mouseClick(guard.cancel_button, Qt.MouseButton.LeftButton)
    assert setup["events"] == [] and not dialog_calls["infos"]
    assert sorted(p.title for p in setup["data"].plans.all()) == ["第一份", "第二份"]


def test_restore_brings_the_backup_back_and_leaves_the_other_student_byte_identical(qtbot, dialog, setup,
                                                                                    dialog_calls):
    store = setup["store"]
    setup["data"].plans.save(plan("第二份"))
    hong_file = store.profiles.folder(setup["hong"].id).database
    before = hong_file.read_bytes()
    guard = press_restore(qtbot, dialog, 1)
    qtbot.mouseClick(guard.ok_button, Qt.MouseButton.LeftButton)
    assert setup["events"] == ["before", "after"]
    assert [p.title for p in setup["data"].plans.all()] == ["第一份"]
    assert hong_file.read_bytes() == before
    (title, text), = dialog_calls["infos"]
    assert title == "已恢复" and "小明" in text and "2026-03-01 09:00" in text
    assert "恢复前" in [r[1] for r in rows(dialog)]


def test_restoring_a_pin_profile_needs_its_pin_and_a_wrong_one_changes_nothing(qtbot, setup, dialog_calls):
    store = setup["store"]
    setup["data"].close()
    setup["data"] = store.profile(setup["hong"].id, pin=PIN)
    setup["data"].plans.save(plan("后来写的"))
    dlg = BackupDialog(source_for(setup, "hong"))
    qtbot.addWidget(dlg)
    guard = press_restore(qtbot, dlg, 0)
    assert guard.secret_edit.isVisible() and "PIN" in guard.text_label.text()
    qtbot.keyClicks(guard.secret_edit, "1111")
    qtbot.mouseClick(guard.ok_button, Qt.MouseButton.LeftButton)
    assert guard.isVisible() and guard.problem_label.text()  # told, asked again
    assert setup["events"] == []
    assert sorted(p.title for p in setup["data"].plans.all()) == ["后来写的", "小红的规划"]
    qtbot.keyClicks(guard.secret_edit, PIN)
    qtbot.mouseClick(guard.ok_button, Qt.MouseButton.LeftButton)
    assert setup["events"] == ["before", "after"]
    assert [p.title for p in setup["data"].plans.all()] == ["小红的规划"]
    assert store.profiles.has_pin(setup["hong"].id)  # the PIN is not in the backup: it stays


def test_restore_failure_is_reported(qtbot, setup, dialog_calls):
    dlg = BackupDialog(source_for(setup, "ming"))
    qtbot.addWidget(dlg)
    dlg.entries[0].path.write_bytes(b"not a database any more")
    guard = press_restore(qtbot, dlg, 0)
    qtbot.mouseClick(guard.ok_button, Qt.MouseButton.LeftButton)
    (title, text), = dialog_calls["errors"]
    assert title == "没有恢复" and str(dlg.entries[0].path) in text
    assert not dialog_calls["infos"]
    assert [p.title for p in setup["data"].plans.all()] == ["第一份"]


def test_close_button_closes(qtbot, dialog):
    with qtbot.waitSignal(dialog.rejected):
        qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
