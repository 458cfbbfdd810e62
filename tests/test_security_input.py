"""Odd input gets a clear 4xx in Vietnamese and English, never a 500; figures are read the Vietnamese way
and bounded (SQLite and PostgreSQL)."""
import re

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from security_world import PERIOD_A, PERIOD_B, TASK_A, TASK_B, build, signed_in, target_id, task_id, task_target
from vnplan.monitor import inputs
from vnplan.monitor.errors import InvalidInput
from vnplan.register.models import AuditLog, TargetActual


@pytest.fixture
def app(db, tmp_path):
    return build(db, tmp_path)


@pytest.fixture
def planning(app) -> TestClient:
    c = signed_in(app, "stc_a")
    c.headers["accept"] = "application/json"
    return c


def _clear_refusal(r, status=(400, 404, 409, 413, 422)):
    assert r.status_code in status, (r.status_code, r.text[:300])
    assert r.json()["detail"]


@pytest.mark.parametrize("url", ["/api/plans/99999999999999999999", "/api/plans/-1", "/api/tasks/9223372036854775808",
                                 "/api/reports/99999999999999999999/history", "/plans/1?task=99999999999999999999",
                                 "/plans?page=99999999999999999999", "/api/reminders?days=99999999999",
                                 "/api/reminders?days=-5", "/attachments/99999999999999999999",
                                 "/api/dashboard/agencies/99999999999999999999", "/api/search?q=so&limit=-1",
                                 "/api/search?q=so&limit=100000", "/reminders?days=99999999999",
                                 # found by the API fuzzing (test_security_fuzz.py): 500s on both databases
                                 "/api/plans/99999999999999999999/rates", "/api/plans/1099511627776/rates",
                                 "/api/rates?plan=99999999999999999999", "/rates?agency=1099511627776",
                                 "/plans/1099511627776/rates", "/plans/1099511627776/rates.xlsx",
                                 "/rates/reports?agency=99999999999999999999&period=2024"])
def test_huge_and_negative_numbers_in_paths_and_queries(planning, url):
    _clear_refusal(planning.get(url))


def test_huge_ids_and_revisions_in_decisions_and_withdrawals(app, planning):
    agency = signed_in(app, "tttt_a")
    _clear_refusal(agency.post("/api/report/withdraw/99999999999999999999", json={"revision": 1}))
    _clear_refusal(agency.post("/api/report/withdraw/1", json={"revision": 99999999999999999999}))
    _clear_refusal(planning.post("/api/inbox/decide", json={"action": "approve",
                                                            "items": [{"kind": "report", "id": 1099511627776}]}))
    for key in ("report:99999999999999999999", "report:²", "actual:1:1099511627776"):
        r = planning.post("/inbox/decide", data={"action": "approve", "items": [key],
                                                 "csrf_token": planning.headers["X-CSRF-Token"]}, follow_redirects=False)
        assert r.status_code == 303 and "không hợp lệ" in planning.get("/inbox").text  # told on the inbox page
    page = agency.post("/report/2024-Q2/withdraw/1", headers={"accept": "application/json"},
                       data={"revision": "mười hai", "csrf_token": agency.headers["X-CSRF-Token"]})
    _clear_refusal(page, (400, 404))


def test_search_limit_is_bounded(planning):
    assert planning.get("/api/search", params={"q": "so", "limit": -1}).status_code == 422
    assert len(planning.get("/api/search", params={"q": "so", "limit": 100}).json()) <= 100


def test_a_lone_surrogate_in_json_is_refused(app, planning):
    agency = signed_in(app, "tttt_a")
    body = '{"period": "%s", "result": "Kết quả \\ud800 dở dang"}' % PERIOD_A
    r = agency.post(f"/api/tasks/{task_id(app, TASK_A)}/reports", content=body.encode(),
                    headers={"content-type": "application/json"})
    _clear_refusal(r, (422,))
    r = TestClient(app).post("/api/login", content=b'{"username": "\\udfff", "password": "x"}',
                             headers={"content-type": "application/json"})
    _clear_refusal(r, (422,))


@pytest.mark.parametrize("value", [20240630, ["2024-06-30"], {"y": 2024}, "31/6/2024", "mai", True])
def test_dates_given_as_numbers_lists_or_other_shapes(app, planning, value):
    _clear_refusal(planning.post(f"/api/tasks/{task_id(app, TASK_A)}/corrections", json={"field": "deadline", "value": value}))


def test_a_date_typed_the_vietnamese_way_is_accepted(app, planning):
    r = planning.post(f"/api/tasks/{task_id(app, TASK_A)}/corrections", json={"field": "deadline", "value": "30/6/2024"})
    assert r.status_code < 300, r.text


def test_a_non_numeric_agency_in_the_admin_form(app):
    admin = signed_in(app, "quantri")
    r = admin.post("/users", data={"username": "moi", "password": "mat-khau-moi-1", "role": "agency", "agency_id": "abc",
                                   "csrf_token": admin.headers["X-CSRF-Token"]}, headers={"accept": "application/json"})
    assert r.status_code == 400 and "cơ quan" in r.json()["detail"] and r.json()["detail_en"]
    r = admin.post("/users", data={"username": "x" * 500, "password": "mat-khau-moi-1", "role": "leader",
                                   "csrf_token": admin.headers["X-CSRF-Token"]}, headers={"accept": "application/json"})
    assert r.status_code == 400


@pytest.mark.parametrize("body", [{"period": "bat-ky-ky-nao", "value": 1}, {"period": PERIOD_A, "value": 1, "note": "x" * 6_000_000},
                                  {"period": PERIOD_A, "value": 1e300}, {"period": PERIOD_A, "value": "NaN"},
                                  {"period": PERIOD_A, "value": 1, "revision": 10**30}])
def test_target_actuals_are_validated(app, body):
    agency = signed_in(app, "tttt_a")
    _clear_refusal(agency.post(f"/api/targets/{task_target(app)}/actuals", json=body))
    with app.state.db.session() as s:
        assert s.scalar(select(TargetActual.id)) is None


def test_nan_and_infinity_never_reach_the_database(app):
    agency = signed_in(app, "tttt_a")
    tid = task_target(app)
    for literal in (b"NaN", b"Infinity", b"-Infinity"):
        r = agency.post(f"/api/targets/{tid}/actuals", content=b'{"period": "%s", "value": %s}' % (PERIOD_A.encode(), literal),
                        headers={"content-type": "application/json"})
        _clear_refusal(r, (422,))
    with app.state.db.session() as s:
        assert s.scalar(select(TargetActual.id)) is None


def test_the_form_reads_figures_the_vietnamese_way(app):
    agency = signed_in(app, "tttt_a")
    tid = task_target(app)
    r = agency.post(f"/targets/{tid}/actual", data={"period": PERIOD_A, "value": "1,5", "action": "save",
                                                   "csrf_token": agency.headers["X-CSRF-Token"]}, follow_redirects=False)
    assert r.status_code == 303
    with app.state.db.session() as s:
        assert s.scalar(select(TargetActual.value)) == 1.5


@pytest.mark.parametrize("sent, number", [("1,5", 1.5), (2, 2.0), (0.25, 0.25), ("", None), (None, None)])
def test_quantities_are_typed_or_sent_as_numbers(sent, number):
    assert inputs.quantity(sent) == number  # text is read by formatting.parse_number, tested in test_formatting


@pytest.mark.parametrize("sent", [True, [1], {"value": 1}, float("nan"), float("inf"), 1e300, "2.000.000.000.000.000", "1.000", "abc"])
def test_quantities_refused(sent):
    with pytest.raises(InvalidInput):
        inputs.quantity(sent)


@pytest.mark.parametrize("field, value", [("year", 10**30), ("year", -5), ("year", "hai nghìn"), ("min", "1e400"),
                                          ("max", 1e300), ("unit", "đ" * 1000), ("unit", 5)])
def test_target_corrections_are_bounded(app, planning, field, value):
    _clear_refusal(planning.post(f"/api/targets/{target_id(app, '215/KH-UBND')}/corrections", json={"field": field, "value": value}))


def test_report_texts_and_unknown_fields_are_refused(app):
    agency = signed_in(app, "tttt_b")
    url = f"/api/tasks/{task_id(app, TASK_B)}/reports"
    _clear_refusal(agency.post(url, json={"period": PERIOD_B, "result": "x" * 20001}))
    _clear_refusal(agency.post(url, json={"period": PERIOD_B, "status": "approved"}))
    _clear_refusal(agency.post(url, json={"period": PERIOD_B, "percent": 10**20}))
    form = agency.post(f"/tasks/{task_id(app, TASK_B)}/report",
                       data={"period": PERIOD_B, "revision": "１２", "csrf_token": agency.headers["X-CSRF-Token"]},
                       headers={"accept": "application/json"})
    _clear_refusal(form, (400,))


def test_a_name_no_account_can_have_is_a_wrong_password_not_a_server_error(app):
    """Found by the API fuzzing: a NUL byte in the sign-in form's name was a 500 on PostgreSQL."""
    c = TestClient(app)
    token = re.search(r'name="csrf_token" value="([^"]+)"', c.get("/login").text).group(1)
    page = c.post("/login", data={"username": "stc_a\x00", "password": "mat-khau\x00", "csrf_token": token})
    assert page.status_code == 401 and "Sai tên đăng nhập" in page.text
    r = c.post("/api/login", json={"username": "tttt_a\x00", "password": "x"})
    assert r.status_code == 401 and "wrong username" in r.json()["detail"]
    with app.state.db.session() as s:
        actors = list(s.scalars(select(AuditLog.actor).where(AuditLog.action == "user.sign_in_failed")))
    assert actors == ["'stc_a\\x00'", "'tttt_a\\x00'"]
