"""The focal point's period report: every report an agency owes in a stretch of the calendar, on one screen.

A *window* is a stretch of the calendar the focal point chooses (a quarter, a half
year, a month or a year). Its *lines* are the reports the user's agency owes that
fall due in it: one per task it leads or coordinates and per reporting period of
that task's plan due in the window, and one per target actual of the tasks it leads.
Each line is saved on its own, with the revision it was read at: a line someone else
changed meanwhile is reported as stale and the others are saved.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..register import corrected
from ..register.models import Plan, PlanVersion, ProgressReport, Target, TargetActual, Task, User
from . import access, corrections, inputs, reports
from .errors import Conflict, InvalidInput, PermissionDenied
from .formatting import parse_date, today_local
from .periods import Period, bounds, period_label, periods_for, quarter_of


LEADS, COORDINATES = "chủ trì", "phối hợp"  # the agency's role in a task, as its line says it


@dataclass(frozen=True)
class Window:
    key: str  # 2024 | 2024-H1 | 2024-Q2 | 2024-05
    label: str
    start: date
    end: date


def window(key: str) -> Window:
    span = bounds(key or "")
    if span is None or not 1900 < span[0].year < 2200:
        raise InvalidInput(f"Kỳ không hợp lệ: {key} (ví dụ 2024-Q2, 2024-H1, 2024-05, 2024)",
                           f"invalid period: {key} (e.g. 2024-Q2, 2024-H1, 2024-05, 2024)")
    return Window(key, period_label(key), *span)


def _same_kind_containing(day: date, like: str) -> str:
    kind = like[5:6]
    if kind == "Q":
        return quarter_of(day)
    if kind == "H":
        return f"{day.year}-H{1 if day.month <= 6 else 2}"
    if kind:
        return f"{day.year}-{day.month:02d}"
    return str(day.year)


def neighbours(key: str) -> tuple[str, str]:
    """The windows of the same kind before and after, for moving through the calendar."""
    current = window(key)
    return (_same_kind_containing(current.start - timedelta(days=1), key),
            _same_kind_containing(current.end + timedelta(days=1), key))


def choices(year: int) -> list[Window]:
    """The windows offered for a year and the ones around it: years, halves, quarters."""
    return [window(f"{y}{part}") for y in (year - 1, year, year + 1)
            for part in ("", "-H1", "-H2", "-Q1", "-Q2", "-Q3", "-Q4")]


# -- the lines ------------------------------------------------------------------------------------------

@dataclass
class Line:
    key: str  # task-<task id>-<period key> | target-<target id>-<period key>
    kind: str  # task | target
    plan: Plan
    period: Period
    task: Task | None = None
    target: Target | None = None
    role: str = ""  # LEADS | COORDINATES
    report: ProgressReport | None = None
    actual: TargetActual | None = None
    target_values: dict = field(default_factory=dict)

    @property
    def record(self):
        return self.report if self.kind == "task" else self.actual

    @property
    def editable(self) -> bool:
        return self.record is None or self.record.status in reports.EDITABLE

    @property
    def revision(self) -> int:
        return self.record.revision if self.record is not None else 0


def _require_focal_point(user: User) -> None:
    if not access.may_open(user, "own_work") or user.agency_id is None:
        raise PermissionDenied("Báo cáo theo kỳ dành cho cán bộ đầu mối của cơ quan",
                               "the period report is for an agency's focal point")


def _plan_periods(plan: Plan, span: Window, cache: dict) -> list[Period]:
    if plan.id not in cache:
        cache[plan.id] = [p for p in periods_for(plan) if span.start <= p.due <= span.end]
    return cache[plan.id]


def _own_tasks(session: Session, agency_ids: set[int]) -> list[tuple[Task, str]]:
    """Current tasks the agencies lead or coordinate, corrections applied, with the role."""
    candidates = list(session.scalars(select(Task).join(PlanVersion).where(
        PlanVersion.is_current.is_(True), corrected.naming(session, agency_ids)).order_by(Task.version_id, Task.position)))
    facts = corrected.task_facts(session, candidates)
    out = []
    for task in candidates:
        if set(facts[task.id].lead_ids) & agency_ids:
            out.append((task, LEADS))
        elif facts[task.id].coordinator_ids & agency_ids:
            out.append((task, COORDINATES))
    return out


def lines(session: Session, user: User, key: str) -> list[Line]:
    """Every report the user's agency owes in the window, with what it has written so far."""
    return lines_due(session, user, window(key))


def lines_due(session: Session, user: User, span: Window) -> list[Line]:
    """Every report the user's agency owes with a due date in `span`, with what it has written so far."""
    _require_focal_point(user)
    agency_ids = access.user_agency_ids(session, user)
    cache: dict = {}
    out: list[Line] = []
    for task, role in _own_tasks(session, agency_ids):
        plan = reports.plan_of_task(session, task)
        for period in _plan_periods(plan, span, cache):
            report = session.scalar(select(ProgressReport).where(
                ProgressReport.tracked_task_id == task.tracked_task_id, ProgressReport.period == period.key,
                ProgressReport.agency_id == user.agency_id))
            out.append(Line(f"task-{task.id}-{period.key}", "task", plan, period, task=task, role=role, report=report))
    targets = session.scalars(select(Target).join(PlanVersion, PlanVersion.id == Target.version_id).where(
        PlanVersion.is_current.is_(True), Target.task_path.is_not(None)).order_by(Target.version_id, Target.id))
    for target in targets:
        if not access.target_agency_ids(session, target) & agency_ids:
            continue
        plan = session.get(PlanVersion, target.version_id).plan
        for period in _plan_periods(plan, span, cache):
            actual = session.scalar(select(TargetActual).where(TargetActual.target_id == target.id,
                                                               TargetActual.period == period.key))
            out.append(Line(f"target-{target.id}-{period.key}", "target", plan, period, target=target, actual=actual,
                            target_values=corrections.target_values(session, target)))
    return out


# -- saving ---------------------------------------------------------------------------------------------

@dataclass
class Outcome:
    key: str
    state: str  # saved | submitted | unchanged | stale | invalid | skipped
    message: str = ""


def _filled(kind: str, values: dict) -> bool:
    names = ("progress_label", "percent", "result", "difficulties", "completed_on") if kind == "task" else ("value", "note")
    return any(str(values.get(name) or "").strip() for name in names)


def _checked_report(values: dict) -> dict:
    """The fields for `reports.save_report`; InvalidInput when a line says too little to be a report (a line left
    blank is no report at all: `_filled`). A field the line does not send (the period report has no box for the
    proposals a task page may hold) keeps what is saved."""
    label = (values.get("progress_label") or "").strip()
    percent = str(values.get("percent") or "").strip()
    result = str(values.get("result") or "").strip()
    reports.require_content(label, percent, result)
    fields = {"progress_label": label, "percent": percent or None, "result": result,
              "completed_on": values.get("completed_on")}
    return fields | {name: str(values[name] or "") for name in ("difficulties", "proposals") if name in values}


def _revision_seen(values: dict) -> int | None:
    typed = str(values.get("revision") or "").strip()
    return int(typed) if typed.isdigit() else None


def _as_typed(kind: str, values: dict) -> tuple | None:
    """What a line says, read as it would be stored (None: it does not read, and saving it will say why)."""
    try:
        if kind == "target":
            return inputs.quantity(values.get("value"), "Giá trị"), str(values.get("note") or "").strip()
        percent = str(values.get("percent") or "").strip().removesuffix("%").strip()
        day = parse_date(str(values.get("completed_on") or ""))
        return ((values.get("progress_label") or "").strip(), int(percent) if percent else None,
                str(values.get("result") or "").strip(), str(values.get("difficulties") or "").strip(),
                day.isoformat() if day else None)
    except (InvalidInput, ValueError):
        return None


def _as_shown(kind: str, shown: dict) -> tuple:
    if kind == "target":
        return shown.get("value"), (shown.get("note") or "").strip()
    day = shown.get("completed_on")
    return (shown.get("progress_label") or "", shown.get("percent"), (shown.get("result") or "").strip(),
            (shown.get("difficulties") or "").strip(), day.isoformat() if isinstance(day, date) else day)


def _untouched(session: Session, line: Line, values: dict) -> bool:
    """Does the line come back as its page showed it (at the revision it names)? Then its reader did not change it,
    and it is not written again: saving it would put back, over a colleague's newer words, what the page showed."""
    seen = _revision_seen(values)
    shown = reports.fields_at(session, line.record, seen) if line.record is not None and seen is not None else None
    return shown is not None and _as_typed(line.kind, values) == _as_shown(line.kind, shown)


def _number(value) -> float:
    number = inputs.quantity(value, "Giá trị thực hiện")
    if number is None:
        raise InvalidInput("Hãy ghi giá trị thực hiện của chỉ tiêu", "give the value the target reached")
    return number


def _save_line(session: Session, user: User, line: Line, values: dict, submit: bool) -> str:
    expected = int(values["revision"]) if str(values.get("revision") or "").strip() else None
    if line.kind == "target":
        reports.save_actual(session, user, line.target, line.period.key, _number(values.get("value")),
                            str(values.get("note") or ""), expected, submit=submit)
        return "submitted" if submit else "saved"
    report = reports.save_report(session, user, line.task, line.period.key, _checked_report(values), expected)
    if submit:
        reports.submit(session, user, report, report.revision)
    return "submitted" if submit else "saved"


def save(session: Session, user: User, key: str, submitted: dict[str, dict], submit: bool = False) -> list[Outcome]:
    """Save (and with `submit`, send) every line filled in; each line on its own.

    A line not owed by the user's agency refuses the whole request, before anything is
    written; a report with no line filled in is refused. A stale or incomplete line is
    reported and left as it was, the others are saved.
    """
    owed = {line.key: line for line in lines(session, user, key)}
    foreign = [k for k in submitted if k not in owed]
    if foreign:
        raise PermissionDenied(f"Dòng báo cáo không thuộc cơ quan anh/chị trong kỳ này: {', '.join(foreign)}",
                               f"lines not owed by your agency in this period: {', '.join(foreign)}")
    filled = {k: v for k, v in submitted.items() if _filled(owed[k].kind, v) and owed[k].editable}
    if not filled:
        raise InvalidInput("Báo cáo trống: hãy điền ít nhất một nhiệm vụ hoặc chỉ tiêu",
                           "the report is empty: fill in at least one task or target")
    outcomes = [Outcome(k, "skipped") for k in submitted if k not in filled]
    for line_key, values in filled.items():
        line = owed[line_key]
        untouched = _untouched(session, line, values)
        if untouched and not submit:
            outcomes.append(Outcome(line_key, "unchanged"))
            continue
        savepoint = session.begin_nested()
        try:
            if untouched:  # sent as saved, at the revision its page showed (a newer one is a colleague's: stale)
                reports.submit(session, user, line.record, _revision_seen(values))
                state = "submitted"
            else:
                state = _save_line(session, user, line, values, submit)
            savepoint.commit()
            outcomes.append(Outcome(line_key, state))
        except Conflict as exc:
            savepoint.rollback()
            outcomes.append(Outcome(line_key, "stale", exc.vi))
        except InvalidInput as exc:
            savepoint.rollback()
            outcomes.append(Outcome(line_key, "invalid", exc.vi))
    return outcomes


def withdraw(session: Session, user: User, report: ProgressReport | TargetActual,
             expected_revision: int | None = None) -> None:
    """A submitted report (or target's figure) not yet reviewed goes back to draft, to be corrected and sent again."""
    _require_focal_point(user)
    reports.withdraw(session, user, report, expected_revision)


# -- the focal point's home -------------------------------------------------------------------------------

DUE_SOON_DAYS = 14
_NOT_SENT = (None, "draft")  # returned reports have a section of their own


@dataclass
class Home:
    due_soon: list[Line]  # not written or still a draft, due in the next two weeks
    overdue: list[Line]  # not written or still a draft, past due
    returned: list[Line]  # sent back by the planning department, with its reason, whatever its due date
    approved: list[tuple[ProgressReport, Task]]  # approved since the previous visit
    since: datetime | None


def _status(line: Line) -> str | None:
    return line.record.status if line.record is not None else None


def _owed(line: Line) -> bool:
    """A report the agency owes: on a task it leads, or a target's figure. A partner may report its part of a task
    (the period report offers the line), but is not late when it does not: the lead's report is the one counted, in
    the reporting rates and the reminders as here."""
    return line.kind != "task" or line.role == LEADS


def home(session: Session, user: User, since: datetime | None, today: date | None = None) -> Home:
    today = today or today_local()
    # every period, so that a report sent back shows whenever it falls due
    owed = lines_due(session, user, Window("", "", date(1900, 1, 1), date(2199, 12, 31)))
    soon = today + timedelta(days=DUE_SOON_DAYS)
    agency_ids = access.user_agency_ids(session, user)
    approved = select(ProgressReport).where(ProgressReport.agency_id.in_(agency_ids),
                                            ProgressReport.status == "approved")
    if since is not None:
        approved = approved.where(ProgressReport.decided_at > since)
    unsent = [line for line in owed if _owed(line) and _status(line) in _NOT_SENT]
    return Home(due_soon=[line for line in unsent if today <= line.period.due <= soon],
                overdue=[line for line in unsent if line.period.due < today],
                returned=[line for line in owed if _status(line) == "returned"],
                approved=[(report, reports.task_of_report(session, report)) for report in
                          session.scalars(approved.order_by(ProgressReport.decided_at.desc()).limit(50))],
                since=since)


def previous_visit(folder: Path, user: User, now: datetime | None = None) -> datetime | None:
    """When the user last opened their home page (None the first time); this visit is remembered."""
    path = Path(folder) / "visits" / str(user.id)
    before = datetime.fromisoformat(path.read_text()) if path.exists() else None
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text((now or datetime.now(timezone.utc)).isoformat())
    return before
