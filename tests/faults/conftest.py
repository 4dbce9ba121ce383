"""Shared tools of the fault tests: the save-loop helper process and the ledger of reported saves."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

HELPER = Path(__file__).with_name("save_loop.py")
REPO = Path(__file__).resolve().parents[2]
TIERS = ("specialist", "supervisor", "manager", "director")


class Helper:
    """One helper process (save_loop.py unless ``script`` names another); its stdout lines are
    collected by a thread as they arrive."""

    def __init__(self, *argv: str, script: Path = HELPER):
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])),
                   PYTHONIOENCODING="utf-8")
        self.proc = subprocess.Popen(
            [sys.executable, str(script), *map(str, argv)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
            text=True, encoding="utf-8", bufsize=1)
        self.lines: list[str] = []
        self.ended = False
        self._changed = threading.Condition()
        self._stderr: list[str] = []
        self._out = threading.Thread(target=self._read, daemon=True)
        self._err = threading.Thread(target=lambda: self._stderr.append(self.proc.stderr.read()), daemon=True)
        self._out.start()
        self._err.start()

    def _read(self) -> None:
        for line in self.proc.stdout:
            with self._changed:
                self.lines.append(line.rstrip("\n"))
                self._changed.notify_all()
        with self._changed:
            self.ended = True
            self._changed.notify_all()

    def wait_for(self, prefix: str, start: int = 0, timeout: float = 30.0) -> str:
        """The first line from ``start`` on that begins with ``prefix``, waiting for it to arrive."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while True:
                for line in self.lines[start:]:
                    if line.startswith(prefix):
                        return line
                if self.ended:
                    break
                left = deadline - time.monotonic()
                if left <= 0:
                    break
                self._changed.wait(left)
        ended = self.ended
        self.kill()
        raise AssertionError(f"helper {'ended' if ended else 'gave nothing'} before {prefix!r}; "
                             f"last lines {self.lines[-5:]}; stderr:\n{self.stderr}")

    def send(self, line: str) -> None:
        self.proc.stdin.write(line + "\n")
        self.proc.stdin.flush()

    def go(self) -> None:
        self.send("go")

    def kill(self) -> None:
        """SIGKILL: no cleanup, no atexit, no flush; what SQLite wrote is all there is."""
        if self.proc.poll() is None:
            self.proc.kill()
        self.finish(10)

    def finish(self, timeout: float) -> int:
        code = self.proc.wait(timeout=timeout)
        self._out.join(timeout)
        self._err.join(timeout)
        for stream in (self.proc.stdin, self.proc.stdout, self.proc.stderr):
            try:
                stream.close()
            except OSError:
                pass
        return code

    @property
    def stderr(self) -> str:
        return "".join(self._stderr)


@dataclass
class Ledger:
    """What the helpers reported: the last completed save of every plan and the saves cut short."""

    saved: dict[int, str] = field(default_factory=dict)  # plan id -> title of its last reported save
    in_flight: list[tuple[int | None, str]] = field(default_factory=list)  # (id or None for new, title)
    reported: int = 0
    failed: list[str] = field(default_factory=list)

    def feed(self, lines: list[str]) -> None:
        pending: tuple[int | None, str] | None = None
        for line in lines:
            kind, _, rest = line.partition(" ")
            if kind == "BEGIN":
                plan_id, _, title = rest.partition(" ")
                pending = (None if plan_id == "new" else int(plan_id), title)
            elif kind == "SAVED":
                plan_id, _, title = rest.partition(" ")
                self.saved[int(plan_id)] = title
                self.reported += 1
                pending = None
            elif kind == "FAILED":
                self.failed.append(rest)  # a failed save must change nothing: not allowed in the store
                pending = None
        if pending is not None:
            self.in_flight.append(pending)

    def verify(self, store) -> int:
        """Every reported save is there with its goals whole; returns the number of plans checked."""
        profile = store.profiles.default().id
        stored = {p.id: p for p in store.profile(profile).plans.all()}
        for plan_id, title in self.saved.items():
            assert plan_id in stored, f"plan {plan_id} ({title}) was reported saved but is missing"
            allowed = {title} | {t for i, t in self.in_flight if i == plan_id}
            assert stored[plan_id].title in allowed, (plan_id, stored[plan_id].title, allowed)
        extra = set(stored) - set(self.saved)
        new_in_flight = {t for i, t in self.in_flight if i is None}
        assert len(extra) <= len(new_in_flight)
        for plan_id in extra:  # made by a save cut short after its commit; a later save cut short may have changed it
            allowed = new_in_flight | {t for i, t in self.in_flight if i == plan_id}
            assert stored[plan_id].title in allowed, stored[plan_id].title
        for plan in stored.values():
            assert_whole(plan)
        return len(stored)


def assert_whole(plan) -> None:
    """The plan's four goals all belong to its title: no half-replaced goal list."""
    assert [g.tier.code for g in plan.goals] == list(TIERS), (plan.id, plan.title, [g.tier for g in plan.goals])
    for goal in plan.goals:
        assert goal.actions.startswith(f"{plan.title}|{goal.tier.code}|"), (plan.id, plan.title, goal.actions[:40])


def first_profile_database(data: Path) -> Path:
    """The database of the data folder's first profile (the one the save loop uses)."""
    from netmkt_desktop.paths import DataFolder

    folder = DataFolder(data)
    ids = sorted(int(p.name) for p in folder.profiles.glob("*") if p.name.isdigit()) if folder.profiles.exists() else []
    return folder.profile(ids[0] if ids else 1).database


def integrity(db: Path, scratch: Path | None = None) -> list[str]:
    """PRAGMA integrity_check of the database as it lies on disk (on a copy when ``scratch`` is given,
    so the check itself does not recover the WAL for the next process)."""
    if scratch is not None:
        if scratch.exists():
            shutil.rmtree(scratch)
        scratch.mkdir(parents=True)
        for suffix in ("", "-wal"):
            if Path(f"{db}{suffix}").exists():
                shutil.copyfile(f"{db}{suffix}", scratch / f"{db.name}{suffix}")
        db = scratch / db.name
    conn = sqlite3.connect(str(db))
    try:
        return [str(r[0]) for r in conn.execute("PRAGMA integrity_check").fetchall()]
    finally:
        conn.close()


Helper.folder = HELPER.parent


@pytest.fixture(scope="session")
def helper_class():
    """The class, for a helper a test keeps longer than one test (kill it yourself)."""
    return Helper


@pytest.fixture
def helper_factory():
    started: list[Helper] = []

    def make(*args, **kwargs) -> Helper:
        h = Helper(*args, **kwargs)
        started.append(h)
        return h

    yield make
    for h in started:  # only the processes this test started
        if h.proc.poll() is None:
            h.kill()


@pytest.fixture
def ledger_class():
    return Ledger


@pytest.fixture
def integrity_check():
    return integrity


@pytest.fixture
def first_database():
    return first_profile_database


@pytest.fixture(scope="session")
def save_loop_module():
    import importlib.util

    spec = importlib.util.spec_from_file_location("save_loop", HELPER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class SmallDisk:
    """A size-limited tmpfs mounted for one test (needs root and mount; the tests skip without them)."""

    def __init__(self, where: Path, size: str):
        self.path = where
        where.mkdir(parents=True, exist_ok=True)
        done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0755", "tmpfs", str(where)],
                              capture_output=True, text=True)
        self.mounted = done.returncode == 0
        self.error = done.stderr.strip()

    def remount(self, mode: str) -> None:
        subprocess.run(["mount", "-o", f"remount,{mode}", str(self.path)], check=True, capture_output=True)

    def unmount(self) -> None:
        if self.mounted:
            if subprocess.run(["umount", str(self.path)], capture_output=True).returncode != 0:
                subprocess.run(["umount", "-l", str(self.path)], capture_output=True)
            self.mounted = False


@pytest.fixture
def small_disk(tmp_path):
    """``small_disk(size)`` -> a mounted SmallDisk, or the test is skipped where mounting is not possible."""
    disks: list[SmallDisk] = []

    def make(size: str = "1m") -> SmallDisk:
        if not sys.platform.startswith("linux") or shutil.which("mount") is None:
            pytest.skip("needs Linux mount")
        disk = SmallDisk(tmp_path / f"disk{len(disks)}", size)
        if not disk.mounted:
            pytest.skip(f"cannot mount a tmpfs here: {disk.error}")
        disks.append(disk)
        return disk

    yield make
    for disk in disks:
        disk.unmount()


def fill_up(folder: Path) -> Path:
    """Write a filler file until the disk is full; returns it (delete it to free the space)."""
    filler = folder / "filler.bin"
    chunk = b"\0" * 4096
    with open(filler, "wb", buffering=0) as f:
        try:
            while True:
                f.write(chunk)
        except OSError:
            pass
    return filler


@pytest.fixture
def fill_disk():
    return fill_up
