"""A crash between making and removing a probe file (the write check's ``.write-test-*``, the
disk-space check's ``.space-test-*``) no longer leaves it in the student's data folder for good:
the next opening of the data folder removes stale probes, and nothing else.

The crash is real: a child process makes the probe with the app's own code and SIGKILLs itself
where the probe would be removed (POSIX only).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from netmkt_desktop.paths import STALE_PROBE_SECONDS, clear_stale_probes, probe_writable
from netmkt_desktop.storage.store import Store

REPO = Path(__file__).resolve().parents[2]
ENV = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])))

CRASH = """
import os, signal, sys
from pathlib import Path
kind, folder = sys.argv[1], Path(sys.argv[2])
def power_cut(*args, **kwargs):
    os.kill(os.getpid(), signal.SIGKILL)
if kind == "write":
    from netmkt_desktop import paths
    paths.os.unlink = power_cut  # the moment the probe would be removed
    paths.probe_writable(folder)
else:
    from netmkt_desktop.storage import opening
    opening.unlink_quietly = power_cut
    opening._disk_full(folder)
print("not killed")
"""


def crash_while_probing(kind: str, folder: Path) -> None:
    result = subprocess.run([sys.executable, "-c", CRASH, kind, str(folder)], env=ENV, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == -9, result.stdout + result.stderr


def probes(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir() if p.name.startswith((".write-test-", ".space-test-"))}


def age(path: Path, seconds: float) -> None:
    moment = time.time() - seconds
    os.utime(path, (moment, moment), follow_symlinks=False)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_probes_a_crash_left_are_removed_when_the_data_folder_opens_and_nothing_else(tmp_path):
    store = Store.open(tmp_path / "data")
    profile = store.profiles.create("小明").id
    root, own = store.folder.root, store.profiles.folder(profile).root
    store.close()
    crash_while_probing("write", root)
    crash_while_probing("space", root)
    crash_while_probing("space", own)  # the space check also probes a profile's folder
    left = {root: probes(root), own: probes(own)}
    assert len(left[root]) == 2 and len(left[own]) == 1  # what a crash leaves today
    assert (root / next(n for n in left[root] if n.startswith(".space-test-"))).stat().st_size == 65536

    # The student's own files with similar names, and a probe of a check running right now.
    user_files = {
        root / ".write-test-notes.txt": b"mine",
        root / "write-test-abcdefgh": b"",
        root / ".write-test-abcdefgh.bak": b"",
        own / ".space-test-ABCDEFGH": b"",
        own / ".space-test-abcdefgh": b"x" * 70000,  # a probe's name, but more than a probe ever holds
        root / ".write-test-abcdefgj": b"not empty",  # a write probe is always empty
    }
    for path, data in user_files.items():
        path.write_bytes(data)
    (root / ".write-test-folder01").mkdir()
    target = root / "我的文件.txt"
    target.write_bytes(b"keep")
    (root / ".space-test-linkto01").symlink_to(target)
    fd, running = tempfile.mkstemp(prefix=".write-test-", dir=own)
    os.close(fd)
    for path in [*user_files, root / ".write-test-folder01", root / ".space-test-linkto01", target,
                 *(root / n for n in left[root]),
                 *(own / n for n in left[own])]:
        age(path, 3600)

    store = Store.open(root)
    store.close()
    assert probes(root) == {n for n in (".write-test-notes.txt", ".write-test-abcdefgh.bak", ".write-test-abcdefgj",
                                        ".write-test-folder01", ".space-test-linkto01")}
    assert probes(own) == {".space-test-ABCDEFGH", ".space-test-abcdefgh", Path(running).name}
    assert all(path.read_bytes() == data for path, data in user_files.items())
    assert target.read_bytes() == b"keep" and (root / "write-test-abcdefgh").exists()


def test_a_fresh_probe_is_left_alone_and_one_dated_ahead_of_a_clock_set_back_is_removed(tmp_path):
    fd, fresh = tempfile.mkstemp(prefix=".write-test-", dir=tmp_path)
    os.close(fd)
    fd, ahead = tempfile.mkstemp(prefix=".space-test-", dir=tmp_path)
    os.close(fd)
    age(Path(ahead), -86400)  # written while the clock was a day ahead
    fd, almost = tempfile.mkstemp(prefix=".write-test-", dir=tmp_path)
    os.close(fd)
    age(Path(almost), STALE_PROBE_SECONDS - 60)
    assert clear_stale_probes(tmp_path) == [Path(ahead)]
    assert Path(fresh).exists() and Path(almost).exists()
    later = time.time() + STALE_PROBE_SECONDS + 60  # once they are old, they go too
    assert set(clear_stale_probes(tmp_path, now=later)) == {Path(fresh), Path(almost)}


def test_the_write_check_still_passes_when_another_window_cleared_its_probe(tmp_path, monkeypatch):
    made = []
    real = tempfile.mkstemp

    def mkstemp_then_cleared(*args, **kwargs):
        fd, path = real(*args, **kwargs)
        made.append(path)
        os.unlink(path)  # another window's clear_stale_probes, in the very moment
        return fd, path

    monkeypatch.setattr(tempfile, "mkstemp", mkstemp_then_cleared)
    probe_writable(tmp_path)  # the probe was made, so the folder can be written
    assert made and not Path(made[0]).exists()
