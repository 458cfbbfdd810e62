"""Pages and JSON endpoints for adding a plan from the browser and for the focal point's period report.

Extraction runs inline while the upload request is open (a plan takes well under a
second or two); the upload page shows a spinner meanwhile (static/intake.js), then
the review screen opens on the draft.
"""
from __future__ import annotations

from fastapi import APIRouter, Body, Depends, File, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse
from sqlalchemy.orm import Session

from ..monitor import intake
from ..monitor.intake import FREQUENCIES, UploadRefused
from ..register.models import User
from .auth import check_csrf, current_user, require_roles
from .deps import get_session
from .pages import _source_with_mark, render

router = APIRouter(dependencies=[Depends(check_csrf)])
planning = require_roles("admin", "planning")


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
    draft = intake.load(_folder(request), user, draft_id)
    return render(request, "intake_review.html", user, draft=draft, plan=draft.plan, item=item, saved=saved,
                  source=_source_with_mark(draft.plan["text"], *_selected_span(draft, item)), frequencies=FREQUENCIES)


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
    intake.correct(folder, user, draft_id, _form_corrections(form))
    if form.get("action") == "register":
        done = intake.register(request.app.state.db, folder, user, draft_id)
        request.app.state.overview.clear()
        return RedirectResponse(f"/plans/{done.result.plan_id}", status_code=303)
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
            "removed": r.removed, "corrections": done.corrections, "corrections_not_applied": done.ignored}


@router.delete("/api/intake/{draft_id}")
def api_discard(draft_id: str, request: Request, user: User = Depends(planning)):
    intake.discard(_folder(request), user, draft_id)
    return {"ok": True}
