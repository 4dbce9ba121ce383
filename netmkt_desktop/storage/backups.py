"""Backups of a database: check, list, make, prune, restore (no SQLAlchemy, no Qt).

Each profile's backups live in its own ``profiles/<id>/backups/``
(:attr:`netmkt_desktop.paths.ProfileFolder.backups`), so restoring one touches no other student;
the teacher's whole-folder backups are :mod:`.folder_backups`.  Names are made and read by
:mod:`.sqlite_files`.  A backup is written with SQLite's online backup
API into a hidden ``.*.part`` file, checked with ``PRAGMA integrity_check``, flushed to disk and
only then renamed to its final name: a file with a backup name is always a whole, checked
database.  Backups are single rollback-journal files (no ``-wal`` companion), so copying one file
to a USB stick copies the whole backup.

:func:`make_backup` may run while the store is open: the backup API reads one consistent snapshot.
The profile's database must be closed before :func:`restore_backup` and opened again afterwards:
:mod:`netmkt_desktop.storage.opening` does both (``restore_profile``, ``restore_profile_and_open``).
"""

from __future__ import annotations

import os
import sqlite3
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from netmkt_desktop.errors import BackupError, ErrorCode
from netmkt_desktop.files import make_private_folder
from netmkt_desktop.i18n import translate
from netmkt_desktop.storage.migrations import SCHEMA_VERSION
from netmkt_desktop.storage.sqlite_files import (
    REASON_AUTO,
    REASON_BEFORE_RESTORE,
    REASON_WORD,
    SPECIAL_REASONS,
    backup_name,
    check_rows,
    connect_frozen,
    connect_live,
    create_private,
    describe_error,
    error_code,
    free_backup_path,
    fsync_dir,
    fsync_file,
    has_header,
    parse_backup_name,
    set_aside_companions,
    unlink_quietly,
    unlink_with_companions,
)

KEEP_RECENT = 10  # regular backups: the 10 most recent ...
KEEP_DAYS = 7  # ... plus the newest of each of the last 7 days
KEEP_SPECIAL = 5  # before-migration-* and before-restore-*: the 5 newest of each kind
STALE_PART_AGE = timedelta(hours=1)  # an unfinished .part file older than this was left by a crash


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: datetime
    size: int
    reason: str  # "auto", "manual", "before-restore", "before-migration" (or another word)
    ok: bool | None  # None: not checked; False: not a database file; True: integrity_check passed
    sequence: int = 1  # the -N of a name made twice in one second

    @property
    def special(self) -> bool:
        return self.reason in SPECIAL_REASONS


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
    """Every backup in the folder, newest first; ``check=True`` runs integrity_check on each (slower)."""
    backups_dir = Path(backups_dir)
    found: list[BackupInfo] = []
    try:
        entries = list(os.scandir(backups_dir))
    except OSError:
        return []
    for entry in entries:
        parsed = parse_backup_name(entry.name)
        if parsed is None:
            continue
        try:
            if not entry.is_file():
                continue
            size = entry.stat().st_size
        except OSError:
            continue
        created, reason, sequence = parsed
        path = Path(entry.path)
        if not has_header(path):
            ok: bool | None = False
        elif check:
            ok = check_backup(path).ok
        else:
            ok = None
        found.append(BackupInfo(path=path, created=created, size=size, reason=reason, ok=ok, sequence=sequence))
    found.sort(key=lambda b: (b.created, b.sequence, b.path.name), reverse=True)
    return found


def newest_good_backup(backups_dir: Path) -> BackupInfo | None:
    """The newest backup that passes :func:`check_backup`."""
    for info in list_backups(backups_dir):
        if info.ok is not False and check_backup(info.path).ok:
            return info
    return None


def backup_due(backups_dir: Path, now: datetime, every: timedelta = timedelta(minutes=30),
               db_path: Path | None = None) -> bool:
    """True when the newest backup is older than ``every`` (or there is none).

    With ``db_path`` it is False when the database has not changed since the newest backup, so an
    idle app does not push older, different backups out of the rotation.  A backup dated in the
    future (the PC's clock was changed) does not count.
    """
    backups = [b for b in list_backups(backups_dir) if b.ok is not False and b.created <= now + timedelta(minutes=1)]
    if not backups:
        return db_path is None or Path(db_path).exists()
    newest = backups[0].created
    if db_path is not None:
        changed = 0.0
        for suffix in ("", "-wal"):
            try:
                changed = max(changed, os.stat(f"{db_path}{suffix}").st_mtime)
            except OSError:
                pass
        if changed == 0.0:
            return False  # no database: nothing to back up
        # Names hold whole seconds; the backup file's own time says more exactly when it was taken.
        try:
            taken = max(newest.timestamp(), backups[0].path.stat().st_mtime)
        except OSError:
            taken = newest.timestamp()
        if changed <= taken:
            return False
    return now - newest >= every


def copy_database(db_path: Path, target: Path) -> None:
    """A whole, checked, single-file (no -wal) copy of the live database at ``target`` (0600),
    flushed to disk; the database may be in use meanwhile.  Raises BackupError; ``target`` may
    then be left half written (the caller removes it)."""
    try:
        src = connect_live(db_path)
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


def make_backup(db_path: Path, backups_dir: Path, reason: str = REASON_AUTO, now: datetime | None = None) -> Path:
    """Copy the live database into ``backups_dir`` and prune old backups; returns the new backup's path.

    ``reason`` is a lower-case word ("auto", "manual", …) or "before-restore".  Raises BackupError.
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
    part = backups_dir / f".{backup_name(now, reason)}.{os.getpid()}.{time.monotonic_ns()}.part"
    try:
        copy_database(db_path, part)
        try:
            target = free_backup_path(backups_dir, now, reason)
            os.replace(part, target)  # the name appears only for a whole, checked copy
        except OSError as exc:
            raise BackupError(translate("backups", "备份没有完成:{reason}。\n\n备份文件夹:{folder}").format(
                reason=describe_error(exc), folder=backups_dir), error_code(exc), path=backups_dir) from None
    finally:
        unlink_with_companions(part)
    fsync_dir(backups_dir)
    prune_backups(backups_dir, now)  # never raises OSError: a backup that cannot be pruned is still good
    return target


def backups_to_delete(backups: list[BackupInfo], now: datetime) -> list[BackupInfo]:
    """The rotation rule (pure): which of ``backups`` :func:`prune_backups` deletes.

    Regular backups: keep the KEEP_RECENT most recent plus the newest of each of the last KEEP_DAYS
    days (today included).  before-migration-* and before-restore-*: never touched by that rule; of
    each kind the KEEP_SPECIAL newest are kept.  Unreadable files (``ok`` False) are not backups
    this rule vouches for and are never deleted.
    """
    ordered = sorted(backups, key=lambda b: (b.created, b.sequence, b.path.name), reverse=True)
    keep: set[Path] = set()
    regular = [b for b in ordered if not b.special and b.ok is not False]
    keep.update(b.path for b in regular[:KEEP_RECENT])
    days = {(now - timedelta(days=d)).date() for d in range(KEEP_DAYS)}
    newest_of_day: dict = {}
    for b in regular:
        if b.created.date() in days:
            newest_of_day.setdefault(b.created.date(), b)
    keep.update(b.path for b in newest_of_day.values())
    for kind in SPECIAL_REASONS:
        keep.update(b.path for b in [b for b in ordered if b.reason == kind][:KEEP_SPECIAL])
    return [b for b in ordered if b.ok is not False and b.path not in keep]


def prune_backups(backups_dir: Path, now: datetime | None = None) -> list[Path]:
    """Delete backups the rotation rule does not keep, and unfinished .part files left by a crash."""
    backups_dir = Path(backups_dir)
    now = now or datetime.now()
    deleted = []
    for info in backups_to_delete(list_backups(backups_dir), now):
        try:
            info.path.unlink()
            deleted.append(info.path)
        except OSError:
            pass
    try:
        for entry in os.scandir(backups_dir):
            if entry.name.startswith(".") and entry.name.endswith(".part"):
                age = time.time() - entry.stat().st_mtime
                if age > STALE_PART_AGE.total_seconds():
                    unlink_quietly(Path(entry.path))
    except OSError:
        pass
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
            before = make_backup(db_path, backups_dir, REASON_BEFORE_RESTORE)
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
    part = db_path.parent / f".{db_path.name}.restore.{os.getpid()}.part"
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
