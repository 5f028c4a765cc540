"""Publishing that isolates faults: one bad item fails alone, and a link never leads outside.

Measured: one item with a 300-character branch code (name too long) blocked the whole outbox,
and a link inside a folder share let `sync` write outside it.
"""

from __future__ import annotations

import hashlib
import os
import random
from pathlib import Path

import pytest
from sqlalchemy import select

from agent_desk.models import OutboxItem
from agent_desk.share import FolderShare, ShareItemRefused
from agent_desk.sync import SyncService
from tests.unit.test_shift_summary import PlainRenderer


@pytest.fixture
def closed_shift(services, clock):
    agent = services.accounts.create("1001", "王小明", "agent", "secret-pw")
    shift = services.shifts.start(agent)
    clock.advance(3600)
    return services.shifts.close(shift.id, "en", PlainRenderer())


def outbox(services) -> dict[str, OutboxItem]:
    with services.store.sessions() as session:
        return {i.relative_path: i for i in session.scalars(select(OutboxItem))}


def queue(services, clock, relative_path: str, content: bytes = b"x") -> None:
    """An item queued by an older version (before codes were checked)."""
    with services.store.sessions.begin() as session:
        session.add(
            OutboxItem(
                kind="summary_json",
                relative_path=relative_path,
                content=content,
                size=len(content),
                sha256=hashlib.sha256(content).hexdigest(),
                status="pending",
                attempts=0,
                created_at=clock.now(),
            )
        )


def sync_to(services, clock, root: Path) -> SyncService:
    services.config.set("share.location", str(root))
    return SyncService(services.store.sessions, clock, services.config, rng=random.Random(3))


def test_an_item_the_share_cannot_take_fails_alone_and_the_others_still_go(
    services, clock, closed_shift, tmp_path
):
    share = tmp_path / "share"
    share.mkdir()
    long_path = f"{'B' * 300}/2026-11-24/summary.json"
    queue(services, clock, long_path)  # queued first: it used to stop everything behind it
    queue(services, clock, "BR001/2026-11-24/late/summary.json", b"later")
    sync = sync_to(services, clock, share)
    good = len(outbox(services)) - 1  # the shift's files, its day's case archive, the late one
    result = sync.run()
    assert (result.sent, result.failed, result.remaining) == (good, 1, 0)
    items = outbox(services)
    bad = items.pop(long_path)
    assert bad.status == "failed"
    assert "name too long" in bad.last_error.lower()
    assert {i.status for i in items.values()} == {"sent"}
    assert (share / "BR001/2026-11-24/late/summary.json").read_bytes() == b"later"
    state = sync.state()
    assert (state.kind, state.waiting, state.failed) == ("waiting", 0, 1)
    # A failed item is not tried again on every automatic run (an hour apart); the rest of
    # the outbox is not held up.
    attempts = bad.attempts
    queue(services, clock, "BR001/2026-11-25/next/summary.json", b"next")
    assert sync.run().sent == 1
    assert outbox(services)[long_path].attempts == attempts


def test_a_failed_item_is_listed_and_published_once_its_obstacle_is_gone(
    services, clock, closed_shift, tmp_path
):
    """Review 13 #1: a link an admin later removed kept the shift off the share for good."""
    share, outside = tmp_path / "share", tmp_path / "outside"
    share.mkdir()
    outside.mkdir()
    os.symlink(outside, share / "BR001")
    sync = sync_to(services, clock, share)
    assert sync.run().failed == len(closed_shift.files)
    problems = sync.problems()
    assert [p.status for p in problems] == ["failed"] * len(closed_shift.files)
    assert all("link" in p.reason for p in problems)
    assert {p.relative_path for p in problems} == {f.relative_path for f in closed_shift.files}

    (share / "BR001").unlink()  # the admin removes the link
    assert sync.run().sent == 0  # the automatic run a minute later: not due yet
    clock.advance(3601)  # an hour later the automatic run retries it
    result = sync.run()
    assert (result.sent, result.failed, sync.state().kind) == (
        len(closed_shift.files),
        0,
        "synced",
    )
    assert sync.problems() == []
    for item in closed_shift.files:
        assert (share / item.relative_path).is_file()


def test_sync_now_retries_failed_items_at_once_and_a_new_share_takes_them(
    services, clock, closed_shift, tmp_path
):
    share, outside = tmp_path / "share", tmp_path / "outside"
    share.mkdir()
    outside.mkdir()
    os.symlink(outside, share / "BR001")
    sync = sync_to(services, clock, share)
    assert sync.run().failed == len(closed_shift.files)
    assert sync.run(force=True).failed == len(closed_shift.files)  # still there: fails again
    assert list(outside.rglob("*")) == []
    other = tmp_path / "new-share"
    other.mkdir()
    services.config.set("share.location", str(other))  # branch IT moves the share
    sync.use_backend(None)
    assert sync.run(force=True).sent == len(closed_shift.files)
    assert sync.problems() == []


def test_a_link_inside_a_folder_share_cannot_make_sync_write_outside_it(
    services, clock, closed_shift, tmp_path
):
    share, outside = tmp_path / "share", tmp_path / "outside"
    share.mkdir()
    outside.mkdir()
    os.symlink(outside, share / "BR001")  # BR001 -> a folder outside the share
    result = sync_to(services, clock, share).run()
    assert result.failed == len(closed_shift.files)
    assert list(outside.rglob("*")) == []
    shift_items = [i for p, i in outbox(services).items() if p.startswith("BR001/")]
    assert {i.status for i in shift_items} == {"failed"}
    assert "link" in shift_items[0].last_error
    assert result.sent == 3  # the case archive under archive/ and the audit anchor still went


@pytest.mark.parametrize("where", ["folder", "file"])
def test_a_link_deeper_in_the_tree_or_at_the_file_is_not_followed(tmp_path, where):
    share, outside = tmp_path / "share", tmp_path / "outside"
    (share / "BR001" / "2026-11-24").mkdir(parents=True)
    outside.mkdir()
    victim = outside / "summary.json"
    victim.write_bytes(b"not yours")
    if where == "folder":
        os.symlink(outside, share / "BR001" / "2026-11-24" / "shift")
    else:
        (share / "BR001" / "2026-11-24" / "shift").mkdir()
        os.symlink(victim, share / "BR001" / "2026-11-24" / "shift" / "summary.json")
    content = b"{}"
    with pytest.raises(ShareItemRefused):
        FolderShare(share).put(
            "BR001/2026-11-24/shift/summary.json", content, hashlib.sha256(content).hexdigest()
        )
    assert victim.read_bytes() == b"not yours"
    assert sorted(p.name for p in outside.iterdir()) == ["summary.json"]


def test_a_share_that_is_itself_a_link_is_used_as_configured(tmp_path):
    """The configured location may be a link (a mount's alias): only links below it count."""
    real = tmp_path / "real"
    real.mkdir()
    os.symlink(real, tmp_path / "alias")
    content = b"{}"
    assert (
        FolderShare(tmp_path / "alias").put(
            "BR001/a.json", content, hashlib.sha256(content).hexdigest()
        )
        == "written"
    )
    assert (real / "BR001" / "a.json").read_bytes() == content
