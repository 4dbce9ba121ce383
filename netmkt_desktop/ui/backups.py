"""When the personal data is backed up, and restoring a backup while the app runs (备份与恢复).

Policy here, mechanism in :mod:`netmkt_desktop.storage.backups`: a backup at most every 30 minutes
while the app is open (only when the data changed), one at exit, one when the student asks; a
restore goes through :func:`netmkt_desktop.storage.opening.restore_and_reopen`, which keeps the
replaced data as a "before restore" backup and opens the folder again whatever happened.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer

if TYPE_CHECKING:
    from netmkt_desktop.ui.session import Session

CHECK_EVERY_MS = 5 * 60 * 1000  # how often the timer asks whether a backup is due
BACKUP_EVERY = timedelta(minutes=30)


class Backups(QObject):
    """Automatic and manual backups of the session's store, and the 备份与恢复 dialog."""

    def __init__(self, session: Session, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self.timer: QTimer | None = None
        self.dialog = None

    def start(self) -> None:
        """Check now and then whether a backup is due (from the moment the personal data opened)."""
        if self.timer is None:
            self.timer = QTimer(self)
            self.timer.setInterval(CHECK_EVERY_MS)
            self.timer.timeout.connect(self._on_timer_timeout)
            self.timer.start()

    def _on_timer_timeout(self) -> None:
        self.backup_if_due()

    def backup_now(self, reason: str | None = None) -> Path:
        """Back up the personal database now (a manual backup unless ``reason`` says otherwise).

        make_backup prunes old backups itself.  Raises BackupError."""
        from netmkt_desktop.storage.backups import make_backup
        from netmkt_desktop.storage.sqlite_files import REASON_MANUAL

        folder = self.session.store.folder
        self.session.leave()
        return make_backup(folder.database, folder.backups, reason or REASON_MANUAL)

    def backup_if_due(self, every_minutes: int | None = None) -> None:
        """Automatic backups: at most every 30 minutes while open, and on exit (every_minutes=0)."""
        store = self.session.store
        if store is None or store.folder is None:
            return
        from netmkt_desktop.storage.backups import backup_due
        from netmkt_desktop.storage.sqlite_files import REASON_AUTO

        every = BACKUP_EVERY if every_minutes is None else timedelta(minutes=every_minutes)
        try:
            if backup_due(store.folder.backups, datetime.now(), every, db_path=store.folder.database):
                self.backup_now(REASON_AUTO)
        except Exception as exc:  # noqa: BLE001 - a failed automatic backup must not stop the lesson
            window = self.session.window
            window.statusBar().showMessage(self.tr("自动备份没有完成:{reason}").format(reason=exc), 10000)

    def open_dialog(self) -> None:
        window = self.session.window
        store = self.session.store
        if store is None or store.folder is None or window.personal_data_hidden:
            return
        from netmkt_desktop.ui.backup_dialog import BackupDialog

        dialog = BackupDialog(store.folder.backups, self.backup_now, self.restore, window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()

    def restore(self, backup: Path) -> None:
        """Replace the personal data by a backup (the current state is backed up first).

        The profile in use stays in use when the backup has it.  Raises the restore's BackupError
        after the folder is open again."""
        from netmkt_desktop.storage.opening import restore_and_reopen

        session = self.session
        profile_id = session.profile_id
        session.detach()
        store, error = restore_and_reopen(session.store, Path(backup))
        session.store = store
        if profile_id is not None and store.profiles.get(profile_id) is not None:
            session.use_profile(profile_id)
        else:
            session.attach_store(store)
        if error is not None:
            raise error
