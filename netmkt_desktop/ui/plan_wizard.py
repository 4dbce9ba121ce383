"""新建职业规划: a wizard that walks a student up the tier ladder of a chosen company.

Why it is longer than 500 lines: six pages (Qt's QWizardPage classes, one per step) and the
wizard that strings them together; each page is small, and the checks they show come from
:mod:`netmkt_desktop.validation` and :mod:`netmkt_desktop.plans`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from enum import IntEnum

from PySide6.QtCore import QDate, QSettings, QSize, Qt, QUrl, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from netmkt_desktop import plans as plan_rules
from netmkt_desktop import validation
from netmkt_desktop.content import Content, NodeKind
from netmkt_desktop.errors import StoreError
from netmkt_desktop.i18n import translate
from netmkt_desktop.plans import UNKNOWN_SIZE_LABEL, UNKNOWN_SIZE_NOTE, CareerPlan, TierGoal
from netmkt_desktop.render import NODE_SCHEME, place_in_book, progression_text, render_node
from netmkt_desktop.tiers import CompanySize, Tier, sizes_for_headcount, structure_for_size, suggested_focus
from netmkt_desktop.ui import dialogs
from netmkt_desktop.ui.i18n import (
    goal_target_label,
    size_label,
    tier_full_label,
    translate_core,
    unlisted_tier_note,
)
from netmkt_desktop.ui.geometry import restore_size, save_size
from netmkt_desktop.ui.ladder_view import LadderView, scroll_wrapped
from netmkt_desktop.ui.safe_text import SafeTextBrowser, button_text, plain_label
from netmkt_desktop.validation import CLASS_LIMIT, GOAL_TEXT_LIMIT, NAME_LIMIT, TITLE_LIMIT

HEADCOUNT_MAX = 1_000_000
KEY_SIZE = "wizard/size"
PROBLEM_STYLE = "font-weight:bold;"


class PageId(IntEnum):
    INTRO = 0
    POSITION = 1
    COMPANY = 2
    STANDING = 3
    GOALS = 4
    SUMMARY = 5


def _counter(edit: QLineEdit | QPlainTextEdit, limit: int) -> QLabel:
    """A "12/60" label that follows the text's length."""
    label = plain_label()
    label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def update() -> None:
        text = edit.text() if isinstance(edit, QLineEdit) else edit.toPlainText()
        label.setText(f"{len(text)}/{limit}")
        label.setStyleSheet(PROBLEM_STYLE if len(text) > limit else "")

    edit.textChanged.connect(update)
    update()
    return label


def _problem_label() -> QLabel:
    label = plain_label()
    label.setObjectName("problemLabel")
    label.setWordWrap(True)
    label.setStyleSheet(PROBLEM_STYLE)
    label.hide()
    return label


class _Page(QWizardPage):
    """A page whose problems are listed in a visible label while Next stays disabled."""

    def __init__(self, wizard: PlanWizard):
        super().__init__()
        self.plan_wizard = wizard
        self.problem_label = _problem_label()

    def problems(self) -> list[str]:
        return []

    def refresh(self) -> None:
        problems = self.problems()
        self.problem_label.setText("\n".join(problems))
        self.problem_label.setVisible(bool(problems))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return super().isComplete() and not self.problems()


class IntroPage(_Page):
    def __init__(self, wizard: PlanWizard):
        super().__init__(wizard)
        self.setTitle(self.tr("什么是职业生涯规划"))
        content = wizard.content
        survey = content.node("survey")
        paragraphs = [b.text for b in survey.body if b.kind == "p"][1:] if survey else []
        # The textbook's words under their label and place; the app's own sentence apart from them.
        quoted = ""
        if paragraphs:
            label = self.tr("教材原文(出自:{place}):").format(place=place_in_book(content, survey, translate_core))
            quoted = label + "\n" + "\n".join(paragraphs) + "\n\n"
        intro = plain_label(quoted + self.tr(
            "职业生涯规划就是选定一个目标岗位,看清目标企业一般设有哪些岗位层级,"
            "再为每一级定下时间和要学要做的事。"))
        intro.setWordWrap(True)
        intro.setObjectName("introText")

        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("planTitleEdit")
        self.title_edit.setAccessibleName(self.tr("规划标题"))
        self.title_edit.setPlaceholderText(self.tr("例如:我的电商主播成长计划"))
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("studentNameEdit")
        self.class_edit = QLineEdit()
        self.class_edit.setObjectName("classNameEdit")
        form = QFormLayout()
        for label, edit, limit in ((self.tr("规划标题 *"), self.title_edit, TITLE_LIMIT),
                                   (self.tr("姓名"), self.name_edit, NAME_LIMIT),
                                   (self.tr("班级"), self.class_edit, CLASS_LIMIT)):
            row = QHBoxLayout()
            row.addWidget(edit, 1)
            row.addWidget(_counter(edit, limit))
            form.addRow(label, row)
            edit.textChanged.connect(self.refresh)
        self.registerField("title*", self.title_edit)
        note = plain_label(self.tr("标 * 的为必填项。"))

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.problem_label)
        layout.addStretch(1)

    def problems(self) -> list[str]:
        return (validation.check_title(self.title_edit.text(), translate)
                + validation.check_student_name(self.name_edit.text(), translate)
                + validation.check_class_name(self.class_edit.text(), translate))


class PositionPage(_Page):
    def __init__(self, wizard: PlanWizard):
        super().__init__(wizard)
        self.setTitle(self.tr("目标岗位"))
        self.setSubTitle(self.tr("选择一个常见的网络营销岗位;职业和工种可以不选。"))
        content = wizard.content
        self.position_combo = QComboBox()
        self.position_combo.setObjectName("positionCombo")
        self.position_combo.setAccessibleName(self.tr("目标岗位"))
        self.position_combo.addItem(self.tr("(请选择)"), "")
        for node in content.of_kind(NodeKind.POSITION):
            self.position_combo.addItem(node.title, node.id)
        self.occupation_combo = QComboBox()
        self.occupation_combo.setObjectName("occupationCombo")
        self.occupation_combo.addItem(self.tr("(不选)"), "")
        for node in content.of_kind(NodeKind.OCCUPATION):
            self.occupation_combo.addItem(node.title, node.id)
        self.work_type_combo = QComboBox()
        self.work_type_combo.setObjectName("workTypeCombo")
        self.preview = SafeTextBrowser()
        self.preview.setObjectName("positionPreview")
        self.preview.setAccessibleName(self.tr("岗位介绍"))
        self.preview.anchorClicked.connect(self._on_preview_anchor_clicked)
        # A link in the text ("出自:…", the tiers) shows its node here; this goes back to the position.
        self.back_button = QPushButton()
        self.back_button.setObjectName("previewBackButton")
        self.back_button.clicked.connect(self._on_back_button_clicked)
        self.back_button.hide()
        self.shown_node_id = ""

        form = QFormLayout()
        form.addRow(self.tr("目标岗位 *"), self.position_combo)
        form.addRow(self.tr("相关职业"), self.occupation_combo)
        form.addRow(self.tr("相关工种"), self.work_type_combo)
        hint = plain_label(self.tr("教材没有说明各岗位属于哪个职业或工种,这里的职业和工种由你自己选择。"))
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.problem_label)

        self.position_combo.currentIndexChanged.connect(self._on_position_combo_current_index_changed)
        self.occupation_combo.currentIndexChanged.connect(self._on_occupation_combo_current_index_changed)
        self._on_occupation_combo_current_index_changed()

    def _on_position_combo_current_index_changed(self, *_args) -> None:
        self.show_in_preview(self.position_combo.currentData() or "")
        self.refresh()

    def show_in_preview(self, node_id: str) -> None:
        """Show a node below the choices: the chosen position, or a node one of its links names."""
        content = self.plan_wizard.content
        node = content.node(node_id) if node_id else None
        self.shown_node_id = node.id if node else ""
        self.preview.setHtml(render_node(content, node, tr=translate_core) if node else "")
        position = content.node(self.position_combo.currentData() or "")
        away = node is not None and position is not None and node is not position
        if away:
            self.back_button.setText(self.tr("← 回到“{position}”").format(position=button_text(position.title)))
        self.back_button.setVisible(away)

    def _on_preview_anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() == NODE_SCHEME:
            self.show_in_preview(url.path())

    def _on_back_button_clicked(self) -> None:
        self.show_in_preview(self.position_combo.currentData() or "")

    def _on_occupation_combo_current_index_changed(self, *_args) -> None:
        content = self.plan_wizard.content
        occupation = content.node(self.occupation_combo.currentData() or "")
        previous = self.work_type_combo.currentData()
        self.work_type_combo.clear()
        self.work_type_combo.addItem(self.tr("(不选)"), "")
        item = content.textbook_item(occupation.id) if occupation else None
        for child in item.children if item else []:
            if child.node.kind == NodeKind.WORK_TYPE:
                self.work_type_combo.addItem(child.node.title, child.node.id)
        self.work_type_combo.setEnabled(self.work_type_combo.count() > 1)
        select_data(self.work_type_combo, previous)
        self.refresh()

    def problems(self) -> list[str]:
        return [] if self.position_combo.currentData() else [self.tr("请选择目标岗位。")]


class CompanyPage(_Page):
    def __init__(self, wizard: PlanWizard):
        super().__init__(wizard)
        self.setTitle(self.tr("目标企业"))
        self.setSubTitle(self.tr("教材说,岗位层级会随着企业规模不同而有所不同;下面是教材说的一般情况。"))
        self.headcount = QSpinBox()
        self.headcount.setObjectName("headcountSpin")
        self.headcount.setAccessibleName(self.tr("企业人数"))
        self.headcount.setRange(1, HEADCOUNT_MAX)  # a company has staff; "don't know" is a choice of its own
        self.headcount.setSingleStep(50)
        self.headcount.setValue(1000)
        self.headcount.setSuffix(self.tr(" 人"))
        self.unknown = QCheckBox(self.tr("不清楚企业人数"))
        self.unknown.setObjectName("unknownSizeCheck")
        self.unknown.setAccessibleName(self.tr("不清楚企业人数"))
        self.unknown_note = plain_label(translate_core(UNKNOWN_SIZE_NOTE))
        self.unknown_note.setObjectName("unknownSizeNote")
        self.unknown_note.setWordWrap(True)
        self.little = QCheckBox(self.tr("网络营销业务较少"))
        self.little.setObjectName("littleBusinessCheck")
        self.size_label = plain_label()
        self.size_label.setObjectName("companySizeLabel")
        # Exactly 500 staff: the textbook's "500人以上" and "500人以下" both include it; the student picks.
        self.open_size_box = QGroupBox(self.tr("恰好500人"))
        self.open_size_box.setObjectName("openSizeBox")
        self.open_size_note = plain_label(self.tr("教材的“500人以上”和“500人以下”都可包括500人:3个层级、两个层级都符合教材的说法,请选择。"))
        self.open_size_note.setObjectName("openSizeNote")
        self.open_size_note.setWordWrap(True)
        self.reading_group = QButtonGroup(self)
        self.reading_buttons: dict[CompanySize, QRadioButton] = {}
        reading_row = QHBoxLayout()
        for size, text in ((CompanySize.MEDIUM, self.tr("按“500人以上”:3个层级")),
                           (CompanySize.SMALL, self.tr("按“500人以下”:两个层级"))):
            button = QRadioButton(text)
            button.setObjectName(f"reading_{size.value}")
            self.reading_group.addButton(button)
            self.reading_buttons[size] = button
            reading_row.addWidget(button)
        reading_row.addStretch(1)
        self.reading_buttons[CompanySize.MEDIUM].setChecked(True)
        open_layout = QVBoxLayout(self.open_size_box)
        open_layout.addWidget(self.open_size_note)
        open_layout.addLayout(reading_row)
        self.middle_box = QGroupBox(self.tr("这类企业的中间层级是:"))
        self.middle_group = QButtonGroup(self)
        middle_layout = QHBoxLayout(self.middle_box)
        self.middle_buttons: dict[Tier, QRadioButton] = {}
        for tier in (Tier.SUPERVISOR, Tier.MANAGER):
            button = QRadioButton(tier_full_label(tier))
            button.setObjectName(f"middle_{tier.code}")
            self.middle_group.addButton(button, tier.value)
            self.middle_buttons[tier] = button
            middle_layout.addWidget(button)
        self.middle_buttons[Tier.SUPERVISOR].setChecked(True)
        self.only_specialist = plain_label(self.tr(
            "教材说,部分网络营销业务较少的企业只设置了网络营销专员岗位。可以把规划保持在专员,"
            "也可以改选规模更大的企业,或在后面仍为更高的层级定目标(规划中会注明)。"))
        self.only_specialist.setObjectName("onlySpecialistNote")
        self.only_specialist.setWordWrap(True)
        self.larger_button = QPushButton(self.tr("改选千人以上的企业"))
        self.larger_button.setObjectName("largerCompanyButton")
        self.larger_button.clicked.connect(self._on_larger_button_clicked)
        self.ladder = LadderView()

        form = QFormLayout()
        headcount_row = QHBoxLayout()
        headcount_row.addWidget(self.headcount)
        headcount_row.addWidget(self.unknown)
        headcount_row.addStretch(1)
        form.addRow(self.tr("企业人数"), headcount_row)
        form.addRow("", self.little)
        form.addRow(self.tr("企业规模"), self.size_label)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.unknown_note)
        layout.addWidget(self.open_size_box)
        layout.addWidget(self.middle_box)
        layout.addWidget(self.only_specialist)
        layout.addWidget(self.larger_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(scroll_wrapped(self.ladder), 1)

        self.headcount.valueChanged.connect(self.update_ladder)
        self.unknown.toggled.connect(self.update_ladder)
        self.little.toggled.connect(self.update_ladder)
        self.middle_group.idToggled.connect(self.update_ladder)
        self.reading_group.buttonToggled.connect(self.update_ladder)
        self.update_ladder()

    def size_known(self) -> bool:
        return self.little.isChecked() or not self.unknown.isChecked()

    def headcount_value(self) -> int:
        """The headcount of the plan: 0 when the student does not know it."""
        return self.headcount.value() if not self.unknown.isChecked() else 0

    def size_is_open(self) -> bool:
        """True at exactly 500 staff, where the student chooses between 3 and 2 tiers."""
        return self.size_known() and len(sizes_for_headcount(self.headcount_value(), self.little.isChecked())) > 1

    def size(self) -> CompanySize | None:  # type: ignore[override]
        """The textbook's size class; None when the headcount is not known."""
        if not self.size_known():
            return None
        sizes = sizes_for_headcount(self.headcount_value(), self.little.isChecked())
        if len(sizes) > 1 and self.reading_buttons[CompanySize.SMALL].isChecked():
            return CompanySize.SMALL
        return sizes[0]

    def middle_tier(self) -> Tier | None:
        return Tier(self.middle_group.checkedId()) if self.size() == CompanySize.MEDIUM else None

    def ladder_tiers(self) -> tuple[Tier, ...]:
        size = self.size()
        return tuple(Tier) if size is None else structure_for_size(size).resolve(self.middle_tier())

    def update_ladder(self, *_args) -> None:
        size = self.size()
        self.headcount.setEnabled(not self.little.isChecked() and not self.unknown.isChecked())
        self.unknown.setEnabled(not self.little.isChecked())
        self.size_label.setText(size_label(size) if size is not None else translate_core(UNKNOWN_SIZE_LABEL))
        self.unknown_note.setVisible(size is None)
        self.open_size_box.setVisible(self.size_is_open())
        self.middle_box.setVisible(size == CompanySize.MEDIUM)
        only = size == CompanySize.LITTLE_BUSINESS
        self.only_specialist.setVisible(only)
        self.larger_button.setVisible(only)
        self.ladder.set_ladder(self.ladder_tiers())

    def _on_larger_button_clicked(self) -> None:
        self.little.setChecked(False)
        self.unknown.setChecked(False)
        self.headcount.setValue(max(1000, self.headcount.value()))


class StandingPage(_Page):
    def __init__(self, wizard: PlanWizard):
        super().__init__(wizard)
        self.setTitle(self.tr("现在的位置"))
        self.current_combo = QComboBox()
        self.current_combo.setObjectName("currentTierCombo")
        self.current_combo.setAccessibleName(self.tr("现在的层级"))
        self.years = QSpinBox()
        self.years.setObjectName("yearsSpin")
        self.years.setRange(-1, 50)
        self.years.setSpecialValueText(self.tr("不填"))
        self.years.setValue(-1)
        self.years.setSuffix(self.tr(" 年"))
        self.unlisted_note = plain_label()
        self.unlisted_note.setObjectName("unlistedTierNote")
        self.unlisted_note.setWordWrap(True)
        self.unlisted_note.hide()
        form = QFormLayout(self)
        form.addRow(self.tr("现在的层级"), self.current_combo)
        form.addRow("", self.unlisted_note)
        form.addRow(self.tr("工作年限(可不填)"), self.years)
        form.addRow(self.problem_label)
        self.current_combo.currentIndexChanged.connect(self._on_current_combo_current_index_changed)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        previous = self.current_combo.currentData()
        listed = self.plan_wizard.company_page.ladder_tiers()
        self.current_combo.blockSignals(True)
        self.current_combo.clear()
        self.current_combo.addItem(self.tr("在校学生(还没有层级)"), "")
        for tier in Tier:  # every tier: the textbook's tiers per company size are guidelines
            text = tier_full_label(tier)
            if tier not in listed:
                text = self.tr("{tier}({note})").format(tier=text, note=unlisted_tier_note())
            self.current_combo.addItem(text, tier.code)
        select_data(self.current_combo, previous)
        self.current_combo.blockSignals(False)
        self._on_current_combo_current_index_changed()

    def _on_current_combo_current_index_changed(self, *_args) -> None:
        tier = self.current_tier()
        unlisted = tier is not None and tier not in self.plan_wizard.company_page.ladder_tiers()
        self.unlisted_note.setText(self.tr("{note}。仍可以选择它,规划中会注明。").format(note=unlisted_tier_note()))
        self.unlisted_note.setVisible(unlisted)
        self.refresh()

    def current_tier(self) -> Tier | None:
        code = self.current_combo.currentData()
        return Tier.from_code(code) if code else None

    def years_value(self) -> int | None:
        return None if self.years.value() < 0 else self.years.value()


class _GoalRow(QGroupBox):
    """One tier's goal.  A tier the textbook does not list for the company is optional: the box has a
    check box in its title, off until the student wants a goal there."""

    def __init__(self, tier: Tier, page: GoalsPage, listed: bool = True):
        title = tier_full_label(tier)
        if not listed:
            title = self.tr("{tier}({note})").format(tier=title, note=unlisted_tier_note())
        super().__init__(title)
        self.tier = tier
        self.listed = listed
        self.setObjectName(f"goal_{tier.code}")
        self.setCheckable(not listed)
        self.suggestion = plain_label(suggested_focus(tier, translate_core))
        self.suggestion.setObjectName(f"goalSuggestion_{tier.code}")
        self.suggestion.setWordWrap(True)
        self.date_edit = QDateEdit()
        self.date_edit.setObjectName(f"goalDate_{tier.code}")
        self.date_edit.setAccessibleName(self.tr("{tier}目标时间").format(tier=tier_full_label(tier)))
        self.date_edit.setDisplayFormat(self.tr("yyyy年M月"))
        self.date_edit.setCalendarPopup(False)
        self.date_edit.setDateRange(QDate(1990, 1, 1), QDate(2200, 12, 1))
        self.actions_edit = QPlainTextEdit()
        self.actions_edit.setObjectName(f"goalActions_{tier.code}")
        self.actions_edit.setAccessibleName(self.tr("{tier}要学要做的事").format(tier=tier_full_label(tier)))
        self.actions_edit.setTabChangesFocus(True)
        self.actions_edit.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)
        self.form = QFormLayout(self)
        self.form.addRow(self.suggestion)
        self.form.addRow(self.tr("目标时间 *"), self.date_edit)
        self.form.addRow(self.tr("要学要做的事"), self.actions_edit)
        self.form.addRow("", _counter(self.actions_edit, GOAL_TEXT_LIMIT))
        self.date_edit.dateChanged.connect(page.refresh)
        self.actions_edit.textChanged.connect(page.refresh)
        self.toggled.connect(self._on_self_toggled)
        self.toggled.connect(page.refresh)

    def _on_self_toggled(self, on: bool) -> None:
        """An optional row not ticked shows only its suggestion: no room taken by fields it does not use."""
        for row in range(1, self.form.rowCount()):
            self.form.setRowVisible(row, on)

    def included(self) -> bool:
        """Whether the row makes a goal: always for a listed tier, when ticked for another."""
        return self.listed or self.isChecked()

    def set_included(self, on: bool) -> None:
        """Tick or untick an optional row (its fields show only when ticked)."""
        self.setChecked(on)
        self._on_self_toggled(on)

    def goal(self, achieved_on: date | None = None, goal_id: int | None = None) -> TierGoal:
        d = self.date_edit.date()
        return TierGoal(self.tier, d.year(), d.month(), self.actions_edit.toPlainText(), achieved_on, goal_id)


class GoalsPage(_Page):
    def __init__(self, wizard: PlanWizard):
        super().__init__(wizard)
        self.setTitle(self.tr("层级目标"))
        self.setSubTitle(self.tr("为更高的层级定下目标时间和要学要做的事。每一级标出了本软件的建议(教材未逐级规定)。"))
        self.rows: dict[Tier, _GoalRow] = {}
        self._kept: dict[Tier, tuple[QDate, str, bool]] = {}
        self.basis_label = plain_label(progression_text(wizard.content, translate_core))
        self.basis_label.setObjectName("progressionQuote")
        self.basis_label.setWordWrap(True)
        self.basis_label.setVisible(bool(self.basis_label.text()))
        self.none_label = plain_label()
        self.none_label.setObjectName("noHigherTierNote")
        self.none_label.setWordWrap(True)
        self.rows_box = QWidget()
        self.rows_layout = QVBoxLayout(self.rows_box)
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        self.rows_layout.addStretch(1)  # once: the rows go above it
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.rows_box)
        layout = QVBoxLayout(self)
        layout.addWidget(self.basis_label)
        layout.addWidget(self.none_label)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.problem_label)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        wizard = self.plan_wizard
        draft = wizard.draft_plan(with_goals=False)
        tiers = plan_rules.allowed_goal_tiers(draft)
        for tier, row in self.rows.items():
            self._kept[tier] = (row.date_edit.date(), row.actions_edit.toPlainText(), row.included())
            row.setParent(None)
            row.deleteLater()
        self.rows = {}
        start = wizard.today
        hint = self.actions_hint(draft)
        listed_rows = unlisted_run = 0
        for tier in tiers:
            listed = draft.is_listed(tier)
            row = _GoalRow(tier, self, listed)
            # Two years per listed tier; a tier in between (not listed) one year after the one below.
            listed_rows, unlisted_run = (listed_rows + 1, 0) if listed else (listed_rows, unlisted_run + 1)
            if tier in self._kept:
                when, text, included = self._kept[tier]
            elif tier in wizard.initial_goals:
                goal = wizard.initial_goals[tier]
                when, text, included = QDate(goal.target_year, goal.target_month, 1), goal.actions, True
            else:
                years = 2 * listed_rows + unlisted_run
                when, text, included = QDate(start.year + years, start.month, 1), "", False
            row.date_edit.setDate(when)
            row.actions_edit.setPlainText(text)
            row.actions_edit.setPlaceholderText(hint)
            if not listed:
                row.set_included(included)
            self.rows_layout.insertWidget(self.rows_layout.count() - 1, row)
            self.rows[tier] = row
        if not tiers:
            self.none_label.setText(self.tr("网络营销总监是最高的层级,没有更高的层级可以定目标。"))
        elif not listed_rows:
            self.none_label.setText(self.tr("教材说这类企业一般没有比你现在更高的层级。想为更高的层级定目标,就勾选它。"))
        self.none_label.setVisible(not listed_rows)
        self.refresh()

    def actions_hint(self, plan: CareerPlan) -> str:
        """The grey hint in an empty goal text: where in the textbook to look, for the plan's position.

        A hint only, never saved as the student's words; the app's suggestion of a focus per tier
        stands apart in each row, labelled (tiers.suggested_focus)."""
        content = self.plan_wizard.content
        position = content.node(plan.position_id) if plan.position_id else None
        occupation = content.node(plan.occupation_id) if plan.occupation_id else None
        duties = content.node("staff_duties")
        sources = [self.tr("“{title}”").format(title=duties.title)] if duties is not None and duties.duties else []
        if occupation is not None and occupation.tasks:
            sources.append(self.tr("“{title}”的“主要工作任务”").format(title=occupation.title))
        if position is not None:
            where = self.tr("在{position}岗位上").format(position=position.title)
        else:
            where = ""
        if not sources:
            return self.tr("例如:写下{where}要学的知识和要做的事。").format(where=where)
        return self.tr("例如:对照教材{sources},写下{where}要学的知识和要做的事。").format(
            sources=self.tr("和").join(sources), where=where)

    def goals(self) -> list[TierGoal]:
        kept = self.plan_wizard.initial_goals
        return [row.goal(kept[t].achieved_on if t in kept else None, kept[t].id if t in kept else None)
                for t, row in self.rows.items() if row.included()]

    def problems(self) -> list[str]:
        goals = self.goals()
        out = list(plan_rules.check_goal_order(goals))
        for goal in goals:
            out += validation.check_goal_text(goal.actions, tier_full_label(goal.tier), translate)
        return out

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        past = plan_rules.goals_in_past(self.goals(), self.plan_wizard.today)
        if not past:
            return True
        names = self.tr("、").join(f"{tier_full_label(g.tier)}({goal_target_label(g)})" for g in past)
        return dialogs.confirm(self, self.tr("目标时间已经过去"), self.tr(
            "这些目标的时间早于本月:{names}。\n仍然用这些时间,继续下一步吗?(点“否”留在这一页修改。)").format(names=names))


class SummaryPage(_Page):
    def __init__(self, wizard: PlanWizard):
        super().__init__(wizard)
        self.setTitle(self.tr("规划预览"))
        self.setSubTitle(self.tr("这就是将要保存和打印的职业生涯规划书。点“完成”保存。"))
        self.preview = SafeTextBrowser()
        self.preview.setObjectName("planPreview")
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.problem_label)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        from netmkt_desktop.ui.plan_document import build_document

        document = build_document(self.plan_wizard.draft_plan(), self.plan_wizard.content)
        document.setParent(self.preview)
        self.preview.setDocument(document)


def select_data(combo: QComboBox, data) -> None:
    index = combo.findData(data) if data not in (None, "") else -1
    combo.setCurrentIndex(max(0, index))


class PlanWizard(QWizard):
    """Creates or edits a plan; ``save`` stores it (one transaction) and returns the saved copy."""

    plan_saved = Signal(object)

    def __init__(self, content: Content, save: Callable[[CareerPlan], CareerPlan],
                 plan: CareerPlan | None = None, today: date | None = None, parent: QWidget | None = None,
                 settings: QSettings | None = None):
        """``settings``: where the wizard's size is remembered (it opens fitted to its screen)."""
        super().__init__(parent)
        self.settings = settings
        self.setObjectName("planWizard")
        self.setAccessibleName(self.tr("职业规划向导"))
        self.setWindowTitle(self.tr("编辑职业规划") if plan and plan.id else self.tr("新建职业规划"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        for button, text in ((QWizard.WizardButton.BackButton, self.tr("< 上一步(&B)")),
                             (QWizard.WizardButton.NextButton, self.tr("下一步(&N) >")),
                             (QWizard.WizardButton.FinishButton, self.tr("完成(&F)")),
                             (QWizard.WizardButton.CancelButton, self.tr("取消"))):
            self.setButtonText(button, text)
        self.content = content
        self.save = save
        self.original = plan
        self.today = today or date.today()
        self.initial_goals: dict[Tier, TierGoal] = {g.tier: g for g in plan.goals} if plan else {}
        self.saved_plan: CareerPlan | None = None

        self.intro_page = IntroPage(self)
        self.position_page = PositionPage(self)
        self.company_page = CompanyPage(self)
        self.standing_page = StandingPage(self)
        self.goals_page = GoalsPage(self)
        self.summary_page = SummaryPage(self)
        for page_id, page in ((PageId.INTRO, self.intro_page), (PageId.POSITION, self.position_page),
                              (PageId.COMPANY, self.company_page), (PageId.STANDING, self.standing_page),
                              (PageId.GOALS, self.goals_page), (PageId.SUMMARY, self.summary_page)):
            self.setPage(page_id, page)
        self.setStartId(PageId.INTRO)
        if plan is not None:
            self._prefill(plan)
        self._baseline = self._snapshot()
        em = self.fontMetrics().horizontalAdvance("网")  # follows the zoom
        restore_size(settings, KEY_SIZE, self, QSize(max(760, 48 * em), max(600, 34 * em)))

    def done(self, result: int) -> None:
        if self.settings is not None:
            save_size(self.settings, KEY_SIZE, self)
        super().done(result)

    # -- plan <-> widgets ----------------------------------------------------------------------

    def _prefill(self, plan: CareerPlan) -> None:
        self.intro_page.title_edit.setText(plan.title)
        self.intro_page.name_edit.setText(plan.student_name)
        self.intro_page.class_edit.setText(plan.class_name)
        select_data(self.position_page.position_combo, plan.position_id)
        select_data(self.position_page.occupation_combo, plan.occupation_id)
        select_data(self.position_page.work_type_combo, plan.work_type_id)
        company = self.company_page
        company.headcount.setValue(min(max(1, plan.headcount), HEADCOUNT_MAX))
        company.unknown.setChecked(plan.headcount <= 0)
        company.little.setChecked(plan.little_business)
        company.reading_buttons[plan.company_size if company.size_is_open() else CompanySize.MEDIUM].setChecked(True)
        if plan.middle_tier in company.middle_buttons:
            company.middle_buttons[plan.middle_tier].setChecked(True)
        self.standing_page.initializePage()
        select_data(self.standing_page.current_combo, plan.current_tier.code if plan.current_tier else "")
        if plan.years_experience is not None:
            self.standing_page.years.setValue(plan.years_experience)

    def draft_plan(self, with_goals: bool = True) -> CareerPlan:
        """The plan as the widgets describe it now."""
        base = self.original
        return CareerPlan(
            title=self.intro_page.title_edit.text(),
            student_name=self.intro_page.name_edit.text(),
            class_name=self.intro_page.class_edit.text(),
            position_id=self.position_page.position_combo.currentData() or "",
            occupation_id=self.position_page.occupation_combo.currentData() or "",
            work_type_id=self.position_page.work_type_combo.currentData() or "",
            headcount=self.company_page.headcount_value(),
            little_business=self.company_page.little.isChecked(),
            middle_tier=self.company_page.middle_tier(),
            current_tier=self.standing_page.current_tier(),
            years_experience=self.standing_page.years_value(),
            goals=self.goals_page.goals() if with_goals else [],
            content_version=self.content.version,
            id=base.id if base else None,
            profile_id=base.profile_id if base else None,
            created_at=base.created_at if base else "",
            uid=base.uid if base else "",
            handin_version=base.handin_version if base else 0,
            teacher_comment=base.teacher_comment if base else "",
            teacher_grade=base.teacher_grade if base else "",
            reviewed_version=base.reviewed_version if base else 0,
        )

    def _snapshot(self) -> tuple:
        plan = self.draft_plan()
        return (plan.title, plan.student_name, plan.class_name, plan.position_id, plan.occupation_id,
                plan.work_type_id, plan.headcount, plan.little_business, plan.middle_tier, plan.current_tier,
                plan.years_experience, tuple((g.tier, g.target_key, g.actions) for g in plan.goals))

    def is_changed(self) -> bool:
        return self._snapshot() != self._baseline

    # -- finish and cancel ---------------------------------------------------------------------

    def accept(self) -> None:
        try:
            saved = self.save(self.draft_plan())
        except StoreError as exc:
            dialogs.show_error(self, self.tr("规划没有保存"), str(exc))
            return  # the wizard stays open: nothing typed is lost
        self.saved_plan = saved
        self._baseline = self._snapshot()
        self.plan_saved.emit(saved)
        super().accept()

    def reject(self) -> None:
        if self.is_changed() and not dialogs.confirm(
                self, self.tr("放弃这份规划?"), self.tr("你填写的内容还没有保存。确定要关闭向导并放弃这些内容吗?")):
            return
        super().reject()
