"""`agent-desk kb` as a real process: propose, publish, search, retire, export and import."""

from __future__ import annotations

import json

import pytest

from tests.conftest import add_account, run_as_admin, run_cli

pytestmark = pytest.mark.integration

AGENT_PW, SUP_PW = "agent-pw-1", "boss-pw-1"


@pytest.fixture
def desk(tmp_path):
    profile = tmp_path / "desk"
    add_account(profile, "1001", AGENT_PW, "agent", "王小明")
    add_account(profile, "8001", SUP_PW, "supervisor", "陈主管")
    return profile


def kb(profile, *args, who=None):
    if who is None:
        return run_cli("kb", *args, profile=profile)
    no, pw = who
    return run_cli("kb", *args, "--as", no, profile=profile, stdin=f"{pw}\n")


AGENT, SUP = ("1001", AGENT_PW), ("8001", SUP_PW)


def test_an_agent_proposes_a_supervisor_publishes_and_anyone_finds_it(desk, tmp_path):
    added = kb(
        desk,
        "add",
        "--title",
        "宽带资费说明",
        "--body",
        "包月套餐每月九十九元，含光纤。",
        "--category",
        "inquiry",
        "--json",
        who=AGENT,
    )
    assert added.returncode == 0, added.stderr
    article = json.loads(added.stdout)
    assert article["status"] == "proposed"
    assert json.loads(kb(desk, "search", "九十九元", "--json").stdout) == []

    refused = kb(desk, "publish", article["id"], who=AGENT)
    assert refused.returncode == 4
    assert "supervisor" in refused.stderr

    published = kb(desk, "publish", article["id"], who=SUP)
    assert published.returncode == 0, published.stderr
    hits = json.loads(kb(desk, "search", "九十九元", "--json").stdout)
    assert [(h["id"], h["title"], h["version"]) for h in hits] == [
        (article["id"], "宽带资费说明", 2)
    ]

    duplicate = kb(desk, "add", "--title", "宽带资费说明", "--body", "x", who=AGENT)
    assert duplicate.returncode == 2
    assert "exists already" in duplicate.stderr and article["id"] in duplicate.stderr
    big = tmp_path / "big.txt"
    big.write_text("字" * 50_001, encoding="utf-8")
    too_long = kb(desk, "add", "--title", "长", "--body-file", str(big), who=AGENT)
    assert too_long.returncode == 2 and "50,000" in too_long.stderr
    empty = kb(desk, "add", "--title", " ", "--body", "x", who=AGENT)
    assert empty.returncode == 2 and "title" in empty.stderr

    package = tmp_path / "kb.json"
    exported = kb(desk, "export", str(package), who=SUP)
    assert exported.returncode == 0, exported.stderr
    other = tmp_path / "desk2"
    imported = run_as_admin("kb", "import", str(package), profile=other)
    assert imported.returncode == 0, imported.stderr
    assert "1 new" in imported.stdout
    assert [h["title"] for h in json.loads(kb(other, "search", "宽带", "--json").stdout)] == [
        "宽带资费说明"
    ]

    cut = tmp_path / "cut.json"
    cut.write_bytes(package.read_bytes()[:-40])
    refused_pkg = run_as_admin("kb", "import", str(cut), profile=tmp_path / "desk3")
    assert refused_pkg.returncode == 2
    assert "refused" in refused_pkg.stderr and "incomplete" in refused_pkg.stderr
    assert json.loads(kb(tmp_path / "desk3", "search", "宽带", "--json").stdout) == []

    retired = kb(desk, "retire", article["id"], who=SUP)
    assert retired.returncode == 0, retired.stderr
    assert json.loads(kb(desk, "search", "九十九元", "--json").stdout) == []


def test_kb_search_finds_two_character_words_in_answers_even_after_a_dash(desk):
    """发票 is in the answer only; `-退款` is a word typed with a dash, not an option."""
    for title, body in (
        ("开具电子凭证", "可在订单页面申请开具发票，电子发票会发送到邮箱。"),
        ("退款多久到账", "退款一般三个工作日内原路退回。"),
    ):
        added = kb(desk, "add", "--title", title, "--body", body, "--json", who=AGENT)
        assert added.returncode == 0, added.stderr
        published = kb(desk, "publish", json.loads(added.stdout)["id"], who=SUP)
        assert published.returncode == 0, published.stderr

    def found(*words):
        done = kb(desk, "search", "--json", *words)
        assert done.returncode == 0, done.stderr
        return [h["title"] for h in json.loads(done.stdout)]

    assert found("发票") == ["开具电子凭证"]
    assert found("发票 邮箱") == ["开具电子凭证"]
    assert found("-退款") == ["退款多久到账"]
    assert found("--", "-退款") == ["退款多久到账"]
    text = kb(desk, "search", "退")
    assert text.returncode == 0 and "退款多久到账" in text.stdout
    control = kb(desk, "add", "--title", "两行\n标题", "--body", "x", who=AGENT)
    assert control.returncode == 2 and "U+000A" in control.stderr
