"""Windows that fit the screen they open on.

A data folder on a USB stick meets a different screen at every PC.  Qt's ``restoreGeometry``
scales a window saved on another screen as if the screen's resolution had changed: a 920x690
window saved on 1024x768 came back 524x375 on 1920x1080 (200x100 on some platforms), and one
saved on a large screen opened beyond the edges of a small one.  So a window's place is stored
as plain values - its normal rectangle and whether it was maximised - and on restore it is fitted
to the available geometry of the screen it lands on, and kept at a useful minimum size.

* :func:`fit_rect` - a rectangle moved and shrunk into an available area, never below a minimum.
* :func:`restore_window` / :func:`save_window` - the main window's place (``window/…`` keys).
  The first start on a small screen, and a saved size the screen cannot hold, open maximised.
* :func:`restore_size` / :func:`save_size` - a dialog's size (it opens centred on its parent).
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSettings, QSize, Qt
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

MAIN_MINIMUM = QSize(640, 480)  # below this the main window's panes cut their labels
DIALOG_MINIMUM = QSize(560, 420)
FRAME_ESTIMATE = QMargins(8, 32, 8, 8)  # a title bar and borders, before the window manager says


def screen_for(rect: QRect) -> QScreen:
    """The screen holding the centre of ``rect``, else the one it overlaps most, else the primary."""
    screen = QGuiApplication.screenAt(rect.center())
    if screen is not None:
        return screen
    best, area = QGuiApplication.primaryScreen(), 0
    for candidate in QGuiApplication.screens():
        common = candidate.availableGeometry().intersected(rect)
        if common.width() * common.height() > area:
            best, area = candidate, common.width() * common.height()
    return best


def available_geometry(screen: QScreen | None = None) -> QRect:
    """The part of ``screen`` (the primary one by default) that windows may use."""
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1024, 768)


def client_area(available: QRect, frame: QMargins = FRAME_ESTIMATE) -> QRect:
    """What is left of ``available`` for a window's contents once its frame is around them."""
    return available.marginsRemoved(frame)


def fit_rect(rect: QRect, available: QRect, minimum: QSize) -> QRect:
    """``rect`` shrunk to ``available`` and grown to ``minimum`` (but never past ``available``),
    then moved so that all of it lies inside ``available``."""
    low = minimum.boundedTo(available.size())
    size = rect.size().boundedTo(available.size()).expandedTo(low)
    x = min(max(rect.x(), available.left()), available.right() + 1 - size.width())
    y = min(max(rect.y(), available.top()), available.bottom() + 1 - size.height())
    return QRect(QPoint(x, y), size)


def centred(size: QSize, area: QRect) -> QRect:
    rect = QRect(QPoint(0, 0), size)
    rect.moveCenter(area.center())
    return rect


def _rect_value(settings: QSettings, key: str) -> QRect | None:
    value = settings.value(key)
    return value if isinstance(value, QRect) and value.isValid() else None


def _bool_value(settings: QSettings, key: str) -> bool:
    value = settings.value(key, False)
    return value is True or str(value).lower() in ("true", "1")


def save_window(settings: QSettings, prefix: str, window: QWidget) -> None:
    """Remember ``window``'s normal rectangle and whether it is maximised."""
    normal = window.normalGeometry() if window.isMaximized() or window.isFullScreen() else window.geometry()
    if normal.isValid():
        settings.setValue(f"{prefix}/rect", normal)
    settings.setValue(f"{prefix}/maximized", window.isMaximized())


def restore_window(settings: QSettings, prefix: str, window: QWidget, preferred: QSize,
                   minimum: QSize = MAIN_MINIMUM, legacy_key: str = "") -> bool:
    """Place ``window`` (before it is shown) as it was left, fitted to the screen it lands on.

    Without a saved place (or with only Qt's ``legacy_key`` geometry from an older version) it
    opens ``preferred`` large and centred on the primary screen.  A window that was maximised, or
    whose size the screen cannot hold with its frame, opens maximised - on a small screen the
    first start too.  Returns True when the window is to open maximised."""
    saved = _rect_value(settings, f"{prefix}/rect")
    maximized = _bool_value(settings, f"{prefix}/maximized")
    if saved is None and legacy_key and settings.value(legacy_key) is not None:
        window.restoreGeometry(settings.value(legacy_key))  # then fitted below like any other
        saved, maximized = window.normalGeometry() if window.isMaximized() else window.geometry(), window.isMaximized()
    if saved is None:
        area = available_geometry()
        saved = centred(preferred, client_area(area))
    else:
        area = available_geometry(screen_for(saved))
    room = client_area(area)
    fitted = fit_rect(saved, room, minimum)
    too_big = saved.width() > room.width() or saved.height() > room.height()
    window.setGeometry(fitted)
    if maximized or too_big:
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
        return True
    return False


def save_size(settings: QSettings, key: str, window: QWidget) -> None:
    if not window.isMaximized():
        settings.setValue(key, window.size())


def restore_size(settings: QSettings | None, key: str, window: QWidget, preferred: QSize,
                 minimum: QSize = DIALOG_MINIMUM) -> QSize:
    """Give ``window`` its remembered size (else ``preferred``), fitted to the screen of its parent
    (else the primary screen) and at least ``minimum``; returns the size."""
    value = settings.value(key) if settings is not None else None
    wanted = value if isinstance(value, QSize) and value.isValid() else preferred
    parent = window.parentWidget()
    screen = parent.window().screen() if parent is not None else None
    area = client_area(available_geometry(screen))
    size = fit_rect(QRect(area.topLeft(), wanted), area, minimum).size()
    window.resize(size)
    return size
