"""Real read-only and full disks (tiny tmpfs mounts): clear reasons, nothing lost.

- the share folder is mounted read-only, or is full: items stay queued with the reason;
- the desk's own disk (the profile) is full: closing a shift fails with a clear message and
  leaves it open; a sync that cannot note "sent" retries and finds the identical file there.

Mounting needs root and permission to mount tmpfs; otherwise these tests are skipped.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from agent_desk.clock import FakeClock
from agent_desk.models import OutboxItem
from agent_desk.paths import Profile
from agent_desk.services import Services
from agent_desk.share import LocalDiskFull
from agent_desk.sync import SyncService
from tests.unit.test_shift_summary import PlainRenderer


def _can_mount() -> str | None:
    if os.geteuid() != 0:
        return "mounting a tmpfs needs root"
    probe = Path("/tmp") / f"agent-desk-mount-probe-{os.getpid()}"
    probe.mkdir(exist_ok=True)
    try:
        done = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=16k", "tmpfs", str(probe)], capture_output=True
        )
        if done.returncode != 0:
            return f"cannot mount tmpfs here: {done.stderr.decode().strip()}"
        subprocess.run(["umount", str(probe)], check=True)
        return None
    finally:
        probe.rmdir()


SKIP = _can_mount()
pytestmark = [pytest.mark.integration, pytest.mark.skipif(SKIP is not None, reason=SKIP or "")]


@contextlib.contextmanager
def tmpfs(path: Path, size: str, read_only: bool = False) -> Iterator[Path]:
    path.mkdir(parents=True, exist_ok=True)
    options = f"size={size}" + (",ro" if read_only else "")
    subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(path)], check=True)
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], check=True)


def close_one(services, clock) -> None:
    agent = services.accounts.create("1001", "王小明", "agent", "secret-pw")
    shift = services.shifts.start(agent)
    clock.advance(3600)
    services.shifts.close(shift.id, "en", PlainRenderer())


def pending(services) -> list[OutboxItem]:
    with services.store.sessions() as session:
        return list(session.scalars(select(OutboxItem).where(OutboxItem.status == "pending")))


def fill(folder: Path) -> Path:
    """Write until the disk says no more."""
    filler = folder / "filler.bin"
    with open(filler, "wb", buffering=0) as f, contextlib.suppress(OSError):
        while True:
            f.write(b"\0" * 4096)
    return filler


def test_a_read_only_mounted_share_says_so_and_keeps_items(services, clock, tmp_path):
    close_one(services, clock)
    with tmpfs(tmp_path / "ro-share", "1m", read_only=True) as share:
        services.config.set("share.location", str(share))
        sync = SyncService(services.store.sessions, clock, services.config)
        result = sync.run()
    assert result.error is not None and result.error.code == "share.read_only"
    assert "does not accept files" in result.error.message
    assert len(pending(services)) == result.remaining > 0
    assert sync.state().kind == "waiting"


def test_a_full_share_disk_says_so_and_keeps_items(services, clock, tmp_path):
    close_one(services, clock)
    with tmpfs(tmp_path / "full-share", "64k") as share:
        fill(share)
        services.config.set("share.location", str(share))
        result = SyncService(services.store.sessions, clock, services.config).run()
        assert not list(share.rglob("*.partial")), "a half-written temp file was left behind"
    assert result.error is not None and result.error.code == "share.full"
    assert "no space left" in result.error.message.lower()
    assert all("no space left" in i.last_error.lower() for i in pending(services))


def test_a_full_local_disk_keeps_the_shift_open_and_the_sync_recovers(tmp_path):
    clock = FakeClock()
    with tmpfs(tmp_path / "desk", "8m") as desk:
        services = Services.open(Profile.at(desk / "profile").ensure(), clock)
        try:
            agent = services.accounts.create("1001", "王小明", "agent", "secret-pw")
            shift = services.shifts.start(agent)
            clock.advance(3600)
            filler = fill(desk)
            with pytest.raises(LocalDiskFull) as raised:
                services.shifts.close(shift.id, "en", PlainRenderer())
            assert "local disk is full" in raised.value.message
            filler.unlink()
            assert services.shifts.get(shift.id).status == "open"
            assert pending(services) == []
            services.shifts.close(shift.id, "en", PlainRenderer())
            # The backup every close takes runs on its own thread: let it finish, or its
            # half-written copy, removed when the disk fills, frees the room the test fills.
            services.backups.wait(60)

            # The share takes the file but the desk cannot note it was sent.
            share = tmp_path / "share"
            share.mkdir()
            services.config.set("share.location", str(share))
            sync = SyncService(services.store.sessions, clock, services.config)
            filler = fill(desk)
            result = sync.run()
            assert result.error is not None and result.error.code == "disk.full"
            filler.unlink()
            clock.advance(3600)
            result = sync.run()
            assert result.error is None and result.remaining == 0
            assert result.already_there >= 1  # the file that arrived while the disk was full
        finally:
            services.close()
