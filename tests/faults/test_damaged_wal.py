"""A damaged ``-wal`` left by the last session: copied aside before opening, the student told, nothing
lost that verifies (storage/wal.py, RELIABILITY.md §1).

The data folder is copied while the store is open and has saved: exactly what a power cut or a kill
leaves on disk (every save's WAL frames fsync'ed, nothing checkpointed yet).
"""

from __future__ import annotations

import random
import shutil
import struct
from pathlib import Path

import pytest

from netmkt_desktop.app import open_personal_data
from netmkt_desktop.plans import CareerPlan
from netmkt_desktop.storage.opening import open_profile_safely
from netmkt_desktop.storage.store import Store
from netmkt_desktop.storage.wal import check_wal

TITLES = [f"第{n}次保存" for n in range(1, 6)]


def crashed_folder(tmp_path: Path) -> Path:
    """A data folder as a crash leaves it: five reported saves still only in profile 1's -wal."""
    live = tmp_path / "live"
    store = Store.open(live)
    profile = store.profiles.default().id
    data = store.profile(profile)
    for title in TITLES:
        data.plans.save(CareerPlan(title=title, position_id="pos.ecommerce_host"))
    crashed = tmp_path / "crashed"
    shutil.copytree(live, crashed)
    store.close()
    wal = crashed / "profiles" / str(profile) / "netmkt.sqlite3-wal"
    assert wal.stat().st_size > 0 and check_wal(wal).ok and check_wal(wal).commits >= 5
    return crashed


def wal_of(folder: Path) -> Path:
    return folder / "profiles" / "1" / "netmkt.sqlite3-wal"


def frames(wal: Path) -> tuple[int, list[tuple[int, int]]]:
    """The page size and (offset, commit size) of each frame."""
    raw = wal.read_bytes()
    page_size = struct.unpack(">I", raw[8:12])[0]
    found = []
    for offset in range(32, len(raw) - 24 - page_size + 1, 24 + page_size):
        found.append((offset, struct.unpack(">I", raw[offset + 4:offset + 8])[0]))
    return page_size, found


def flip(path: Path, offset: int) -> None:
    raw = bytearray(path.read_bytes())
    raw[offset] ^= 0x5A
    path.write_bytes(bytes(raw))


def open_titles(folder: Path):
    store = Store.open(folder)
    result = open_profile_safely(store, 1)
    assert result.data is not None, result.message
    titles = sorted(p.title for p in result.data.plans.all())
    return store, result, titles


def test_a_damaged_wal_header_is_kept_aside_and_the_student_is_told(tmp_path):
    folder = crashed_folder(tmp_path)
    wal = wal_of(folder)
    flip(wal, 27)  # the header's checksum: SQLite ignores the whole file
    damaged = wal.read_bytes()
    store, result, titles = open_titles(folder)
    try:
        assert titles == []  # what SQLite could read: nothing of the last session
        kept = list((folder / "profiles" / "1" / "backups").glob("leftover-damaged-*.sqlite3"))
        assert len(kept) == 1
        assert Path(f"{kept[0]}-wal").read_bytes() == damaged  # kept exactly as it was
        assert "可能没有留下来" in result.warning and str(kept[0]) in result.warning
        result.data.plans.save(CareerPlan(title="之后的保存", position_id="pos.ecommerce_host"))
    finally:
        store.close()
    assert Path(f"{kept[0]}-wal").read_bytes() == damaged  # nothing deleted at close either
    store, again, titles = open_titles(folder)
    store.close()
    assert titles == ["之后的保存"] and again.warning == ""  # told once; the next start is clean


def test_a_damaged_frame_keeps_every_save_before_it(tmp_path):
    folder = crashed_folder(tmp_path)
    wal = wal_of(folder)
    page_size, found = frames(wal)
    commits = [i for i, (_o, size) in enumerate(found) if size]
    third = commits[1] + 1  # the first frame of the third save
    flip(wal, found[third][0] + 24 + page_size // 2)
    store, result, titles = open_titles(folder)
    store.close()
    assert titles == sorted(TITLES[:2])  # every save before the damaged frame is there
    assert "可能没有留下来" in result.warning
    assert list((folder / "profiles" / "1" / "backups").glob("leftover-damaged-*.sqlite3-wal"))


def test_a_save_cut_short_at_the_end_is_not_damage(tmp_path):
    folder = crashed_folder(tmp_path)
    wal = wal_of(folder)
    page_size, _found = frames(wal)
    with open(wal, "ab") as f:  # a sixth save killed between a frame's header and its page
        f.write(struct.pack(">6I", 2, 0, *struct.unpack(">2I", wal.read_bytes()[16:24]), 1, 2))
        f.write(b"\0" * (page_size // 3))
    store, result, titles = open_titles(folder)
    store.close()
    assert titles == sorted(TITLES) and result.warning == ""
    backups = folder / "profiles" / "1" / "backups"
    assert len(list(backups.glob("leftover-[0-9]*.sqlite3-wal"))) == 1  # copied aside all the same
    assert not list(backups.glob("leftover-damaged-*"))


def test_the_check_never_calls_a_wal_cut_anywhere_damaged_and_finds_any_flipped_byte_before_the_last_save(tmp_path):
    folder = crashed_folder(tmp_path)
    raw = wal_of(folder).read_bytes()
    page_size, found = frames(wal_of(folder))
    last_commit_start = max(i for i, (_o, size) in enumerate(found) if size)
    probe = tmp_path / "probe-wal"
    rng = random.Random(20261202)
    for cut in rng.sample(range(len(raw)), 150):
        probe.write_bytes(raw[:cut])
        assert check_wal(probe).ok, cut
    end_of_checked = found[last_commit_start - 1][0] + 24 + page_size  # frames before the last save's
    for offset in [*range(0, 24), *rng.sample(range(32, end_of_checked), 150)]:
        damaged = bytearray(raw)
        damaged[offset] ^= 0x01
        probe.write_bytes(bytes(damaged))
        assert not check_wal(probe).ok, offset


def test_the_student_sees_the_message_when_the_profile_opens(qtbot, content, tmp_path, monkeypatch):
    from PySide6.QtCore import QSettings

    from netmkt_desktop.ui import dialogs
    from netmkt_desktop.ui.main_window import MainWindow

    errors = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: errors.append((title, text)))
    monkeypatch.setattr(dialogs, "show_info", lambda parent, title, text: None)
    folder = crashed_folder(tmp_path)
    flip(wal_of(folder), 0)  # the magic number
    window = MainWindow(content, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    open_personal_data(window, folder)
    try:
        (title, text), = errors
        assert "不完整" in title and "leftover-damaged-" in text
        assert window.session.data is not None  # the student goes on with what could be read
    finally:
        window.close()
        window.session.store.close()


@pytest.mark.parametrize("offset", [4, 8])  # the version, the page size
def test_other_header_damage_is_damage_too(tmp_path, offset):
    folder = crashed_folder(tmp_path)
    flip(wal_of(folder), offset)
    assert not check_wal(wal_of(folder)).ok


def test_a_damaged_wal_beside_an_old_single_database_is_kept_and_said_after_the_split(tmp_path):
    from legacy_samples import make_legacy

    data = tmp_path / "data"
    legacy = make_legacy(data, wal=True)  # the last note is only in the -wal
    wal = Path(f"{legacy}-wal")
    flip(wal, 27)
    damaged = wal.read_bytes()
    store = Store.open(data)
    try:
        notice = store.notice()
        kept = store.split.kept_as
        assert "-wal 文件)已损坏" in notice and str(kept) in notice
        assert Path(f"{kept}-wal").read_bytes() == damaged  # moved with the old file, as it was
    finally:
        store.close()
