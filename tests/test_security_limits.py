"""Request bodies are bounded before sign-in (413); a saturated server (its database pool, or more
requests at once than it has threads for) answers 503 with Retry-After, never a 500 or a hang; failed
sign-ins slow their address down, in the database that every worker shares."""
import time
from concurrent.futures import ThreadPoolExecutor, as_completed
from datetime import datetime, timedelta, timezone

import anyio
import httpx

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select, update

from security_world import build, password, signed_in
from servers import serving
from vnplan.monitor import throttle, users
from vnplan.register import Database
from vnplan.register.models import SignInThrottle, User
from vnplan.web import auth
from vnplan.web.app import create_app
from vnplan.web.limits import BODY_LIMIT, UPLOAD_LIMIT, Admission
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


def test_more_slow_requests_than_threads_are_turned_away_with_503_not_left_hanging(app, db, tmp_path):
    """Two request threads and two connections, both connections held elsewhere: the two requests admitted
    wait for one, the ten others are told to come back, and once the connections are free all is well."""
    small = Database(db.engine.url.render_as_string(hide_password=False), pool_size=2, pool_wait=30)
    # the queue stands (nothing ahead of it ever finishes): after burst_wait, each waits admission_wait at most
    busy_app = create_app(small, Settings(tmp_path, "k" * 48, request_threads=2, admission_wait=0.5, burst_wait=0.5))
    with serving(busy_app) as base, ThreadPoolExecutor(12) as pool:
        with httpx.Client(base_url=base) as person:
            assert person.post("/api/login", json={"username": "stc_a", "password": password("stc_a")}).status_code == 200
            cookies = person.cookies

        def get(path):
            with httpx.Client(base_url=base, cookies=cookies, timeout=60) as client:
                return client.get(path)

        held = [small.engine.connect() for _ in range(2)]  # the whole pool, taken
        slow = [pool.submit(get, "/api/plans" if n % 2 else "/plans") for n in range(12)]
        turned_away = [done.result() for _, done in zip(range(10), as_completed(slow, timeout=30))]
        still_waiting = sum(not f.done() for f in slow)
        for connection in held:
            connection.close()
        answers = [f.result() for f in slow]
    assert still_waiting == 2  # the two admitted, waiting for a connection
    assert {r.status_code for r in turned_away} == {503}
    assert sorted(r.status_code for r in answers) == [200] * 2 + [503] * 10  # never a 500, nobody left hanging
    assert all(r.headers["retry-after"] and "bận" in r.text for r in turned_away)
    assert {r.headers["content-type"].split(";")[0] for r in turned_away} == {"text/html", "application/json"}
    small.engine.dispose()


def test_a_sign_in_waiting_for_its_password_hash_holds_no_connection_thread_or_turn(app, db, tmp_path):
    """One request thread, one database connection, one turn at a time: while a sign-in waits for the password
    hasher (both its places taken, as by two other sign-ins), the pool has lent it no connection and another
    person's requests are answered; then the sign-in goes through."""
    small = Database(db.engine.url.render_as_string(hide_password=False), pool_size=1, pool_wait=0.5)
    busy_app = create_app(small, Settings(tmp_path, "k" * 48, request_threads=1, admission_wait=0.5, burst_wait=0.5))
    with serving(busy_app) as base, httpx.Client(base_url=base, timeout=30) as reader, ThreadPoolExecutor(1) as pool:
        assert reader.post("/api/login", json={"username": "stc_a", "password": password("stc_a")}).status_code == 200
        for _ in range(users.HASHES_AT_ONCE):
            users._hashing.acquire()
        try:
            signing_in = pool.submit(httpx.post, f"{base}/api/login", timeout=30,
                                     json={"username": "tttt_a", "password": password("tttt_a")})
            deadline = time.monotonic() + 10
            while auth._hashes.borrowed_tokens == 0 and time.monotonic() < deadline:  # it waits for the hasher
                time.sleep(0.01)
            assert auth._hashes.borrowed_tokens == 1 and small.engine.pool.checkedout() == 0
            assert reader.get("/api/plans").status_code == 200  # a thread, a connection and a turn were free
            assert not signing_in.done()
        finally:
            for _ in range(users.HASHES_AT_ONCE):
                users._hashing.release()
        assert signing_in.result().status_code == 200
    small.engine.dispose()


def _slow_page(seconds: float):
    async def page(scope, receive, send):
        await anyio.sleep(seconds)
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b""})
    return page


async def _turned_away(scope, receive, send):
    await send({"type": "http.response.start", "status": 503, "headers": []})
    await send({"type": "http.response.body", "body": b""})


async def _status(admission: Admission) -> int:
    statuses = []

    async def receive():
        return {"type": "http.request", "body": b""}

    async def send(message):
        if message["type"] == "http.response.start":
            statuses.append(message["status"])

    await admission({"type": "http", "path": "/api/plans", "headers": []}, receive, send)
    return statuses[0]


def test_a_burst_that_drains_is_served_whole_however_long_each_waits():
    """Twenty requests at once on two slots, a second of work: most wait far longer than `wait`, none is
    turned away, because the queue empties within burst_wait (a fixed 0.05 s wait would refuse 18)."""
    admission = Admission(_slow_page(0.1), slots=2, wait=0.05, burst_wait=5, busy=_turned_away)

    async def burst() -> list[int]:
        statuses = []

        async def one():
            statuses.append(await _status(admission))
        async with anyio.create_task_group() as group:
            for _ in range(20):
                group.start_soon(one)
        return statuses

    assert anyio.run(burst) == [200] * 20


def test_a_queue_that_stands_is_shed_with_503_while_the_work_goes_on():
    """Ten clients sending back to back to one slot: more work arrives than it gets through and the queue
    never empties. The first wave is served (a burst), then the excess is turned away and the slot stays busy."""
    admission = Admission(_slow_page(0.05), slots=1, wait=0.1, burst_wait=0.5, busy=_turned_away)

    async def flat_out() -> list[tuple[float, int]]:
        answers, start = [], time.monotonic()

        async def client():
            while time.monotonic() - start < 2:
                sent = time.monotonic() - start
                answers.append((sent, await _status(admission)))
                await anyio.sleep(0.01)
        async with anyio.create_task_group() as group:
            for _ in range(10):
                group.start_soon(client)
        return answers

    answers = anyio.run(flat_out)
    first_wave = [status for sent, status in answers if sent < 0.04]
    assert first_wave == [200] * 10
    assert any(status == 503 for sent, status in answers if sent > 0.5)
    assert sum(status == 200 for _, status in answers) >= 20  # served all along, one at a time


def _sign_in(client: TestClient, username: str, secret: str):
    return client.post("/api/login", json={"username": username, "password": secret})


def test_sign_in_failures_slow_the_address_down_for_every_worker(app, db, tmp_path):
    guesser = TestClient(app, client=("203.0.113.9", 40000))
    for n in range(throttle.ADDRESS.free_failures + 1):  # one guess per account: no account is slowed
        assert _sign_in(guesser, f"khong-co-{n}", "doan-bua").status_code == 401
    r = _sign_in(guesser, "stc_a", password("stc_a"))
    assert r.status_code == 429 and int(r.headers["retry-after"]) >= 1 and "chờ" in r.json()["detail"]
    other_worker = create_app(db, Settings(tmp_path, "k" * 48))  # another process over the same database
    assert _sign_in(TestClient(other_worker, client=("203.0.113.9", 40001)), "stc_a", password("stc_a")).status_code == 429
    # the real user, elsewhere, signs in as usual
    assert _sign_in(TestClient(other_worker, client=("198.51.100.7", 40002)), "stc_a", password("stc_a")).status_code == 200


def test_guessing_one_account_never_locks_its_owner_out(app):
    """Finding 13: wrong passwords from one address made the owner wait for 15 minutes everywhere."""
    guesser, owner = TestClient(app, client=("203.0.113.9", 40000)), TestClient(app, client=("198.51.100.7", 40002))
    answers = [_sign_in(guesser, "tttt_a", f"doan-bua-{n}") for n in range(30)]
    assert {r.status_code for r in answers[:throttle.ACCOUNT.free_failures + 1]} == {401}
    assert answers[-1].status_code == 429
    r = _sign_in(owner, "tttt_a", password("tttt_a"))
    assert r.status_code == 200 and r.json()["user"]["username"] == "tttt_a"
    # from the guesser's address the wait grows with every failure the wait lets through (judged by the stamps the
    # server wrote, not by the clock's seconds left, which a slow machine eats)
    with app.state.db.session() as s:
        key = throttle.account_key("tttt_a", "203.0.113.9", s.scalar(select(User.id).where(User.username == "tttt_a")))
        counted = s.get(SignInThrottle, key).failures
        last_wait = min(2 ** (counted - throttle.ACCOUNT.free_failures), throttle.ACCOUNT.max_wait)
        assert throttle.wait_seconds(s, key) > 0
        s.execute(update(SignInThrottle).where(SignInThrottle.address == key).values(
            wait_until=datetime.now(timezone.utc)))  # the wait has passed
        s.commit()
    before = datetime.now(timezone.utc)
    assert _sign_in(guesser, "tttt_a", "doan-bua-lan-nua").status_code == 401
    with app.state.db.session() as s:
        row = s.get(SignInThrottle, key)
        assert row.failures == counted + 1
        doubled = min(2 * last_wait, throttle.ACCOUNT.max_wait)  # (up to the bound)
        assert (row.wait_until.replace(tzinfo=timezone.utc) - before).total_seconds() >= doubled > last_wait >= 2


def test_the_wait_doubles_and_is_bounded(db):
    start = datetime(2026, 1, 1, tzinfo=timezone.utc)
    policy = throttle.ADDRESS
    with db.session() as s, s.begin():
        waits = [throttle.failed(s, "192.0.2.1", policy, start) for _ in range(policy.free_failures + 3)]
        assert waits[-3:] == [2, 4, 8] and throttle.wait_seconds(s, "192.0.2.1", start) == 8
        assert throttle.wait_seconds(s, "192.0.2.1", start + timedelta(seconds=9)) == 0
        for _ in range(30):
            throttle.failed(s, "192.0.2.1", policy, start)
        assert throttle.wait_seconds(s, "192.0.2.1", start) == policy.max_wait
