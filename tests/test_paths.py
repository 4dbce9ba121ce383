from pathlib import Path

import pytest

from netmkt_desktop.errors import DataDirError, ErrorCode
from netmkt_desktop.paths import (
    ENV_DATA_DIR,
    PORTABLE_FOLDER,
    PORTABLE_MARKER,
    DataFolder,
    bundled_dir,
    ensure_writable,
    resolve_data_dir,
)


def test_option_wins_over_environment_and_marker(tmp_path):
    (tmp_path / PORTABLE_MARKER).write_text("", encoding="utf-8")
    found = resolve_data_dir(str(tmp_path / "opt"), {ENV_DATA_DIR: str(tmp_path / "env")}, tmp_path)
    assert found.path == tmp_path / "opt" and found.origin == "option"


def test_environment_wins_over_marker(tmp_path):
    (tmp_path / PORTABLE_MARKER).write_text("", encoding="utf-8")
    found = resolve_data_dir(None, {ENV_DATA_DIR: str(tmp_path / "env")}, tmp_path)
    assert found.path == tmp_path / "env" and found.origin == "environment"


def test_portable_marker_keeps_data_beside_the_launcher(tmp_path):
    (tmp_path / PORTABLE_MARKER).write_text("", encoding="utf-8")
    found = resolve_data_dir(None, {}, tmp_path)
    assert found.path == tmp_path / PORTABLE_FOLDER and found.origin == "portable"


def test_default_is_the_user_data_folder(tmp_path):
    found = resolve_data_dir(None, {}, tmp_path)
    assert found.origin == "default"
    assert "netmkt-desktop" in str(found.path)


def test_folder_with_spaces_and_chinese_is_created(tmp_path):
    target = tmp_path / "U盘 学习数据" / "张 三"
    assert ensure_writable(target) == target
    assert target.is_dir()


def test_a_file_in_the_way_gives_a_clear_message(tmp_path):
    blocker = tmp_path / "blocker"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(DataDirError) as info:
        ensure_writable(blocker / "data")
    message = str(info.value)
    assert str(blocker / "data") in message
    assert "--data-dir" in message
    assert info.value.code == ErrorCode.NOT_A_FOLDER and info.value.path == blocker / "data"


def test_a_data_folder_names_its_files_in_one_place(tmp_path):
    folder = DataFolder(tmp_path)
    assert folder.legacy_database == tmp_path / "netmkt.sqlite3" and folder.backups == tmp_path / "backups"
    assert folder.profile(7).database == tmp_path / "profiles" / "7" / "netmkt.sqlite3"
    assert folder.profile(7).backups == tmp_path / "profiles" / "7" / "backups"
    assert folder.profile(7).card == tmp_path / "profiles" / "7" / "profile.json"
    assert folder.state == tmp_path / "state.json" and folder.teacher == tmp_path / "teacher.json"
    assert folder.settings == tmp_path / "settings.ini" and folder.packs == tmp_path / "packs"


def test_bundled_folders_are_found():
    assert (bundled_dir("seed") / "core.json").is_file()
    assert isinstance(bundled_dir("resources"), Path)
