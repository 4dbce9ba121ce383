"""The tree's "x/y" counts stay whole in a narrow tree at a big zoom (what a row shows, as the style draws it)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QProxyStyle, QStyle

from netmkt_desktop.ui.main_window import MainWindow
from netmkt_desktop.ui.navigator import NODE_ID_ROLE
from netmkt_desktop.ui.outline_style import ThemeStyle

_ITEM = QStyle.ControlElement.CE_ItemViewItem


class ShownTexts(QProxyStyle):
    """Records the text of every tree row it draws as the row shows it: Qt's item drawing shortens
    a text wider than the row's text rectangle with "…" (QCommonStyle's viewItemDrawText)."""

    def __init__(self):
        super().__init__(ThemeStyle())
        self.shown: dict[str, str] = {}

    def drawControl(self, element, option, painter, widget=None):  # noqa: N802 - Qt override
        if element == _ITEM and option.index.isValid():
            margin = self.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
            width = self.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, widget).width() - 2 * margin
            text = option.text
            if option.fontMetrics.horizontalAdvance(text) > width:
                text = option.fontMetrics.elidedText(text, option.textElideMode, width)
            self.shown[option.index.data(NODE_ID_ROLE)] = text
        super().drawControl(element, option, painter, widget)


@pytest.fixture
def window(qtbot, qapp, content, tmp_path):
    style_name = qapp.style().name()
    win = MainWindow(content, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(win)
    with qtbot.waitActive(win):
        win.show()
        win.activateWindow()
    yield win
    qapp.setStyle(style_name or "Fusion")


def test_at_200_percent_a_narrow_tree_still_shows_every_count_whole(qtbot, window):
    """"互联网营销师 2/7" at the end of a title: a narrow tree at 200 % cut it to "互联网…", progress and all."""
    window.navigator.marks.set_learned({"wt.live_seller", "wt.product_selector"})
    size = window.zoom.base_font.pointSizeF() * 2
    window.zoom.set_percent(200)
    qtbot.waitUntil(lambda: window.tree.font().pointSizeF() == pytest.approx(size))
    window.resize(1008, 688)
    window.splitter.setSizes([280, 728])  # the tree dragged narrow
    window.select_node("occ.internet_marketer")
    recorder = ShownTexts()
    window.tree.setStyle(recorder)
    window.tree.viewport().grab()  # paints every row in view

    index = window.tree.currentIndex()
    full = index.data()  # "互联网营销师  2/7"
    count = full.split()[-1]
    assert count.count("/") == 1 and count.startswith("2/"), full
    assert window.tree.fontMetrics().horizontalAdvance(full) > window.tree.visualRect(index).width()  # it cannot fit
    shown = recorder.shown["occ.internet_marketer"]
    assert shown.endswith(" " + count) and "…" in shown  # the title gives way, the count does not
    counted = 0
    for node_id, text in recorder.shown.items():  # every row with a count in view
        place = window.navigator.model.find(node_id)
        parts = place.data().split()
        if len(parts) > 1 and "/" in parts[-1] and window.navigator.model.rowCount(place):
            counted += 1
            assert text.endswith(parts[-1]), (node_id, text)
    assert counted >= 3
