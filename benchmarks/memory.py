"""Memory of the app once the personal data is open, and what holds it.

    python benchmarks/memory.py [--runs 3]

1. The real start-up (``netmkt_desktop.app.main``, offscreen, a fresh data folder, the built-in
   content) in a fresh process; one second after the personal data has opened it prints the
   process's peak (VmHWM) and current (VmRSS) memory and quits.  Median of ``--runs``.
2. The floor: a bare PySide6 window with the same widget types (benchmarks/bare_window.py), its
   peak memory.
3. The breakdown: the same steps one by one in one process, with what each one adds to the
   resident memory: Python + Qt, the application object, the content, the main window's modules,
   the window on screen, the outline style, SQLAlchemy, the store, the personal views; then the
   first pinyin search (the pinyin table is read on the first letter query, never at start-up);
   for comparison SQLAlchemy imported through PySide6's import hook (which keeps the source of
   every module imported after PySide6 in memory; the app imports the storage layer past it,
   see netmkt_desktop/plain_import.py) and what importing pypinyin itself would cost (the app
   never does).

Target: peak <= 100 MiB after the personal data opens.
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
from netmkt_desktop.ui import main_window

def memory():
    fields = dict(line.split(":", 1) for line in open("/proc/self/status"))
    return int(fields["VmHWM"].split()[0]) / 1024, int(fields["VmRSS"].split()[0]) / 1024

attach = main_window.MainWindow.attach_store

def attached(self, store):
    attach(self, store)
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def report():
        peak, now = memory()
        print(f"peak_mb={peak:.1f} rss_mb={now:.1f}", flush=True)
        QApplication.quit()

    QTimer.singleShot(1000, report)

main_window.MainWindow.attach_store = attached
from netmkt_desktop.app import main
sys.exit(main(["--data-dir", sys.argv[1]]))
"""

_STEPS_CHILD = r"""
import os, sys, tempfile
from pathlib import Path
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from netmkt_desktop.plain_import import plain_imports  # before PySide6, as the app does

def rss():
    fields = dict(line.split(":", 1) for line in open("/proc/self/status"))
    return int(fields["VmRSS"].split()[0]) / 1024

last = rss()
def step(name):
    global last
    now = rss()
    print(f"{name}\t{now - last:.1f}\t{now:.1f}", flush=True)
    last = now

step("Python")
from PySide6.QtWidgets import QApplication
step("import PySide6 (QtCore, QtGui, QtWidgets)")
app = QApplication([sys.argv[0], "-style", "Fusion"])
step("QApplication")
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
with plain_imports():  # as app.open_personal_data imports it
    import sqlalchemy, sqlalchemy.orm
step("SQLAlchemy (imported when the personal data opens)")
from netmkt_desktop.app import open_personal_data
open_personal_data(window, folder)
for _ in range(5):
    app.processEvents()
step("the store and the personal views")
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


def run_app(runs: int) -> tuple[float, float]:
    peaks, now = [], []
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    for _ in range(runs):
        with tempfile.TemporaryDirectory(prefix="netmkt-memory-") as folder:
            out = subprocess.run([sys.executable, "-c", _APP_CHILD, folder], capture_output=True, text=True,
                                 env=env, timeout=120).stdout
        line = next(line for line in out.splitlines() if line.startswith("peak_mb="))
        peak, rss = (float(part.split("=")[1]) for part in line.split())
        peaks.append(peak)
        now.append(rss)
    return statistics.median(peaks), statistics.median(now)


def bare_window_peak() -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    subprocess.run([sys.executable, str(HERE / "bare_window.py")], capture_output=True, env=env, timeout=60)
    after = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(before, after) / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    bare = bare_window_peak()
    peak, rss = run_app(args.runs)
    print(f"bare PySide6 window: peak {bare:.0f} MiB")
    print(f"the app after the personal data opens (median of {args.runs}): peak {peak:.1f} MiB, "
          f"resident {rss:.1f} MiB (target: peak <= {TARGET_MB:.0f} MiB)")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    out = subprocess.run([sys.executable, "-c", _STEPS_CHILD], capture_output=True, text=True, env=env,
                         timeout=120).stdout
    print("\nwhat each step of the start-up adds (resident memory, MiB):")
    for line in out.splitlines():
        if "\t" in line:
            name, added, total = line.split("\t")
            print(f"  {name:<52} +{float(added):5.1f}  = {float(total):6.1f}")
        elif line:
            print(f"  {line}")
    hooked, plain = (subprocess.run([sys.executable, "-c", _HOOK_CHILD, how], capture_output=True, text=True,
                                    env=env).stdout.strip().split("=")[1] for how in ("hooked", "plain"))
    print(f"  SQLAlchemy imported after PySide6 through its import hook: +{hooked} MiB; "
          f"past the hook (as the app does): +{plain} MiB")
    extra = subprocess.run([sys.executable, "-c", _PYPINYIN_CHILD], capture_output=True, text=True).stdout.strip()
    if extra.endswith("-1"):
        print("  (pypinyin is not installed)")
    else:
        print(f"  for comparison, `import pypinyin` (which the app never does) adds {extra.split('=')[1]} MiB")
    met = peak <= TARGET_MB
    print("\ntarget met" if met else "\nTARGET MISSED")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
