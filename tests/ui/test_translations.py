"""Translations: the .ts files are complete and current, and the English interface shows no Chinese.

The source language is Chinese (zh_CN); resources/translations/ holds netmkt_zh_CN.ts and
netmkt_en.ts and their .qm files (packaging/update_translations.sh regenerates and compiles them).
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTableWidget,
    QTabWidget,
    QTextEdit,
    QWidget,
    QWizard,
)

from netmkt_desktop.errors import PlanFileError
from netmkt_desktop.paths import bundled_dir
from netmkt_desktop.plans import CareerPlan, TierGoal
from netmkt_desktop.tiers import Tier
from netmkt_desktop.ui import i18n

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "netmkt_desktop"
TRANSLATIONS = bundled_dir("resources") / "translations"
TS_FILES = {"zh_CN": TRANSLATIONS / "netmkt_zh_CN.ts", "en": TRANSLATIONS / "netmkt_en.ts"}
TODAY = date(2026, 11, 27)

CJK = re.compile(r"[\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%\d")
SHORTCUT = re.compile(r"\b(?:Ctrl|Alt|Shift)\+[\w+-]+|\bF\d{1,2}\b")
MNEMONIC = re.compile(r"&(?!&)\S")

# Chinese the English interface may still show: (objectName, what, full-text pattern, reason).
ALLOWED = [
    # The part of the title after " — " is the profile's name: personal data, shown as typed (the
    # first profile's name "默认" comes from store.DEFAULT_PROFILE_NAME).
    ("mainWindow", "windowTitle", re.compile(r"[^\u4e00-\u9fff]+ — .*"), "the profile's own name"),
    # A returned file's name ends in "_已批改" whatever the language (docs/plan-format.md).
    ("reviewStatusLabel", "text", re.compile(r"Reviewed: [^\u4e00-\u9fff]*_已批改\.netmkt-plan\.json"),
     "the returned file's name"),
]


# ---------------------------------------------------------------------------------------------
# .ts files


def read_ts(path: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [(context.findtext("name") or "", message)
            for context in root.iter("context") for message in context.iter("message")]


def ts_pairs(path: Path) -> set[tuple[str, str]]:
    return {(context, message.findtext("source") or "") for context, message in read_ts(path)}


@pytest.mark.parametrize("language", sorted(TS_FILES))
def test_every_entry_is_finished_and_keeps_placeholders(language):
    path = TS_FILES[language]
    assert path.is_file(), f"{path} is missing: run packaging/update_translations.sh"
    assert ET.parse(path).getroot().get("sourcelanguage") == "zh_CN"
    problems = []
    for context, message in read_ts(path):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        text = "" if translation is None else (translation.text or "")
        where = f"[{context}] {source!r}"
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{where}: not finished")
            continue
        if not text.strip():
            problems.append(f"{where}: empty translation")
            continue
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
            problems.append(f"{where}: placeholders differ in {text!r}")
        if sorted(SHORTCUT.findall(source)) != sorted(SHORTCUT.findall(text)):
            problems.append(f"{where}: shortcuts differ in {text!r}")
        if bool(MNEMONIC.search(source)) != bool(MNEMONIC.search(text)) or len(MNEMONIC.findall(text)) > 1:
            problems.append(f"{where}: mnemonic (&) not kept in {text!r}")
        if language == "zh_CN" and text != source:
            problems.append(f"{where}: the Chinese translation should be the source itself, not {text!r}")
        if language == "en" and CJK.search(text):
            problems.append(f"{where}: English translation has Chinese: {text!r}")
    assert problems == []


@pytest.mark.parametrize("language", sorted(TS_FILES))
def test_compiled_catalogs_match_their_ts(language):
    qm = TS_FILES[language].with_suffix(".qm")
    translator = QTranslator()
    assert translator.load(str(qm)), f"{qm} is missing: run packaging/update_translations.sh"
    stale = [(context, message.findtext("source")) for context, message in read_ts(TS_FILES[language])
             if translator.translate(context, message.findtext("source") or "") != message.findtext("translation")]
    assert stale == [], f"{qm} is older than its .ts: run packaging/update_translations.sh"


def test_both_languages_have_the_same_entries():
    assert ts_pairs(TS_FILES["zh_CN"]) == ts_pairs(TS_FILES["en"])


def _translatable_literals() -> list[tuple[str, str, str]]:
    """(context, source, where) of every literal given to tr / translate / QT_TRANSLATE_NOOP / N_."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))

        def visit(node, cls):
            if isinstance(node, ast.ClassDef):
                cls = node.name
            if isinstance(node, ast.Call):
                func, args = node.func, node.args
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                where = f"{path.relative_to(ROOT)}:{node.lineno}"
                if (name == "tr" and isinstance(func, ast.Attribute) and args
                        and isinstance(args[0], ast.Constant) and isinstance(args[0].value, str)):
                    found.append((cls or "", args[0].value, where))
                elif (name in ("translate", "QT_TRANSLATE_NOOP", "N_") and len(args) >= 2
                      and isinstance(args[1], ast.Constant) and isinstance(args[1].value, str)):
                    context = args[0].value if isinstance(args[0], ast.Constant) else "<not a literal>"
                    found.append((context, args[1].value, where))
            for child in ast.iter_child_nodes(node):
                visit(child, cls)

        visit(tree, None)
    return found


def test_every_marked_string_reaches_the_ts_files():
    """lupdate misses some calls silently (inside f-strings, a context held in a variable, or
    ``other.tr()`` whose context is not the class around it): they must not occur."""
    have = ts_pairs(TS_FILES["en"])
    literals = _translatable_literals()
    assert len(literals) > 300
    missing = [f"{where}: [{context}] {source!r}" for context, source, where in literals if (context, source) not in have]
    assert missing == [], "not extracted by lupdate (or the .ts files are stale)"


def test_core_labels_are_marked():
    """Labels the core writes (tiers.py, the app's name) reach the .ts files in the context "core"."""
    from netmkt_desktop import APP_DISPLAY_NAME, render
    from netmkt_desktop.tiers import PROGRESSION, UNLISTED_TIER_NOTE, CompanySize, Tier, focus_texts

    assert render.TRANSLATION_CONTEXT == i18n.CORE_CONTEXT
    core = {source for context, source in ts_pairs(TS_FILES["en"]) if context == i18n.CORE_CONTEXT}
    labels = ({APP_DISPLAY_NAME} | {t.label for t in Tier} | {t.full_label for t in Tier}
              | {s.label for s in CompanySize} | set(PROGRESSION) | {UNLISTED_TIER_NOTE} | set(focus_texts()))
    assert labels <= core


def _lupdate_command() -> list[str] | None:
    found = shutil.which("pyside6-lupdate")
    if found:
        return [found]
    import PySide6

    if (Path(PySide6.__file__).parent / ("lupdate.exe" if sys.platform == "win32" else "lupdate")).is_file():
        return [sys.executable, "-c", "import sys; from PySide6.scripts.pyside_tool import lupdate; sys.exit(lupdate())"]
    return None


def test_ts_files_are_up_to_date(tmp_path):
    command = _lupdate_command()
    if command is None:
        pytest.skip("pyside6-lupdate is not installed (it comes with the PySide6 wheels)")
    sources = [str(p) for p in sorted(PACKAGE.rglob("*.py"))]
    fresh = tmp_path / "fresh_en.ts"
    result = subprocess.run([*command, "-silent", "-no-obsolete", "-locations", "none",
                             "-tr-function-alias", "QT_TRANSLATE_NOOP+=N_", "-source-language", "zh_CN",
                             "-target-language", "en", *sources, "-ts", str(fresh)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    now, committed = ts_pairs(fresh), ts_pairs(TS_FILES["en"])
    assert (sorted(now - committed), sorted(committed - now)) == ([], []), \
        "(new in the code, gone from the code): run packaging/update_translations.sh and translate"


# ---------------------------------------------------------------------------------------------
# choose_language, install_translators


@pytest.mark.parametrize("option, system, expected", [
    ("en", QLocale(QLocale.Language.Chinese, QLocale.Country.China), "en"),
    ("zh_CN", QLocale(QLocale.Language.English, QLocale.Country.UnitedStates), "zh_CN"),
    ("zh-CN", None, "zh_CN"),
    ("en_US", None, "en"),
    (None, QLocale(QLocale.Language.English, QLocale.Country.UnitedStates), "en"),
    (None, QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom), "en"),
    (None, QLocale(QLocale.Language.Chinese, QLocale.Country.China), "zh_CN"),
    (None, QLocale(QLocale.Language.Chinese, QLocale.Country.Taiwan), "zh_CN"),
    (None, QLocale(QLocale.Language.German, QLocale.Country.Germany), "zh_CN"),  # classrooms: Chinese
    (None, QLocale.c(), "zh_CN"),
    ("", QLocale(QLocale.Language.English), "en"),
])
def test_choose_language(option, system, expected):
    if system is None:
        system = QLocale(QLocale.Language.French)
    assert i18n.choose_language(option, system) == expected


def test_choose_language_refuses_an_unknown_option():
    with pytest.raises(ValueError, match="fr"):
        i18n.choose_language("fr")


def test_choose_language_without_a_locale_uses_the_system_one():
    assert i18n.choose_language(None) in i18n.LANGUAGES


@pytest.fixture
def translators(qapp):
    """Install translators for a language; all are removed after the test.

    Translators other tests left on the application (app.main() in tests/test_app.py installs Qt's
    Chinese one) are taken off meanwhile and put back afterwards.
    """
    others = qapp.findChildren(QTranslator)
    for translator in others:
        qapp.removeTranslator(translator)
    locale = QLocale()  # install_translators makes the interface's locale the default one
    installed = []

    def install(language: str):
        new = i18n.install_translators(qapp, language)
        installed.extend(new)
        return new

    yield install
    i18n.remove_translators(qapp, installed)
    for translator in others:
        qapp.installTranslator(translator)
    QLocale.setDefault(locale)


@pytest.mark.parametrize("language, ours, next_text, cancel", [
    ("zh_CN", "专员", "下一步", "取消"),
    ("en", "Specialist", "Next", "Cancel"),
])
def test_install_translators_covers_ours_and_qts(qtbot, translators, language, ours, next_text, cancel):
    loaded = translators(language)
    assert [Path(t.filePath()).name for t in loaded] == [f"netmkt_{language}.qm", f"qtbase_{language}.qm"]
    assert QLocale().language() == (QLocale.Language.English if language == "en" else QLocale.Language.Chinese)
    assert i18n.tier_label(Tier.SPECIALIST) == ours
    wizard = QWizard()  # Qt's own button texts come from qtbase_<language>.qm
    qtbot.addWidget(wizard)
    assert next_text in wizard.buttonText(QWizard.WizardButton.NextButton)
    assert wizard.buttonText(QWizard.WizardButton.CancelButton) == cancel


def test_qts_catalogue_is_found_where_a_bundle_keeps_it(translators, monkeypatch, tmp_path):
    """A bundled app whose Qt reports a translations folder without catalogues still finds
    qtbase_zh_CN.qm, in PySide6's own folder."""
    class EmptyQtFolder:
        LibraryPath = i18n.QLibraryInfo.LibraryPath

        @staticmethod
        def path(_which):
            return str(tmp_path)

    monkeypatch.setattr(i18n, "QLibraryInfo", EmptyQtFolder)
    assert i18n.qt_translation_dirs()[0] == str(tmp_path)
    loaded = translators("zh_CN")
    assert [Path(t.filePath()).name for t in loaded] == ["netmkt_zh_CN.qm", "qtbase_zh_CN.qm"]
    assert Path(loaded[1].filePath()).parent != tmp_path


def test_month_labels_match_the_core_in_chinese():
    """i18n.month_label stands in for TierGoal.target_label (core, no Qt) in the interface."""
    for year, month in ((2026, 1), (2030, 12), (1999, 7)):
        goal = TierGoal(Tier.MANAGER, year, month, "")
        assert i18n.goal_target_label(goal) == i18n.month_label(year, month) == goal.target_label


def test_translators_are_removed_after_a_test(qapp):
    """The fixture above leaves no translator behind: the interface is Chinese again."""
    assert i18n.tier_label(Tier.SPECIALIST) == "专员"


# ---------------------------------------------------------------------------------------------
# The English interface


def content_texts(content) -> list[str]:
    """Texts from the content (they stay in the language they were written in), longest first:
    node titles and headings, and paragraphs quoted from the body."""
    texts = set()
    for node in content.nodes.values():
        texts.update(t for t in (node.title, node.heading) if t)
        for block in node.body:  # e.g. the wizard's first page quotes the survey
            texts.update(t for t in (block.text, *block.items) if t)
    return sorted(texts, key=len, reverse=True)


def widget_texts(widget: QWidget) -> list[tuple[str, str]]:
    """(what, text) pairs a person can see or hear on ``widget``."""
    out = []

    def add(what: str, text: str | None) -> None:
        if text:
            out.append((what, text))

    if widget.isWindow() or isinstance(widget, (QMenu,)) or widget.windowTitle():
        add("windowTitle", widget.windowTitle())
    add("toolTip", widget.toolTip())
    add("accessibleName", widget.accessibleName())
    if isinstance(widget, QLabel):
        add("text", widget.text())
    if isinstance(widget, QAbstractButton):
        add("text", widget.text())
    if isinstance(widget, QGroupBox):
        add("title", widget.title())
    if isinstance(widget, QMenu):
        add("title", widget.title())
    if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
        add("placeholderText", widget.placeholderText())
    if isinstance(widget, QAbstractSpinBox):
        add("text", widget.text())
        add("specialValueText", widget.specialValueText())
    if isinstance(widget, QTabWidget):
        for i in range(widget.count()):
            add(f"tabText[{i}]", widget.tabText(i))
            add(f"tabToolTip[{i}]", widget.tabToolTip(i))
    if isinstance(widget, QTabBar):
        for i in range(widget.count()):
            add(f"tabText[{i}]", widget.tabText(i))
    if isinstance(widget, QTableWidget):
        for column in range(widget.columnCount()):
            item = widget.horizontalHeaderItem(column)
            add(f"header[{column}]", item.text() if item else "")
    if isinstance(widget, QComboBox):
        for i in range(widget.count()):
            add(f"item[{i}]", widget.itemText(i))
    if isinstance(widget, QWizard):
        for button in QWizard.WizardButton:
            if button.value <= QWizard.WizardButton.CustomButton3.value:
                add(f"buttonText[{button.name}]", widget.buttonText(button))
        page = widget.currentPage()
        if page is not None:
            add("page.title", page.title())
            add("page.subTitle", page.subTitle())
    return out


def action_texts(action: QAction) -> list[tuple[str, str]]:
    return [(what, text) for what, text in (("text", action.text()), ("toolTip", action.toolTip()),
                                            ("statusTip", action.statusTip())) if text]


def chinese_left(text: str, content: list[str]) -> str:
    """``text`` without the content titles in it; "" if no Chinese remains."""
    for title in content:
        if title in text:
            text = text.replace(title, "")
    return text if CJK.search(text) else ""


def allowed(name: str, what: str, text: str) -> bool:
    return any(name == n and what == w and pattern.fullmatch(text) for n, w, pattern, _reason in ALLOWED)


def untranslated(top: QWidget, content: list[str]) -> list[str]:
    found = []
    widgets = [top, *top.findChildren(QWidget)]
    for widget in widgets:
        name = widget.objectName() or type(widget).__name__
        for what, text in widget_texts(widget):
            if chinese_left(text, content) and not allowed(name, what, text):
                found.append(f"{type(widget).__name__} {name!r} {what}: {text!r}")
    for action in top.findChildren(QAction):
        for what, text in action_texts(action):
            if chinese_left(text, content):
                found.append(f"QAction {action.objectName()!r} {what}: {text!r}")
    return found


@pytest.fixture
def english(translators):
    translators("en")


def test_main_window_in_english_shows_no_chinese_but_content(qtbot, content, tmp_path, english):
    from netmkt_desktop.storage.store import Store
    from netmkt_desktop.ui.main_window import MainWindow

    titles = content_texts(content)
    window = MainWindow(content, QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    found = untranslated(window, titles)

    store = Store.open(tmp_path / "data")  # the study tools and 我的规划 come with the personal data
    try:
        window.session.attach_store(store)
        found += untranslated(window, titles)
        plan = CareerPlan(title="My plan", position_id="pos.ecommerce_host", headcount=1200,
                          goals=[TierGoal(Tier.SPECIALIST, 2027, 7, "-", date(2027, 7, 1)),
                                 TierGoal(Tier.SUPERVISOR, 2029, 7, "-")])
        window.plans_view.select_plan(store.profile(window.session.profile_id).plans.save(plan).id)
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            found += untranslated(window, titles)
    finally:
        window.save_state()
        store.close()
    assert sorted(set(found)) == []


def test_plan_wizard_in_english_shows_no_chinese_but_content(qtbot, content, english, dialog_calls):
    from netmkt_desktop.ui.plan_wizard import PageId, PlanWizard

    titles = content_texts(content)
    wizard = PlanWizard(content, lambda plan: plan, today=TODAY)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    found = untranslated(wizard, titles)
    wizard.intro_page.title_edit.setText("My plan")
    wizard.next()
    wizard.position_page.position_combo.setCurrentIndex(1)
    wizard.next()
    for headcount, little in ((1000, False), (600, False), (100, False), (100, True), (1200, False)):
        wizard.company_page.headcount.setValue(headcount)
        wizard.company_page.little.setChecked(little)
        found += untranslated(wizard, titles)
    for page in (PageId.STANDING, PageId.GOALS, PageId.SUMMARY):
        wizard.next()
        assert wizard.currentId() == page, wizard.currentPage().problem_label.text()
        found += untranslated(wizard, titles)
    wizard.done(0)
    assert sorted(set(found)) == []


def test_class_view_in_english_shows_no_chinese_but_content(qtbot, content, tmp_path, english):
    """班级汇总 with students whose details are in English: every label, tab, button and message is too."""
    from datetime import datetime, timezone

    from netmkt_desktop.handin import Grade, StudentDetails, build_handin, new_plan_id, read_returned
    from netmkt_desktop.ui.class_view import ClassView

    folder = tmp_path / "class"
    folder.mkdir()
    plan = CareerPlan(title="My plan", position_id="pos.ecommerce_host", headcount=1200,
                      goals=[TierGoal(Tier.SUPERVISOR, 2029, 7, "-")])
    when = datetime(2026, 11, 27, tzinfo=timezone.utc)
    for number, name in (("1", "Wang Wu"), ("2", "Li Si")):
        (folder / f"{name}.netmkt-plan.json").write_bytes(
            build_handin(plan, StudentDetails("Class A", number, name), new_plan_id(), 1, handed_in_at=when))
    (folder / "broken.json").write_bytes(b"{")
    titles = content_texts(content)
    view = ClassView(content)
    qtbot.addWidget(view)
    view.open_folder(folder)
    view.show()
    qtbot.waitExposed(view)
    found = untranslated(view, titles)
    view.table.selectRow(0)
    view.review.comment_edit.setPlainText("Well done")
    view.review.grade_combo.setCurrentIndex(view.review.grade_combo.findData(Grade.GOOD.value))
    assert view.save_review()
    assert read_returned(next(folder.glob("*_*")).read_bytes()).review.comment == "Well done"
    for index in range(view.tabs.count()):
        view.tabs.setCurrentIndex(index)
        found += untranslated(view, titles)
    header = [view.proxy.headerData(c, Qt.Orientation.Horizontal) for c in range(view.proxy.columnCount())]
    cells = [view.proxy.index(0, c).data() or "" for c in range(view.proxy.columnCount())]
    found += [f"table: {text!r}" for text in header + cells[:-1] if chinese_left(text, titles)]  # the last: a file name
    found += [f"chart: {v.accessibleDescription()!r}" for v in view.charts.views
              if chinese_left(v.accessibleDescription(), titles)]
    assert sorted(set(found)) == []


def test_the_walk_finds_chinese_in_english_mode(qtbot, content, english):
    """The walk above really looks: a label made without tr() is reported."""
    box = QWidget()
    qtbot.addWidget(box)
    QLabel("没有翻译", box)
    QLabel(content_texts(content)[-1], box)  # content is fine
    assert [line for line in untranslated(box, content_texts(content)) if "没有翻译" in line]
    assert len(untranslated(box, content_texts(content))) == 1


def test_application_is_left_in_chinese():
    assert QApplication.translate("PlanWizard", "取消") == "取消"


# ---------------------------------------------------------------------------------------------
# Messages made in the core (no Qt there) follow the interface language


def test_core_messages_are_english_in_the_english_interface(tmp_path, english):
    from netmkt_desktop.errors import ProfileNameError, StoreWriteError
    from netmkt_desktop.plans import check_plan, plan_from_json
    from netmkt_desktop.storage.opening import open_store_safely
    from netmkt_desktop.storage.store import Store

    store = Store.open(tmp_path / "data")
    locked = store.profiles.create("有 PIN 的档案", pin="2468")
    with pytest.raises(ProfileNameError) as taken:
        store.profiles.create("有 PIN 的档案")
    wrong_pin = store.profiles.check_pin(locked.id, "1111")
    store.close()
    with pytest.raises(StoreWriteError) as closed:
        store.profiles.all()
    with pytest.raises(PlanFileError) as bad_file:
        plan_from_json(b'{"format": "netmkt-career-plan", "format_version": 1, "plan": {"title": 5}}')
    (tmp_path / "other" / "netmkt.sqlite3").parent.mkdir()
    (tmp_path / "other" / "netmkt.sqlite3").write_bytes(b"not a database at all" * 10)
    damaged = open_store_safely(tmp_path / "other")
    messages = {
        "name taken": str(taken.value), "wrong PIN": wrong_pin.message, "closed": str(closed.value),
        "plan file": str(bad_file.value), "damaged file": damaged.message,
        "plan rules": "\n".join(check_plan(CareerPlan(title="", position_id="", goals=[TierGoal(Tier.DIRECTOR, 2020, 13)]))),
    }
    assert messages["closed"] == "Reading the profiles was not completed: the personal data file is closed."
    assert messages["wrong PIN"].startswith("Wrong PIN")
    assert "Director" in messages["plan rules"] and "Please choose a target position." in messages["plan rules"]
    for what, text in messages.items():
        shown = text.replace("有 PIN 的档案", "")  # the profile's own name is shown as typed
        assert text and not CJK.search(shown.replace(str(tmp_path), "")), f"{what}: {text!r}"


def test_core_messages_are_chinese_by_default(tmp_path):
    from netmkt_desktop.plans import check_plan

    assert check_plan(CareerPlan(title="", position_id=""))[:2] == ["请填写规划标题。", "请选择目标岗位。"]
