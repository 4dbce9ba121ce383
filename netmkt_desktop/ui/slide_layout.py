"""Slides for the projector: a node's text laid out for the screen, and where PageDown goes.

A slide keeps its text as large as the zoom asks and shrinks it to fit the screen, but never below
a readable floor (28 px on a 1080-line screen, in proportion on smaller ones); what still does not
fit is shown a screen at a time.  Everything here works on a QTextDocument and plain numbers, so
the stepping can be checked without a window.

* :func:`slide_pixel_sizes` - the body size the zoom asks for and the floor, for a slide so high.
* :func:`fit_document` - lays a document out at the largest body size between the two that fits.
* :func:`text_lines` - every laid-out line of a document with its top and bottom.
* :func:`scroll_stops` - the scroll positions PageDown visits: a page less one line further on each
  time, so nothing is skipped or cut at the top and one line of the previous screen stays in sight.
* :func:`keep_headings_bold` and :class:`HeadingWeightKeeper` - Qt paints glyphs larger than 64 px
  as outlines, and an outline loses the bold that Qt synthesises for a font without a bold face
  (most Chinese fonts): a big heading would turn thin.  Such headings get an outline pen of their
  own, as wide as the synthesised bold would have been.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Sequence
from typing import NamedTuple

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QPalette, QTextDocument
from PySide6.QtWidgets import QTextEdit

DEFAULT_PRESENTATION_ZOOM = 200  # percent: where the slides and presentation mode start

# The main window keeps its reading text's headings bold from the start: what only the slides or a
# big heading need (QRawFont, cursors, pens) is imported where it is used, after the first paint.

REFERENCE_LINES = 1080  # the screen height the sizes below are given for
FLOOR_PX = 28  # the smallest body text a slide shrinks to, on 1080 lines
BODY_PX_PER_ZOOM = 20  # body text at 100 % zoom on 1080 lines (200 %, the presentation default: 40 px)
CACHED_GLYPH_LIMIT = 64  # px: Qt paints larger glyphs as paths, without a synthesised bold
SYNTHETIC_BOLD_SHARE = 1 / 24  # of the pixel size: the outline width that matches Qt's synthesised bold


def slide_pixel_sizes(height: int, percent: int) -> tuple[int, int]:
    """(preferred, floor): the body text size in pixels for a slide ``height`` pixels high at zoom
    ``percent``, and the smallest size fitting may shrink it to.  A teacher who zooms out below the
    floor gets what they chose: the floor is never above the preferred size."""
    scale = max(1, height) / REFERENCE_LINES
    preferred = max(1, round(BODY_PX_PER_ZOOM * percent / 100 * scale))
    floor = max(1, round(FLOOR_PX * scale))
    return preferred, min(floor, preferred)


def _lay_out(document: QTextDocument, html: str, font: QFont, pixel_size: int, width: float) -> float:
    sized = QFont(font)
    sized.setPixelSize(pixel_size)
    document.setDefaultFont(sized)
    document.setHtml(html)  # headings and small print scale from the default font when the HTML is read
    document.setTextWidth(width)
    return document.size().height()


def fit_document(document: QTextDocument, html: str, font: QFont, width: float, height: float,
                 preferred: int, floor: int) -> int:
    """Lay ``html`` out in ``document`` ``width`` wide at the largest body size from ``floor`` to
    ``preferred`` pixels whose height is at most ``height``; the floor when none is.  Returns the
    size used (the document is left laid out at it)."""
    if _lay_out(document, html, font, preferred, width) <= height or preferred <= floor:
        return preferred
    best, low, high = floor, floor, preferred - 1
    while low <= high:  # the height grows with the size: the largest size that fits
        middle = (low + high) // 2
        if _lay_out(document, html, font, middle, width) <= height:
            best, low = middle, middle + 1
        else:
            high = middle - 1
    _lay_out(document, html, font, best, width)
    return best


class TextLine(NamedTuple):
    """One laid-out line: its top and bottom in document coordinates and the characters it holds."""

    top: float
    bottom: float
    start: int  # document position of its first character
    length: int
    width: float  # natural width of its text


def text_lines(document: QTextDocument) -> list[TextLine]:
    """Every line of ``document`` as laid out now, in document order."""
    layout = document.documentLayout()
    found = []
    block = document.begin()
    while block.isValid():
        text_layout = block.layout()
        if text_layout is not None and text_layout.lineCount():
            rect = layout.blockBoundingRect(block)
            origin = rect.top() - text_layout.boundingRect().top()
            for i in range(text_layout.lineCount()):
                line = text_layout.lineAt(i)
                top = origin + line.y()
                found.append(TextLine(top, top + line.height(), block.position() + line.textStart(),
                                      line.textLength(), line.naturalTextWidth()))
        block = block.next()
    return found


def scroll_stops(lines: Sequence[TextLine], viewport_height: float, document_height: float,
                 overlap: float) -> list[int]:
    """The scroll positions PageDown visits, from 0 to the end of the document.

    Each next position is the top of the last line the previous screen showed whole: the screen
    moves on by a page less that one line, which stays in sight above what follows; no line is cut
    at the top, and the line the previous screen cut off at the bottom is whole on the next one.
    Where the screen shows no further line whole, the next one starts the next screen; a line
    higher than the screen is scrolled through a page less ``overlap`` at a time.  The last screen
    starts at a line too, leaving room below the end of the text."""
    last = max(0, math.ceil(document_height - viewport_height))
    stops = [0]
    position = 0
    while position < last:
        bottom = position + viewport_height
        whole = [line.top for line in lines if position + 0.5 < line.top and line.bottom <= bottom + 0.5]
        reach = position + max(1.0, viewport_height - overlap)
        if whole:
            following = math.floor(max(whole))
        else:  # the next line is cut at the bottom: it starts the next screen
            after = [line.top for line in lines if line.top > position + 0.5]
            giant = any(line.top <= position + 0.5 and line.bottom > bottom + 0.5 for line in lines)
            if after and not giant:
                following = math.floor(min(after))
            else:  # a line higher than the screen: through it a page less ``overlap`` at a time
                following = math.floor(min([*after, reach])) if after else min(last, math.floor(reach))
        following = max(position + 1, following)
        stops.append(following)
        position = following
    return stops


# ---------------------------------------------------------------------------------------------
# Headings that stay bold


@functools.cache
def _has_bold_face(family: str, weight: int, style: int) -> bool:
    """True when the font Qt picks for Chinese text in ``family`` at ``weight`` is a real bold face
    (its OS/2 weight class says so), False when Qt would synthesise the bold."""
    from PySide6.QtGui import QFontDatabase, QRawFont

    font = QFont(family)
    try:
        font.setWeight(QFont.Weight(weight))
    except ValueError:  # a weight between Qt's named ones
        font.setWeight(QFont.Weight.Bold)
    font.setStyle(QFont.Style(style))
    font.setPixelSize(CACHED_GLYPH_LIMIT * 2)
    raw = QRawFont.fromFont(font, QFontDatabase.WritingSystem.SimplifiedChinese)
    table = bytes(raw.fontTable("OS/2").data()) if raw.isValid() else b""
    if len(table) < 6:
        return False
    return int.from_bytes(table[4:6], "big") >= 600


def pixel_size(font: QFont) -> float:
    """``font``'s size in pixels, without loading the font (a point size at the screen's dpi)."""
    from PySide6.QtGui import QGuiApplication

    if font.pixelSize() > 0:
        return float(font.pixelSize())
    screen = QGuiApplication.primaryScreen()
    dpi = screen.logicalDotsPerInchY() if screen is not None else 96.0
    return font.pointSizeF() * dpi / 72


def loses_bold(font: QFont, device_pixel_ratio: float = 1.0) -> bool:
    """True when text in ``font`` is bold but would be painted without its bold (see the module)."""
    if font.weight() < QFont.Weight.DemiBold:
        return False
    if pixel_size(font) * device_pixel_ratio < CACHED_GLYPH_LIMIT:
        return False
    return not _has_bold_face(font.family(), int(font.weight().value), int(font.style().value))


def _run_font(fmt, base: QFont) -> QFont:
    """The font a run (its QTextCharFormat) is drawn in.  ``fmt.font()`` knows the size of a heading
    (the HTML's size step applied to the default font); its family comes from the document when the
    run has none."""
    from PySide6.QtGui import QTextCharFormat

    own = fmt.font()
    font = QFont(own if fmt.hasProperty(QTextCharFormat.Property.FontFamilies) else base)
    if own.pixelSize() > 0:
        font.setPixelSize(own.pixelSize())
    elif own.pointSizeF() > 0:
        font.setPointSizeF(own.pointSizeF())
    font.setWeight(own.weight())
    font.setItalic(own.italic())
    return font


def keep_headings_bold(document: QTextDocument, text_colour: QColor, device_pixel_ratio: float = 1.0) -> int:
    """Give every bold run of ``document`` that would lose its bold an outline pen of the text's
    colour (its own, else ``text_colour``); runs that no longer need one lose it again (the zoom
    went down).  Returns how many runs carry the outline."""
    from PySide6.QtGui import QPen, QTextCharFormat, QTextCursor

    base = document.defaultFont()
    changes: list[tuple[int, int, QPen]] = []
    kept = 0
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            it += 1
            if not fragment.isValid():
                continue
            fmt = fragment.charFormat()
            had = fmt.hasProperty(QTextCharFormat.Property.TextOutline) and \
                fmt.textOutline().style() != Qt.PenStyle.NoPen
            if fmt.fontWeight() < QFont.Weight.DemiBold and not had:
                continue  # most of the text: nothing to do
            font = _run_font(fmt, base)
            if loses_bold(font, device_pixel_ratio):
                own = fmt.foreground().style() != Qt.BrushStyle.NoBrush
                colour = fmt.foreground().color() if own else text_colour
                pen = QPen(colour, pixel_size(font) * SYNTHETIC_BOLD_SHARE)
                changes.append((fragment.position(), fragment.length(), pen))
                kept += 1
            elif had:
                changes.append((fragment.position(), fragment.length(), QPen(Qt.PenStyle.NoPen)))
        block = block.next()
    cursor = QTextCursor(document)
    for position, length, pen in changes:
        cursor.setPosition(position)
        cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
        outline = QTextCharFormat()
        outline.setTextOutline(pen)
        cursor.mergeCharFormat(outline)
    return kept


class HeadingWeightKeeper(QObject):
    """Keeps the big headings of a text widget bold (:func:`keep_headings_bold`) whenever its text,
    font or palette changes.  A child of the widget: it goes with it."""

    def __init__(self, edit: QTextEdit):
        super().__init__(edit)
        self._edit = edit
        self._busy = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)  # after the widget has applied a new font to its document
        self._timer.timeout.connect(self.apply)
        edit.textChanged.connect(self._on_edit_text_changed)
        edit.installEventFilter(self)

    def _on_edit_text_changed(self) -> None:
        if not self._busy:
            self.apply()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.PaletteChange):
            self._timer.start()
        return False

    def apply(self) -> None:
        if self._busy:
            return
        self._busy = True
        try:
            edit = self._edit
            keep_headings_bold(edit.document(), edit.palette().color(QPalette.ColorRole.Text),
                               edit.devicePixelRatioF())
        finally:
            self._busy = False
