"""Publishing closed shifts to a folder share: once, verified, never overwriting, retried later."""

from __future__ import annotations

import hashlib
import random
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from agent_desk.models import OutboxItem
from agent_desk.share import FolderShare, ShareConflict, parse_location
from agent_desk.sync import SyncService, backoff_seconds
from tests.unit.test_shift_summary import PlainRenderer


@pytest.fixture
def closed_shift(services, clock):
    agent = services.accounts.create("1001", "王小明", "agent", "secret-pw")
    shift = services.shifts.start(agent)
    clock.advance(3600)
    return services.shifts.close(shift.id, "en", PlainRenderer())


def outbox(services) -> list[OutboxItem]:
    with services.store.sessions() as session:
        return list(session.scalars(select(OutboxItem).order_by(OutboxItem.id)))


def sync_to(services, clock, root: Path) -> SyncService:
    services.config.set("share.location", str(root))
    return SyncService(services.store.sessions, clock, services.config, rng=random.Random(7))


def test_closed_shift_files_arrive_on_the_share_with_their_checksums(
    services, clock, closed_shift, tmp_path
):
    share = tmp_path / "share"
    share.mkdir()
    sync = sync_to(services, clock, share)
    result = sync.run()
    assert result.error is None
    assert result.remaining == 0
    for item in closed_shift.files:
        data = (share / item.relative_path).read_bytes()
        assert hashlib.sha256(data).hexdigest() == item.sha256
        assert len(data) == item.size
    assert not list(share.rglob("*.partial"))
    assert all(i.status == "sent" and i.sent_at is not None for i in outbox(services))
    assert sync.state().kind == "synced"


def test_sending_again_counts_an_identical_file_as_sent(services, clock, closed_shift, tmp_path):
    share = tmp_path / "share"
    share.mkdir()
    first = closed_shift.files[0]
    target = share / first.relative_path
    target.parent.mkdir(parents=True)
    item = next(i for i in outbox(services) if i.relative_path == first.relative_path)
    target.write_bytes(item.content)  # a previous run wrote it, then the desk died
    result = sync_to(services, clock, share).run()
    assert result.already_there == 1
    assert result.remaining == 0
    assert FolderShare(share).put(first.relative_path, item.content, item.sha256) == "already_there"


def test_a_different_file_on_the_share_is_never_overwritten(
    services, clock, closed_shift, tmp_path
):
    share = tmp_path / "share"
    share.mkdir()
    first = closed_shift.files[0]
    target = share / first.relative_path
    target.parent.mkdir(parents=True)
    target.write_bytes(b"someone else's summary")
    sync = sync_to(services, clock, share)
    result = sync.run()
    assert target.read_bytes() == b"someone else's summary"
    assert result.conflicts == 1
    conflicted = [i for i in outbox(services) if i.status == "conflict"]
    assert [i.relative_path for i in conflicted] == [first.relative_path]
    assert "not overwritten" in conflicted[0].last_error
    assert sync.state().conflicts == 1
    with pytest.raises(ShareConflict):
        FolderShare(share).put(first.relative_path, b"x", hashlib.sha256(b"x").hexdigest())


def test_a_different_file_of_the_same_size_is_not_taken_for_ours(
    services, clock, closed_shift, tmp_path
):
    """Same size is not same content: only size AND SHA-256 make a file on the share ours."""
    share = tmp_path / "share"
    share.mkdir()
    first = closed_shift.files[0]
    item = next(i for i in outbox(services) if i.relative_path == first.relative_path)
    theirs = bytes([item.content[0] ^ 1]) + item.content[1:]  # one byte differs
    target = share / first.relative_path
    target.parent.mkdir(parents=True)
    target.write_bytes(theirs)
    result = sync_to(services, clock, share).run()
    assert target.read_bytes() == theirs
    assert (result.conflicts, result.already_there) == (1, 0)
    assert [i.status for i in outbox(services) if i.relative_path == first.relative_path] == [
        "conflict"
    ]


def test_an_unreachable_share_keeps_items_queued_with_backoff(
    services, clock, closed_shift, tmp_path
):
    share = tmp_path / "not-mounted"
    sync = sync_to(services, clock, share)
    result = sync.run()
    assert result.error is not None and result.error.code == "share.unreachable"
    items = outbox(services)
    assert items and all(i.status == "pending" and i.attempts == 1 for i in items)
    assert all("cannot be reached" in i.last_error for i in items)
    now = clock.now()
    for item in items:
        assert now + timedelta(seconds=15) <= item.next_attempt_at <= now + timedelta(seconds=30)
    state = sync.state()
    assert (state.kind, state.offline_since, state.waiting) == ("offline", now, len(items))
    # Not due yet: nothing is tried, the attempt count stays.
    clock.advance(10)
    sync.run()
    assert all(i.attempts == 1 for i in outbox(services))
    # The share comes back; after the backoff everything goes.
    share.mkdir()
    clock.advance(30)
    result = sync.run()
    assert result.remaining == 0
    assert sync.state().kind == "synced"


def test_an_unmounted_folder_is_not_created_as_a_local_one(services, clock, closed_shift, tmp_path):
    sync_to(services, clock, tmp_path / "mnt" / "share").run()
    assert not (tmp_path / "mnt").exists()


def test_backoff_doubles_up_to_half_an_hour_with_jitter():
    rng = random.Random(1)
    for attempts, full in ((1, 30), (2, 60), (3, 120), (7, 1800), (20, 1800)):
        delays = [backoff_seconds(attempts, rng) for _ in range(50)]
        assert all(full / 2 <= d <= full for d in delays)
        assert len(set(delays)) > 1


def test_without_a_share_configured_items_wait_and_say_why(services, clock, closed_shift):
    sync = SyncService(services.store.sessions, clock, services.config)
    result = sync.run()
    assert result.error.code == "share.not_configured"
    assert sync.state().kind == "not_configured"
    assert all(i.status == "pending" for i in outbox(services))


@pytest.mark.parametrize(
    ("location", "kind", "spec"),
    [
        (
            "smb://fs01:1445/summaries/desk/2026",
            "smb",
            {"server": "fs01", "port": 1445, "share": "summaries", "base": "desk\\2026"},
        ),
        (
            "smb://fs01/summaries",
            "smb",
            {"server": "fs01", "port": 445, "share": "summaries", "base": ""},
        ),
        ("/mnt/share", "folder", {"root": Path("/mnt/share")}),
    ],
)
def test_share_locations_are_understood(location, kind, spec):
    assert parse_location(location) == (kind, spec)


def test_a_unc_path_off_windows_goes_through_smb():
    import os

    if os.name == "nt":
        pytest.skip("Windows opens UNC paths itself")
    assert parse_location(r"\\fs01\summaries\desk") == (
        "smb",
        {"server": "fs01", "port": 445, "share": "summaries", "base": "desk"},
    )


def test_sent_files_keep_their_bytes_for_a_month_then_only_their_record(
    services, clock, closed_shift, tmp_path
):
    share = tmp_path / "share"
    share.mkdir()
    sync = sync_to(services, clock, share)
    assert sync.run().remaining == 0
    clock.advance(29 * 86400)
    sync.run()
    assert all(len(i.content) == i.size > 0 for i in outbox(services))
    clock.advance(2 * 86400)
    sync.run()
    items = outbox(services)
    assert all(i.content == b"" and i.size > 0 and len(i.sha256) == 64 for i in items)
    assert all(i.status == "sent" for i in items)
    # What reached the share is untouched.
    for item in closed_shift.files:
        assert hashlib.sha256((share / item.relative_path).read_bytes()).hexdigest() == item.sha256
