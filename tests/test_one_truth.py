"""One correction, seen by every reader: a deadline, a lead and the lead's successor are changed once, then
the task page, the agency pages, search, the JSON API, the Excel and Word exports, the reminders and the
calendar feed are read, on SQLite and on PostgreSQL, and each must tell the corrected facts."""
import io
from datetime import date

import docx
import openpyxl
import pytest
from icalendar import Calendar
from sqlalchemy import select

from conftest import SAMPLE
from vnplan.monitor import notifications, reminders, users
from vnplan.register import agencies as registry
from vnplan.register import ingest
from vnplan.register.models import Plan, Task, User
from vnplan.register.search import Filters, search
from vnplan.web.app import create_app
from vnplan.web.settings import Settings

PROVINCE = "Quảng Bình"
TASK = "Tham mưu ban hành Quy chế"  # II.1.a.1: extracted lead Sở Thông tin và Truyền thông, deadline 30/06/2024
OLD_LEAD = "Sở Thông tin và Truyền thông"
NEW_LEAD = "Sở Ngoại vụ"  # named by the correction; not in the plan
SUCCESSOR = "Văn phòng Ủy ban nhân dân tỉnh"  # takes over the new lead's duties
NEW_DEADLINE, NEW_DEADLINE_TEXT = date(2027, 12, 31), "31/12/2027"
TODAY_HOLDER = f"{SUCCESSOR} (Quảng Trị) (kế hoạch ghi: {NEW_LEAD}, {PROVINCE})"


def _signed_in(app, username):
    from fastapi.testclient import TestClient

    c = TestClient(app)
    r = c.post("/api/login", json={"username": username, "password": f"mat-khau-{username}"})
    assert r.status_code == 200, r.text
    c.headers["X-CSRF-Token"] = r.json()["csrf_token"]
    return c


@pytest.fixture
def corrected(db, tmp_path):
    """The sample plan with II.1.a.1's deadline and lead corrected through the API, and the new lead's duties
    passed to a successor on 01/03/2025 (as `vnplan agencies succeed` records it)."""
    ingest(db, [SAMPLE])
    with db.session() as s, s.begin():
        users.create_user(s, "stc", "mat-khau-stc", "planning", "Phòng Tổng hợp", province=PROVINCE)
        old = registry.find(s, OLD_LEAD, PROVINCE)[0]
        users.create_user(s, "tttt", "mat-khau-tttt", "agency", agency=registry.current(s, old), email="tttt@example.vn")
        task_id = s.scalar(select(Task.id).where(Task.text.like(TASK + "%")))
        plan_id = s.scalar(select(Plan.id))
    app = create_app(db, Settings(tmp_path, "t" * 48))
    stc = _signed_in(app, "stc")
    for field, value in (("deadline", NEW_DEADLINE_TEXT), ("lead", NEW_LEAD)):
        r = stc.post(f"/api/tasks/{task_id}/corrections", json={"field": field, "value": value})
        assert r.status_code == 200, r.text
    with db.session() as s, s.begin():
        new = registry.find(s, NEW_LEAD, PROVINCE)[0]
        registry.succeed(s, new, registry.resolve(s, PROVINCE, SUCCESSOR), date(2025, 3, 1))
        holder = registry.current(s, new)
        assert (holder.name, holder.province) == (SUCCESSOR, "Quảng Trị")
        users.create_user(s, "vp", "mat-khau-vp", "agency", agency=holder, email="vp@example.vn")
        ids = {"task": task_id, "plan": plan_id, "new": new.id, "holder": holder.id, "old": old.id,
               "old_today": registry.current(s, old).id}
    return app, stc, ids


def _led_part(page: str) -> str:
    """The agency page's table of tasks it leads (before the table of tasks it coordinates)."""
    return page.split("Nhiệm vụ phối hợp (")[0]


def test_the_task_page_tells_the_corrected_facts(corrected):
    app, stc, ids = corrected
    page = stc.get(f"/tasks/{ids['task']}").text
    lead = page.split("<dt>Cơ quan chủ trì</dt><dd>")[1].split("</dd>")[0]
    assert NEW_LEAD in lead and OLD_LEAD not in lead
    assert f">{SUCCESSOR}</a> <span class=\"meta\">(Quảng Trị)</span>" in page
    assert NEW_DEADLINE_TEXT in page and "30/06/2024" not in page
    assert "Chưa hoàn thành, trong hạn" in page  # the state follows the corrected deadline


def test_the_plan_page_tells_the_corrected_facts(corrected):
    app, stc, ids = corrected
    page = stc.get(f"/plans/{ids['plan']}").text
    row = page.split(f'href="/tasks/{ids["task"]}"')[0].rsplit("<tr", 1)[1] + page.split(f'href="/tasks/{ids["task"]}"')[1].split("</tr>")[0]
    assert NEW_LEAD in row and OLD_LEAD not in row and NEW_DEADLINE_TEXT in row
    assert "chua_hoan_thanh_trong_han" in row


def test_the_overview_counts_the_task_by_its_corrected_deadline(corrected):
    app, stc, ids = corrected
    totals = stc.get("/api/dashboard/overview").json()["totals"]
    assert totals == {"chua_hoan_thanh_qua_han": 9, "chua_hoan_thanh_trong_han": 1}
    # corrected again once the overview is cached: counted again at once
    assert stc.post(f"/api/tasks/{ids['task']}/corrections", json={"field": "deadline", "value": "01/01/2025"}).status_code == 200
    assert stc.get("/api/dashboard/overview").json()["totals"] == {"chua_hoan_thanh_qua_han": 10}


def test_agency_pages_list_the_task_under_its_corrected_lead_only(corrected):
    app, stc, ids = corrected
    link = f'href="/tasks/{ids["task"]}"'
    for agency in ("new", "holder"):  # the lead the correction names, and the body that holds its duties today
        led = _led_part(stc.get(f"/agencies/{ids[agency]}").text)
        assert link in led, agency
        assert NEW_DEADLINE_TEXT in led.split(link)[1].split("</tr>")[0]
    for agency in ("old", "old_today"):
        assert link not in stc.get(f"/agencies/{ids[agency]}").text, agency
    assert stc.get(f"/api/dashboard/agencies/{ids['old']}").json()["led"] == 3  # of four before the correction


def test_search_finds_the_task_by_its_corrected_lead_not_by_the_old(corrected):
    app, stc, ids = corrected
    for name in (NEW_LEAD, "so ngoai vu", SUCCESSOR):
        hits = stc.get("/api/search", params={"q": "quy chế", "agency": name}).json()
        assert [h["task_id"] for h in hits] == [ids["task"]], name
        assert hits[0]["leads"] == [NEW_LEAD] and hits[0]["deadline"] == NEW_DEADLINE.isoformat()
    assert stc.get("/api/search", params={"q": "quy chế", "agency": OLD_LEAD}).json() == []
    page = stc.get("/search", params={"q": "quy che", "agency": NEW_LEAD}).text
    assert f'href="/tasks/{ids["task"]}"' in page and f"<td>{NEW_LEAD}</td>" in page
    assert f'href="/tasks/{ids["task"]}"' not in stc.get("/search", params={"q": "quy che", "agency": OLD_LEAD}).text
    plain = stc.get("/api/search", params={"q": "quy chế"}).json()  # no filter: the hit carries the corrected lead
    assert [h["leads"] for h in plain if h["task_id"] == ids["task"]] == [[NEW_LEAD]]
    with app.state.db.session() as s:  # by role, as `vnplan search --agency` asks
        def found(agency, role):
            return [h.task_id for h in search(s, "quy chế", Filters(agency=agency, role=role))]
        assert found(NEW_LEAD, "lead") == [ids["task"]] and found(OLD_LEAD, "lead") == []
        assert found(NEW_LEAD, "coordinator") == [] and found("Sở Nội vụ", "coordinator") == [ids["task"]]


def test_search_filters_by_the_corrected_deadline(corrected):
    app, stc, ids = corrected
    undated = "Tổ chức tuyên truyền"  # II.1.a.2: the plan gives it no deadline
    with app.state.db.session() as s:
        task_id = s.scalar(select(Task.id).where(Task.text.like(undated + "%")))
        assert [h.task_id for h in search(s, undated, Filters(has_deadline=False))] == [task_id]
    assert stc.post(f"/api/tasks/{task_id}/corrections", json={"field": "deadline", "value": "30/09/2027"}).status_code == 200
    with app.state.db.session() as s:
        assert [(h.task_id, h.deadline) for h in search(s, undated, Filters(has_deadline=True))] == [(task_id, "2027-09-30")]
        assert search(s, undated, Filters(has_deadline=False)) == []


def test_the_json_api_tells_the_corrected_facts(corrected):
    app, stc, ids = corrected
    task = stc.get(f"/api/tasks/{ids['task']}").json()
    assert task["lead"] == [NEW_LEAD] and task["deadline"] == NEW_DEADLINE.isoformat()
    assert task["status"] == "chua_hoan_thanh_trong_han"
    assert task["lead_today"] == [TODAY_HOLDER]
    plan = stc.get(f"/api/plans/{ids['plan']}").json()
    listed = next(t for t in plan["tasks"] if t["id"] == ids["task"])
    assert listed["lead"] == [NEW_LEAD] and listed["deadline"] == NEW_DEADLINE.isoformat()
    assert listed["status"] == "chua_hoan_thanh_trong_han"
    calendar = stc.get("/api/calendar").json()
    assert {(i["agency"], i["holder"], i["tasks"]) for i in calendar if i["agency"] == NEW_LEAD} == {
        (NEW_LEAD, SUCCESSOR, 1)}
    assert {i["tasks"] for i in calendar if i["agency"] == OLD_LEAD} == {3}


def test_the_excel_and_word_exports_tell_the_corrected_facts(corrected):
    app, stc, ids = corrected
    book = openpyxl.load_workbook(io.BytesIO(stc.get(f"/plans/{ids['plan']}/export.xlsx").content))
    row = next(r for r in book["Nhiệm vụ"].iter_rows(min_row=4, values_only=True) if r[0] == "II.1.a.1")
    assert row[2] == TODAY_HOLDER and row[4].date() == NEW_DEADLINE
    assert row[5].startswith("Chưa hoàn thành, trong hạn")
    document = docx.Document(io.BytesIO(stc.get(f"/plans/{ids['plan']}/export.docx").content))
    cells = next([c.text for c in r.cells] for r in document.tables[2].rows if r.cells[0].text == "II.1.a.1")
    assert cells[2] == TODAY_HOLDER and cells[4] == NEW_DEADLINE_TEXT
    assert cells[5].startswith("Chưa hoàn thành, trong hạn")
    assert TODAY_HOLDER in stc.get(f"/plans/{ids['plan']}/export.csv").text


def test_reminders_go_to_the_body_that_holds_the_corrected_leads_duties(corrected):
    app, stc, ids = corrected
    with app.state.db.session() as s, s.begin():
        told: dict[str, list[str]] = {}
        for notice in notifications.produce(s, days=3650):
            told.setdefault(s.get(User, notice.user_id).username, []).append(notice.text)
        assert any(TODAY_HOLDER in text and "0/1" in text for text in told["vp"])
        old_lead = [i.tasks for i in reminders.pending(s, days=3650) if i.agency.name == "Sở Thông tin và Truyền thông"]
        assert old_lead and set(old_lead) == {3}  # the old lead no longer owes this task's report
    pending = stc.get("/api/reminders", params={"days": 3650}).json()
    assert [(i["holder"], i["tasks"]) for i in pending if i["agency"] == NEW_LEAD] == [(SUCCESSOR, 1)]
    page = stc.get("/reminders", params={"days": 3650}).text
    assert f">{SUCCESSOR}</a> <span class=\"meta\">(Quảng Trị)</span>" in page and f">{NEW_LEAD}</a>, {PROVINCE})" in page


def test_the_calendar_feed_names_the_corrected_lead_and_its_successor(corrected):
    app, stc, ids = corrected
    feed = Calendar.from_ical(stc.get("/calendar.ics").content)
    summaries = [str(event["summary"]) for event in feed.walk("VEVENT")]
    mine = [text for text in summaries if NEW_LEAD in text]
    assert len(mine) == 1 and TODAY_HOLDER in mine[0]
    assert "Sở Khoa học và Công nghệ (Quảng Trị) (kế hoạch ghi: Sở Thông tin và Truyền thông, Quảng Bình)" in " ".join(summaries)
    descriptions = [str(event["description"]) for event in feed.walk("VEVENT") if NEW_LEAD in str(event["summary"])]
    assert "0/1 báo cáo đã gửi" in descriptions[0]
