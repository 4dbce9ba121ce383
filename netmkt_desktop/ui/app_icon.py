"""The application's own icon (window, taskbar, task switcher) from ``resources/icons``.

The SVG is the source; ``packaging/make_icons.py`` renders it to PNGs at the sizes below, and the
window uses those: crisp at 16 px, up to 256 px for the largest task switchers, and no SVG
plugin to load at start-up (that alone would cost about 10 ms before the window appears).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication, QIcon

from netmkt_desktop import APP_NAME
from netmkt_desktop.paths import bundled_dir

ICON_SIZES = (16, 32, 48, 64, 128, 256)


def icon_dir() -> Path:
    return bundled_dir("resources") / "icons"


def svg_path() -> Path:
    return icon_dir() / f"{APP_NAME}.svg"


def png_path(size: int) -> Path:
    return icon_dir() / f"{APP_NAME}-{size}.png"


def app_icon() -> QIcon:
    """The PNGs at their sizes; Qt scales the nearest one for sizes in between."""
    icon = QIcon()
    for size in ICON_SIZES:
        if png_path(size).is_file():
            icon.addFile(str(png_path(size)), QSize(size, size))
    return icon


def install_app_icon(app: QGuiApplication) -> QIcon:
    """Set the icon of every window; name the .desktop file (Wayland shells take the icon from it)."""
    icon = app_icon()
    app.setWindowIcon(icon)
    app.setDesktopFileName(APP_NAME)
    return icon
