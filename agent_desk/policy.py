"""The service policy: deadlines, ring cadence, targets and grading weights.

Shipped defaults live in `resources/policy.toml`; a branch overrides them in its config.toml
under `[policy.*]`, and the `ring.*` keys of config.toml win over the policy's ring section.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from typing import Any

from agent_desk.config import BranchConfig, deep_merge
from agent_desk.errors import ConfigError
from agent_desk.paths import resource


@dataclass(frozen=True)
class Policy:
    data: dict[str, Any]

    @classmethod
    def load(cls, config: BranchConfig | None = None) -> Policy:
        try:
            data = tomllib.loads(resource("policy.toml").read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"the shipped policy could not be read: {exc}") from exc
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
