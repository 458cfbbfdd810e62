"""The focal point's period report: every line owed in a window, saved line by line, submitted together.

Over HTTP with FastAPI's test client on SQLite and PostgreSQL, on the sample plan
(one report due on 15/04/2024: the window 2024-Q2 holds it, 2024-Q3 does not).
"""
import os
import re
import time
from datetime import date, datetime, timedelta

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from conftest import SAMPLE, api_client
from vnplan.monitor import period_corrections, period_report, reports, users
from vnplan.monitor.formatting import TIMEZONE, format_date, today_local
from vnplan.monitor.status import DONE_ON_TIME, task_status
from vnplan.register import agencies as registry
from vnplan.register import ingest
from vnplan.register.models import Plan, ProgressReport, ReportRevision, TargetActual
from vnplan.web.app import create_app
from vnplan.web.settings import Settings

WINDOW = "2024-Q2"
PERIOD = "once-2024-04-15"


@pytest.fixture
def app(db, tmp_path):
    ingest(db, [SAMPLE])
    with db.session() as s, s.begin():
        province = "Quảng Bình"
        own = registry.find(s, "Sở Thông tin và Truyền thông", province)[0]
        users.create_user(s, "tttt", "mat-khau-tttt", "agency", agency=own)
        users.create_user(s, "tttt2", "mat-khau-tttt2", "agency", agency=own)
        users.create_user(s, "nv", "mat-khau-nv", "agency", agency=registry.find(s, "Sở Nội vụ", province)[0])
        users.create_user(s, "ct", "mat-khau-ct", "agency", agency=registry.find(s, "Sở Công Thương", province)[0])
        users.create_user(s, "stc", "mat-khau-stc", "planning", province=province)
    return create_app(db, Settings(tmp_path, "x" * 48))


def client(app, username, password) -> TestClient:
    return api_client(app, username, password)


def owed(c, window=WINDOW) -> dict[str, dict]:
    r = c.get(f"/api/report/{window}")
    assert r.status_code == 200, r.text
    return {line["key"]: line for line in r.json()["lines"]}


def stored(app) -> tuple[int, int, int]:
    with app.state.db.session() as s:
        return tuple(s.scalar(select(func.count()).select_from(m)) for m in (ProgressReport, TargetActual, ReportRevision))


def key_of(lines: dict, prefix: str) -> str:
    return next(k for k, line in lines.items() if (line.get("text") or line.get("indicator", "")).startswith(prefix))


OWN = "Tham mưu ban hành Quy chế"
MEDIA = "Tổ chức tuyên truyền"
NETWORK = "Phối hợp với các doanh nghiệp viễn thông"


def test_lines_owed_by_the_agency_in_the_window(app):
    lines = owed(client(app, "tttt", "mat-khau-tttt"))
    tasks = [line for line in lines.values() if line["kind"] == "task"]
    assert len(tasks) == 4 and {line["role"] for line in tasks} == {"chủ trì"}
    assert [line for line in lines.values() if line["kind"] == "target"]  # the 4G coverage target of its task
    assert {line["period"] for line in lines.values()} == {PERIOD}
    assert owed(client(app, "tttt", "mat-khau-tttt"), "2024-Q3") == {}
    roles = {line["text"][:25]: line["role"] for line in owed(client(app, "nv", "mat-khau-nv")).values()}
    assert roles[OWN[:25]] == "phối hợp" and "chủ trì" in roles.values()


def test_fill_several_lines_save_as_draft_then_submit_together(app):
    c = client(app, "tttt", "mat-khau-tttt")
    lines = owed(c)
    own, media, network = key_of(lines, OWN), key_of(lines, MEDIA), key_of(lines, NETWORK)
    target = next(k for k, line in lines.items() if line["kind"] == "target")
    r = c.post(f"/api/report/{WINDOW}", json={"lines": {
        own: {"progress_label": "dang_trien_khai", "percent": "60", "revision": 0},
        media: {"progress_label": "dang_trien_khai", "result": "Đã phát 12 phóng sự trên Đài tỉnh", "revision": 0},
        network: {"revision": 0},  # left blank: not a report
        target: {"value": "97,5", "revision": 0}}})
    assert r.status_code == 200, r.text
    assert {o["key"]: o["state"] for o in r.json()["lines"]} == {own: "saved", media: "saved", network: "skipped",
                                                                 target: "saved"}
    lines = owed(c)
    assert lines[own]["status"] == "draft" and lines[own]["revision"] == 1
    r = c.post(f"/api/report/{WINDOW}", json={"submit": True, "lines": {
        own: {"progress_label": "hoan_thanh", "percent": "100", "completed_on": "20/06/2024", "revision": 1},
        media: {"progress_label": "dang_trien_khai", "result": "Đã phát 12 phóng sự trên Đài tỉnh", "revision": 1},
        target: {"value": "97,5", "revision": 1}}})
    assert {o["state"] for o in r.json()["lines"]} == {"submitted"}
    lines = owed(c)
    assert all(lines[k]["status"] == "submitted" and not lines[k]["editable"] for k in (own, media, target))
    with app.state.db.session() as s:
        report = s.get(ProgressReport, s.scalar(select(ProgressReport.id).where(ProgressReport.percent == 100)))
        assert report.completed_on == date(2024, 6, 20)
        assert s.scalar(select(TargetActual.value)) == 97.5
        planning = s.scalar(select(users.User).where(users.User.username == "stc"))
        reports.approve(s, planning, report)
        task = reports.task_of_report(s, report)
        # the day the work was done decides: 20/06 is before the 30/06 deadline although approved much later
        assert task_status(task.deadline, reports.plan_of_task(s, task), [report]).state == DONE_ON_TIME


def test_an_empty_report_is_refused(app):
    c = client(app, "tttt", "mat-khau-tttt")
    lines = owed(c)
    before = stored(app)
    r = c.post(f"/api/report/{WINDOW}", json={"submit": True, "lines": {k: {"revision": 0} for k in lines}})
    assert r.status_code == 400 and "Báo cáo trống" in r.json()["detail"]
    page = c.post(f"/report/{WINDOW}", data={"csrf_token": c.headers["X-CSRF-Token"], "action": "submit",
                                             **{f"{k}.revision": "0" for k in lines}})
    assert page.status_code == 400 and "Báo cáo trống" in page.text
    assert stored(app) == before


@pytest.mark.parametrize("values, message", [
    ({"percent": "50"}, "tình trạng"),
    ({"progress_label": "dang_trien_khai"}, "tỷ lệ hoàn thành hoặc kết quả"),
    ({"progress_label": "hoan_thanh", "percent": "100"}, "ngày hoàn thành"),
    ({"progress_label": "hoan_thanh", "percent": "100", "completed_on": "01/01/2999"}, "sau hôm nay"),
    ({"progress_label": "hoan_thanh", "percent": "10", "completed_on": "01/06/2024"}, "tỷ lệ hoàn thành là 100%"),
    ({"progress_label": "dang_trien_khai", "percent": "45,5"}, "số nguyên từ 0 đến 100"),
    # a completion day typed is never dropped unseen: a wrong one is said so, and it goes with "hoàn thành" only
    ({"progress_label": "dang_trien_khai", "percent": "40", "completed_on": "31/11/2024"}, "Ngày không hợp lệ"),
    ({"progress_label": "dang_trien_khai", "percent": "40", "completed_on": "01/06/2024"}, "chỉ ghi khi tình trạng"),
])
def test_an_incomplete_line_is_reported_and_the_others_saved(app, values, message):
    c = client(app, "tttt", "mat-khau-tttt")
    lines = owed(c)
    own, media = key_of(lines, OWN), key_of(lines, MEDIA)
    r = c.post(f"/api/report/{WINDOW}", json={"lines": {
        own: values | {"revision": 0}, media: {"progress_label": "chua_trien_khai", "result": "Đang chuẩn bị"}}})
    outcome = {o["key"]: o for o in r.json()["lines"]}
    assert outcome[own]["state"] == "invalid" and message in outcome[own]["message"]
    assert outcome[media]["state"] == "saved"
    assert owed(c)[own]["status"] is None


def test_a_stale_line_is_reported_and_the_others_saved(app):
    c, colleague = client(app, "tttt", "mat-khau-tttt"), client(app, "tttt2", "mat-khau-tttt2")
    lines = owed(c)
    own, media = key_of(lines, OWN), key_of(lines, MEDIA)
    first = {"progress_label": "dang_trien_khai", "percent": "30"}
    assert c.post(f"/api/report/{WINDOW}", json={"lines": {own: first | {"revision": 0}}}).status_code == 200
    colleague.post(f"/api/report/{WINDOW}", json={"lines": {own: first | {"percent": "40", "revision": 1}}})
    r = c.post(f"/api/report/{WINDOW}", json={"submit": True, "lines": {
        own: first | {"percent": "35", "revision": 1},  # read before the colleague's change
        media: {"progress_label": "dang_trien_khai", "percent": "20", "revision": 0}}})
    outcome = {o["key"]: o for o in r.json()["lines"]}
    assert outcome[own]["state"] == "stale" and "người khác sửa" in outcome[own]["message"]
    assert outcome[media]["state"] == "submitted"
    lines = owed(c)
    assert lines[own]["status"] == "draft" and lines[own]["revision"] == 2
    with app.state.db.session() as s:
        assert s.scalar(select(ProgressReport.percent).where(ProgressReport.status == "draft")) == 40


def test_a_line_sent_back_as_its_page_showed_it_is_not_written_again(app):
    """Two tabs (or two colleagues) on one period report: each save writes only the lines its reader changed, so an
    older page never puts back, over newer words, a line its reader did not touch; nor does a save count them."""
    tab_a, tab_b = client(app, "tttt", "mat-khau-tttt"), client(app, "tttt2", "mat-khau-tttt2")
    lines = owed(tab_a)
    own, media = key_of(lines, OWN), key_of(lines, MEDIA)
    drafts = {own: {"progress_label": "dang_trien_khai", "result": "Bản nháp đầu"},
              media: {"progress_label": "dang_trien_khai", "result": "Đã phát 3 phóng sự"}}
    tab_a.post(f"/api/report/{WINDOW}", json={"lines": {k: v | {"revision": 0} for k, v in drafts.items()}})
    seen = {k: line["revision"] for k, line in owed(tab_b).items()}  # both tabs show revision 1 of each line
    newer = drafts[own] | {"result": "BẢN MỚI NHẤT của tab A"}
    r = tab_a.post(f"/api/report/{WINDOW}", json={"lines": {own: newer | {"revision": seen[own]},
                                                           media: drafts[media] | {"revision": seen[media]}}})
    assert {o["key"]: o["state"] for o in r.json()["lines"]} == {own: "saved", media: "unchanged"}
    r = tab_b.post(f"/api/report/{WINDOW}", json={"lines": {  # tab B, still on revision 1, changes the other line only
        own: drafts[own] | {"revision": seen[own]}, media: drafts[media] | {"result": "Đã phát 4 phóng sự",
                                                                            "revision": seen[media]}}})
    assert {o["key"]: o["state"] for o in r.json()["lines"]} == {own: "unchanged", media: "saved"}
    with app.state.db.session() as s:
        assert set(s.scalars(select(ProgressReport.result))) == {"BẢN MỚI NHẤT của tab A", "Đã phát 4 phóng sự"}
    page = tab_b.post(f"/report/{WINDOW}", follow_redirects=True, data={
        "csrf_token": tab_b.headers["X-CSRF-Token"], "action": "save", f"{own}.revision": str(seen[own]),
        **{f"{own}.{name}": value for name, value in drafts[own].items()}})
    assert "Đã lưu 0 dòng. 1 dòng không thay đổi." in page.text


def test_the_period_report_keeps_what_a_line_has_no_box_for(app):
    """The task page holds the proposals (kiến nghị, đề xuất); the period report has no box for them, and must
    not empty them when it saves or sends the line."""
    c = client(app, "tttt", "mat-khau-tttt")
    own = key_of(owed(c), OWN)
    with app.state.db.session() as s:
        task_id = s.scalar(select(reports.Task.id).where(reports.Task.text.like(OWN + "%")))
    saved = c.post(f"/api/tasks/{task_id}/reports", json={"period": PERIOD, "percent": 40, "result": "Đang soạn",
                                                          "proposals": "Đề nghị bố trí 2 tỷ đồng"})
    assert saved.status_code == 200, saved.text
    r = c.post(f"/api/report/{WINDOW}", json={"submit": True, "lines": {own: {
        "progress_label": "dang_trien_khai", "percent": "50", "result": "Đã trình dự thảo", "revision": 1}}})
    assert r.json()["lines"][0]["state"] == "submitted"
    with app.state.db.session() as s:
        assert s.scalar(select(ProgressReport.proposals)) == "Đề nghị bố trí 2 tỷ đồng"


def test_who_may_not(app):
    before = stored(app)
    c = client(app, "ct", "mat-khau-ct")  # another agency: the lines of TTTT are not its own
    tttt_lines = owed(client(app, "tttt", "mat-khau-tttt"))
    own = key_of(tttt_lines, OWN)
    r = c.post(f"/api/report/{WINDOW}", json={"lines": {own: {"progress_label": "dang_trien_khai", "percent": "5"}}})
    assert r.status_code == 403
    assert client(app, "stc", "mat-khau-stc").get(f"/api/report/{WINDOW}").status_code == 403
    assert client(app, "stc", "mat-khau-stc").get(f"/report/{WINDOW}").status_code == 403
    assert TestClient(app).get(f"/api/report/{WINDOW}").status_code == 401
    no_token = TestClient(app, cookies=client(app, "tttt", "mat-khau-tttt").cookies)
    r = no_token.post(f"/api/report/{WINDOW}", json={"lines": {own: {"progress_label": "dang_trien_khai", "percent": "5"}}})
    assert r.status_code == 403
    assert client(app, "tttt", "mat-khau-tttt").get("/api/report/2024-Q9").status_code == 400
    assert stored(app) == before


def test_a_submitted_report_not_yet_reviewed_can_be_withdrawn(app):
    c = client(app, "tttt", "mat-khau-tttt")
    lines = owed(c)
    own, media = key_of(lines, OWN), key_of(lines, MEDIA)
    c.post(f"/api/report/{WINDOW}", json={"submit": True, "lines": {
        own: {"progress_label": "dang_trien_khai", "percent": "50"},
        media: {"progress_label": "dang_trien_khai", "percent": "10"}}})
    with app.state.db.session() as s:
        ids = dict(s.execute(select(ProgressReport.percent, ProgressReport.id)).all())
    assert client(app, "ct", "mat-khau-ct").post(f"/api/report/withdraw/{ids[50]}", json={}).status_code == 403
    r = c.post(f"/api/report/withdraw/{ids[50]}", json={"revision": 2})
    assert r.status_code == 200 and r.json()["status"] == "draft"
    assert owed(c)[own]["editable"]
    with app.state.db.session() as s, s.begin():
        planning = s.scalar(select(users.User).where(users.User.username == "stc"))
        reports.approve(s, planning, s.get(ProgressReport, ids[10]))
    r = c.post(f"/api/report/withdraw/{ids[10]}", json={})
    assert r.status_code == 400 and "chưa được xem xét" in r.json()["detail"]


def test_a_target_figure_sent_and_not_yet_reviewed_can_be_withdrawn_too(app):
    """A mistyped figure (1.234,5 for a rate) need not wait for the planning department to return it."""
    c = client(app, "tttt", "mat-khau-tttt")
    target = next(k for k, line in owed(c).items() if line["kind"] == "target")
    c.post(f"/api/report/{WINDOW}", json={"submit": True, "lines": {target: {"value": "1.234,5", "revision": 0}}})
    page = c.get(f"/report/{WINDOW}").text
    form = re.search(r'action="(/report/[^"]+/withdraw-figure/(\d+))"', page)
    assert form and f'form="rut-{target}">Rút lại</button>' in page
    done = c.post(form[1], data={"csrf_token": c.headers["X-CSRF-Token"], "revision": owed(c)[target]["revision"]},
                  follow_redirects=False)
    assert done.status_code == 303 and owed(c)[target]["status"] == "draft" and owed(c)[target]["editable"]
    assert client(app, "ct", "mat-khau-ct").post(f"/api/report/withdraw-figure/{form[2]}", json={}).status_code == 403
    assert c.post(f"/api/report/withdraw-elsewhere/{form[2]}", json={}).status_code == 404


def test_a_saved_figure_comes_back_into_its_field_whole(app):
    """A large or precise figure goes back into the form with every digit and a decimal comma, not as "1.23457e+07",
    so that saving the page again reads the same number."""
    c = client(app, "tttt", "mat-khau-tttt")
    target = next(k for k, line in owed(c).items() if line["kind"] == "target")
    assert c.post(f"/api/report/{WINDOW}", json={"lines": {target: {"value": "12345678", "revision": 0}}}).status_code == 200
    page = c.get(f"/report/{WINDOW}").text
    assert f'name="{target}.value" size="8" inputmode="decimal" aria-label="Giá trị thực hiện" value="12345678"' in page
    assert c.post(f"/api/report/{WINDOW}", json={"lines": {target: {"value": "123456,78", "revision": 1}}}).status_code == 200
    assert 'value="123456,78"' in c.get(f"/report/{WINDOW}").text
    with app.state.db.session() as s:
        assert s.scalar(select(TargetActual.value)) == 123456.78


def test_a_saved_page_is_asked_for_anew_so_reloading_it_sends_nothing(app):
    """After "Gửi báo cáo" the browser is sent to the page itself: reloading it, or going back to it, asks for it again
    instead of sending the form a second time (which found every line already sent and said the report was empty)."""
    c = client(app, "tttt", "mat-khau-tttt")
    own = key_of(owed(c), OWN)
    answer = c.post(f"/report/{WINDOW}", follow_redirects=False, data={
        "csrf_token": c.headers["X-CSRF-Token"], "action": "submit", f"{own}.revision": "0",
        f"{own}.progress_label": "dang_trien_khai", f"{own}.percent": "40"})
    assert answer.status_code == 303 and answer.headers["location"] == f"/report/{WINDOW}"
    page = c.get(f"/report/{WINDOW}")
    assert "Đã lưu 1 dòng và gửi Sở Tài chính" in page.text
    sent = page.text.split('<ul class="sent-lines">')[1].split("</ul>")[0]  # which line went, by name
    assert sent.count("<li>") == 1 and OWN in sent
    again = c.get(f"/report/{WINDOW}")  # a reload
    assert again.status_code == 200 and "Đã lưu" not in again.text and "Báo cáo trống" not in again.text
    assert owed(c)[own]["status"] == "submitted"


def test_a_line_changed_meanwhile_shows_what_is_saved_beside_what_was_typed(app):
    """Two focal points of one body on one line: the second is told, sees the first one's saved words beside their own
    (kept in the field), and overwrites only by saving again, knowingly."""
    first, second = client(app, "tttt", "mat-khau-tttt"), client(app, "tttt2", "mat-khau-tttt2")
    own = key_of(owed(first), OWN)
    form = {"action": "save", f"{own}.revision": "0", f"{own}.progress_label": "dang_trien_khai"}
    assert first.post(f"/report/{WINDOW}", follow_redirects=False, data={
        **form, "csrf_token": first.headers["X-CSRF-Token"], f"{own}.result": "Bản của người thứ nhất"}).status_code == 303
    page = second.post(f"/report/{WINDOW}", data={
        **form, "csrf_token": second.headers["X-CSRF-Token"], f"{own}.result": "Bản của người thứ hai"}).text
    assert "Nội dung đang lưu (do người khác vừa sửa)" in page and "Bản của người thứ nhất" in page
    assert ">Bản của người thứ hai</textarea>" in page
    with app.state.db.session() as s:
        assert s.scalar(select(ProgressReport.result)) == "Bản của người thứ nhất"


def test_the_page_lists_lines_and_keeps_what_failed(app):
    c = client(app, "tttt", "mat-khau-tttt")
    page = c.get(f"/report/{WINDOW}")
    assert page.status_code == 200 and "Quý II/2024" in page.text and "hạn 15/04/2024" in page.text
    lines = owed(c)
    own, media = key_of(lines, OWN), key_of(lines, MEDIA)
    page = c.post(f"/report/{WINDOW}", data={
        "csrf_token": c.headers["X-CSRF-Token"], "action": "save",
        f"{own}.revision": "0", f"{own}.progress_label": "hoan_thanh", f"{own}.result": "Đã ban hành Quy chế",
        f"{media}.revision": "0", f"{media}.progress_label": "dang_trien_khai", f"{media}.percent": "45"})
    assert page.status_code == 200 and "Đã lưu 1 dòng" in page.text and "ngày hoàn thành" in page.text
    assert "Đã ban hành Quy chế" in page.text  # what was typed in the refused line is still there
    assert c.get("/report", follow_redirects=False).headers["location"].startswith("/report/")


def test_windows():
    assert period_report.window("2024-Q2").label == "Quý II/2024"
    assert period_report.window("2024-02").end == date(2024, 2, 29)
    assert period_report.neighbours("2024-Q1") == ("2023-Q4", "2024-Q2")
    with pytest.raises(period_report.InvalidInput):
        period_report.window("2024-13")


def test_focal_point_home_overdue_returned_and_approved_since_the_last_visit(app):
    c = client(app, "tttt", "mat-khau-tttt")
    lines = owed(c)
    own, media = key_of(lines, OWN), key_of(lines, MEDIA)
    page = c.get("/home")
    assert page.status_code == 200
    assert f"Quá hạn chưa báo cáo ({len(lines)})" in page.text and "Đã được duyệt  (0)" in page.text
    figures = sum(line["kind"] == "target" for line in lines.values())  # the inbox counts task reports only: said
    assert f"Gồm {len(lines) - figures} báo cáo nhiệm vụ và {figures} số liệu chỉ tiêu." in page.text
    c.post(f"/api/report/{WINDOW}", json={"submit": True, "lines": {
        own: {"progress_label": "dang_trien_khai", "percent": "50"},
        media: {"progress_label": "dang_trien_khai", "percent": "10"}}})
    with app.state.db.session() as s, s.begin():
        planning = s.scalar(select(users.User).where(users.User.username == "stc"))
        by_percent = {r.percent: r for r in s.scalars(select(ProgressReport))}
        reports.return_report(s, planning, by_percent[50], "Thiếu số liệu kết quả cụ thể")
        reports.approve(s, planning, by_percent[10])
    page = c.get("/home").text
    assert f"Quá hạn chưa báo cáo ({len(lines) - 2})" in page
    assert "Bị trả lại (1)" in page and "Thiếu số liệu kết quả cụ thể" in page
    assert "Đã được duyệt từ lần truy cập trước" in page and "(1)</h2>" in page.split('id="da-duyet"')[1]
    again = c.get("/home").text  # nothing approved since this last visit
    assert "(0)</h2>" in again.split('id="da-duyet"')[1]
    assert client(app, "stc", "mat-khau-stc").get("/home").status_code == 403


def test_a_partner_is_offered_its_line_but_is_not_late_on_the_leads_report(app):
    """The period report offers a coordinating body its line, to report its part; its home does not count that line
    as overdue, as the reporting rates and the reminders count only the lead's report."""
    c = client(app, "nv", "mat-khau-nv")
    lines = owed(c)
    partner = [line for line in lines.values() if line["kind"] == "task" and line["role"] == "phối hợp"]
    led = [line for line in lines.values() if line["kind"] == "task" and line["role"] == "chủ trì"]
    assert partner and led
    overdue = c.get("/home").text.split('id="qua-han"')[1].split("</section>")[0]
    assert all(f'href="/tasks/{line["task_id"]}?' in overdue for line in led)
    assert not any(f'href="/tasks/{line["task_id"]}?' in overdue for line in partner)


def test_a_report_falls_due_by_hanois_calendar_whatever_the_servers_zone(app):
    """A server kept in UTC (or anywhere) reads another date than Hà Nội's for hours every day: the focal point's home
    must still call a report due today "sắp đến hạn" and one due yesterday "quá hạn", as Hà Nội's calendar says."""
    hanoi = today_local()
    # a zone whose date differs from Hà Nội's right now: 19 hours behind before 19:00 there, 7 hours ahead after
    zone, due = ("Etc/GMT+12", hanoi - timedelta(days=1)) if datetime.now(TIMEZONE).hour < 19 else ("Etc/GMT-14", hanoi)
    db = app.state.db
    with db.session() as s, s.begin():
        planning = s.scalar(select(users.User).where(users.User.username == "stc"))
        plan = s.scalar(select(Plan))
        period_corrections.add_period(s, planning, plan, "once", format_date(due))
    kept = os.environ.get("TZ")
    os.environ["TZ"] = zone
    time.tzset()
    try:
        assert date.today() != hanoi  # the server's own calendar shows another day
        with db.session() as s:
            home = period_report.home(s, s.scalar(select(users.User).where(users.User.username == "tttt")), None)
            overdue, soon = ({line.period.key for line in lines} for lines in (home.overdue, home.due_soon))
    finally:
        os.environ.pop("TZ") if kept is None else os.environ.__setitem__("TZ", kept)
        time.tzset()
    key = f"once-{due.isoformat()}"
    assert (key in overdue, key in soon) == ((True, False) if due < hanoi else (False, True))


def test_choosing_a_window(app):
    c = client(app, "tttt", "mat-khau-tttt")
    r = c.get("/report?ky=2024-H1", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/report/2024-H1"
    assert c.get("/report?ky=2024-Q7").status_code == 400
    page = c.get("/report/2024-H1").text
    assert '<option value="2024-H1" selected>6 tháng đầu năm 2024</option>' in page
