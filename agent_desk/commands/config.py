"""`agent-desk config get|set KEY [VALUE]`: branch settings for IT scripts.

The profile's `config.toml` over the PC's branch file; keys locked there are refused.
"""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    cfg = sub.add_parser("config", help="read or change branch settings in config.toml")
    csub = cfg.add_subparsers(dest="config_command", metavar="ACTION", required=True)
    get = csub.add_parser("get", help="print a setting")
    get.add_argument("key")
    get.set_defaults(func=get_cmd)
    st = csub.add_parser("set", help="change a setting")
    st.add_argument("key")
    st.add_argument("value")
    st.set_defaults(func=set_cmd)
    ls = csub.add_parser("list", help="print every setting with its value")
    ls.set_defaults(func=list_cmd)


def _load(args: argparse.Namespace):
    from agent_desk.config import BranchConfig
    from agent_desk.paths import Profile

    profile = Profile.resolve(args.profile).ensure()
    return BranchConfig.load(profile.config_file)


def get_cmd(args: argparse.Namespace) -> int:
    print(_load(args).get(args.key))
    return 0


def set_cmd(args: argparse.Namespace) -> int:
    config = _load(args)
    value = config.set(args.key, args.value)
    config.save()
    print(f"{args.key} = {value}")
    return 0


def list_cmd(args: argparse.Namespace) -> int:
    """`name = value`, and where branch IT's file decides: `# locked by branch IT (FILE)`."""
    from agent_desk.config import KEYS

    config = _load(args)
    notes = {
        "locked": f"  # locked by branch IT ({config.system.path})",
        "branch": f"  # from branch IT ({config.system.path})",
    }
    for name in KEYS:
        print(f"{name} = {config.get(name)}{notes.get(config.origin(name), '')}")
    return 0
