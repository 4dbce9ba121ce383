"""内容包: a teacher imports, lists and removes content packs."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from netmkt_desktop.errors import ContentError
from netmkt_desktop.ui import dialogs
from netmkt_desktop.ui.safe_text import plain_label


class PacksDialog(QDialog):
    """Lists the installed packs (name, id, version, node count); import and remove change them."""

    packs_changed = Signal()

    def __init__(self, library, errors: list[ContentError] = (), parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("packsDialog")
        self.setWindowTitle(self.tr("内容包"))
        self.setAccessibleName(self.tr("内容包"))
        self.library = library
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("packsTable")
        self.table.setAccessibleName(self.tr("已安装的内容包"))
        self.table.setHorizontalHeaderLabels([self.tr("名称"), self.tr("编号"), self.tr("版本"), self.tr("节点数")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.problems = plain_label()
        self.problems.setObjectName("packProblemsLabel")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("font-weight:bold;")
        self.problems.setVisible(bool(errors))
        self.problems.setText("\n\n".join(self.tr("无法使用的内容包:{error}").format(error=e) for e in errors))
        hint = plain_label(self.tr("内容包是老师制作的补充内容(格式见 docs/content-format.md)。"
                              "导入前会完整检查;可以先用 netmkt-desktop --validate-content 文件 检查。"))
        hint.setWordWrap(True)
        self.import_button = QPushButton(self.tr("导入内容包…"))
        self.import_button.setObjectName("importPackButton")
        self.import_button.clicked.connect(self.import_pack)
        self.remove_button = QPushButton(self.tr("删除"))
        self.remove_button.setObjectName("removePackButton")
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        self.packs = self.library.list()
        self.table.setRowCount(len(self.packs))
        for row, (info, count) in enumerate(self.packs):
            for column, text in enumerate((info.name, info.id, info.version, str(count))):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self._update_buttons()

    def _selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.packs[rows[0].row()][0] if rows else None

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self._selected() is not None)

    def import_pack(self) -> None:
        path = dialogs.ask_open_path(self, self.tr("导入内容包"), self.tr("内容包文件 (*.json);;所有文件 (*)"))
        if not path:
            return
        try:
            info = self.library.install(path)
        except ContentError as exc:
            dialogs.show_error(self, self.tr("内容包没有导入"), self.tr(
                "这个内容包有错误,没有导入,也没有做任何更改。\n\n{error}").format(error=exc))
            return
        except OSError as exc:
            dialogs.show_error(self, self.tr("内容包没有导入"), str(exc))
            return
        self.reload()
        self.packs_changed.emit()
        dialogs.show_info(self, self.tr("已导入"), self.tr("内容包“{name}”(版本 {version})已导入,目录中已经可以看到。").format(
            name=info.name, version=info.version))

    def remove_selected(self) -> None:
        info = self._selected()
        if info is None:
            return
        if not dialogs.confirm(self, self.tr("删除内容包"), self.tr(
                "确定要删除内容包“{name}”吗?\n引用其中内容的规划仍然可以打开,但会提示这些内容已不在。").format(name=info.name)):
            return
        try:
            self.library.remove(info.id)
        except OSError as exc:
            dialogs.show_error(self, self.tr("没有删除"), str(exc))
            return
        self.reload()
        self.packs_changed.emit()
