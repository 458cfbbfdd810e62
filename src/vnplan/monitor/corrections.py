"""Corrections of extracted values by the planning department, kept beside the extraction.

The extracted lead, coordinators, deadline, target values or reporting cycle stay as they were
read from the plan; a correction is a separate row that takes precedence
wherever the value is used, and each one is in the audit log with before and after.
"""
from __future__ import annotations

from typing import NamedTuple

from sqlalchemy.orm import Session

from ..register import corrected
from ..register.agencies import Link, Registry
from ..register.models import Plan, PlanVersion, ReportingDuty, Target, Task, User
from . import access, inputs
from .errors import InvalidInput
from .formatting import parse_date

TASK_FIELDS, TARGET_FIELDS, DUTY_FIELDS = corrected.TASK_FIELDS, corrected.TARGET_FIELDS, corrected.DUTY_FIELDS
NO_LEAD = ("Hãy ghi cơ quan chủ trì của nhiệm vụ (nhiều cơ quan thì cách nhau bởi dấu ;)", "a task needs its lead body")
MAX_AGENCIES = 50
MAX_AGENCY_NAME = 300


def load(session: Session, entity: str, ids: list[int]) -> dict[int, dict[str, object]]:
    """The latest correction of each field, for many entities in one query."""
    return corrected.latest(session, entity, ids) if ids else {}


def _latest(session: Session, entity: str, entity_id: int, loaded: dict | None) -> dict[str, object]:
    return (loaded if loaded is not None else load(session, entity, [entity_id])).get(entity_id, {})


def task_values(session: Session, task: Task, loaded: dict | None = None,
                links: list[Link] | None = None) -> dict[str, object]:
    """Lead and coordinator names (agency ids too) and deadline, corrections applied (see `register.corrected`).

    When many tasks are shown at once, `loaded` is `load(session, "task", ids)` and `links` the
    task's entry of `task_links`.
    """
    if links is None:
        links = [Link(link.role, link.agency_id, link.agency.name) for link in task.agencies]
    return corrected.apply(links, task.deadline, _latest(session, "task", task.id, loaded)).values()


def target_values(session: Session, target: Target, loaded: dict | None = None) -> dict[str, object]:
    values = {f: getattr(target, f) for f in TARGET_FIELDS} | {"corrected": []}
    for name, value in _latest(session, "target", target.id, loaded).items():
        values[name] = value
        values["corrected"].append(name)
    return values


def correct_task(session: Session, user: User, task: Task, field: str, value) -> None:
    access.require(session, user, "correct", task)
    if field not in TASK_FIELDS:
        raise InvalidInput(f"Không sửa được trường {field}", f"cannot correct field {field}")
    before = task_values(session, task).get(field)
    if field == "deadline":
        if value is not None and not isinstance(value, str):
            raise InvalidInput("Ngày phải viết dạng ngày/tháng/năm (30/06/2024)", "a date is written dd/mm/yyyy")
        day = parse_date(value or "")  # dd/mm/yyyy as typed, or yyyy-mm-dd from a date field
        stored = day.isoformat() if day else None
    else:
        written = value.split(";") if isinstance(value, str) else value if isinstance(value, list) else None
        if written is None or not all(isinstance(name, str) for name in written) or len(written) > MAX_AGENCIES:
            raise InvalidInput("Hãy ghi tên các cơ quan, cách nhau bởi dấu ;", "agency names are required")
        names = [inputs.text(n, "Tên cơ quan", MAX_AGENCY_NAME).strip() for n in written if n.strip()]
        if field == "lead" and not names:  # a task nobody leads is owed by nobody: it would leave every count
            raise InvalidInput(*NO_LEAD)
        plan = session.get(PlanVersion, task.version_id).plan
        registry = Registry(session, plan.province or "?")
        agencies = [registry.resolve(name) for name in names]
        session.flush()
        stored = [{"id": a.id, "name": a.name} for a in agencies]
    corrected.store(session, "task", task.id, field, stored, before, user.username, user.id)


def correct_target(session: Session, user: User, target: Target, field: str, value) -> None:
    access.require(session, user, "correct", target)
    if field not in TARGET_FIELDS:
        raise InvalidInput(f"Không sửa được trường {field}", f"cannot correct field {field}")
    if field == "year":
        stored = inputs.year(value)
    elif field in ("min", "max"):
        stored = inputs.quantity(value, "Mục tiêu")
    elif value is None or isinstance(value, str):
        stored = inputs.text(value, "Đơn vị", inputs.MAX_UNIT) if value else None
    else:
        raise InvalidInput("Đơn vị phải là chữ", "the unit must be text")
    before = target_values(session, target).get(field)
    corrected.store(session, "target", target.id, field, stored, before, user.username, user.id)


class DutyValues(NamedTuple):
    """A reporting duty as the periods are derived from it, corrections applied."""

    reporter: str | None
    frequency: str | None
    due: str | None
    corrected: list[str]


def duty_values(session: Session | None, duties: list[ReportingDuty], loaded: dict | None = None) -> list[DutyValues]:
    """`loaded`, when many plans' duties are read at once, is `load(session, "reporting_duty", ids)`."""
    if loaded is None:
        loaded = load(session, "reporting_duty", [d.id for d in duties]) if session is not None else {}
    return [DutyValues(d.reporter, loaded.get(d.id, {}).get("frequency", d.frequency),
                       loaded.get(d.id, {}).get("due", d.due), list(loaded.get(d.id, {}))) for d in duties]


def correct_duty(session: Session, user: User, duty: ReportingDuty, field: str, value: str | None) -> None:
    """`value` as the extraction writes it: a frequency (annual, quarterly …) or a due day (ISO, --MM-DD, ---DD)."""
    access.require(session, user, "correct", duty)
    if field not in DUTY_FIELDS:
        raise InvalidInput(f"Không sửa được trường {field}", f"cannot correct field {field}")
    before = duty_values(session, [duty])[0]._asdict()[field]
    corrected.store(session, "reporting_duty", duty.id, field, value, before, user.username, user.id)


def plan_of_version(session: Session, version_id: int) -> Plan:
    return session.get(PlanVersion, version_id).plan
