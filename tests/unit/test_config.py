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


# --- issue 11: config.toml is checked on load as `config set` checks a value -------------------


def _load(tmp_path, text: str):
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path, lambda: BranchConfig.load(path)


def test_a_hand_edited_lockout_of_a_million_tries_is_refused_with_key_and_line(tmp_path):
    path, load = _load(
        tmp_path, '[branch]\ncode = "SH01"\n\n[policy.accounts]\nmax_failed_logins = 1000000\n'
    )
    with pytest.raises(ConfigError) as info:
        load()
    message = info.value.message
    assert str(path) in message
    assert "line 5" in message
    assert "policy.accounts.max_failed_logins" in message
    assert "at most 10" in message


def test_a_share_password_in_the_file_is_refused_and_the_keyring_named(tmp_path):
    path, load = _load(
        tmp_path, '[share]\nlocation = "smb://fs/sum"\nusername = "desk01"\npassword = "x"\n'
    )
    with pytest.raises(ConfigError) as info:
        load()
    message = info.value.message
    assert f"{path}, line 4: share.password" in message
    assert "keyring" in message
    assert '"x"' not in message and "'x'" not in message
    assert info.value.params["reason"] == "config.secret"


@pytest.mark.parametrize(
    "text",
    [
        '[branch]\nnmae = "上海"\n',  # a typo
        'colour = "red"\n',  # at the top
        "[shares]\nlocation = 1\n",  # an unknown table
        "[policy.accounts]\nmax_failed = 3\n",  # a typo in an override
        "[policy.nonsense]\nx = 1\n",
    ],
)
def test_unknown_keys_in_the_file_are_refused(tmp_path, text):
    _path, load = _load(tmp_path, text)
    with pytest.raises(ConfigError) as info:
        load()
    assert info.value.params["reason"] == "config.unknown_key"
    assert "line " in info.value.message


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("[policy.accounts]\nmax_failed_logins = 2\n", "policy.accounts.max_failed_logins"),
        ("[policy.accounts]\nmax_failed_logins = 11\n", "policy.accounts.max_failed_logins"),
        ("[policy.accounts]\nlockout_minutes = 0\n", "policy.accounts.lockout_minutes"),
        ("[policy.accounts]\nlockout_minutes = 61\n", "policy.accounts.lockout_minutes"),
        ("[ring]\nseconds_per_ring = 0.5\n", "ring.seconds_per_ring"),
        ("[ring]\nseconds_per_ring = 11\n", "ring.seconds_per_ring"),
        ("[policy.ring]\nseconds_per_ring = 0\n", "policy.ring.seconds_per_ring"),
        ("[ring]\nrings = 0\n", "ring.rings"),
        ("[ring]\nrings = 7\n", "ring.rings"),
        ("[policy.ring]\nrings = 100\n", "policy.ring.rings"),
        ("[policy.escalation]\ntransfer_complex_seconds = 0\n", None),
        ("[policy.deadlines.complaint]\nreply_working_days = 365\n", None),
        ("[policy.targets]\nwithin_rule_rate = 1.5\n", None),
        ("[policy.cases]\ndissatisfied_at_most = 5\n", None),
    ],
)
def test_policy_overrides_out_of_bounds_are_refused_naming_the_key(tmp_path, text, key):
    _path, load = _load(tmp_path, text)
    with pytest.raises(ConfigError) as info:
        load()
    assert info.value.params["reason"] in ("config.out_of_range", "config.too_small")
    if key:
        assert info.value.params["key"] == key
        assert key in info.value.message


@pytest.mark.parametrize(
    "text",
    [
        "[policy.accounts]\nmax_failed_logins = 3\nlockout_minutes = 60\n",
        "[policy.accounts]\nmax_failed_logins = 10\nlockout_minutes = 1\n",
        "[ring]\nseconds_per_ring = 1\nrings = 6\n",
        "[ring]\nseconds_per_ring = 10.0\nrings = 1\n",
    ],
)
def test_overrides_at_their_bounds_are_accepted(tmp_path, text):
    _path, load = _load(tmp_path, text)
    load()


def test_wrong_types_in_the_file_are_refused(tmp_path):
    for text in (
        '[ring]\nrings = "three"\n',
        "[ring]\nrings = 2.5\n",
        '[policy.accounts]\nlockout_minutes = "soon"\n',
        '[policy.deadlines]\ntimezone = "Mars/Olympus"\n',
        "[branch]\ncode = true\n",
    ):
        _path, load = _load(tmp_path, text)
        with pytest.raises(ConfigError) as info:
            load()
        assert info.value.params["reason"] == "config.wrong_type", text


def test_every_number_in_the_shipped_policy_has_bounds_it_lies_within():
    from agent_desk.policy import bounds, shipped_policy

    def numbers(node, prefix=""):
        for key, value in node.items():
            if isinstance(value, dict):
                yield from numbers(value, f"{prefix}{key}.")
            elif isinstance(value, int | float) and not isinstance(value, bool):
                yield f"{prefix}{key}", value

    for name, value in numbers(shipped_policy()):
        limits = bounds(name)
        assert limits is not None, f"{name} has no bounds in agent_desk/policy.py BOUNDS"
        assert limits[0] <= value <= limits[1], f"{name} = {value} is outside {limits}"


def test_config_set_checks_policy_overrides_with_the_same_bounds(tmp_path):
    config = BranchConfig.load(tmp_path / "config.toml")
    assert config.set("policy.accounts.lockout_minutes", "30") == 30
    with pytest.raises(ConfigError, match="at most 60"):
        config.set("policy.accounts.lockout_minutes", "90")
    with pytest.raises(ConfigError, match="unknown policy value"):
        config.set("policy.accounts.lockout", "9")
    config.save()
    assert BranchConfig.load(tmp_path / "config.toml").get("policy.accounts.lockout_minutes") == 30


def test_all_problems_of_any_file_can_be_listed(tmp_path):
    """The check is a function of a parsed file: a system-wide file can be checked alike."""
    import tomllib

    from agent_desk.config import check_config

    text = '[share]\npassword = "x"\n\n[policy.accounts]\nmax_failed_logins = 99\n'
    path = tmp_path / "system.toml"
    problems = check_config(tomllib.loads(text), path, text)
    assert [(p.params["key"], p.params["line"]) for p in problems] == [
        ("share.password", 2),
        ("policy.accounts.max_failed_logins", 5),
    ]


def test_saving_some_keys_keeps_what_another_program_wrote_meanwhile(tmp_path):
    path = tmp_path / "config.toml"
    dialog_copy = BranchConfig.load(path)  # the window loaded the file at start
    by_cli = BranchConfig.load(path)  # then branch IT ran `config set` twice
    by_cli.set("branch.code", "SH01")
    by_cli.set("branch.name", "上海分行")
    by_cli.save()
    dialog_copy.update_file({"share.location": "/srv/share", "share.username": ""})
    again = BranchConfig.load(path)
    assert (again.get("branch.code"), again.get("branch.name")) == ("SH01", "上海分行")
    assert again.get("share.location") == "/srv/share"
    assert dialog_copy.get("branch.code") == "SH01"


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
        ('[share]\npassword = "x"\n', "share.password: secrets are not kept in config.toml"),
        ('[policy.sync]\ntoken = "x"\n', "unknown policy value 'policy.sync'"),
        ('[share]\nlocation = "smb://u:pw@fs01/s"\n', "must not contain a password"),
        ('[branch]\ncdoe = "SH01"\n', "unknown setting 'branch.cdoe'"),
        ('[brnach]\ncode = "SH01"\n', "unknown setting 'brnach'"),
        ('locked = ["branch.cdoe"]\n', "locked: unknown setting 'branch.cdoe'"),
        ('locked = "branch.code"\n', "locked must be a list of setting names"),
        ("[ring]\nrings = 0\n", "ring.rings must be at least 1 and at most 6"),
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

    def values(table: dict) -> list:
        return [v for v in table.values() if not isinstance(v, dict)] + [
            x for v in table.values() if isinstance(v, dict) for x in values(v)
        ]

    assert values(config.system.data) == []  # every table empty
    text = template.read_text(encoding="utf-8")
    for name in KEYS:
        section, _, leaf = name.rpartition(".")  # phone.baresip.address: [phone.baresip] address
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
