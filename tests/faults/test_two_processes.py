"""Two students start the app on the same data folder: two processes writing plans at the same time."""

from __future__ import annotations

import pytest

from netmkt_desktop.plans import CareerPlan
from netmkt_desktop.storage.store import Store

SAVES = 50


def run_pair(data, helper_factory, *options):
    helpers = [helper_factory(data, "--tag", f"p{n}", "--count", SAVES, "--seed", n, *options) for n in (0, 1)]
    ready = "STARTED" if "--go-before-open" in options else "READY"
    for h in helpers:
        h.wait_for(ready)
    for h in helpers:
        h.go()  # both released at once
    for h in helpers:
        h.finish(120)
    return helpers


def test_concurrent_saves_lose_nothing_corrupt_nothing_and_wait_for_each_other(
        tmp_path, helper_factory, ledger_class, integrity_check, first_database):
    """Two processes, released together, 50 saves each (every third an update that replaces all goals).

    Regression guard too: with a deferred BEGIN a save read before it wrote; under WAL that read-to-write
    upgrade gets SQLITE_BUSY at once (busy_timeout is never applied) and about 60 of these 100 saves
    failed with '正被另一个程序使用'.  Write actions now start with BEGIN IMMEDIATE and wait their turn.
    """
    data = tmp_path / "data"
    store = Store.open(data)
    store.profiles.default()
    store.close()
    helpers = run_pair(data, helper_factory, "--go-before-saving")
    ledger = ledger_class()
    for h in helpers:
        assert h.lines[-1] == "DONE", h.stderr
        ledger.feed(h.lines)
    assert integrity_check(first_database(data)) == ["ok"]
    store = Store.open(data)
    try:
        checked = ledger.verify(store)  # every reported save is there, whole; no failed save left a trace
    finally:
        store.close()
    print(f"\ntwo processes: {2 * SAVES} saves tried, {ledger.reported} reported saved, "
          f"{len(ledger.failed)} refused {ledger.failed[:1]}, {checked} plans checked")
    assert ledger.reported + len(ledger.failed) == 2 * SAVES
    assert checked == len(ledger.saved)  # every plan ever reported saved, and no other
    assert ledger.failed == []


def test_two_apps_started_at_once_on_a_new_folder_both_open(tmp_path, helper_factory):
    """migrate() used to read PRAGMA user_version before its BEGIN IMMEDIATE, so the second app re-ran
    step 1 ('table profiles already exists'); and switching to WAL did not wait for the other app."""
    for attempt in range(3):  # the race is timing-dependent
        data = tmp_path / f"data{attempt}"
        helpers = [helper_factory(data, "--tag", f"a{n}", "--count", 2, "--go-before-open") for n in (0, 1)]
        for h in helpers:
            h.wait_for("STARTED")
        for h in helpers:
            h.go()
        for h in helpers:
            h.finish(60)
        for h in helpers:
            assert h.lines[-1:] == ["DONE"], h.stderr.strip().splitlines()[-1:]


@pytest.mark.parametrize("start", ["new file", "rollback-journal file"])
def test_opening_a_profile_waits_while_another_app_writes_a_non_wal_database(tmp_path, start):
    """The race above made deterministic: another connection holds the write lock for 0.3 s."""
    import shutil
    import sqlite3
    import threading
    import time

    from netmkt_desktop.storage.backups import make_backup

    data = tmp_path / "data"
    store = Store.open(data)
    profile = store.profiles.default().id
    db = store.profiles.folder(profile).database
    if start == "rollback-journal file":
        shutil.copyfile(make_backup(db, tmp_path / "b"), db)  # one-file copy put in place by hand
    else:
        db.unlink()
    other = sqlite3.connect(str(db), isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    other.execute("CREATE TABLE other_app_is_writing (x)")
    release = threading.Timer(0.3, lambda: other.execute("ROLLBACK"))
    release.start()
    began = time.monotonic()
    try:
        store.profile(profile).plans.all()
    finally:
        release.join()
        other.close()
        store.close()
    assert time.monotonic() - began >= 0.25  # it waited for the other app instead of failing


def test_the_ledger_notices_lost_and_half_saved_plans(tmp_path, ledger_class, save_loop_module):
    """The checker used above has teeth: a lost save and a plan with another plan's goals are both caught."""
    store = Store.open(tmp_path / "data")
    try:
        profile = store.profiles.default().id
        goals_for = save_loop_module.goals_for
        a = store.profile(profile).plans.save(CareerPlan(title="t-0", position_id="pos.x", headcount=1200, goals=goals_for("t-0")))
        lost = ledger_class()
        lost.feed([f"SAVED {a.id} t-0", "BEGIN new t-1", f"SAVED {a.id + 1} t-1"])
        with pytest.raises(AssertionError, match="missing"):
            lost.verify(store)
        mixed = goals_for("t-0")[:2] + goals_for("t-9")[2:]
        store.profile(profile).plans.save(CareerPlan(title="t-0", position_id="pos.x", headcount=1200, goals=mixed, id=a.id))
        half = ledger_class()
        half.feed([f"SAVED {a.id} t-0"])
        with pytest.raises(AssertionError, match="t-9"):
            half.verify(store)
        ok = ledger_class()
        ok.feed([f"SAVED {a.id} t-0", "BEGIN new t-5"])  # an unreported insert may or may not be there
        store.profile(profile).plans.save(CareerPlan(title="t-0", position_id="pos.x", headcount=1200, goals=goals_for("t-0"), id=a.id))
        assert ok.verify(store) == 1
        # a plan made by a save cut short after its commit, then changed by another save cut short
        b = store.profile(profile).plans.save(CareerPlan(title="t-6", position_id="pos.x", headcount=1200,
                                                         goals=goals_for("t-6")))
        changed = ledger_class()
        changed.feed([f"SAVED {a.id} t-0", "BEGIN new t-5"])
        changed.feed([f"BEGIN {b.id} t-6"])
        assert changed.verify(store) == 2
        stray = ledger_class()
        stray.feed([f"SAVED {a.id} t-0", "BEGIN new t-5"])
        with pytest.raises(AssertionError, match="t-6"):
            stray.verify(store)
    finally:
        store.close()
