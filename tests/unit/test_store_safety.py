"""A store never loses anything silently: an empty, short, foreign or vanished database file is
reported with the newest backup and never replaced; backups exist, and are kept by the policy;
a profile's folders and files are the OS user's alone."""

from __future__ import annotations

import os
import stat
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from agent_desk.errors import CorruptDatabase, DatabaseMissing
from agent_desk.logs import setup_logging
from agent_desk.services import Services
from agent_desk.store import backup_files, backups_to_keep, prune_backups, take_backup


def a_desk_with_a_backup(profile, clock):
    services = Services.open(profile, clock)
    services.accounts.create("0001", "管理员", "admin", "secret-pw")
    saved = services.backups.take("manual")
    services.close()
    return saved


@pytest.mark.parametrize(
    ("content", "what"),
    [
        (b"", "empty (0 bytes)"),
        (b"SQLite format 3\x00" + b"\x00" * 84, "too short"),
        (b"%PDF-1.4 not a database at all " * 200, "not a database"),
    ],
)
def test_a_damaged_database_file_is_reported_with_the_backup_and_never_replaced(
    profile, clock, content, what
):
    saved = a_desk_with_a_backup(profile, clock)
    profile.db_path.write_bytes(content)
    with pytest.raises(CorruptDatabase) as raised:
        Services.open(profile, clock)
    assert what in raised.value.message
    assert str(saved) in raised.value.message
    assert profile.db_path.read_bytes() == content  # kept exactly as it was


def test_a_database_that_vanished_is_not_taken_for_a_new_profile(profile, clock):
    saved = a_desk_with_a_backup(profile, clock)
    profile.db_path.unlink()
    with pytest.raises(DatabaseMissing) as raised:
        Services.open(profile, clock)
    assert str(saved) in raised.value.message
    assert not profile.db_path.exists()  # no empty store made in its place


def test_a_new_profile_is_created_and_marked(profile, clock):
    services = Services.open(profile, clock)
    services.close()
    assert (profile.data_dir / "agent_desk.store.json").exists()


def test_profile_folders_are_0700_and_its_files_0600(profile, clock):
    if os.name != "posix":
        pytest.skip("POSIX modes; Windows keeps the profile in the user's AppData")
    os.chmod(profile.data_dir.parent, 0o755)  # as an older release left it
    profile.ensure()
    log_file = setup_logging(profile.log_dir)
    services = Services.open(profile, clock)
    try:
        services.accounts.create("0001", "管理员", "admin", "secret-pw")
        saved = services.backups.take("manual")
        folders = [
            profile.data_dir.parent,
            profile.data_dir,
            profile.config_dir,
            profile.log_dir,
            profile.backup_dir,
        ]
        files = [
            profile.db_path,
            profile.db_path.with_name("agent_desk.db-wal"),
            profile.db_path.with_name("agent_desk.db-shm"),
            saved,
            log_file,
        ]
        for folder in folders:
            assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
        for path in files:
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    finally:
        services.close()


def test_a_database_made_0644_by_an_older_release_becomes_0600(profile, clock):
    if os.name != "posix":
        pytest.skip("POSIX modes; Windows keeps the profile in the user's AppData")
    Services.open(profile, clock).close()
    os.chmod(profile.db_path, 0o644)
    Services.open(profile, clock).close()
    assert stat.S_IMODE(profile.db_path.stat().st_mode) == 0o600


def test_a_fresh_profile_gets_its_first_backup_the_same_day(services, clock):
    assert services.backups.request_daily_if_due()  # a fresh profile has none: one is due
    services.backups.wait(30)
    assert [f.reason for f in services.backups.list()] == ["daily"]
    assert not services.backups.request_daily_if_due()  # once a day
    clock.advance(24 * 3600)
    assert services.backups.request_daily_if_due()
    services.backups.wait(30)
    assert [f.reason for f in services.backups.list()] == ["daily", "daily"]


def test_backups_are_kept_seven_daily_and_four_weekly(profile, clock):
    services = Services.open(profile, clock)
    key = services.store.key
    services.close()
    start = datetime(2026, 9, 1, 2, 0, tzinfo=UTC)
    for day in range(60):
        for hour in (0, 8):  # two shift closes a day
            when = start + timedelta(days=day, hours=hour)
            take_backup(profile.db_path, profile.backup_dir, when, "shift-close", key, 10**6)
    prune_backups(profile.backup_dir, daily=7, weekly=4)
    kept = backup_files(profile.backup_dir)
    days = sorted({f.taken_at.date() for f in kept})
    last = (start + timedelta(days=59)).date()
    assert [last - timedelta(days=n) for n in range(6, -1, -1)] == days[-7:]
    weeks = {f.taken_at.isocalendar()[:2] for f in kept}
    assert len(weeks) == 4  # the last four ISO weeks, each with its newest backup
    assert len(kept) <= 7 + 4 + 3
    assert kept[0].taken_at == start + timedelta(days=59, hours=8)  # the newest is always kept


def test_the_newest_three_are_kept_whatever_their_day():
    from pathlib import Path

    from agent_desk.store import BackupFile

    now = datetime(2026, 11, 24, 9, tzinfo=UTC)
    files = [
        BackupFile(Path(f"b{i}"), now - timedelta(minutes=i), "shift-close", 1) for i in range(5)
    ]
    assert backups_to_keep(files, daily=1, weekly=0) == {Path("b0"), Path("b1"), Path("b2")}


def test_the_daily_schedule_takes_the_backup_and_applies_retention(services):
    import time

    services.backups.check_every_seconds = 3600
    services.backups.start_daily()
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and (
        not services.backups.list() or services.privacy.retention_ran_on is None
    ):
        time.sleep(0.05)
    services.backups.wait(30)
    assert [f.reason for f in services.backups.list()] == ["daily"]
    assert services.privacy.retention_ran_on == services.clock.now().date()


def test_an_empty_database_is_not_taken_for_a_first_start(profile, clock):
    from agent_desk.context import AppContext
    from agent_desk.first_start import needs_setup

    assert needs_setup(profile.db_path)  # a new profile: the setup dialog
    a_desk_with_a_backup(profile, clock)
    load_key = AppContext.load(profile, clock).key_store().load
    assert not needs_setup(profile.db_path, load_key)  # encrypted, with its administrator
    profile.db_path.write_bytes(b"")
    assert not needs_setup(profile.db_path, load_key)  # the loader reports it, no setup


def profile_keys(profile):
    from agent_desk.dbkey import KeyStore

    return KeyStore.for_profile(profile.config_dir)


@pytest.mark.parametrize("what_remains", ["backups", "key file"])
def test_a_profile_whose_database_and_marker_are_gone_is_not_taken_for_new(
    profile, clock, what_remains
):
    saved = a_desk_with_a_backup(profile, clock)
    profile.db_path.unlink()
    (profile.data_dir / "agent_desk.store.json").unlink()
    if what_remains == "key file":
        for old in profile.backup_dir.iterdir():
            old.unlink()
        assert profile_keys(profile).load() is not None  # the key file or the keyring
    with pytest.raises(DatabaseMissing) as raised:
        Services.open(profile, clock)
    if what_remains == "backups":
        assert str(saved) in raised.value.message
    assert not profile.db_path.exists()


def test_db_check_says_a_vanished_database_and_offers_the_backup(profile, clock):
    from tests.conftest import run_cli

    saved = a_desk_with_a_backup(profile, clock)
    profile.db_path.unlink()
    (profile.data_dir / "agent_desk.store.json").unlink()
    result = run_cli("db", "check", profile=profile.data_dir.parent)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "missing" in result.stderr and str(saved) in result.stderr
    assert not profile.db_path.exists()


def test_the_training_database_is_new_although_the_desk_key_is_there(profile, clock):
    # It shares the desk's key: the key must not make its first opening a "missing" database.
    from agent_desk.calls.training import training_profile

    a_desk_with_a_backup(profile, clock)
    services = Services.open(training_profile(profile).ensure(), clock)
    services.close()
    assert training_profile(profile).db_path.exists()


def test_a_backups_name_comes_through_the_masker_as_it_is(profile, clock):
    # …T002147678294Z-manual.db came out of start-up errors, the log and `audit list` as
    # …T002*****8294Z-manual.db, a path that does not exist (fresh-eyes review).
    from agent_desk.phones import mask_text
    from agent_desk.store import open_store

    services = Services.open(profile, clock)
    key = services.store.key
    services.close()
    when = datetime(2026, 12, 2, 0, 21, 47, 678294, tzinfo=UTC)
    saved = take_backup(profile.db_path, profile.backup_dir, when, "manual", key)
    assert saved.name == "agent_desk-20261202T002147Z-678294-manual.db"
    profile.db_path.write_bytes(b"")
    with pytest.raises(CorruptDatabase) as info:
        open_store(profile.db_path, profile.backup_dir, clock)
    assert str(saved) in mask_text(info.value.message)


# Up to 2094: the masker takes the eight digits of a day in 2095 and 2096 for a number (as
# in every name with such a day), far beyond this desk's life.
@given(st.datetimes(datetime(2000, 1, 1), datetime(2094, 12, 31)))
def test_no_backup_name_is_touched_by_the_masker(when):
    from agent_desk.phones import mask_text
    from agent_desk.store import backup_name

    for reason in ("manual", "shift-close", "before-encrypt"):
        path = f"/home/agent/.local/share/AgentDesk/backups/{backup_name(when, reason)}"
        assert mask_text(path) == path


def test_a_backup_named_the_old_way_is_still_listed_and_restored(profile, clock):
    from agent_desk.store import restore

    services = Services.open(profile, clock)
    key = services.store.key
    services.close()
    new = take_backup(profile.db_path, profile.backup_dir, clock.now(), "manual", key)
    old = profile.backup_dir / "agent_desk-20261202T002147678294Z-shift-close.db"
    old.write_bytes(new.read_bytes())
    listed = {f.path: f for f in backup_files(profile.backup_dir)}
    assert listed[old].reason == "shift-close" and listed[new].reason == "manual"
    assert listed[old].taken_at == datetime(2026, 12, 2, 0, 21, 47, tzinfo=UTC)
    restore(profile.db_path, old, clock.now(), key)
    Services.open(profile, clock).close()
