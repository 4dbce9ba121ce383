"""One running window per data folder.

The first instance locks ``<data dir>/netmkt.lock`` (a QLockFile) and listens on a local socket
whose name is derived from the folder; a second instance started on the same folder fails to lock,
sends ``activate`` to that socket and exits, and the first one raises its window.

Stale locks are recovered:
- same computer, owning process gone (crash, killed, power cut): QLockFile sees the dead PID (or a
  new boot) and takes the lock over. The stale-lock *age* is switched off (``setStaleLockTime(0)``):
  with Qt's default, any lock untouched for 30 s counts as abandoned, even one of a live instance
  on another computer (a shared network folder).
- lock written on another computer (the USB stick was pulled out of a classroom PC while the app
  ran): the PID cannot be checked from here, so the holder refreshes the lock file's time stamp
  every minute and a foreign lock older than :data:`FOREIGN_STALE_SECONDS` is taken over.

QtCore and QtNetwork only (local sockets; nothing leaves the computer).
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, QSysInfo, QTimer, Signal

from netmkt_desktop.errors import SingleInstanceError  # noqa: F401 - also this module's name for it
from netmkt_desktop.i18n import translate

if TYPE_CHECKING:  # QtNetwork is imported when first used: it is not needed before the first paint
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

LOCK_NAME = "netmkt.lock"
ACTIVATE_MESSAGE = b"activate\n"
LOCK_WAIT_MS = 100
CONNECT_TIMEOUT_MS = 1000
HEARTBEAT_MS = 60_000
FOREIGN_STALE_SECONDS = 5 * 60
_MAX_MESSAGE = 64


def server_name(data_dir: Path) -> str:
    """The local-socket name for ``data_dir``: stable, short, letters/digits/dash only.

    The user name is part of the hash, so two accounts on one PC never reach each other's window."""
    import getpass  # here, not at start-up: only needed once the window is shown
    import hashlib

    try:
        user = getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name on some locked-down machines
        user = ""
    key = f"{user}\0{Path(data_dir).resolve()}"
    return "netmkt-" + hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:20]


class SingleInstance(QObject):
    """``acquire()`` the data folder, or ``notify_running()`` the instance that has it."""

    activation_requested = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._lock: QLockFile | None = None
        self._lock_path: Path | None = None
        self._server: QLocalServer | None = None
        self._buffers: dict[QLocalSocket, bytearray] = {}
        self._heartbeat = QTimer(self)
        self._heartbeat.setInterval(HEARTBEAT_MS)
        self._heartbeat.timeout.connect(self._on_heartbeat_timeout)

    @property
    def server(self) -> QLocalServer | None:
        return self._server

    # -- the lock ------------------------------------------------------------------------------

    def acquire(self, data_dir: Path, listen: bool = True) -> bool:
        """Lock ``data_dir`` for this process and start listening; False if another instance has it.

        With ``listen=False`` the caller starts the activation channel later with
        :meth:`start_listening` (the app does so after its first paint).
        Raises :class:`SingleInstanceError` when no lock file can be written there at all."""
        if self._lock is not None:
            return True
        data_dir = Path(data_dir)
        lock_path = data_dir / LOCK_NAME
        lock = QLockFile(str(lock_path))
        lock.setStaleLockTime(0)  # stale only when the owner is provably gone, never by age
        if not lock.tryLock(LOCK_WAIT_MS):
            error = lock.error()
            if error != QLockFile.LockError.LockFailedError:
                raise SingleInstanceError(translate("single_instance", "无法在数据文件夹中创建锁文件:{path}({reason})").format(
                    path=lock_path, reason=error.name))
            if not (_is_foreign_and_old(lock, lock_path) and lock.removeStaleLockFile()
                    and lock.tryLock(LOCK_WAIT_MS)):
                return False
        self._lock, self._lock_path = lock, lock_path
        self._data_dir = data_dir
        if listen:
            self.start_listening()
        self._heartbeat.start()
        return True

    def start_listening(self) -> None:
        if self._lock is not None and self._server is None:
            self._listen(server_name(self._data_dir))

    def release(self) -> None:
        """Stop listening and unlock (also safe when nothing is held)."""
        self._heartbeat.stop()
        if self._server is not None:
            self._server.close()
            self._server.deleteLater()
            self._server = None
        for socket in list(self._buffers):
            socket.abort()
            socket.deleteLater()
        self._buffers.clear()
        if self._lock is not None:
            self._lock.unlock()
            self._lock = self._lock_path = None

    def _on_heartbeat_timeout(self) -> None:
        if self._lock_path is not None:
            try:
                os.utime(self._lock_path)  # "still here", for an instance on another computer
            except OSError:
                pass

    # -- the activation channel ----------------------------------------------------------------

    def _listen(self, name: str) -> None:
        from PySide6.QtNetwork import QLocalServer

        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        # We hold the lock, so a socket of that name can only be left over from a crash.
        QLocalServer.removeServer(name)
        server.newConnection.connect(self._on_server_new_connection)
        if server.listen(name):
            self._server = server
        else:  # the window still works; a second start just cannot raise it
            server.deleteLater()

    def _on_server_new_connection(self) -> None:
        while self._server is not None and self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            self._buffers[socket] = bytearray()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(lambda s=socket: self._drop(s))
            self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        buffer = self._buffers.get(socket)
        if buffer is None:
            return
        buffer += bytes(socket.readAll().data())
        if ACTIVATE_MESSAGE in buffer:
            buffer.clear()
            self.activation_requested.emit()
        elif len(buffer) > _MAX_MESSAGE:  # not one of ours
            socket.abort()

    def _drop(self, socket: QLocalSocket) -> None:
        if self._buffers.pop(socket, None) is not None:
            socket.deleteLater()

    def notify_running(self, data_dir: Path) -> bool:
        """Ask the instance holding ``data_dir`` to show its window; True when the request was sent."""
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        socket.connectToServer(server_name(Path(data_dir)))
        if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
            socket.abort()
            return False
        socket.write(ACTIVATE_MESSAGE)
        while socket.bytesToWrite() > 0:
            if not socket.waitForBytesWritten(CONNECT_TIMEOUT_MS):
                socket.abort()
                return False
        socket.disconnectFromServer()  # graceful: what was written is still read by the server
        return True


def _is_foreign_and_old(lock: QLockFile, lock_path: Path) -> bool:
    """A lock written by another computer and not refreshed for FOREIGN_STALE_SECONDS."""
    pid, hostname, _app = lock.getLockInfo()  # (0, "", "") when unreadable
    if pid <= 0 or not hostname or hostname == QSysInfo.machineHostName():
        return False
    try:
        age = time.time() - lock_path.stat().st_mtime
    except OSError:
        return False
    return age > FOREIGN_STALE_SECONDS
