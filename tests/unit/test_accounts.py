"""Logging in: hashed passwords, five wrong tries lock for five minutes, all of it audited."""

from __future__ import annotations

import pytest

from agent_desk.errors import AccountLocked, AuthError, ValidationError


def test_first_admin_is_created_and_can_log_in(services):
    assert not services.accounts.has_admin()
    services.accounts.create("8001", "陈主管", "admin", "s3cret-pw")
    assert services.accounts.has_admin()
    agent = services.accounts.login("8001", "s3cret-pw")
    assert (agent.agent_no, agent.role, agent.is_supervisor) == ("8001", "admin", True)


def test_passwords_are_stored_as_scrypt_hashes_not_text(services):
    services.accounts.create("1001", "王小明", "agent", "password-123")
    with services.store.engine.connect() as conn:
        stored = conn.exec_driver_sql("SELECT password_hash FROM agents").scalar()
    assert stored.startswith("scrypt$")
    assert "password-123" not in stored


def test_five_wrong_passwords_lock_the_account_for_five_minutes(services, clock):
    services.accounts.create("1001", "王小明", "agent", "right-pw")
    for _ in range(4):
        with pytest.raises(AuthError):
            services.accounts.login("1001", "wrong")
    with pytest.raises(AccountLocked):
        services.accounts.login("1001", "wrong")
    # Locked: even the right password is refused until five minutes have passed.
    clock.advance(299)
    with pytest.raises(AccountLocked):
        services.accounts.login("1001", "right-pw")
    clock.advance(2)
    assert services.accounts.login("1001", "right-pw").agent_no == "1001"


def test_logins_failures_and_lockouts_are_in_the_audit_log(services):
    services.accounts.create("1001", "王小明", "agent", "right-pw")
    services.accounts.login("1001", "right-pw")
    for _ in range(5):
        with pytest.raises(AuthError):
            services.accounts.login("1001", "wrong")
    actions = [row.action for row in services.audit.recent()]
    assert "login.ok" in actions
    assert actions.count("login.failed") == 4
    assert "login.lockout" in actions
    assert all("wrong" not in row.detail for row in services.audit.recent())


def test_a_successful_login_resets_the_count_of_wrong_tries(services):
    services.accounts.create("1001", "王小明", "agent", "right-pw")
    for _ in range(4):
        with pytest.raises(AuthError):
            services.accounts.login("1001", "wrong")
    services.accounts.login("1001", "right-pw")
    for _ in range(4):
        with pytest.raises(AuthError):
            services.accounts.login("1001", "wrong")
    assert services.accounts.login("1001", "right-pw")


def test_unknown_agents_get_the_same_answer_as_wrong_passwords(services):
    with pytest.raises(AuthError) as info:
        services.accounts.login("4040", "whatever")
    assert type(info.value) is AuthError


@pytest.mark.parametrize(
    ("agent_no", "name", "password", "field"),
    [
        ("", "名字", "longenough", "agent_no"),
        ("10 01", "名字", "longenough", "agent_no"),
        ("1001", " ", "longenough", "name"),
        ("1001", "名字", "short", "password"),
    ],
)
def test_bad_account_input_names_the_field(services, agent_no, name, password, field):
    with pytest.raises(ValidationError) as info:
        services.accounts.create(agent_no, name, "agent", password)
    assert info.value.field == field


def test_a_duplicate_agent_number_is_a_clear_error(services):
    services.accounts.create("1001", "王小明", "agent", "password1")
    with pytest.raises(ValidationError) as info:
        services.accounts.create("1001", "李四", "agent", "password2")
    assert "already exists" in info.value.message


def test_changing_the_password_lifts_a_lockout(services):
    services.accounts.create("1001", "王小明", "agent", "right-pw")
    for _ in range(5):
        with pytest.raises(AuthError):
            services.accounts.login("1001", "wrong")
    services.accounts.change_password("1001", "new-password", actor="8001")
    assert services.accounts.login("1001", "new-password")
