"""Reporting periods derived from a plan's reporting duties.

"định kỳ hằng năm … trước ngày 20 tháng 11" gives one period a year due on
20 November; "hằng quý … trước ngày 20" four, due on the 20th of each quarter's
last month; "06 tháng" two; "hằng tháng" twelve; a one-off duty one period.
A plan without a stated cycle is reported on once a year, by 15 December.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy.orm import Session, object_session

from ..register.models import Plan
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
        object.__setattr__(self, "label", period_label(self.key))


_QUARTERS = ("I", "II", "III", "IV")
_KEY = re.compile(r"(?P<year>\d{4})(?:-(?:H(?P<half>[12])|Q(?P<quarter>[1-4])|(?P<month>\d{2})))?"
                  r"|once-(?P<once>\d{4}-\d{2}-\d{2})")


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


def _day(year: int, month: int, day: int) -> date:
    return date(year, month, min(day, calendar.monthrange(year, month)[1]))


def plan_years(plan: Plan, today: date) -> range:
    """The years a plan runs: from its issue to its horizon (the last year its title names), at most next year."""
    start = plan.issued_date.year if plan.issued_date else today.year
    years = [int(y) for y in re.findall(r"(?:19|20)\d{2}", plan.title or "") if int(y) >= start]
    end = max(years) if years else start
    return range(start, max(start, min(end, today.year + 1)) + 1)


def periods_for(plan: Plan, today: date | None = None, corrections: dict | None = None) -> list[Period]:
    """The plan's periods; `corrections` as `periods_of` loads them for many plans at once."""
    today = today or today_local()
    from .corrections import duty_values  # here, not at the top: corrections needs the permission rule, which reads periods
    duties = [d for d in duty_values(object_session(plan), plan.current.reporting, corrections) if d.frequency]
    # the agencies' own duty (to the planning department), not the department's report upward
    duty = next((d for d in duties if d.reporter and d.reporter.lower().startswith(("các", "thủ trưởng", "giám đốc"))),
                duties[0] if duties else None)
    frequency = duty.frequency if duty else "annual"
    due = duty.due if duty else None
    out: list[Period] = []
    if frequency == "once":
        when = date.fromisoformat(due) if due and len(due) == 10 else _day(plan_years(plan, today)[0], 12, 15)
        return [Period(f"once-{when.isoformat()}", plan.issued_date or when, when, when)]
    day = int(due[-2:]) if due and due.startswith("---") else None
    for year in plan_years(plan, today):
        if frequency == "annual":
            month, dom = (int(due[2:4]), int(due[5:7])) if due and due.startswith("--") and len(due) == 7 else DEFAULT_DUE
            out.append(Period(str(year), date(year, 1, 1), date(year, 12, 31), _day(year, month, dom)))
        elif frequency == "semiannual":
            for half, (first, last) in enumerate(((1, 6), (7, 12)), 1):
                out.append(Period(f"{year}-H{half}", date(year, first, 1), _day(year, last, 31), _day(year, last, day or 15)))
        elif frequency == "quarterly":
            for quarter in range(1, 5):
                last = quarter * 3
                out.append(Period(f"{year}-Q{quarter}", date(year, last - 2, 1), _day(year, last, 31), _day(year, last, day or 20)))
        elif frequency == "monthly":
            for month in range(1, 13):
                out.append(Period(f"{year}-{month:02d}", date(year, month, 1), _day(year, month, 31), _day(year, month, day or 25)))
    return out


def periods_of(session: Session, plans: list[Plan], today: date | None = None) -> dict[int, list[Period]]:
    """The periods of many plans (loaded with their versions' reporting duties), their corrections read in one query."""
    from .corrections import load
    loaded = load(session, "reporting_duty", [d.id for plan in plans for d in plan.current.reporting])
    return {plan.id: periods_for(plan, today, loaded) for plan in plans}


def period_by_key(plan: Plan, key: str, today: date | None = None) -> Period | None:
    return next((p for p in periods_for(plan, today) if p.key == key), None)


def plan_end(plan: Plan, today: date | None = None) -> date:
    """The last day of the plan's period: tasks without their own deadline are judged against it."""
    return date(plan_years(plan, today or today_local())[-1], 12, 31)
