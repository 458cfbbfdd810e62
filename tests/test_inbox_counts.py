"""The inbox's counts as the database keeps them (migration 0012): right after every kind of change, seen by
another worker process at once (each app here has its own engine and pool, as each uvicorn worker does),
folded without losing a change, and written by concurrent bulk decisions without one waiting for the other
or deadlocking."""
import threading

import pytest
from sqlalchemy import func, select

import reporting_plans as rp
from vnplan.monitor import inbox, inbox_counts, reports, users
from vnplan.register import Database
from vnplan.register.models import (InboxCount, Plan, PlanVersion, ProgressReport, Target, TargetActual,
                                    TrackedTask)
from vnplan.web.app import create_app
from vnplan.web.settings import Settings


def recounted(db: Database, province: str | None) -> dict[str, int]:
    """The lists counted from the records themselves, as the inbox counted them before the database kept counts."""
    def in_province(query):
        return query.where(Plan.province == province) if province else query

    with db.session() as s:
        def reports_in(status):
            return s.scalar(in_province(select(func.count()).select_from(ProgressReport)
                                        .join(TrackedTask, TrackedTask.id == ProgressReport.tracked_task_id)
                                        .join(Plan, Plan.id == TrackedTask.plan_id)
                                        .where(ProgressReport.status == status)))
        actuals = s.scalar(in_province(select(func.count()).select_from(TargetActual)
                                       .join(Target, Target.id == TargetActual.target_id)
                                       .join(PlanVersion, PlanVersion.id == Target.version_id)
                                       .join(Plan, Plan.id == PlanVersion.plan_id)
                                       .where(TargetActual.status == "submitted")))
        return {"waiting": reports_in("submitted"), "returned": reports_in("returned"), "actuals": actuals}


def kept(db: Database, province: str | None) -> dict[str, int]:
    with db.session() as s:
        return inbox_counts.counts(s, province).lists


def listed(client) -> dict[str, int]:
    """What the inbox of `client` says, each list's count, and the menu's badge, on the inbox page (as the
    inbox counted) and on another page (counted for the menu alone): both the waiting reports and actuals."""
    answer = client.get("/api/inbox").json()
    badges = {int(client.get(page).text.split('<span class="badge">(')[1].split(")")[0]) for page in ("/inbox", "/plans")}
    assert len(badges) == 1, badges
    return {**answer["totals"], "badge": badges.pop()}


def waiting_items(client) -> list[dict]:
    return [item for group in client.get("/api/inbox").json()["waiting"] for item in group["items"]]


def test_every_change_is_counted_at_once_by_the_other_worker(workers):
    reviewer_app, writer_app = workers
    db = reviewer_app.state.db
    reviewer = rp.signed_in(reviewer_app, "stc")
    assert listed(reviewer) == {"waiting": 0, "returned": 0, "actuals": 0, "badge": 0}

    first = rp.submit(db, "nn", "II.1.1", "2026-Q1")  # a submission (written through the first app's engine)
    assert listed(reviewer) == {"waiting": 1, "returned": 0, "actuals": 0, "badge": 1}
    others = [rp.submit(db, user, path, "2026-Q2") for user, path in (("nn", "II.1.2"), ("xd", "II.2"), ("yt", "II.3"))]
    assert listed(reviewer)["waiting"] == 4

    deciding = rp.signed_in(writer_app, "stc")  # the same department, served by the other worker
    items = {item["id"]: item for item in waiting_items(deciding)}
    single = deciding.post("/api/inbox/decide", json={"action": "return", "comment": "Thiếu số liệu", "items": [
        {"kind": "report", "id": first, "revision": items[first]["revision"]}]})
    assert single.status_code == 200 and single.json()["outcomes"][0]["done"]
    assert listed(reviewer) == {"waiting": 3, "returned": 1, "actuals": 0, "badge": 3}

    bulk = deciding.post("/api/inbox/decide", json={"action": "approve", "items": [
        {"kind": "report", "id": i, "revision": items[i]["revision"]} for i in others[:2]]})
    assert all(outcome["done"] for outcome in bulk.json()["outcomes"])
    assert listed(reviewer) == {"waiting": 1, "returned": 1, "actuals": 0, "badge": 1}

    focal = rp.signed_in(writer_app, "yt")  # the last one withdrawn by its agency, to be corrected
    with db.session() as s:
        revision = s.get(ProgressReport, others[2]).revision
    assert focal.post(f"/api/report/withdraw/{others[2]}", json={"revision": revision}).status_code == 200
    assert listed(reviewer) == {"waiting": 0, "returned": 1, "actuals": 0, "badge": 0}

    with db.session() as s, s.begin():  # the returned report, corrected and sent again
        returned = s.get(ProgressReport, first)
        reports.save_report(s, rp.user(s, "nn"), rp.task(s, "II.1.1"), "2026-Q1", {"result": "Đã bổ sung số liệu"},
                            returned.revision, submit=True)
    assert listed(reviewer) == {"waiting": 1, "returned": 0, "actuals": 0, "badge": 1}
    assert kept(db, rp.PROVINCE) == recounted(db, rp.PROVINCE)
    assert kept(db, rp.OTHER_PROVINCE) == recounted(db, rp.OTHER_PROVINCE) == {"waiting": 0, "returned": 0, "actuals": 0}


def test_a_corrected_period_shows_at_once_in_the_other_workers_inbox(workers):
    reviewer_app, writer_app = workers
    db = reviewer_app.state.db
    rp.submit(db, "xd", "II.2", "2026-Q2")
    reviewer = rp.signed_in(reviewer_app, "stc")
    [item] = waiting_items(reviewer)
    assert item["period_due"] == "2026-06-20"
    moved = rp.signed_in(writer_app, "stc").put(f"/api/plans/{rp.plan_id(db)}/periods/2026-Q2", json={"due": "30/06/2026"})
    assert moved.status_code == 200, moved.text
    [item] = waiting_items(reviewer)
    assert item["period_due"] == "2026-06-30"
    assert "hạn 30/06/2026" in reviewer.get("/inbox").text


def test_target_actuals_and_reports_written_outside_the_workflow_are_counted(world):
    with world.session() as s, s.begin():
        admin = users.create_user(s, "qt", "mat-khau-qt", "admin", "Quản trị hệ thống")
        target = s.scalars(select(Target).join(PlanVersion).join(Plan).where(Plan.province == rp.PROVINCE)).first()
        reports.save_actual(s, admin, target, "2026-Q2", 61.5, submit=True)
        task = rp.task(s, "II.2")  # a report stored directly, as an import would: the triggers count it too
        s.add(ProgressReport(tracked_task_id=task.tracked_task_id, period="2026-Q3", status="returned"))
    assert kept(world, rp.PROVINCE) == recounted(world, rp.PROVINCE) == {"waiting": 0, "returned": 1, "actuals": 1}
    with world.session() as s, s.begin():
        s.delete(s.scalar(select(ProgressReport).where(ProgressReport.period == "2026-Q3")))
        reports.approve(s, rp.user(s, "stc"), s.scalar(select(TargetActual)), 1 + 1)
    assert kept(world, rp.PROVINCE) == recounted(world, rp.PROVINCE) == {"waiting": 0, "returned": 0, "actuals": 0}
    assert kept(world, None) == recounted(world, None)


def test_folding_keeps_every_count_and_leaves_one_row_per_plan_and_status(world):
    ids = [rp.submit(world, user, path, period) for user, path in (("nn", "II.1.1"), ("xd", "II.2"), ("yt", "II.3"))
           for period in ("2026-Q1", "2026-Q2")]
    rp.submit(world, "nn-ht", "II.1.1", "2026-Q1", province=rp.OTHER_PROVINCE)
    with world.session() as s, s.begin():
        reviewer = rp.user(s, "stc")
        for report_id in ids[:3]:
            reports.return_report(s, reviewer, s.get(ProgressReport, report_id), "Bổ sung")
    before = {province: kept(world, province) for province in (rp.PROVINCE, rp.OTHER_PROVINCE, None)}
    with world.session() as s:
        assert inbox_counts.counts(s, None).unfolded > 0
    with world.session() as s, s.begin():
        inbox_counts.fold(s)
    with world.session() as s:
        assert inbox_counts.counts(s, None).unfolded == 0
        keys = s.execute(select(InboxCount.plan_id, InboxCount.kind, InboxCount.status)).all()
        assert len(keys) == len(set(keys))  # one row each
        assert all(change != 0 for change in s.scalars(select(InboxCount.change)))
    assert {province: kept(world, province) for province in before} == before
    assert before[rp.PROVINCE] == recounted(world, rp.PROVINCE) == {"waiting": 3, "returned": 3, "actuals": 0}


def test_the_inbox_folds_in_the_background_once_many_changes_have_piled_up(world, tmp_path, monkeypatch):
    monkeypatch.setattr(inbox_counts, "FOLD_AFTER", 3)
    for period in ("2026-Q1", "2026-Q2", "2026-Q3"):
        for user, path in (("nn", "II.1.1"), ("xd", "II.2")):
            rp.submit(world, user, path, period)
    app = create_app(world, Settings(tmp_path, "i" * 48))
    reviewer = rp.signed_in(app, "stc")
    assert reviewer.get("/api/inbox").json()["totals"]["waiting"] == 6
    with world.session() as s:
        for _ in range(400):  # up to 20 s: a loaded machine starts threads late
            if inbox_counts.counts(s, rp.PROVINCE).unfolded == 0:
                break
            s.rollback()
            threading.Event().wait(0.05)
        assert inbox_counts.counts(s, rp.PROVINCE).unfolded == 0
    assert reviewer.get("/api/inbox").json()["totals"]["waiting"] == 6


def test_concurrent_bulk_decisions_neither_wait_for_each_other_nor_deadlock(tmp_path, postgres_server):
    """Two reviewers of every province decide in bulk, in opposite orders of plans, at the same moment: with a
    counter row per plan or province updated in each transaction, the second would wait for the first to end,
    and the first, reaching the second's plan, would deadlock. Each change being an insert of its own, the
    second finishes while the first is still open, and every count is right once both have committed."""
    from servers import create_database

    db = Database(create_database(postgres_server, "inbox_counts_concurrent"))
    try:
        rp.setup(db, tmp_path)
        sent = {province: [rp.submit(db, focal, path, period, province=province)
                           for path in ("II.1.1", "II.1.2") for period in ("2026-Q1", "2026-Q2")]
                for province, focal in ((rp.PROVINCE, "nn"), (rp.OTHER_PROVINCE, "nn-ht"))}
        sent[rp.PROVINCE].append(rp.submit(db, "xd", "II.2", "2026-Q1"))
        with db.session() as s, s.begin():
            users.create_user(s, "tw1", "mat-khau-tw1", "admin", "Quản trị 1")
            users.create_user(s, "tw2", "mat-khau-tw2", "admin", "Quản trị 2")
        here, there = sent[rp.PROVINCE], sent[rp.OTHER_PROVINCE]
        first_holds = threading.Event()
        second_done = threading.Event()
        errors = []

        def decide(username, action, chosen, after=None, hold=None):
            try:
                with db.session() as s, s.begin():
                    reviewer = rp.user(s, username)
                    for report_id in chosen:
                        [outcome] = inbox.decide_many(s, reviewer, action, [inbox.Choice("report", report_id, None)],
                                                      "Trả lại để bổ sung")
                        assert outcome.done, outcome.message
                        s.flush()
                    if after is not None:
                        after.set()
                    if hold is not None:
                        assert hold.wait(30), "the other decision did not finish while this one was open"
            except Exception as failure:  # noqa: BLE001 - reported by the test below
                errors.append(failure)

        # the first takes half of each province's reports, Quảng Bình's first, and stays open
        first = threading.Thread(target=decide, args=("tw1", "approve", here[::2] + there[::2], first_holds, second_done))
        first.start()
        assert first_holds.wait(30)
        # the second, meanwhile, the other half, Hà Tĩnh's first: it must end while the first is still open
        second = threading.Thread(target=decide, args=("tw2", "return", there[1::2] + here[1::2], second_done))
        second.start()
        second.join(30)
        first.join(30)
        # the first waited, transaction open, for the second to end: had the second waited for the first, the
        # first's wait would have timed out (an error below) and the second would have ended only after it
        assert not second.is_alive() and not first.is_alive() and not errors, errors
        for province in (rp.PROVINCE, rp.OTHER_PROVINCE, None):
            assert kept(db, province) == recounted(db, province)
        assert kept(db, None) == {"waiting": 0, "returned": len(here[1::2]) + len(there[1::2]), "actuals": 0}
    finally:
        db.engine.dispose()
