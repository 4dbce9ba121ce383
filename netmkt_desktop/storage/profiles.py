"""The profiles of a data folder (the directory part): list, create, rename, delete, PINs, the teacher password.

``store.profiles`` is what the profile chooser and the teacher's dialog talk to.  The list is read
from the folder: one ``profiles/<id>/`` per profile, whose card (:mod:`.cards`) holds the name,
the class and the PIN's scrypt hash, so listing never opens a student's database.  Each profile's
own data is reached through ``store.profile(id)`` (:class:`~netmkt_desktop.storage.store.ProfileData`).

What guards what (every check is made here, in storage; the dialogs only collect what is typed):

===========================  ========================================================================
open                         the profile's PIN (:meth:`Profiles.check_pin` lets ``store.profile`` open it once)
rename, export               the profile's PIN
change or remove the PIN     the PIN, or the teacher password (a PIN set while it existed)
delete                       the PIN, or the teacher password (any profile); a profile without PIN:
                             the teacher password when one is set, else nothing
restore its backups          the PIN, or the teacher password (any profile)
teacher password             setting it the first time: nothing; changing or clearing it: itself
===========================  ========================================================================

Wrong PINs and teacher passwords are counted in ``state.json`` (:class:`~.cards.StateFile`),
outside every backup, so no restore can give back guesses.  Names are normalised
(:func:`netmkt_desktop.validation.normalize_name`) before the uniqueness check, so two profiles
never look the same in the list.  The first profile's name is stored neutrally and shown in the
interface language ("默认", "Default").  A deleted profile's folder is hidden until the store
closes (:meth:`Profiles.undo_delete` brings it back in that time), then removed with its backups.

Why it is longer than 500 lines: every guard in the table above is checked here, next to the
action it guards, so that no dialog can reach an action without its check; the teacher password
shares the lock-out counting with the PINs.
"""

from __future__ import annotations

import os
import secrets
import shutil
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from sqlalchemy.orm import Session

from netmkt_desktop import pin as pins
from netmkt_desktop.errors import (
    AccessDeniedError,
    ErrorCode,
    NotFoundError,
    PinFormatError,
    ProfileNameError,
    StoreWriteError,
)
from netmkt_desktop.files import make_private_folder
from netmkt_desktop.i18n import N_, translate
from netmkt_desktop.paths import DataFolder, ProfileFolder
from netmkt_desktop.records import Profile
from netmkt_desktop.storage.cards import (
    TEACHER_LOCK_KEY,
    Card,
    CardError,
    StateFile,
    TeacherRecord,
    profile_lock_key,
    read_card,
    read_teacher,
    write_card,
    write_teacher,
)
from netmkt_desktop.storage.db import Database, local, now
from netmkt_desktop.storage.rows import ProfileRow
from netmkt_desktop.storage.sqlite_files import describe_error, error_code, fsync_dir
from netmkt_desktop.validation import NAME_LIMIT, check_class_name, check_profile_name, normalize_name

DEFAULT_NAME = N_("storage", "默认")  # the first profile's name, stored neutrally, shown translated
DELETED_PREFIX = ".deleted-"
NEW_PREFIX = ".new-"
STALE_NEW_SECONDS = 3600  # a profile being made that long ago was cut short by a crash

Fill = Callable[[Session, int], None]  # writes a new profile's first data (an import) into its database


def default_names() -> set[str]:
    """What the first profile is called: in Chinese and in the interface language."""
    return {DEFAULT_NAME, normalize_name(translate("storage", DEFAULT_NAME))}


def checked_names(name: str, class_name: str) -> tuple[str, str]:
    """The name and class normalised; ProfileNameError when they break the rules."""
    if not isinstance(name, str) or not isinstance(class_name, str):
        raise TypeError("用户档案的名字和班级应为文本")
    name, class_name = normalize_name(name), normalize_name(class_name)
    problems = check_profile_name(name, translate) + check_class_name(class_name, translate)
    if problems:
        raise ProfileNameError(problems[0], problems=problems)
    return name, class_name


def taken_error(name: str) -> ProfileNameError:
    return ProfileNameError(translate("storage", "已经有名为“{name}”的用户档案了,请换一个名字(例如加上学号)。").format(
        name=name), ErrorCode.NAME_TAKEN, name=name)


def unique_name(name: str, taken: set[str]) -> str:
    """``name``, or with "(2)", "(3)" … added (shortened to fit) when it is in ``taken``."""
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


def _write_failed(what: str, path: Path, exc: OSError) -> StoreWriteError:
    return StoreWriteError(translate("storage", "{what}没有完成:{reason}。\n之前保存的数据没有改动。\n\n{path}").format(
        what=translate("storage", what), reason=describe_error(exc), path=path), error_code(exc), path=path)


def _denied(result: pins.PinResult, wrong: ErrorCode) -> AccessDeniedError:
    code = ErrorCode.LOCKED if result.wait_seconds > 0 else wrong
    return AccessDeniedError(result.message, code, wait_seconds=result.wait_seconds)


class Teacher:
    """The teacher password of the data folder (教师密码): set, change, clear, check."""

    def __init__(self, folder: DataFolder, state: StateFile):
        self._path = folder.teacher
        self._state = state

    def _record(self) -> TeacherRecord | None:
        """The record; AccessDeniedError when the file is there but cannot be read (nobody knows it then)."""
        try:
            return read_teacher(self._path)
        except CardError:
            raise AccessDeniedError(translate(
                "storage", "教师密码文件无法读取,教师密码暂时不能使用:\n{path}\n\n"
                           "请把这个文件交给管理电脑的老师检查。").format(path=self._path), ErrorCode.NOT_ALLOWED) from None

    def is_set(self) -> bool:
        return os.path.lexists(self._path)

    def key(self) -> str | None:
        """The key of the present password (None when none is set or it cannot be read)."""
        try:
            record = self._record()
        except AccessDeniedError:
            return None
        return record.key if record is not None else None

    def check(self, password: str, now: datetime | None = None) -> pins.PinResult:
        """Check the teacher password; wrong ones are counted and lock it out as wrong PINs do."""
        record = self._record()
        if record is None:
            return pins.PinResult(False, 0, translate("storage", "这台电脑还没有设置教师密码。"))
        state = self._state.lock_state(TEACHER_LOCK_KEY)
        result, after = pins.check_attempt(password, record.hash, record.salt, state, local(now), translate,
                                           kind=pins.TEACHER)
        try:
            self._state.set_lock_state(TEACHER_LOCK_KEY, after)
        except OSError as exc:  # a count that cannot be kept: refuse rather than give free guesses
            raise _write_failed(N_("storage", "检查教师密码"), self._state.path, exc) from None
        return result

    def require(self, password: str | None, now: datetime | None = None) -> None:
        """Nothing when ``password`` is the teacher password; AccessDeniedError otherwise."""
        if not self.is_set():
            raise AccessDeniedError(translate("storage", "这需要教师密码,但这台电脑还没有设置教师密码。"),
                                    ErrorCode.TEACHER_REQUIRED)
        if not password:
            raise AccessDeniedError(translate("storage", "请输入教师密码。"), ErrorCode.TEACHER_REQUIRED)
        result = self.check(password, now)
        if not result.ok:
            raise _denied(result, ErrorCode.WRONG_TEACHER_PASSWORD)

    def set(self, new_password: str, *, current: str | None = None, now: datetime | None = None) -> None:
        """Set the teacher password (the first time anyone may), or change it (``current`` needed).

        Changing it keeps its key: PINs set under the old password stay resettable."""
        problems = pins.check_teacher_password(new_password, translate)
        if problems:
            raise PinFormatError(problems[0], problems=problems)
        key = secrets.token_hex(16)
        if self.is_set():
            self.require(current, now)
            key = self._record().key or key
        password_hash, salt = pins.hash_teacher_password(new_password)
        try:
            write_teacher(self._path, TeacherRecord(password_hash, salt, key))
        except OSError as exc:
            raise _write_failed(N_("storage", "保存教师密码"), self._path, exc) from None
        self._state.set_lock_state(TEACHER_LOCK_KEY, pins.PinState())

    def clear(self, *, current: str | None, now: datetime | None = None) -> None:
        """Remove the teacher password (``current`` needed).  A new one gets a new key."""
        self.require(current, now)
        try:
            write_teacher(self._path, None)
        except OSError as exc:
            raise _write_failed(N_("storage", "清除教师密码"), self._path, exc) from None


class Profiles:
    """Every profile of the data folder, and the checks that guard them."""

    def __init__(self, folder: DataFolder, *, busy_timeout: float = 5.0,
                 release: Callable[[int], None] | None = None):
        self._folder = folder
        self._busy_timeout = busy_timeout
        self._state = StateFile(folder.state)
        self.teacher = Teacher(folder, self._state)
        self._release = release or (lambda _profile_id: None)  # the store closes a database before its folder moves
        self._tickets: set[int] = set()  # opened with the right PIN: store.profile may open it once
        self._deleted: list[int] = []  # deleted in this session, the latest last

    # -- reading ---------------------------------------------------------------------------------

    def folder(self, profile_id: int) -> ProfileFolder:
        return self._folder.profile(profile_id)

    def ids(self) -> list[int]:
        """The ids of the profiles in the folder, in order."""
        try:
            entries = list(os.scandir(self._folder.profiles))
        except OSError:
            return []
        found = []
        for entry in entries:
            if entry.name.isascii() and entry.name.isdigit() and entry.name == str(int(entry.name)):
                try:
                    if entry.is_dir(follow_symlinks=False):
                        found.append(int(entry.name))
                except OSError:
                    continue
        return sorted(found)

    def card(self, profile_id: int) -> Card:
        """The card of a profile; NotFoundError when there is no such profile.  A card that cannot be
        read gives a card marked ``damaged`` (no name, a PIN nobody knows)."""
        place = self.folder(profile_id)
        if not isinstance(profile_id, int) or profile_id < 1 or not place.root.is_dir():
            raise NotFoundError(translate("storage", "找不到这个用户档案(它可能已被删除)。"))
        try:
            return read_card(place.card, profile_id)
        except CardError:
            return Card(id=profile_id, name="", pin_hash="", pin_salt="", damaged=True)

    def _profile(self, card: Card, teacher_key: str | None) -> Profile:
        if card.damaged:
            name = translate("storage", "档案 {id}(档案卡无法读取)").format(id=card.id)
        elif card.default_name:
            name = translate("storage", DEFAULT_NAME)
        else:
            name = card.name
        return Profile(id=card.id, name=name, class_name=card.class_name, has_pin=card.has_pin,
                       teacher_can_reset=card.has_pin and teacher_key is not None and card.teacher_key == teacher_key)

    def all(self) -> list[Profile]:
        key = self.teacher.key()
        return [self._profile(self.card(i), key) for i in self.ids()]

    def get(self, profile_id: int) -> Profile | None:
        try:
            return self._profile(self.card(profile_id), self.teacher.key())
        except NotFoundError:
            return None

    def describe(self, profile_id: int) -> Profile:
        """The profile; NotFoundError once it is deleted."""
        return self._profile(self.card(profile_id), self.teacher.key())

    def default(self) -> Profile:
        """The first profile; one with the default name is made on first use."""
        ids = self.ids()
        if ids:
            return self.describe(ids[0])
        return self._create("", "", None, default_name=True)

    def last_used(self) -> Profile | None:
        """The profile used last (else the newest), None when there is none."""
        ids = self.ids()
        if not ids:
            return None
        last = self._state.read().last_used
        return self.describe(last if last in ids else ids[-1])

    def touch(self, profile_id: int) -> None:
        """Record that the profile is being used now (see :meth:`last_used`)."""
        self.card(profile_id)
        state = self._state.read()
        if state.last_used != profile_id:
            state.last_used = profile_id
            try:
                self._state.write(state)
            except OSError as exc:
                raise _write_failed(N_("storage", "打开用户档案"), self._folder.state, exc) from None

    # -- names -----------------------------------------------------------------------------------

    def _names(self, except_id: int | None = None) -> set[str]:
        taken: set[str] = set()
        for profile_id in self.ids():
            if profile_id == except_id:
                continue
            card = self.card(profile_id)
            taken |= default_names() if card.default_name else {normalize_name(card.name)}
        return taken

    def unique_name(self, name: str) -> str:
        """``name`` normalised, with "(2)", "(3)" … added when another profile has it."""
        return unique_name(normalize_name(name), self._names())

    def is_taken(self, name: str, except_id: int | None = None) -> bool:
        return normalize_name(name) in self._names(except_id)

    # -- creating, renaming, deleting --------------------------------------------------------------

    def _next_id(self) -> int:
        state = self._state.read()
        highest = 0
        try:
            for entry in os.scandir(self._folder.profiles):
                digits = entry.name.removeprefix(DELETED_PREFIX).removeprefix(NEW_PREFIX).split("-")[0]
                if digits.isascii() and digits.isdigit():
                    highest = max(highest, int(digits))
        except OSError:
            pass
        profile_id = max(state.next_id, highest + 1)
        state.next_id = profile_id + 1
        self._state.write(state)
        return profile_id

    def create(self, name: str, class_name: str = "", pin: str | None = None, *, fill: Fill | None = None,
               what: str = N_("storage", "新建用户档案")) -> Profile:
        """A new profile; the name (normalised) must be unique and non-empty (else ProfileNameError).

        ``fill`` writes its first data (an import) in the same transaction that makes its database."""
        name, class_name = checked_names(name, class_name)
        if self.is_taken(name):
            raise taken_error(name)
        return self._create(name, class_name, _hashed_pin(pin) if pin is not None else None, fill=fill, what=what)

    def _create(self, name: str, class_name: str, hashed: tuple[str, str] | None, *, default_name: bool = False,
                fill: Fill | None = None, what: str = N_("storage", "新建用户档案")) -> Profile:
        """Build the profile in a hidden folder, then give it its name: a crash leaves no half profile.

        Another window making a profile at the same moment may take the same id: this one then tries
        the next (the first profile, made by both, is used by both)."""
        for _attempt in range(20):
            made = self._build(name, class_name, hashed, default_name=default_name, fill=fill, what=what)
            if made is not None:
                return made
            if default_name and self.ids():
                return self.describe(self.ids()[0])
        raise StoreWriteError(translate("storage", "{what}没有完成:{reason}。\n之前保存的数据没有改动。\n\n{path}").format(
            what=translate("storage", what), reason=translate("storage", "数据文件夹正被另一个程序使用"),
            path=self._folder.profiles), ErrorCode.BUSY, path=self._folder.profiles)

    def _build(self, name: str, class_name: str, hashed: tuple[str, str] | None, *, default_name: bool,
               fill: Fill | None, what: str) -> Profile | None:
        """The new profile, or None when its id was taken meanwhile (nothing left behind)."""
        try:
            make_private_folder(self._folder.profiles)
            profile_id = self._next_id()
            staging = self._folder.profiles / f"{NEW_PREFIX}{profile_id}-{secrets.token_hex(4)}"
            make_private_folder(staging)
        except OSError as exc:
            raise _write_failed(what, self._folder.profiles, exc) from None
        target = self.folder(profile_id).root
        try:
            place = ProfileFolder(staging)
            db = Database.open_file(place, busy_timeout=self._busy_timeout)
            try:
                with db.action(what) as s:
                    moment = now()
                    s.add(ProfileRow(id=profile_id, name="", class_name="", created_at=moment, last_used_at=moment,
                                     failed_pin_count=0))
                    s.flush()
                    if fill is not None:
                        fill(s, profile_id)
            finally:
                db.close()
            card = Card(id=profile_id, name=name, class_name=class_name, created_at=now(), default_name=default_name,
                        pin_hash=hashed[0] if hashed else None, pin_salt=hashed[1] if hashed else None,
                        teacher_key=self.teacher.key() if hashed else None)
            write_card(place.card, card)
            if target.exists():  # another window took this id meanwhile
                shutil.rmtree(staging, ignore_errors=True)
                return None
            os.rename(staging, target)
            fsync_dir(self._folder.profiles)
        except OSError as exc:
            shutil.rmtree(staging, ignore_errors=True)
            if target.exists():
                return None
            raise _write_failed(what, self._folder.profiles, exc) from None
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        state = self._state.read()
        state.last_used = profile_id  # a new profile counts as just used
        try:
            self._state.write(state)
        except OSError:
            pass  # only "last used"
        return self._profile(card, self.teacher.key())

    def _write_card(self, card: Card, what: str) -> None:
        try:
            write_card(self.folder(card.id).card, card)
        except OSError as exc:
            raise _write_failed(what, self.folder(card.id).card, exc) from None

    def rename(self, profile_id: int, name: str, class_name: str | None = None, *, pin: str | None = None,
               now: datetime | None = None) -> Profile:
        """New name (and class, unless None) for a profile; the name must stay unique.  A PIN profile
        needs its PIN (AccessDeniedError)."""
        name, checked_class = checked_names(name, "" if class_name is None else class_name)
        card = self.require(profile_id, pin=pin, now=now)
        if self.is_taken(name, except_id=profile_id):
            raise taken_error(name)
        card.name, card.default_name = name, False
        if class_name is not None:
            card.class_name = checked_class
        self._write_card(card, N_("storage", "修改用户档案"))
        return self._profile(card, self.teacher.key())

    def delete(self, profile_id: int, *, pin: str | None = None, teacher: str | None = None,
               now: datetime | None = None) -> None:
        """Delete the profile and everything it owns (its database and backups).

        A PIN profile needs its PIN or the teacher password (deleting shows nothing of the profile,
        so the teacher may delete any); a profile without PIN needs the teacher password when one is
        set.  Until the store closes :meth:`undo_delete` brings it back; then it is gone."""
        card = self.card(profile_id)
        if card.has_pin:
            self.require(profile_id, pin=pin, teacher=teacher, teacher_any=True, now=now)
        elif self.teacher.is_set():
            self.teacher.require(teacher, now)
        self._release(profile_id)
        hidden = self._folder.profiles / f"{DELETED_PREFIX}{profile_id}"
        try:
            if hidden.exists():
                shutil.rmtree(hidden)
            os.rename(self.folder(profile_id).root, hidden)
            fsync_dir(self._folder.profiles)
        except OSError as exc:
            raise _write_failed(N_("storage", "删除用户档案"), self.folder(profile_id).root, exc) from None
        self._tickets.discard(profile_id)
        self._deleted.append(profile_id)

    def deleted(self) -> list[Profile]:
        """The profiles deleted in this session that can still be brought back, the latest last."""
        found = []
        for profile_id in self._deleted:
            hidden = self._folder.profiles / f"{DELETED_PREFIX}{profile_id}"
            try:
                found.append(self._profile(read_card(ProfileFolder(hidden).card, profile_id), self.teacher.key()))
            except CardError:
                continue
        return found

    def undo_delete(self, profile_id: int) -> Profile:
        """Bring back a profile deleted in this session (a name taken meanwhile gets "(2)")."""
        hidden = self._folder.profiles / f"{DELETED_PREFIX}{profile_id}"
        if profile_id not in self._deleted or not hidden.is_dir():
            raise NotFoundError(translate("storage", "这个用户档案已经无法恢复。"))
        try:
            os.rename(hidden, self.folder(profile_id).root)
            fsync_dir(self._folder.profiles)
        except OSError as exc:
            raise _write_failed(N_("storage", "恢复用户档案"), hidden, exc) from None
        self._deleted.remove(profile_id)
        card = self.card(profile_id)
        if not card.default_name and not card.damaged and self.is_taken(card.name, except_id=profile_id):
            card.name = unique_name(card.name, self._names(except_id=profile_id))
            self._write_card(card, N_("storage", "恢复用户档案"))
        return self._profile(card, self.teacher.key())

    def purge_deleted(self) -> None:
        """Remove the folders of deleted profiles for good (at the end of the session, and at the
        next start after a crash), and profiles whose making was cut short (an hour ago or more:
        another window may be making one right now)."""
        try:
            entries = list(os.scandir(self._folder.profiles))
        except OSError:
            return
        for entry in entries:
            try:
                stale = entry.name.startswith(NEW_PREFIX) and time.time() - entry.stat().st_mtime > STALE_NEW_SECONDS
            except OSError:
                stale = False
            if entry.name.startswith(DELETED_PREFIX) or stale:
                shutil.rmtree(entry.path, ignore_errors=True)
        self._deleted.clear()

    # -- PINs ------------------------------------------------------------------------------------

    def has_pin(self, profile_id: int) -> bool:
        return self.card(profile_id).has_pin

    def _check(self, card: Card, pin: str, now: datetime | None) -> pins.PinResult:
        key = profile_lock_key(card.id)
        state = self._state.lock_state(key)
        result, after = pins.check_attempt(pin, card.pin_hash, card.pin_salt, state, local(now), translate)
        if after != state:
            try:
                self._state.set_lock_state(key, after)
            except OSError as exc:  # a count that cannot be kept: refuse rather than give free guesses
                raise _write_failed(N_("storage", "检查 PIN"), self._folder.state, exc) from None
        return result

    def check_pin(self, profile_id: int, pin: str, now: datetime | None = None) -> pins.PinResult:
        """Check a PIN typed to open the profile (always ok for a profile without PIN); the right
        one lets ``store.profile`` open it once.

        After 5 wrong PINs in a row the profile is locked for 30 s, each further wrong PIN doubles
        that up to 15 minutes; while locked nothing is checked.  The right PIN resets the count."""
        card = self.card(profile_id)
        if card.damaged:
            return pins.PinResult(False, 0, self._damaged_message(card))
        result = self._check(card, pin, now) if card.has_pin else pins.PinResult(True)
        if result.ok:
            self._tickets.add(profile_id)
        return result

    def _damaged_message(self, card: Card) -> str:
        return translate("storage", "这个档案的档案卡无法读取,为安全起见不能打开:\n{path}\n\n"
                                    "老师可以用教师密码删除它。").format(path=self.folder(card.id).card)

    def grant(self, profile_id: int) -> None:
        """Let ``store.profile`` open the profile once (its PIN was checked elsewhere, e.g. by a restore)."""
        self._tickets.add(profile_id)

    def take_ticket(self, profile_id: int) -> bool:
        return profile_id in self._tickets

    def spend_ticket(self, profile_id: int) -> None:
        self._tickets.discard(profile_id)

    def require(self, profile_id: int, *, pin: str | None = None, teacher: str | None = None,
                teacher_may: bool = False, teacher_any: bool = False, now: datetime | None = None) -> Card:
        """The profile's card when the action may go on; AccessDeniedError (nothing changed) otherwise.

        A profile without PIN needs nothing.  A PIN profile needs ``pin`` — or, with
        ``teacher_may``, the teacher password when the PIN was set while it existed (``teacher_any``:
        for any PIN, e.g. a restore, which shows nothing of the profile)."""
        card = self.card(profile_id)
        if not card.has_pin:
            return card
        if pin and not card.damaged:
            result = self._check(card, pin, now)
            if result.ok:
                return card
            raise _denied(result, ErrorCode.WRONG_PIN)
        if teacher and (teacher_may or teacher_any):
            self.teacher.require(teacher, now)
            if teacher_any or card.damaged or (card.teacher_key is not None and card.teacher_key == self.teacher.key()):
                return card
            raise AccessDeniedError(translate(
                "storage", "“{name}”的 PIN 是在设置现在的教师密码之前设置的,教师密码不能代替它。\n"
                           "只有输入这个 PIN 才能这样做。").format(name=self._profile(card, None).name),
                ErrorCode.NOT_ALLOWED)
        if card.damaged:
            raise AccessDeniedError(self._damaged_message(card), ErrorCode.NOT_ALLOWED)
        raise AccessDeniedError(translate("storage", "“{name}”设置了 PIN,请先输入它的 PIN。").format(
            name=self._profile(card, None).name), ErrorCode.PIN_REQUIRED)

    def set_pin(self, profile_id: int, new_pin: str | None, *, pin: str | None = None, teacher: str | None = None,
                now: datetime | None = None) -> None:
        """Set (4–8 digits, else PinFormatError) or remove (None) the profile's PIN; lifts any lock.

        Changing or removing a PIN needs the present one (``pin``) or the teacher password
        (``teacher``, for a PIN set while it existed: a forgotten PIN is reset this way)."""
        hashed = _hashed_pin(new_pin) if new_pin is not None else None
        card = self.require(profile_id, pin=pin, teacher=teacher, teacher_may=True, now=now)
        if card.damaged:
            raise AccessDeniedError(self._damaged_message(card), ErrorCode.NOT_ALLOWED)
        card.pin_hash, card.pin_salt = hashed if hashed else (None, None)
        card.teacher_key = self.teacher.key() if hashed else None
        self._write_card(card, N_("storage", "保存 PIN"))
        self._state.set_lock_state(profile_lock_key(profile_id), pins.PinState())
