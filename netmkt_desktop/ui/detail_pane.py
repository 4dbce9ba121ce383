"""The detail pane: the selected node as read-only rich text, links selecting other nodes."""

from __future__ import annotations

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QTextBrowser, QWidget

from netmkt_desktop.content import Content, Node
from netmkt_desktop.render import NODE_SCHEME, render_node


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
        self.query = ""

    def show_node(self, content: Content, node: Node | None, query: str = "") -> None:
        self.node, self.query = node, query
        if node is None:
            self.setHtml("")
            return
        self.setHtml(render_node(content, node, query, tr=self.tr))
        self.setAccessibleDescription(node.title)

    def loadResource(self, kind: int, name: QUrl):  # noqa: N802 - Qt override
        # Content never loads anything: no remote images, no local files.
        return None

    def _on_self_anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() == NODE_SCHEME:
            self.node_link_activated.emit(url.path())
