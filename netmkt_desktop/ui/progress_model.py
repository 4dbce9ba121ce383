"""The learned marks of one content, shared by the navigator's outline models.

:class:`ProgressMarks` holds a :class:`~netmkt_desktop.progress.Progress` (which nodes can be
marked, the "x/y" of every node, one total per node whatever outline shows it) and tells the
outline models what changed; they write the check boxes and counts into their rows.  The chart
lives in :mod:`netmkt_desktop.ui.progress_view`.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from netmkt_desktop.content import Content
from netmkt_desktop.progress import Progress


class ProgressMarks(QObject):
    """The learned marks of one content, shared by the outline models.

    A change made in a tree (a click on a check box, Space) emits :attr:`learned_changed`, which
    the study tools save; :meth:`set_learned` shows what the study data holds."""

    learned_changed = Signal(str, bool)  # node id, learned: changed by the user in a tree
    marks_changed = Signal(object)  # set of node ids whose mark or counts changed

    def __init__(self, content: Content, parent: QObject | None = None):
        super().__init__(parent)
        self.progress = Progress(content)

    def set_learned(self, learned) -> None:
        changed = self.progress.set_learned(learned)
        if changed:
            self.marks_changed.emit(changed)

    def mark(self, node_id: str, learned: bool) -> bool:
        changed = self.progress.mark(node_id, learned)
        if not changed:
            return node_id in self.progress.readable
        self.marks_changed.emit(changed)
        self.learned_changed.emit(node_id, learned)
        return True
