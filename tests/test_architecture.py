"""The import rule of DESIGN.md ("Shape of the code"), checked by parsing every module's imports.

    leaves  <-  core (pure rules)  <-  storage  <-  ui  <-  app

* a leaf (errors, records, validation, pin, i18n, plain_import) imports nothing from the project;
* a module imports only modules of its own layer or of layers below it, never above;
* there is no import cycle anywhere in ``netmkt_desktop/``.

Every import counts: at the top, inside functions, under ``if TYPE_CHECKING:``.  The package
itself (``netmkt_desktop/__init__.py``: the app's name and version) is below everything.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "netmkt_desktop"

LEAVES = {"errors", "records", "validation", "pin", "i18n", "plain_import"}
APP = {"app", "cli", "__main__"}
LAYERS = ("package", "leaf", "core", "storage", "ui", "app")


def module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def layer(module: str, package: str = "netmkt_desktop") -> str:
    parts = module.split(".")
    if parts == [package]:
        return "package"
    second = parts[1]
    if second == "storage":
        return "storage"
    if second == "ui":
        return "ui"
    if second in APP:
        return "app"
    if second in LEAVES and len(parts) == 2:
        return "leaf"
    return "core"


def imports(path: Path, root: Path) -> list[tuple[str, int]]:
    """(module, line) of every import of a project module in the file, wherever it stands."""
    package = root.name
    this = module_name(path, root)
    found = []
    known = {module_name(p, root) for p in root.rglob("*.py")}
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name == package or alias.name.startswith(package + "."):
                    found.append((alias.name, node.lineno))
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative: resolve against this module's package
                base = this.split(".")
                if path.name != "__init__.py":
                    base = base[:-1]
                base = base[: len(base) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if not (target == package or target.startswith(package + ".")):
                continue
            for alias in node.names:  # "from pkg import module" names a module; else the target itself
                candidate = f"{target}.{alias.name}"
                found.append((candidate if candidate in known else target, node.lineno))
    return found


def graph(root: Path) -> dict[str, list[tuple[str, int]]]:
    return {module_name(p, root): imports(p, root) for p in sorted(root.rglob("*.py"))}


def problems(root: Path) -> list[str]:
    """Every break of the import rule under ``root`` (a package folder), as readable lines."""
    package = root.name
    edges = graph(root)
    found = []
    for module, targets in edges.items():
        mine = LAYERS.index(layer(module, package))
        for target, line in targets:
            if target == module:
                continue
            theirs = LAYERS.index(layer(target, package))
            if layer(module, package) == "leaf":
                found.append(f"{module}:{line}: a leaf imports {target}")
            elif theirs > mine:
                found.append(f"{module}:{line}: {layer(module, package)} imports {target} ({LAYERS[theirs]}, above it)")
    found += [f"import cycle: {' -> '.join(cycle)}" for cycle in cycles(edges)]
    return found


def cycles(edges: dict[str, list[tuple[str, int]]]) -> list[list[str]]:
    """One cycle for every strongly connected group of modules (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []
    counter = [0]

    def visit(node: str) -> None:
        index[node] = low[node] = counter[0]
        counter[0] += 1
        stack.append(node)
        on_stack.add(node)
        for target, _line in edges.get(node, []):
            if target == node or target not in edges:
                continue
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group) + [sorted(group)[0]])

    sys.setrecursionlimit(max(sys.getrecursionlimit(), 10_000))
    for node in edges:
        if node not in index:
            visit(node)
    return groups


# ---------------------------------------------------------------------------------------------


def test_the_package_keeps_the_import_rule():
    assert problems(PACKAGE) == []


def test_every_module_has_a_layer_and_the_leaves_exist():
    modules = graph(PACKAGE)
    assert {f"netmkt_desktop.{name}" for name in LEAVES} <= set(modules)
    assert {"storage", "ui", "core", "leaf", "app"} <= {layer(m) for m in modules}
    assert layer("netmkt_desktop.storage.opening") == "storage" and layer("netmkt_desktop.plans") == "core"


def test_the_leaves_and_the_core_rules_load_neither_sqlalchemy_nor_qt():
    """Importing the PIN code, the errors or the plan rules loads neither SQLAlchemy nor Qt."""
    code = ("import sys\n"
            "import netmkt_desktop.pin, netmkt_desktop.errors, netmkt_desktop.records, netmkt_desktop.validation\n"
            "import netmkt_desktop.i18n, netmkt_desktop.plans, netmkt_desktop.profile_file, netmkt_desktop.study\n"
            "import netmkt_desktop.storage.backups, netmkt_desktop.storage.sqlite_files\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'PySide6')))\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                            cwd=PACKAGE.parent)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_the_window_is_painted_without_sqlalchemy(tmp_path):
    """Everything the main window needs for its first paint, the 首页's picture included, is imported
    without the storage's SQLAlchemy."""
    code = ("import os, sys\n"
            "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
            "from PySide6.QtCore import QSettings\n"
            "from PySide6.QtWidgets import QApplication\n"
            "app = QApplication([])\n"
            "import netmkt_desktop.app\n"
            "from netmkt_desktop.content import load_content, seed_path\n"
            "from netmkt_desktop.ui.main_window import MainWindow\n"
            "window = MainWindow(load_content(seed_path()), QSettings(sys.argv[1], QSettings.Format.IniFormat),\n"
            "                    outline_style_later=True)\n"
            "window.show()\n"
            "app.processEvents()\n"
            "print(window.detail.toPlainText() != '', 'sqlalchemy' in sys.modules,\n"
            "      window.tabs.currentWidget() is window.start_page)\n")  # a first start: the 首页 is painted
    result = subprocess.run([sys.executable, "-c", code, str(tmp_path / "settings.ini")], capture_output=True,
                            text=True, timeout=60, cwd=PACKAGE.parent)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["True", "False", "True"]


def plant(root: Path, files: dict[str, str]) -> Path:
    """A small package ``netmkt_desktop`` under ``root`` with the given modules."""
    package = root / "netmkt_desktop"
    for name, text in {"__init__.py": "", "storage/__init__.py": "", "ui/__init__.py": "", **files}.items():
        path = package / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return package


def test_a_clean_synthetic_tree_passes(tmp_path):
    package = plant(tmp_path, {
        "errors.py": "import os\n",
        "plans.py": "from netmkt_desktop.errors import X\n",
        "storage/db.py": "from netmkt_desktop import plans\n",
        "ui/window.py": "from netmkt_desktop.storage import db\nfrom netmkt_desktop.errors import X\n",
        "app.py": "def main():\n    from netmkt_desktop.ui.window import W\n",
    })
    assert problems(package) == []


def test_an_upward_import_inside_a_function_is_found(tmp_path):
    package = plant(tmp_path, {
        "storage/db.py": "def save():\n    from netmkt_desktop.ui.window import show\n    show()\n",
        "ui/window.py": "def show():\n    pass\n",
    })
    assert problems(package) == [
        "netmkt_desktop.storage.db:2: storage imports netmkt_desktop.ui.window (ui, above it)"]


def test_a_leaf_that_imports_the_project_is_found(tmp_path):
    package = plant(tmp_path, {
        "errors.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from netmkt_desktop import i18n\n",
        "i18n.py": "",
    })
    assert problems(package) == ["netmkt_desktop.errors:3: a leaf imports netmkt_desktop.i18n"]


def test_a_cycle_is_found_also_through_a_late_import(tmp_path):
    package = plant(tmp_path, {
        "plans.py": "from netmkt_desktop import tiers\n",
        "tiers.py": "def label():\n    from . import render\n",
        "render.py": "import netmkt_desktop.plans\n",
    })
    assert problems(package) == [
        "import cycle: netmkt_desktop.plans -> netmkt_desktop.render -> netmkt_desktop.tiers -> netmkt_desktop.plans"]


@pytest.mark.parametrize("module, expected", [
    ("netmkt_desktop", "package"), ("netmkt_desktop.pin", "leaf"), ("netmkt_desktop.paths", "core"),
    ("netmkt_desktop.storage", "storage"), ("netmkt_desktop.ui.session", "ui"), ("netmkt_desktop.app", "app"),
])
def test_layers(module, expected):
    assert layer(module) == expected


def exceptions_outside_errors(root: Path) -> list[str]:
    """Every class of the package that derives from an exception, except in ``errors.py``.

    A class counts when one of its bases is a built-in exception or a name ending in Error or
    Exception (the project's own: they all live in errors.py)."""
    import builtins

    builtin_exceptions = {name for name, value in vars(builtins).items()
                          if isinstance(value, type) and issubclass(value, BaseException)}
    found = []
    for path in sorted(root.rglob("*.py")):
        if path.relative_to(root).as_posix() == "errors.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.ClassDef):
                continue
            names = {base.id if isinstance(base, ast.Name) else base.attr
                     for base in node.bases if isinstance(base, (ast.Name, ast.Attribute))}
            if names & builtin_exceptions or any(n.endswith(("Error", "Exception")) for n in names):
                found.append(f"{module_name(path, root)}:{node.lineno}: {node.name}")
    return found


def test_every_exception_lives_in_errors():
    """One place for every exception, each with a stable code (callers branch on the code, never on text)."""
    assert exceptions_outside_errors(PACKAGE) == []
    from netmkt_desktop import errors

    for name, value in vars(errors).items():
        if isinstance(value, type) and issubclass(value, Exception) and value.__module__ == errors.__name__:
            assert issubclass(value, errors.NetmktError), name
            assert isinstance(value.code, errors.ErrorCode), name


def test_an_exception_outside_errors_is_found(tmp_path):
    root = tmp_path / "netmkt_desktop"
    root.mkdir()
    (root / "errors.py").write_text("class NetmktError(Exception):\n    pass\n")
    (root / "files.py").write_text("import errors\n\n\nclass ReadError(errors.NetmktError):\n    pass\n"
                                   "\n\nclass Fine:\n    pass\n\n\nclass Odd(ValueError):\n    pass\n")
    assert exceptions_outside_errors(root) == ["netmkt_desktop.files:4: ReadError", "netmkt_desktop.files:12: Odd"]


LONG_MODULE = 520  # "about 500 lines"
LONG_REASON = re.compile(r"(longer|over)\b.{0,40}\b\d{3} lines", re.IGNORECASE | re.DOTALL)


def long_modules_without_a_reason(root: Path) -> list[str]:
    """Modules over about 500 lines whose docstring does not say why they are that long."""
    found = []
    for path in sorted(root.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        if text.count("\n") > LONG_MODULE and not LONG_REASON.search(ast.get_docstring(ast.parse(text)) or ""):
            found.append(f"{module_name(path, root)} ({text.count(chr(10))} lines)")
    return found


def test_a_long_module_says_why_at_its_top(tmp_path):
    assert long_modules_without_a_reason(PACKAGE) == []
    root = tmp_path / "netmkt_desktop"
    root.mkdir()
    body = "x = 1\n" * 600
    (root / "short.py").write_text('"""Short."""\n' + "x = 1\n" * 10)
    (root / "long.py").write_text('"""Long, but nobody says why."""\n' + body)
    (root / "reasoned.py").write_text('"""Why it is longer than 500 lines: one table."""\n' + body)
    assert long_modules_without_a_reason(root) == ["netmkt_desktop.long (601 lines)"]
