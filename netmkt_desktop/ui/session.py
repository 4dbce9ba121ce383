"""Whose data the window shows: opening the personal data, choosing a profile or the guest, export/import.

:class:`Session` holds the open :class:`~netmkt_desktop.storage.store.Store` and the data shown
(``data``, a :class:`~netmkt_desktop.storage.store.ProfileData`): a profile's, or the guest's in
memory, so the views never need to know which.  It talks to the store's directory part
(``store.profiles``) for the profile chooser, and hands the data to the window (:class:`Window`:
``show_data``), which passes its parts on to the views.

What stays a guest's matter is policy, not storage: the banner, no plan wizard, no export, no
backups.  Each profile's data is its own file, opened when the profile is chosen
(:func:`~netmkt_desktop.storage.opening.open_profile_safely`); a PIN profile opens only after the
chooser accepted its PIN, and exporting it asks for the PIN again.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QStatusBar

from netmkt_desktop.ui import dialogs
from netmkt_desktop.ui.operations import run_store_action

if TYPE_CHECKING:
    from netmkt_desktop.storage.store import ProfileData, Store


class Window(Protocol):
    """What the session asks of the main window (a QWidget: the parent of its dialogs)."""

    personal_data_hidden: bool  # presentation mode: no profile chooser on the projector

    def personal_data_opened(self) -> None:
        """The store is open: build the views of personal data."""

    def show_data(self, data: ProfileData | None) -> None:
        """Show this profile's (or the guest's) data in every view."""

    def leave_data(self) -> None:
        """Save what was typed for the data shown (a note being written, the reading position)."""

    def settle_data(self, can_stay: bool = True) -> bool:
        """Before the data shown goes: ask about a note that cannot be saved; False: the student stays."""

    def store_failed(self, message: str, read_only: bool = False) -> None:
        """The personal data could not be opened: say why, browse without saving."""

    def statusBar(self) -> QStatusBar: ...  # noqa: N802 - Qt's name


class Session(QObject):
    """The personal data of the window: the store, and the profile (or guest) in use."""

    changed = Signal()  # another profile or the guest is shown, or a profile's name changed
    closing = Signal(object)  # a ProfileData is about to be let go (another profile chosen, or the end)

    def __init__(self, window: Window):
        super().__init__(window)
        self.window = window
        self.store: Store | None = None
        self.data: ProfileData | None = None
        self.profile_id: int | None = None
        self.guest = False
        self.profile_dialog = None
        self.teacher_dialog = None
        self.export_guard = None
        self.detached_profile_id: int | None = None  # the profile let go by detach(), for reopen()

    @property
    def is_guest(self) -> bool:
        return self.guest

    # -- opening -------------------------------------------------------------------------------

    def open_folder(self, data_dir: Path) -> None:
        """Open the personal data of ``data_dir`` (SQLAlchemy is imported here, after the first paint).

        A damaged file is renamed aside (never deleted); the newest good backup is offered, or a
        fresh database.  A newer or unwritable database leaves the app browsing without saving."""
        from netmkt_desktop.plain_import import plain_imports

        with plain_imports():  # SQLAlchemy and the store, without PySide6's import hook (~15 MB less)
            from netmkt_desktop.storage.opening import OpenProblem, open_store_safely, restore_and_open, start_fresh

        window = self.window
        result = open_store_safely(data_dir)
        if result.store is None and result.problem == OpenProblem.DAMAGED:
            title = self.tr("个人数据文件已损坏")
            if result.newest_good_backup is not None and dialogs.confirm(window, title, result.message + "\n\n" + self.tr(
                    "现在从这个备份恢复吗?(选“否”则新建一个空的数据文件)")):
                result = restore_and_open(result.newest_good_backup, data_dir)
            else:
                if result.newest_good_backup is None:
                    dialogs.show_info(window, title, result.message)
                result = start_fresh(data_dir)
        if result.store is None:
            window.store_failed(result.message, read_only=result.read_only)
            return
        self.attach_store(result.store)
        notice = result.store.notice()
        if notice:  # the old single database was split into profiles: told once
            dialogs.show_info(window, self.tr("学习档案已分开保存"), notice)
            run_store_action(window, result.store.acknowledge_notice)

    def attach_store(self, store: Store) -> None:
        """Personal data is ready (opened after the first paint).

        With one profile and no PIN it opens straight away; with several profiles, or a PIN on the
        last one, the profile chooser is offered first (the last profile preselected)."""
        self.store = store
        self.window.personal_data_opened()
        outcome = run_store_action(self.window, lambda: (store.profiles.all(),
                                                         store.profiles.last_used() or store.profiles.default()))
        if not outcome:
            return
        profiles, last = outcome.value
        if len(profiles) > 1 or last.has_pin:
            self.choose_profile(initial=True)
        else:
            self.use_profile(last.id)

    def close(self) -> None:
        """At exit: everything on disk, the guest's data gone, deleted plans and profiles purged."""
        self.detach()
        if self.store is not None:
            self.store.close()

    # -- profiles --------------------------------------------------------------------------------

    def leave(self) -> None:
        """Everything of the profile in use is on disk before another one is shown (or a backup made)."""
        if self.data is not None:
            self.window.leave_data()

    def detach(self) -> None:
        """Before the database is closed or replaced: nothing may read or write it any more.

        A note that cannot be saved is not dropped without asking (there is no staying here).  The
        profile let go may be shown again by :meth:`reopen` without its PIN: it was open here."""
        if self.data is not None:
            self.window.settle_data(can_stay=False)
        self.leave()
        self.detached_profile_id = None if self.guest else self.profile_id
        self._show(None)

    def _show(self, data: ProfileData | None) -> None:
        """Show ``data`` from now on; the data shown before is let go (the guest's is gone then,
        a profile's deleted plans too)."""
        previous, self.data = self.data, data
        if previous is not None and previous is not data:
            self.closing.emit(previous)
            previous.close()
        if data is None:
            self.profile_id = None
            self.guest = False
        self.window.show_data(data)
        self.changed.emit()

    def use_profile(self, profile_id: int) -> bool:
        """Show one profile's plans, notes, progress and settings; False when it could not be opened
        (said in a message), or the student stays with a note of the data shown that cannot be saved.
        A damaged file is set aside and the profile's newest good backup offered."""
        from netmkt_desktop.storage.opening import (
            OpenProblem,
            open_profile_safely,
            restore_profile_and_open,
            start_profile_fresh,
        )

        if self.data is not None and not self.window.settle_data():
            return False
        self.leave()
        window, store = self.window, self.store
        result = open_profile_safely(store, profile_id)
        if result.data is None and result.problem == OpenProblem.DAMAGED:
            title = self.tr("学习档案的数据文件已损坏")
            if result.newest_good_backup is not None and dialogs.confirm(window, title, result.message + "\n\n" + self.tr(
                    "现在从这个备份恢复吗?(选“否”则这个档案从空白开始)")):
                result = restore_profile_and_open(store, profile_id, result.newest_good_backup)
            else:
                if result.newest_good_backup is None:
                    dialogs.show_info(window, title, result.message)
                result = start_profile_fresh(store, profile_id)
        if result.data is None:
            dialogs.show_error(window, self.tr("无法打开学习档案"), result.message)
            return False
        self.guest = False
        self.profile_id = profile_id
        self._show(result.data)
        run_store_action(window, lambda: store.profiles.touch(profile_id))
        if result.warning:  # the last session's -wal was damaged: kept aside, and said
            dialogs.show_error(window, self.tr("上次的保存可能不完整"), result.warning)
        return True

    def reopen(self, profile_id: int | None) -> None:
        """After a restore, done or refused: show the profile again if it may still be opened, else
        offer the chooser.  The profile on screen before (:meth:`detach`) opens again without its
        PIN — a restore the teacher did, or one that failed, leaves the student where they were."""
        if self.store is None:
            return
        profile = self.store.profiles.get(profile_id) if profile_id is not None else None
        if profile is not None and profile_id == self.detached_profile_id:
            self.store.profiles.grant(profile_id)
        self.detached_profile_id = None
        if profile is not None and (not profile.has_pin or self.store.profiles.take_ticket(profile_id)):
            if self.use_profile(profile_id):
                return
            self.store.profiles.spend_ticket(profile_id)  # not opened: no PIN-free opening left over
        self.choose_profile(initial=True)

    def start_guest(self) -> None:
        """A session that keeps nothing: notes and progress live in memory until the guest leaves."""
        from netmkt_desktop.storage.memory import open_guest

        if self.data is not None and not self.window.settle_data():
            return
        self.leave()
        self.guest = True
        self.profile_id = None
        self._show(open_guest())

    def profile_name(self) -> str:
        """The name shown in the title: the profile's, 访客 for the guest, "" with nothing open."""
        if self.guest:
            return self.tr("访客")
        if self.store is None or self.profile_id is None:
            return ""
        outcome = run_store_action(self.window, lambda: self.store.profiles.get(self.profile_id))
        return outcome.value.name if outcome and outcome.value else ""

    def choose_profile(self, initial: bool = False) -> None:
        """切换学习档案: the profile chooser (at start, closing it without a choice starts a guest session)."""
        if self.store is None or self.window.personal_data_hidden:
            return
        from netmkt_desktop.ui.profile_dialog import ProfileDialog

        dialog = ProfileDialog(self.store.profiles, self.profile_id, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.profile_chosen.connect(lambda profile_id: self._on_profile_dialog_profile_chosen(dialog, profile_id))
        dialog.guest_chosen.connect(self.start_guest)
        dialog.profiles_changed.connect(self.changed.emit)
        dialog.details_requested.connect(lambda _id: self.edit_student_details(dialog))
        if initial:
            dialog.rejected.connect(self.start_guest)
        self.profile_dialog = dialog
        dialog.open()

    def _on_profile_dialog_profile_chosen(self, dialog, profile_id: int) -> None:
        """All or nothing: a profile that cannot be opened (said in a message) leaves the profile in
        use shown and working, the chooser open, and is not recorded as the one used last."""
        if not self.use_profile(profile_id):
            dialog.refuse_choice()

    def edit_student_details(self, parent=None):
        """学生信息 (班级, 学号, 姓名) of the profile in use; None for the guest or without data."""
        if self.data is None or self.guest:
            return None
        from netmkt_desktop.handin import StudentDetails
        from netmkt_desktop.ui.student_details import open_student_details

        outcome = run_store_action(self.window, self.data.profile)
        suggested = StudentDetails(class_name=outcome.value.class_name) if outcome else None
        return open_student_details(self.data.handins, self.profile_name(), parent or self.window, suggested)

    # -- 导出我的数据 / 导入我的数据 -------------------------------------------------------------------

    def can_export(self) -> bool:
        """Export needs a profile: the guest has nothing to take along."""
        return self.data is not None and not self.guest

    def export_data(self) -> None:
        """导出我的数据: a file the student chooses (0600); a PIN profile asks for its PIN first."""
        if not self.can_export():
            return
        window = self.window
        path = dialogs.ask_save_path(window, self.tr("导出我的数据"), f"{self.profile_name()}.netmkt-data.json",
                                     self.tr("学习数据文件 (*.netmkt-data.json)"))
        if not path:
            return
        data = self.data
        profile = run_store_action(window, data.profile).value
        if profile is None:
            return
        if not profile.has_pin:
            self._export(Path(path), data, None)
            return
        from netmkt_desktop.ui.guard_dialog import PIN, GuardDialog

        guard = GuardDialog(self.tr("导出我的数据"), self.tr(
            "导出的文件里有“{name}”的全部规划、笔记和学习进度,任何拿到这个文件的人都能看到。\n"
            "请输入“{name}”的 PIN 来确认。").format(name=profile.name), lambda pin: self._export_with_pin(
            guard, Path(path), data, pin), secret=PIN, ok_text=self.tr("导出"), parent=window)
        guard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.export_guard = guard
        guard.open()

    def _export_with_pin(self, guard, path: Path, data: ProfileData, pin: str) -> bool:
        from netmkt_desktop.errors import AccessDeniedError

        try:
            raw = data.transfer.export(pin=pin)
        except AccessDeniedError as exc:
            guard.show_problem(str(exc))
            return False
        except Exception as exc:  # noqa: BLE001 - StoreError: said in a message, nothing written
            dialogs.show_error(self.window, self.tr("没有导出"), str(exc))
            return True
        self._write_export(path, raw)
        return True

    def _export(self, path: Path, data: ProfileData, pin: str | None) -> None:
        outcome = run_store_action(self.window, lambda: data.transfer.export(pin=pin), title=self.tr("没有导出"))
        if outcome:
            self._write_export(path, outcome.value)

    def _write_export(self, path: Path, raw: bytes) -> None:
        from netmkt_desktop.files import PRIVATE_FILE_MODE, write_bytes_atomic

        try:
            write_bytes_atomic(path, raw, mode=PRIVATE_FILE_MODE)
        except OSError as exc:
            dialogs.show_error(self.window, self.tr("没有导出"), str(exc))
            return
        dialogs.show_info(self.window, self.tr("已导出"), self.tr(
            "你的规划、笔记、进度和设置已保存到:\n{path}\n\n这个文件只有你的电脑账户能读;"
            "在另一台电脑上用“导入我的数据”恢复。").format(path=path))

    # -- 教师设置 -----------------------------------------------------------------------------------

    def teacher_settings(self) -> None:
        """教师设置: the teacher password, and the teacher's actions on any profile or the whole folder."""
        if self.store is None or self.window.personal_data_hidden:
            return
        from netmkt_desktop.ui.teacher_dialog import TeacherDialog

        dialog = TeacherDialog(self.store, self, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.profiles_changed.connect(self.changed.emit)
        self.teacher_dialog = dialog
        dialog.open()

    def import_data(self) -> None:
        if self.store is None:
            return
        from netmkt_desktop.errors import StoreError
        from netmkt_desktop.files import BoundedReadError, describe_read_error, read_bounded
        from netmkt_desktop.validation import PROFILE_FILE_MAX_BYTES

        window = self.window
        path = dialogs.ask_open_path(window, self.tr("导入我的数据"),
                                     self.tr("学习数据文件 (*.netmkt-data.json);;JSON 文件 (*.json);;所有文件 (*)"))
        if not path:
            return
        try:
            raw = read_bounded(Path(path), PROFILE_FILE_MAX_BYTES)
            profile = self.store.import_profile(raw)
        except (StoreError, BoundedReadError) as exc:
            reason = describe_read_error(exc, PROFILE_FILE_MAX_BYTES) if isinstance(exc, BoundedReadError) else str(exc)
            dialogs.show_error(window, self.tr("没有导入"), self.tr(
                "这个文件无法导入,没有做任何更改。\n{path}\n\n{reason}").format(path=path, reason=reason))
            return
        if profile.has_pin:
            window.statusBar().showMessage(self.tr("已导入档案“{name}”。").format(name=profile.name), 8000)
        else:
            self.use_profile(profile.id)
        dialogs.show_info(window, self.tr("已导入"), self.tr("已导入为学习档案“{name}”。").format(name=profile.name))
