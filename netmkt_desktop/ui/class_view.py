"""班级汇总: the teacher's window over a folder of hand-in files (文件 › 打开班级文件夹…).

* The table (``class_model``): one row per hand-in file, replaced ones too, filtered by text,
  class and "show replaced", sorted in Chinese collation.
* The pictures (``class_charts``) follow what the table shows.
* Files that could not be used are listed with their reason.
* Selecting a student shows the plan read-only beside a comment box and a 等级 (``class_review``);
  保存批改 writes the returned file next to the student's file
  (``handin.returned_file_name``; the student's file is never written) atomically. A comment not
  yet saved is kept while the teacher looks at other students, and closing asks first.
* Exports: CSV (UTF-8 with BOM, for Excel/WPS), PNG of the pictures, the class summary as PDF
  (A4 landscape, page numbers) or printed.

The folder is read by the Qt-free :func:`netmkt_desktop.class_summary.summarize_folder` (bounded,
never aborted by one bad file).

Longer than most modules (about 550 lines): the window ties the table, pictures, review and exports
together; each of those is already a module of its own.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QBuffer, QEvent, QIODevice, QModelIndex, QObject, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QFontMetricsF, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMainWindow,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
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
    printable,
    summarize_folder,
)
from netmkt_desktop.files import write_bytes_atomic
from netmkt_desktop.handin import Grade, HandInFileError, build_returned, read_returned, returned_file_name
from netmkt_desktop.ui import dialogs
from netmkt_desktop.ui.class_charts import ChartsPanel
from netmkt_desktop.ui.class_model import COLUMN_INDEX, ClassFilterProxy, ClassTable, ClassTableModel
from netmkt_desktop.ui.class_review import ReviewPanel
from netmkt_desktop.ui.i18n import translate, translate_core
from netmkt_desktop.ui.safe_text import plain_label, tooltip, window_title

KEY_LAST_FOLDER = "class_view/last_folder"


def _describe(exc: OSError) -> str:
    from netmkt_desktop.ui.plan_document import _describe_os_error

    return _describe_os_error(exc)


# ---------------------------------------------------------------------------------------------
# The window


class ClassView(QMainWindow):
    """班级汇总 over one folder at a time."""

    review_saved = Signal(object)  # Entry

    def __init__(self, content=None, settings: QSettings | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        if parent is not None:
            self.setWindowFlag(Qt.WindowType.Window, True)
            # Closing the main window would take this one with it, unasked: watch for that.
            parent.installEventFilter(self)
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
        self.count_label = plain_label()
        self.count_label.setObjectName("classCountLabel")
        self.count_label.setWordWrap(True)

        self.table = ClassTable()
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
        self.setWindowTitle(window_title(self.tr("班级汇总 - {folder}").format(folder=printable(summary.folder.name or str(summary.folder)))))
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
        # The teacher's sort stays when a folder is (re)read; first by class. Equal keys keep the
        # order of the 学号 (the sort is stable).
        column, order = self.proxy.sortColumn(), self.proxy.sortOrder()
        if column < 0:
            column, order = COLUMN_INDEX["class"], Qt.SortOrder.AscendingOrder
        self.model.sort(COLUMN_INDEX["number"], Qt.SortOrder.AscendingOrder)
        self.table.sortByColumn(column, order)
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
            name.setToolTip(tooltip(printable(str(problem.path))))
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

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """The main window is closing (and would delete this window): unsaved comments ask first."""
        if watched is self.parent() and event.type() == QEvent.Type.Close and self.isVisible():
            if not self._confirm_leaving_drafts():
                event.ignore()
                return True
            self._drafts.clear()
        return False

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
