"""The database under the store: opening a file safely, the engine, one transaction per user action.

:class:`Database` is the one place that talks to SQLAlchemy's engine and sessions.  Every part of
the store (:mod:`~netmkt_desktop.storage.plans`, :mod:`~netmkt_desktop.storage.study` …) runs each
user action inside :meth:`Database.action` (writes) or :meth:`Database.read`: one session, one
transaction, all or nothing.  A failure comes out as :class:`~netmkt_desktop.errors.StoreWriteError`
whose ``code`` says why (SQLite's result code, see :func:`.sqlite_files.error_code`) and whose
message, in the interface language, names what was being done.

Each profile has its own database file (``profiles/<id>/netmkt.sqlite3``, see
:class:`~netmkt_desktop.paths.ProfileFolder`).  Opening an existing file checks it first (header,
``quick_check``, schema version) and copies it to the profile's ``backups/before-migration-…``
before an upgrade; a damaged or newer file is never changed.  New files are 0600; deleted rows are
overwritten (``secure_delete``), so what a student deletes does not linger in free pages.
SQLAlchemy is imported here (and in the parts), so the app imports the storage only after its
window is on screen.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import create_engine, event
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import URL, Engine
from sqlalchemy.orm import Session
from sqlalchemy.pool import StaticPool

from netmkt_desktop.errors import (
    DamagedDatabaseError,
    ErrorCode,
    NewerDatabaseError,
    NotFoundError,
    StoreWriteError,
)
from netmkt_desktop.files import make_private_folder
from netmkt_desktop.i18n import translate
from netmkt_desktop.paths import ProfileFolder
from netmkt_desktop.storage.migrations import SCHEMA_VERSION, migrate
from netmkt_desktop.storage.rows import ProfileRow
from netmkt_desktop.storage.sqlite_files import (
    REASON_BEFORE_MIGRATION,
    require_header,
    check_rows,
    connect,
    create_private,
    describe_error,
    error_code,
    free_backup_path,
    fsync_dir,
    fsync_file,
    is_busy,
    is_damage_error,
    part_name,
    unlink_with_companions,
)

# ---------------------------------------------------------------------------------------------
# Timestamps: naive local time with microseconds, so "newest first" holds for saves in one second


def now() -> str:
    return datetime.now().isoformat(timespec="microseconds")


def local(moment: datetime | None) -> datetime:
    """``moment`` (now when None) as naive local time, the way timestamps are stored."""
    if moment is None:
        return datetime.now()
    if moment.tzinfo is not None:
        return moment.astimezone().replace(tzinfo=None)
    return moment


def stamp(moment: datetime) -> str:
    return moment.isoformat(timespec="microseconds")


def parse_stamp(text: str | None) -> datetime | None:
    try:
        return datetime.fromisoformat(text) if text else None
    except ValueError:
        return None


# ---------------------------------------------------------------------------------------------
# Opening a file


def _cannot_open(path: Path, exc: BaseException) -> StoreWriteError:
    return StoreWriteError(translate("storage", "无法打开个人数据文件:\n{path}\n\n原因:{reason}").format(
        path=path, reason=describe_error(exc)), error_code(exc), path=path)


def _check_header(path: Path) -> bool:
    """False when there is no database yet (no file, or an empty one); True when the file starts
    like a SQLite database; raises NotADatabaseError otherwise."""
    try:
        if not path.exists() or path.stat().st_size == 0:
            return False
    except OSError as exc:
        raise StoreWriteError(translate("storage", "无法读取个人数据文件:\n{path}\n\n原因:{reason}").format(
            path=path, reason=describe_error(exc)), error_code(exc), path=path) from None
    require_header(path, "\n\n" + translate("storage", "请把这个文件移走或改名,或者用 --data-dir 选择另一个数据文件夹。"))
    return True


def _damaged(folder: ProfileFolder, detail: str) -> DamagedDatabaseError:
    detail = detail[:300]
    return DamagedDatabaseError(translate(
        "storage", "个人数据文件已损坏,无法打开:\n{path}\n\n检查结果:{detail}\n\n"
                   "文件没有被改动。请把它复制一份交给老师,或在“{backups}”文件夹中找以前的备份。").format(
        path=folder.database, detail=detail, backups=folder.backups.name), path=folder.database, detail=detail)


def _inspect(folder: ProfileFolder, busy_timeout: float) -> int:
    """The schema version of an existing file after a check; raises for a bad or newer file.

    An older file is copied to the backups folder before it is upgraded."""
    path = folder.database
    try:
        conn = connect(path, busy_timeout)
    except sqlite3.Error as exc:
        raise _cannot_open(path, exc) from None
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise NewerDatabaseError(translate(
                "storage", "个人数据文件由更新版本的本软件创建(数据版本 {version},本软件只认识到版本 {known}):\n"
                           "{path}\n\n请更新本软件后再打开。为保护你的数据,文件没有被改动。").format(
                version=version, known=SCHEMA_VERSION, path=path), path=path, version=version)
        rows = check_rows(conn)
        if rows != ["ok"]:
            raise _damaged(folder, ";".join(rows))
        if 1 <= version < SCHEMA_VERSION:
            _copy_before_migration(conn, folder, version)
        return version
    except sqlite3.DatabaseError as exc:
        if is_damage_error(exc):
            raise _damaged(folder, str(exc)) from None
        raise _cannot_open(path, exc) from None
    finally:
        conn.close()


def _copy_before_migration(conn: sqlite3.Connection, folder: ProfileFolder, version: int) -> Path:
    """A whole, checked copy of the file as it is, under a temporary name until it is complete:
    a kill while it is written leaves no half "before migration" backup (the temporary file is
    cleared later, see :func:`.sqlite_files.clear_leftovers`)."""
    part: Path | None = None
    try:
        make_private_folder(folder.backups)
        part = part_name(free_backup_path(folder.backups, datetime.now(), REASON_BEFORE_MIGRATION, version=version))
        create_private(part)
        copy = sqlite3.connect(str(part), isolation_level=None)
        try:
            conn.backup(copy)
            copy.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
            rows = check_rows(copy, "integrity_check")
        finally:
            copy.close()
        if rows != ["ok"]:
            raise sqlite3.DatabaseError("; ".join(rows)[:200])
        fsync_file(part)
        target = free_backup_path(folder.backups, datetime.now(), REASON_BEFORE_MIGRATION, version=version)
        os.replace(part, target)
        fsync_dir(folder.backups)
    except (OSError, sqlite3.Error) as exc:
        raise StoreWriteError(translate(
            "storage", "升级个人数据前无法先做备份,因此没有升级,数据没有改动:\n{folder}\n\n原因:{reason}").format(
            folder=folder.backups, reason=describe_error(exc)), error_code(exc), path=folder.backups) from None
    finally:
        if part is not None:
            unlink_with_companions(part)
    return target


def _use_wal(conn: sqlite3.Connection, busy_timeout: float) -> None:
    """Switch to WAL; SQLite does not apply its busy timeout to this, so wait here while another
    window is writing (two starts at once on a new folder, or a restored single-file copy)."""
    deadline = time.monotonic() + busy_timeout
    while True:
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if not is_busy(exc) or time.monotonic() >= deadline:
                raise
            time.sleep(0.05)


# SQLite's limit on the path of a database file (its VFS's mxPathname): 512 bytes on Unix-like
# systems, of which 8 go to the "-journal" it appends; MAX_PATH (260 characters) on Windows.
SQLITE_PATH_LIMIT = 251 if sys.platform == "win32" else 504


def _path_size(path: Path) -> int:
    """The length SQLite's limit counts: characters on Windows, bytes of the file-system encoding elsewhere."""
    return len(str(path)) if sys.platform == "win32" else len(os.fsencode(path))


def _check_path_length(path: Path) -> None:
    size = _path_size(path)
    if size > SQLITE_PATH_LIMIT:
        unit = translate("storage", "个字符") if sys.platform == "win32" else translate("storage", "个字节")
        raise StoreWriteError(translate(
            "storage", "个人数据文件的路径太长,无法打开:\n{path}\n\n这个路径有 {size} {unit},"
                       "数据库文件的路径最多 {limit} {unit}。请把数据文件夹放到路径短一些的地方,"
                       "例如用 --data-dir D:\\我的学习数据。").format(
            path=path, size=size, unit=unit, limit=SQLITE_PATH_LIMIT), ErrorCode.CANNOT_OPEN, path=path,
            limit=SQLITE_PATH_LIMIT, size=size)


def _file_engine(path: Path, busy_timeout: float) -> Engine:
    """An engine whose connections open exactly ``path``: a plain ``sqlite:///`` URL would read a
    "?" in a folder's name as the start of options (and "%41" as "A"), opening another file
    elsewhere.  The path goes to SQLite as a ``file:`` URI with every special character quoted."""
    posix = path.resolve().as_posix()
    # "file:/C:/…" on Windows (SQLite drops the slash before a drive letter), "file:/home/…" elsewhere
    uri = "file:" + quote(posix if posix.startswith("/") else "/" + posix, safe="/:")
    url = URL.create("sqlite", database=uri, query={"uri": "true"})
    return create_engine(url, connect_args={"timeout": busy_timeout})


def _listen(engine: Engine, busy_timeout: float) -> Engine:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record) -> None:
        # Let SQLAlchemy, not the sqlite3 module, decide where transactions begin (the documented recipe).
        dbapi_conn.isolation_level = None
        cursor = dbapi_conn.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA secure_delete=ON")  # what is deleted is overwritten, not left in free pages
        cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout * 1000)}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn) -> None:
        # Take the write lock at the start: a deferred transaction that later wants to write
        # while another window writes fails at once with "database is locked" instead of waiting.
        read_only = conn.get_execution_options().get("netmkt_read_only", False)
        conn.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")

    return engine


# ---------------------------------------------------------------------------------------------


class Database:
    """One SQLite database (a file, or memory for the guest) and its transactions."""

    def __init__(self, engine: Engine, path: Path | None):
        self._engine: Engine | None = engine
        self.path = path  # None: in memory

    @classmethod
    def open_file(cls, folder: ProfileFolder, *, busy_timeout: float = 5.0) -> Database:
        """Open (or create, 0600) a profile's database, upgrading an older one after a backup copy."""
        path = folder.database
        _check_path_length(path)
        try:
            make_private_folder(folder.root)
        except OSError as exc:
            raise StoreWriteError(translate("storage", "无法创建数据文件夹:\n{folder}\n\n原因:{reason}").format(
                folder=folder.root, reason=describe_error(exc)), error_code(exc), path=folder.root) from None
        if _check_header(path):
            _inspect(folder, busy_timeout)
        try:
            conn = connect(path, busy_timeout)
            try:
                _use_wal(conn, busy_timeout)
                migrate(conn)
            finally:
                conn.close()
        except sqlite3.Error as exc:
            raise StoreWriteError(translate(
                "storage", "无法准备个人数据文件,数据没有改动:\n{path}\n\n原因:{reason}").format(
                path=path, reason=describe_error(exc)), error_code(exc), path=path) from None
        return cls(_listen(_file_engine(path, busy_timeout), busy_timeout), path)

    @classmethod
    def in_memory(cls) -> Database:
        """A fresh database that lives in memory only (one connection; gone when closed)."""
        engine = _listen(create_engine("sqlite://", poolclass=StaticPool,
                                       connect_args={"check_same_thread": False}), 5.0)
        raw = engine.raw_connection()
        try:
            migrate(raw.driver_connection)
        finally:
            raw.close()
        return cls(engine, None)

    @property
    def engine(self) -> Engine | None:
        return self._engine

    @property
    def is_open(self) -> bool:
        return self._engine is not None

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None

    def read(self, what: str):
        """A transaction that only reads: it takes no write lock, so it works on a read-only file."""
        return self.action(what, write=False)

    @contextmanager
    def action(self, what: str, write: bool = True) -> Iterator[Session]:
        """One transaction for one user action; database failures become StoreWriteError.

        ``what`` names the action for the message (a Chinese source marked with ``N_("storage", …)``)."""
        if self._engine is None:
            raise StoreWriteError(translate("storage", "{what}没有完成:个人数据文件已经关闭。").format(
                what=translate("storage", what)), ErrorCode.CLOSED, what=what)
        bind = self._engine if write else self._engine.execution_options(netmkt_read_only=True)
        try:
            with Session(bind, expire_on_commit=False) as session, session.begin():
                yield session
        except (sa_exc.SQLAlchemyError, sqlite3.Error, OSError, UnicodeError) as exc:
            reason = describe_error(exc)
            if self.path is None:
                message = translate("storage", "{what}没有完成:{reason}。").format(
                    what=translate("storage", what), reason=reason)
            else:
                message = translate("storage", "{what}没有完成:{reason}。\n之前保存的数据没有改动。\n\n数据文件:{path}").format(
                    what=translate("storage", what), reason=reason, path=self.path)
            raise StoreWriteError(message, error_code(exc), what=what, path=self.path) from None


class ProfilePart:
    """Base of the parts that hold one profile's data: every query is filtered by its profile."""

    def __init__(self, db: Database, profile_id: int):
        self._db = db
        self._profile_id = profile_id

    def _check_profile(self, session: Session) -> None:
        if session.get(ProfileRow, self._profile_id) is None:
            raise NotFoundError(translate("storage", "找不到这个用户档案。"))


