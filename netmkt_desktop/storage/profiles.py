"""The profiles of a data folder: list, create, rename, delete, and their PINs (the directory part).

``store.profiles`` is what the profile chooser talks to; each profile's own data is reached
through ``store.profile(id)`` (:class:`~netmkt_desktop.storage.store.ProfileData`).  Names are
unique (after trimming); a PIN is kept only as a scrypt hash (:mod:`netmkt_desktop.pin`), and the
wrong-PIN count and lock live in the profile's row.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from netmkt_desktop import pin as pins
from netmkt_desktop.errors import ErrorCode, NotFoundError, PinFormatError, ProfileNameError
from netmkt_desktop.i18n import N_, translate
from netmkt_desktop.records import Profile
from netmkt_desktop.storage.db import Database, local, now, parse_stamp, stamp
from netmkt_desktop.storage.rows import ProfileRow
from netmkt_desktop.validation import NAME_LIMIT, check_class_name, check_profile_name

DEFAULT_PROFILE_NAME = "默认"  # the first profile's name (what the student typed is kept as typed later)

_OPEN = N_("storage", "打开用户档案")
_READ = N_("storage", "读取用户档案")


def to_profile(row: ProfileRow) -> Profile:
    return Profile(id=row.id, name=row.name, class_name=row.class_name, has_pin=row.pin_hash is not None)


def profile_row(session: Session, profile_id: int) -> ProfileRow:
    row = session.get(ProfileRow, profile_id)
    if row is None:
        raise NotFoundError(translate("storage", "找不到这个用户档案(它可能已被删除)。"))
    return row


def checked_names(name: str, class_name: str) -> tuple[str, str]:
    """The name and class trimmed; ProfileNameError when they break the rules."""
    if not isinstance(name, str) or not isinstance(class_name, str):
        raise TypeError("用户档案的名字和班级应为文本")
    name, class_name = name.strip(), class_name.strip()
    problems = check_profile_name(name, translate) + check_class_name(class_name, translate)
    if problems:
        raise ProfileNameError(problems[0], problems=problems)
    return name, class_name


def name_taken(session: Session, name: str, except_id: int | None = None) -> bool:
    query = select(ProfileRow.id).where(ProfileRow.name == name)
    if except_id is not None:
        query = query.where(ProfileRow.id != except_id)
    return session.scalars(query).first() is not None


def taken_error(name: str) -> ProfileNameError:
    return ProfileNameError(translate("storage", "已经有名为“{name}”的用户档案了,请换一个名字(例如加上学号)。").format(
        name=name), ErrorCode.NAME_TAKEN, name=name)


def unique_name(session: Session, name: str) -> str:
    """``name``, or with "(2)", "(3)" … added (shortened to fit) when it is taken."""
    taken = set(session.scalars(select(ProfileRow.name)))
    candidate, n = name, 2
    while candidate in taken:
        suffix = f"({n})"
        candidate = name[: NAME_LIMIT - len(suffix)] + suffix
        n += 1
    return candidate


def _hashed_pin(pin: str) -> tuple[str, str]:
    problems = pins.check_pin(pin, translate)
    if problems:
        raise PinFormatError(problems[0], problems=problems)
    return pins.hash_pin(pin)


class Profiles:
    """Every profile of the store, and the checks that guard them."""

    def __init__(self, db: Database):
        self._db = db

    def default(self) -> Profile:
        """The first profile; "默认" is made on first use."""
        with self._db.action(_OPEN) as s:
            row = s.scalars(select(ProfileRow).order_by(ProfileRow.id)).first()
            if row is None:
                moment = now()
                row = ProfileRow(name=DEFAULT_PROFILE_NAME, class_name="", created_at=moment, last_used_at=moment)
                s.add(row)
                s.flush()
            return to_profile(row)

    def all(self) -> list[Profile]:
        with self._db.read(_READ) as s:
            return [to_profile(r) for r in s.scalars(select(ProfileRow).order_by(ProfileRow.id))]

    def get(self, profile_id: int) -> Profile | None:
        with self._db.read(_READ) as s:
            row = s.get(ProfileRow, profile_id)
            return to_profile(row) if row is not None else None

    def create(self, name: str, class_name: str = "", pin: str | None = None) -> Profile:
        """A new profile; the name (trimmed) must be unique and non-empty (else ProfileNameError)."""
        name, class_name = checked_names(name, class_name)
        pin_hash, pin_salt = _hashed_pin(pin) if pin is not None else (None, None)
        with self._db.action(N_("storage", "新建用户档案")) as s:
            if name_taken(s, name):
                raise taken_error(name)
            moment = now()
            row = ProfileRow(name=name, class_name=class_name, pin_hash=pin_hash, pin_salt=pin_salt,
                             created_at=moment, last_used_at=moment, failed_pin_count=0)
            s.add(row)
            s.flush()
            return to_profile(row)

    def rename(self, profile_id: int, name: str, class_name: str | None = None) -> Profile:
        """New name (and class, unless None) for a profile; the name must stay unique."""
        name, checked_class = checked_names(name, "" if class_name is None else class_name)
        with self._db.action(N_("storage", "修改用户档案")) as s:
            row = profile_row(s, profile_id)
            if name_taken(s, name, except_id=profile_id):
                raise taken_error(name)
            row.name = name
            if class_name is not None:
                row.class_name = checked_class
            s.flush()
            return to_profile(row)

    def delete(self, profile_id: int) -> None:
        """The profile and everything it owns (plans, settings, study data) are deleted for good."""
        with self._db.action(N_("storage", "删除用户档案")) as s:
            if s.execute(delete(ProfileRow).where(ProfileRow.id == profile_id)).rowcount == 0:
                raise NotFoundError(translate("storage", "找不到这个用户档案(它可能已被删除)。"))

    def touch(self, profile_id: int) -> None:
        """Record that the profile is being used now (see :meth:`last_used`)."""
        with self._db.action(_OPEN) as s:
            profile_row(s, profile_id).last_used_at = now()

    def last_used(self) -> Profile | None:
        with self._db.read(_READ) as s:
            row = s.scalars(select(ProfileRow).order_by(ProfileRow.last_used_at.desc(), ProfileRow.id.desc())).first()
            return to_profile(row) if row is not None else None

    # -- PIN -------------------------------------------------------------------------------------

    def set_pin(self, profile_id: int, pin: str | None) -> None:
        """Set (4–8 digits, else PinFormatError) or remove (None) the profile's PIN; clears any lock."""
        pin_hash, pin_salt = _hashed_pin(pin) if pin is not None else (None, None)
        with self._db.action(N_("storage", "保存 PIN")) as s:
            row = profile_row(s, profile_id)
            row.pin_hash, row.pin_salt = pin_hash, pin_salt
            row.failed_pin_count = 0
            row.pin_locked_until = None

    def has_pin(self, profile_id: int) -> bool:
        with self._db.read(_READ) as s:
            return profile_row(s, profile_id).pin_hash is not None

    def check_pin(self, profile_id: int, pin: str, now: datetime | None = None) -> pins.PinResult:
        """Check a PIN typed to open the profile (always ok for a profile without PIN).

        After 5 wrong PINs in a row the profile is locked for 30 s, each further wrong PIN doubles
        that up to 15 minutes; while locked nothing is checked.  The right PIN resets the count.
        """
        moment = local(now)
        with self._db.action(N_("storage", "检查 PIN")) as s:
            row = profile_row(s, profile_id)
            state = pins.PinState(row.failed_pin_count or 0, parse_stamp(row.pin_locked_until))
            result, after = pins.check_attempt(pin, row.pin_hash, row.pin_salt, state, moment, translate)
            if after != state:
                row.failed_pin_count = after.failures
                row.pin_locked_until = stamp(after.locked_until) if after.locked_until else None
            return result
