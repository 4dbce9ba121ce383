"""The application's own icon (window, taskbar, task switcher) from ``resources/icons``.

The SVG is the source; ``packaging/make_icons.py`` renders it to PNGs at the sizes below, so the
icon stays crisp at 16 px and still shows where Qt's SVG plugins are missing (a trimmed bundle).
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
    """The SVG first (it decides the icon engine: Qt's SVG engine scales to any size), then the PNGs,
    which that engine prefers at their exact sizes."""
    icon = QIcon()
    if svg_path().is_file():
        icon.addFile(str(svg_path()))
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
