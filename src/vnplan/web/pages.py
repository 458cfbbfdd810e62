"""Server-rendered pages (Vietnamese): each handler reads the request, calls one service, renders a template."""
from __future__ import annotations

from datetime import date
from html import escape
from pathlib import Path
from typing import NamedTuple

from fastapi import APIRouter, Depends, File, Form, HTTPException, Request, UploadFile
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse, Response
from markupsafe import Markup
from sqlalchemy import select
from sqlalchemy.orm import Session

from ..monitor import corrections, dashboard, reminders, reports, users
from ..monitor.calendar import due_items, ical
from ..monitor.periods import periods_for
from ..monitor.status import PROGRESS_LABELS, STATES, task_status
from ..register import list_plans
from ..register.models import Agency, Attachment, Plan, ProgressReport, SourceDocument, Target, Task, User
from ..register.search import Filters, search
from .api import export_response, get_or_404
from .app import templates
from .auth import check_csrf, csrf_token, current_user, optional_user, require_roles, sign_in
from .charts import states_bar, targets_bar
from .deps import get_session

router = APIRouter(dependencies=[Depends(check_csrf)])


def render(request: Request, name: str, user: User | None, **context) -> HTMLResponse:
    return templates.TemplateResponse(request, name, {"user": user, "csrf": csrf_token(request), "states": STATES,
                                                      "labels": PROGRESS_LABELS, "today": date.today(), **context})


def back(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


# -- signing in --------------------------------------------------------------------------------------

@router.get("/login", response_class=HTMLResponse)
def login_page(request: Request, next: str = "/", user: User | None = Depends(optional_user)):
    return render(request, "login.html", None, next=next if next.startswith("/") else "/", error=None)


@router.post("/login", response_class=HTMLResponse)
def login(request: Request, username: str = Form(...), password: str = Form(...), next: str = Form("/"),
          session: Session = Depends(get_session)):
    throttle = request.app.state.throttle
    address = request.client.host if request.client else "?"
    if throttle.blocked(address):
        return render(request, "login.html", None, next=next, error="Đăng nhập sai quá nhiều lần, hãy thử lại sau ít phút.")
    user = users.authenticate(session, username, password)
    session.commit()
    if user is None:
        throttle.failed(address)
        return render(request, "login.html", None, next=next,
                      error="Sai tên đăng nhập hoặc mật khẩu (tài khoản bị khóa tạm sau 5 lần sai).")
    sign_in(request, user)
    home = "/inbox" if user.role == "planning" else "/"  # the planning department starts from what waits for it
    return back("/password" if user.must_change_password else (next if next.startswith("/") and next != "/" else home))


@router.post("/logout")
def logout(request: Request):
    request.session.clear()
    return back("/login")


@router.get("/password", response_class=HTMLResponse)
def password_page(request: Request, user: User = Depends(current_user)):
    return render(request, "password.html", user, error=None)


@router.post("/password", response_class=HTMLResponse)
def change_password(request: Request, current: str = Form(...), new: str = Form(...), repeat: str = Form(...),
                    session: Session = Depends(get_session), user: User = Depends(current_user)):
    if users.authenticate(session, user.username, current) is None:
        return render(request, "password.html", user, error="Mật khẩu hiện tại không đúng.")
    if new != repeat:
        return render(request, "password.html", user, error="Hai lần nhập mật khẩu mới không khớp.")
    users.change_password(session, user, new)
    session.commit()
    return back("/")


# -- overview, plans, tasks --------------------------------------------------------------------------

OVERVIEW_PLANS = 50
PLANS_PER_PAGE = 100


@router.get("/", response_class=HTMLResponse)
def overview(request: Request, session: Session = Depends(get_session), user: User = Depends(current_user)):
    data = request.app.state.overview.get()
    chart = Markup(states_bar(dict(data.totals), "Tình hình thực hiện nhiệm vụ — toàn tỉnh"))
    own = dashboard.agency_summary(session, user.agency) if user.agency else None
    return render(request, "overview.html", user, lines=data.plans[:OVERVIEW_PLANS], total_plans=len(data.plans),
                  chart=chart, own=own)


@router.get("/plans", response_class=HTMLResponse)
def plans(request: Request, page: int = 1, session: Session = Depends(get_session), user: User = Depends(current_user)):
    rows = list_plans(session)
    pages = max(1, -(-len(rows) // PLANS_PER_PAGE))
    page = min(max(page, 1), pages)
    return render(request, "plans.html", user, rows=rows[(page - 1) * PLANS_PER_PAGE: page * PLANS_PER_PAGE],
                  page=page, pages=pages, total=len(rows))


def _source_with_mark(text: str, start: int | None, end: int | None) -> Markup:
    if start is None or end is None or not 0 <= start < end <= len(text):
        return Markup(escape(text))
    return Markup(f'{escape(text[:start])}<mark id="chon">{escape(text[start:end])}</mark>{escape(text[end:])}')


class _TaskLine(NamedTuple):
    """A row of the plan page's task table (attributes, which templates read faster than dict keys)."""

    id: int
    path: str
    text: str
    state: str
    lead: str
    coordinators: str
    deadline: str
    corrected: list[str]


@router.get("/plans/{plan_id}", response_class=HTMLResponse)
def plan_page(plan_id: int, request: Request, task: int | None = None, session: Session = Depends(get_session),
              user: User = Depends(current_user)):
    plan = get_or_404(session, Plan, plan_id, "kế hoạch")
    summary = dashboard.plan_summary(session, plan)
    source = session.get(SourceDocument, plan.current.primary_source_id)
    selected = session.get(Task, task) if task else None
    span = (selected.start, selected.end) if selected and selected.version_id == plan.current.id else (None, None)
    loaded = corrections.load(session, "task", [row.task.id for row in summary.tasks])
    values = {row.task.id: corrections.task_values(session, row.task, loaded, row.links) for row in summary.tasks}
    loaded_targets = corrections.load(session, "target", [t.id for t, _, _ in summary.targets])
    target_rows = [(t, corrections.target_values(session, t, loaded_targets), actual, period)
                   for t, actual, period in summary.targets]
    charts = [Markup(states_bar(dict(summary.states), f"Nhiệm vụ của Kế hoạch {plan.number or ''}")),
              Markup(targets_bar([(t.indicator or t.text, v["min"], v["max"], actual, v["unit"])
                                  for t, v, actual, _ in target_rows[:12]], "Chỉ tiêu: thực hiện so với mục tiêu"))]
    rows = [_TaskLine(row.task.id, row.task.path, row.task.text, row.status.state,
                      ", ".join(values[row.task.id]["lead"]), ", ".join(
                          values[row.task.id]["coordinators"]
                          + (["các cơ quan liên quan"] if row.task.coordinators_collective else [])),
                      values[row.task.id]["deadline"] or "", values[row.task.id]["corrected"])
            for row in summary.tasks]
    return render(request, "plan.html", user, plan=plan, summary=summary, rows=rows, values=values, target_rows=target_rows,
                  source=_source_with_mark(source.text if source else "", *span), selected=selected, charts=charts,
                  periods=periods_for(plan))


@router.get("/tasks/{task_id}", response_class=HTMLResponse)
def task_page(task_id: int, request: Request, period: str | None = None, session: Session = Depends(get_session),
              user: User = Depends(current_user)):
    task = get_or_404(session, Task, task_id, "nhiệm vụ")
    plan = reports.plan_of_task(session, task)
    found = reports.reports_for(session, task)
    visible = [r for r in found if reports.can_read_report(session, user, r)]
    periods = periods_for(plan)
    chosen = period or (periods[0].key if periods else None)
    agency_id = reports.reporting_agency(session, user, task)
    mine = next((r for r in found if r.period == chosen and r.agency_id == agency_id), None)
    histories = {r.id: reports.history(session, "report", r.id) for r in visible}
    agencies = {a.id: a.name for a in session.scalars(select(Agency).where(Agency.id.in_({r.agency_id for r in found})))}
    return render(request, "task.html", user, task=task, plan=plan, values=corrections.task_values(session, task),
                  status=task_status(task, plan, found), reports=visible, periods=periods, chosen=chosen, mine=mine,
                  period_labels={p.key: p.label for p in periods},
                  can_report=reports.can_write_task(session, user, task), histories=histories, agencies=agencies)


@router.post("/tasks/{task_id}/report", response_class=HTMLResponse)
async def save_report(task_id: int, request: Request, period: str = Form(...), percent: str = Form(""),
                      progress_label: str = Form(""), result: str = Form(""), difficulties: str = Form(""),
                      proposals: str = Form(""), revision: str = Form(""), action: str = Form("save"),
                      attachment: UploadFile | None = File(None), session: Session = Depends(get_session),
                      user: User = Depends(current_user)):
    task = get_or_404(session, Task, task_id, "nhiệm vụ")
    fields = {"percent": percent or None, "progress_label": progress_label or None, "result": result,
              "difficulties": difficulties, "proposals": proposals}
    report = reports.save_report(session, user, task, period, fields,
                                 expected_revision=int(revision) if revision else None)
    if attachment is not None and attachment.filename:
        content = await attachment.read(reports.MAX_ATTACHMENT + 1)
        reports.add_attachment(session, user, report, attachment.filename, content, request.app.state.settings.data_dir)
    if action == "submit":
        reports.submit(session, user, report, report.revision)
    session.commit()
    return back(f"/tasks/{task_id}?period={period}")


@router.post("/reports/{report_id}/{action}")
def decide(report_id: int, action: str, request: Request, comment: str = Form(""), revision: str = Form(""),
           session: Session = Depends(get_session), user: User = Depends(current_user)):
    report = get_or_404(session, ProgressReport, report_id, "báo cáo")
    reports.decide(session, user, report, action, comment, int(revision) if revision else None)
    task = reports.task_of_report(session, report)
    session.commit()
    request.app.state.overview.clear()
    return back(f"/tasks/{task.id}?period={report.period}")


@router.get("/attachments/{attachment_id}")
def download(attachment_id: int, request: Request, session: Session = Depends(get_session),
             user: User = Depends(current_user)):
    attachment = get_or_404(session, Attachment, attachment_id, "tệp đính kèm")
    if not reports.can_read_report(session, user, session.get(ProgressReport, attachment.report_id)):
        raise HTTPException(403, "Bạn không có quyền tải tệp này")
    path = reports.attachment_path(request.app.state.settings.data_dir, attachment.sha256)
    return FileResponse(path, media_type=attachment.content_type, filename=attachment.filename)


@router.post("/tasks/{task_id}/correct")
def correct_task(task_id: int, field: str = Form(...), value: str = Form(""), session: Session = Depends(get_session),
                 user: User = Depends(current_user)):
    task = get_or_404(session, Task, task_id, "nhiệm vụ")
    corrections.correct_task(session, user, task, field, value)
    session.commit()
    return back(f"/plans/{reports.plan_of_task(session, task).id}?task={task_id}#chon")


@router.post("/targets/{target_id}/actual")
def save_actual(target_id: int, period: str = Form(...), value: str = Form(""), note: str = Form(""),
                revision: str = Form(""), action: str = Form("save"), session: Session = Depends(get_session),
                user: User = Depends(current_user)):
    target = get_or_404(session, Target, target_id, "chỉ tiêu")
    try:
        number = float(value.replace(".", "").replace(",", ".")) if value.strip() else None
    except ValueError:
        raise HTTPException(400, f"Giá trị không hợp lệ: {value}") from None
    reports.save_actual(session, user, target, period, number, note, int(revision) if revision else None,
                        submit=action == "submit")
    plan_id = corrections.plan_of_version(session, target.version_id).id
    session.commit()
    return back(f"/plans/{plan_id}#chi-tieu")


@router.post("/targets/{target_id}/correct")
def correct_target(target_id: int, field: str = Form(...), value: str = Form(""), session: Session = Depends(get_session),
                   user: User = Depends(current_user)):
    target = get_or_404(session, Target, target_id, "chỉ tiêu")
    corrections.correct_target(session, user, target, field, value)
    plan_id = corrections.plan_of_version(session, target.version_id).id
    session.commit()
    return back(f"/plans/{plan_id}#chi-tieu")


@router.get("/plans/{plan_id}/export.{fmt}")
def export(plan_id: int, fmt: str, session: Session = Depends(get_session), user: User = Depends(current_user)) -> Response:
    return export_response(session, get_or_404(session, Plan, plan_id, "kế hoạch"), fmt)


# -- agencies, calendar, reminders, search -----------------------------------------------------------

@router.get("/agencies/{agency_id}", response_class=HTMLResponse)
def agency_page(agency_id: int, request: Request, session: Session = Depends(get_session),
                user: User = Depends(current_user)):
    summary = dashboard.agency_summary(session, get_or_404(session, Agency, agency_id, "cơ quan"))
    chart = Markup(states_bar(dict(summary.states), f"Nhiệm vụ chủ trì — {summary.agency.name}"))
    return render(request, "agency.html", user, summary=summary, chart=chart)


@router.get("/calendar", response_class=HTMLResponse)
def calendar_page(request: Request, session: Session = Depends(get_session), user: User = Depends(current_user)):
    agency_ids = reports.user_agency_ids(session, user) if user.role == "agency" else None
    return render(request, "calendar.html", user, items=due_items(session, agency_ids=agency_ids))


@router.get("/calendar.ics")
def calendar_feed(session: Session = Depends(get_session), user: User = Depends(current_user)) -> Response:
    agency_ids = reports.user_agency_ids(session, user) if user.role == "agency" else None
    return Response(ical(due_items(session, agency_ids=agency_ids)), media_type="text/calendar; charset=utf-8",
                    headers={"Content-Disposition": 'attachment; filename="lich-bao-cao.ics"'})


@router.get("/reminders", response_class=HTMLResponse)
def reminders_page(request: Request, days: int = 7, session: Session = Depends(get_session),
                   user: User = Depends(current_user)):
    return render(request, "reminders.html", user, items=reminders.pending(session, days), days=days)


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request, q: str = "", agency: str = "", session: Session = Depends(get_session),
                user: User = Depends(current_user)):
    hits = search(session, q, Filters(agency=agency or None), 50) if q.strip() else []
    return render(request, "search.html", user, q=q, agency=agency, hits=hits)


# -- users (admin) -----------------------------------------------------------------------------------

@router.get("/users", response_class=HTMLResponse)
def users_page(request: Request, session: Session = Depends(get_session), user: User = Depends(require_roles("admin"))):
    agencies = list(session.scalars(select(Agency).where(Agency.kind == "agency").order_by(Agency.province, Agency.name)))
    return render(request, "users.html", user, users=users.list_users(session), agencies=agencies, roles=users.ROLES,
                  error=None)


@router.post("/users")
def add_user(username: str = Form(...), password: str = Form(...), role: str = Form(...), display_name: str = Form(""),
             email: str = Form(""), agency_id: str = Form(""), session: Session = Depends(get_session),
             user: User = Depends(require_roles("admin"))):
    agency = session.get(Agency, int(agency_id)) if agency_id else None
    users.create_user(session, username, password, role, display_name, agency, email=email, must_change_password=True)
    session.commit()
    return back("/users")


@router.post("/users/{user_id}/disable")
def disable_user(user_id: int, session: Session = Depends(get_session), user: User = Depends(require_roles("admin"))):
    users.disable(session, get_or_404(session, User, user_id, "người dùng"), user.username)
    session.commit()
    return back("/users")


@router.get("/favicon.ico")
def favicon() -> FileResponse:
    return FileResponse(Path(__file__).parent / "static" / "favicon.svg", media_type="image/svg+xml")
