"""Content at scale: load time, peak memory and the tree filter's cost per keystroke.

Generates 10,000- and 100,000-node packs (benchmarks/make_pack.py) in a temporary folder, then
reports
  * the median time to load a pack and merge it with the core (load_content + merge_contents),
    and of PackLibrary.load_all with the pack installed (adds the id-collision check);
  * the peak memory (ru_maxrss) of a fresh process that loads core + pack, merges them and builds
    every node's search text, next to the same process loading the core only;
  * the pure filtering work of the search field per keystroke: ``query in node.search_text`` for
    every node, for each prefix of a few queries typed one character at a time (median ms).

    python benchmarks/content_load.py [--runs 5] [--sizes 10000,100000] [--profile] [--qt N]

``--qt N`` also times the search field of the real main window (offscreen) on the core plus an
N-node pack, keystroke by keystroke: the navigator filtered and opened, its learned marks, the
detail pane's highlight and the paint, per outline (median, p95, worst); the 搜索结果 list after a
pause in typing, and Esc, on their own.  ``--qt-only`` skips everything else.

Targets: 10k load <= 1 s; filter <= 16 ms/keystroke at 10k and <= 50 ms at 100k; memory < 400 MB.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from make_pack import write_pack  # noqa: E402

from netmkt_desktop.content import Content, load_content, merge_contents, seed_path  # noqa: E402

QUERIES = ("直播销售", "数据分析报告", "营销", "网络营销专员", "xyz")
TARGET_LOAD_10K = 1.0
TARGET_FILTER = {10_000: 16.0, 100_000: 50.0}


def filter_target(n: int) -> float:
    """The keystroke target for an n-node pack: 16 ms up to 10,000 nodes, 50 ms beyond."""
    return TARGET_FILTER[10_000] if n <= 10_000 else TARGET_FILTER[100_000]
TARGET_MEMORY_MB = 400


def _maxrss_mb() -> float:
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / 1024 / 1024 if sys.platform == "darwin" else rss / 1024


def time_load(path: Path, core: Content, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        merge_contents([core, load_content(path)])
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def time_load_all(path: Path, core: Content, runs: int, folder: Path) -> float:
    from netmkt_desktop.packs import PackLibrary

    PackLibrary(folder, core=core).install(path)
    times = []
    for _ in range(runs):
        library = PackLibrary(folder, core=core)  # a fresh library: no cache, as at start-up
        start = time.perf_counter()
        _, errors = library.load_all(core)
        times.append(time.perf_counter() - start)
        assert not errors, errors
    return statistics.median(times)


def time_filter(merged: Content, runs: int = 5) -> tuple[float, float, float]:
    """(first search: building every search text, in ms; median ms per keystroke; worst keystroke ms)."""
    nodes = list(merged.nodes.values())
    start = time.perf_counter()
    for node in nodes:
        node.search_text  # noqa: B018 - built lazily on the first search, then cached
    first = (time.perf_counter() - start) * 1000
    per_key = []
    for _ in range(runs):
        for query in QUERIES:
            for end in range(1, len(query) + 1):
                prefix = query[:end].casefold()
                start = time.perf_counter()
                matches = [node for node in nodes if prefix in node.search_text]
                per_key.append((time.perf_counter() - start) * 1000)
                del matches
    return first, statistics.median(per_key), max(per_key)


def memory_child(path: str) -> None:
    """Run in a fresh process: load, merge, build search texts; print the peak memory."""
    core = load_content(seed_path())
    if path != "-":
        merged = merge_contents([core, load_content(path)])
    else:
        merged = merge_contents([core])
    for node in merged.nodes.values():
        node.search_text  # noqa: B018
    print(f"maxrss_mb={_maxrss_mb():.1f}")


def peak_memory(path: Path | str) -> float:
    out = subprocess.run([sys.executable, __file__, "--memory-child", str(path)],
                         check=True, capture_output=True, text=True).stdout
    return float(out.strip().rsplit("=", 1)[1])


def profile_load(path: Path, top: int = 18) -> None:
    profiler = cProfile.Profile()
    profiler.enable()
    load_content(path)
    profiler.disable()
    stream = io.StringIO()
    pstats.Stats(profiler, stream=stream).sort_stats("tottime").print_stats(top)
    print(stream.getvalue())


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


QT_QUERIES = ("直播销售", "数据分析报告", "营销", "网络营销专员", "xyz", "zbxs", "sjfx")


def time_qt_window(n: int, core: Content, folder: Path, runs: int) -> bool:
    """The search field of the real main window, keystroke by keystroke, on core + an n-node pack.

    The window is the app's own (navigator with its learned marks, detail pane with the highlight,
    study tools with a guest's study data: some nodes learned, a few notes, the 搜索结果 tab).
    One keystroke = the text changes, the tree is filtered and opened, the detail pane highlights,
    and the tree is painted.  The 搜索结果 list follows after a pause in typing (it waits for the
    typing to stop); it is timed on its own."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from netmkt_desktop.packs import PackLibrary
    from netmkt_desktop.storage.store import Store
    from netmkt_desktop.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    data_dir = folder / f"qt{n}-data"
    PackLibrary(data_dir, core=core).install(write_pack(n, folder / f"qt{n}.json", pack_id=f"qt{n}"))
    start = time.perf_counter()
    window = MainWindow(core, QSettings(str(folder / f"qt{n}.ini"), QSettings.Format.IniFormat))
    window.resize(1024, 768)
    window.show()
    app.processEvents()
    built = time.perf_counter() - start
    # The personal data opens as at start-up: the installed pack is loaded, the views of personal
    # data are built; the profile's study data gets some nodes learned and a few notes, and the
    # profile is shown again (as the next start would show it).
    start = time.perf_counter()
    window.session.attach_store(Store.open(data_dir))
    app.processEvents()
    load = time.perf_counter() - start
    data = window.session.data
    merged = window.content
    assert len(merged.nodes) > n, "the pack was not loaded"
    order = merged.reading_order
    for node in order[::7]:
        data.study.mark_learned(node.id, True)
    for node in order[::97]:
        data.study.save_note(node.id, f"笔记:{node.title},复习直播销售和数据分析。")
    window.session.use_profile(window.session.profile_id)
    data = window.session.data
    app.processEvents()
    print(f"\nreal main window, core + {n:,}-node pack: window {built * 1000:.0f} ms, personal data with the pack "
          f"{load * 1000:.0f} ms, {len(data.study.learned()):,} nodes learned, {len(data.study.notes())} notes")

    cpu_per_key: list[float] = []

    def keystroke(text: str) -> float:
        """Set the text as a keystroke would; the pending layout and the paint run before it returns.
        Returns the wall time; the process's CPU time goes to ``cpu_per_key`` (other programs on a
        busy machine stretch the wall time, not the CPU time)."""
        t0, c0 = time.perf_counter(), time.process_time()
        window.search_field.setText(text)
        app.processEvents()  # the tree's delayed layout and the window's paint
        cpu_per_key.append((time.process_time() - c0) * 1000)
        return (time.perf_counter() - t0) * 1000

    ok = True
    for outline, action in (("textbook", window.action_textbook), ("topics", window.action_topics)):
        action.trigger()  # Ctrl+2, Ctrl+1
        window.search_field.clear()
        app.processEvents()
        cold = keystroke("直")  # builds the folded texts on first use
        window.search_field.clear()
        cold_pinyin = keystroke("zb")  # reads the pinyin table on first use
        window.search_field.clear()
        per_key: list[float] = []
        cpu_per_key.clear()
        cpu_start = time.process_time()
        worst = (0.0, "")
        results: list[float] = []
        clear: list[float] = []
        for _ in range(runs):
            for query in QT_QUERIES:
                for end in range(1, len(query) + 1):
                    ms = keystroke(query[:end])
                    per_key.append(ms)
                    worst = max(worst, (ms, query[:end]))
                t0 = time.perf_counter()
                window.study_tools.update_search()  # what the pause after typing brings
                app.processEvents()
                results.append((time.perf_counter() - t0) * 1000)
                t0 = time.perf_counter()
                window.action_clear_search.trigger()  # Esc
                app.processEvents()
                clear.append((time.perf_counter() - t0) * 1000)
        target = filter_target(n)
        cpu = (time.process_time() - cpu_start) * 1000
        median = statistics.median(per_key)
        ok &= median <= target
        print(f"  {outline} outline: keystroke (filter + open + highlight + paint) median {median:.1f} ms, "
              f"p95 {percentile(per_key, 95):.1f} ms, worst {worst[0]:.1f} ms on {worst[1]!r} "
              f"({len(per_key)} keystrokes; target median <= {target:.0f} ms)")
        print(f"    CPU time per keystroke: median {statistics.median(cpu_per_key):.1f} ms, "
              f"p95 {percentile(cpu_per_key, 95):.1f} ms, worst {max(cpu_per_key):.1f} ms")
        print(f"    CPU time of the whole typing run (keystrokes, lists, Esc): {cpu:.0f} ms; "
              f"first keystroke {cold:.1f} ms, first pinyin keystroke {cold_pinyin:.1f} ms; "
              f"Esc (clear) median {statistics.median(clear):.1f} ms, worst {max(clear):.1f} ms; "
              f"搜索结果 list after typing median {statistics.median(results):.1f} ms, worst {max(results):.1f} ms")
    window.close()
    window.session.close()
    return ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="load runs per size (default 5; 3 for 100k)")
    parser.add_argument("--profile", action="store_true", help="print a cProfile of loading the largest pack")
    parser.add_argument("--qt", type=int, metavar="N", help="also time the search field of the real main window "
                        "on the core + an N-node pack")
    parser.add_argument("--qt-runs", type=int, default=3, help="times each query is typed with --qt (default 3)")
    parser.add_argument("--qt-only", action="store_true", help="with --qt: skip the load and memory figures")
    parser.add_argument("--sizes", default="10000,100000",
                        help="pack sizes for the load, filter and memory figures (default 10000,100000)")
    parser.add_argument("--memory-child", metavar="FILE", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.memory_child:
        memory_child(args.memory_child)
        return 0

    core = load_content(seed_path())
    ok = True
    with tempfile.TemporaryDirectory(prefix="netmkt-bench-") as tmp:
        tmp_path = Path(tmp)
        if args.qt and args.qt_only:
            ok = time_qt_window(args.qt, core, tmp_path, args.qt_runs)
            print("\nall targets met" if ok else "\nSOME TARGETS MISSED")
            return 0 if ok else 1
        baseline = peak_memory("-")
        print(f"core only: {len(core.nodes)} nodes, peak memory of a loading process {baseline:.0f} MB")
        for n in (int(size) for size in args.sizes.split(",")):
            runs = args.runs if n <= 10_000 else max(3, args.runs // 2)
            path = write_pack(n, tmp_path / f"pack{n}.json", pack_id=f"bench{n}")
            size_mb = path.stat().st_size / 1024 / 1024
            load = time_load(path, core, runs)
            load_all = time_load_all(path, core, runs, tmp_path / f"data{n}")
            merged = merge_contents([core, load_content(path)])
            first, per_key, worst = time_filter(merged)
            memory = peak_memory(path)
            print(f"\n{n:,} nodes ({size_mb:.1f} MB file):")
            print(f"  load_content + merge, median of {runs}: {load * 1000:.0f} ms"
                  + (f"  (target <= {TARGET_LOAD_10K * 1000:.0f} ms)" if n == 10_000 else ""))
            print(f"  PackLibrary.load_all, median of {runs}: {load_all * 1000:.0f} ms")
            print(f"  filter: first search (builds search texts) {first:.0f} ms; "
                  f"then median {per_key:.1f} ms/keystroke, worst {worst:.1f} ms (target <= {filter_target(n):.0f} ms)")
            print(f"  peak memory after load + merge + search texts: {memory:.0f} MB"
                  + (f"  (target < {TARGET_MEMORY_MB} MB)" if n == 100_000 else ""))
            ok &= per_key <= filter_target(n)
            if n == 10_000:
                ok &= load <= TARGET_LOAD_10K
            elif n == 100_000:
                ok &= memory < TARGET_MEMORY_MB
            del merged
        if args.profile:
            largest = max(int(size) for size in args.sizes.split(","))
            print(f"\ncProfile of load_content on the {largest:,}-node pack (by own time):")
            profile_load(tmp_path / f"pack{largest}.json")
        if args.qt:
            ok &= time_qt_window(args.qt, core, tmp_path, args.qt_runs)
    print("\nall targets met" if ok else "\nSOME TARGETS MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    sys.exit(main())
