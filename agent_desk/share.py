"""The central share, behind one small interface: a folder, a UNC path or smb://host/share/path.

Every backend writes the same way, because a supervisor must never read half a file and a
re-send must never destroy what is there:

1. if the file already exists: identical (size and SHA-256) counts as sent; different is a
   conflict, reported and never overwritten;
2. otherwise write it under a temporary name (`.<name>.<sha>.partial`, so a retry after a crash
   replaces its own leftover and nothing else), read it back and compare size and SHA-256;
3. rename it into place with a rename that refuses to replace an existing file, and verify it.

Errors become the `Share*` exceptions below, each with a code the UI turns into words. The
password of an smb:// share lives in the OS keyring (service `KEYRING_SERVICE`), never in
config.toml or a log line.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import logging
import os
from collections.abc import Callable
from pathlib import Path, PurePosixPath
from typing import Any, Protocol
from urllib.parse import unquote, urlsplit

from agent_desk.errors import AgentDeskError
from agent_desk.errors import LocalDiskFull as LocalDiskFull  # re-exported: sync, shifts, tests
from agent_desk.errors import is_disk_full as is_disk_full

log = logging.getLogger(__name__)

KEYRING_SERVICE = "AgentDesk share"
SMB_DEFAULT_PORT = 445
SMB_TIMEOUT_SECONDS = 10


# --- errors -------------------------------------------------------------------------------------


class ShareError(AgentDeskError):
    """Something stops publishing; items stay queued unless it is a conflict."""

    code = "share.error"
    template = "{location}: {detail}"


class ShareNotConfigured(ShareError):
    code = "share.not_configured"
    template = "No share is configured (set share.location in the settings)."


class ShareUnavailable(ShareError):
    code = "share.unreachable"
    template = "The share {location} cannot be reached: {detail}"


class ShareAuthFailed(ShareUnavailable):
    code = "share.auth"
    template = "The share {location} refused the user name or password: {detail}"


class ShareReadOnly(ShareError):
    code = "share.read_only"
    template = "The share {location} does not accept files (read-only or no permission): {detail}"


class ShareFull(ShareError):
    code = "share.full"
    template = "There is no space left to write to {location}: {detail}"


class ShareConflict(ShareError):
    code = "share.conflict"
    template = (
        "A different file already exists at {path} ({size} bytes, SHA-256 {sha256}); "
        "it was not overwritten."
    )


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _temp_name(name: str, sha256: str) -> str:
    return f".{name}.{sha256[:12]}.partial"


def _from_oserror(exc: OSError, location: str) -> ShareError:
    detail = exc.strerror or str(exc)
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return ShareFull(detail, location=location)
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return ShareReadOnly(detail, location=location)
    return ShareUnavailable(detail, location=location)


# NTSTATUS values (MS-ERREF) that say "you may not write here" or "no space".
_NT_READ_ONLY = {0xC0000022, 0xC00000A2, 0xC0000061}  # ACCESS_DENIED, MEDIA_WRITE_PROTECTED, …
_NT_FULL = {0xC000007F, 0xC0000044}  # DISK_FULL, QUOTA_EXCEEDED


def _from_ntstatus(exc: OSError, location: str) -> ShareError:
    status = int(getattr(exc, "ntstatus", 0) or 0) & 0xFFFFFFFF
    name = exc.strerror or str(exc)
    if status in _NT_FULL:
        return ShareFull(f"the server's disk is full ({name})", location=location)
    if status in _NT_READ_ONLY:
        return ShareReadOnly(f"access denied ({name})", location=location)
    return _from_oserror(exc, location)


# --- the interface ------------------------------------------------------------------------------


class ShareBackend(Protocol):
    location: str  # for messages: the configured location, never with a password

    def put(self, relative_path: str, content: bytes, sha256: str) -> str:
        """Publish one file; "written" or "already_there". Raises a ShareError."""

    def check(self) -> None:
        """Test the connection by writing and removing a probe file. Raises a ShareError."""


class _Files(Protocol):
    """The few file operations a backend needs, so both backends share one put()."""

    def makedirs(self, path: str) -> None: ...
    def read(self, path: str) -> bytes | None: ...  # None when it does not exist
    def write(self, path: str, content: bytes) -> None: ...
    def rename_new(self, src: str, dst: str) -> bool: ...  # False when dst exists
    def remove(self, path: str) -> None: ...
    def join(self, *parts: str) -> str: ...
    def root_ready(self) -> None: ...


class _Publisher:
    """The write protocol described in the module docstring, over any `_Files`."""

    location: str
    files: _Files

    def put(self, relative_path: str, content: bytes, sha256: str) -> str:
        parts = [p for p in PurePosixPath(relative_path).parts if p not in ("", ".", "..")]
        if not parts:
            raise ValueError(f"bad relative path {relative_path!r}")
        self.files.root_ready()
        folder = self.files.join(*parts[:-1]) if len(parts) > 1 else self.files.join()
        final = self.files.join(*parts)
        temp = self.files.join(*parts[:-1], _temp_name(parts[-1], sha256))
        self.files.makedirs(folder)
        if self._same_or_conflict(final, relative_path, content, sha256):
            return "already_there"
        self.files.remove(temp)
        try:
            self.files.write(temp, content)
            self._verify(temp, content, sha256)
        except BaseException:
            self._quiet_remove(temp)
            raise
        if not self.files.rename_new(temp, final):
            # Someone (or our own earlier attempt) put a file there meanwhile.
            self._quiet_remove(temp)
            if self._same_or_conflict(final, relative_path, content, sha256):
                return "already_there"
            raise ShareUnavailable("the file appeared and vanished again", location=self.location)
        self._verify(final, content, sha256)
        return "written"

    def check(self) -> None:
        self.files.root_ready()
        probe = self.files.join(".agent-desk-probe")
        self.files.remove(probe)
        self.files.write(probe, b"probe")
        self.files.remove(probe)

    def _same_or_conflict(self, path: str, rel: str, content: bytes, sha256: str) -> bool:
        existing = self.files.read(path)
        if existing is None:
            return False
        if len(existing) == len(content) and _sha(existing) == sha256:
            return True
        raise ShareConflict(
            path=rel, size=len(existing), sha256=_sha(existing), location=self.location
        )

    def _verify(self, path: str, content: bytes, sha256: str) -> None:
        written = self.files.read(path)
        if written is None or len(written) != len(content) or _sha(written) != sha256:
            got = "missing" if written is None else f"{len(written)} bytes"
            raise ShareUnavailable(
                f"verification failed after writing ({got}, expected {len(content)} bytes)",
                location=self.location,
            )

    def _quiet_remove(self, path: str) -> None:
        with contextlib.suppress(ShareError, OSError):
            self.files.remove(path)


# --- a local or mounted folder (or a UNC path on Windows) ---------------------------------------


class _LocalFiles:
    def __init__(self, root: Path, location: str) -> None:
        self.root = root
        self.location = location

    def _wrap(self, fn: Callable[[], Any]) -> Any:
        try:
            return fn()
        except OSError as exc:
            raise _from_oserror(exc, self.location) from exc

    def root_ready(self) -> None:
        # Never create the root: an unmounted share must not fill the local mount point.
        if not self._wrap(self.root.is_dir):
            raise ShareUnavailable(
                "the folder does not exist or is not mounted", location=self.location
            )

    def join(self, *parts: str) -> str:
        return str(self.root.joinpath(*parts))

    def makedirs(self, path: str) -> None:
        self._wrap(lambda: Path(path).mkdir(parents=True, exist_ok=True))

    def read(self, path: str) -> bytes | None:
        p = Path(path)
        try:
            return p.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise _from_oserror(exc, self.location) from exc

    def write(self, path: str, content: bytes) -> None:
        def go() -> None:
            with open(path, "wb") as f:
                f.write(content)
                f.flush()
                os.fsync(f.fileno())

        self._wrap(go)

    def rename_new(self, src: str, dst: str) -> bool:
        try:
            # A hard link refuses an existing target atomically; then drop the temp name.
            os.link(src, dst)
        except FileExistsError:
            return False
        except OSError as exc:
            if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EXDEV, errno.EOPNOTSUPP):
                raise _from_oserror(exc, self.location) from exc
            # File systems without hard links: Windows' rename refuses existing targets.
            if os.name != "nt" and os.path.exists(dst):
                return False
            try:
                os.rename(src, dst)
            except FileExistsError:
                return False
            except OSError as exc2:
                raise _from_oserror(exc2, self.location) from exc2
            return True
        self._wrap(lambda: os.unlink(src))
        return True

    def remove(self, path: str) -> None:
        try:
            os.unlink(path)
        except FileNotFoundError:
            pass
        except OSError as exc:
            raise _from_oserror(exc, self.location) from exc


class FolderShare(_Publisher):
    def __init__(self, root: Path, location: str | None = None) -> None:
        self.location = location or str(root)
        self.files = _LocalFiles(root, self.location)


# --- smb:// through smbprotocol -----------------------------------------------------------------


class _SmbFiles:
    def __init__(
        self,
        server: str,
        port: int,
        share: str,
        base: str,
        username: str,
        password: str,
        location: str,
    ) -> None:
        self.location = location
        self._unc_root = f"\\\\{server}\\{share}" + (f"\\{base}" if base else "")
        self._share_root = f"\\\\{server}\\{share}"
        self._cache: dict[str, Any] = {}
        self._kw: dict[str, Any] = {
            "port": port,
            "username": username or None,
            "password": password or None,
            "connection_timeout": SMB_TIMEOUT_SECONDS,
            "connection_cache": self._cache,
        }

    def _wrap(self, fn: Callable[[], Any]) -> Any:
        from smbprotocol.exceptions import SMBAuthenticationError, SMBOSError, SMBResponseException

        try:
            return fn()
        except SMBAuthenticationError as exc:
            self._reset()
            raise ShareAuthFailed(str(exc), location=self.location) from exc
        except SMBOSError as exc:
            error = _from_ntstatus(exc, self.location)
            if isinstance(error, ShareUnavailable):
                self._reset()
            raise error from exc
        except SMBResponseException as exc:
            self._reset()
            raise ShareUnavailable(str(exc), location=self.location) from exc
        except ShareError:
            raise
        except Exception as exc:  # connection refused, closed, timed out, protocol errors
            self._reset()
            detail = f"{exc.__class__.__name__}: {exc}"
            raise ShareUnavailable(detail, location=self.location) from exc

    def _reset(self) -> None:
        import smbclient

        try:
            smbclient.reset_connection_cache(connection_cache=self._cache)
        except Exception:  # a dead connection may fail to close; it is dropped anyway
            self._cache.clear()

    def root_ready(self) -> None:
        import smbclient

        if self._unc_root != self._share_root:
            self._wrap(lambda: smbclient.makedirs(self._unc_root, exist_ok=True, **self._kw))
        else:
            self._wrap(lambda: smbclient.stat(self._share_root, **self._kw))

    def join(self, *parts: str) -> str:
        return "\\".join((self._unc_root, *parts)) if parts else self._unc_root

    def makedirs(self, path: str) -> None:
        import smbclient

        self._wrap(lambda: smbclient.makedirs(path, exist_ok=True, **self._kw))

    def read(self, path: str) -> bytes | None:
        import smbclient

        def go() -> bytes | None:
            try:
                with smbclient.open_file(path, mode="rb", **self._kw) as f:
                    return f.read()
            except OSError as exc:  # SMBOSError carries errno but is not FileNotFoundError
                if exc.errno == errno.ENOENT:
                    return None
                raise

        return self._wrap(go)

    def write(self, path: str, content: bytes) -> None:
        import smbclient

        def go() -> None:
            with smbclient.open_file(path, mode="wb", **self._kw) as f:
                f.write(content)

        self._wrap(go)

    def rename_new(self, src: str, dst: str) -> bool:
        import smbclient

        def go() -> bool:
            try:
                smbclient.rename(src, dst, **self._kw)  # refused when dst exists
            except OSError as exc:
                if exc.errno == errno.EEXIST:
                    return False
                raise
            return True

        return self._wrap(go)

    def remove(self, path: str) -> None:
        import smbclient

        def go() -> None:
            try:
                smbclient.remove(path, **self._kw)
            except OSError as exc:
                if exc.errno != errno.ENOENT:
                    raise

        self._wrap(go)


class SmbShare(_Publisher):
    def __init__(
        self,
        server: str,
        share: str,
        base: str = "",
        port: int = SMB_DEFAULT_PORT,
        username: str = "",
        password: str = "",
        location: str | None = None,
    ) -> None:
        self.location = location or f"smb://{server}:{port}/{share}/{base}".rstrip("/")
        self.files = _SmbFiles(server, port, share, base, username, password, self.location)


# --- choosing a backend -------------------------------------------------------------------------


def parse_location(location: str) -> tuple[str, dict[str, Any]]:
    """("folder", {root}) or ("smb", {server, port, share, base}) for a configured location."""
    text = location.strip()
    if text.lower().startswith("smb://"):
        url = urlsplit(text)
        parts = [unquote(p) for p in url.path.split("/") if p]
        if not url.hostname or not parts:
            raise ShareNotConfigured(location=text)
        return "smb", {
            "server": url.hostname,
            "port": url.port or SMB_DEFAULT_PORT,
            "share": parts[0],
            "base": "\\".join(parts[1:]),
        }
    if (text.startswith("\\\\") or text.startswith("//")) and os.name != "nt":
        parts = [p for p in text.replace("/", "\\").split("\\") if p]
        if len(parts) < 2:
            raise ShareNotConfigured(location=text)
        return "smb", {
            "server": parts[0],
            "port": SMB_DEFAULT_PORT,
            "share": parts[1],
            "base": "\\".join(parts[2:]),
        }
    # A folder, a mounted share, or a UNC path that Windows opens itself.
    return "folder", {"root": Path(text).expanduser()}


def get_share_password(username: str) -> str:
    import keyring

    try:
        return keyring.get_password(KEYRING_SERVICE, username) or ""
    except Exception as exc:  # no keyring backend on this machine
        log.warning("could not read the share password from the keyring: %s", exc.__class__)
        return ""


def set_share_password(username: str, password: str) -> None:
    import keyring

    if password:
        keyring.set_password(KEYRING_SERVICE, username, password)
    else:
        with contextlib.suppress(Exception):
            keyring.delete_password(KEYRING_SERVICE, username)


def open_share(location: str, username: str = "", password: str | None = None) -> ShareBackend:
    """The backend for a configured location; the password comes from the keyring by default."""
    if not location.strip():
        raise ShareNotConfigured(location="")
    kind, spec = parse_location(location)
    if kind == "folder":
        return FolderShare(spec["root"], location.strip())
    if password is None:
        password = get_share_password(username) if username else ""
    return SmbShare(
        spec["server"],
        spec["share"],
        spec["base"],
        spec["port"],
        username,
        password,
        location=location.strip(),
    )
