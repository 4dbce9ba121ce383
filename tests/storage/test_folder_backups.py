"""The teacher's whole-folder backups on a PC whose clock is wrong: order, rotation and "newest"
go by the sequence number in the set's name, never by the date it shows."""

from __future__ import annotations

import shutil
from datetime import datetime, timedelta

import pytest

from netmkt_desktop.storage.folder_backups import (
    KEEP_SETS,
    list_folder_backups,
    make_folder_backup,
    restore_folder,
)
from netmkt_desktop.storage.sqlite_files import parse_backup_name
from netmkt_desktop.storage.store import Store

from storage_samples import profile_plan

TEACHER = "老师的密码 2026"
YEAR_AHEAD = datetime(2027, 9, 1, 8, 0)
SET_BACK = datetime(2026, 1, 1, 0, 0)  # the date a lab's restore software sets at every start


@pytest.fixture
def classroom(tmp_path):
    """A data folder with a teacher password and one student, 小明."""
    store = Store.open(tmp_path / "data")
    store.profiles.teacher.set(TEACHER)
    ming = store.profiles.create("小明").id
    yield store, ming
    store.close()


def titles(store: Store, profile_id: int) -> set[str]:
    data = store.profile(profile_id)
    try:
        return {p.title for p in data.plans.all()}
    finally:
        data.close()


def save(store: Store, profile_id: int, title: str) -> None:
    data = store.profile(profile_id)
    data.plans.save(profile_plan(title))
    data.close()


def next_session(store: Store) -> Store:
    """The app closed and started again on the same data folder."""
    folder = store.folder
    store.close()
    return Store.open(folder)


def test_the_set_made_last_is_listed_first_and_restores_the_latest_data_with_the_clock_set_back(classroom):
    store, ming = classroom
    save(store, ming, "九月的规划")
    first = make_folder_backup(store, teacher=TEACHER, now=YEAR_AHEAD)  # the clock was a year ahead then
    save(store, ming, "后来写的规划")
    last = make_folder_backup(store, teacher=TEACHER, now=SET_BACK)  # and set back now
    listed = list_folder_backups(store.folder)
    assert [b.path for b in listed] == [last, first]
    assert listed[0].order > listed[1].order and "-S" in last.name
    save(store, ming, "备份之后写的")
    restore_folder(store, listed[0], teacher=TEACHER)
    assert titles(store, ming) == {"九月的规划", "后来写的规划"}  # the latest data, not the latest date


def test_sets_get_the_next_sequence_number_within_one_second_and_after_the_clock_jumps(classroom):
    store, ming = classroom
    moments = [SET_BACK, SET_BACK, YEAR_AHEAD, SET_BACK - timedelta(days=400)]
    made = [make_folder_backup(store, teacher=TEACHER, now=moment) for moment in moments]
    orders = [parse_backup_name(p.name).order for p in made]
    assert orders == sorted(orders) and len(set(orders)) == len(orders)
    assert [b.path for b in list_folder_backups(store.folder)] == made[::-1]


def test_rotation_keeps_the_set_made_last_when_the_clock_was_set_back(classroom):
    store, ming = classroom
    ahead = [make_folder_backup(store, teacher=TEACHER, now=YEAR_AHEAD + timedelta(days=n)) for n in range(KEEP_SETS)]
    store = next_session(store)
    try:
        save(store, ming, "最新的规划")
        newest = make_folder_backup(store, teacher=TEACHER, now=SET_BACK)
        kept = [b.path for b in list_folder_backups(store.folder)]
        assert newest.is_dir() and kept[0] == newest
        assert kept == [newest, *ahead[:0:-1]]  # the one made first of the old session went, not the newest
        assert not ahead[0].exists()
    finally:
        store.close()


def test_sets_made_in_this_session_are_never_pruned_before_it_ends(classroom):
    store, _ming = classroom
    made = [make_folder_backup(store, teacher=TEACHER, now=SET_BACK + timedelta(days=(-1) ** n * n))
            for n in range(KEEP_SETS + 3)]
    assert [b.path for b in list_folder_backups(store.folder)] == made[::-1]
    assert all(p.is_dir() for p in made)
    store = next_session(store)
    try:
        newest = make_folder_backup(store, teacher=TEACHER, now=SET_BACK - timedelta(days=30))
        assert [b.path for b in list_folder_backups(store.folder)] == [newest, *made[::-1][:KEEP_SETS - 1]]
    finally:
        store.close()


def test_sets_of_older_versions_are_read_and_count_as_made_before_every_numbered_one(classroom):
    store, ming = classroom
    save(store, ming, "旧版本时的规划")
    template = make_folder_backup(store, teacher=TEACHER, now=SET_BACK)
    backups = store.folder.backups
    old_future = backups / "folder-20300101-000000-manual"  # an older version's names: no sequence number
    old_past = backups / "folder-20200101-000000-manual"
    old_past_2 = backups / "folder-20200101-000000-manual-2"
    for old in (old_future, old_past, old_past_2):
        shutil.copytree(template, old)
    shutil.rmtree(template)
    save(store, ming, "新版本的规划")
    store = next_session(store)
    try:
        numbered = make_folder_backup(store, teacher=TEACHER, now=datetime(2026, 6, 1, 9, 0))
        listed = list_folder_backups(store.folder)
        assert [b.path for b in listed] == [numbered, old_future, old_past_2, old_past]
        assert [b.order for b in listed[1:]] == [0, 0, 0] and all(b.reason == "manual" for b in listed)
        assert [name for _id, name in listed[1].profiles] == ["小明"]
        restore_folder(store, listed[1], teacher=TEACHER)  # an old set still restores
        assert titles(store, ming) == {"旧版本时的规划"}
        for n in range(KEEP_SETS - 2):
            make_folder_backup(store, teacher=TEACHER, now=datetime(2026, 6, 2 + n, 9, 0))
    finally:
        store.close()
    store = Store.open(store.folder)
    try:
        make_folder_backup(store, teacher=TEACHER, now=datetime(2026, 6, 9, 9, 0))
        manual = [b for b in list_folder_backups(store.folder) if b.reason == "manual"]
        assert len(manual) == KEEP_SETS and all(b.order > 0 for b in manual)  # the old ones go first
        assert not old_future.exists() and not old_past.exists()
    finally:
        store.close()
