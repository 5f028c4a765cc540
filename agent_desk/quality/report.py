"""Quality figures for reports: average review score per agent and month, reviews done against
required, and the value the grade's service-norm component is made from.

One rule says which month a review belongs to, for the reviews and for what is required alike:
**the month of its ISO week's Thursday** (ISO's own rule for which month and year a week is
in). A week is reviewed as a whole (the sample is drawn per week), so it is never split between
two months: week 2026-W49 (Monday 30 November to Sunday 6 December) is December's, its reviews
and its requirement both, even those of calls on 30 November. A report of a period holds the
weeks whose Thursday lies in it, and no month outside it; to count them it reads the whole of
those weeks (up to three days before and after the period, `reading_days`).

- required per agent and week: `[quality] sample_per_agent`, or all the answered calls when
  the agent had fewer (from the shift summaries); a week without answered calls requires none;
- done: the reviews of the week's calls (each review once, its newest revision);
- service norm (agent_desk/reports/grades.py, 0-100): average score × 10 × done ÷ required
  (at most 1), so a review left undone counts as a 0 and not reviewing an agent never raises
  their grade; with nothing required (no summaries say the agent answered calls) the average
  alone; with nothing required and nothing done, empty (its weight goes to the others).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from agent_desk.quality.published import PublishedReview
from agent_desk.quality.weeks import week_of

THURSDAY = 4


@dataclass(frozen=True)
class QualityRow:
    agent_key: str  # BJ01·1001
    agent_name: str
    month: str  # YYYY-MM
    reviews: int
    average: float | None  # 1-10, None when no review
    required: int

    @property
    def service_norm(self) -> float | None:
        """The average, scaled by how much of what was required was done (0-10), for the
        grade; None when there is nothing to score."""
        if self.required <= 0:
            return self.average
        done = min(1.0, self.reviews / self.required)
        return (self.average or 0.0) * done


def thursday(day: date) -> date:
    """The Thursday of the ISO week `day` is in."""
    return day + timedelta(days=THURSDAY - day.isoweekday())


def month_of(day: date) -> str:
    """YYYY-MM that the quality review books `day` to: the month of its week's Thursday."""
    return f"{thursday(day):%Y-%m}"


def reading_days(date_from: date, date_to: date) -> tuple[date, date]:
    """The days a report of [date_from, date_to] reads for its quality figures: every day of
    the weeks whose Thursday lies in the period."""
    first = thursday(date_from)
    if first < date_from:
        first += timedelta(days=7)
    last = thursday(date_to)
    if last > date_to:
        last -= timedelta(days=7)
    if last < first:  # a period of a few days with no Thursday in it: no week
        return date_from, date_to
    return first - timedelta(days=3), last + timedelta(days=3)


def _in_period(day: date, period: tuple[date, date] | None) -> bool:
    return period is None or period[0] <= thursday(day) <= period[1]


def month_averages(
    reviews: Iterable[PublishedReview], period: tuple[date, date] | None = None
) -> dict[tuple[str, str], float]:
    """(agent key, YYYY-MM) → average score, of the weeks whose Thursday is in `period`."""
    sums: dict[tuple[str, str], list[int]] = defaultdict(list)
    for r in reviews:
        if _in_period(r.day, period):
            sums[(r.agent_key, month_of(r.day))].append(r.score)
    return {k: sum(v) / len(v) for k, v in sums.items()}


def required_reviews(
    answered_by_day: Mapping[tuple[str, date], int],
    per_agent: int,
    period: tuple[date, date] | None = None,
) -> dict[tuple[str, str], int]:
    """(agent key, YYYY-MM) → reviews required: per ISO week min(per_agent, answered calls),
    booked to the month of the week's Thursday."""
    weekly: dict[tuple[str, str], int] = defaultdict(int)
    month: dict[str, str] = {}
    # a year of 300 agents is 110,000 (agent, day) pairs over 365 days: each day's week and
    # month are worked out once (the year report's warm load spent most of its time here)
    of_day: dict[date, str | None] = {}
    for (agent, day), answered in answered_by_day.items():
        if day in of_day:
            week = of_day[day]
        else:
            week = of_day[day] = week_of(day) if _in_period(day, period) else None
            if week is not None:
                month[week] = month_of(day)
        if week is not None:
            weekly[(agent, week)] += answered
    out: dict[tuple[str, str], int] = defaultdict(int)
    for (agent, week), answered in weekly.items():
        out[(agent, month[week])] += min(per_agent, answered)
    return dict(out)


def quality_rows(
    reviews: Iterable[PublishedReview],
    answered_by_day: Mapping[tuple[str, date], int],
    per_agent: int,
    names: dict[str, str] | None = None,
    period: tuple[date, date] | None = None,
) -> list[QualityRow]:
    """A row per agent and month: reviews done, required, average. With `period`, only the
    weeks whose Thursday lies in it (so only months of the period); give it the reviews and
    answered calls of `reading_days(period)`."""
    reviews = [r for r in reviews if _in_period(r.day, period)]
    averages = month_averages(reviews)
    counts: dict[tuple[str, str], int] = defaultdict(int)
    names = dict(names or {})
    for r in reviews:
        counts[(r.agent_key, month_of(r.day))] += 1
        names.setdefault(r.agent_key, r.agent_name)
    required = required_reviews(answered_by_day, per_agent, period)
    keys = sorted(set(counts) | set(required))
    return [
        QualityRow(
            agent_key=agent,
            agent_name=names.get(agent, ""),
            month=month,
            reviews=counts.get((agent, month), 0),
            average=None if (agent, month) not in averages else round(averages[(agent, month)], 2),
            required=required.get((agent, month), 0),
        )
        for agent, month in keys
    ]


def service_norm_values(rows: Iterable[QualityRow]) -> dict[tuple[str, str], float]:
    """(agent key, YYYY-MM) → the 0-10 value the grade's service norm is made from
    (`QualityRow.service_norm`); months with nothing to score are left out."""
    out: dict[tuple[str, str], float] = {}
    for row in rows:
        value = row.service_norm
        if value is not None:
            out[(row.agent_key, row.month)] = value
    return out
