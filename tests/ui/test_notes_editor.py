import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget
from sqlalchemy import event

from netmkt_desktop.ui.notes_editor import AUTOSAVE_MS, MAX_NOTE_CHARS, NotesEditor


@pytest.fixture
def window(qtbot, study_data):
    """The editor inside a top-level window, shown (as in the main window)."""
    win = QWidget()
    qtbot.addWidget(win)
    editor = NotesEditor(study_data.study)
    QVBoxLayout(win).addWidget(editor)
    win.resize(500, 300)
    win.show()
    qtbot.waitExposed(win)
    return win, editor


def test_object_names_and_accessible_names(window):
    _win, editor = window
    assert editor.objectName() == "notesEditor" and editor.accessibleName() == "笔记"
    assert editor.edit.objectName() == "noteEdit" and editor.edit.accessibleName()
    assert not editor.edit.isEnabled()  # no node yet: nothing to type into


def test_autosave_after_typing_stops(qtbot, window, study_data, type_text):
    _win, editor = window
    editor.set_node("wt.live_seller")
    type_text(editor.edit, "直播要练口才")
    assert editor.status_label.text() == "正在输入…"
    assert editor.timer.isActive() and editor.timer.interval() == AUTOSAVE_MS
    assert study_data.study.note("wt.live_seller") == ""  # not yet: the student is still typing
    type_text(editor.edit, ",还要懂选品")  # each change restarts the timer
    assert editor.timer.isActive() and study_data.study.note("wt.live_seller") == ""
    qtbot.waitUntil(lambda: study_data.study.note("wt.live_seller") == "直播要练口才,还要懂选品", timeout=3000)
    assert editor.status_label.text() == "已保存" and not editor.status_label.font().bold()
    assert editor.counter_label.text() == f"12/{MAX_NOTE_CHARS}"
    assert not editor.has_unsaved


def test_closing_the_window_right_after_typing_saves(qtbot, window, study_data, type_text):
    win, editor = window
    editor.set_node("survey")
    type_text(editor.edit, "千人以上 4 个层级")
    qtbot.keyClicks(editor.edit, " ok")
    win.close()  # well before the 800 ms timer
    assert study_data.study.note("survey") == "千人以上 4 个层级 ok"
    assert not editor.timer.isActive()


def test_flush_saves_at_once(window, study_data, type_text):
    _win, editor = window
    editor.set_node("survey")
    type_text(editor.edit, "马上保存")
    assert editor.flush() is True
    assert study_data.study.note("survey") == "马上保存" and editor.status_label.text() == "已保存"


def test_switching_node_saves_the_previous_note_and_loads_the_next(window, study_data, type_text):
    _win, editor = window
    study_data.study.save_note("survey", "早就写好的笔记")
    editor.set_node("wt.live_seller")
    type_text(editor.edit, "直播销售员的笔记")
    editor.set_node("survey")
    assert study_data.study.note("wt.live_seller") == "直播销售员的笔记"
    assert editor.text() == "早就写好的笔记"
    editor.set_node("tier.director")
    assert editor.text() == "" and editor.status_label.text() == ""
    editor.set_node("wt.live_seller")
    assert editor.text() == "直播销售员的笔记"


def test_clearing_the_text_deletes_the_note(qtbot, window, study_data):
    _win, editor = window
    study_data.study.save_note("survey", "旧笔记")
    editor.set_node("survey")
    editor.edit.setFocus()
    qtbot.keyClick(editor.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor.edit, Qt.Key.Key_Delete)
    editor.flush()
    assert "survey" not in study_data.study.notes()


def disk_full(conn, cursor, statement, parameters, context, executemany):
    """A write that fails as on a full USB stick (SQLite's SQLITE_FULL)."""
    if statement.lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE")):
        exc = sqlite3.OperationalError("database or disk is full")
        exc.sqlite_errorcode = sqlite3.SQLITE_FULL
        raise exc


def test_a_failed_save_keeps_the_text_and_shows_why(qtbot, window, study_data, type_text):
    _win, editor = window
    editor.set_node("wt.live_seller")
    engine = study_data._db.engine  # the disk fills up under the store, in memory and in a file alike
    event.listen(engine, "before_cursor_execute", disk_full)
    type_text(editor.edit, "不能丢的笔记")
    qtbot.waitUntil(lambda: editor.status_label.font().bold(), timeout=3000)
    assert editor.status_label.text().startswith("笔记没有保存:保存笔记没有完成:磁盘空间已满")
    assert editor.text() == "不能丢的笔记" and editor.has_unsaved
    assert editor.flush() is False
    # moving to another node and back still shows the unsaved text
    editor.set_node("survey")
    editor.set_node("wt.live_seller")
    assert editor.text() == "不能丢的笔记" and editor.status_label.font().bold()
    # once saving works again, the next flush writes it
    event.remove(engine, "before_cursor_execute", disk_full)
    assert editor.flush() is True
    assert study_data.study.note("wt.live_seller") == "不能丢的笔记"
    assert editor.status_label.text() == "已保存" and not editor.status_label.font().bold()


def test_the_note_is_limited_to_the_one_note_limit(window, study_data, type_text):
    _win, editor = window
    editor.set_node("survey")
    type_text(editor.edit, "好" * (MAX_NOTE_CHARS - 2))
    type_text(editor.edit, "🚀🚀🚀🚀")  # characters outside the BMP count once, like the store counts them
    assert editor.text() == "好" * (MAX_NOTE_CHARS - 2) + "🚀🚀"
    assert editor.counter_label.text() == f"{MAX_NOTE_CHARS}/{MAX_NOTE_CHARS}" and editor.counter_label.font().bold()
    assert editor.flush() and study_data.study.note("survey") == editor.text()


def test_a_pasted_control_character_does_not_block_saving(window, study_data):
    _win, editor = window
    editor.set_node("survey")
    editor.edit.insertPlainText("第一行\x0b第二行\t制表")
    assert editor.flush() is True
    assert study_data.study.note("survey") == "第一行 第二行\t制表"
