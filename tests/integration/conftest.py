from __future__ import annotations

from pathlib import Path

import pytest

from tests.integration.app_process import add_agent


@pytest.fixture
def desk(profile_dir: Path) -> Path:
    """A profile with agent 1001 (password agent-pw-1), as branch IT leaves a new desk."""
    add_agent(profile_dir)
    return profile_dir
