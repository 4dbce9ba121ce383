"""Learning progress: a bar chart per textbook section.

:class:`ProgressView` paints one bar per top-level section and one for the whole textbook
("3/12 · 25%"); the sections' numbers add up to the whole (see :mod:`netmkt_desktop.progress`).  Sizes come from the font's metrics (the chart grows with the app's zoom) and
colours from palette roles (light, dark and high-contrast palettes all work).

The learned marks in the navigator (check boxes and "x/y" counts) come from
:class:`~netmkt_desktop.ui.progress_model.ProgressMarks`.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from netmkt_desktop.content import Content
from netmkt_desktop.progress import SectionProgress, progress_by_section, progress_text
from netmkt_desktop.ui.safe_text import tooltip


# ---------------------------------------------------------------------------------------------
# The chart


class ProgressView(QWidget):
    """A bar per section and one for everything; call :meth:`refresh` after a change."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("progressView")
        self.setAccessibleName(self.tr("学习进度"))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # so screen readers can reach the summary
        self.rows: list[SectionProgress] = []
        self._update_summary()

    # -- data

    def refresh(self, content: Content, learned: Iterable[str]) -> None:
        self.rows = progress_by_section(content, set(learned))
        self._update_summary()
        self.updateGeometry()
        self.update()

    def label(self, row: SectionProgress) -> str:
        if row.other:
            return self.tr("其他")
        if row.node is None:
            return self.tr("全部内容")
        return row.node.heading or row.node.title

    def summary(self) -> str:
        if not self.rows:
            return self.tr("还没有学习进度")
        overall, sections = self.rows[-1], self.rows[:-1]
        parts = [self.tr("已学 {text}").format(text=progress_text(overall.learned, overall.total))]
        parts += [f"{self.label(r)} {progress_text(r.learned, r.total)}" for r in sections]
        return self.tr(";").join(parts)

    def _update_summary(self) -> None:
        text = self.summary()
        self.setAccessibleDescription(text)
        self.setToolTip(tooltip(text))

    # -- geometry

    def _fonts(self) -> tuple[QFont, QFont]:
        font = QFont(self.font())
        bold = QFont(font)
        bold.setBold(True)
        return font, bold

    def _layout(self) -> tuple[float, float, float, float, float]:
        """(label width, number width, row height, padding, bar height) from the font metrics."""
        font, bold = self._fonts()
        fm, bfm = QFontMetricsF(font), QFontMetricsF(bold)
        labels = [self.label(r) for r in self.rows] or [self.tr("全部内容")]
        label_w = max(bfm.horizontalAdvance(t) for t in labels)
        numbers = [progress_text(r.learned, r.total) for r in self.rows] or [progress_text(0, 0)]
        number_w = max(bfm.horizontalAdvance(t) for t in numbers + ["100/100 · 100%"])
        line = max(fm.height(), bfm.height())
        pad = line * 0.4
        return label_w, number_w, line * 1.6, pad, line * 0.9

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        label_w, number_w, row_h, pad, _ = self._layout()
        rows = max(1, len(self.rows))
        width = label_w + number_w + 4 * pad + row_h * 8
        return QSize(int(width + 1), int(rows * row_h + 2 * pad + pad + 1))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        label_w, number_w, row_h, pad, _ = self._layout()
        rows = max(1, len(self.rows))
        return QSize(int(label_w + number_w + 4 * pad + row_h * 3 + 1), int(rows * row_h + 3 * pad + 1))

    # -- painting

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self._paint(painter)
        finally:
            painter.end()

    def _paint(self, painter: QPainter) -> None:
        palette = self.palette()
        font, bold = self._fonts()
        label_w, number_w, row_h, pad, bar_h = self._layout()
        rect = QRectF(self.rect()).adjusted(pad, pad, -pad, -pad)
        text_color = palette.color(QPalette.ColorRole.WindowText)
        fill = palette.color(QPalette.ColorRole.Highlight)
        trough = palette.color(QPalette.ColorRole.Base)
        edge = palette.color(QPalette.ColorRole.Mid)
        if not self.rows:
            painter.setFont(font)
            painter.setPen(text_color)
            painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, self.summary())
            return
        bar_x = rect.left() + label_w + pad
        bar_w = max(row_h, rect.width() - label_w - number_w - 2 * pad)
        y = rect.top()
        for i, row in enumerate(self.rows):
            overall = row.node is None and not row.other
            if overall and i > 0:  # a thin rule above the overall row
                painter.setPen(QPen(edge, 1))
                painter.drawLine(int(rect.left()), int(y + pad / 4), int(rect.right()), int(y + pad / 4))
                y += pad / 2
            painter.setFont(bold if overall else font)
            painter.setPen(text_color)
            align = Qt.AlignmentFlag.AlignVCenter
            painter.drawText(QRectF(rect.left(), y, label_w, row_h), align | Qt.AlignmentFlag.AlignLeft,
                             self.label(row))
            bar = QRectF(bar_x, y + (row_h - bar_h) / 2, bar_w, bar_h)
            radius = bar_h / 4
            painter.setPen(QPen(edge, 1))
            painter.setBrush(trough)
            painter.drawRoundedRect(bar, radius, radius)
            if row.total and row.learned:
                done = QRectF(bar.left(), bar.top(), bar.width() * row.learned / row.total, bar.height())
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(fill)
                painter.drawRoundedRect(done, radius, radius)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(text_color)
            painter.drawText(QRectF(bar.right() + pad, y, number_w + pad, row_h),
                             align | Qt.AlignmentFlag.AlignLeft, progress_text(row.learned, row.total))
            y += row_h

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        kind = event.type()
        if kind == QEvent.Type.LanguageChange:
            self.setAccessibleName(self.tr("学习进度"))
            self._update_summary()
        elif kind in (QEvent.Type.FontChange, QEvent.Type.PaletteChange):
            self.updateGeometry()
            self.update()
        super().changeEvent(event)
