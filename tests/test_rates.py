"""The reporting-rate table: cells, DHIS2 completeness and timeliness, Hà Nội due dates, filters, scope, Excel, API."""
import io
from datetime import date

import openpyxl
import pytest

import reporting_plans as rp
from vnplan.monitor import access, corrections, period_corrections, rates, reports
from vnplan.monitor.errors import PermissionDenied
from vnplan.register import agencies as registry
from vnplan.register.models import ProgressReport
from vnplan.web.app import create_app
from vnplan.web.settings import Settings

TODAY = date(2026, 11, 30)  # Q1-Q3 2026 are due (20/03, 20/06, 20/09), Q4 (20/12) is not


@pytest.fixture
def made(db, tmp_path):
    """Reports of Quảng Bình's quarterly plan: on time, late, returned, missing, and one for Hà Tĩnh."""
    rp.setup(db, tmp_path)
    rp.submit(db, "nn", "II.1.1", "2026-Q1", rp.utc(2026, 3, 18, 2))  # on time
    rp.submit(db, "nn", "II.1.2", "2026-Q1", rp.utc(2026, 3, 25, 2))  # five days late
    rp.submit(db, "xd", "II.2", "2026-Q1", rp.utc(2026, 3, 10, 2))  # on time
    rp.submit(db, "xd", "II.2", "2026-Q4", rp.utc(2026, 11, 2, 2))  # early, before its period is due
    returned = rp.submit(db, "yt", "II.3", "2026-Q2", rp.utc(2026, 6, 19, 2))
    with db.session() as s, s.begin():
        reports.return_report(s, rp.user(s, "stc"), s.get(ProgressReport, returned), "Thiếu số liệu giám sát")
    rp.submit(db, "nn-ht", "II.1.1", "2026-Q2", rp.utc(2026, 6, 1, 2), province=rp.OTHER_PROVINCE)
    return db


def table(db, **filters):
    with db.session() as s:
        return rates.rate_table(s, rates.Filters(**filters), TODAY), {
            name: agency_id for agency_id, name in rates.rate_table(s, rates.Filters(**filters), TODAY).agencies.items()}


def test_cells_say_on_time_late_missing_returned_and_not_due(made):
    grid, ids = table(made, province=rp.PROVINCE)
    nn, xd, yt = ids["Sở Nông nghiệp và Môi trường"], ids["Sở Xây dựng"], ids["Sở Y tế"]
    assert [p.key for p in grid.periods] == ["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"]
    assert grid.cell(nn, "2026-Q1").label == "Trễ hạn (2/2)"  # one of its two reports came late
    assert grid.cell(nn, "2026-Q2").label == "Chưa nộp (quá hạn) (0/2)"
    assert grid.cell(xd, "2026-Q1").label == "Đúng hạn (1/1)"
    assert grid.cell(xd, "2026-Q4").state == rates.ON_TIME  # sent before the due date
    assert grid.cell(nn, "2026-Q4").label == "Chưa đến hạn (0/2)"
    assert grid.cell(yt, "2026-Q2").label == "Bị trả lại (1/1)"
    assert "Các sở, ban, ngành" not in ids  # a class of bodies owes no report of its own


def test_completeness_and_timeliness_follow_dhis2_over_due_periods(made):
    grid, ids = table(made, province=rp.PROVINCE)
    nn, xd = grid.agency_rate(ids["Sở Nông nghiệp và Môi trường"]), grid.agency_rate(ids["Sở Xây dựng"])
    assert (nn.expected, nn.received, nn.on_time) == (6, 2, 1)  # 2 tasks x 3 due quarters
    assert nn.completeness == pytest.approx(2 / 6) and nn.timeliness == pytest.approx(1 / 6)
    assert (xd.expected, xd.received, xd.on_time) == (3, 1, 1)  # Q4's early report is not yet expected
    q1 = grid.period_rate("2026-Q1")
    assert (q1.expected, q1.received, q1.on_time) == (4, 3, 2)  # four tasks; Sở Tài chính only sums up the reports
    assert grid.period_rate("2026-Q4").completeness is None  # nothing is due yet: no rate, not 0 %
    overall = grid.overall
    assert (overall.expected, overall.received, overall.on_time) == (12, 4, 3)


def test_a_corrected_reporting_cycle_and_moved_due_date_are_the_tables_periods(made):
    """The table reads many plans' periods from plain rows: the same periods, corrections applied, as a plan's page."""
    from vnplan.monitor import period_corrections
    from vnplan.monitor.periods import periods_for, periods_of

    with made.session() as s, s.begin():
        plan = s.get(rates.Plan, rp.plan_id(made))
        duty = plan.current.reporting[0]
        corrections.correct_duty(s, rp.user(s, "stc"), duty, "frequency", "semiannual")
        period_corrections.change_due(s, rp.user(s, "stc"), plan, "2026-H2", "05/01/2027")
    grid, ids = table(made, province=rp.PROVINCE)
    assert [(p.key, p.due) for p in grid.periods] == [("2026-H1", date(2026, 6, 20)), ("2026-H2", date(2027, 1, 5))]
    # the quarters' reports answer no half-year
    assert grid.cell(ids["Sở Nông nghiệp và Môi trường"], "2026-H1").label == "Chưa nộp (quá hạn) (0/2)"
    with made.session() as s:
        plans = list(s.scalars(rates.select(rates.Plan)))
        assert periods_of(s, [p.id for p in plans], TODAY) == {p.id: periods_for(p, TODAY) for p in plans}


def test_due_date_ends_at_midnight_hanoi_time(db, tmp_path):
    rp.setup(db, tmp_path)
    rp.submit(db, "nn", "II.1.1", "2026-Q1", rp.utc(2026, 3, 20, 16, 30))  # 23:30 on 20/03 in Hà Nội
    rp.submit(db, "nn", "II.1.2", "2026-Q1", rp.utc(2026, 3, 20, 17, 30))  # 00:30 on 21/03 in Hà Nội
    grid, ids = table(db, province=rp.PROVINCE)
    rate = grid.period_rate("2026-Q1")
    assert (rate.received, rate.on_time) == (2, 1)


def test_filters_by_period_agency_and_province(made):
    grid, ids = table(made, province=rp.PROVINCE, periods=("2026-Q2",))
    assert [p.key for p in grid.periods] == ["2026-Q2"]
    nn = ids["Sở Nông nghiệp và Môi trường"]
    only, _ = table(made, province=rp.PROVINCE, agency_ids=(nn,))
    assert list(only.agencies) == [nn]
    other, other_ids = table(made, province=rp.OTHER_PROVINCE)
    assert other.period_rate("2026-Q2").received == 1 and other.period_rate("2026-Q1").received == 0


def test_corrected_lead_owes_the_reports(made):
    with made.session() as s, s.begin():
        corrections.correct_task(s, rp.user(s, "stc"), rp.task(s, "II.2"), "lead", "Sở Y tế")
    grid, ids = table(made, province=rp.PROVINCE)
    assert "Sở Xây dựng" not in ids
    assert grid.cell(ids["Sở Y tế"], "2026-Q1").expected == 2


def test_agencies_in_vietnamese_dictionary_order_on_the_page_and_in_excel(made):
    """"Sở Nội vụ" before "Sở Nông nghiệp …" (i before n), which the order of the characters' codes inverts."""
    with made.session() as s, s.begin():
        corrections.correct_task(s, rp.user(s, "stc"), rp.task(s, "II.2"), "lead", "Sở Nội vụ")
    grid, _ = table(made, province=rp.PROVINCE)
    assert list(grid.agencies.values()) == ["Sở Nội vụ", "Sở Nông nghiệp và Môi trường", "Sở Y tế"]
    book = openpyxl.load_workbook(io.BytesIO(rates.to_xlsx(grid, "Tình hình gửi báo cáo")))
    counted = [row[0] for row in book["Số liệu"].iter_rows(min_row=2, values_only=True)]
    assert list(dict.fromkeys(counted)) == ["Sở Nội vụ", "Sở Nông nghiệp và Môi trường", "Sở Y tế"]


def test_successor_reports_in_place_of_the_agency_it_replaced(made):
    with made.session() as s, s.begin():
        old = registry.find(s, "Sở Xây dựng", rp.PROVINCE)[0]
        new = registry.resolve(s, rp.PROVINCE, "Sở Xây dựng và Giao thông")
        registry.succeed(s, old, new, date(2026, 7, 1))
    grid, ids = table(made, province=rp.PROVINCE)
    assert "Sở Xây dựng" not in ids
    assert grid.cell(ids["Sở Xây dựng và Giao thông"], "2026-Q1").label == "Đúng hạn (1/1)"


def test_scope_keeps_provinces_and_agencies_apart(made):
    with made.session() as s:
        plan = s.get(rates.Plan, rp.plan_id(made))
        with pytest.raises(PermissionDenied):
            access.reporting_scope(rp.user(s, "stc-ht"), plan=plan)
        with pytest.raises(PermissionDenied):
            access.reporting_scope(rp.user(s, "stc"), province=rp.OTHER_PROVINCE)
        nn = rp.user(s, "nn")
        assert access.reporting_scope(nn).agency_ids == (nn.agency_id,)


def test_excel_has_labels_numbers_and_a4_landscape(made):
    grid, _ = table(made, province=rp.PROVINCE)
    book = openpyxl.load_workbook(io.BytesIO(rates.to_xlsx(grid, "Tình hình gửi báo cáo")))
    sheet = book["Tỷ lệ báo cáo"]
    rows = {row[0].value: row for row in sheet.iter_rows(min_row=4)}
    nn = rows["Sở Nông nghiệp và Môi trường"]
    assert [c.value for c in nn[1:5]] == ["Trễ hạn (2/2)", "Chưa nộp (quá hạn) (0/2)", "Chưa nộp (quá hạn) (0/2)",
                                          "Chưa đến hạn (0/2)"]
    assert nn[5].value == pytest.approx(2 / 6) and nn[5].number_format == "0.0%"
    assert nn[1].fill.fgColor.rgb.endswith(rates.CELL_FILLS[rates.LATE])
    assert sheet.page_setup.orientation == "landscape" and int(sheet.page_setup.paperSize) == int(sheet.PAPERSIZE_A4)
    counts = list(book["Số liệu"].iter_rows(min_row=2, values_only=True))
    assert ("Sở Xây dựng", "Quý I/2026") in {(r[0], r[1]) for r in counts}
    assert all(isinstance(r[4], int) and isinstance(r[5], int) for r in counts)


def test_api_and_pages_with_who_may_see_what(made, tmp_path):
    app = create_app(made, Settings(tmp_path, "r" * 48))
    plan = rp.plan_id(made)
    body = rp.signed_in(app, "stc").get(f"/api/plans/{plan}/rates").json()
    names = [a["name"] for a in body["agencies"]]
    assert "Sở Nông nghiệp và Môi trường" in names and body["overall"]["expected"] > 0
    focal = rp.signed_in(app, "nn")
    own = focal.get(f"/api/plans/{plan}/rates").json()
    assert [a["name"] for a in own["agencies"]] == ["Sở Nông nghiệp và Môi trường"]
    other_agency = next(a["id"] for a in body["agencies"] if a["name"] == "Sở Y tế")
    assert focal.get(f"/api/plans/{plan}/rates?agency={other_agency}").status_code == 403
    assert rp.signed_in(app, "stc-ht").get(f"/api/plans/{plan}/rates").status_code == 403
    assert rp.signed_in(app, "stc-ht").get(f"/rates?province={rp.PROVINCE}").status_code == 403
    page = rp.signed_in(app, "stc").get(f"/plans/{plan}/rates")
    assert page.status_code == 200 and "Tỷ lệ đầy đủ" in page.text and "Chưa nộp (quá hạn)" in page.text
    xlsx = rp.signed_in(app, "stc").get(f"/plans/{plan}/rates.xlsx")
    assert xlsx.headers["content-type"].startswith("application/vnd.openxmlformats")
    drill = rp.signed_in(app, "stc").get(f"/rates/reports?plan={plan}&agency={other_agency}&period=2026-Q2")
    assert drill.status_code == 200 and "Bị trả lại" in drill.text


def test_a_column_summing_plans_with_different_due_days_shows_them_all(made):
    """Across plans a period may fall due on several days: the header says from the first to the last, not one."""
    with made.session() as s:
        grid = rates.rate_table(s, rates.Filters(), TODAY)
        q1 = next(p for p in grid.periods if p.key == "2026-Q1")
        assert grid.due_text(q1) == f"hạn {q1.due:%d/%m/%Y}"  # every plan the same day
    later = q1.due.replace(day=q1.due.day + 5)
    with made.session() as s, s.begin():
        other = s.get(rp.Plan, rp.plan_id(made, rp.OTHER_PROVINCE))
        period_corrections.change_due(s, rp.user(s, "stc-ht"), other, "2026-Q1", f"{later:%d/%m/%Y}")
    with made.session() as s:
        grid = rates.rate_table(s, rates.Filters(), TODAY)
        q1 = next(p for p in grid.periods if p.key == "2026-Q1")
        assert grid.due_text(q1) == f"hạn {q1.due:%d/%m/%Y} – {later:%d/%m/%Y}"


def test_cross_plan_page_filters_by_plan(made, tmp_path):
    app = create_app(made, Settings(tmp_path, "r" * 48))
    planning = rp.signed_in(app, "stc")
    page = planning.get(f"/rates?province={rp.PROVINCE}&plan={rp.plan_id(made)}&period=2026-Q1")
    assert page.status_code == 200 and "Kế hoạch 18/KH-UBND" in page.text
    assert f"plan={rp.plan_id(made)}" in page.text.split("/rates/reports?")[1]  # drill-down keeps the plan
    assert "Quý II/2026</th>" not in page.text
    assert planning.get(f"/rates?plan={rp.plan_id(made, rp.OTHER_PROVINCE)}").status_code == 403


def test_focal_point_sees_its_own_row_and_bad_input_gets_a_message(made, tmp_path):
    app = create_app(made, Settings(tmp_path, "r" * 48))
    focal = rp.signed_in(app, "xd")
    page = focal.get("/rates")
    assert page.status_code == 200 and 'data-agency="Sở Xây dựng"' in page.text
    assert 'data-agency="Sở Y tế"' not in page.text
    planning = rp.signed_in(app, "stc")
    assert planning.get("/api/plans/999999/rates").json()["detail"] == "Không tìm thấy kế hoạch"
    wrong = planning.get("/api/rates?agency=mot")
    assert wrong.status_code == 422 and "Dữ liệu không hợp lệ" in wrong.json()["detail"]
    refused = planning.post("/api/inbox/decide", json={"action": "approve", "items": [{"kind": "bang", "id": 1}]})
    assert refused.status_code == 400 and refused.json()["detail_en"]
