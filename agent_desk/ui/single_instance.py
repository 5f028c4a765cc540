"""One running AgentDesk per profile, and the local channel other processes talk to it on.

A QLockFile (stale after a crash is detected by PID) decides who runs; the winner listens on a
QLocalServer named after the profile. A second launch sends {"cmd": "activate"} and exits.
The same channel carries CTI events (ring/answer/hangup) as one JSON object per line.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

Handler = Callable[[dict[str, Any]], dict[str, Any]]

LOCK_FILE = "agent-desk.lock"  # in the profile's data folder


class InstanceGuard(QObject):
    activate_requested = Signal()

    def __init__(self, key: str, lock_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self._lock = QLockFile(str(lock_path))
        self._lock.setStaleLockTime(0)  # only a dead PID makes a lock stale, never its age
        self._server: QLocalServer | None = None
        self.handlers: dict[str, Handler] = {"activate": self._on_activate}

    def acquire(self) -> bool:
        if not self._lock.tryLock(100):
            return False
        QLocalServer.removeServer(self.key)  # a socket left by a crashed run
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.key):
            log.error("could not listen on %s: %s", self.key, server.errorString())
        server.newConnection.connect(self._accept)
        self._server = server
        return True

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        self._lock.unlock()

    def _accept(self) -> None:
        assert self._server is not None
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket) -> None:
        while socket.canReadLine():
            line = bytes(socket.readLine().data()).strip()
            if not line:
                continue
            reply = self.dispatch(line)
            socket.write(json.dumps(reply, ensure_ascii=False).encode("utf-8") + b"\n")
            socket.flush()

    def dispatch(self, line: bytes) -> dict[str, Any]:
        try:
            message = json.loads(line)
            if not isinstance(message, dict):
                raise ValueError("not an object")
        except ValueError:
            return {"ok": False, "error": "bad message"}
        handler = self.handlers.get(str(message.get("cmd")))
        if handler is None:
            return {"ok": False, "error": f"unknown command {message.get('cmd')!r}"}
        try:
            return handler(message)
        except Exception as exc:
            log.exception("handling %s failed", message.get("cmd"))
            return {"ok": False, "error": str(exc)}

    def _on_activate(self, _message: dict[str, Any]) -> dict[str, Any]:
        log.info("a second launch asked this window to come forward")
        self.activate_requested.emit()
        return {"ok": True}


def instance_running(lock_path: Path) -> bool:
    """True while an AgentDesk window holds the profile's lock.

    Headless commands that would change what that window believes (closing its shift) check
    this first: the window would go on recording calls into a shift that no longer exists.
    A lock left by a crashed window is stale (its PID is dead) and does not count.
    """
    lock = QLockFile(str(lock_path))
    lock.setStaleLockTime(0)  # as the window's own lock: only a dead PID makes it stale
    if lock.tryLock(0):
        lock.unlock()
        return False
    return True


def send_message(
    key: str, message: dict[str, Any], timeout_ms: int = 3000
) -> dict[str, Any] | None:
    """Send one message to the running instance; None when none is running."""
    if QCoreApplication.instance() is None:
        QCoreApplication([])  # QLocalSocket needs an application object, not an event loop
    socket = QLocalSocket()
    socket.connectToServer(key)
    if not socket.waitForConnected(timeout_ms):
        return None
    socket.write(json.dumps(message, ensure_ascii=False).encode("utf-8") + b"\n")
    socket.flush()
    buffer = b""
    while b"\n" not in buffer:
        if not socket.waitForReadyRead(timeout_ms):
            break
        buffer += bytes(socket.readAll().data())
    socket.disconnectFromServer()
    if not buffer.strip():
        return {"ok": False, "error": "no reply"}
    try:
        return json.loads(buffer.split(b"\n", 1)[0])
    except ValueError:
        return {"ok": False, "error": "bad reply"}
