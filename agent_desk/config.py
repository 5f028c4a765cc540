"""Branch-wide settings in the profile's `config.toml`, which branch IT can deploy.

Only known keys are accepted so a typo in a deployment script fails loudly instead of being
ignored. Secrets (the share password) never live here: they go to the OS keyring.

Beneath each profile's file lies the PC's branch file (`/etc/agentdesk/config.toml`, on
Windows `%PROGRAMDATA%\\AgentDesk\\config.toml`), written by branch IT for every user: a
profile starts from its values, and a key it lists in `locked` cannot be changed by a user
(`set` refuses with the reason, and a value in the profile's own file is ignored).
"""

from __future__ import annotations

import copy
import logging
import os
import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from agent_desk.errors import ConfigError, ConfigLocked

log = logging.getLogger(__name__)


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

# The branch file for every user of the PC; tests and unusual installs point elsewhere.
SYSTEM_CONFIG_ENV = "AGENT_DESK_SYSTEM_CONFIG"
# Top-level list in the branch file: the keys (or whole sections, or policy tables such as
# "policy.deadlines") that users cannot change.
LOCKED = "locked"


def system_config_path() -> Path:
    """Where branch IT keeps the settings every profile on this PC starts from."""
    chosen = os.environ.get(SYSTEM_CONFIG_ENV)
    if chosen:
        return Path(chosen)
    if sys.platform == "win32":
        base = os.environ.get("PROGRAMDATA") or r"C:\ProgramData"
        return Path(base) / "AgentDesk" / "config.toml"
    return Path("/etc/agentdesk/config.toml")


@dataclass(frozen=True)
class SystemLayer:
    """Branch IT's file beneath every profile: defaults, and the keys users cannot change."""

    data: dict[str, Any] = field(default_factory=dict)
    locked: tuple[str, ...] = ()
    path: Path | None = None

    @classmethod
    def load(cls, path: Path) -> SystemLayer:
        if not path.is_file():
            return cls(path=path)
        data = _read_toml(path)
        locked = data.pop(LOCKED, [])
        if not isinstance(locked, list) or not all(isinstance(k, str) for k in locked):
            raise ConfigError(f"{path}: {LOCKED} must be a list of setting names")
        for name in locked:
            if not _lockable(name):
                known = ", ".join(sorted(KEYS))
                raise ConfigError(
                    f"{path}: {LOCKED}: unknown setting {name!r}; known settings: {known}, "
                    "or a policy table such as policy.deadlines"
                )
        _check_branch_file(data, path)
        return cls(data, tuple(locked), path)

    def is_locked(self, name: str) -> bool:
        return any(name == lock or name.startswith(lock + ".") for lock in self.locked)

    def beneath(self, own: dict[str, Any]) -> dict[str, Any]:
        """The values in effect: the profile's own over these, except where a key is locked."""
        merged = deep_merge(copy.deepcopy(self.data), copy.deepcopy(own))
        for lock in self.locked:
            mine, theirs = _lookup(own, lock), _lookup(self.data, lock)
            if mine is not _MISSING and mine != theirs:
                log.warning(
                    "%s in the profile is ignored: branch IT locked it in %s", lock, self.path
                )
            _put(merged, lock, theirs)
        return merged


class BranchConfig:
    """The parsed config file: known keys plus a free-form `[policy]` table of overrides.

    Reads see the profile's file over the branch file (`system`); `set` and `save` change only
    the profile's own values, never a locked key.
    """

    def __init__(
        self,
        data: dict[str, Any] | None = None,
        path: Path | None = None,
        system: SystemLayer | None = None,
    ) -> None:
        self._own = data or {}  # what the profile's file holds: all that save() writes
        self.path = path
        self.system = system or SystemLayer()
        self._data = self.system.beneath(self._own)  # the values in effect

    @classmethod
    def load(cls, path: Path, system: Path | None = None) -> BranchConfig:
        """The profile's file over the branch file (default: `system_config_path()`)."""
        layer = SystemLayer.load(system or system_config_path())
        if not path.exists():
            return cls({}, path, layer)
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{path} is not valid TOML: {exc}") from exc
        config = cls(data, path, layer)
        for name in KEYS:
            config.get(name)  # validate types early, at start-up, not mid-call
        return config

    def is_locked(self, name: str) -> bool:
        return self.system.is_locked(name)

    def origin(self, name: str) -> str:
        """Where a key's value comes from: "locked", "profile", "branch" (file) or "default"."""
        if self.is_locked(name):
            return "locked"
        if _lookup(self._own, name) is not _MISSING:
            return "profile"
        return "branch" if _lookup(self.system.data, name) is not _MISSING else "default"

    def get(self, name: str) -> Any:
        key = _key(name)
        section, _, leaf = name.partition(".")
        value = self._data.get(section, {}).get(leaf, key.default)
        return _coerce(key, value)

    def has(self, name: str) -> bool:
        section, _, leaf = name.partition(".")
        return leaf in self._data.get(section, {})

    def set(self, name: str, raw: str) -> Any:
        key = _key(name)
        if self.is_locked(name):
            raise ConfigLocked(key=name, path=str(self.system.path))
        value = _coerce(key, raw)
        section, _, leaf = name.partition(".")
        self._own.setdefault(section, {})[leaf] = value
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
        tmp.write_text(dump_toml(self._own), encoding="utf-8")
        os.replace(tmp, target)


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path} is not valid TOML: {exc}") from exc
    except OSError as exc:
        raise ConfigError(f"{path} cannot be read: {exc.strerror or exc}") from exc


def _lockable(name: str) -> bool:
    """A known key, a section of known keys ("share"), or a policy table ("policy.ring")."""
    if name == "policy" or name.startswith("policy."):
        return True
    return any(key == name or key.startswith(name + ".") for key in KEYS)


def _check_branch_file(data: dict[str, Any], path: Path) -> None:
    """The branch file holds known keys of the right type and never a secret."""
    sections = {name.partition(".")[0] for name in KEYS} | {"policy"}
    known = ", ".join(sorted(KEYS))
    for name in data:
        if name not in sections:
            raise ConfigError(f"{path}: unknown setting {name!r}; known settings: {known}")
    for dotted, value in _leaves(data):
        if any(word in dotted.lower() for word in FORBIDDEN_WORDS):
            raise ConfigError(
                f"{path}: {dotted}: secrets are kept in each user's OS keyring, "
                "never in the branch file"
            )
        if dotted.startswith("policy."):
            continue
        key = KEYS.get(dotted)
        if key is None:
            raise ConfigError(f"{path}: unknown setting {dotted!r}; known settings: {known}")
        try:
            _coerce(key, value)
        except ConfigError as exc:
            reason = {"reason": exc.params["reason"]} if "reason" in exc.params else {}
            raise ConfigError(f"{path}: {exc.message}", **reason) from None


def _leaves(data: dict[str, Any], prefix: str = "") -> list[tuple[str, Any]]:
    out: list[tuple[str, Any]] = []
    for name, value in data.items():
        if isinstance(value, dict):
            out += _leaves(value, f"{prefix}{name}.")
        else:
            out.append((f"{prefix}{name}", value))
    return out


def deep_merge(base: dict[str, Any], override: dict[str, Any]) -> dict[str, Any]:
    """`override`'s values over `base`'s, table by table; neither is changed."""
    out = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = deep_merge(out[key], value)
        else:
            out[key] = value
    return out


_MISSING = object()


def _lookup(data: dict[str, Any], dotted: str) -> Any:
    node: Any = data
    for part in dotted.split("."):
        if not isinstance(node, dict) or part not in node:
            return _MISSING
        node = node[part]
    return node


def _put(data: dict[str, Any], dotted: str, value: Any) -> None:
    """Set (or, with _MISSING, remove) a dotted key, copying the tables on the way."""
    *sections, leaf = dotted.split(".")
    node = data
    for part in sections:
        child = node.get(part)
        if not isinstance(child, dict):
            if value is _MISSING:
                return
            child = {}
        node[part] = child = dict(child)
        node = child
    if value is _MISSING:
        node.pop(leaf, None)
    else:
        node[leaf] = value


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
