"""Reporting periods corrected by the planning department: added, removed, given another due date — through the
API and the pages, seen by the reporting-rate table, the calendar and the report forms, audited, and refused
(changing nothing) for other people and for a period that already has reports."""
import json
import re
from datetime import date

import pytest
from sqlalchemy import func, select

import reporting_plans as rp
from vnplan.monitor import period_corrections, rates, reminders
from vnplan.monitor.calendar import due_items
from vnplan.monitor.errors import InvalidInput, PermissionDenied
from vnplan.monitor.periods import periods_for
from vnplan.register.models import AuditLog, PeriodCorrection, Plan
from vnplan.web.app import create_app
from vnplan.web.settings import Settings

TODAY = date(2026, 11, 30)  # Q4 2026 is due on 20/12/2026, not yet


@pytest.fixture
def app(world, tmp_path):
    return create_app(world, Settings(tmp_path, "p" * 48))


def periods(db, province=rp.PROVINCE) -> list[tuple[str, str]]:
    with db.session() as s:
        return [(p.key, p.due.isoformat()) for p in periods_for(s.get(Plan, rp.plan_id(db, province)), TODAY)]


def audit_rows(db, action: str) -> list[AuditLog]:
    with db.session() as s:
        return list(s.scalars(select(AuditLog).where(AuditLog.action == action).order_by(AuditLog.id)))


def corrections_count(db) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(PeriodCorrection))


def rate_cell(db, agency: str, period: str) -> rates.Cell:
    with db.session() as s:
        grid = rates.rate_table(s, rates.Filters(province=rp.PROVINCE), TODAY)
        return grid.cell({name: i for i, name in grid.agencies.items()}[agency], period)


def reminded(db, plan: int) -> set[str]:
    with db.session() as s:
        return {item.period.key for item in reminders.pending(s, 7, TODAY) if item.plan.id == plan}


def test_a_moved_due_date_is_what_the_rate_table_the_calendar_and_reminders_see(world, app):
    plan = rp.plan_id(world)
    assert rate_cell(world, "Sở Xây dựng", "2026-Q4").label == "Chưa đến hạn (0/1)"
    assert "2026-Q4" not in reminded(world, plan)  # due on 20/12, beyond the next seven days
    answer = rp.signed_in(app, "stc").put(f"/api/plans/{plan}/periods/2026-Q4", json={"due": "10/11/2026"})
    assert answer.status_code == 200, answer.text
    assert {"key": "2026-Q4", "due": "2026-11-10"}.items() <= next(p for p in answer.json() if p["key"] == "2026-Q4").items()
    assert rate_cell(world, "Sở Xây dựng", "2026-Q4").label == "Chưa nộp (quá hạn) (0/1)"  # now overdue
    assert "2026-Q4" in reminded(world, plan)
    with world.session() as s:
        due = {i.period.key: i.period.due for i in due_items(s, TODAY) if i.plan.id == plan}
    assert due["2026-Q4"] == date(2026, 11, 10) and due["2026-Q3"] == date(2026, 9, 20)
    rows = [row for row in rp.signed_in(app, "stc").get("/calendar").text.split("<tr")
            if "18/KH-UBND" in row and "Quý IV/2026" in row]  # Quảng Bình's plan, not Hà Tĩnh's copy
    assert rows and all("10/11/2026" in row and "20/12/2026" not in row for row in rows)
    [row] = audit_rows(world, "period.due")
    assert row.actor == "stc" and row.entity == "plan" and row.entity_id == plan
    assert json.loads(row.before_json)["due"] == "2026-12-20" and json.loads(row.after_json)["due"] == "2026-11-10"


def test_an_added_period_takes_reports_and_a_removed_one_takes_none(world, app):
    plan = rp.plan_id(world)
    planning = rp.signed_in(app, "stc")
    added = planning.post(f"/api/plans/{plan}/periods", json={"period": "2027-Q1", "due": "20/03/2027"})
    assert added.status_code == 200, added.text
    assert ("2027-Q1", "2027-03-20") in periods(world)
    [row] = audit_rows(world, "period.add")
    assert row.before_json is None and json.loads(row.after_json) == {
        "period": "2027-Q1", "label": "Quý I/2027", "start": "2027-01-01", "end": "2027-03-31", "due": "2027-03-20"}
    rp.submit(world, "nn", "II.1.1", "2027-Q1")  # the new period is one a report can be made for

    removed = planning.delete(f"/api/plans/{plan}/periods/2026-Q3")
    assert removed.status_code == 200 and "2026-Q3" not in [key for key, _ in periods(world)]
    [row] = audit_rows(world, "period.remove")
    assert json.loads(row.before_json)["label"] == "Quý III/2026" and row.after_json is None
    with pytest.raises(InvalidInput, match="Kỳ báo cáo không có trong kế hoạch"):
        rp.submit(world, "nn", "II.1.1", "2026-Q3")
    with world.session() as s:
        grid = rates.rate_table(s, rates.Filters(province=rp.PROVINCE), TODAY)
    assert [p.key for p in grid.periods] == ["2026-Q1", "2026-Q2", "2026-Q4", "2027-Q1"]


def test_a_period_with_a_report_is_never_removed(world, app):
    plan = rp.plan_id(world)
    rp.submit(world, "nn", "II.1.1", "2026-Q2")
    before, corrected = periods(world), corrections_count(world)
    refused = rp.signed_in(app, "stc").delete(f"/api/plans/{plan}/periods/2026-Q2")
    assert refused.status_code == 400
    assert "đã có 1 báo cáo" in refused.json()["detail"] and "cannot be removed" in refused.json()["detail_en"]
    assert periods(world) == before and corrections_count(world) == corrected and not audit_rows(world, "period.remove")
    page = rp.signed_in(app, "stc").post(f"/plans/{plan}/periods/2026-Q2/remove", headers={"accept": "text/html"})
    assert page.status_code == 400 and "Không thể bỏ kỳ báo cáo «Quý II/2026»" in page.text
    assert periods(world) == before


@pytest.mark.parametrize("username", ["nn", "stc-ht"])
def test_an_agency_or_another_provinces_planning_department_changes_nothing(world, app, username):
    plan = rp.plan_id(world)
    before, corrected = periods(world), corrections_count(world)
    other = rp.signed_in(app, username)
    assert other.post(f"/api/plans/{plan}/periods", json={"period": "2027-Q1", "due": "20/03/2027"}).status_code == 403
    assert other.put(f"/api/plans/{plan}/periods/2026-Q4", json={"due": "10/11/2026"}).status_code == 403
    assert other.delete(f"/api/plans/{plan}/periods/2026-Q3").status_code == 403
    assert other.post(f"/plans/{plan}/periods/2026-Q3/remove").status_code == 403
    assert other.post(f"/plans/{plan}/periods", data={"part": "-Q1", "year": "2027", "due": "20/03/2027"}).status_code == 403
    assert periods(world) == before and corrections_count(world) == corrected
    with world.session() as s:
        assert not s.scalar(select(func.count()).select_from(AuditLog).where(AuditLog.action.like("period.%")))
    page = other.get(f"/plans/{plan}")
    assert page.status_code == 200 and "Thêm kỳ báo cáo" not in page.text and "Quý III/2026" in page.text


def test_the_plan_page_lists_and_corrects_the_periods(world, app):
    plan = rp.plan_id(world)
    planning = rp.signed_in(app, "stc")
    page = planning.get(f"/plans/{plan}")
    assert 'id="ky-bao-cao"' in page.text and "Quý III/2026" in page.text and "20/09/2026" in page.text
    # the year box holds this year, not a grey example that looks filled in and sends nothing
    assert re.search(r'name="year" [^>]*value="\d{4}"', page.text) and 'placeholder="20/10/' not in page.text
    moved = planning.post(f"/plans/{plan}/periods/2026-Q3/due", data={"due": "05/10/2026"}, follow_redirects=False)
    assert moved.status_code == 303 and moved.headers["location"] == f"/plans/{plan}#ky-bao-cao"
    assert ("2026-Q3", "2026-10-05") in periods(world)
    added = planning.post(f"/plans/{plan}/periods", data={"part": "once", "year": "", "due": "15/01/2027"})
    assert added.status_code == 200 and ("once-2027-01-15", "2027-01-15") in periods(world)
    assert 'role="status">Đã thêm kỳ báo cáo Báo cáo một lần' in added.text  # the change is said
    assert "Báo cáo một lần (hạn 15/01/2027)" in planning.get(f"/plans/{plan}").text
    removed = planning.post(f"/plans/{plan}/periods/2026-Q1/remove")
    assert removed.status_code == 200 and "2026-Q1" not in [key for key, _ in periods(world)]
    assert [row.actor for row in audit_rows(world, "period.due")] == ["stc"]


@pytest.mark.parametrize("body, message", [
    ({"period": "2026-Q4", "due": "20/12/2026"}, "đã có kỳ báo cáo «Quý IV/2026»"),
    ({"period": "2026-Q5", "due": "20/12/2026"}, "Kỳ báo cáo không hợp lệ"),
    ({"period": "2027-Q1", "due": "31/02/2027"}, "Ngày không hợp lệ"),
    ({"period": "2027-Q1", "due": "2027"}, "Ngày không hợp lệ"),
    ({"period": "2027-Q2", "due": "20/03/2027"}, "không được trước ngày bắt đầu kỳ (01/04/2027)"),
    ({"period": "2027-Q2", "due": "20/07/2072"}, "muộn hơn một năm sau khi kỳ kết thúc (30/06/2027): hãy kiểm tra lại năm"),
])
def test_wrong_periods_and_dates_get_a_message_and_change_nothing(world, app, body, message):
    plan = rp.plan_id(world)
    before = periods(world)
    answer = rp.signed_in(app, "stc").post(f"/api/plans/{plan}/periods", json=body)
    assert answer.status_code == 400 and message in answer.json()["detail"] and answer.json()["detail_en"]
    assert periods(world) == before and corrections_count(world) == 0


def test_changing_a_period_the_plan_does_not_have_is_refused(world):
    with world.session() as s:
        plan, user = s.get(Plan, rp.plan_id(world)), rp.user(s, "stc")
        with pytest.raises(InvalidInput, match="không có kỳ báo cáo"):
            period_corrections.change_due(s, user, plan, "2030-Q1", "20/03/2030")
        with pytest.raises(InvalidInput, match="muộn hơn một năm"):  # 2062 typed for 2026
            period_corrections.change_due(s, user, plan, "2026-Q3", "05/10/2062")
        with pytest.raises(PermissionDenied):
            period_corrections.remove_period(s, rp.user(s, "xd"), plan, "2026-Q1")
