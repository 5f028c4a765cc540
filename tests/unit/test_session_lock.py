"""A shared desk locks itself when left alone, never in the middle of a call, and only the
account logged in unlocks it; logging out waits for the call's record."""

from __future__ import annotations

import pytest

from agent_desk.errors import AccountLocked, AuthError
from agent_desk.session_lock import CallInProgress, SessionLock


@pytest.fixture
def lock(services, clock):
    services.accounts.create("0001", "管理员", "admin", "admin-pw-1")
    agent = services.accounts.login("0001", "admin-pw-1")
    return SessionLock(services.accounts, services.audit, clock, services.policy, agent)


def test_the_desk_locks_after_the_policy_s_idle_minutes_and_not_before(lock, clock):
    assert lock.limit_seconds == 10 * 60  # resources/policy.toml
    clock.advance(9 * 60 + 59)
    assert not lock.due("idle")
    lock.touched()  # someone typed
    clock.advance(9 * 60)
    assert not lock.due("idle")
    clock.advance(60)
    assert lock.due("idle") and lock.due("wrapup")


@pytest.mark.parametrize("stage", ["ringing", "talking"])
def test_it_never_locks_while_a_call_rings_or_is_talked(lock, clock, stage):
    clock.advance(3600)
    assert not lock.due(stage)
    assert lock.due("idle")  # the next check after the call


def test_only_the_account_s_password_unlocks_and_wrong_ones_count(lock, services, clock):
    clock.advance(600)
    lock.lock()
    assert lock.locked and not lock.due("idle")
    for _ in range(4):
        with pytest.raises(AuthError):
            lock.unlock("guess")
        assert lock.locked
    with pytest.raises(AccountLocked):
        lock.unlock("guess")  # the fifth wrong password locks the account, as at a login
    clock.advance(5 * 60 + 1)
    lock.unlock("admin-pw-1")
    assert not lock.locked and not lock.due("idle")
    actions = [r.action for r in reversed(services.audit.recent(limit=8))]
    assert actions[0] == "session.lock" and actions[-2:] == ["login.ok", "session.unlock"]
    assert "login.lockout" in actions


def test_logging_out_waits_for_the_call_s_record(lock, services):
    for stage in ("ringing", "talking", "wrapup"):
        with pytest.raises(CallInProgress):
            lock.log_out(stage)
    lock.log_out("idle")
    assert services.audit.recent(limit=1)[0].action == "session.logout"


def test_the_idle_minutes_are_bounded_like_every_policy_value(tmp_path):
    from agent_desk.config import BranchConfig
    from agent_desk.errors import ConfigError

    config = BranchConfig.load(tmp_path / "config.toml")
    with pytest.raises(ConfigError, match="at least 1 and at most 120"):
        config.set("policy.accounts.lock_after_idle_minutes", "0")
    assert config.set("policy.accounts.lock_after_idle_minutes", "30") == 30
