"""Content nodes as rich text for the detail pane, print and export (pure Python).

Every text from a content file is escaped: markup in a pack shows literally and loads nothing.
Links between nodes use the ``node:`` scheme, which the detail pane turns into a selection.
"""

from __future__ import annotations

from collections.abc import Callable

from netmkt_desktop.content import CORE_PACK_ID, Content, Node, NodeKind, Origin, numbered
from netmkt_desktop.i18n import N_ as QT_TRANSLATE_NOOP  # the core's marker, under the name pyside6-lupdate reads
from netmkt_desktop.search import literal_spans
from netmkt_desktop.tiers import CompanySize, Tier, sizes_with_tier, structure_for_size, suggested_focus

# What html.escape does, without importing the html package: its entity tables cost the start-up
# about 3 ms, and this module renders the first page. Quotes too, for attribute values.
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;"})


def escape(text: str) -> str:
    return text.translate(_ESCAPES)


NODE_SCHEME = "node"

# Every label here is marked in the translation context "core"; the UI passes a ``tr`` that
# translates in it (netmkt_desktop.ui.i18n.translate_core).  lupdate needs the literal "core".
TRANSLATION_CONTEXT = "core"


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
    NodeKind.EXTENSION: QT_TRANSLATE_NOOP("core", "拓展资料"),
    NodeKind.GROUP: QT_TRANSLATE_NOOP("core", "分类"),
}

ORIGIN_LABELS: dict[Origin, str] = {
    Origin.TEXTBOOK: QT_TRANSLATE_NOOP("core", "教材原文"),
    Origin.EDITORIAL: QT_TRANSLATE_NOOP("core", "本软件编写,不是教材原文"),
    Origin.EXTENSION: QT_TRANSLATE_NOOP("core", "教材以外的资料,不是教材原文"),
}
_PACK_EDITORIAL = QT_TRANSLATE_NOOP("core", "内容包编写,不是教材原文")  # a pack's own words

# The role of the paragraph holding the textbook's sentence on tiers and work (seed: the survey).
PROGRESSION_ROLE = "progression"

_FROM = QT_TRANSLATE_NOOP("core", "出自:")  # "where this comes from", before a link to the textbook node

HIGHLIGHT_STYLE = "background-color:#ffe14d;color:#000000;"

Translate = Callable[[str], str]


def _same(text: str) -> str:
    return text


def _list_sep(tr: Translate) -> str:
    """The separator of an inline list: 、 in Chinese, a comma in English."""
    return tr(QT_TRANSLATE_NOOP("core", "、"))


def node_link(node: Node, text: str | None = None) -> str:
    return f'<a href="{NODE_SCHEME}:{escape(node.id)}">{escape(node.title if text is None else text)}</a>'


def mark(text: str, query: str) -> str:
    """Escape ``text`` and wrap every match of ``query`` in a highlight: the search's own matching
    (letter case and full-width/half-width ignored), so the page marks what the search found."""
    if not query:
        return escape(text)
    out, last = [], 0
    for start, end in literal_spans(text, query):
        out.append(escape(text[last:start]))
        out.append(f'<span style="{HIGHLIGHT_STYLE}">{escape(text[start:end])}</span>')
        last = end
    out.append(escape(text[last:]))
    return "".join(out)


def _is_core(node: Node) -> bool:
    return node.pack_id == CORE_PACK_ID


def origin_label(node: Node, origin: Origin | None = None, tr: Translate = _same) -> str:
    """Whose words ``origin`` (default: the node's) is, for the reader: 教材原文, 本软件编写 …"""
    origin = node.origin if origin is None else origin
    if origin == Origin.EDITORIAL and not _is_core(node):
        return tr(_PACK_EDITORIAL)
    return tr(ORIGIN_LABELS[origin])


def crumb_label(node: Node, tr: Translate = _same) -> str:
    """A node as one step of a breadcrumb: its printed heading (with the title where the heading is a
    box's label such as 知识拓展), or its title; a heading that is not the book's says whose it is."""
    if node.heading and node.title in node.heading:
        label, whose = node.heading, node.origin
    elif node.heading:
        label = tr(QT_TRANSLATE_NOOP("core", "{heading}:{title}")).format(heading=node.heading, title=node.title)
        whose = node.title_origin if node.origin == Origin.TEXTBOOK else node.origin
    else:
        label, whose = node.title, node.title_origin
    if whose == Origin.TEXTBOOK:
        return label
    if whose == Origin.EXTENSION:
        return label + tr(QT_TRANSLATE_NOOP("core", "(教材以外)"))
    if _is_core(node):
        return label + tr(QT_TRANSLATE_NOOP("core", "(本软件所加)"))
    return label + tr(QT_TRANSLATE_NOOP("core", "(内容包所加)"))


def breadcrumb_text(content: Content, node: Node, sep: str = " › ", tr: Translate = _same) -> str:
    """The headings from the top of the textbook down to the node; headings the app added are marked."""
    return sep.join(crumb_label(n, tr) for n in content.breadcrumb(node.id))


def _join_links(targets: list[Node], tr: Translate) -> str:
    """Links in a line: 、 between them, or ; where a title has a 、 of its own (职业、工种与岗位)."""
    if any("、" in t.title for t in targets):
        sep = tr(QT_TRANSLATE_NOOP("core", ";"))
    else:
        sep = _list_sep(tr)
    return escape(sep).join(node_link(t) for t in targets)


def render_node(content: Content, node: Node, query: str = "", tr: Translate = _same) -> str:
    """The node as an HTML fragment for QTextDocument.

    Whose words each part is shows on the page: the first line names the node's kind and origin
    (教材原文 / 本软件编写 / 教材以外的资料); what the app adds on a tier or position page stands
    under its own 【本软件整理】 line, with the textbook's words it rests on quoted as such.
    """
    q = query.strip()
    parts: list[str] = []
    kind = tr(QT_TRANSLATE_NOOP("core", "〔{kind}〕")).format(kind=tr(KIND_LABELS[node.kind]))
    parts.append(f'<p style="margin:0"><small>{escape(kind)} · {escape(origin_label(node, tr=tr))}</small></p>')
    if node.heading and node.title in node.heading:  # (一)互联网营销师: the printed heading holds the title
        parts.append(f"<h1>{mark(node.heading, q)}</h1>")
    else:
        if node.heading:  # 知识拓展, 小资料: the box's label above its title
            parts.append(f'<p style="margin-bottom:0"><b>{mark(node.heading, q)}</b></p>')
        parts.append(f"<h1>{mark(node.title, q)}</h1>")
        if node.origin == Origin.TEXTBOOK and node.title_origin != Origin.TEXTBOOK:
            if _is_core(node):
                note = tr(QT_TRANSLATE_NOOP("core", "(此标题为本软件所加,教材此处没有标题)"))
            else:
                note = tr(QT_TRANSLATE_NOOP("core", "(此标题为内容包所加,不是教材原文)"))
            parts.append(f"<p><small>{escape(note)}</small></p>")

    for block in node.body:
        if block.kind == "h":
            parts.append(f"<h3>{mark(block.text, q)}</h3>")
        elif block.kind == "p":
            parts.append(f"<p>{mark(block.text, q)}</p>")
        else:
            for n, item in enumerate(block.items, 1):
                parts.append(f'<p style="margin-left:1em">{mark(numbered(n, item), q)}</p>')
        for note_id in block.notes:
            note_node = content.node(note_id)
            if note_node is not None:
                parts.append(_note(note_node, q, tr))

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
            parts.append(f"<p><b>{label}</b>{_join_links(targets, tr)}</p>")

    if node.kind == NodeKind.TIER and node.tier:
        parts.append(_tier_details(content, Tier.from_code(node.tier), tr))
    if node.kind == NodeKind.POSITION:
        parts.append(_position_details(content, tr))
    if node.kind == NodeKind.WORK_TYPE:
        parent = content.parent_of(node.id)
        if parent is not None and parent.kind == NodeKind.OCCUPATION:
            occupation_label = tr(QT_TRANSLATE_NOOP("core", "所属职业:"))
            parts.append(f"<p><b>{escape(occupation_label)}</b>{node_link(parent)}</p>")
    if node.id == "topic.tiers":
        parts.append(_app_says(tr) + size_table(tr) + f"<p><small>{escape(tr(_SIZE_HEDGE))}</small></p>")

    item = content.textbook_item(node.id)
    children = [c.node for c in item.children if c.node.id not in node.links] if item else []
    if children:
        children_label = tr(QT_TRANSLATE_NOOP("core", "本节内容:"))
        rows = "".join(f"<li>{node_link(c, crumb_label(c, tr))}</li>" for c in children)
        parts.append(f'<p style="margin-bottom:0"><b>{escape(children_label)}</b></p><ul>{rows}</ul>')

    crumb = breadcrumb_text(content, node, tr=tr)
    if crumb:
        if not content.textbook_item(node.id):
            label = tr(QT_TRANSLATE_NOOP("core", "位置:"))
        elif node.origin == Origin.TEXTBOOK:
            label = tr(QT_TRANSLATE_NOOP("core", "教材出处:"))
        else:  # the node is not the book's: the place in the book it stands beside
            label = tr(QT_TRANSLATE_NOOP("core", "相关教材位置:"))
            crumb = " › ".join(crumb_label(n, tr) for n in content.breadcrumb(node.id)[:-1]) or crumb
        parts.append(f"<hr/><p><small>{escape(label)}{escape(crumb)}</small></p>")
    return "\n".join(parts)


def _note(note: Node, q: str, tr: Translate) -> str:
    """A note node shown right after the paragraph it explains, marked with whose words it is."""
    label = tr(QT_TRANSLATE_NOOP("core", "【{origin}】")).format(origin=origin_label(note, tr=tr))
    text = "".join(b.text for b in note.body if b.kind == "p")
    out = f"<b>{escape(label)}</b>{mark(text, q)}"
    if note.source:
        source = tr(QT_TRANSLATE_NOOP("core", "来源:{source}")).format(source=note.source)
        out += f"<br/>{mark(source, q)}"
        if note.certainty:
            out += escape(tr(QT_TRANSLATE_NOOP("core", "(可信度:{certainty})")).format(certainty=note.certainty))
    more = tr(QT_TRANSLATE_NOOP("core", "详见:"))
    out += f"<br/>{escape(more)}{node_link(note)}"
    return f"<blockquote><small>{out}</small></blockquote>"


def _app_says(tr: Translate) -> str:
    """The line that opens what the app adds to a textbook page."""
    label = tr(QT_TRANSLATE_NOOP("core", "【本软件根据教材整理,不是教材原文】"))
    return f"<hr/><p><small><b>{escape(label)}</b></small></p>"


_SIZE_HEDGE = QT_TRANSLATE_NOOP(
    "core", "教材说的是一般情况(“基本”“主要设”“甚至部分企业……只设置了”),实际企业的设置可以不同。"
            "恰好500人的企业,“500人以上”和“500人以下”都可以包括,3个层级和两个层级两种说法都符合教材。")


def progression_paragraph(content: Content) -> tuple[str, Node] | None:
    """The textbook's one sentence on how the work changes as the tier rises (the paragraph with role
    ``progression``) and the node that holds it; None when the content has none."""
    for node in content.reading_order:
        for block in node.body:
            if block.kind == "p" and block.role == PROGRESSION_ROLE and node.origin == Origin.TEXTBOOK:
                return block.text, node
    return None


def place_in_book(content: Content, node: Node, tr: Translate = _same) -> str:
    """Where a node stands in the textbook, as the reader names it: 第一节 … › 知识拓展:网络营销职业现状调研."""
    trail = [n for n in content.breadcrumb(node.id) if n.kind != NodeKind.PART]
    return " › ".join(crumb_label(n, tr) for n in trail)


def progression_text(content: Content, tr: Translate = _same) -> str:
    """The textbook's sentence quoted exactly, with its place in the book, as one line of plain text
    (empty when the content has no such sentence)."""
    found = progression_paragraph(content)
    if found is None:
        return ""
    sentence, node = found
    return tr(QT_TRANSLATE_NOOP("core", "教材原文:“{sentence}”(出自:{place})")).format(
        sentence=sentence, place=place_in_book(content, node, tr))


def progression_html(content: Content, tr: Translate = _same, link: bool = True) -> str:
    """The textbook's sentence as a quotation, with its place (a link to it when ``link``)."""
    found = progression_paragraph(content)
    if found is None:
        return ""
    sentence, node = found
    quote = tr(QT_TRANSLATE_NOOP("core", "“{sentence}”")).format(sentence=sentence)
    label = tr(QT_TRANSLATE_NOOP("core", "教材原文:"))
    name = crumb_label(node, tr)
    source = escape(tr(_FROM)) + (node_link(node, name) if link else escape(name))
    above = [n for n in content.breadcrumb(node.id)[:-1] if n.kind != NodeKind.PART]
    if above:
        place = " › ".join(crumb_label(n, tr) for n in above)
        source += escape(tr(QT_TRANSLATE_NOOP("core", "({place})")).format(place=place))
    return (f'<p style="margin-bottom:0"><b>{escape(label)}</b></p><blockquote>{escape(quote)}</blockquote>'
            f"<p><small>{source}</small></p>")


def _tier_details(content: Content, tier: Tier, tr: Translate) -> str:
    out = [_app_says(tr)]
    rows = []
    for size, is_choice in sizes_with_tier(tier):
        note = ""
        if is_choice:
            others = [t for t in structure_for_size(size).middle_choices if t != tier]
            note = tr(QT_TRANSLATE_NOOP("core", "(与{other}二者设其一)")).format(
                other=_list_sep(tr).join(tr(t.full_label) for t in others))
        rows.append(f"<li>{escape(tr(size.label))}{escape(note)}</li>")
    heading = tr(QT_TRANSLATE_NOOP("core", "教材中一般设有此层级的企业"))
    out.append(f"<h3>{escape(heading)}</h3><ul>{''.join(rows)}</ul>")
    ladder_label = tr(QT_TRANSLATE_NOOP("core", "层级阶梯:"))
    out.append(
        f"<p><b>{escape(ladder_label)}</b>"
        + " → ".join(f"<b>{escape(tr(t.label))}</b>" if t == tier else escape(tr(t.label)) for t in Tier)
        + "</p>"
    )
    out.append(progression_html(content, tr))
    out.append(f"<p><b>{escape(suggested_focus(tier, tr))}</b></p>")
    return "".join(out)


def _position_details(content: Content, tr: Translate) -> str:
    out = [_app_says(tr)]
    duties = content.node("staff_duties")
    if duties is not None and duties.duties:
        intro = tr(QT_TRANSLATE_NOOP(
            "core", "教材没有逐个岗位说明岗位职责。下面是教材“{heading}”的原文,供对照:"))
        out.append(f"<p>{escape(intro.format(heading=duties.heading or duties.title))}</p>")
        label = tr(QT_TRANSLATE_NOOP("core", "教材原文:"))
        items = "<br/>".join(escape(numbered(n, item)) for n, item in enumerate(duties.duties, 1))
        out.append(f'<p style="margin-bottom:0"><b>{escape(label)}</b></p><blockquote>{items}</blockquote>')
        out.append(f"<p><small>{escape(tr(_FROM))}{node_link(duties)}</small></p>")
    tiers = [content.node(t.node_id) for t in Tier]
    tiers = [t for t in tiers if t is not None]
    if tiers:
        tiers_label = tr(QT_TRANSLATE_NOOP("core", "岗位层级:"))
        out.append(f"<p><b>{escape(tiers_label)}</b>{' → '.join(node_link(t) for t in tiers)}</p>")
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
