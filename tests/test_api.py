"""The JSON API end to end over HTTP (FastAPI's test client), with authorisation, on SQLite and PostgreSQL."""
import io
import json
import re

import docx
import openpyxl
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from conftest import SAMPLE, api_client
from vnplan.monitor import users
from vnplan.register import agencies as registry
from vnplan.register import ingest
from vnplan.register.models import AuditLog, ProgressReport, Target, Task
from vnplan.web.app import create_app
from vnplan.web.settings import Settings

PERIOD = "once-2024-04-15"
PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


@pytest.fixture
def app(db, tmp_path):
    ingest(db, [SAMPLE])
    with db.session() as s, s.begin():
        province = "Quảng Bình"
        users.create_user(s, "stc", "mat-khau-stc", "planning", "Phòng Tổng hợp", province=province)
        users.create_user(s, "tttt", "mat-khau-tttt", "agency", agency=registry.find(s, "Sở Thông tin và Truyền thông", province)[0])
        users.create_user(s, "tttt2", "mat-khau-tttt2", "agency", agency=registry.find(s, "Sở Thông tin và Truyền thông", province)[0])
        users.create_user(s, "ct", "mat-khau-ct", "agency", agency=registry.find(s, "Sở Công Thương", province)[0])
        users.create_user(s, "lanhdao", "mat-khau-ld", "leader")
    return create_app(db, Settings(tmp_path, "x" * 48))


def client(app, username=None, password=None) -> TestClient:
    return api_client(app, username, password) if username else TestClient(app)


def task_id(app, prefix: str) -> int:
    with app.state.db.session() as s:
        return s.scalar(select(Task.id).where(Task.text.like(prefix + "%")))


def count_reports(app) -> int:
    with app.state.db.session() as s:
        return s.scalar(select(func.count()).select_from(ProgressReport))


OWN = "Tham mưu ban hành Quy chế"  # led by Sở Thông tin và Truyền thông
OTHER = "Hỗ trợ doanh nghiệp, hợp tác xã đưa sản phẩm OCOP"  # led by Sở Công Thương


def test_sign_in_csrf_and_me(app):
    anonymous = TestClient(app)
    assert anonymous.get("/api/plans").status_code == 401
    assert anonymous.post("/api/login", json={"username": "tttt", "password": "sai"}).status_code == 401
    c = client(app, "tttt", "mat-khau-tttt")
    assert c.get("/api/me").json()["user"]["agency"] == "Sở Thông tin và Truyền thông"
    no_token = TestClient(app, cookies=c.cookies)
    r = no_token.post(f"/api/tasks/{task_id(app, OWN)}/reports", json={"period": PERIOD, "percent": 10})
    assert r.status_code == 403 and count_reports(app) == 0
    assert c.post("/api/logout").status_code == 200
    assert c.get("/api/me").status_code == 401


def test_a_disabled_account_says_so_only_to_who_knows_its_password(app):
    with app.state.db.session() as s, s.begin():
        users.disable(s, s.scalar(select(users.User).where(users.User.username == "ct")))
    c = TestClient(app)
    r = c.post("/api/login", json={"username": "ct", "password": "sai-mat-khau"})
    assert r.status_code == 401 and "khóa" not in r.json()["detail"]
    r = c.post("/api/login", json={"username": "ct", "password": "mat-khau-ct"})
    assert r.status_code == 403 and "đã bị khóa" in r.json()["detail"] and "locked" in r.json()["detail"]
    token = re.search(r'name="csrf_token" value="([^"]+)"', c.get("/login").text).group(1)
    page = c.post("/login", data={"username": "ct", "password": "mat-khau-ct", "csrf_token": token})
    assert page.status_code == 403 and "đã bị khóa" in page.text


def test_agency_cannot_report_on_another_agencys_task(app):
    c = client(app, "tttt", "mat-khau-tttt")
    r = c.post(f"/api/tasks/{task_id(app, OTHER)}/reports", json={"period": PERIOD, "percent": 50, "result": "x"})
    assert r.status_code == 403 and "chủ trì hoặc phối hợp" in r.json()["detail"]
    assert count_reports(app) == 0
    leader = client(app, "lanhdao", "mat-khau-ld")
    assert leader.post(f"/api/tasks/{task_id(app, OWN)}/reports", json={"period": PERIOD}).status_code == 403
    assert leader.get(f"/api/tasks/{task_id(app, OWN)}").status_code == 200


def test_report_workflow_with_return_and_resubmission(app):
    agency, planning = client(app, "tttt", "mat-khau-tttt"), client(app, "stc", "mat-khau-stc")
    tid = task_id(app, OWN)
    r = agency.post(f"/api/tasks/{tid}/reports", json={"period": PERIOD, "percent": 70, "progress_label": "dang_trien_khai",
                                                      "result": "Đã có dự thảo Quy chế", "submit": True})
    assert r.status_code == 200 and r.json()["status"] == "submitted"
    report = r.json()
    assert agency.post(f"/api/reports/{report['id']}/approve", json={}).status_code == 403
    assert planning.post(f"/api/reports/{report['id']}/return", json={"comment": ""}).status_code == 400
    r = planning.post(f"/api/reports/{report['id']}/return", json={"comment": "Bổ sung tiến độ cụ thể",
                                                                   "revision": report["revision"]})
    assert r.json()["status"] == "returned"
    done = {"period": PERIOD, "percent": 100, "progress_label": "hoan_thanh", "result": "Đã ban hành Quy chế",
            "revision": r.json()["revision"], "submit": True}
    refused = agency.post(f"/api/tasks/{tid}/reports", json=done)  # the day it was done decides on time or late
    assert refused.status_code == 400 and "ngày hoàn thành" in refused.text
    refused = agency.post(f"/api/tasks/{tid}/reports", json=done | {"percent": 10, "completed_on": "20/06/2024"})
    assert refused.status_code == 400 and "100%" in refused.text
    r = agency.post(f"/api/tasks/{tid}/reports", json=done | {"completed_on": "20/06/2024"})
    assert r.status_code == 200 and r.json()["status"] == "submitted" and r.json()["completed_on"] == "2024-06-20"
    r = planning.post(f"/api/reports/{report['id']}/approve", json={"revision": r.json()["revision"]})
    assert r.json()["status"] == "approved"
    locked = agency.post(f"/api/tasks/{tid}/reports", json={"period": PERIOD, "percent": 90, "revision": r.json()["revision"]})
    assert locked.status_code == 400
    assert agency.post(f"/api/reports/{report['id']}/reopen", json={"comment": "x"}).status_code == 403
    r = planning.post(f"/api/reports/{report['id']}/reopen", json={"comment": "Sai số liệu"})
    assert r.json()["status"] == "returned"
    history = agency.get(f"/api/reports/{report['id']}/history").json()
    assert [h["action"] for h in history] == ["create", "submit", "return", "update", "submit", "approve", "reopen"]
    task = agency.get(f"/api/tasks/{tid}").json()
    assert task["can_report"] and len(task["reports"]) == 1
    with app.state.db.session() as s:
        assert s.scalar(select(AuditLog).where(AuditLog.action == "report.reopen")) is not None


def test_one_time_passwords_must_be_replaced_first(app, db):
    with db.session() as s, s.begin():
        users.create_user(s, "moi", "mat-khau-tam-thoi", "leader", must_change_password=True)
    c = client(app, "moi", "mat-khau-tam-thoi")
    assert c.get("/api/plans").status_code == 428
    assert c.get("/api/me").json()["user"]["must_change_password"]
    page = TestClient(app, cookies=c.cookies).get("/", follow_redirects=False)
    assert page.headers["location"] == "/password"


def test_separate_submit_and_returning_actuals(app):
    agency, planning = client(app, "tttt", "mat-khau-tttt"), client(app, "stc", "mat-khau-stc")
    draft = agency.post(f"/api/tasks/{task_id(app, OWN)}/reports", json={"period": PERIOD, "percent": 40}).json()
    assert client(app, "ct", "mat-khau-ct").post(f"/api/reports/{draft['id']}/submit", json={}).status_code == 403
    r = agency.post(f"/api/reports/{draft['id']}/submit", json={"revision": draft["revision"]})
    assert r.json()["status"] == "submitted"
    assert agency.post(f"/api/reports/{draft['id']}/submit", json={}).status_code == 400  # already submitted
    with app.state.db.session() as s:
        target_id = s.scalar(select(Target.id).where(Target.task_path == "II.2.a.1"))
    actual = agency.post(f"/api/targets/{target_id}/actuals", json={"period": PERIOD, "value": 50, "submit": True}).json()
    assert agency.post(f"/api/actuals/{actual['id']}/return", json={"comment": "x"}).status_code == 403
    returned = planning.post(f"/api/actuals/{actual['id']}/return", json={"comment": "Số liệu chưa khớp"}).json()
    assert returned["status"] == "returned"
    again = agency.post(f"/api/targets/{target_id}/actuals", json={"period": PERIOD, "value": 55,
                                                                     "revision": returned["revision"], "submit": True})
    assert again.json()["status"] == "submitted" and again.json()["value"] == 55


def test_concurrent_edits_conflict_instead_of_overwriting(app):
    first, second = client(app, "tttt", "mat-khau-tttt"), client(app, "tttt2", "mat-khau-tttt2")
    tid = task_id(app, OWN)
    created = first.post(f"/api/tasks/{tid}/reports", json={"period": PERIOD, "result": "Bản đầu"}).json()
    read_by_both = created["revision"]
    ok = first.post(f"/api/tasks/{tid}/reports", json={"period": PERIOD, "result": "Sửa của người thứ nhất",
                                                       "revision": read_by_both})
    assert ok.status_code == 200
    late = second.post(f"/api/tasks/{tid}/reports", json={"period": PERIOD, "result": "Sửa của người thứ hai",
                                                          "revision": read_by_both})
    assert late.status_code == 409 and "chưa được lưu" in late.json()["detail"]
    assert first.get(f"/api/reports/{created['id']}").json()["result"] == "Sửa của người thứ nhất"


def test_attachments_are_checked_and_served_only_to_permitted_users(app):
    agency, other = client(app, "tttt", "mat-khau-tttt"), client(app, "ct", "mat-khau-ct")
    report = agency.post(f"/api/tasks/{task_id(app, OWN)}/reports", json={"period": PERIOD, "result": "Có tệp"}).json()
    url = f"/api/reports/{report['id']}/attachments"
    assert agency.post(url, files={"file": ("virus.exe", b"MZ...", "application/octet-stream")}).status_code == 400
    assert agency.post(url, files={"file": ("gia.pdf", b"not a pdf", "application/pdf")}).status_code == 400
    assert other.post(url, files={"file": ("bao-cao.pdf", PDF, "application/pdf")}).status_code == 403
    r = agency.post(url, files={"file": ("bao-cao.pdf", PDF, "application/pdf")})
    assert r.status_code == 200
    download = f"/attachments/{r.json()['id']}"
    assert agency.get(download).content == PDF
    assert other.get(download, headers={"accept": "application/json"}).status_code == 403
    assert agency.post(f"/api/reports/{report['id']}/submit", json={"revision": report["revision"]}).status_code == 200
    assert client(app, "stc", "mat-khau-stc").get(download).status_code == 200  # drafts stay with their agency


def test_target_actuals_and_corrections(app):
    agency, planning = client(app, "tttt", "mat-khau-tttt"), client(app, "stc", "mat-khau-stc")
    with app.state.db.session() as s:
        task_target = s.scalar(select(Target).where(Target.task_path == "II.2.a.1"))
        plan_target = s.scalar(select(Target).where(Target.task_path.is_(None)))
        ids = task_target.id, plan_target.id
    r = agency.post(f"/api/targets/{ids[0]}/actuals", json={"period": PERIOD, "value": 92, "submit": True})
    assert r.status_code == 200 and r.json()["status"] == "submitted"
    assert agency.post(f"/api/targets/{ids[1]}/actuals", json={"period": PERIOD, "value": 1}).status_code == 403
    assert planning.post(f"/api/actuals/{r.json()['id']}/approve", json={}).json()["status"] == "approved"
    plan = planning.get("/api/plans/1").json()
    assert any(t["actual"] == 92 for t in plan["targets"])
    tid = task_id(app, OWN)
    assert agency.post(f"/api/tasks/{tid}/corrections", json={"field": "deadline", "value": "2024-07-31"}).status_code == 403
    r = planning.post(f"/api/tasks/{tid}/corrections", json={"field": "deadline", "value": "2024-07-31"})
    assert r.json()["deadline"] == "2024-07-31" and r.json()["corrected"] == ["deadline"]
    r = planning.post(f"/api/tasks/{tid}/corrections", json={"field": "coordinators", "value": ["Sở Nội vụ", "Sở Tài chính"]})
    assert r.json()["coordinators"] == ["Sở Nội vụ", "Sở Tài chính"]
    r = planning.post(f"/api/targets/{ids[1]}/corrections", json={"field": "max", "value": "15"})
    assert r.json()["max"] == 15
    with app.state.db.session() as s:
        log = s.scalar(select(AuditLog).where(AuditLog.action == "task.correct").order_by(AuditLog.id))
        assert json.loads(log.before_json) == {"deadline": "2024-06-30"}
        assert json.loads(log.after_json) == {"deadline": "2024-07-31"}
        task = s.get(Task, tid)
        assert task.deadline.isoformat() == "2024-06-30"  # the extraction itself is kept


def test_read_endpoints_and_exports(app):
    c = client(app, "stc", "mat-khau-stc")
    agency = client(app, "tttt", "mat-khau-tttt")
    sent = agency.post(f"/api/tasks/{task_id(app, OWN)}/reports",
                       json={"period": PERIOD, "percent": 100, "result": "Đã ban hành Quy chế", "submit": True}).json()
    assert c.post(f"/api/reports/{sent['id']}/approve", json={"revision": sent["revision"]}).status_code == 200
    plans = c.get("/api/plans").json()
    assert [(p["number"], p["tasks"]) for p in plans] == [("215/KH-UBND", 10)]
    detail = c.get(f"/api/plans/{plans[0]['id']}").json()
    assert detail["periods"][0]["key"] == PERIOD and len(detail["tasks"]) == 10
    assert c.get("/api/search", params={"q": "chuyen doi so"}).json()
    calendar = c.get("/api/calendar").json()
    assert any(i["agency"] == "Sở Thông tin và Truyền thông" and i["received"] == 1 for i in calendar)
    assert isinstance(c.get("/api/reminders", params={"days": 3650}).json(), list)
    agencies = c.get("/api/agencies").json()
    tt = next(a for a in agencies if a["name"] == "Sở Thông tin và Truyền thông")
    board = c.get(f"/api/dashboard/agencies/{tt['id']}").json()
    assert board["led"] == 4 and board["reports_received"] == 1
    assert c.get("/api/dashboard/overview").json()["plans"][0]["tasks"] == 10
    book = openpyxl.load_workbook(io.BytesIO(c.get(f"/api/plans/{plans[0]['id']}/export.xlsx").content))
    assert any("Đã ban hành Quy chế" in str(cell.value) for row in book["Nhiệm vụ"].iter_rows() for cell in row)
    word = docx.Document(io.BytesIO(c.get(f"/api/plans/{plans[0]['id']}/export.docx").content))
    assert any("Đã ban hành Quy chế" in cell.text for t in word.tables for r in t.rows for cell in r.cells)
    assert "Nhiệm vụ" in c.get(f"/api/plans/{plans[0]['id']}/export.csv").text
    assert json.loads(c.get(f"/api/plans/{plans[0]['id']}/export.json").text)["plan"]["number"] == "215/KH-UBND"
    assert c.get(f"/api/plans/{plans[0]['id']}/export.exe").status_code == 404
    assert c.get("/api/plans/999").status_code == 404
    assert c.get("/api/openapi.json").json()["info"]["title"] == "vnplan"


def test_pages_render_for_each_role(app):
    for username, password in (("stc", "mat-khau-stc"), ("tttt", "mat-khau-tttt"), ("lanhdao", "mat-khau-ld")):
        c = client(app, username, password)
        for url in ("/", "/plans", "/plans/1", f"/tasks/{task_id(app, OWN)}", "/calendar", "/reminders",
                    "/search?q=du+lieu", "/agencies/1"):
            r = c.get(url)
            assert r.status_code == 200, (username, url, r.text[:200])
            assert "Content-Security-Policy" in r.headers
        assert "text/calendar" in c.get("/calendar.ics").headers["content-type"]
    assert client(app, "tttt", "mat-khau-tttt").get("/users").status_code == 403
    assert TestClient(app).get("/", follow_redirects=False).headers["location"].startswith("/login")
