"""When a profile's data is backed up, and restoring while the app runs (备份与恢复).

Policy here, mechanism in :mod:`netmkt_desktop.storage.backups`: a backup of the profile in use at
most every 30 minutes while the app is open (only when its data changed), one when another profile
is chosen and one at exit (again only after a change), one when the student asks.  Each profile's
backups live in its own folder: a student's 备份与恢复 lists and restores only that student's
backups (:class:`~.backup_sources.ProfileBackupSource`), guarded by the PIN; the guest has no
backups.  The teacher's dialog uses the same dialog for any profile, and for the whole folder,
with the teacher password.  Every restore first keeps what it replaces as a "before restore" backup.

The PC's clock is not trusted (:mod:`netmkt_desktop.storage.backups`): the 30 minutes are measured
with a clock that never jumps from this session's last backup of the profile, and the backups this
session made are never pruned before it ends.  A backup that fails is not only said for a moment:
a warning stays in the status bar (``backupWarning``) and at the top of 备份与恢复 until a backup
of that profile works again.
"""

from __future__ import annotations

import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QLabel

from netmkt_desktop.ui import dialogs
from netmkt_desktop.ui.safe_text import plain_label, tooltip

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
        self.written: list[Path] = []  # the backups this session made: never pruned before it ends
        self._last_made: dict[Path, float] = {}  # backups folder -> time.monotonic() of this session's last backup
        self.failures: dict[Path, str] = {}  # backups folder -> why its last backup failed
        self.warning_label: QLabel | None = None
        session.closing.connect(self._on_session_closing)
        session.changed.connect(self._on_session_changed)

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

    def _on_session_changed(self) -> None:
        self._show_warning()

    # -- what happened -------------------------------------------------------------------------

    def failure(self) -> str:
        """Why the last backup of the profile in use failed; "" when it worked (or none was tried)."""
        data = self.session.data
        if data is None or data.folder is None:
            return ""
        return self.failures.get(data.folder.backups, "")

    def _made(self, data: ProfileData, path: Path) -> Path:
        self.written.append(path)
        self._last_made[data.folder.backups] = time.monotonic()
        self.failures.pop(data.folder.backups, None)
        self._show_warning()
        return path

    def _failed(self, data: ProfileData, exc: BaseException) -> None:
        self.failures[data.folder.backups] = str(exc) or type(exc).__name__
        self._show_warning()

    def _show_warning(self) -> None:
        """The status bar's lasting warning while the profile in use's last backup failed."""
        failure = self.failure()
        window = self.session.window
        if self.warning_label is None:
            if not failure:
                return
            self.warning_label = plain_label()
            self.warning_label.setObjectName("backupWarning")
            self.warning_label.setAccessibleName(self.tr("备份警告"))
            self.warning_label.setStyleSheet("color: #b00020; font-weight: bold;")
            window.statusBar().addPermanentWidget(self.warning_label)
        self.warning_label.setText(self.tr("⚠ 备份没有完成") if failure else "")
        self.warning_label.setToolTip(tooltip(self.tr("最近一次备份没有完成:\n{reason}\n\n请在“文件 › 备份与恢复…”中再试一次。"
                                                      ).format(reason=failure)) if failure else "")
        self.warning_label.setVisible(bool(failure))

    # -- making backups ------------------------------------------------------------------------

    def backup_now(self, reason: str | None = None) -> Path:
        """Back up the data of the profile in use now (a manual backup unless ``reason`` says
        otherwise).  Raises BackupError (and the warning stays until a backup works)."""
        from netmkt_desktop.ui.backup_sources import back_up_profile

        data = self.session.data
        if data is None or data.folder is None:
            raise ValueError("the guest has no backups")
        self.session.leave()
        try:
            return self._made(data, back_up_profile(data, reason, keep=self.written))
        except Exception as exc:
            self._failed(data, exc)
            raise

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

        last = self._last_made.get(data.folder.backups)
        elapsed = None if last is None else timedelta(seconds=time.monotonic() - last)
        try:
            if backup_due(data.folder.backups, datetime.now(), every, db_path=data.folder.database, elapsed=elapsed):
                self._made(data, back_up_profile(data, REASON_AUTO, keep=self.written))
        except Exception as exc:  # noqa: BLE001 - a failed automatic backup must not stop the lesson
            self._failed(data, exc)
            window = self.session.window
            window.statusBar().showMessage(self.tr("自动备份没有完成:{reason}").format(reason=exc), 10000)

    def source(self) -> ProfileBackupSource | None:
        """The backups the student in the window may see: the profile in use's (none for the guest)."""
        from netmkt_desktop.ui.backup_sources import ProfileBackupSource

        session = self.session
        data = session.data
        if session.store is None or data is None or data.folder is None or session.is_guest:
            return None
        return ProfileBackupSource(session.store, data.profile(), back_up=self.backup_now, warning=self.failure,
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
