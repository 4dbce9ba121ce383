"""The small forms of the profile chooser: 新建, 重命名, 设置 / 修改 / 取消 PIN and 删除 a profile
(and the teacher's 重置 PIN, in :mod:`netmkt_desktop.ui.teacher_dialog`).

A :class:`ProfileFormDialog` is opened with ``open()``, never ``exec()``; it shows the fields its
action needs (the profile's PIN, the teacher password where it may stand in, a new PIN twice) and
says when a forgotten PIN cannot be reset.  What the form checks itself — a new PIN typed twice,
a PIN or password asked for and left empty — it shows beside the field; the action itself is the
``submit`` its opener gives, which runs it in storage.  A problem never closes the form: what was
typed stays, and the problem goes as soon as its field is put right.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QDialog, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from netmkt_desktop.errors import AccessDeniedError, ErrorCode
from netmkt_desktop.pin import check_pin, normalize_pin
from netmkt_desktop.ui import dialogs
from netmkt_desktop.ui.i18n import translate
from netmkt_desktop.ui.safe_text import plain_label
from netmkt_desktop.validation import CLASS_LIMIT, NAME_LIMIT, check_class_name, check_profile_name

if TYPE_CHECKING:
    from netmkt_desktop.records import Profile


def pin_edit(object_name: str, accessible_name: str) -> QLineEdit:
    """A password field for a PIN (the chooser's and the forms')."""
    edit = QLineEdit()
    edit.setObjectName(object_name)
    edit.setAccessibleName(accessible_name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(16)  # PINs are 4-8 digits; longer input is refused with a clear message
    return edit


def grow_to_fit(window: QWidget) -> None:
    """A label that appeared should make the window taller, not squeeze the fields (within the screen)."""
    layout = window.layout()
    if layout is None or not window.isVisible():
        return
    layout.activate()
    wanted = window.size().expandedTo(window.sizeHint())
    screen = window.screen()
    if screen is not None:
        wanted = wanted.boundedTo(screen.availableGeometry().size())
    if wanted != window.size():
        window.resize(wanted)


def text_width(widget: QWidget, characters: int) -> int:
    """The width of ``characters`` Chinese characters in ``widget``'s font (sizes follow the zoom)."""
    return widget.fontMetrics().horizontalAdvance("中" * characters)



class ProfileFormDialog(QDialog):
    """A small form for one profile action; opened with ``open()`` and never closed on a problem.

    ``submit(form)`` does the work and returns True when the form may close; problems with what was
    typed are shown in :attr:`problem_label` (``show_problem``), so nothing typed is lost.
    """

    CREATE, RENAME, SET_PIN, REMOVE_PIN, DELETE = "create", "rename", "set_pin", "remove_pin", "delete"

    def __init__(self, mode: str, submit: Callable[[ProfileFormDialog], bool], profile: Profile | None = None,
                 parent: QWidget | None = None, *, teacher_set: bool = False, by_teacher: bool = False):
        super().__init__(parent)
        self.setObjectName("profileFormDialog")
        self.mode, self.profile, self._submit = mode, profile, submit
        has_pin = profile is not None and profile.has_pin
        name = profile.name if profile is not None else ""
        titles = {
            self.CREATE: self.tr("新建学习档案"),
            self.RENAME: self.tr("重命名学习档案"),
            self.SET_PIN: self.tr("修改 PIN") if has_pin else self.tr("设置 PIN"),
            self.REMOVE_PIN: self.tr("取消 PIN"),
            self.DELETE: self.tr("删除学习档案"),
        }
        delete_intro = self.tr(
            "删除学习档案“{name}”:它的职业规划、笔记、书签、测验记录、学习进度和它自己的备份都会删除。"
            "在关闭本软件之前可以撤销;之后就彻底删除了(只有老师做的整个文件夹的备份里还有它,"
            "直到被更新的备份替换)。想保留的话,请先打开这个档案,用“导出我的数据”保存一份。").format(name=name)
        if by_teacher:
            has_pin = False  # the teacher's password was typed already: no PIN fields
        if has_pin:
            delete_intro += "\n\n" + self.tr("请输入“{name}”的 PIN 来确认。").format(name=name)
        elif teacher_set:
            delete_intro += "\n\n" + self.tr("这台电脑设置了教师密码:删除学习档案需要教师密码。")
        intros = {
            self.CREATE: self.tr("名字必填,班级可以不填。设置 PIN 后,打开这个档案要先输入 PIN,"
                                 "别的同学就不能在本软件里打开你的规划和笔记。PIN 是本软件里的一把锁,"
                                 "不是文件加密:能直接复制数据文件夹的人仍能读到里面的内容。"),
            self.RENAME: (self.tr("修改“{name}”的名字和班级。请先输入它的 PIN。") if has_pin else
                          self.tr("修改“{name}”的名字和班级。")).format(name=name),
            self.SET_PIN: (self.tr("重置“{name}”的 PIN:输入两次新的 PIN,再告诉这位同学。") if by_teacher else
                           self.tr("先输入“{name}”现在的 PIN,再输入两次新的 PIN。") if has_pin else
                           self.tr("为“{name}”设置 PIN。以后打开、改名、导出或删除这个档案都要先输入 PIN。"
                                   "PIN 是本软件里的一把锁,不是文件加密。")).format(name=name),
            self.REMOVE_PIN: self.tr("输入“{name}”现在的 PIN 来确认。取消 PIN 后,任何人都能打开这个档案。")
            .format(name=name),
            self.DELETE: delete_intro,
        }
        self.setWindowTitle(titles[mode])
        self.setAccessibleName(titles[mode])

        self.intro_label = plain_label(intros[mode])
        self.intro_label.setObjectName("formIntroLabel")
        self.intro_label.setWordWrap(True)

        self.name_edit = QLineEdit(name if mode == self.RENAME else "")
        self.name_edit.setObjectName("profileNameEdit")
        self.name_edit.setAccessibleName(self.tr("名字"))
        self.name_edit.setMaxLength(NAME_LIMIT)
        self.name_edit.setPlaceholderText(self.tr("例如:张三 或 张三-12号"))
        self.class_edit = QLineEdit(profile.class_name if mode == self.RENAME and profile is not None else "")
        self.class_edit.setObjectName("profileClassEdit")
        self.class_edit.setAccessibleName(self.tr("班级"))
        self.class_edit.setMaxLength(CLASS_LIMIT)
        self.class_edit.setPlaceholderText(self.tr("可以不填"))
        self.current_pin_edit = pin_edit("currentPinEdit", self.tr("现在的 PIN"))
        self.teacher_edit = QLineEdit()
        self.teacher_edit.setObjectName("teacherPasswordEdit")
        self.teacher_edit.setAccessibleName(self.tr("教师密码"))
        self.teacher_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.teacher_edit.setMaxLength(64)
        self.forgot_label = plain_label()
        self.forgot_label.setObjectName("forgotPinLabel")
        self.forgot_label.setWordWrap(True)
        self.new_pin_edit = pin_edit("newPinEdit", self.tr("新的 PIN"))
        self.new_pin_again_edit = pin_edit("newPinAgainEdit", self.tr("再输入一次新的 PIN"))
        if mode == self.CREATE:
            self.new_pin_edit.setPlaceholderText(self.tr("可以不设"))
        self.pin_hint_label = plain_label(self.tr("PIN 为 4–8 位数字。"))
        self.pin_hint_label.setObjectName("pinHintLabel")
        self.pin_hint_label.setWordWrap(True)

        self.problem_label = plain_label()
        self.problem_label.setObjectName("formProblemLabel")
        self.problem_label.setAccessibleName(self.tr("问题"))
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("font-weight:bold;")
        self.problem_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem_label.hide()
        # The field a shown problem is about and what it held then: the problem goes as soon as the
        # field is put right.
        self._problem_field: QLineEdit | None = None
        self._refused = ""

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("名字:"), self.name_edit)
        form.addRow(self.tr("班级:"), self.class_edit)
        form.addRow(self.tr("现在的 PIN:"), self.current_pin_edit)
        form.addRow(self.tr("或者教师密码:") if has_pin else self.tr("教师密码:"), self.teacher_edit)
        form.addRow(self.tr("新的 PIN:") if mode != self.CREATE else self.tr("PIN:"), self.new_pin_edit)
        form.addRow(self.tr("再输入一次:"), self.new_pin_again_edit)
        form.addRow(self.pin_hint_label)
        form.addRow(self.forgot_label)
        shows_names = mode in (self.CREATE, self.RENAME)
        shows_new_pin = mode in (self.CREATE, self.SET_PIN)
        guarded = mode in (self.SET_PIN, self.REMOVE_PIN, self.DELETE)
        can_reset = profile is not None and profile.teacher_can_reset
        self.asks_pin = has_pin and (guarded or mode == self.RENAME)
        self.asks_teacher = not by_teacher and ((has_pin and guarded and can_reset) or
                                                (mode == self.DELETE and teacher_set))
        form.setRowVisible(self.name_edit, shows_names)
        form.setRowVisible(self.class_edit, shows_names)
        form.setRowVisible(self.current_pin_edit, self.asks_pin)
        form.setRowVisible(self.teacher_edit, self.asks_teacher)
        if has_pin and guarded:
            if can_reset or (mode == self.DELETE and teacher_set):
                self.forgot_label.setText(self.tr("忘记了 PIN?请老师在“或者教师密码”一栏输入教师密码。"))
            elif teacher_set:
                self.forgot_label.setText(self.tr(
                    "这个 PIN 是在设置现在的教师密码之前设置的,老师也不能重置它:忘记了就无法修改或删除这个档案。"))
            else:
                self.forgot_label.setText(self.tr(
                    "这台电脑没有设置教师密码:忘记的 PIN 无法重置,只能删除这个档案,而删除有 PIN 的档案也需要它的 PIN。"
                    "请老师在“教师设置”中设置教师密码;此后设置的 PIN 忘记时,老师可以重置。"))
        form.setRowVisible(self.forgot_label, bool(self.forgot_label.text()))
        form.setRowVisible(self.new_pin_edit, shows_new_pin)
        form.setRowVisible(self.new_pin_again_edit, shows_new_pin)
        form.setRowVisible(self.pin_hint_label, shows_new_pin)

        ok_texts = {self.CREATE: self.tr("新建"), self.RENAME: self.tr("保存"), self.SET_PIN: self.tr("保存 PIN"),
                    self.REMOVE_PIN: self.tr("确认取消 PIN"), self.DELETE: self.tr("删除")}
        buttons, self.ok_button, self.cancel_button = dialogs.form_buttons(
            self, ok_texts[mode], "formOkButton", "formCancelButton",
            self.tr("返回") if mode == self.REMOVE_PIN else "")

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addLayout(form)
        layout.addWidget(self.problem_label)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self._apply_metrics()
        for edit in (self.name_edit, self.class_edit, self.current_pin_edit, self.teacher_edit, self.new_pin_edit,
                     self.new_pin_again_edit):
            edit.textChanged.connect(self._on_field_text_changed)
        first = {self.CREATE: self.name_edit, self.RENAME: self.current_pin_edit if has_pin else self.name_edit,
                 self.SET_PIN: self.current_pin_edit if has_pin else self.new_pin_edit,
                 self.REMOVE_PIN: self.current_pin_edit,
                 self.DELETE: self.current_pin_edit if has_pin else self.teacher_edit if self.asks_teacher
                 else self.ok_button}[mode]
        first.setFocus()

    def secrets(self) -> tuple[str | None, str | None]:
        """(PIN, teacher password) as typed in the visible fields (None when empty or not asked)."""
        pin = self.current_pin_edit.text() if self.asks_pin else ""
        teacher = self.teacher_edit.text() if self.asks_teacher else ""
        return pin or None, teacher or None

    def _apply_metrics(self) -> None:
        for edit in (self.name_edit, self.class_edit, self.current_pin_edit, self.teacher_edit, self.new_pin_edit,
                     self.new_pin_again_edit):
            edit.setMinimumWidth(text_width(self, 12))
        self.intro_label.setMinimumWidth(text_width(self, 22))
        self.forgot_label.setMinimumWidth(text_width(self, 22))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and hasattr(self, "new_pin_again_edit"):
            self._apply_metrics()

    def show_problem(self, text: str, focus: QWidget | None = None) -> None:
        """Show ``text`` under the form ("" hides it); ``focus`` is the field it is about, which
        gets the focus, and the problem goes as soon as that field is valid."""
        self._problem_field = focus if text and isinstance(focus, QLineEdit) else None
        self._refused = focus.text() if self._problem_field is not None else ""
        self.problem_label.setText(text)
        self.problem_label.setVisible(bool(text))
        grow_to_fit(self)
        if focus is not None:
            focus.setFocus()
            if isinstance(focus, QLineEdit):
                focus.selectAll()

    def field_is_valid(self, edit: QLineEdit) -> bool:
        """Whether ``edit`` holds something that can be submitted: checked here where the rules are
        known (name, class, a new PIN and its repetition), else anything new (the current PIN)."""
        text = edit.text()
        if text == self._refused:
            return False
        if edit is self.name_edit:
            return not check_profile_name(text)
        if edit is self.class_edit:
            return not check_class_name(text)
        if edit is self.new_pin_edit:
            return not check_pin(text)
        if edit is self.new_pin_again_edit:
            return bool(text) and normalize_pin(text) == normalize_pin(self.new_pin_edit.text())
        return bool(text)

    def _on_field_text_changed(self, _text: str) -> None:
        field = self._problem_field
        if field is not None and self.field_is_valid(field):
            self.show_problem("")

    def new_pin(self, optional: bool) -> tuple[bool, str | None]:
        """(True, the new PIN) when it follows the rules and was typed the same twice; (True, None)
        when ``optional`` and both fields are empty; else (False, None), the problem shown."""
        first, again = self.new_pin_edit.text(), self.new_pin_again_edit.text()
        if not first and not again:
            if optional:
                return True, None
            self.show_problem(self.tr("请输入新的 PIN(4–8 位数字)。"), self.new_pin_edit)
            return False, None
        problems = check_pin(first, translate)
        if problems:
            self.show_problem(problems[0], self.new_pin_edit)
            return False, None
        if normalize_pin(first) != normalize_pin(again):
            self.new_pin_again_edit.clear()
            self.show_problem(self.tr("两次输入的 PIN 不一样,请再输入一次。"), self.new_pin_again_edit)
            return False, None
        return True, first

    def has_secret(self) -> bool:
        """False (and the problem shown) when the form asks for a PIN or teacher password and has none."""
        pin, teacher = self.secrets()
        if (self.asks_pin or self.asks_teacher) and not (pin or teacher):
            if self.asks_pin:
                self.show_problem(self.tr("请先输入现在的 PIN。"), self.current_pin_edit)
            else:
                self.show_problem(self.tr("请输入教师密码。"), self.teacher_edit)
            return False
        return True

    def refused_field(self, exc: AccessDeniedError) -> QLineEdit:
        """The field of the PIN or teacher password that storage refused."""
        teacher_codes = (ErrorCode.WRONG_TEACHER_PASSWORD, ErrorCode.TEACHER_REQUIRED)
        pin_typed = self.asks_pin and self.current_pin_edit.text()
        return self.teacher_edit if exc.code in teacher_codes or (self.asks_teacher and not pin_typed) \
            else self.current_pin_edit

    def accept(self) -> None:
        if self._submit(self):
            super().accept()

