"""Every decision is in the audit log under the name of who took it, and the log can be read in the app."""
import json

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import delete, func, select, text, update
from sqlalchemy.exc import DBAPIError

from security_world import PERIOD_A, TASK_A, build, password, signed_in, task_id
from vnplan.monitor import throttle
from vnplan.register import audit
from vnplan.register.models import AuditLog, User


@pytest.fixture
def app(db, tmp_path):
    return build(db, tmp_path)


def _log(app, action):
    with app.state.db.session() as s:
        return list(s.scalars(select(AuditLog).where(AuditLog.action == action).order_by(AuditLog.id)))


def test_approvals_and_returns_are_audited_with_actor_and_states(app):
    agency, planning = signed_in(app, "tttt_a"), signed_in(app, "stc_a")
    report = agency.post(f"/api/tasks/{task_id(app, TASK_A)}/reports",
                         json={"period": PERIOD_A, "result": "Đã có dự thảo", "submit": True}).json()
    returned = planning.post(f"/api/reports/{report['id']}/return",
                             json={"revision": report["revision"], "comment": "Bổ sung số liệu"}).json()
    again = agency.post(f"/api/tasks/{task_id(app, TASK_A)}/reports",
                        json={"period": PERIOD_A, "result": "Đã bổ sung", "revision": returned["revision"], "submit": True}).json()
    planning.post(f"/api/reports/{report['id']}/approve", json={"revision": again["revision"]})
    (ret,), (approval,) = _log(app, "report.return"), _log(app, "report.approve")
    assert ret.actor == approval.actor == "stc_a" and ret.entity == "report" and ret.entity_id == report["id"]
    assert json.loads(ret.before_json)["status"] == "submitted"
    assert json.loads(ret.after_json) == {"status": "returned", "revision": returned["revision"], "comment": "Bổ sung số liệu"}
    assert json.loads(approval.after_json)["status"] == "approved" and approval.at is not None
    assert [e.actor for e in _log(app, "report.submit")] == ["tttt_a", "tttt_a"]


def test_account_changes_name_the_person_who_made_them(app):
    admin = signed_in(app, "quantri")
    r = admin.post("/users", data={"username": "ld_moi", "password": "mat-khau-tam-1", "role": "leader",
                                   "province": "Quảng Bình", "csrf_token": admin.headers["X-CSRF-Token"]},
                   follow_redirects=False)
    assert r.status_code == 303
    assert _log(app, "user.create")[-1].actor == "quantri"
    with app.state.db.session() as s:
        assert s.scalar(select(User.province).where(User.username == "ld_moi")) == "Quảng Bình"
    agency = signed_in(app, "ct_a")
    agency.post("/password", data={"current": password("ct_a"), "new": "mat-khau-moi-1", "repeat": "mat-khau-moi-1",
                                   "csrf_token": agency.headers["X-CSRF-Token"]})
    assert _log(app, "user.password")[-1].actor == "ct_a"
    guesser = TestClient(app, client=("203.0.113.9", 40000))
    for _ in range(throttle.ACCOUNT.free_failures + 1):
        guesser.post("/api/login", json={"username": "ld_a", "password": "sai-mat-khau"})
    guesser.post("/api/login", json={"username": "khong-ai", "password": "sai-mat-khau"})
    failures, (slowed,) = _log(app, "user.sign_in_failed"), _log(app, "user.sign_in_slowed")
    assert [f.actor for f in failures] == ["ld_a"] * (throttle.ACCOUNT.free_failures + 1) + ["khong-ai"]
    assert failures[0].entity_id is not None and failures[-1].entity_id is None
    assert slowed.actor == "ld_a" and json.loads(slowed.after_json) == {"address": "203.0.113.9", "wait_seconds": 2}


def test_the_audit_log_is_readable_by_admin_and_planning_only(app):
    signed_in(app, "stc_a").post(f"/api/tasks/{task_id(app, TASK_A)}/corrections", json={"field": "deadline", "value": "2024-07-31"})
    for who in ("quantri", "stc_a"):
        c = signed_in(app, who)
        entries = c.get("/api/audit").json()
        assert entries[0]["action"] == "task.correct" and entries[0]["actor"] == "stc_a"
        assert entries[0]["before"] == {"deadline": "2024-06-30"} and entries[0]["after"] == {"deadline": "2024-07-31"}
        page = c.get("/audit")
        assert page.status_code == 200 and "Sửa nhiệm vụ" in page.text and "Nhật ký thao tác" in page.text
    for who in ("tttt_a", "ld_a"):
        assert signed_in(app, who).get("/api/audit").status_code == 403


def test_an_admin_cannot_disable_their_own_account(app):
    admin = signed_in(app, "quantri")
    with app.state.db.session() as s:
        own_id = s.scalar(select(User.id).where(User.username == "quantri"))
        other_id = s.scalar(select(User.id).where(User.username == "ld_b"))
    r = admin.post(f"/users/{own_id}/disable", data={"csrf_token": admin.headers["X-CSRF-Token"]},
                   headers={"accept": "application/json"})
    assert r.status_code == 400 and "chính mình" in r.json()["detail"]
    assert admin.get("/api/me").status_code == 200
    assert admin.post(f"/users/{other_id}/disable", data={"csrf_token": admin.headers["X-CSRF-Token"], "confirmed": "yes"},
                      follow_redirects=False).status_code == 303
    (disabled,) = _log(app, "user.disable")
    assert disabled.actor == "quantri" and disabled.entity_id == other_id


def test_the_database_refuses_to_change_or_remove_an_audit_entry(db):
    with db.session() as s, s.begin():
        audit.record(s, "report.approve", "report", 7, {"status": "submitted"}, {"status": "approved"}, "stc_a")
    tampering = [update(AuditLog).values(actor="ai-do"), delete(AuditLog),
                 text("UPDATE audit_log SET after_json = NULL"), text("DELETE FROM audit_log")]
    if db.engine.dialect.name == "postgresql":
        tampering.append(text("TRUNCATE audit_log"))
    for statement in tampering:
        with db.session() as s, pytest.raises(DBAPIError, match="append-only"):
            s.execute(statement)
            s.commit()
    with db.session() as s:
        (entry,) = s.scalars(select(AuditLog))
        assert entry.actor == "stc_a" and json.loads(entry.after_json) == {"status": "approved"}
    with db.session() as s, s.begin():  # appending goes on
        audit.record(s, "report.reopen", "report", 7, None, None, "stc_a")
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(AuditLog)) == 2
