"""Translations: the .ts files are complete and current, and the English interface shows no Chinese.

The source language is Chinese (zh_CN); resources/translations/ holds netmkt_zh_CN.ts and
netmkt_en.ts and their .qm files (packaging/update_translations.sh regenerates and compiles them).
"""

from __future__ import annotations

import ast
import functools
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QAbstractTableModel, QDate, QEvent, QLocale, QModelIndex, QSettings, Qt, QTranslator
from PySide6.QtGui import QAction, QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QPlainTextEdit,
    QProgressBar,
    QStatusBar,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
    QWizard,
)

from netmkt_desktop.content import NodeKind, Origin, load_content, numbered, own_words, seed_path
from netmkt_desktop.errors import PlanFileError
from netmkt_desktop.paths import bundled_dir
from netmkt_desktop.plans import CareerPlan, TierGoal, plan_to_json
from netmkt_desktop.tiers import Tier
from netmkt_desktop.ui import dialogs, i18n

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "netmkt_desktop"
TRANSLATIONS = bundled_dir("resources") / "translations"
TS_FILES = {"zh_CN": TRANSLATIONS / "netmkt_zh_CN.ts", "en": TRANSLATIONS / "netmkt_en.ts"}
TODAY = date(2026, 11, 27)

CJK = re.compile(r"[\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%\d")
SHORTCUT = re.compile(r"\b(?:Ctrl|Alt|Shift)\+[\w+-]+|\bF\d{1,2}\b")
MNEMONIC = re.compile(r"&(?!&)\S")

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
        if language == "en" and CJK.search(text) and not (context == "seed" and quotes_only(text)):
            problems.append(f"{where}: English translation has Chinese: {text!r}")
    assert problems == []


def quotes_only(english: str) -> bool:
    """Whether the only Chinese in an English text of the built-in content (context "seed") is what
    the English interface may show: the textbook's words and bilingual names (see below)."""
    return not _english_reader().left_over(english)


@functools.cache
def _english_reader() -> Reader:
    return Reader("en", load_content(seed_path()))


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
    name = qapp.applicationDisplayName()  # and names the app in the interface's language
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
    qapp.setApplicationDisplayName(name)


@pytest.mark.parametrize("language, ours, next_text, cancel, name", [
    ("zh_CN", "专员", "下一步", "取消", "网络营销岗位学习助手"),
    ("en", "Specialist", "Next", "Cancel", "Online Marketing Jobs Study Assistant"),
])
def test_install_translators_covers_ours_and_qts(qtbot, translators, language, ours, next_text, cancel, name):
    loaded = translators(language)
    assert [Path(t.filePath()).name for t in loaded] == [f"netmkt_{language}.qm", f"qtbase_{language}.qm"]
    assert QLocale().language() == (QLocale.Language.English if language == "en" else QLocale.Language.Chinese)
    assert i18n.tier_label(Tier.SPECIALIST) == ours
    assert QApplication.applicationDisplayName() == name  # Qt ends every window title with it
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
# The whole interface in each language
#
# A walk reads everything a person can see or hear: widgets (labels, buttons, tips, accessible
# names, placeholders, tabs, combo items, wizard pages), item views (every row of the outlines, the
# lists and tables, their headers), read-only text (the detail pane, the plan, the quiz), actions
# and menus, the status bar, the message boxes (the dialog helpers are patched: tests/ui/conftest.py)
# and the titles and filters of the file dialogs asked for.  It reports every text in the other
# language.
#
# In the English interface Chinese may stay only where it is
#   * the textbook's words: the texts of content whose origin is "textbook" (a title by its
#     title_origin; heading, paragraphs and list items by the node's origin).  Content the app
#     wrote ("editorial") or found beyond the book ("extension") is English;
#   * the student's own data: what the test typed as a student (names, plan titles, notes), listed
#     per test, and the paths of the files it made;
#   * an explicitly bilingual name: a Chinese title shown beside its English name
#     (:data:`BILINGUAL_NAMES`, only where that English name stands in the same text).
# In the Chinese interface English words may stay only as names (:data:`NAMES_IN_CHINESE`: file
# formats, keys, PIN …) or as the student's data.

BILINGUAL_NAMES = {
    # the documents the app's facts beyond the textbook cite: readers look them up by their Chinese title
    "《互联网营销师国家职业技能标准(2021年版)》": "National Occupational Skill Standard for Internet Marketers",
    "《全媒体运营师国家职业标准(2023年版)》": "National Occupational Standard for All-Media Operators",
    "《中华人民共和国职业分类大典》": "Occupational Classification of the People's Republic of China",
    # the standard's name of a work type the textbook calls 商品选品员
    "选品员": "product selector",
}
NAMES_IN_CHINESE = {
    "PDF", "CSV", "PIN", "Markdown", "JSON", "PNG", "UTF", "Excel", "WPS", "UUID", "id", "USB",
    "core",  # the id of the built-in content, in its version ("core 2026.11.2")
    "Ctrl", "Shift", "Alt", "Esc", "Space", "PgUp", "PgDown", "Tab", "Enter", "Return", "Home", "End", "Del",
    "Backspace", "Left", "Right", "Up", "Down", "Meta", "Ins",
}
HTML_TAG = re.compile(r"</?[A-Za-z][^>]*>")


def textbook_texts(content) -> list[str]:
    """The textbook's own words in ``content`` (by origin), longest first: titles whose
    title_origin is textbook; headings, paragraphs and list items (also numbered as shown) of nodes
    whose origin is textbook."""
    texts = set()
    for node in content.nodes.values():
        if node.title_origin == Origin.TEXTBOOK:
            texts.add(node.title)
        if node.origin != Origin.TEXTBOOK:
            continue
        if node.heading:
            texts.add(node.heading)
        for block in node.body:
            if block.text:
                texts.add(block.text)
            texts.update(block.items)
            texts.update(numbered(n, item) for n, item in enumerate(block.items, 1))
    return sorted(texts, key=len, reverse=True)


def plain(text: str) -> str:
    """Rich text as it reads (tags and entities gone); plain text as it is."""
    if HTML_TAG.search(text):
        return QTextDocumentFragment.fromHtml(text).toPlainText()
    return text


class Reader:
    """Reads texts as a person of ``language`` would and notes those in the other language."""

    def __init__(self, language: str, content, student=()):
        self.language = language
        self.textbook = textbook_texts(content)
        self.student = sorted({s for s in student if s}, key=len, reverse=True)
        self.found: list[str] = []
        self.count = 0

    def also(self, *student) -> None:
        """More of the student's own data (made during the test)."""
        self.student = sorted({*self.student, *(s for s in student if s)}, key=len, reverse=True)

    def left_over(self, text: str) -> str:
        """``text`` without what may stay in the other language; "" when nothing else is left."""
        if self.language == "en":
            if not CJK.search(text):
                return ""
            names = [chinese for chinese, english in BILINGUAL_NAMES.items() if english in text]
            for allowed_text in sorted((*self.student, *self.textbook, *names), key=len, reverse=True):
                if allowed_text in text:
                    text = text.replace(allowed_text, " ")
            return text if CJK.search(text) else ""
        if not re.search(r"[A-Za-z]{2}", text):
            return ""
        for allowed_text in (*self.student, *self.textbook):
            if allowed_text in text:
                text = text.replace(allowed_text, " ")
        text = SHORTCUT.sub(" ", text).replace("&", "")
        text = re.sub(r"(?<!\w)/[^\s,;:,;:。()()“”]+", " ", text)  # a path (a file of the student's)
        text = re.sub(r"[\w.-]+(?:/[\w.-]+)+", " ", text)  # a relative path: docs/content-format.md
        text = re.sub(r"[\w.-]+\.(?:json|pdf|csv|png|md)\b", " ", text)  # file names
        text = re.sub(r"\*?\.[\w.-]+", " ", text)  # file patterns and suffixes: *.pdf, .netmkt-plan.json
        text = re.sub(r"\bnetmkt-desktop(?: --[\w-]+)*", " ", text)  # the command a teacher types
        # what a file holds, named as in the file: "format": "netmkt-plan", a field “name”, a place pack.id:
        text = re.sub(r'"[^"\n]*"|“[\x21-\x7e]+”|\b[a-z_]+(?:\[\d+\])?(?:\.[a-z_]+(?:\[\d+\])?)*(?=: )', " ", text)
        words = [w for w in re.findall(r"[A-Za-z]{2,}", text) if w not in NAMES_IN_CHINESE]
        return " ".join(words)

    def read(self, where: str, text) -> None:
        if not isinstance(text, str) or not text.strip():
            return
        self.count += 1
        for line in plain(text).splitlines() or [""]:
            if self.left_over(line):
                self.found.append(f"{where}: {line!r}")

    # -- what can be read on screen ----------------------------------------------------------

    def widget(self, top: QWidget, area: str = "") -> None:
        """``top`` and everything inside it: widgets, item views, read-only text, actions."""
        for widget in [top, *top.findChildren(QWidget)]:
            if isinstance(widget, QFileDialog) or widget.window().inherits("QFileDialog"):
                continue  # the file system's names: tests/ui/test_dialogs.py reads file dialogs
            name = f"{area}{type(widget).__name__} {widget.objectName()!r}"
            for what, text in widget_texts(widget):
                self.read(f"{name} {what}", text)
            if (isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView)
                    and widget.model() is not None):
                self.model(widget.model(), f"{name} row", header=not isinstance(widget, QListView))
            if isinstance(widget, (QTextEdit, QPlainTextEdit)) and widget.isReadOnly():
                self.read(f"{name} document", widget.toPlainText())
            if isinstance(widget, QStatusBar):
                self.read(f"{name} message", widget.currentMessage())
            if isinstance(widget, QProgressBar):
                self.read(f"{name} text", widget.text())
        for action in top.findChildren(QAction):
            for what, text in action_texts(action):
                self.read(f"{area}QAction {action.objectName()!r} {what}", text)

    def model(self, model: QAbstractItemModel, where: str, header: bool = True, limit: int = 5000) -> None:
        roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole)
        flat = isinstance(model, (QAbstractListModel, QAbstractTableModel))  # no children (Qt hides hasChildren)
        columns = (lambda _parent: 1) if isinstance(model, QAbstractListModel) else model.columnCount
        if header:
            for column in range(columns(QModelIndex())):
                self.read(f"{where} header[{column}]", model.headerData(column, Qt.Orientation.Horizontal))
        parents, seen = [QModelIndex()], 0
        while parents and seen < limit:
            parent = parents.pop()
            for row in range(model.rowCount(parent)):
                for column in range(columns(parent)):
                    index = model.index(row, column, parent)
                    seen += 1
                    for role in roles:
                        self.read(f"{where} {row},{column}", index.data(role))
                if not flat and model.rowCount(model.index(row, 0, parent)):
                    parents.append(model.index(row, 0, parent))

    def windows(self, before: set, area: str) -> None:
        """Every window that opened since ``before`` (dialogs the app opens with open())."""
        for window in QApplication.topLevelWidgets():
            if window not in before and window.isVisible():
                self.widget(window, f"{area}: ")

    def message_boxes(self, calls: dict, area: str) -> None:
        """The titles and texts of the message boxes shown (the patched dialog helpers)."""
        for kind in ("errors", "infos", "notices", "confirms"):
            for title, text in calls[kind]:
                self.read(f"{area} {kind[:-1]} title", title)
                self.read(f"{area} {kind[:-1]} text", text)

    def problems(self) -> list[str]:
        assert self.count > 20, "the walk read almost nothing"
        return sorted(set(self.found))

    def assert_all_in_its_language(self) -> None:
        problems = self.problems()
        other = "Chinese" if self.language == "en" else "English"
        assert not problems, f"{len(problems)} texts in {other}:\n" + "\n".join(problems)


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
    add("accessibleDescription", widget.accessibleDescription())
    add("whatsThis", widget.whatsThis())
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
    if isinstance(widget, QLineEdit) and widget.isReadOnly():
        add("text", widget.text())
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
                                            ("statusTip", action.statusTip()), ("iconText", action.iconText()))
            if text]


@pytest.fixture(params=["en", "zh_CN"])
def language(request, translators):
    """The interface in one language (ours, Qt's, the locale, the app's name)."""
    translators(request.param)
    return request.param


@pytest.fixture
def english(translators):
    translators("en")


@pytest.fixture
def file_dialogs(monkeypatch, tmp_path):
    """The file dialogs the app asks for: their titles and filters are recorded, and the answer is
    ``answers[kind]`` (a path, "" for cancel) for the kind of file (dialogs.file_kind)."""
    record = {"asked": [], "answers": {}}

    def answer(title, filters, suggested=""):
        record["asked"].append((title, filters, suggested))
        return str(record["answers"].get(dialogs.file_kind(filters) if filters else "folder", ""))

    monkeypatch.setattr(dialogs, "ask_save_path", lambda parent, title, suggested, filters: answer(title, filters, suggested))
    monkeypatch.setattr(dialogs, "ask_open_path", lambda parent, title, filters: answer(title, filters))
    monkeypatch.setattr(dialogs, "ask_folder", lambda parent, title, start="": answer(title, ""))
    return record


def read_file_dialogs(reader: Reader, record: dict, area: str) -> None:
    for title, filters, _suggested in record["asked"]:
        reader.read(f"{area} file dialog title", title)
        reader.read(f"{area} file dialog filters", filters)


def current_content():
    """The built-in content as the app loads it: after the translators are installed."""
    return load_content(seed_path())


def a_plan(language: str) -> CareerPlan:
    return CareerPlan(title="My plan" if language == "en" else "我的计划", position_id="pos.ecommerce_host",
                      headcount=1200, goals=[TierGoal(Tier.SPECIALIST, 2027, 7, "-", date(2027, 7, 1)),
                                             TierGoal(Tier.SUPERVISOR, 2029, 7, "-")])


def test_the_walk_finds_chinese_in_english_and_english_in_chinese(qtbot, content):
    """The readers really look: a label made without tr() is reported, textbook text is not, and
    an app-written (editorial) text in Chinese is reported in English."""
    box = QWidget()
    qtbot.addWidget(box)
    QLabel("没有翻译", box)
    QLabel("Not translated", box)
    textbook = next(n for n in content.nodes.values() if n.origin == Origin.TEXTBOOK and n.kind == NodeKind.POSITION)
    editorial = next(n for n in content.nodes.values() if n.origin == Origin.EDITORIAL)
    QLabel(textbook.title, box)
    QLabel(f"Position: {textbook.title}", box)
    standard = "《全媒体运营师国家职业标准(2023年版)》"  # not a textbook text
    QLabel(f"Source: {BILINGUAL_NAMES[standard]} {standard}", box)  # a bilingual name
    QLabel(f"Source: {standard}", box)  # the Chinese name alone
    QLabel(editorial.title, box)
    QLabel("导出为 PDF(Ctrl+E)", box)
    QLabel('<a href="node:x">岗位</a>', box)
    for language, expected in (("en", {"没有翻译", f"Source: {standard}", editorial.title,
                                       "导出为 PDF(Ctrl+E)", "岗位"}),
                               ("zh_CN", {"Not translated", f"Position: {textbook.title}", f"Source: {standard}",
                                          f"Source: {BILINGUAL_NAMES[standard]} {standard}"})):
        reader = Reader(language, content)
        reader.count = 100
        reader.widget(box)
        assert {line.split(": ", 1)[1][1:-1] for line in reader.problems()} >= expected
        assert not [line for line in reader.problems() if not any(e in line for e in expected)], reader.problems()


# -- the main window, its outlines, every page, the study tools and 我的规划 ----------------------


def test_main_window_speaks_one_language(qtbot, tmp_path, language, dialog_calls, type_text):
    from netmkt_desktop.storage.store import Store
    from netmkt_desktop.ui.icons import kind_glyph
    from netmkt_desktop.ui.main_window import MainWindow
    from netmkt_desktop.ui.navigator import Outline

    content = current_content()
    window = MainWindow(content, QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    store = Store.open(tmp_path / "data")
    plan = a_plan(language)
    note = "My note" if language == "en" else "我的笔记"
    reader = Reader(language, content, [p.name for p in store.profiles.all()] + [plan.title, note])
    reader.read("applicationDisplayName (ends every window title)", QApplication.applicationDisplayName())
    reader.widget(window, "before the personal data: ")
    for kind in NodeKind:
        reader.read(f"kind badge {kind.value}", kind_glyph(kind))
        assert len(kind_glyph(kind)) == 1
    try:
        window.session.attach_store(store)
        reader.also(*(p.name for p in store.profiles.all()))  # the profile made at the first start
        data = store.profile(window.session.profile_id)
        window.plans_view.select_plan(data.plans.save(plan).id)
        for outline in Outline:
            window._set_outline(outline)
            reader.model(window.navigator.models[outline], f"outline {outline.name}", header=False)
        for node in content.every_node():  # every page, with its breadcrumb and marks
            window.select_node(node.id)
            reader.read(f"page {node.id}", window.detail.toPlainText())
            reader.read(f"breadcrumb {node.id}", window.crumb_label.text())
        window.study_tools.set_learned(content.reading_order[3].id, True)
        window.study_tools.notes_editor.edit.setFocus()
        type_text(window.study_tools.notes_editor.edit, note)
        window.study_tools.flush()
        window.search_field.setText("网络" if language == "zh_CN" else "营销")
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            reader.widget(window, f"tab {index}: ")
        window.search_field.clear()
        window.presentation.enter()  # slides: 第 n / N 页, the end slide
        for _ in range(len(content.reading_order) + 1):
            reader.widget(window.presentation._slide_view(), "presentation: ")
            window.presentation.next()
        window.presentation.leave()
    finally:
        window.save_state()
        store.close()
    reader.message_boxes(dialog_calls, "message box")
    reader.assert_all_in_its_language()


# -- the windows and message boxes the main window opens ------------------------------------------


def test_dialogs_and_message_boxes_speak_one_language(qtbot, tmp_path, language, dialog_calls, file_dialogs):
    """文件, 帮助 and 我的规划's dialogs: about, shortcuts, content packs (one broken, one refused),
    backups, the profile chooser, export and import of the personal data and of a plan (a broken
    file each), the plan's print preview and PDF, delete and undo; and what a guest is told."""
    from netmkt_desktop.storage.store import Store
    from netmkt_desktop.ui.main_window import MainWindow

    content = current_content()
    window = MainWindow(content, QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    store = Store.open(tmp_path / "data")
    plan = a_plan(language)
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "netmkt-content", "format_version": 2, "pack": {"id": "x"}}', encoding="utf-8")
    (store.folder.packs).mkdir(exist_ok=True)
    (store.folder.packs / "bad.json").write_text("{", encoding="utf-8")  # an installed pack that is damaged
    reader = Reader(language, content, [p.name for p in store.profiles.all()] + [plan.title, str(tmp_path)])
    before = set(QApplication.topLevelWidgets())
    try:
        window.session.attach_store(store)
        reader.also(*(p.name for p in store.profiles.all()))  # the profile made at the first start
        data = store.profile(window.session.profile_id)
        window.plans_view.select_plan(data.plans.save(plan).id)
        window.show_plans()
        window.show_about()
        for action in (window.action_shortcuts, window.action_packs, window.action_backups, window.action_switch_profile):
            action.trigger()
            reader.windows(before, action.objectName())
            for dialog in set(QApplication.topLevelWidgets()) - before:
                if isinstance(dialog, QDialog) and dialog is not getattr(window, "packs_dialog", None):
                    dialog.close()
            QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # closed dialogs are gone
        file_dialogs["answers"] = {"json": broken, "netmkt-data.json": tmp_path / "mine.netmkt-data.json",
                                   "pdf": tmp_path / "plan.pdf", "netmkt-plan.json": tmp_path / "plan.netmkt-plan.json"}
        window.packs_dialog.import_pack()  # refused: the content file has errors
        window.packs_dialog.close()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        window.session.export_data()
        view = window.plans_view
        view.export_pdf()
        view.export_file()
        file_dialogs["answers"]["pdf"] = tmp_path / "missing" / "plan.pdf"
        view.export_pdf()  # a folder that is not there
        file_dialogs["answers"].update({"netmkt-data.json": broken, "netmkt-plan.json": broken})
        window.session.import_data()
        view.import_file()
        view.achieved_date.setDate(QDate.currentDate().addDays(3))
        view.goals_table.selectRow(1)
        view.toggle_achieved()  # a day to come: refused
        view.print_current()
        qtbot.waitUntil(lambda: view.print_dialog is not None and view.print_dialog.isVisible())
        reader.widget(view.print_dialog, "print preview: ")
        view.print_dialog.close()
        view.delete_current()
        reader.widget(window, "after deleting: ")
        window.action_undo.trigger()
        window.session.start_guest()
        window.new_plan()  # a guest is asked to choose a profile
        reader.widget(window, "guest: ")
    finally:
        window.save_state()
        store.close()
    reader.message_boxes(dialog_calls, "message box")
    read_file_dialogs(reader, file_dialogs, "")
    assert len(dialog_calls["errors"]) >= 4 and dialog_calls["confirms"] and dialog_calls["infos"], dialog_calls
    assert len(file_dialogs["asked"]) >= 6
    reader.assert_all_in_its_language()


# -- the quiz -----------------------------------------------------------------------------------------


def test_quiz_speaks_one_language(qtbot, tmp_path, language):
    """A whole quiz (every question answered, half of them wrong, with its feedback), the results page,
    the 错题本 round; and every question the content allows, as the core writes it."""
    from netmkt_desktop.quiz import question_by_id, question_ids
    from netmkt_desktop.storage.store import Store
    from netmkt_desktop.ui.quiz_view import QuizView

    content = current_content()
    store = Store.open(tmp_path / "data")
    try:
        view = QuizView(content, store.profile(store.profiles.default().id).quiz)
        qtbot.addWidget(view)
        view.resize(800, 600)
        view.show()
        qtbot.waitExposed(view)
        reader = Reader(language, content)
        reader.widget(view, "start: ")
        view.start(seed=1)
        number = 0
        while view.current_question() is not None and number < 50:
            question = view.current_question()
            reader.widget(view, f"question {number}: ")
            wrong = number % 2 == 0
            if question.kind == "order":
                order = list(question.answer)
                chosen = (order[1:] + order[:1]) if wrong else order
                for target, option in enumerate(chosen):
                    lst = view.order_list
                    row = next(r for r in range(lst.count()) if lst.item(r).data(Qt.ItemDataRole.UserRole + 1) == option)
                    lst.insertItem(target, lst.takeItem(row))
            else:
                pick = question.answer[0]
                if wrong:
                    pick = next(i for i in range(len(question.options)) if i not in question.answer)
                view.option_buttons[pick].click()
            view.submit_button.click()
            reader.widget(view, f"feedback {number}: ")
            number += 1
            view.next_button.click()
            QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the last question's options
        assert number == 10
        reader.widget(view, "results: ")
        view.start_mistakes()
        reader.widget(view, "mistakes: ")
    finally:
        store.close()
    for qid in question_ids(content):
        question = question_by_id(content, qid)
        for what, text in (("prompt", question.prompt), ("explanation", question.explanation),
                           *((f"option {i}", o) for i, o in enumerate(question.options))):
            reader.read(f"{qid} {what}", text)
    reader.assert_all_in_its_language()


# -- 选择学习档案 ---------------------------------------------------------------------------------


def test_profile_dialog_speaks_one_language(qtbot, tmp_path, language, dialog_calls):
    """The chooser and its forms (new, rename, PIN, remove PIN), a wrong PIN, a name taken, a
    profile deleted, the guest."""
    from netmkt_desktop.storage.store import Store
    from netmkt_desktop.ui.profile_dialog import ProfileDialog

    content = current_content()
    store = Store.open(tmp_path / "data")
    names = ("Ann", "Bo", "Class 1") if language == "en" else ("张三", "李四", "高一(3)班")
    store.profiles.create(names[0], names[2])
    locked = store.profiles.create(names[1], pin="2468")
    reader = Reader(language, content, [p.name for p in store.profiles.all()] + list(names))
    try:
        dialog = ProfileDialog(store.profiles, store.profiles.default().id)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        reader.widget(dialog, "chooser: ")
        dialog.select_profile(locked.id)
        reader.widget(dialog, "locked: ")
        dialog.pin_edit.setText("1111")
        dialog.choose_current()  # wrong PIN
        reader.widget(dialog, "wrong PIN: ")
        for open_form, fill in ((dialog.new_profile, {"name_edit": names[0]}),  # a name taken
                                (dialog.rename_profile, {"name_edit": ""}),
                                (dialog.set_pin, {"current_pin_edit": "1", "new_pin_edit": "12", "new_pin_again_edit": "13"}),
                                (dialog.remove_pin, {"current_pin_edit": "0000"})):
            form = open_form()
            qtbot.waitExposed(form)
            reader.widget(form, f"{open_form.__name__}: ")
            for field, text in fill.items():
                getattr(form, field).setText(text)
            form.ok_button.click()
            reader.widget(form, f"{open_form.__name__}, refused: ")
            form.reject()
        dialog.select_profile(store.profiles.default().id)
        dialog.delete_profile()
        reader.widget(dialog, "deleted: ")
    finally:
        store.close()
    reader.message_boxes(dialog_calls, "message box")
    reader.assert_all_in_its_language()


# -- 新建职业规划 ---------------------------------------------------------------------------------


def test_plan_wizard_speaks_one_language(qtbot, language, dialog_calls):
    """Every page, every company size, and the problems a page shows before it lets the student on."""
    from netmkt_desktop.ui.plan_wizard import PageId, PlanWizard

    content = current_content()
    wizard = PlanWizard(content, lambda plan: plan, today=TODAY)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    title = "My plan" if language == "en" else "我的计划"
    reader = Reader(language, content, [title])
    reader.widget(wizard, "intro: ")
    wizard.intro_page.title_edit.setText(" ")
    wizard.intro_page.refresh()
    reader.widget(wizard, "intro, no title: ")
    wizard.intro_page.title_edit.setText(title)
    wizard.next()
    reader.widget(wizard, "position, none chosen: ")
    for index in range(1, wizard.position_page.position_combo.count()):
        wizard.position_page.position_combo.setCurrentIndex(index)
        reader.widget(wizard, f"position {index}: ")
    wizard.next()
    for headcount, little in ((1000, False), (600, False), (500, False), (100, False), (100, True), (1200, False)):
        wizard.company_page.headcount.setValue(headcount)
        wizard.company_page.little.setChecked(little)
        reader.widget(wizard, f"company {headcount} {little}: ")
    for page in (PageId.STANDING, PageId.GOALS):
        wizard.next()
        assert wizard.currentId() == page, wizard.currentPage().problem_label.text()
        reader.widget(wizard, f"{page.name}: ")
    for row in wizard.goals_page.rows.values():
        row.set_included(False)
    wizard.goals_page.refresh()
    reader.widget(wizard, "goals, none: ")
    for row in wizard.goals_page.rows.values():
        row.set_included(True)
    wizard.next()
    assert wizard.currentId() == PageId.SUMMARY, wizard.currentPage().problem_label.text()
    reader.widget(wizard, "summary: ")
    wizard.done(0)
    reader.message_boxes(dialog_calls, "message box")
    reader.assert_all_in_its_language()


# -- 班级汇总 --------------------------------------------------------------------------------------


def test_class_view_speaks_one_language(qtbot, tmp_path, language, dialog_calls, file_dialogs):
    """班级汇总 with students whose details are in the interface's language, a broken and a foreign
    file, a review saved, every tab, the exports, the print preview."""
    from datetime import datetime, timezone

    from netmkt_desktop.handin import Grade, StudentDetails, build_handin, new_plan_id, read_returned
    from netmkt_desktop.ui.class_view import ClassView

    content = current_content()
    folder = tmp_path / "class"
    folder.mkdir()
    plan = a_plan(language)
    when = datetime(2026, 11, 27, tzinfo=timezone.utc)
    people = ((("Class A", "1", "Wang Wu"), ("Class A", "2", "Li Si")) if language == "en"
              else (("高一(3)班", "1", "王五"), ("高一(3)班", "2", "李四")))
    for class_name, number, name in people:
        (folder / f"{name}.netmkt-plan.json").write_bytes(
            build_handin(plan, StudentDetails(class_name, number, name), new_plan_id(), 1, handed_in_at=when))
    (folder / "broken.netmkt-plan.json").write_bytes(b"{")
    (folder / "plain.netmkt-plan.json").write_text(plan_to_json(plan), encoding="utf-8")
    comment = "Well done" if language == "en" else "很好"
    student = [plan.title, comment, str(tmp_path), folder.name, *(part for person in people for part in person)]
    reader = Reader(language, content, student)
    view = ClassView(content)
    qtbot.addWidget(view)
    view.open_folder(folder)
    view.show()
    qtbot.waitExposed(view)
    reader.widget(view, "class: ")
    view.table.selectRow(0)
    view.review.comment_edit.setPlainText(comment)
    view.review.grade_combo.setCurrentIndex(view.review.grade_combo.findData(Grade.GOOD.value))
    assert view.save_review()
    returned = next(folder.glob("*_*"))
    assert read_returned(returned.read_bytes()).review.comment == comment
    reader.also(returned.name)  # a file's name; "_已批改" marks a returned file in every language
    view.reload()
    for index in range(view.tabs.count()):
        view.tabs.setCurrentIndex(index)
        reader.widget(view, f"tab {index}: ")
    for chart in view.charts.views:
        reader.read("chart", chart.accessibleDescription())
    file_dialogs["answers"] = {"csv": tmp_path / "class.csv", "pdf": tmp_path / "class.pdf",
                               "png": tmp_path / "read-only" / "class.png"}
    view.export_csv()
    view.export_pdf()
    view.export_png()  # a folder that is not there: the message says why
    view.print_summary()
    qtbot.waitUntil(lambda: view.print_dialog is not None and view.print_dialog.isVisible())
    reader.widget(view.print_dialog, "print preview: ")
    view.print_dialog.close()
    reader.message_boxes(dialog_calls, "message box")
    read_file_dialogs(reader, file_dialogs, "")
    reader.assert_all_in_its_language()


# ---------------------------------------------------------------------------------------------
# Messages made in the core (no Qt there) follow the interface language


def test_core_messages_are_english_in_the_english_interface(tmp_path, english):
    from netmkt_desktop.errors import ProfileNameError, StoreWriteError
    from netmkt_desktop.plans import check_plan, plan_from_json
    from netmkt_desktop.storage.opening import open_store_safely
    from netmkt_desktop.storage.store import Store

    store = Store.open(tmp_path / "data")
    assert store.profiles.default().name == "Default"  # neutral, and in the interface language
    locked = store.profiles.create("有 PIN 的档案", pin="2468")
    with pytest.raises(ProfileNameError) as taken:
        store.profiles.create("有 PIN 的档案")
    wrong_pin = store.profiles.check_pin(locked.id, "1111")
    store.close()
    with pytest.raises(StoreWriteError) as closed:
        store.profile(locked.id, pin="2468")
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
    assert messages["closed"] == "Opening the profile was not completed: the personal data file is closed."
    assert messages["wrong PIN"].startswith("Wrong PIN")
    assert "Director" in messages["plan rules"] and "Please choose a target position." in messages["plan rules"]
    for what, text in messages.items():
        shown = text.replace("有 PIN 的档案", "")  # the profile's own name is shown as typed
        assert text and not CJK.search(shown.replace(str(tmp_path), "")), f"{what}: {text!r}"


def test_core_messages_are_chinese_by_default(tmp_path):
    from netmkt_desktop.plans import check_plan

    assert check_plan(CareerPlan(title="", position_id=""))[:2] == ["请填写规划标题。", "请选择目标岗位。"]


def test_more_core_messages_follow_the_interface_language(tmp_path, english):
    """Content files, content packs, hand-in and returned files, the class folder, the notes export
    and a copied plan speak English; the textbook's words they quote stay as they are."""
    from netmkt_desktop.class_summary import summarize_folder
    from netmkt_desktop.errors import ContentError
    from netmkt_desktop.handin import (
        StudentDetails,
        build_handin,
        check_details,
        new_plan_id,
        read_handin,
        read_returned,
    )
    from netmkt_desktop.packs import PackLibrary
    from netmkt_desktop.storage.store import Store
    from netmkt_desktop.study import notes_markdown

    content = current_content()
    messages = {}
    for name, text in (("syntax", '{"format": "netmkt-content",}'), ("not content", '{"format": "x"}'),
                       ("no name", '{"format": "netmkt-content", "format_version": 2, "pack": {"id": "a"}}'),
                       ("bad kind", '{"format": "netmkt-content", "format_version": 2, "pack": {"id": "a", '
                                    '"name": "A", "version": "1"}, "textbook": [{"id": "a.x", "kind": "box", "title": "T"}]}')):
        (tmp_path / f"{name}.json").write_text(text, encoding="utf-8")
        with pytest.raises(ContentError) as caught:
            load_content(tmp_path / f"{name}.json")
        messages[f"content file: {name}"] = caught.value.reason
    (tmp_path / "core.json").write_text('{"format": "netmkt-content", "format_version": 2, "pack": {"id": "core", '
                                        '"name": "A", "version": "1"}, "textbook": [{"id": "a.x", "kind": "topic", '
                                        '"title": "T"}]}', encoding="utf-8")
    library = PackLibrary(tmp_path / "packs", content)
    with pytest.raises(ContentError) as caught:
        library.install(tmp_path / "core.json")
    messages["pack id core"] = caught.value.reason
    plan = a_plan("en")
    handin = build_handin(plan, StudentDetails("Class A", "7", "Ann"), new_plan_id(), 1)
    for name, data, read in (("hand-in, broken", b"{", read_handin), ("returned, not returned", handin, read_returned),
                             ("hand-in, plain plan", plan_to_json(plan).encode(), read_handin)):
        with pytest.raises(PlanFileError) as caught:
            read(data)
        messages[name] = str(caught.value)
    messages["student details"] = "\n".join(check_details(StudentDetails("x" * 100, "1\n2", "")))
    folder = tmp_path / "class"
    folder.mkdir()
    (folder / "broken.netmkt-plan.json").write_bytes(b"{")
    (folder / "big.json").write_bytes(b" " * (2 * 1024 * 1024))
    messages.update({f"class folder: {p.name}": p.reason for p in summarize_folder(folder).problems})
    markdown = notes_markdown(content, {"occ.internet_marketer": "Mine"}, ["topic.occupations"])
    messages["notes export"] = markdown.replace("Mine", "")
    store = Store.open(tmp_path / "data")
    try:
        plans = store.profile(store.profiles.default().id).plans
        messages["copied plan"] = plans.duplicate(plans.save(plan).id).title.replace(plan.title, "")
    finally:
        store.close()
    assert messages["copied plan"] == " (copy)"
    assert "# My study notes" in markdown and "## Bookmarks (1)" in markdown and "- **Occupations**" in markdown
    assert messages["content file: syntax"].startswith("JSON syntax error (")
    reader = Reader("en", content)
    for name, text in messages.items():
        assert text, name
        reader.read(name, text.replace(str(tmp_path), ""))
    reader.count = max(reader.count, 21)
    reader.assert_all_in_its_language()


def test_the_apps_own_content_is_in_the_interface_language_and_the_textbook_stays(translators, tmp_path):
    """In English the category pages, the titles the app added and the facts beyond the textbook are
    English; every text of the textbook is word for word the same; a teacher's pack stays as written."""
    chinese = load_content(seed_path())
    translators("en")
    english_content = current_content()
    assert english_content.node("topic.occupations").title == "Occupations"
    assert english_content.node("standard_2021").title != chinese.node("standard_2021").title  # title_origin editorial
    changed = 0
    for node in chinese.nodes.values():
        other = english_content.node(node.id)
        if node.title_origin == Origin.TEXTBOOK:
            assert other.title == node.title, node.id
        if node.origin == Origin.TEXTBOOK:
            assert (other.heading, other.body) == (node.heading, node.body), node.id
        changed += sum(a != b for a, b in zip(own_words(node), own_words(other), strict=True))
        assert all(not CJK.search(text) or Reader("en", chinese).left_over(text) == "" for text in own_words(other))
    assert changed == len([t for n in chinese.nodes.values() for t in own_words(n)])
    pack = tmp_path / "pack.json"
    pack.write_text('{"format": "netmkt-content", "format_version": 2, "pack": {"id": "t", "name": "T", '
                    '"version": "1"}, "textbook": [{"id": "t.a", "kind": "topic", "title": "职业"}]}', encoding="utf-8")
    assert load_content(pack).node("t.a").title == "职业"  # the teacher's words, even where the core's match


def test_the_marked_texts_of_the_built_in_content_are_current():
    """netmkt_desktop/seed_texts.py holds every text of seed/core.json that is not the textbook's:
    packaging/update_translations.sh regenerates it (packaging/seed_texts.py)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("seed_texts_tool", ROOT / "packaging" / "seed_texts.py")
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    assert (PACKAGE / "seed_texts.py").read_text(encoding="utf-8") == tool.seed_texts_module(), \
        "run packaging/update_translations.sh"


# -- 交作业, 导入批改, 学生信息 -------------------------------------------------------------------------


def test_hand_in_and_comment_import_speak_one_language(qtbot, tmp_path, language, dialog_calls, file_dialogs):
    """我的规划 with a comment, the 交作业 preview (details, progress, quiz, the file it replaces), 学生信息
    with a refusal, and the messages of handing in and of a comment that is not the student's."""
    from netmkt_desktop.handin import Grade, StudentDetails, build_returned, read_handin, returned_file_name
    from netmkt_desktop.storage.store import Store
    from netmkt_desktop.ui.plans_view import PlansView

    content = current_content()
    store = Store.open(tmp_path / "data")
    details = (StudentDetails("Class 1", "2023001", "Ann") if language == "en"
               else StudentDetails("电商2301班", "2023001", "王五"))
    comment = "Clear goals." if language == "en" else "目标清楚。"
    plan = a_plan(language)
    reader = Reader(language, content, [plan.title, details.class_name, details.student_name, comment, "-"])
    try:
        data = store.profile(store.profiles.default().id)
        data.handins.set_details(details)
        data.study.mark_learned("pos.ecommerce_host", True)
        data.quiz.record(1, 10, 7, [])
        data.plans.save(plan)
        folder = tmp_path / "folder"
        folder.mkdir()
        file_dialogs["answers"]["folder"] = folder
        view = PlansView(content)
        qtbot.addWidget(view)
        view.attach(data.plans, data, "Ann")
        view.show()
        for round_ in (1, 2):  # the second time the preview says which version it replaces
            view.hand_in_current()
            dialog = view.handin_dialog
            qtbot.waitExposed(dialog)
            if not dialog.folder_edit.text():
                dialog.folder_button.click()
            dialog.pdf_check.setChecked(round_ == 2)
            reader.also(str(folder), str(dialog.prepared.path), dialog.prepared.path.name,
                        dialog.prepared.pdf_path.name)
            reader.widget(dialog, f"hand-in {round_}: ")
            with qtbot.waitSignal(dialog.handed_in):
                dialog.handin_button.click()
        dialog = view.handin_dialog
        handin_path = dialog.prepared.path
        view.hand_in_current()
        dialog = view.handin_dialog
        dialog.details_button.click()
        form = dialog.details_dialog
        form.number_edit.setText("2023\t001")  # refused: a control character
        form.save_button.click()
        assert form.problem_label.isVisible()
        reader.widget(form, "student details, refused: ")
        form.reject()
        dialog.reject()
        returned = folder / returned_file_name(handin_path.name)
        returned.write_bytes(build_returned(read_handin(handin_path.read_bytes()), comment, Grade.GOOD))
        data.handins.set_details(StudentDetails(details.class_name, "2023009", details.student_name))
        view.import_review(str(returned))  # not this student's any more
        data.handins.set_details(details)
        view.import_review(str(handin_path))  # a hand-in, not a returned file
        view.import_review(str(returned))
        reader.also(str(returned), str(handin_path), "2023009")
        reader.widget(view, "plans with a comment: ")
    finally:
        store.close()
    reader.message_boxes(dialog_calls, "message box")
    read_file_dialogs(reader, file_dialogs, "hand-in")
    assert len(dialog_calls["errors"]) == 2 and len(dialog_calls["infos"]) == 3  # two refusals; two hand-ins, one import
    reader.assert_all_in_its_language()
