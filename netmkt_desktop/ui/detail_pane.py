"""The detail pane: the selected node as read-only rich text, links selecting other nodes.

Above the text a line tells the student where they stand with this page (已学会 / 已收藏, when
study data is open); below the last node of the outline a note says the end is reached and offers
the quiz.  Matches of the search are highlighted with the same matcher the navigator filters with;
a title found by its pinyin ("zbxsy") gets its matched characters highlighted too.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QUrl, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QWidget

from netmkt_desktop.content import Content, Node
from netmkt_desktop.render import NODE_SCHEME, escape, render_node
from netmkt_desktop.search import pinyin_title_span
from netmkt_desktop.ui.i18n import translate_core
from netmkt_desktop.ui.safe_text import SafeTextBrowser

ACTION_SCHEME = "netmkt"
QUIZ_URL = f"{ACTION_SCHEME}:quiz"
HIGHLIGHT_BACKGROUND = "#ffe14d"  # as render.HIGHLIGHT_STYLE
HIGHLIGHT_TEXT = "#000000"


class DetailPane(SafeTextBrowser):
    """Shows one node; a click on a ``node:`` link emits :attr:`node_link_activated`.

    The HTML is the app's own (``render_node`` escapes every text of the content); as a
    :class:`SafeTextBrowser` it loads nothing, not even a picture a pack names."""

    node_link_activated = Signal(str)
    quiz_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("detailPane")
        self.setAccessibleName(self.tr("内容详情"))
        self.anchorClicked.connect(self._on_self_anchor_clicked)
        self.node: Node | None = None
        self._content: Content | None = None
        self.query = ""
        self.at_end = False  # the node is the last one of the outline shown
        self.offer_quiz = False  # the end note links to the quiz
        self.learned: bool | None = None  # None: no study data (nothing said)
        self.bookmarked: bool | None = None

    def show_node(self, content: Content, node: Node, query: str = "") -> None:
        self.node, self.query, self._content = node, query, content
        parts = [self._state_html(), render_node(content, node, query, tr=translate_core), self._end_html()]
        self.setHtml("\n".join(p for p in parts if p))
        self._highlight_title_by_pinyin(node, query)
        self.setAccessibleDescription(node.title)

    def set_marks(self, learned: bool | None, bookmarked: bool | None) -> None:
        """What the page says about itself: learned (None: cannot be marked) and bookmarked."""
        if (learned, bookmarked) == (self.learned, self.bookmarked):
            return
        self.learned, self.bookmarked = learned, bookmarked
        self._show_again()

    def state_text(self) -> str:
        """The line above the text, e.g. "✓ 已学会 · ★ 已收藏" ("" without study data)."""
        parts = []
        if self.learned is not None:
            parts.append(self.tr("✓ 已学会") if self.learned else self.tr("○ 还没有标记为已学会(Ctrl+L)"))
        if self.bookmarked is not None:
            parts.append(self.tr("★ 已收藏") if self.bookmarked else self.tr("☆ 未收藏(Ctrl+D)"))
        return " · ".join(parts)

    def _state_html(self) -> str:
        text = self.state_text()
        return f'<p style="margin:0"><small>{escape(text)}</small></p>' if text else ""

    def end_text(self) -> str:
        return self.tr("已经读到这个目录的最后一节。") if self.at_end else ""

    def _end_html(self) -> str:
        if not self.at_end:
            return ""
        out = f"<hr/><p><b>{escape(self.end_text())}</b>"
        if self.offer_quiz:
            link = escape(self.tr("做一套自测题,检验学习效果(Ctrl+T)"))
            out += f' <a href="{QUIZ_URL}">{link}</a>'
        return out + "</p>"

    def _highlight_title_by_pinyin(self, node: Node, query: str) -> None:
        span = pinyin_title_span(node.title, query)
        if span is None:
            return
        found = self.document().find(node.title)  # the heading: the title's first occurrence
        if found.isNull():
            return
        cursor = QTextCursor(self.document())
        cursor.setPosition(found.selectionStart() + span[0])
        cursor.setPosition(found.selectionStart() + span[1], QTextCursor.MoveMode.KeepAnchor)
        mark = QTextCharFormat()
        mark.setBackground(QColor(HIGHLIGHT_BACKGROUND))
        mark.setForeground(QColor(HIGHLIGHT_TEXT))
        cursor.mergeCharFormat(mark)

    def _show_again(self) -> None:
        if self.node is not None and self._content is not None:
            bar = self.verticalScrollBar().value()
            self.show_node(self._content, self.node, self.query)
            self.verticalScrollBar().setValue(bar)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        # Link colours are fixed when the text is laid out: lay it out again for a new theme.
        if event.type() == QEvent.Type.PaletteChange:
            self._show_again()

    def _on_self_anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() == NODE_SCHEME:
            self.node_link_activated.emit(url.path())
        elif url.toString() == QUIZ_URL:
            self.quiz_requested.emit()
