"""The audit log: who changed what, with the values before and after."""
from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import AuditLog

# what each action is called on the audit page
ACTION_LABELS = {
    "report.submit": "Gửi báo cáo", "report.approve": "Duyệt báo cáo", "report.return": "Trả lại báo cáo",
    "report.reopen": "Mở lại báo cáo", "target_actual.submit": "Gửi số liệu chỉ tiêu",
    "target_actual.approve": "Duyệt số liệu chỉ tiêu", "target_actual.return": "Trả lại số liệu chỉ tiêu",
    "target_actual.reopen": "Mở lại số liệu chỉ tiêu", "task.correct": "Sửa nhiệm vụ", "target.correct": "Sửa chỉ tiêu",
    "user.create": "Tạo người dùng", "user.password": "Đổi mật khẩu", "user.reset": "Cấp lại mật khẩu",
    "user.locked": "Tạm khóa do đăng nhập sai", "user.sign_in_failed": "Đăng nhập sai",
    "user.sign_in_slowed": "Làm chậm đăng nhập sai", "user.disable": "Khóa tài khoản",
    "agency.merge": "Gộp cơ quan", "agency.succeed": "Cơ quan kế thừa",
}
PAGE = 100


def record(session: Session, action: str, entity: str, entity_id: int | None, before, after, actor: str = "cli") -> None:
    session.add(AuditLog(action=action, entity=entity, entity_id=entity_id, actor=actor,
                         before_json=json.dumps(before, ensure_ascii=False, default=str) if before is not None else None,
                         after_json=json.dumps(after, ensure_ascii=False, default=str) if after is not None else None))


def entries(session: Session, before_id: int | None = None, limit: int = PAGE) -> list[AuditLog]:
    """The latest entries first; `before_id` pages back from an entry."""
    query = select(AuditLog).order_by(AuditLog.id.desc()).limit(limit)
    if before_id is not None:
        query = query.where(AuditLog.id < before_id)
    return list(session.scalars(query))
