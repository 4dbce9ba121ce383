"""One file per profile out of the single database of older versions (sqlite3 only, no SQLAlchemy).

Versions before one file per profile kept every profile in ``<data folder>/netmkt.sqlite3``.  The
first start of this version (:func:`split_legacy`, called by ``Store.open``):

1. checks the old file (header, ``quick_check``, schema version) and reads it through a read-only
   connection only — its bytes never change;
2. copies it into ``.staging/split/`` and brings the copy up to the current schema;
3. builds ``profiles/<id>/`` for every profile there (:func:`split_database`): a database holding
   that profile's rows of **every** table that belongs to a profile — found from the schema (a
   ``profile_id`` column, or a foreign key to ``profiles`` or to such a table), not from a list, so
   a table added by a later migration goes along — and a card with the name, class and PIN hash;
4. writes ``state.json`` (wrong-PIN counts, the next id) and a notice for the user (which also says
   when the old file's ``-wal`` does not verify, :mod:`.wal`: saves in it may not have been split);
5. renames the staged ``profiles`` folder into place (the moment the split counts as done);
6. moves the old file, as it was (with its ``-wal`` if it has one; the ``-wal`` first, the file
   last), into ``backups/`` as ``before-profiles-YYYYmmdd-HHMMSS.sqlite3`` and clears the staging folder.

A kill at any moment leaves the old file where it was (before 6) or whole in ``backups/`` (after);
the next start begins again from 1 (before 5) or finishes 6.  ``on_step`` is called with the name
of each step as it is reached (the fault tests stop the process there).

:func:`split_database` also serves the teacher's restore of such an old file as a whole-folder
backup (:mod:`.folder_backups`).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from netmkt_desktop.errors import DamagedDatabaseError, NewerDatabaseError, StoreWriteError
from netmkt_desktop.files import make_private_folder
from netmkt_desktop.i18n import translate
from netmkt_desktop.paths import DataFolder, ProfileFolder
from netmkt_desktop.pin import PinState
from netmkt_desktop.storage.cards import (
    Card,
    CardError,
    FolderState,
    StateFile,
    profile_lock_key,
    read_json,
    write_card,
    write_json,
)
from netmkt_desktop.storage.migrations import SCHEMA_VERSION, migrate
from netmkt_desktop.storage.sqlite_files import (
    REASON_BEFORE_PROFILES,
    require_header,
    check_rows,
    connect_frozen,
    connect_read_only,
    create_private,
    describe_error,
    error_code,
    free_backup_path,
    fsync_dir,
    fsync_file,
    unlink_with_companions,
)
from netmkt_desktop.storage.wal import wal_needs_care
from netmkt_desktop.validation import NAME_LIMIT, normalize_name

Step = Callable[[str], None]
DEFAULT_SOURCE_NAME = "默认"  # what older versions called the first profile
NOTICE_FORMAT = "netmkt-notice"
COMPANIONS = ("-wal", "-shm", "-journal")


def _nothing(_step: str) -> None:
    pass


@dataclass
class Split:
    """What :func:`split_database` built: a card per profile, their wrong-PIN counts, the last used."""

    cards: list[Card] = field(default_factory=list)
    locks: dict[str, PinState] = field(default_factory=dict)
    last_used: int | None = None
    highest_id: int = 0  # the highest profile id the old file ever gave out (deleted ones too)


# ---------------------------------------------------------------------------------------------
# Reading the old file


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _open_source(path: Path) -> sqlite3.Connection:
    """A connection that never writes ``path``: read-only when a -wal may hold part of it, else frozen."""
    if Path(f"{path}-wal").exists():
        return connect_read_only(path)
    return connect_frozen(path)


def check_legacy(path: Path) -> int:
    """The schema version of an old single database after a check; raises for a bad or newer one."""
    require_header(path)
    try:
        conn = _open_source(path)
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            rows = check_rows(conn)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        code = error_code(exc)
        if code.value in ("damaged", "not_a_database"):
            raise DamagedDatabaseError(translate("storage", "个人数据文件已损坏,无法打开:\n{path}").format(path=path),
                                       path=path, detail=str(exc)) from None
        raise StoreWriteError(translate("storage", "无法读取个人数据文件:\n{path}\n\n原因:{reason}").format(
            path=path, reason=describe_error(exc)), code, path=path) from None
    if rows != ["ok"]:
        raise DamagedDatabaseError(translate("storage", "个人数据文件已损坏,无法打开:\n{path}").format(path=path),
                                   path=path, detail=";".join(rows)[:300])
    if version > SCHEMA_VERSION:
        raise NewerDatabaseError(translate(
            "storage", "个人数据文件由更新版本的本软件创建(数据版本 {version},本软件只认识到版本 {known}):\n"
                       "{path}\n\n请更新本软件后再打开。为保护你的数据,文件没有被改动。").format(
            version=version, known=SCHEMA_VERSION, path=path), path=path, version=version)
    return version


def _snapshot(source: Path, target: Path) -> None:
    """A copy of ``source`` at the current schema (``source`` itself is only read)."""
    unlink_with_companions(target)
    create_private(target)
    src = _open_source(source)
    try:
        dst = sqlite3.connect(str(target), isolation_level=None)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=MEMORY")  # a scratch copy: nothing to protect
            dst.execute("PRAGMA synchronous=OFF")
            dst.execute("PRAGMA foreign_keys=ON")
            migrate(dst, SCHEMA_VERSION)
        finally:
            dst.close()
    finally:
        src.close()


# ---------------------------------------------------------------------------------------------
# Copying one profile's rows of every table


def _columns(conn: sqlite3.Connection, schema: str, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f"PRAGMA {schema}.table_info({_quoted(table)})")]


def _tables(conn: sqlite3.Connection) -> list[str]:
    """The tables of the main database, each after the tables it refers to."""
    names = [r[0] for r in conn.execute(
        "SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    needs = {t: {r[2] for r in conn.execute(f"PRAGMA main.foreign_key_list({_quoted(t)})")
                 if r[2] != t and r[2] in names} for t in names}
    ordered: list[str] = []
    while needs:
        ready = sorted(t for t, parents in needs.items() if parents <= set(ordered))
        if not ready:  # a cycle: keep the rest in name order
            ready = sorted(needs)
        ordered += ready
        for t in ready:
            del needs[t]
    return ordered


def _owner_filter(conn: sqlite3.Connection, table: str, owned: set[str], profile_id: int) -> tuple[str, tuple] | None:
    """The WHERE clause that picks one profile's rows of ``table``; None for a table no profile owns."""
    if table == "profiles":
        return "WHERE id = ?", (profile_id,)
    if "profile_id" in _columns(conn, "main", table):
        return "WHERE profile_id = ?", (profile_id,)
    for row in conn.execute(f"PRAGMA main.foreign_key_list({_quoted(table)})"):
        parent, column, target = row[2], row[3], row[4]
        if parent == "profiles":
            return f"WHERE {_quoted(column)} = ?", (profile_id,)
        if parent in owned:
            target = target or next((r[1] for r in conn.execute(f"PRAGMA main.table_info({_quoted(parent)})")
                                     if r[5]), "rowid")
            return f"WHERE {_quoted(column)} IN (SELECT {_quoted(target)} FROM main.{_quoted(parent)})", ()
    return None


def copy_profile(snapshot: Path, target: Path, profile_id: int) -> None:
    """A new database at ``target`` with one profile's rows of every table of ``snapshot`` (same schema).

    Tables that belong to no profile are copied whole.  The profile's row keeps only its id: the
    name and PIN live on its card.  The file is checked and flushed to disk."""
    unlink_with_companions(target)
    create_private(target)
    conn = sqlite3.connect(str(target), isolation_level=None)
    try:
        # a staged file nobody uses yet: no journal, no waiting for the disk; flushed once at the end
        conn.execute("PRAGMA journal_mode=MEMORY")
        conn.execute("PRAGMA synchronous=OFF")
        conn.execute("PRAGMA foreign_keys=ON")
        migrate(conn, SCHEMA_VERSION)
        conn.execute("ATTACH DATABASE ? AS src", (str(snapshot),))
        conn.execute("BEGIN IMMEDIATE")
        owned: set[str] = set()
        for table in _tables(conn):
            source_columns = set(_columns(conn, "src", table))
            columns = [c for c in _columns(conn, "main", table) if c in source_columns]
            if not columns:
                continue
            picked = _owner_filter(conn, table, owned, profile_id)
            where, params = picked if picked is not None else ("", ())
            if picked is not None:
                owned.add(table)
            listed = ", ".join(_quoted(c) for c in columns)
            conn.execute(f"INSERT INTO main.{_quoted(table)} ({listed}) SELECT {listed} FROM src.{_quoted(table)} {where}",
                         params)
        conn.execute("UPDATE main.profiles SET name = '', class_name = '', pin_hash = NULL, pin_salt = NULL, "
                     "failed_pin_count = 0, pin_locked_until = NULL")
        # ids go on after the highest one the single database gave out: never one twice
        conn.execute("DELETE FROM main.sqlite_sequence")
        conn.execute("INSERT INTO main.sqlite_sequence (name, seq) SELECT name, MAX(seq) FROM src.sqlite_sequence "
                     "WHERE name IN (SELECT name FROM main.sqlite_master WHERE type = 'table') GROUP BY name")
        conn.execute("COMMIT")
        conn.execute("DETACH DATABASE src")
        problems = check_rows(conn, "integrity_check")
        if problems != ["ok"] or conn.execute("PRAGMA foreign_key_check").fetchall():
            raise sqlite3.DatabaseError(f"copy of profile {profile_id} failed its check: {problems[:3]}")
    finally:
        conn.close()
    fsync_file(target)


def split_database(source: Path, target: Path, *, on_step: Step = _nothing) -> Split:
    """``target/<id>/`` (database and card) for every profile of the single database ``source``.

    ``source`` (any older schema version) is only read.  Names are normalised and made unique;
    the profile older versions named "默认" keeps the neutral default name.  Raises sqlite3.Error
    or OSError; ``target`` may then hold part of the work (the caller clears it)."""
    make_private_folder(target)
    snapshot = target.parent / f".{target.name}-source.sqlite3"
    _snapshot(source, snapshot)
    on_step("snapshot")
    split = Split()
    conn = connect_frozen(snapshot)
    try:
        rows = conn.execute("SELECT id, name, class_name, pin_hash, pin_salt, created_at, last_used_at, "
                            "failed_pin_count, pin_locked_until FROM profiles ORDER BY id").fetchall()
        sequence = conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'profiles'").fetchone()
        split.highest_id = max([r[0] for r in rows] + [int(sequence[0]) if sequence else 0])
    finally:
        conn.close()
    taken: set[str] = set()
    last = ""
    for (profile_id, name, class_name, pin_hash, pin_salt, created_at, last_used_at, failures, locked_until) in rows:
        default = name == DEFAULT_SOURCE_NAME and DEFAULT_SOURCE_NAME not in taken
        name = "" if default else normalize_name(name or "") or f"#{profile_id}"
        candidate, n = name, 2
        while candidate and candidate in taken:
            suffix = f"({n})"
            candidate = name[: NAME_LIMIT - len(suffix)] + suffix
            n += 1
        taken.add(DEFAULT_SOURCE_NAME if default else candidate)
        place = ProfileFolder(target / str(profile_id))
        make_private_folder(place.root)
        copy_profile(snapshot, place.database, profile_id)
        has_pin = pin_hash is not None and pin_salt is not None
        card = Card(id=profile_id, name=candidate, class_name=normalize_name(class_name or ""),
                    created_at=created_at or "", default_name=default,
                    pin_hash=pin_hash if has_pin else None, pin_salt=pin_salt if has_pin else None)
        write_card(place.card, card)
        fsync_dir(place.root)
        split.cards.append(card)
        if failures or locked_until:
            try:
                until = datetime.fromisoformat(locked_until) if locked_until else None
            except ValueError:
                until = None
            split.locks[profile_lock_key(profile_id)] = PinState(int(failures or 0), until)
        if (last_used_at or "") >= last:
            last, split.last_used = last_used_at or "", profile_id
        on_step(f"profile-{profile_id}")
    unlink_with_companions(snapshot)
    fsync_dir(target)
    return split


# ---------------------------------------------------------------------------------------------
# The first start


@dataclass
class SplitReport:
    """What :func:`split_legacy` did: the profiles made, and where the old file now lies."""

    names: list[str]
    kept_as: Path
    found_only: bool = False  # the old file lay beside profiles already there: kept, not split again


def _move_with_companions(source: Path, target: Path, step: Step = _nothing) -> None:
    """Move the old file and its -wal/-shm/-journal to ``target``: the companions first, the file
    last, so the name ``target`` appears only with everything beside it.  Cut short in between, the
    next start sees the file still in place and the companions already at ``target``, and finishes."""
    for suffix in COMPANIONS:
        companion = Path(f"{source}{suffix}")
        if companion.exists():
            os.rename(companion, Path(f"{target}{suffix}"))
    fsync_dir(target.parent)
    step("kept-companions")
    os.rename(source, target)
    fsync_dir(source.parent)
    fsync_dir(target.parent)


def _notice(folder: DataFolder) -> dict | None:
    try:
        return read_json(folder.notice, NOTICE_FORMAT)
    except CardError:
        return None


def write_notice(folder: DataFolder, kind: str, names: list[str], kept_as: str, wal_damaged: bool = False) -> None:
    write_json(folder.notice, {"format": NOTICE_FORMAT, "format_version": 1, "kind": kind, "names": names,
                               "kept_as": kept_as, "wal_damaged": wal_damaged})


def split_legacy(folder: DataFolder, *, on_step: Step | None = None, now: datetime | None = None) -> SplitReport | None:
    """Split the old single database of ``folder`` into profile folders (see the module's docstring).

    None when there is no old file.  Raises NotADatabaseError, DamagedDatabaseError or
    NewerDatabaseError (the old file untouched) and StoreWriteError."""
    legacy = folder.legacy_database
    try:
        if not legacy.exists() or legacy.stat().st_size == 0:  # an empty file holds nothing to split
            return None
    except OSError:
        return None
    step = on_step or _nothing
    work = folder.staging / "split"
    names: list[str] = []
    try:
        if not folder.profiles.exists():
            check_legacy(legacy)
            # a damaged -wal beside the old file: SQLite reads none of it (or not all); the old file
            # and its -wal are kept as they are (step 6), and the notice says so
            wal = wal_needs_care(legacy)
            wal_damaged = wal is not None and not wal.ok
            shutil.rmtree(work, ignore_errors=True)
            make_private_folder(work)
            step("checked")
            split = split_database(legacy, work / "profiles", on_step=step)
            step("staged")
            state = FolderState(locks=split.locks, next_id=split.highest_id + 1, last_used=split.last_used)
            StateFile(folder.state).write(state)
            names = [translate("storage", "默认") if c.default_name else c.name for c in split.cards]
            make_private_folder(folder.backups)
            planned = free_backup_path(folder.backups, now or datetime.now(), REASON_BEFORE_PROFILES, numbered=False)
            write_notice(folder, "split", names, planned.name, wal_damaged)
            step("noted")
            os.rename(work / "profiles", folder.profiles)
            fsync_dir(folder.root)
            step("committed")
        notice = _notice(folder)
        make_private_folder(folder.backups)
        planned_name = notice.get("kept_as") if notice and notice.get("kind") == "split" else None
        target = folder.backups / planned_name if isinstance(planned_name, str) and "/" not in planned_name else None
        # the planned name is free, or holds only the companions a start cut short already moved
        if target is None or target.exists():
            target = free_backup_path(folder.backups, now or datetime.now(), REASON_BEFORE_PROFILES, numbered=False)
            write_notice(folder, "found", [], target.name)
            notice = _notice(folder)
        _move_with_companions(legacy, target, step)
        step("kept")
        shutil.rmtree(work, ignore_errors=True)
        step("done")
    except (OSError, sqlite3.Error) as exc:
        raise StoreWriteError(translate(
            "storage", "无法把个人数据分成每个档案一个文件,原来的数据文件没有改动:\n{path}\n\n原因:{reason}").format(
            path=legacy, reason=describe_error(exc)), error_code(exc), path=legacy) from None
    names = [n for n in (notice or {}).get("names", []) if isinstance(n, str)]
    return SplitReport(names=names, kept_as=target, found_only=(notice or {}).get("kind") != "split")


def read_notice(folder: DataFolder) -> str | None:
    """The message to show once about the split (None when there is none)."""
    notice = _notice(folder)
    if notice is None:
        return None
    kept = folder.backups / str(notice.get("kept_as", ""))
    if notice.get("kind") == "split":
        names = [n for n in notice.get("names", []) if isinstance(n, str)]
        damaged = translate(
            "storage", "\n\n注意:旧数据文件旁边的保存记录(-wal 文件)已损坏,上次使用时的一些保存可能没有分到各个档案里。"
                       "它和旧数据文件一起原样保存在上面的位置(文件名后加 -wal),需要时请交给老师。"
        ) if notice.get("wal_damaged") is True else ""
        return translate(
            "storage", "从这个版本起,每个学习档案保存在自己的文件里(“{profiles}”文件夹),"
                       "恢复备份只会改动自己的档案。\n\n已经把原来的 {n} 个档案分开保存:{names}。\n\n"
                       "原来的数据文件原样保存在:\n{kept}").format(
            profiles=folder.profiles, n=len(names), names="、".join(names), kept=kept) + damaged
    return translate("storage", "在数据文件夹中找到一个旧版本的数据文件。现有的学习档案没有改动;"
                                "这个文件原样保存在:\n{kept}\n\n需要时,老师可以在“教师设置”中用它恢复整个文件夹。").format(
        kept=kept)


def acknowledge_notice(folder: DataFolder) -> None:
    """The user has seen the notice: it is not shown again."""
    try:
        folder.notice.unlink()
    except FileNotFoundError:
        pass
