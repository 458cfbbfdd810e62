"""Sessions end for real (sign-out, new password, reset, disabled), sign-in never sends anyone to another
site, a save never silently overwrites another, export file names survive Vietnamese letters."""
import re
from urllib.parse import unquote

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from security_world import PERIOD_A, TASK_A, build, password, plan_id, signed_in, task_id
from vnplan.monitor import users
from vnplan.register.models import Plan, ProgressReport, Target, TargetActual, User
from vnplan.web.auth import local_path


@pytest.fixture
def app(db, tmp_path):
    return build(db, tmp_path)


def _copy(c: TestClient, app) -> TestClient:
    """Another browser holding the same cookie (a stolen or forgotten copy)."""
    other = TestClient(app, cookies=dict(c.cookies))
    other.headers["X-CSRF-Token"] = c.headers["X-CSRF-Token"]
    return other


def test_sign_out_ends_every_session_of_the_user(app):
    first, second = signed_in(app, "tttt_a"), signed_in(app, "tttt_a")
    copy = _copy(first, app)
    assert copy.get("/api/me").status_code == 200
    assert first.post("/api/logout").status_code == 200
    assert copy.get("/api/me").status_code == 401 and second.get("/api/me").status_code == 401
    assert signed_in(app, "tttt_a").get("/api/me").status_code == 200


def test_a_new_password_ends_the_other_sessions_and_keeps_this_one(app):
    here, elsewhere = signed_in(app, "ct_a"), signed_in(app, "ct_a")
    r = here.post("/password", data={"current": password("ct_a"), "new": "mat-khau-moi-123", "repeat": "mat-khau-moi-123",
                                     "csrf_token": here.headers["X-CSRF-Token"]}, follow_redirects=False)
    assert r.status_code == 303
    assert elsewhere.get("/api/me").status_code == 401
    assert here.get("/api/me").status_code == 200


def test_reset_and_disable_end_sessions(app, db):
    reset, disabled = signed_in(app, "ld_a"), signed_in(app, "ld_b")
    with db.session() as s, s.begin():
        users.reset_password(s, s.scalar(select(User).where(User.username == "ld_a")), "quantri")
        users.disable(s, s.scalar(select(User).where(User.username == "ld_b")), "quantri")
    assert reset.get("/api/me").status_code == 401 and disabled.get("/api/me").status_code == 401


@pytest.mark.parametrize("target", ["//elsewhere.example", "/\\elsewhere.example", "https://elsewhere.example/",
                                    "javascript:alert(1)", "/%0d%0aSet-Cookie:x", "\x00/", ""])
def test_sign_in_goes_only_to_local_paths(app, target):
    c = TestClient(app)
    page = c.get("/login", params={"next": target})
    token = re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)
    r = c.post("/login", data={"username": "stc_a", "password": password("stc_a"), "next": target, "csrf_token": token},
               follow_redirects=False)
    location = r.headers["location"]
    assert location.startswith("/") and not location.startswith(("//", "/\\")) and "\n" not in location


def test_local_paths_are_kept():
    assert local_path("/plans/3?task=7#chon") == "/plans/3?task=7#chon"
    assert local_path("//elsewhere.example/x") == local_path("/\\elsewhere.example") == "/"


def test_a_second_creation_conflicts_instead_of_overwriting(app):
    first, second = signed_in(app, "tttt_a"), signed_in(app, "tttt_a")
    tid = task_id(app, TASK_A)
    assert first.post(f"/api/tasks/{tid}/reports", json={"period": PERIOD_A, "result": "Bản thứ nhất"}).status_code == 200
    r = second.post(f"/api/tasks/{tid}/reports", json={"period": PERIOD_A, "result": "Bản thứ hai"})
    assert r.status_code == 409 and "chưa được lưu" in r.json()["detail"]
    # the web form of someone who opened the page before the report existed (its revision field is empty)
    form = second.post(f"/tasks/{tid}/report", data={"period": PERIOD_A, "result": "Bản thứ ba", "revision": "",
                                                     "csrf_token": second.headers["X-CSRF-Token"]},
                       headers={"accept": "text/html"}, follow_redirects=False)
    assert form.status_code == 409
    with app.state.db.session() as s:
        assert s.scalar(select(func.count()).select_from(ProgressReport)) == 1
        assert s.scalar(select(ProgressReport.result)) == "Bản thứ nhất"


def test_exports_of_a_plan_whose_number_holds_d_with_stroke(app):
    with app.state.db.session() as s, s.begin():
        s.get(Plan, plan_id(app, "88/KH-UBND")).number = "254/QĐ-UBND"
    c = signed_in(app, "stc_b")
    for fmt in ("json", "csv", "xlsx", "docx"):
        r = c.get(f"/api/plans/{plan_id(app, '254/QĐ-UBND')}/export.{fmt}")
        assert r.status_code == 200, fmt
        disposition = r.headers["content-disposition"]
        assert f'filename="bao-cao-254-qd-ubnd.{fmt}"' in disposition
        assert unquote(disposition.split("filename*=UTF-8''")[1]) == f"bao-cao-254-QĐ-UBND.{fmt}"


def test_a_returned_actual_is_sent_again_from_the_plan_page_with_its_revision(app):
    agency, planning = signed_in(app, "tttt_a"), signed_in(app, "stc_a")
    with app.state.db.session() as s:
        target = s.scalar(select(Target.id).where(Target.task_path == "II.2.a.1"))
    form = {"period": PERIOD_A, "value": "90", "action": "submit", "csrf_token": agency.headers["X-CSRF-Token"]}
    assert agency.post(f"/targets/{target}/actual", data=form, follow_redirects=False).status_code == 303
    with app.state.db.session() as s:
        actual = s.scalar(select(TargetActual))
    planning.post(f"/api/actuals/{actual.id}/return", json={"revision": actual.revision, "comment": "Chưa khớp"})
    # sending the empty entry form again is a second creation, not an overwrite
    again = agency.post(f"/targets/{target}/actual", data=form, headers={"accept": "application/json"})
    assert again.status_code == 409
    page = agency.get(f"/plans/{plan_id(app, '215/KH-UBND')}").text
    revision = re.search(r'name="period" value="%s"><input type="hidden" name="revision" value="(\d+)"' % PERIOD_A, page)
    assert revision and "Bị trả lại: Chưa khớp" in page
    fixed = agency.post(f"/targets/{target}/actual", data=form | {"value": "91,5", "revision": revision.group(1)},
                        follow_redirects=False)
    assert fixed.status_code == 303
    with app.state.db.session() as s:
        assert s.scalar(select(TargetActual.value)) == 91.5 and s.scalar(select(TargetActual.status)) == "submitted"
