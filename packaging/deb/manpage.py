"""agent-desk(1), written from the command line's own argparse parser.

Every sub-command with its usage and help comes from `agent_desk.cli.build_parser()`, so the
man page cannot fall behind the program; what the parser does not know (files, environment,
exit codes) is written here.

    .venv/bin/python packaging/deb/manpage.py | man -l -
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(REPO))

from agent_desk import __version__  # noqa: E402
from agent_desk.cli import build_parser  # noqa: E402

DESCRIPTION = """\
AgentDesk is the desktop workstation for front-line call-center agents. Started without a
command it opens the window: the three-ring countdown, the standard greeting and sign-off,
the call record, customers, cases and follow-ups, and the shift. Commands do the same work
headless, for branch IT scripts and softphones; an error is one line on standard error and a
non-zero exit.
"""

FILES = (
    ("/opt/agentdesk/", "The program (a self-contained bundle; no Python is needed)."),
    (
        "/etc/agentdesk/config.toml",
        "Branch settings for every user of the PC, kept by branch IT: branch code and name, "
        "share location, ring cadence, policy overrides, and the list of locked keys users "
        "cannot change. Never a password. Kept on upgrade and remove, deleted on purge.",
    ),
    (
        "~/.config/AgentDesk/config.toml",
        "The user's own settings (config set, the settings dialogs), over the branch file.",
    ),
    (
        "~/.config/AgentDesk/database.key",
        "On a desk without a working keyring: the key of the user's encrypted database. "
        "Deleting it makes the data unreadable; keep the recovery key (db key export).",
    ),
    (
        "~/.local/share/AgentDesk/",
        "The user's database (agent_desk.db) and its backups (backups/); never touched by "
        "installing, upgrading, removing or purging the package.",
    ),
    ("~/.local/state/AgentDesk/log/", "The log files (agent-desk.log)."),
)

ENVIRONMENT = (
    ("AGENT_DESK_PROFILE", "Keep everything of one installation under this folder (--profile)."),
    ("QT_QPA_PLATFORM", "Qt's platform, e.g. offscreen for selftest on a machine without X."),
)

EXIT_STATUS = (
    ("0", "Success."),
    ("1", "Nothing could be done (sync: items remain; an unexpected error, logged)."),
    ("2", "Refused: a wrong argument or setting, a locked key, a CTI event the app refused."),
    ("3", "CTI commands: no AgentDesk is running for this profile."),
)


def roff(text: str, code: bool = False) -> str:
    """Escape text for roff: backslashes, a dot or quote opening a line, and dashes that must
    stay ASCII when copied: every one in code (usage, names), option dashes in prose."""
    text = text.replace("\\", "\\e")
    text = re.sub("-" if code else r"(?<![A-Za-z0-9])-", r"\\-", text)
    return re.sub(r"^([.'])", r"\\&\1", text, flags=re.M)


def _usage(parser: argparse.ArgumentParser) -> str:
    usage = " ".join(parser.format_usage().split())
    return usage.removeprefix("usage: ").replace(" [-h]", "")


def _commands(parser: argparse.ArgumentParser) -> list[tuple[str, str]]:
    """(usage, help) of every command that runs something, nested ones included."""
    found = []
    for action in parser._actions:
        if not isinstance(action, argparse._SubParsersAction):
            continue
        helps = {choice.dest: choice.help or "" for choice in action._choices_actions}
        for name, sub in action.choices.items():
            nested = _commands(sub)
            found += nested or [(_usage(sub), helps.get(name, ""))]
    return found


def _options(parser: argparse.ArgumentParser) -> list[tuple[str, str]]:
    out = []
    for action in parser._actions:
        if not action.option_strings:
            continue
        names = ", ".join(action.option_strings)
        if action.metavar:
            names += f" {action.metavar}"
        elif action.choices and action.nargs != 0:
            names += " {" + ",".join(action.choices) + "}"
        out.append((names, action.help or ""))
    return out


def manpage(version: str = __version__, date: str = "") -> str:
    parser = build_parser()
    lines = [
        f'.TH AGENT\\-DESK 1 "{date}" "AgentDesk {roff(version)}" "User Commands"',
        ".SH NAME",
        "agent\\-desk \\- call\\-center agent workstation",
        ".SH SYNOPSIS",
        ".B agent\\-desk",
        "[\\fIOPTIONS\\fR] [\\fICOMMAND\\fR [\\fIARGS\\fR]]",
        ".SH DESCRIPTION",
        roff(DESCRIPTION.strip()),
        ".SH OPTIONS",
    ]
    for names, text in _options(parser):
        lines += [".TP", f".B {roff(names, code=True)}", roff(text)]
    lines.append(".SH COMMANDS")
    for usage, text in _commands(parser):
        lines += [".TP", f".B {roff(usage, code=True)}", roff(text)]
    lines.append(".SH FILES")
    for path, text in FILES:
        lines += [".TP", f".I {roff(path, code=True)}", roff(text)]
    lines.append(".SH ENVIRONMENT")
    for name, text in ENVIRONMENT:
        lines += [".TP", f".B {roff(name, code=True)}", roff(text)]
    lines.append(".SH EXIT STATUS")
    for code, text in EXIT_STATUS:
        lines += [".TP", f".B {code}", roff(text)]
    lines += [
        ".SH SEE ALSO",
        "The README's \\(lqBranch IT\\(rq section; "
        + roff("/etc/agentdesk/config.toml")
        + " explains every branch setting.",
    ]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.stdout.write(manpage())
