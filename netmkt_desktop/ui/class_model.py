"""The class table: one row per hand-in file (replaced ones too), its filter and its view.

:class:`ClassTableModel` works out each entry's texts (``class_summary.row_cells``, translated) and
sort keys once: numbers for the numeric columns, and for the text columns the place in Chinese
collation (拼音 order, numbers inside text by value), so a sort compares integers.
:class:`ClassFilterProxy` filters by text (any column), class and "show replaced files".
"""

from __future__ import annotations

import functools

from PySide6.QtCore import (
    QAbstractTableModel,
    QCollator,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont, QFontMetricsF, QGuiApplication, QPalette
from PySide6.QtWidgets import QTableView, QWidget

from netmkt_desktop.class_summary import COLUMNS, Entry, printable, row_cells, sort_key
from netmkt_desktop.ui.i18n import translate, translate_core
from netmkt_desktop.ui.safe_text import tooltip

SORT_ROLE = Qt.ItemDataRole.UserRole + 1


class ClassTableModel(QAbstractTableModel):
    """Every hand-in entry of a summary; texts and sort keys are worked out once per entry."""

    def __init__(self, content=None, parent: QObject | None = None):
        super().__init__(parent)
        self.content = content
        self._entries: list[Entry] = []
        self._cells: list[list[str]] = []
        self._keys: list[list] = []
        self._search: list[str] = []
        self._drafts: set[Entry] = set()

    def set_entries(self, entries: list[Entry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self._drafts.clear()
        self._cells = [self._row(e) for e in self._entries]
        self._keys = [[sort_key(e, c) if COLUMNS[c][0] in _NUMERIC else 0 for c in range(len(COLUMNS))]
                      for e in self._entries]
        for column, (key, _label) in enumerate(COLUMNS):
            if key not in _NUMERIC:
                self._rank_column(column)
        self._search = ["\n".join(cells).casefold() for cells in self._cells]
        self.endResetModel()

    def _rank_column(self, column: int) -> None:
        """Text columns sort by their place in Chinese collation (拼音: 电商 before 新媒体; 班2 before
        班10), worked out once here, so sorting itself compares numbers."""
        texts = sorted({cells[column] for cells in self._cells}, key=functools.cmp_to_key(_collator().compare))
        rank = {text: i for i, text in enumerate(texts)}
        for keys, cells in zip(self._keys, self._cells):
            keys[column] = rank[cells[column]]

    def _row(self, entry: Entry) -> list[str]:
        cells = [printable(c) for c in row_cells(entry, self.content, translate_core)]
        if entry in self._drafts:
            status = COLUMN_INDEX["status"]
            cells[status] = " · ".join(filter(None, (cells[status], translate("ClassView", "评语未保存"))))
        return cells

    def entry(self, row: int) -> Entry:
        return self._entries[row]

    def entries(self) -> list[Entry]:
        return list(self._entries)

    def row_of(self, entry: Entry) -> int:
        return self._entries.index(entry)

    def search_text(self, row: int) -> str:
        return self._search[row]

    def refresh(self, entry: Entry, draft: bool | None = None) -> None:
        """Work out ``entry``'s texts again (after a review was saved, or a draft began or ended)."""
        if draft is not None:
            (self._drafts.add if draft else self._drafts.discard)(entry)
        row = self.row_of(entry)
        self._cells[row] = self._row(entry)
        self._search[row] = "\n".join(self._cells[row]).casefold()
        status = COLUMN_INDEX["status"]
        self._rank_column(status)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
        self.dataChanged.emit(self.index(0, status), self.index(len(self._entries) - 1, status), [SORT_ROLE])

    # -- Qt model

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        # Called for every visible cell and role at each paint: roles are compared as plain ints.
        role = int(role)
        if role not in _ROLES_USED or not index.isValid() or index.row() >= len(self._entries):
            return None
        row, column = index.row(), index.column()
        if role == _DISPLAY:
            return self._cells[row][column]
        if role == _SORT:
            return self._keys[row][column]
        entry = self._entries[row]
        if role == _TOOLTIP:
            if COLUMNS[column][0] == "file":
                return tooltip(printable(str(entry.path)))
            if entry.replaced:
                return tooltip(translate("ClassView", "已被替换:这个学生有更新的作业 %1").replace(
                    "%1", printable(entry.replaced_by.name)))
            return tooltip(self._cells[row][column]) or None
        if not entry.replaced:
            return None
        if role == _FONT:
            font = QFont()
            font.setItalic(True)
            return font
        return QGuiApplication.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Reorder the rows by :data:`SORT_ROLE` of ``column`` (a stable sort: equal keys keep their
        order, so sorting by 学号 and then by 班级 gives classes ordered by number).

        Sorting here, with the keys worked out once, costs a Python ``sorted``; the filter proxy
        passes its ``sort`` on to this (Qt's own proxy sort would call ``data`` thousands of times)."""
        if not 0 <= column < len(COLUMNS) or not self._entries:
            return
        self.layoutAboutToBeChanged.emit()
        keys = self._keys
        new_order = sorted(range(len(self._entries)), key=lambda r: keys[r][column],
                           reverse=order == Qt.SortOrder.DescendingOrder)  # stable both ways
        new_row = {old: new for new, old in enumerate(new_order)}
        for name in ("_entries", "_cells", "_keys", "_search"):
            values = getattr(self, name)
            setattr(self, name, [values[old] for old in new_order])
        persistent = self.persistentIndexList()
        self.changePersistentIndexList(persistent, [
            self.index(new_row[i.row()], i.column()) if i.isValid() else QModelIndex() for i in persistent])
        self.layoutChanged.emit()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(COLUMNS):
            return translate_core(COLUMNS[section][1])
        return super().headerData(section, orientation, role)


_NUMERIC = {"achieved", "progress", "quiz", "handed_in", "version", "tiers"}
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_SORT = int(SORT_ROLE)
_ROLES_USED = frozenset((_DISPLAY, _TOOLTIP, _FONT, _FOREGROUND, _SORT))


@functools.cache
def _collator() -> QCollator:
    collator = QCollator(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    collator.setNumericMode(True)
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return collator

COLUMN_INDEX = {key: i for i, (key, _label) in enumerate(COLUMNS)}


class ClassFilterProxy(QSortFilterProxyModel):
    """Shows the rows that contain the filter text (any column), of the chosen class, and replaced
    files only when asked; sorting is passed on to :meth:`ClassTableModel.sort`."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._text = ""
        self._class: str | None = None
        self._show_replaced = False

    def _refilter(self, name: str, value) -> None:
        """Change one filter setting; Qt 6.9+ is told before and after (invalidateFilter is deprecated)."""
        begin, end = getattr(self, "beginFilterChange", None), getattr(self, "endFilterChange", None)
        if begin is not None and end is not None:
            begin()
            setattr(self, name, value)
            end()
        else:
            setattr(self, name, value)
            self.invalidateFilter()

    def set_text(self, text: str) -> None:
        self._refilter("_text", text.strip().casefold())

    def set_class(self, class_name: str | None) -> None:
        self._refilter("_class", class_name)

    def set_show_replaced(self, show: bool) -> None:
        self._refilter("_show_replaced", show)

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        model: ClassTableModel = self.sourceModel()
        if parent.isValid() or row >= model.rowCount():
            return False
        entry = model.entry(row)
        if entry.replaced and not self._show_replaced:
            return False
        if self._class is not None and entry.handin.shown_details.class_name != self._class:
            return False
        return not self._text or self._text in model.search_text(row)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column, self._sort_order = column, order
        model = self.sourceModel()
        if model is not None:
            model.sort(column, order)

    def sortColumn(self) -> int:  # noqa: N802 - Qt override
        return self._sort_column

    def sortOrder(self) -> Qt.SortOrder:  # noqa: N802 - Qt override
        return self._sort_order

    def visible_entries(self) -> list[Entry]:
        model: ClassTableModel = self.sourceModel()
        return [model.entry(self.mapToSource(self.index(r, 0)).row()) for r in range(self.rowCount())]


class ClassTable(QTableView):
    """Row heights follow the font, so a zoomed table never cuts its text."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._fit_rows()

    def _fit_rows(self) -> None:
        self.verticalHeader().setDefaultSectionSize(int(QFontMetricsF(self.font()).height() * 1.5) + 2)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.FontChange:
            self._fit_rows()
        super().changeEvent(event)
