"""帮助 › 快捷键: every shortcut of the main window in a two-column table (操作 | 快捷键).

The rows come from the window's own actions (so a new action with a shortcut is listed by itself),
the keys of the search field, the tree's Space, and presentation mode's keys, which are plain key
presses rather than actions.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from netmkt_desktop.ui import presentation

_NATIVE = QKeySequence.SequenceFormat.NativeText


def _keys(keys) -> str:
    return " / ".join(QKeySequence(k).toString(_NATIVE) for k in keys)


def action_name(action: QAction) -> str:
    """An action's text as a reader sees it: no "&", no "(X)" mnemonic, no "…"."""
    import re

    return re.sub(r"\s*\(&[^)]\)", "", action.text()).replace("&", "").rstrip("…").strip()


def shortcut_rows(window) -> list[tuple[str, str]]:
    """(what it does, its keys) for every shortcut of ``window``, actions first, in menu order."""
    rows: list[tuple[str, str]] = []
    seen: set[int] = set()
    actions = [a for a in window.actions()]
    for widget in (getattr(window, "search_field", None),):
        if widget is not None:
            actions += widget.actions()
    for action in actions:
        keys = " / ".join(s.toString(_NATIVE) for s in action.shortcuts())
        if keys and id(action) not in seen:
            seen.add(id(action))
            rows.append((action_name(action), keys))
    translate = QCoreApplication.translate
    rows.append((translate("Shortcuts", "在目录中标记或取消“已学会”"), QKeySequence(Qt.Key.Key_Space).toString(_NATIVE)))
    rows += [
        (translate("Shortcuts", "演示模式:下一节(翻页笔)"), _keys(sorted(presentation.NEXT_KEYS, key=_order))),
        (translate("Shortcuts", "演示模式:上一节"), _keys(sorted(presentation.PREVIOUS_KEYS, key=_order))),
        (translate("Shortcuts", "演示模式:黑屏,再按任意键回来"), _keys(sorted(presentation.BLANK_KEYS, key=_order))),
        (translate("Shortcuts", "退出演示模式"), QKeySequence(Qt.Key.Key_Escape).toString(_NATIVE)),
    ]
    return rows


def _order(key: Qt.Key) -> int:
    """Page keys first (what a clicker sends), then the others."""
    first = (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp, Qt.Key.Key_Space, Qt.Key.Key_B)
    return first.index(key) if key in first else 10 + int(key)


class ShortcutsDialog(QDialog):
    """A read-only table of :func:`shortcut_rows`; opened with ``open()``."""

    def __init__(self, window, parent: QWidget | None = None):
        super().__init__(parent or window)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("快捷键"))
        self.rows = shortcut_rows(window)
        self.table = QTableWidget(len(self.rows), 2)
        self.table.setObjectName("shortcutsTable")
        self.table.setAccessibleName(self.tr("快捷键列表"))
        self.table.setHorizontalHeaderLabels([self.tr("操作"), self.tr("快捷键")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        for row, (name, keys) in enumerate(self.rows):
            self.table.setItem(row, 0, QTableWidgetItem(name))
            self.table.setItem(row, 1, QTableWidgetItem(keys))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.resizeRowsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        screen = (parent or window).screen().availableGeometry()
        self.resize(min(screen.width() - 40, self.fontMetrics().horizontalAdvance("中") * 36),
                    min(screen.height() - 80, self.fontMetrics().height() * 30))
