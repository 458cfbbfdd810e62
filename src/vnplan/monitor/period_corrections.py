"""The planning department corrects a plan's reporting periods: adds one, removes one, moves a due date.

The periods derived from the plan's reporting duties stay as they were read; each change is a
`PeriodCorrection` row that `periods_for` applies, so that task pages, the period report, the
reporting-rate table, the inbox, reminders, the calendar and the exports all see the same periods.
Each change is in the audit log with the period before and after. A period that already has a
report (in any state, a draft too) is never removed: the report would lose its period.
"""
from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..register.audit import record
from ..register.models import (PeriodCorrection, Plan, PlanVersion, ProgressReport, Target, TargetActual, TrackedTask,
                               User)
from . import access, inputs
from .errors import InvalidInput
from .formatting import format_date, parse_date
from .periods import Period, bounds, period_label, periods_for

ONCE = "once"
# what the add form offers after the year: the whole year, a half, a quarter, a month, or a one-off report
PARTS = {"": "Cả năm", "-H1": "6 tháng đầu năm", "-H2": "6 tháng cuối năm",
         **{f"-Q{q}": f"Quý {roman}" for q, roman in enumerate(("I", "II", "III", "IV"), 1)},
         **{f"-{m:02d}": f"Tháng {m}" for m in range(1, 13)}, ONCE: "Báo cáo một lần"}


def period_key(part: str, year: str) -> str:
    """The key of the period a form names by its part of the year ("-Q3") and its year ("2025")."""
    if part not in PARTS:
        raise InvalidInput("Loại kỳ báo cáo không hợp lệ", "unknown kind of period")
    if part == ONCE:
        return ONCE
    number = inputs.year(year)
    if number is None:
        raise InvalidInput("Hãy nhập năm của kỳ báo cáo", "the period's year is required")
    return f"{number}{part}"


def _due(text) -> date:
    day = parse_date(text) if isinstance(text, str) else None
    if day is None:
        raise InvalidInput("Hãy nhập hạn báo cáo theo dạng ngày/tháng/năm (ví dụ 20/10/2025)",
                           "the due date is required, as dd/mm/yyyy (e.g. 20/10/2025)")
    return day


def _existing(plan: Plan, key: str) -> Period:
    found = next((p for p in periods_for(plan) if p.key == key), None)
    if found is None:
        raise InvalidInput(f"Kế hoạch không có kỳ báo cáo «{period_label(key)}»", f"the plan has no period {key}")
    return found


LATEST_DUE = 366  # days after a period ends: a report due later than that is a year typed wrong ("2052" for "2025")


def _check_due(start: date, end: date, due: date) -> None:
    if due < start:
        raise InvalidInput(f"Hạn báo cáo không được trước ngày bắt đầu kỳ ({format_date(start)})",
                           f"the due date cannot be before the period starts ({start.isoformat()})")
    if (due - end).days > LATEST_DUE:
        raise InvalidInput(f"Hạn báo cáo {format_date(due)} muộn hơn một năm sau khi kỳ kết thúc ({format_date(end)}): "
                           "hãy kiểm tra lại năm", f"the due date {due.isoformat()} is more than a year after the period "
                           f"ends ({end.isoformat()}): check the year")


def _as_audited(period: Period) -> dict:
    return {"period": period.key, "label": period.label, "start": period.start, "end": period.end, "due": period.due}


def reports_in_period(session: Session, plan: Plan, key: str) -> int:
    """Reports and target actuals of the plan that belong to the period, in any state."""
    reports = session.scalar(select(func.count()).select_from(ProgressReport).join(TrackedTask).where(
        TrackedTask.plan_id == plan.id, ProgressReport.period == key))
    actuals = session.scalar(select(func.count()).select_from(TargetActual).join(Target).join(PlanVersion).where(
        PlanVersion.plan_id == plan.id, TargetActual.period == key))
    return reports + actuals


def add_period(session: Session, user: User, plan: Plan, key: str, due_text) -> Period:
    """A period the duties did not give: `key` as reports store it ("2025-Q3", "2026"), or "once" for a
    one-off report due on `due_text`."""
    access.require(session, user, "correct", plan)
    due = _due(due_text)
    if key == ONCE or key.startswith(f"{ONCE}-"):
        key, span = f"{ONCE}-{due.isoformat()}", (min(plan.issued_date or due, due), due)
    else:
        span = bounds(key)
        if span is None:
            raise InvalidInput(f"Kỳ báo cáo không hợp lệ: «{key[:20]}» (ví dụ 2025-Q3, 2025-H1, 2025-07, 2025)",
                               f"invalid period: {key[:20]!r} (e.g. 2025-Q3, 2025-H1, 2025-07, 2025)")
    if any(p.key == key for p in periods_for(plan)):
        raise InvalidInput(f"Kế hoạch đã có kỳ báo cáo «{period_label(key)}»", f"the plan already has period {key}")
    _check_due(span[0], span[1], due)
    added = Period(key, span[0], span[1], due)
    session.add(PeriodCorrection(plan_id=plan.id, period=key, change="add", start=added.start, end=added.end,
                                 due=due, actor_id=user.id))
    record(session, "period.add", "plan", plan.id, None, _as_audited(added), user.username)
    return added


def remove_period(session: Session, user: User, plan: Plan, key: str) -> None:
    access.require(session, user, "correct", plan)
    period = _existing(plan, key)
    if found := reports_in_period(session, plan, key):
        raise InvalidInput(f"Không thể bỏ kỳ báo cáo «{period.label}»: kỳ này đã có {found} báo cáo "
                           "(báo cáo đã lập không bao giờ bị xóa). Có thể đổi hạn báo cáo của kỳ.",
                           f"period {key} already has {found} report(s) and cannot be removed; its due date can be changed")
    session.add(PeriodCorrection(plan_id=plan.id, period=key, change="remove", actor_id=user.id))
    record(session, "period.remove", "plan", plan.id, _as_audited(period), None, user.username)


def change_due(session: Session, user: User, plan: Plan, key: str, due_text) -> Period:
    access.require(session, user, "correct", plan)
    period = _existing(plan, key)
    due = _due(due_text)
    if not key.startswith(ONCE):
        _check_due(period.start, period.end, due)
    session.add(PeriodCorrection(plan_id=plan.id, period=key, change="due", due=due, actor_id=user.id))
    record(session, "period.due", "plan", plan.id, {"period": key, "label": period.label, "due": period.due},
           {"period": key, "label": period.label, "due": due}, user.username)
    return Period(key, period.start, period.end, due)
