"""The audit log: who changed what, with the values before and after."""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from .models import AuditLog, PlanVersion, ProgressReport, ReportingDuty, Target, TargetActual, Task, TrackedTask, User

# what each action is called on the audit page
ACTION_LABELS = {
    "report.submit": "Gửi báo cáo", "report.approve": "Duyệt báo cáo", "report.return": "Trả lại báo cáo",
    "report.reopen": "Mở lại báo cáo", "target_actual.submit": "Gửi số liệu chỉ tiêu",
    "target_actual.approve": "Duyệt số liệu chỉ tiêu", "target_actual.return": "Trả lại số liệu chỉ tiêu",
    "target_actual.reopen": "Mở lại số liệu chỉ tiêu", "task.correct": "Sửa nhiệm vụ", "target.correct": "Sửa chỉ tiêu",
    "reporting_duty.correct": "Sửa chế độ báo cáo", "period.add": "Thêm kỳ báo cáo", "period.remove": "Bỏ kỳ báo cáo",
    "period.due": "Đổi hạn kỳ báo cáo", "plan.intake": "Nhập kế hoạch",
    "user.create": "Tạo người dùng", "user.password": "Đổi mật khẩu", "user.reset": "Cấp lại mật khẩu",
    "user.locked": "Tạm khóa do đăng nhập sai", "user.disable": "Khóa tài khoản",
    "user.enable": "Kích hoạt lại tài khoản",
    "user.sign_in_failed": "Đăng nhập sai", "user.sign_in_slowed": "Làm chậm đăng nhập sai",
    "user.update": "Sửa thông tin người dùng", "user.unlock": "Mở khóa tài khoản",
    "user.feed_key": "Địa chỉ lịch báo cáo", "user.email_notices": "Nhận thông báo qua thư",
    "agency.merge": "Gộp cơ quan", "agency.succeed": "Cơ quan kế thừa",
}
PAGE = 100


def record(session: Session, action: str, entity: str, entity_id: int | None, before, after, actor: str = "cli") -> None:
    session.add(AuditLog(action=action, entity=entity, entity_id=entity_id, actor=actor,
                         before_json=json.dumps(before, ensure_ascii=False, default=str) if before is not None else None,
                         after_json=json.dumps(after, ensure_ascii=False, default=str) if after is not None else None))


@dataclass(frozen=True)
class Filters:
    """What the audit page is narrowed to; each one left empty keeps every entry."""

    plan_id: int | None = None  # the plan itself, its tasks, targets, duties, reports and actuals
    user: User | None = None  # what the user did, and what was done to their account
    action: str | None = None
    since: datetime | None = None  # from this moment on
    until: datetime | None = None  # before this moment


def _about_plan(plan_id: int):
    of_version = select(PlanVersion.id).where(PlanVersion.plan_id == plan_id)
    owned = {
        "plan": None,
        "task": select(Task.id).where(Task.version_id.in_(of_version)),
        "target": select(Target.id).where(Target.version_id.in_(of_version)),
        "reporting_duty": select(ReportingDuty.id).where(ReportingDuty.version_id.in_(of_version)),
        "report": select(ProgressReport.id).join(TrackedTask).where(TrackedTask.plan_id == plan_id),
        "target_actual": select(TargetActual.id).join(Target).where(Target.version_id.in_(of_version)),
    }
    return or_(*(and_(AuditLog.entity == entity, AuditLog.entity_id == plan_id if ids is None else AuditLog.entity_id.in_(ids))
                 for entity, ids in owned.items()))


def entries(session: Session, before_id: int | None = None, limit: int = PAGE, filters: Filters = Filters()) -> list[AuditLog]:
    """The latest entries first; `before_id` pages back from an entry."""
    query = select(AuditLog).order_by(AuditLog.id.desc()).limit(limit)
    if before_id is not None:
        query = query.where(AuditLog.id < before_id)
    if filters.plan_id is not None:
        query = query.where(_about_plan(filters.plan_id))
    if filters.user is not None:
        query = query.where(or_(AuditLog.actor == filters.user.username,
                                and_(AuditLog.entity == "user", AuditLog.entity_id == filters.user.id)))
    if filters.action:
        query = query.where(AuditLog.action == filters.action)
    if filters.since is not None:
        query = query.where(AuditLog.at >= filters.since)
    if filters.until is not None:
        query = query.where(AuditLog.at < filters.until)
    return list(session.scalars(query))


def values(raw: str | None) -> dict | None:
    """An entry's before or after as recorded: a mapping of field to value (a bare value under "")."""
    if raw is None:
        return None
    value = json.loads(raw)
    return value if isinstance(value, dict) else {"": value}
