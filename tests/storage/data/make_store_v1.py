"""Make tests/storage/data/store-v1.sqlite3: a personal database as version 1 of the app wrote it.

The v1 schema is copied here word for word (it must never change), so this file keeps producing
what v1 produced even after later migration steps are added.  Run it from the repository root:

    python tests/storage/data/make_store_v1.py
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

V1_SCHEMA = (
    """CREATE TABLE profiles (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            name TEXT NOT NULL,
            class_name TEXT NOT NULL DEFAULT '',
            pin_hash TEXT,
            pin_salt TEXT,
            created_at TEXT NOT NULL,
            last_used_at TEXT NOT NULL
        )""",
    """CREATE TABLE settings (
            id INTEGER PRIMARY KEY,
            profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
            key TEXT NOT NULL,
            value TEXT NOT NULL,
            UNIQUE (profile_id, key)
        )""",
    """CREATE TABLE plans (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
            title TEXT NOT NULL,
            student_name TEXT NOT NULL DEFAULT '',
            class_name TEXT NOT NULL DEFAULT '',
            position_id TEXT NOT NULL,
            occupation_id TEXT NOT NULL DEFAULT '',
            work_type_id TEXT NOT NULL DEFAULT '',
            headcount INTEGER NOT NULL DEFAULT 0,
            little_business INTEGER NOT NULL DEFAULT 0 CHECK (little_business IN (0, 1)),
            middle_tier TEXT,
            current_tier TEXT,
            years_experience INTEGER,
            content_version TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )""",
    """CREATE TABLE plan_goals (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
            tier TEXT NOT NULL,
            target_year INTEGER NOT NULL,
            target_month INTEGER NOT NULL CHECK (target_month BETWEEN 1 AND 12),
            actions TEXT NOT NULL DEFAULT '',
            achieved_on TEXT,
            position INTEGER NOT NULL DEFAULT 0
        )""",
)

STAMP = "2026-09-01T08:00:00.000000"


def make(path: Path) -> None:
    path.unlink(missing_ok=True)
    conn = sqlite3.connect(str(path), isolation_level=None)
    try:
        conn.execute("BEGIN")
        for statement in V1_SCHEMA:
            conn.execute(statement)
        conn.execute("PRAGMA user_version = 1")
        conn.execute("INSERT INTO profiles (name, class_name, created_at, last_used_at) VALUES (?, ?, ?, ?)",
                     ("默认", "", STAMP, STAMP))
        conn.execute("INSERT INTO profiles (name, class_name, created_at, last_used_at) VALUES (?, ?, ?, ?)",
                     ("张三 🎓", "电商2301班", STAMP, STAMP))
        conn.execute("INSERT INTO settings (profile_id, key, value) VALUES (2, 'zoom', '150')")
        conn.execute(
            "INSERT INTO plans (profile_id, title, student_name, class_name, position_id, occupation_id,"
            " work_type_id, headcount, little_business, middle_tier, current_tier, years_experience,"
            " content_version, created_at, updated_at) VALUES (2, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?)",
            ("我的直播之路 🚀𠀀", "张三", "电商2301班", "pos.ecommerce_host", "occ.internet_marketer",
             "wt.live_seller", 800, "manager", "specialist", 1, "core 2026.11.1", STAMP, STAMP))
        goals = [("manager", 2029, 7, "策划直播活动", None, 0), ("director", 2033, 1, "整体项目运作", None, 1)]
        conn.executemany("INSERT INTO plan_goals (plan_id, tier, target_year, target_month, actions, achieved_on,"
                         " position) VALUES (1, ?, ?, ?, ?, ?, ?)", goals)
        conn.execute(
            "INSERT INTO plans (profile_id, title, position_id, headcount, created_at, updated_at)"
            " VALUES (1, '别人的规划', 'pos.online_promotion', 50, ?, ?)", (STAMP, STAMP))
        conn.execute("INSERT INTO plan_goals (plan_id, tier, target_year, target_month, actions, achieved_on,"
                     " position) VALUES (2, 'manager', 2027, 3, '', '2027-02-28', 0)")
        conn.execute("COMMIT")
        conn.execute("VACUUM")
    finally:
        conn.close()


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name("store-v1.sqlite3")
    make(target)
    print(target)
