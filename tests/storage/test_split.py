"""The single database of older versions split into one file per profile on the first start (storage.split).

Every plan, goal, note, bookmark, learned mark, quiz attempt, mistake and setting is compared row by
row; the old file is kept as it was in ``backups/``; the user is told once.  (A kill at any moment of
the split: ``tests/faults/test_split_killed.py``.)"""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta

import pytest

from netmkt_desktop.errors import AccessDeniedError, ErrorCode
from netmkt_desktop.paths import DataFolder
from netmkt_desktop.storage import migrations, split
from netmkt_desktop.storage.migrations import migrate
from netmkt_desktop.storage.store import Store

from legacy_samples import EXTRA_TABLE, add_extra_table_step, assert_split_matches, file_state, make_legacy

STEPS = ["checked", "snapshot", "profile-1", "profile-2", "profile-3", "profile-4", "staged", "noted", "committed",
         "kept-companions", "kept", "done"]


def kept_file(data):
    (kept,) = DataFolder(data).backups.glob("before-profiles-*.sqlite3")
    return kept


@pytest.mark.parametrize("wal", [False, True], ids=["checkpointed", "last-writes-in-the-wal"])
def test_every_row_of_every_profile_goes_to_its_own_file_and_the_old_file_is_kept_as_it_was(tmp_path, wal):
    data = tmp_path / "data"
    legacy = make_legacy(data, wal=wal)
    original = file_state(legacy)
    steps = []
    store = Store.open(data, on_step=steps.append)
    try:
        assert steps == STEPS
        assert not legacy.exists() and not DataFolder(data).staging.exists()
        kept = kept_file(data)
        assert file_state(kept) == original  # byte for byte, its -wal too
        assert store.split.kept_as == kept and store.split.names == ["默认", "张三 🎓", "李四", "王五"]
        compared = assert_split_matches(kept, data)
        assert compared > 100
        notice = store.notice()
        assert "4 个档案" in notice and "张三 🎓" in notice and str(kept) in notice
        if wal:
            assert store.profile(1).study.note("only.in.wal") == "只在 WAL 里的笔记"
        assert [p.name for p in store.profiles.all()] == ["默认", "张三 🎓", "李四", "王五"]
        assert store.profiles.last_used().id == 4
    finally:
        store.close()
    assert file_state(kept) == original
    store = Store.open(data)  # the next start: the notice is still there until it was shown
    try:
        assert store.notice() is not None
        store.acknowledge_notice()
        assert store.notice() is None and store.split is None
    finally:
        store.close()
    assert file_state(kept) == original


def test_pins_and_wrong_pin_counts_go_to_the_cards_and_the_folder_state(tmp_path):
    data = tmp_path / "data"
    make_legacy(data)
    store = Store.open(data)
    try:
        secret = store.profiles.get(2)
        assert secret.has_pin and not store.profiles.get(1).has_pin
        with pytest.raises(AccessDeniedError):
            store.profile(2)
        now = datetime(2026, 12, 24, 8, 0)
        assert not store.profiles.check_pin(2, "0000", now=now).ok  # 3 were wrong before: the fourth ...
        result = store.profiles.check_pin(2, "0000", now=now)  # ... and the fifth locks
        assert result.wait_seconds == 30
        assert store.profiles.check_pin(2, "2468", now=now + timedelta(seconds=31)).ok
        assert b"2468" not in store.profiles.folder(2).database.read_bytes()
    finally:
        store.close()


def test_deleted_plans_of_the_old_file_are_gone_once_the_profile_opens(tmp_path):
    data = tmp_path / "data"
    make_legacy(data)
    store = Store.open(data)
    try:
        database = store.profiles.folder(1).database
        with sqlite3.connect(str(database)) as conn:
            deleted = conn.execute("SELECT title FROM plans WHERE deleted_at IS NOT NULL").fetchall()
        assert deleted  # carried over as they were ...
        store.profile(1).plans.all()
        with sqlite3.connect(str(database)) as conn:
            assert conn.execute("SELECT COUNT(*) FROM plans WHERE deleted_at IS NOT NULL").fetchone()[0] == 0
        assert deleted[0][0] in [r[0] for r in sqlite3.connect(str(kept_file(data))).execute("SELECT title FROM plans")]
    finally:
        store.close()


def test_a_table_added_by_a_later_migration_goes_along_without_being_named(tmp_path, monkeypatch):
    monkeypatch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS + (add_extra_table_step(),))
    monkeypatch.setattr(split, "SCHEMA_VERSION", len(migrations.MIGRATIONS))
    data = tmp_path / "data"
    make_legacy(data, extra_table=True)
    Store.open(data).close()
    assert assert_split_matches(kept_file(data), data) > 100
    with sqlite3.connect(str(DataFolder(data).profile(3).database)) as conn:
        assert [r[0] for r in conn.execute(f"SELECT node_id FROM {EXTRA_TABLE} ORDER BY id")] == ["node.3.0", "node.3.1"]


def test_an_older_schema_is_upgraded_on_the_way_and_names_that_look_the_same_become_two(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    conn = sqlite3.connect(str(DataFolder(data).legacy_database), isolation_level=None)
    migrate(conn, 2)  # a v2 database: twins were still allowed
    for name in ("小明", "小明\u200b", "Ｗａｎｇ", "Wang", "默认"):
        conn.execute("INSERT INTO profiles (name, created_at, last_used_at) VALUES (?, 'x', 'x')", (name,))
    conn.close()
    store = Store.open(data)
    try:
        names = [p.name for p in store.profiles.all()]
        assert names == ["小明", "小明(2)", "Wang", "Wang(2)", "默认"]
        assert store.profiles.default().id == 1 and store.profiles.get(5).name == "默认"
    finally:
        store.close()


def test_an_old_file_found_beside_profiles_is_kept_and_never_merged(tmp_path):
    data = tmp_path / "data"
    store = Store.open(data)
    mine = store.profiles.create("我自己的")
    store.close()
    legacy = make_legacy(data)  # e.g. copied back by hand
    original = file_state(legacy)
    store = Store.open(data)
    try:
        assert [p.name for p in store.profiles.all()] == ["我自己的"] and store.profiles.all()[0].id == mine.id
        assert store.split.found_only and file_state(kept_file(data)) == original
        assert "找到一个旧版本的数据文件" in store.notice()
    finally:
        store.close()


def test_a_newer_old_file_is_refused_and_left_alone(tmp_path):
    data = tmp_path / "data"
    legacy = make_legacy(data)
    conn = sqlite3.connect(str(legacy))
    conn.execute(f"PRAGMA user_version = {migrations.SCHEMA_VERSION + 1}")
    conn.close()
    before = file_state(legacy)
    with pytest.raises(Exception) as info:
        Store.open(data)
    assert info.value.code == ErrorCode.NEWER_VERSION
    assert file_state(legacy) == before and not DataFolder(data).profiles.exists()
