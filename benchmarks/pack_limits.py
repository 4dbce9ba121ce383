"""The largest content pack the app accepts, and what a hostile one costs before it is refused.

Builds (in a temporary folder)
  * the largest pack within every limit of netmkt_desktop/validation.py: a 100,000-node pack
    (benchmarks/make_pack.py, ~36 MB of the 40 MiB allowed) whose topic outline refs chapters until
    both outlines hold just under CONTENT_MAX_OUTLINE_ITEMS places;
  * the "ref bomb" of issue 13: 0.16 MB, 5,000 refs to a chapter of 2,000 topics (before the limits:
    10,000,000 places, 10 s and 1.2 GB on a 0.18 MB variant, more here);
and loads each in a fresh process: the load time (median of --runs), the peak of Python's memory
(tracemalloc, a run of its own: it slows loading down) and the process's resident peak (VmHWM where
there is one, else ru_maxrss; next to a process that loads nothing).

    python benchmarks/pack_limits.py [--runs 3] [--nodes 100000]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from make_pack import make_pack  # noqa: E402

from netmkt_desktop.validation import CONTENT_FILE_MAX_BYTES, CONTENT_MAX_OUTLINE_ITEMS  # noqa: E402

CHILD = r"""
import json, resource, sys, time, tracemalloc
sys.path.insert(0, {repo!r})
from netmkt_desktop.content import load_content
from netmkt_desktop.errors import ContentError
mode, path = sys.argv[1], sys.argv[2]
if mode == "trace":
    tracemalloc.start()
start = time.perf_counter()
if mode != "none":
    try:
        content = load_content(path)
        places = sum(1 for outline in (content.textbook, content.topics) for root in outline for _ in root.walk())
        result = f"accepted, {{places}} places"
    except ContentError as exc:
        result = "refused: " + exc.reason[:60]
else:
    result = "nothing loaded"
seconds = time.perf_counter() - start
peak = tracemalloc.get_traced_memory()[1] if mode == "trace" else 0
try:  # this process's own peak (ru_maxrss on Linux keeps the peak of the process it was forked from)
    with open("/proc/self/status") as f:
        rss = next(int(line.split()[1]) for line in f if line.startswith("VmHWM:")) / 1024
except OSError:
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    rss = rss / 1024 / 1024 if sys.platform == "darwin" else rss / 1024
print(json.dumps({{"seconds": seconds, "peak_mb": peak / 1e6, "rss_mb": rss, "result": result}}))
"""


def child(mode: str, path: Path) -> dict:
    code = CHILD.format(repo=str(HERE.parent))
    done = subprocess.run([sys.executable, "-c", code, mode, str(path)], capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def largest_pack(folder: Path, nodes: int = 100_000) -> Path:
    data = make_pack(nodes, "largest")
    sizes: dict[str, int] = {}

    def size(node: dict) -> int:
        n = 1 + sum(size(c) for c in node.get("children", []))
        sizes[node["id"]] = n
        return n

    places = sum(size(root) for root in data["textbook"])
    places += sum(1 + len(g.get("children", [])) for g in data["topics"])
    places += sum(sizes[r["ref"]] - 1 for g in data["topics"] for r in g.get("children", []) if "children" not in r)
    refs = data["topics"][1]["children"]
    chapters = [node_id for node_id, n in sorted(sizes.items(), key=lambda kv: -kv[1]) if node_id.startswith("largest.")
                and n > 1]
    for node_id in chapters * 100:
        if places + sizes[node_id] > CONTENT_MAX_OUTLINE_ITEMS:
            continue
        refs.append({"ref": node_id})
        places += sizes[node_id]
        if CONTENT_MAX_OUTLINE_ITEMS - places < 10:
            break
    path = folder / "largest.json"
    path.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    assert path.stat().st_size <= CONTENT_FILE_MAX_BYTES
    return path


def ref_bomb(folder: Path) -> Path:
    doc = {"format": "netmkt-content", "format_version": 2, "pack": {"id": "bomb", "name": "b", "version": "1"},
           "textbook": [{"id": "bomb.root", "kind": "chapter", "title": "章",
                         "children": [{"id": f"bomb.{i}", "kind": "topic", "title": "节"} for i in range(2000)]}],
           "topics": [{"ref": "bomb.root"}] * 5000}
    path = folder / "bomb.json"
    path.write_text(json.dumps(doc, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--nodes", type=int, default=100_000, help="nodes of the largest pack (fewer: a quick check)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="netmkt-limits-") as tmp:
        folder = Path(tmp)
        baseline = child("none", folder / "none")["rss_mb"]
        print(f"process that loads nothing: {baseline:.0f} MB (peak resident)")
        for label, path in (("largest pack accepted", largest_pack(folder, args.nodes)), ("ref bomb", ref_bomb(folder))):
            runs = [child("time", path) for _ in range(args.runs)]
            traced = child("trace", path)
            seconds = statistics.median(r["seconds"] for r in runs)
            rss = max(r["rss_mb"] for r in runs)
            print(f"{label}: {path.stat().st_size / 1024 / 1024:.2f} MB file, {runs[0]['result']}")
            print(f"  load: {seconds:.2f} s (median of {args.runs}); Python peak {traced['peak_mb']:.0f} MB "
                  f"(tracemalloc); process peak {rss:.0f} MB resident ({rss - baseline:.0f} MB over nothing)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
