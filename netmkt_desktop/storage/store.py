"""The personal data of a data folder, made of parts (Anki's ``col.decks`` pattern), and one profile's view.

* :class:`Store` — one data folder.  ``store.profiles`` lists, creates, renames and deletes
  profiles and checks their PINs and the teacher password
  (:class:`~netmkt_desktop.storage.profiles.Profiles`); ``store.profile(id)`` opens one profile's
  own database (``profiles/<id>/netmkt.sqlite3``, one file per student, the way Anki keeps one
  collection per profile); ``store.import_profile(raw)`` makes a profile from a profile data file.
* Before a profile's database is opened, a ``-wal`` the last session left is copied aside into
  its backups and checked (:mod:`.wal`); a damaged one is in :attr:`Store.left_over` for the
  student to be told (``opening.open_profile_safely`` does).
* :class:`ProfileData` — everything of one profile, as parts that never take a profile id:
  ``data.plans`` (:class:`~.plans.Plans`), ``data.study`` (:class:`~.study.Study`), ``data.quiz``
  (:class:`~.quiz.Quiz`), ``data.recitation`` (:class:`~.recitation.Recitation`), ``data.settings``
  (:class:`~.settings.Settings`), ``data.transfer`` (:class:`~.transfer.Transfer`), ``data.handins``
  (:class:`~.handins.HandIns`: student details, hand-in versions, the teacher's comments).  The guest's
  view is the same class over a database in memory
  (:mod:`netmkt_desktop.storage.memory`).

Every method of a part is one user action: one transaction, all or nothing.  A new part is one
module and one attribute of :class:`ProfileData`.  ``Store.open`` makes the folder private (POSIX:
0700/0600, looser modes tightened and logged) and splits the single database of older versions
into profile folders (:mod:`.split`).  Opening safely (damaged, newer or read-only files, backups)
is :mod:`netmkt_desktop.storage.opening`'s job.

Deleted plans stay (for undo) until the profile's data is closed — switching profile or quitting —
and are then removed from its database; deleted profiles are removed when the store closes.
"""

from __future__ import annotations

import logging
import shutil
from collections.abc import Callable
from datetime import date
from pathlib import Path

from netmkt_desktop.errors import ErrorCode, StoreError, StoreWriteError
from netmkt_desktop.files import make_private_folder, tighten
from netmkt_desktop.i18n import N_, translate
from netmkt_desktop.paths import DataFolder, ProfileFolder, clear_stale_probes, describe_os_error, probe_writable
from netmkt_desktop.records import Profile
from netmkt_desktop.storage.db import Database, now
from netmkt_desktop.storage.handins import HandIns
from netmkt_desktop.storage.plans import Plans
from netmkt_desktop.storage.profiles import Profiles, checked_names, taken_error
from netmkt_desktop.storage.quiz import Quiz
from netmkt_desktop.storage.recitation import Recitation
from netmkt_desktop.storage.rows import ProfileRow
from netmkt_desktop.storage.settings import Settings
from netmkt_desktop.storage.split import SplitReport, Step, acknowledge_notice, read_notice, split_legacy
from netmkt_desktop.storage.sqlite_files import clear_leftovers, error_code
from netmkt_desktop.storage.study import Study
from netmkt_desktop.storage.transfer import Transfer, read_profile_data, write_imported
from netmkt_desktop.storage.wal import LeftoverWal, keep_leftover_wal, wal_needs_care

log = logging.getLogger(__name__)


class ProfileData:
    """The data of one profile: its plans, study record, quiz history, recitation scores, settings; export and merge."""

    def __init__(self, db: Database, profile_id: int, *, folder: ProfileFolder | None = None,
                 describe: Callable[[], Profile] | None = None, guard: Callable[[str | None], None] | None = None,
                 on_close: Callable[[], None] | None = None, other_plan_ids: Callable[[], set[str]] | None = None):
        self._db = db
        self._describe = describe
        self._on_close = on_close
        self._closed = False
        self.profile_id = profile_id  # which profile this is (the parts never need it)
        self.folder = folder  # its files (None for the guest: nothing on disk, no backups)
        self.plans = Plans(db, profile_id)
        self.study = Study(db, profile_id)
        self.quiz = Quiz(db, profile_id)
        self.recitation = Recitation(db, profile_id)
        self.settings = Settings(db, profile_id)
        self.transfer = Transfer(db, profile_id, describe=self.profile, guard=guard, other_plan_ids=other_plan_ids)
        self.handins = HandIns(db, profile_id)

    @property
    def in_memory(self) -> bool:
        """True for the guest: nothing of it is written to disk."""
        return self._db.path is None

    def profile(self) -> Profile:
        """The profile's name, class and whether it has a PIN (NotFoundError once it is deleted)."""
        if self._describe is not None:
            return self._describe()
        return Profile(id=self.profile_id, name="")

    def close(self) -> None:
        """Let go of the data: deleted plans are removed for good; the guest's data is gone."""
        if self._closed:
            return
        self._closed = True
        if self._on_close is not None:
            self._on_close()


class Store:
    """The personal data of one data folder: its profiles, each in its own database."""

    def __init__(self, folder: DataFolder, *, busy_timeout: float = 5.0):
        self.folder = folder
        self._busy_timeout = busy_timeout
        self._open: dict[int, tuple[Database, int]] = {}  # profile id -> (database, views open)
        self._closed = False
        self.profiles = Profiles(folder, busy_timeout=busy_timeout, release=self.release)
        self.split: SplitReport | None = None  # what the first start of this version did with an old file
        self.tightened: list[Path] = []  # files and folders whose looser mode was made private
        self.left_over: dict[int, LeftoverWal] = {}  # profile id -> a damaged -wal found when it was opened
        self.sets_written: list[Path] = []  # the whole-folder backup sets this session made: never pruned before it ends

    @classmethod
    def open(cls, data_dir: Path | DataFolder, *, busy_timeout: float = 5.0, on_step: Step | None = None) -> Store:
        """Open (or create) a data folder: private modes, the old single database split into profiles.

        Raises :class:`~netmkt_desktop.errors.StoreError` (NotADatabaseError, DamagedDatabaseError,
        NewerDatabaseError for an old single database, which is then left as it is; StoreWriteError);
        :func:`netmkt_desktop.storage.opening.open_store_safely` turns those into a decision for the student."""
        folder = data_dir if isinstance(data_dir, DataFolder) else DataFolder(Path(data_dir))
        try:
            make_private_folder(folder.root)
            probe_writable(folder.root)
        except OSError as exc:
            raise StoreWriteError(translate("storage", "无法在数据文件夹中保存数据:\n{folder}\n\n原因:{reason}").format(
                folder=folder.root, reason=describe_os_error(exc)), error_code(exc), path=folder.root) from None
        store = cls(folder, busy_timeout=busy_timeout)
        store.tightened = tighten(folder.root)
        for path in store.tightened:
            log.warning("made private (only its owner may read it now): %s", path)
        store.split = split_legacy(folder, on_step=on_step)
        try:
            shutil.rmtree(folder.staging, ignore_errors=True)
            make_private_folder(folder.profiles)
        except OSError as exc:
            raise StoreWriteError(translate("storage", "无法在数据文件夹中保存数据:\n{folder}\n\n原因:{reason}").format(
                folder=folder.profiles, reason=describe_os_error(exc)), error_code(exc), path=folder.profiles) from None
        store.profiles.purge_deleted()  # left by a session that ended without closing
        store.clear_leftovers()
        return store

    def clear_leftovers(self) -> list[Path]:
        """Remove what killed backups, migration copies and restores left under temporary names
        (:func:`~.sqlite_files.clear_leftovers`) in the folder's and every profile's backups, and
        the probe files of a write or disk-space check cut short in the folders the app probes —
        the data folder and every profile's (:func:`~netmkt_desktop.paths.clear_stale_probes`)."""
        places, probed = [self.folder.backups], [self.folder.root]
        try:
            for profile_id in self.profiles.ids():
                place = self.profiles.folder(profile_id)
                places += [place.root, place.backups]
                probed.append(place.root)
        except (OSError, StoreError):
            pass
        removed = []
        for place in places:
            removed += clear_leftovers(place)
        for place in probed:
            removed += clear_stale_probes(place)
        for path in removed:
            log.info("removed what an unfinished backup or check left: %s", path)
        return removed

    @property
    def path(self) -> Path:
        """The data folder."""
        return self.folder.root

    # -- one profile's data ---------------------------------------------------------------------

    def _check_open(self) -> None:
        if self._closed:
            raise StoreWriteError(translate("storage", "{what}没有完成:个人数据文件已经关闭。").format(
                what=translate("storage", "打开用户档案")), ErrorCode.CLOSED)

    def profile(self, profile_id: int, *, pin: str | None = None) -> ProfileData:
        """The data of one profile; NotFoundError when there is no such profile.

        A profile with a PIN opens with ``pin``, or once after :meth:`Profiles.check_pin` accepted
        it; while its data is open it may be opened again (AccessDeniedError otherwise)."""
        self._check_open()
        card = self.profiles.card(profile_id)
        if card.has_pin and profile_id not in self._open:
            if pin is not None:
                self.profiles.require(profile_id, pin=pin)
            elif not self.profiles.take_ticket(profile_id):
                self.profiles.require(profile_id)  # raises: the PIN is needed
        db = self._database(profile_id)
        self.profiles.spend_ticket(profile_id)
        return ProfileData(db, profile_id, folder=self.profiles.folder(profile_id),
                           describe=lambda: self.profiles.describe(profile_id),
                           guard=lambda typed: self.profiles.require(profile_id, pin=typed),
                           on_close=lambda: self._let_go(profile_id, db),
                           other_plan_ids=lambda: self.plan_ids(except_id=profile_id))

    def _database(self, profile_id: int) -> Database:
        opened = self._open.get(profile_id)
        if opened is not None and opened[0].is_open:
            self._open[profile_id] = (opened[0], opened[1] + 1)
            return opened[0]
        place = self.profiles.folder(profile_id)
        self._keep_leftover_wal(profile_id, place)
        db = Database.open_file(place, busy_timeout=self._busy_timeout)
        try:
            with db.read(N_("storage", "打开用户档案")) as s:
                present = s.get(ProfileRow, profile_id) is not None
            if not present:  # a new file after a damaged one was set aside
                with db.action(N_("storage", "打开用户档案")) as s:
                    moment = now()
                    s.add(ProfileRow(id=profile_id, name="", class_name="", created_at=moment, last_used_at=moment,
                                     failed_pin_count=0))
            Plans(db, profile_id).purge_deleted()  # left by a session that ended without closing
        except BaseException:
            db.close()
            raise
        self._open[profile_id] = (db, 1)
        return db

    def _keep_leftover_wal(self, profile_id: int, place: ProfileFolder) -> None:
        """Before opening: a ``-wal`` the last session left is copied aside and checked (:mod:`.wal`);
        a damaged one is noted in :attr:`left_over` for the student.  When no copy can be made of a
        damaged one, the profile is not opened (StoreWriteError): opening would let SQLite drop it."""
        try:
            found = keep_leftover_wal(place.database, place.backups)
        except OSError as exc:
            check = wal_needs_care(place.database)
            if check is not None and not check.ok:
                raise StoreWriteError(translate(
                    "storage", "上次使用时留下的保存记录(-wal 文件)已损坏,也无法先把它另存一份({reason}),"
                               "因此没有打开这个学习档案,文件没有改动:\n{path}").format(
                    reason=describe_os_error(exc), path=place.database), error_code(exc), path=place.database) from None
            log.warning("the -wal left by the last session could not be copied aside (%s); it verifies", exc)
            return
        if found is not None and found.damaged:
            self.left_over[profile_id] = found
        else:
            self.left_over.pop(profile_id, None)

    def _let_go(self, profile_id: int, db: Database) -> None:
        opened = self._open.get(profile_id)
        if opened is None or opened[0] is not db:
            return
        if opened[1] > 1:
            self._open[profile_id] = (db, opened[1] - 1)
        else:
            self.release(profile_id)

    def release(self, profile_id: int) -> None:
        """Close the profile's database (every view of it), removing its deleted plans for good."""
        opened = self._open.pop(profile_id, None)
        if opened is None:
            return
        db = opened[0]
        try:
            Plans(db, profile_id).purge_deleted()
        except StoreError as exc:  # a read-only disk: they go at the next start that can write
            log.warning("deleted plans of profile %s not removed yet: %s", profile_id, exc)
        db.close()

    def import_profile(self, data: bytes | str, new_name: str | None = None) -> Profile:
        """A new profile with a file's data, named ``new_name`` or the file's name (made unique with
        "(2)", "(3)" …).  The whole file is checked first (ProfileFileError, nothing changed: also
        for a goal achieved after today), then written with the new profile's database."""
        self._check_open()
        parsed = read_profile_data(data, today=date.today())
        if new_name is not None:
            new_name, _ = checked_names(new_name, "")
            if self.profiles.is_taken(new_name):
                raise taken_error(new_name)
        name = new_name or self.profiles.unique_name(parsed.name)
        taken = self.plan_ids()
        return self.profiles.create(name, parsed.class_name, fill=lambda s, pid: write_imported(s, pid, parsed, taken),
                                    what=N_("storage", "导入数据"))

    def plan_ids(self, except_id: int | None = None) -> set[str]:
        """The stable plan ids (``plans.uid``) used in the profiles' files, so an imported plan never
        takes one that another profile on this PC has (a returned comment finds exactly one plan).
        A file that cannot be read adds nothing (it is reported when its profile is opened)."""
        import sqlite3

        found: set[str] = set()
        for profile_id in self.profiles.ids():
            if profile_id == except_id:
                continue
            path = self.profiles.folder(profile_id).database
            if not path.is_file():
                continue
            try:
                conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=self._busy_timeout)
                try:
                    found.update(r[0] for r in conn.execute("SELECT uid FROM plans WHERE uid IS NOT NULL"))
                finally:
                    conn.close()
            except sqlite3.Error:
                continue
        return found

    # -- the notice after a split ---------------------------------------------------------------------

    def notice(self) -> str | None:
        """What to tell the user once (the old single database was split into profiles), else None."""
        return read_notice(self.folder)

    def acknowledge_notice(self) -> None:
        acknowledge_notice(self.folder)

    def close(self) -> None:
        """Close every open database and remove the profiles deleted in this session for good."""
        if self._closed:
            return
        for profile_id in list(self._open):
            self.release(profile_id)
        try:
            self.profiles.purge_deleted()
        except OSError:
            pass
        self._closed = True

