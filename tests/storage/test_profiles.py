"""The profiles of a data folder: PINs and their lock-out, what a PIN guards, the teacher password,
names, last used, deleting with undo, isolation (storage.profiles)."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from netmkt_desktop.errors import AccessDeniedError, ErrorCode, NotFoundError, PinFormatError, ProfileNameError
from netmkt_desktop.i18n import install
from netmkt_desktop.pin import PIN_MAX_LOCK_SECONDS, PinResult
from netmkt_desktop.records import Profile
from netmkt_desktop.storage.store import Store

from storage_samples import T0, exported, fill, profile_db


def card_of(store: Store, profile_id: int) -> dict:
    return json.loads(store.profiles.folder(profile_id).card.read_text(encoding="utf-8"))


def test_profile_pins_are_stored_hashed_with_a_salt_per_profile_on_the_card_only(store):
    a = store.profiles.create("甲", pin="2468")
    b = store.profiles.create("乙", pin="2468")
    c = store.profiles.create("丙")
    assert a.has_pin and b.has_pin and not c.has_pin
    assert store.profiles.has_pin(a.id) and not store.profiles.has_pin(c.id)
    pin_a, pin_b = card_of(store, a.id)["pin"], card_of(store, b.id)["pin"]
    assert pin_a["salt"] != pin_b["salt"] and pin_a["hash"] != pin_b["hash"]
    assert all("2468" not in text for text in (pin_a["hash"], pin_a["salt"], pin_b["hash"], pin_b["salt"]))
    for profile in (a, b):  # the student's database holds no PIN (and no name): a restore cannot touch them
        raw = profile_db(store, profile.id).read_bytes()
        assert b"2468" not in raw and pin_a["hash"].encode() not in raw and "甲".encode() not in raw
    assert store.profiles.check_pin(a.id, "2468").ok and not store.profiles.check_pin(a.id, "1357").ok
    assert store.profiles.check_pin(c.id, "") == PinResult(True, 0, "")  # no PIN: always open
    with pytest.raises(PinFormatError):
        store.profiles.create("丁", pin="12")
    with pytest.raises(PinFormatError):
        store.profiles.set_pin(c.id, "abcd")
    assert [p.name for p in store.profiles.all()] == ["甲", "乙", "丙"]
    store.profiles.set_pin(c.id, "97531")  # a first PIN needs nothing
    assert store.profiles.check_pin(c.id, "97531").ok
    store.profiles.set_pin(a.id, None, pin="2468")
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


def test_wrong_pin_counts_survive_closing_and_every_action_counts(tmp_path):
    store = Store.open(tmp_path)
    profile = store.profiles.create("甲", pin="2468").id
    for _ in range(2):
        store.profiles.check_pin(profile, "0000", now=T0)
    with pytest.raises(AccessDeniedError):
        store.profiles.rename(profile, "乙", pin="0000", now=T0)
    store.close()
    store = Store.open(tmp_path)  # a new session does not give back guesses
    try:
        with pytest.raises(AccessDeniedError) as info:
            store.profiles.delete(profile, pin="1111", now=T0)
        assert info.value.code == ErrorCode.WRONG_PIN and "1 次" in str(info.value)
        with pytest.raises(AccessDeniedError) as info:
            store.profile(profile, pin="0000")  # the fifth: locked
        assert info.value.code == ErrorCode.LOCKED and info.value.wait_seconds > 0
    finally:
        store.close()


# -- what a PIN guards -------------------------------------------------------------------------------------


def test_a_pin_profile_cannot_be_opened_renamed_deleted_or_exported_without_its_pin(store):
    mine = store.profiles.create("甲").id
    theirs = store.profiles.create("乙", pin="2468")
    fill(store, theirs.id, "bbb", pin="2468")
    store.release(theirs.id)
    attempts = {
        "open": lambda pin: store.profile(theirs.id, pin=pin),
        "rename": lambda pin: store.profiles.rename(theirs.id, "丙", pin=pin),
        "delete": lambda pin: store.profiles.delete(theirs.id, pin=pin),
        "remove the PIN": lambda pin: store.profiles.set_pin(theirs.id, None, pin=pin),
        "change the PIN": lambda pin: store.profiles.set_pin(theirs.id, "1357", pin=pin),
    }
    for what, attempt in attempts.items():
        for pin in (None, "1111"):
            with pytest.raises(AccessDeniedError) as info:
                attempt(pin)
            assert info.value.code == (ErrorCode.PIN_REQUIRED if pin is None else ErrorCode.WRONG_PIN), what
            store.profiles.check_pin(theirs.id, "2468")  # the right PIN clears the count between tries
            store.profiles.spend_ticket(theirs.id)
    assert store.profiles.get(theirs.id) == theirs and store.profiles.has_pin(theirs.id)
    data = store.profile(theirs.id, pin="2468")
    with pytest.raises(AccessDeniedError):
        data.transfer.export()
    with pytest.raises(AccessDeniedError):
        data.transfer.export(pin="0000")
    assert json.loads(data.transfer.export(pin="2468"))["profile"]["name"] == "乙"
    assert store.profiles.rename(theirs.id, "丙", pin="2468").name == "丙"
    store.profiles.delete(theirs.id, pin="2468")
    assert [p.id for p in store.profiles.all()] == [mine]


def test_the_right_pin_in_the_chooser_opens_the_profile_once(store):
    secret = store.profiles.create("乙", pin="2468").id
    with pytest.raises(AccessDeniedError):
        store.profile(secret)
    assert store.profiles.check_pin(secret, "2468").ok
    data = store.profile(secret)
    assert data.profile().name == "乙"
    store.profile(secret)  # while open it may be viewed again
    data.close()
    store.release(secret)
    with pytest.raises(AccessDeniedError):  # once closed, the PIN is needed again
        store.profile(secret)


# -- the teacher password ------------------------------------------------------------------------------------


def test_the_teacher_password_resets_a_forgotten_pin_set_under_it_and_only_such_a_pin(store):
    before = store.profiles.create("早", pin="1111")
    teacher = store.profiles.teacher
    assert not teacher.is_set()
    with pytest.raises(PinFormatError):
        teacher.set("短")
    teacher.set("老师的密码123")
    after = store.profiles.create("晚", pin="2222")
    assert not store.profiles.get(before.id).teacher_can_reset and store.profiles.get(after.id).teacher_can_reset
    for _ in range(5):
        store.profiles.check_pin(after.id, "0000", now=T0)  # locked, and the student forgot the PIN
    with pytest.raises(AccessDeniedError) as info:
        store.profiles.set_pin(after.id, "3333", teacher="wrong password", now=T0)
    assert info.value.code == ErrorCode.WRONG_TEACHER_PASSWORD
    store.profiles.set_pin(after.id, "3333", teacher="老师的密码123", now=T0)
    assert store.profiles.check_pin(after.id, "3333", now=T0).ok  # reset, and the lock lifted
    with pytest.raises(AccessDeniedError) as info:  # set before the teacher password: not even the teacher
        store.profiles.set_pin(before.id, "4444", teacher="老师的密码123")
    assert info.value.code == ErrorCode.NOT_ALLOWED and "之前" in str(info.value)
    with pytest.raises(AccessDeniedError):  # the teacher can never open a profile
        store.profile(after.id, pin="老师的密码123")


def test_changing_the_teacher_password_needs_it_and_clearing_it_ends_every_reset(store):
    teacher = store.profiles.teacher
    teacher.set("第一个老师密码")
    student = store.profiles.create("甲", pin="1234")
    with pytest.raises(AccessDeniedError) as info:
        teacher.set("学生想改的密码", current=None)
    assert info.value.code == ErrorCode.TEACHER_REQUIRED
    with pytest.raises(AccessDeniedError):
        teacher.set("学生想改的密码", current="猜一个密码")
    with pytest.raises(AccessDeniedError):
        teacher.clear(current="猜一个密码")
    teacher.set("第二个老师密码", current="第一个老师密码")  # changed: PINs set under it stay resettable
    assert store.profiles.get(student.id).teacher_can_reset
    assert not teacher.check("第一个老师密码").ok and teacher.check("第二个老师密码").ok
    teacher.clear(current="第二个老师密码")
    teacher.set("别人设的新的密码")  # whoever sets a new one cannot reset the PINs made before
    assert not store.profiles.get(student.id).teacher_can_reset
    with pytest.raises(AccessDeniedError):
        store.profiles.set_pin(student.id, None, teacher="别人设的新的密码")


def test_wrong_teacher_passwords_lock_it_out(store):
    store.profiles.teacher.set("老师的密码123")
    for _ in range(4):
        assert not store.profiles.teacher.check("错", now=T0).ok
    result = store.profiles.teacher.check("错", now=T0)
    assert result.wait_seconds == 30 and "教师密码" in result.message
    assert not store.profiles.teacher.check("老师的密码123", now=T0 + timedelta(seconds=5)).ok


def test_deleting_needs_the_pin_or_the_teacher_password(store):
    older = store.profiles.create("早", pin="1111").id  # a PIN set before the teacher password
    store.profiles.teacher.set("老师的密码123")
    with pytest.raises(AccessDeniedError):
        store.profiles.delete(older, teacher="猜一个密码")
    store.profiles.delete(older, teacher="老师的密码123")  # the teacher may delete any profile
    open_one = store.profiles.create("无 PIN").id
    locked_one = store.profiles.create("有 PIN", pin="1234").id
    with pytest.raises(AccessDeniedError) as info:  # with a teacher password set, even a profile without PIN
        store.profiles.delete(open_one)
    assert info.value.code == ErrorCode.TEACHER_REQUIRED
    store.profiles.delete(open_one, teacher="老师的密码123")
    store.profiles.delete(locked_one, teacher="老师的密码123")  # the PIN was set under the teacher password
    assert store.profiles.all() == []


def test_without_a_teacher_password_a_forgotten_pin_cannot_be_reset_or_its_profile_deleted(store):
    forgotten = store.profiles.create("甲", pin="1234").id
    for attempt in (lambda: store.profiles.set_pin(forgotten, "5678", teacher="随便什么"),
                    lambda: store.profiles.delete(forgotten, teacher="随便什么")):
        with pytest.raises(AccessDeniedError) as info:
            attempt()
        assert info.value.code == ErrorCode.TEACHER_REQUIRED
    assert store.profiles.has_pin(forgotten)


# -- names -------------------------------------------------------------------------------------------------


def test_profile_names_are_normalised_unique_and_checked(store):
    zhang = store.profiles.create("  张三 ", " 1班 ")
    assert (zhang.name, zhang.class_name) == ("张三", "1班")
    for bad, reason in (("张三", "已经有"), ("", "名字"), ("  ", "名字"), ("长" * 41, "最多")):
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
    assert store.profiles.rename(li.id, "换\n行").name == "换 行"  # a line break is a space in a name
    assert [p.name for p in store.profiles.all()] == ["张三", "换 行"]
    with pytest.raises(NotFoundError):
        store.profiles.rename(999, "王五")


@pytest.mark.parametrize("look_alike", [
    "小明\u200b",  # a zero-width space after it
    "\u200d小明",  # a zero-width joiner before it
    "小\u2060明",  # a word joiner inside
    "小明\ufe0f",  # a variation selector
    "小明\u3000",  # an ideographic space
    "\u00a0小明",  # a no-break space
    "小明\u202e",  # a right-to-left override
    "小明\x07",  # a control character
])
def test_names_that_look_the_same_cannot_be_two_profiles(store, look_alike):
    store.profiles.create("小明")
    with pytest.raises(ProfileNameError) as info:
        store.profiles.create(look_alike)
    assert info.value.code == ErrorCode.NAME_TAKEN
    assert [p.name for p in store.profiles.all()] == ["小明"]


def test_full_width_letters_and_runs_of_spaces_are_the_same_name(store):
    first = store.profiles.create("Zhang  San 01")
    assert first.name == "Zhang San 01"
    for twin in ("Ｚｈａｎｇ　Ｓａｎ　０１", "Zhang\tSan 01", " Zhang San  01 "):
        with pytest.raises(ProfileNameError):
            store.profiles.create(twin)
    other = store.profiles.create("李四")
    with pytest.raises(ProfileNameError):
        store.profiles.rename(other.id, "Ｚｈａｎｇ Ｓａｎ ０１")


def test_the_default_profiles_name_is_stored_neutrally_and_shown_in_the_interface_language(store):
    default = store.profiles.default()
    assert default.name == "默认"
    assert card_of(store, default.id)["name"] == "" and card_of(store, default.id)["default_name"] is True
    install(lambda context, text: {"默认": "Default"}.get(text, text))
    try:
        assert store.profiles.get(default.id).name == "Default"
        assert store.profile(default.id).profile().name == "Default"
        with pytest.raises(ProfileNameError):  # its name in either language is taken
            store.profiles.create("Default")
    finally:
        install(None)
    with pytest.raises(ProfileNameError):
        store.profiles.create("默认")
    renamed = store.profiles.rename(default.id, "王五")
    assert renamed.name == "王五" and card_of(store, default.id)["default_name"] is False


# -- last used, deleting -------------------------------------------------------------------------------------


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


def test_a_deleted_profile_can_be_brought_back_until_the_store_closes_then_it_is_gone(tmp_path):
    store = Store.open(tmp_path)
    a = store.profiles.create("甲").id
    b = store.profiles.create("乙", pin="1234").id
    fill(store, a, "aaa")
    before = exported(store, a)
    fill(store, b, "bbb", pin="1234")
    folder_b = store.profiles.folder(b).root
    store.profiles.delete(b, pin="1234")
    assert [p.id for p in store.profiles.all()] == [a] and not folder_b.exists()
    assert [p.name for p in store.profiles.deleted()] == ["乙"]
    back = store.profiles.undo_delete(b)
    assert back.name == "乙" and back.has_pin  # as it was, PIN included
    assert store.profiles.check_pin(b, "1234").ok
    assert [p.title for p in store.profile(b).plans.all()] == ["bbb 的第二份规划", "bbb 的规划"]
    store.release(b)
    store.profiles.delete(b, pin="1234")
    store.close()
    assert not folder_b.exists() and [p.name for p in (tmp_path / "profiles").iterdir()] == [str(a)]
    store = Store.open(tmp_path)
    try:
        with pytest.raises(NotFoundError):
            store.profiles.undo_delete(b)
        assert exported(store, a) == before
        assert store.profiles.create("丙").id > b  # an id is never given out twice
    finally:
        store.close()


def test_a_name_taken_while_deleted_gets_a_number_when_brought_back(store):
    a = store.profiles.create("甲").id
    store.profiles.delete(a)
    store.profiles.create("甲")
    assert store.profiles.undo_delete(a).name == "甲(2)"


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
    assert b"bbb" not in profile_db(store, a).read_bytes()  # not even in the file: each has its own
