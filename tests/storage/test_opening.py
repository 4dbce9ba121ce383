"""Opening the personal data safely: damaged, newer, read-only, full or locked files (storage.opening)."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from netmkt_desktop.errors import ErrorCode, StoreWriteError
from netmkt_desktop.paths import DATABASE_NAME
from netmkt_desktop.storage.backups import make_backup
from netmkt_desktop.storage.migrations import SCHEMA_VERSION
from netmkt_desktop.storage.opening import open_store_safely, restore_and_open, start_fresh
from netmkt_desktop.storage.store import Store

from storage_samples import damage, save, titles

NOW = datetime(2026, 3, 15, 10, 30, 0)


# -- opening safely ----------------------------------------------------------------------------------------


def test_open_safely_opens_a_good_database(folders):
    data, _db, _backups = folders
    result = open_store_safely(data)
    try:
        assert result.store is not None and result.problem == "" and not result.read_only
    finally:
        result.store.close()


@pytest.mark.parametrize("kind", ["not-a-database", "damaged"])
def test_a_damaged_database_is_moved_aside_never_deleted(folders, kind):
    data, db, backups = folders
    store = Store.open(data)
    save(store, "一")
    good = make_backup(db, backups, now=datetime(2026, 3, 1, 9, 5))
    save(store, "二")
    store.close()
    if kind == "not-a-database":
        db.write_bytes(b"\x00" * 8192)
    else:
        damage(db)
    spoiled = db.read_bytes()
    result = open_store_safely(data)
    assert result.store is None and result.problem == "damaged"
    assert result.moved_to is not None and result.moved_to.name.startswith(f"{DATABASE_NAME}.damaged-")
    assert result.moved_to.read_bytes() == spoiled and not db.exists()
    assert result.newest_good_backup == good
    assert str(result.moved_to) in result.message and "2026年3月1日 09:05" in result.message
    assert "损坏" in result.message and "新建" in result.message

    fresh = start_fresh(data)
    try:
        assert fresh.store is not None and titles(fresh.store) == []
    finally:
        fresh.store.close()
    assert result.moved_to.read_bytes() == spoiled  # still there

    restored = restore_and_open(result.newest_good_backup, data)
    try:
        assert restored.store is not None and titles(restored.store) == ["一"]
    finally:
        restored.store.close()
    assert list(backups.glob("before-restore-*"))  # the fresh database was kept too


def test_wal_and_shm_move_with_the_damaged_file(folders, monkeypatch):
    data, db, _backups = folders
    Store.open(data).close()
    db.write_bytes(b"this is no database" * 100)
    Path(f"{db}-wal").write_bytes(b"wal")
    Path(f"{db}-shm").write_bytes(b"shm")
    first = open_store_safely(data)
    assert first.problem == "damaged" and first.newest_good_backup is None
    assert "没有找到可以使用的备份" in first.message
    assert Path(f"{first.moved_to}-wal").read_bytes() == b"wal"
    assert Path(f"{first.moved_to}-shm").read_bytes() == b"shm"
    db.write_bytes(b"another bad file" * 100)  # damaged again in the same second: a new name
    second = open_store_safely(data)
    assert second.moved_to != first.moved_to and first.moved_to.exists() and second.moved_to.exists()


def test_corruption_surfacing_as_a_raw_sqlite_error_is_handled(folders, monkeypatch):
    data, db, _backups = folders
    store = Store.open(data)
    save(store, "一")
    store.close()
    damage(db)

    def raw_error(*_a, **_k):
        raise sqlite3.DatabaseError("database disk image is malformed")

    monkeypatch.setattr(Store, "open", raw_error)
    result = open_store_safely(data)
    assert result.problem == "damaged" and result.moved_to is not None and not db.exists()


def test_a_newer_database_is_left_untouched(folders):
    data, db, _backups = folders
    Store.open(data).close()
    conn = sqlite3.connect(str(db))
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.close()
    before = db.read_bytes()
    result = open_store_safely(data)
    assert result.store is None and result.problem == "newer" and result.moved_to is None
    assert "更新版本" in result.message
    assert db.read_bytes() == before and not list(data.glob("*.damaged-*"))


def test_a_read_only_folder_gives_read_only_mode(folders, monkeypatch):
    data, db, _backups = folders

    def read_only(*_a, **_k):
        raise StoreWriteError(f"无法准备个人数据文件,数据没有改动:\n{db}\n\n原因:数据文件或所在的磁盘是只读的",
                              ErrorCode.READ_ONLY)

    monkeypatch.setattr(Store, "open", read_only)
    result = open_store_safely(data)
    assert result.store is None and result.read_only and result.problem == "read_only"
    assert str(data) in result.message and "--data-dir" in result.message


def test_a_folder_that_cannot_be_written_is_detected_by_probing(folders, monkeypatch):
    data, _db, _backups = folders
    data.mkdir()

    def no_write(*_a, **_k):
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr(Store, "open", lambda *_a, **_k: (_ for _ in ()).throw(StoreWriteError("无法打开数据文件")))
    monkeypatch.setattr("tempfile.mkstemp", no_write)
    result = open_store_safely(data)
    assert result.read_only and "只读" in result.message and str(data) in result.message


def test_a_locked_database_is_an_error_not_damage(folders, monkeypatch):
    data, db, _backups = folders
    Store.open(data).close()
    before = db.read_bytes()
    monkeypatch.setattr(Store, "open", lambda *_a, **_k: (_ for _ in ()).throw(
        StoreWriteError("保存规划没有完成:数据文件正被另一个程序(可能是另一个打开的本软件窗口)使用", ErrorCode.BUSY)))
    result = open_store_safely(data)
    assert result.problem == "error" and not result.read_only and result.moved_to is None
    assert "另一个程序" in result.message and db.read_bytes() == before
