"""The reporting calendar: what each agency owes, for which plan and period, by when; and its iCalendar feed.

Outlook and Google Calendar subscribe to a feed by its address alone, without signing in: each
user's feed has a secret address (`/calendar/feed/<key>.ics`). Only the key's SHA-256 is kept,
so the address is shown once, when it is made; a new one ends the old.
"""
from __future__ import annotations

import hashlib
import secrets
from datetime import date, datetime, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..collation import collation_key
from ..register import corrected
from ..register.audit import record
from ..register.models import Plan, PlanVersion, Task, User
from . import access
from .dashboard import PeriodDuty, period_duties
from .periods import period_label
from .views import holder_text


def due_items(session: Session, today: date | None = None, agency_ids: set[int] | None = None,
              province: str | None = None) -> list[PeriodDuty]:
    """What is owed for each plan (of `province`), period and agency (of `agency_ids`), by due date."""
    query = select(Plan)
    if province:
        query = query.where(Plan.province == province)
    if agency_ids is not None:  # only the plans in which these agencies lead a task (as corrected): a focal point reads few
        query = query.where(Plan.id.in_(select(PlanVersion.plan_id).join(Task, Task.version_id == PlanVersion.id).where(
            PlanVersion.is_current.is_(True), corrected.naming(session, agency_ids, role="lead"))))
    items = period_duties(session, list(session.scalars(query)), today, agency_ids)
    return sorted(items, key=lambda i: (i.period.due, collation_key(i.holder.name), collation_key(i.agency.name)))


def agency_text(item: PeriodDuty) -> str:
    """Today's body, with the name the plan wrote beside it when the body has changed since."""
    return holder_text(item.agency, item.holder)


def report_title(plan: Plan, period_key: str) -> str:
    """What is due, as the calendar and the notices name it: "Báo cáo quý III/2025 – Kế hoạch 154/KH-UBND"."""
    label = period_label(period_key)
    what = "Báo cáo một lần" if period_key.startswith("once-") else f"Báo cáo {label[:1].lower()}{label[1:]}"
    document = f"{plan.type or 'Kế hoạch'} {plan.number}" if plan.number else (plan.title or "Kế hoạch")
    return f"{what} – {document}"


def for_user(session: Session, user: User, today: date | None = None) -> list[PeriodDuty]:
    """The due items on the user's calendar (page, download and subscribed feed alike), as `access` decides."""
    agency_ids = access.user_agency_ids(session, user) if user.role == "agency" else None  # read only those
    return list(filter(access.on_calendar(session, user), due_items(session, today, agency_ids=agency_ids)))


def ical(items: list[PeriodDuty]) -> bytes:
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
