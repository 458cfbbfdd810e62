"""Each worker derives a plan's periods once and keeps them (`periods.periods_of`), checked on every read against
what they come from: a change made through the other worker (a moved due date, a more complete copy of the plan
with other duties, a corrected reporting cycle) shows at once in this worker's inbox and rate table, a new day gives
the periods of that day, and a change rolled back is never shown, even once another change of the plan takes its
place."""
from datetime import date
from pathlib import Path

from sqlalchemy import event

import reporting_plans as rp
from vnplan.monitor import corrections, period_corrections, periods
from vnplan.monitor.periods import periods_of
from vnplan.register import ingest
from vnplan.register.models import Plan

TODAY = date(2026, 11, 30)


def rate_periods(client, plan: int) -> dict[str, str]:
    """The columns of the plan's rate table: period key -> due date."""
    answer = client.get(f"/api/plans/{plan}/rates")
    assert answer.status_code == 200, answer.text
    return {p["key"]: p["due"] for p in answer.json()["periods"]}


def waiting_item(client) -> dict:
    [group] = client.get("/api/inbox").json()["waiting"]
    [item] = group["items"]
    return item


def copy_of_the_plan(folder: Path, name: str, *changes: tuple[str, str]) -> Path:
    text = rp.QUARTERLY.read_text(encoding="utf-8")
    for old, new in changes:
        assert old in text
        text = text.replace(old, new)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def dues(db, plan: int, today: date) -> dict[str, date]:
    with db.session() as s:
        return {p.key: p.due for p in periods_of(s, [plan], today)[plan]}


def test_periods_asked_for_again_are_read_in_one_query_and_not_derived_again(world, monkeypatch):
    """What an inbox page asks for on every request: the periods of its plans."""
    plans = [rp.plan_id(world), rp.plan_id(world, rp.OTHER_PROVINCE)]
    derived, statements = [], []
    derive = periods._derive

    def counted(session, inputs, today):
        derived.append(sorted(inputs))
        return derive(session, inputs, today)

    def executed(connection, cursor, statement, *_):
        statements.append(statement)

    monkeypatch.setattr(periods, "_derive", counted)
    with world.session() as s:
        first = periods_of(s, plans, TODAY)
        assert derived == [sorted(plans)]
        event.listen(world.engine, "before_cursor_execute", executed)
        try:
            assert periods_of(s, plans, TODAY) == first
        finally:
            event.remove(world.engine, "before_cursor_execute", executed)
    assert derived == [sorted(plans)] and len(statements) == 1


def test_what_one_worker_changes_shows_at_once_in_the_other_workers_inbox_and_rate_table(workers, tmp_path):
    reader_app, writer_app = workers
    plan = rp.plan_id(reader_app.state.db)
    rp.submit(reader_app.state.db, "xd", "II.2", "2026-Q2")
    reader, writer = rp.signed_in(reader_app, "stc"), rp.signed_in(writer_app, "stc")
    assert rate_periods(reader, plan)["2026-Q2"] == waiting_item(reader)["period_due"] == "2026-06-20"

    moved = writer.put(f"/api/plans/{plan}/periods/2026-Q2", json={"due": "30/06/2026"})
    assert moved.status_code == 200, moved.text
    assert rate_periods(reader, plan)["2026-Q2"] == waiting_item(reader)["period_due"] == "2026-06-30"
    assert "hạn 30/06/2026" in reader.get("/inbox").text and "hạn 30/06/2026" in reader.get(f"/plans/{plan}/rates").text

    # a more complete copy of the plan (one more task) replaces its content: its duties say every month
    task = ("3. Sở Y tế chủ trì tổ chức giám sát chất lượng nước ăn uống, sinh hoạt tại các trạm cấp nước, "
            "thực hiện thường xuyên.")
    fuller = copy_of_the_plan(tmp_path, "day-du-hon.txt", (task, f"{task}\n4. Sở Tài chính chủ trì bố trí kinh phí "
                                                           "thực hiện Kế hoạch, hoàn thành trong quý I/2026."), (
        "hằng quý báo cáo kết quả thực hiện gửi Sở Tài chính trước ngày 20 của tháng cuối quý",
        "hằng tháng báo cáo kết quả thực hiện gửi Sở Tài chính trước ngày 25 hằng tháng"))
    [result] = ingest(writer_app.state.db, [fuller])
    assert (result.status, result.plan_id) == ("new-source", plan)
    monthly = rate_periods(reader, plan)
    assert list(monthly) == [f"2026-{month:02d}" for month in range(1, 13)] and monthly["2026-07"] == "2026-07-25"
    item = waiting_item(reader)
    assert (item["period_label"], item["period_due"]) == ("2026-Q2", None)  # no longer a period of the plan

    with writer_app.state.db.session() as s, s.begin():  # the agencies' reporting cycle corrected
        duty = s.get(Plan, plan).current.reporting[0]
        corrections.correct_duty(s, rp.user(s, "stc"), duty, "frequency", "quarterly")
    assert rate_periods(reader, plan) == {"2026-Q1": "2026-03-25", "2026-Q2": "2026-06-30", "2026-Q3": "2026-09-25",
                                          "2026-Q4": "2026-12-25"}  # the moved due date applies again
    assert waiting_item(reader)["period_due"] == "2026-06-30"


def test_a_new_day_gives_that_days_periods(world, tmp_path):
    """A plan reports until its horizon, at most until next year: on a new year's day, one more year."""
    [result] = ingest(world, [copy_of_the_plan(tmp_path, "giai-doan.txt", ("18/KH-UBND", "19/KH-UBND"),
                                               ("NÔNG THÔN NĂM 2026", "NÔNG THÔN GIAI ĐOẠN 2026-2030"))])
    assert max(dues(world, result.plan_id, TODAY)) == "2027-Q4"
    assert max(dues(world, result.plan_id, date(2027, 1, 1))) == "2028-Q4"


def test_a_change_rolled_back_is_never_shown(world):
    plan = rp.plan_id(world)
    with world.session() as s:  # a change seen by the transaction that makes it, then rolled back
        period_corrections.change_due(s, rp.user(s, "stc"), s.get(Plan, plan), "2026-Q2", "30/06/2026")
        assert {p.key: p.due for p in periods_of(s, [plan], TODAY)[plan]}["2026-Q2"] == date(2026, 6, 30)
        s.rollback()
    with world.session() as s, s.begin():  # another change of the same period, committed
        period_corrections.change_due(s, rp.user(s, "stc"), s.get(Plan, plan), "2026-Q2", "05/07/2026")
    assert dues(world, plan, TODAY)["2026-Q2"] == date(2026, 7, 5)


def test_a_correction_taken_away_and_another_made_is_seen_though_their_number_is_the_same(world):
    """No page takes a correction away, but a database administrator may: one taken away and another made leave as
    many as before, and the periods are derived again all the same."""
    from vnplan.register.models import PeriodCorrection

    plan = rp.plan_id(world)
    with world.session() as s, s.begin():
        period_corrections.change_due(s, rp.user(s, "stc"), s.get(Plan, plan), "2026-Q2", "30/06/2026")
    assert dues(world, plan, TODAY)["2026-Q2"] == date(2026, 6, 30)
    with world.session() as s, s.begin():
        s.query(PeriodCorrection).filter_by(plan_id=plan).delete()
        period_corrections.change_due(s, rp.user(s, "stc"), s.get(Plan, plan), "2026-Q2", "05/07/2026")
    assert dues(world, plan, TODAY)["2026-Q2"] == date(2026, 7, 5)
