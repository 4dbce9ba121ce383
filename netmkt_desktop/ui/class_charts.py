"""Pictures of a class: target positions, highest target tier, and the target dates of every tier.

Each picture is drawn by one function that takes a painter, a rectangle, a palette and a font (like
``ladder_view.paint_ladder``), so the window, the PNG export and the class summary PDF look the
same. Sizes come from the font (the pictures grow with the app's zoom), colours from palette roles
(light, dark and high contrast all work). Labels from files (position titles of a pack) are drawn as
plain text: QPainter interprets no markup.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from netmkt_desktop.class_summary import Count, Entry, highest_tier_counts, position_counts, target_timeline
from netmkt_desktop.tiers import Tier
from netmkt_desktop.ui.i18n import tier_label, translate, translate_core
from netmkt_desktop.ui.safe_text import tooltip


def _bold(font: QFont, factor: float = 1.1) -> QFont:
    bold = QFont(font)
    bold.setBold(True)
    if font.pointSizeF() > 0:
        bold.setPointSizeF(font.pointSizeF() * factor)
    elif font.pixelSize() > 0:
        bold.setPixelSize(max(1, round(font.pixelSize() * factor)))
    return bold


def _elided(fm: QFontMetricsF, text: str, width: float) -> str:
    return fm.elidedText(text, Qt.TextElideMode.ElideRight, max(0.0, width))


# ---------------------------------------------------------------------------------------------
# Bar chart


def bar_chart_size_hint(font: QFont, title: str, counts: Sequence[Count]) -> QSize:
    fm, fmb = QFontMetricsF(font), QFontMetricsF(_bold(font))
    line = fm.height()
    label_w = min(max((fm.horizontalAdvance(c.label) for c in counts), default=0.0), line * 12)
    width = max(fmb.horizontalAdvance(title), label_w + line * 10 + fm.horizontalAdvance("000"))
    height = fmb.height() + line * 0.6 + max(1, len(counts)) * line * 1.5 + line
    return QSize(int(width + line * 2), int(height + 1))


def paint_bar_chart(painter: QPainter, rect: QRectF, palette: QPalette, font: QFont, title: str,
                    counts: Sequence[Count], empty_text: str = "") -> None:
    """Horizontal bars, one per ``counts`` item (label left, number at the bar's end), under ``title``."""
    painter.save()
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.fillRect(rect, palette.color(QPalette.ColorRole.Window))
        fm, bold = QFontMetricsF(font), _bold(font)
        line = fm.height()
        inner = rect.adjusted(line, line * 0.5, -line, -line * 0.5)
        text_color = palette.color(QPalette.ColorRole.WindowText)
        painter.setPen(text_color)
        painter.setFont(bold)
        title_h = QFontMetricsF(bold).height()
        painter.drawText(QRectF(inner.left(), inner.top(), inner.width(), title_h),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         _elided(QFontMetricsF(bold), title, inner.width()))
        painter.setFont(font)
        top = inner.top() + title_h + line * 0.6
        total = sum(c.count for c in counts)
        if not counts or total == 0:
            painter.drawText(QRectF(inner.left(), top, inner.width(), line * 1.5),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, empty_text)
            return
        label_w = min(max(fm.horizontalAdvance(c.label) for c in counts), inner.width() * 0.4)
        number_w = fm.horizontalAdvance(str(max(c.count for c in counts))) + line * 0.5
        bar_left = inner.left() + label_w + line * 0.5
        bar_span = max(1.0, inner.right() - number_w - bar_left)
        biggest = max(c.count for c in counts)
        row_h = line * 1.5
        highlight = palette.color(QPalette.ColorRole.Highlight)
        mid = palette.color(QPalette.ColorRole.Mid)
        painter.setPen(QPen(mid, max(1.0, line / 14)))
        painter.drawLine(QPointF(bar_left, top), QPointF(bar_left, top + row_h * len(counts)))
        for i, item in enumerate(counts):
            y = top + i * row_h
            painter.setPen(text_color)
            painter.drawText(QRectF(inner.left(), y, label_w, row_h),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             _elided(fm, item.label, label_w))
            width = bar_span * item.count / biggest
            bar = QRectF(bar_left, y + (row_h - line) / 2, width, line)
            if item.count:
                painter.fillRect(bar, highlight)
            painter.setPen(text_color)
            painter.drawText(QRectF(bar.right() + line * 0.25, y, number_w, row_h),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, str(item.count))
    finally:
        painter.restore()


# ---------------------------------------------------------------------------------------------
# Timeline


_BINS = (1, 2, 3, 6, 12, 24, 60, 120)


def _year_range(timeline: dict[Tier, Counter]) -> tuple[int, int] | None:
    years = [year for counts in timeline.values() for (year, _month) in counts]
    return (min(years), max(years)) if years else None


def timeline_size_hint(font: QFont, title: str, timeline: dict[Tier, Counter]) -> QSize:
    fm, fmb = QFontMetricsF(font), QFontMetricsF(_bold(font))
    line = fm.height()
    span = _year_range(timeline)
    years = (span[1] - span[0] + 1) if span else 1
    label_w = max(fm.horizontalAdvance(tier_label(t)) for t in Tier)
    caption = translate("ClassCharts", "每个圆点:%1 个月").replace("%1", "12")  # the widest caption
    width = max(fmb.horizontalAdvance(title) + fm.horizontalAdvance(caption) + line,
                label_w + line + min(years, 12) * fm.horizontalAdvance("20300"))
    height = fmb.height() + line * 0.6 + len(Tier) * line * 2.2 + line * 2
    return QSize(int(width + line * 2), int(height + 1))


def _year_step(years: int, room: float, label_w: float) -> int:
    for step in (1, 2, 5, 10, 20, 50, 100):
        if years / step * label_w * 1.4 <= room:
            return step
    return 100


def paint_timeline(painter: QPainter, rect: QRectF, palette: QPalette, font: QFont, title: str,
                   timeline: dict[Tier, Counter], empty_text: str = "") -> None:
    """One lane per tier (总监 on top); a dot per target month (or per quarter, half year… when the
    picture is too narrow for months), its area growing with the number of goals aiming at it (the
    number is written in it); years along the bottom."""
    painter.save()
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.fillRect(rect, palette.color(QPalette.ColorRole.Window))
        fm, bold = QFontMetricsF(font), _bold(font)
        line = fm.height()
        inner = rect.adjusted(line, line * 0.5, -line, -line * 0.5)
        text_color = palette.color(QPalette.ColorRole.WindowText)
        mid = palette.color(QPalette.ColorRole.Mid)
        highlight = palette.color(QPalette.ColorRole.Highlight)
        on_highlight = palette.color(QPalette.ColorRole.HighlightedText)
        painter.setPen(text_color)
        painter.setFont(bold)
        title_h = QFontMetricsF(bold).height()
        painter.drawText(QRectF(inner.left(), inner.top(), inner.width(), title_h),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         _elided(QFontMetricsF(bold), title, inner.width()))
        painter.setFont(font)
        top = inner.top() + title_h + line * 0.6
        span = _year_range(timeline)
        if span is None:
            painter.drawText(QRectF(inner.left(), top, inner.width(), line * 1.5),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, empty_text)
            return
        first, last = span[0], span[1] + 1  # from January of the first year to January after the last
        label_w = max(fm.horizontalAdvance(tier_label(t)) for t in Tier)
        left = inner.left() + label_w + line * 0.75
        right = inner.right() - line * 0.5
        lanes = list(reversed(Tier))  # 总监 on top
        axis_y = inner.bottom() - line * 1.3
        lane_h = max(line * 1.2, (axis_y - top) / len(lanes))
        months = (last - first) * 12

        # year grid and labels
        step = _year_step(last - first, right - left, fm.horizontalAdvance("2030"))
        painter.setPen(QPen(mid, max(1.0, line / 14)))
        painter.drawLine(QPointF(left, axis_y), QPointF(right, axis_y))
        for year in range(first, last + 1):
            x = left + (right - left) * (year - first) / (last - first)
            painter.setPen(QPen(mid, max(1.0, line / 14), Qt.PenStyle.DotLine))
            painter.drawLine(QPointF(x, top), QPointF(x, axis_y))
            if (year - first) % step == 0 and year < last:
                painter.setPen(text_color)
                next_x = left + (right - left) * (year + 1 - first) / (last - first)
                painter.drawText(QRectF(x, axis_y + line * 0.15, max(next_x - x, fm.horizontalAdvance("2030")) * step,
                                        line), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, str(year))
        # Months close together share one dot: the bin is the smallest of 1, 2, 3, 6, 12… months
        # whose width holds a dot of the largest size, so dots never cover each other.
        radius_max = min(lane_h * 0.45, line * 1.1)
        per_month = (right - left) / months
        bin_months = next((m for m in _BINS if per_month * m >= radius_max * 2.1), _BINS[-1])
        radius_max = min(radius_max, per_month * bin_months / 2.1)
        radius_min = min(line * 0.3, radius_max)
        if bin_months % 12 == 0:
            caption = translate("ClassCharts", "每个圆点:%1 年").replace("%1", str(bin_months // 12))
        else:
            caption = translate("ClassCharts", "每个圆点:%1 个月").replace("%1", str(bin_months))
        painter.setPen(text_color)
        painter.drawText(QRectF(inner.left(), inner.top(), inner.width(), title_h),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, caption)
        binned: dict[Tier, Counter] = {}
        for tier, counts in timeline.items():
            binned[tier] = Counter()
            for (year, month), count in counts.items():
                binned[tier][((year - first) * 12 + month - 1) // bin_months] += count
        biggest = max(max(c.values(), default=1) for c in binned.values())
        fill = QColor(highlight)
        for i, tier in enumerate(lanes):
            y = top + lane_h * (i + 0.5)
            painter.setPen(text_color)
            painter.drawText(QRectF(inner.left(), y - lane_h / 2, label_w, lane_h),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, tier_label(tier))
            painter.setPen(QPen(mid, max(1.0, line / 14)))
            painter.drawLine(QPointF(left, y), QPointF(right, y))
            for index, count in sorted(binned[tier].items()):
                r = radius_min + (radius_max - radius_min) * math.sqrt(count / biggest)
                center = QPointF(left + per_month * bin_months * (index + 0.5), y)
                painter.setPen(QPen(palette.color(QPalette.ColorRole.Window), max(1.0, line / 12)))
                painter.setBrush(fill)
                painter.drawEllipse(center, r, r)
                if count > 1 and r * 2 >= fm.horizontalAdvance(str(count)):
                    painter.setPen(on_highlight)
                    painter.drawText(QRectF(center.x() - r, center.y() - r, 2 * r, 2 * r),
                                     Qt.AlignmentFlag.AlignCenter, str(count))
    finally:
        painter.restore()


# ---------------------------------------------------------------------------------------------
# The three pictures of a class


class ClassCharts:
    """The numbers of the three pictures for a list of entries (the students shown)."""

    def __init__(self, entries: Sequence[Entry] = (), content=None):
        self.positions = position_counts(entries, content, translate_core)
        self.tiers = highest_tier_counts(entries, translate_core)
        self.timeline = target_timeline(entries)
        self.students = len(entries)

    @staticmethod
    def titles() -> tuple[str, str, str]:
        return (translate("ClassCharts", "目标岗位(人数)"), translate("ClassCharts", "最高目标层级(人数)"),
                translate("ClassCharts", "各层级的目标时间(圆点越大,人数越多)"))

    @staticmethod
    def empty_text() -> str:
        return translate("ClassCharts", "还没有学生的规划。")

    def summaries(self) -> tuple[str, str, str]:
        """A text for each picture (accessible description, tooltip)."""
        sep = translate("ClassCharts", ",")
        positions = sep.join(f"{c.label} {c.count}" for c in self.positions)
        tiers = sep.join(f"{c.label} {c.count}" for c in self.tiers)
        dates = []
        for tier in Tier:
            months = self.timeline[tier]
            if months:
                early, late = min(months), max(months)
                dates.append(translate("ClassCharts", "%1:%2 个目标,%3–%4")
                             .replace("%1", tier_label(tier)).replace("%2", str(sum(months.values())))
                             .replace("%3", f"{early[0]}.{early[1]}").replace("%4", f"{late[0]}.{late[1]}"))
        return positions, tiers, translate("ClassCharts", ";").join(dates) or self.empty_text()

    def size_hints(self, font: QFont) -> list[QSize]:
        t = self.titles()
        return [bar_chart_size_hint(font, t[0], self.positions), bar_chart_size_hint(font, t[1], self.tiers),
                timeline_size_hint(font, t[2], self.timeline)]

    def paint(self, index: int, painter: QPainter, rect: QRectF, palette: QPalette, font: QFont) -> None:
        title = self.titles()[index]
        if index == 0:
            paint_bar_chart(painter, rect, palette, font, title, self.positions, self.empty_text())
        elif index == 1:
            paint_bar_chart(painter, rect, palette, font, title, self.tiers, self.empty_text())
        else:
            paint_timeline(painter, rect, palette, font, title, self.timeline, self.empty_text())

    def render(self, font: QFont, palette: QPalette, width: int, scale: float = 2.0) -> QImage:
        """All three pictures one below the other, ``width`` logical pixels wide, ``scale`` image
        pixels per logical pixel (sharp when printed or shown on a projector)."""
        hints = self.size_hints(font)
        width = max(width, *(h.width() for h in hints))
        heights = [h.height() for h in hints]
        heights[2] = int(heights[2] * 1.3)
        image = QImage(int(width * scale), int(sum(heights) * scale), QImage.Format.Format_RGB32)
        image.setDevicePixelRatio(scale)
        image.fill(palette.color(QPalette.ColorRole.Window))
        painter = QPainter(image)
        try:
            y = 0
            for index, height in enumerate(heights):
                self.paint(index, painter, QRectF(0, y, width, height), palette, font)
                y += height
        finally:
            painter.end()
        return image


class ChartView(QWidget):
    """One of the three pictures; follows the widget's font (zoom) and palette (theme)."""

    def __init__(self, index: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.index = index
        self.charts = ClassCharts()
        self.setObjectName(("positionChart", "tierChart", "timelineChart")[index])
        self.setAccessibleName(ClassCharts.titles()[index])
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

    def set_charts(self, charts: ClassCharts) -> None:
        self.charts = charts
        text = charts.summaries()[self.index]
        self.setToolTip(tooltip(text))
        self.setAccessibleDescription(text)
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = self.charts.size_hints(self.font())[self.index]
        return QSize(hint.width(), int(hint.height() * (1.3 if self.index == 2 else 1.0)))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = self.charts.size_hints(self.font())[self.index]
        return QSize(min(hint.width(), QFontMetricsF(self.font()).height() * 16), hint.height())

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        try:
            self.charts.paint(self.index, painter, QRectF(self.rect()), self.palette(), self.font())
        finally:
            painter.end()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.PaletteChange):
            self.updateGeometry()
            self.update()
        super().changeEvent(event)


class ChartsPanel(QWidget):
    """The three pictures, one below the other (put in a scroll area by the class view)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("classCharts")
        self.views = [ChartView(i, self) for i in range(3)]
        layout = QVBoxLayout(self)
        for view in self.views:
            layout.addWidget(view)
        layout.addStretch(1)
        self.charts = ClassCharts()

    def set_entries(self, entries: Sequence[Entry], content=None) -> None:
        self.charts = ClassCharts(entries, content)
        for view in self.views:
            view.set_charts(self.charts)

    def render(self, scale: float = 2.0) -> QImage:
        return self.charts.render(self.font(), self.palette(), max(self.width(), 600), scale)
