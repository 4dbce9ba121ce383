"""Helper process for the killed-backup fault tests: it is SIGKILLed in the middle of a backup.

    python backup_helper.py copy DATA       back up profile 1; killed half way through the copy
    python backup_helper.py migration DATA  open profile 1 (an older schema); killed half way
                                            through the before-migration copy
    python backup_helper.py loop DATA       save and back up (auto and manual) until killed,
                                            printing ``MADE <name>`` after each backup

In the first two modes the copy (SQLite's backup API) goes one page per step and the process kills
itself with SIGKILL after the first step, with pages still to copy: no cleanup runs.
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path


class KilledHalfWay:
    """A sqlite3 connection whose backup() dies with SIGKILL half way."""

    def __init__(self, conn):
        self._conn = conn

    def __getattr__(self, name):
        return getattr(self._conn, name)

    def backup(self, target, **_kwargs):
        def progress(_status, remaining, _total):
            if remaining:
                print("KILLING", flush=True)
                os.kill(os.getpid(), signal.SIGKILL)

        self._conn.backup(target, pages=1, progress=progress)


def main() -> int:
    mode, data = sys.argv[1], Path(sys.argv[2])
    from netmkt_desktop.plans import CareerPlan
    from netmkt_desktop.storage import backups, db
    from netmkt_desktop.storage.store import Store

    if mode == "copy":
        real = backups.connect_read_only
        backups.connect_read_only = lambda path: KilledHalfWay(real(path))
        store = Store.open(data)
        place = store.profiles.folder(1)
        backups.make_backup(place.database, place.backups, "manual")
    elif mode == "migration":
        real = db.connect
        db.connect = lambda path, timeout=5.0: KilledHalfWay(real(path, timeout))
        Store.open(data).profile(1)
    elif mode == "loop":
        store = Store.open(data)
        place = store.profiles.folder(1)
        profile = store.profile(1)
        n = 0
        while True:
            n += 1
            profile.plans.save(CareerPlan(title=f"规划{n}", position_id="pos.ecommerce_host"))
            made = backups.make_backup(place.database, place.backups, "manual" if n % 3 == 0 else "auto")
            print(f"MADE {made.name}", flush=True)
    print("NOT KILLED", flush=True)
    return 1


if __name__ == "__main__":
    sys.exit(main())
