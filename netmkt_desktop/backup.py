"""Backups of the personal database, restoring one, and opening the database without ever losing it (no Qt).

Backups live in ``<data_dir>/backups/`` (the folder :mod:`netmkt_desktop.store` also uses for its
``before-migration-*`` copies).  File names carry the time they were made, in local time:

* ``netmkt-YYYYmmdd-HHMMSS[-reason][-N].sqlite3`` — made by :func:`make_backup` (``auto`` has no
  reason part; ``manual`` and other reasons do; ``N`` keeps two names made in one second apart);
* ``before-restore-YYYYmmdd-HHMMSS[-N].sqlite3`` — the database as it was just before a restore;
* ``before-migration-vV-YYYYmmdd-HHMMSS[-N].sqlite3`` — made by the store before an upgrade.

A backup is written with SQLite's online backup API into a hidden ``.*.part`` file, checked with
``PRAGMA integrity_check``, flushed to disk and only then renamed to its final name: a file with a
backup name is always a whole, checked database.  Backups are single rollback-journal files (no
``-wal`` companion), so copying one file to a USB stick copies the whole backup.

The caller must close its :class:`~netmkt_desktop.store.Store` before :func:`restore_backup` and
open a new one afterwards (or use :func:`restore_and_open`).  :func:`make_backup` may run while the
store is open: the backup API reads one consistent snapshot.
"""

from __future__ import annotations

import errno
import os
import re
import sqlite3
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from netmkt_desktop.errors import BackupError
from netmkt_desktop.paths import BACKUP_FOLDER, DATABASE_NAME, probe_writable

# No module-level import of netmkt_desktop.store here: the store imports this module (names,
# constants), and this module must stay importable without SQLAlchemy (the backup dialog imports it).
BUSY_TIMEOUT = 5.0
KEEP_RECENT = 10  # regular backups: the 10 most recent ...
KEEP_DAYS = 7  # ... plus the newest of each of the last 7 days
KEEP_SPECIAL = 5  # before-migration-* and before-restore-*: the 5 newest of each kind
STALE_PART_AGE = timedelta(hours=1)  # an unfinished .part file older than this was left by a crash

STAMP_FORMAT = "%Y%m%d-%H%M%S"
SQLITE_HEADER = b"SQLite format 3\x00"  # the first bytes of every SQLite database file

REASON_AUTO = "auto"
REASON_MANUAL = "manual"
REASON_BEFORE_RESTORE = "before-restore"
REASON_BEFORE_MIGRATION = "before-migration"
SPECIAL_REASONS = (REASON_BEFORE_MIGRATION, REASON_BEFORE_RESTORE)

_REGULAR = re.compile(r"^netmkt-(?P<stamp>\d{8}-\d{6})(?:-(?P<reason>[a-z][a-z0-9_]*))?(?:-(?P<n>\d+))?\.sqlite3$")
_RESTORE = re.compile(r"^before-restore-(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?\.sqlite3$")
_MIGRATION = re.compile(r"^before-migration-v(?P<version>\d+)-(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?\.sqlite3$")
_REASON_WORD = re.compile(r"^[a-z][a-z0-9_]{0,31}$")


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


@dataclass
class OpenResult:
    """What :func:`open_store_safely` found.

    ``store`` is an open Store, or None with ``message`` (plain Chinese) saying why.  ``problem`` is
    "" (opened), "damaged" (file moved aside to ``moved_to``; offer ``newest_good_backup`` or a fresh
    start), "newer" (file untouched), "read_only" (browse without saving), "disk_full" (not even the
    -shm file fits; file untouched) or "error" (anything else, e.g. a file locked by another program;
    file untouched).  In every case but "" the app can show the content without saving.
    """

    store: object | None = None
    message: str = ""
    problem: str = ""
    moved_to: Path | None = None
    newest_good_backup: Path | None = None

    @property
    def read_only(self) -> bool:
        return self.problem == "read_only"


# ---------------------------------------------------------------------------------------------
# Small helpers


def _reason_text(exc: BaseException) -> str:
    """Plain Chinese for an OSError or sqlite3 error (the store's wording)."""
    from netmkt_desktop.store import describe_error

    return describe_error(exc)


def _fsync_dir(folder: Path) -> None:
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


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as f:
        os.fsync(f.fileno())


def _unlink_quietly(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass


def _unlink_with_companions(path: Path) -> None:
    """Remove ``path`` and the -journal/-wal/-shm files SQLite may have left beside it (errors ignored)."""
    for suffix in ("", "-journal", "-wal", "-shm"):
        _unlink_quietly(Path(f"{path}{suffix}"))


def _connect_live(path: Path) -> sqlite3.Connection:
    """A connection to an existing live database (never creates a file)."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=rw", uri=True, timeout=BUSY_TIMEOUT,
                           isolation_level=None)
    conn.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT * 1000)}")
    return conn


def _connect_frozen(path: Path) -> sqlite3.Connection:
    """A read-only connection to a file nobody writes (a backup): leaves no -wal/-shm files behind."""
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True, isolation_level=None)


def _has_header(path: Path) -> bool:
    try:
        with open(path, "rb") as f:
            return f.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def _stamp(now: datetime) -> str:
    return now.strftime(STAMP_FORMAT)


def _date_label(when: datetime) -> str:
    return f"{when.year}年{when.month}月{when.day}日 {when:%H:%M}"


def _schema_version() -> int:
    from netmkt_desktop.store import SCHEMA_VERSION

    return SCHEMA_VERSION


# ---------------------------------------------------------------------------------------------
# Names


def parse_backup_name(name: str) -> tuple[datetime, str, int] | None:
    """(created, reason, sequence) for a backup file name, None for any other file."""
    for pattern, fixed in ((_REGULAR, None), (_RESTORE, REASON_BEFORE_RESTORE), (_MIGRATION, REASON_BEFORE_MIGRATION)):
        m = pattern.match(name)
        if m is None:
            continue
        try:
            created = datetime.strptime(m["stamp"], STAMP_FORMAT)
        except ValueError:
            return None
        reason = fixed or m["reason"] or REASON_AUTO
        return created, reason, int(m["n"] or 1)
    return None


def backup_name(now: datetime, reason: str, sequence: int = 1, *, version: int | None = None) -> str:
    """The file name of a backup; ``version`` (the schema version copied) only for "before-migration"."""
    stamp = _stamp(now)
    extra = f"-{sequence}" if sequence > 1 else ""
    if reason == REASON_BEFORE_MIGRATION:
        if version is None:
            raise ValueError("a before-migration backup name needs the schema version")
        return f"before-migration-v{version}-{stamp}{extra}.sqlite3"
    if reason == REASON_BEFORE_RESTORE:
        return f"before-restore-{stamp}{extra}.sqlite3"
    if reason == REASON_AUTO:
        return f"netmkt-{stamp}{extra}.sqlite3"
    return f"netmkt-{stamp}-{reason}{extra}.sqlite3"


# ---------------------------------------------------------------------------------------------
# Checking


def check_backup(path: Path) -> str:
    """"" when ``path`` is a whole database of this app that this version can open, else the reason (Chinese)."""
    path = Path(path)
    if not path.is_file():
        return "备份文件不存在。"
    if not _has_header(path):
        return "这不是本软件的数据文件(不是 SQLite 数据库)。"
    try:
        conn = _connect_frozen(path)
    except sqlite3.Error as exc:
        return f"无法打开备份文件({_reason_text(exc)})。"
    try:
        rows = [str(r[0]) for r in conn.execute("PRAGMA integrity_check").fetchall()]
        if rows != ["ok"]:
            return f"备份文件已损坏(检查结果:{';'.join(rows)[:200]})。"
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.Error as exc:
        return f"备份文件已损坏({_reason_text(exc)})。"
    finally:
        conn.close()
    if version > _schema_version():
        return f"这个备份由更新版本的本软件制作(数据版本 {version}),本软件无法使用它。请先更新软件。"
    if version < 1 or "plans" not in tables:
        return "这不是本软件的数据文件(里面没有规划数据表)。"
    return ""


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
        if not _has_header(path):
            ok: bool | None = False
        elif check:
            ok = check_backup(path) == ""
        else:
            ok = None
        found.append(BackupInfo(path=path, created=created, size=size, reason=reason, ok=ok, sequence=sequence))
    found.sort(key=lambda b: (b.created, b.sequence, b.path.name), reverse=True)
    return found


def newest_good_backup(backups_dir: Path) -> BackupInfo | None:
    """The newest backup that passes :func:`check_backup`."""
    for info in list_backups(backups_dir):
        if info.ok is not False and check_backup(info.path) == "":
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


def make_backup(db_path: Path, backups_dir: Path, reason: str = REASON_AUTO, now: datetime | None = None) -> Path:
    """Copy the live database into ``backups_dir`` and prune old backups; returns the new backup's path.

    ``reason`` is a lower-case word ("auto", "manual", …) or "before-restore".  Raises BackupError.
    """
    db_path, backups_dir = Path(db_path), Path(backups_dir)
    if reason != REASON_BEFORE_RESTORE and not _REASON_WORD.match(reason):
        raise ValueError(f"bad backup reason: {reason!r}")
    if not db_path.is_file():
        raise BackupError(f"没有可以备份的个人数据文件:\n{db_path}")
    now = now or datetime.now()
    try:
        backups_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BackupError(f"无法创建备份文件夹:\n{backups_dir}\n\n原因:{_reason_text(exc)}") from None
    part = backups_dir / f".{backup_name(now, reason)}.{os.getpid()}.{time.monotonic_ns()}.part"
    try:
        try:
            src = _connect_live(db_path)
            try:
                dst = sqlite3.connect(str(part), isolation_level=None)
                try:
                    src.backup(dst)
                    # A single self-contained file: no -wal companion to forget when copying it.
                    dst.execute("PRAGMA journal_mode=DELETE")
                    rows = [str(r[0]) for r in dst.execute("PRAGMA integrity_check").fetchall()]
                finally:
                    dst.close()
            finally:
                src.close()
            if rows != ["ok"]:
                raise BackupError(
                    f"个人数据文件已损坏,备份没有完成:\n{db_path}\n\n检查结果:{';'.join(rows)[:200]}")
            _fsync_file(part)
            target = free_backup_path(backups_dir, now, reason)
            os.replace(part, target)  # the name appears only for a whole, checked copy
        except (OSError, sqlite3.Error) as exc:
            raise BackupError(f"备份没有完成:{_reason_text(exc)}。\n\n备份文件夹:{backups_dir}") from None
    finally:
        _unlink_with_companions(part)
    _fsync_dir(backups_dir)
    prune_backups(backups_dir, now)  # never raises OSError: a backup that cannot be pruned is still good
    return target


def free_backup_path(folder: Path, now: datetime, reason: str, *, version: int | None = None) -> Path:
    """The first backup name of ``now`` and ``reason`` not yet used in ``folder`` (adding -2, -3 …)."""
    sequence = 1
    while True:
        target = folder / backup_name(now, reason, sequence, version=version)
        if not target.exists():
            return target
        sequence += 1


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
                    _unlink_quietly(Path(entry.path))
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
    problem = check_backup(backup)
    if problem:
        raise BackupError(f"没有恢复,数据没有改动。这个备份不能使用:\n{backup}\n\n{problem}")
    before: Path | None = None
    if db_path.exists():
        try:
            before = make_backup(db_path, backups_dir, REASON_BEFORE_RESTORE)
        except BackupError as exc:
            raise BackupError(f"恢复前无法先保存当前的数据,因此没有恢复,数据没有改动。\n\n{exc}") from None
        _replace_in_place(backup, db_path)
    else:
        _set_aside_companions(db_path, "orphan")
        _write_new(backup, db_path)
    return before


def _replace_in_place(backup: Path, db_path: Path) -> None:
    try:
        src = _connect_frozen(backup)
        try:
            dst = _connect_live(db_path)
            try:
                src.backup(dst)
                rows = [str(r[0]) for r in dst.execute("PRAGMA quick_check").fetchall()]
            finally:
                dst.close()
        finally:
            src.close()
    except sqlite3.Error as exc:
        raise BackupError(f"没有恢复:{_reason_text(exc)}。\n数据文件没有改动(恢复是一次完整的写入,要么全部完成,要么没有发生)。"
                          f"\n\n数据文件:{db_path}") from None
    if rows != ["ok"]:
        raise BackupError(f"恢复后检查数据文件时发现问题:{';'.join(rows)[:200]}\n\n数据文件:{db_path}")


def _write_new(backup: Path, db_path: Path) -> None:
    part = db_path.parent / f".{db_path.name}.restore.{os.getpid()}.part"
    try:
        db_path.parent.mkdir(parents=True, exist_ok=True)
        src = _connect_frozen(backup)
        try:
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
        _fsync_file(part)
        if db_path.exists():  # appeared meanwhile (another window): never overwrite it
            raise BackupError(f"没有恢复:数据文件夹中已经有一个新的数据文件:\n{db_path}")
        os.replace(part, db_path)
        _fsync_dir(db_path.parent)
    except (OSError, sqlite3.Error) as exc:
        raise BackupError(f"没有恢复:{_reason_text(exc)}。\n\n数据文件:{db_path}") from None
    finally:
        _unlink_with_companions(part)


# ---------------------------------------------------------------------------------------------
# Opening safely


def _aside_name(path: Path, label: str, now: datetime) -> Path:
    base = path.parent / f"{path.name}.{label}-{_stamp(now)}"
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
    _fsync_dir(db_path.parent)
    return target


def _set_aside_companions(db_path: Path, label: str) -> None:
    """-wal/-shm without their database (a crash between two renames): keep them, out of the way,
    so a new database never picks up pages of another one."""
    if db_path.exists():
        return
    stamp = _stamp(datetime.now())
    for suffix in ("-wal", "-shm"):
        companion = Path(f"{db_path}{suffix}")
        if companion.exists():
            target = Path(f"{companion}.{label}-{stamp}")
            n = 2
            while target.exists():
                target = Path(f"{companion}.{label}-{stamp}-{n}")
                n += 1
            try:
                os.rename(companion, target)
            except OSError:
                pass


def _folder_not_writable(data_dir: Path) -> str:
    """The reason (Chinese) the folder cannot be written, "" when a file can be created there."""
    try:
        probe_writable(data_dir)
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            return ""  # full, not read-only: reported as a write error
        return _reason_text(exc)
    db = data_dir / DATABASE_NAME
    if db.exists():
        try:
            os.close(os.open(str(db), os.O_RDWR))
        except OSError as exc:
            return _reason_text(exc)
    return ""


def _disk_full(data_dir: Path) -> bool:
    """True when a small file (the size of SQLite's -shm) cannot be written in ``data_dir`` for lack of space."""
    import tempfile

    try:
        fd, probe = tempfile.mkstemp(prefix=".space-test-", dir=data_dir)
    except OSError as exc:
        return exc.errno == errno.ENOSPC
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(b"\0" * 65536)
            f.flush()
            os.fsync(f.fileno())
    except OSError as exc:
        return exc.errno == errno.ENOSPC
    finally:
        _unlink_quietly(Path(probe))
    return False


def _looks_damaged(db_path: Path) -> str:
    """"" when the existing file passes quick_check, otherwise what is wrong."""
    if not db_path.exists() or db_path.stat().st_size == 0:
        return ""
    if not _has_header(db_path):
        return "不是 SQLite 数据库"
    try:
        conn = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT)
    except sqlite3.Error:
        return ""
    try:
        rows = [str(r[0]) for r in conn.execute("PRAGMA quick_check").fetchall()]
        return "" if rows == ["ok"] else ";".join(rows)[:300]
    except sqlite3.DatabaseError as exc:
        from netmkt_desktop.store import is_damage_error

        return str(exc) if is_damage_error(exc) else ""
    finally:
        conn.close()


def _read_only_message(data_dir: Path, reason: str) -> str:
    return (f"数据文件夹无法写入({reason}):\n{data_dir}\n\n"
            "现在可以浏览学习内容,但规划等个人数据不会保存。\n"
            "请换一个可以写入的文件夹,例如在启动时加上 --data-dir 选项:\n"
            "netmkt-desktop --data-dir D:\\我的学习数据")


def _damaged_result(data_dir: Path, db_path: Path, detail: str) -> OpenResult:
    try:
        moved = move_aside(db_path, "damaged")
    except OSError as exc:
        return OpenResult(problem="error", message=(
            f"个人数据文件已损坏,无法打开:\n{db_path}\n\n{detail}\n\n"
            f"也无法把它改名保存到一旁({_reason_text(exc)}),因此没有做任何改动。"
            "请把这个文件复制一份交给老师。"))
    good = newest_good_backup(data_dir / BACKUP_FOLDER)
    lines = [f"个人数据文件已损坏,无法打开。\n\n检查结果:{detail[:300]}",
             f"为了保护它,已把它原样改名保存为(没有删除任何内容):\n{moved}"]
    if good is not None:
        lines.append(f"可以恢复 {_date_label(good.created)} 的备份(那之后的改动会丢失),"
                     f"或者新建一个空的数据文件从头开始。\n备份文件:{good.path}")
    else:
        lines.append("没有找到可以使用的备份。可以新建一个空的数据文件从头开始;"
                     "损坏的文件可以交给老师尝试修复。")
    return OpenResult(problem="damaged", message="\n\n".join(lines), moved_to=moved,
                      newest_good_backup=good.path if good else None)


def open_store_safely(data_dir: Path, *, busy_timeout: float = 5.0) -> OpenResult:
    """Open the Store of ``data_dir``; never raises for a bad, newer or unwritable database.

    A damaged file (or one that is not a database) is renamed aside, never deleted; the result
    names the newest good backup so the app can offer :func:`restore_and_open` or :func:`start_fresh`.
    """
    from netmkt_desktop.store import (
        DamagedDatabaseError,
        NewerDatabaseError,
        NotADatabaseError,
        Store,
        StoreError,
    )

    data_dir = Path(data_dir)
    db_path = data_dir / DATABASE_NAME
    _set_aside_companions(db_path, "orphan")
    try:
        return OpenResult(store=Store.open(data_dir, busy_timeout=busy_timeout))
    except NotADatabaseError:
        return _damaged_result(data_dir, db_path, "文件开头不是 SQLite 数据库的标记(不是本软件的数据文件,或已严重损坏)")
    except DamagedDatabaseError as exc:
        return _damaged_result(data_dir, db_path, _first_line_detail(exc))
    except NewerDatabaseError as exc:
        return OpenResult(problem="newer", message=str(exc))
    except (StoreError, sqlite3.Error, OSError) as exc:
        text = str(exc)
        not_writable = _folder_not_writable(data_dir)
        if not_writable or "只读" in text or "没有写入权限" in text:
            return OpenResult(problem="read_only",
                              message=_read_only_message(data_dir, not_writable or "只读或没有写入权限"))
        if _disk_full(data_dir):
            return OpenResult(problem="disk_full", message=(
                f"数据文件夹所在的磁盘(或 U 盘)已满,连打开个人数据都做不到:\n{data_dir}\n\n"
                "现在可以浏览学习内容,但规划等个人数据不会保存。请删除一些不需要的文件,然后重新打开本软件。"
                "数据文件没有改动。"))
        damage = _looks_damaged(db_path)
        if damage:
            return _damaged_result(data_dir, db_path, damage)
        if isinstance(exc, StoreError):
            return OpenResult(problem="error", message=text)
        return OpenResult(problem="error", message=f"无法打开个人数据文件:\n{db_path}\n\n原因:{_reason_text(exc)}")


def _first_line_detail(exc: BaseException) -> str:
    text = str(exc)
    if "检查结果:" in text:
        return text.split("检查结果:", 1)[1].split("\n", 1)[0]
    return text.split("\n", 1)[0]


def start_fresh(data_dir: Path) -> OpenResult:
    """The student chose a new, empty database.  A file still in the way is moved aside, never deleted."""
    data_dir = Path(data_dir)
    db_path = data_dir / DATABASE_NAME
    if db_path.exists():
        try:
            move_aside(db_path, "replaced")
        except OSError as exc:
            return OpenResult(problem="error", message=(
                f"无法把现有的数据文件移到一旁({_reason_text(exc)}),因此没有新建:\n{db_path}"))
    return open_store_safely(data_dir)


def restore_and_open(backup: Path, data_dir: Path) -> OpenResult:
    """The student chose to restore ``backup``: restore it (the Store must be closed), then open."""
    data_dir = Path(data_dir)
    try:
        restore_backup(backup, data_dir / DATABASE_NAME, data_dir / BACKUP_FOLDER)
    except BackupError as exc:
        return OpenResult(problem="error", message=str(exc))
    return open_store_safely(data_dir)
