import os
import stat

import pytest
from PySide6.QtCore import QSettings, Qt

from netmkt_desktop.errors import AccessDeniedError
from netmkt_desktop.plans import CareerPlan
from netmkt_desktop.ui import dialogs
from netmkt_desktop.ui.main_window import MainWindow


@pytest.fixture
def open_window(qtbot, content, tmp_path, store):
    def make() -> MainWindow:
        win = MainWindow(content, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
        qtbot.addWidget(win)
        with qtbot.waitActive(win):
            win.show()
            win.activateWindow()
        win.session.attach_store(store)
        return win

    return make


def plan(title):
    return CareerPlan(title=title, position_id="pos.online_promotion", headcount=300)


def test_with_several_profiles_the_chooser_is_offered_and_each_sees_only_its_plans(qtbot, open_window, store):
    a = store.profiles.default()
    b = store.profiles.create("李四", "电商2401班")
    store.profile(a.id).plans.save(plan("张三的规划"))
    store.profile(b.id).plans.save(plan("李四的规划"))
    window = open_window()
    dialog = window.session.profile_dialog
    assert dialog.isVisible() and dialog.objectName() == "profileDialog"
    assert window.plans_view.list.count() == 0  # nothing shown before a choice
    dialog.select_profile(b.id)
    qtbot.mouseClick(dialog.use_button, Qt.MouseButton.LeftButton)
    assert window.session.profile_id == b.id
    assert [window.plans_view.list.item(i).text().split("\n")[0] for i in range(window.plans_view.list.count())] == ["李四的规划"]
    assert "李四" in window.windowTitle()


def test_a_profile_with_a_pin_shows_nothing_until_the_pin_is_given(qtbot, open_window, store):
    secret = store.profiles.create("王五", pin="2468")
    with pytest.raises(AccessDeniedError):  # storage itself refuses to open it without the PIN
        store.profile(secret.id)
    hidden = store.profile(secret.id, pin="2468")
    hidden.plans.save(plan("王五的秘密规划"))
    hidden.close()
    store.profiles.touch(secret.id)
    window = open_window()
    dialog = window.session.profile_dialog
    dialog.select_profile(secret.id)
    qtbot.mouseClick(dialog.use_button, Qt.MouseButton.LeftButton)
    assert window.session.profile_id is None and window.plans_view.list.count() == 0
    dialog.pin_edit.setText("1111")
    qtbot.keyClick(dialog.pin_edit, Qt.Key.Key_Return)
    assert window.session.profile_id is None
    dialog.pin_edit.setText("2468")
    qtbot.keyClick(dialog.pin_edit, Qt.Key.Key_Return)
    assert window.session.profile_id == secret.id
    assert window.plans_view.list.count() == 1


def test_guest_session_saves_nothing_and_says_so(qtbot, open_window, store, type_text, dialog_calls):
    window = open_window()
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = window.session.profile_dialog
    dialog.choose_guest()
    assert window.session.is_guest
    banner = window.guest_banner.text()
    assert window.guest_banner.isVisible() and "关闭程序" in banner and "不能制订规划" in banner
    assert "不会保存" not in banner  # it said plans "won't be saved", then refused to start one
    assert "访客" in window.windowTitle()
    assert not window.action_export_data.isEnabled()  # export needs a profile
    window.select_node("survey")
    type_text(window.study_tools.notes_editor.edit, "访客的笔记")
    window.study_tools.flush()
    qtbot.keyClick(window.tree, Qt.Key.Key_Space)  # marked learned, for this session
    guest = window.session.data
    assert guest.in_memory and guest.study.note("survey") == "访客的笔记" and "survey" in guest.study.learned()
    assert "1/" in window.study_tools.progress_view.summary()
    assert store.profile(store.profiles.default().id).study.note("survey") == ""  # nothing reached the file
    window.show_plans()
    assert "访客模式不能制订规划" in window.plans_view.empty_label.text()
    assert not window.plans_view.actions_by_name["new"].isEnabled()
    dialog_calls["answer"] = False
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.plan_wizard is None
    title, text = dialog_calls["confirms"][-1]
    assert "访客" in title and "学习档案" in text
    dialog_calls["answer"] = True  # 是: the profile chooser opens
    window.session.profile_dialog = None
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    chooser = window.session.profile_dialog
    assert window.plan_wizard is None and chooser is not None and chooser.isVisible()
    chooser.reject()
    window.session.use_profile(store.profiles.default().id)  # the guest leaves: the guest's data is gone
    assert not window.guest_banner.isVisible() and window.study_tools.notes_editor.text() == ""
    window.session.start_guest()
    assert window.session.data.study.notes() == {} and window.study_tools.notes_editor.text() == ""


def test_export_and_import_my_data_round_trip(qtbot, open_window, store, tmp_path, monkeypatch, dialog_calls):
    window = open_window()
    pid = window.session.profile_id
    store.profile(pid).plans.save(plan("要带走的规划"))
    store.profile(pid).study.save_note("survey", "U盘上的笔记")
    target = tmp_path / "我的 数据.json"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a: str(target))
    window.action_export_data.trigger()
    assert target.is_file()
    monkeypatch.setattr(dialogs, "ask_open_path", lambda *a: str(target))
    window.action_import_data.trigger()
    assert window.session.profile_id != pid
    assert store.profile(window.session.profile_id).study.note("survey") == "U盘上的笔记"
    assert [p.title for p in store.profile(window.session.profile_id).plans.all()] == ["要带走的规划"]
    broken = tmp_path / "broken.json"
    broken.write_bytes(b'{"format": "netmkt-profile-data", "format_version": 1')
    before = len(store.profiles.all())
    monkeypatch.setattr(dialogs, "ask_open_path", lambda *a: str(broken))
    window.action_import_data.trigger()
    assert len(store.profiles.all()) == before
    assert "没有导入" in dialog_calls["errors"][-1][0]


def test_my_data_with_a_goal_achieved_after_today_is_refused_and_changes_nothing(qtbot, open_window, store, tmp_path,
                                                                                monkeypatch, dialog_calls):
    import json
    from datetime import date, timedelta

    from netmkt_desktop.plans import TierGoal, plan_to_dict
    from netmkt_desktop.tiers import Tier

    window = open_window()
    pid = window.session.profile_id
    store.profile(pid).plans.save(plan("要带走的规划"))
    doc = json.loads(store.profile(pid).transfer.export())
    tomorrow = date.today() + timedelta(days=1)
    late = plan("明天才达成的规划")
    late.goals = [TierGoal(Tier.MANAGER, 2030, 1, "做策划", achieved_on=tomorrow)]
    doc["plans"].append(plan_to_dict(late))
    doc["plan_ids"].append(None)
    target = tmp_path / "我的数据.json"
    target.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    profiles_before = store.profiles.all()
    monkeypatch.setattr(dialogs, "ask_open_path", lambda *a: str(target))
    window.action_import_data.trigger()
    assert store.profiles.all() == profiles_before and window.session.profile_id == pid
    assert [p.title for p in store.profile(pid).plans.all()] == ["要带走的规划"]
    (title, text), = dialog_calls["errors"]
    assert title == "没有导入" and "没有做任何更改" in text
    assert f"“明天才达成的规划”中“网络营销经理”这个目标的达成日期是 {tomorrow.isoformat()}" in text


def test_exporting_a_pin_profile_asks_for_its_pin_and_writes_a_private_file(qtbot, open_window, store, tmp_path,
                                                                            monkeypatch, dialog_calls):
    secret = store.profiles.create("王五", pin="2468")
    window = open_window()
    window.session.profile_dialog.close()
    store.profiles.check_pin(secret.id, "2468")  # as the chooser does
    assert window.session.use_profile(secret.id)
    window.session.data.plans.save(plan("王五的秘密规划"))
    target = tmp_path / "王五.json"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a: str(target))
    window.action_export_data.trigger()
    guard = window.session.export_guard
    assert guard.isVisible() and "任何拿到这个文件的人都能看到" in guard.text_label.text()
    qtbot.keyClicks(guard.secret_edit, "1111")
    qtbot.mouseClick(guard.ok_button, Qt.MouseButton.LeftButton)
    assert guard.isVisible() and guard.problem_label.text().startswith("PIN 不正确") and not target.exists()
    qtbot.keyClicks(guard.secret_edit, "2468")
    qtbot.mouseClick(guard.ok_button, Qt.MouseButton.LeftButton)
    assert target.is_file() and "王五的秘密规划" in target.read_text(encoding="utf-8")
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert dialog_calls["infos"][-1][0] == "已导出"


def test_presentation_hides_the_profile_name(qtbot, open_window, store):
    window = open_window()
    assert store.profiles.default().name in window.windowTitle()
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert store.profiles.default().name not in window.windowTitle()
    window.presentation.leave()
    assert store.profiles.default().name in window.windowTitle()
