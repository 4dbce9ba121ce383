"""Content model and loader: the textbook section as nodes with stable ids.

A content file (JSON, UTF-8) holds one *pack*: the built-in section ships as ``seed/core.json``.
Every node is defined once, in the ``textbook`` outline (the textbook's own reading order) or
inline in the ``topics`` outline (group nodes such as 职业 / 岗位 / 岗位层级).  In ``topics`` an
entry ``{"ref": "node-id"}`` points at a node defined elsewhere; without its own ``children`` key
it brings that node's textbook children along.

Every node says whose words it holds (:class:`Origin`): the textbook's, the content's editors' (for
the core: the app's — category pages, headings the app adds, inferences), or checked facts beyond
the textbook with their source.  A pack sets the default for its nodes (``pack.default_origin``;
the core's is ``textbook``), a node may say otherwise (``origin``), and a node whose title is not
the book's says so apart (``title_origin``).  A paragraph may point at note nodes (``notes``) that
the reader sees right after it.  These fields came with format version 2; a version-1 file still
loads, its nodes counted as its editors' words.

Longer than most modules (about 680 lines) on purpose: every rule a content file must keep is checked
here, in one reading of the file, so a pack is either whole or refused with the place of its fault.

The loader checks everything and raises :class:`ContentError` naming the file, the place inside it
(``textbook[0].children[1].body[2].ol[3]``) and the reason in the interface language
(:func:`netmkt_desktop.i18n.translate`; Chinese without an installed hook, as on the command line).

The built-in content's own words (:func:`own_words`: not the textbook's) are shown in the interface
language too: :func:`load_content` puts in their translations (context "seed", marked in the
generated ``seed_texts.py``).  The textbook's words, and a teacher's pack, stay as written.

A file is read with a cap and bounded in what it may hold (:mod:`netmkt_desktop.validation`: bytes,
JSON values, outline places with what each ``{"ref"}`` brings along, depth, characters of a text),
so loading any file takes time and memory in proportion to its size, and a few hundred KB of refs
cannot unfold into millions of places: the places are counted before any subtree is copied.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path
from typing import Any, NamedTuple

from netmkt_desktop.errors import ContentError
from netmkt_desktop.i18n import N_, translate
from netmkt_desktop.validation import (
    CONTENT_FILE_MAX_BYTES,
    CONTENT_MAX_DEPTH,
    CONTENT_MAX_JSON_VALUES,
    CONTENT_MAX_OUTLINE_ITEMS,
    CONTENT_TEXT_LIMIT,
    CONTENT_TITLE_LIMIT,
    ID_PATTERN,
)
from netmkt_desktop.validation import type_name as _type_name

FORMAT_NAME = "netmkt-content"
CORE_PACK_ID = "core"  # the built-in content; no pack may use this id
FORMAT_VERSION = 2
MAX_DEPTH = CONTENT_MAX_DEPTH
MAX_FILE_BYTES = CONTENT_FILE_MAX_BYTES
# Fields whose text is long (paragraphs, list items, sources); every other text is a title's length.
_LONG_TEXTS = frozenset({"p", "source", "description"})


class NodeKind(StrEnum):
    PART = "part"  # 知识基石
    CHAPTER = "chapter"  # 第一节
    SECTION = "section"  # 一、职业认知
    TOPIC = "topic"  # (一)网络营销人员定位
    OCCUPATION = "occupation"  # 职业
    WORK_TYPE = "work_type"  # 工种
    POSITION = "position"  # 岗位
    TIER = "tier"  # 岗位层级
    SIDEBAR = "sidebar"  # 小资料
    FURTHER_READING = "further_reading"  # 知识拓展
    EXTENSION = "extension"  # checked fact beyond the textbook, with its source
    GROUP = "group"  # a heading of the topic outline, not a textbook text


class Origin(StrEnum):
    """Whose words a text is: three kinds the reader always sees apart."""

    TEXTBOOK = "textbook"  # the textbook's own words, verbatim
    EDITORIAL = "editorial"  # written by the content's editors (the app, or a pack's author), not the book's
    EXTENSION = "extension"  # a checked fact beyond the textbook, with its source


# Fields that came with format version 2, by where they stand.
_V2_NODE_KEYS = frozenset({"origin", "title_origin"})
_V2_PACK_KEYS = frozenset({"default_origin"})
_V2_BLOCK_KEYS = frozenset({"notes"})


class ListRole(StrEnum):
    TASKS = "tasks"
    DUTIES = "duties"
    ITEMS = "items"


# The classes below are NamedTuples and plain classes with __slots__ rather than dataclasses: this
# module is on the way to the first paint, and each dataclass costs about a millisecond to define.


def numbered(n: int, item: str) -> str:
    """An item of a numbered list as the reader sees it: (1)…"""
    return f"({n}){item}"


class Block(NamedTuple):
    """One piece of a node's body, in reading order."""

    kind: str  # "p" paragraph, "h" sub-heading, "ol" numbered list
    text: str = ""
    items: tuple[str, ...] = ()
    role: str = ""
    notes: tuple[str, ...] = ()  # ids of nodes shown right after this block (e.g. a fact that explains it)


class Node:
    """One node of the content, with its stable id; compared by identity."""

    __slots__ = ("id", "kind", "title", "pack_id", "heading", "body", "links", "source", "certainty", "tier",
                 "origin", "title_origin", "_search_text")

    def __init__(self, id: str, kind: NodeKind, title: str, pack_id: str, heading: str = "",  # noqa: A002
                 body: tuple[Block, ...] = (), links: tuple[str, ...] = (), source: str = "",
                 certainty: str = "", tier: str = "", origin: Origin = Origin.EDITORIAL,
                 title_origin: Origin | None = None):
        self.id = id
        self.kind = kind
        self.title = title
        self.pack_id = pack_id
        self.heading = heading
        self.body = body
        self.links = links
        self.source = source
        self.certainty = certainty
        self.tier = tier
        self.origin = origin  # whose words the heading and body are
        self.title_origin = origin if title_origin is None else title_origin  # and the title
        self._search_text: str | None = None

    def __repr__(self) -> str:
        return f"Node(id={self.id!r}, kind={self.kind!r}, title={self.title!r})"

    def list_items(self, role: str) -> tuple[str, ...]:
        for block in self.body:
            if block.kind == "ol" and block.role == role:
                return block.items
        return ()

    @property
    def tasks(self) -> tuple[str, ...]:
        return self.list_items(ListRole.TASKS)

    @property
    def duties(self) -> tuple[str, ...]:
        return self.list_items(ListRole.DUTIES)

    @property
    def description(self) -> str:
        return "".join(b.text for b in self.body if b.kind == "p" and b.role == "description")

    def texts(self) -> Iterator[str]:
        """Every text of the node as the reader sees it (numbered items with their number)."""
        if self.heading:
            yield self.heading
        yield self.title
        for block in self.body:
            if block.kind == "ol":
                for n, item in enumerate(block.items, 1):
                    yield numbered(n, item)
            else:
                yield block.text
        if self.source:
            yield self.source

    @property
    def search_text(self) -> str:
        """All text of the node, case-folded, for substring search."""
        if self._search_text is None:
            self._search_text = "\n".join(self.texts()).casefold()
        return self._search_text


class OutlineItem:
    """A place of a node in one outline; the same node may stand in both outlines."""

    __slots__ = ("node", "parent", "children")

    def __init__(self, node: Node, parent: OutlineItem | None = None, children: list[OutlineItem] | None = None):
        self.node = node
        self.parent = parent
        self.children: list[OutlineItem] = [] if children is None else children

    def __repr__(self) -> str:
        return f"OutlineItem({self.node!r}, {len(self.children)} children)"

    def row(self) -> int:
        return self.parent.children.index(self) if self.parent is not None else 0

    def walk(self) -> Iterator[OutlineItem]:
        yield self
        for child in self.children:
            yield from child.walk()


class PackInfo(NamedTuple):
    id: str
    name: str
    version: str
    language: str
    description: str = ""
    path: str = ""
    default_origin: Origin = Origin.EDITORIAL  # the origin of a node that names none


class Content:
    """Loaded content: nodes by id and the two outlines."""

    def __init__(self, packs: list[PackInfo], nodes: dict[str, Node], textbook: list[OutlineItem],
                 topics: list[OutlineItem]):
        self.packs = packs
        self.nodes = nodes
        self.textbook = textbook
        self.topics = topics
        self._reading_order: list[Node] | None = None
        self._textbook_place: dict[str, OutlineItem] | None = None

    def __repr__(self) -> str:
        return f"Content({self.version!r}, {len(self.nodes)} nodes)"

    @property
    def version(self) -> str:
        return ", ".join(f"{p.id} {p.version}" for p in self.packs)

    def node(self, node_id: str) -> Node | None:
        return self.nodes.get(node_id)

    def of_kind(self, kind: NodeKind) -> list[Node]:
        return [n for n in self.reading_order if n.kind == kind]

    @property
    def reading_order(self) -> list[Node]:
        """Nodes in the textbook's order: the order of "next" and "previous"."""
        if self._reading_order is None:
            self._reading_order = [item.node for root in self.textbook for item in root.walk()]
        return self._reading_order

    def every_node(self) -> list[Node]:
        """Every node: the reading order, then the nodes outside it (topic groups) as defined."""
        order = self.reading_order
        seen = {n.id for n in order}
        return order + [n for n in self.nodes.values() if n.id not in seen]

    def textbook_item(self, node_id: str) -> OutlineItem | None:
        if self._textbook_place is None:
            self._textbook_place = {
                item.node.id: item for root in self.textbook for item in root.walk()
            }
        return self._textbook_place.get(node_id)

    def breadcrumb(self, node_id: str) -> list[Node]:
        """Headings from the top of the textbook down to the node (the node included)."""
        item = self.textbook_item(node_id)
        if item is None:
            item = next((c for root in self.topics for c in root.walk() if c.node.id == node_id), None)
        trail: list[Node] = []
        while item is not None:
            trail.append(item.node)
            item = item.parent
        return trail[::-1]

    def parent_of(self, node_id: str) -> Node | None:
        item = self.textbook_item(node_id)
        return item.parent.node if item and item.parent else None

    def neighbour(self, node_id: str, step: int) -> Node | None:
        order = self.reading_order
        ids = [n.id for n in order]
        if node_id not in ids:
            return order[0] if order else None
        i = ids.index(node_id) + step
        return order[i] if 0 <= i < len(order) else None


# ---------------------------------------------------------------------------------------------
# Loading and validation


def _names(values) -> str:
    """Names (field names, kinds, codes) in a list: 、 between them in Chinese, a comma in English."""
    return translate("content", "、").join(values)


def type_name(value: Any) -> str:
    """What a JSON value is, in the interface language."""
    return _type_name(value, translate)


# What Python's json module says is wrong, in the reader's language (its own words are English only).
_JSON_PROBLEMS = {
    "Expecting value": N_("content", "这里应有一个值"),
    "Expecting property name enclosed in double quotes": N_("content", "这里应有一个用双引号括起来的字段名"),
    "Expecting ':' delimiter": N_("content", "这里缺少冒号“:”"),
    "Expecting ',' delimiter": N_("content", "这里缺少逗号“,”"),
    "Unterminated string starting at": N_("content", "文本缺少结尾的双引号"),
    "Invalid control character at": N_("content", "文本中有不允许的控制字符"),
    "Invalid \\escape": N_("content", "文本中有无效的转义(反斜杠 \\)"),
    "Invalid \\uXXXX escape": N_("content", "文本中有无效的 \\u 转义"),
    "Extra data": N_("content", "JSON 结束后还有多余的内容"),
    "Illegal trailing comma before end of object": N_("content", "对象的最后一项后面多了逗号"),
    "Illegal trailing comma before end of array": N_("content", "列表的最后一项后面多了逗号"),
}


def _json_problem(message: str) -> str:
    """Python's json error message in the interface language ("" when it is not a known one)."""
    text = _JSON_PROBLEMS.get(message)
    return translate("content", text) if text else ""


class _Reader:
    def __init__(self, file: str):
        self.file = file
        self.nodes: dict[str, Node] = {}
        self.defined_at: dict[str, str] = {}
        self.pending_links: list[tuple[str, str]] = []
        self.pending_refs: list[tuple[OutlineItem, str, str, bool]] = []
        self.pack_id = ""
        self.format_version = FORMAT_VERSION
        self.default_origin = Origin.EDITORIAL
        self.places = 0  # outline places read so far (a {"ref"}'s subtree is counted in resolve)

    def fail(self, place: str, reason: str) -> ContentError:
        return ContentError(self.file, place, reason)

    def count_place(self, place: str) -> None:
        self.places += 1
        if self.places > CONTENT_MAX_OUTLINE_ITEMS:
            raise self.fail(place, _too_many_places(self.places))

    def too_deep(self, place: str) -> ContentError:
        return self.fail(place, translate("content", "嵌套层数超过 {n} 层").format(n=MAX_DEPTH))

    def check_length(self, value: str, key: str, place: str) -> str:
        limit = CONTENT_TEXT_LIMIT if key in _LONG_TEXTS else CONTENT_TITLE_LIMIT
        if len(value) > limit:
            raise self.fail(place, translate("content", "文本太长:有 {n} 个字,最多 {limit} 个字").format(
                n=len(value), limit=limit))
        return value

    def obj(self, value: Any, place: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(place, translate("content", "应为对象 {{…}},实际为{type}").format(type=type_name(value)))
        return value

    def text(self, obj: dict[str, Any], key: str, place: str, required: bool = True) -> str:
        if key not in obj:
            if required:
                raise self.fail(place, translate("content", "缺少必填字段“{key}”").format(key=key))
            return ""
        value = obj[key]
        if not isinstance(value, str):
            raise self.fail(f"{place}.{key}", translate("content", "应为文本,实际为{type}").format(type=type_name(value)))
        if required and not value.strip():
            raise self.fail(f"{place}.{key}", translate("content", "不能为空"))
        return self.check_length(value, key, f"{place}.{key}")

    def array(self, obj: dict[str, Any], key: str, place: str) -> list[Any]:
        value = obj.get(key, [])
        if not isinstance(value, list):
            raise self.fail(f"{place}.{key}", translate("content", "应为列表 […],实际为{type}").format(type=type_name(value)))
        return value

    def check_keys(self, obj: dict[str, Any], allowed: set[str], place: str,
                   v2: frozenset[str] = frozenset()) -> None:
        """Unknown keys are errors; ``v2`` keys are known from format version 2 on."""
        if self.format_version < 2:
            newer = sorted(set(obj) & v2)
            if newer:
                raise self.fail(place, translate(
                    "content", "字段“{key}”从内容格式版本 2 起才有,请把 format_version 改为 2").format(key=newer[0]))
        else:
            allowed = allowed | v2
        unknown = sorted(set(obj) - allowed)
        if unknown:
            raise self.fail(place, translate("content", "未知字段“{key}”(可用字段:{keys})").format(
                key=unknown[0], keys=_names(sorted(allowed))))

    def origin(self, obj: dict[str, Any], key: str, place: str) -> Origin | None:
        name = self.text(obj, key, place, required=False) if key in obj else None
        if name is None:
            return None
        try:
            return Origin(name)
        except ValueError:
            raise self.fail(f"{place}.{key}", translate("content", "未知的文字来源“{value}”(可用:{values})").format(
                value=_short(name), values=_names(o.value for o in Origin))) from None

    # -- nodes ---------------------------------------------------------------------------------

    NODE_KEYS = {"id", "kind", "title", "heading", "body", "links", "source", "certainty", "tier",
                 "children"}

    def node(self, raw: Any, place: str, depth: int) -> Node:
        if depth > MAX_DEPTH:
            raise self.too_deep(place)
        obj = self.obj(raw, place)
        self.check_keys(obj, self.NODE_KEYS, place, _V2_NODE_KEYS)
        node_id = self.text(obj, "id", place)
        if not ID_PATTERN.fullmatch(node_id):
            raise self.fail(f"{place}.id", translate(
                "content", "id“{id}”只能由字母、数字、下划线、点和连字符组成(最长128个字符)").format(id=_short(node_id)))
        if node_id in self.defined_at:
            raise self.fail(f"{place}.id", translate("content", "id“{id}”重复,第一次出现在 {place}").format(
                id=node_id, place=self.defined_at[node_id]))
        kind_name = self.text(obj, "kind", place)
        try:
            kind = NodeKind(kind_name)
        except ValueError:
            raise self.fail(f"{place}.kind", translate("content", "未知的节点类型“{value}”(可用:{values})").format(
                value=_short(kind_name), values=_names(k.value for k in NodeKind))) from None
        origin = self.origin(obj, "origin", place)
        if kind == NodeKind.EXTENSION:
            if origin not in (None, Origin.EXTENSION):
                raise self.fail(f"{place}.origin", translate("content", "类型为 extension 的节点,文字来源只能是“extension”"))
            origin = Origin.EXTENSION
        elif origin is None:
            origin = self.default_origin
        title_origin = self.origin(obj, "title_origin", place)
        source = self.text(obj, "source", place, required=origin == Origin.EXTENSION)
        tier = self.text(obj, "tier", place, required=kind == NodeKind.TIER)
        if tier:
            from netmkt_desktop.tiers import Tier

            if tier not in Tier.codes():
                raise self.fail(f"{place}.tier", translate("content", "未知的岗位层级“{value}”(可用:{values})").format(
                    value=_short(tier), values=_names(Tier.codes())))
        links = self.array(obj, "links", place)
        for i, link in enumerate(links):
            if not isinstance(link, str):
                raise self.fail(f"{place}.links[{i}]", translate("content", "应为节点 id 文本,实际为{type}").format(
                    type=type_name(link)))
            self.pending_links.append((f"{place}.links[{i}]", link))
        node = Node(
            id=node_id,
            kind=kind,
            title=self.text(obj, "title", place),
            pack_id=self.pack_id,
            heading=self.text(obj, "heading", place, required=False),
            body=tuple(self.block(b, f"{place}.body[{i}]") for i, b in enumerate(self.array(obj, "body", place))),
            links=tuple(links),
            source=source,
            certainty=self.text(obj, "certainty", place, required=False),
            tier=tier,
            origin=origin,
            title_origin=title_origin,
        )
        self.defined_at[node_id] = place
        self.nodes[node_id] = node
        return node

    def block(self, raw: Any, place: str) -> Block:
        obj = self.obj(raw, place)
        kinds = [k for k in ("p", "h", "ol") if k in obj]
        if len(kinds) != 1:
            raise self.fail(place, translate("content", "每个正文块须有且只有“p”(段落)、“h”(小标题)或“ol”(编号列表)之一"))
        self.check_keys(obj, {kinds[0], "role"}, place, _V2_BLOCK_KEYS)
        role = self.text(obj, "role", place, required=False)
        notes = self.array(obj, "notes", place)
        for i, note in enumerate(notes):
            if not isinstance(note, str):
                raise self.fail(f"{place}.notes[{i}]", translate("content", "应为节点 id 文本,实际为{type}").format(
                    type=type_name(note)))
            self.pending_links.append((f"{place}.notes[{i}]", note))
        if kinds[0] == "ol":
            items = obj["ol"]
            if not isinstance(items, list) or not items:
                raise self.fail(f"{place}.ol", translate("content", "应为非空的文本列表,实际为{type}").format(
                    type=type_name(items)))
            for i, item in enumerate(items):
                if not isinstance(item, str) or not item.strip():
                    raise self.fail(f"{place}.ol[{i}]", translate("content", "应为非空文本,实际为{type}").format(
                        type=type_name(item)))
                self.check_length(item, "p", f"{place}.ol[{i}]")
            if role and role not in {r.value for r in ListRole}:
                raise self.fail(f"{place}.role", translate("content", "未知的列表角色“{value}”(可用:{values})").format(
                    value=_short(role), values=_names(r.value for r in ListRole)))
            return Block("ol", items=tuple(items), role=role or ListRole.ITEMS, notes=tuple(notes))
        return Block(kinds[0], text=self.text(obj, kinds[0], place), role=role, notes=tuple(notes))

    # -- outlines ------------------------------------------------------------------------------

    def textbook(self, raw: list[Any], place: str) -> list[OutlineItem]:
        return [self.textbook_item(r, f"{place}[{i}]", None, 0) for i, r in enumerate(raw)]

    def textbook_item(self, raw: Any, place: str, parent: OutlineItem | None, depth: int) -> OutlineItem:
        self.count_place(place)
        node = self.node(raw, place, depth)
        item = OutlineItem(node, parent)
        for i, child in enumerate(self.array(raw, "children", place)):
            item.children.append(self.textbook_item(child, f"{place}.children[{i}]", item, depth + 1))
        return item

    def topics(self, raw: list[Any], place: str) -> list[OutlineItem]:
        return [self.topic_item(r, f"{place}[{i}]", None, 0) for i, r in enumerate(raw)]

    def topic_item(self, raw: Any, place: str, parent: OutlineItem | None, depth: int) -> OutlineItem:
        if depth > MAX_DEPTH:
            raise self.too_deep(place)
        self.count_place(place)
        obj = self.obj(raw, place)
        if "ref" in obj:
            self.check_keys(obj, {"ref", "children"}, place)
            ref = obj["ref"]
            if not isinstance(ref, str):
                raise self.fail(f"{place}.ref", translate("content", "应为节点 id 文本,实际为{type}").format(
                    type=type_name(ref)))
            item = OutlineItem(_PLACEHOLDER, parent)
            self.pending_refs.append((item, ref, f"{place}.ref", "children" not in obj))
        else:
            item = OutlineItem(self.node(obj, place, depth), parent)
        for i, child in enumerate(self.array(obj, "children", place)):
            item.children.append(self.topic_item(child, f"{place}.children[{i}]", item, depth + 1))
        return item

    def resolve(self, textbook: list[OutlineItem]) -> None:
        for place, target in self.pending_links:
            if target not in self.nodes:
                raise self.fail(place, translate("content", "引用了不存在的节点 id“{id}”").format(id=_short(target)))
        by_id = {item.node.id: item for root in textbook for item in root.walk()}
        below = _sizes_below(textbook)  # node id -> places under it in the textbook outline
        # Count first: each {"ref"} without "children" brings its node's textbook subtree along, and
        # a few hundred KB of refs to a big chapter would otherwise unfold into millions of places.
        for item, ref, place, inherit in self.pending_refs:
            node = self.nodes.get(ref)
            if node is None:
                raise self.fail(place, translate("content", "引用了不存在的节点 id“{id}”").format(id=_short(ref)))
            if inherit and ref in by_id:
                self.places += below[ref]
                if self.places > CONTENT_MAX_OUTLINE_ITEMS:
                    raise self.fail(place, _too_many_places(self.places))
        for item, ref, _place, inherit in self.pending_refs:
            item.node = self.nodes[ref]
            if inherit and ref in by_id:
                item.children = [_copy_outline(c, item) for c in by_id[ref].children]


def _sizes_below(roots: list[OutlineItem]) -> dict[str, int]:
    """For each node of a (textbook) outline, how many places are below it."""
    sizes: dict[str, int] = {}
    order: list[OutlineItem] = []
    stack = list(roots)
    while stack:
        item = stack.pop()
        order.append(item)
        stack.extend(item.children)
    for item in reversed(order):  # children before their parent
        sizes[item.node.id] = sum(1 + sizes[c.node.id] for c in item.children)
    return sizes


def _too_many_places(count: int) -> str:
    return translate("content", "目录条目太多:至少 {n} 个(每个不写 children 的 ref 连同它带来的子节点一起计算),"
                                "最多 {limit} 个").format(n=count, limit=CONTENT_MAX_OUTLINE_ITEMS)


_PLACEHOLDER = Node(id="", kind=NodeKind.GROUP, title="", pack_id="")


def _copy_outline(item: OutlineItem, parent: OutlineItem) -> OutlineItem:
    copy = OutlineItem(item.node, parent)
    copy.children = [_copy_outline(c, copy) for c in item.children]
    return copy


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[:limit] + "…"


def parse_content(data: Any, file: str) -> tuple[PackInfo, list[OutlineItem], list[OutlineItem], dict[str, Node]]:
    """Validate decoded JSON; return the pack's info, its outlines and its nodes."""
    reader = _Reader(file)
    top_place = translate("content", "(文件顶层)")
    top = reader.obj(data, top_place)
    reader.check_keys(top, {"format", "format_version", "pack", "textbook", "topics", "$schema"}, top_place)
    if top.get("format") != FORMAT_NAME:
        raise reader.fail("format", translate("content", "不是本软件的内容文件(format 应为“{format}”)").format(
            format=FORMAT_NAME))
    version = top.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise reader.fail("format_version", translate("content", "应为整数,实际为{type}").format(type=type_name(version)))
    if version > FORMAT_VERSION:
        raise reader.fail("format_version", translate(
            "content", "内容格式版本 {version} 比本软件支持的版本 {known} 新,请更新软件").format(
            version=version, known=FORMAT_VERSION))
    if version < 1:
        raise reader.fail("format_version", translate("content", "内容格式版本应从 1 开始"))
    reader.format_version = version
    pack_raw = reader.obj(top.get("pack"), "pack")
    reader.check_keys(pack_raw, {"id", "name", "version", "language", "description"}, "pack", _V2_PACK_KEYS)
    default_origin = reader.origin(pack_raw, "default_origin", "pack") or Origin.EDITORIAL
    if default_origin == Origin.EXTENSION:
        raise reader.fail("pack.default_origin", translate("content", "默认的文字来源只能是“textbook”或“editorial”"))
    reader.default_origin = default_origin
    pack = PackInfo(
        id=reader.text(pack_raw, "id", "pack"),
        name=reader.text(pack_raw, "name", "pack"),
        version=reader.text(pack_raw, "version", "pack"),
        language=reader.text(pack_raw, "language", "pack", required=False) or "zh-CN",
        description=reader.text(pack_raw, "description", "pack", required=False),
        path=file,
        default_origin=default_origin,
    )
    if not ID_PATTERN.fullmatch(pack.id):
        raise reader.fail("pack.id", translate("content", "包 id 只能由字母、数字、下划线、点和连字符组成"))
    reader.pack_id = pack.id
    if "textbook" not in top:
        raise reader.fail(top_place, translate("content", "缺少必填字段“{key}”").format(key="textbook"))
    textbook = reader.textbook(reader.array(top, "textbook", ""), "textbook")
    if not textbook:
        raise reader.fail("textbook", translate("content", "至少要有一个节点"))
    topics = reader.topics(reader.array(top, "topics", ""), "topics")
    reader.resolve(textbook)
    return pack, textbook, topics, reader.nodes


def load_content(path: str | os.PathLike[str]) -> Content:
    """Read and validate one content file (a regular file of at most CONTENT_FILE_MAX_BYTES bytes)."""
    from netmkt_desktop.files import BoundedReadError, describe_read_error, read_bounded

    file = str(path)
    try:
        raw = read_bounded(Path(file), MAX_FILE_BYTES)
    except BoundedReadError as exc:
        raise ContentError(file, "", describe_read_error(exc, MAX_FILE_BYTES)) from None
    return parse_content_bytes(raw, file)


def parse_content_bytes(raw: bytes, file: str) -> Content:
    """Validate the bytes of a content file (``file`` names it in messages)."""
    if len(raw) > MAX_FILE_BYTES:
        raise ContentError(file, "", translate("content", "文件太大,内容文件最大 {limit} MB").format(
            limit=MAX_FILE_BYTES // 1024 // 1024))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ContentError(file, translate("content", "第 {n} 个字节").format(n=exc.start + 1),
                           translate("content", "文件不是 UTF-8 编码的文本")) from None
    del raw
    # Every JSON value but the first follows a comma or opens an object or a list: a bound on their
    # number, counted before anything is built (text inside strings only makes the count larger).
    values = text.count(",") + text.count("{") + text.count("[")
    if values > CONTENT_MAX_JSON_VALUES:
        raise ContentError(file, "", translate(
            "content", "文件中的数据项太多(约 {n} 个),内容文件最多 {limit} 个").format(
            n=values, limit=CONTENT_MAX_JSON_VALUES))
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        place = translate("content", "第 {line} 行第 {column} 列").format(line=exc.lineno, column=exc.colno)
        problem = _json_problem(exc.msg)
        reason = (translate("content", "JSON 语法错误({problem})").format(problem=problem) if problem
                  else translate("content", "JSON 语法错误"))
        raise ContentError(file, place, reason) from None
    except RecursionError:
        raise ContentError(file, "", translate("content", "嵌套层数过深(最多 {n} 层)").format(n=MAX_DEPTH)) from None
    except MemoryError:
        raise ContentError(file, "", translate("content", "内存不足,无法读取这个文件")) from None
    except ValueError:  # e.g. a number with thousands of digits
        raise ContentError(file, "", translate("content", "JSON 内容无法读取(数字过长或格式不对)")) from None
    del text
    try:
        pack, textbook, topics, nodes = parse_content(data, file)
    except RecursionError:
        raise ContentError(file, "", translate("content", "嵌套层数过深(最多 {n} 层)").format(n=MAX_DEPTH)) from None
    if pack.id == CORE_PACK_ID:
        _translate_own_words(nodes)
    return Content(packs=[pack], nodes=nodes, textbook=textbook, topics=topics)


# ---------------------------------------------------------------------------------------------
# The editors' words in the interface language


SEED_CONTEXT = "seed"  # the translation context of the built-in content's own words


def own_words(node: Node) -> Iterator[str]:
    """The texts of ``node`` that are not the textbook's words: a title the editors gave, the
    heading and body of an editorial or extension node, a source and its certainty."""
    if node.title_origin != Origin.TEXTBOOK:
        yield node.title
    if node.origin != Origin.TEXTBOOK:
        if node.heading:
            yield node.heading
        for block in node.body:
            if block.text:
                yield block.text
            yield from block.items
    if node.source:
        yield node.source
    if node.certainty:
        yield node.certainty


def _translate_own_words(nodes: dict[str, Node]) -> None:
    """Show the built-in content's own words (:func:`own_words`; the app wrote them) in the interface
    language: their translations are in the context "seed" (marked in ``seed_texts.py``).  The
    textbook's words stay as the book has them; so does a teacher's pack, as its teacher wrote it."""

    def tr(text: str) -> str:
        return translate(SEED_CONTEXT, text) if text else text

    for node in nodes.values():
        if node.title_origin != Origin.TEXTBOOK:
            node.title = tr(node.title)
        if node.origin != Origin.TEXTBOOK:
            node.heading = tr(node.heading)
            node.body = tuple(block._replace(text=tr(block.text), items=tuple(tr(i) for i in block.items))
                              for block in node.body)
        node.source, node.certainty = tr(node.source), tr(node.certainty)


def seed_path() -> Path:
    """The built-in content file, in a source checkout or an installed wheel."""
    from netmkt_desktop.paths import bundled_dir

    return bundled_dir("seed") / "core.json"


def merge_contents(contents: list[Content]) -> Content:
    """One content made of several, in order (the core first, then the packs).

    Its nodes are all the nodes; its textbook and topics outlines are the roots of each content's
    outlines one after the other (so the reading order runs through the core, then each pack); its
    packs are every pack's info.  Outline items and nodes are shared, not copied.  Node ids must not
    repeat (``netmkt_desktop.packs`` checks packs before merging); a repeated id raises ContentError.
    """
    packs: list[PackInfo] = []
    nodes: dict[str, Node] = {}
    textbook: list[OutlineItem] = []
    topics: list[OutlineItem] = []
    for content in contents:
        if not nodes.keys().isdisjoint(content.nodes.keys()):
            node_id = next(i for i in content.nodes if i in nodes)
            file = content.packs[0].path if content.packs else ""
            raise ContentError(file, "", translate("content", "节点 id“{id}”在多个内容包中重复,无法合并").format(id=node_id))
        packs.extend(content.packs)
        nodes.update(content.nodes)
        textbook.extend(content.textbook)
        topics.extend(content.topics)
    return Content(packs=packs, nodes=nodes, textbook=textbook, topics=topics)
