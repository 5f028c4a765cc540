"""The screen pop in the real app: a softphone rings a number from another process, and the
customer card names the caller and links the call; an unknown number offers the new-customer
choices. Runs on a small `agent-desk demo` profile, logged in with the demo password."""

from __future__ import annotations

import pytest

from tests.conftest import run_cli
from tests.integration.app_process import query, start_logged_in

pytestmark = pytest.mark.integration


def test_a_ring_from_another_process_pops_the_demo_customer_and_links_the_call(
    profile_dir, tmp_path
):
    filled = run_cli(
        "demo",
        "--customers",
        "40",
        "--calls",
        "80",
        "--until",
        "2026-11-20",
        "--close-days",
        "0",
        "--quiet",
        profile=profile_dir,
        timeout=120,
    )
    assert filled.returncode == 0, filled.stderr
    customer_id, raw = query(
        profile_dir, "SELECT customer_id, raw FROM customer_phones ORDER BY id LIMIT 1"
    )[0]
    app = start_logged_in(profile_dir, tmp_path, password="demo-1001")
    try:
        rung = run_cli("ring", "--caller", raw, "--call-id", "sip-1", profile=profile_dir)
        assert rung.returncode == 0, rung.stderr
        line = app.wait_for_log("-> customer in")
        assert raw not in line  # the log masks the number
        assert run_cli("hangup", "--call-id", "sip-1", profile=profile_dir).returncode == 0
        app.wait_for_log("call hung up")
        rung = run_cli(
            "ring", "--caller", "021-5555 6666", "--call-id", "sip-2", profile=profile_dir
        )
        assert rung.returncode == 0, rung.stderr
        app.wait_for_log("-> unknown in")
    finally:
        app.stop()
    linked = query(profile_dir, "SELECT customer_id FROM calls WHERE cti_call_id = 'sip-1'")
    assert linked == [(customer_id,)]
    unknown = query(profile_dir, "SELECT customer_id FROM calls WHERE cti_call_id = 'sip-2'")
    assert unknown == [(None,)]
