"""One running AgentDesk per profile, and the local channel other processes talk to it on.

A QLockFile (stale after a crash is detected by PID) decides who runs; the winner listens on a
QLocalServer whose socket is a file in the per-user runtime folder, named from the profile
(`agent_desk.local_socket`), so a softphone started with any TMPDIR finds it. A socket path
owned by someone else is refused: the window still runs, without the channel, and says why.
A second launch sends {"cmd": "activate"} and exits. The same channel carries CTI events
(ring/answer/hangup) as one JSON object per line; a line over 64 KiB or one that is not a JSON
object gets an error reply (never a dialog), and the connection is closed after an over-long
line, whose end cannot be found.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from agent_desk.errors import AgentDeskError
from agent_desk.local_socket import check_client_path, prepare_server_path
from agent_desk.paths import Profile

log = logging.getLogger(__name__)

Handler = Callable[[dict[str, Any]], dict[str, Any]]

LOCK_FILE = "agent-desk.lock"  # in the profile's data folder
LINE_MAX = 64 * 1024  # one message; a CTI event is a few hundred bytes


class InstanceGuard(QObject):
    activate_requested = Signal()

    def __init__(self, profile: Profile, lock_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.profile = profile
        self.name = ""  # the socket path (a pipe name on Windows) once listening
        self.refused: AgentDeskError | None = None  # why there is no channel, if there is none
        self._lock = QLockFile(str(lock_path))
        self._lock.setStaleLockTime(0)  # only a dead PID makes a lock stale, never its age
        self._server: QLocalServer | None = None
        self.handlers: dict[str, Handler] = {"activate": self._on_activate}

    def acquire(self) -> bool:
        if not self._lock.tryLock(100):
            return False
        _owner_only(self._lock.fileName())
        try:
            name = prepare_server_path(self.profile)
        except (AgentDeskError, OSError) as exc:
            self.refused = exc if isinstance(exc, AgentDeskError) else AgentDeskError(str(exc))
            log.error("no local channel for CTI commands: %s", self.refused.message)
            return True  # this window runs; softphones cannot reach it, which it says
        QLocalServer.removeServer(name)  # our own socket left by a crashed run
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(name):
            log.error("could not listen on %s: %s", name, server.errorString())
        server.newConnection.connect(self._accept)
        self._server = server
        self.name = name
        log.info("local channel listening on %s", name)
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
        try:
            self._read_lines(socket)
        except Exception:  # never into Qt's event loop: that is a dialog and a dead window
            log.exception("a message on the local channel could not be handled")
            self._reply(socket, {"ok": False, "error": "the message could not be handled"})
            socket.disconnectFromServer()

    def _read_lines(self, socket: QLocalSocket) -> None:
        while socket.canReadLine():
            line = bytes(socket.readLine(LINE_MAX + 2).data())
            if not line.endswith(b"\n"):
                self._reply(socket, {"ok": False, "error": f"message over {LINE_MAX} bytes"})
                socket.disconnectFromServer()
                return
            line = line.strip()
            if line:
                self._reply(socket, self.dispatch(line))
        if socket.bytesAvailable() > LINE_MAX:
            self._reply(socket, {"ok": False, "error": f"message over {LINE_MAX} bytes"})
            socket.disconnectFromServer()

    @staticmethod
    def _reply(socket: QLocalSocket, reply: dict[str, Any]) -> None:
        socket.write(json.dumps(reply, ensure_ascii=True).encode("ascii") + b"\n")
        socket.flush()

    def dispatch(self, line: bytes) -> dict[str, Any]:
        if len(line) > LINE_MAX:
            return {"ok": False, "error": f"message over {LINE_MAX} bytes"}
        try:
            message = json.loads(line)
            if not isinstance(message, dict):
                raise ValueError("not an object")
        except (ValueError, RecursionError):  # [[[[…]]]] nested deep enough to overflow
            return {"ok": False, "error": "bad message: not a JSON object"}
        message = _text_only(message)
        handler = self.handlers.get(str(message.get("cmd")))
        if handler is None:
            return {"ok": False, "error": f"unknown command {message.get('cmd')!r}"}
        try:
            return handler(message)
        except AgentDeskError as exc:
            return {"ok": False, "error": exc.message}
        except Exception as exc:
            log.exception("handling %s failed", message.get("cmd"))
            return {"ok": False, "error": str(exc)}

    def _on_activate(self, _message: dict[str, Any]) -> dict[str, Any]:
        log.info("a second launch asked this window to come forward")
        self.activate_requested.emit()
        return {"ok": True}


def _text_only(message: dict[str, Any]) -> dict[str, Any]:
    """The message's strings with lone surrogates (JSON's "\ud800", never valid text) made
    U+FFFD: a caller's name must not fail the database or the reply."""

    def clean(value: Any) -> Any:
        if isinstance(value, str):
            return value.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
        return value

    return {clean(k): clean(v) for k, v in message.items()}


def _owner_only(path: str) -> None:
    """The lock names the PC and the process: private like the rest of the profile (QLockFile
    creates it with the umask, 0644)."""
    try:
        os.chmod(path, 0o600)
    except OSError as exc:  # Windows ignores the bits; a failure here is no reason to stop
        log.debug("lock file %s left as it was: %s", path, exc)


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


def hold_lock(lock_path: Path) -> QLockFile | None:
    """The profile's lock, held by a headless command for as long as a window must not start
    on the profile (converting its database); None while a window holds it. `unlock()` it."""
    lock = QLockFile(str(lock_path))
    lock.setStaleLockTime(0)  # as the window's own lock: only a dead PID makes it stale
    return lock if lock.tryLock(0) else None


def send_message(
    target: Profile | str, message: dict[str, Any], timeout_ms: int = 3000
) -> dict[str, Any] | None:
    """Send one message to the running instance of a profile (or a socket name).

    None when none is running; raises SocketPathRefused when the socket is someone else's.
    """
    name = check_client_path(target) if isinstance(target, Profile) else target
    if name is None:
        return None
    if QCoreApplication.instance() is None:
        QCoreApplication([])  # QLocalSocket needs an application object, not an event loop
    socket = QLocalSocket()
    socket.connectToServer(name)
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
        reply = json.loads(buffer.split(b"\n", 1)[0])
    except ValueError:
        return {"ok": False, "error": "bad reply"}
    return reply if isinstance(reply, dict) else {"ok": False, "error": "bad reply"}
