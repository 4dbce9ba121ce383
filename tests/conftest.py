"""Shared fixtures: offscreen Qt, the built-in content, private data folders."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from netmkt_desktop.content import Content, load_content, seed_path  # noqa: E402


@pytest.fixture(scope="session")
def content() -> Content:
    return load_content(seed_path())


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    """A fresh personal data folder; the real user's folder is never touched."""
    folder = tmp_path / "data"
    folder.mkdir()
    monkeypatch.setenv("NETMKT_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def store(tmp_path):
    """A fresh personal database in ``tmp_path / "data"``, closed afterwards."""
    from netmkt_desktop.storage.store import Store

    opened = Store.open(tmp_path / "data")
    yield opened
    opened.close()


@pytest.fixture
def profile(store):
    return store.profiles.default().id


@pytest.fixture(params=["memory", "file"])
def study_data(request, tmp_path):
    """One profile's data as the study tools get it: the guest's in memory, and a profile's in a file."""
    from netmkt_desktop.storage.memory import open_guest
    from netmkt_desktop.storage.store import Store

    if request.param == "memory":
        data = open_guest()
        request.addfinalizer(data.close)
        return data
    opened = Store.open(tmp_path / "data")
    request.addfinalizer(opened.close)
    return opened.profile(opened.profiles.default().id)


@pytest.fixture
def type_text():
    """Type text into a focused-able widget the way an input method commits it (works for Chinese)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QInputMethodEvent

    def type_into(widget, text: str) -> None:
        event = QInputMethodEvent()
        event.setCommitString(text)
        QCoreApplication.sendEvent(widget, event)

    return type_into


@pytest.fixture(autouse=True)
def _no_translator_left_behind():
    """app.main() installs translators on the shared QApplication; each test starts without them."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    app = QCoreApplication.instance()
    before = set(app.findChildren(QTranslator)) if app else set()
    yield
    app = QCoreApplication.instance()
    for translator in app.findChildren(QTranslator) if app else ():
        if translator not in before:
            app.removeTranslator(translator)
            translator.setParent(None)
