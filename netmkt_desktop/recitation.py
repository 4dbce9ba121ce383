"""背诵 (recitation): every list of the section, and a forgiving check of a list typed from memory (no Qt).

The lists come from the content, never retyped: each has a stable id made of what it is and the
node that holds it, so a score stored under the id still fits after the content is updated.

========================  ====================================================================
list id                   items
========================  ====================================================================
``tasks:<node>``          a numbered 主要工作任务 list (7 for 互联网营销师, 5 for 全媒体运营师)
``duties:<node>``         a numbered 岗位职责 list (5 for 网络营销人员)
``work_types:<occ>``      the work types the textbook lists for an occupation (4), any order
``positions:<node>``      the positions a node lists (the 6 常见的网络营销岗位), any order
``tiers:<survey>``        the four tiers from the lowest up
``tier_rules:<survey>``   the tiers of each company size (:mod:`netmkt_desktop.tiers`)
========================  ====================================================================

A numbered list is recited in its order (the cue is the number); a list the textbook gives in
one sentence (work types, positions) may be typed in any order.  :func:`same_text` forgives what a
student should not lose a point for: punctuation, spaces, full-width against half-width letters,
digits and brackets (Unicode NFKC), letter case.  The tier rules take the tiers' short names
(专员、经理) as well as their full names (网络营销专员、网络营销经理), and the exactly-500 case the
textbook leaves open is not one of them (:data:`netmkt_desktop.tiers.OPEN_HEADCOUNT`): the rules
are given by size class, as the book gives them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from typing import NamedTuple

from netmkt_desktop.content import Content, ListRole, Node, NodeKind, numbered
from netmkt_desktop.i18n import N_, translate
from netmkt_desktop.tiers import CompanySize, Tier, structure_for_size
from netmkt_desktop.validation import ID_PATTERN

SURVEY_ID = "survey"  # 网络营销职业现状调研: where the textbook sets out the tiers

MAX_TYPED_CHARS = 500  # one typed line is never longer than this (longer input is cut)
_LIST_SEP = N_("core", "、")  # between the levels of a ladder
_EITHER = N_("core", "或")  # between the two tiers a 500–999 company may have in the middle
LIST_KINDS = ("tasks", "work_types", "duties", "positions", "tiers", "tier_rules")  # in reading order per node


def is_list_id(value: object) -> bool:
    """A list id as stored: "<kind>:<content node id>" with a kind of :data:`LIST_KINDS`."""
    if not isinstance(value, str):
        return False
    kind, sep, node_id = value.partition(":")
    return bool(sep) and kind in LIST_KINDS and ID_PATTERN.fullmatch(node_id) is not None


class Item(NamedTuple):
    """One thing to recite: ``cue`` is shown (a number, a company size), ``answer`` is hidden."""

    cue: str
    answer: str
    alternatives: tuple[str, ...] = ()  # other spellings that count as right

    def accepts(self, typed: str) -> bool:
        key = fold(typed)
        return bool(key) and any(key == fold(text) for text in (self.answer, *self.alternatives))


class RecitationList(NamedTuple):
    id: str
    title: str
    node_id: str  # where the list stands in the textbook ("查看教材")
    items: tuple[Item, ...]
    ordered: bool  # True: item n is typed on line n; False: any order


class Line(NamedTuple):
    """One line of a checked attempt: the item (None for a line typed beyond the list) and what was typed."""

    item: Item | None
    typed: str
    right: bool


class Attempt(NamedTuple):
    """A list typed from memory, checked."""

    list_id: str
    lines: tuple[Line, ...]  # one per item, in the list's order; then the extra lines that matched nothing
    correct: int
    total: int

    @property
    def wrong(self) -> tuple[Line, ...]:
        """The items not recited right (each with what was typed on its line), in the list's order."""
        return tuple(line for line in self.lines if line.item is not None and not line.right)

    @property
    def unmatched(self) -> tuple[str, ...]:
        """Lines typed for a list in any order that match none of its items."""
        return tuple(line.typed for line in self.lines if line.item is None)


# ---------------------------------------------------------------------------------------------
# Comparing


_DROPPED = ("P", "S", "Z", "C")  # punctuation, symbols, separators (spaces), control characters


def fold(text: str) -> str:
    """``text`` as compared: NFKC (full-width letters, digits and brackets become half-width), case
    folded, without punctuation, symbols or spaces.  "（１）研究，数字化" and "(1)研究数字化" fold alike."""
    text = unicodedata.normalize("NFKC", text[:MAX_TYPED_CHARS * 2]).casefold()
    return "".join(ch for ch in text if unicodedata.category(ch)[0] not in _DROPPED)


def same_text(typed: str, expected: str) -> bool:
    """True when ``typed`` is ``expected`` up to punctuation, spaces, width and case (and not empty)."""
    key = fold(typed)
    return bool(key) and key == fold(expected)


_NUMBER = re.compile(r"^\s*[(（]?\s*[0-9０-９]{1,3}\s*[)）.、．]\s*")


def without_number(typed: str) -> str:
    """A typed line without a leading item number ("(3)…", "3.…", "３、…"): students often type it."""
    return _NUMBER.sub("", typed, count=1)


def check(lst: RecitationList, typed: Sequence[str]) -> Attempt:
    """Check the lines ``typed`` for ``lst``: line n against item n for an ordered list; for a list in
    any order each line against the items not yet matched.  Empty lines count as not recited."""
    lines = [without_number(str(t)[:MAX_TYPED_CHARS]).strip() for t in typed]
    if lst.ordered:
        lines += [""] * (len(lst.items) - len(lines))
        checked = [Line(item, text, item.accepts(text)) for item, text in zip(lst.items, lines)]
        extra = [Line(None, text, False) for text in lines[len(lst.items):] if text]
    else:
        left = list(range(len(lst.items)))
        matched: dict[int, str] = {}
        extra = []
        for text in (t for t in lines if t):
            hit = next((i for i in left if lst.items[i].accepts(text)), None)
            if hit is None:
                extra.append(Line(None, text, False))
            else:
                left.remove(hit)
                matched[hit] = text
        checked = [Line(item, matched.get(i, ""), i in matched) for i, item in enumerate(lst.items)]
    correct = sum(line.right for line in checked)
    return Attempt(lst.id, tuple(checked + extra), correct, len(lst.items))


# ---------------------------------------------------------------------------------------------
# The lists of a content


def _numbered_items(items: Sequence[str]) -> tuple[Item, ...]:
    return tuple(Item(numbered(n, ""), text) for n, text in enumerate(items, 1))


def _numbered_lists(content: Content) -> list[RecitationList]:
    found = []
    for node in content.reading_order:
        for block in node.body:
            if block.kind != "ol" or block.role not in (ListRole.TASKS, ListRole.DUTIES):
                continue
            if block.role == ListRole.TASKS:
                title = translate("recitation", "{owner}的主要工作任务").format(owner=node.title)
            else:
                title = node.title if node.title.endswith(("职责", "duties")) else translate(
                    "recitation", "{owner}的岗位职责").format(owner=node.title)
            found.append(RecitationList(f"{block.role}:{node.id}", title, node.id, _numbered_items(block.items),
                                        ordered=True))
            break  # one list of a role per node
    return found


def _linked(content: Content, node: Node, kind: NodeKind) -> list[Node]:
    nodes = (content.node(i) for i in node.links)
    seen: set[str] = set()
    result = []
    for n in nodes:
        if n is not None and n.kind == kind and n.title not in seen:
            seen.add(n.title)
            result.append(n)
    return result


def _any_order(nodes: Sequence[Node]) -> tuple[Item, ...]:
    """Items from node titles; a title with two names ("社群运营/私域运营") takes either name alone too."""
    items = []
    for node in nodes:
        names = [part.strip() for part in node.title.split("/")] if "/" in node.title else []
        items.append(Item("", node.title, tuple(n for n in names if n)))
    return tuple(items)


def _work_type_lists(content: Content) -> list[RecitationList]:
    found = []
    for occupation in content.of_kind(NodeKind.OCCUPATION):
        work_types = _linked(content, occupation, NodeKind.WORK_TYPE)
        if len(work_types) >= 2:
            title = translate("recitation", "教材列出的{occupation}的工种").format(occupation=occupation.title)
            found.append(RecitationList(f"work_types:{occupation.id}", title, occupation.id,
                                        _any_order(work_types), ordered=False))
    return found


def _position_lists(content: Content) -> list[RecitationList]:
    found = []
    for node in content.reading_order:
        positions = _linked(content, node, NodeKind.POSITION)
        if len(positions) >= 2:
            found.append(RecitationList(f"positions:{node.id}", node.title, node.id, _any_order(positions),
                                        ordered=False))
    return found


def _tier_nodes(content: Content) -> dict[Tier, Node]:
    found: dict[Tier, Node] = {}
    for node in content.of_kind(NodeKind.TIER):
        if node.tier in Tier.codes():
            found.setdefault(Tier.from_code(node.tier), node)
    return found


def _tier_names(tier: Tier, nodes: dict[Tier, Node]) -> tuple[str, ...]:
    """Every name a student may write for a tier: the node's title, the short and full labels (in the
    source language and in the interface language)."""
    names = [nodes[tier].title] if tier in nodes else []
    for label in (tier.full_label, tier.label):
        names += [label, translate("core", label)]
    return tuple(dict.fromkeys(names))


def ladder_answer(size: CompanySize, short: bool = True, in_language: Callable[[str], str] | None = None) -> str:
    """The tiers of a company size as a student writes them: 专员、主管或经理、总监 (``in_language``
    puts the labels and the joining words, marked in the context "core", into the interface
    language; None keeps the source language)."""
    words = in_language or (lambda text: text)
    sep, either = words(_LIST_SEP), words(_EITHER)
    levels = structure_for_size(size).levels
    return sep.join(either.join(words(t.label if short else t.full_label) for t in level) for level in levels)


def _tier_lists(content: Content) -> list[RecitationList]:
    survey = content.node(SURVEY_ID)
    nodes = _tier_nodes(content)
    if survey is None or len(nodes) < len(Tier):
        return []
    ladder = tuple(Item(translate("recitation", "第 {n} 级").format(n=int(tier)), names[0], names[1:])
                   for tier in Tier for names in [_tier_names(tier, nodes)])
    core = lambda text: translate("core", text)  # noqa: E731 - the labels' own context
    rules = []
    for size in CompanySize:
        spellings = [ladder_answer(size, short, words) for short in (True, False) for words in (None, core)]
        rules.append(Item(translate("core", size.label), spellings[0], tuple(dict.fromkeys(spellings[1:]))))
    return [
        RecitationList(f"tiers:{survey.id}", translate("recitation", "网络营销人员的岗位层级(由低到高)"), survey.id,
                       ladder, ordered=True),
        RecitationList(f"tier_rules:{survey.id}", translate("recitation", "不同规模的企业设置的岗位层级"), survey.id,
                       tuple(rules), ordered=True),
    ]


def recitation_lists(content: Content) -> list[RecitationList]:
    """Every list of the content to recite, in the order of the textbook: the occupations' tasks and
    work types, the duties, the common positions, the tiers and the tier rules."""
    lists = _numbered_lists(content) + _work_type_lists(content) + _position_lists(content) + _tier_lists(content)
    order = {n.id: i for i, n in enumerate(content.reading_order)}
    return sorted(lists, key=lambda lst: (order.get(lst.node_id, len(order)), LIST_KINDS.index(lst.id.split(":")[0])))


def list_by_id(content: Content, list_id: str) -> RecitationList | None:
    return next((lst for lst in recitation_lists(content) if lst.id == list_id), None)


def mastered(correct: int, total: int) -> bool:
    """A list counts as learned by heart once it was recited without a mistake."""
    return total > 0 and correct >= total
