"""The personal store: profiles, settings, plans; opening, refusing and upgrading database files."""

from __future__ import annotations

import importlib.util
import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import event

from netmkt_desktop.paths import DATABASE_NAME
from netmkt_desktop.plans import TITLE_LIMIT, CareerPlan, TierGoal
from netmkt_desktop.store import (
    BACKUP_FOLDER,
    MIGRATIONS,
    SCHEMA_VERSION,
    DamagedDatabaseError,
    NewerDatabaseError,
    NotADatabaseError,
    NotFoundError,
    PinFormatError,
    ProfileFileError,
    ProfileNameError,
    Store,
    StoreError,
    StoreWriteError,
    migrate,
)
from netmkt_desktop.tiers import Tier

DATA = Path(__file__).parent / "data"


def sample_plan(title: str = "电商主播之路", **changes) -> CareerPlan:
    plan = CareerPlan(
        title=title, position_id="pos.ecommerce_host", headcount=1200, student_name="王五", class_name="电商2301班",
        occupation_id="occ.internet_marketer", work_type_id="wt.live_seller", current_tier=Tier.SPECIALIST,
        years_experience=1, content_version="core 2026.11.1",
        goals=[TierGoal(Tier.SUPERVISOR, 2028, 7, "带团队"), TierGoal(Tier.MANAGER, 2030, 7, "做策划"),
               TierGoal(Tier.DIRECTOR, 2034, 1, "整体项目运作")],
    )
    for key, value in changes.items():
        setattr(plan, key, value)
    return plan


def content_of(plan: CareerPlan) -> tuple:
    """Everything the student typed or chose (not ids or timestamps)."""
    return (plan.title, plan.student_name, plan.class_name, plan.position_id, plan.occupation_id, plan.work_type_id,
            plan.headcount, plan.little_business, plan.middle_tier, plan.current_tier, plan.years_experience,
            plan.content_version,
            [(g.tier, g.target_year, g.target_month, g.actions, g.achieved_on) for g in plan.goals])


def db_file(folder: Path) -> Path:
    return folder / DATABASE_NAME


def make_database(path: Path, version: int) -> None:
    """A database as the code of ``version`` left it, with one profile and one plan (v1 columns only)."""
    conn = sqlite3.connect(str(path), isolation_level=None)
    try:
        migrate(conn, version)
        stamp = "2026-09-01T08:00:00.000000"
        conn.execute("INSERT INTO profiles (name, class_name, created_at, last_used_at) VALUES ('李四', '1班', ?, ?)",
                     (stamp, stamp))
        conn.execute("INSERT INTO settings (profile_id, key, value) VALUES (1, 'zoom', '125')")
        conn.execute("INSERT INTO plans (profile_id, title, position_id, headcount, middle_tier, created_at, updated_at)"
                     " VALUES (1, '旧规划 😀𠀀', 'pos.online_promotion', 700, 'supervisor', ?, ?)", (stamp, stamp))
        conn.execute("INSERT INTO plan_goals (plan_id, tier, target_year, target_month, actions, achieved_on, position)"
                     " VALUES (1, 'supervisor', 2028, 3, '学推广', '2028-02-01', 0)")
    finally:
        conn.close()


# -- creating and reopening ----------------------------------------------------------------------


def test_first_open_creates_the_folder_the_database_and_a_default_profile(tmp_path):
    folder = tmp_path / "U盘" / "netmkt-data"
    store = Store.open(folder)
    try:
        profile = store.default_profile()
        assert profile.name == "默认"
        assert store.default_profile() == profile  # made once, then found again
        assert store.list_profiles() == [profile]
    finally:
        store.close()
    conn = sqlite3.connect(str(db_file(folder)))
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        conn.close()
    assert not (folder / BACKUP_FOLDER).exists()  # nothing to back up on a new database


def test_saved_plan_survives_closing_and_reopening(tmp_path):
    store = Store.open(tmp_path)
    profile = store.default_profile().id
    saved = store.save_plan(sample_plan(), profile)
    store.close()
    again = Store.open(tmp_path)
    try:
        (loaded,) = again.list_plans(profile)
        assert content_of(loaded) == content_of(sample_plan())
        assert loaded.id == saved.id and loaded.created_at == saved.created_at
    finally:
        again.close()


def test_a_closed_store_refuses_politely(tmp_path):
    store = Store.open(tmp_path)
    store.close()
    with pytest.raises(StoreWriteError, match="已经关闭"):
        store.list_plans(1)


# -- plans -----------------------------------------------------------------------------------------


def test_save_fills_ids_and_timestamps_and_returns_a_copy(store, profile):
    plan = sample_plan()
    saved = store.save_plan(plan, profile)
    assert plan.id is None and all(g.id is None for g in plan.goals)  # the caller's object is not changed
    assert saved is not plan
    assert saved.id is not None and saved.profile_id == profile
    assert all(g.id is not None for g in saved.goals)
    assert saved.created_at and saved.created_at == saved.updated_at
    assert content_of(saved) == content_of(plan)
    assert store.get_plan(saved.id, profile) == saved


def test_edit_updates_in_place_and_replaces_the_goals(store, profile):
    saved = store.save_plan(sample_plan(), profile)
    saved.title = "改过的标题"
    saved.goals = [TierGoal(Tier.MANAGER, 2031, 1, "只要经理", achieved_on=date(2031, 2, 3))]
    edited = store.save_plan(saved, profile)
    assert edited.id == saved.id and edited.created_at == saved.created_at
    assert edited.updated_at > saved.updated_at
    (only,) = store.list_plans(profile)
    assert only.title == "改过的标题"
    assert [(g.tier, g.actions, g.achieved_on) for g in only.goals] == [(Tier.MANAGER, "只要经理", date(2031, 2, 3))]
    old_goal_ids = {g.id for g in store.save_plan(sample_plan(), profile).goals}
    assert not old_goal_ids & {g.id for g in only.goals}  # ids are never given out twice


def test_goals_keep_their_order(store, profile):
    goals = [TierGoal(Tier.DIRECTOR, 2040, 12, "c"), TierGoal(Tier.SUPERVISOR, 2030, 1, "a"),
             TierGoal(Tier.MANAGER, 2035, 6, "b")]
    saved = store.save_plan(sample_plan(goals=goals), profile)
    assert [g.actions for g in store.get_plan(saved.id, profile).goals] == ["c", "a", "b"]


def test_list_shows_the_most_recently_changed_plan_first(store, profile):
    first = store.save_plan(sample_plan("第一"), profile)
    store.save_plan(sample_plan("第二"), profile)
    store.save_plan(sample_plan("第三"), profile)
    assert [p.title for p in store.list_plans(profile)] == ["第三", "第二", "第一"]
    store.save_plan(first, profile)
    assert [p.title for p in store.list_plans(profile)] == ["第一", "第三", "第二"]


@pytest.mark.parametrize("text", [
    "表情 😀🚀👩‍🎓 与扩展B区 𠀀𠀁𪚥",
    "含 <b>标签</b> & 'quotes' \"双引号\" ; DROP TABLE plans; --",
    "换行\n第二行\t制表符",
    "零宽\u200b连接\u200d与组合字符 é",
    "",
])
def test_any_unicode_text_round_trips_unchanged(store, profile, text):
    plan = sample_plan(title=text or "空的内容", student_name=text, class_name=text,
                       goals=[TierGoal(Tier.SUPERVISOR, 2030, 1, text)])
    saved = store.save_plan(plan, profile)
    loaded = store.get_plan(saved.id, profile)
    assert (loaded.student_name, loaded.class_name, loaded.goals[0].actions) == (text, text, text)
    store.set_setting(profile, "备注", text)
    assert store.get_setting(profile, "备注") == text


def test_text_that_cannot_be_stored_is_refused_and_nothing_is_half_saved(store, profile):
    saved = store.save_plan(sample_plan(), profile)
    broken = sample_plan("新标题", id=saved.id, goals=[TierGoal(Tier.SUPERVISOR, 2030, 1, "残缺 \ud800")])
    with pytest.raises(StoreWriteError, match="无法保存的字符"):
        store.save_plan(broken, profile)
    assert store.list_plans(profile) == [saved]


def test_delete_hides_the_plan_and_restore_brings_it_back_with_goals(store, profile):
    keep = store.save_plan(sample_plan("留下"), profile)
    gone = store.save_plan(sample_plan("删除"), profile)
    store.delete_plan(gone.id, profile)
    assert [p.title for p in store.list_plans(profile)] == ["留下"]
    assert store.get_plan(gone.id, profile) is None
    store.restore_plan(gone.id, profile)
    assert {p.title for p in store.list_plans(profile)} == {"留下", "删除"}
    assert content_of(store.get_plan(gone.id, profile)) == content_of(gone)
    assert store.get_plan(keep.id, profile) == keep


def test_duplicate_makes_an_independent_copy(store, profile):
    original = store.save_plan(sample_plan(), profile)
    copy = store.duplicate_plan(original.id, profile)
    assert copy.id != original.id and copy.title == "电商主播之路(副本)"
    assert [(g.tier, g.actions) for g in copy.goals] == [(g.tier, g.actions) for g in original.goals]
    assert not {g.id for g in copy.goals} & {g.id for g in original.goals}
    store.set_goal_achieved(copy.goals[0].id, profile, date(2028, 6, 1))
    assert store.get_plan(original.id, profile).goals[0].achieved_on is None
    assert store.list_plans(profile)[0].id == copy.id


def test_duplicate_of_a_title_at_the_limit_stays_within_the_limit(store, profile):
    original = store.save_plan(sample_plan("长" * TITLE_LIMIT), profile)
    copy = store.duplicate_plan(original.id, profile)
    assert len(copy.title) == TITLE_LIMIT and copy.title.endswith("(副本)")


def test_goal_achieved_is_set_and_cleared(store, profile):
    saved = store.save_plan(sample_plan(), profile)
    goal = saved.goals[1]
    store.set_goal_achieved(goal.id, profile, date(2030, 6, 30))
    loaded = store.get_plan(saved.id, profile)
    assert loaded.goals[1].achieved_on == date(2030, 6, 30) and loaded.achieved_count == 1
    store.set_goal_achieved(goal.id, profile, None)
    assert store.get_plan(saved.id, profile).achieved_count == 0


def test_unknown_ids_are_reported_not_ignored(store, profile):
    with pytest.raises(NotFoundError):
        store.delete_plan(999, profile)
    with pytest.raises(NotFoundError):
        store.duplicate_plan(999, profile)
    with pytest.raises(NotFoundError):
        store.set_goal_achieved(999, profile, date(2030, 1, 1))
    with pytest.raises(NotFoundError):
        store.save_plan(sample_plan(id=999), profile)
    with pytest.raises(NotFoundError):
        store.save_plan(sample_plan(), 999)  # no such profile
    assert store.list_plans(profile) == []


# -- profiles and settings ---------------------------------------------------------------------------


def test_profiles_and_their_settings(store):
    default = store.default_profile()
    zhang = store.create_profile("张三", "电商2301班")
    assert (zhang.name, zhang.class_name) == ("张三", "电商2301班")
    assert store.list_profiles() == [default, zhang]
    assert store.get_setting(zhang.id, "zoom") is None
    assert store.get_setting(zhang.id, "zoom", "100") == "100"
    store.set_setting(zhang.id, "zoom", "150")
    store.set_setting(zhang.id, "zoom", "175")  # replaces, does not add a second row
    assert store.get_setting(zhang.id, "zoom") == "175"
    assert store.get_setting(default.id, "zoom") is None
    with pytest.raises(ProfileNameError, match="名字"):
        store.create_profile("   ")


def test_one_profile_never_sees_or_changes_another_profiles_plans(store):
    mine = store.default_profile().id
    other = store.create_profile("李四").id
    my_plan = store.save_plan(sample_plan("我的"), mine)
    their_plan = store.save_plan(sample_plan("别人的"), other)
    assert [p.title for p in store.list_plans(mine)] == ["我的"]
    assert [p.title for p in store.list_plans(other)] == ["别人的"]
    assert store.get_plan(their_plan.id, mine) is None
    attempts = [
        lambda: store.save_plan(sample_plan("改别人的", id=their_plan.id), mine),
        lambda: store.delete_plan(their_plan.id, mine),
        lambda: store.duplicate_plan(their_plan.id, mine),
        lambda: store.set_goal_achieved(their_plan.goals[0].id, mine, date(2030, 1, 1)),
    ]
    for attempt in attempts:
        with pytest.raises(NotFoundError):
            attempt()
    assert store.get_plan(their_plan.id, other) == their_plan
    assert [p.title for p in store.list_plans(mine)] == ["我的"]
    store.delete_plan(their_plan.id, other)
    with pytest.raises(NotFoundError):
        store.restore_plan(their_plan.id, mine)
    assert store.list_plans(other) == []
    assert store.get_plan(my_plan.id, mine) == my_plan


# -- files that must not be opened ---------------------------------------------------------------------


@pytest.mark.parametrize("payload", [
    "学生的作文,不是数据库。\n".encode() * 50,
    b"SQLite format 2\x00" + bytes(2000),
    b"x",
])
def test_a_file_that_is_not_a_database_is_refused_and_left_alone(tmp_path, payload):
    db_file(tmp_path).write_bytes(payload)
    with pytest.raises(NotADatabaseError) as info:
        Store.open(tmp_path)
    assert str(db_file(tmp_path)) in str(info.value) and "不是" in str(info.value)
    assert db_file(tmp_path).read_bytes() == payload
    assert sorted(p.name for p in tmp_path.iterdir()) == [DATABASE_NAME]


def test_an_empty_file_becomes_a_new_database(tmp_path):
    db_file(tmp_path).write_bytes(b"")
    store = Store.open(tmp_path)
    try:
        assert store.list_plans(store.default_profile().id) == []
    finally:
        store.close()


def test_a_database_from_a_newer_app_is_refused_and_left_alone(tmp_path):
    conn = sqlite3.connect(str(db_file(tmp_path)), isolation_level=None)
    migrate(conn)
    conn.execute("CREATE TABLE future_things (id INTEGER PRIMARY KEY)")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = db_file(tmp_path).read_bytes()
    with pytest.raises(NewerDatabaseError) as info:
        Store.open(tmp_path)
    assert "更新" in str(info.value) and str(db_file(tmp_path)) in str(info.value)
    assert db_file(tmp_path).read_bytes() == before
    assert not (tmp_path / BACKUP_FOLDER).exists()


def test_a_damaged_database_is_refused_and_left_alone(tmp_path):
    store = Store.open(tmp_path)
    profile = store.default_profile().id
    for n in range(60):
        store.save_plan(sample_plan(f"规划 {n}", goals=[TierGoal(Tier.SUPERVISOR, 2030, 1, "内容" * 200)]), profile)
    store.close()
    path = db_file(tmp_path)
    conn = sqlite3.connect(str(path))
    page = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'plan_goals'").fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    start = (root - 1) * page
    data[start + 12: start + 400] = b"\xa5" * 388  # scribble over the table's pages of goals
    path.write_bytes(bytes(data))
    with pytest.raises(DamagedDatabaseError) as info:
        Store.open(tmp_path)
    assert "损坏" in str(info.value)
    assert path.read_bytes() == bytes(data)


# -- migrations -------------------------------------------------------------------------------------------


def _fixture_script(name: str):
    spec = importlib.util.spec_from_file_location(name, DATA / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_released_schema_steps_were_never_edited():
    """The released v1 and v2 steps are frozen: the fixture scripts keep literal copies of them."""
    assert MIGRATIONS[0] == _fixture_script("make_store_v1").V1_SCHEMA
    assert MIGRATIONS[1] == _fixture_script("make_store_v2").V2_SCHEMA


@pytest.mark.parametrize("version", range(1, SCHEMA_VERSION))
def test_older_database_is_backed_up_then_upgraded_with_data_intact(tmp_path, version):
    make_database(db_file(tmp_path), version)
    store = Store.open(tmp_path)
    try:
        (profile,) = store.list_profiles()
        assert profile.name == "李四"
        (plan,) = store.list_plans(profile.id)
        assert (plan.title, plan.headcount, plan.middle_tier) == ("旧规划 😀𠀀", 700, Tier.SUPERVISOR)
        assert [(g.tier, g.target_key, g.actions, g.achieved_on) for g in plan.goals] == [
            (Tier.SUPERVISOR, (2028, 3), "学推广", date(2028, 2, 1))]
        assert store.get_setting(profile.id, "zoom") == "125"
        assert not profile.has_pin
        store.delete_plan(plan.id, profile.id)  # the newest schema's features work on the old data
        store.restore_plan(plan.id, profile.id)
        store.set_learned(profile.id, "pos.online_promotion", True)
        store.save_note(profile.id, "pos.online_promotion", "笔记")
        store.set_bookmark(profile.id, "pos.online_promotion", True)
        store.record_quiz_attempt(profile.id, 7, 10, 9, [("tier_order:survey", 3)])
        store.set_pin(profile.id, "1234")
        assert store.check_profile_pin(profile.id, "1234").ok
        assert store.learned_nodes(profile.id) == {"pos.online_promotion"}
        assert store.notes(profile.id) == {"pos.online_promotion": "笔记"}
        assert store.open_mistakes(profile.id) == [("tier_order:survey", 3)]
        with pytest.raises(ProfileNameError):
            store.create_profile("李四")  # names are unique from v3 on
    finally:
        store.close()
    (backup,) = (tmp_path / BACKUP_FOLDER).iterdir()
    assert backup.name.startswith(f"before-migration-v{version}-") and backup.suffix == ".sqlite3"
    conn = sqlite3.connect(str(backup))
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == version
        assert conn.execute("SELECT title FROM plans").fetchall() == [("旧规划 😀𠀀",)]
    finally:
        conn.close()
    conn = sqlite3.connect(str(db_file(tmp_path)))
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    finally:
        conn.close()


def test_the_database_made_by_v1_code_opens_upgraded(tmp_path):
    shutil.copyfile(DATA / "store-v1.sqlite3", db_file(tmp_path))
    store = Store.open(tmp_path)
    try:
        default, zhang = store.list_profiles()
        assert (zhang.name, zhang.class_name) == ("张三 🎓", "电商2301班")
        (plan,) = store.list_plans(zhang.id)
        assert plan.title == "我的直播之路 🚀𠀀"
        assert (plan.headcount, plan.middle_tier, plan.current_tier) == (800, Tier.MANAGER, Tier.SPECIALIST)
        assert [(g.tier, g.target_key) for g in plan.goals] == [(Tier.MANAGER, (2029, 7)), (Tier.DIRECTOR, (2033, 1))]
        assert store.get_setting(zhang.id, "zoom") == "150"
        (other,) = store.list_plans(default.id)
        assert other.title == "别人的规划" and other.goals[0].achieved_on == date(2027, 2, 28)
        new = store.save_plan(sample_plan(), zhang.id)  # ids continue after the old ones
        assert new.id == 3
    finally:
        store.close()
    assert len(list((tmp_path / BACKUP_FOLDER).glob("before-migration-v1-*.sqlite3"))) == 1
    assert (DATA / "store-v1.sqlite3").read_bytes()[:16] == b"SQLite format 3\x00"


def test_the_database_made_by_v2_code_opens_upgraded(tmp_path):
    shutil.copyfile(DATA / "store-v2.sqlite3", db_file(tmp_path))
    store = Store.open(tmp_path)
    try:
        default, zhang, wang, wang_twin = store.list_profiles()
        assert (zhang.name, zhang.class_name) == ("张三 🎓", "电商2301班")
        # v2 allowed twins; names are unique from v3 on: the later twin is renamed, its data stays with it
        assert [(p.name, p.class_name) for p in (wang, wang_twin)] == [("王五", "1班"), ("王五(2)", "2班")]
        assert store.get_setting(wang_twin.id, "zoom") == "200"
        assert [p.title for p in store.list_plans(wang_twin.id)] == ["王五的规划"]
        (plan,) = store.list_plans(zhang.id)
        assert plan.title == "我的直播之路 🚀𠀀" and plan.updated_at == "2026-10-02T09:30:00.000000"
        assert [(g.tier, g.target_key, g.actions, g.achieved_on) for g in plan.goals] == [
            (Tier.MANAGER, (2029, 7), "策划直播活动", date(2029, 6, 30)), (Tier.DIRECTOR, (2033, 1), "整体项目运作", None)]
        store.restore_plan(2, zhang.id)  # the soft-deleted plan survived the upgrade
        restored = store.get_plan(2, zhang.id)
        assert restored.title == "放弃的规划" and [g.tier for g in restored.goals] == [Tier.SUPERVISOR]
        assert store.get_setting(zhang.id, "zoom") == "150"
        assert store.save_plan(sample_plan(), zhang.id).id == 4  # ids continue after the old ones
        assert store.learned_nodes(zhang.id) == set() and store.quiz_attempts(zhang.id) == []
        store.set_learned(zhang.id, "pos.ecommerce_host", True)
        assert store.learned_nodes(zhang.id) == {"pos.ecommerce_host"}
    finally:
        store.close()
    (backup,) = (tmp_path / BACKUP_FOLDER).glob("before-migration-v2-*.sqlite3")
    conn = sqlite3.connect(str(backup))
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 2
        assert conn.execute("SELECT name FROM profiles ORDER BY id").fetchall() == [
            ("默认",), ("张三 🎓",), ("王五",), ("王五",)]
        assert conn.execute("SELECT COUNT(*) FROM plan_goals").fetchone()[0] == 4
    finally:
        conn.close()
    conn = sqlite3.connect(str(db_file(tmp_path)))
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()


@pytest.mark.parametrize("version", range(1, 3))
def test_upgrading_makes_twin_profile_names_unique_even_when_the_new_name_is_taken(tmp_path, version):
    conn = sqlite3.connect(str(db_file(tmp_path)), isolation_level=None)
    try:
        migrate(conn, version)
        names = ["王五", "王五", "王五(2)", "王五", "赵六", "王五(2)"]
        conn.executemany("INSERT INTO profiles (name, created_at, last_used_at) VALUES (?, 'x', 'x')",
                         [(n,) for n in names])
    finally:
        conn.close()
    store = Store.open(tmp_path)
    try:
        names = [p.name for p in store.list_profiles()]
    finally:
        store.close()
    assert names == ["王五", "王五(2)#2", "王五(2)", "王五(3)", "赵六", "王五(2)(2)"]
    assert len(set(names)) == len(names)


def test_a_current_database_is_not_backed_up_again(tmp_path):
    Store.open(tmp_path).close()
    Store.open(tmp_path).close()
    assert not (tmp_path / BACKUP_FOLDER).exists()


# -- failing writes ----------------------------------------------------------------------------------------


def _on_every_connection(store: Store, pragma: str) -> None:
    """Apply a pragma to every connection the store opens from now on."""
    engine = store._engine
    event.listen(engine, "connect", lambda dbapi_conn, _record: dbapi_conn.execute(pragma))
    engine.dispose()


def test_disk_full_while_editing_leaves_the_plan_as_it_was(store, profile):
    saved = store.save_plan(sample_plan(), profile)
    conn = sqlite3.connect(str(store.path))
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.close()
    _on_every_connection(store, f"PRAGMA max_page_count = {pages}")  # the disk is full: no page more
    long_text = "很长的内容" * 100  # 500 characters, 1500 bytes: three of them need a new page
    edited = sample_plan("新标题", id=saved.id, goals=[TierGoal(t, 2029 + n, 1, long_text) for n, t in enumerate(
        (Tier.SUPERVISOR, Tier.MANAGER, Tier.DIRECTOR))])
    with pytest.raises(StoreWriteError) as info:
        store.save_plan(edited, profile)
    assert "磁盘空间已满" in str(info.value) and "没有改动" in str(info.value)
    assert store.list_plans(profile) == [saved]  # title and all three old goals still there


def test_read_only_database_gives_a_clear_error_and_keeps_earlier_data(store, profile):
    saved = store.save_plan(sample_plan(), profile)
    _on_every_connection(store, "PRAGMA query_only = ON")
    for write in (lambda: store.save_plan(sample_plan("又一个"), profile),
                  lambda: store.delete_plan(saved.id, profile),
                  lambda: store.set_setting(profile, "zoom", "200"),
                  lambda: store.set_goal_achieved(saved.goals[0].id, profile, date(2029, 1, 1))):
        with pytest.raises(StoreWriteError, match="只读"):
            write()
    assert store.list_plans(profile) == [saved]


def test_database_locked_by_another_program(tmp_path):
    store = Store.open(tmp_path, busy_timeout=0.05)
    profile = store.default_profile().id
    saved = store.save_plan(sample_plan(), profile)
    other = sqlite3.connect(str(store.path), isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another window holds the write lock
    try:
        with pytest.raises(StoreWriteError, match="另一个程序"):
            store.save_plan(sample_plan("第二份"), profile)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert store.list_plans(profile) == [saved]
    store.save_plan(sample_plan("第二份"), profile)  # works again once the lock is gone
    assert len(store.list_plans(profile)) == 2
    store.close()


def test_every_store_error_is_a_store_error():
    for cls in (NotADatabaseError, DamagedDatabaseError, NewerDatabaseError, StoreWriteError, NotFoundError,
                ProfileNameError, PinFormatError, ProfileFileError):
        assert issubclass(cls, StoreError)
