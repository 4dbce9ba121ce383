"""One small painted icon per node kind: a coloured tile with a Chinese character."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

from netmkt_desktop.content import NodeKind

_GLYPHS: dict[NodeKind, tuple[str, str]] = {
    NodeKind.PART: ("书", "#5b6770"),
    NodeKind.CHAPTER: ("节", "#5b6770"),
    NodeKind.SECTION: ("章", "#4a6fa5"),
    NodeKind.TOPIC: ("点", "#4a6fa5"),
    NodeKind.OCCUPATION: ("职", "#b5452f"),
    NodeKind.WORK_TYPE: ("工", "#c47a16"),
    NodeKind.POSITION: ("岗", "#2f7d4a"),
    NodeKind.TIER: ("级", "#6a4bb0"),
    NodeKind.SIDEBAR: ("资", "#0f7c86"),
    NodeKind.FURTHER_READING: ("拓", "#0f7c86"),
    NodeKind.EXTENSION: ("补", "#707070"),
    NodeKind.GROUP: ("类", "#3d3d3d"),
}

_cache: dict[NodeKind, QIcon] = {}


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


def kind_icon(kind: NodeKind) -> QIcon:
    icon = _cache.get(kind)
    if icon is None:
        glyph, colour = _GLYPHS[kind]
        icon = QIcon()
        for size in (16, 32, 64):
            icon.addPixmap(_tile(glyph, colour, size))
        _cache[kind] = icon
    return icon
