import pytest
from PySide6.QtCore import QSettings

from netmkt_desktop.app import open_personal_data
from netmkt_desktop.plans import CareerPlan
from netmkt_desktop.storage.backups import list_backups, make_backup
from netmkt_desktop.storage.store import Store
from netmkt_desktop.ui.main_window import MainWindow


@pytest.fixture
def open_window(qtbot, content, tmp_path):
    windows = []

    def make() -> MainWindow:
        win = MainWindow(content, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
        qtbot.addWidget(win)
        win.show()
        qtbot.waitExposed(win)
        windows.append(win)
        return win

    yield make
    for win in windows:
        win.close()
        if win.session.store is not None:
            win.session.store.close()


def titles(window):
    return sorted(p.title for p in window.session.store.profile(window.session.profile_id).plans.all())


def test_back_up_now_and_restore_from_the_menu(qtbot, open_window, tmp_path, dialog_calls):
    data = tmp_path / "data"
    window = open_window()
    open_personal_data(window, data)
    window.session.store.profile(window.session.profile_id).plans.save(CareerPlan(title="备份前的规划", position_id="pos.ecommerce_host"))
    window.action_backups.trigger()
    dialog = window.backups.dialog
    assert dialog.objectName() == "backupDialog"
    backup = window.backups.backup_now()
    window.session.store.profile(window.session.profile_id).plans.save(CareerPlan(title="备份后的规划", position_id="pos.ecommerce_host"))
    assert titles(window) == ["备份前的规划", "备份后的规划"]
    window.backups.restore(backup)
    assert titles(window) == ["备份前的规划"]
    reasons = [b.reason for b in list_backups(data / "backups")]
    assert "before-restore" in reasons  # the state before restoring was kept too
    assert window.plans_view.list.count() == 1
    dialog.close()


def test_a_damaged_database_offers_the_newest_good_backup(qtbot, open_window, tmp_path, dialog_calls):
    data = tmp_path / "data"
    store = Store.open(data)
    store.profile(store.profiles.default().id).plans.save(CareerPlan(title="救回来的规划", position_id="pos.content_marketing"))
    store.close()
    make_backup(data / "netmkt.sqlite3", data / "backups")
    raw = (data / "netmkt.sqlite3").read_bytes()
    (data / "netmkt.sqlite3").write_bytes(raw[:100] + b"\x00" * 4000 + raw[4100:])  # a power cut mid-write
    for extra in ("-wal", "-shm"):
        (data / f"netmkt.sqlite3{extra}").unlink(missing_ok=True)
    window = open_window()
    open_personal_data(window, data)
    assert dialog_calls["confirms"] and "备份" in dialog_calls["confirms"][0][1]
    assert titles(window) == ["救回来的规划"]
    assert list(data.glob("netmkt.sqlite3.damaged-*"))


def test_backup_on_exit_when_something_changed(qtbot, open_window, tmp_path):
    data = tmp_path / "data"
    window = open_window()
    open_personal_data(window, data)
    window.session.store.profile(window.session.profile_id).plans.save(CareerPlan(title="要备份的规划", position_id="pos.content_marketing"))
    window.backups.backup_if_due(every_minutes=0)
    first = list_backups(data / "backups")
    assert len(first) == 1
    window.backups.backup_if_due(every_minutes=0)  # nothing changed since: no new copy
    assert len(list_backups(data / "backups")) == 1
