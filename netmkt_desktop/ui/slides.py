"""The slides of presentation mode: each node of the textbook laid out for the projector.

* :class:`SlideCanvas` draws one slide's text a screen at a time (its own QTextDocument, fitted by
  :mod:`netmkt_desktop.ui.slide_layout`; no scroll bar: PageDown moves on).
* :class:`SlideView` is the whole cover over the window: the slides in the textbook's order, then
  an end slide 本节结束 that leads to the quiz; a counter "第 n / N 页", a line of keys and a plain
  list of the slides (F9).  Nothing personal is shown: the text is the node's as the content has it.

Loaded on the first F5 (start-up speed); :mod:`netmkt_desktop.ui.presentation` switches the mode.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QAction,
    QContextMenuEvent,
    QFontMetricsF,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QTextDocument,
    QTextOption,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QListWidget,
    QMenu,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from netmkt_desktop.ui.slide_layout import (
    DEFAULT_PRESENTATION_ZOOM,
    fit_document,
    keep_headings_bold,
    scroll_stops,
    slide_pixel_sizes,
    text_lines,
)
from netmkt_desktop.ui.safe_text import SafeTextDocument, plain_label, tooltip

NODE_SCHEME = "node"
QUIZ_LINK = "netmkt:quiz"
MARGIN_SHARE = 0.04  # of the slide's width, left and right of the text
WHEEL_LINES = 3


# ---------------------------------------------------------------------------------------------
# One slide


class SlideCanvas(QWidget):
    """The text of one slide, drawn a screen at a time: no scroll bar, PageDown moves on.

    The text is a QTextDocument of the canvas's own (a text widget would put its own font back on
    every style change); :attr:`pixel_size` is the body size it was fitted at, :attr:`stops` the
    scroll positions PageDown visits and :meth:`viewport` the rectangle the text shows in."""

    link_activated = Signal(str)
    position_changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.html = ""
        self.setObjectName("slideText")
        self.setAccessibleName(self.tr("演示内容"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.document = SafeTextDocument(self)
        self.document.setUndoRedoEnabled(False)
        self.document.setDocumentMargin(0)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)  # a long name never runs off
        self.document.setDefaultTextOption(option)
        self.screen_lines = 0  # the height of the whole slide (the screen): sizes are given for it
        self.percent = DEFAULT_PRESENTATION_ZOOM
        self.pixel_size = 0
        self.stops: list[int] = [0]
        self._scroll = 0

    # -- layout

    def viewport(self) -> QRect:
        """Where the text shows, in the canvas's coordinates."""
        side = max(8, round(self.width() * MARGIN_SHARE))
        top = max(4, round(self.height() * MARGIN_SHARE / 2))
        return self.rect().adjusted(side, top, -side, -top)

    def set_html(self, html: str, at_end: bool = False) -> None:
        self.html = html
        self._scroll = 0
        self.relayout(keep_position=False)
        if at_end:
            self._scroll = self.stops[-1]
        self.setAccessibleDescription(self.document.toPlainText())
        self.update()
        self.position_changed.emit()

    def relayout(self, keep_position: bool = True) -> None:
        """Fit the text to the canvas again (new size, zoom or palette); the top line stays in sight."""
        keep = self._first_visible_position() if keep_position and self._scroll else None
        preferred, floor = slide_pixel_sizes(self.screen_lines or self.height(), self.percent)
        view = self.viewport()
        self.pixel_size = fit_document(self.document, self.html, QApplication.font(), max(1, view.width()),
                                       max(1, view.height()), preferred, floor)
        keep_headings_bold(self.document, self.palette().color(QPalette.ColorRole.Text), self.devicePixelRatioF())
        overlap = QFontMetricsF(self.document.defaultFont()).lineSpacing()
        self.stops = scroll_stops(text_lines(self.document), view.height(), self.document.size().height(),
                                  overlap)
        self._scroll = self._stop_showing(keep) if keep is not None else 0
        self.update()
        self.position_changed.emit()

    def _first_visible_position(self) -> int:
        point = QPointF(1, self._scroll + 1)
        return self.document.documentLayout().hitTest(point, Qt.HitTestAccuracy.FuzzyHit)

    def _stop_showing(self, position: int) -> int:
        block = self.document.findBlock(position)
        layout = block.layout()
        if not block.isValid() or layout is None or not layout.lineCount():
            return 0
        line = layout.lineForTextPosition(position - block.position())
        rect = self.document.documentLayout().blockBoundingRect(block)
        top = rect.top() - layout.boundingRect().top() + (line.y() if line.isValid() else 0)
        return max((s for s in self.stops if s <= top + 0.5), default=0)

    # -- position

    @property
    def scroll_position(self) -> int:
        return self._scroll

    def scroll_to(self, position: int) -> None:
        position = max(0, min(self.stops[-1], int(position)))
        if position != self._scroll:
            self._scroll = position
            self.update()
            self.position_changed.emit()

    def next_stop(self) -> int | None:
        return next((s for s in self.stops if s > self._scroll), None)

    def previous_stop(self) -> int | None:
        return next((s for s in reversed(self.stops) if s < self._scroll), None)

    # -- Qt overrides

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        try:
            view = self.viewport()
            painter.setClipRect(view)
            painter.translate(view.left(), view.top() - self._scroll)
            context = QAbstractTextDocumentLayout.PaintContext()
            context.palette = self.palette()
            context.clip = QRectF(0, self._scroll, view.width(), view.height())
            self.document.documentLayout().draw(painter, context)
        finally:
            painter.end()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self.html:
            self.relayout()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.html:
            self.relayout()  # link colours are fixed when the text is read

    def _anchor_at(self, point: QPoint) -> str:
        view = self.viewport()
        if not view.contains(point):
            return ""
        at = QPointF(point.x() - view.left(), point.y() - view.top() + self._scroll)
        return self.document.documentLayout().anchorAt(at)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        anchor = self._anchor_at(event.position().toPoint())
        self.setCursor(Qt.CursorShape.PointingHandCursor if anchor else Qt.CursorShape.ArrowCursor)
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        anchor = self._anchor_at(event.position().toPoint()) if event.button() == Qt.MouseButton.LeftButton else ""
        if anchor:
            self.link_activated.emit(anchor)
        super().mouseReleaseEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt override
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            event.ignore()  # Ctrl + wheel zooms (the window's filter)
            return
        lines = event.angleDelta().y() / 120 * WHEEL_LINES
        self.scroll_to(self._scroll - round(lines * self.pixel_size * 1.5))
        event.accept()


# ---------------------------------------------------------------------------------------------
# The slides of the content


class SlideView(QWidget):
    """The slides: the textbook's nodes in order, then 本节结束; a counter and an optional list.

    ``current`` is the index of the slide shown (``len(deck)`` for the end slide, ``None`` for a
    node outside the textbook's order, shown as a slide of its own).  Moving to a node emits
    :attr:`node_requested` (the window shows the same node underneath)."""

    node_requested = Signal(str)
    quiz_requested = Signal()
    leave_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("slideView")
        self.setAccessibleName(self.tr("演示"))
        self.setAutoFillBackground(True)
        self.content = None
        self.deck: list[str] = []
        self.current: int | None = None
        self.node_id = ""

        self.canvas = SlideCanvas()
        self.canvas.link_activated.connect(self._on_canvas_link_activated)
        self.canvas.position_changed.connect(self._update_footer)
        self.outline = QListWidget()
        self.outline.setObjectName("slideOutline")
        self.outline.setAccessibleName(self.tr("演示目录"))
        self.outline.setWordWrap(False)
        self.outline.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.outline.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.outline.itemClicked.connect(self._on_outline_item_clicked)
        self.outline.hide()
        self.hint_label = plain_label(self.tr("F9 目录 · B 黑屏 · Esc 退出"))
        self.hint_label.setObjectName("slideHint")
        self.hint_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # never pushes the counter
        self.more_label = plain_label(self.tr("▼ 本页还有内容"))
        self.more_label.setObjectName("slideMore")
        self.counter_label = plain_label()
        self.counter_label.setObjectName("slideCounter")
        self.counter_label.setAccessibleName(self.tr("页码"))
        self.counter_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        footer = QHBoxLayout()
        footer.setContentsMargins(8, 0, 8, 4)
        footer.addWidget(self.hint_label, 1)
        footer.addWidget(self.more_label)
        footer.addSpacing(16)
        footer.addWidget(self.counter_label)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(0)
        right.addWidget(self.canvas, 1)
        right.addLayout(footer)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.outline, 1)
        layout.addLayout(right, 3)
        if parent is not None:
            parent.installEventFilter(self)  # the slides cover the whole window at every size

    # -- deck

    def set_content(self, content) -> None:
        from netmkt_desktop.render import crumb_label
        from netmkt_desktop.ui.i18n import translate_core

        self.content = content
        self.deck = [node.id for node in content.reading_order]
        self.outline.clear()
        for node in content.reading_order:
            depth = max(0, len(content.breadcrumb(node.id)) - 2)  # the part and the chapter at the margin
            title = crumb_label(node, translate_core)
            self.outline.addItem("\u2002" * depth + title)  # an en space per level
            self.outline.item(self.outline.count() - 1).setToolTip(tooltip(title))
        self.outline.addItem(self.tr("本节结束"))

    @property
    def at_end_slide(self) -> bool:
        return self.current is not None and self.current == len(self.deck)

    def show_node(self, node_id: str, at_end: bool = False) -> None:
        """Show the slide of ``node_id`` (from its first screen, or its last with ``at_end``)."""
        if self.content is None or self.content.node(node_id) is None:
            return
        index = self.deck.index(node_id) if node_id in self.deck else None
        self._show(index, node_id, at_end)

    def show_index(self, index: int, at_end: bool = False) -> None:
        """Show slide ``index`` (``len(deck)``: the end slide)."""
        index = max(0, min(len(self.deck), index))
        self._show(index, self.deck[index] if index < len(self.deck) else "", at_end)

    def follow(self, node_id: str) -> None:
        """The window shows ``node_id`` (a link, back, Ctrl+PgDown): show its slide unless it is shown."""
        if node_id and (node_id != self.node_id or self.at_end_slide):
            self.show_node(node_id)

    def _show(self, index: int | None, node_id: str, at_end: bool) -> None:
        self.current, self.node_id = index, node_id
        self.canvas.set_html(self._slide_html(node_id), at_end)
        self.outline.blockSignals(True)
        self.outline.setCurrentRow(-1 if index is None else index)
        self.outline.blockSignals(False)
        self._update_footer()
        if node_id:
            self.node_requested.emit(node_id)

    def _slide_html(self, node_id: str) -> str:
        from netmkt_desktop.render import render_node
        from netmkt_desktop.ui.i18n import translate_core

        if not node_id:
            return self.end_html()
        html = render_node(self.content, self.content.node(node_id), tr=translate_core)
        # Small print (whose words, where in the book) is read from the back row too: body size at least.
        return html.replace("<small>", "<span>").replace("</small>", "</span>")

    def end_html(self) -> str:
        heading = escape(self.tr("本节结束"))
        next_step = escape(self.tr("下一步:自测。做一套自测题,看看这一节学会了多少。"))
        how = escape(self.tr("按 Esc 退出演示,再按 Ctrl+T 打开自测;或者点这里:"))
        link = escape(self.tr("退出演示,开始自测"))
        back = escape(self.tr("按 PageUp 回到上一页,按 Home 回到第一页。"))
        top = max(0, self.canvas.viewport().height() // 4)  # the end slide stands in the middle
        return (f'<p style="margin-top:0;margin-bottom:{top}px">&nbsp;</p>'
                f'<h1 align="center">{heading}</h1><p align="center">{next_step}</p>'
                f'<p align="center">{how}<a href="{QUIZ_LINK}">{link}</a></p>'
                f'<p align="center">{back}</p>')

    # -- stepping

    def step_forward(self) -> bool:
        """PageDown: the next screen of this slide, else the next slide; False at the very end."""
        following = self.canvas.next_stop()
        if following is not None:
            self.canvas.scroll_to(following)
            return True
        if self.current is None:
            neighbour = self.content.neighbour(self.node_id, 1) if self.content is not None else None
            if neighbour is None:
                return False
            self.show_node(neighbour.id)
            return True
        if self.current >= len(self.deck):
            return False
        self.show_index(self.current + 1)
        return True

    def step_back(self) -> bool:
        """PageUp: the previous screen of this slide, else the end of the previous slide."""
        previous = self.canvas.previous_stop()
        if previous is not None:
            self.canvas.scroll_to(previous)
            return True
        if self.current is None:
            neighbour = self.content.neighbour(self.node_id, -1) if self.content is not None else None
            if neighbour is None:
                return False
            self.show_node(neighbour.id, at_end=True)
            return True
        if self.current <= 0:
            return False
        self.show_index(self.current - 1, at_end=True)
        return True

    def first(self) -> None:
        self.show_index(0)

    def last(self) -> None:
        self.show_index(max(0, len(self.deck) - 1))

    def refit(self, percent: int | None = None) -> None:
        if percent is not None:
            self.canvas.percent = percent
        self.canvas.screen_lines = self.height()
        if self.canvas.html:
            self.canvas.relayout()

    # -- labels

    def counter_text(self) -> str:
        total = len(self.deck)
        if self.at_end_slide:
            return self.tr("本节结束 · 共 {total} 页").format(total=total)
        if self.current is None:
            return self.tr("本节以外 · 共 {total} 页").format(total=total)
        return self.tr("第 {n} / {total} 页").format(n=self.current + 1, total=total)

    def _update_footer(self) -> None:
        self.counter_label.setText(self.counter_text())
        self.more_label.setVisible(self.canvas.next_stop() is not None)

    # -- slots and overrides

    def _on_canvas_link_activated(self, link: str) -> None:
        if link == QUIZ_LINK:
            self.quiz_requested.emit()
        elif link.startswith(NODE_SCHEME + ":"):
            self.show_node(link[len(NODE_SCHEME) + 1:])

    def _on_outline_item_clicked(self, item) -> None:
        self.show_index(self.outline.row(item))
        self.canvas.setFocus(Qt.FocusReason.OtherFocusReason)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.canvas.screen_lines = self.height()
        super().resizeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize and self.isVisible():
            self.setGeometry(watched.rect())
        return False

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt override
        menu = QMenu(self)
        for text, slot in ((self.tr("下一页"), self.step_forward), (self.tr("上一页"), self.step_back),
                           (self.tr("显示/隐藏目录"), lambda: self.outline.setVisible(not self.outline.isVisible())),
                           (self.tr("退出演示"), self.leave_requested.emit)):
            action = QAction(text, menu)
            action.triggered.connect(slot)
            menu.addAction(action)
        menu.popup(event.globalPos())
