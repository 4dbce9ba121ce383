"""A wrong PC clock must not defeat backups: set back at every start, or once ahead.

Classroom PCs without a working clock battery (or with restore software) start at the same date
every morning; others were once set a few years ahead.  Backups are ordered by their sequence
number, never by the date in their names (RELIABILITY.md §2).
"""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

from netmkt_desktop.plans import CareerPlan
from netmkt_desktop.storage.backups import backup_due, list_backups, make_backup
from netmkt_desktop.storage.opening import OpenProblem, open_profile_safely, restore_profile_and_open
from netmkt_desktop.storage.store import Store

BOOT = datetime(2000, 1, 1, 8, 0)  # the date such a PC shows at every start


def plan_titles(path: Path) -> list[str]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        return sorted(r[0] for r in conn.execute("SELECT title FROM plans WHERE deleted_at IS NULL"))
    finally:
        conn.close()


def test_a_clock_set_back_at_every_start_never_prunes_a_backup_just_made(tmp_path):
    store = Store.open(tmp_path / "data")
    profile = store.profiles.default().id
    place = store.profiles.folder(profile)
    saved: list[str] = []
    for day in range(8):  # eight school days, each starting at 2000-01-01 08:00
        data = store.profile(profile)
        written: list[Path] = []  # this session's backups
        for step in range(3):  # 08:00, 08:30, 09:00 by the PC's clock
            title = f"第{day + 1}天第{step + 1}次"
            data.plans.save(CareerPlan(title=title, position_id="pos.ecommerce_host"))
            saved.append(title)
            clock = BOOT + timedelta(minutes=30 * step)
            elapsed = None if step == 0 else timedelta(minutes=30)
            assert backup_due(place.backups, clock, db_path=place.database, elapsed=elapsed), (day, step)
            made = make_backup(place.database, place.backups, now=clock, keep=written)
            written.append(made)
            listed = list_backups(place.backups)
            assert made.exists(), f"day {day + 1}: the backup just written was pruned"
            assert listed[0].path == made  # it is the newest one, whatever its name's time
            assert all(p.exists() for p in written)  # nothing of this session pruned
            assert plan_titles(listed[0].path) == sorted(saved)
        assert not backup_due(place.backups, BOOT + timedelta(hours=5), db_path=place.database,
                              elapsed=timedelta(hours=5))  # nothing changed since the last one
        data.close()
    store.close()
    assert len(list_backups(place.backups)) >= 10


def test_a_clock_once_ahead_does_not_make_the_damaged_file_offer_older_data(tmp_path):
    store = Store.open(tmp_path / "data")
    profile = store.profiles.default().id
    place = store.profiles.folder(profile)
    data = store.profile(profile)
    data.plans.save(CareerPlan(title="旧的规划", position_id="pos.ecommerce_host"))
    ahead = make_backup(place.database, place.backups, now=datetime(2031, 6, 1, 10, 0))  # the clock was years ahead
    data.plans.save(CareerPlan(title="后来的规划", position_id="pos.ecommerce_host"))
    assert backup_due(place.backups, datetime(2026, 3, 2, 10, 0), db_path=place.database)  # a future date stops nothing
    latest = make_backup(place.database, place.backups, now=datetime(2026, 3, 2, 10, 0))  # the clock was put right
    data.close()
    store.release(profile)
    raw = place.database.read_bytes()
    place.database.write_bytes(raw[:100] + b"\x00" * 4000 + raw[4100:])  # damaged
    result = open_profile_safely(store, profile)
    assert result.problem == OpenProblem.DAMAGED
    assert result.newest_good_backup == latest != ahead
    assert "2026年3月2日" in result.message
    restored = restore_profile_and_open(store, profile, result.newest_good_backup)
    assert sorted(p.title for p in restored.data.plans.all()) == ["后来的规划", "旧的规划"]
    restored.data.close()
    store.close()
