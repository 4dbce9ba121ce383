"""Content nodes as rich text for the detail pane, print and export (pure Python).

Every text from a content file is escaped: markup in a pack shows literally and loads nothing.
Links between nodes use the ``node:`` scheme, which the detail pane turns into a selection.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from netmkt_desktop.content import Content, Node, NodeKind, numbered
from netmkt_desktop.tiers import PROGRESSION, CompanySize, Tier, sizes_with_tier, structure_for_size

# What html.escape does, without importing the html package: its entity tables cost the start-up
# about 3 ms, and this module renders the first page. Quotes too, for attribute values.
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;"})


def escape(text: str) -> str:
    return text.translate(_ESCAPES)


NODE_SCHEME = "node"

# Every label here is marked in the translation context "core"; the UI passes a ``tr`` that
# translates in it (netmkt_desktop.ui.i18n.translate_core).  lupdate needs the literal "core".
TRANSLATION_CONTEXT = "core"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name pyside6-lupdate looks for
    """Mark ``text`` for pyside6-lupdate in ``context`` and return it unchanged (this module has no Qt)."""
    return text


KIND_LABELS: dict[NodeKind, str] = {
    NodeKind.PART: QT_TRANSLATE_NOOP("core", "教材部分"),
    NodeKind.CHAPTER: QT_TRANSLATE_NOOP("core", "节"),
    NodeKind.SECTION: QT_TRANSLATE_NOOP("core", "小节"),
    NodeKind.TOPIC: QT_TRANSLATE_NOOP("core", "知识点"),
    NodeKind.OCCUPATION: QT_TRANSLATE_NOOP("core", "职业"),
    NodeKind.WORK_TYPE: QT_TRANSLATE_NOOP("core", "工种"),
    NodeKind.POSITION: QT_TRANSLATE_NOOP("core", "岗位"),
    NodeKind.TIER: QT_TRANSLATE_NOOP("core", "岗位层级"),
    NodeKind.SIDEBAR: QT_TRANSLATE_NOOP("core", "小资料"),
    NodeKind.FURTHER_READING: QT_TRANSLATE_NOOP("core", "知识拓展"),
    NodeKind.EXTENSION: QT_TRANSLATE_NOOP("core", "拓展资料(教材以外)"),
    NodeKind.GROUP: QT_TRANSLATE_NOOP("core", "分类"),
}

_FROM = QT_TRANSLATE_NOOP("core", "出自:")  # "where this comes from", before a link to the textbook node

HIGHLIGHT_STYLE = "background-color:#ffe14d;color:#000000;"

Translate = Callable[[str], str]


def _same(text: str) -> str:
    return text


def _list_sep(tr: Translate) -> str:
    """The separator of an inline list: 、 in Chinese, a comma in English."""
    return tr(QT_TRANSLATE_NOOP("core", "、"))


def node_link(node: Node) -> str:
    return f'<a href="{NODE_SCHEME}:{escape(node.id)}">{escape(node.title)}</a>'


def mark(text: str, query: str) -> str:
    """Escape ``text`` and wrap every case-insensitive occurrence of ``query`` in a highlight."""
    if not query:
        return escape(text)
    pattern = re.compile(re.escape(query), re.IGNORECASE)
    out, last = [], 0
    for m in pattern.finditer(text):
        out.append(escape(text[last:m.start()]))
        out.append(f'<span style="{HIGHLIGHT_STYLE}">{escape(m.group())}</span>')
        last = m.end()
    out.append(escape(text[last:]))
    return "".join(out)


def breadcrumb_text(content: Content, node: Node, sep: str = " › ") -> str:
    return sep.join((n.heading or n.title) for n in content.breadcrumb(node.id))


def render_node(content: Content, node: Node, query: str = "", tr: Translate = _same) -> str:
    """The node as an HTML fragment for QTextDocument."""
    q = query.strip()
    parts: list[str] = []
    kind = tr(QT_TRANSLATE_NOOP("core", "〔{kind}〕")).format(kind=tr(KIND_LABELS[node.kind]))
    parts.append(f'<p style="margin:0"><small>{escape(kind)}</small></p>')
    parts.append(f"<h1>{mark(node.title, q)}</h1>")
    if node.heading and node.heading != node.title:
        parts.append(f"<p><b>{mark(node.heading, q)}</b></p>")

    for block in node.body:
        if block.kind == "h":
            parts.append(f"<h3>{mark(block.text, q)}</h3>")
        elif block.kind == "p":
            parts.append(f"<p>{mark(block.text, q)}</p>")
        else:
            for n, item in enumerate(block.items, 1):
                parts.append(f'<p style="margin-left:1em">{mark(numbered(n, item), q)}</p>')

    if node.kind == NodeKind.EXTENSION:
        source_label = tr(QT_TRANSLATE_NOOP("core", "来源:"))
        parts.append(f"<p><b>{escape(source_label)}</b>{mark(node.source, q)}</p>")
        if node.certainty:
            certainty_label = tr(QT_TRANSLATE_NOOP("core", "可信度:"))
            parts.append(f"<p><b>{escape(certainty_label)}</b>{escape(node.certainty)}</p>")
        note = tr(QT_TRANSLATE_NOOP("core", "这是教材以外的补充资料,不是教材原文。"))
        parts.append(f"<p><small>{escape(note)}</small></p>")

    linked = [content.node(i) for i in node.links]
    linked = [n for n in linked if n is not None]
    if linked:
        groups: dict[NodeKind, list[Node]] = {}
        for target in linked:
            groups.setdefault(target.kind, []).append(target)
        for target_kind, targets in groups.items():
            label = escape(tr(QT_TRANSLATE_NOOP("core", "{label}:")).format(label=tr(KIND_LABELS[target_kind])))
            parts.append(f"<p><b>{label}</b>{escape(_list_sep(tr)).join(node_link(t) for t in targets)}</p>")

    if node.kind == NodeKind.TIER and node.tier:
        parts.append(_tier_details(content, Tier.from_code(node.tier), tr))
    if node.kind == NodeKind.POSITION:
        parts.append(_position_details(content, node, tr))
    if node.kind == NodeKind.WORK_TYPE:
        parent = content.parent_of(node.id)
        if parent is not None and parent.kind == NodeKind.OCCUPATION:
            occupation_label = tr(QT_TRANSLATE_NOOP("core", "所属职业:"))
            parts.append(f"<p><b>{escape(occupation_label)}</b>{node_link(parent)}</p>")
    if node.id == "topic.tiers":
        parts.append(size_table(tr))

    item = content.textbook_item(node.id)
    children = [c.node for c in item.children if c.node.id not in node.links] if item else []
    if children:
        links = escape(_list_sep(tr)).join(node_link(c) for c in children)
        children_label = tr(QT_TRANSLATE_NOOP("core", "本节内容:"))
        parts.append(f"<p><b>{escape(children_label)}</b>{links}</p>")

    crumb = breadcrumb_text(content, node)
    if crumb:
        if content.textbook_item(node.id):
            label = tr(QT_TRANSLATE_NOOP("core", "教材出处:"))
        else:
            label = tr(QT_TRANSLATE_NOOP("core", "位置:"))
        parts.append(f"<hr/><p><small>{escape(label)}{escape(crumb)}</small></p>")
    return "\n".join(parts)


def _tier_details(content: Content, tier: Tier, tr: Translate) -> str:
    rows = []
    for size, is_choice in sizes_with_tier(tier):
        note = tr(QT_TRANSLATE_NOOP("core", "(与另一层级二选一)")) if is_choice else ""
        rows.append(f"<li>{escape(tr(size.label))}{escape(note)}</li>")
    heading = tr(QT_TRANSLATE_NOOP("core", "设有此层级的企业"))
    out = [f"<h3>{escape(heading)}</h3><ul>{''.join(rows)}</ul>"]
    ladder = [t for t in Tier]
    stage = PROGRESSION[min(len(PROGRESSION) - 1, (tier.value - 1) * len(PROGRESSION) // len(ladder))]
    ladder_label = tr(QT_TRANSLATE_NOOP("core", "层级阶梯:"))
    out.append(
        f"<p><b>{escape(ladder_label)}</b>"
        + " → ".join(f"<b>{escape(tr(t.label))}</b>" if t == tier else escape(tr(t.label)) for t in ladder)
        + "</p>"
    )
    suggestion = tr(QT_TRANSLATE_NOOP(
        "core", "建议(教材未逐级说明):随着层级提升,工作内容从网络营销推广拓展到网络营销策划,"
                "最终拓展到整体项目运作;此层级大致对应“{stage}”。"))
    out.append(f"<p><small>{escape(suggestion.format(stage=tr(stage)))}</small></p>")
    survey = content.node("survey")
    if survey is not None:
        out.append(f"<p>{escape(tr(_FROM))}{node_link(survey)}</p>")
    return "".join(out)


def _position_details(content: Content, node: Node, tr: Translate) -> str:
    out = []
    duties = content.node("staff_duties")
    if duties is not None and duties.duties:
        heading = tr(QT_TRANSLATE_NOOP("core", "网络营销人员的岗位职责(适用于各网络营销岗位)"))
        out.append(f"<h3>{escape(heading)}</h3>")
        for n, item in enumerate(duties.duties, 1):
            out.append(f'<p style="margin-left:1em">{escape(numbered(n, item))}</p>')
        out.append(f"<p>{escape(tr(_FROM))}{node_link(duties)}</p>")
    tiers = content.node("topic.tiers")
    if tiers is not None:
        tiers_label = tr(QT_TRANSLATE_NOOP("core", "岗位层级:"))
        out.append(f"<p>{escape(tiers_label)}{node_link(tiers)}</p>")
    return "".join(out)


def size_table(tr: Translate = _same) -> str:
    rows = []
    for size in CompanySize:
        levels = structure_for_size(size).levels
        either = tr(QT_TRANSLATE_NOOP("core", "或"))
        ladder = " → ".join(either.join(tr(t.label) for t in level) for level in levels)
        rows.append(f"<tr><td>{escape(tr(size.label))}</td><td>{escape(ladder)}</td></tr>")
    size_head = tr(QT_TRANSLATE_NOOP("core", "企业规模"))
    tier_head = tr(QT_TRANSLATE_NOOP("core", "岗位层级"))
    head = f"<tr><th>{escape(size_head)}</th><th>{escape(tier_head)}</th></tr>"
    return f'<table border="1" cellpadding="4" cellspacing="0">{head}{"".join(rows)}</table>'
