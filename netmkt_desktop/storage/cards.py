"""Small files beside the databases: profile cards, the folder's state, the teacher password (no SQLAlchemy).

* The **profile card** ``profiles/<id>/profile.json`` holds what the profile chooser lists: the
  name, the class and the PIN's scrypt hash and salt.  Listing profiles reads the cards only, never
  a student's database; a student's database holds no name and no PIN, so restoring it cannot
  change either.
* The **folder state** ``state.json`` holds what no restore may roll back: wrong-PIN counts and
  locks (per profile, and the teacher password's), the next profile id (ids are never given out
  twice) and the profile used last.  No backup contains it.
* The **teacher password** ``teacher.json``: its hash and salt, and a random ``key`` made when it
  is first set.  A PIN set while that password exists carries the key; only such a PIN can be
  reset (or its profile deleted) with the teacher password — otherwise whoever sets the first
  teacher password on a PC could open every profile.

Every file is UTF-8 JSON, read with a size limit and written atomically (a temporary file, fsync,
rename, fsync of the folder), 0600.  A card that cannot be read is reported with
:class:`CardError`; a state file that cannot be read counts as empty (it holds nothing anyone could
lose); a teacher file that cannot be read counts as a password nobody knows.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from netmkt_desktop.errors import CardError  # noqa: F401 - also this module's name for it
from netmkt_desktop.files import BoundedReadError, read_bounded, write_bytes_atomic
from netmkt_desktop.pin import PinState
from netmkt_desktop.storage.sqlite_files import fsync_dir

CARD_FORMAT = "netmkt-profile-card"
STATE_FORMAT = "netmkt-folder-state"
TEACHER_FORMAT = "netmkt-teacher"
FORMAT_VERSION = 1
SMALL_FILE_LIMIT = 256 * 1024


def write_json(path: Path, document: dict) -> None:
    """Write ``document`` atomically (0600) and make the rename durable."""
    data = (json.dumps(document, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    write_bytes_atomic(path, data, mode=0o600)
    fsync_dir(path.parent)


def read_json(path: Path, file_format: str) -> dict:
    """The document of a small file of ``file_format``; CardError for anything else (also a missing file)."""
    try:
        raw = read_bounded(path, SMALL_FILE_LIMIT)
    except BoundedReadError as exc:
        raise CardError(path, exc.code) from None
    try:
        document = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise CardError(path, "not_json") from None
    if not isinstance(document, dict) or document.get("format") != file_format:
        raise CardError(path, "format")
    version = document.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise CardError(path, "format_version")
    if version > FORMAT_VERSION:
        raise CardError(path, "newer")
    return document


def _text(document: dict, key: str, path: Path, *, optional: bool = False, limit: int = 1000) -> str | None:
    value = document.get(key)
    if value is None and optional:
        return None
    if not isinstance(value, str) or len(value) > limit:
        raise CardError(path, key)
    return value


# ---------------------------------------------------------------------------------------------
# Profile cards


@dataclass
class Card:
    """One profile's card: what the directory lists and the PIN that guards the profile."""

    id: int
    name: str  # "" with default_name: the first profile, named in the interface language where shown
    class_name: str = ""
    created_at: str = ""
    default_name: bool = False
    pin_hash: str | None = None
    pin_salt: str | None = None
    teacher_key: str | None = None  # the teacher password's key when the PIN was set under it
    damaged: bool = False  # the card could not be read (never written: such a card is not saved)

    @property
    def has_pin(self) -> bool:
        return self.pin_hash is not None and self.pin_salt is not None


def card_document(card: Card) -> dict:
    pin = None
    if card.has_pin:
        pin = {"hash": card.pin_hash, "salt": card.pin_salt, "teacher_key": card.teacher_key}
    return {"format": CARD_FORMAT, "format_version": FORMAT_VERSION, "id": card.id, "name": card.name,
            "default_name": card.default_name, "class_name": card.class_name, "created_at": card.created_at,
            "pin": pin}


def write_card(path: Path, card: Card) -> None:
    write_json(path, card_document(card))


def read_card(path: Path, profile_id: int | None = None) -> Card:
    """The card at ``path``; CardError when it is missing, damaged, or belongs to another id."""
    document = read_json(path, CARD_FORMAT)
    card_id = document.get("id")
    if not isinstance(card_id, int) or isinstance(card_id, bool) or card_id < 1:
        raise CardError(path, "id")
    if profile_id is not None and card_id != profile_id:
        raise CardError(path, "id")
    pin = document.get("pin")
    pin_hash = pin_salt = teacher_key = None
    if pin is not None:
        if not isinstance(pin, dict):
            raise CardError(path, "pin")
        pin_hash, pin_salt = _text(pin, "hash", path), _text(pin, "salt", path)
        teacher_key = _text(pin, "teacher_key", path, optional=True)
    default_name = document.get("default_name", False)
    return Card(id=card_id, name=_text(document, "name", path) or "", class_name=_text(document, "class_name", path) or "",
                created_at=_text(document, "created_at", path, optional=True) or "",
                default_name=default_name is True, pin_hash=pin_hash, pin_salt=pin_salt, teacher_key=teacher_key)


# ---------------------------------------------------------------------------------------------
# The folder's state


def _stamp(moment: datetime | None) -> str | None:
    return moment.isoformat(timespec="microseconds") if moment else None


def _moment(text: Any) -> datetime | None:
    try:
        return datetime.fromisoformat(text) if isinstance(text, str) else None
    except ValueError:
        return None


@dataclass
class FolderState:
    """Wrong-PIN counts and locks by key ("profile:<id>", "teacher"), the next id, the last profile used."""

    locks: dict[str, PinState] = field(default_factory=dict)
    next_id: int = 1
    last_used: int | None = None


class StateFile:
    """``state.json``: read and written whole for each change (it is small)."""

    def __init__(self, path: Path):
        self.path = path

    def read(self) -> FolderState:
        try:
            document = read_json(self.path, STATE_FORMAT)
        except CardError:
            return FolderState()
        state = FolderState()
        locks = document.get("locks")
        if isinstance(locks, dict):
            for key, value in locks.items():
                if isinstance(value, dict) and isinstance(value.get("failures"), int):
                    state.locks[str(key)] = PinState(max(0, value["failures"]), _moment(value.get("locked_until")))
        if isinstance(document.get("next_id"), int) and document["next_id"] >= 1:
            state.next_id = document["next_id"]
        if isinstance(document.get("last_used"), int):
            state.last_used = document["last_used"]
        return state

    def write(self, state: FolderState) -> None:
        locks = {key: {"failures": s.failures, "locked_until": _stamp(s.locked_until)}
                 for key, s in sorted(state.locks.items()) if s.failures or s.locked_until}
        write_json(self.path, {"format": STATE_FORMAT, "format_version": FORMAT_VERSION, "locks": locks,
                               "next_id": state.next_id, "last_used": state.last_used})

    def lock_state(self, key: str) -> PinState:
        return self.read().locks.get(key, PinState())

    def set_lock_state(self, key: str, value: PinState) -> None:
        state = self.read()
        if state.locks.get(key, PinState()) == value:
            return
        if value.failures or value.locked_until:
            state.locks[key] = value
        else:
            state.locks.pop(key, None)
        self.write(state)


def profile_lock_key(profile_id: int) -> str:
    return f"profile:{int(profile_id)}"


TEACHER_LOCK_KEY = "teacher"


# ---------------------------------------------------------------------------------------------
# The teacher password


@dataclass(frozen=True)
class TeacherRecord:
    hash: str
    salt: str
    key: str


def read_teacher(path: Path) -> TeacherRecord | None:
    """The teacher password's record; None when none is set.  A file that cannot be read raises CardError."""
    if not os.path.lexists(path):
        return None
    document = read_json(path, TEACHER_FORMAT)
    return TeacherRecord(hash=_text(document, "hash", path) or "", salt=_text(document, "salt", path) or "",
                         key=_text(document, "key", path) or "")


def write_teacher(path: Path, record: TeacherRecord | None) -> None:
    if record is None:
        try:
            path.unlink()
        except FileNotFoundError:
            pass
        fsync_dir(path.parent)
        return
    write_json(path, {"format": TEACHER_FORMAT, "format_version": FORMAT_VERSION, **asdict(record)})
