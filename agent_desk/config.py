"""Branch-wide settings in the profile's `config.toml`, which branch IT can deploy.

Only known keys are accepted so a typo in a deployment script fails loudly instead of being
ignored. Secrets (the share password) never live here: they go to the OS keyring. The file is
checked when it is loaded exactly as `config set` checks a value (`check_config`): an unknown
key, a secret, a wrong type or a policy override outside its bounds is refused with the file,
the key and the line. A dialog that changes some keys re-reads the file and changes only those
(`BranchConfig.update_file`), so a key set meanwhile with `config set` is kept.
"""

from __future__ import annotations

import os
import re
import tomllib
import zoneinfo
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from agent_desk.errors import ConfigError
from agent_desk.policy import CHOICES, bounds, shipped_policy


@dataclass(frozen=True)
class Key:
    name: str
    kind: type
    default: Any
    help: str
    minimum: float | None = None
    maximum: float | None = None
    choices: tuple[str, ...] | None = None


def _bounded(name: str, kind: type, default: Any, help_text: str) -> Key:
    """A numeric key with the same bounds as its policy value (agent_desk/policy.py)."""
    low, high = bounds(name) or (None, None)
    return Key(name, kind, default, help_text, low, high)


KEYS: dict[str, Key] = {
    k.name: k
    for k in (
        Key("branch.code", str, "BR001", "Short branch code used in share folder names"),
        Key("branch.name", str, "", "Branch name shown in reports"),
        Key("share.location", str, "", "Folder, UNC path or smb://host/share/path for summaries"),
        Key(
            "share.username", str, "", "User name for an smb:// share (password is in the keyring)"
        ),
        _bounded("ring.seconds_per_ring", float, 5.0, "Ring cadence in seconds"),
        _bounded("ring.rings", int, 3, "Rings within which a call must be answered"),
        Key("company.name", str, "", "Company name for the {company} script placeholder"),
        Key(
            "phone.source",
            str,
            "cti",
            "Where rings come from: manual (F2), cti (softphone commands), baresip, training",
            choices=("manual", "cti", "baresip", "training"),
        ),
        Key(
            "phone.baresip.address",
            str,
            "127.0.0.1:4444",
            "HOST:PORT of baresip's ctrl_tcp module (ctrl_tcp_listen in baresip's config)",
        ),
        Key(
            "database.key_file",
            str,
            "",
            "Where the database key file goes when no OS keyring works "
            "(default: database.key in the config folder)",
        ),
    )
}

POLICY = "policy"  # the table of overrides of resources/policy.toml
FORBIDDEN_WORDS = ("password", "secret", "token")
KEYRING_HINT = "the share password is kept in the OS keyring (File > Share settings...)"


class BranchConfig:
    """The parsed config file: known keys plus a `[policy]` table of bounded overrides."""

    def __init__(self, data: dict[str, Any] | None = None, path: Path | None = None) -> None:
        self._data = data or {}
        self.path = path

    @classmethod
    def load(cls, path: Path) -> BranchConfig:
        """The file, checked whole: the first problem is raised naming file, key and line."""
        if not path.exists():
            return cls({}, path)
        data, text = _read(path)
        problems = check_config(data, path, text)
        if problems:
            first = problems[0]
            if len(problems) > 1:
                first.params["detail"] += f" (and {len(problems) - 1} more in the file)"
            raise first
        return cls(data, path)

    def get(self, name: str) -> Any:
        if name.startswith(f"{POLICY}."):
            return _policy_value(self._data, name)
        key = _key(name)
        table, leaf = self._table(name)
        return _coerce(key, table.get(leaf, key.default))

    def has(self, name: str) -> bool:
        table, leaf = self._table(name)
        return leaf in table

    def set(self, name: str, raw: Any) -> Any:
        """Check one value as the file's loading would, then set it (in memory)."""
        if name.startswith(f"{POLICY}."):
            value = _policy_coerce(name, raw)
            node = self._data
            parts = name.split(".")
            for part in parts[:-1]:
                node = node.setdefault(part, {})
            node[parts[-1]] = value
            return value
        key = _key(name)
        value = _coerce(key, raw)
        *parents, leaf = name.split(".")
        table = self._data
        for part in parents:  # phone.baresip.address is [phone.baresip] address in TOML
            table = table.setdefault(part, {})
        table[leaf] = value
        return value

    def _table(self, name: str) -> tuple[dict[str, Any], str]:
        *parents, leaf = name.split(".")
        table: Any = self._data
        for part in parents:
            table = table.get(part, {}) if isinstance(table, dict) else {}
        return (table if isinstance(table, dict) else {}), leaf

    @property
    def policy_overrides(self) -> dict[str, Any]:
        return dict(self._data.get(POLICY, {}))

    def items(self) -> list[tuple[str, Any]]:
        """Every known key with its value, then the policy overrides the file holds."""
        out = [(name, self.get(name)) for name in KEYS]
        out += [(f"{POLICY}.{name}", value) for name, value in _leaves(self.policy_overrides)]
        return out

    def save(self, path: Path | None = None) -> None:
        target = path or self.path
        if target is None:
            raise ConfigError("no path to save the configuration to")
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_suffix(".tmp")
        tmp.write_text(dump_toml(self._data), encoding="utf-8")
        os.replace(tmp, target)

    def update_file(self, values: Mapping[str, Any]) -> dict[str, Any]:
        """Change only these keys in the file as it is on disk now, and save it.

        The file is read again first, so what another program (`config set`, branch IT's
        script) wrote since this object was loaded is kept. This object then holds the file
        as saved. Returns the values as stored.
        """
        if self.path is None:
            raise ConfigError("no path to save the configuration to")
        fresh = BranchConfig.load(self.path)
        stored = {name: fresh.set(name, value) for name, value in values.items()}
        fresh.save()
        self._data = fresh._data
        return stored


# --- checking -----------------------------------------------------------------------------------


def _read(path: Path) -> tuple[dict[str, Any], str]:
    try:
        text = path.read_text(encoding="utf-8")
        return tomllib.loads(text), text
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(
            f"{path} is not valid TOML: {exc}", reason="config.syntax", file=str(path)
        ) from exc


def check_config(
    data: Mapping[str, Any], path: Path | None = None, text: str | None = None
) -> list[ConfigError]:
    """Every problem of a parsed config file, in file order, each naming file, key and line.

    The same rules as `config set`: known keys of the right type, no secrets, policy overrides
    only of values the shipped policy has, within their bounds. Usable on any file (a
    profile's config.toml, a system-wide one).
    """
    lines = key_lines(text) if text is not None else {}
    problems: list[ConfigError] = []

    def located(error: ConfigError, name: str) -> ConfigError:
        line = _line_of(lines, name)
        error.params.update(file=str(path) if path else "", line=line or "", key=name)
        where = f"{path}, line {line}: " if path and line else (f"{path}: " if path else "")
        error.params["detail"] = where + error.message
        return error

    for name, value in _leaves(data, tables_too=True):
        try:
            if any(word in name.lower() for word in FORBIDDEN_WORDS):
                raise _secret(name)
            if name.startswith(f"{POLICY}."):
                _policy_coerce(name, value, whole_table=True)
            elif name == POLICY or (name in _SECTIONS and isinstance(value, dict)):
                continue
            else:
                _coerce(_key(name), value)
        except ConfigError as exc:
            problems.append(located(exc, name))
    problems.sort(key=lambda e: e.params.get("line") or 10**9)
    return problems


# Every table a known key lives in: [phone] and [phone.baresip] for phone.baresip.address.
_SECTIONS = {
    ".".join(name.split(".")[:depth]) for name in KEYS for depth in range(1, name.count(".") + 1)
}


def _leaves(data: Mapping[str, Any], prefix: str = "", tables_too: bool = False):
    """(dotted name, value) of every value; tables themselves too when asked."""
    for key, value in data.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            is_known_table = name == POLICY or name in _SECTIONS or name.startswith(f"{POLICY}.")
            if tables_too and not is_known_table:
                yield name, value  # an unknown table is one problem, not one per key
                continue
            if tables_too:
                yield name, value
            yield from _leaves(value, f"{name}.", tables_too)
        else:
            yield name, value


def _secret(name: str) -> ConfigError:
    return ConfigError(
        f"{name}: secrets are not kept in config.toml; {KEYRING_HINT}",
        reason="config.secret",
        key=name,
    )


def _key(name: str) -> Key:
    if any(word in name.lower() for word in FORBIDDEN_WORDS):
        raise _secret(name)
    try:
        return KEYS[name]
    except KeyError:
        known = ", ".join(sorted(KEYS))
        raise ConfigError(
            f"unknown setting {name!r}; known settings: {known}, and policy.* overrides",
            reason="config.unknown_key",
            key=name,
        ) from None


def _kind_word(kind: type) -> str:
    words = {int: "whole number", float: "number", bool: "true or false", str: "text"}
    return words.get(kind, "table" if kind is dict else kind.__name__)


def _check_bounds(name: str, value: float, minimum: float | None, maximum: float | None) -> None:
    if minimum is not None and value < minimum:
        if maximum is not None:
            raise _out_of_range(name, minimum, maximum)
        raise ConfigError(
            f"{name} must be at least {minimum:g}",
            reason="config.too_small",
            key=name,
            minimum=f"{minimum:g}",
        )
    if maximum is not None and value > maximum:
        raise _out_of_range(name, minimum if minimum is not None else 0, maximum)


def _out_of_range(name: str, minimum: float, maximum: float) -> ConfigError:
    return ConfigError(
        f"{name} must be at least {minimum:g} and at most {maximum:g}",
        reason="config.out_of_range",
        key=name,
        minimum=f"{minimum:g}",
        maximum=f"{maximum:g}",
    )


def _wrong_type(name: str, kind: type, value: Any) -> ConfigError:
    shown = "a table" if isinstance(value, dict) else repr(value)
    return ConfigError(
        f"{name} must be a {_kind_word(kind)}, not {shown}",
        reason="config.wrong_type",
        key=name,
        kind=_kind_word(kind),
    )


def _coerce(key: Key, value: Any) -> Any:
    """The value as the key's type, or ConfigError naming the key (never echoing a secret)."""
    if isinstance(value, dict | list) or (isinstance(value, bool) and key.kind is not bool):
        raise _wrong_type(key.name, key.kind, value)
    try:
        if key.kind is bool and isinstance(value, str):
            result: Any = value.strip().lower() in {"1", "true", "yes", "on"}
        elif key.kind is int and isinstance(value, float) and not value.is_integer():
            raise ValueError(value)
        else:
            result = key.kind(value)
    except (TypeError, ValueError):
        raise _wrong_type(key.name, key.kind, value) from None
    if key.kind in (int, float):
        _check_bounds(key.name, result, key.minimum, key.maximum)
    if key.choices is not None and result not in key.choices:
        raise ConfigError(f"{key.name} must be one of {', '.join(key.choices)}, not {result!r}")
    if key.name == "phone.baresip.address":
        try:
            parse_address(result)
        except ValueError:
            raise ConfigError(
                f"{key.name} must be HOST:PORT (e.g. 127.0.0.1:4444, [::1]:4444) with a port "
                f"from 1 to 65535, not {result!r}",
                reason="config.wrong_type",
                key=key.name,
                kind="HOST:PORT",
            ) from None
    if key.name == "share.location" and _has_password(result):
        # Never echo the value: it holds the secret.
        raise ConfigError(
            "share.location must not contain a password; put the user name in "
            "share.username and the password in the keyring (Share settings)",
            reason="config.secret_in_location",
            key=key.name,
        )
    return result


def parse_address(address: str) -> tuple[str, int]:
    """HOST:PORT or [IPv6]:PORT (a host without spaces, a port 1-65535); ValueError else."""
    text = address.strip()
    if text.startswith("["):
        host, sep, port = text[1:].partition("]:")
    else:
        host, sep, port = text.rpartition(":")
        if ":" in host:  # an IPv6 address needs its brackets, or the port is ambiguous
            sep = ""
    if (
        not sep
        or not host
        or any(ch.isspace() or ch in "/[]@" for ch in host)
        or not port.isdigit()
        or not 0 < int(port) < 65536
    ):
        raise ValueError(f"{address!r} is not HOST:PORT")
    return host, int(port)


def _policy_coerce(name: str, raw: Any, whole_table: bool = False) -> Any:
    """A policy override checked against the shipped policy: known, same type, in bounds."""
    dotted = name.removeprefix(f"{POLICY}.")
    shipped: Any = shipped_policy()
    for part in dotted.split("."):
        if not isinstance(shipped, dict) or part not in shipped:
            raise ConfigError(
                f"unknown policy value {name!r}; resources/policy.toml lists what a branch "
                "can override",
                reason="config.unknown_key",
                key=name,
            )
        shipped = shipped[part]
    if isinstance(shipped, dict):
        if whole_table and isinstance(raw, dict):
            return raw  # its values are checked one by one
        raise _wrong_type(name, dict, raw)
    kind = type(shipped)
    value = _coerce(
        Key(name, kind, shipped, "", *_numeric_bounds(dotted, kind), choices=CHOICES.get(dotted)),
        raw,
    )
    if dotted == "deadlines.timezone":
        try:
            zoneinfo.ZoneInfo(value)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            raise ConfigError(
                f"{name} must be a time zone such as Asia/Shanghai, not {value!r}",
                reason="config.wrong_type",
                key=name,
                kind="time zone",
            ) from None
    return value


def _numeric_bounds(dotted: str, kind: type) -> tuple[float | None, float | None]:
    if kind not in (int, float):
        return None, None
    # A number the bounds table does not know yet (a new policy value) may not go below zero.
    return bounds(dotted) or (0, None)


def _policy_value(data: Mapping[str, Any], name: str) -> Any:
    node: Any = data
    for part in name.split("."):
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return node


def _has_password(location: str) -> bool:
    """smb://user:secret@host/...: a password written into the location (and so the file)."""
    if "://" not in location:
        return False
    try:
        return urlsplit(location.strip()).password is not None
    except ValueError:  # a malformed port and such: the share itself says what is wrong
        return False


# --- where in the file --------------------------------------------------------------------------

_BARE_OR_QUOTED = r"""(?:[A-Za-z0-9_-]+|"[^"]*"|'[^']*')"""
_DOTTED = rf"{_BARE_OR_QUOTED}(?:\s*\.\s*{_BARE_OR_QUOTED})*"
_TABLE = re.compile(rf"^\[\[?\s*({_DOTTED})\s*\]\]?")
_ASSIGN = re.compile(rf"^({_DOTTED})\s*=")


def _dotted(text: str) -> str:
    parts = re.findall(_BARE_OR_QUOTED, text)
    return ".".join(p[1:-1] if p[:1] in "\"'" else p for p in parts)


def key_lines(text: str) -> dict[str, int]:
    """The line on which each table and key of a TOML text is written (first mention)."""
    found: dict[str, int] = {}
    table = ""
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if match := _TABLE.match(line):
            table = _dotted(match.group(1))
            found.setdefault(table, number)
        elif match := _ASSIGN.match(line):
            key = _dotted(match.group(1))
            found.setdefault(f"{table}.{key}" if table else key, number)
    return found


def _line_of(lines: Mapping[str, int], name: str) -> int | None:
    """The key's own line, else the line of the nearest table or inline table holding it."""
    parts = name.split(".")
    for end in range(len(parts), 0, -1):
        if (line := lines.get(".".join(parts[:end]))) is not None:
            return line
    return None


# --- writing ------------------------------------------------------------------------------------


def _scalar(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        escaped = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
        return f'"{escaped}"'
    if isinstance(value, list):
        return "[" + ", ".join(_scalar(v) for v in value) + "]"
    raise ConfigError(f"cannot write {value!r} to config.toml")


def dump_toml(data: dict[str, Any], prefix: str = "") -> str:
    """Write nested tables of scalars: all config.toml ever holds."""
    lines: list[str] = []
    tables = {k: v for k, v in data.items() if isinstance(v, dict)}
    for k, v in data.items():
        if not isinstance(v, dict):
            lines.append(f"{k} = {_scalar(v)}")
    out = "\n".join(lines) + ("\n" if lines else "")
    for name, table in tables.items():
        full = f"{prefix}{name}"
        scalars = {k: v for k, v in table.items() if not isinstance(v, dict)}
        if scalars or not table:
            out += f"\n[{full}]\n" + "".join(f"{k} = {_scalar(v)}\n" for k, v in scalars.items())
        nested = {k: v for k, v in table.items() if isinstance(v, dict)}
        if nested:
            out += dump_toml(nested, prefix=f"{full}.")
    return out.lstrip("\n")
