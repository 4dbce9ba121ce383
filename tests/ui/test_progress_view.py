import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QTreeView

from netmkt_desktop.ui.navigator import NODE_ID_ROLE, ContentTreeModel, NodeFilterProxy, Outline
from netmkt_desktop.ui.progress_model import ProgressProxy
from netmkt_desktop.ui.progress_view import ProgressView, progress_text

FILL = QColor(0x12, 0x80, 0x3C)  # a highlight colour no theme uses, to count the painted bar pixels




@pytest.fixture
def view(qtbot):
    widget = ProgressView()
    qtbot.addWidget(widget)
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.Highlight, FILL)
    widget.setPalette(palette)
    widget.resize(600, 200)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def fill_pixels(widget) -> int:
    image = widget.grab().toImage()
    target = FILL.rgb()
    return sum(image.pixel(x, y) == target for y in range(0, image.height(), 2) for x in range(0, image.width(), 2))


def test_numbers_text_and_painted_bars_follow_marking(qtbot, view, content, study_data):
    assert view.objectName() == "progressView" and view.accessibleName() == "学习进度"
    view.refresh(content, study_data.learned_nodes())
    total = len(content.reading_order)
    assert view.accessibleDescription() == f"已学 0/{total} · 0%;一、职业认知 0/15 · 0%;二、岗位认知 0/17 · 0%"
    assert fill_pixels(view) == 0
    for node_id in ("occupation_cognition", "occ.internet_marketer", "wt.live_seller"):
        study_data.set_learned(node_id, True)
    view.refresh(content, study_data.learned_nodes())
    assert "一、职业认知 3/15 · 20%" in view.accessibleDescription()
    assert view.accessibleDescription().startswith(f"已学 3/{total} · 8%")
    some = fill_pixels(view)
    assert some > 0
    for item in content.textbook_item("position_cognition").walk():
        study_data.set_learned(item.node.id, True)
    view.refresh(content, study_data.learned_nodes())
    assert "二、岗位认知 17/17 · 100%" in view.toolTip()
    assert fill_pixels(view) > 2 * some


def test_progress_text_rounds_down():
    assert progress_text(3, 12) == "3/12 · 25%"
    assert progress_text(199, 200) == "199/200 · 99%"
    assert progress_text(0, 0) == "0/0 · 0%"


def test_size_follows_the_font(view, content):
    view.refresh(content, set())
    small = view.sizeHint()
    font = QFont(view.font())
    font.setPointSizeF(font.pointSizeF() * 2)
    view.setFont(font)
    big = view.sizeHint()
    assert big.width() > small.width() * 1.5 and big.height() > small.height() * 1.5
    view.resize(big)
    view.grab()  # paints at 2x without trouble


def test_text_colour_comes_from_the_palette(qtbot, view, content):
    view.refresh(content, set())
    palette = view.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor("black"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(0xFF, 0xFF, 0x00))
    view.setPalette(palette)
    view.setAutoFillBackground(True)
    image = view.grab().toImage()
    yellow = QColor(0xFF, 0xFF, 0x00).rgb()
    assert any(image.pixel(x, y) == yellow for y in range(image.height()) for x in range(image.width()))


@pytest.mark.parametrize("outline", list(Outline))
def test_progress_proxy_passes_the_model_tester(qtmodeltester, content, outline):
    proxy = ProgressProxy()
    proxy.setSourceModel(ContentTreeModel(content, outline))
    proxy.set_learned({"wt.live_seller", "survey", "tier.director"})
    qtmodeltester.check(proxy)


def test_progress_proxy_check_state_and_section_counts(content):
    proxy = ProgressProxy()
    proxy.setSourceModel(ContentTreeModel(content, Outline.TEXTBOOK))
    root = proxy.index(0, 0)
    chapter = proxy.index(0, 0, root)
    section = proxy.index(0, 0, chapter)
    assert section.data(NODE_ID_ROLE) == "occupation_cognition"
    assert section.data() == "一、职业认知  0/15"
    assert section.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert section.flags() & Qt.ItemFlag.ItemIsUserCheckable
    proxy.set_learned({"occupation_cognition", "wt.live_seller"})
    assert section.data() == "一、职业认知  2/15"
    assert section.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert section.data(Qt.ItemDataRole.AccessibleTextRole) == "一、职业认知,已学 2/15"
    assert root.data() == f"知识基石  2/{len(content.reading_order)}"
    leaf = proxy.index(3, 0, section)  # a fact beside the section's 2022 sentence: no count on a leaf
    assert leaf.data(NODE_ID_ROLE) == "ext.live_seller_announced" and leaf.data() == "互联网营销师与直播销售员工种的首次发布"


def test_space_in_the_navigator_marks_learned_through_the_filter_proxy(qtbot, content, study_data):
    proxy = ProgressProxy()
    proxy.setSourceModel(ContentTreeModel(content, Outline.TOPICS))
    proxy.learned_changed.connect(study_data.set_learned)
    filtered = NodeFilterProxy()
    filtered.setSourceModel(proxy)
    tree = QTreeView()
    qtbot.addWidget(tree)
    tree.setModel(filtered)
    tree.expandAll()
    tree.show()
    qtbot.waitExposed(tree)
    filtered.set_query("直播销售员")
    tree.expandAll()
    parent = filtered.index(0, 0)
    target = next(filtered.index(r, 0, parent) for r in range(filtered.rowCount(parent))
                  if filtered.index(r, 0, parent).data(NODE_ID_ROLE) == "occ.internet_marketer")
    live = next(filtered.index(r, 0, target) for r in range(filtered.rowCount(target))
                if filtered.index(r, 0, target).data(NODE_ID_ROLE) == "wt.live_seller")
    tree.setCurrentIndex(live)
    tree.setFocus()
    with qtbot.waitSignal(proxy.learned_changed) as blocker:
        qtbot.keyClick(tree, Qt.Key.Key_Space)
    assert blocker.args == ["wt.live_seller", True]
    assert study_data.learned_nodes() == {"wt.live_seller"}
    assert live.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    total = proxy.counts(filtered.mapToSource(target))[1]
    assert total > 1 and target.data() == f"互联网营销师  1/{total}"
    assert proxy.find("wt.live_seller").data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    qtbot.keyClick(tree, Qt.Key.Key_Space)
    assert study_data.learned_nodes() == set()
