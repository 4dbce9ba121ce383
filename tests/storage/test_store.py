"""The store of a data folder: first open, reopening, closing; profiles and their settings; one profile's view."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from netmkt_desktop.errors import NotFoundError, ProfileNameError, StoreWriteError
from netmkt_desktop.paths import BACKUP_FOLDER, DATABASE_NAME
from netmkt_desktop.plans import CareerPlan, TierGoal
from netmkt_desktop.storage.migrations import SCHEMA_VERSION
from netmkt_desktop.storage.store import Store
from netmkt_desktop.tiers import Tier


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


# -- creating and reopening ----------------------------------------------------------------------


def test_first_open_creates_the_folder_the_database_and_a_default_profile(tmp_path):
    folder = tmp_path / "U盘" / "netmkt-data"
    store = Store.open(folder)
    try:
        profile = store.profiles.default()
        assert profile.name == "默认"
        assert store.profiles.default() == profile  # made once, then found again
        assert store.profiles.all() == [profile]
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
    my_plan = store.profile(mine).plans.save(sample_plan("我的"))
    their_plan = store.profile(other).plans.save(sample_plan("别人的"))
    assert [p.title for p in store.profile(mine).plans.all()] == ["我的"]
    assert [p.title for p in store.profile(other).plans.all()] == ["别人的"]
    assert store.profile(mine).plans.get(their_plan.id) is None
    attempts = [
        lambda: store.profile(mine).plans.save(sample_plan("改别人的", id=their_plan.id)),
        lambda: store.profile(mine).plans.delete(their_plan.id),
        lambda: store.profile(mine).plans.duplicate(their_plan.id),
        lambda: store.profile(mine).plans.set_goal_achieved(their_plan.goals[0].id, date(2030, 1, 1)),
    ]
    for attempt in attempts:
        with pytest.raises(NotFoundError):
            attempt()
    assert store.profile(other).plans.get(their_plan.id) == their_plan
    assert [p.title for p in store.profile(mine).plans.all()] == ["我的"]
    store.profile(other).plans.delete(their_plan.id)
    with pytest.raises(NotFoundError):
        store.profile(mine).plans.restore(their_plan.id)
    assert store.profile(other).plans.all() == []
    assert store.profile(mine).plans.get(my_plan.id) == my_plan
