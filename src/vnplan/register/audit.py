"""The audit log: who changed what, with the values before and after."""
from __future__ import annotations

import json

from sqlalchemy.orm import Session

from .models import AuditLog


def record(session: Session, action: str, entity: str, entity_id: int | None, before, after, actor: str = "cli") -> None:
    session.add(AuditLog(action=action, entity=entity, entity_id=entity_id, actor=actor,
                         before_json=json.dumps(before, ensure_ascii=False, default=str) if before is not None else None,
                         after_json=json.dumps(after, ensure_ascii=False, default=str) if after is not None else None))
