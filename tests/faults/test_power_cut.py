"""Power cut mid-save: a process saving plans in a loop is SIGKILLed at random moments, 50 times.

SIGKILL stops the process between any two instructions, like a power cut does for the program; it
does not drop the operating system's unwritten disk cache (a real power cut does: that part rests on
SQLite's WAL with synchronous=FULL and is not simulated here).  What it proves: a save is all or
nothing, a save reported complete is never lost, and the next start recovers the WAL cleanly, also
when the cut falls into that recovery or into Store.open.

Each run is a fresh process forked from a "zygote" that has done the imports (no database is open
when it forks), so the 50 runs take seconds instead of half a minute of imports.
"""

from __future__ import annotations

import os
import random
import signal
import time

import pytest

from netmkt_desktop.storage.store import Store

SEED = 20260315
RUNS = 50


@pytest.mark.skipif(not hasattr(os, "fork"), reason="the zygote forks (POSIX)")
def test_sigkill_at_random_moments_loses_no_reported_save(tmp_path, helper_factory, ledger_class, integrity_check,
                                                         first_database):
    rng = random.Random(SEED)
    data = tmp_path / "data"
    ledger = ledger_class()
    figures = {"runs": 0, "kills": 0, "killed_in_open": 0, "killed_mid_save": 0, "killed_between_saves": 0}
    zygote = helper_factory("--zygote")
    zygote.wait_for("ZYGOTE")
    for run in range(RUNS):
        start = len(zygote.lines)
        zygote.send(f"RUN {data} r{run} {rng.randrange(1 << 30)}")
        pid = int(zygote.wait_for("PID ", start).split()[1])
        zygote.wait_for("STARTED", start)
        time.sleep(rng.uniform(0.020, 0.300))  # the moment of the power cut, counted from the start
        os.kill(pid, signal.SIGKILL)
        status = zygote.wait_for(f"EXIT {pid} ", start).split()[2]
        assert os.WIFSIGNALED(int(status)), f"run {run} ended by itself ({status}):\n{zygote.stderr}"
        lines = zygote.lines[start:]
        ledger.feed(lines)
        figures["runs"] += 1
        figures["kills"] += 1
        events = [line.split(" ", 1)[0] for line in lines if line.split(" ", 1)[0] in ("READY", "BEGIN", "SAVED")]
        if "READY" not in events:
            figures["killed_in_open"] += 1
        elif events[-1] == "BEGIN":
            figures["killed_mid_save"] += 1
        else:
            figures["killed_between_saves"] += 1
        # the database exactly as the killed process left it, checked on a copy so nothing recovers it
        rows = integrity_check(first_database(data), tmp_path / "check")
        assert rows == ["ok"], f"run {run}: {rows}"
    store = Store.open(data)  # recovers the WAL like the next lesson's start does
    try:
        checked = ledger.verify(store)
    finally:
        store.close()
    assert integrity_check(first_database(data)) == ["ok"]
    assert not ledger.failed, ledger.failed[:3]
    figures.update(reported_saves=ledger.reported, plans_checked=checked)
    print(f"\npower cut: {figures}")
    assert figures["kills"] == RUNS
    # the kills must really hit saves (how many depends on the machine's speed and load)
    assert figures["reported_saves"] >= RUNS // 2 and figures["killed_mid_save"] >= RUNS // 10
