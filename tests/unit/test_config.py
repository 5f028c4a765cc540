"""Branch settings: known keys only, typed, secrets refused; policy overrides apply."""

from __future__ import annotations

import pytest

from agent_desk.config import BranchConfig
from agent_desk.errors import ConfigError
from agent_desk.policy import Policy


def test_settings_round_trip_through_config_toml(tmp_path):
    path = tmp_path / "config.toml"
    config = BranchConfig.load(path)
    config.set("branch.code", "SH01")
    config.set("branch.name", '上海分行 "浦东"')
    config.set("ring.seconds_per_ring", "4")
    config.save()
    again = BranchConfig.load(path)
    assert again.get("branch.code") == "SH01"
    assert again.get("branch.name") == '上海分行 "浦东"'
    assert again.get("ring.seconds_per_ring") == 4.0


@pytest.mark.parametrize("key", ["share.password", "branch.nmae", "smb.token"])
def test_unknown_keys_and_secrets_are_refused(tmp_path, key):
    with pytest.raises(ConfigError):
        BranchConfig.load(tmp_path / "c.toml").set(key, "x")


def test_a_wrong_type_is_refused_with_the_key_named(tmp_path):
    with pytest.raises(ConfigError, match=r"ring\.rings"):
        BranchConfig.load(tmp_path / "c.toml").set("ring.rings", "three")
    with pytest.raises(ConfigError, match="at least"):
        BranchConfig.load(tmp_path / "c.toml").set("ring.rings", "0")


def test_a_broken_config_file_is_reported_not_ignored(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text("[branch\ncode = 1", encoding="utf-8")
    with pytest.raises(ConfigError, match="not valid TOML"):
        BranchConfig.load(path)


def test_the_default_rule_is_three_rings_of_five_seconds():
    policy = Policy.load(None)
    assert policy.answer_limit_seconds == 15.0


def test_branch_cadence_and_policy_overrides_win_over_the_shipped_policy(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text(
        "[ring]\nseconds_per_ring = 4.0\n\n[policy.deadlines.complaint]\nreply_working_days = 3\n",
        encoding="utf-8",
    )
    policy = Policy.load(BranchConfig.load(path))
    assert policy.answer_limit_seconds == 12.0
    assert policy.get("deadlines.complaint.reply_working_days") == 3
    assert policy.get("deadlines.complaint.feedback_hours") == 24  # untouched keys stay
