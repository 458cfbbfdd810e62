"""The corrected view of tasks: the one place a task's lead, coordinators and deadline are read from.

What was extracted stays as it was read (`task.deadline`, the `task_agency` links); a correction by the
planning department (`monitor/corrections.py` writes them) is a row beside it, and the latest correction
of a field takes precedence. Pages, the API, search, exports, the calendar, reminders, dashboards and
reporting rates read tasks through here, so that one correction shows the same everywhere.

The search index holds a task's folded text only, which no correction changes: search narrows by agency
and deadline with the conditions below instead, so a correction needs no re-indexing.
"""
from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, and_, case, exists, false, or_, select, true, tuple_
from sqlalchemy.orm import Session

from .agencies import Link, task_links as extracted_links
from .audit import record
from .db import among
from .models import Correction, Task, TaskAgency

AGENCY_FIELDS = {"lead": "lead", "coordinator": "coordinators"}  # link role -> corrected field
TASK_FIELDS = ("lead", "coordinators", "deadline")  # what a correction may set, by what it corrects
TARGET_FIELDS = ("min", "max", "unit", "year")
DUTY_FIELDS = ("frequency", "due")
FIELD_NAMES = {"lead": "cơ quan chủ trì", "coordinators": "cơ quan phối hợp", "deadline": "thời hạn",  # as people read them
               "min": "mục tiêu (từ)", "max": "mục tiêu", "unit": "đơn vị", "year": "năm đạt",
               "frequency": "tần suất báo cáo", "due": "hạn gửi báo cáo"}


def latest(session: Session, entity: str, ids: list[int]) -> dict[int, dict[str, object]]:
    """The latest correction of each field, for many entities in one query."""
    out: dict[int, dict[str, object]] = {}
    for i in range(0, len(ids), 900):  # within any database's limit on parameters
        for correction in session.scalars(select(Correction).where(
                Correction.entity == entity, among(session, Correction.entity_id, ids[i:i + 900])).order_by(Correction.id)):
            out.setdefault(correction.entity_id, {})[correction.field] = json.loads(correction.value_json)
    return out



def store(session: Session, entity: str, entity_id: int, field: str, value, before, actor: str,
          actor_id: int | None, note: dict | None = None) -> None:
    """One correction written beside the extracted value, and its audit entry ("task.correct" …): the one way a
    correction is stored, whether a person types it or it follows its task into a new version (`note` says so)."""
    session.add(Correction(entity=entity, entity_id=entity_id, field=field,
                           value_json=json.dumps(value, ensure_ascii=False), actor_id=actor_id))
    record(session, f"{entity}.correct", entity, entity_id, {field: before}, {field: value, **(note or {})}, actor)

@dataclass(frozen=True)
class TaskFacts:
    """A task's agencies and deadline, corrections applied; `corrected` names the fields a correction changed."""

    links: tuple[Link, ...]
    deadline: date | None
    corrected: tuple[str, ...] = ()

    def named(self, role: str) -> list[Link]:
        return [link for link in self.links if link.role == role]

    @property
    def lead_ids(self) -> list[int]:
        return [link.agency_id for link in self.named("lead")]

    @property
    def coordinator_ids(self) -> set[int]:
        return {link.agency_id for link in self.named("coordinator")}

    @property
    def agency_ids(self) -> set[int]:
        return {link.agency_id for link in self.links}

    def values(self) -> dict[str, object]:
        """The facts as plain values (names, ids, an ISO deadline): what the audit log and JSON hold."""
        return {"lead": [link.name for link in self.named("lead")],
                "coordinators": [link.name for link in self.named("coordinator")],
                "lead_ids": self.lead_ids,
                "coordinator_ids": [link.agency_id for link in self.named("coordinator")],
                "deadline": self.deadline.isoformat() if self.deadline else None,
                "corrected": list(self.corrected)}


def apply(links: list[Link], deadline: date | None, corrections: dict[str, object]) -> TaskFacts:
    """The extracted links and deadline of one task with its latest corrections (see `latest`) applied."""
    for role, field in AGENCY_FIELDS.items():
        if field in corrections:
            links = [link for link in links if link.role != role] + [
                Link(role, named["id"], named["name"]) for named in corrections[field]]
    if "deadline" in corrections:
        deadline = date.fromisoformat(corrections["deadline"]) if corrections["deadline"] else None
    leads_first = sorted(links, key=lambda link: link.role != "lead")  # the order pages list them in
    return TaskFacts(tuple(leads_first), deadline, tuple(corrections))


def task_facts(session: Session, tasks: list) -> dict[int, TaskFacts]:
    """The corrected facts of many tasks (`Task`s or rows with `id` and `deadline`) in three queries."""
    ids = [task.id for task in tasks]
    links, corrections = extracted_links(session, ids), latest(session, "task", ids)
    return {task.id: apply(links[task.id], task.deadline, corrections.get(task.id, {})) for task in tasks}


def task_links(session: Session, task_ids: list[int]) -> dict[int, list[Link]]:
    """The agencies of many tasks, corrections applied."""
    corrections = latest(session, "task", task_ids)
    return {task_id: list(apply(links, None, corrections.get(task_id, {})).links)
            for task_id, links in extracted_links(session, task_ids).items()}


def lead_ids(session: Session, task_ids) -> defaultdict[int, list[int]]:
    """The lead agencies of many tasks (ids, or a query of them), corrections applied, in two queries of plain
    rows: a province's reporting rates read the leads of every task of its plans, and need nothing else."""
    leads: defaultdict[int, list[int]] = defaultdict(list)
    for task_id, agency_id in session.execute(select(TaskAgency.task_id, TaskAgency.agency_id).where(
            TaskAgency.role == "lead", TaskAgency.task_id.in_(task_ids)).order_by(TaskAgency.id)):
        leads[task_id].append(agency_id)
    for task_id, value in session.execute(select(Correction.entity_id, Correction.value_json).where(
            Correction.entity == "task", Correction.field == AGENCY_FIELDS["lead"], Correction.entity_id.in_(task_ids))
            .order_by(Correction.id)):
        leads[task_id] = [named["id"] for named in json.loads(value)]  # the latest correction replaces every lead
    return leads


def corrected_leads(session: Session) -> dict[int, list[int]]:
    """The lead agencies of every task whose lead was corrected, by task: what replaces its extracted leads."""
    return {task_id: [named["id"] for named in value]
            for (task_id, _), value in _latest_of_every_task(session, (AGENCY_FIELDS["lead"],)).items()}


def _latest_of_every_task(session: Session, fields: tuple[str, ...]) -> dict[tuple[int, str], object]:
    """The latest correction of these fields for every task: corrections are typed by people, so they
    stay few beside the tasks and are read whole."""
    out: dict[tuple[int, str], object] = {}
    for task_id, field, value in session.execute(
            select(Correction.entity_id, Correction.field, Correction.value_json)
            .where(Correction.entity == "task", Correction.field.in_(fields)).order_by(Correction.id)):
        out[(task_id, field)] = json.loads(value)
    return out


def naming(session: Session, agency_ids: set[int], role: str | None = None) -> ColumnElement[bool]:
    """A condition on `Task.id`: the task's corrected lead (`role="lead"`), coordinators ("coordinator") or
    either (None) include one of `agency_ids`."""
    if not agency_ids:
        return false()
    roles = [role] if role else list(AGENCY_FIELDS)
    corrected = _latest_of_every_task(session, tuple(AGENCY_FIELDS[r] for r in roles))
    named = {task_id for (task_id, _), value in corrected.items() if any(v["id"] in agency_ids for v in value)}
    conditions = [Task.id.in_(named)] if named else []
    for each in roles:
        linked = select(TaskAgency.task_id).where(TaskAgency.role == each, TaskAgency.agency_id.in_(agency_ids))
        replaced = [task_id for (task_id, field) in corrected if field == AGENCY_FIELDS[each]]
        if replaced:  # a correction of the field replaces every extracted link of that role
            linked = linked.where(TaskAgency.task_id.not_in(replaced))
        conditions.append(Task.id.in_(linked))
    return or_(*conditions)


def reported_by_a_lead(session: Session, agency_id: ColumnElement) -> ColumnElement[bool]:
    """A condition on `Task.id` and a report's agency column: the report is the task's lead's (corrections applied),
    or the task names no lead, or the report names no body — the reports `monitor.status` lets say how far a task is."""
    corrected = {task_id: [named["id"] for named in value]
                 for (task_id, _), value in _latest_of_every_task(session, (AGENCY_FIELDS["lead"],)).items()}
    extracted_leads = select(TaskAgency.agency_id).where(TaskAgency.task_id == Task.id, TaskAgency.role == "lead")
    conditions = [agency_id.is_(None),
                  and_(Task.id.not_in(corrected) if corrected else true(),
                       or_(agency_id.in_(extracted_leads), ~exists(extracted_leads)))]
    if pairs := [(task_id, lead) for task_id, leads in corrected.items() for lead in leads]:
        conditions.append(tuple_(Task.id, agency_id).in_(pairs))
    if leaderless := [task_id for task_id, leads in corrected.items() if not leads]:
        conditions.append(Task.id.in_(leaderless))
    return or_(*conditions)


def deadline_column(session: Session) -> ColumnElement:
    """`Task.deadline` with corrections applied, as an SQL expression (for counting and filtering in the database)."""
    corrected = {task_id: date.fromisoformat(value) if value else None
                 for (task_id, _), value in _latest_of_every_task(session, ("deadline",)).items()}
    return case(corrected, value=Task.id, else_=Task.deadline) if corrected else Task.deadline
