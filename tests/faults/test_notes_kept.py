"""Notes never shrink and never vanish without a word.

* One limit (20,000 characters, ``NOTE_TEXT_LIMIT``) for the profile data file, the editor and the
  store: a 20,000-character note imported from another PC is read, typed at and saved whole (the
  editor cut it to 5,000 at the first key and autosaved that).  Past the limit only what was just
  typed is cut back, and a note longer than the limit (written by another program) stays whole.
* Closing the window or switching profile while a note cannot be saved (a full disk) asks: save
  again, copy to the clipboard, or let it go; or stay.  Before, the note was dropped silently.
"""

from __future__ import annotations

import json
import sqlite3

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from sqlalchemy import event, text

from netmkt_desktop.ui import dialogs
from netmkt_desktop.ui.main_window import MainWindow
from netmkt_desktop.validation import NOTE_TEXT_LIMIT

NODE = "wt.live_seller"


def disk_full(conn, cursor, statement, parameters, context, executemany):
    """A write that fails as on a full USB stick (SQLite's SQLITE_FULL)."""
    if statement.lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE")):
        exc = sqlite3.OperationalError("database or disk is full")
        exc.sqlite_errorcode = sqlite3.SQLITE_FULL
        raise exc


def notes_full(conn, cursor, statement, parameters, context, executemany):
    """Only notes fail to save (the rest of the switch, e.g. marking the profile used, still works)."""
    if statement.lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE")) and "notes" in statement:
        exc = sqlite3.OperationalError("database or disk is full")
        exc.sqlite_errorcode = sqlite3.SQLITE_FULL
        raise exc


@pytest.fixture
def asked(monkeypatch):
    """dialogs.ask_choice answered from a list; every question is recorded."""
    record = {"questions": [], "answers": []}

    def ask_choice(parent, title, text, choices, escape):
        record["questions"].append((title, text, [key for key, _label in choices]))
        return record["answers"].pop(0) if record["answers"] else escape

    monkeypatch.setattr(dialogs, "ask_choice", ask_choice, raising=False)
    monkeypatch.setattr(dialogs, "show_error", lambda *a: record.setdefault("errors", []).append(a[1:]))
    monkeypatch.setattr(dialogs, "show_info", lambda *a: None)
    monkeypatch.setattr(dialogs, "confirm", lambda *a: True)
    return record


@pytest.fixture
def window(qtbot, content, tmp_path, asked):
    win = MainWindow(content, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(win)
    win.resize(1024, 768)
    win.show()
    qtbot.waitExposed(win)
    win.session.open_folder(tmp_path / "data")
    assert win.session.data is not None
    yield win
    if win.session.store is not None:
        win.session.close()


def editor_of(window):
    return window.study_tools.notes_editor


def engine_of(window):
    return window.session.data.study._db.engine


def import_profile_with_note(window, tmp_path, monkeypatch, note: str) -> int:
    path = tmp_path / "长笔记.netmkt-data.json"
    path.write_text(json.dumps({
        "format": "netmkt-profile-data", "format_version": 1, "exported_at": "2026-03-01T08:00:00Z",
        "profile": {"name": "王五"}, "notes": [{"node_id": NODE, "text": note, "updated_at": "2026-03-01T08:00:00"}],
    }, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr(dialogs, "ask_open_path", lambda *a: str(path))
    window.session.import_data()
    return window.session.profile_id


def test_a_20000_character_note_is_read_typed_at_and_saved_whole(qtbot, window, tmp_path, monkeypatch, type_text):
    note = ("直播运营要会复盘。" * 2300)[:NOTE_TEXT_LIMIT - 1] + "尾"
    assert len(note) == NOTE_TEXT_LIMIT
    import_profile_with_note(window, tmp_path, monkeypatch, note)
    window.select_node(NODE)
    editor = editor_of(window)
    assert editor.text() == note
    editor.edit.setFocus()
    qtbot.keyClick(editor.edit, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor.edit, "x")  # one key at the end of a full note: nothing else changes
    assert editor.text() == note
    assert editor.flush() and window.session.data.study.note(NODE) == note
    qtbot.keyClick(editor.edit, Qt.Key.Key_Backspace)
    type_text(editor.edit, "好")
    assert editor.text() == note[:-1] + "好"
    qtbot.waitUntil(lambda: window.session.data.study.note(NODE) == note[:-1] + "好", timeout=3000)
    # a paste in the middle keeps what fits of it, and all that was there
    cursor = editor.edit.textCursor()
    cursor.setPosition(100)
    for _ in range(30):
        cursor.deletePreviousChar()
    editor.edit.setTextCursor(cursor)
    editor.edit.insertPlainText("粘贴" * 50)
    kept = editor.text()
    assert len(kept) == NOTE_TEXT_LIMIT
    assert kept == note[:70] + ("粘贴" * 50)[:30] + note[100:-1] + "好"
    assert editor.flush() and window.session.data.study.note(NODE) == kept
    assert editor.counter_label.text() == f"{NOTE_TEXT_LIMIT}/{NOTE_TEXT_LIMIT}"


def test_a_note_longer_than_the_limit_stays_whole(qtbot, window, type_text):
    data = window.session.data
    data.study.save_note(NODE, "旧")
    longer = "别的程序写的很长的笔记。" * 1700  # 20,400 characters
    with engine_of(window).begin() as conn:
        conn.execute(text("UPDATE notes SET text = :t WHERE node_id = :n"), {"t": longer, "n": NODE})
    window.select_node(NODE)
    editor = editor_of(window)
    assert editor.text() == longer
    editor.edit.setFocus()
    qtbot.keyClick(editor.edit, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    type_text(editor.edit, "再写一句")
    assert editor.text() == longer  # the new words do not fit; the old ones stay
    assert not editor.flush() and data.study.note(NODE) == longer  # the store refuses it whole, says why
    assert str(NOTE_TEXT_LIMIT) in editor.status_label.text()
    cursor = editor.edit.textCursor()
    cursor.setPosition(len(longer) - 450, cursor.MoveMode.KeepAnchor)
    cursor.removeSelectedText()  # shortened below the limit by the student: now it saves
    assert editor.flush() and data.study.note(NODE) == longer[:-450]


def test_closing_with_a_note_that_cannot_be_saved_asks_and_never_drops_it(qtbot, window, asked, type_text):
    window.select_node(NODE)
    editor = editor_of(window)
    event.listen(engine_of(window), "before_cursor_execute", disk_full)
    editor.edit.setFocus()
    type_text(editor.edit, "满盘时写的笔记")
    asked["answers"] = ["stay"]
    window.close()
    assert window.isVisible() and editor.text() == "满盘时写的笔记" and editor.has_unsaved
    (title, question, keys), = asked["questions"]
    assert "没有保存" in title and "磁盘空间已满" in question
    assert keys == ["retry", "copy", "discard", "stay"]
    asked["answers"] = ["retry", "copy"]  # the disk is still full: asked again, then copied
    window.close()
    assert not window.isVisible() and len(asked["questions"]) == 3
    assert "满盘时写的笔记" in QGuiApplication.clipboard().text() and "直播销售员" in QGuiApplication.clipboard().text()


def test_saving_again_once_there_is_room_keeps_the_note(qtbot, window, asked, type_text):
    window.select_node(NODE)
    editor = editor_of(window)
    engine = engine_of(window)
    event.listen(engine, "before_cursor_execute", disk_full)
    type_text(editor.edit, "腾出空间后保存")

    def free_space_then_retry(parent, title, text_, choices, escape):
        asked["questions"].append(title)
        event.remove(engine, "before_cursor_execute", disk_full)
        return "retry"

    dialogs.ask_choice = free_space_then_retry
    window.close()
    assert not window.isVisible() and len(asked["questions"]) == 1
    assert window.session.data.study.note(NODE) == "腾出空间后保存"


def test_switching_profile_with_a_note_that_cannot_be_saved_asks(qtbot, window, asked, type_text):
    store = window.session.store
    first = window.session.profile_id
    second = store.profiles.create("李四").id
    window.select_node(NODE)
    editor = editor_of(window)
    event.listen(engine_of(window), "before_cursor_execute", notes_full)
    type_text(editor.edit, "甲的笔记")
    asked["answers"] = ["stay"]
    window.session.use_profile(second)
    assert window.session.profile_id == first and editor.text() == "甲的笔记"
    asked["answers"] = ["discard"]
    window.session.use_profile(second)
    assert window.session.profile_id == second and editor.text() == ""
    assert len(asked["questions"]) == 2
    assert store.profile(second).study.notes() == {}  # never saved into the other profile
