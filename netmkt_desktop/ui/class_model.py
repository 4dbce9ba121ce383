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
        if not index.isValid() or index.row() >= len(self._entries):
            return None
        row, column = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self._cells[row][column]
            if role == Qt.ItemDataRole.ToolTipRole:
                entry = self._entries[row]
                if COLUMNS[column][0] == "file":
                    return printable(str(entry.path))
                if entry.replaced:
                    return translate("ClassView", "已被替换:这个学生有更新的作业 %1").replace(
                        "%1", printable(entry.replaced_by.name))
                return text or None
            return text
        if role == SORT_ROLE:
            return self._keys[row][column]
        if role == Qt.ItemDataRole.FontRole and self._entries[row].replaced:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and self._entries[row].replaced:
            return QGuiApplication.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(COLUMNS):
            return translate_core(COLUMNS[section][1])
        return super().headerData(section, orientation, role)


_NUMERIC = {"achieved", "progress", "quiz", "handed_in", "version", "tiers"}


@functools.cache
def _collator() -> QCollator:
    collator = QCollator(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    collator.setNumericMode(True)
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return collator

COLUMN_INDEX = {key: i for i, (key, _label) in enumerate(COLUMNS)}


class ClassFilterProxy(QSortFilterProxyModel):
    """Shows the rows that contain the filter text (any column), of the chosen class, and replaced
    files only when asked; sorts by :data:`SORT_ROLE`."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)
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
