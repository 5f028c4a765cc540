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


def test_a_proposal_made_at_an_agents_desk_is_published_at_the_supervisors(tmp_path):
    """Review-14 K1/K2 through the real commands: the proposal travels to the supervisor's
    desk, the published article comes back, and a bad newer package on the share is refused
    with its name and reason while the good one is taken."""
    from datetime import UTC, datetime, timedelta

    share = tmp_path / "share"
    share.mkdir()
    agent_pc, sup_pc = tmp_path / "agent-pc", tmp_path / "sup-pc"
    add_account(agent_pc, "1001", AGENT_PW, "agent", "王小明")
    add_account(sup_pc, "8001", SUP_PW, "supervisor", "陈主管")
    for pc in (agent_pc, sup_pc):
        done = run_as_admin("config", "set", "share.location", str(share), profile=pc)
        assert done.returncode == 0, done.stderr

    added = kb(agent_pc, "add", "--title", "积分兑换", "--body", "会员页兑换积分。", who=AGENT)
    article_id = added.stdout.strip()
    assert run_cli("sync", profile=agent_pc).returncode == 0

    pulled = kb(sup_pc, "pull", who=SUP)
    assert pulled.returncode == 0, pulled.stderr
    assert "1 proposals new or changed" in pulled.stdout
    listed = json.loads(kb(sup_pc, "list", "--status", "proposed", "--json", who=SUP).stdout)
    assert [(a["id"], a["author"], a["origin"]) for a in listed] == [(article_id, "1001", "share")]
    assert kb(sup_pc, "publish", article_id, who=SUP).returncode == 0
    assert kb(sup_pc, "share", who=SUP).returncode == 0

    [good] = (share / "kb").glob("kb-*.json")
    later = datetime.now(UTC) + timedelta(hours=1)
    bad = share / "kb" / f"kb-{later:%Y%m%dT%H%M%SZ}-BR9-broken.json"
    bad.write_bytes(good.read_bytes()[:100])

    back = kb(agent_pc, "pull", who=AGENT)
    assert back.returncode == 0, back.stderr
    assert f"took {good.name}: 0 new, 1 newer" in back.stdout
    assert f"refused {bad.name}: knowledge package {bad.name} refused: incomplete" in back.stderr
    hits = json.loads(kb(agent_pc, "search", "兑换积分", "--json").stdout)
    assert [(h["id"], h["version"]) for h in hits] == [(article_id, 2)]
    again = kb(agent_pc, "pull", who=AGENT)
    assert again.stdout.strip() == "nothing new on the share" and again.stderr == ""


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


def test_a_proposal_file_named_in_gbk_is_refused_once_and_the_pull_goes_on(tmp_path):
    """A file whose name is not UTF-8 text among the branch's proposals (报.json in GBK) is
    refused with its bytes shown as escapes, audited and logged, and not said again; the
    good proposal beside it is taken. The refusal's audit row crashed the pull before."""
    share = tmp_path / "share"
    share.mkdir()
    agent_pc, sup_pc = tmp_path / "agent-pc", tmp_path / "sup-pc"
    add_account(agent_pc, "1001", AGENT_PW, "agent", "王小明")
    add_account(sup_pc, "8001", SUP_PW, "supervisor", "陈主管")
    for pc in (agent_pc, sup_pc):
        done = run_as_admin("config", "set", "share.location", str(share), profile=pc)
        assert done.returncode == 0, done.stderr
    kb(agent_pc, "add", "--title", "积分兑换", "--body", "会员页兑换积分。", who=AGENT)
    assert run_cli("sync", profile=agent_pc).returncode == 0
    [folder] = (share / "kb" / "proposals").iterdir()
    with open(bytes(folder) + b"/\xb1\xa8.json", "wb") as f:
        f.write(b"{}")

    pulled = kb(sup_pc, "pull", who=SUP)
    assert pulled.returncode == 0, pulled.stderr
    assert "1 proposals new or changed" in pulled.stdout
    name = f"kb/proposals/{folder.name}/\\xb1\\xa8.json"
    assert pulled.stderr == (
        f"refused {name}: knowledge package {name} refused: the name is not UTF-8 text\n"
    )
    log = (sup_pc / "logs" / "agent-desk.log").read_text(encoding="utf-8")
    assert f"knowledge file {name} refused" in log
    listed = run_as_admin("audit", "list", profile=sup_pc)
    assert name in listed.stdout
    verified = run_cli("audit", "verify", profile=sup_pc)
    assert verified.returncode == 0, verified.stderr
    again = kb(sup_pc, "pull", who=SUP)
    assert again.stdout.strip() == "nothing new on the share" and again.stderr == ""
