"""Every exception of the core, each with a stable ``code`` and its parameters (a leaf).

Code decides, wording informs: callers branch on ``exc.code`` (or the class), never on the text.
``str(exc)`` is the message for the student, written where the error is raised through
:func:`netmkt_desktop.i18n.translate`, so it is in the interface language; ``exc.params`` holds
the facts the message was made from (a path, a limit, what was being done).

:func:`os_error_code` sorts an ``OSError`` by its ``errno``; the storage sorts SQLite errors by
``sqlite3.Error.sqlite_errorcode`` (``netmkt_desktop.storage.sqlite_files.error_code``).

This module imports nothing from the project (only the standard library), so any module, a UI
widget included, can import an error class at the top without loading the storage.
"""

from __future__ import annotations

import errno
import os
from enum import StrEnum
from typing import Any


class ErrorCode(StrEnum):
    """Why something failed; stable names that code (and tests) may compare with."""

    # the disk, a file or the database
    DISK_FULL = "disk_full"
    READ_ONLY = "read_only"  # a read-only disk, folder or database file
    NO_PERMISSION = "no_permission"
    BUSY = "busy"  # another program (another window) holds the database
    IO_ERROR = "io_error"  # reading or writing the disk failed (a USB stick pulled out?)
    CANNOT_OPEN = "cannot_open"
    NO_SUCH_FILE = "no_such_file"
    NOT_A_FOLDER = "not_a_folder"
    DAMAGED = "damaged"  # a database that fails its checks
    NOT_A_DATABASE = "not_a_database"
    NEWER_VERSION = "newer_version"  # made by a newer version of the app
    CONSTRAINT = "constraint"  # the database refused data that breaks its rules
    BAD_TEXT = "bad_text"  # text that cannot be stored (a lone surrogate)
    CLOSED = "closed"  # the personal data was closed
    OTHER = "other"
    # what was asked for
    NOT_FOUND = "not_found"  # a plan, goal, profile or mistake that is not there (any more)
    INVALID_INPUT = "invalid_input"  # what the student typed cannot be saved as it is
    NAME_TAKEN = "name_taken"  # a profile name that another profile has
    PIN_REQUIRED = "pin_required"  # the profile has a PIN and it was not given
    WRONG_PIN = "wrong_pin"
    LOCKED = "locked"  # too many wrong PINs (or teacher passwords): wait ``wait_seconds``
    TEACHER_REQUIRED = "teacher_required"  # only the teacher password allows this
    WRONG_TEACHER_PASSWORD = "wrong_teacher_password"
    NOT_ALLOWED = "not_allowed"  # not even with the teacher password (a PIN set before it existed)
    BAD_FILE = "bad_file"  # a file to import or load that cannot be used
    NOT_REGULAR = "not_regular"  # a folder, a FIFO or a device where a file is to be read
    OS_ERROR = "os_error"  # the system refused to read a file (``params["os_error"]`` says why)
    # what is wrong with a file the student or teacher brings (a plan file, a hand-in file)
    INVALID = "invalid"  # its content breaks the file's format
    ENCODING = "encoding"  # not UTF-8 text
    TOO_BIG = "too_big"
    NOT_JSON = "not_json"
    NOT_PLAN_FILE = "not_plan_file"
    RETURNED = "returned"  # a teacher's returned file where a plan or a hand-in is expected
    NOT_RETURNED = "not_returned"  # a hand-in where a teacher's returned file is expected
    PLAIN_PLAN = "plain_plan"  # a plain plan file where a hand-in is expected
    # a teacher's comment that is not for this student's plans (导入批改)
    OTHER_PLAN = "other_plan"  # no plan of the profile has the comment's plan id
    OTHER_STUDENT = "other_student"  # the comment is for another 班级/学号/姓名
    OLDER_REVIEW = "older_review"  # a newer comment on the plan was imported already


class NetmktError(Exception):
    """Base of the app's errors: ``str(exc)`` for the student, ``code`` and ``params`` for the code."""

    code: ErrorCode = ErrorCode.OTHER

    def __init__(self, message: str, code: ErrorCode | None = None, **params: Any):
        super().__init__(message)
        if code is not None:
            self.code = ErrorCode(code)
        self.params = params

    @property
    def message(self) -> str:
        return str(self)


# ---------------------------------------------------------------------------------------------
# The personal data (netmkt_desktop.storage)


class StoreError(NetmktError):
    """The personal data cannot be opened or changed; nothing saved before was lost."""


class NotADatabaseError(StoreError):
    code = ErrorCode.NOT_A_DATABASE


class DamagedDatabaseError(StoreError):
    code = ErrorCode.DAMAGED


class NewerDatabaseError(StoreError):
    code = ErrorCode.NEWER_VERSION


class StoreWriteError(StoreError):
    """Reading or writing the database failed; ``code`` says why (disk full, read-only, busy …)."""


class NotFoundError(StoreError):
    """The plan, goal, profile or mistake does not exist (or belongs to another profile)."""

    code = ErrorCode.NOT_FOUND


class InvalidInputError(StoreError):
    """What the student typed cannot be saved as it is; nothing was changed."""

    code = ErrorCode.INVALID_INPUT


class ProfileNameError(InvalidInputError):
    """A profile name that is empty, too long or taken (``NAME_TAKEN``), or a class name that is not allowed."""


class PinFormatError(InvalidInputError):
    """A new PIN that is not 4–8 digits."""


class ReviewMismatchError(InvalidInputError):
    """A teacher's returned comment that does not belong to this profile's plans (``OTHER_PLAN``,
    ``OTHER_STUDENT``) or is older than the one imported (``OLDER_REVIEW``); nothing was changed."""


class AccessDeniedError(InvalidInputError):
    """A PIN or the teacher password was needed and not given, wrong, or locked out; nothing changed.

    ``code`` says which (``PIN_REQUIRED``, ``WRONG_PIN``, ``LOCKED``, ``TEACHER_REQUIRED``,
    ``WRONG_TEACHER_PASSWORD``, ``NOT_ALLOWED``); ``params["wait_seconds"]`` how long a lock lasts.
    It is what the student typed that is refused, so a form shows it beside the field."""

    code = ErrorCode.PIN_REQUIRED

    @property
    def wait_seconds(self) -> int:
        return int(self.params.get("wait_seconds", 0) or 0)


class ProfileFileError(StoreError):
    """A profile data file that cannot be imported; nothing was changed."""

    code = ErrorCode.BAD_FILE


class BackupError(NetmktError):
    """A backup cannot be made or restored; ``code`` says why."""


# ---------------------------------------------------------------------------------------------
# Files the student or teacher brings


class PlanFileError(NetmktError):
    """A plan file (or a hand-in made of one) that cannot be used; ``code`` says what is wrong."""

    code = ErrorCode.INVALID


class HandInFileError(PlanFileError):
    """A hand-in or returned file that cannot be used; ``code`` says why:

    ``TOO_BIG``, ``ENCODING``, ``NOT_JSON``, ``NOT_PLAN_FILE`` (some other file),
    ``NEWER_VERSION``, ``INVALID`` (a field is wrong), ``PLAIN_PLAN`` (a plan file without
    hand-in details), ``RETURNED`` (a returned file where a hand-in was expected) and
    ``NOT_RETURNED`` (a hand-in where a returned file was expected).  The message is in the
    interface language (made by :mod:`netmkt_desktop.handin`).
    """


class BoundedReadError(NetmktError):
    """A file that :func:`netmkt_desktop.files.read_bounded` would not read; ``code`` says why.

    ``NOT_REGULAR`` (a folder, a FIFO, a device…), ``TOO_BIG`` (more than the limit; ``size`` is what
    was seen) or ``OS_ERROR`` (``os_error`` holds the OSError).  The text is for logs: what the
    student reads comes from :func:`netmkt_desktop.files.describe_read_error`.
    """

    def __init__(self, code: ErrorCode | str, size: int = 0, os_error: OSError | None = None):
        self.size = size
        self.os_error = os_error
        super().__init__(str(code) if os_error is None else f"{code}: {os_error}", ErrorCode(code),
                         size=size, os_error=os_error)


class ClassFolderError(NetmktError):
    """The class folder itself cannot be read (班级汇总); ``os_error`` holds the cause."""

    def __init__(self, message: str, folder: os.PathLike[str] | str, os_error: OSError):
        self.folder = folder
        self.os_error = os_error
        super().__init__(message, os_error_code(os_error), folder=folder, os_error=os_error)


class PlanExportError(NetmktError):
    """A PDF (职业生涯规划书, 学习单, class summary) could not be written: ``path`` and ``reason``;
    the message for the student is made where it is raised (:func:`netmkt_desktop.ui.plan_document.export_error`)."""

    def __init__(self, message: str, path: os.PathLike[str] | str, reason: str):
        self.path = str(path)
        self.reason = reason
        super().__init__(message, ErrorCode.CANNOT_OPEN, path=self.path, reason=reason)


class PdfTextError(NetmktError, ValueError):
    """A PDF whose structure :mod:`netmkt_desktop.pdf_text` does not read (for logs: the user never sees it)."""

    code = ErrorCode.INVALID


class ContentError(NetmktError):
    """A content file that cannot be used: ``file``, the ``place`` inside it and the ``reason``."""

    code = ErrorCode.BAD_FILE

    def __init__(self, file: str | os.PathLike[str], place: str, reason: str):
        self.file = str(file)
        self.place = place
        self.reason = reason
        where = f"{self.file}: {place}" if place else self.file
        super().__init__(f"{where}: {reason}", file=self.file, place=place, reason=reason)


class CardError(StoreError):
    """A profile's small file (its card, the folder's state) that cannot be read or is not what it
    should be; ``path`` names it and ``reason`` says what is wrong (a missing key, "not_json" …)."""

    code = ErrorCode.BAD_FILE

    def __init__(self, path: os.PathLike[str], reason: str):
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: {reason}", path=path, reason=reason)


class SingleInstanceError(NetmktError, OSError):
    """The data folder's lock file cannot be created at all (folder missing, read-only, no permission)."""

    code = ErrorCode.CANNOT_OPEN


class DataDirError(NetmktError):
    """The data folder cannot be used: ``path`` and the reason (``detail``)."""

    def __init__(self, message: str, code: ErrorCode, path: os.PathLike[str], detail: str):
        self.path = path
        self.detail = detail
        super().__init__(message, code, path=path, detail=detail)


# ---------------------------------------------------------------------------------------------


_ERRNO_CODES = {
    errno.ENOSPC: ErrorCode.DISK_FULL,
    errno.EROFS: ErrorCode.READ_ONLY,
    errno.EACCES: ErrorCode.NO_PERMISSION,
    errno.EPERM: ErrorCode.NO_PERMISSION,
    errno.ENOENT: ErrorCode.NO_SUCH_FILE,
    errno.ENOTDIR: ErrorCode.NOT_A_FOLDER,
    errno.EEXIST: ErrorCode.NOT_A_FOLDER,
    errno.EIO: ErrorCode.IO_ERROR,
}
if hasattr(errno, "EDQUOT"):  # a full quota: as full a disk for the student
    _ERRNO_CODES[errno.EDQUOT] = ErrorCode.DISK_FULL


def os_error_code(exc: OSError) -> ErrorCode:
    """Why a file operation failed, from its ``errno``."""
    return _ERRNO_CODES.get(exc.errno, ErrorCode.OTHER) if exc.errno is not None else ErrorCode.OTHER
