import json
from datetime import date

import pytest
from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtWidgets import QHeaderView
from PySide6.QtWidgets import QWizard

from netmkt_desktop.plans import CareerPlan, TierGoal
from netmkt_desktop.storage.store import Store
from netmkt_desktop.tiers import Tier, suggested_focus
from netmkt_desktop.ui import dialogs
from netmkt_desktop.ui.main_window import MainWindow
from netmkt_desktop.ui.plan_wizard import PageId


@pytest.fixture
def messages(dialog_calls):
    return dialog_calls


@pytest.fixture
def window(qtbot, content, tmp_path, messages):
    store = Store.open(tmp_path / "data")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(content, settings)
    qtbot.addWidget(win)
    win.session.attach_store(store)
    with qtbot.waitActive(win):
        win.show()
        win.activateWindow()
    yield win
    if win.plan_wizard is not None:
        win.plan_wizard.done(0)
    store.close()


def sample_plan(title="电商主播之路", position="pos.ecommerce_host") -> CareerPlan:
    return CareerPlan(title=title, position_id=position, headcount=1200, student_name="王五",
                      goals=[TierGoal(Tier.SPECIALIST, 2027, 7, "学直播"), TierGoal(Tier.SUPERVISOR, 2029, 7, "带团队"),
                             TierGoal(Tier.MANAGER, 2031, 7, "做策划"), TierGoal(Tier.DIRECTOR, 2034, 7, "整体项目运作")])


def test_ctrl_n_opens_the_wizard_and_finish_saves_to_the_database(qtbot, window, type_text, tmp_path):
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    wizard = window.plan_wizard
    assert wizard is not None and wizard.objectName() == "planWizard"
    qtbot.waitExposed(wizard)
    type_text(wizard.intro_page.title_edit, "我的规划 🚀")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    combo = wizard.position_page.position_combo
    combo.setCurrentIndex(combo.findText("网络推广"))
    for _ in range(4):
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.currentId() == PageId.SUMMARY
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    view = window.plans_view
    qtbot.waitUntil(lambda: window.tabs.currentWidget() is view)
    assert view.list.count() == 1 and view.current_plan().title == "我的规划 🚀"
    assert view.ladder.accessibleDescription().startswith("专员 → 主管 → 经理 → 总监")
    again = Store.open(tmp_path / "data")
    try:
        (stored,) = again.profile(again.profiles.default().id).plans.all()
        assert stored.title == "我的规划 🚀" and stored.position_id == "pos.online_promotion"
        assert len(stored.goals) == 4
    finally:
        again.close()


def test_plan_shows_unlisted_tiers_with_a_note_and_the_labelled_suggestions(window, content):
    plan = CareerPlan(title="小公司里的主管", position_id="pos.online_promotion", headcount=300,
                      current_tier=Tier.SUPERVISOR, goals=[TierGoal(Tier.MANAGER, 2030, 1, "做策划"),
                                                           TierGoal(Tier.DIRECTOR, 2034, 1, "统筹")])
    window.session.store.profile(window.session.profile_id).plans.save(plan)
    view = window.plans_view
    view.reload()
    assert "现在:网络营销主管(教材说这类企业一般不设此层级)" in view.info_label.text()
    cells = [view.goals_table.item(row, 0).text() for row in range(view.goals_table.rowCount())]
    assert cells == ["网络营销经理", "网络营销总监\n(教材说这类企业一般不设此层级)"]
    assert view.ladder.accessibleDescription().startswith("专员 → 主管 → 经理 → 总监")
    lines = view.focus_label.text().split("\n")
    assert lines[:2] == [suggested_focus(Tier.MANAGER), suggested_focus(Tier.DIRECTOR)]
    assert lines[2].startswith("教材原文:“" + content.node("survey").body[2].text + "”(出自:")


def test_reload_shows_the_plan_once(window, monkeypatch):
    store, profile = window.session.store, window.session.profile_id
    store.profile(profile).plans.save(sample_plan())
    view = window.plans_view
    shown = []
    monkeypatch.setattr(view.ladder, "set_plan", lambda plan: shown.append(plan.title))
    view.reload()
    assert shown == ["电商主播之路"]


def test_edit_saves_in_place(qtbot, window, type_text):
    store, profile = window.session.store, window.session.profile_id
    plan = store.profile(profile).plans.save(sample_plan())
    window.plans_view.reload()
    window.show_plans()
    window.plans_view.actions_by_name["edit"].trigger()
    wizard = window.plan_wizard
    assert wizard.intro_page.title_edit.text() == "电商主播之路"
    wizard.intro_page.title_edit.selectAll()
    type_text(wizard.intro_page.title_edit, "改过的标题")
    for _ in range(5):
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    plans = store.profile(profile).plans.all()
    assert [(p.id, p.title) for p in plans] == [(plan.id, "改过的标题")]
    assert [g.actions for g in plans[0].goals] == ["学直播", "带团队", "做策划", "整体项目运作"]


def test_duplicate_delete_and_undo(qtbot, window, messages):
    store, profile = window.session.store, window.session.profile_id
    store.profile(profile).plans.save(sample_plan())
    view = window.plans_view
    view.reload()
    window.show_plans()
    view.actions_by_name["duplicate"].trigger()
    assert view.list.count() == 2
    assert "(副本)" in view.current_plan().title
    messages["answer"] = False
    view.actions_by_name["delete"].trigger()
    assert view.list.count() == 2  # the student said no
    messages["answer"] = True
    view.actions_by_name["delete"].trigger()
    assert view.list.count() == 1 and len(store.profile(profile).plans.all()) == 1
    assert "Ctrl+Z" in messages["confirms"][-1][1]
    view.list.setFocus()
    qtbot.keyClick(view.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert view.list.count() == 2 and len(store.profile(profile).plans.all()) == 2
    assert "(副本)" in view.current_plan().title


def test_mark_a_goal_achieved_with_its_date(qtbot, window, tmp_path):
    store, profile = window.session.store, window.session.profile_id
    store.profile(profile).plans.save(sample_plan())
    view = window.plans_view
    view.reload()
    window.show_plans()
    view.today = lambda: date(2026, 11, 27)
    view.goals_table.selectRow(0)
    assert view.achieved_button.text() == "标记为已达成"
    view.achieved_date.setDate(QDate(2026, 6, 30))
    qtbot.mouseClick(view.achieved_button, Qt.MouseButton.LeftButton)
    assert view.goals_table.item(0, 3).text() == "已达成\n2026-06-30"
    assert "已达成 1/4" in view.info_label.text()
    (plan,) = store.profile(profile).plans.all()
    assert plan.goals[0].achieved_on.isoformat() == "2026-06-30"
    assert view.achieved_button.text() == "取消已达成"
    assert "网络营销专员" in window.statusBar().currentMessage() and "2026-06-30" in window.statusBar().currentMessage()


def test_a_goal_cannot_be_achieved_on_a_day_still_to_come(qtbot, window, messages):
    store, profile = window.session.store, window.session.profile_id
    store.profile(profile).plans.save(sample_plan())
    view = window.plans_view
    view.today = lambda: date(2026, 11, 27)
    view.reload()
    window.show_plans()
    view.goals_table.selectRow(0)
    view.achieved_date.setDate(QDate(2030, 12, 1))
    assert view.achieved_date.date() == QDate(2026, 11, 27)  # the field stops at today
    qtbot.mouseClick(view.achieved_button, Qt.MouseButton.LeftButton)
    (plan,) = store.profile(profile).plans.all()
    assert plan.goals[0].achieved_on == date(2026, 11, 27)
    view.today = lambda: date(2026, 11, 20)  # the field was set before the clock says so: refused, not saved
    view.goals_table.selectRow(1)
    view.achieved_date.setMaximumDate(QDate(2026, 11, 27))
    view.achieved_date.setDate(QDate(2026, 11, 27))
    view.toggle_achieved()
    assert messages["errors"] and "不能晚于今天" in messages["errors"][-1][1]
    (plan,) = store.profile(profile).plans.all()
    assert plan.goals[1].achieved_on is None


def test_the_goal_table_keeps_the_students_text_readable(qtbot, window):
    plan = sample_plan()
    plan.goals[0].actions = "每周开两场直播,复盘观看人数、停留时长和转化率,向主播学习话术和选品。" * 4
    window.resize(1024, 768)
    window.session.store.profile(window.session.profile_id).plans.save(plan)
    view = window.plans_view
    view.today = lambda: date(2026, 11, 27)
    view.reload()
    window.show_plans()
    table = view.goals_table
    qtbot.waitUntil(lambda: table.viewport().width() > 300)
    header = table.horizontalHeader()
    before = [header.sectionSize(c) for c in range(4)]
    table.selectRow(0)
    view.achieved_date.setDate(QDate(2026, 3, 1))
    view.toggle_achieved()
    after = [header.sectionSize(c) for c in range(4)]
    assert after[3] == before[3] and after[:2] == before[:2]  # marking a goal achieved moves no column
    assert header.sectionResizeMode(3) == QHeaderView.ResizeMode.Fixed
    assert after[2] >= 0.4 * table.viewport().width()  # the text column has the room
    text_lines = table.rowHeight(0) / table.fontMetrics().lineSpacing()
    characters_per_line = len(plan.goals[0].actions) / text_lines
    assert characters_per_line >= 12
    assert "2026-03-01" in table.item(0, 3).text()
    metrics = table.fontMetrics()
    for line in table.item(0, 3).text().split("\n"):  # the state is never cut
        assert metrics.horizontalAdvance(line) < after[3]


def test_every_plan_action_says_what_it_did_in_the_status_bar(qtbot, window, tmp_path, monkeypatch, messages):
    store, profile = window.session.store, window.session.profile_id
    store.profile(profile).plans.save(sample_plan())
    view = window.plans_view
    view.reload()
    window.show_plans()
    status = window.statusBar()
    view.actions_by_name["duplicate"].trigger()
    assert status.currentMessage() == "已复制为“电商主播之路(副本)”。"
    view.actions_by_name["delete"].trigger()
    assert status.currentMessage() == "已删除规划“电商主播之路(副本)”,按 Ctrl+Z 撤销。"
    window.action_undo.trigger()
    assert status.currentMessage() == "已恢复规划“电商主播之路(副本)”。"
    target = tmp_path / "给老师.netmkt-plan.json"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a: str(target))
    view.actions_by_name["export"].trigger()
    assert status.currentMessage() == f"已导出到 {target}。"
    pdf = tmp_path / "规划书.pdf"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a: str(pdf))
    view.actions_by_name["pdf"].trigger()
    assert status.currentMessage().startswith(f"已导出到 {pdf}(") and "页" in status.currentMessage()
    monkeypatch.setattr(dialogs, "ask_open_path", lambda *a: str(target))
    view.actions_by_name["import"].trigger()
    assert status.currentMessage().startswith("已导入规划“电商主播之路(副本)”")
    assert not messages["infos"]  # said in the status bar, no box to click away


def test_plan_whose_position_left_the_content_still_opens(window):
    window.session.store.profile(window.session.profile_id).plans.save(sample_plan(position="pos.removed_by_teacher"))
    view = window.plans_view
    view.reload()
    window.show_plans()
    assert view.current_plan().title == "电商主播之路"
    assert view.missing_label.isVisible()
    assert "pos.removed_by_teacher" in view.missing_label.text()


def test_json_export_and_import_round_trip(window, tmp_path, monkeypatch):
    store, profile = window.session.store, window.session.profile_id
    original = store.profile(profile).plans.save(sample_plan(title="往返 <b>测试</b> 😀"))
    view = window.plans_view
    view.reload()
    target = tmp_path / "导出 的规划.json"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a: str(target))
    view.actions_by_name["export"].trigger()
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["format"] == "netmkt-career-plan"
    monkeypatch.setattr(dialogs, "ask_open_path", lambda *a: str(target))
    view.actions_by_name["import"].trigger()
    plans = store.profile(profile).plans.all()
    assert len(plans) == 2
    imported = next(p for p in plans if p.id != original.id)
    assert imported.title == original.title
    assert [(g.tier, g.target_key, g.actions) for g in imported.goals] == [
        (g.tier, g.target_key, g.actions) for g in original.goals]


def test_an_imported_plan_that_breaks_the_rules_is_kept_and_its_problems_named(window, tmp_path, monkeypatch,
                                                                               messages):
    from netmkt_desktop.plans import plan_to_json

    plan = sample_plan(title="手改的规划")
    plan.goals = [TierGoal(Tier.SPECIALIST, 2030, 1, "a"), TierGoal(Tier.SUPERVISOR, 2028, 1, "b")]  # out of order
    target = tmp_path / "手改.json"
    target.write_text(plan_to_json(plan), encoding="utf-8")
    monkeypatch.setattr(dialogs, "ask_open_path", lambda *a: str(target))
    window.plans_view.actions_by_name["import"].trigger()
    assert [p.title for p in window.session.store.profile(window.session.profile_id).plans.all()] == ["手改的规划"]
    (title, text), = messages["infos"]
    assert title == "已导入" and "手改的规划" in text and "• " in text


def test_a_sound_imported_plan_brings_no_message(window, tmp_path, monkeypatch, messages):
    from netmkt_desktop.plans import plan_to_json

    target = tmp_path / "好.json"
    target.write_text(plan_to_json(sample_plan()), encoding="utf-8")
    monkeypatch.setattr(dialogs, "ask_open_path", lambda *a: str(target))
    window.plans_view.actions_by_name["import"].trigger()
    assert len(window.session.store.profile(window.session.profile_id).plans.all()) == 1
    assert messages["infos"] == [] and messages["errors"] == []


@pytest.mark.parametrize("payload", [
    b"not json at all",
    b'{"format": "something-else", "format_version": 1, "plan": {}}',
    b'{"format": "netmkt-career-plan", "format_version": 99, "plan": {}}',
    b'\xff\xfe\x00garbage',
])
def test_broken_plan_files_change_nothing(window, tmp_path, monkeypatch, messages, payload):
    window.session.store.profile(window.session.profile_id).plans.save(sample_plan())
    view = window.plans_view
    view.reload()
    bad = tmp_path / "bad.json"
    bad.write_bytes(payload)
    monkeypatch.setattr(dialogs, "ask_open_path", lambda *a: str(bad))
    view.actions_by_name["import"].trigger()
    assert len(window.session.store.profile(window.session.profile_id).plans.all()) == 1
    (title, text), = messages["errors"]
    assert "没有导入" in title and str(bad) in text


def test_a_plan_file_with_a_goal_achieved_after_today_is_refused_naming_the_goal_and_the_date(
        window, tmp_path, monkeypatch, messages):
    from netmkt_desktop.plans import plan_to_json

    store, profile = window.session.store, window.session.profile_id
    saved = store.profile(profile).plans.save(sample_plan(title="已经保存的规划"))
    view = window.plans_view
    view.today = lambda: date(2026, 3, 1)  # the date the PC shows
    view.reload()
    plan = sample_plan(title="明天才达成的规划")
    plan.goals[0].achieved_on = date(2026, 2, 28)
    plan.goals[1].achieved_on = date(2026, 3, 2)
    target = tmp_path / "明天.netmkt-plan.json"
    target.write_text(plan_to_json(plan), encoding="utf-8")
    monkeypatch.setattr(dialogs, "ask_open_path", lambda *a: str(target))
    view.actions_by_name["import"].trigger()
    assert store.profile(profile).plans.all() == [saved]  # nothing saved changed, nothing added
    assert view.list.count() == 1
    (title, text), = messages["errors"]
    assert title == "没有导入" and str(target) in text and "没有做任何更改" in text
    assert "“明天才达成的规划”中“网络营销主管”这个目标的达成日期是 2026-03-02,晚于今天(2026-03-01)" in text
    assert "plan.goals[1].achieved_on" in text
    view.today = lambda: date(2026, 3, 2)  # achieved today: the same file imports
    view.actions_by_name["import"].trigger()
    imported = next(p for p in store.profile(profile).plans.all() if p.id != saved.id)
    assert [g.achieved_on for g in imported.goals[:2]] == [date(2026, 2, 28), date(2026, 3, 2)]
    assert len(messages["errors"]) == 1


def test_pdf_export_from_the_view(window, tmp_path, monkeypatch, messages):
    window.session.store.profile(window.session.profile_id).plans.save(sample_plan())
    view = window.plans_view
    view.reload()
    target = tmp_path / "规划书.pdf"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a: str(target))
    view.actions_by_name["pdf"].trigger()
    assert target.read_bytes().startswith(b"%PDF")
    assert str(target) in window.statusBar().currentMessage()


def test_empty_view_invites_a_first_plan(window):
    window.show_plans()
    view = window.plans_view
    assert view.list.count() == 0
    assert view.empty_label.isVisible()
    assert not view.actions_by_name["delete"].isEnabled()


@pytest.mark.parametrize("size", [(920, 690), (1024, 728)], ids=["920x690", "1024x728"])
def test_the_ladder_fits_its_pane_at_1024x768(qtbot, window, size):
    """On a 1024x768 screen (the window 920x690 as it used to open, or the whole screen less a task
    bar): the four-tier ladder with its dates shows whole, without a scroll bar (总监 and the labels
    above it were cut off)."""
    plan = sample_plan()
    plan.current_tier = Tier.SPECIALIST
    plan.goals[1].achieved_on = date(2026, 5, 1)
    window.session.store.profile(window.session.profile_id).plans.save(plan)
    window.setGeometry(0, 0, *size)
    view = window.plans_view
    view.reload()
    window.show_plans()
    area, ladder = view.ladder_area, view.ladder
    qtbot.waitUntil(lambda: area.viewport().width() > 100 and ladder.width() > 100)
    assert not area.horizontalScrollBar().isVisible() and not area.verticalScrollBar().isVisible()
    assert ladder.width() <= area.viewport().width() and ladder.height() <= area.viewport().height()
    image = ladder.grab().toImage()
    background = image.pixelColor(0, 0)
    w, h = image.width(), image.height()
    edge = [(x, y) for y in range(h) for x in (0, 1, w - 2, w - 1)] + [(x, y) for x in range(w) for y in (0, 1, h - 2, h - 1)]
    assert all(image.pixelColor(x, y) == background for x, y in edge)  # nothing drawn runs into the edges


def test_at_200_percent_on_1024x768_the_plan_scrolls_as_a_whole_and_nothing_is_squeezed(qtbot, window):
    """At 200 % on a 1024x768 screen the ladder was a box a few lines high with two scroll bars and
    the goals a table one row high: now the list of plans goes above the plan, the ladder shows at
    its full height without a vertical scroll bar of its own, every goal row is there at its full height, and
    the plan scrolls as one page down to the 达成日期 row."""
    plan = sample_plan()
    plan.current_tier = Tier.SPECIALIST
    window.session.store.profile(window.session.profile_id).plans.save(plan)
    window.setGeometry(0, 0, 1024, 728)
    window.zoom.set_percent(200)
    view = window.plans_view
    view.reload()
    window.show_plans()
    area, ladder, table = view.ladder_area, view.ladder, view.goals_table
    qtbot.waitUntil(lambda: view.splitter.orientation() == Qt.Orientation.Vertical)
    qtbot.waitUntil(lambda: ladder.height() >= ladder.sizeHint().height() - 1 and not area.verticalScrollBar().isVisible())
    assert not area.verticalScrollBar().isVisible()
    assert not table.verticalScrollBar().isVisible()
    rows = sum(table.rowHeight(row) for row in range(table.rowCount()))
    assert table.rowCount() == len(plan.goals)
    assert table.viewport().height() >= rows
    assert view.list.isVisible() and view.list.visualItemRect(view.list.item(0)).bottom() <= view.list.viewport().height()
    page = view.detail_area.verticalScrollBar()
    assert page.isVisible()  # the plan is longer than the screen: it scrolls as a whole
    page.setValue(page.maximum())
    qtbot.waitUntil(lambda: view.achieved_button.visibleRegion().boundingRect().height() >= view.achieved_button.height() - 1)
    # Back at 100 % the list stands beside the plan again.
    window.zoom.set_percent(100)
    qtbot.waitUntil(lambda: view.splitter.orientation() == Qt.Orientation.Horizontal)
