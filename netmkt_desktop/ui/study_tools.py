"""The study tools of the main window: notes, progress, bookmarks, search results, 背诵, the quiz,
the study path of the start page and the 学习单.

Built when the personal data opens (after the first paint) and re-pointed at another profile's data
on a profile switch (:meth:`StudyTools.attach`, a :class:`~netmkt_desktop.storage.store.ProfileData`:
a profile's or the guest's in memory).  The tools receive the parts of the window they use — the
tabs and the reading splitter they add to, the tree, the navigator (its marks and search index),
the detail pane, the search field, the study menu and a few callbacks (:class:`Surroundings`) —
not the window itself.  The main window keeps navigation; this object keeps what a student records.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, SignalInstance
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QLineEdit, QMenu, QScrollArea, QSplitter, QTabWidget, QTreeView, QWidget

from netmkt_desktop.errors import StoreError
from netmkt_desktop.recitation import recitation_lists
from netmkt_desktop.study_path import QuizFacts, ReadingOrder, Step, first_not_learned, first_not_mastered, study_path
from netmkt_desktop.ui import dialogs
from netmkt_desktop.ui.bookmarks_view import BookmarksView
from netmkt_desktop.ui.notes_editor import NotesEditor
from netmkt_desktop.ui.operations import run_store_action
from netmkt_desktop.ui.preferences import Preferences
from netmkt_desktop.ui.progress_view import ProgressView
from netmkt_desktop.ui.quiz_view import QuizView
from netmkt_desktop.ui.recitation_view import RecitationView
from netmkt_desktop.ui.search_results import SearchResultsView
from netmkt_desktop.ui.start_page import SHEET, StartPage, StartProgress

if TYPE_CHECKING:
    from netmkt_desktop.content import Content
    from netmkt_desktop.storage.store import ProfileData
    from netmkt_desktop.ui.detail_pane import DetailPane
    from netmkt_desktop.ui.navigator import Navigator

SEARCH_DELAY_MS = 120  # results follow the typing; the tree filter itself is immediate


@dataclass(frozen=True)
class Surroundings:
    """What the study tools use of the window around them."""

    content: Content
    tabs: QTabWidget  # the tools add their tabs here
    reading_splitter: QSplitter  # the notes editor goes below the text
    tree: QTreeView  # its context menu gets 已学会 / 收藏
    navigator: Navigator  # its marks (check boxes, counts) and its search index
    detail: DetailPane  # the marks line above the page, and its 自测 link
    search_field: QLineEdit  # search results follow it
    study_menu: QMenu
    shortcut_owner: QWidget  # the widget the tools' shortcuts belong to
    node_shown: SignalInstance  # (node id) the node shown changed
    current_node_id: Callable[[], str]
    select_node: Callable[[str], None]
    show_tab: Callable[[QWidget], None]
    show_status: Callable[[str, int], None]  # (message, milliseconds)
    personal_data_hidden: Callable[[], bool]  # presentation mode: notes stay off the projector
    refresh_search: Callable[[], None]  # filter the tree again (the notes changed)
    search_notes: Callable[[], dict[str, str]]  # the notes a search looks through
    preferences: Preferences
    new_plan: Callable[[], None]  # 制订职业规划 (the window knows who may)
    is_guest: Callable[[], bool]  # the guest has no plans


class StudyTools(QObject):
    def __init__(self, around: Surroundings, parent: QObject | None = None):
        super().__init__(parent)
        self.around = around
        self.data: ProfileData | None = None
        self.content = around.content
        self._notes_cache: dict[str, str] | None = None

        self.notes_editor = NotesEditor()
        self.notes_editor.note_saved.connect(self._on_notes_editor_note_saved)
        self.reading_splitter = around.reading_splitter
        self.reading_splitter.addWidget(self.notes_editor)
        self.reading_splitter.setStretchFactor(0, 4)
        self.reading_splitter.setStretchFactor(1, 1)
        self.reading_splitter.setSizes([500, 140])

        self.progress_view = ProgressView()
        self.bookmarks_view = BookmarksView(around.content)
        self.bookmarks_view.node_activated.connect(around.select_node)
        self.quiz_view = QuizView(around.content)
        self.quiz_view.node_requested.connect(around.select_node)
        self.quiz_view.quiz_finished.connect(lambda *_args: self.refresh_start_page())
        self.recitation_view = RecitationView(around.content)
        self.recitation_view.node_requested.connect(around.select_node)
        self.recitation_view.score_recorded.connect(lambda _list_id: self.refresh_start_page())
        self.start_page: StartPage | None = None  # the window makes it when first shown (connect_start_page)
        self._reading = ReadingOrder(around.content)
        self.search_results = SearchResultsView()
        self.search_results.node_activated.connect(around.select_node)
        tabs = around.tabs
        progress_scroll = QScrollArea()  # the chart may be wider than a zoomed small screen
        progress_scroll.setObjectName("progressScroll")
        progress_scroll.setWidgetResizable(True)
        progress_scroll.setWidget(self.progress_view)
        self.progress_tab = tabs.addTab(progress_scroll, self.tr("学习进度"))
        self.bookmarks_tab = tabs.addTab(self.bookmarks_view, self.tr("收藏与笔记"))
        self.recitation_tab = tabs.addTab(self.recitation_view, self.tr("背诵"))
        self.quiz_tab = tabs.addTab(self.quiz_view, self.tr("自测"))
        self.search_tab = tabs.addTab(self.search_results, self.tr("搜索结果"))

        around.navigator.marks.learned_changed.connect(self._on_marks_learned_changed)

        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.update_search)
        around.search_field.textChanged.connect(lambda _text: self.search_timer.start())

        owner = around.shortcut_owner
        self.action_learned = QAction(self.tr("已学会(&L)"), owner)
        self.action_learned.setObjectName("actionLearned")
        self.action_learned.setCheckable(True)
        self.action_learned.setShortcut(QKeySequence("Ctrl+L"))
        self.action_learned.triggered.connect(self._on_action_learned_triggered)
        self.action_bookmark = QAction(self.tr("收藏(&D)"), owner)
        self.action_bookmark.setObjectName("actionBookmark")
        self.action_bookmark.setCheckable(True)
        self.action_bookmark.setShortcut(QKeySequence("Ctrl+D"))
        self.action_bookmark.triggered.connect(self._on_action_bookmark_triggered)
        self.action_resume = QAction(self.tr("继续学习(&R)"), owner)
        self.action_resume.setObjectName("actionResume")
        self.action_resume.setShortcut(QKeySequence("Ctrl+R"))
        self.action_resume.triggered.connect(self._on_action_resume_triggered)
        self.action_quiz = QAction(self.tr("自测(&Q)"), owner)
        self.action_quiz.setObjectName("actionQuiz")
        self.action_quiz.setShortcut(QKeySequence("Ctrl+T"))
        self.action_quiz.triggered.connect(lambda: around.show_tab(self.quiz_view))
        self.action_recite = QAction(self.tr("背诵(&B)"), owner)
        self.action_recite.setObjectName("actionRecite")
        self.action_recite.setShortcut(QKeySequence("Ctrl+B"))
        self.action_recite.triggered.connect(lambda: self.show_recitation(""))
        self.action_sheet_pdf = QAction(self.tr("导出学习单(PDF)(&P)…"), owner)
        self.action_sheet_pdf.setObjectName("actionSheetPdf")
        self.action_sheet_pdf.triggered.connect(self.export_sheet)
        self.action_sheet_print = QAction(self.tr("打印学习单(&I)…"), owner)
        self.action_sheet_print.setObjectName("actionSheetPrint")
        self.action_sheet_print.triggered.connect(self.print_sheet)
        for action in (self.action_learned, self.action_bookmark, self.action_resume, self.action_recite,
                       self.action_quiz, self.action_sheet_pdf, self.action_sheet_print):
            owner.addAction(action)
        around.study_menu.addActions([self.action_resume, self.action_learned, self.action_bookmark,
                                      self.action_recite, self.action_quiz])
        around.study_menu.addSeparator()
        around.study_menu.addActions([self.action_sheet_pdf, self.action_sheet_print])

        around.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        around.tree.customContextMenuRequested.connect(self._on_tree_custom_context_menu_requested)
        around.node_shown.connect(self._on_window_node_shown)
        around.detail.quiz_requested.connect(self.action_quiz.trigger)
        around.detail.offer_quiz = True

    @property
    def index(self):
        """The search index: the navigator's, so the list and the tree find the same nodes."""
        return self.around.navigator.index

    def set_content(self, content: Content) -> None:
        self.content = content
        self._reading = ReadingOrder(content)
        self.quiz_view.set_content(content)
        self.recitation_view.set_content(content)
        self.bookmarks_view.set_content(content)
        self.around.navigator.marks.learned_changed.connect(self._on_marks_learned_changed)
        self.refresh_progress()
        self.update_search()

    # -- data ----------------------------------------------------------------------------------

    def attach(self, data: ProfileData | None) -> None:
        """Show the study data of one profile (or of the guest session); None: nothing open."""
        self.data = data
        self._notes_cache = None
        self.notes_editor.attach(data.study if data else None)  # saves the previous profile's pending note first
        self.bookmarks_view.attach(data.study if data else None)
        self.quiz_view.attach(data.quiz if data else None)
        self.recitation_view.attach(data.recitation if data else None)
        self.refresh_progress()
        self._on_window_node_shown(self.around.current_node_id())
        self.update_search()

    def notes(self) -> dict[str, str]:
        if self._notes_cache is None:
            self._notes_cache = dict(self.data.study.notes()) if self.data is not None else {}
        return self._notes_cache

    def refresh_progress(self) -> None:
        learned = self.data.study.learned() if self.data is not None else set()
        self.around.navigator.marks.set_learned(learned)
        self.progress_view.refresh(self.content, learned)
        self._show_marks(self.around.current_node_id(), learned)
        self.refresh_start_page()

    def remember_position(self) -> None:
        if self.data is not None:
            self.around.preferences.set_last_node(self.around.current_node_id())

    def resume(self) -> bool:
        """继续学习: go back to where this profile last read; False when there is no such place."""
        node_id = self.around.preferences.last_node(profile_only=True)
        if node_id and self.content.node(node_id) is not None:
            self.around.select_node(node_id)
            return True
        return False

    def _on_action_resume_triggered(self) -> None:
        if not self.resume():
            self.around.show_status(
                self.tr("还没有可以继续的学习位置:选一节内容开始学习,下次就能从这里继续。"), 8000)

    def flush(self) -> None:
        self.notes_editor.flush()

    def settle_notes(self, parent: QWidget, can_stay: bool = True) -> bool:
        """Before the window closes or other data is shown: every note typed is saved, or the student
        chose what happens to the ones that cannot be (save again, copy to the clipboard, let them
        go). False when the student chose to stay (only offered with ``can_stay``)."""
        editor = self.notes_editor
        while not editor.flush():
            unsaved = editor.unsaved()
            reason = editor.status_label.text()
            choices = [("retry", self.tr("再保存一次(&S)")), ("copy", self.tr("复制到剪贴板,然后继续(&C)")),
                       ("discard", self.tr("放弃这些笔记(&D)"))]
            if can_stay:
                choices.append(("stay", self.tr("取消")))
            answer = dialogs.ask_choice(parent, self.tr("笔记没有保存"), self.tr(
                "有 {n} 条笔记没能保存。\n{reason}\n\n可以再保存一次(例如腾出磁盘空间或插回 U 盘之后),"
                "或者复制到剪贴板、粘贴到别处保存,或者放弃这些笔记。").format(n=len(unsaved), reason=reason),
                choices, "stay" if can_stay else "copy")
            if answer == "stay":
                return False
            if answer == "copy":
                QGuiApplication.clipboard().setText(self.notes_as_text(unsaved))
            if answer in ("copy", "discard"):
                editor.discard_unsaved()
                return True
        return True

    def notes_as_text(self, notes: dict[str, str]) -> str:
        """Notes as plain text, each under the title of its node: for the clipboard."""
        parts = []
        for node_id, text in notes.items():
            node = self.content.node(node_id)
            parts.append(f"【{node.title if node is not None else node_id}】\n{text}")
        return "\n\n".join(parts)

    # -- slots ---------------------------------------------------------------------------------

    def set_learned(self, node_id: str, learned: bool) -> None:
        if self.data is not None:
            study = self.data.study
            run_store_action(self.around.shortcut_owner, lambda: study.mark_learned(node_id, learned),
                             title=self.tr("没有保存"), on_done=lambda _none: self.refresh_progress())

    def _on_marks_learned_changed(self, node_id: str, learned: bool) -> None:
        self.set_learned(node_id, learned)

    def _on_action_learned_triggered(self, checked: bool) -> None:
        node_id = self.around.current_node_id()
        if not node_id:
            return
        if node_id not in self.around.navigator.marks.progress.readable:
            self.action_learned.setChecked(False)
            self.around.show_status(
                self.tr("“{title}”是分类,不能标记为已学会;请标记它下面的内容。").format(
                    title=self.content.node(node_id).title), 8000)
            return
        self.set_learned(node_id, checked)

    def _on_action_bookmark_triggered(self, checked: bool) -> None:
        node_id = self.around.current_node_id()
        if node_id and self.data is not None:
            study = self.data.study
            run_store_action(self.around.shortcut_owner, lambda: study.bookmark(node_id, checked),
                             title=self.tr("没有保存"), on_done=lambda _none: self.bookmarks_view.refresh())
        self._show_marks(node_id)

    def _on_window_node_shown(self, node_id: str) -> None:
        self.notes_editor.set_node(node_id)
        self._show_marks(node_id)
        self._read_on(node_id)

    # -- the start page's study path -----------------------------------------------------------

    def connect_start_page(self, page: StartPage) -> None:
        """The start page shows this student's study path from now on; its 继续 comes here."""
        self.start_page = page
        page.progress_source = self.start_progress
        page.continue_requested.connect(self._on_start_page_continue_requested)
        page.list_requested.connect(self.show_recitation)
        page.refresh()

    def refresh_start_page(self) -> None:
        if self.start_page is not None:
            self.start_page.refresh()

    def _read_on(self, node_id: str) -> None:
        """读教材: the mark moves on when the node right after it in the textbook's order is opened."""
        if self.data is None or not node_id or self.around.personal_data_hidden():
            return
        preferences = self.around.preferences
        furthest = preferences.furthest_read()
        reached = self._reading.read_on(furthest, node_id)
        if reached != furthest:
            preferences.set_furthest_read(reached)

    def start_progress(self) -> StartProgress | None:
        """This student's study path for the start page (None: no personal data open)."""
        if self.data is None:
            return None
        data = self.data
        try:
            learned = data.study.learned()
            scores = data.recitation.scores()
            attempts = data.quiz.attempts()
            open_mistakes = len(data.quiz.open_mistakes())
            plans = None if self.around.is_guest() else len(data.plans.all())
        except StoreError as exc:
            self.around.show_status(str(exc), 8000)
            return None
        best = max(attempts, key=lambda a: (a.correct * 1_000_000 // max(1, a.total), a.total), default=None)
        quiz = QuizFacts(len(attempts), best.correct if best else 0, best.total if best else 0, open_mistakes)
        lists = recitation_lists(self.content)
        steps = study_path(self.content, furthest=self.around.preferences.furthest_read(), learned=learned,
                           lists=lists, scores=scores, quiz=quiz, plans=plans)
        return StartProgress(steps, lists, scores)

    def _on_start_page_continue_requested(self, step: str) -> None:
        around = self.around
        if step == SHEET:
            self.print_sheet()
        elif step == Step.READ:
            target = self._reading.next_to_read(around.preferences.furthest_read())
            around.select_node(target or (self._reading.ids[0] if self._reading.ids else ""))
        elif step == Step.LEARN:
            learned = self.data.study.learned() if self.data is not None else set()
            target = first_not_learned(self.content, learned)
            if target:
                around.select_node(target)
                around.show_status(self.tr("学会这一节后按 Ctrl+L(或在目录里按空格)标记为已学会。"), 8000)
        elif step == Step.RECITE:
            scores = self.data.recitation.scores() if self.data is not None else {}
            self.show_recitation(first_not_mastered(recitation_lists(self.content), scores))
        elif step == Step.QUIZ:
            around.show_tab(self.quiz_view)
        elif step == Step.PLAN:
            around.new_plan()

    def show_recitation(self, list_id: str = "") -> None:
        """The 背诵 tab, at ``list_id`` when given."""
        if list_id:
            self.recitation_view.show_list(list_id)
        self.around.show_tab(self.recitation_view)
        if self.recitation_view.isVisible():
            self.recitation_view._focus_start()

    # -- the 学习单 -----------------------------------------------------------------------------

    def sheet_data(self):
        """What of this student goes on the 学习单 (nothing personal while it is hidden)."""
        from netmkt_desktop.ui.study_sheet import SheetData

        if self.data is None or self.around.personal_data_hidden():
            return SheetData()
        self.flush()  # a note typed a moment ago goes on the sheet too
        data = self.data
        profile = data.profile()
        return SheetData(name="" if self.around.is_guest() else profile.name, class_name=profile.class_name,
                         notes=data.study.notes(), bookmarks=tuple(data.study.bookmarks()),
                         mistakes=tuple(m for m in data.quiz.mistakes() if not m.resolved))

    def export_sheet(self) -> None:
        """学习 › 导出学习单(PDF)."""
        from netmkt_desktop.ui.plan_document import PlanExportError
        from netmkt_desktop.ui.study_sheet import export_pdf

        owner = self.around.shortcut_owner
        path = dialogs.ask_save_path(owner, self.tr("导出学习单"), self.tr("学习单.pdf"), self.tr("PDF 文件 (*.pdf)"))
        if not path:
            return
        try:
            pages = export_pdf(self.content, self.sheet_data(), path)
        except StoreError as exc:
            dialogs.show_error(owner, self.tr("没有导出"), str(exc))
            return
        except PlanExportError as exc:
            dialogs.show_error(owner, self.tr("没有导出"), str(exc))
            return
        self.around.show_status(self.tr("学习单已导出到 {path}(共 {pages} 页)。").format(path=path, pages=pages), 10000)

    def print_sheet(self) -> None:
        """学习 › 打印学习单: the print preview of the 学习单."""
        from netmkt_desktop.ui.study_sheet import print_sheet

        try:
            data = self.sheet_data()
        except StoreError as exc:
            dialogs.show_error(self.around.shortcut_owner, self.tr("无法打印"), str(exc))
            return
        self.sheet_dialog = print_sheet(self.content, data, self.around.shortcut_owner)

    def _show_marks(self, node_id: str, learned: set[str] | None = None) -> None:
        """The 已学会/收藏 actions and the line above the page follow the node shown."""
        detail = self.around.detail
        if self.data is None or not node_id or self.around.personal_data_hidden():
            detail.set_marks(None, None)
            return
        try:
            learned = self.data.study.learned() if learned is None else learned
            bookmarked = node_id in self.data.study.bookmarks()
        except StoreError:
            detail.set_marks(None, None)
            return
        readable = node_id in self.around.navigator.marks.progress.readable
        self.action_learned.setChecked(node_id in learned)
        self.action_bookmark.setChecked(bookmarked)
        detail.set_marks((node_id in learned) if readable else None, bookmarked)

    def _on_notes_editor_note_saved(self, node_id: str) -> None:
        self._notes_cache = None
        self.bookmarks_view.refresh()
        if self.around.search_field.text().strip():
            self.search_timer.start()

    def update_search(self) -> None:
        """The 搜索结果 list, from the same index, query and notes as the tree's filter."""
        around = self.around
        around.refresh_search()  # the notes may have changed since the tree was filtered
        query = around.search_field.text().strip()
        hits, total = self.index.results(query, notes=around.search_notes())
        self.search_results.set_results(hits, query, total)
        tabs = around.tabs
        label = self.tr("搜索结果 ({n})").format(n=total) if query else self.tr("搜索结果")
        tabs.setTabText(tabs.indexOf(self.search_results), label)

    def _on_tree_custom_context_menu_requested(self, pos) -> None:
        tree = self.around.tree
        index = tree.indexAt(pos)
        if not index.isValid():
            return
        tree.setCurrentIndex(index)
        menu = QMenu(tree)
        menu.addAction(self.action_learned)
        menu.addAction(self.action_bookmark)
        menu.popup(tree.viewport().mapToGlobal(pos))
