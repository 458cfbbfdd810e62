"""Dashboards: per plan, per agency, and the province overview.

Reporting completeness and timeliness follow DHIS2's reporting-rate reports:
completeness = reports received / reports due, timeliness = reports received
by the due date / reports due; a report is due for each task an agency leads,
for each reporting period whose due date has passed.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, time, timezone

from sqlalchemy import Date, Row, func, or_, select
from sqlalchemy.orm import Session

from ..collation import sorted_vi
from ..register import corrected
from ..register.agencies import predecessors
from ..register.models import Agency, Plan, PlanVersion, ProgressReport, Target, TargetActual, Task, User
from .formatting import today_local
from .periods import Period, period_changes, periods_for, periods_of, plan_end
from .status import DONE, OPEN_OVERDUE, classify, finished
from .views import AgencyLine, Body, TaskView, task_views

RECEIVED = ("submitted", "approved", "returned")  # what the planning department received (the rate tables' sense)
ANSWERED = ("submitted", "approved")  # what an agency owes no more: a report returned to it is owed again


@dataclass
class PlanSummary:
    plan: Plan
    tasks: list[TaskView]
    states: Counter
    targets: list[tuple[Target, float | None, str | None]]  # target, its latest approved figure, that figure's period
    reader: User | None = None  # whose permissions the views carry and whose exports hold only the reports they
    # may read; None: the console operator

    @property
    def completion(self) -> float:
        return finished(self.states) / len(self.tasks) if self.tasks else 0.0

    @property
    def overdue(self) -> list[TaskView]:
        return [row for row in self.tasks if row.status.state == OPEN_OVERDUE]


_TASK_COLUMNS = [column for name, column in Task.__table__.columns.items() if name != "folded"]


def current_task_rows(session: Session, plan: Plan) -> list[Row]:
    """The tasks of the plan's current version as plain rows, read as `Task`s are but without relationships
    or the search copy of the text: a plan page shows a hundred, and ORM objects cost several times more."""
    return list(session.execute(select(*_TASK_COLUMNS).where(Task.version_id == plan.current.id)
                                .order_by(Task.position)))


def _reports_by_tracked(session: Session, tracked_ids: list[int]) -> dict[int, list[Row]]:
    """The reports on these tasks as plain rows of what states and reporting rates are worked out from
    (`task_status` reads them as it reads reports): a plan has a hundred, ORM objects cost far more."""
    out: dict[int, list[Row]] = {}
    for report in session.execute(
            select(ProgressReport.tracked_task_id, ProgressReport.agency_id, ProgressReport.period,
                   ProgressReport.status, ProgressReport.percent, ProgressReport.progress_label,
                   ProgressReport.submitted_at, ProgressReport.updated_at, ProgressReport.completed_on)
            .where(ProgressReport.tracked_task_id.in_(tracked_ids))):
        out.setdefault(report.tracked_task_id, []).append(report)
    return out


def plan_summary(session: Session, plan: Plan, today: date | None = None, reader: User | None = None) -> PlanSummary:
    """The plan's current tasks as finished views (with `reader`'s permissions when given), its states and targets."""
    today = today or today_local()
    tasks = current_task_rows(session, plan)
    reports = _reports_by_tracked(session, [t.tracked_task_id for t in tasks])
    rows = task_views(session, [(t, plan) for t in tasks], reports, today, reader)
    targets = list(session.scalars(select(Target).where(Target.version_id == plan.current.id).order_by(Target.id)))
    latest: dict[int, TargetActual] = {}
    for actual in session.scalars(select(TargetActual).where(TargetActual.target_id.in_([t.id for t in targets]),
                                                             TargetActual.status == "approved")):
        if actual.target_id not in latest or actual.period > latest[actual.target_id].period:
            latest[actual.target_id] = actual
    shown = [(t, latest[t.id].value if t.id in latest else None, latest[t.id].period if t.id in latest else None)
             for t in targets]
    return PlanSummary(plan, rows, Counter(row.status.state for row in rows), shown, reader)


@dataclass
class PeriodDuty:
    """What one agency owes for one reporting period of a plan: a report on each task it leads (as corrected)."""

    plan: Plan
    period: Period
    agency: Body  # as the plan (or its correction) names it
    holder: Body  # the body that holds its duties today (itself, unless it was merged or renamed)
    tasks: int  # tasks the agency leads in the plan: one report each
    received: int

    @property
    def complete(self) -> bool:
        return self.received >= self.tasks

    def state(self, today: date) -> str:
        if self.complete:
            return "done"
        return "overdue" if self.period.due < today else "open"


def period_duties(session: Session, plans: list[Plan], today: date | None = None,
                  agency_ids: set[int] | None = None) -> list[PeriodDuty]:
    """For each plan, its reporting periods times the agencies leading its tasks (only `agency_ids` when given;
    bodies named as a class owe no report of their own), with the reports received: read from the tasks' views
    (corrected leads, today's bodies) and the corrected periods, for the calendar, its feed, reminders and notices."""
    today = today or today_local()
    pairs = [(task, plan) for plan in plans for task in current_task_rows(session, plan)]
    reports = _reports_by_tracked(session, [task.tracked_task_id for task, _ in pairs])
    periods = periods_of(session, [plan.id for plan in plans], today)
    owing: dict[tuple[int, int], tuple[Plan, AgencyLine, list[int]]] = {}  # (plan, agency) -> the agency's tasks
    for view in task_views(session, pairs, reports, today):  # a report is owed by the lead of today's record
        for lead in view.leads:
            if lead.written.kind != "collective" and (agency_ids is None or lead.written.id in agency_ids):
                owing.setdefault((view.plan.id, lead.written.id), (view.plan, lead, []))[2].append(view.task.tracked_task_id)
    duties = []
    for plan, lead, tracked in owing.values():
        received = Counter(report.period for tracked_id in tracked for report in reports.get(tracked_id, [])
                           if report.agency_id == lead.written.id and report.status in ANSWERED)
        duties += [PeriodDuty(plan, period, lead.written, lead.today, len(tracked), received[period.key])
                   for period in periods[plan.id]]
    return duties


@dataclass
class AgencySummary:
    agency: Agency
    led: list[TaskView] = field(default_factory=list)
    coordinated: list[TaskView] = field(default_factory=list)
    states: Counter = field(default_factory=Counter)
    reports_due: int = 0
    reports_received: int = 0
    reports_on_time: int = 0

    @property
    def completeness(self) -> float:
        return self.reports_received / self.reports_due if self.reports_due else 1.0

    @property
    def timeliness(self) -> float:
        return self.reports_on_time / self.reports_due if self.reports_due else 1.0

    @property
    def completion_rate(self) -> float:
        return finished(self.states) / len(self.led) if self.led else 0.0


def agency_summary(session: Session, agency: Agency, today: date | None = None) -> AgencySummary:
    """Tasks the agency (or an agency it succeeded) leads or coordinates in current plan versions, corrections
    applied: a task whose lead was corrected counts for its new lead, no longer for the old."""
    today = today or today_local()
    ids = {a.id for a in predecessors(session, agency)}
    rows = session.execute(
        select(*_TASK_COLUMNS, Plan).join(PlanVersion, PlanVersion.id == Task.version_id)
        .join(Plan, Plan.id == PlanVersion.plan_id)
        .where(corrected.naming(session, ids), PlanVersion.is_current.is_(True))
        .order_by(Plan.id, Task.position)).all()
    reports = _reports_by_tracked(session, list({row.tracked_task_id for row in rows}))
    views = task_views(session, [(row, row.Plan) for row in rows], reports, today)
    summary = AgencySummary(agency)
    periods_cache: dict[int, list] = {}
    changes = period_changes(session, list({view.plan.id for view in views}))
    for view in views:
        if set(view.facts.lead_ids) & ids:
            own = [r for r in reports.get(view.task.tracked_task_id, []) if r.agency_id in ids]
            summary.led.append(view)
            summary.states[view.status.state] += 1
            if view.plan.id not in periods_cache:
                periods_cache[view.plan.id] = periods_for(view.plan, today, changes[view.plan.id])
            for period in periods_cache[view.plan.id]:
                if period.due > today:
                    continue
                summary.reports_due += 1
                got = [r for r in own if r.period == period.key and r.status in RECEIVED and r.submitted_at]
                if got:
                    summary.reports_received += 1
                    deadline = datetime.combine(period.due, time.max, tzinfo=timezone.utc)
                    if min(_aware(r.submitted_at) for r in got) <= deadline:
                        summary.reports_on_time += 1
        if view.facts.coordinator_ids & ids:
            summary.coordinated.append(view)
    return summary


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


@dataclass(frozen=True)
class PlanRef:
    """A plan's identity and headline, detached from any database session (overviews are cached)."""

    id: int
    number: str | None
    title: str | None
    issued_date: date | None


@dataclass
class PlanLine:
    plan: PlanRef
    tasks: int
    states: Counter

    @property
    def completion(self) -> float:
        return finished(self.states) / self.tasks if self.tasks else 0.0

    @property
    def overdue(self) -> int:
        return self.states.get(OPEN_OVERDUE, 0)


@dataclass
class Overview:
    totals: Counter
    plans: list[PlanLine]
    provinces: list[str]  # whose plans are counted, in dictionary order: a page names what it sums

    @property
    def scope(self) -> str:
        """What the totals cover, in words: "Quảng Bình", or "2 tỉnh, thành phố: Hà Tĩnh, Quảng Bình"."""
        if len(self.provinces) == 1:
            return self.provinces[0]
        return f"{len(self.provinces)} tỉnh, thành phố: {', '.join(self.provinces)}" if self.provinces else "chưa có kế hoạch"


def overview(session: Session, province: str | None = None, today: date | None = None) -> Overview:
    """Every plan's task states in two queries: the province dashboard must stay fast with thousands of plans."""
    today = today or today_local()
    heads = select(Plan.id, Plan.number, Plan.title, Plan.issued_date, Plan.province)  # plain rows: no ORM objects for every plan
    plans = {p.id: p for p in session.execute(heads.where(Plan.province == province) if province else heads)}
    # the day a lead's report names as the day of completion, else the day it was sent (as `task_status` has it)
    done = (select(Task.id.label("task_id"),
                   func.min(func.coalesce(ProgressReport.completed_on, ProgressReport.submitted_at)).label("completed_at"))
            .join(ProgressReport, ProgressReport.tracked_task_id == Task.tracked_task_id)
            .join(PlanVersion, PlanVersion.id == Task.version_id)
            .where(PlanVersion.is_current.is_(True), ProgressReport.status == "approved",
                   or_(ProgressReport.percent >= 100, ProgressReport.progress_label == DONE),
                   corrected.reported_by_a_lead(session, ProgressReport.agency_id))
            .group_by(Task.id).subquery())
    completed_on = func.date(done.c.completed_at, type_=Date)
    # Counted by the database per (plan, deadline, day of completion): a few rows per plan instead of one
    # per task, since a state depends on nothing else.
    deadline = corrected.deadline_column(session)
    rows = session.execute(
        select(PlanVersion.plan_id, deadline, completed_on, func.count())
        .join(PlanVersion, PlanVersion.id == Task.version_id).where(PlanVersion.is_current.is_(True))
        .outerjoin(done, done.c.task_id == Task.id)
        .group_by(PlanVersion.plan_id, deadline, completed_on))
    ends = {plan_id: plan_end(plan, today) for plan_id, plan in plans.items()}
    lines: dict[int, PlanLine] = {}
    totals: Counter = Counter()
    for plan_id, deadline, completed, count in rows:
        line = lines.get(plan_id)
        if line is None:
            if plan_id not in plans:
                continue
            plan = plans[plan_id]
            line = lines[plan_id] = PlanLine(PlanRef(plan.id, plan.number, plan.title, plan.issued_date), 0, Counter())
        state = classify(deadline or ends[plan_id], completed, today)
        line.tasks += count
        line.states[state] += count
        totals[state] += count
    ordered = sorted(lines.values(), key=lambda line: (line.plan.issued_date or date.min, line.plan.id), reverse=True)
    return Overview(totals, ordered, sorted_vi({plan.province for plan in plans.values() if plan.province}))
