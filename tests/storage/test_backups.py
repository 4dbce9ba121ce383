"""Backups: making, listing, rotating, when one is due, restoring (storage.backups)."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from netmkt_desktop.errors import BackupError
from netmkt_desktop.paths import DATABASE_NAME
from netmkt_desktop.storage import sqlite_files
from netmkt_desktop.storage import backups as backups_module
from netmkt_desktop.storage.backups import (
    KEEP_RECENT,
    KEEP_SPECIAL,
    BackupInfo,
    backup_due,
    backups_to_delete,
    check_backup,
    list_backups,
    make_backup,
    prune_backups,
    restore_backup,
)
from netmkt_desktop.storage.migrations import SCHEMA_VERSION, migrate
from netmkt_desktop.storage.store import Store

from storage_samples import damage, fresh, save, titles

NOW = datetime(2026, 3, 15, 10, 30, 0)


def plan_titles_in(path: Path) -> list[str]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        return sorted(r[0] for r in conn.execute("SELECT title FROM plans WHERE deleted_at IS NULL"))
    finally:
        conn.close()


def fake_backup(folder: Path, name: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(sqlite_files.SQLITE_HEADER + b"\0" * 100)
    return path


# -- making ------------------------------------------------------------------------------------------------


def test_backup_is_a_whole_checked_single_file_with_every_committed_plan(store, folders):
    _data, db, backups = folders
    save(store, "一", "二")  # still in the WAL: the store is open
    path = make_backup(db, backups, now=NOW)
    assert path.name == "netmkt-20260315-103000-S1.sqlite3"
    assert plan_titles_in(path) == ["一", "二"]
    assert path.read_bytes()[18:20] == b"\x01\x01"  # rollback journal, not WAL: one file is the whole backup
    assert sorted(p.name for p in backups.iterdir()) == [path.name]  # no .part, -wal or -shm left behind
    assert check_backup(path).ok
    save(store, "三")  # the store goes on working
    assert titles(store) == ["一", "三", "二"]


def test_every_backup_gets_the_next_sequence_number_even_in_one_second(store, profile, folders):
    _data, db, backups = folders
    fake_backup(backups, "netmkt-20260315-110000.sqlite3")  # an older version's name: made before every numbered one
    a = make_backup(db, backups, now=NOW)
    b = make_backup(db, backups, now=NOW)
    c = make_backup(db, backups, "manual", now=NOW)
    d = make_backup(db, backups, "before-restore", now=NOW - timedelta(days=3))  # a clock set back
    assert [p.name for p in (a, b, c, d)] == [
        "netmkt-20260315-103000-S1.sqlite3", "netmkt-20260315-103000-S2.sqlite3",
        "netmkt-20260315-103000-S3-manual.sqlite3", "before-restore-20260312-103000-S4.sqlite3"]
    assert len({p.read_bytes() for p in (a, b, c)}) == 1
    assert [i.path.name for i in list_backups(backups)][:4] == [d.name, c.name, b.name, a.name]


def test_a_failed_backup_leaves_no_file_that_looks_like_a_backup(store, folders, monkeypatch):
    _data, db, backups = folders
    save(store, "一")

    def disk_full(_path):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backups_module, "fsync_file", disk_full)
    with pytest.raises(BackupError, match="磁盘空间已满"):
        make_backup(db, backups, now=NOW)
    assert list(backups.iterdir()) == []
    assert list_backups(backups) == []


def test_an_unfinished_part_file_is_never_listed_and_is_cleared_when_its_process_is_gone_or_stale(
        folders, store, profile):
    _data, db, backups = folders
    backups.mkdir()
    running = backups / f".netmkt-20260315-103000-S7.sqlite3.{os.getpid()}.456.part"  # a process still at work
    running.write_bytes(sqlite_files.SQLITE_HEADER)
    ended = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    killed = backups / f".netmkt-20260315-103000-S8.sqlite3.{int(ended.stdout)}.456.part"
    killed.write_bytes(sqlite_files.SQLITE_HEADER)
    Path(f"{killed}-journal").write_bytes(b"x")
    assert list_backups(backups) == []
    made = make_backup(db, backups)
    assert running.exists()  # it may still be being written by another window
    assert not killed.exists() and not Path(f"{killed}-journal").exists()
    assert made.name.endswith("-S1.sqlite3")  # a leftover's number is not a backup's
    old = time.time() - 2 * 3600
    os.utime(running, (old, old))
    prune_backups(backups)
    assert not running.exists()


def test_no_database_no_backup(folders):
    _data, db, backups = folders
    with pytest.raises(BackupError, match="没有可以备份"):
        make_backup(db, backups)
    assert not db.exists()


def test_reason_must_be_a_plain_word(store, folders):
    _data, db, backups = folders
    with pytest.raises(ValueError):
        make_backup(db, backups, "../../etc")


# -- listing -----------------------------------------------------------------------------------------------


def test_list_backups_newest_first_with_reasons_and_sizes(store, profile, folders):
    _data, db, backups = folders
    make_backup(db, backups, now=NOW - timedelta(days=1))
    make_backup(db, backups, "manual", now=NOW)
    make_backup(db, backups, "before-restore", now=NOW + timedelta(seconds=1))
    fake_backup(backups, "before-migration-v1-20260101-080000.sqlite3")
    (backups / "notes.txt").write_text("not a backup")
    (backups / "netmkt-20260316-000000.sqlite3").write_bytes(b"garbage")  # a name, but not a database
    infos = list_backups(backups)
    assert [(i.created, i.reason, i.ok) for i in infos] == [  # made last first; older unnumbered names after
        (NOW + timedelta(seconds=1), "before-restore", None),
        (NOW, "manual", None),
        (NOW - timedelta(days=1), "auto", None),
        (datetime(2026, 3, 16), "auto", False),
        (datetime(2026, 1, 1, 8), "before-migration", None),
    ]
    assert all(i.size == i.path.stat().st_size for i in infos)
    checked = list_backups(backups, check=True)
    assert [i.ok for i in checked] == [True, True, True, False, False]  # the fake migration copy is not a database


# -- rotation ----------------------------------------------------------------------------------------------


def test_rotation_keeps_ten_recent_plus_newest_of_each_of_the_last_seven_days(tmp_path):
    backups = tmp_path / "backups"
    made = []
    for hours in range(0, 20 * 24, 6):  # every 6 hours for 20 days
        made.append(fake_backup(backups, sqlite_files.backup_name(NOW - timedelta(hours=hours), "auto")))
    specials = [fake_backup(backups, f"before-restore-202601{d:02d}-120000.sqlite3") for d in range(1, 9)]
    specials += [fake_backup(backups, f"before-migration-v{v}-202512{v:02d}-120000.sqlite3") for v in range(1, 8)]
    stranger = backups / "我的副本.sqlite3"
    stranger.write_bytes(b"x")
    deleted = prune_backups(backups)
    left = {p.name for p in backups.iterdir()}
    expected_regular = {p.name for p in made[:KEEP_RECENT]}
    for day in range(7):
        d = (NOW - timedelta(days=day)).date()
        expected_regular.add(max((p for p in made if sqlite_files.parse_backup_name(p.name)[0].date() == d),
                                 key=lambda p: sqlite_files.parse_backup_name(p.name)[0]).name)
    expected_special = {p.name for p in specials[3:8]} | {p.name for p in specials[8 + 2:]}
    assert left == expected_regular | expected_special | {stranger.name}
    assert len(expected_regular) == 10 + 4  # 10 recent cover today and the 2 days before
    assert set(deleted).isdisjoint({backups / n for n in left})


def test_backups_made_in_a_row_never_delete_the_special_ones(store, profile, folders):
    _data, db, backups = folders
    before = make_backup(db, backups, "before-restore", now=NOW - timedelta(days=100))
    for n in range(15):
        make_backup(db, backups, now=NOW + timedelta(minutes=30 * n))
    infos = list_backups(backups)
    assert before in [i.path for i in infos]
    assert sum(1 for i in infos if i.reason == "auto") == KEEP_RECENT


_infos = st.lists(
    st.tuples(st.integers(-400 * 24, 40 * 24), st.sampled_from(["auto", "manual", "before-restore", "before-migration"]),
              st.booleans()),
    max_size=60)


@settings(max_examples=200, deadline=None)
@given(_infos, st.data())
def test_rotation_rule_properties(raw, data):
    """Whatever dates the PC's clock put in the names, the rule goes by the order backups were made."""
    infos = [BackupInfo(path=Path(f"/b/{i}"), created=NOW - timedelta(hours=h), size=1, reason=r, ok=None, order=i + 1)
             for i, (h, r, _k) in enumerate(raw)]
    keep = {b.path for b, (_h, _r, k) in zip(infos, raw) if k}
    gone = {b.path for b in backups_to_delete(infos, keep)}
    kept = [b for b in infos if b.path not in gone]
    made_last = sorted(infos, key=lambda b: b.order, reverse=True)
    regular = [b for b in made_last if b.reason in ("auto", "manual")]
    assert keep.isdisjoint(gone)  # this session's backups stay
    assert all(b.path not in gone for b in regular[:KEEP_RECENT])
    for kind in ("before-restore", "before-migration"):
        of_kind = [b for b in made_last if b.reason == kind]
        assert all(b.path not in gone for b in of_kind[:KEEP_SPECIAL])
        assert sum(1 for b in kept if b.reason == kind and b.path not in keep) <= KEEP_SPECIAL
    dates = list(dict.fromkeys(b.created.date() for b in regular))[:7]
    for day in dates:
        assert next(b for b in regular if b.created.date() == day).path not in gone
    assert len([b for b in kept if b.reason in ("auto", "manual") and b.path not in keep]) <= KEEP_RECENT + 7


# -- when a backup is due ----------------------------------------------------------------------------------


def test_backup_due(store, folders):
    _data, db, backups = folders
    save(store, "一")
    assert backup_due(backups, datetime.now())
    made = make_backup(db, backups)
    created = sqlite_files.parse_backup_name(made.name)[0]
    assert not backup_due(backups, created + timedelta(minutes=29))
    assert backup_due(backups, created + timedelta(minutes=30))
    later = created + timedelta(hours=2)
    old = (created - timedelta(minutes=5)).timestamp()
    for suffix in ("", "-wal"):  # nothing changed since the backup
        if Path(f"{db}{suffix}").exists():
            os.utime(f"{db}{suffix}", (old, old))
    assert not backup_due(backups, later, db_path=db)
    save(store, "二")
    assert backup_due(backups, max(later, datetime.now() + timedelta(minutes=31)), db_path=db)
    assert not backup_due(backups, later, db_path=db.parent / "nothing.sqlite3")


def test_a_backup_dated_in_the_future_does_not_stop_backups(tmp_path):
    backups = tmp_path / "backups"
    fake_backup(backups, sqlite_files.backup_name(NOW + timedelta(days=300), "auto"))  # the PC's clock was wrong then
    assert backup_due(backups, NOW)


# -- restoring ---------------------------------------------------------------------------------------------


def test_restore_brings_back_the_backup_and_keeps_the_replaced_data(folders):
    data, db, backups = folders
    store = Store.open(data)
    save(store, "一")
    chosen = make_backup(db, backups, "manual")
    save(store, "二")
    store.close()  # the caller closes its Store first
    before = restore_backup(chosen, db, backups)
    assert before is not None and before.name.startswith("before-restore-")
    assert plan_titles_in(before) == ["一", "二"]
    store = Store.open(data)
    try:
        assert titles(store) == ["一"]
        save(store, "三")  # ids continue; the restored database works normally
        assert titles(store) == ["一", "三"]
    finally:
        store.close()
    again = restore_backup(before, db, backups)  # and back again
    assert again is not None
    store = Store.open(data)
    try:
        assert titles(store) == ["一", "二"]
    finally:
        store.close()


@pytest.mark.parametrize("spoil", ["garbage", "truncated", "damaged", "empty-db"])
def test_a_bad_backup_is_refused_and_nothing_changes(folders, spoil):
    data, db, backups = folders
    store = Store.open(data)
    save(store, "一")
    bad = make_backup(db, backups)
    store.close()
    if spoil == "garbage":
        bad.write_bytes(b"PK\x03\x04 this is a zip file")
    elif spoil == "truncated":
        bad.write_bytes(bad.read_bytes()[:5000])
    elif spoil == "damaged":
        damage(bad)
    else:
        bad.unlink()
        sqlite3.connect(str(bad)).execute("CREATE TABLE other(x)").connection.close()
    original = db.read_bytes()
    with pytest.raises(BackupError) as info:
        restore_backup(bad, db, backups)
    assert "没有恢复" in str(info.value) and str(bad) in str(info.value)
    assert db.read_bytes() == original
    assert not list(backups.glob("before-restore-*"))


def test_a_backup_from_a_newer_version_is_refused(folders):
    data, db, backups = folders
    fresh(data)
    newer = make_backup(db, backups)
    conn = sqlite3.connect(str(newer))
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(BackupError, match="更新版本"):
        restore_backup(newer, db, backups)


def test_restoring_an_older_version_backup_upgrades_it_on_open(folders):
    data, db, backups = folders
    store = Store.open(data)
    profile = store.profiles.default().id
    save(store, "新的")
    store.close()
    old = backups / "netmkt-20260101-080000.sqlite3"  # a backup of this profile made by a version with schema v2
    backups.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(str(old), isolation_level=None)
    migrate(conn, 2)
    conn.execute("INSERT INTO profiles (id, name, created_at, last_used_at) VALUES (?, '', 'x', 'x')", (profile,))
    conn.execute("INSERT INTO plans (profile_id, title, position_id, created_at, updated_at) "
                 "VALUES (?, '旧的', 'pos.ecommerce_host', 'x', 'x')", (profile,))
    conn.close()
    restore_backup(old, db, backups)
    store = Store.open(data)
    try:
        assert titles(store) == ["旧的"]  # upgraded when the profile opened, after a before-migration-v2 copy
        assert len(list(backups.glob("before-migration-v2-*.sqlite3"))) == 1
        store.profile(profile).study.save_note("survey", "v3 的笔记")
    finally:
        store.close()


def test_restore_into_an_empty_folder_ignores_leftover_wal_files(folders):
    data, db, backups = folders
    store = Store.open(data)
    save(store, "一")
    chosen = make_backup(db, backups)
    store.close()
    db.unlink()
    Path(f"{db}-wal").write_bytes(b"stale wal of another database")
    assert restore_backup(chosen, db, backups) is None
    assert not Path(f"{db}-wal").exists()
    assert list(db.parent.glob(f"{DATABASE_NAME}-wal.orphan-*"))  # kept, out of the way
    store = Store.open(data)
    try:
        assert titles(store) == ["一"]
    finally:
        store.close()
