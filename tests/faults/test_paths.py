"""Any folder name works, and a path too long for SQLite is named with its limit.

A data folder called ``学习 数据?v=1%41#备份`` broke the store: SQLAlchemy's URL read ``?`` as the
start of options, so the database was created *outside* the folder (``…/学习 数据``) and the start
ended in a traceback.  The store now opens its file through a creator, the exact path.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtCore import QSettings

from netmkt_desktop import app
from netmkt_desktop.errors import ErrorCode, StoreWriteError
from netmkt_desktop.paths import DATABASE_NAME
from netmkt_desktop.plans import CareerPlan
from netmkt_desktop.storage.db import SQLITE_PATH_LIMIT
from netmkt_desktop.storage.opening import open_store_safely
from netmkt_desktop.storage.store import Store
from netmkt_desktop.ui import dialogs
from netmkt_desktop.ui.main_window import MainWindow

ODD_NAMES = ["学习 数据?v=1%41#备份 ", "100%25", "a?b", "#1 %41%42?", "?"]


def everything_under(folder):
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


@pytest.mark.parametrize("name", ODD_NAMES)
def test_a_folder_with_any_name_holds_the_data_and_nothing_strays(tmp_path, name):
    parent = tmp_path / "parent"
    parent.mkdir()
    folder = parent / name
    store = Store.open(folder)
    profile = store.profiles.default().id
    store.profile(profile).plans.save(CareerPlan(title="问号文件夹里的规划", position_id="pos.ecommerce_host"))
    store.profile(profile).study.save_note("survey", "百分号 %41 不是 A")
    store.close()
    assert [p.name for p in parent.iterdir()] == [name]  # no stray database beside the folder
    assert any(p.name == DATABASE_NAME for p in folder.rglob("*"))  # the data is inside the folder
    result = open_store_safely(folder)
    assert result.store is not None, result.message
    data = result.store.profile(profile)
    assert [p.title for p in data.plans.all()] == ["问号文件夹里的规划"]
    assert data.study.note("survey") == "百分号 %41 不是 A"
    result.store.close()
    assert [p.name for p in parent.iterdir()] == [name]


def test_the_app_starts_and_saves_in_such_a_folder(qtbot, content, tmp_path, monkeypatch):
    parent = tmp_path / "U盘"
    parent.mkdir()
    folder = parent / "学习 数据?v=1%41#备份"
    environ = dict(os.environ, QT_QPA_PLATFORM="offscreen", **{app.ENV_EXIT_AFTER_FIRST_PAINT: "1"})
    environ.pop("NETMKT_DATA_DIR", None)
    started = subprocess.run([sys.executable, "-m", "netmkt_desktop", "--data-dir", str(folder)], cwd=tmp_path,
                             env=environ, capture_output=True, text=True, timeout=60)  # its own event loop
    assert started.returncode == 0 and "Traceback" not in started.stderr, started.stderr
    assert "first_paint_epoch=" in started.stdout
    errors = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent_, title, text: errors.append(text))
    window = MainWindow(content, QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    app.open_personal_data(window, folder)
    assert errors == [] and window.session.data is not None
    window.session.data.study.save_note("survey", "开机后的笔记")
    window.session.close()
    assert [p.name for p in parent.iterdir()] == [folder.name]
    assert any(p.name == DATABASE_NAME for p in folder.rglob("*"))


def long_folder(base, size: int):
    """A folder under ``base`` whose database path is ``size`` bytes long."""
    need = size - len(os.fsencode(base / DATABASE_NAME))  # bytes of "/part/part..." still to add
    parts: list[str] = []
    while need > 0:
        if need == 1:  # no room for a separator and a name: lengthen the last part
            parts[-1] += "a"
            break
        n = min(need - 1, 120)
        parts.append("长" * (n // 3) + "a" * (n % 3))
        need -= n + 1
    folder = base.joinpath(*parts)
    assert len(os.fsencode(folder / DATABASE_NAME)) == size, len(os.fsencode(folder / DATABASE_NAME))
    return folder


@pytest.mark.skipif(sys.platform == "win32", reason="the byte limit of SQLite on Unix-like systems")
def test_a_path_too_long_for_sqlite_gets_a_message_naming_the_limit(tmp_path, qtbot, content, monkeypatch):
    # a long folder whose files (each profile's database lies a few folders deeper) stay within the limit
    fits = long_folder(tmp_path / "fits", SQLITE_PATH_LIMIT - 120)
    store = Store.open(fits)
    store.profile(store.profiles.default().id).study.save_note("survey", "刚好")
    store.close()
    too_long = long_folder(tmp_path / "long", SQLITE_PATH_LIMIT + 1)  # even the folder's top level is too long
    with pytest.raises(StoreWriteError) as info:
        opened = Store.open(too_long)
        opened.profile(opened.profiles.default().id)
    assert info.value.code == ErrorCode.CANNOT_OPEN
    message = str(info.value)
    assert "路径太长" in message and f"最多 {SQLITE_PATH_LIMIT} 个字节" in message
    assert not any(p.name == DATABASE_NAME for p in too_long.rglob("*"))
    shown = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: shown.append(text))
    window = MainWindow(content, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    app.open_personal_data(window, too_long)  # the start-up: the window says why, browsing goes on
    assert window.session.data is None  # nothing of a profile opened; the content can still be read
    assert len(shown) == 1 and f"最多 {SQLITE_PATH_LIMIT} 个字节" in shown[0] and "路径太长" in shown[0]
