"""Generate a valid content pack of N nodes for scale tests (deterministic: same N, same file).

Chinese titles and paragraphs, a textbook outline nested part → chapter → section → topic (4 levels)
with positions, tiers, sidebars, further readings and extensions among the leaves, tasks/duties
lists, links between nodes and a topic outline of groups and refs.

    python benchmarks/make_pack.py 10000 /tmp/p10k.json [--id bench] [--indent]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

WORDS = (
    "网络营销", "直播销售", "短视频", "内容运营", "用户增长", "数据分析", "品牌推广", "社群运营",
    "搜索引擎", "电商平台", "客户服务", "活动策划", "新媒体", "私域流量", "转化率", "选品",
    "供应链", "广告投放", "舆情监测", "粉丝互动", "营销方案", "市场调研", "竞品分析", "视觉设计",
    "文案写作", "店铺运营", "跨境电商", "直播间", "主播", "复盘", "流量", "口碑",
)
VERBS = ("负责", "参与", "协助", "组织", "策划", "跟踪", "分析", "优化", "执行", "总结", "制定", "评估")
ENDINGS = ("工作", "方案", "流程", "报告", "指标", "计划", "策略", "规范", "体系", "活动")
NUMERALS = "一二三四五六七八九十"
TIER_CODES = ("specialist", "supervisor", "manager", "director")

# Children per level: parts hold chapters, chapters hold sections, sections hold topics/leaves.
FANOUT = (6, 5, 8)
LEAF_KINDS = ("topic", "topic", "topic", "position", "occupation", "work_type", "sidebar", "further_reading",
              "extension", "tier")


class _Maker:
    def __init__(self, total: int, pack_id: str, seed: int):
        self.total = total
        self.pack_id = pack_id
        self.rng = random.Random(seed)
        self.count = 0
        self.positions: list[str] = []
        self.chapters: list[str] = []

    def phrase(self) -> str:
        r = self.rng
        return f"{r.choice(VERBS)}{r.choice(WORDS)}{r.choice(WORDS)}{r.choice(ENDINGS)}"

    def sentence(self) -> str:
        r = self.rng
        parts = [self.phrase() for _ in range(r.randint(2, 4))]
        return ",".join(parts) + "。"

    def paragraph(self) -> str:
        return "".join(self.sentence() for _ in range(self.rng.randint(1, 2)))

    def body(self, kind: str) -> list[dict]:
        r = self.rng
        blocks: list[dict] = [{"p": self.paragraph()}]
        if kind == "position":
            blocks[0]["role"] = "description"
            blocks.append({"h": "岗位职责"})
            blocks.append({"ol": [self.phrase() + "。" for _ in range(r.randint(3, 6))], "role": "duties"})
        elif kind == "tier":
            blocks.append({"ol": [self.phrase() + "。" for _ in range(r.randint(3, 5))], "role": "tasks"})
        elif r.random() < 0.2:
            blocks.append({"ol": [self.phrase() + "。" for _ in range(r.randint(3, 5))]})
        elif r.random() < 0.3:
            blocks.append({"p": self.paragraph()})
        return blocks

    def node(self, kind: str, title: str, heading: str = "") -> dict:
        self.count += 1
        node_id = f"{self.pack_id}.n{self.count}"
        node: dict = {"id": node_id, "kind": kind, "title": title}
        if heading:
            node["heading"] = heading
        node["body"] = self.body(kind)
        if kind == "extension":
            node["source"] = f"{self.rng.choice(WORDS)}行业报告(示例)"
            node["certainty"] = "示例数据"
        if kind == "tier":
            node["tier"] = self.rng.choice(TIER_CODES)
        if kind == "position":
            self.positions.append(node_id)
            if len(self.positions) > 1 and self.rng.random() < 0.5:
                node["links"] = [self.positions[-2]]
        return node

    def subtree(self, level: int, index: int) -> dict | None:
        if self.count >= self.total:
            return None
        r = self.rng
        if level == 0:
            node = self.node("part", f"模块{index + 1} {r.choice(WORDS)}", f"第{index + 1}部分")
        elif level == 1:
            node = self.node("chapter", f"{r.choice(WORDS)}与{r.choice(WORDS)}", f"第{index + 1}节")
            self.chapters.append(node["id"])
        elif level == 2:
            numeral = NUMERALS[index % 10]
            node = self.node("section", f"{r.choice(WORDS)}{r.choice(ENDINGS)}", f"{numeral}、")
        else:
            kind = LEAF_KINDS[(self.count + index) % len(LEAF_KINDS)]
            node = self.node(kind, f"{r.choice(WORDS)}{r.choice(WORDS)}", f"({NUMERALS[index % 10]})")
        if level < len(FANOUT):
            children = []
            for i in range(FANOUT[level]):
                child = self.subtree(level + 1, i)
                if child is None:
                    break
                children.append(child)
            if children:
                node["children"] = children
        return node

    def make(self) -> dict:
        # Keep room for the topic groups so the pack has exactly `total` nodes.
        groups = 2 if self.total >= 10 else 0
        self.total -= groups
        textbook = []
        while self.count < self.total:
            textbook.append(self.subtree(0, len(textbook)))
        self.total += groups
        topics = []
        if groups:
            positions = self.node("group", "岗位一览")
            positions["children"] = [{"ref": p} for p in self.positions[:500]]
            chapters = self.node("group", "各节导读")
            chapters["children"] = [{"ref": c} for c in self.chapters[:3]]  # brings each chapter's subtree
            chapters["children"] += [{"ref": c, "children": []} for c in self.chapters[3:200]]
            topics = [positions, chapters]
        return {
            "format": "netmkt-content",
            "format_version": 1,
            "pack": {
                "id": self.pack_id,
                "name": f"规模测试内容包({self.total} 个节点)",
                "version": "1.0",
                "language": "zh-CN",
                "description": "由 benchmarks/make_pack.py 生成,仅用于性能测试。",
            },
            "textbook": textbook,
            "topics": topics,
        }


def make_pack(n: int, pack_id: str = "bench", seed: int = 20261101) -> dict:
    """A valid content file (decoded JSON) with exactly ``n`` nodes (n >= 1)."""
    if n < 1:
        raise ValueError("a pack needs at least one node")
    return _Maker(n, pack_id, seed).make()


def write_pack(n: int, out: Path, pack_id: str = "bench", indent: bool = False) -> Path:
    data = make_pack(n, pack_id)
    text = json.dumps(data, ensure_ascii=False, indent=1 if indent else None,
                      separators=None if indent else (",", ":"))
    Path(out).write_text(text, encoding="utf-8")
    return Path(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, help="number of nodes")
    parser.add_argument("out", type=Path, help="output file")
    parser.add_argument("--id", default="bench", help="pack id (default: bench)")
    parser.add_argument("--indent", action="store_true", help="indented JSON (bigger file)")
    args = parser.parse_args(argv)
    path = write_pack(args.n, args.out, args.id, args.indent)
    print(f"{path}: {args.n} nodes, {path.stat().st_size / 1024 / 1024:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
