"""Accounts an administrator disables can be enabled again (library, `vnplan users enable`, the pages); disabling
and resetting a password are asked about first, and a bare POST changes nothing; the one-time password of a reset
is shown once, by the page the reset redirects to, and reloading that page issues no second one; the audit page
names objects, fields and values in Vietnamese while the JSON API keeps them as recorded."""
import json

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from security_world import PERIOD_A, PROVINCE_A, TASK_A, build, password, person, signed_in, task_id
from vnplan.monitor import users
from vnplan.monitor.errors import SignInRefused
from vnplan.register import agencies as registry
from vnplan.register.models import AuditLog, User


@pytest.fixture
def app(db, tmp_path):
    return build(db, tmp_path)


def log(db, action: str) -> list[AuditLog]:
    with db.session() as s:
        return list(s.scalars(select(AuditLog).where(AuditLog.action == action).order_by(AuditLog.id)))


def form(client, **fields) -> dict:
    return {"csrf_token": client.headers["X-CSRF-Token"], **fields}


def signs_in(app, username: str, secret: str) -> bool:
    return TestClient(app).post("/api/login", json={"username": username, "password": secret}).status_code == 200


def disable(admin, target: User):
    return admin.post(f"/users/{target.id}/disable", data=form(admin, confirmed="yes"), follow_redirects=False)


# -- enabling a disabled account ---------------------------------------------------------------------------

def test_the_library_enables_a_disabled_account_and_audits_it(db):
    with db.session() as s, s.begin():
        users.create_user(s, "ld_x", "mat-khau-ld-x", "leader", province=PROVINCE_A)
    with db.session() as s, s.begin():
        users.disable(s, s.scalar(select(User).where(User.username == "ld_x")), "quantri")
    with db.session() as s, s.begin(), pytest.raises(SignInRefused):
        users.authenticate(s, "ld_x", "mat-khau-ld-x", "198.51.100.7")
    with db.session() as s, s.begin():
        assert users.enable(s, s.scalar(select(User).where(User.username == "ld_x")), "quantri") is True
    with db.session() as s, s.begin():
        assert users.authenticate(s, "ld_x", "mat-khau-ld-x", "198.51.100.7").active
        assert users.enable(s, s.scalar(select(User).where(User.username == "ld_x")), "quantri") is False
    [entry] = log(db, "user.enable")  # enabling an active account records nothing
    assert entry.actor == "quantri" and entry.entity == "user"
    assert (json.loads(entry.before_json), json.loads(entry.after_json)) == ({"active": False}, {"active": True})


def test_vnplan_users_enable_lets_a_disabled_account_in_again(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from vnplan.cli import app as cli
    from vnplan.register import Database

    url = f"sqlite:///{tmp_path / 'cli.sqlite'}"
    monkeypatch.setenv("VNPLAN_DATABASE_URL", url)
    runner = CliRunner()
    assert runner.invoke(cli, ["users", "add", "ld_cli", "--role", "leader", "--province", PROVINCE_A,
                               "--password", "mat-khau-ld-cli"]).exit_code == 0

    def active() -> bool:
        [row] = json.loads(runner.invoke(cli, ["users", "list", "--json"]).stdout)
        return row["active"]

    assert runner.invoke(cli, ["users", "disable", "ld_cli"]).exit_code == 0 and not active()
    enabled = runner.invoke(cli, ["users", "enable", "ld_cli"])
    assert enabled.exit_code == 0 and "Đã kích hoạt lại ld_cli" in enabled.stdout and active()
    again = runner.invoke(cli, ["users", "enable", "ld_cli"])
    assert again.exit_code == 0 and "đang hoạt động" in again.stdout
    missing = runner.invoke(cli, ["users", "enable", "khong-co"])
    assert missing.exit_code == 1 and "khong-co" in missing.output
    database = Database(url)
    [entry] = log(database, "user.enable")
    assert entry.actor == "cli"
    with database.session() as s:
        assert users.authenticate(s, "ld_cli", "mat-khau-ld-cli", "198.51.100.8").username == "ld_cli"
    database.engine.dispose()


def test_an_admin_enables_a_disabled_account_from_the_list_and_from_its_page(app):
    admin, target = signed_in(app, "quantri"), person(app, "ld_a")
    assert disable(admin, target).status_code == 303 and not signs_in(app, "ld_a", password("ld_a"))
    listed = admin.get("/users").text
    assert f'action="/users/{target.id}/enable"' in listed and "Kích hoạt lại" in listed
    page = admin.get(f"/users/{target.id}").text
    assert "Kích hoạt lại tài khoản" in page and f'action="/users/{target.id}/disable"' not in page
    answer = admin.post(f"/users/{target.id}/enable", data=form(admin, next="/users"), follow_redirects=False)
    assert answer.status_code == 303 and answer.headers["location"] == "/users"
    assert person(app, "ld_a").active and signs_in(app, "ld_a", password("ld_a"))
    [entry] = log(app.state.db, "user.enable")
    assert entry.actor == "quantri" and entry.entity_id == target.id
    assert f'action="/users/{target.id}/enable"' not in admin.get("/users").text  # active again: "Khóa" instead
    assert disable(admin, target).status_code == 303  # and from the user's own page, back to it
    answer = admin.post(f"/users/{target.id}/enable", data=form(admin), follow_redirects=False)
    assert answer.headers["location"] == f"/users/{target.id}" and person(app, "ld_a").active


@pytest.mark.parametrize("username", ["stc_a", "tttt_a", "ld_b"])
def test_only_an_admin_enables_an_account_or_opens_the_confirmations(app, username):
    target = person(app, "ld_a")
    assert disable(signed_in(app, "quantri"), target).status_code == 303
    other = signed_in(app, username)
    assert other.post(f"/users/{target.id}/enable", data=form(other), follow_redirects=False).status_code == 403
    for change in ("disable", "reset"):
        assert other.get(f"/users/{target.id}/{change}").status_code == 403
        assert other.post(f"/users/{target.id}/{change}", data=form(other, confirmed="yes")).status_code == 403
    assert not person(app, "ld_a").active and not log(app.state.db, "user.enable") and not log(app.state.db, "user.reset")


# -- asked first ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("change, question", [("disable", "Khóa tài khoản tttt_a?"),
                                              ("reset", "Cấp lại mật khẩu cho tttt_a?")])
def test_disabling_and_resetting_change_nothing_without_the_confirmation(app, change, question):
    admin, focal, target = signed_in(app, "quantri"), signed_in(app, "tttt_a"), person(app, "tttt_a")
    bare = admin.post(f"/users/{target.id}/{change}", data=form(admin), follow_redirects=False)
    assert bare.status_code == 303 and bare.headers["location"] == f"/users/{target.id}/{change}"
    after = person(app, "tttt_a")
    assert (after.active, after.session_version, after.password_hash) == (True, target.session_version,
                                                                           target.password_hash)
    assert focal.get("/api/me").status_code == 200 and signs_in(app, "tttt_a", password("tttt_a"))
    assert not log(app.state.db, f"user.{change}")
    asked = admin.get(bare.headers["location"])  # where the bare POST leads: the question, and the form that answers it
    assert asked.status_code == 200 and question in asked.text
    assert f'action="/users/{target.id}/{change}"' in asked.text and 'name="confirmed" value="yes"' in asked.text
    listed, page = admin.get("/users").text, admin.get(f"/users/{target.id}").text
    assert f'<form method="post" action="/users/{target.id}/{change}"' not in listed + page  # one click asks only


def test_an_admin_is_not_asked_to_disable_or_reset_their_own_account(app):
    admin, me = signed_in(app, "quantri"), person(app, "quantri")
    for change, reason in (("disable", "Không thể tự khóa"), ("reset", "Không thể tự cấp lại mật khẩu")):
        asked = admin.get(f"/users/{me.id}/{change}", headers={"accept": "text/html"})
        assert asked.status_code == 400 and reason in asked.text
        confirmed = admin.post(f"/users/{me.id}/{change}", data=form(admin, confirmed="yes"),
                               headers={"accept": "application/json"})
        assert confirmed.status_code == 400 and reason in confirmed.json()["detail"]
    assert admin.get("/api/me").status_code == 200 and signs_in(app, "quantri", password("quantri"))


# -- the one-time password, once --------------------------------------------------------------------------

def test_reloading_the_reset_result_issues_no_second_password(app):
    admin, target = signed_in(app, "quantri"), person(app, "tttt_a")
    reset = admin.post(f"/users/{target.id}/reset", data=form(admin, confirmed="yes"), follow_redirects=False)
    assert reset.status_code == 303 and reset.headers["location"] == f"/users/{target.id}"
    shown = admin.get(reset.headers["location"])
    assert shown.headers["cache-control"] == "no-store"
    one_time = shown.text.split('id="mat-khau-moi" value="')[1].split('"')[0]
    for _ in range(2):  # reloading: the page again, without any password, and none issued
        reloaded = admin.get(reset.headers["location"])
        assert reloaded.status_code == 200 and 'id="mat-khau-moi"' not in reloaded.text and one_time not in reloaded.text
    assert len(log(app.state.db, "user.reset")) == 1
    assert signs_in(app, "tttt_a", one_time)  # the password handed over still works


def test_the_one_time_password_is_shown_on_its_own_users_page_only(app):
    admin, target, other = signed_in(app, "quantri"), person(app, "tttt_a"), person(app, "ct_a")
    admin.post(f"/users/{target.id}/reset", data=form(admin, confirmed="yes"), follow_redirects=False)
    assert 'id="mat-khau-moi"' not in admin.get(f"/users/{other.id}").text
    assert 'id="mat-khau-moi"' not in admin.get(f"/users/{target.id}").text  # gone once any user page was opened
    admin.post(f"/users/{target.id}/reset", data=form(admin, confirmed="yes"), follow_redirects=False)
    second = admin.get(f"/users/{target.id}").text.split('id="mat-khau-moi" value="')[1].split('"')[0]
    assert signs_in(app, "tttt_a", second)  # the lost one is replaced by a second reset, shown on its page


# -- the audit page in Vietnamese -------------------------------------------------------------------------

def _report_approved(app) -> int:
    agency, planning = signed_in(app, "tttt_a"), signed_in(app, "stc_a")
    report = agency.post(f"/api/tasks/{task_id(app, TASK_A)}/reports",
                         json={"period": PERIOD_A, "result": "Đã có dự thảo", "submit": True}).json()
    assert planning.post(f"/api/reports/{report['id']}/approve", json={"revision": report["revision"]}).status_code == 200
    return report["id"]


def test_the_audit_page_names_objects_fields_and_values_in_vietnamese(app):
    report = _report_approved(app)
    planning, admin = signed_in(app, "stc_a"), signed_in(app, "quantri")
    task = task_id(app, TASK_A)
    assert planning.post(f"/api/tasks/{task}/corrections", json={"field": "deadline", "value": "31/07/2024"}).status_code == 200
    assert planning.post(f"/api/tasks/{task}/corrections",
                         json={"field": "coordinators", "value": "Sở Công Thương"}).status_code == 200
    target = person(app, "ct_a")
    with app.state.db.session() as s:
        tttt = registry.find(s, "Sở Thông tin và Truyền thông", PROVINCE_A)[0].id
    moved = admin.post(f"/users/{target.id}", data=form(admin, display_name=target.display_name, email="",
                                                         role="leader", agency_id=str(tttt), province=PROVINCE_A),
                       follow_redirects=False)
    assert moved.status_code == 303
    assert disable(admin, target).status_code == 303
    assert admin.post(f"/users/{target.id}/enable", data=form(admin), follow_redirects=False).status_code == 303

    page = admin.get("/audit").text
    for written in (f"Báo cáo số {report}", "Trạng thái:", "Đã gửi → Đã duyệt", "Bản nháp → Đã gửi",
                    "Kế hoạch 215/KH-UBND", "Nhiệm vụ ", "Thời hạn:", "30/06/2024 → 31/07/2024",
                    "Cơ quan phối hợp:", "Sở Công Thương", "Vai trò:", "Cán bộ đầu mối → Lãnh đạo",
                    "Sở Công Thương → Sở Thông tin và Truyền thông", "Tài khoản ct_a",
                    "Đang hoạt động → Đã khóa", "Đã khóa → Đang hoạt động", "Kích hoạt lại tài khoản",
                    "Dòng lệnh (vnplan)"):
        assert written in page, written
    rows = page.split("<tbody>")[1]
    for raw in ("submitted → approved", "submitted", "approved", "report ", "task ", "user ", "agency_id",
                "coordinators", "deadline", "revision", "role", "active", "True", "False", "2024-07-31"):
        assert raw not in rows, raw
    # the JSON API keeps the log as recorded
    entries = {e["action"]: e for e in admin.get("/api/audit").json()}
    approval = entries["report.approve"]
    assert (approval["entity"], approval["entity_id"], approval["before"]["status"], approval["after"]["status"]) == (
        "report", report, "submitted", "approved")
    assert entries["user.enable"]["before"] == {"active": False} and entries["task.correct"]["entity"] == "task"


def test_recorded_values_are_written_with_the_apps_vocabulary():
    """The shapes other parts of the app record: a registered plan, a period, a reporting duty, a merge."""
    from vnplan.web import audit_rows

    assert audit_rows.value_text("status", "new-plan") == "Kế hoạch mới"
    assert audit_rows.value_text("status", "returned") == "Bị trả lại"
    assert audit_rows.value_text("role", "planning") == users.ROLES["planning"]
    assert audit_rows.value_text("frequency", "quarterly") == "Hằng quý"
    assert audit_rows.value_text("due", "--12-15") == "ngày 15/12 hằng năm"
    assert audit_rows.value_text("label", "2025-Q3") == "Quý III/2025"
    assert audit_rows.value_text("lead", [{"id": 3, "name": "Sở Y tế"}, {"id": 4, "name": "Sở Nội vụ"}]) == \
        "Sở Y tế; Sở Nội vụ"
    assert audit_rows.value_text("corrections_dropped", [{"path": "II.1", "field": "deadline", "value": "2025-06-30"}]) == \
        "Nhiệm vụ: II.1, Nội dung: Thời hạn, Giá trị: 30/06/2025"
    period = {"period": "2025-Q3", "label": "Quý III/2025", "due": "2025-10-20"}
    assert audit_rows.changes(period, period | {"due": "2025-10-25"}, {}) == [
        audit_rows.Change("Kỳ báo cáo", None, "Quý III/2025"),
        audit_rows.Change("Hạn nộp báo cáo", "20/10/2025", "25/10/2025")]
    merged = audit_rows.changes({"source": "Sở A", "source_id": 7, "target": "Sở B", "target_id": 8},
                                {"links_moved": 3}, {})
    assert [(c.field, c.before, c.after) for c in merged] == [
        ("Cơ quan được gộp", "Sở A", None), ("Gộp vào cơ quan", "Sở B", None), ("Số nhiệm vụ chuyển sang", None, "3")]
    assert audit_rows.changes({"successor_id": None}, {"successor_id": 8}, {8: "Sở Tài chính"}) == [
        audit_rows.Change("Cơ quan kế thừa", "—", "Sở Tài chính")]
