"""A full disk (or USB stick) and failing writes: a clear StoreWriteError, earlier plans intact, reads still work."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import event

from netmkt_desktop.errors import BackupError, StoreWriteError
from netmkt_desktop.plans import CareerPlan, TierGoal
from netmkt_desktop.storage.backups import make_backup
from netmkt_desktop.storage.opening import open_profile_safely, open_store_safely
from netmkt_desktop.storage.store import Store
from netmkt_desktop.tiers import Tier

LONG = "很长的行动计划" * 70  # 490 characters, about 1.5 KB: every save needs new pages


def plan(title: str, plan_id: int | None = None) -> CareerPlan:
    return CareerPlan(title=title, position_id="pos.ecommerce_host", headcount=1200, id=plan_id,
                      goals=[TierGoal(Tier.SPECIALIST, 2027, 7, f"{title}:{LONG}"),
                             TierGoal(Tier.SUPERVISOR, 2029, 7, f"{title}:{LONG}")])


def bigger(p: CareerPlan) -> CareerPlan:
    p.goals += [TierGoal(Tier.MANAGER, 2031, 7, f"{p.title}:{LONG}"), TierGoal(Tier.DIRECTOR, 2033, 7, f"{p.title}:{LONG}")]
    return p


def on_every_connection(store: Store, profile: int, listener) -> None:
    engine = store.profile(profile)._db.engine
    event.listen(engine, "connect", listener)
    engine.dispose()


def test_page_limit_full_disk(tmp_path):
    """Portable variant: SQLite's max_page_count makes the database 'full' on any machine."""
    store = Store.open(tmp_path / "data")
    try:
        profile = store.profiles.default().id
        earlier = [store.profile(profile).plans.save(plan(f"早先的规划{n}")) for n in range(3)]
        conn = sqlite3.connect(str(store.profiles.folder(profile).database))
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.close()
        on_every_connection(store, profile, lambda dbapi, _r: dbapi.execute(f"PRAGMA max_page_count = {pages}"))
        for attempt in (lambda: store.profile(profile).plans.save(plan("新规划")),
                        lambda: store.profile(profile).plans.save(bigger(plan("改过的", earlier[0].id)))):
            with pytest.raises(StoreWriteError) as info:
                attempt()
            assert "磁盘空间已满" in str(info.value) and "之前保存的数据没有改动" in str(info.value)
        assert store.profile(profile).plans.all() == sorted(earlier, key=lambda p: p.updated_at, reverse=True)
        assert store.profile(profile).plans.get(earlier[0].id) == earlier[0]  # reads keep working
    finally:
        store.close()
    check = Store.open(tmp_path / "data")
    try:
        assert [p.title for p in check.profile(check.profiles.default().id).plans.all()] == [f"早先的规划{n}" for n in (2, 1, 0)]
    finally:
        check.close()


def test_a_really_full_disk(small_disk, fill_disk):
    """A 1 MB tmpfs filled to the last block: SQLite gets ENOSPC from the kernel."""
    disk = small_disk("1m")
    data = disk.path / "data"
    store = Store.open(data)
    try:
        profile = store.profiles.default().id
        earlier = [store.profile(profile).plans.save(plan(f"早先的规划{n}")) for n in range(3)]
        own = store.profiles.folder(profile)
        backup = make_backup(own.database, own.backups)
        filler = fill_disk(disk.path)
        errors = []
        for n in range(40):  # the WAL reuses freed space for a while: go on until a save needs a new block
            try:
                store.profile(profile).plans.save(plan(f"满了{n}"))
            except StoreWriteError as exc:
                errors.append(str(exc))
                break
        assert errors, "the disk never became full for SQLite"
        assert "磁盘空间已满" in errors[0] and "之前保存的数据没有改动" in errors[0] and str(data) in errors[0]
        titles = {p.title for p in store.profile(profile).plans.all()}
        assert {p.title for p in earlier} <= titles  # earlier plans intact, reads still work
        with pytest.raises(BackupError, match="磁盘空间已满"):
            make_backup(own.database, own.backups)
        assert sorted(p.name for p in own.backups.iterdir()) == [backup.name]  # no half backup
        filler.unlink()  # the student deletes something: saving works again
        again = store.profile(profile).plans.save(plan("有空间了"))
        assert store.profile(profile).plans.get(again.id).title == "有空间了"
    finally:
        store.close()
    conn = sqlite3.connect(str(own.database))
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_a_disk_full_before_the_start_is_named_and_touches_nothing(small_disk, fill_disk):
    """A WAL database needs room for its -shm file even to be read: say that the disk is full, change nothing."""
    disk = small_disk("1m")
    data = disk.path / "data"
    store = Store.open(data)
    profile = store.profiles.default().id
    store.profile(profile).plans.save(plan("早先的规划"))
    own = store.profiles.folder(profile)
    store.close()
    before = own.database.read_bytes()
    filler = fill_disk(disk.path)
    opened = open_store_safely(data)
    if opened.store is None:  # not even the folder: said so
        assert opened.problem == "disk_full" and "已满" in opened.message and str(data) in opened.message
    else:
        result = open_profile_safely(opened.store, profile)
        opened.store.close()
        assert result.data is None and result.problem == "disk_full" and result.moved_to is None
        assert "已满" in result.message and str(own.root) in result.message
    assert own.database.read_bytes() == before and not list(own.root.glob("*.damaged-*"))
    filler.unlink()
    result = open_store_safely(data)
    try:
        assert [p.title for p in result.store.profile(profile).plans.all()] == ["早先的规划"]
    finally:
        result.store.close()


def test_usb_stick_pulled_in_the_middle_of_a_save(tmp_path):
    """The write of the goals fails after the plan row went in: the whole save is undone."""
    store = Store.open(tmp_path / "data")
    try:
        profile = store.profiles.default().id
        earlier = store.profile(profile).plans.save(plan("早先的规划"))

        def pulled(conn, cursor, statement, parameters, context, executemany):
            if "INSERT INTO plan_goals" in statement:
                exc = sqlite3.OperationalError("disk I/O error")
                exc.sqlite_errorcode = sqlite3.SQLITE_IOERR  # as SQLite itself reports it
                raise exc

        engine = store.profile(profile)._db.engine
        event.listen(engine, "before_cursor_execute", pulled)
        for attempt in (lambda: store.profile(profile).plans.save(plan("新规划")),
                        lambda: store.profile(profile).plans.save(plan("改过的", earlier.id))):
            with pytest.raises(StoreWriteError, match="U 盘是否已被拔出"):
                attempt()
        event.remove(engine, "before_cursor_execute", pulled)
        assert store.profile(profile).plans.all() == [earlier]  # no plan without goals, no half-replaced goals
    finally:
        store.close()
