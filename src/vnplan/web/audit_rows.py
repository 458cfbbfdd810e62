"""The audit log's rows written for the people who read them: inspectors and civil servants.

An entry keeps internal names as recorded ("report 34", status "submitted" → "approved", "agency_id": 12), and
the JSON API hands them on unchanged. The audit page shows them in Vietnamese: what the object is ("Báo cáo số
34" of which plan and period), what each field is called, its values in the words the rest of the app uses
(the roles of `monitor.users`, the progress of `monitor.status`, the frequencies of `monitor.intake`, the
periods of `monitor.periods`), agencies by name rather than id, days as dd/mm/yyyy.

Names are looked up for a whole page of entries at once: one query per kind of object on the page.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..monitor.intake import FREQUENCIES
from ..monitor.periods import period_label
from ..monitor.status import PROGRESS_LABELS, REPORT_STATUSES
from ..monitor.users import ROLES
from ..register import audit
from ..register.ingest import OUTCOMES
from ..register.models import (Agency, AuditLog, Plan, PlanVersion, ProgressReport, ReportingDuty, Target, TargetActual,
                               Task, User)
from .templating import audited

ACCOUNT_STATES = {True: "Đang hoạt động", False: "Đã khóa"}

FIELD_LABELS = {
    "": "Giá trị", "status": "Trạng thái", "revision": "Phiên bản", "comment": "Ý kiến",
    "deadline": "Thời hạn", "lead": "Cơ quan chủ trì", "coordinators": "Cơ quan phối hợp",
    "min": "Mục tiêu tối thiểu", "max": "Mục tiêu tối đa", "unit": "Đơn vị tính", "year": "Năm",
    "frequency": "Tần suất báo cáo", "due": "Hạn nộp báo cáo", "period": "Kỳ báo cáo", "label": "Kỳ báo cáo",
    "start": "Từ ngày", "end": "Đến ngày", "progress_label": "Tiến độ", "percent": "Tỷ lệ hoàn thành (%)",
    "file": "Tệp", "corrections": "Số chỗ đã sửa", "corrections_carried": "Số chỗ sửa giữ từ phiên bản trước",
    "corrections_dropped": "Chỗ sửa không giữ được", "path": "Nhiệm vụ", "field": "Nội dung", "value": "Giá trị",
    "username": "Tên đăng nhập", "display_name": "Họ tên", "email": "Thư điện tử", "role": "Vai trò",
    "agency": "Cơ quan", "agency_id": "Cơ quan", "province": "Tỉnh/thành phố", "active": "Tài khoản",
    "waiting": "Đăng nhập bị làm chậm", "address": "Địa chỉ IP", "wait_seconds": "Thời gian chờ (giây)",
    "email_notices": "Nhận thông báo qua thư", "feed": "Địa chỉ lịch báo cáo",
    "source": "Cơ quan được gộp", "source_id": "Cơ quan được gộp", "target": "Gộp vào cơ quan",
    "target_id": "Gộp vào cơ quan", "links_moved": "Số nhiệm vụ chuyển sang",
    "successor_id": "Cơ quan kế thừa", "successor_on": "Kế thừa từ ngày",
}
# field -> its values in words; a value not listed is shown as recorded ("field": the field a correction was of)
VALUE_WORDS = {"status": REPORT_STATUSES | OUTCOMES, "role": ROLES, "frequency": FREQUENCIES,
               "progress_label": PROGRESS_LABELS, "active": ACCOUNT_STATES, "field": FIELD_LABELS}
AGENCY_ID_FIELDS = ("agency_id", "source_id", "target_id", "successor_id")
# A field left out when the entry also records the field named beside it, which says the same for people:
# an agency's id beside its name, a period's key beside its label.
SAID_BY = {"agency_id": "agency", "source_id": "source", "target_id": "target", "period": "label"}
HIDDEN_FIELDS = {"lead_ids", "coordinator_ids", "corrected"}  # ids and bookkeeping that the names above tell

# what each kind of object is called ("Báo cáo số 34" when it can no longer be found)
ENTITY_NAMES = {"plan": "Kế hoạch", "task": "Nhiệm vụ", "report": "Báo cáo", "target": "Chỉ tiêu",
                "target_actual": "Số liệu chỉ tiêu", "reporting_duty": "Chế độ báo cáo", "user": "Tài khoản",
                "agency": "Cơ quan"}
COMMAND_LINE = "cli"  # the actor of what was done with `vnplan` commands


@dataclass(frozen=True)
class Subject:
    """The object an entry is about: its name, where it is seen, and where it belongs (plan, period)."""

    name: str
    link: str | None = None
    context: str = ""


@dataclass(frozen=True)
class Change:
    """One field of an entry: its value before (None when none was recorded, or it stayed the same) and after."""

    field: str
    before: str | None
    after: str | None


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    actor: str
    action: str  # as recorded: the filters and data-action use it
    action_label: str
    subject: Subject
    changes: list[Change]


def written(session: Session, entries: list[AuditLog]) -> list[AuditRow]:
    """The page's rows, the entries' order kept."""
    recorded = [(_recorded(e.before_json), _recorded(e.after_json)) for e in entries]
    subjects = _subjects(session, entries)
    agencies = _agency_names(session, [values for pair in recorded for values in pair])
    return [AuditRow(e.id, e.at, _actor(e.actor), e.action, audit.ACTION_LABELS.get(e.action, e.action),
                     subjects.get((e.entity, e.entity_id)) or _unfound(e.entity, e.entity_id),
                     changes(before, after, agencies))
            for e, (before, after) in zip(entries, recorded)]


def _recorded(raw: str | None) -> dict:
    return audit.values(raw) or {}


def _actor(actor: str) -> str:
    return "Dòng lệnh (vnplan)" if actor == COMMAND_LINE else actor


# -- the objects -------------------------------------------------------------------------------------------

def _unfound(entity: str, entity_id: int | None) -> Subject:
    name = ENTITY_NAMES.get(entity, entity)
    if entity_id is None:  # a sign-in under a name no account has
        return Subject(f"{name} (không có trong hệ thống)")
    return Subject(f"{name} số {entity_id}")


def _subjects(session: Session, entries: list[AuditLog]) -> dict[tuple[str, int], Subject]:
    ids: defaultdict[str, set[int]] = defaultdict(set)
    for entry in entries:
        if entry.entity_id is not None and entry.entity in _FINDERS:
            ids[entry.entity].add(entry.entity_id)
    return {(entity, key): subject for entity, keys in ids.items()
            for key, subject in _FINDERS[entity](session, sorted(keys)).items()}


def _plan_name(number: str | None, plan_id: int) -> str:
    return f"Kế hoạch {number or f'số {plan_id}'}"


def _plans(session: Session, ids: list[int]) -> dict[int, Subject]:
    rows = session.execute(select(Plan.id, Plan.number).where(Plan.id.in_(ids)))
    return {plan_id: Subject(_plan_name(number, plan_id), f"/plans/{plan_id}") for plan_id, number in rows}


def _tasks(session: Session, ids: list[int]) -> dict[int, Subject]:
    rows = session.execute(select(Task.id, Task.path, Plan.id, Plan.number).join(PlanVersion, Task.version_id == PlanVersion.id)
                           .join(Plan, PlanVersion.plan_id == Plan.id).where(Task.id.in_(ids)))
    return {task_id: Subject(f"Nhiệm vụ {path}", f"/tasks/{task_id}", _plan_name(number, plan_id))
            for task_id, path, plan_id, number in rows}


def _reports(session: Session, ids: list[int]) -> dict[int, Subject]:
    """A report belongs to a tracked task: it is shown on the task of the plan's current version."""
    rows = session.execute(
        select(ProgressReport.id, ProgressReport.period, Task.id, Task.path, Plan.id, Plan.number)
        .join(Task, Task.tracked_task_id == ProgressReport.tracked_task_id)
        .join(PlanVersion, (Task.version_id == PlanVersion.id) & PlanVersion.is_current)
        .join(Plan, PlanVersion.plan_id == Plan.id).where(ProgressReport.id.in_(ids)))
    return {report_id: Subject(f"Báo cáo số {report_id}", f"/tasks/{task_id}?period={period}",
                               f"{_plan_name(number, plan_id)} · nhiệm vụ {path} · {period_label(period)}")
            for report_id, period, task_id, path, plan_id, number in rows}


def _of_plan(session: Session, model, ids: list[int], name: str) -> dict[int, Subject]:
    """Targets and reporting duties: named by their number, seen on their plan's page."""
    rows = session.execute(select(model.id, Plan.id, Plan.number).join(PlanVersion, model.version_id == PlanVersion.id)
                           .join(Plan, PlanVersion.plan_id == Plan.id).where(model.id.in_(ids)))
    return {key: Subject(f"{name} số {key}", f"/plans/{plan_id}", _plan_name(number, plan_id))
            for key, plan_id, number in rows}


def _targets(session: Session, ids: list[int]) -> dict[int, Subject]:
    return _of_plan(session, Target, ids, ENTITY_NAMES["target"])


def _duties(session: Session, ids: list[int]) -> dict[int, Subject]:
    return _of_plan(session, ReportingDuty, ids, ENTITY_NAMES["reporting_duty"])


def _actuals(session: Session, ids: list[int]) -> dict[int, Subject]:
    rows = session.execute(
        select(TargetActual.id, TargetActual.period, Plan.id, Plan.number).join(Target, TargetActual.target_id == Target.id)
        .join(PlanVersion, Target.version_id == PlanVersion.id).join(Plan, PlanVersion.plan_id == Plan.id)
        .where(TargetActual.id.in_(ids)))
    return {key: Subject(f"Số liệu chỉ tiêu số {key}", f"/plans/{plan_id}",
                         f"{_plan_name(number, plan_id)} · {period_label(period)}")
            for key, period, plan_id, number in rows}


def _users(session: Session, ids: list[int]) -> dict[int, Subject]:
    rows = session.execute(select(User.id, User.username, User.display_name).where(User.id.in_(ids)))
    return {key: Subject(f"Tài khoản {username}", f"/users/{key}", display_name if display_name != username else "")
            for key, username, display_name in rows}


def _agencies(session: Session, ids: list[int]) -> dict[int, Subject]:
    rows = session.execute(select(Agency.id, Agency.name, Agency.province).where(Agency.id.in_(ids)))
    return {key: Subject(name, f"/agencies/{key}", province or "") for key, name, province in rows}


_FINDERS = {"plan": _plans, "task": _tasks, "report": _reports, "target": _targets, "reporting_duty": _duties,
            "target_actual": _actuals, "user": _users, "agency": _agencies}


def _agency_names(session: Session, recorded: list[dict]) -> dict[int, str]:
    ids = {value for values in recorded for field, value in values.items()
           if field in AGENCY_ID_FIELDS and isinstance(value, int) and not isinstance(value, bool)}
    if not ids:
        return {}
    return dict(session.execute(select(Agency.id, Agency.name).where(Agency.id.in_(ids))).all())


# -- the fields --------------------------------------------------------------------------------------------

def changes(before: dict, after: dict, agencies: dict[int, str]) -> list[Change]:
    """Each field recorded before or after, in the order recorded, named and written for people; a field
    empty on both sides (no comment, say) is left out."""
    fields = list(before) + [field for field in after if field not in before]
    return [_change(field, before, after, agencies) for field in fields if _shown(field, fields, before, after)]


def _shown(field: str, fields: list[str], before: dict, after: dict) -> bool:
    if field in HIDDEN_FIELDS or SAID_BY.get(field) in fields:
        return False
    return not (_empty(before.get(field)) and _empty(after.get(field)))


def _change(field: str, before: dict, after: dict, agencies: dict[int, str]) -> Change:
    old = value_text(field, before[field], agencies) if field in before else None
    new = value_text(field, after[field], agencies) if field in after else None
    if old == new:  # the same on both sides (the period whose due day changed): said once
        old = None
    return Change(field_label(field), old, new)


def _empty(value) -> bool:
    return value is None or value == "" or value == []


def field_label(field: str) -> str:
    return FIELD_LABELS.get(field, field)


def value_text(field: str, value, agencies: dict[int, str] | None = None) -> str:
    """A recorded value in words: its field's vocabulary, agency names for their ids, names of listed agencies,
    periods by name, reporting days, then days, moments, numbers and yes/no the Vietnamese way."""
    agencies = agencies or {}
    words = VALUE_WORDS.get(field)
    if words is not None and isinstance(value, (str, bool)) and value in words:
        return words[value]
    if field in AGENCY_ID_FIELDS and isinstance(value, int) and not isinstance(value, bool):
        return agencies.get(value, f"cơ quan số {value}")
    if field in ("period", "label") and isinstance(value, str):
        return period_label(value)
    if field == "due" and isinstance(value, str) and value.startswith("--"):
        return _reporting_day(value)
    if isinstance(value, list):
        return "; ".join(value_text(field, item, agencies) for item in value) or "—"
    if isinstance(value, dict):
        return _named(value) or ", ".join(f"{field_label(key)}: {value_text(key, item, agencies)}"
                                          for key, item in value.items())
    return audited(value) if value != "" else "—"  # a field emptied (an e-mail address removed)


def _named(value: dict) -> str:
    """An agency recorded as {"id", "name"} (a task's lead or coordinators): its name."""
    return value["name"] if set(value) == {"id", "name"} and isinstance(value["name"], str) else ""


def _reporting_day(due: str) -> str:
    """A duty's day of the year (--MM-DD) or of each period (---DD), as the intake page writes them."""
    if due.startswith("---"):
        return f"ngày {due[3:]} hằng kỳ"
    return f"ngày {due[5:7]}/{due[2:4]} hằng năm" if len(due) == 7 else due
