"""Presentation mode for the projector: each node a slide that fits the screen, clicker keys, blank screen.

F5 covers the whole window with a :class:`~netmkt_desktop.ui.slides.SlideView`: full screen, high contrast, and nothing
personal - no check marks or counts, no notes, plans or names (the reading view with the tree and
the notes is hidden under it).  The slides are the nodes in the textbook's order, then an end
slide "本节结束" that points to the quiz.  Each slide is laid out for the screen
(:mod:`netmkt_desktop.ui.slide_layout`): the text shrinks to fit, never below a readable floor,
and what still does not fit is shown a screen at a time - PageDown (a clicker) first scrolls
within the slide, then goes on to the next one; PageUp goes back the same way and lands at the
end of the previous slide.  A counter says "第 n / N 页"; F9 shows a plain list of the slides.

The zoom of presentation mode is its own (``presentation/zoom``, 200 % unless the teacher chose
another); Ctrl+0 returns to that default, and the reading zoom is left as it was.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from netmkt_desktop.ui.slide_layout import DEFAULT_PRESENTATION_ZOOM

if TYPE_CHECKING:  # the slides are loaded on the first F5
    from netmkt_desktop.ui.slides import SlideView

KEY_ZOOM = "presentation/zoom"
KEY_OUTLINE = "presentation/outline"

NEXT_KEYS = {Qt.Key.Key_PageDown, Qt.Key.Key_Space, Qt.Key.Key_Right, Qt.Key.Key_Down}
PREVIOUS_KEYS = {Qt.Key.Key_PageUp, Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_Backspace}
CLICKER_KEYS = {Qt.Key.Key_PageDown, Qt.Key.Key_PageUp}  # a clicker sends these; they step even from a text field
BLANK_KEYS = {Qt.Key.Key_B, Qt.Key.Key_Period}



class BlankScreen(QWidget):
    """A black cover over the whole window; any key or click takes it away."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("blankScreen")
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(self.backgroundRole(), Qt.GlobalColor.black)
        self.setPalette(palette)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.hide()

    def cover(self) -> None:
        self._focus_before = QApplication.focusWidget()
        self.setGeometry(self.parentWidget().rect())
        self.raise_()
        self.show()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def uncover(self) -> None:
        self.hide()
        before = getattr(self, "_focus_before", None)
        if before is not None and before.isVisible():
            before.setFocus(Qt.FocusReason.OtherFocusReason)


def _typing_into(widget: QWidget | None) -> bool:
    editable = (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox)
    return isinstance(widget, editable) and not widget.isReadOnly()


# ---------------------------------------------------------------------------------------------
# The mode


class PresentationMode(QObject):
    """Switches a main window in and out of presentation mode.

    The window provides: ``content``, ``current_node_id()``, ``select_node(id)``, ``node_shown``,
    ``zoom`` (a ZoomController), ``navigator_panel``, ``set_theme_override(theme | None)``,
    ``set_personal_data_hidden(bool)`` and, once its study tools are built, ``study_tools.action_quiz``.
    """

    changed = Signal(bool)

    def __init__(self, window, settings_get, settings_set):
        super().__init__(window)
        self.window = window
        self._get, self._set = settings_get, settings_set
        self.active = False
        self.blank = BlankScreen(window)
        self.slides: SlideView | None = None  # made on the first F5 (start-up speed)
        self._saved: dict = {}

    @property
    def blanked(self) -> bool:
        return self.blank.isVisible()

    def toggle(self) -> None:
        self.leave() if self.active else self.enter()

    def _slide_view(self) -> SlideView:
        if self.slides is None:
            from netmkt_desktop.ui.slides import SlideView

            view = SlideView(self.window)
            view.hide()
            view.node_requested.connect(self._on_slides_node_requested)
            view.quiz_requested.connect(self._on_slides_quiz_requested)
            view.leave_requested.connect(self.leave)
            self.window.node_shown.connect(self._on_window_node_shown)
            self.window.zoom.zoom_changed.connect(self._on_zoom_zoom_changed)
            self.slides = view
        return self.slides

    def enter(self) -> None:
        if self.active:
            return
        from netmkt_desktop.ui.theme import Theme

        w = self.window
        self._saved = {
            "maximized": w.isMaximized(),
            "fullscreen": w.isFullScreen(),
            "geometry": w.geometry(),
            "zoom": w.zoom.percent,
            "default_zoom": w.zoom.default_percent,
        }
        self.active = True
        w.set_personal_data_hidden(True)
        w.set_theme_override(Theme.HIGH_CONTRAST)
        w.zoom.default_percent = DEFAULT_PRESENTATION_ZOOM
        try:
            percent = int(self._get(KEY_ZOOM, DEFAULT_PRESENTATION_ZOOM))
        except (TypeError, ValueError):
            percent = DEFAULT_PRESENTATION_ZOOM
        w.zoom.set_percent(percent)
        view = self._slide_view()
        view.set_content(w.content)
        view.outline.setVisible(str(self._get(KEY_OUTLINE, "false")).lower() in ("true", "1"))
        w.centralWidget().hide()  # the tree with its marks, the notes: none of it on the projector
        view.setGeometry(w.rect())
        view.canvas.percent = w.zoom.percent
        view.canvas.screen_lines = w.height()
        view.show()
        view.raise_()
        if not w.isFullScreen():
            w.setGeometry(w.screen().geometry())  # also where no window manager makes it full screen
        w.showFullScreen()
        view.setGeometry(w.rect())
        view.show_node(w.current_node_id() or (view.deck[0] if view.deck else ""))
        view.canvas.setFocus(Qt.FocusReason.OtherFocusReason)
        QApplication.instance().installEventFilter(self)
        self.changed.emit(True)

    def leave(self) -> None:
        if not self.active:
            return
        w = self.window
        self.blank.hide()
        QApplication.instance().removeEventFilter(self)
        self._set(KEY_ZOOM, w.zoom.percent)
        self.active = False
        if self.slides is not None:
            self._set(KEY_OUTLINE, "true" if self.slides.outline.isVisible() else "false")
            self.slides.hide()
        w.centralWidget().show()
        w.zoom.default_percent = self._saved.get("default_zoom", 100)
        w.zoom.set_percent(self._saved.get("zoom", 100))
        w.set_theme_override(None)
        w.set_personal_data_hidden(False)
        if self._saved.get("fullscreen"):
            w.showFullScreen()
        elif self._saved.get("maximized"):
            w.showMaximized()
        else:
            w.showNormal()
            w.setGeometry(self._saved.get("geometry", w.geometry()))
        w.detail.setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit(False)

    def toggle_tree(self) -> None:
        """F9: the list of slides in presentation mode, the navigator otherwise."""
        if self.active and self.slides is not None:
            self.slides.outline.setVisible(not self.slides.outline.isVisible())
            return
        panel = self.window.navigator_panel
        panel.setVisible(not panel.isVisible())

    def blank_screen(self) -> None:
        self.blank.cover()

    def next(self) -> None:
        if self.slides is not None:
            self.slides.step_forward()

    def previous(self) -> None:
        if self.slides is not None:
            self.slides.step_back()

    # -- slots

    def _on_slides_node_requested(self, node_id: str) -> None:
        if self.active and self.window.current_node_id() != node_id:
            self.window.select_node(node_id)

    def _on_window_node_shown(self, node_id: str) -> None:
        if self.active and self.slides is not None:
            self.slides.follow(node_id)

    def _on_slides_quiz_requested(self) -> None:
        self.leave()
        tools = getattr(self.window, "study_tools", None)
        if tools is not None:
            tools.action_quiz.trigger()

    def _on_zoom_zoom_changed(self, percent: int) -> None:
        if self.active and self.slides is not None:
            self.slides.refit(percent)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if not self.active:
            return False
        kind = event.type()
        if self.blanked and kind in (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress):
            self.blank.uncover()
            return True
        if self.blanked and kind == QEvent.Type.ShortcutOverride:
            event.accept()  # the key that wakes the screen does nothing else
            return True
        if kind != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        if not isinstance(watched, QWidget) or watched.window() is not self.window:
            return False
        key = event.key()
        if key not in CLICKER_KEYS and _typing_into(QApplication.focusWidget()):
            return False
        if key == Qt.Key.Key_Escape:
            self.leave()
            return True
        if key in NEXT_KEYS:
            self.next()
            return True
        if key in PREVIOUS_KEYS:
            self.previous()
            return True
        if key == Qt.Key.Key_Home and self.slides is not None:
            self.slides.first()
            return True
        if key == Qt.Key.Key_End and self.slides is not None:
            self.slides.last()
            return True
        if key in BLANK_KEYS:
            self.blank_screen()
            return True
        return False
