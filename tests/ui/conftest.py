import pytest
from PySide6.QtGui import QFont, QPalette

from netmkt_desktop.ui import dialogs


@pytest.fixture(autouse=True)
def _qt_application(qapp):
    """Every UI test runs with the QApplication made by pytest-qt, and leaves its look as it found it
    (zoom and themes change the application's font, palette and style sheet)."""
    font, palette, sheet = QFont(qapp.font()), QPalette(qapp.palette()), qapp.styleSheet()
    yield qapp
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    qapp.setFont(font)


@pytest.fixture(autouse=True)
def dialog_calls(monkeypatch):
    """No test ever blocks on a modal message box: they are recorded and answered here.

    ``dialog_calls["answer"]`` is what a confirmation returns (yes by default).
    """
    record = {"errors": [], "infos": [], "confirms": [], "answer": True}
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: record["errors"].append((title, text)))
    monkeypatch.setattr(dialogs, "show_info", lambda parent, title, text: record["infos"].append((title, text)))

    def confirm(parent, title, text):
        record["confirms"].append((title, text))
        return record["answer"]

    monkeypatch.setattr(dialogs, "confirm", confirm)
    return record


@pytest.fixture(params=["memory", "store"])
def study_data(request, tmp_path):
    """The study tools' data: in memory (the guest session) and in a real personal database."""
    from netmkt_desktop.store import Store
    from netmkt_desktop.study import MemoryStudyData, StudyData

    if request.param == "memory":
        return MemoryStudyData()
    store = Store.open(tmp_path / "data")
    request.addfinalizer(store.close)
    return StudyData(store, store.default_profile().id)
