"""Retention in the running app: the real AgentDesk anonymises personal data older than
`[retention] personal_data_days` as soon as it starts (and then once a day while it stays
open), so a desk that is rarely opened is cleaned the moment it is."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from tests.integration.app_process import query, start_logged_in

pytestmark = pytest.mark.integration


def test_the_app_applies_the_retention_when_it_starts(desk, tmp_path):
    from agent_desk.clock import FakeClock
    from agent_desk.customers import CustomerChanges, PhoneInput
    from agent_desk.paths import Profile
    from agent_desk.services import Services

    profile = Profile.at(desk)
    four_years_ago = FakeClock(datetime.now(UTC) - timedelta(days=4 * 365))
    services = Services.open(profile, four_years_ago)
    try:
        old = services.customers.create(
            CustomerChanges(name="旧客户", phones=(PhoneInput("13900000001"),), notes="2022 年"),
            actor="1001",
        )
    finally:
        services.close()
    services = Services.open(profile)
    try:
        recent = services.customers.create(
            CustomerChanges(name="新客户", phones=(PhoneInput("13900000002"),)), actor="1001"
        )
    finally:
        services.close()
    app = start_logged_in(desk, tmp_path)
    try:
        app.wait_for_log("retention: anonymised", timeout=60)
    finally:
        app.stop()
    names = dict(query(desk, "SELECT id, name FROM customers"))
    assert names == {old.id: "", recent.id: "新客户"}
    assert query(desk, "SELECT count(*) FROM customer_phones WHERE customer_id = ?", old.id) == [
        (0,)
    ]
    audit = query(desk, "SELECT actor, detail FROM audit_events WHERE action = 'retention.apply'")
    assert audit == [("", "customers=1 calls=0 cases=0")]
