"""备份与恢复: the list of backups of the personal data, 立即备份 and 从备份恢复.

The dialog never touches the Store: the app passes ``make_backup_now() -> Path`` (a backup made
while the store stays open) and ``restore(path) -> None`` (closes the store, restores, reopens; see
:func:`netmkt_desktop.storage.opening.restore_and_reopen`).  Either may raise; the dialog reports it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from netmkt_desktop.storage.backups import BackupInfo, list_backups
from netmkt_desktop.ui import dialogs

PATH_ROLE = Qt.ItemDataRole.UserRole + 1


def size_text(size: int) -> str:
    """Bytes as KB (under 1 MB) or MB, one decimal place."""
    if size < 1024 * 1024:
        return f"{max(size, 0) / 1024:.1f} KB"
    return f"{size / 1024 / 1024:.1f} MB"


class BackupDialog(QDialog):
    """Lists the backups in ``backups_dir``, newest first."""

    def __init__(self, backups_dir: Path, make_backup_now: Callable[[], Path],
                 restore: Callable[[Path], None], parent: QWidget | None = None):
        super().__init__(parent)
        self.backups_dir = Path(backups_dir)
        self._make_backup_now = make_backup_now
        self._restore = restore
        self.backups: list[BackupInfo] = []
        self.setObjectName("backupDialog")
        self.setWindowTitle(self.tr("备份与恢复"))
        self.setAccessibleName(self.tr("备份与恢复"))

        self.hint_label = QLabel(self.tr(
            "本软件每隔一段时间会自动备份个人数据。恢复一个备份时,当前的数据会先另存为“恢复前”备份,不会丢失。"))
        self.hint_label.setObjectName("backupHintLabel")
        self.hint_label.setWordWrap(True)

        self.table = QTableWidget(0, 3)
        self.table.setObjectName("backupTable")
        self.table.setAccessibleName(self.tr("备份列表"))
        self.table.setHorizontalHeaderLabels([self.tr("备份时间"), self.tr("大小"), self.tr("类型")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._on_table_item_selection_changed)
        self.table.itemDoubleClicked.connect(self._on_table_item_double_clicked)

        self.empty_label = QLabel(self.tr("还没有备份。点“立即备份”做第一个备份。"))
        self.empty_label.setObjectName("backupEmptyLabel")
        self.empty_label.setWordWrap(True)

        self.backup_button = QPushButton(self.tr("立即备份"))
        self.backup_button.setObjectName("backupNowButton")
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button = QPushButton(self.tr("从备份恢复"))
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
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(buttons)
        self.resize(560, 380)  # fits 1024x768 with room to spare
        self.reload()

    # -- content -------------------------------------------------------------------------------

    def reason_label(self, reason: str) -> str:
        labels = {
            "auto": self.tr("自动"),
            "manual": self.tr("手动"),
            "before-migration": self.tr("升级前"),
            "before-restore": self.tr("恢复前"),
        }
        return labels.get(reason, reason)

    def reload(self, select: Path | None = None) -> None:
        self.backups = list_backups(self.backups_dir)
        self.table.setRowCount(0)
        for row, info in enumerate(self.backups):
            self.table.insertRow(row)
            when = QTableWidgetItem(info.created.strftime("%Y-%m-%d %H:%M:%S"))
            when.setData(PATH_ROLE, str(info.path))
            when.setToolTip(str(info.path))
            size = QTableWidgetItem(size_text(info.size))
            size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            reason = self.reason_label(info.reason)
            if info.ok is False:
                reason = self.tr("{reason}(已损坏)").format(reason=reason)
            self.table.setItem(row, 0, when)
            self.table.setItem(row, 1, size)
            self.table.setItem(row, 2, QTableWidgetItem(reason))
        self.empty_label.setVisible(not self.backups)
        rows = [i for i, b in enumerate(self.backups) if select is not None and b.path == Path(select)]
        if rows:
            self.table.selectRow(rows[0])
        self._update_buttons()

    def selected_backup(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.backups[rows[0].row()]

    def _update_buttons(self) -> None:
        chosen = self.selected_backup()
        self.restore_button.setEnabled(chosen is not None and chosen.ok is not False)

    def _on_table_item_selection_changed(self) -> None:
        self._update_buttons()

    def _on_table_item_double_clicked(self, _item) -> None:
        self.restore_selected()

    # -- actions -------------------------------------------------------------------------------

    def backup_now(self) -> None:
        try:
            path = self._make_backup_now()
        except Exception as exc:  # noqa: BLE001 - BackupError, StoreError, OSError: all reported
            dialogs.show_error(self, self.tr("没有备份"), str(exc) or type(exc).__name__)
            return
        self.reload(select=path)
        dialogs.show_info(self, self.tr("已备份"), self.tr("个人数据已备份到:\n{path}").format(path=path))

    def restore_selected(self) -> None:
        chosen = self.selected_backup()
        if chosen is None or chosen.ok is False:
            return
        when = chosen.created.strftime("%Y-%m-%d %H:%M")
        question = self.tr(
            "把个人数据恢复成 {when} 的备份吗?\n\n这个备份之后所做的改动会被撤回;"
            "当前的数据会先另存为一个“恢复前”备份,需要时还可以再恢复回来。").format(when=when)
        if not dialogs.confirm(self, self.tr("从备份恢复"), question):
            return
        try:
            self._restore(chosen.path)
        except Exception as exc:  # noqa: BLE001 - BackupError, StoreError, OSError: all reported
            dialogs.show_error(self, self.tr("没有恢复"), str(exc) or type(exc).__name__)
            self.reload()
            return
        self.reload()
        dialogs.show_info(self, self.tr("已恢复"), self.tr("个人数据已恢复成 {when} 的备份。").format(when=when))
