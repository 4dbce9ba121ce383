"""The class summary as a printable document: A4 landscape, the table, the pictures, the problem files.

Built like the 职业生涯规划书 (``plan_document``): HTML with every text from files escaped, a
document that loads nothing but its own picture, pages, PDF and print preview from ``ui.printing``
(page numbers in the footer, a text layer that reads back as written), written through a temporary file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from datetime import datetime
from html import escape

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QFont, QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from netmkt_desktop.class_summary import COLUMNS, Entry, FileProblem, printable, row_cells
from netmkt_desktop.ui.class_charts import ClassCharts
from netmkt_desktop.ui.i18n import app_display_name, translate, translate_core
from netmkt_desktop.ui.plan_document import (
    DOC_DPI,
    PlanTextDocument,
    document_font,
    page_size_units,
    paint_pages,
    print_palette,
    save_pdf,
)
from netmkt_desktop.ui.printing import document_pdf, open_print_preview

CHARTS_RESOURCE = "charts"
TABLE_POINT_SIZE = 8
PDF_COLUMNS = tuple(i for i, (key, _label) in enumerate(COLUMNS) if key != "file")  # the file name is long


def landscape_layout() -> QPageLayout:
    """A4 landscape with 12 mm margins."""
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape,
                       QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter)


def summary_html(folder: str, entries: Sequence[Entry], content, problems: Sequence[FileProblem],
                 charts_size: tuple[int, int] | None, generated: datetime | None = None) -> str:
    """The class summary as HTML; every text from the files is escaped."""
    generated = generated or datetime.now()
    title = translate("ClassDocument", "班级汇总")
    parts = [f'<h2 align="center">{escape(title)}</h2>']
    line = (translate("ClassDocument", "文件夹:%1  ·  %2 名学生  ·  生成于 %3")
            .replace("%1", printable(folder)).replace("%2", str(sum(1 for e in entries if not e.replaced)))
            .replace("%3", generated.strftime("%Y-%m-%d %H:%M")))
    parts.append(f'<p align="center">{escape(line)}</p>')
    head = "".join(f'<th bgcolor="#e8e8e8">{escape(translate_core(COLUMNS[i][1]))}</th>' for i in PDF_COLUMNS)
    rows = []
    for entry in entries:
        cells = row_cells(entry, content, translate_core)
        rows.append("<tr>" + "".join(f"<td>{escape(printable(cells[i]))}</td>" for i in PDF_COLUMNS) + "</tr>")
    if not rows:
        empty = translate("ClassDocument", "(没有学生的规划)")
        rows.append(f'<tr><td colspan="{len(PDF_COLUMNS)}">{escape(empty)}</td></tr>')
    parts.append(f'<table width="100%" border="1" cellspacing="0" cellpadding="3" '
                 f'style="font-size:{TABLE_POINT_SIZE}pt"><thead><tr>{head}</tr></thead>{"".join(rows)}</table>')
    if charts_size is not None:
        heading = translate("ClassDocument", "图表")
        parts.append(f'<h3 style="page-break-before:always">{escape(heading)}</h3>')
        alt = escape(translate("ClassDocument", "班级图表"), quote=True)
        parts.append(f'<p align="center"><img src="{CHARTS_RESOURCE}" width="{charts_size[0]}" '
                     f'height="{charts_size[1]}" alt="{alt}"/></p>')
    if problems:
        heading = translate("ClassDocument", "无法使用的文件(%1 个)").replace("%1", str(len(problems)))
        parts.append(f"<h3>{escape(heading)}</h3><ul>")
        parts.extend(f"<li>{escape(printable(p.name))}:{escape(printable(p.reason))}</li>" for p in problems)
        parts.append("</ul>")
    footer = translate("ClassDocument", "由“%1”生成").replace("%1", app_display_name())
    parts.append(f'<p align="right"><small>{escape(footer)}</small></p>')
    return "\n".join(parts)


def build_summary_document(folder: str, entries: Sequence[Entry], content, problems: Sequence[FileProblem],
                           parent=None) -> PlanTextDocument:
    """The summary as a document as wide as the landscape page's printable area."""
    width = page_size_units(landscape_layout()).width()
    doc = PlanTextDocument(parent)
    doc.setDocumentMargin(0)
    doc.setDefaultFont(document_font())
    doc.setTextWidth(width)
    charts_size = None
    current = [e for e in entries if not e.replaced]
    if current:
        font = QFont(document_font().family())
        font.setPixelSize(round(10 * DOC_DPI / 72))
        image = ClassCharts(current, content).render(font, print_palette(), int(width * 0.8), scale=3)
        charts_size = (round(image.width() / image.devicePixelRatio()), round(image.height() / image.devicePixelRatio()))
        doc.add_own_image(CHARTS_RESOURCE, image)
    doc.setHtml(summary_html(folder, entries, content, problems, charts_size))
    return doc


def summary_pdf_bytes(folder: str, entries: Sequence[Entry], content, problems: Sequence[FileProblem]) -> tuple[bytes, int]:
    """The summary as an A4 landscape PDF in memory, and its page count."""
    doc = build_summary_document(folder, entries, content, problems)
    return document_pdf(doc, translate("ClassDocument", "班级汇总"), landscape_layout())


def export_summary_pdf(folder: str, entries: Sequence[Entry], content, problems: Sequence[FileProblem],
                       path: str | os.PathLike[str]) -> int:
    """Write the summary PDF to ``path`` atomically; the page count. :class:`PlanExportError` when it
    cannot be written (the destination is then as it was)."""
    return save_pdf(path, *summary_pdf_bytes(folder, entries, content, problems))


def print_summary(folder: str, entries: Sequence[Entry], content, problems: Sequence[FileProblem],
                  parent: QWidget | None) -> QPrintPreviewDialog:
    """Open (never ``exec()``) a print preview of the summary; it deletes itself on close."""
    doc = build_summary_document(folder, entries, content, problems)

    def _on_dialog_paint_requested(device: QPrinter) -> None:
        paint_pages(doc, device)

    dialog = open_print_preview(parent, _on_dialog_paint_requested, translate("ClassDocument", "打印预览 - 班级汇总"),
                                "classPrintPreview", translate("ClassDocument", "班级汇总"), landscape_layout())
    doc.setParent(dialog)
    return dialog
