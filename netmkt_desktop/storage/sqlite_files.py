"""SQLite files without SQLAlchemy: header check, connections, checks, names of backups, error codes.

What the store (:mod:`~netmkt_desktop.storage.db`), the backups
(:mod:`~netmkt_desktop.storage.backups`) and the policy above them
(:mod:`~netmkt_desktop.storage.opening`) share.  Only the standard library's ``sqlite3``: the
backup dialog can list backups without loading SQLAlchemy.

Errors are sorted by ``sqlite3.Error.sqlite_errorcode`` (and ``errno`` for an ``OSError``), never
by the words of a message: :func:`error_code`, :func:`is_damage_error`, :func:`describe_error`.

Backup file names carry the time they were made, in local time, and a **sequence number**
(``-S<n>``): one more than the highest in the folder, so the order in which backups were made is
known even when the PC's clock was wrong (set back at every start, or once ahead).  Names of older
versions have no sequence number (it counts as 0: made before every numbered one):

* ``netmkt-YYYYmmdd-HHMMSS-S<n>[-reason].sqlite3`` — regular backups (``auto`` has no reason part;
  ``manual`` and other reasons do); older: ``netmkt-YYYYmmdd-HHMMSS[-reason][-N].sqlite3``;
* ``before-restore-YYYYmmdd-HHMMSS-S<n>.sqlite3`` — the database as it was just before a restore;
* ``before-migration-vV-YYYYmmdd-HHMMSS-S<n>.sqlite3`` — made before an upgrade of the schema;
* ``before-profiles-YYYYmmdd-HHMMSS[-N].sqlite3`` — the single database of every profile that
  versions before one file per profile kept, moved into the data folder's backups as it was;
* ``folder-YYYYmmdd-HHMMSS-S<n>-reason/`` — a folder, the teacher's whole-folder backup set
  (:mod:`~netmkt_desktop.storage.folder_backups`); older: ``folder-YYYYmmdd-HHMMSS-reason[-N]/``.

The teacher's ``backups/`` holds sets and files side by side: they share one sequence, so
"made last" means the same for both.

Work in progress is written under a hidden temporary name, ``.<final name>.<pid>.<ns>.part``
(:func:`part_name`), and renamed when whole; :func:`clear_leftovers` removes what a killed process
left (its ``.part`` files and the ``-journal``/``-wal``/``-shm`` SQLite made beside them).
"""

from __future__ import annotations

import os
import re
import sqlite3
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import NamedTuple

from netmkt_desktop.errors import ErrorCode, os_error_code
from netmkt_desktop.i18n import N_, translate
from netmkt_desktop.paths import describe_os_error, sweep_folder

BUSY_TIMEOUT = 5.0
SQLITE_HEADER = b"SQLite format 3\x00"  # the first bytes of every SQLite database file

# ---------------------------------------------------------------------------------------------
# Error codes

# SQLite's primary result codes (https://sqlite.org/rescode.html); the extended code's low byte.
_SQLITE_CODES = {
    3: ErrorCode.NO_PERMISSION,  # SQLITE_PERM
    5: ErrorCode.BUSY,  # SQLITE_BUSY
    6: ErrorCode.BUSY,  # SQLITE_LOCKED
    8: ErrorCode.READ_ONLY,  # SQLITE_READONLY
    10: ErrorCode.IO_ERROR,  # SQLITE_IOERR
    11: ErrorCode.DAMAGED,  # SQLITE_CORRUPT
    13: ErrorCode.DISK_FULL,  # SQLITE_FULL
    14: ErrorCode.CANNOT_OPEN,  # SQLITE_CANTOPEN
    19: ErrorCode.CONSTRAINT,  # SQLITE_CONSTRAINT
    23: ErrorCode.NO_PERMISSION,  # SQLITE_AUTH
    26: ErrorCode.NOT_A_DATABASE,  # SQLITE_NOTADB
}

_REASONS = {
    ErrorCode.DISK_FULL: N_("storage", "磁盘空间已满(或 U 盘已写满)"),
    ErrorCode.READ_ONLY: N_("storage", "数据文件或所在的磁盘是只读的"),
    ErrorCode.NO_PERMISSION: N_("storage", "没有读写数据文件的权限"),
    ErrorCode.BUSY: N_("storage", "数据文件正被另一个程序(可能是另一个打开的本软件窗口)使用"),
    ErrorCode.IO_ERROR: N_("storage", "读写磁盘时出错(U 盘是否已被拔出?)"),
    ErrorCode.CANNOT_OPEN: N_("storage", "无法打开数据文件"),
    ErrorCode.DAMAGED: N_("storage", "数据文件已损坏"),
    ErrorCode.NOT_A_DATABASE: N_("storage", "数据文件已损坏"),
    ErrorCode.CONSTRAINT: N_("storage", "数据不符合要求"),
    ErrorCode.BAD_TEXT: N_("storage", "文本中有无法保存的字符(残缺的字符)"),
    ErrorCode.OTHER: N_("storage", "数据库出错"),
}


def _unwrapped(exc: BaseException) -> BaseException:
    """The DB-API error a SQLAlchemy error wraps (``exc.orig``), else ``exc`` itself."""
    return getattr(exc, "orig", None) or exc


def error_code(exc: BaseException) -> ErrorCode:
    """Why a database or file operation failed: by SQLite's result code, or errno for an OSError."""
    inner = _unwrapped(exc)
    if isinstance(inner, OSError):
        return os_error_code(inner)
    if isinstance(inner, UnicodeError):
        return ErrorCode.BAD_TEXT
    code = getattr(inner, "sqlite_errorcode", None)
    if isinstance(code, int):
        return _SQLITE_CODES.get(code & 0xFF, ErrorCode.OTHER)
    return ErrorCode.OTHER


def is_damage_error(exc: BaseException) -> bool:
    """True when SQLite says the file is damaged (SQLITE_CORRUPT) or not a database (SQLITE_NOTADB)."""
    return error_code(exc) in (ErrorCode.DAMAGED, ErrorCode.NOT_A_DATABASE)


def describe_error(exc: BaseException) -> str:
    """Why it failed, for the student, in the interface language."""
    inner = _unwrapped(exc)
    if isinstance(inner, OSError):
        return describe_os_error(inner)
    code = error_code(exc)
    return translate("storage", _REASONS.get(code, _REASONS[ErrorCode.OTHER]))


def is_busy(exc: BaseException) -> bool:
    return error_code(exc) == ErrorCode.BUSY


# ---------------------------------------------------------------------------------------------
# Files and connections


def require_header(path: Path, hint: str = "") -> None:
    """Raise unless ``path`` starts like a SQLite database: StoreWriteError when it cannot be read,
    NotADatabaseError (``hint`` added to its message) when it is some other file."""
    from netmkt_desktop.errors import NotADatabaseError, StoreWriteError

    try:
        with open(path, "rb") as f:
            head = f.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise StoreWriteError(translate("storage", "无法读取个人数据文件:\n{path}\n\n原因:{reason}").format(
            path=path, reason=describe_error(exc)), error_code(exc), path=path) from None
    if head != SQLITE_HEADER:
        raise NotADatabaseError(translate(
            "storage", "文件“{path}”不是本软件的数据文件(不是 SQLite 数据库),因此没有打开它,也没有做任何改动。").format(
            path=path) + hint, path=path)


def has_header(path: Path) -> bool:
    """True when the file starts like a SQLite database (False also when it cannot be read)."""
    try:
        with open(path, "rb") as f:
            return f.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def create_private(path: Path) -> None:
    """An empty file readable by its owner only (0600), unless ``path`` exists: SQLite gives its
    -wal and -shm files the database's mode, so they are private too, whatever the umask."""
    try:
        os.close(os.open(str(path), os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_BINARY", 0), 0o600))
    except OSError:  # there already, or no folder: SQLite says so in its own words
        pass


def connect(path: Path, busy_timeout: float = BUSY_TIMEOUT) -> sqlite3.Connection:
    """An autocommit connection (creates the file if needed, 0600) with foreign keys on."""
    create_private(path)
    conn = sqlite3.connect(str(path), timeout=busy_timeout, isolation_level=None)
    conn.execute("PRAGMA foreign_keys=ON")
    return conn


def connect_live(path: Path) -> sqlite3.Connection:
    """A connection to an existing live database (never creates a file)."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=rw", uri=True, timeout=BUSY_TIMEOUT,
                           isolation_level=None)
    conn.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT * 1000)}")
    return conn


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection to a live database that others may write."""
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT)


def connect_frozen(path: Path) -> sqlite3.Connection:
    """A read-only connection to a file nobody writes (a backup): leaves no -wal/-shm files behind."""
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True, isolation_level=None)


def check_rows(conn: sqlite3.Connection, pragma: str = "quick_check") -> list[str]:
    """The rows of ``PRAGMA quick_check`` (or ``integrity_check``): ``["ok"]`` for a sound file."""
    return [str(r[0]) for r in conn.execute(f"PRAGMA {pragma}").fetchall()]


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable (a no-op where directories cannot be opened, e.g. Windows)."""
    try:
        fd = os.open(str(folder), os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def fsync_file(path: Path) -> None:
    with open(path, "rb+") as f:
        os.fsync(f.fileno())


def unlink_quietly(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass


def unlink_with_companions(path: Path) -> None:
    """Remove ``path`` and the -journal/-wal/-shm files SQLite may have left beside it (errors ignored)."""
    for suffix in ("", "-journal", "-wal", "-shm"):
        unlink_quietly(Path(f"{path}{suffix}"))


# ---------------------------------------------------------------------------------------------
# Setting files aside (never deleting them)


def _aside_name(path: Path, label: str, now: datetime) -> Path:
    base = path.parent / f"{path.name}.{label}-{stamp(now)}"
    candidate, n = base, 2
    while any(Path(f"{candidate}{s}").exists() for s in ("", "-wal", "-shm")):
        candidate = Path(f"{base}-{n}")
        n += 1
    return candidate


def move_aside(db_path: Path, label: str = "damaged", now: datetime | None = None) -> Path:
    """Rename the database and its -wal/-shm to ``<name>.<label>-YYYYmmdd-HHMMSS`` (+ -wal/-shm).

    Nothing is deleted or overwritten; the companions keep SQLite's naming, so opening the renamed
    file still sees its WAL.  The main file goes first: it matters most.  Raises OSError.
    """
    db_path = Path(db_path)
    target = _aside_name(db_path, label, now or datetime.now())
    os.rename(db_path, target)
    for suffix in ("-wal", "-shm"):
        companion = Path(f"{db_path}{suffix}")
        if companion.exists():
            try:
                os.rename(companion, Path(f"{target}{suffix}"))
            except OSError:
                pass
    fsync_dir(db_path.parent)
    return target


def set_aside_companions(db_path: Path, label: str) -> None:
    """-wal/-shm without their database (a crash between two renames): keep them, out of the way,
    so a new database never picks up pages of another one."""
    if db_path.exists():
        return
    moment = stamp(datetime.now())
    for suffix in ("-wal", "-shm"):
        companion = Path(f"{db_path}{suffix}")
        if companion.exists():
            target = Path(f"{companion}.{label}-{moment}")
            n = 2
            while target.exists():
                target = Path(f"{companion}.{label}-{moment}-{n}")
                n += 1
            try:
                os.rename(companion, target)
            except OSError:
                pass


# ---------------------------------------------------------------------------------------------
# Backup names

STAMP_FORMAT = "%Y%m%d-%H%M%S"
REASON_AUTO = "auto"
REASON_MANUAL = "manual"
REASON_BEFORE_RESTORE = "before-restore"
REASON_BEFORE_MIGRATION = "before-migration"
REASON_BEFORE_PROFILES = "before-profiles"
SPECIAL_REASONS = (REASON_BEFORE_MIGRATION, REASON_BEFORE_RESTORE, REASON_BEFORE_PROFILES)

_SEQ = r"(?:-S(?P<seq>\d{1,9}))?"
_REGULAR = re.compile(r"^netmkt-(?P<stamp>\d{8}-\d{6})" + _SEQ + r"(?:-(?P<reason>[a-z][a-z0-9_]*))?(?:-(?P<n>\d+))?\.sqlite3$")
_RESTORE = re.compile(r"^before-restore-(?P<stamp>\d{8}-\d{6})" + _SEQ + r"(?:-(?P<n>\d+))?\.sqlite3$")
_MIGRATION = re.compile(r"^before-migration-v(?P<version>\d+)-(?P<stamp>\d{8}-\d{6})" + _SEQ + r"(?:-(?P<n>\d+))?\.sqlite3$")
_PROFILES = re.compile(r"^before-profiles-(?P<stamp>\d{8}-\d{6})" + _SEQ + r"(?:-(?P<n>\d+))?\.sqlite3$")
_SET = re.compile(r"^folder-(?P<stamp>\d{8}-\d{6})" + _SEQ + r"(?:-(?P<reason>[a-z][a-z-]*?))?(?:-(?P<n>\d+))?$")
REASON_WORD = re.compile(r"^[a-z][a-z0-9_]{0,31}$")


class BackupName(NamedTuple):
    """What a backup's file name says: when (by the PC's clock then), why, and in which order it was made."""

    created: datetime
    reason: str
    sequence: int = 1  # the -N of an older name made twice in one second
    order: int = 0  # the -S<n> sequence number; 0 for names of older versions
    folder_set: bool = False  # a whole-folder backup set (a folder), not a database file


def stamp(now: datetime) -> str:
    return now.strftime(STAMP_FORMAT)


def parse_backup_name(name: str) -> BackupName | None:
    """What a backup's name says (a file's, or a whole-folder set's: ``folder_set``), None for any other name."""
    for pattern, fixed in ((_REGULAR, None), (_RESTORE, REASON_BEFORE_RESTORE), (_MIGRATION, REASON_BEFORE_MIGRATION),
                           (_PROFILES, REASON_BEFORE_PROFILES), (_SET, None)):
        m = pattern.match(name)
        if m is None:
            continue
        try:
            created = datetime.strptime(m["stamp"], STAMP_FORMAT)
        except ValueError:
            return None
        folder_set = pattern is _SET
        reason = fixed or m["reason"] or (REASON_MANUAL if folder_set else REASON_AUTO)
        return BackupName(created, reason, int(m["n"] or 1), int(m["seq"] or 0), folder_set)
    return None


def backup_name(now: datetime, reason: str, sequence: int = 1, *, version: int | None = None,
                order: int | None = None, folder_set: bool = False) -> str:
    """The name of a backup; ``version`` (the schema version copied) only for "before-migration";
    ``order`` the sequence number (see the module; None: a name without one, as older versions made);
    ``folder_set``: the name of a whole-folder set (a folder) instead of a file."""
    moment = stamp(now) + (f"-S{order}" if order is not None else "")
    extra = f"-{sequence}" if sequence > 1 else ""
    if folder_set:
        return f"folder-{moment}-{reason}{extra}"
    if reason == REASON_BEFORE_MIGRATION:
        if version is None:
            raise ValueError("a before-migration backup name needs the schema version")
        return f"before-migration-v{version}-{moment}{extra}.sqlite3"
    if reason == REASON_BEFORE_RESTORE:
        return f"before-restore-{moment}{extra}.sqlite3"
    if reason == REASON_BEFORE_PROFILES:
        return f"before-profiles-{moment}{extra}.sqlite3"
    if reason == REASON_AUTO:
        return f"netmkt-{moment}{extra}.sqlite3"
    return f"netmkt-{moment}-{reason}{extra}.sqlite3"


def next_order(folder: Path) -> int:
    """One more than the highest sequence number of the backups (files and sets) in ``folder`` (1 for none)."""
    highest = 0
    try:
        for entry in os.scandir(folder):
            parsed = parse_backup_name(entry.name)
            if parsed is not None:
                highest = max(highest, parsed.order)
    except OSError:
        pass
    return highest + 1


def free_backup_path(folder: Path, now: datetime, reason: str, *, version: int | None = None,
                     numbered: bool = True, folder_set: bool = False) -> Path:
    """The next backup name of ``now`` and ``reason`` in ``folder``: numbered with the next sequence
    number (``numbered``), or, for names without one, the first not yet used (adding -2, -3 …);
    ``folder_set``: the name of a whole-folder set."""
    if numbered:
        order = next_order(folder)
        while True:
            target = folder / backup_name(now, reason, version=version, order=order, folder_set=folder_set)
            if not target.exists():
                return target
            order += 1
    sequence = 1
    while True:
        target = folder / backup_name(now, reason, sequence, version=version, folder_set=folder_set)
        if not target.exists():
            return target
        sequence += 1


# ---------------------------------------------------------------------------------------------
# Work in progress: temporary names, and what a killed process left

STALE_PART_AGE = timedelta(hours=1)  # a temporary file this old is a leftover, whoever made it
_PART = re.compile(r"^\..+\.(?P<pid>\d+)\.\d+\.part(?:-journal|-wal|-shm)?$")


def part_name(final: Path) -> Path:
    """The hidden temporary name beside ``final`` under which it is written before the rename."""
    return final.parent / f".{final.name}.{os.getpid()}.{time.monotonic_ns()}.part"


def _process_gone(pid: int) -> bool:
    """True when no process ``pid`` runs on this PC (POSIX; elsewhere only age tells)."""
    if pid == os.getpid() or sys.platform == "win32":
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:
        return False
    return False


def clear_leftovers(folder: Path) -> list[Path]:
    """Remove the temporary files (and folders) a killed backup, migration copy or restore left in
    ``folder``: those of a process that no longer runs, and any older than STALE_PART_AGE.  Files
    with a final name are never touched.  Returns what was removed (errors ignored)."""
    def left_over(entry: os.DirEntry[str], m: re.Match[str]) -> bool:
        old = time.time() - entry.stat(follow_symlinks=False).st_mtime > STALE_PART_AGE.total_seconds()
        return old or _process_gone(int(m["pid"]))

    return sweep_folder(folder, _PART, left_over)
