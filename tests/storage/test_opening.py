"""Opening the personal data safely: damaged, newer, read-only, full or locked files (storage.opening).

A data folder opens with ``open_store_safely``; each profile's own database with
``open_profile_safely``, whose damaged file is set aside and whose own backups are offered."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from netmkt_desktop.errors import ErrorCode, StoreWriteError
from netmkt_desktop.paths import DATABASE_NAME
from netmkt_desktop.storage.backups import make_backup
from netmkt_desktop.storage.migrations import SCHEMA_VERSION
from netmkt_desktop.storage.opening import (
    open_profile_safely,
    open_store_safely,
    restore_and_open,
    restore_profile_and_open,
    start_fresh,
    start_profile_fresh,
)
from netmkt_desktop.storage.store import Store

from storage_samples import backup_plan, damage, db_file, fresh, save, titles

NOW = datetime(2026, 3, 15, 10, 30, 0)


# -- opening a folder safely ---------------------------------------------------------------------------------


def test_open_safely_opens_a_good_folder(folders):
    data, _db, _backups = folders
    result = open_store_safely(data)
    try:
        assert result.store is not None and result.problem == "" and not result.read_only
    finally:
        result.store.close()


def test_a_damaged_old_single_database_is_moved_aside_and_a_fresh_start_works(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    db_file(data).write_bytes(b"\x00" * 8192)
    result = open_store_safely(data)
    assert result.store is None and result.problem == "damaged"
    assert result.moved_to is not None and result.moved_to.name.startswith(f"{DATABASE_NAME}.damaged-")
    assert result.moved_to.read_bytes() == b"\x00" * 8192 and not db_file(data).exists()
    fresh_start = start_fresh(data)
    try:
        assert fresh_start.store is not None and titles(fresh_start.store) == []
    finally:
        fresh_start.store.close()


def test_an_old_single_database_backup_restored_at_start_is_split(tmp_path):
    data = tmp_path / "data"
    backup = tmp_path / "netmkt-20260301-090500.sqlite3"
    conn = sqlite3.connect(str(backup), isolation_level=None)
    from netmkt_desktop.storage.migrations import migrate

    migrate(conn)
    conn.execute("INSERT INTO profiles (id, name, created_at, last_used_at) VALUES (1, '默认', 'x', 'x')")
    conn.execute("INSERT INTO plans (profile_id, title, position_id, created_at, updated_at) "
                 "VALUES (1, '一', 'pos.ecommerce_host', 'x', 'x')")
    conn.close()
    result = restore_and_open(backup, data)
    try:
        assert result.store is not None and titles(result.store) == ["一"]
    finally:
        result.store.close()


# -- opening a profile safely --------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["not-a-database", "damaged"])
def test_a_damaged_profile_database_is_moved_aside_never_deleted(folders, kind):
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
    store = Store.open(data)
    try:
        result = open_profile_safely(store, 1)
        assert result.data is None and result.problem == "damaged"
        assert result.moved_to is not None and result.moved_to.name.startswith(f"{DATABASE_NAME}.damaged-")
        assert result.moved_to.parent == db.parent
        assert result.moved_to.read_bytes() == spoiled and not db.exists()
        assert result.newest_good_backup == good
        assert str(result.moved_to) in result.message and "2026年3月1日 09:05" in result.message
        assert "损坏" in result.message and "新建" in result.message

        empty = start_profile_fresh(store, 1)
        assert empty.data is not None and empty.data.plans.all() == []
        empty.data.close()
        assert result.moved_to.read_bytes() == spoiled  # still there

        restored = restore_profile_and_open(store, 1, result.newest_good_backup)
        assert restored.data is not None and [p.title for p in restored.data.plans.all()] == ["一"]
        restored.data.close()
    finally:
        store.close()
    assert list(backups.glob("before-restore-*"))  # the fresh database was kept too


def test_only_the_profiles_own_backups_can_be_restored_after_damage(folders, tmp_path):
    data, db, _backups = folders
    store = Store.open(data)
    save(store, "一")
    other = store.profiles.create("乙")
    store.profile(other.id).plans.save(backup_plan("乙的规划"))
    foreign = make_backup(store.profiles.folder(other.id).database, store.profiles.folder(other.id).backups)
    try:
        result = restore_profile_and_open(store, 1, foreign)
        assert result.data is None and "自己的备份" in result.message
        assert titles(store) == ["一"]
    finally:
        store.close()


def test_wal_and_shm_move_with_the_damaged_file(folders):
    data, db, _backups = folders
    fresh(data)
    db.write_bytes(b"this is no database" * 100)
    Path(f"{db}-wal").write_bytes(b"wal")
    Path(f"{db}-shm").write_bytes(b"shm")
    store = Store.open(data)
    try:
        first = open_profile_safely(store, 1)
        assert first.problem == "damaged" and first.newest_good_backup is None
        assert "没有找到可以使用的备份" in first.message
        assert Path(f"{first.moved_to}-wal").read_bytes() == b"wal"
        assert Path(f"{first.moved_to}-shm").read_bytes() == b"shm"
        db.write_bytes(b"another bad file" * 100)  # damaged again in the same second: a new name
        second = open_profile_safely(store, 1)
        assert second.moved_to != first.moved_to and first.moved_to.exists() and second.moved_to.exists()
    finally:
        store.close()


def test_corruption_surfacing_as_a_raw_sqlite_error_is_handled(folders, monkeypatch):
    data, db, _backups = folders
    store = Store.open(data)
    save(store, "一")
    store.close()
    damage(db)

    def raw_error(*_a, **_k):
        raise sqlite3.DatabaseError("database disk image is malformed")

    store = Store.open(data)
    monkeypatch.setattr(Store, "profile", raw_error)
    try:
        result = open_profile_safely(store, 1)
    finally:
        store.close()
    assert result.problem == "damaged" and result.moved_to is not None and not db.exists()


def test_a_newer_profile_database_is_left_untouched(folders):
    data, db, _backups = folders
    fresh(data)
    conn = sqlite3.connect(str(db))
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.close()
    before = db.read_bytes()
    store = Store.open(data)
    try:
        result = open_profile_safely(store, 1)
    finally:
        store.close()
    assert result.data is None and result.problem == "newer" and result.moved_to is None
    assert "更新版本" in result.message
    assert db.read_bytes() == before and not list(db.parent.glob("*.damaged-*"))


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


def test_a_locked_profile_database_is_an_error_not_damage(folders, monkeypatch):
    data, db, _backups = folders
    fresh(data)
    before = db.read_bytes()
    store = Store.open(data)
    monkeypatch.setattr(Store, "profile", lambda *_a, **_k: (_ for _ in ()).throw(
        StoreWriteError("保存规划没有完成:数据文件正被另一个程序(可能是另一个打开的本软件窗口)使用", ErrorCode.BUSY)))
    try:
        result = open_profile_safely(store, 1)
    finally:
        store.close()
    assert result.problem == "error" and result.moved_to is None
    assert "另一个程序" in result.message and db.read_bytes() == before
