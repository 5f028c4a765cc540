"""The case window offers a step only if the workflow will take it (`CaseInfo.actions`)."""

from __future__ import annotations

import pytest

from agent_desk.accounts import AgentInfo
from agent_desk.errors import AgentDeskError
from agent_desk.models.cases import STATUSES
from agent_desk.services import Services
from tests.unit.test_cases import drive_to, open_complaint


@pytest.fixture
def agent(services: Services) -> AgentInfo:
    return services.accounts.create("1001", "张三", "supervisor", "secret1")


def steps(services: Services, agent: AgentInfo, case_id: int) -> dict:
    """The state changes of a complaint, by the name of the button that asks for them."""
    c = services.cases
    return {
        "assign": lambda: c.assign(case_id, actor=agent),
        "start": lambda: c.start(case_id, actor=agent),
        "reply": lambda: c.reply(case_id, actor=agent, text="已答复"),
        "close": lambda: c.close(
            case_id, actor=agent, satisfaction=5, root_cause="计费错误", improvement="修复规则"
        ),
        "reopen": lambda: c.reopen(case_id, actor=agent, reason="再次来电"),
    }


@pytest.mark.parametrize("status", STATUSES)
def test_a_complaint_offers_exactly_the_steps_its_state_allows(services, agent, status) -> None:
    for name in steps(services, agent, 0):
        case = drive_to(services, agent, open_complaint(services, agent).id, status)
        step = steps(services, agent, case.id)[name]
        if name in case.actions():
            step()  # offered, so the workflow takes it
        else:
            with pytest.raises(AgentDeskError):
                step()


def test_a_suggestion_offers_the_decision_then_telling_the_customer(services, agent) -> None:
    case = services.cases.open_case("suggestion", actor=agent, matter="增加夜间客服")
    assert {"adopt", "reject"} <= case.actions() and "told" not in case.actions()
    case = services.cases.decide_suggestion(case.id, actor=agent, decision="adopted", text="")
    assert "told" in case.actions() and not {"adopt", "reject"} & case.actions()
    case = services.cases.record_customer_told(case.id, actor=agent, text="电话告知")
    assert not {"adopt", "reject", "told"} & case.actions()
