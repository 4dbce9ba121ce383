"""What the 备份与恢复 dialog lists and does: one profile's own backups, or the teacher's whole folder.

:class:`ProfileBackupSource` — one profile's backups (``profiles/<id>/backups/``): in the student's
session the restore is confirmed with the profile's PIN; from the teacher's dialog with the teacher
password already typed.  :class:`FolderBackupSource` — the teacher's whole-folder backups.  Each
restore's confirmation names the profiles it changes and the backup's date, and says what else
stays as it is; storage checks the PIN or password again and keeps what a restore replaces first.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from netmkt_desktop.ui.backup_dialog import BackupEntry, reason_label, size_text, when_text
from netmkt_desktop.ui.guard_dialog import PIN
from netmkt_desktop.ui.i18n import translate

if TYPE_CHECKING:
    from netmkt_desktop.records import Profile
    from netmkt_desktop.storage.store import ProfileData, Store


def back_up_profile(data: ProfileData, reason: str | None = None, keep=()) -> Path:
    """Back up a profile's database now (a manual backup unless ``reason`` says otherwise); prunes
    old backups, never those in ``keep`` (this session's).  Raises BackupError."""
    from netmkt_desktop.storage.backups import make_backup
    from netmkt_desktop.storage.sqlite_files import REASON_MANUAL

    return make_backup(data.folder.database, data.folder.backups, reason or REASON_MANUAL, keep=keep)


class ProfileBackupSource:
    """One profile's own backups for the 备份与恢复 dialog: in the student's session (the PIN
    confirms a restore) or from the teacher's dialog (``teacher``: the password already typed)."""

    def __init__(self, store: Store, profile: Profile, *, teacher: str | None = None,
                 back_up: Callable[[], Path] | None = None, before_restore: Callable[[], None] | None = None,
                 after_restore: Callable[[], None] | None = None, warning: Callable[[], str] | None = None):
        self.store, self.profile, self.teacher = store, profile, teacher
        self._back_up = back_up
        self._warning = warning
        self._before, self._after = before_restore, after_restore
        self.secret = PIN if profile.has_pin and teacher is None else None
        self.can_back_up = back_up is not None
        self.detail_title = translate("Backups", "大小")
        self.hint = translate(
            "Backups", "这里只有学习档案“{name}”自己的备份。本软件每隔一段时间自动备份;恢复一个备份只会改动"
                       "“{name}”的规划、笔记、进度和设置,其他学习档案都不受影响。恢复前,现在的数据会先另存为"
                       "“恢复前”备份,不会丢失。").format(name=profile.name)

    def entries(self) -> list[BackupEntry]:
        from netmkt_desktop.storage.backups import list_backups

        folder = self.store.profiles.folder(self.profile.id)
        return [BackupEntry(b.path, b.created, reason_label(b.reason), size_text(b.size), b.ok is not False)
                for b in list_backups(folder.backups)]

    def back_up(self) -> Path:
        return self._back_up()

    def warning(self) -> str:
        """Why this profile's last backup failed ("" when it worked), shown at the top of the dialog."""
        failure = self._warning() if self._warning is not None else ""
        return translate("Backups", "最近一次备份没有完成:{reason}").format(reason=failure) if failure else ""

    def confirm_text(self, entry: BackupEntry) -> str:
        text = translate(
            "Backups", "把学习档案“{name}”恢复成 {when} 的备份吗?\n\n"
                       "只有“{name}”的规划、笔记、学习进度、测验记录和设置会变回那时的样子,这个备份之后的改动会被撤回。"
                       "其他学习档案、所有 PIN 和教师密码都不会改变。\n\n"
                       "恢复前,“{name}”现在的数据会先另存为一个“恢复前”备份,需要时可以再恢复回来。").format(
            name=self.profile.name, when=when_text(entry.created))
        if self.secret == PIN:
            text += "\n\n" + translate("Backups", "请输入“{name}”的 PIN 来确认。").format(name=self.profile.name)
        return text

    def restore(self, entry: BackupEntry, secret: str | None) -> str:
        from netmkt_desktop.storage.opening import restore_profile

        allowed = []

        def on_allowed() -> None:
            allowed.append(True)
            if self._before is not None:
                self._before()

        try:
            restore_profile(self.store, self.profile.id, entry.path, pin=secret if self.secret == PIN else None,
                            teacher=self.teacher, on_allowed=on_allowed)
        finally:
            if allowed and self._after is not None:
                self._after()
        return translate("Backups", "学习档案“{name}”已恢复成 {when} 的备份。").format(
            name=self.profile.name, when=when_text(entry.created))


class FolderBackupSource:
    """The teacher's whole-folder backups: every profile at one moment (the teacher password typed)."""

    secret = None  # typed in the teacher's dialog already; storage checks it again
    can_back_up = True

    def warning(self) -> str:
        return ""

    def __init__(self, store: Store, teacher: str, *, before_restore: Callable[[], None] | None = None,
                 after_restore: Callable[[], None] | None = None):
        self.store, self.teacher = store, teacher
        self.detail_title = translate("Backups", "包含的学习档案")
        self._before, self._after = before_restore, after_restore
        self.hint = translate(
            "Backups", "整个数据文件夹的备份:每个备份保存了那时所有学习档案的数据。恢复时,备份里的每个档案都变回那时的样子"
                       "(名字和 PIN 保持现在的),之后新建的档案不受影响;恢复前,整个文件夹和每个被恢复的档案都会先另存"
                       "“恢复前”备份。")

    def entries(self) -> list[BackupEntry]:
        from netmkt_desktop.storage.folder_backups import list_folder_backups

        found = []
        for backup in list_folder_backups(self.store.folder):
            names = "、".join(name for _id, name in backup.profiles)
            detail = translate("Backups", "{n} 个:{names}").format(n=len(backup.profiles), names=names)
            found.append(BackupEntry(backup.path, backup.created, reason_label(backup.reason), detail, True, backup))
        return found

    def back_up(self) -> Path:
        from netmkt_desktop.storage.folder_backups import make_folder_backup

        return make_folder_backup(self.store, teacher=self.teacher)

    def confirm_text(self, entry: BackupEntry) -> str:
        from netmkt_desktop.storage.folder_backups import plan_folder_restore

        plan = plan_folder_restore(self.store, entry.item)
        none = translate("Backups", "(没有)")
        lines = [translate("Backups", "把整个数据文件夹恢复成 {when} 的备份吗?").format(when=when_text(entry.created)), "",
                 translate("Backups", "这些学习档案的数据会变回那时的样子(名字和 PIN 保持现在的):{names}").format(
                     names="、".join(p.name for p in plan.restored) or none)]
        if plan.returning:
            lines.append(translate("Backups", "这些已经删除的学习档案会回来:{names}").format(names="、".join(plan.returning)))
        lines.append(translate("Backups", "这些学习档案不受影响:{names}").format(
            names="、".join(p.name for p in plan.untouched) or none))
        lines += ["", translate("Backups", "恢复前,整个文件夹和每个被恢复的档案都会先另存一个“恢复前”备份。")]
        return "\n".join(lines)

    def restore(self, entry: BackupEntry, secret: str | None) -> str:
        from netmkt_desktop.storage.folder_backups import restore_folder

        allowed = []

        def on_allowed() -> None:
            allowed.append(True)
            if self._before is not None:
                self._before()

        try:
            plan = restore_folder(self.store, entry.item, teacher=self.teacher, on_allowed=on_allowed)
        finally:
            if allowed and self._after is not None:
                self._after()
        names = [p.name for p in plan.restored] + plan.returning
        return translate("Backups", "已把这些学习档案恢复成 {when} 的备份:{names}").format(
            when=when_text(entry.created), names="、".join(names))
