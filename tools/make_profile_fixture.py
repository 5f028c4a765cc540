"""Write tests/fixtures/profile_0001.sql: a database as the first release (0001_initial) left it.

The upgrade tests (source and packaged build) load it with sqlite3.executescript, let the current
app migrate it and check that every row survived. It is a text dump because databases are never
committed; regenerate only if the fixture's content must change, never to follow a new schema:
the point is that it stays the old schema.

    .venv/bin/python tools/make_profile_fixture.py
"""

from __future__ import annotations

import sqlite3
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from agent_desk.clock import FakeClock
from agent_desk.passwords import hash_password
from agent_desk.store import migrate, open_store

REPO = Path(__file__).resolve().parent.parent
TARGET = REPO / "tests" / "fixtures" / "profile_0001.sql"
FIRST = "0001_initial"

ROWS = """
INSERT INTO agents (id, public_id, agent_no, name, role, password_hash, failed_logins, active,
  created_at) VALUES
  (1, 'a0000000-0000-4000-8000-000000000001', '0001', '管理员', 'admin', :admin_hash, 0, 1,
   '2026-10-08 00:30:00.000000'),
  (2, 'a0000000-0000-4000-8000-000000000002', '1001', '王小明', 'agent', :agent_hash, 0, 1,
   '2026-10-08 00:35:00.000000'),
  (3, 'a0000000-0000-4000-8000-000000000003', '8001', '陈主管', 'supervisor', :agent_hash, 0, 1,
   '2026-10-08 00:36:00.000000');
INSERT INTO customers (id, public_id, name, name_initials, vip_level, company, preferences, notes,
  created_at, updated_at) VALUES
  (1, 'c0000000-0000-4000-8000-000000000001', '张三', 'zs', 2, '上海某贸易公司', '', '喜欢下午回电',
   '2026-10-09 01:00:00.000000', '2026-10-09 01:00:00.000000'),
  (2, 'c0000000-0000-4000-8000-000000000002', '李四', 'ls', 0, '', '', '',
   '2026-10-09 02:00:00.000000', '2026-10-09 02:00:00.000000');
INSERT INTO customer_phones (id, customer_id, raw, normalised, label) VALUES
  (1, 1, '138 0013 8000', '13800138000', 'mobile'),
  (2, 2, '021-6234 5678', '02162345678', 'work');
INSERT INTO shifts (id, public_id, agent_id, branch_code, started_at, ended_at, status) VALUES
  (1, 's0000000-0000-4000-8000-000000000001', 2, 'SH01', '2026-10-09 00:55:00.000000',
   '2026-10-09 09:05:00.000000', 'closed');
INSERT INTO calls (id, public_id, agent_id, shift_id, customer_id, direction, caller_number,
  caller_normalised, ring_started_at, answered_at, ended_at, answer_delay_ms, within_rule, outcome,
  category, subject, question, answer, resolution, satisfaction, greeting_given, signoff_given,
  needs_follow_up, complex_flag, conflict_flag, saved_at) VALUES
  (1, 'k0000000-0000-4000-8000-000000000001', 2, 1, 1, 'inbound', '138 0013 8000', '13800138000',
   '2026-10-09 01:00:00.000000', '2026-10-09 01:00:09.200000', '2026-10-09 01:06:00.000000', 9200,
   1, 'answered', 'complaint', '账单金额有误', '十月账单多扣了 30 元',
   '已登记投诉，承诺 24 小时内反馈', 'follow_up', 4, 1, 1, 1, 0, 0, '2026-10-09 01:07:00.000000'),
  (2, 'k0000000-0000-4000-8000-000000000002', 2, 1, 2, 'inbound', '021-6234 5678', '02162345678',
   '2026-10-09 03:00:00.000000', '2026-10-09 03:00:16.400000', '2026-10-09 03:03:00.000000',
   16400, 0, 'answered', 'inquiry', '营业时间', '周末是否营业', '周末 9:00-17:00 营业',
   'resolved', 5, 1, 1, 0, 0, 0, '2026-10-09 03:03:30.000000'),
  (3, 'k0000000-0000-4000-8000-000000000003', 2, 1, NULL, 'inbound', '139 1234 5678',
   '13912345678', '2026-10-09 05:00:00.000000', NULL, '2026-10-09 05:00:30.000000', NULL, NULL,
   'abandoned', NULL, '', '', '', NULL, NULL, 0, 0, 0, 0, 0, NULL);
INSERT INTO cases (id, public_id, number, kind, status, customer_id, call_id, created_by_id,
  assignee_id, received_at, complainant, contact, matter, product, case_type, severity, department,
  feedback_by, reply_by, first_feedback_at, root_cause, improvement) VALUES
  (1, 'e0000000-0000-4000-8000-000000000001', 'TS20261009-0001', 'complaint', 'in_progress', 1, 1,
   2, 2, '2026-10-09 01:02:00.000000', '张三', '138 0013 8000', '十月账单多扣了 30 元', '宽带套餐',
   '计费', 'normal', '计费部', '2026-10-10 01:02:00.000000', '2026-10-16 01:02:00.000000',
   '2026-10-09 08:00:00.000000', '', '');
INSERT INTO case_events (id, public_id, case_id, at, actor_id, kind, from_status, to_status, text)
  VALUES
  (1, 'v0000000-0000-4000-8000-000000000001', 1, '2026-10-09 01:02:00.000000', 2, 'created', NULL,
   'received', '来电投诉：账单多扣 30 元'),
  (2, 'v0000000-0000-4000-8000-000000000002', 1, '2026-10-09 08:00:00.000000', 2, 'feedback',
   'received', 'in_progress', '已联系计费部核查，客户表示理解');
INSERT INTO callbacks (id, public_id, case_id, customer_id, agent_id, due_at, purpose, status,
  outcome, created_at) VALUES
  (1, 'b0000000-0000-4000-8000-000000000001', 1, 1, 2, '2026-10-12 02:00:00.000000',
   '回访账单处理结果', 'pending', '', '2026-10-09 08:00:00.000000');
INSERT INTO audit_events (id, at, actor, action, target, detail) VALUES
  (1, '2026-10-09 00:55:00.000000', '1001', 'login', '1001', '');
"""


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "agent_desk.db"
        clock = FakeClock(datetime(2026, 10, 9, 1, 0, tzinfo=UTC))
        store = open_store(db, Path(tmp) / "backups", clock, migrate_to_head=False)
        migrate(store.engine, FIRST)
        store.close()
        con = sqlite3.connect(db)
        params = {
            "admin_hash": hash_password("admin-pass1"),
            "agent_hash": hash_password("password1"),
        }
        for statement in filter(str.strip, ROWS.split(";")):
            con.execute(statement, params)
        con.commit()
        assert con.execute("SELECT version_num FROM alembic_version").fetchone() == (FIRST,)
        lines = [
            "-- An AgentDesk profile database as release 0.1 (schema 0001_initial) left it.",
            "-- Made by tools/make_profile_fixture.py; load with sqlite3 executescript.",
            "-- Agent passwords: 0001 admin-pass1, 1001 and 8001 password1.",
            *con.iterdump(),
        ]
        con.close()
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    TARGET.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(TARGET)


if __name__ == "__main__":
    main()
