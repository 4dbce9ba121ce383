"""我的规划: the student's career plans, their ladders and goals; edit, copy, delete with undo, export.

Why it is a little over 500 lines: the list, the plan's page (ladder, goals, suggestions, the
teacher's comment, 达成日期) and the undoable actions on them share the plan on screen; the file
actions (导出, 导入, 交作业, 导入批改) already live in their own modules.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractItemView,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from netmkt_desktop.content import Content
from netmkt_desktop.files import BoundedReadError, describe_read_error, read_bounded
from netmkt_desktop.plans import (
    CareerPlan,
    PlanFileError,
    check_plan,
    company_text,
    missing_references,
    plan_from_json,
    plan_to_json,
)
from netmkt_desktop.render import progression_text
from netmkt_desktop.tiers import Tier, suggested_focus
from netmkt_desktop.ui import dialogs
from netmkt_desktop.ui.i18n import goal_target_label, month_label, tier_full_label, translate_core, unlisted_tier_note
from netmkt_desktop.ui.ladder_view import LadderView, scroll_wrapped
from netmkt_desktop.ui.operations import run_store_action
from netmkt_desktop.ui.safe_text import plain_label
from netmkt_desktop.validation import PLAN_FILE_MAX_BYTES

if TYPE_CHECKING:
    from netmkt_desktop.storage.plans import Plans
    from netmkt_desktop.storage.store import ProfileData

PLAN_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class _DeletePlan(QUndoCommand):
    def __init__(self, view: PlansView, plan: CareerPlan):
        super().__init__(QCoreApplication.translate("PlansView", "删除规划“{title}”").format(title=plan.title))
        self.view, self.plan_id, self.title = view, plan.id, plan.title  # a profile switch clears the stack

    def redo(self) -> None:
        self.view.plans_store.delete(self.plan_id)
        self.view.reload()
        self.view.notice.emit(QCoreApplication.translate("PlansView", "已删除规划“{title}”,按 Ctrl+Z 撤销。")
                              .format(title=self.title))

    def undo(self) -> None:
        self.view.plans_store.restore(self.plan_id)
        self.view.reload(select=self.plan_id)
        self.view.notice.emit(QCoreApplication.translate("PlansView", "已恢复规划“{title}”。").format(title=self.title))


class PlansView(QWidget):
    """Lists the plans of one profile and shows the chosen one."""

    new_requested = Signal()
    edit_requested = Signal(object)  # CareerPlan
    notice = Signal(str)  # what an action did, for the status bar ("已导出到 …")

    def __init__(self, content: Content, undo_stack: QUndoStack | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("plansView")
        self.setAccessibleName(self.tr("我的规划"))
        self.content = content
        self.plans_store: Plans | None = None  # ``data.plans`` of the profile shown
        self.data: ProfileData | None = None  # the profile's data, for 交作业 and 导入批改
        self.profile_name = ""
        self.handin_dialog = None
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self.plans: list[CareerPlan] = []

        self.list = QListWidget()
        self.list.setObjectName("plansList")
        self.list.setAccessibleName(self.tr("规划列表"))
        self.list.currentItemChanged.connect(self._on_list_current_item_changed)
        self.list.itemActivated.connect(lambda _item: self.edit_current())

        self.actions_by_name: dict[str, QAction] = {}
        bar = QToolBar()
        bar.setObjectName("plansToolbar")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for name, text, slot in (("new", self.tr("新建"), self.new_requested.emit),
                                 ("edit", self.tr("编辑"), self.edit_current),
                                 ("duplicate", self.tr("复制"), self.duplicate_current),
                                 ("delete", self.tr("删除"), self.delete_current),
                                 ("pdf", self.tr("导出PDF"), self.export_pdf),
                                 ("print", self.tr("打印"), self.print_current),
                                 ("export", self.tr("导出文件"), self.export_file),
                                 ("import", self.tr("导入文件"), self.import_file),
                                 ("handin", self.tr("交作业"), self.hand_in_current),
                                 ("review", self.tr("导入批改"), lambda: self.import_review())):
            action = QAction(text, self)
            action.setObjectName(f"plan_{name}_action")
            action.triggered.connect(slot)
            self.actions_by_name[name] = action
            bar.addAction(action)
            bar.widgetForAction(action).setObjectName(f"plan_{name}_button")

        self.title_label = plain_label()
        self.title_label.setObjectName("planTitleLabel")
        self.title_label.setWordWrap(True)
        font = self.title_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.title_label.setFont(font)
        self.info_label = plain_label()
        self.info_label.setObjectName("planInfoLabel")
        self.info_label.setWordWrap(True)
        self.missing_label = plain_label()
        self.missing_label.setObjectName("planMissingLabel")
        self.missing_label.setWordWrap(True)
        self.missing_label.setStyleSheet("font-weight:bold;")
        # The teacher's comment imported with 导入批改 (plain text: it comes from a file)
        self.review_label = plain_label()
        self.review_label.setObjectName("planReviewLabel")
        self.review_label.setAccessibleName(self.tr("教师评语"))
        self.review_label.setWordWrap(True)
        self.review_label.setTextFormat(Qt.TextFormat.PlainText)
        self.review_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.review_label.setMargin(6)
        # A long comment scrolls in a box a few lines high instead of pushing the ladder away
        self.review_area = QScrollArea()
        self.review_area.setObjectName("planReviewArea")
        self.review_area.setWidget(self.review_label)
        self.review_area.setWidgetResizable(True)
        self.review_area.setFrameShape(QFrame.Shape.StyledPanel)
        self.review_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.review_area.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.review_area.installEventFilter(self)
        self.ladder = LadderView()
        self.goals_table = QTableWidget(0, 4)
        self.goals_table.setObjectName("goalsTable")
        self.goals_table.setAccessibleName(self.tr("层级目标"))
        self.goals_table.setHorizontalHeaderLabels([self.tr("层级"), self.tr("目标时间"), self.tr("要学要做的事"), self.tr("状态")])
        self.goals_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.goals_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.goals_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.goals_table.setWordWrap(True)
        self.goals_table.setTextElideMode(Qt.TextElideMode.ElideNone)
        header = self.goals_table.horizontalHeader()
        # The student's text takes the room; the other columns have fixed widths from the font (as
        # wide as the longest tier name, "2028年12月", "已达成" over its date), so that marking a goal
        # achieved never squeezes the text to a few characters a line.
        for column in (0, 1, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.goals_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # wrapped lines
        self.goals_table.verticalHeader().hide()
        self.goals_table.installEventFilter(self)
        self.goals_table.itemSelectionChanged.connect(self._update_buttons)
        # The app's suggestion for each goal's tier and the one textbook sentence it rests on.
        self.focus_label = plain_label()
        self.focus_label.setObjectName("planFocusLabel")
        self.focus_label.setWordWrap(True)
        self.focus_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        small = self.focus_label.font()
        small.setPointSizeF(small.pointSizeF() * 0.9)
        self.focus_label.setFont(small)
        self.today = date.today  # the date "today" means (tests set another)
        self.achieved_date = QDateEdit(QDate.currentDate())
        self.achieved_date.setObjectName("achievedDateEdit")
        self.achieved_date.setAccessibleName(self.tr("达成日期"))
        self.achieved_date.setDisplayFormat("yyyy-MM-dd")
        self.achieved_date.setMaximumDate(QDate.currentDate())  # a goal is reached on a day that has come
        self.achieved_button = QPushButton(self.tr("标记为已达成"))
        self.achieved_button.setObjectName("markAchievedButton")
        self.achieved_button.clicked.connect(self.toggle_achieved)
        achieved_row = QHBoxLayout()
        achieved_row.addWidget(plain_label(self.tr("达成日期")))
        achieved_row.addWidget(self.achieved_date)
        achieved_row.addWidget(self.achieved_button)
        achieved_row.addStretch(1)

        self.empty_label = plain_label()
        self.empty_label.setObjectName("plansEmptyLabel")
        self.empty_label.setWordWrap(True)

        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.empty_label, self.title_label, self.info_label, self.missing_label, self.review_area):
            detail_layout.addWidget(widget)
        self.ladder_area = scroll_wrapped(self.ladder)
        # On a small screen at a large zoom the plan scrolls as a whole (one scroll bar, like a
        # page) instead of squeezing the ladder and the goals into boxes a line high: the ladder
        # keeps at least its smallest readable size, the table the height of all its rows.
        self.goals_table.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.goals_table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.goals_table.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)
        detail_layout.addWidget(self.ladder_area, 2)
        detail_layout.addWidget(self.goals_table)
        detail_layout.addWidget(self.focus_label)
        detail_layout.addLayout(achieved_row)
        self.detail_area = QScrollArea()
        self.detail_area.setObjectName("planDetailScroll")
        self.detail_area.setFrameShape(QFrame.Shape.NoFrame)
        self.detail_area.setWidgetResizable(True)
        self.detail_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.detail_area.setWidget(detail)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("plansSplitter")
        splitter.addWidget(self.list)
        splitter.addWidget(self.detail_area)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([200, 500])
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.addWidget(bar)
        layout.addWidget(splitter, 1)
        self.show_plan(None)

    # -- data ------------------------------------------------------------------------------------

    def attach(self, plans: Plans | None, data: ProfileData | None = None, profile_name: str = "") -> None:
        """Show the plans of another profile (``data.plans``), or none; with ``data`` (the profile's
        data) 交作业 and 导入批改 work too."""
        self.plans_store = plans
        self.data = data if plans is not None else None
        self.profile_name = profile_name
        self.undo_stack.clear()
        self.reload()

    def reload(self, select: int | None = None) -> None:
        keep = select if select is not None else (self.current_plan().id if self.current_plan() else None)
        self.plans = self.plans_store.all() if self.plans_store is not None else []
        self.list.blockSignals(True)
        self.list.clear()
        for plan in self.plans:
            position = self.content.node(plan.position_id)
            where = position.title if position else self.tr("(岗位已不在内容中)")
            achieved = self.tr("已达成")
            item = QListWidgetItem(f"{plan.title}\n{where} · {plan.achieved_count}/{len(plan.goals)} {achieved}")
            item.setData(PLAN_ID_ROLE, plan.id)
            self.list.addItem(item)
        row = next((i for i, p in enumerate(self.plans) if p.id == keep), 0 if self.plans else -1)
        self.list.setCurrentRow(row)  # signals still blocked: the plan is shown once, below
        self.list.blockSignals(False)
        self.show_plan(self.plans[row] if row >= 0 else None)

    def current_plan(self) -> CareerPlan | None:
        row = self.list.currentRow()
        return self.plans[row] if 0 <= row < len(self.plans) else None

    def select_plan(self, plan_id: int) -> None:
        self.reload(select=plan_id)

    def _on_list_current_item_changed(self, *_args) -> None:
        self.show_plan(self.current_plan())

    def show_plan(self, plan: CareerPlan | None) -> None:
        has = plan is not None
        if self.plans_store is None:  # a guest, or the personal data is not open
            self.empty_label.setText(self.tr(
                "职业规划要保存在自己的学习档案里,访客模式不能制订规划。"
                "请用 文件 › 切换学习档案(Ctrl+Shift+P)选择或新建自己的档案。"))
        else:
            self.empty_label.setText(self.tr("还没有职业规划。点“新建”(Ctrl+N)开始制订第一份规划。"))
        self.empty_label.setVisible(not self.plans)
        for widget in (self.title_label, self.info_label, self.ladder_area, self.goals_table, self.focus_label):
            widget.setVisible(has)
        self.missing_label.hide()
        reviewed = has and bool(plan.teacher_comment.strip() or plan.teacher_grade)
        self.review_area.setVisible(reviewed)
        if plan is None:
            self.goals_table.setRowCount(0)
            self._update_buttons()
            return
        self.title_label.setText(plan.title)
        position = self.content.node(plan.position_id)
        current = tier_full_label(plan.current_tier) if plan.current_tier else self.tr("在校学生")
        if plan.current_tier is not None and not plan.is_listed(plan.current_tier):
            current = self.tr("{tier}({note})").format(tier=current, note=unlisted_tier_note())
        size = company_text(plan, translate_core)
        if plan.headcount > 0:
            size = self.tr("{size}({n}人)").format(size=size, n=plan.headcount)
        self.info_label.setText(self.tr("目标岗位:{position} · {size} · 现在:{current} · 已达成 {done}/{total}").format(
            position=position.title if position else plan.position_id, size=size, current=current,
            done=plan.achieved_count, total=len(plan.goals)))
        if plan.handin_version:
            self.info_label.setText(self.info_label.text() + self.tr(" · 已交作业(第 {n} 版)").format(
                n=plan.handin_version))
        if reviewed:
            from netmkt_desktop.ui.plan_document import grade_label

            grade = grade_label(plan.teacher_grade)
            head = (self.tr("教师评语(第 {n} 版,等级:{grade}):").format(n=plan.reviewed_version, grade=grade)
                    if grade else self.tr("教师评语(第 {n} 版):").format(n=plan.reviewed_version))
            self.review_label.setText(head + "\n" + plan.teacher_comment)
            self.fit_review()
        missing = missing_references(plan, self.content)
        if missing:
            self.missing_label.setText(self.tr("注意:") + ";".join(missing))
            self.missing_label.show()
        self.ladder.set_plan(plan)
        self.fit_ladder()
        self.goals_table.setRowCount(len(plan.goals))
        for row, goal in enumerate(plan.goals):
            status = self.tr("已达成\n{day}").format(day=goal.achieved_on.isoformat()) if goal.achieved_on else self.tr("未达成")
            tier = tier_full_label(goal.tier)
            if not plan.is_listed(goal.tier):
                tier = self.tr("{tier}\n({note})").format(tier=tier, note=unlisted_tier_note())
            for column, text in enumerate((tier, goal_target_label(goal), goal.actions, status)):
                self.goals_table.setItem(row, column, QTableWidgetItem(text))
        self.fit_columns()
        lines = [suggested_focus(t, translate_core) for t in sorted({g.tier for g in plan.goals})]
        quote = progression_text(self.content, translate_core)
        self.focus_label.setText("\n".join(lines + ([quote] if quote and lines else [])))
        self.focus_label.setVisible(bool(lines))
        self._update_buttons()

    def column_widths(self) -> tuple[int, int, int]:
        """The fixed widths of the tier, target and state columns in the table's font."""
        metrics = self.goals_table.fontMetrics()
        pad = metrics.horizontalAdvance("网") + 2 * self.goals_table.style().pixelMetric(
            QStyle.PixelMetric.PM_FocusFrameHMargin, None, self.goals_table)
        headers = [self.goals_table.horizontalHeaderItem(c).text() for c in (0, 1, 3)]
        header_metrics = self.goals_table.horizontalHeader().fontMetrics()
        tier = max(metrics.horizontalAdvance(tier_full_label(t)) for t in Tier)
        target = metrics.horizontalAdvance(month_label(2088, 12))
        state = max(metrics.horizontalAdvance(text) for text in (self.tr("未达成"), self.tr("已达成"), "2088-12-31"))
        return tuple(max(width, header_metrics.horizontalAdvance(head)) + pad
                     for width, head in zip((tier, target, state), headers))

    def fit_columns(self) -> None:
        """Fixed widths for tier, target and state; the text column takes the rest, its lines wrapped."""
        header = self.goals_table.horizontalHeader()
        for column, width in zip((0, 1, 3), self.column_widths()):
            header.resizeSection(column, width)

    def fit_ladder(self) -> None:
        """The ladder's pane as high as the ladder at its full size (the plan scrolls as a whole); where the
        list of plans beside it would leave the ladder too narrow (a small screen, a large zoom), the
        list goes above the plan instead."""
        area = self.ladder_area
        needed = self.ladder.sizeHint().height() + 2 * area.frameWidth()
        if area.width() - 2 * area.frameWidth() < self.ladder.minimumSizeHint().width():  # it scrolls sideways
            needed += area.horizontalScrollBar().sizeHint().height()
        area.setMinimumHeight(needed)
        line = self.fontMetrics().lineSpacing()
        beside = self.width() >= self.ladder.minimumSizeHint().width() + 12 * line
        wanted = Qt.Orientation.Horizontal if beside else Qt.Orientation.Vertical
        if self.splitter.orientation() != wanted:
            self.splitter.setOrientation(wanted)
            if beside:
                self.splitter.setSizes([200, 500])
            else:
                self.splitter.setSizes([4 * line, max(self.height() - 4 * line, 1)])

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.fit_ladder()

    def fit_review(self) -> None:
        """The comment's box as high as the comment, at most 7 lines (then it scrolls)."""
        frame = 2 * self.review_area.frameWidth()
        width = max(self.review_area.width() - frame - self.review_area.verticalScrollBar().sizeHint().width(), 100)
        needed = self.review_label.heightForWidth(width)
        cap = 7 * self.review_label.fontMetrics().lineSpacing() + 2 * self.review_label.margin()
        self.review_area.setFixedHeight(min(max(needed, 0), cap) + frame)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.review_area and event.type() == QEvent.Type.Resize:
            if event.size().width() != event.oldSize().width():
                QTimer.singleShot(0, self, self.fit_review)
            return False
        if watched is self.goals_table and event.type() == QEvent.Type.FontChange:  # the zoom
            QTimer.singleShot(0, self, self.fit_columns)
            QTimer.singleShot(0, self, self.fit_ladder)
        return False

    def _selected_goal(self):
        plan = self.current_plan()
        rows = self.goals_table.selectionModel().selectedRows() if plan else []
        return plan.goals[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        has = self.current_plan() is not None
        ready = self.plans_store is not None
        for name in ("edit", "duplicate", "delete", "pdf", "print", "export"):
            self.actions_by_name[name].setEnabled(has and ready)
        self.actions_by_name["new"].setEnabled(ready)
        self.actions_by_name["import"].setEnabled(ready)
        self.actions_by_name["handin"].setEnabled(has and ready and self.data is not None)
        self.actions_by_name["review"].setEnabled(ready and self.data is not None)
        goal = self._selected_goal()
        today = self.today()
        self.achieved_date.setMaximumDate(QDate(today.year, today.month, today.day))
        self.achieved_button.setEnabled(goal is not None)
        self.achieved_button.setText(self.tr("取消已达成") if goal and goal.achieved else self.tr("标记为已达成"))

    # -- actions ---------------------------------------------------------------------------------

    def edit_current(self) -> None:
        plan = self.current_plan()
        if plan is not None:
            self.edit_requested.emit(plan)

    def duplicate_current(self) -> None:
        plan = self.current_plan()
        if plan is not None:

            def show(copy: CareerPlan) -> None:
                self.select_plan(copy.id)
                self.notice.emit(self.tr("已复制为“{title}”。").format(title=copy.title))

            run_store_action(self, lambda: self.plans_store.duplicate(plan.id), on_done=show)

    def delete_current(self) -> None:
        plan = self.current_plan()
        if plan is None:
            return
        if not dialogs.confirm(self, self.tr("删除规划"), self.tr(
                "确定要删除规划“{title}”吗?\n删除后可以用“撤销”(Ctrl+Z)恢复。").format(title=plan.title)):
            return
        run_store_action(self, lambda: self.undo_stack.push(_DeletePlan(self, plan)))

    def toggle_achieved(self) -> None:
        plan, goal = self.current_plan(), self._selected_goal()
        if plan is None or goal is None:
            return
        d = self.achieved_date.date()
        when = None if goal.achieved else date(d.year(), d.month(), d.day())
        if when is not None and when > self.today():
            dialogs.show_error(self, self.tr("日期不对"), self.tr(
                "达成日期不能晚于今天({today})。请选择目标真正达成的那一天。").format(today=self.today().isoformat()))
            return
        row = self.goals_table.currentRow()
        def show(_result) -> None:
            self.reload(select=plan.id)
            self.goals_table.selectRow(row)
            tier = tier_full_label(goal.tier)
            self.notice.emit(self.tr("已把“{tier}”标记为已达成({day})。").format(tier=tier, day=when.isoformat())
                             if when else self.tr("已取消“{tier}”的已达成。").format(tier=tier))

        run_store_action(self, lambda: self.plans_store.set_goal_achieved(goal.id, when), on_done=show)

    def export_pdf(self) -> None:
        plan = self.current_plan()
        if plan is None:
            return
        path = dialogs.ask_save_path(self, self.tr("导出职业生涯规划书"), f"{plan.title}.pdf", self.tr("PDF 文件 (*.pdf)"))
        if not path:
            return
        from netmkt_desktop.ui.plan_document import PlanExportError, export_pdf

        try:
            pages = export_pdf(plan, self.content, path, details=self.student_details())
        except PlanExportError as exc:
            dialogs.show_error(self, self.tr("没有导出"), str(exc))
            return
        self.notice.emit(self.tr("已导出到 {path}(规划书,共 {pages} 页)。").format(path=path, pages=pages))

    def print_current(self) -> None:
        plan = self.current_plan()
        if plan is not None:
            from netmkt_desktop.ui.plan_document import print_plan

            self.print_dialog = print_plan(plan, self.content, self, details=self.student_details())

    def student_details(self):
        """The profile's 班级/学号/姓名 for the cover of the 职业生涯规划书 (None without them)."""
        if self.data is None:
            return None
        outcome = run_store_action(self, self.data.handins.details)
        return outcome.value if outcome else None

    def hand_in_current(self) -> None:
        """交作业: the preview dialog for the selected plan."""
        plan = self.current_plan()
        if plan is None or self.data is None:
            return
        from netmkt_desktop.ui.handin_dialog import open_handin

        self.handin_dialog = open_handin(self.data, plan, self.content, self.profile_name, self)
        self.handin_dialog.handed_in.connect(self._on_handin_dialog_handed_in)

    def _on_handin_dialog_handed_in(self, plan: CareerPlan, path: str) -> None:
        self.reload(select=plan.id)
        self.notice.emit(self.tr("已交作业“{title}”(第 {n} 版):{path}").format(
            title=plan.title, n=plan.handin_version, path=path))

    def import_review(self, path: str | None = None) -> None:
        """导入批改: a teacher's returned file; its comment is shown with the plan it belongs to."""
        if self.data is None:
            return
        from netmkt_desktop.ui.handin_dialog import import_review

        plan = import_review(self, self.data, path)
        if plan is not None:
            self.reload(select=plan.id)
            self.notice.emit(self.tr("已导入老师对“{title}”的批改。").format(title=plan.title))

    def export_file(self) -> None:
        plan = self.current_plan()
        if plan is None:
            return
        path = dialogs.ask_save_path(self, self.tr("导出规划文件"), f"{plan.title}.netmkt-plan.json", self.tr("学习规划文件 (*.netmkt-plan.json)"))
        if not path:
            return
        if dialogs.export_text(self, path, plan_to_json(plan)):
            self.notice.emit(self.tr("已导出到 {path}。").format(path=path))

    def import_file(self) -> None:
        path = dialogs.ask_open_path(self, self.tr("导入规划文件"), self.tr("学习规划文件 (*.netmkt-plan.json);;JSON 文件 (*.json);;所有文件 (*)"))
        if not path:
            return
        try:
            plan = plan_from_json(read_bounded(Path(path), PLAN_FILE_MAX_BYTES), today=self.today())
        except (BoundedReadError, PlanFileError) as exc:
            reason = str(exc) if isinstance(exc, PlanFileError) else describe_read_error(exc, PLAN_FILE_MAX_BYTES)
            dialogs.show_error(self, self.tr("没有导入"), self.tr("这个文件无法导入,没有做任何更改。\n{path}\n\n{reason}").format(
                path=path, reason=reason))
            return
        if not run_store_action(self, lambda: self.plans_store.save(plan), on_done=lambda saved: self.select_plan(saved.id)):
            return
        self.notice.emit(self.tr("已导入规划“{title}”(来自 {path})。").format(title=plan.title, path=path))
        problems = check_plan(plan)  # a file edited by hand, or made for another company size
        if problems:
            dialogs.show_info(self, self.tr("已导入"), self.tr(
                "已导入规划“{title}”,但其中有几处不符合规划的规则;编辑这份规划时需要先改正:\n\n{problems}").format(
                title=plan.title, problems="\n".join(f"• {p}" for p in problems)))
