"""Fusion with outlines that stand out: check boxes, radio buttons, line edits, focused buttons.

Fusion derives those outlines from ``Window.darker(140)``: about 1.3:1 on a light window and
invisible on a dark one. :class:`ThemeStyle` draws over them in the colours of
:func:`~netmkt_desktop.ui.colours.outline_color` and :func:`~netmkt_desktop.ui.colours.focus_color`.
The start-up imports this module only after the first paint (see ``theme.install_outline_style``).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QWidget

from netmkt_desktop.ui.colours import STYLE_NAME, focus_color, outline_color
from netmkt_desktop.ui.zoom_style import ZoomMetrics


def theme_style(app: QApplication) -> ThemeStyle | None:
    """The application's ThemeStyle, also when a style sheet wraps it; None before it is installed."""
    style = app.style()
    if isinstance(style, ThemeStyle):
        return style
    return style.findChild(ThemeStyle)  # under a style sheet, Qt's QStyleSheetStyle owns it


_S = QStyle.StateFlag
_P = QStyle.PrimitiveElement


class ThemeStyle(ZoomMetrics, QProxyStyle):
    """Fusion, except that check boxes, radio buttons and line edits get outlines that stand out,
    and a push button with keyboard focus gets a 2 px frame; indicators, arrows and scrollers
    follow the zoom (:class:`~netmkt_desktop.ui.zoom_style.ZoomMetrics`).

    Fusion derives those outlines from ``Window.darker(140)``: about 1.3:1 on a light window and
    invisible on a dark one (an unticked box vanished in the dark theme). The outline is drawn
    over Fusion's own, in :func:`outline_color`; a line edit with the focus gets a 2 px frame in
    :func:`focus_color`."""

    def __init__(self):
        super().__init__(STYLE_NAME)

    def drawPrimitive(self, element, option: QStyleOption, painter: QPainter,  # noqa: N802 - Qt override
                      widget: QWidget | None = None) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element in _OUTLINED:
            self._draw_outline(element, option, painter)

    def _draw_outline(self, element, option: QStyleOption, painter: QPainter) -> None:
        state = option.state
        focus = bool(state & _S.State_HasFocus)
        keyboard_focus = focus and bool(state & _S.State_KeyboardFocusChange)
        if element == _P.PE_PanelButtonCommand and not keyboard_focus:
            return
        palette, rect = option.palette, option.rect
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if element == _P.PE_PanelButtonCommand:
            # Fusion's 1 px focus outline looks just like the outline of a default button.
            painter.setPen(QPen(focus_color(palette), 2))
            painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 2, 2)
        elif element == _P.PE_FrameLineEdit:
            painter.translate(0.5, 0.5)
            painter.setPen(QPen(focus_color(palette) if focus else outline_color(palette), 1))
            painter.drawRoundedRect(rect.adjusted(0, 0, -1, -1), 2, 2)
            if focus:
                painter.drawRoundedRect(rect.adjusted(1, 1, -2, -2), 1.7, 1.7)
        elif not keyboard_focus:  # with keyboard focus, Fusion draws the indicator in Highlight
            painter.setPen(QPen(outline_color(palette), 1))
            if element == _P.PE_IndicatorCheckBox:
                painter.translate(0.5, 0.5)
                painter.drawRect(rect.adjusted(0, 0, -1, -1))
            else:  # the circle of Fusion's radio button
                radius = (rect.width() + (rect.width() + 1) % 2) / 2.0 - 1
                path = QPainterPath()
                path.addEllipse(QPointF(rect.center()) + QPointF(1, 1), radius, radius)
                painter.drawPath(path)
        painter.restore()


_OUTLINED = frozenset((_P.PE_IndicatorCheckBox, _P.PE_IndicatorRadioButton, _P.PE_FrameLineEdit,
                       _P.PE_PanelButtonCommand))
