"""The three-ring rule and the escalation clocks, as pure state machines on a monotonic clock.

Nothing here counts timer ticks: every state is computed from the clock's monotonic reading at
the moment it is asked for, so a slow repaint can never make the countdown drift, and the rule is
tested exactly (answered at 14.9 s and 15.0 s is within three rings, at 15.1 s it is not).
Durations are compared in whole milliseconds, the unit they are stored in, so a floating-point
15.000000001 cannot turn a verdict.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum

from agent_desk.clock import Clock
from agent_desk.policy import Policy


class Phase(StrEnum):
    RINGING = "ringing"  # calm: more than one ring left
    LAST_RING = "last_ring"  # amber: the last ring under the rule
    OVERDUE = "overdue"  # red: the rule is broken, the delay keeps counting
    ANSWERED = "answered"
    ABANDONED = "abandoned"  # the caller hung up before anyone answered


def to_ms(seconds: float) -> int:
    """Seconds to whole milliseconds, rounded so 14.9000000001 s is 14900 ms."""
    return round(seconds * 1000)


@dataclass(frozen=True)
class RingState:
    """What the banner shows at one instant."""

    phase: Phase
    elapsed_ms: int
    ring: int  # the ring sounding now, 1-based; keeps counting past the rule
    rings: int  # rings allowed by the rule
    rings_left: int  # rings still allowed after this one
    seconds_left: float  # until the rule is broken; 0 once overdue
    overdue_ms: int  # how far past the rule; 0 while within

    @property
    def within_rule(self) -> bool:
        return self.phase in (Phase.RINGING, Phase.LAST_RING)


@dataclass(frozen=True)
class RingOutcome:
    """How a ring ended: answered after `delay_ms`, or abandoned after ringing `delay_ms`."""

    answered: bool
    delay_ms: int
    within_rule: bool


class RingCountdown:
    """One ringing call measured against the three-ring rule of the policy."""

    def __init__(self, clock: Clock, policy: Policy, started: float | None = None) -> None:
        self._clock = clock
        self.seconds_per_ring = policy.seconds_per_ring
        self.rings = policy.rings
        self.limit_ms = to_ms(policy.answer_limit_seconds)
        self.started = clock.monotonic() if started is None else started
        self.outcome: RingOutcome | None = None
        self._ended_ms: int | None = None

    def _elapsed_ms(self) -> int:
        if self._ended_ms is not None:
            return self._ended_ms
        return max(0, to_ms(self._clock.monotonic() - self.started))

    def state(self) -> RingState:
        elapsed = self._elapsed_ms()
        ring = min(math.floor(elapsed / to_ms(self.seconds_per_ring)) + 1, 10_000)
        if self.outcome is not None:
            phase = Phase.ANSWERED if self.outcome.answered else Phase.ABANDONED
        elif elapsed > self.limit_ms:
            phase = Phase.OVERDUE
        elif ring >= self.rings:
            phase = Phase.LAST_RING
        else:
            phase = Phase.RINGING
        return RingState(
            phase=phase,
            elapsed_ms=elapsed,
            ring=ring,
            rings=self.rings,
            rings_left=max(0, self.rings - ring),
            seconds_left=max(0, self.limit_ms - elapsed) / 1000,
            overdue_ms=max(0, elapsed - self.limit_ms),
        )

    def _end(self, answered: bool) -> RingOutcome:
        if self.outcome is not None:
            return self.outcome
        elapsed = self._elapsed_ms()
        self._ended_ms = elapsed
        self.outcome = RingOutcome(answered, elapsed, elapsed <= self.limit_ms)
        return self.outcome

    def answer(self) -> RingOutcome:
        """The agent picked up: the answer delay and whether it met the rule. Idempotent."""
        return self._end(True)

    def abandon(self) -> RingOutcome:
        """The caller hung up first: how long it rang, and whether that was within the rule."""
        return self._end(False)


class Escalation(StrEnum):
    TRANSFER = "transfer"  # a complex question is transferred within 2 minutes
    SUPERVISOR = "supervisor"  # a customer conflict gets a supervisor within 15 minutes


_POLICY_KEYS = {
    Escalation.TRANSFER: ("escalation.transfer_complex_seconds", 120.0),
    Escalation.SUPERVISOR: ("escalation.supervisor_conflict_seconds", 900.0),
}


@dataclass(frozen=True)
class EscalationState:
    kind: Escalation
    elapsed_ms: int
    limit_ms: int
    seconds_left: float
    overdue_ms: int
    done: bool  # transferred / supervisor arrived
    met: bool | None  # only known once done

    @property
    def overdue(self) -> bool:
        return self.overdue_ms > 0


class EscalationClock:
    """Started when the agent flags a call complex (transfer) or a conflict (supervisor)."""

    def __init__(
        self, kind: Escalation, clock: Clock, policy: Policy, started: float | None = None
    ) -> None:
        key, default = _POLICY_KEYS[kind]
        self.kind = kind
        self._clock = clock
        self.limit_ms = to_ms(float(policy.get(key, default)))
        self.started = clock.monotonic() if started is None else started
        self._done_ms: int | None = None

    def _elapsed_ms(self) -> int:
        if self._done_ms is not None:
            return self._done_ms
        return max(0, to_ms(self._clock.monotonic() - self.started))

    def state(self) -> EscalationState:
        elapsed = self._elapsed_ms()
        done = self._done_ms is not None
        return EscalationState(
            kind=self.kind,
            elapsed_ms=elapsed,
            limit_ms=self.limit_ms,
            seconds_left=max(0, self.limit_ms - elapsed) / 1000,
            overdue_ms=max(0, elapsed - self.limit_ms),
            done=done,
            met=(elapsed <= self.limit_ms) if done else None,
        )

    def stop(self) -> bool:
        """The transfer happened / the supervisor came: True when within the limit."""
        if self._done_ms is None:
            self._done_ms = self._elapsed_ms()
        return self._done_ms <= self.limit_ms
