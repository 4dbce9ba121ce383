"""Profile benchmark: listing the profiles of a shared classroom PC, and switching to one.

Makes a data folder with ``--profiles`` profiles (default 200; every fourth with a PIN, each with a
plan and a few notes so its database is not empty), then times, ``--runs`` times:

* listing: ``store.profiles.all()`` — what the profile chooser shows (names, classes, PIN or not;
  read from the profile folders' cards, no student database opened);
* switching: ``open_profile_safely(store, id)`` then closing the data shown before — what choosing
  another profile in 切换学习档案 does (open that student's own database, let go of the previous one).

Prints the median and 95th percentile of each against the targets (listing ≤ 50 ms, switching
≤ 100 ms) and exits 1 when a 95th percentile misses its target.  The folder is made in a temporary directory unless ``--data-dir`` names one.

    python benchmarks/profiles.py [--profiles 200] [--runs 50]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from netmkt_desktop.plans import CareerPlan, TierGoal  # noqa: E402
from netmkt_desktop.storage.opening import open_profile_safely  # noqa: E402
from netmkt_desktop.storage.store import Store  # noqa: E402
from netmkt_desktop.tiers import Tier  # noqa: E402

LIST_TARGET_MS = 50.0
SWITCH_TARGET_MS = 100.0


def fill(store: Store, count: int) -> list[int]:
    ids = []
    for i in range(count):
        profile = store.profiles.create(f"学生{i:03d}", f"网络营销{i % 4 + 1}班", pin="2468" if i % 4 == 0 else None)
        data = store.profile(profile.id, pin="2468" if profile.has_pin else None)
        data.plans.save(CareerPlan(
            title=f"{i:03d} 的职业规划", position_id="pos.ecommerce_host", headcount=1200,
            occupation_id="occ.internet_marketer", work_type_id="wt.live_seller", current_tier=Tier.SPECIALIST,
            goals=[TierGoal(Tier.SUPERVISOR, 2028, 7, "带团队"), TierGoal(Tier.MANAGER, 2030, 7, "做策划")]))
        data.study.save_note("occ.internet_marketer", f"第 {i} 位同学的笔记:直播带货、短视频运营。")
        data.close()
        ids.append(profile.id)
    return ids


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--profiles", type=int, default=200)
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--data-dir", type=Path)
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="netmkt-bench-") as tmp:
        root = args.data_dir or Path(tmp)
        store = Store.open(root)
        started = time.perf_counter()
        ids = store.profiles.ids() or fill(store, args.profiles)
        print(f"profiles: {len(ids)} (folder ready in {time.perf_counter() - started:.1f} s)")

        listing = []
        for _ in range(args.runs):
            t0 = time.perf_counter()
            shown = store.profiles.all()
            listing.append((time.perf_counter() - t0) * 1000)
        assert len(shown) == len(ids)

        switching = []
        previous = None
        for run in range(args.runs):
            profile_id = ids[(run * 37) % len(ids)]
            if store.profiles.has_pin(profile_id):
                store.profiles.grant(profile_id)  # the chooser has checked the PIN (not timed: scrypt)
            t0 = time.perf_counter()
            result = open_profile_safely(store, profile_id)
            if previous is not None:
                previous.close()
            switching.append((time.perf_counter() - t0) * 1000)
            assert result.data is not None, result.message
            previous = result.data
        if previous is not None:
            previous.close()
        store.close()

    missed = False
    for label, values, target in (("list profiles", listing, LIST_TARGET_MS),
                                  ("switch profile", switching, SWITCH_TARGET_MS)):
        median, p95 = statistics.median(values), percentile(values, 0.95)
        verdict = "ok" if p95 <= target else "TOO SLOW"
        missed |= p95 > target
        print(f"{label}: median {median:.1f} ms, p95 {p95:.1f} ms (target ≤ {target:.0f} ms) {verdict}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
