"""Files: writing one so that a crash or a full disk never leaves half a file behind, reading one
that a student or teacher brings without hanging on a pipe or reading a device or a huge file whole,
and private modes.

On POSIX the app's own files are private to the user who runs it: :func:`use_private_umask` makes
every file and folder the process creates 0600/0700, and :func:`tighten` puts right what an older
version or a copy left looser.  (Windows keeps its own access lists: nothing to do there.)
"""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

from netmkt_desktop.errors import BoundedReadError  # noqa: F401 - also this module's name for it

PRIVATE_FILE_MODE = 0o600
PRIVATE_FOLDER_MODE = 0o700
PRIVATE_UMASK = 0o077


def posix() -> bool:
    return os.name == "posix"


def use_private_umask() -> int | None:
    """From now on files and folders this process creates are readable by its user only
    (umask 077).  Returns the umask before (None where there is none: Windows)."""
    if not posix():
        return None
    return os.umask(PRIVATE_UMASK)


def make_private_folder(path: Path) -> None:
    """Create ``path`` (and missing parents) as 0700; an existing folder is left as it is (see :func:`tighten`)."""
    path = Path(path)
    if path.is_dir():
        return
    path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER_MODE)
    if posix():
        try:
            os.chmod(path, PRIVATE_FOLDER_MODE)  # mkdir's mode is filtered by the umask
        except OSError:
            pass


def tighten(root: Path) -> list[Path]:
    """Make ``root`` and everything in it private (folders 0700, files 0600) where others could
    read or write it; returns what was changed.  Symbolic links are not followed, errors (a file
    owned by someone else, a read-only disk) are skipped: the caller notes what changed."""
    if not posix():
        return []
    changed: list[Path] = []

    def fix(path: Path, mode: int, wanted: int) -> None:
        if stat.S_IMODE(mode) & 0o077:
            try:
                os.chmod(path, stat.S_IMODE(mode) & ~0o077 | (wanted & 0o700))
                changed.append(path)
            except OSError:
                pass

    root = Path(root)
    try:
        fix(root, os.lstat(root).st_mode, PRIVATE_FOLDER_MODE)
    except OSError:
        return changed
    for folder, dirs, files in os.walk(root, followlinks=False):
        for name in dirs + files:
            path = Path(folder) / name
            try:
                mode = os.lstat(path).st_mode
            except OSError:
                continue
            if stat.S_ISDIR(mode):
                fix(path, mode, PRIVATE_FOLDER_MODE)
            elif stat.S_ISREG(mode):
                fix(path, mode, PRIVATE_FILE_MODE)
    return changed


def write_bytes_atomic(path: Path, data: bytes, mode: int | None = None) -> None:
    """Write ``data`` to a temporary file beside ``path``, flush it to disk, then rename it over ``path``.

    ``mode``, when given, is set on the new file before the rename; without it the file keeps the
    temporary file's permissions (readable by its owner only)."""
    path = Path(path)
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        if mode is not None:
            os.chmod(temp, mode)
        os.replace(temp, path)
    except BaseException:
        try:
            os.unlink(temp)
        except OSError:
            pass
        raise


def write_text_atomic(path: Path, text: str) -> None:
    write_bytes_atomic(path, text.encode("utf-8"))


def read_bounded(path: Path, limit: int) -> bytes:
    """The bytes of the regular file ``path``, at most ``limit`` of them; anything else raises
    :class:`BoundedReadError`.

    The file is opened without blocking (a FIFO with nobody writing would otherwise hang the
    caller), checked to be a regular file on the open descriptor (so it cannot be swapped for a
    FIFO between a check and the open), and read with a cap: a file that grows while it is read,
    or a file system that reports a wrong size, still never yields more than ``limit`` bytes.
    """
    import stat

    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise BoundedReadError("os_error", os_error=exc) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise BoundedReadError("not_regular")
        if info.st_size > limit:
            raise BoundedReadError("too_big", size=info.st_size)
        chunks: list[bytes] = []
        total = 0
        while total <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        if total > limit:
            raise BoundedReadError("too_big", size=max(total, info.st_size))
        return b"".join(chunks)
    except OSError as exc:
        raise BoundedReadError("os_error", os_error=exc) from None
    finally:
        os.close(fd)


def size_text(size: int) -> str:
    """A file size for the student: "1.5 MB", "300 KB"."""
    return f"{size / (1024 * 1024):.1f} MB" if size >= 1024 * 1024 else f"{max(1, size // 1024)} KB"


def describe_read_error(exc: BoundedReadError, limit: int) -> str:
    """Why :func:`read_bounded` did not read a file, in the interface language (``limit`` as it was given)."""
    from netmkt_desktop.i18n import translate

    if exc.code == "not_regular":
        return translate("files", "这不是一个普通文件(可能是文件夹、设备或管道),没有读取。")
    if exc.code == "too_big":
        return translate("files", "文件太大({size}),最多只能读取 {limit},没有读取。").format(
            size=size_text(exc.size), limit=size_text(limit))
    from netmkt_desktop.paths import describe_os_error

    error = exc.os_error
    reason = describe_os_error(error) if error is not None else exc.code
    return translate("files", "无法读取文件:{reason}").format(reason=reason)
