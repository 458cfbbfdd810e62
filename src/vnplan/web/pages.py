"""Server-rendered pages (Vietnamese): each handler reads the request, calls one service, renders a template."""
from __future__ import annotations

from datetime import date
from html import escape
from pathlib import Path
from urllib.parse import urlencode
from typing import Annotated, NamedTuple

from fastapi import APIRouter, BackgroundTasks, Depends, File, Form, Query, Request, UploadFile
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse, Response
from markupsafe import Markup
from sqlalchemy import select
from sqlalchemy.orm import Session

from ..monitor import (access, calendar, corrections, dashboard, inputs, period_corrections, reminders, reports, throttle,
                       users)
from ..monitor.errors import SignInRefused
from ..collation import sorted_vi
from ..monitor.formatting import format_date, parse_date, today_local
from ..monitor.inputs import MAX_ID
from ..monitor.periods import period_label, periods_for
from ..monitor.status import PROGRESS_LABELS, STATES
from ..monitor.views import TaskView, task_view
from ..register import audit, known_provinces, list_plans
from ..register.corrected import FIELD_NAMES
from ..register.agencies import chain, duties_elsewhere, in_dictionary_order, predecessors
from ..register.models import Agency, Attachment, Plan, ProgressReport, SourceDocument, Target, Task, User
from ..register.search import Filters, search
from . import audit_rows
from .api import EXPORT_ANSWERS, MAX_QUERY, PeriodKey, ReminderDays, audit_filters, export_response, get_or_404
from .auth import (authenticate, check_csrf, client_address, csrf_token, current_user, local_path, optional_user,
                   require_area, sign_in, sign_out)
from .charts import states_bar, targets_bar
from .deps import QueryId, RowId, get_session, mail_afterwards
from .templating import templates

router = APIRouter(dependencies=[Depends(check_csrf)])


ACTION_NOTE = "action_note"  # what the last change did, said once on the page it leads to


def render(request: Request, name: str, user: User | None, **context) -> HTMLResponse:
    return templates.TemplateResponse(request, name, {"user": user, "csrf": csrf_token(request), "states": STATES,
                                                      "labels": PROGRESS_LABELS, "today": today_local(),
                                                      "action_note": request.session.pop(ACTION_NOTE, None), **context})


def back(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


def done(request: Request, note: str, url: str) -> RedirectResponse:
    """To `url`, whose page says `note` (a change made with no word of it leaves people unsure it was)."""
    request.session[ACTION_NOTE] = note
    return back(url)


# -- signing in --------------------------------------------------------------------------------------

@router.get("/login", response_class=HTMLResponse)
def login_page(request: Request, next: str = "/", user: User | None = Depends(optional_user)):
    return render(request, "login.html", None, next=local_path(next), error=None)


@router.post("/login", response_class=HTMLResponse)
async def login(request: Request, username: str = Form(...), password: str = Form(...), next: str = Form("/"),
                session: Session = Depends(get_session)):
    try:
        user = await authenticate(request, session, username, password)
    except SignInRefused as refused:
        page = render(request, "login.html", None, next=local_path(next), error=f"{refused.vi}.")
        page.status_code = refused.status
        if refused.wait:
            page.headers["Retry-After"] = str(refused.wait)
        return page
    sign_in(request, user)
    # the planning department starts from what waits for it, a focal point from what its agency owes
    home = {"planning": "/inbox", "agency": "/home"}.get(user.role, "/")
    target = local_path(next)
    return back("/password" if user.must_change_password else (target if target != "/" else home))


@router.post("/logout")
def logout(request: Request, session: Session = Depends(get_session), user: User | None = Depends(optional_user)):
    sign_out(request, session, user)
    return back("/login")


@router.get("/password", response_class=HTMLResponse)
def password_page(request: Request, user: User = Depends(current_user)):
    return render(request, "password.html", user, error=None)


@router.post("/password", response_class=HTMLResponse)
def change_password(request: Request, current: str = Form(...), new: str = Form(...), repeat: str = Form(...),
                    session: Session = Depends(get_session), user: User = Depends(current_user)):
    try:
        users.authenticate(session, user.username, current, client_address(request))
    except SignInRefused as refused:
        session.commit()
        wrong = "Mật khẩu hiện tại không đúng." if refused.status == 401 else f"{refused.vi}."
        return render(request, "password.html", user, error=wrong)
    if new != repeat:
        return render(request, "password.html", user, error="Hai lần nhập mật khẩu mới không khớp.")
    users.change_password(session, user, new, user.username)
    session.commit()
    sign_in(request, user)  # every other session of the user has ended; this one goes on
    return back("/")


# -- overview, plans, tasks --------------------------------------------------------------------------

OVERVIEW_PLANS = 50
PLANS_PER_PAGE = 100


@router.get("/", response_class=HTMLResponse)
def overview(request: Request, session: Session = Depends(get_session), user: User = Depends(current_user)):
    data = request.app.state.overview.get()
    chart = Markup(states_bar(dict(data.totals), f"Tình hình thực hiện nhiệm vụ — {data.scope}"))
    own = dashboard.agency_summary(session, user.agency) if user.agency else None
    return render(request, "overview.html", user, lines=data.plans[:OVERVIEW_PLANS], total_plans=len(data.plans),
                  chart=chart, own=own)


@router.get("/plans", response_class=HTMLResponse)
def plans(request: Request, page: Annotated[int, Query(ge=1, le=MAX_ID)] = 1, session: Session = Depends(get_session), user: User = Depends(current_user)):
    rows = list_plans(session)
    pages = max(1, -(-len(rows) // PLANS_PER_PAGE))
    page = min(max(page, 1), pages)
    return render(request, "plans.html", user, rows=rows[(page - 1) * PLANS_PER_PAGE: page * PLANS_PER_PAGE],
                  page=page, pages=pages, total=len(rows))


def source_with_mark(text: str, start: int | None, end: int | None) -> Markup:
    if start is None or end is None or not 0 <= start < end <= len(text):
        return Markup(escape(text))
    return Markup(f'{escape(text[:start])}<mark id="chon">{escape(text[start:end])}</mark>{escape(text[end:])}')


class _TaskFilter(NamedTuple):
    """What the plan page's task table is narrowed to: an agency (leading or coordinating), a state, a deadline."""

    agency: int | None
    state: str | None
    due_by: date | None

    def keeps(self, row: TaskView) -> bool:
        return ((self.agency is None or self.agency in row.facts.agency_ids)
                and (self.state is None or row.status.state == self.state)
                and (self.due_by is None or row.status.deadline <= self.due_by))


@router.get("/plans/{plan_id}", response_class=HTMLResponse)
def plan_page(plan_id: RowId, request: Request, task: QueryId = None,
              agency: Annotated[str, Query(max_length=MAX_QUERY)] = "", state: Annotated[str, Query(max_length=40)] = "",
              due_by: Annotated[str, Query(max_length=20)] = "", session: Session = Depends(get_session),
              user: User = Depends(current_user)):
    plan = get_or_404(session, Plan, plan_id, "kế hoạch")
    summary = dashboard.plan_summary(session, plan, reader=user)
    source = session.get(SourceDocument, plan.current.primary_source_id)
    selected = session.get(Task, task) if task else None
    span = (selected.start, selected.end) if selected and selected.version_id == plan.current.id else (None, None)
    loaded_targets = corrections.load(session, "target", [t.id for t, _, _ in summary.targets])
    target_rows = [(t, corrections.target_values(session, t, loaded_targets), actual, period)
                   for t, actual, period in summary.targets]
    charts = [Markup(states_bar(dict(summary.states), f"Nhiệm vụ của Kế hoạch {plan.number or ''}")),
              Markup(targets_bar([(t.indicator or t.text, v["min"], v["max"], actual, v["unit"])
                                  for t, v, actual, _ in target_rows[:12]], "Chỉ tiêu: thực hiện so với mục tiêu"))]
    chosen = _TaskFilter(int(agency) if agency.isdigit() else None, state if state in STATES else None, parse_date(due_by))
    rows = [row for row in summary.tasks if chosen.keeps(row)]
    named = {link.agency_id: link.name for row in summary.tasks for link in row.facts.links}
    reader = access.actor_of(session, user)
    return render(request, "plan.html", user, plan=plan, summary=summary, rows=rows,
                  selected_view=next((row for row in summary.tasks if selected and row.id == selected.id), None),
                  target_rows=target_rows,
                  source=source_with_mark(source.text if source else "", *span), selected=selected, charts=charts,
                  periods=periods_for(plan), period_parts=period_corrections.PARTS, chosen=chosen, due_by=due_by,
                  agencies=sorted_vi(named.items(), key=lambda item: item[1]),
                  province_agencies=[a.name for a in in_dictionary_order(session.scalars(select(Agency).where(
                      Agency.province == plan.province, Agency.kind == "agency")))] if selected else [],
                  can_correct=access.can(session, user, "correct", plan),
                  may_report={target_id for target_id, subject in access.target_subjects(
                      session, [t for t, *_ in target_rows]).items() if access.allows(reader, "write", subject)},
                  open_actuals={target_id: [a for a in found if access.can(session, user, "write", a)]
                                for target_id, found in reports.open_actuals(session, [t.id for t, *_ in target_rows]).items()})


@router.get("/tasks/{task_id}", response_class=HTMLResponse)
def task_page(task_id: RowId, request: Request, period: str | None = None, session: Session = Depends(get_session),
              user: User = Depends(current_user)):
    task = get_or_404(session, Task, task_id, "nhiệm vụ")
    plan = reports.plan_of_task(session, task)
    found = reports.reports_for(session, task)
    visible = access.readable(session, user, found)
    periods = periods_for(plan)
    agency_id = reports.reporting_agency(session, user, task)
    chosen = period or _period_to_open(periods, found, agency_id)
    mine = next((r for r in found if r.period == chosen and r.agency_id == agency_id), None)
    histories = {r.id: reports.history(session, "report", r.id) for r in visible}
    decidable = {r.id for r in visible if r.status in ("submitted", "approved")
                 and access.can(session, user, "reopen" if r.status == "approved" else "review", r)}
    agencies = {a.id: a.name for a in session.scalars(select(Agency).where(Agency.id.in_({r.agency_id for r in found})))}
    return render(request, "task.html", user, task=task, plan=plan, view=task_view(session, task, plan, found, reader=user),
                  reports=visible, periods=periods, chosen=chosen, mine=mine,
                  period_labels={p.key: p.label for p in periods}, histories=histories, agencies=agencies,
                  decidable=decidable)


def _period_to_open(periods: list, found: list[ProgressReport], agency_id: int | None) -> str | None:
    """The period a task's page opens on: the first the reader's body still owes (not sent, or sent back), else the
    first not yet due; the last when every one is past and done."""
    sent = {r.period for r in found if r.agency_id == agency_id and r.status in dashboard.ANSWERED}
    today = today_local()
    owed = [p for p in periods if p.key not in sent] if agency_id is not None else [p for p in periods if p.due >= today]
    candidates = owed or periods[-1:]
    return candidates[0].key if candidates else None


@router.post("/tasks/{task_id}/report", response_class=HTMLResponse)
async def save_report(task_id: RowId, request: Request, period: str = Form(...), percent: str = Form(""),
                      progress_label: str = Form(""), result: str = Form(""), difficulties: str = Form(""),
                      proposals: str = Form(""), completed_on: str = Form(""), revision: str = Form(""),
                      action: str = Form("save"),
                      attachment: UploadFile | None = File(None), session: Session = Depends(get_session),
                      user: User = Depends(current_user)):
    task = get_or_404(session, Task, task_id, "nhiệm vụ")
    fields = {"percent": percent or None, "progress_label": progress_label or None, "result": result,
              "difficulties": difficulties, "proposals": proposals, "completed_on": completed_on}
    report = reports.save_report(session, user, task, period, fields,
                                 expected_revision=inputs.row_id(revision, "phiên bản"))
    if attachment is not None and attachment.filename:
        content = await attachment.read(reports.MAX_ATTACHMENT + 1)
        reports.add_attachment(session, user, report, attachment.filename, content, request.app.state.settings.data_dir)
    if action == "submit":
        reports.submit(session, user, report, report.revision)
    session.commit()
    return back(f"/tasks/{task_id}?period={period}")


@router.post("/reports/{report_id}/{action}")
def decide(report_id: RowId, action: str, request: Request, background: BackgroundTasks, comment: str = Form(""),
           revision: str = Form(""), session: Session = Depends(get_session), user: User = Depends(current_user)):
    report = get_or_404(session, ProgressReport, report_id, "báo cáo")
    reports.decide(session, user, report, action, comment, inputs.row_id(revision, "phiên bản"))
    task = reports.task_of_report(session, report)
    session.commit()
    request.app.state.overview.clear()
    mail_afterwards(request, background)
    return back(f"/tasks/{task.id}?period={report.period}")


@router.get("/attachments/{attachment_id}", response_class=FileResponse,
            responses={200: {"description": "the file as it was attached", "content": {"*/*": {}}}})
def download(attachment_id: RowId, request: Request, session: Session = Depends(get_session),
             user: User = Depends(current_user)):
    attachment = get_or_404(session, Attachment, attachment_id, "tệp đính kèm")
    access.require(session, user, "download", session.get(ProgressReport, attachment.report_id))
    path = reports.attachment_path(request.app.state.settings.data_dir, attachment.sha256)
    return FileResponse(path, media_type=attachment.content_type, filename=attachment.filename)


@router.post("/tasks/{task_id}/correct")
def correct_task(task_id: RowId, request: Request, field: str = Form(...), value: str = Form(""),
                 session: Session = Depends(get_session), user: User = Depends(current_user)):
    task = get_or_404(session, Task, task_id, "nhiệm vụ")
    corrections.correct_task(session, user, task, field, value)
    session.commit()
    request.app.state.overview.clear()  # a corrected deadline moves the task to another state
    return done(request, f"Đã lưu {FIELD_NAMES.get(field, field)} của nhiệm vụ {task.path}.",
                f"/plans/{reports.plan_of_task(session, task).id}?task={task_id}#chon")


@router.post("/targets/{target_id}/actual")
def save_actual(target_id: RowId, period: str = Form(...), value: str = Form(""), note: str = Form(""),
                revision: str = Form(""), action: str = Form("save"), session: Session = Depends(get_session),
                user: User = Depends(current_user)):
    target = get_or_404(session, Target, target_id, "chỉ tiêu")
    reports.save_actual(session, user, target, period, value, note, inputs.row_id(revision, "phiên bản"),
                        submit=action == "submit")
    plan_id = corrections.plan_of_version(session, target.version_id).id
    session.commit()
    return back(f"/plans/{plan_id}#chi-tieu")


@router.post("/targets/{target_id}/correct")
def correct_target(target_id: RowId, request: Request, field: str = Form(...), value: str = Form(""), session: Session = Depends(get_session),
                   user: User = Depends(current_user)):
    target = get_or_404(session, Target, target_id, "chỉ tiêu")
    corrections.correct_target(session, user, target, field, value)
    plan_id = corrections.plan_of_version(session, target.version_id).id
    session.commit()
    return done(request, f"Đã lưu {FIELD_NAMES.get(field, field)} của chỉ tiêu.", f"/plans/{plan_id}#chi-tieu")


@router.post("/plans/{plan_id}/periods")
def add_period(plan_id: RowId, request: Request, part: str = Form(""), year: str = Form(""), due: str = Form(""),
               session: Session = Depends(get_session), user: User = Depends(current_user)):
    plan = get_or_404(session, Plan, plan_id, "kế hoạch")
    added = period_corrections.add_period(session, user, plan, period_corrections.period_key(part, year), due)
    session.commit()
    return done(request, f"Đã thêm kỳ báo cáo {added.label}.", f"/plans/{plan_id}#ky-bao-cao")


@router.post("/plans/{plan_id}/periods/{key}/due")
def change_period_due(plan_id: RowId, key: PeriodKey, request: Request, due: str = Form(""), session: Session = Depends(get_session),
                      user: User = Depends(current_user)):
    moved = period_corrections.change_due(session, user, get_or_404(session, Plan, plan_id, "kế hoạch"), key, due)
    session.commit()
    return done(request, f"Đã đổi hạn báo cáo {moved.label} thành {format_date(moved.due)}.", f"/plans/{plan_id}#ky-bao-cao")


@router.post("/plans/{plan_id}/periods/{key}/remove")
def remove_period(plan_id: RowId, key: PeriodKey, request: Request, session: Session = Depends(get_session),
                  user: User = Depends(current_user)):
    period_corrections.remove_period(session, user, get_or_404(session, Plan, plan_id, "kế hoạch"), key)
    session.commit()
    return done(request, f"Đã bỏ kỳ báo cáo {period_label(key)}.", f"/plans/{plan_id}#ky-bao-cao")


@router.get("/plans/{plan_id}/export.{fmt}", response_class=Response, responses=EXPORT_ANSWERS)
def export(plan_id: RowId, fmt: str, session: Session = Depends(get_session), user: User = Depends(current_user)) -> Response:
    return export_response(session, user, get_or_404(session, Plan, plan_id, "kế hoạch"), fmt)


# -- agencies, calendar, reminders, search -----------------------------------------------------------

@router.get("/agencies/{agency_id}", response_class=HTMLResponse)
def agency_page(agency_id: RowId, request: Request, session: Session = Depends(get_session),
                user: User = Depends(current_user)):
    agency = get_or_404(session, Agency, agency_id, "cơ quan")
    summary = dashboard.agency_summary(session, agency)
    chart = Markup(states_bar(dict(summary.states), f"Nhiệm vụ chủ trì — {agency.name}"))
    return render(request, "agency.html", user, summary=summary, chart=chart, history=chain(session, agency),
                  elsewhere=duties_elsewhere(agency) if agency.successor_id else None,
                  predecessors=in_dictionary_order(a for a in predecessors(session, agency) if a.id != agency.id))


def calendar_response(request: Request, session: Session, user: User, feed_url: str | None = None) -> HTMLResponse:
    return render(request, "calendar.html", user, items=calendar.for_user(session, user), feed_url=feed_url,
                  has_feed=user.feed_token_hash is not None)


@router.get("/calendar", response_class=HTMLResponse)
def calendar_page(request: Request, session: Session = Depends(get_session), user: User = Depends(current_user)):
    return calendar_response(request, session, user)


def calendar_file(session: Session, user: User) -> Response:
    return Response(calendar.ical(calendar.for_user(session, user)),
                    media_type="text/calendar; charset=utf-8",
                    headers={"Content-Disposition": 'attachment; filename="lich-bao-cao.ics"'})


@router.get("/calendar.ics", response_class=Response,
            responses={200: {"description": "iCalendar", "content": {"text/calendar": {}}}})
def calendar_download(session: Session = Depends(get_session), user: User = Depends(current_user)) -> Response:
    return calendar_file(session, user)


@router.get("/reminders", response_class=HTMLResponse)
def reminders_page(request: Request, days: ReminderDays = 7, session: Session = Depends(get_session),
                   user: User = Depends(current_user)):
    return render(request, "reminders.html", user, items=reminders.pending(session, days), days=days)


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request, q: Annotated[str, Query(max_length=MAX_QUERY)] = "",
                agency: Annotated[str, Query(max_length=300)] = "", session: Session = Depends(get_session),
                user: User = Depends(current_user)):
    hits = search(session, q, Filters(agency=agency or None), 50) if q.strip() else []
    return render(request, "search.html", user, q=q, agency=agency, hits=hits, max_query=MAX_QUERY)


# -- users (admin) -----------------------------------------------------------------------------------

@router.get("/users", response_class=HTMLResponse)
def users_page(request: Request, session: Session = Depends(get_session), user: User = Depends(require_area("users"))):
    people = sorted_vi(users.list_users(session), key=lambda person: person.display_name or person.username)
    return render(request, "users.html", user, users=people, agencies=_agency_choices(session), roles=users.ROLES,
                  locked=throttle.slowed_accounts(session), provinces=known_provinces(session))


@router.post("/users")
def add_user(username: str = Form(...), password: str = Form(...), role: str = Form(...), display_name: str = Form(""),
             email: str = Form(""), agency_id: str = Form(""), province: str = Form(""),
             session: Session = Depends(get_session), user: User = Depends(require_area("users"))):
    agency = get_or_404(session, Agency, key, "cơ quan") if (key := inputs.row_id(agency_id, "cơ quan")) else None
    users.create_user(session, username, password, role, display_name, agency, province, email=email,
                      must_change_password=True, actor=user.username)
    session.commit()
    return back("/users")


def _person(session: Session, user_id: int) -> User:
    return get_or_404(session, User, user_id, "người dùng")


def _agency_choices(session: Session) -> list[Agency]:
    return in_dictionary_order(session.scalars(select(Agency).where(Agency.kind == "agency")))


# The one-time password of a reset waits in the administrator's session (a signed, HttpOnly cookie) between
# the reset and the page that shows it, so that reloading that page shows it no more and issues no other.
ONE_TIME_PASSWORD = "one_time_password"


def _keep_one_time_password(request: Request, person: User, password: str) -> None:
    request.session[ONE_TIME_PASSWORD] = {"user_id": person.id, "password": password}


def _take_one_time_password(request: Request, person: User) -> str | None:
    """The password kept for this person, gone from the session once taken (whoever's page takes it)."""
    kept = request.session.pop(ONE_TIME_PASSWORD, None)
    return kept["password"] if isinstance(kept, dict) and kept.get("user_id") == person.id else None


@router.get("/users/{user_id}", response_class=HTMLResponse)
def user_page(user_id: RowId, request: Request, session: Session = Depends(get_session),
              user: User = Depends(require_area("users"))):
    person = _person(session, user_id)
    password = _take_one_time_password(request, person)
    page = render(request, "user_edit.html", user, person=person, agencies=_agency_choices(session), roles=users.ROLES,
                  locked=users.slowed(session, person), password=password, provinces=known_provinces(session))
    if password:
        page.headers["Cache-Control"] = "no-store"  # Back must not bring the password out of the cache
    return page


@router.post("/users/{user_id}")
def edit_user(user_id: RowId, display_name: str = Form(""), email: str = Form(""), role: str = Form(...),
              agency_id: str = Form(""), province: str = Form(""), session: Session = Depends(get_session),
              user: User = Depends(require_area("users"))):
    agency = get_or_404(session, Agency, key, "cơ quan") if (key := inputs.row_id(agency_id, "cơ quan")) else None
    users.update_user(session, _person(session, user_id), user.username, display_name, email, role, agency,
                      province or None)
    session.commit()
    return back(f"/users/{user_id}")


class Confirmation(NamedTuple):
    """What the page asking an administrator to confirm a change says, and what its button does."""

    question: str
    consequence: str
    button: str


# the changes to an account that a slip of the mouse must not make: each is asked about on a page of its own
CONFIRMATIONS = {
    "disable": Confirmation("Khóa tài khoản {name}?",
                            "Người dùng sẽ không đăng nhập được nữa và mọi phiên đăng nhập của tài khoản kết thúc ngay. "
                            "Có thể kích hoạt lại tài khoản sau.", "Khóa tài khoản"),
    "reset": Confirmation("Cấp lại mật khẩu cho {name}?",
                          "Mật khẩu hiện tại của người dùng sẽ không dùng được nữa và mọi phiên đăng nhập của tài khoản "
                          "kết thúc ngay. Mật khẩu dùng một lần mới chỉ hiện một lần, ở trang sau.", "Cấp lại mật khẩu"),
}
CONFIRMED = "yes"  # the value the confirmation page's form sends; a bare POST changes nothing


def _confirmation_page(request: Request, session: Session, user: User, user_id: int, change: str) -> HTMLResponse:
    person = _person(session, user_id)
    users.check_not_own_account(change, person, user.username)  # refused before anything is asked
    wording = CONFIRMATIONS[change]
    return render(request, "user_confirm.html", user, person=person, action=f"/users/{person.id}/{change}",
                  confirmed=CONFIRMED, question=wording.question.format(name=person.username),
                  consequence=wording.consequence, button=wording.button)


@router.get("/users/{user_id}/reset", response_class=HTMLResponse)
def confirm_reset_password(user_id: RowId, request: Request, session: Session = Depends(get_session),
                           user: User = Depends(require_area("users"))):
    return _confirmation_page(request, session, user, user_id, "reset")


@router.post("/users/{user_id}/reset")
def reset_password(user_id: RowId, request: Request, confirmed: str = Form(""), session: Session = Depends(get_session),
                   user: User = Depends(require_area("users"))):
    """Post/redirect/get: the new one-time password is shown once, by the user's page this redirects to; reloading
    that page issues no second password (only the hash is stored; the password itself is never shown again)."""
    if confirmed != CONFIRMED:
        return back(f"/users/{user_id}/reset")
    person = _person(session, user_id)
    password = users.reset_password(session, person, user.username)
    session.commit()
    _keep_one_time_password(request, person, password)
    return back(f"/users/{person.id}")


@router.post("/users/{user_id}/unlock")
def unlock_user(user_id: RowId, session: Session = Depends(get_session), user: User = Depends(require_area("users"))):
    users.unlock(session, _person(session, user_id), user.username)
    session.commit()
    return back(f"/users/{user_id}")


@router.get("/users/{user_id}/disable", response_class=HTMLResponse)
def confirm_disable_user(user_id: RowId, request: Request, session: Session = Depends(get_session),
                         user: User = Depends(require_area("users"))):
    return _confirmation_page(request, session, user, user_id, "disable")


@router.post("/users/{user_id}/disable")
def disable_user(user_id: RowId, confirmed: str = Form(""), session: Session = Depends(get_session),
                 user: User = Depends(require_area("users"))):
    if confirmed != CONFIRMED:
        return back(f"/users/{user_id}/disable")
    users.disable(session, _person(session, user_id), user.username)
    session.commit()
    return back("/users")


@router.post("/users/{user_id}/enable")
def enable_user(user_id: RowId, next: str = Form(""), session: Session = Depends(get_session),
                user: User = Depends(require_area("users"))):
    """Undoes a disable at once (nothing is lost by it, so nothing is asked); back to the list or the user's page."""
    users.enable(session, _person(session, user_id), user.username)
    session.commit()
    return back(local_path(next) if next else f"/users/{user_id}")


@router.get("/audit", response_class=HTMLResponse)
def audit_page(request: Request, before: QueryId = None,
               plan: Annotated[str, Query(max_length=12)] = "", user_name: Annotated[str, Query(alias="user", max_length=80)] = "",
               action: Annotated[str, Query(max_length=80)] = "", since: Annotated[str, Query(max_length=20)] = "",
               until: Annotated[str, Query(max_length=20)] = "", session: Session = Depends(get_session),
               user: User = Depends(require_area("audit"))):
    chosen = {"plan": plan, "user": user_name, "action": action, "since": since, "until": until}
    entries = audit.entries(session, before, filters=audit_filters(session, inputs.row_id(plan, "kế hoạch"), user_name,
                                                                   action, since, until))
    return render(request, "audit.html", user, rows=audit_rows.written(session, entries), labels=audit.ACTION_LABELS,
                  chosen=chosen, plans=list_plans(session), people=users.list_users(session),
                  older=urlencode({**{k: v for k, v in chosen.items() if v}, "before": entries[-1].id})
                  if len(entries) == audit.PAGE else None)


@router.get("/favicon.ico", include_in_schema=False)
def favicon() -> FileResponse:
    return FileResponse(Path(__file__).parent / "static" / "favicon.svg", media_type="image/svg+xml")
