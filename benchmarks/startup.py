"""Start-up benchmark: process start to the first paint of the main window with content shown.

Starts the app N times as a new process (offscreen, a fresh data folder each time, with
NETMKT_EXIT_AFTER_FIRST_PAINT=1) and a bare PySide6 window with the same widget types N times;
prints the medians, the ratio app/bare and the peak memory (max RSS) of each.

    python3 benchmarks/startup.py [-n 15]
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def run_once(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds from spawning the process to its first paint, and its peak memory in MiB."""
    start = time.time()
    proc = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    _, _, rusage = os.wait4(proc.pid, 0)
    out = proc.stdout.read()
    proc.stdout.close()
    proc.stderr.close()
    match = re.search(r"first_paint_epoch=([0-9.]+)", out)
    if not match:
        raise SystemExit(f"no first paint reported by {command}: {out!r}")
    return float(match.group(1)) - start, rusage.ru_maxrss / 1024


def measure(command: list[str], n: int, fresh_data: bool) -> tuple[list[float], list[float]]:
    times, memory = [], []
    for _ in range(n):
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", NETMKT_EXIT_AFTER_FIRST_PAINT="1")
        with tempfile.TemporaryDirectory() as data:
            cmd = command + (["--data-dir", data] if fresh_data else [])
            seconds, mib = run_once(cmd, env)
        times.append(seconds)
        memory.append(mib)
    return times, memory


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=15, help="runs of each (default 15)")
    args = parser.parse_args()
    # Warm the file cache once so the first run is not an outlier.
    measure([sys.executable, "-m", "netmkt_desktop"], 1, True)
    measure([sys.executable, str(HERE / "bare_window.py")], 1, False)
    app_t, app_m = measure([sys.executable, "-m", "netmkt_desktop"], args.n, True)
    bare_t, bare_m = measure([sys.executable, str(HERE / "bare_window.py")], args.n, False)
    app_med, bare_med = statistics.median(app_t), statistics.median(bare_t)
    print(f"runs: {args.n} each")
    print(f"app  first paint: median {app_med * 1000:.0f} ms (min {min(app_t) * 1000:.0f}, max {max(app_t) * 1000:.0f}); "
          f"peak memory {max(app_m):.0f} MiB")
    print(f"bare first paint: median {bare_med * 1000:.0f} ms (min {min(bare_t) * 1000:.0f}, max {max(bare_t) * 1000:.0f}); "
          f"peak memory {max(bare_m):.0f} MiB")
    print(f"ratio app/bare: {app_med / bare_med:.2f} (target <= 1.5)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
