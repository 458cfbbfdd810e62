"""The planning department's inbox and the reporting-rate tables: pages, Excel, and their JSON API."""
from __future__ import annotations

import logging
import threading
import time
from dataclasses import asdict
from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, BackgroundTasks, Depends, Form, Query, Request
from fastapi.responses import HTMLResponse, Response
from pydantic import BaseModel, Field
from sqlalchemy import select
from sqlalchemy.orm import Session, object_session

from ..monitor import access, inbox, inbox_counts, overdue_snapshot, rates
from ..monitor.errors import InvalidInput, PermissionDenied
from ..monitor.formatting import today_local
from ..monitor.inputs import MAX_ID
from ..register.models import Agency, Plan, User
from .api import EXPORT_TYPES, get_or_404
from . import inbox_rows
from .templating import templates
from .auth import check_csrf, current_user
from .deps import QueryId, RowId, get_session, mail_afterwards
from .pages import back, render

router = APIRouter(dependencies=[Depends(check_csrf)])
logger = logging.getLogger("vnplan.web")
FLASH = "inbox_outcomes"


class ProvinceFigures:
    """A figure per province (the agencies overdue), counted at most once every `ttl` seconds for all the
    workers of the app together (the database keeps it: monitor/overdue_snapshot.py).

    A worker keeps its copy of the last count; once that is older than `ttl` it reads the stored one on the
    page's own session (one row, at most once every `retry` seconds), and if that is old too, a background
    thread on its own connection (the pool keeps one for it) takes the lease and counts, unless another worker
    holds it. A page never waits for a count: it shows the figure as last counted, or says it is being counted,
    so the figure it shows began at most `ttl` + one count + `retry` seconds ago. A page must not open a second
    connection while its own is held: under load every connection would be held by a page waiting.
    """

    def __init__(self, db, compute, ttl: float, lease: float = 60.0, retry: float = 1.0) -> None:
        self.db, self.compute, self.ttl, self.lease, self.retry = db, compute, ttl, lease, retry
        self.values: dict[str | None, overdue_snapshot.Snapshot] = {}
        self.looked: dict[str | None, float] = {}  # when the stored figure was last read (monotonic clock)
        self.refreshing: dict[str | None, threading.Thread] = {}
        self.lock = threading.Lock()

    def _fresh(self, snapshot: overdue_snapshot.Snapshot | None) -> bool:
        return snapshot is not None and time.time() - snapshot.counted_at <= self.ttl

    def _keep(self, province: str | None, snapshot: overdue_snapshot.Snapshot) -> overdue_snapshot.Snapshot:
        """The newer of `snapshot` and the copy kept, which it replaces if newer."""
        with self.lock:
            kept = self.values.get(province)
            if kept is None or kept.counted_at < snapshot.counted_at:
                self.values[province] = kept = snapshot
            return kept

    def _recount(self, user_id: int, province: str | None) -> None:
        """Counts the province's figure and stores it for every worker, unless the stored one is recent enough or
        another worker is counting it (the lease)."""
        with self.db.session() as session, session.begin():
            if not overdue_snapshot.take_lease(session, province, time.time(), self.ttl, self.lease):
                return
        started = time.time()
        try:
            with self.db.session() as session:
                counted = overdue_snapshot.Snapshot(self.compute(session, session.get(User, user_id)), started)
        except BaseException:
            with self.db.session() as session, session.begin():
                overdue_snapshot.release(session, province)
            raise
        with self.db.session() as session, session.begin():
            overdue_snapshot.store(session, province, counted)
        self._keep(province, counted)

    def _refresh(self, user_id: int, province: str | None) -> None:
        try:
            self._recount(user_id, province)
        finally:
            with self.lock:
                self.refreshing.pop(province, None)

    def count_at_start(self) -> None:
        """Counts, before the worker takes its first request, the figure of each reviewer's province (the whole
        register for a reviewer without one) that no worker counted within `ttl`. Otherwise the first inbox
        after a start says the figure is being counted, and the worker that counts it in the background (~0.2 s
        of the interpreter's time for a register of 200,000 reports, the database doing the rest) slows the
        requests it serves meanwhile. Of several workers starting together one counts each province, the others start at
        once and read its figure."""
        with self.db.session() as session:
            reviewers = {province: user_id for user_id, province in session.execute(
                select(User.id, User.province).where(User.role.in_(access.REVIEWERS), User.active.is_(True))
                .order_by(User.id))}
        for province, user_id in reviewers.items():
            try:
                self._recount(user_id, province)
            except Exception:  # a figure is no reason not to serve: the inbox counts it in the background then
                logger.exception("counting the overdue agencies of %s at start-up failed", province or "every province")

    def peek(self, session: Session, user: User):
        """The figure as last counted by any worker (None before the first), counted afresh in the background
        when old."""
        province = user.province
        kept = self.values.get(province)
        if self._fresh(kept):
            return kept.agencies
        with self.lock:
            if time.monotonic() - self.looked.get(province, -self.retry) < self.retry:
                return kept.agencies if kept else None
            self.looked[province] = time.monotonic()
        stored = overdue_snapshot.stored(session, province)
        kept = self._keep(province, stored) if stored else kept
        if not self._fresh(kept):
            with self.lock:
                if province not in self.refreshing:
                    self.refreshing[province] = thread = threading.Thread(
                        target=self._refresh, args=(user.id, province), daemon=True, name="province-figures")
                    thread.start()
        return kept.agencies if kept else None


_figures_lock = threading.Lock()


def overdue_figures(app) -> ProvinceFigures:
    """The app's overdue agencies per province, counted at most once a minute by one of the workers (they change
    when a due date passes or a report arrives)."""
    with _figures_lock:
        if not hasattr(app.state, "overdue_figures"):
            app.state.overdue_figures = ProvinceFigures(app.state.db, inbox.overdue_agencies, 60.0)
        return app.state.overdue_figures


def waiting_badge(request: Request, user: User) -> int | None:
    """For reviewers, the number of items waiting, as the inbox page has just counted them, or counted now with
    the page's own session (the database keeps the counts: one indexed read); None for everyone else."""
    if user.role not in access.REVIEWERS:
        return None
    counted = getattr(request.state, "waiting_count", None)
    return counted if counted is not None else inbox.waiting_count(object_session(user), user)


templates.env.globals["waiting_badge"] = waiting_badge


# -- inbox ---------------------------------------------------------------------------------------------

def _outcome_json(outcome: inbox.Outcome) -> dict:
    return {"kind": outcome.choice.kind, "id": outcome.choice.id, "revision": outcome.choice.revision,
            "done": outcome.done, "stale": outcome.stale, "message": outcome.message, "subject": outcome.subject}


def _item_json(item: inbox.Item) -> dict:
    return asdict(item) | {"key": item.key}


SPREADSHEET = {200: {"description": "Excel", "content": {EXPORT_TYPES["xlsx"]: {}}}}
PAGE_PARAMS = {"waiting": "page", "returned": "returned_page", "actuals": "actuals_page"}  # list -> query parameter
Page = Annotated[int, Query(ge=1, le=MAX_ID)]


def _inbox(request: Request, session: Session, user: User, page: int, returned_page: int,
           actuals_page: int) -> tuple[inbox.Inbox, bool]:
    """The inbox, and whether its overdue agencies are still being counted (the first time in a while for
    the province: in the background, not on the reviewer's time)."""
    access.review_province(user)  # a reviewer's, or 403 before anything is counted for them
    overdue = overdue_figures(request.app).peek(session, user)
    box = inbox.inbox(session, user, overdue=overdue or [],
                      pages={"waiting": page, "returned": returned_page, "actuals": actuals_page})
    if box.unfolded_counts > inbox_counts.FOLD_AFTER:
        _fold_in_background(request.app.state.db)
    return box, overdue is None


_folding = threading.Lock()


def _fold_in_background(db) -> None:
    """Folds the inbox's count rows (one worker's thread at a time, on its own connection, as the province
    figures are counted): the counts stay exact either way, only cheaper to read once folded."""
    if not _folding.acquire(blocking=False):
        return

    def fold() -> None:
        try:
            with db.session() as session, session.begin():
                inbox_counts.fold(session)
        finally:
            _folding.release()

    threading.Thread(target=fold, daemon=True, name="inbox-count-fold").start()


@router.get("/inbox", response_class=HTMLResponse)
def inbox_page(request: Request, sort: str = "oldest", page: Page = 1, returned_page: Page = 1,
               actuals_page: Page = 1, session: Session = Depends(get_session), user: User = Depends(current_user)):
    box, overdue_pending = _inbox(request, session, user, page, returned_page, actuals_page)
    request.state.waiting_count = box.totals["waiting"] + box.totals["actuals"]  # the menu's badge, same moment
    sort = sort if sort in inbox.SORTS else "oldest"
    shown = {PAGE_PARAMS[name]: p.number for name, p in box.pages.items()}

    def page_url(name: str, number: int) -> str:
        """This inbox with one list turned to another page, the others and the order kept."""
        return "/inbox?" + urlencode({"sort": sort, **shown, PAGE_PARAMS[name]: number})

    return render(request, "inbox.html", user, box=box, groups=box.groups(sort), sort=sort, sorts=inbox.SORTS,
                  outcomes=request.session.pop(FLASH, []), page_url=page_url, overdue_pending=overdue_pending,
                  rows=inbox_rows)


@router.post("/inbox/decide")
def inbox_decide(request: Request, background: BackgroundTasks, one: str = Form(""), action: str = Form(""),
                 comment: str = Form(""), items: list[str] = Form([]), reason_for: list[str] = Form([]), reason: list[str] = Form([]),
                 sort: str = Form("oldest"), session: Session = Depends(get_session),
                 user: User = Depends(current_user)):
    """The list's buttons: one row's ("one" = "action key", with that row's reason) or the ticked rows'."""
    if one:
        action, _, key = one.partition(" ")
        items, comment = [key], dict(zip(reason_for, reason)).get(key, "")
    try:
        outcomes = inbox.decide_many(session, user, action, [inbox.Choice.parse(k) for k in items], comment)
    except InvalidInput as refused:
        request.session[FLASH] = [{"done": False, "stale": False, "message": refused.vi, "kind": "", "id": 0}]
        return back(f"/inbox?sort={sort}")
    session.commit()
    request.app.state.overview.clear()
    mail_afterwards(request, background)
    request.session[FLASH] = [_outcome_json(o) for o in outcomes]
    return back(f"/inbox?sort={sort}")


class ItemRef(BaseModel):
    kind: str = "report"  # report | actual
    id: int = Field(ge=1, le=MAX_ID)
    revision: int | None = Field(default=None, ge=0, le=MAX_ID)  # the revision the reviewer saw; a record changed since is left as it is


class DecideBody(BaseModel):
    action: str  # approve | return
    comment: str = ""
    items: list[ItemRef]


@router.get("/api/inbox")
def inbox_json(request: Request, sort: str = "oldest", page: Page = 1, returned_page: Page = 1,
               actuals_page: Page = 1, session: Session = Depends(get_session), user: User = Depends(current_user)) -> dict:
    box, overdue_pending = _inbox(request, session, user, page, returned_page, actuals_page)
    return {"overdue_pending": overdue_pending, "waiting_count": box.totals["waiting"] + box.totals["actuals"], "totals": box.totals,
            "pages": {name: {"page": p.number, "pages": p.pages, "page_size": p.size} for name, p in box.pages.items()},
            "waiting": [{"group": name, "items": [_item_json(i) for i in items]}
                        for name, items in box.groups(sort if sort in inbox.SORTS else "oldest")],
            "returned": [_item_json(i) for i in box.returned],
            "actuals": [_item_json(i) for i in box.actuals],
            "overdue": [{"agency_id": a, "agency": name, "missing": n} for a, name, n in box.overdue]}


@router.post("/api/inbox/decide")
def inbox_decide_json(body: DecideBody, request: Request, background: BackgroundTasks,
                      session: Session = Depends(get_session), user: User = Depends(current_user)) -> dict:
    if any(ref.kind not in inbox.KINDS for ref in body.items):
        raise InvalidInput("Loại mục phải là report hoặc actual", "kind must be report or actual")
    outcomes = inbox.decide_many(session, user, body.action, [inbox.Choice(r.kind, r.id, r.revision) for r in body.items],
                                 body.comment)
    session.commit()
    request.app.state.overview.clear()
    mail_afterwards(request, background)
    return {"outcomes": [_outcome_json(o) for o in outcomes]}


# -- reporting rates -----------------------------------------------------------------------------------

def _filters(user: User, plan: Plan | None, province: str | None, period: str | None,
             agency: int | None) -> rates.Filters:
    scope = access.reporting_scope(user, province or None, plan)
    if agency and scope.agency_ids and agency not in scope.agency_ids:
        raise PermissionDenied("Bạn chỉ xem được số liệu của cơ quan mình", "you can only see your own agency")
    return rates.Filters(scope.province, scope.plan_ids, (period,) if period else (),
                         scope.agency_ids or ((agency,) if agency else ()))


def _table_json(table: rates.RateTable) -> dict:
    def rate(tally: rates.Tally) -> dict:
        return asdict(tally) | {"completeness": tally.completeness, "timeliness": tally.timeliness}

    return {"periods": [{"key": p.key, "label": p.label, "due": p.due, "rate": rate(table.period_rate(p.key))}
                        for p in table.periods],
            "agencies": [{"id": a, "name": name, "rate": rate(table.agency_rate(a)), "cells": [
                {"period": p.key, "state": c.state, "label": c.label, "expected": c.expected, "received": c.received,
                 "late": c.late, "returned": c.returned}
                for p in table.periods if (c := table.cell(a, p.key))]} for a, name in table.agencies.items()],
            "overall": rate(table.overall)}


def _table(session: Session, user: User, plan_id: int | None, province: str | None, period: str | None,
           agency: int | None) -> tuple[Plan | None, rates.Filters, rates.RateTable]:
    plan = get_or_404(session, Plan, plan_id, "kế hoạch") if plan_id else None
    filters = _filters(user, plan, province, period, agency)
    return plan, filters, rates.rate_table(session, filters)


def _title(plan: Plan | None, filters: rates.Filters) -> str:
    if plan:
        where = f"Kế hoạch {plan.number or plan.id}"
    else:
        where = f"tỉnh {filters.province}" if filters.province else "tất cả kế hoạch"
    return f"Tình hình gửi báo cáo — {where}"


def _rates_page(request: Request, session: Session, user: User, plan_id: int | None, province: str | None,
                period: str | None, agency: int | None, plan_filter: int | None = None) -> HTMLResponse:
    """The plan's table (`plan_id`), or the table across the plans in scope, narrowed to one by `plan_filter`."""
    chosen, filters, table = _table(session, user, plan_id or plan_filter, province, period, agency)
    plan = chosen if plan_id else None  # the cross-plan page keeps its address and its plan menu
    # the menus offer every period and agency of the table without those two filters
    unfiltered = rates.Filters(filters.province, filters.plan_ids, (), access.reporting_scope(user, province, chosen).agency_ids)
    choices = table if unfiltered == filters else rates.rate_table(session, unfiltered)
    plans = session.execute(rates.plans_in(rates.Filters(filters.province))).all() if plan is None else []
    return render(request, "rates.html", user, plan=plan, table=table, title=_title(chosen, filters), filters=filters,
                  chosen_period=period or "", chosen_agency=agency or "", province=province or "",
                  all_periods=choices.periods, all_agencies=choices.agencies, all_plans=plans,
                  cell_states=rates.CELL_STATES)


def _xlsx(session: Session, user: User, plan_id: int | None, province: str | None, period: str | None,
          agency: int | None) -> Response:
    plan, filters, table = _table(session, user, plan_id, province, period, agency)
    name = f"ty-le-bao-cao-{(plan.number or str(plan.id)).replace('/', '-') if plan else today_local().isoformat()}.xlsx"
    return Response(rates.to_xlsx(table, _title(plan, filters)), media_type=EXPORT_TYPES["xlsx"],
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})


@router.get("/plans/{plan_id}/rates", response_class=HTMLResponse)
def plan_rates_page(plan_id: RowId, request: Request, period: str | None = None, agency: QueryId = None,
                    session: Session = Depends(get_session), user: User = Depends(current_user)):
    return _rates_page(request, session, user, plan_id, None, period, agency)


@router.get("/rates", response_class=HTMLResponse)
def rates_page(request: Request, province: str | None = None, plan: QueryId = None, period: str | None = None,
               agency: QueryId = None, session: Session = Depends(get_session), user: User = Depends(current_user)):
    return _rates_page(request, session, user, None, province, period, agency, plan)


@router.get("/plans/{plan_id}/rates.xlsx", response_class=Response, responses=SPREADSHEET)
def plan_rates_xlsx(plan_id: RowId, period: str | None = None, agency: QueryId = None,
                    session: Session = Depends(get_session), user: User = Depends(current_user)) -> Response:
    return _xlsx(session, user, plan_id, None, period, agency)


@router.get("/rates.xlsx", response_class=Response, responses=SPREADSHEET)
def rates_xlsx(province: str | None = None, plan: QueryId = None, period: str | None = None,
               agency: QueryId = None, session: Session = Depends(get_session),
               user: User = Depends(current_user)) -> Response:
    return _xlsx(session, user, plan, province, period, agency)


@router.get("/rates/reports", response_class=HTMLResponse)
def cell_page(request: Request, agency: Annotated[int, Query(ge=1, le=MAX_ID)], period: str, plan: QueryId = None, province: str | None = None,
              session: Session = Depends(get_session), user: User = Depends(current_user)):
    """A cell's drill-down: the tasks behind it and each one's report for the period."""
    chosen = get_or_404(session, Plan, plan, "kế hoạch") if plan else None
    filters = _filters(user, chosen, province, period, agency)
    lines = rates.cell_reports(session, filters, agency, period)
    agency_name = get_or_404(session, Agency, agency, "cơ quan").name
    return render(request, "rate_cell.html", user, plan=chosen, lines=lines, agency_name=agency_name, period=period,
                  cell_states=rates.CELL_STATES)


@router.get("/api/plans/{plan_id}/rates")
def plan_rates_json(plan_id: RowId, period: str | None = None, agency: QueryId = None,
                    session: Session = Depends(get_session), user: User = Depends(current_user)) -> dict:
    return _table_json(_table(session, user, plan_id, None, period, agency)[2])


@router.get("/api/rates")
def rates_json(province: str | None = None, plan: QueryId = None, period: str | None = None,
               agency: QueryId = None, session: Session = Depends(get_session),
               user: User = Depends(current_user)) -> dict:
    return _table_json(_table(session, user, plan, province, period, agency)[2])
