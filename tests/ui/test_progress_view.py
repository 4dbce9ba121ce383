import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QTreeView

from netmkt_desktop.ui.navigator import NODE_ID_ROLE, ContentTreeModel, NodeFilterProxy, Outline
from netmkt_desktop.ui.progress_model import ProgressMarks
from netmkt_desktop.ui.progress_view import ProgressView

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
    view.refresh(content, study_data.study.learned())
    assert view.accessibleDescription() == "已学 0/32 · 0%;一、职业认知 0/15 · 0%;二、岗位认知 0/17 · 0%"
    assert fill_pixels(view) == 0
    for node_id in ("occupation_cognition", "occ.internet_marketer", "wt.live_seller"):
        study_data.study.mark_learned(node_id, True)
    view.refresh(content, study_data.study.learned())
    assert "一、职业认知 3/15 · 20%" in view.accessibleDescription()
    assert view.accessibleDescription().startswith("已学 3/32 · 9%")
    some = fill_pixels(view)
    assert some > 0
    for item in content.textbook_item("position_cognition").walk():
        study_data.study.mark_learned(item.node.id, True)
    view.refresh(content, study_data.study.learned())
    assert "二、岗位认知 17/17 · 100%" in view.toolTip()
    assert fill_pixels(view) > 2 * some


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
def test_outline_models_with_marks_pass_the_model_tester(qtmodeltester, content, outline):
    marks = ProgressMarks(content)
    model = ContentTreeModel(content, outline, marks=marks)
    marks.set_learned({"wt.live_seller", "survey", "tier.director"})
    qtmodeltester.check(model)


def row(model, node_id):
    return model.find(node_id)


def check_state(index):
    value = index.data(Qt.ItemDataRole.CheckStateRole)
    return None if value is None else Qt.CheckState(value)


def test_check_boxes_only_on_readable_rows_and_counts_on_branches(content):
    marks = ProgressMarks(content)
    model = ContentTreeModel(content, Outline.TEXTBOOK, marks=marks)
    section = row(model, "occupation_cognition")
    assert section.data() == "一、职业认知  0/15"
    assert check_state(section) == Qt.CheckState.Unchecked
    assert section.flags() & Qt.ItemFlag.ItemIsUserCheckable
    for category in ("foundation", "foundation.s1"):  # 知识基石, 第一节: they only gather others
        index = row(model, category)
        assert not index.flags() & Qt.ItemFlag.ItemIsUserCheckable
        assert index.data(Qt.ItemDataRole.CheckStateRole) is None
        assert not model.setData(index, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    marks.set_learned({"occupation_cognition", "wt.live_seller"})
    assert section.data() == "一、职业认知  2/15"
    assert check_state(section) == Qt.CheckState.Checked
    assert section.data(Qt.ItemDataRole.AccessibleTextRole) == "一、职业认知,已学 2/15"
    assert row(model, "foundation").data() == "知识基石  2/32"
    leaf = row(model, "ext.live_seller_announced")  # a leaf: no count
    assert leaf.data() == "互联网营销师与直播销售员工种的首次发布"
    topics = ContentTreeModel(content, Outline.TOPICS, marks=marks)
    for group in ("topic.occupations", "topic.positions", "topic.tiers"):  # 职业, 岗位, 岗位层级
        assert not row(topics, group).flags() & Qt.ItemFlag.ItemIsUserCheckable
        assert row(topics, group).data(Qt.ItemDataRole.CheckStateRole) is None


def test_a_node_counts_the_same_in_both_outlines(content):
    marks = ProgressMarks(content)
    textbook = ContentTreeModel(content, Outline.TEXTBOOK, marks=marks)
    topics = ContentTreeModel(content, Outline.TOPICS, marks=marks)
    marks.set_learned({"wt.live_seller"})
    below = []
    for model in (textbook, topics):  # what the tree shows below it is what it counts
        stack, rows = [row(model, "occ.internet_marketer")], 0
        while stack:
            current = stack.pop()
            rows += 1
            stack.extend(model.index(r, 0, current) for r in range(model.rowCount(current)))
        below.append(rows)
    assert below[0] == below[1]
    assert row(textbook, "occ.internet_marketer").data() == f"(一)互联网营销师  1/{below[0]}"
    assert row(topics, "occ.internet_marketer").data() == f"互联网营销师  1/{below[0]}"


def test_space_in_the_navigator_marks_learned_through_the_filter_proxy(qtbot, content, study_data):
    marks = ProgressMarks(content)
    marks.learned_changed.connect(study_data.study.mark_learned)
    model = ContentTreeModel(content, Outline.TOPICS, marks=marks)
    filtered = NodeFilterProxy()
    filtered.setSourceModel(model)
    tree = QTreeView()
    qtbot.addWidget(tree)
    tree.setModel(filtered)
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
    with qtbot.waitSignal(marks.learned_changed) as blocker:
        qtbot.keyClick(tree, Qt.Key.Key_Space)
    assert blocker.args == ["wt.live_seller", True]
    assert study_data.study.learned() == {"wt.live_seller"}
    assert check_state(live) == Qt.CheckState.Checked
    assert target.data() == "互联网营销师  1/{}".format(marks.progress.counts("occ.internet_marketer")[1])
    assert check_state(model.find("wt.live_seller")) == Qt.CheckState.Checked
    qtbot.keyClick(tree, Qt.Key.Key_Space)
    assert study_data.study.learned() == set()
