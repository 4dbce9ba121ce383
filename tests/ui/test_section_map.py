"""本节全貌图: every box from the content, nothing clipped or overlapping at any width and zoom, readable in every theme (ui/section_map)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPalette

from netmkt_desktop.content import NodeKind
from netmkt_desktop.ui.colours import contrast_ratio
from netmkt_desktop.ui.section_map import SectionMap, accent, layout_map, paint_map
from netmkt_desktop.ui.theme import Theme, palette_for


def font_at(percent: int) -> QFont:
    font = QFont()
    font.setPixelSize(round(13 * percent / 100))
    return font


def test_the_picture_holds_the_section_from_the_content(content):
    boxes = layout_map(content, font_at(100), 700).boxes
    ids = [b.node_id for b in boxes]
    for kind in (NodeKind.OCCUPATION, NodeKind.WORK_TYPE, NodeKind.POSITION, NodeKind.TIER):
        assert {n.id for n in content.of_kind(kind)} <= set(ids), kind
    assert {"sidebar.occupation_work_type_position", "common_positions", "survey", "occupation_cognition"} <= set(ids)
    assert ids.count("tier.specialist") == 4  # one ladder per company size
    assert ids.count("tier.supervisor") == 2 and ids.count("tier.manager") == 3 and ids.count("tier.director") == 2
    by_id = {b.node_id: b for b in boxes}
    marketer = by_id["occ.internet_marketer"].rect
    assert all(marketer.contains(by_id[n.id].rect) for n in content.of_kind(NodeKind.WORK_TYPE))  # 职业 ⊃ 工种
    for position in content.of_kind(NodeKind.POSITION):  # no work type or occupation holds a position
        holders = [b for b in boxes if b.kind in (NodeKind.OCCUPATION, NodeKind.WORK_TYPE)
                   and b.rect.intersects(by_id[position.id].rect)]
        assert holders == []
    assert by_id["tier.specialist"].name == "网络营销专员" and by_id["tier.specialist"].role == "岗位层级"


@pytest.mark.parametrize("width", [260, 420, 560, 700, 1000, 1600])
@pytest.mark.parametrize("percent", [100, 200, 300])
def test_no_box_is_clipped_or_overlaps_another_at_any_width_and_zoom(content, width, percent):
    font = font_at(percent)
    layout = layout_map(content, font, width)
    fm = QFontMetricsF(font)
    bold = QFont(font)
    bold.setBold(True)
    for box in layout.boxes:
        assert box.rect.left() >= 0 and box.rect.right() <= width + 0.5, (box.node_id, box.rect)
        assert box.rect.bottom() <= layout.height
        if box.style == "item":  # the text fits inside, wrapped
            inner = box.rect.adjusted(4, 2, -4, -2)
            needed = fm.boundingRect(QRectF(0, 0, inner.width(), 1e6), Qt.TextFlag.TextWordWrap, box.text)
            assert needed.height() <= box.rect.height() + 0.5, box.text
    for i, a in enumerate(layout.boxes):
        for b in layout.boxes[i + 1:]:
            if a.rect.intersects(b.rect):
                assert a.rect.contains(b.rect) or b.rect.contains(a.rect), (a.node_id, b.node_id)
    for caption in layout.captions:
        assert caption.rect.right() <= width + 0.5


def test_the_picture_grows_with_the_zoom_and_fits_its_width(content):
    small, big = layout_map(content, font_at(100), 700), layout_map(content, font_at(200), 700)
    assert big.height > small.height * 1.5
    wide = layout_map(content, font_at(100), 1400)
    assert wide.height < small.height  # two panels a row: more room, less height


@pytest.mark.parametrize("theme", [Theme.LIGHT, Theme.DARK, Theme.HIGH_CONTRAST])
def test_the_kind_colours_stand_out_in_every_theme(content, theme):
    palette = palette_for(theme)
    base = palette.color(QPalette.ColorRole.Base)
    for kind in NodeKind:
        assert contrast_ratio(accent(kind, palette), base) >= 3.0, kind
    layout = layout_map(content, font_at(100), 700)
    image = QImage(700, int(layout.height) + 1, QImage.Format.Format_RGB32)
    image.fill(palette.color(QPalette.ColorRole.Window))
    painter = QPainter(image)
    paint_map(painter, layout, palette, font_at(100), focus=0, hover=1)
    painter.end()
    box = next(b for b in layout.boxes if b.node_id == "pos.ecommerce_host")
    inside = image.pixelColor(box.rect.center().toPoint().x() - int(box.rect.width() / 2) + 6, int(box.rect.center().y()))
    assert contrast_ratio(QColor(inside), palette.color(QPalette.ColorRole.Text)) >= 4.5  # text stays readable


def test_the_widget_asks_for_the_height_its_width_needs(qtbot, content):
    view = SectionMap(content)
    qtbot.addWidget(view)
    assert view.hasHeightForWidth()
    assert view.heightForWidth(300) > view.heightForWidth(900)
    view.resize(500, view.heightForWidth(500))
    view.show()
    assert view.boxes and all(b.rect.right() <= 500.5 for b in view.boxes)


def test_hovering_a_box_shows_a_hand_and_a_tooltip_names_it(qtbot, content):
    view = SectionMap(content)
    qtbot.addWidget(view)
    view.resize(700, view.heightForWidth(700))
    view.show()
    qtbot.waitExposed(view)
    centre = view.box_rect("pos.online_promotion").center().toPoint()
    qtbot.mouseMove(view, centre)
    qtbot.waitUntil(lambda: view.hover == view.index_of("pos.online_promotion"))
    assert view.cursor().shape() == Qt.CursorShape.PointingHandCursor
    with qtbot.waitSignal(view.node_activated) as opened:
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=centre)
    assert opened.args == ["pos.online_promotion"]
    nothing = QRectF(0, 0, 1, 1).center().toPoint()
    with qtbot.assertNotEmitted(view.node_activated):
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=nothing)
