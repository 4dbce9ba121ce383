"""A confirmation that may ask for a PIN or the teacher password, and stays open on a wrong one.

Used where an action on a profile is guarded (export, restore, the teacher's actions).  It opens
with ``open()`` (nothing blocks), shows the question, an optional password field, and calls
``submit(secret)``: the action runs in storage, which checks the secret; ``submit`` returns True
when the dialog may close, or shows the refusal with :meth:`GuardDialog.show_problem` and returns
False (a wrong PIN, a lock: the field is cleared, the problem shown, the dialog stays).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from netmkt_desktop.ui import dialogs
from netmkt_desktop.ui.safe_text import plain_label

PIN = "pin"
TEACHER = "teacher"


class GuardDialog(QDialog):
    """The question ``text``; with ``secret`` (PIN or TEACHER) a password field to fill first."""

    def __init__(self, title: str, text: str, submit: Callable[[str | None], bool], *, secret: str | None = None,
                 ok_text: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("guardDialog")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self._submit = submit
        self.secret = secret

        self.text_label = plain_label(text)
        self.text_label.setObjectName("guardTextLabel")
        self.text_label.setWordWrap(True)
        self.text_label.setTextFormat(Qt.TextFormat.PlainText)
        self.text_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("中" * 24))

        self.secret_edit = QLineEdit()
        self.secret_edit.setObjectName("guardSecretEdit")
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        label = self.tr("教师密码:") if secret == TEACHER else self.tr("PIN:")
        self.secret_edit.setAccessibleName(label.rstrip(":"))
        self.secret_edit.setMaxLength(64)

        self.problem_label = plain_label()
        self.problem_label.setObjectName("guardProblemLabel")
        self.problem_label.setAccessibleName(self.tr("问题"))
        self.problem_label.setWordWrap(True)
        self.problem_label.setTextFormat(Qt.TextFormat.PlainText)
        self.problem_label.setStyleSheet("font-weight:bold;")
        self.problem_label.hide()

        buttons, self.ok_button, self.cancel_button = dialogs.form_buttons(
            self, ok_text or self.tr("确定"), "guardOkButton", "guardCancelButton")

        layout = QVBoxLayout(self)
        layout.addWidget(self.text_label)
        if secret is not None:
            form = QFormLayout()
            form.addRow(label, self.secret_edit)
            layout.addLayout(form)
            self.secret_edit.setFocus()
        else:
            self.secret_edit.hide()
        layout.addWidget(self.problem_label)
        layout.addWidget(buttons)

    def show_problem(self, text: str) -> None:
        """Show why it did not work; the field is cleared for another try."""
        self.problem_label.setText(text)
        self.problem_label.setVisible(bool(text))
        self.secret_edit.clear()
        if self.secret is not None:
            self.secret_edit.setFocus()
        self.adjustSize()

    def accept(self) -> None:
        if self.secret is not None and not self.secret_edit.text():
            self.show_problem(self.tr("请先输入教师密码。") if self.secret == TEACHER else self.tr("请先输入 PIN。"))
            return
        if self._submit(self.secret_edit.text() if self.secret is not None else None):
            super().accept()
