"""Presentation mode for the projector: full screen, big, high contrast, clicker keys, blank screen."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

DEFAULT_PRESENTATION_ZOOM = 200

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


class PresentationMode(QObject):
    """Switches a main window in and out of presentation mode.

    The window provides: ``go_next()``, ``go_previous()``, ``navigator_panel``, ``zoom``
    (a ZoomController), ``set_theme_override(theme | None)`` and ``set_personal_data_hidden(bool)``.
    """

    changed = Signal(bool)

    def __init__(self, window, settings_get, settings_set):
        super().__init__(window)
        self.window = window
        self._get, self._set = settings_get, settings_set
        self.active = False
        self.blank = BlankScreen(window)
        self._saved: dict = {}

    @property
    def blanked(self) -> bool:
        return self.blank.isVisible()

    def toggle(self) -> None:
        self.leave() if self.active else self.enter()

    def enter(self) -> None:
        if self.active:
            return
        from netmkt_desktop.ui.theme import Theme

        w = self.window
        self._saved = {
            "maximized": w.isMaximized(),
            "fullscreen": w.isFullScreen(),
            "zoom": w.zoom.percent,
            "tree": w.navigator_panel.isVisible(),
        }
        self.active = True
        w.set_personal_data_hidden(True)
        w.set_theme_override(Theme.HIGH_CONTRAST)
        w.zoom.set_percent(int(self._get("presentation/zoom", DEFAULT_PRESENTATION_ZOOM)))
        w.showFullScreen()
        w._fit_navigator(w.zoom.percent)
        w.detail.setFocus(Qt.FocusReason.OtherFocusReason)
        QApplication.instance().installEventFilter(self)
        self.changed.emit(True)

    def leave(self) -> None:
        if not self.active:
            return
        w = self.window
        self.blank.hide()
        QApplication.instance().removeEventFilter(self)
        self._set("presentation/zoom", w.zoom.percent)
        self.active = False
        w.zoom.set_percent(self._saved.get("zoom", 100))
        w.set_theme_override(None)
        w.navigator_panel.setVisible(self._saved.get("tree", True))
        w.set_personal_data_hidden(False)
        if self._saved.get("fullscreen"):
            w.showFullScreen()
        elif self._saved.get("maximized"):
            w.showMaximized()
        else:
            w.showNormal()
        self.changed.emit(False)

    def toggle_tree(self) -> None:
        panel = self.window.navigator_panel
        panel.setVisible(not panel.isVisible())

    def blank_screen(self) -> None:
        self.blank.cover()

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
            self.window.go_next()
            return True
        if key in PREVIOUS_KEYS:
            self.window.go_previous()
            return True
        if key in BLANK_KEYS:
            self.blank_screen()
            return True
        return False
