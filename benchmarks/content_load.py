"""Content at scale: load time, peak memory and the tree filter's cost per keystroke.

Generates 10,000- and 100,000-node packs (benchmarks/make_pack.py) in a temporary folder, then
reports
  * the median time to load a pack and merge it with the core (load_content + merge_contents),
    and of PackLibrary.load_all with the pack installed (adds the id-collision check);
  * the peak memory (ru_maxrss) of a fresh process that loads core + pack, merges them and builds
    every node's search text, next to the same process loading the core only;
  * the pure filtering work of the search field per keystroke: ``query in node.search_text`` for
    every node, for each prefix of a few queries typed one character at a time (median ms).

    python benchmarks/content_load.py [--runs 5] [--profile] [--qt N]

``--qt N`` also times the real navigator (NodeFilterProxy + QTreeView.expandAll, offscreen) on an
N-node pack, keystroke by keystroke: the UI's cost, which is far above the pure filtering work.

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


def time_qt_filter(n: int, core: Content, folder: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QTreeView

    from netmkt_desktop.ui.navigator import ContentTreeModel, NodeFilterProxy, Outline, expand_for_query

    app = QApplication.instance() or QApplication([])
    merged = merge_contents([core, load_content(write_pack(n, folder / f"qt{n}.json", pack_id=f"qt{n}"))])
    for outline in (Outline.TEXTBOOK, Outline.TOPICS):
        proxy = NodeFilterProxy()
        proxy.setSourceModel(ContentTreeModel(merged, outline))
        view = QTreeView()
        view.setModel(proxy)
        view.resize(400, 600)
        view.show()
        app.processEvents()
        print(f"\nnavigator ({outline.name.lower()} outline, {n:,}-node pack): set_query / +expand (as the app does) and paint, ms")
        for query in QUERIES[:2]:
            for end in range(1, len(query) + 1):
                start = time.perf_counter()
                proxy.set_query(query[:end])
                filtered = time.perf_counter()
                expand_for_query(view, proxy, 0)
                app.processEvents()
                done = time.perf_counter()
                print(f"  {query[:end]!r}: {(filtered - start) * 1000:.0f} / {(done - start) * 1000:.0f}", flush=True)
        view.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="load runs per size (default 5; 3 for 100k)")
    parser.add_argument("--profile", action="store_true", help="print a cProfile of loading the 100k pack")
    parser.add_argument("--qt", type=int, metavar="N", help="also time the real navigator on an N-node pack")
    parser.add_argument("--memory-child", metavar="FILE", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.memory_child:
        memory_child(args.memory_child)
        return 0

    core = load_content(seed_path())
    ok = True
    with tempfile.TemporaryDirectory(prefix="netmkt-bench-") as tmp:
        tmp_path = Path(tmp)
        baseline = peak_memory("-")
        print(f"core only: {len(core.nodes)} nodes, peak memory of a loading process {baseline:.0f} MB")
        for n, runs in ((10_000, args.runs), (100_000, max(3, args.runs // 2))):
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
                  f"then median {per_key:.1f} ms/keystroke, worst {worst:.1f} ms (target <= {TARGET_FILTER[n]:.0f} ms)")
            print(f"  peak memory after load + merge + search texts: {memory:.0f} MB"
                  + (f"  (target < {TARGET_MEMORY_MB} MB)" if n == 100_000 else ""))
            ok &= per_key <= TARGET_FILTER[n]
            if n == 10_000:
                ok &= load <= TARGET_LOAD_10K
            else:
                ok &= memory < TARGET_MEMORY_MB
            del merged
        if args.profile:
            print("\ncProfile of load_content on the 100k pack (by own time):")
            profile_load(tmp_path / "pack100000.json")
        if args.qt:
            time_qt_filter(args.qt, core, tmp_path)
    print("\nall targets met" if ok else "\nSOME TARGETS MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    sys.exit(main())
