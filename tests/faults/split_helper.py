"""Helper process for the split fault test: opens data folders whose single old database gets split.

    python split_helper.py --zygote

Imports everything once, prints ``ZYGOTE``, then for each stdin line ``RUN DATA_DIR PAUSE`` forks a
child that opens the folder (``Store.open``, which splits the old file) and prints ``PID <pid>``
before the child's lines and ``EXIT <pid> <status>`` after it has died.  The child prints
``STEP <name>`` at each step of the split (with PAUSE 1 it then waits for a line on stdin) and
``DONE`` when Store.open returned.  The parent SIGKILLs the child at a step, or at a random moment.
No database is open when the zygote forks.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def run(data: Path, pause: bool) -> None:
    from netmkt_desktop.storage.store import Store

    def on_step(name: str) -> None:
        say(f"STEP {name}")
        if pause:
            sys.stdin.readline()

    say("STARTED")
    Store.open(data, on_step=on_step).close()
    say("DONE")


def main() -> int:
    import netmkt_desktop.storage.store  # noqa: F401 - the imports each child would otherwise pay for

    say("ZYGOTE")
    while True:
        line = sys.stdin.readline()
        if not line:
            return 0
        command, *rest = line.split()
        if command != "RUN":
            return 0
        data, pause = rest
        pid = os.fork()
        if pid == 0:
            try:
                run(Path(data), pause == "1")
            finally:
                os._exit(0)
        say(f"PID {pid}")
        _, status = os.waitpid(pid, 0)
        say(f"EXIT {pid} {status}")


if __name__ == "__main__":
    sys.exit(main())
