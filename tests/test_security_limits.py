"""Request bodies are bounded before sign-in (413); a saturated database pool answers 503 with Retry-After;
failed sign-ins slow their address down, in the database that every worker shares."""
from datetime import datetime, timedelta, timezone

import pytest
from fastapi.testclient import TestClient

from security_world import build, password, signed_in
from vnplan.monitor import throttle
from vnplan.register import Database
from vnplan.web.app import create_app
from vnplan.web.limits import BODY_LIMIT, UPLOAD_LIMIT
from vnplan.web.settings import Settings


@pytest.fixture
def app(db, tmp_path):
    return build(db, tmp_path)


def test_a_declared_body_too_large_is_refused_before_sign_in(app):
    anonymous = TestClient(app)
    r = anonymous.post("/api/login", content=b"{" + b" " * BODY_LIMIT + b"}", headers={"content-type": "application/json"})
    assert r.status_code == 413 and "quá lớn" in r.json()["detail"]
    r = anonymous.post("/login", content=b"x" * (BODY_LIMIT + 1), headers={"content-type": "application/x-www-form-urlencoded"})
    assert r.status_code == 413


def test_a_streamed_body_is_cut_when_it_grows_too_large(app):
    def chunks():
        yield (b'--b\r\nContent-Disposition: form-data; name="file"; filename="bien-ban.pdf"\r\n'
               b"Content-Type: application/pdf\r\n\r\n%PDF-1.4\n")
        for _ in range(UPLOAD_LIMIT // (1024 * 1024) + 2):
            yield b"x" * (1024 * 1024)
    r = TestClient(app).post("/api/reports/1/attachments", content=chunks(),
                             headers={"content-type": "multipart/form-data; boundary=b"})
    assert r.status_code == 413


def test_ordinary_bodies_pass(app):
    c = signed_in(app, "stc_a")
    assert c.get("/api/me").status_code == 200
    assert c.post("/api/logout").status_code == 200


def test_a_saturated_database_pool_answers_503_with_retry_after(app, db, tmp_path):
    small = Database(db.engine.url.render_as_string(hide_password=False), pool_size=1, pool_wait=0.2)
    busy_app = create_app(small, Settings(tmp_path, "k" * 48))
    c = signed_in(busy_app, "stc_a")
    with small.engine.connect():  # the only connection, taken
        r = c.get("/api/plans")
        assert r.status_code == 503 and r.headers["retry-after"] and "bận" in r.json()["detail"]
        page = c.get("/plans")
        assert page.status_code == 503 and "bận" in page.text
    assert c.get("/api/plans").status_code == 200
    small.engine.dispose()


def test_sign_in_failures_slow_the_address_down_for_every_worker(app, db, tmp_path):
    guesser = TestClient(app, client=("203.0.113.9", 40000))
    for _ in range(throttle.FREE_FAILURES):
        assert guesser.post("/api/login", json={"username": "khong-co", "password": "doan-bua"}).status_code == 401
    assert guesser.post("/api/login", json={"username": "khong-co", "password": "doan-bua"}).status_code == 401
    r = guesser.post("/api/login", json={"username": "stc_a", "password": password("stc_a")})
    assert r.status_code == 429 and int(r.headers["retry-after"]) >= 1 and "chờ" in r.json()["detail"]
    other_worker = create_app(db, Settings(tmp_path, "k" * 48))  # another process over the same database
    assert TestClient(other_worker, client=("203.0.113.9", 40001)).post(
        "/api/login", json={"username": "stc_a", "password": password("stc_a")}).status_code == 429
    # the real user, elsewhere, signs in as usual
    assert TestClient(other_worker, client=("198.51.100.7", 40002)).post(
        "/api/login", json={"username": "stc_a", "password": password("stc_a")}).status_code == 200


def test_the_wait_doubles_and_is_bounded(db):
    start = datetime(2026, 1, 1, tzinfo=timezone.utc)
    with db.session() as s, s.begin():
        for _ in range(throttle.FREE_FAILURES + 3):
            throttle.failed(s, "192.0.2.1", start)
        assert throttle.wait_seconds(s, "192.0.2.1", start) == 8
        assert throttle.wait_seconds(s, "192.0.2.1", start + timedelta(seconds=9)) == 0
        for _ in range(30):
            throttle.failed(s, "192.0.2.1", start)
        assert throttle.wait_seconds(s, "192.0.2.1", start) == throttle.MAX_WAIT
