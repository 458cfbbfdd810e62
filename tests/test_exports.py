"""The official exports opened as files: the Word report laid out as an administrative document
(Nghị định 30/2020/NĐ-CP), the Excel workbook set up to print, figures as numbers."""
import io
from datetime import date

import docx
import openpyxl
import pytest
from docx.enum.section import WD_ORIENT
from docx.shared import Mm, Pt
from sqlalchemy import select

from conftest import SAMPLE
from vnplan.monitor import dashboard, exports, reports, users
from vnplan.register import Database, find_plan_by_number, ingest
from vnplan.register import agencies as registry
from vnplan.register.models import Target, Task

PERIOD = "once-2024-04-15"


@pytest.fixture
def summary(tmp_path):
    """The sample plan with one task reported done and one target's figure in, both approved, as a session and its
    summary."""
    db = Database(f"sqlite:///{tmp_path / 'vnplan.sqlite'}")
    ingest(db, [SAMPLE])
    with db.session() as s, s.begin():
        tt = registry.find(s, "Sở Thông tin và Truyền thông", "Quảng Bình")[0]
        planning = users.create_user(s, "stc", "mat-khau-stc", "planning", "Phòng Tổng hợp", province="Quảng Bình")
        agency = users.create_user(s, "tttt", "mat-khau-tttt", "agency", "Đầu mối", agency=tt)
        task = s.scalar(select(Task).where(Task.text.like("Tham mưu ban hành Quy chế%")))
        report = reports.save_report(s, agency, task, PERIOD, {"percent": 100, "result": "Đã ban hành Quy chế",
                                                                 "difficulties": "Thiếu nhân lực"}, submit=True)
        reports.approve(s, planning, report)
        target = s.scalar(select(Target).where(Target.task_path == "II.2.a.1"))
        reports.approve(s, planning, reports.save_actual(s, agency, target, PERIOD, 98.5, submit=True))
    with db.session() as s:
        yield s, dashboard.plan_summary(s, find_plan_by_number(s, "215/KH-UBND"))
    db.engine.dispose()


def _mm(length) -> float:
    return round(length / Mm(1), 1)


def test_the_word_report_is_laid_out_as_an_administrative_document(summary):
    session, plan_summary = summary
    document = docx.Document(io.BytesIO(exports.docx(session, plan_summary)))
    portrait, landscape, closing = document.sections
    for section in document.sections:
        assert 20 <= _mm(section.top_margin) <= 25 and 20 <= _mm(section.bottom_margin) <= 25
        assert 30 <= _mm(section.left_margin) <= 35 and 15 <= _mm(section.right_margin) <= 20
    assert (_mm(portrait.page_width), _mm(portrait.page_height)) == (210, 297)
    assert portrait.orientation == WD_ORIENT.PORTRAIT and closing.orientation == WD_ORIENT.PORTRAIT
    assert landscape.orientation == WD_ORIENT.LANDSCAPE
    assert (_mm(landscape.page_width), _mm(landscape.page_height)) == (297, 210)
    assert portrait.different_first_page_header_footer  # no number on the first page
    assert portrait.header.paragraphs[0]._p.xpath("./w:fldSimple[@w:instr='PAGE']")
    assert landscape.header.is_linked_to_previous and closing.header.is_linked_to_previous
    normal = document.styles["Normal"].font
    assert normal.name == "Times New Roman" and Pt(13) <= normal.size <= Pt(14)

    head = document.tables[0]
    assert [p.text for p in head.cell(0, 1).paragraphs] == ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                                                           "Độc lập - Tự do - Hạnh phúc"]
    assert head.cell(1, 0).text.startswith("Số:")
    assert head.cell(1, 1).text.startswith("Quảng Trị, ngày ")  # the province the report is written in today
    assert head.cell(0, 0).paragraphs[1].text == "SỞ TÀI CHÍNH" and head.cell(0, 0).paragraphs[1].runs[0].bold

    counts = document.tables[1]
    assert [c.text for c in counts.rows[0].cells] == ["Tình trạng", "Số nhiệm vụ", "Tỷ lệ (%)"]
    states = {row.cells[0].text: row.cells[1].text for row in counts.rows[1:]}
    assert set(states) >= {"Hoàn thành đúng hạn", "Hoàn thành quá hạn", "Chưa hoàn thành, trong hạn",
                           "Chưa hoàn thành, quá hạn"} and states["Tổng số"] == "10"

    tasks = document.tables[2]
    assert tasks.rows[0]._tr.trPr.xpath("./w:tblHeader")  # the header repeats on every page
    widths = [_mm(cell.width) for cell in tasks.rows[0].cells]
    assert abs(sum(widths) - (297 - 30 - 15)) < 1 and widths[1] == max(widths)  # the task text gets the room
    row = next(r for r in tasks.rows if r.cells[0].text == "II.1.a.1")
    assert row.cells[4].text == "30/06/2024" and row.cells[6].text == "Đã ban hành Quy chế"
    targets = document.tables[3]
    figures = {r.cells[1].text: (r.cells[2].text, r.cells[5].text, r.cells[6].text) for r in targets.rows[1:]}
    assert ("100", "98,5", "Báo cáo một lần (hạn 15/04/2024)") in figures.values()
    assert "12" in {goal for goal, _, _ in figures.values()} and not any(" - " in g for g, _, _ in figures.values())
    text = "\n".join(p.text for p in document.paragraphs) + "".join(c.text for t in document.tables for r in t.rows
                                                                  for c in r.cells)
    assert "Nơi nhận:" in text and "GIÁM ĐỐC" in text and "98.5" not in text and "once-" not in text


def test_the_excel_workbook_prints_on_a4_landscape_with_figures_as_numbers(summary):
    session, plan_summary = summary
    book = openpyxl.load_workbook(io.BytesIO(exports.xlsx(session, plan_summary)))
    for sheet in book.worksheets:
        assert int(sheet.page_setup.paperSize) == 9  # A4
        assert sheet.page_setup.orientation == "landscape"
        assert sheet.sheet_properties.pageSetUpPr.fitToPage and sheet.page_setup.fitToWidth == 1
        assert sheet.page_setup.fitToHeight == 0
    tasks = book["Nhiệm vụ"]
    assert tasks.print_title_rows == "$3:$3" and tasks.freeze_panes == "C4"
    assert [c.value for c in tasks[3]] == exports.HEADERS
    row = next(r for r in tasks.iter_rows(min_row=4, values_only=True) if r[0] == "II.1.a.1")
    assert row[4].date() == date(2024, 6, 30) and row[8] == 100 and isinstance(row[8], int)
    assert tasks.cell(row=4, column=5).number_format == "DD/MM/YYYY"
    assert [r[0] for r in tasks.iter_rows(min_row=4, values_only=True)][:3] == ["II.1.a.1", "II.1.a.2", "II.1.b"]

    targets = book["Chỉ tiêu"]
    assert targets.print_title_rows == "$1:$1"
    lines = list(targets.iter_rows(min_row=2, values_only=True))
    assert any(line[2] == 100 and line[5] == 98.5 and line[6] == "Báo cáo một lần (hạn 15/04/2024)" for line in lines)
    assert any(line[2] == 12 for line in lines) and not any(isinstance(line[2], str) and " - " in line[2]
                                                            for line in lines)
    assert any(line[2] == "≥ 80" for line in lines)
    counts = {label: n for label, n in book["Tổng hợp"].iter_rows(min_row=2, values_only=True)}
    assert counts["Tổng số"] == 10 and sum(v for k, v in counts.items() if k != "Tổng số") == 10


def test_csv_and_json_write_dates_and_periods_for_people(summary):
    session, plan_summary = summary
    text = exports.csv_text(session, plan_summary)
    assert "30/06/2024" in text and "2024-06-30" not in text
    assert "Báo cáo một lần (hạn 15/04/2024)" in exports.json_data(session, plan_summary)


def test_an_official_report_states_only_what_the_planning_department_approved_of_the_lead(tmp_path):
    """A report waiting in the inbox, a partner's report and a figure not yet approved are no part of an official
    report, whoever downloads it."""
    db = Database(f"sqlite:///{tmp_path / 'vnplan.sqlite'}")
    ingest(db, [SAMPLE])
    with db.session() as s, s.begin():
        planning = users.create_user(s, "stc", "mat-khau-stc", "planning", "Phòng Tổng hợp", province="Quảng Bình")
        lead = users.create_user(s, "tttt", "mat-khau-tttt", "agency",
                                 agency=registry.find(s, "Sở Thông tin và Truyền thông", "Quảng Bình")[0])
        partner = users.create_user(s, "nv", "mat-khau-nv", "agency",
                                    agency=registry.find(s, "Sở Nội vụ", "Quảng Bình")[0])
        task = s.scalar(select(Task).where(Task.text.like("Tham mưu ban hành Quy chế%")))
        reports.approve(s, planning, reports.save_report(s, lead, task, PERIOD, {
            "percent": 60, "result": "Đã trình dự thảo Quy chế"}, submit=True))
        reports.save_report(s, partner, task, PERIOD, {"progress_label": "chua_trien_khai",
                                                       "result": "Chưa nhận được dự thảo"}, submit=True)
        other = s.scalar(select(Task).where(Task.text.like("Tổ chức tuyên truyền%")))
        reports.save_report(s, lead, other, PERIOD, {"percent": 30, "result": "Chờ duyệt"}, submit=True)
        target = s.scalar(select(Target).where(Target.task_path == "II.2.a.1"))
        reports.save_actual(s, lead, target, PERIOD, 1234.5, submit=True)
    with db.session() as s:
        summary = dashboard.plan_summary(s, find_plan_by_number(s, "215/KH-UBND"))
        rows = exports.rows(s, summary)
        [own] = [row.result for row in rows if row.text.startswith("Tham mưu ban hành Quy chế")]
        [media] = [row.result for row in rows if row.text.startswith("Tổ chức tuyên truyền")]
        assert (own, media) == ("Đã trình dự thảo Quy chế", "")  # the lead's approved words; the other still waits
        assert all(row.actual is None for row in exports.target_rows(s, summary))
    db.engine.dispose()
