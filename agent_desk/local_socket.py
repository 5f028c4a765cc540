"""Where the running AgentDesk's local socket lives, and who may own it.

The CTI commands (`agent-desk ring|answer|hangup`) find the running window of a profile through
a local socket named from the profile. It used to be a bare name, which Qt puts under $TMPDIR:
a softphone started with another TMPDIR (a Flatpak one, a service) looked elsewhere and got
"not running". On Linux and macOS the socket is now a file in the per-user runtime folder
(platformdirs `user_runtime_dir`, which is private: mode 0700), the same whatever TMPDIR is;
on Windows it stays a named pipe, which has no folder.

Without XDG_RUNTIME_DIR and /run/user/<uid>, platformdirs falls back to a folder under TMPDIR,
which is exactly what must not decide; then a fixed /tmp/runtime-<uid> is used, as platformdirs
does for a process without TMPDIR. A folder or socket file another user owns (or that others
may enter) is refused, never used: it could be someone listening in on calls.

No Qt here: the CLI computes the name before it creates a QLocalSocket.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
from pathlib import Path

from agent_desk import APP_NAME
from agent_desk.errors import AgentDeskError
from agent_desk.paths import Profile

RUNTIME_ENV = "XDG_RUNTIME_DIR"
FIXED_TEMP = "/tmp"  # only when there is no runtime folder, and then checked like one
SOCKET_SUFFIX = ".sock"
# A Unix socket's path must fit sockaddr_un.sun_path: 108 bytes on Linux, 104 on macOS.
SOCKET_PATH_MAX = 103


class SocketPathRefused(AgentDeskError):
    """The socket's folder or file belongs to someone else or is open to others."""

    code = "socket.refused"
    template = "The local socket {path} is not safe to use: {detail}."


def uses_named_pipe() -> bool:
    return sys.platform == "win32"


def runtime_dir() -> Path:
    """The per-user runtime folder for AgentDesk's sockets (not created here)."""
    import platformdirs

    if sys.platform.startswith("linux") or "bsd" in sys.platform:
        xdg = os.environ.get(RUNTIME_ENV, "")
        system = Path(f"/run/user/{os.geteuid()}")
        if not (xdg and Path(xdg).is_absolute()) and not system.is_dir():
            return Path(FIXED_TEMP) / f"runtime-{os.geteuid()}" / APP_NAME
    return Path(platformdirs.user_runtime_dir(APP_NAME, APP_NAME))


def socket_name(profile: Profile) -> str:
    """What the app listens on and the CLI connects to: a path, or a pipe name on Windows."""
    if uses_named_pipe():
        return profile.instance_key
    return str(runtime_dir() / f"{profile.instance_key}{SOCKET_SUFFIX}")


def prepare_server_path(profile: Profile) -> str:
    """The socket path for the app, its folder made private; refused if someone else's.

    A socket file of ours left by a crashed run is for the caller to remove (QLocalServer's
    removeServer); one that is not ours, or not a socket, is never touched.
    """
    name = socket_name(profile)
    if uses_named_pipe():
        return name
    _check_length(name)
    path = Path(name)
    _make_private_dirs(path.parent)
    _check_file(path)
    return name


def check_client_path(profile: Profile) -> str | None:
    """The path the CLI may connect to; None when no app can be listening there.

    Refuses (raises) when the folder or the socket belongs to another user: the CLI must not
    hand a caller's number to a stranger's socket.
    """
    name = socket_name(profile)
    if uses_named_pipe():
        return name
    _check_length(name)
    path = Path(name)
    try:
        _check_dir(path.parent)
    except FileNotFoundError:
        return None
    if not path.exists():
        return None
    _check_file(path)
    return name


def _check_length(name: str) -> None:
    size = len(os.fsencode(name))
    if size > SOCKET_PATH_MAX:
        raise SocketPathRefused(
            path=name,
            detail=f"it is {size} bytes long and a local socket's path may have "
            f"{SOCKET_PATH_MAX}; set XDG_RUNTIME_DIR to a shorter folder",
        )


def _make_private_dirs(folder: Path) -> None:
    missing: list[Path] = []
    current = folder
    while not current.exists():
        missing.append(current)
        current = current.parent
    for part in reversed(missing):
        # Another AgentDesk may have made it a moment ago; checked below like any other.
        with contextlib.suppress(FileExistsError):
            part.mkdir(mode=0o700)
    # Our own folder, and the runtime-<uid> fallback above it, must be ours and private.
    # (/run/user/<uid> and $XDG_RUNTIME_DIR are the login session's and private already.)
    ours = [folder]
    if folder.parent.name == f"runtime-{os.geteuid()}":
        ours.insert(0, folder.parent)
    for part in ours:
        _check_dir(part, repair=True)


def _check_dir(folder: Path, repair: bool = False) -> None:
    info = folder.lstat()  # raises FileNotFoundError when missing
    if stat.S_ISLNK(info.st_mode) or not stat.S_ISDIR(info.st_mode):
        raise SocketPathRefused(path=str(folder), detail="it is not a folder")
    if info.st_uid != os.geteuid():
        raise SocketPathRefused(path=str(folder), detail=f"it belongs to user id {info.st_uid}")
    if info.st_mode & 0o077:
        if not repair:
            raise SocketPathRefused(
                path=str(folder), detail=f"others may enter it (mode {info.st_mode & 0o777:o})"
            )
        folder.chmod(0o700)


def _check_file(path: Path) -> None:
    try:
        info = path.lstat()
    except FileNotFoundError:
        return
    if info.st_uid != os.geteuid():
        raise SocketPathRefused(path=str(path), detail=f"it belongs to user id {info.st_uid}")
    if not stat.S_ISSOCK(info.st_mode):
        raise SocketPathRefused(path=str(path), detail="it is not a socket")
