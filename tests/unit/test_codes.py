"""Branch and desk codes name folders on every share: one rule, refused or cleaned one way."""

from __future__ import annotations

import platform

import pytest

from agent_desk.codes import clean_code, desk_code_for_host, host_desk_code, is_code
from agent_desk.config import BranchConfig
from agent_desk.errors import ConfigError
from tests.conftest import run_cli

BAD = ["SH:01", "CON", "con", "Com1", "LPT9", "NUL", "a*b", "B" * 300, "B" * 17, "北京01", "a b"]


@pytest.mark.parametrize(
    ("key", "value"),
    [("branch.code", v) for v in [*BAD, ""]] + [("desk.code", v) for v in BAD],
)
def test_a_code_that_cannot_name_a_folder_everywhere_is_refused(tmp_path, key, value):
    with pytest.raises(ConfigError) as caught:
        BranchConfig.load(tmp_path / "c.toml").set(key, value)
    assert key in caught.value.message
    assert caught.value.params.get("reason") == "config.code"


@pytest.mark.parametrize("value", ["BJ01", "SH_01", "desk-7", "A", "B" * 16, "CONSOLE", "COM10"])
def test_good_codes_are_kept_as_typed(tmp_path, value):
    config = BranchConfig.load(tmp_path / "c.toml")
    assert config.set("branch.code", value) == value
    assert config.set("desk.code", value) == value


def test_a_deployed_config_with_a_bad_branch_code_is_refused_at_start(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text('[branch]\ncode = "SH:01"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"branch\.code"):
        BranchConfig.load(path)


def test_the_desk_code_defaults_to_the_host_name_made_a_code(tmp_path):
    config = BranchConfig.load(tmp_path / "c.toml")
    assert config.get("desk.code") == host_desk_code()
    assert host_desk_code() == desk_code_for_host(platform.node())
    config.set("desk.code", "desk-07")
    assert config.get("desk.code") == "desk-07"


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("SH:01", "SH_01"),
        ("  BJ01 ", "BJ01"),
        ("a*b", "a_b"),
        ("con", "con_"),
        ("北京01", "01"),
        ("B" * 300, "B" * 16),
        ("***", "fallback"),
        ("Front Desk #3", "Front_Desk_3"),
    ],
)
def test_values_nobody_typed_as_a_code_are_cleaned_one_way(raw, code):
    assert clean_code(raw, "fallback") == code


def test_branch_it_setting_a_bad_code_gets_one_line_and_nothing_saved(tmp_path):
    done = run_cli("config", "set", "branch.code", "SH:01", profile=tmp_path / "p")
    assert done.returncode == 2
    assert "branch.code" in done.stderr and "A–Z a–z 0–9 _ -" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert run_cli("config", "get", "branch.code", profile=tmp_path / "p").stdout.strip() == (
        "BR001"
    )


def test_both_trees_on_the_share_clean_a_stored_code_the_same_way(services):
    """An older version stored `SH:01`; the shifts' tree said SH_01 and the archive SH01."""
    from datetime import date

    from agent_desk.shifts.layout import shift_folder

    summary = {
        "branch": {"code": "SH:01"},
        "desk": {"code": "front desk"},
        "agent": {"agent_no": "1001"},
        "shift": {"started_at": "2026-11-24T09:00:00+08:00"},
        "shift_id": "00000000-0000-4000-8000-000000000001",
    }
    shift_path = shift_folder(summary)
    archive_path = services.cases.queue_daily_archive(
        date(2026, 11, 24), "SH:01", desk="front desk"
    )[0]
    assert shift_path.split("/")[0] == archive_path.split("/")[1] == "SH_01"
    assert "_front_desk_" in shift_path and archive_path.split("/")[3] == "front_desk"


def test_pcs_whose_names_clean_alike_get_different_stable_desk_codes():
    """Review 13 #5: long host names were cut to one code, Chinese names all became `desk`,
    so two PCs of one branch wrote the same archive path and conflicted."""
    hosts = [
        "CALLCENTER-DESK-001",
        "CALLCENTER-DESK-002",
        "前台电脑",
        "前台电脑2",
        "北京-1",
        "北京-2",
    ]
    codes = [desk_code_for_host(h) for h in hosts]
    assert len(set(codes)) == len(hosts)
    assert all(is_code(c) for c in codes)
    assert codes == [desk_code_for_host(h) for h in hosts]  # the same PC, the same code
    assert codes[0].startswith("CALLCENTER-") and codes[2].startswith("desk-")
    assert desk_code_for_host("desk07.branch.local") == "desk07"  # a good name stays as it is
