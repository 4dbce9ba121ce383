"""Migrations: released steps never change; every older database is kept, then upgraded with its data (storage.migrations).

The single databases of older versions are split into one file per profile on the way
(``storage.split``, tested in ``test_split.py``); the original is kept as it was in ``backups/``."""

from __future__ import annotations

import importlib.util
import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from netmkt_desktop.errors import NotFoundError, ProfileNameError
from netmkt_desktop.handin import PLAN_ID_PATTERN
from netmkt_desktop.paths import BACKUP_FOLDER, DataFolder
from netmkt_desktop.storage.migrations import HANDIN_STEP, MIGRATIONS, SCHEMA_VERSION, migrate
from netmkt_desktop.storage.store import Store
from netmkt_desktop.tiers import Tier

from storage_samples import DATA, db_file, profile_db, sample_plan


def kept_original(folder: Path) -> Path:
    (kept,) = (folder / BACKUP_FOLDER).glob("before-profiles-*.sqlite3")
    return kept


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
        if version > MIGRATIONS.index(HANDIN_STEP):  # from the hand-in step on, the code gives each plan its id
            conn.execute("UPDATE plans SET uid = '0f8fad5b-d9cb-469f-a165-70867728950e'")
    finally:
        conn.close()


# -- migrations -------------------------------------------------------------------------------------------


def _fixture_script(name: str):
    spec = importlib.util.spec_from_file_location(name, DATA / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_released_schema_steps_were_never_edited():
    """The released v1, v2 and v3 steps are frozen: the fixture scripts keep literal copies of them."""
    assert MIGRATIONS[0] == _fixture_script("make_store_v1").V1_SCHEMA
    assert MIGRATIONS[1] == _fixture_script("make_store_v2").V2_SCHEMA
    assert MIGRATIONS[2] == _fixture_script("make_store_v3").V3_SCHEMA


@pytest.mark.parametrize("version", range(1, SCHEMA_VERSION))
def test_older_database_is_backed_up_then_upgraded_with_data_intact(tmp_path, version):
    make_database(db_file(tmp_path), version)
    store = Store.open(tmp_path)
    try:
        (profile,) = store.profiles.all()
        assert profile.name == "李四"
        (plan,) = store.profile(profile.id).plans.all()
        assert (plan.title, plan.headcount, plan.middle_tier) == ("旧规划 😀𠀀", 700, Tier.SUPERVISOR)
        assert PLAN_ID_PATTERN.fullmatch(plan.uid)  # the hand-in step gives every old plan its stable id
        assert [(g.tier, g.target_key, g.actions, g.achieved_on) for g in plan.goals] == [
            (Tier.SUPERVISOR, (2028, 3), "学推广", date(2028, 2, 1))]
        assert store.profile(profile.id).settings.get("zoom") == "125"
        assert not profile.has_pin
        store.profile(profile.id).plans.delete(plan.id)  # the newest schema's features work on the old data
        store.profile(profile.id).plans.restore(plan.id)
        store.profile(profile.id).study.mark_learned("pos.online_promotion", True)
        store.profile(profile.id).study.save_note("pos.online_promotion", "笔记")
        store.profile(profile.id).study.bookmark("pos.online_promotion", True)
        store.profile(profile.id).quiz.record(7, 10, 9, [("tier_order:survey", 3)], answers={"tier_order:survey": ["甲"]})
        store.profile(profile.id).recitation.record("tiers:survey", 3, 4)
        store.profiles.set_pin(profile.id, "1234")
        assert store.profiles.check_pin(profile.id, "1234").ok
        assert store.profile(profile.id).study.learned() == {"pos.online_promotion"}
        assert store.profile(profile.id).study.notes() == {"pos.online_promotion": "笔记"}
        assert store.profile(profile.id).quiz.open_mistakes() == [("tier_order:survey", 3)]
        assert store.profile(profile.id).quiz.mistakes()[0].last_answer == ("甲",)
        assert store.profile(profile.id).recitation.scores()["tiers:survey"].correct == 3
        with pytest.raises(ProfileNameError):
            store.profiles.create("李四")  # names are unique from v3 on
        upgraded = profile_db(store, profile.id)
    finally:
        store.close()
    (backup,) = (tmp_path / BACKUP_FOLDER).iterdir()  # the old file, as it was
    assert backup.name.startswith("before-profiles-") and backup.suffix == ".sqlite3"
    conn = sqlite3.connect(str(backup))
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == version
        assert conn.execute("SELECT title FROM plans").fetchall() == [("旧规划 😀𠀀",)]
    finally:
        conn.close()
    assert not db_file(tmp_path).exists()
    conn = sqlite3.connect(str(upgraded))
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    finally:
        conn.close()


def test_the_database_made_by_v1_code_opens_upgraded(tmp_path):
    shutil.copyfile(DATA / "store-v1.sqlite3", db_file(tmp_path))
    store = Store.open(tmp_path)
    try:
        default, zhang = store.profiles.all()
        assert (zhang.name, zhang.class_name) == ("张三 🎓", "电商2301班")
        (plan,) = store.profile(zhang.id).plans.all()
        assert plan.title == "我的直播之路 🚀𠀀"
        assert (plan.headcount, plan.middle_tier, plan.current_tier) == (800, Tier.MANAGER, Tier.SPECIALIST)
        assert [(g.tier, g.target_key) for g in plan.goals] == [(Tier.MANAGER, (2029, 7)), (Tier.DIRECTOR, (2033, 1))]
        assert store.profile(zhang.id).settings.get("zoom") == "150"
        (other,) = store.profile(default.id).plans.all()
        assert other.title == "别人的规划" and other.goals[0].achieved_on == date(2027, 2, 28)
        new = store.profile(zhang.id).plans.save(sample_plan())  # ids continue after the old ones
        assert new.id == 3
    finally:
        store.close()
    assert kept_original(tmp_path).read_bytes() == (DATA / "store-v1.sqlite3").read_bytes()
    assert (DATA / "store-v1.sqlite3").read_bytes()[:16] == b"SQLite format 3\x00"


def test_the_database_made_by_v2_code_opens_upgraded(tmp_path):
    shutil.copyfile(DATA / "store-v2.sqlite3", db_file(tmp_path))
    store = Store.open(tmp_path)
    try:
        default, zhang, wang, wang_twin = store.profiles.all()
        assert (zhang.name, zhang.class_name) == ("张三 🎓", "电商2301班")
        # v2 allowed twins; names are unique from v3 on: the later twin is renamed, its data stays with it
        assert [(p.name, p.class_name) for p in (wang, wang_twin)] == [("王五", "1班"), ("王五(2)", "2班")]
        assert store.profile(wang_twin.id).settings.get("zoom") == "200"
        assert [p.title for p in store.profile(wang_twin.id).plans.all()] == ["王五的规划"]
        (plan,) = store.profile(zhang.id).plans.all()
        assert plan.title == "我的直播之路 🚀𠀀" and plan.updated_at == "2026-10-02T09:30:00.000000"
        assert [(g.tier, g.target_key, g.actions, g.achieved_on) for g in plan.goals] == [
            (Tier.MANAGER, (2029, 7), "策划直播活动", date(2029, 6, 30)), (Tier.DIRECTOR, (2033, 1), "整体项目运作", None)]
        with pytest.raises(NotFoundError):  # deleted in an earlier session: gone once the profile opened
            store.profile(zhang.id).plans.restore(2)
        uids = [p.uid for pid in (default.id, zhang.id, wang.id, wang_twin.id) for p in store.profile(pid).plans.all()]
        assert len(uids) == 2 == len(set(uids)) and all(PLAN_ID_PATTERN.fullmatch(u) for u in uids)
        assert store.profile(zhang.id).settings.get("zoom") == "150"
        assert store.profile(zhang.id).plans.save(sample_plan()).id == 4  # ids continue after the old ones
        assert store.profile(zhang.id).study.learned() == set() and store.profile(zhang.id).quiz.attempts() == []
        store.profile(zhang.id).study.mark_learned("pos.ecommerce_host", True)
        assert store.profile(zhang.id).study.learned() == {"pos.ecommerce_host"}
    finally:
        store.close()
    backup = kept_original(tmp_path)
    conn = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 2
        assert conn.execute("SELECT name FROM profiles ORDER BY id").fetchall() == [
            ("默认",), ("张三 🎓",), ("王五",), ("王五",)]
        assert conn.execute("SELECT COUNT(*) FROM plan_goals").fetchone()[0] == 4
        assert conn.execute("SELECT title FROM plans WHERE id = 2").fetchone() == ("放弃的规划",)
    finally:
        conn.close()
    conn = sqlite3.connect(str(DataFolder(tmp_path).profile(zhang.id).database))
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()


def test_the_database_made_by_v3_code_opens_upgraded(tmp_path):
    shutil.copyfile(DATA / "store-v3.sqlite3", db_file(tmp_path))
    store = Store.open(tmp_path)
    try:
        default, zhang = store.profiles.all()
        data = store.profile(zhang.id)
        assert (zhang.name, zhang.class_name) == ("张三 🎓", "电商2301班")
        assert data.study.learned() == {"occ.internet_marketer", "staff_duties"}
        assert data.study.notes() == {"staff_duties": "第(3)条:动态信息 😀𠀀"}
        assert data.study.bookmarks() == ["survey"]
        assert data.settings.get("reading/last_node") == "staff_duties"
        assert [(a.seed, a.correct, a.total) for a in data.quiz.attempts()] == [(42, 7, 10)]
        book = {m.question_id: m for m in data.quiz.mistakes()}
        assert book["tier_order:survey"].missed_count == 2 and not book["tier_order:survey"].resolved
        assert book["common_position:pos.ecommerce_host"].resolved
        assert all(m.last_answer is None for m in book.values())  # v3 did not keep answers
        assert data.recitation.scores() == {}
        assert [p.title for p in data.plans.all()] == ["内容营销之路"]
        assert store.profile(default.id).study.learned() == {"survey"}
        data.quiz.remember_answer("tier_order:survey", ["经理", "专员"])  # the new column works on old rows
        data.recitation.record("duties:staff_duties", 5, 5)
        assert data.quiz.mistakes()[0].last_answer == ("经理", "专员")
        assert data.recitation.scores()["duties:staff_duties"].mastered
    finally:
        store.close()
    backup = kept_original(tmp_path)  # the single file of v3, as it was
    conn = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 3
        assert conn.execute("SELECT COUNT(*) FROM quiz_mistakes").fetchone()[0] == 2
    finally:
        conn.close()
    conn = sqlite3.connect(str(DataFolder(tmp_path).profile(zhang.id).database))
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
        names = [p.name for p in store.profiles.all()]
    finally:
        store.close()
    assert names == ["王五", "王五(2)#2", "王五(2)", "王五(3)", "赵六", "王五(2)(2)"]
    assert len(set(names)) == len(names)


def test_a_current_database_is_not_backed_up_again(tmp_path):
    for _ in range(2):
        store = Store.open(tmp_path)
        store.profile(store.profiles.default().id).plans.all()
        store.close()
    assert not (tmp_path / BACKUP_FOLDER).exists()
    assert not DataFolder(tmp_path).profile(1).backups.exists()
