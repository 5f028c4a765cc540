"""Logging in: hashed passwords, five wrong tries lock for five minutes, all of it audited."""

from __future__ import annotations

import pytest

from agent_desk.errors import (
    AccountDisabled,
    AccountLocked,
    AuthError,
    PermissionDenied,
    ValidationError,
)


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


def test_an_administrators_reset_lifts_a_lockout(services):
    admin = services.accounts.create("0001", "管理员", "admin", "admin-pw1")
    services.accounts.create("1001", "王小明", "agent", "right-pw")
    for _ in range(5):
        with pytest.raises(AuthError):
            services.accounts.login("1001", "wrong")
    services.accounts.reset_password(admin, "1001", "new-password")
    assert services.accounts.login("1001", "new-password")


# --- issue 11: a login reveals nothing, and every try stays in the audit log -------------------


def test_a_failed_login_of_an_unknown_account_stays_in_the_audit_log(services):
    with pytest.raises(AuthError):
        services.accounts.login("4040", "whatever")
    rows = services.audit.recent()
    assert [(r.actor, r.action) for r in rows] == [("4040", "login.unknown")]


def test_tries_on_a_locked_account_stay_in_the_audit_log(services):
    services.accounts.create("1001", "王小明", "agent", "right-pw")
    for _ in range(5):
        with pytest.raises(AuthError):
            services.accounts.login("1001", "wrong")
    for _ in range(2):
        with pytest.raises(AccountLocked):
            services.accounts.login("1001", "right-pw")
    actions = [r.action for r in services.audit.recent()]
    assert actions.count("login.refused_locked") == 2


def test_an_unknown_account_is_locked_out_like_a_real_one(services, clock):
    """After five tries a real account answers "locked"; an unknown number must too, or the
    lockout message itself tells which numbers exist."""
    services.accounts.create("1001", "王小明", "agent", "right-pw")
    answers = {}
    for agent_no in ("1001", "4040"):
        seen = []
        for _ in range(6):
            with pytest.raises(AuthError) as info:
                services.accounts.login(agent_no, "wrong")
            seen.append((type(info.value).__name__, info.value.message))
        answers[agent_no] = seen
    assert answers["1001"] == answers["4040"]
    assert answers["4040"][-1][0] == "AccountLocked"
    clock.advance(5 * 60 + 1)
    with pytest.raises(AuthError) as info:
        services.accounts.login("4040", "wrong")
    assert type(info.value) is AuthError  # the lockout ended as a real one does


def test_an_unknown_account_costs_the_same_scrypt_work_as_a_wrong_password(profile, clock):
    """Timing must not tell which agent numbers exist (0.4 ms against 33-87 ms before)."""
    import statistics
    import time

    from agent_desk.services import Services

    profile.config_file.write_text("[policy.accounts]\nmax_failed_logins = 10\n", "utf-8")
    services = Services.open(profile, clock)
    try:
        services.accounts.create("1001", "王小明", "agent", "right-pw")
        ratios = []
        for i in range(15):
            # Pairs back to back, in alternating order, so a busy neighbour slows both alike.
            pair = [("1001", None), (f"40{i:02d}", None)]
            timed = {}
            for agent_no, _ in pair if i % 2 else reversed(pair):
                started = time.perf_counter()
                with pytest.raises(AuthError):
                    services.accounts.login(agent_no, "wrong-pw")
                timed[agent_no] = time.perf_counter() - started
            ratios.append(timed[f"40{i:02d}"] / timed["1001"])
    finally:
        services.close()
    ratio = statistics.median(ratios)
    assert 0.8 <= ratio <= 1.2, f"unknown / wrong password: median {ratio:.2f} ({ratios})"


def test_a_disabled_account_cannot_log_in_and_only_its_owner_learns_why(services):
    admin = services.accounts.create("0001", "管理员", "admin", "admin-pw1")
    services.accounts.create("1001", "王小明", "agent", "right-pw")
    services.accounts.set_active(admin, "1001", False)
    with pytest.raises(AuthError) as wrong:
        services.accounts.login("1001", "wrong")
    assert type(wrong.value) is AuthError
    with pytest.raises(AccountDisabled):
        services.accounts.login("1001", "right-pw")
    services.accounts.set_active(admin, "1001", True)
    assert services.accounts.login("1001", "right-pw").active


# --- administration -----------------------------------------------------------------------------


@pytest.fixture
def admin(services):
    return services.accounts.create("0001", "管理员", "admin", "admin-pw1")


def test_only_an_administrator_manages_accounts_and_refusals_are_audited(services, admin):
    boss = services.accounts.create("8001", "陈主管", "supervisor", "boss-pw1")
    services.accounts.create("1001", "王小明", "agent", "right-pw")
    for attempt in (
        lambda: services.accounts.add(boss, "6666", "X", "admin", "password1"),
        lambda: services.accounts.reset_password(boss, "1001", "password1"),
        lambda: services.accounts.set_active(boss, "1001", False),
        lambda: services.accounts.set_role(boss, "8001", "admin"),
        lambda: services.accounts.accounts(boss),
        lambda: services.accounts.add(None, "6666", "X", "admin", "password1"),
    ):
        with pytest.raises(PermissionDenied):
            attempt()
    refused = [r for r in services.audit.recent() if r.action == "permission.refused"]
    assert len(refused) == 6
    assert {r.actor for r in refused} == {"8001", ""}
    assert [a.agent_no for a in services.accounts.list()] == ["0001", "1001", "8001"]


def test_an_administrator_adds_disables_and_changes_roles_all_audited(services, admin):
    added = services.accounts.add(admin, "1001", "王小明", "agent", "password1")
    assert (added.role, added.active) == ("agent", True)
    services.accounts.set_role(admin, "1001", "supervisor")
    services.accounts.set_active(admin, "1001", False)
    listed = {a.agent_no: a for a in services.accounts.accounts(admin)}
    assert (listed["1001"].role, listed["1001"].active) == ("supervisor", False)
    rows = [(r.actor, r.action, r.target) for r in reversed(services.audit.recent())]
    assert rows[-3:] == [
        ("0001", "user.create", "1001"),
        ("0001", "user.role", "1001"),
        ("0001", "user.disable", "1001"),
    ]


def test_a_reset_password_must_be_changed_at_the_next_login(services, admin):
    services.accounts.create("1001", "王小明", "agent", "right-pw")
    services.accounts.reset_password(admin, "1001", "temp-pw-1")
    me = services.accounts.login("1001", "temp-pw-1")
    assert me.must_change_password
    with pytest.raises(ValidationError):  # the same password again is no change
        services.accounts.change_own_password("1001", "temp-pw-1", "temp-pw-1")
    changed = services.accounts.change_own_password("1001", "temp-pw-1", "mine-now-1")
    assert not changed.must_change_password
    assert not services.accounts.login("1001", "mine-now-1").must_change_password
    actions = [(r.actor, r.action, r.target) for r in services.audit.recent()]
    assert ("0001", "user.reset_password", "1001") in actions
    assert ("1001", "user.passwd", "1001") in actions


def test_changing_ones_own_password_needs_the_current_one(services):
    services.accounts.create("1001", "王小明", "agent", "right-pw")
    with pytest.raises(AuthError):
        services.accounts.change_own_password("1001", "wrong-pw", "new-password")
    assert services.accounts.login("1001", "right-pw")


def test_the_last_administrator_can_be_neither_disabled_nor_demoted(services, admin):
    with pytest.raises(ValidationError):
        services.accounts.set_active(admin, "0001", False)
    other = services.accounts.add(admin, "0002", "副管理员", "admin", "admin-pw2")
    with pytest.raises(ValidationError):  # nor oneself
        services.accounts.set_active(other, "0002", False)
    services.accounts.set_role(other, "0001", "supervisor")
    with pytest.raises(ValidationError) as info:
        services.accounts.set_role(other, "0002", "agent")
    assert info.value.params["reason"] == "user.last_admin"
    failed = [r for r in services.audit.recent() if r.action == "user.role.failed"]
    assert [(r.actor, r.target, r.detail) for r in failed] == [("0002", "0002", "user.last_admin")]


def test_the_first_account_made_at_setup_is_an_administrator_and_only_once(services):
    first = services.accounts.set_up("0001", "管理员", "admin-pw1")
    assert first.role == "admin"
    with pytest.raises(ValidationError):
        services.accounts.set_up("0002", "又一个", "admin-pw2")
    assert [a.agent_no for a in services.accounts.list()] == ["0001"]


# --- review of issue 11: look-alike numbers, the administrator's known password, forged lines --


@pytest.mark.parametrize(
    "agent_no", ["１００１", "a1001", "1001a", "10 01", "١٠٠١", "1" * 17, "0001\tlogin.ok"]
)
def test_an_agent_number_is_ascii_digits_so_none_looks_like_another(services, admin, agent_no):
    with pytest.raises(ValidationError) as info:
        services.accounts.add(admin, agent_no, "王小明", "agent", "password1")
    assert info.value.params["reason"] == "agent_no.format"
    assert "1 to 16 digits 0-9" in info.value.message
    assert [a.agent_no for a in services.accounts.list()] == ["0001"]


def test_a_name_with_a_control_character_is_refused(services, admin):
    with pytest.raises(ValidationError) as info:
        services.accounts.add(admin, "1001", "王\t小明", "agent", "password1")
    assert info.value.field == "name"


def test_an_account_an_administrator_adds_chooses_its_own_password_at_first_login(services, admin):
    added = services.accounts.add(admin, "1001", "王小明", "agent", "password1")
    assert added.must_change_password
    assert services.accounts.login("1001", "password1").must_change_password
    services.accounts.change_own_password("1001", "password1", "my-own-pw")
    assert not services.accounts.login("1001", "my-own-pw").must_change_password


def test_the_first_administrator_keeps_the_password_they_chose(services):
    made = services.accounts.set_up("0001", "管理员", "admin-pw1")
    assert not made.must_change_password


def test_a_crafted_agent_number_is_recorded_quoted_and_escaped(services, clock):
    """`--as $'0001\\tlogin.ok\\n99'` planted what looked like an administrator's login."""
    crafted = "0001\tlogin.ok\n99"
    for _ in range(5):
        with pytest.raises((AuthError, AccountLocked)):
            services.accounts.login(crafted, "x")
    actors = {r.actor for r in services.audit.recent()}
    assert actors == {'"0001\\tlogin.ok\\'}
    assert [r.action for r in services.audit.recent(limit=1)] == ["login.lockout"]  # counted
    with pytest.raises(AuthError):
        services.accounts.login("１００１", "x")
    assert services.audit.recent(limit=1)[0].actor == '"１００１"'
