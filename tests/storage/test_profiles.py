"""The profiles of a data folder: PINs and their lock-out, names, last used, deleting, isolation (storage.profiles)."""

from __future__ import annotations

import json
import sqlite3
from datetime import timedelta

import pytest

from netmkt_desktop.errors import NotFoundError, PinFormatError, ProfileNameError
from netmkt_desktop.pin import PIN_MAX_LOCK_SECONDS, PinResult
from netmkt_desktop.records import Profile

from storage_samples import T0, counts, exported, fill


def test_profile_pins_are_stored_hashed_with_a_salt_per_profile(store):
    a = store.profiles.create("甲", pin="2468")
    b = store.profiles.create("乙", pin="2468")
    c = store.profiles.create("丙")
    assert a.has_pin and b.has_pin and not c.has_pin
    assert store.profiles.has_pin(a.id) and not store.profiles.has_pin(c.id)
    conn = sqlite3.connect(str(store.path))
    stored = conn.execute("SELECT pin_hash, pin_salt FROM profiles WHERE id IN (?, ?)", (a.id, b.id)).fetchall()
    conn.close()
    (hash_a, salt_a), (hash_b, salt_b) = stored
    assert salt_a != salt_b and hash_a != hash_b
    assert all("2468" not in text for text in (hash_a, salt_a, hash_b, salt_b))
    assert b"2468" not in store.path.read_bytes()
    assert store.profiles.check_pin(a.id, "2468").ok and not store.profiles.check_pin(a.id, "1357").ok
    assert store.profiles.check_pin(c.id, "") == PinResult(True, 0, "")  # no PIN: always open
    with pytest.raises(PinFormatError):
        store.profiles.create("丁", pin="12")
    with pytest.raises(PinFormatError):
        store.profiles.set_pin(c.id, "abcd")
    assert [p.name for p in store.profiles.all()] == ["甲", "乙", "丙"]
    store.profiles.set_pin(c.id, "97531")
    assert store.profiles.check_pin(c.id, "97531").ok
    store.profiles.set_pin(a.id, None)
    assert not store.profiles.has_pin(a.id) and store.profiles.check_pin(a.id, "whatever").ok
    with pytest.raises(NotFoundError):
        store.profiles.check_pin(999, "1234")


def test_wrong_pins_lock_the_profile_longer_each_time_and_the_right_pin_resets(store):
    profile = store.profiles.create("甲", pin="2468").id
    now = T0
    for left in (4, 3, 2, 1):
        result = store.profiles.check_pin(profile, "0000", now=now)
        assert not result.ok and result.wait_seconds == 0 and f"{left} 次" in result.message
    result = store.profiles.check_pin(profile, "0000", now=now)  # the fifth wrong PIN
    assert (result.ok, result.wait_seconds) == (False, 30) and "30 秒" in result.message
    locked = store.profiles.check_pin(profile, "2468", now=now + timedelta(seconds=10))  # even the right one waits
    assert (locked.ok, locked.wait_seconds) == (False, 20) and "锁定" in locked.message
    now += timedelta(seconds=30)
    for expected in (60, 120, 240, 480, 900, 900):  # doubling after each further wrong PIN, at most 15 minutes
        result = store.profiles.check_pin(profile, "1111", now=now)
        assert (result.ok, result.wait_seconds) == (False, expected)
        now += timedelta(seconds=expected)
    assert "15 分钟" in result.message
    assert store.profiles.check_pin(profile, "2468", now=now).ok
    result = store.profiles.check_pin(profile, "0000", now=now)  # the count started again
    assert (result.ok, result.wait_seconds) == (False, 0) and "4 次" in result.message


def test_a_clock_put_back_never_locks_longer_than_the_maximum(store):
    profile = store.profiles.create("甲", pin="2468").id
    for _ in range(5):
        store.profiles.check_pin(profile, "0000", now=T0)
    back = T0 - timedelta(days=365)  # a restore card reset the clock
    result = store.profiles.check_pin(profile, "2468", now=back)
    assert not result.ok and result.wait_seconds == PIN_MAX_LOCK_SECONDS
    later = back + timedelta(seconds=PIN_MAX_LOCK_SECONDS)
    assert store.profiles.check_pin(profile, "2468", now=later).ok


def test_setting_a_new_pin_lifts_the_lock(store):
    profile = store.profiles.create("甲", pin="2468").id
    for _ in range(5):
        store.profiles.check_pin(profile, "0000", now=T0)
    store.profiles.set_pin(profile, "1357")
    assert store.profiles.check_pin(profile, "1357", now=T0).ok


# -- names, last used, delete -------------------------------------------------------------------------------


def test_profile_names_are_trimmed_unique_and_checked(store):
    zhang = store.profiles.create("  张三 ", " 1班 ")
    assert (zhang.name, zhang.class_name) == ("张三", "1班")
    for bad, reason in (("张三", "已经有"), ("", "名字"), ("  ", "名字"), ("长" * 41, "最多"), ("换\n行", "控制字符")):
        with pytest.raises(ProfileNameError, match=reason):
            store.profiles.create(bad)
    with pytest.raises(ProfileNameError, match="班级"):
        store.profiles.create("李四", "班" * 41)
    li = store.profiles.create("李四")
    with pytest.raises(ProfileNameError, match="已经有"):
        store.profiles.rename(li.id, " 张三")
    assert store.profiles.rename(zhang.id, "张三", "2班") == Profile(zhang.id, "张三", "2班")  # its own name is fine
    renamed = store.profiles.rename(li.id, "李四 🎓")
    assert (renamed.name, renamed.class_name) == ("李四 🎓", "")
    assert [p.name for p in store.profiles.all()] == ["张三", "李四 🎓"]
    with pytest.raises(NotFoundError):
        store.profiles.rename(999, "王五")


def test_last_used_profile_follows_touch(store):
    assert store.profiles.last_used() is None
    a = store.profiles.create("甲")
    b = store.profiles.create("乙")
    assert store.profiles.last_used() == b  # a new profile counts as just used
    store.profiles.touch(a.id)
    assert store.profiles.last_used() == a
    store.profiles.delete(a.id)
    assert store.profiles.last_used() == b
    with pytest.raises(NotFoundError):
        store.profiles.touch(a.id)


def test_deleting_a_profile_deletes_everything_it_owns_and_nothing_else(store):
    a = store.profiles.create("甲").id
    b = store.profiles.create("乙", pin="1234").id
    fill(store, a, "aaa")
    before = counts(store)
    fill(store, b, "bbb")
    store.profiles.delete(b)
    assert counts(store) == {**before, "profiles": before["profiles"] - 1}
    assert exported(store, a)["plans"][0]["title"] == "aaa 的第二份规划"


# -- isolation -------------------------------------------------------------------------------------------------


def test_queries_for_one_profile_never_return_another_profiles_rows(store):
    a = store.profiles.create("甲").id
    b = store.profiles.create("乙").id
    fill(store, a, "aaa")
    fill(store, b, "bbb")
    assert {p.title for p in store.profile(a).plans.all()} == {"aaa 的规划", "aaa 的第二份规划"}
    assert store.profile(a).settings.get("zoom") == "150-aaa" and store.profile(b).settings.get("zoom") == "150-bbb"
    assert store.profile(a).study.learned() == {"node.aaa", "pos.ecommerce_host"}
    assert store.profile(a).study.notes() == {"pos.ecommerce_host": "aaa 的笔记 😀𠀀\n第二行\t制表符", "node.aaa": "aaa 另一条"}
    assert store.profile(a).study.bookmarks() == ["node.aaa", "pos.ecommerce_host"]
    assert [x.seed for x in store.profile(a).quiz.attempts()] == [2**40, 1003]
    assert {m.question_id for m in store.profile(a).quiz.mistakes()} == {"q:aaa", "tier_order:survey", "q:again"}
    text = json.dumps([store.profile(a).plans.all(), store.profile(a).study.notes_with_times(), store.profile(a).quiz.attempts(), store.profile(a).quiz.mistakes(),
                       store.profile(a).study.bookmarks(), sorted(store.profile(a).study.learned())], default=str, ensure_ascii=False)
    assert "bbb" not in text
