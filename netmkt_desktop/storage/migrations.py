"""The schema as raw SQL migration steps, and applying them (sqlite3 only, no SQLAlchemy).

``PRAGMA user_version`` holds the number of steps applied.  Never edit a released step; add a new
one.  Every step runs in its own transaction; the caller makes a backup copy of an existing
database before it upgrades it (:mod:`netmkt_desktop.storage.db`).  The ORM classes in
:mod:`netmkt_desktop.storage.rows` map only the current schema.

Every row of personal data belongs to one profile (``profile_id``, ``ON DELETE CASCADE``).
"""

from __future__ import annotations

import sqlite3

# A random version-4 UUID in lower case, e.g. 0f8fad5b-d9cb-469f-a165-70867728950e (SQLite has no uuid()).
_RANDOM_UUID = ("lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2)"
                " || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2)"
                " || '-' || hex(randomblob(6)))")

HANDIN_STEP: tuple[str, ...] = (
    "ALTER TABLE plans ADD COLUMN uid TEXT",
    f"UPDATE plans SET uid = {_RANDOM_UUID}",
    "CREATE UNIQUE INDEX ux_plans_uid ON plans (uid)",
    "ALTER TABLE plans ADD COLUMN handin_version INTEGER NOT NULL DEFAULT 0 CHECK (handin_version >= 0)",
    """CREATE TABLE plan_reviews (
        id INTEGER PRIMARY KEY,
        plan_id INTEGER NOT NULL UNIQUE REFERENCES plans(id) ON DELETE CASCADE,
        comment TEXT NOT NULL,
        grade TEXT,
        reviewed_at TEXT NOT NULL,
        handin_version INTEGER NOT NULL,
        imported_at TEXT NOT NULL
    )""",
)

RECITATION_STEP: tuple[str, ...] = (
    """CREATE TABLE recitation_scores (
        id INTEGER PRIMARY KEY,
        profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
        list_id TEXT NOT NULL,
        correct INTEGER NOT NULL CHECK (correct >= 0),
        total INTEGER NOT NULL CHECK (total >= 1 AND correct <= total),
        best_correct INTEGER NOT NULL CHECK (best_correct >= 0),
        best_total INTEGER NOT NULL CHECK (best_total >= 1 AND best_correct <= best_total),
        attempts INTEGER NOT NULL DEFAULT 1 CHECK (attempts >= 1),
        recited_at TEXT NOT NULL,
        UNIQUE (profile_id, list_id)
    )""",
    "ALTER TABLE quiz_mistakes ADD COLUMN last_answer TEXT",
)

MIGRATIONS: tuple[tuple[str, ...], ...] = (
    # v1: profiles, settings, plans and their goals (AUTOINCREMENT: an id is never given out twice)
    (
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
    ),
    # v2: soft delete (so a deleted plan can be brought back) and indexes for the per-profile lists
    (
        "ALTER TABLE plans ADD COLUMN deleted_at TEXT",
        "CREATE INDEX ix_plans_profile_updated ON plans (profile_id, deleted_at, updated_at)",
        "CREATE INDEX ix_plan_goals_plan ON plan_goals (plan_id, position)",
    ),
    # v3: study data (progress, notes, bookmarks, quiz history, mistakes book), PIN rate limiting and
    # unique profile names (older versions allowed twins: the later ones become "name(2)", "name(3)" …;
    # should such a name be taken already, "#<id>" is added to the renamed one; a last catch-all pass
    # keeps the unique index from failing the step)
    (
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
    ),
    # v4 (hand-in round, one step of its own): every plan gets a stable id (a random lower-case UUID,
    # the same form as handin.new_plan_id) that a teacher's returned comment refers to, the last
    # hand-in version of the plan, and the teacher's review imported for it (one per plan)
    HANDIN_STEP,
    # v5 (背诵, one step of its own): one row of recitation scores per list recited; the last wrong
    # answer of a 错题本 mistake (a JSON array of the chosen options' texts, for the 学习单)
    RECITATION_STEP,
)
SCHEMA_VERSION = len(MIGRATIONS)


def migrate(conn: sqlite3.Connection, target: int = SCHEMA_VERSION) -> int:
    """Apply the missing steps up to ``target``, each in its own transaction; returns the new version.

    ``conn`` must be in autocommit mode (``isolation_level=None``).
    """
    while True:
        conn.execute("BEGIN IMMEDIATE")  # the version is read under the write lock: another
        try:                              # window opening the same file may migrate first
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version >= target:
                conn.execute("COMMIT")
                return version
            for statement in MIGRATIONS[version]:
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {int(version + 1)}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
