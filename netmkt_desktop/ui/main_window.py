"""The main window: navigator tree and search on the left, the detail pane on the right."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
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
from netmkt_desktop.ui.detail_pane import DetailPane
from netmkt_desktop.ui.geometry import restore_window, save_window
from netmkt_desktop.ui.i18n import app_display_name, translate_core
from netmkt_desktop.ui.navigator import NODE_ID_ROLE, Navigator, Outline
from netmkt_desktop.ui.presentation import PresentationMode
from netmkt_desktop.ui.slide_layout import HeadingWeightKeeper
from netmkt_desktop.ui.theme import Theme, apply_theme, install_outline_style, next_theme
from netmkt_desktop.ui.zoom import ToolbarRows, ZoomController, zoom_actions

KEY_GEOMETRY = "window/geometry"
KEY_STATE = "window/state"
KEY_SPLITTER = "window/splitter"
KEY_OUTLINE = "navigator/outline"
KEY_LAST_NODE = "navigator/last_node"
KEY_ZOOM = "ui/zoom"
KEY_THEME = "ui/theme"
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
        self.store = None
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

        self.no_match = QLabel(self.tr("没有找到匹配的内容。"))
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
        self.plans_placeholder = QLabel(self.tr("正在打开个人数据…"))
        self.plans_placeholder.setObjectName("plansPlaceholder")
        self.plans_placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.plans_placeholder.setWordWrap(True)
        self.undo_stack = QUndoStack(self)
        self.plan_wizard = None
        self.profile_id: int | None = None
        self.data = None  # the ProfileData shown: a profile's, or the guest's in memory
        self.guest = False

        self.reading_splitter = QSplitter(Qt.Orientation.Vertical)
        self.reading_splitter.setObjectName("readingSplitter")
        self.reading_splitter.addWidget(self.detail)
        self.reading_splitter.setChildrenCollapsible(False)
        self.study_tools = None

        self.tabs = QTabWidget()
        self.tabs.setObjectName("mainTabs")
        self.tabs.setUsesScrollButtons(True)
        self.tabs.addTab(self.reading_splitter, self.tr("学习内容"))
        self.tabs.addTab(self.plans_placeholder, self.tr("我的规划"))

        self.guest_banner = QLabel(self.tr(
            "访客模式:笔记和学习进度只保留到关闭程序为止。职业规划要保存在自己的学习档案里,访客不能制订规划;"
            "请用 文件 › 切换学习档案(Ctrl+Shift+P)选择或新建档案。"))
        self.guest_banner.setObjectName("guestBanner")
        self.guest_banner.setAccessibleName(self.tr("访客模式提示"))
        self.guest_banner.setWordWrap(True)
        self.guest_banner.setStyleSheet("font-weight:bold; padding:4px;")
        self.guest_banner.hide()
        self.profile_name = ""
        self.backup_timer = None

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

        self.crumb_label = QLabel()
        self.crumb_label.setObjectName("breadcrumbLabel")
        self.statusBar().addWidget(self.crumb_label, 1)

        self.zoom = ZoomController(self)
        self.zoom.register_relative_font(self.detail, DETAIL_FONT_FACTOR)
        self.zoom.register_icon_view(self.tree)
        self.zoom.install_wheel_zoom(self)
        self.theme = Theme.SYSTEM
        self._theme_override: Theme | None = None
        self.presentation = PresentationMode(self, self._get_setting, self._set_setting)
        self.personal_data_hidden = False

        self._build_actions()
        self._restore_look()
        self.zoom.zoom_changed.connect(self._on_zoom_zoom_changed)
        self._set_outline(Outline(int(settings.value(KEY_OUTLINE, Outline.TOPICS) or 0)), reselect=False)
        self.outline_tabs.currentChanged.connect(self._on_outline_tabs_current_changed)
        self._restore_window_state()
        last = str(settings.value(KEY_LAST_NODE, "") or "")
        first = self.proxy.index(0, 0).data(NODE_ID_ROLE) or ""
        self.select_node(last if content.node(last) else first)  # shown once; the history starts with it
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
                                                  self.switch_profile_dialog, "actionSwitchProfile")
        self.action_export_data = self._action(self.tr("导出我的数据(&E)…"), [], self.export_my_data, "actionExportData")
        self.action_import_data = self._action(self.tr("导入我的数据(&I)…"), [], self.import_my_data, "actionImportData")
        self.action_packs = self._action(self.tr("内容包(&K)…"), [], self.open_packs, "actionPacks")
        self.action_backups = self._action(self.tr("备份与恢复(&B)…"), [], self.open_backups, "actionBackups")
        self.action_class_folder = self._action(self.tr("打开班级文件夹(&L)…"), [], self.open_class_folder,
                                                "actionClassFolder")
        self.action_quit = self._action(self.tr("退出(&Q)"), ["Ctrl+Q"], self.close, "actionQuit")
        self.action_find = self._action(self.tr("搜索(&F)"), [QKeySequence.StandardKey.Find], self.focus_search, "actionFind")
        self.action_back = self._action(self.tr("后退(&B)"), ["Alt+Left"], self.go_back, "actionBack")
        self.action_forward = self._action(self.tr("前进(&O)"), ["Alt+Right"], self.go_forward, "actionForward")
        self.action_previous = self._action(self.tr("上一个(&P)"), ["Ctrl+PgUp"], self.go_previous, "actionPrevious")
        self.action_next = self._action(self.tr("下一个(&N)"), ["Ctrl+PgDown"], self.go_next, "actionNext")
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
        for action in (self.action_find, None, self.action_back, self.action_forward, None,
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
        self.detail.node = None
        if self.study_tools is not None:
            self.study_tools.set_content(content)
        if self.plans_view is not None:
            self.plans_view.content = content
            self.plans_view.reload()
        self._set_outline(self.outline, reselect=False)
        first = self.proxy.index(0, 0).data(NODE_ID_ROLE) or ""
        self.select_node(current if content.node(current) else first)

    def open_packs(self) -> None:
        if self.store is None:
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
        self._show(node_id)

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

    def _get_setting(self, key: str, default=None):
        if self.data is not None:
            value = self.data.settings.get(key)
            if value is not None:
                return value
        value = self.settings.value(key)
        return default if value is None else value

    def _set_setting(self, key: str, value) -> None:
        """Per profile in the database, and in the local settings file for a fast next start."""
        self.settings.setValue(key, value)
        if self.data is not None:
            from netmkt_desktop.errors import StoreError

            try:
                self.data.settings.set(key, str(value))
            except StoreError as exc:
                self.statusBar().showMessage(str(exc), 8000)

    def _restore_look(self) -> None:
        try:
            theme = Theme(str(self._get_setting(KEY_THEME, Theme.SYSTEM.value)))
        except ValueError:
            theme = Theme.SYSTEM
        self.set_theme(theme, remember=False)
        try:
            percent = int(self._get_setting(KEY_ZOOM, 100))
        except (TypeError, ValueError):
            percent = 100
        self.zoom.set_percent(percent)

    def set_theme(self, theme: Theme, remember: bool = True) -> None:
        self.theme = Theme(theme)
        self.theme_actions[self.theme].setChecked(True)
        if self._theme_override is None:
            self._apply_look()
        if remember:  # the student chose it: say what it is now
            self._set_setting(KEY_THEME, self.theme.value)
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
            self._set_setting(KEY_ZOOM, percent)
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
        if hidden:
            self.tabs.setCurrentWidget(self.reading_splitter)
        for index in range(self.tabs.count()):
            if self.tabs.widget(index) is not self.reading_splitter:
                self.tabs.setTabVisible(index, not hidden)
        if self.study_tools is not None:
            self.study_tools.notes_editor.setVisible(not hidden)
        for action in (self.action_switch_profile, self.action_import_data, self.action_backups,
                       self.action_new_plan, self.action_my_plans):
            action.setEnabled(not hidden)
        self._update_identity()  # also 导出我的数据, which a guest cannot use either
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

    # -- personal data -------------------------------------------------------------------------

    def attach_store(self, store) -> None:
        """Personal data is ready (opened after the first paint).

        With one profile and no PIN it opens straight away; with several profiles, or a PIN on the
        last one, the profile chooser is offered first (the last profile preselected)."""
        self.store = store
        self.load_packs()
        self._build_personal_views()
        if self.backup_timer is None:
            self.backup_timer = QTimer(self)
            self.backup_timer.setInterval(5 * 60 * 1000)
            self.backup_timer.timeout.connect(self.backup_if_due)
            self.backup_timer.start()
        profiles = store.profiles.all()
        last = store.profiles.last_used() or store.profiles.default()
        if len(profiles) > 1 or last.has_pin:
            self.switch_profile_dialog(initial=True)
        else:
            self.use_profile(last.id)

    # -- backups -------------------------------------------------------------------------------

    @property
    def data_dir(self) -> Path | None:
        return self.store.folder.root if self.store is not None else None

    def backup_now(self, reason: str | None = None) -> Path:
        """Back up the personal database now (a manual backup unless ``reason`` says otherwise).

        make_backup prunes old backups itself."""
        from netmkt_desktop.storage.backups import make_backup
        from netmkt_desktop.storage.sqlite_files import REASON_MANUAL

        self._leave_profile()
        return make_backup(self.store.folder.database, self.store.folder.backups, reason or REASON_MANUAL)

    def backup_if_due(self, every_minutes: int = 30) -> None:
        """Automatic backups: at most every 30 minutes while open, and on exit (every_minutes=0)."""
        if self.store is None:
            return
        from datetime import datetime, timedelta

        from netmkt_desktop.storage.backups import backup_due
        from netmkt_desktop.storage.sqlite_files import REASON_AUTO

        try:
            if backup_due(self.store.folder.backups, datetime.now(), timedelta(minutes=every_minutes),
                          db_path=self.store.folder.database):
                self.backup_now(REASON_AUTO)
        except Exception as exc:  # noqa: BLE001 - a failed automatic backup must not stop the lesson
            self.statusBar().showMessage(self.tr("自动备份没有完成:{reason}").format(reason=exc), 10000)

    def open_backups(self) -> None:
        if self.store is None or self.personal_data_hidden:
            return
        from netmkt_desktop.ui.backup_dialog import BackupDialog

        dialog = BackupDialog(self.store.folder.backups, self.backup_now, self.restore_from_backup, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.backup_dialog = dialog
        dialog.open()

    def restore_from_backup(self, backup: Path) -> None:
        """Replace the personal data by a backup (the current state is backed up first)."""
        from netmkt_desktop.storage.opening import restore_and_reopen

        profile_id = self.profile_id
        self._detach_personal_data()
        store, error = restore_and_reopen(self.store, Path(backup))
        self.store = store
        if profile_id is not None and store.profiles.get(profile_id) is not None:
            self.use_profile(profile_id)
        else:
            self.attach_store(store)
        if error is not None:
            raise error

    def _build_personal_views(self) -> None:
        if self.study_tools is None:
            from netmkt_desktop.ui.study_tools import StudyTools

            self.study_tools = StudyTools(self)
            self.study_tools.notes_editor.setVisible(not self.personal_data_hidden)
            for index in range(1, self.tabs.count()):
                self.tabs.setTabVisible(index, not self.personal_data_hidden)
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

    def _leave_profile(self) -> None:
        """Everything of the profile in use is on disk before another one is shown."""
        if self.study_tools is not None and self.study_tools.data is not None:
            self.study_tools.flush()
            self.study_tools.remember_position()

    def _detach_personal_data(self) -> None:
        """Before the database file is closed or replaced: nothing may read or write it any more."""
        self._leave_profile()
        if self.study_tools is not None:
            self.study_tools.data = None
        if self.plans_view is not None:
            self.plans_view.attach(None)
        self._set_data(None)

    def use_profile(self, profile_id: int) -> None:
        """Show one profile's plans, notes, progress and settings."""
        self._leave_profile()
        self.guest = False
        self.profile_id = profile_id
        self.store.profiles.touch(profile_id)
        self.undo_stack.clear()
        self._set_data(self.store.profile(profile_id))
        self.study_tools.attach(self.data)
        self.plans_view.attach(self.data.plans)
        if not self.presentation.active:
            self._restore_look()
        self._update_identity()
        self.study_tools.resume()

    def start_guest(self) -> None:
        """A session that saves nothing: notes and progress live in memory, plans cannot be saved."""
        from netmkt_desktop.storage.memory import open_guest

        self._leave_profile()
        self.guest = True
        self.profile_id = None
        self.undo_stack.clear()
        self._set_data(open_guest())
        self.study_tools.attach(self.data)
        self.plans_view.attach(None)  # plans need a profile of one's own: the view says so
        self._update_identity()

    def _set_data(self, data) -> None:
        """The ProfileData shown from now on; the one before is let go (the guest's is gone then)."""
        if self.data is not None and self.data is not data:
            self.data.close()
        self.data = data

    @property
    def is_guest(self) -> bool:
        return self.guest

    def _update_identity(self) -> None:
        name = ""
        if self.is_guest:
            name = self.tr("访客")
        elif self.store is not None and self.profile_id is not None:
            profile = self.store.profiles.get(self.profile_id)
            name = profile.name if profile else ""
        self.profile_name = name
        hidden = self.personal_data_hidden
        title = app_display_name()
        self.setWindowTitle(title if hidden or not name else f"{title} — {name}")
        self.guest_banner.setVisible(self.is_guest and not hidden)
        self.action_export_data.setEnabled(not hidden and not self.is_guest and self.store is not None)

    def switch_profile_dialog(self, initial: bool = False) -> None:
        if self.store is None or self.personal_data_hidden:
            return
        from netmkt_desktop.ui.profile_dialog import ProfileDialog

        dialog = ProfileDialog(self.store.profiles, self.profile_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.profile_chosen.connect(self.use_profile)
        dialog.guest_chosen.connect(self.start_guest)
        dialog.profiles_changed.connect(self._update_identity)
        if initial:  # closing the chooser at start without a choice: a guest session, nothing shown
            dialog.rejected.connect(self.start_guest)
        self.profile_dialog = dialog
        dialog.open()

    def export_my_data(self) -> None:
        if self.store is None or self.profile_id is None:
            return
        from netmkt_desktop.errors import StoreError
        from netmkt_desktop.files import write_bytes_atomic

        path = dialogs.ask_save_path(self, self.tr("导出我的数据"), f"{self.profile_name}.netmkt-data.json",
                                     self.tr("学习数据文件 (*.netmkt-data.json)"))
        if not path:
            return
        try:
            write_bytes_atomic(Path(path), self.data.transfer.export())
        except (StoreError, OSError) as exc:
            dialogs.show_error(self, self.tr("没有导出"), str(exc))
            return
        dialogs.show_info(self, self.tr("已导出"), self.tr(
            "你的规划、笔记、进度和设置已保存到:\n{path}\n\n在另一台电脑上用“导入我的数据”恢复。").format(path=path))

    def import_my_data(self) -> None:
        if self.store is None:
            return
        from netmkt_desktop.errors import StoreError

        path = dialogs.ask_open_path(self, self.tr("导入我的数据"), self.tr("学习数据文件 (*.netmkt-data.json);;JSON 文件 (*.json);;所有文件 (*)"))
        if not path:
            return
        try:
            data = Path(path).read_bytes()
            profile = self.store.import_profile(data)
        except (StoreError, OSError) as exc:
            dialogs.show_error(self, self.tr("没有导入"), self.tr(
                "这个文件无法导入,没有做任何更改。\n{path}\n\n{reason}").format(path=path, reason=exc))
            return
        if profile.has_pin:
            self.statusBar().showMessage(self.tr("已导入档案“{name}”。").format(name=profile.name), 8000)
        else:
            self.use_profile(profile.id)
        dialogs.show_info(self, self.tr("已导入"), self.tr("已导入为学习档案“{name}”。").format(name=profile.name))

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
        if self.is_guest:
            if dialogs.confirm(self, self.tr("访客模式不能制订规划"), self.tr(
                    "职业规划要保存在自己的学习档案里,访客模式不能制订规划。\n\n现在就选择或新建自己的学习档案吗?")):
                self.switch_profile_dialog()
            return
        if self.store is None or self.profile_id is None:
            dialogs.show_error(self, self.tr("无法制订规划"), self.tr("个人数据没有打开,规划无法保存。"))
            return
        if self.plan_wizard is not None and self.plan_wizard.isVisible():
            self.plan_wizard.raise_()
            self.plan_wizard.activateWindow()
            return
        from netmkt_desktop.ui.plan_wizard import PlanWizard

        wizard = PlanWizard(self.content, self.data.plans.save, plan=plan, parent=self, settings=self.settings)
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
        self.statusBar().showMessage(self.tr("个人数据未打开,规划等内容不会保存。"))
        if read_only:
            self.guest_banner.setText(self.tr("只读:数据文件夹不能写入,可以浏览教材,但笔记、进度和规划都不会保存。"))
            self.guest_banner.show()
        if self.plans_placeholder is not None:
            self.plans_placeholder.setText(self.tr("个人数据没有打开,无法显示和保存规划。\n\n{message}").format(message=message))
        dialogs.show_error(self, self.tr("个人数据无法打开"), message)

    # -- help ----------------------------------------------------------------------------------

    def shortcut_rows(self) -> list[tuple[str, str]]:
        from netmkt_desktop.ui.shortcuts_dialog import shortcut_rows

        return shortcut_rows(self)

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
        restore_window(self.settings, "window", self, QSize(*PREFERRED_SIZE), legacy_key=KEY_GEOMETRY)
        state = self.settings.value(KEY_STATE)
        if state is not None:
            self.restoreState(state)
        splitter = self.settings.value(KEY_SPLITTER)
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def save_state(self) -> None:
        if self.presentation.active:
            self.presentation.leave()
        self._leave_profile()
        save_window(self.settings, "window", self)
        self.settings.setValue(KEY_GEOMETRY, self.saveGeometry())  # what older versions read
        self.settings.setValue(KEY_STATE, self.saveState())
        self.settings.setValue(KEY_SPLITTER, self.splitter.saveState())
        self.settings.setValue(KEY_OUTLINE, int(self.outline))
        self.settings.setValue(KEY_LAST_NODE, self.current_node_id())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.save_state()
        super().closeEvent(event)
