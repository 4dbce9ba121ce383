"""The app's small painted icons: one per node kind, a coloured tile with one character of the
kind's name in the interface language (类 / C for a category, 职 / O for an occupation …); and
the padlock beside a profile with a PIN."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPalette, QPen, QPixmap

from netmkt_desktop.content import NodeKind
from netmkt_desktop.i18n import N_ as QT_TRANSLATE_NOOP  # the marker pyside6-lupdate reads

# The character is translated in the context "KindBadge": one character, the first of the kind's
# name where that is clear (in English: B book part, § section, S subsection, T topic,
# O occupation, W work type, P position, L tier level, i sidebar, R further reading, + extra facts,
# C category).
_GLYPHS: dict[NodeKind, tuple[str, str]] = {
    NodeKind.PART: (QT_TRANSLATE_NOOP("KindBadge", "书"), "#5b6770"),
    NodeKind.CHAPTER: (QT_TRANSLATE_NOOP("KindBadge", "节"), "#5b6770"),
    NodeKind.SECTION: (QT_TRANSLATE_NOOP("KindBadge", "章"), "#4a6fa5"),
    NodeKind.TOPIC: (QT_TRANSLATE_NOOP("KindBadge", "点"), "#4a6fa5"),
    NodeKind.OCCUPATION: (QT_TRANSLATE_NOOP("KindBadge", "职"), "#b5452f"),
    NodeKind.WORK_TYPE: (QT_TRANSLATE_NOOP("KindBadge", "工"), "#c47a16"),
    NodeKind.POSITION: (QT_TRANSLATE_NOOP("KindBadge", "岗"), "#2f7d4a"),
    NodeKind.TIER: (QT_TRANSLATE_NOOP("KindBadge", "级"), "#6a4bb0"),
    NodeKind.SIDEBAR: (QT_TRANSLATE_NOOP("KindBadge", "资"), "#0f7c86"),
    NodeKind.FURTHER_READING: (QT_TRANSLATE_NOOP("KindBadge", "拓"), "#0f7c86"),
    NodeKind.EXTENSION: (QT_TRANSLATE_NOOP("KindBadge", "补"), "#707070"),
    NodeKind.GROUP: (QT_TRANSLATE_NOOP("KindBadge", "类"), "#3d3d3d"),
}

_cache: dict[tuple[NodeKind, str], QIcon] = {}


def kind_glyph(kind: NodeKind) -> str:
    """The character on ``kind``'s tile, in the interface language."""
    return QCoreApplication.translate("KindBadge", _GLYPHS[kind][0])


def _tile(glyph: str, colour: str, size: int) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawRoundedRect(QRectF(0.5, 0.5, size - 1, size - 1), size * 0.2, size * 0.2)
    font = QFont()
    font.setPixelSize(int(size * 0.68))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("#ffffff"))
    painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, glyph)
    painter.end()
    return pixmap


def kind_colour(kind: NodeKind) -> QColor:
    """The colour of a node kind's tile (the section map marks its boxes with it)."""
    return QColor(_GLYPHS[kind][1])


def kind_icon(kind: NodeKind) -> QIcon:
    glyph = kind_glyph(kind)
    icon = _cache.get((kind, glyph))
    if icon is None:
        icon = QIcon()
        for size in (16, 32, 64):
            icon.addPixmap(_tile(glyph, _GLYPHS[kind][1], size))
        _cache[(kind, glyph)] = icon
    return icon


# ---------------------------------------------------------------------------------------------
# The padlock beside a profile with a PIN (the profile chooser)


def _lock_pixmap(size: int, colour: QColor) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(colour, max(1.5, size * 0.11)))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    shackle = QRectF(size * 0.3, size * 0.1, size * 0.4, size * 0.5)
    painter.drawArc(shackle, 0, 180 * 16)
    for x in (shackle.left(), shackle.right()):
        painter.drawLine(QPointF(x, shackle.center().y()), QPointF(x, size * 0.47))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawRoundedRect(QRectF(size * 0.18, size * 0.45, size * 0.64, size * 0.47), size * 0.08, size * 0.08)
    painter.end()
    return pixmap


def lock_icon(size: int, palette: QPalette) -> QIcon:
    """A padlock in the text colours (no emoji font needed: old classroom PCs often lack one)."""
    icon = QIcon(_lock_pixmap(size, palette.color(QPalette.ColorRole.Text)))
    icon.addPixmap(_lock_pixmap(size, palette.color(QPalette.ColorRole.HighlightedText)), QIcon.Mode.Selected)
    return icon


def blank_icon(size: int) -> QIcon:
    """Same size as the padlock, so names without a PIN line up with the others."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    return QIcon(pixmap)
