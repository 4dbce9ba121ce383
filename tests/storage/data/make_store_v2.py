"""Make tests/storage/data/store-v2.sqlite3: a personal database as version 2 of the app wrote it.

The v2 step is copied here word for word (it must never change; the v1 step comes from
make_store_v1.py beside this file), so this file keeps producing what v2 produced even after later
migration steps are added.  v2 still allowed two profiles with the same name; the file has such
twins, a soft-deleted plan and goals.  Run it from the repository root:

    python tests/storage/data/make_store_v2.py
"""

from __future__ import annotations

import importlib.util
import sqlite3
import sys
from pathlib import Path


def _v1_schema() -> tuple[str, ...]:
    spec = importlib.util.spec_from_file_location("make_store_v1", Path(__file__).with_name("make_store_v1.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.V1_SCHEMA


V1_SCHEMA = _v1_schema()

V2_SCHEMA = (
    "ALTER TABLE plans ADD COLUMN deleted_at TEXT",
    "CREATE INDEX ix_plans_profile_updated ON plans (profile_id, deleted_at, updated_at)",
    "CREATE INDEX ix_plan_goals_plan ON plan_goals (plan_id, position)",
)

STAMP = "2026-10-01T08:00:00.000000"
LATER = "2026-10-02T09:30:00.000000"


def make(path: Path) -> None:
    path.unlink(missing_ok=True)
    conn = sqlite3.connect(str(path), isolation_level=None)
    try:
        conn.execute("BEGIN")
        for statement in V1_SCHEMA + V2_SCHEMA:
            conn.execute(statement)
        conn.execute("PRAGMA user_version = 2")
        profiles = [("默认", ""), ("张三 🎓", "电商2301班"), ("王五", "1班"), ("王五", "2班")]
        conn.executemany("INSERT INTO profiles (name, class_name, created_at, last_used_at) VALUES (?, ?, ?, ?)",
                         [(n, c, STAMP, STAMP) for n, c in profiles])
        conn.executemany("INSERT INTO settings (profile_id, key, value) VALUES (?, ?, ?)",
                         [(2, "zoom", "150"), (4, "zoom", "200")])
        plan_sql = ("INSERT INTO plans (profile_id, title, student_name, class_name, position_id, occupation_id,"
                    " work_type_id, headcount, little_business, middle_tier, current_tier, years_experience,"
                    " content_version, created_at, updated_at, deleted_at)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?)")
        conn.execute(plan_sql, (2, "我的直播之路 🚀𠀀", "张三", "电商2301班", "pos.ecommerce_host",
                                "occ.internet_marketer", "wt.live_seller", 800, "manager", "specialist", 1,
                                "core 2026.11.1", STAMP, LATER, None))
        conn.execute(plan_sql, (2, "放弃的规划", "张三", "", "pos.online_promotion", "", "", 1200, None, None,
                                None, "", STAMP, STAMP, LATER))
        conn.execute(plan_sql, (4, "王五的规划", "王五", "2班", "pos.online_promotion", "", "", 300, None, None,
                                None, "", STAMP, STAMP, None))
        goal_sql = ("INSERT INTO plan_goals (plan_id, tier, target_year, target_month, actions, achieved_on,"
                    " position) VALUES (?, ?, ?, ?, ?, ?, ?)")
        conn.executemany(goal_sql, [
            (1, "manager", 2029, 7, "策划直播活动", "2029-06-30", 0),
            (1, "director", 2033, 1, "整体项目运作", None, 1),
            (2, "supervisor", 2028, 1, "", None, 0),
            (3, "manager", 2030, 9, "学推广", None, 0),
        ])
        conn.execute("COMMIT")
        conn.execute("VACUUM")
    finally:
        conn.close()


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name("store-v2.sqlite3")
    make(target)
    print(target)
