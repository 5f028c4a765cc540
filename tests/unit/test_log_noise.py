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
