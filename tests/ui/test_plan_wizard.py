import dataclasses
from datetime import date

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QLabel, QStyle, QStyleOptionGroupBox, QWizard

from netmkt_desktop.plans import CareerPlan, TierGoal
from netmkt_desktop.tiers import CompanySize, Tier, suggested_focus
from netmkt_desktop.ui.plan_wizard import PageId, PlanWizard

TODAY = date(2026, 11, 27)


class FakeStore:
    def __init__(self):
        self.saved: list[CareerPlan] = []

    def save(self, plan: CareerPlan) -> CareerPlan:
        copy = dataclasses.replace(plan, id=plan.id or len(self.saved) + 1,
                                   goals=[dataclasses.replace(g) for g in plan.goals])
        self.saved.append(copy)
        return copy


@pytest.fixture
def asked(dialog_calls):
    """Answers to confirmation questions, recorded; default answer: yes."""
    dialog_calls["questions"] = dialog_calls["confirms"]
    return dialog_calls


@pytest.fixture
def open_wizard(qtbot, content):
    def make(plan=None, store=None):
        store = store or FakeStore()
        wizard = PlanWizard(content, store.save, plan=plan, today=TODAY)
        qtbot.addWidget(wizard)
        wizard.show()
        qtbot.waitExposed(wizard)
        wizard.store = store
        return wizard

    return make


def next_button(wizard):
    return wizard.button(QWizard.WizardButton.NextButton)


def click_next(qtbot, wizard):
    button = next_button(wizard)
    assert button.isEnabled(), wizard.currentPage().problem_label.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def click_finish(qtbot, wizard):
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)


def click_indicator(qtbot, button):
    """Click a check box or radio button on its indicator, as a person would."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def set_headcount(qtbot, wizard, value: int):
    spin = wizard.company_page.headcount
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, str(value))
    qtbot.keyClick(spin, Qt.Key.Key_Tab)
    assert spin.value() == value


def fill_to_company(qtbot, wizard, type_text, title="我的电商主播成长计划", position="电商主播"):
    assert wizard.currentId() == PageId.INTRO
    assert not next_button(wizard).isEnabled()  # title is required
    type_text(wizard.intro_page.title_edit, title)
    type_text(wizard.intro_page.name_edit, "张三")
    type_text(wizard.intro_page.class_edit, "电商2401班")
    click_next(qtbot, wizard)
    assert wizard.currentId() == PageId.POSITION
    assert not next_button(wizard).isEnabled()
    assert wizard.position_page.problem_label.isVisible()
    combo = wizard.position_page.position_combo
    combo.setFocus()
    combo.setCurrentIndex(combo.findText(position))
    assert position in wizard.position_page.preview.toPlainText()
    click_next(qtbot, wizard)
    assert wizard.currentId() == PageId.COMPANY


def goal_tiers(wizard):
    """The tiers that will get a goal (a row for a tier the company size does not list counts once ticked)."""
    return [t for t, row in wizard.goals_page.rows.items() if row.included()]


def optional_tiers(wizard):
    return [t for t, row in wizard.goals_page.rows.items() if row.isCheckable()]


def tick(qtbot, box):
    """Click the check box in a group box's title, as a person would."""
    option = QStyleOptionGroupBox()
    box.initStyleOption(option)
    rect = box.style().subControlRect(QStyle.ComplexControl.CC_GroupBox, option,
                                      QStyle.SubControl.SC_GroupBoxCheckBox, box)
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=rect.center())


def test_student_aims_for_director_in_a_large_company(qtbot, open_wizard, type_text):
    wizard = open_wizard()
    fill_to_company(qtbot, wizard, type_text)
    set_headcount(qtbot, wizard, 1200)
    assert wizard.company_page.size_label.text() == "千人以上的企业"
    assert "专员 → 主管 → 经理 → 总监" in wizard.company_page.ladder.accessibleDescription()
    click_next(qtbot, wizard)
    assert wizard.standing_page.current_combo.currentText().startswith("在校学生")
    click_next(qtbot, wizard)
    assert goal_tiers(wizard) == [Tier.SPECIALIST, Tier.SUPERVISOR, Tier.MANAGER, Tier.DIRECTOR]
    director = wizard.goals_page.rows[Tier.DIRECTOR]
    assert director.actions_edit.toPlainText() == ""  # the student's own words; nothing written for them
    assert director.actions_edit.placeholderText() == (
        "例如:对照教材“网络营销人员的岗位职责”,写下在电商主播岗位上要学的知识和要做的事。")
    assert director.suggestion.text() == suggested_focus(Tier.DIRECTOR)
    click_next(qtbot, wizard)
    assert wizard.currentId() == PageId.SUMMARY
    assert "我的电商主播成长计划" in wizard.summary_page.preview.toPlainText()
    click_finish(qtbot, wizard)
    (plan,) = wizard.store.saved
    assert plan.title == "我的电商主播成长计划" and plan.student_name == "张三"
    assert plan.position_id == "pos.ecommerce_host" and plan.headcount == 1200
    assert [g.tier for g in plan.goals] == [Tier.SPECIALIST, Tier.SUPERVISOR, Tier.MANAGER, Tier.DIRECTOR]
    assert plan.content_version
    assert not wizard.isVisible()


def test_600_person_company_with_manager_as_middle_tier(qtbot, open_wizard, type_text):
    wizard = open_wizard()
    fill_to_company(qtbot, wizard, type_text)
    set_headcount(qtbot, wizard, 600)
    page = wizard.company_page
    assert page.middle_box.isVisible()
    click_indicator(qtbot, page.middle_buttons[Tier.MANAGER])
    assert "专员 → 经理 → 总监" in page.ladder.accessibleDescription()
    click_next(qtbot, wizard)
    combo = wizard.standing_page.current_combo
    assert [combo.itemText(i) for i in range(combo.count())][1:] == [
        "网络营销专员", "网络营销主管(教材说这类企业一般不设此层级)", "网络营销经理", "网络营销总监"]
    combo.setCurrentIndex(1)  # 专员 now
    click_next(qtbot, wizard)
    assert goal_tiers(wizard) == [Tier.MANAGER, Tier.DIRECTOR]
    assert optional_tiers(wizard) == [Tier.SUPERVISOR]
    click_next(qtbot, wizard)
    click_finish(qtbot, wizard)
    plan = wizard.store.saved[0]
    assert plan.middle_tier == Tier.MANAGER and plan.current_tier == Tier.SPECIALIST
    assert Tier.SUPERVISOR not in [g.tier for g in plan.goals]


def test_300_person_company_has_two_tiers(qtbot, open_wizard, type_text):
    wizard = open_wizard()
    fill_to_company(qtbot, wizard, type_text)
    set_headcount(qtbot, wizard, 300)
    assert not wizard.company_page.middle_box.isVisible()
    click_next(qtbot, wizard)
    click_next(qtbot, wizard)
    assert goal_tiers(wizard) == [Tier.SPECIALIST, Tier.MANAGER]


def test_company_with_little_online_business_offers_a_larger_company(qtbot, open_wizard, type_text):
    wizard = open_wizard()
    fill_to_company(qtbot, wizard, type_text)
    page = wizard.company_page
    click_indicator(qtbot, page.little)
    assert page.little.isChecked()
    assert page.only_specialist.isVisible() and page.larger_button.isVisible()
    assert page.ladder.accessibleDescription().startswith("专员")
    click_next(qtbot, wizard)
    wizard.standing_page.current_combo.setCurrentIndex(1)  # already 专员
    click_next(qtbot, wizard)
    assert goal_tiers(wizard) == []
    assert optional_tiers(wizard) == [Tier.SUPERVISOR, Tier.MANAGER, Tier.DIRECTOR]
    assert wizard.goals_page.none_label.isVisible()
    assert "一般没有比你现在更高的层级" in wizard.goals_page.none_label.text()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.larger_button, Qt.MouseButton.LeftButton)
    assert not page.little.isChecked() and page.headcount.value() >= 1000
    assert "总监" in page.ladder.accessibleDescription()


def test_going_back_and_forth_does_not_pile_up_layout_space(qtbot, open_wizard, type_text):
    wizard = open_wizard()
    fill_to_company(qtbot, wizard, type_text)
    set_headcount(qtbot, wizard, 300)
    click_next(qtbot, wizard)
    click_next(qtbot, wizard)
    page = wizard.goals_page
    for _ in range(3):
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)
        click_next(qtbot, wizard)
    assert wizard.currentId() == PageId.GOALS
    assert page.rows_layout.count() == len(page.rows) + 1, "one stretch below the rows, not one per visit"


def test_higher_tier_before_lower_tier_keeps_next_disabled(qtbot, open_wizard, type_text):
    wizard = open_wizard()
    fill_to_company(qtbot, wizard, type_text)
    click_next(qtbot, wizard)
    click_next(qtbot, wizard)
    rows = wizard.goals_page.rows
    rows[Tier.DIRECTOR].date_edit.setDate(QDate(2029, 1, 1))
    rows[Tier.MANAGER].date_edit.setDate(QDate(2031, 6, 1))
    assert not next_button(wizard).isEnabled()
    assert wizard.goals_page.problem_label.isVisible()
    assert "总监" in wizard.goals_page.problem_label.text()
    rows[Tier.DIRECTOR].date_edit.setDate(QDate(2033, 1, 1))
    assert next_button(wizard).isEnabled()
    assert not wizard.goals_page.problem_label.isVisible()


def test_past_dates_need_confirmation(qtbot, open_wizard, type_text, asked):
    wizard = open_wizard()
    fill_to_company(qtbot, wizard, type_text)
    click_next(qtbot, wizard)
    click_next(qtbot, wizard)
    wizard.goals_page.rows[Tier.SPECIALIST].date_edit.setDate(QDate(2025, 3, 1))
    asked["answer"] = False
    click_next(qtbot, wizard)
    assert wizard.currentId() == PageId.GOALS
    assert "2025年3月" in asked["questions"][-1][1]
    # 下一步 saves nothing: the question does not say it would (完成 on the last page saves).
    assert "保存" not in asked["questions"][-1][1] and "下一步" in asked["questions"][-1][1]
    asked["answer"] = True
    click_next(qtbot, wizard)
    assert wizard.currentId() == PageId.SUMMARY


def test_long_text_shows_a_counter_and_blocks_next(qtbot, open_wizard, type_text):
    wizard = open_wizard()
    fill_to_company(qtbot, wizard, type_text)
    click_next(qtbot, wizard)
    click_next(qtbot, wizard)
    edit = wizard.goals_page.rows[Tier.SPECIALIST].actions_edit
    edit.selectAll()
    type_text(edit, "学" * 501)
    assert not next_button(wizard).isEnabled()
    assert "501/500" in [w.text() for w in wizard.goals_page.rows[Tier.SPECIALIST].findChildren(type(wizard.goals_page.none_label))]


def test_cancel_with_changes_asks_first(qtbot, open_wizard, type_text, asked):
    wizard = open_wizard()
    type_text(wizard.intro_page.title_edit, "不想丢的规划")
    asked["answer"] = False
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CancelButton), Qt.MouseButton.LeftButton)
    assert wizard.isVisible() and asked["questions"]
    assert wizard.intro_page.title_edit.text() == "不想丢的规划"
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert wizard.isVisible() and len(asked["questions"]) == 2
    asked["answer"] = True
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CancelButton), Qt.MouseButton.LeftButton)
    assert not wizard.isVisible()
    assert wizard.store.saved == []


def test_cancel_without_changes_does_not_ask(qtbot, open_wizard, asked):
    wizard = open_wizard()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CancelButton), Qt.MouseButton.LeftButton)
    assert not wizard.isVisible() and asked["questions"] == []


def test_edit_reopens_prefilled_and_saves_in_place(qtbot, open_wizard, type_text):
    plan = CareerPlan(title="旧标题 😀𠀀", position_id="pos.content_marketing", headcount=600,
                      middle_tier=Tier.MANAGER, current_tier=Tier.SPECIALIST, student_name="李四",
                      goals=[TierGoal(Tier.MANAGER, 2029, 6, "学策划", id=11),
                             TierGoal(Tier.DIRECTOR, 2033, 1, "做项目", achieved_on=None, id=12)], id=7)
    wizard = open_wizard(plan)
    assert wizard.intro_page.title_edit.text() == "旧标题 😀𠀀"
    assert wizard.position_page.position_combo.currentText() == "内容营销"
    assert wizard.company_page.middle_buttons[Tier.MANAGER].isChecked()
    for _ in range(4):
        click_next(qtbot, wizard)
    assert wizard.goals_page.rows[Tier.MANAGER].actions_edit.toPlainText() == "学策划"
    assert wizard.goals_page.rows[Tier.MANAGER].date_edit.date() == QDate(2029, 6, 1)
    click_next(qtbot, wizard)
    click_finish(qtbot, wizard)
    saved = wizard.store.saved[0]
    assert saved.id == 7 and saved.title == "旧标题 😀𠀀"
    assert [(g.tier, g.actions, g.id) for g in saved.goals] == [(Tier.MANAGER, "学策划", 11), (Tier.DIRECTOR, "做项目", 12)]


def test_goals_page_quotes_the_textbook_and_labels_each_suggestion(qtbot, open_wizard, type_text, content):
    wizard = open_wizard()
    fill_to_company(qtbot, wizard, type_text)
    set_headcount(qtbot, wizard, 600)
    click_next(qtbot, wizard)
    click_next(qtbot, wizard)
    page = wizard.goals_page
    assert "已按教材内容给出建议" not in page.subTitle() and "教材未逐级规定" in page.subTitle()
    sentence = content.node("survey").body[2].text
    assert page.basis_label.isVisible()
    assert page.basis_label.text() == (f"教材原文:“{sentence}”(出自:第一节 认识网络营销岗位 › 二、岗位认知 › "
                                       "(四)网络营销人员职业规划 › 知识拓展:网络营销职业现状调研)")
    for tier, row in page.rows.items():
        assert row.suggestion.isVisible()
        assert row.suggestion.text() == suggested_focus(tier)  # the same text for a 600- or 1200-person company


def test_exactly_500_staff_lets_the_student_choose_two_or_three_tiers(qtbot, open_wizard, type_text):
    wizard = open_wizard()
    fill_to_company(qtbot, wizard, type_text)
    page = wizard.company_page
    for headcount in (499, 501):
        set_headcount(qtbot, wizard, headcount)
        assert not page.open_size_box.isVisible()
    set_headcount(qtbot, wizard, 500)
    assert page.open_size_box.isVisible()
    note = page.open_size_note.text()
    assert "“500人以上”和“500人以下”都可包括500人" in note and "\n" not in note
    assert page.reading_buttons[CompanySize.MEDIUM].isChecked()  # the app's usual reading: 3 tiers
    assert page.size_label.text() == "500人以上的企业" and page.middle_box.isVisible()
    click_indicator(qtbot, page.reading_buttons[CompanySize.SMALL])
    assert page.size_label.text() == "500人以下的企业" and not page.middle_box.isVisible()
    assert page.ladder.accessibleDescription().startswith("专员 → 经理;")
    click_next(qtbot, wizard)
    click_next(qtbot, wizard)
    assert goal_tiers(wizard) == [Tier.SPECIALIST, Tier.MANAGER]
    click_next(qtbot, wizard)
    click_finish(qtbot, wizard)
    plan = wizard.store.saved[0]
    assert plan.headcount == 500 and plan.middle_tier is None and plan.company_size == CompanySize.SMALL
    again = open_wizard(plan)
    assert not again.company_page.open_size_box.isHidden()  # on the company page, not shown yet
    assert again.company_page.reading_buttons[CompanySize.SMALL].isChecked()
    assert again.company_page.size_label.text() == "500人以下的企业"


def test_a_tier_the_company_size_does_not_list_is_allowed_with_a_note(qtbot, open_wizard, type_text):
    wizard = open_wizard()
    fill_to_company(qtbot, wizard, type_text)
    set_headcount(qtbot, wizard, 300)  # the textbook lists 专员 and 经理
    click_next(qtbot, wizard)
    standing = wizard.standing_page
    assert not standing.unlisted_note.isVisible()
    standing.current_combo.setCurrentIndex(standing.current_combo.findData("supervisor"))
    assert standing.unlisted_note.isVisible()
    assert standing.unlisted_note.text().startswith("教材说这类企业一般不设此层级")
    assert "请重新选择" not in standing.problem_label.text()
    click_next(qtbot, wizard)  # allowed: Next is enabled
    page = wizard.goals_page
    assert goal_tiers(wizard) == [Tier.MANAGER] and optional_tiers(wizard) == [Tier.DIRECTOR]
    director = page.rows[Tier.DIRECTOR]
    assert director.title() == "网络营销总监(教材说这类企业一般不设此层级)"
    assert not director.isChecked() and director.suggestion.isVisible()
    assert not director.actions_edit.isVisible() and not director.date_edit.isVisible()  # no room for unused fields
    tick(qtbot, director)
    assert director.isChecked() and director.actions_edit.isVisible() and director.actions_edit.isEnabled()
    assert goal_tiers(wizard) == [Tier.MANAGER, Tier.DIRECTOR]
    assert page.rows[Tier.MANAGER].date_edit.date() < director.date_edit.date()  # in order as offered
    click_next(qtbot, wizard)
    preview = wizard.summary_page.preview.toPlainText()
    assert preview.count("教材说这类企业一般不设此层级") >= 2  # current tier and the 总监 goal
    assert "没有该层级" not in preview
    click_finish(qtbot, wizard)
    plan = wizard.store.saved[0]
    assert plan.current_tier == Tier.SUPERVISOR and [g.tier for g in plan.goals] == [Tier.MANAGER, Tier.DIRECTOR]


def test_the_hint_in_an_empty_goal_points_at_the_chosen_occupations_tasks(qtbot, open_wizard, type_text):
    wizard = open_wizard()
    fill_to_company(qtbot, wizard, type_text, position="内容营销")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)
    combo = wizard.position_page.occupation_combo
    combo.setCurrentIndex(combo.findText("全媒体运营师"))
    for _ in range(3):
        click_next(qtbot, wizard)
    hint = wizard.goals_page.rows[Tier.MANAGER].actions_edit.placeholderText()
    assert hint == ("例如:对照教材“网络营销人员的岗位职责”和“全媒体运营师”的“主要工作任务”,"
                    "写下在内容营销岗位上要学的知识和要做的事。")


def test_intro_labels_the_textbooks_words_apart_from_the_apps(open_wizard, content):
    text = open_wizard().intro_page.findChild(QLabel, "introText").text()
    assert text.startswith("教材原文(出自:第一节 认识网络营销岗位 › 二、岗位认知 › (四)网络营销人员职业规划 › "
                           "知识拓展:网络营销职业现状调研):\n" + content.node("survey").body[1].text)
    assert text.endswith("\n\n职业生涯规划就是选定一个目标岗位,看清目标企业一般设有哪些岗位层级,再为每一级定下时间和要学要做的事。")


def test_a_company_has_staff_or_the_student_says_they_do_not_know(qtbot, open_wizard, type_text):
    wizard = open_wizard()
    fill_to_company(qtbot, wizard, type_text)
    company = wizard.company_page
    spin = company.headcount
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "0")
    qtbot.keyClick(spin, Qt.Key.Key_Tab)
    assert spin.value() >= 1  # 0 staff is no company (it was taken as "500人以下", "(0人)")
    assert not company.unknown_note.isVisible()
    click_indicator(qtbot, company.unknown)
    assert not spin.isEnabled()
    assert company.size_label.text() == "企业人数不清楚"
    assert company.unknown_note.isVisible() and "全部四个层级" in company.unknown_note.text()
    assert company.ladder.accessibleDescription().startswith("专员 → 主管 → 经理 → 总监")
    click_next(qtbot, wizard)
    click_next(qtbot, wizard)
    assert goal_tiers(wizard) == list(Tier) and not optional_tiers(wizard)  # no tier marked "not listed"
    click_next(qtbot, wizard)
    text = wizard.summary_page.preview.toPlainText()
    assert "企业人数不清楚" in text and "(约 0 人)" not in text and "500人以下" not in text
    click_finish(qtbot, wizard)
    (plan,) = wizard.store.saved
    assert plan.headcount == 0 and not plan.size_known and plan.company_size is None
    again = open_wizard(plan=plan)
    assert again.company_page.unknown.isChecked() and again.company_page.size_label.text() == "企业人数不清楚"


def click_link(qtbot, browser, text: str, before: str = "") -> None:
    """Click the link reading ``text`` (right after ``before``) in ``browser``, as a person would."""
    from PySide6.QtGui import QTextCursor

    found = browser.document().find(before + text)
    assert not found.isNull(), before + text
    middle = QTextCursor(browser.document())
    middle.setPosition(found.selectionStart() + len(before) + len(text) // 2)
    browser.setTextCursor(middle)
    browser.ensureCursorVisible()
    qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=browser.cursorRect(middle).center())


def test_links_in_the_position_preview_show_their_node(qtbot, open_wizard, type_text):
    wizard = open_wizard()
    fill_to_company(qtbot, wizard, type_text)
    wizard.back()
    page = wizard.position_page
    assert not page.back_button.isVisible()
    click_link(qtbot, page.preview, "网络营销经理")  # 岗位层级: 专员 → 主管 → 经理 → 总监
    assert page.shown_node_id == "tier.manager"
    assert "教材中一般设有此层级的企业" in page.preview.toPlainText()
    assert page.back_button.isVisible() and "电商主播" in page.back_button.text()
    qtbot.mouseClick(page.back_button, Qt.MouseButton.LeftButton)
    assert page.shown_node_id == "pos.ecommerce_host" and not page.back_button.isVisible()
    click_link(qtbot, page.preview, "网络营销人员的岗位职责", before="出自:")
    assert page.shown_node_id == "staff_duties"
    assert wizard.position_page.position_combo.currentText() == "电商主播"  # the choice stays


def test_the_wizard_opens_at_the_size_it_had_and_fits_the_screen(qtbot, content, tmp_path):
    from PySide6.QtCore import QSettings, QSize

    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    wizard = PlanWizard(content, FakeStore().save, today=TODAY, settings=settings)
    qtbot.addWidget(wizard)
    available = wizard.screen().availableGeometry()
    assert wizard.width() <= available.width() and wizard.height() <= available.height()
    wizard.resize(700, 560)
    wizard.done(0)
    again = PlanWizard(content, FakeStore().save, today=TODAY, settings=settings)
    qtbot.addWidget(again)
    assert again.size() == QSize(700, 560)
    settings.setValue("wizard/size", QSize(2400, 1600))  # left so on a far larger screen
    third = PlanWizard(content, FakeStore().save, today=TODAY, settings=settings)
    qtbot.addWidget(third)
    assert third.width() <= available.width() and third.height() <= available.height()
