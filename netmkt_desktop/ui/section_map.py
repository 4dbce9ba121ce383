"""The whole section as one picture (本节全貌图), drawn with QPainter; every box opens its node.

Four panels, each made from the content by stable node ids:

* 职业 ⊃ 工种 ⊃ 岗位 — the 小资料's containment, as three nested frames (one box: the 小资料);
* the two occupations, each a frame holding the work types the textbook lists for it;
* the six common positions.  The textbook does not say which work type a position belongs to, so
  no line joins them and a caption says so;
* the tiers by company size (:mod:`netmkt_desktop.tiers`): a ladder per size, the lowest tier at the
  bottom, 主管 *or* 经理 side by side at a 500–999 company; a caption says that exactly 500 staff
  fits both "500人以上" and "500人以下", as the plan wizard does.

:func:`layout_map` places the boxes for a width and a font (everything is measured in the font's
line height: the picture follows the zoom); :func:`paint_map` draws them with the palette's roles
(light, dark, high contrast), the kind colours only where they stand out from the background.
:class:`SectionMap` is the widget: mouse (click, hover), keyboard (Tab/Shift+Tab and the arrow
keys move between boxes, Return/Enter/Space opens one) and an accessible name that follows the
box in focus.  Drawing is cheap: a few dozen rectangles and short texts, laid out once per width.

Why it is longer than 500 lines: the layout of four panels, their painting in three themes and
the widget's mouse and keyboard handling all work on the same boxes and frames; kept together so a
box that is drawn is always one that can be reached by Tab.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QColor,
    QFocusEvent,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from netmkt_desktop.content import Content, Node, NodeKind
from netmkt_desktop.render import KIND_LABELS
from netmkt_desktop.tiers import CompanySize, Tier, structure_for_size
from netmkt_desktop.ui.colours import contrast_ratio, focus_color, outline_color
from netmkt_desktop.ui.i18n import size_label, tier_label, translate, translate_core
from netmkt_desktop.ui.icons import kind_colour

SIDEBAR_ID = "sidebar.occupation_work_type_position"  # 小资料:职业、工种与岗位
OCCUPATIONS_ID = "occupation_cognition"  # 一、职业认知: the two occupations are introduced here
POSITIONS_ID = "common_positions"  # (三)常见的网络营销岗位
SURVEY_ID = "survey"  # 知识拓展:网络营销职业现状调研 (the tiers by company size)

PAD = 0.45  # inside a box, in line heights
GAP = 0.6  # between boxes, in line heights
TWO_COLUMNS = 34  # line heights from which two panels stand side by side
SMALL = 0.88  # captions, relative to the widget's font


class Box(NamedTuple):
    """A clickable box: ``node_id`` is what it opens; ``name`` and ``role`` are read out."""

    node_id: str
    rect: QRectF
    text: str
    name: str
    role: str
    kind: NodeKind
    style: str = "item"  # "item" (centred), "header" (bold, a bar of its kind's colour), "panel" (a frame with a title)


class Frame(NamedTuple):
    """One of the nested frames of 职业 ⊃ 工种 ⊃ 岗位 (drawn inside the 小资料's box)."""

    rect: QRectF
    label: str
    level: int  # 0 outermost


class Caption(NamedTuple):
    rect: QRectF
    text: str
    bold: bool = False
    centred: bool = False


class MapLayout(NamedTuple):
    boxes: list[Box]
    frames: list[Frame]
    captions: list[Caption]
    width: float
    height: float


_WRAP = Qt.TextFlag.TextWordWrap


def small_font(font: QFont, bold: bool = False) -> QFont:
    small = QFont(font)
    if font.pixelSize() > 0:
        small.setPixelSize(max(1, round(font.pixelSize() * SMALL)))
    else:
        small.setPointSizeF(max(1.0, font.pointSizeF() * SMALL))
    small.setBold(bold)
    return small


def bold_font(font: QFont) -> QFont:
    bold = QFont(font)
    bold.setBold(True)
    return bold


def _role(kind: NodeKind) -> str:
    return translate_core(KIND_LABELS[kind])


class _Builder:
    """Places boxes, frames and captions; sizes come from the font's metrics."""

    def __init__(self, content: Content, font: QFont):
        self.content = content
        self.fm = QFontMetricsF(font)
        self.bold = QFontMetricsF(bold_font(font))
        self.small = QFontMetricsF(small_font(font))
        self.small_bold = QFontMetricsF(small_font(font, bold=True))
        self.line = self.fm.height()
        self.pad = self.line * PAD
        self.gap = self.line * GAP
        self.boxes: list[Box] = []
        self.frames: list[Frame] = []
        self.captions: list[Caption] = []

    # -- measuring

    @staticmethod
    def text_height(fm: QFontMetricsF, text: str, width: float) -> float:
        return fm.boundingRect(QRectF(0, 0, max(1.0, width), 1e6), _WRAP, text).height()

    def text_width(self, fm: QFontMetricsF, text: str) -> float:
        return fm.horizontalAdvance(text) + 2 * self.pad + 2

    # -- pieces

    def header(self, node: Node | None, text: str, x: float, y: float, w: float) -> float:
        """A bold box across the panel that opens ``node``; returns its height (0 without the node)."""
        if node is None:
            return 0.0
        inner = w - 3 * self.pad
        h = self.text_height(self.bold, text, inner) + 2 * self.pad
        self.boxes.append(Box(node.id, QRectF(x, y, w, h), text, node.title, _role(node.kind), node.kind, "header"))
        return h

    def caption(self, text: str, x: float, y: float, w: float, bold: bool = False, centred: bool = False) -> float:
        fm = self.small_bold if bold else self.small
        h = self.text_height(fm, text, w)
        self.captions.append(Caption(QRectF(x, y, w, h), text, bold, centred))
        return h

    def grid(self, nodes: list[Node], x: float, y: float, w: float) -> float:
        """Item boxes in as many columns as fit; returns the height used."""
        if not nodes:
            return 0.0
        widest = max(self.text_width(self.fm, n.title) for n in nodes)
        fit = max(1, min(len(nodes), int((w + self.gap) // (min(widest, w) + self.gap))))
        rows = -(-len(nodes) // fit)
        columns = -(-len(nodes) // rows)  # as few rows as fit, each as full as the others
        cell = (w - self.gap * (columns - 1)) / columns
        top = y
        for start in range(0, len(nodes), columns):
            row = nodes[start:start + columns]
            h = max(self.text_height(self.fm, n.title, cell - 2 * self.pad) for n in row) + 2 * self.pad
            for i, node in enumerate(row):
                rect = QRectF(x + i * (cell + self.gap), top, cell, h)
                self.boxes.append(Box(node.id, rect, node.title, node.title, _role(node.kind), node.kind))
            top += h + self.gap
        return top - self.gap - y

    # -- panels

    def concept(self, x: float, y: float, w: float, min_h: float = 0.0) -> float:
        """职业 ⊃ 工种 ⊃ 岗位, from the 小资料: one box with three nested frames."""
        node = self.content.node(SIDEBAR_ID)
        if node is None:
            return 0.0
        title = translate("SectionMap", "小资料:{title}").format(title=node.title)
        title_h = self.text_height(self.bold, title, w - 3 * self.pad)
        labels = (translate("SectionMap", "职业"), translate("SectionMap", "工种"), translate("SectionMap", "岗位"))
        line = self.line
        inner = line + 2 * self.pad
        heights = [inner + 2 * (line + 2 * self.pad), inner + line + 2 * self.pad, inner]  # outer … inner
        top = y + self.pad + title_h + self.pad
        h = max(min_h, top - y + heights[0] + self.pad)
        top += (h - (top - y + heights[0] + self.pad)) / 2  # centred when the row is taller
        for level, (label, fh) in enumerate(zip(labels, heights)):
            inset = level * self.pad
            left = x + self.pad * 1.5 + inset
            rect = QRectF(left, top + level * (line + self.pad), w - 3 * self.pad - 2 * inset, fh)
            self.frames.append(Frame(rect, label, level))
        self.boxes.append(Box(node.id, QRectF(x, y, w, h), title, node.title, _role(node.kind), node.kind, "panel"))
        return h

    def occupations(self, x: float, y: float, w: float) -> float:
        """The two occupations, each holding the work types the textbook lists for it."""
        occupations = [n for n in self.content.of_kind(NodeKind.OCCUPATION) if n.pack_id == "core"]
        if not occupations:
            return 0.0
        section = self.content.node(OCCUPATIONS_ID)
        h = self.header(section, translate("SectionMap", "两个职业及其工种"), x, y, w)
        top = y + (h + self.gap if h else 0)
        side_by_side = len(occupations) > 1 and (w - self.gap) / len(occupations) >= 11 * self.line
        width = (w - self.gap * (len(occupations) - 1)) / len(occupations) if side_by_side else w
        placed: list[tuple[int, float]] = []  # (index of the occupation's box, its height)
        row_top, tallest = top, 0.0
        for n, occupation in enumerate(occupations):
            left = x + n * (width + self.gap) if side_by_side else x
            if not side_by_side and n:
                row_top += tallest + self.gap
                tallest = 0.0
            index = len(self.boxes)
            self.boxes.append(Box(occupation.id, QRectF(), occupation.title, occupation.title,
                                  _role(occupation.kind), occupation.kind, "panel"))
            title_h = self.text_height(self.bold, occupation.title, width - 3 * self.pad)
            inner_top = row_top + self.pad + title_h + self.pad
            work_types = [self.content.node(i) for i in occupation.links]
            work_types = [t for t in work_types if t is not None and t.kind == NodeKind.WORK_TYPE]
            if work_types:
                used = self.grid(work_types, left + self.pad, inner_top, width - 2 * self.pad)
            else:
                used = self.caption(translate("SectionMap", "教材没有列出这个职业的工种。"), left + self.pad,
                                    inner_top, width - 2 * self.pad)
            box_h = inner_top - row_top + used + self.pad
            placed.append((index, box_h))
            tallest = max(tallest, box_h)
            old = self.boxes[index]
            self.boxes[index] = old._replace(rect=QRectF(left, row_top, width, box_h))
        if side_by_side:  # one height for the frames side by side
            for index, _ in placed:
                old = self.boxes[index]
                self.boxes[index] = old._replace(rect=QRectF(old.rect.x(), old.rect.y(), old.rect.width(), tallest))
        return row_top + tallest - y

    def positions(self, x: float, y: float, w: float) -> float:
        """The common positions, with no line to any work type (the textbook draws none)."""
        holder = self.content.node(POSITIONS_ID)
        if holder is None:
            return 0.0
        positions = [self.content.node(i) for i in holder.links]
        positions = [p for p in positions if p is not None and p.kind == NodeKind.POSITION]
        h = self.header(holder, holder.title, x, y, w)
        top = y + h + self.gap
        top += self.grid(positions, x, top, w) + self.gap / 2
        top += self.caption(translate("SectionMap", "教材没有说明这些岗位各属于哪个工种,图中也不连线。"), x, top, w)
        return top - y

    def tiers(self, x: float, y: float, w: float) -> float:
        """A ladder per company size, the lowest tier at the bottom."""
        survey = self.content.node(SURVEY_ID)
        tier_nodes: dict[Tier, Node] = {}
        for node in self.content.of_kind(NodeKind.TIER):
            if node.tier in Tier.codes():
                tier_nodes.setdefault(Tier.from_code(node.tier), node)
        if survey is None or not tier_nodes:
            return 0.0
        h = self.header(survey, translate("SectionMap", "岗位层级与企业规模"), x, y, w)
        top = y + h + self.gap
        sizes = list(CompanySize)
        label_w = max(self.text_width(self.fm, tier_label(t)) for t in Tier)
        either_w = self.small.horizontalAdvance(translate("SectionMap", "或")) + 4
        column_min = 2 * label_w + either_w
        fit = int((w + self.gap) // (column_min + self.gap))
        columns = next(n for n in (len(sizes), 2, 1) if n <= max(1, fit))  # 4, 2×2 or one under another
        column_w = (w - self.gap * (columns - 1)) / columns
        box_h = max(self.text_height(self.fm, tier_label(t), column_w - 2 * self.pad) for t in Tier) + 2 * self.pad
        step = box_h + self.gap / 2
        for start in range(0, len(sizes), columns):
            row = sizes[start:start + columns]
            caption_h = max(self.text_height(self.small_bold, size_label(s), column_w) for s in row)
            levels = max(len(structure_for_size(s).levels) for s in row)
            ground = top + caption_h + self.gap / 2 + levels * step - self.gap / 2  # the ladders stand on one line
            for i, size in enumerate(row):
                left = x + i * (column_w + self.gap)
                self.caption(size_label(size), left, top, column_w, bold=True, centred=True)
                for level_no, level in enumerate(structure_for_size(size).levels):
                    bottom = ground - level_no * step
                    rect_top = bottom - box_h
                    if len(level) == 1:
                        rects = [QRectF(left, rect_top, column_w, box_h)]
                    else:
                        half = (column_w - either_w) / 2
                        rects = [QRectF(left, rect_top, half, box_h), QRectF(left + half + either_w, rect_top, half, box_h)]
                        self.captions.append(Caption(QRectF(left + half, rect_top, either_w, box_h),
                                                     translate("SectionMap", "或"), centred=True))
                    for tier, rect in zip(level, rects):
                        node = tier_nodes.get(tier)
                        if node is not None:
                            self.boxes.append(Box(node.id, rect, tier_label(tier), node.title, _role(node.kind),
                                                  node.kind))
            top = ground + self.gap
        top += self.caption(translate("SectionMap", "每一列从下往上是由低到高的层级。恰好500人的企业,"
                                      "“500人以上”和“500人以下”两种说法都符合教材(制订规划时可以选)。"), x, top, w)
        return top - y


def layout_map(content: Content, font: QFont, width: float) -> MapLayout:
    """Every box of the picture for ``width`` pixels and ``font``: two panels a row when the width
    allows (:data:`TWO_COLUMNS` line heights), else one panel under another."""
    b = _Builder(content, font)
    margin = b.pad
    w = max(1.0, width - 2 * margin)
    x, y = margin, margin
    if w >= TWO_COLUMNS * b.line:
        left_w = max(10 * b.line, w * 0.3)
        right_x, right_w = x + left_w + b.gap * 1.5, w - left_w - b.gap * 1.5
        marks = len(b.boxes), len(b.frames), len(b.captions)
        right_h = b.occupations(right_x, y, right_w)  # measured first: the 小资料's box is as tall
        del b.boxes[marks[0]:], b.frames[marks[1]:], b.captions[marks[2]:]
        left_h = b.concept(x, y, left_w, right_h)
        b.occupations(right_x, y, right_w)
        y += max(left_h, right_h) + b.gap * 1.5
        left_w = w * 0.44
        right_x, right_w = x + left_w + b.gap * 1.5, w - left_w - b.gap * 1.5
        y += max(b.positions(x, y, left_w), b.tiers(right_x, y, right_w))
    else:
        for panel in (b.concept, b.occupations, b.positions, b.tiers):
            h = panel(x, y, w)
            if h:
                y += h + b.gap * 1.5
        y -= b.gap * 1.5
    return MapLayout(b.boxes, b.frames, b.captions, width, y + margin)


# ---------------------------------------------------------------------------------------------
# Painting


def accent(kind: NodeKind, palette: QPalette) -> QColor:
    """The kind's colour where it stands out 3:1 from the boxes' background, else the outline colour."""
    colour = kind_colour(kind)
    if contrast_ratio(colour, palette.color(QPalette.ColorRole.Base)) >= 3.0:
        return colour
    return outline_color(palette)


def _tint(base: QColor, colour: QColor, share: float) -> QColor:
    return QColor.fromRgbF(base.redF() * (1 - share) + colour.redF() * share,
                           base.greenF() * (1 - share) + colour.greenF() * share,
                           base.blueF() * (1 - share) + colour.blueF() * share)


def paint_map(painter: QPainter, layout: MapLayout, palette: QPalette, font: QFont,
              focus: int = -1, hover: int = -1) -> None:
    """Draw ``layout``; the box at index ``focus`` gets a focus ring, ``hover`` a highlight."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    line = QFontMetricsF(font).height()
    pad = line * PAD
    radius = line * 0.25
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    window_text = palette.color(QPalette.ColorRole.WindowText)
    outline = outline_color(palette)
    highlight = palette.color(QPalette.ColorRole.Highlight)
    bold = bold_font(font)
    width = max(1.0, line / 14)

    frames_by_box: dict[int, list[Frame]] = {}
    for frame in layout.frames:
        owner = next((i for i, b in enumerate(layout.boxes) if b.style == "panel" and b.rect.contains(frame.rect)), -1)
        frames_by_box.setdefault(owner, []).append(frame)

    for index, box in enumerate(layout.boxes):
        colour = accent(box.kind, palette)
        fill = _tint(base, colour, 0.12) if box.style == "header" else QColor(base)
        if index == hover:
            fill = _tint(fill, highlight, 0.25)
        painter.setPen(QPen(colour if box.style != "panel" else outline, width * (1.6 if box.style == "item" else 1.2)))
        painter.setBrush(fill)
        painter.drawRoundedRect(box.rect.adjusted(width / 2, width / 2, -width / 2, -width / 2), radius, radius)
        painter.setPen(text)
        if box.style == "item":
            painter.setFont(font)
            painter.drawText(box.rect.adjusted(pad, pad, -pad, -pad),
                             int(Qt.AlignmentFlag.AlignCenter) | int(_WRAP), box.text)
            continue
        bar = QRectF(box.rect.left() + width, box.rect.top() + pad * 0.6, pad * 0.5, 0)
        title_rect = box.rect.adjusted(pad * 1.5, pad, -pad * 1.5, -pad)
        painter.setFont(bold)
        title = painter.boundingRect(title_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop) | int(_WRAP),
                                     box.text)
        painter.drawText(title_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop) | int(_WRAP), box.text)
        bar.setHeight(title.height() if box.style == "panel" else box.rect.height() - pad * 1.2)
        painter.fillRect(bar, colour)
        for frame in frames_by_box.get(index, ()):
            _paint_frame(painter, frame, palette, font, colour, pad, radius, width)

    painter.setPen(window_text)
    for caption in layout.captions:
        painter.setFont(small_font(font, caption.bold))
        align = Qt.AlignmentFlag.AlignHCenter if caption.centred else Qt.AlignmentFlag.AlignLeft
        painter.drawText(caption.rect, int(align | Qt.AlignmentFlag.AlignVCenter) | int(_WRAP), caption.text)

    if 0 <= focus < len(layout.boxes):
        ring = layout.boxes[focus].rect.adjusted(-width, -width, width, width)
        painter.setPen(QPen(focus_color(palette), max(2.0, width * 2.5)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(ring, radius + width, radius + width)
    painter.restore()


def _paint_frame(painter: QPainter, frame: Frame, palette: QPalette, font: QFont, colour: QColor, pad: float,
                 radius: float, width: float) -> None:
    base = palette.color(QPalette.ColorRole.Base)
    painter.setPen(QPen(colour, width * 1.2))
    painter.setBrush(_tint(base, colour, 0.06 * (frame.level + 1)))
    painter.drawRoundedRect(frame.rect, radius, radius)
    painter.setPen(palette.color(QPalette.ColorRole.Text))
    painter.setFont(bold_font(font) if frame.level == 0 else font)
    inner = frame.level == 2
    align = Qt.AlignmentFlag.AlignCenter if inner else Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
    label = frame.label
    if not inner:
        label = f"{label} ⊃"
    painter.drawText(frame.rect.adjusted(pad, pad * 0.5, -pad, -pad * 0.5), int(align), label)


# ---------------------------------------------------------------------------------------------
# The widget


class SectionMap(QWidget):
    """The picture as a widget: a click or Return on a box emits ``node_activated``."""

    node_activated = Signal(str)

    def __init__(self, content: Content, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("sectionMap")
        self._name = self.tr("本节全貌图")
        self.setAccessibleName(self._name)
        self.setAccessibleDescription(self.tr("用 Tab 键或方向键在方框之间移动,按回车键打开。"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.content = content
        self.current = -1  # the box with the keyboard focus
        self.hover = -1
        self._layouts: dict[int, MapLayout] = {}  # by width; the font and content are those of now

    # -- layout

    def set_content(self, content: Content) -> None:
        self.content = content
        self._invalidate()

    def _invalidate(self) -> None:
        self._layouts.clear()
        self.current = min(self.current, -1)
        self.hover = -1
        self.updateGeometry()
        self.update()

    def layout_for(self, width: int) -> MapLayout:
        """The picture laid out for ``width`` (kept: Qt asks for the same few widths again and again)."""
        found = self._layouts.get(width)
        if found is None:
            if len(self._layouts) >= 8:
                self._layouts.clear()
            found = self._layouts[width] = layout_map(self.content, self.font(), width)
        return found

    @property
    def map_layout(self) -> MapLayout:
        return self.layout_for(self.width())

    @property
    def boxes(self) -> list[Box]:
        return self.map_layout.boxes

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        return int(self.layout_for(width).height + 1)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        width = round(QFontMetricsF(self.font()).height() * (TWO_COLUMNS + 4))
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        line = QFontMetricsF(self.font()).height()  # the height comes from heightForWidth
        return QSize(round(line * 10), round(line * 4))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.LanguageChange):
            self._invalidate()
        elif event.type() == QEvent.Type.PaletteChange:
            self.update()
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        try:
            focus = self.current if self.hasFocus() else -1
            paint_map(painter, self.map_layout, self.palette(), self.font(), focus, self.hover)
        finally:
            painter.end()

    # -- finding boxes

    def box_at(self, point: QPointF) -> int:
        """The innermost box under ``point`` (-1: none)."""
        found = -1
        for index, box in enumerate(self.boxes):
            if box.rect.contains(point) and (found < 0 or self.boxes[found].rect.contains(box.rect)):
                found = index
        return found

    def index_of(self, node_id: str) -> int:
        return next((i for i, b in enumerate(self.boxes) if b.node_id == node_id), -1)

    def box_rect(self, node_id: str) -> QRectF:
        index = self.index_of(node_id)
        return self.boxes[index].rect if index >= 0 else QRectF()

    # -- focus and activation

    def set_current(self, index: int) -> None:
        if not self.boxes:
            return
        index = max(0, min(index, len(self.boxes) - 1))
        self.current = index
        box = self.boxes[index]
        self.setAccessibleName(self.tr("{name}({role})").format(name=box.name, role=box.role))
        QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.NameChanged))
        self.update()

    def activate(self, index: int) -> None:
        if 0 <= index < len(self.boxes):
            self.node_activated.emit(self.boxes[index].node_id)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        super().focusInEvent(event)
        if event.reason() == Qt.FocusReason.BacktabFocusReason:
            self.set_current(len(self.boxes) - 1)
        elif self.current < 0 or event.reason() == Qt.FocusReason.TabFocusReason:
            self.set_current(0)
        else:
            self.set_current(self.current)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        super().focusOutEvent(event)
        self.setAccessibleName(self._name)
        self.update()

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 - Qt override
        """Tab and Shift+Tab go from box to box, then on to the next widget."""
        if self.hasFocus():
            target = self.current + (1 if forward else -1)
            if 0 <= target < len(self.boxes):
                self.set_current(target)
                return True
        return super().focusNextPrevChild(forward)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activate(self.current)
            return
        moves = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1)}
        if key in moves:
            target = self._neighbour(*moves[key])
            if target >= 0:
                self.set_current(target)
            return
        if key == Qt.Key.Key_Home:
            self.set_current(0)
            return
        if key == Qt.Key.Key_End:
            self.set_current(len(self.boxes) - 1)
            return
        super().keyPressEvent(event)

    def _neighbour(self, dx: int, dy: int) -> int:
        """The nearest box in a direction from the current one (-1: none that way)."""
        if not 0 <= self.current < len(self.boxes):
            return 0 if self.boxes else -1
        here = self.boxes[self.current].rect
        best, best_score = -1, float("inf")
        for index, box in enumerate(self.boxes):
            if index == self.current:
                continue
            rect = box.rect
            if dx:
                ahead = rect.left() - here.right() if dx > 0 else here.left() - rect.right()
                across = abs(rect.center().y() - here.center().y())
                overlaps = rect.top() < here.bottom() and rect.bottom() > here.top()
            else:
                ahead = rect.top() - here.bottom() if dy > 0 else here.top() - rect.bottom()
                across = abs(rect.center().x() - here.center().x())
                overlaps = rect.left() < here.right() and rect.right() > here.left()
            if ahead < -1:  # behind or beside: a frame holding the box counts only upward/leftward
                continue
            score = ahead + across * (0.5 if overlaps else 3.0)
            if score < best_score:
                best, best_score = index, score
        return best

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        index = self.box_at(event.position())
        if index != self.hover:
            self.hover = index
            self.setCursor(Qt.CursorShape.PointingHandCursor if index >= 0 else Qt.CursorShape.ArrowCursor)
            self.update()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if self.hover >= 0:
            self.hover = -1
            self.update()
        super().leaveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton:
            index = self.box_at(event.position())
            if index >= 0:
                self.current = index
                self.activate(index)
                return
        super().mouseReleaseEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            index = self.box_at(QPointF(event.pos()))
            if index >= 0:
                box = self.boxes[index]
                QToolTip.showText(event.globalPos(), self.tr("{name}({role}):点击查看").format(
                    name=box.name, role=box.role), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)
