"""Opening the store: pragmas, network paths refused, corruption caught, backups, migrations."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from agent_desk.errors import CorruptDatabase, NetworkDatabaseRefused
from agent_desk.netpath import network_fstype
from agent_desk.store import (
    backups,
    current_revision,
    downgrade,
    known_heads,
    migrate,
    open_store,
    refuse_network_path,
    restore,
)

MOUNTINFO = """\
22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw
40 22 0:35 / /mnt/branch\\040share rw,relatime shared:20 - cifs //fs01/share rw,vers=3.1.1
41 22 0:36 / /home/agent/nfs rw,relatime shared:21 - nfs4 fs02:/home rw
42 22 0:37 / /mnt/branch\\040share/local rw shared:22 - ext4 /dev/sdb1 rw
"""


def test_every_connection_runs_wal_full_sync_and_foreign_keys(services):
    engine = services.store.engine
    conns = [engine.raw_connection() for _ in range(3)]  # several pooled connections at once
    try:
        for conn in conns:
            cur = conn.cursor()
            assert cur.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
            assert cur.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
            assert cur.execute("PRAGMA foreign_keys").fetchone()[0] == 1
            assert cur.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000
    finally:
        for conn in conns:
            conn.close()


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/mnt/branch share/AgentDesk/agent_desk.db", "cifs"),
        ("/home/agent/nfs/profile/agent_desk.db", "nfs4"),
        ("/mnt/branch share/local/agent_desk.db", None),  # a local disk mounted inside a share
        ("/home/agent/profile/agent_desk.db", None),
        ("\\\\fs01\\share\\agent_desk.db", "unc"),
        ("//fs01/share/agent_desk.db", "unc"),
    ],
)
def test_network_file_systems_are_recognised(path, expected):
    assert network_fstype(Path(path), MOUNTINFO) == expected


def test_a_database_on_a_cifs_mount_is_refused_with_a_clear_message():
    with pytest.raises(NetworkDatabaseRefused) as info:
        refuse_network_path(Path("/mnt/branch share/AgentDesk/agent_desk.db"), MOUNTINFO)
    assert "network drive" in info.value.message
    assert "cifs" in info.value.message


def test_a_database_on_a_unc_path_is_refused_before_sqlite_opens_it(tmp_path, clock):
    with pytest.raises(NetworkDatabaseRefused):
        open_store(Path("//fs01/share/AgentDesk/agent_desk.db"), tmp_path / "b", clock)


def test_a_corrupt_database_is_reported_with_the_newest_backup(profile, clock):
    store = open_store(profile.db_path, profile.backup_dir, clock)
    store.close()
    # A migration would have taken a backup; make one the same way the app does.
    from agent_desk.store import take_backup

    saved = take_backup(profile.db_path, profile.backup_dir, clock.now(), "manual")
    with open(profile.db_path, "r+b") as f:
        f.seek(0)
        f.write(b"this is not a database" * 100)
    with pytest.raises(CorruptDatabase) as info:
        open_store(profile.db_path, profile.backup_dir, clock)
    assert str(saved) in info.value.message

    aside = restore(profile.db_path, saved, clock.now())
    assert aside.exists()  # the damaged file is kept, never deleted
    assert ".damaged-" in aside.name  # and named for what it is (a healthy one: .replaced-)
    store = open_store(profile.db_path, profile.backup_dir, clock)
    store.close()


def test_migrating_an_old_database_takes_a_backup_first(profile, clock):
    store = open_store(profile.db_path, profile.backup_dir, clock)
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'older'"))
        # Pretend the schema is older: the store must back up before it touches anything.
        conn.execute(text("DROP TABLE alembic_version"))
    store.close()
    with sqlite3.connect(profile.db_path) as con:
        con.execute("CREATE TABLE marker (x)")
        con.execute("INSERT INTO marker VALUES (42)")
    with pytest.raises(Exception):  # noqa: B017 - tables exist; the migration fails after backup
        open_store(profile.db_path, profile.backup_dir, clock)
    made = backups(profile.backup_dir)
    assert made, "no backup was taken before migrating"
    with sqlite3.connect(made[0]) as con:
        assert con.execute("SELECT x FROM marker").fetchone() == (42,)


def test_migrations_go_down_and_up_again_and_the_data_survives(profile, clock):
    store = open_store(profile.db_path, profile.backup_dir, clock, migrate_to_head=False)
    migrate(store.engine, "0001_initial")
    with store.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO agents (public_id, agent_no, name, role, password_hash, failed_logins,"
                " active, created_at) VALUES ('u1', '1001', '李娜', 'agent', 'h', 0, 1,"
                " '2026-11-24 01:00:00')"
            )
        )
    migrate(store.engine, "head")
    assert current_revision(profile.db_path) in known_heads()
    downgrade(store.engine, "0001_initial")
    migrate(store.engine, "head")
    with store.engine.connect() as conn:
        assert conn.execute(text("SELECT name FROM agents")).scalar() == "李娜"
    store.close()


def test_the_models_and_the_migrations_describe_the_same_schema(services):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from agent_desk.models import Base
    from agent_desk.models.raw_sql import include_name

    with services.store.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_name": include_name})
        diff = compare_metadata(context, Base.metadata)
    assert diff == [], f"models changed without a migration: {diff}"


def test_an_engine_with_a_bigger_page_cache_keeps_the_stores_pragmas(tmp_path):
    """The demo closes its shifts through such an engine (each close scans whole tables); the
    store's own engine keeps SQLite's default cache."""
    from agent_desk.models.engine import make_engine

    db = tmp_path / "cache.db"
    big, default = make_engine(db, cache_mib=64), make_engine(db)
    try:
        with big.connect() as con:
            assert con.exec_driver_sql("PRAGMA cache_size").scalar() == -64 * 1024
            assert con.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"  # the store's
        with default.connect() as con:
            assert con.exec_driver_sql("PRAGMA cache_size").scalar() == -2000
    finally:
        big.dispose()
        default.dispose()
