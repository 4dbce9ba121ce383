"""Every script under benchmarks/ still runs on the current code and prints its figures.

The targets themselves are the benchmarks' business (figures on a shared, loaded machine are
noisy): here each script runs once in a tiny mode, and must print the line that carries its
figures, with no traceback.  A script exits 1 when a target is missed, which tiny sizes and
other load may cause, so 0 and 1 both count as "ran".  The scripts start together (each is a
process of its own) and are waited for one by one, so the whole check costs about as long as
the slowest one.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"

# script -> (arguments of its tiny mode, what its output must show)
TINY = {
    "bare_window.py": ([], r"first_paint_epoch=\d"),
    "class_view.py": (["-n", "3", "--runs", "1"], r"open into view: [\d.]+ ms.*\n.*sort.*\n.*CSV export: [\d.]+ ms"),
    "content_load.py": (["--runs", "1", "--sizes", "50", "--qt", "50", "--qt-runs", "1"],
                        r"load_content \+ merge, median of 1: \d+ ms(.|\n)*real main window, core \+ 50-node pack"
                        r"(.|\n)*textbook outline: keystroke .* median [\d.]+ ms(.|\n)*topics outline: keystroke"),
    "make_pack.py": (["10", "{tmp}/pack.json", "--id", "tiny"], r"pack\.json: \d+ nodes"),
    "memory.py": (["--quick"], r"after the personal data opens .*: peak [\d.]+ MiB.*\n"
                               r".*after a pinyin search .*: peak [\d.]+ MiB"),
    "pack_limits.py": (["--runs", "1", "--nodes", "50"],
                       r"largest pack accepted: [\d.]+ MB file, accepted(.|\n)*ref bomb: [\d.]+ MB file, refused"),
    "pdf_export.py": (["-n", "1"], r"export median [\d.]+ s"),
    "profiles.py": (["--profiles", "5", "--runs", "3"],
                    r"list profiles: median [\d.]+ ms.*\n.*switch profile: median [\d.]+ ms"),
    "search.py": (["--runs", "1"], r"all \d+ keystrokes \(1 runs\): median [\d.]+ ms"),
    "startup.py": (["-n", "1"], r"app  first paint: median \d+ ms(.|\n)*ratio app/bare: [\d.]+"),
    "wizard.py": (["-n", "1"], r"wizard open-to-visible: median [\d.]+ ms(.|\n)*Finish-to-saved: +median [\d.]+ ms"),
}


def test_every_benchmark_script_is_checked_here():
    assert sorted(path.name for path in BENCHMARKS.glob("*.py")) == sorted(TINY)


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    """All the scripts started at once; each test waits for its own."""
    tmp = tmp_path_factory.mktemp("benchmarks")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(BENCHMARKS.parent))
    started = {}
    for name, (args, _) in TINY.items():
        argv = [arg.format(tmp=tmp) for arg in args]
        started[name] = subprocess.Popen([sys.executable, str(BENCHMARKS / name), *argv], stdout=subprocess.PIPE,
                                         stderr=subprocess.PIPE, text=True, env=env, cwd=tmp)
    yield started
    for process in started.values():
        if process.poll() is None:
            process.kill()
            process.communicate()


@pytest.mark.parametrize("name", sorted(TINY))
def test_the_benchmark_runs_and_prints_its_figures(runs, name):
    try:
        out, err = runs[name].communicate(timeout=240)
    except subprocess.TimeoutExpired:
        runs[name].kill()
        out, err = runs[name].communicate()
        pytest.fail(f"{name} did not finish:\n{out}\n{err}")
    assert runs[name].returncode in (0, 1), f"{name} exited {runs[name].returncode}:\n{out}\n{err}"
    assert "Traceback" not in err, f"{name} failed:\n{out}\n{err}"
    assert re.search(TINY[name][1], out), f"{name} printed no figures:\n{out}\n{err}"
