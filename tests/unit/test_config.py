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
