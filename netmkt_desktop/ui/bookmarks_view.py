"""收藏与笔记: the starred nodes and every note, each one click (or Enter) away; Markdown export."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from netmkt_desktop.content import Content
from netmkt_desktop.errors import StoreError
from netmkt_desktop.study import notes_markdown
from netmkt_desktop.ui import dialogs
from netmkt_desktop.ui.navigator import NODE_ID_ROLE
from netmkt_desktop.ui.safe_text import plain_label, tooltip

NOTE_PREVIEW_CHARS = 60
EXISTS_ROLE = Qt.ItemDataRole.UserRole + 20  # False for a node that is no longer in the content


def _when(value) -> str:
    return str(value or "")[:16].replace("T", " ")


class BookmarksView(QWidget):
    """Two lists (收藏, 笔记) of one study data object; :meth:`refresh` after a change."""

    node_activated = Signal(str)

    def __init__(self, content: Content, data=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("bookmarksView")
        self.setAccessibleName(self.tr("收藏与笔记"))
        self.content = content
        self.data = data

        self.bookmarks_label = plain_label()
        self.bookmarks_label.setObjectName("bookmarksLabel")
        self.bookmarks_list = self._list("bookmarksList", self.tr("收藏列表"))
        self.bookmarks_label.setBuddy(self.bookmarks_list)
        self.unstar_button = QPushButton(self.tr("取消收藏(&R)"))
        self.unstar_button.setObjectName("unstarButton")
        self.unstar_button.clicked.connect(self.unstar_current)
        self.notes_label = plain_label()
        self.notes_label.setObjectName("notesLabel")
        self.notes_list = self._list("notesList", self.tr("笔记列表"))
        self.notes_label.setBuddy(self.notes_list)
        self.export_button = QPushButton(self.tr("导出为 Markdown(&X)…"))
        self.export_button.setObjectName("exportMarkdownButton")
        self.export_button.clicked.connect(self.export_markdown)
        self.status_label = plain_label()
        self.status_label.setObjectName("bookmarksStatusLabel")
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.addWidget(self.bookmarks_label, 1)
        head.addWidget(self.unstar_button)
        top_layout.addLayout(head)
        top_layout.addWidget(self.bookmarks_list, 1)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.notes_label)
        bottom_layout.addWidget(self.notes_list, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("bookmarksSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setSizes([1, 2])
        buttons = QHBoxLayout()
        buttons.addWidget(self.status_label, 1)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.refresh()

    def _list(self, name: str, accessible: str) -> QListWidget:
        view = QListWidget()
        view.setObjectName(name)
        view.setAccessibleName(accessible)
        view.setWordWrap(True)
        view.setUniformItemSizes(False)
        view.setAlternatingRowColors(True)  # two-line entries stay apart
        view.setSpacing(2)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.itemActivated.connect(self._on_item_activated)
        view.currentRowChanged.connect(self._update_buttons)
        return view

    # -- data ------------------------------------------------------------------------------------

    def attach(self, data) -> None:
        self.data = data
        self.status_label.clear()
        self.refresh()

    def set_content(self, content: Content) -> None:
        self.content = content
        self.refresh()

    def _title(self, node_id: str) -> tuple[str, str, bool]:
        """(title, breadcrumb, exists) of a node id."""
        node = self.content.node(node_id)
        if node is None:
            return node_id, self.tr("(内容中已没有这一节)"), False
        crumb = " › ".join((n.heading or n.title) for n in self.content.breadcrumb(node_id)[:-1])
        return node.title, crumb, True

    def refresh(self) -> None:
        """Read bookmarks and notes again from the study data."""
        marks: list[str] = []
        notes: list[tuple[str, str, object]] = []
        problem = ""
        if self.data is not None:
            try:
                marks = list(self.data.bookmarks())
                notes = sorted(self.data.notes_with_times(), key=lambda n: str(n[2]), reverse=True)
            except StoreError as exc:
                problem = str(exc)
        self.bookmarks_list.clear()
        for node_id in marks:
            title, crumb, exists = self._title(node_id)
            self._add(self.bookmarks_list, node_id, f"★ {title}\n{crumb}" if crumb else f"★ {title}", exists,
                      f"{title},{crumb}")
        self.notes_list.clear()
        for node_id, text, when in notes:
            if not text.strip():
                continue
            title, _crumb, exists = self._title(node_id)
            one_line = " ".join(text.split())
            preview = one_line if len(one_line) <= NOTE_PREVIEW_CHARS else one_line[:NOTE_PREVIEW_CHARS] + "…"
            item = self._add(self.notes_list, node_id, f"{title}  ·  {_when(when)}\n{preview}", exists,
                             self.tr("{title}的笔记:{text}").format(title=title, text=preview))
            item.setToolTip(tooltip(text if len(text) <= 1000 else text[:1000] + "…"))
        self.bookmarks_label.setText(self.tr("收藏({n})").format(n=self.bookmarks_list.count()))
        self.notes_label.setText(self.tr("笔记({n})").format(n=self.notes_list.count()))
        self._set_placeholder(self.bookmarks_list, self.tr("还没有收藏。在内容页点“收藏”把常看的一节加进来。"))
        self._set_placeholder(self.notes_list, self.tr("还没有笔记。"))
        if problem:
            self.status_label.setText(problem)
        self._update_buttons()

    def _add(self, view: QListWidget, node_id: str, text: str, exists: bool, accessible: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setData(NODE_ID_ROLE, node_id)
        item.setData(EXISTS_ROLE, exists)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, accessible)
        if not exists:
            item.setForeground(self.palette().color(self.palette().ColorGroup.Disabled,
                                                    self.palette().ColorRole.Text))
        view.addItem(item)
        return item

    def _set_placeholder(self, view: QListWidget, text: str) -> None:
        if view.count() == 0:
            item = QListWidgetItem(text)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            item.setData(NODE_ID_ROLE, "")
            view.addItem(item)

    def node_ids(self, view: QListWidget) -> list[str]:
        return [view.item(r).data(NODE_ID_ROLE) for r in range(view.count()) if view.item(r).data(NODE_ID_ROLE)]

    # -- actions ---------------------------------------------------------------------------------

    def _on_item_activated(self, item: QListWidgetItem) -> None:
        node_id = item.data(NODE_ID_ROLE)
        if node_id and item.data(EXISTS_ROLE):
            self.node_activated.emit(node_id)

    def _update_buttons(self, *_args) -> None:
        item = self.bookmarks_list.currentItem()
        self.unstar_button.setEnabled(self.data is not None and item is not None and bool(item.data(NODE_ID_ROLE)))
        self.export_button.setEnabled(self.data is not None)

    def unstar_current(self) -> None:
        item = self.bookmarks_list.currentItem()
        node_id = item.data(NODE_ID_ROLE) if item is not None else ""
        if not node_id or self.data is None:
            return
        row = self.bookmarks_list.currentRow()
        try:
            self.data.bookmark(node_id, False)
        except StoreError as exc:
            dialogs.show_error(self, self.tr("没有取消收藏"), str(exc))
            return
        self.refresh()
        self.bookmarks_list.setCurrentRow(min(row, self.bookmarks_list.count() - 1))

    def markdown(self) -> str:
        return notes_markdown(self.content, self.data.notes(), self.data.bookmarks())

    def export_markdown(self) -> None:
        if self.data is None:
            return
        path = dialogs.ask_save_path(self, self.tr("导出笔记和收藏"), self.tr("我的学习笔记.md"),
                                     self.tr("Markdown 文件 (*.md);;文本文件 (*.txt)"))
        if not path:
            return
        try:
            text = self.markdown()
        except StoreError as exc:
            dialogs.show_error(self, self.tr("没有导出"), str(exc))
            return
        if dialogs.export_text(self, path, text):
            self.status_label.setText(self.tr("已导出到 {path}").format(path=path))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.setAccessibleName(self.tr("收藏与笔记"))
        super().changeEvent(event)
