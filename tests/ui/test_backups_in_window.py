import pytest
from PySide6.QtCore import QSettings, Qt

from netmkt_desktop.app import open_personal_data
from netmkt_desktop.paths import DataFolder
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
    return sorted(p.title for p in window.session.data.plans.all())


def backups_of(window):
    return window.session.store.profiles.folder(window.session.profile_id).backups


def test_back_up_now_and_restore_from_the_menu(qtbot, open_window, tmp_path, dialog_calls):
    data = tmp_path / "data"
    window = open_window()
    open_personal_data(window, data)
    window.session.data.plans.save(CareerPlan(title="备份前的规划", position_id="pos.ecommerce_host"))
    window.action_backups.trigger()
    dialog = window.backups.dialog
    assert dialog.objectName() == "backupDialog"
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == 1
    window.session.data.plans.save(CareerPlan(title="备份后的规划", position_id="pos.ecommerce_host"))
    assert titles(window) == ["备份前的规划", "备份后的规划"]
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.guard.ok_button, Qt.MouseButton.LeftButton)
    assert titles(window) == ["备份前的规划"]
    reasons = [b.reason for b in list_backups(backups_of(window))]
    assert "before-restore" in reasons  # the state before restoring was kept too
    assert window.plans_view.list.count() == 1
    assert not (data / "backups").exists() or not list(data.glob("backups/*.sqlite3"))  # nothing folder-wide
    dialog.close()


def test_restore_in_one_session_leaves_another_students_file_byte_identical(qtbot, open_window, tmp_path,
                                                                            dialog_calls):
    data = tmp_path / "data"
    store = Store.open(data)
    ming = store.profiles.create("小明")
    hong = store.profiles.create("小红", pin="2468")
    hong_data = store.profile(hong.id, pin="2468")
    hong_data.plans.save(CareerPlan(title="小红的规划", position_id="pos.content_marketing"))
    hong_data.close()
    store.profiles.touch(ming.id)
    store.close()
    hong_file = data / "profiles" / str(hong.id) / "netmkt.sqlite3"
    before = hong_file.read_bytes()
    window = open_window()
    open_personal_data(window, data)  # two students: the chooser is offered
    window.session.profile_dialog.close()
    assert window.session.use_profile(ming.id)
    window.backups.backup_now()
    window.session.data.plans.save(CareerPlan(title="后来的", position_id="pos.ecommerce_host"))
    window.action_backups.trigger()
    dialog = window.backups.dialog
    assert all("小红" not in dialog.table.item(r, 0).toolTip() for r in range(dialog.table.rowCount()))
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    text = dialog.guard.text_label.text()
    assert "小明" in text and "其他学习档案" in text
    qtbot.mouseClick(dialog.guard.ok_button, Qt.MouseButton.LeftButton)
    assert titles(window) == []
    assert hong_file.read_bytes() == before
    dialog.close()


def test_a_guest_sees_no_backups(qtbot, open_window, tmp_path, dialog_calls):
    window = open_window()
    open_personal_data(window, tmp_path / "data")
    window.session.start_guest()
    assert window.session.is_guest
    assert not window.action_backups.isEnabled()
    window.backups.open_dialog()  # even when reached another way
    assert window.backups.dialog is None
    (title, text), = dialog_calls["infos"]
    assert "访客" in text


def test_a_damaged_database_offers_the_newest_good_backup(qtbot, open_window, tmp_path, dialog_calls):
    data = tmp_path / "data"
    store = Store.open(data)
    profile = store.profiles.default().id
    store.profile(profile).plans.save(CareerPlan(title="救回来的规划", position_id="pos.content_marketing"))
    store.close()
    place = DataFolder(data).profile(profile)
    make_backup(place.database, place.backups)
    raw = place.database.read_bytes()
    place.database.write_bytes(raw[:100] + b"\x00" * 4000 + raw[4100:])  # a power cut mid-write
    for extra in ("-wal", "-shm"):
        place.database.with_name(f"netmkt.sqlite3{extra}").unlink(missing_ok=True)
    window = open_window()
    open_personal_data(window, data)
    assert dialog_calls["confirms"] and "备份" in dialog_calls["confirms"][0][1]
    assert titles(window) == ["救回来的规划"]
    assert list(place.root.glob("netmkt.sqlite3.damaged-*"))


def test_backup_on_exit_when_something_changed(qtbot, open_window, tmp_path):
    data = tmp_path / "data"
    window = open_window()
    open_personal_data(window, data)
    window.session.data.plans.save(CareerPlan(title="要备份的规划", position_id="pos.content_marketing"))
    backups = backups_of(window)
    window.backups.backup_if_due(every_minutes=0)
    first = list_backups(backups)
    assert len(first) == 1
    window.backups.backup_if_due(every_minutes=0)  # nothing changed since: no new copy
    assert len(list_backups(backups)) == 1


def test_backups_made_in_this_session_are_never_pruned_before_it_ends(qtbot, open_window, tmp_path):
    data = tmp_path / "data"
    window = open_window()
    open_personal_data(window, data)
    made = []
    for n in range(13):  # more than the rotation keeps
        window.session.data.plans.save(CareerPlan(title=f"规划{n}", position_id="pos.content_marketing"))
        made.append(window.backups.backup_now())
    assert all(p.exists() for p in made)
    backups = backups_of(window)
    window.close()
    window.session.close()
    window.session.store.close()
    later = open_window()  # the next session: its first backup prunes the last session's
    open_personal_data(later, data)
    later.session.data.plans.save(CareerPlan(title="下次", position_id="pos.content_marketing"))
    newest = later.backups.backup_now()
    left = list_backups(backups)
    assert left[0].path == newest and len(left) == 10  # the 10 made last (all of one day)
    assert all(p.exists() for p in made[-9:])
