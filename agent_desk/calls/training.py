"""The training simulator: simulated customers ring at random intervals from scenario files.

New agents practise the three-ring rule and the scripts on calls from `resources/training/`
(caller, customer story, call type, the answer a good agent gives). Training runs against its
own database in the profile (`data/training/`), so a practice call can never appear in a real
shift report; `training_context` builds that separate world.
"""

from __future__ import annotations

import copy
import logging
import random
import tomllib
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from agent_desk.calls.events import RingEvent, RingSink
from agent_desk.clock import Clock
from agent_desk.paths import Profile, resource

if TYPE_CHECKING:
    from agent_desk.accounts import AgentInfo
    from agent_desk.context import AppContext
    from agent_desk.services import Services

log = logging.getLogger(__name__)

TRAINING_DIR_NAME = "training"
# Before every practice case number (练习): LX-TS-20261201-0001 can never be taken for a real
# complaint on a screenshot, a printout or a search.
CASE_NUMBER_PREFIX = "LX-"


@dataclass(frozen=True)
class Scenario:
    title: str
    caller: str
    customer_name: str
    category: str
    story: str
    expected_answer: str


def load_scenarios(folder: Path | None = None) -> list[Scenario]:
    folder = folder or resource("training")
    scenarios = []
    for path in sorted(folder.glob("*.toml")):
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
            scenarios.append(
                Scenario(
                    title=str(data.get("title", path.stem)),
                    caller=str(data["caller"]),
                    customer_name=str(data.get("customer_name", "")),
                    category=str(data.get("category", "other")),
                    story=str(data.get("story", "")),
                    expected_answer=str(data.get("expected_answer", "")),
                )
            )
        except (OSError, KeyError, tomllib.TOMLDecodeError) as exc:
            log.warning("training scenario %s skipped: %s", path.name, exc)
    return scenarios


class TrainingSimulator:
    """A ring source driven by `poll()`: the UI calls it from a repaint timer.

    The first call rings a random 20–90 s after the start, and each next one as long after the
    previous one ended; a simulated caller who is not answered within `give_up_seconds` hangs
    up, so missing the rule is practised too.
    """

    name = "training"

    def __init__(
        self,
        scenarios: list[Scenario],
        clock: Clock,
        rng: random.Random | None = None,
        gap_seconds: tuple[float, float] = (20.0, 90.0),
        first_after: float | None = None,
        give_up_seconds: float = 40.0,
    ) -> None:
        self.scenarios = scenarios
        self._clock = clock
        self._rng = rng or random.Random()
        self._gap = gap_seconds
        self._give_up = give_up_seconds
        if first_after is None:
            first_after = self._rng.uniform(*gap_seconds)
        self._next_at = clock.monotonic() + first_after
        self._ringing_since: float | None = None
        self._busy = False
        self._sink: RingSink | None = None
        self.current: Scenario | None = None

    def start(self, sink: RingSink) -> None:
        self._sink = sink

    def stop(self) -> None:
        self._sink = None

    def poll(self) -> RingEvent | None:
        """Deliver the next event if one is due; returns it (for tests and logs)."""
        if self._sink is None or not self.scenarios:
            return None
        now = self._clock.monotonic()
        if self._ringing_since is not None and now - self._ringing_since >= self._give_up:
            self._ringing_since = None
            self._busy = False
            self._schedule(now)
            return self._send(RingEvent("hangup", source=self.name))
        if self._busy or now < self._next_at:
            return None
        self.current = self._rng.choice(self.scenarios)
        self._ringing_since = now
        self._busy = True
        return self._send(
            RingEvent(
                "ring",
                caller=self.current.caller,
                source=self.name,
                extra={"scenario": self.current},
            )
        )

    def answered(self) -> None:
        """The trainee picked up: the simulated caller stops counting towards giving up."""
        self._ringing_since = None

    def finished(self) -> None:
        """The practice call is saved or dropped: schedule the next one."""
        self._ringing_since = None
        self._busy = False
        self._schedule(self._clock.monotonic())

    def _schedule(self, now: float) -> None:
        self._next_at = now + self._rng.uniform(*self._gap)

    def _send(self, event: RingEvent) -> RingEvent:
        if self._sink is not None:
            self._sink.handle_event(event)
        return event


def training_profile(profile: Profile) -> Profile:
    """The same installation, but the data (database, backups) under data/training/."""
    return replace(profile, data_dir=profile.data_dir / TRAINING_DIR_NAME)


def training_context(context: AppContext) -> AppContext:
    """The training world: its own database, and no share, so no practice shift is published.

    The configuration is a copy without a path: nothing done in training writes config.toml.
    """
    from agent_desk.config import BranchConfig

    data = copy.deepcopy(getattr(context.config, "_data", {}))
    data.get("share", {}).pop("location", None)
    return replace(
        context,
        profile=training_profile(context.profile).ensure(),
        config=BranchConfig(data, None),
    )


def open_training_services(context: AppContext, agent: AgentInfo) -> Services:
    """Services on the training database, with the logged-in agent copied in (no password)."""
    from agent_desk.services import Services

    services = Services.from_context(training_context(context))
    services.cases.number_prefix = CASE_NUMBER_PREFIX
    services.accounts.mirror(agent)
    log.info("training mode: practice calls go to %s", services.store.path)
    return services


def scenario_of(event: RingEvent) -> Scenario | None:
    extra: dict[str, Any] = event.extra or {}
    found = extra.get("scenario")
    return found if isinstance(found, Scenario) else None
