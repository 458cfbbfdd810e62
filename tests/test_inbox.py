"""The planning department's inbox: what waits, in which order, decisions one by one and in bulk with each
report's revision check, the province boundary, and who may not (403, nothing changed)."""
import re
from datetime import date

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

import reporting_plans as rp
from vnplan.monitor import inbox, reports, users
from vnplan.monitor.errors import InvalidInput, PermissionDenied
from vnplan.register.models import Plan, PlanVersion, ProgressReport, Target, TargetActual
from vnplan.web.app import create_app
from vnplan.web.settings import Settings


@pytest.fixture
def waiting(db, tmp_path):
    """Three Quảng Bình reports waiting (sent on different days), one returned, one in Hà Tĩnh, one draft."""
    rp.setup(db, tmp_path)
    ids = {
        "nn-q1": rp.submit(db, "nn", "II.1.1", "2026-Q1", rp.utc(2026, 3, 25, 2)),
        "xd-q1": rp.submit(db, "xd", "II.2", "2026-Q1", rp.utc(2026, 3, 10, 2)),
        "nn-q2": rp.submit(db, "nn", "II.1.2", "2026-Q2", rp.utc(2026, 6, 15, 9)),
        "yt-q2": rp.submit(db, "yt", "II.3", "2026-Q2", rp.utc(2026, 6, 1, 2)),
        "ht": rp.submit(db, "nn-ht", "II.1.1", "2026-Q1", rp.utc(2026, 3, 1, 2), province=rp.OTHER_PROVINCE),
    }
    with db.session() as s, s.begin():
        reports.return_report(s, rp.user(s, "stc"), s.get(ProgressReport, ids["yt-q2"]), "Thiếu số liệu giám sát")
        reports.save_report(s, rp.user(s, "xd"), rp.task(s, "II.2"), "2026-Q2", {"percent": 10})  # a draft: not sent
    return db, ids


def status(db, report_id):
    with db.session() as s:
        report = s.get(ProgressReport, report_id)
        return report.status, report.revision


def test_waiting_reports_of_the_province_oldest_first_with_submitter(waiting):
    db, ids = waiting
    with db.session() as s:
        box = inbox.inbox(s, rp.user(s, "stc"), date(2026, 11, 30))
        assert [i.id for i in box.waiting] and [i.id for _, items in box.groups("oldest") for i in items] == [
            ids["xd-q1"], ids["nn-q1"], ids["nn-q2"]]
        first = box.groups("oldest")[0][1][0]
        assert (first.submitter, first.agency, first.period_label) == ("Lê Văn Nam", "Sở Xây dựng", "Quý I/2026")
        assert first.submitted_at.strftime("%d/%m/%Y %H:%M") == "10/03/2026 09:00"  # Hà Nội time
        assert [(name, [i.id for i in items]) for name, items in box.groups("agency")] == [
            ("Sở Nông nghiệp và Môi trường", [ids["nn-q1"], ids["nn-q2"]]), ("Sở Xây dựng", [ids["xd-q1"]])]
        assert [name for name, _ in box.groups("period")] == ["Quý I/2026", "Quý II/2026"]
        assert [(i.id, i.comment) for i in box.returned] == [(ids["yt-q2"], "Thiếu số liệu giám sát")]
        overdue = {name: missing for _, name, missing in box.overdue}
        assert overdue["Sở Nông nghiệp và Môi trường"] == 4  # 2 tasks x Q1-Q3, 2 received
        assert inbox.waiting_count(s, rp.user(s, "stc")) == 3
        assert inbox.waiting_count(s, rp.user(s, "stc-ht")) == 1


def test_bulk_approval_reports_a_stale_item_and_leaves_it_as_it_is(waiting):
    db, ids = waiting
    seen = {key: status(db, ids[key])[1] for key in ("nn-q1", "xd-q1")}
    with db.session() as s, s.begin():  # a colleague returns one of them meanwhile
        reports.return_report(s, rp.user(s, "stc"), s.get(ProgressReport, ids["xd-q1"]), "Bổ sung kết quả")
    with db.session() as s, s.begin():
        outcomes = inbox.decide_many(s, rp.user(s, "stc"), "approve",
                                     [inbox.Choice("report", ids[k], seen[k]) for k in ("nn-q1", "xd-q1")])
    assert [(o.choice.id, o.done, o.stale) for o in outcomes] == [(ids["nn-q1"], True, False),
                                                                    (ids["xd-q1"], False, True)]
    assert status(db, ids["nn-q1"])[0] == "approved"
    assert status(db, ids["xd-q1"])[0] == "returned"  # the colleague's decision stands
    # each outcome names what was decided as the reviewer knows it, not by a row number
    assert outcomes[0].subject.startswith("Kế hoạch ") and "Sở Nông nghiệp và Môi trường — Quý I/2026" in outcomes[0].subject
    assert "nhiệm vụ II.1.1" in outcomes[0].subject and "phiên bản" not in outcomes[1].message


def test_return_needs_a_reason_and_other_provinces_are_out_of_reach(waiting):
    db, ids = waiting
    before = status(db, ids["nn-q1"])
    with db.session() as s:
        with pytest.raises(InvalidInput):
            inbox.decide_many(s, rp.user(s, "stc"), "return", [inbox.Choice("report", ids["nn-q1"], before[1])], "  ")
    with db.session() as s, s.begin():
        [outcome] = inbox.decide_many(s, rp.user(s, "stc-ht"), "approve", [inbox.Choice("report", ids["nn-q1"], None)])
    assert not outcome.done and status(db, ids["nn-q1"]) == before
    with db.session() as s:
        with pytest.raises(PermissionDenied):
            inbox.inbox(s, rp.user(s, "nn"))


@pytest.fixture
def app(waiting, tmp_path):
    db, ids = waiting
    return create_app(db, Settings(tmp_path, "i" * 48)), ids


def test_agency_user_gets_403_on_the_inbox_and_on_bulk_approval_and_nothing_changes(app):
    app, ids = app
    db = app.state.db
    before = {key: status(db, report_id) for key, report_id in ids.items()}
    focal = rp.signed_in(app, "nn")
    assert focal.get("/api/inbox").status_code == 403
    body = {"action": "approve", "items": [{"kind": "report", "id": ids["nn-q1"], "revision": before["nn-q1"][1]}]}
    assert focal.post("/api/inbox/decide", json=body).status_code == 403
    assert focal.get("/inbox").status_code == 403
    form = {"csrf_token": focal.headers["X-CSRF-Token"], "action": "approve",
            "items": f"report:{ids['nn-q1']}:{before['nn-q1'][1]}"}
    assert focal.post("/inbox/decide", data=form).status_code == 403
    assert {key: status(db, report_id) for key, report_id in ids.items()} == before


def test_api_lists_and_decides_in_bulk(app):
    app, ids = app
    db = app.state.db
    planning = rp.signed_in(app, "stc")
    body = planning.get("/api/inbox?sort=agency").json()
    assert body["waiting_count"] == 3
    assert [g["group"] for g in body["waiting"]] == ["Sở Nông nghiệp và Môi trường", "Sở Xây dựng"]
    items = [i for g in body["waiting"] for i in g["items"]]
    assert all(i["submitted_at"].endswith("+07:00") for i in items)
    decided = planning.post("/api/inbox/decide", json={
        "action": "return", "comment": "Đề nghị bổ sung số liệu",
        "items": [{"kind": i["kind"], "id": i["id"], "revision": i["revision"]} for i in items]}).json()
    assert all(o["done"] for o in decided["outcomes"]) and len(decided["outcomes"]) == 3
    assert {status(db, i["id"])[0] for i in items} == {"returned"}
    assert planning.post("/api/inbox/decide", json={"action": "return", "items": [
        {"kind": "report", "id": ids["nn-q1"]}]}).status_code == 400  # no reason given


def test_pages_single_and_bulk_decisions_badge_and_home(app):
    app, ids = app
    db = app.state.db
    planning = TestClient(app)
    login = planning.get("/login")
    token = login.text.split('name="csrf_token" value="')[1].split('"')[0]
    signed = planning.post("/login", data={"username": "stc", "password": rp.PASSWORDS["stc"], "next": "/",
                                           "csrf_token": token}, follow_redirects=False)
    assert signed.headers["location"] == "/inbox"
    page = planning.get("/inbox")
    assert "Chờ duyệt <span class=\"badge\">(3)</span>" in page.text
    token = page.text.split('name="csrf_token" value="')[1].split('"')[0]
    key = f"report:{ids['nn-q1']}:{status(db, ids['nn-q1'])[1]}"
    other = f"report:{ids['nn-q2']}:{status(db, ids['nn-q2'])[1]}"
    planning.post("/inbox/decide", data={"csrf_token": token, "one": f"return {key}", "reason_for": [other, key],
                                         "reason": ["", "Chưa nêu khó khăn"]})
    assert status(db, ids["nn-q1"])[0] == "returned" and status(db, ids["nn-q2"])[0] == "submitted"
    with db.session() as s:
        assert s.get(ProgressReport, ids["nn-q1"]).comment == "Chưa nêu khó khăn"
    stale = f"report:{ids['xd-q1']}:1"
    fresh = f"report:{ids['nn-q2']}:{status(db, ids['nn-q2'])[1]}"
    after = planning.post("/inbox/decide", data={"csrf_token": token, "action": "approve", "items": [stale, fresh]})
    assert status(db, ids["nn-q2"])[0] == "approved" and status(db, ids["xd-q1"])[0] == "submitted"
    assert "Đã có người khác xử lý" in after.text and "Chờ duyệt <span class=\"badge\">(1)</span>" in after.text


def test_target_actuals_wait_and_are_decided_from_the_inbox(app):
    app, _ = app
    db = app.state.db
    with db.session() as s, s.begin():  # sent by an administrator: nobody decides on what they sent themselves
        admin = users.create_user(s, "qt", "mat-khau-qt", "admin", "Quản trị hệ thống")
        targets = s.scalars(select(Target).join(PlanVersion).join(Plan).where(Plan.province == rp.PROVINCE)
                            .order_by(Target.id)).all()
        for target, value in zip(targets, (61.5, 80)):
            reports.save_actual(s, admin, target, "2026-Q2", value, submit=True)
    planning = rp.signed_in(app, "stc")
    first, second = planning.get("/api/inbox").json()["actuals"]
    assert "61,5 %" in first["subject"]  # the decimal comma, as every figure a user reads
    planning.post("/api/inbox/decide", json={"action": "approve", "items": [
        {"kind": "actual", "id": first["id"], "revision": first["revision"]}]})
    page = planning.get("/inbox")
    token = page.text.split('name="csrf_token" value="')[1].split('"')[0]
    after = planning.post("/inbox/decide", data={"csrf_token": token, "action": "return", "comment": "Số liệu chưa khớp",
                                                 "items": [second["key"]]})
    assert re.search(r"chỉ tiêu «[^»]+» — [^<]*Quý II/2026: Đã trả lại", after.text)
    with db.session() as s:
        assert s.get(TargetActual, first["id"]).status == "approved"
        assert s.get(TargetActual, second["id"]).status == "returned"


def test_what_people_typed_stays_escaped_on_the_inbox_page(app):
    """The inbox's rows are written in Python (web/inbox_rows.py), not by the template: a reason, a name or a
    task text that holds markup must still come out as text."""
    app, ids = app
    db = app.state.db
    with db.session() as s, s.begin():
        s.get(ProgressReport, ids["yt-q2"]).comment = '<script>alert("lý do")</script> & <b>'
        rp.user(s, "nn").display_name = "<img src=x onerror=alert(1)>Hoa"
        rp.task(s, "II.2").text = 'Xây dựng "<i>đề án</i>" & triển khai'
    page = rp.signed_in(app, "stc").get("/inbox").text
    assert "<script>alert" not in page and "<img src=x" not in page and "<i>đề án</i>" not in page
    assert "&lt;script&gt;alert(&quot;lý do&quot;)&lt;/script&gt; &amp; &lt;b&gt;" in page
    assert "&lt;img src=x onerror=alert(1)&gt;Hoa" in page
    assert "Xây dựng &quot;&lt;i&gt;đề án&lt;/i&gt;&quot; &amp; triển khai" in page


def test_a_task_page_opens_on_the_first_period_its_reader_still_owes(waiting, tmp_path):
    """Not on the plan's first period when that one is sent already: on the first still owed (II.2: the first
    quarter sent, the second a draft)."""
    db, _ = waiting
    with db.session() as s:
        task_id = rp.task(s, "II.2").id
    page = rp.signed_in(create_app(db, Settings(tmp_path, "x" * 48)), "xd").get(f"/tasks/{task_id}").text
    assert '<option value="2026-Q2" selected>' in page
    assert '<option value="2026-Q1" selected>' not in page


def test_a_report_sent_today_says_so_not_zero_days_ago(app):
    app, _ = app
    db = app.state.db
    rp.submit(db, "yt", "II.3", "2026-Q3")  # now
    page = rp.signed_in(app, "stc").get("/inbox").text
    assert 'class="meta">hôm nay</span>' in page and ">0 ngày trước<" not in page
