"""The reporting calendar: what each agency owes, for which plan and period, by when; and its iCalendar feed."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..collation import collation_key
from ..register.agencies import current
from ..register.models import Agency, Plan, ProgressReport
from ..register.corrected import task_facts
from .dashboard import RECEIVED, current_task_rows
from .formatting import today_local
from .periods import Period, period_changes, periods_for
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
    items: list[DueItem] = []
    holders: dict[int, Agency] = {}
    plans = list(session.scalars(query))
    changes = period_changes(session, [plan.id for plan in plans])
    for plan in plans:
        tasks = current_task_rows(session, plan)
        facts = task_facts(session, tasks)  # the leads as corrected: a report is owed by the lead of today's record
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


def ical(items: list[DueItem], today: date | None = None) -> bytes:
    """An iCalendar feed: one all-day event per plan, period and agency, on the due date."""
    from icalendar import Calendar, Event

    today = today or today_local()
    cal = Calendar()
    cal.add("prodid", "-//vnplan//Lich bao cao//VI")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", "Lịch báo cáo thực hiện kế hoạch")
    stamp = datetime.now(timezone.utc)
    for item in items:
        event = Event()
        event.add("uid", f"{item.plan.id}-{item.period.key}-{item.agency.id}@vnplan")
        event.add("dtstamp", stamp)
        event.add("dtstart", item.period.due)
        event.add("summary", f"Hạn báo cáo {item.period.label}: {item.plan.number or 'Kế hoạch'} — {agency_text(item)}")
        event.add("description", f"{item.received}/{item.tasks} báo cáo đã gửi. {item.plan.title or ''}")
        event.add("status", "CONFIRMED")
        cal.add_component(event)
    return cal.to_ical()
