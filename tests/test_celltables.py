"""Task tables whose cells come one per line (a PDF's text layer), rebuilt into rows."""
from pathlib import Path

import pypdfium2
import pytest

import vnplan
from conftest import load_script
from vnplan import extract_text
from vnplan.celltables import rebuild_cell_tables, rebuild_figure_tables

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



UNNUMBERED_ROW = """PHỤ LỤC
STT
Nội dung công việc
Cơ quan chủ trì
Cơ quan phối hợp
Thời gian hoàn thành
Kinh phí
1
Nâng cấp phòng máy chủ của tỉnh.
Sở Khoa học và Công nghệ
Các sở, ngành
Quý IV/2026
Đầu tư công hoặc nguồn vốn
hợp pháp khác
Xây dựng phương án sao lưu dữ liệu
dự phòng.
Trung tâm Chuyển đổi số tỉnh
2
Đào tạo cán bộ quản trị hệ thống.
Sở Nội vụ
Năm 2027
"""


def test_a_row_left_unnumbered_under_a_numbered_one_is_a_row_sharing_its_merged_cells():
    """After row 1's time and budget cells, "Xây dựng …" then a body: a row the table leaves unnumbered, whose
    partners and time are row 1's (merged cells); a budget cell opening like a task ("Đầu tư công …") is no row."""
    header = "ỦY BAN NHÂN DÂN\nTỈNH BÌNH MINH\nSố: 45/KH-UBND\nKẾ HOẠCH\nChuyển đổi số năm 2026\n"
    tasks = extract_text(header + UNNUMBERED_ROW).tasks
    assert [(t.text[:20], t.lead, t.coordinators_collective, t.deadline) for t in tasks] == [
        ("Nâng cấp phòng máy c", ["Sở Khoa học và Công nghệ"], True, "2026-12-31"),
        ("Xây dựng phương án s", ["Trung tâm Chuyển đổi số tỉnh"], True, "2026-12-31"),
        ("Đào tạo cán bộ quản ", ["Sở Nội vụ"], False, "2027-12-31"),
    ]

# Tables of the fixtures in tests/fixtures/cell_tables as pypdfium2 gives them from the PDF that
# make_unseen_formats.write_pdf_lines draws. Without row numbers, cells in the middle of their rows:
# one-line cells side by side share a line; on the new page the header comes again, and a page number
# (which the PDF reader drops, other sources keep) stands between.
WITHOUT_NUMBERS = """II. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN
Nội dung nhiệm vụ Cơ quan chủ trì Cơ quan phối hợp Thời gian hoàn thành
I. Nhóm nhiệm vụ hoàn thiện thể chế, chính sách
Ban hành quy chế phối hợp
quản lý cụm công nghiệp giữa
các cơ quan cấp tỉnh và cấp xã
Sở Công Thương
Ủy ban nhân dân các xã,
phường
Trước ngày 30/9/2026
II. Nhóm nhiệm vụ phát triển nguồn nhân lực
Tổ chức đào tạo nghề cho lao
động nông thôn gắn với nhu
cầu tuyển dụng của doanh
nghiệp trong các khu, cụm
công nghiệp
Sở Nội vụ
Hội Liên hiệp Phụ nữ tỉnh; Tỉnh
đoàn
Hằng năm
Nâng cao chất lượng đội ngũ
giáo viên giáo dục nghề nghiệp,
chú trọng kỹ năng thực hành
Sở Giáo dục và Đào tạo
Các trường cao đẳng trên địa
bàn tỉnh
2026 - 2027
Bồi dưỡng kiến thức quản trị
doanh nghiệp cho chủ hộ kinh
doanh chuyển lên doanh
nghiệp
Sở Tài chính Hiệp hội Doanh nghiệp tỉnh Quý IV/2026
2

Nội dung nhiệm vụ Cơ quan chủ trì Cơ quan phối hợp Thời gian hoàn thành
Tổ chức cuộc thi khởi nghiệp
đổi mới sáng tạo dành cho
thanh niên
Tỉnh đoàn Sở Khoa học và Công nghệ Quý III/2026
III. TỔ CHỨC THỰC HIỆN
Sở Tài chính là cơ quan thường trực, theo dõi, đôn đốc các cơ quan thực hiện Kế hoạch.
"""

# With row numbers, cells at the top of their rows as Word sets them: a row's number shares its line
# with the first line of the task, and every one-line cell with the cell after it.
NUMBERS_ON_TOP = """STT Nội dung Đơn vị chủ trì Đơn vị phối hợp Thời gian thực hiện Sản phẩm
A NHIỆM VỤ CHUNG
1 Xây dựng bộ tiêu chí
điểm du lịch nông
thôn của tỉnh
Sở Văn hóa, Thể
thao và Du lịch
Sở Nông nghiệp và
Môi trường
Quý II/2026 Bộ tiêu chí
2 Đào tạo kỹ năng làm
du lịch cho hộ dân
Trường Cao đẳng
Văn hóa Nghệ thuật
tỉnh
Hội Nông dân tỉnh Hằng năm Lớp đào tạo
B NHIỆM VỤ TẠI CÁC
ĐỊA PHƯƠNG
1 Quảng bá sản phẩm
du lịch nông thôn
trên các nền tảng
số, báo cáo kết quả
gửi Sở Văn hóa, Thể
thao và Du lịch
Báo và Phát thanh,
Truyền hình tỉnh
Sở Khoa học và
Công nghệ
Thường xuyên Tin, bài, video
2 Cải tạo đường giao
thông đến các điểm
du lịch
Sở Xây dựng Ủy ban nhân dân
các xã
Trước ngày
31/10/2027
Công trình
III. TỔ CHỨC THỰC HIỆN
"""


def _rows(text: str) -> list[str]:
    return [line for line in rebuild_cell_tables(text.split("\n")) if line.startswith("|")]


def test_a_table_without_row_numbers_is_cut_into_rows_by_its_cycle_of_columns():
    assert _rows(WITHOUT_NUMBERS) == [
        "| Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |",
        "| I. Nhóm nhiệm vụ hoàn thiện thể chế, chính sách |  |  |  |",
        "| Ban hành quy chế phối hợp quản lý cụm công nghiệp giữa các cơ quan cấp tỉnh và cấp xã | Sở Công Thương"
        " | Ủy ban nhân dân các xã, phường | Trước ngày 30/9/2026 |",
        "| II. Nhóm nhiệm vụ phát triển nguồn nhân lực |  |  |  |",
        "| Tổ chức đào tạo nghề cho lao động nông thôn gắn với nhu cầu tuyển dụng của doanh nghiệp trong các khu,"
        " cụm công nghiệp | Sở Nội vụ | Hội Liên hiệp Phụ nữ tỉnh; Tỉnh đoàn | Hằng năm |",
        "| Nâng cao chất lượng đội ngũ giáo viên giáo dục nghề nghiệp, chú trọng kỹ năng thực hành"
        " | Sở Giáo dục và Đào tạo | Các trường cao đẳng trên địa bàn tỉnh | 2026 - 2027 |",
        # three cells on one line; then the page number and the repeated header go
        "| Bồi dưỡng kiến thức quản trị doanh nghiệp cho chủ hộ kinh doanh chuyển lên doanh nghiệp | Sở Tài chính"
        " | Hiệp hội Doanh nghiệp tỉnh | Quý IV/2026 |",
        "| Tổ chức cuộc thi khởi nghiệp đổi mới sáng tạo dành cho thanh niên | Tỉnh đoàn | Sở Khoa học và Công nghệ"
        " | Quý III/2026 |",
    ]


def test_numbers_and_cells_sharing_a_line_are_cut_apart_and_wrapped_cells_joined():
    assert _rows(NUMBERS_ON_TOP) == [
        "| STT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian thực hiện | Sản phẩm |",
        "| A | NHIỆM VỤ CHUNG |  |  |  |  |",
        "| 1 | Xây dựng bộ tiêu chí điểm du lịch nông thôn của tỉnh | Sở Văn hóa, Thể thao và Du lịch"
        " | Sở Nông nghiệp và Môi trường | Quý II/2026 | Bộ tiêu chí |",
        "| 2 | Đào tạo kỹ năng làm du lịch cho hộ dân | Trường Cao đẳng Văn hóa Nghệ thuật tỉnh | Hội Nông dân tỉnh"
        " | Hằng năm | Lớp đào tạo |",
        "| B | NHIỆM VỤ TẠI CÁC ĐỊA PHƯƠNG |  |  |  |  |",
        # a body named inside the task's text stays there; a name wrapped after "và" or a comma is one cell
        "| 1 | Quảng bá sản phẩm du lịch nông thôn trên các nền tảng số, báo cáo kết quả gửi Sở Văn hóa, Thể thao"
        " và Du lịch | Báo và Phát thanh, Truyền hình tỉnh | Sở Khoa học và Công nghệ | Thường xuyên | Tin, bài, video |",
        "| 2 | Cải tạo đường giao thông đến các điểm du lịch | Sở Xây dựng | Ủy ban nhân dân các xã"
        " | Trước ngày 31/10/2027 | Công trình |",
    ]


def test_partners_listed_from_bodies_without_a_head_open_their_own_cell():
    """After the lead's whole name, "Viện, Trường; Sở, ngành …" names partners: their cell, though no agency head opens
    it; a name wrapped mid-field goes on ("Sở Tài" / "chính")."""
    text = "\n".join([
        "STT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời gian",
        "1", "Hướng dẫn hợp tác xã ứng dụng công nghệ", "số trong sản xuất.", "Sở Nông nghiệp và Môi trường",
        "Viện, Trường; Sở, ban, ngành có liên", "quan", "2026 - 2030",
        "2", "Tổ chức hội chợ công nghệ thường niên.", "Sở Công Thương", "Doanh nghiệp, Sở Tài", "chính", "Hằng năm",
        ""])
    assert [line for line in rebuild_cell_tables(text.split("\n")) if line.startswith("|")][1:] == [
        "| 1 | Hướng dẫn hợp tác xã ứng dụng công nghệ số trong sản xuất. | Sở Nông nghiệp và Môi trường"
        " | Viện, Trường; Sở, ban, ngành có liên quan | 2026 - 2030 |",
        "| 2 | Tổ chức hội chợ công nghệ thường niên. | Sở Công Thương | Doanh nghiệp, Sở Tài chính | Hằng năm |"]


def test_a_phases_time_cell_and_a_regional_offices_name_open_their_own_cells():
    """ "Đợt 1: tháng 3 -" opens the time cell as "Tháng 3" does; "Cơ quan Thú y vùng II" after the lead's wrapped name
    is the partners' cell, not more of the lead's name."""
    text = "\n".join([
        "TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian",
        "1", "Tiêm phòng vắc xin cho đàn lợn nái", "Trung tâm Dịch vụ", "nông nghiệp", "Ủy ban nhân dân các xã",
        "Đợt 1: tháng 4 -", "tháng 5/2027",
        "2", "Lấy mẫu giám sát sau tiêm phòng", "Chi cục Chăn nuôi,", "Thú y và Thủy sản", "Cơ quan Thú y vùng II",
        "Quý III/2027", ""])
    assert [line for line in rebuild_cell_tables(text.split("\n")) if line.startswith("|")][1:] == [
        "| 1 | Tiêm phòng vắc xin cho đàn lợn nái | Trung tâm Dịch vụ nông nghiệp | Ủy ban nhân dân các xã"
        " | Đợt 1: tháng 4 - tháng 5/2027 |",
        "| 2 | Lấy mẫu giám sát sau tiêm phòng | Chi cục Chăn nuôi, Thú y và Thủy sản | Cơ quan Thú y vùng II"
        " | Quý III/2027 |"]


def test_a_kind_of_body_listed_opens_its_own_cell():
    """ "Các cửa hàng xăng dầu" under a lead's name or a task's text is the next cell, no wrap of the one above."""
    text = "\n".join([
        "STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn",
        "1", "Nâng cấp phần mềm bán hàng", "Phòng Công nghệ thông tin", "Các cửa hàng xăng dầu", "Quý I/2027",
        "2", "Niêm yết hướng dẫn tại cột bơm", "Các cửa hàng xăng dầu", "Thường xuyên", ""])
    assert [line for line in rebuild_cell_tables(text.split("\n")) if line.startswith("|")][1:] == [
        "| 1 | Nâng cấp phần mềm bán hàng | Phòng Công nghệ thông tin | Các cửa hàng xăng dầu | Quý I/2027 |",
        "| 2 | Niêm yết hướng dẫn tại cột bơm | Các cửa hàng xăng dầu |  | Thường xuyên |"]


def test_a_unit_cell_naming_its_roles_as_fields_gives_the_lead_and_the_partners():
    """One "Đơn vị thực hiện" column, each row's cell in two lines "Chủ trì: …" / "Phối hợp: …", the rows parted by
    blank lines: the fields stay in the unit's cell, and the task reads its lead and partners from them."""
    text = "\n".join([
        "II. NHIỆM VỤ", "", "STT", "Nội dung công việc", "Đơn vị thực hiện", "Thời hạn hoàn thành", "Sản phẩm", "",
        "1", "Rà soát hồ sơ địa chính phải chỉnh lý.", "Chủ trì: Phòng Đo đạc bản đồ.",
        "Phối hợp: các Chi nhánh Văn phòng Đăng ký đất đai.", "Tháng 3/2027", "Danh mục thửa đất", "",
        "2", "Tổng hợp, báo cáo kết quả gửi Sở Nông nghiệp và Môi trường.", "Chủ trì: Phòng Hành chính - Tổng hợp.",
        "Phối hợp: Phòng Đo đạc bản đồ.", "Trước ngày 15/11/2027", "Báo cáo", ""])
    rows = [line for line in rebuild_cell_tables(text.split("\n")) if line.startswith("|")]
    assert rows[1] == ("| 1 | Rà soát hồ sơ địa chính phải chỉnh lý. | Chủ trì: Phòng Đo đạc bản đồ. Phối hợp: các Chi "
                       "nhánh Văn phòng Đăng ký đất đai. | Tháng 3/2027 | Danh mục thửa đất |")
    plan = extract_text("KẾ HOẠCH\nChỉnh lý hồ sơ địa chính năm 2027\n" + text)
    assert [(t.lead, t.coordinators, t.coordinators_collective, t.deadline) for t in plan.tasks] == [
        (["Phòng Đo đạc bản đồ"], [], True, "2027-03-31"),  # ("các Chi nhánh …": every branch)
        (["Phòng Hành chính - Tổng hợp"], ["Phòng Đo đạc bản đồ"], False, "2027-11-15")]
    assert [(d.reporter, d.due) for d in plan.reporting] == [("Phòng Hành chính - Tổng hợp", "2027-11-15")]


def test_a_table_with_its_time_column_before_the_work_keeps_each_row_whole():
    """ "TT / Thời gian / Nội dung / Chủ trì / Phối hợp": the time opens the row, its text follows in the same row; a
    text opening with a head's word ("Hội chẩn …") is the row's text, no body; a report the row gives is due then."""
    text = "\n".join([
        "TT", "Thời gian", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp",
        "1", "Quý I/2027", "Khảo sát năng lực hồi sức sơ sinh", "Trung tâm Chỉ đạo", "tuyến", "Khoa Hồi sức",
        "2", "Thường xuyên", "Hội chẩn từ xa các ca sơ sinh nặng với", "bệnh viện tuyến tỉnh", "Khoa Hồi sức",
        "Phòng Công nghệ thông tin",
        "3", "Tháng 12/2027", "Tổng kết, báo cáo Bộ Y tế kết quả năm 2027", "Phòng Kế hoạch tổng hợp",
        "Trung tâm Chỉ đạo tuyến", ""])
    rows = [line for line in rebuild_cell_tables(text.split("\n")) if line.startswith("|")]
    assert rows[1:3] == [
        "| 1 | Quý I/2027 | Khảo sát năng lực hồi sức sơ sinh | Trung tâm Chỉ đạo tuyến | Khoa Hồi sức |",
        "| 2 | Thường xuyên | Hội chẩn từ xa các ca sơ sinh nặng với bệnh viện tuyến tỉnh | Khoa Hồi sức"
        " | Phòng Công nghệ thông tin |"]
    plan = extract_text("KẾ HOẠCH\nChỉ đạo tuyến năm 2027\nII. NỘI DUNG\n" + text)
    assert [(d.reporter, d.due) for d in plan.reporting] == [("Phòng Kế hoạch tổng hợp", "2027-12-31")]


def test_a_rows_text_naming_a_body_after_a_lead_without_partners_opens_the_next_row():
    """Without row numbers, a lead with no partners, then the next row's text, which names a body inside it: a row."""
    text = "\n".join(["Nội dung nhiệm vụ Cơ quan chủ trì Cơ quan phối hợp Thời gian hoàn thành",
                     "Rà soát quy chế phối hợp quản lý", "cụm công nghiệp", "Sở Công Thương",
                     "Triển khai kế hoạch của Ủy ban", "nhân dân tỉnh về du lịch", "Sở Văn hóa, Thể thao và Du lịch",
                     "Hằng năm", ""])
    assert _rows(text)[1:] == [
        "| Rà soát quy chế phối hợp quản lý cụm công nghiệp | Sở Công Thương |  |  |",
        "| Triển khai kế hoạch của Ủy ban nhân dân tỉnh về du lịch | Sở Văn hóa, Thể thao và Du lịch |  | Hằng năm |"]


def test_a_header_wrapped_over_lines_with_names_side_by_side():
    lines = ["STT Nội dung công việc Cơ quan chủ trì", "Cơ quan phối hợp Thời gian hoàn", "thành", "Ghi chú",
             "1", "Tổ chức hội nghị tập huấn", "Sở Nội vụ", "Năm 2026 Tổ chức tại", "các xã"]
    assert _rows("\n".join(lines)) == [
        "| STT | Nội dung công việc | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành | Ghi chú |",
        "| 1 | Tổ chức hội nghị tập huấn | Sở Nội vụ |  | Năm 2026 | Tổ chức tại các xã |",
    ]


@pytest.mark.parametrize("header", [
    ["STT NHIỆM VỤ VÀ GIẢI PHÁP CHỦ TRÌ PHỐI HỢP THỜI GIAN"],  # one-line names side by side, in capitals
    ["STT", "NHIỆM VỤ VÀ GIẢI PHÁP", "CHỦ TRÌ", "PHỐI HỢP", "THỜI GIAN"],
])
def test_a_header_in_capitals_names_its_columns(header):
    lines = [*header, "1", "Xây dựng kho dữ liệu", "nông nghiệp dùng chung.", "Sở Nông nghiệp và Môi", "trường",
             "Sở Tài chính", "2026", "2", "Tập huấn chuyển đổi số cho", "hợp tác xã.", "Liên minh Hợp tác xã tỉnh",
             "Sở Công Thương", "Thường xuyên"]
    assert _rows("\n".join(lines)) == [
        "| STT | NHIỆM VỤ VÀ GIẢI PHÁP | CHỦ TRÌ | PHỐI HỢP | THỜI GIAN |",
        "| 1 | Xây dựng kho dữ liệu nông nghiệp dùng chung. | Sở Nông nghiệp và Môi trường | Sở Tài chính | 2026 |",
        "| 2 | Tập huấn chuyển đổi số cho hợp tác xã. | Liên minh Hợp tác xã tỉnh | Sở Công Thương | Thường xuyên |",
    ]


def test_capital_column_names_are_told_apart_by_their_roles():
    lines = ["TT NỘI DUNG CÔNG VIỆC CƠ QUAN CHỦ TRÌ CƠ QUAN PHỐI HỢP THỜI GIAN KẾT QUẢ DỰ KIẾN", "1",
             "Rà soát quy hoạch", "Sở Xây dựng", "Các sở, ngành", "Quý I/2026", "Báo cáo"]
    assert _rows("\n".join(lines))[0] == (
        "| TT | NỘI DUNG CÔNG VIỆC | CƠ QUAN CHỦ TRÌ | CƠ QUAN PHỐI HỢP | THỜI GIAN | KẾT QUẢ DỰ KIẾN |")


def test_prose_under_a_heading_of_column_names_is_no_table():
    lines = ["Nội dung", "Cơ quan chủ trì phải báo cáo kết quả thực hiện.", "Thời gian", "Quý IV/2026"]
    assert rebuild_cell_tables(lines) == lines


CELL_TABLE_PLANS = Path(__file__).resolve().parent / "fixtures" / "cell_tables"
FORMATS = load_script(Path(__file__).resolve().parent / "fixtures" / "make_unseen_formats.py", "make_unseen_formats")


# (plan, task rows, cells at the top of their rows). One-line task texts (kh_an_toan_thuc_pham) share their
# line with the bodies after them; in the middle of their rows, a text and its lead alone on one line are
# not told apart yet, so that plan is drawn with cells on top only.
PDF_TABLES = [("kh_doanh_nghiep_nho_va_vua", 15, False), ("kh_doanh_nghiep_nho_va_vua", 15, True),
              ("kh_du_lich_nong_thon", 10, False), ("kh_du_lich_nong_thon", 10, True),
              ("kh_an_toan_thuc_pham", 5, True)]
OVER_PAGES = {"kh_doanh_nghiep_nho_va_vua", "kh_du_lich_nong_thon"}  # their tables run over a page break


@pytest.mark.skipif(not FORMATS.FONT.exists(), reason="DejaVuSans.ttf is needed to write a Vietnamese PDF")
@pytest.mark.parametrize("name,rows,cells_on_top", PDF_TABLES)
def test_a_pdf_table_gives_the_tasks_of_its_text(name, rows, cells_on_top, tmp_path):
    source = CELL_TABLE_PLANS / f"{name}.txt"
    lines = [line.strip() for line in source.read_text(encoding="utf-8").splitlines() if line.strip()]
    pdf = FORMATS.write_pdf_lines(lines, tmp_path / f"{name}.pdf", heading_row=True, cells_on_top=cells_on_top)
    if name in OVER_PAGES:
        assert len(pypdfium2.PdfDocument(pdf)) > 1, "the table should run over a page break"

    def tasks(plan):
        return [(t.text, t.lead, t.coordinators, t.coordinators_collective, t.deadline, t.section) for t in plan.tasks]

    from_text = tasks(vnplan.extract(source))
    assert len(from_text) == rows and all(lead for _, lead, *_ in from_text)
    assert tasks(vnplan.extract(pdf)) == from_text


MARKED_PLAN = """ỦY BAN NHÂN DÂN
TỈNH BÌNH MINH
Số: 90/KH-UBND
Bình Minh, ngày 12 tháng 01 năm 2026
KẾ HOẠCH
Phòng, chống dịch bệnh trên cây trồng năm 2026
I. NHIỆM VỤ
Các nhiệm vụ cụ thể, cơ quan chủ trì, cơ quan phối hợp và thời gian thực hiện tại Phụ lục kèm theo Kế hoạch này.
Nơi nhận:
- Như trên;
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lê Văn An
Phụ lục
STT
Nội dung
Cơ quan chủ trì
Cơ quan phối hợp
Thời gian thực hiện
Quý I
Quý II
Quý III
Quý IV
I
Giám sát dịch hại
1
Điều tra, dự báo sâu bệnh hại lúa vụ Đông Xuân
Sở Nông nghiệp và Môi trường
Ủy ban nhân dân các xã
x
x


2
Tập huấn kỹ thuật phòng trừ tổng hợp cho nông dân

Hội Nông dân tỉnh

x

x
"""


def test_a_table_marking_its_quarters_one_cell_a_line_is_read_by_place():
    """A word processor's table flattened cell after cell, an empty cell an empty line, its time marked "x" under
    quarter columns: each cell by its place; the deadline is the end of the last quarter marked, in the plan's
    year; an empty lead cell was merged with the row above; the sentence pointing to the appendix is no task."""
    tasks = extract_text(MARKED_PLAN).tasks
    assert [(t.text, t.lead, t.coordinators, t.coordinators_collective, str(t.deadline)) for t in tasks] == [
        ("Điều tra, dự báo sâu bệnh hại lúa vụ Đông Xuân", ["Sở Nông nghiệp và Môi trường"], [], True, "2026-06-30"),
        ("Tập huấn kỹ thuật phòng trừ tổng hợp cho nông dân", ["Sở Nông nghiệp và Môi trường"], ["Hội Nông dân tỉnh"],
         False, "2026-12-31"),
    ]
    assert tasks[0].section == "Giám sát dịch hại"


def test_a_lead_column_before_the_work_left_empty_under_its_first_row_is_a_merged_cell():
    """The lead's column first ("TT / Đơn vị chủ trì / Nội dung công việc / …"), its cell left empty under the first
    row of each lead (merged): a row opening on its work puts it in the work's column, and the row takes the lead of
    the row above."""
    lines = ["TT", "Đơn vị chủ trì", "Nội dung công việc", "Đơn vị phối hợp", "Thời hạn hoàn thành",
             "1", "Phòng Kế hoạch - Tổng hợp", "Rà soát, lập kế hoạch giải ngân chi tiết", "theo từng dự án", "Sở Tài chính",
             "Trước ngày 20/01/2027", "2", "Tổng hợp tiến độ giải ngân của", "từng dự án", "Phòng Tài chính - Kế toán",
             "Hằng tháng"]
    rows = rebuild_cell_tables(lines)
    assert rows[1:] == [
        "| 1 | Phòng Kế hoạch - Tổng hợp | Rà soát, lập kế hoạch giải ngân chi tiết theo từng dự án | Sở Tài chính | "
        "Trước ngày 20/01/2027 |",
        "| 2 |  | Tổng hợp tiến độ giải ngân của từng dự án | Phòng Tài chính - Kế toán | Hằng tháng |"]
    plan = extract_text("ỦY BAN NHÂN DÂN\nTỈNH BÌNH MINH\nSố: 12/KH-UBND\nBình Minh, ngày 5 tháng 1 năm 2027\nKẾ HOẠCH\n"
                        "Giải ngân vốn đầu tư công năm 2027\nI. NHIỆM VỤ\n" + "\n".join(lines) + "\n")
    assert [t.lead for t in plan.tasks] == [["Phòng Kế hoạch - Tổng hợp"]] * 2


def test_a_targets_table_cell_after_cell_is_rebuilt_and_gives_its_targets():
    """ "Chỉ tiêu / Đơn vị tính / Năm 2026 / Năm 2027" one cell a line, an indicator wrapped, a figure alone on its line
    (no page's number): the rows are rebuilt, and a plan for 2027 takes its targets from the 2027 column."""
    lines = ["Chỉ tiêu", "Đơn vị tính", "Năm 2026", "Năm 2027", "Tổng thu ngân sách nhà nước do cơ quan thuế", "quản lý",
             "tỷ đồng", "41.350", "44.800", "Tỷ lệ hồ sơ khai thuế đúng hạn", "%", "72", "trên 90",
             "2. Các chỉ tiêu khác theo Phụ lục."]
    assert rebuild_figure_tables(lines) == [
        "| Chỉ tiêu | Đơn vị tính | Năm 2026 | Năm 2027 |",
        "| Tổng thu ngân sách nhà nước do cơ quan thuế quản lý | tỷ đồng | 41.350 | 44.800 |",
        "| Tỷ lệ hồ sơ khai thuế đúng hạn | % | 72 | trên 90 |", "2. Các chỉ tiêu khác theo Phụ lục."]
    plan = extract_text("CỤC THUẾ\nTHUẾ TỈNH BÌNH MINH\nSố: 18/QĐ-TBM\nBình Minh, ngày 6 tháng 1 năm 2027\nQUYẾT ĐỊNH\n"
                        "Về việc giao chỉ tiêu năm 2027\nĐiều 1. Giao các chỉ tiêu sau:\n" + "\n".join(lines) + "\n")
    assert [(t.min, t.max, t.unit, t.year) for t in plan.targets] == [(44800, 44800, "tỷ đồng", 2027), (90, None, "%", 2027)]


def test_a_dash_alone_stands_for_an_empty_cell():
    """ "Văn phòng" / "-" / "Quý III/2027": the partners' cell left empty, the time in its own column."""
    lines = rebuild_cell_tables(["PHỤ LỤC", "TT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn", "1",
                                 "Triển khai hệ thống quản lý văn bản điện tử", "Văn phòng Tổng công ty", "-",
                                 "Quý III/2027", "2", "Kiểm tra việc thực hành tiết kiệm", "Ban Kiểm soát nội bộ",
                                 "Ban Tài chính - Kế toán", "Quý IV/2027"])
    assert lines[1:] == ["| TT | Nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời hạn |",
                         "| 1 | Triển khai hệ thống quản lý văn bản điện tử | Văn phòng Tổng công ty |  | Quý III/2027 |",
                         "| 2 | Kiểm tra việc thực hành tiết kiệm | Ban Kiểm soát nội bộ | Ban Tài chính - Kế toán | Quý IV/2027 |"]


def test_a_header_name_wrapped_where_its_first_words_name_another_column_and_budget_columns_under_a_group():
    lines = ["TT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối", "hợp", "Thời gian", "hoàn thành",
             "Kinh phí (triệu đồng)", "Tổng số", "Ngân sách", "nhà nước", "Nguồn", "khác",
             "1", "Rà soát quy trình cấp Phiếu trên", "môi trường điện tử", "Trung tâm Dữ liệu", "Phòng Pháp chế",
             "Quý I/2027", "80", "80", "0",
             "2", "Nâng cấp phần mềm quản lý hồ sơ", "Phòng Công nghệ", "thông tin", "Trung tâm Dữ liệu", "Quý III/2027",
             "950", "950", "0"]
    rows = rebuild_cell_tables(lines)
    assert rows[0].startswith("| TT | Nội dung nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành |")
    assert "| 1 | Rà soát quy trình cấp Phiếu trên môi trường điện tử | Trung tâm Dữ liệu | Phòng Pháp chế | Quý I/2027 |" \
        in rows[1]
    assert "| 2 | Nâng cấp phần mềm quản lý hồ sơ | Phòng Công nghệ thông tin | Trung tâm Dữ liệu | Quý III/2027 |" \
        in rows[2]


def test_a_text_layer_that_parts_every_paragraph_by_a_blank_line_gives_its_cell_table_too():
    cells = ["TT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian\nhoàn thành",
             "I", "Truyền thông trên báo chí",
             "1", "Phối hợp sản xuất chuyên mục truyền hình về\nbảo hiểm tiền gửi", "Ban Truyền thông",
             "Đài Truyền hình Việt\nNam", "Quý I - Quý\nIV/2027",
             "2", "Nâng cấp chuyên trang thông tin về bảo hiểm\ntiền gửi", "Trung tâm Công\nnghệ thông tin",
             "Ban Truyền thông", "Tháng 6/2027"]
    lines = "\n\n".join(cells).split("\n")
    rows = [line for line in rebuild_cell_tables(lines) if line.startswith("|")]
    assert rows[0] == "| TT | Nội dung nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành |"
    assert "| 2 | Nâng cấp chuyên trang thông tin về bảo hiểm tiền gửi | Trung tâm Công nghệ thông tin | Ban Truyền " \
           "thông | Tháng 6/2027 |" in rows


def test_a_time_word_wrapped_after_its_first_syllable_is_its_own_cell_not_the_partners_wrap():
    lines = ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian", "1",
             "Vận động hội viên liên kết sản xuất", "Hội Nông dân xã", "Hội Liên hiệp Phụ nữ", "xã", "Thường", "xuyên",
             "2", "Xây dựng mô hình vườn mẫu", "Ủy ban nhân dân xã", "Hội Nông dân xã", "Năm 2028"]
    rows = rebuild_cell_tables(lines)
    assert "| 1 | Vận động hội viên liên kết sản xuất | Hội Nông dân xã | Hội Liên hiệp Phụ nữ xã | Thường xuyên |" \
        in rows


def test_a_pages_footnote_falling_inside_a_cell_table_is_set_apart_from_its_cells():
    """A text layer gives the page's footnote where the page ends, between two rows: it opens with the number of a
    mark glued to a word above ("… truyền thống1") and runs to the page's number."""
    text = ("ỦY BAN NHÂN DÂN XÃ TÂN HÒA\nSố: 12/KH-UBND\nKẾ HOẠCH\nPhát triển làng nghề\n"
            "Làng nghề dệt chiếu là thế mạnh truyền thống1 của xã.\nII. NHIỆM VỤ\n"
            "STT\nNội dung nhiệm vụ\nCơ quan chủ trì\nThời gian\n1\nKhôi phục nghề dệt chiếu\nỦy ban nhân dân xã\n"
            "2027 - 2028\n1 Năm 2026, toàn xã có 120 hộ làm nghề dệt chiếu, giá trị sản xuất ước đạt khoảng\n"
            "14 tỷ đồng.\n2\n2\nQuảng bá sản phẩm chiếu trên nền tảng số\nHội Nông dân xã\nNăm 2028\n")
    plan = vnplan.extract_text(text)
    # (the commune's committee, named by its level in its own plan: its name in full, the issuer's)
    assert [(t.lead, t.deadline) for t in plan.tasks] == [(["Ủy ban nhân dân xã Tân Hòa"], "2028-12-31"),
                                                          (["Hội Nông dân xã"], "2028-12-31")]
    assert not any("120 hộ" in t.text for t in plan.tasks)


def test_a_row_run_into_one_line_parts_its_cells_at_each_body_after_a_word_and_at_its_time():
    """A PDF viewer's copy puts a table's row on one line, its cells a space apart: a body's name after a word of the
    cell before opens a cell ("… chuyển đổi nghề Phòng Quản lý …"), not one a verb or a joining word leads into ("…
    báo cáo Sở Nông nghiệp và Môi trường"); a time cell, a date alone or a range of months, ends at its phrase."""
    lines = ["TT Nhiệm vụ Đơn vị chủ trì Đơn vị phối hợp Thời gian hoàn thành Kết quả",
             "1 Rà soát, lập danh sách tàu cá chuyển đổi nghề Phòng Quản lý khai thác thủy sản Ủy ban nhân dân các xã, "
             "phường ven biển 31/3/2027 Danh sách tàu cá",
             "2 Tổng hợp kết quả chuyển đổi nghề năm 2027, báo cáo Sở Nông nghiệp và Môi trường Văn phòng Chi cục Các "
             "phòng, đội thuộc Chi cục Tháng 11 - tháng 12/2027 Báo cáo"]
    rows = rebuild_cell_tables(lines)
    assert "| 1 | Rà soát, lập danh sách tàu cá chuyển đổi nghề | Phòng Quản lý khai thác thủy sản | Ủy ban nhân dân " \
           "các xã, phường ven biển | 31/3/2027 | Danh sách tàu cá |" in rows
    assert "| 2 | Tổng hợp kết quả chuyển đổi nghề năm 2027, báo cáo Sở Nông nghiệp và Môi trường | " \
           "Văn phòng Chi cục | Các phòng, đội thuộc Chi cục | Tháng 11 - tháng 12/2027 | Báo cáo |" in rows


def test_rows_parted_by_blank_lines_a_line_a_cell_keep_each_line_a_cell():
    """A copy that writes each cell on its line and parts the rows by blank lines: when every row takes as many lines as
    the header names columns, each line is one whole cell, a time that reads like no time ("Trước ngày 20 tháng cuối
    quý") and a result after it ("Báo cáo quý") too, and a body after a long text is its lead, not more of the text."""
    lines = ["TT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành", "Sản phẩm", "",
             "1", "Tổng hợp số liệu, báo cáo tiến độ gửi Ủy ban nhân dân tỉnh", "Văn phòng Sở", "Phòng Hộ tịch",
             "Trước ngày 20 tháng cuối quý", "Báo cáo quý", "",
             "2", "Sơ kết, đánh giá kết quả thực hiện Kế hoạch năm 2027; đề xuất giải pháp cho năm tiếp theo",
             "Phòng Hộ tịch", "Các phòng, đơn vị thuộc Sở", "Tháng 12/2027", "Báo cáo sơ kết", "",
             "IV. TỔ CHỨC THỰC HIỆN"]
    rows = rebuild_cell_tables(lines)
    assert rows[1:3] == [
        "| 1 | Tổng hợp số liệu, báo cáo tiến độ gửi Ủy ban nhân dân tỉnh | Văn phòng Sở | Phòng Hộ tịch | "
        "Trước ngày 20 tháng cuối quý | Báo cáo quý |",
        "| 2 | Sơ kết, đánh giá kết quả thực hiện Kế hoạch năm 2027; đề xuất giải pháp cho năm tiếp theo "
        "| Phòng Hộ tịch | Các phòng, đơn vị thuộc Sở | Tháng 12/2027 | Báo cáo sơ kết |"]
    assert rows[-1] == "IV. TỔ CHỨC THỰC HIỆN"


def test_a_cell_per_line_tables_target_column_gives_its_rows_tasks_their_targets():
    """A column name holding a year ("Chỉ tiêu năm 2027") is one header cell; each row's cell under it is a target of
    the row's task, committed to by the column's name, and a figure after a company's name opens that cell ("… Thăng
    Long" / "Trên 95% sản phẩm …")."""
    text = "\n".join([
        "KẾ HOẠCH", "Chống buôn lậu thuốc lá năm 2027", "III. NHIỆM VỤ CỤ THỂ", "",
        "TT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Chỉ tiêu năm 2027", "Thời hạn", "",
        "1", "Tuyên truyền tác hại của thuốc lá nhập", "lậu đến các điểm bán lẻ", "Ban Truyền thông",
        "Các công ty con", "100% nhà phân phối ký", "cam kết", "Tháng 3 -", "tháng 9/2027", "",
        "2", "Nâng cấp hệ thống tem điện tử", "Ban Công nghệ thông tin", "Công ty Thuốc lá Thăng Long",
        "Trên 95% sản phẩm xuất", "xưởng có tem điện tử", "Quý IV/2027", "", "IV. TỔ CHỨC THỰC HIỆN"])
    plan = extract_text(text)
    assert [(t.lead, t.coordinators, t.deadline) for t in plan.tasks] == [
        (["Ban Truyền thông"], [], "2027-09-30"), (["Ban Công nghệ thông tin"], ["Công ty Thuốc lá Thăng Long"],
                                                    "2027-12-31")]
    assert [(t.min, t.max, t.unit, t.year, t.task) for t in plan.targets] == [
        (100, 100, "%", 2027, plan.tasks[0].id), (95, None, "%", 2027, plan.tasks[1].id)]


def test_a_units_row_listing_its_numbered_work_and_times_in_its_cells_gives_a_task_each():
    """A table by unit, its rows' numbers alone on their lines: "2. Tổng hợp …" inside a cell is an item of that cell's
    list, not the next row, and "1. Mua sắm …" after the unit's name opens the work's cell. Each item is a task of the
    unit's, due when the same number in the time cell says."""
    text = "\n".join([
        "KẾ HOẠCH", "Công chứng điện tử năm 2027", "III. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN",
        "TT", "Đơn vị thực hiện", "Nhiệm vụ", "Thời hạn hoàn thành",
        "1", "Bộ phận Nghiệp vụ", "1. Số hóa toàn bộ hồ sơ công chứng lưu", "trữ từ năm 2015 đến nay",
        "2. Thực hiện công chứng điện tử đối với các", "giao dịch được pháp luật cho phép", "1. Quý III/2027",
        "2. Thường xuyên",
        "2", "Bộ phận Hành chính -", "Kế toán", "1. Mua sắm thiết bị, chứng thư chữ ký số;", "phối hợp với Viettel "
        "Hải Phòng bảo đảm an toàn thông tin", "2. Tổng hợp tình hình, báo cáo Sở Tư pháp", "trước ngày 10 hằng tháng",
        "1. Tháng 4/2027", "2. Hằng tháng", "IV. TỔ CHỨC THỰC HIỆN"])
    plan = extract_text(text)
    assert [(t.text[:12], t.lead, t.coordinators, t.deadline) for t in plan.tasks] == [
        ("Số hóa toàn ", ["Bộ phận Nghiệp vụ"], [], "2027-09-30"),
        ("Thực hiện cô", ["Bộ phận Nghiệp vụ"], [], None),
        ("Mua sắm thiế", ["Bộ phận Hành chính - Kế toán"], ["Viettel Hải Phòng"], "2027-04-30"),
        ("Tổng hợp tìn", ["Bộ phận Hành chính - Kế toán"], [], None)]


def test_a_row_run_into_one_line_parts_a_body_after_a_closing_bracket_not_after_a_preposition():
    """A text browser's dump runs a row's cells into one paragraph: a body's name after a bracket closing the text
    opens the lead's cell ("… (homestay) Sở Dân tộc và Tôn giáo …"); one after "qua" is the text's ("… ủy thác qua
    Ngân hàng Chính sách xã hội …")."""
    lines = ["TT Nhiệm vụ Cơ quan chủ trì Cơ quan phối hợp Thời gian hoàn thành",
             "1 Hỗ trợ cải tạo nhà ở làm cơ sở lưu trú (homestay) Sở Dân tộc và Tôn giáo Sở Tài chính Năm 2027",
             "2 Bố trí vốn ngân sách tỉnh ủy thác qua Ngân hàng Chính sách xã hội để cho vay Sở Tài chính "
             "Sở Xây dựng Quý III/2027"]
    rows = rebuild_cell_tables(lines)
    assert "| 1 | Hỗ trợ cải tạo nhà ở làm cơ sở lưu trú (homestay) | Sở Dân tộc và Tôn giáo | Sở Tài chính | " \
           "Năm 2027 |" in rows
    assert "| 2 | Bố trí vốn ngân sách tỉnh ủy thác qua Ngân hàng Chính sách xã hội để cho vay | Sở Tài chính | " \
           "Sở Xây dựng | Quý III/2027 |" in rows


def test_a_time_counted_from_an_event_is_a_time_cell():
    """ "Trong 30 ngày kể từ ngày nhận đủ hồ sơ" under the time column is the row's time, counted from an event, not a
    note after an empty time cell."""
    lines = ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Ghi chú",
             "1", "Rà soát thủ tục đầu tư dự án nhà ở xã hội", "Sở Xây dựng", "Sở Tư pháp", "Quý III/2027", "",
             "2", "Thẩm định giá bán nhà ở xã hội", "Sở Xây dựng", "Sở Tài chính",
             "Trong 30 ngày kể từ ngày nhận đủ hồ sơ", ""]
    rows = rebuild_cell_tables(lines)
    assert "| 2 | Thẩm định giá bán nhà ở xã hội | Sở Xây dựng | Sở Tài chính | Trong 30 ngày kể từ ngày nhận đủ hồ sơ " \
           "|  |" in rows


def test_a_roadmap_column_is_the_rows_time_and_no_bodys_name_goes_on_with_a_whole_time():
    """A viewer's copy of a table, cell after cell: "Lộ trình" is the column of each row's time; a body's name wrapped
    after a joining word ("Sở Khoa học và") does not go on with the time that follows it ("Quý II - III/2027", two
    quarters named once, their year after the last)."""
    lines = ["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối", "hợp", "Lộ trình", "Kết quả đầu ra",
             "1", "Bồi dưỡng kỹ năng số cho cán", "bộ, công chức", "Sở Nội vụ", "Sở Khoa học và", "Quý II - III/2027",
             "Giấy chứng nhận", "2", "Ra mắt nền tảng học tập số", "Sở Khoa học và", "Công nghệ", "Sở Giáo dục và Đào",
             "tạo", "Tháng 3/2027", "Nền tảng hoạt động"]
    assert rebuild_cell_tables(lines)[1:] == [
        "| 1 | Bồi dưỡng kỹ năng số cho cán bộ, công chức | Sở Nội vụ | Sở Khoa học và | Quý II - III/2027 |"
        " Giấy chứng nhận |",
        "| 2 | Ra mắt nền tảng học tập số | Sở Khoa học và Công nghệ | Sở Giáo dục và Đào tạo | Tháng 3/2027 |"
        " Nền tảng hoạt động |"]


def test_an_empty_line_between_a_rows_cells_is_its_empty_cell_and_a_body_asked_is_the_lead():
    """A word processor's table saved as text, each cell a line: an empty line alone inside a row stands for the cell
    left empty (a lead merged with the row above), so the partners after it stay partners; a lead cell asking a body
    rather than telling it ("Đề nghị Công an tỉnh") names that body."""
    lines = ["STT", "Nội dung nhiệm vụ", "Thời gian hoàn thành", "Đơn vị chủ trì", "Đơn vị phối hợp", "Ghi chú",
             "1", "Kiểm soát sản lượng thủy sản bốc dỡ qua cảng", "Thường xuyên", "Ban Quản lý cảng cá",
             "Chi cục Thủy sản", "",
             "2", "Vận hành hệ thống truy xuất nguồn gốc", "Quý II/2027", "", "Chi cục Thủy sản;",
             "Sở Khoa học và Công nghệ", "",
             "3", "Điều tra các đường dây môi giới lao động trái phép", "Năm 2027", "Đề nghị Công an tỉnh",
             "Bộ đội Biên phòng tỉnh;", "Viện Kiểm sát nhân dân tỉnh", ""]
    assert rebuild_cell_tables(lines)[1:4] == [
        "| 1 | Kiểm soát sản lượng thủy sản bốc dỡ qua cảng | Thường xuyên | Ban Quản lý cảng cá | Chi cục Thủy sản"
        " |  |",
        "| 2 | Vận hành hệ thống truy xuất nguồn gốc | Quý II/2027 |  | Chi cục Thủy sản; Sở Khoa học và Công nghệ"
        " |  |",
        "| 3 | Điều tra các đường dây môi giới lao động trái phép | Năm 2027 | Đề nghị Công an tỉnh |"
        " Bộ đội Biên phòng tỉnh; Viện Kiểm sát nhân dân tỉnh |  |"]


INVESTORS_TABLE = """PHỤ LỤC
DANH MỤC DỰ ÁN CHẬM GIẢI NGÂN VÀ YÊU CẦU ĐỐI VỚI CHỦ ĐẦU TƯ
TT
Chủ đầu tư
Kế hoạch vốn năm 2026 (triệu đồng)
Giải ngân đến 31/5/2026 (triệu đồng)
Tỷ lệ (%)
Nội dung yêu cầu
Thời hạn hoàn thành
1
Sở Giáo dục và Đào tạo
84.300
10.116
12,0
Hoàn thành nghiệm thu hạng mục nhà lớp học, thanh toán cho nhà thầu
30/6/2026
2
Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh Bắc Sơn
215.000
21.500
10,0
Đẩy nhanh bồi thường, bàn giao mặt bằng đoạn tuyến qua khu dân cư
Quý III/2026
"""


def test_an_investors_table_of_amounts_gives_each_investor_the_work_asked_of_it():
    """Amounts ("84.300", "12,0") are whole cells, neither a row's number, a page number nor the end of a body's
    name; the investor's column ("Chủ đầu tư") leads the work its row asks for."""
    rows = rebuild_cell_tables(INVESTORS_TABLE.split("\n"))
    assert "| 2 | Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh Bắc Sơn | 215.000 | 21.500 | 10,0 | " \
           "Đẩy nhanh bồi thường, bàn giao mặt bằng đoạn tuyến qua khu dân cư | Quý III/2026 |" in rows
    plan = extract_text("ỦY BAN NHÂN DÂN TỈNH BẮC SƠN\nSố: 41/TB-UBND\nTHÔNG BÁO\n"
                        "Kết luận về giải ngân vốn đầu tư công\n" + INVESTORS_TABLE, strict=False)
    tasks = {task.text: task for task in plan.tasks}
    first = tasks["Hoàn thành nghiệm thu hạng mục nhà lớp học, thanh toán cho nhà thầu"]
    assert first.lead == ["Sở Giáo dục và Đào tạo"] and first.deadline == "2026-06-30"
    assert tasks["Đẩy nhanh bồi thường, bàn giao mặt bằng đoạn tuyến qua khu dân cư"].lead == [
        "Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh Bắc Sơn"]


def test_a_column_of_places_takes_the_places_run_into_the_tasks_text():
    # (a text layer runs the cells of each row into wrapped lines: the places, named by their level, open after the
    # work's last word, also where their first word ends a line; the bodies and the time follow)
    text = ("LỊCH KIỂM TRA NĂM 2027\n\nTT Nội dung kiểm tra Địa bàn Đơn vị chủ trì Đơn vị phối hợp Thời gian\n\n"
            "1 Kiểm tra việc giải ngân vốn đầu tư năm 2027\n"
            "Xã An Bình, xã Tân Lợi Sở Tài chính Sở Nông nghiệp và Môi\ntrường Tháng 6/2027\n\n"
            "2 Kiểm tra các mô hình sinh kế bền vững Xã\nHòa Bình, xã Long Sơn Sở Dân tộc và Tôn giáo Sở Nông nghiệp\n"
            "và Môi trường Tháng 7/2027\n\n"
            "3 Kiểm tra sản phẩm mỗi xã một sản phẩm (OCOP) Phường Tân An Sở Công Thương Sở Nông nghiệp và Môi\n"
            "trường Quý III/2027\n")
    assert [line for line in rebuild_cell_tables(text.split("\n")) if line.startswith("|")][1:] == [
        "| 1 | Kiểm tra việc giải ngân vốn đầu tư năm 2027 | Xã An Bình, xã Tân Lợi | Sở Tài chính"
        " | Sở Nông nghiệp và Môi trường | Tháng 6/2027 |",
        "| 2 | Kiểm tra các mô hình sinh kế bền vững | Xã Hòa Bình, xã Long Sơn | Sở Dân tộc và Tôn giáo"
        " | Sở Nông nghiệp và Môi trường | Tháng 7/2027 |",
        "| 3 | Kiểm tra sản phẩm mỗi xã một sản phẩm (OCOP) | Phường Tân An | Sở Công Thương"
        " | Sở Nông nghiệp và Môi trường | Quý III/2027 |",
    ]


def test_a_column_of_places_leaves_bodies_and_places_the_work_leads_into_whole():
    # (a body's name holding a province's or a region's level, a place after "tại", the column after the leads)
    text = ("TT Nội dung kiểm tra Đơn vị chủ trì Đơn vị phối hợp Địa điểm Thời gian\n\n"
            "1 Kiểm tra việc giải ngân vốn đầu tư năm 2027 Ban Thường vụ Tỉnh Đoàn Sở Tài chính Xã An Bình, xã Tân Lợi "
            "Tháng 6/2027\n\n"
            "2 Kiểm tra mô hình sinh kế tại Thành phố Bình Minh Ủy ban nhân dân Thành phố Bình Minh Sở Nội vụ "
            "Phường Tân An Tháng 7/2027\n\n"
            "3 Kiểm tra sản phẩm OCOP Chi cục Thuế Khu vực II Sở Công Thương Xã Hòa Bình Quý III/2027\n")
    assert [line for line in rebuild_cell_tables(text.split("\n")) if line.startswith("|")][1:] == [
        "| 1 | Kiểm tra việc giải ngân vốn đầu tư năm 2027 | Ban Thường vụ Tỉnh Đoàn | Sở Tài chính"
        " | Xã An Bình, xã Tân Lợi | Tháng 6/2027 |",
        "| 2 | Kiểm tra mô hình sinh kế tại Thành phố Bình Minh | Ủy ban nhân dân Thành phố Bình Minh | Sở Nội vụ"
        " | Phường Tân An | Tháng 7/2027 |",
        "| 3 | Kiểm tra sản phẩm OCOP | Chi cục Thuế Khu vực II | Sở Công Thương | Xã Hòa Bình | Quý III/2027 |",
    ]
