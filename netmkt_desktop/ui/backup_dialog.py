"""备份与恢复: a list of backups, 立即备份 and 从备份恢复 — of one student, or the teacher's.

The dialog never touches the store: a :class:`BackupSource` says what to list and does the work
(``ui/backups.py`` has the student's — only that profile's own backups — and the teacher's — one
profile's, or whole-folder backups).  Restoring asks first in a :class:`~.guard_dialog.GuardDialog`
whose text the source writes (it names the profile and the backup's date and says what else
changes), with the PIN or teacher password field the source asks for; a wrong one is shown there
and nothing changes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from netmkt_desktop.errors import AccessDeniedError
from netmkt_desktop.ui import dialogs
from netmkt_desktop.ui.guard_dialog import GuardDialog
from netmkt_desktop.ui.i18n import translate
from netmkt_desktop.ui.safe_text import plain_label, tooltip

PATH_ROLE = Qt.ItemDataRole.UserRole + 1


def size_text(size: int) -> str:
    """Bytes as KB (under 1 MB) or MB, one decimal place."""
    if size < 1024 * 1024:
        return f"{max(size, 0) / 1024:.1f} KB"
    return f"{size / 1024 / 1024:.1f} MB"


def reason_label(reason: str) -> str:
    labels = {
        "auto": translate("BackupDialog", "自动"),
        "manual": translate("BackupDialog", "手动"),
        "before-migration": translate("BackupDialog", "升级前"),
        "before-restore": translate("BackupDialog", "恢复前"),
        "before-profiles": translate("BackupDialog", "旧版本的数据文件"),
    }
    return labels.get(reason, reason)


def when_text(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M")


@dataclass(frozen=True)
class BackupEntry:
    """One row: a backup file (or a whole-folder set) and what to show of it."""

    path: Path
    created: datetime
    kind: str  # shown: 自动, 手动, 恢复前 …
    detail: str  # shown: its size, or the profiles it holds
    ok: bool = True  # False: not a usable database (listed, never restored)
    item: object = None  # what the source needs to restore it


class BackupSource(Protocol):
    """What the dialog lists and does."""

    hint: str  # the first line: whose backups these are and what a restore changes
    detail_title: str  # the third column's title
    secret: str | None  # what the restore asks for: guard_dialog.PIN, .TEACHER or None
    can_back_up: bool

    def entries(self) -> list[BackupEntry]: ...

    def back_up(self) -> Path: ...

    def warning(self) -> str:
        """Why the last backup failed, "" when it worked: shown above the list."""

    def confirm_text(self, entry: BackupEntry) -> str: ...

    def restore(self, entry: BackupEntry, secret: str | None) -> str:
        """Restore; returns what to tell.  AccessDeniedError: a wrong secret (the question stays)."""


class BackupDialog(QDialog):
    """Lists a source's backups, newest first."""

    def __init__(self, source: BackupSource, parent: QWidget | None = None):
        super().__init__(parent)
        self.source = source
        self.entries: list[BackupEntry] = []
        self.guard: GuardDialog | None = None
        self.setObjectName("backupDialog")
        self.setWindowTitle(self.tr("备份与恢复"))
        self.setAccessibleName(self.tr("备份与恢复"))

        self.hint_label = plain_label(source.hint)
        self.hint_label.setObjectName("backupHintLabel")
        self.hint_label.setWordWrap(True)
        self.hint_label.setTextFormat(Qt.TextFormat.PlainText)

        self.warning_label = plain_label()  # the reason holds a path: shown as it is
        self.warning_label.setObjectName("backupWarningLabel")
        self.warning_label.setAccessibleName(self.tr("备份警告"))
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet("color: #b00020; font-weight: bold;")

        self.table = QTableWidget(0, 3)
        self.table.setObjectName("backupTable")
        self.table.setAccessibleName(self.tr("备份列表"))
        self.table.setHorizontalHeaderLabels([self.tr("备份时间"), self.tr("类型"), source.detail_title])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._on_table_item_selection_changed)
        self.table.itemDoubleClicked.connect(self._on_table_item_double_clicked)

        self.empty_label = plain_label(self.tr("还没有备份。点“立即备份”做第一个备份。") if source.can_back_up
                                       else self.tr("还没有备份。"))
        self.empty_label.setObjectName("backupEmptyLabel")
        self.empty_label.setWordWrap(True)

        self.backup_button = QPushButton(self.tr("立即备份"))
        self.backup_button.setObjectName("backupNowButton")
        self.backup_button.clicked.connect(self.backup_now)
        self.backup_button.setVisible(source.can_back_up)
        self.restore_button = QPushButton(self.tr("从备份恢复…"))
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.clicked.connect(self.restore_selected)
        self.close_button = QPushButton(self.tr("关闭"))
        self.close_button.setObjectName("closeButton")
        self.close_button.clicked.connect(self.reject)

        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.warning_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(buttons)
        self.resize(640, 420)  # fits 1024x768 with room to spare
        self.reload()

    # -- content -------------------------------------------------------------------------------

    def reload(self, select: Path | None = None) -> None:
        warning = self.source.warning()
        self.warning_label.setText(warning)
        self.warning_label.setVisible(bool(warning))
        self.entries = self.source.entries()
        self.table.setRowCount(0)
        for row, entry in enumerate(self.entries):
            self.table.insertRow(row)
            when = QTableWidgetItem(entry.created.strftime("%Y-%m-%d %H:%M:%S"))
            when.setData(PATH_ROLE, str(entry.path))
            when.setToolTip(tooltip(str(entry.path)))
            kind = entry.kind if entry.ok else self.tr("{reason}(已损坏)").format(reason=entry.kind)
            detail = QTableWidgetItem(entry.detail)
            detail.setToolTip(tooltip(entry.detail))
            self.table.setItem(row, 0, when)
            self.table.setItem(row, 1, QTableWidgetItem(kind))
            self.table.setItem(row, 2, detail)
        self.empty_label.setVisible(not self.entries)
        rows = [i for i, e in enumerate(self.entries) if select is not None and e.path == Path(select)]
        if rows:
            self.table.selectRow(rows[0])
        self._update_buttons()

    def selected_entry(self) -> BackupEntry | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.entries[rows[0].row()]

    def _update_buttons(self) -> None:
        chosen = self.selected_entry()
        self.restore_button.setEnabled(chosen is not None and chosen.ok)

    def _on_table_item_selection_changed(self) -> None:
        self._update_buttons()

    def _on_table_item_double_clicked(self, _item) -> None:
        self.restore_selected()

    # -- actions -------------------------------------------------------------------------------

    def backup_now(self) -> None:
        try:
            path = self.source.back_up()
        except Exception as exc:  # noqa: BLE001 - BackupError, StoreError, OSError: all reported
            self.reload()
            dialogs.show_error(self, self.tr("没有备份"), str(exc) or type(exc).__name__)
            return
        self.reload(select=path)
        dialogs.show_info(self, self.tr("已备份"), self.tr("已备份到:\n{path}").format(path=path))

    def restore_selected(self) -> GuardDialog | None:
        """Ask (naming whose data and which date, with a PIN or teacher password field when needed)."""
        chosen = self.selected_entry()
        if chosen is None or not chosen.ok:
            return None
        guard = GuardDialog(self.tr("从备份恢复"), self.source.confirm_text(chosen),
                            lambda secret: self._restore(guard, chosen, secret), secret=self.source.secret,
                            ok_text=self.tr("恢复"), parent=self)
        return dialogs.open_one(self, "guard", guard)

    def _restore(self, guard: GuardDialog, chosen: BackupEntry, secret: str | None) -> bool:
        try:
            message = self.source.restore(chosen, secret)
        except AccessDeniedError as exc:
            guard.show_problem(str(exc))
            return False
        except Exception as exc:  # noqa: BLE001 - BackupError, StoreError, OSError: all reported
            dialogs.show_error(self, self.tr("没有恢复"), str(exc) or type(exc).__name__)
            self.reload()
            return True
        self.reload()
        dialogs.show_info(self, self.tr("已恢复"), message)
        return True
