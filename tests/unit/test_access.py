"""One table says who may do what; services ask it, refuse, and write the refusal down."""

from __future__ import annotations

from datetime import date

import pytest

from agent_desk.access import PERMISSIONS, ROLES, Permission, allows, least_role, shift_at_login
from agent_desk.errors import PermissionDenied


def test_roles_build_on_each_other():
    assert PERMISSIONS["agent"] < PERMISSIONS["supervisor"] < PERMISSIONS["admin"]
    assert set(PERMISSIONS["admin"]) == set(Permission)


@pytest.mark.parametrize(
    ("permission", "role"),
    [
        (Permission.TAKE_CALLS, "agent"),
        (Permission.CHANGE_OWN_PASSWORD, "agent"),
        (Permission.READ_REPORTS, "supervisor"),
        (Permission.ARCHIVE, "supervisor"),
        (Permission.CLOSE_OTHER_SHIFT, "supervisor"),
        (Permission.EXPORT_CUSTOMER_DATA, "supervisor"),
        (Permission.IMPORT_CUSTOMER_DATA, "supervisor"),
        (Permission.REVIEW_QUALITY, "supervisor"),
        (Permission.PUBLISH_KNOWLEDGE, "supervisor"),
        (Permission.MANAGE_ACCOUNTS, "admin"),
        (Permission.CHANGE_SETTINGS, "admin"),
        (Permission.RESTORE, "admin"),
        (Permission.ERASE_CUSTOMER_DATA, "admin"),
        (Permission.MANAGE_KEYS, "admin"),
        (Permission.READ_AUDIT, "admin"),
    ],
)
def test_who_may_do_what_as_the_product_says(permission, role):
    assert least_role(permission) == role
    below = ROLES[: ROLES.index(role)]
    assert not any(allows(r, permission) for r in below)
    assert not allows(None, permission) and not allows("guest", permission)


def test_only_agents_open_a_call_shift_without_being_asked():
    assert [shift_at_login(r) for r in ROLES] == [True, False, False]


def test_a_disabled_account_may_do_nothing(services):
    admin = services.accounts.create("0001", "管理员", "admin", "admin-pw1")
    other = services.accounts.create("0002", "管理员二", "admin", "admin-pw2")
    gone = services.accounts.set_active(admin, "0002", False)
    assert other.may(Permission.MANAGE_ACCOUNTS) and not gone.may(Permission.MANAGE_ACCOUNTS)


def test_an_agent_may_not_queue_the_archive_by_hand_and_the_try_is_audited(services, clock):
    agent = services.accounts.create("1001", "王小明", "agent", "agent-pw1")
    boss = services.accounts.create("8001", "陈主管", "supervisor", "boss-pw1")
    with pytest.raises(PermissionDenied):
        services.cases.archive_day(agent, date(2026, 11, 24), "BR001", desk="pc1")
    refused = services.audit.recent(limit=1)[0]
    assert (refused.actor, refused.action, refused.target) == (
        "1001",
        "permission.refused",
        "case.archive 2026-11-24",
    )
    paths = services.cases.archive_day(boss, date(2026, 11, 24), "BR001", desk="pc1")
    assert paths and all(p.startswith("archive/BR001/2026-11-24/pc1/") for p in paths)
    done = services.audit.recent(limit=1)[0]
    assert (done.actor, done.action, done.target) == ("8001", "case.archive", "2026-11-24")
