"""学习单: the section to print and revise from, with the student's own notes and mistakes.

* :func:`sheet_html` — the section text in the textbook's order (every node, headings by depth, the
  numbered lists as the book numbers them; a fact from beyond the textbook says so and names its
  source), each bookmarked node marked ★, the student's note under its node, then the 错题本: each
  open mistake with the student's last wrong answer and the right one.  Every text from the student
  (notes, names, answers) is escaped: it shows as typed and loads nothing.
* :func:`export_pdf` writes an A4 PDF with page numbers through
  :func:`netmkt_desktop.ui.printing.document_pdf` (which puts the PDF's text layer right for CJK
  fonts), atomically, as the 职业生涯规划书 does; :func:`print_sheet` opens the same print preview.
"""

from __future__ import annotations

import os
from datetime import date
from typing import NamedTuple

from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from netmkt_desktop.content import Content, Node, NodeKind, Origin, OutlineItem, numbered
from netmkt_desktop.quiz import question_by_id
from netmkt_desktop.records import QuizMistake
from netmkt_desktop.render import crumb_label, escape
from netmkt_desktop.ui.i18n import app_display_name, translate, translate_core
from netmkt_desktop.ui.plan_document import PlanTextDocument, save_pdf
from netmkt_desktop.ui.printing import PAGE_WIDTH_PX, document_font, document_pdf, open_print_preview, paint_pages


class SheetData(NamedTuple):
    """What of one student goes on the sheet."""

    name: str = ""
    class_name: str = ""
    notes: dict[str, str] = {}
    bookmarks: tuple[str, ...] = ()
    mistakes: tuple[QuizMistake, ...] = ()  # the open ones, the most recently missed first


def _lines(text: str) -> str:
    return "<br/>".join(escape(line) for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))


def _node_html(content: Content, item: OutlineItem, depth: int, data: SheetData) -> list[str]:
    node: Node = item.node
    marked = node.id in data.bookmarks
    title = crumb_label(node, translate_core)
    level = min(2 + depth, 4)
    star = escape(translate("StudySheet", "★ 已收藏")) if marked else ""
    star_html = f' <span style="color:#9a6700">{star}</span>' if star else ""
    out = [f"<h{level}>{escape(title)}{star_html}</h{level}>"]
    if node.origin == Origin.EXTENSION or node.kind == NodeKind.EXTENSION:
        label = translate("StudySheet", "【教材以外的资料】来源:{source}").format(source=node.source)
        out.append(f"<p><small>{escape(label)}</small></p>")
    for block in node.body:
        if block.kind == "h":
            out.append(f"<p><b>{escape(block.text)}</b></p>")
        elif block.kind == "ol":
            out += [f'<p style="margin-left:12px">{escape(numbered(n, text))}</p>' for n, text in enumerate(block.items, 1)]
        else:
            out.append(f"<p>{escape(block.text)}</p>")
    note = data.notes.get(node.id, "")
    if note.strip():
        label = escape(translate("StudySheet", "我的笔记:"))
        out.append('<table width="100%" border="1" cellspacing="0" cellpadding="6" bgcolor="#f6f6f6">'
                   f"<tr><td><b>{label}</b><br/>{_lines(note.strip())}</td></tr></table>")
    for child in item.children:
        out += _node_html(content, child, depth + 1, data)
    return out


def _answer_text(question, texts) -> str:
    sep = " → " if question.kind == "order" else translate("StudySheet", "、")
    return sep.join(texts)


def _mistakes_html(content: Content, mistakes) -> list[str]:
    heading = translate("StudySheet", "错题本")
    mine_label = translate("StudySheet", "我上次的答案:")
    right_label = translate("StudySheet", "正确答案:")
    out = [f"<h2>{escape(heading)}</h2>"]
    shown = 0
    for mistake in mistakes:
        question = question_by_id(content, mistake.question_id, mistake.rng_seed)
        if question is None:
            continue
        shown += 1
        right = _answer_text(question, [question.options[i] for i in question.answer])
        if mistake.last_answer:
            mine = _answer_text(question, mistake.last_answer)
        else:
            mine = translate("StudySheet", "(没有记录)")
        rows = [
            f"<p><b>{shown}. {_lines(question.prompt)}</b></p>",
            f"<p>{escape(mine_label)}{escape(mine)}</p>",
            f"<p>{escape(right_label)}<b>{escape(right)}</b></p>",
            f"<p><small>{escape(question.explanation)}</small></p>",
        ]
        out.append("".join(rows))
    if not shown:
        empty = translate("StudySheet", "错题本是空的。")
        out.append(f"<p>{escape(empty)}</p>")
    return out


def sheet_html(content: Content, data: SheetData, today: date | None = None) -> str:
    """The 学习单 as HTML (see the module docstring)."""
    title = translate("StudySheet", "学习单:{section}").format(
        section=content.packs[0].name if content.packs else "")
    unset = "________"
    who = translate("StudySheet", "姓名:{name}  班级:{class_name}  日期:{day}").format(
        name=data.name or unset, class_name=data.class_name or unset, day=(today or date.today()).isoformat())
    parts = [f'<h1 align="center">{escape(title)}</h1>', f'<p align="center">{escape(who)}</p>']
    marked = len([b for b in data.bookmarks if content.node(b) is not None])
    legend = translate("StudySheet", "教材原文按教材顺序排列;★ 为我收藏的内容({n} 处),灰框里是我的笔记。").format(n=marked)
    parts.append(f"<p><small>{escape(legend)}</small></p>")
    for root in content.textbook:
        parts += _node_html(content, root, 0, data)
    parts += _mistakes_html(content, data.mistakes)
    footer = translate("StudySheet", "由“{app}”生成;内容版本:{version}").format(app=app_display_name(),
                                                                        version=content.version)
    parts.append(f'<p align="right"><small>{escape(footer)}</small></p>')
    return "\n".join(parts)


def build_document(content: Content, data: SheetData, parent=None) -> PlanTextDocument:
    doc = PlanTextDocument(parent)
    doc.setDocumentMargin(0)
    doc.setDefaultFont(document_font())
    doc.setTextWidth(PAGE_WIDTH_PX)
    doc.setHtml(sheet_html(content, data))
    return doc


def sheet_title() -> str:
    return translate("StudySheet", "学习单")


def pdf_bytes(content: Content, data: SheetData) -> tuple[bytes, int]:
    """The sheet as an A4 PDF in memory, and its page count."""
    return document_pdf(build_document(content, data), sheet_title())


def export_pdf(content: Content, data: SheetData, path: str | os.PathLike[str]) -> int:
    """Write the sheet to ``path`` (A4 PDF); returns the page count.  Raises PlanExportError (a message
    for the student) when it cannot be written; the destination is then left as it was."""
    return save_pdf(path, *pdf_bytes(content, data))


def print_sheet(content: Content, data: SheetData, parent: QWidget | None) -> QPrintPreviewDialog:
    """Open the print preview of the sheet (non-blocking); it deletes itself on close."""
    doc = build_document(content, data)

    def _on_dialog_paint_requested(device: QPrinter) -> None:
        paint_pages(doc, device)

    dialog = open_print_preview(parent, _on_dialog_paint_requested, translate("StudySheet", "打印预览 - 学习单"),
                                "sheetPrintPreview", sheet_title())
    doc.setParent(dialog)
    return dialog
