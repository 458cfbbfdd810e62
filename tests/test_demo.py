"""The demo seed: three sample plans dated around today that extract whole, accounts of several agencies, reports in
every state of the workflow and some target figures; the inbox and the reporting-rate table have something to
show; seeding twice adds nothing."""
from collections import Counter
from datetime import date

import pytest
from sqlalchemy import func, select

from vnplan import demo, extract
from vnplan.monitor import inbox, rates
from vnplan.monitor.periods import period_by_key, periods_for
from vnplan.monitor.rates import on_time
from vnplan.register.models import AuditLog, Plan, ProgressReport, TargetActual, TrackedTask, User

TODAYS = [date.today(), date(2027, 1, 5), date(2026, 7, 1)]  # today, the first days of a year, mid-year


@pytest.mark.parametrize("today", TODAYS)
def test_the_sample_plans_extract_whole_with_todays_years(tmp_path, today):
    files = demo.render_plans(tmp_path, today)
    assert len(files) == 3
    for path in files:
        plan = extract(path)
        assert plan.document.province == "Hà Tĩnh" and plan.document.issued_date.startswith(str(today.year - 1))
        assert len(plan.tasks) >= 5 and plan.targets
        assert all(task.lead and task.deadline for task in plan.tasks), path.name
        assert all(str(today.year) <= task.deadline[:4] <= str(today.year + 1) for task in plan.tasks)
        own = plan.reporting[0]
        assert own.reporter.startswith("Các sở") and own.recipient == "Sở Tài chính"
        assert own.frequency in ("quarterly", "annual")
    assert Counter(extract(path).reporting[0].frequency for path in files) == {"quarterly": 2, "annual": 1}


def _state(db):
    """What the seed left: reports by status, figures by status, and the accounts."""
    with db.session() as s:
        reports = Counter(s.scalars(select(ProgressReport.status)))
        figures = Counter(s.scalars(select(TargetActual.status)))
        accounts = s.scalar(select(func.count()).select_from(User))
        plans = s.scalar(select(func.count()).select_from(Plan))
        audited = s.scalar(select(func.count()).select_from(AuditLog))
    return reports, figures, accounts, plans, audited


@pytest.mark.parametrize("today", [TODAYS[0], TODAYS[1]])
def test_the_seed_makes_reports_in_every_state_and_is_idempotent(db, tmp_path, today):
    demo.seed(db, tmp_path / "plans", today)
    reports, figures, accounts, plans, _ = first = _state(db)
    assert plans == 3 and accounts == len(demo.ACCOUNTS)
    assert reports["approved"] >= 3 and (reports["returned"], reports["submitted"], reports["draft"]) == (1, 2, 2)
    assert figures == {"approved": 2, "submitted": 1}
    with db.session() as s:
        approved = s.scalars(select(ProgressReport).where(ProgressReport.status == "approved")).all()
        lateness = [on_time(report.submitted_at, period_by_key(s.get(Plan, s.get(TrackedTask, report.tracked_task_id).plan_id),
                                                                report.period, today).due) for report in approved]
        assert lateness.count(False) == 1 and lateness.count(True) >= 2  # approved on time, and one approved late
        returned = s.scalar(select(ProgressReport).where(ProgressReport.status == "returned"))
        assert "bổ sung" in returned.comment
        grid = rates.rate_table(s, rates.Filters(province=demo.PROVINCE), today)
        assert grid.agencies and grid.overall.expected > grid.overall.received  # some reports are missing
        assert rates.missing_by_agency(s, rates.Filters(province=demo.PROVINCE), today)
        waiting = inbox.inbox(s, s.scalar(select(User).where(User.username == demo.REVIEWER)), today)
        assert waiting.totals == {"waiting": 2, "returned": 1, "actuals": 1} and waiting.overdue

    demo.seed(db, tmp_path / "plans", today)
    assert _state(db) == first  # nothing added, nothing logged


def test_a_plan_owes_no_report_that_fell_due_before_it_was_issued(db, tmp_path):
    today = date(2026, 11, 30)
    demo.seed(db, tmp_path / "plans", today)
    with db.session() as s:
        keys = {plan.number: [p.key for p in periods_for(plan, today)] for plan in s.scalars(select(Plan))}
    assert keys[demo.CHUYEN_DOI_SO][:2] == ["2025-Q4", "2026-Q1"]  # issued on 18/11/2025: its year's last quarter only
    assert keys[demo.Y_TE][0] == "2026-Q1"  # issued on 22/12/2025, after the 2025 quarters fell due
    assert keys[demo.NUOC_SACH] == ["2026"]  # issued on 02/12/2025, after 2025's report fell due (15/11)
