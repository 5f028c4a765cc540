"""Quality figures for reports: average review score per agent and month, and reviews done
against required (per ISO week: `[quality] sample_per_agent`, or all the answered calls when
the agent had fewer, from the shift summaries), and the grade's service-norm component
(average score × 10, agent_desk/reports/grades.py)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from agent_desk.quality.published import PublishedReview
from agent_desk.quality.weeks import week_of


@dataclass(frozen=True)
class QualityRow:
    agent_key: str  # BJ01·1001
    agent_name: str
    month: str  # YYYY-MM
    reviews: int
    average: float | None  # 1-10, None when no review
    required: int


def month_averages(reviews: Iterable[PublishedReview]) -> dict[tuple[str, str], float]:
    """(agent key, YYYY-MM) → average score, for the grade's service-norm component."""
    sums: dict[tuple[str, str], list[int]] = defaultdict(list)
    for r in reviews:
        sums[(r.agent_key, f"{r.day:%Y-%m}")].append(r.score)
    return {k: sum(v) / len(v) for k, v in sums.items()}


def required_reviews(
    answered_by_day: dict[tuple[str, date], int], per_agent: int
) -> dict[tuple[str, str], int]:
    """(agent key, YYYY-MM) → reviews required: per ISO week min(per_agent, answered calls),
    counted in the month of the week's Thursday (ISO's own rule for which month a week is in)."""
    weekly: dict[tuple[str, str], int] = defaultdict(int)
    thursday: dict[str, date] = {}
    for (agent, day), answered in answered_by_day.items():
        week = week_of(day)
        weekly[(agent, week)] += answered
        thursday[week] = date.fromisocalendar(*day.isocalendar()[:2], 4)
    out: dict[tuple[str, str], int] = defaultdict(int)
    for (agent, week), answered in weekly.items():
        out[(agent, f"{thursday[week]:%Y-%m}")] += min(per_agent, answered)
    return dict(out)


def quality_rows(
    reviews: Iterable[PublishedReview],
    answered_by_day: dict[tuple[str, date], int],
    per_agent: int,
    names: dict[str, str] | None = None,
) -> list[QualityRow]:
    reviews = list(reviews)
    averages = month_averages(reviews)
    counts: dict[tuple[str, str], int] = defaultdict(int)
    names = dict(names or {})
    for r in reviews:
        counts[(r.agent_key, f"{r.day:%Y-%m}")] += 1
        names.setdefault(r.agent_key, r.agent_name)
    required = required_reviews(answered_by_day, per_agent)
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
