import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from netmkt_desktop.storage.store import Store
from netmkt_desktop.ui.colours import contrast_ratio
from netmkt_desktop.ui.main_window import MainWindow
from netmkt_desktop.ui.theme import Theme, palette_for


@pytest.fixture
def window(qtbot, content, tmp_path):
    store = Store.open(tmp_path / "data")
    win = MainWindow(content, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(win)
    win.session.attach_store(store)
    with qtbot.waitActive(win):
        win.show()
        win.activateWindow()
    yield win
    win.presentation.leave()
    store.close()


def key(qtbot, window, k, modifier=Qt.KeyboardModifier.NoModifier):
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, k, modifier)


def window_colour() -> str:
    return QApplication.instance().palette().color(QPalette.ColorRole.Window).name()


def test_f5_enters_and_esc_leaves_presentation_mode(qtbot, window):
    assert window.zoom.percent == 100
    key(qtbot, window, Qt.Key.Key_F5)
    assert window.presentation.active and window.isFullScreen()
    assert window.zoom.percent == 200
    assert window_colour() == palette_for(Theme.HIGH_CONTRAST).color(QPalette.ColorRole.Window).name()
    assert not window.tabs.isTabVisible(window.tabs.indexOf(window.plans_view))
    assert not window.action_new_plan.isEnabled()
    key(qtbot, window, Qt.Key.Key_Escape)
    assert not window.presentation.active and not window.isFullScreen()
    assert window.zoom.percent == 100
    assert window.tabs.isTabVisible(window.tabs.indexOf(window.plans_view))


def test_b_blanks_the_screen_and_any_key_brings_it_back(qtbot, window):
    key(qtbot, window, Qt.Key.Key_F5)
    shown = window.current_node_id()
    key(qtbot, window, Qt.Key.Key_B)
    assert window.presentation.blank.isVisible()
    image = window.grab().toImage()
    assert image.pixelColor(image.width() // 2, image.height() // 2).name() == "#000000"
    key(qtbot, window, Qt.Key.Key_PageDown)  # wakes the screen, does not step
    assert not window.presentation.blank.isVisible()
    assert window.current_node_id() == shown
    key(qtbot, window, Qt.Key.Key_Period)
    assert window.presentation.blank.isVisible()
    qtbot.mouseClick(window.presentation.blank, Qt.MouseButton.LeftButton)
    assert not window.presentation.blank.isVisible()


def test_presentation_zoom_is_remembered_separately(qtbot, window):
    key(qtbot, window, Qt.Key.Key_F5)
    key(qtbot, window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.zoom.percent == 250
    key(qtbot, window, Qt.Key.Key_Escape)
    assert window.zoom.percent == 100
    key(qtbot, window, Qt.Key.Key_F5)
    assert window.zoom.percent == 250


def test_high_contrast_body_text_has_at_least_7_to_1(qtbot, window):
    key(qtbot, window, Qt.Key.Key_F5)
    palette = window.presentation.slides.canvas.palette()
    ratio = contrast_ratio(palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base))
    assert ratio >= 7


def test_zoom_reaches_the_wizard_and_is_remembered_per_profile(qtbot, window):
    base = QApplication.font().pointSizeF()
    for _ in range(3):
        key(qtbot, window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.zoom.percent == 150
    assert window.session.store.profile(window.session.profile_id).settings.get("ui/zoom") == "150"
    window.new_plan()
    wizard = window.plan_wizard
    assert wizard.font().pointSizeF() == pytest.approx(base * 1.5, rel=0.05)
    assert wizard.intro_page.title_edit.font().pointSizeF() == pytest.approx(base * 1.5, rel=0.05)
    assert window.detail.font().pointSizeF() == pytest.approx(base * 1.5 * 1.2, rel=0.05)
    wizard.done(0)
    key(qtbot, window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.zoom.percent == 100


def test_theme_shortcut_cycles_and_is_remembered(qtbot, window):
    assert window.theme == Theme.SYSTEM
    key(qtbot, window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.theme == Theme.LIGHT
    key(qtbot, window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.theme == Theme.DARK
    assert window_colour() == palette_for(Theme.DARK).color(QPalette.ColorRole.Window).name()
    assert window.session.store.profile(window.session.profile_id).settings.get("ui/theme") == "dark"
    window.set_theme(Theme.SYSTEM)


# ---------------------------------------------------------------------------------------------
# Slides that fit the screen


def laid_out_lines(document) -> list[tuple[float, float, int, int, float]]:
    """(top, bottom, first character, length, width) of every line of ``document``, in document
    coordinates, read straight from Qt's layout."""
    layout, lines = document.documentLayout(), []
    block = document.begin()
    while block.isValid():
        text_layout = block.layout()
        rect = layout.blockBoundingRect(block)
        for i in range(text_layout.lineCount()):
            line = text_layout.lineAt(i)
            top = rect.top() - text_layout.boundingRect().top() + line.y()
            lines.append((top, top + line.height(), block.position() + line.textStart(), line.textLength(),
                          line.naturalTextWidth()))
        block = block.next()
    return lines


def on_screen(canvas) -> set[int]:
    """Indexes of the lines of the slide wholly inside the part of the screen that shows text now."""
    view = canvas.viewport()
    top, bottom = canvas.scroll_position, canvas.scroll_position + view.height()
    return {i for i, line in enumerate(laid_out_lines(canvas.document))
            if line[0] >= top - 0.5 and line[1] <= bottom + 0.5}


def present_at(qtbot, window, size: tuple[int, int], node_id: str = "foundation"):
    """Presentation mode on a screen of ``size`` (the offscreen screen is smaller: the window is
    given that size, as full screen would)."""
    window.select_node(node_id)
    key(qtbot, window, Qt.Key.Key_F5)
    window.setGeometry(0, 0, *size)
    slides = window.presentation.slides
    qtbot.waitUntil(lambda: slides.size() == window.size() and slides.canvas.screen_lines == size[1])
    slides.canvas.relayout(keep_position=False)
    return slides


@pytest.mark.parametrize(("size", "with_list"), [((1024, 768), False), ((1024, 768), True), ((1920, 1080), False)],
                         ids=["1024x768", "1024x768 with the list of slides", "1920x1080"])
def test_page_down_shows_every_character_of_every_node_and_page_up_goes_back(qtbot, window, content, size,
                                                                              with_list):
    slides = present_at(qtbot, window, size)
    if with_list:
        key(qtbot, window, Qt.Key.Key_F9)
        qtbot.waitUntil(lambda: slides.outline.isVisible())
        slides.canvas.relayout(keep_position=False)
    assert window.zoom.percent == 200
    canvas = slides.canvas
    order = [n.id for n in content.reading_order]
    assert slides.counter_label.text() == f"第 1 / {len(order)} 页"
    floor = round(28 * size[1] / 1080)
    seen: dict[str, set[int]] = {}
    visited: list[tuple[str, int]] = []  # (node, scroll position) after each PageDown
    while True:
        node = slides.node_id
        assert node == window.current_node_id()  # the reading view underneath follows
        seen.setdefault(node, set()).update(on_screen(canvas))
        assert canvas.pixel_size >= floor
        top = canvas.scroll_position
        for line in laid_out_lines(canvas.document):
            assert line[4] <= canvas.viewport().width() + 0.5  # nothing runs off to the right
            assert not line[0] + 0.5 < top < line[1] - 0.5  # no line cut in half at the top
        visited.append((node, canvas.scroll_position))
        before = (slides.current, canvas.scroll_position)
        key(qtbot, window, Qt.Key.Key_PageDown)
        if slides.at_end_slide:
            break
        assert (slides.current, canvas.scroll_position) != before
    assert list(dict.fromkeys(n for n, _ in visited)) == order  # every node, in the textbook's order
    for node_id in order:  # every line holding text was whole on the screen at some step
        slides.show_node(node_id)
        lines = laid_out_lines(canvas.document)
        wanted = {i for i, line in enumerate(lines) if line[3] > 0}
        assert wanted <= seen[node_id], f"{node_id}: lines {sorted(wanted - seen[node_id])} never shown whole"
        text = canvas.document.toPlainText()
        node = content.node(node_id)
        for part in (*node.tasks, *node.duties, node.title):
            assert part in text
    slides.show_index(len(order))
    assert slides.at_end_slide and "本节结束" in slides.counter_label.text()
    assert "本节结束" in canvas.document.toPlainText() and "自测" in canvas.document.toPlainText()
    # PageUp retraces the same screens backwards: into a slide from its end.
    backwards = []
    while True:
        key(qtbot, window, Qt.Key.Key_PageUp)
        backwards.append((slides.node_id, canvas.scroll_position))
        if slides.current == 0 and canvas.scroll_position == 0:
            break
    assert backwards == visited[::-1]
    assert slides.counter_label.text() == f"第 1 / {len(order)} 页"
    print(f"\n{size[0]}x{size[1]} at 200 %{' with the list' if with_list else ''}: {len(order)} node slides "
          f"+ the end slide, {len(visited)} screens with PageDown")


def test_a_slide_too_long_for_the_screen_scrolls_before_it_moves_on(qtbot, window):
    """互联网营销师 at 1024x768, 200 %, with the list of slides beside it: the seven tasks and the
    工种 line do not fit on one screen even at the smallest readable size."""
    slides = present_at(qtbot, window, (1024, 768), "occ.internet_marketer")
    key(qtbot, window, Qt.Key.Key_F9)
    canvas = slides.canvas
    qtbot.waitUntil(lambda: len(canvas.stops) > 1)
    assert canvas.pixel_size == round(28 * 768 / 1080)  # shrunk as far as it goes
    assert len(canvas.stops) > 1 and slides.more_label.isVisible()
    assert slides.counter_label.text().startswith("第 4 / ")
    text_seen = on_screen(canvas)
    key(qtbot, window, Qt.Key.Key_PageDown)
    assert slides.node_id == "occ.internet_marketer" and canvas.scroll_position == canvas.stops[1]
    while slides.node_id == "occ.internet_marketer":
        text_seen |= on_screen(canvas)
        key(qtbot, window, Qt.Key.Key_PageDown)
    assert slides.node_id == "wt.live_seller" and canvas.scroll_position == 0
    key(qtbot, window, Qt.Key.Key_PageUp)
    assert slides.node_id == "occ.internet_marketer" and canvas.scroll_position == canvas.stops[-1]
    document = canvas.document
    lines = laid_out_lines(document)
    shown = "".join(document.toPlainText()[lines[i][2]:lines[i][2] + lines[i][3]] for i in sorted(text_seen))
    assert "(7)采集、分析销售数据" in shown and "平台管理员" in shown


def test_ctrl_0_returns_to_the_presentation_zoom_and_the_reading_zoom_is_left_alone(qtbot, window):
    key(qtbot, window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.zoom.percent == 110
    key(qtbot, window, Qt.Key.Key_F5)
    key(qtbot, window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.zoom.percent == 250
    key(qtbot, window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.zoom.percent == 200
    key(qtbot, window, Qt.Key.Key_Escape)
    assert window.zoom.percent == 110
    key(qtbot, window, Qt.Key.Key_F5)
    assert window.zoom.percent == 200  # Ctrl+0 did not leave 100 % behind for the next lesson
    key(qtbot, window, Qt.Key.Key_Escape)
    key(qtbot, window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.zoom.percent == 100
    assert window.session.store.profile(window.session.profile_id).settings.get("ui/zoom") == "100"


def test_nothing_personal_reaches_the_projector(qtbot, window, content):
    from netmkt_desktop.plans import CareerPlan
    from netmkt_desktop.ui.navigator import NODE_ID_ROLE

    store, profile = window.session.store, window.session.profile_id
    store.profiles.rename(profile, "张老师的档案")
    store.profile(profile).plans.save(CareerPlan(title="私人的规划", position_id="pos.ecommerce_host", headcount=1200))
    window.session.use_profile(profile)
    window.select_node("occ.internet_marketer")
    key(qtbot, window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # 已学会
    assert "occ.internet_marketer" in window.study_tools.data.study.learned()
    assert window.tree.isVisible()  # before: check boxes and x/y counts in the tree
    key(qtbot, window, Qt.Key.Key_F5)
    slides = window.presentation.slides
    assert slides.isVisible() and slides.geometry() == window.rect()
    assert not window.tree.isVisible() and not window.study_tools.notes_editor.isVisible()
    assert not window.plans_view.isVisible() and not window.statusBar().isVisible() or \
        slides.geometry().contains(window.statusBar().geometry())
    key(qtbot, window, Qt.Key.Key_F9)
    outline = slides.outline
    assert outline.isVisible()
    for row in range(outline.count()):
        item = outline.item(row)
        assert item.data(Qt.ItemDataRole.CheckStateRole) is None
        assert not any(ch.isdigit() and "/" in item.text() for ch in item.text())
    shown = [outline.item(r).text() for r in range(outline.count())]
    for _ in range(3):
        shown += [slides.canvas.document.toPlainText(), slides.counter_label.text(), slides.hint_label.text()]
        key(qtbot, window, Qt.Key.Key_PageDown)
    everything = "\n".join(shown + [window.windowTitle()])
    assert "张老师" not in everything and "私人的规划" not in everything and "已学" not in everything
    assert window.tree.model().index(0, 0).data(NODE_ID_ROLE)  # the tree is still there, just not shown
    key(qtbot, window, Qt.Key.Key_F9)
    assert not outline.isVisible()
    key(qtbot, window, Qt.Key.Key_Escape)
    assert window.tree.isVisible() and not slides.isVisible()
    key(qtbot, window, Qt.Key.Key_F5)
    assert not slides.outline.isVisible()  # the teacher's choice of the list is remembered


def heading_ink(document, palette, line) -> int:
    """Pixels of ``line`` of ``document`` that differ clearly from the background, drawn as the
    slides and the reading pane draw it (the palette's text on its base colour)."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QAbstractTextDocumentLayout, QColor, QImage, QPainter

    width, height = int(document.size().width()) + 1, int(line[1] - line[0]) + 1
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(palette.color(QPalette.ColorRole.Base))
    painter = QPainter(image)
    painter.translate(0, -line[0])
    context = QAbstractTextDocumentLayout.PaintContext()
    context.palette = palette
    context.clip = QRectF(0, line[0], width, height)
    document.documentLayout().draw(painter, context)
    painter.end()
    base = palette.color(QPalette.ColorRole.Base).lightness()
    return sum(1 for y in range(height) for x in range(0, width, 2)
               if abs(QColor(image.pixel(x, y)).lightness() - base) > 128)


def regular_ink(document, palette, line) -> int:
    """The same line with its weight normal (a copy of the document)."""
    from PySide6.QtGui import QPen, QTextCharFormat, QTextCursor

    copy = document.clone()
    copy.setTextWidth(document.textWidth())
    cursor = QTextCursor(copy)
    cursor.setPosition(line[2])
    cursor.setPosition(line[2] + line[3], QTextCursor.MoveMode.KeepAnchor)
    regular = QTextCharFormat()
    regular.setFontWeight(400)
    regular.setTextOutline(QPen(Qt.PenStyle.NoPen))
    cursor.mergeCharFormat(regular)
    (same,) = [candidate for candidate in laid_out_lines(copy) if candidate[2] == line[2]]
    return heading_ink(copy, palette, same)


def heading_line(document, text: str):
    """The first line of the heading ``text`` (a narrow pane may wrap it)."""
    return next(line for line in laid_out_lines(document)
                if line[3] > 1 and text.startswith(document.toPlainText()[line[2]:line[2] + line[3]].rstrip()))


@pytest.mark.parametrize("percent", [200, 300])
def test_the_main_heading_stays_bold_at_every_zoom(qtbot, window, percent):
    slides = present_at(qtbot, window, (1920, 1080), "occ.internet_marketer")
    window.zoom.set_percent(percent)
    canvas = slides.canvas
    heading = heading_line(canvas.document, "(一)互联网营销师")
    palette = canvas.palette()
    assert heading_ink(canvas.document, palette, heading) > 1.25 * regular_ink(canvas.document, palette, heading)


def test_the_reading_heading_stays_bold_at_300_percent(qtbot, window):
    window.select_node("occ.internet_marketer")
    window.zoom.set_percent(300)
    document, palette = window.detail.document(), window.detail.palette()

    def bold_enough() -> bool:
        heading = heading_line(document, "(一)互联网营销师")
        return heading_ink(document, palette, heading) > 1.25 * regular_ink(document, palette, heading)

    qtbot.waitUntil(bold_enough)  # once the new size is on the text


def test_the_end_slide_leads_to_the_quiz(qtbot, window, content):
    last = content.reading_order[-1].id
    slides = present_at(qtbot, window, (1024, 768), last)
    while not slides.at_end_slide:
        key(qtbot, window, Qt.Key.Key_PageDown)
    key(qtbot, window, Qt.Key.Key_PageDown)  # nothing after the end
    assert slides.at_end_slide and window.current_node_id() == last
    canvas = slides.canvas
    found = canvas.document.find("退出演示,开始自测")
    block = found.block()
    layout = block.layout()
    line = layout.lineForTextPosition(found.selectionStart() - block.position())
    x, _ = line.cursorToX(found.selectionStart() - block.position())
    top = canvas.document.documentLayout().blockBoundingRect(block).top() + line.y()
    view = canvas.viewport()
    point = QPoint(view.left() + round(x) + 8, view.top() + round(top + line.height() / 2) - canvas.scroll_position)
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=point)
    assert not window.presentation.active
    assert window.tabs.currentWidget() is window.study_tools.quiz_view
