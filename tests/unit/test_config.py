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


def test_the_installed_program_ignores_the_environment_so_no_user_steps_out_of_the_locks(
    monkeypatch,
):
    """Review of issue 16: `AGENT_DESK_SYSTEM_CONFIG=/dev/null agent-desk config set …` undid
    every lock of the installed program."""
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv(SYSTEM_CONFIG_ENV, "/dev/null")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert system_config_path() == Path("/etc/agentdesk/config.toml")


def test_a_branch_file_users_cannot_read_is_named_with_what_to_do(tmp_path, no_branch_file):
    """Review of issue 16: a 0600 branch file crashed every user's start with PermissionError."""
    no_branch_file.mkdir()  # reading a folder fails like an unreadable file, also for root
    with pytest.raises(ConfigError) as refused:
        BranchConfig.load(tmp_path / "config.toml")
    assert refused.value.params["reason"] == "config.unreadable"
    assert str(no_branch_file) in refused.value.message
    assert "readable by every user" in refused.value.message


def test_a_branch_file_with_a_byte_order_mark_is_read(tmp_path, no_branch_file):
    no_branch_file.write_bytes('\ufefflocked = ["branch.code"]\n[branch]\ncode = "SH01"\n'.encode())
    config = BranchConfig.load(tmp_path / "config.toml")
    assert config.get("branch.code") == "SH01" and config.is_locked("branch.code")


# --- review of issue 11: values nothing can use, files nothing can read ------------------------


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("ring.seconds_per_ring", "nan"),
        ("ring.seconds_per_ring", "inf"),
        ("ring.seconds_per_ring", "-inf"),
        ("policy.targets.within_rule_rate", "nan"),
        ("policy.targets.satisfaction", "NaN"),
        ("policy.shifts.resume_within_hours", "infinity"),
    ],
)
def test_config_set_refuses_a_number_that_is_not_finite(tmp_path, key, value):
    """nan passed every bound (every comparison with it is false) and then broke every ring."""
    config = BranchConfig.load(tmp_path / "config.toml")
    with pytest.raises(ConfigError, match="finite") as info:
        config.set(key, value)
    assert info.value.params["key"] == key


@pytest.mark.parametrize(
    "text",
    [
        "[ring]\nseconds_per_ring = nan\n",
        "[ring]\nseconds_per_ring = +inf\n",
        "[policy.targets]\nwithin_rule_rate = nan\n",
        "[policy.ring]\nseconds_per_ring = -nan\n",
    ],
)
def test_a_hand_written_nan_or_inf_is_refused_on_load(tmp_path, text):
    path, load = _load(tmp_path, text)
    with pytest.raises(ConfigError, match="finite") as info:
        load()
    assert f"{path}, line 2" in info.value.message


@pytest.mark.parametrize(
    ("value", "named"),
    [
        ("Shanghai\rEast", "U+000D"),
        ("Shanghai\x1bEast", "U+001B"),
        ("a\tb", "U+0009"),
        ("x\x00", "U+0000"),
    ],
)
def test_a_control_character_in_a_setting_is_refused_and_named(tmp_path, value, named):
    config = BranchConfig.load(tmp_path / "config.toml")
    with pytest.raises(ConfigError, match="control character") as info:
        config.set("branch.name", value)
    assert named in info.value.message
    assert info.value.params["key"] == "branch.name"


def test_whatever_text_is_saved_the_file_reads_back(tmp_path):
    """Every character that reaches the file is escaped as TOML wants; and the text is parsed
    before it replaces the file."""
    from agent_desk.config import dump_toml

    tricky = {"branch": {"name": 'a\\b"c\x7f\u2028\U0001f600'}}
    import tomllib

    assert tomllib.loads(dump_toml(tricky)) == tricky


def test_a_control_character_in_a_file_is_named_as_it_is(tmp_path):
    """The review saw "Illegal character '\\n'" for a carriage return: the file was read with
    newlines translated."""
    path = tmp_path / "config.toml"
    path.write_bytes(b'[branch]\nname = "Shanghai\rEast"\n')
    with pytest.raises(ConfigError) as info:
        BranchConfig.load(path)
    assert "'\\r'" in info.value.message


def test_a_file_saved_by_windows_notepad_with_a_bom_loads(tmp_path):
    path = tmp_path / "config.toml"
    path.write_bytes('\ufeff[branch]\r\ncode = "SH01"\r\nname = "上海"\r\n'.encode())
    assert BranchConfig.load(path).get("branch.name") == "上海"


@pytest.mark.parametrize(
    "location",
    [
        "smb://svc:hunter2@[fs01/share",  # urlsplit raises on it
        "smb://svc:hunter2@fs01:notaport/share",
        "SMB://svc:hunter2@fs01/share",
        "smb://svc:pass/word@fs01/share",
    ],
)
def test_a_password_in_a_malformed_share_location_is_still_refused(tmp_path, location):
    with pytest.raises(ConfigError) as info:
        BranchConfig.load(tmp_path / "c.toml").set("share.location", location)
    assert info.value.params["reason"] == "config.secret_in_location"
    assert "hunter2" not in info.value.message and "pass/word" not in info.value.message


@pytest.mark.parametrize(
    "location", ["smb://svc@fs01/share", "smb://fs01:445/share", r"\\fs01\share", "/mnt/a:b@c"]
)
def test_share_locations_without_a_password_are_kept(tmp_path, location):
    assert BranchConfig.load(tmp_path / "c.toml").set("share.location", location) == location


def test_a_secret_inside_an_unknown_table_is_refused_as_a_secret(tmp_path):
    path, load = _load(tmp_path, '[share.extra]\npassword = "x"\n')
    with pytest.raises(ConfigError) as info:
        load()
    assert info.value.params["reason"] == "config.secret"
    assert "keyring" in info.value.message
    assert f"{path}, line 2: share.extra.password" in info.value.message


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ('"branch.code" = "XX"\n', "branch.code"),
        ('[policy]\n"accounts.max_failed_logins" = 4\n', "policy.accounts.max_failed_logins"),
        ("[branch]\n'code' = \"XX\"\n", None),  # a quoted key without a dot is the same key
    ],
)
def test_a_quoted_dotted_key_is_refused_rather_than_ignored(tmp_path, text, key):
    _path, load = _load(tmp_path, text)
    if key is None:
        assert load().get("branch.code") == "XX"
        return
    with pytest.raises(ConfigError) as info:
        load()
    assert info.value.params["reason"] == "config.quoted_key"
    assert key in info.value.message and "line" in info.value.message


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ('[ring]\nrings = "3"\n', "config.wrong_type"),
        ('[ring]\nseconds_per_ring = "4"\n', "config.wrong_type"),
        ("[branch]\ncode = 1001\n", "config.wrong_type"),
        ('[policy.accounts]\nlockout_minutes = "10"\n', "config.wrong_type"),
        ('[policy.phone]\nring_without_shift = "whatever"\n', "config.choice"),
        ('[phone]\nsource = "pbx"\n', "config.choice"),
    ],
)
def test_loose_types_and_unknown_choices_in_the_file_are_refused(tmp_path, text, reason):
    _path, load = _load(tmp_path, text)
    with pytest.raises(ConfigError) as info:
        load()
    assert info.value.params["reason"] == reason
    assert "line 2" in info.value.message


def test_every_text_value_of_the_shipped_policy_has_its_choices():
    from agent_desk.policy import CHOICES, shipped_policy

    def texts(node, prefix=""):
        for key, value in node.items():
            if isinstance(value, dict):
                yield from texts(value, f"{prefix}{key}.")
            elif isinstance(value, str):
                yield f"{prefix}{key}", value

    for name, value in texts(shipped_policy()):
        if name == "deadlines.timezone":
            continue  # any IANA zone, checked by zoneinfo
        assert name in CHOICES, f"{name} has no choices in agent_desk/policy.py CHOICES"
        assert value in CHOICES[name]


def test_get_of_a_policy_value_gives_the_value_in_force(tmp_path):
    _path, load = _load(tmp_path, "[policy.accounts]\nlockout_minutes = 10\n")
    config = load()
    assert config.get("policy.accounts.lockout_minutes") == 10
    assert config.get("policy.accounts.max_failed_logins") == 5  # shipped
    with pytest.raises(ConfigError, match="unknown policy value"):
        config.get("policy.nosuch.key")


def test_in_force_lists_every_setting_with_where_its_value_comes_from(tmp_path):
    _path, load = _load(
        tmp_path, '[branch]\ncode = "SH01"\n\n[policy.accounts]\nlockout_minutes = 10\n'
    )
    listed = {name: (value, source) for name, value, source in load().in_force()}
    assert listed["branch.code"] == ("SH01", "config.toml")
    assert listed["branch.name"] == ("", "default")
    assert listed["policy.accounts.lockout_minutes"] == (10, "config.toml")
    assert listed["policy.accounts.max_failed_logins"] == (5, "policy.toml")
    assert listed["policy.deadlines.timezone"] == ("Asia/Shanghai", "policy.toml")


DEPLOYED = """\
# Deployed by branch IT on 2026-11-01 -- do not remove the share line.
[branch]
code = "SH01"   # the branch's code on the share
name = "上海一分部"

# The share
[share]
location = '/srv/share'  # mounted by the login script

[policy.accounts]
lockout_minutes = 10 # our own
"""


def test_config_set_keeps_the_comments_of_a_deployed_file(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text(DEPLOYED, encoding="utf-8")
    config = BranchConfig.load(path)
    config.update_file(
        {
            "branch.code": "SH02",
            "share.username": "svc",
            "policy.accounts.lockout_minutes": "15",
            "policy.accounts.max_failed_logins": "4",
            "ring.rings": "4",
        }
    )
    text = path.read_text(encoding="utf-8")
    for comment in (
        "# Deployed by branch IT on 2026-11-01 -- do not remove the share line.",
        'code = "SH02"   # the branch\'s code on the share',
        "# The share",
        "location = '/srv/share'  # mounted by the login script",
        "lockout_minutes = 15 # our own",
    ):
        assert comment in text, text
    again = BranchConfig.load(path)
    assert again.get("share.username") == "svc"
    assert again.get("policy.accounts.max_failed_logins") == 4
    assert again.get("ring.rings") == 4
    assert again.get("branch.name") == "上海一分部"


@pytest.mark.parametrize(
    "text",
    [
        "",
        '[branch]\r\ncode = "SH01" # crlf\r\n',
        '[branch]\ncode = "SH01"',  # no newline at the end
        '[branch]\nname = "a \\" # not a comment"  # a comment\n',
        "[policy]\naccounts.lockout_minutes = 10\n",  # a dotted key: written afresh
        "[policy.accounts]\nlockout_minutes = 10\n"
        "[policy.deadlines.complaint]\npoints_minutes = 3\n",
        "ring = { rings = 4 }\n",  # an inline table: written afresh
        "# only a comment\n",
    ],
)
def test_any_edit_reads_back_as_the_settings(tmp_path, text):
    path = tmp_path / "config.toml"
    path.write_bytes(text.encode())
    config = BranchConfig.load(path)
    values = {
        "branch.code": "SH09",
        "branch.name": "东区 'x' \"y\"",
        "ring.rings": "5",
        "policy.accounts.lockout_minutes": "20",
        "policy.deadlines.timezone": "Asia/Urumqi",
    }
    config.update_file(values)
    again = BranchConfig.load(path)
    assert again.get("branch.code") == "SH09"
    assert again.get("branch.name") == "东区 'x' \"y\""
    assert again.get("ring.rings") == 5
    assert again.get("policy.accounts.lockout_minutes") == 20
    assert again.get("policy.deadlines.timezone") == "Asia/Urumqi"
    if "#" in text:
        assert "#" in path.read_text(encoding="utf-8")


@pytest.mark.parametrize("value", ["rel3.key", "keys/desk.key", "./desk.key", " /x/desk.key"])
def test_a_relative_key_file_is_refused_by_config_set(tmp_path, value):
    # A relative key file went to the folder the desk was started in, and no other start
    # found it (review-12c).
    config = BranchConfig.load(tmp_path / "config.toml")
    with pytest.raises(ConfigError, match=r"database\.key_file must be an absolute path"):
        config.set("database.key_file", value)
    assert config.get("database.key_file") == ""


@pytest.mark.parametrize("value", ["", "/srv/keys/desk.key", "~/keys/desk.key"])
def test_an_absolute_or_home_or_empty_key_file_is_accepted(tmp_path, value):
    config = BranchConfig.load(tmp_path / "config.toml")
    assert config.set("database.key_file", value) == value


def test_a_hand_written_relative_key_file_is_refused_on_load_with_the_line(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text('[database]\nkey_file = "rel3.key"\n', encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        BranchConfig.load(path)
    assert f"{path}, line 2: database.key_file must be an absolute path" in caught.value.message
