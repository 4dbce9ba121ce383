"""Where files live: the bundled content and resources, and the personal data folder.

The data folder is, in order of precedence: ``--data-dir``; the environment variable
``NETMKT_DATA_DIR``; a ``netmkt-data`` folder beside the launcher when a ``portable.txt`` marker
file stands next to it; otherwise platformdirs' ``user_data_dir("netmkt-desktop")``.
"""

from __future__ import annotations

import os
import re
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from netmkt_desktop import APP_NAME
from netmkt_desktop.errors import DataDirError, ErrorCode, os_error_code
from netmkt_desktop.i18n import N_, translate

ENV_DATA_DIR = "NETMKT_DATA_DIR"
PORTABLE_MARKER = "portable.txt"
PORTABLE_FOLDER = "netmkt-data"
DATABASE_NAME = "netmkt.sqlite3"
SETTINGS_NAME = "settings.ini"
BACKUP_FOLDER = "backups"
PACKS_FOLDER = "packs"
PROFILES_FOLDER = "profiles"
CARD_NAME = "profile.json"
STATE_NAME = "state.json"
TEACHER_NAME = "teacher.json"
NOTICE_NAME = "notice.json"
STAGING_FOLDER = ".staging"

_PACKAGE_DIR = Path(__file__).resolve().parent


def bundled_dir(name: str) -> Path:
    """``seed`` or ``resources``: inside the installed package, or at the top of a source checkout."""
    inside = _PACKAGE_DIR / name
    if inside.is_dir():
        return inside
    return _PACKAGE_DIR.parent / name


def launcher_dir() -> Path:
    """The folder of the program the user started (the bundle's executable or the script)."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(sys.argv[0] or ".").resolve().parent


class ProfileFolder(NamedTuple):
    """The files of one profile: ``profiles/<id>/`` in the data folder."""

    root: Path

    @property
    def database(self) -> Path:
        """The student's database: plans, notes, progress, quiz, settings (no name, no PIN)."""
        return self.root / DATABASE_NAME

    @property
    def backups(self) -> Path:
        """Backups of this profile's database only, and the copies made before an upgrade or a restore."""
        return self.root / BACKUP_FOLDER

    @property
    def card(self) -> Path:
        """The profile card: name, class and PIN hash, read to list profiles without the database."""
        return self.root / CARD_NAME


class DataFolder(NamedTuple):
    """The files of one personal data folder, named in this one place.

    ::

        profiles/<id>/      one folder per profile (:class:`ProfileFolder`)
        state.json          wrong-PIN counts, the next profile id, the profile used last
        teacher.json        the teacher password's hash
        backups/            whole-folder backups (the teacher's), and the single database of
                            versions before one file per profile, kept as it was
        settings.ini        the window's settings
        packs/              content packs
        notice.json         something to tell the user once (the data was split into profiles)
    """

    root: Path

    @property
    def legacy_database(self) -> Path:
        """The one database of every profile that versions before one file per profile kept here.

        The first start of this version splits it into profile folders and moves it, as it was,
        into :attr:`backups`."""
        return self.root / DATABASE_NAME

    @property
    def backups(self) -> Path:
        """Whole-folder backups, and the single database of older versions kept as it was."""
        return self.root / BACKUP_FOLDER

    @property
    def profiles(self) -> Path:
        return self.root / PROFILES_FOLDER

    def profile(self, profile_id: int) -> ProfileFolder:
        return ProfileFolder(self.profiles / str(int(profile_id)))

    @property
    def state(self) -> Path:
        """What no restore may roll back: wrong-PIN counts and locks, the next profile id, the last used."""
        return self.root / STATE_NAME

    @property
    def teacher(self) -> Path:
        return self.root / TEACHER_NAME

    @property
    def notice(self) -> Path:
        return self.root / NOTICE_NAME

    @property
    def staging(self) -> Path:
        """Work in progress (a split, a restore): never read as data; cleared at the next start."""
        return self.root / STAGING_FOLDER

    @property
    def settings(self) -> Path:
        """The window's settings (QSettings, INI format)."""
        return self.root / SETTINGS_NAME

    @property
    def packs(self) -> Path:
        """Installed content packs."""
        return self.root / PACKS_FOLDER


class DataLocation(NamedTuple):
    path: Path
    origin: str  # "option", "environment", "portable" or "default"


def resolve_data_dir(option: str | None = None, environ: dict[str, str] | None = None,
                     launcher: Path | None = None) -> DataLocation:
    environ = os.environ if environ is None else environ
    if option:
        return DataLocation(Path(option).expanduser().resolve(), "option")
    if environ.get(ENV_DATA_DIR):
        return DataLocation(Path(environ[ENV_DATA_DIR]).expanduser().resolve(), "environment")
    launcher = launcher_dir() if launcher is None else launcher
    if (launcher / PORTABLE_MARKER).is_file():
        return DataLocation(launcher / PORTABLE_FOLDER, "portable")
    from platformdirs import user_data_dir

    return DataLocation(Path(user_data_dir(APP_NAME, appauthor=False)), "default")


# Probes: empty or small files made to find out whether a folder can be written (or has room),
# removed at once.  A crash or power cut in between leaves one: clear_stale_probes removes it later.
WRITE_PROBE_PREFIX = ".write-test-"  # probe_writable: an empty file
SPACE_PROBE_PREFIX = ".space-test-"  # storage.opening's disk-space check: at most SPACE_PROBE_BYTES
SPACE_PROBE_BYTES = 65536  # the size of SQLite's -shm file
STALE_PROBE_SECONDS = 5 * 60  # a probe lives well under a second; one this far from now is left over
# mkstemp's names: the prefix and 8 characters of "a-z0-9_" (Python's tempfile, on every platform)
_PROBE = re.compile(r"^(?P<prefix>\.write-test-|\.space-test-)[a-z0-9_]{8}$")


def probe_writable(path: Path) -> None:
    """Create the folder if needed and prove a file can be created there; raises OSError."""
    path.mkdir(parents=True, exist_ok=True)
    fd, probe = tempfile.mkstemp(prefix=WRITE_PROBE_PREFIX, dir=path)
    os.close(fd)
    try:
        os.unlink(probe)
    except FileNotFoundError:  # another window cleared it meanwhile: it was made, the folder can be written
        pass


def sweep_folder(folder: Path, pattern: re.Pattern[str],
                 left_over: Callable[[os.DirEntry[str], re.Match[str]], bool]) -> list[Path]:
    """Remove the entries of ``folder`` whose name matches ``pattern`` and that ``left_over`` (given
    the entry and the match) calls left over: a folder with everything in it, anything else as a
    file.  Entries whose name does not match are never touched; errors are ignored (the entry stays).
    Returns what was removed."""
    removed = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        m = pattern.match(entry.name)
        if m is None:
            continue
        try:
            if not left_over(entry, m):
                continue
            if entry.is_dir(follow_symlinks=False):
                shutil.rmtree(entry.path)
            else:
                os.unlink(entry.path)
            removed.append(Path(entry.path))
        except OSError:
            pass
    return removed


def clear_stale_probes(folder: Path, now: float | None = None) -> list[Path]:
    """Remove the probe files a crash left in ``folder`` (between making and removing them).

    Only regular files with a probe's exact name (the prefix and mkstemp's 8 characters) and size
    (a write probe is empty, a space probe at most SPACE_PROBE_BYTES), whose time is more than
    STALE_PROBE_SECONDS from ``now`` — before it, or after it when the clock was set back since —
    so the probe of a check running in another window right now is left alone.  Nothing else is
    ever touched; errors are ignored.  Returns what was removed."""
    now = time.time() if now is None else now

    def left_over(entry: os.DirEntry[str], m: re.Match[str]) -> bool:
        if not entry.is_file(follow_symlinks=False):
            return False
        st = entry.stat(follow_symlinks=False)
        limit = 0 if m["prefix"] == WRITE_PROBE_PREFIX else SPACE_PROBE_BYTES
        return st.st_size <= limit and abs(now - st.st_mtime) > STALE_PROBE_SECONDS

    return sweep_folder(folder, _PROBE, left_over)


def ensure_writable(path: Path) -> Path:
    """Create the folder if needed and prove a file can be written there; DataDirError otherwise."""
    try:
        probe_writable(path)
    except OSError as exc:
        detail = describe_os_error(exc)
        message = translate("paths", "无法在数据文件夹中保存数据:\n{path}\n\n原因:{reason}\n\n"
                                     "请换一个可以写入的文件夹,例如在启动时加上 --data-dir 选项:\n"
                                     "netmkt-desktop --data-dir D:\\我的学习数据").format(path=path, reason=detail)
        raise DataDirError(message, os_error_code(exc), path, detail) from None
    return path


_OS_ERROR_TEXTS = {
    ErrorCode.NO_PERMISSION: N_("paths", "没有写入权限"),
    ErrorCode.READ_ONLY: N_("paths", "这是只读的磁盘或文件夹"),
    ErrorCode.DISK_FULL: N_("paths", "磁盘空间已满(或 U 盘已写满)"),
    ErrorCode.NO_SUCH_FILE: N_("paths", "文件或文件夹不存在"),
    ErrorCode.NOT_A_FOLDER: N_("paths", "这个路径已被一个文件占用,不是文件夹"),
    ErrorCode.IO_ERROR: N_("paths", "读写磁盘时出错(U 盘是否已被拔出?)"),
}


def describe_os_error(exc: OSError) -> str:
    """Why a file operation failed, for the student (the data folder, the store, backups, packs)."""
    text = _OS_ERROR_TEXTS.get(os_error_code(exc))
    return translate("paths", text) if text else (exc.strerror or str(exc))
