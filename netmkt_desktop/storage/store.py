"""The personal store of a data folder, made of parts (Anki's ``col.decks`` pattern), and one
profile's view of it.

* :class:`Store` — the database of one data folder.  ``store.profiles`` lists, creates, renames and
  deletes profiles and checks their PINs (:class:`~netmkt_desktop.storage.profiles.Profiles`);
  ``store.profile(id)`` gives one profile's data; ``store.import_profile(raw)`` makes a profile
  from a profile data file.
* :class:`ProfileData` — everything of one profile, as parts that never take a profile id:
  ``data.plans`` (:class:`~.plans.Plans`), ``data.study`` (:class:`~.study.Study`), ``data.quiz``
  (:class:`~.quiz.Quiz`), ``data.settings`` (:class:`~.settings.Settings`), ``data.transfer``
  (:class:`~.transfer.Transfer`), ``data.handins`` (:class:`~.handins.HandIns`: student details,
  hand-in versions, the teacher's comments).  The guest's view is the same class over a database in memory
  (:mod:`netmkt_desktop.storage.memory`).

Every method of a part is one user action: one transaction, all or nothing.  A new part is one
module and one attribute of :class:`ProfileData`.  Opening a data folder safely (damaged, newer or
read-only files, backups) is :mod:`netmkt_desktop.storage.opening`'s job.
"""

from __future__ import annotations

from pathlib import Path

from netmkt_desktop.errors import NotFoundError
from netmkt_desktop.i18n import N_, translate
from netmkt_desktop.paths import DataFolder
from netmkt_desktop.records import Profile
from netmkt_desktop.storage.db import Database
from netmkt_desktop.storage.handins import HandIns
from netmkt_desktop.storage.plans import Plans
from netmkt_desktop.storage.profiles import Profiles
from netmkt_desktop.storage.quiz import Quiz
from netmkt_desktop.storage.rows import ProfileRow
from netmkt_desktop.storage.settings import Settings
from netmkt_desktop.storage.study import Study
from netmkt_desktop.storage.transfer import Transfer, import_as_new


class ProfileData:
    """The data of one profile: its plans, study record, quiz history, settings; export and merge."""

    def __init__(self, db: Database, profile_id: int, *, owns_database: bool = False):
        self._db = db
        self._owns_database = owns_database
        self.profile_id = profile_id  # which profile this is (the parts never need it)
        self.plans = Plans(db, profile_id)
        self.study = Study(db, profile_id)
        self.quiz = Quiz(db, profile_id)
        self.settings = Settings(db, profile_id)
        self.transfer = Transfer(db, profile_id)
        self.handins = HandIns(db, profile_id)

    @property
    def in_memory(self) -> bool:
        """True for the guest: nothing of it is written to disk."""
        return self._db.path is None

    def profile(self) -> Profile:
        """The profile's name, class and whether it has a PIN (NotFoundError once it is deleted)."""
        with self._db.read(N_("storage", "读取用户档案")) as s:
            row = s.get(ProfileRow, self.profile_id)
            if row is None:
                raise NotFoundError(translate("storage", "找不到这个用户档案(它可能已被删除)。"))
            return Profile(id=row.id, name=row.name, class_name=row.class_name, has_pin=row.pin_hash is not None)

    def close(self) -> None:
        """Let go of the data; a view with its own database (the guest's) closes it, and it is gone."""
        if self._owns_database:
            self._db.close()


class Store:
    """The personal database of one data folder (profiles, settings, plans, study data)."""

    def __init__(self, db: Database, folder: DataFolder | None = None):
        self.db = db
        self.folder = folder  # None: in memory
        self.profiles = Profiles(db)

    @classmethod
    def open(cls, data_dir: Path | DataFolder, *, busy_timeout: float = 5.0) -> Store:
        """Open (or create) the folder's database, upgrading an older one after a backup copy.

        Raises :class:`~netmkt_desktop.errors.StoreError` (NotADatabaseError, DamagedDatabaseError,
        NewerDatabaseError, StoreWriteError); :func:`netmkt_desktop.storage.opening.open_store_safely`
        turns those into a decision for the student."""
        folder = data_dir if isinstance(data_dir, DataFolder) else DataFolder(Path(data_dir))
        return cls(Database.open_file(folder, busy_timeout=busy_timeout), folder)

    @classmethod
    def in_memory(cls) -> Store:
        """An empty store that lives in memory only (see :mod:`netmkt_desktop.storage.memory`)."""
        return cls(Database.in_memory())

    @property
    def path(self) -> Path | None:
        """The database file (None in memory)."""
        return self.db.path

    def profile(self, profile_id: int) -> ProfileData:
        """The data of one profile; NotFoundError when there is no such profile."""
        data = ProfileData(self.db, profile_id)
        data.profile()  # there is such a profile
        return data

    def import_profile(self, data: bytes | str, new_name: str | None = None) -> Profile:
        """A new profile made from a profile data file (see :func:`.transfer.import_as_new`)."""
        return import_as_new(self.db, data, new_name)

    def close(self) -> None:
        self.db.close()
