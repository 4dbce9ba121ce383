"""When a profile's data is backed up, and restoring while the app runs (备份与恢复).

Policy here, mechanism in :mod:`netmkt_desktop.storage.backups`: a backup of the profile in use at
most every 30 minutes while the app is open (only when its data changed), one when another profile
is chosen and one at exit (again only after a change), one when the student asks.  Each profile's
backups live in its own folder: a student's 备份与恢复 lists and restores only that student's
backups (:class:`~.backup_sources.ProfileBackupSource`), guarded by the PIN; the guest has no
backups.  The teacher's dialog uses the same dialog for any profile, and for the whole folder,
with the teacher password.  Every restore first keeps what it replaces as a "before restore" backup.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer

from netmkt_desktop.ui import dialogs

if TYPE_CHECKING:
    from netmkt_desktop.storage.store import ProfileData
    from netmkt_desktop.ui.backup_sources import ProfileBackupSource
    from netmkt_desktop.ui.session import Session

CHECK_EVERY_MS = 5 * 60 * 1000  # how often the timer asks whether a backup is due
BACKUP_EVERY = timedelta(minutes=30)


class Backups(QObject):
    """Automatic and manual backups of the profile in use, and the 备份与恢复 dialog."""

    def __init__(self, session: Session, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self.timer: QTimer | None = None
        self.dialog = None
        session.closing.connect(self._on_session_closing)

    def start(self) -> None:
        """Check now and then whether a backup is due (from the moment the personal data opened)."""
        if self.timer is None:
            self.timer = QTimer(self)
            self.timer.setInterval(CHECK_EVERY_MS)
            self.timer.timeout.connect(self._on_timer_timeout)
            self.timer.start()

    def _on_timer_timeout(self) -> None:
        self.backup_if_due()

    def _on_session_closing(self, data) -> None:
        """Another profile is chosen (or the app quits): the one left is backed up if it changed."""
        self._back_up_if_due(data, timedelta(0))

    def backup_now(self, reason: str | None = None) -> Path:
        """Back up the data of the profile in use now (a manual backup unless ``reason`` says
        otherwise).  Raises BackupError."""
        from netmkt_desktop.ui.backup_sources import back_up_profile

        data = self.session.data
        if data is None or data.folder is None:
            raise ValueError("the guest has no backups")
        self.session.leave()
        return back_up_profile(data, reason)

    def backup_if_due(self, every_minutes: int | None = None) -> None:
        """Automatic backups: at most every 30 minutes while open, and on exit (every_minutes=0)."""
        every = BACKUP_EVERY if every_minutes is None else timedelta(minutes=every_minutes)
        if every == timedelta(0):
            self.session.leave()
        self._back_up_if_due(self.session.data, every)

    def _back_up_if_due(self, data: ProfileData | None, every: timedelta) -> None:
        if data is None or data.folder is None:
            return
        from netmkt_desktop.storage.backups import backup_due
        from netmkt_desktop.storage.sqlite_files import REASON_AUTO
        from netmkt_desktop.ui.backup_sources import back_up_profile

        try:
            if backup_due(data.folder.backups, datetime.now(), every, db_path=data.folder.database):
                back_up_profile(data, REASON_AUTO)
        except Exception as exc:  # noqa: BLE001 - a failed automatic backup must not stop the lesson
            window = self.session.window
            window.statusBar().showMessage(self.tr("自动备份没有完成:{reason}").format(reason=exc), 10000)

    def source(self) -> ProfileBackupSource | None:
        """The backups the student in the window may see: the profile in use's (none for the guest)."""
        from netmkt_desktop.ui.backup_sources import ProfileBackupSource

        session = self.session
        data = session.data
        if session.store is None or data is None or data.folder is None or session.is_guest:
            return None
        return ProfileBackupSource(session.store, data.profile(), back_up=self.backup_now,
                                   before_restore=session.detach, after_restore=lambda: session.reopen(data.profile_id))

    def open_dialog(self) -> None:
        window = self.session.window
        if window.personal_data_hidden:
            return
        source = self.source()
        if source is None:
            dialogs.show_info(window, self.tr("备份与恢复"), self.tr(
                "访客的笔记和进度只保存到关闭本软件为止,没有备份。\n请选择自己的学习档案,再打开“备份与恢复”。"))
            return
        from netmkt_desktop.ui.backup_dialog import BackupDialog

        dialog = BackupDialog(source, window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
