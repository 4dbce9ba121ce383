"""教师设置: the teacher password of the data folder, and what only it allows.

The teacher password (教师密码) guards: restoring any profile's backups or the whole folder,
deleting any profile, resetting a student's forgotten PIN (one set while this password existed),
and changing or clearing the password itself.  Setting it the first time needs nothing — the
dialog says to do that early.  Like a PIN it is a lock in the app, not encryption.

The teacher unlocks the dialog by typing the password once; every action passes it on to storage,
which checks it again (and counts wrong ones, outside every backup).  Forms and confirmations are
opened with ``open()``; message boxes go through :mod:`netmkt_desktop.ui.dialogs`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from netmkt_desktop.errors import AccessDeniedError
from netmkt_desktop.pin import check_teacher_password, normalize_pin
from netmkt_desktop.ui import dialogs
from netmkt_desktop.ui.i18n import translate
from netmkt_desktop.ui.operations import run_store_action
from netmkt_desktop.ui.safe_text import plain_label, tooltip

if TYPE_CHECKING:
    from netmkt_desktop.records import Profile
    from netmkt_desktop.storage.store import Store


class Session(Protocol):
    """What the dialog needs of the window's session (``ui.session.Session``)."""

    profile_id: int | None

    def detach(self) -> None:
        """Let go of the data shown (before a restore may replace it)."""

    def reopen(self, profile_id: int | None) -> None:
        """Show the profile again if it may be opened, else offer the chooser."""


def _password_edit(name: str, accessible: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(64)
    return edit


class TeacherPasswordForm(QDialog):
    """Set, change or clear the teacher password; stays open with the problem when something is wrong."""

    SET, CHANGE, CLEAR = "set", "change", "clear"

    def __init__(self, mode: str, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("teacherPasswordForm")
        self.mode, self.store = mode, store
        titles = {self.SET: self.tr("设置教师密码"), self.CHANGE: self.tr("修改教师密码"), self.CLEAR: self.tr("清除教师密码")}
        intros = {
            self.SET: self.tr("教师密码为 6–64 个字符。请记住它:忘记了无法找回,只能由能打开数据文件夹的人删除"
                              "“teacher.json”文件(那样以前设置的 PIN 老师也不能再重置)。"),
            self.CHANGE: self.tr("先输入现在的教师密码,再输入两次新的。修改后,老师仍能重置以前设置的 PIN。"),
            self.CLEAR: self.tr("输入现在的教师密码来确认。清除后,忘记的 PIN 无法重置;以后再设置的新教师密码"
                                "也不能重置现在已有的 PIN。"),
        }
        self.setWindowTitle(titles[mode])
        self.setAccessibleName(titles[mode])
        self.intro_label = plain_label(intros[mode])
        self.intro_label.setWordWrap(True)
        self.intro_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("中" * 24))
        self.current_edit = _password_edit("currentTeacherPasswordEdit", self.tr("现在的教师密码"))
        self.new_edit = _password_edit("newTeacherPasswordEdit", self.tr("新的教师密码"))
        self.again_edit = _password_edit("newTeacherPasswordAgainEdit", self.tr("再输入一次新的教师密码"))
        form = QFormLayout()
        form.addRow(self.tr("现在的教师密码:"), self.current_edit)
        form.addRow(self.tr("新的教师密码:"), self.new_edit)
        form.addRow(self.tr("再输入一次:"), self.again_edit)
        form.setRowVisible(self.current_edit, mode != self.SET)
        form.setRowVisible(self.new_edit, mode != self.CLEAR)
        form.setRowVisible(self.again_edit, mode != self.CLEAR)
        self.problem_label = plain_label()
        self.problem_label.setObjectName("teacherFormProblemLabel")
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("font-weight:bold;")
        self.problem_label.hide()
        buttons, self.ok_button, _cancel = dialogs.form_buttons(
            self, self.tr("清除") if mode == self.CLEAR else self.tr("保存"), "teacherFormOkButton")
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addLayout(form)
        layout.addWidget(self.problem_label)
        layout.addWidget(buttons)
        (self.current_edit if mode != self.SET else self.new_edit).setFocus()

    def show_problem(self, text: str, field: QLineEdit | None = None) -> None:
        self.problem_label.setText(text)
        self.problem_label.setVisible(bool(text))
        if field is not None:
            field.clear()
            field.setFocus()
        self.adjustSize()

    def accept(self) -> None:
        teacher = self.store.profiles.teacher
        current = self.current_edit.text() or None
        if self.mode != self.CLEAR:
            problems = check_teacher_password(self.new_edit.text(), translate)
            if problems:
                self.show_problem(problems[0], self.new_edit)
                return
            if normalize_pin(self.new_edit.text()) != normalize_pin(self.again_edit.text()):
                self.show_problem(self.tr("两次输入的教师密码不一样,请再输入一次。"), self.again_edit)
                return
            action = lambda: teacher.set(self.new_edit.text(), current=current)  # noqa: E731
        else:
            action = lambda: teacher.clear(current=current)  # noqa: E731
        outcome = run_store_action(self, action, on_invalid=lambda exc: self.show_problem(
            str(exc), self.current_edit if isinstance(exc, AccessDeniedError) else self.new_edit))
        if outcome:
            super().accept()


class TeacherDialog(QDialog):
    """教师设置: the teacher password, and the teacher's actions on profiles and the whole folder."""

    profiles_changed = Signal()

    def __init__(self, store: Store, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("teacherDialog")
        self.setWindowTitle(self.tr("教师设置"))
        self.setAccessibleName(self.tr("教师设置"))
        self.store, self.session = store, session
        self.password: str | None = None  # typed to unlock; storage checks it again for each action
        self.profiles: list[Profile] = []
        self.form: QDialog | None = None
        self.backup_dialog = None

        self.intro_label = plain_label(self.tr(
            "教师密码保护整个数据文件夹:有了它,老师可以恢复任何学习档案或整个文件夹的备份、删除学习档案、"
            "重置学生忘记的 PIN(在设置教师密码之后设置的 PIN)。教师密码和 PIN 一样,是本软件里的一把锁,"
            "不是文件加密:能直接复制数据文件夹的人仍能读到里面的内容。"))
        self.intro_label.setObjectName("teacherIntroLabel")
        self.intro_label.setWordWrap(True)

        self.status_label = plain_label()
        self.status_label.setObjectName("teacherStatusLabel")
        self.status_label.setWordWrap(True)
        self.set_button = QPushButton()
        self.set_button.setObjectName("setTeacherPasswordButton")
        self.set_button.clicked.connect(self.set_password)
        self.clear_button = QPushButton(self.tr("清除教师密码…"))
        self.clear_button.setObjectName("clearTeacherPasswordButton")
        self.clear_button.clicked.connect(self.clear_password)
        password_box = QGroupBox(self.tr("教师密码"))
        row = QHBoxLayout()
        row.addWidget(self.set_button)
        row.addWidget(self.clear_button)
        row.addStretch(1)
        box_layout = QVBoxLayout(password_box)
        box_layout.addWidget(self.status_label)
        box_layout.addLayout(row)

        self.unlock_edit = _password_edit("unlockTeacherPasswordEdit", self.tr("教师密码"))
        self.unlock_edit.setPlaceholderText(self.tr("输入教师密码后按回车"))
        self.unlock_edit.returnPressed.connect(self.unlock)
        self.unlock_button = QPushButton(self.tr("解锁"))
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setAutoDefault(False)
        self.unlock_button.clicked.connect(self.unlock)
        self.message_label = plain_label()
        self.message_label.setObjectName("teacherMessageLabel")
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet("font-weight:bold;")
        self.message_label.hide()

        self.table = QTableWidget(0, 3)
        self.table.setObjectName("teacherProfileTable")
        self.table.setAccessibleName(self.tr("学习档案"))
        self.table.setHorizontalHeaderLabels([self.tr("名字"), self.tr("班级"), self.tr("PIN")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._on_table_item_selection_changed)

        self.restore_button = QPushButton(self.tr("这个档案的备份…"))
        self.restore_button.setObjectName("teacherRestoreButton")
        self.restore_button.clicked.connect(self.profile_backups)
        self.reset_pin_button = QPushButton(self.tr("重置 PIN…"))
        self.reset_pin_button.setObjectName("teacherResetPinButton")
        self.reset_pin_button.clicked.connect(self.reset_pin)
        self.delete_button = QPushButton(self.tr("删除档案…"))
        self.delete_button.setObjectName("teacherDeleteButton")
        self.delete_button.clicked.connect(self.delete_profile)
        self.folder_button = QPushButton(self.tr("整个文件夹的备份与恢复…"))
        self.folder_button.setObjectName("folderBackupsButton")
        self.folder_button.clicked.connect(self.folder_backups)
        self.actions_box = QGroupBox(self.tr("老师的操作"))
        unlock_row = QHBoxLayout()
        unlock_row.addWidget(plain_label(self.tr("教师密码:")))
        unlock_row.addWidget(self.unlock_edit, 1)
        unlock_row.addWidget(self.unlock_button)
        tools = QHBoxLayout()
        for button in (self.restore_button, self.reset_pin_button, self.delete_button):
            button.setAutoDefault(False)
            tools.addWidget(button)
        tools.addStretch(1)
        self.folder_button.setAutoDefault(False)
        actions_layout = QVBoxLayout(self.actions_box)
        actions_layout.addLayout(unlock_row)
        actions_layout.addWidget(self.message_label)
        actions_layout.addWidget(self.table, 1)
        actions_layout.addLayout(tools)
        actions_layout.addWidget(self.folder_button)

        close = QPushButton(self.tr("关闭"))
        close.setObjectName("closeButton")
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addWidget(password_box)
        layout.addWidget(self.actions_box, 1)
        layout.addLayout(bottom)
        self._apply_metrics()
        self.refresh()

    def _apply_metrics(self) -> None:
        width = self.fontMetrics().horizontalAdvance("中")
        self.intro_label.setMinimumWidth(width * 30)
        self.table.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)
        screen = self.screen()
        wanted = self.sizeHint().expandedTo(self.minimumSizeHint())
        wanted.setWidth(max(wanted.width(), width * 36))
        if screen is not None:
            wanted = wanted.boundedTo(screen.availableGeometry().size() * 0.92)
        self.resize(wanted)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and hasattr(self, "table"):
            self._apply_metrics()

    # -- state -----------------------------------------------------------------------------------

    def is_set(self) -> bool:
        return bool(run_store_action(self, self.store.profiles.teacher.is_set).value)

    def refresh(self) -> None:
        """Read the password's state and the profiles again."""
        is_set = self.is_set()
        if not is_set:
            self.password = None
        self.status_label.setText(self.tr("已设置教师密码。") if is_set else self.tr(
            "还没有设置教师密码:任何人都可以先设置一个,所以请老师尽早设置。没有教师密码时,学生忘记的 PIN 无法重置,"
            "有 PIN 的档案也只能用它的 PIN 删除。"))
        self.set_button.setText(self.tr("修改教师密码…") if is_set else self.tr("设置教师密码…"))
        self.clear_button.setEnabled(is_set)
        self.unlock_edit.setEnabled(is_set and self.password is None)
        self.unlock_button.setEnabled(is_set and self.password is None)
        keep = self.selected_profile()
        self.profiles = run_store_action(self, self.store.profiles.all).value or []
        self.table.setRowCount(0)
        for row, profile in enumerate(self.profiles):
            self.table.insertRow(row)
            pin = (self.tr("有(可以重置)") if profile.teacher_can_reset else self.tr("有")) if profile.has_pin else ""
            for column, text in enumerate((profile.name, profile.class_name, pin)):
                item = QTableWidgetItem(text)
                item.setToolTip(tooltip(text))
                self.table.setItem(row, column, item)
        rows = [i for i, p in enumerate(self.profiles) if keep is not None and p.id == keep.id]
        if rows:
            self.table.selectRow(rows[0])
        self._update_buttons()

    def selected_profile(self) -> Profile | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or rows[0].row() >= len(self.profiles):
            return None
        return self.profiles[rows[0].row()]

    def select_profile(self, profile_id: int) -> None:
        for row, profile in enumerate(self.profiles):
            if profile.id == profile_id:
                self.table.selectRow(row)

    def _update_buttons(self) -> None:
        unlocked = self.password is not None
        profile = self.selected_profile()
        self.table.setEnabled(unlocked)
        self.folder_button.setEnabled(unlocked)
        self.restore_button.setEnabled(unlocked and profile is not None)
        self.delete_button.setEnabled(unlocked and profile is not None)
        self.reset_pin_button.setEnabled(unlocked and profile is not None and profile.has_pin)
        if profile is not None and profile.has_pin and not profile.teacher_can_reset:
            self.reset_pin_button.setToolTip(self.tr("这个 PIN 是在设置现在的教师密码之前设置的,老师不能重置它。"))
        else:
            self.reset_pin_button.setToolTip("")

    def _on_table_item_selection_changed(self) -> None:
        self._update_buttons()

    def show_message(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    def _changed(self, message: str = "") -> None:
        self.refresh()
        self.show_message(message)
        self.profiles_changed.emit()

    # -- the password ----------------------------------------------------------------------------

    def _open_form(self, form: QDialog) -> QDialog:
        form.accepted.connect(lambda: self._changed(self.tr("已保存。")))
        return dialogs.open_one(self, "form", form)

    def set_password(self) -> QDialog:
        mode = TeacherPasswordForm.CHANGE if self.is_set() else TeacherPasswordForm.SET
        form = TeacherPasswordForm(mode, self.store, self)
        form.accepted.connect(lambda: setattr(self, "password", None))  # unlock again with the new one
        return self._open_form(form)

    def clear_password(self) -> QDialog:
        form = TeacherPasswordForm(TeacherPasswordForm.CLEAR, self.store, self)
        form.accepted.connect(lambda: setattr(self, "password", None))
        return self._open_form(form)

    def unlock(self) -> None:
        typed = self.unlock_edit.text()
        if not typed:
            self.show_message(self.tr("请先输入教师密码。"))
            return
        result = run_store_action(self, lambda: self.store.profiles.teacher.check(typed)).value
        self.unlock_edit.clear()
        if result is None:
            return
        if not result.ok:
            self.show_message(result.message)
            return
        self.password = typed
        self.show_message(self.tr("已解锁:关闭这个窗口后要重新输入教师密码。"))
        self.refresh()

    # -- actions ---------------------------------------------------------------------------------

    def _after_restore_of(self, profile_id: int | None):
        """What a restore that may touch the profile in use does before and after (the session lets
        go of its data and takes it up again)."""
        session = self.session
        in_use = session.profile_id

        def before() -> None:
            if profile_id is None or profile_id == in_use:
                session.detach()

        def after() -> None:
            if profile_id is None or profile_id == in_use:
                session.reopen(in_use)
            self._changed()

        return before, after

    def profile_backups(self):
        profile = self.selected_profile()
        if profile is None or self.password is None:
            return None
        from netmkt_desktop.ui.backup_dialog import BackupDialog
        from netmkt_desktop.ui.backup_sources import ProfileBackupSource

        place = self.store.profiles.folder(profile.id)

        def back_up():
            from netmkt_desktop.storage.backups import make_backup

            return make_backup(place.database, place.backups, "manual")

        before, after = self._after_restore_of(profile.id)
        dialog = BackupDialog(ProfileBackupSource(self.store, profile, teacher=self.password, back_up=back_up,
                                                  before_restore=before, after_restore=after), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.backup_dialog = dialog
        dialog.open()
        return dialog

    def folder_backups(self):
        if self.password is None:
            return None
        from netmkt_desktop.ui.backup_dialog import BackupDialog
        from netmkt_desktop.ui.backup_sources import FolderBackupSource

        before, after = self._after_restore_of(None)
        dialog = BackupDialog(FolderBackupSource(self.store, self.password, before_restore=before,
                                                 after_restore=after), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.backup_dialog = dialog
        dialog.open()
        return dialog

    def reset_pin(self):
        profile = self.selected_profile()
        if profile is None or self.password is None or not profile.has_pin:
            return None
        from netmkt_desktop.ui.profile_forms import ProfileFormDialog

        password = self.password

        def submit(form: ProfileFormDialog) -> bool:
            ok, first = form.new_pin(optional=False)
            if not ok:
                return False
            outcome = run_store_action(form, lambda: self.store.profiles.set_pin(profile.id, first, teacher=password),
                                       on_invalid=lambda exc: form.show_problem(str(exc), form.new_pin_edit))
            if outcome:
                self._changed(self.tr("已重置“{name}”的 PIN,请把新的 PIN 告诉这位同学。").format(name=profile.name))
            return outcome.ok

        form = ProfileFormDialog(ProfileFormDialog.SET_PIN, submit, profile, self, teacher_set=True, by_teacher=True)
        return dialogs.open_one(self, "form", form)

    def delete_profile(self) -> None:
        profile = self.selected_profile()
        if profile is None or self.password is None:
            return
        if profile.id == self.session.profile_id:
            dialogs.show_error(self, self.tr("不能删除正在使用的档案"), self.tr(
                "“{name}”是现在正在使用的学习档案,不能删除。请先换用其他档案(或访客模式)。").format(name=profile.name))
            return
        if not dialogs.confirm(self, self.tr("删除学习档案"), self.tr(
                "删除学习档案“{name}”吗?\n\n它的职业规划、笔记、书签、测验记录、学习进度和它自己的备份都会删除。"
                "关闭本软件之前,可以在“切换学习档案”里用“撤销删除”找回;之后就彻底删除了。").format(name=profile.name)):
            return
        outcome = run_store_action(self, lambda: self.store.profiles.delete(profile.id, teacher=self.password),
                                   title=self.tr("没有删除"), on_not_found=lambda _exc: self.refresh())
        if outcome:
            self._changed(self.tr("已删除学习档案“{name}”。").format(name=profile.name))
