"""Pages and JSON endpoints for adding a plan from the browser and for the focal point's period report.

Extraction runs inline while the upload request is open (a plan takes well under a
second or two); the upload page shows a spinner meanwhile (static/intake.js), then
the review screen opens on the draft.
"""
from __future__ import annotations

from fastapi import APIRouter, BackgroundTasks, Body, Depends, File, Form, HTTPException, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse
from sqlalchemy.orm import Session

from ..monitor import inputs, intake, period_report
from ..monitor.errors import InvalidInput, NotFound
from ..monitor.formatting import today_local
from ..monitor.inputs import MAX_ID
from ..monitor.intake import FREQUENCIES, UploadRefused
from ..monitor.periods import quarter_of
from ..register.ingest import OUTCOMES
from ..register.models import ProgressReport, TargetActual, User
from .api import get_or_404
from .auth import check_csrf, require_area
from .deps import RowId, get_session, produce_notices
from .pages import done, render, source_with_mark

FORM_OVERHEAD = 1024 * 1024  # the multipart envelope and the other fields of an upload


def refuse_large_body(request: Request) -> None:
    """Before the body is read at all (the CSRF check parses forms): a huge upload is refused at once."""
    length = request.headers.get("content-length", "")
    if length.isdigit() and int(length) > intake.MAX_UPLOAD + FORM_OVERHEAD:
        mb = intake.MAX_UPLOAD // 1024 // 1024
        raise HTTPException(413, f"Tệp quá lớn (tối đa {mb} MB) / file too large ({mb} MB at most)")


router = APIRouter(dependencies=[Depends(refuse_large_body), Depends(check_csrf)])
planning = require_area("intake")


async def _read_upload(upload: UploadFile) -> bytes:
    """At most one byte more than allowed, so that a huge file is refused without being held whole."""
    return await upload.read(intake.MAX_UPLOAD + 1)


def _folder(request: Request):
    return request.app.state.settings.data_dir


# -- adding a plan: pages ---------------------------------------------------------------------------

@router.get("/intake", response_class=HTMLResponse)
def upload_page(request: Request, user: User = Depends(planning)):
    return render(request, "intake_upload.html", user, error=None, max_mb=intake.MAX_UPLOAD // 1024 // 1024,
                  accepted=", ".join(intake.ACCEPTED_SUFFIXES))


@router.post("/intake", response_class=HTMLResponse)
async def upload(request: Request, file: UploadFile = File(...), user: User = Depends(planning)):
    try:
        draft = intake.start(request.app.state.db, user, file.filename or "", await _read_upload(file), _folder(request))
    except UploadRefused as exc:
        page = render(request, "intake_upload.html", user, error=f"{exc.vi} / {exc.en}",
                      max_mb=intake.MAX_UPLOAD // 1024 // 1024, accepted=", ".join(intake.ACCEPTED_SUFFIXES))
        page.status_code = 400
        return page
    return RedirectResponse(f"/intake/{draft.id}", status_code=303)


def _selected_span(draft: intake.Draft, item: str | None) -> tuple[int | None, int | None]:
    """The span of the item chosen on the review screen: task-<id>, target-<i>, reference-<i>, reporting-<i>."""
    kind, _, key = (item or "").partition("-")
    groups = {"task": draft.plan["tasks"], "target": draft.plan["targets"], "reference": draft.plan["references"],
              "reporting": draft.plan["reporting"]}
    if kind not in groups:
        return None, None
    for i, entry in enumerate(groups[kind]):
        if (entry.get("id") if kind == "task" else str(i)) == key:
            return entry["span"]["start"], entry["span"]["end"]
    return None, None


@router.get("/intake/{draft_id}", response_class=HTMLResponse)
def review_page(draft_id: str, request: Request, item: str | None = None, saved: bool = False,
                user: User = Depends(planning)):
    if (plan_id := intake.registered_plan(_folder(request), user, draft_id)) is not None:
        return RedirectResponse(f"/plans/{plan_id}", status_code=303)
    draft = intake.load(_folder(request), user, draft_id)
    return render(request, "intake_review.html", user, draft=draft, plan=draft.plan, item=item, saved=saved,
                  source=source_with_mark(draft.plan["text"], *_selected_span(draft, item)), frequencies=FREQUENCIES)


def _form_corrections(form) -> dict:
    """task-<id>-lead, target-<i>-min, reporting-<i>-due … -> the shape `intake.correct` takes."""
    groups = {"task": "tasks", "target": "targets", "reporting": "reporting"}
    out: dict = {name: {} for name in groups.values()}
    for name, value in form.multi_items():
        kind, _, rest = name.partition("-")
        key, _, field = rest.rpartition("-")
        if kind in groups and key and field:
            out[groups[kind]].setdefault(key, {})[field] = value
    return out


@router.post("/intake/{draft_id}", response_class=HTMLResponse)
async def save_review(draft_id: str, request: Request, user: User = Depends(planning)):
    form = await request.form()
    folder = _folder(request)
    if (plan_id := intake.registered_plan(folder, user, draft_id)) is not None:  # sent again from a page kept open
        return RedirectResponse(f"/plans/{plan_id}", status_code=303)
    intake.correct(folder, user, draft_id, _form_corrections(form))
    if form.get("action") == "register":
        registered = intake.register(request.app.state.db, folder, user, draft_id)
        request.app.state.overview.clear()
        result = registered.result
        return done(request, f"Đã đăng ký: {OUTCOMES[result.status]} — Kế hoạch {result.number or result.plan_id}.",
                    f"/plans/{result.plan_id}")
    return RedirectResponse(f"/intake/{draft_id}?saved=1", status_code=303)


@router.post("/intake/{draft_id}/discard")
def discard_draft(draft_id: str, request: Request, user: User = Depends(planning)):
    intake.discard(_folder(request), user, draft_id)
    return RedirectResponse("/intake", status_code=303)


# -- adding a plan: JSON ------------------------------------------------------------------------------

@router.post("/api/intake")
async def api_upload(request: Request, file: UploadFile = File(...), user: User = Depends(planning)):
    draft = intake.start(request.app.state.db, user, file.filename or "", await _read_upload(file), _folder(request))
    return draft.to_dict()


@router.get("/api/intake/{draft_id}")
def api_draft(draft_id: str, request: Request, user: User = Depends(planning)):
    return intake.load(_folder(request), user, draft_id).to_dict()


@router.put("/api/intake/{draft_id}/corrections")
def api_correct(draft_id: str, request: Request, corrections: dict = Body(...), user: User = Depends(planning)):
    return intake.correct(_folder(request), user, draft_id, corrections).corrections


@router.post("/api/intake/{draft_id}/register")
def api_register(draft_id: str, request: Request, user: User = Depends(planning)):
    done = intake.register(request.app.state.db, _folder(request), user, draft_id)
    request.app.state.overview.clear()
    r = done.result
    return {"status": r.status, "plan_id": r.plan_id, "number": r.number, "tasks": r.tasks, "added": r.added,
            "removed": r.removed, "corrections": done.corrections, "corrections_not_applied": done.ignored,
            "corrections_carried": r.carried, "corrections_dropped": r.dropped}


@router.delete("/api/intake/{draft_id}")
def api_discard(draft_id: str, request: Request, user: User = Depends(planning)):
    intake.discard(_folder(request), user, draft_id)
    return {"ok": True}


# -- the focal point's period report ---------------------------------------------------------------------

focal_point = require_area("own_work")


def _line_json(line: period_report.Line) -> dict:
    record = line.record
    subject = ({"task_id": line.task.id, "path": line.task.path, "text": line.task.text, "role": line.role}
               if line.kind == "task" else
               {"target_id": line.target.id, "indicator": line.target.indicator or line.target.text,
                "unit": line.target_values["unit"], "min": line.target_values["min"], "max": line.target_values["max"]})
    return {"key": line.key, "kind": line.kind, "plan_id": line.plan.id, "plan": line.plan.number,
            "period": line.period.key, "period_label": line.period.label, "due": line.period.due.isoformat(),
            "status": record.status if record else None, "revision": line.revision, "editable": line.editable,
            **subject}


def _form_lines(form) -> dict[str, dict]:
    """<line key>.<field> -> {line key: {field: value}}."""
    out: dict[str, dict] = {}
    for name, value in form.multi_items():
        key, _, field = name.rpartition(".")
        if key and field:
            out.setdefault(key, {})[field] = value
    return out


def _render_report(request: Request, session: Session, user: User, key: str, outcomes=None, entered=None,
                   error: str | None = None):
    earlier, later = period_report.neighbours(key)
    return render(request, "period_report.html", user, window=period_report.window(key), earlier=earlier, later=later,
                  choices=period_report.choices(today_local().year),
                  lines=period_report.lines(session, user, key), outcomes={o.key: o for o in outcomes or []},
                  entered=entered or {}, error=error)


@router.get("/report")
def report_now(ky: str = ""):
    """The window chosen in the page's list (?ky=2024-Q2), else the current quarter."""
    key = period_report.window(ky).key if ky else quarter_of(today_local())
    return RedirectResponse(f"/report/{key}", status_code=303)


SAVED = "report_outcomes"  # what the last save of a period report did, shown once on the page it redirects to


@router.get("/report/{key}", response_class=HTMLResponse)
def report_page(key: str, request: Request, session: Session = Depends(get_session), user: User = Depends(focal_point)):
    saved = [period_report.Outcome(**outcome) for outcome in request.session.pop(SAVED, [])]
    return _render_report(request, session, user, key, saved)


@router.post("/report/{key}", response_class=HTMLResponse)
async def save_report_page(key: str, request: Request, session: Session = Depends(get_session),
                           user: User = Depends(focal_point)):
    form = await request.form()
    entered = _form_lines(form)
    try:
        outcomes = period_report.save(session, user, key, entered, submit=form.get("action") == "submit")
    except InvalidInput as exc:
        page = _render_report(request, session, user, key, entered=entered, error=f"{exc.vi}")
        page.status_code = 400
        return page
    session.commit()
    failed = {o.key for o in outcomes if o.state in ("stale", "invalid")}
    if not failed:
        # everything is saved: the page is asked for anew, so that reloading it, or coming back to it, sends nothing again
        request.session[SAVED] = [{"key": o.key, "state": o.state, "message": o.message} for o in outcomes]
        return RedirectResponse(f"/report/{key}", status_code=303)
    # what was typed in the lines not saved stays on the page (too much to keep in a cookie across a redirect)
    return _render_report(request, session, user, key, outcomes,
                          {k: v for k, v in entered.items() if k in failed})


WITHDRAWN = {"withdraw": (ProgressReport, "báo cáo"), "withdraw-figure": (TargetActual, "số liệu chỉ tiêu")}


def _withdraw(session: Session, user: User, kind: str, record_id: int, revision: int | None):
    if kind not in WITHDRAWN:
        raise NotFound("trang")
    model, name = WITHDRAWN[kind]
    record = get_or_404(session, model, record_id, name)
    period_report.withdraw(session, user, record, revision)
    session.commit()
    return record


@router.post("/report/{key}/{kind}/{record_id}")
def withdraw_page(key: str, kind: str, record_id: RowId, request: Request, revision: str = Form(""),
                  session: Session = Depends(get_session), user: User = Depends(focal_point)):
    """Rút lại: a report (…/withdraw/N) or a target's figure (…/withdraw-figure/N) sent and not yet reviewed."""
    _withdraw(session, user, kind, record_id, inputs.row_id(revision, "phiên bản"))
    return done(request, "Đã rút lại; sửa rồi gửi lại khi xong.", f"/report/{key}")


@router.get("/api/report/{key}")
def api_report(key: str, session: Session = Depends(get_session), user: User = Depends(focal_point)):
    window = period_report.window(key)
    return {"period": key, "label": window.label, "start": window.start.isoformat(), "end": window.end.isoformat(),
            "lines": [_line_json(line) for line in period_report.lines(session, user, key)]}


@router.post("/api/report/{key}")
def api_save_report(key: str, lines: dict[str, dict] = Body(..., embed=True), submit: bool = Body(False, embed=True),
                    session: Session = Depends(get_session), user: User = Depends(focal_point)):
    outcomes = period_report.save(session, user, key, lines, submit)
    session.commit()
    return {"lines": [{"key": o.key, "state": o.state, "message": o.message} for o in outcomes]}


@router.post("/api/report/{kind}/{record_id}")
def api_withdraw(kind: str, record_id: RowId, revision: int | None = Body(None, embed=True, ge=0, le=MAX_ID),
                 session: Session = Depends(get_session), user: User = Depends(focal_point)):
    """/api/report/withdraw/N (a report) or /api/report/withdraw-figure/N (a target's figure)."""
    record = _withdraw(session, user, kind, record_id, revision)
    return {"status": record.status, "revision": record.revision}


# -- the focal point's home -----------------------------------------------------------------------------------

@router.get("/home", response_class=HTMLResponse)
def agency_home(request: Request, background: BackgroundTasks, session: Session = Depends(get_session),
                user: User = Depends(focal_point)):
    produce_notices(session, user, request, background)
    since = period_report.previous_visit(_folder(request), user)
    return render(request, "agency_home.html", user, home=period_report.home(session, user, since),
                  report_now=quarter_of(today_local()))
