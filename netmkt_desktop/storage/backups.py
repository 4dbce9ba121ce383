"""Backups of a database: check, list, make, prune, restore (no SQLAlchemy, no Qt).

Each profile's backups live in its own ``profiles/<id>/backups/``
(:attr:`netmkt_desktop.paths.ProfileFolder.backups`), so restoring one touches no other student;
the teacher's whole-folder backups are :mod:`.folder_backups`.  Names are made and read by
:mod:`.sqlite_files`.  A backup is written with SQLite's online backup
API into a hidden ``.*.part`` file, checked with ``PRAGMA integrity_check``, flushed to disk and
only then renamed to its final name: a file with a backup name is always a whole, checked
database; what a killed backup left is cleared (:func:`~.sqlite_files.clear_leftovers`) by the
next backup and when the data folder opens.  Backups are single rollback-journal files (no
``-wal`` companion), so copying one file to a USB stick copies the whole backup.

The PC's clock is not trusted: classroom PCs are often set back at every start, or were once
ahead.  Every backup's name carries a sequence number (:mod:`.sqlite_files`), and "newest" means
made last (so holding the latest data), whatever date the name shows: listing, the rotation rule
and :func:`newest_good_backup` go by it.  Whether a backup is due compares the database's
*content* with the newest backup's (:func:`content_digest`), not file times; the app passes the
time since its own last backup by a clock that never jumps.  A backup is never pruned in the
session that wrote it (``keep``).

:func:`make_backup` may run while the store is open: the backup API reads one consistent snapshot.
The profile's database must be closed before :func:`restore_backup` and opened again afterwards:
:mod:`netmkt_desktop.storage.opening` does both (``restore_profile``, ``restore_profile_and_open``).
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Protocol, TypeVar

from netmkt_desktop.errors import BackupError, ErrorCode
from netmkt_desktop.files import make_private_folder
from netmkt_desktop.i18n import translate
from netmkt_desktop.storage.migrations import SCHEMA_VERSION
from netmkt_desktop.storage.wal import keep_leftover_wal
from netmkt_desktop.storage.sqlite_files import (
    REASON_AUTO,
    REASON_BEFORE_RESTORE,
    REASON_WORD,
    SPECIAL_REASONS,
    check_rows,
    clear_leftovers,
    connect_frozen,
    connect_live,
    connect_read_only,
    create_private,
    describe_error,
    error_code,
    free_backup_path,
    fsync_dir,
    fsync_file,
    has_header,
    parse_backup_name,
    part_name,
    set_aside_companions,
    unlink_with_companions,
)

KEEP_RECENT = 10  # regular backups: the 10 made last ...
KEEP_DAYS = 7  # ... plus the last one of each of the 7 latest days that have backups
KEEP_SPECIAL = 5  # before-migration-* and before-restore-*: the 5 made last of each kind


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: datetime
    size: int
    reason: str  # "auto", "manual", "before-restore", "before-migration" (or another word)
    ok: bool | None  # None: not checked; False: not a database file; True: integrity_check passed
    sequence: int = 1  # the -N of an older name made twice in one second
    order: int = 0  # the sequence number: made after every backup with a lower one (0: older versions)

    @property
    def special(self) -> bool:
        return self.reason in SPECIAL_REASONS


class MadeInOrder(Protocol):
    """What the order of backups is read from: a per-profile :class:`BackupInfo` or a whole-folder set."""

    @property
    def path(self) -> Path: ...
    @property
    def created(self) -> datetime: ...
    @property
    def sequence(self) -> int: ...
    @property
    def order(self) -> int: ...


Made = TypeVar("Made", bound=MadeInOrder)


def made_last_first(backups: Iterable[Made]) -> list[Made]:
    """``backups`` in the order they were made, the last one first (the sequence number, then the
    name's date for names without one): the first holds the latest data.  For a profile's backups
    and the teacher's whole-folder sets alike."""
    return sorted(backups, key=lambda b: (b.order, b.created, b.sequence, b.path.name), reverse=True)


@dataclass(frozen=True)
class BackupCheck:
    """What :func:`check_backup` found: ``problem`` None when the backup can be restored."""

    problem: ErrorCode | None = None
    message: str = ""  # for the student, when there is a problem

    @property
    def ok(self) -> bool:
        return self.problem is None


# ---------------------------------------------------------------------------------------------
# Checking


def check_backup(path: Path) -> BackupCheck:
    """Whether ``path`` is a whole database of this app that this version can open, and if not why."""
    path = Path(path)
    if not path.is_file():
        return BackupCheck(ErrorCode.NO_SUCH_FILE, translate("backups", "备份文件不存在。"))
    if not has_header(path):
        return BackupCheck(ErrorCode.NOT_A_DATABASE, translate("backups", "这不是本软件的数据文件(不是 SQLite 数据库)。"))
    try:
        conn = connect_frozen(path)
    except sqlite3.Error as exc:
        return BackupCheck(error_code(exc), translate("backups", "无法打开备份文件({reason})。").format(
            reason=describe_error(exc)))
    try:
        rows = check_rows(conn, "integrity_check")
        if rows != ["ok"]:
            return BackupCheck(ErrorCode.DAMAGED, translate("backups", "备份文件已损坏(检查结果:{detail})。").format(
                detail=";".join(rows)[:200]))
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.Error as exc:
        return BackupCheck(ErrorCode.DAMAGED, translate("backups", "备份文件已损坏({reason})。").format(
            reason=describe_error(exc)))
    finally:
        conn.close()
    if version > SCHEMA_VERSION:
        return BackupCheck(ErrorCode.NEWER_VERSION, translate(
            "backups", "这个备份由更新版本的本软件制作(数据版本 {version}),本软件无法使用它。请先更新软件。").format(
            version=version))
    if version < 1 or "plans" not in tables:
        return BackupCheck(ErrorCode.NOT_A_DATABASE, translate("backups", "这不是本软件的数据文件(里面没有规划数据表)。"))
    return BackupCheck()


# ---------------------------------------------------------------------------------------------
# Listing, making, pruning


def list_backups(backups_dir: Path, check: bool = False) -> list[BackupInfo]:
    """Every backup in the folder, the one made last first; ``check=True`` runs integrity_check on each (slower)."""
    backups_dir = Path(backups_dir)
    found: list[BackupInfo] = []
    try:
        entries = list(os.scandir(backups_dir))
    except OSError:
        return []
    for entry in entries:
        parsed = parse_backup_name(entry.name)
        if parsed is None or parsed.folder_set:
            continue
        try:
            if not entry.is_file():
                continue
            size = entry.stat().st_size
        except OSError:
            continue
        created, reason, sequence, order = parsed.created, parsed.reason, parsed.sequence, parsed.order
        path = Path(entry.path)
        if not has_header(path):
            ok: bool | None = False
        elif check:
            ok = check_backup(path).ok
        else:
            ok = None
        found.append(BackupInfo(path=path, created=created, size=size, reason=reason, ok=ok, sequence=sequence,
                                order=order))
    return made_last_first(found)


def newest_good_backup(backups_dir: Path) -> BackupInfo | None:
    """The backup with the latest data that passes :func:`check_backup`: the one made last (by its
    sequence number), not the one with the latest date in its name."""
    for info in list_backups(backups_dir):
        if info.ok is not False and check_backup(info.path).ok:
            return info
    return None


_digests: dict[tuple[str, int, int], str] = {}  # backups do not change: their digest is kept


def content_digest(path: Path, live: bool = True) -> str | None:
    """A digest of everything the database holds (schema version, every row of every table), the
    same for a backup as for the database it copies; None when it cannot be read.  ``live``: a
    database others may be writing (else a backup, which is cached by name, size and time)."""
    path = Path(path)
    key = None
    if not live:
        try:
            st = path.stat()
            key = (str(path), st.st_size, st.st_mtime_ns)
        except OSError:
            return None
        if key in _digests:
            return _digests[key]
    digest = hashlib.blake2b(digest_size=16)
    try:
        conn = connect_read_only(path) if live else connect_frozen(path)
        try:
            conn.execute("BEGIN")  # one snapshot, even while the app saves
            digest.update(repr(conn.execute("PRAGMA user_version").fetchone()).encode())
            tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
            for table in tables:
                digest.update(b"\0table\0" + table.encode())
                quoted = '"' + table.replace('"', '""') + '"'
                for row in conn.execute(f"SELECT * FROM {quoted} ORDER BY rowid"):
                    digest.update(repr(row).encode("utf-8", "surrogatepass"))
        finally:
            conn.close()
    except (OSError, sqlite3.Error):
        return None
    found = digest.hexdigest()
    if key is not None:
        if len(_digests) > 256:
            _digests.clear()
        _digests[key] = found
    return found


def backup_due(backups_dir: Path, now: datetime, every: timedelta = timedelta(minutes=30),
               db_path: Path | None = None, elapsed: timedelta | None = None) -> bool:
    """True when a backup should be made now.

    With ``db_path`` it is False when the database holds exactly what the backup made last holds
    (compared by content, not by file times: the PC's clock may have jumped), so an idle app does
    not push older, different backups out; and False when there is no database.  Then the time:
    ``elapsed`` is the time since this session's last backup by a clock that never jumps (True
    when at least ``every``); without it (no backup in this session yet) the name of the backup
    made last says when it was made — True after ``every``, and True when that date is in the
    future (the PC's clock is wrong now, or was then)."""
    backups = [b for b in list_backups(backups_dir) if b.ok is not False]
    if db_path is not None:
        if not Path(db_path).exists():
            return False  # no database: nothing to back up
        if backups:
            current = content_digest(Path(db_path))
            if current is not None and current == content_digest(backups[0].path, live=False):
                return False
    if not backups:
        return True
    if elapsed is not None:
        return elapsed >= every
    newest = backups[0].created
    if newest > now + timedelta(minutes=1):
        return True
    return now - newest >= every


def copy_database(db_path: Path, target: Path) -> None:
    """A whole, checked, single-file (no -wal) copy of the live database at ``target`` (0600),
    flushed to disk; the database may be in use meanwhile.  Raises BackupError; ``target`` may
    then be left half written (the caller removes it)."""
    try:
        # Read-only: closing it never checkpoints or deletes a -wal another session left (storage.wal).
        src = connect_read_only(db_path)
        try:
            create_private(target)
            dst = sqlite3.connect(str(target), isolation_level=None)
            try:
                src.backup(dst)
                # A single self-contained file: no -wal companion to forget when copying it.
                dst.execute("PRAGMA journal_mode=DELETE")
                rows = check_rows(dst, "integrity_check")
            finally:
                dst.close()
        finally:
            src.close()
        if rows != ["ok"]:
            raise BackupError(translate(
                "backups", "个人数据文件已损坏,备份没有完成:\n{path}\n\n检查结果:{detail}").format(
                path=db_path, detail=";".join(rows)[:200]), ErrorCode.DAMAGED, path=db_path)
        fsync_file(target)
    except (OSError, sqlite3.Error) as exc:
        raise BackupError(translate("backups", "备份没有完成:{reason}。\n\n备份文件夹:{folder}").format(
            reason=describe_error(exc), folder=target.parent), error_code(exc), path=target.parent) from None


def make_backup(db_path: Path, backups_dir: Path, reason: str = REASON_AUTO, now: datetime | None = None,
                keep: Iterable[Path] = ()) -> Path:
    """Copy the live database into ``backups_dir`` and prune old backups; returns the new backup's path.

    ``reason`` is a lower-case word ("auto", "manual", …) or "before-restore".  The new backup and
    those in ``keep`` (the ones this session made) are never pruned.  Raises BackupError.
    """
    db_path, backups_dir = Path(db_path), Path(backups_dir)
    if reason != REASON_BEFORE_RESTORE and not REASON_WORD.match(reason):
        raise ValueError(f"bad backup reason: {reason!r}")
    if not db_path.is_file():
        raise BackupError(translate("backups", "没有可以备份的个人数据文件:\n{path}").format(path=db_path),
                          ErrorCode.NO_SUCH_FILE, path=db_path)
    now = now or datetime.now()
    try:
        make_private_folder(backups_dir)
    except OSError as exc:
        raise BackupError(translate("backups", "无法创建备份文件夹:\n{folder}\n\n原因:{reason}").format(
            folder=backups_dir, reason=describe_error(exc)), error_code(exc), path=backups_dir) from None
    clear_leftovers(backups_dir)
    part = part_name(free_backup_path(backups_dir, now, reason))
    try:
        copy_database(db_path, part)
        try:
            target = free_backup_path(backups_dir, now, reason)  # again: another window may have made one meanwhile
            os.replace(part, target)  # the name appears only for a whole, checked copy
        except OSError as exc:
            raise BackupError(translate("backups", "备份没有完成:{reason}。\n\n备份文件夹:{folder}").format(
                reason=describe_error(exc), folder=backups_dir), error_code(exc), path=backups_dir) from None
    finally:
        unlink_with_companions(part)
    fsync_dir(backups_dir)
    prune_backups(backups_dir, keep=(*keep, target))  # never raises OSError: a backup that cannot be pruned is still good
    return target


def backups_to_delete(backups: list[BackupInfo], keep: Iterable[Path] = ()) -> list[BackupInfo]:
    """The rotation rule (pure): which of ``backups`` :func:`prune_backups` deletes.

    Everything goes by the order backups were made (:func:`made_last_first`), never by today's
    date: a PC whose clock is set back at every start keeps its recent backups too.  Regular
    backups: keep the KEEP_RECENT made last, plus the last one of each of the KEEP_DAYS latest
    dates their names show.  before-migration-* and before-restore-*: never touched by that rule;
    of each kind the KEEP_SPECIAL made last are kept.  Unreadable files (``ok`` False) are not
    backups this rule vouches for and are never deleted; nor are those in ``keep``.
    """
    ordered = made_last_first(backups)
    kept: set[Path] = {Path(p) for p in keep}
    regular = [b for b in ordered if not b.special and b.ok is not False]
    kept.update(b.path for b in regular[:KEEP_RECENT])
    days: set = set()
    for b in regular:
        day = b.created.date()
        if day not in days and len(days) < KEEP_DAYS:
            days.add(day)
            kept.add(b.path)
    for kind in SPECIAL_REASONS:
        kept.update(b.path for b in [b for b in ordered if b.reason == kind][:KEEP_SPECIAL])
    return [b for b in ordered if b.ok is not False and b.path not in kept]


def prune_backups(backups_dir: Path, keep: Iterable[Path] = ()) -> list[Path]:
    """Delete backups the rotation rule does not keep (never those in ``keep``), and what killed
    backups left (:func:`~.sqlite_files.clear_leftovers`)."""
    backups_dir = Path(backups_dir)
    deleted = []
    for info in backups_to_delete(list_backups(backups_dir), keep):
        try:
            info.path.unlink()
            deleted.append(info.path)
        except OSError:
            pass
    clear_leftovers(backups_dir)
    return deleted


# ---------------------------------------------------------------------------------------------
# Restoring


def restore_backup(backup: Path, db_path: Path, backups_dir: Path) -> Path | None:
    """Replace the database with ``backup``; returns the before-restore backup of the replaced data.

    The Store must be closed before and reopened after.  The backup is checked first (a bad one is
    refused and nothing changes); then the current database, if there is one, is backed up as
    ``before-restore-…``; then the backup API writes the backup into the live file in one
    transaction, so a power cut leaves either the old or the restored data, never a mixture.
    Returns None when there was no current database to keep.  Raises BackupError.
    """
    backup, db_path, backups_dir = Path(backup), Path(db_path), Path(backups_dir)
    checked = check_backup(backup)
    if not checked.ok:
        raise BackupError(translate("backups", "没有恢复,数据没有改动。这个备份不能使用:\n{path}\n\n{reason}").format(
            path=backup, reason=checked.message), checked.problem, path=backup)
    before: Path | None = None
    if db_path.exists():
        try:
            keep_leftover_wal(db_path, backups_dir)  # a -wal the last session left: kept, the restore drops it
            before = make_backup(db_path, backups_dir, REASON_BEFORE_RESTORE)
        except OSError as exc:
            raise BackupError(translate(
                "backups", "恢复前无法先保存当前的数据,因此没有恢复,数据没有改动。\n\n{reason}").format(
                reason=describe_error(exc)), error_code(exc), path=db_path) from None
        except BackupError as exc:
            raise BackupError(translate(
                "backups", "恢复前无法先保存当前的数据,因此没有恢复,数据没有改动。\n\n{reason}").format(
                reason=exc), exc.code, path=db_path) from None
        _replace_in_place(backup, db_path)
    else:
        set_aside_companions(db_path, "orphan")
        _write_new(backup, db_path)
    return before


def _replace_in_place(backup: Path, db_path: Path) -> None:
    try:
        src = connect_frozen(backup)
        try:
            dst = connect_live(db_path)
            try:
                src.backup(dst)
                rows = check_rows(dst)
            finally:
                dst.close()
        finally:
            src.close()
    except sqlite3.Error as exc:
        raise BackupError(translate(
            "backups", "没有恢复:{reason}。\n数据文件没有改动(恢复是一次完整的写入,要么全部完成,要么没有发生)。"
                       "\n\n数据文件:{path}").format(reason=describe_error(exc), path=db_path),
            error_code(exc), path=db_path) from None
    if rows != ["ok"]:
        raise BackupError(translate("backups", "恢复后检查数据文件时发现问题:{detail}\n\n数据文件:{path}").format(
            detail=";".join(rows)[:200], path=db_path), ErrorCode.DAMAGED, path=db_path)


def _write_new(backup: Path, db_path: Path) -> None:
    part = part_name(db_path)
    try:
        make_private_folder(db_path.parent)
        src = connect_frozen(backup)
        try:
            create_private(part)
            dst = sqlite3.connect(str(part), isolation_level=None)
            try:
                src.backup(dst)
                # The live database is a WAL database: switch now, while nobody else can open this file
                # (Store.open switching it later could collide with a second window).
                dst.execute("PRAGMA journal_mode=WAL")
            finally:
                dst.close()
        finally:
            src.close()
        fsync_file(part)
        if db_path.exists():  # appeared meanwhile (another window): never overwrite it
            raise BackupError(translate("backups", "没有恢复:数据文件夹中已经有一个新的数据文件:\n{path}").format(
                path=db_path), ErrorCode.OTHER, path=db_path)
        os.replace(part, db_path)
        fsync_dir(db_path.parent)
    except (OSError, sqlite3.Error) as exc:
        raise BackupError(translate("backups", "没有恢复:{reason}。\n\n数据文件:{path}").format(
            reason=describe_error(exc), path=db_path), error_code(exc), path=db_path) from None
    finally:
        unlink_with_companions(part)
