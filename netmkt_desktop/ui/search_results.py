"""Search results: each hit with its title, a field badge (标题/正文/笔记) and the match in context.

Every text is escaped before it becomes rich text (a note or a pack may contain markup); the
matches inside a snippet are wrapped in the same highlight the detail pane uses.  A click or Enter
on a result emits :attr:`SearchResultsView.node_activated` with the node id.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QPainter,
    QPalette,
    QStandardItem,
    QStandardItemModel,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from netmkt_desktop.render import HIGHLIGHT_STYLE
from netmkt_desktop.search import Hit
from netmkt_desktop.ui.navigator import NODE_ID_ROLE
from netmkt_desktop.ui.safe_text import SafeTextDocument, plain_label, tooltip

HIT_ROLE = Qt.ItemDataRole.UserRole + 10
HTML_ROLE = Qt.ItemDataRole.UserRole + 11


def highlighted(snippet: str, spans: Sequence[tuple[int, int]]) -> str:
    """``snippet`` escaped, with each (start, end) span wrapped in the highlight."""
    out, last = [], 0
    for start, end in sorted(spans):
        start, end = max(start, last), min(end, len(snippet))
        if start >= end:
            continue
        out.append(escape(snippet[last:start]))
        out.append(f'<span style="{HIGHLIGHT_STYLE}">{escape(snippet[start:end])}</span>')
        last = end
    out.append(escape(snippet[last:]))
    return "".join(out)


class _HitDelegate(QStyledItemDelegate):
    """Paints an item's HTML_ROLE rich text inside the usual item background."""

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex,
                  width: float) -> QTextDocument:
        doc = SafeTextDocument()
        doc.setDocumentMargin(max(2.0, option.fontMetrics.height() * 0.25))
        doc.setDefaultFont(option.font)
        doc.setHtml(index.data(HTML_ROLE) or "")
        doc.setTextWidth(max(10.0, width))
        return doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        doc = self._document(opt, index, opt.rect.width())
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(role))
        painter.save()
        try:
            painter.translate(opt.rect.topLeft())
            painter.setClipRect(QRectF(0, 0, opt.rect.width(), opt.rect.height()))
            doc.documentLayout().draw(painter, context)
        finally:
            painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:  # noqa: N802 - Qt override
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        width = opt.rect.width()
        view = opt.widget
        if isinstance(view, QAbstractItemView):
            width = view.viewport().width()
        if width <= 0:
            width = 400
        doc = self._document(opt, index, width)
        return QSize(int(width), int(doc.size().height() + 1))


class SearchResultsView(QWidget):
    """A list of :class:`netmkt_desktop.search.Hit`; :meth:`set_results` replaces it."""

    node_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("searchResults")
        self.setAccessibleName(self.tr("搜索结果"))
        self.hits: list[Hit] = []
        self.query = ""
        self.total = 0

        self.count_label = plain_label()
        self.count_label.setObjectName("searchResultsCountLabel")
        self.count_label.setWordWrap(True)
        self.model = QStandardItemModel(self)
        self.list = QListView()
        self.list.setObjectName("searchResultsList")
        self.list.setAccessibleName(self.tr("搜索结果列表"))
        self.list.setModel(self.model)
        self.list.setItemDelegate(_HitDelegate(self.list))
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setUniformItemSizes(False)
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.activated.connect(self._on_list_activated)
        self.list.clicked.connect(self._on_list_clicked)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.count_label)
        layout.addWidget(self.list, 1)
        self.set_results([])

    def badge(self, field: str) -> str:
        return {"title": self.tr("标题"), "text": self.tr("正文"), "note": self.tr("笔记")}.get(field, field)

    def set_results(self, hits: Sequence[Hit], query: str = "", total: int | None = None) -> None:
        """Show ``hits`` (best first) of ``total`` (all of them when None); ``query`` and the
        total only go into the count line."""
        self.hits, self.query = list(hits), query
        self.total = len(self.hits) if total is None else max(total, len(self.hits))
        self.model.clear()
        palette = self.palette()
        badge_bg = palette.color(QPalette.ColorRole.ToolTipBase).name()
        badge_fg = palette.color(QPalette.ColorRole.ToolTipText).name()
        for hit in self.hits:
            badge = self.badge(hit.field)
            badge_html = (f'<span style="background-color:{badge_bg};color:{badge_fg};">'
                          f'&nbsp;{escape(badge)}&nbsp;</span>')
            marked = highlighted(hit.snippet, hit.spans)
            if hit.field == "title":
                html = f"{badge_html} <b>{marked}</b>"
            else:
                html = f"{badge_html} <b>{escape(hit.title)}</b><br/>{marked}"
            item = QStandardItem(f"{hit.title} {hit.snippet}")
            item.setData(f"{badge} {hit.title}:{hit.snippet}", Qt.ItemDataRole.AccessibleTextRole)
            item.setData(tooltip(hit.snippet if hit.field != "title" else hit.title), Qt.ItemDataRole.ToolTipRole)
            item.setData(html, HTML_ROLE)
            item.setData(hit, HIT_ROLE)
            item.setData(hit.node_id, NODE_ID_ROLE)
            item.setEditable(False)
            self.model.appendRow(item)
        if not self.hits:
            text = self.tr("没有找到“{query}”。").format(query=query) if query else self.tr("没有搜索结果。")
        elif query:
            text = self.tr("“{query}”共 {n} 条结果").format(query=query, n=self.total)
        else:
            text = self.tr("共 {n} 条结果").format(n=self.total)
        if self.total > len(self.hits):
            text += self.tr(",这里列出前 {shown} 条;输入更多字可以缩小范围。").format(shown=len(self.hits))
        self.count_label.setText(text)
        self.list.setAccessibleDescription(text)
        if self.hits:
            self.list.setCurrentIndex(self.model.index(0, 0))

    def item_html(self, row: int) -> str:
        return self.model.index(row, 0).data(HTML_ROLE) or ""

    def _activate(self, index: QModelIndex) -> None:
        node_id = index.data(NODE_ID_ROLE) if index.isValid() else None
        if node_id:
            self.node_activated.emit(node_id)

    def _on_list_activated(self, index: QModelIndex) -> None:
        self._activate(index)

    def _on_list_clicked(self, index: QModelIndex) -> None:
        # Where the style already activates on a single click, ``activated`` has done it.
        if not self.list.style().styleHint(QStyle.StyleHint.SH_ItemView_ActivateItemOnSingleClick,
                                           None, self.list):
            self._activate(index)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        kind = event.type()
        if kind in (QEvent.Type.LanguageChange, QEvent.Type.PaletteChange):
            if kind == QEvent.Type.LanguageChange:
                self.setAccessibleName(self.tr("搜索结果"))
            super().changeEvent(event)
            self.set_results(self.hits, self.query, self.total)
            return
        if kind == QEvent.Type.FontChange:
            self.list.doItemsLayout()
        super().changeEvent(event)
