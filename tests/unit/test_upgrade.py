"""A branch upgrades from the first release: the old database is backed up, migrated, kept whole.

The old database is a text dump of schema 0001_initial (tests/fixtures/profile_0001.sql); the
packaged build runs the same checks in tests/integration/test_packaged_build.py.
"""

from __future__ import annotations

from agent_desk.paths import Profile
from agent_desk.services import Services
from agent_desk.store import known_heads
from tests.upgrade_fixture import (
    FIRST_REVISION,
    backups_of_the_old_database,
    data_differences,
    make_old_profile,
    revision,
)


def test_the_fixture_is_a_database_of_the_first_release(profile_dir):
    db = make_old_profile(profile_dir)
    assert revision(db) == FIRST_REVISION
    assert data_differences(db) == []


def test_a_desk_of_the_first_release_upgrades_without_losing_anything(profile_dir, clock):
    db = make_old_profile(profile_dir)
    services = Services.open(Profile.at(profile_dir).ensure(), clock)  # the new build's start
    try:
        assert services.accounts.login("1001", "password1").name == "王小明"
    finally:
        services.close()
    assert revision(db) in known_heads()
    assert data_differences(db) == []
    saved = backups_of_the_old_database(profile_dir)
    assert len(saved) == 1, "no backup of the old database was taken before migrating"
    assert data_differences(saved[0]) == []
