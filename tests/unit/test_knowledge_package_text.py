"""A refused knowledge package says what is wrong without echoing what it carries: a 50,001-
character answer is named by its length, never printed (to stderr, the window or the log)."""

from __future__ import annotations

import copy
import json

import pytest

from agent_desk.knowledge import BODY_MAX, PackageRefused
from agent_desk.knowledge.package import parse_package

ARTICLE = {
    "id": "00000000-0000-0000-0000-000000000001",
    "version": 2,
    "title": "退款多久到账",
    "body": "原路退回。",
    "categories": ["inquiry"],
    "tags": [],
    "status": "published",
    "author": "1001",
    "created_at": "2026-11-30T01:00:00+00:00",
    "published_at": "2026-11-30T01:00:00+00:00",
    "published_by": "2001",
    "history": [],
}


def package(**changes):
    second = copy.deepcopy(ARTICLE) | {"id": "00000000-0000-0000-0000-000000000002"}
    data = {
        "schema": "agent-desk/kb-package",
        "version": 1,
        "generated_at": "2026-11-30T02:00:00+00:00",
        "branch": "BJ01",
        "desk": "desk1",
        "published_by": "2001",
        "count": 2,
        "articles": [copy.deepcopy(ARTICLE), second],
    }
    for change in changes.values():
        change(data)
    return json.dumps(data, ensure_ascii=False).encode()


def refusal(data):
    with pytest.raises(PackageRefused) as caught:
        parse_package(data, "kb-x.json")
    return caught.value


def test_an_oversized_answer_is_refused_by_its_length_not_its_text():
    error = refusal(package(big=lambda d: d["articles"][1].update(body="字" * (BODY_MAX + 1))))
    assert "articles/1/body: 50,001 characters, at most 50,000" in str(error)
    assert "字字" not in str(error)
    assert len(str(error)) < 200
    assert error.params["reason"] == "kb.package.schema"


@pytest.mark.parametrize(
    ("damage", "expected"),
    [
        (
            lambda d: d["articles"][0]["history"].append(
                {k: ARTICLE[k] for k in ("version", "title", "categories", "tags", "status")}
                | {"body": "字" * 60_000, "saved_at": ARTICLE["created_at"], "saved_by": "2001"}
            ),
            "articles/0/history/0/body: 60,000 characters, at most 50,000",
        ),
        (lambda d: d["articles"][0].update(title="题" * 5_000), "5,000 characters, at most 200"),
        (lambda d: d["articles"][0].update(status="字" * 5_000), "a text of 5,000 characters"),
        (lambda d: d["articles"][0].update(id="字" * 5_000), "a text of 5,000 characters"),
        (lambda d: d["articles"][0].update({"键" * 5_000: 1}), "unexpected key a text of 5,000"),
        (lambda d: d.update(version="版" * 5_000), "package version a text of 5,000 characters"),
        (lambda d: d["articles"][0].update(tags=["签" * 5_000]), "at most 40"),
        (lambda d: d["articles"][0].update(version="字" * 5_000), "a text of 5,000 characters"),
        (lambda d: d["articles"][0].pop("body"), "missing body"),
        (lambda d: d["articles"][0].update(status="proposed"), "'proposed' is not one of"),
    ],
)
def test_no_schema_message_echoes_a_long_value(damage, expected):
    error = refusal(package(damage=damage))
    assert expected in str(error)
    assert len(str(error)) < 300
    assert all(len(str(v)) < 300 for v in error.params.values())
