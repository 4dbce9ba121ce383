from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from netmkt_desktop.errors import BackupError
from netmkt_desktop.paths import BACKUP_FOLDER, DATABASE_NAME
from netmkt_desktop.plans import CareerPlan
from netmkt_desktop.storage.backups import make_backup, restore_backup
from netmkt_desktop.storage.store import Store
from netmkt_desktop.ui.backup_dialog import BackupDialog, size_text


@pytest.fixture
def setup(tmp_path):
    """A data folder with one plan, two backups and the callbacks the app would pass."""
    data = tmp_path / "data"
    state = {"store": Store.open(data), "restored": []}
    db, backups = data / DATABASE_NAME, data / BACKUP_FOLDER
    profile = state["store"].profiles.default().id
    state["store"].profile(profile).plans.save(CareerPlan(title="第一份", position_id="pos.ecommerce_host"))
    make_backup(db, backups, now=datetime(2026, 3, 1, 9, 0, 0))
    make_backup(db, backups, "manual", now=datetime(2026, 3, 2, 10, 0, 0))

    def make_backup_now() -> Path:
        return make_backup(db, backups, "manual")

    def restore(path: Path) -> None:
        state["store"].close()
        try:
            restore_backup(path, db, backups)
        finally:
            state["store"] = Store.open(data)
        state["restored"].append(path)

    state.update(db=db, backups=backups, make_backup_now=make_backup_now, restore=restore, profile=profile)
    yield state
    state["store"].close()


@pytest.fixture
def dialog(qtbot, setup):
    dlg = BackupDialog(setup["backups"], setup["make_backup_now"], setup["restore"])
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    return dlg


def rows(dlg):
    t = dlg.table
    return [tuple(t.item(r, c).text() for c in range(3)) for r in range(t.rowCount())]


def test_lists_backups_newest_first_with_chinese_reasons(dialog):
    assert dialog.objectName() == "backupDialog"
    listed = rows(dialog)
    assert [(when, reason) for when, _size, reason in listed] == [
        ("2026-03-02 10:00:00", "手动"), ("2026-03-01 09:00:00", "自动")]
    assert all(size.endswith(" KB") for _when, size, _reason in listed)
    assert not dialog.restore_button.isEnabled()  # nothing chosen yet
    assert not dialog.empty_label.isVisible()


def test_size_text():
    assert size_text(0) == "0.0 KB"
    assert size_text(12 * 1024) == "12.0 KB"
    assert size_text(3 * 1024 * 1024 + 512 * 1024) == "3.5 MB"


def test_special_backups_are_named_in_chinese(qtbot, tmp_path, dialog_calls):
    backups = tmp_path / "b"
    backups.mkdir()
    for name in ("before-restore-20260101-080000.sqlite3", "before-migration-v1-20251201-080000.sqlite3"):
        (backups / name).write_bytes(b"SQLite format 3\x00" + b"\0" * 2048)
    (backups / "netmkt-20260102-080000.sqlite3").write_bytes(b"broken")
    dlg = BackupDialog(backups, lambda: None, lambda p: None)
    qtbot.addWidget(dlg)
    assert [r[2] for r in rows(dlg)] == ["自动(已损坏)", "恢复前", "升级前"]
    dlg.table.selectRow(0)
    assert not dlg.restore_button.isEnabled()  # a broken file cannot be chosen
    dlg.table.selectRow(1)
    assert dlg.restore_button.isEnabled()


def test_backup_now_adds_a_row_and_reports(qtbot, dialog, dialog_calls):
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == 3
    assert rows(dialog)[0][2] == "手动"
    assert dialog.selected_backup() is dialog.backups[0]
    (title, text), = dialog_calls["infos"]
    assert title == "已备份" and str(dialog.backups[0].path) in text


def test_backup_now_failure_is_reported(qtbot, tmp_path, dialog_calls):
    def fails() -> Path:
        raise BackupError("备份没有完成:磁盘空间已满(或 U 盘已写满)。")

    dlg = BackupDialog(tmp_path / "none", fails, lambda p: None)
    qtbot.addWidget(dlg)
    assert dlg.empty_label.isVisibleTo(dlg)
    qtbot.mouseClick(dlg.backup_button, Qt.MouseButton.LeftButton)
    (title, text), = dialog_calls["errors"]
    assert title == "没有备份" and "磁盘空间已满" in text
    assert dlg.table.rowCount() == 0


def test_restore_asks_first_and_no_changes_nothing(qtbot, dialog, setup, dialog_calls):
    dialog.table.selectRow(1)
    dialog_calls["answer"] = False
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    (title, text), = dialog_calls["confirms"]
    assert title == "从备份恢复" and "2026-03-01 09:00" in text and "恢复前" in text
    assert setup["restored"] == [] and not dialog_calls["infos"]


def test_restore_yes_calls_back_reports_and_lists_the_before_restore_copy(qtbot, dialog, setup, dialog_calls):
    store = setup["store"]
    store.profile(setup["profile"]).plans.save(CareerPlan(title="第二份", position_id="pos.ecommerce_host"))
    dialog.table.selectRow(1)
    chosen = dialog.selected_backup().path
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert setup["restored"] == [chosen]
    assert [p.title for p in setup["store"].profile(setup["profile"]).plans.all()] == ["第一份"]
    (title, text), = dialog_calls["infos"]
    assert title == "已恢复" and "2026-03-01 09:00" in text
    assert "恢复前" in [r[2] for r in rows(dialog)]


def test_restore_failure_is_reported(qtbot, tmp_path, setup, dialog_calls):
    def fails(path: Path) -> None:
        raise BackupError(f"没有恢复,数据没有改动。这个备份不能使用:\n{path}")

    dlg = BackupDialog(setup["backups"], setup["make_backup_now"], fails)
    qtbot.addWidget(dlg)
    dlg.table.selectRow(0)
    qtbot.mouseClick(dlg.restore_button, Qt.MouseButton.LeftButton)
    (title, text), = dialog_calls["errors"]
    assert title == "没有恢复" and str(dlg.backups[0].path) in text
    assert not dialog_calls["infos"]


def test_close_button_closes(qtbot, dialog):
    with qtbot.waitSignal(dialog.rejected):
        qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
