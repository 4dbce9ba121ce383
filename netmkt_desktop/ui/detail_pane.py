"""The detail pane: the selected node as read-only rich text, links selecting other nodes."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QUrl, Signal
from PySide6.QtWidgets import QTextBrowser, QWidget

from netmkt_desktop.content import Content, Node
from netmkt_desktop.render import NODE_SCHEME, render_node
from netmkt_desktop.ui.i18n import translate_core


class DetailPane(QTextBrowser):
    """Shows one node; a click on a ``node:`` link emits :attr:`node_link_activated`."""

    node_link_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("detailPane")
        self.setAccessibleName(self.tr("内容详情"))
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._on_self_anchor_clicked)
        self.node: Node | None = None
        self._content: Content | None = None
        self.query = ""

    def show_node(self, content: Content, node: Node, query: str = "") -> None:
        self.node, self.query, self._content = node, query, content
        self.setHtml(render_node(content, node, query, tr=translate_core))
        self.setAccessibleDescription(node.title)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        # Link colours are fixed when the text is laid out: lay it out again for a new theme.
        if event.type() == QEvent.Type.PaletteChange and self.node is not None and self._content is not None:
            bar = self.verticalScrollBar().value()
            self.show_node(self._content, self.node, self.query)
            self.verticalScrollBar().setValue(bar)

    def loadResource(self, kind: int, name: QUrl):  # noqa: N802 - Qt override
        # Content never loads anything: no remote images, no local files.
        return None

    def _on_self_anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() == NODE_SCHEME:
            self.node_link_activated.emit(url.path())
