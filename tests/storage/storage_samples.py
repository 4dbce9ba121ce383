"""Plans, profiles and files the storage tests share (on the path through pyproject's ``pythonpath``)."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, datetime
from pathlib import Path

from netmkt_desktop.paths import DATABASE_NAME, DataFolder
from netmkt_desktop.plans import CareerPlan, TierGoal
from netmkt_desktop.storage.store import Store
from netmkt_desktop.tiers import Tier

DATA = Path(__file__).parent / "data"  # databases written by older versions of the app
T0 = datetime(2026, 9, 1, 8, 0, 0)


# -- plans -----------------------------------------------------------------------------------------


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


def profile_plan(title: str = "电商主播之路", **changes) -> CareerPlan:
    plan = CareerPlan(
        title=title, position_id="pos.ecommerce_host", headcount=1200, student_name="王五", class_name="电商2301班",
        occupation_id="occ.internet_marketer", work_type_id="wt.live_seller", current_tier=Tier.SPECIALIST,
        years_experience=1, content_version="core 2026.11.1",
        goals=[TierGoal(Tier.SUPERVISOR, 2028, 7, "带团队\n第二行", achieved_on=date(2026, 6, 1)),
               TierGoal(Tier.MANAGER, 2030, 7, "做策划")],
    )
    for key, value in changes.items():
        setattr(plan, key, value)
    return plan


def backup_plan(title: str = "电商主播之路") -> CareerPlan:
    return CareerPlan(title=title, position_id="pos.ecommerce_host", headcount=1200, student_name="王五",
                      goals=[TierGoal(Tier.SPECIALIST, 2027, 7, f"{title}:学直播"),
                             TierGoal(Tier.SUPERVISOR, 2029, 7, f"{title}:带团队")])


# -- stores and files ------------------------------------------------------------------------------


def db_file(folder: Path) -> Path:
    """The single database of every profile that versions before one file per profile kept."""
    return folder / DATABASE_NAME


def profile_db(store: Store, profile: int) -> Path:
    """One profile's own database file."""
    return store.profiles.folder(profile).database


def counts(path: Path) -> dict[str, int]:
    """Rows of every table of one database: its content in numbers."""
    conn = sqlite3.connect(str(path))
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {t: conn.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0] for t in tables}
    finally:
        conn.close()


def snapshot(store: Store) -> dict:
    """The whole folder's content in numbers: the profiles, and the rows of every table of each
    (unfinished or deleted profiles' folders included)."""
    found: dict = {"profiles": sorted(p.name for p in store.folder.profiles.iterdir())}
    for profile_id in store.profiles.ids():
        for table, n in counts(profile_db(store, profile_id)).items():
            found[f"{profile_id}:{table}"] = n
    return found


def fresh(folder: Path) -> Path:
    """A data folder with its default profile; returns that profile's database file."""
    store = Store.open(folder)
    try:
        return profile_db(store, store.profiles.default().id)
    finally:
        store.close()


def fill(store: Store, profile: int, tag: str, pin: str | None = None) -> None:
    """Something of every kind for one profile, marked with ``tag``."""
    data = store.profile(profile, pin=pin)
    data.settings.set("zoom", f"150-{tag}")
    data.settings.set("theme", f"dark-{tag}")
    data.plans.save(profile_plan(f"{tag} 的规划"))
    deleted = data.plans.save(profile_plan(f"{tag} 删掉的规划"))
    data.plans.delete(deleted.id)
    data.plans.save(profile_plan(f"{tag} 的第二份规划", headcount=300, goals=[]))
    for node in (f"node.{tag}", "pos.ecommerce_host"):
        data.study.mark_learned(node, True)
    data.study.save_note("pos.ecommerce_host", f"{tag} 的笔记 😀𠀀\n第二行\t制表符")
    data.study.save_note(f"node.{tag}", f"{tag} 另一条")
    data.study.bookmark(f"node.{tag}", True)
    data.study.bookmark("pos.ecommerce_host", True)
    data.quiz.record(1000 + len(tag), 10, 6, [(f"q:{tag}", 7), ("tier_order:survey", 8)], started_at=T0,
                     answers={f"q:{tag}": [f"{tag} 选的", "第二个 😀"]})
    data.quiz.record(2**40, 5, 4, [("q:again", 9)], [f"q:{tag}"])
    data.recitation.record("tasks:occ.internet_marketer", 5, 7)
    data.recitation.record("tasks:occ.internet_marketer", 7, 7)
    data.recitation.record("tasks:occ.internet_marketer", 6, 7)
    data.recitation.record(f"positions:node.{tag}", 2, 6)


def exported(store: Store, profile: int, pin: str | None = None) -> dict:
    """The export as data, without what differs between two exports of equal profiles."""
    doc = json.loads(store.profile(profile, pin=pin).transfer.export(pin=pin))
    del doc["exported_at"]
    del doc["profile"]["name"]
    del doc["plan_ids"]  # a plan's id is its own within one database: a copy in the same one gets a new id
    return doc


def titles(store: Store) -> list[str]:
    return sorted(p.title for p in store.profile(store.profiles.default().id).plans.all())


def save(store: Store, *names: str) -> None:
    profile = store.profiles.default().id
    for name in names:
        store.profile(profile).plans.save(backup_plan(name))


def damage(path: Path) -> None:
    """Overwrite the b-tree pages after page 1 with garbage; the SQLite header stays valid."""
    size = path.stat().st_size
    with open(path, "r+b") as f:
        f.seek(4096)
        f.write(b"\xa5" * (size - 4096))
