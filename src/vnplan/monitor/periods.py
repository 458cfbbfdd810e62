"""Reporting periods derived from a plan's reporting duties.

"định kỳ hằng năm … trước ngày 20 tháng 11" gives one period a year due on
20 November; "hằng quý … trước ngày 20" four, due on the 20th of each quarter's
last month; "06 tháng" two; "hằng tháng" twelve; a one-off duty one period.
A plan without a stated cycle is reported on once a year, by 15 December.
Periods whose reports fell due before the plan was issued are not owed.
The planning department's corrections (a period added, removed, or due on
another day) are applied on top, so that every reader sees the same periods.
"""
from __future__ import annotations

import calendar
import re
from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache, lru_cache
from typing import NamedTuple
from weakref import WeakKeyDictionary

from sqlalchemy import Engine, Row, Select, func, select
from sqlalchemy.orm import Session, object_session

from ..register.db import among, wrote
from ..register.models import Correction, PeriodCorrection, Plan, PlanVersion, ReportingDuty
from .corrections import duty_values, load
from .formatting import format_date, today_local

DEFAULT_DUE = (12, 15)


@dataclass(frozen=True)
class Period:
    key: str  # 2024 | 2024-H1 | 2024-Q3 | 2024-07 | once-2024-01-30: stored with reports, never shown
    start: date
    end: date
    due: date
    label: str = field(init=False)  # for people, from the key: the same words wherever a period is named

    def __post_init__(self) -> None:
        # a one-off report is named by its due date, which the planning department may have moved
        label = period_label(f"once-{self.due.isoformat()}" if self.key.startswith("once-") else self.key)
        object.__setattr__(self, "label", label)


_QUARTERS = ("I", "II", "III", "IV")
_KEY = re.compile(r"(?P<year>\d{4})(?:-(?:H(?P<half>[12])|Q(?P<quarter>[1-4])|(?P<month>\d{2})))?"
                  r"|once-(?P<once>\d{4}-\d{2}-\d{2})")


@cache  # a pure function of the key, asked for thousands of times by lists of many plans
def period_label(key: str | None) -> str:
    """The name of a reporting period for people: "Năm 2025", "6 tháng đầu năm 2025", "Quý III/2025",
    "Tháng 10/2025", "Báo cáo một lần (hạn 15/04/2024)"; a key it does not know is shown as it is."""
    found = _KEY.fullmatch(key or "")
    if not found:
        return key or ""
    if found["once"]:
        return f"Báo cáo một lần (hạn {format_date(date.fromisoformat(found['once']))})"
    year = found["year"]
    if found["half"]:
        return f"6 tháng {'đầu' if found['half'] == '1' else 'cuối'} năm {year}"
    if found["quarter"]:
        return f"Quý {_QUARTERS[int(found['quarter']) - 1]}/{year}"
    if found["month"]:
        return f"Tháng {int(found['month'])}/{year}"
    return f"Năm {year}"


@cache
def bounds(key: str) -> tuple[date, date] | None:
    """The first and last day a period key covers ("2025-Q3": 01/07/2025-30/09/2025); None for a one-off
    report (it covers no stretch of its own) or a key that is no period."""
    found = _KEY.fullmatch(key or "")
    if not found or found["once"]:
        return None
    year = int(found["year"])
    if found["half"]:
        first = 1 if found["half"] == "1" else 7
        return date(year, first, 1), _day(year, first + 5, 31)
    if found["quarter"]:
        last = int(found["quarter"]) * 3
        return date(year, last - 2, 1), _day(year, last, 31)
    if found["month"]:
        month = int(found["month"])
        if not 1 <= month <= 12:
            return None
        return date(year, month, 1), _day(year, month, 31)
    return date(year, 1, 1), date(year, 12, 31)


def _day(year: int, month: int, day: int) -> date:
    return date(year, month, min(day, calendar.monthrange(year, month)[1]))


def plan_years(plan: Plan, today: date) -> range:
    """The years a plan runs: from its issue to its horizon (the last year its title names), at most next year."""
    start = plan.issued_date.year if plan.issued_date else today.year
    years = [int(y) for y in re.findall(r"(?:19|20)\d{2}", plan.title or "") if int(y) >= start]
    end = max(years) if years else start
    return range(start, max(start, min(end, today.year + 1)) + 1)


def period_changes(session: Session, plan_ids: list[int]) -> defaultdict[int, list[PeriodCorrection]]:
    """The period corrections of many plans in one query, oldest first, for whoever lists many plans' periods."""
    out: defaultdict[int, list[PeriodCorrection]] = defaultdict(list)
    if plan_ids:
        for change in session.scalars(select(PeriodCorrection).where(among(session, PeriodCorrection.plan_id, plan_ids))
                                      .order_by(PeriodCorrection.id)):
            out[change.plan_id].append(change)
    return out


def periods_for(plan: Plan, today: date | None = None, changes: list[PeriodCorrection] | None = None) -> list[Period]:
    """The plan's reporting periods in calendar order, the planning department's corrections applied
    (`changes`: the plan's entry of `period_changes`, when the caller lists many plans)."""
    session = object_session(plan)
    derived = _derived(plan, today or today_local(), duty_values(session, plan.current.reporting))
    if changes is None:
        changes = period_changes(session, [plan.id])[plan.id] if session is not None else []
    return apply_corrections(derived, changes) if changes else derived


def apply_corrections(derived: list[Period], changes: list[PeriodCorrection]) -> list[Period]:
    """The periods after the corrections, oldest first: the latest change of a period is the one that counts."""
    periods = {p.key: p for p in derived}
    for change in changes:
        if change.change == "remove":
            periods.pop(change.period, None)
        elif change.change == "add":
            periods[change.period] = Period(change.period, change.start, change.end, change.due)
        elif change.change == "due" and change.period in periods:
            periods[change.period] = replace(periods[change.period], due=change.due)
    return sorted(periods.values(), key=lambda p: (p.start, p.end, p.key))


def _period(key: str, due: date) -> Period:
    return Period(key, *bounds(key), due)


class _Duty(NamedTuple):
    reporter: str | None
    frequency: str | None
    due: str | None


class _Dates(NamedTuple):
    """What of a plan its periods depend on, besides its duties (see `plan_years`)."""

    issued_date: date | None
    title: str | None


def _derived(plan, today: date, values: list) -> list[Period]:
    """The periods of `plan` (a Plan or a row with its issue date and title) from its current version's reporting
    duties (`corrections.DutyValues`, corrections applied)."""
    cycle = tuple(_Duty(d.reporter, d.frequency, d.due) for d in values)
    return list(_cycle_periods(_Dates(plan.issued_date, plan.title), cycle, today))


@lru_cache(maxsize=8192)  # a pure function of its arguments: a list of many plans asks again for the same ones all day
def _cycle_periods(plan: _Dates, cycle: tuple[_Duty, ...], today: date) -> tuple[Period, ...]:
    duties = [d for d in cycle if d.frequency]
    # the agencies' own duty (to the planning department), not the department's report upward
    duty = next((d for d in duties if d.reporter and d.reporter.lower().startswith(("các", "thủ trưởng", "giám đốc"))),
                duties[0] if duties else None)
    frequency = duty.frequency if duty else "annual"
    due = duty.due if duty else None
    out: list[Period] = []
    if frequency == "once":
        when = date.fromisoformat(due) if due and len(due) == 10 else _day(plan_years(plan, today)[0], 12, 15)
        return (Period(f"once-{when.isoformat()}", plan.issued_date or when, when, when),)
    day = int(due[-2:]) if due and due.startswith("---") else None
    for year in plan_years(plan, today):
        if frequency == "annual":
            month, dom = (int(due[2:4]), int(due[5:7])) if due and due.startswith("--") and len(due) == 7 else DEFAULT_DUE
            out.append(_period(str(year), _day(year, month, dom)))
        elif frequency == "semiannual":
            out += [_period(f"{year}-H{half}", _day(year, half * 6, day or 15)) for half in (1, 2)]
        elif frequency == "quarterly":
            out += [_period(f"{year}-Q{quarter}", _day(year, quarter * 3, day or 20)) for quarter in range(1, 5)]
        elif frequency == "monthly":
            out += [_period(f"{year}-{month:02d}", _day(year, month, day or 25)) for month in range(1, 13)]
    # a plan issued in November owes its year's last quarter, not the quarters whose reports fell due before it
    return tuple(p for p in out if plan.issued_date is None or p.due >= plan.issued_date)


# The periods of each register's plans as this process last derived them: plan id -> (the rows they were derived
# from and the day, the periods). Each worker process keeps its own, checked against rows read afresh on every
# call; by engine, as a process may open several registers (the tests do).
_DERIVED: WeakKeyDictionary[Engine, dict[int, tuple[tuple, tuple[Period, ...]]]] = WeakKeyDictionary()


def periods_of(session: Session, plan_ids, today: date | None = None) -> dict[int, list[Period]]:
    """The periods of many plans (ids, or a query of them): an inbox page or a province's rate table names periods
    of hundreds of plans on every request. What they are derived from is read in one query of plain rows
    (`_inputs`); a plan's periods are derived again only when its rows or the day differ from those they were
    last derived from, so a change made through any worker is seen by every other at once."""
    today = today or today_local()
    inputs: defaultdict[int, list[Row]] = defaultdict(list)
    for row in session.execute(_inputs(session, plan_ids)):
        inputs[row.plan_id].append(row)
    keys = {plan_id: (today, *map(tuple, rows)) for plan_id, rows in inputs.items()}
    kept = _DERIVED.setdefault(session.get_bind(), {})
    out = {}
    for plan_id, key in keys.items():
        entry = kept.get(plan_id)  # read once: another thread may replace it meanwhile
        if entry is not None and entry[0] == key:
            out[plan_id] = entry[1]
    stale = {plan_id: rows for plan_id, rows in inputs.items() if plan_id not in out}
    if stale:
        derived = _derive(session, stale, today)
        if not wrote(session):  # periods seen with this transaction's own changes are not kept: it may roll them back
            kept.update((plan_id, (keys[plan_id], periods)) for plan_id, periods in derived.items())
        out |= derived
    return {plan_id: list(out[plan_id]) for plan_id in inputs}


def _inputs(session: Session, plan_ids) -> Select:
    """What the periods of plans are derived from, in plan order, one row per reporting duty of a plan's current
    version (a plan without any has one row without a duty): the plan's issue date and title, the duty, and how
    many corrections the duty and the plan's periods have and when the last was made (`_corrections_seen`), which
    change with each correction, whichever worker made it: while a plan's rows stay the same, so do its periods."""
    of_duty = (Correction.entity == "reporting_duty", Correction.entity_id == ReportingDuty.id)
    of_plan = (PeriodCorrection.plan_id == Plan.id,)
    return (select(Plan.id.label("plan_id"), Plan.issued_date, Plan.title,
                   *_corrections_seen(PeriodCorrection, of_plan, "period_corrections"), ReportingDuty.id,
                   ReportingDuty.reporter, ReportingDuty.frequency, ReportingDuty.due,
                   *_corrections_seen(Correction, of_duty, "duty_corrections"))
            .join(PlanVersion, (PlanVersion.plan_id == Plan.id) & PlanVersion.is_current.is_(True))
            .outerjoin(ReportingDuty, ReportingDuty.version_id == PlanVersion.id)
            .where(Plan.id.in_(plan_ids) if isinstance(plan_ids, Select) else among(session, Plan.id, plan_ids))
            .order_by(Plan.id, ReportingDuty.id))


def _corrections_seen(kind, where: tuple, name: str) -> tuple:
    """How many corrections there are, and when the last was made: together they change with every correction added
    or taken away (an id would not: SQLite gives a new row the id of the last one deleted)."""
    return (select(func.count(kind.id)).where(*where).scalar_subquery().label(name),
            select(func.max(kind.at)).where(*where).scalar_subquery().label(f"last_of_{name}"))


def _derive(session: Session, inputs: dict[int, list[Row]], today: date) -> dict[int, tuple[Period, ...]]:
    """The periods of plans from their rows (`_inputs`), reading the corrections of those that have any."""
    corrected = [row.id for rows in inputs.values() for row in rows if row.duty_corrections]
    loaded = load(session, "reporting_duty", corrected)
    changes = period_changes(session, [plan_id for plan_id, rows in inputs.items() if rows[0].period_corrections])
    out = {}
    for plan_id, rows in inputs.items():
        derived = _derived(rows[0], today, duty_values(session, [row for row in rows if row.id is not None], loaded))
        out[plan_id] = tuple(apply_corrections(derived, changes[plan_id]) if changes[plan_id] else derived)
    return out


def quarter_of(day: date) -> str:
    """The key of the quarter a day falls in ("2025-Q3")."""
    return f"{day.year}-Q{(day.month - 1) // 3 + 1}"


def period_by_key(plan: Plan, key: str, today: date | None = None) -> Period | None:
    return next((p for p in periods_for(plan, today) if p.key == key), None)


def plan_end(plan: Plan, today: date | None = None) -> date:
    """The last day of the plan's period: tasks without their own deadline are judged against it."""
    return date(plan_years(plan, today or today_local())[-1], 12, 31)
