"""The desk's disk fills up in the middle of a shift: every save says so and writes nothing half.

A real tiny tmpfs holds the profile (database, WAL, logs); it is filled to the last byte and
then the agent saves a call record, opens a complaint, promises a callback and saves a new
customer. Each save must raise the translatable `LocalDiskFull` (never a raw SQLAlchemy
error that would surface as "something went wrong"), leave no trace in the database, and
succeed unchanged once space is freed, which is what the forms rely on to keep the typing.

Mounting needs root and permission to mount tmpfs; otherwise these tests are skipped.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from agent_desk.calls.service import CallRecord
from agent_desk.clock import FakeClock
from agent_desk.customers import CustomerChanges, PhoneInput
from agent_desk.errors import LocalDiskFull
from agent_desk.models import Callback, Case, Customer
from agent_desk.paths import Profile
from agent_desk.services import Services
from tests.integration.test_share_disks import SKIP, fill, tmpfs

pytestmark = [pytest.mark.integration, pytest.mark.skipif(SKIP is not None, reason=SKIP or "")]

# Long enough free text that the save needs new database pages, not only a reused WAL frame.
LONG = "客户反映宽带晚上经常断线，已指导重启光猫并登记报修。" * 400


def count(services: Services, model: type) -> int:
    with services.store.sessions() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_a_full_disk_refuses_every_save_cleanly_and_the_same_save_works_after(tmp_path):
    clock = FakeClock()
    with tmpfs(tmp_path / "desk", "8m") as desk:
        services = Services.open(Profile.at(desk / "profile").ensure(), clock)
        try:
            agent = services.accounts.create("1001", "王小明", "agent", "secret-pw")
            call = services.calls.ring("13800138000", agent_id=agent.id)
            clock.advance(4)
            services.calls.answer(call.public_id)
            clock.advance(60)
            services.calls.hang_up(call.public_id)
            record = CallRecord(
                category="complaint",
                subject="宽带断线",
                question=LONG,
                answer="已登记报修",
                resolution="resolved",
                satisfaction=4,
                greeting_given=True,
                signoff_given=True,
            )
            known = services.customers.create(
                CustomerChanges(name="张三", phones=(PhoneInput("13700137000"),)), actor="1001"
            )
            customer = CustomerChanges(name="李四", phones=(PhoneInput("13900139000"),), notes=LONG)

            filler = fill(desk)
            saves = {
                "call": lambda: services.calls.save_record(call.public_id, record, actor=agent),
                "case": lambda: services.cases.open_case(
                    "complaint", actor=agent, complainant="李四", contact="13900139000", matter=LONG
                ),
                "callback": lambda: services.callbacks.schedule(
                    actor=agent,
                    due_at=clock.now() + timedelta(hours=2),
                    purpose=LONG,
                    customer_id=known.id,
                ),
                "customer": lambda: services.customers.create(customer, actor="1001"),
            }
            for name, save in saves.items():
                with pytest.raises(LocalDiskFull) as raised:
                    save()
                assert raised.value.code == "disk.full", name
                assert "local disk is full" in raised.value.message, name

            # Nothing half-written: the call is still unsaved, nothing else exists.
            assert services.calls.get(call.public_id).saved_at is None
            assert count(services, Case) == 0
            assert count(services, Callback) == 0
            assert count(services, Customer) == 1  # only the one saved before

            filler.unlink()
            for save in saves.values():
                save()
            assert services.calls.get(call.public_id).saved_at is not None
            assert count(services, Case) == 1
            assert count(services, Callback) == 1
            assert count(services, Customer) == 2
        finally:
            services.close()
