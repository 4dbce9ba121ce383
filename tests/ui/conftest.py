import pytest
from PySide6.QtGui import QFont, QPalette

from netmkt_desktop.ui import dialogs
from netmkt_desktop.ui.theme import app_wide_change


@pytest.fixture(autouse=True)
def _qt_application(qapp):
    """Every UI test runs with the QApplication made by pytest-qt, and leaves its look as it found it
    (zoom and themes change the application's font, palette, style sheet and the style's sizes)."""
    from netmkt_desktop.ui import zoom_style

    font, palette, sheet = QFont(qapp.font()), QPalette(qapp.palette()), qapp.styleSheet()
    yield qapp
    zoom_style.set_factor(1.0)  # the zoomed sizes of the style go with the zoomed font
    with app_wide_change():  # Qt re-polishes every widget: no garbage collection in the middle
        qapp.setStyleSheet(sheet)
        qapp.setPalette(palette)
        qapp.setFont(font)


@pytest.fixture(autouse=True)
def dialog_calls(monkeypatch):
    """No test ever blocks on a modal message box: they are recorded and answered here.

    ``dialog_calls["answer"]`` is what a confirmation returns (yes by default).
    """
    record = {"errors": [], "infos": [], "notices": [], "confirms": [], "answer": True}
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: record["errors"].append((title, text)))
    monkeypatch.setattr(dialogs, "show_info", lambda parent, title, text: record["infos"].append((title, text)))
    monkeypatch.setattr(dialogs, "show_notice",
                        lambda parent, title, text, seconds=8: record["notices"].append((title, text)))

    def confirm(parent, title, text):
        record["confirms"].append((title, text))
        return record["answer"]

    monkeypatch.setattr(dialogs, "confirm", confirm)
    return record
