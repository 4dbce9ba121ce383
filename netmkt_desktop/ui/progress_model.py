"""The learned marks in the navigator: check boxes on nodes and "x/y" counts on sections.

A thin proxy between the outline model and the search filter; the chart lives in progress_view.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import (
    QAbstractItemModel,
    QIdentityProxyModel,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)

from netmkt_desktop.ui.navigator import NODE_ID_ROLE, AnyIndex


class ProgressProxy(QIdentityProxyModel):
    """Adds "learned" check boxes and "x/y" section counts to a model with ``NODE_ID_ROLE``."""

    learned_changed = Signal(str, bool)  # node id, learned: toggled by the user in the view

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._learned: set[str] = set()
        self._subtree: dict[tuple[int, ...], frozenset[str]] = {}
        for signal in (self.modelReset, self.rowsInserted, self.rowsRemoved, self.rowsMoved,
                       self.layoutChanged):
            signal.connect(self._forget)

    @property
    def learned(self) -> frozenset[str]:
        return frozenset(self._learned)

    def set_learned(self, learned: Iterable[str]) -> None:
        """Show ``learned`` (node ids) as learned; every row is repainted."""
        learned = set(learned)
        if learned == self._learned:
            return
        self._learned = learned
        self._changed_everywhere()

    def setSourceModel(self, model: QAbstractItemModel) -> None:  # noqa: N802 - Qt override
        self._subtree.clear()
        self._source = model  # a source made without a parent must live as long as the proxy uses it
        super().setSourceModel(model)

    # The navigator's filter and main window use these of ContentTreeModel; indexes of this proxy
    # carry the source's internal pointer (QIdentityProxyModel), so the filter works unchanged.
    def flat(self):
        """The source's ``flat()`` (every outline place with its search text)."""
        return self.sourceModel().flat()

    def find(self, node_id: str) -> QModelIndex:
        """The first place of ``node_id``, as an index of this proxy."""
        return self.mapFromSource(self.sourceModel().find(node_id))

    # -- helpers

    def _forget(self, *_args) -> None:
        self._subtree.clear()

    def _path(self, index: AnyIndex) -> tuple[int, ...]:
        rows = []
        while index.isValid():
            rows.append(index.row())
            index = index.parent()
        return tuple(reversed(rows))

    def _ids_below(self, index: AnyIndex) -> frozenset[str]:
        """Node ids of ``index`` and everything below it (cached per place)."""
        key = self._path(index)
        ids = self._subtree.get(key)
        if ids is None:
            found: set[str] = set()
            stack = [QModelIndex(index)]
            while stack:
                current = stack.pop()
                node_id = super().data(current, NODE_ID_ROLE)
                if node_id:
                    found.add(node_id)
                stack.extend(self.index(r, 0, current) for r in range(self.rowCount(current)))
            ids = self._subtree[key] = frozenset(found)
        return ids

    def counts(self, index: AnyIndex) -> tuple[int, int]:
        """(learned, total) of the subtree at ``index`` (the node itself included)."""
        ids = self._ids_below(index)
        return len(ids & self._learned), len(ids)

    def _changed_everywhere(self) -> None:
        stack = [QModelIndex()]
        roles = [Qt.ItemDataRole.CheckStateRole, Qt.ItemDataRole.DisplayRole,
                 Qt.ItemDataRole.AccessibleTextRole]
        while stack:
            parent = stack.pop()
            rows = self.rowCount(parent)
            if rows:
                columns = max(1, self.columnCount(parent))
                self.dataChanged.emit(self.index(0, 0, parent), self.index(rows - 1, columns - 1, parent), roles)
                stack.extend(self.index(r, 0, parent) for r in range(rows))

    # -- model overrides

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == 0 and super().data(index, NODE_ID_ROLE):
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.column() != 0:
            return super().data(index, role)
        if role == Qt.ItemDataRole.CheckStateRole:
            node_id = super().data(index, NODE_ID_ROLE)
            if not node_id:
                return None
            learned = node_id in self._learned
            return Qt.CheckState.Checked if learned else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            text = super().data(index, role)
            if text is None or not self.hasChildren(index):
                if role == Qt.ItemDataRole.AccessibleTextRole and text is not None \
                        and super().data(index, NODE_ID_ROLE) in self._learned:
                    return self.tr("{title},已学").format(title=text)
                return text
            done, total = self.counts(index)
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return self.tr("{title},已学 {done}/{total}").format(title=text, done=done, total=total)
            return f"{text}  {done}/{total}"
        return super().data(index, role)

    def setData(self, index: AnyIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return super().setData(index, value, role)
        node_id = super().data(index, NODE_ID_ROLE)
        if not node_id:
            return False
        if isinstance(value, Qt.CheckState):
            learned = value == Qt.CheckState.Checked
        else:
            learned = int(value) == Qt.CheckState.Checked.value
        if learned == (node_id in self._learned):
            return True
        if learned:
            self._learned.add(node_id)
        else:
            self._learned.discard(node_id)
        self._changed_everywhere()  # the node may stand in several places; its ancestors' counts change
        self.learned_changed.emit(node_id, learned)
        return True
