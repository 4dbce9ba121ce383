import os
import subprocess
import time
import sys

import pytest
import shiboken6

from netmkt_desktop import __version__, app, content
from netmkt_desktop.ui import dialogs


@pytest.fixture
def errors(monkeypatch):
    shown = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: shown.append((title, text)))
    return shown


def test_version_and_help(capsys):
    assert app.main(["--version"]) == 0
    assert __version__ in capsys.readouterr().out
    assert app.main(["--help"]) == 0
    out = capsys.readouterr().out
    assert "--data-dir" in out and "NETMKT_DATA_DIR" in out


def run_app(args, tmp_path, **env):
    """Start the app in its own process (its event loop must not run inside the test process)."""
    environ = dict(os.environ, QT_QPA_PLATFORM="offscreen", NETMKT_EXIT_AFTER_FIRST_PAINT="1", **env)
    environ.pop("NETMKT_DATA_DIR", None) if "NETMKT_DATA_DIR" not in env else None
    return subprocess.run([sys.executable, "-m", "netmkt_desktop", *args], cwd=tmp_path, env=environ,
                          capture_output=True, text=True, timeout=60)


def test_starts_with_content_and_remembers_state(tmp_path):
    folder = tmp_path / "数据 文件夹"
    result = run_app(["--data-dir", str(folder)], tmp_path)
    assert result.returncode == 0, result.stderr
    assert "first_paint_epoch=" in result.stdout
    assert "Traceback" not in result.stderr
    assert (folder / "settings.ini").is_file()


def test_environment_variable_chooses_the_data_folder(tmp_path):
    result = run_app([], tmp_path, NETMKT_DATA_DIR=str(tmp_path / "env-data"))
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "env-data" / "settings.ini").is_file()


def test_unwritable_data_folder_gets_a_message_naming_it(qapp, tmp_path, errors):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    assert app.main(["--data-dir", str(blocker / "data")]) == 2
    (title, text), = errors
    assert "数据文件夹" in title
    assert str(blocker / "data") in text and "--data-dir" in text


def test_broken_content_gets_a_message_not_a_traceback(qapp, tmp_path, monkeypatch, errors):
    broken = tmp_path / "core.json"
    broken.write_text('{"format": "netmkt-content", "format_version": 1, "pack": {"id": 5}}', encoding="utf-8")
    monkeypatch.setattr(content, "seed_path", lambda: broken)
    assert app.main(["--data-dir", str(tmp_path / "d")]) == 2
    (title, text), = errors
    assert "内容文件" in title
    assert str(broken) in text and "pack.id" in text and "应为文本" in text


def test_validate_content_checks_a_pack_without_a_window(tmp_path, capsys):
    assert app.main(["--validate-content", str(content.seed_path())]) == 0
    assert "core" in capsys.readouterr().out
    broken = tmp_path / "pack.json"
    broken.write_text("{", encoding="utf-8")
    assert app.main(["--validate-content", str(broken)]) == 2
    assert str(broken) in capsys.readouterr().err


def test_second_start_with_the_same_data_folder_hands_over_to_the_first(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("NETMKT_EXIT_AFTER_FIRST_PAINT", None)
    folder = tmp_path / "共用 数据"
    first = subprocess.Popen([sys.executable, "-m", "netmkt_desktop", "--data-dir", str(folder)], cwd=tmp_path,
                             env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 30
        while not list(folder.glob("profiles/*/netmkt.sqlite3")):  # the first window has painted and opened its data
            assert first.poll() is None, first.communicate()
            assert time.monotonic() < deadline
            time.sleep(0.05)
        second = run_app(["--data-dir", str(folder)], tmp_path)
        assert second.returncode == 0, second.stderr
        assert "切换到前面" in second.stdout
        assert "first_paint_epoch" not in second.stdout  # no second window
        assert first.poll() is None  # the first one keeps running
    finally:
        first.terminate()
        first.communicate(timeout=20)


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # the offscreen platform cannot raise a window
def test_a_second_start_says_so_and_the_first_window_too(qapp, qtbot, content, tmp_path, monkeypatch):
    """Started from the desktop, a second start on the same data folder was silent (it only printed
    to a terminal nobody sees): a short box says the app is running, and the first window says why it
    came forward."""
    from PySide6.QtCore import QSettings

    from netmkt_desktop.single_instance import SingleInstance
    from netmkt_desktop.ui.main_window import MainWindow

    folder = tmp_path / "共用 数据"
    folder.mkdir()
    first = SingleInstance()
    assert first.acquire(folder)
    window = MainWindow(content, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    first.activation_requested.connect(window.bring_to_front)
    notices = []
    monkeypatch.setattr(dialogs, "show_notice", lambda parent, title, text, seconds=8: notices.append(
        (title, text, seconds)))
    try:
        with qtbot.waitSignal(first.activation_requested, timeout=10000):
            assert app.main(["--data-dir", str(folder)]) == 0
        ((title, text, seconds),) = notices
        assert "已在运行" in title and "切换到前面" in text and str(folder) in text
        assert 0 < seconds <= 10  # it goes by itself
        assert window.statusBar().currentMessage().startswith("已在运行")
    finally:
        first.release()
        shiboken6.delete(first)  # now, as tests/test_single_instance.py does
