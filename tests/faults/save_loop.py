"""Helper process for the fault tests: saves career plans through Store and reports each one.

    python save_loop.py DATA_DIR --tag T [--count N] [--seed S] [--go-before-open] [--go-before-saving]
    python save_loop.py --zygote

Prints one line per event, flushed at once (the parent may SIGKILL this process at any moment):

    STARTED                       imports done (with --go-before-open: waits for a line on stdin)
    READY <profile_id>            Store.open and default_profile returned
    BEGIN <id|new> <title>        save_plan is about to be called
    SAVED <id> <title>            save_plan returned: the plan was committed
    FAILED <title> <message>      save_plan raised StoreError
    DONE                          --count saves attempted

Every third save updates an earlier plan (new title, all goals replaced); the others insert.  A
plan's goal texts carry its title, so the parent can tell a whole plan from a mixture.

``--zygote`` (POSIX): import everything once, then for each stdin line ``RUN DATA_DIR TAG SEED``
fork a child that runs the save loop until killed; print ``PID <pid>`` before the child's lines and
``EXIT <pid> <status>`` after it has died.  No database is open when the zygote forks, so each
child starts SQLite exactly as a new process would, without paying half a second of imports.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
from pathlib import Path


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def goals_for(title: str):
    from netmkt_desktop.plans import TierGoal
    from netmkt_desktop.tiers import Tier

    filler = "练习直播、写文案、做数据分析。" * 8  # a few hundred bytes: saves touch several pages
    return [TierGoal(tier, 2027 + n, 1 + n, f"{title}|{tier.code}|{filler}")
            for n, tier in enumerate((Tier.SPECIALIST, Tier.SUPERVISOR, Tier.MANAGER, Tier.DIRECTOR))]


def _plan_ids(data_dir: Path, profile: int) -> list[int]:
    """The ids of the profile's plans, read cheaply (list_plans would build every plan)."""
    import sqlite3

    from netmkt_desktop.paths import DataFolder

    conn = sqlite3.connect(str(DataFolder(data_dir).profile(profile).database))
    try:
        return [r[0] for r in conn.execute("SELECT id FROM plans WHERE profile_id = ? AND deleted_at IS NULL",
                                           (profile,))]
    finally:
        conn.close()


def save_loop(data_dir: Path, tag: str, count: int = 0, seed: int = 0, go_before_open: bool = False,
              go_before_saving: bool = False) -> None:
    from netmkt_desktop.plans import CareerPlan
    from netmkt_desktop.errors import StoreError
    from netmkt_desktop.storage.store import Store

    say("STARTED")
    if go_before_open:
        sys.stdin.readline()
    store = Store.open(data_dir)
    profile = store.profiles.default().id
    data = store.profile(profile)  # opens (and makes) the profile's own database
    rng = random.Random(seed)
    known = _plan_ids(data_dir, profile)
    say(f"READY {profile}")
    if go_before_saving:
        sys.stdin.readline()
    n = 0
    while count == 0 or n < count:
        title = f"{tag}-{n}"
        plan = CareerPlan(title=title, position_id="pos.ecommerce_host", headcount=1200, student_name="压力测试",
                          goals=goals_for(title))
        if known and n % 3 == 2:
            plan.id = rng.choice(known)
        say(f"BEGIN {plan.id if plan.id is not None else 'new'} {title}")
        try:
            saved = data.plans.save(plan)
        except StoreError as exc:
            say(f"FAILED {title} {str(exc).splitlines()[0]}")
        else:
            if saved.id not in known:
                known.append(saved.id)
            say(f"SAVED {saved.id} {title}")
        n += 1
    store.close()
    say("DONE")


def zygote() -> None:
    import shutil
    import tempfile

    import netmkt_desktop.plans  # noqa: F401 - the imports each child would otherwise pay for
    from netmkt_desktop.storage.store import Store

    # One save in a throwaway folder first: SQLAlchemy configures its mappers and compiles its
    # statements once, as the running app has long done when a student saves; every database is
    # closed again before any fork, so each child still opens SQLite from scratch.
    warm = Path(tempfile.mkdtemp(prefix="netmkt-zygote-"))
    try:
        store = Store.open(warm)
        data = store.profile(store.profiles.default().id)
        data.plans.save(netmkt_desktop.plans.CareerPlan(title="预热", position_id="pos.ecommerce_host"))
        data.close()
        store.close()
    finally:
        shutil.rmtree(warm, ignore_errors=True)
    say("ZYGOTE")
    for line in sys.stdin:
        command, *rest = line.split()
        if command != "RUN":
            break
        data_dir, tag, seed = rest
        sys.stdout.flush()
        pid = os.fork()
        if pid == 0:  # the child: saves until it is killed
            try:
                save_loop(Path(data_dir), tag, seed=int(seed))
            finally:
                os._exit(0)
        say(f"PID {pid}")
        _, status = os.waitpid(pid, 0)
        say(f"EXIT {pid} {status}")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("data_dir", nargs="?")
    parser.add_argument("--tag", default="p")
    parser.add_argument("--count", type=int, default=0, help="0: save until killed")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--go-before-open", action="store_true")
    parser.add_argument("--go-before-saving", action="store_true")
    parser.add_argument("--zygote", action="store_true")
    args = parser.parse_args()
    if args.zygote:
        zygote()
    else:
        save_loop(Path(args.data_dir), args.tag, args.count, args.seed, args.go_before_open, args.go_before_saving)
    return 0


if __name__ == "__main__":
    sys.exit(main())
