"""Is a path on a network file system?

SQLite's WAL needs every user of a database on one host, so the database must never sit on a
share. A UNC path is the easy case; a drive letter mapped to an SMB share (Windows) or a
cifs/smb3/nfs mount (Linux) looks local and must be caught too.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

NETWORK_FSTYPES = frozenset(
    {
        "cifs", "smb3", "smbfs", "smb2", "nfs", "nfs4", "ncpfs", "afs", "9p", "ceph",
        "fuse.sshfs", "fuse.smbnetfs", "fuse.gvfsd-fuse", "glusterfs", "lustre", "davfs",
    }
)  # fmt: skip


@dataclass(frozen=True)
class Mount:
    point: str
    fstype: str


def parse_mountinfo(text: str) -> list[Mount]:
    """Parse /proc/self/mountinfo: the mount point is field 5, the type follows the ' - '."""
    mounts: list[Mount] = []
    for line in text.splitlines():
        left, sep, right = line.partition(" - ")
        fields = left.split()
        if not sep or len(fields) < 5 or not right.split():
            continue
        point = fields[4].replace("\\040", " ").replace("\\011", "\t").replace("\\134", "\\")
        mounts.append(Mount(point, right.split()[0]))
    return mounts


def mount_of(path: str, mounts: list[Mount]) -> Mount | None:
    best: Mount | None = None
    for m in mounts:
        prefix = m.point.rstrip("/") + "/"
        if (path == m.point or path.startswith(prefix) or m.point == "/") and (
            best is None or len(m.point) > len(best.point)
        ):
            best = m
    return best


def is_unc(path: str) -> bool:
    return path.startswith(("\\\\", "//")) and not path.startswith(("\\\\?\\", "\\\\.\\"))


def network_fstype(path: Path, mountinfo: str | None = None) -> str | None:
    """The network file-system type under `path`, or None when it is local."""
    raw = str(path)
    if is_unc(raw):
        return "unc"
    if sys.platform == "win32":
        return _windows_remote_drive(path)
    resolved = os.path.realpath(raw)
    if mountinfo is None:
        try:
            mountinfo = Path("/proc/self/mountinfo").read_text(encoding="utf-8")
        except OSError:
            return None  # not Linux (or no /proc): only UNC paths can be judged here
    mount = mount_of(resolved, parse_mountinfo(mountinfo))
    if mount and (mount.fstype in NETWORK_FSTYPES or mount.fstype.startswith("nfs")):
        return mount.fstype
    return None


def _windows_remote_drive(path: Path) -> str | None:  # pragma: no cover - Windows only
    import ctypes

    drive = os.path.splitdrive(os.path.abspath(str(path)))[0]
    if not drive:
        return None
    drive_remote = 4
    kind = ctypes.windll.kernel32.GetDriveTypeW(drive + "\\")  # type: ignore[attr-defined]
    return "smb-drive" if kind == drive_remote else None
