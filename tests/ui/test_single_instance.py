"""One AgentDesk window per profile: the lock that decides it is as private as the profile."""

from __future__ import annotations

import stat
import sys

import pytest

from agent_desk.ui.single_instance import LOCK_FILE, InstanceGuard, instance_running


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")
def test_the_window_lock_names_the_pc_to_its_owner_only(qapp, profile):
    lock_path = profile.data_dir / LOCK_FILE
    guard = InstanceGuard(profile, lock_path)
    try:
        assert guard.acquire()
        assert stat.S_IMODE(lock_path.stat().st_mode) == 0o600  # host name and pid inside
        assert instance_running(lock_path)
    finally:
        guard.release()
    assert not instance_running(lock_path)
