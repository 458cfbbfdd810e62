"""Monitoring services on both databases: periods, status, the report workflow, concurrency, dashboards, exports."""
import io
from datetime import date, datetime, timedelta, timezone

import docx
import openpyxl
import pytest
from sqlalchemy import select

from conftest import SAMPLE
from vnplan.monitor import dashboard, exports, reports, throttle, users
from vnplan.monitor.calendar import due_items, ical
from vnplan.monitor.errors import Conflict, InvalidInput, PermissionDenied, SignInRefused
from vnplan.monitor.periods import periods_for
from vnplan.monitor.status import DONE_LATE, DONE_ON_TIME, OPEN_IN_TIME, OPEN_OVERDUE, task_status
from vnplan.register import find_plan_by_number, ingest
from vnplan.register import agencies as registry
from vnplan.register.models import ProgressReport, ReportRevision, Task, User


@pytest.fixture
def world(db):
    """The sample plan, a planning officer and focal points of two departments."""
    ingest(db, [SAMPLE])
    with db.session() as s, s.begin():
        tt = registry.find(s, "Sở Thông tin và Truyền thông", "Quảng Bình")[0]
        ct = registry.find(s, "Sở Công Thương", "Quảng Bình")[0]
        users.create_user(s, "stc", "mat-khau-stc", "planning", "Phòng Tổng hợp", province="Quảng Bình")
        users.create_user(s, "tttt", "mat-khau-tttt", "agency", "Đầu mối Sở TT&TT", agency=tt, email="tttt@example.vn")
        users.create_user(s, "congthuong", "mat-khau-ct", "agency", "Đầu mối Sở Công Thương", agency=ct)
    return db


def _user(s, name):
    return s.scalar(select(users.User).where(users.User.username == name))


def _task(s, prefix):
    return s.scalar(select(Task).where(Task.text.like(prefix + "%")))


def test_periods_follow_the_reporting_duty(world):
    with world.session() as s:
        plan = find_plan_by_number(s, "215/KH-UBND")
        periods = periods_for(plan, date(2024, 5, 1))
        assert [p.key for p in periods] == ["once-2024-04-15"]


def test_four_states(world):
    with world.session() as s:
        plan = find_plan_by_number(s, "215/KH-UBND")
        task = _task(s, "Tham mưu ban hành Quy chế")  # deadline 2024-06-30
        assert task_status(task.deadline, plan, [], date(2024, 6, 1)).state == OPEN_IN_TIME
        assert task_status(task.deadline, plan, [], date(2024, 7, 1)).state == OPEN_OVERDUE
        done = ProgressReport(status="approved", percent=100, submitted_at=datetime(2024, 6, 20, tzinfo=timezone.utc),
                              updated_at=datetime(2024, 6, 21, tzinfo=timezone.utc))
        assert task_status(task.deadline, plan, [done], date(2024, 7, 1)).state == DONE_ON_TIME
        done.submitted_at = datetime(2024, 7, 5, tzinfo=timezone.utc)
        assert task_status(task.deadline, plan, [done], date(2024, 8, 1)).state == DONE_LATE
        draft = ProgressReport(status="draft", percent=100, updated_at=datetime(2024, 6, 1, tzinfo=timezone.utc))
        assert task_status(task.deadline, plan, [draft], date(2024, 7, 1)).state == OPEN_OVERDUE


def test_only_the_leads_approved_reports_say_how_far_a_task_is(world):
    """A coordinating body that reports its own part done has not completed the task, and the label every reader sees
    beside the state is an approved report's, never a draft's or an unreviewed one's."""
    with world.session() as s:
        plan = find_plan_by_number(s, "215/KH-UBND")
        task = _task(s, "Tham mưu ban hành Quy chế")  # deadline 2024-06-30
        lead, partner = 1, 2
        sent = datetime(2024, 6, 20, tzinfo=timezone.utc)
        partner_done = ProgressReport(agency_id=partner, status="approved", percent=100, progress_label="hoan_thanh",
                                      submitted_at=sent, updated_at=sent)
        lead_draft = ProgressReport(agency_id=lead, status="draft", progress_label="khong_thuc_hien_duoc",
                                    updated_at=datetime(2024, 6, 25, tzinfo=timezone.utc))
        lead_sent = ProgressReport(agency_id=lead, status="submitted", percent=40, progress_label="dang_trien_khai",
                                   submitted_at=sent, updated_at=sent)
        status = task_status(task.deadline, plan, [partner_done, lead_draft, lead_sent], date(2024, 7, 1), leads=[lead])
        assert (status.state, status.percent, status.label) == (OPEN_OVERDUE, None, None)
        lead_sent.status = "approved"
        status = task_status(task.deadline, plan, [partner_done, lead_draft, lead_sent], date(2024, 7, 1), leads=[lead])
        assert (status.state, status.percent, status.label) == (OPEN_OVERDUE, 40, "dang_trien_khai")
        lead_sent.percent = 100
        assert task_status(task.deadline, plan, [partner_done, lead_sent], date(2024, 7, 1), leads=[lead]).state == DONE_ON_TIME


def test_a_partners_report_of_completion_completes_nothing_on_any_page(world):
    """The province overview (counted in the database) and the plan page agree: the partner's approved "hoàn thành"
    leaves the task open; the lead's completes it."""
    with world.session() as s, s.begin():
        task = next(t for t in s.scalars(select(Task)) if {"lead", "coordinator"} <= {a.role for a in t.agencies})
        lead = next(a.agency_id for a in task.agencies if a.role == "lead")
        partner = next(a.agency_id for a in task.agencies if a.role == "coordinator" and a.agency_id != lead)
        s.add(ProgressReport(tracked_task_id=task.tracked_task_id, agency_id=partner, period="once-2024-04-15",
                             status="approved", percent=100, progress_label="hoan_thanh",
                             submitted_at=datetime(2024, 5, 2, tzinfo=timezone.utc)))
        task_id = task.id
    today = date(2031, 2, 1)

    def done_tasks():
        with world.session() as s:
            plan = find_plan_by_number(s, "215/KH-UBND")
            line = next(line for line in dashboard.overview(s, today=today).plans if line.plan.id == plan.id)
            summary = dashboard.plan_summary(s, plan, today)
            assert line.states == summary.states
            return {view.task.id for view in summary.tasks if view.status.completed_on}

    assert task_id not in done_tasks()
    with world.session() as s, s.begin():
        task = s.get(Task, task_id)
        s.add(ProgressReport(tracked_task_id=task.tracked_task_id, agency_id=lead, period="once-2024-04-15",
                             status="approved", percent=100, submitted_at=datetime(2024, 5, 3, tzinfo=timezone.utc)))
    assert task_id in done_tasks()


def test_workflow_permissions_and_conflicts(world):
    period = "once-2024-04-15"
    with world.session() as s, s.begin():
        own = _task(s, "Tham mưu ban hành Quy chế")
        report = reports.save_report(s, _user(s, "tttt"), own, period, {"percent": 60, "result": "Đã có dự thảo"})
        assert report.status == "draft" and report.revision == 1
        report_id = report.id
    with world.session() as s, s.begin():
        other = _task(s, "Hỗ trợ doanh nghiệp, hợp tác xã đưa sản phẩm OCOP")
        with pytest.raises(PermissionDenied):
            reports.save_report(s, _user(s, "tttt"), other, period, {"percent": 10})
    # two people edit revision 1: the second save conflicts instead of overwriting
    with world.session() as s, s.begin():
        reports.save_report(s, _user(s, "tttt"), _task(s, "Tham mưu ban hành Quy chế"), period,
                            {"result": "Bản của người thứ nhất"}, expected_revision=1)
    with pytest.raises(Conflict):
        with world.session() as s, s.begin():
            reports.save_report(s, _user(s, "tttt"), _task(s, "Tham mưu ban hành Quy chế"), period,
                                {"result": "Bản của người thứ hai"}, expected_revision=1)
    with world.session() as s, s.begin():
        report = s.get(ProgressReport, report_id)
        assert report.result == "Bản của người thứ nhất" and report.revision == 2
        reports.submit(s, _user(s, "tttt"), report, expected_revision=2)
        with pytest.raises(PermissionDenied):
            reports.approve(s, _user(s, "tttt"), report)
        with pytest.raises(InvalidInput):
            reports.return_report(s, _user(s, "stc"), report, comment="")
        reports.return_report(s, _user(s, "stc"), report, comment="Bổ sung số liệu")
    with world.session() as s, s.begin():
        report = s.get(ProgressReport, report_id)
        reports.save_report(s, _user(s, "tttt"), _task(s, "Tham mưu ban hành Quy chế"), period,
                            {"percent": 100, "result": "Đã ban hành"}, expected_revision=report.revision, submit=True)
        reports.approve(s, _user(s, "stc"), report)
        with pytest.raises(InvalidInput):  # approved reports are locked
            reports.save_report(s, _user(s, "tttt"), _task(s, "Tham mưu ban hành Quy chế"), period, {"percent": 90})
        reports.reopen(s, _user(s, "stc"), report, comment="Sai số liệu, mở lại để sửa")
    with world.session() as s:
        revisions = reports.history(s, "report", report_id)
        assert [r.action for r in revisions] == ["create", "update", "submit", "return", "update", "submit", "approve", "reopen"]
        assert len({r.snapshot_json for r in revisions}) == len(revisions)
        assert s.scalar(select(ReportRevision).where(ReportRevision.action == "update")).snapshot_json.count("Bản của người thứ nhất") == 1


def test_dashboards_calendar_and_exports(world):
    with world.session() as s, s.begin():
        task = _task(s, "Tham mưu ban hành Quy chế")
        report = reports.save_report(s, _user(s, "tttt"), task, "once-2024-04-15",
                                     {"percent": 100, "result": "Đã ban hành Quy chế", "difficulties": "Thiếu nhân lực"},
                                     submit=True)
        reports.approve(s, _user(s, "stc"), report)
    with world.session() as s:
        plan = find_plan_by_number(s, "215/KH-UBND")
        summary = dashboard.plan_summary(s, plan)
        assert sum(summary.states.values()) == 10 and summary.states[DONE_ON_TIME] + summary.states[DONE_LATE] == 1
        agency = _user(s, "tttt").agency
        mine = dashboard.agency_summary(s, agency)
        assert len(mine.led) == 4 and mine.reports_due == 4 and mine.reports_received == 1
        assert mine.completeness == 0.25
        items = due_items(s, date(2024, 4, 1))
        assert any(i.agency.name == "Sở Thông tin và Truyền thông" and i.received == 1 for i in items)
        assert b"BEGIN:VCALENDAR" in ical(items) and "SUMMARY:Báo cáo một lần – Kế hoạch 215/KH-UBND".encode() in ical(items)
        book = openpyxl.load_workbook(io.BytesIO(exports.xlsx(s, summary)))
        sheet = book["Nhiệm vụ"]
        assert [c.value for c in sheet[3]] == exports.HEADERS
        values = [[c.value for c in row] for row in sheet.iter_rows(min_row=4)]
        assert any(row[6] == "Đã ban hành Quy chế" and row[7] == "Thiếu nhân lực" for row in values)
        assert "Chỉ tiêu" in book.sheetnames
        word = docx.Document(io.BytesIO(exports.docx(s, summary)))
        text = "\n".join(p.text for p in word.paragraphs) + "\n".join(c.text for t in word.tables for r in t.rows for c in r.cells)
        assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text and "Kế hoạch số 215/KH-UBND" in text
        assert "Đã ban hành Quy chế" in text and "Nơi nhận:" in text


def test_a_returned_report_is_owed_again_on_the_agencys_calendar(world):
    """The calendar, its feed, the reminders and the period notices must not say "đã đủ" of a period whose report
    the planning department sent back: the agency owes it again."""
    with world.session() as s, s.begin():
        report = reports.save_report(s, _user(s, "tttt"), _task(s, "Tham mưu ban hành Quy chế"), "once-2024-04-15",
                                     {"percent": 50, "result": "Đã có dự thảo"}, submit=True)
        reports.return_report(s, _user(s, "stc"), report, "Bổ sung ý kiến của các sở")
    with world.session() as s:
        [mine] = [i for i in due_items(s, date(2024, 4, 1)) if i.agency.name == "Sở Thông tin và Truyền thông"]
        assert (mine.received, mine.complete) == (0, False)


def test_wrong_passwords_slow_the_account_at_that_address_only(world):
    moment, guesser, owner = datetime.now(timezone.utc), "203.0.113.5", "198.51.100.20"
    waits = []
    with world.session() as s, s.begin():
        key = throttle.account_key("tttt", guesser, s.scalar(select(User.id).where(User.username == "tttt")))
        for _ in range(throttle.ACCOUNT.free_failures + 3):  # each guess made once the last wait is over
            moment += timedelta(seconds=waits[-1] if waits else 0)
            with pytest.raises(SignInRefused) as refused:
                users.authenticate(s, "tttt", "sai-mat-khau", guesser, moment)
            assert refused.value.status == 401
            waits.append(throttle.wait_seconds(s, key, moment))
        assert waits == [0] * throttle.ACCOUNT.free_failures + [2, 4, 8]
        with pytest.raises(SignInRefused) as refused:  # even the right password waits, from the guesser's address
            users.authenticate(s, "tttt", "mat-khau-tttt", guesser, moment)
        assert refused.value.status == 429 and refused.value.wait == 8
        assert users.authenticate(s, "tttt", "mat-khau-tttt", owner, moment).username == "tttt"
        assert users.authenticate(s, "TTTT", "mat-khau-tttt", guesser, moment + timedelta(seconds=9)).username == "tttt"
        # a right password forgives the account's failures at that address
        assert throttle.wait_seconds(s, key, moment) == 0


def test_the_overview_counts_the_states_the_plan_page_shows(world):
    """The province overview counts in the database what the plan page works out task by task."""
    with world.session() as s, s.begin():
        plan = find_plan_by_number(s, "215/KH-UBND")
        on_time, late = _task(s, "Tham mưu ban hành Quy chế"), _task(s, "Hỗ trợ doanh nghiệp, hợp tác xã đưa sản phẩm OCOP")
        for task, submitted in ((on_time, datetime(2024, 6, 20, 23, 30, tzinfo=timezone.utc)),
                                (late, datetime(2031, 1, 5, tzinfo=timezone.utc))):
            s.add(ProgressReport(tracked_task_id=task.tracked_task_id, agency_id=task.agencies[0].agency_id,
                                 period="once-2024-04-15", status="approved", percent=100, submitted_at=submitted))
    with world.session() as s:
        plan = find_plan_by_number(s, "215/KH-UBND")
        today = date(2031, 2, 1)
        line = next(line for line in dashboard.overview(s, today=today).plans if line.plan.id == plan.id)
        summary = dashboard.plan_summary(s, plan, today)
        assert line.tasks == len(summary.tasks) and line.states == summary.states
        assert summary.states[DONE_ON_TIME] >= 1 and summary.states[DONE_LATE] >= 1
