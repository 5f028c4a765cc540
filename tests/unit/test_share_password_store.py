"""An smb:// share on a PC where no OS keyring works (review: Share settings ended in "unexpected
problem", and every sync after it said the share refused the logon, and never tried again).

The real keyring library's fail backend stands in for such a PC; nothing of ours is mocked.
"""

from __future__ import annotations

import random
import socket

import keyring
import keyring.backends.fail
import keyring.errors
import pytest
from keyring.backend import KeyringBackend
from sqlalchemy import select

from agent_desk.config import BranchConfig
from agent_desk.errors import AgentDeskError
from agent_desk.models import OutboxItem, ShareRefusal
from agent_desk.reports.files import open_location
from agent_desk.share import (
    KEYRING_SERVICE,
    SharePasswordMissing,
    SharePasswordNotKept,
    SharePasswordStoreMissing,
    SharePasswordUnreadable,
    set_share_password,
)
from agent_desk.sync import SyncService
from tests.unit.test_shift_summary import PlainRenderer


@pytest.fixture
def no_keyring():
    before = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    yield
    keyring.set_keyring(before)


@pytest.fixture
def closed_port() -> int:
    """A local port nothing listens on: a share there cannot be reached (not: refused)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def closed_shift(services, clock):
    agent = services.accounts.create("1001", "王小明", "agent", "secret-pw")
    shift = services.shifts.start(agent)
    clock.advance(3600)
    return services.shifts.close(shift.id, "en", PlainRenderer())


def refusals(services) -> list[ShareRefusal]:
    with services.store.sessions() as session:
        return list(session.scalars(select(ShareRefusal)))


def outbox(services) -> list[OutboxItem]:
    with services.store.sessions() as session:
        return list(session.scalars(select(OutboxItem)))


def test_saving_an_smb_share_without_a_keyring_changes_nothing(services, no_keyring):
    admin = services.accounts.create("0001", "管理员", "admin", "admin-pw1")
    services.settings.change(admin, {"share.location": "/mnt/old-share"})
    before = services.profile.config_file.read_text(encoding="utf-8")
    values = {"share.location": "smb://127.0.0.1:4455/cc", "share.username": "root"}
    with pytest.raises(SharePasswordStoreMissing) as raised:
        services.settings.save_share(admin, values, "root", "Very-secret-9")
    assert "No password store works on this PC" in raised.value.message
    assert "mounted share or a folder path" in raised.value.message
    assert services.profile.config_file.read_text(encoding="utf-8") == before
    # Nothing typed: an smb:// share with a user name still needs a password kept somewhere.
    with pytest.raises(SharePasswordStoreMissing):
        services.settings.save_share(admin, values, "root", "")
    assert services.profile.config_file.read_text(encoding="utf-8") == before
    # A folder needs no password: it is saved.
    services.settings.save_share(admin, {"share.location": "/mnt/new-share"}, "root", "")
    assert BranchConfig.load(services.profile.config_file).get("share.location") == (
        "/mnt/new-share"
    )


def test_setting_the_password_without_a_keyring_says_so(no_keyring):
    with pytest.raises(SharePasswordStoreMissing):
        set_share_password("root", "Very-secret-9")


def test_settings_that_cannot_be_saved_put_the_old_password_back(services):
    """The password is kept first (so a PC without a keyring refuses before anything changes);
    settings refused after it leave the password as it was."""
    admin = services.accounts.create("0001", "管理员", "admin", "admin-pw1")
    set_share_password("root", "Old-secret-1")
    services.config.update_file({"share.location": "smb://127.0.0.1/cc"})
    before = services.profile.config_file.read_text(encoding="utf-8")
    # A secret in the location: the settings are refused after the password was kept.
    values = {"share.location": "smb://root:pw@127.0.0.1/cc", "share.username": "root"}
    with pytest.raises(AgentDeskError) as raised:
        services.settings.save_share(admin, values, "root", "New-secret-2")
    assert raised.value.params.get("reason") == "config.secret_in_location", raised.value
    assert services.profile.config_file.read_text(encoding="utf-8") == before
    assert keyring.get_password(KEYRING_SERVICE, "root") == "Old-secret-1"


def test_the_sync_without_a_keyring_says_so_and_does_not_take_it_for_a_refusal(
    services, clock, closed_shift, closed_port, no_keyring
):
    location = f"smb://127.0.0.1:{closed_port}/cc"
    services.config.set("share.location", location)
    services.config.set("share.username", "root")
    sync = SyncService(services.store.sessions, clock, services.config, rng=random.Random(7))
    result = sync.run()
    assert result.error is not None and result.error.code == "share.keyring_unreadable"
    assert "cannot be read: no password store works on this PC" in result.error.message
    assert "refused" not in result.error.message
    assert not refusals(services)
    assert sync.state().kind == "no_password"
    assert all(i.status == "pending" and "cannot be read" in i.last_error for i in outbox(services))


def test_the_share_is_tried_again_once_a_password_is_stored(
    services, clock, closed_shift, closed_port
):
    location = f"smb://127.0.0.1:{closed_port}/cc"
    services.config.set("share.location", location)
    services.config.set("share.username", "root")
    sync = SyncService(services.store.sessions, clock, services.config, rng=random.Random(7))
    result = sync.run()
    assert result.error is not None and result.error.code == "share.no_password"
    assert "No password of user root" in result.error.message
    assert not refusals(services) and sync.state().kind == "no_password"
    set_share_password("root", "Very-secret-9")
    again = sync.run(force=True)  # now the share is asked (and nobody listens there)
    assert again.error is not None and again.error.code == "share.unreachable", again.error


def test_a_report_of_an_smb_share_without_a_keyring_names_the_keyring(no_keyring):
    with pytest.raises(SharePasswordUnreadable) as raised:
        open_location("smb://127.0.0.1:4455/cc", "root")
    assert "smb://127.0.0.1:4455/cc" in raised.value.message
    assert "Spnego" not in raised.value.message


def test_a_report_with_no_stored_password_says_so():
    with pytest.raises(SharePasswordMissing):
        open_location("smb://127.0.0.1:4455/cc", "root")
    # No user name: a guest logon, no password wanted.
    assert open_location("smb://127.0.0.1:4455/cc", "").location == "smb://127.0.0.1:4455/cc"


class LockedKeyring(KeyringBackend):
    """A keyring that is there but will not keep anything (a locked collection, D-Bus)."""

    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.PasswordSetError("the collection is locked")

    def delete_password(self, service: str, username: str) -> None:
        raise keyring.errors.PasswordDeleteError("the collection is locked")


def test_a_keyring_that_fails_to_keep_the_password_is_named_and_nothing_changes(services):
    admin = services.accounts.create("0001", "管理员", "admin", "admin-pw1")
    services.settings.change(admin, {"share.location": "/mnt/old-share"})
    before = services.profile.config_file.read_text(encoding="utf-8")
    previous = keyring.get_keyring()
    keyring.set_keyring(LockedKeyring())
    try:
        values = {"share.location": "smb://127.0.0.1:4455/cc", "share.username": "root"}
        with pytest.raises(SharePasswordNotKept) as raised:
            services.settings.save_share(admin, values, "root", "Very-secret-9")
    finally:
        keyring.set_keyring(previous)
    assert "did not keep the share password (PasswordSetError)" in raised.value.message
    assert services.profile.config_file.read_text(encoding="utf-8") == before
    failed = services.audit.recent(limit=1)[0]
    assert (failed.action, failed.detail) == ("share.password.failed", "share.keyring_failed")
