"""The JSON API (/api): the same operations as the pages, for other systems and scripts.

Sign in with POST /api/login; send the returned `csrf_token` as the
`X-CSRF-Token` header with every change. A change of an existing report or
actual names the `revision` it started from; without one a save only creates.
Errors come as {"detail": "…"} (Vietnamese / English) with 400 or 422 (invalid
input), 401 (not signed in, or a wrong password), 403 (not allowed, or the account is locked), 404,
409 (edited or created by someone else meanwhile), 413 (body too large), 429 (too many failed
sign-ins from this address: wait Retry-After seconds) or 503 (busy; see Retry-After); the OpenAPI
document (web/openapi.py) declares them all.
"""
from __future__ import annotations

import json
import re
from dataclasses import asdict
from datetime import timedelta
from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, BackgroundTasks, Depends, File, HTTPException, Path, Query, Request, UploadFile
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response
from pydantic import BaseModel, ConfigDict, Field, field_validator
from sqlalchemy import select
from sqlalchemy.orm import Session

from ..monitor import access, corrections, dashboard, exports, period_corrections, reminders, reports
from ..monitor.calendar import for_user as calendar_of
from ..monitor.errors import NotFound, SignInRefused
from ..monitor.formatting import day_start, parse_date, today_local
from ..monitor.inputs import MAX_ID, MAX_NOTE, MAX_QUANTITY, whole
from ..monitor.periods import periods_for
from ..monitor.views import TaskView, task_view
from ..register import audit, list_plans
from ..register.agencies import in_dictionary_order
from ..register.models import Agency, Plan, ProgressReport, Target, TargetActual, Task, User
from ..register.search import Filters, search
from ..textfold import fold
from .auth import (authenticate, check_csrf, csrf_token, current_user, optional_user, require_area, sign_in,
                   sign_out)
from .deps import QueryId, RowId, get_session, mail_afterwards

router = APIRouter(prefix="/api", dependencies=[Depends(check_csrf)])


def _no_broken_text(value):
    """JSON strings may hold lone surrogates, which no database stores: refuse them before anything else."""
    if isinstance(value, str) and not whole(value):
        raise ValueError("có ký tự không hợp lệ / invalid character (lone surrogate)")
    if isinstance(value, list):
        for item in value:
            _no_broken_text(item)
    return value


class Body(BaseModel):
    """A request body: unknown fields refused, every string whole."""

    model_config = ConfigDict(extra="forbid")

    @field_validator("*", mode="before")
    @classmethod
    def _whole_text(cls, value):
        return _no_broken_text(value)


Revision = Annotated[int, Field(ge=0, le=MAX_ID)]
ReportText = Annotated[str, Field(max_length=reports.MAX_REPORT_TEXT)]
Period = Annotated[str, Field(min_length=1, max_length=20)]
PeriodKey = Annotated[str, Path(min_length=1, max_length=20)]
DueDate = Annotated[str, Field(min_length=1, max_length=20)]  # dd/mm/yyyy (yyyy-mm-dd accepted)
Quantity = Annotated[float, Field(allow_inf_nan=False, ge=-MAX_QUANTITY, le=MAX_QUANTITY)]


class LoginBody(Body):
    username: str = Field(max_length=80)
    password: str = Field(max_length=200)


class ReportBody(Body):
    period: Period
    percent: int | None = Field(default=None, ge=0, le=100)
    progress_label: str | None = Field(default=None, max_length=30)
    result: ReportText | None = None
    difficulties: ReportText | None = None
    proposals: ReportText | None = None
    completed_on: str | None = Field(default=None, max_length=10)  # dd/mm/yyyy or yyyy-mm-dd; required with "hoan_thanh"
    revision: Revision | None = None  # the revision this edit starts from; omit only when creating
    submit: bool = False


class DecisionBody(Body):
    revision: Revision | None = None
    comment: str = Field(default="", max_length=MAX_NOTE)


class ActualBody(Body):
    period: Period
    value: Quantity | None = None
    note: str = Field(default="", max_length=MAX_NOTE)
    revision: Revision | None = None
    submit: bool = False


class CorrectionBody(Body):
    field: str = Field(max_length=20)
    value: Annotated[str, Field(max_length=2000)] | list[Annotated[str, Field(max_length=300)]] | Quantity | None = None


class NewPeriodBody(Body):
    period: Period  # "2025-Q3", "2025-H1", "2025-07", "2025", or "once" for a one-off report
    due: DueDate


class PeriodDueBody(Body):
    due: DueDate


def get_or_404(session: Session, model, key: int, what: str):
    obj = session.get(model, key)
    if obj is None:
        raise NotFound(what)
    return obj


def user_json(user: User) -> dict:
    return {"id": user.id, "username": user.username, "display_name": user.display_name, "role": user.role,
            "agency": user.agency.name if user.agency else None, "must_change_password": user.must_change_password}


def report_json(report: ProgressReport) -> dict:
    return {"id": report.id, "tracked_task_id": report.tracked_task_id, "agency_id": report.agency_id,
            "period": report.period, "percent": report.percent, "progress_label": report.progress_label,
            "result": report.result, "difficulties": report.difficulties, "proposals": report.proposals,
            "completed_on": report.completed_on, "status": report.status, "comment": report.comment,
            "revision": report.revision, "submitted_at": report.submitted_at, "attachments": [
                {"id": a.id, "filename": a.filename, "size": a.size, "url": f"/attachments/{a.id}"}
                for a in report.attachments]}


def task_json(view: TaskView) -> dict:
    task = view.task
    return {"id": task.id, "tracked_task_id": task.tracked_task_id, "path": task.path, "section": task.section,
            "text": task.text, "lead": view.lead_names, "lead_today": [line.text for line in view.leads],
            "coordinators": view.coordinator_names, "coordinators_collective": task.coordinators_collective,
            "deadline": view.deadline.isoformat() if view.deadline else None, "corrected": list(view.corrected),
            "span": [task.start, task.end], "status": view.status.state, "status_label": view.state_label,
            "percent": view.status.percent}


def task_detail_json(session: Session, task: Task, user: User) -> dict:
    """A task with its state, whether `user` may report on it, and the reports they may read."""
    plan = reports.plan_of_task(session, task)
    found = reports.reports_for(session, task)
    view = task_view(session, task, plan, found, reader=user)
    return task_json(view) | {"plan_id": plan.id, "can_report": view.can_report,
                              "reports": [report_json(r) for r in access.readable(session, user, found)]}


@router.post("/login")
async def login(body: LoginBody, request: Request, session: Session = Depends(get_session)) -> dict:
    try:
        user = await authenticate(request, session, body.username, body.password)
    except SignInRefused as refused:
        raise HTTPException(refused.status, f"{refused.vi} / {refused.en}",
                            headers={"Retry-After": str(refused.wait)} if refused.wait else None) from None
    return {"user": await run_in_threadpool(user_json, user), "csrf_token": sign_in(request, user)}


@router.post("/logout")
def logout(request: Request, session: Session = Depends(get_session), user: User | None = Depends(optional_user)) -> dict:
    sign_out(request, session, user)
    return {"ok": True}


@router.get("/me")
def me(request: Request, user: User = Depends(current_user)) -> dict:
    return {"user": user_json(user), "csrf_token": csrf_token(request)}


@router.get("/plans")
def plans(session: Session = Depends(get_session), user: User = Depends(current_user)) -> list[dict]:
    return [asdict(row) for row in list_plans(session)]


@router.get("/plans/{plan_id}")
def plan_detail(plan_id: RowId, session: Session = Depends(get_session), user: User = Depends(current_user)) -> dict:
    plan = get_or_404(session, Plan, plan_id, "kế hoạch")
    summary = dashboard.plan_summary(session, plan, reader=user)
    loaded_targets = corrections.load(session, "target", [t.id for t, _, _ in summary.targets])
    return {"id": plan.id, "number": plan.number, "title": plan.title, "issuer": plan.issuer,
            "issued_date": plan.issued_date, "version": plan.current.number,
            "periods": _periods_json(plan),
            "states": dict(summary.states), "completion": summary.completion,
            "tasks": [task_json(view) for view in summary.tasks],
            "targets": [{"id": t.id, "indicator": t.indicator, "text": t.text, "task": t.task_path,
                         **corrections.target_values(session, t, loaded_targets), "actual": actual,
                         "actual_period": period} for t, actual, period in summary.targets]}


@router.get("/tasks/{task_id}")
def task_detail(task_id: RowId, session: Session = Depends(get_session), user: User = Depends(current_user)) -> dict:
    return task_detail_json(session, get_or_404(session, Task, task_id, "nhiệm vụ"), user)


@router.post("/tasks/{task_id}/reports")
def save_report(task_id: RowId, body: ReportBody, session: Session = Depends(get_session),
                user: User = Depends(current_user)) -> dict:
    task = get_or_404(session, Task, task_id, "nhiệm vụ")
    report = reports.save_report(session, user, task, body.period,
                                 body.model_dump(exclude={"period", "revision", "submit"}, exclude_none=True),
                                 expected_revision=body.revision, submit=body.submit)
    session.commit()
    return report_json(report)


def _report(session: Session, user: User, report_id: RowId) -> ProgressReport:
    report = get_or_404(session, ProgressReport, report_id, "báo cáo")
    access.require(session, user, "read", report)
    return report


@router.get("/reports/{report_id}")
def get_report(report_id: RowId, session: Session = Depends(get_session), user: User = Depends(current_user)) -> dict:
    return report_json(_report(session, user, report_id))


@router.get("/reports/{report_id}/history")
def report_history(report_id: RowId, session: Session = Depends(get_session), user: User = Depends(current_user)) -> list:
    shown = access.readable_states(session, user, _report(session, user, report_id))
    return [{"revision": r.revision, "action": r.action, "at": r.at, "actor_id": r.actor_id,
             "snapshot": r.snapshot_json if json.loads(r.snapshot_json)["status"] in shown else None}
            for r in reports.history(session, "report", report_id)]


@router.post("/reports/{report_id}/attachments")
async def upload(report_id: RowId, request: Request, file: UploadFile = File(...), session: Session = Depends(get_session),
                 user: User = Depends(current_user)) -> dict:
    report = _report(session, user, report_id)
    content = await file.read(reports.MAX_ATTACHMENT + 1)
    attachment = reports.add_attachment(session, user, report, file.filename or "tep", content,
                                        request.app.state.settings.data_dir)
    session.commit()
    return {"id": attachment.id, "filename": attachment.filename, "size": attachment.size}


@router.post("/reports/{report_id}/{action}")
def decide(report_id: RowId, action: str, body: DecisionBody, request: Request, background: BackgroundTasks,
           session: Session = Depends(get_session), user: User = Depends(current_user)) -> dict:
    report = _report(session, user, report_id)
    reports.decide(session, user, report, action, body.comment, body.revision)
    session.commit()
    request.app.state.overview.clear()
    mail_afterwards(request, background)
    return report_json(report)


@router.post("/targets/{target_id}/actuals")
def save_actual(target_id: RowId, body: ActualBody, session: Session = Depends(get_session),
                user: User = Depends(current_user)) -> dict:
    target = get_or_404(session, Target, target_id, "chỉ tiêu")
    actual = reports.save_actual(session, user, target, body.period, body.value, body.note, body.revision, body.submit)
    session.commit()
    return {"id": actual.id, "value": actual.value, "period": actual.period, "status": actual.status,
            "revision": actual.revision}


@router.post("/actuals/{actual_id}/{action}")
def decide_actual(actual_id: RowId, action: str, body: DecisionBody, request: Request, background: BackgroundTasks,
                  session: Session = Depends(get_session), user: User = Depends(current_user)) -> dict:
    actual = get_or_404(session, TargetActual, actual_id, "số liệu chỉ tiêu")
    if action not in ("approve", "return"):
        raise HTTPException(404, f"Không có thao tác {action}")
    reports.decide(session, user, actual, action, body.comment, body.revision)
    session.commit()
    mail_afterwards(request, background)
    return {"id": actual.id, "status": actual.status, "revision": actual.revision}


@router.post("/tasks/{task_id}/corrections")
def correct_task(task_id: RowId, body: CorrectionBody, request: Request, session: Session = Depends(get_session),
                 user: User = Depends(current_user)) -> dict:
    task = get_or_404(session, Task, task_id, "nhiệm vụ")
    corrections.correct_task(session, user, task, body.field, body.value)
    session.commit()
    request.app.state.overview.clear()  # a corrected deadline moves the task to another state
    return task_detail_json(session, task, user)


@router.post("/targets/{target_id}/corrections")
def correct_target(target_id: RowId, body: CorrectionBody, session: Session = Depends(get_session),
                   user: User = Depends(current_user)) -> dict:
    target = get_or_404(session, Target, target_id, "chỉ tiêu")
    corrections.correct_target(session, user, target, body.field, body.value)
    session.commit()
    return corrections.target_values(session, target)


def _periods_json(plan: Plan) -> list[dict]:
    return [asdict(p) for p in periods_for(plan)]


@router.post("/plans/{plan_id}/periods")
def add_period(plan_id: RowId, body: NewPeriodBody, session: Session = Depends(get_session),
               user: User = Depends(current_user)) -> list[dict]:
    """Add a reporting period the plan's duties did not give; answers the plan's periods."""
    plan = get_or_404(session, Plan, plan_id, "kế hoạch")
    period_corrections.add_period(session, user, plan, body.period, body.due)
    session.commit()
    return _periods_json(plan)


@router.put("/plans/{plan_id}/periods/{key}")
def change_period_due(plan_id: RowId, key: PeriodKey, body: PeriodDueBody, session: Session = Depends(get_session),
                      user: User = Depends(current_user)) -> list[dict]:
    plan = get_or_404(session, Plan, plan_id, "kế hoạch")
    period_corrections.change_due(session, user, plan, key, body.due)
    session.commit()
    return _periods_json(plan)


@router.delete("/plans/{plan_id}/periods/{key}")
def remove_period(plan_id: RowId, key: PeriodKey, session: Session = Depends(get_session),
                  user: User = Depends(current_user)) -> list[dict]:
    """Remove a period; refused (400) while it has a report in any state."""
    plan = get_or_404(session, Plan, plan_id, "kế hoạch")
    period_corrections.remove_period(session, user, plan, key)
    session.commit()
    return _periods_json(plan)


MAX_SEARCH = 100
MAX_QUERY = 200
ReminderDays = Annotated[int, Query(ge=0, le=3660)]  # up to ten years ahead


@router.get("/search")
def search_tasks(q: Annotated[str, Query(max_length=MAX_QUERY)], province: str | None = None, plan: str | None = None, agency: str | None = None,
                 has_deadline: bool | None = None, limit: Annotated[int, Query(ge=1, le=MAX_SEARCH)] = 20,
                 session: Session = Depends(get_session),
                 user: User = Depends(current_user)) -> list[dict]:
    hits = search(session, q, Filters(province=province, plan=plan, agency=agency, has_deadline=has_deadline),
                  limit)
    return [{k: v for k, v in asdict(h).items() if k != "text"} for h in hits]


@router.get("/calendar")
def calendar(session: Session = Depends(get_session), user: User = Depends(current_user)) -> list[dict]:
    today = today_local()
    return [{"plan_id": i.plan.id, "plan": i.plan.number, "period": i.period.key, "period_label": i.period.label,
             "due": i.period.due, "agency_id": i.agency.id, "agency": i.agency.name, "holder": i.holder.name, "tasks": i.tasks,
             "received": i.received, "state": i.state(today)} for i in calendar_of(session, user, today)]


@router.get("/reminders")
def pending_reminders(days: ReminderDays = 7, session: Session = Depends(get_session), user: User = Depends(current_user)) -> list:
    today = today_local()
    return [{"plan": i.plan.number, "period": i.period.key, "due": i.period.due, "agency": i.agency.name,
             "holder": i.holder.name, "received": i.received, "tasks": i.tasks, "state": i.state(today)}
            for i in reminders.pending(session, days, today)]


@router.get("/dashboard/agencies/{agency_id}")
def agency_dashboard(agency_id: RowId, session: Session = Depends(get_session), user: User = Depends(current_user)) -> dict:
    summary = dashboard.agency_summary(session, get_or_404(session, Agency, agency_id, "cơ quan"))
    return {"agency": summary.agency.name, "led": len(summary.led), "coordinated": len(summary.coordinated),
            "states": dict(summary.states), "completion_rate": summary.completion_rate,
            "reports_due": summary.reports_due, "reports_received": summary.reports_received,
            "reports_on_time": summary.reports_on_time, "completeness": summary.completeness,
            "timeliness": summary.timeliness}


@router.get("/dashboard/overview")
def overview(request: Request, user: User = Depends(current_user)) -> dict:
    data = request.app.state.overview.get()
    return {"totals": dict(data.totals), "plans": [
        {"plan_id": line.plan.id, "number": line.plan.number, "tasks": line.tasks, "states": dict(line.states),
         "completion": line.completion, "overdue": line.overdue} for line in data.plans]}


AuditText = Annotated[str, Query(max_length=80)]


def audit_filters(session: Session, plan: int | None, username: str, action: str, since: str, until: str) -> audit.Filters:
    """The audit log's filters as a page or a script sends them: a plan id, a username, an action, dd/mm/yyyy days
    (both ends included, in Vietnam's time)."""
    person = session.scalar(select(User).where(User.username == username)) if username else None
    if username and person is None:
        raise NotFound(f"người dùng {username}")
    first, last = parse_date(since), parse_date(until)
    return audit.Filters(plan, person, action or None, day_start(first) if first else None,
                         day_start(last + timedelta(days=1)) if last else None)


@router.get("/audit")
def audit_log(before: QueryId = None,
              plan: Annotated[int | None, Query(ge=1, le=MAX_ID)] = None, user_name: Annotated[str, Query(alias="user", max_length=80)] = "",
              action: AuditText = "", since: Annotated[str, Query(max_length=20)] = "",
              until: Annotated[str, Query(max_length=20)] = "", session: Session = Depends(get_session),
              user: User = Depends(require_area("audit"))) -> list[dict]:
    """The audit log, latest first, a page at a time (`before`: the last id of the previous page), narrowed to a
    plan, a user (what they did or what was done to their account), an action and a range of days (dd/mm/yyyy)."""
    filters = audit_filters(session, plan, user_name, action, since, until)
    return [{"id": e.id, "at": e.at, "actor": e.actor, "action": e.action, "entity": e.entity, "entity_id": e.entity_id,
             "before": json.loads(e.before_json) if e.before_json else None,
             "after": json.loads(e.after_json) if e.after_json else None}
            for e in audit.entries(session, before, filters=filters)]


@router.get("/agencies")
def agency_list(session: Session = Depends(get_session), user: User = Depends(current_user)) -> list[dict]:
    return [{"id": a.id, "province": a.province, "name": a.name, "kind": a.kind}
            for a in in_dictionary_order(session.scalars(select(Agency)))]


EXPORT_TYPES = {
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "csv": "text/csv; charset=utf-8",
    "json": "application/json",
}
# what an export answers, for the OpenAPI document
EXPORT_ANSWERS = {200: {"description": "the export file", "content": {media: {} for media in EXPORT_TYPES.values()}}}


def attachment_disposition(filename: str) -> str:
    """A Content-Disposition for any file name (RFC 6266): the name itself in UTF-8 for today's browsers,
    and a plain ASCII spelling of it (no diacritics, đ as d) for the others. HTTP headers are
    Latin-1, so a Vietnamese name written into them as it is fails."""
    fallback = re.sub(r"[^A-Za-z0-9._-]+", "-", fold(filename)).strip("-") or "tep"
    return f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{quote(filename, safe='')}"


def export_response(session: Session, user: User, plan: Plan, fmt: str) -> Response:
    """A plan's export in `fmt`, with the reports `user` may read and no others."""
    if fmt not in EXPORT_TYPES:
        raise HTTPException(404, f"Không có định dạng {fmt}")
    access.require(session, user, "export", plan)
    summary = dashboard.plan_summary(session, plan, reader=user)
    body = {"xlsx": exports.xlsx, "docx": exports.docx, "csv": exports.csv_text, "json": exports.json_data}[fmt](session, summary)
    name = f"bao-cao-{(plan.number or str(plan.id)).replace('/', '-')}.{fmt}"
    return Response(body, media_type=EXPORT_TYPES[fmt], headers={"Content-Disposition": attachment_disposition(name)})


@router.get("/plans/{plan_id}/export.{fmt}", response_class=Response, responses=EXPORT_ANSWERS)
def export(plan_id: RowId, fmt: str, session: Session = Depends(get_session), user: User = Depends(current_user)) -> Response:
    return export_response(session, user, get_or_404(session, Plan, plan_id, "kế hoạch"), fmt)
