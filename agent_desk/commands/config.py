"""`agent-desk config get|set|list KEY [VALUE]`: branch settings for IT scripts.

`set` is an administrator's and goes through the settings service (checked as the file is
checked on load, only that key changed, the file's comments kept, audited); `get` and `list`
need any account and show the values in force (`list` also says where each comes from:
config.toml, the built-in default, the shipped policy.toml, or branch IT's file, locked or not).
Policy overrides are set the same way: `config set policy.accounts.lockout_minutes 10`.
The profile's `config.toml` lies over the PC's branch file; keys locked there are refused.
"""

from __future__ import annotations

import argparse

from agent_desk.access import Permission
from agent_desk.commands.registry import command, group


def register(sub: argparse._SubParsersAction) -> None:
    csub = group(sub, "config", "read or change branch settings in config.toml")
    get = command(csub, "get", needs=Permission.READ_SETTINGS, func=get_cmd, help="print a setting")
    get.add_argument("key")
    st = command(
        csub,
        "set",
        needs=Permission.CHANGE_SETTINGS,
        func=set_cmd,
        help="change a setting (or a policy.* override)",
    )
    st.add_argument("key")
    st.add_argument("value")
    command(
        csub,
        "list",
        needs=Permission.READ_SETTINGS,
        func=list_cmd,
        help="print every setting and policy value in force, and where it comes from "
        "(config.toml, default, policy.toml)",
    )


def _load(args: argparse.Namespace):
    from agent_desk.config import BranchConfig
    from agent_desk.paths import Profile

    profile = Profile.resolve(args.profile).ensure()
    return BranchConfig.load(profile.config_file)


def get_cmd(args: argparse.Namespace) -> int:
    print(_load(args).get(args.key))
    return 0


def set_cmd(args: argparse.Namespace) -> int:
    from agent_desk.cli import open_services

    services = open_services(args)
    try:
        stored = services.settings.change(args.actor, {args.key: args.value})
    finally:
        services.close()
    print(f"{args.key} = {stored[args.key]}")
    return 0


def list_cmd(args: argparse.Namespace) -> int:
    for name, value, source in _load(args).in_force():
        print(f"{name} = {value}  ({source})")
    return 0
