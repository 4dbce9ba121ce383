"""A ``-wal`` file left by the last session: kept aside, checked, and the student told when it is damaged.

While a profile's database is open, committed saves live in ``netmkt.sqlite3-wal`` until SQLite
copies them into the database (a checkpoint).  A ``-wal`` still there when the database is about to
be opened was left by a session that ended without closing (a crash, a power cut, a pulled-out
stick).  SQLite reads it back on opening — but only as far as it verifies: with a damaged header it
ignores the whole file, with a damaged frame everything from there on, **silently**, and the next
write and close overwrite and delete it.

So before the store opens a profile's database (:meth:`~.store.Store.profile`),
:func:`keep_leftover_wal` copies the database and its ``-wal`` as they are, each under a temporary
name and then renamed, into the profile's ``backups/``:

* ``leftover-YYYYmmdd-HHMMSS[-N].sqlite3`` (+ ``-wal``) when the ``-wal`` verifies: SQLite reads all
  of it back; of these the :data:`KEEP_VERIFIED` newest are kept;
* ``leftover-damaged-YYYYmmdd-HHMMSS[-N].sqlite3`` (+ ``-wal``) when it does not: never deleted.  The
  student is told that saves from the last session may be missing, with this path; opening the
  pair with SQLite (or a repair tool) sees exactly what was on disk.

Neither is listed in 备份与恢复 (they are not backups: a restore never uses them).  Checking follows
SQLite's WAL format (https://sqlite.org/fileformat2.html#walformat): the header's magic number,
version, page size and checksum, then each frame's salts and cumulative checksum, as SQLite's
recovery does.  A frame cut short at the end — a save interrupted before its commit — is what
SQLite's recovery is for and is not damage; damage is a header that does not verify while frames
follow it, or a frame that does not verify with frames of the same run (same salts) after it.
"""

from __future__ import annotations

import logging
import os
import shutil
import struct
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from netmkt_desktop.files import make_private_folder
from netmkt_desktop.storage.sqlite_files import (
    fsync_dir,
    fsync_file,
    part_name,
    set_aside_companions,
    stamp,
    unlink_quietly,
)

log = logging.getLogger(__name__)

WAL_MAGIC = (0x377F0682, 0x377F0683)  # the low bit: checksums over big-endian words
WAL_VERSION = 3007000
HEADER_SIZE = 32
FRAME_HEADER_SIZE = 24
KEEP_VERIFIED = 5
LEFTOVER = "leftover"
LEFTOVER_DAMAGED = "leftover-damaged"


@dataclass(frozen=True)
class WalCheck:
    """What :func:`check_wal` found."""

    ok: bool
    frames: int = 0  # frames that verify (what SQLite reads back, up to the last commit among them)
    commits: int = 0  # commit frames among them
    detail: str = ""  # what does not verify (English, for the log and the teacher)


@dataclass(frozen=True)
class LeftoverWal:
    """A ``-wal`` found before opening: where its copy is kept, and whether it verified."""

    kept_as: Path  # the database copy; its -wal beside it
    check: WalCheck

    @property
    def damaged(self) -> bool:
        return not self.check.ok


def _checksum(data: bytes, big_endian: bool, s1: int = 0, s2: int = 0) -> tuple[int, int]:
    """SQLite's WAL checksum over ``data`` (a multiple of 8 bytes), going on from (s1, s2)."""
    words = struct.unpack(f"{'>' if big_endian else '<'}{len(data) // 4}I", data)
    for i in range(0, len(words), 2):
        s1 = (s1 + words[i] + s2) & 0xFFFFFFFF
        s2 = (s2 + words[i + 1] + s1) & 0xFFFFFFFF
    return s1, s2


def check_wal(path: Path) -> WalCheck:
    """Whether every frame of the ``-wal`` file at ``path`` reaches SQLite (see the module).

    Raises OSError when the file cannot be read."""
    with open(path, "rb") as f:
        header = f.read(HEADER_SIZE)
        if len(header) < HEADER_SIZE:
            # cut short in its very first write: no frame can follow, so no save is in it
            return WalCheck(ok=True, detail="" if not header else "header cut short, no frames")
        magic, version, page_size, _seq, salt1, salt2, c1, c2 = struct.unpack(">8I", header)
        if page_size == 1:
            page_size = 65536
        frame_size = FRAME_HEADER_SIZE + page_size
        big_endian = bool(magic & 1)
        header_ok = (magic in WAL_MAGIC and version == WAL_VERSION and 512 <= page_size <= 65536
                     and page_size & (page_size - 1) == 0 and _checksum(header[:24], big_endian) == (c1, c2))
        if not header_ok:
            more = f.read(FRAME_HEADER_SIZE)
            if len(more) < FRAME_HEADER_SIZE:
                return WalCheck(ok=True, detail="header does not verify, no frames")
            return WalCheck(ok=False, detail="the header does not verify (magic, version, page size or checksum); "
                                             "SQLite ignores every frame after it")
        s1, s2 = c1, c2
        frames = commits = valid_end = 0
        position = 0
        while True:
            frame = f.read(frame_size)
            if len(frame) < frame_size:
                return WalCheck(ok=True, frames=valid_end, commits=commits)  # the end, or a frame cut short
            position += 1
            page, size_after, f_salt1, f_salt2, f1, f2 = struct.unpack(">6I", frame[:FRAME_HEADER_SIZE])
            same_run = (f_salt1, f_salt2) == (salt1, salt2)  # else: an older run (before the last checkpoint)
            if same_run:
                t1, t2 = _checksum(frame[:8], big_endian, s1, s2)
                t1, t2 = _checksum(frame[FRAME_HEADER_SIZE:], big_endian, t1, t2)
            if not same_run or page == 0 or (t1, t2) != (f1, f2):
                # SQLite's recovery ends here.  Frames of this run further on are saves it will
                # not read back (a run is written in order; older runs have other salts).
                while True:
                    later = f.read(frame_size)
                    if len(later) < frame_size:
                        return WalCheck(ok=True, frames=valid_end, commits=commits,
                                        detail="" if not same_run else
                                        f"frame {position} cut short (a save interrupted before its commit)")
                    if struct.unpack(">2I", later[8:16]) == (salt1, salt2):
                        return WalCheck(ok=False, frames=valid_end, commits=commits,
                                        detail=f"frame {position} does not verify; SQLite ignores it and every later one")
            s1, s2 = t1, t2
            frames += 1
            if size_after:
                commits += 1
                valid_end = frames


def _pair_name(backups: Path, label: str, now: datetime) -> Path:
    base = f"{label}-{stamp(now)}"
    candidate, n = backups / f"{base}.sqlite3", 2
    while any(Path(f"{candidate}{s}").exists() for s in ("", "-wal")):
        candidate = backups / f"{base}-{n}.sqlite3"
        n += 1
    return candidate


def _prune_verified(backups: Path, keep: Path) -> None:
    """Keep the KEEP_VERIFIED newest copies of -wal files that verified (never ``keep``, never damaged ones)."""
    try:
        found = [p for p in backups.glob(f"{LEFTOVER}-[0-9]*.sqlite3") if p != keep]
        found.sort(key=lambda p: p.stat().st_mtime, reverse=True)
    except OSError:
        return
    for old in found[KEEP_VERIFIED - 1:]:
        unlink_quietly(Path(f"{old}-wal"))
        unlink_quietly(old)


def keep_leftover_wal(db_path: Path, backups: Path, now: datetime | None = None) -> LeftoverWal | None:
    """Copy a leftover ``-wal`` (and its database) aside and check it; None when there is none.

    Call it before the database is opened.  A ``-wal`` without its database is renamed beside it
    (``…-wal.orphan-…``), never read into a new database.  Raises OSError when the copy cannot be
    made (then nothing was changed; the caller decides whether to open anyway)."""
    wal = Path(f"{db_path}-wal")
    try:
        if wal.stat().st_size == 0:
            return None
    except FileNotFoundError:
        return None
    if not db_path.exists():
        set_aside_companions(db_path, "orphan")
        return None
    make_private_folder(backups)
    target = _pair_name(backups, LEFTOVER, now or datetime.now())
    part = part_name(target)
    part_wal = Path(f"{part}-wal")
    try:
        shutil.copyfile(wal, part_wal)  # the -wal first: it is what may be lost
        shutil.copyfile(db_path, part)
        for copy in (part_wal, part):
            os.chmod(copy, 0o600)
            fsync_file(copy)
        check = check_wal(part_wal)
        if not check.ok:
            target = _pair_name(backups, LEFTOVER_DAMAGED, now or datetime.now())
        os.replace(part_wal, Path(f"{target}-wal"))
        os.replace(part, target)
        fsync_dir(backups)
    finally:
        unlink_quietly(part_wal)
        unlink_quietly(part)
    if check.ok:
        _prune_verified(backups, target)
    else:
        log.warning("the -wal left by the last session does not verify (%s); kept as %s", check.detail, target)
    return LeftoverWal(target, check)


def wal_needs_care(db_path: Path) -> WalCheck | None:
    """The check of the ``-wal`` beside ``db_path`` as it is (None when there is none or it is empty)."""
    wal = Path(f"{db_path}-wal")
    try:
        if wal.stat().st_size == 0:
            return None
        return check_wal(wal)
    except OSError:
        return None
