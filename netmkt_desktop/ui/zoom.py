"""Zoom the whole interface together, 50 % to 300 % (presentation mode on a projector).

The application font is scaled, so every widget that does not set its own font follows, including
dialogs and wizards opened later. Widgets with their own font size (``register_relative_font``) and
icon views (``register_icon_view``) are marked with a dynamic property and kept in a list until
they are destroyed; they are updated on every change.  The style's sizes that do not follow the
font (check boxes, arrows, scroll buttons) follow the zoom through
:mod:`netmkt_desktop.ui.zoom_style`; :class:`ToolbarRows` keeps toolbars out of overflow menus.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Property, QCoreApplication, QEvent, QObject, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QFont, QKeySequence, QWheelEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QTreeView, QWidget

from netmkt_desktop.ui.theme import app_wide_change

STEPS: tuple[int, ...] = (50, 67, 80, 90, 100, 110, 125, 150, 175, 200, 250, 300)
MIN_PERCENT, DEFAULT_PERCENT, MAX_PERCENT = STEPS[0], 100, STEPS[-1]
WHEEL_STEP = 120  # angleDelta of one mouse-wheel notch; touchpads send smaller deltas that add up

FONT_FACTOR_PROPERTY = "netmktZoomFontFactor"
ICON_PX_PROPERTY = "netmktZoomIconPx"
INDENT_PROPERTY = "netmktZoomIndented"


def snap_percent(percent: float) -> int:
    """The zoom step nearest to ``percent`` (so 50..300)."""
    return min(STEPS, key=lambda step: (abs(step - percent), step))


class ZoomController(QObject):
    """Owns the zoom level of the application; the base font is the application font at construction."""

    zoom_changed = Signal(int)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._base_font = QFont(QApplication.font())
        self._percent = DEFAULT_PERCENT
        self._wheel_rest = 0
        self._registered: dict[int, QWidget] = {}  # the widgets of register_relative_font/register_icon_view
        self.default_percent = DEFAULT_PERCENT  # where 实际大小 (Ctrl+0) goes; presentation mode has its own

    # -- level ---------------------------------------------------------------------------------

    def _get_percent(self) -> int:
        return self._percent

    def set_percent(self, percent: float) -> None:
        """Zoom to the step nearest ``percent``; emits ``zoom_changed`` when the level changes."""
        percent = snap_percent(percent)
        if percent == self._percent:
            return
        self._percent = percent
        self._apply()
        self.zoom_changed.emit(percent)

    percent = Property(int, _get_percent, set_percent, notify=zoom_changed)

    @property
    def base_font(self) -> QFont:
        return QFont(self._base_font)

    def zoom_in(self) -> None:
        bigger = [s for s in STEPS if s > self._percent]
        if bigger:
            self.set_percent(bigger[0])

    def zoom_out(self) -> None:
        smaller = [s for s in STEPS if s < self._percent]
        if smaller:
            self.set_percent(smaller[-1])

    def reset(self) -> None:
        self.set_percent(self.default_percent)

    def scaled(self, value: float) -> float:
        """``value`` (a size at 100 %) at the current zoom level."""
        return value * self._percent / 100

    # -- applying ------------------------------------------------------------------------------

    def _font(self, factor: float, template: QFont | None = None) -> QFont:
        font = QFont(self._base_font if template is None else template)
        if self._base_font.pointSizeF() > 0:
            font.setPointSizeF(self._base_font.pointSizeF() * self._percent / 100 * factor)
        else:  # a pixel-sized platform font
            font.setPixelSize(max(1, round(self._base_font.pixelSize() * self._percent / 100 * factor)))
        return font

    def _apply(self) -> None:
        from netmkt_desktop.ui import zoom_style

        sizes_changed = zoom_style.set_factor(self._percent / 100)  # before the font: its layout uses them
        app = QApplication.instance()
        with app_wide_change():
            QApplication.setFont(self._font(1.0))
            if app.styleSheet():
                # Under a style sheet, widgets already polished keep their font (Qt's style-sheet font
                # propagation); setting the sheet again re-polishes them with the new application font.
                app.setStyleSheet(app.styleSheet())
        self.refresh(sizes_changed)

    def refresh(self, sizes_changed: bool = False) -> None:
        """Set the registered fonts and icon sizes again. A new application style or style sheet
        can make Qt's style-sheet machinery put back a font a widget had before (a text browser
        zoomed to 200 % fell back to its 100 % size on leaving high contrast); call this after.

        ``sizes_changed`` is accepted for the callers that changed the style's zoomed sizes; a
        registered tree keeps its indentation from the style, so it is set again in any case."""
        for widget in list(self._registered.values()):
            if not shiboken6.isValid(widget):
                continue
            factor = widget.property(FONT_FACTOR_PROPERTY)
            if factor is not None:
                self._apply_relative_font(widget, float(factor))
            base_px = widget.property(ICON_PX_PROPERTY)
            if base_px is not None and isinstance(widget, QAbstractItemView):
                self._apply_icon_size(widget, int(base_px))
            if isinstance(widget, QTreeView):  # its arrows sit in the indentation: room for them
                self._apply_indentation(widget)

    def _apply_indentation(self, tree: QTreeView) -> None:
        """A zoomed tree takes its indentation from the zoomed style; at 100 % the style's own
        (nothing is asked of the style then: its first use costs ~10 ms, kept after the first paint)."""
        if self._percent != DEFAULT_PERCENT:
            from PySide6.QtWidgets import QStyle

            tree.setIndentation(tree.style().pixelMetric(QStyle.PixelMetric.PM_TreeViewIndentation, None, tree))
            tree.setProperty(INDENT_PROPERTY, True)
        elif tree.property(INDENT_PROPERTY):
            tree.resetIndentation()
            tree.setProperty(INDENT_PROPERTY, None)

    def _register(self, widget: QWidget) -> None:
        """Remember ``widget`` until it is destroyed (no scan of every widget of the application:
        that also wraps widgets Qt is tearing down)."""
        key = id(widget)
        if key not in self._registered:
            self._registered[key] = widget
            widget.destroyed.connect(lambda *_args, key=key: self._registered.pop(key, None))

    def _apply_relative_font(self, widget: QWidget, factor: float) -> None:
        widget.setFont(self._font(factor, widget.font()))

    def _apply_icon_size(self, view: QAbstractItemView, base_px: int) -> None:
        px = max(8, round(self.scaled(base_px)))
        view.setIconSize(QSize(px, px))

    def register_relative_font(self, widget: QWidget, factor: float) -> None:
        """Keep ``widget``'s font at ``factor`` times the (zoomed) application font.

        For widgets that set their own font size, such as a text browser at 1.2×; family, weight
        and style of the widget's font are kept."""
        widget.setProperty(FONT_FACTOR_PROPERTY, float(factor))
        self._register(widget)
        self._apply_relative_font(widget, float(factor))

    def register_icon_view(self, view: QAbstractItemView, base_px: int = 16) -> None:
        """Scale ``view``'s icon size with the zoom level (``base_px`` at 100 %)."""
        view.setProperty(ICON_PX_PROPERTY, int(base_px))
        self._register(view)
        self._apply_icon_size(view, int(base_px))

    # -- Ctrl + mouse wheel --------------------------------------------------------------------

    def install_wheel_zoom(self, widget: QWidget) -> QObject:
        """Ctrl + wheel zooms over ``widget`` and its children.

        The filter sits on the QWindow of ``widget``'s top-level window, which gets every wheel
        event of that window before the widget under the mouse does (a text browser's viewport,
        say, would otherwise scroll or zoom only itself). Only that window's events reach Python:
        a filter on the application would see every event of every object. The filter is a child
        of ``widget`` and goes with it; returns it."""
        wheel_filter = _WheelZoomFilter(self, widget)
        top = widget.window()
        top.winId()  # creates the QWindow now (show() would), so the filter can sit on it
        top.windowHandle().installEventFilter(wheel_filter)
        return wheel_filter

    def _on_wheel(self, delta: int) -> None:
        if (delta > 0) != (self._wheel_rest > 0):
            self._wheel_rest = 0  # direction changed: start counting afresh
        self._wheel_rest += delta
        while abs(self._wheel_rest) >= WHEEL_STEP:
            if self._wheel_rest > 0:
                self._wheel_rest -= WHEEL_STEP
                self.zoom_in()
            else:
                self._wheel_rest += WHEEL_STEP
                self.zoom_out()


class _WheelZoomFilter(QObject):
    """Ctrl + wheel → zoom, on a top-level window's QWindow; only wheel events over ``scope`` count."""

    def __init__(self, controller: ZoomController, scope: QWidget):
        super().__init__(scope)
        self._controller = controller
        self._scope = scope

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() != QEvent.Type.Wheel or not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            return False
        if not shiboken6.isValid(self._controller) or not self._over_scope(event):
            return False
        delta = event.angleDelta().y()
        if delta == 0:
            return False
        self._controller._on_wheel(delta)
        event.accept()
        return True

    def _over_scope(self, event: QWheelEvent) -> bool:
        scope = self._scope
        top = scope.window()
        target = top.childAt(event.position().toPoint()) or top
        return target is scope or scope.isAncestorOf(target)


def zoom_actions(controller: ZoomController, parent: QObject) -> list[QAction]:
    """放大 (Ctrl+= / Ctrl++), 缩小 (Ctrl+-), 实际大小 (Ctrl+0, the controller's ``default_percent``); added to ``parent`` if it is a widget,
    so their shortcuts work in that window. 放大/缩小 are disabled at 300 % / 50 %."""
    specs = (
        (QCoreApplication.translate("Zoom", "放大"), ("Ctrl+=", "Ctrl++"), controller.zoom_in, "actionZoomIn"),
        (QCoreApplication.translate("Zoom", "缩小"), ("Ctrl+-",), controller.zoom_out, "actionZoomOut"),
        (QCoreApplication.translate("Zoom", "实际大小"), ("Ctrl+0",), controller.reset, "actionZoomReset"),
    )
    actions = []
    for text, keys, slot, name in specs:
        action = QAction(text, parent)
        action.setObjectName(name)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.triggered.connect(slot)
        if isinstance(parent, QWidget):
            parent.addAction(action)
        actions.append(action)
    updater = _LimitUpdater(actions[0], actions[1])
    controller.zoom_changed.connect(updater.update)
    updater.update(controller.percent)
    return actions


class _LimitUpdater(QObject):
    """Enables 放大/缩小 by the zoom level; a child of the 放大 action, so it goes when the actions go."""

    def __init__(self, zoom_in: QAction, zoom_out: QAction):
        super().__init__(zoom_in)
        self._zoom_in, self._zoom_out = zoom_in, zoom_out

    @Slot(int)
    def update(self, percent: int) -> None:
        self._zoom_in.setEnabled(percent < MAX_PERCENT)
        self._zoom_out.setEnabled(percent > MIN_PERCENT)


class ToolbarRows(QObject):
    """Keeps a window's toolbars whole: when they do not fit side by side (a big zoom on a small
    screen), the later ones go to a row of their own instead of hiding actions in an overflow
    menu that opens over the window's content.  Watches the window and the toolbars (their size
    follows the font, which reaches them after the window); goes with the window."""

    def __init__(self, window, toolbars):
        super().__init__(window)
        self._window = window
        self._toolbars = list(toolbars)
        self._pending = False
        for watched in (window, *self._toolbars):
            watched.installEventFilter(self)
        for toolbar in self._toolbars:
            _strip_mnemonics(toolbar)
        self.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in _TOOLBAR_EVENTS and not self._pending:
            self._pending = True  # once, after the events that come with it; not after the window
            QTimer.singleShot(0, self, self.update)
        return False

    def update(self) -> None:
        self._pending = False
        window = self._window
        available = window.width() - 4
        used = 0
        for toolbar in self._toolbars:
            width = toolbar.sizeHint().width()
            breaks = window.toolBarBreak(toolbar)
            if used and used + width > available:
                if not breaks:
                    window.insertToolBarBreak(toolbar)
                used = width
            else:
                if breaks:
                    window.removeToolBarBreak(toolbar)
                used += width


_TOOLBAR_EVENTS = frozenset((QEvent.Type.Resize, QEvent.Type.FontChange, QEvent.Type.StyleChange,
                             QEvent.Type.Show, QEvent.Type.LayoutRequest))


def _strip_mnemonics(toolbar) -> None:
    """Toolbar buttons show an action's text without its menu mnemonic: "后退", not "后退(B)"."""
    import re

    for action in toolbar.actions():
        if action.text() and not action.isSeparator():
            action.setIconText(re.sub(r"\s*\(&[^)]\)", "", action.text()).replace("&", "").strip())
