"""Sizes that follow the zoom: check boxes, radio buttons, tree arrows, scroll bars, tab scrollers.

Qt sizes these parts from the style's pixel metrics and draws its arrows at a fixed size, none of
which follow the font: at 200 % the text doubles while a check box, a tree's arrow or the buttons
that scroll a row of tabs stay at their 100 % size, too small to hit.  :class:`ZoomMetrics` is
mixed into the application's proxy style (:class:`~netmkt_desktop.ui.outline_style.ThemeStyle`):
it scales those metrics by the zoom factor and draws the arrows itself, in the palette's text
colour, so they show in every theme (high contrast included) and at every size.  The toolbar's
overflow button gets an icon drawn the same way.

The zoom controller sets the factor (:func:`set_factor`) before it changes the application font,
so the layout that follows the font uses the new sizes.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap, QPolygonF
from PySide6.QtWidgets import QStyle, QStyleOption

_factor = 1.0

_M = QStyle.PixelMetric
# Parts whose size Qt takes from these metrics: indicators, arrows' room, scrollers, small icons.
SCALED_METRICS = frozenset(int(m) for m in (
    _M.PM_IndicatorWidth, _M.PM_IndicatorHeight,
    _M.PM_ExclusiveIndicatorWidth, _M.PM_ExclusiveIndicatorHeight,
    _M.PM_CheckBoxLabelSpacing, _M.PM_RadioButtonLabelSpacing,
    _M.PM_ScrollBarExtent, _M.PM_ScrollBarSliderMin,
    _M.PM_TabBarScrollButtonWidth, _M.PM_TabCloseIndicatorWidth, _M.PM_TabCloseIndicatorHeight,
    _M.PM_ToolBarExtensionExtent, _M.PM_ToolBarHandleExtent, _M.PM_ToolBarSeparatorExtent,
    _M.PM_ToolBarIconSize, _M.PM_SmallIconSize, _M.PM_ButtonIconSize, _M.PM_ListViewIconSize,
    _M.PM_TabBarIconSize, _M.PM_MenuButtonIndicator, _M.PM_HeaderMarkSize,
    _M.PM_SliderThickness, _M.PM_SliderLength, _M.PM_SliderControlThickness,
    _M.PM_SplitterWidth, _M.PM_SizeGripSize,
))

_INDENTATION = int(_M.PM_TreeViewIndentation)

_P = QStyle.PrimitiveElement
_ARROWS = {
    int(_P.PE_IndicatorArrowUp): "up", int(_P.PE_IndicatorArrowDown): "down",
    int(_P.PE_IndicatorArrowLeft): "left", int(_P.PE_IndicatorArrowRight): "right",
    int(_P.PE_IndicatorSpinUp): "up", int(_P.PE_IndicatorSpinDown): "down",
}
_BRANCH = int(_P.PE_IndicatorBranch)
_S = QStyle.StateFlag
_EXTENSION_ICONS = {int(QStyle.StandardPixmap.SP_ToolBarHorizontalExtensionButton): "right",
                    int(QStyle.StandardPixmap.SP_ToolBarVerticalExtensionButton): "down"}


def factor() -> float:
    return _factor


def set_factor(value: float) -> bool:
    """Use ``value`` (1.0 at 100 %) from now on; True if it changed."""
    global _factor
    value = max(0.25, float(value))
    changed = value != _factor
    _factor = value
    return changed


def scaled(value: int) -> int:
    return max(1, round(value * _factor)) if value > 0 else value


def arrow_polygon(rect: QRectF, direction: str, size: float) -> QPolygonF:
    """A filled triangle of ``size`` (its long side) pointing ``direction``, centred in ``rect``."""
    half, depth = size / 2, size / 2
    c = rect.center()
    if direction == "down":
        points = [(c.x() - half, c.y() - depth / 2), (c.x() + half, c.y() - depth / 2), (c.x(), c.y() + depth / 2)]
    elif direction == "up":
        points = [(c.x() - half, c.y() + depth / 2), (c.x() + half, c.y() + depth / 2), (c.x(), c.y() - depth / 2)]
    elif direction == "left":
        points = [(c.x() + depth / 2, c.y() - half), (c.x() + depth / 2, c.y() + half), (c.x() - depth / 2, c.y())]
    else:
        points = [(c.x() - depth / 2, c.y() - half), (c.x() - depth / 2, c.y() + half), (c.x() + depth / 2, c.y())]
    return QPolygonF([QPointF(x, y) for x, y in points])


def arrow_size(rect: QRect) -> float:
    """Fusion's arrow (8 px at 100 %) at the zoom, never larger than the room it has."""
    return min(8.0 * _factor, rect.width() * 0.8, rect.height() * 0.8)


def draw_arrow(painter: QPainter, rect: QRect, direction: str, colour) -> None:
    size = arrow_size(rect)
    if size <= 1:
        return
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawPolygon(arrow_polygon(QRectF(rect), direction, size))
    painter.restore()


_CLONES: list[QIconEngine] = []


class _ArrowIconEngine(QIconEngine):
    """An arrow drawn at paint time in the application palette's button text colour (so a theme
    change needs no new icon), at any size."""

    def __init__(self, direction: str):
        super().__init__()
        self.direction = direction

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        palette = QGuiApplication.palette()
        group = QPalette.ColorGroup.Disabled if mode == QIcon.Mode.Disabled else QPalette.ColorGroup.Active
        size = min(rect.width(), rect.height()) * 0.45
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette.color(group, QPalette.ColorRole.ButtonText))
        for shift in (-0.22, 0.22):  # a double chevron: "more"
            area = QRectF(rect).translated(shift * size * (1 if self.direction == "right" else 0),
                                           shift * size * (1 if self.direction == "down" else 0))
            painter.drawPolygon(arrow_polygon(area, self.direction, size))
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(0, 0, size.width(), size.height()), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        # The icon owns (and deletes) the engine it gets: Python keeps every clone alive as well, so
        # neither side frees it under the other (a handful for a session: one per overflow button).
        copy = _ArrowIconEngine(self.direction)
        _CLONES.append(copy)
        return copy


_ENGINES: dict[str, _ArrowIconEngine] = {}  # one per direction, alive as long as the program


def _arrow_icon(direction: str) -> QIcon:
    engine = _ENGINES.get(direction)
    if engine is None:
        engine = _ENGINES[direction] = _ArrowIconEngine(direction)
    return QIcon(engine.clone())


class ZoomMetrics:
    """Mix-in for a QProxyStyle: metrics and arrows that follow :func:`factor`."""

    def pixelMetric(self, metric, option: QStyleOption | None = None, widget=None) -> int:  # noqa: N802
        value = super().pixelMetric(metric, option, widget)
        if _factor != 1.0:
            if metric in SCALED_METRICS:
                return scaled(value)
            if metric == _INDENTATION:  # room for the bigger arrow, not a wider staircase
                return max(value, round(8.0 * _factor) + 8)
        return value

    def drawPrimitive(self, element, option: QStyleOption, painter: QPainter, widget=None) -> None:  # noqa: N802
        if _factor > 1.0:
            direction = _ARROWS.get(element)
            if direction is None and element == _BRANCH and option.state & _S.State_Children:
                direction = "down" if option.state & _S.State_Open else "right"
                if option.direction == Qt.LayoutDirection.RightToLeft and direction == "right":
                    direction = "left"
            if direction is not None:
                palette = option.palette
                role = QPalette.ColorRole.Text if element == _BRANCH else QPalette.ColorRole.ButtonText
                if element == _BRANCH and option.state & _S.State_Selected and widget is not None and \
                        widget.style().styleHint(QStyle.StyleHint.SH_ItemView_ShowDecorationSelected, option, widget):
                    role = QPalette.ColorRole.HighlightedText  # the arrow sits on the selection
                group = QPalette.ColorGroup.Active if option.state & _S.State_Enabled else QPalette.ColorGroup.Disabled
                draw_arrow(painter, option.rect, direction, palette.color(group, role))
                return
        super().drawPrimitive(element, option, painter, widget)

    def standardIcon(self, icon, option: QStyleOption | None = None, widget=None) -> QIcon:  # noqa: N802
        direction = _EXTENSION_ICONS.get(icon)
        if direction is not None:  # the toolbar's overflow button: visible on any palette
            return _arrow_icon(direction)
        return super().standardIcon(icon, option, widget)
