"""A profile as the first release (schema 0001_initial) left it, and what must survive upgrading.

The dump `tests/fixtures/profile_0001.sql` is made by tools/make_profile_fixture.py. The same
checks run against the source tree (tests/unit/test_upgrade.py) and the packaged build
(tests/integration/test_packaged_build.py, and CI after `make dist`).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tests import dbaccess

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "profile_0001.sql"
FIRST_REVISION = "0001_initial"

# What the old desk held, as the upgraded database must still show it.
EXPECTED = {
    "SELECT agent_no, name, role FROM agents ORDER BY agent_no": [
        ("0001", "管理员", "admin"),
        ("1001", "王小明", "agent"),
        ("8001", "陈主管", "supervisor"),
    ],
    "SELECT name, name_initials FROM customers ORDER BY id": [("张三", "zs"), ("李四", "ls")],
    "SELECT normalised FROM customer_phones ORDER BY id": [("13800138000",), ("02162345678",)],
    "SELECT public_id, outcome, answer_delay_ms, subject FROM calls ORDER BY id": [
        ("k0000000-0000-4000-8000-000000000001", "answered", 9200, "账单金额有误"),
        ("k0000000-0000-4000-8000-000000000002", "answered", 16400, "营业时间"),
        ("k0000000-0000-4000-8000-000000000003", "abandoned", None, ""),
    ],
    "SELECT number, status, complainant, reply_by FROM cases": [
        ("TS20261009-0001", "in_progress", "张三", "2026-10-16 01:02:00.000000"),
    ],
    "SELECT kind, text FROM case_events ORDER BY at": [
        ("created", "来电投诉：账单多扣 30 元"),
        ("feedback", "已联系计费部核查，客户表示理解"),
    ],
    "SELECT purpose, status FROM callbacks": [("回访账单处理结果", "pending")],
    "SELECT status, ended_at FROM shifts": [("closed", "2026-10-09 09:05:00.000000")],
}


def make_old_profile(profile_dir: Path) -> Path:
    """Lay out a profile folder whose database is the first release's; returns the db path."""
    db = profile_dir / "data" / "agent_desk.db"
    db.parent.mkdir(parents=True, exist_ok=True)
    con = sqlite3.connect(db)  # the first release kept a plain SQLite file
    try:
        con.executescript(FIXTURE.read_text(encoding="utf-8"))
    finally:
        con.close()
    return db


def revision(db: Path) -> str:
    con = dbaccess.connect(db)
    try:
        return con.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        con.close()


def data_differences(db: Path) -> list[str]:
    """Each expected query whose rows differ, with what was found; empty when all survived."""
    con = dbaccess.connect(db)
    try:
        found = {query: con.execute(query).fetchall() for query in EXPECTED}
    finally:
        con.close()
    return [f"{q}: {found[q]!r} != {rows!r}" for q, rows in EXPECTED.items() if found[q] != rows]


def backups_of_the_old_database(profile_dir: Path) -> list[Path]:
    """Backups the app took before migrating, that still hold the first release's schema."""
    found = sorted((profile_dir / "data" / "backups").glob("agent_desk-*.db"))
    return [path for path in found if revision(path) == FIRST_REVISION]
