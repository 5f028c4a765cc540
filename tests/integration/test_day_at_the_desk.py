"""A day at the desk, end to end, in real processes against a real Samba share.

Branch IT configures a desk and its share (password in the keyring, as the settings page puts
it); the agent logs in (a shift opens); a softphone rings a known customer, whose card pops;
the agent answers, records a complaint that needs a follow-up (a case opens with its
deadlines); a second caller hangs up before anyone answers. The app is stopped, branch IT
closes the shift headlessly and syncs to the share; the files arrive in the agreed layout with
their checksums, the supervisor's headless report over smb:// counts what happened, and the
calls.csv on the share shows the caller's number only masked.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import subprocess
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from agent_desk.paths import Profile
from agent_desk.share import KEYRING_SERVICE, set_share_password
from agent_desk.workdays import _package_years
from tests.conftest import run_as_admin, run_cli
from tests.integration.app_process import add_agent, query, start_logged_in
from tests.integration.samba import PASSWORD, USER, SambaServer, skip_reason
from tests.integration.test_call_process import hook

pytestmark = pytest.mark.integration
needs_samba = pytest.mark.skipif(skip_reason() is not None, reason=skip_reason() or "")

BRANCH = "BJ07"
CUSTOMER_NUMBER = "13800138000"
CUSTOMER_DIALS_AS = "+86 138-0013-8000"  # how the softphone reports the same number
STRANGER_NUMBER = "13911112222"
SECONDS_PER_RING = 1.0  # branch IT's cadence: 3 rings = 3 s keeps the story short
RULE_MS = 3_000
CASE_ZONE = ZoneInfo("Asia/Shanghai")  # resources/policy.toml: deadlines and archive days


@pytest.fixture
def samba(tmp_path: Path):
    server = SambaServer(tmp_path / "samba")
    server.start()
    yield server
    server.stop()


def cli_ok(*args: str, profile: Path, stdin: str | None = None) -> str:
    done = run_cli(*args, profile=profile, stdin=stdin, timeout=90)
    assert done.returncode == 0, f"agent-desk {' '.join(args)}: {done.stderr}"
    return done.stdout


def admin_ok(*args: str, profile: Path) -> str:
    """What branch IT runs as the desk's administrator (--as, password on stdin)."""
    done = run_as_admin(*args, profile=profile, timeout=90)
    assert done.returncode == 0, f"agent-desk {' '.join(args)}: {done.stderr}"
    return done.stdout


def configure_desk(desk: Path, share_url: str) -> None:
    """What branch IT's deployment script does, with the CLI and the keyring only."""
    for key, value in (
        ("branch.code", BRANCH),
        ("branch.name", "北京七支行"),
        ("share.location", share_url),
        ("share.username", USER),
        ("ring.seconds_per_ring", str(SECONDS_PER_RING)),
    ):
        admin_ok("config", "set", key, value, profile=desk)
    set_share_password(USER, PASSWORD)  # what the settings page's Save does
    # The story runs on today's real date; a complaint received in late December has its
    # reply date in a year the chinese_calendar package may not know yet. Branch IT then
    # drops a holidays.toml (weekends only will do here), so the desk and the CLI agree.
    first, last = _package_years()
    this_year = datetime.now(UTC).year
    unknown = [y for y in (this_year, this_year + 1) if not first <= y <= last]
    if unknown:
        (Profile.at(desk).config_dir / "holidays.toml").write_text(
            "".join(f"[{year}]\n" for year in unknown), encoding="utf-8"
        )


def create_known_customer(desk: Path) -> int:
    from agent_desk.clock import SystemClock
    from agent_desk.customers import CustomerChanges, PhoneInput
    from agent_desk.services import Services

    services = Services.open(Profile.at(desk).ensure(), SystemClock())
    try:
        record = services.customers.create(
            CustomerChanges(
                name="张三", phones=(PhoneInput(CUSTOMER_NUMBER, "手机"),), vip_level=2
            ),
            actor="1001",
        )
    finally:
        services.close()
    return record.id


def pdf_text(path: Path) -> str:
    """The PDF's text as a reader's search would find it (poppler's pdftotext)."""
    done = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, timeout=30)
    assert done.returncode == 0, done.stderr
    return done.stdout.decode("utf-8")


@needs_samba
def test_a_day_at_the_desk_reaches_the_supervisors_report(tmp_path, monkeypatch, samba):
    monkeypatch.setenv("AGENT_DESK_TEST_KEYRING_DIR", str(tmp_path))
    desk = tmp_path / "desk"
    add_agent(desk)  # agent 1001
    configure_desk(desk, samba.url("share", "summaries"))
    customer_id = create_known_customer(desk)
    config_text = Profile.at(desk).config_file.read_text(encoding="utf-8")
    assert PASSWORD not in config_text and KEYRING_SERVICE not in config_text

    app = start_logged_in(desk, tmp_path, hooks=True)
    try:
        # The agent logs in: the shift opens.
        app.wait_for_log("started for agent 1001")
        assert query(desk, "SELECT status FROM shifts") == [("open",)]

        # Call 1: the known customer rings; the card names her before the agent answers.
        before_ring = time.monotonic()
        rung = run_cli("ring", "--caller", CUSTOMER_DIALS_AS, "--call-id", "sip-1", profile=desk)
        after_ring = time.monotonic()
        assert rung.returncode == 0, rung.stderr
        popped = app.wait_for_log("-> customer in")
        assert CUSTOMER_NUMBER not in popped  # the log masks the number
        state = hook(desk, {"cmd": "test.state"})
        assert (state["stage"], state["banner_customer"]) == ("ringing", "张三")
        assert state["card"]["name"] == "张三" and state["card"]["cases"] == ["暂无未结工单"]
        time.sleep(0.6)
        before_answer = time.monotonic()
        answered = run_cli("answer", "--call-id", "sip-1", profile=desk)
        after_answer = time.monotonic()
        assert answered.returncode == 0, answered.stderr
        app.wait_for_log("call answered")
        state = hook(desk, {"cmd": "test.state"})
        assert state["greeting"] == "您好，1001号为您服务，请问有什么可以帮您？"
        complaint = {
            "category": "complaint",
            "subject": "宽带三天断线",
            "question": "家里宽带连续三天晚上断线，要求上门检修并赔偿",
            "answer": "已致歉，记录投诉，24 小时内反馈进度",
            "resolution": "follow_up",
            "needs_follow_up": True,
            "follow_up_kind": "case",
            "satisfaction": 3,
            "greeting_given": True,
            "signoff_given": True,
        }
        assert hook(desk, {"cmd": "test.fill", "record": complaint})["ok"]
        assert run_cli("hangup", "--call-id", "sip-1", profile=desk).returncode == 0
        app.wait_for_log("call hung up")
        saved = hook(desk, {"cmd": "test.save"})
        assert saved["ok"], saved
        app.wait_for_log("call saved")
        # The card, still in front of the agent, now lists the complaint case and the call.
        card = hook(desk, {"cmd": "test.state"})["card"]
        assert card["name"] == "张三"
        assert len(card["cases"]) == 1 and card["cases"][0].startswith("TS-")
        assert "宽带三天断线" in card["cases"][0]
        assert any("宽带三天断线" in line for line in card["calls"])

        # Call 2: a stranger rings past the rule and hangs up before anyone answers.
        rung = run_cli("ring", "--caller", STRANGER_NUMBER, "--call-id", "sip-2", profile=desk)
        assert rung.returncode == 0, rung.stderr
        app.wait_for_log("-> unknown in")
        time.sleep(RULE_MS / 1000 + 0.5)
        assert run_cli("hangup", "--call-id", "sip-2", profile=desk).returncode == 0
        app.wait_for_log("(abandoned)")
    finally:
        app.stop()

    # What the desk recorded, as the agent would see it in the call history.
    calls = {
        row[0]: row[1:]
        for row in query(
            desk,
            "SELECT cti_call_id, outcome, customer_id, answer_delay_ms, within_rule, category "
            "FROM calls",
        )
    }
    outcome, linked, delay_ms, within, category = calls["sip-1"]
    assert (outcome, linked, category) == ("answered", customer_id, "complaint")
    # The stored delay is what the caller waited, bracketed by what this test saw.
    assert (before_answer - after_ring) * 1000 <= delay_ms <= (after_answer - before_ring) * 1000
    assert within == (1 if delay_ms <= RULE_MS else 0)
    assert calls["sip-2"][:2] == ("abandoned", None)
    cases = query(
        desk,
        "SELECT c.kind, c.status, c.customer_id, c.received_at, c.points_by, c.feedback_by, "
        "c.reply_by, calls.cti_call_id FROM cases c JOIN calls ON calls.id = c.call_id",
    )
    assert len(cases) == 1, cases
    kind, status, case_customer, *times, from_call = cases[0]
    assert (kind, status, case_customer, from_call) == (
        "complaint",
        "received",
        customer_id,
        "sip-1",
    )
    received, points_by, feedback_by, reply_by = (datetime.fromisoformat(t) for t in times)
    assert points_by - received == timedelta(minutes=5)
    assert feedback_by - received == timedelta(hours=24)
    assert reply_by >= received + timedelta(days=5)  # 5 working days
    # Branch IT's deadline check names the same reply date for a complaint received then.
    checked = json.loads(
        cli_ok(
            "deadlines",
            "--kind",
            "complaint",
            "--received",
            received.replace(tzinfo=UTC).isoformat(),
            "--json",
            profile=desk,
        )
    )
    assert datetime.fromisoformat(checked["reply_by"]) == reply_by.replace(tzinfo=UTC)

    # Branch IT closes the shift left open and pushes it to the share.
    closed = admin_ok("shift", "close", "--last", profile=desk)
    assert "agent 1001" in closed
    assert query(desk, "SELECT status FROM shifts") == [("closed",)]
    synced = cli_ok("sync", profile=desk)
    assert "waiting 0" in synced
    desk_log = (desk / "logs" / "agent-desk.log").read_text(encoding="utf-8")
    # the shift's four files, the day's case archive (two) and the audit log's anchor
    assert "sync: 7 sent" in desk_log  # what branch IT looks for, not buried in SMB chatter
    assert "smbprotocol" not in desk_log and CUSTOMER_NUMBER not in desk_log

    outbox = query(desk, "SELECT relative_path, sha256, status FROM outbox ORDER BY id")
    assert {Path(p).name for p, _, _ in outbox} >= {"summary.json", "calls.csv"}
    shift_id, started = query(desk, "SELECT public_id, started_at FROM shifts")[0]
    # the branch's time and this desk's code (its host name unless desk.code is set)
    started_local = datetime.fromisoformat(started).replace(tzinfo=UTC).astimezone(CASE_ZONE)
    day = f"{started_local:%Y-%m-%d}"
    desk_code = admin_ok("config", "get", "desk.code", profile=desk).strip()
    folder = f"{BRANCH}/{day}/1001_{started_local:%Y%m%dT%H%M}_{desk_code}_{shift_id}"
    root = samba.share_dir / "summaries"
    on_share = sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())
    assert on_share == sorted(p for p, _, _ in outbox), "missing, extra or temp files on the share"
    assert {p for p, _, _ in outbox if not p.startswith(("archive/", "audit/"))} == {
        f"{folder}/{name}" for name in ("summary.json", "calls.csv", "report.html", "report.pdf")
    }
    for path, sha, status in outbox:
        assert status == "sent"
        assert hashlib.sha256((root / path).read_bytes()).hexdigest() == sha
    # The day's case archive went along (its day is the deadline zone's, policy.toml's
    # Asia/Shanghai), the caller's number masked there too.
    case_day = (
        f"{datetime.fromisoformat(started).replace(tzinfo=UTC).astimezone(CASE_ZONE):%Y-%m-%d}"
    )
    archived = [p for p, _, _ in outbox if p.startswith(f"archive/{BRANCH}/{case_day}/")]
    assert {Path(p).name for p in archived} == {"cases.csv", "cases.json"}
    for path in archived:
        text = (root / path).read_text(encoding="utf-8-sig")
        assert "宽带三天断线" in text and "张三" in text and CUSTOMER_NUMBER not in text
        assert "138****8000" in text

    # Nothing on the share shows a whole number: not the summary, the report, the archive.
    for path, _, _ in outbox:
        data = (root / path).read_bytes()
        text = pdf_text(root / path) if path.endswith(".pdf") else data.decode("utf-8-sig")
        for number in (CUSTOMER_NUMBER, STRANGER_NUMBER, "138-0013-8000"):
            assert number not in text, f"{number} readable in {path}"
    assert "1001" in pdf_text(root / folder / "report.pdf")  # the PDF's text was read
    # calls.csv on the share never shows a whole number.
    table = (root / folder / "calls.csv").read_text(encoding="utf-8-sig")
    assert CUSTOMER_NUMBER not in table and STRANGER_NUMBER not in table
    rows = {r["cti_call_id"]: r for r in csv.DictReader(io.StringIO(table))}
    assert rows["sip-1"]["caller"] == "138****8000"
    assert rows["sip-2"]["caller"] == "139****2222"
    assert (rows["sip-1"]["outcome"], rows["sip-2"]["outcome"]) == ("answered", "abandoned")

    # The supervisor, at another desk, reads the share over smb:// and sees the day.
    office = tmp_path / "office"
    add_agent(office, agent_no="9001", password="sup-pw-9", name="周主管", role="supervisor")
    admin_ok("config", "set", "share.username", USER, profile=office)
    out = tmp_path / "report.json"
    today = started_local.date()
    printed = cli_ok(
        "report",
        "--share",
        samba.url("share", "summaries"),
        "--from",
        str(today - timedelta(days=1)),
        "--to",
        str(today + timedelta(days=1)),
        "--by",
        "agent",
        "--format",
        "json",
        "--out",
        str(out),
        "--as",
        "9001",
        profile=office,
        stdin="sup-pw-9\n",
    )
    assert "read 1 summary " in printed and "skipped 0" in printed
    report = json.loads(out.read_text(encoding="utf-8"))
    assert [r["key"] for r in report["rows"]] == [f"{BRANCH}·1001"]
    figures = {k: v["value"] for k, v in report["rows"][0].items() if isinstance(v, dict)}
    assert (figures["offered"], figures["answered"], figures["missed"]) == (2, 1, 1)
    # of the answered call and the one abandoned after the rule
    assert figures["within_rule_pct"] == (0.5 if delay_ms <= RULE_MS else 0.0)
    assert figures["answer_delay_avg"] == pytest.approx(delay_ms / 1000, abs=0.001)
    assert figures["satisfaction_avg"] == pytest.approx(3.0)
    assert (figures["greeting_pct"], figures["signoff_pct"]) == (1.0, 1.0)
    assert figures["resolution_pct"] == 0.0  # a follow-up is not resolved on the call
    assert (figures["cases_opened"], figures["cases_closed"]) == (1, 0)
    summary = json.loads((root / folder / "summary.json").read_text(encoding="utf-8"))
    assert summary["calls"]["abandoned_after_rule"] == 1
    assert summary["calls"]["abandoned_within_rule"] == 0
    assert CUSTOMER_NUMBER not in json.dumps(report, ensure_ascii=False)


def test_branch_it_cannot_close_the_shift_of_a_desk_that_is_still_running(tmp_path):
    """Closed under a running window, the shift would be gone while the agent goes on taking
    calls, and those calls would be in no shift's summary: the command refuses instead."""
    desk = tmp_path / "desk"
    add_agent(desk)
    app = start_logged_in(desk, tmp_path)
    try:
        app.wait_for_log("started for agent 1001")
        refused = run_as_admin("shift", "close", "--last", profile=desk)
        assert refused.returncode != 0
        assert refused.stderr.count("\n") == 1 and "AgentDesk is running" in refused.stderr
        assert query(desk, "SELECT status FROM shifts") == [("open",)]
    finally:
        app.stop()
    # Once the window is gone (its lock is left behind, with a dead PID), it closes.
    admin_ok("shift", "close", "--last", profile=desk)
    assert query(desk, "SELECT status FROM shifts") == [("closed",)]
