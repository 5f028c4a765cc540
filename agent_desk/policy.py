"""The service policy: deadlines, ring cadence, targets and grading weights.

Shipped defaults live in `resources/policy.toml`; a branch overrides them in its config.toml
under `[policy.*]`, and the `ring.*` keys of config.toml win over the policy's ring section.
Every numeric value has bounds (`BOUNDS`) that config.toml is checked against when loaded.
"""

from __future__ import annotations

import copy
import functools
import tomllib
from dataclasses import dataclass
from datetime import tzinfo
from fnmatch import fnmatchcase
from functools import cached_property
from typing import TYPE_CHECKING, Any

from agent_desk.clock import DEFAULT_TIMEZONE, zone_named
from agent_desk.errors import ConfigError
from agent_desk.paths import resource

if TYPE_CHECKING:
    from agent_desk.config import BranchConfig

# The range each numeric policy value may be set to in config.toml, so no override can turn a
# rule off (a million failed logins before a lockout, a zero-second ring). Patterns are
# matched against the dotted name; a test keeps every number in policy.toml covered.
BOUNDS: dict[str, tuple[float, float]] = {
    "ring.seconds_per_ring": (1, 10),
    "ring.rings": (1, 6),
    "escalation.transfer_complex_seconds": (30, 600),
    "escalation.supervisor_conflict_seconds": (60, 3600),
    "deadlines.*.points_minutes": (1, 60),
    "deadlines.*.feedback_hours": (1, 72),
    "deadlines.*.reply_working_days": (1, 30),
    "deadlines.*.reply_days": (1, 30),
    "callbacks.remind_before_minutes": (0, 120),
    "callbacks.grace_minutes": (0, 240),
    "cases.due_soon_hours": (1, 72),
    "cases.dissatisfied_at_most": (1, 4),
    "shifts.resume_within_hours": (0.25, 24),
    "accounts.max_failed_logins": (3, 10),
    "accounts.lockout_minutes": (1, 60),
    # Never off: a shared desk left logged in shows customers and, for an administrator,
    # Tools > Users to whoever walks up.
    "accounts.lock_after_idle_minutes": (1, 120),
    "targets.satisfaction": (1, 5),
    "targets.satisfaction_floor": (1, 5),
    "targets.*_rate": (0, 1),
    "targets.online_hours": (1, 12),
    "grading.weights.*": (0, 1),
    "grading.thresholds.*": (0, 100),
    "knowledge.monthly_target": (1, 100),
    "backups.daily": (1, 60),
    "backups.weekly": (0, 52),
    "backups.check_every_minutes": (5, 1440),
    # PIPL: kept no longer than needed; a month at least, so open cases keep their caller.
    "retention.personal_data_days": (30, 3650),
    "quality.sample_per_agent": (1, 50),
    "quality.complaints_per_agent": (0, 50),
}


# Policy values renamed since a release: a branch's config.toml naming the old one still loads
# (agent_desk/callbacks.py reads the old name when the new one is not set).
RENAMED_POLICY = {"callbacks.overdue_after_minutes": "callbacks.grace_minutes"}
# Policy values that are one of a few words (a typo such as "refuze" behaved as the default);
# a test keeps every text of policy.toml covered; `deadlines.timezone` is any IANA zone,
# checked by zoneinfo in agent_desk/config.py.
CHOICES: dict[str, tuple[str, ...]] = {
    "phone.ring_without_shift": ("open", "refuse"),
}


def bounds(dotted: str) -> tuple[float, float] | None:
    """The allowed range of a numeric policy value, by its dotted name (without `policy.`)."""
    for pattern, limits in BOUNDS.items():
        if fnmatchcase(dotted, pattern):
            return limits
    return None


@functools.cache
def _shipped() -> dict[str, Any]:
    try:
        return tomllib.loads(resource("policy.toml").read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"the shipped policy could not be read: {exc}") from exc


def deep_merge(base: dict[str, Any], override: dict[str, Any]) -> dict[str, Any]:
    """`override`'s values over `base`'s, table by table; neither is changed."""
    out = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = deep_merge(out[key], value)
        else:
            out[key] = value
    return out


def shipped_policy() -> dict[str, Any]:
    """A copy of resources/policy.toml as shipped (what config.toml may override)."""
    return copy.deepcopy(_shipped())


@dataclass(frozen=True)
class Policy:
    """The merged policy; `zone` is the branch's time zone every time is shown and judged in."""

    data: dict[str, Any]

    @classmethod
    def load(cls, config: BranchConfig | None = None) -> Policy:
        data = shipped_policy()
        if config is not None:
            data = deep_merge(data, config.policy_overrides)
            ring = dict(data.get("ring", {}))
            for name in ("ring.seconds_per_ring", "ring.rings"):
                if config.has(name):
                    ring[name.split(".")[1]] = config.get(name)
            data["ring"] = ring
        return cls(data)

    def get(self, dotted: str, default: Any = None) -> Any:
        node: Any = self.data
        for part in dotted.split("."):
            if not isinstance(node, dict) or part not in node:
                return default
            node = node[part]
        return node

    @property
    def seconds_per_ring(self) -> float:
        return float(self.get("ring.seconds_per_ring", 5.0))

    @property
    def rings(self) -> int:
        return int(self.get("ring.rings", 3))

    @property
    def answer_limit_seconds(self) -> float:
        """The three-ring rule as seconds: rings x cadence (15 s by default)."""
        return self.seconds_per_ring * self.rings

    @cached_property
    def zone(self) -> tzinfo:
        """The branch's zone (`[deadlines] timezone`, Asia/Shanghai by default): the one zone
        everything is shown and reported in, whatever the PC's own zone is."""
        return zone_named(str(self.get("deadlines.timezone", DEFAULT_TIMEZONE)))
