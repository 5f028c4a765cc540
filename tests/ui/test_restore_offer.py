"""The window's restore after a damaged start: it says what it could not check about the
people erased after the backup was taken (review-13: a restore brought them back without a
word). Real encrypted files; only the message boxes are answered by the test."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from agent_desk.context import AppContext
from agent_desk.customers import CustomerChanges, PhoneInput
from agent_desk.dbfile import FileState, state_of
from agent_desk.errors import CorruptDatabase
from agent_desk.services import Services
from agent_desk.ui.app import _offer_restore

NUMBER = "13912345678"


@pytest.fixture
def said(monkeypatch):
    """The restore is agreed to; what the window said afterwards is kept."""
    messages = []

    def critical(*_args, **_kwargs):
        return QMessageBox.StandardButton.Yes

    def warning(_parent, title, text, *_a, **_k):
        messages.append((title, text))

    monkeypatch.setattr(QMessageBox, "critical", critical)
    monkeypatch.setattr(QMessageBox, "warning", warning)
    return messages


def _desk(profile, clock) -> tuple[str, object]:
    """A desk with one customer and a backup; returns the customer's public id and the admin."""
    services = Services.open(profile, clock)
    try:
        services.accounts.create("0001", "管理员", "admin", "admin-pw-1")
        admin = services.accounts.login("0001", "admin-pw-1")
        customer = services.customers.create(
            CustomerChanges(name="张三", phones=(PhoneInput(NUMBER),)), actor="0001"
        )
        services.backups.take("manual")
    finally:
        services.close()
    assert state_of(profile.db_path) is FileState.OPAQUE  # SQLCipher, as on a desk
    return customer.public_id, admin


def _restore(profile) -> None:
    error = CorruptDatabase(path=str(profile.db_path), detail="x", backup_hint="")
    assert _offer_restore(AppContext.load(profile), error)


def test_a_restore_over_a_damaged_database_says_erasures_cannot_be_checked(
    qapp, profile, clock, said
):
    _desk(profile, clock)
    for side in ("-wal", "-shm"):
        profile.db_path.with_name(profile.db_path.name + side).unlink(missing_ok=True)
    profile.db_path.write_bytes(b"SQLite format 3\x00" + b"\x01" * 5000)
    _restore(profile)
    ((title, text),) = said
    assert title == "Backup restored"
    assert "erasures made after this backup was taken cannot be checked" in text
    assert "PRIVACY.md section 6" in text


def test_a_restore_names_whoever_was_erased_after_the_backup(qapp, profile, clock, said):
    public_id, admin = _desk(profile, clock)
    services = Services.open(profile, clock)
    try:
        cid = services.privacy.find_person(phone=NUMBER)
        services.privacy.erase_person(cid, admin, "REQ-1")
    finally:
        services.close()
    _restore(profile)
    ((_title, text),) = said
    assert "are back in the restored data" in text and "customer erase --id PUBLIC_ID" in text
    assert f"public id {public_id}, erased 2026-11-24 01:00:00 UTC" in text


def test_a_restore_says_nothing_more_when_nobody_was_erased_after_the_backup(
    qapp, profile, clock, said
):
    _desk(profile, clock)
    _restore(profile)
    assert said == []
