"""The first start splits the single database of older versions: SIGKILL at every step and at random moments.

Whatever moment the process dies, the old file survives intact — still in place, or byte for byte in
``backups/`` — and the next start finishes the split: every row of every profile in its own file
(compared row by row), the old file kept, nothing half made left behind.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import time
from pathlib import Path

import pytest

from netmkt_desktop.paths import DataFolder
from netmkt_desktop.storage.store import Store

from legacy_samples import assert_split_matches, file_state, make_legacy

STEPS = ["checked", "snapshot", "profile-1", "profile-2", "profile-3", "profile-4", "staged", "noted", "committed",
         "kept-companions", "kept", "done"]
SEED = 20261224
RANDOM_RUNS = 30


def where_is_the_old_file(data, original) -> str:
    """"in place", "moving" (its -wal already in backups/, the file not yet) or "kept" — and it is
    whole, byte for byte, wherever it is."""
    folder = DataFolder(data)
    kept = list(folder.backups.glob("before-profiles-*.sqlite3")) if folder.backups.exists() else []
    if folder.legacy_database.exists() and not Path(f"{folder.legacy_database}-wal").exists():
        (moved,) = folder.backups.glob("before-profiles-*.sqlite3-wal")
        assert not kept and {"": folder.legacy_database.read_bytes(), "-wal": moved.read_bytes()} == original
        return "moving"
    if folder.legacy_database.exists():
        assert file_state(folder.legacy_database) == original and not kept
        return "in place"
    (only,) = kept
    assert file_state(only) == original
    return "kept"


def finish_and_check(data, original) -> int:
    store = Store.open(data)  # the next start
    try:
        assert store.notice() is not None  # the user is still told
        names = [p.name for p in store.profiles.all()]
    finally:
        store.close()
    assert names == ["默认", "张三 🎓", "李四", "王五"]
    folder = DataFolder(data)
    assert not folder.legacy_database.exists() and not folder.staging.exists()
    assert not [p for p in folder.profiles.iterdir() if p.name.startswith(".")]
    (kept,) = folder.backups.glob("before-profiles-*.sqlite3")
    assert file_state(kept) == original
    return assert_split_matches(kept, data)


pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="the zygote forks (POSIX)")


@pytest.fixture(scope="module")
def zygote(helper_class):
    """One process that has done the imports; each run is a child forked from it (seconds, not minutes)."""
    helper = helper_class("--zygote", script=helper_class.folder / "split_helper.py")
    helper.wait_for("ZYGOTE")
    yield helper
    helper.kill()


class Run:
    """One split in a child of the zygote."""

    def __init__(self, zygote, data, pause: bool):
        self.zygote, self.start = zygote, len(zygote.lines)
        zygote.send(f"RUN {data} {int(pause)}")
        self.pid = int(zygote.wait_for("PID ", self.start).split()[1])
        zygote.wait_for("STARTED", self.start)

    def wait_for(self, prefix: str, start: int) -> tuple[str, int]:
        line = self.zygote.wait_for(prefix, start)
        return line, self.zygote.lines.index(line, start) + 1

    def kill(self) -> list[str]:
        try:
            os.kill(self.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass  # it had ended already
        self.zygote.wait_for(f"EXIT {self.pid} ", self.start)
        return self.zygote.lines[self.start:]


@pytest.fixture(scope="module")
def old_folder(tmp_path_factory):
    """A data folder of an older version, its last writes still in the -wal file."""
    data = tmp_path_factory.mktemp("old") / "data"
    legacy = make_legacy(data, wal=True)
    return data, file_state(legacy)


@pytest.mark.parametrize("step", STEPS)
def test_killed_at_each_step_the_old_file_survives_and_the_next_start_finishes(tmp_path, zygote, old_folder, step):
    source, original = old_folder
    data = tmp_path / "data"
    shutil.copytree(source, data)
    run = Run(zygote, data, pause=True)
    seen = run.start
    while True:
        line, seen = run.wait_for("STEP ", seen)
        if line == f"STEP {step}":
            break
        zygote.go()
    run.kill()
    where = where_is_the_old_file(data, original)
    assert where == ("kept" if STEPS.index(step) >= STEPS.index("kept") else
                     "moving" if step == "kept-companions" else "in place")
    assert finish_and_check(data, original) > 100


def test_killed_at_random_moments_the_old_file_survives_and_the_next_start_finishes(tmp_path, zygote, old_folder):
    source, original = old_folder
    rng = random.Random(SEED)
    figures = {"in place": 0, "moving": 0, "kept": 0, "finished before the kill": 0}
    last_steps = []
    for run in range(RANDOM_RUNS):
        data = tmp_path / f"data{run}"
        shutil.copytree(source, data)
        run = Run(zygote, data, pause=False)
        time.sleep(rng.uniform(0.0, 0.2))  # the split itself takes 0.1–0.2 s here
        lines = run.kill()
        last_steps.append(([line.split()[1] for line in lines if line.startswith("STEP ")] or ["-"])[-1])
        if "DONE" in lines:
            figures["finished before the kill"] += 1
        figures[where_is_the_old_file(data, original)] += 1
        assert finish_and_check(data, original) > 100
    print(f"\nsplit killed at random: {figures}; last step reached: {last_steps}")
    assert figures["in place"] >= 1 and figures["kept"] >= 1  # the kills really land before and after the move
