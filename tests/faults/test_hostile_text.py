"""Markup planted in every channel the app reads text from shows as text and opens nothing.

One walk through the real windows with ``<img src=…>`` (a planted picture and ``/dev/zero``),
``<a href=file:…>``, ``<style>`` and a 60000-px picture in a pack's titles and text, a plan file
(title, names, goals, the content version behind the "missing content" line), a profile data
file (name, class), a note, the search field and a class folder's hand-in and returned files.
Message boxes are really laid out and painted (``QMessageBox.exec`` shows the box and closes it),
tooltips are really shown (a ToolTip help event on the row or widget), and the kernel reports
every open of the planted files (inotify): Qt opens what rich text names by itself, so a file
that is never opened is the proof that nothing was loaded.  ``/dev/zero`` read as a picture ends
the process (``std::bad_alloc``), and a 60000-px picture asks for gigabytes: getting to the end
of the test is the proof for those.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import json
import os
import struct
import sys
from datetime import datetime, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QModelIndex, QSettings, Qt
from PySide6.QtGui import QColor, QHelpEvent, QImage, QTextDocument
from PySide6.QtGui import Qt as GuiQt  # Qt GUI's free functions (mightBeRichText)
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QMessageBox, QToolTip, QWidget

from netmkt_desktop.content import load_content, seed_path
from netmkt_desktop.handin import StudentDetails, build_handin, build_returned, new_plan_id, read_handin
from netmkt_desktop.plans import CareerPlan, TierGoal, plan_to_json
from netmkt_desktop.tiers import Tier
from netmkt_desktop.ui import dialogs
from netmkt_desktop.ui.main_window import MainWindow

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="watches file opens with inotify")

# Short enough for a profile name (40 characters) and a plan title (60); relative names are looked
# up in the working folder, which the test makes the folder of the planted files.
IMG = "<img src=p.png><img src=/dev/zero>"  # 34
BIG = "<img src=p.png width=60000 height=60000>"  # 40
LINK = "<a href=file:p.html>点</a>"
STYLE = "<style>*{background-image:url(p.png)}</style>"
FULL = f"{IMG}{BIG}{LINK}{STYLE}<p style=\"background-image:url(p.png)\">段</p>"
SEEN = "<img src=p.png"  # what the student must see, as text, wherever a planted text is shown


# ---------------------------------------------------------------------------------------------
# The kernel's word on which planted files were opened


class OpenWatch:
    """inotify watches on the planted files: every open (by anyone, Qt included) is an event."""

    IN_ACCESS, IN_OPEN = 0x1, 0x20

    def __init__(self, paths: list[Path]):
        libc = ctypes.CDLL(ctypes.util.find_library("c") or None, use_errno=True)
        self.fd = libc.inotify_init1(os.O_NONBLOCK | os.O_CLOEXEC)
        if self.fd < 0:
            pytest.skip("inotify is not available")
        self.names: dict[int, Path] = {}
        for path in paths:
            wd = libc.inotify_add_watch(self.fd, os.fsencode(path), self.IN_OPEN | self.IN_ACCESS)
            assert wd >= 0, path
            self.names[wd] = path
        self.seen: list[Path] = []

    def opened(self) -> list[Path]:
        while True:
            try:
                data = os.read(self.fd, 65536)
            except BlockingIOError:
                break
            offset = 0
            while offset < len(data):
                wd, _mask, _cookie, length = struct.unpack_from("iIII", data, offset)
                self.seen.append(self.names[wd])
                offset += 16 + length
        return self.seen

    def close(self) -> None:
        os.close(self.fd)


# ---------------------------------------------------------------------------------------------
# Showing things the way a student makes them show


class ShownBoxes:
    """QMessageBox.exec replaced: the box is shown, laid out and painted, then answered."""

    def __init__(self, qtbot):
        self.qtbot = qtbot
        self.boxes: list[tuple[str, str, Qt.TextFormat]] = []

    def exec(self, box: QMessageBox) -> int:
        box.show()
        box.repaint()
        self.boxes.append((box.windowTitle(), box.text(), box.textFormat()))
        box.hide()
        buttons = box.standardButtons()
        return int(QMessageBox.StandardButton.Yes if buttons & QMessageBox.StandardButton.Yes
                   else QMessageBox.StandardButton.Ok)


def show_tooltip_of(view: QAbstractItemView, index) -> None:
    """Hover ``index``: the view asks its model for the tooltip and Qt shows (and lays out) it."""
    view.scrollTo(index)
    pos = view.visualRect(index).center()
    event = QHelpEvent(QEvent.Type.ToolTip, pos, view.viewport().mapToGlobal(pos))
    QApplication.sendEvent(view.viewport(), event)
    QToolTip.hideText()


def show_widget_tooltip(widget: QWidget) -> None:
    pos = widget.rect().center()
    QApplication.sendEvent(widget, QHelpEvent(QEvent.Type.ToolTip, pos, widget.mapToGlobal(pos)))
    QToolTip.hideText()


class _LoadsNothing(QTextDocument):
    def loadResource(self, _kind, _name):  # noqa: N802 - Qt override; this check opens nothing either
        return QImage(1, 1, QImage.Format.Format_ARGB32)


def as_seen(text: str) -> str:
    """What Qt shows for a tooltip: the text itself, or the text of the rich text it makes of it."""
    if not GuiQt.mightBeRichText(text):
        return text
    doc = _LoadsNothing()
    doc.setHtml(text)
    return doc.toPlainText()


def check_everything_shown(where: str) -> list[str]:
    """Every label and tooltip of every window that holds a planted text shows it as text."""
    problems = []
    for widget in QApplication.allWidgets():
        if isinstance(widget, QLabel) and "<img src=" in widget.text() and widget.textFormat() != Qt.TextFormat.PlainText:
            problems.append(f"{where}: label {widget.objectName() or type(widget.parent()).__name__} reads markup")
        tip = widget.toolTip()
        if "img src" in tip and "<img src" not in as_seen(tip):
            problems.append(f"{where}: tooltip of {widget.objectName()} reads markup")
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            root = QModelIndex()
            try:
                columns = model.columnCount(root)
            except TypeError:  # a list model (its columnCount is private in Python)
                columns = 1
            stack = [model.index(r, c) for r in range(min(model.rowCount(root), 200)) for c in range(columns)]
            while stack:
                index = stack.pop()
                tip = index.data(Qt.ItemDataRole.ToolTipRole)
                if isinstance(tip, str) and "img src" in tip and "<img src" not in as_seen(tip):
                    problems.append(f"{where}: tooltip in {widget.objectName()} reads markup: {tip[:60]}")
                if index.column() == 0:
                    stack.extend(model.index(r, 0, index) for r in range(min(model.rowCount(index), 50)))
    return problems


# ---------------------------------------------------------------------------------------------
# The planted files


def pack_file(folder: Path) -> Path:
    node = {"id": "evil.pos", "kind": "position", "title": IMG, "heading": BIG,
            "body": [{"p": FULL, "role": "description"}, {"h": LINK}, {"ol": [IMG, BIG, STYLE], "role": "duties"}]}
    doc = {"format": "netmkt-content", "format_version": 2,
           "pack": {"id": "evil", "name": IMG, "version": "1", "description": FULL},
           "textbook": [{"id": "evil.chapter", "kind": "chapter", "title": BIG, "body": [{"p": FULL}],
                         "children": [node]}],
           "topics": [{"id": "evil.group", "kind": "group", "title": IMG, "children": [{"ref": "evil.pos"}]}]}
    path = folder / "evil-pack.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def broken_pack_file(folder: Path) -> Path:
    """Refused: its error message quotes the markup of an unknown field's name."""
    doc = json.loads(seed_path().read_text(encoding="utf-8-sig"))
    doc["pack"] = {"id": "broken", "name": "坏包", "version": "1", IMG: 1}
    path = folder / "broken-pack.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def hostile_plan(position: str = "evil.pos") -> CareerPlan:
    return CareerPlan(title=IMG + "规划", position_id=position, headcount=1200, student_name=BIG, class_name=IMG,
                      content_version=FULL[:200],
                      goals=[TierGoal(Tier.SUPERVISOR, 2030, 7, FULL), TierGoal(Tier.DIRECTOR, 2036, 1, BIG)])


def profile_file(folder: Path) -> Path:
    doc = {"format": "netmkt-profile-data", "format_version": 1, "exported_at": "2026-01-01T00:00:00Z",
           "profile": {"name": IMG, "class_name": BIG},
           "plans": [json.loads(plan_to_json(hostile_plan()))["plan"]],
           "notes": [{"node_id": "evil.pos", "text": FULL, "updated_at": "2026-01-01T00:00:00"}],
           "bookmarks": [{"node_id": "evil.pos", "created_at": "2026-01-01T00:00:00"}]}
    path = folder / "evil.netmkt-data.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def class_folder(folder: Path) -> Path:
    folder.mkdir()
    details = StudentDetails(IMG, "<img src=/dev/zero>", BIG)
    plan = CareerPlan(title=IMG, position_id="pos.ecommerce_host", headcount=1200,
                      goals=[TierGoal(Tier.SUPERVISOR, 2028, 7, FULL)])
    handin = build_handin(plan, details, new_plan_id(), 1, handed_in_at=datetime(2026, 11, 27, tzinfo=timezone.utc))
    (folder / "a.netmkt-plan.json").write_bytes(handin)
    other = StudentDetails(BIG, "2", IMG)
    returned = build_returned(read_handin(build_handin(plan, other, new_plan_id(), 1)), FULL)
    (folder / "b_已批改.netmkt-plan.json").write_bytes(returned)
    (folder / f"{IMG[:20]}.netmkt-plan.json".replace("/", "_")).write_bytes(b"{broken")
    return folder


# ---------------------------------------------------------------------------------------------


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # the offscreen platform cannot raise a window
def test_planted_markup_shows_as_text_everywhere_and_opens_nothing(qtbot, tmp_path, monkeypatch, type_text):
    planted = tmp_path / "planted"
    planted.mkdir()
    picture = QImage(37, 23, QImage.Format.Format_RGB32)
    picture.fill(QColor("red"))
    assert picture.save(str(planted / "p.png"))
    (planted / "p.html").write_text("<p>planted</p>", encoding="utf-8")
    monkeypatch.chdir(planted)  # where Qt looks for "p.png"
    files = tmp_path / "files"
    files.mkdir()
    sources = {"pack": pack_file(files), "broken": broken_pack_file(files), "profile": profile_file(files)}
    plan_path = files / "evil.netmkt-plan.json"
    plan_path.write_text(plan_to_json(hostile_plan()), encoding="utf-8")
    missing_plan = files / "missing.netmkt-plan.json"
    missing_plan.write_text(plan_to_json(hostile_plan(position="evil.gone")), encoding="utf-8")
    hand_ins = class_folder(tmp_path / "class")
    watch = OpenWatch([planted / "p.png", planted / "p.html"])
    boxes = ShownBoxes(qtbot)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.exec(box))
    problems: list[str] = []

    content = load_content(seed_path())
    window = MainWindow(content, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    qtbot.waitExposed(window)
    window.session.open_folder(tmp_path / "data")
    assert window.session.data is not None

    # A pack: installed through 内容包…, its chapter read, its rows hovered
    monkeypatch.setattr(dialogs, "ask_open_path", lambda *a: str(sources["broken"]))
    window.open_packs()
    window.packs_dialog.import_pack()
    monkeypatch.setattr(dialogs, "ask_open_path", lambda *a: str(sources["pack"]))
    window.packs_dialog.import_pack()
    window.packs_dialog.reload()
    window.packs_dialog.repaint()
    assert window.content.node("evil.pos") is not None, boxes.boxes
    window.packs_dialog.close()
    for outline in (window.action_textbook, window.action_topics):
        outline.trigger()
        for node_id in ("evil.chapter", "evil.pos", "evil.group"):
            window.select_node(node_id)
            window.repaint()
            index = window.tree.currentIndex()
            if index.isValid():
                show_tooltip_of(window.tree, index)
    assert SEEN in window.crumb_label.text()
    problems += check_everything_shown("pack")

    # A plan file and a plan whose position is gone (the "missing content" line), in 我的规划
    for path in (plan_path, missing_plan):
        monkeypatch.setattr(dialogs, "ask_open_path", lambda *a, p=path: str(p))
        window.plans_view.import_file()
    window.show_plans()
    for row in range(window.plans_view.list.count()):
        window.plans_view.list.setCurrentRow(row)
        window.repaint()
        show_widget_tooltip(window.plans_view.ladder)
    assert SEEN in window.plans_view.title_label.text()
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a: str(tmp_path / "plan.pdf"))
    window.plans_view.export_pdf()
    problems += check_everything_shown("plans")

    # A profile data file: imported, used, then chosen again in the profile chooser (it has a PIN)
    monkeypatch.setattr(dialogs, "ask_open_path", lambda *a: str(sources["profile"]))
    window.session.import_data()
    assert SEEN in window.windowTitle()
    evil_id = window.session.profile_id
    window.session.store.profiles.set_pin(evil_id, "1234")
    window.session.choose_profile()
    chooser = window.session.profile_dialog
    qtbot.waitExposed(chooser)
    chooser.select_profile(evil_id)
    qtbot.mouseClick(chooser.use_button, Qt.MouseButton.LeftButton)
    assert SEEN in chooser.message_label.text()
    chooser.repaint()
    problems += check_everything_shown("profile")
    chooser.reject()

    # A note, typed; 收藏与笔记 lists it, its row hovered
    window.select_node("evil.pos")
    editor = window.study_tools.notes_editor
    editor.edit.setFocus()
    type_text(editor.edit, FULL)
    assert editor.flush()
    bookmarks = window.study_tools.bookmarks_view
    window.show_tab(bookmarks)
    bookmarks.refresh()
    window.repaint()
    for view in (bookmarks.notes_list, bookmarks.bookmarks_list):
        if view.count():
            show_tooltip_of(view, view.model().index(0, 0))
    problems += check_everything_shown("note")

    # The search field: the tree, the highlight, 搜索结果 and its count line
    window.search_field.setFocus()
    for query in ("<img src=p.png", FULL):
        window.search_field.setText(query)
        window.study_tools.update_search()
        results = window.study_tools.search_results
        window.show_tab(results)
        window.repaint()
        if results.model.rowCount():
            show_tooltip_of(results.list, results.model.index(0, 0))
    problems += check_everything_shown("search")
    window.search_field.clear()

    # A class folder: the table (hovered), the review of each student, the document
    monkeypatch.setattr(dialogs, "ask_folder", lambda *a: str(hand_ins))
    window.open_class_folder()
    from netmkt_desktop.ui.class_view import ClassView

    view = window.findChild(ClassView, "classView")
    qtbot.waitExposed(view)
    for row in range(view.proxy.rowCount()):
        for column in range(view.proxy.columnCount()):
            show_tooltip_of(view.table, view.proxy.index(row, column))
        view.table.selectRow(row)
        view.repaint()
    for chart in view.charts.views:
        show_widget_tooltip(chart)
    problems += check_everything_shown("class")
    view.close()

    assert not problems, "\n".join(problems)
    assert any(SEEN in text and fmt == Qt.TextFormat.PlainText for _title, text, fmt in boxes.boxes), boxes.boxes
    assert all(fmt == Qt.TextFormat.PlainText for _title, _text, fmt in boxes.boxes), boxes.boxes
    QApplication.processEvents()
    assert watch.opened() == [], f"planted files were opened: {watch.opened()}"
    watch.close()
