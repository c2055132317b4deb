"""One window per data folder: starting the app again brings the open window to the front.

Two windows on one library would both sync, both keep a writer and both save the
window's state on close, the last one winning. The first window holds a lock file in
the data folder (``window.lock``, a :class:`QLockFile`: a lock whose process is gone
is taken over) and, once painted, listens on a local socket named after the folder.
A second start finds the lock held, asks that window to come forward, and exits.
A data folder where no lock file can be written (read-only) opens without the lock.
"""

from __future__ import annotations

import logging
import os
import zlib
from pathlib import Path

from PySide6.QtCore import QLockFile

log = logging.getLogger(__name__)

LOCK_FILE = "window.lock"
SHOW = b"show\n"
ANSWER_MS = 3000  # how long a second start waits for the first window's socket


def server_name(data_dir: Path) -> str:
    """The local socket's name for *data_dir*: per user and folder, short enough for any OS."""
    folder = str(data_dir.resolve()).encode("utf-8", "surrogateescape")
    uid = os.getuid() if hasattr(os, "getuid") else 0
    return f"daily-papers-reader-{uid}-{zlib.crc32(folder):08x}"


class InstanceLock:
    """The data folder's window lock (taken at once or not at all)."""

    def __init__(self, data_dir: Path) -> None:
        self.name = server_name(data_dir)
        self._lock = QLockFile(str(data_dir / LOCK_FILE))
        self._lock.setStaleLockTime(0)  # stale only when its process has gone, never by age
        self.held = self._lock.tryLock(0)
        # another window holds it; any other failure (a read-only folder) opens unguarded
        self.elsewhere = not self.held and self._lock.error() == QLockFile.LockError.LockFailedError
        if not self.held and not self.elsewhere:
            log.info("no window lock in %s (%s): opening without it", data_dir, self._lock.error())

    def release(self) -> None:
        if self.held:
            self._lock.unlock()
            self.held = False

    def other_pid(self) -> int:
        """The process holding the lock (0 when unknown)."""
        info = self._lock.getLockInfo()  # (pid, host, app), or empty values when unknown
        return int(info[0]) if info and info[0] else 0


def bring_forward(name: str, wait_ms: int = ANSWER_MS) -> bool:
    """Ask the window listening on *name* to come to the front; True once it was told."""
    from PySide6.QtCore import QDeadlineTimer, QThread
    from PySide6.QtNetwork import QLocalSocket

    deadline = QDeadlineTimer(wait_ms)
    while True:  # the first window listens once painted: it may be starting
        socket = QLocalSocket()
        socket.connectToServer(name)
        if socket.waitForConnected(max(1, min(500, deadline.remainingTime()))):
            socket.write(SHOW)
            told = socket.waitForBytesWritten(1000)
            socket.disconnectFromServer()
            return told
        if deadline.hasExpired():
            return False
        QThread.msleep(100)


class ShowRequests:
    """The first window's end: a second start's request brings *window* to the front.

    A plain class holding a server the window owns: a QObject subclass would cost
    PySide a new type at import, and this module is imported before the first paint.
    """

    def __init__(self, name: str, window) -> None:  # (str, QWidget)
        from PySide6.QtNetwork import QLocalServer

        self._window = window
        QLocalServer.removeServer(name)  # a socket left by a window that was killed
        self._server = QLocalServer(window)
        self._server.newConnection.connect(self._accept)
        if not self._server.listen(name):
            log.warning("a second start cannot reach this window: %s", self._server.errorString())

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket) -> None:  # (QLocalSocket)
        if bytes(socket.readAll().data()).startswith(SHOW.strip()):
            log.info("another start asked for this window")
            window = self._window
            if window.isMinimized():
                window.showNormal()
            window.show()
            window.raise_()
            window.activateWindow()
