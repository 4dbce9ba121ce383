"""Learning progress: which nodes can be marked 已学会, the "x/y" of every node, the chart's rows.

Pure Python (no Qt, no storage).  The rules a student can check on the screen:

* Only *readable* nodes can be marked: a node with text of its own.  Category rows are not: the
  topic groups (职业, 岗位, 岗位层级) and a part or chapter without a body (知识基石, 第一节), which
  only gather other nodes.
* A node has one total, whatever outline shows it: the readable nodes it stands above in either
  outline, itself included, each counted once.  互联网营销师 counts the same in 按职业体系 and 教材目录.
* The chart's rows add up to its whole: every readable node of the textbook belongs to exactly one
  row (its top-level section, or "其他" for a readable node outside every section).
* Percentages round to the nearest whole number, but never to 0 % while something is learned nor to
  100 % while something is left: 1/15 reads 7 %, 1/1000 reads 1 %, 199/200 reads 99 %.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from netmkt_desktop.content import Content, Node, NodeKind, OutlineItem

_GATHERING = frozenset((NodeKind.PART, NodeKind.CHAPTER))


def is_readable(node: Node) -> bool:
    """Whether a student can mark ``node`` as learned (see the module docstring)."""
    if node.kind == NodeKind.GROUP:
        return False
    return bool(node.body) or node.kind not in _GATHERING


def percent(learned: int, total: int) -> int:
    """Whole percent, rounded to nearest; above 0 once anything is learned, below 100 until all is."""
    if total <= 0 or learned <= 0:
        return 0
    if learned >= total:
        return 100
    value = (learned * 200 + total) // (2 * total)  # round half up, in integers
    return min(99, max(1, value))


def progress_text(learned: int, total: int) -> str:
    """The numbers of one bar or row: "3/12 · 25%"."""
    return f"{learned}/{total} · {percent(learned, total)}%"


class Progress:
    """Totals and learned counts of every node of a content, kept up to date mark by mark."""

    def __init__(self, content: Content):
        self.content = content
        self.readable = frozenset(n.id for n in content.nodes.values() if is_readable(n))
        self._places: dict[str, list[OutlineItem]] = {}
        for roots in (content.textbook, content.topics):
            stack = list(roots)
            while stack:
                item = stack.pop()
                self._places.setdefault(item.node.id, []).append(item)
                stack.extend(item.children)
        self._total: dict[str, int] = {}
        for node_id in self.readable:
            for holder in self.holders(node_id):
                self._total[holder] = self._total.get(holder, 0) + 1
        self._learned: set[str] = set()
        self._done: dict[str, int] = {}

    def holders(self, node_id: str) -> list[str]:
        """The node itself and every node above one of its places, in either outline, once each."""
        found = dict.fromkeys([node_id])
        for item in self._places.get(node_id, ()):
            up = item.parent
            while up is not None:  # the same node may stand under other nodes in another place
                found[up.node.id] = None
                up = up.parent
        return list(found)

    @property
    def learned(self) -> frozenset[str]:
        return frozenset(self._learned)

    def is_learned(self, node_id: str) -> bool:
        return node_id in self._learned

    def counts(self, node_id: str) -> tuple[int, int]:
        """(learned, total) of ``node_id``: the readable nodes at and below it, in either outline."""
        return self._done.get(node_id, 0), self._total.get(node_id, 0)

    def set_learned(self, learned: Iterable[str]) -> set[str]:
        """Show ``learned`` as learned (ids that cannot be marked are left out); the changed nodes."""
        wanted = self.readable.intersection(learned)
        if wanted == self._learned:
            return set()
        before = dict(self._done)
        self._learned = set(wanted)
        self._done = {}
        for node_id in wanted:
            for holder in self.holders(node_id):
                self._done[holder] = self._done.get(holder, 0) + 1
        changed = {k for k in before.keys() | self._done.keys() if before.get(k) != self._done.get(k)}
        return changed

    def mark(self, node_id: str, learned: bool) -> set[str]:
        """Mark one node; the nodes whose mark or counts changed (empty if nothing did)."""
        if node_id not in self.readable or learned == (node_id in self._learned):
            return set()
        step = 1 if learned else -1
        if learned:
            self._learned.add(node_id)
        else:
            self._learned.discard(node_id)
        holders = self.holders(node_id)
        for holder in holders:
            self._done[holder] = self._done.get(holder, 0) + step
        return set(holders)


# ---------------------------------------------------------------------------------------------
# The chart


class SectionProgress(NamedTuple):
    """One row of the chart; ``node`` is None for "其他" (``other``) and for the overall row (last)."""

    node: Node | None
    learned: int
    total: int
    other: bool = False

    @property
    def percent(self) -> int:
        return percent(self.learned, self.total)


def top_sections(content: Content) -> list[OutlineItem]:
    """The top-level sections of the textbook outline.

    From each root, single-child wrappers (知识基石 → 第一节) are passed through down to the first
    level that branches; its items are the sections (here 一、职业认知 and 二、岗位认知).
    """
    sections: list[OutlineItem] = []
    for root in content.textbook:
        item = root
        while len(item.children) == 1:
            item = item.children[0]
        sections.extend(item.children or [item])
    return sections


def progress_by_section(content: Content, learned: Iterable[str]) -> list[SectionProgress]:
    """One row per top-level section, a row "其他" when readable textbook nodes lie outside them,
    then the overall row, whose numbers are the sum of the rows above it."""
    learned = set(learned)
    readable = {n.id for n in content.reading_order if is_readable(n)}
    rows, seen = [], set()
    for item in top_sections(content):
        ids = {i.node.id for i in item.walk() if i.node.id in readable and i.node.id not in seen}
        seen |= ids
        rows.append(SectionProgress(item.node, len(ids & learned), len(ids)))
    rest = readable - seen
    if rest:
        rows.append(SectionProgress(None, len(rest & learned), len(rest), other=True))
    rows.append(SectionProgress(None, sum(r.learned for r in rows), sum(r.total for r in rows)))
    return rows
