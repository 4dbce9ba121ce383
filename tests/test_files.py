import os
import stat
import sys

import pytest

from netmkt_desktop import files


def test_write_replaces_the_file_and_leaves_no_temp(tmp_path):
    target = tmp_path / "a.txt"
    target.write_text("old")
    files.write_text_atomic(target, "新的内容")
    assert target.read_text(encoding="utf-8") == "新的内容"
    assert os.listdir(tmp_path) == ["a.txt"]


def test_failed_rename_keeps_the_old_file_and_leaves_no_temp(tmp_path, monkeypatch):
    target = tmp_path / "a.txt"
    target.write_text("old")

    def fail(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(files.os, "replace", fail)
    with pytest.raises(OSError):
        files.write_bytes_atomic(target, b"new")
    assert target.read_text() == "old"
    assert os.listdir(tmp_path) == ["a.txt"]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")
def test_mode_is_set_on_the_new_file(tmp_path):
    target = tmp_path / "a.pdf"
    files.write_bytes_atomic(target, b"x", mode=0o644)
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    files.write_bytes_atomic(target, b"y")  # without a mode: mkstemp's owner-only file
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
