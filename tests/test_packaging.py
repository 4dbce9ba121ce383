"""Packaging: the wheel carries seed/ and resources/ and runs from a fresh environment, offline;
the desktop entry and the application icon.

The wheel is built and installed once per session (a few seconds). The PyInstaller bundle is not
built here (minutes): run packaging/build_bundle.sh by hand.
"""

from __future__ import annotations

import configparser
import importlib.util
import json
import os
import shutil
import site
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
ICON_SIZES = (16, 32, 48, 64, 128, 256)


def _clean_env(**extra: str) -> dict[str, str]:
    """No PYTHONPATH (nothing may reach the checkout through it), no user site, offscreen Qt."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP", "NETMKT_DATA_DIR")}
    env.update(QT_QPA_PLATFORM="offscreen", PYTHONNOUSERSITE="1", **extra)
    return env


def _run(args: list[str], cwd: Path, timeout: float = 120, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(a) for a in args], cwd=cwd, env=_clean_env(**env), capture_output=True,
                          text=True, encoding="utf-8", errors="replace", timeout=timeout)


def _is_inside(path: str | Path, folder: Path) -> bool:
    return Path(path).resolve().is_relative_to(folder.resolve())


@pytest.fixture(scope="session")
def wheel(tmp_path_factory) -> Path:
    if importlib.util.find_spec("hatchling") is None:
        pytest.fail('hatchling is missing: python3 -m pip install -e ".[test]"')
    out = tmp_path_factory.mktemp("wheelhouse")
    # --no-build-isolation + --no-index: builds with the hatchling installed here, never downloads.
    result = _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index",
                   "--disable-pip-version-check", "-q", "-w", out, ROOT], cwd=out)
    assert result.returncode == 0, result.stdout + result.stderr
    wheels = list(out.glob("netmkt_desktop-*.whl"))
    assert len(wheels) == 1, wheels
    return wheels[0]


@pytest.fixture(scope="session")
def venv(wheel, tmp_path_factory) -> Path:
    """A fresh environment with the wheel installed, like a classroom PC with PySide6 already there.

    Why not ``python -m venv --system-site-packages``: this checkout is installed in editable mode
    (a ``.pth`` in site-packages that puts the checkout on sys.path), and the system site-packages
    of a venv is that of the *base* Python, which misses PySide6 etc. when the tests themselves run
    inside a venv. Instead: a plain venv plus one ``.pth`` naming this environment's site-packages
    folders. Folders named in a .pth are added to sys.path, but .pth files *inside* them are not
    processed, so the editable install's .pth never applies: PySide6, SQLAlchemy, ... come from
    here, and netmkt_desktop can only come from the installed wheel (the probe checks that too).
    """
    folder = tmp_path_factory.mktemp("venv") / "env"
    result = _run([sys.executable, "-m", "venv", "--without-pip", folder], cwd=folder.parent)
    assert result.returncode == 0, result.stderr
    python = _venv_python(folder)
    purelib = _run([python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"], cwd=folder)
    assert purelib.returncode == 0, purelib.stderr
    # Only site-packages folders: the checkout's .venv (uv's place for it) is inside ROOT, and that is
    # fine, since the editable install's .pth in it is not processed (see above).
    outer = [p for p in site.getsitepackages() + [site.getusersitepackages()]
             if Path(p).is_dir() and Path(p).resolve() != ROOT.resolve()]
    (Path(purelib.stdout.strip()) / "_netmkt_test_outer_site.pth").write_text(
        "\n".join(outer) + "\n", encoding="utf-8")
    # pip itself comes from the outer site-packages; --ignore-installed: the editable dist-info seen
    # there is neither uninstalled nor taken as "already satisfied"; --no-index: offline.
    result = _run([python, "-m", "pip", "install", "--no-deps", "--no-index", "--ignore-installed",
                   "--disable-pip-version-check", "-q", wheel], cwd=folder)
    assert result.returncode == 0, result.stdout + result.stderr
    return folder


def _venv_python(folder: Path) -> Path:
    return folder / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


_PROBE = r"""
import importlib, json, os, pkgutil, sys
import netmkt_desktop
from netmkt_desktop import paths
for info in pkgutil.walk_packages(netmkt_desktop.__path__, "netmkt_desktop."):
    if not info.name.endswith("__main__"):  # importing it would run the app
        importlib.import_module(info.name)
from PySide6.QtWidgets import QApplication
qapp = QApplication(["netmkt-desktop"])
from netmkt_desktop import app
code = app.main(["--data-dir", sys.argv[1]])
icon = QApplication.windowIcon()
print(json.dumps({
    "code": code,
    "package": netmkt_desktop.__file__,
    "seed": str(paths.bundled_dir("seed")),
    "resources": str(paths.bundled_dir("resources")),
    "module_files": sorted(m.__file__ for m in list(sys.modules.values())  # (shiboken's are relative)
                           if isinstance(getattr(m, "__file__", None), str) and os.path.isabs(m.__file__)),
    "icon_null": icon.isNull(),
    "icon_pixmap_sizes": [icon.pixmap(size).width() for size in (16, 24, 32, 48, 64, 128, 256)],
}))
"""


@pytest.fixture(scope="session")
def probe(venv, tmp_path_factory) -> dict:
    """Run main() with the installed copy, from a folder outside the checkout; report what was used."""
    work = tmp_path_factory.mktemp("probe")
    result = _run([_venv_python(venv), "-c", _PROBE, work / "data"], cwd=work, NETMKT_EXIT_AFTER_FIRST_PAINT="1")
    assert result.returncode == 0, result.stdout + result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_wheel_contains_the_content_and_the_icons(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    assert {"netmkt_desktop/seed/core.json", "netmkt_desktop/seed/content.schema.json",
            "netmkt_desktop/resources/icons/netmkt-desktop.svg"} <= names
    assert {f"netmkt_desktop/resources/icons/netmkt-desktop-{size}.png" for size in ICON_SIZES} <= names
    assert not [n for n in names if "__pycache__" in n or n.endswith(".pyc")]


def test_installed_wheel_starts_outside_the_checkout(venv, tmp_path):
    data = tmp_path / "data"
    result = _run([_venv_python(venv), "-m", "netmkt_desktop", "--data-dir", data], cwd=tmp_path,
                  timeout=60, NETMKT_EXIT_AFTER_FIRST_PAINT="1")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "first_paint_epoch=" in result.stdout
    assert "Traceback" not in result.stderr
    assert (data / "settings.ini").is_file()
    where = _run([_venv_python(venv), "-c", "import netmkt_desktop; print(netmkt_desktop.__file__)"], cwd=tmp_path)
    assert _is_inside(where.stdout.strip(), venv), where.stdout + where.stderr


def test_installed_wheel_uses_only_its_own_files(venv, probe):
    assert probe["code"] == 0
    assert _is_inside(probe["package"], venv)
    assert _is_inside(probe["seed"], venv) and _is_inside(probe["resources"], venv)
    own_code = ROOT / "netmkt_desktop"
    from_checkout = [f for f in probe["module_files"] if _is_inside(f, own_code)]
    assert from_checkout == []


def test_running_app_has_the_window_icon(probe):
    assert not probe["icon_null"]
    assert probe["icon_pixmap_sizes"] == [16, 24, 32, 48, 64, 128, 256]


def test_console_entry_point(venv, tmp_path):
    script = venv / ("Scripts/netmkt-desktop-cli.exe" if os.name == "nt" else "bin/netmkt-desktop-cli")
    result = _run([script, "--version"], cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("netmkt-desktop ")


def test_app_icon_holds_every_png_size(qapp):
    from PySide6.QtGui import QImage

    from netmkt_desktop.ui.app_icon import ICON_SIZES as sizes
    from netmkt_desktop.ui.app_icon import app_icon, png_path, svg_path

    assert sizes == ICON_SIZES
    assert svg_path().is_file()
    for size in sizes:
        image = QImage(str(png_path(size)))
        assert (image.width(), image.height()) == (size, size), png_path(size)
        assert image.hasAlphaChannel()
    icon = app_icon()
    assert not icon.isNull()
    assert sorted(s.width() for s in icon.availableSizes()) == list(sizes)
    for size in (*sizes, 24, 100):  # sizes in between are scaled from the next larger PNG
        assert icon.pixmap(size).width() == size


def test_pngs_are_up_to_date_with_the_svg(qapp):
    """After editing the SVG, run packaging/make_icons.py and commit its PNGs."""
    from PySide6.QtGui import QImage
    from PySide6.QtSvg import QSvgRenderer

    spec = importlib.util.spec_from_file_location("make_icons", PACKAGING / "make_icons.py")
    make_icons = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make_icons)
    renderer = QSvgRenderer(str(make_icons.SVG))
    for size in (16, 64):
        fresh = QImage.fromData(make_icons.render(renderer, size))
        committed = QImage(str(make_icons.ICONS / f"netmkt-desktop-{size}.png"))
        diff = sum(abs(fresh.pixelColor(x, y).red() - committed.pixelColor(x, y).red())
                   + abs(fresh.pixelColor(x, y).alpha() - committed.pixelColor(x, y).alpha())
                   for x in range(size) for y in range(size)) / (size * size)
        assert diff < 4, f"netmkt-desktop-{size}.png differs from the SVG: run packaging/make_icons.py"


def test_desktop_entry():
    path = PACKAGING / "netmkt-desktop.desktop"
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Name"] == "网络营销岗位学习助手"
    assert entry["Name[en]"] == "NetMkt Desktop"
    assert entry["Exec"] == "netmkt-desktop"  # the gui-script of pyproject.toml
    assert entry["Icon"] == "netmkt-desktop"
    assert entry["Categories"] == "Education;"
    assert entry["Terminal"] == "false"
    assert entry["Comment"] and entry["Comment[en]"]
    validator = shutil.which("desktop-file-validate")
    if validator:  # Debian: desktop-file-utils
        result = subprocess.run([validator, str(path)], capture_output=True, text=True)
        assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_pyinstaller_spec_is_valid_python_and_places_data_for_bundled_dir():
    text = (PACKAGING / "netmkt-desktop.spec").read_text(encoding="utf-8")
    compile(text, "netmkt-desktop.spec", "exec")
    assert '"netmkt_desktop/seed"' in text and '"netmkt_desktop/resources"' in text


def test_uv_dev_group_has_every_test_tool_of_the_pip_extra():
    """`uv run pytest` (dev group) and `pip install -e ".[test]"` (test extra) install the same tools."""
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    extra = set(project["project"]["optional-dependencies"]["test"])
    group = set(project["dependency-groups"]["dev"])
    assert extra <= group, extra - group
    assert "uv.lock" in (ROOT / ".gitignore").read_text(encoding="utf-8").split()


def test_ci_runs_the_readmes_test_command():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "uv run pytest" in readme and "uv run netmkt-desktop" in readme
    assert ci.rstrip().splitlines()[-1] == "uv run pytest"
