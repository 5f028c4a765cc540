"""Every command of `agent-desk` says who may run it, and `--as` is checked in one place.

A command registered without declaring what it needs fails here; so does a README table
that says something else than the registry.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from agent_desk.access import Permission, least_role
from agent_desk.cli import build_parser
from agent_desk.commands.registry import NoAccount, Refused, authorize, leaf_parsers
from agent_desk.services import Services

README = Path(__file__).resolve().parents[2] / "README.md"

# The list: no --as for these (and anything on a profile with no account yet).
NO_ACCOUNT_COMMANDS = {
    "selftest",
    "db check",
    "ring",
    "answer",
    "hangup",
    "deadlines",
    "sync",
    "audit verify",
    "db key import",  # the recovery key itself is the proof (it must open the database)
    "kb search",  # published articles only, which any agent may look up
}

# Arguments each command needs to get as far as the account check.
ARGUMENTS = {
    "db backup": ["/tmp/x.db"],
    "db restore": [],
    "db encrypt": [],
    "db decrypt": [],
    "user add": ["--agent-no", "6666", "--name", "x", "--role", "admin", "--password-stdin"],
    "user list": [],
    "user passwd": ["--agent-no", "8001", "--password-stdin"],
    "user disable": ["--agent-no", "8001"],
    "user enable": ["--agent-no", "8001"],
    "user role": ["--agent-no", "8001", "--role", "admin"],
    "config get": ["branch.code"],
    "config set": ["branch.code", "X"],
    "config list": [],
    "archive": [],
    "shift close": ["--last", "--agent", "1001"],
    "shift summary": ["--last"],
    "demo": [],
    "report": [
        "--share",
        "/tmp",
        "--from",
        "2026-11-01",
        "--to",
        "2026-11-30",
        "--out",
        "/tmp/r.csv",
    ],
    "audit list": [],
    "db key export": [],
    "customer import": [str(Path(__file__))],  # any file that exists
    "customer export": [
        "--phone",
        "13800138000",
        "--out",
        "/tmp/agent-desk-roles-never-written.json",
    ],
    "customer erase": ["--id", "1", "--reason", "PIPL request 1"],
    "customer retention": [],
    "qa sample": ["--week", "2026-W48"],
    "qa score": ["some-call", "--score", "7"],
    "qa report": ["--from", "2026-11-01", "--to", "2026-11-30"],
    "qa mine": [],
    "qa ack": ["x"],
    "kb add": ["--title", "t", "--body", "b"],
    "kb pull": [],
    "kb list": [],
    "kb publish": ["x"],
    "kb retire": ["x"],
    "kb export": ["/tmp/kb.json"],
    "kb import": ["/tmp/kb.json"],
    "kb share": [],
}


def _commands() -> dict[str, object]:
    return {name: parser.get_default("needs") for name, parser in leaf_parsers(build_parser())}


def test_every_command_declares_the_permission_it_needs_or_why_it_needs_none():
    commands = _commands()
    assert len(commands) > 20
    undeclared = [
        n for n, needs in commands.items() if not isinstance(needs, Permission | NoAccount)
    ]
    assert undeclared == []
    for name, needs in commands.items():
        if isinstance(needs, NoAccount):
            assert needs.reason.strip(), f"{name} says no account is needed without saying why"


def test_only_the_listed_commands_run_without_an_account():
    no_account = {n for n, needs in _commands().items() if isinstance(needs, NoAccount)}
    assert no_account == NO_ACCOUNT_COMMANDS


def test_every_command_that_needs_an_account_takes_as():
    for name, parser in leaf_parsers(build_parser()):
        options = {o for a in parser._actions for o in a.option_strings}
        needs = parser.get_default("needs")
        assert ("--as" in options) == isinstance(needs, Permission), name


@pytest.fixture
def desk(profile, clock):
    """A desk that is set up: an administrator, a supervisor and an agent."""
    services = Services.open(profile, clock)
    services.accounts.create("0001", "管理员", "admin", "admin-pw1")
    services.accounts.create("8001", "陈主管", "supervisor", "boss-pw1")
    services.accounts.create("1001", "王小明", "agent", "agent-pw1")
    services.close()
    return profile


def _authorize(profile, clock, argv: list[str]):
    args = build_parser().parse_args(["--profile", str(profile.data_dir.parent), *argv])
    opened = []

    def open_services(_args):
        opened.append(Services.open(profile, clock))
        return opened[-1]

    try:
        authorize(args, open_services)
        return args
    finally:
        for services in opened:
            services.close()


def test_every_command_that_needs_an_account_is_refused_without_one_and_the_try_audited(
    desk, clock
):
    needing = {n for n, needs in _commands().items() if isinstance(needs, Permission)}
    assert needing == set(ARGUMENTS), "add the new command's arguments to ARGUMENTS"
    for name in sorted(needing):
        with pytest.raises(Refused) as info:
            _authorize(desk, clock, [*name.split(), *ARGUMENTS[name]])
        assert "--as AGENT_NO, password on standard input" in info.value.message, name
    services = Services.open(desk, clock)
    try:
        refused = [r.target for r in services.audit.recent(limit=100) if r.detail == "no --as"]
    finally:
        services.close()
    assert sorted(refused) == sorted(f"cli {name}" for name in needing)


def _role_words(needs: object) -> str:
    if isinstance(needs, NoAccount):
        return "anyone"
    return {
        "agent": "any account",
        "supervisor": "supervisor or administrator",
        "admin": "administrator",
    }[least_role(needs)]


def test_the_readme_table_says_which_role_each_command_needs():
    text = README.read_text(encoding="utf-8")
    section = text.split("### Who may run which command", 1)[1].split("\n#", 1)[0]
    rows = re.findall(r"^\| `([^`]+)` \| ([^|]+) \|", section, flags=re.M)
    table = {command.strip(): role.strip() for command, role in rows}
    expected = {name: _role_words(needs) for name, needs in _commands().items()}
    assert table == expected
