"""Branch settings: known keys only, typed, secrets refused; policy overrides apply; the PC's
branch file lies beneath each profile and locks what branch IT decides."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from agent_desk.config import KEYS, SYSTEM_CONFIG_ENV, BranchConfig, system_config_path
from agent_desk.errors import ConfigError, ConfigLocked
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


# --- the PC's branch file beneath every profile (/etc/agentdesk/config.toml) -----------------


def _branch_file(path, text):
    path.write_text(text, encoding="utf-8")
    return path


def test_a_new_profile_starts_from_the_branch_file(tmp_path, no_branch_file):
    _branch_file(
        no_branch_file,
        '[branch]\ncode = "SH01"\nname = "上海一分部"\n\n[share]\nlocation = "/srv/share"\n\n'
        "[ring]\nseconds_per_ring = 4.0\n",
    )
    config = BranchConfig.load(tmp_path / "profile" / "config.toml")
    assert config.get("branch.code") == "SH01"
    assert config.get("branch.name") == "上海一分部"
    assert config.get("share.location") == "/srv/share"
    assert Policy.load(config).answer_limit_seconds == 12.0
    assert config.get("ring.rings") == 3  # neither file sets it: the shipped default


def test_a_users_own_setting_wins_over_an_unlocked_branch_default(tmp_path, no_branch_file):
    _branch_file(no_branch_file, '[branch]\nname = "上海一分部"\n')
    path = tmp_path / "config.toml"
    config = BranchConfig.load(path)
    config.set("branch.name", "浦东营业厅")
    config.save()
    assert BranchConfig.load(path).get("branch.name") == "浦东营业厅"
    # the profile's file holds only the user's own value, never the branch file's
    assert path.read_text(encoding="utf-8") == '[branch]\nname = "浦东营业厅"\n'


def test_a_locked_key_cannot_be_changed_and_the_reason_names_the_branch_file(
    tmp_path, no_branch_file
):
    _branch_file(
        no_branch_file,
        'locked = ["branch.code", "share"]\n\n[branch]\ncode = "SH01"\n\n'
        '[share]\nlocation = "/srv/share"\n',
    )
    config = BranchConfig.load(tmp_path / "config.toml")
    for key in ("branch.code", "share.location", "share.username"):
        with pytest.raises(ConfigLocked) as refused:
            config.set(key, "x")
        assert refused.value.message == (
            f"{key} is locked by branch IT in {no_branch_file}; ask branch IT to change it there"
        )
    assert config.is_locked("share.username") and not config.is_locked("branch.name")
    assert config.get("branch.code") == "SH01"
    config.set("branch.name", "浦东")  # what is not locked stays the user's


def test_a_value_written_into_the_profile_before_the_lock_is_ignored(tmp_path, no_branch_file):
    path = tmp_path / "config.toml"
    path.write_text('[branch]\ncode = "OLD"\n\n[ring]\nrings = 5\n', encoding="utf-8")
    _branch_file(
        no_branch_file, 'locked = ["branch.code", "ring.rings"]\n[branch]\ncode = "SH01"\n'
    )
    config = BranchConfig.load(path)
    assert config.get("branch.code") == "SH01"
    assert config.get("ring.rings") == 3  # locked at the shipped default
    assert Policy.load(config).rings == 3


def test_branch_policy_tables_apply_and_a_locked_one_beats_the_profile(tmp_path, no_branch_file):
    path = tmp_path / "config.toml"
    path.write_text(
        "[policy.deadlines.complaint]\nreply_working_days = 9\nfeedback_hours = 48\n",
        encoding="utf-8",
    )
    _branch_file(
        no_branch_file,
        'locked = ["policy.deadlines"]\n\n[policy.deadlines.complaint]\nreply_working_days = 4\n',
    )
    policy = Policy.load(BranchConfig.load(path))
    assert policy.get("deadlines.complaint.reply_working_days") == 4
    assert policy.get("deadlines.complaint.feedback_hours") == 24  # shipped, not the user's 48


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[share]\npassword = "x"\n', "share.password: secrets are kept in each user's OS keyring"),
        ('[policy.sync]\ntoken = "x"\n', "policy.sync.token: secrets are kept"),
        ('[share]\nlocation = "smb://u:pw@fs01/s"\n', "must not contain a password"),
        ('[branch]\ncdoe = "SH01"\n', "unknown setting 'branch.cdoe'"),
        ('[brnach]\ncode = "SH01"\n', "unknown setting 'brnach'"),
        ('locked = ["branch.cdoe"]\n', "locked: unknown setting 'branch.cdoe'"),
        ('locked = "branch.code"\n', "locked must be a list of setting names"),
        ("[ring]\nrings = 0\n", "ring.rings must be at least 1"),
        ("[branch\n", "is not valid TOML"),
    ],
)
def test_a_wrong_branch_file_is_refused_naming_the_file_and_the_key(
    tmp_path, no_branch_file, text, message
):
    _branch_file(no_branch_file, text)
    with pytest.raises(ConfigError) as refused:
        BranchConfig.load(tmp_path / "config.toml")
    assert refused.value.message.startswith(f"{no_branch_file}")
    assert message in refused.value.message
    assert "pw@" not in refused.value.message  # a secret is never echoed


def test_the_shipped_branch_file_template_changes_nothing_and_names_every_key(
    tmp_path, no_branch_file
):
    from tests.conftest import REPO

    template = REPO / "packaging" / "config.toml"
    _branch_file(no_branch_file, template.read_text(encoding="utf-8"))
    config = BranchConfig.load(tmp_path / "config.toml")
    assert config.system.locked == ()
    assert config.system.data == {k: {} for k in config.system.data}  # every table empty
    text = template.read_text(encoding="utf-8")
    for name in KEYS:
        section, _, leaf = name.partition(".")
        assert f"[{section}]" in text and f"# {leaf} = " in text, name


def test_the_branch_file_is_in_etc_or_programdata_unless_the_environment_says(monkeypatch):
    monkeypatch.delenv(SYSTEM_CONFIG_ENV)
    monkeypatch.setattr(sys, "platform", "linux")
    assert system_config_path() == Path("/etc/agentdesk/config.toml")
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setenv("PROGRAMDATA", r"D:\ProgramData")
    assert system_config_path().parts[-3:] == (r"D:\ProgramData", "AgentDesk", "config.toml")
    monkeypatch.setenv(SYSTEM_CONFIG_ENV, "/srv/branch.toml")
    assert system_config_path() == Path("/srv/branch.toml")
