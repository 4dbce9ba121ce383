"""The main window: navigator tree and search on the left, the detail pane and the tabs on the right.

This module keeps the layout, the actions and the navigation (history, reading order, search,
outlines) and the look (theme, zoom, presentation mode).  Whose data is shown is the
:class:`~netmkt_desktop.ui.session.Session`'s business (``window.session``), when to back up the
:class:`~netmkt_desktop.ui.backups.Backups`' (``window.backups``), and settings are read and
written through :class:`~netmkt_desktop.ui.preferences.Preferences` (``window.preferences``).

Why it is longer than 500 lines: the window's widgets, its 30-odd actions with their menus and
toolbar, and the navigation over them (history, reading order, search in the tree, two outlines)
all work on the same few widgets; split further, each part would reach into the others.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QMainWindow,
    QSplitter,
    QTabBar,
    QTabWidget,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from netmkt_desktop import __version__
from netmkt_desktop.content import Content
from netmkt_desktop.render import breadcrumb_text
from netmkt_desktop.ui import dialogs
from netmkt_desktop.ui.data_banner import DataBanner
from netmkt_desktop.ui.detail_pane import DetailPane
from netmkt_desktop.ui.i18n import app_display_name, translate_core
from netmkt_desktop.ui.backups import Backups
from netmkt_desktop.ui.navigator import NODE_ID_ROLE, Navigator, Outline
from netmkt_desktop.ui.preferences import Preferences
from netmkt_desktop.ui.presentation import PresentationMode
from netmkt_desktop.ui.safe_text import plain_label, window_title
from netmkt_desktop.ui.session import Session
from netmkt_desktop.ui.slide_layout import HeadingWeightKeeper
from netmkt_desktop.ui.theme import Theme, apply_theme, install_outline_style, next_theme
from netmkt_desktop.ui.zoom import ToolbarRows, ZoomController, zoom_actions

DETAIL_FONT_FACTOR = 1.2  # body text a little larger than the interface
NAVIGATOR_WIDTH = 320  # the tree's width at 100 %
PREFERRED_SIZE = (1100, 760)  # the first start where the screen has room; smaller screens: maximised


class MainWindow(QMainWindow):
    node_shown = Signal(str)

    def __init__(self, content: Content, settings: QSettings, parent: QWidget | None = None,
                 outline_style_later: bool = False):
        """``outline_style_later``: start with plain Fusion and call :meth:`install_outline_style`
        once the window is on screen (the app's start-up does, for a faster first paint)."""
        super().__init__(parent)
        self._outline_style_later = outline_style_later
        self.content = content
        self.core_content = content
        self.pack_errors: list = []
        self.settings = settings
        self.preferences = Preferences(settings, on_error=lambda message: self.statusBar().showMessage(message, 8000))
        self.session = Session(self)
        self.session.changed.connect(self._on_session_changed)
        self.backups = Backups(self.session, self)
        self._history: list[str] = []
        self._history_pos = -1
        self._moving_in_history = False
        self.setObjectName("mainWindow")
        self.setWindowTitle(app_display_name())

        self.search_field = QLineEdit()
        self.search_field.setObjectName("searchField")
        self.search_field.setAccessibleName(self.tr("搜索"))
        self.search_field.setPlaceholderText(self.tr("搜索标题和正文(Ctrl+F)"))
        self.search_field.setClearButtonEnabled(True)
        self.search_field.textChanged.connect(self._on_search_field_text_changed)
        self.search_field.returnPressed.connect(self._on_search_field_return_pressed)

        self.outline_tabs = QTabBar()
        self.outline_tabs.setObjectName("outlineTabs")
        self.outline_tabs.setAccessibleName(self.tr("目录方式"))
        self.outline_tabs.addTab(self.tr("按职业体系"))
        self.outline_tabs.addTab(self.tr("教材目录"))
        self.outline_tabs.setExpanding(True)

        self.tree = QTreeView()
        self.tree.setObjectName("navigatorTree")
        self.tree.setAccessibleName(self.tr("内容目录"))
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.navigator = Navigator(content, self.tree, self)
        self.proxy = self.navigator.proxy
        self.navigator.node_picked.connect(self._on_navigator_node_picked)
        self.action_clear_search = QAction(self.tr("清除搜索"), self.search_field)
        self.action_clear_search.setObjectName("actionClearSearch")
        self.action_clear_search.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.action_clear_search.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.action_clear_search.triggered.connect(self._on_action_clear_search_triggered)
        self.search_field.addAction(self.action_clear_search)
        self.action_to_tree = QAction(self.tr("从搜索框转到目录"), self.search_field)
        self.action_to_tree.setObjectName("actionSearchToTree")
        self.action_to_tree.setShortcut(QKeySequence(Qt.Key.Key_Down))
        self.action_to_tree.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.action_to_tree.triggered.connect(self._on_action_to_tree_triggered)
        self.search_field.addAction(self.action_to_tree)

        self.no_match = plain_label(self.tr("没有找到匹配的内容。"))
        self.no_match.setObjectName("noMatchLabel")
        self.no_match.setWordWrap(True)
        self.no_match.hide()

        left = QWidget()
        left.setObjectName("navigatorPanel")
        self.navigator_panel = left
        layout = QVBoxLayout(left)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.search_field)
        layout.addWidget(self.outline_tabs)
        layout.addWidget(self.no_match)
        layout.addWidget(self.tree, 1)

        self.detail = DetailPane()
        self.detail.node_link_activated.connect(self.select_node)
        HeadingWeightKeeper(self.detail)  # big headings stay bold at every zoom
        # 我的规划 is built when the personal data opens, after the first paint (start-up speed).
        self.plans_view = None
        self.plans_placeholder = plain_label(self.tr("正在打开个人数据…"))
        self.plans_placeholder.setObjectName("plansPlaceholder")
        self.plans_placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.plans_placeholder.setWordWrap(True)
        self.undo_stack = QUndoStack(self)
        self.plan_wizard = None

        self.reading_splitter = QSplitter(Qt.Orientation.Vertical)
        self.reading_splitter.setObjectName("readingSplitter")
        self.reading_splitter.addWidget(self.detail)
        self.reading_splitter.setChildrenCollapsible(False)
        self.study_tools = None

        # 首页: the whole section as a picture, the study path below it.  Made when first shown (at once
        # on the first start); until then its tab holds an empty placeholder (start-up speed).
        self.start_page = None
        self.home_placeholder = QWidget()
        self.home_placeholder.setObjectName("startPagePlaceholder")

        self.tabs = QTabWidget()
        self.tabs.setObjectName("mainTabs")
        self.tabs.setUsesScrollButtons(True)
        self.tabs.addTab(self.home_placeholder, self.tr("首页"))
        self.tabs.addTab(self.reading_splitter, self.tr("学习内容"))
        self.tabs.addTab(self.plans_placeholder, self.tr("我的规划"))

        self.guest_banner = DataBanner()  # the guest's notice, or that the data folder is read-only

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([NAVIGATOR_WIDTH, 700])
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(self.guest_banner)
        central_layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

        self.crumb_label = plain_label()
        self.crumb_label.setObjectName("breadcrumbLabel")
        self.statusBar().addWidget(self.crumb_label, 1)

        self.zoom = ZoomController(self)
        self.zoom.register_relative_font(self.detail, DETAIL_FONT_FACTOR)
        self.zoom.register_icon_view(self.tree)
        self.zoom.install_wheel_zoom(self)
        self.theme = Theme.SYSTEM
        self._theme_override: Theme | None = None
        self.presentation = PresentationMode(self, self.preferences.get, self.preferences.set)
        self.personal_data_hidden = False

        self._build_actions()
        self._restore_look()
        self.zoom.zoom_changed.connect(self._on_zoom_zoom_changed)
        self._set_outline(self.preferences.outline, reselect=False)
        self.outline_tabs.currentChanged.connect(self._on_outline_tabs_current_changed)
        self._restore_window_state()
        last = self.preferences.last_node()
        first = self.proxy.index(0, 0).data(NODE_ID_ROLE) or ""
        self.select_node(last if content.node(last) else first)  # shown once; the history starts with it
        if not last:  # the first start: the whole section at a glance
            self.show_home()
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self.tree.setFocus(Qt.FocusReason.OtherFocusReason)  # Down moves, Space marks, from the start

    # -- actions -------------------------------------------------------------------------------

    def _action(self, text: str, shortcuts: list[QKeySequence | str], slot, name: str) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.setShortcuts([QKeySequence(s) for s in shortcuts])
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.action_new_plan = self._action(self.tr("新建职业规划(&N)…"), ["Ctrl+N"], self.new_plan, "actionNewPlan")
        self.action_my_plans = self._action(self.tr("我的规划(&M)"), ["Ctrl+M"], self.show_plans, "actionMyPlans")
        self.action_undo = self.undo_stack.createUndoAction(self, self.tr("撤销(&U)"))
        self.action_undo.setObjectName("actionUndo")
        self.action_undo.setShortcuts([QKeySequence("Ctrl+Z")])
        self.action_redo = self.undo_stack.createRedoAction(self, self.tr("重做(&R)"))
        self.action_redo.setObjectName("actionRedo")
        self.action_redo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        self.addAction(self.action_undo)
        self.addAction(self.action_redo)
        self.action_switch_profile = self._action(self.tr("切换学习档案(&S)…"), ["Ctrl+Shift+P"],
                                                  self._on_action_switch_profile_triggered, "actionSwitchProfile")
        self.action_export_data = self._action(self.tr("导出我的数据(&E)…"), [], self.session.export_data,
                                               "actionExportData")
        self.action_import_data = self._action(self.tr("导入我的数据(&I)…"), [], self.session.import_data,
                                               "actionImportData")
        self.action_packs = self._action(self.tr("内容包(&K)…"), [], self.open_packs, "actionPacks")
        self.action_backups = self._action(self.tr("备份与恢复(&B)…"), [], self.backups.open_dialog, "actionBackups")
        self.action_teacher = self._action(self.tr("教师设置(&T)…"), [], self.session.teacher_settings, "actionTeacher")
        self.action_class_folder = self._action(self.tr("打开班级文件夹(&L)…"), [], self.open_class_folder,
                                                "actionClassFolder")
        self.action_quit = self._action(self.tr("退出(&Q)"), ["Ctrl+Q"], self.close, "actionQuit")
        self.action_find = self._action(self.tr("搜索(&F)"), [QKeySequence.StandardKey.Find], self.focus_search, "actionFind")
        self.action_back = self._action(self.tr("后退(&B)"), ["Alt+Left"], self.go_back, "actionBack")
        self.action_forward = self._action(self.tr("前进(&O)"), ["Alt+Right"], self.go_forward, "actionForward")
        self.action_previous = self._action(self.tr("上一个(&P)"), ["Ctrl+PgUp"], self.go_previous, "actionPrevious")
        self.action_next = self._action(self.tr("下一个(&N)"), ["Ctrl+PgDown"], self.go_next, "actionNext")
        self.action_home = self._action(self.tr("首页(&M)"), ["Alt+Home"], self.show_home, "actionHome")
        self.action_topics = self._action(self.tr("按职业体系(&T)"), ["Ctrl+1"], lambda: self._set_outline(Outline.TOPICS), "actionTopics")
        self.action_textbook = self._action(self.tr("教材目录(&C)"), ["Ctrl+2"], lambda: self._set_outline(Outline.TEXTBOOK), "actionTextbook")
        self.zoom_actions = zoom_actions(self.zoom, self)
        self.action_theme_cycle = self._action(self.tr("切换主题(&T)"), ["Ctrl+Shift+T"], self.cycle_theme, "actionThemeCycle")
        self.theme_group = QActionGroup(self)
        self.theme_actions: dict[Theme, QAction] = {}
        for theme in Theme:
            action = QAction(theme.label, self)
            action.setObjectName(f"actionTheme_{theme.value}")
            action.setCheckable(True)
            action.triggered.connect(lambda _checked=False, t=theme: self.set_theme(t))
            self.theme_group.addAction(action)
            self.theme_actions[theme] = action
        self.action_presentation = self._action(self.tr("演示模式(&D)"), ["F5"], self.presentation.toggle, "actionPresentation")
        self.action_presentation.setCheckable(True)
        self.presentation.changed.connect(self.action_presentation.setChecked)
        self.action_toggle_tree = self._action(self.tr("显示/隐藏目录"), ["F9"], self.presentation.toggle_tree, "actionToggleTree")
        self.action_shortcuts = self._action(self.tr("快捷键(&K)"), [], self.show_shortcuts, "actionShortcuts")
        self.action_about = self._action(self.tr("关于(&A)"), [], self.show_about, "actionAbout")

        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("文件(&F)"))
        file_menu.addAction(self.action_new_plan)
        file_menu.addAction(self.action_my_plans)
        file_menu.addSeparator()
        file_menu.addAction(self.action_switch_profile)
        file_menu.addAction(self.action_export_data)
        file_menu.addAction(self.action_import_data)
        file_menu.addAction(self.action_backups)
        file_menu.addAction(self.action_teacher)
        file_menu.addAction(self.action_packs)
        file_menu.addAction(self.action_class_folder)
        file_menu.addSeparator()
        file_menu.addAction(self.action_quit)
        self.file_menu = file_menu
        edit_menu = menu.addMenu(self.tr("编辑(&E)"))
        edit_menu.addAction(self.action_undo)
        edit_menu.addAction(self.action_redo)
        self.edit_menu = edit_menu
        view_menu = menu.addMenu(self.tr("查看(&V)"))
        for action in (self.action_home, self.action_find, None, self.action_back, self.action_forward, None,
                       self.action_previous, self.action_next, None, self.action_topics, self.action_textbook,
                       self.action_toggle_tree, None, *self.zoom_actions, None):
            view_menu.addSeparator() if action is None else view_menu.addAction(action)
        theme_menu = view_menu.addMenu(self.tr("主题(&H)"))
        theme_menu.addActions(list(self.theme_actions.values()))
        theme_menu.addSeparator()
        theme_menu.addAction(self.action_theme_cycle)
        view_menu.addSeparator()
        view_menu.addAction(self.action_presentation)
        self.view_menu = view_menu
        self.study_menu = menu.addMenu(self.tr("学习(&S)"))
        help_menu = menu.addMenu(self.tr("帮助(&H)"))
        help_menu.addAction(self.action_shortcuts)
        help_menu.addAction(self.action_about)

        toolbars = []
        for title, name, actions in ((self.tr("导航"), "mainToolbar", (self.action_back, self.action_forward,
                                                                     self.action_previous, self.action_next)),
                                     (self.tr("规划"), "plansToolbar", (self.action_new_plan, self.action_my_plans))):
            toolbar = QToolBar(title)
            toolbar.setObjectName(name)
            toolbar.setMovable(False)
            toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            toolbar.addActions(list(actions))
            self.addToolBar(toolbar)
            toolbars.append(toolbar)
        self.toolbar, self.plans_toolbar = toolbars
        self.toolbar_rows = ToolbarRows(self, toolbars)  # a second row rather than an overflow menu
        self._update_history_actions()

    @property
    def models(self) -> dict:
        """The outline models (check boxes and counts come from ``navigator.marks``)."""
        return self.navigator.models

    def set_content(self, content: Content) -> None:
        """New content (a pack was imported or removed): every view follows, personal data stays."""
        current = self.current_node_id()
        self.content = content
        self.navigator.set_content(content)
        if self.start_page is not None:
            self.start_page.set_content(content)
        self.detail.node = None
        if self.study_tools is not None:
            self.study_tools.set_content(content)
        if self.plans_view is not None:
            self.plans_view.content = content
            self.plans_view.reload()
        self._set_outline(self.outline, reselect=False)
        first = self.proxy.index(0, 0).data(NODE_ID_ROLE) or ""
        self.select_node(current if content.node(current) else first)

    @property
    def data_dir(self) -> Path | None:
        """The personal data folder (None until the personal data is open)."""
        store = self.session.store
        return store.folder.root if store is not None and store.folder is not None else None

    def open_packs(self) -> None:
        if self.data_dir is None:
            return
        from netmkt_desktop.packs import PackLibrary
        from netmkt_desktop.ui.packs_dialog import PacksDialog

        library = PackLibrary(self.data_dir, self.core_content)
        dialog = PacksDialog(library, self.pack_errors, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.packs_changed.connect(lambda: self.load_packs(library))
        self.packs_dialog = dialog
        dialog.open()

    def open_class_folder(self) -> None:
        """文件 › 打开班级文件夹…: the teacher's class view (ui/class_view.py)."""
        from netmkt_desktop.ui.class_view import open_class_folder

        open_class_folder(self)

    def load_packs(self, library=None) -> None:
        """The built-in content plus every valid installed pack; a broken pack is reported, not fatal."""
        from netmkt_desktop.packs import PackLibrary

        library = library or PackLibrary(self.data_dir, self.core_content)
        merged, self.pack_errors = library.load_all(self.core_content)
        if self.pack_errors:
            self.statusBar().showMessage(self.tr("有 {n} 个内容包无法使用,见 文件 › 内容包。").format(
                n=len(self.pack_errors)), 10000)
        if merged is not self.content and (len(merged.packs) > 1 or len(self.content.packs) > 1):
            self.set_content(merged)

    # -- outline, selection --------------------------------------------------------------------

    @property
    def outline(self) -> Outline:
        return Outline(self.outline_tabs.currentIndex())

    def _set_outline(self, outline: Outline, reselect: bool = True) -> None:
        """Show ``outline``; the search stays, and so does the node being read (selected in the
        tree when the outline and the search show it)."""
        self.outline_tabs.blockSignals(True)
        self.outline_tabs.setCurrentIndex(int(outline))
        self.outline_tabs.blockSignals(False)
        self.navigator.set_outline(outline, self.current_node_id() if reselect else "")
        self.no_match.setVisible(bool(self.proxy.query) and not self.navigator.has_rows())
        self._update_reading_actions()

    def _on_outline_tabs_current_changed(self, index: int) -> None:
        self._set_outline(Outline(index))

    def current_node_id(self) -> str:
        return self.detail.node.id if self.detail.node else ""

    def select_node(self, node_id: str) -> None:
        """Show ``node_id`` and select it in the tree (in the other outline if only that one holds
        it). A search stays: a node it hides is shown without a row selected."""
        if self.content.node(node_id) is None:
            return
        if not self.navigator.holds(self.outline, node_id):
            other = Outline.TEXTBOOK if self.outline == Outline.TOPICS else Outline.TOPICS
            if self.navigator.holds(other, node_id):
                self._set_outline(other, reselect=False)
        self.tabs.setCurrentWidget(self.reading_splitter)
        self.navigator.show_node(node_id, self.navigator.current_place())
        self._show(node_id)

    def _on_navigator_node_picked(self, node_id: str) -> None:
        if self.start_page is not None and self.tabs.currentWidget() is self.start_page:
            self.tabs.setCurrentWidget(self.reading_splitter)  # picked in the tree: the reading follows
        self._show(node_id)

    def show_home(self) -> None:
        """查看 › 首页: the picture of the whole section and the study path."""
        self.tabs.setCurrentWidget(self.ensure_start_page())

    def ensure_start_page(self):
        """The start page (:class:`~netmkt_desktop.ui.start_page.StartPage`), made the first time it is needed."""
        if self.start_page is None:
            from netmkt_desktop.ui.start_page import StartPage

            page = StartPage(self.content)
            page.node_activated.connect(self.select_node)
            self.zoom.register_relative_font(page.title, 1.3)
            page.set_personal_hidden(self.personal_data_hidden)
            index = self.tabs.indexOf(self.home_placeholder)
            current = self.tabs.currentIndex()
            self.tabs.blockSignals(True)
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, page, self.tr("首页"))
            self.tabs.setCurrentIndex(current)
            self.tabs.blockSignals(False)
            self.home_placeholder.deleteLater()
            self.home_placeholder = None
            self.start_page = page
            if self.study_tools is not None:
                self.study_tools.connect_start_page(page)
        return self.start_page

    def _on_tabs_current_changed(self, _index: int) -> None:
        if self.home_placeholder is not None and self.tabs.currentWidget() is self.home_placeholder:
            self.show_home()

    def first_paint_widget(self) -> QWidget:
        """The widget whose first paint means the window is on screen with content (start-up)."""
        if self.start_page is not None and self.tabs.currentWidget() is self.start_page:
            return self.start_page.map
        return self.detail.viewport()

    def _show(self, node_id: str) -> None:
        node = self.content.node(node_id)
        if node is None:
            return
        query = self.search_field.text().strip()
        if self.detail.node is node and self.detail.query == query:
            return
        self.detail.at_end = self.navigator.neighbour(node.id, 1) is None
        self.detail.show_node(self.content, node, query)
        self.crumb_label.setText(breadcrumb_text(self.content, node, tr=translate_core))
        self._remember(node.id)
        self._update_reading_actions()
        self.node_shown.emit(node.id)

    # -- history and reading order -------------------------------------------------------------

    def _remember(self, node_id: str) -> None:
        if self._moving_in_history:
            return
        if 0 <= self._history_pos < len(self._history) and self._history[self._history_pos] == node_id:
            return
        del self._history[self._history_pos + 1:]
        self._history.append(node_id)
        self._history_pos = len(self._history) - 1
        self._update_history_actions()

    def _update_history_actions(self) -> None:
        self.action_back.setEnabled(self._history_pos > 0)
        self.action_forward.setEnabled(self._history_pos < len(self._history) - 1)

    def _go_history(self, step: int) -> None:
        pos = self._history_pos + step
        if not 0 <= pos < len(self._history):
            return
        self._history_pos = pos
        self._moving_in_history = True
        try:
            self.select_node(self._history[pos])
        finally:
            self._moving_in_history = False
        self._update_history_actions()

    def go_back(self) -> None:
        self._go_history(-1)

    def go_forward(self) -> None:
        self._go_history(+1)

    def go_next(self) -> None:
        self._step(+1)

    def go_previous(self) -> None:
        self._step(-1)

    def _step(self, step: int) -> None:
        """The next or previous node in the order of the outline shown (its rows, depth first)."""
        target = self.navigator.neighbour(self.current_node_id(), step)
        if target is not None:
            self.select_node(target)

    def _update_reading_actions(self) -> None:
        current = self.current_node_id()
        self.action_previous.setEnabled(self.navigator.neighbour(current, -1) is not None)
        self.action_next.setEnabled(self.navigator.neighbour(current, +1) is not None)

    # -- search --------------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    def search_notes(self) -> dict[str, str]:
        """The notes a search looks through (none while personal data is hidden)."""
        if self.study_tools is None or self.personal_data_hidden:
            return {}
        return self.study_tools.notes()

    def refresh_search(self) -> None:
        """Filter the tree again (the notes changed); the highlight follows the query."""
        text = self.search_field.text()
        self.navigator.set_query(text, self.search_notes(), self.current_node_id())
        self.no_match.setVisible(bool(self.proxy.query) and not self.navigator.has_rows())
        node, query = self.detail.node, text.strip()
        if node is not None and self.detail.query != query:
            index = self.navigator.index
            if index.node_matches(node.id, query) or index.node_matches(node.id, self.detail.query):
                self.detail.show_node(self.content, node, query)  # the highlight changes
            else:
                self.detail.query = query

    def _on_search_field_text_changed(self, _text: str) -> None:
        self.refresh_search()

    def _on_search_field_return_pressed(self) -> None:
        self._pick_first_match()

    def _pick_first_match(self) -> None:
        """Go to the first match (the user's pick: the reading pane follows) and into the tree."""
        index = self.navigator.first_match()
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)
        if self.proxy.query:
            self.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_action_clear_search_triggered(self) -> None:
        """Esc in the search field: clear it, back to the node being read, selected in the tree."""
        self.search_field.clear()
        if self.current_node_id():
            self.navigator.show_node(self.current_node_id())
        self.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_action_to_tree_triggered(self) -> None:
        """Down in the search field: into the tree, at the first match when nothing is selected."""
        if not self.tree.currentIndex().isValid():
            self._pick_first_match()
        self.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- zoom, themes, presentation -------------------------------------------------------------

    def _restore_look(self) -> None:
        self.set_theme(self.preferences.theme, remember=False)
        self.zoom.set_percent(self.preferences.zoom)

    def set_theme(self, theme: Theme, remember: bool = True) -> None:
        self.theme = Theme(theme)
        self.theme_actions[self.theme].setChecked(True)
        if self._theme_override is None:
            self._apply_look()
        if remember:  # the student chose it: say what it is now
            self.preferences.set_theme(self.theme)
            self.statusBar().showMessage(self.tr("主题:{name}").format(name=self.theme.label), 4000)

    def install_outline_style(self) -> None:
        """Fusion with outlines that stand out (see ``outline_style``); the start-up calls this after
        the first paint when the window was made with ``outline_style_later``."""
        self._outline_style_later = False
        install_outline_style(QApplication.instance())
        self.zoom.refresh()

    def cycle_theme(self) -> None:
        self.set_theme(next_theme(self.theme))

    def set_theme_override(self, theme: Theme | None) -> None:
        """Presentation mode shows high contrast without changing the student's own choice."""
        self._theme_override = theme
        self._apply_look()

    def _apply_look(self) -> None:
        theme = self._theme_override or self.theme
        apply_theme(QApplication.instance(), theme, outline_style=not self._outline_style_later)
        self.zoom.refresh()  # a new style sheet or style can put back fonts from before the zoom

    def _on_zoom_zoom_changed(self, percent: int) -> None:
        if not self.presentation.active:
            self.preferences.set_zoom(percent)
        self._fit_navigator(percent)
        self.statusBar().showMessage(self.tr("缩放:{percent}%").format(percent=percent), 4000)

    def _fit_navigator(self, percent: int, only_if_narrow: bool = False) -> None:
        """The tree grows with the zoom (it would otherwise cut every title short), up to 45 %.

        ``only_if_narrow``: keep the student's own splitter position unless it is far too narrow."""
        sizes = self.splitter.sizes()
        total = sum(sizes)
        if total <= 0 or len(sizes) != 2:
            return
        left = min(int(NAVIGATOR_WIDTH * percent / 100), int(total * 0.45))
        if only_if_narrow and sizes[0] >= left * 0.6:
            return
        self.splitter.setSizes([left, total - left])

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        QTimer.singleShot(0, lambda: self._fit_navigator(self.zoom.percent, only_if_narrow=True))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self.isVisible():
            QTimer.singleShot(0, lambda: self._fit_navigator(self.zoom.percent, only_if_narrow=True))

    def set_personal_data_hidden(self, hidden: bool) -> None:
        """Presentation mode: plans, notes and names stay off the projector."""
        self.personal_data_hidden = hidden
        home = self.start_page or self.home_placeholder
        if hidden and self.tabs.currentWidget() is not home:
            self.tabs.setCurrentWidget(self.reading_splitter)
        for index in range(self.tabs.count()):
            if self.tabs.widget(index) not in (self.reading_splitter, home):
                self.tabs.setTabVisible(index, not hidden)
        if self.start_page is not None:
            self.start_page.set_personal_hidden(hidden)  # the picture may show, the progress not
        if self.study_tools is not None:
            self.study_tools.notes_editor.setVisible(not hidden)
        for action in (self.action_switch_profile, self.action_import_data, self.action_teacher,
                       self.action_new_plan, self.action_my_plans):
            action.setEnabled(not hidden)
        if self.study_tools is not None:  # the 学习单 holds notes and mistakes; 背诵 its scores
            for action in (self.study_tools.action_sheet_pdf, self.study_tools.action_sheet_print,
                           self.study_tools.action_recite):
                action.setEnabled(not hidden)
        self._update_identity()  # also 导出我的数据 and 备份与恢复, which a guest cannot use either
        self.statusBar().clearMessage()

    def bring_to_front(self) -> None:
        """Another start with the same data folder asked for this window: it comes forward and says why."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()
        self.statusBar().showMessage(self.tr("已在运行:刚才又启动了一次本程序,用的是同一个数据文件夹,所以切换到了这个窗口。"),
                                     15000)

    # -- personal data (the session decides whose; the window shows it) -----------------------

    def personal_data_opened(self) -> None:
        """The store is open: content packs, the study tools and 我的规划, automatic backups."""
        self.load_packs()
        self._build_personal_views()
        self.backups.start()

    def _build_personal_views(self) -> None:
        self._build_study_tools()
        self._build_plans_view()

    def _build_study_tools(self) -> None:
        """Notes, progress, bookmarks, 背诵 and the quiz (they work without personal data too: the
        quiz of a read-only folder keeps nothing)."""
        if self.study_tools is None:
            from netmkt_desktop.ui.study_tools import StudyTools, Surroundings

            around = Surroundings(
                content=self.content, tabs=self.tabs, reading_splitter=self.reading_splitter, tree=self.tree,
                navigator=self.navigator, detail=self.detail, search_field=self.search_field,
                study_menu=self.study_menu, shortcut_owner=self, node_shown=self.node_shown,
                current_node_id=self.current_node_id, select_node=self.select_node, show_tab=self.show_tab,
                show_status=self.statusBar().showMessage, personal_data_hidden=lambda: self.personal_data_hidden,
                refresh_search=self.refresh_search, search_notes=self.search_notes, preferences=self.preferences,
                new_plan=self.new_plan, is_guest=lambda: self.session.is_guest)
            self.study_tools = StudyTools(around, self)
            if self.start_page is not None:
                self.study_tools.connect_start_page(self.start_page)
            self.study_tools.notes_editor.setVisible(not self.personal_data_hidden)
            for index in range(self.tabs.count()):
                if self.tabs.widget(index) not in (self.reading_splitter, self.start_page or self.home_placeholder):
                    self.tabs.setTabVisible(index, not self.personal_data_hidden)

    def _build_plans_view(self) -> None:
        if self.plans_view is None:
            from netmkt_desktop.ui.plans_view import PlansView

            self.plans_view = PlansView(self.content, self.undo_stack)
            self.plans_view.new_requested.connect(self.new_plan)
            self.plans_view.edit_requested.connect(self.edit_plan)
            self.plans_view.notice.connect(self._on_plans_view_notice)
            self.zoom.register_relative_font(self.plans_view.title_label, 1.3)
            index = self.tabs.indexOf(self.plans_placeholder)
            current = self.tabs.currentIndex()
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, self.plans_view, self.tr("我的规划"))
            self.tabs.setTabVisible(index, not self.personal_data_hidden)
            self.tabs.setCurrentIndex(current)
            self.plans_placeholder.deleteLater()
            self.plans_placeholder = None

    def show_data(self, data) -> None:
        """Show ``data`` (a profile's or the guest's ProfileData; None: nothing) in every view."""
        self.undo_stack.clear()
        self.preferences.attach(data.settings if data is not None else None)
        if self.study_tools is not None:
            self.study_tools.attach(data)
        if self.plans_view is not None:
            # plans need a profile of one's own: for the guest the view says so
            own = data is not None and not self.session.is_guest
            self.plans_view.attach(data.plans if own else None, data if own else None,
                                   self.session.profile_name() if own else "")
        if data is not None and not self.session.is_guest:
            if not self.presentation.active:
                self._restore_look()
            if self.study_tools is not None:
                self.study_tools.resume()

    def leave_data(self) -> None:
        """Everything typed for the data shown is saved, and where the student was reading."""
        if self.study_tools is not None:
            self.study_tools.flush()
            self.study_tools.remember_position()

    def settle_data(self, can_stay: bool = True) -> bool:
        """Before the data shown goes: a note that cannot be saved is not dropped without asking.
        False when the student chose to stay with it."""
        return self.study_tools is None or self.study_tools.settle_notes(self, can_stay)

    def _on_session_changed(self) -> None:
        self._update_identity()

    def _on_action_switch_profile_triggered(self) -> None:
        self.session.choose_profile()

    def _update_identity(self) -> None:
        hidden = self.personal_data_hidden
        name = "" if hidden else self.session.profile_name()
        title = app_display_name()
        self.setWindowTitle(window_title(f"{title} — {name}") if name else title)
        self.guest_banner.setVisible(self.session.is_guest and not hidden)
        self.action_export_data.setEnabled(not hidden and self.session.can_export())
        self.action_backups.setEnabled(not hidden and self.session.can_export())  # a guest has no backups

    def show_tab(self, widget) -> None:
        """Bring the tab holding ``widget`` (the page itself or a widget inside it) to the front."""
        if self.personal_data_hidden:
            return
        while widget is not None and self.tabs.indexOf(widget) < 0:
            widget = widget.parentWidget()
        if widget is not None:
            self.tabs.setCurrentWidget(widget)

    def show_plans(self) -> None:
        if not self.personal_data_hidden:
            self.tabs.setCurrentWidget(self.plans_view or self.plans_placeholder)

    def new_plan(self) -> None:
        self._open_wizard(None)

    def edit_plan(self, plan) -> None:
        self._open_wizard(plan)

    def _open_wizard(self, plan) -> None:
        if self.personal_data_hidden:
            return
        if self.session.is_guest:
            if dialogs.confirm(self, self.tr("访客模式不能制订规划"), self.tr(
                    "职业规划要保存在自己的学习档案里,访客模式不能制订规划。\n\n现在就选择或新建自己的学习档案吗?")):
                self.session.choose_profile()
            return
        if self.session.data is None:
            dialogs.show_error(self, self.tr("无法制订规划"), self.tr("个人数据没有打开,规划无法保存。"))
            return
        if self.plan_wizard is not None and self.plan_wizard.isVisible():
            self.plan_wizard.raise_()
            self.plan_wizard.activateWindow()
            return
        from netmkt_desktop.ui.plan_wizard import PlanWizard

        wizard = PlanWizard(self.content, self.session.data.plans.save, plan=plan, parent=self, settings=self.settings)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.plan_saved.connect(self._on_plan_wizard_plan_saved)
        wizard.destroyed.connect(self._on_plan_wizard_destroyed)
        self.plan_wizard = wizard
        wizard.open()

    def _on_plan_wizard_plan_saved(self, plan) -> None:
        # The plan is on disk; the list is refreshed right after the wizard has closed.
        QTimer.singleShot(0, lambda: self._show_saved_plan(plan))

    def _show_saved_plan(self, plan) -> None:
        if self.plans_view is not None and self.plans_view.plans_store is not None:
            self.plans_view.select_plan(plan.id)
            self.show_plans()
        self.statusBar().showMessage(self.tr("规划“{title}”已保存。").format(title=plan.title), 5000)

    def _on_plans_view_notice(self, text: str) -> None:
        self.statusBar().showMessage(text, 10000)

    def _on_plan_wizard_destroyed(self, *_args) -> None:
        self.plan_wizard = None

    def store_failed(self, message: str, read_only: bool = False) -> None:
        """The personal data could not be opened: browsing, search and the quiz go on, nothing is kept."""
        self._build_study_tools()
        self.statusBar().showMessage(self.tr("个人数据未打开,规划等内容不会保存。"))
        if read_only:
            self.guest_banner.show_read_only()
        if self.plans_placeholder is not None:
            self.plans_placeholder.setText(self.tr("个人数据没有打开,无法显示和保存规划。\n\n{message}").format(message=message))
        dialogs.show_error(self, self.tr("个人数据无法打开"), message)

    # -- help ----------------------------------------------------------------------------------

    def show_shortcuts(self) -> None:
        """帮助 › 快捷键: a table made from the window's own actions and the presentation keys."""
        from netmkt_desktop.ui.shortcuts_dialog import ShortcutsDialog

        dialog = ShortcutsDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.shortcuts_dialog = dialog
        dialog.open()

    def about_text(self) -> str:
        packs = "\n".join(self.tr("{name}({id})内容版本 {version}").format(name=p.name, id=p.id, version=p.version)
                          for p in self.content.packs)
        return self.tr("{app}\n软件版本 {version}\n\n{packs}\n\n离线使用,不联网,不收集任何数据。").format(
            app=app_display_name(), version=__version__, packs=packs)

    def show_about(self) -> None:
        dialogs.show_info(self, self.tr("关于"), self.about_text())

    # -- state ---------------------------------------------------------------------------------

    def _restore_window_state(self) -> None:
        # Fitted to the screen it opens on (a data folder on a USB stick meets another screen at each PC).
        self.preferences.restore_window(self, QSize(*PREFERRED_SIZE))
        state, splitter = self.preferences.window_state()
        if state is not None:
            self.restoreState(state)
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def save_state(self) -> None:
        if self.presentation.active:
            self.presentation.leave()
        self.session.leave()
        self.preferences.save_window(self, self.saveState(), self.splitter.saveState(), self.outline)
        self.preferences.set_last_node(self.current_node_id())
        self.preferences.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self.session.data is not None and not self.settle_data():
            event.ignore()  # a note could not be saved and the student stays with it
            return
        self.save_state()
        super().closeEvent(event)
