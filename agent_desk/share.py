"""The central share, behind one small interface: a folder, a UNC path or smb://host/share/path.

Every backend writes the same way, because a supervisor must never read half a file and a
re-send must never destroy what is there:

1. if the file already exists: identical (size and SHA-256) counts as sent; different is a
   conflict, reported and never overwritten;
2. otherwise write it under a temporary name (`.<name>.<sha>.partial`, so a retry after a crash
   replaces its own leftover and nothing else), read it back and compare size and SHA-256;
3. rename it into place with a rename that refuses to replace an existing file, and verify it.

Errors become the `Share*` exceptions below, each with a code the UI turns into words: a
share-wide problem (unreachable, read-only, full) keeps every item queued; a problem of one
item (its name is too long or invalid, a link stands in its way) is `ShareItemRefused`, so
only that item fails; a refused logon is `ShareAuthFailed`, which the sync never retries with
the same credentials. The password of an smb:// share lives in the OS keyring (service
`KEYRING_SERVICE`), never in config.toml or a log line.

Writes to a folder or UNC share never follow a link out of the share's root: on POSIX every
folder is opened relative to its parent with O_NOFOLLOW (`openat`), and no file is opened
through a link; elsewhere each part of the path is checked not to be a link or junction and
the result to lie inside the root.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import logging
import os
import stat
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


class ShareAuthFailed(ShareError):
    """A refused logon: retrying it could lock the share's service account, so the sync does
    not try again until the location, user name or password change."""

    code = "share.auth"
    template = (
        "The share {location} refused the user name or password ({detail}); it is not tried "
        "again until the share settings or the password change."
    )


class SharePasswordStoreMissing(ShareError):
    """Saving an smb:// share's password on a PC where no OS keyring works: refused before any
    setting changes, since the password could be kept nowhere (never in config.toml)."""

    code = "share.no_keyring"
    template = (
        "No password store works on this PC, so the share password cannot be kept; use a "
        "mounted share or a folder path (see README)."
    )


class SharePasswordNotKept(ShareError):
    """The OS keyring is there but failed to keep the password (locked, refused, D-Bus)."""

    code = "share.keyring_failed"
    template = (
        "The system's password store did not keep the share password ({detail}); the share "
        "settings were not changed."
    )


class SharePasswordUnavailable(ShareError):
    """The password of an smb:// share cannot be had on this PC: the share is not asked, and
    this is never taken for a refused logon (it is tried again once a password is stored)."""


class SharePasswordUnreadable(SharePasswordUnavailable):
    code = "share.keyring_unreadable"
    template = (
        "The password of the share {location} cannot be read: no password store works on this "
        "PC ({detail}). Mount the share and use its folder path, or set up a password store "
        "(see README)."
    )


class SharePasswordMissing(SharePasswordUnavailable):
    code = "share.no_password"
    template = (
        "No password of user {username} for the share {location} is stored on this PC; an "
        "administrator types it in File > Share settings…."
    )


class ShareItemRefused(ShareError):
    """One file the share cannot take (its name, a link in its path): it fails alone."""

    code = "share.item"
    template = "{path} cannot be written to the share {location}: {detail}"


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


# A problem of the one file being written, not of the share.
_ITEM_ERRNOS = {
    errno.ENAMETOOLONG,
    errno.EINVAL,
    errno.EILSEQ,
    errno.ELOOP,
    errno.ENOTDIR,
    errno.EISDIR,
}


def _from_oserror(exc: OSError, location: str, path: str = "") -> ShareError:
    detail = exc.strerror or str(exc)
    if exc.errno in _ITEM_ERRNOS:
        return ShareItemRefused(detail, location=location, path=path or exc.filename or "")
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return ShareFull(detail, location=location)
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return ShareReadOnly(detail, location=location)
    return ShareUnavailable(detail, location=location)


# NTSTATUS values (MS-ERREF) that say "you may not write here" or "no space".
_NT_READ_ONLY = {0xC0000022, 0xC00000A2, 0xC0000061}  # ACCESS_DENIED, MEDIA_WRITE_PROTECTED, …
_NT_FULL = {0xC000007F, 0xC0000044}  # DISK_FULL, QUOTA_EXCEEDED
# The logon was refused: LOGON_FAILURE, WRONG_PASSWORD, ACCOUNT_RESTRICTION, PASSWORD_EXPIRED,
# ACCOUNT_DISABLED, ACCOUNT_LOCKED_OUT, PASSWORD_MUST_CHANGE, NO_SUCH_USER, ACCOUNT_EXPIRED.
_NT_LOGON = {
    0xC000006D,
    0xC000006A,
    0xC000006E,
    0xC0000071,
    0xC0000072,
    0xC0000234,
    0xC0000224,
    0xC0000064,
    0xC0000193,
}
# One file's name or path: OBJECT_NAME_INVALID, OBJECT_PATH_INVALID, OBJECT_PATH_SYNTAX_BAD,
# NAME_TOO_LONG, STOPPED_ON_SYMLINK, FILE_IS_A_DIRECTORY, NOT_A_DIRECTORY, OBJECT_NAME_COLLISION
# of a folder with a file.
_NT_ITEM = {0xC0000033, 0xC0000039, 0xC000003B, 0xC0000106, 0x8000002D, 0xC00000BA, 0xC0000103}


def _ntstatus(exc: BaseException) -> int:
    return int(getattr(exc, "ntstatus", None) or getattr(exc, "status", 0) or 0) & 0xFFFFFFFF


def _from_ntstatus(exc: OSError, location: str, path: str = "") -> ShareError:
    status = _ntstatus(exc)
    name = exc.strerror or str(exc)
    if status in _NT_LOGON:
        return ShareAuthFailed(name, location=location)
    if status in _NT_FULL:
        return ShareFull(f"the server's disk is full ({name})", location=location)
    if status in _NT_READ_ONLY:
        return ShareReadOnly(f"access denied ({name})", location=location)
    if status in _NT_ITEM:
        return ShareItemRefused(name, location=location, path=path)
    return _from_oserror(exc, location, path)


def is_refused_logon(exc: BaseException) -> bool:
    """Whether an SMB error is the server refusing the user name or password (the report and
    the sync both stop on it rather than try again)."""
    return _ntstatus(exc) in _NT_LOGON


# --- the interface ------------------------------------------------------------------------------


class ShareBackend(Protocol):
    location: str  # for messages: the configured location, never with a password

    def put(self, relative_path: str, content: bytes, sha256: str) -> str:
        """Publish one file; "written" or "already_there". Raises a ShareError."""

    def check(self) -> None:
        """Test the connection by writing and removing a probe file. Raises a ShareError."""

    def credentials(self) -> tuple[str, str, str] | None:
        """(location, user name, password) a logon uses; None where the OS logs on."""


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

    def credentials(self) -> tuple[str, str, str] | None:
        return None

    def put(self, relative_path: str, content: bytes, sha256: str) -> str:
        parts = [p for p in PurePosixPath(relative_path).parts if p not in ("", ".", "..")]
        if not parts or "\\" in relative_path:
            raise ShareItemRefused(
                "not a path inside the share", path=relative_path, location=self.location
            )
        self.files.root_ready()
        try:
            return self._put(parts, relative_path, content, sha256)
        except ShareItemRefused as exc:
            exc.params["path"] = relative_path  # the item's own path, not the server's
            raise

    def _put(self, parts: list[str], relative_path: str, content: bytes, sha256: str) -> str:
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


# Opening folders relative to their parent with O_NOFOLLOW needs these (Linux, macOS, BSD).
_AT_CALLS = os.open in os.supports_dir_fd and os.mkdir in os.supports_dir_fd
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_DIRECTORY = getattr(os, "O_DIRECTORY", 0)
_BINARY = getattr(os, "O_BINARY", 0)
_REPARSE_POINT = 0x400  # FILE_ATTRIBUTE_REPARSE_POINT (junctions, links) on Windows


class _LocalFiles:
    """A folder share's files, by paths relative to its root that never leave it.

    `join` gives a relative path; every operation walks it from the root without following a
    link: a link (or a file) where a folder is expected, or a link where the file is, refuses
    that one item (ShareItemRefused), so a link planted on the share cannot make `sync` write
    outside it.
    """

    def __init__(self, root: Path, location: str) -> None:
        self.root = root
        self.location = location

    def _error(self, exc: OSError, rel: str) -> ShareError:
        if exc.errno in (errno.ELOOP, errno.ENOTDIR, errno.EMLINK):
            return ShareItemRefused(
                "a link or a file stands where a folder of the share is expected; links are "
                "never followed",
                location=self.location,
                path=rel,
            )
        return _from_oserror(exc, self.location, rel)

    def root_ready(self) -> None:
        # Never create the root: an unmounted share must not fill the local mount point.
        try:
            ready = self.root.is_dir()
        except OSError as exc:
            raise _from_oserror(exc, self.location) from exc
        if not ready:
            raise ShareUnavailable(
                "the folder does not exist or is not mounted", location=self.location
            )

    def join(self, *parts: str) -> str:
        return "/".join(parts)

    # --- walking without links ---

    def _folder_fd(self, folders: list[str], create: bool) -> int | None:
        """An fd of the folder below the root, opened part by part with O_NOFOLLOW; None when
        a part does not exist and `create` is false."""
        fd = os.open(self.root, os.O_RDONLY | _DIRECTORY)
        try:
            for name in folders:
                if create:
                    with contextlib.suppress(FileExistsError):
                        os.mkdir(name, dir_fd=fd)
                try:
                    child = os.open(name, os.O_RDONLY | _DIRECTORY | _NOFOLLOW, dir_fd=fd)
                except FileNotFoundError:
                    if create:
                        raise
                    os.close(fd)
                    return None
                os.close(fd)
                fd = child
            return fd
        except BaseException:
            os.close(fd)
            raise

    def _checked(self, rel: str) -> str:
        """Where no `openat` exists (Windows): every existing part of the path must be a plain
        folder (no link, no junction) and the whole must lie inside the root."""
        path = self.root
        for name in rel.split("/"):
            path = path / name
            try:
                st = os.lstat(path)
            except FileNotFoundError:
                break
            if stat.S_ISLNK(st.st_mode) or getattr(st, "st_file_attributes", 0) & _REPARSE_POINT:
                raise OSError(errno.ELOOP, "a link on the share", str(path))
        root = os.path.realpath(self.root)
        full = os.path.realpath(self.root / rel)
        if os.path.commonpath([root, full]) != root:
            raise OSError(errno.ELOOP, "outside the share", full)
        return str(self.root / rel)

    def _split(self, rel: str) -> tuple[list[str], str]:
        parts = rel.split("/")
        return parts[:-1], parts[-1]

    # --- the operations _Publisher needs ---

    def makedirs(self, rel: str) -> None:
        try:
            if _AT_CALLS:
                fd = self._folder_fd([p for p in rel.split("/") if p], create=True)
                if fd is not None:
                    os.close(fd)
            else:
                os.makedirs(self._checked(rel), exist_ok=True)
                self._checked(rel)
        except OSError as exc:
            raise self._error(exc, rel) from exc

    def read(self, rel: str) -> bytes | None:
        folders, name = self._split(rel)
        try:
            if _AT_CALLS:
                fd = self._folder_fd(folders, create=False)
                if fd is None:
                    return None
                try:
                    file_fd = os.open(name, os.O_RDONLY | _NOFOLLOW, dir_fd=fd)
                finally:
                    os.close(fd)
            else:
                file_fd = os.open(self._checked(rel), os.O_RDONLY | _BINARY)
            with open(file_fd, "rb") as f:
                return f.read()
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise self._error(exc, rel) from exc

    def write(self, rel: str, content: bytes) -> None:
        folders, name = self._split(rel)
        flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | _NOFOLLOW | _BINARY
        try:
            if _AT_CALLS:
                fd = self._folder_fd(folders, create=False)
                if fd is None:
                    raise FileNotFoundError(errno.ENOENT, "the folder vanished", rel)
                try:
                    file_fd = os.open(name, flags, 0o666, dir_fd=fd)
                finally:
                    os.close(fd)
            else:
                file_fd = os.open(self._checked(rel), flags, 0o666)
            with open(file_fd, "wb") as f:
                f.write(content)
                f.flush()
                os.fsync(f.fileno())
        except OSError as exc:
            raise self._error(exc, rel) from exc

    def rename_new(self, src: str, dst: str) -> bool:
        """Put `src` at `dst` unless something is there; both in one folder."""
        folders, src_name = self._split(src)
        dst_name = self._split(dst)[1]
        try:
            if not _AT_CALLS:
                return self._rename_checked(self._checked(src), self._checked(dst))
            fd = self._folder_fd(folders, create=False)
            if fd is None:
                raise FileNotFoundError(errno.ENOENT, "the folder vanished", src)
            try:
                return self._rename_at(fd, src_name, dst_name)
            finally:
                os.close(fd)
        except OSError as exc:
            raise self._error(exc, dst) from exc

    @staticmethod
    def _rename_at(fd: int, src: str, dst: str) -> bool:
        try:
            # A hard link refuses an existing target atomically; then drop the temp name.
            os.link(src, dst, src_dir_fd=fd, dst_dir_fd=fd, follow_symlinks=False)
        except FileExistsError:
            return False
        except OSError as exc:
            if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EXDEV, errno.EOPNOTSUPP):
                raise
            # File systems without hard links (some mounts): check, then rename.
            try:
                os.stat(dst, dir_fd=fd, follow_symlinks=False)
                return False
            except FileNotFoundError:
                pass
            os.rename(src, dst, src_dir_fd=fd, dst_dir_fd=fd)
            return True
        os.unlink(src, dir_fd=fd)
        return True

    @staticmethod
    def _rename_checked(src: str, dst: str) -> bool:
        try:
            os.link(src, dst)
        except FileExistsError:
            return False
        except OSError as exc:
            if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EXDEV, errno.EOPNOTSUPP):
                raise
            # Windows' rename refuses an existing target.
            if os.name != "nt" and os.path.lexists(dst):
                return False
            try:
                os.rename(src, dst)
            except FileExistsError:
                return False
            return True
        os.unlink(src)
        return True

    def remove(self, rel: str) -> None:
        folders, name = self._split(rel)
        try:
            if _AT_CALLS:
                fd = self._folder_fd(folders, create=False)
                if fd is None:
                    return
                try:
                    os.unlink(name, dir_fd=fd)
                finally:
                    os.close(fd)
            else:
                os.unlink(self._checked(rel))
        except FileNotFoundError:
            pass
        except OSError as exc:
            raise self._error(exc, rel) from exc


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
            if isinstance(error, ShareUnavailable | ShareAuthFailed):
                self._reset()
            raise error from exc
        except SMBResponseException as exc:
            self._reset()
            if _ntstatus(exc) in _NT_LOGON:  # the session set-up refused the logon
                raise ShareAuthFailed(str(exc), location=self.location) from exc
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
        self._username, self._password = username, password
        self.files = _SmbFiles(server, port, share, base, username, password, self.location)

    def credentials(self) -> tuple[str, str, str] | None:
        return self.location, self._username, self._password


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


def get_share_password(username: str, location: str = "") -> str:
    """The stored password of `username` ("" for no user name). Raises SharePasswordUnreadable
    when no keyring works or it fails to answer, SharePasswordMissing when none is stored:
    both are said as such, never as the server refusing the logon."""
    from agent_desk.dbkey import os_keyring

    if not username:
        return ""
    ring = os_keyring()
    if ring is None:
        raise SharePasswordUnreadable("no keyring backend", location=location, username=username)
    try:
        password = ring.get_password(KEYRING_SERVICE, username)
    except Exception as exc:  # a locked or broken keyring (D-Bus, a refused unlock)
        log.warning("could not read the share password from the keyring: %r", exc)
        raise SharePasswordUnreadable(
            exc.__class__.__name__, location=location, username=username
        ) from None
    if not password:
        raise SharePasswordMissing(location=location, username=username)
    return str(password)


def stored_share_password(username: str) -> str | None:
    """The stored password as it is, None when there is none or it cannot be read (what a
    failed change of the settings puts back)."""
    from agent_desk.dbkey import os_keyring

    ring = os_keyring()
    try:
        return ring.get_password(KEYRING_SERVICE, username) if ring is not None else None
    except Exception:  # unreadable: there is nothing to put back
        return None


def needs_password(location: str, username: str) -> bool:
    """Whether the desk logs on to this location with a stored password (an smb:// share, or a
    UNC path off Windows, with a user name)."""
    if not username or not location.strip():
        return False
    try:
        return parse_location(location)[0] == "smb"
    except ShareError:
        return False


def check_password_store() -> None:
    """Raises SharePasswordStoreMissing unless an OS keyring works: checked before a share
    setting changes, so a password that could be kept nowhere is not asked for in vain."""
    from agent_desk.dbkey import os_keyring

    if os_keyring() is None:
        raise SharePasswordStoreMissing()


def set_share_password(username: str, password: str) -> None:
    """Keep (or, with "", forget) the password; SharePasswordStoreMissing without a working
    keyring, SharePasswordNotKept when it fails. Nothing was kept when it raises."""
    from agent_desk.dbkey import os_keyring

    ring = os_keyring()
    if ring is None:
        raise SharePasswordStoreMissing()
    if not password:
        with contextlib.suppress(Exception):
            ring.delete_password(KEYRING_SERVICE, username)
        return
    try:
        ring.set_password(KEYRING_SERVICE, username, password)
    except Exception as exc:  # the keyring module's errors, D-Bus, a refused unlock
        log.warning("the keyring did not keep the share password: %r", exc)
        raise SharePasswordNotKept(exc.__class__.__name__) from None


def open_share(location: str, username: str = "", password: str | None = None) -> ShareBackend:
    """The backend for a configured location; the password comes from the keyring by default."""
    if not location.strip():
        raise ShareNotConfigured(location="")
    kind, spec = parse_location(location)
    if kind == "folder":
        return FolderShare(spec["root"], location.strip())
    if password is None:
        password = get_share_password(username, location.strip())
    return SmbShare(
        spec["server"],
        spec["share"],
        spec["base"],
        spec["port"],
        username,
        password,
        location=location.strip(),
    )
