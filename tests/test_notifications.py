"""Notices (in the app, by e-mail) and the subscribed calendar feed, over HTTP, on SQLite and PostgreSQL.

The world is the API tests' (`test_api.app`): the sample plan 215/KH-UBND of Quảng Bình, whose one
report fell due on 15/04/2024, the planning department `stc`, two focal points of Sở Thông tin và
Truyền thông (`tttt`, `tttt2`) and one of Sở Công Thương (`ct`).
"""
from datetime import date

import icalendar
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from test_api import OWN, PERIOD, app, client, task_id  # noqa: F401 (app is the fixture these tests share)
from vnplan.monitor import notifications, users
from vnplan.monitor.calendar import report_title
from vnplan.register.models import AuditLog, Notification, Plan, User


def _notices(app, username: str) -> list[Notification]:
    with app.state.db.session() as s:
        user = s.scalar(select(User).where(User.username == username))
        return list(s.scalars(select(Notification).where(Notification.user_id == user.id).order_by(Notification.id)))


def _sent_and_returned(app, reason: str) -> int:
    """A report of `tttt` on its own task, sent and returned by the planning department; its id."""
    agency, planning = client(app, "tttt", "mat-khau-tttt"), client(app, "stc", "mat-khau-stc")
    report = agency.post(f"/api/tasks/{task_id(app, OWN)}/reports",
                         json={"period": PERIOD, "percent": 60, "result": "Đang xây dựng dự thảo", "submit": True}).json()
    returned = planning.post(f"/api/reports/{report['id']}/return", json={"comment": reason, "revision": report["revision"]})
    assert returned.status_code == 200, returned.text
    return report["id"]


def test_a_returned_then_approved_report_notifies_its_agency_and_no_one_else(app):
    report_id = _sent_and_returned(app, "Thiếu số liệu kinh phí")
    for username in ("tttt", "tttt2"):  # every focal point of the agency, the author or not
        (notice,) = _notices(app, username)
        assert notice.kind == "returned" and notice.read_at is None
        assert notice.text.startswith("Báo cáo một lần – Kế hoạch 215/KH-UBND, nhiệm vụ ")
        assert notice.text.endswith("bị trả lại. Lý do: Thiếu số liệu kinh phí")
        assert notice.link == f"/tasks/{task_id(app, OWN)}?period={PERIOD}"
    assert _notices(app, "ct") == [] and _notices(app, "stc") == []

    agency = client(app, "tttt", "mat-khau-tttt")
    report = agency.get(f"/api/reports/{report_id}").json()
    again = agency.post(f"/api/tasks/{task_id(app, OWN)}/reports",
                        json={"period": PERIOD, "percent": 100, "revision": report["revision"], "submit": True}).json()
    planning = client(app, "stc", "mat-khau-stc")
    approved = planning.post(f"/api/reports/{report_id}/approve", json={"revision": again["revision"]}).json()
    assert [n.kind for n in _notices(app, "tttt")] == ["returned", "approved"]
    assert _notices(app, "tttt")[1].text.endswith("đã được duyệt.")
    planning.post(f"/api/reports/{report_id}/reopen", json={"comment": "Cập nhật số liệu quý", "revision": approved["revision"]})
    assert _notices(app, "tttt")[2].text.endswith("được mở lại để bổ sung. Lý do: Cập nhật số liệu quý")


def test_the_bell_the_list_and_opening_a_notice(app):
    _sent_and_returned(app, "Bổ sung minh chứng")
    page = client(app, "tttt", "mat-khau-tttt")
    assert '<span class="count">1</span>' in page.get("/plans").text  # the bell, on every page
    listing = page.get("/notifications").text  # the visit also writes the overdue notice of the period
    assert "Bổ sung minh chứng" in listing and "Báo cáo bị trả lại · " in listing and "quá hạn từ 15/04/2024" in listing
    returned, overdue = _notices(app, "tttt")
    assert (returned.kind, overdue.kind) == ("returned", "overdue")
    assert listing.index("quá hạn từ") < listing.index("Bổ sung minh chứng")  # newest first
    opened = page.post(f"/notifications/{returned.id}/open", data={"csrf_token": page.headers["X-CSRF-Token"]},
                       follow_redirects=False)
    assert opened.status_code == 303 and opened.headers["location"] == returned.link
    assert [n.read_at is not None for n in _notices(app, "tttt")] == [True, False]
    assert '<span class="count">1</span>' in page.get("/plans").text
    home = page.get("/home").text  # the agency's home shows the report sent back, with its reason
    section = home[home.index('id="bi-tra-lai"'):home.index('id="da-duyet"')]
    assert "Bị trả lại (1)" in section and "Bổ sung minh chứng" in section


def test_nobody_reads_or_marks_someone_elses_notices(app):
    _sent_and_returned(app, "Sai kỳ báo cáo")
    (notice,) = _notices(app, "tttt")
    for username, password in (("ct", "mat-khau-ct"), ("stc", "mat-khau-stc"), ("tttt2", "mat-khau-tttt2")):
        other = client(app, username, password)
        assert notice.id not in [n["id"] for n in other.get("/api/notifications").json()["notifications"]]
        assert other.post(f"/api/notifications/{notice.id}/read").status_code == 404
        assert other.post(f"/notifications/{notice.id}/open", data={"csrf_token": other.headers["X-CSRF-Token"]},
                          follow_redirects=False).status_code == 404
        assert other.post("/api/notifications/read-all").status_code == 200
    assert _notices(app, "tttt")[0].read_at is None  # nothing changed
    owner = client(app, "tttt", "mat-khau-tttt")
    assert owner.get("/api/notifications").json()["unread"] == 2  # and the overdue period's, written on the visit
    assert owner.post(f"/api/notifications/{notice.id}/read").json()["read_at"] is not None
    assert TestClient(app).get("/api/notifications").status_code == 401


def test_period_notices_are_written_once_whatever_the_number_of_runs(app):
    db = app.state.db
    plan = "Báo cáo một lần – Kế hoạch 215/KH-UBND"
    with db.session() as s:  # 10/04/2024: the period opened on 12/03 and is due on 15/04, within 7 days
        first = notifications.produce(s, days=7, today=date(2024, 4, 10))
        s.commit()
        assert {(n.user.username, n.kind) for n in first} == {
            (u, k) for u in ("tttt", "tttt2", "ct") for k in ("period_open", "due_soon")}
        due = next(n for n in first if n.user.username == "tttt" and n.kind == "due_soon")
        assert due.text == f"{plan} (Sở Thông tin và Truyền thông): sắp đến hạn 15/04/2024, đã gửi 0/4 báo cáo."
        assert due.link == "/report/2024-Q2"
    for _ in range(2):  # cron twice the same day, and the next days
        with db.session() as s:
            assert notifications.produce(s, days=7, today=date(2024, 4, 10)) == []
            assert notifications.produce(s, days=7, today=date(2024, 4, 12)) == []
            s.commit()
    with db.session() as s:
        late = notifications.produce(s, days=7, today=date(2024, 4, 16))
        s.commit()
        assert {n.kind for n in late} == {"overdue"} and len(late) == 3
        assert s.scalar(select(Notification.id).where(Notification.kind == "overdue").order_by(Notification.id))
        assert notifications.produce(s, days=7, today=date(2024, 4, 16)) == []
    assert len(_notices(app, "tttt")) == 3


def test_the_notifications_page_writes_todays_notices_for_its_reader(app):
    page = client(app, "ct", "mat-khau-ct")
    assert "quá hạn từ 15/04/2024" in page.get("/notifications").text  # no daily run yet: written on the visit
    assert [n.kind for n in _notices(app, "ct")] == ["overdue"]
    assert _notices(app, "tttt") == []  # only for the reader
    page.get("/notifications")
    assert len(_notices(app, "ct")) == 1
    page.post("/notifications/read-all", data={"csrf_token": page.headers["X-CSRF-Token"]})
    assert all(n.read_at for n in _notices(app, "ct"))


def test_a_focal_point_signs_in_to_its_home_whose_bell_already_counts_todays_notices(app):
    """The bell is looked at first on the home page: it must not say 0 until the notices page is opened."""
    page = TestClient(app)
    token = page.get("/login").text.split('name="csrf_token" value="')[1].split('"')[0]
    signed = page.post("/login", data={"username": "ct", "password": "mat-khau-ct", "next": "/", "csrf_token": token},
                       follow_redirects=False)
    assert signed.headers["location"] == "/home"
    home = page.get("/home").text
    assert 'aria-label="Thông báo: 1 chưa đọc"' in home and [n.kind for n in _notices(app, "ct")] == ["overdue"]
    assert 'aria-label="Thông báo: 1 chưa đọc"' in page.get("/").text and len(_notices(app, "ct")) == 1


def _events(body: bytes) -> list[str]:
    return [str(event["summary"]) for event in icalendar.Calendar.from_ical(body).walk("VEVENT")]


def test_the_calendar_feed_answers_its_secret_address_without_a_session(app):
    agency = client(app, "tttt", "mat-khau-tttt")
    url = agency.post("/api/calendar/feed").json()["url"]
    assert url.startswith("http://testserver/calendar/feed/") and url.endswith(".ics")
    anonymous = TestClient(app)
    answer = anonymous.get(url)
    assert answer.status_code == 200 and answer.headers["content-type"].startswith("text/calendar")
    assert _events(answer.content) == ["Báo cáo một lần – Kế hoạch 215/KH-UBND"]  # only the agency's own duty
    with app.state.db.session() as s:
        stored = s.scalar(select(User.feed_token_hash).where(User.username == "tttt"))
        assert url.rsplit("/", 1)[1].removesuffix(".ics") not in (stored or "") and len(stored) == 64

    planning = client(app, "stc", "mat-khau-stc").post("/api/calendar/feed").json()["url"]
    summaries = _events(anonymous.get(planning).content)  # the province's duties, the agency in each title
    assert len(summaries) > 1 and any(s.startswith("Báo cáo một lần – Kế hoạch 215/KH-UBND – Sở Công Thương") for s in summaries)

    newer = agency.post("/api/calendar/feed").json()["url"]  # a new address ends the old one
    assert anonymous.get(url).status_code == 404 and anonymous.get(newer).status_code == 200
    assert agency.delete("/api/calendar/feed").status_code == 200
    assert anonymous.get(newer).status_code == 404
    assert anonymous.get("/calendar/feed/khong-phai-khoa.ics").status_code == 404
    with app.state.db.session() as s:
        actions = s.scalars(select(AuditLog.action).where(AuditLog.action == "user.feed_key")).all()
        assert len(actions) == 4


def test_a_disabled_users_feed_is_refused(app):
    url = client(app, "ct", "mat-khau-ct").post("/api/calendar/feed").json()["url"]
    assert TestClient(app).get(url).status_code == 200
    with app.state.db.session() as s, s.begin():
        users.disable(s, s.scalar(select(User).where(User.username == "ct")), "admin")
    assert TestClient(app).get(url).status_code == 404


def test_the_calendar_page_shows_a_new_address_once(app):
    page = client(app, "tttt", "mat-khau-tttt")
    assert "Tạo một địa chỉ riêng" in page.get("/calendar").text
    made = page.post("/calendar/feed", data={"csrf_token": page.headers["X-CSRF-Token"]}).text
    shown = made.split('id="dia-chi-lich" value="', 1)[1].split('"', 1)[0]
    assert TestClient(app).get(shown).status_code == 200
    later = page.get("/calendar").text
    assert shown not in later and "Anh/chị đã có địa chỉ lịch riêng" in later


# -- e-mail, through a real SMTP server ------------------------------------------------------------------

def _set_email(app, username: str, email: str) -> None:
    with app.state.db.session() as s, s.begin():
        s.scalar(select(User).where(User.username == username)).email = email


def _body(message) -> str:
    return message.get_payload(decode=True).decode(message.get_content_charset() or "utf-8")


@pytest.mark.parametrize("db", ["sqlite"], indirect=True)
def test_return_and_due_soon_notices_are_mailed_unless_switched_off(app, smtp):
    _set_email(app, "tttt", "an@stttt.gov.vn")
    _set_email(app, "ct", "binh@sct.gov.vn")
    _sent_and_returned(app, "Thiếu biểu số liệu")  # tttt2 has no address: the notice alone
    ((recipients, returned),) = smtp.messages
    assert recipients == ["an@stttt.gov.vn"] and "Lý do: Thiếu biểu số liệu" in _body(returned)
    assert [n.mail for n in _notices(app, "tttt")] == ["sent"] and [n.mail for n in _notices(app, "tttt2")] == ["none"]

    ct = client(app, "ct", "mat-khau-ct")
    assert ct.put("/api/account", json={"email_notices": False}).json()["email_notices"] is False
    with app.state.db.session() as s:
        notifications.produce(s, days=7, today=date(2024, 4, 10))
        s.commit()
    assert notifications.deliver(app.state.db) == (1, 0)
    recipients, due = smtp.messages[-1]
    assert recipients == ["an@stttt.gov.vn"] and len(smtp.messages) == 2  # nothing for ct, who switched it off
    text = _body(due)
    assert "Báo cáo một lần – Kế hoạch 215/KH-UBND (Sở Thông tin và Truyền thông): sắp đến hạn 15/04/2024" in text
    assert "kỳ báo cáo đã mở, hạn gửi 15/04/2024" in text and text.startswith("Kính gửi ")
    assert {n.kind: n.mail for n in _notices(app, "ct")} == {"period_open": "none", "due_soon": "none"}


@pytest.mark.parametrize("db", ["sqlite"], indirect=True)
def test_a_mail_server_that_is_down_neither_breaks_the_decision_nor_loses_the_notice(app, monkeypatch):
    from servers import free_port

    monkeypatch.setenv("VNPLAN_SMTP_HOST", "127.0.0.1")
    monkeypatch.setenv("VNPLAN_SMTP_PORT", str(free_port()))  # nothing listens there
    _set_email(app, "tttt", "an@stttt.gov.vn")
    _sent_and_returned(app, "Ghi rõ tiến độ")  # the decision answers 200 (asserted inside)
    (notice,) = _notices(app, "tttt")
    assert notice.kind == "returned" and notice.mail == "failed"
    assert client(app, "tttt", "mat-khau-tttt").get("/api/notifications").json()["unread"] == 2  # and the overdue one


def test_the_account_page_switches_email_off_and_on(app):
    page = client(app, "tttt", "mat-khau-tttt")
    assert "Tài khoản chưa có địa chỉ thư" in page.get("/account").text
    token = page.headers["X-CSRF-Token"]
    assert "Đã lưu." in page.post("/account", data={"csrf_token": token}).text
    assert page.get("/api/account").json()["email_notices"] is False
    page.post("/account", data={"csrf_token": token, "email_notices": "on"})
    assert page.get("/api/account").json()["email_notices"] is True
    with app.state.db.session() as s:
        assert len(s.scalars(select(AuditLog).where(AuditLog.action == "user.email_notices")).all()) == 2


@pytest.mark.parametrize("key,title", [
    ("2025-Q3", "Báo cáo quý III/2025 – Kế hoạch 154/KH-UBND"),
    ("2025-H1", "Báo cáo 6 tháng đầu năm 2025 – Kế hoạch 154/KH-UBND"),
    ("2025-10", "Báo cáo tháng 10/2025 – Kế hoạch 154/KH-UBND"),
    ("2025", "Báo cáo năm 2025 – Kế hoạch 154/KH-UBND"),
    ("once-2025-04-15", "Báo cáo một lần – Kế hoạch 154/KH-UBND"),
])
def test_what_is_due_is_named_by_its_period_and_plan(key, title):
    assert report_title(Plan(type="Kế hoạch", number="154/KH-UBND"), key) == title
