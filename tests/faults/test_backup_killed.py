"""SIGKILL in the middle of a backup or a before-migration copy: no 0-byte or half file under a
backup's name, and what the killed process left under temporary names is gone after the next start.

POSIX only (SIGKILL).  The helper (``backup_helper.py``) kills itself in the middle of SQLite's
copy, with pages still to go; a third test kills a save-and-back-up loop at random moments.
"""

from __future__ import annotations

import os
import random
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from netmkt_desktop.plans import CareerPlan
from netmkt_desktop.storage.backups import check_backup, list_backups
from netmkt_desktop.storage.migrations import migrate
from netmkt_desktop.storage.sqlite_files import parse_backup_name
from netmkt_desktop.storage.store import Store

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

HELPER = Path(__file__).with_name("backup_helper.py")
REPO = Path(__file__).resolve().parents[2]
ENV = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])),
           PYTHONIOENCODING="utf-8")


def run_helper(mode: str, data: Path, timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(HELPER), mode, str(data)], capture_output=True, text=True,
                          env=ENV, timeout=timeout)


def killed(result: subprocess.CompletedProcess) -> bool:
    return result.returncode == -9 and "KILLING" in result.stdout


def a_profile_with_pages(data: Path) -> Path:
    """Profile 1 with enough plans and notes for a copy of many pages; returns its folder."""
    store = Store.open(data)
    profile = store.profiles.default().id
    assert profile == 1
    own = store.profile(profile)
    for n in range(40):
        own.plans.save(CareerPlan(title=f"规划{n}" + "很长的标题" * 20, position_id="pos.ecommerce_host"))
        own.study.save_note(f"node.{n}", "笔记" * 400)
    place = store.profiles.folder(profile)
    store.close()
    return place.root


def names_in(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()} if folder.exists() else set()


def assert_only_whole_backups(backups: Path) -> None:
    for path in backups.iterdir() if backups.exists() else ():
        if parse_backup_name(path.name) is not None:
            assert path.stat().st_size > 0, f"0-byte backup {path.name}"
            assert check_backup(path).ok, f"half backup under a final name: {path.name}"


def assert_no_leftovers(folder: Path) -> None:
    left = [p.name for p in folder.rglob("*") if ".part" in p.name]
    assert left == [], left


def test_killed_half_way_through_a_backup_leaves_no_backup_and_the_next_start_clears_the_rest(tmp_path):
    data = tmp_path / "data"
    root = a_profile_with_pages(data)
    before = (root / "netmkt.sqlite3").read_bytes()
    result = run_helper("copy", data)
    assert killed(result), result.stderr
    backups = root / "backups"
    assert_only_whole_backups(backups)
    assert list_backups(backups) == []
    assert any(".part" in name for name in names_in(backups))  # what the killed copy left, so far
    store = Store.open(data)  # the next start
    try:
        assert_no_leftovers(data)
        assert (root / "netmkt.sqlite3").read_bytes() == before  # the database itself never changed
        assert len(store.profile(1).plans.all()) == 40
    finally:
        store.close()


def test_killed_half_way_through_the_before_migration_copy(tmp_path):
    data = tmp_path / "data"
    root = a_profile_with_pages(data)
    db = root / "netmkt.sqlite3"
    db.unlink()
    conn = sqlite3.connect(str(db), isolation_level=None)  # the same profile as an older version kept it (v2)
    migrate(conn, 2)
    conn.execute("INSERT INTO profiles (id, name, created_at, last_used_at) VALUES (1, '', 'x', 'x')")
    for n in range(60):
        conn.execute("INSERT INTO plans (profile_id, title, position_id, created_at, updated_at) "
                     "VALUES (1, ?, 'pos.ecommerce_host', 'x', 'x')", (f"旧的{n}" + "很长的标题" * 40,))
    conn.close()
    before = db.read_bytes()
    result = run_helper("migration", data)
    assert killed(result), result.stderr
    backups = root / "backups"
    assert_only_whole_backups(backups)
    assert not list(backups.glob("before-migration-*"))  # no half "before migration" backup
    assert db.read_bytes() == before  # not upgraded without its copy
    store = Store.open(data)  # the next start finishes the job
    try:
        assert_no_leftovers(data)
        assert len(store.profile(1).plans.all()) == 60
        copies = list(backups.glob("before-migration-v2-*.sqlite3"))
        assert len(copies) == 1 and check_backup(copies[0]).ok
    finally:
        store.close()


def test_killed_at_random_moments_while_backing_up(tmp_path):
    data = tmp_path / "data"
    root = a_profile_with_pages(data)
    backups = root / "backups"
    rng = random.Random(20261202)
    made = 0
    for _run in range(8):
        proc = subprocess.Popen([sys.executable, str(HELPER), "loop", str(data)], stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True, env=ENV)
        first = proc.stdout.readline()  # the loop is running (one backup made)
        assert first.startswith("MADE"), proc.stderr.read()
        time.sleep(rng.uniform(0.0, 0.25))  # a random moment: the helper is a separate process
        proc.kill()
        out, _err = proc.communicate(timeout=30)
        made += 1 + out.count("MADE")
        assert_only_whole_backups(backups)
        store = Store.open(data)  # the next start
        try:
            assert_no_leftovers(data)
            assert store.profile(1).plans.all()
        finally:
            store.close()
        assert_only_whole_backups(backups)
    assert made >= 8
