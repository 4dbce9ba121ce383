"""Start-up benchmark: process start to the first paint of the main window with content shown.

Starts the app N times as a new process (offscreen, a fresh data folder each time, with
NETMKT_EXIT_AFTER_FIRST_PAINT=1) and a bare PySide6 window with the same widget types N times,
taking turns so that both see the same load on the machine; prints the medians, the ratio
app/bare and the peak memory (max RSS) of each.

The app's modules are compiled to bytecode first, as ``pip install`` and the bundle do (an
editable install writes it on the first start). ``--source`` measures without it, as when
PYTHONDONTWRITEBYTECODE=1 keeps Python from ever writing it: every start then compiles the
app's modules again.

``--instructions`` also counts the machine instructions each one executes up to its first paint
(one run each under valgrind's callgrind, which must be installed): a figure that other load on
the machine does not disturb, for comparing two versions of the app.

    python3 benchmarks/startup.py [-n 15] [--source] [--instructions]
"""

from __future__ import annotations

import argparse
import compileall
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
APP = [sys.executable, "-m", "netmkt_desktop"]
BARE = [sys.executable, str(HERE / "bare_window.py")]


def run_once(command: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """Seconds from spawning the process to its first paint, its peak memory in MiB and the CPU
    seconds it used in all (it quits right after the first paint)."""
    start = time.time()
    proc = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    _, _, rusage = os.wait4(proc.pid, 0)
    out = proc.stdout.read()
    proc.stdout.close()
    proc.stderr.close()
    match = re.search(r"first_paint_epoch=([0-9.]+)", out)
    if not match:
        raise SystemExit(f"no first paint reported by {command}: {out!r}")
    return float(match.group(1)) - start, rusage.ru_maxrss / 1024, rusage.ru_utime + rusage.ru_stime


def measure(command: list[str], fresh_data: bool, env: dict[str, str]) -> tuple[float, float, float]:
    with tempfile.TemporaryDirectory() as data:
        return run_once(command + (["--data-dir", data] if fresh_data else []), env)


def count_instructions(command: list[str], fresh_data: bool, env: dict[str, str]) -> int:
    """Instructions executed until the program asks Qt to quit, i.e. right after its first paint."""
    with tempfile.TemporaryDirectory() as work:
        out = Path(work) / "callgrind.out"
        data = ["--data-dir", str(Path(work) / "data")] if fresh_data else []
        subprocess.run(["valgrind", "--tool=callgrind", "--dump-before=QCoreApplication::quit*",
                        f"--callgrind-out-file={out}", *command, *data],
                       env=dict(env, PYTHONHASHSEED="0"), capture_output=True, check=True)
        match = re.search(r"^totals: (\d+)", (Path(work) / "callgrind.out.1").read_text(), re.MULTILINE)
        return int(match.group(1))


def package_dir() -> Path:
    import netmkt_desktop

    return Path(netmkt_desktop.__file__).resolve().parent


def remove_bytecode(folder: Path) -> None:
    for cache in folder.rglob("__pycache__"):
        for pyc in cache.glob("*.pyc"):
            pyc.unlink()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=15, help="runs of each (default 15)")
    parser.add_argument("--source", action="store_true",
                        help="no bytecode for the app's modules (every start compiles them)")
    parser.add_argument("--instructions", action="store_true",
                        help="also count instructions to the first paint (needs valgrind)")
    args = parser.parse_args()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", NETMKT_EXIT_AFTER_FIRST_PAINT="1")
    if args.source:
        remove_bytecode(package_dir())
        env["PYTHONDONTWRITEBYTECODE"] = "1"
        print("app modules: compiled from source on every start")
    else:
        compileall.compile_dir(str(package_dir()), quiet=1)
        print("app modules: bytecode compiled beforehand, as after pip install")
    # Warm the file cache once so the first run is not an outlier.
    measure(APP, True, env)
    measure(BARE, False, env)
    app_t, app_m, app_c, bare_t, bare_m, bare_c = [], [], [], [], [], []
    for _ in range(args.n):
        for command, fresh, times, memory, cpu in ((APP, True, app_t, app_m, app_c),
                                                   (BARE, False, bare_t, bare_m, bare_c)):
            seconds, mib, cpu_seconds = measure(command, fresh, env)
            times.append(seconds)
            memory.append(mib)
            cpu.append(cpu_seconds)
    app_med, bare_med = statistics.median(app_t), statistics.median(bare_t)
    app_cpu, bare_cpu = statistics.median(app_c), statistics.median(bare_c)
    print(f"runs: {args.n} each, taking turns")
    print(f"app  first paint: median {app_med * 1000:.0f} ms (min {min(app_t) * 1000:.0f}, max {max(app_t) * 1000:.0f}); "
          f"peak memory {max(app_m):.0f} MiB")
    print(f"bare first paint: median {bare_med * 1000:.0f} ms (min {min(bare_t) * 1000:.0f}, max {max(bare_t) * 1000:.0f}); "
          f"peak memory {max(bare_m):.0f} MiB")
    print(f"ratio app/bare: {app_med / bare_med:.2f} (target <= 1.5)")
    print(f"CPU time, median (less disturbed by other load on the machine): app {app_cpu * 1000:.0f} ms, "
          f"bare {bare_cpu * 1000:.0f} ms, ratio {app_cpu / bare_cpu:.2f}")
    if args.instructions:
        if shutil.which("valgrind") is None:
            print("instructions: valgrind is not installed")
            return 1
        app_i, bare_i = count_instructions(APP, True, env), count_instructions(BARE, False, env)
        print(f"instructions to the first paint: app {app_i / 1e6:.0f} M, bare {bare_i / 1e6:.0f} M, "
              f"ratio {app_i / bare_i:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
