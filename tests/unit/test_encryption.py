"""Customer data at rest: a SQLCipher store keyed from the OS keyring (or a private key file).

The story: another OS user on the desk PC, or whoever gets the disk, greps the profile for a
customer's mobile number. Before, every full number was there in clear; now neither the
database, its WAL, a backup nor the training database shows it, and the desk still works.
"""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

import keyring
import pytest
from keyring.backends import null

from agent_desk.calls.service import CallRecord
from agent_desk.calls.training import training_profile
from agent_desk.clock import FakeClock
from agent_desk.customers import CustomerChanges, PhoneInput
from agent_desk.dbfile import FileState, cipher_module, connect, state_of
from agent_desk.dbkey import KEYRING_SERVICE, KeyMismatch, KeyMissing, KeyStore
from agent_desk.logs import setup_logging
from agent_desk.paths import Profile
from agent_desk.services import Services
from agent_desk.store import backups, integrity_check
from tests.unit.test_shift_summary import PlainRenderer

NUMBER = "13912345678"


def hits(path: Path, needle: str = NUMBER) -> int:
    if not path.exists():
        return 0
    data = path.read_bytes()
    return data.count(needle.encode("ascii")) + data.count(needle.encode("utf-16-le"))


def a_customer_who_called(services: Services, clock: FakeClock) -> None:
    agent = services.accounts.create("1001", "张三", "agent", "secret1")
    services.customers.create(
        CustomerChanges(name="李四", phones=(PhoneInput(NUMBER),), notes=f"备用 {NUMBER}"),
        actor="1001",
    )
    call = services.calls.ring(NUMBER, agent_id=agent.id)
    clock.advance(3)
    services.calls.answer(call.public_id)
    record = CallRecord(
        category="inquiry",
        subject="资费",
        question=f"请回电 {NUMBER}",
        answer="已答复",
        resolution="resolved",
        satisfaction=5,
        greeting_given=True,
        signoff_given=True,
    )
    services.calls.save_draft(agent.id, call.public_id, record)  # a draft holds it too


def test_a_known_number_is_nowhere_in_the_database_its_wal_or_a_backup(profile, clock):
    services = Services.open(profile, clock)
    try:
        a_customer_who_called(services, clock)
        wal = profile.db_path.with_name(profile.db_path.name + "-wal")
        assert wal.exists() and wal.stat().st_size > 0  # the WAL holds the newest pages
        assert services.customers.lookup_by_number(NUMBER) is not None  # the desk still works
        assert [h.name for h in services.customers.search("2345")] == ["李四"]  # FTS5 trigram
        saved = services.backups.take("manual")
        for path in (profile.db_path, wal, saved):
            assert hits(path) == 0, path
        assert state_of(profile.db_path) is FileState.OPAQUE
        assert not profile.db_path.read_bytes().startswith(b"SQLite format 3")
        assert integrity_check(saved, services.store.key) == "ok"
    finally:
        services.close()
    assert hits(profile.db_path) == 0  # after the last checkpoint too


def test_the_binding_does_fts5_trigram_wal_and_the_backup_api(tmp_path):
    key = "ab" * 32
    con = connect(tmp_path / "a.db", key, isolation_level=None)
    assert con.execute("PRAGMA journal_mode=WAL").fetchone() == ("wal",)
    assert con.execute("PRAGMA cipher_version").fetchone()[0].startswith("4.")
    con.execute("CREATE VIRTUAL TABLE f USING fts5(n, tokenize='trigram')")
    con.execute("INSERT INTO f VALUES (?)", (NUMBER,))
    assert con.execute("SELECT n FROM f WHERE f MATCH '2345'").fetchall() == [(NUMBER,)]
    out = connect(tmp_path / "b.db", key)
    con.backup(out)
    out.close()
    con.close()
    again = connect(tmp_path / "b.db", key)
    assert again.execute("SELECT n FROM f").fetchall() == [(NUMBER,)]
    again.close()
    assert hits(tmp_path / "b.db") == 0
    assert cipher_module().sqlite_version >= "3.40"


def test_the_key_is_a_random_256_bit_key_in_the_os_keyring(services, profile):
    stored = keyring.get_password(KEYRING_SERVICE, str(profile.config_dir))
    assert stored == services.store.key and len(stored) == 64
    assert not (profile.config_dir / "database.key").exists()
    other = Services.open(Profile.at(profile.data_dir.parent.parent / "other").ensure())
    try:
        assert other.store.key != services.store.key  # one key per profile
    finally:
        other.close()


@pytest.fixture
def no_keyring():
    before = keyring.get_keyring()
    keyring.set_keyring(null.Keyring())
    try:
        yield
    finally:
        keyring.set_keyring(before)


def test_without_a_keyring_the_key_goes_to_a_private_file_and_the_log_warns_once(
    no_keyring, profile, clock
):
    log_file = setup_logging(profile.log_dir)
    try:
        for _ in range(2):
            services = Services.open(profile, clock)
            services.close()
    finally:
        root = logging.getLogger()
        for handler in [h for h in root.handlers if getattr(h, "_agent_desk", False)]:
            handler.flush()
            root.removeHandler(handler)
    key_file = profile.config_dir / "database.key"
    assert key_file.exists()
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert state_of(profile.db_path) is FileState.OPAQUE
    warnings = [line for line in log_file.read_text().splitlines() if "no OS keyring" in line]
    assert len(warnings) == 1, warnings


def test_branch_it_can_put_the_key_file_elsewhere(no_keyring, profile, clock, tmp_path):
    elsewhere = tmp_path / "keys" / "desk7.key"
    profile.config_file.write_text(f'[database]\nkey_file = "{elsewhere}"\n', encoding="utf-8")
    services = Services.open(profile, clock)
    services.close()
    assert elsewhere.exists() and not (profile.config_dir / "database.key").exists()


def test_a_profile_whose_key_is_gone_says_so_and_how_to_recover(profile, clock):
    Services.open(profile, clock).close()
    keyring.delete_password(KEYRING_SERVICE, str(profile.config_dir))
    with pytest.raises(KeyMissing) as raised:
        Services.open(profile, clock)
    assert "db key import" in raised.value.message
    assert profile.db_path.stat().st_size > 0  # nothing was replaced


def test_another_profiles_key_is_recognised_as_the_wrong_key(profile, clock):
    Services.open(profile, clock).close()
    KeyStore.for_profile(profile.config_dir).put("cd" * 32)
    with pytest.raises(KeyMismatch):
        Services.open(profile, clock)


def test_the_training_database_is_encrypted_with_the_profiles_key(services, clock):
    from agent_desk.calls.training import open_training_services

    agent = services.accounts.create("1001", "张三", "agent", "secret1")
    training = open_training_services(services.context, agent)
    try:
        training.calls.ring(NUMBER, agent_id=agent.id)
        assert training.store.key == services.store.key
    finally:
        training.close()
    db = training_profile(services.profile).db_path
    assert state_of(db) is FileState.OPAQUE and hits(db) == 0


def test_backups_after_a_shift_close_are_encrypted_private_and_checked(services, clock, profile):
    agent = services.accounts.create("1001", "张三", "agent", "secret1")
    shift = services.shifts.start(agent)
    services.calls.ring(NUMBER, agent_id=agent.id)
    clock.advance(3600)
    services.shifts.close(shift.id, "en", PlainRenderer())
    services.backups.wait(30)
    made = [f for f in services.backups.list() if f.reason == "shift-close"]
    assert len(made) == 1
    path = made[0].path
    assert hits(path) == 0 and state_of(path) is FileState.OPAQUE
    assert integrity_check(path, services.store.key) == "ok"
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert not list(profile.backup_dir.glob("*.partial*"))
    assert backups(profile.backup_dir)[0] == path
