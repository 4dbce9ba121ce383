"""The teacher's whole-folder backups: every profile at one moment, and restoring all of them.

A student's 备份与恢复 only ever sees and restores that student's own backups
(``profiles/<id>/backups/``).  The teacher (with the teacher password) can also back up and
restore the whole data folder:

* a **set** ``backups/folder-YYYYmmdd-HHMMSS-S<n>-reason/`` holds ``<id>/profile.json`` and
  ``<id>/netmkt.sqlite3`` (a checked single-file copy) of every profile, and ``manifest.json``,
  written last: a set without it was cut short and is never listed (its temporary folder is cleared
  when the data folder opens next, see :func:`~.sqlite_files.clear_leftovers`);
* an **old single database** (``before-profiles-…`` — the file older versions kept, moved here as
  it was by the first start of this version — or one of their backups) counts as a whole-folder
  backup too: restoring it splits it again (:func:`netmkt_desktop.storage.split.split_database`).

Restoring (:func:`restore_folder`) first saves the folder as it is as a ``before-restore`` set,
then, for each profile in the backup: a profile that is still there gets its data back through
the same restore as a student's (its own ``before-restore`` backup first), keeping its present
name, PIN and wrong-PIN count; a profile deleted since comes back with the card it had then.
Profiles made after the backup are left as they are.  :func:`plan_folder_restore` names them all
before anything happens, for the teacher's confirmation.

The PC's clock is not trusted, here as for a profile's backups (:mod:`.backups`): a set's name
carries the next **sequence number** of the teacher's ``backups/`` (``-S<n>``, named and read by
:mod:`.sqlite_files`, ordered by :func:`~.backups.made_last_first`), so "newest" means made last,
whatever date the name shows.  Sets of older versions (no ``-S<n>``) count as made before every
numbered one, in the order of their dates.  Rotation (:func:`sets_to_delete`) keeps the
:data:`KEEP_SETS` made last of each reason, and never a set made in this session
(:attr:`Store.sets_written <netmkt_desktop.storage.store.Store.sets_written>`).
"""

from __future__ import annotations

import os
import secrets
import shutil
import sqlite3
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from netmkt_desktop.errors import BackupError, ErrorCode
from netmkt_desktop.files import make_private_folder
from netmkt_desktop.i18n import translate
from netmkt_desktop.paths import CARD_NAME, DataFolder, ProfileFolder
from netmkt_desktop.records import Profile
from netmkt_desktop.storage.backups import check_backup, copy_database, list_backups, made_last_first, restore_backup
from netmkt_desktop.storage.cards import Card, CardError, read_card, read_json, write_card, write_json
from netmkt_desktop.storage.profiles import unique_name
from netmkt_desktop.storage.split import DEFAULT_SOURCE_NAME, split_database
from netmkt_desktop.storage.sqlite_files import (
    REASON_BEFORE_RESTORE,
    REASON_MANUAL,
    STAMP_FORMAT,
    clear_leftovers,
    connect_frozen,
    describe_error,
    error_code,
    free_backup_path,
    fsync_dir,
    parse_backup_name,
)
from netmkt_desktop.storage.store import Store
from netmkt_desktop.validation import normalize_name

MANIFEST_NAME = "manifest.json"
MANIFEST_FORMAT = "netmkt-folder-backup"
KEEP_SETS = 5  # of each reason, the sets made last


@dataclass(frozen=True)
class FolderBackup:
    """One whole-folder backup: a set, or an old single database (``single``)."""

    path: Path
    created: datetime
    reason: str  # "manual", "before-restore", "before-profiles", "auto", …
    single: bool
    profiles: tuple[tuple[int, str], ...]  # (id, name as it was then) of every profile in it
    sequence: int = 1  # the -N of an older name made twice in one second
    order: int = 0  # the sequence number: made after every backup with a lower one (0: older versions)


@dataclass
class FolderRestorePlan:
    """Who a whole-folder restore affects: named in the teacher's confirmation before anything changes."""

    restored: list[Profile] = field(default_factory=list)  # there now: their data goes back to the backup's
    returning: list[str] = field(default_factory=list)  # deleted since: they come back
    untouched: list[Profile] = field(default_factory=list)  # made after the backup: left as they are


# ---------------------------------------------------------------------------------------------
# Listing


def _name_of(card: Card) -> str:
    return translate("storage", "默认") if card.default_name else card.name


def _single_profiles(path: Path) -> tuple[tuple[int, str], ...] | None:
    try:
        conn = connect_frozen(path)
        try:
            rows = conn.execute("SELECT id, name FROM profiles ORDER BY id").fetchall()
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    return tuple((int(i), translate("storage", "默认") if n == DEFAULT_SOURCE_NAME else normalize_name(n or ""))
                 for i, n in rows)


def list_folder_backups(folder: DataFolder) -> list[FolderBackup]:
    """Every whole-folder backup, the one made last first (by its sequence number, not the date in
    its name): sets, and old single databases that can be read."""
    found: list[FolderBackup] = []
    for info in list_backups(folder.backups):
        if info.ok is False:
            continue
        profiles = _single_profiles(info.path)
        if profiles is not None:
            found.append(FolderBackup(info.path, info.created, info.reason, True, profiles, info.sequence, info.order))
    try:
        entries = list(os.scandir(folder.backups))
    except OSError:
        entries = []
    for entry in entries:
        name = parse_backup_name(entry.name)
        try:
            if name is None or not name.folder_set or not entry.is_dir(follow_symlinks=False):
                continue
            manifest = read_json(Path(entry.path) / MANIFEST_NAME, MANIFEST_FORMAT)
        except (CardError, OSError):
            continue
        profiles = tuple((int(p["id"]), str(p["name"])) for p in manifest.get("profiles", [])
                         if isinstance(p, dict) and isinstance(p.get("id"), int))
        found.append(FolderBackup(Path(entry.path), name.created, name.reason, False, profiles, name.sequence,
                                  name.order))
    return made_last_first(found)


# ---------------------------------------------------------------------------------------------
# Making


def _make_set(store: Store, reason: str, now: datetime | None = None) -> Path:
    folder = store.folder
    now = now or datetime.now()
    part = folder.backups / f".folder-{now.strftime(STAMP_FORMAT)}.{os.getpid()}.{time.monotonic_ns()}.part"
    try:
        make_private_folder(part)
        listed = []
        for profile_id in store.profiles.ids():
            place = store.profiles.folder(profile_id)
            target = ProfileFolder(part / str(profile_id))
            make_private_folder(target.root)
            card = store.profiles.card(profile_id)
            if card.damaged:
                continue
            write_card(target.card, card)
            if place.database.exists():
                copy_database(place.database, target.database)
            listed.append({"id": profile_id, "name": _name_of(card)})
        write_json(part / MANIFEST_NAME, {"format": MANIFEST_FORMAT, "format_version": 1,
                                          "created": now.isoformat(timespec="seconds"), "profiles": listed})
        target_path = _put_in_place(part, folder, now, reason)
        fsync_dir(folder.backups)
    except OSError as exc:
        shutil.rmtree(part, ignore_errors=True)
        raise BackupError(translate("backups", "备份没有完成:{reason}。\n\n备份文件夹:{folder}").format(
            reason=describe_error(exc), folder=folder.backups), error_code(exc), path=folder.backups) from None
    except BaseException:
        shutil.rmtree(part, ignore_errors=True)
        raise
    store.sets_written.append(target_path)
    prune_sets(folder, keep=store.sets_written)
    return target_path


def _put_in_place(part: Path, folder: DataFolder, now: datetime, reason: str) -> Path:
    """Rename the finished set to the next numbered name; when another window took that name
    meanwhile (the rename fails and the name is there), the next number."""
    while True:
        target = free_backup_path(folder.backups, now, reason, folder_set=True)
        try:
            os.rename(part, target)
            return target
        except OSError:
            if not target.exists():
                raise


def make_folder_backup(store: Store, *, teacher: str | None, now: datetime | None = None) -> Path:
    """A backup set of every profile (the teacher password needed).  Raises BackupError, AccessDeniedError."""
    store.profiles.teacher.require(teacher)
    return _make_set(store, REASON_MANUAL, now)


def sets_to_delete(backups: Iterable[FolderBackup], keep: Iterable[Path] = ()) -> list[FolderBackup]:
    """The rotation rule (pure): of each reason's sets, all but the KEEP_SETS made last (by the
    sequence number, never by the dates in the names), and never one in ``keep`` (this session's).
    Old single databases are never deleted."""
    kept = {Path(p) for p in keep}
    by_reason: dict[str, int] = {}
    doomed = []
    for backup in made_last_first(b for b in backups if not b.single):
        by_reason[backup.reason] = by_reason.get(backup.reason, 0) + 1
        if by_reason[backup.reason] > KEEP_SETS and backup.path not in kept:
            doomed.append(backup)
    return doomed


def prune_sets(folder: DataFolder, keep: Iterable[Path] = ()) -> list[Path]:
    """Delete the sets the rotation rule (:func:`sets_to_delete`) does not keep, never those in
    ``keep``; remove sets a killed backup cut short."""
    removed = []
    for backup in sets_to_delete(list_folder_backups(folder), keep):
        shutil.rmtree(backup.path, ignore_errors=True)
        removed.append(backup.path)
    clear_leftovers(folder.backups)
    return removed


# ---------------------------------------------------------------------------------------------
# Restoring


def _staged_cards(backup: FolderBackup, staging: Path) -> list[Card]:
    """The backup's profiles as folders under ``staging`` (each card and a checked database)."""
    make_private_folder(staging)
    if backup.single:
        return split_database(backup.path, staging).cards
    cards = []
    for profile_id, _name in backup.profiles:
        source = ProfileFolder(backup.path / str(profile_id))
        target = ProfileFolder(staging / str(profile_id))
        make_private_folder(target.root)
        card = read_card(source.card, profile_id)
        write_card(target.card, card)
        if source.database.exists():
            checked = check_backup(source.database)
            if not checked.ok:
                raise BackupError(checked.message, checked.problem, path=source.database)
            shutil.copyfile(source.database, target.database)
            os.chmod(target.database, 0o600)
        cards.append(card)
    return cards


def _backup_cards(backup: FolderBackup) -> list[Card]:
    """The cards the backup holds, without staging it (for the plan)."""
    if backup.single:
        return [Card(id=i, name=n, default_name=False) for i, n in backup.profiles]
    cards = []
    for profile_id, name in backup.profiles:
        try:
            cards.append(read_card(backup.path / str(profile_id) / CARD_NAME, profile_id))
        except CardError:
            cards.append(Card(id=profile_id, name=name))
    return cards


def _same_profile(store: Store, card: Card) -> bool:
    """True when the profile with the card's id now is the one in the backup (not a later one with a reused id)."""
    try:
        now_card = store.profiles.card(card.id)
    except Exception:  # noqa: BLE001 - NotFoundError: not there now
        return False
    return not (card.created_at and now_card.created_at and card.created_at != now_card.created_at)


def plan_folder_restore(store: Store, backup: FolderBackup) -> FolderRestorePlan:
    """Who restoring ``backup`` affects (nothing changes here)."""
    plan = FolderRestorePlan()
    in_backup = set()
    for card in _backup_cards(backup):
        if _same_profile(store, card):
            plan.restored.append(store.profiles.describe(card.id))
            in_backup.add(card.id)
        elif not store.profiles.folder(card.id).root.exists():
            plan.returning.append(_name_of(card) or f"#{card.id}")
    plan.untouched = [p for p in store.profiles.all() if p.id not in in_backup]
    return plan


def restore_folder(store: Store, backup: FolderBackup, *, teacher: str | None,
                   on_allowed: Callable[[], None] | None = None) -> FolderRestorePlan:
    """Restore every profile of a whole-folder backup (the teacher password needed); see the module.

    The folder as it was is first kept as a ``before-restore`` set.  The store's open databases are
    closed; open again what is needed afterwards.  Raises BackupError or AccessDeniedError (nothing
    changed), or BackupError naming the profile where a later step failed (the profiles before it
    are restored, each with its before-restore backup).  ``on_allowed`` runs once the password and
    the backup were checked, before any database is closed (the caller saves what was typed)."""
    store.profiles.teacher.require(teacher)
    plan = plan_folder_restore(store, backup)
    staging = store.folder.staging / f"restore-{secrets.token_hex(4)}"
    try:
        try:
            cards = _staged_cards(backup, staging)
        except (OSError, sqlite3.Error, CardError) as exc:
            raise BackupError(translate("backups", "没有恢复,数据没有改动。这个备份不能使用:\n{path}\n\n{reason}").format(
                path=backup.path, reason=describe_error(exc) if isinstance(exc, (OSError, sqlite3.Error)) else exc),
                ErrorCode.DAMAGED, path=backup.path) from None
        _make_set(store, REASON_BEFORE_RESTORE)
        if on_allowed is not None:
            on_allowed()
        for profile_id in list(store.profiles.ids()):
            store.release(profile_id)
        for card in cards:
            staged = ProfileFolder(staging / str(card.id))
            if _same_profile(store, card):
                if staged.database.exists():
                    place = store.profiles.folder(card.id)
                    restore_backup(staged.database, place.database, place.backups)
                continue
            place = store.profiles.folder(card.id)
            if place.root.exists():
                continue  # the id is another profile's now: never overwrite it
            card.name = unique_name(card.name, {normalize_name(p.name) for p in store.profiles.all()}) \
                if not card.default_name else card.name
            write_card(staged.card, card)
            os.rename(staged.root, place.root)
            fsync_dir(place.root.parent)
    except OSError as exc:
        raise BackupError(translate("backups", "恢复没有全部完成:{reason}。\n\n数据文件夹:{folder}").format(
            reason=describe_error(exc), folder=store.folder.root), error_code(exc), path=store.folder.root) from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return plan

