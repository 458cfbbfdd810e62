"""Readers exercised on real files the tests write: PDF (fpdf2), DOCX (python-docx), HTML."""
from pathlib import Path

import docx
import pytest
from fpdf import FPDF

import vnplan
from vnplan.read import read_file

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
TASKS = [f"Sở Y tế chủ trì, phối hợp với Sở Tài chính nâng cấp trạm y tế xã số {i}, hoàn thành trước ngày 30/6/2025."
         for i in range(1, 9)]


def _pdf(path: Path, pages: int = 3, with_text: bool = True) -> Path:
    pdf = FPDF()
    pdf.add_font("DejaVu", fname=str(FONT))
    for page in range(1, pages + 1):
        pdf.add_page()
        if not with_text:
            pdf.rect(20, 20, 100, 100)
            continue
        pdf.set_font("DejaVu", size=9)
        pdf.cell(0, 6, "UBND TỈNH NINH THUẬN - Kế hoạch số 88/KH-UBND", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", size=12)
        if page == 1:
            for line in ["Số: 88/KH-UBND", "Ninh Thuận, ngày 10 tháng 4 năm 2025", "KẾ HOẠCH",
                         "NÂNG CAO CHẤT LƯỢNG Y TẾ CƠ SỞ NĂM 2025", "I. MỤC ĐÍCH, YÊU CẦU",
                         "Bảo đảm chăm sóc sức khỏe ban đầu cho Nhân dân.", "II. NHIỆM VỤ, GIẢI PHÁP",
                         "1. Nâng cấp trạm y tế xã"]:
                pdf.cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")
        for task in TASKS[(page - 1) * 3: page * 3]:
            pdf.multi_cell(0, 8, "- " + task + " Nội dung này được viết dài để dòng văn bản tự xuống hàng trong trang.",
                           new_x="LMARGIN", new_y="NEXT")
        pdf.set_y(-30)
        pdf.set_font("DejaVu", size=8)
        pdf.cell(0, 5, f"1 Ghi chú cuối trang số {page}: theo Quyết định số 1{page}/QĐ-UBND ngày 02/01/2025.",
                 new_x="LMARGIN", new_y="NEXT")
        pdf.cell(0, 5, str(page), align="C")
    pdf.output(str(path))
    return path


@pytest.mark.skipif(not FONT.exists(), reason="DejaVuSans.ttf is needed to write a Vietnamese PDF")
def test_pdf_reader_keeps_order_drops_furniture_and_sets_footnotes_apart(tmp_path):
    raw = read_file(_pdf(tmp_path / "kh.pdf"))
    body, _, notes = raw.text.partition("Ghi chú:")
    assert "UBND TỈNH NINH THUẬN - Kế hoạch số 88" not in raw.text  # repeated page header
    assert "Ghi chú cuối trang số 2" in notes and "Ghi chú cuối trang số 2" not in body
    plan = vnplan.extract(tmp_path / "kh.pdf")
    assert plan.document.number == "88/KH-UBND"
    assert plan.document.issued_date == "2025-04-10"
    assert [t.text.split("số ")[1][:1] for t in plan.tasks] == [str(i) for i in range(1, 9)]
    assert all(t.lead == ["Sở Y tế"] and t.coordinators == ["Sở Tài chính"] for t in plan.tasks)
    assert all(t.deadline == "2025-06-30" for t in plan.tasks)
    assert "12/QĐ-UBND" in {r.number for r in plan.references}  # footnotes still count for references


@pytest.mark.skipif(not FONT.exists(), reason="DejaVuSans.ttf is needed to write a Vietnamese PDF")
def test_a_table_in_smaller_type_at_the_foot_of_a_page_is_no_footnote(tmp_path):
    """Tables are often set smaller than the text; their cells at a page's foot (a row number, a year on the
    last line, where a page number would stand) stay in the body, in order, where footnotes would be set apart."""
    pdf = FPDF()
    pdf.add_font("DejaVu", fname=str(FONT))
    pdf.add_page()
    pdf.set_font("DejaVu", size=12)
    for n in range(1, 25):
        pdf.cell(0, 8, f"Đoạn văn số {n} của kế hoạch nâng cao chất lượng y tế cơ sở.", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", size=8)
    cells = [text for n in range(1, 9) for text in (str(n), f"Nâng cấp trạm y tế xã số {n}", "Sở Y tế", "2026")]
    for text in cells:  # one cell a line, as a table's text layer gives them, over the page break
        pdf.cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(tmp_path / "kh.pdf"))
    text = read_file(tmp_path / "kh.pdf").text
    assert "Ghi chú:" not in text
    assert [line for line in text.splitlines() if line][-len(cells):] == cells


@pytest.mark.skipif(not FONT.exists(), reason="DejaVuSans.ttf is needed to write a PDF")
def test_scanned_pdf_without_text_layer_is_refused(tmp_path):
    with pytest.raises(vnplan.UnreadableFile, match="OCR"):
        read_file(_pdf(tmp_path / "scan.pdf", with_text=False))


def test_docx_with_automatic_numbering_and_a_task_table(tmp_path):
    document = docx.Document()
    for line in ["ỦY BAN NHÂN DÂN TỈNH BẮC KẠN", "Số: 12/KH-UBND", "Bắc Kạn, ngày 3 tháng 2 năm 2025", "KẾ HOẠCH",
                 "PHÁT TRIỂN NÔNG NGHIỆP HỮU CƠ NĂM 2025"]:
        document.add_paragraph(line)
    document.add_paragraph("NHIỆM VỤ, GIẢI PHÁP", style="List Number")  # Word numbers it "1."
    document.add_paragraph("Sở Nông nghiệp và Phát triển nông thôn chủ trì:")
    for text in ["Xây dựng vùng sản xuất hữu cơ tập trung.", "Hỗ trợ chứng nhận hữu cơ cho hợp tác xã."]:
        document.add_paragraph(text, style="List Bullet")  # Word draws the bullet
    table = document.add_table(rows=3, cols=4)
    for row, cells in zip(table.rows, [
        ["Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"],
        ["Xây dựng thương hiệu gạo hữu cơ", "Sở Công Thương", "Sở Khoa học và Công nghệ", "Quý III/2025"],
        ["Tập huấn cho nông dân", "Sở Nông nghiệp và Phát triển nông thôn", "Hội Nông dân tỉnh", "2025 - 2026"],
    ]):
        for cell, value in zip(row.cells, cells):
            cell.text = value
    path = tmp_path / "kh.docx"
    document.save(path)

    raw = read_file(path)
    assert "1. NHIỆM VỤ, GIẢI PHÁP" in raw.text.splitlines()
    assert "- Xây dựng vùng sản xuất hữu cơ tập trung." in raw.text.splitlines()
    plan = vnplan.extract(path)
    texts = {t.text: t for t in plan.tasks}
    assert texts["Xây dựng vùng sản xuất hữu cơ tập trung."].lead == ["Sở Nông nghiệp và Phát triển nông thôn"]
    row = texts["Xây dựng thương hiệu gạo hữu cơ"]
    assert (row.lead, row.coordinators, row.deadline) == (["Sở Công Thương"], ["Sở Khoa học và Công nghệ"], "2025-09-30")
    assert texts["Tập huấn cho nông dân"].deadline == "2026-12-31"


def test_html_from_a_legal_portal(tmp_path):
    page = tmp_path / "kh.html"
    page.write_text("""<html><head><script>alert(1)</script><style>p{}</style></head><body>
      <div class="menu-top">Trang chủ | Văn bản mới</div><p>Đang tải nội dung, vui lòng chờ giây lát...</p>
      <div id="content"><p>Số: 45/KH-UBND</p><p>Lào Cai, ngày 2 tháng 3 năm 2024</p><p><b>KẾ HOẠCH</b></p>
      <p>PHÒNG CHỐNG THIÊN TAI NĂM 2024</p><p>II. NHIỆM VỤ, GIẢI PHÁP</p>
      <p>1. Sở Nông nghiệp và Phát triển nông thôn: Rà soát phương án ứng phó thiên tai, hoàn thành trong quý II/2024.</p>
      </div><table><tr><td>Số hiệu</td><td>45/KH-UBND</td></tr><tr><td>Người ký</td><td>Nguyễn Văn A</td></tr></table>
      <footer>Bản quyền</footer></body></html>""", encoding="utf-8")
    raw = read_file(page)
    assert "alert" not in raw.text and "Trang chủ" not in raw.text and "Đang tải" not in raw.text
    plan = vnplan.extract(page)
    assert plan.document.number == "45/KH-UBND"
    assert plan.document.signer == "Nguyễn Văn A"
    assert [(t.lead, t.deadline) for t in plan.tasks] == [(["Sở Nông nghiệp và Phát triển nông thôn"], "2024-06-30")]


@pytest.mark.skipif(not FONT.exists(), reason="DejaVuSans.ttf is needed to write a PDF")
def test_pdf_row_numbers_of_a_table_are_kept_and_the_page_number_dropped(tmp_path):
    pdf = FPDF()
    pdf.add_font("DejaVu", fname=str(FONT))
    pdf.add_page()
    pdf.set_font("DejaVu", size=12)
    for line in ["PHỤ LỤC NHIỆM VỤ", "TT", "Nhiệm vụ", "Cơ quan chủ trì", "1", "Rà soát văn bản quy phạm pháp luật",
                 "Sở Tư pháp", "2", "Số hóa hồ sơ lưu trữ", "Sở Nội vụ", "Nội dung khác của phụ lục."]:
        pdf.cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(-20)
    pdf.cell(0, 5, "7", align="C")
    pdf.output(str(tmp_path / "pl.pdf"))
    lines = read_file(tmp_path / "pl.pdf").text.splitlines()
    assert lines[lines.index("TT"):lines.index("Sở Nội vụ") + 1] == [
        "TT", "Nhiệm vụ", "Cơ quan chủ trì", "1", "Rà soát văn bản quy phạm pháp luật", "Sở Tư pháp", "2",
        "Số hóa hồ sơ lưu trữ", "Sở Nội vụ"]
    assert "7" not in lines


@pytest.mark.skipif(not FONT.exists(), reason="DejaVuSans.ttf is needed to write a PDF")
def test_pdf_row_number_at_the_top_of_a_page_is_kept_while_the_page_numbers_go(tmp_path):
    """On a page's edge, a number alone is its page number only when it runs with the pages."""

    class Numbered(FPDF):
        def footer(self) -> None:
            self.set_y(-15)
            self.cell(0, 10, str(self.page_no()), align="C")

    pdf = Numbered()
    pdf.add_font("DejaVu", fname=str(FONT))
    pdf.set_font("DejaVu", size=12)
    for first_row in (1, 4, 7):
        pdf.add_page()
        for row in range(first_row, first_row + 3):
            for line in [str(row), f"Rà soát hồ sơ đợt {row}", "Sở Nội vụ"]:
                pdf.cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(tmp_path / "rows.pdf"))
    lines = read_file(tmp_path / "rows.pdf").text.splitlines()
    assert [line for line in lines if line.isdigit()] == [str(row) for row in range(1, 10)]
