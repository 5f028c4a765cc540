"""Branch-wide settings in the profile's `config.toml`, which branch IT can deploy.

Only known keys are accepted so a typo in a deployment script fails loudly instead of being
ignored. Secrets (the share password) never live here: they go to the OS keyring. The file is
checked when it is loaded exactly as `config set` checks a value (`check_config`): an unknown
key (a quoted dotted key too), a secret, a wrong type (the file's "3" is no number), a number
that is not finite or outside its bounds, a text with a control character or not among its
choices is refused with the file, the key and the line. A dialog that changes some keys
re-reads the file and changes only those (`BranchConfig.update_file`), so a key set meanwhile
with `config set` is kept; the changed lines are edited in place, so branch IT's comments stay,
and the new text is parsed and checked before it replaces the file.

Beneath each profile's file lies the PC's branch file (`/etc/agentdesk/config.toml`, on
Windows `%PROGRAMDATA%\\AgentDesk\\config.toml`), written by branch IT for every user: a
profile starts from its values, and a key it lists in `locked` cannot be changed by a user
(`set` refuses with the reason, and a value in the profile's own file is ignored). It is
checked as strictly as a profile's file.
"""

from __future__ import annotations

import copy
import logging
import math
import os
import re
import sys
import tomllib
import unicodedata
import zoneinfo
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from agent_desk.codes import check_code, host_desk_code
from agent_desk.errors import ConfigError, ConfigLocked
from agent_desk.policy import CHOICES, RENAMED_POLICY, bounds, deep_merge, shipped_policy

log = logging.getLogger(__name__)


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
            "phone.recording_folder",
            str,
            "",
            "Folder (or mounted/UNC share) of call recordings: baresip's snd_path, or where the "
            "PBX writes them",
        ),
        Key(
            "phone.recording_pattern",
            str,
            "",
            "A PBX recording's file name under phone.recording_folder, with {call_id}, {date} "
            "and {agent_no} (e.g. {date}/{agent_no}-{call_id}.wav); empty with baresip",
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
# Codes that name folders on the share: one rule for both (agent_desk/codes.py).
CODE_KEYS = ("branch.code", "desk.code")


# The branch file for every user of the PC; tests and unusual installs point elsewhere.
SYSTEM_CONFIG_ENV = "AGENT_DESK_SYSTEM_CONFIG"
# Top-level list in the branch file: the keys (or whole sections, or policy tables such as
# "policy.deadlines") that users cannot change.
LOCKED = "locked"


def system_config_path() -> Path:
    """Where branch IT keeps the settings every profile on this PC starts from.

    The installed program (a frozen bundle) always reads the PC's own file: an environment
    variable set in a terminal must not take a user out from under branch IT's locks. Only a
    checkout (tests, development) may point elsewhere with AGENT_DESK_SYSTEM_CONFIG.
    """
    chosen = os.environ.get(SYSTEM_CONFIG_ENV)
    if chosen and not getattr(sys, "frozen", False):
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
        if not path.exists():
            return cls(path=path)
        data, text = _read(path)
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
        problems = check_config(data, path, text)
        if problems:
            raise _first(problems)
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
    """The parsed config file: known keys plus a `[policy]` table of bounded overrides.

    Reads see the profile's file over the branch file (`system`); `set` and `save` change only
    the profile's own values, never a locked key.
    """

    def __init__(
        self,
        data: dict[str, Any] | None = None,
        path: Path | None = None,
        system: SystemLayer | None = None,
        text: str = "",
    ) -> None:
        self._own = data or {}  # what the profile's file holds: all that save() writes
        self.path = path
        self.system = system or SystemLayer()
        self._data = self.system.beneath(self._own)  # the values in effect
        # The file's text as read, edited line by line by `set`, so that saving keeps branch
        # IT's comments and layout; None once an edit could not be made in place.
        self._text: str | None = text

    @classmethod
    def load(cls, path: Path, system: Path | None = None) -> BranchConfig:
        """The profile's file over the branch file (default: `system_config_path()`), each
        checked whole: the first problem is raised naming file, key and line."""
        layer = SystemLayer.load(system or system_config_path())
        if not path.exists():
            return cls({}, path, layer)
        data, text = _read(path)
        problems = check_config(data, path, text)
        if problems:
            raise _first(problems)
        return cls(data, path, layer, text)

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
        """A setting's value, or a policy value in force (`policy.*`: the override in this
        file, else the shipped one); an unknown name is a ConfigError."""
        if name.startswith(f"{POLICY}."):
            shipped = _shipped_value(name)
            value = _policy_value(self._data, name)
            if isinstance(shipped, dict):
                return deep_merge(shipped, value if isinstance(value, dict) else {})
            return shipped if value is None else value
        key = _key(name)
        table, leaf = self._table(name)
        value = _coerce(key, table.get(leaf, key.default))
        if name == "desk.code" and not value:
            return host_desk_code()
        return value

    def has(self, name: str) -> bool:
        table, leaf = self._table(name)
        return leaf in table

    def set(self, name: str, raw: Any) -> Any:
        """Check one value as the file's loading would, then set it (in memory): in the
        profile's own values and in the values in effect. A key branch IT locked is refused."""
        value = self.check(name, raw)
        # phone.baresip.address is [phone.baresip] address in TOML
        _put(self._own, name, value)
        _put(self._data, name, value)
        if self._text is not None:
            self._text = _edit_text(self._text, name, value)
        return value

    def check(self, name: str, raw: Any) -> Any:
        """The value as `set` would store it, or the ConfigError `set` would raise; nothing
        changes (a caller that acts on a value, such as moving the key, checks it first)."""
        if name.startswith(f"{POLICY}."):
            value = _policy_coerce(name, raw)
        else:
            value = _coerce(_key(name), raw)
        if self.is_locked(name):
            raise ConfigLocked(key=name, path=str(self.system.path))
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

    def in_force(self) -> list[tuple[str, Any, str]]:
        """Every setting and every policy value with the value in force and where it comes
        from: "config.toml" (the profile's file), "default" (a setting no file sets),
        "policy.toml" (the shipped policy), or branch IT's file, locked or not."""
        shipped_source = {"default": "default", "profile": "config.toml"}
        out = [(name, self.get(name), self.source(name, shipped_source)) for name in KEYS]
        shipped_source = {"default": "policy.toml", "profile": "config.toml"}
        for name, _shipped in _leaves(shipped_policy()):
            dotted = f"{POLICY}.{name}"
            out.append((dotted, self.get(dotted), self.source(dotted, shipped_source)))
        return out

    def source(self, name: str, words: Mapping[str, str]) -> str:
        origin = self.origin(name)
        if origin == "locked":
            return f"locked by branch IT: {self.system.path}"
        if origin == "branch":
            return f"branch IT: {self.system.path}"
        return words[origin]

    def save(self, path: Path | None = None) -> None:
        """Write the file: its own text with the changed lines when that reads back as the
        settings (comments and layout kept), else the settings written afresh. The text is
        parsed and checked before it replaces the file, so no save leaves a file that cannot
        be read."""
        target = path or self.path
        if target is None:
            raise ConfigError("no path to save the configuration to")
        own = self._own  # never the branch file's values: they stay in the branch file
        text = self._text if self._text is not None and _reads_as(self._text, own) else None
        if text is None:
            if self._text:
                log.warning("%s could not be edited in place; written afresh", target)
            text = dump_toml(own)
        if not _reads_as(text, own):  # pragma: no cover - dump_toml writes what it reads
            raise ConfigError(f"the settings could not be written as TOML to {target}")
        problems = check_config(tomllib.loads(text), target, text)
        if problems:
            raise problems[0]
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_suffix(".tmp")
        tmp.write_bytes(text.encode("utf-8"))
        os.replace(tmp, target)
        self._text = text

    def update_file(self, values: Mapping[str, Any]) -> dict[str, Any]:
        """Change only these keys in the file as it is on disk now, and save it.

        The file is read again first, so what another program (`config set`, branch IT's
        script) wrote since this object was loaded is kept. This object then holds the file
        as saved. Returns the values as stored.
        """
        if self.path is None:
            raise ConfigError("no path to save the configuration to")
        fresh = BranchConfig.load(self.path, self.system.path)
        stored = {name: fresh.set(name, value) for name, value in values.items()}
        fresh.save()
        self._own, self._data, self.system = fresh._own, fresh._data, fresh.system
        return stored


# --- checking -----------------------------------------------------------------------------------


def _read(path: Path) -> tuple[dict[str, Any], str]:
    """The file's text as written (no newline translation: a stray carriage return is named
    as such), without the byte-order mark Windows Notepad puts first."""
    try:
        raw = path.read_bytes()
    except OSError as exc:  # a branch file root made 0600: every user would crash on it
        raise ConfigError(
            f"{path} cannot be read ({exc.strerror or exc}); it must be readable by every "
            "user of this computer (e.g. chmod 644)",
            reason="config.unreadable",
            file=str(path),
            problem=exc.strerror or str(exc),
        ) from exc
    try:
        text = raw.decode("utf-8-sig")
        return tomllib.loads(text), text
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(
            f"{path} is not valid TOML: {exc}", reason="config.syntax", file=str(path)
        ) from exc


def _first(problems: list[ConfigError]) -> ConfigError:
    first = problems[0]
    if len(problems) > 1:
        first.params["detail"] += f" (and {len(problems) - 1} more in the file)"
    return first


def _lockable(name: str) -> bool:
    """A known key, a section of known keys ("share"), or a policy table ("policy.ring")."""
    if name == "policy" or name.startswith("policy."):
        return True
    return any(key == name or key.startswith(name + ".") for key in KEYS)


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
            if isinstance(value, _QuotedKey):
                raise _quoted_key(name)
            if any(word in name.lower() for word in FORBIDDEN_WORDS):
                raise _secret(name)
            if isinstance(value, dict) and not _known_table(name):
                secret = _secret_inside(value, name)
                if secret is not None:  # an unknown table holding a password: say where it goes
                    name = secret
                    raise _secret(name)
            if name.startswith(f"{POLICY}."):
                _policy_coerce(name, value, whole_table=True, strict=True)
            elif name == POLICY or (name in _SECTIONS and isinstance(value, dict)):
                continue
            else:
                _coerce(_key(name), value, strict=True)
        except ConfigError as exc:
            problems.append(located(exc, name))
    problems.sort(key=lambda e: e.params.get("line") or 10**9)
    return problems


# Every table a known key lives in: [phone] and [phone.baresip] for phone.baresip.address.
_SECTIONS = {
    ".".join(name.split(".")[:depth]) for name in KEYS for depth in range(1, name.count(".") + 1)
}


def _known_table(name: str) -> bool:
    return name == POLICY or name in _SECTIONS or name.startswith(f"{POLICY}.")


class _QuotedKey:
    """Stands for a key written in quotes with a dot in it (`"branch.code" = …`): TOML reads
    it as one key named "branch.code", which no setting is, whatever it looks like."""


_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")


def _leaves(data: Mapping[str, Any], prefix: str = "", tables_too: bool = False):
    """(dotted name, value) of every value; tables themselves too when asked."""
    for key, value in data.items():
        name = f"{prefix}{key}"
        if tables_too and not _BARE_KEY.fullmatch(key):
            yield name, _QuotedKey()
            continue
        if isinstance(value, dict):
            is_known_table = _known_table(name)
            if tables_too and not is_known_table:
                yield name, value  # an unknown table is one problem, not one per key
                continue
            if tables_too:
                yield name, value
            yield from _leaves(value, f"{name}.", tables_too)
        else:
            yield name, value


def _quoted_key(name: str) -> ConfigError:
    *table, leaf = name.split(".")
    return ConfigError(
        f"{name}: a quoted key with a dot in it is one key of that name, not the setting; "
        f"write it as [{'.'.join(table) or 'table'}] {leaf} = …",
        reason="config.quoted_key",
        key=name,
    )


def _secret_inside(table: Mapping[str, Any], prefix: str) -> str | None:
    """The dotted name of a secret-looking key anywhere inside a table, if any."""
    for name, _value in _leaves(table, f"{prefix}."):
        if any(word in name.lower() for word in FORBIDDEN_WORDS):
            return name
    return None


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


def _check_number(name: str, value: float, minimum: float | None, maximum: float | None) -> None:
    """The one check of a number setting or policy value, wherever it comes from (config set,
    the file, a policy override): finite, then within its bounds. `nan` passes every bound
    (each comparison with it is false), so it is refused first."""
    if not math.isfinite(value):
        raise ConfigError(
            f"{name} must be a finite number, not {value}",
            reason="config.not_finite",
            key=name,
        )
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


# What a value written in the file must already be (TOML has its types): "3" is no number.
_FILE_TYPES: dict[type, tuple[type, ...]] = {
    str: (str,),
    int: (int,),
    float: (int, float),
    bool: (bool,),
}


def _coerce(key: Key, value: Any, strict: bool = False) -> Any:
    """The value as the key's type, or ConfigError naming the key (never echoing a secret).

    `strict`: a value read from the file, which must have the type already; otherwise text
    from the command line or a dialog, which is converted.
    """
    if isinstance(value, dict | list) or (isinstance(value, bool) and key.kind is not bool):
        raise _wrong_type(key.name, key.kind, value)
    if strict and not isinstance(value, _FILE_TYPES.get(key.kind, (key.kind,))):
        raise _wrong_type(key.name, key.kind, value)
    try:
        if key.kind is bool and isinstance(value, str):
            result: Any = value.strip().lower() in {"1", "true", "yes", "on"}
        elif key.kind is int and isinstance(value, float) and not value.is_integer():
            raise ValueError(value)
        else:
            result = key.kind(value)
    except (TypeError, ValueError, OverflowError):
        raise _wrong_type(key.name, key.kind, value) from None
    if key.kind in (int, float):
        _check_number(key.name, result, key.minimum, key.maximum)
    if isinstance(result, str):
        _check_text(key.name, result)
    if key.choices is not None and result not in key.choices:
        raise ConfigError(
            f"{key.name} must be one of {', '.join(key.choices)}, not {result!r}",
            reason="config.choice",
            key=key.name,
            choices=", ".join(key.choices),
        )
    if key.name in CODE_KEYS and (result or key.name != "desk.code"):
        check_code(result, key.name)  # an empty desk.code means "the host name"
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
    if key.name == "phone.recording_pattern" and result:
        from agent_desk.quality.recordings import RecordingPatternRefused, check_pattern

        try:
            check_pattern(result)  # no `..`, nothing absolute, known placeholders only
        except RecordingPatternRefused as exc:
            raise ConfigError(
                exc.message, reason="config.recording_pattern", key=key.name
            ) from None
    if key.name == "database.key_file" and result:
        _check_key_file(result)
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


def _shipped_value(name: str) -> Any:
    """The shipped policy's value (or table) of `policy.…`, or ConfigError naming it."""
    # A value renamed since a branch wrote its file is still read, checked as its new name.
    dotted = name.removeprefix(f"{POLICY}.")
    shipped: Any = shipped_policy()
    for part in RENAMED_POLICY.get(dotted, dotted).split("."):
        if not isinstance(shipped, dict) or part not in shipped:
            raise ConfigError(
                f"unknown policy value {name!r}; resources/policy.toml lists what a branch "
                "can override",
                reason="config.unknown_key",
                key=name,
            )
        shipped = shipped[part]
    return shipped


def _policy_coerce(name: str, raw: Any, whole_table: bool = False, strict: bool = False) -> Any:
    """A policy override checked against the shipped policy: known, same type, in bounds."""
    dotted = name.removeprefix(f"{POLICY}.")
    dotted = RENAMED_POLICY.get(dotted, dotted)
    shipped = _shipped_value(name)
    if isinstance(shipped, dict):
        if whole_table and isinstance(raw, dict):
            return raw  # its values are checked one by one
        raise _wrong_type(name, dict, raw)
    kind = type(shipped)
    key = Key(name, kind, shipped, "", *_numeric_bounds(dotted, kind), choices=CHOICES.get(dotted))
    value = _coerce(key, raw, strict=strict)
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
    """smb://user:secret@host/...: a password written into the location (and so the file).

    Judged on the text, not by urlsplit, which raises on a malformed location (a stray "[",
    a port that is no number) and reads `user:pass/word@host` as the host "user": whatever
    comes between "://" and the first "@" is the user part, and a ":" in it a password.
    """
    text = location.strip()
    scheme, sep, rest = text.partition("://")
    if not sep or not scheme or "@" not in rest:
        return False
    return ":" in rest.split("@", 1)[0]


def _check_key_file(value: str) -> None:
    """database.key_file names the key by an absolute path (`~/...` is the user's home): a
    relative one would be taken from the folder the desk happened to be started in, where the
    key would be moved and where no later start would look for it."""
    try:
        absolute = Path(value).expanduser().is_absolute()
    except RuntimeError:  # ~someone who has no home on this PC
        absolute = False
    if not absolute:
        raise ConfigError(
            f"database.key_file must be an absolute path (e.g. /srv/agentdesk/keys/desk.key), "
            f"not {value!r}: a relative one depends on the folder the desk is started from",
            reason="config.key_file_relative",
            key="database.key_file",
        )


def _check_text(name: str, value: str) -> None:
    """No control character in a setting (a carriage return or an escape pasted along): it
    would be invisible where the value is shown, and break the line it is written on."""
    for ch in value:
        if unicodedata.category(ch) == "Cc":
            raise ConfigError(
                f"{name} must not contain control characters (U+{ord(ch):04X} found)",
                reason="config.control_character",
                key=name,
            )


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

# Characters a TOML basic string cannot hold as they are (control characters, DEL), and the
# short escapes TOML has for some of them.
_SHORT_ESCAPES = {"\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r"}


def _escape(value: str) -> str:
    out = []
    for ch in value:
        if ch in ('"', "\\"):
            out.append("\\" + ch)
        elif ch in _SHORT_ESCAPES:
            out.append(_SHORT_ESCAPES[ch])
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04X}")
        else:
            out.append(ch)
    return "".join(out)


def _scalar(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        if isinstance(value, float) and not math.isfinite(value):
            raise ConfigError(f"cannot write {value!r} to config.toml")
        return repr(value)
    if isinstance(value, str):
        return f'"{_escape(value)}"'
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


def _reads_as(text: str, data: Mapping[str, Any]) -> bool:
    try:
        return tomllib.loads(text) == data
    except tomllib.TOMLDecodeError:
        return False


def _value_end(line: str, start: int) -> int | None:
    """Where a one-line scalar value starting at `start` ends (None: not one we can edit in
    place, such as a multi-line string, an array or an inline table)."""
    if line.startswith(('"""', "'''"), start) or line[start : start + 1] in ("[", "{"):
        return None
    if line[start : start + 1] == '"':
        i = start + 1
        while i < len(line):
            if line[i] == "\\":
                i += 2
                continue
            if line[i] == '"':
                return i + 1
            i += 1
        return None
    if line[start : start + 1] == "'":
        end = line.find("'", start + 1)
        return None if end < 0 else end + 1
    match = re.compile(r"[^\s#]+").match(line, start)
    return match.end() if match else None


def _edit_text(text: str, name: str, value: Any) -> str | None:
    """The file's text with one setting changed in place: the value on its own line replaced
    (the comment after it kept), or a new line put at the end of its table, or a new table at
    the end. None when the file writes it in a way this cannot edit (`save` then writes the
    file afresh)."""
    lines = text.splitlines(keepends=True)
    table = ""
    table_end: int | None = None  # the line after the last key of the setting's table
    *parents, leaf = name.split(".")
    wanted_table = ".".join(parents)
    for number, raw in enumerate(lines):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if match := _TABLE.match(line):
            table = _dotted(match.group(1))
            if table == wanted_table:
                table_end = number + 1
            continue
        if not (match := _ASSIGN.match(line)):
            return None  # a continued array or string: not a file to edit by lines
        key = _dotted(match.group(1))
        full = f"{table}.{key}" if table else key
        if table == wanted_table:
            table_end = number + 1
        if full == name:
            indent = raw[: len(raw) - len(raw.lstrip())]
            body = raw.strip("\r\n")[len(indent) :]
            equals = body.index("=", len(match.group(1)))
            start = equals + 1
            while start < len(body) and body[start] in " \t":
                start += 1
            end = _value_end(body, start)
            if end is None:
                return None
            newline = raw[len(raw.rstrip("\r\n")) :]
            lines[number] = f"{indent}{body[:start]}{_scalar(value)}{body[end:]}{newline}"
            return "".join(lines)
        if full.startswith(f"{name}.") or name.startswith(f"{full}."):
            return None  # written as a dotted key or an inline table
    newline = "\r\n" if "\r\n" in text else "\n"
    new_line = f"{leaf} = {_scalar(value)}{newline}"
    if table_end is not None:
        if table_end > 0 and not lines[table_end - 1].endswith(("\n", "\r")):
            lines[table_end - 1] += newline
        lines.insert(table_end, new_line)
        return "".join(lines)
    if not wanted_table:
        return new_line + text  # a top-level key goes before the first table
    head = "" if not text or text.endswith(("\n", "\r")) else newline
    gap = newline if text.strip() else ""
    return f"{text}{head}{gap}[{wanted_table}]{newline}{new_line}"
