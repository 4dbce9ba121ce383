"""Single databases of every profile, as versions before one file per profile left them, and the
row-by-row check that a split kept everything (shared by tests/storage and tests/faults)."""

from __future__ import annotations

import json
import random
import shutil
import sqlite3
from pathlib import Path

from netmkt_desktop.paths import DataFolder
from netmkt_desktop.pin import hash_pin
from netmkt_desktop.storage import migrations
from netmkt_desktop.storage.migrations import migrate

NAMES = ["默认", "张三 🎓", "李四", "王五", "赵六"]
EXTRA_TABLE = "later_scores"  # a table a later migration might add: it must go along untold


def _stamp(rng: random.Random) -> str:
    return f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:00:00.{rng.randint(0, 999999):06d}"


def fill_legacy(conn: sqlite3.Connection, profiles: int = 4, seed: int = 7, extra_table: bool = False) -> None:
    """Profiles with plans (one deleted), goals, settings, notes, bookmarks, learned marks, quiz attempts
    and mistakes — some of each for every profile, none the same — and a PIN on the second one."""
    rng = random.Random(seed)
    pin_hash, pin_salt = hash_pin("2468")
    plan_columns = {r[1] for r in conn.execute("PRAGMA table_info(plans)")}
    has_reviews = conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'plan_reviews'").fetchone() is not None
    for pid in range(1, profiles + 1):
        conn.execute("INSERT INTO profiles (id, name, class_name, pin_hash, pin_salt, created_at, last_used_at, "
                     "failed_pin_count, pin_locked_until) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                     (pid, NAMES[pid - 1], f"{pid}班", pin_hash if pid == 2 else None, pin_salt if pid == 2 else None,
                      _stamp(rng), f"2026-12-0{pid}T08:00:00.000000", 3 if pid == 2 else 0, None))
        for key in ("zoom", "theme", f"only_{pid}"):
            conn.execute("INSERT INTO settings (profile_id, key, value) VALUES (?, ?, ?)", (pid, key, f"{key}-{pid}"))
        for n in range(rng.randint(2, 4)):
            deleted = _stamp(rng) if n == 0 else None
            cur = conn.execute(
                "INSERT INTO plans (profile_id, title, student_name, class_name, position_id, occupation_id, "
                "work_type_id, headcount, little_business, middle_tier, current_tier, years_experience, "
                "content_version, created_at, updated_at, deleted_at) VALUES (?, ?, ?, ?, 'pos.ecommerce_host', "
                "'occ.internet_marketer', '', ?, 0, 'manager', 'specialist', ?, 'core 1', ?, ?, ?)",
                (pid, f"{NAMES[pid - 1]} 的规划 {n} 😀𠀀", NAMES[pid - 1], f"{pid}班", rng.randint(1, 2000), n,
                 _stamp(rng), _stamp(rng), deleted))
            if "uid" in plan_columns:  # the hand-in round's stable plan id (schema v4 on)
                conn.execute("UPDATE plans SET uid = ?, handin_version = ? WHERE id = ?",
                             (f"{pid:08x}-0000-4000-8000-{cur.lastrowid:012x}", n, cur.lastrowid))
            if has_reviews and n == 1:  # a teacher's comment imported for it
                conn.execute("INSERT INTO plan_reviews (plan_id, comment, grade, reviewed_at, handin_version, "
                             "imported_at) VALUES (?, ?, ?, ?, ?, ?)",
                             (cur.lastrowid, f"老师给 {NAMES[pid - 1]} 的评语", "良好", _stamp(rng), n, _stamp(rng)))
            for position, tier in enumerate(("supervisor", "manager", "director")[: rng.randint(1, 3)]):
                conn.execute("INSERT INTO plan_goals (plan_id, tier, target_year, target_month, actions, achieved_on, "
                             "position) VALUES (?, ?, ?, ?, ?, ?, ?)",
                             (cur.lastrowid, tier, 2027 + position, rng.randint(1, 12), f"行动 {pid}-{n}-{position}\n第二行",
                              "2028-01-01" if position == 0 else None, position))
        for n in range(rng.randint(1, 5)):
            conn.execute("INSERT INTO progress (profile_id, node_id, learned_at) VALUES (?, ?, ?)",
                         (pid, f"node.{pid}.{n}", _stamp(rng)))
            conn.execute("INSERT INTO notes (profile_id, node_id, text, updated_at) VALUES (?, ?, ?, ?)",
                         (pid, f"node.{pid}.{n}", f"{NAMES[pid - 1]} 的笔记 {n}\t第二列", _stamp(rng)))
            conn.execute("INSERT INTO bookmarks (profile_id, node_id, created_at) VALUES (?, ?, ?)",
                         (pid, f"node.{pid}.{n}", _stamp(rng)))
        for n in range(rng.randint(1, 3)):
            conn.execute("INSERT INTO quiz_attempts (profile_id, seed, total, correct, started_at, finished_at) "
                         "VALUES (?, ?, 10, ?, ?, ?)", (pid, rng.randint(0, 2**40), rng.randint(0, 10), _stamp(rng),
                                                         _stamp(rng)))
            conn.execute("INSERT INTO quiz_mistakes (profile_id, question_id, rng_seed, missed_count, last_missed_at, "
                         "resolved_at) VALUES (?, ?, ?, ?, ?, ?)",
                         (pid, f"q:{pid}:{n}", rng.randint(0, 99), rng.randint(1, 5), _stamp(rng),
                          _stamp(rng) if n % 2 else None))
        if extra_table:
            for n in range(2):
                conn.execute(f"INSERT INTO {EXTRA_TABLE} (profile_id, node_id, score) VALUES (?, ?, ?)",
                             (pid, f"node.{pid}.{n}", rng.randint(0, 100)))


def make_legacy(folder: Path, *, profiles: int = 4, wal: bool = False, extra_table: bool = False) -> Path:
    """``folder/netmkt.sqlite3`` with ``profiles`` profiles; with ``wal`` the last writes are still in
    its -wal file (as a crash would leave it).  Returns the file."""
    folder.mkdir(parents=True, exist_ok=True)
    target = DataFolder(folder).legacy_database
    work = folder.parent / f".{folder.name}-making"
    work.mkdir(exist_ok=True)
    path = work / target.name
    conn = sqlite3.connect(str(path), isolation_level=None)
    migrate(conn, len(migrations.MIGRATIONS))  # the schema of now (a test may have added a step)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA wal_autocheckpoint=0")
    conn.execute("BEGIN")
    fill_legacy(conn, profiles, extra_table=extra_table)
    conn.execute("COMMIT")
    if not wal:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode=DELETE")
    else:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("INSERT INTO notes (profile_id, node_id, text, updated_at) VALUES (1, 'only.in.wal', "
                     "'只在 WAL 里的笔记', '2026-12-24T08:00:00.000000')")
    for suffix in ("", "-wal"):
        if Path(f"{path}{suffix}").exists():
            shutil.copyfile(f"{path}{suffix}", f"{target}{suffix}")
    conn.close()
    shutil.rmtree(work)
    return target


def add_extra_table_step() -> tuple[str, ...]:
    """The migration step a later version might add: a table of per-profile scores."""
    return (f"""CREATE TABLE {EXTRA_TABLE} (
        id INTEGER PRIMARY KEY,
        profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
        node_id TEXT NOT NULL,
        score INTEGER NOT NULL
    )""",)


def file_state(path: Path) -> dict[str, bytes]:
    """The bytes of a database file and of its -wal, if any."""
    return {suffix: Path(f"{path}{suffix}").read_bytes() for suffix in ("", "-wal") if Path(f"{path}{suffix}").exists()}


def _read(path: Path) -> sqlite3.Connection:
    """A read-only look at a database that leaves its files as they are (its -wal read too)."""
    copy = path.parent / f".{path.name}.look"
    for suffix in ("", "-wal"):
        if Path(f"{path}{suffix}").exists():
            shutil.copyfile(f"{path}{suffix}", f"{copy}{suffix}")
    return sqlite3.connect(str(copy))


def _close(conn: sqlite3.Connection) -> None:
    path = Path(conn.execute("PRAGMA database_list").fetchone()[2])
    conn.close()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _rows(conn: sqlite3.Connection, sql: str, *params) -> list[tuple]:
    return conn.execute(sql, params).fetchall()


def expected_tables(conn: sqlite3.Connection) -> list[str]:
    return [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]


def assert_split_matches(legacy: Path, data: Path) -> int:
    """Every row of every table of ``legacy`` is in its profile's own database, and nothing else is;
    names, classes and PIN hashes are on the cards.  Returns the number of rows compared."""
    folder = DataFolder(data)
    old = _read(legacy)
    compared = 0
    try:
        profiles = _rows(old, "SELECT id, name, class_name, pin_hash, pin_salt, created_at FROM profiles ORDER BY id")
        assert sorted(int(p.name) for p in folder.profiles.iterdir() if p.name.isdigit()) == [p[0] for p in profiles]
        tables = expected_tables(old)
        for pid, name, class_name, pin_hash, pin_salt, created_at in profiles:
            place = folder.profile(pid)
            card = json.loads(place.card.read_text(encoding="utf-8"))
            assert card["id"] == pid and card["class_name"] == class_name and card["created_at"] == created_at
            assert card["name"] == ("" if name == "默认" else name) and card["default_name"] is (name == "默认")
            assert (card["pin"] or {}).get("hash") == pin_hash and (card["pin"] or {}).get("salt") == pin_salt
            new = _read(place.database)
            try:
                assert expected_tables(new) == tables
                for table in tables:
                    if table == "profiles":
                        got = _rows(new, "SELECT id, created_at, last_used_at, name, class_name, pin_hash FROM profiles")
                        want = [(pid, created_at, _rows(old, "SELECT last_used_at FROM profiles WHERE id = ?", pid)[0][0],
                                 "", "", None)]
                    elif table in ("plan_goals", "plan_reviews"):
                        got = _rows(new, f"SELECT * FROM {table} ORDER BY id")
                        want = _rows(old, f"SELECT * FROM {table} WHERE plan_id IN "
                                          "(SELECT id FROM plans WHERE profile_id = ?) ORDER BY id", pid)
                    else:
                        got = _rows(new, f"SELECT * FROM {table} ORDER BY id")
                        want = _rows(old, f"SELECT * FROM {table} WHERE profile_id = ? ORDER BY id", pid)
                    assert got == want, (pid, table)
                    compared += len(got)
            finally:
                _close(new)
    finally:
        _close(old)
    return compared
