"""Every figure of a shift, defined once.

The desk's summary (`summary.py`), its `calls.csv`, the demo summaries, the supervisor reports
and the monthly grade all take their figures from here, so a figure cannot mean one thing in
the summary and another in the CSV or the report. `resources/schema/README.md` describes the
same definitions in words.

- A call contributes `CallFacts`: direction, outcome and its durations in whole milliseconds
  (sums of integers are exact, so the summary, the CSV and a report add up to the same value).
- The three-ring rule applies to inbound calls only: an outbound call has no answer delay and
  no `within_rule` (empty in calls.csv).
- Within-rule rate = inbound calls answered within the rule ÷ (inbound calls answered +
  inbound calls abandoned after the rule): a caller who hung up after 20 s of ringing was not
  served within three rings, and leaving them out would flatter the rate.
- A callback is done on time when it is done by its due time plus the grace period
  (`[callbacks] grace_minutes`, 15 by default). It is counted once, by the shift in which it
  was done or its grace ran out (`callback_settled_at`), never overdue before due + grace.
- The bounds a summary must keep: no shift has more than a day of seconds in any one figure,
  nor more than 100,000 of anything; numbers are finite.

No Qt, no database here: plain values in, plain values out.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta

MAX_SECONDS = 86_400  # any seconds figure of one shift
MAX_COUNT = 100_000  # any count of one shift
MAX_RATING = 5

CATEGORIES = ("inquiry", "complaint", "report", "suggestion", "repair", "other")
CASE_KINDS = ("complaint", "report", "inquiry", "suggestion", "repair")
BREAK_REASONS = ("meal", "rest", "training", "meeting", "other")
CASE_FIGURES = ("opened", "replied", "replied_on_time", "closed", "overdue")
CALLBACK_FIGURES = ("due", "done_on_time", "done_late", "overdue")

DEFAULT_GRACE_MINUTES = 15.0
DEFAULT_REMIND_BEFORE_MINUTES = 10.0


# --- one call -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CallFacts:
    """What one call contributes to the figures. Durations are whole milliseconds.

    `answer_delay_ms` is ring → answer of an answered inbound call (None otherwise);
    `ring_ms` how long it rang (for an abandoned call: until the caller hung up);
    `talk_ms` answer → hang-up, `wrapup_ms` hang-up → record saved.
    """

    direction: str  # "inbound" | "outbound"
    outcome: str  # "answered" | "abandoned" | "ringing"
    answer_delay_ms: int | None
    ring_ms: int
    talk_ms: int = 0
    wrapup_ms: int = 0
    category: str = ""
    resolution: str = ""
    satisfaction: int | None = None
    greeting: bool = False
    signoff: bool = False

    @property
    def inbound(self) -> bool:
        return self.direction == "inbound"

    @property
    def answered_inbound(self) -> bool:
        return self.direction == "inbound" and self.outcome == "answered"

    @property
    def abandoned(self) -> bool:
        return self.direction == "inbound" and self.outcome == "abandoned"

    @property
    def handled(self) -> bool:
        """Talked calls: answered inbound calls and every outbound call."""
        return self.direction == "outbound" or self.answered_inbound


def ms(seconds: float | None) -> int | None:
    """Seconds as whole milliseconds (the unit every duration is summed in)."""
    return None if seconds is None else round(seconds * 1000)


def ms_between(start: datetime | None, end: datetime | None) -> int:
    if start is None or end is None:
        return 0
    return max(0, round((end - start).total_seconds() * 1000))


def limit_ms(answer_limit_seconds: float) -> int:
    return round(answer_limit_seconds * 1000)


def within_rule(call: CallFacts, limit: int) -> bool | None:
    """Answered inbound: delay <= the limit (15.000 s passes, 15.001 s does not).
    Outbound, abandoned or still ringing: None, the rule does not apply."""
    if not call.answered_inbound:
        return None
    return (call.answer_delay_ms or 0) <= limit


def abandoned_after_rule(call: CallFacts, limit: int) -> bool:
    return call.abandoned and call.ring_ms > limit


# --- ratios: one formula each, for a shift and for any group of shifts -------------------------


def ratio(part: float, whole: float) -> float | None:
    return part / whole if whole else None


def within_rule_base(answered: float, abandoned_after_rule: float) -> float:
    """The denominator of the within-rule rate: answered + abandoned after the rule."""
    return answered + abandoned_after_rule


def within_rule_rate(
    answered_within_rule: float, answered: float, abandoned_after_rule: float
) -> float | None:
    return ratio(answered_within_rule, within_rule_base(answered, abandoned_after_rule))


def _round(value: float | None, digits: int) -> float | None:
    return None if value is None else round(value, digits)


def _seconds(total_ms: int) -> float:
    return total_ms / 1000


def _capped_seconds(total_ms: int) -> float:
    """A sum of call durations, at most a day: calls that overlap (a caller on hold while
    another is talked to) can add up to more than the shift; the summary must still be one
    a report accepts, or the shift could never close."""
    return min(total_ms, MAX_SECONDS * 1000) / 1000


# --- the calls section of a summary -------------------------------------------------------------


def call_figures(calls: Iterable[CallFacts], answer_limit_seconds: float) -> dict[str, object]:
    """The `calls` section of a version-2 summary (resources/schema/README.md)."""
    limit = limit_ms(answer_limit_seconds)
    offered = answered = outbound = ab_within = ab_after = within = handled = 0
    delay_sum = delay_max = talk = wrapup = resolved = greeting = signoff = 0
    rating_sum = rating_count = 0
    delay_count = 0
    by_category = dict.fromkeys(CATEGORIES, 0)
    for c in calls:
        if c.inbound:
            offered += 1
            if c.outcome == "answered":
                answered += 1
                delay = c.answer_delay_ms or 0
                delay_sum += delay
                delay_max = max(delay_max, delay)
                delay_count += 1
                if delay <= limit:
                    within += 1
            elif c.outcome == "abandoned":
                if c.ring_ms > limit:
                    ab_after += 1
                else:
                    ab_within += 1
        else:
            outbound += 1
        if not c.handled:
            continue
        handled += 1
        talk += c.talk_ms
        wrapup += c.wrapup_ms
        by_category[c.category if c.category in by_category else "other"] += 1
        if c.resolution == "resolved":
            resolved += 1
        if c.satisfaction is not None:
            rating_sum += c.satisfaction
            rating_count += 1
        greeting += bool(c.greeting)
        signoff += bool(c.signoff)
    base = within_rule_base(answered, ab_after)
    return {
        "offered": offered,
        "answered": answered,
        "outbound": outbound,
        "abandoned_within_rule": ab_within,
        "abandoned_after_rule": ab_after,
        "answered_within_rule": within,
        "within_rule_base": base,
        "within_rule_pct": _round(ratio(within, base), 6),
        "answer_delay_sum_seconds": _capped_seconds(delay_sum),
        "answer_delay_avg_seconds": _round(ratio(_capped_seconds(delay_sum), delay_count), 3),
        "answer_delay_max_seconds": _seconds(delay_max) if delay_count else None,
        "talk_seconds": _capped_seconds(talk),
        "wrapup_seconds": _capped_seconds(wrapup),
        "handled": handled,
        "handle_avg_seconds": _round(
            ratio(_capped_seconds(talk) + _capped_seconds(wrapup), handled), 3
        ),
        "by_category": by_category,
        "resolved_on_call": resolved,
        "resolution_pct": _round(ratio(resolved, handled), 6),
        "satisfaction_sum": rating_sum,
        "satisfaction_count": rating_count,
        "satisfaction_avg": _round(ratio(rating_sum, rating_count), 4),
        "greeting_given": greeting,
        "signoff_given": signoff,
        "greeting_pct": _round(ratio(greeting, handled), 6),
        "signoff_pct": _round(ratio(signoff, handled), 6),
    }


# --- breaks and online time ---------------------------------------------------------------------


def time_figures(span_ms: int, breaks_ms: Mapping[str, int]) -> dict[str, object]:
    """Online time is the shift's span minus its breaks; breaks are summed by reason."""
    by_reason = {reason: 0 for reason in BREAK_REASONS}
    for reason, value in breaks_ms.items():
        by_reason[reason if reason in by_reason else "other"] += max(0, int(value))
    total = sum(by_reason.values())
    return {
        "online_seconds": _seconds(max(0, span_ms - total)),
        "break_seconds": _seconds(total),
        "break_by_reason": {k: _seconds(v) for k, v in by_reason.items()},
    }


# --- callbacks ----------------------------------------------------------------------------------


def grace(minutes: float | None) -> timedelta:
    return timedelta(minutes=DEFAULT_GRACE_MINUTES if minutes is None else float(minutes))


def callback_on_time(done_at: datetime, due_at: datetime, grace_period: timedelta) -> bool:
    """Done by the promised time plus the grace period: a call made 20 s after the reminder
    at the due time is on time."""
    return done_at <= due_at + grace_period


@dataclass(frozen=True, slots=True)
class CallbackFacts:
    due_at: datetime
    done_at: datetime | None


def callback_settled_at(cb: CallbackFacts, grace_period: timedelta) -> datetime:
    """When a callback's outcome is known: when it was done, or when its grace ran out unheeded
    (due + grace), whichever comes first. A callback is counted by the shift whose window holds
    this moment, and by no other: one due at 16:58 with 15 min grace is not overdue at a 17:00
    close, and is counted by the next shift (done on time, done late or overdue)."""
    deadline = cb.due_at + grace_period
    return deadline if cb.done_at is None else min(cb.done_at, deadline)


def callback_figures(
    callbacks: Iterable[CallbackFacts],
    window_start: datetime | None,
    shift_end: datetime,
    grace_period: timedelta,
) -> dict[str, int]:
    """The callbacks settled in (window_start, shift_end] (see `callback_settled_at`;
    `window_start` is the end of the agent's previous shift, None for no lower bound): done on
    time (by due + grace), done late (after that but by the shift's end, inclusive), or overdue
    (not done by the shift's end although due + grace has passed)."""
    due = on_time = late = 0
    for cb in callbacks:
        settled = callback_settled_at(cb, grace_period)
        if settled > shift_end or (window_start is not None and settled <= window_start):
            continue
        due += 1
        if cb.done_at is None or cb.done_at > shift_end:
            continue
        if callback_on_time(cb.done_at, cb.due_at, grace_period):
            on_time += 1
        else:
            late += 1
    return {"due": due, "done_on_time": on_time, "done_late": late, "overdue": due - on_time - late}


# --- figures of any group of shifts (reports and grades) ---------------------------------------

# kind: "count" (integer), "pct" (fraction 0..1), "seconds", "hours", "rating"
REPORT_FIGURES: tuple[tuple[str, str], ...] = (
    ("shifts", "count"),
    ("offered", "count"),
    ("answered", "count"),
    ("missed", "count"),
    ("within_rule_pct", "pct"),
    ("answer_delay_avg", "seconds"),
    ("handle_avg", "seconds"),
    ("resolution_pct", "pct"),
    ("satisfaction_avg", "rating"),
    ("greeting_pct", "pct"),
    ("signoff_pct", "pct"),
    ("online_hours", "hours"),
    ("online_hours_per_shift", "hours"),
    ("break_hours", "hours"),
    ("cases_opened", "count"),
    ("cases_closed", "count"),
    ("cases_overdue", "count"),
    ("callbacks_on_time", "count"),
    ("callbacks_overdue", "count"),
    ("replied_on_time_pct", "pct"),
)

# A percentage is shown with what it was made of: (numerator, denominator) of summed counts.
RATIO_PARTS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "within_rule_pct": (("answered_within_rule",), ("answered", "abandoned_after_rule")),
    "resolution_pct": (("resolved",), ("handled",)),
    "greeting_pct": (("greeting",), ("handled",)),
    "signoff_pct": (("signoff",), ("handled",)),
    "replied_on_time_pct": (("cases_replied_on_time",), ("cases_replied",)),
}


def ratio_parts(name: str, sums: Mapping[str, float]) -> tuple[float, float] | None:
    """(numerator, denominator) of a percentage figure over summed counts; None otherwise."""
    parts = RATIO_PARTS.get(name)
    if parts is None:
        return None
    get = sums.get
    top = bottom = 0
    for key in parts[0]:
        top += get(key, 0)
    for key in parts[1]:
        bottom += get(key, 0)
    return top, bottom


def report_figure(
    name: str, sums: Mapping[str, float], shifts: int, cases_overdue: int
) -> float | None:
    """One report figure from the summed counts of some shifts (never averaged percentages).

    `cases_overdue` is a snapshot at each shift's end, so the caller passes each agent's
    latest snapshot instead of a sum.
    """

    def g(key: str) -> float:
        return sums.get(key, 0)

    parts = ratio_parts(name, sums)
    if parts is not None:
        return ratio(*parts)
    match name:
        case "shifts":
            return shifts
        case "missed":
            return g("abandoned_within_rule") + g("abandoned_after_rule")
        case "answer_delay_avg":
            return ratio(g("answer_delay_sum"), g("answered"))
        case "handle_avg":
            return ratio(g("talk_seconds") + g("wrapup_seconds"), g("handled"))
        case "satisfaction_avg":
            return ratio(g("satisfaction_sum"), g("satisfaction_count"))
        case "online_hours":
            return g("online_seconds") / 3600
        case "online_hours_per_shift":
            return ratio(g("online_seconds") / 3600, shifts)
        case "break_hours":
            return g("break_seconds") / 3600
        case "cases_overdue":
            return cases_overdue
        case _:
            return g(name)


def script_compliance(greeting: float, signoff: float, handled: float) -> float | None:
    """(greetings + sign-offs) ÷ (2 × handled calls), for the grade."""
    return ratio(greeting + signoff, 2 * handled)


def follow_up_timeliness(
    replied_on_time: float, callbacks_on_time: float, replied: float, callbacks_due: float,
    cases_overdue: float,
) -> float | None:  # fmt: skip
    """(cases replied on time + callbacks on time) ÷ (cases replied + callbacks due + cases
    still overdue at the last shift), for the grade."""
    return ratio(replied_on_time + callbacks_on_time, replied + callbacks_due + cases_overdue)


def finite(value: float) -> bool:
    return math.isfinite(value)
