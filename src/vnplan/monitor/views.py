"""Finished rows for every reader: a task with its corrected facts, its state, the bodies that hold its
agencies' duties today, what the reader may do with it, and its display strings.

Pages, the JSON API, exports, the calendar and reminders read tasks from here instead of assembling them:
the facts come from `register.corrected` (extraction with corrections applied), permissions from
`access`, display strings from `formatting`, so that one correction or one 2025 successor reads the
same on every page, in every file and every e-mail.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import NamedTuple, Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..register.agencies import Holders, Link
from ..register.corrected import TaskFacts, task_facts
from ..register.models import Agency, Plan, User
from . import access
from .formatting import coordinators_text, format_date, today_local
from .periods import plan_end
from .status import TaskStatus, task_status


class Named(Protocol):
    id: int
    name: str
    province: str | None


def holder_text(written: Named, today: Named) -> str:
    """Today's body, with the name the plan (or its correction) wrote beside it when the body has changed
    since, and each province named where they differ: "Sở Khoa học và Công nghệ (Quảng Trị) (kế hoạch
    ghi: Sở Thông tin và Truyền thông, Quảng Bình)"."""
    moved = today.province != written.province
    holder = today.name + (f" ({today.province})" if moved else "")
    if today.id == written.id:
        return holder
    return f"{holder} (kế hoạch ghi: {written.name}{f', {written.province}' if moved else ''})"


class Body(NamedTuple):
    id: int
    name: str
    province: str | None
    kind: str | None  # "collective" for the bodies a plan names as a class (the districts' people's committees)


@dataclass(frozen=True)
class AgencyLine:
    """An agency a task names, and the body that holds its duties today (itself unless merged or renamed)."""

    written: Body
    today: Body

    @property
    def changed(self) -> bool:
        return self.today.id != self.written.id

    @property
    def text(self) -> str:
        return holder_text(self.written, self.today)


class Bodies:
    """The agencies a set of tasks names and their bodies today, read in two queries when first asked."""

    def __init__(self, session: Session, agency_ids: set[int], today: date) -> None:
        self.session, self.agency_ids, self.today = session, agency_ids, today
        self._rows: dict[int, Body] | None = None
        self._holders: Holders | None = None

    def line(self, link: Link) -> AgencyLine:
        if self._rows is None:
            self._holders = Holders(self.session, self.today)
            wanted = self.agency_ids | {self._holders(agency_id) for agency_id in self.agency_ids}
            self._rows = {row.id: Body(*row) for row in self.session.execute(
                select(Agency.id, Agency.name, Agency.province, Agency.kind).where(Agency.id.in_(wanted)))}
        return AgencyLine(self._rows[link.agency_id], self._rows[self._holders(link.agency_id)])


@dataclass
class TaskView:
    """A task as every reader shows it. `task` is a `Task` or a plain row of its columns."""

    task: object
    plan: Plan
    facts: TaskFacts
    status: TaskStatus
    bodies: Bodies
    can_correct: bool = False  # with a reader given (see `task_views`); False for the console
    can_report: bool = False

    @property
    def id(self) -> int:
        return self.task.id

    @property
    def lead_names(self) -> list[str]:
        return [link.name for link in self.facts.named("lead")]

    @property
    def coordinator_names(self) -> list[str]:
        return [link.name for link in self.facts.named("coordinator")]

    @property
    def leads(self) -> list[AgencyLine]:
        return [self.bodies.line(link) for link in self.facts.named("lead")]

    @property
    def coordinators(self) -> list[AgencyLine]:
        return [self.bodies.line(link) for link in self.facts.named("coordinator")]

    @property
    def successions(self) -> list[AgencyLine]:
        """The agencies it names whose duties another body holds today."""
        return [line for line in self.leads + self.coordinators if line.changed]

    @property
    def lead_text(self) -> str:
        return ", ".join(self.lead_names)

    @property
    def lead_today_text(self) -> str:
        """The leads as they stand today, each with the name written beside it when it has changed."""
        return "; ".join(line.text for line in self.leads)

    @property
    def coordinators_text(self) -> str:
        return coordinators_text(self.coordinator_names, self.task.coordinators_collective)

    @property
    def deadline(self) -> date | None:
        """The task's own deadline, as corrected; None when the plan gives none."""
        return self.facts.deadline

    @property
    def deadline_text(self) -> str:
        return format_date(self.facts.deadline)

    @property
    def due_text(self) -> str:
        """The deadline the state is judged by: its own, else the end of the plan's period."""
        return format_date(self.status.deadline)

    @property
    def corrected(self) -> tuple[str, ...]:
        return self.facts.corrected

    @property
    def state_label(self) -> str:
        return self.status.state_label


def task_views(session: Session, tasks: list[tuple[object, Plan]], reports: dict[int, list],
               today: date | None = None, reader: User | None = None) -> list[TaskView]:
    """Views of (task, plan) pairs; `reports` maps a tracked task id to its reports (plain rows will do);
    with a `reader`, each view says whether they may correct it and report on it."""
    today = today or today_local()
    facts = task_facts(session, [task for task, _ in tasks])
    bodies = Bodies(session, {agency_id for f in facts.values() for agency_id in f.agency_ids}, today)
    actor = access.actor_of(session, reader) if reader is not None else None
    ends: dict[int, date] = {}
    out = []
    for task, plan in tasks:
        if plan.id not in ends:
            ends[plan.id] = plan_end(plan, today)
        known = facts[task.id]
        view = TaskView(task, plan, known, task_status(known.deadline, plan, reports.get(task.tracked_task_id, []),
                                                       today, ends[plan.id], known.lead_ids or None), bodies)
        if actor is not None:
            subject = access.task_subject(plan.province, known.agency_ids)
            view.can_correct = access.allows(actor, "correct", subject)
            view.can_report = access.allows(actor, "write", subject)
        out.append(view)
    return out


def task_view(session: Session, task, plan: Plan, reports: list, reader: User | None = None) -> TaskView:
    """One task's view (its page, its API entry)."""
    return task_views(session, [(task, plan)], {task.tracked_task_id: reports}, reader=reader)[0]
