"""No two Alt+letter mnemonics clash in any window or dialog the app opens (issue 15).

A mnemonic (the letter after "&" in 提交(&S)) is a window-wide shortcut: two that can show at the
same time make Alt+letter do one of them at random, and a button's mnemonic that equals a menu's
steals Alt+S from the 学习(S) menu.  The walk below finds every mnemonic of a window: its menu bar,
each menu (letters need only differ within one menu), and its buttons, labels, group boxes and
tabs, which clash when they can be on screen together: not on different pages of one stacked
widget, tab widget or wizard.
"""

from __future__ import annotations

import re
from datetime import date

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QMenu,
    QMenuBar,
    QStackedWidget,
    QTabBar,
    QWidget,
    QWizardPage,
)

from netmkt_desktop.ui.main_window import MainWindow

_MNEMONIC = re.compile(r"&([^&\s])")


def mnemonic(text: str) -> str | None:
    found = _MNEMONIC.search((text or "").replace("&&", ""))
    return found.group(1).upper() if found else None


def pages(widget: QWidget) -> dict[int, int]:
    """{stack id: page} for every stacked widget or wizard the widget sits on a page of."""
    found, child, parent = {}, widget, widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QStackedWidget):
            found[id(parent)] = parent.indexOf(child)
        if isinstance(child, QWizardPage) and parent.window() is not None:
            found[id(parent.window())] = id(child)
        child, parent = parent, parent.parentWidget()
    return found


def together(a: dict[int, int], b: dict[int, int]) -> bool:
    return all(a[k] == b[k] for k in a.keys() & b.keys())


def widget_mnemonics(window: QWidget) -> list[tuple[str, str, dict[int, int]]]:
    """(letter, what, pages) of every button, label with a buddy, group box and tab in ``window``."""
    found = []
    for widget in window.findChildren(QWidget):
        if widget.window() is not window:
            continue
        texts = []
        if isinstance(widget, QAbstractButton) and not isinstance(widget.parentWidget(), QTabBar):
            texts.append(widget.text())
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabBar):
            texts.extend(widget.tabText(i) for i in range(widget.count()))
        for text in texts:
            letter = mnemonic(text)
            if letter:
                found.append((letter, f"{type(widget).__name__} {text!r}", pages(widget)))
    return found


def clashes(window: QWidget) -> list[str]:
    problems = []
    bar = window.findChild(QMenuBar)
    menu_letters: dict[str, str] = {}
    if bar is not None and bar.window() is window:
        for action in bar.actions():
            letter = mnemonic(action.text())
            if letter in menu_letters:
                problems.append(f"menu bar: {action.text()!r} and {menu_letters[letter]!r}")
            if letter:
                menu_letters[letter] = action.text()
    for menu in window.findChildren(QMenu):
        seen: dict[str, str] = {}
        for action in menu.actions():
            letter = mnemonic(action.text())
            if letter and letter in seen:
                problems.append(f"menu {menu.title()!r}: {action.text()!r} and {seen[letter]!r}")
            if letter:
                seen[letter] = action.text()
    found = widget_mnemonics(window)
    for i, (letter, what, where) in enumerate(found):
        if letter in menu_letters:
            problems.append(f"{what} and the menu {menu_letters[letter]!r}")
        for other_letter, other, other_where in found[i + 1:]:
            if letter == other_letter and together(where, other_where):
                problems.append(f"{what} and {other}")
    return problems


@pytest.fixture
def window(qtbot, content, tmp_path):
    from netmkt_desktop.storage.store import Store

    store = Store.open(tmp_path / "data")
    win = MainWindow(content, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(win)
    win.session.attach_store(store)
    win.show()
    yield win
    win.close()
    store.close()


def test_the_main_window_with_every_tab_and_quiz_page(qtbot, window):
    quiz = window.study_tools.quiz_view
    quiz.start(seed=7)
    while quiz.current_question() is not None and quiz.current_question().kind != "order":
        quiz.next_question() if quiz.submitted else (quiz.option_buttons[0].click(), quiz.submit())
    assert clashes(window) == []


def test_the_quiz_buttons_leave_alt_s_to_the_study_menu(qtbot, window):
    quiz = window.study_tools.quiz_view
    quiz.start(seed=1)
    letters = {mnemonic(b.text()) for b in (quiz.submit_button, quiz.start_button, quiz.view_node_button)}
    assert "S" not in letters and "V" not in letters  # 学习(S), 查看(V)


def test_every_dialog(qtbot, window, content):
    from netmkt_desktop.packs import PackLibrary
    from netmkt_desktop.ui.backup_dialog import BackupDialog
    from netmkt_desktop.ui.backup_sources import ProfileBackupSource
    from netmkt_desktop.ui.guard_dialog import PIN, GuardDialog
    from netmkt_desktop.ui.packs_dialog import PacksDialog
    from netmkt_desktop.ui.plan_wizard import PlanWizard
    from netmkt_desktop.ui.profile_dialog import ProfileDialog, ProfileFormDialog
    from netmkt_desktop.ui.shortcuts_dialog import ShortcutsDialog
    from netmkt_desktop.ui.teacher_dialog import TeacherDialog, TeacherPasswordForm

    dialogs = [
        ShortcutsDialog(window),
        ProfileDialog(window.session.store.profiles, window.session.profile_id, window),
        BackupDialog(ProfileBackupSource(window.session.store, window.session.data.profile(), back_up=lambda: None),
                     window),
        TeacherDialog(window.session.store, window.session, window),
        GuardDialog("确认", "要这样做吗?", lambda _secret: True, secret=PIN, parent=window),
        PacksDialog(PackLibrary(window.data_dir, content), [], window),
        PlanWizard(content, lambda plan: plan, today=date(2026, 9, 1), parent=window),
        *(ProfileFormDialog(mode, lambda _form: True, None, window)
          for mode in (ProfileFormDialog.CREATE, ProfileFormDialog.DELETE)),
        *(TeacherPasswordForm(mode, window.session.store, window)
          for mode in (TeacherPasswordForm.SET, TeacherPasswordForm.CHANGE)),
    ]
    problems = []
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        problems += [f"{type(dialog).__name__}: {p}" for p in clashes(dialog)]
    assert problems == []


def test_the_class_view_window(qtbot, content, tmp_path):
    from netmkt_desktop.ui.class_view import ClassView

    view = ClassView(content, QSettings(str(tmp_path / "class.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(view)
    assert clashes(view) == []
