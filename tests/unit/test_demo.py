"""`agent-desk demo`: the same seed gives the same data, and the data is usable by the app."""

from __future__ import annotations

from datetime import date

from agent_desk.clock import FakeClock
from agent_desk.demo import DEMO_PASSWORD, fill_profile
from agent_desk.paths import Profile
from agent_desk.phones import normalise
from agent_desk.services import Services
from tests import dbaccess

UNTIL = date(2026, 11, 20)

# What must match between two runs (password hashes are salted, so agents are compared by
# number and name; everything else column by column).
TABLES = {
    "customers": "SELECT * FROM customers ORDER BY id",
    "customer_phones": "SELECT * FROM customer_phones ORDER BY id",
    "agents": "SELECT agent_no, name, role, public_id FROM agents ORDER BY id",
    "shifts": "SELECT id, public_id, agent_id, started_at FROM shifts ORDER BY id",
    "calls": "SELECT * FROM calls ORDER BY id",
    "cases": "SELECT * FROM cases ORDER BY id",
    "case_events": "SELECT * FROM case_events ORDER BY id",
    "callbacks": "SELECT * FROM callbacks ORDER BY id",
}


def _fill(root, seed: int = 5) -> Profile:
    profile = Profile.at(root).ensure()
    fill_profile(profile, 300, 900, seed, UNTIL, close_days=0)
    return profile


def _dump(profile: Profile) -> dict[str, list[tuple]]:
    con = dbaccess.connect(profile.db_path)
    try:
        return {name: con.execute(sql).fetchall() for name, sql in TABLES.items()}
    finally:
        con.close()


def test_the_same_seed_gives_the_same_demo_data(tmp_path):
    first = _dump(_fill(tmp_path / "a"))
    second = _dump(_fill(tmp_path / "b"))
    assert first == second
    assert len(first["customers"]) == 300 and len(first["calls"]) == 900
    other = _dump(_fill(tmp_path / "c", seed=6))
    assert other["customers"] != first["customers"]


def test_demo_data_is_realistic_and_works_with_the_services(tmp_path):
    profile = _fill(tmp_path / "p")
    data = _dump(profile)
    con = dbaccess.connect(profile.db_path)
    try:
        states = {row[0] for row in con.execute("SELECT DISTINCT status FROM cases")}
        assert states == {"received", "assigned", "in_progress", "replied", "closed", "reopened"}
        delays = [row[0] for row in con.execute("SELECT answer_delay_ms FROM calls") if row[0]]
        assert any(d <= 15000 for d in delays) and any(d > 15000 for d in delays)
        abandoned = con.execute(
            "SELECT within_rule, count(*) FROM calls WHERE outcome = 'abandoned' GROUP BY 1"
        ).fetchall()
        assert {row[0] for row in abandoned} == {0, 1}  # within and after the rule
        assert con.execute("SELECT count(*) FROM calls WHERE shift_id IS NULL").fetchone() == (0,)
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert con.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    finally:
        con.close()
    for _cid, raw, norm in ((r[1], r[2], r[3]) for r in data["customer_phones"]):
        assert normalise(raw) == norm
    names = [row[1] for row in data["customers"]]
    assert all(any("\u4e00" <= ch <= "\u9fff" for ch in name) for name in names)

    services = Services.open(profile, FakeClock())
    try:
        raw = data["customer_phones"][0][2]
        card = services.customers.lookup_by_number(raw)
        assert card is not None and card.id == data["customer_phones"][0][1]
        name, initials = data["customers"][0][1], data["customers"][0][2]
        assert any(h.name == name for h in services.customers.search(initials, limit=200))
        assert services.accounts.login("1001", DEMO_PASSWORD).agent_no == "1001"
        con = dbaccess.connect(profile.db_path)
        number = con.execute("SELECT number FROM cases ORDER BY id LIMIT 1").fetchone()[0]
        con.close()
        assert [h.case_number for h in services.customers.search(number)] == [number]
        # Articles went through the knowledge service: published ones are found, with history
        assert [h.title for h in services.knowledge.search("报修")] == ["宽带断网报修流程"]
        assert [a.status for a in services.knowledge.articles("proposed")] == ["proposed"]
    finally:
        services.close()


def test_the_demo_fills_an_encrypted_store_and_leaves_no_plain_copy(tmp_path):
    from agent_desk.dbfile import FileState, state_of

    profile = _fill(tmp_path / "p")
    assert state_of(profile.db_path) is FileState.OPAQUE
    assert b"SQLite format 3" not in profile.db_path.read_bytes()[:16]
    files = {p.name for p in profile.data_dir.iterdir() if p.is_file()}
    assert files <= {"agent_desk.db", "agent_desk.db-shm", "agent_desk.db-wal"} | {
        "agent_desk.store.json"
    }


def test_a_demo_run_again_after_one_was_killed_leaves_none_of_its_scratch_files(tmp_path):
    """kill -9 half-way through the fill leaves the plain twin and the chunk files (plain
    customer rows) beside the store; the next run, whatever its seed, removes them."""
    profile = Profile.at(tmp_path / "p").ensure()
    data = profile.data_dir
    data.mkdir(parents=True, exist_ok=True)
    stale = data / ".demo-chunks-77"
    stale.mkdir()
    (stale / "customers-0.db").write_bytes(b"13800138000 plain")
    (data / "agent_desk.db.demo-fill").write_bytes(b"13800138000 plain")
    fill_profile(profile, 300, 900, 5, UNTIL, close_days=0)
    assert sorted(p.name for p in data.iterdir() if "demo" in p.name) == []


def test_the_weekly_sample_counts_every_demo_call_and_every_later_one(tmp_path):
    """The demo fills call_hour_counts in one go at the end instead of through the trigger:
    the counts match the answered calls, and a call answered later is still counted."""
    profile = _fill(tmp_path / "p")
    con = dbaccess.connect(profile.db_path)
    try:
        hourly = (
            "SELECT agent_id, substr(ring_started_at, 1, 13), count(*) FROM calls"
            " WHERE outcome = 'answered' GROUP BY 1, 2 ORDER BY 1, 2"
        )
        counts = "SELECT agent_id, hour, answered FROM call_hour_counts ORDER BY 1, 2"
        expected = con.execute(hourly).fetchall()
        assert len(expected) > 10
        assert con.execute(counts).fetchall() == expected
        agent, hour, answered = expected[0]
        con.execute(
            "UPDATE calls SET outcome = 'answered' WHERE id = (SELECT min(id) FROM calls"
            " WHERE outcome = 'abandoned')"
        )
        con.execute(
            "INSERT INTO calls (id, public_id, agent_id, direction, caller_number,"
            " caller_normalised, ring_started_at, outcome, subject, question, answer,"
            " greeting_given, signoff_given, needs_follow_up, complex_flag, conflict_flag)"
            " VALUES (1000000, 'later', ?, 'inbound', '13800138000', '13800138000', ?,"
            " 'answered', '', '', '', 1, 1, 0, 0, 0)",
            (agent, hour + ":30:00.000000"),
        )
        con.commit()
        assert con.execute(counts).fetchall() == con.execute(hourly).fetchall()
        assert con.execute(
            "SELECT answered FROM call_hour_counts WHERE agent_id = ? AND hour = ?", (agent, hour)
        ).fetchone() == (answered + 1,)
    finally:
        con.close()
