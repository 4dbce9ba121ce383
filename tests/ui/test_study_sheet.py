"""学习单: the section in textbook order with the student's notes, bookmarks and mistakes, as an A4 PDF and in print preview (ui/study_sheet)."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtPrintSupport import QPrintPreviewDialog

from netmkt_desktop.quiz import question_by_id
from netmkt_desktop.records import QuizMistake
from netmkt_desktop.storage.store import Store
from netmkt_desktop.ui import dialogs
from netmkt_desktop.ui.main_window import MainWindow
from netmkt_desktop.ui.study_sheet import SheetData, build_document, sheet_html

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                   reason="poppler-utils (pdftotext) is not installed")
QUESTION = "tier_order:tiers"


@pytest.fixture
def window(qtbot, content, tmp_path):
    store = Store.open(tmp_path / "data")
    win = MainWindow(content, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(win)
    win.resize(1024, 740)
    win.show()
    win.session.attach_store(store)
    yield win
    store.close()


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def wrong_order(content) -> list[str]:
    question = question_by_id(content, QUESTION, 5)
    right = [question.options[i] for i in question.answer]
    return right[1:] + right[:1]


@needs_poppler
def test_the_exported_sheet_holds_the_section_a_note_and_a_mistake_with_my_answer(
        qtbot, window, content, tmp_path, monkeypatch, type_text):
    data = window.session.store.profile(window.session.profile_id)
    window.select_node("staff_duties")
    type_text(window.study_tools.notes_editor.edit, "第(3)条:同行 <b>动态</b> & 竞争产品")
    qtbot.keyClick(window.tree, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)  # 收藏
    mine = wrong_order(content)
    data.quiz.record(1, 10, 9, [(QUESTION, 5)], answers={QUESTION: mine})
    target = tmp_path / "out" / "学习单.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *args: str(target))
    window.study_tools.action_sheet_pdf.trigger()
    assert target.read_bytes().startswith(b"%PDF")
    assert "学习单已导出到" in window.statusBar().currentMessage()

    text = subprocess.run(["pdftotext", "-layout", str(target), "-"], capture_output=True, text=True,
                          timeout=120).stdout
    flat = squeeze(text)
    for node in content.reading_order:  # the section's text, in the textbook's order
        for block in node.body:
            for sentence in (block.items if block.kind == "ol" else (block.text,)):
                assert squeeze(sentence) in flat, sentence
    first, last = (squeeze(content.node(i).body[-1].text) for i in ("occupation_cognition", "survey"))
    assert flat.index(first) < flat.index(last)
    assert squeeze("第(3)条:同行 <b>动态</b> & 竞争产品") in flat  # the note as typed, under its node
    assert flat.index(squeeze("我的笔记:")) > flat.index(squeeze(content.node("staff_duties").duties[-1]))
    assert "★已收藏" in flat
    assert squeeze("我上次的答案:" + " → ".join(mine)) in flat
    question = question_by_id(content, QUESTION, 5)
    assert squeeze("正确答案:" + " → ".join(question.options[i] for i in question.answer)) in flat
    info = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True, timeout=60).stdout
    assert "595.276 x 841.89 pts (A4)" in info or "595 x 842 pts (A4)" in info
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    assert pages > 1 and f"第 {pages} 页,共 {pages} 页" in text


def test_student_text_is_escaped_and_nothing_is_loaded(content):
    note = "<img src='http://example.com/x.png'> <a href='node:survey'>点我</a>\n第二行"
    mistake = QuizMistake(QUESTION, 5, 1, "2026-11-01T08:00:00.000000", None, ("<b>专员</b>", "总监"))
    data = SheetData(name="<i>王五</i>", class_name="1班", notes={"survey": note}, bookmarks=("survey",),
                     mistakes=(mistake,))
    html = sheet_html(content, data)
    assert "<img" not in html and "&lt;img src=&#x27;http://example.com/x.png&#x27;&gt;" in html
    assert "&lt;i&gt;王五&lt;/i&gt;" in html and "&lt;b&gt;专员&lt;/b&gt; → 总监" in html
    doc = build_document(content, data)
    plain = doc.toPlainText()
    assert "<img src='http://example.com/x.png'>" in plain and "第二行" in plain
    assert doc.refused == []


def test_an_empty_mistakes_book_and_a_mistake_without_a_kept_answer(content):
    assert "错题本是空的。" in sheet_html(content, SheetData())
    old = QuizMistake(QUESTION, 5, 1, "2026-11-01T08:00:00.000000")  # missed before answers were kept
    assert "我上次的答案:(没有记录)" in sheet_html(content, SheetData(mistakes=(old,)))


def test_the_print_preview_opens_without_blocking(qtbot, window):
    window.study_tools.action_sheet_print.trigger()
    dialog = window.study_tools.sheet_dialog
    assert isinstance(dialog, QPrintPreviewDialog) and dialog.objectName() == "sheetPrintPreview"
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.windowTitle() == "打印预览 - 学习单"
    dialog.close()


def test_a_sheet_that_cannot_be_written_says_why_and_leaves_nothing(qtbot, window, tmp_path, monkeypatch,
                                                                     dialog_calls):
    folder = tmp_path / "taken.pdf"
    folder.mkdir()
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *args: str(folder))
    window.study_tools.action_sheet_pdf.trigger()
    (title, message), = dialog_calls["errors"]
    assert title == "没有导出" and "这个名字已被一个文件夹占用" in message
    assert folder.is_dir() and list(folder.iterdir()) == []


def test_presentation_mode_leaves_the_sheet_and_recitation_alone(qtbot, window):
    window.set_personal_data_hidden(True)
    tools = window.study_tools
    assert not tools.action_sheet_pdf.isEnabled() and not tools.action_sheet_print.isEnabled()
    assert not tools.action_recite.isEnabled()
    window.set_personal_data_hidden(False)
    assert tools.action_sheet_pdf.isEnabled()
