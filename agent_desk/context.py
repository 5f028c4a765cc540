"""What every part of the app needs before the database is open: profile, clock, settings, policy.

Kept free of SQLAlchemy so the window can appear while the store opens in the background.
"""

from __future__ import annotations

from dataclasses import dataclass

from agent_desk.clock import Clock, SystemClock
from agent_desk.config import BranchConfig
from agent_desk.dbkey import KeyStore
from agent_desk.paths import Profile
from agent_desk.policy import Policy


@dataclass
class AppContext:
    profile: Profile
    clock: Clock
    config: BranchConfig
    policy: Policy

    @classmethod
    def load(cls, profile: Profile, clock: Clock | None = None) -> AppContext:
        profile.ensure()
        config = BranchConfig.load(profile.config_file)
        return cls(profile, clock or SystemClock(), config, Policy.load(config))

    def key_store(self) -> KeyStore:
        """Where this profile's database key lives (its training database shares it)."""
        return KeyStore.for_profile(
            self.profile.config_dir, self.config.get("database.key_file") or ""
        )
