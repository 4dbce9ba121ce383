"""LadderView: the tier staircase, checked on real pixels (offscreen)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import date  # noqa: E402

import pytest  # noqa: E402
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from PySide6.QtCore import QRectF, QSize  # noqa: E402
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPalette  # noqa: E402

from netmkt_desktop.plans import CareerPlan, TierGoal  # noqa: E402
from netmkt_desktop.tiers import CompanySize, Tier, structure_for_size  # noqa: E402
from netmkt_desktop.ui.ladder_view import (  # noqa: E402
    LadderView,
    achieved_color,
    contrast_ratio,
    ladder_summary,
    paint_ladder,
)

HIGHLIGHT = QColor(0xC0, 0x10, 0xA0)  # a colour nothing else uses


def light_palette() -> QPalette:
    pal = QPalette()
    for role, color in (
        (QPalette.ColorRole.Window, QColor("#ffffff")), (QPalette.ColorRole.WindowText, QColor("#000000")),
        (QPalette.ColorRole.Base, QColor("#f4f4f4")), (QPalette.ColorRole.Text, QColor("#000000")),
        (QPalette.ColorRole.Highlight, HIGHLIGHT), (QPalette.ColorRole.HighlightedText, QColor("#ffffff")),
        (QPalette.ColorRole.Mid, QColor("#909090")),
    ):
        pal.setColor(QPalette.ColorGroup.All, role, color)
    return pal


def dark_palette() -> QPalette:
    pal = QPalette()
    for role, color in (
        (QPalette.ColorRole.Window, QColor("#1e1e1e")), (QPalette.ColorRole.WindowText, QColor("#f0f0f0")),
        (QPalette.ColorRole.Base, QColor("#2b2b2b")), (QPalette.ColorRole.Text, QColor("#f0f0f0")),
        (QPalette.ColorRole.Button, QColor("#2b2b2b")), (QPalette.ColorRole.ButtonText, QColor("#f0f0f0")),
        (QPalette.ColorRole.Highlight, QColor("#3d8ee6")), (QPalette.ColorRole.HighlightedText, QColor("#000000")),
        (QPalette.ColorRole.Mid, QColor("#707070")),
    ):
        pal.setColor(QPalette.ColorGroup.All, role, color)
    return pal


@pytest.fixture
def view(qtbot):
    widget = LadderView()
    qtbot.addWidget(widget)
    widget.setPalette(light_palette())
    font = QFont(widget.font())
    font.setPointSize(10)
    widget.setFont(font)
    widget.resize(640, 320)
    return widget


def snapshot(widget: LadderView) -> QImage:
    return widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def count_color(image: QImage, color: QColor, x0: int = 0, x1: int | None = None, tolerance: int = 0) -> int:
    x1 = image.width() if x1 is None else x1
    r, g, b = color.red(), color.green(), color.blue()
    found = 0
    for y in range(0, image.height()):
        for x in range(x0, x1):
            c = image.pixelColor(x, y)
            if abs(c.red() - r) <= tolerance and abs(c.green() - g) <= tolerance and abs(c.blue() - b) <= tolerance:
                found += 1
    return found


def test_names(view):
    assert view.objectName() == "ladderView"
    assert view.accessibleName() == "岗位层级阶梯图"


def test_empty_state_shows_hint(view):
    assert view.accessibleDescription() == "选择企业规模后显示岗位层级"
    assert view.toolTip() == view.accessibleDescription()
    image = snapshot(view)
    assert count_color(image, QColor("#000000"), tolerance=60) > 20  # the hint text is drawn
    assert count_color(image, HIGHLIGHT) == 0
    # the hint is centred: ink only in the middle band
    w = image.width()
    assert count_color(image, QColor("#000000"), 0, w // 5, tolerance=60) == 0
    assert count_color(image, QColor("#000000"), w - w // 5, w, tolerance=60) == 0


def test_current_tier_is_filled_with_highlight(view):
    view.set_ladder([Tier.SPECIALIST, Tier.MANAGER], current=Tier.SPECIALIST)
    image = snapshot(view)
    half = image.width() // 2
    left, right = count_color(image, HIGHLIGHT, 0, half), count_color(image, HIGHLIGHT, half)
    assert left > 1000 and right == 0

    view.set_ladder([Tier.SPECIALIST, Tier.MANAGER], current=Tier.MANAGER)
    image = snapshot(view)
    assert count_color(image, HIGHLIGHT, 0, half) == 0
    assert count_color(image, HIGHLIGHT, half) > 1000


def test_student_without_tier_has_no_filled_step(view):
    view.set_ladder([Tier.SPECIALIST, Tier.MANAGER], current=None)
    assert count_color(snapshot(view), HIGHLIGHT) == 0
    assert "当前:在校学生" in view.accessibleDescription()


def test_more_tiers_draw_a_different_picture(view):
    view.set_ladder(structure_for_size(CompanySize.SMALL).resolve())
    two = snapshot(view)
    view.set_ladder(structure_for_size(CompanySize.LARGE).resolve())
    four = snapshot(view)
    assert two != four
    view.clear()
    assert view.ladder == ()
    assert view.accessibleDescription() == "选择企业规模后显示岗位层级"


def test_target_frame_and_achieved_check_are_drawn(view):
    view.set_ladder([Tier.SPECIALIST, Tier.MANAGER], current=Tier.SPECIALIST)
    plain = snapshot(view)
    view.set_ladder([Tier.SPECIALIST, Tier.MANAGER], current=Tier.SPECIALIST,
                    goals=[TierGoal(Tier.MANAGER, 2028, 6)])
    target = snapshot(view)
    half = target.width() // 2
    assert count_color(target, HIGHLIGHT, half) > 100  # the target's frame
    assert plain != target

    green = achieved_color(light_palette())
    assert count_color(target, green, tolerance=10) == 0
    view.set_ladder([Tier.SPECIALIST, Tier.MANAGER], current=Tier.MANAGER,
                    goals=[TierGoal(Tier.MANAGER, 2028, 6, achieved_on=date(2027, 5, 1))])
    done = snapshot(view)
    assert count_color(done, green, half, tolerance=10) > 20  # the check mark and "已达成"


def test_description_summarises_the_ladder(view):
    view.set_ladder([Tier.SPECIALIST, Tier.MANAGER], current=Tier.SPECIALIST,
                    goals=[TierGoal(Tier.MANAGER, 2028, 6)])
    assert view.accessibleDescription() == "专员 → 经理;当前:专员;目标:经理 2028年6月"
    assert view.toolTip() == view.accessibleDescription()

    goals = [TierGoal(Tier.SPECIALIST, 2026, 7, achieved_on=date(2026, 6, 20)),
             TierGoal(Tier.SUPERVISOR, 2027, 6),  # not a tier of this company: not shown
             TierGoal(Tier.MANAGER, 2029, 12)]
    view.set_ladder([Tier.SPECIALIST, Tier.MANAGER], current=Tier.SPECIALIST, goals=goals)
    text = view.accessibleDescription()
    assert text == "专员 → 经理;当前:专员;目标:专员 2026年7月(已达成 2026-06-20), 经理 2029年12月"
    assert "主管" not in text


def test_set_plan_uses_the_plan_ladder(view):
    plan = CareerPlan(title="t", position_id="pos.x", headcount=700, middle_tier=Tier.MANAGER,
                      current_tier=Tier.MANAGER, goals=[TierGoal(Tier.DIRECTOR, 2032, 6)])
    view.set_plan(plan)
    assert view.ladder == (Tier.SPECIALIST, Tier.MANAGER, Tier.DIRECTOR)
    assert view.current_tier == Tier.MANAGER
    assert view.accessibleDescription() == "专员 → 经理 → 总监;当前:经理;目标:总监 2032年6月"


def test_size_hint_follows_the_font(view):
    view.set_ladder(structure_for_size(CompanySize.LARGE).resolve(), Tier.SPECIALIST,
                    [TierGoal(Tier.DIRECTOR, 2032, 6, achieved_on=date(2031, 1, 2))])
    small_hint, small_min = view.sizeHint(), view.minimumSizeHint()
    font = QFont(view.font())
    font.setPointSize(20)
    view.setFont(font)
    big_hint, big_min = view.sizeHint(), view.minimumSizeHint()
    assert big_hint.width() > small_hint.width() * 1.5
    assert big_hint.height() > small_hint.height() * 1.5
    assert big_min.width() > small_min.width() * 1.5
    assert small_hint.width() >= small_min.width() and small_hint.height() >= small_min.height()


@pytest.mark.parametrize("point_size", [9, 16, 24])
def test_nothing_is_clipped_at_the_minimum_size(view, point_size):
    """At minimumSizeHint all ink keeps clear of the edges (nothing cut off)."""
    font = QFont(view.font())
    font.setPointSize(point_size)
    view.setFont(font)
    view.set_ladder(structure_for_size(CompanySize.LARGE).resolve(), Tier.SUPERVISOR,
                    [TierGoal(Tier.SPECIALIST, 2026, 12, achieved_on=date(2026, 11, 30)),
                     TierGoal(Tier.MANAGER, 2029, 12), TierGoal(Tier.DIRECTOR, 2032, 12)])
    view.resize(view.minimumSizeHint())
    image = snapshot(view)
    background = QColor("#ffffff")
    border = 2
    w, h = image.width(), image.height()
    edge = [(x, y) for x in range(w) for y in list(range(border)) + list(range(h - border, h))]
    edge += [(x, y) for y in range(h) for x in list(range(border)) + list(range(w - border, w))]
    assert all(image.pixelColor(x, y) == background for x, y in edge)


def test_dark_palette_uses_palette_text_colour(view):
    view.setPalette(dark_palette())
    view.set_ladder([Tier.SPECIALIST, Tier.MANAGER], current=None,
                    goals=[TierGoal(Tier.MANAGER, 2028, 6)])
    image = snapshot(view)
    assert image.pixelColor(2, 2) == QColor("#1e1e1e")  # window colour as background
    assert count_color(image, QColor("#f0f0f0"), tolerance=12) > 30  # light text
    assert count_color(image, QColor("#000000"), tolerance=16) == 0  # nothing in a hard-coded black


def test_achieved_green_is_readable_on_light_and_dark():
    for palette in (light_palette(), dark_palette()):
        green = achieved_color(palette)
        assert contrast_ratio(green, palette.color(QPalette.ColorRole.Window)) >= 3.0
    grey = QPalette()
    grey.setColor(QPalette.ColorRole.Window, QColor("#7f7f7f"))
    grey.setColor(QPalette.ColorRole.WindowText, QColor("#000000"))
    # where no green reads well, the text colour is used
    assert contrast_ratio(achieved_color(grey), QColor("#7f7f7f")) >= 3.0


def test_paint_ladder_draws_what_the_widget_shows(view):
    goals = [TierGoal(Tier.MANAGER, 2028, 6)]
    view.set_ladder([Tier.SPECIALIST, Tier.MANAGER], Tier.SPECIALIST, goals)
    shown = snapshot(view)
    image = QImage(view.size(), QImage.Format.Format_RGB32)
    painter = QPainter(image)
    paint_ladder(painter, QRectF(0, 0, view.width(), view.height()), view.palette(), view.font(),
                 [Tier.SPECIALIST, Tier.MANAGER], Tier.SPECIALIST, goals)
    painter.end()
    assert image == shown


def test_font_change_event_updates_geometry(view, qtbot):
    view.set_ladder([Tier.SPECIALIST])
    before = view.sizeHint()
    font = QFont(view.font())
    font.setPointSize(font.pointSize() * 2)
    view.setFont(font)
    assert view.sizeHint().height() > before.height()
    assert isinstance(view.sizeHint(), QSize)


tiers = st.lists(st.sampled_from(list(Tier)), min_size=1, max_size=4, unique=True).map(sorted)
goal_st = st.builds(TierGoal, st.sampled_from(list(Tier)), st.integers(2000, 2100), st.integers(1, 12),
                    st.just(""), st.one_of(st.none(), st.dates()))


@settings(max_examples=60, deadline=None)
@given(ladder=tiers, current=st.one_of(st.none(), st.sampled_from(list(Tier))), goals=st.lists(goal_st, max_size=6))
def test_summary_lists_every_step_in_order(qapp, ladder, current, goals):
    text = ladder_summary(ladder, current, goals)
    assert text.split(";")[0] == " → ".join(t.label for t in ladder)
    assert text.split(";")[1].startswith("当前:")
