"""Slide layout without a window: sizes for a screen, fitting, and where PageDown goes."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QTextDocument

from netmkt_desktop.ui.slide_layout import TextLine, fit_document, scroll_stops, slide_pixel_sizes, text_lines


@pytest.mark.parametrize(("height", "percent", "expected"), [
    (1080, 200, (40, 28)),  # the presentation default on a 1080-line projector
    (768, 200, (28, 20)),  # the same slide, in proportion, on 1024x768
    (1080, 300, (60, 28)),
    (1080, 100, (20, 20)),  # zoomed out below the floor by choice: nothing shrinks further
])
def test_sizes_follow_the_screen_and_the_zoom(height, percent, expected):
    assert slide_pixel_sizes(height, percent) == expected


def lines(*heights: float) -> list[TextLine]:
    found, top = [], 0.0
    for height in heights:
        found.append(TextLine(top, top + height, len(found), 1, 10))
        top += height
    return found


def whole_somewhere(text: list[TextLine], stops: list[int], height: float) -> bool:
    return all(any(s <= line.top and line.bottom <= s + height for s in stops) for line in text)


@pytest.mark.parametrize("heights", [[30] * 20, [60, 30, 30, 45, 30, 30, 30, 80, 30, 30, 30, 30], [30, 190, 30, 30],
                                     [190, 30, 190, 30]])
def test_page_down_never_skips_a_line_nor_cuts_one_at_the_top(heights):
    text = lines(*heights)
    height = 200
    stops = scroll_stops(text, height, text[-1].bottom, overlap=30)
    assert stops[0] == 0 and stops == sorted(set(stops))
    assert whole_somewhere(text, stops, height)
    tops = {line.top for line in text}
    assert set(stops) <= tops  # every screen starts at a line
    for before, after in zip(stops, stops[1:]):
        shown = [line.top for line in text if before < line.top and line.bottom <= before + height]
        following = min(line.top for line in text if line.top > before)
        assert after == (max(shown) if shown else following)  # the last whole line stays in sight
    assert stops[-1] + height >= text[-1].bottom  # the end is reached


def test_a_document_that_fits_needs_one_screen():
    assert scroll_stops(lines(30, 30, 30), 200, 90, overlap=30) == [0]


def test_text_shrinks_to_fit_but_not_below_the_floor(qapp):
    document = QTextDocument()
    font = QFont()
    html = "<h1>标题</h1>" + "<p>网络营销岗位学习助手</p>" * 12
    size = fit_document(document, html, font, 800, 600, preferred=40, floor=20)
    assert 20 <= size < 40 and document.size().height() <= 600
    assert fit_document(document, html, font, 800, 600, preferred=40, floor=20) == size  # the same again
    bigger = fit_document(document, html, font, 800, 5000, preferred=40, floor=20)
    assert bigger == 40
    tiny = fit_document(document, html, font, 300, 100, preferred=40, floor=20)
    assert tiny == 20 and document.size().height() > 100  # the floor holds: the rest is scrolled to
    assert text_lines(document)[0].top >= 0


def test_a_line_higher_than_the_screen_is_scrolled_through():
    text = lines(30, 500, 30)
    stops = scroll_stops(text, 200, text[-1].bottom, overlap=30)
    assert stops[:2] == [0, 30]
    assert all(b - a <= 170 for a, b in zip(stops[1:], stops[2:]))  # a page less one line at a time
    assert stops[-1] + 200 >= text[-1].bottom
