"""The learned marks of one content, shared by the navigator's outline models, and how a tree row
shows its count.

:class:`ProgressMarks` holds a :class:`~netmkt_desktop.progress.Progress` (which nodes can be
marked, the "x/y" of every node, one total per node whatever outline shows it) and tells the
outline models what changed; they write the check boxes and counts into their rows.  A row with
something below it carries its "x/y" in :data:`COUNT_ROLE` too (its text ends with it), and
:class:`CountDelegate` keeps that count whole after the title whatever the tree's width: a
narrow tree at a big zoom shortens the title ("互联网营… 3/11"), never the count.  The
chart lives in :mod:`netmkt_desktop.ui.progress_view`.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from netmkt_desktop.content import Content
from netmkt_desktop.progress import Progress

COUNT_ROLE = Qt.ItemDataRole.UserRole + 3  # "x/y" of a row with something below it (the navigator's roles are +1, +2)


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


_TEXT_RECT = QStyle.SubElement.SE_ItemViewItemText
_TEXT_MARGIN = QStyle.PixelMetric.PM_FocusFrameHMargin


class CountDelegate(QStyledItemDelegate):
    """Keeps a row's count (:data:`COUNT_ROLE`) whole: where "title  x/y" is wider than the row,
    the title is shortened with "…" so that the count still shows after it ("互联网营… 3/11").

    Only the row's text is changed, before Qt draws the row as usual (``initStyleOption``): every
    row the tree paints passes through Python once, and a row that fits costs a look-up."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        # What a row's text cannot use of its width (check box, icon, margins), per style and look;
        # asking the style for each row calls back into Python dozens of times (its zoomed sizes).
        self._overheads: dict[tuple, int] = {}

    def initStyleOption(self, option: QStyleOptionViewItem,  # noqa: N802 - Qt override
                        index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        count = index.data(COUNT_ROLE)
        if count and option.rect.width() > 0:  # painting (a size hint has no rectangle yet)
            option.text = self.fitted_text(option, count)

    def fitted_text(self, option: QStyleOptionViewItem, count: str) -> str:
        """The row's text ("title  count") with the title shortened to leave room for the count."""
        text, metrics = option.text, option.fontMetrics
        room = option.rect.width() - self._overhead(option) - 1  # Qt lays text out in fractions of a pixel
        if metrics.horizontalAdvance(text) <= room or not text.endswith(count):
            return text
        title = text[:len(text) - len(count)].rstrip()
        left = room - metrics.horizontalAdvance(" " + count)  # one space between them, not two, when short
        shown = metrics.elidedText(title, option.textElideMode, left) if left > 0 else ""
        return f"{shown} {count}" if shown else count

    def _overhead(self, option: QStyleOptionViewItem) -> int:
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        key = (id(style), option.features.value, option.decorationSize.width(), option.font.key())
        overhead = self._overheads.get(key)
        if overhead is None:
            margin = style.pixelMetric(_TEXT_MARGIN, option, widget) + 1
            text_rect = style.subElementRect(_TEXT_RECT, option, widget)
            overhead = self._overheads[key] = option.rect.width() - text_rect.width() + 2 * margin
            if len(self._overheads) > 64:  # looks come and go (zoom, themes): keep the last few
                self._overheads = {key: overhead}
        return overhead
