"""The inbox read a page at a time (and its pages turned) and the rate table counted from matched reports give what the plain
definitions give, on a seeded world: every task and period of three plans reported on or not, by their
leads, their partners and others, in every state, early and late, with a corrected lead and a
department whose duties passed to a successor (and on to the province it merged into), and a task led by it and
its successor, who both answer it."""
import random
import re
from collections import defaultdict
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

import reporting_plans as rp
from vnplan.monitor import corrections, inbox, rates
from vnplan.monitor.periods import periods_for
from vnplan.register import agencies as registry, corrected
from vnplan.register.ingest import ingest
from vnplan.register.models import Agency, Plan, PlanVersion, ProgressReport, Task, TaskAgency
from vnplan.web.app import create_app
from vnplan.web.settings import Settings

TODAY = date(2026, 11, 30)
SAMPLE = Path(__file__).resolve().parent.parent / "src" / "vnplan" / "samples" / "ke-hoach-mau.txt"


@pytest.fixture
def world(db, tmp_path):
    rp.setup(db, tmp_path)
    ingest(db, [SAMPLE])
    rng = random.Random(20261130)
    with db.session() as s, s.begin():
        corrections.correct_task(s, rp.user(s, "stc"), rp.task(s, "II.2"), "lead", "Sở Y tế")
        corrections.correct_task(s, rp.user(s, "stc"), rp.task(s, "II.3"), "lead", "Sở Xây dựng")
        # a task led by two agencies whose duties pass to one: one duty of it, though each of them answers
        shared = rp.task(s, "II.1.b")
        corrections.correct_task(s, rp.user(s, "stc"), shared, "lead", "Sở Xây dựng; Sở Xây dựng và Giao thông")
        old = registry.find(s, "Sở Xây dựng", rp.PROVINCE)[0]
        registry.succeed(s, old, registry.resolve(s, rp.PROVINCE, "Sở Xây dựng và Giao thông"), date(2026, 7, 1))
        others = list(s.scalars(select(Agency.id)))
        for plan in s.scalars(select(Plan)):
            for task in s.scalars(select(Task).where(Task.version_id == plan.current.id)):
                agencies = {a for a in s.scalars(select(TaskAgency.agency_id).where(TaskAgency.task_id == task.id))}
                for period in periods_for(plan, TODAY):
                    for agency_id in agencies | {rng.choice(others)}:
                        if rng.random() < 0.6:
                            s.add(_report(rng, task.tracked_task_id, agency_id, period))
        s.flush()
        answered = set(s.execute(select(ProgressReport.period, ProgressReport.agency_id)
                                 .where(ProgressReport.tracked_task_id == shared.tracked_task_id)))
        for period in periods_for(s.get(PlanVersion, shared.version_id).plan, TODAY):
            for agency_id in {old.id, old.successor_id} - {a for key, a in answered if key == period.key}:
                s.add(ProgressReport(tracked_task_id=shared.tracked_task_id, agency_id=agency_id, period=period.key,
                                     status="submitted", result="Kết quả", revision=1,
                                     submitted_at=datetime.combine(period.due, datetime.min.time(), timezone.utc)))
    return db


def _report(rng, tracked_task_id, agency_id, period) -> ProgressReport:
    status = rng.choice(["draft", "submitted", "submitted", "approved", "returned"])
    moment = datetime.combine(period.due, datetime.min.time(), timezone.utc) + timedelta(hours=rng.randint(-600, 600))
    return ProgressReport(tracked_task_id=tracked_task_id, agency_id=agency_id, period=period.key, status=status,
                          result="Kết quả", revision=1, submitted_at=None if status == "draft" else moment,
                          decided_at=moment + timedelta(days=3) if status in ("approved", "returned") else None)


def _defined(session, filters: rates.Filters):
    """The rate table's counts by their definition: every duty (a task and the agency that holds its lead
    today) in every period of its plan, and the report that answers it, if any."""
    holders = rates.Holders(session, TODAY)
    plans = {plan.id: plan for plan in rates._plans(session, filters)}
    wanted = {holders(a) for a in filters.agency_ids}
    answers = {(r.tracked_task_id, r.period, holders(r.agency_id)): r
               for r in rates.received_reports(session, rates.plan_ids(filters)) if r.submitted_at is not None}
    counts = defaultdict(lambda: [0] * 7)
    for duty in rates.lead_tasks(session, rates.plan_ids(filters), holders):
        if wanted and duty.agency_id not in wanted:
            continue
        for period in periods_for(plans[duty.plan_id], TODAY):
            if filters.periods and period.key not in filters.periods:
                continue
            report = answers.get((duty.tracked_task_id, period.key, duty.agency_id))
            late = report is not None and not rates.on_time(report.submitted_at, period.due)
            due = period.due < TODAY
            for i, add in enumerate((1, report is not None, late, report is not None and report.status == "returned",
                                     due, due and report is not None, due and report is not None and not late)):
                counts[(duty.agency_id, period.key)][i] += add
    return dict(counts)


def _counted(table: rates.RateTable):
    return {key: [c.expected, c.received, c.late, c.returned, c.due.expected, c.due.received, c.due.on_time]
            for key, c in table.cells.items()}


def test_the_rate_table_counts_what_the_definition_counts(world):
    with world.session() as s:
        plan = s.scalar(select(Plan.id).where(Plan.province == rp.PROVINCE))
        merged = registry.find(s, "Sở Xây dựng", rp.PROVINCE)[0].id  # its focal point reports as its successor
        holders = rates.Holders(s, TODAY)
        assert any(len({holders(a) for a in named}) < len(named) for named in corrected.lead_ids(s, select(Task.id)).values())
        for filters in (rates.Filters(), rates.Filters(province=rp.PROVINCE), rates.Filters(plan_ids=(plan,)),
                        rates.Filters(periods=("2026-Q2",)), rates.Filters(agency_ids=(merged,))):
            expected = _defined(s, filters)
            table = rates.rate_table(s, filters, TODAY)
            assert expected and _counted(table) == expected, filters
            overdue = [(a, name, table.agency_rate(a).expected - table.agency_rate(a).received)
                       for a, name in table.agencies.items()]
            assert rates.missing_by_agency(s, filters, TODAY) == sorted(
                (row for row in overdue if row[2] > 0), key=lambda row: (-row[2], row[1]))
        assert sum(counts[1] for counts in _defined(s, rates.Filters()).values()) >= 10  # reports were matched


@pytest.mark.parametrize("province", [None, rp.PROVINCE])
def test_inbox_pages_hold_every_waiting_item_once_oldest_first(world, province, monkeypatch):
    monkeypatch.setattr(inbox, "PAGE_SIZE", 4)
    with world.session() as s:
        reviewer = rp.user(s, "stc")
        reviewer.province = province
        for name, status, moment in (("waiting", "submitted", "submitted_at"), ("returned", "returned", "decided_at")):
            everything = s.scalars(select(ProgressReport).join(rates.TrackedTask).join(Plan).where(
                ProgressReport.status == status, *([Plan.province == province] if province else []))).all()
            oldest_first = [r.id for r in sorted(everything, key=lambda r: (getattr(r, moment), r.id))]
            first = inbox.inbox(s, reviewer, TODAY, overdue=[], pages={name: 1})
            pages = first.pages[name].pages
            assert pages >= 2 and first.totals[name] == len(oldest_first)
            shown = [[i.id for i in getattr(inbox.inbox(s, reviewer, TODAY, overdue=[], pages={name: n}), name)]
                     for n in range(1, pages + 2)]
            assert [i for page in shown[:-1] for i in page] == oldest_first
            assert shown[-1] == shown[-2]  # a page past the end shows the last one
        s.rollback()


def test_the_inbox_page_turns_one_list_and_keeps_the_others(world, tmp_path, monkeypatch):
    monkeypatch.setattr(inbox, "PAGE_SIZE", 4)
    c = TestClient(create_app(world, Settings(tmp_path, "k" * 48)))
    assert c.post("/api/login", json={"username": "stc", "password": rp.PASSWORDS["stc"]}).status_code == 200
    page = c.get("/inbox", params={"page": 2, "returned_page": 2, "sort": "agency"})
    with world.session() as s:
        box = inbox.inbox(s, rp.user(s, "stc"), overdue=[], pages={"waiting": 2, "returned": 2})
    assert page.status_code == 200 and box.pages["waiting"].pages > 2
    assert f"Trang 2/{box.pages['waiting'].pages} (5–8 trên {box.totals['waiting']}" in page.text
    assert "/inbox?sort=agency&amp;page=3&amp;returned_page=2&amp;actuals_page=1" in page.text  # the next page
    assert "/inbox?sort=agency&amp;page=2&amp;returned_page=1&amp;actuals_page=1" in page.text  # returned, back
    assert [int(key.split(":")[1]) for key in re.findall(r'name="items" value="(report:\d+:\d+)"', page.text)] == [
        item.id for _, items in box.groups("agency") for item in items]
    assert c.get("/api/inbox", params={"page": 0}).status_code == 422  # pages count from 1
