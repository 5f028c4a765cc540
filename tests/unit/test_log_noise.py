"""The desk's log keeps its own story: SMB chatter from a sync or a report does not push it out."""

from __future__ import annotations

import logging

from agent_desk.logs import setup_logging


def test_smb_protocol_chatter_stays_out_of_the_log_but_its_warnings_do_not(profile):
    log_file = setup_logging(profile.log_dir)
    try:
        for _ in range(100):  # what publishing a few files used to add
            logging.getLogger("smbprotocol.open").info("receiving SMB2 Create Response")
        logging.getLogger("smbprotocol.connection").warning("Connection lost")
        logging.getLogger("agent_desk.sync").info("sync: 6 sent, 0 waiting")
    finally:
        root = logging.getLogger()
        ours = next(h for h in root.handlers if getattr(h, "_agent_desk", False))
        ours.flush()
        root.removeHandler(ours)
        ours.close()
    text = log_file.read_text(encoding="utf-8")
    assert "SMB2 Create Response" not in text
    assert "Connection lost" in text and "sync: 6 sent" in text


def test_share_paths_in_the_log_are_not_masked_as_phone_numbers(profile, services, clock, tmp_path):
    """Review 13 #11: archive/GZ01/2026-11-27/… was logged as archive/GZ012***1127/…, so branch
    IT could not find the item; a real number in the same log is still masked."""
    import os

    from agent_desk.sync import SyncService

    services.config.set("branch.code", "GZ01")
    share, outside = tmp_path / "share", tmp_path / "outside"
    (share / "archive").mkdir(parents=True)
    outside.mkdir()
    os.symlink(outside, share / "archive" / "GZ01")  # the archive item fails, with its path
    log_file = setup_logging(profile.log_dir)
    try:
        agent = services.accounts.create("1001", "王小明", "agent", "secret-pw")
        shift = services.shifts.start(agent)
        clock.advance(3600)
        from tests.unit.test_shift_summary import PlainRenderer

        services.shifts.close(shift.id, "en", PlainRenderer())
        services.config.set("share.location", str(share))
        SyncService(services.store.sessions, clock, services.config).run()
        logging.getLogger("agent_desk.calls").info("ring from 13912345678")
    finally:
        root = logging.getLogger()
        ours = next(h for h in root.handlers if getattr(h, "_agent_desk", False))
        ours.flush()
        root.removeHandler(ours)
        ours.close()
    text = log_file.read_text(encoding="utf-8")
    day = clock.now().astimezone(services.policy.zone).strftime("%Y-%m-%d")
    assert f"archive/GZ01/{day}/" in text
    assert "13912345678" not in text and "139****5678" in text
