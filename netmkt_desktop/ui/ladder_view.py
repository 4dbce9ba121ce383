"""The tier ladder (岗位层级阶梯图): the tiers of a company drawn as ascending steps.

All drawing lives in :func:`paint_ladder`, which takes a painter, a rectangle, a palette and a font,
so the widget on screen and the picture in the printed 职业生涯规划书 look the same.  Sizes come from
the font's metrics (the picture grows with the app's zoom, and its text shrinks to fit a small pane) and colours from palette roles (light,
dark and high-contrast palettes all work); the one extra colour, the green of "已达成", is picked
for contrast against the palette's window colour.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from netmkt_desktop.plans import CareerPlan, TierGoal
from netmkt_desktop.tiers import Tier
from netmkt_desktop.ui.colours import contrast_ratio
from netmkt_desktop.ui.i18n import goal_target_label, month_label, tier_label, translate
from netmkt_desktop.ui.safe_text import tooltip

# Two greens for "已达成": a dark one for light backgrounds, a light one for dark backgrounds.
_GREENS = (QColor(0x1B, 0x7A, 0x32), QColor(0x7E, 0xE0, 0x8F))


def empty_hint() -> str:
    return translate("LadderView", "选择企业规模后显示岗位层级")


# ---------------------------------------------------------------------------------------------
# Colours


def achieved_color(palette: QPalette) -> QColor:
    """A green readable on the palette's window colour, or the text colour if no green is."""
    window = palette.color(QPalette.ColorRole.Window)
    best = max(_GREENS, key=lambda g: contrast_ratio(g, window))
    if contrast_ratio(best, window) >= 3.0:
        return QColor(best)
    return palette.color(QPalette.ColorRole.WindowText)


# ---------------------------------------------------------------------------------------------
# Text summary (tooltip, accessible description)


def goals_by_tier(ladder: Sequence[Tier], goals: Sequence[TierGoal]) -> dict[Tier, TierGoal]:
    """The goal shown for each tier of the ladder: the first achieved one, else the earliest."""
    chosen: dict[Tier, TierGoal] = {}
    for goal in goals:
        if goal.tier not in ladder:
            continue
        old = chosen.get(goal.tier)
        if old is None:
            chosen[goal.tier] = goal
        elif not old.achieved and (goal.achieved or goal.target_key < old.target_key):
            chosen[goal.tier] = goal
    return chosen


def ladder_summary(ladder: Sequence[Tier], current: Tier | None = None, goals: Sequence[TierGoal] = ()) -> str:
    """The ladder in one line of text, e.g. "专员 → 经理;当前:专员;目标:经理 2028年6月"."""
    if not ladder:
        return empty_hint()
    parts = [" → ".join(tier_label(t) for t in ladder)]
    now = tier_label(current) if current is not None else translate("LadderView", "在校学生")
    parts.append(translate("LadderView", "当前:%1").replace("%1", now))
    shown = goals_by_tier(ladder, goals)
    targets = []
    for tier in ladder:
        goal = shown.get(tier)
        if goal is None:
            continue
        text = f"{tier_label(tier)} {goal_target_label(goal)}"
        if goal.achieved_on is not None:
            text += translate("LadderView", "(已达成 %1)").replace("%1", goal.achieved_on.isoformat())
        targets.append(text)
    if targets:
        parts.append(translate("LadderView", "目标:%1").replace("%1", ", ".join(targets)))
    return translate("LadderView", ";").join(parts)


# ---------------------------------------------------------------------------------------------
# Layout and painting


@dataclass
class _Step:
    tier: Tier
    is_current: bool
    goal: TierGoal | None

    def notes(self) -> list[tuple[str, bool]]:
        """Text lines above the step, top down; the flag marks the "已达成" line (with a check)."""
        if self.goal is None:
            return []
        lines = [(translate("LadderView", "目标 %1").replace("%1", goal_target_label(self.goal)), False)]
        if self.goal.achieved_on is not None:
            lines.append((translate("LadderView", "已达成"), True))
            lines.append((self.goal.achieved_on.isoformat(), False))
        return lines


@dataclass
class _Metrics:
    font: QFont
    bold: QFont
    line: float  # height of a text line
    bold_line: float
    pad: float
    margin: float
    check: float  # size of the check mark
    column: float  # minimum width of one step
    base: float  # minimum height of the lowest step
    rise: float  # minimum rise from one step to the next
    notes_height: float  # room above the top step for its notes

    def min_size(self, n: int) -> QSize:
        width = 2 * self.margin + n * self.column
        height = 2 * self.margin + self.notes_height + self.base + (n - 1) * self.rise
        return QSize(int(width + 0.999), int(height + 0.999))


def _bold(font: QFont) -> QFont:
    bold = QFont(font)
    bold.setBold(True)
    if bold.pointSizeF() > 0:
        bold.setPointSizeF(font.pointSizeF() * 1.15)
    elif bold.pixelSize() > 0:
        bold.setPixelSize(max(1, round(font.pixelSize() * 1.15)))
    return bold


def _steps(ladder: Sequence[Tier], current: Tier | None, goals: Sequence[TierGoal]) -> list[_Step]:
    shown = goals_by_tier(ladder, goals)
    return [_Step(t, t == current, shown.get(t)) for t in ladder]


def _measure(font: QFont, steps: Sequence[_Step]) -> _Metrics:
    fm = QFontMetricsF(font)
    bold = _bold(font)
    fmb = QFontMetricsF(bold)
    line = fm.height()
    pad = max(2.0, round(line * 0.35))
    check = round(line * 0.8)
    badge_w = fm.horizontalAdvance(translate("LadderView", "当前")) + 2 * pad
    widths = [badge_w, fm.horizontalAdvance(translate("LadderView", "目标 %1").replace("%1", month_label(2000, 12)))]
    for step in steps:
        widths.append(fmb.horizontalAdvance(tier_label(step.tier)))
        for text, checked in step.notes():
            widths.append(fm.horizontalAdvance(text) + (check + pad / 2 if checked else 0))
    column = max(widths) + 3 * pad
    base = pad + fmb.height() + pad + line + pad * 2  # label, "当前" badge, room
    rise = round(line * 1.3)
    # room above the top step: the notes of a lower step may stand beside the higher steps
    n = len(steps)
    notes_height = max((len(s.notes()) * line + pad / 2 - (n - 1 - i) * rise
                        for i, s in enumerate(steps) if s.notes()), default=0.0)
    notes_height = max(0.0, notes_height)
    return _Metrics(font, bold, line, fmb.height(), pad, round(line * 0.5), check, column, base, rise, notes_height)


# The picture shrinks its text to fit a small pane (a 1024x768 screen, a large zoom), down to this
# share of the font; below that the pane scrolls.
MIN_SCALE = 0.6


def scaled_font(font: QFont, factor: float) -> QFont:
    """``font`` at ``factor`` times its size."""
    smaller = QFont(font)
    if smaller.pointSizeF() > 0:
        smaller.setPointSizeF(max(1.0, font.pointSizeF() * factor))
    elif smaller.pixelSize() > 0:
        smaller.setPixelSize(max(1, round(font.pixelSize() * factor)))
    return smaller


def _fits(metrics: _Metrics, n: int, width: float, height: float) -> bool:
    need = metrics.min_size(n)
    return need.width() <= width and need.height() <= height


def fitting_font(font: QFont, steps: Sequence[_Step], width: float, height: float) -> QFont:
    """``font``, or the largest smaller one (not below :data:`MIN_SCALE` of it) with which the
    steps fit ``width`` x ``height``."""
    n = len(steps)
    if not n or _fits(_measure(font, steps), n, width, height):
        return font
    best, low, high = MIN_SCALE, MIN_SCALE, 1.0
    for _ in range(7):  # within 0.3 % of the largest size that fits
        middle = (low + high) / 2
        if _fits(_measure(scaled_font(font, middle), steps), n, width, height):
            best, low = middle, middle
        else:
            high = middle
    return scaled_font(font, best)


def ladder_size_hint(font: QFont, ladder: Sequence[Tier], current: Tier | None = None,
                     goals: Sequence[TierGoal] = ()) -> QSize:
    """The smallest size in which :func:`paint_ladder` shows everything unclipped."""
    if not ladder:
        fm = QFontMetricsF(font)
        return QSize(int(fm.horizontalAdvance(empty_hint()) + 2 * fm.height() + 1), int(fm.height() * 3 + 1))
    steps = _steps(ladder, current, goals)
    return _measure(font, steps).min_size(len(steps))


def _draw_check(painter: QPainter, box: QRectF, color: QColor, width: float) -> None:
    path = QPainterPath(QPointF(box.left() + box.width() * 0.1, box.top() + box.height() * 0.55))
    path.lineTo(box.left() + box.width() * 0.4, box.top() + box.height() * 0.85)
    path.lineTo(box.left() + box.width() * 0.95, box.top() + box.height() * 0.15)
    pen = QPen(color, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    painter.strokePath(path, pen)


def paint_ladder(painter: QPainter, rect: QRectF, palette: QPalette, font: QFont,
                 ladder: Sequence[Tier] = (), current: Tier | None = None,
                 goals: Sequence[TierGoal] = ()) -> None:
    """Draw the ladder into ``rect``: steps bottom-left (专员) to top-right (总监).

    Steps are filled with the Base colour; the current tier is filled with the highlight colour and
    carries a "当前" badge; tiers with a goal not yet reached get a highlight-coloured frame; every
    goal's target date stands above its step, and an achieved goal adds a check mark and the date.
    Without a ladder a short hint is drawn in the middle.
    """
    painter.save()
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        painter.fillRect(rect, palette.color(QPalette.ColorRole.Window))
        text_color = palette.color(QPalette.ColorRole.WindowText)
        if not ladder:
            painter.setFont(font)
            painter.setPen(text_color)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, empty_hint())
            return

        steps = _steps(ladder, current, goals)
        n = len(steps)
        font = fitting_font(font, steps, rect.width(), rect.height())  # a small pane: smaller text
        m = _measure(font, steps)
        need = m.min_size(n)
        if need.width() > rect.width() or need.height() > rect.height():  # smaller still: the whole picture
            scale = min(rect.width() / need.width(), rect.height() / need.height())
            painter.translate(rect.topLeft())
            painter.scale(scale, scale)
            rect = QRectF(0, 0, rect.width() / scale, rect.height() / scale)
        inner = rect.adjusted(m.margin, m.margin, -m.margin, -m.margin)

        column = min(max(m.column, inner.width() / n), m.column * 1.6)
        base, rise = m.base, m.rise
        spare = inner.height() - (m.notes_height + base + (n - 1) * rise)
        if spare > 0:  # grow the steps a little when there is room, keep the picture centred
            grow = min(spare, (base + (n - 1) * rise) * 0.6)
            scale = (base + (n - 1) * rise + grow) / (base + (n - 1) * rise)
            base, rise = base * scale, rise * scale
        total_w = n * column
        total_h = m.notes_height + base + (n - 1) * rise
        left = inner.left() + max(0.0, (inner.width() - total_w) / 2)
        bottom = inner.top() + max(0.0, (inner.height() - total_h) / 2) + total_h

        mid = palette.color(QPalette.ColorRole.Mid)
        highlight = palette.color(QPalette.ColorRole.Highlight)
        highlighted_text = palette.color(QPalette.ColorRole.HighlightedText)
        step_fill = palette.color(QPalette.ColorRole.Base)
        step_text = palette.color(QPalette.ColorRole.Text)
        green = achieved_color(palette)
        frame = max(1.0, round(m.line / 12))
        goal_frame = max(2.0, round(m.line / 7))

        # ground line
        painter.setPen(QPen(mid, frame))
        painter.drawLine(QPointF(inner.left(), bottom), QPointF(inner.right(), bottom))

        for i, step in enumerate(steps):
            height = base + i * rise
            box = QRectF(left + i * column, bottom - height, column, height)
            fill, ink = (highlight, highlighted_text) if step.is_current else (step_fill, step_text)
            if step.goal is not None and not step.goal.achieved and not step.is_current:  # an open target
                inset = goal_frame / 2
                painter.setPen(QPen(highlight, goal_frame, Qt.PenStyle.SolidLine, Qt.PenCapStyle.SquareCap,
                                    Qt.PenJoinStyle.MiterJoin))
                painter.setBrush(fill)
                painter.drawRect(box.adjusted(inset, inset, -inset, -inset))
            else:
                painter.setPen(QPen(mid, frame))
                painter.setBrush(fill)
                painter.drawRect(box)

            # tier name at the top of the step
            painter.setFont(m.bold)
            painter.setPen(ink)
            label_rect = QRectF(box.left(), box.top() + m.pad, box.width(), m.bold_line)
            painter.drawText(label_rect, Qt.AlignmentFlag.AlignCenter, tier_label(step.tier))

            if step.is_current:  # an inverted pill "当前"
                painter.setFont(font)
                badge_text = translate("LadderView", "当前")
                badge_w = QFontMetricsF(font).horizontalAdvance(badge_text) + 2 * m.pad
                badge = QRectF(box.center().x() - badge_w / 2, label_rect.bottom() + m.pad / 2, badge_w, m.line)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(highlighted_text)
                painter.drawRoundedRect(badge, m.line / 2, m.line / 2)
                painter.setPen(highlight)
                painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, badge_text)

            # notes above the step: target date, then the check mark and the date achieved
            notes = step.notes()
            y = box.top() - m.pad / 2 - len(notes) * m.line
            painter.setFont(font)
            fm = QFontMetricsF(font)
            for text, checked in notes:
                line_rect = QRectF(box.left(), y, box.width(), m.line)
                if checked:
                    text_w = fm.horizontalAdvance(text)
                    start = box.center().x() - (m.check + m.pad / 2 + text_w) / 2
                    check_box = QRectF(start, y + (m.line - m.check) / 2, m.check, m.check)
                    _draw_check(painter, check_box, green, max(2.0, m.line / 8))
                    painter.setPen(green)
                    painter.drawText(QRectF(check_box.right() + m.pad / 2, y, text_w + 1, m.line),
                                     Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
                else:
                    painter.setPen(text_color)
                    painter.drawText(line_rect, Qt.AlignmentFlag.AlignCenter, text)
                y += m.line
    finally:
        painter.restore()


# ---------------------------------------------------------------------------------------------
# The widget


class LadderView(QWidget):
    """Shows the tiers of a plan's company as a staircase; follows the widget's font and palette."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("ladderView")
        self.setAccessibleName(self.tr("岗位层级阶梯图"))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._ladder: tuple[Tier, ...] = ()
        self._current: Tier | None = None
        self._goals: tuple[TierGoal, ...] = ()
        self._refresh()

    # -- data

    @property
    def ladder(self) -> tuple[Tier, ...]:
        return self._ladder

    @property
    def current_tier(self) -> Tier | None:
        return self._current

    @property
    def goals(self) -> tuple[TierGoal, ...]:
        return self._goals

    def set_ladder(self, ladder: Sequence[Tier], current: Tier | None = None,
                   goals: Sequence[TierGoal] = ()) -> None:
        self._ladder = tuple(ladder)
        self._current = current
        self._goals = tuple(goals)
        self._refresh()

    def set_plan(self, plan: CareerPlan) -> None:
        self.set_ladder(plan.ladder, plan.current_tier, plan.goals)

    def clear(self) -> None:
        self.set_ladder(())

    def summary(self) -> str:
        return ladder_summary(self._ladder, self._current, self._goals)

    def _refresh(self) -> None:
        text = self.summary()
        self.setToolTip(tooltip(text))
        self.setAccessibleDescription(text)
        self.updateGeometry()
        self.update()

    # -- Qt overrides

    def sizeHint(self) -> QSize:
        hint = ladder_size_hint(self.font(), self._ladder, self._current, self._goals)
        return QSize(int(hint.width() * 1.15), int(hint.height() * 1.15))

    def minimumSizeHint(self) -> QSize:
        """The picture with its text at :data:`MIN_SCALE`: a smaller pane scrolls."""
        return ladder_size_hint(scaled_font(self.font(), MIN_SCALE), self._ladder, self._current, self._goals)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            paint_ladder(painter, QRectF(self.rect()), self.palette(), self.font(),
                         self._ladder, self._current, self._goals)
        finally:
            painter.end()

    def changeEvent(self, event: QEvent) -> None:
        kind = event.type()
        if kind == QEvent.Type.LanguageChange:
            self.setAccessibleName(self.tr("岗位层级阶梯图"))
            self._refresh()
        elif kind in (QEvent.Type.FontChange, QEvent.Type.PaletteChange):
            self.updateGeometry()
            self.update()
        super().changeEvent(event)


def scroll_wrapped(view: QWidget) -> QWidget:
    """The ladder in a frameless scroll area: on a small screen at a large zoom it scrolls instead of
    forcing the whole window wider than the screen."""
    from PySide6.QtWidgets import QFrame, QScrollArea

    area = QScrollArea()
    area.setObjectName("ladderScroll")
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setWidget(view)
    return area
