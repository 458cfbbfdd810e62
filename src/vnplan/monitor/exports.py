"""Official exports of a plan's implementation: Excel (openpyxl), Word (python-docx), CSV and JSON.

The Excel file has the columns the planning departments use (STT, Nhiệm vụ,
Cơ quan chủ trì, Cơ quan phối hợp, Thời hạn, Tình hình thực hiện, Kết quả,
Khó khăn/kiến nghị) and a sheet of targets; the Word file follows the layout of
an administrative report (national motto, number, date, recipients, signature).
"""
from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from ..register.models import ProgressReport
from .access import readable
from .corrections import load, target_values, task_values
from .dashboard import PlanSummary
from .reports import reports_for
from .status import PROGRESS_LABELS, STATES

HEADERS = ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn", "Tình hình thực hiện", "Kết quả",
           "Khó khăn, vướng mắc / Kiến nghị"]


@dataclass
class ExportRow:
    number: int
    path: str
    text: str
    lead: str
    coordinators: str
    deadline: str
    status: str
    result: str
    issues: str


def _latest_report(reports: list[ProgressReport]) -> ProgressReport | None:
    shown = [r for r in reports if r.status in ("approved", "submitted")] or reports
    return max(shown, key=lambda r: (r.period, r.updated_at), default=None)


def rows(session: Session, summary: PlanSummary) -> list[ExportRow]:
    out = []
    loaded = load(session, "task", [row.task.id for row in summary.tasks])
    for number, row in enumerate(summary.tasks, 1):
        values = task_values(session, row.task, loaded, row.links)
        report = _latest_report(readable(session, summary.reader, reports_for(session, row.task)))
        status = STATES[row.status.state]
        if report and report.progress_label:
            status += f" — {PROGRESS_LABELS[report.progress_label]}"
        if report and report.percent is not None:
            status += f" ({report.percent}%)"
        issues = "; ".join(x for x in (report.difficulties, report.proposals) if x) if report else ""
        deadline = values["deadline"]
        out.append(ExportRow(number, row.task.path, row.task.text, ", ".join(values["lead"]),
                             ", ".join(values["coordinators"]) + (" và các cơ quan liên quan" if row.task.coordinators_collective else ""),
                             date.fromisoformat(deadline).strftime("%d/%m/%Y") if deadline else "",
                             status, report.result if report else "", issues))
    return out


def _target_rows(session: Session, summary: PlanSummary) -> list[list]:
    out = []
    loaded = load(session, "target", [t.id for t, _, _ in summary.targets])
    for number, (target, actual, period) in enumerate(summary.targets, 1):
        values = target_values(session, target, loaded)
        goal = " - ".join(f"{v:g}" for v in (values["min"], values["max"]) if v is not None)
        if values["min"] is None and values["max"] is not None:
            goal = f"≤ {values['max']:g}"
        elif values["max"] is None and values["min"] is not None:
            goal = f"≥ {values['min']:g}"
        out.append([number, target.indicator or target.text, goal, values["unit"], values["year"] or "",
                    "" if actual is None else actual, period or ""])
    return out


def xlsx(session: Session, summary: PlanSummary) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    book = Workbook()
    sheet = book.active
    sheet.title = "Nhiệm vụ"
    plan = summary.plan
    sheet.append([f"TÌNH HÌNH THỰC HIỆN KẾ HOẠCH SỐ {plan.number or ''} CỦA {(plan.issuer or '').upper()}"])
    sheet.append([f"(Số liệu đến ngày {date.today():%d/%m/%Y})"])
    sheet.append(HEADERS)
    for row in rows(session, summary):
        sheet.append([row.number, row.text, row.lead, row.coordinators, row.deadline, row.status, row.result, row.issues])
    thin = Side(style="thin")
    for cells in sheet.iter_rows(min_row=3):
        for cell in cells:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
    for cell in sheet[3]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
        cell.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
    sheet["A1"].font = Font(bold=True, size=13)
    for column, width in zip("ABCDEFGH", (6, 60, 24, 28, 12, 24, 40, 40)):
        sheet.column_dimensions[column].width = width
    sheet.freeze_panes = "A4"
    targets = book.create_sheet("Chỉ tiêu")
    targets.append(["STT", "Chỉ tiêu", "Mục tiêu", "Đơn vị", "Năm", "Thực hiện", "Kỳ báo cáo"])
    for values in _target_rows(session, summary):
        targets.append(values)
    for cell in targets[1]:
        cell.font = Font(bold=True)
    for column, width in zip("ABCDEFG", (6, 60, 14, 16, 8, 12, 12)):
        targets.column_dimensions[column].width = width
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def docx(session: Session, summary: PlanSummary, department: str = "SỞ TÀI CHÍNH") -> bytes:
    import docx as docx_lib
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    plan = summary.plan
    document = docx_lib.Document()
    section = document.sections[0]
    section.left_margin, section.right_margin = Cm(3), Cm(2)
    style = document.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(13)

    header = document.add_table(rows=1, cols=2)
    header.alignment = WD_TABLE_ALIGNMENT.CENTER
    left, right = header.rows[0].cells
    province = (plan.province or "").upper()
    left.paragraphs[0].add_run(f"UBND {'TỈNH ' if plan.issuer and 'tỉnh' in plan.issuer else ''}{province}").bold = False
    left.add_paragraph().add_run(department).bold = True
    left.add_paragraph("Số:       /BC-STC")
    right.paragraphs[0].add_run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").bold = True
    right.add_paragraph().add_run("Độc lập - Tự do - Hạnh phúc").bold = True
    today = date.today()
    right.add_paragraph().add_run(f"{plan.province or ''}, ngày {today.day} tháng {today.month} năm {today.year}").italic = True
    for cell in (left, right):
        for paragraph in cell.paragraphs:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER

    title = document.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.add_run("BÁO CÁO").bold = True
    subtitle = document.add_paragraph()
    subtitle.alignment = WD_ALIGN_PARAGRAPH.CENTER
    subtitle.add_run(f"Tình hình thực hiện Kế hoạch số {plan.number or '…'} ngày "
                     f"{plan.issued_date:%d/%m/%Y} của {plan.issuer or ''}" if plan.issued_date else
                     f"Tình hình thực hiện Kế hoạch số {plan.number or '…'}").bold = True

    document.add_paragraph().add_run("I. TÌNH HÌNH CHUNG").bold = True
    total = len(summary.tasks)
    document.add_paragraph(
        f"Kế hoạch có {total} nhiệm vụ. Đến ngày {today:%d/%m/%Y}: "
        + "; ".join(f"{STATES[state].lower()}: {summary.states.get(state, 0)}" for state in STATES) + ".")
    document.add_paragraph().add_run("II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ").bold = True
    table = document.add_table(rows=1, cols=len(HEADERS))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, HEADERS):
        cell.text = ""
        cell.paragraphs[0].add_run(text).bold = True
    for row in rows(session, summary):
        cells = table.add_row().cells
        for cell, value in zip(cells, (row.number, row.text, row.lead, row.coordinators, row.deadline, row.status,
                                       row.result, row.issues)):
            cell.text = str(value)
    targets = _target_rows(session, summary)
    if targets:
        document.add_paragraph().add_run("III. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU").bold = True
        table = document.add_table(rows=1, cols=7)
        table.style = "Table Grid"
        for cell, text in zip(table.rows[0].cells, ("STT", "Chỉ tiêu", "Mục tiêu", "Đơn vị", "Năm", "Thực hiện", "Kỳ")):
            cell.text = text
        for values in targets:
            for cell, value in zip(table.add_row().cells, values):
                cell.text = str(value)
    document.add_paragraph().add_run("IV. KHÓ KHĂN, VƯỚNG MẮC VÀ KIẾN NGHỊ").bold = True
    issues = [r for r in rows(session, summary) if r.issues]
    for row in issues or []:
        document.add_paragraph(f"- Nhiệm vụ {row.number}: {row.issues}")
    if not issues:
        document.add_paragraph("Chưa có khó khăn, vướng mắc được báo cáo.")

    footer = document.add_table(rows=1, cols=2)
    left, right = footer.rows[0].cells
    left.paragraphs[0].add_run("Nơi nhận:").bold = True
    for line in ("- UBND tỉnh (để báo cáo);", "- Các sở, ban, ngành;", "- Lưu: VT."):
        left.add_paragraph(line)
    right.paragraphs[0].add_run("GIÁM ĐỐC").bold = True
    right.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def csv_text(session: Session, summary: PlanSummary) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(HEADERS)
    for row in rows(session, summary):
        writer.writerow([row.number, row.text, row.lead, row.coordinators, row.deadline, row.status, row.result, row.issues])
    return "\ufeff" + out.getvalue()  # a BOM so that Excel opens the Vietnamese text as UTF-8


def json_data(session: Session, summary: PlanSummary) -> str:
    plan = summary.plan
    return json.dumps({
        "plan": {"id": plan.id, "number": plan.number, "issuer": plan.issuer, "title": plan.title,
                 "issued_date": plan.issued_date.isoformat() if plan.issued_date else None},
        "states": {state: summary.states.get(state, 0) for state in STATES},
        "tasks": [row.__dict__ for row in rows(session, summary)],
        "targets": [dict(zip(("stt", "indicator", "goal", "unit", "year", "actual", "period"), values))
                    for values in _target_rows(session, summary)],
    }, ensure_ascii=False, indent=1)
