"""Memory of the app once the personal data is open, and what holds it.

    python benchmarks/memory.py [--runs 3] [--quick] [--source]

1. The real start-up (``netmkt_desktop.app.main``, offscreen, a fresh data folder, the built-in
   content) in a fresh process; one second after the personal data has opened (the first profile
   is shown) it prints the process's peak (VmHWM) and current (VmRSS) memory, types a pinyin
   search (zbxsy) into the search field, and prints them again a second later.  Median of
   ``--runs``.  ``--quick`` (one run, no waiting, no breakdown) only checks that the script works.
2. The floor: a bare PySide6 window with the same widget types (benchmarks/bare_window.py), its
   peak memory.
3. The breakdown: the same steps one by one in one process, with what each one adds to the
   resident memory: Python + Qt, the application object, the content, the main window's modules,
   the window on screen, the outline style, the standard-library modules SQLAlchemy imports
   though the app never uses them (asyncio with ssl and subprocess, importlib.metadata),
   SQLAlchemy itself, the storage layer, the store and the personal views; then the
   first pinyin search (the pinyin table is read on the first letter query, never at start-up);
   for comparison SQLAlchemy imported through PySide6's import hook (which keeps the source of
   every module imported after PySide6 in memory; the app imports the storage layer past it,
   see netmkt_desktop/plain_import.py) and what importing pypinyin itself would cost (the app
   never does).

Bytecode: every process here imports the modules from their compiled bytecode, as a user's machine
does from its second start on (Python writes ``__pycache__`` on the first; ``[tool.uv]
compile-bytecode`` in pyproject.toml writes it at installation, so a read-only classroom install has
it too).  The bytecode goes to a private folder (``PYTHONPYCACHEPREFIX``) written by one start before
the measured ones, so the script never writes into the installation, and an environment with
``PYTHONDONTWRITEBYTECODE=1`` measures the same as any other.  ``--source`` measures without bytecode:
every module compiled from its source at each start (the compiler's work shows in the peak).

Target: peak <= 100 MiB after the personal data opens (the search is reported beside it).
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
TARGET_MB = 100.0

_APP_CHILD = r"""
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from netmkt_desktop.app import main  # first, as `python -m netmkt_desktop` does

def memory():
    fields = dict(line.split(":", 1) for line in open("/proc/self/status"))
    return int(fields["VmHWM"].split()[0]) / 1024, int(fields["VmRSS"].split()[0]) / 1024

def on_window(window):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    settle = int(sys.argv[2])

    def report_search():
        peak, now = memory()
        print(f"search_peak_mb={peak:.1f} search_rss_mb={now:.1f}", flush=True)
        QApplication.quit()

    def report_open():
        peak, now = memory()
        print(f"peak_mb={peak:.1f} rss_mb={now:.1f}", flush=True)
        window.search_field.setFocus()
        window.search_field.setText("zbxsy")  # a pinyin search: reads the pinyin table
        QTimer.singleShot(settle, report_search)

    def opened():  # the first profile shown: the personal data is open
        window.session.changed.disconnect(opened)
        QTimer.singleShot(settle, report_open)

    window.session.changed.connect(opened)
    QTimer.singleShot(60_000, lambda: (print("the personal data did not open", flush=True), QApplication.exit(3)))

code = main(["--data-dir", sys.argv[1]], on_window=on_window)
print(f"exit_code={code}", flush=True)
sys.exit(code)
"""

_STEPS_CHILD = r"""
import os, sys, tempfile
from pathlib import Path
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from netmkt_desktop import plain_import  # before PySide6, as the app does

def memory():
    fields = dict(line.split(":", 1) for line in open("/proc/self/status"))
    return tuple(int(fields[key].split()[0]) / 1024 for key in ("VmRSS", "RssAnon", "RssFile"))

last = memory()
def step(name):
    global last
    now = memory()
    print("\t".join([name, *(f"{a - b:.1f}" for a, b in zip(now, last)), f"{now[0]:.1f}"]), flush=True)
    last = now

step("Python")
from PySide6.QtWidgets import QApplication
plain_import.use_plain_imports()  # as the app does
step("import PySide6 (QtCore, QtGui, QtWidgets)")
app = QApplication([sys.argv[0], "-style", "Fusion"])
from netmkt_desktop.ui.i18n import choose_language, install_translators
from netmkt_desktop.ui.app_icon import install_app_icon
install_translators(app, choose_language(None))
install_app_icon(app)
step("QApplication, translations, icon")
from PySide6.QtCore import QSettings
from netmkt_desktop.content import load_content, seed_path
content = load_content(seed_path())
step("the content (seed)")
from netmkt_desktop.ui.main_window import MainWindow
step("the main window's modules")
folder = Path(tempfile.mkdtemp())
window = MainWindow(content, QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat),
                    outline_style_later=True)
window.resize(1024, 768)
window.show()
for _ in range(5):
    app.processEvents()
step("the window on screen (fonts, first paint)")
window.install_outline_style()
app.processEvents()
step("the outline style")
# What Session.open_folder imports first (netmkt_desktop.storage.opening), split in three:
import asyncio, importlib.metadata, platform, typing_extensions  # all imported by sqlalchemy.util
step("stdlib SQLAlchemy pulls in (asyncio, importlib.metadata...)")
import sqlalchemy, sqlalchemy.orm
step("SQLAlchemy itself (Core and ORM)")
import netmkt_desktop.storage.opening
step("the storage layer (its modules, the tables mapped)")
window.session.open_folder(folder)
for _ in range(5):
    app.processEvents()
step("the store opened, the personal views built")
window.search_field.setText("zbxsy")
window.study_tools.update_search()
app.processEvents()
step("first pinyin search (reads the pinyin table)")
print(f"pypinyin_loaded={'pypinyin' in sys.modules}")
"""

_HOOK_CHILD = r"""
import sys
def rss():
    fields = dict(line.split(":", 1) for line in open("/proc/self/status"))
    return int(fields["VmRSS"].split()[0]) / 1024
from netmkt_desktop.plain_import import plain_imports
import PySide6.QtCore
before = rss()
if sys.argv[1] == "plain":
    with plain_imports():
        import sqlalchemy, sqlalchemy.orm
else:
    import sqlalchemy, sqlalchemy.orm
print(f"sqlalchemy_mb={rss() - before:.1f}")
"""

_PYPINYIN_CHILD = r"""
def rss():
    fields = dict(line.split(":", 1) for line in open("/proc/self/status"))
    return int(fields["VmRSS"].split()[0]) / 1024
before = rss()
try:
    import pypinyin  # noqa: F401
except ImportError:
    print("pypinyin_mb=-1")
else:
    print(f"pypinyin_mb={rss() - before:.1f}")
"""


def child_env(cache: Path, source: bool, **extra: str) -> dict[str, str]:
    """The environment of a measured process: bytecode read from (and written to) the private folder
    ``cache`` only, never from the installation's ``__pycache__``; with ``source`` nothing is written
    there, so every module is compiled from its source at every start."""
    env = dict(os.environ, **extra)
    env["PYTHONPYCACHEPREFIX"] = str(cache)
    if source:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    else:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def run_app(runs: int, settle_ms: int, cache: Path, source: bool) -> tuple[tuple[float, float], tuple[float, float]]:
    """(peak, resident) once the personal data is open, and the same after a pinyin search; medians.
    Without ``source``, one unmeasured start first writes the bytecode."""
    opened: list[tuple[float, float]] = []
    searches: list[tuple[float, float]] = []
    env = child_env(cache, source, PYTHONPATH=str(ROOT))
    if not source:
        with tempfile.TemporaryDirectory(prefix="netmkt-memory-") as folder:
            subprocess.run([sys.executable, "-c", _APP_CHILD, folder, "0"], capture_output=True, env=env,
                           timeout=120)
    for _ in range(runs):
        with tempfile.TemporaryDirectory(prefix="netmkt-memory-") as folder:
            result = subprocess.run([sys.executable, "-c", _APP_CHILD, folder, str(settle_ms)], capture_output=True,
                                    text=True, env=env, timeout=120)
        line = next((line for line in result.stdout.splitlines() if line.startswith("peak_mb=")), None)
        if line is None:
            raise SystemExit(f"the app did not report its memory (exit code {result.returncode}):\n"
                             f"{result.stdout}{result.stderr}")
        searched = next((line for line in result.stdout.splitlines() if line.startswith("search_peak_mb=")), None)
        if searched is None:
            raise SystemExit(f"the app did not report its memory after a search (exit code {result.returncode}):\n"
                             f"{result.stdout}{result.stderr}")
        for values, text in ((opened, line), (searches, searched)):
            values.append(tuple(float(part.split("=")[1]) for part in text.split()))

    def medians(values: list[tuple[float, float]]) -> tuple[float, float]:
        return statistics.median(v[0] for v in values), statistics.median(v[1] for v in values)

    return medians(opened), medians(searches)


def bare_window_peak(cache: Path, source: bool) -> float:
    env = child_env(cache, source, QT_QPA_PLATFORM="offscreen")
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    subprocess.run([sys.executable, str(HERE / "bare_window.py")], capture_output=True, env=env, timeout=60)
    after = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(before, after) / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--quick", action="store_true",
                        help="one run, measured right after the data opens and the search, no breakdown "
                        "(checks that the script works)")
    parser.add_argument("--source", action="store_true",
                        help="no bytecode: every start compiles every module from its source")
    args = parser.parse_args(argv)
    runs, settle_ms = (1, 0) if args.quick else (args.runs, 1000)
    with tempfile.TemporaryDirectory(prefix="netmkt-bytecode-") as cache:
        bare = bare_window_peak(Path(cache), args.source)
        (peak, rss), (search_peak, search_rss) = run_app(runs, settle_ms, Path(cache), args.source)
        print("modules compiled from source at every start (--source)" if args.source
              else "modules read from their compiled bytecode, as from the second start on")
        report(bare, runs, peak, rss, search_peak, search_rss)
        met = peak <= TARGET_MB
        if not args.quick:
            print_breakdown(Path(cache), args.source)
    print("\ntarget met" if met else "\nTARGET MISSED")
    return 0 if met else 1


def report(bare: float, runs: int, peak: float, rss: float, search_peak: float, search_rss: float) -> None:
    print(f"bare PySide6 window: peak {bare:.0f} MiB")
    print(f"the app after the personal data opens (median of {runs}): peak {peak:.1f} MiB, "
          f"resident {rss:.1f} MiB (target: peak <= {TARGET_MB:.0f} MiB)")
    print(f"  and after a pinyin search (zbxsy): peak {search_peak:.1f} MiB, resident {search_rss:.1f} MiB")


def print_breakdown(cache: Path, source: bool) -> None:
    env = child_env(cache, source, PYTHONPATH=str(ROOT))
    result = subprocess.run([sys.executable, "-c", _STEPS_CHILD], capture_output=True, text=True, env=env,
                            timeout=120)
    if result.returncode:
        raise SystemExit(f"the breakdown failed:\n{result.stdout}{result.stderr}")
    out = result.stdout
    print("\nwhat each step of the start-up adds to the resident memory, MiB (of it anonymous: the heaps; "
          "file: mapped libraries and fonts):")
    for line in out.splitlines():
        if "\t" in line:
            name, added, anon, file, total = line.split("\t")
            print(f"  {name:<64} {float(added):+5.1f} (anon {float(anon):+5.1f}, file {float(file):+5.1f})"
                  f"  = {float(total):6.1f}")
        elif line:
            print(f"  {line}")
    hooked, plain = (subprocess.run([sys.executable, "-c", _HOOK_CHILD, how], capture_output=True, text=True,
                                    env=env).stdout.strip().split("=")[1] for how in ("hooked", "plain"))
    print(f"  SQLAlchemy imported after PySide6 through its import hook: +{hooked} MiB; "
          f"past the hook (as the app does): +{plain} MiB")
    extra = subprocess.run([sys.executable, "-c", _PYPINYIN_CHILD], capture_output=True, text=True,
                           env=env).stdout.strip()
    if extra.endswith("-1"):
        print("  (pypinyin is not installed)")
    else:
        print(f"  for comparison, `import pypinyin` (which the app never does) adds {extra.split('=')[1]} MiB")


if __name__ == "__main__":
    sys.exit(main())
