"""Publishing shift summaries to a real Samba server over smb://127.0.0.1:PORT/…

The server dies in the middle of a sync and comes back: every file arrives exactly once with
the right checksum. A read-only share and a wrong password give clear reasons and keep items.
"""

from __future__ import annotations

import hashlib
import random
from pathlib import Path

import pytest
from sqlalchemy import select

from agent_desk.models import OutboxItem
from agent_desk.share import open_share, set_share_password
from agent_desk.sync import SyncService
from tests.integration.samba import PASSWORD, USER, SambaServer, skip_reason
from tests.unit.test_shift_summary import PlainRenderer

pytestmark = [
    pytest.mark.integration,
    pytest.mark.skipif(skip_reason() is not None, reason=skip_reason() or ""),
]


@pytest.fixture(scope="module")
def samba(tmp_path_factory) -> SambaServer:
    server = SambaServer(tmp_path_factory.mktemp("samba"))
    server.start()
    yield server
    server.stop()


@pytest.fixture
def keyring_dir(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("AGENT_DESK_TEST_KEYRING_DIR", str(tmp_path))
    return tmp_path


def close_shifts(services, clock, count: int) -> None:
    agent = services.accounts.create("1001", "王小明", "agent", "secret-pw")
    for _ in range(count):
        shift = services.shifts.start(agent)
        clock.advance(3600)
        services.shifts.close(shift.id, "zh_CN", PlainRenderer())
        clock.advance(60)


def items(services) -> list[OutboxItem]:
    with services.store.sessions() as session:
        return list(session.scalars(select(OutboxItem).order_by(OutboxItem.id)))


def configure(services, url: str, password: str = PASSWORD) -> None:
    services.config.set("share.location", url)
    services.config.set("share.username", USER)
    set_share_password(USER, password)


def assert_all_arrived_once(services, root: Path) -> None:
    on_share = sorted(p for p in root.rglob("*") if p.is_file())
    expected = {root / i.relative_path: i for i in items(services)}
    assert sorted(expected) == on_share, "a file is missing, extra or left under a temp name"
    for path, item in expected.items():
        assert item.status == "sent"
        assert hashlib.sha256(path.read_bytes()).hexdigest() == item.sha256


def test_summaries_are_published_over_smb_with_the_password_from_the_keyring(
    services, clock, samba, keyring_dir
):
    close_shifts(services, clock, 2)
    configure(services, samba.url("share", "publish-once"))
    sync = SyncService(services.store.sessions, clock, services.config)
    result = sync.run()
    assert result.error is None, result.error
    assert result.remaining == 0
    assert_all_arrived_once(services, samba.share_dir / "publish-once")
    assert PASSWORD not in (
        services.profile.config_file.read_text() if services.profile.config_file.exists() else ""
    )
    # A second run sends nothing and changes nothing.
    assert sync.run(force=True).sent == 0


def test_smbd_killed_mid_sync_then_restarted_every_summary_arrives_exactly_once(
    services, clock, samba, keyring_dir
):
    close_shifts(services, clock, 5)
    configure(services, samba.url("share", "killed-mid-sync"))
    real = open_share  # the real SMB backend; the server is killed after its third file

    class KillsServerAfterThree:
        def __init__(self) -> None:
            self.inner = real(services.config.get("share.location"), USER)
            self.location = self.inner.location
            self.puts = 0

        def put(self, relative_path: str, content: bytes, sha256: str) -> str:
            outcome = self.inner.put(relative_path, content, sha256)
            self.puts += 1
            if self.puts == 3:
                samba.kill()
            return outcome

        def check(self) -> None:
            self.inner.check()

    sync = SyncService(
        services.store.sessions,
        clock,
        services.config,
        KillsServerAfterThree,
        rng=random.Random(3),
    )
    try:
        result = sync.run()
        assert result.sent == 3
        assert result.error is not None and result.error.code == "share.unreachable"
        waiting = [i for i in items(services) if i.status == "pending"]
        assert len(waiting) == len(items(services)) - 3
        assert all(i.attempts == 1 and i.last_error for i in waiting)
        assert sync.state().kind == "offline"
        # Still down at the next attempt: nothing lost, attempts counted, backoff grows.
        clock.advance(60)
        again = SyncService(services.store.sessions, clock, services.config)
        assert again.run().error.code == "share.unreachable"
        assert all(i.attempts == 2 for i in items(services) if i.status == "pending")
    finally:
        samba.start()
    clock.advance(120)
    final = SyncService(services.store.sessions, clock, services.config).run()
    assert final.error is None, final.error
    assert final.remaining == 0
    assert_all_arrived_once(services, samba.share_dir / "killed-mid-sync")


def test_a_temp_file_left_by_an_interrupted_write_is_replaced_not_kept(
    services, clock, samba, keyring_dir
):
    close_shifts(services, clock, 1)
    configure(services, samba.url("share", "leftover"))
    first = items(services)[0]
    folder = samba.share_dir / "leftover" / first.relative_path
    folder.parent.mkdir(parents=True)
    name = folder.name
    (folder.parent / f".{name}.{first.sha256[:12]}.partial").write_bytes(b"half a fi")
    result = SyncService(services.store.sessions, clock, services.config).run()
    assert result.remaining == 0
    assert_all_arrived_once(services, samba.share_dir / "leftover")


def test_a_read_only_share_says_so_and_keeps_the_items(services, clock, samba, keyring_dir):
    close_shifts(services, clock, 1)
    configure(services, samba.url("readonly", "x"))
    sync = SyncService(services.store.sessions, clock, services.config)
    result = sync.run()
    assert result.error is not None and result.error.code == "share.read_only", result.error
    assert "does not accept files" in result.error.message
    assert all(i.status == "pending" and "read-only" in i.last_error for i in items(services))
    assert sync.state().waiting == len(items(services))


def test_a_wrong_password_is_reported_without_showing_it(services, clock, samba, keyring_dir):
    close_shifts(services, clock, 1)
    configure(services, samba.url("share", "auth"), password="not-the-password")
    result = SyncService(services.store.sessions, clock, services.config).run()
    assert result.error is not None and result.error.code == "share.auth", result.error
    assert "refused the user name or password" in result.error.message
    assert "not-the-password" not in result.error.message
    assert all(i.status == "pending" for i in items(services))


def test_a_refused_logon_is_not_tried_again_until_the_password_changes(
    services, clock, keyring_dir, tmp_path
):
    """STATUS_LOGON_FAILURE was "cannot be reached" and retried with backoff, which can lock
    the share's service account out."""
    server = SambaServer(tmp_path / "samba")
    server.start()
    try:
        close_shifts(services, clock, 1)
        configure(services, server.url("share", "refused"), password="not-the-password")
        sync = SyncService(services.store.sessions, clock, services.config)
        first = sync.run()
        assert first.error is not None and first.error.code == "share.auth"
        assert sync.state().kind == "refused"
        attempts = [i.attempts for i in items(services)]
        # The server goes away: a run that tried to log on would now say "cannot be reached".
        server.stop()
        for _ in range(3):
            clock.advance(3600)
            again = sync.run(force=True)
            assert again.error is not None and again.error.code == "share.auth", again.error
        assert [i.attempts for i in items(services)] == attempts
        # A new process (the CLI, a restarted desk) remembers it too.
        fresh = SyncService(services.store.sessions, clock, services.config)
        assert fresh.run(force=True).error.code == "share.auth"
        # The password is corrected: the very next run logs on and sends everything.
        server.start()
        set_share_password(USER, PASSWORD)
        done = fresh.run()
        assert done.error is None, done.error
        assert done.remaining == 0
        assert fresh.refusal() is None
    finally:
        server.stop()


def test_one_name_the_server_refuses_fails_alone_over_smb(services, clock, samba, keyring_dir):
    import hashlib as _hashlib

    close_shifts(services, clock, 1)
    bad = f"{'B' * 300}/2026-11-24/summary.json"
    with services.store.sessions.begin() as session:
        session.add(
            OutboxItem(
                kind="summary_json",
                relative_path=bad,
                content=b"{}",
                size=2,
                sha256=_hashlib.sha256(b"{}").hexdigest(),
                status="pending",
                attempts=0,
                created_at=clock.now(),
            )
        )
    configure(services, samba.url("share", "one-bad"))
    result = SyncService(services.store.sessions, clock, services.config).run()
    assert result.failed == 1
    assert result.remaining == 0
    statuses = {i.relative_path: i.status for i in items(services)}
    assert statuses.pop(bad) == "failed"
    assert set(statuses.values()) == {"sent"}


def test_smbd_killed_at_random_moments_loses_and_duplicates_nothing(
    services, clock, samba, keyring_dir
):
    """Three rounds: the server is killed from another thread as soon as files start to
    arrive (wherever the sync happens to be: writing, renaming, verifying), then restarted."""
    import threading
    import time

    close_shifts(services, clock, 6)
    configure(services, samba.url("share", "random-kills"))
    root = samba.share_dir / "random-kills"
    rng = random.Random(11)
    for _ in range(3):
        arrived = len([p for p in root.rglob("*") if p.is_file()]) if root.exists() else 0

        def killer(before: int = arrived) -> None:
            deadline = time.monotonic() + 10
            while time.monotonic() < deadline:
                now = len([p for p in root.rglob("*") if p.is_file()]) if root.exists() else 0
                if now > before:
                    time.sleep(rng.uniform(0, 0.02))
                    samba.kill()
                    return
                time.sleep(0.001)

        thread = threading.Thread(target=killer)
        thread.start()
        try:
            interrupted = SyncService(services.store.sessions, clock, services.config).run(
                force=True
            )
            print(f"round: {interrupted.sent} sent, {interrupted.remaining} left")
        finally:
            thread.join()
            samba.kill()
            samba.start()
    result = SyncService(services.store.sessions, clock, services.config).run(force=True)
    assert result.error is None, result.error
    assert result.remaining == 0
    assert_all_arrived_once(services, root)
