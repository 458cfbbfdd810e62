"""Permissions: one province's staff never act on another's reports, exports show only what the reader
may read, a coordinator writes only its own part, nobody approves their own report (SQLite and PostgreSQL)."""
import io
import json

import docx
import openpyxl
import pytest
from sqlalchemy import select

from security_world import (PDF, PERIOD_A, PERIOD_B, TASK_A, TASK_B, build, plan_id, signed_in, target_id,
                            task_id, task_target)
from vnplan.monitor.access import Actor, Subject, allows
from vnplan.register.models import Target


@pytest.fixture
def app(db, tmp_path):
    return build(db, tmp_path)


def _report(c, task, period, text, submit=False):
    r = c.post(f"/api/tasks/{task}/reports", json={"period": period, "result": text, "percent": 50, "submit": submit})
    assert r.status_code == 200, r.text
    return r.json()


def test_the_rule_reads_province_agency_and_authorship():
    planning_a = Actor(1, "planning", "quang binh", frozenset())
    agency_a = Actor(2, "agency", "quang binh", frozenset({10}))
    draft = Subject("quang binh", frozenset({10, 11}), owner=10, status="draft", writers=frozenset({2}))
    sent = Subject("quang binh", frozenset({10, 11}), owner=10, status="submitted", writers=frozenset({2}))
    elsewhere = Subject("ha tinh", frozenset({20}), owner=20, status="submitted", writers=frozenset({3}))
    assert allows(agency_a, "read", draft) and not allows(planning_a, "read", draft)
    assert allows(planning_a, "review", sent) and not allows(planning_a, "review", elsewhere)
    assert not allows(Actor(2, "planning", "quang binh", frozenset()), "review", sent)  # wrote it
    assert not allows(Actor(5, "agency", "quang binh", frozenset({11})), "submit", sent)  # a coordinator
    assert not allows(Actor(6, "leader", "ha tinh", frozenset()), "read", sent)
    assert allows(Actor(7, "admin", None, frozenset()), "reopen", elsewhere)


def test_planning_staff_of_another_province_cannot_touch_its_reports(app):
    agency_a, planning_a, planning_b = signed_in(app, "tttt_a"), signed_in(app, "stc_a"), signed_in(app, "stc_b")
    tid = task_id(app, TASK_A)
    report = _report(agency_a, tid, PERIOD_A, "Đã có dự thảo Quy chế")
    upload = agency_a.post(f"/api/reports/{report['id']}/attachments", files={"file": ("bien-ban.pdf", PDF, "application/pdf")})
    report = agency_a.post(f"/api/reports/{report['id']}/submit", json={"revision": report["revision"]}).json()
    for action in ("approve", "return"):
        r = planning_b.post(f"/api/reports/{report['id']}/{action}", json={"revision": report["revision"], "comment": "x"})
        assert r.status_code == 403 and r.json()["detail"] and r.json()["detail_en"]
    assert planning_b.get(f"/attachments/{upload.json()['id']}", headers={"accept": "application/json"}).status_code == 403
    r = planning_b.post(f"/api/tasks/{tid}/reports", json={"period": PERIOD_A, "result": "Báo cáo thay"})
    assert r.status_code == 403 and "cơ quan mình" in r.json()["detail"]
    for field, value in (("lead", ["Sở Nội vụ"]), ("deadline", "2024-12-31")):
        assert planning_b.post(f"/api/tasks/{tid}/corrections", json={"field": field, "value": value}).status_code == 403
    assert planning_b.post(f"/api/targets/{target_id(app, '215/KH-UBND')}/corrections",
                           json={"field": "max", "value": "1"}).status_code == 403
    approved = planning_a.post(f"/api/reports/{report['id']}/approve", json={"revision": report["revision"]}).json()
    assert approved["status"] == "approved"
    r = planning_b.post(f"/api/reports/{report['id']}/reopen", json={"revision": approved["revision"], "comment": "x"})
    assert r.status_code == 403
    assert signed_in(app, "ld_b").get(f"/api/reports/{report['id']}").status_code == 403
    assert signed_in(app, "ld_a").get(f"/api/reports/{report['id']}").status_code == 200
    assert not signed_in(app, "ld_b").get(f"/api/tasks/{tid}").json()["reports"]
    assert planning_b.get(f"/tasks/{tid}").text.count("Đã có dự thảo Quy chế") == 0


def _export_texts(c, pid) -> dict[str, str]:
    out = {"json": c.get(f"/api/plans/{pid}/export.json").text, "csv": c.get(f"/api/plans/{pid}/export.csv").text}
    book = openpyxl.load_workbook(io.BytesIO(c.get(f"/api/plans/{pid}/export.xlsx").content))
    out["xlsx"] = " ".join(str(cell.value) for row in book["Nhiệm vụ"].iter_rows() for cell in row)
    word = docx.Document(io.BytesIO(c.get(f"/plans/{pid}/export.docx").content))
    out["docx"] = " ".join(cell.text for t in word.tables for r in t.rows for cell in r.cells)
    return out


def test_exports_hold_only_what_the_reader_may_read(app):
    agency_a, other_agency, planning_a = signed_in(app, "tttt_a"), signed_in(app, "ct_a"), signed_in(app, "stc_a")
    pid = plan_id(app, "215/KH-UBND")
    readers = (agency_a, other_agency, planning_a, signed_in(app, "ld_a"), signed_in(app, "stc_b"))
    draft = _report(agency_a, task_id(app, TASK_A), PERIOD_A, "Nội dung nháp chưa gửi")
    sent = agency_a.post(f"/api/reports/{draft['id']}/submit", json={"revision": draft["revision"]}).json()
    for reader in readers:  # an official report states what was approved: neither a draft nor a report in the inbox
        assert not any("Nội dung nháp chưa gửi" in text for text in _export_texts(reader, pid).values())
    planning_a.post(f"/api/reports/{draft['id']}/approve", json={"revision": sent["revision"]})
    for reader in readers[:4]:  # approved: the same for every reader of the province, and for no other province's
        assert all("Nội dung nháp chưa gửi" in text for text in _export_texts(reader, pid).values())
    assert not any("Nội dung nháp chưa gửi" in text for text in _export_texts(readers[4], pid).values())
    assert json.loads(_export_texts(signed_in(app, "stc_b"), pid)["json"])["plan"]["number"] == "215/KH-UBND"


def test_a_coordinator_writes_its_own_part_not_the_leads(app):
    lead, coordinator = signed_in(app, "tttt_b"), signed_in(app, "ct_b")
    tid = task_id(app, TASK_B)
    draft = _report(lead, tid, PERIOD_B, "Phần của cơ quan chủ trì")
    r = coordinator.post(f"/api/reports/{draft['id']}/submit", json={"revision": draft["revision"]})
    assert r.status_code == 403 and r.json()["detail"]
    assert coordinator.post(f"/api/reports/{draft['id']}/attachments",
                            files={"file": ("x.pdf", PDF, "application/pdf")}).status_code == 403
    assert coordinator.get(f"/api/reports/{draft['id']}").status_code == 403  # a draft stays with its agency
    own = _report(coordinator, tid, PERIOD_B, "Phần của cơ quan phối hợp", submit=True)
    assert own["id"] != draft["id"] and own["status"] == "submitted"
    assert lead.get(f"/api/reports/{draft['id']}").json()["status"] == "draft"
    # the same department of the other province has no part in this task
    assert signed_in(app, "tttt_a").post(f"/api/tasks/{tid}/reports", json={"period": PERIOD_B}).status_code == 403


def test_nobody_approves_a_report_they_wrote_or_submitted(app):
    writer, colleague = signed_in(app, "stc_a"), signed_in(app, "stc_a2")
    report = _report(writer, task_id(app, TASK_A), PERIOD_A, "Sở tổng hợp thay cơ quan chủ trì", submit=True)
    r = writer.post(f"/api/reports/{report['id']}/approve", json={"revision": report["revision"]})
    assert r.status_code == 403 and "chính mình" in r.json()["detail"]
    assert writer.post(f"/api/reports/{report['id']}/return",
                       json={"revision": report["revision"], "comment": "x"}).status_code == 403
    r = colleague.post(f"/api/reports/{report['id']}/approve", json={"revision": report["revision"]})
    assert r.status_code == 200 and r.json()["status"] == "approved"


def test_the_history_of_an_approved_report_keeps_its_drafts_with_its_agency(app):
    agency_a, planning_a = signed_in(app, "tttt_a"), signed_in(app, "stc_a")
    report = _report(agency_a, task_id(app, TASK_A), PERIOD_A, "Bản nháp nội bộ")
    report = agency_a.post(f"/api/tasks/{task_id(app, TASK_A)}/reports",
                           json={"period": PERIOD_A, "result": "Bản gửi Sở", "revision": report["revision"], "submit": True}).json()
    planning_a.post(f"/api/reports/{report['id']}/approve", json={"revision": report["revision"]})
    other = signed_in(app, "ct_a").get(f"/api/reports/{report['id']}/history").json()
    assert not any("Bản nháp nội bộ" in (h["snapshot"] or "") for h in other)
    assert any("Bản gửi Sở" in (h["snapshot"] or "") for h in other)
    own = agency_a.get(f"/api/reports/{report['id']}/history").json()
    assert any("Bản nháp nội bộ" in (h["snapshot"] or "") for h in own)


# the menu's link -> the part of the app it opens, and a page of that part (/report leads to a quarter's)
MENU_AREAS = {"/intake": ("intake", "/intake"), "/home": ("own_work", "/home"), "/report": ("own_work", "/report/2024-Q2"),
              "/users": ("users", "/users"), "/audit": ("audit", "/audit")}


@pytest.mark.parametrize("username, opens", [("tttt_a", {"own_work"}), ("stc_a", {"intake", "audit"}),
                                             ("ld_a", set()), ("quantri", {"intake", "audit", "users"})])
def test_the_menu_and_the_routes_open_the_same_parts_of_the_app(app, username, opens):
    c = signed_in(app, username)
    menu = c.get("/plans").text.split("<nav>")[1].split("</nav>")[0]
    assert {area for link, (area, _) in MENU_AREAS.items() if f'href="{link}"' in menu} == opens
    for area, page in MENU_AREAS.values():
        status = c.get(page).status_code
        assert status in (200, 403) and (status == 200) == (area in opens), (page, status)


def test_the_plan_page_offers_a_targets_figures_to_who_may_write_them(app):
    target = task_target(app)
    page = f"/plans/{plan_id(app, '215/KH-UBND')}"
    form = f'action="/targets/{target}/actual"'
    offered = {username for username in ("tttt_a", "ct_a", "stc_a", "ld_a", "stc_b", "quantri")
               if form in signed_in(app, username).get(page).text}
    assert offered == {"tttt_a", "stc_a", "quantri"}  # its lead, the province's planning department, the admin


def test_each_department_is_offered_the_figures_of_its_own_tasks_targets_only(app):
    """The page decides for all its targets at once: each target's form goes with the lead of its own task."""
    with app.state.db.session() as s:
        by_path = {path: target for target, path in s.execute(select(Target.id, Target.task_path).where(
            Target.task_path.in_(["II.2.a.1", "II.3.a.1"])))}
        every = set(s.scalars(select(Target.id)))
    page = f"/plans/{plan_id(app, '215/KH-UBND')}"
    for username, path in (("tttt_a", "II.2.a.1"), ("ct_a", "II.3.a.1")):
        text = signed_in(app, username).get(page).text
        assert {t for t in every if f'action="/targets/{t}/actual"' in text} == {by_path[path]}, username
