"""The audit log is anchored outside the desk: each shift close queues the log's newest row (id
and hash) for the share, and `audit verify` compares the log with the anchors it can read. A
log rewritten or cut short by someone holding the database and its key (who may drop the
triggers and put them back) no longer matches an anchor written before."""

from __future__ import annotations

import json
import os
import random
from datetime import timedelta

import pytest
from sqlalchemy import select, update

from agent_desk.audit_anchor import KIND, validate_anchor
from agent_desk.audit_chain import GENESIS, GUARD_TRIGGERS, row_hash
from agent_desk.models import OutboxItem
from agent_desk.sync import SyncService
from tests import dbaccess
from tests.unit.test_shift_summary import PlainRenderer


@pytest.fixture
def desk(services, clock):
    """A morning at a desk: the administrator, an agent with a wrong password once, a closed
    shift (whose close queued an anchor)."""
    services.accounts.create("0001", "管理员", "admin", "admin-pw-1", actor="0001")
    services.accounts.create("1001", "王小明", "agent", "agent-pw-1", actor="0001")
    agent = services.accounts.login("1001", "agent-pw-1")
    from agent_desk.errors import AuthError

    with pytest.raises(AuthError):
        services.accounts.login("1001", "wrong")
    shift = services.shifts.start(agent)
    clock.advance(3600)
    services.shifts.close(shift.id, "en", PlainRenderer())
    return services


def _anchors(services) -> list[OutboxItem]:
    with services.store.sessions() as session:
        return list(session.scalars(select(OutboxItem).where(OutboxItem.kind == KIND)))


def _last_row(services) -> tuple[int, str]:
    with dbaccess.connect(services.store.path) as con:
        return con.execute("SELECT id, hash FROM audit_events ORDER BY id DESC LIMIT 1").fetchone()


def _with_the_triggers_put_back(services, work) -> None:
    """The thorough attacker: drop the guards, edit, recreate them exactly as they were."""
    con = dbaccess.connect(services.store.path)
    try:
        for name in GUARD_TRIGGERS:
            con.execute(f"DROP TRIGGER {name}")
        work(con)
        for sql in GUARD_TRIGGERS.values():
            con.execute(sql)
        con.commit()
    finally:
        con.close()


def _rewrite_failed_logins(con) -> None:
    rows = con.execute(
        "SELECT id, at, actor, action, target, detail FROM audit_events ORDER BY id"
    ).fetchall()
    con.execute("DELETE FROM audit_events")
    prev = GENESIS
    for row_id, at, actor, action, target, detail in rows:
        if action.startswith("login.") and action != "login.ok":
            actor, action, detail = "0001", "login.ok", ""
        digest = row_hash(prev, row_id, at, actor, action, target, detail)
        con.execute(
            "INSERT INTO audit_events (id, at, actor, action, target, detail, prev_hash, hash) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (row_id, at, actor, action, target, detail, prev, digest),
        )
        prev = digest


def test_a_shift_close_queues_the_log_s_newest_row_for_the_share(desk):
    (item,) = _anchors(desk)
    anchor = json.loads(item.content)
    validate_anchor(anchor)
    last_id, last_hash = _last_row(desk)
    assert (anchor["audit"]["last_id"], anchor["audit"]["last_hash"]) == (last_id, last_hash)
    assert desk.audit.recent(limit=1)[0].action == "shift.close"  # the close itself is covered
    assert item.relative_path.startswith("audit/")
    assert item.relative_path.endswith(f"/audit-{last_id:08d}-{last_hash[:16]}.json")
    check = desk.audit.check()
    assert check.ok and check.anchors == 1


def test_a_log_rewritten_with_the_triggers_put_back_no_longer_matches_its_anchor(desk):
    _with_the_triggers_put_back(desk, _rewrite_failed_logins)
    assert desk.audit.verify()[1] is None  # the chain alone cannot tell
    check = desk.audit.check()
    assert not check.ok
    (problem,) = check.anchor_problems
    assert problem.reason == "rewritten"
    assert "does not match audit row" in problem.message


def test_rows_cut_off_the_end_are_found_by_the_anchor(desk):
    last_id, _hash = _last_row(desk)
    _with_the_triggers_put_back(
        desk, lambda con: con.execute("DELETE FROM audit_events WHERE id >= ?", (last_id - 1,))
    )
    assert desk.audit.verify()[1] is None
    (problem,) = desk.audit.check().anchor_problems
    assert problem.reason == "cut_off"
    assert f"audit row {last_id}" in problem.message


def test_an_anchor_whose_bytes_were_pruned_still_checks_by_its_file_name(desk):
    with desk.store.sessions.begin() as session:
        session.execute(update(OutboxItem).where(OutboxItem.kind == KIND).values(content=b""))
    assert desk.audit.check().ok
    _with_the_triggers_put_back(desk, _rewrite_failed_logins)
    assert [p.reason for p in desk.audit.check().anchor_problems] == ["rewritten"]


def test_anchors_on_the_share_catch_a_desk_that_rewrote_its_outbox_too(desk, clock, tmp_path):
    share = tmp_path / "share"
    share.mkdir()
    desk.config.set("share.location", str(share))
    sync = SyncService(desk.store.sessions, clock, desk.config, rng=random.Random(1))
    assert sync.run().error is None
    sent = list((share / "audit").rglob("*.json"))
    assert len(sent) == 1

    def rewrite_all(con) -> None:
        _rewrite_failed_logins(con)
        con.execute("DELETE FROM outbox WHERE kind = ?", (KIND,))

    _with_the_triggers_put_back(desk, rewrite_all)
    assert desk.audit.check().ok  # nothing left on the desk to compare with
    check = desk.audit.check(share / "audit")
    assert [p.reason for p in check.anchor_problems] == ["rewritten"]
    assert str(sent[0]) in check.anchor_problems[0].message


def test_anchors_of_another_branch_or_desk_in_the_folder_are_not_compared(desk, tmp_path):
    folder = tmp_path / "anchors"
    folder.mkdir()
    (item,) = _anchors(desk)
    other = json.loads(item.content)
    other["desk"] = "another-pc"
    other["audit"]["last_hash"] = "f" * 64
    (folder / "a.json").write_text(json.dumps(other), encoding="utf-8")
    (folder / "junk.json").write_text("{not json", encoding="utf-8")
    mine = json.loads(item.content)
    check = desk.audit.check(folder, branch=mine["branch"], desk=mine["desk"])
    assert check.ok and check.anchors == 1
    assert [p for p, _why in check.skipped] == [str(folder / "junk.json")]
    assert not desk.audit.check(folder).ok  # without the filter it is compared, and differs


def test_removed_guard_triggers_are_named(desk):
    con = dbaccess.connect(desk.store.path)
    try:
        con.execute("DROP TRIGGER audit_events_append_only")
        con.commit()
    finally:
        con.close()
    check = desk.audit.check()
    assert check.missing_guards == ("audit_events_append_only",)
    assert not check.ok


def test_a_role_changed_behind_the_log_s_back_is_named(desk, clock):
    con = dbaccess.connect(desk.store.path)
    try:
        con.execute("UPDATE agents SET role = 'admin' WHERE agent_no = '1001'")
        con.commit()
    finally:
        con.close()
    (mismatch,) = desk.audit.check().roles
    assert (mismatch.agent_no, mismatch.role, mismatch.logged_role) == ("1001", "admin", "agent")
    # A change made through the accounts service is logged, so it matches.
    admin = desk.accounts.login("0001", "admin-pw-1")
    clock.advance(timedelta(minutes=1).total_seconds())
    desk.accounts.set_role(admin, "1001", "supervisor")
    assert desk.audit.check().roles == ()


def test_an_anchor_file_named_in_gbk_is_skipped_as_such(desk, tmp_path):
    """A name that is not UTF-8 text (报.json in GBK, also inside a folder so named) is said
    with its bytes as escapes and not read."""
    folder = tmp_path / "anchors"
    os.makedirs(bytes(folder) + b"/\xb1\xa8")
    for name in (b"/\xb1\xa8.json", b"/\xb1\xa8/a.json"):
        with open(bytes(folder) + name, "wb") as f:
            f.write(b"{}")
    check = desk.audit.check(folder)
    assert sorted(check.skipped) == [
        (f"{folder}/\\xb1\\xa8.json", "the name is not UTF-8 text"),
        (f"{folder}/\\xb1\\xa8/a.json", "the name is not UTF-8 text"),
    ]
