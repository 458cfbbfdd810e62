"""Reporting rates: agencies × reporting periods, one cell per agency and period.

An agency owes one report per period for each task of a plan it leads (as the
calendar counts). The rates follow DHIS2's reporting-rate definitions, over the
periods whose due date has passed:
  completeness = reports received / reports expected
  timeliness   = reports received by the due date / reports expected
A report is received once it has been submitted (a report the planning
department returned was received; the cell says it is back with the agency).
The due date ends at midnight, Hà Nội time. Leads are read with the planning
department's corrections, and an agency whose duties passed to a successor is
counted under that successor, who reports in its place.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property
from datetime import date, datetime, time, timezone

from sqlalchemy import Column, Integer, MetaData, Row, Table, column, delete, func, insert, select, union, values
from sqlalchemy.orm import Session

from ..collation import collation_key
from ..register.models import Agency, Plan, PlanVersion, ProgressReport, Task, TaskAgency, TrackedTask
from ..register import corrected
from ..register.agencies import Holders
from .dashboard import RECEIVED
from .periods import Period, periods_of
from .formatting import TIMEZONE, format_date, today_local


ON_TIME = "dung_han"
LATE = "tre_han"
MISSING = "chua_nop"
RETURNED = "bi_tra_lai"
NOT_DUE = "chua_den_han"
CELL_STATES = {
    ON_TIME: "Đúng hạn",
    LATE: "Trễ hạn",
    MISSING: "Chưa nộp (quá hạn)",
    RETURNED: "Bị trả lại",
    NOT_DUE: "Chưa đến hạn",
}


def hanoi(moment: datetime) -> datetime:
    """A stored moment in Hà Nội time (SQLite hands back naive datetimes, stored in UTC)."""
    return (moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)).astimezone(TIMEZONE)


def on_time(submitted_at: datetime, due: date) -> bool:
    return hanoi(submitted_at) <= datetime.combine(due, time.max, tzinfo=TIMEZONE)


@dataclass
class Tally:
    """Reports expected, received and received on time, over periods that are due."""

    expected: int = 0
    received: int = 0
    on_time: int = 0

    def add(self, other: Tally) -> None:
        self.expected += other.expected
        self.received += other.received
        self.on_time += other.on_time

    @property
    def completeness(self) -> float | None:
        return self.received / self.expected if self.expected else None

    @property
    def timeliness(self) -> float | None:
        return self.on_time / self.expected if self.expected else None


@dataclass
class Cell:
    """One agency's reports for one period (of one plan, or summed over several plans)."""

    agency_id: int
    period: Period
    expected: int = 0
    received: int = 0
    late: int = 0
    returned: int = 0  # returned by the planning department and not yet resubmitted
    due: Tally = field(default_factory=Tally)  # the part of the counts whose due date has passed

    @property
    def state(self) -> str:
        if self.due.received < self.due.expected:
            return MISSING
        if self.returned:
            return RETURNED
        if self.received < self.expected:
            return NOT_DUE
        return LATE if self.late else ON_TIME

    @property
    def label(self) -> str:
        return f"{CELL_STATES[self.state]} ({self.received}/{self.expected})"

    def add(self, other: Cell) -> None:
        self.expected += other.expected
        self.received += other.received
        self.late += other.late
        self.returned += other.returned
        self.due.add(other.due)


@dataclass
class RateTable:
    """Rows are agencies (by name), columns periods (by due date); rates per row, per column and overall."""

    agencies: dict[int, str]
    periods: list[Period]
    cells: dict[tuple[int, str], Cell]
    last_due: dict[str, date] = field(default_factory=dict)  # across plans a period may fall due on several days

    def due_text(self, period: Period) -> str:
        """"hạn 20/09/2026", or "hạn 15/09/2026 – 20/09/2026" when the plans summed set different days."""
        last = self.last_due.get(period.key, period.due)
        return f"hạn {format_date(period.due)}" + (f" – {format_date(last)}" if last != period.due else "")

    def cell(self, agency_id: int, period_key: str) -> Cell | None:
        return self.cells.get((agency_id, period_key))

    def agency_rate(self, agency_id: int) -> Tally:
        return self._rates[0].get(agency_id, Tally())

    def period_rate(self, period_key: str) -> Tally:
        return self._rates[1].get(period_key, Tally())

    @cached_property
    def _rates(self) -> tuple[dict[int, Tally], dict[str, Tally]]:
        """Every row's and every column's rate, summed in one pass over the cells (a page asks for them all)."""
        by_agency: dict[int, Tally] = defaultdict(Tally)
        by_period: dict[str, Tally] = defaultdict(Tally)
        for (agency_id, period_key), cell in self.cells.items():
            by_agency[agency_id].add(cell.due)
            by_period[period_key].add(cell.due)
        return dict(by_agency), dict(by_period)

    @property
    def overall(self) -> Tally:
        return _total(c.due for c in self.cells.values())


def _total(tallies) -> Tally:
    total = Tally()
    for tally in tallies:
        total.add(tally)
    return total


@dataclass(frozen=True)
class Filters:
    """The plans, periods and agencies a table counts: a user's `access.reporting_scope`, narrowed further."""

    province: str | None = None
    plan_ids: tuple[int, ...] = ()
    periods: tuple[str, ...] = ()
    agency_ids: tuple[int, ...] = ()  # current agencies (successors), as the table's rows are


@dataclass(frozen=True)
class LeadTask:
    plan_id: int
    task_id: int
    tracked_task_id: int
    agency_id: int  # the agency that holds the duty today


def _selected(query, filters: Filters):
    if filters.province:
        query = query.where(Plan.province == filters.province)
    return query.where(Plan.id.in_(filters.plan_ids)) if filters.plan_ids else query


def _plans(session: Session, filters: Filters) -> list[Plan]:
    return list(session.scalars(_selected(select(Plan), filters).order_by(Plan.id)))


def plans_in(filters: Filters):
    """The selected plans' numbers and titles, newest first (for a menu)."""
    return _selected(select(Plan.id, Plan.number, Plan.title), filters).order_by(Plan.issued_date.desc(), Plan.id)


def plan_ids(filters: Filters):
    """The selected plans' ids as a subquery: a province has thousands, more than a list of parameters may hold."""
    return _selected(select(Plan.id), filters)


def _current_tasks(plans, *columns):
    return (select(*columns).join(PlanVersion, PlanVersion.id == Task.version_id)
            .where(PlanVersion.is_current.is_(True), PlanVersion.plan_id.in_(plans)))


def lead_tasks(session: Session, plans, holders: Holders) -> list[LeadTask]:
    """The tasks each (non-collective) agency leads in these plans' current versions, corrections applied."""
    collective = set(session.scalars(select(Agency.id).where(Agency.kind == "collective")))
    leads = corrected.lead_ids(session, _current_tasks(plans, Task.id))
    out = []
    for plan_id, task_id, tracked_task_id in session.execute(
            _current_tasks(plans, PlanVersion.plan_id, Task.id, Task.tracked_task_id)):
        named = (agency_id for agency_id in leads.get(task_id, ()) if agency_id not in collective)
        for holder in dict.fromkeys(holders(agency_id) for agency_id in named):
            out.append(LeadTask(plan_id, task_id, tracked_task_id, holder))
    return out


def received_reports(session: Session, plans) -> list[Row]:
    return list(session.execute(
        select(ProgressReport.id, ProgressReport.tracked_task_id, ProgressReport.agency_id, ProgressReport.period,
               ProgressReport.status, ProgressReport.submitted_at)
        # driven from the plans' tracked tasks, through the index that starts with them
        .where(ProgressReport.tracked_task_id.in_(select(TrackedTask.id).where(TrackedTask.plan_id.in_(plans))),
               ProgressReport.status.in_(RECEIVED))
        .order_by(ProgressReport.id)))  # two answers to one duty (a department's and its successor's): the later counts


def _plan_cell(agency_id: int, period: Period, expected: int, received: list[Row], today: date) -> Cell:
    """One plan's cell: `expected` reports (the tasks the agency leads), `received` those it has."""
    late = sum(not on_time(report.submitted_at, period.due) for report in received)
    cell = Cell(agency_id, period, expected, len(received), late, sum(r.status == "returned" for r in received))
    if period.due < today:
        cell.due = Tally(expected, len(received), len(received) - late)
    return cell


@dataclass
class Duties:
    """What the selected plans owe and what answers them: each plan's periods, the tracked tasks each agency
    (as it is today) leads in each plan, and the received reports matched to those duties."""

    periods: dict[int, list[Period]]  # plan -> its periods (those the filters select), plans in id order
    owed: dict[int, dict[int, list[int]]]  # plan -> agency -> tracked tasks it leads
    received: dict[tuple[int, int, str], list[Row]]  # plan, agency, period -> the reports that answer


def duties(session: Session, filters: Filters, today: date) -> Duties:
    """Work in Python grows with the duties and the reports, not with their product: each received report
    is matched once to the duty it answers (its task, its agency as it is today)."""
    holders = Holders(session, today)
    owed: dict[int, dict[int, list[int]]] = defaultdict(lambda: defaultdict(list))
    plan_of: dict[int, int] = {}  # tracked task -> plan
    wanted = {holders(a) for a in filters.agency_ids}  # a focal point of a merged department reports as its successor
    for lead in lead_tasks(session, plan_ids(filters), holders):
        if not wanted or lead.agency_id in wanted:
            owed[lead.plan_id][lead.agency_id].append(lead.tracked_task_id)
            plan_of[lead.tracked_task_id] = lead.plan_id
    duty_keys = {(plan_id, agency_id, tracked) for plan_id, agencies in owed.items()
                 for agency_id, tracked_ids in agencies.items() for tracked in tracked_ids}
    found: dict[tuple[int, str, int], Row] = {}  # one report per task, period and agency that holds the duty
    for report in received_reports(session, plan_ids(filters)):
        if report.submitted_at is not None:
            found[(report.tracked_task_id, report.period, holders(report.agency_id))] = report
    received: dict[tuple[int, int, str], list[Row]] = defaultdict(list)
    for (tracked, period_key, agency_id), report in found.items():
        plan_id = plan_of.get(tracked)
        if (plan_id, agency_id, tracked) in duty_keys:
            received[(plan_id, agency_id, period_key)].append(report)
    periods = {plan_id: [p for p in found if not filters.periods or p.key in filters.periods]
               for plan_id, found in sorted(periods_of(session, plan_ids(filters), today).items())}
    return Duties(periods, owed, received)


def rate_table(session: Session, filters: Filters, today: date | None = None) -> RateTable:
    """The reporting-rate table of the plans the filters select, cells summed over plans by period."""
    today = today or today_local()
    owed = duties(session, filters, today)
    cells: dict[tuple[int, str], Cell] = {}
    periods: dict[str, Period] = {}
    last_due: dict[str, date] = {}
    for plan_id, plan_periods in owed.periods.items():
        if not owed.owed.get(plan_id):
            continue
        for period in plan_periods:
            if period.key not in periods or period.due < periods[period.key].due:  # the column shows the first day
                periods[period.key] = period
            last_due[period.key] = max(last_due.get(period.key, period.due), period.due)
            for agency_id, tracked_ids in owed.owed[plan_id].items():
                cell = _plan_cell(agency_id, period, len(tracked_ids),
                                  owed.received.get((plan_id, agency_id, period.key), []), today)
                if (agency_id, period.key) in cells:
                    cells[(agency_id, period.key)].add(cell)
                else:
                    cells[(agency_id, period.key)] = cell
    return RateTable(_names(session, {agency_id for agency_id, _ in cells}),
                     sorted(periods.values(), key=lambda p: (p.due, p.key)), cells, last_due)


def missing_by_agency(session: Session, filters: Filters, today: date | None = None) -> list[tuple[int, str, int]]:
    """The rate table's `missing_by_agency` without building its cells: for each agency, the reports of
    periods past due that it owes and has not sent, most first.

    The same count as `duties` makes, made by the database: the inbox recounts a province's whole register
    every minute, and matching its 200,000 reports in Python held a worker's interpreter for two seconds,
    while the pages it served waited. The database returns one row per plan, agency (as it is today) and
    period, each duty counted once however many of its predecessors led or answered it."""
    today = today or today_local()
    holders = Holders(session, today)
    wanted = {holders(a) for a in filters.agency_ids}
    due = {plan_id: {p.key for p in periods if p.due < today and (not filters.periods or p.key in filters.periods)}
           for plan_id, periods in periods_of(session, plan_ids(filters), today).items()}
    owed = _duties_in_database(session, filters, holders)
    missing: dict[int, int] = defaultdict(int)
    for plan_id, agency_id, tasks in session.execute(
            select(owed.c.plan_id, owed.c.holder, func.count()).group_by(owed.c.plan_id, owed.c.holder)):
        missing[agency_id] += tasks * len(due.get(plan_id, ()))
    answering = _holder(ProgressReport.agency_id)
    received = (select(owed.c.plan_id, owed.c.holder, ProgressReport.period,
                       func.count(ProgressReport.tracked_task_id.distinct()))  # one report per duty and period
                .select_from(ProgressReport).outerjoin(HOLDER_NOW, HOLDER_NOW.c.agency_id == ProgressReport.agency_id)
                .join(owed, (owed.c.tracked_task_id == ProgressReport.tracked_task_id) & (owed.c.holder == answering))
                .where(ProgressReport.status.in_(RECEIVED), ProgressReport.submitted_at.is_not(None),
                       ProgressReport.period.in_(set().union(*due.values())))
                .group_by(owed.c.plan_id, owed.c.holder, ProgressReport.period))
    for plan_id, agency_id, period_key, answered in session.execute(received):
        if period_key in due.get(plan_id, ()):
            missing[agency_id] -= answered
    names = _names(session, {agency_id for agency_id, count in missing.items()
                             if count > 0 and (not wanted or agency_id in wanted)})
    return sorted(((agency_id, name, missing[agency_id]) for agency_id, name in names.items()),
                  key=lambda row: (-row[2], collation_key(row[1])))


# The agencies whose duties passed to another, with the agency that holds them today: a table of the
# connection's own (TEMPORARY), filled for each count, so that the database joins it by its key (SQLite
# scans a list of VALUES once for every row it joins, 0.05 s became 1 s).
HOLDER_NOW = Table("holder_now", MetaData(), Column("agency_id", Integer, primary_key=True, autoincrement=False),
                   Column("holder", Integer, nullable=False), prefixes=["TEMPORARY"])


def _holder(agency_id):
    return func.coalesce(HOLDER_NOW.c.holder, agency_id)


def _duties_in_database(session: Session, filters: Filters, holders: Holders):
    """The selected plans' duties as a query of (plan, tracked task, agency that holds its lead today), one row
    each: the extracted leads of tasks whose lead no one corrected, and the corrected leads of the others;
    collective leads owe nothing (as `lead_tasks`)."""
    HOLDER_NOW.create(session.connection(), checkfirst=True)
    session.execute(delete(HOLDER_NOW))
    if holders.moves:
        session.execute(insert(HOLDER_NOW), [{"agency_id": a, "holder": holders(a)} for a in holders.moves])
    fixed = corrected.corrected_leads(session)

    def duties_of(leads, agency_id, task_id):
        return (select(PlanVersion.plan_id, Task.tracked_task_id, _holder(agency_id).label("holder"))
                .select_from(leads).join(Task, Task.id == task_id)
                .join(PlanVersion, (PlanVersion.id == Task.version_id) & PlanVersion.is_current.is_(True))
                .join(Agency, (Agency.id == agency_id) & (Agency.kind != "collective"))
                .outerjoin(HOLDER_NOW, HOLDER_NOW.c.agency_id == agency_id)
                .where(PlanVersion.plan_id.in_(plan_ids(filters))))

    replaced = values(column("task_id", Integer), column("agency_id", Integer), name="corrected_lead").data(
        [(task_id, agency_id) for task_id, agency_ids in fixed.items() for agency_id in agency_ids]
        or [(0, 0)]).cte("corrected_lead")  # (no task has id 0: an empty list of VALUES is no SQL)
    return union(  # UNION, not UNION ALL: a task two predecessors of one agency led is one duty of it
        duties_of(TaskAgency, TaskAgency.agency_id, TaskAgency.task_id)
        .where(TaskAgency.role == "lead", TaskAgency.task_id.not_in(select(replaced.c.task_id))),
        duties_of(replaced, replaced.c.agency_id, replaced.c.task_id)).cte("duty")


def _names(session: Session, agency_ids: set[int]) -> dict[int, str]:
    """Agency names by id, in Vietnamese dictionary order."""
    names = {a.id: a.name for a in session.execute(select(Agency.id, Agency.name).where(Agency.id.in_(agency_ids)))}
    return dict(sorted(names.items(), key=lambda item: collation_key(item[1])))


@dataclass
class CellReport:
    """A line of a cell's drill-down: one task the agency leads and its report for the period, if any."""

    plan: Plan
    task: Task
    period: Period
    report: ProgressReport | None
    due: bool  # the period's due date has passed

    @property
    def submitted_at(self) -> datetime | None:
        return hanoi(self.report.submitted_at) if self.report and self.report.submitted_at else None

    @property
    def state(self) -> str:
        if self.report is None or self.report.status not in RECEIVED or self.report.submitted_at is None:
            return MISSING if self.due else NOT_DUE
        if self.report.status == "returned":
            return RETURNED
        return ON_TIME if on_time(self.report.submitted_at, self.period.due) else LATE


def cell_reports(session: Session, filters: Filters, agency_id: int, period_key: str,
                 today: date | None = None) -> list[CellReport]:
    """What lies behind one cell: each task the agency leads in the selected plans, with its report."""
    today = today or today_local()
    plans = {p.id: p for p in _plans(session, filters)}
    holders = Holders(session, today)
    leads = [lead for lead in lead_tasks(session, plan_ids(filters), holders) if lead.agency_id == agency_id]
    tasks = {t.id: t for t in session.scalars(select(Task).where(Task.id.in_([lead.task_id for lead in leads])))}
    reports = {(r.tracked_task_id, holders(r.agency_id)): r for r in session.scalars(
        select(ProgressReport).where(ProgressReport.tracked_task_id.in_([lead.tracked_task_id for lead in leads]),
                                     ProgressReport.period == period_key))}
    periods = {plan_id: {p.key: p for p in found} for plan_id, found in periods_of(session, list(plans), today).items()}
    out = []
    for lead in leads:
        period = periods[lead.plan_id].get(period_key)
        if period is not None:
            out.append(CellReport(plans[lead.plan_id], tasks[lead.task_id], period,
                                  reports.get((lead.tracked_task_id, agency_id)), period.due < today))
    return sorted(out, key=lambda line: (line.plan.id, line.task.position))


# -- Excel ---------------------------------------------------------------------------------------------

CELL_FILLS = {ON_TIME: "C6EFCE", LATE: "FFEB9C", MISSING: "FFC7CE", RETURNED: "F4B183", NOT_DUE: "EDEDED"}
PERCENT = "0.0%"


def to_xlsx(table: RateTable, title: str) -> bytes:
    """The table for print and for further work: a sheet as on screen (label and colour per cell,
    rates as numbers) laid out on A4 landscape, and a sheet of the counts, one row per cell."""
    from io import BytesIO

    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    sheet.title = "Tỷ lệ báo cáo"
    sheet.append([title])
    sheet["A1"].font = Font(bold=True, size=13)
    sheet.append(["Tỷ lệ đầy đủ = số báo cáo đã nhận / số báo cáo phải nộp; tỷ lệ đúng hạn = số báo cáo nhận đúng hạn "
                  "/ số báo cáo phải nộp; chỉ tính các kỳ đã đến hạn."])
    header = ["Cơ quan", *[p.label for p in table.periods], "Tỷ lệ đầy đủ", "Tỷ lệ đúng hạn"]
    sheet.append(header)
    for cell in sheet[3]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    for agency_id, name in table.agencies.items():
        rate = table.agency_rate(agency_id)
        cells = [table.cell(agency_id, p.key) for p in table.periods]
        sheet.append([name, *[c.label if c else "" for c in cells], rate.completeness, rate.timeliness])
        for index, cell in enumerate(cells, 2):
            if cell:
                sheet.cell(sheet.max_row, index).fill = PatternFill("solid", fgColor=CELL_FILLS[cell.state])
    by_period = [table.period_rate(p.key) for p in table.periods]
    overall = table.overall
    sheet.append(["Tỷ lệ đầy đủ", *[r.completeness for r in by_period], overall.completeness, None])
    sheet.append(["Tỷ lệ đúng hạn", *[r.timeliness for r in by_period], None, overall.timeliness])
    for row in sheet.iter_rows(min_row=4):
        for cell in row:
            if isinstance(cell.value, float):
                cell.number_format = PERCENT
    sheet.column_dimensions["A"].width = 42
    for index in range(2, len(header) + 1):
        sheet.column_dimensions[get_column_letter(index)].width = 18
    sheet.freeze_panes = "B4"
    sheet.page_setup.orientation = sheet.ORIENTATION_LANDSCAPE
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = "3:3"

    counts = book.create_sheet("Số liệu")
    counts.append(["Cơ quan", "Kỳ báo cáo", "Hạn nộp", "Tình trạng", "Phải nộp", "Đã nhận", "Trễ hạn", "Bị trả lại"])
    for (agency_id, _), cell in sorted(table.cells.items(), key=lambda item: (
            collation_key(table.agencies[item[0][0]]), item[1].period.due)):
        counts.append([table.agencies[agency_id], cell.period.label, cell.period.due, CELL_STATES[cell.state],
                       cell.expected, cell.received, cell.late, cell.returned])
        counts.cell(counts.max_row, 3).number_format = "DD/MM/YYYY"
    counts.page_setup.orientation = counts.ORIENTATION_LANDSCAPE
    counts.page_setup.paperSize = counts.PAPERSIZE_A4
    out = BytesIO()
    book.save(out)
    return out.getvalue()
