"""Branch-wide settings in the profile's `config.toml`, which branch IT can deploy.

Only known keys are accepted so a typo in a deployment script fails loudly instead of being
ignored. Secrets (the share password) never live here: they go to the OS keyring.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from agent_desk.codes import check_code, host_desk_code
from agent_desk.errors import ConfigError


@dataclass(frozen=True)
class Key:
    name: str
    kind: type
    default: Any
    help: str
    minimum: float | None = None


KEYS: dict[str, Key] = {
    k.name: k
    for k in (
        Key("branch.code", str, "BR001", "Short branch code used in share folder names"),
        Key(
            "desk.code",
            str,
            "",
            "This desk's code in share folder names (default: the PC's host name)",
        ),
        Key("branch.name", str, "", "Branch name shown in reports"),
        Key("share.location", str, "", "Folder, UNC path or smb://host/share/path for summaries"),
        Key(
            "share.username", str, "", "User name for an smb:// share (password is in the keyring)"
        ),
        Key("ring.seconds_per_ring", float, 5.0, "Ring cadence in seconds", minimum=0.5),
        Key("ring.rings", int, 3, "Rings within which a call must be answered", minimum=1),
        Key("company.name", str, "", "Company name for the {company} script placeholder"),
    )
}

FORBIDDEN_WORDS = ("password", "secret", "token")
# Codes that name folders on the share: one rule for both (agent_desk/codes.py).
CODE_KEYS = ("branch.code", "desk.code")


class BranchConfig:
    """The parsed config file: known keys plus a free-form `[policy]` table of overrides."""

    def __init__(self, data: dict[str, Any] | None = None, path: Path | None = None) -> None:
        self._data = data or {}
        self.path = path

    @classmethod
    def load(cls, path: Path) -> BranchConfig:
        if not path.exists():
            return cls({}, path)
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{path} is not valid TOML: {exc}") from exc
        config = cls(data, path)
        for name in KEYS:
            config.get(name)  # validate types early, at start-up, not mid-call
        return config

    def get(self, name: str) -> Any:
        key = _key(name)
        section, _, leaf = name.partition(".")
        value = self._data.get(section, {}).get(leaf, key.default)
        value = _coerce(key, value)
        if name == "desk.code" and not value:
            return host_desk_code()
        return value

    def has(self, name: str) -> bool:
        section, _, leaf = name.partition(".")
        return leaf in self._data.get(section, {})

    def set(self, name: str, raw: str) -> Any:
        key = _key(name)
        value = _coerce(key, raw)
        section, _, leaf = name.partition(".")
        self._data.setdefault(section, {})[leaf] = value
        return value

    @property
    def policy_overrides(self) -> dict[str, Any]:
        return dict(self._data.get("policy", {}))

    def save(self, path: Path | None = None) -> None:
        target = path or self.path
        if target is None:
            raise ConfigError("no path to save the configuration to")
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_suffix(".tmp")
        tmp.write_text(dump_toml(self._data), encoding="utf-8")
        os.replace(tmp, target)


def _key(name: str) -> Key:
    if any(word in name.lower() for word in FORBIDDEN_WORDS):
        raise ConfigError(f"{name}: secrets are kept in the OS keyring, not in config.toml")
    try:
        return KEYS[name]
    except KeyError:
        known = ", ".join(sorted(KEYS))
        raise ConfigError(f"unknown setting {name!r}; known settings: {known}") from None


def _coerce(key: Key, value: Any) -> Any:
    try:
        if key.kind is bool and isinstance(value, str):
            result: Any = value.strip().lower() in {"1", "true", "yes", "on"}
        else:
            result = key.kind(value)
    except (TypeError, ValueError):
        kind = {int: "whole number", float: "number"}.get(key.kind, key.kind.__name__)
        raise ConfigError(f"{key.name} must be a {kind}, not {value!r}") from None
    if key.minimum is not None and result < key.minimum:
        raise ConfigError(f"{key.name} must be at least {key.minimum}")
    if key.name in CODE_KEYS and (result or key.name != "desk.code"):
        check_code(result, key.name)  # an empty desk.code means "the host name"
    if key.name == "share.location" and _has_password(result):
        # Never echo the value: it holds the secret.
        raise ConfigError(
            "share.location must not contain a password; put the user name in "
            "share.username and the password in the keyring (Share settings)",
            reason="config.secret_in_location",
        )
    return result


def _has_password(location: str) -> bool:
    """smb://user:secret@host/...: a password written into the location (and so the file)."""
    if "://" not in location:
        return False
    try:
        return urlsplit(location.strip()).password is not None
    except ValueError:  # a malformed port and such: the share itself says what is wrong
        return False


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
