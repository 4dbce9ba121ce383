"""Search benchmark: time per keystroke over the shipped content plus 1,000 student notes.

Notes are keyed by node id (one note per node), and the shipped content has only a few dozen
nodes, so the benchmark adds 1,000 empty "note page" nodes (titles 笔记附页0001 …, no body text) to
a copy of the content and gives each one generated note of realistic Chinese text (100–300
characters, deterministic).  It then types a few queries key by key, ``--runs`` times, and prints
the median and 95th percentile per keystroke.  The first keystroke after start-up (notes folded on
first sight, the pinyin table read) is reported separately as "cold".

    python benchmarks/search.py [--runs 200]
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from netmkt_desktop.content import Content, parse_content, seed_path  # noqa: E402
from netmkt_desktop.search import SearchIndex  # noqa: E402

NOTES = 1000
TARGET_MS = 16.0
QUERIES = ["直播销售员", "网络营销", "zbxsy", "SEO"]

_PHRASES = [
    "老师上课讲到", "我觉得", "这一点很重要", "考试可能会考", "以后想做", "需要多练习", "和同学讨论后发现",
    "直播带货", "短视频运营", "私域流量", "社群运营要有耐心", "选品的时候要看质量", "佣金结算方式",
    "数据分析能力", "文案策划", "用户画像", "转化率", "复购", "粉丝互动", "平台规则", "SEO 优化", "SEM 投放",
    "从专员做起", "争取三年内做到主管", "先了解企业规模", "五百人以上的公司有总监", "千人以上四个层级都有",
    "网络营销推广", "网络营销策划", "整体项目运作", "职业生涯规划书下周交", "实习时看到", "记住",
]


def realistic_notes(content: Content, count: int, seed: int = 20261127) -> list[str]:
    """Deterministic notes mixing the textbook's own sentences with a student's phrases."""
    rng = random.Random(seed)
    sentences = [s for n in content.reading_order for t in n.texts() for s in t.replace("。", "。\n").split("\n")
                 if len(s) >= 8]
    notes = []
    for _ in range(count):
        target = rng.randint(100, 300)
        parts: list[str] = []
        while sum(map(len, parts)) < target:
            parts.append(rng.choice(sentences) if rng.random() < 0.35 else rng.choice(_PHRASES) + rng.choice(",。;!"))
        notes.append("".join(parts)[:target])
    return notes


def content_with_note_pages(count: int) -> Content:
    data = json.loads(seed_path().read_text(encoding="utf-8"))
    data["textbook"].append({
        "id": "bench", "kind": "group", "title": "基准测试附加节点",
        "children": [{"id": f"bench.page{i:04d}", "kind": "topic", "title": f"笔记附页{i:04d}"} for i in range(count)],
    })
    pack, textbook, topics, nodes = parse_content(data, "benchmark-content.json")
    return Content(packs=[pack], nodes=nodes, textbook=textbook, topics=topics)


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=200)
    args = parser.parse_args()

    content = content_with_note_pages(NOTES)
    texts = realistic_notes(content, NOTES)
    notes = {f"bench.page{i:04d}": text for i, text in enumerate(texts)}
    start = time.perf_counter()
    index = SearchIndex(content)
    build_ms = (time.perf_counter() - start) * 1000

    keystrokes = [q[:k] for q in QUERIES for k in range(1, len(q) + 1)]
    start = time.perf_counter()
    index.search(keystrokes[0], notes)
    cold_ms = (time.perf_counter() - start) * 1000
    start = time.perf_counter()
    pinyin = index.prepare_pinyin()
    pinyin_ms = (time.perf_counter() - start) * 1000

    per_key: dict[str, list[float]] = {k: [] for k in keystrokes}
    hits: dict[str, int] = {}
    for _ in range(args.runs):
        for key in keystrokes:
            t0 = time.perf_counter()
            result = index.search(key, notes)
            per_key[key].append((time.perf_counter() - t0) * 1000)
            hits[key] = len(result)
    everything = [t for times in per_key.values() for t in times]

    print(f"content: {len(content.nodes)} nodes ({NOTES} of them empty note pages), "
          f"{NOTES} notes, {sum(map(len, texts))} note characters; index built in {build_ms:.1f} ms")
    print(f"cold first keystroke (folds every note once): {cold_ms:.1f} ms")
    print(f"pinyin table: {'available' if pinyin else 'not installed'}; first use (read + pinyin of every title) "
          f"{pinyin_ms:.1f} ms")
    print(f"{'keystroke':<12}{'hits':>6}{'median ms':>11}{'p95 ms':>9}")
    for key, times in per_key.items():
        print(f"{key:<12}{hits[key]:>6}{statistics.median(times):>11.3f}{percentile(times, 95):>9.3f}")
    median, p95 = statistics.median(everything), percentile(everything, 95)
    print(f"all {len(everything)} keystrokes ({args.runs} runs): median {median:.3f} ms, p95 {p95:.3f} ms "
          f"(target: median <= {TARGET_MS:.0f} ms: {'met' if median <= TARGET_MS else 'NOT met'})")


if __name__ == "__main__":
    main()
