"""The store of a data folder: first open, reopening, closing; profiles and their settings; one profile's view."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from netmkt_desktop.errors import NotFoundError, ProfileNameError, StoreWriteError
from netmkt_desktop.paths import BACKUP_FOLDER
from netmkt_desktop.storage.migrations import SCHEMA_VERSION
from netmkt_desktop.storage.store import Store

from storage_samples import content_of, db_file, sample_plan


# -- creating and reopening ----------------------------------------------------------------------


def test_first_open_creates_the_folder_a_default_profile_and_its_own_database(tmp_path):
    folder = tmp_path / "U盘" / "netmkt-data"
    store = Store.open(folder)
    try:
        profile = store.profiles.default()
        assert profile.name == "默认"
        assert store.profiles.default() == profile  # made once, then found again
        assert store.profiles.all() == [profile]
        own = store.profiles.folder(profile.id)
    finally:
        store.close()
    assert own.root == folder / "profiles" / str(profile.id) and own.card.is_file()
    conn = sqlite3.connect(str(own.database))
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        conn.close()
    assert not db_file(folder).exists()  # no single database of every profile any more
    assert not (folder / BACKUP_FOLDER).exists() and not own.backups.exists()  # nothing to back up yet


def test_saved_plan_survives_closing_and_reopening(tmp_path):
    store = Store.open(tmp_path)
    profile = store.profiles.default().id
    saved = store.profile(profile).plans.save(sample_plan())
    store.close()
    again = Store.open(tmp_path)
    try:
        (loaded,) = again.profile(profile).plans.all()
        assert content_of(loaded) == content_of(sample_plan())
        assert loaded.id == saved.id and loaded.created_at == saved.created_at
    finally:
        again.close()


def test_a_closed_store_refuses_politely(tmp_path):
    store = Store.open(tmp_path)
    store.close()
    with pytest.raises(StoreWriteError, match="已经关闭"):
        store.profile(1).plans.all()


# -- profiles and settings ---------------------------------------------------------------------------


def test_profiles_and_their_settings(store):
    default = store.profiles.default()
    zhang = store.profiles.create("张三", "电商2301班")
    assert (zhang.name, zhang.class_name) == ("张三", "电商2301班")
    assert store.profiles.all() == [default, zhang]
    assert store.profile(zhang.id).settings.get("zoom") is None
    assert store.profile(zhang.id).settings.get("zoom", "100") == "100"
    store.profile(zhang.id).settings.set("zoom", "150")
    store.profile(zhang.id).settings.set("zoom", "175")  # replaces, does not add a second row
    assert store.profile(zhang.id).settings.get("zoom") == "175"
    assert store.profile(default.id).settings.get("zoom") is None
    with pytest.raises(ProfileNameError, match="名字"):
        store.profiles.create("   ")


def test_one_profile_never_sees_or_changes_another_profiles_plans(store):
    mine = store.profiles.default().id
    other = store.profiles.create("李四").id
    their_plan = store.profile(other).plans.save(sample_plan("别人的"))
    extra = store.profile(other).plans.save(sample_plan("别人的第二份"))
    my_plan = store.profile(mine).plans.save(sample_plan("我的"))
    assert [p.title for p in store.profile(mine).plans.all()] == ["我的"]
    assert [p.title for p in store.profile(other).plans.all()] == ["别人的第二份", "别人的"]
    assert store.profile(mine).plans.get(extra.id) is None  # an id of the other file means nothing here
    attempts = [
        lambda: store.profile(mine).plans.save(sample_plan("改别人的", id=extra.id)),
        lambda: store.profile(mine).plans.delete(extra.id),
        lambda: store.profile(mine).plans.duplicate(extra.id),
        lambda: store.profile(mine).plans.set_goal_achieved(extra.goals[-1].id, date(2026, 1, 1)),
    ]
    for attempt in attempts:
        with pytest.raises(NotFoundError):
            attempt()
    store.profile(mine).plans.delete(my_plan.id)
    store.profile(mine).plans.save(sample_plan("我的新规划"))
    assert store.profile(other).plans.get(their_plan.id) == their_plan
    assert store.profile(other).plans.get(extra.id) == extra


def test_deleted_plans_are_kept_for_undo_until_the_profile_is_closed_then_gone(store):
    profile = store.profiles.default().id
    data = store.profile(profile)
    plan = data.plans.save(sample_plan("删掉的"))
    data.plans.delete(plan.id)
    data.plans.restore(plan.id)  # undo in the session
    data.plans.delete(plan.id)
    assert "删掉的".encode() in store.profiles.folder(profile).database.read_bytes() + \
        (store.profiles.folder(profile).database.parent / "netmkt.sqlite3-wal").read_bytes()
    data.close()  # switching to another profile, or quitting
    again = store.profile(profile)
    with pytest.raises(NotFoundError):
        again.plans.restore(plan.id)
    again.close()
    raw = store.profiles.folder(profile).database.read_bytes()
    assert "删掉的".encode() not in raw  # not left in free pages either (secure_delete)
