"""Opening the personal data without ever losing it: the policy above the store and the backups.

* :func:`open_store_safely` opens a data folder and never raises for an unwritable folder or a bad
  or newer old single database (:class:`OpenResult` with an :class:`OpenProblem`).  A damaged file
  (or one that is not a database) is renamed aside, never deleted, and the newest good backup is
  named so the app can offer :func:`restore_and_open` or :func:`start_fresh`.
* :func:`open_profile_safely` does the same for one profile's database (``profiles/<id>/``), with
  that profile's own backups (:func:`restore_profile_and_open`, :func:`start_profile_fresh`); when
  the ``-wal`` the last session left was damaged (:mod:`.wal`), it opens and ``warning`` says that
  saves may be missing and where the damaged file is kept.
* :func:`restore_profile` restores one profile's backup while the app runs: guarded by its PIN (or
  the teacher password), only a backup of that profile, the replaced data kept as a "before
  restore" backup first.  Nothing of any other profile, no PIN, no name and no wrong-PIN count
  changes: they are not in the profile's database.

Decisions are made by error codes (:class:`netmkt_desktop.errors.ErrorCode`), never by the words
of a message.  The wording for the student is made here, in the interface language.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from netmkt_desktop.errors import (
    AccessDeniedError,
    BackupError,
    DamagedDatabaseError,
    ErrorCode,
    NetmktError,
    NewerDatabaseError,
    NotADatabaseError,
    StoreError,
)
from netmkt_desktop.i18n import translate
from netmkt_desktop.paths import (
    SPACE_PROBE_BYTES,
    SPACE_PROBE_PREFIX,
    DataFolder,
    ProfileFolder,
    describe_os_error,
    probe_writable,
)
from netmkt_desktop.storage.backups import check_backup, newest_good_backup, restore_backup
from netmkt_desktop.storage.sqlite_files import (
    BUSY_TIMEOUT,
    check_rows,
    connect_read_only,
    describe_error,
    error_code,
    has_header,
    is_damage_error,
    move_aside,
    set_aside_companions,
    unlink_quietly,
)
from netmkt_desktop.storage.split import Step
from netmkt_desktop.storage.store import ProfileData, Store


class OpenProblem(StrEnum):
    """Why the personal data did not open; in every case but NONE the app shows the content without saving."""

    NONE = ""  # opened
    DAMAGED = "damaged"  # the file was moved aside to ``moved_to``; offer ``newest_good_backup`` or a fresh start
    NEWER = "newer"  # made by a newer version; the file is untouched
    READ_ONLY = "read_only"  # the folder or file cannot be written: browse without saving
    DISK_FULL = "disk_full"  # not even the -shm file fits; the file is untouched
    ERROR = "error"  # anything else, e.g. a file locked by another program; the file is untouched


@dataclass
class OpenResult:
    """What :func:`open_store_safely` found: an open ``store``, or None with ``message`` saying why."""

    store: Store | None = None
    message: str = ""
    problem: OpenProblem = OpenProblem.NONE
    moved_to: Path | None = None
    newest_good_backup: Path | None = None

    @property
    def read_only(self) -> bool:
        return self.problem == OpenProblem.READ_ONLY


def _folder(data_dir: Path | DataFolder) -> DataFolder:
    return data_dir if isinstance(data_dir, DataFolder) else DataFolder(Path(data_dir))


def _date_label(when: datetime) -> str:
    return translate("opening", "{year}年{month}月{day}日 {time}").format(
        year=when.year, month=when.month, day=when.day, time=f"{when:%H:%M}")


def _folder_not_writable(folder: DataFolder) -> str:
    """The reason the folder cannot be written, "" when a file can be created there."""
    try:
        probe_writable(folder.root)
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            return ""  # full, not read-only: reported as a write error
        return describe_os_error(exc)
    if folder.legacy_database.exists():
        try:
            os.close(os.open(str(folder.legacy_database), os.O_RDWR))
        except OSError as exc:
            return describe_os_error(exc)
    return ""


def _disk_full(folder: Path) -> bool:
    """True when a small file (the size of SQLite's -shm) cannot be written in ``folder`` for lack of space.
    The probe file is removed at once; one a crash left is removed when the folder opens next
    (:func:`netmkt_desktop.paths.clear_stale_probes`)."""
    try:
        fd, probe = tempfile.mkstemp(prefix=SPACE_PROBE_PREFIX, dir=folder)
    except OSError as exc:
        return exc.errno == errno.ENOSPC
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(b"\0" * SPACE_PROBE_BYTES)
            f.flush()
            os.fsync(f.fileno())
    except OSError as exc:
        return exc.errno == errno.ENOSPC
    finally:
        unlink_quietly(Path(probe))
    return False


def _looks_damaged(db_path: Path) -> str:
    """"" when the existing file passes quick_check, otherwise what is wrong."""
    if not db_path.exists() or db_path.stat().st_size == 0:
        return ""
    if not has_header(db_path):
        return translate("opening", "不是 SQLite 数据库")
    try:
        conn = connect_read_only(db_path)
    except sqlite3.Error:
        return ""
    try:
        rows = check_rows(conn)
        return "" if rows == ["ok"] else ";".join(rows)[:300]
    except sqlite3.DatabaseError as exc:
        return str(exc) if is_damage_error(exc) else ""
    finally:
        conn.close()


def _read_only_message(folder: DataFolder, reason: str) -> str:
    return translate("opening", "数据文件夹无法写入({reason}):\n{folder}\n\n"
                                "现在可以浏览学习内容,但规划等个人数据不会保存。\n"
                                "请换一个可以写入的文件夹,例如在启动时加上 --data-dir 选项:\n"
                                "netmkt-desktop --data-dir D:\\我的学习数据").format(reason=reason, folder=folder.root)


def _damaged_result(folder: DataFolder | ProfileFolder, detail: str, db_path: Path | None = None) -> OpenResult:
    db_path = db_path or folder.database
    try:
        moved = move_aside(db_path, "damaged")
    except OSError as exc:
        return OpenResult(problem=OpenProblem.ERROR, message=translate(
            "opening", "个人数据文件已损坏,无法打开:\n{path}\n\n{detail}\n\n"
                       "也无法把它改名保存到一旁({reason}),因此没有做任何改动。"
                       "请把这个文件复制一份交给老师。").format(path=db_path, detail=detail, reason=describe_error(exc)))
    good = newest_good_backup(folder.backups)
    lines = [translate("opening", "个人数据文件已损坏,无法打开。\n\n检查结果:{detail}").format(detail=detail[:300]),
             translate("opening", "为了保护它,已把它原样改名保存为(没有删除任何内容):\n{path}").format(path=moved)]
    if good is not None:
        lines.append(translate("opening", "可以恢复 {date} 的备份(那之后的改动会丢失),"
                                          "或者新建一个空的数据文件从头开始。\n备份文件:{path}").format(
            date=_date_label(good.created), path=good.path))
    else:
        lines.append(translate("opening", "没有找到可以使用的备份。可以新建一个空的数据文件从头开始;"
                                          "损坏的文件可以交给老师尝试修复。"))
    return OpenResult(problem=OpenProblem.DAMAGED, message="\n\n".join(lines), moved_to=moved,
                      newest_good_backup=good.path if good else None)


def _code(exc: BaseException) -> ErrorCode:
    return exc.code if isinstance(exc, NetmktError) else error_code(exc)


def open_store_safely(data_dir: Path | DataFolder, *, busy_timeout: float = BUSY_TIMEOUT,
                      on_step: Step | None = None) -> OpenResult:
    """Open the Store of ``data_dir``; never raises for an unwritable folder or a bad or newer old
    single database (the one the first start of this version splits into profiles)."""
    folder = _folder(data_dir)
    db_path = folder.legacy_database
    set_aside_companions(db_path, "orphan")
    try:
        return OpenResult(store=Store.open(folder, busy_timeout=busy_timeout, on_step=on_step))
    except NotADatabaseError:
        return _damaged_result(folder, translate(
            "opening", "文件开头不是 SQLite 数据库的标记(不是本软件的数据文件,或已严重损坏)"), db_path)
    except DamagedDatabaseError as exc:
        return _damaged_result(folder, str(exc.params.get("detail", "")) or str(exc), db_path)
    except NewerDatabaseError as exc:
        return OpenResult(problem=OpenProblem.NEWER, message=str(exc))
    except (StoreError, sqlite3.Error, OSError) as exc:
        not_writable = _folder_not_writable(folder)
        if not_writable or _code(exc) in (ErrorCode.READ_ONLY, ErrorCode.NO_PERMISSION):
            return OpenResult(problem=OpenProblem.READ_ONLY, message=_read_only_message(
                folder, not_writable or translate("opening", "只读或没有写入权限")))
        if _disk_full(folder.root):
            return OpenResult(problem=OpenProblem.DISK_FULL, message=translate(
                "opening", "数据文件夹所在的磁盘(或 U 盘)已满,连打开个人数据都做不到:\n{folder}\n\n"
                           "现在可以浏览学习内容,但规划等个人数据不会保存。请删除一些不需要的文件,然后重新打开本软件。"
                           "数据文件没有改动。").format(folder=folder.root))
        damage = _looks_damaged(db_path)
        if damage:
            return _damaged_result(folder, damage, db_path)
        if isinstance(exc, StoreError):
            return OpenResult(problem=OpenProblem.ERROR, message=str(exc))
        return OpenResult(problem=OpenProblem.ERROR, message=translate(
            "opening", "无法打开个人数据文件:\n{path}\n\n原因:{reason}").format(path=db_path, reason=describe_error(exc)))


def start_fresh(data_dir: Path | DataFolder) -> OpenResult:
    """The student chose to go on without the damaged old database.  A file still in the way is
    moved aside, never deleted."""
    folder = _folder(data_dir)
    if folder.legacy_database.exists():
        try:
            move_aside(folder.legacy_database, "replaced")
        except OSError as exc:
            return OpenResult(problem=OpenProblem.ERROR, message=translate(
                "opening", "无法把现有的数据文件移到一旁({reason}),因此没有新建:\n{path}").format(
                reason=describe_error(exc), path=folder.legacy_database))
    return open_store_safely(folder)


def restore_and_open(backup: Path, data_dir: Path | DataFolder) -> OpenResult:
    """The student chose to restore an old single database's backup at start (no store open):
    restore it in its place, then open (which splits it into profiles)."""
    folder = _folder(data_dir)
    try:
        restore_backup(backup, folder.legacy_database, folder.backups)
    except BackupError as exc:
        return OpenResult(problem=OpenProblem.ERROR, message=str(exc))
    return open_store_safely(folder)


# ---------------------------------------------------------------------------------------------
# One profile's database


@dataclass
class ProfileOpenResult:
    """What :func:`open_profile_safely` found: the profile's ``data``, or None with ``message`` saying why."""

    data: ProfileData | None = None
    message: str = ""
    problem: OpenProblem = OpenProblem.NONE
    moved_to: Path | None = None
    newest_good_backup: Path | None = None
    warning: str = ""  # opened, but the student must know: saves of the last session may be missing


def _left_over_warning(kept: Path) -> str:
    return translate(
        "opening", "上次使用本软件时的一些保存可能没有留下来:数据文件旁边的保存记录(-wal 文件)已损坏,"
                   "其中的内容无法读回。现在显示的是能读出的全部数据。\n\n"
                   "损坏的保存记录已原样保存(没有删除任何内容):\n{path}\n\n"
                   "请检查最近的规划和笔记;需要时把这个文件交给老师。").format(path=kept)


def open_profile_safely(store: Store, profile_id: int) -> ProfileOpenResult:
    """Open one profile's data; never raises for a damaged, newer or locked database (a refused
    PIN included: ``problem`` ERROR with the reason).  A damaged file is renamed aside in the
    profile's folder and the profile's newest good backup is named."""
    place = store.profiles.folder(profile_id)
    try:
        data = store.profile(profile_id)
        left_over = store.left_over.pop(profile_id, None)
        return ProfileOpenResult(data=data, warning=_left_over_warning(left_over.kept_as) if left_over else "")
    except (NotADatabaseError, DamagedDatabaseError) as exc:
        detail = str(exc.params.get("detail", "")) or translate(
            "opening", "文件开头不是 SQLite 数据库的标记(不是本软件的数据文件,或已严重损坏)")
    except NewerDatabaseError as exc:
        return ProfileOpenResult(problem=OpenProblem.NEWER, message=str(exc))
    except (StoreError, sqlite3.Error, OSError) as exc:
        if isinstance(exc, AccessDeniedError):
            return ProfileOpenResult(problem=OpenProblem.ERROR, message=str(exc))
        if _disk_full(place.root):
            return ProfileOpenResult(problem=OpenProblem.DISK_FULL, message=translate(
                "opening", "数据文件夹所在的磁盘(或 U 盘)已满,连打开这个学习档案都做不到:\n{folder}\n\n"
                           "请删除一些不需要的文件,然后再打开它。数据文件没有改动。").format(folder=place.root))
        detail = _looks_damaged(place.database)
        if not detail:
            message = str(exc) if isinstance(exc, StoreError) else describe_error(exc)
            return ProfileOpenResult(problem=OpenProblem.ERROR, message=message)
    found = _damaged_result(place, detail)
    return ProfileOpenResult(problem=found.problem, message=found.message, moved_to=found.moved_to,
                             newest_good_backup=found.newest_good_backup)


def start_profile_fresh(store: Store, profile_id: int) -> ProfileOpenResult:
    """After a damaged file was set aside: the profile goes on with an empty database (a file still
    in the way is moved aside, never deleted)."""
    place = store.profiles.folder(profile_id)
    if place.database.exists():
        try:
            move_aside(place.database, "replaced")
        except OSError as exc:
            return ProfileOpenResult(problem=OpenProblem.ERROR, message=translate(
                "opening", "无法把现有的数据文件移到一旁({reason}),因此没有新建:\n{path}").format(
                reason=describe_error(exc), path=place.database))
    return open_profile_safely(store, profile_id)


def restore_profile_and_open(store: Store, profile_id: int, backup: Path) -> ProfileOpenResult:
    """After a damaged file was set aside: restore one of the profile's own backups, then open."""
    place = store.profiles.folder(profile_id)
    try:
        _own_backup(place, backup)
        restore_backup(Path(backup), place.database, place.backups)
    except BackupError as exc:
        return ProfileOpenResult(problem=OpenProblem.ERROR, message=str(exc))
    return open_profile_safely(store, profile_id)


def _own_backup(place: ProfileFolder, backup: Path) -> None:
    """BackupError unless ``backup`` is a file in the profile's own backups folder."""
    backup = Path(backup)
    try:
        inside = backup.resolve().parent == place.backups.resolve() and backup.is_file()
    except OSError:
        inside = False
    if not inside:
        raise BackupError(translate("opening", "没有恢复:只能恢复这个档案自己的备份。\n{path}").format(path=backup),
                          ErrorCode.NOT_ALLOWED, path=backup)


def restore_profile(store: Store, profile_id: int, backup: Path, *, pin: str | None = None,
                    teacher: str | None = None, on_allowed: Callable[[], None] | None = None) -> Path | None:
    """Restore one of the profile's own backups while the app runs; returns the "before restore"
    backup of the data it replaced (None when there was none).

    A PIN profile needs its PIN or the teacher password (AccessDeniedError, nothing changed).  The
    profile's database is closed first (every open view of it); ``on_allowed`` runs before that,
    once the check passed (the caller saves what was typed).  Open it again afterwards — a right
    PIN lets ``store.profile`` do that once, whether the restore worked or not.  Raises BackupError."""
    card = store.profiles.require(profile_id, pin=pin, teacher=teacher, teacher_any=True)
    place = store.profiles.folder(profile_id)
    _own_backup(place, backup)
    checked = check_backup(Path(backup))
    if not checked.ok:
        raise BackupError(translate("backups", "没有恢复,数据没有改动。这个备份不能使用:\n{path}\n\n{reason}").format(
            path=backup, reason=checked.message), checked.problem, path=backup)
    if card.has_pin and pin:
        store.profiles.grant(profile_id)
    if on_allowed is not None:
        on_allowed()
    store.release(profile_id)
    return restore_backup(Path(backup), place.database, place.backups)
