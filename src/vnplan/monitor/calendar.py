"""The reporting calendar: what each agency owes, for which plan and period, by when; and its iCalendar feed.

Outlook and Google Calendar subscribe to a feed by its address alone, without signing in: each
user's feed has a secret address (`/calendar/feed/<key>.ics`). Only the key's SHA-256 is kept,
so the address is shown once, when it is made; a new one ends the old.
"""
from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import date, datetime, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..collation import collation_key
from ..register import corrected
from ..register.agencies import current
from ..register.audit import record
from ..register.models import Agency, Plan, PlanVersion, ProgressReport, Task, User
from . import access
from .dashboard import RECEIVED, current_task_rows
from .formatting import today_local
from .periods import Period, period_changes, period_label, periods_for
from .views import holder_text


@dataclass
class DueItem:
    plan: Plan
    period: Period
    agency: Agency  # as the plan names it
    holder: Agency  # the body that holds its duties today (itself, unless it was merged or renamed)
    tasks: int  # tasks the agency leads in the plan: one report each
    received: int

    @property
    def complete(self) -> bool:
        return self.received >= self.tasks

    def state(self, today: date) -> str:
        if self.complete:
            return "done"
        return "overdue" if self.period.due < today else "open"


def due_items(session: Session, today: date | None = None, agency_ids: set[int] | None = None,
              province: str | None = None) -> list[DueItem]:
    today = today or today_local()
    query = select(Plan)
    if province:
        query = query.where(Plan.province == province)
    if agency_ids is not None:  # only the plans in which these agencies lead a task (as corrected): a focal point reads few
        query = query.where(Plan.id.in_(select(PlanVersion.plan_id).join(Task, Task.version_id == PlanVersion.id).where(
            PlanVersion.is_current.is_(True), corrected.naming(session, agency_ids, role="lead"))))
    items: list[DueItem] = []
    holders: dict[int, Agency] = {}
    plans = list(session.scalars(query))
    changes = period_changes(session, [plan.id for plan in plans])
    for plan in plans:
        tasks = current_task_rows(session, plan)
        facts = corrected.task_facts(session, tasks)  # the leads as corrected: a report is owed by the lead of today's record
        leads = {agency.id: agency for agency in session.scalars(select(Agency).where(
            Agency.id.in_({agency_id for known in facts.values() for agency_id in known.lead_ids})))}
        by_agency: dict[int, tuple[Agency, list[int]]] = {}
        for task in tasks:
            for link in facts[task.id].named("lead"):
                agency = leads[link.agency_id]
                if agency.kind != "collective" and (agency_ids is None or link.agency_id in agency_ids):
                    by_agency.setdefault(link.agency_id, (agency, []))[1].append(task.tracked_task_id)
        if not by_agency:
            continue
        reports = list(session.scalars(select(ProgressReport).where(
            ProgressReport.tracked_task_id.in_([t.tracked_task_id for t in tasks]),
            ProgressReport.status.in_(RECEIVED))))
        for period in periods_for(plan, today, changes[plan.id]):
            for agency_id, (agency, tracked) in by_agency.items():
                received = sum(1 for r in reports if r.period == period.key and r.agency_id == agency_id
                               and r.tracked_task_id in tracked)
                if agency_id not in holders:
                    holders[agency_id] = current(session, agency, today)
                items.append(DueItem(plan, period, agency, holders[agency_id], len(tracked), received))
    return sorted(items, key=lambda i: (i.period.due, collation_key(i.holder.name), collation_key(i.agency.name)))


def agency_text(item: DueItem) -> str:
    """Today's body, with the name the plan wrote beside it when the body has changed since."""
    return holder_text(item.agency, item.holder)


def report_title(plan: Plan, period_key: str) -> str:
    """What is due, as the calendar and the notices name it: "Báo cáo quý III/2025 – Kế hoạch 154/KH-UBND"."""
    label = period_label(period_key)
    what = "Báo cáo một lần" if period_key.startswith("once-") else f"Báo cáo {label[:1].lower()}{label[1:]}"
    document = f"{plan.type or 'Kế hoạch'} {plan.number}" if plan.number else (plan.title or "Kế hoạch")
    return f"{what} – {document}"


def for_user(session: Session, user: User, today: date | None = None) -> list[DueItem]:
    """The due items on the user's calendar (page, download and subscribed feed alike), as `access` decides."""
    agency_ids = access.user_agency_ids(session, user) if user.role == "agency" else None  # read only those
    return list(filter(access.on_calendar(session, user), due_items(session, today, agency_ids=agency_ids)))


def ical(items: list[DueItem]) -> bytes:
    """An iCalendar feed: one all-day event per plan, period and agency, on the due date (the agency in the
    title when the feed holds several agencies' duties)."""
    from icalendar import Calendar, Event

    cal = Calendar()
    cal.add("prodid", "-//vnplan//Lich bao cao//VI")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", "Lịch báo cáo thực hiện kế hoạch")
    cal.add("x-wr-timezone", "Asia/Ho_Chi_Minh")
    stamp = datetime.now(timezone.utc)
    with_agency = len({item.agency.id for item in items}) > 1
    for item in items:
        event = Event()
        event.add("uid", f"{item.plan.id}-{item.period.key}-{item.agency.id}@vnplan")
        event.add("dtstamp", stamp)
        event.add("dtstart", item.period.due)
        title = report_title(item.plan, item.period.key)
        event.add("summary", f"{title} – {agency_text(item)}" if with_agency else title)
        event.add("description", f"{agency_text(item)}: {item.received}/{item.tasks} báo cáo đã gửi. {item.plan.title or ''}")
        event.add("status", "CONFIRMED")
        cal.add_component(event)
    return cal.to_ical()


def _digest(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def new_feed_key(session: Session, user: User, actor: str) -> str:
    """A new secret key for the user's feed (returned, never stored); the previous address stops working."""
    key = secrets.token_urlsafe(32)
    had = user.feed_token_hash is not None
    user.feed_token_hash = _digest(key)
    record(session, "user.feed_key", "user", user.id, {"feed": had}, {"feed": True}, actor)
    return key


def revoke_feed(session: Session, user: User, actor: str) -> None:
    if user.feed_token_hash is not None:
        user.feed_token_hash = None
        record(session, "user.feed_key", "user", user.id, {"feed": True}, {"feed": False}, actor)


def feed_owner(session: Session, key: str) -> User | None:
    """The active user whose feed has this key; None for a key revoked, replaced or never made, or a disabled user."""
    if not key or len(key) > 100:
        return None
    user = session.scalar(select(User).where(User.feed_token_hash == _digest(key)))
    return user if user is not None and user.active else None
