"""The monthly grade: each agent's weighted score per calendar month, for every month asked.

How each component is scored, 0-100 (see also README "Supervisor reports"):
- answer_speed: the within-rule rate (answered within three rings ÷ (answered + abandoned after
  the rule)), relative to targets.within_rule_rate (at or above the target: 100).
- online_time: online hours per shift relative to targets.online_hours.
- volume: handled calls per online hour relative to the median of the agents graded together
  (the median agent scores 100; half the median's pace scores 50).
- satisfaction: the month's rating average; 100 at targets.satisfaction, 60 at
  targets.satisfaction_floor, linear between; below the floor linear down to 0 at a rating of 1.
- resolution: resolved on the call ÷ handled, relative to targets.resolution_rate.
- script_compliance: (greetings + sign-offs given) ÷ (2 × handled), relative to the mean of
  targets.greeting_rate and targets.signoff_rate.
- follow_up_timeliness: (cases replied on time + callbacks done on time) ÷ (cases replied +
  callbacks due + cases overdue at the agent's last shift of the month); 100 when all were on
  time.
- service_norm: the month's average quality-review score (1-10, supervisors' weekly samples
  published under `qa/` on the share) × 10 × reviews done ÷ required (at most 1), so an
  average of 8.5 with every required review done scores 85, and with 2 of 5 done 34: a review
  left undone counts as 0, and not reviewing an agent never raises their grade. Weeks count in
  the month of their Thursday. Empty when nothing was required and nothing reviewed. The rule
  is agent_desk/quality/report.py's (`QualityRow.service_norm`); `review_averages` carries its
  0-10 value per agent and month.
- knowledge: the agent's knowledge-base articles first published in the month (the newest
  version-3 summary of the month says how many so far; summaries are month-to-date, so the
  month's largest count is taken, never a sum) ÷ knowledge.monthly_target (5), capped at 100:
  5 or more articles score 100, 3 score 60, none 0. Empty when no summary of the month is
  version 3 (older desks do not report it).
A component with nothing to score (no calls, no follow-ups) is shown empty and its weight is
shared out among the others. The score is Σ weight × component ÷ Σ weights used; the grade
follows grading.thresholds (excellent ≥ 90, good ≥ 80, pass ≥ 60, else fail).
"""

from __future__ import annotations

import operator
import statistics
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from agent_desk.policy import Policy
from agent_desk.reports.rows import ShiftRow, collector_paused
from agent_desk.reports.table import Group, Targets, aggregate, aggregate_agent_months
from agent_desk.shifts.figures import follow_up_timeliness, report_figure, script_compliance

COMPONENTS = (
    "answer_speed",
    "online_time",
    "volume",
    "satisfaction",
    "resolution",
    "script_compliance",
    "follow_up_timeliness",
    "service_norm",
    "knowledge",
)
GRADES = ("excellent", "good", "pass", "fail")  # 优秀 / 良好 / 合格 / 不合格


@dataclass(frozen=True)
class GradeRow:
    agent_no: str
    agent_name: str
    shifts: int
    components: dict[str, float | None]  # 0-100, None when there was nothing to score
    score: float | None
    grade: str | None
    branch_code: str = ""
    month: str = ""  # YYYY-MM

    @property
    def agent_key(self) -> str:
        return f"{self.branch_code}·{self.agent_no}" if self.branch_code else self.agent_no

    @property
    def label(self) -> str:
        """`BJ01·1001 李小梅`."""
        return f"{self.agent_key} {self.agent_name}".rstrip()


def _capped(value: float | None, target: float | None) -> float | None:
    if value is None:
        return None
    if not target:
        return 100.0 * min(1.0, value)
    return 100.0 * min(1.0, value / target)


def satisfaction_score(avg: float | None, target: float, floor: float) -> float | None:
    """100 at or above the target, 60 (a pass) at the floor, linear between and below to 0 at 1."""
    if avg is None:
        return None
    if avg >= target:
        return 100.0
    if avg >= floor:
        return 60.0 + 40.0 * (avg - floor) / max(target - floor, 1e-9)
    return max(0.0, 60.0 * (avg - 1.0) / max(floor - 1.0, 1e-9))


_KB_PUBLISHED = operator.itemgetter(ShiftRow._fields.index("kb_published"))


def knowledge_score(rows: Iterable[ShiftRow], monthly_target: float) -> float | None:
    """Contributions ÷ the monthly target, 0-100; None when no row reports them (an older
    summary says -1, so the largest count below 0 means none did)."""
    largest = max(map(_KB_PUBLISHED, rows), default=-1)
    if largest < 0:
        return None
    return _capped(float(largest), monthly_target)


def grade_month(
    rows: Iterable[ShiftRow],
    month: date,
    policy: Policy,
    *,
    of_month: bool = False,
    review_averages: Mapping[tuple[str, str], float] | None = None,
    groups: Sequence[Group] | None = None,
) -> list[GradeRow]:
    """Each agent's weighted score for the calendar month of `month`, with every component
    (`of_month`: the rows are already that month's; `review_averages`: (agent key, YYYY-MM) →
    average review score, agent_desk/quality/report.py; `groups`: the month's rows already
    grouped by agent, `table.aggregate_agent_months`)."""
    weights = {c: float(policy.get(f"grading.weights.{c}", 0.0)) for c in COMPONENTS}
    thresholds = (
        ("excellent", float(policy.get("grading.thresholds.excellent", 90))),
        ("good", float(policy.get("grading.thresholds.good", 80))),
        ("pass", float(policy.get("grading.thresholds.pass", 60))),
    )
    t = Targets.from_policy(policy).by_figure

    def target(name: str, default: float) -> float:
        return t[name].value if name in t else default

    prefix = f"{month.year:04d}-{month.month:02d}-"
    if groups is None:
        groups = aggregate(
            rows if of_month else (r for r in rows if r.day.startswith(prefix)), "agent"
        )
    paces = {}
    for g in groups:
        hours = g.totals.get("online_seconds") / 3600
        if hours > 0:
            paces[g.key] = g.totals.get("handled") / hours
    reference = statistics.median(paces.values()) if paces else None
    sat_target = float(policy.get("targets.satisfaction", 4.5))
    sat_floor = float(policy.get("targets.satisfaction_floor", sat_target))
    script_target = (target("greeting_pct", 1.0) + target("signoff_pct", 1.0)) / 2
    kb_target = float(policy.get("knowledge.monthly_target", 5))
    out = []
    within_rule_target = target("within_rule_pct", 0.9)
    online_target = target("online_hours_per_shift", 6.0)
    resolution_target = target("resolution_pct", 0.9)
    for g in groups:
        tot = g.totals
        sums = tot.sums
        get = sums.get
        shifts = tot.shifts
        # none of these figures is cases_overdue, the one that needs the latest snapshot
        comps: dict[str, float | None] = {
            "answer_speed": _capped(
                report_figure("within_rule_pct", sums, shifts, 0), within_rule_target
            ),
            "online_time": _capped(
                report_figure("online_hours_per_shift", sums, shifts, 0), online_target
            ),
            "volume": _capped(paces.get(g.key), reference) if reference else None,
            "satisfaction": satisfaction_score(
                report_figure("satisfaction_avg", sums, shifts, 0), sat_target, sat_floor
            ),
            "resolution": _capped(
                report_figure("resolution_pct", sums, shifts, 0), resolution_target
            ),
            "script_compliance": _capped(
                script_compliance(get("greeting", 0), get("signoff", 0), get("handled", 0)),
                script_target,
            ),
            "follow_up_timeliness": _capped(
                follow_up_timeliness(
                    get("cases_replied_on_time", 0),
                    get("callbacks_on_time", 0),
                    get("cases_replied", 0),
                    get("callbacks_due", 0),
                    tot.cases_overdue,
                ),
                1.0,
            ),
            "service_norm": _review_score(review_averages, g.key, prefix[:7]),
            "knowledge": knowledge_score(g.rows, kb_target),
        }
        used = {c: v for c, v in comps.items() if v is not None and weights[c] > 0}
        weight_sum = sum(weights[c] for c in used)
        score = sum(weights[c] * v for c, v in used.items()) / weight_sum if weight_sum else None
        grade = None
        if score is not None:
            grade = next((name for name, low in thresholds if score >= low - 1e-9), "fail")
        last = g.rows[-1]
        out.append(
            GradeRow(
                last.agent_no,
                " / ".join(g.names),
                tot.shifts,
                comps,
                None if score is None else round(score, 1),
                grade,
                branch_code=last.branch_code,
                month=prefix[:7],
            )
        )
    return out


def _review_score(
    averages: Mapping[tuple[str, str], float] | None, agent_key: str, month: str
) -> float | None:
    if not averages or (agent_key, month) not in averages:
        return None
    return max(0.0, min(100.0, 10.0 * averages[(agent_key, month)]))


def months_in(rows: Iterable[ShiftRow]) -> list[date]:
    return sorted({date(int(r.day[:4]), int(r.day[5:7]), 1) for r in rows})


def months_between(date_from: date, date_to: date) -> list[date]:
    """The first day of every calendar month the period touches."""
    out = []
    month = date_from.replace(day=1)
    while month <= date_to:
        out.append(month)
        month = date(month.year + month.month // 12, month.month % 12 + 1, 1)
    return out


def grade_period(
    rows: Iterable[ShiftRow],
    date_from: date,
    date_to: date,
    policy: Policy,
    review_averages: Mapping[tuple[str, str], float] | None = None,
    agent_months: Mapping[str, Sequence[Group]] | None = None,
) -> list[GradeRow]:
    """The grade of every month of the period (`month` on each row), month by month.

    `agent_months`: the rows' groups by agent of each month (YYYY-MM), when the caller has them
    already (`table.aggregate_agent_months`, which the table by agent is made from too)."""
    with collector_paused():  # rows.collector_paused
        if agent_months is None:
            agent_months = aggregate_agent_months(rows)[1]
        out: list[GradeRow] = []
        for month in months_between(date_from, date_to):
            out.extend(
                grade_month(
                    (),
                    month,
                    policy,
                    of_month=True,
                    review_averages=review_averages,
                    groups=agent_months.get(f"{month:%Y-%m}", ()),
                )
            )
        return out
