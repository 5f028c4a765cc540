"""Every command the README and packaging/INSTALL.txt print works as printed after first start.

The review found printed lines that no longer worked once an administrator existed (no
`--as`), and a `make run` on another profile than the commands'. Here the lines are taken from
the documents themselves and run by bash on a terminal (a pseudo-terminal: where a command
asks a password, it is typed at the prompt, as branch IT would), with `agent-desk` (INSTALL's
AGENTDESK) on PATH and the profile given as the documents say (`--profile DIR`, or
AGENT_DESK_PROFILE).
"""

from __future__ import annotations

import fcntl
import os
import re
import select
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.integration

REPO = Path(__file__).resolve().parents[2]
ADMIN_PW, AGENT_PW = "Admin-pw-1", "Agent-pw-1"
PROMPTS = ("Password of 0001: ", "New password: ", "New password again: ")
ASKED = re.compile("|".join(map(re.escape, PROMPTS)))


def _readme_lines() -> list[str]:
    """The `agent-desk` lines of the README's shell blocks (not the softphone recipes, which
    test_softphone_recipes.py runs against a running app)."""
    lines, block, recipe = [], None, False
    for raw in (REPO / "README.md").read_text(encoding="utf-8").splitlines():
        if raw.startswith("<!-- recipe:"):
            recipe = True
        elif raw.startswith("```"):
            if block is None:
                block = raw[3:].strip()
            else:
                block, recipe = None, False
        elif block == "sh" and not recipe and re.match(r"(printf .*\| )?agent-desk ", raw):
            lines.append(raw)
    return lines


def _install_lines() -> list[str]:
    """INSTALL.txt's indented AGENTDESK lines (without the explanation after them), and the
    restore it names inside a paragraph."""
    text = (REPO / "packaging" / "INSTALL.txt").read_text(encoding="utf-8")
    lines = []
    for raw in text.splitlines():
        if not raw.startswith("  AGENTDESK "):
            continue
        for part in re.split(r"\s{2,}(?=AGENTDESK )", raw.strip()):
            command = re.split(r"\s{2,}", part)[0]  # "(asks the password twice)", "prints …"
            lines.append(command)
    restore = re.search(r"AGENTDESK db restore <that backup file> --as 0001", text)
    assert restore is not None, "INSTALL.txt no longer prints the restore"
    return [*lines, restore.group(0)]


def run_on_terminal(
    command: str, env: dict[str, str], answers: dict[str, str], timeout: float = 120
) -> tuple[int, str]:
    """`bash -c command` with a terminal as its controlling tty; each known password prompt
    is answered as it appears (getpass flushes what was typed before it)."""
    master, slave = os.openpty()

    def take_the_terminal() -> None:
        fcntl.ioctl(0, termios.TIOCSCTTY, 0)

    proc = subprocess.Popen(
        ["bash", "-c", command],
        stdin=slave,
        stdout=slave,
        stderr=slave,
        env=env,
        cwd=REPO,
        start_new_session=True,
        preexec_fn=take_the_terminal,
    )
    os.close(slave)
    output = b""
    answered = 0
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([master], [], [], 0.1)
            if ready:
                try:
                    chunk = os.read(master, 4096)
                except OSError:  # EIO: the other side is closed
                    chunk = b""
                if not chunk and proc.poll() is not None:
                    break
                output += chunk
                asked = ASKED.findall(output.decode("utf-8", "replace"))
                for prompt in asked[answered:]:
                    os.write(master, (answers[prompt] + "\n").encode())
                answered = len(asked)
            elif proc.poll() is not None:
                break
        else:
            proc.kill()
            raise AssertionError(f"{command!r} did not finish: {output.decode(errors='replace')}")
        code = proc.wait(10)
    finally:
        os.close(master)
    return code, output.decode("utf-8", "replace").replace("\r\n", "\n")


@pytest.fixture
def shell_env(tmp_path) -> dict[str, str]:
    bin_dir = Path(sys.executable).parent
    assert (bin_dir / "agent-desk").exists(), "the package's entry point is not installed"
    return {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}"}


def test_the_readme_s_lines_work_as_printed(tmp_path, shell_env):
    profile = tmp_path / "desk"
    env = {**shell_env, "AGENT_DESK_PROFILE": str(profile)}  # for the lines without --profile
    lines = _readme_lines()
    assert any("user add --agent-no 0001" in line for line in lines)
    assert any("phone.source baresip" in line for line in lines)
    # The setup ends with the recovery key: without a keyring the only key is a file (review).
    setup = next(i for i, line in enumerate(lines) if "user add --agent-no 0001" in line)
    assert "db key export --as 0001" in lines[setup + 2]
    ran = 0
    for line in lines:
        if " demo " in line:
            continue  # a million customers, for a new empty profile: bench/ and test_demo run it
        command = line.replace("--profile DIR", f"--profile {profile}")
        code, output = run_on_terminal(command, env, {"Password of 0001: ": ADMIN_PW})
        assert code == 0, f"{line}\n{output}"
        assert "Traceback" not in output
        ran += 1
    assert ran >= 4
    code, output = run_on_terminal("agent-desk config get phone.source --as 0001", env, {
        "Password of 0001: ": ADMIN_PW})  # fmt: skip
    assert code == 0 and output.strip().endswith("baresip"), output


def test_install_txt_s_commands_work_as_printed(tmp_path, shell_env):
    """Branch IT's steps in order on a new desk, the default profile being AGENT_DESK_PROFILE."""
    profile = tmp_path / "desk"
    share = tmp_path / "share"
    (share / "audit").mkdir(parents=True)
    env = {**shell_env, "AGENT_DESK_PROFILE": str(profile)}
    lines = _install_lines()
    ran = []
    for line in lines:
        command = line.replace("AGENTDESK", "agent-desk")
        # The share of the example is a Windows path; this desk's is a folder here.
        command = command.replace(r'"\\fs01\callcenter\summaries\audit"', f'"{share}/audit"')
        command = command.replace(r'"\\fs01\callcenter\summaries"', f'"{share}"')
        expect = 0
        if " ring " in f" {command} " or command.split()[1] in ("answer", "hangup"):
            command = command.replace("<number or SIP address>", "13800138000")
            command = re.sub(r" \[--call-id <id>\]", "", command)
            command = re.sub(r" \[<number>\]", "", command)  # MicroSIP's number: optional
            expect = 3  # no AgentDesk running for the profile: said, exit 3
        if "<that backup file>" in command:
            backups = sorted((profile / "data" / "backups").glob("*.db"))
            if not backups:  # the upgrade's own backup is what it names; take one now
                code, output = run_on_terminal(
                    "agent-desk db backup --as 0001", env, {"Password of 0001: ": ADMIN_PW}
                )
                assert code == 0, output
                backups = sorted((profile / "data" / "backups").glob("*.db"))
            command = command.replace("<that backup file>", str(backups[-1]))
        assert "<" not in command and "[" not in command, command
        new_pw = AGENT_PW if "--agent-no 1001" in command else ADMIN_PW
        answers = {
            "Password of 0001: ": ADMIN_PW,
            "New password: ": new_pw,
            "New password again: ": new_pw,
        }
        code, output = run_on_terminal(command, env, answers)
        assert code == expect, f"{line}\n{output}"
        assert "Traceback" not in output
        ran.append((command, output))
    said = {command.split(" --as")[0]: output for command, output in ran}
    assert "branch.code = SH01  (config.toml)" in said["agent-desk config list"]
    assert (
        "1001 chooses a new password at the first login"
        in said["agent-desk user add --agent-no 1001 --name 王小明"]
    )
    assert said["agent-desk --version"].startswith("agent-desk ")
    assert "selftest ok" in said["agent-desk selftest"]
    assert "ok" in said["agent-desk db check"]
    assert "replaced-" in next(o for c, o in ran if "db restore" in c)
    assert "ok:" in next(o for c, o in ran if "audit verify" in c)
    # The setup ends with the recovery key, printed with where it belongs (review).
    commands = [c for c, _o in ran]
    assert (
        commands.index("agent-desk db key export --as 0001")
        == next(i for i, c in enumerate(commands) if "user add --agent-no 1001" in c) + 1
    )
    assert "Keep this recovery key offline" in said["agent-desk db key export"]
