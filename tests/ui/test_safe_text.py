"""The one rule for text (ui/safe_text.py): labels, tooltips, titles, buttons and rich text show what
they are given and load nothing; and the widgets of the app are made through it."""

from __future__ import annotations

import ast
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QColor, QImage, QPainter, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from netmkt_desktop.ui import dialogs
from netmkt_desktop.ui.safe_text import (
    SafeTextBrowser,
    SafeTextDocument,
    button_text,
    plain_label,
    tooltip,
    window_title,
)

UI = Path(__file__).resolve().parents[2] / "netmkt_desktop" / "ui"


@pytest.fixture
def planted(tmp_path, monkeypatch):
    """A picture and a style sheet in the working folder, with their access times set far back:
    a read moves the access time to now (relatime), so ``read()`` tells whether Qt opened them."""
    image = QImage(37, 23, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    image.save(str(tmp_path / "p.png"))
    (tmp_path / "s.css").write_text("p { color: red }", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    files = [tmp_path / "p.png", tmp_path / "s.css"]
    for f in files:
        os.utime(f, ns=(1_000_000_000, 2_000_000_000))

    def read() -> list[str]:
        return [f.name for f in files if f.stat().st_atime_ns != 1_000_000_000]

    return read


HOSTILE = ('<html><head><link rel="stylesheet" href="s.css"></head><body style="background-image:url(p.png)">'
           '<p>x<img src="p.png"><img src="file:p.png"><img src="data:image/png;base64,AAAA">'
           '<img src="http://example.invalid/t.png"><img src="p.png" width="60000" height="60000"></p>'
           '<style>p { background-image: url(p.png) }</style></body></html>')


def test_rich_text_widgets_load_only_what_they_were_given(qtbot, planted):
    own = QImage(5, 5, QImage.Format.Format_ARGB32)
    own.fill(QColor("blue"))
    browser = SafeTextBrowser()
    qtbot.addWidget(browser)
    browser.add_own_image("ladder", own)
    browser.setHtml(HOSTILE + '<img src="ladder">')
    browser.resize(400, 300)
    browser.show()
    browser.repaint()
    document = SafeTextDocument()
    document.add_own_image("ladder", own)
    document.setHtml(HOSTILE + '<img src="ladder">')
    canvas = QImage(300, 300, QImage.Format.Format_ARGB32)
    painter = QPainter(canvas)
    document.drawContents(painter)
    painter.end()
    assert planted() == []
    for text in (browser, document):
        assert "p.png" in text.refused and "ladder" not in text.refused
        assert any(name.startswith("http") for name in text.refused)
    assert document.resource(QTextDocument.ResourceType.ImageResource, QUrl("ladder")).size() == own.size()


def test_a_plain_qt_widget_would_have_opened_the_file(qtbot, planted):
    """The check above can fail: a QLabel left to guess the format reads the planted picture."""
    label = QLabel('<img src="p.png">')
    qtbot.addWidget(label)
    label.show()
    label.repaint()
    assert planted() == ["p.png"]


def test_labels_tooltips_titles_and_buttons_show_their_text(qtbot, planted):
    label = plain_label('<img src="p.png"> & <b>粗</b>')
    qtbot.addWidget(label)
    label.show()
    label.repaint()
    assert label.textFormat() == Qt.TextFormat.PlainText and label.text() == '<img src="p.png"> & <b>粗</b>'
    tip = tooltip('<img src="p.png">\n第二行 & 更多')
    doc = SafeTextDocument()
    doc.setHtml(tip)
    assert GuiQt.mightBeRichText(tip) and doc.toPlainText() == '<img src="p.png">\n第二行 & 更多'
    assert tooltip("直播销售员") == "直播销售员" and tooltip("") == ""
    window = QWidget()
    qtbot.addWidget(window)
    window.setWindowTitle(window_title("规划[*]一"))
    window.show()
    assert window.windowHandle().title() == "规划[*]一"  # the title the system shows
    window.setWindowTitle("规划[*]一")
    assert window.windowHandle().title() == "规划一"  # what Qt makes of it without the rule
    button = QPushButton(button_text("营销&推广"))
    qtbot.addWidget(button)
    assert button.text().replace("&&", "&") == "营销&推广" and button.shortcut().isEmpty()
    assert planted() == []


def test_message_boxes_show_plain_text(qtbot, planted, monkeypatch):
    box = dialogs.message_box(None, "critical", "标题[*]", '<img src="p.png"> 没有导入')
    qtbot.addWidget(box)
    box.show()
    box.repaint()
    assert box.textFormat() == Qt.TextFormat.PlainText and box.text().startswith('<img src="p.png">')
    assert box.windowHandle().title() == "标题[*]"
    assert planted() == []


# ---------------------------------------------------------------------------------------------
# Every widget of the app is made through the rule (a new QLabel(...) would guess the format again)


def _calls(tree: ast.AST, names: set[str]) -> list[ast.Call]:
    return [n for n in ast.walk(tree) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id in names]


def _is_escaped(arg: ast.AST) -> bool:
    """A tooltip argument that cannot carry a file's text: tooltip(…), a literal, self.tr("…")(.format of safe parts)."""
    if isinstance(arg, ast.Constant):
        return True
    if isinstance(arg, ast.IfExp):
        return _is_escaped(arg.body) and _is_escaped(arg.orelse)
    if isinstance(arg, ast.Call):
        func = arg.func
        if isinstance(func, ast.Name) and func.id == "tooltip":
            return True
        if isinstance(func, ast.Attribute) and func.attr == "tr":
            return True
        if isinstance(func, ast.Attribute) and func.attr == "format" and _is_escaped(func.value):
            values = list(arg.args) + [k.value for k in arg.keywords]  # constants only: NOTE_TEXT_LIMIT, 3
            return all(isinstance(v, ast.Constant) or (isinstance(v, ast.Name) and v.id.isupper()) for v in values)
    return False


def test_the_app_makes_labels_rich_text_and_tooltips_only_through_the_rule():
    problems = []
    for path in sorted(UI.glob("*.py")):
        if path.name == "safe_text.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        made_here = {"QLabel", "QTextBrowser", "QTextDocument"} | ({"QMessageBox"} if path.name != "dialogs.py" else set())
        for call in _calls(tree, made_here):
            problems.append(f"{path.name}:{call.lineno}: {call.func.id}(…) directly")
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                for base in node.bases:
                    if isinstance(base, ast.Name) and base.id in {"QTextBrowser", "QTextDocument"}:
                        problems.append(f"{path.name}:{node.lineno}: class {node.name}({base.id})")
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
                if node.func.attr == "setToolTip" and node.args and not _is_escaped(node.args[0]):
                    problems.append(f"{path.name}:{node.lineno}: setToolTip of a text not escaped")
                if (node.func.attr == "setData" and len(node.args) == 2 and "ToolTipRole" in ast.unparse(node.args[1])
                        and not _is_escaped(node.args[0])):
                    problems.append(f"{path.name}:{node.lineno}: a ToolTipRole not escaped")
    assert problems == []
