"""Migration 0004 rebuilds `calls` and `callbacks` (SQLite batch mode): a desk's calls, drafts
and callbacks survive it, long call ids fit afterwards, and going back keeps what it can."""

from __future__ import annotations

from sqlalchemy import text

from agent_desk.store import downgrade, migrate, open_store
from tests import dbaccess

AT = "'2026-11-24 01:00:00'"


def rows(db, sql):
    with dbaccess.connect(db) as con:
        return con.execute(sql).fetchall()


def test_calls_drafts_and_callbacks_survive_the_rebuild(profile, clock):
    store = open_store(profile.db_path, profile.backup_dir, clock, migrate_to_head=False)
    migrate(store.engine, "0003_shift_last_seen")
    with store.engine.begin() as conn:
        for sql in (
            "INSERT INTO agents (id, public_id, agent_no, name, role, password_hash,"
            f" failed_logins, active, created_at) VALUES (1, 'a1', '1001', '李娜', 'agent', 'h', 0,"
            f" 1, {AT})",
            "INSERT INTO customers (id, public_id, name, name_initials, vip_level, company,"
            " preferences, notes, created_at, updated_at)"
            f" VALUES (1, 'k1', '张三', 'zs', 0, '', '', '', {AT}, {AT})",
            "INSERT INTO calls (id, public_id, agent_id, cti_call_id, direction, caller_number,"
            " caller_normalised, ring_started_at, outcome, subject, question, answer,"
            " greeting_given, signoff_given, needs_follow_up, complex_flag, conflict_flag)"
            f" VALUES (1, 'c1', 1, 'sip-1', 'inbound', '138', '138', {AT}, 'answered', '', '', '',"
            " 0, 0, 0, 0, 0)",
            "INSERT INTO call_drafts (id, agent_id, call_id, data_json, updated_at)"
            f" VALUES (1, 1, 1, '{{}}', {AT})",
            "INSERT INTO callbacks (id, public_id, customer_id, agent_id, due_at, purpose, status,"
            f" outcome, call_id, created_at) VALUES (1, 'b1', 1, 1, {AT}, '回访', 'pending', '', 1,"
            f" {AT})",
        ):
            conn.execute(text(sql))
    migrate(store.engine, "head")
    db = profile.db_path
    assert rows(db, "SELECT id, cti_call_id, rang_while_busy FROM calls") == [(1, "sip-1", 0)]
    assert rows(db, "SELECT id, call_id FROM call_drafts") == [(1, 1)]  # not cascaded away
    assert rows(db, "SELECT id, call_id, missed_call_id FROM callbacks") == [(1, 1, None)]
    assert rows(db, "PRAGMA foreign_key_check") == []
    with dbaccess.connect(db) as con:
        assert con.execute("PRAGMA foreign_keys").fetchone() == (0,)  # a fresh connection
    with store.engine.connect() as conn:  # the store's own connections keep foreign keys on
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
    long_id = "x" * 255
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE calls SET cti_call_id = :id"), {"id": long_id})
        conn.execute(
            text(
                "INSERT INTO callbacks (id, public_id, missed_call_id, agent_id, due_at, purpose,"
                f" status, outcome, created_at) VALUES (2, 'b2', 1, 1, {AT}, '', 'pending', '',"
                f" {AT})"
            )
        )
    assert rows(db, "SELECT length(cti_call_id) FROM calls") == [(255,)]
    downgrade(store.engine, "0003_shift_last_seen")
    # A callback that only returned a missed call has no target the older schema allows.
    assert rows(db, "SELECT id FROM callbacks") == [(1,)]
    assert rows(db, "SELECT id FROM call_drafts") == [(1,)]
    migrate(store.engine, "head")
    store.close()
