"""Opening a profile's database file: refusing what is not ours, damaged or newer; failing writes change nothing (storage.db)."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import event

from netmkt_desktop.errors import (
    DamagedDatabaseError,
    NewerDatabaseError,
    NotADatabaseError,
    NotFoundError,
    PinFormatError,
    ProfileFileError,
    ProfileNameError,
    StoreError,
    StoreWriteError,
)
from netmkt_desktop.paths import BACKUP_FOLDER, DATABASE_NAME, DataFolder
from netmkt_desktop.plans import TierGoal
from netmkt_desktop.storage.migrations import SCHEMA_VERSION, migrate
from netmkt_desktop.storage.store import Store
from netmkt_desktop.tiers import Tier

from storage_samples import fresh, profile_db, sample_plan


def open_first(folder):
    store = Store.open(folder)
    try:
        return store.profile(store.profiles.default().id)
    finally:
        store.close()


# -- files that must not be opened ---------------------------------------------------------------------


@pytest.mark.parametrize("payload", [
    "学生的作文,不是数据库。\n".encode() * 50,
    b"SQLite format 2\x00" + bytes(2000),
    b"x",
])
def test_a_file_that_is_not_a_database_is_refused_and_left_alone(tmp_path, payload):
    path = fresh(tmp_path)
    path.unlink()
    path.write_bytes(payload)
    with pytest.raises(NotADatabaseError) as info:
        open_first(tmp_path)
    assert str(path) in str(info.value) and "不是" in str(info.value)
    assert path.read_bytes() == payload
    assert sorted(p.name for p in path.parent.iterdir()) == ["netmkt.sqlite3", "profile.json"]


def test_an_empty_file_becomes_a_new_database(tmp_path):
    path = fresh(tmp_path)
    path.unlink()
    path.write_bytes(b"")
    store = Store.open(tmp_path)
    try:
        assert store.profile(store.profiles.default().id).plans.all() == []
    finally:
        store.close()


def test_a_database_from_a_newer_app_is_refused_and_left_alone(tmp_path):
    path = fresh(tmp_path)
    conn = sqlite3.connect(str(path), isolation_level=None)
    conn.execute("CREATE TABLE future_things (id INTEGER PRIMARY KEY)")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(NewerDatabaseError) as info:
        open_first(tmp_path)
    assert "更新" in str(info.value) and str(path) in str(info.value)
    assert path.read_bytes() == before
    assert not (path.parent / BACKUP_FOLDER).exists()


def test_a_damaged_database_is_refused_and_left_alone(tmp_path):
    store = Store.open(tmp_path)
    profile = store.profiles.default().id
    for n in range(60):
        store.profile(profile).plans.save(sample_plan(f"规划 {n}", goals=[TierGoal(Tier.SUPERVISOR, 2030, 1, "内容" * 200)]))
    store.close()
    path = profile_db(store, profile)
    conn = sqlite3.connect(str(path))
    page = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'plan_goals'").fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    start = (root - 1) * page
    data[start + 12: start + 400] = b"\xa5" * 388  # scribble over the table's pages of goals
    path.write_bytes(bytes(data))
    with pytest.raises(DamagedDatabaseError) as info:
        open_first(tmp_path)
    assert "损坏" in str(info.value)
    assert path.read_bytes() == bytes(data)


# -- failing writes ----------------------------------------------------------------------------------------


def _on_every_connection(store: Store, profile: int, pragma: str) -> None:
    """Apply a pragma to every connection the profile's database opens from now on."""
    engine = store.profile(profile)._db.engine
    event.listen(engine, "connect", lambda dbapi_conn, _record: dbapi_conn.execute(pragma))
    engine.dispose()


def test_disk_full_while_editing_leaves_the_plan_as_it_was(store, profile):
    saved = store.profile(profile).plans.save(sample_plan())
    conn = sqlite3.connect(str(profile_db(store, profile)))
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.close()
    _on_every_connection(store, profile, f"PRAGMA max_page_count = {pages}")  # the disk is full: no page more
    long_text = "很长的内容" * 100  # 500 characters, 1500 bytes: three of them need a new page
    edited = sample_plan("新标题", id=saved.id, goals=[TierGoal(t, 2029 + n, 1, long_text) for n, t in enumerate(
        (Tier.SUPERVISOR, Tier.MANAGER, Tier.DIRECTOR))])
    with pytest.raises(StoreWriteError) as info:
        store.profile(profile).plans.save(edited)
    assert "磁盘空间已满" in str(info.value) and "没有改动" in str(info.value)
    assert store.profile(profile).plans.all() == [saved]  # title and all three old goals still there


def test_read_only_database_gives_a_clear_error_and_keeps_earlier_data(store, profile):
    saved = store.profile(profile).plans.save(sample_plan())
    _on_every_connection(store, profile, "PRAGMA query_only = ON")
    for write in (lambda: store.profile(profile).plans.save(sample_plan("又一个")),
                  lambda: store.profile(profile).plans.delete(saved.id),
                  lambda: store.profile(profile).settings.set("zoom", "200"),
                  lambda: store.profile(profile).plans.set_goal_achieved(saved.goals[0].id, date(2026, 1, 1))):
        with pytest.raises(StoreWriteError, match="只读"):
            write()
    assert store.profile(profile).plans.all() == [saved]


def test_database_locked_by_another_program(tmp_path):
    store = Store.open(tmp_path, busy_timeout=0.05)
    profile = store.profiles.default().id
    saved = store.profile(profile).plans.save(sample_plan())
    other = sqlite3.connect(str(profile_db(store, profile)), isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another window holds the write lock
    try:
        with pytest.raises(StoreWriteError, match="另一个程序"):
            store.profile(profile).plans.save(sample_plan("第二份"))
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert store.profile(profile).plans.all() == [saved]
    store.profile(profile).plans.save(sample_plan("第二份"))  # works again once the lock is gone
    assert len(store.profile(profile).plans.all()) == 2
    store.close()


def test_every_store_error_is_a_store_error():
    for cls in (NotADatabaseError, DamagedDatabaseError, NewerDatabaseError, StoreWriteError, NotFoundError,
                ProfileNameError, PinFormatError, ProfileFileError):
        assert issubclass(cls, StoreError)
