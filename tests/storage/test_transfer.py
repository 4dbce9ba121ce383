"""Export and import of one profile's data: round trips, merges, and files that must not be imported (storage.transfer)."""

from __future__ import annotations

import copy
import json
import sqlite3
from datetime import date, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import exc as sa_exc

from netmkt_desktop.errors import (
    ErrorCode,
    NotFoundError,
    PinFormatError,
    ProfileFileError,
    ProfileNameError,
    StoreError,
    StoreWriteError,
)
from netmkt_desktop.plans import plan_to_json
from netmkt_desktop.profile_file import (
    MAX_ROWS,
    PROFILE_FILE_FORMAT,
    PROFILE_FILE_MAX_BYTES,
    PROFILE_FILE_VERSION,
    read_profile_data,
)
from netmkt_desktop.records import Profile
from netmkt_desktop.storage import transfer
from netmkt_desktop.storage.rows import MistakeRow
from netmkt_desktop.storage.store import Store

from storage_samples import exported, fill, profile_plan, snapshot


def scalars(value):
    """Every string and number in a JSON document."""
    if isinstance(value, dict):
        for item in value.values():
            yield from scalars(item)
    elif isinstance(value, list):
        for item in value:
            yield from scalars(item)
    else:
        yield value


# -- export ---------------------------------------------------------------------------------------------------------


def test_export_holds_only_the_chosen_profile_and_never_its_pin(store):
    a = store.profiles.create("甲", "1班", pin="2468").id
    b = store.profiles.create("乙", pin="1357").id
    fill(store, a, "aaa", pin="2468")
    fill(store, b, "bbb", pin="1357")
    data = store.profile(a).transfer.export(pin="2468")
    text = data.decode("utf-8")
    assert "bbb" not in text and "乙" not in text
    secrets = [json.loads(store.profiles.folder(p).card.read_text(encoding="utf-8"))["pin"] for p in (a, b)]
    assert all(secret[key] not in text for secret in secrets for key in ("hash", "salt"))
    assert "pin" not in text.lower()
    doc = json.loads(text)
    assert not {"2468", 2468} & set(scalars(doc))  # the PIN is no value (the digits may turn up in a time or an id)
    assert (doc["format"], doc["format_version"]) == (PROFILE_FILE_FORMAT, PROFILE_FILE_VERSION)
    assert doc["exported_at"].endswith("Z")
    assert doc["profile"] == {"name": "甲", "class_name": "1班"}
    assert doc["settings"] == {"theme": "dark-aaa", "zoom": "150-aaa"}
    assert [p["title"] for p in doc["plans"]] == ["aaa 的第二份规划", "aaa 的规划"]  # the deleted one stays behind
    assert doc["plans"][1] == json.loads(plan_to_json(profile_plan("aaa 的规划")))["plan"]  # the plan file's shape
    assert {r["node_id"] for r in doc["progress"]} == {"node.aaa", "pos.ecommerce_host"}
    assert [r["node_id"] for r in doc["bookmarks"]] == ["node.aaa", "pos.ecommerce_host"]
    assert [r["seed"] for r in doc["quiz_attempts"]] == [2**40, 1003]
    assert doc["quiz_attempts"][1]["started_at"] == "2026-09-01T08:00:00.000000"
    assert {m["question_id"]: (m["missed_count"], m["resolved_at"] is None) for m in doc["quiz_mistakes"]} == {
        "q:aaa": (1, False), "tier_order:survey": (1, True), "q:again": (1, True)}
    assert {m["question_id"]: m["last_answer"] for m in doc["quiz_mistakes"]} == {
        "q:aaa": ["aaa 选的", "第二个 😀"], "tier_order:survey": None, "q:again": None}
    assert {r["list_id"]: (r["correct"], r["total"], r["best_correct"], r["best_total"], r["attempts"])
            for r in doc["recitation"]} == {"tasks:occ.internet_marketer": (6, 7, 7, 7, 3), "positions:node.aaa": (2, 6, 2, 6, 1)}
    with pytest.raises(NotFoundError):
        store.profile(999).transfer.export()


# -- import ------------------------------------------------------------------------------------------------------------


def test_export_then_import_into_a_new_profile_reproduces_everything(store):
    a = store.profiles.create("甲", "1班", pin="2468").id
    fill(store, a, "aaa", pin="2468")
    data = store.profile(a).transfer.export(pin="2468")
    copy_ = store.import_profile(data)
    assert (copy_.name, copy_.class_name, copy_.has_pin) == ("甲(2)", "1班", False)
    store.release(a)
    store.profiles.set_pin(a, None, pin="2468")
    assert exported(store, copy_.id) == exported(store, a)
    assert [p.title for p in store.profile(copy_.id).plans.all()] == [p.title for p in store.profile(a).plans.all()]
    assert store.profile(copy_.id).study.notes_with_times() == store.profile(a).study.notes_with_times()
    assert store.profile(copy_.id).quiz.attempts() != [] and store.profile(copy_.id).quiz.open_mistakes() == store.profile(a).quiz.open_mistakes()
    third = store.import_profile(data)
    named = store.import_profile(data, new_name=" 甲的备份 ")
    assert (third.name, named.name) == ("甲(3)", "甲的备份")
    assert exported(store, named.id) == exported(store, a)


def test_import_on_another_computer_keeps_the_name(tmp_path, store):
    a = store.profiles.create("甲 🎓", "1班").id
    fill(store, a, "aaa")
    data = store.profile(a).transfer.export()
    other = Store.open(tmp_path / "other-pc")
    try:
        profile = other.import_profile(data)
        assert profile.name == "甲 🎓"
        assert exported(other, profile.id) == exported(store, a)
    finally:
        other.close()


def test_a_long_name_made_unique_stays_within_the_limit(store):
    long_name = "长" * 40
    a = store.profiles.create(long_name).id
    copy_ = store.import_profile(store.profile(a).transfer.export())
    assert copy_.name == "长" * 37 + "(2)"


def test_import_with_a_taken_new_name_changes_nothing(store):
    a = store.profiles.create("甲").id
    fill(store, a, "aaa")
    data = store.profile(a).transfer.export()
    before = snapshot(store)
    with pytest.raises(ProfileNameError):
        store.import_profile(data, new_name="甲")
    with pytest.raises(ProfileNameError):
        store.import_profile(data, new_name="  ")
    with pytest.raises(NotFoundError):
        store.profile(999)
    assert snapshot(store) == before


def test_import_into_an_existing_profile_merges(store):
    source = store.profiles.create("家里").id
    target = store.profiles.create("学校", pin="2468").id
    store.profile(source).settings.set("zoom", "200")
    store.profile(source).settings.set("only_at_home", "1")
    store.profile(source).plans.save(profile_plan("同一份规划"))
    store.profile(source).plans.save(profile_plan("家里的规划"))
    store.profile(source).study.mark_learned("a", True)
    store.profile(source).study.bookmark("a", True)
    store.profile(source).study.save_note("old", "家里的旧笔记")  # older than the school's note on "old"
    store.profile(source).quiz.record(1, 2, 1, [("q:1", 1)])
    store.profile(target, pin="2468").plans.save(profile_plan("同一份规划"))  # open from here on
    store.profile(target).settings.set("zoom", "100")
    store.profile(target).study.mark_learned("b", True)
    store.profile(target).study.bookmark("b", True)
    store.profile(target).study.save_note("old", "学校的新笔记")
    store.profile(target).study.save_note("mine", "只在学校")
    store.profile(source).study.save_note("new", "家里的新笔记")
    store.profile(target).quiz.record(2, 3, 3, [], ["q:1"])
    data = store.profile(source).transfer.export()

    merged = store.profile(target).transfer.merge(data)
    assert merged == Profile(target, "学校", "", has_pin=True)
    assert sorted(p.title for p in store.profile(target).plans.all()) == ["同一份规划", "家里的规划"]  # no twin added
    assert store.profile(target).settings.get("zoom") == "100" and store.profile(target).settings.get("only_at_home") == "1"
    assert store.profile(target).study.learned() == {"a", "b"}
    assert store.profile(target).study.bookmarks() == ["a", "b"]  # the imported one keeps its time: bookmarked first
    assert store.profile(target).study.notes() == {"old": "学校的新笔记", "mine": "只在学校", "new": "家里的新笔记"}
    assert [a.seed for a in store.profile(target).quiz.attempts()] == [2, 1]
    assert store.profile(target).quiz.open_mistakes() == [("q:1", 1)]
    assert store.profiles.check_pin(target, "2468").ok  # the PIN is untouched

    state = exported(store, target, pin="2468")
    store.profile(target).transfer.merge(data)  # importing the same file again changes nothing
    assert exported(store, target, pin="2468") == state
    assert exported(store, source)["plans"] == [json.loads(plan_to_json(p))["plan"] for p in store.profile(source).plans.all()]


def test_merging_mistakes_keeps_the_latest_state(store):
    home = store.profiles.create("家里").id
    school = store.profiles.create("学校").id
    store.profile(school).quiz.record(1, 1, 0, [("q:x", 1)])  # missed at school first
    store.profile(home).quiz.record(2, 1, 0, [("q:x", 2)])
    store.profile(home).quiz.record(3, 1, 0, [("q:x", 3)])
    store.profile(home).quiz.record(4, 1, 1, [], ["q:x"])  # then mastered at home
    store.profile(school).transfer.merge(store.profile(home).transfer.export())
    (mistake,) = store.profile(school).quiz.mistakes()
    assert (mistake.missed_count, mistake.rng_seed, mistake.resolved) == (2, 3, True)


def test_merging_recitation_keeps_the_later_attempt_and_the_better_best(store):
    home = store.profiles.create("家里").id
    school = store.profiles.create("学校").id
    store.profile(school).recitation.record("duties:staff_duties", 5, 5)  # best at school
    store.profile(school).recitation.record("tiers:survey", 2, 4)
    store.profile(home).recitation.record("duties:staff_duties", 3, 5)  # the later attempt, at home
    store.profile(home).recitation.record("tier_rules:survey", 4, 4)
    store.profile(school).transfer.merge(store.profile(home).transfer.export())
    scores = store.profile(school).recitation.scores()
    duties = scores["duties:staff_duties"]
    assert (duties.correct, duties.total, duties.best_correct, duties.mastered) == (3, 5, 5, True)
    assert (scores["tiers:survey"].correct, scores["tier_rules:survey"].correct) == (2, 4)
    state = exported(store, school)
    store.profile(school).transfer.merge(store.profile(home).transfer.export())  # again: nothing changes
    assert exported(store, school) == state


def test_a_file_of_format_version_1_still_imports(store):
    doc = valid_document(store)
    doc["format_version"] = 1
    del doc["recitation"]
    for mistake in doc["quiz_mistakes"]:
        del mistake["last_answer"]
    copy_ = store.import_profile(json.dumps(doc).encode())
    assert store.profile(copy_.id).recitation.scores() == {}
    assert all(m.last_answer is None for m in store.profile(copy_.id).quiz.mistakes())
    assert len(store.profile(copy_.id).quiz.mistakes()) == 3


def test_a_database_failure_during_import_writes_nothing(store, monkeypatch):
    a = store.profiles.create("甲").id
    fill(store, a, "aaa")
    data = store.profile(a).transfer.export()
    other = store.profiles.create("乙").id
    before = snapshot(store)
    real_insert = transfer.insert

    def refusing(table):  # the last table of the import refuses its rows: everything before it goes too
        if table is MistakeRow:
            refused = sqlite3.IntegrityError("refused")
            refused.sqlite_errorcode = 19  # SQLITE_CONSTRAINT
            raise sa_exc.IntegrityError("INSERT", {}, refused)
        return real_insert(table)

    monkeypatch.setattr(transfer, "insert", refusing)
    with pytest.raises(StoreWriteError, match="导入数据没有完成") as info:
        store.import_profile(data)
    assert info.value.code == ErrorCode.CONSTRAINT and "之前保存的数据没有改动" in str(info.value)
    with pytest.raises(StoreWriteError):
        store.profile(other).transfer.merge(data)
    assert snapshot(store) == before  # no new profile, not even half of one; 乙 as it was


# -- files that must not be imported ---------------------------------------------------------------------------


def valid_document(store: Store) -> dict:
    profile = store.profiles.create("样本").id
    fill(store, profile, "sample")
    return json.loads(store.profile(profile).transfer.export())


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
    (_edit(["format_version"], PROFILE_FILE_VERSION + 1), "更新版本"),
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
    (_edit(["quiz_mistakes", 0, "last_answer"], "选的"), "应为列表"),
    (_edit(["quiz_mistakes", 0, "last_answer"], ["甲"] * 21), "最多"),
    (_edit(["quiz_mistakes", 0, "last_answer"], ["控制\x07"]), "控制字符"),
    (_edit(["recitation", 0, "list_id"], "tasks"), "背诵清单 id"),
    (_edit(["recitation", 0, "list_id"], "poem:occ.internet_marketer"), "背诵清单 id"),
    (_edit(["recitation", 0, "list_id"], "tasks:occ.internet_marketer"), "两次"),
    (_edit(["recitation", 0, "correct"], 8), "应在"),
    (_edit(["recitation", 0, "total"], 0), "应在"),
    (_edit(["recitation", 0, "attempts"], 0), "应在"),
    (_edit(["recitation", 0, "recited_at"], None), "时间"),
    (_edit(["recitation"], {}), "应为列表"),
]


@pytest.mark.parametrize(("change", "reason"), BAD_DOCUMENTS)
def test_a_damaged_document_is_refused_with_a_reason_and_changes_nothing(store, change, reason):
    doc = change(valid_document(store))
    target = store.profiles.create("目标").id
    before = snapshot(store)
    for do_import in (store.import_profile, store.profile(target).transfer.merge):
        with pytest.raises(ProfileFileError, match=reason) as info:
            do_import(json.dumps(doc).encode())  # a lone surrogate as a JSON escape
        assert "没有改动" in str(info.value)
    assert snapshot(store) == before


def test_a_goal_achieved_after_today_refuses_the_file_naming_the_goal_and_the_date(store):
    """达成日期 after today: refused as typing one is (the file's other bad fields refuse it too)."""
    doc = valid_document(store)
    tomorrow = (date.today() + timedelta(days=1)).isoformat()
    doc["plans"][1]["goals"][0]["achieved_on"] = tomorrow
    title = doc["plans"][1]["title"]
    target = store.profiles.create("目标").id
    store.profile(target).plans.save(profile_plan("已经保存的规划"))
    before, kept = snapshot(store), exported(store, target)
    for do_import in (store.import_profile, store.profile(target).transfer.merge):
        with pytest.raises(ProfileFileError) as info:
            do_import(json.dumps(doc).encode())
        message = str(info.value)
        assert f"第 2 份规划有误:规划“{title}”中“网络营销主管”这个目标的达成日期是 {tomorrow}" in message
        assert f"晚于今天({date.today().isoformat()})" in message and "没有改动" in message
        assert info.value.params["place"] == "plans[1].goals[0].achieved_on"
    assert snapshot(store) == before and exported(store, target) == kept
    doc["plans"][1]["goals"][0]["achieved_on"] = date.today().isoformat()  # reached today: that is fine
    imported = store.import_profile(json.dumps(doc).encode())
    goal = next(p for p in store.profile(imported.id).plans.all() if p.title == title).goals[0]
    assert goal.achieved_on == date.today()


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
    before = snapshot(store)
    with pytest.raises(ProfileFileError, match=reason):
        store.import_profile(make())
    assert snapshot(store) == before


def test_too_many_rows_are_refused_before_reading_them(store):
    doc = valid_document(store)
    doc["progress"] = [{"node_id": "x", "learned_at": "2026-01-01T00:00:00"}] * (MAX_ROWS + 1)
    before = snapshot(store)
    with pytest.raises(ProfileFileError, match=f"最多 {MAX_ROWS} 项"):
        store.import_profile(json.dumps(doc).encode())
    assert snapshot(store) == before


def test_a_hand_made_file_with_only_some_parts_and_a_bom_imports(store):
    data = "\ufeff" + json.dumps({"format": PROFILE_FILE_FORMAT, "format_version": 1,
                                   "profile": {"name": "手写"},
                                   "notes": [{"node_id": "a", "text": "笔记", "updated_at": "2026-09-01T08:00:00Z"},
                                             {"node_id": "b", "text": "  ", "updated_at": "2026-09-01T08:00:00"}]})
    profile = store.import_profile(data.encode("utf-8"))
    assert (profile.name, profile.class_name) == ("手写", "")
    ((node, text, when),) = store.profile(profile.id).study.notes_with_times()
    assert (node, text) == ("a", "笔记") and datetime.fromisoformat(when).tzinfo is None  # stored as local time
    assert read_profile_data(data).notes == [("a", "笔记", when)]


# -- property: junk never does harm ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def junk_store(tmp_path_factory):
    s = Store.open(tmp_path_factory.mktemp("junk"))
    profile = s.profiles.create("样本").id
    fill(s, profile, "sample")
    s.valid = json.loads(s.profile(profile).transfer.export())
    s.target = s.profiles.create("目标").id
    yield s
    s.close()


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=10), inner, max_size=3),
    max_leaves=10)


def _import_does_no_harm(store: Store, data: bytes, target: int | None = None) -> None:
    before = snapshot(store)
    try:
        if target is None:
            store.import_profile(data)
        else:
            store.profile(target).transfer.merge(data)
    except ProfileFileError as exc:
        assert str(exc).startswith("无法导入")
        assert snapshot(store) == before
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
