"""One window per data folder: the lock, the activation message, stale locks."""

from __future__ import annotations

import os
import queue
import re
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
import shiboken6

from netmkt_desktop.single_instance import (
    FOREIGN_STALE_SECONDS,
    LOCK_NAME,
    SingleInstance,
    SingleInstanceError,
    server_name,
)

REPO = Path(__file__).resolve().parent.parent

# A second process that takes the lock, reports it, and waits for "activate" (or a safety timeout).
CHILD = r"""
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication, QTimer
from netmkt_desktop.single_instance import SingleInstance

app = QCoreApplication([])
instance = SingleInstance()
if not instance.acquire(Path(sys.argv[1])):
    print("busy", flush=True)
    sys.exit(3)

def on_activation_requested():
    print("activated", flush=True)
    app.quit()

instance.activation_requested.connect(on_activation_requested)
QTimer.singleShot(20000, app.quit)
print("locked", flush=True)
app.exec()
instance.release()
"""


def record(signal) -> list[bool]:
    """A list that gets True appended whenever ``signal`` fires."""
    seen: list[bool] = []
    signal.connect(lambda: seen.append(True))
    return seen


@pytest.fixture
def instances(qapp):
    made: list[SingleInstance] = []

    def make() -> SingleInstance:
        instance = SingleInstance()
        made.append(instance)
        return instance

    yield make
    for instance in made:
        instance.release()
        shiboken6.delete(instance)  # now, not whenever a failed test's traceback lets go of it


class Child:
    """The CHILD script in its own process, its stdout read line by line without blocking."""

    def __init__(self, data_dir: Path):
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])))
        self.proc = subprocess.Popen([sys.executable, "-c", CHILD, str(data_dir)], stdout=subprocess.PIPE,
                                     stderr=subprocess.DEVNULL, text=True, encoding="utf-8", env=env, cwd=REPO)
        self.lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._pump, daemon=True).start()

    def _pump(self) -> None:
        for line in self.proc.stdout:
            self.lines.put(line.strip())

    def expect(self, text: str, timeout: float = 10.0) -> None:
        deadline = time.monotonic() + timeout
        while True:
            try:
                line = self.lines.get(timeout=max(0.01, deadline - time.monotonic()))
            except queue.Empty:
                pytest.fail(f"the child never printed {text!r}")
            if line == text:
                return
            assert line != "busy", "the child could not take the lock"

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait(timeout=10)


@pytest.fixture
def child():
    started: list[Child] = []

    def start(data_dir: Path) -> Child:
        c = Child(data_dir)
        started.append(c)
        return c

    yield start
    for c in started:
        c.stop()


def test_second_instance_in_the_same_process_raises_the_first(qtbot, instances, tmp_path):
    first, second = instances(), instances()
    assert first.acquire(tmp_path)
    assert (tmp_path / LOCK_NAME).exists()
    assert not second.acquire(tmp_path)
    raised = record(first.activation_requested)
    assert second.notify_running(tmp_path)
    qtbot.waitUntil(lambda: raised == [True], timeout=3000)


def test_different_data_folders_do_not_interfere(qtbot, instances, tmp_path):
    one, two = tmp_path / "one", tmp_path / "two"
    one.mkdir()
    two.mkdir()
    a, b = instances(), instances()
    assert a.acquire(one)
    assert b.acquire(two)
    assert server_name(one) != server_name(two)
    a_raised, b_raised = record(a.activation_requested), record(b.activation_requested)
    assert instances().notify_running(two)
    qtbot.waitUntil(lambda: b_raised == [True], timeout=3000)
    assert a_raised == []


def test_after_release_a_new_instance_acquires(instances, tmp_path):
    first = instances()
    assert first.acquire(tmp_path)
    first.release()
    assert not (tmp_path / LOCK_NAME).exists()
    assert not instances().notify_running(tmp_path), "nobody listens any more"
    assert instances().acquire(tmp_path)


def test_server_name_is_stable_short_and_safe(tmp_path):
    (tmp_path / "a").mkdir()
    name = server_name(tmp_path / "a")
    assert re.fullmatch(r"netmkt-[0-9a-f]{20}", name)
    assert server_name(tmp_path / "a" / ".." / "a") == name
    assert server_name(tmp_path) != name


def test_paths_with_spaces_and_chinese_characters(qtbot, instances, tmp_path):
    folder = tmp_path / "学生 资料" / "张 三 的 U盘"
    folder.mkdir(parents=True)
    first, second = instances(), instances()
    assert first.acquire(folder)
    assert not second.acquire(folder)
    raised = record(first.activation_requested)
    assert second.notify_running(folder)
    qtbot.waitUntil(lambda: raised == [True], timeout=3000)


def test_a_missing_folder_is_an_error_not_another_instance(instances, tmp_path):
    with pytest.raises(SingleInstanceError):
        instances().acquire(tmp_path / "missing")


def test_another_process_holds_the_lock_and_is_raised(instances, child, tmp_path):
    other = child(tmp_path)
    other.expect("locked")
    # An hour-old lock of a live process stays valid.
    old = time.time() - 3600
    os.utime(tmp_path / LOCK_NAME, (old, old))
    here = instances()
    assert not here.acquire(tmp_path)
    assert here.notify_running(tmp_path)
    other.expect("activated")
    assert other.proc.wait(timeout=10) == 0


def test_a_lock_left_by_a_killed_process_is_recovered(instances, child, tmp_path):
    other = child(tmp_path)
    other.expect("locked")
    other.proc.kill()  # SIGKILL on POSIX: no clean-up, the lock file and the socket stay behind
    other.proc.wait(timeout=10)
    assert (tmp_path / LOCK_NAME).exists()
    here = instances()
    assert here.acquire(tmp_path)
    assert here.server is not None and here.server.isListening()
    assert not instances().acquire(tmp_path)


def _foreign_lock(path: Path, age_seconds: float) -> None:
    path.write_text("4242\nnetmkt-desktop\nclassroom-pc-07\n" + "0" * 32 + "\n" + "1" * 36 + "\n")
    stamp = time.time() - age_seconds
    os.utime(path, (stamp, stamp))


def test_a_lock_from_another_computer_is_kept_while_fresh(instances, tmp_path):
    _foreign_lock(tmp_path / LOCK_NAME, age_seconds=30)
    assert not instances().acquire(tmp_path)


def test_an_abandoned_lock_from_another_computer_is_taken_over(instances, tmp_path):
    # The USB stick was pulled out of another PC while the app was running there.
    _foreign_lock(tmp_path / LOCK_NAME, age_seconds=FOREIGN_STALE_SECONDS + 60)
    assert instances().acquire(tmp_path)


def test_the_holder_keeps_its_lock_fresh(instances, tmp_path):
    holder = instances()
    assert holder.acquire(tmp_path)
    old = time.time() - 3600
    os.utime(tmp_path / LOCK_NAME, (old, old))
    holder._on_heartbeat_timeout()
    assert time.time() - (tmp_path / LOCK_NAME).stat().st_mtime < 60


def test_garbage_on_the_socket_is_ignored(qtbot, instances, tmp_path):
    from PySide6.QtNetwork import QLocalSocket

    holder = instances()
    assert holder.acquire(tmp_path)
    raised = record(holder.activation_requested)
    socket = QLocalSocket()
    socket.connectToServer(server_name(tmp_path))
    assert socket.waitForConnected(1000)
    socket.write(b"x" * 200)
    assert socket.waitForBytesWritten(1000)
    qtbot.waitUntil(lambda: socket.state() == QLocalSocket.LocalSocketState.UnconnectedState, timeout=3000)
    assert raised == [], "the server hung up on the stranger without raising the window"
