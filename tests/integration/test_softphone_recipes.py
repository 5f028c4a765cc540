"""Every softphone recipe in the README, run as the softphone runs it, against the real app.

Before: Linphone's "$FROM" (`sip:13108888888@192.168.1.10`) rang as 13108888888192168110;
MicroSIP's `answer 13800138000` exited 2 ("unrecognized arguments"); the README named
`agent-desk.exe`, which the Windows build does not make; a softphone started with another
TMPDIR (a Flatpak one) got exit 3, the socket being under $TMPDIR.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import socket
import sys
import tempfile
import time
from pathlib import Path

import pytest

from agent_desk.local_socket import socket_name
from agent_desk.paths import Profile
from tests.conftest import ADMIN_PASSWORD, REPO, run_cli, set_up_admin
from tests.integration.app_process import query, start_logged_in

pytestmark = pytest.mark.integration

README = (REPO / "README.md").read_text(encoding="utf-8")
RECIPE = re.compile(r"<!-- recipe: (\S+) -->\s*```[a-z]*\n(.*?)```", re.DOTALL)
RECIPES = {
    name: [line.strip() for line in body.splitlines() if line.strip()]
    for name, body in RECIPE.findall(README)
}


def windows_names() -> set[str]:
    """The .exe names build.spec gives the Windows build."""
    spec = (REPO / "build.spec").read_text(encoding="utf-8")
    name = re.search(r'^NAME = "([^"]+)"', spec, re.MULTILINE).group(1)
    names = {f"{name}.exe"}
    for suffix in re.findall(r'executable\(f"\{NAME\}([^"]*)"', spec):
        names.add(f"{name}{suffix}.exe")
    return names


def test_the_readme_names_only_the_executables_the_windows_build_makes():
    named = set(re.findall(r"[\w.-]+\.exe", README))
    assert named - {"baresip.exe"} <= windows_names() == {"AgentDesk.exe", "AgentDesk-cli.exe"}
    for recipe in ("microsip", "zoiper"):
        for line in RECIPES[recipe]:
            assert "AgentDesk-cli.exe" in line  # the console twin, which prints and exits


def test_every_recipe_is_in_the_readme():
    assert {"microsip", "zoiper", "linphone", "asterisk", "freeswitch"} <= set(RECIPES)


def agent_desk_argv(command: str, profile: Path) -> list[str]:
    """A recipe's command line as this checkout runs it (the exe or agent-desk replaced)."""
    argv = shlex.split(command.replace("\\", "/"))
    assert Path(argv[0]).name in ("AgentDesk-cli.exe", "agent-desk"), argv
    args = argv[1:]
    if "--profile" in args:
        at = args.index("--profile")
        args[at + 1] = str(profile)
    return [sys.executable, "-m", "agent_desk", *args]


def run(argv: list[str], env: dict[str, str], stdin: str | None = None) -> tuple[int, str]:
    import subprocess

    done = subprocess.run(
        argv,
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=60,
        env={**os.environ, **env},
        input=stdin,
    )
    return done.returncode, done.stderr


def last_call(desk: Path) -> tuple:
    return query(
        desk,
        "SELECT caller_number, caller_normalised, cti_call_id, outcome, ended_at IS NOT NULL "
        "FROM calls ORDER BY id DESC LIMIT 1",
    )[0]


@pytest.fixture
def running(desk, tmp_path):
    """AgentDesk started with one TMPDIR; the softphones below run with another. Neither has
    XDG_RUNTIME_DIR (as on a desk without a login session's runtime folder): the socket's
    folder must not follow TMPDIR then either."""
    app_tmp = tmp_path / "app-tmp"
    app_tmp.mkdir()
    app = start_logged_in(desk, tmp_path, env={"TMPDIR": str(app_tmp), "XDG_RUNTIME_DIR": ""})
    phone_tmp = tmp_path / "flatpak-tmp"
    phone_tmp.mkdir()
    yield {"TMPDIR": str(phone_tmp), "AGENT_DESK_PROFILE": str(desk), "XDG_RUNTIME_DIR": ""}
    app.stop()


def test_microsip_appends_the_number_to_every_command(desk, running):
    for line in RECIPES["microsip"]:
        _key, _, command = line.partition("=")
        code, err = run([*agent_desk_argv(command, desk), "13800138000"], running)
        assert code == 0, (line, err)
    assert last_call(desk) == ("13800138000", "13800138000", None, "answered", 1)


def test_zoiper_passes_the_number_in_its_placeholder(desk, running):
    for line in RECIPES["zoiper"]:
        code, err = run(agent_desk_argv(line.replace("NUMBER", "+86 138 0013 8001"), desk), running)
        assert code == 0, (line, err)
    assert last_call(desk)[1:] == ("13800138001", None, "answered", 1)


@pytest.mark.parametrize(
    "sip_from",
    ["sip:13108888888@192.168.1.10", '"张三" <sip:+8613108888888@10.0.0.5:5060;user=phone>'],
)
def test_linphone_passes_the_callers_sip_address(desk, running, sip_from):
    call_id = "a84b4c76e66710@192.168.1.10-" + "x" * 100  # long ids are kept whole
    for line in RECIPES["linphone"]:
        command = line.replace('"$FROM"', shlex.quote(sip_from)).replace('"$CALL_ID"', call_id)
        code, err = run(agent_desk_argv(command, desk), running)
        assert code == 0, (line, err)
    number, normalised, cti, outcome, ended = last_call(desk)
    assert (normalised, cti, outcome, ended) == ("13108888888", call_id, "answered", 1)
    assert number in ("13108888888", "+8613108888888")
    log = (desk / "logs" / "agent-desk.log").read_text(encoding="utf-8")
    assert "131****8888" in log and "13108888888192168110" not in log


@pytest.mark.parametrize(
    ("recipe", "values"),
    [
        ("asterisk", {"${CALLERID(num)}": "013800138002", "${UNIQUEID}": "1733051234.42"}),
        (
            "freeswitch",
            {
                "${caller_id_number}": "13800138003",
                "${uuid}": "7f4c1e2a-4b7e-11ef-9e1d-0242ac120002",
            },
        ),
    ],
)
def test_pbx_scripts_pass_the_callers_number_and_their_call_id(desk, running, recipe, values):
    for line in RECIPES[recipe]:
        for placeholder, value in values.items():
            line = line.replace(placeholder, value)
        code, err = run(agent_desk_argv(line, desk), running)
        assert code == 0, (line, err)
    _number, normalised, cti, outcome, ended = last_call(desk)
    assert (cti, outcome, ended) == (list(values.values())[1], "answered", 1)
    assert normalised in ("13800138002", "13800138003")


def test_a_call_id_over_255_characters_is_refused_not_cut(desk, running):
    code, err = run(
        [sys.executable, "-m", "agent_desk", "ring", "--caller", "138", "--call-id", "x" * 256],
        running,
    )
    assert code == 2 and "255" in err
    assert query(desk, "SELECT count(*) FROM calls") == [(0,)]


def test_answer_with_the_number_microsip_appends_is_not_a_usage_error(desk):
    result = run_cli("answer", "13800138000", profile=desk)
    assert result.returncode == 3, result.stderr  # not 2 "unrecognized arguments"
    assert "not running" in result.stderr
    assert socket_name(Profile.at(desk)) in result.stderr  # which socket it tried


def test_microsip_without_call_ids_a_second_callers_hang_up_leaves_the_call_on(desk, running):
    """`ring A; answer A; ring B` (missed while busy); `hangup B` ended A's call."""
    microsip = dict(line.partition("=")[::2] for line in RECIPES["microsip"])
    for key, number in (
        ("cmdIncomingCall", "13800138000"),
        ("cmdCallAnswer", "13800138000"),
        ("cmdIncomingCall", "13911112222"),
        ("cmdCallEnd", "13911112222"),
    ):
        code, err = run([*agent_desk_argv(microsip[key], desk), number], running)
        assert code == 0, (key, err)
    calls = query(
        desk, "SELECT caller_normalised, outcome, ended_at IS NULL FROM calls ORDER BY id"
    )
    assert calls == [("13800138000", "answered", 1), ("13911112222", "abandoned", 0)]
    code, err = run([*agent_desk_argv(microsip["cmdCallEnd"], desk), "13800138000"], running)
    assert code == 0, err
    assert query(desk, "SELECT ended_at IS NULL FROM calls ORDER BY id") == [(0,), (0,)]


@pytest.mark.parametrize(
    ("caller", "normalised"),
    [
        # A Latin-1 display name (bytes that are not UTF-8): UnicodeEncodeError, exit 1.
        ('"Jos\udce9" <sip:13800138001@10.0.0.5>', "13800138001"),
        # A value starting with a dash: argparse's "expected one argument", exit 2.
        ("-Private-", ""),
    ],
)
def test_what_a_softphone_passes_always_rings(desk, running, caller, normalised):
    code, err = run(
        [sys.executable, "-m", "agent_desk", "ring", "--caller", caller, "--call-id", "c1"],
        running,
    )
    assert code == 0, err
    assert query(desk, "SELECT caller_normalised FROM calls") == [(normalised,)]


def test_the_local_socket_answers_bad_input_with_an_error_and_carries_on(
    desk, running, monkeypatch
):
    monkeypatch.setenv("XDG_RUNTIME_DIR", "")  # where the app of `running` listens
    path = socket_name(Profile.at(desk))
    assert not path.startswith(running["TMPDIR"])
    for payload, expected in (
        (b"{not json}\n", "not a JSON object"),
        (b"[1, 2]\n", "not a JSON object"),
        (b'{"cmd": "ring", "caller": "' + b"1" * 70_000 + b'"}\n', "over 65536 bytes"),
        # 60 KB of nesting: Python's JSON reader overflows its stack (RecursionError, once an
        # "unexpected problem" dialog, then SIGSEGV).
        (b"[" * 30_000 + b"]" * 30_000 + b"\n", "not a JSON object"),
        # A lone surrogate is valid JSON and no text: it got a raw Python error as the reply.
        (b'{"cmd": "ring", "caller": "\\ud800 <sip:13800138009@h>"}\n', '"ok": true'),
    ):
        with socket.socket(socket.AF_UNIX) as client:
            client.settimeout(10)
            client.connect(path)
            client.sendall(payload)
            reply = b""
            while not reply.endswith(b"\n"):
                chunk = client.recv(4096)
                if not chunk:
                    break
                reply += chunk
        assert expected in reply.decode("utf-8"), reply
    code, err = run(
        [sys.executable, "-m", "agent_desk", "ring", "--caller", "138 0013 8000"], running
    )
    assert code == 0, err  # still taking calls
    log = (desk / "logs" / "agent-desk.log").read_text(encoding="utf-8")
    assert "Traceback" not in log and " ERROR " not in log


def test_with_a_runtime_folder_the_socket_is_there_whatever_tmpdir_is(desk, tmp_path):
    # Short, as /run/user/<uid> is: pytest's tmp_path is too long for a socket's path.
    runtime = Path(tempfile.mkdtemp(prefix="adrun-", dir="/tmp"))
    try:
        check_runtime_socket(desk, tmp_path, runtime)
    finally:
        shutil.rmtree(runtime, ignore_errors=True)


def check_runtime_socket(desk: Path, tmp_path: Path, runtime: Path) -> None:
    app = start_logged_in(
        desk, tmp_path, env={"XDG_RUNTIME_DIR": str(runtime), "TMPDIR": str(tmp_path)}
    )
    try:
        env = {
            "XDG_RUNTIME_DIR": str(runtime),
            "TMPDIR": "/var/tmp",
            "AGENT_DESK_PROFILE": str(desk),
        }
        code, err = run(
            [sys.executable, "-m", "agent_desk", "ring", "--caller", "13800138000"], env
        )
        assert code == 0, err
        (sock,) = (runtime / "AgentDesk").iterdir()
        assert sock.is_socket() and sock.name.endswith(".sock")
        assert (runtime / "AgentDesk").stat().st_mode & 0o777 == 0o700
    finally:
        app.stop()
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and query(desk, "SELECT count(*) FROM calls") != [(1,)]:
        time.sleep(0.1)
    assert query(desk, "SELECT count(*) FROM calls") == [(1,)]


def printed_phone_commands() -> list[str]:
    """Every `agent-desk config set …` the README's call and phone sections and INSTALL.txt's
    'Phone system' print, as printed (INSTALL's AGENTDESK is the installed agent-desk)."""
    section = README.split("## The call:", 1)[1].split("### Training", 1)[0]
    install = (REPO / "packaging" / "INSTALL.txt").read_text(encoding="utf-8")
    phone = install.split("6. Phone system", 1)[1].replace("AGENTDESK", "agent-desk")
    found = re.findall(r"(agent-desk config set [^`\n(]+)", section + phone)
    return [" ".join(line.split()) for line in found]


def test_the_phone_commands_the_readme_prints_work_as_printed_after_first_start(tmp_path):
    """They had no --as: after the first start (an administrator exists) each exited 4."""
    profile = tmp_path / "desk"
    set_up_admin(profile)  # the first start: the administrator, 0001
    commands = printed_phone_commands()
    assert len(commands) >= 5, commands
    for line in commands:
        argv = shlex.split(line, comments=True)  # as bash reads it: a "# …" is a comment
        assert argv[0] == "agent-desk" and "--as" in argv, line
        code, err = run(
            [sys.executable, "-m", "agent_desk", *argv[1:]],
            {"AGENT_DESK_PROFILE": str(profile), "XDG_RUNTIME_DIR": ""},
            stdin=f"{ADMIN_PASSWORD}\n",
        )
        assert code == 0, (line, err)
    got = run_cli(
        "config",
        "get",
        "phone.source",
        "--as",
        "0001",
        profile=profile,
        stdin=f"{ADMIN_PASSWORD}\n",
    )
    assert got.stdout.strip().endswith("baresip"), got
