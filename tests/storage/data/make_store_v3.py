"""Make tests/storage/data/store-v3.sqlite3: a personal database as version 3 of the app wrote it.

The v3 step is copied here word for word (it must never change; the v1 and v2 steps come from
make_store_v2.py beside this file), so this file keeps producing what v3 produced even after later
migration steps are added.  The file has two profiles with study data: progress, notes, bookmarks,
quiz attempts and a mistakes book (one mistake resolved), a PIN lock-out count and a plan.  Run it
from the repository root:

    python tests/storage/data/make_store_v3.py
"""

from __future__ import annotations

import importlib.util
import sqlite3
import sys
from pathlib import Path


def _earlier() -> tuple[tuple[str, ...], tuple[str, ...]]:
    spec = importlib.util.spec_from_file_location("make_store_v2", Path(__file__).with_name("make_store_v2.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.V1_SCHEMA, module.V2_SCHEMA


V1_SCHEMA, V2_SCHEMA = _earlier()

V3_SCHEMA = (
    "ALTER TABLE profiles ADD COLUMN failed_pin_count INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE profiles ADD COLUMN pin_locked_until TEXT",
    """CREATE TEMP TABLE v3_profile_renames AS
            SELECT later.id AS id,
                   later.name || '(' || ((SELECT COUNT(*) FROM profiles AS earlier
                                          WHERE earlier.name = later.name AND earlier.id < later.id) + 1) || ')'
                       AS new_name
            FROM profiles AS later
            WHERE EXISTS (SELECT 1 FROM profiles AS earlier WHERE earlier.name = later.name AND earlier.id < later.id)""",
    """UPDATE profiles SET name = (SELECT new_name FROM v3_profile_renames AS r WHERE r.id = profiles.id)
            WHERE id IN (SELECT id FROM v3_profile_renames)""",
    """UPDATE profiles SET name = name || '#' || id
            WHERE id IN (SELECT id FROM v3_profile_renames)
              AND EXISTS (SELECT 1 FROM profiles AS other WHERE other.name = profiles.name AND other.id <> profiles.id)""",
    "DROP TABLE v3_profile_renames",
    """UPDATE profiles SET name = name || '#' || id
            WHERE EXISTS (SELECT 1 FROM profiles AS earlier WHERE earlier.name = profiles.name AND earlier.id < profiles.id)""",
    "CREATE UNIQUE INDEX ux_profiles_name ON profiles (name)",
    """CREATE TABLE progress (
            id INTEGER PRIMARY KEY,
            profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
            node_id TEXT NOT NULL,
            learned_at TEXT NOT NULL,
            UNIQUE (profile_id, node_id)
        )""",
    """CREATE TABLE notes (
            id INTEGER PRIMARY KEY,
            profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
            node_id TEXT NOT NULL,
            text TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            UNIQUE (profile_id, node_id)
        )""",
    """CREATE TABLE bookmarks (
            id INTEGER PRIMARY KEY,
            profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
            node_id TEXT NOT NULL,
            created_at TEXT NOT NULL,
            UNIQUE (profile_id, node_id)
        )""",
    """CREATE TABLE quiz_attempts (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
            seed INTEGER NOT NULL,
            total INTEGER NOT NULL CHECK (total >= 0),
            correct INTEGER NOT NULL CHECK (correct BETWEEN 0 AND total),
            started_at TEXT NOT NULL,
            finished_at TEXT NOT NULL
        )""",
    "CREATE INDEX ix_quiz_attempts_profile ON quiz_attempts (profile_id, finished_at)",
    """CREATE TABLE quiz_mistakes (
            id INTEGER PRIMARY KEY,
            profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
            question_id TEXT NOT NULL,
            rng_seed INTEGER NOT NULL,
            missed_count INTEGER NOT NULL DEFAULT 1 CHECK (missed_count >= 1),
            last_missed_at TEXT NOT NULL,
            resolved_at TEXT,
            UNIQUE (profile_id, question_id)
        )""",
)

STAMP = "2026-11-01T08:00:00.000000"
LATER = "2026-11-02T09:30:00.000000"


def make(path: Path) -> None:
    path.unlink(missing_ok=True)
    conn = sqlite3.connect(str(path), isolation_level=None)
    try:
        conn.execute("BEGIN")
        for statement in V1_SCHEMA + V2_SCHEMA + V3_SCHEMA:
            conn.execute(statement)
        conn.execute("PRAGMA user_version = 3")
        conn.executemany("INSERT INTO profiles (name, class_name, created_at, last_used_at, failed_pin_count)"
                         " VALUES (?, ?, ?, ?, ?)",
                         [("默认", "", STAMP, STAMP, 0), ("张三 🎓", "电商2301班", STAMP, LATER, 2)])
        conn.execute("INSERT INTO settings (profile_id, key, value) VALUES (2, 'reading/last_node', 'staff_duties')")
        conn.execute("INSERT INTO plans (profile_id, title, position_id, headcount, created_at, updated_at)"
                     " VALUES (2, '内容营销之路', 'pos.content_marketing', 300, ?, ?)", (STAMP, LATER))
        conn.execute("INSERT INTO plan_goals (plan_id, tier, target_year, target_month, actions, position)"
                     " VALUES (1, 'manager', 2031, 9, '写方案', 0)")
        conn.executemany("INSERT INTO progress (profile_id, node_id, learned_at) VALUES (?, ?, ?)",
                         [(2, "occ.internet_marketer", STAMP), (2, "staff_duties", LATER), (1, "survey", STAMP)])
        conn.execute("INSERT INTO notes (profile_id, node_id, text, updated_at) VALUES (2, 'staff_duties', ?, ?)",
                     ("第(3)条:动态信息 😀𠀀", LATER))
        conn.execute("INSERT INTO bookmarks (profile_id, node_id, created_at) VALUES (2, 'survey', ?)", (STAMP,))
        conn.execute("INSERT INTO quiz_attempts (profile_id, seed, total, correct, started_at, finished_at)"
                     " VALUES (2, 42, 10, 7, ?, ?)", (STAMP, STAMP))
        conn.executemany("INSERT INTO quiz_mistakes (profile_id, question_id, rng_seed, missed_count, last_missed_at,"
                         " resolved_at) VALUES (?, ?, ?, ?, ?, ?)",
                         [(2, "tier_order:survey", 5, 2, LATER, None),
                          (2, "common_position:pos.ecommerce_host", 6, 1, STAMP, LATER)])
        conn.execute("COMMIT")
        conn.execute("VACUUM")
    finally:
        conn.close()


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name("store-v3.sqlite3")
    make(target)
    print(target)
