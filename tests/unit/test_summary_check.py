"""The fast summary check gives jsonschema's verdict on every document, valid or not."""

from __future__ import annotations

import copy
from datetime import datetime

from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from agent_desk.shifts.demo_summaries import DemoCall, DemoShift, build_summary
from agent_desk.shifts.schema import SummaryValidator, compile_schema, summary_schema

_START = datetime.fromisoformat("2026-11-02T09:00:00+08:00")
VALID = build_summary(
    DemoShift(
        "2001",
        "张三",
        "BR01",
        "城东营业部",
        _START,
        _START.replace(hour=17),
        (DemoCall(_START, "in", "inquiry", "138****0001", True, 4.0, 60, 5, True, 5, True, True),),
        shift_id="00000000-0000-4000-8000-00000000000a",
    )
)
FULL = Draft202012Validator(summary_schema())
FAST = compile_schema(summary_schema())

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-3, 3)
    | st.floats(-2, 6, allow_nan=False)
    | st.sampled_from(["", "x", "2026-11-02T09:00:00+08:00", "agent-desk/shift-summary"]),
    lambda inner: (
        st.lists(inner, max_size=2) | st.dictionaries(st.text(max_size=3), inner, max_size=2)
    ),
    max_leaves=4,
)


def _paths(node, prefix=()):
    yield prefix
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _paths(value, (*prefix, key))


PATHS = [p for p in _paths(VALID) if p]


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(PATHS), json_values, st.sampled_from(["set", "delete", "add"]))
def test_compiled_check_agrees_with_jsonschema(path, value, change):
    doc = copy.deepcopy(VALID)
    parent = doc
    for key in path[:-1]:
        parent = parent[key]
    if change == "delete":
        del parent[path[-1]]
    elif change == "add" and isinstance(parent[path[-1]], dict):
        parent[path[-1]]["unexpected"] = value
    else:
        parent[path[-1]] = value
    assert FAST(doc) == FULL.is_valid(doc)


def test_a_valid_summary_passes_and_a_broken_one_gets_jsonschemas_message():
    validator = SummaryValidator()
    assert validator.compiled
    assert validator.problem(VALID) is None
    broken = copy.deepcopy(VALID)
    broken["rule"]["rings"] = 0
    assert validator.problem(broken) == "rule/rings: 0 is less than the minimum of 1"
