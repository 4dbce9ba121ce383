"""Paper and PDF for every printable document of the app: A4 pages, page numbers, one PDF writer.

* :func:`paint_pages` lays a QTextDocument out in pages of a printer or PDF writer and paints them,
  a page number below each; paragraphs cut by a page break are split first, so that every line
  of text is drawn on exactly one page (:func:`split_blocks_at_page_breaks`).
* :func:`document_pdf` makes the PDF bytes of a document.  Every PDF the app writes comes from
  here: the text layer is put right by :func:`netmkt_desktop.pdf_text.fix_text_layer` with what
  :func:`drawn_as` learns from Qt's glyph runs, so that copying, searching and screen readers get
  the characters that were written, whatever CJK font drew them.
* :func:`open_print_preview` opens (never ``exec()``) a print preview that fills most of the
  screen, shows whole page widths and keeps its Print button in sight.

Pages are laid out in document units of 1/96 inch and scaled onto the paged device, so the PDF
and the printer get the same page breaks.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontDatabase,
    QGlyphRun,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QRawFont,
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextLayout,
    QTextLine,
)
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QToolBar, QToolButton, QWidget

from netmkt_desktop.pdf_text import PdfTextError, fix_text_layer
from netmkt_desktop.ui.i18n import app_display_name, translate

CJK_FAMILIES = ("Noto Sans CJK SC", "Noto Serif CJK SC", "WenQuanYi Micro Hei", "Microsoft YaHei", "SimSun",
                "PingFang SC")
PDF_RESOLUTION = 300
DOC_DPI = 96  # document units: 1/96 inch
BODY_POINT_SIZE = 10.5  # 五号
FOOTER_HEIGHT = 28  # document units below the text of every page, for the page number
FOOTER_POINT_SIZE = 8
CLIP_INSET = 0.25  # document units: what is drawn of a page stays this far inside its edges
PREVIEW_SCREEN_SHARE = 0.9  # of the available screen, each way

_log = logging.getLogger(__name__)


# ---------------------------------------------------------------------------------------------
# Fonts, page, palette


@functools.cache
def cjk_font_family() -> str:
    """The CJK family for documents: the first installed one of :data:`CJK_FAMILIES`, else the
    app font's family.  Any of them gives a correct PDF text layer (see :func:`document_pdf`)."""
    installed = set(QFontDatabase.families())
    available = [f for f in CJK_FAMILIES if f in installed]
    return available[0] if available else QGuiApplication.font().family()


def document_font(point_size: float = BODY_POINT_SIZE) -> QFont:
    font = QFont(cjk_font_family())
    font.setPointSizeF(point_size)
    return font


def footer_font() -> QFont:
    """The page number's font, sized in document units (the painter is scaled)."""
    font = QFont(cjk_font_family())
    font.setPixelSize(round(FOOTER_POINT_SIZE * DOC_DPI / 72))
    return font


def page_layout() -> QPageLayout:
    """A4 portrait with 20 mm margins."""
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                       QMarginsF(20, 20, 20, 20), QPageLayout.Unit.Millimeter)


def page_size_units(layout: QPageLayout | None = None) -> QSizeF:
    """The printable area of a page in document units (1/96 inch)."""
    rect = (layout or page_layout()).paintRect(QPageLayout.Unit.Point)
    return QSizeF(rect.width() * DOC_DPI / 72, rect.height() * DOC_DPI / 72)


def body_size(layout: QPageLayout | None = None) -> QSizeF:
    """The part of a page that holds the document: the printable area less the page number's line."""
    size = page_size_units(layout)
    return QSizeF(size.width(), size.height() - FOOTER_HEIGHT)


PAGE_WIDTH_PX = int(page_size_units().width())


def print_palette() -> QPalette:
    """Black on white, whatever the screen's palette: paper is white."""
    palette = QPalette()
    white, black = QColor(Qt.GlobalColor.white), QColor(Qt.GlobalColor.black)
    for role, color in (
        (QPalette.ColorRole.Window, white), (QPalette.ColorRole.WindowText, black),
        (QPalette.ColorRole.Base, white), (QPalette.ColorRole.Text, black),
        (QPalette.ColorRole.Button, QColor(0xF0, 0xF0, 0xF0)), (QPalette.ColorRole.ButtonText, black),
        (QPalette.ColorRole.Highlight, QColor(0x1F, 0x5F, 0xBF)), (QPalette.ColorRole.HighlightedText, white),
        (QPalette.ColorRole.Mid, QColor(0x80, 0x80, 0x80)), (QPalette.ColorRole.Link, QColor(0x1F, 0x5F, 0xBF)),
    ):
        palette.setColor(QPalette.ColorGroup.All, role, color)
    return palette


# ---------------------------------------------------------------------------------------------
# Pages


def page_footer(page: int, count: int) -> str:
    """The line below page ``page`` (from 0) of ``count``: 第 1 页,共 3 页."""
    return translate("PlanDocument", "第 %1 页,共 %2 页").replace("%1", str(page + 1)).replace("%2", str(count))


def _first_line_on_next_page(doc: QTextDocument, block: QTextBlock, page_height: float) -> int:
    """The index of the first line of ``block`` on a later page than its first line; -1 if none."""
    layout = block.layout()
    if layout is None or layout.lineCount() < 2:
        return -1
    top = doc.documentLayout().blockBoundingRect(block).top()
    first_page = line_page(top, layout.lineAt(0), page_height)
    for index in range(1, layout.lineCount()):
        if line_page(top, layout.lineAt(index), page_height) != first_page:
            return index
    return -1


def line_page(block_top: float, line: QTextLine, page_height: float) -> int:
    """The page (from 0) a line of a block at ``block_top`` is drawn on: the one holding its middle.

    Not its top: Qt moves a line that would cross a page break to the next page in 1/64 steps, so
    such a line may start a hair *above* the break (943.453 for a break at 943.467)."""
    return int((block_top + line.y() + line.height() / 2) // page_height)


def split_blocks_at_page_breaks(doc: QTextDocument, max_splits: int = 1000) -> int:
    """End every paragraph that a page break cuts where the page ends; returns how many were cut.

    The page's text then ends with a whole paragraph and the next page starts with a new one, which
    looks the same: the cut falls where the line wrapped anyway.  It matters for the text of a PDF:
    Qt draws a paragraph from the last line *above* the clip on (QTextLayout::draw), so a paragraph
    that ran over a page break left its last line of the previous page, hidden by the clip, at the
    top of the next page, where ``pdftotext``, searching and screen readers read it a second time.
    ``doc`` must have its page size set.
    """
    page_height = doc.pageSize().height()
    if page_height <= 0:
        return 0
    splits = 0
    doc.pageCount()  # lays the whole document out (Qt lays out lazily)
    block = doc.begin()
    while block.isValid() and splits < max_splits:
        index = _first_line_on_next_page(doc, block, page_height)
        if index < 0:
            block = block.next()
            continue
        cursor = QTextCursor(block)
        cursor.setPosition(block.position() + block.layout().lineAt(index).textStart())
        if doc.characterAt(cursor.position() - 1) == "\u2028":  # a line break (<br/>) becomes the cut
            cursor.deletePreviousChar()
        rest = QTextBlockFormat(block.blockFormat())
        rest.setTopMargin(0)
        rest.setTextIndent(0)
        cursor.insertBlock(rest, cursor.charFormat())
        new_block = cursor.block()
        text_list = new_block.textList()
        if text_list is not None:  # the rest of a list item, not a new item
            indent = text_list.format().indent()
            text_list.remove(new_block)
            rest.setIndent(indent)
            cursor.setBlockFormat(rest)
        splits += 1
        doc.pageCount()
        block = new_block  # it may run over the following page break too
    return splits


def paint_pages(doc: QTextDocument, device: QPagedPaintDevice) -> int:
    """Lay ``doc`` out in pages of ``device``'s printable area and paint them, a page number below each.

    Returns the page count, or 0 when the device cannot be painted on.
    """
    size = page_size_units(device.pageLayout())
    body = body_size(device.pageLayout())
    doc.setPageSize(body)
    split_blocks_at_page_breaks(doc)
    count = doc.pageCount()
    painter = QPainter()
    if not painter.begin(device):
        return 0
    try:
        scale = device.width() / size.width()
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette = print_palette()
        font = footer_font()
        for page in range(count):
            if page:
                device.newPage()
            painter.save()
            painter.scale(scale, scale)
            clip = QRectF(0, page * body.height(), body.width(), body.height())
            painter.save()
            painter.translate(0, -clip.top())
            painter.setClipRect(clip)
            # What Qt draws stays a hair inside the page, so that a paragraph that ends exactly on
            # the page's edge is not drawn on the next page too (clipped away, but in the text).
            context.clip = clip.adjusted(0, CLIP_INSET, 0, -CLIP_INSET)
            doc.documentLayout().draw(painter, context)
            painter.restore()
            painter.setFont(font)
            painter.setPen(QColor(Qt.GlobalColor.black))
            painter.drawText(QRectF(0, body.height(), body.width(), FOOTER_HEIGHT),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, page_footer(page, count))
            painter.restore()
    finally:
        painter.end()
    return count


# ---------------------------------------------------------------------------------------------
# PDF


_GLYPH_RUN_FLAGS = (QTextLayout.GlyphRunRetrievalFlag.RetrieveGlyphIndexes
                    | QTextLayout.GlyphRunRetrievalFlag.RetrieveStringIndexes)
_glyph_names_cache: dict[tuple, dict[int, str]] = {}


def _glyph_names(raw: QRawFont) -> dict[int, str]:
    """Glyph index -> the name Qt's PDF writer gives it in the ToUnicode map: the lowest code
    point (of the Basic Multilingual Plane) that the font draws with that glyph."""
    key = (raw.familyName(), raw.styleName(), raw.weight(), raw.style())
    names = _glyph_names_cache.get(key)
    if names is None:
        chars = "".join(chr(code) for code in range(0x10000) if not 0xD800 <= code <= 0xDFFF)
        names = {}
        for char, glyph in zip(chars, raw.glyphIndexesForString(chars), strict=True):
            if glyph and glyph not in names:
                names[glyph] = char
        _glyph_names_cache[key] = names
    return names


def _note_runs(runs: list[QGlyphRun], text: str, into: dict[str, str]) -> None:
    for run in runs:
        names = _glyph_names(run.rawFont())
        for glyph, index in zip(run.glyphIndexes(), run.stringIndexes(), strict=False):
            char = text[index:index + 2] if "\ud800" <= text[index:index + 1] <= "\udbff" else text[index:index + 1]
            named = names.get(glyph)
            if named is not None and char and named != char:
                into.setdefault(named, char)


def drawn_as(doc: QTextDocument, lines: list[tuple[str, QFont]] = ()) -> dict[str, str]:
    """Name Qt's PDF writer gives a glyph -> the character drawn with it, where the two differ.

    From the glyphs Qt shaped for ``doc`` (laid out) and for each (text, font) of ``lines``
    (text painted outside the document, such as page numbers): e.g. "⽹" -> "网" with Noto Sans CJK.
    """
    found: dict[str, str] = {}
    block = doc.begin()
    while block.isValid():
        layout = block.layout()
        text = block.text()
        for index in range(layout.lineCount() if layout is not None else 0):
            _note_runs(layout.lineAt(index).glyphRuns(-1, -1, _GLYPH_RUN_FLAGS), text, found)
        block = block.next()
    for text, font in lines:
        layout = QTextLayout(text, font)
        layout.beginLayout()
        line = layout.createLine()
        layout.endLayout()
        if line.isValid():
            _note_runs(line.glyphRuns(-1, -1, _GLYPH_RUN_FLAGS), text, found)
    return found


def document_pdf(doc: QTextDocument, title: str, layout: QPageLayout | None = None) -> tuple[bytes, int]:
    """``doc`` as a PDF (300 dpi, fonts embedded, page numbers; pages of ``layout``, else
    :func:`page_layout`) in memory, and its page count (0 when nothing could be painted).
    Every PDF writer of the app calls this."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_RESOLUTION)
    writer.setPageLayout(layout or page_layout())
    writer.setTitle(title)
    writer.setCreator(app_display_name())  # the PDF's "made by", in the interface language
    try:
        pages = paint_pages(doc, writer)
    finally:
        del writer
        buffer.close()
    data = bytes(buffer.data())
    if pages == 0:
        return data, 0
    footers = [page_footer(page, pages) for page in range(pages)]
    written = doc.toPlainText() + "".join(footers)
    try:
        data = fix_text_layer(data, written, drawn_as(doc, [(text, footer_font()) for text in footers]))
    except PdfTextError as exc:  # a PDF that Qt wrote differently: keep it as it is
        _log.warning("PDF text layer left as Qt wrote it: %s", exc)
    return data, pages


# ---------------------------------------------------------------------------------------------
# Print preview


def _preview_action(dialog: QPrintPreviewDialog, source_text: str):
    """The dialog's toolbar action whose text is Qt's ``source_text`` (in the interface language)."""
    text = QCoreApplication.translate("QPrintPreviewDialog", source_text)
    for action in dialog.findChild(QToolBar).actions():
        if action.text() == text:
            return action
    return None


def open_print_preview(parent: QWidget | None, paint: Callable[[QPrinter], object], title: str,
                       object_name: str, doc_name: str = "", layout: QPageLayout | None = None) -> QPrintPreviewDialog:
    """Open a print preview (non-blocking) whose pages ``paint`` draws on paper of ``layout`` (else
    :func:`page_layout`); it deletes itself on close.

    It covers most of the available screen, shows whole page widths, and its Print button comes
    first in the toolbar, so that it never hides behind the toolbar's overflow arrow.
    """
    dialog = QPrintPreviewDialog(parent)
    dialog.setObjectName(object_name)
    dialog.setWindowTitle(title)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    printer: QPrinter = dialog.printer()
    printer.setPageLayout(layout or page_layout())
    if doc_name:
        printer.setDocName(doc_name)
    dialog.paintRequested.connect(paint)

    toolbar = dialog.findChild(QToolBar)
    print_action = _preview_action(dialog, "Print")
    if toolbar is not None and print_action is not None:
        toolbar.removeAction(print_action)
        toolbar.insertAction(toolbar.actions()[0], print_action)
        toolbar.insertSeparator(toolbar.actions()[1])
        print_action.setObjectName("printAction")
        button = toolbar.widgetForAction(print_action)
        if isinstance(button, QToolButton):  # the one button named in words: 打印
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    fit_width = _preview_action(dialog, "Fit width")
    if fit_width is not None:
        fit_width.trigger()  # checks the button too
    else:
        dialog.findChild(QPrintPreviewWidget).fitToWidth()

    screen = (parent.screen() if parent is not None else None) or QGuiApplication.primaryScreen()
    available = screen.availableGeometry()
    dialog.resize(round(available.width() * PREVIEW_SCREEN_SHARE), round(available.height() * PREVIEW_SCREEN_SHARE))
    frame = dialog.frameGeometry()
    frame.moveCenter(available.center())
    dialog.move(frame.topLeft())
    dialog.open()
    return dialog
