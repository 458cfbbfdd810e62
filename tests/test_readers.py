"""Readers exercised on real files the tests write: PDF (fpdf2), DOCX (python-docx), HTML."""
import unicodedata
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


def _one_page_pdf(path: Path, lines: list[str], page_number: str) -> Path:
    """A page of the given lines, its number printed at its foot."""
    pdf = FPDF()
    pdf.add_font("DejaVu", fname=str(FONT))
    pdf.add_page()
    pdf.set_font("DejaVu", size=12)
    for line in lines:
        pdf.cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(-20)
    pdf.cell(0, 5, page_number, align="C")
    pdf.output(str(path))
    return path


@pytest.mark.skipif(not FONT.exists(), reason="DejaVuSans.ttf is needed to write a PDF")
def test_pdf_row_numbers_of_a_table_are_kept_and_the_page_number_dropped(tmp_path):
    lines = read_file(_one_page_pdf(tmp_path / "pl.pdf", [
        "PHỤ LỤC NHIỆM VỤ", "TT", "Nhiệm vụ", "Cơ quan chủ trì", "1", "Rà soát văn bản quy phạm pháp luật",
        "Sở Tư pháp", "2", "Số hóa hồ sơ lưu trữ", "Sở Nội vụ", "Nội dung khác của phụ lục."], "7")).text.splitlines()
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


@pytest.mark.skipif(not FONT.exists(), reason="DejaVuSans.ttf is needed to write a Vietnamese PDF")
def test_a_year_wrapped_alone_in_a_narrow_header_cell_still_dates_the_letter(tmp_path):
    """The reader takes out the page numbers by where they stand; a number alone elsewhere is text."""
    _one_page_pdf(tmp_path / "cv.pdf", [
        "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "Số: 512/UBND-KT", "V/v rà soát các công trình cấp nước sinh hoạt", "Quảng Trị, ngày 25 tháng 11 năm",
        "2025", "Kính gửi: Sở Nông nghiệp và Môi trường.",
        "Giao Sở Nông nghiệp và Môi trường rà soát các công trình cấp nước, hoàn thành trước ngày 15/12/2025."], "1")
    plan = vnplan.extract(tmp_path / "cv.pdf", strict=False)
    assert plan.document.number == "512/UBND-KT"
    assert plan.document.issued_date == "2025-11-25"


def _task_table_pdf(path: Path, draw_grid) -> Path:
    """A plan's task table as offices print it: a group heading merged across, a narrow lead column whose
    name wraps, and neighbouring cells whose lines share a baseline. `draw_grid(pdf, xs, ys)` rules it."""
    pdf = FPDF()
    pdf.add_font("DejaVu", fname=str(FONT))
    pdf.add_page()
    pdf.set_font("DejaVu", size=11)
    pdf.cell(0, 8, "PHỤ LỤC NHIỆM VỤ", new_x="LMARGIN", new_y="NEXT")
    xs, ys = [10, 22, 110, 150, 200], [30, 40, 50, 70, 90]
    cells = [(0, 0, "TT"), (1, 0, "Nhiệm vụ"), (2, 0, "Chủ trì"), (3, 0, "Thời gian"),
             (0, 1, "I"), (1, 1, "CẢI CÁCH HÀNH CHÍNH"),
             (0, 2, "1"), (1, 2, "Rà soát thủ tục hành chính\nnội bộ của tỉnh"), (2, 2, "Văn phòng\nUBND tỉnh"),
             (3, 2, "Quý II/2027"),
             (0, 3, "2"), (1, 3, "Số hóa hồ sơ lưu trữ"), (2, 3, "Sở Nội vụ"), (3, 3, "Năm 2027")]
    for column, row, text in cells:
        pdf.set_xy(xs[column] + 1, ys[row] + 1)
        pdf.multi_cell(xs[column + 1] - xs[column] - 2, 5, text)
    draw_grid(pdf, xs, ys)
    pdf.set_xy(10, 100)
    pdf.cell(0, 8, "Nội dung khác của phụ lục.")
    pdf.output(str(path))
    return path


def _cell_rectangles(pdf, xs, ys) -> None:
    """Each cell its own rectangle, as fpdf2 and browsers draw them; the heading row's second cell merged."""
    for row in range(len(ys) - 1):
        columns = [0, 1, len(xs) - 1] if row == 1 else range(len(xs))
        for left, right in zip(columns, columns[1:]):
            pdf.rect(xs[left], ys[row], xs[right] - xs[left], ys[row + 1] - ys[row])


def _ruling_lines(pdf, xs, ys) -> None:
    """Borders as separate lines, as Word prints them; no vertical line inside the merged heading."""
    for y in ys:
        pdf.line(xs[0], y, xs[-1], y)
    for index, x in enumerate(xs):
        if index in (0, 1, len(xs) - 1):
            pdf.line(x, ys[0], x, ys[-1])
        else:
            pdf.line(x, ys[0], x, ys[1])
            pdf.line(x, ys[2], x, ys[-1])


@pytest.mark.skipif(not FONT.exists(), reason="DejaVuSans.ttf is needed to write a PDF")
@pytest.mark.parametrize("draw_grid", [_cell_rectangles, _ruling_lines], ids=["rectangles", "lines"])
def test_a_ruled_pdf_table_reads_as_rows_of_cells_like_a_word_table(tmp_path, draw_grid):
    lines = read_file(_task_table_pdf(tmp_path / "table.pdf", draw_grid)).text.splitlines()
    assert lines == [
        "PHỤ LỤC NHIỆM VỤ",
        "| TT | Nhiệm vụ | Chủ trì | Thời gian |",
        "| I | CẢI CÁCH HÀNH CHÍNH |",
        "| 1 | Rà soát thủ tục hành chính nội bộ của tỉnh | Văn phòng UBND tỉnh | Quý II/2027 |",
        "| 2 | Số hóa hồ sơ lưu trữ | Sở Nội vụ | Năm 2027 |",
        "Nội dung khác của phụ lục.",
    ]


@pytest.mark.skipif(not FONT.exists(), reason="DejaVuSans.ttf is needed to write a PDF")
def test_a_ruled_pdf_task_table_gives_the_tasks_of_the_same_table_in_word(tmp_path):
    header = ["Số: 12/KH-UBND", "KẾ HOẠCH", "Cải cách hành chính năm 2027", "I. NHIỆM VỤ"]
    rows = [["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"],
            ["1", "Rà soát, đơn giản hóa thủ tục hành chính nội bộ giữa các cơ quan hành chính nhà nước",
             "Văn phòng Ủy ban nhân dân tỉnh", "Các sở, ban, ngành", "Trước ngày 30/6/2027"],
            ["2", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực", "Sở Khoa học và Công nghệ",
             "Sở Nội vụ", "Quý IV/2027"]]
    pdf = FPDF()
    pdf.add_font("DejaVu", fname=str(FONT))
    pdf.add_font("DejaVu", style="B", fname=str(FONT.with_name("DejaVuSans-Bold.ttf")))
    pdf.add_page()
    pdf.set_font("DejaVu", size=10)
    for line in header:
        pdf.cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")
    with pdf.table(col_widths=(8, 60, 40, 30, 30)) as table:
        for cells in rows:
            table.row(cells)
    pdf.output(str(tmp_path / "plan.pdf"))
    document = docx.Document()
    for line in header:
        document.add_paragraph(line)
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for row, cells in zip(table.rows, rows):
        for cell, text in zip(row.cells, cells):
            cell.text = text
    document.save(str(tmp_path / "plan.docx"))

    def tasks(path):
        return [(t.text, t.lead, t.coordinators, t.deadline) for t in vnplan.extract(path).tasks]

    assert tasks(tmp_path / "plan.pdf") == tasks(tmp_path / "plan.docx")
    assert [(t[1], t[3]) for t in tasks(tmp_path / "plan.pdf")] == [
        (["Văn phòng Ủy ban nhân dân tỉnh"], "2027-06-30"), (["Sở Khoa học và Công nghệ"], "2027-12-31")]
    assert tasks(tmp_path / "plan.pdf")[1][2] == ["Sở Nội vụ"]


def test_a_docx_whose_body_sits_in_a_layout_table_reads_as_its_paragraphs(tmp_path):
    """A web page pasted into Word keeps the page's layout table around the document's body: the cell holding
    running text gives its paragraphs, while a table of values keeps one line per row."""
    document = docx.Document()
    for line in ["Số: 31/KH-UBND", "KẾ HOẠCH", "Phòng, chống dịch bệnh cho gia súc năm 2027", "II. NHIỆM VỤ, GIẢI PHÁP"]:
        document.add_paragraph(line)
    frame = document.add_table(rows=1, cols=2)
    body = frame.rows[0].cells[1]
    body.paragraphs[0].text = ("1. Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Ủy ban nhân dân các xã tổ chức tiêm "
                               "phòng đợt 1 cho đàn gia súc, hoàn thành trước ngày 30/4/2027, bảo đảm tỷ lệ tiêm phòng "
                               "đạt yêu cầu kỹ thuật của ngành thú y, ghi chép đầy đủ sổ theo dõi tại từng thôn, bản.")
    body.add_paragraph("2. Sở Tài chính bố trí kinh phí mua vắc xin, hóa chất khử trùng theo dự toán được duyệt, "
                       "hướng dẫn các xã thanh toán, quyết toán theo quy định; tổng hợp nhu cầu bổ sung nếu có dịch.")
    body.add_paragraph("3. Ủy ban nhân dân các xã tuyên truyền người chăn nuôi khai báo dịch bệnh kịp thời, không giấu "
                       "dịch, không bán chạy gia súc ốm; phối hợp với lực lượng thú y kiểm soát vận chuyển gia súc "
                       "qua địa bàn, xử lý nghiêm các trường hợp vi phạm theo quy định của pháp luật hiện hành.")
    values = document.add_table(rows=1, cols=2)
    values.rows[0].cells[0].text = "Kinh phí"
    values.rows[0].cells[1].paragraphs[0].text = "Ngân sách tỉnh"
    values.rows[0].cells[1].add_paragraph("Ngân sách xã")
    document.save(str(tmp_path / "pasted.docx"))
    lines = read_file(tmp_path / "pasted.docx").text.splitlines()
    assert [line[:12] for line in lines[4:7]] == ["1. Sở Nông n", "2. Sở Tài ch", "3. Ủy ban nh"]
    assert lines[-1] == "| Kinh phí | Ngân sách tỉnh Ngân sách xã |"
    plan = vnplan.extract(tmp_path / "pasted.docx")
    assert [t.lead for t in plan.tasks] == [["Sở Nông nghiệp và Môi trường"], ["Sở Tài chính"],
                                            ["Ủy ban nhân dân các xã"]]


def test_a_web_page_whose_body_sits_in_a_layout_table_reads_as_its_paragraphs(tmp_path):
    """The same on a web page: a borderless table frames the document, its header a table inside the frame; the frame's
    cell gives its paragraphs and the inner table its rows once, while a ruled table of values keeps one line per row."""
    items = ["1. Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Ủy ban nhân dân các xã tổ chức tiêm phòng đợt 1 cho "
             "đàn gia súc, hoàn thành trước ngày 30/4/2027, bảo đảm tỷ lệ tiêm phòng đạt yêu cầu kỹ thuật của ngành.",
             "2. Sở Tài chính bố trí kinh phí mua vắc xin, hóa chất khử trùng theo dự toán được duyệt, hướng dẫn các xã "
             "thanh toán, quyết toán theo quy định; tổng hợp nhu cầu bổ sung nếu có dịch.",
             "3. Ủy ban nhân dân các xã tuyên truyền người chăn nuôi khai báo dịch bệnh kịp thời, không giấu dịch; phối "
             "hợp với lực lượng thú y kiểm soát vận chuyển gia súc qua địa bàn."]
    page = tmp_path / "kh.html"
    page.write_text(f"""<html><body><table><tr><td>Trang chủ</td><td>
      <table><tr><td><b>ỦY BAN NHÂN DÂN<br>TỈNH AN BÌNH</b></td><td>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</td></tr>
      <tr><td>Số: 31/KH-UBND</td><td><i>An Bình, ngày 5 tháng 1 năm 2027</i></td></tr></table>
      <p><b>KẾ HOẠCH</b></p><p>Phòng, chống dịch bệnh cho gia súc năm 2027</p><p><b>II. NHIỆM VỤ, GIẢI PHÁP</b></p>
      {"".join(f"<p>{item}</p>" for item in items)}
      <table border="1"><tr><td>Kinh phí</td><td><p>Ngân sách tỉnh</p><p>Ngân sách xã</p></td></tr></table>
      </td></tr></table></body></html>""", encoding="utf-8")
    lines = [line for line in read_file(page).text.splitlines() if line]
    assert lines[:3] == ["Trang chủ", "| ỦY BAN NHÂN DÂN TỈNH AN BÌNH | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |",
                         "| Số: 31/KH-UBND | An Bình, ngày 5 tháng 1 năm 2027 |"]
    assert [line[:12] for line in lines[6:9]] == ["1. Sở Nông n", "2. Sở Tài ch", "3. Ủy ban nh"]
    assert lines[-1] == "| Kinh phí | Ngân sách tỉnh Ngân sách xã |" and lines.count(lines[-1]) == 1
    plan = vnplan.extract(page)
    assert plan.document.number == "31/KH-UBND"
    assert [t.lead for t in plan.tasks] == [["Sở Nông nghiệp và Môi trường"], ["Sở Tài chính"],
                                            ["Ủy ban nhân dân các xã"]]


@pytest.mark.skipif(not FONT.exists(), reason="DejaVuSans.ttf is needed to write a PDF")
def test_a_ruled_table_over_several_pages_keeps_its_heading_row_once_and_a_drawing_is_no_table(tmp_path):
    pdf = FPDF()
    pdf.add_font("DejaVu", fname=str(FONT))
    pdf.add_font("DejaVu", style="B", fname=str(FONT.with_name("DejaVuSans-Bold.ttf")))
    pdf.set_font("DejaVu", size=10)
    pdf.add_page()
    pdf.set_xy(30, 100)
    pdf.cell(0, 6, "Sơ đồ mạng lưới trạm quan trắc")  # a caption inside the drawing
    for step in range(200):  # a drawing: a dense grid of lines, no table
        pdf.line(10, 20 + step * 1.2, 200, 20 + step * 1.2)
        if step < 150:
            pdf.line(15 + step * 1.2, 20, 15 + step * 1.2, 260)
    pdf.add_page()
    with pdf.table(col_widths=(10, 80, 40, 40)) as table:  # fpdf2 repeats the heading row atop each page
        table.row(["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian"])
        for row in range(1, 121):
            table.row([str(row), f"Rà soát hồ sơ đợt {row}", "Sở Nội vụ", "Quý IV/2026"])
    pdf.output(str(tmp_path / "long.pdf"))
    lines = read_file(tmp_path / "long.pdf").text.splitlines()
    rows = [line for line in lines if line.startswith("|")]
    assert lines[0] == "Sơ đồ mạng lưới trạm quan trắc"
    assert rows[0] == "| TT | Nhiệm vụ | Cơ quan chủ trì | Thời gian |" and rows.count(rows[0]) == 1
    assert rows[1:] == [f"| {row} | Rà soát hồ sơ đợt {row} | Sở Nội vụ | Quý IV/2026 |" for row in range(1, 121)]


@pytest.mark.skipif(not FONT.exists(), reason="DejaVuSans.ttf is needed to write a Vietnamese PDF")
def test_a_hyphen_a_pdf_line_broke_at_stays_a_hyphen(tmp_path):
    """PDFium marks a hyphen that ended a line with U+FFFE; the number keeps its hyphen ("1805/QĐ-" / "UBND")."""
    pdf = FPDF()
    pdf.add_font("DejaVu", fname=str(FONT))
    pdf.set_font("DejaVu", size=12)
    pdf.add_page()
    for width in range(20, 40, 2):  # one of the widths breaks the line right after the hyphen
        pdf.multi_cell(width, 7, "Số 1805/QĐ-UBND ngày", new_x="LMARGIN", new_y="NEXT")
    path = tmp_path / "hyphen.pdf"
    pdf.output(str(path))
    text = read_file(path).text
    assert "\ufffe" not in text and "1805/QĐ-UBND" in text


def test_a_page_s_own_document_header_under_a_header_class_is_kept_and_its_group_rows_head_the_table(tmp_path):
    """An intranet page whose document header sits in `<div class="doc-header">` (a class a site's chrome uses too):
    the header, with the national motto and the number, is the document's and stays, and the unit under a ministry
    on its one line ("BỘ Y TẾ<br/>BỆNH VIỆN …") issues; a task table's row of one cell spanning the columns ("B. …")
    titles the rows after it and is no task."""
    page = tmp_path / "kh.html"
    page.write_text("""<html><body><div class="site-header">Cổng thông tin nội bộ</div>
      <div class="doc-header"><table><tr><td>BỘ Y TẾ<br/><strong>BỆNH VIỆN ĐA KHOA TRUNG ƯƠNG MIỀN NÚI</strong><br/>
      Số: 88/KH-BVMN</td><td>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br/>Độc lập - Tự do - Hạnh phúc<br/>
      Thái Nguyên, ngày 10 tháng 3 năm 2026</td></tr></table></div>
      <p><strong>KẾ HOẠCH</strong></p><p><strong>Số hóa hồ sơ bệnh án năm 2026</strong></p>
      <p>Bệnh viện Đa khoa Trung ương Miền núi ban hành Kế hoạch như sau:</p>
      <p><strong>I. NHIỆM VỤ</strong></p>
      <table border="1"><tr><td>TT</td><td>Nội dung công việc</td><td>Đơn vị chủ trì</td><td>Đơn vị phối hợp</td>
      <td>Thời gian</td></tr>
      <tr><td colspan="5">A. Hạ tầng</td></tr>
      <tr><td>1</td><td>Nâng cấp máy chủ lưu trữ hồ sơ</td><td>Phòng Công nghệ thông tin</td><td>Phòng Vật tư</td>
      <td>Quý I/2026</td></tr>
      <tr><td colspan="5">B. Dữ liệu</td></tr>
      <tr><td>2</td><td>Số hóa hồ sơ bệnh án lưu trữ</td><td>Phòng Kế hoạch tổng hợp</td><td>&nbsp;</td>
      <td>30/9/2026</td></tr></table>
      <p>II. TỔ CHỨC THỰC HIỆN</p><p>Các khoa, phòng triển khai thực hiện Kế hoạch này.</p></body></html>""",
                    encoding="utf-8")
    plan = vnplan.extract(page)
    assert (plan.document.number, plan.document.issuer, plan.document.issued_date) == (
        "88/KH-BVMN", "Bệnh viện Đa khoa Trung ương Miền núi", "2026-03-10")
    assert "Cổng thông tin" not in read_file(page).text
    assert [(t.section, t.text, t.lead) for t in plan.tasks] == [
        ("A. Hạ tầng", "Nâng cấp máy chủ lưu trữ hồ sơ", ["Phòng Công nghệ thông tin"]),
        ("B. Dữ liệu", "Số hóa hồ sơ bệnh án lưu trữ", ["Phòng Kế hoạch tổng hợp"])]


RTF_PLAN = (r"{\rtf1\ansi\ansicpg1258\deff0{\fonttbl{\f0\froman\fcharset163 Times New Roman;}}"
            r"{\colortbl ;\red0\green0\blue0;}{\*\generator Msftedit 5.41;}\viewkind4\uc1" "\n"
            r"\trowd\trgaph108\cellx4300\cellx9700" "\n"
            r"\pard\intbl\qc \u7910?Y BAN NH\u194?N D\u194?N\line T\u7880?NH T\u194?N AN\cell"
            r"\pard\intbl\qc\b C\u7896?NG H\u210?A X\u195? H\u7896?I CH\u7910? NGH\u296?A VI\u7878?T NAM\b0\cell\row" "\n"
            r"\trowd\trgaph108\cellx4300\cellx9700" "\n"
            r"\pard\intbl\qc S\'f4\'ec: 41/KH-UBND\cell\pard\intbl\qr\i T\'e2n An, ng\'e0y 05 th\'e1ng 01 n\'e3m 2027\i0\cell\row"
            "\n" r"\pard\plain\qc\b K\u7870? HO\u7840?CH\b0\par" "\n"
            r"\pard\qc Ph\u242?ng ch\u7889?ng r\u233?t \u273?\u7853?m n\u259?m 2027\par" "\n"
            r"\pard\plain\qj {\b I. NHI\u7878?M V\u7908?}\par" "\n"
            r"\trowd\trhdr\cellx700\cellx5000\cellx7000\cellx9700" "\n"
            r"\pard\intbl TT\cell\pard\intbl N\u7897?i dung\cell\pard\intbl C\u417? quan ch\u7911? tr\u236?\cell"
            r"\pard\intbl Th\u7901?i gian\cell\row" "\n"
            r"\trowd\cellx700\cellx5000\cellx7000\cellx9700" "\n"
            r"\pard\intbl 1\cell\pard\intbl Ki\u7875?m tra tr\u432?\u7901?ng h\u7885?c\par c\u225?c x\u227? v\u249?ng cao\cell"
            r"\pard\intbl S\u7903? Gi\u225?o d\u7909?c v\u224? \u272?\u224?o t\u7841?o\cell\pard\intbl Qu\u253? I/2027\cell\row"
            "\n}")


def test_rtf_reads_with_its_escapes_and_tables_as_rows_a_cells_paragraphs_joined(tmp_path):
    path = tmp_path / "ke-hoach.rtf"
    path.write_text(RTF_PLAN, encoding="ascii")
    raw = read_file(path)
    assert raw.format == "rtf"
    lines = unicodedata.normalize("NFC", raw.text).split("\n")  # (cp1258 writes a tone as a combining mark)
    assert lines[1] == "| Số: 41/KH-UBND | Tân An, ngày 05 tháng 01 năm 2027 |"
    assert "| 1 | Kiểm tra trường học các xã vùng cao | Sở Giáo dục và Đào tạo | Quý I/2027 |" in lines
    assert not any("fonttbl" in line or "Msftedit" in line or "\\" in line for line in lines)
    plan = vnplan.extract_file(path)
    assert (plan.document.number, plan.document.issued_date, plan.document.type) == ("41/KH-UBND", "2027-01-05", "Kế hoạch")
    assert [(t.lead, t.deadline) for t in plan.tasks] == [(["Sở Giáo dục và Đào tạo"], "2027-03-31")]


def test_rtf_pasted_as_text_is_read_as_rtf(tmp_path):
    path = tmp_path / "ban-sao.txt"
    path.write_text(RTF_PLAN, encoding="utf-8")
    assert read_file(path).format == "rtf" and read_file(path).text.startswith("| ỦY BAN NHÂN DÂN TỈNH TÂN AN |")


def test_rtf_whose_braces_a_cleaner_stripped_is_read_as_rtf(tmp_path):
    """Its control words without the group that holds them ("\\rtf1\\ansi …", no "{" and no "}"): the same text."""
    body = (r"\rtf1\ansi\ansicpg1258\deff0" "\n" r"\trowd\trgaph108\cellx4300\cellx9700" "\n"
            r"\pard\intbl\qc ỦY BAN NHÂN DÂN TỈNH TÂN AN\cell\b Độc lập - Tự do - Hạnh phúc\b0\cell\row" "\n"
            r"\pard\qc\b KẾ HOẠCH\b0\par" "\n" r"\pard\fi567 1. Sở Y tế chủ trì kiểm tra an toàn thực phẩm.\par" "\n")
    path = tmp_path / "ban-sao.txt"
    path.write_text(body, encoding="utf-8")
    whole = tmp_path / "nguyen-ban.rtf"
    whole.write_text("{" + body + "}", encoding="utf-8")
    assert read_file(path).format == "rtf" and read_file(path).text == read_file(whole).text == (
        "| ỦY BAN NHÂN DÂN TỈNH TÂN AN | Độc lập - Tự do - Hạnh phúc |\nKẾ HOẠCH\n"
        "1. Sở Y tế chủ trì kiểm tra an toàn thực phẩm.")
    # (the tables of fonts and colours a Word file opens with, their groups' braces lost too: no text of theirs, and
    # they swallow none)
    tables = r"\fonttbl\f0\froman\fcharset163 Times New Roman;" "\n" r"\colortbl;\red0\green0\blue0;" "\n"
    path.write_text(body.replace("\n", "\n" + tables, 1), encoding="utf-8")
    assert read_file(path).text == read_file(whole).text


EDXML = """<?xml version="1.0" encoding="UTF-8"?>
<edXML:edXMLEnvelope xmlns:edXML="http://www.mic.gov.vn/TBT/QCVN_102_2016">
<edXML:edXMLHeader><edXML:MessageHeader>
<edXML:From><edXML:OrganId>000.00.00.G12</edXML:OrganId><edXML:OrganName>{sender}</edXML:OrganName></edXML:From>
<edXML:To><edXML:OrganName>Ủy ban nhân dân tỉnh Tân An</edXML:OrganName></edXML:To>
<edXML:Code><edXML:CodeNumber>{number}</edXML:CodeNumber><edXML:CodeNotation>{notation}</edXML:CodeNotation></edXML:Code>
<edXML:PromulgationInfo><edXML:Place>{place}</edXML:Place><edXML:PromulgationDate>2027-01-12</edXML:PromulgationDate>
</edXML:PromulgationInfo>
<edXML:DocumentType><edXML:Type>1</edXML:Type><edXML:TypeName>{kind}</edXML:TypeName></edXML:DocumentType>
<edXML:Subject>{subject}</edXML:Subject>
<edXML:Content>
{content}
</edXML:Content>
<edXML:SignerInfo><edXML:Competence>{competence}</edXML:Competence><edXML:Position>{position}</edXML:Position>
<edXML:FullName>Phạm Quang Huy</edXML:FullName></edXML:SignerInfo>
<edXML:ToPlaces><edXML:Place>Các sở, ban, ngành tỉnh;</edXML:Place><edXML:Place>Lưu: VT.</edXML:Place></edXML:ToPlaces>
</edXML:MessageHeader></edXML:edXMLHeader>
<edXML:edXMLBody><edXML:edXMLManifest version="1.0"><edXML:Reference>
<edXML:AttachmentName>{number}.signed.pdf</edXML:AttachmentName></edXML:Reference></edXML:edXMLManifest></edXML:edXMLBody>
</edXML:edXMLEnvelope>
"""


def test_an_edxml_message_reads_as_the_paper_lays_it_out_its_sender_heading_it_when_it_signs():
    content = ("I. NHIỆM VỤ\n1. Sở Y tế chủ trì, phối hợp với Sở Tài chính bảo đảm thuốc, vật tư phòng, chống dịch; "
               "hoàn thành trước ngày 28/02/2027.\n2. Công an tỉnh bảo đảm an ninh, trật tự.")
    xml = EDXML.format(sender="Ủy ban nhân dân tỉnh Tân An", number="09", notation="KH-UBND", place="Tân An",
                       kind="Kế hoạch", subject="Phòng, chống dịch cúm mùa năm 2027", content=content,
                       competence="TM. ỦY BAN NHÂN DÂN", position="CHỦ TỊCH")
    plan = vnplan.extract_text(vnplan.read.read_bytes(xml.encode(), "ke-hoach.xml").text)
    doc = plan.document
    assert (doc.issuer, doc.number, doc.issued_date, doc.type) == (
        "Ủy ban nhân dân tỉnh Tân An", "09/KH-UBND", "2027-01-12", "Kế hoạch")
    assert (doc.title, doc.signer, doc.signer_title) == ("Phòng, chống dịch cúm mùa năm 2027", "Phạm Quang Huy", "Chủ tịch")
    assert [(t.lead, t.coordinators, t.deadline) for t in plan.tasks] == [
        (["Sở Y tế"], ["Sở Tài chính"], "2027-02-28"), (["Công an tỉnh"], [], None)]


def test_an_edxml_dispatch_sent_by_the_government_office_is_the_prime_ministers(tmp_path):
    content = ("CÔNG ĐIỆN\nVề việc phòng, chống rét đậm, rét hại\nTHỦ TƯỚNG CHÍNH PHỦ điện:\n- Chủ tịch Ủy ban nhân dân "
               "các tỉnh miền núi phía Bắc.\n1. Bộ Y tế hướng dẫn người dân phòng bệnh khi trời rét.")
    path = tmp_path / "cong-dien.txt"  # (opened as text: recognised by its declaration)
    path.write_text(EDXML.format(sender="Văn phòng Chính phủ", number="05", notation="CĐ-TTg", place="Hà Nội",
                                 kind="Công điện", subject="Về việc phòng, chống rét đậm, rét hại", content=content,
                                 competence="KT. THỦ TƯỚNG", position="PHÓ THỦ TƯỚNG"), encoding="utf-8")
    raw = read_file(path)
    assert raw.format == "xml" and "Văn phòng Chính phủ" not in raw.text and raw.text.count("CÔNG ĐIỆN") == 1
    doc = vnplan.extract_file(path).document
    assert (doc.issuer, doc.province, doc.number, doc.signer_title) == (
        "Thủ tướng Chính phủ", None, "05/CĐ-TTg", "Phó Thủ tướng")


def test_other_xml_gives_its_text_and_resolves_no_entity(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("MẬT KHẨU", encoding="utf-8")
    path = tmp_path / "van-ban.xml"
    path.write_text(f'<?xml version="1.0"?>\n<!DOCTYPE d [<!ENTITY x SYSTEM "file://{secret}">]>\n'
                    "<vanban><so>12/KH-UBND</so><noidung>KẾ HOẠCH\nTriển khai năm 2027 &x;</noidung></vanban>",
                    encoding="utf-8")
    text = read_file(path).text
    assert text.split("\n")[:3] == ["12/KH-UBND", "KẾ HOẠCH", "Triển khai năm 2027"] and "MẬT KHẨU" not in text


@pytest.mark.parametrize("name, data", [("hong.rtf", b"{\\rtf1 {\\b d\\'"), ("hong.xml", b"<?xml version='1.0'?>\n<<<")])
def test_a_broken_rtf_or_xml_file_gives_a_bilingual_error_or_its_text_never_a_traceback(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    try:
        read_file(path)
    except vnplan.errors.UnreadableFile as error:
        assert "không đọc được" in str(error).lower() or "unreadable" in str(error).lower()


def test_an_edxml_from_a_department_signed_by_its_deputy_director_is_the_departments():
    xml = EDXML.format(sender="Sở Y tế tỉnh Tân An", number="09", notation="KH-SYT", place="Tân An", kind="Kế hoạch",
                       subject="Phòng, chống dịch cúm mùa năm 2027", content="I. NHIỆM VỤ\n1. Phòng Nghiệp vụ Y chủ trì "
                       "giám sát dịch.", competence="KT. GIÁM ĐỐC", position="PHÓ GIÁM ĐỐC")
    doc = vnplan.extract_text(vnplan.read.read_bytes(xml.encode(), "ke-hoach.xml").text).document
    assert (doc.issuer, doc.province, doc.signer_title) == ("Sở Y tế tỉnh Tân An", "Tân An", "Phó Giám đốc")


def test_rtf_keeps_the_texts_own_bar_refuses_a_legacy_font_and_reads_nested_tables_in_their_cell(tmp_path):
    read = lambda source, name="a.rtf": vnplan.read.read_bytes(source.encode("ascii"), name)  # noqa: E731
    assert read(r"{\rtf1\ansi Ch\u250?\u2009 th\u237?ch: A|B\par}").text.count("|") == 1
    nested = (r"{\rtf1\ansi\trowd\cellx3000\cellx6000\pard\intbl Ngo\u224?i\cell\pard\intbl"
              r"\trowd\cellx1000\cellx2000\pard\intbl A\nestcell\pard\intbl B\nestcell\nestrow\cell\row}")
    assert read(nested).text == "| Ngoài | A B |"
    with pytest.raises(vnplan.errors.UnreadableFile, match="TCVN3"):
        read(r"{\rtf1\ansi{\fonttbl{\f0 .VnTime;}}" + r"C\'e9ng ho\'b5 x\'b8 h\'e9i ch\'f1 ngh\'a8a Vi\'d6t Nam " * 6 + "}")
    with pytest.raises(vnplan.errors.UnreadableFile):
        read(r"{\rtf1\ansi\uc \u7871 abc\par}")
    assert read(r"{\rtf1\ansi{\fonttbl{\f0\fcharset78 MS Mincho;}}\f0 K\u7870? HO\u7840?CH\par}").text == "KẾ HOẠCH"


def test_an_rtf_by_its_name_only_is_read_as_text_and_outlooks_rtf_around_html_as_rtf():
    plain = "KẾ HOẠCH\nPhòng dịch năm 2027\n".encode()
    assert vnplan.read.read_bytes(plain, "ke-hoach.rtf").format == "txt"
    outlook = rb"{\rtf1\ansi\fromhtml1 {\*\htmltag19 <html>}{\*\htmltag34 <body>}K\'e9 ho\'e0ch\par}"
    assert vnplan.read.read_bytes(outlook, "thu.rtf").format == "rtf"


_SERVICE_ANSWER = {
    "ketqua": "thanh_cong",
    "van_ban": {
        "so_ky_hieu": "58/KH-UBND", "loai_van_ban": "Kế hoạch", "nguoi_ky": "Lê Minh Tâm", "luot_xem": 412,
        "toan_van": ["ỦY BAN NHÂN DÂN TỈNH TÂN AN", "Số: 58/KH-UBND", "Tân An, ngày 09 tháng 3 năm 2027", "KẾ HOẠCH",
                     "Phát triển thư viện số năm 2027", "I. NHIỆM VỤ",
                     "1. Sở Văn hóa, Thể thao và Du lịch chủ trì số hóa 2.000 đầu sách địa chí trước ngày 30/11/2027.",
                     "II. TỔ CHỨC THỰC HIỆN", "Nhiệm vụ cụ thể tại Phụ lục kèm theo."],
        "phu_luc": [{"ten": "PHỤ LỤC NHIỆM VỤ", "hang": [
            {"stt": 1, "noi_dung": "Xây dựng phần mềm mượn sách trực tuyến", "co_quan_chu_tri": "Thư viện tỉnh",
             "co_quan_phoi_hop": ["Sở Khoa học và Công nghệ"], "thoi_han": "Quý III/2027"}]}],
        "tep_dinh_kem": [{"ten_tep": "58-KH-UBND.pdf", "kich_thuoc": 20931}],
    },
}


def test_a_json_answer_reads_as_its_page_fields_text_and_task_table_its_keys_with_their_diacritics(tmp_path):
    import json

    path = tmp_path / "van-ban.txt"  # (saved from the service under any name)
    path.write_text(json.dumps(_SERVICE_ANSWER, ensure_ascii=False, indent=2), encoding="utf-8")
    raw = read_file(path)
    assert raw.format == "json"
    lines = raw.text.split("\n")
    assert lines[:3] == ["| Số ký hiệu | 58/KH-UBND |", "| Loại văn bản | Kế hoạch |", "| Người ký | Lê Minh Tâm |"]
    assert lines[3:5] == ["ỦY BAN NHÂN DÂN TỈNH TÂN AN", "Số: 58/KH-UBND"]
    assert lines[-3:] == ["PHỤ LỤC NHIỆM VỤ", "| STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời hạn |",
                          "| 1 | Xây dựng phần mềm mượn sách trực tuyến | Thư viện tỉnh | Sở Khoa học và Công nghệ | "
                          "Quý III/2027 |"]
    assert "58-KH-UBND.pdf" not in raw.text and "412" not in raw.text  # an attachment's list, a counter: no content
    result = vnplan.extract_file(path)
    assert (result.document.number, result.document.signer) == ("58/KH-UBND", "Lê Minh Tâm")
    assert [(t.lead, t.coordinators, t.deadline) for t in result.tasks][-1] == (
        ["Thư viện tỉnh"], ["Sở Khoa học và Công nghệ"], "2027-09-30")


_PLAN_BY_PARTS = {
    "thanh_cong": True,
    "du_lieu": {
        "so_ky_hieu": "77/KH-UBND", "loai_van_ban": "Kế hoạch", "ngay_ban_hanh": "12/04/2027",
        "trich_yeu": "Kế hoạch phòng, chống ngập úng đô thị năm 2027", "co_quan_ban_hanh": "UBND tỉnh Tân An",
        "nguoi_ky": "Trịnh Văn Bảo", "chuc_vu_nguoi_ky": "Phó Chủ tịch", "hinh_thuc_ky": "KT. CHỦ TỊCH",
        "noi_dung": {
            "muc_tieu": ["1. Giảm ít nhất 30% số điểm ngập úng so với năm 2026."],
            "to_chuc_thuc_hien": ["1. Sở Xây dựng tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 15 hằng tháng."],
            "nhiem_vu": [
                {"stt": 1, "noi_dung": "Nạo vét hệ thống thoát nước các tuyến phố chính.",
                 "don_vi_chu_tri": "Sở Xây dựng", "don_vi_phoi_hop": "Đài Khí tượng Thủy văn khu vực Nam Trung Bộ",
                 "thoi_gian": "Quý II/2027"},
                {"stt": 2, "noi_dung": "Lắp đặt trạm đo mưa tự động tại các điểm ngập.",
                 "don_vi_chu_tri": "Sở Khoa học và Công nghệ", "don_vi_phoi_hop": "Sở Xây dựng",
                 "thoi_gian": "Quý III/2027"}],
        },
    },
}


def test_a_json_answer_keeping_the_plan_as_parts_under_keys_reads_as_its_parts_with_the_tasks_in_them(tmp_path):
    import json

    path = tmp_path / "api.json"
    path.write_text(json.dumps(_PLAN_BY_PARTS, ensure_ascii=False), encoding="utf-8")
    result = vnplan.extract_file(path)
    assert (result.document.number, result.document.issued_date) == ("77/KH-UBND", "2027-04-12")
    assert (result.document.signer, result.document.signer_title) == ("Trịnh Văn Bảo", "Phó Chủ tịch")
    assert [(t.lead, t.coordinators, t.deadline) for t in result.tasks] == [
        (["Sở Xây dựng"], ["Đài Khí tượng Thủy văn khu vực Nam Trung Bộ"], "2027-06-30"),
        (["Sở Khoa học và Công nghệ"], ["Sở Xây dựng"], "2027-09-30")]
    assert [(t.min, t.unit) for t in result.targets] == [(30, "%")]
    assert [(duty.frequency, duty.due) for duty in result.reporting] == [("monthly", "---15")]


def test_a_text_opening_with_a_bracket_is_text_and_a_broken_json_file_a_bilingual_error(tmp_path):
    assert vnplan.read.read_bytes("[Bản sao] KẾ HOẠCH\nPhòng dịch năm 2027".encode(), "a.txt").format == "txt"
    with pytest.raises(vnplan.errors.UnreadableFile, match="JSON không đọc được.*unreadable JSON"):
        vnplan.read.read_bytes(b'{"toan_van": ["KE HOACH"', "a.json")


def test_a_feed_gives_its_longest_entry_read_as_the_page_its_escaped_html_makes():
    body = ("<p><strong>KẾ HOẠCH</strong></p><p>Tiêm chủng mở rộng năm 2027</p><table><tr><td>Sở Y tế chủ trì</td>"
            "<td>Quý I/2027</td></tr></table>" + "<p>1. Trung tâm Kiểm soát bệnh tật tỉnh chủ trì tiêm vắc xin sởi "
            "cho trẻ em dưới 5 tuổi trước ngày 30/6/2027.</p>" * 3)
    escaped = body.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    feed = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Văn bản mới</title>'
            "<item><title>Công văn 12/SYT về tiêm chủng</title><description>&lt;p&gt;Tóm tắt.&lt;/p&gt;</description>"
            f"</item><item><title>Kế hoạch 7/KH-SYT</title><link>https://x.example/7</link><description>{escaped}"
            "</description></item></channel></rss>")
    text = vnplan.read.read_bytes(feed.encode(), "tin.xml").text
    assert text.split("\n")[:3] == ["KẾ HOẠCH", "Tiêm chủng mở rộng năm 2027", "| Sở Y tế chủ trì | Quý I/2027 |"]
    assert "Tóm tắt" not in text and "https://" not in text and "Văn bản mới" not in text


def _word_object_text(*blocks) -> str:
    """Text as Word's object model gives it: paragraphs ended by CR, cells by CR + BEL, rows by one more CR + BEL."""
    out = []
    for block in blocks:
        if isinstance(block, str):
            out.append(block + "\r")
        else:
            out.append("".join("".join(cell + "\r\x07" for cell in row) + "\r\x07" for row in block))
    return "".join(out)


def test_the_text_words_object_model_gives_reads_as_paragraphs_and_rows_an_empty_cell_kept_in_its_row(tmp_path):
    text = _word_object_text(
        [["ỦY BAN NHÂN DÂN\x0bTỈNH TÂN AN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\x0bĐộc lập - Tự do - Hạnh phúc"],
         ["Số: 21/KH-UBND", "Tân An, ngày 05 tháng 01 năm 2027"]],
        "", "KẾ HOẠCH", "Phát triển du lịch cộng đồng\x0bnăm 2027", "I. NHIỆM VỤ\x02", "",
        [["TT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian"], ["I", "XÚC TIẾN DU LỊCH"],
         ["1", "Tổ chức hội chợ du lịch", "Sở Văn hóa, Thể thao và Du lịch", "Sở Công Thương\rSở Tài chính", "Quý II/2027"],
         ["", "Tổng cộng", "", "", ""]],
        "\x0cPhụ lục", "Danh mục điểm du lịch")
    path = tmp_path / "ke-hoach.txt"
    path.write_bytes(text.encode("utf-8"))
    assert read_file(path).text.split("\n") == [
        "| ỦY BAN NHÂN DÂN TỈNH TÂN AN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc |",
        "| Số: 21/KH-UBND | Tân An, ngày 05 tháng 01 năm 2027 |", "", "KẾ HOẠCH", "Phát triển du lịch cộng đồng",
        "năm 2027", "I. NHIỆM VỤ", "", "| TT | Nội dung | Chủ trì | Phối hợp | Thời gian |", "| I | XÚC TIẾN DU LỊCH |",
        "| 1 | Tổ chức hội chợ du lịch | Sở Văn hóa, Thể thao và Du lịch | Sở Công Thương Sở Tài chính | Quý II/2027 |",
        "|  | Tổng cộng |  |  |  |", "", "Phụ lục", "Danh mục điểm du lịch"]
    doc = vnplan.extract_file(path).document
    assert (doc.number, doc.issuer, doc.title) == ("21/KH-UBND", "Ủy ban nhân dân tỉnh Tân An",
                                                   "Phát triển du lịch cộng đồng năm 2027")


_VNI_PLAN = ("UÛY BAN NHAÂN DAÂN TÆNH TAÂN AN\nSoá: 12/KH-UBND\nKEÁ HOAÏCH\nPhoøng choáng dòch naêm 2027\nI. NHIEÄM VUÏ\n"
             "1. Sôû Y teá chuû trì giaùm saùt dòch beänh tröôùc ngaøy 30/6/2027.\n")
_PLAN_IN_UNICODE = ("ỦY BAN NHÂN DÂN TỈNH TÂN AN\nSố: 12/KH-UBND\nKẾ HOẠCH\nPhòng chống dịch năm 2027\nI. NHIỆM VỤ\n"
                    "1. Sở Y tế chủ trì giám sát dịch bệnh trước ngày 30/6/2027.")


@pytest.mark.parametrize("encoding", ["cp1252", "utf-8"])
def test_a_text_typed_in_a_vni_font_reads_in_unicode(encoding):
    assert vnplan.read.read_bytes(_VNI_PLAN.encode(encoding), "ke-hoach.txt").text.strip() == _PLAN_IN_UNICODE
    assert vnplan.read.read_bytes(unicodedata.normalize("NFD", "Hòa Bình, tháng 3").encode("cp1258"), "a.txt").text \
        == "Hòa Bình, tháng 3"  # (Windows' own Vietnamese code page, no VNI)


def test_a_template_s_header_and_signature_typed_in_vni_around_a_unicode_body_read_in_unicode():
    text = ("UÛY BAN NHAÂN DAÂN             COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM\n"
            "Soá: 40/KH-UBND          Taân An, ngaøy 02 thaùng 3 naêm 2027\n"
            "KẾ HOẠCH\nCải tạo chợ Hòa Bình năm 2027\n"
            "- Lưu: VT.                          KT. CHUÛ TÒCH\n"
            "                                    Ñaëng Thò Thu Hieàn\n")
    assert vnplan.read.read_bytes(text.encode(), "a.txt").text.split("\n") == [
        "ỦY BAN NHÂN DÂN             CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Số: 40/KH-UBND          Tân An, ngày 02 tháng 3 năm 2027",
        "KẾ HOẠCH", "Cải tạo chợ Hòa Bình năm 2027",
        "- Lưu: VT.                          KT. CHỦ TỊCH", "                                    Đặng Thị Thu Hiền", ""]


def test_a_template_s_header_and_signature_typed_in_tcvn3_around_a_unicode_body_read_in_unicode():
    # the header in the capitals font (".VnTimeH": its lower-case codes are capitals), the recipients' label in the
    # plain one; a web page's "·" and "©" stay
    text = ("®µi ph¸t thanh b×nh minh\tcéng hßa x· héi chñ nghÜa viÖt nam\n\t§éc lËp - Tù do - H¹nh phóc\n"
            "KẾ HOẠCH\nTrang chủ · Tin tức · © 2027\nN¬i nhËn:\n- Lưu: VT.\tkt. gi¸m ®èc\n")
    assert vnplan.read.read_bytes(text.encode(), "a.txt").text.split("\n") == [
        "ĐÀI PHÁT THANH BÌNH MINH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "\tĐộc lập - Tự do - Hạnh phúc", "KẾ HOẠCH",
        "Trang chủ · Tin tức · © 2027", "Nơi nhận:", "- Lưu: VT.\tKT. GIÁM ĐỐC", ""]


def test_a_json_answer_with_its_text_beside_its_table_an_attachments_code_and_text_in_blocks_gives_the_text_once():
    import json

    plan = ["ỦY BAN NHÂN DÂN TỈNH TÂN AN", "Số: 3/KH-UBND", "KẾ HOẠCH", "Phòng dịch năm 2027", "I. NHIỆM VỤ",
            "1. Sở Y tế chủ trì giám sát dịch bệnh tại cộng đồng."]
    answer = {"so_ky_hieu": "3/KH-UBND", "noi_dung": "\n".join(plan),
              "nhiem_vu": [{"stt": 1, "noi_dung": "Giám sát dịch", "co_quan_chu_tri": "Sở Y tế", "thoi_han": "Quý I/2027"}],
              "tep_dinh_kem": [{"noi_dung_base64": "QUJD" * 1000}]}
    text = vnplan.read.read_bytes(json.dumps(answer, ensure_ascii=False).encode(), "a.json").text
    assert text.count("KẾ HOẠCH") == 1 and "QUJD" not in text and text.split("\n")[1:3] == plan[:2]
    blocks = {"blocks": [{"type": "paragraph", "data": {"text": line}} for line in plan]}
    assert vnplan.read.read_bytes(json.dumps(blocks, ensure_ascii=False).encode(), "a.json").text.split("\n") == plan
    with pytest.raises(vnplan.errors.UnreadableFile, match="JSON"):
        vnplan.read.read_bytes(b"[" * 100000, "a.json")
    assert vnplan.read.read_bytes(b"[" * 100000, "a.txt").format == "txt"


def test_words_object_text_keeps_a_matrixs_empty_cells_a_headers_empty_cell_and_a_first_cell_of_two_paragraphs():
    from vnplan.read.wordtext import word_object_text_lines

    matrix = _word_object_text("Phân công", "", [["Nhiệm vụ", "Sở A", "Sở B", "Sở C"], ["Rà soát hồ sơ", "x", "", "x"],
                                                 ["Kiểm tra thực địa", "", "x", ""]], "Hết.")
    assert word_object_text_lines(matrix)[2:5] == ["| Nhiệm vụ | Sở A | Sở B | Sở C |", "| Rà soát hồ sơ | x |  | x |",
                                                    "| Kiểm tra thực địa |  | x |  |"]
    header = _word_object_text("Bảng", "", [["STT", "Nội dung", "", "Chủ trì"], ["1", "Tổ chức hội nghị tổng kết", "", "Sở A"],
                                            ["2", "Khảo sát nhu cầu đào tạo nghề", "", "Sở B"]], "Hết.")
    assert word_object_text_lines(header)[2:5] == [
        "| STT | Nội dung |  | Chủ trì |", "| 1 | Tổ chức hội nghị tổng kết |  | Sở A |",
        "| 2 | Khảo sát nhu cầu đào tạo nghề |  | Sở B |"]
    # two tables one paragraph apart, and a table of one row, stay apart from the paragraphs around them
    two = _word_object_text("KẾ HOẠCH", [["TT", "Nội dung công việc", "Đơn vị"], ["1", "Tổ chức tập huấn cán bộ", "Sở Y tế"]],
                            "Phụ lục 2", [["STT", "Nhiệm vụ", "Thời gian"], ["1", "Kiểm tra an toàn thực phẩm", "Quý I"]],
                            "Hết.")
    assert word_object_text_lines(two)[:6] == [
        "KẾ HOẠCH", "| TT | Nội dung công việc | Đơn vị |", "| 1 | Tổ chức tập huấn cán bộ | Sở Y tế |", "Phụ lục 2",
        "| STT | Nhiệm vụ | Thời gian |", "| 1 | Kiểm tra an toàn thực phẩm | Quý I |"]
    one = _word_object_text("Đoạn đầu", [["A", "B", "C"]], "Đoạn sau", [["Nhiệm vụ", "x"]], "Hết.")
    assert word_object_text_lines(one)[:4] == ["Đoạn đầu", "| A | B | C |", "Đoạn sau", "| Nhiệm vụ | x |"]


def test_a_vni_templates_lines_without_a_letter_of_its_own_read_in_unicode_and_unicode_names_beside_them_kept():
    text = ("UÛY BAN NHAÂN DAÂN             COÄNG HOØA XAÕ HOÄI CHUÛ NGHĨA VIỆT NAM\nTÆNH TAÂN AN\n"
            "KẾ HOẠCH\nCải tạo chợ Hòa Bình năm 2027\nBà Lê Hòa, Tô Hà\nKT. CHUÛ TÒCH\n\nLeâ Vaên Taâm\n")
    lines = vnplan.read.read_bytes(text.encode(), "a.txt").text.split("\n")
    assert lines[1:5] == ["TỈNH TÂN AN", "KẾ HOẠCH", "Cải tạo chợ Hòa Bình năm 2027", "Bà Lê Hòa, Tô Hà"]
    assert lines[-4:-1] == ["KT. CHỦ TỊCH", "", "Lê Văn Tâm"]
    spanish = "Una pequeña guía para la ciudad de Hòa Bình, con mapas y rutas de paseo por el lago"
    assert vnplan.read.read_bytes(spanish.encode(), "a.txt").text == spanish


# A document-management system's tables saved by mysqldump: the document row (its text as the HTML its editor kept,
# escaped in an SQL string) and a tracker's rows restating two of its tasks in the tracker's own words and dates.
_MYSQL_DUMP = r"""-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
--
-- Host: 127.0.0.1    Database: quanly_vanban
/*!40101 SET NAMES utf8mb4 */;
DROP TABLE IF EXISTS `van_ban`;
CREATE TABLE `van_ban` (
  `id` int NOT NULL AUTO_INCREMENT,
  `so_ky_hieu` varchar(50) NOT NULL,
  `loai_van_ban` varchar(50) DEFAULT NULL,
  `nguoi_ky` varchar(100) DEFAULT NULL,
  `co_quan_ban_hanh` varchar(255) DEFAULT NULL,
  `noi_dung` longtext,
  `tep_goc` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_so` (`so_ky_hieu`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
LOCK TABLES `van_ban` WRITE;
INSERT INTO `van_ban` VALUES (311,'77/UBND-VX','Công văn','Trần Văn Lộc','UBND tỉnh Tân An','<p style=\"text-align:center\"><strong>ỦY BAN NHÂN DÂN TỈNH TÂN AN</strong></p>\r\n<p>Số: 77/UBND-VX</p>\r\n<p><em>Tân An, ngày 02 tháng 4 năm 2027</em></p>\r\n<p>V/v phòng, chống sốt xuất huyết năm 2027</p>\r\n<p>Ủy ban nhân dân tỉnh yêu cầu:</p>\r\n<p>1. Sở Y tế chủ trì, phối hợp với Sở Giáo dục và Đào tạo tổ chức chiến dịch diệt lăng quăng trước ngày 30/6/2027.</p>\r\n<p>2. Sở Giáo dục và Đào tạo: Lồng ghép nội dung phòng bệnh vào giờ sinh hoạt lớp của học sinh\'s \"góc sức khỏe\" trong năm học 2026 - 2027.</p>\r\n<p>3. Sở Y tế tổng hợp, báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện trước ngày 20 hằng tháng.</p>','77-UBND-VX.signed.pdf');
UNLOCK TABLES;
DROP TABLE IF EXISTS `theo_doi_nhiem_vu`;
CREATE TABLE `theo_doi_nhiem_vu` (
  `id` int NOT NULL AUTO_INCREMENT,
  `van_ban_id` int NOT NULL,
  `tom_tat` varchar(500) DEFAULT NULL,
  `don_vi_chu_tri` varchar(255) DEFAULT NULL,
  `han_xu_ly` date DEFAULT NULL,
  `tinh_trang` varchar(50) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
INSERT INTO `theo_doi_nhiem_vu` VALUES (1,311,'Diệt lăng quăng','Sở Y tế','2027-06-30','Đang thực hiện'),(2,311,'Góc sức khỏe','Sở GDĐT','2027-05-31',NULL);
-- Dump completed on 2027-04-03 10:12:44
"""


def test_a_database_dump_reads_as_its_document_row_its_fields_then_its_text_not_the_trackers_rows(tmp_path):
    path = tmp_path / "vanban-311.txt"  # (saved under any name)
    path.write_text(_MYSQL_DUMP, encoding="utf-8")
    raw = read_file(path)
    assert raw.format == "sql"
    lines = raw.text.split("\n")
    assert lines[:4] == ["| Số ký hiệu | 77/UBND-VX |", "| Loại văn bản | Công văn |", "| Người ký | Trần Văn Lộc |",
                         "| Cơ quan ban hành | UBND tỉnh Tân An |"]
    assert "ỦY BAN NHÂN DÂN TỈNH TÂN AN" in lines and "Số: 77/UBND-VX" in lines
    assert any("học sinh's \"góc sức khỏe\"" in line for line in lines)  # MySQL's escapes undone
    assert "Đang thực hiện" not in raw.text and "Diệt lăng quăng" not in raw.text and "signed.pdf" not in raw.text
    result = vnplan.extract_file(path)
    assert [(t.lead, t.coordinators, t.deadline) for t in result.tasks] == [
        (["Sở Y tế"], ["Sở Giáo dục và Đào tạo"], "2027-06-30"), (["Sở Giáo dục và Đào tạo"], [], None),
        (["Sở Y tế"], [], None)]
    # the fields a service gives before the text do not end its body: the report in the last item is read
    assert [(d.reporter, d.frequency, d.due) for d in result.reporting] == [("Sở Y tế", "monthly", "---20")]


def test_a_dump_keeping_its_document_one_paragraph_per_row_is_read_as_those_rows_in_order():
    paragraphs = ["ỦY BAN NHÂN DÂN XÃ AN BÌNH\\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 7/KH-UBND",
                  "KẾ HOẠCH", "Phát triển thư viện cộng đồng năm 2027", "I. NHIỆM VỤ",
                  "1. Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã kiểm kê toàn bộ sách của thư viện.",
                  "2. Trường Tiểu học An Bình mở tủ sách lớp học cho học sinh các khối lớp 3, 4 và 5.",
                  "3. Các thôn bố trí điểm đọc sách tại nhà văn hóa, hoàn thành trong quý III/2027."]
    dump = ("-- PostgreSQL database dump\nCOPY vb.van_ban (id, trich_yeu) FROM stdin;\n"
            "1\tKế hoạch phát triển thư viện cộng đồng năm 2027\n\\.\n\n"
            "COPY vb.doan (id, van_ban_id, thu_tu, noi_dung) FROM stdin;\n"
            + "".join(f"{k}\t1\t{k}\t{text}\n" for k, text in enumerate(paragraphs, 1)) + "\\.\n")
    text = vnplan.read.read_bytes(dump.encode(), "dump.sql").text
    assert text.split("\n")[1:] == paragraphs[1:]  # (the document's row holds only its title: not the document)
    assert text.startswith("ỦY BAN NHÂN DÂN XÃ AN BÌNH\tCỘNG HÒA")
    # a tracker's rows restating a document's tasks, shorter than the document's own row, are not it
    body = "\\n".join(paragraphs[1:] * 2)
    tracked = dump.replace("1\tKế hoạch phát triển thư viện cộng đồng năm 2027\n", f"1\t{body}\n")
    assert vnplan.read.read_bytes(tracked.encode(), "dump.sql").text.endswith(body.replace("\\n", "\n"))


def test_the_standard_dialects_of_a_dump_insert_and_copy_rows_and_statements_without_prose_are_text():
    text = ("Số: 12/KH-UBND\nKẾ HOẠCH\nI. NHIỆM VỤ\n1. Sở Tư pháp chủ trì phổ biến Luật Đất đai "
            "trước ngày 30/9/2027 tại các xã, phường.")
    sqlite = ("PRAGMA foreign_keys=OFF;\nBEGIN TRANSACTION;\nCREATE TABLE documents(id INTEGER PRIMARY KEY, body TEXT);\n"
              "INSERT INTO documents VALUES(1,'" + text + "');\nCOMMIT;\n")  # (its lines as they are)
    standard = ("CREATE TABLE documents (id integer, body text);\nINSERT INTO documents (id, body) VALUES (1, '"
                + text.replace("Luật", "Luật ''Đất''") + "');\n")
    copy = ("-- PostgreSQL database dump\nCOPY public.documents (id, body) FROM stdin;\n1\t"
            + text.replace("\n", "\\n") + "\n\\.\n")
    assert "Luật 'Đất' Đất đai" in vnplan.read.read_bytes(standard.encode(), "dump.sql").text
    assert vnplan.read.read_bytes(copy.encode(), "dump.txt").text.split("\n")[2:4] == ["I. NHIỆM VỤ", text.split("\n")[3]]
    assert "Sở Tư pháp chủ trì" in vnplan.read.read_bytes(sqlite.encode(), "dump.sql").text
    statements = "CREATE TABLE t (id int);\nINSERT INTO t VALUES (1),(2);\n"
    assert vnplan.read.read_bytes(statements.encode(), "dump.sql").text == statements  # (no row holds prose)
    # a sentence opening "Insert into …" is none of a dump's statements; an unclosed statement costs no scan per row
    plan = "KẾ HOẠCH\nInsert into the shared database only records that have been verified.\n"
    assert vnplan.read.read_bytes(plan.encode(), "a.txt").format == "txt"
    unclosed = "CREATE TABLE t (\n" * 3000 + "INSERT INTO t VALUES (1, 'Sở Y tế chủ trì kiểm tra các cơ sở')\n" * 3000
    assert "Sở Y tế" in vnplan.read.read_bytes(unclosed.encode(), "dump.sql").text


_WORD_2003_XML = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<?mso-application progid="Word.Document"?>
<w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml"
 xmlns:wx="http://schemas.microsoft.com/office/word/2003/auxHint" xmlns:o="urn:schemas-microsoft-com:office:office">
<o:DocumentProperties><o:Title>KE HOACH</o:Title><o:Author>chuyenvien</o:Author><o:Pages>3</o:Pages></o:DocumentProperties>
<w:fonts><w:font w:name="Times New Roman"/></w:fonts>
<w:lists><w:listDef w:listDefId="0"><w:lvl w:ilvl="0"><w:lvlText w:val="%1."/></w:lvl></w:listDef></w:lists>
<w:styles><w:style w:type="paragraph" w:styleId="Normal"><w:name w:val="Normal"/></w:style></w:styles>
<w:body><wx:sect>
<w:tbl><w:tr><w:tc><w:p><w:r><w:t>SỞ TƯ PHÁP TỈNH TÂN AN</w:t></w:r></w:p></w:tc>
<w:tc><w:p><w:r><w:t>Số: 19/KH-STP</w:t></w:r></w:p><w:p><w:r><w:t>Tân An, ngày 12 tháng 1 năm 2027</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
<w:p><w:r><w:t>KẾ HOẠCH</w:t></w:r></w:p>
<w:p><w:r><w:t>Phổ biến pháp luật năm 2027</w:t></w:r></w:p>
<wx:sub-section><w:p><w:r><w:t>I. NHIỆM VỤ</w:t></w:r></w:p>
<w:p><w:pPr><w:listPr><w:ilvl w:val="0"/><w:ilfo w:val="1"/><wx:t wx:val="1."/></w:listPr></w:pPr>
<w:r><w:rPr><w:b/></w:rPr><w:t>Phòng Phổ biến, giáo dục pháp luật</w:t></w:r><w:r><w:t xml:space="preserve"> chủ trì tổ chức </w:t></w:r>
<w:del><w:r><w:delText>04</w:delText></w:r></w:del><w:ins><w:r><w:t>06</w:t></w:r></w:ins><w:r><w:t xml:space="preserve"> hội nghị trước ngày 30/6/2027.</w:t></w:r></w:p>
<w:p><w:pPr><w:listPr><w:ilvl w:val="0"/><w:ilfo w:val="1"/><wx:t wx:val="2."/></w:listPr></w:pPr>
<w:r><w:t>Văn phòng Sở:</w:t></w:r></w:p>
<w:p><w:pPr><w:listPr><w:ilvl w:val="2"/><w:ilfo w:val="1"/><wx:t wx:val="§"/></w:listPr></w:pPr>
<w:r><w:t>Theo Công văn số 12/STP</w:t></w:r><w:r><w:noBreakHyphen/><w:t>VP.</w:t></w:r></w:p>
<w:p><w:pPr><w:listPr><w:ilvl w:val="1"/><w:ilfo w:val="1"/><wx:t wx:val="a)"/></w:listPr></w:pPr>
<w:r><w:t>Bố trí kinh phí cho các hội nghị trong quý I/2027.</w:t></w:r></w:p></wx:sub-section>
<w:p><w:r><w:br w:type="page"/></w:r></w:p>
<w:sectPr><w:ftr w:type="odd"><w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>
<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>2</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:ftr></w:sectPr>
</wx:sect></w:body></w:wordDocument>
"""


def test_word_xml_reads_as_its_body_with_the_labels_word_printed_tables_as_rows_and_no_properties_or_footer():
    raw = vnplan.read.read_bytes(_WORD_2003_XML.encode(), "ke-hoach.xml")
    assert raw.text.split("\n") == [
        "| SỞ TƯ PHÁP TỈNH TÂN AN | Số: 19/KH-STP Tân An, ngày 12 tháng 1 năm 2027 |", "KẾ HOẠCH",
        "Phổ biến pháp luật năm 2027", "I. NHIỆM VỤ",
        "1. Phòng Phổ biến, giáo dục pháp luật chủ trì tổ chức 06 hội nghị trước ngày 30/6/2027.", "2. Văn phòng Sở:",
        "- Theo Công văn số 12/STP-VP.",  # (a symbol font's bullet, a hyphen that does not break)
        "a) Bố trí kinh phí cho các hội nghị trong quý I/2027."]
    result = vnplan.extract_text(raw.text)
    assert [(t.lead, t.deadline) for t in result.tasks] == [
        (["Phòng Phổ biến, giáo dục pháp luật"], "2027-06-30"), (["Văn phòng Sở"], None), (["Văn phòng Sở"], "2027-03-31")]
    # the part Word 2007 keeps its body in, read alone, the same way
    modern = _WORD_2003_XML.replace("http://schemas.microsoft.com/office/word/2003/wordml",
                                    "http://schemas.openxmlformats.org/wordprocessingml/2006/main")
    assert vnplan.read.read_bytes(modern.encode(), "document.xml").text == raw.text


_FLAT_ODT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><meta:generator>LibreOffice/7.6</meta:generator><meta:editing-cycles>9</meta:editing-cycles></office:meta>
<office:automatic-styles>
 <text:list-style style:name="L1"><text:list-level-style-bullet text:level="1" text:bullet-char="–"/></text:list-style>
 <text:list-style style:name="L2"><text:list-level-style-number text:level="1" style:num-format="1" style:num-suffix="."/>
  <text:list-level-style-number text:level="2" style:num-format="a" style:num-suffix=")"/></text:list-style>
</office:automatic-styles>
<office:body><office:text>
<text:sequence-decls><text:sequence-decl text:display-outline-level="0" text:name="Table"/></text:sequence-decls>
<table:table table:name="Header"><table:table-column table:number-columns-repeated="2"/>
 <table:table-row><table:table-cell><text:p>ỦY BAN NHÂN DÂN XÃ HÒA BÌNH</text:p></table:table-cell>
 <table:table-cell><text:p>Hòa Bình,<text:s/>ngày 09 tháng 02 năm 2027</text:p></table:table-cell></table:table-row>
</table:table>
<text:p>Số: 15/KH-UBND</text:p>
<text:h text:outline-level="1">KẾ HOẠCH</text:h>
<text:p>Vệ sinh môi trường năm 2027</text:p>
<text:h text:outline-level="2">I. NHIỆM VỤ</text:h>
<text:list text:style-name="L2">
 <text:list-item><text:p>Công an xã:</text:p>
  <text:list><text:list-item><text:p>Kiểm tra việc đổ rác thải trước ngày 30/6/2027;</text:p></text:list-item>
   <text:list-item><text:p><text:soft-page-break/>Xử lý vi phạm trong quý III/2027.</text:p></text:list-item></text:list>
 </text:list-item>
</text:list>
<text:list text:style-name="L1"><text:list-item><text:p>Các thôn vận động <text:span>người dân</text:span> tham gia.</text:p></text:list-item></text:list>
<table:table table:name="PhuLuc">
 <table:table-header-rows><table:table-row><table:table-cell><text:p>TT</text:p></table:table-cell><table:table-cell><text:p>Nội dung</text:p></table:table-cell>
  <table:table-cell><text:p>Cơ quan chủ trì</text:p></table:table-cell><table:table-cell><text:p>Cơ quan phối hợp</text:p></table:table-cell>
  <table:table-cell><text:p>Thời gian</text:p></table:table-cell></table:table-row></table:table-header-rows>
 <table:table-row><table:table-cell><text:p>A</text:p></table:table-cell><table:table-cell table:number-columns-spanned="4"><text:p>THU GOM RÁC</text:p></table:table-cell>
  <table:covered-table-cell/><table:covered-table-cell/><table:covered-table-cell/></table:table-row>
 <table:table-row><table:table-cell><text:p>1</text:p></table:table-cell><table:table-cell><text:p>Thu gom rác tại chợ</text:p></table:table-cell>
  <table:table-cell><text:p>Tổ dịch vụ môi trường</text:p></table:table-cell><table:table-cell/>
  <table:table-cell><text:p>Quý II/2027</text:p></table:table-cell></table:table-row>
</table:table>
</office:text></office:body></office:document>
"""


def test_a_flat_opendocument_reads_with_its_lists_labelled_by_their_style_and_its_tables_in_columns():
    raw = vnplan.read.read_bytes(_FLAT_ODT.encode(), "ke-hoach.fodt")
    assert raw.text.split("\n") == [
        "| ỦY BAN NHÂN DÂN XÃ HÒA BÌNH | Hòa Bình, ngày 09 tháng 02 năm 2027 |", "Số: 15/KH-UBND", "KẾ HOẠCH",
        "Vệ sinh môi trường năm 2027", "I. NHIỆM VỤ", "1. Công an xã:", "a) Kiểm tra việc đổ rác thải trước ngày 30/6/2027;",
        "b) Xử lý vi phạm trong quý III/2027.", "- Các thôn vận động người dân tham gia.",
        "| TT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |", "| A | THU GOM RÁC |  |  |  |",
        "| 1 | Thu gom rác tại chợ | Tổ dịch vụ môi trường |  | Quý II/2027 |"]
    assert "LibreOffice" not in raw.text and "Table" not in raw.text


_SPREADSHEET_2003 = """<?xml version="1.0"?>
<?mso-application progid="Excel.Sheet"?>
<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"
 xmlns:o="urn:schemas-microsoft-com:office:office">
<DocumentProperties xmlns="urn:schemas-microsoft-com:office:office"><Author>ketoan</Author></DocumentProperties>
<Worksheet ss:Name="Van ban"><Table>
 <Row><Cell ss:MergeAcross="3"><Data ss:Type="String">ỦY BAN NHÂN DÂN XÃ HÒA BÌNH&#10;Số: 16/KH-UBND</Data></Cell></Row>
 <Row><Cell ss:MergeAcross="3"><Data ss:Type="String">KẾ HOẠCH</Data></Cell></Row>
</Table></Worksheet>
<Worksheet ss:Name="Phu luc"><Table>
 <Row><Cell><Data ss:Type="String">TT</Data></Cell><Cell><Data ss:Type="String">Nội dung</Data></Cell>
  <Cell><Data ss:Type="String">Cơ quan chủ trì</Data></Cell><Cell><Data ss:Type="String">Cơ quan phối hợp</Data></Cell>
  <Cell><Data ss:Type="String">Thời gian</Data></Cell></Row>
 <Row><Cell ss:Formula="=R[-1]C+1"><Data ss:Type="Number">1</Data></Cell><Cell><Data ss:Type="String">Nạo vét kênh mương</Data></Cell>
  <Cell><Data ss:Type="String">Ban Chỉ huy Quân sự xã</Data></Cell><Cell ss:Index="5"><Data ss:Type="String">Quý I/2027</Data></Cell></Row>
</Table></Worksheet>
</Workbook>
"""


def test_an_excel_2003_workbook_reads_its_one_cell_rows_as_lines_and_keeps_a_skipped_cell_empty():
    raw = vnplan.read.read_bytes(_SPREADSHEET_2003.encode(), "ke-hoach.xml")
    assert raw.text.split("\n") == [
        "ỦY BAN NHÂN DÂN XÃ HÒA BÌNH", "Số: 16/KH-UBND", "KẾ HOẠCH",
        "| TT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |",
        "| 1 | Nạo vét kênh mương | Ban Chỉ huy Quân sự xã |  | Quý I/2027 |"]


def test_words_flat_xml_numbers_its_paragraphs_as_the_docx_it_was_saved_from():
    import io
    import re
    import zipfile

    document = docx.Document()
    for text, style in (("KẾ HOẠCH", None), ("I. NHIỆM VỤ", None),
                        ("Sở Y tế chủ trì kiểm tra các cơ sở trước ngày 30/6/2027.", "List Number"),
                        ("Sở Tài chính bố trí kinh phí trong quý II/2027.", "List Number"),
                        ("Các bệnh viện phối hợp.", "List Bullet")):
        document.add_paragraph(text, style=style)
    saved = io.BytesIO()
    document.save(saved)
    package = zipfile.ZipFile(io.BytesIO(saved.getvalue()))
    parts = "".join(f'<pkg:part pkg:name="/{name}"><pkg:xmlData>'
                    + re.sub(r"^<\?xml[^>]*\?>", "", package.read(name).decode()) + "</pkg:xmlData></pkg:part>"
                    for name in ("word/document.xml", "word/numbering.xml", "word/styles.xml"))
    flat = ('<?xml version="1.0" standalone="yes"?>\n<?mso-application progid="Word.Document"?>\n'
            '<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">' + parts + "</pkg:package>")
    lines = vnplan.read.read_bytes(flat.encode(), "ke-hoach.xml").text.split("\n")
    assert lines == vnplan.read.read_bytes(saved.getvalue(), "ke-hoach.docx").text.split("\n")
    assert lines[2:] == ["1. Sở Y tế chủ trì kiểm tra các cơ sở trước ngày 30/6/2027.",
                         "2. Sở Tài chính bố trí kinh phí trong quý II/2027.", "- Các bệnh viện phối hợp."]


def test_office_xml_keeps_labels_that_number_reads_each_table_once_shows_dates_and_bounds_the_counts_it_holds():
    import time

    word = _WORD_2003_XML.replace('<wx:t wx:val="2."/>', '<wx:t wx:val="Điều 2."/>')
    assert "Điều 2. Văn phòng Sở:" in vnplan.read.read_bytes(word.encode(), "k.xml").text
    nested = _FLAT_ODT.replace("<text:p>Tổ dịch vụ môi trường</text:p>",
                               "<table:table><table:table-row><table:table-cell><text:p>Tổ A</text:p></table:table-cell>"
                               "</table:table-row></table:table>")
    assert vnplan.read.read_bytes(nested.encode(), "k.fodt").text.count("Tổ A") == 1
    headed = _FLAT_ODT.replace('<text:list text:style-name="L2">',
                               '<text:list text:style-name="L2"><text:list-header><text:p>Gồm:</text:p></text:list-header>')
    assert "Gồm:\n1. Công an xã:" in vnplan.read.read_bytes(headed.encode(), "k.fodt").text
    dated = _SPREADSHEET_2003.replace('<Data ss:Type="String">Quý I/2027</Data>',
                                      '<Data ss:Type="DateTime">2027-03-31T00:00:00.000</Data>')
    assert "| 31/03/2027 |" in vnplan.read.read_bytes(dated.encode(), "k.xml").text
    for hostile in (_SPREADSHEET_2003.replace('ss:Index="5"', 'ss:Index="200000000"'),
                    _SPREADSHEET_2003.replace('ss:Index="5"', 'ss:Index="²"'),
                    _FLAT_ODT.replace("<text:s/>", '<text:s text:c="300000000"/>'),
                    _FLAT_ODT.replace('text:level="1" text:bullet-char', 'text:level="x" text:bullet-char')):
        started = time.process_time()
        assert vnplan.read.read_bytes(hostile.encode(), "k.xml").text
        assert time.process_time() - started < 5


def test_a_dumps_column_comments_with_commas_keep_its_columns():
    dump = _MYSQL_DUMP.replace("`so_ky_hieu` varchar(50) NOT NULL,", "`so_ky_hieu` varchar(50) NOT NULL COMMENT 'Số, ký hiệu',")
    assert vnplan.read.read_bytes(dump.encode(), "d.sql").text.split("\n")[0] == "| Số ký hiệu | 77/UBND-VX |"


_YAML_RECORD = """\
# Xuất từ hệ thống quản lý văn bản; không sửa trường "slug".
slug: ke-hoach-41-kh-hnd
so_ky_hieu: 41/KH-HND
loai_van_ban: Kế hoạch
nguoi_ky: Đinh Văn Lực
noi_dung: |
  HỘI NÔNG DÂN TỈNH TÂN AN
  Số: 41/KH-HND
  Tân An, ngày 02 tháng 12 năm 2026
  KẾ HOẠCH
  Hỗ trợ nông dân xây dựng sản phẩm OCOP năm 2027
  I. NHIỆM VỤ
  Các nhiệm vụ cụ thể tại Phụ lục kèm theo.
  Nơi nhận:
  - Lưu: VT.
  CHỦ TỊCH
  Đinh Văn Lực
phu_luc:
  nhom:
    - ten: "I. Hỗ trợ chủ thể"
      viec:
        - tt: 1
          noi_dung: >-
            Tập huấn cho các hợp tác xã về tiêu chuẩn
            sản phẩm OCOP
          chu_tri: "Ban Kinh tế"
          phoi_hop: ["Sở Công Thương", "Văn phòng Hội"]
          thoi_gian: "Quý II/2027"
"""


def test_a_yaml_record_reads_as_its_json_record_would(tmp_path):
    """A site's content export kept as YAML holds the same data as a JSON answer: the fields, the text as a block
    string, the appendix's rows as a list of objects (a list of partners one cell). Saved as .txt or .yaml, it reads
    as that record's page; text that only opens like YAML stays text."""
    for name in ("ke-hoach.txt", "ke-hoach.yaml"):
        path = tmp_path / name
        path.write_text(_YAML_RECORD, encoding="utf-8")
        raw = read_file(path)
        assert raw.format == "json"
        assert "| Số ký hiệu | 41/KH-HND |" in raw.text.split("\n")
        assert "slug:" not in raw.text and "noi_dung" not in raw.text
        result = vnplan.extract_file(path)
        assert result.document.number == "41/KH-HND"
        assert [(t.text, t.lead, t.coordinators, t.deadline) for t in result.tasks] == [
            ("Tập huấn cho các hợp tác xã về tiêu chuẩn sản phẩm OCOP", ["Ban Kinh tế"],
             ["Sở Công Thương", "Văn phòng Hội"], "2027-06-30")]
    mail = "Subject: Fwd: Kế hoạch số 41/KH-HND\nFrom: Văn phòng <vp@example.vn>\nDate: 03/12/2026\n\nKính gửi các chi hội,\n"
    assert vnplan.read.read_bytes(mail.encode(), "thu.txt").text == mail


def test_json_lines_of_a_documents_paragraphs_and_cells_read_as_its_page(tmp_path):
    """A converter's dump, one record a line: a paragraph's automatic label in a field of its own goes back before
    it; a table's cells (their table, row and column) come back as its rows, a cell's paragraphs joined; a two-column
    table is the page's layout; a line of the converter's own data holds no text."""
    import json

    def cell(table, row, col, text, p=0):
        return {"kind": "cell", "table": table, "row": row, "col": col, "p": p, "text": text}

    records = [{"_meta": {"tool": "docx2jsonl", "paragraphs": 4}},
               cell(0, 0, 0, "ỦY BAN NHÂN DÂN"), cell(0, 0, 0, "TỈNH TÂN AN", 1),
               cell(0, 0, 1, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), cell(0, 1, 0, "Số: 12/KH-UBND"),
               cell(0, 1, 1, "Tân An, ngày 02 tháng 12 năm 2026"),
               {"kind": "paragraph", "num": None, "text": "KẾ HOẠCH"},
               {"kind": "paragraph", "num": None, "text": "Phòng, chống bạo lực học đường năm 2027"},
               {"kind": "paragraph", "num": "I.", "text": "NHIỆM VỤ"},
               cell(1, 0, 0, "TT"), cell(1, 0, 1, "Nội dung"), cell(1, 0, 2, "Cơ quan chủ trì"),
               cell(1, 0, 3, "Thời gian"), cell(1, 1, 0, "1"), cell(1, 1, 1, "Tập huấn tư vấn tâm lý học đường"),
               cell(1, 1, 2, "Sở Giáo dục và Đào tạo"), cell(1, 1, 2, "Sở Y tế", 1), cell(1, 1, 3, "Quý II/2027")]
    path = tmp_path / "ke-hoach.txt"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
    raw = read_file(path)
    assert raw.text.split("\n") == [
        "ỦY BAN NHÂN DÂN", "TỈNH TÂN AN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 12/KH-UBND",
        "Tân An, ngày 02 tháng 12 năm 2026", "KẾ HOẠCH", "Phòng, chống bạo lực học đường năm 2027", "I. NHIỆM VỤ",
        "| TT | Nội dung | Cơ quan chủ trì | Thời gian |",
        "| 1 | Tập huấn tư vấn tâm lý học đường | Sở Giáo dục và Đào tạo; Sở Y tế | Quý II/2027 |"]
    plan = vnplan.extract_file(path)
    assert (plan.document.number, plan.document.issuer) == ("12/KH-UBND", "Ủy ban nhân dân tỉnh Tân An")
    assert [(t.lead, t.deadline) for t in plan.tasks] == [(["Sở Giáo dục và Đào tạo", "Sở Y tế"], "2027-06-30")]
    # a JSON file of one value, and a broken one, as before
    assert vnplan.read.read_bytes(b'{"a": 1}\n', "a.json").format == "json"
    with pytest.raises(vnplan.errors.UnreadableFile):
        vnplan.read.read_bytes(b'{"toan_van": ["KE HOACH"\n{"b": 2}\n', "a.json")


def test_a_spreadsheets_grids_of_cells_read_as_the_page_its_sheets_hold(tmp_path):
    """A spreadsheet service's answer: one grid of rows a sheet. One-cell rows are the text's lines; from a header of
    three cells on, the rows are a table's, a group's title row taking the empty cells beyond it; two-cell rows
    alone are the page's layout, a cell under a longer column's rows kept in its column."""
    import json

    answer = {"spreadsheetId": "1abc", "valueRanges": [
        {"range": "'Toàn văn'!A1:B9", "values": [
            ["ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"], ["XÃ AN PHÚ", "Độc lập - Tự do - Hạnh phúc"],
            ["Số: 41/KH-UBND", "An Phú, ngày 03 tháng 12 năm 2026"], [], ["KẾ HOẠCH"], ["Bảo vệ rừng ngập mặn năm 2027"],
            [], ["Nơi nhận:", "TM. ỦY BAN NHÂN DÂN"], ["- Như trên;", "CHỦ TỊCH"], ["- Lưu: VT."], ["", "Trần Văn Bảy"]]},
        {"range": "'Phân công'!A1:E4", "values": [
            ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn"], ["I", "Tuần tra"],
            ["1", "Tuần tra rừng ngập mặn", "Công an xã", "Ban Chỉ huy Quân sự xã\nCác ấp ven biển", "Quý I/2027"]]}]}
    path = tmp_path / "bang-tinh.json"
    path.write_text(json.dumps(answer, ensure_ascii=False), encoding="utf-8")
    assert read_file(path).text.split("\n") == [
        "| ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |", "| XÃ AN PHÚ | Độc lập - Tự do - Hạnh phúc |",
        "| Số: 41/KH-UBND | An Phú, ngày 03 tháng 12 năm 2026 |", "", "KẾ HOẠCH", "Bảo vệ rừng ngập mặn năm 2027", "",
        "| Nơi nhận: | TM. ỦY BAN NHÂN DÂN |", "| - Như trên; | CHỦ TỊCH |", "| - Lưu: VT. |  |",
        "|  | Trần Văn Bảy |", "",
        "| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời hạn |", "| I | Tuần tra |  |  |  |",
        "| 1 | Tuần tra rừng ngập mặn | Công an xã | Ban Chỉ huy Quân sự xã; Các ấp ven biển | Quý I/2027 |"]
    plan = vnplan.extract_file(path)
    assert (plan.document.number, plan.document.signer) == ("41/KH-UBND", "Trần Văn Bảy")
    assert [(t.section, t.lead, t.deadline) for t in plan.tasks] == [("Tuần tra", ["Công an xã"], "2027-03-31")]


def test_an_xml_file_without_its_declaration_is_read_as_xml_but_a_web_page_or_tagged_text_is_not():
    from vnplan.read import sniff_format
    from pathlib import Path
    web_extract = b'<doc sitename="T\xe1\xbb\x89nh \xe1\xbb\xa7y" title="TB">\n  <main>\n    <p>TH\xc3\x94NG B\xc3\x81O</p>\n'
    assert sniff_format(Path("trang.txt"), web_extract) == "xml"
    assert sniff_format(Path("trang.txt"), b"<p>K\xe1\xba\xbe HO\xe1\xba\xa0CH</p>\n<p>I. M\xe1\xbb\xa4C</p>") != "xml"
    assert sniff_format(Path("indesign.txt"), b"<UNICODE-WIN>\n<vsn:17><pstyle:VB - Tit>K\xe1\xba\xbe HO\xe1\xba\xa0CH") != "xml"


def test_a_search_hits_highlighted_fragments_leave_the_documents_own_string_and_its_tab_table_as_they_are(tmp_path):
    import json
    import vnplan
    text = ("ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH CÀ MAU\tĐộc lập - Tự do - Hạnh phúc\n"
            "Số: 18/KH-UBND\tCà Mau, ngày 30 tháng 11 năm 2026\nKẾ HOẠCH\nNuôi tôm - rừng năm 2027\nI. NHIỆM VỤ\n"
            "TT\tNội dung nhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành\n"
            "1\tRà soát bản đồ vùng nuôi tôm - rừng\tSở Nông nghiệp và Môi trường\tỦy ban nhân dân các xã\tQuý I/2027\n"
            "2\tXây dựng chuỗi liên kết tiêu thụ tôm sinh thái\tSở Công Thương\tLiên minh Hợp tác xã tỉnh\tTháng 9/2027\n")
    hit = {"hits": {"hits": [{"_id": "KH-18", "_source": {"so_ky_hieu": "18/KH-UBND", "noi_dung": text},
                              "highlight": {"noi_dung": ["phát triển <em>nuôi tôm</em> - rừng đạt chứng nhận"]}}]}}
    path = tmp_path / "ket-qua-tim-kiem.json"
    path.write_text(json.dumps(hit, ensure_ascii=False, indent=2), encoding="utf-8")
    assert "2\tXây dựng chuỗi liên kết tiêu thụ tôm sinh thái\tSở Công Thương" in read_file(path).text
    tasks = {task.text[:20]: task for task in vnplan.extract(path).tasks}
    assert tasks["Xây dựng chuỗi liên "].lead == ["Sở Công Thương"]
    assert tasks["Xây dựng chuỗi liên "].coordinators == ["Liên minh Hợp tác xã tỉnh"]
    assert tasks["Xây dựng chuỗi liên "].deadline == "2027-09-30"


_PO_HEADER = ('# Bản dịch Kế hoạch 12/KH-BQL.\nmsgid ""\nmsgstr ""\n"Project-Id-Version: KH-12\\n"\n'
              '"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: en\\n"\n\n')


def test_a_translators_po_file_is_read_as_its_vietnamese_side_in_order():
    entries = [("ỦY BAN NHÂN DÂN TỈNH AN GIANG", "AN GIANG PROVINCIAL PEOPLE'S COMMITTEE"), ("KẾ HOẠCH", "PLAN"),
               ("1. Sở Nội vụ chủ trì xây dựng chính sách thu hút chuyên gia; "
                "hoàn thành trong quý II/2027.", "1. The Department of Home Affairs shall draft the policy.")]
    po = _PO_HEADER + "".join(f'#: KH-12.docx:{k}\nmsgid "{vi}"\nmsgstr "{en}"\n\n'
                              for k, (vi, en) in enumerate(entries, 1))
    read = vnplan.read.read_bytes(po.encode(), "ban_dich.txt")
    assert (read.format, read.text.split("\n")) == ("po", [vi for vi, _ in entries])
    # a message continued over lines is one paragraph; a plan translated into Vietnamese is read on its other side
    wrapped = po.replace('msgid "KẾ HOẠCH"', 'msgid ""\n"KẾ "\n"HOẠCH"')
    assert vnplan.read.read_bytes(wrapped.encode(), "x.po").text.split("\n")[1] == "KẾ HOẠCH"
    turned = _PO_HEADER + "".join(f'msgid "{en}"\nmsgstr "{vi}"\n\n' for vi, en in entries)
    assert vnplan.read.read_bytes(turned.encode(), "x.po").text.split("\n") == [vi for vi, _ in entries]


def test_a_plan_saved_from_a_spreadsheet_as_csv_is_laid_out_as_the_sheet():
    rows = [["SỞ Y TẾ TỈNH AN GIANG", "", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", ""],
            ["Số: 12/KH-SYT", "", "", "An Giang, ngày 06 tháng 01 năm 2027", ""],
            ["", "", "", "", ""], ["KẾ HOẠCH", "", "", "", ""], ["Tiêm chủng mở rộng năm 2027", "", "", "", ""],
            ["", "", "", "", ""], ["I. NHIỆM VỤ", "", "", "", ""],
            ["TT", "Nội dung", "Đơn vị chủ trì", "Thời gian\nhoàn thành", "Ghi chú"],
            ["1", "Rà soát, lập danh sách trẻ trong độ tuổi tiêm chủng", "Trung tâm Kiểm soát bệnh tật", "Quý I/2027", ""],
            ["", "", "", "", ""], ["Nơi nhận:\n- Như trên;\n- Lưu: VT.", "", "", "GIÁM ĐỐC", ""]]
    import csv
    import io
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    read = vnplan.read.read_bytes(("\ufeff" + out.getvalue()).encode(), "ke_hoach.csv")
    lines = read.text.split("\n")
    assert read.format == "csv" and "KẾ HOẠCH" in lines and "I. NHIỆM VỤ" in lines
    assert any(line.startswith("| 1 | Rà soát, lập danh sách trẻ trong độ tuổi tiêm chủng | Trung tâm Kiểm soát bệnh tật "
                               "| Quý I/2027 |") for line in lines)
    # prose with commas is no sheet, nor a text of blank lines with a few rows of commas among them
    prose = "KẾ HOẠCH\n" + "Sở Y tế, Sở Tài chính, Sở Nội vụ phối hợp, rà soát, báo cáo.\n" * 8
    assert vnplan.read.read_bytes(prose.encode(), "a.txt").format == "txt"
    sparse = "KẾ HOẠCH\n" + "\n" * 40 + "Số,,,,\nTT,,,,\n,,,,\n,,,,\n,,,,\n"
    assert vnplan.read.read_bytes(sparse.encode(), "a.txt").format == "txt"


def test_a_sheets_closing_part_under_its_table_and_its_signature_columns_apart_are_read_as_the_page():
    # Saved with semicolons: no empty row between the task table and "III. TỔ CHỨC THỰC HIỆN", the signature four
    # columns right of the recipients, the cells between them empty.
    rows = [["SỞ TƯ PHÁP TỈNH CÀ MAU", "", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "", ""],
            ["Số: 08/KH-STP", "", "", "Cà Mau, ngày 12 tháng 01 năm 2027", "", ""], ["", "", "", "", "", ""],
            ["KẾ HOẠCH", "", "", "", "", ""], ["Phổ biến pháp luật cho người lao động năm 2027", "", "", "", "", ""],
            ["II. NHIỆM VỤ", "", "", "", "", ""],
            ["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian", "Ghi chú"],
            ["1", "Biên soạn tài liệu hỏi đáp pháp luật lao động", "Phòng Phổ biến pháp luật", "", "Quý I/2027", ""],
            ["2", "Tổ chức hội nghị phổ biến tại các khu công nghiệp", "Phòng Phổ biến pháp luật",
             "Liên đoàn Lao động tỉnh", "Quý II/2027", ""],
            ["III. TỔ CHỨC THỰC HIỆN", "", "", "", "", ""],
            ["Các phòng báo cáo kết quả về Văn phòng Sở trước ngày 20 hằng tháng.", "", "", "", "", ""],
            ["", "", "", "", "", ""],
            ["Nơi nhận:", "", "", "KT. GIÁM ĐỐC", "", ""], ["- Sở Tư pháp;", "", "", "PHÓ GIÁM ĐỐC", "", ""],
            ["- Lưu: VT.", "", "", "", "", ""], ["", "", "", "Lê Thị Hồng", "", ""]]
    import csv
    import io
    out = io.StringIO()
    csv.writer(out, delimiter=";", lineterminator="\r\n").writerows(rows)
    read = vnplan.read.read_bytes(("\ufeff" + out.getvalue()).encode(), "ke_hoach.txt")
    lines = read.text.split("\n")
    assert "III. TỔ CHỨC THỰC HIỆN" in lines  # (the closing part is no row of the table above it)
    assert "| Số: 08/KH-STP | Cà Mau, ngày 12 tháng 01 năm 2027 |" in lines
    plan = vnplan.extract_text(read.text)
    assert [task.lead for task in plan.tasks] == [["Phòng Phổ biến pháp luật"]] * 2
    assert (plan.document.signer, plan.document.signer_title) == ("Lê Thị Hồng", "Phó Giám đốc")
    assert [duty.frequency for duty in plan.reporting] == ["monthly"]


def test_a_sheet_saved_as_a_web_page_reads_as_its_page():
    """Excel's "Web Page": the whole plan one table, each paragraph a row of one cell merged across, the header and
    the signature rows of two cells, the task table rows of many."""
    def row(*cells, span=""):
        return "<tr>" + "".join(f"<td{span}>{cell}</td>" for cell in cells) + "</tr>"
    wide = ' colspan="5"'
    rows = [row("ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            row("XÃ BÌNH MINH", "Độc lập - Tự do - Hạnh phúc"),
            row("Số: 12/KH-UBND", "Bình Minh, ngày 02 tháng 4 năm 2027"), row("KẾ HOẠCH", span=wide),
            row("Thay phao xốp nuôi trồng thủy sản năm 2027", span=wide), row("I. MỤC TIÊU", span=wide),
            row("Năm 2027: chuyển đổi ít nhất 60% số ô lồng đang dùng phao xốp.", span=wide),
            row("II. NHIỆM VỤ", span=wide), row("TT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"),
            row("1", "Thống kê lồng bè dùng phao xốp", "Công chức Nông nghiệp", "Đồn Biên phòng", "Tháng 4/2027"),
            row("III. TỔ CHỨC THỰC HIỆN", span=wide),
            row("Công chức Nông nghiệp báo cáo Ủy ban nhân dân xã trước ngày 20 hằng tháng.", span=wide),
            row("Nơi nhận:", "CHỦ TỊCH"), row("- Lưu: VT.", "Lê Văn An")]
    page = ('<html><head><meta name=ProgId content=Excel.Sheet></head><body><table>' + "".join(rows)
            + "</table></body></html>")
    plan = vnplan.extract_text(vnplan.read.read_bytes(page.encode(), "ke_hoach.htm").text)
    assert [(t.lead, t.deadline) for t in plan.tasks] == [(["Công chức Nông nghiệp"], "2027-04-30")]
    assert [(t.min, t.unit) for t in plan.targets] == [(60, "%")]
    assert [duty.frequency for duty in plan.reporting] == ["monthly"]


def test_a_task_trackers_csv_export_keeps_each_fields_value_beside_its_name():
    rows = [["HỆ THỐNG THEO DÕI NHIỆM VỤ - UBND TỈNH AN GIANG", "", "", "", "", ""],
            ["Số, ký hiệu văn bản:", "27/KH-UBND", "", "", "", ""], ["Loại văn bản:", "Kế hoạch", "", "", "", ""],
            ["Người ký:", "Hoàng Văn Páo - Phó Chủ tịch UBND tỉnh", "", "", "", ""],
            ["Tổng số nhiệm vụ:", "2", "Hoàn thành:", "0", "Đang thực hiện:", "2"], ["", "", "", "", "", ""],
            ["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Hạn xử lý", "Trạng thái"],
            ["1", "Tuần tra, kiểm soát trên hồ Núi Cấm", "Công an tỉnh", "Sở Nông nghiệp và Môi trường", "30/06/2027",
             "Đang thực hiện"],
            ["2", "Thả bổ sung cá giống bản địa vào hồ Núi Cấm", "Sở Nông nghiệp và Môi trường", "", "30/09/2027",
             "Đang thực hiện"]]
    import csv
    import io
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    plan = vnplan.extract_text(vnplan.read.read_bytes(out.getvalue().encode(), "nhiem_vu.csv").text)
    assert (plan.document.number, plan.document.signer, plan.document.signer_title) == (
        "27/KH-UBND", "Hoàng Văn Páo", "Phó Chủ tịch")
    assert [(t.lead, t.deadline) for t in plan.tasks] == [(["Công an tỉnh"], "2027-06-30"),
                                                          (["Sở Nông nghiệp và Môi trường"], "2027-09-30")]


def test_a_translation_memory_and_an_exchange_file_are_read_as_their_vietnamese_side():
    segments = [("SỞ TƯ PHÁP TỈNH AN GIANG", "DEPARTMENT OF JUSTICE"), ("HƯỚNG DẪN", "GUIDANCE"),
                ("1. Các Chi nhánh Trợ giúp pháp lý tổ chức trợ giúp lưu động tại các xã.", "1. Branches shall ...")]
    tmx = ('<?xml version="1.0" encoding="utf-8"?>\n<tmx version="1.4"><header srclang="vi-VN" adminlang="en-US"/>'
           "<body>" + "".join(f'<tu><prop type="x-Context">0, 0</prop><tuv xml:lang="vi-VN"><seg>{vi}</seg></tuv>'
                              f'<tuv xml:lang="en-GB"><seg>{en}</seg></tuv></tu>' for vi, en in segments)
           + "</body></tmx>")
    assert vnplan.read.read_bytes(tmx.encode(), "bo_nho.tmx").text.split("\n") == [vi for vi, _ in segments]
    xliff = ('<?xml version="1.0"?><xliff version="1.2"><file source-language="en" target-language="vi" '
             'datatype="plaintext"><body>' + "".join(f"<trans-unit id='{k}'><source>{en}</source><target>{vi}</target>"
                                                    "</trans-unit>" for k, (vi, en) in enumerate(segments))
             + "</body></file></xliff>")
    assert vnplan.read.read_bytes(xliff.encode(), "ban_dich.xlf").text.split("\n") == [vi for vi, _ in segments]


def _ods_cell(text: str, repeated: int = 1) -> str:
    paragraphs = "".join(f"<text:p>{line}</text:p>" for line in text.split("\n")) if text else ""
    repeat = f' table:number-columns-repeated="{repeated}"' if repeated > 1 else ""
    return f"<table:table-cell{repeat}>{paragraphs}</table:table-cell>"


def _ods_row(*cells: str, tail: int = 1019) -> str:
    return "<table:table-row>" + "".join(_ods_cell(c) for c in cells) + _ods_cell("", tail) + "</table:table-row>"


def test_an_opendocument_spreadsheet_saved_flat_reads_as_the_page_its_sheets_hold():
    """A plan typed in a sheet (LibreOffice's flat .fods): one-cell rows are the text's lines, the rows of several
    cells a table, which a closing part's heading ends; the cells a sheet repeats to its edge add nothing."""
    sheet = "".join([
        _ods_row("ỦY BAN NHÂN DÂN TỈNH AN GIANG\nBAN QUẢN LÝ RỪNG PHÒNG HỘ", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        _ods_row("Số: 16/KH-BQLR", "", "An Giang, ngày 05 tháng 02 năm 2027"),
        "<table:table-row table:number-rows-repeated=\"2\">" + _ods_cell("", 1024) + "</table:table-row>",
        _ods_row("KẾ HOẠCH"), _ods_row("Phòng cháy rừng tràm mùa khô năm 2027"), _ods_row("II. NHIỆM VỤ"),
        _ods_row("TT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện"),
        _ods_row("1", "Tuần tra canh gác lửa rừng", "Trạm Kiểm lâm số 1", "Công an xã Tri Tôn", "Quý I - Quý II/2027"),
        _ods_row("III. TỔ CHỨC THỰC HIỆN"),
        _ods_row("1", "Các phòng, đơn vị thuộc Ban báo cáo tiến độ về Ban Giám đốc vào ngày 28 hằng tháng."),
    ])
    fods = ('<?xml version="1.0" encoding="UTF-8"?><office:document '
            'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
            'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
            'office:mimetype="application/vnd.oasis.opendocument.spreadsheet"><office:body><office:spreadsheet>'
            f'<table:table table:name="KH16">{sheet}</table:table>'
            '</office:spreadsheet></office:body></office:document>')
    raw = vnplan.read.read_bytes(fods.encode(), "ke-hoach.fods")
    lines = raw.text.split("\n")
    assert lines[lines.index("KẾ HOẠCH"):] == [
        "KẾ HOẠCH", "Phòng cháy rừng tràm mùa khô năm 2027", "II. NHIỆM VỤ",
        "| TT | Nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian thực hiện |",
        "| 1 | Tuần tra canh gác lửa rừng | Trạm Kiểm lâm số 1 | Công an xã Tri Tôn | Quý I - Quý II/2027 |",
        "III. TỔ CHỨC THỰC HIỆN",
        "1\tCác phòng, đơn vị thuộc Ban báo cáo tiến độ về Ban Giám đốc vào ngày 28 hằng tháng."]
    plan = vnplan.extract_text(raw.text)
    assert [(t.lead, t.deadline) for t in plan.tasks] == [(["Trạm Kiểm lâm số 1"], "2027-06-30")]


def test_a_layout_models_markdown_opening_on_a_figure_is_text_with_its_tables_and_comments():
    """A document-layout service's markdown opens with a "<figure>" (the seal) and holds HTML tables and its page
    furniture as comments ("<!-- PageNumber="1" -->"): a text copy, not XML; the comments are none of its words."""
    from vnplan.read import sniff_format
    from pathlib import Path
    head = ("<figure>\n\n</figure>\n\n<table>\n<tr>\n<td>ỦY BAN NHÂN DÂN TỈNH CAO BẰNG<br>BAN QUẢN LÝ DI TÍCH</td>\n"
            "<td>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</td>\n</tr>\n<tr>\n<td>Số: 03/KH-BQLDT</td>\n"
            "<td>Cao Bằng, ngày 05 tháng 01 năm 2027</td>\n</tr>\n</table>\n\n# KẾ HOẠCH\n\nĐón khách năm 2027\n\n"
            "## II. NHIỆM VỤ\n\n"
            "1. Phòng Quản lý di tích chủ trì vệ sinh cảnh quan, hoàn thành trước ngày 20/01/2027.\n\n"
            "<!-- PageFooter=\"Kế hoạch đón khách năm 2027\" -->\n<!-- PageNumber=\"1\" -->\n<!-- PageBreak -->\n\n"
            "2. Phòng Tuyên truyền bố trí thuyết minh viên cho các đoàn khách.\n")
    assert sniff_format(Path("ke-hoach.txt"), head.encode()) != "xml"
    plan = vnplan.extract_text(head)
    assert plan.document.number == "03/KH-BQLDT"
    assert [t.lead for t in plan.tasks] == [["Phòng Quản lý di tích"], ["Phòng Tuyên truyền"]]
    assert not any("Page" in t.text for t in plan.tasks)


def test_a_task_lists_export_sets_each_sub_task_under_its_parent_and_drops_the_identifiers():
    """A task service's export: objects with an "id", the sub-tasks naming theirs as "parent". Each sub-task is an
    item under its parent's heading; the identifiers are no words of the plan."""
    import json
    export = {"kind": "tasks#taskLists", "items": [{"title": "KH phòng, chống hạn 2027", "items": [
        {"id": "dFh0X3NlbjIwMjdfMDA02", "title": "1. Phòng Kinh tế", "position": "00000000000000000001"},
        {"id": "dFh0X3NlbjIwMjdfMDA03", "parent": "dFh0X3NlbjIwMjdfMDA02", "title": "Rà soát diện tích lúa thiếu nước",
         "notes": "Thời hạn: Trước ngày 28/02/2027"},
        {"id": "dFh0X3NlbjIwMjdfMDA04", "title": "2. Công an xã", "position": "00000000000000000002"},
        {"id": "dFh0X3NlbjIwMjdfMDA05", "parent": "dFh0X3NlbjIwMjdfMDA04", "title": "Bảo vệ các trạm bơm điện"}]}]}
    text = vnplan.read.read_bytes(json.dumps(export, ensure_ascii=False).encode(), "tasks.json").text
    lines = text.split("\n")
    assert lines[lines.index("1. Phòng Kinh tế"):] == [
        "1. Phòng Kinh tế", "- Rà soát diện tích lúa thiếu nước", "Thời hạn: Trước ngày 28/02/2027", "2. Công an xã",
        "- Bảo vệ các trạm bơm điện"]
    assert "dFh0X3" not in text


def test_a_json_answer_citing_a_document_reads_the_plan_the_answer_is_about(tmp_path):
    import json

    answer = {"du_lieu": {"van_ban_can_cu": [{"so_ky_hieu": "05/2026/NQ-HĐND", "loai_van_ban": "Nghị quyết",
                                               "trich_yeu": "Về chương trình chuyển đổi số", "ngay_ban_hanh": "10/12/2026"}],
                          **_PLAN_BY_PARTS["du_lieu"]}}
    answer["du_lieu"]["ngay_ban_hanh"] = "04/31/2027"  # (no date: month first, or a slip)
    path = tmp_path / "api.json"
    path.write_text(json.dumps(answer, ensure_ascii=False), encoding="utf-8")
    result = vnplan.extract_file(path)
    assert (result.document.number, result.document.type, result.document.issued_date) == (
        "77/KH-UBND", "Kế hoạch", None)


def _saved_and_read(path: Path, text: str) -> tuple[Path, list[str]]:
    """The text saved as a file and read back, as its lines."""
    path.write_text(text, encoding="utf-8")
    return path, read_file(path).text.split("\n")


def test_text_with_a_few_rtf_control_words_left_in_keeps_its_lines_as_paragraphs(tmp_path):
    """An export that left RTF's opening and a few control words in a text of plain lines ("\\b Điều 1.\\b0 …",
    "\\tab"): each line a paragraph, as written; an RTF writer's own lines, each among control words, stay joined."""
    text = ("{\\rtf1\\ansi\\ansicpg1258\\deff0{\\fonttbl{\\f0\\fnil Times New Roman;}}\n"
            "\\pard\\qc\\b ỦY BAN NHÂN DÂN TỈNH TÂN AN\\b0\\par\n"
            "Số: 14/QĐ-UBND\\tab Tân An, ngày 02 tháng 3 năm 2027\nQUYẾT ĐỊNH\n"
            "Ban hành Kế hoạch hỗ trợ hợp tác xã năm 2027\n"
            "\\b Điều 1.\\b0  Ban hành kèm theo Quyết định này Kế hoạch hỗ trợ hợp tác xã năm 2027.\n"
            "KẾ HOẠCH\nHỗ trợ hợp tác xã năm 2027\nI. NHIỆM VỤ\n"
            "1. Sở Tài chính chủ trì hướng dẫn hợp tác xã tiếp cận vốn vay, hoàn thành trong quý II/2027.\n}")
    path, lines = _saved_and_read(tmp_path / "quyet-dinh.txt", text)
    assert "QUYẾT ĐỊNH" in lines and "Ban hành Kế hoạch hỗ trợ hợp tác xã năm 2027" in lines
    plan = vnplan.extract_file(path)
    assert (plan.document.number, plan.document.type) == ("14/QĐ-UBND", "Quyết định")
    assert [(t.lead, t.deadline) for t in plan.tasks] == [(["Sở Tài chính"], "2027-06-30")]
    # (an RTF writer's own lines, wrapped among its control words, are one paragraph)
    written = tmp_path / "ban-goc.rtf"
    written.write_text("{\\rtf1\\ansi\\deff0\n\\pard Sở Y tế chủ trì\n\\b  kiểm tra\\b0  an toàn thực phẩm.\\par\n}",
                       encoding="utf-8")
    assert read_file(written).text == "Sở Y tế chủ trì kiểm tra an toàn thực phẩm."


def test_a_plain_text_with_rtfs_paragraph_ends_and_bold_groups_left_in_reads_as_its_words(tmp_path):
    """A converter that stripped most of RTF's control words and left its paragraphs' ends and bold groups ("{\\b
    CHỈ THỊ}\\par"): the marks go, each line as written; a text with one "\\par" of its own keeps it."""
    text = ("ỦY BAN NHÂN DÂN TỈNH TÂN AN\nSố: 05/CT-UBND\nTân An, ngày 02 tháng 3 năm 2027\n"
            "{\\b CHỈ THỊ}\\par\n{\\b Về tăng cường phòng, chống rác thải nhựa}\\par\n"
            "{\\b 1. Sở Công Thương}\\par\n"
            "a) Chủ trì hướng dẫn các chợ không dùng túi ni lông khó phân hủy; hoàn thành trong quý II/2027.\n"
            "b) Kiểm tra việc thực hiện tại các siêu thị.\\par\n")
    path, lines = _saved_and_read(tmp_path / "chi-thi.txt", text)
    assert lines[3:6] == ["CHỈ THỊ", "Về tăng cường phòng, chống rác thải nhựa", "1. Sở Công Thương"]
    plan = vnplan.extract_file(path)
    assert (plan.document.type, plan.document.title) == ("Chỉ thị", "Về tăng cường phòng, chống rác thải nhựa")
    assert [(t.lead, t.deadline) for t in plan.tasks][:1] == [(["Sở Công Thương"], "2027-06-30")]
    # (a paragraph's or a line's end inside a line breaks it there; a tab stays a tab)
    _, lines = _saved_and_read(tmp_path / "giua-dong.txt", "Số: 05/CT-UBND\\par\nI. NHIỆM VỤ\\par\n"
                               "1. Sở Y tế giám sát dịch bệnh.\\par 2. Sở Tài chính bố trí kinh phí.\\par\n"
                               "3. Sở Giáo dục tuyên truyền\\line Thời gian: Quý III/2027\\tab 4\\par\n")
    assert lines[2:6] == ["1. Sở Y tế giám sát dịch bệnh.", "2. Sở Tài chính bố trí kinh phí.",
                          "3. Sở Giáo dục tuyên truyền", "Thời gian: Quý III/2027\t4"]
    _, lines = _saved_and_read(tmp_path / "ghi-chu.txt", "Đường dẫn: C:\\par\\tai-lieu\nSố: 05/CT-UBND\n")
    assert lines[0] == "Đường dẫn: C:\\par\\tai-lieu"


def test_a_tcvn3_conversions_slips_are_mended(tmp_path):
    """A text converted from a TCVN3 font with a few codes left inside words ("Trung t©m", "®ường", "§ề nghị",
    "kiÓm") and the header's capitals converted as small marked letters ("NôNG NGHIệP", "Kế HOạCH", "GIáM đốC"): the
    letters the codes stand for, the header in capitals; a page's "© 2027 · Trang chủ" and "Zalo®" stay."""
    text = ("Sở NôNG NGHIệP Và MôI TRườNG\t\tCộNG HòA Xã HộI CHủ NGHĩA VIệT NAM\nTRUNG TâM NướC SạCH NôNG THôN\n"
            "Số: 12/KH-TTNS\t\tBình Sơn, ngày 12 tháng 01 năm 2027\nKế HOạCH\nVận hành công trình cấp nước năm 2027\n"
            "I. MụC đíCH, YêU CầU\n"
            "1. Phòng Kỹ thuật phối hợp với Trung t©m Kiểm soát bệnh tật tỉnh súc xả ®ường ống.\n"
            "2. §ề nghị lực lượng kiÓm lâm tuần tra rừng đầu nguồn.\nNơi nhận:\t\t\tGIáM đốC\n"
            "© 2027 · Trang chủ · Zalo®\n")
    path, lines = _saved_and_read(tmp_path / "ke-hoach.txt", text)
    assert lines[0].startswith("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG")
    assert lines[3] == "KẾ HOẠCH" and lines[5] == "I. MỤC ĐÍCH, YÊU CẦU"
    assert "Trung tâm Kiểm soát bệnh tật tỉnh súc xả đường ống." in lines[6]
    assert lines[7] == "2. Đề nghị lực lượng kiểm lâm tuần tra rừng đầu nguồn." and lines[8].endswith("GIÁM ĐỐC")
    assert lines[9] == "© 2027 · Trang chủ · Zalo®"
