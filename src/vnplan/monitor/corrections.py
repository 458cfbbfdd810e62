"""Corrections of extracted values by the planning department, kept beside the extraction.

The extracted lead, coordinators, deadline, target values or reporting cycle stay as they were
read from the plan; a correction is a separate row that takes precedence
wherever the value is used, and each one is in the audit log with before and after.
"""
from __future__ import annotations

import json
from datetime import date
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..register.agencies import Link, Registry
from ..register.audit import record
from ..register.models import Correction, Plan, PlanVersion, ReportingDuty, Target, Task, User
from .errors import InvalidInput, PermissionDenied

TASK_FIELDS = ("lead", "coordinators", "deadline")
TARGET_FIELDS = ("min", "max", "unit", "year")
DUTY_FIELDS = ("frequency", "due")


def load(session: Session, entity: str, ids: list[int]) -> dict[int, dict[str, object]]:
    """The latest correction of each field, for many entities in one query."""
    out: dict[int, dict[str, object]] = {}
    if ids:
        for correction in session.scalars(select(Correction).where(Correction.entity == entity,
                                                                   Correction.entity_id.in_(ids)).order_by(Correction.id)):
            out.setdefault(correction.entity_id, {})[correction.field] = json.loads(correction.value_json)
    return out


def _latest(session: Session, entity: str, entity_id: int, loaded: dict | None) -> dict[str, object]:
    return (loaded if loaded is not None else load(session, entity, [entity_id])).get(entity_id, {})


def task_values(session: Session, task: Task, loaded: dict | None = None,
                links: list[Link] | None = None) -> dict[str, object]:
    """Lead and coordinator names (agency ids too) and deadline, corrections applied.

    When many tasks are shown at once, `loaded` is `load(session, "task", ids)` and `links` the
    task's entry of `task_links`.
    """
    if links is None:
        links = [Link(link.role, link.agency_id, link.agency.name) for link in task.agencies]
    values = {
        "lead": [link.name for link in links if link.role == "lead"],
        "coordinators": [link.name for link in links if link.role == "coordinator"],
        "lead_ids": [link.agency_id for link in links if link.role == "lead"],
        "coordinator_ids": [link.agency_id for link in links if link.role == "coordinator"],
        "deadline": task.deadline.isoformat() if task.deadline else None,
        "corrected": [],
    }
    for name, value in _latest(session, "task", task.id, loaded).items():
        values["corrected"].append(name)
        if name in ("lead", "coordinators"):
            values[name] = [v["name"] for v in value]
            values["lead_ids" if name == "lead" else "coordinator_ids"] = [v["id"] for v in value]
        else:
            values[name] = value
    return values


def target_values(session: Session, target: Target, loaded: dict | None = None) -> dict[str, object]:
    values = {f: getattr(target, f) for f in TARGET_FIELDS} | {"corrected": []}
    for name, value in _latest(session, "target", target.id, loaded).items():
        values[name] = value
        values["corrected"].append(name)
    return values


def _require_planning(user: User) -> None:
    if user.role not in ("admin", "planning"):
        raise PermissionDenied("Chỉ Sở Tài chính (Sở Kế hoạch và Đầu tư) được sửa kết quả trích xuất",
                               "only the planning department corrects extracted values")


def correct_task(session: Session, user: User, task: Task, field: str, value) -> None:
    _require_planning(user)
    if field not in TASK_FIELDS:
        raise InvalidInput(f"Không sửa được trường {field}", f"cannot correct field {field}")
    before = task_values(session, task).get(field)
    if field == "deadline":
        try:
            stored = date.fromisoformat(value).isoformat() if value else None
        except ValueError:
            raise InvalidInput(f"Ngày không hợp lệ: {value}", f"invalid date: {value}") from None
    else:
        names = [n.strip() for n in (value if isinstance(value, list) else str(value).split(";")) if n.strip()]
        plan = session.get(PlanVersion, task.version_id).plan
        registry = Registry(session, plan.province or "?")
        agencies = [registry.resolve(name) for name in names]
        session.flush()
        stored = [{"id": a.id, "name": a.name} for a in agencies]
    session.add(Correction(entity="task", entity_id=task.id, field=field,
                           value_json=json.dumps(stored, ensure_ascii=False), actor_id=user.id))
    record(session, "task.correct", "task", task.id, {field: before}, {field: stored}, user.username)


def correct_target(session: Session, user: User, target: Target, field: str, value) -> None:
    _require_planning(user)
    if field not in TARGET_FIELDS:
        raise InvalidInput(f"Không sửa được trường {field}", f"cannot correct field {field}")
    try:
        stored = (None if value in (None, "") else int(value) if field == "year"
                  else float(str(value).replace(",", ".")) if field in ("min", "max") else str(value))
    except ValueError:
        raise InvalidInput(f"Giá trị không hợp lệ: {value}", f"invalid value: {value}") from None
    before = target_values(session, target).get(field)
    session.add(Correction(entity="target", entity_id=target.id, field=field,
                           value_json=json.dumps(stored, ensure_ascii=False), actor_id=user.id))
    record(session, "target.correct", "target", target.id, {field: before}, {field: stored}, user.username)


class DutyValues(NamedTuple):
    """A reporting duty as the periods are derived from it, corrections applied."""

    reporter: str | None
    frequency: str | None
    due: str | None
    corrected: list[str]


def duty_values(session: Session | None, duties: list[ReportingDuty]) -> list[DutyValues]:
    loaded = load(session, "reporting_duty", [d.id for d in duties]) if session is not None else {}
    return [DutyValues(d.reporter, loaded.get(d.id, {}).get("frequency", d.frequency),
                       loaded.get(d.id, {}).get("due", d.due), list(loaded.get(d.id, {}))) for d in duties]


def correct_duty(session: Session, user: User, duty: ReportingDuty, field: str, value: str | None) -> None:
    """`value` as the extraction writes it: a frequency (annual, quarterly …) or a due day (ISO, --MM-DD, ---DD)."""
    _require_planning(user)
    if field not in DUTY_FIELDS:
        raise InvalidInput(f"Không sửa được trường {field}", f"cannot correct field {field}")
    before = duty_values(session, [duty])[0]._asdict()[field]
    session.add(Correction(entity="reporting_duty", entity_id=duty.id, field=field,
                           value_json=json.dumps(value, ensure_ascii=False), actor_id=user.id))
    record(session, "reporting_duty.correct", "reporting_duty", duty.id, {field: before}, {field: value}, user.username)


def plan_of_version(session: Session, version_id: int) -> Plan:
    return session.get(PlanVersion, version_id).plan
