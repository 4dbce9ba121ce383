"""选择学习档案: pick, create, rename, protect (PIN) or delete a profile on a shared classroom PC.

The dialog never blocks on a nested ``exec()``: the small forms (新建 / 重命名 / PIN / 删除) are
:class:`~netmkt_desktop.ui.profile_forms.ProfileFormDialog` windows opened with ``open()``; this
dialog gives each its action in storage.  Message boxes go through :mod:`netmkt_desktop.ui.dialogs`.
Every :class:`~netmkt_desktop.errors.StoreError` is shown in plain words and what the student typed
stays in the form.  The dialog talks to the store's directory part (``store.profiles``) only; it
never sees a profile's own data.

The PIN guards every action on its profile: the forms for 重命名, 删除, 修改 PIN and 取消 PIN ask
for it, and storage checks it (a wrong one counts towards the lock).  Where the teacher password
may stand in for a forgotten PIN, the form has a field for it too and says when it cannot.  A
deleted profile can be brought back with 撤销删除 until the app closes.

Why it is longer than 500 lines: the list, the PIN lock-out (the countdown of a locked profile,
which a wrong PIN typed in 使用此档案 or in a form starts) and the actions of the profile tools all
work on the same selection and lock state; split further, each part would reach into the others.
The forms themselves are in :mod:`netmkt_desktop.ui.profile_forms`.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from netmkt_desktop.errors import AccessDeniedError, ErrorCode
from netmkt_desktop.pin import wait_text
from netmkt_desktop.ui import dialogs
from netmkt_desktop.ui.i18n import translate
from netmkt_desktop.ui.icons import blank_icon, lock_icon
from netmkt_desktop.ui.operations import run_store_action
from netmkt_desktop.ui.profile_forms import ProfileFormDialog, grow_to_fit, pin_edit, text_width
from netmkt_desktop.ui.safe_text import plain_label, tooltip

if TYPE_CHECKING:
    from netmkt_desktop.records import Profile
    from netmkt_desktop.storage.profiles import Profiles

PROFILE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
HAS_PIN_ROLE = Qt.ItemDataRole.UserRole + 2

Clock = Callable[[], datetime]


class ProfileDialog(QDialog):
    """Choose whose data to open: a list of profiles, a PIN field when needed, and the profile tools.

    ``clock`` (keyword only) gives the time for PIN checks and the lock countdown; tests pass a fake one.
    """

    profile_chosen = Signal(int)
    guest_chosen = Signal()
    profiles_changed = Signal()  # a profile was created, renamed, deleted or its PIN changed
    # 学生信息… for the profile in use (its details are in its own data, which the session opens)
    details_requested = Signal(int)

    def __init__(self, directory: Profiles, current_profile_id: int | None, parent: QWidget | None = None,
                 allow_guest: bool = True, *, clock: Clock | None = None):
        super().__init__(parent)
        self.setObjectName("profileDialog")
        self.setWindowTitle(self.tr("选择学习档案"))
        self.setAccessibleName(self.tr("选择学习档案"))
        self.directory = directory  # store.profiles: list, create, rename, delete, PINs
        self.current_profile_id = current_profile_id
        self.allow_guest = allow_guest
        self._clock = clock
        self.profiles: list[Profile] = []
        self.form: ProfileFormDialog | None = None
        self._locked_until: dict[int, datetime] = {}
        self._choice_refused = False  # set by refuse_choice() while profile_chosen is handled

        self.intro_label = plain_label(self.tr("这台电脑多人共用时,请选择你自己的学习档案。设置 PIN 后,"
                                               "别人就不能在本软件里打开、改名、导出或删除你的档案"
                                               "(PIN 是软件里的一把锁,不加密文件)。"))
        self.intro_label.setObjectName("profileIntroLabel")
        self.intro_label.setWordWrap(True)

        self.list = QListWidget()
        self.list.setObjectName("profileList")
        self.list.setAccessibleName(self.tr("学习档案列表"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setUniformItemSizes(True)
        self.list.currentItemChanged.connect(self._on_list_current_item_changed)
        # Enter reaches the default button (使用此档案); only a double-click is handled here.
        self.list.itemDoubleClicked.connect(self._on_list_item_double_clicked)

        self.new_button = QPushButton(self.tr("新建…"))
        self.new_button.setObjectName("newProfileButton")
        self.new_button.clicked.connect(self.new_profile)
        self.rename_button = QPushButton(self.tr("重命名…"))
        self.rename_button.setObjectName("renameProfileButton")
        self.rename_button.clicked.connect(self.rename_profile)
        self.pin_button = QPushButton(self.tr("设置 PIN…"))
        self.pin_button.setObjectName("setPinButton")
        self.pin_button.clicked.connect(self.set_pin)
        self.remove_pin_button = QPushButton(self.tr("取消 PIN"))
        self.remove_pin_button.setObjectName("removePinButton")
        self.remove_pin_button.clicked.connect(self.remove_pin)
        self.delete_button = QPushButton(self.tr("删除…"))
        self.delete_button.setObjectName("deleteProfileButton")
        self.delete_button.clicked.connect(self.delete_profile)
        self.details_button = QPushButton(self.tr("学生信息…"))
        self.details_button.setObjectName("studentDetailsButton")
        self.details_button.setToolTip(self.tr("班级、学号和姓名(交作业用);只能修改正在使用的档案的信息"))
        self.details_button.clicked.connect(self._on_details_button_clicked)
        self.undo_delete_button = QPushButton(self.tr("撤销删除"))
        self.undo_delete_button.setObjectName("undoDeleteButton")
        self.undo_delete_button.clicked.connect(self.undo_delete)
        tools = QVBoxLayout()
        for button in (self.new_button, self.rename_button, self.pin_button, self.remove_pin_button,
                       self.delete_button, self.undo_delete_button, self.details_button):
            button.setAutoDefault(False)
            tools.addWidget(button)
        tools.addStretch(1)

        self.pin_label = plain_label(self.tr("PIN:"))
        self.pin_edit = pin_edit("pinEdit", self.tr("PIN"))
        self.pin_edit.setPlaceholderText(self.tr("输入 PIN 后按回车"))
        self.pin_label.setBuddy(self.pin_edit)
        self.pin_row = QWidget()
        self.pin_row.setObjectName("pinRow")
        pin_layout = QHBoxLayout(self.pin_row)
        pin_layout.setContentsMargins(0, 0, 0, 0)
        pin_layout.addWidget(self.pin_label)
        pin_layout.addWidget(self.pin_edit, 1)

        self.message_label = plain_label()
        self.message_label.setObjectName("profileMessageLabel")
        self.message_label.setAccessibleName(self.tr("提示"))
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet("font-weight:bold;")
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message_label.hide()

        self.guest_button = QPushButton(self.tr("访客模式"))
        self.guest_button.setObjectName("guestButton")
        self.guest_button.setToolTip(self.tr("不打开任何档案,随便看看;不保存任何个人数据。"))
        self.guest_button.setAutoDefault(False)
        self.guest_button.clicked.connect(self.choose_guest)
        self.guest_button.setVisible(allow_guest)
        self.use_button = QPushButton(self.tr("使用此档案"))
        self.use_button.setObjectName("useProfileButton")
        self.use_button.setDefault(True)
        self.use_button.clicked.connect(self.choose_current)
        self.cancel_button = QPushButton(self.tr("取消"))
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.guest_button)
        bottom.addStretch(1)
        bottom.addWidget(self.use_button)
        bottom.addWidget(self.cancel_button)

        middle = QHBoxLayout()
        middle.addWidget(self.list, 1)
        middle.addLayout(tools)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addLayout(middle, 1)
        layout.addWidget(self.pin_row)
        layout.addWidget(self.message_label)
        layout.addLayout(bottom)

        self.unlock_timer = QTimer(self)
        self.unlock_timer.setObjectName("unlockTimer")
        self.unlock_timer.setSingleShot(True)
        self.unlock_timer.timeout.connect(self._on_unlock_timer_timeout)

        self._apply_metrics()
        self.reload(select=self._initial_profile_id())
        self._fit_to_screen()
        self.list.setFocus()

    # -- layout ----------------------------------------------------------------------------------

    def _icon_size(self) -> int:
        return self.fontMetrics().height()

    def _apply_metrics(self) -> None:
        """Sizes follow the font (zoom up to 300 %), never fixed pixels."""
        metrics = self.fontMetrics()
        self.list.setMinimumSize(text_width(self, 12), metrics.lineSpacing() * 5)
        self.list.setIconSize(QSize(self._icon_size(), self._icon_size()))
        self.intro_label.setMinimumWidth(text_width(self, 16))
        for row in range(self.list.count()):
            self._decorate(self.list.item(row))

    def _fit_to_screen(self) -> None:
        screen = self.screen() or (self.parentWidget().screen() if self.parentWidget() else None)
        wanted = self.sizeHint().expandedTo(QSize(text_width(self, 30), self.fontMetrics().lineSpacing() * 18))
        if screen is not None:
            room = screen.availableGeometry().size() * 0.92
            wanted = wanted.boundedTo(room)
        self.resize(wanted)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.PaletteChange) and hasattr(self, "unlock_timer"):
            self._apply_metrics()

    # -- data ------------------------------------------------------------------------------------

    def _now(self) -> datetime:
        return self._clock() if self._clock is not None else datetime.now()

    def _initial_profile_id(self) -> int | None:
        if self.current_profile_id is not None:
            return self.current_profile_id
        last = self._run(self.directory.last_used)
        return last.id if last else None

    def _run(self, action: Callable, title: str | None = None):
        """Run a store action; a failure is shown (a profile gone meanwhile: the list is read again);
        returns the action's value, None when it failed."""
        return run_store_action(self, action, title=title, on_not_found=lambda _exc: self.reload()).value

    def reload(self, select: int | None = None) -> None:
        """Read the profiles again and select ``select`` (else keep the selection, else the first)."""
        keep = select if select is not None else self.selected_profile_id()
        self.profiles = run_store_action(self, self.directory.all, title=self.tr("无法读取学习档案")).value or []
        self.list.blockSignals(True)
        self.list.clear()
        for profile in self.profiles:
            item = QListWidgetItem(self._item_text(profile))
            item.setData(PROFILE_ID_ROLE, profile.id)
            item.setData(HAS_PIN_ROLE, profile.has_pin)
            self._decorate(item)
            self.list.addItem(item)
        row = next((i for i, p in enumerate(self.profiles) if p.id == keep), 0 if self.profiles else -1)
        self.list.setCurrentRow(row)  # signals still blocked: the handler runs once, below
        self.list.blockSignals(False)
        self._on_list_current_item_changed()
        deleted = run_store_action(self, self.directory.deleted).value or []
        self.undo_delete_button.setVisible(bool(deleted))
        if deleted:
            self.undo_delete_button.setToolTip(tooltip(self.tr("把“{name}”找回来(关闭本软件之前都可以)").format(
                name=deleted[-1].name)))

    def _item_text(self, profile: Profile) -> str:
        text = profile.name
        if profile.class_name:
            text += " · " + profile.class_name
        if profile.id == self.current_profile_id:
            text += self.tr("(正在使用)")
        return text

    def _decorate(self, item: QListWidgetItem) -> None:
        size = self._icon_size()
        profile = self._profile_by_id(item.data(PROFILE_ID_ROLE))
        has_pin = bool(item.data(HAS_PIN_ROLE))
        item.setIcon(lock_icon(size, self.palette()) if has_pin else blank_icon(size))
        if profile is not None:
            spoken = [profile.name, profile.class_name, self.tr("有 PIN") if has_pin else "",
                      self.tr("正在使用") if profile.id == self.current_profile_id else ""]
            item.setData(Qt.ItemDataRole.AccessibleTextRole, ",".join(part for part in spoken if part))
        item.setToolTip(self.tr("设置了 PIN:打开时要先输入 PIN") if has_pin else "")
        font = item.font()
        font.setBold(profile is not None and profile.id == self.current_profile_id)
        item.setFont(font)

    def _profile_by_id(self, profile_id: int | None) -> Profile | None:
        return next((p for p in self.profiles if p.id == profile_id), None)

    def selected_profile(self) -> Profile | None:
        row = self.list.currentRow()
        return self.profiles[row] if 0 <= row < len(self.profiles) else None

    def selected_profile_id(self) -> int | None:
        profile = self.selected_profile()
        return profile.id if profile else None

    def select_profile(self, profile_id: int) -> None:
        row = next((i for i, p in enumerate(self.profiles) if p.id == profile_id), -1)
        if row >= 0:
            self.list.setCurrentRow(row)

    # -- state -----------------------------------------------------------------------------------

    def _on_list_current_item_changed(self, *_args) -> None:
        self.pin_edit.clear()
        self._update_state()
        self._show_lock_or_clear()

    def _is_locked(self, profile_id: int | None) -> bool:
        until = self._locked_until.get(profile_id) if profile_id is not None else None
        return until is not None and self._now() < until

    def _update_state(self) -> None:
        profile = self.selected_profile()
        has = profile is not None
        self.pin_row.setVisible(has and profile.has_pin)
        self.use_button.setEnabled(has and not self._is_locked(profile.id))
        for button in (self.rename_button, self.pin_button, self.delete_button):
            button.setEnabled(has)
        self.remove_pin_button.setEnabled(has and profile.has_pin)
        self.details_button.setEnabled(has and profile.id == self.current_profile_id)
        self.pin_button.setText(self.tr("修改 PIN…") if has and profile.has_pin else self.tr("设置 PIN…"))

    def _on_details_button_clicked(self) -> None:
        profile = self.selected_profile()
        if profile is not None and profile.id == self.current_profile_id:
            self.details_requested.emit(profile.id)

    def show_message(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))
        grow_to_fit(self)

    def _show_lock_or_clear(self) -> None:
        profile_id = self.selected_profile_id()
        if self._is_locked(profile_id):
            wait = math.ceil((self._locked_until[profile_id] - self._now()).total_seconds())
            self.show_message(self._lock_text(wait))
        else:
            self.show_message("")

    def _lock_text(self, wait: int) -> str:
        return self.tr("输错 PIN 的次数太多,这个档案暂时锁定,请等 {wait}后再试。").format(wait=wait_text(max(1, wait), translate))

    def _lock(self, profile_id: int, seconds: int) -> None:
        """Disable 使用 for this profile for ``seconds``; the timer enables it again."""
        self._locked_until[profile_id] = self._now() + timedelta(seconds=seconds)
        self._update_state()
        self._schedule_unlock_tick()

    def _schedule_unlock_tick(self) -> None:
        """Tick when the shown number of seconds changes, or when the nearest lock ends."""
        now = self._now()
        waits = [(until - now).total_seconds() for until in self._locked_until.values() if until > now]
        if not waits:
            self.unlock_timer.stop()
            return
        nearest = min(waits)
        fraction = nearest - math.floor(nearest)
        self.unlock_timer.start(max(50, int((fraction or 1.0) * 1000)))

    def _on_unlock_timer_timeout(self) -> None:
        now = self._now()
        selected = self.selected_profile_id()
        ended = [pid for pid, until in self._locked_until.items() if until <= now]
        for pid in ended:
            del self._locked_until[pid]
        self._update_state()
        if selected in ended:
            self.show_message(self.tr("现在可以再输入一次 PIN 了。"))
            self.pin_edit.setFocus()
        elif self._is_locked(selected):
            self._show_lock_or_clear()
        self._schedule_unlock_tick()

    # -- choosing --------------------------------------------------------------------------------

    def _on_list_item_double_clicked(self, item: QListWidgetItem) -> None:
        if self.list.currentItem() is not item:
            self.list.setCurrentItem(item)
        if self.selected_profile() is not None and self.selected_profile().has_pin and not self.pin_edit.text():
            self.pin_edit.setFocus()  # type the PIN first; Enter then opens the profile
            return
        self.choose_current()

    def choose_current(self) -> None:
        """使用此档案: check the PIN if the profile has one, then emit ``profile_chosen`` and close."""
        profile = self.selected_profile()
        if profile is None or self._is_locked(profile.id):
            return
        if not profile.has_pin:
            has_pin = self._run(lambda: self.directory.has_pin(profile.id))
            if has_pin is None:
                return
            if has_pin:  # a PIN was set meanwhile
                self.reload(select=profile.id)
                self.show_message(self.tr("“{name}”设置了 PIN,请先输入 PIN。").format(name=profile.name))
                self.pin_edit.setFocus()
                return
        else:
            pin = self.pin_edit.text()
            if not pin:
                self.show_message(self.tr("“{name}”设置了 PIN,请先输入 PIN,再按“使用此档案”。").format(name=profile.name))
                self.pin_edit.setFocus()
                return
            result = self._run(lambda: self.directory.check_pin(profile.id, pin, now=self._now()))
            if result is None:
                return
            if not result.ok:
                self.pin_edit.clear()
                self.show_message(result.message)
                if result.wait_seconds > 0:
                    self._lock(profile.id, result.wait_seconds)
                else:
                    self.pin_edit.setFocus()
                return
        self._locked_until.pop(profile.id, None)
        self._choice_refused = False
        self.profile_chosen.emit(profile.id)
        if self._choice_refused:  # it could not be opened (said already): the chooser stays, nothing recorded
            return
        self._run(lambda: self.directory.touch(profile.id))  # only "last used"; the choice stands
        self.accept()

    def refuse_choice(self) -> None:
        """Called while ``profile_chosen`` is handled: the profile was not opened (it could not be,
        or the student stayed with a note not saved), so the profile in use stays, the chooser stays
        open and the choice is not recorded as the one used last."""
        self._choice_refused = True
        self.show_message(self.tr("没有打开这个学习档案,可以选择别的档案。") if self.current_profile_id is None
                          else self.tr("没有切换到这个学习档案,仍在使用原来的档案。"))

    def choose_guest(self) -> None:
        if self.allow_guest:
            self.guest_chosen.emit()
            self.accept()

    # -- profile tools ---------------------------------------------------------------------------

    def _open_form(self, mode: str, submit: Callable[[ProfileFormDialog], bool],
                   profile: Profile | None = None) -> ProfileFormDialog:
        teacher_set = bool(run_store_action(self, self.directory.teacher.is_set).value)
        return dialogs.open_one(self, "form", ProfileFormDialog(mode, submit, profile, self, teacher_set=teacher_set))

    def _store_action(self, form: ProfileFormDialog, action: Callable, focus: QWidget | None = None):
        """(True, value) when done; problems with the input go to the form (a refused PIN or teacher
        password beside its field, emptied), other failures to a message."""
        def gone(_exc) -> None:
            form.reject()
            self.reload()

        def invalid(exc) -> None:
            field = focus
            if isinstance(exc, AccessDeniedError):
                field = form.refused_field(exc)
                if exc.code == ErrorCode.LOCKED and field is form.current_pin_edit and form.profile is not None:
                    self._lock(form.profile.id, exc.wait_seconds)
                field.clear()
            form.show_problem(str(exc), field)

        outcome = run_store_action(form, action, on_invalid=invalid, on_not_found=gone)
        return outcome.ok, outcome.value

    def _changed(self, profile_id: int | None, message: str = "") -> None:
        self.reload(select=profile_id)
        self.show_message(message)
        self.profiles_changed.emit()

    def new_profile(self) -> ProfileFormDialog:
        return self._open_form(ProfileFormDialog.CREATE, self._submit_create)

    def _submit_create(self, form: ProfileFormDialog) -> bool:
        ok, pin = form.new_pin(optional=True)
        if not ok:
            return False
        done, profile = self._store_action(form, lambda: self.directory.create(
            form.name_edit.text(), form.class_edit.text(), pin), form.name_edit)
        if done:
            self._changed(profile.id, self.tr("已新建学习档案“{name}”。").format(name=profile.name))
        return done

    def rename_profile(self) -> ProfileFormDialog | None:
        profile = self.selected_profile()
        if profile is None:
            return None
        return self._open_form(ProfileFormDialog.RENAME, lambda form: self._submit_rename(form, profile), profile)

    def _submit_rename(self, form: ProfileFormDialog, profile: Profile) -> bool:
        pin, _teacher = form.secrets()
        done, renamed = self._store_action(form, lambda: self.directory.rename(
            profile.id, form.name_edit.text(), form.class_edit.text(), pin=pin, now=self._now()), form.name_edit)
        if done:
            self._changed(renamed.id, self.tr("已改名为“{name}”。").format(name=renamed.name))
        return done

    def set_pin(self) -> ProfileFormDialog | None:
        profile = self.selected_profile()
        if profile is None:
            return None
        return self._open_form(ProfileFormDialog.SET_PIN, lambda form: self._submit_set_pin(form, profile), profile)

    def _submit_set_pin(self, form: ProfileFormDialog, profile: Profile) -> bool:
        ok, new_pin = form.new_pin(optional=False)
        if not ok or not form.has_secret():
            return False
        pin, teacher = form.secrets()
        done, _ = self._store_action(form, lambda: self.directory.set_pin(
            profile.id, new_pin, pin=pin, teacher=teacher, now=self._now()), form.new_pin_edit)
        if done:
            self._locked_until.pop(profile.id, None)
            self._changed(profile.id, self.tr("已为“{name}”保存 PIN。").format(name=profile.name))
        return done

    def remove_pin(self) -> ProfileFormDialog | None:
        profile = self.selected_profile()
        if profile is None or not profile.has_pin:
            return None
        return self._open_form(ProfileFormDialog.REMOVE_PIN, lambda form: self._submit_remove_pin(form, profile),
                               profile)

    def _submit_remove_pin(self, form: ProfileFormDialog, profile: Profile) -> bool:
        if not form.has_secret():
            return False
        pin, teacher = form.secrets()
        done, _ = self._store_action(form, lambda: self.directory.set_pin(
            profile.id, None, pin=pin, teacher=teacher, now=self._now()))
        if done:
            self._locked_until.pop(profile.id, None)
            self._changed(profile.id, self.tr("已取消“{name}”的 PIN。").format(name=profile.name))
        return done

    def delete_profile(self) -> ProfileFormDialog | None:
        profile = self.selected_profile()
        if profile is None:
            return None
        if profile.id == self.current_profile_id:
            dialogs.show_error(self, self.tr("不能删除正在使用的档案"), self.tr(
                "“{name}”是现在正在使用的学习档案,不能删除。\n"
                "请先换用其他档案(或访客模式),再回到这里删除它。").format(name=profile.name))
            return None
        return self._open_form(ProfileFormDialog.DELETE, lambda form: self._submit_delete(form, profile), profile)

    def _submit_delete(self, form: ProfileFormDialog, profile: Profile) -> bool:
        if not form.has_secret():
            return False
        pin, teacher = form.secrets()
        done, _ = self._store_action(form, lambda: self.directory.delete(
            profile.id, pin=pin, teacher=teacher, now=self._now()))
        if done:
            self._locked_until.pop(profile.id, None)
            self._changed(self.current_profile_id, self.tr(
                "已删除学习档案“{name}”。关闭本软件之前,可以用“撤销删除”找回它。").format(name=profile.name))
        return done

    def undo_delete(self) -> None:
        """撤销删除: the profile deleted last in this session comes back as it was (PIN included)."""
        deleted = run_store_action(self, self.directory.deleted).value or []
        if not deleted:
            return
        outcome = run_store_action(self, lambda: self.directory.undo_delete(deleted[-1].id), title=self.tr("没有恢复"))
        if outcome:
            self._changed(outcome.value.id, self.tr("已找回学习档案“{name}”。").format(name=outcome.value.name))
