"""学生信息: the student's 班级, 学号 and 姓名 (all optional), kept in the profile's own data.

They name the hand-in file (``班级_学号_姓名_职业生涯规划.netmkt-plan.json``), go into it for the
teacher, stand on the cover of the 职业生涯规划书, and decide whose a returned comment is (导入批改).
The dialog is opened with ``open()`` (from the profile chooser's 学生信息… and from 交作业); a
problem with what was typed is shown in the dialog, which stays open with the text as typed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from netmkt_desktop.handin import STUDENT_NUMBER_LIMIT, StudentDetails
from netmkt_desktop.ui import dialogs
from netmkt_desktop.ui.operations import run_store_action
from netmkt_desktop.validation import CLASS_LIMIT, NAME_LIMIT
from netmkt_desktop.ui.safe_text import plain_label

if TYPE_CHECKING:
    from netmkt_desktop.storage.handins import HandIns


class StudentDetailsDialog(QDialog):
    """Edit the student details of the profile in use; ``details_saved`` once they are stored."""

    details_saved = Signal(object)  # StudentDetails

    def __init__(self, handins: HandIns, profile_name: str = "", parent: QWidget | None = None,
                 suggested: StudentDetails | None = None):
        super().__init__(parent)
        self.setObjectName("studentDetailsDialog")
        self.setWindowTitle(self.tr("学生信息"))
        self.setAccessibleName(self.tr("学生信息"))
        self.handins = handins
        outcome = run_store_action(self, handins.details)
        details = outcome.value if outcome else StudentDetails()
        if details.is_empty and suggested is not None:  # nothing filled in yet: start from what is known
            details = suggested

        intro = self.tr("交作业时,这些信息写进交给老师的文件和职业生涯规划书的封面;老师批改后,"
                        "只有信息相同的档案才能导入批改。都可以不填,但老师需要知道作业是谁交的。")
        if profile_name:
            intro = self.tr("学习档案“{name}”的学生信息。").format(name=profile_name) + "\n" + intro
        self.intro_label = plain_label(intro)
        self.intro_label.setObjectName("studentDetailsIntro")
        self.intro_label.setWordWrap(True)
        self.intro_label.setTextFormat(Qt.TextFormat.PlainText)

        def edit(name: str, accessible: str, value: str, limit: int, hint: str) -> QLineEdit:
            line = QLineEdit(value)
            line.setObjectName(name)
            line.setAccessibleName(accessible)
            line.setMaxLength(limit)
            line.setPlaceholderText(hint)
            line.textChanged.connect(self._on_field_text_changed)
            return line

        self.class_edit = edit("studentClassEdit", self.tr("班级"), details.class_name, CLASS_LIMIT,
                               self.tr("例如:电商2301班"))
        self.number_edit = edit("studentNumberEdit", self.tr("学号"), details.student_number,
                                STUDENT_NUMBER_LIMIT, self.tr("例如:2023001"))
        self.name_edit = edit("studentNameEdit", self.tr("姓名"), details.student_name, NAME_LIMIT,
                              self.tr("真实姓名"))
        self.problem_label = plain_label()
        self.problem_label.setObjectName("studentDetailsProblem")
        self.problem_label.setAccessibleName(self.tr("问题"))
        self.problem_label.setWordWrap(True)
        self.problem_label.setTextFormat(Qt.TextFormat.PlainText)
        self.problem_label.setStyleSheet("font-weight:bold;")
        self.problem_label.hide()

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("班级(&C):"), self.class_edit)
        form.addRow(self.tr("学号(&N):"), self.number_edit)
        form.addRow(self.tr("姓名(&A):"), self.name_edit)

        buttons, self.save_button, self.cancel_button = dialogs.form_buttons(
            self, self.tr("保存"), "saveStudentDetailsButton", "cancelStudentDetailsButton")

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addLayout(form)
        layout.addWidget(self.problem_label)
        layout.addWidget(buttons)
        width = self.fontMetrics().horizontalAdvance("中") * 30
        self.setMinimumWidth(min(width, 900))

    def typed(self) -> StudentDetails:
        return StudentDetails(self.class_edit.text(), self.number_edit.text(), self.name_edit.text())

    def _on_field_text_changed(self, _text: str) -> None:
        self.problem_label.hide()

    def _show_problems(self, exc) -> None:
        problems = exc.params.get("problems") or [str(exc)]
        self.problem_label.setText("\n".join(problems))
        self.problem_label.show()

    def accept(self) -> None:
        outcome = run_store_action(self, lambda: self.handins.set_details(self.typed()), on_invalid=self._show_problems)
        if not outcome:
            return  # the dialog stays open with what was typed
        self.details_saved.emit(outcome.value)
        super().accept()


def open_student_details(handins: HandIns, profile_name: str, parent: QWidget | None,
                         suggested: StudentDetails | None = None) -> StudentDetailsDialog:
    """Open (never ``exec()``) the dialog for ``handins`` (``data.handins``); it deletes itself on close.
    ``suggested`` fills the form while the student has no details yet (the profile's class, say)."""
    dialog = StudentDetailsDialog(handins, profile_name, parent, suggested)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
