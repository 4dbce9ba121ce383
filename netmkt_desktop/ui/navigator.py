"""The navigator: a thin tree model over one content outline, and the search filter over it."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from netmkt_desktop.content import Content, NodeKind, OutlineItem
from netmkt_desktop.ui.icons import kind_icon

NODE_ID_ROLE = Qt.ItemDataRole.UserRole + 1

AnyIndex = QModelIndex | QPersistentModelIndex


class Outline(IntEnum):
    TOPICS = 0  # 按职业体系: 职业 / 岗位 / 岗位层级
    TEXTBOOK = 1  # 教材目录: the textbook's own order


def display_title(item: OutlineItem, outline: Outline) -> str:
    node = item.node
    if node.kind in (NodeKind.SIDEBAR, NodeKind.FURTHER_READING) and node.heading:
        return f"{node.heading}:{node.title}"
    if outline == Outline.TEXTBOOK and node.heading:
        return node.heading
    return node.title


class ContentTreeModel(QAbstractItemModel):
    """Read-only model: each index points at an :class:`OutlineItem`."""

    def __init__(self, content: Content, outline: Outline, parent: QObject | None = None):
        super().__init__(parent)
        self.content = content
        self.outline = outline
        self.roots = content.textbook if outline == Outline.TEXTBOOK else content.topics
        self._flat: list[tuple[OutlineItem, str]] | None = None

    def flat(self) -> list[tuple[OutlineItem, str]]:
        """Every place of the outline with its search text, depth first (built once)."""
        if self._flat is None:
            self._flat = [(item, item.node.search_text) for root in self.roots for item in root.walk()]
        return self._flat

    def _item(self, index: AnyIndex) -> OutlineItem | None:
        return index.internalPointer() if index.isValid() else None

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:
        if column != 0 or row < 0:
            return QModelIndex()
        siblings = self._children(parent)
        if row >= len(siblings):
            return QModelIndex()
        return self.createIndex(row, 0, siblings[row])

    def _children(self, parent: AnyIndex) -> list[OutlineItem]:
        item = self._item(parent)
        return item.children if item is not None else self.roots

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        item = self._item(index)
        if item is None or item.parent is None:
            return QModelIndex()
        up = item.parent
        siblings = up.parent.children if up.parent is not None else self.roots
        return self.createIndex(siblings.index(up), 0, up)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        if parent.column() > 0:
            return 0
        return len(self._children(parent))

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 1

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        item = self._item(index)
        if item is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return display_title(item, self.outline)
        if role == Qt.ItemDataRole.DecorationRole:
            return kind_icon(item.node.kind)
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.node.heading or item.node.title
        if role == NODE_ID_ROLE:
            return item.node.id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and section == 0:
            return self.tr("目录")
        return None

    def find(self, node_id: str) -> QModelIndex:
        """The first place of ``node_id`` in this outline, depth first."""
        for row, root in enumerate(self.roots):
            for item in root.walk():
                if item.node.id == node_id:
                    return self.createIndex(item.row() if item.parent else row, 0, item)
        return QModelIndex()


class NodeFilterProxy(QSortFilterProxyModel):
    """Keeps the nodes whose title or text contains the query, and the ancestors of those.

    The accepted places are worked out once per query in one pass over the outline, and the proxy
    is reset rather than updated row by row: with tens of thousands of nodes, Qt's incremental
    row removal and its own recursive filtering cost seconds per keystroke.
    """

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._query = ""
        self._accepted: set[int] = set()
        self.match_count = 0

    @property
    def query(self) -> str:
        return self._query

    def setSourceModel(self, model) -> None:  # noqa: N802 - Qt override
        self._compute(model)
        super().setSourceModel(model)  # resets the proxy

    def set_query(self, text: str) -> None:
        query = text.strip().casefold()
        if query == self._query:
            return
        self.beginResetModel()
        self._query = query
        self._compute(self.sourceModel())
        self.endResetModel()

    def _compute(self, model: ContentTreeModel | None) -> None:
        self._accepted = accepted = set()
        self.match_count = 0
        if not self._query or model is None:
            return
        query = self._query
        for item, text in model.flat():
            if query in text:
                self.match_count += 1
                up = item
                while up is not None and id(up) not in accepted:
                    accepted.add(id(up))
                    up = up.parent

    def is_match(self, index: AnyIndex) -> bool:
        """Whether the node at a proxy index contains the query itself (not only a descendant)."""
        item = self.mapToSource(index).internalPointer() if index.isValid() else None
        return bool(item and self._query and self._query in item.node.search_text)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:  # noqa: N802
        if not self._query:
            return True
        item = self.sourceModel().index(source_row, 0, source_parent).internalPointer()
        return id(item) in self._accepted


EXPAND_ALL_LIMIT = 300  # with more matches than this, expanding every branch costs more than it helps


def expand_for_query(tree, proxy: NodeFilterProxy, resting_depth: int) -> None:
    """Open the branches that hold matches; without a query, fold back to ``resting_depth``."""
    if proxy.query:
        if proxy.match_count <= EXPAND_ALL_LIMIT:
            tree.expandAll()
        else:
            tree.expandToDepth(1)
    else:
        tree.collapseAll()
        tree.expandToDepth(resting_depth)
