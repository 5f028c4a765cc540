"""Adding shifts up: groups by agent, branch, day or shift, their figures and their targets.

Figures come from counts and sums, never from averaging percentages, through the one
definition in `agent_desk.shifts.figures`; each is compared with its target from the policy.
An agent is (branch, agent number), shown as `BJ01·1001 李小梅`, so two people with the same
number at two branches stay two people.
"""

from __future__ import annotations

import operator
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from agent_desk.policy import Policy
from agent_desk.reports.rows import SUMMED, ShiftRow, agent_names, collector_paused
from agent_desk.shifts.figures import REPORT_FIGURES, ratio_parts, report_figure

GROUPINGS = ("agent", "branch", "day", "shift")
FIGURES = REPORT_FIGURES
FIGURE_KIND = dict(FIGURES)


@dataclass(frozen=True)
class Target:
    value: float
    higher_is_better: bool = True
    floor: float | None = None  # between floor and value: "warn"

    def status(self, figure: float | None) -> str:
        if figure is None:
            return "none"
        if self.higher_is_better:
            if figure >= self.value - 1e-9:
                return "ok"
            return "warn" if self.floor is not None and figure >= self.floor - 1e-9 else "bad"
        if figure <= self.value + 1e-9:
            return "ok"
        return "warn" if self.floor is not None and figure <= self.floor + 1e-9 else "bad"


@dataclass(frozen=True)
class Targets:
    by_figure: dict[str, Target]

    @classmethod
    def from_policy(cls, policy: Policy) -> Targets:
        def num(key: str) -> float | None:
            value = policy.get(f"targets.{key}")
            return float(value) if isinstance(value, (int, float)) else None

        out: dict[str, Target] = {}
        for figure, key in (
            ("within_rule_pct", "within_rule_rate"),
            ("resolution_pct", "resolution_rate"),
            ("greeting_pct", "greeting_rate"),
            ("signoff_pct", "signoff_rate"),
            ("online_hours_per_shift", "online_hours"),
            ("replied_on_time_pct", "reply_on_time_rate"),
        ):
            value = num(key)
            if value is not None:
                out[figure] = Target(value)
        satisfaction = num("satisfaction")
        if satisfaction is not None:
            out["satisfaction_avg"] = Target(satisfaction, floor=num("satisfaction_floor"))
        out["answer_delay_avg"] = Target(policy.answer_limit_seconds, higher_is_better=False)
        overdue = num("overdue")
        for figure in ("cases_overdue", "callbacks_overdue"):
            out[figure] = Target(0.0 if overdue is None else overdue, higher_is_better=False)
        return cls(out)

    def status(self, figure: str, value: float | None) -> str:
        target = self.by_figure.get(figure)
        return "none" if target is None else target.status(value)


_COLUMNS = tuple((name, operator.itemgetter(ShiftRow._fields.index(name))) for name in SUMMED)
_SUMMED_AT = tuple((name, ShiftRow._fields.index(name)) for name in SUMMED)
_DELAY_MAX_AT = ShiftRow._fields.index("answer_delay_max")
_DELAY_MAX = operator.itemgetter(_DELAY_MAX_AT)
_ZIP_UP_TO = 5000  # rows a group sums by transposing them; more are summed column by column
_STARTED_AT = ShiftRow._fields.index("started_at")
_STARTED = operator.itemgetter(_STARTED_AT)
_OVERDUE_AT = ShiftRow._fields.index("cases_overdue")
_FIRST = operator.itemgetter(0)


class Totals:
    """Counts and sums of some shifts; every figure is derived from these, never averaged.

    Rows are collected first and summed column by column on first use (C-speed `zip`/`sum`),
    which is what keeps a 10,000-shift report well inside its time budget.
    """

    def __init__(self, one_agent: bool = False) -> None:
        self.rows: list[ShiftRow] = []
        self._sums: dict[str, float] | None = None
        self._overdue: int | None = None
        self._latest: tuple[str, int] | None = None  # (started_at, cases_overdue) of one agent
        self.one_agent = one_agent  # every row is one agent's (a group by agent)
        # Totals that partition these rows (an agent's months): sums are their sums
        self.parts_of: list[Totals] | None = None

    def add(self, row: ShiftRow) -> None:
        self.rows.append(row)
        self._sums = None
        self._overdue = None
        self._latest = None
        self.parts_of = None

    @property
    def shifts(self) -> int:
        return len(self.rows)

    @property
    def sums(self) -> dict[str, float]:
        if self._sums is None and self.parts_of is not None:
            self._sums = _sum_of_sums([p.sums for p in self.parts_of if p.rows])
        if self._sums is None:
            rows = self.rows
            if len(rows) > _ZIP_UP_TO:
                # column by column in C: a transposing zip(*rows) is slow on 100,000 rows
                self._sums = {name: sum(map(get, rows)) for name, get in _COLUMNS}
                self._sums["answer_delay_max"] = max(map(_DELAY_MAX, rows))
            elif rows:
                # an agent's or a month's shifts: one transposing pass is about twice as quick
                # as a pass per column (a year's report sums 4,000 such groups)
                columns = list(zip(*rows, strict=True))
                self._sums = {name: sum(columns[i]) for name, i in _SUMMED_AT}
                self._sums["answer_delay_max"] = max(columns[_DELAY_MAX_AT])
                if self.one_agent:  # the latest snapshot, from the columns at hand
                    started = columns[_STARTED_AT]
                    last = max(started)
                    self._latest = (last, columns[_OVERDUE_AT][started.index(last)])
            else:
                self._sums = {}
        return self._sums

    @classmethod
    def of_groups(cls, groups: Sequence[Group], rows: Sequence[ShiftRow], by: str) -> Totals:
        """The totals of `rows` made from its groups' totals (`groups` partition `rows`):
        sums of sums, not another pass over every shift."""
        totals = cls()
        totals.rows = list(rows)
        totals._sums = _sum_of_sums([g.totals.sums for g in groups if g.totals.rows])
        if by == "agent":  # each agent's latest snapshot is within its own group
            totals._overdue = sum(g.totals.cases_overdue for g in groups)
        return totals

    def get(self, name: str) -> float:
        return self.sums.get(name, 0)

    @property
    def cases_overdue(self) -> int:
        """Cases overdue is a snapshot at each shift's end: the same late case is counted by
        every shift until it is replied, so a period counts each agent's latest snapshot."""
        if self._overdue is None and self.one_agent and self.rows:
            self._overdue = self._latest_snapshot()[1]
        if self._overdue is None:
            latest: dict[str, tuple[str, int]] = {}
            for row in self.rows:
                key = row.agent_key
                seen = latest.get(key)
                if seen is None or row.started_at >= seen[0]:
                    latest[key] = (row.started_at, row.cases_overdue)
            self._overdue = sum(v for _, v in latest.values())
        return self._overdue

    def _latest_snapshot(self) -> tuple[str, int]:
        """(started_at, cases_overdue) of one agent's latest shift: the first of the latest
        if two started at once, as max() gives it."""
        if self._latest is None and self.parts_of is not None:
            self._latest = max(
                (p._latest_snapshot() for p in self.parts_of if p.rows), key=_FIRST
            )  # months never share a start: the latest month's latest shift
        if self._latest is None:
            self.sums  # noqa: B018 - sums a group of an agent's shifts and notes its latest
        if self._latest is None:
            row = max(self.rows, key=_STARTED)
            self._latest = (row.started_at, row.cases_overdue)
        return self._latest

    def figure(self, name: str) -> float | None:
        overdue = self.cases_overdue if name == "cases_overdue" else 0
        return report_figure(name, self.sums, self.shifts, overdue)

    def parts(self, name: str) -> tuple[float, float] | None:
        """(numerator, denominator) of a percentage figure, to show beside it."""
        return ratio_parts(name, self.sums)


def _sum_of_sums(parts: Sequence[dict[str, float]]) -> dict[str, float]:
    if not parts:
        return {}
    sums = {name: sum(p[name] for p in parts) for name in SUMMED}
    sums["answer_delay_max"] = max(p["answer_delay_max"] for p in parts)
    return sums


@dataclass
class Group:
    key: str
    label: str
    totals: Totals
    rows: list[ShiftRow] = field(default_factory=list)
    # of a group by agent: every name its shifts carry (more than one: `name_clashes`)
    names: tuple[str, ...] = ()


def agent_label(key: str, names: Sequence[str]) -> str:
    """`BJ01·1001 李小梅`; `BJ01·1001 王伟丽 / 王小明` when the number carries two names: a
    label never picks one of them silently."""
    return f"{key} {' / '.join(names)}".rstrip()


def name_clashes(agents: Sequence[Group]) -> list[tuple[str, tuple[str, ...]]]:
    """(agent key, names) of each agent (of groups by agent) whose shifts carry more than one
    name. An agent is a branch and an agent number, so their figures are added up as one
    agent's; the report says so, because agent numbers must be unique across the desks of a
    branch."""
    return [(g.key, g.names) for g in agents if len(g.names) > 1]


def group_key(row: ShiftRow, by: str) -> tuple[str, str]:
    match by:
        case "agent":
            return row.agent_key, row.agent_label
        case "branch":
            return row.branch_code, f"{row.branch_code} {row.branch_name}".rstrip()
        case "day":
            return row.day, row.day
        case "shift":
            return (
                row.path,
                f"{row.agent_label} {row.started_at[:16].replace('T', ' ')}",
            )
    raise ValueError(f"unknown grouping {by!r}; use one of {', '.join(GROUPINGS)}")


# by position: a named tuple's attribute goes through its class, an index does not (a year's
# grade groups 118,000 rows thirteen times)
_KEYS = {
    by: operator.itemgetter(ShiftRow._fields.index(field))
    for by, field in (
        ("agent", "agent_key"),
        ("branch", "branch_code"),
        ("day", "day"),
        ("shift", "path"),
    )
}


def aggregate(rows: Iterable[ShiftRow], by: str) -> list[Group]:
    """Groups sorted by key; each holds its totals and its shifts (for drilling down)."""
    if by not in _KEYS:
        raise ValueError(f"unknown grouping {by!r}; use one of {', '.join(GROUPINGS)}")
    with collector_paused():  # rows.collector_paused
        key_of = _KEYS[by]
        members: dict[str, list[ShiftRow]] = {}
        for row in rows:
            key = key_of(row)
            found = members.get(key)
            if found is None:
                members[key] = [row]
            else:
                found.append(row)
        return _groups(members, by)


def _groups(
    members: dict[str, list[ShiftRow]],
    by: str,
    names: Mapping[str, tuple[str, ...]] | None = None,
) -> list[Group]:
    """`names`: each agent's names when known (from its months' groups), else read here."""
    groups: dict[str, Group] = {}
    for key, group_rows in members.items():
        totals = Totals(one_agent=by == "agent")
        totals.rows = group_rows
        if by == "agent":
            found = names[key] if names is not None else agent_names(group_rows)
            groups[key] = Group(key, agent_label(key, found), totals, group_rows, found)
        else:
            groups[key] = Group(key, group_key(group_rows[0], by)[1], totals, group_rows)
    if by == "shift":
        return sorted(groups.values(), key=lambda g: (g.rows[0].started_at, g.rows[0].agent_key))
    return [groups[k] for k in sorted(groups)]


_AGENT = _KEYS["agent"]
_DAY = _KEYS["day"]


# (YYYY-MM, agent key) → (shifts, sums, (started_at, cases_overdue) of the latest shift): what
# adding up an agent's month gave, kept with a report's result (`month_sums`).
MonthSums = Mapping[tuple[str, str], tuple[int, dict[str, float], tuple[str, int]]]


def aggregate_agent_months(
    rows: Iterable[ShiftRow], known: MonthSums | None = None
) -> tuple[list[Group], dict[str, list[Group]]]:
    """The groups by agent of the whole period, and of each calendar month (YYYY-MM, in order),
    in one pass. The table by agent and the monthly grade both add up every agent's shifts: an
    agent's figures for the period are made from its months' (sums of sums), so each shift is
    added up once, not twice (a year is 118,000 shifts; reading them is what costs). The
    groups are those `aggregate(rows, "agent")` gives, shift for shift.

    `known`: the month sums of these same rows, kept with the report's result the first time
    (`month_sums`); a month whose number of shifts is not the kept one is added up again."""
    with collector_paused():  # rows.collector_paused
        agents: dict[str, list[ShiftRow]] = {}
        months: dict[str, dict[str, list[ShiftRow]]] = {}
        for row in rows:
            key = _AGENT(row)
            found = agents.get(key)
            if found is None:
                agents[key] = [row]
            else:
                found.append(row)
            month = _DAY(row)[:7]
            of_month = months.get(month)
            if of_month is None:
                of_month = months[month] = {}
            found = of_month.get(key)
            if found is None:
                of_month[key] = [row]
            else:
                found.append(row)
        by_month = {month: _groups(months[month], "agent") for month in sorted(months)}
        parts: dict[str, list[Totals]] = {}
        names: dict[str, set[str]] = {}
        for groups in by_month.values():
            for g in groups:
                parts.setdefault(g.key, []).append(g.totals)
                names.setdefault(g.key, set()).update(g.names)
        if known:
            for month, groups in by_month.items():
                for g in groups:
                    kept = known.get((month, g.key))
                    if kept is not None and kept[0] == len(g.rows):
                        g.totals._sums = kept[1]
                        g.totals._latest = (kept[2][0], kept[2][1])
        whole = _groups(agents, "agent", {k: tuple(sorted(v)) for k, v in names.items()})
        for g in whole:
            g.totals.parts_of = parts[g.key]
        return whole, by_month


def month_sums(by_month: Mapping[str, Sequence[Group]]) -> MonthSums:
    """What adding up each agent's month gave (`MonthSums`), to keep with a result."""
    return {
        (month, g.key): (g.totals.shifts, g.totals.sums, g.totals._latest_snapshot())
        for month, groups in by_month.items()
        for g in groups
        if g.rows
    }


def overall(rows: Iterable[ShiftRow]) -> Totals:
    totals = Totals()
    for row in rows:
        totals.add(row)
    return totals


# --- the table every export and view shows ------------------------------------------------------


@dataclass(frozen=True)
class Cell:
    value: float | None
    status: str  # ok / warn / bad / none
    parts: tuple[float, float] | None = None  # (numerator, denominator) of a percentage


@dataclass(frozen=True)
class ReportTable:
    by: str
    figures: tuple[str, ...]
    keys: tuple[str, ...]
    labels: tuple[str, ...]
    cells: tuple[tuple[Cell, ...], ...]
    total: tuple[Cell, ...]


def report_table(
    groups: Sequence[Group],
    by: str,
    targets: Targets,
    rows: Sequence[ShiftRow] | None = None,
    figures: Sequence[str] = tuple(f for f, _ in FIGURES),
) -> ReportTable:
    def cells(totals: Totals) -> tuple[Cell, ...]:
        out = []
        for name in figures:
            value = totals.figure(name)
            out.append(Cell(value, targets.status(name, value), totals.parts(name)))
        return tuple(out)

    with collector_paused():
        all_rows = rows if rows is not None else [r for g in groups for r in g.rows]
        if sum(len(g.rows) for g in groups) == len(all_rows):
            total = Totals.of_groups(groups, all_rows, by)  # the groups partition the rows
        else:
            total = overall(all_rows)
        return ReportTable(
            by=by,
            figures=tuple(figures),
            keys=tuple(g.key for g in groups),
            labels=tuple(g.label for g in groups),
            cells=tuple(cells(g.totals) for g in groups),
            total=cells(total),
        )
