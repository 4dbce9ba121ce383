"""When backups cannot be written, the student is told, and it stays said until one works again."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel

from netmkt_desktop.app import open_personal_data
from netmkt_desktop.plans import CareerPlan
from netmkt_desktop.storage.backups import list_backups
from netmkt_desktop.ui import dialogs
from netmkt_desktop.ui.main_window import MainWindow


@pytest.fixture
def told(monkeypatch):
    record = {"errors": [], "infos": []}
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: record["errors"].append((title, text)))
    monkeypatch.setattr(dialogs, "show_info", lambda parent, title, text: record["infos"].append((title, text)))
    monkeypatch.setattr(dialogs, "show_notice", lambda parent, title, text, seconds=8: None)
    monkeypatch.setattr(dialogs, "confirm", lambda parent, title, text: True)
    return record


def test_a_failed_backup_stays_visible_in_the_status_bar_and_in_the_backup_dialog(qtbot, content, tmp_path, told):
    window = MainWindow(content, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    open_personal_data(window, tmp_path / "data")
    session = window.session
    session.data.plans.save(CareerPlan(title="要备份的规划", position_id="pos.content_marketing"))
    backups = session.data.folder.backups
    backups.write_bytes(b"")  # something in the way: the backups folder cannot be made
    window.backups.backup_if_due(every_minutes=0)  # e.g. when switching profile or quitting

    warning = window.statusBar().findChild(QLabel, "backupWarning")
    assert warning is not None and warning.isVisible()
    assert "备份没有完成" in warning.text() and str(backups) in warning.toolTip()
    qtbot.mouseMove(window)  # a status message comes and goes; the warning stays
    window.statusBar().showMessage("别的消息", 10)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "")
    assert warning.isVisible()

    window.action_backups.trigger()
    dialog = window.backups.dialog
    shown = dialog.findChild(QLabel, "backupWarningLabel")
    assert shown.isVisible() and "备份没有完成" in shown.text() and str(backups) in shown.text()

    backups.unlink()  # the student frees the way and presses 立即备份
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    assert told["infos"] and not told["errors"]
    assert len(list_backups(backups)) == 1
    assert not shown.isVisible() and not warning.isVisible()
    dialog.close()
    window.close()
    session.store.close()
