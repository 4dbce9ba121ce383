"""班级汇总: the teacher's window over a folder of hand-in files (文件 › 打开班级文件夹…).

* :class:`ClassTableModel` (one row per hand-in file, replaced ones too) under a
  :class:`ClassFilterProxy` (text, class, "show replaced"; sorting by numbers where a column is one).
* The pictures (``class_charts``) follow what the table shows.
* Files that could not be used are listed with their reason.
* Selecting a student shows the plan read-only (``plan_document.plan_html``, every text escaped)
  beside a comment box and a 等级; 保存批改 writes the returned file next to the student's file
  (``handin.returned_file_name``; the student's file is never written) atomically. A comment not
  yet saved is kept while the teacher looks at other students, and closing asks first.
* Exports: CSV (UTF-8 with BOM, for Excel/WPS), PNG of the pictures, the class summary as PDF
  (A4 landscape, page numbers) or printed.

The folder is read by the Qt-free :func:`netmkt_desktop.class_summary.summarize_folder` (bounded,
never aborted by one bad file).
"""

from __future__ import annotations

import dataclasses
import functools
import os
from html import escape
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QBuffer,
    QCollator,
    QEvent,
    QIODevice,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSettings,
    QSortFilterProxyModel,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QFont, QFontMetricsF, QGuiApplication, QImage, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from netmkt_desktop.class_summary import (
    COLUMNS,
    ClassFolderError,
    ClassSummary,
    Entry,
    csv_bytes,
    local_time,
    printable,
    row_cells,
    sort_key,
    summarize_folder,
)
from netmkt_desktop.files import write_bytes_atomic
from netmkt_desktop.handin import (
    COMMENT_LIMIT,
    Grade,
    HandInFileError,
    build_returned,
    read_returned,
    returned_file_name,
    summary_lines,
)
from netmkt_desktop.ui import dialogs
from netmkt_desktop.ui.class_charts import ChartsPanel
from netmkt_desktop.ui.i18n import translate, translate_core

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
KEY_LAST_FOLDER = "class_view/last_folder"
PLAN_IMAGE = "ladder"


def _describe(exc: OSError) -> str:
    from netmkt_desktop.ui.plan_document import _describe_os_error

    return _describe_os_error(exc)


# ---------------------------------------------------------------------------------------------
# Table model and filter


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


class _ClassTable(QTableView):
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


class _PlanBrowser(QTextBrowser):
    """Shows a plan on paper colours; loads nothing but the ladder picture it was given."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self._images: dict[str, QImage] = {}
        self.refused: list[str] = []
        from netmkt_desktop.ui.plan_document import print_palette

        self.setPalette(print_palette())
        # Paper under every theme: the plan's HTML (shared with the printed 职业生涯规划书) has
        # light-grey label cells, which light text of a dark or high-contrast style sheet cannot use.
        self.setStyleSheet("QTextBrowser { background-color: #ffffff; color: #000000; }")

    def set_image(self, name: str, image: QImage | None) -> None:
        self._images = {name: image} if image is not None else {}

    def loadResource(self, type_: int, name: QUrl):  # noqa: N802 - Qt override
        key = name.toString()
        if key in self._images:
            return self._images[key]
        self.refused.append(key)
        return None


# ---------------------------------------------------------------------------------------------
# The review panel


class ReviewPanel(QWidget):
    """The selected student's plan (read-only), a 等级 and the comment; 保存批改 emits ``save_requested``."""

    save_requested = Signal()
    edited = Signal()

    def __init__(self, content=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("reviewPanel")
        self.content = content
        self.entry: Entry | None = None

        self.heading = QLabel()
        self.heading.setObjectName("reviewHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.plan_view = _PlanBrowser()
        self.plan_view.setObjectName("classPlanView")
        self.plan_view.setAccessibleName(self.tr("学生的规划(只读)"))

        self.grade_combo = QComboBox()
        self.grade_combo.setObjectName("gradeCombo")
        self.grade_combo.setAccessibleName(self.tr("等级"))
        self.grade_combo.addItem(self.tr("不评等级"), None)
        for grade in Grade:
            self.grade_combo.addItem(translate_core(grade.label), grade.value)
        self.grade_combo.currentIndexChanged.connect(self._on_grade_combo_current_index_changed)
        self.comment_edit = QPlainTextEdit()
        self.comment_edit.setObjectName("commentEdit")
        self.comment_edit.setAccessibleName(self.tr("评语"))
        self.comment_edit.setPlaceholderText(self.tr("写给学生的评语……"))
        self.comment_edit.setTabChangesFocus(True)
        self.comment_edit.textChanged.connect(self._on_comment_edit_text_changed)
        self.count_label = QLabel()
        self.count_label.setObjectName("commentCountLabel")
        self.save_button = QPushButton(self.tr("保存批改"))
        self.save_button.setObjectName("saveReviewButton")
        self.save_button.setToolTip(self.tr("把评语和等级写成“…_已批改”文件,放在学生的文件旁边(Ctrl+S)"))
        self.save_button.clicked.connect(self.save_requested)
        self.status_label = QLabel()
        self.status_label.setObjectName("reviewStatusLabel")
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setWordWrap(True)
        self.empty_label = QLabel(self.tr("在左边的名单中选择一名学生,查看他的规划并写评语。"))
        self.empty_label.setObjectName("reviewEmptyLabel")
        self.empty_label.setWordWrap(True)

        grade_row = QHBoxLayout()
        grade_label = QLabel(self.tr("等级(&G)"))
        grade_label.setBuddy(self.grade_combo)
        grade_row.addWidget(grade_label)
        grade_row.addWidget(self.grade_combo)
        grade_row.addStretch(1)
        comment_label = QLabel(self.tr("评语(&C)"))
        comment_label.setBuddy(self.comment_edit)
        comment_row = QHBoxLayout()
        comment_row.addWidget(comment_label)
        comment_row.addStretch(1)
        comment_row.addWidget(self.count_label)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addLayout(grade_row)
        bottom_layout.addLayout(comment_row)
        bottom_layout.addWidget(self.comment_edit, 1)
        save_row = QHBoxLayout()
        save_row.addWidget(self.status_label, 1)
        save_row.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignTop)
        bottom_layout.addLayout(save_row)
        self.bottom = bottom

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("reviewSplitter")
        self.splitter.addWidget(self.plan_view)
        self.splitter.addWidget(bottom)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 4, 4)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.heading)
        layout.addWidget(self.splitter, 1)
        self.show_entry(None)

    # -- showing

    def show_entry(self, entry: Entry | None, draft: tuple[str, Grade | None] | None = None) -> None:
        self.entry = entry
        has = entry is not None
        self.empty_label.setVisible(not has)
        self.heading.setVisible(has)
        self.splitter.setVisible(has)
        self.status_label.clear()
        if entry is None:
            self.plan_view.clear()
            self._set_values("", None)
            return
        details = entry.handin.shown_details
        who = details.label() or self.tr("(没有填写学生信息)")
        self.heading.setText(printable(f"{who} · {entry.handin.plan.title}"))
        self._show_plan(entry)
        comment, grade = draft if draft is not None else self.saved_values(entry)
        self._set_values(comment, grade)
        if entry.review is not None and entry.review_path is not None:
            self.status_label.setText(self.tr("已批改:{name}").format(name=printable(entry.review_path.name)))
        self._update_buttons()

    @staticmethod
    def saved_values(entry: Entry) -> tuple[str, Grade | None]:
        return (entry.review.comment, entry.review.grade) if entry.review is not None else ("", None)

    def values(self) -> tuple[str, Grade | None]:
        data = self.grade_combo.currentData()
        return self.comment_edit.toPlainText(), Grade(data) if data else None

    def is_changed(self) -> bool:
        return self.entry is not None and self.values() != self.saved_values(self.entry)

    def _set_values(self, comment: str, grade: Grade | None) -> None:
        for widget in (self.comment_edit, self.grade_combo):
            widget.blockSignals(True)
        self.comment_edit.setPlainText(comment)
        self.grade_combo.setCurrentIndex(max(0, self.grade_combo.findData(grade.value if grade else None)))
        for widget in (self.comment_edit, self.grade_combo):
            widget.blockSignals(False)
        self._update_buttons()

    def _show_plan(self, entry: Entry) -> None:
        from netmkt_desktop.ui.plan_document import plan_html, render_ladder_image

        details = entry.handin.shown_details
        # The 班级 and 姓名 the student handed in with show on the plan (the plan's own may be empty).
        # The file has no creation date: the plan's date shown is the day it was handed in.
        plan = dataclasses.replace(entry.handin.plan, student_name=details.student_name,
                                   class_name=details.class_name, created_at=local_time(entry)[:10])
        font = QFont(self.plan_view.font())
        image = render_ladder_image(plan, QFontMetricsF(font).height() * 20, font, scale=2)
        size = (round(image.width() / image.devicePixelRatio()), round(image.height() / image.devicePixelRatio()))
        self.plan_view.set_image(PLAN_IMAGE, image)
        self.plan_view.setHtml(self._handin_html(entry) + plan_html(plan, self.content, PLAN_IMAGE, size))

    def _handin_html(self, entry: Entry) -> str:
        """What the student handed in beside the plan: who, when, version, progress, quiz, earlier review."""
        lines = summary_lines(entry.handin, translate_core)
        lines.insert(2, self.tr("文件:{name}").format(name=entry.name))
        if entry.replaced:
            lines.append(self.tr("已被替换:这个学生有更新的作业 {name}").format(name=entry.replaced_by.name))
        if entry.earlier_review is not None:
            version, review = entry.earlier_review
            grade = translate_core(review.grade.label) if review.grade else self.tr("无等级")
            lines.append(self.tr("第 {version} 版的批改({grade}):{comment}").format(
                version=version, grade=grade, comment=review.comment))
        body = "<br/>".join(escape(printable(line)).replace("\n", "<br/>") for line in lines)
        return f'<p style="margin-bottom:12px">{body}</p><hr/>'

    # -- editing

    def _update_buttons(self) -> None:
        comment = self.comment_edit.toPlainText()
        too_long = len(comment) > COMMENT_LIMIT
        self.count_label.setText(self.tr("{n}/{limit} 字").format(n=len(comment), limit=COMMENT_LIMIT))
        self.count_label.setStyleSheet("font-weight:bold;" if too_long else "")
        self.save_button.setEnabled(self.entry is not None and not too_long
                                    and (bool(comment.strip()) or self.grade_combo.currentData() is not None))

    def _on_comment_edit_text_changed(self) -> None:
        self._update_buttons()
        if len(self.comment_edit.toPlainText()) > COMMENT_LIMIT:
            self.status_label.setText(self.tr("评语最多 {limit} 字,请删减后再保存。").format(limit=COMMENT_LIMIT))
        self.edited.emit()

    def _on_grade_combo_current_index_changed(self, _index: int) -> None:
        self._update_buttons()
        self.edited.emit()


# ---------------------------------------------------------------------------------------------
# The window


class ClassView(QMainWindow):
    """班级汇总 over one folder at a time."""

    review_saved = Signal(object)  # Entry

    def __init__(self, content=None, settings: QSettings | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        if parent is not None:
            self.setWindowFlag(Qt.WindowType.Window, True)
        self.setObjectName("classView")
        self.setWindowTitle(self.tr("班级汇总"))
        self.content = content
        self.settings = settings
        self.summary: ClassSummary | None = None
        self._drafts: dict[Entry, tuple[str, Grade | None]] = {}
        self.print_dialog = None

        self.model = ClassTableModel(content, self)
        self.proxy = ClassFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.filter_field = QLineEdit()
        self.filter_field.setObjectName("classFilterField")
        self.filter_field.setAccessibleName(self.tr("筛选"))
        self.filter_field.setPlaceholderText(self.tr("筛选:姓名、学号、标题、岗位……(Ctrl+F)"))
        self.filter_field.setClearButtonEnabled(True)
        self.filter_field.textChanged.connect(self._on_filter_field_text_changed)
        self.class_combo = QComboBox()
        self.class_combo.setObjectName("classCombo")
        self.class_combo.setAccessibleName(self.tr("班级"))
        self.class_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.class_combo.currentIndexChanged.connect(self._on_class_combo_current_index_changed)
        self.replaced_check = QCheckBox(self.tr("显示已被替换的文件"))
        self.replaced_check.setObjectName("showReplacedCheck")
        self.replaced_check.toggled.connect(self._on_replaced_check_toggled)
        self.count_label = QLabel()
        self.count_label.setObjectName("classCountLabel")
        self.count_label.setWordWrap(True)

        self.table = _ClassTable()
        self.table.setObjectName("classTable")
        self.table.setAccessibleName(self.tr("学生名单"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_row_changed)

        self.charts = ChartsPanel()
        charts_scroll = QScrollArea()
        charts_scroll.setObjectName("classChartsScroll")
        charts_scroll.setWidgetResizable(True)
        charts_scroll.setWidget(self.charts)

        self.problem_table = QTableWidget(0, 2)
        self.problem_table.setObjectName("problemTable")
        self.problem_table.setAccessibleName(self.tr("无法使用的文件"))
        self.problem_table.setHorizontalHeaderLabels([self.tr("文件"), self.tr("原因")])
        self.problem_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problem_table.setWordWrap(True)
        self.problem_table.verticalHeader().hide()
        self.problem_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.problem_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("classTabs")
        self.tabs.setUsesScrollButtons(True)
        self.table_tab = self.tabs.addTab(self.table, self.tr("学生名单"))
        self.charts_tab = self.tabs.addTab(charts_scroll, self.tr("图表"))
        self.problems_tab = self.tabs.addTab(self.problem_table, self.tr("无法使用的文件"))

        filters = QHBoxLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        filters.addWidget(self.filter_field, 2)
        filters.addWidget(self.class_combo, 1)
        filters.addWidget(self.replaced_check)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(4, 4, 4, 4)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.count_label)
        left_layout.addWidget(self.tabs, 1)

        self.review = ReviewPanel(content)
        self.review.save_requested.connect(self.save_review)
        self.review.edited.connect(self._on_review_edited)
        review_scroll = QScrollArea()  # a zoomed review panel scrolls instead of widening the window
        review_scroll.setObjectName("reviewScroll")
        review_scroll.setWidgetResizable(True)
        review_scroll.setWidget(self.review)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("classSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(review_scroll)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.setCentralWidget(self.splitter)

        self._build_actions()
        screen = self.screen().availableGeometry()
        self.resize(min(1100, screen.width()), min(760, screen.height()))
        self.splitter.setSizes([int(self.width() * 0.58), int(self.width() * 0.42)])
        self._update_actions()

    # -- actions

    def _action(self, text: str, keys: list, slot, name: str) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.action_open = self._action(self.tr("打开文件夹…"), [QKeySequence.StandardKey.Open],
                                        self.choose_folder, "actionClassOpen")
        self.action_reload = self._action(self.tr("重新读取"), ["F5"], self.reload, "actionClassReload")
        self.action_csv = self._action(self.tr("导出表格(CSV)…"), [], self.export_csv, "actionClassCsv")
        self.action_png = self._action(self.tr("导出图表(PNG)…"), [], self.export_png, "actionClassPng")
        self.action_pdf = self._action(self.tr("导出汇总(PDF)…"), [], self.export_pdf, "actionClassPdf")
        self.action_print = self._action(self.tr("打印…"), [QKeySequence.StandardKey.Print],
                                         self.print_summary, "actionClassPrint")
        self.action_save = self._action(self.tr("保存批改"), [QKeySequence.StandardKey.Save],
                                        self.save_review, "actionSaveReview")
        self.action_save_next = self._action(self.tr("保存并看下一个"), ["Ctrl+Return", "Ctrl+Enter"],
                                             self.save_and_next, "actionSaveReviewNext")
        self.action_find = self._action(self.tr("筛选"), [QKeySequence.StandardKey.Find],
                                        self._focus_filter, "actionClassFind")
        self.action_close = self._action(self.tr("关闭"), [QKeySequence.StandardKey.Close], self.close,
                                         "actionClassClose")
        toolbar = QToolBar(self.tr("班级汇总"))
        toolbar.setObjectName("classToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.action_open, self.action_reload, None, self.action_csv, self.action_png,
                       self.action_pdf, self.action_print):
            toolbar.addSeparator() if action is None else toolbar.addAction(action)
        self.addToolBar(toolbar)
        self.toolbar = toolbar

    def _update_actions(self) -> None:
        has = self.summary is not None
        for action in (self.action_reload, self.action_csv, self.action_png, self.action_pdf, self.action_print):
            action.setEnabled(has)
        entry = self.review.entry
        enabled = entry is not None and self.review.save_button.isEnabled()
        self.action_save.setEnabled(enabled)
        self.action_save_next.setEnabled(enabled)

    def _focus_filter(self) -> None:
        self.filter_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_field.selectAll()

    # -- the folder

    def choose_folder(self) -> None:
        start = str(self.summary.folder) if self.summary else str(self.settings.value(KEY_LAST_FOLDER, "") or "") \
            if self.settings is not None else ""
        folder = dialogs.ask_folder(self, self.tr("打开班级文件夹"), start)
        if folder:
            self.open_folder(folder)

    def reload(self) -> None:
        if self.summary is not None:
            self.open_folder(self.summary.folder)

    def open_folder(self, folder: str | os.PathLike[str]) -> bool:
        """Read ``folder`` into the view; False (with a message) when it cannot be read or the
        teacher keeps unsaved comments."""
        if not self._confirm_leaving_drafts():
            return False
        try:
            summary = summarize_folder(folder)
        except ClassFolderError as exc:
            dialogs.show_error(self, self.tr("无法打开文件夹"), str(exc))
            return False
        self._drafts.clear()
        self.set_summary(summary)
        if self.settings is not None:
            self.settings.setValue(KEY_LAST_FOLDER, str(summary.folder))
        return True

    def set_summary(self, summary: ClassSummary) -> None:
        self.summary = summary
        self.setWindowTitle(self.tr("班级汇总 - {folder}").format(folder=printable(summary.folder.name or str(summary.folder))))
        self.review.show_entry(None)
        self.model.set_entries(summary.entries)
        classes = sorted({e.handin.shown_details.class_name for e in summary.entries})
        self.class_combo.blockSignals(True)
        self.class_combo.clear()
        self.class_combo.addItem(self.tr("全部班级"), None)
        for name in classes:
            self.class_combo.addItem(printable(name) if name else self.tr("(未填班级)"), name)
        self.class_combo.blockSignals(False)
        self.proxy.set_class(None)
        if self.proxy.sortColumn() < 0:
            self.table.sortByColumn(COLUMN_INDEX["number"], Qt.SortOrder.AscendingOrder)
            self.table.sortByColumn(COLUMN_INDEX["class"], Qt.SortOrder.AscendingOrder)
        self._fill_problems()
        self._fit_columns()
        self._after_filter()
        self._update_actions()

    def _fit_columns(self) -> None:
        header = self.table.horizontalHeader()
        fm = QFontMetricsF(self.table.font())
        cap = fm.height() * 14
        for column in range(len(COLUMNS)):
            width = max(header.sectionSizeHint(column), self.table.sizeHintForColumn(column))
            header.resizeSection(column, int(min(width + fm.height() * 0.5, cap)))

    def _fill_problems(self) -> None:
        problems = self.summary.problems
        self.problem_table.setRowCount(len(problems))
        for row, problem in enumerate(problems):
            name = QTableWidgetItem(printable(problem.name))
            name.setToolTip(printable(str(problem.path)))
            self.problem_table.setItem(row, 0, name)
            self.problem_table.setItem(row, 1, QTableWidgetItem(printable(problem.reason)))
        self.problem_table.resizeColumnToContents(0)
        self.problem_table.setColumnWidth(0, min(self.problem_table.columnWidth(0), 320))
        self.problem_table.resizeRowsToContents()
        self.tabs.setTabText(self.problems_tab, self.tr("无法使用的文件({n})").format(n=len(problems)))

    def _after_filter(self) -> None:
        shown = self.proxy.visible_entries()
        current = [e for e in shown if not e.replaced]
        self.charts.set_entries(current, self.content)
        summary = self.summary
        if summary is None:
            self.count_label.clear()
            return
        text = self.tr("显示 {shown} 名学生(共 {total} 名)").format(shown=len(current), total=len(summary.current))
        if summary.replaced:
            text += self.tr(",{n} 个文件已被替换").format(n=len(summary.replaced))
        if summary.problems:
            text += self.tr(",{n} 个文件无法使用").format(n=len(summary.problems))
        if summary.other_files:
            text += self.tr(",{n} 个其他文件未读取").format(n=summary.other_files)
        if summary.truncated:
            text += self.tr(";文件太多,只读取了一部分")
        self.count_label.setText(text)

    def _on_filter_field_text_changed(self, text: str) -> None:
        self.proxy.set_text(text)
        self._after_filter()

    def _on_class_combo_current_index_changed(self, _index: int) -> None:
        self.proxy.set_class(self.class_combo.currentData())
        self._after_filter()

    def _on_replaced_check_toggled(self, checked: bool) -> None:
        self.proxy.set_show_replaced(checked)
        self._after_filter()

    # -- selection and review

    def selected_entry(self) -> Entry | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.entry(self.proxy.mapToSource(index).row())

    def select_entry(self, entry: Entry) -> None:
        index = self.proxy.mapFromSource(self.model.index(self.model.row_of(entry), 0))
        if index.isValid():
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)

    def _keep_draft(self) -> None:
        entry = self.review.entry
        if entry is None:
            return
        if self.review.is_changed():
            self._drafts[entry] = self.review.values()
        else:
            self._drafts.pop(entry, None)
        self.model.refresh(entry, draft=entry in self._drafts)

    def _on_table_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        entry = self.model.entry(self.proxy.mapToSource(current).row()) if current.isValid() else None
        if entry is self.review.entry:
            return
        self._keep_draft()
        self.review.show_entry(entry, self._drafts.get(entry) if entry is not None else None)
        self._update_actions()

    def _on_review_edited(self) -> None:
        self._update_actions()

    def save_review(self) -> bool:
        """Write the returned file for the selected student; True when it is on disk."""
        entry = self.review.entry
        if entry is None or not self.review.save_button.isEnabled():
            return False
        comment, grade = self.review.values()
        target = entry.path.with_name(returned_file_name(entry.path.name))
        try:
            data = build_returned(entry.handin, comment, grade)
        except HandInFileError as exc:
            dialogs.show_error(self, self.tr("没有保存批改"), str(exc))
            return False
        if target.is_dir():
            dialogs.show_error(self, self.tr("没有保存批改"), self.tr(
                "无法保存批改:\n{path}\n\n这个名字已被一个文件夹占用。").format(path=printable(str(target))))
            return False
        try:
            write_bytes_atomic(target, data, mode=0o644 if os.name == "posix" else None)
        except OSError as exc:
            dialogs.show_error(self, self.tr("没有保存批改"), self.tr(
                "无法保存批改:\n{path}\n\n原因:{reason}\n\n评语还在窗口中,没有丢失。请检查文件夹能否写入(例如 U 盘是否写保护)后再试。")
                .format(path=printable(str(target)), reason=_describe(exc)))
            return False
        entry.review, entry.review_path = read_returned(data).review, target
        self._drafts.pop(entry, None)
        self.model.refresh(entry, draft=False)
        self.review.show_entry(entry)
        self.statusBar().showMessage(self.tr("已保存批改:{path}").format(path=printable(str(target))), 8000)
        self._update_actions()
        self.review_saved.emit(entry)
        return True

    def save_and_next(self) -> None:
        if not self.save_review():
            return
        index = self.table.currentIndex()
        below = index.siblingAtRow(index.row() + 1) if index.isValid() else QModelIndex()
        if below.isValid():
            self.table.setCurrentIndex(below)
            self.review.comment_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def unsaved_count(self) -> int:
        drafts = set(self._drafts)
        if self.review.is_changed():
            drafts.add(self.review.entry)
        elif self.review.entry is not None:
            drafts.discard(self.review.entry)
        return len(drafts)

    def _confirm_leaving_drafts(self) -> bool:
        count = self.unsaved_count()
        return count == 0 or dialogs.confirm(self, self.tr("评语没有保存"), self.tr(
            "有 {n} 份评语还没有保存。不保存就离开吗?\n(选“否”回到窗口,用“保存批改”保存。)").format(n=count))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if not self._confirm_leaving_drafts():
            event.ignore()
            return
        self._drafts.clear()
        super().closeEvent(event)

    # -- exports

    def _export_path(self, title: str, name: str, filters: str) -> str:
        folder = self.summary.folder if self.summary else Path.home()
        return dialogs.ask_save_path(self, title, str(folder / name), filters)

    def _write(self, path: str, data: bytes) -> bool:
        try:
            if Path(path).is_dir():
                raise IsADirectoryError(21, "Is a directory", path)
            write_bytes_atomic(Path(path), data, mode=0o644 if os.name == "posix" else None)
        except OSError as exc:
            dialogs.show_error(self, self.tr("没有导出"), self.tr("无法写入文件:\n{path}\n\n原因:{reason}").format(
                path=path, reason=_describe(exc)))
            return False
        self.statusBar().showMessage(self.tr("已导出:{path}").format(path=path), 8000)
        return True

    def _base_name(self) -> str:
        return printable(self.summary.folder.name) or self.tr("班级汇总") if self.summary else self.tr("班级汇总")

    def export_csv(self) -> None:
        if self.summary is None:
            return
        path = self._export_path(self.tr("导出表格"), f"{self._base_name()}.csv", self.tr("CSV 表格 (*.csv)"))
        if path:
            self._write(path, csv_bytes(self.proxy.visible_entries(), self.content, translate_core))

    def chart_png(self) -> bytes:
        image = self.charts.render(2.0)
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        return bytes(buffer.data())

    def export_png(self) -> None:
        if self.summary is None:
            return
        path = self._export_path(self.tr("导出图表"), f"{self._base_name()}.png", self.tr("PNG 图片 (*.png)"))
        if path:
            self._write(path, self.chart_png())

    def export_pdf(self) -> None:
        if self.summary is None:
            return
        path = self._export_path(self.tr("导出班级汇总"), f"{self._base_name()}.pdf", self.tr("PDF 文件 (*.pdf)"))
        if not path:
            return
        from netmkt_desktop.ui.class_document import export_summary_pdf
        from netmkt_desktop.ui.plan_document import PlanExportError

        try:
            pages = export_summary_pdf(str(self.summary.folder), self.proxy.visible_entries(), self.content,
                                       self.summary.problems, path)
        except PlanExportError as exc:
            dialogs.show_error(self, self.tr("没有导出"), str(exc))
            return
        self.statusBar().showMessage(self.tr("已导出 {pages} 页:{path}").format(pages=pages, path=path), 8000)

    def print_summary(self) -> None:
        if self.summary is None:
            return
        from netmkt_desktop.ui.class_document import print_summary

        self.print_dialog = print_summary(str(self.summary.folder), self.proxy.visible_entries(), self.content,
                                          self.summary.problems, self)


def open_class_folder(window) -> ClassView | None:
    """文件 › 打开班级文件夹…: ask for a folder and show it in the class view (one per main window).

    Not while the main window hides personal data (presentation mode): students' names and plans
    stay off the projector."""
    if getattr(window, "personal_data_hidden", False):
        return None
    settings = getattr(window, "settings", None)
    view = window.findChild(ClassView, "classView")
    start = str(settings.value(KEY_LAST_FOLDER, "") or "") if settings is not None else ""
    folder = dialogs.ask_folder(window, translate("ClassView", "打开班级文件夹"), start)
    if not folder:
        return view
    created = view is None
    if created:
        view = ClassView(getattr(window, "content", None), settings, window)
        view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        zoom = getattr(window, "zoom", None)
        if zoom is not None:
            from netmkt_desktop.ui.zoom import zoom_actions

            zoom.install_wheel_zoom(view)
            view.zoom_actions = zoom_actions(zoom, view)
    if not view.open_folder(folder):
        if created:
            view.deleteLater()
            return None
        return view
    if created:
        view.show()
    else:  # already open, perhaps behind the main window
        view.showNormal()
        view.raise_()
        view.activateWindow()
    return view
