"""Profiles on a shared PC: PINs and their rate limit, names, isolation, export and import of one profile."""

from __future__ import annotations

import copy
import json
import sqlite3
from datetime import date, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from netmkt_desktop.plans import CareerPlan, TierGoal, plan_to_json
from netmkt_desktop.pin import PIN_MAX_LOCK_SECONDS, PinResult, check_pin, hash_pin, lock_seconds, verify_pin
from netmkt_desktop.profile_file import MAX_ROWS, PROFILE_FILE_FORMAT, PROFILE_FILE_MAX_BYTES, read_profile_data
from netmkt_desktop.store import (
    NotFoundError,
    PinFormatError,
    Profile,
    ProfileFileError,
    ProfileNameError,
    Store,
    StoreError,
    StoreWriteError,
)
from netmkt_desktop.tiers import Tier

T0 = datetime(2026, 9, 1, 8, 0, 0)


def sample_plan(title: str = "电商主播之路", **changes) -> CareerPlan:
    plan = CareerPlan(
        title=title, position_id="pos.ecommerce_host", headcount=1200, student_name="王五", class_name="电商2301班",
        occupation_id="occ.internet_marketer", work_type_id="wt.live_seller", current_tier=Tier.SPECIALIST,
        years_experience=1, content_version="core 2026.11.1",
        goals=[TierGoal(Tier.SUPERVISOR, 2028, 7, "带团队\n第二行", achieved_on=date(2028, 6, 1)),
               TierGoal(Tier.MANAGER, 2030, 7, "做策划")],
    )
    for key, value in changes.items():
        setattr(plan, key, value)
    return plan


def counts(store: Store) -> dict[str, int]:
    """Rows of every table: the whole database's content in numbers."""
    conn = sqlite3.connect(str(store.path))
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {t: conn.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0] for t in tables}
    finally:
        conn.close()


def fill(store: Store, profile: int, tag: str) -> None:
    """Something of every kind for one profile, marked with ``tag``."""
    store.set_setting(profile, "zoom", f"150-{tag}")
    store.set_setting(profile, "theme", f"dark-{tag}")
    store.save_plan(sample_plan(f"{tag} 的规划"), profile)
    deleted = store.save_plan(sample_plan(f"{tag} 删掉的规划"), profile)
    store.delete_plan(deleted.id, profile)
    store.save_plan(sample_plan(f"{tag} 的第二份规划", headcount=300, goals=[]), profile)
    for node in (f"node.{tag}", "pos.ecommerce_host"):
        store.set_learned(profile, node, True)
    store.save_note(profile, "pos.ecommerce_host", f"{tag} 的笔记 😀𠀀\n第二行\t制表符")
    store.save_note(profile, f"node.{tag}", f"{tag} 另一条")
    store.set_bookmark(profile, f"node.{tag}", True)
    store.set_bookmark(profile, "pos.ecommerce_host", True)
    store.record_quiz_attempt(profile, 1000 + len(tag), 10, 6, [(f"q:{tag}", 7), ("tier_order:survey", 8)],
                              started_at=T0)
    store.record_quiz_attempt(profile, 2**40, 5, 4, [("q:again", 9)], [f"q:{tag}"])


def exported(store: Store, profile: int) -> dict:
    """The export as data, without what differs between two exports of equal profiles."""
    doc = json.loads(store.export_profile(profile))
    del doc["exported_at"]
    del doc["profile"]["name"]
    return doc


# -- PIN hashing ---------------------------------------------------------------------------------------


def test_pin_hash_is_salted_not_the_pin_and_verifies():
    first_hash, first_salt = hash_pin("123456")
    second_hash, second_salt = hash_pin("123456")
    assert first_salt != second_salt and first_hash != second_hash  # a fresh salt each time
    assert len(bytes.fromhex(first_salt)) == 16 and len(bytes.fromhex(first_hash)) == 32
    assert "123456" not in first_hash + first_salt
    assert verify_pin("123456", first_hash, first_salt) and verify_pin("123456", second_hash, second_salt)
    assert not verify_pin("123457", first_hash, first_salt)
    assert not verify_pin("123456", first_hash, second_salt)
    assert hash_pin("123456", bytes.fromhex(first_salt)) == (first_hash, first_salt)  # deterministic per salt
    assert verify_pin("１２３４５６", first_hash, first_salt)  # full-width digits from an input method


@pytest.mark.parametrize("junk", [("1234", "zz", "00"), ("1234", "", ""), (None, "00" * 32, "00" * 16),
                                  ("1234", None, None), ("\ud800" * 4, "00" * 32, "00" * 16)])
def test_verify_pin_never_raises(junk):
    assert verify_pin(*junk) is False


@pytest.mark.parametrize(("pin", "problem"), [
    ("", "请输入"), ("123", "4–8 位"), ("123456789", "4–8 位"), ("12a4", "只能由数字"), ("12 34", "只能由数字"),
    ("١٢٣٤", "只能由数字"), (1234, "文本"),
])
def test_check_pin_explains_in_chinese(pin, problem):
    (message,) = check_pin(pin)
    assert problem in message


@pytest.mark.parametrize("pin", ["1234", "00000000", "０１２３"])
def test_good_pins(pin):
    assert check_pin(pin) == []


def test_hash_pin_refuses_a_bad_pin():
    with pytest.raises(ValueError):
        hash_pin("12")


def test_profile_pins_are_stored_hashed_with_a_salt_per_profile(store):
    a = store.create_profile("甲", pin="2468")
    b = store.create_profile("乙", pin="2468")
    c = store.create_profile("丙")
    assert a.has_pin and b.has_pin and not c.has_pin
    assert store.profile_has_pin(a.id) and not store.profile_has_pin(c.id)
    conn = sqlite3.connect(str(store.path))
    stored = conn.execute("SELECT pin_hash, pin_salt FROM profiles WHERE id IN (?, ?)", (a.id, b.id)).fetchall()
    conn.close()
    (hash_a, salt_a), (hash_b, salt_b) = stored
    assert salt_a != salt_b and hash_a != hash_b
    assert all("2468" not in text for text in (hash_a, salt_a, hash_b, salt_b))
    assert b"2468" not in store.path.read_bytes()
    assert store.check_profile_pin(a.id, "2468").ok and not store.check_profile_pin(a.id, "1357").ok
    assert store.check_profile_pin(c.id, "") == PinResult(True, 0, "")  # no PIN: always open
    with pytest.raises(PinFormatError):
        store.create_profile("丁", pin="12")
    with pytest.raises(PinFormatError):
        store.set_pin(c.id, "abcd")
    assert [p.name for p in store.list_profiles()] == ["甲", "乙", "丙"]
    store.set_pin(c.id, "97531")
    assert store.check_profile_pin(c.id, "97531").ok
    store.set_pin(a.id, None)
    assert not store.profile_has_pin(a.id) and store.check_profile_pin(a.id, "whatever").ok
    with pytest.raises(NotFoundError):
        store.check_profile_pin(999, "1234")


# -- rate limiting -------------------------------------------------------------------------------------


def test_lock_policy():
    assert [lock_seconds(n) for n in range(1, 12)] == [0, 0, 0, 0, 30, 60, 120, 240, 480, 900, 900]
    assert lock_seconds(10_000) == PIN_MAX_LOCK_SECONDS


def test_wrong_pins_lock_the_profile_longer_each_time_and_the_right_pin_resets(store):
    profile = store.create_profile("甲", pin="2468").id
    now = T0
    for left in (4, 3, 2, 1):
        result = store.check_profile_pin(profile, "0000", now=now)
        assert not result.ok and result.wait_seconds == 0 and f"{left} 次" in result.message
    result = store.check_profile_pin(profile, "0000", now=now)  # the fifth wrong PIN
    assert (result.ok, result.wait_seconds) == (False, 30) and "30 秒" in result.message
    locked = store.check_profile_pin(profile, "2468", now=now + timedelta(seconds=10))  # even the right one waits
    assert (locked.ok, locked.wait_seconds) == (False, 20) and "锁定" in locked.message
    now += timedelta(seconds=30)
    for expected in (60, 120, 240, 480, 900, 900):  # doubling after each further wrong PIN, at most 15 minutes
        result = store.check_profile_pin(profile, "1111", now=now)
        assert (result.ok, result.wait_seconds) == (False, expected)
        now += timedelta(seconds=expected)
    assert "15 分钟" in result.message
    assert store.check_profile_pin(profile, "2468", now=now).ok
    result = store.check_profile_pin(profile, "0000", now=now)  # the count started again
    assert (result.ok, result.wait_seconds) == (False, 0) and "4 次" in result.message


def test_a_clock_put_back_never_locks_longer_than_the_maximum(store):
    profile = store.create_profile("甲", pin="2468").id
    for _ in range(5):
        store.check_profile_pin(profile, "0000", now=T0)
    back = T0 - timedelta(days=365)  # a restore card reset the clock
    result = store.check_profile_pin(profile, "2468", now=back)
    assert not result.ok and result.wait_seconds == PIN_MAX_LOCK_SECONDS
    later = back + timedelta(seconds=PIN_MAX_LOCK_SECONDS)
    assert store.check_profile_pin(profile, "2468", now=later).ok


def test_setting_a_new_pin_lifts_the_lock(store):
    profile = store.create_profile("甲", pin="2468").id
    for _ in range(5):
        store.check_profile_pin(profile, "0000", now=T0)
    store.set_pin(profile, "1357")
    assert store.check_profile_pin(profile, "1357", now=T0).ok


# -- names, last used, delete -------------------------------------------------------------------------------


def test_profile_names_are_trimmed_unique_and_checked(store):
    zhang = store.create_profile("  张三 ", " 1班 ")
    assert (zhang.name, zhang.class_name) == ("张三", "1班")
    for bad, reason in (("张三", "已经有"), ("", "名字"), ("  ", "名字"), ("长" * 41, "最多"), ("换\n行", "控制字符")):
        with pytest.raises(ProfileNameError, match=reason):
            store.create_profile(bad)
    with pytest.raises(ProfileNameError, match="班级"):
        store.create_profile("李四", "班" * 41)
    li = store.create_profile("李四")
    with pytest.raises(ProfileNameError, match="已经有"):
        store.rename_profile(li.id, " 张三")
    assert store.rename_profile(zhang.id, "张三", "2班") == Profile(zhang.id, "张三", "2班")  # its own name is fine
    renamed = store.rename_profile(li.id, "李四 🎓")
    assert (renamed.name, renamed.class_name) == ("李四 🎓", "")
    assert [p.name for p in store.list_profiles()] == ["张三", "李四 🎓"]
    with pytest.raises(NotFoundError):
        store.rename_profile(999, "王五")


def test_last_used_profile_follows_touch(store):
    assert store.last_used_profile() is None
    a = store.create_profile("甲")
    b = store.create_profile("乙")
    assert store.last_used_profile() == b  # a new profile counts as just used
    store.touch_profile(a.id)
    assert store.last_used_profile() == a
    store.delete_profile(a.id)
    assert store.last_used_profile() == b
    with pytest.raises(NotFoundError):
        store.touch_profile(a.id)


def test_deleting_a_profile_deletes_everything_it_owns_and_nothing_else(store):
    a = store.create_profile("甲").id
    b = store.create_profile("乙", pin="1234").id
    fill(store, a, "aaa")
    before = counts(store)
    fill(store, b, "bbb")
    store.delete_profile(b)
    assert counts(store) == {**before, "profiles": before["profiles"] - 1}
    assert exported(store, a)["plans"][0]["title"] == "aaa 的第二份规划"


# -- isolation -------------------------------------------------------------------------------------------------


def test_queries_for_one_profile_never_return_another_profiles_rows(store):
    a = store.create_profile("甲").id
    b = store.create_profile("乙").id
    fill(store, a, "aaa")
    fill(store, b, "bbb")
    assert {p.title for p in store.list_plans(a)} == {"aaa 的规划", "aaa 的第二份规划"}
    assert store.get_setting(a, "zoom") == "150-aaa" and store.get_setting(b, "zoom") == "150-bbb"
    assert store.learned_nodes(a) == {"node.aaa", "pos.ecommerce_host"}
    assert store.notes(a) == {"pos.ecommerce_host": "aaa 的笔记 😀𠀀\n第二行\t制表符", "node.aaa": "aaa 另一条"}
    assert store.bookmarks(a) == ["node.aaa", "pos.ecommerce_host"]
    assert [x.seed for x in store.quiz_attempts(a)] == [2**40, 1003]
    assert {m.question_id for m in store.quiz_mistakes(a)} == {"q:aaa", "tier_order:survey", "q:again"}
    text = json.dumps([store.list_plans(a), store.notes_with_times(a), store.quiz_attempts(a), store.quiz_mistakes(a),
                       store.bookmarks(a), sorted(store.learned_nodes(a))], default=str, ensure_ascii=False)
    assert "bbb" not in text


# -- export ---------------------------------------------------------------------------------------------------------


def test_export_holds_only_the_chosen_profile_and_never_its_pin(store):
    a = store.create_profile("甲", "1班", pin="2468").id
    b = store.create_profile("乙", pin="1357").id
    fill(store, a, "aaa")
    fill(store, b, "bbb")
    data = store.export_profile(a)
    text = data.decode("utf-8")
    assert "bbb" not in text and "乙" not in text
    conn = sqlite3.connect(str(store.path))
    secrets = conn.execute("SELECT pin_hash, pin_salt FROM profiles").fetchall()
    conn.close()
    assert all(secret not in text for pair in secrets for secret in pair)
    assert "pin" not in text.lower() and "2468" not in text
    doc = json.loads(text)
    assert (doc["format"], doc["format_version"]) == (PROFILE_FILE_FORMAT, 1)
    assert doc["exported_at"].endswith("Z")
    assert doc["profile"] == {"name": "甲", "class_name": "1班"}
    assert doc["settings"] == {"theme": "dark-aaa", "zoom": "150-aaa"}
    assert [p["title"] for p in doc["plans"]] == ["aaa 的第二份规划", "aaa 的规划"]  # the deleted one stays behind
    assert doc["plans"][1] == json.loads(plan_to_json(sample_plan("aaa 的规划")))["plan"]  # the plan file's shape
    assert {r["node_id"] for r in doc["progress"]} == {"node.aaa", "pos.ecommerce_host"}
    assert [r["node_id"] for r in doc["bookmarks"]] == ["node.aaa", "pos.ecommerce_host"]
    assert [r["seed"] for r in doc["quiz_attempts"]] == [2**40, 1003]
    assert doc["quiz_attempts"][1]["started_at"] == "2026-09-01T08:00:00.000000"
    assert {m["question_id"]: (m["missed_count"], m["resolved_at"] is None) for m in doc["quiz_mistakes"]} == {
        "q:aaa": (1, False), "tier_order:survey": (1, True), "q:again": (1, True)}
    with pytest.raises(NotFoundError):
        store.export_profile(999)


# -- import ------------------------------------------------------------------------------------------------------------


def test_export_then_import_into_a_new_profile_reproduces_everything(store):
    a = store.create_profile("甲", "1班", pin="2468").id
    fill(store, a, "aaa")
    data = store.export_profile(a)
    copy_ = store.import_profile(data)
    assert (copy_.name, copy_.class_name, copy_.has_pin) == ("甲(2)", "1班", False)
    assert exported(store, copy_.id) == exported(store, a)
    assert [p.title for p in store.list_plans(copy_.id)] == [p.title for p in store.list_plans(a)]
    assert store.notes_with_times(copy_.id) == store.notes_with_times(a)
    assert store.quiz_attempts(copy_.id) != [] and store.open_mistakes(copy_.id) == store.open_mistakes(a)
    third = store.import_profile(data)
    named = store.import_profile(data, new_name=" 甲的备份 ")
    assert (third.name, named.name) == ("甲(3)", "甲的备份")
    assert exported(store, named.id) == exported(store, a)


def test_import_on_another_computer_keeps_the_name(tmp_path, store):
    a = store.create_profile("甲 🎓", "1班").id
    fill(store, a, "aaa")
    data = store.export_profile(a)
    other = Store.open(tmp_path / "other-pc")
    try:
        profile = other.import_profile(data)
        assert profile.name == "甲 🎓"
        assert exported(other, profile.id) == exported(store, a)
    finally:
        other.close()


def test_a_long_name_made_unique_stays_within_the_limit(store):
    long_name = "长" * 40
    a = store.create_profile(long_name).id
    copy_ = store.import_profile(store.export_profile(a))
    assert copy_.name == "长" * 37 + "(2)"


def test_import_with_a_taken_new_name_changes_nothing(store):
    a = store.create_profile("甲").id
    fill(store, a, "aaa")
    data = store.export_profile(a)
    before = counts(store)
    with pytest.raises(ProfileNameError):
        store.import_profile(data, new_name="甲")
    with pytest.raises(ProfileNameError):
        store.import_profile(data, new_name="  ")
    with pytest.raises(ValueError):
        store.import_profile(data, target_profile_id=a, new_name="乙")
    with pytest.raises(NotFoundError):
        store.import_profile(data, target_profile_id=999)
    assert counts(store) == before


def test_import_into_an_existing_profile_merges(store):
    source = store.create_profile("家里").id
    target = store.create_profile("学校", pin="2468").id
    store.set_setting(source, "zoom", "200")
    store.set_setting(source, "only_at_home", "1")
    store.save_plan(sample_plan("同一份规划"), source)
    store.save_plan(sample_plan("家里的规划"), source)
    store.set_learned(source, "a", True)
    store.set_bookmark(source, "a", True)
    store.save_note(source, "old", "家里的旧笔记")  # older than the school's note on "old"
    store.record_quiz_attempt(source, 1, 2, 1, [("q:1", 1)])
    store.save_plan(sample_plan("同一份规划"), target)
    store.set_setting(target, "zoom", "100")
    store.set_learned(target, "b", True)
    store.set_bookmark(target, "b", True)
    store.save_note(target, "old", "学校的新笔记")
    store.save_note(target, "mine", "只在学校")
    store.save_note(source, "new", "家里的新笔记")
    store.record_quiz_attempt(target, 2, 3, 3, [], ["q:1"])
    data = store.export_profile(source)

    merged = store.import_profile(data, target_profile_id=target)
    assert merged == Profile(target, "学校", "", has_pin=True)
    assert sorted(p.title for p in store.list_plans(target)) == ["同一份规划", "家里的规划"]  # no twin added
    assert store.get_setting(target, "zoom") == "100" and store.get_setting(target, "only_at_home") == "1"
    assert store.learned_nodes(target) == {"a", "b"}
    assert store.bookmarks(target) == ["a", "b"]  # the imported one keeps its time: bookmarked first
    assert store.notes(target) == {"old": "学校的新笔记", "mine": "只在学校", "new": "家里的新笔记"}
    assert [a.seed for a in store.quiz_attempts(target)] == [2, 1]
    assert store.open_mistakes(target) == [("q:1", 1)]
    assert store.check_profile_pin(target, "2468").ok  # the PIN is untouched

    state = exported(store, target)
    store.import_profile(data, target_profile_id=target)  # importing the same file again changes nothing
    assert exported(store, target) == state
    assert exported(store, source)["plans"] == [json.loads(plan_to_json(p))["plan"] for p in store.list_plans(source)]


def test_merging_mistakes_keeps_the_latest_state(store):
    home = store.create_profile("家里").id
    school = store.create_profile("学校").id
    store.record_quiz_attempt(school, 1, 1, 0, [("q:x", 1)])  # missed at school first
    store.record_quiz_attempt(home, 2, 1, 0, [("q:x", 2)])
    store.record_quiz_attempt(home, 3, 1, 0, [("q:x", 3)])
    store.record_quiz_attempt(home, 4, 1, 1, [], ["q:x"])  # then mastered at home
    store.import_profile(store.export_profile(home), target_profile_id=school)
    (mistake,) = store.quiz_mistakes(school)
    assert (mistake.missed_count, mistake.rng_seed, mistake.resolved) == (2, 3, True)


def test_a_database_failure_during_import_writes_nothing(store):
    a = store.create_profile("甲").id
    fill(store, a, "aaa")
    data = store.export_profile(a)
    conn = sqlite3.connect(str(store.path))
    conn.execute("CREATE TRIGGER full BEFORE INSERT ON quiz_mistakes BEGIN SELECT RAISE(ABORT, 'disk is full'); END")
    conn.commit()
    conn.close()
    before = counts(store)
    with pytest.raises(StoreWriteError, match="磁盘空间已满"):
        store.import_profile(data)
    with pytest.raises(StoreWriteError):
        store.import_profile(data, target_profile_id=store.create_profile("乙").id)
    after = counts(store)
    assert after == {**before, "profiles": before["profiles"] + 1}  # only 乙 itself, made before


# -- files that must not be imported ---------------------------------------------------------------------------


def valid_document(store: Store) -> dict:
    profile = store.create_profile("样本").id
    fill(store, profile, "sample")
    return json.loads(store.export_profile(profile))


def _edit(path, value):
    def change(doc):
        node = doc
        for key in path[:-1]:
            node = node[key]
        if value is _DELETE:
            del node[path[-1]]
        else:
            node[path[-1]] = value
        return doc
    return change


_DELETE = object()

BAD_DOCUMENTS = [
    (_edit(["format"], "netmkt-career-plan"), "规划文件"),
    (_edit(["format"], "something-else"), "不是本软件"),
    (_edit(["format_version"], 2), "更新版本"),
    (_edit(["format_version"], "1"), "应为整数"),
    (_edit(["format_version"], 0), "格式版本"),
    (_edit(["profile"], _DELETE), "缺少字段"),
    (_edit(["profile", "name"], ""), "名字"),
    (_edit(["profile", "name"], "长" * 41), "最多"),
    (_edit(["extra"], 1), "不认识的字段"),
    (_edit(["settings"], ["zoom"]), "应为对象"),
    (_edit(["settings", "zoom"], 150), "应为文本"),
    (_edit(["plans", 0, "title"], "长" * 61), "第 1 份规划"),
    (_edit(["plans", 1, "goals", 0, "tier"], "ceo"), "第 2 份规划"),
    (_edit(["plans"], {}), "应为列表"),
    (_edit(["progress", 0, "node_id"], "不是 id"), "内容 id"),
    (_edit(["progress", 1, "node_id"], "node.sample"), "两次"),
    (_edit(["progress", 0, "learned_at"], "昨天"), "时间"),
    (_edit(["progress", 0, "learned_at"], None), "时间"),
    (_edit(["notes", 0, "text"], "长" * 20_001), "最多"),
    (_edit(["notes", 0, "text"], "控制\x07字符"), "控制字符"),
    (_edit(["notes", 0, "text"], "残缺\ud800"), "残缺"),
    (_edit(["notes", 0, "text"], True), "应为文本"),
    (_edit(["bookmarks", 0], "node.sample"), "应为对象"),
    (_edit(["quiz_attempts", 0, "correct"], 11), "应在"),
    (_edit(["quiz_attempts", 0, "seed"], 2**64), "应在"),
    (_edit(["quiz_attempts", 0, "total"], 1.5), "应为整数"),
    (_edit(["quiz_attempts", 0, "total"], False), "应为整数"),
    (_edit(["quiz_mistakes", 0, "missed_count"], 0), "应在"),
    (_edit(["quiz_mistakes", 0, "question_id"], "有 空格"), "题目 id"),
    (_edit(["quiz_mistakes", 0, "resolved_at"], 5), "时间"),
]


@pytest.mark.parametrize(("change", "reason"), BAD_DOCUMENTS)
def test_a_damaged_document_is_refused_with_a_reason_and_changes_nothing(store, change, reason):
    doc = change(valid_document(store))
    target = store.create_profile("目标").id
    before = counts(store)
    for kwargs in ({}, {"target_profile_id": target}):
        with pytest.raises(ProfileFileError, match=reason) as info:
            store.import_profile(json.dumps(doc).encode(), **kwargs)  # a lone surrogate as a JSON escape
        assert "没有改动" in str(info.value)
    assert counts(store) == before


@pytest.mark.parametrize(("make", "reason"), [
    (lambda: b"", "JSON"),
    (lambda: b'{"format": "netmkt-profile-data", "format_version": 1, "profile": {"name": "x"}', "JSON"),
    (lambda: "不是 JSON".encode("gbk"), "UTF-8"),
    (lambda: b"[" * 100_000 + b"]" * 100_000, "JSON"),  # nested too deep
    (lambda: b"1" * 5000, "JSON"),  # a number too long for Python's int()
    (lambda: b"null", "不是本软件"),
    (lambda: b" " * (PROFILE_FILE_MAX_BYTES + 1), "太大"),
], ids=["empty", "cut-off", "gbk", "deep", "long-number", "null", "over-20MB"])
def test_files_that_are_not_profile_data_are_refused(store, make, reason):
    before = counts(store)
    with pytest.raises(ProfileFileError, match=reason):
        store.import_profile(make())
    assert counts(store) == before


def test_too_many_rows_are_refused_before_reading_them(store):
    doc = valid_document(store)
    doc["progress"] = [{"node_id": "x", "learned_at": "2026-01-01T00:00:00"}] * (MAX_ROWS + 1)
    before = counts(store)
    with pytest.raises(ProfileFileError, match=f"最多 {MAX_ROWS} 项"):
        store.import_profile(json.dumps(doc).encode())
    assert counts(store) == before


def test_a_hand_made_file_with_only_some_parts_and_a_bom_imports(store):
    data = "\ufeff" + json.dumps({"format": PROFILE_FILE_FORMAT, "format_version": 1,
                                   "profile": {"name": "手写"},
                                   "notes": [{"node_id": "a", "text": "笔记", "updated_at": "2026-09-01T08:00:00Z"},
                                             {"node_id": "b", "text": "  ", "updated_at": "2026-09-01T08:00:00"}]})
    profile = store.import_profile(data.encode("utf-8"))
    assert (profile.name, profile.class_name) == ("手写", "")
    ((node, text, when),) = store.notes_with_times(profile.id)
    assert (node, text) == ("a", "笔记") and datetime.fromisoformat(when).tzinfo is None  # stored as local time
    assert read_profile_data(data).notes == [("a", "笔记", when)]


# -- property: junk never does harm ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def junk_store(tmp_path_factory):
    s = Store.open(tmp_path_factory.mktemp("junk"))
    profile = s.create_profile("样本").id
    fill(s, profile, "sample")
    s.valid = json.loads(s.export_profile(profile))
    s.target = s.create_profile("目标").id
    yield s
    s.close()


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=10), inner, max_size=3),
    max_leaves=10)


def _import_does_no_harm(store: Store, data: bytes, target: int | None = None) -> None:
    before = counts(store)
    try:
        store.import_profile(data, target_profile_id=target)
    except ProfileFileError as exc:
        assert str(exc).startswith("无法导入")
        assert counts(store) == before
    # a document that is still valid imports (any other exception fails the test)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=600))
def test_random_bytes_only_ever_raise_profile_file_error(junk_store, data):
    _import_does_no_harm(junk_store, data)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(value=json_values)
def test_random_json_only_ever_raises_profile_file_error(junk_store, value):
    _import_does_no_harm(junk_store, json.dumps(value).encode())


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_a_valid_document_with_one_random_change_imports_whole_or_not_at_all(junk_store, data):
    doc = copy.deepcopy(junk_store.valid)
    parent, key, node = None, None, doc
    while isinstance(node, (dict, list)) and node and data.draw(st.integers(0, 4)) > 0:  # usually go deeper
        key = data.draw(st.sampled_from(sorted(node) if isinstance(node, dict) else range(len(node))))
        parent, node = node, node[key]
    action = data.draw(st.sampled_from(["replace", "delete", "add"]))
    if parent is None:
        doc = data.draw(json_values)
    elif action == "replace":
        parent[key] = data.draw(json_values)
    elif action == "delete":
        del parent[key]
    elif isinstance(parent, dict):
        parent[data.draw(st.text(max_size=10))] = data.draw(json_values)
    else:
        parent.append(data.draw(json_values))
    target = junk_store.target if data.draw(st.booleans()) else None
    _import_does_no_harm(junk_store, json.dumps(doc).encode(), target)


def test_every_profile_error_is_a_store_error():
    for cls in (ProfileNameError, PinFormatError, ProfileFileError):
        assert issubclass(cls, StoreError)
