"""The 职业生涯规划书: a career plan as a printable document, exported to PDF or printed.

* :func:`plan_html` writes the plan as HTML; every text from the plan is escaped, so markup typed
  into a title shows literally and loads nothing.
* :func:`build_document` makes a :class:`PlanTextDocument` (a QTextDocument that loads nothing but
  its own ladder picture) with the picture drawn by :func:`~netmkt_desktop.ui.ladder_view.paint_ladder`.
* :func:`export_pdf` writes an A4 PDF (300 dpi, CJK font embedded, a text layer that reads back as
  written) through a temporary file in the destination folder, so a failed export never leaves
  half a file behind.
* :func:`print_plan` opens (never ``exec()``) a print preview that prints the same pages.

Pages, the PDF writer and the preview are those of :mod:`netmkt_desktop.ui.printing`.
"""

from __future__ import annotations

import errno
import os
import re
from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QImage, QPainter, QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from netmkt_desktop.content import Content
from netmkt_desktop.errors import PlanExportError
from netmkt_desktop.files import write_bytes_atomic
from netmkt_desktop.handin import StudentDetails
from netmkt_desktop.plans import UNKNOWN_SIZE_NOTE, CareerPlan, TierGoal, company_text
from netmkt_desktop.render import progression_html
from netmkt_desktop.tiers import suggested_focus
from netmkt_desktop.ui.i18n import (
    app_display_name,
    goal_target_label,
    tier_full_label,
    tier_label,
    translate,
    translate_core,
    unlisted_tier_note,
)
from netmkt_desktop.ui.ladder_view import ladder_size_hint, paint_ladder
from netmkt_desktop.ui.printing import (  # noqa: F401 (FOOTER_HEIGHT, page_size_units: part of this module's interface)
    BODY_POINT_SIZE,
    DOC_DPI,
    FOOTER_HEIGHT,
    PAGE_WIDTH_PX,
    document_font,
    document_pdf,
    open_print_preview,
    page_size_units,
    paint_pages,
    print_palette,
)
from netmkt_desktop.ui.safe_text import SafeTextDocument

LADDER_IMAGE_SCALE = 3  # image pixels per document unit: 288 dpi, sharp at 300 dpi print
LADDER_RESOURCE = "ladder"


def export_error(path: str | os.PathLike[str], reason: str) -> PlanExportError:
    """The error for a PDF that could not be written to ``path`` because of ``reason``."""
    return PlanExportError(translate("PlanDocument", "无法保存 PDF 文件:\n%1\n\n原因:%2\n\n"
                                     "请换一个可以写入的文件夹(例如 U 盘或桌面)再试。")
                           .replace("%1", str(path)).replace("%2", reason), path, reason)


def _describe_os_error(exc: OSError) -> str:
    if exc.errno in (errno.EACCES, errno.EPERM):
        return translate("PlanDocument", "没有写入权限,或文件正被其他程序(如 PDF 阅读器)打开")
    if exc.errno == errno.EROFS:
        return translate("PlanDocument", "这是只读的磁盘或文件夹")
    if exc.errno == errno.ENOSPC:
        return translate("PlanDocument", "磁盘空间已满")
    if exc.errno == errno.ENOENT:
        return translate("PlanDocument", "文件夹不存在")
    if exc.errno == errno.ENOTDIR:
        return translate("PlanDocument", "路径中有一部分是文件,不是文件夹")
    if exc.errno == errno.EISDIR:
        return translate("PlanDocument", "这个名字已被一个文件夹占用")
    return exc.strerror or str(exc)


describe_os_error = _describe_os_error  # why a file could not be written, for the student (the 学习单 uses it too)


# ---------------------------------------------------------------------------------------------
# HTML


def _node_title(content: Content, node_id: str) -> str:
    node = content.node(node_id) if node_id else None
    if node is None:
        return translate("PlanDocument", "(内容中已没有此项:%1)").replace("%1", node_id)
    return node.title


def _day(stamp: str) -> str:
    match = re.match(r"\d{4}-\d{2}-\d{2}", stamp or "")
    return match.group(0) if match else (stamp or "")


def _multiline(text: str) -> str:
    return "<br/>".join(escape(line) for line in text.splitlines())


def _cell(label: str, value_html: str, span: int = 1) -> str:
    """A label cell and its value; ``span`` columns for the value."""
    return (f'<th align="left" width="14%" bgcolor="#f0f0f0">{escape(label)}</th>'
            f'<td colspan="{span}" width="{36 if span == 1 else 86}%">{value_html}</td>')


def _goal_rows(plan: CareerPlan) -> str:
    rows = []
    for goal in plan.goals:
        tier = escape(tier_full_label(goal.tier))
        if not plan.is_listed(goal.tier):
            tier += "<br/><small>" + escape(translate("PlanDocument", "(%1)").replace("%1", unlisted_tier_note())) + "</small>"
        unset = translate("PlanDocument", "(未填写)")
        rows.append(
            f"<tr><td>{tier}</td><td>{escape(goal_target_label(goal))}</td>"
            f"<td>{_multiline(goal.actions) or escape(unset)}</td>"
            f"<td>{escape(_achieved_text(goal))}</td></tr>"
        )
    return "".join(rows)


def _focus_notes(plan: CareerPlan, content: Content) -> str:
    """The app's suggestion for each goal's tier (labelled as such) and the textbook sentence it rests on."""
    tiers = sorted({g.tier for g in plan.goals})
    lines = "".join(f"<p><small>{escape(suggested_focus(t, translate_core))}</small></p>" for t in tiers)
    return lines + progression_html(content, translate_core, link=False)


def _achieved_text(goal: TierGoal) -> str:
    if goal.achieved_on is None:
        return translate("PlanDocument", "未达成")
    return translate("PlanDocument", "已达成(%1)").replace("%1", goal.achieved_on.isoformat())


FEEDBACK_LINES = 5  # blank lines for a handwritten 教师评语


def grade_label(code: str) -> str:
    """The 等级 of a plan's ``teacher_grade`` in the interface language ("" for none; an unknown
    code is shown as it is)."""
    from netmkt_desktop.handin import Grade

    if not code:
        return ""
    try:
        return translate_core(Grade(code).label)
    except ValueError:
        return code


def feedback_html(plan: CareerPlan) -> str:
    """The section that ends the 职业生涯规划书: the teacher's comment (blank lines to write on when
    the plan has none), the 等级 (boxes to tick when none) and room for a signature and the date."""
    from netmkt_desktop.handin import Grade

    heading = escape(translate("PlanDocument", "三、教师评语"))
    comment = plan.teacher_comment.strip()
    if comment:
        rows = f"<tr><td>{_multiline(plan.teacher_comment)}</td></tr>"
    else:
        rows = "<tr><td>&nbsp;</td></tr>" * FEEDBACK_LINES
    grade = grade_label(plan.teacher_grade)
    if grade:
        grade_html = escape(grade)
    else:
        grade_html = "&nbsp;&nbsp;&nbsp;".join("□ " + escape(translate_core(g.label)) for g in Grade)
    label = 'align="left" width="14%" bgcolor="#f0f0f0"'
    grade_label_text = escape(translate("PlanDocument", "等级"))
    signed = escape(translate("PlanDocument", "教师签名"))
    dated = escape(translate("PlanDocument", "日期"))
    signature = (f'<tr><th {label}>{grade_label_text}</th><td colspan="3">{grade_html}</td></tr>'
                 f'<tr><th {label}>{signed}</th><td width="36%">&nbsp;</td>'
                 f'<th {label}>{dated}</th><td width="36%">&nbsp;</td></tr>')
    return (f"<h2>{heading}</h2>"
            f'<table width="100%" border="1" cellspacing="0" cellpadding="8">{rows}</table>'
            f'<p style="margin-bottom:0">&nbsp;</p>'
            f'<table width="100%" border="1" cellspacing="0" cellpadding="8">{signature}</table>')


def plan_html(plan: CareerPlan, content: Content, ladder_image_name: str = LADDER_RESOURCE,
              ladder_size: tuple[int, int] | None = None, feedback: bool = True,
              details: StudentDetails | None = None) -> str:
    """The plan as the HTML of the 职业生涯规划书; all plan text is escaped.  It ends with the
    teacher's section (:func:`feedback_html`) unless ``feedback`` is False (the class view, where
    the teacher writes the comment beside it).  ``details`` (the profile's 班级/学号/姓名) stand on
    the cover; where one is empty, the plan's own 姓名 and 班级 are shown."""
    unset = escape(translate("PlanDocument", "(未填写)"))
    made = _day(plan.created_at) or date.today().isoformat()
    updated = _day(plan.updated_at)

    heading = translate("PlanDocument", "职业生涯规划书")
    parts = [f'<h1 align="center">{escape(heading)}</h1>']
    if plan.title:
        parts.append(f'<p align="center"><span style="font-size:x-large"><b>{escape(plan.title)}</b></span></p>')

    def pair(label: str, value_html: str, label2: str = "", value2_html: str = "") -> str:
        cells = _cell(label, value_html, 3 if not label2 else 1)
        return f"<tr>{cells}{_cell(label2, value2_html) if label2 else ''}</tr>"

    size = escape(company_text(plan, translate_core))
    if plan.headcount > 0:
        size += escape(translate("PlanDocument", "(约 %1 人)").replace("%1", str(plan.headcount)))
    elif not plan.size_known:
        size += "<br/><small>" + escape(translate_core(UNKNOWN_SIZE_NOTE)) + "</small>"
    student = translate("PlanDocument", "在校学生")
    current = escape(tier_full_label(plan.current_tier) if plan.current_tier else student)
    if plan.years_experience is not None:
        current += escape(translate("PlanDocument", ",工作 %1 年").replace("%1", str(plan.years_experience)))
    position = escape(_node_title(content, plan.position_id)) if plan.position_id else unset
    changed = translate("PlanDocument", "(修改于 %1)").replace("%1", updated)
    details = details or StudentDetails()
    name = details.student_name.strip() or plan.student_name
    class_name = details.class_name.strip() or plan.class_name
    rows = [
        pair(translate("PlanDocument", "学生姓名"), escape(name) or unset,
             translate("PlanDocument", "班级"), escape(class_name) or unset),
        pair(translate("PlanDocument", "目标岗位"), position, translate("PlanDocument", "制定日期"),
             escape(made) + (escape(changed) if updated and updated != made else "")),
    ]
    if details.student_number.strip():
        rows.insert(1, pair(translate("PlanDocument", "学号"), escape(details.student_number.strip())))
    if plan.occupation_id or plan.work_type_id:
        rows.append(pair(translate("PlanDocument", "所属职业"),
                         escape(_node_title(content, plan.occupation_id)) if plan.occupation_id else unset,
                         translate("PlanDocument", "工种"),
                         escape(_node_title(content, plan.work_type_id)) if plan.work_type_id else unset))
    rows.append(pair(translate("PlanDocument", "企业规模"), size))
    steps = []
    for tier in plan.ladder:
        step = tier_label(tier)
        if not plan.is_listed(tier):
            step += translate("PlanDocument", "(%1)").replace("%1", unlisted_tier_note())
        steps.append(step)
    ladder = escape(" → ".join(steps))
    if plan.current_tier is not None and not plan.is_listed(plan.current_tier):
        current += "<br/><small>" + escape(translate("PlanDocument", "(%1)").replace("%1", unlisted_tier_note())) + "</small>"
    rows.append(pair(translate("PlanDocument", "岗位层级"), ladder, translate("PlanDocument", "当前层级"), current))
    parts.append(f'<table width="100%" border="1" cellspacing="0" cellpadding="4">{"".join(rows)}</table>')

    heading = translate("PlanDocument", "一、岗位层级阶梯图")
    parts.append(f"<h2>{escape(heading)}</h2>")
    size_attrs = f' width="{ladder_size[0]}" height="{ladder_size[1]}"' if ladder_size else ""
    alt = escape(translate("PlanDocument", "岗位层级阶梯图"), quote=True)
    parts.append(f'<p align="center"><img src="{escape(ladder_image_name, quote=True)}"{size_attrs} alt="{alt}"/></p>')
    parts.append('<p align="center" style="margin-top:0"><small>'
                 + escape(translate("PlanDocument", "由低到高;填色为当前层级,蓝框为待达成的目标层级,✓ 为已达成"))
                 + "</small></p>")

    heading = translate("PlanDocument", "二、阶段目标")
    parts.append(f"<h2>{escape(heading)}</h2>")
    if plan.goals:
        headers = (translate("PlanDocument", "层级"), translate("PlanDocument", "目标时间"),
                   translate("PlanDocument", "行动计划"), translate("PlanDocument", "达成情况"))
        head = "".join(f'<th bgcolor="#f0f0f0">{escape(h)}</th>' for h in headers)
        parts.append(f'<table width="100%" border="1" cellspacing="0" cellpadding="5">'
                     f"<thead><tr>{head}</tr></thead>{_goal_rows(plan)}</table>")
        parts.append(_focus_notes(plan, content))
    else:
        no_goals = translate("PlanDocument", "(尚未设定目标)")
        parts.append(f"<p>{escape(no_goals)}</p>")

    if feedback:
        parts.append(feedback_html(plan))

    footer = translate("PlanDocument", "由“%1”生成").replace("%1", app_display_name())
    if plan.content_version:
        footer += translate("PlanDocument", ";内容版本:%1").replace("%1", plan.content_version)
    parts.append(f'<p align="right"><small>{escape(footer)}</small></p>')
    return "\n".join(parts)


# ---------------------------------------------------------------------------------------------
# Document


class PlanTextDocument(SafeTextDocument):
    """A QTextDocument that loads only its own resources (the ladder): nothing from disk, nothing remote."""


def render_ladder_image(plan: CareerPlan, max_width: float, font: QFont | None = None,
                        scale: int = LADDER_IMAGE_SCALE) -> QImage:
    """The plan's ladder on white, ``scale`` image pixels per document unit."""
    if font is None:
        font = document_font()
        font.setPixelSize(round(BODY_POINT_SIZE * DOC_DPI / 72))
    hint = ladder_size_hint(font, plan.ladder, plan.current_tier, plan.goals)
    width = int(min(max_width, max(hint.width() * 1.25, hint.width())))
    width = max(width, hint.width())
    height = int(hint.height() * 1.05)
    image = QImage(width * scale, height * scale, QImage.Format.Format_RGB32)
    image.setDevicePixelRatio(scale)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    try:
        paint_ladder(painter, QRectF(0, 0, width, height), print_palette(), font,
                     plan.ladder, plan.current_tier, plan.goals)
    finally:
        painter.end()
    return image


def build_document(plan: CareerPlan, content: Content, width_px: float = PAGE_WIDTH_PX,
                   parent=None, details: StudentDetails | None = None) -> PlanTextDocument:
    """The 职业生涯规划书 as a document ``width_px`` document units wide, ladder picture included."""
    doc = PlanTextDocument(parent)
    doc.setDocumentMargin(0)
    doc.setDefaultFont(document_font())
    doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, plan.title)
    doc.setTextWidth(width_px)
    image = render_ladder_image(plan, width_px)
    logical = (round(image.width() / image.devicePixelRatio()), round(image.height() / image.devicePixelRatio()))
    doc.add_own_image(LADDER_RESOURCE, image)
    doc.setHtml(plan_html(plan, content, LADDER_RESOURCE, logical, details=details))
    return doc


# ---------------------------------------------------------------------------------------------
# PDF and printing


def save_pdf(path: str | os.PathLike[str], data: bytes, pages: int) -> int:
    """Write a PDF made in memory to ``path`` atomically and return its page count; every PDF the
    app saves (职业生涯规划书, 学习单, 班级汇总) goes through here.  Raises :class:`PlanExportError`
    (a message for the student) when it cannot be written; the destination is then as it was."""
    dest = Path(path)
    if pages == 0 or not data.startswith(b"%PDF"):
        raise export_error(dest, translate("PlanDocument", "无法生成 PDF 内容"))
    if dest.is_dir():
        raise export_error(dest, translate("PlanDocument", "这个名字已被一个文件夹占用"))
    try:
        write_bytes_atomic(dest, data, mode=0o644 if os.name == "posix" else None)
    except OSError as exc:
        raise export_error(dest, _describe_os_error(exc)) from None
    return pages


def pdf_bytes(plan: CareerPlan, content: Content, details: StudentDetails | None = None) -> tuple[bytes, int]:
    """The plan as an A4 PDF (300 dpi) in memory, and its page count."""
    doc = build_document(plan, content, details=details)
    return document_pdf(doc, plan.title or translate("PlanDocument", "职业生涯规划书"))


def export_pdf(plan: CareerPlan, content: Content, path: str | os.PathLike[str],
               details: StudentDetails | None = None) -> int:
    """Write the plan to ``path`` as an A4 PDF; returns the page count.

    Raises :class:`PlanExportError` (Chinese message) when the file cannot be written; the
    destination is then left as it was.
    """
    return save_pdf(path, *pdf_bytes(plan, content, details))


def print_plan(plan: CareerPlan, content: Content, parent: QWidget | None,
               details: StudentDetails | None = None) -> QPrintPreviewDialog:
    """Open a print preview of the plan (non-blocking) and return the dialog; it deletes itself on close."""
    name = plan.title or translate("PlanDocument", "职业生涯规划书")
    doc = build_document(plan, content, details=details)

    def _on_dialog_paint_requested(device: QPrinter) -> None:
        paint_pages(doc, device)

    dialog = open_print_preview(parent, _on_dialog_paint_requested,
                                translate("PlanDocument", "打印预览 - 职业生涯规划书"), "planPrintPreview", name)
    doc.setParent(dialog)
    return dialog
