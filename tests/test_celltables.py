"""Task tables whose cells come one per line (a PDF's text layer), rebuilt into rows."""
from vnplan import extract_text
from vnplan.celltables import rebuild_cell_tables

PDF_TEXT = """PHỤ LỤC
NHIỆM VỤ CỤ THỂ
STT
Nội dung công việc
Cơ quan chủ trì
Cơ quan phối hợp
Thời gian hoàn thành
Sản phẩm
I
Hạ tầng số
1
Nâng cấp mạng truyền số liệu chuyên dùng
đến cấp xã.
Sở Khoa học và Công nghệ
Các sở, ngành
Quý III/2026
Mạng được nâng
cấp
7
2
Xây dựng trung tâm dữ liệu của tỉnh.
Sở Tài chính
Năm 2027
Trung tâm dữ liệu
"""


def test_cells_one_per_line_become_rows_and_a_page_number_between_them_goes():
    lines = rebuild_cell_tables(PDF_TEXT.split("\n"))
    rows = [line for line in lines if line.startswith("|")]
    assert rows[0] == "| STT | Nội dung công việc | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành | Sản phẩm |"
    assert rows[1] == "| I | Hạ tầng số |  |  |  |  |"
    assert rows[2] == ("| 1 | Nâng cấp mạng truyền số liệu chuyên dùng đến cấp xã. | Sở Khoa học và Công nghệ | Các sở, ngành"
                       " | Quý III/2026 | Mạng được nâng cấp |")
    # "7" is the page's number: out of sequence; the row without partners keeps its time in the time column
    assert rows[3] == "| 2 | Xây dựng trung tâm dữ liệu của tỉnh. | Sở Tài chính |  | Năm 2027 | Trung tâm dữ liệu |"


def test_the_rebuilt_table_gives_tasks():
    header = "ỦY BAN NHÂN DÂN\nTỈNH BÌNH MINH\nSố: 45/KH-UBND\nKẾ HOẠCH\nChuyển đổi số năm 2026\n"
    tasks = extract_text(header + PDF_TEXT).tasks
    assert [(t.text[:20], t.lead, t.deadline) for t in tasks] == [
        ("Nâng cấp mạng truyền", ["Sở Khoa học và Công nghệ"], "2026-09-30"),
        ("Xây dựng trung tâm d", ["Sở Tài chính"], "2027-12-31"),
    ]
