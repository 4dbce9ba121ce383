"""A read-only data folder (write-protected USB stick, locked-down lab PC): read-only mode or a clear
message naming the folder, never a traceback, and the files are not touched."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys

import pytest

from netmkt_desktop import app
from netmkt_desktop.errors import StoreWriteError
from netmkt_desktop.paths import DATABASE_NAME, DataFolder
from netmkt_desktop.plans import CareerPlan
from netmkt_desktop.storage.opening import open_store_safely
from netmkt_desktop.storage.store import Store
from netmkt_desktop.ui import dialogs


def files_of(folder):
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


@pytest.fixture
def read_only_data(small_disk, tmp_path):
    """A data folder with two plans on a tmpfs remounted read-only; the last plan only in the -wal file."""
    disk = small_disk("4m")
    source = tmp_path / "source"
    store = Store.open(source)
    profile = store.profiles.default().id
    store.profile(profile).plans.save(CareerPlan(title="只读盘上的规划", position_id="pos.ecommerce_host"))
    store.close()
    store = Store.open(source)
    store.profile(profile).plans.save(CareerPlan(title="还在 WAL 里的规划", position_id="pos.ecommerce_host"))
    data = disk.path / "data"
    # as a power cut would leave them: the WAL not checkpointed
    shutil.copytree(source, data, ignore=shutil.ignore_patterns("*-shm"))
    assert (DataFolder(data).profile(profile).root / f"{DATABASE_NAME}-wal").stat().st_size > 0
    store.close()
    disk.remount("ro")
    return data


def test_open_safely_gives_read_only_mode_naming_the_folder(read_only_data):
    before = files_of(read_only_data)
    result = open_store_safely(read_only_data)
    assert result.store is None and result.read_only and result.problem == "read_only"
    assert str(read_only_data) in result.message and "--data-dir" in result.message and "只读" in result.message
    assert files_of(read_only_data) == before


def test_a_missing_folder_on_a_read_only_disk(read_only_data):
    result = open_store_safely(read_only_data / "新文件夹")
    assert result.read_only and str(read_only_data / "新文件夹") in result.message


def test_store_open_raises_only_store_write_error(read_only_data):
    with pytest.raises(StoreWriteError) as info:
        Store.open(read_only_data)
    assert str(read_only_data) in str(info.value)


def test_the_app_starts_for_browsing_without_a_traceback(read_only_data, tmp_path):
    """A write-protected stick: the window opens (it used to end the start with exit code 2)."""
    before = files_of(read_only_data)
    environ = dict(os.environ, QT_QPA_PLATFORM="offscreen", **{app.ENV_EXIT_AFTER_FIRST_PAINT: "1"})
    environ.pop("NETMKT_DATA_DIR", None)
    started = subprocess.run([sys.executable, "-m", "netmkt_desktop", "--data-dir", str(read_only_data)],
                             cwd=tmp_path, env=environ, capture_output=True, text=True, timeout=60)
    assert started.returncode == 0 and "Traceback" not in started.stderr, started.stderr
    assert "first_paint_epoch=" in started.stdout
    assert files_of(read_only_data) == before


def test_a_missing_folder_that_cannot_be_made_still_ends_the_start_with_a_message(read_only_data, monkeypatch):
    shown = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: shown.append((title, text)))
    missing = read_only_data / "新文件夹"
    assert app.main(["--data-dir", str(missing)]) == 2
    (title, text), = shown
    assert "数据文件夹" in title and str(missing) in text and "--data-dir" in text


def test_students_browse_quiz_and_search_and_are_told_why_nothing_saves(read_only_data, qtbot, content, monkeypatch):
    from PySide6.QtCore import QSettings

    from netmkt_desktop.ui.main_window import MainWindow

    shown = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: shown.append((title, text)))
    before = files_of(read_only_data)
    window = MainWindow(content, QSettings(str(read_only_data.parent.parent / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    app.open_personal_data(window, read_only_data)
    (_title, text), = shown
    assert str(read_only_data) in text
    assert window.guest_banner.isVisible() and "只读" in window.guest_banner.text()
    assert "不会保存" in window.statusBar().currentMessage()
    for node_id in list(content.nodes)[:20]:  # browsing works
        window.select_node(node_id)
        assert window.current_node_id() == node_id
    window.action_new_plan.trigger()  # a saving action says why it is off
    assert shown[-1][0] == "无法制订规划" and "无法保存" in shown[-1][1]
    assert files_of(read_only_data) == before


def test_opening_personal_data_after_the_first_paint_reports_to_the_window(read_only_data, qapp):
    from PySide6.QtCore import QObject

    from netmkt_desktop.ui.session import Session

    class Window(QObject):
        """What the session asks of the main window when the data does not open."""

        personal_data_hidden = False

        def __init__(self):
            super().__init__()
            self.failed: list[str] = []
            self.opened = False
            self.session = Session(self)

        def store_failed(self, message, read_only=False):
            self.failed.append(message)
            self.read_only = read_only

        def personal_data_opened(self):
            self.opened = True

    window = Window()
    app.open_personal_data(window, read_only_data)
    assert not window.opened and window.session.store is None
    (message,) = window.failed
    assert str(read_only_data) in message
    assert window.read_only


def test_the_plans_are_still_there_when_the_disk_is_writable_again(read_only_data, tmp_path):
    copy = tmp_path / "copy"
    shutil.copytree(read_only_data, copy)
    conn = sqlite3.connect(str(DataFolder(copy).profile(1).database))
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert sorted(r[0] for r in conn.execute("SELECT title FROM plans")) == ["只读盘上的规划", "还在 WAL 里的规划"]
    finally:
        conn.close()


def test_a_quiz_and_a_search_work_through_their_widgets_on_a_read_only_folder(read_only_data, qtbot, content,
                                                                               monkeypatch, type_text):
    """Nothing can be saved, yet the student takes a whole quiz (自测) and searches the textbook."""
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtWidgets import QWidget

    from netmkt_desktop.quiz import check_answer
    from netmkt_desktop.ui.main_window import MainWindow
    from netmkt_desktop.ui.navigator import NODE_ID_ROLE

    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: None)
    before = files_of(read_only_data)
    window = MainWindow(content, QSettings(str(read_only_data.parent.parent / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.resize(1024, 768)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    app.open_personal_data(window, read_only_data)
    assert window.session.store is None

    def click(widget):
        assert widget.isVisible() and widget.isEnabled(), widget.objectName()
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.rect().center())

    # search: Ctrl+F, type as an input method does, the tree keeps the matches and their parents
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search_field.hasFocus()
    type_text(window.search_field, "直播")
    model, shown = window.proxy, []
    stack = [model.index(r, 0) for r in range(model.rowCount())]
    while stack:
        index = stack.pop()
        shown.append(index.data(NODE_ID_ROLE))
        stack.extend(model.index(r, 0, index) for r in range(model.rowCount(index)))
    assert "wt.live_seller" in shown and "pos.marketing_planning" not in shown
    window.search_field.clear()

    # the quiz: Ctrl+T, 开始自测, ten questions answered right with the widgets, the score shown
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    view = window.findChild(QWidget, "quizView")
    assert view is not None and view.isVisible()
    click(view.start_button)
    for _n in range(len(view.questions)):
        q = view.current_question()
        if q.kind == "order":
            lst = view.order_list
            for target, option in enumerate(q.answer):
                row = next(r for r in range(lst.count()) if lst.item(r).data(Qt.ItemDataRole.UserRole + 1) == option)
                lst.setCurrentRow(row)
                for _ in range(row - target):
                    click(view.move_up_button)
        elif q.kind == "choice":
            click(view.option_buttons[q.answer[0]])
        else:
            for i in q.answer:
                click(view.option_labels[i])
        assert check_answer(q, view.chosen())
        click(view.submit_button)
        assert view.feedback_title.text() == "✓ 回答正确!"
        click(view.next_button)
    total = len(view.questions)
    assert total > 0 and view.score_label.text() == f"得分:{total}/{total}"
    assert files_of(read_only_data) == before  # nothing written
