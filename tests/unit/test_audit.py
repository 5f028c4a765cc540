"""The audit log holds: rows stay when the action fails, cannot be changed or removed with
SQL, and a changed or removed row is found by its hash chain."""

from __future__ import annotations

import pytest
from sqlalchemy.exc import DBAPIError

from agent_desk.audit_chain import GENESIS
from agent_desk.errors import AuthError, ValidationError
from agent_desk.services import Services
from tests import dbaccess


def _raw(services: Services):
    """Someone with the file and its key (an administrator's own tools)."""
    return dbaccess.connect(services.store.path)


def _some_history(services: Services) -> None:
    services.accounts.create("1001", "王小明", "agent", "right-pw")
    services.accounts.login("1001", "right-pw")
    for _ in range(2):
        with pytest.raises(AuthError):
            services.accounts.login("1001", "wrong")
    services.audit.record("1001", "customer.export", "c-1", "电话 13800138000")


def test_one_delete_no_longer_removes_every_trace_of_an_account(services):
    _some_history(services)
    with services.store.engine.begin() as conn, pytest.raises(DBAPIError, match="append-only"):
        conn.exec_driver_sql("DELETE FROM audit_events WHERE actor = '1001'")
    with services.store.engine.begin() as conn, pytest.raises(DBAPIError, match="append-only"):
        conn.exec_driver_sql("UPDATE audit_events SET actor = '9999'")
    assert len(services.audit.recent()) == 5


def test_rows_are_chained_and_the_chain_verifies(services):
    _some_history(services)
    checked, broken = services.audit.verify()
    assert (checked, broken) == (5, None)
    with _raw(services) as con:
        rows = con.execute("SELECT prev_hash, hash FROM audit_events ORDER BY id").fetchall()
    assert rows[0][0] == GENESIS
    assert all(rows[i][0] == rows[i - 1][1] for i in range(1, len(rows)))
    assert all(len(h) == 64 for _p, h in rows)


def _without_triggers(services: Services, sql: str) -> None:
    """What someone with the database file could do: drop the triggers, then edit."""
    con = _raw(services)
    try:
        con.execute("DROP TRIGGER audit_events_no_update")
        con.execute("DROP TRIGGER audit_events_no_delete")
        con.execute(sql)
        con.commit()
    finally:
        con.close()


def test_a_changed_row_is_named_by_verify(services):
    _some_history(services)
    _without_triggers(services, "UPDATE audit_events SET actor = '2002' WHERE id = 3")
    _checked, broken = services.audit.verify()
    assert broken is not None
    assert (broken.row_id, broken.reason) == (3, "changed")
    assert "audit row 3" in broken.message


def test_a_removed_row_is_found_at_the_row_after_it(services):
    _some_history(services)
    _without_triggers(services, "DELETE FROM audit_events WHERE id = 2")
    _checked, broken = services.audit.verify()
    assert broken is not None
    assert (broken.row_id, broken.reason) == (3, "out_of_chain")


def test_a_failure_inside_a_change_keeps_its_audit_row(services):
    services.accounts.create("0001", "管理员", "admin", "admin-pw1")
    admin = services.accounts.login("0001", "admin-pw1")
    with pytest.raises(ValidationError):
        services.accounts.add(admin, "0001", "重复", "agent", "password1")  # taken
    rows = [(r.actor, r.action, r.target, r.detail) for r in services.audit.recent(limit=1)]
    assert rows == [("0001", "user.create.failed", "0001", "agent_no.taken")]
    assert services.audit.verify()[1] is None


def test_two_writers_make_one_chain(profile, clock):
    """The window and a command-line run write at the same time: still one chain."""
    first, second = Services.open(profile, clock), Services.open(profile, clock)
    try:
        for i in range(20):
            (first if i % 2 else second).audit.record("1001", "test.write", str(i))
        assert first.audit.verify() == (20, None)
    finally:
        first.close()
        second.close()


def test_rows_written_before_the_upgrade_are_chained_by_the_migration(profile_dir, clock):
    from agent_desk.paths import Profile
    from tests.upgrade_fixture import make_old_profile

    make_old_profile(profile_dir)
    services = Services.open(Profile.at(profile_dir).ensure(), clock)
    try:
        services.audit.record("0001", "test.after_upgrade")
        checked, broken = services.audit.verify()
        assert broken is None
        assert checked == 2
        assert [r.action for r in services.audit.since(None)] == ["login", "test.after_upgrade"]
    finally:
        services.close()


def _rewrite_history(services: Services) -> None:
    """The review's attack, by someone holding the file and its key, leaving the triggers:
    every failed login rewritten as `0001 login.ok`, the chain recomputed from row 1 (its
    format is documented), each row written back with INSERT OR REPLACE (which fires no
    DELETE trigger), then 1001 made an administrator."""
    from agent_desk.audit_chain import row_hash
    from agent_desk.dbfile import DB_ERRORS

    con = _raw(services)
    try:
        rows = con.execute(
            "SELECT id, at, actor, action, target, detail FROM audit_events ORDER BY id"
        ).fetchall()
        prev = GENESIS
        for row_id, at, actor, action, target, detail in rows:
            if action.startswith("login.") and action != "login.ok":
                actor, action, detail = "0001", "login.ok", ""
            digest = row_hash(prev, row_id, at, actor, action, target, detail)
            try:
                con.execute(
                    "INSERT OR REPLACE INTO audit_events "
                    "(id, at, actor, action, target, detail, prev_hash, hash) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (row_id, at, actor, action, target, detail, prev, digest),
                )
            except DB_ERRORS as exc:  # sqlite3's and the SQLCipher binding's errors
                raise AssertionError(str(exc)) from exc
            prev = digest
        con.execute("UPDATE agents SET role = 'admin' WHERE agent_no = '1001'")
        con.commit()
    finally:
        con.close()


def test_insert_or_replace_cannot_rewrite_the_log_behind_the_triggers(services):
    _some_history(services)
    before = [(r.actor, r.action) for r in services.audit.since(None)]
    with pytest.raises(AssertionError, match="append-only"):
        _rewrite_history(services)
    assert [(r.actor, r.action) for r in services.audit.since(None)] == before
    assert services.audit.verify()[1] is None


def test_a_row_can_only_be_added_after_the_last_one_and_chained_to_it(services):
    _some_history(services)
    con = _raw(services)
    try:
        last_id, last_hash = con.execute(
            "SELECT id, hash FROM audit_events ORDER BY id DESC LIMIT 1"
        ).fetchone()
        insert = (
            "INSERT INTO audit_events (id, at, actor, action, target, detail, prev_hash, hash) "
            "VALUES (?, '2026-11-24 01:00:00.000000', '0001', 'login.ok', '', '', ?, ?)"
        )
        for row_id, prev in ((last_id, last_hash), (last_id + 1, GENESIS), (None, last_hash)):
            with pytest.raises(Exception, match="append-only"):
                con.execute(insert, (row_id, prev, "0" * 64))
        con.rollback()
    finally:
        con.close()
    services.audit.record("1001", "test.after")  # the app's own appends still go in
    assert services.audit.verify() == (6, None)
