"""Official exports of a plan's implementation: Excel (openpyxl), Word (python-docx), CSV and JSON.

The Excel file has the columns the planning departments use (STT, Nhiệm vụ,
Cơ quan chủ trì, Cơ quan phối hợp, Thời hạn, Tình hình thực hiện, Kết quả,
Khó khăn/kiến nghị, Tiến độ), numbers and dates as numbers and dates, and prints
on A4 landscape. The Word file is laid out as an administrative document under
Nghị định 30/2020/NĐ-CP: A4, its margins, Times New Roman, the national motto,
number and date line, a landscape section for the task table, "Nơi nhận:".
"""
from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from ..register.agencies import province_succession
from ..register.models import Plan
from .access import readable
from .corrections import load, target_values
from .dashboard import PlanSummary
from .formatting import format_date, format_number, goal_text, long_date, today_local
from .periods import period_label
from .reports import reports_for
from .status import PROGRESS_LABELS, STATES, approved_of_leads

HEADERS = ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn", "Tình hình thực hiện", "Kết quả",
           "Khó khăn, vướng mắc / Kiến nghị", "Tiến độ (%)"]
TARGET_HEADERS = ["STT", "Chỉ tiêu", "Mục tiêu", "Đơn vị", "Năm", "Thực hiện", "Kỳ báo cáo"]

# Nghị định 30/2020/NĐ-CP, Phụ lục I: A4, margins top and bottom 20-25 mm, left 30-35 mm, right 15-20 mm,
# Times New Roman 13-14 for the text.
PAGE_MM = (210, 297)
MARGINS_MM = {"top": 20, "bottom": 20, "left": 30, "right": 15}
FONT = "Times New Roman"
FONT_PT = 13
# The landscape task table: width of each column in mm, adding up to the width between the margins.
TASK_COLUMNS_MM = (12, 62, 28, 30, 20, 28, 30, 28, 14)
TARGET_COLUMNS_MM = (14, 92, 30, 22, 14, 30, 50)


@dataclass
class ExportRow:
    number: str  # the task's outline number (II.1.a.1), else its place in the list
    text: str
    lead: str
    coordinators: str
    deadline: date | None
    status: str
    result: str
    issues: str
    percent: int | None

    def cells(self) -> list:
        """The row as written in the table: dates dd/mm/yyyy (CSV and Word; Excel keeps the date itself)."""
        return [self.number, self.text, self.lead, self.coordinators, format_date(self.deadline), self.status,
                self.result, self.issues, "" if self.percent is None else self.percent]


@dataclass
class TargetRow:
    number: int
    indicator: str
    low: float | None
    high: float | None
    unit: str
    year: int | None
    actual: float | None
    period: str  # the reporting period's label

    @property
    def goal(self) -> float | str:
        """An exact goal as the number itself (written once); a range or a bound in words."""
        return self.low if self.low is not None and self.low == self.high else goal_text(self.low, self.high)

    def cells(self) -> list:
        return [self.number, self.indicator, self.goal if isinstance(self.goal, str) else format_number(self.goal),
                self.unit, self.year or "", format_number(self.actual), self.period]


def rows(session: Session, summary: PlanSummary) -> list[ExportRow]:
    """The task table: the leads as they stand today (the name the plan wrote beside a body that has changed
    since), corrected deadlines, each task's state and its lead's latest approved report (an official report
    states what the planning department accepted, the same for every reader)."""
    out = []
    for number, row in enumerate(summary.tasks, 1):
        approved = approved_of_leads(readable(session, summary.reader, reports_for(session, row.task)),
                                     row.facts.lead_ids or None)
        report = max(approved, key=lambda r: (r.period, r.updated_at), default=None)
        status = row.state_label
        if report and report.progress_label:
            status += f" — {PROGRESS_LABELS[report.progress_label]}"
        issues = "; ".join(x for x in (report.difficulties, report.proposals) if x) if report else ""
        out.append(ExportRow(row.task.path or str(number), row.task.text, row.lead_today_text, row.coordinators_text,
                             row.deadline, status, report.result if report else "", issues,
                             report.percent if report else None))
    return out


def target_rows(session: Session, summary: PlanSummary) -> list[TargetRow]:
    loaded = load(session, "target", [t.id for t, _, _ in summary.targets])
    out = []
    for number, (target, actual, period) in enumerate(summary.targets, 1):
        values = target_values(session, target, loaded)
        out.append(TargetRow(number, target.indicator or target.text, values["min"], values["max"], values["unit"] or "",
                             values["year"], actual, period_label(period) if period else ""))
    return out


def state_counts(summary: PlanSummary) -> list[tuple[str, int]]:
    """The four states of the national task-tracking system with the number of tasks in each."""
    return [(label, summary.states.get(state, 0)) for state, label in STATES.items()]


# -- Excel ------------------------------------------------------------------------------------------

def xlsx(session: Session, summary: PlanSummary) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    thin = Side(style="thin")
    boxed = Border(left=thin, right=thin, top=thin, bottom=thin)

    def set_up(sheet, header_row: int, widths: tuple[int, ...]) -> None:
        """A4 landscape, fitted to one page wide, the header row repeated on every page, frozen below it."""
        sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
        sheet.page_setup.orientation = sheet.ORIENTATION_LANDSCAPE
        sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
        sheet.print_title_rows = f"{header_row}:{header_row}"
        # frozen below the header, and beside the outline number and the task where there are more columns
        sheet.freeze_panes = f"{'C' if len(widths) > 3 else 'A'}{header_row + 1}"
        sheet.page_margins.left, sheet.page_margins.right = 0.6, 0.4  # inches
        sheet.page_margins.top = sheet.page_margins.bottom = 0.6
        for cells in sheet.iter_rows(min_row=header_row):
            for cell in cells:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
                cell.border = boxed
                cell.font = Font(name=FONT, size=11)
        for cell in sheet[header_row]:
            cell.font = Font(name=FONT, size=11, bold=True)
            cell.fill = PatternFill("solid", fgColor="DDEBF7")
            cell.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
        for index, width in enumerate(widths, 1):
            sheet.column_dimensions[get_column_letter(index)].width = width

    plan = summary.plan
    book = Workbook()
    sheet = book.active
    sheet.title = "Nhiệm vụ"
    sheet.append([f"TÌNH HÌNH THỰC HIỆN KẾ HOẠCH SỐ {plan.number or ''} CỦA {(plan.issuer or '').upper()}"])
    sheet.append([f"(Số liệu đến ngày {format_date(today_local())})"])
    sheet.append(HEADERS)
    for row in rows(session, summary):
        sheet.append([row.number, row.text, row.lead, row.coordinators, row.deadline, row.status, row.result,
                      row.issues, row.percent])
    set_up(sheet, 3, (10, 60, 24, 28, 12, 24, 40, 40, 10))
    for cell in sheet["E"][3:]:
        cell.number_format = "DD/MM/YYYY"
    for cell in sheet["I"][3:]:
        cell.number_format = "0"
    sheet["A1"].font = Font(name=FONT, bold=True, size=13)
    sheet["A2"].font = Font(name=FONT, italic=True, size=11)

    targets = book.create_sheet("Chỉ tiêu")
    targets.append(TARGET_HEADERS)
    for target in target_rows(session, summary):
        targets.append([target.number, target.indicator, target.goal, target.unit, target.year, target.actual,
                        target.period])
    set_up(targets, 1, (6, 60, 14, 16, 8, 12, 26))
    for column in ("C", "F"):
        for cell in targets[column][1:]:
            cell.number_format = "#,##0.##"

    counts = book.create_sheet("Tổng hợp")
    counts.append(["Tình trạng", "Số nhiệm vụ"])
    for label, count in state_counts(summary):
        counts.append([label, count])
    counts.append(["Tổng số", len(summary.tasks)])
    set_up(counts, 1, (36, 14))
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


# -- Word -------------------------------------------------------------------------------------------

def _province_today(plan: Plan, today: date) -> str:
    """The province the report is written in: the plan's, or the one it has merged into since."""
    merged = province_succession(plan.province or "")
    return merged.new if merged and merged.on <= today else plan.province or ""


def _level(issuer: str | None) -> str:
    """"TỈNH" or "THÀNH PHỐ", as the plan's issuer calls its province."""
    return "THÀNH PHỐ" if "thành phố" in (issuer or "").lower() and "tỉnh" not in (issuer or "").lower() else "TỈNH"


def docx(session: Session, summary: PlanSummary, department: str = "SỞ TÀI CHÍNH") -> bytes:
    import docx as docx_lib
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    plan = summary.plan
    today = today_local()
    document = docx_lib.Document()

    def lay_out(section, landscape: bool) -> None:
        width, height = Mm(PAGE_MM[0]), Mm(PAGE_MM[1])
        section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = (height, width) if landscape else (width, height)
        section.top_margin, section.bottom_margin = Mm(MARGINS_MM["top"]), Mm(MARGINS_MM["bottom"])
        section.left_margin, section.right_margin = Mm(MARGINS_MM["left"]), Mm(MARGINS_MM["right"])

    def paragraph(container, text: str = "", bold: bool = False, italic: bool = False, size: int | None = None,
                  centre: bool = False, first: bool = False):
        para = container.paragraphs[0] if first else container.add_paragraph()
        run = para.add_run(text)
        run.bold, run.italic = bold, italic
        if size:
            run.font.size = Pt(size)
        if centre:
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        return para

    def table(headers: list[str], body: list[list], widths_mm: tuple[int, ...]):
        grid = document.add_table(rows=1, cols=len(headers))
        grid.style = "Table Grid"
        grid.autofit = False
        grid.alignment = WD_TABLE_ALIGNMENT.CENTER
        header = grid.rows[0]
        repeat = OxmlElement("w:tblHeader")  # the header row again at the top of every page
        repeat.set(qn("w:val"), "true")
        header._tr.get_or_add_trPr().append(repeat)
        for cell, text in zip(header.cells, headers):
            paragraph(cell, text, bold=True, size=11, centre=True, first=True)
        for values in body:
            for cell, value in zip(grid.add_row().cells, values):
                paragraph(cell, str(value), size=11, first=True)
        for column, width in zip(grid.columns, widths_mm):
            column.width = Mm(width)
            for cell in column.cells:
                cell.width = Mm(width)
        return grid

    first = document.sections[0]
    lay_out(first, landscape=False)
    # Page numbers at the top centre from the second page on (Nghị định 30/2020/NĐ-CP); later sections follow.
    first.different_first_page_header_footer = True
    number_field = OxmlElement("w:fldSimple")
    number_field.set(qn("w:instr"), "PAGE")
    numbered = first.header.paragraphs[0]
    numbered.alignment = WD_ALIGN_PARAGRAPH.CENTER
    numbered._p.append(number_field)
    normal = document.styles["Normal"]
    normal.font.name, normal.font.size = FONT, Pt(FONT_PT)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)  # Vietnamese letters in the same face
    normal.paragraph_format.space_after = Pt(3)

    # The heading block: issuing body and number on the left, the national motto and the date line on the right.
    head = document.add_table(rows=2, cols=2)
    head.alignment = WD_TABLE_ALIGNMENT.CENTER
    (body, motto), (number, dated) = head.rows[0].cells, head.rows[1].cells
    paragraph(body, f"UBND {_level(plan.issuer)} {_province_today(plan, today).upper()}", size=12, centre=True,
              first=True)
    paragraph(body, department, bold=True, size=12, centre=True)
    paragraph(motto, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, size=12, centre=True, first=True)
    paragraph(motto, "Độc lập - Tự do - Hạnh phúc", bold=True, size=13, centre=True)
    paragraph(number, "Số:       /BC-STC", size=13, centre=True, first=True)
    paragraph(dated, f"{_province_today(plan, today)}, {long_date(today)}", italic=True, size=13, centre=True,
              first=True)
    for column, width in zip(head.columns, (60, 105)):
        for cell in column.cells:
            cell.width = Mm(width)

    paragraph(document, "BÁO CÁO", bold=True, size=14, centre=True)
    issued = f" ngày {format_date(plan.issued_date)} của {plan.issuer or ''}" if plan.issued_date else ""
    paragraph(document, f"Tình hình thực hiện Kế hoạch số {plan.number or '…'}{issued}", bold=True, size=14,
              centre=True)

    paragraph(document, "I. TÌNH HÌNH CHUNG", bold=True)
    counts = state_counts(summary)
    paragraph(document, f"Kế hoạch có {len(summary.tasks)} nhiệm vụ. Đến ngày {format_date(today)}: "
              + "; ".join(f"{label.lower()}: {count}" for label, count in counts) + ".")
    total = len(summary.tasks) or 1
    table(["Tình trạng", "Số nhiệm vụ", "Tỷ lệ (%)"],
          [[label, count, format_number(100 * count / total, 1)] for label, count in counts]
          + [["Tổng số", len(summary.tasks), "100"]], (95, 35, 35))

    tasks = rows(session, summary)
    landscape = document.add_section(WD_SECTION.NEW_PAGE)
    lay_out(landscape, landscape=True)
    paragraph(document, "II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ", bold=True)
    table(HEADERS, [row.cells() for row in tasks], TASK_COLUMNS_MM)
    targets = target_rows(session, summary)
    if targets:
        paragraph(document, "III. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU", bold=True)
        table(TARGET_HEADERS, [target.cells() for target in targets], TARGET_COLUMNS_MM)

    lay_out(document.add_section(WD_SECTION.NEW_PAGE), landscape=False)
    paragraph(document, f"{'IV' if targets else 'III'}. KHÓ KHĂN, VƯỚNG MẮC VÀ KIẾN NGHỊ", bold=True)
    issues = [row for row in tasks if row.issues]
    for row in issues:
        paragraph(document, f"- Nhiệm vụ {row.number}: {row.issues}")
    if not issues:
        paragraph(document, "Chưa có khó khăn, vướng mắc được báo cáo.")

    footer = document.add_table(rows=1, cols=2)
    recipients, signature = footer.rows[0].cells
    paragraph(recipients, "Nơi nhận:", bold=True, italic=True, size=12, first=True)
    for line in (f"- UBND {_level(plan.issuer).lower()} (để báo cáo);", "- Các sở, ban, ngành;", "- Lưu: VT."):
        paragraph(recipients, line, size=11)
    paragraph(signature, "GIÁM ĐỐC", bold=True, size=13, centre=True, first=True)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


# -- CSV and JSON -----------------------------------------------------------------------------------

def csv_text(session: Session, summary: PlanSummary) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(HEADERS)
    for row in rows(session, summary):
        writer.writerow(row.cells())
    return "\ufeff" + out.getvalue()  # a BOM so that Excel opens the Vietnamese text as UTF-8


def json_data(session: Session, summary: PlanSummary) -> str:
    plan = summary.plan
    return json.dumps({
        "plan": {"id": plan.id, "number": plan.number, "issuer": plan.issuer, "title": plan.title,
                 "issued_date": plan.issued_date.isoformat() if plan.issued_date else None},
        "states": {state: summary.states.get(state, 0) for state in STATES},
        "tasks": [row.__dict__ | {"deadline": row.deadline.isoformat() if row.deadline else None}
                  for row in rows(session, summary)],
        "targets": [{"stt": t.number, "indicator": t.indicator, "min": t.low, "max": t.high, "unit": t.unit,
                     "year": t.year, "actual": t.actual, "period": t.period} for t in target_rows(session, summary)],
    }, ensure_ascii=False, indent=1)
