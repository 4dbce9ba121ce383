"""The navigator: the tree of one outline, the search filter over it, the learned marks on it.

* :class:`ContentTreeModel` is a read-only model of an outline, built once as Qt items (the view's
  many questions are answered without calling back into Python); a row per place of the outline.
  Readable nodes carry a check box (已学会) and rows with children an "x/y" count, both from one
  :class:`~netmkt_desktop.progress.Progress` (through
  :class:`~netmkt_desktop.ui.progress_model.ProgressMarks`), so a node shows the same numbers in
  both outlines; in a narrow tree the title gives way and the count stays whole
  (:class:`~netmkt_desktop.ui.progress_model.CountDelegate`).
* :class:`NodeFilterProxy` keeps the rows that match the query or hold a match below them.  The
  matching is :class:`~netmkt_desktop.search.OutlineMatches`, the same matcher the 搜索结果 list
  and the highlight use.  A new query resets the proxy (no row-by-row removal) and the tree then
  opens only as many branches as a screen can show, so a keystroke costs about the same with 40
  nodes or 100,000.
* :class:`Navigator` ties them to the tree widget: the query survives an outline switch, the
  reading pane moves only when the user picks a row (never because a row was filtered away), and
  the tree's own order gives "next" and "previous".

Why it is a little over 500 lines: the model, the filter proxy and the navigator share the
outline's numbering and the matcher's answers row by row; split apart, each would need the others'
internals to keep a keystroke cheap at 100,000 nodes.
"""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QStandardItem, QStandardItemModel

from netmkt_desktop.content import Content, NodeKind, OutlineItem
from netmkt_desktop.search import OutlineMatches, Query, SearchIndex
from netmkt_desktop.ui.i18n import translate_core
from netmkt_desktop.ui.icons import kind_icon
from netmkt_desktop.ui.progress_model import COUNT_ROLE, CountDelegate, ProgressMarks
from netmkt_desktop.ui.safe_text import tooltip

NODE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
PLACE_ROLE = Qt.ItemDataRole.UserRole + 2  # the depth-first number of a row in its outline

AnyIndex = QModelIndex | QPersistentModelIndex

MIN_OPEN_ROWS = 40  # a query opens branches holding matches, in order, until two screens of rows show
RESTING_ROWS = 400  # without a query, the tree opens to its resting depth while it shows fewer rows


class Outline(IntEnum):
    TOPICS = 0  # 按职业体系: 职业 / 岗位 / 岗位层级
    TEXTBOOK = 1  # 教材目录: the textbook's own order


def display_title(item: OutlineItem, outline: Outline) -> str:
    node = item.node
    if node.kind in (NodeKind.SIDEBAR, NodeKind.FURTHER_READING) and node.heading:
        return translate_core("{heading}:{title}").format(heading=node.heading, title=node.title)
    if outline == Outline.TEXTBOOK and node.heading:
        return node.heading
    return node.title


_LEAF_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
_BRANCH_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_CHECKABLE = Qt.ItemFlag.ItemIsUserCheckable
_FLAGS = {(False, False): _LEAF_FLAGS, (False, True): _LEAF_FLAGS | _CHECKABLE,
          (True, False): _BRANCH_FLAGS, (True, True): _BRANCH_FLAGS | _CHECKABLE}
_CHECKED, _UNCHECKED = Qt.CheckState.Checked, Qt.CheckState.Unchecked
_DISPLAY = Qt.ItemDataRole.DisplayRole
_CHECK = Qt.ItemDataRole.CheckStateRole
_ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole


class ContentTreeModel(QStandardItemModel):
    """Read-only model of one outline, built once: a row per place of the outline.

    Qt answers the view's many questions (index, parent, data, flags) from its own items, without
    calling back into Python; only the learned marks are written into the items when they change.
    Each row carries its node id (:data:`NODE_ID_ROLE`) and its place, the depth-first number of
    the row in the outline (:data:`PLACE_ROLE`), which the filter and the navigator work with."""

    def __init__(self, content: Content, outline: Outline, parent: QObject | None = None,
                 index: SearchIndex | None = None, marks: ProgressMarks | None = None,
                 matches: OutlineMatches | None = None):
        super().__init__(parent)
        self.content = content
        self.outline = outline
        self.roots = content.textbook if outline == Outline.TEXTBOOK else content.topics
        self.matches = matches or OutlineMatches(index or SearchIndex(content), self.roots)
        self.marks = marks
        self._updating = False
        self.setHorizontalHeaderLabels([self.tr("目录")])
        self._build()
        if marks is not None:
            marks.marks_changed.connect(self._on_marks_marks_changed)

    def _build(self) -> None:
        """A row per place (Python calls per row kept few: a 100,000-node pack builds in seconds)."""
        matches, marks = self.matches, self.marks
        readable = marks.progress.readable if marks is not None else frozenset()
        icons = {kind: kind_icon(kind) for kind in NodeKind}
        made: list[QStandardItem] = []
        for p, place in enumerate(matches.items):
            node = place.node
            text, accessible, state, count = self._marks_of(place)
            row = QStandardItem(icons[node.kind], text)
            row.setToolTip(tooltip(node.heading or node.title))
            row.setData(node.id, NODE_ID_ROLE)
            row.setData(p, PLACE_ROLE)
            row.setFlags(_FLAGS[bool(place.children), node.id in readable])
            if accessible != text:
                row.setData(accessible, _ACCESSIBLE)
            if state is not None:
                row.setCheckState(state)
            if count:
                row.setData(count, COUNT_ROLE)
            made.append(row)
        for p in range(len(made) - 1, -1, -1):  # children first: no signals while detached
            children = matches.items[p].children
            if children:
                made[p].appendRows([made[matches.place_of[id(c)]] for c in children])
        self._updating = True
        try:
            self.invisibleRootItem().appendRows([made[matches.place_of[id(root)]] for root in self.roots])
        finally:
            self._updating = False

    def _marks_of(self, place: OutlineItem) -> tuple[str, str, Qt.CheckState | None, str]:
        """(text, accessible text, check state or None, count) of a place: its title, with "x/y"
        (the count) when something is below it; "已学" for a screen reader; a check box when it can
        be marked."""
        title = display_title(place, self.outline)
        marks = self.marks
        if marks is None:
            return title, title, None, ""
        progress, node_id = marks.progress, place.node.id
        text = accessible = title
        count = ""
        learned = progress.is_learned(node_id)
        if place.children:
            done, total = progress.counts(node_id)
            if total:
                count = f"{done}/{total}"
                text = f"{title}  {count}"
                accessible = self.tr("{title},已学 {done}/{total}").format(title=title, done=done, total=total)
        elif learned:
            accessible = self.tr("{title},已学").format(title=title)
        state = None
        if node_id in progress.readable:
            state = _CHECKED if learned else _UNCHECKED
        return text, accessible, state, count

    def _write_marks(self, places, rows) -> None:
        """Write the check box and the "x/y" count of each place into its (existing) row."""
        if self.marks is None:
            return
        items = self.matches.items
        for p, row in zip(places, rows):
            text, accessible, state, count = self._marks_of(items[p])
            if row.text() != text:
                row.setText(text)
                row.setData(count or None, COUNT_ROLE)
            if (row.data(_ACCESSIBLE) or row.text()) != accessible:
                row.setData(accessible, _ACCESSIBLE)
            if state is not None and (row.data(_CHECK) is None or row.checkState() != state):
                row.setCheckState(state)

    def setData(self, index: AnyIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        """A check box toggled in the tree marks the node (in every place, both outlines)."""
        if self._updating or role != _CHECK or self.marks is None:
            return super().setData(index, value, role)
        node_id = index.data(NODE_ID_ROLE)
        if not index.isValid() or node_id not in self.marks.progress.readable:
            return False
        if isinstance(value, Qt.CheckState):
            learned = value == Qt.CheckState.Checked
        else:
            learned = int(value) == Qt.CheckState.Checked.value
        self.marks.mark(node_id, learned)
        return True

    # -- places --------------------------------------------------------------------------------

    def index_at(self, place: int) -> QModelIndex:
        """The index of place ``place`` (depth-first number) of the outline."""
        matches = self.matches
        if not 0 <= place < len(matches):
            return QModelIndex()
        index = QModelIndex()
        for p in (*matches.ancestors(place), place):
            index = self.index(matches.row[p], 0, index)
        return index

    def place(self, index: AnyIndex) -> int:
        """The depth-first number of the place at ``index`` (-1 for none)."""
        if not index.isValid():
            return -1
        place = index.data(PLACE_ROLE)
        return -1 if place is None else int(place)

    def find(self, node_id: str) -> QModelIndex:
        """The first place of ``node_id`` in this outline, depth first."""
        places = self.matches.places(node_id)
        return self.index_at(places[0]) if places else QModelIndex()

    def _on_marks_marks_changed(self, node_ids) -> None:
        places = [p for node_id in node_ids for p in self.matches.places(node_id)]
        self._updating = True
        try:
            self._write_marks(places, (self.itemFromIndex(self.index_at(p)) for p in places))
        finally:
            self._updating = False


class NodeFilterProxy(QSortFilterProxyModel):
    """Keeps the places whose node matches the query, and the places above them.

    The source must be a :class:`ContentTreeModel`; the work is its ``matches``
    (:class:`~netmkt_desktop.search.OutlineMatches`), asked only about the rows the view maps.
    A new query resets the proxy: with tens of thousands of nodes, Qt's row-by-row removal under
    open branches costs seconds."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.setDynamicSortFilter(False)  # only a query changes what is shown
        self._query = Query("")
        self._notes: dict[str, str] = {}
        self._matches: OutlineMatches | None = None

    @property
    def query(self) -> str:
        return self._query.text

    @property
    def compiled_query(self) -> Query:
        return self._query

    @property
    def matches(self) -> OutlineMatches | None:
        return self._matches

    def setSourceModel(self, model) -> None:  # noqa: N802 - Qt override
        self._matches = model.matches if isinstance(model, ContentTreeModel) else None
        if self._matches is not None:
            self._matches.set_query(self._query, self._notes)
        super().setSourceModel(model)  # resets the proxy

    def set_query(self, text: str | Query, notes: dict[str, str] | None = None) -> bool:
        """Filter by ``text`` (and the student's ``notes``, node id → text); False if nothing changed."""
        query = text if isinstance(text, Query) else Query(text)
        notes = dict(notes) if notes is not None else self._notes
        if query == self._query and (notes == self._notes or not query):
            self._notes = notes
            return False
        self.beginResetModel()
        self._query, self._notes = query, notes
        if self.matches is not None:
            self.matches.set_query(query, notes)
        self.endResetModel()
        return True

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:  # noqa: N802
        if not self._query:
            return True
        matches = self._matches
        if source_parent.isValid():
            siblings = matches.items[source_parent.data(PLACE_ROLE)].children
        else:
            siblings = self.sourceModel().roots
        return matches.accepts(matches.place_of[id(siblings[source_row])])

    def hasChildren(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: N802 - Qt override
        """Answered from the matches: Qt would otherwise filter the children of every row it lays
        out (thousands of calls) just to decide whether to draw an arrow."""
        if not parent.isValid() or self._matches is None:
            return super().hasChildren(parent)
        return self._matches.below(self.place(parent))

    def is_match(self, index: AnyIndex) -> bool:
        """Whether the node at a proxy index matches the query itself (not only a node below it)."""
        if not index.isValid() or not self._query:
            return False
        return self._matches.is_match(self.place(index))

    def index_at(self, place: int) -> QModelIndex:
        """The proxy index of a place of the outline (invalid when the filter hides it)."""
        model = self.sourceModel()
        return self.mapFromSource(model.index_at(place)) if isinstance(model, ContentTreeModel) else QModelIndex()

    def place(self, index: AnyIndex) -> int:
        place = index.data(PLACE_ROLE) if index.isValid() else None
        return -1 if place is None else int(place)


class Navigator(QObject):
    """The navigator tree of the main window and what it shows: outline, query, learned marks.

    :attr:`node_picked` is emitted when the user picks a row (click, arrow keys); selecting a row
    from code (:meth:`show_node`) and filtering never emit it, so the reading pane stays put while
    the user types."""

    node_picked = Signal(str)

    def __init__(self, content: Content, tree, parent: QObject | None = None):
        super().__init__(parent)
        self.tree = tree
        self.proxy = NodeFilterProxy(self)
        self._quiet = 0
        self.content = content
        self.index = SearchIndex(content)
        self.marks = ProgressMarks(content, self)
        self.models = self._build_models()
        self.outline = Outline.TOPICS
        self.proxy.setSourceModel(self.models[self.outline])
        tree.setModel(self.proxy)  # the proxy and its selection model stay; outlines swap its source
        tree.setItemDelegate(CountDelegate(tree))  # the "x/y" stays whole in a narrow tree
        tree.selectionModel().currentChanged.connect(self._on_tree_current_changed)

    def _build_models(self) -> dict[Outline, ContentTreeModel]:
        """The outlines' models, each built when first needed (start-up builds only the one shown)."""
        navigator = self
        self.outline_matches = {outline: OutlineMatches(self.index, self.content.textbook if outline == Outline.TEXTBOOK
                                                        else self.content.topics) for outline in Outline}

        class _Models(dict):
            def __missing__(self, outline: Outline) -> ContentTreeModel:
                model = self[outline] = ContentTreeModel(
                    navigator.content, Outline(outline), navigator, index=navigator.index, marks=navigator.marks,
                    matches=navigator.outline_matches[Outline(outline)])
                return model

            def values(self):  # every outline's model
                return [self[outline] for outline in Outline]

        return _Models()

    def holds(self, outline: Outline, node_id: str) -> bool:
        """Whether ``outline`` has a place for ``node_id`` (without building its model)."""
        return bool(self.outline_matches[Outline(outline)].places(node_id))

    def set_content(self, content: Content) -> None:
        """New content (a pack came or went): new models; the query and the outline stay."""
        learned = self.marks.progress.learned
        old_models, old_marks = list(dict.values(self.models)), self.marks
        self.content = content
        self.index = SearchIndex(content)
        self.marks = ProgressMarks(content, self)
        self.marks.set_learned(learned)
        self.models = self._build_models()
        with self.quiet():
            self.proxy.setSourceModel(self.models[self.outline])
        for model in old_models:
            model.deleteLater()
        old_marks.deleteLater()

    # -- quiet changes -------------------------------------------------------------------------

    def quiet(self):
        """A context in which a change of the tree's current row is not the user's pick."""
        navigator = self

        class _Quiet:
            def __enter__(self):
                navigator._quiet += 1

            def __exit__(self, *_exc):
                navigator._quiet -= 1

        return _Quiet()

    def _on_tree_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._quiet and current.isValid():
            self.node_picked.emit(current.data(NODE_ID_ROLE))

    # -- places --------------------------------------------------------------------------------

    @property
    def model(self) -> ContentTreeModel:
        return self.models[self.outline]

    def current_place(self) -> int:
        return self.proxy.place(self.tree.currentIndex())

    def place_for(self, node_id: str, prefer: int = -1) -> int:
        """A place of ``node_id`` in the current outline: ``prefer`` if it is one, else the first
        visible one, else the first (-1 when the outline does not hold the node)."""
        places = self.model.matches.places(node_id)
        if prefer in places:
            return prefer
        visible = [p for p in places if self.proxy.index_at(p).isValid()] if self.proxy.query else places
        return (visible or places or [-1])[0]

    def show_node(self, node_id: str, prefer: int = -1, scroll: bool = True) -> bool:
        """Make ``node_id``'s place the tree's current row without emitting :attr:`node_picked`.
        False (and no current row) when the outline or the filter hides it."""
        place = self.place_for(node_id, prefer)
        index = self.proxy.index_at(place) if place >= 0 else QModelIndex()
        with self.quiet():
            if not index.isValid():
                self.tree.selectionModel().clearCurrentIndex()
                self.tree.selectionModel().clearSelection()
                return False
            self._open_to(index)
            self.tree.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        if scroll:
            self.tree.scrollTo(index)
        return True

    def _open_to(self, index: QModelIndex) -> None:
        up, chain = index.parent(), []
        while up.isValid():
            chain.append(up)
            up = up.parent()
        for parent in reversed(chain):
            if not self.tree.isExpanded(parent):
                self.tree.expand(parent)

    def neighbour(self, node_id: str, step: int) -> str | None:
        """The node before or after ``node_id`` in the current outline's own order (its places
        depth first, from the place shown in the tree); None at either end."""
        matches = self.model.matches
        place = self.place_for(node_id, self.current_place())
        if place < 0:
            return matches.items[0].node.id if len(matches) else None
        target = place + step
        return matches.items[target].node.id if 0 <= target < len(matches) else None

    # -- outline and query ---------------------------------------------------------------------

    def set_outline(self, outline: Outline, node_id: str = "") -> None:
        """Show ``outline`` with the same query; ``node_id`` becomes the current row if shown."""
        self.outline = Outline(outline)
        with self.quiet():
            self.proxy.setSourceModel(self.models[self.outline])
            self.expand()
        if node_id:
            self.show_node(node_id)

    def set_query(self, text: str, notes: dict[str, str] | None, node_id: str = "") -> bool:
        """Filter by ``text``; the place of ``node_id`` (the node being read) stays current if it
        is shown. False when the filter did not change."""
        place = self.current_place()
        with self.quiet():
            if not self.proxy.set_query(text, notes):
                return False
            self.expand()
        if node_id:
            shown = self.show_node(node_id, place, scroll=False)
            if shown and (not self.proxy.query or self.proxy.is_match(self.tree.currentIndex())):
                self.tree.scrollTo(self.tree.currentIndex())
            elif self.proxy.query:
                self.tree.scrollToTop()
        return True

    def resting_depth(self) -> int:
        return 0 if self.outline == Outline.TOPICS else 2

    def open_rows(self) -> int:
        """How many rows a query opens: two screens of the tree."""
        row = max(1, self.tree.sizeHintForRow(0) if self.proxy.rowCount() else self.tree.fontMetrics().height())
        return max(MIN_OPEN_ROWS, 2 * self.tree.viewport().height() // row)

    def expand(self) -> None:
        """Open the branches that hold matches, in the outline's order, until two screens of rows
        show (all of them when the matches are few); without a query, fold back to the outline's
        resting depth.  Opening every branch of thousands of matches would cost seconds."""
        tree, proxy = self.tree, self.proxy
        with self.quiet():
            tree.collapseAll()
            matches = proxy.matches
            if matches is None:
                return
            budget = self.open_rows() if proxy.query else 0
            # One layout of the opened tree when it is next shown (or asked where a row is), instead of
            # one per opened branch, each with the scroll bars set again.
            tree.scheduleDelayedItemsLayout()
            if not proxy.query:
                self._open_resting(matches)
                return
            opened: set[int] = set()
            rows = proxy.rowCount()
            for place in matches.matches():
                for up in matches.ancestors(place):
                    if up not in opened:
                        opened.add(up)
                        index = proxy.index_at(up)
                        tree.expand(index)
                        rows += proxy.rowCount(index)
                if rows >= budget:
                    break

    def _open_resting(self, matches: OutlineMatches) -> None:
        """Open the outline level by level down to its resting depth while it shows few rows."""
        items, place_of = matches.items, matches.place_of
        level = [place_of[id(root)] for root in self.model.roots]
        rows = len(level)
        for _ in range(self.resting_depth() + 1):
            below = [place_of[id(child)] for p in level for child in items[p].children]
            if not below or rows + len(below) > RESTING_ROWS:
                return
            for p in level:
                if items[p].children:
                    self.tree.expand(self.proxy.index_at(p))
            rows += len(below)
            level = below

    def first_match(self) -> QModelIndex:
        """The proxy index of the first matching place (invalid without a query or a match)."""
        matches = self.proxy.matches
        if matches is None or not self.proxy.query:
            return QModelIndex()
        for place in matches.matches():
            index = self.proxy.index_at(place)
            if index.isValid():
                return index
        return QModelIndex()

    def has_rows(self) -> bool:
        return self.proxy.rowCount() > 0
