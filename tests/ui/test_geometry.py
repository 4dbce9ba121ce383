"""Windows fit the screen they open on: the main window between screens of different sizes, dialogs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSettings, QSize

from netmkt_desktop.ui.geometry import MAIN_MINIMUM, fit_rect, restore_size, restore_window, save_size

REPO = Path(__file__).resolve().parent.parent.parent

# The main window in a process of its own on a screen of a given size (Qt's offscreen platform
# takes the screen from a file): optionally resized, then closed as the app closes it; it prints
# where it opened.
CHILD = r"""
import json, sys
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
app = QApplication([])
from netmkt_desktop.content import load_content, seed_path
from netmkt_desktop.ui.main_window import MainWindow
settings = QSettings(sys.argv[1], QSettings.Format.IniFormat)
window = MainWindow(load_content(seed_path()), settings)
window.show()
app.processEvents()
g = window.geometry()
print(json.dumps({"x": g.x(), "y": g.y(), "width": g.width(), "height": g.height(),
                  "maximized": window.isMaximized(),
                  "screen": window.screen().availableGeometry().getRect()}))
if len(sys.argv) > 2:
    window.showNormal()
    window.setGeometry(*map(int, sys.argv[2].split(",")))
    app.processEvents()
window.close()
"""


def open_on_screen(tmp_path: Path, width: int, height: int, resize_to: str = "") -> dict:
    """Open (and close) the main window with ``tmp_path``'s settings on a ``width`` x ``height`` screen."""
    screen = tmp_path / f"screen-{width}x{height}.json"
    screen.write_text(json.dumps({"screens": [{"name": "s", "x": 0, "y": 0, "width": width, "height": height,
                                               "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={screen}",
               PYTHONPATH=os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])))
    args = [sys.executable, "-c", CHILD, str(tmp_path / "settings.ini")] + ([resize_to] if resize_to else [])
    done = subprocess.run(args, env=env, capture_output=True, text=True, timeout=60, cwd=REPO)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_a_window_closed_on_a_small_screen_opens_at_its_size_on_a_large_one(tmp_path):
    first = open_on_screen(tmp_path, 1024, 768, resize_to="40,30,900,650")
    assert first["maximized"]  # the first start on a small screen
    again = open_on_screen(tmp_path, 1920, 1080)
    assert (again["width"], again["height"]) == (900, 650)  # not shrunk to 524x375 (or 200x100)
    assert not again["maximized"]


def test_a_window_closed_on_a_large_screen_fits_a_small_one(tmp_path):
    first = open_on_screen(tmp_path, 1920, 1080, resize_to="600,300,1300,760")
    assert not first["maximized"] and (first["width"], first["height"]) == (1100, 760)
    again = open_on_screen(tmp_path, 1024, 768)
    assert again["maximized"]
    assert again["x"] >= 0 and again["y"] >= 0
    assert again["x"] + again["width"] <= 1024 and again["y"] + again["height"] <= 768


def test_the_first_start_on_a_small_screen_is_maximised(qtbot, content, tmp_path):
    from netmkt_desktop.ui.main_window import MainWindow

    window = MainWindow(content, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    available = window.screen().availableGeometry()
    assert available.width() < 1100 or available.height() < 800  # the offscreen screen is small
    window.show()
    assert window.isMaximized()
    assert available.contains(window.geometry())


@pytest.mark.parametrize(("rect", "expected"), [
    (QRect(0, 0, 524, 375), QRect(0, 0, 640, 480)),  # a window too small to use grows
    (QRect(1500, 900, 1800, 1000), QRect(0, 0, 1024, 728)),  # from a larger screen: shrunk and moved in
    (QRect(-300, 500, 800, 600), QRect(0, 128, 800, 600)),  # half off the screen: moved in
    (QRect(100, 50, 800, 600), QRect(100, 50, 800, 600)),  # fits: unchanged
])
def test_fit_rect_keeps_a_window_inside_the_screen_and_usable(rect, expected):
    assert fit_rect(rect, QRect(0, 0, 1024, 728), MAIN_MINIMUM) == expected


def test_a_saved_place_on_a_screen_that_is_gone_lands_on_the_primary_one(qtbot, tmp_path):
    from PySide6.QtWidgets import QWidget

    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings.setValue("w/rect", QRect(5000, 3000, 700, 500))  # a second monitor at another PC
    widget = QWidget()
    qtbot.addWidget(widget)
    restore_window(settings, "w", widget, QSize(700, 500))
    assert widget.screen().availableGeometry().contains(widget.geometry())
    assert widget.size() == QSize(700, 500)


def test_a_dialog_size_is_remembered_and_fitted(qtbot, tmp_path):
    from PySide6.QtWidgets import QDialog

    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    dialog = QDialog()
    qtbot.addWidget(dialog)
    available = dialog.screen().availableGeometry()
    assert restore_size(settings, "d/size", dialog, QSize(600, 450)) == QSize(600, 450)
    dialog.resize(620, 470)
    save_size(settings, "d/size", dialog)
    assert restore_size(settings, "d/size", QDialog(), QSize(600, 450)) == QSize(620, 470)
    settings.setValue("d/size", QSize(3000, 2000))  # from a far larger screen
    size = restore_size(settings, "d/size", dialog, QSize(600, 450))
    assert size.width() <= available.width() and size.height() <= available.height()
