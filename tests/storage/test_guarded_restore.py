"""Restores on a shared PC: one profile's restore touches only that profile, never a PIN or a
wrong-PIN count; the teacher's whole-folder restore names every profile and needs the password."""

from __future__ import annotations

from datetime import datetime

import pytest

from netmkt_desktop.errors import AccessDeniedError, BackupError, ErrorCode
from netmkt_desktop.storage.backups import list_backups, make_backup
from netmkt_desktop.storage.folder_backups import (
    list_folder_backups,
    make_folder_backup,
    plan_folder_restore,
    restore_folder,
)
from netmkt_desktop.storage.opening import restore_profile
from netmkt_desktop.storage.store import Store

from storage_samples import T0, exported, fill, profile_plan

PIN = "2468"
TEACHER = "老师的密码 2026"


@pytest.fixture
def two(tmp_path):
    """X (no PIN) and Y (a PIN), each with data of every kind and a backup of X."""
    store = Store.open(tmp_path / "data")
    x = store.profiles.create("小明").id
    y = store.profiles.create("小红", pin=PIN).id
    fill(store, x, "xx")
    fill(store, y, "yy", pin=PIN)
    place = store.profiles.folder(x)
    backup = make_backup(place.database, place.backups, now=datetime(2026, 3, 1, 9, 0))
    store.release(x)
    store.release(y)
    yield store, x, y, backup
    store.close()


def files_of(store: Store, profile_id: int) -> dict[str, bytes]:
    root = store.profiles.folder(profile_id).root
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_restoring_one_profile_leaves_every_other_profile_byte_identical(two):
    store, x, y, backup = two
    store.profile(x).plans.save(profile_plan("备份之后写的"))
    store.release(x)
    y_before = files_of(store, y)
    state_before = store.folder.state.read_bytes()
    replaced = restore_profile(store, x, backup)
    assert "备份之后写的" not in [p.title for p in store.profile(x).plans.all()]
    assert replaced is not None and replaced.parent == store.profiles.folder(x).backups
    assert files_of(store, y) == y_before
    assert store.folder.state.read_bytes() == state_before


def test_a_restore_can_neither_remove_a_pin_nor_give_back_wrong_pin_guesses(two):
    store, x, y, _backup = two
    place = store.profiles.folder(y)
    old = make_backup(place.database, place.backups, now=datetime(2026, 3, 1, 8, 0))  # before the PIN changed
    store.profiles.set_pin(y, "1357", pin=PIN)
    for _ in range(3):
        store.profiles.check_pin(y, "0000", now=T0)
    with pytest.raises(AccessDeniedError) as info:  # without the PIN: refused, nothing changed
        restore_profile(store, y, old)
    assert info.value.code == ErrorCode.PIN_REQUIRED
    with pytest.raises(AccessDeniedError) as info:  # a wrong PIN counts: the fourth
        restore_profile(store, y, old, pin="0000")
    assert info.value.code == ErrorCode.WRONG_PIN and "1 次" in str(info.value)
    store.profiles.teacher.set(TEACHER)  # the teacher restores the backup made before the PIN changed
    restore_profile(store, y, old, teacher=TEACHER)
    result = store.profiles.check_pin(y, PIN, now=T0)  # the old PIN does not come back with the data
    assert not result.ok and result.wait_seconds > 0  # and the count went on: that was the fifth wrong one
    assert store.profiles.has_pin(y)


def test_a_profile_cannot_restore_another_profiles_backup(two):
    store, x, y, backup = two
    with pytest.raises(BackupError):
        restore_profile(store, y, backup, pin=PIN)  # X's file into Y
    assert exported(store, y, pin=PIN)["plans"]


def test_the_teacher_can_restore_any_profile_with_the_password(two):
    store, x, y, _backup = two
    place = store.profiles.folder(y)
    backup = make_backup(place.database, place.backups)
    with pytest.raises(AccessDeniedError):
        restore_profile(store, y, backup, teacher=TEACHER)  # no teacher password set yet
    store.profiles.teacher.set(TEACHER)
    with pytest.raises(AccessDeniedError):
        restore_profile(store, y, backup, teacher="not the password")
    assert restore_profile(store, y, backup, teacher=TEACHER) is not None
    assert [b.reason for b in list_backups(place.backups)].count("before-restore") == 1


def test_whole_folder_backups_need_the_teacher_password_and_the_restore_names_every_profile(two):
    store, x, y, _backup = two
    with pytest.raises(AccessDeniedError):
        make_folder_backup(store, teacher=TEACHER)
    store.profiles.teacher.set(TEACHER)
    made = make_folder_backup(store, teacher=TEACHER, now=datetime(2026, 3, 2, 10, 0))
    store.profile(x).plans.save(profile_plan("之后写的"))
    store.release(x)
    later = store.profiles.create("小刚").id
    (backup,) = [b for b in list_folder_backups(store.folder) if b.path == made]
    assert sorted(name for _id, name in backup.profiles) == ["小明", "小红"]
    plan = plan_folder_restore(store, backup)
    assert sorted(p.name for p in plan.restored) == ["小明", "小红"] and [p.name for p in plan.untouched] == ["小刚"]
    with pytest.raises(AccessDeniedError):
        restore_folder(store, backup, teacher="wrong password")
    assert "之后写的" in [p.title for p in store.profile(x).plans.all()]
    store.release(x)
    restore_folder(store, backup, teacher=TEACHER)
    assert "之后写的" not in [p.title for p in store.profile(x).plans.all()]
    assert store.profiles.get(later).name == "小刚"  # made after the backup: left as it is
    assert store.profiles.has_pin(y)
    reasons = [b.reason for b in list_folder_backups(store.folder)]
    assert "before-restore" in reasons  # the folder as it was is kept first
