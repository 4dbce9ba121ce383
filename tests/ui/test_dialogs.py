"""File dialogs: in the interface language throughout, opening where a student looks, filters readable.

Every file dialog of the app goes through dialogs.ask_save_path / ask_open_path; the tests find
those calls in the code, build each dialog with dialogs.file_dialog (Qt's own, non-native, not
blocking) and read everything on it: labels, buttons and their tips, menus, list headers and rows.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QFileInfo, QLocale, QSettings, QStandardPaths, Qt, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QComboBox, QFileDialog, QLabel, QTreeView, QWidget

from netmkt_desktop.ui import dialogs, i18n

PACKAGE = Path(__file__).resolve().parents[2] / "netmkt_desktop"
CJK = re.compile(r"[\u2e80-\u2fdf\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]")
FILTER_PATTERNS = re.compile(r"\((?:\s*\*[^)]*)\)")  # "(*.pdf)", "(*.netmkt-plan.json)"
FORMAT_NAMES = {"PDF", "JSON", "Markdown", "CSV", "PNG"}  # names of file formats, also in a Chinese interface
FILES = ["a.netmkt-plan.json", "b.pdf", "notes.md", "data.netmkt-data.json"]
ASK = {"ask_save_path": ("save", 3), "ask_open_path": ("open", 2), "ask_folder": ("folder", None)}  # mode, filters


def _literal(node, cls):
    """(context, text) of ``self.tr("...")`` or ``translate("Context", "...")``; None otherwise."""
    if not isinstance(node, ast.Call):
        return None
    name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
    args = node.args
    if name == "tr" and args and isinstance(args[0], ast.Constant):
        return cls, args[0].value
    if name == "translate" and len(args) >= 2 and all(isinstance(a, ast.Constant) for a in args[:2]):
        return args[0].value, args[1].value
    return None


def app_file_dialogs() -> list[tuple[str, str, str, str, str]]:
    """(context, title, filters, mode, where) of every file dialog of the app: each call of
    dialogs.ask_save_path / ask_open_path / ask_folder, or of a method that passes its own
    arguments on to one (ClassView._export_path), with the texts given there."""
    found, wrappers = [], {}
    calls = []  # (class, function, call node, where)
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))

        def visit(node, cls, function, path=path):
            if isinstance(node, ast.ClassDef):
                cls = node.name
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                function = node
            if isinstance(node, ast.Call):
                calls.append((cls, function, node, f"{path.name}:{node.lineno}"))
            for child in ast.iter_child_nodes(node):
                visit(child, cls, function, path)

        visit(tree, None, None)
    for cls, function, node, where in calls:
        func = node.func
        if not (isinstance(func, ast.Attribute) and func.attr in ASK and isinstance(func.value, ast.Name)
                and func.value.id == "dialogs"):
            continue
        mode, at = ASK[func.attr]
        title, filters = node.args[1], node.args[at] if at is not None else None
        texts = _literal(title, cls), _literal(filters, cls) if filters is not None else (None, "")
        if texts[0] and texts[1]:
            found.append((texts[0][0], texts[0][1], texts[1][1], mode, where))
            continue
        params = [a.arg for a in function.args.args] if function else []
        assert isinstance(title, ast.Name) and title.id in params, f"{where}: give the title as self.tr(\"...\")"
        assert filters is None or (isinstance(filters, ast.Name) and filters.id in params), where
        wrappers[(cls, function.name)] = (mode, params.index(title.id) - 1,
                                          params.index(filters.id) - 1 if filters is not None else None)
    for cls, _function, node, where in calls:
        func = node.func
        if isinstance(func, ast.Attribute) and (cls, func.attr) in wrappers:
            mode, title_at, filters_at = wrappers[(cls, func.attr)]
            title = _literal(node.args[title_at], cls)
            filters = _literal(node.args[filters_at], cls) if filters_at is not None else (cls, "")
            assert title and filters, f"{where}: give the title and filters as self.tr(\"...\") literals"
            found.append((title[0], title[1], filters[1], mode, where))
    return found


DIALOGS = app_file_dialogs()


def test_the_app_has_its_file_dialogs_here():
    assert len(DIALOGS) >= 10
    assert {mode for *_, mode, _where in DIALOGS} == {"open", "save", "folder"}
    assert any("*.csv" in filters for _c, _t, filters, _m, _w in DIALOGS)  # through ClassView._export_path


@pytest.fixture
def folder(tmp_path):
    place = tmp_path / "place"
    (place / "sub").mkdir(parents=True)
    for name in FILES:
        (place / name).write_text("{}" if name.endswith(".json") else "x", encoding="utf-8")
    dialogs.configure_file_dialogs(place)
    yield place
    dialogs.configure_file_dialogs(None)


@pytest.fixture(params=["zh_CN", "en"])
def language(request, qapp):
    """The interface in one language: our catalogue, Qt's, and the default locale."""
    others = qapp.findChildren(QTranslator)
    for translator in others:
        qapp.removeTranslator(translator)
    locale = QLocale()
    installed = i18n.install_translators(qapp, request.param)
    yield request.param
    i18n.remove_translators(qapp, installed)
    for translator in others:
        qapp.installTranslator(translator)
    QLocale.setDefault(locale)


def open_dialog(qtbot, context: str, title: str, filters: str, mode: str) -> QFileDialog:
    title, filters = QCoreApplication.translate(context, title), QCoreApplication.translate(context, filters)
    dialog = dialogs.file_dialog(None, title, filters, mode=mode, suggested="plan.pdf" if mode == "save" else "")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    view = dialog.findChild(QTreeView, "treeView")

    def listed() -> set[str]:
        model, root = view.model(), view.rootIndex()
        return {model.index(row, 0, root).data() for row in range(model.rowCount(root))}

    qtbot.waitUntil(lambda: "sub" in listed())  # Qt reads the folder in the background
    return dialog


def dialog_texts(dialog: QFileDialog) -> list[tuple[str, str]]:
    """(where, text) of everything a person can read or hear on the dialog."""
    texts = [("windowTitle", dialog.windowTitle())]
    for widget in [dialog, *dialog.findChildren(QWidget)]:
        name = widget.objectName() or type(widget).__name__
        texts += [(f"{name}.toolTip", widget.toolTip()), (f"{name}.accessibleName", widget.accessibleName())]
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append((f"{name}.text", widget.text()))
        if isinstance(widget, QComboBox):
            texts += [(f"{name}.item", widget.itemText(i)) for i in range(widget.count())]
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model, root = widget.model(), widget.rootIndex()
            texts += [(f"{name}.header", str(model.headerData(c, Qt.Orientation.Horizontal) or ""))
                      for c in range(model.columnCount(root))]
            texts += [(f"{name}.row", str(model.index(r, c, root).data() or ""))
                      for r in range(model.rowCount(root)) for c in range(model.columnCount(root))]
    for action in dialog.findChildren(QAction):
        texts += [("action.text", action.text()), ("action.toolTip", action.toolTip())]
    return [(where, text) for where, text in texts if text]


def foreign(text: str, language: str, names: set[str]) -> bool:
    """Whether ``text`` has words of the other language (file names, paths and patterns aside)."""
    if text in names or text.startswith(("/", "\\")) or re.match(r"[A-Za-z]:[\\/]", text):
        return False
    text = FILTER_PATTERNS.sub("", text)
    if language == "en":
        return bool(CJK.search(text))
    words = set(re.findall(r"[A-Za-z]{2,}", text.replace("&", ""))) - FORMAT_NAMES
    return bool(words)


@pytest.mark.parametrize("context, title, filters, mode, where", DIALOGS, ids=[d[-1] for d in DIALOGS])
def test_each_file_dialog_speaks_the_interface_language(qtbot, folder, language, context, title, filters, mode, where):
    dialog = open_dialog(qtbot, context, title, filters, mode)
    names = {*FILES, "sub", *Path(folder).parts, *Path.home().parts, Path.home().name, "root"}
    texts = dialog_texts(dialog)
    assert any(what.endswith(".header") for what, _ in texts) and any(what.endswith(".row") for what, _ in texts)
    wrong = [(what, text) for what, text in texts if foreign(text, language, names)]
    assert wrong == []
    if language == "zh_CN":  # Qt's catalogue alone left "Look in:" and "Folder" in English, and says 体积
        assert "位置(&L):" in [t for _, t in texts] and "文件夹" in [t for _, t in texts]
        assert "体积" not in [t for _, t in texts]
    dialog.close()


def test_dates_sizes_and_types_in_the_list_follow_the_interface_language(qtbot, folder, language):
    context, title, _filters, mode, _where = next(d for d in DIALOGS if "*.netmkt-plan.json" in d[2] and d[3] == "open")
    dialog = open_dialog(qtbot, context, title, "(*)", mode)
    view = dialog.findChild(QTreeView, "treeView")
    model, root = view.model(), view.rootIndex()
    rows = {model.index(r, 0, root).data(): [model.index(r, c, root).data() for c in range(4)]
            for r in range(model.rowCount(root))}
    pdf = rows["b.pdf"]
    assert pdf[1] == QLocale().formattedDataSize(1)  # not the system locale's
    assert pdf[3] == QLocale().toString(QFileInfo(str(folder / "b.pdf")).lastModified(), QLocale.FormatType.ShortFormat)
    assert rows["sub"][2] == ("文件夹" if language == "zh_CN" else "Folder")
    if language == "zh_CN":
        assert re.fullmatch(r"\d{4}/\d{1,2}/\d{1,2} \d{1,2}:\d{2}", pdf[3]), pdf[3]
    sidebar = dialog.findChild(QAbstractItemView, "sidebar")  # 计算机, not 计…
    assert sidebar.viewport().width() >= sidebar.sizeHintForColumn(0)
    for column in (1, 2, 3):  # whole texts, never "JSO…ent"
        for values in rows.values():
            width = view.fontMetrics().horizontalAdvance(values[column] or "")
            assert view.header().sectionSize(column) >= width, (values[column], view.header().sectionSize(column))
    dialog.close()


def test_filters_are_readable_and_name_the_files(qapp):
    for context, _title, filters, mode, where in DIALOGS:
        if mode == "folder":
            continue
        for language_filters in (filters, QCoreApplication.translate(context, filters)):
            first = language_filters.split(";;")[0]
            label, _, pattern = first.partition(" (")
            assert label.strip() and pattern.startswith("*."), (where, first)
    kinds = {dialogs.file_kind(filters) for _context, _title, filters, _mode, _where in DIALOGS}
    assert {"pdf", "netmkt-plan.json", "netmkt-data.json", "md"} <= kinds


def test_dialogs_open_in_documents_or_beside_the_portable_data_folder(qtbot, tmp_path):
    dialogs.configure_file_dialogs(None)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    expected = Path(documents) if documents and Path(documents).is_dir() else Path.home()
    assert dialogs.default_folder() == expected
    portable = tmp_path / "usb"
    (portable / "netmkt-data").mkdir(parents=True)
    dialogs.configure_file_dialogs(portable)  # app.py: the data folder's parent when portable
    dialog = dialogs.file_dialog(None, "t", "PDF 文件 (*.pdf)", mode="save", suggested="我的/规划:1.pdf")
    qtbot.addWidget(dialog)
    assert Path(dialog.directory().absolutePath()) == portable
    assert [Path(p).name for p in dialog.selectedFiles()] == ["我的_规划_1.pdf"]  # no folder separators
    assert dialog.defaultSuffix() == "pdf"
    dialogs.configure_file_dialogs(None)


def test_suggested_names_are_file_names_on_every_system():
    assert dialogs.safe_file_name('规划<1>: "A/B" \\ C?*|.pdf') == "规划_1__ _A_B_ _ C___.pdf"
    long = dialogs.safe_file_name("规" * 300 + ".netmkt-plan.json")
    assert len(long) == dialogs.FILE_NAME_LIMIT and long.endswith("规.netmkt-plan.json")
    assert dialogs.safe_file_name(" .. ") == "_"


def test_the_last_folder_is_remembered_per_kind_of_file(qtbot, tmp_path, monkeypatch):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    home, elsewhere = tmp_path / "home", tmp_path / "elsewhere"
    home.mkdir()
    elsewhere.mkdir()
    dialogs.configure_file_dialogs(home, settings)
    shown = []

    def accept(self):  # the student picks a file in ``elsewhere``
        shown.append(Path(self.directory().absolutePath()))
        self.selectFile(str(elsewhere / "mine.pdf"))
        return QFileDialog.DialogCode.Accepted

    monkeypatch.setattr(QFileDialog, "exec", accept)
    assert dialogs.ask_save_path(None, "t", "x.pdf", "PDF 文件 (*.pdf)") == str(elsewhere / "mine.pdf")
    dialogs.ask_save_path(None, "t", "x.pdf", "PDF 文件 (*.pdf)")
    dialogs.ask_open_path(None, "t", "学习规划文件 (*.netmkt-plan.json);;所有文件 (*)")
    assert shown == [home, elsewhere, home]  # PDFs: where the last one went; plans: not yet
    dialogs.configure_file_dialogs(home, settings)  # the next start of the app
    dialogs.ask_save_path(None, "t", "x.pdf", "PDF 文件 (*.pdf)")
    assert shown[-1] == elsewhere
    dialogs.configure_file_dialogs(None)


def test_a_suggested_path_opens_its_folder(qtbot, tmp_path):
    out = tmp_path / "2301班"
    out.mkdir()
    dialog = dialogs.file_dialog(None, "t", "CSV 表格 (*.csv)", mode="save", suggested=str(out / "2301班:汇总.csv"))
    qtbot.addWidget(dialog)
    assert Path(dialog.directory().absolutePath()) == out
    assert dialog.selectedFiles() == [str(out / "2301班_汇总.csv")]


def test_choose_folder_opens_in_start_or_where_the_last_one_was(qtbot, tmp_path, monkeypatch):
    classes = tmp_path / "classes"
    (classes / "2301").mkdir(parents=True)
    dialogs.configure_file_dialogs(tmp_path)
    shown = []

    def accept(self):  # the teacher picks classes/2301
        shown.append(Path(self.directory().absolutePath()))
        assert self.fileMode() == QFileDialog.FileMode.Directory
        self.selectFile(str(classes / "2301"))
        return QFileDialog.DialogCode.Accepted

    monkeypatch.setattr(QFileDialog, "exec", accept)
    assert dialogs.ask_folder(None, "t") == str(classes / "2301")
    dialogs.ask_folder(None, "t")
    dialogs.ask_folder(None, "t", str(classes))
    dialogs.ask_folder(None, "t", str(tmp_path / "gone"))
    assert shown == [tmp_path, classes / "2301", classes, classes / "2301"]
    dialogs.configure_file_dialogs(None)
