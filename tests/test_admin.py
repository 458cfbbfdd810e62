"""Administration from the browser's pages: edit an account, reset its password (shown once, every session of
the user ended), unlock it, disable it; the audit log narrowed by plan, user, action and days. Every change is
made by the signed-in administrator and audited under their name; everyone else changes nothing."""
import json
from datetime import timedelta

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from security_world import PROVINCE_A, build, password, person, signed_in
from vnplan.monitor import throttle
from vnplan.monitor.formatting import format_date, today_local
from vnplan.register import agencies as registry
from vnplan.register.models import AuditLog, Plan, User
from vnplan.textfold import fold


@pytest.fixture
def app(db, tmp_path):
    return build(db, tmp_path)


def agency_id(app, name: str) -> int:
    with app.state.db.session() as s:
        return registry.find(s, name, PROVINCE_A)[0].id


def log(app, action: str) -> list[AuditLog]:
    with app.state.db.session() as s:
        return list(s.scalars(select(AuditLog).where(AuditLog.action == action).order_by(AuditLog.id)))


def form(client, **fields) -> dict:
    return {"csrf_token": client.headers["X-CSRF-Token"], **fields}


def edit(client, target: User, **changes):
    fields = {"display_name": target.display_name, "email": target.email, "role": target.role,
              "agency_id": str(target.agency_id or ""), "province": target.province or ""} | changes
    return client.post(f"/users/{target.id}", data=form(client, **fields), follow_redirects=False)


def test_an_admin_moves_a_focal_point_to_another_agency(app):
    admin, before = signed_in(app, "quantri"), person(app, "ct_a")
    tttt = agency_id(app, "Sở Thông tin và Truyền thông")
    answer = edit(admin, before, agency_id=str(tttt), display_name="Lê Thị Mai", email="mai@example.vn")
    assert answer.status_code == 303 and answer.headers["location"] == f"/users/{before.id}"
    after = person(app, "ct_a")
    assert (after.agency_id, after.display_name, after.email) == (tttt, "Lê Thị Mai", "mai@example.vn")
    [row] = log(app, "user.update")
    assert row.actor == "quantri" and row.entity_id == before.id
    assert json.loads(row.before_json)["agency_id"] == before.agency_id and json.loads(row.after_json)["agency_id"] == tttt
    assert (json.loads(row.before_json)["agency"], json.loads(row.after_json)["agency"]) == (
        "Sở Công Thương", "Sở Thông tin và Truyền thông")
    page = admin.get(f"/users/{before.id}")
    assert page.status_code == 200 and f'<option value="{tttt}" selected>' in page.text
    assert edit(admin, after).status_code == 303 and len(log(app, "user.update")) == 1  # nothing changed, nothing logged


@pytest.mark.parametrize("username", ["stc_a", "tttt_a", "ld_a"])
def test_only_an_admin_administers(app, username):
    other, target = signed_in(app, username), person(app, "ct_a")
    assert edit(other, target, display_name="Ai đó").status_code == 403
    for action in ("reset", "unlock", "disable"):
        assert other.post(f"/users/{target.id}/{action}", data=form(other)).status_code == 403
    assert other.get(f"/users/{target.id}").status_code == 403
    after = person(app, "ct_a")
    assert (after.display_name, after.active, after.session_version) == (target.display_name, True, target.session_version)
    with app.state.db.session() as s:
        assert not s.scalars(select(AuditLog).where(AuditLog.action.in_(("user.update", "user.reset", "user.unlock",
                                                                          "user.disable")))).all()


def test_a_reset_shows_the_password_once_and_ends_the_users_sessions(app):
    admin, focal = signed_in(app, "quantri"), signed_in(app, "tttt_a")
    target = person(app, "tttt_a")
    reset = admin.post(f"/users/{target.id}/reset", data=form(admin, confirmed="yes"), follow_redirects=False)
    assert reset.status_code == 303 and reset.headers["location"] == f"/users/{target.id}"
    page = admin.get(reset.headers["location"])  # post/redirect/get: the password is shown by the page redirected to
    assert page.status_code == 200 and page.headers["cache-control"] == "no-store"
    one_time = page.text.split('id="mat-khau-moi" value="')[1].split('"')[0]
    assert len(one_time) >= 12 and one_time not in admin.get(f"/users/{target.id}").text
    assert focal.get("/api/me").status_code == 401  # the session opened before the reset has ended
    fresh = TestClient(app)
    signed = fresh.post("/api/login", json={"username": "tttt_a", "password": one_time})
    assert signed.status_code == 200 and signed.json()["user"]["must_change_password"] is True
    assert fresh.post("/api/login", json={"username": "tttt_a", "password": password("tttt_a")}).status_code == 401
    [row] = log(app, "user.reset")
    assert row.actor == "quantri" and row.entity_id == target.id


def test_an_admin_lifts_the_sign_in_slow_down_of_an_account(app):
    admin, target = signed_in(app, "quantri"), person(app, "ld_a")
    stranger = TestClient(app, client=("203.0.113.40", 40000))
    for _ in range(throttle.ACCOUNT.free_failures + 1):
        stranger.post("/api/login", json={"username": "ld_a", "password": "sai-mat-khau"})
    assert stranger.post("/api/login", json={"username": "ld_a", "password": password("ld_a")}).status_code == 429
    assert "Đang bị làm chậm (đăng nhập sai)" in admin.get("/users").text
    assert "Mở khóa tài khoản" in admin.get(f"/users/{target.id}").text
    assert admin.post(f"/users/{target.id}/unlock", data=form(admin), follow_redirects=False).status_code == 303
    assert stranger.post("/api/login", json={"username": "ld_a", "password": password("ld_a")}).status_code == 200
    [row] = log(app, "user.unlock")
    assert row.actor == "quantri" and json.loads(row.before_json) == {"waiting": True}
    assert json.loads(row.after_json) == {"waiting": False}


def test_an_admin_neither_disables_nor_demotes_themselves(app):
    admin, me = signed_in(app, "quantri"), person(app, "quantri")
    refused = admin.post(f"/users/{me.id}/disable", data=form(admin), headers={"accept": "text/html"})
    assert refused.status_code == 400 and "Không thể tự khóa tài khoản" in refused.text
    demoted = edit(admin, me, role="leader", province=PROVINCE_A)
    assert demoted.status_code == 400 and "Không thể tự bỏ quyền quản trị" in demoted.text
    assert (person(app, "quantri").active, person(app, "quantri").role) == (True, "admin")
    agency_without_agency = edit(admin, person(app, "ld_a"), role="agency", agency_id="")
    assert agency_without_agency.status_code == 400 and person(app, "ld_a").role == "leader"
    other = person(app, "ld_b")
    assert admin.post(f"/users/{other.id}/disable", data=form(admin, confirmed="yes"),
                      follow_redirects=False).status_code == 303
    assert not person(app, "ld_b").active and log(app, "user.disable")[-1].actor == "quantri"


def test_the_audit_log_narrows_by_plan_user_action_and_days(app):
    admin, planning = signed_in(app, "quantri"), signed_in(app, "stc_a")
    with app.state.db.session() as s:
        plan_a, plan_b = (s.scalar(select(Plan.id).where(Plan.number == number)) for number in ("215/KH-UBND", "88/KH-UBND"))
    assert planning.post(f"/api/plans/{plan_a}/periods", json={"period": "2025", "due": "15/12/2025"}).status_code == 200
    assert signed_in(app, "stc_b").post(f"/api/plans/{plan_b}/periods", json={"period": "2025", "due": "15/12/2025"}).status_code == 200
    edit(admin, person(app, "ct_a"), display_name="Đổi tên")

    def shown(**query):
        return [(e["action"], e["actor"]) for e in admin.get("/api/audit", params=query).json()]

    assert shown(plan=plan_a) == [("period.add", "stc_a")]
    assert shown(plan=plan_b) == [("period.add", "stc_b")]
    assert shown(user="ct_a") == [("user.update", "quantri"), ("user.create", "cli")]  # done to the account, by whom
    assert shown(user="stc_a", action="period.add") == [("period.add", "stc_a")]
    today, tomorrow = today_local(), today_local() + timedelta(days=1)
    assert len(shown(since=format_date(today), until=format_date(today))) == len(shown())
    assert shown(since=format_date(tomorrow)) == [] and shown(until=format_date(today - timedelta(days=1))) == []
    page = admin.get("/audit", params={"plan": plan_a, "action": "period.add"})
    assert page.status_code == 200 and page.text.count('data-action="period.add"') == 1
    assert "Thêm kỳ báo cáo" in page.text and "15/12/2025" in page.text  # the after value, written dd/mm/yyyy
    wrong = admin.get("/api/audit", params={"since": "31/02/2025"})
    assert wrong.status_code == 400 and "Ngày không hợp lệ" in wrong.json()["detail"]
    assert admin.get("/api/audit", params={"user": "khong-co"}).status_code == 404


def test_a_province_typed_otherwise_is_the_registers_and_a_new_one_is_said_to_hold_nothing_yet(app):
    """An account whose province is spelt otherwise than the register's would see nothing at all."""
    admin, leader = signed_in(app, "quantri"), person(app, "ld_a")
    page = admin.get(f"/users/{leader.id}").text
    assert f'<option value="{PROVINCE_A}">' in page and "chưa có kế hoạch hay cơ quan nào" not in page
    typed = "tỉnh " + fold(PROVINCE_A).upper()  # no diacritics, capitals, with "tỉnh"
    assert edit(admin, leader, province=typed).status_code == 303
    assert person(app, "ld_a").province == PROVINCE_A and log(app, "user.update") == []  # the same province
    assert edit(admin, leader, province="  Tỉnh   Sơn  Hà ").status_code == 303  # its plans may come later
    assert person(app, "ld_a").province == "Sơn Hà"  # as plans name their province
    assert "chưa có kế hoạch hay cơ quan nào của tỉnh/thành phố này" in admin.get(f"/users/{leader.id}").text
    assert "(chưa có trong sổ đăng ký)" in admin.get("/users").text
