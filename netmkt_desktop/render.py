"""Content nodes as rich text for the detail pane, print and export (pure Python).

Every text from a content file is escaped: markup in a pack shows literally and loads nothing.
Links between nodes use the ``node:`` scheme, which the detail pane turns into a selection.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from html import escape

from netmkt_desktop.content import Content, Node, NodeKind
from netmkt_desktop.tiers import PROGRESSION, CompanySize, Tier, sizes_with_tier, structure_for_size

NODE_SCHEME = "node"

KIND_LABELS: dict[NodeKind, str] = {
    NodeKind.PART: "教材部分",
    NodeKind.CHAPTER: "节",
    NodeKind.SECTION: "小节",
    NodeKind.TOPIC: "知识点",
    NodeKind.OCCUPATION: "职业",
    NodeKind.WORK_TYPE: "工种",
    NodeKind.POSITION: "岗位",
    NodeKind.TIER: "岗位层级",
    NodeKind.SIDEBAR: "小资料",
    NodeKind.FURTHER_READING: "知识拓展",
    NodeKind.EXTENSION: "拓展资料(教材以外)",
    NodeKind.GROUP: "分类",
}

HIGHLIGHT_STYLE = "background-color:#ffe14d;color:#000000;"

Translate = Callable[[str], str]


def _same(text: str) -> str:
    return text


def node_link(node: Node) -> str:
    return f'<a href="{NODE_SCHEME}:{escape(node.id, quote=True)}">{escape(node.title)}</a>'


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
    kind = tr(KIND_LABELS[node.kind])
    parts.append(f'<p style="margin:0"><small>〔{escape(kind)}〕</small></p>')
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
                parts.append(f'<p style="margin-left:1em">{mark(f"({n}){item}", q)}</p>')

    if node.kind == NodeKind.EXTENSION:
        parts.append(f"<p><b>{escape(tr('来源'))}:</b>{mark(node.source, q)}</p>")
        if node.certainty:
            parts.append(f"<p><b>{escape(tr('可信度'))}:</b>{escape(node.certainty)}</p>")
        parts.append(f"<p><small>{escape(tr('这是教材以外的补充资料,不是教材原文。'))}</small></p>")

    linked = [content.node(i) for i in node.links]
    linked = [n for n in linked if n is not None]
    if linked:
        groups: dict[NodeKind, list[Node]] = {}
        for target in linked:
            groups.setdefault(target.kind, []).append(target)
        for target_kind, targets in groups.items():
            label = escape(tr(KIND_LABELS[target_kind]))
            parts.append(f"<p><b>{label}:</b>{'、'.join(node_link(t) for t in targets)}</p>")

    if node.kind == NodeKind.TIER and node.tier:
        parts.append(_tier_details(content, Tier.from_code(node.tier), tr))
    if node.kind == NodeKind.POSITION:
        parts.append(_position_details(content, node, tr))
    if node.kind == NodeKind.WORK_TYPE:
        parent = content.parent_of(node.id)
        if parent is not None and parent.kind == NodeKind.OCCUPATION:
            parts.append(f"<p><b>{escape(tr('所属职业'))}:</b>{node_link(parent)}</p>")
    if node.id == "topic.tiers":
        parts.append(size_table(tr))

    item = content.textbook_item(node.id)
    children = [c.node for c in item.children if c.node.id not in node.links] if item else []
    if children:
        links = "、".join(node_link(c) for c in children)
        parts.append(f"<p><b>{escape(tr('本节内容'))}:</b>{links}</p>")

    crumb = breadcrumb_text(content, node)
    if crumb:
        label = tr("教材出处") if content.textbook_item(node.id) else tr("位置")
        parts.append(f"<hr/><p><small>{escape(label)}:{escape(crumb)}</small></p>")
    return "\n".join(parts)


def _tier_details(content: Content, tier: Tier, tr: Translate) -> str:
    rows = []
    for size, is_choice in sizes_with_tier(tier):
        note = tr("(与另一层级二选一)") if is_choice else ""
        rows.append(f"<li>{escape(tr(size.label))}{escape(note)}</li>")
    out = [f"<h3>{escape(tr('设有此层级的企业'))}</h3><ul>{''.join(rows)}</ul>"]
    ladder = [t for t in Tier]
    stage = PROGRESSION[min(len(PROGRESSION) - 1, (tier.value - 1) * len(PROGRESSION) // len(ladder))]
    out.append(
        f"<p><b>{escape(tr('层级阶梯'))}:</b>"
        + " → ".join(f"<b>{escape(t.label)}</b>" if t == tier else escape(t.label) for t in ladder)
        + "</p>"
    )
    out.append(
        f"<p><small>{escape(tr('建议(教材未逐级说明):随着层级提升,工作内容从网络营销推广拓展到网络营销策划,最终拓展到整体项目运作;此层级大致对应'))}"
        f"“{escape(stage)}”。</small></p>"
    )
    survey = content.node("survey")
    if survey is not None:
        out.append(f"<p>{escape(tr('出自'))}:{node_link(survey)}</p>")
    return "".join(out)


def _position_details(content: Content, node: Node, tr: Translate) -> str:
    out = []
    duties = content.node("staff_duties")
    if duties is not None and duties.duties:
        out.append(f"<h3>{escape(tr('网络营销人员的岗位职责(适用于各网络营销岗位)'))}</h3>")
        for n, item in enumerate(duties.duties, 1):
            out.append(f'<p style="margin-left:1em">{escape(f"({n}){item}")}</p>')
        out.append(f"<p>{escape(tr('出自'))}:{node_link(duties)}</p>")
    tiers = content.node("topic.tiers")
    if tiers is not None:
        out.append(f"<p>{escape(tr('岗位层级'))}:{node_link(tiers)}</p>")
    return "".join(out)


def size_table(tr: Translate = _same) -> str:
    rows = []
    for size in CompanySize:
        levels = structure_for_size(size).levels
        ladder = " → ".join("或".join(t.label for t in level) for level in levels)
        rows.append(f"<tr><td>{escape(tr(size.label))}</td><td>{escape(ladder)}</td></tr>")
    head = f"<tr><th>{escape(tr('企业规模'))}</th><th>{escape(tr('岗位层级'))}</th></tr>"
    return f'<table border="1" cellpadding="4" cellspacing="0">{head}{"".join(rows)}</table>'
