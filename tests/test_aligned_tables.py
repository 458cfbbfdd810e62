"""Tables laid out with spaces (a PDF copied with its layout kept), rebuilt into rows and read as a task table."""
import textwrap

import pytest

from vnplan import extract_text
from vnplan.normalise import normalise
from vnplan.read import RawText
from vnplan.alignedtables import rebuild_aligned_tables, rebuild_column_blocks, rebuild_glued_rows

TABLE = """\
III. NHIỆM VỤ CỤ THỂ
STT  Nhiệm vụ                                            Cơ quan chủ trì      Cơ quan phối hợp         Thời gian
                                                                                                       hoàn thành
I    HẠ TẦNG SỐ
1    Xây dựng trung tâm dữ liệu dùng chung của tỉnh      Sở Khoa học và Công  Sở Tài chính, Công an    Quý IV/2026
                                                         nghệ                 tỉnh
2    Phủ sóng di động đến các thôn, bản vùng sâu         Sở Khoa học và Công  Ủy ban nhân dân các xã   Năm 2027
                                                         nghệ

2
Kế hoạch số 45/KH-UBND ngày 10/3/2026 của UBND tỉnh Bình Minh
STT  Nhiệm vụ                                            Cơ quan chủ trì      Cơ quan phối hợp         Thời gian
                                                                                                       hoàn thành
3    Số hóa hồ sơ đất đai của các xã, phường             Sở Nông nghiệp và    Sở Tư pháp               Tháng 9/2026
                                                         Môi trường

3
Kế hoạch số 45/KH-UBND ngày 10/3/2026 của UBND tỉnh Bình Minh
STT  Nhiệm vụ                                            Cơ quan chủ trì      Cơ quan phối hợp         Thời gian
                                                                                                       hoàn thành
4    Đào tạo kỹ năng số cho cán bộ, công chức cấp xã      Sở Nội vụ            Sở Khoa học và Công nghệ Năm 2026
IV. TỔ CHỨC THỰC HIỆN
"""


def test_the_rows_of_a_space_aligned_table_are_rebuilt_with_their_wrapped_cells():
    lines = rebuild_aligned_tables(TABLE.split("\n"))
    assert lines[:7] == [
        "III. NHIỆM VỤ CỤ THỂ",
        "| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |",
        "| I | HẠ TẦNG SỐ |  |  |  |",
        "| 1 | Xây dựng trung tâm dữ liệu dùng chung của tỉnh | Sở Khoa học và Công nghệ | Sở Tài chính, Công an tỉnh"
        " | Quý IV/2026 |",
        "| 2 | Phủ sóng di động đến các thôn, bản vùng sâu | Sở Khoa học và Công nghệ | Ủy ban nhân dân các xã | Năm 2027 |",
        # the page's number and running head end the table; its header repeated on the next page opens it again
        "2", "Kế hoạch số 45/KH-UBND ngày 10/3/2026 của UBND tỉnh Bình Minh",
    ]
    assert lines[8] == "| 3 | Số hóa hồ sơ đất đai của các xã, phường | Sở Nông nghiệp và Môi trường | Sở Tư pháp | Tháng 9/2026 |"
    assert lines[-3:-1] == ["| 4 | Đào tạo kỹ năng số cho cán bộ, công chức cấp xã | Sở Nội vụ | Sở Khoa học và Công nghệ | Năm 2026 |",
                          "IV. TỔ CHỨC THỰC HIỆN"]  # a heading across the page is no row


def test_page_layout_in_two_columns_and_prose_are_left_as_they_are():
    text = ["ỦY BAN NHÂN DÂN                       CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "TỈNH BÌNH MINH                         Độc lập - Tự do - Hạnh phúc",
            "Nội dung    Thời gian    Kinh phí thực hiện theo quy định hiện hành của Nhà nước."]
    assert rebuild_aligned_tables(text) is text


# copied with its layout, the prose is hard-wrapped as the page was
PURPOSES = "\n".join(textwrap.fill(paragraph, 100) for paragraph in (
    "1. Phát triển hạ tầng số đồng bộ, hiện đại, bảo đảm an toàn thông tin, đáp ứng yêu cầu chuyển đổi số của các cơ "
    "quan nhà nước, doanh nghiệp và người dân trên địa bàn tỉnh trong năm 2026 và những năm tiếp theo.",
    "2. Phân công cụ thể nhiệm vụ cho từng cơ quan, đơn vị; xác định rõ thời hạn hoàn thành, sản phẩm đầu ra và trách "
    "nhiệm của người đứng đầu trong việc tổ chức thực hiện, bảo đảm đúng tiến độ, chất lượng và hiệu quả.",
    "3. Huy động các nguồn lực xã hội tham gia đầu tư hạ tầng số; ưu tiên bố trí kinh phí từ ngân sách nhà nước cho các "
    "nhiệm vụ cấp bách, có tính lan tỏa, phục vụ trực tiếp người dân và doanh nghiệp ở vùng sâu, vùng xa.")) + "\n"


def test_a_space_aligned_task_table_gives_its_tasks():
    plan = extract_text("""ỦY BAN NHÂN DÂN
TỈNH BÌNH MINH
Số: 45/KH-UBND
Bình Minh, ngày 10 tháng 3 năm 2026
KẾ HOẠCH
Phát triển hạ tầng số năm 2026
I. MỤC ĐÍCH, YÊU CẦU
""" + PURPOSES + TABLE.replace("III. NHIỆM VỤ CỤ THỂ", "II. NHIỆM VỤ CỤ THỂ").replace("IV. TỔ", "III. TỔ") + """Các cơ quan được giao nhiệm vụ báo cáo kết quả thực hiện trước ngày 15/12/2026.
Nơi nhận:
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lê Văn An
""")
    by_text = {t.text: t for t in plan.tasks}
    first = by_text["Xây dựng trung tâm dữ liệu dùng chung của tỉnh"]
    assert first.lead == ["Sở Khoa học và Công nghệ"] and first.coordinators == ["Sở Tài chính", "Công an tỉnh"]
    assert first.deadline == "2026-12-31"
    third = by_text["Số hóa hồ sơ đất đai của các xã, phường"]
    assert third.lead == ["Sở Nông nghiệp và Môi trường"] and third.deadline == "2026-09-30"
    assert by_text["Đào tạo kỹ năng số cho cán bộ, công chức cấp xã"].coordinators == ["Sở Khoa học và Công nghệ"]
    assert len(plan.tasks) == 4  # the pages' running heads are none


def test_a_page_mostly_table_is_still_read_as_the_wrapped_copy_it_is():
    """Whether the text is hard-wrapped is judged on its prose: many one-line rows do not hide its wraps."""
    header = ("STT  Nhiệm vụ                                            Cơ quan chủ trì      Cơ quan phối hợp         "
              "Thời gian")
    rows = [f"{n:<5}{f'Rà soát hồ sơ đất đai đợt {n}':<52}{'Sở Tư pháp':<21}{'Sở Nội vụ':<25}Năm 2026" for n in range(1, 31)]
    pages = ["\n".join([header, *rows[:15]]), "\n".join([header, *rows[15:]])]
    running = "Kế hoạch số 45/KH-UBND ngày 10/3/2026 của UBND tỉnh Bình Minh"
    text = PURPOSES + f"\n2\n{running}\n".join(pages) + f"\n3\n{running}\nIII. TỔ CHỨC THỰC HIỆN\n"
    lines = normalise(RawText(text, "txt")).split("\n")
    assert lines[0].startswith("1. Phát triển hạ tầng số") and lines[0].endswith("những năm tiếp theo.")
    assert running not in lines and "2" not in lines
    assert sum(line.startswith("| ") for line in lines) == 32  # two headers, thirty rows


TAB_PLAN = ("ỦY BAN NHÂN DÂN TỈNH BÌNH MINH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Số: 81/KH-UBND\tBình Minh, ngày 05 tháng 3 năm 2026\n"
            "KẾ HOẠCH\nĐầu tư hạ tầng nghề cá năm 2026\n"
            "I. NHIỆM VỤ\n"
            "1. Triển khai các dự án theo danh mục sau:\n"
            "STT\tTên dự án\tĐịa điểm\tCơ quan chủ quản\tThời gian thực hiện\n"
            "1\tNâng cấp bến cá Cửa Đông\txã Đông Hải\tỦy ban nhân dân xã Đông Hải\t2026 - 2027\n"
            "2\tNạo vét luồng vào khu neo đậu\tphường Bắc Sơn\tSở Nông nghiệp và Môi trường\t2026\n"
            "\tTổ chức kiểm tra, nghiệm thu các hạng mục hoàn thành.\n"
            "Nơi nhận:\n- Như trên;\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Văn An\n")


def test_a_table_whose_cells_are_parted_by_tabs_is_read_as_a_table():
    """A word processor's table pasted as text: a row a line, its cells apart by tabs. The header block's two
    cells and an indent of tabs stay lines of text."""
    plan = extract_text(TAB_PLAN)
    rows = [(t.text, t.lead, str(t.deadline)) for t in plan.tasks if t.id.startswith("T.")]
    assert rows == [("Nâng cấp bến cá Cửa Đông", ["Ủy ban nhân dân xã Đông Hải"], "2027-12-31"),
                    ("Nạo vét luồng vào khu neo đậu", ["Sở Nông nghiệp và Môi trường"], "2026-12-31")]
    assert plan.document.number == "81/KH-UBND"
    assert "\nTổ chức kiểm tra, nghiệm thu các hạng mục hoàn thành.\n" in plan.text


def test_a_tab_table_whose_every_printed_line_is_a_paragraph_keeps_its_rows():
    """A PDF turned into a Word document, saved as text: each printed line of a cell a paragraph of its own, the
    cells' edges tabs inside the lines; the first row opens with its number and one cell, like a group's title, the
    last cell of a row wraps onto lines without a tab before the next row or the part after the table."""
    lines = ["III. NHIỆM VỤ CỤ THỂ", "TT\tNội dung công việc\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian",
             "1\tLập phương án đấu giá, xác định", "giá khởi điểm của từng khu đất\tPhòng Kế hoạch -",
             "Tài chính\tSở Tài chính; Phòng", "Kỹ thuật - Địa chính\tQuý I - Quý", "II/2027",
             "2\tĐăng tải thông báo đấu giá trên", "Cổng Đấu giá tài sản quốc gia\tPhòng Hành chính -",
             "Tổng hợp\tBáo và Phát thanh,", "Truyền hình Thái", "Nguyên\tTheo tiến độ từng", "cuộc đấu giá",
             "IV.\tTỔ CHỨC THỰC HIỆN", "1. Phòng Hành chính - Tổng hợp", "- Theo dõi, đôn đốc các đơn vị."]
    from vnplan.alignedtables import rebuild_tab_tables
    assert rebuild_tab_tables(lines)[1:4] == [
        "| TT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian |",
        "| 1 | Lập phương án đấu giá, xác định giá khởi điểm của từng khu đất | Phòng Kế hoạch - Tài chính "
        "| Sở Tài chính; Phòng Kỹ thuật - Địa chính | Quý I - Quý II/2027 |",
        "| 2 | Đăng tải thông báo đấu giá trên Cổng Đấu giá tài sản quốc gia | Phòng Hành chính - Tổng hợp "
        "| Báo và Phát thanh, Truyền hình Thái Nguyên | Theo tiến độ từng cuộc đấu giá |"]
    # the part after the table, its number set apart by a tab as Word numbers it, is no row of it
    assert rebuild_tab_tables(lines)[4:] == ["IV.\tTỔ CHỨC THỰC HIỆN", "1. Phòng Hành chính - Tổng hợp",
                                             "- Theo dõi, đôn đốc các đơn vị."]


def test_a_table_saved_as_delimited_text_is_rebuilt():
    """A spreadsheet's rows saved as CSV with semicolons: the header opens with the row number's column and names the
    columns; a cell in quotes holds semicolons and a line break; the records end where a line is no row."""
    from vnplan.alignedtables import rebuild_delimited_tables
    lines = ["PHỤ LỤC", "STT;Tồn tại, hạn chế;Biện pháp khắc phục;Đơn vị chủ trì;Thời hạn hoàn thành",
             '1;Hồ sơ quá hạn;"Rà soát hồ sơ; giải quyết dứt điểm', 'hồ sơ đủ điều kiện";Văn phòng Sở;Quý III/2024',
             "2;Chưa số hóa hồ sơ;Số hóa hồ sơ lưu trữ;Trung tâm Lưu trữ;31/12/2024", "Ghi chú: các phòng báo cáo hằng tháng."]
    assert rebuild_delimited_tables(lines) == [
        "PHỤ LỤC", "| STT | Tồn tại, hạn chế | Biện pháp khắc phục | Đơn vị chủ trì | Thời hạn hoàn thành |",
        "| 1 | Hồ sơ quá hạn | Rà soát hồ sơ; giải quyết dứt điểm hồ sơ đủ điều kiện | Văn phòng Sở | Quý III/2024 |",
        "| 2 | Chưa số hóa hồ sơ | Số hóa hồ sơ lưu trữ | Trung tâm Lưu trữ | 31/12/2024 |",
        "Ghi chú: các phòng báo cáo hằng tháng."]
    plain = ["Căn cứ Luật Đất đai; Nghị định số 102/2024/NĐ-CP; Thông tư số 10/2024/TT-BTNMT;", "STT là số thứ tự."]
    assert rebuild_delimited_tables(plain) == plain
    tasks = extract_text("SỞ NỘI VỤ TỈNH BÌNH MINH\nSố: 10/KH-SNV\nKẾ HOẠCH\nKhắc phục tồn tại sau thanh tra\n"
                         "I. NỘI DUNG KHẮC PHỤC\n" + "\n".join(lines[1:5]) + "\n").tasks
    assert [(t.text[:20], t.lead, t.deadline) for t in tasks] == [
        ("Rà soát hồ sơ; giải ", ["Văn phòng Sở"], "2024-09-30"), ("Số hóa hồ sơ lưu trữ", ["Trung tâm Lưu trữ"], "2024-12-31")]


def test_a_word_table_whose_cells_hold_several_paragraphs_is_rebuilt_row_by_row():
    """Word copies a cell's paragraphs one a line, the row's next cells after the tab at the end of the last one: a
    row that opens with its number takes the lines below it up to the next number; a sentence goes on after a
    space, bodies listed one a paragraph are parted by semicolons; a section row keeps its empty cells."""
    from vnplan.alignedtables import rebuild_tab_tables
    lines = ["TT\tNhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian",
             "I\tTruyền thông\t\t\t",
             "1\tBiên soạn tài liệu hỏi - đáp về chuyển đổi số.",
             "Phát hành tờ rơi đến các thôn.\tSở Khoa học và Công nghệ\tCông an tỉnh",
             "Sở Tư pháp\tQuý II/2026",
             "2\tTập huấn kỹ năng số cho cán bộ xã.\tSở Nội vụ\tSở Tài chính\tQuý III/2026",
             "",
             "III. TỔ CHỨC THỰC HIỆN"]
    assert rebuild_tab_tables(lines) == [
        "| TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |",
        "| I | Truyền thông |  |  |  |",
        "| 1 | Biên soạn tài liệu hỏi - đáp về chuyển đổi số. Phát hành tờ rơi đến các thôn. | Sở Khoa học và Công nghệ"
        " | Công an tỉnh; Sở Tư pháp | Quý II/2026 |",
        "| 2 | Tập huấn kỹ năng số cho cán bộ xã. | Sở Nội vụ | Sở Tài chính | Quý III/2026 |",
        "", "III. TỔ CHỨC THỰC HIỆN"]
    # a line of prose with one tab after the table is no row of it
    assert rebuild_tab_tables(["a\tb\tc", "1\td\te", "Ghi chú:\tkhông"])[-1] == "Ghi chú:\tkhông"


def test_a_page_number_set_under_a_later_column_ends_the_table_and_joins_no_cell():
    table = ("STT  Nhiệm vụ                                   Đơn vị chủ trì       Thời gian\n"
             "1    Kiểm tra hàng hóa lưu thông trên tuyến      Đội Quản lý số 1     Trước 20/12/2026\n"
             "2    Tổng hợp, báo cáo kết quả đợt cao điểm      Phòng Tổng hợp       Trước 20/3/2027\n"
             "\n"
             "                                                                     2\n")
    lines = rebuild_aligned_tables(table.split("\n"))
    assert lines[2] == "| 2 | Tổng hợp, báo cáo kết quả đợt cao điểm | Phòng Tổng hợp | Trước 20/3/2027 |"
    assert lines[3].strip() == "2"


def test_a_target_table_with_its_year_column_and_rules_of_dashes():
    """A target table copied with its layout: a year names the value column, and rules of dashes over and under the
    rows draw no row."""
    lines = ["STT   Chỉ tiêu                                         Đơn vị tính  Năm 2026",
             "-" * 80,
             "1     Tỷ lệ hồ sơ giải quyết trực tuyến toàn trình      %            80",
             "2     Số doanh nghiệp thành lập mới                     doanh nghiệp ≥ 250",
             "-" * 80,
             "Ghi chú: ≥ là lớn hơn hoặc bằng."]
    assert rebuild_aligned_tables(lines) == [
        "| STT | Chỉ tiêu | Đơn vị tính | Năm 2026 |",
        "| 1 | Tỷ lệ hồ sơ giải quyết trực tuyến toàn trình | % | 80 |",
        "| 2 | Số doanh nghiệp thành lập mới | doanh nghiệp | ≥ 250 |",
        "Ghi chú: ≥ là lớn hơn hoặc bằng."]


GANTT = """KẾ HOẠCH
Cao điểm kiểm tra thị trường cuối năm 2026
II. NHIỆM VỤ VÀ TIẾN ĐỘ
TT  Nội dung                                 Đơn vị chủ trì          T10  T11  T12  T01  T02
1   Rà soát địa bàn trọng điểm, lập danh     Đội Quản lý thị          x    x
    sách cơ sở có dấu hiệu vi phạm           trường số 1
2   Kiểm tra các cơ sở kinh doanh hàng       Phòng Quản lý thương          x    x    x
    thực phẩm, bánh kẹo, rượu bia            mại
3   Sơ kết đợt cao điểm, báo cáo Ủy ban      Văn phòng Sở                                   x
    nhân dân tỉnh
III. TỔ CHỨC THỰC HIỆN
"""


def test_a_timetable_laid_out_with_spaces_and_months_shortened_gives_its_tasks():
    """A task table copied with its layout, its months as columns ("T10" … "T02") marked "x": each row a task with its
    lead, due at the end of its last month marked, the months after December in the next year."""
    tasks = extract_text("SỞ CÔNG THƯƠNG\nSố: 81/KH-SCT\nBình Minh, ngày 02 tháng 10 năm 2026\n" + GANTT
                         + "Nơi nhận:\n- Lưu: VT.\nGIÁM ĐỐC\nLê Văn An\n").tasks
    assert [(t.text, t.lead, t.deadline) for t in tasks] == [
        ("Rà soát địa bàn trọng điểm, lập danh sách cơ sở có dấu hiệu vi phạm", ["Đội Quản lý thị trường số 1"],
         "2026-11-30"),
        ("Kiểm tra các cơ sở kinh doanh hàng thực phẩm, bánh kẹo, rượu bia", ["Phòng Quản lý thương mại"], "2027-01-31"),
        ("Sơ kết đợt cao điểm, báo cáo Ủy ban nhân dân tỉnh", ["Văn phòng Sở"], "2027-02-28")]


def test_a_table_of_work_and_time_under_each_bodys_heading_gives_that_bodys_tasks():
    """ "1. Phòng X" over a two-column table ("Nhiệm vụ   Thời gian") between rules: each row a task of Phòng X, its
    work wrapped in its column, its time too; the heading itself no task, the next heading no row."""
    rule = "-" * 70
    body = "\n".join([
        "II. NHIỆM VỤ CỤ THỂ", "1. Phòng Xúc tiến đầu tư", rule,
        "Nhiệm vụ                                                  Thời gian", rule,
        "Xây dựng bộ tài liệu giới thiệu môi trường đầu tư bằng    Quý I/2026",
        "tiếng Anh, tiếng Nhật",
        "Tổ chức đoàn xúc tiến đầu tư tại Nhật Bản và Hàn Quốc     Quý II -",
        "                                                          Quý III/2026", rule,
        "2. Phòng Quản lý doanh nghiệp", rule,
        "Nhiệm vụ                                                  Thời gian", rule,
        "Đối thoại với doanh nghiệp trong các khu công nghiệp      Tháng 6/2026", rule,
        "III. TỔ CHỨC THỰC HIỆN", "Các phòng báo cáo kết quả về Văn phòng trước ngày 15 hằng tháng."])
    plan = extract_text("BAN QUẢN LÝ KHU KINH TẾ\nSố: 45/CTr-BQL\nBình Minh, ngày 18 tháng 12 năm 2025\nCHƯƠNG TRÌNH\n"
                        "Xúc tiến đầu tư năm 2026\n" + body + "\nNơi nhận:\n- Lưu: VT.\nTRƯỞNG BAN\nLê Văn An\n")
    assert [(t.text, t.lead, t.deadline) for t in plan.tasks] == [
        ("Xây dựng bộ tài liệu giới thiệu môi trường đầu tư bằng tiếng Anh, tiếng Nhật", ["Phòng Xúc tiến đầu tư"],
         "2026-03-31"),
        ("Tổ chức đoàn xúc tiến đầu tư tại Nhật Bản và Hàn Quốc", ["Phòng Xúc tiến đầu tư"], "2026-09-30"),
        ("Đối thoại với doanh nghiệp trong các khu công nghiệp", ["Phòng Quản lý doanh nghiệp"], "2026-06-30")]


def test_a_work_and_time_table_keeps_wrapped_lines_in_their_row_and_stops_at_what_is_no_row():
    """A wrapped line that opens in capitals or with a number, after a cell stopping on "và", stays in its row; an
    agenda under a heading that gives work ("Sở X chủ trì tổ chức hội nghị … theo chương trình:") is no list of tasks;
    the signature after a blank line is no row."""
    rule = "-" * 66
    table = "\n".join([
        "1. Phòng Kế hoạch - Tài chính", rule, "Nhiệm vụ                                              Thời gian", rule,
        "Phối hợp với Sở Kế hoạch và Đầu tư và                 Quý I/2026", "Sở Tài chính thẩm định hồ sơ dự án",
        "Tập huấn triển khai Nghị định số                      Quý II/2026", "15/2018/NĐ-CP cho cán bộ cơ sở", rule,
        "2. Sở Xây dựng chủ trì tổ chức Hội nghị xúc tiến đầu tư theo chương trình:", rule,
        "Nội dung                                              Thời gian", rule,
        "Đón tiếp đại biểu                                     7h30 - 8h00", "Phát biểu bế mạc                                      11h00", rule,
        "", "Nơi nhận:                                             KT. GIÁM ĐỐC", "- Lưu: VT.                                            PHÓ GIÁM ĐỐC",
        "                                                      Lê Văn An"])
    plan = extract_text("SỞ KẾ HOẠCH VÀ ĐẦU TƯ\nSố: 5/KH-SKHĐT\nBình Minh, ngày 05 tháng 01 năm 2026\nKẾ HOẠCH\n"
                        "Công tác năm 2026\nII. NHIỆM VỤ\n" + table + "\n")
    assert [(t.text, t.lead) for t in plan.tasks][:2] == [
        ("Phối hợp với Sở Kế hoạch và Đầu tư và Sở Tài chính thẩm định hồ sơ dự án", ["Phòng Kế hoạch - Tài chính"]),
        ("Tập huấn triển khai Nghị định số 15/2018/NĐ-CP cho cán bộ cơ sở", ["Phòng Kế hoạch - Tài chính"])]
    assert not any(t.text.startswith(("Đón tiếp", "Phát biểu", "Nơi nhận")) for t in plan.tasks)
    assert plan.document.signer == "Lê Văn An"


def test_a_timetables_mark_goes_to_the_column_it_stands_under():
    lines = rebuild_aligned_tables(["TT  Nội dung                     Đơn vị chủ trì     T10  T11  T12",
                                    "1   Rà soát địa bàn trọng điểm    Văn phòng Sở        x"])
    assert lines[1] == "| 1 | Rà soát địa bàn trọng điểm | Văn phòng Sở | x |  |  |"


def test_a_column_named_for_two_things_is_read_as_the_one_of_them_with_a_role():
    """An inspection plan names its work column for whom and what it inspects ("Đối tượng, nội dung kiểm tra"): the
    column is the tasks' content, and the header still opens a table; a row's text with a comma names no column."""
    header = f"{'TT':<5}{'Đối tượng, nội dung kiểm tra':<62}{'Đơn vị chủ trì':<19}{'Đơn vị phối hợp':<19}Thời gian"
    rows = [f"{'1':<5}{'Kiểm tra việc quản lý quỹ đất công ích tại xã Tân Lập':<62}{'Phòng Nghiệp vụ 1':<19}"
            f"{'Sở Tài chính':<19}Quý II/2027",
            f"{'2':<5}{'Kiểm tra công tác tiếp công dân, giải quyết khiếu nại':<62}{'Văn phòng Sở':<19}{'-':<19}Quý III/2027"]
    lines = rebuild_aligned_tables([header, *rows])
    assert lines[0] == "| TT | Đối tượng, nội dung kiểm tra | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian |"
    plan = extract_text("SỞ NỘI VỤ TỈNH BÌNH MINH\nSố: 12/KH-SNV\nBình Minh, ngày 05 tháng 12 năm 2026\nKẾ HOẠCH\n"
                        "Kiểm tra năm 2027\nII. NỘI DUNG KIỂM TRA\n" + "\n".join([header, *rows]) + "\n")
    assert [(t.text, t.lead, t.coordinators, t.deadline) for t in plan.tasks] == [
        ("Kiểm tra việc quản lý quỹ đất công ích tại xã Tân Lập", ["Phòng Nghiệp vụ 1"], ["Sở Tài chính"], "2027-06-30"),
        ("Kiểm tra công tác tiếp công dân, giải quyết khiếu nại", ["Văn phòng Sở"], [], "2027-09-30")]


def test_a_role_of_a_column_named_for_two_things():
    from vnplan.lexicon import field_role
    assert field_role("Đối tượng, nội dung thanh tra") == "content"
    assert field_role("Đối tượng thanh tra") == "other"
    assert field_role("Xây dựng báo cáo tổng kết, nhiệm vụ năm 2027") == "other"


def test_a_converters_simple_table_under_each_bodys_heading_even_one_asked_to_help():
    """A converter draws a simple table's rules one per column, a space between ("-------- -----"): they are rules, not
    the header's words; the heading over a table may ask a body outside the issuer ("Đề nghị Ủy ban …"), and it still
    names the lead of the rows under it."""
    rule = "  " + "-" * 70 + " " + "-" * 14

    def table(*rows):
        return ["  " + f"{'Nhiệm vụ':<71}Thời gian", rule, *("  " + f"{work:<71}{time}" for work, time in rows), rule, ""]
    plan = extract_text("\n".join([
        "SỞ CÔNG THƯƠNG TỈNH BÌNH MINH", "Số: 31/CTr-SCT", "Bình Minh, ngày 12 tháng 01 năm 2027", "CHƯƠNG TRÌNH",
        "Xúc tiến thương mại năm 2027", "II. NHIỆM VỤ CỤ THỂ", "1. Phòng Quản lý thương mại",
        *table(("Tổ chức hội chợ hàng nông sản của tỉnh", "Quý II/2027"), ("Cập nhật dữ liệu doanh nghiệp xuất khẩu", "Hằng quý")),
        "2. Đề nghị Ủy ban nhân dân phường Hòa Bình",
        *table(("Bố trí mặt bằng tổ chức phiên chợ cuối tuần", "Tháng 3/2027")),
        "III. TỔ CHỨC THỰC HIỆN", "Các phòng báo cáo kết quả trước ngày 10/12/2027."]))
    assert [(t.text, t.lead, t.deadline) for t in plan.tasks][:3] == [
        ("Tổ chức hội chợ hàng nông sản của tỉnh", ["Phòng Quản lý thương mại"], "2027-06-30"),
        ("Cập nhật dữ liệu doanh nghiệp xuất khẩu", ["Phòng Quản lý thương mại"], None),
        ("Bố trí mặt bằng tổ chức phiên chợ cuối tuần", ["Ủy ban nhân dân phường Hòa Bình"], "2027-03-31")]


def test_a_timetables_months_with_their_years_on_the_line_under_them():
    """The months' years written under their columns ("T12" / "2026", "T01" / "2027"): each month in its own year."""
    header = next(line for line in GANTT.split("\n") if "T10" in line)
    gantt = GANTT.replace(header, header + "\n" + " " * header.index("T10") + "2026 2026 2026 2027 2027")
    tasks = extract_text("SỞ CÔNG THƯƠNG\nSố: 81/KH-SCT\nBình Minh, ngày 02 tháng 10 năm 2025\n" + gantt
                         + "Nơi nhận:\n- Lưu: VT.\nGIÁM ĐỐC\nLê Văn An\n").tasks
    assert [t.deadline for t in tasks] == ["2026-11-30", "2027-01-31", "2027-02-28"]


PANDOC_GRID = """\
+-----+--------------------------------------+----------------+----------------+
| TT  | Tên văn bản, nhiệm vụ                | Cơ quan chủ    | Thời hạn       |
|     |                                      | trì            |                |
+=====+======================================+================+================+
| I   | **Văn bản trình Ủy ban nhân dân**    |                |                |
+-----+--------------------------------------+----------------+----------------+
| 1   | Quyết định ban hành quy chế quản lý  | Sở Khoa học và | Trình trước    |
|     | cụm công nghiệp                      | Công nghệ      | ngày 15/3/2027 |
+-----+--------------------------------------+----------------+----------------+
"""
BOX_GRID = """\
┌───┬──────────────────────────────────────┬────────────────┬────────────────┐
│TT │Tên văn bản, nhiệm vụ                 │Cơ quan chủ     │Thời hạn        │
│   │                                      │trì             │                │
├───┼──────────────────────────────────────┴────────────────┴────────────────┤
│I  │Văn bản trình Ủy ban nhân dân                                           │
├───┼──────────────────────────────────────┬────────────────┬────────────────┤
│1  │Quyết định ban hành quy chế quản lý   │Sở Khoa học và  │Trình trước     │
│   │cụm công nghiệp                       │Công nghệ       │ngày 15/3/2027  │
└───┴──────────────────────────────────────┴────────────────┴────────────────┘
"""


@pytest.mark.parametrize("grid", [PANDOC_GRID, BOX_GRID])
def test_a_grid_table_drawn_with_rules_is_one_row_per_rule(grid):
    """A converter's grid table and a text browser's box-drawn one: each row's lines between two rules joined column by
    column; a group's row spanning the columns has empty cells after its title; the documents a plan has drafted are
    its tasks."""
    from vnplan.alignedtables import rebuild_grid_tables
    assert rebuild_grid_tables(grid.split("\n"))[:3] == [
        "| TT | Tên văn bản, nhiệm vụ | Cơ quan chủ trì | Thời hạn |",
        "| I | **Văn bản trình Ủy ban nhân dân** |  |  |" if grid is PANDOC_GRID else
        "| I | Văn bản trình Ủy ban nhân dân |  |  |",
        "| 1 | Quyết định ban hành quy chế quản lý cụm công nghiệp | Sở Khoa học và Công nghệ | Trình trước ngày 15/3/2027 |"]
    plan = extract_text("ỦY BAN NHÂN DÂN\nTỈNH BÌNH MINH\nSố: 45/KH-UBND\nBình Minh, ngày 10 tháng 1 năm 2027\nKẾ HOẠCH\n"
                        "Triển khai Luật Công nghiệp năm 2027\nI. NHIỆM VỤ\n" + grid)
    assert [(t.text, t.lead, t.deadline) for t in plan.tasks] == [
        ("Quyết định ban hành quy chế quản lý cụm công nghiệp", ["Sở Khoa học và Công nghệ"], "2027-03-15")]


def test_a_grid_of_two_columns_that_is_no_page_layout_stays():
    from vnplan.alignedtables import rebuild_grid_tables
    lines = ["+------------------+----------------------------+", "| Nội dung | Ghi chú |",
             "+------------------+----------------------------+"]
    assert rebuild_grid_tables(lines) == lines


DECISION_IN_GRIDS = """\
+-----------------------------------+-----------------------------------+
| **BỘ XÂY DỰNG**\\                  | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT  |
| \\-\\-\\-\\-\\-\\--                     | NAM**\\                            |
|                                   | **Độc lập - Tự do - Hạnh phúc**\\  |
| Số: 215/QĐ-BXD                    |                                   |
|                                   | *Hà Nội, ngày 12 tháng 4 năm      |
|                                   | 2027*                             |
+-----------------------------------+-----------------------------------+

**QUYẾT ĐỊNH**

**Ban hành Kế hoạch kiểm tra chất lượng công trình năm 2027**

**Điều 1.** Ban hành kèm theo Quyết định này Kế hoạch kiểm tra chất lượng công trình năm 2027.

**Điều 2.** Cục Giám định nhà nước về chất lượng công trình xây dựng chủ trì tổ chức kiểm tra.

+-----------------------------------+-----------------------------------+
| ***Nơi nhận:***\\                  | **KT. BỘ TRƯỞNG**\\                |
| - Như Điều 2;\\                    | **THỨ TRƯỞNG**\\                   |
| - Lưu: VT.                        | \\                                 |
|                                   | **Trần Văn Bình**                 |
+-----------------------------------+-----------------------------------+
"""


def test_a_page_header_and_signature_drawn_as_grids_of_two_columns_read_column_after_column():
    """A converter draws a Word document's header and signature tables as grids of two columns: read as the page is, the
    left column then the right, the lines a cell wraps between its hard breaks ("\\") joined, the document's number,
    date and signer are read."""
    from vnplan.alignedtables import rebuild_grid_tables
    lines = rebuild_grid_tables(normalise_markdown_free(DECISION_IN_GRIDS).split("\n"))
    assert [line for line in lines[:6] if set(line) != {"-"}] == [
        "BỘ XÂY DỰNG", "Số: 215/QĐ-BXD", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "Hà Nội, ngày 12 tháng 4 năm 2027"]
    document = extract_text(DECISION_IN_GRIDS).document
    assert (document.number, document.issued_date, document.signer, document.signer_title) == (
        "215/QĐ-BXD", "2027-04-12", "Trần Văn Bình", "Thứ trưởng")


def normalise_markdown_free(text: str) -> str:
    """The grid's cells without their emphasis and escapes, as the normaliser hands them on."""
    return text.replace("**", "").replace("*", "").replace("\\-", "-")


def test_a_centred_header_and_a_lead_cell_merged_over_rows():
    """A PDF's text with its layout: the header centres its names over the columns, so the rows' first lines say where
    the columns begin; a lead merged over rows is printed once at their middle, or across two of them ("Sở Văn hóa,
    Thể thao" / "và Du lịch"): each row has it. A group's row parts the groups; a part's heading ends the table."""
    def row(number, work, lead, time):
        return f" {number:<5}{work:<52}{lead:<25}{time}"
    table = [f" {'TT':<20}{'Nội dung công việc':<36}{'Cơ quan chủ trì':<25}Thời gian", "",
             row("I", "HOẠT ĐỘNG XÚC TIẾN", "", ""), "",
             row("1", "Tổ chức hội chợ du lịch mùa hè", "", "Tháng 5/2027"), "",
             row("2", "Khảo sát tuyến du lịch mới", "Sở Văn hóa, Thể thao", "Quý II/2027"), "",
             row("3", "Xuất bản cẩm nang du lịch", "và Du lịch", "Quý III/2027"), "",
             row("4", "Đón đoàn famtrip quốc tế", "", "Tháng 9/2027"),
             row("", "", "Sở Ngoại vụ", ""), "",
             row("5", "Tiếp đoàn báo chí nước ngoài", "", "Tháng 10/2027"), "",
             "        III. TỔ CHỨC THỰC HIỆN", "        Các cơ quan báo cáo kết quả trước ngày 10/12/2027."]
    plan = extract_text("ỦY BAN NHÂN DÂN\nTỈNH BÌNH MINH\nSố: 45/KH-UBND\nBình Minh, ngày 10 tháng 1 năm 2027\nKẾ HOẠCH\n"
                        "Phát triển du lịch năm 2027\nII. NHIỆM VỤ\n" + "\n".join(table) + "\n")
    assert [(t.text, t.lead) for t in plan.tasks][:5] == [
        ("Tổ chức hội chợ du lịch mùa hè", ["Sở Văn hóa, Thể thao và Du lịch"]),
        ("Khảo sát tuyến du lịch mới", ["Sở Văn hóa, Thể thao và Du lịch"]),
        ("Xuất bản cẩm nang du lịch", ["Sở Văn hóa, Thể thao và Du lịch"]),
        ("Đón đoàn famtrip quốc tế", ["Sở Ngoại vụ"]), ("Tiếp đoàn báo chí nước ngoài", ["Sở Ngoại vụ"])]
    assert not any("TỔ CHỨC THỰC HIỆN" in t.text for t in plan.tasks)


def test_a_table_shown_as_cards_is_read_as_its_rows():
    """A phone's copy of a web page shows each row of the task table as a card of "Label: value" lines opening with
    its number; a value may wrap, a field may be empty."""
    cards = ("STT: 1\nNội dung công việc: Rà soát hồ sơ xét tuyển\nĐơn vị chủ trì: Phòng Đào tạo\n"
             "Đơn vị phối hợp: Phòng Công tác sinh viên\nThời gian thực hiện: Tháng 3/2027\n\n"
             "STT: 2\nNội dung công việc: Báo cáo kết quả tuyển sinh\nvới Bộ Giáo dục và Đào tạo\n"
             "Đơn vị chủ trì: Phòng Khảo thí\nĐơn vị phối hợp:\nThời gian thực hiện: Trước ngày 31/10/2027\n")
    from vnplan.alignedtables import rebuild_card_tables
    assert rebuild_card_tables(cards.split("\n"))[:3] == [
        "| STT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian thực hiện |",
        "| 1 | Rà soát hồ sơ xét tuyển | Phòng Đào tạo | Phòng Công tác sinh viên | Tháng 3/2027 |",
        "| 2 | Báo cáo kết quả tuyển sinh với Bộ Giáo dục và Đào tạo | Phòng Khảo thí |  | Trước ngày 31/10/2027 |"]
    plan = extract_text("TRƯỜNG ĐẠI HỌC BÌNH MINH\nSố: 12/KH-ĐHBM\nBình Minh, ngày 10 tháng 1 năm 2027\nKẾ HOẠCH\n"
                        "Tuyển sinh năm 2027\nII. NỘI DUNG VÀ PHÂN CÔNG\n" + cards)
    assert [(t.lead, t.coordinators, t.deadline) for t in plan.tasks] == [
        (["Phòng Đào tạo"], ["Phòng Công tác sinh viên"], "2027-03-31"), (["Phòng Khảo thí"], [], "2027-10-31")]


def test_the_last_card_ends_where_the_text_after_the_cards_begins():
    cards = ("STT: 1\nNội dung công việc: Rà soát hồ sơ\nĐơn vị chủ trì: Phòng Đào tạo\nThời gian thực hiện: Quý II/2027\n"
             "STT: 2\nNội dung công việc: Tổ chức xét tuyển\nĐơn vị chủ trì: Phòng Khảo thí\nThời gian thực hiện: Quý III/2027\n"
             "III. TỔ CHỨC THỰC HIỆN\n1. Phòng Kế hoạch - Tài chính bố trí kinh phí.\n")
    from vnplan.alignedtables import rebuild_card_tables
    assert rebuild_card_tables(cards.split("\n"))[2:5] == [
        "| 2 | Tổ chức xét tuyển | Phòng Khảo thí | Quý III/2027 |", "III. TỔ CHỨC THỰC HIỆN",
        "1. Phòng Kế hoạch - Tài chính bố trí kinh phí."]


def test_a_group_row_numbered_with_a_roman_numeral_and_its_dot_stays_in_its_table():
    def row(number, work, lead, time):
        return f"{number:<6}{work:<40}{lead:<24}{time}"
    table = [row("TT", "Nội dung công việc", "Cơ quan chủ trì", "Thời gian"),
             row("I.", "CHUYỂN ĐỔI SỐ", "", "Năm 2027"),
             row("1", "Xây dựng cơ sở dữ liệu đất đai", "Sở Tài chính", "Quý II/2027"),
             row("2", "Rà soát thủ tục hành chính", "các sở, ngành liên quan", "Quý III/2027"),
             "III. TỔ CHỨC THỰC HIỆN"]
    assert rebuild_aligned_tables(table) == [
        "| TT | Nội dung công việc | Cơ quan chủ trì | Thời gian |", "| I. | CHUYỂN ĐỔI SỐ |  | Năm 2027 |",
        "| 1 | Xây dựng cơ sở dữ liệu đất đai | Sở Tài chính | Quý II/2027 |",
        "| 2 | Rà soát thủ tục hành chính | các sở, ngành liên quan | Quý III/2027 |",  # no name going on above
        "III. TỔ CHỨC THỰC HIỆN"]


def test_a_grid_tables_title_spanning_its_columns_is_a_line_above_it():
    from vnplan.alignedtables import rebuild_grid_tables
    grid = ["+----+---------------------------+--------------+", "| DANH MỤC NHIỆM VỤ NĂM 2027                     |",
            *PANDOC_GRID.split("\n")]
    assert rebuild_grid_tables(grid)[:2] == ["DANH MỤC NHIỆM VỤ NĂM 2027",
                                             "| TT | Tên văn bản, nhiệm vụ | Cơ quan chủ trì | Thời hạn |"]


def test_a_double_line_box_table_and_cards_numbered_in_words_reach_their_readers():
    double = BOX_GRID.translate(str.maketrans("┌┬┐├┼┤└┴┘─│", "╔╦╗╠╬╣╚╩╝═║"))
    lines = normalise(RawText("I. NHIỆM VỤ\n" + double, "txt")).split("\n")
    assert "| 1 | Quyết định ban hành quy chế quản lý cụm công nghiệp | Sở Khoa học và Công nghệ | Trình trước ngày " \
           "15/3/2027 |" in lines
    cards = ("Số thứ tự: 1\nNội dung công việc: Rà soát hồ sơ\nĐơn vị chủ trì: Phòng Đào tạo\nThời gian: Quý II/2027\n\n"
             "Số thứ tự: 2\nNội dung công việc: Tổ chức xét tuyển\nĐơn vị chủ trì: Phòng Khảo thí\nThời gian: Quý III/2027\n")
    assert "| 2 | Tổ chức xét tuyển | Phòng Khảo thí | Quý III/2027 |" in normalise(RawText(cards, "txt")).split("\n")


def test_a_table_read_column_by_column_is_put_back_side_by_side():
    cells = {
        "TT": ["1", "2", "3"],
        "Nội dung nhiệm vụ": ["Nâng cấp Cổng dịch vụ công của\nSở cho phép nộp hồ sơ trực tuyến", "Số hóa hồ sơ lưu\ntrữ bằng giấy",
                              "Tập huấn kỹ năng số cho công chức"],
        "Đơn vị chủ trì": ["Trung tâm Công nghệ thông\ntin", "Trung tâm Lưu trữ", "Phòng Tổ chức cán bộ"],
        "Đơn vị phối hợp": ["Bưu điện tỉnh", "Các phòng\nchuyên môn", "Trung tâm Lưu trữ"],
        "Thời gian\nhoàn thành": ["Quý I/2027", "Quý III - Quý\nIV/2027", "Trước ngày\n20/12/2027"],
    }
    columns = "\n\n".join(head + "\n\n" + "\n\n".join(column) for head, column in cells.items())
    plan = extract_text("SỞ TƯ PHÁP TỈNH BÌNH MINH\nSố: 15/KH-STP\nBình Minh, ngày 10 tháng 12 năm 2026\nKẾ HOẠCH\n"
                        "Chuyển đổi số năm 2027\nI. MỤC ĐÍCH\n- Nâng cao hiệu quả quản lý.\nII. NHIỆM VỤ\nCác nhiệm vụ cụ "
                        "thể tại Phụ lục kèm theo.\nNơi nhận:\n- Lưu: VT.\nGIÁM ĐỐC\nLê Văn An\n\nPHỤ LỤC\nNHIỆM VỤ NĂM 2027\n\n"
                        + columns + "\n")
    assert [(t.text, t.lead, t.coordinators, t.deadline) for t in plan.tasks] == [
        ("Nâng cấp Cổng dịch vụ công của Sở cho phép nộp hồ sơ trực tuyến", ["Trung tâm Công nghệ thông tin"],
         ["Bưu điện tỉnh"], "2027-03-31"),
        ("Số hóa hồ sơ lưu trữ bằng giấy", ["Trung tâm Lưu trữ"], [], "2027-12-31"),
        ("Tập huấn kỹ năng số cho công chức", ["Phòng Tổ chức cán bộ"], ["Trung tâm Lưu trữ"], "2027-12-20"),
    ]
    # a column with an empty cell, which such a copy leaves out, would put the next column's name among its cells
    cells["Đơn vị phối hợp"] = ["Bưu điện tỉnh", "Trung tâm Lưu trữ"]
    lines = ("\n\n".join(head + "\n\n" + "\n\n".join(column) for head, column in cells.items())).split("\n")
    assert rebuild_column_blocks(lines) == lines


def test_the_social_insurance_agencys_name_holds_its_xa_hoi():
    assert extract_text("SỞ Y TẾ TỈNH BÌNH MINH\nSố: 15/KH-SYT\nBình Minh, ngày 10 tháng 12 năm 2026\nKẾ HOẠCH\nKhám "
                        "chữa bệnh năm 2027\nI. NHIỆM VỤ\n1. Ban Thực hiện chính sách bảo hiểm xã hội chủ trì rà soát "
                        "hồ sơ.\n").tasks[0].lead == ["Ban Thực hiện chính sách bảo hiểm xã hội"]


def test_a_header_name_set_across_the_rows_columns_keeps_the_headers_columns():
    head = "TT   Nội dung công việc" + " " * 37 + "Thời gian hoàn thành"
    rows = [f"{n}    {work:<59}{time}" for n, work, time in (
        (1, "Xây dựng kho dữ liệu dùng chung", "Quý I/2027"), (2, "Số hóa hồ sơ đất đai", "Quý II/2027"),
        (3, "Tập huấn kỹ năng số cho công chức", "Quý III/2027"))]
    assert rebuild_aligned_tables([head, *rows]) == [
        "| TT | Nội dung công việc | Thời gian hoàn thành |", "| 1 | Xây dựng kho dữ liệu dùng chung | Quý I/2027 |",
        "| 2 | Số hóa hồ sơ đất đai | Quý II/2027 |", "| 3 | Tập huấn kỹ năng số cho công chức | Quý III/2027 |"]


_SHEET_IN_STRIPS = """\
PHỤ LỤC
LỊCH KIỂM TRA NĂM 2027

 TT  Nội dung kiểm tra

  A  KIỂM TRA

  1  Kiểm tra việc quản lý, sử dụng tài chính
     của các chi bộ

  2  Kiểm tra việc kê khai tài sản

  B  GIÁM SÁT

  3  Giám sát việc tiếp nhận đơn thư

Văn phòng                                                  Trang 1/2

 TT   Đối tượng              Đơn vị chủ trì     Thời gian

  A

  1   Chi bộ xã Tân Hòa      Phòng Kiểm tra     Quý I/2027
                             số 1

  2   Đảng viên diện quản    Phòng Kiểm tra     Quý II/2027
      lý                     số 2

  B

  3   Đảng ủy phường Đông    Văn phòng          Quý IV/2027
"""


def test_a_sheet_printed_in_strips_is_one_table_its_work_beside_the_rest_of_each_row():
    lines = rebuild_aligned_tables(_SHEET_IN_STRIPS.split("\n"))
    rows = [line for line in lines if line.startswith("|")]
    assert rows == [
        "| TT | Nội dung kiểm tra | Đối tượng | Đơn vị chủ trì | Thời gian |",
        "| A | KIỂM TRA |  |  |  |",
        "| 1 | Kiểm tra việc quản lý, sử dụng tài chính của các chi bộ | Chi bộ xã Tân Hòa | Phòng Kiểm tra số 1 | Quý I/2027 |",
        "| 2 | Kiểm tra việc kê khai tài sản | Đảng viên diện quản lý | Phòng Kiểm tra số 2 | Quý II/2027 |",
        "| B | GIÁM SÁT |  |  |  |",
        "| 3 | Giám sát việc tiếp nhận đơn thư | Đảng ủy phường Đông | Văn phòng | Quý IV/2027 |"]
    assert not any("Kiểm tra việc kê khai" in line for line in lines if not line.startswith("|"))
    # strips whose row numbers differ are two tables: nothing is put together
    other = _SHEET_IN_STRIPS.replace("  3  Giám sát", "  4  Giám sát")
    assert not any("Nội dung kiểm tra |" in line for line in rebuild_aligned_tables(other.split("\n")))


def test_a_tab_table_keeps_its_group_rows_whose_title_spans_the_row():
    """Word copies a group's title row ("A<TAB>Công tác tuyên truyền") with no cell for the columns the title spans: the
    row stays in the table, right under the header too, so that the header and the rows around it are one table."""
    tasks = extract_text("""ỦY BAN NHÂN DÂN XÃ AN BÌNH
Số: 88/KH-UBND
KẾ HOẠCH
Phòng, chống đuối nước trẻ em năm 2027
II. NHIỆM VỤ
TT\tNội dung nhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian thực hiện
A\tTuyên truyền, giáo dục
1\tTuyên truyền trên loa truyền thanh xã về phòng, chống đuối nước\tPhòng Văn hóa - Xã hội\tTrung tâm Dịch vụ tổng hợp xã\tTháng 5 - tháng 9/2027
B\tMôi trường an toàn
2\tCắm biển cảnh báo tại các ao, hồ nguy hiểm\tPhòng Kinh tế\tCông an xã
Các thôn, bản\tTrước ngày 30/4/2027
""").tasks
    assert [(t.text[:22], t.lead, t.coordinators, t.deadline, t.section) for t in tasks] == [
        ("Tuyên truyền trên loa ", ["Phòng Văn hóa - Xã hội"], ["Trung tâm Dịch vụ tổng hợp xã"], "2027-09-30",
         "Tuyên truyền, giáo dục"),
        ("Cắm biển cảnh báo tại ", ["Phòng Kinh tế"], ["Công an xã"], "2027-04-30", "Môi trường an toàn")]
    assert tasks[1].coordinators_collective  # "Các thôn, bản", the cell's second paragraph


def test_a_tab_tables_row_whose_first_cell_was_merged_with_the_row_above_keeps_that_cell_empty():
    text = ("III. NHIỆM VỤ\n"
            "Nhóm nhiệm vụ\tTT\tNhiệm vụ\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian hoàn thành\n"
            "1. Hạ tầng sạc\t1\tLắp đặt 40 trụ sạc nhanh tại bãi đỗ\tBan Kỹ thuật\tBan Kế hoạch\tQuý II/2027\n"
            "\t2\tThỏa thuận biểu giá điện với đơn vị cung cấp điện\tBan Kế hoạch\tBan Tài chính\tQuý I/2027\n"
            "2. Nhân lực\t3\tĐào tạo lái xe buýt điện\tBan Tổ chức\tCác xí nghiệp\tThường xuyên\n")
    tasks = {task.text[:20]: task for task in extract_text("KẾ HOẠCH\nChuyển đổi xe buýt\n" + text).tasks}
    assert tasks["Thỏa thuận biểu giá "].lead == ["Ban Kế hoạch"]
    assert tasks["Thỏa thuận biểu giá "].deadline == "2027-03-31"
    assert len(tasks) == 3


def test_a_tab_table_row_under_a_merged_group_cell_is_whole_though_short_of_the_headers_cells():
    """A table with its group's column first, the group's cell merged down its rows: Word copies the rows below the
    first with that cell left out, one cell short of the header, and the next line is a row of its own."""
    text = ("KẾ HOẠCH\nCấp điện cho các thôn chưa có điện\nII. NHIỆM VỤ\n"
            "Nhóm nhiệm vụ\tTT\tNội dung\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian\n"
            "Đầu tư lưới điện\t1\tRà soát danh mục thôn chưa có điện.\tSở Công Thương\tCông ty Điện lực\tTháng 3/2027\n"
            "2\tThi công đường dây trung áp.\tCông ty Điện lực\tSở Công Thương\tQuý III/2027\n"
            "Hỗ trợ hộ dân\t3\tHỗ trợ hộ nghèo chi phí đấu nối.\tỦy ban nhân dân các xã\tSở Tài chính\tTháng 11/2027\n"
            "III. TỔ CHỨC THỰC HIỆN\n")
    plan = extract_text(text)
    assert [(t.lead, t.deadline) for t in plan.tasks] == [
        (["Sở Công Thương"], "2027-03-31"), (["Công ty Điện lực"], "2027-09-30"),
        (["Ủy ban nhân dân các xã"], "2027-11-30")]


def test_a_tab_tables_second_header_row_parts_the_column_it_spans():
    """ "Đơn vị thực hiện" over "Chủ trì" and "Phối hợp": a web page copied with its table's two header rows gives the
    second as a short line of tabs; the column it parts becomes two, the lead's and the partners'."""
    text = ("KẾ HOẠCH\nNhân rộng mô hình năm 2027\nIII. NỘI DUNG HOẠT ĐỘNG\n"
            "TT\tNội dung hoạt động\tĐơn vị thực hiện\tThời gian\tKết quả\nChủ trì\tPhối hợp\n"
            "1\tRà soát các mô hình sau sắp xếp\tBan Gia đình xã hội\tHội Liên hiệp Phụ nữ các tỉnh\tQuý I/2027\t"
            "Báo cáo\n"
            "2\tTập huấn kỹ năng tư vấn\tBan Tuyên giáo\tBan Gia đình xã hội\tQuý II/2027\t03 lớp\n"
            "IV. TỔ CHỨC THỰC HIỆN\n")
    plan = extract_text(text)
    assert [(t.lead, t.coordinators, t.deadline) for t in plan.tasks] == [
        (["Ban Gia đình xã hội"], ["Hội Liên hiệp Phụ nữ các tỉnh"], "2027-03-31"),
        (["Ban Tuyên giáo"], ["Ban Gia đình xã hội"], "2027-06-30")]


def test_a_time_columns_second_row_naming_its_start_and_end_dates_the_work_by_its_end():
    """ "Thời gian" over "Bắt đầu" and "Hoàn thành", the second header row's cells kept under their columns by tabs:
    the work is due when it ends, and a row's report too."""
    text = ("KẾ HOẠCH\nXây dựng kế hoạch năm 2028\nII. NỘI DUNG, TIẾN ĐỘ THỰC HIỆN\n"
            "TT\tNội dung công việc\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian\t\tSản phẩm\n"
            "\t\t\t\tBắt đầu\tHoàn thành\t\n"
            "1\tBan hành văn bản hướng dẫn xây dựng kế hoạch\tSở Tài chính\t\t16/6/2027\t25/6/2027\tVăn bản\n"
            "2\tGửi báo cáo kế hoạch phát triển kinh tế - xã hội của tỉnh về Bộ Tài chính\tSở Tài chính\t"
            "Văn phòng Ủy ban nhân dân tỉnh\t01/8/2027\t05/8/2027\tBáo cáo\nIII. TỔ CHỨC THỰC HIỆN\n")
    plan = extract_text(text)
    assert [(t.lead, t.deadline) for t in plan.tasks] == [(["Sở Tài chính"], "2027-06-25"),
                                                          (["Sở Tài chính"], "2027-08-05")]
    assert [(d.reporter, d.recipient, d.due) for d in plan.reporting] == [
        ("Sở Tài chính", "Bộ Tài chính", "2027-08-05")]


EXCEL_PASTE = (
    "SỞ TƯ PHÁP TỈNH BÌNH MINH\nSố: 31/KH-STP\nKẾ HOẠCH\nPhổ biến pháp luật cho doanh nghiệp năm 2027\n"
    "I. NHIỆM VỤ\nCác nhiệm vụ được phân công tại Phụ lục kèm theo.\n"
    "PHỤ LỤC\n"
    'TT\tNội dung nhiệm vụ\tĐơn vị chủ trì\tĐơn vị phối hợp\t"Thời gian\nhoàn thành"\tGhi chú\n'
    "I. Nhóm nhiệm vụ truyền thông\t\t\t\t\t\n"
    '1\tBiên soạn sổ tay pháp luật cho hộ kinh doanh\tPhòng Phổ biến pháp luật\t"Sở Công Thương;\nThuế tỉnh"'
    "\tQuý II/2027\t\n"
    '2\t"Tổ chức 03 hội nghị đối thoại với doanh nghiệp;\nđăng tải kết quả trên Cổng thông tin của Sở"'
    "\tVăn phòng Sở\tHiệp hội Doanh nghiệp tỉnh\tTháng 9/2027\t\n"
    "\t\t\t\t\t\n"
)


def test_a_spreadsheets_rows_pasted_with_quoted_cells_over_several_lines_are_one_row_each():
    """Excel's clipboard: tabs between cells, a cell holding a line break in quotes over two lines, a group's title in
    the first cell with the others empty, a blank row of tabs at the end."""
    from vnplan.alignedtables import quoted_tab_cells_joined
    lines = EXCEL_PASTE.split("\n")
    joined = quoted_tab_cells_joined(lines)
    assert "TT\tNội dung nhiệm vụ\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian hoàn thành\tGhi chú" in joined
    assert "1\tBiên soạn sổ tay pháp luật cho hộ kinh doanh\tPhòng Phổ biến pháp luật\tSở Công Thương; Thuế tỉnh" \
           "\tQuý II/2027\t" in joined
    assert len(joined) == len(lines) - 3
    unclosed = ['1\t"Họp giao ban\tVăn phòng\tQuý I', "- Theo dõi."]  # a quote no later line closes is text's
    assert quoted_tab_cells_joined(unclosed) == unclosed
    tasks = extract_text(EXCEL_PASTE).tasks
    assert [(t.text[:30], t.lead, t.coordinators, str(t.deadline)) for t in tasks] == [
        ("Biên soạn sổ tay pháp luật cho", ["Phòng Phổ biến pháp luật"], ["Sở Công Thương", "Thuế tỉnh"], "2027-06-30"),
        ("Tổ chức 03 hội nghị đối thoại ", ["Văn phòng Sở"], ["Hiệp hội Doanh nghiệp tỉnh"], "2027-09-30")]


def test_a_quoted_cell_listing_a_body_a_line_parts_the_bodies():
    from vnplan.alignedtables import quoted_tab_cells_joined
    lines = ['5\tTổ chức hội nghị đối thoại với doanh nghiệp\tTrưởng ban\t"Văn phòng Ban',
             'Trung tâm Dịch vụ hạ tầng"\t"Tháng 9', 'năm 2027"']
    assert quoted_tab_cells_joined(lines)[0].split("\t")[3:] == ["Văn phòng Ban; Trung tâm Dịch vụ hạ tầng",
                                                                 "Tháng 9 năm 2027"]


def test_a_table_of_units_whose_cells_list_their_duties_gives_a_task_per_dash():
    """A column named by the kinds of unit ("Khoa, phòng") names each row's doer; a duties cell that is a list of
    dashes gives a task each, as a unit's section does; a dash inside a unit's name parts nothing."""
    text = ("TRUNG TÂM Y TẾ KHU VỰC BÌNH MINH\nSố: 12/KH-TTYT\nKẾ HOẠCH\nPhòng, chống sốt xuất huyết năm 2027\n"
            "II. PHÂN CÔNG NHIỆM VỤ\nTT\tKhoa, phòng\tNhiệm vụ\n"
            "1\tKhoa Kiểm soát bệnh tật\t- Giám sát ổ dịch tại các xã; hoàn thành trước ngày 30/4/2027.\n"
            "- Phối hợp với Phòng Tài chính - Kế toán mua hóa chất diệt muỗi.\n"
            "2\tPhòng Kế hoạch - Nghiệp vụ\t- Tổng hợp báo cáo tiến độ hằng tháng.\n\n"
            "III. TỔ CHỨC THỰC HIỆN\nCác khoa, phòng triển khai thực hiện.\n")
    tasks = extract_text(text).tasks
    assert [(t.text[:28], t.lead, t.coordinators) for t in tasks[:3]] == [
        ("Giám sát ổ dịch tại các xã; ", ["Khoa Kiểm soát bệnh tật"], []),
        ("Phối hợp với Phòng Tài chính", ["Khoa Kiểm soát bệnh tật"], ["Phòng Tài chính - Kế toán"]),
        ("Tổng hợp báo cáo tiến độ hằn", ["Phòng Kế hoạch - Nghiệp vụ"], [])]
    assert str(tasks[0].deadline) == "2027-04-30" and tasks[1].deadline is None


@pytest.mark.parametrize("header,role", [("Khoa, phòng", "lead"), ("Phòng, ban", "lead"), ("Sở, ngành", "lead"),
                                         ("Khoa", "other"), ("Phòng họp", "other")])
def test_a_column_named_by_kinds_of_unit_names_the_doers(header, role):
    from vnplan.lexicon import field_role
    assert field_role(header) == role


def test_a_table_whose_cells_stand_mid_row_reaches_as_far_under_each_number_as_above_it():
    """`pdftotext -layout` of a table whose cells are centred in their rows: the header's names stand over and under
    the line naming its number column ("Cơ quan" / "STT  Nhiệm vụ … Sản phẩm" / "chủ trì"), and a row's wrapped cells
    stand as far above its number as under it, the rows not parted by blank lines. A group's row set one space from
    its label ("II CẢI CÁCH …") is a row too."""
    def line(number="", work="", lead="", partners="", time=""):
        return f" {number:<4}{work:<48}{lead:<17}{partners:<21}{time}".rstrip()
    table = [line(lead="Cơ quan", partners="Cơ quan", time="Thời gian"),
             line("STT", "Nhiệm vụ"), line(lead="chủ trì", partners="phối hợp", time="hoàn thành"), "",
             line("I", "CẢI CÁCH THỂ CHẾ"),
             line(partners="Sở Nội vụ; Văn phòng"),
             line("1", "Kiểm tra công tác ban hành văn bản", "Sở Tư pháp", time="Quý III/2027"),
             line(partners="UBND tỉnh"),
             line(lead="Văn phòng UBND"),
             line("2", "Công bố danh mục thủ tục hành chính", partners="Các sở, ban, ngành", time="Thường xuyên"),
             line(lead="tỉnh"),
             " II CẢI CÁCH TỔ CHỨC BỘ MÁY",
             line("3", "Tổ chức thi tuyển lãnh đạo cấp phòng", "Sở Nội vụ", "Các sở, ban, ngành", "Năm 2027"),
             line(lead="Các sở, ban,"),
             line(time="Tháng"),
             line("4", "Đánh giá, xếp loại công chức", "ngành; UBND các", "Sở Nội vụ"),
             line(time="12/2027"),
             line(lead="xã, phường"), "",
             "IV. TỔ CHỨC THỰC HIỆN"]
    assert rebuild_aligned_tables(table) == [
        "| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |",
        "| I | CẢI CÁCH THỂ CHẾ |  |  |  |",
        "| 1 | Kiểm tra công tác ban hành văn bản | Sở Tư pháp | Sở Nội vụ; Văn phòng UBND tỉnh | Quý III/2027 |",
        "| 2 | Công bố danh mục thủ tục hành chính | Văn phòng UBND tỉnh | Các sở, ban, ngành | Thường xuyên |",
        "| II | CẢI CÁCH TỔ CHỨC BỘ MÁY |  |  |  |",
        "| 3 | Tổ chức thi tuyển lãnh đạo cấp phòng | Sở Nội vụ | Các sở, ban, ngành | Năm 2027 |",
        "| 4 | Đánh giá, xếp loại công chức | Các sở, ban, ngành; UBND các xã, phường | Sở Nội vụ | Tháng 12/2027 |",
        "IV. TỔ CHỨC THỰC HIỆN"]


def test_a_parts_heading_one_space_from_its_numeral_after_the_rows_is_no_group_of_theirs():
    """A fixed-width text export sets a part's heading as it sets a row, "III TỔ CHỨC THỰC HIỆN": after rows numbered
    1, 2 without groups it ends the table (a group's row would be "I", or the next after the last group)."""
    def line(number, work, lead="", time=""):
        return f"{number:<4}{work:<50}{lead:<18}{time}".rstrip()
    lines = [line("TT", "Nội dung", "Chủ trì", "Thời gian"),
             line("1", "Khảo sát các tuyến kênh cần nạo vét", "Phòng Kinh tế", "Tháng 3/2027"),
             line("2", "Thi công nạo vét các tuyến kênh", "Phòng Kinh tế", "Tháng 6/2027"),
             line("III", "TỔ CHỨC THỰC HIỆN"),
             line("1", "Các ấp báo cáo tiến độ về Phòng Kinh tế vào ngày 25 hằng tháng.")]
    assert rebuild_aligned_tables(lines)[-2:] == lines[-2:]


def test_indicators_named_from_the_margin_under_a_centred_header_are_a_table_up_to_the_next_point():
    """A text layer sets the indicators' names from the margin and centres the header's first name over them; the table
    ends where the text's next point opens after a blank line."""
    layout = "\n".join([
        "      a) Chỉ tiêu theo từng năm:",
        "",
        "                        Chỉ tiêu                          2027     2028     2029",
        "   Tỷ lệ dân số tham gia bảo hiểm y tế (%)                 95,0     95,5     96,0",
        "   Tỷ lệ lao động tham gia bảo hiểm thất nghiệp (%)        33,0     35,0     37,0",
        "",
        "      b) Đến năm 2030, phấn đấu 100% xã, phường có tỷ lệ bao phủ từ 90% trở lên.",
    ])
    rebuilt = rebuild_aligned_tables(layout.split("\n"))
    assert rebuilt[2:5] == [
        "| Chỉ tiêu | 2027 | 2028 | 2029 |",
        "| Tỷ lệ dân số tham gia bảo hiểm y tế (%) | 95,0 | 95,5 | 96,0 |",
        "| Tỷ lệ lao động tham gia bảo hiểm thất nghiệp (%) | 33,0 | 35,0 | 37,0 |"]
    assert rebuilt[-1] == layout.split("\n")[-1]


def test_a_group_of_indicators_under_its_lettered_title_stays_in_the_table():
    layout = "\n".join([
        "   Chỉ tiêu                                            Đơn vị     2026     2027     2028",
        "",
        "   a) Nhóm chỉ tiêu về y tế",
        "   Tỷ lệ dân số tham gia bảo hiểm y tế                   %        93,0     94,0     95,0",
        "",
        "   b) Nhóm chỉ tiêu về giáo dục",
        "   Tỷ lệ trường đạt chuẩn quốc gia                       %        75,0     78,0     80,0",
        "",
        "      3. Nhiệm vụ",
    ])
    rebuilt = rebuild_aligned_tables(layout.split("\n"))
    assert "| a) Nhóm chỉ tiêu về y tế |  |  |  |  |" in rebuilt
    assert "| Tỷ lệ trường đạt chuẩn quốc gia | % | 75,0 | 78,0 | 80,0 |" in rebuilt


# An exam plan's timetable copied with its layout: each day's cell set in the middle of its mornings and afternoons.
EXAM_TIMETABLE = textwrap.dedent("""\
    ỦY BAN NHÂN DÂN TỈNH BẮC SƠN
    Số: 88/KH-UBND
    KẾ HOẠCH
    Tổ chức kỳ thi tuyển sinh lớp 10 năm học 2027 - 2028
    II. NỘI DUNG
    1. Lịch thi

     Ngày         Buổi    Bài thi                    Thời gian   Giờ phát đề
                                                     làm bài     cho thí sinh
                  Sáng    Họp cán bộ coi thi
     02/6/2027
                  Chiều   Thí sinh làm thủ tục dự thi
                  Sáng    Ngữ văn                    120 phút    07 giờ 30
     03/6/2027
                  Chiều   Toán                       120 phút    14 giờ 00

    III. PHÂN CÔNG NHIỆM VỤ
    1. Sở Giáo dục và Đào tạo chủ trì tổ chức kỳ thi; hoàn thành chấm thi trước ngày 20/6/2027.
    2. Công an tỉnh bảo đảm an ninh, an toàn cho khâu in sao, vận chuyển đề thi.
    """)


def test_a_timetable_whose_days_span_their_half_days_is_one_table_and_gives_no_task():
    plan = extract_text(EXAM_TIMETABLE, strict=False)
    assert [task.lead for task in plan.tasks] == [["Sở Giáo dục và Đào tạo"], ["Công an tỉnh"]]
    rows = [line for line in normalise(RawText(EXAM_TIMETABLE, "txt")).split("\n") if line.startswith("|")]
    assert len(rows) >= 3 and rows[0].startswith("| Ngày | Buổi | Bài thi |")


def test_the_row_numbers_keep_their_column_however_near_the_work_begins():
    # (the number two characters before the work, the header's names over two lines, and a row whose work fills its
    # column up to the lead's name one space on: the number's column is its own, and every row is read)
    table = [
        " TT  Nội dung công việc                                Đơn vị chủ trì    Đơn vị phối     Thời hạn",
        "                                                                         hợp",
        "",
        "  1  Rà soát danh mục dịch vụ công của tỉnh            Văn phòng UBND    Các sở, ngành   Quý I/2027",
        "                                                       tỉnh",
        "  2  Kết nối hệ thống một cửa điện tử với cổng quốc gia Sở Khoa học và    Văn phòng UBND  Thường xuyên",
        "                                                       Công nghệ         tỉnh",
        "  3  Tập huấn cán bộ một cửa cấp xã                     Sở Nội vụ         Các xã, phường  Năm 2027",
    ]
    assert rebuild_aligned_tables(table)[1:] == [
        "| 1 | Rà soát danh mục dịch vụ công của tỉnh | Văn phòng UBND tỉnh | Các sở, ngành | Quý I/2027 |",
        "| 2 | Kết nối hệ thống một cửa điện tử với cổng quốc gia | Sở Khoa học và Công nghệ | Văn phòng UBND tỉnh"
        " | Thường xuyên |",
        "| 3 | Tập huấn cán bộ một cửa cấp xã | Sở Nội vụ | Các xã, phường | Năm 2027 |",
    ]


def test_a_table_read_column_by_column_each_name_over_its_cells_run_on_gives_its_rows():
    """A landscape page's text layer read in reading order: "TT" and the numbers, then each column's name (wrapped:
    "Cơ quan chủ" / "trì") over its cells, every cell wrapped to its column's width, no blank line anywhere. The numbers
    say how many cells each column has; a cell goes on after a body's head cut from its name ("… ; Trạm" / "Y tế …")
    and after a date's word ("Trước ngày" / "15/9/2027"); a cell may ask a body outside ("Đề nghị Hội …")."""
    lines = ["TT", "1", "2", "3", "Nội dung nhiệm vụ", "Ban hành hướng dẫn tổ chức bữa ăn", "bán trú tại trường",
             "Kiểm tra an toàn thực phẩm tại bếp", "ăn các trường", "Vận động phụ huynh tham gia giám sát", "bữa ăn",
             "Cơ quan chủ", "trì", "Sở Giáo dục và Đào tạo", "Sở Y tế", "Đề nghị Hội Liên hiệp", "Phụ nữ tỉnh",
             "Cơ quan phối", "hợp", "Sở Y tế", "Các trường học; Trạm", "Y tế các xã", "Các trường học",
             "Thời gian", "hoàn thành", "Trước ngày", "15/9/2027", "Tháng 10/2027", "Hằng quý", "Sản phẩm",
             "Văn bản hướng dẫn", "Biên bản kiểm tra", "Báo cáo giám sát", "4"]
    assert rebuild_column_blocks(lines)[1:5] == [
        "| TT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành | Sản phẩm |",
        "| 1 | Ban hành hướng dẫn tổ chức bữa ăn bán trú tại trường | Sở Giáo dục và Đào tạo | Sở Y tế | Trước ngày "
        "15/9/2027 | Văn bản hướng dẫn |",
        "| 2 | Kiểm tra an toàn thực phẩm tại bếp ăn các trường | Sở Y tế | Các trường học; Trạm Y tế các xã | Tháng "
        "10/2027 | Biên bản kiểm tra |",
        "| 3 | Vận động phụ huynh tham gia giám sát bữa ăn | Đề nghị Hội Liên hiệp Phụ nữ tỉnh | Các trường học | Hằng "
        "quý | Báo cáo giám sát |"]


def test_a_text_browsers_rows_with_their_cells_run_together_part_where_a_small_letter_meets_a_capital():
    """A text browser's dump: the header's names on one line, each row's cells with nothing between them, wrapped at the
    page's width. A row that does not part into the header's columns leaves the table as it is."""
    lines = ["TT Nội dung nhiệm vụ Cơ quan chủ trì Cơ quan phối hợp Thời gian hoàn thành",
             "1 Xây dựng kế hoạch thực hiện Chương trình hành",
             "độngSở Nông nghiệp và Môi trườngCông an tỉnhTháng 7/2027",
             "2 Kiểm tra công tác phòng, chống thiên tai tại các xãThanh tra tỉnhSở Tài chínhQuý", "IV/2027", ""]
    assert rebuild_glued_rows(lines)[1:4] == [
        "| TT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |",
        "| 1 | Xây dựng kế hoạch thực hiện Chương trình hành động | Sở Nông nghiệp và Môi trường | Công an tỉnh | "
        "Tháng 7/2027 |",
        "| 2 | Kiểm tra công tác phòng, chống thiên tai tại các xã | Thanh tra tỉnh | Sở Tài chính | Quý IV/2027 |"]
    short = lines[:3] + ["2 Kiểm tra công tác phòng, chống thiên tai tại các xãThanh tra tỉnhQuý IV/2027", ""]
    assert rebuild_glued_rows(short) == short


def test_a_column_read_table_parts_a_yearly_time_from_a_date_and_leaves_brand_names_and_odd_digits_alone():
    """ "Hằng năm" ends its cell before "15/9/2027" (only a date's word cut from its number goes on: "Trước ngày" /
    "15/9/2027"); a glued row whose cells do not read as the columns' (a brand name's capital, "TikTok") is left as it
    is; a superscript digit is no row's number."""
    lines = ["TT", "Nội dung công việc", "Cơ quan chủ trì", "Thời gian", "1", "2", "3",
             "Rà soát phương án ứng phó thiên tai", "Tổ chức diễn tập ứng phó bão", "Kiểm tra công tác chuẩn bị",
             "Sở Nông nghiệp và Môi trường", "Bộ Chỉ huy Quân sự tỉnh", "Văn phòng Ban Chỉ huy",
             "Hằng năm", "15/9/2027", "Quý IV/2027"]
    tasks = extract_text("KẾ HOẠCH\nPhòng, chống thiên tai năm 2027\n" + "\n".join(lines) + "\n", strict=False).tasks
    assert [t.deadline for t in tasks] == [None, "2027-09-15", "2027-12-31"]
    glued = ["TT Nội dung nhiệm vụ Cơ quan chủ trì Cơ quan phối hợp Thời gian hoàn thành",
             "1 Tuyên truyền trên TikTok kỹ năng thoát nạn năm 2027Công an tỉnhSở Y tếQuý II/2027",
             "2 Tổ chức diễn tập chữa cháy tại chợ trung tâmCông an tỉnhBan Quản lý chợTháng 9/2027", ""]
    assert rebuild_glued_rows(glued) == glued
    assert rebuild_column_blocks(["STT", "1", "2", "3¹", "Nội dung"]) == ["STT", "1", "2", "3¹", "Nội dung"]


SCHEDULE_WITH_BARS = """\
ỦY BAN NHÂN DÂN XÃ TÂN LẬP
Số: 31/KH-UBND
Tân Lập, ngày 02 tháng 4 năm 2027
KẾ HOẠCH
Tiến độ giải phóng mặt bằng Dự án đường ven hồ
II. TIẾN ĐỘ THỰC HIỆN
                                                                                      Năm 2027
TT Hạng mục công việc                     Chủ trì        Phối hợp       Từ    Đến   T4 T5 T6 T7 T8 T9
----------------------------------------------------------------------------------------------------
1  Cắm mốc giới thu hồi đất ngoài thực địa Ban QLDA      Phòng Kinh tế  05/4  20/4  ██ ·· ·· ·· ·· ··
2  Kiểm đếm đất đai, tài sản trên đất     Phòng Kinh tế  Ban QLDA       21/4  31/5  ·█ ██ ·· ·· ·· ··
3  Lập, công khai phương án bồi thường    Ban QLDA       Phòng Kinh tế  01/6  15/7  ·· ·· ██ █· ·· ··
4  Chi trả tiền bồi thường, hỗ trợ        Ban QLDA       Phòng Kinh tế  16/7  31/8  ·· ·· ·· ·█ ██ ··
5  Cưỡng chế thu hồi đất (nếu có)         Phòng Kinh tế  Công an xã     01/9  20/9  ·· ·· ·· ·· ·· ██
6  Tổng hợp, báo cáo kết quả              Ban QLDA       -              21/9  30/9  ·· ·· ·· ·· ·· ·█
7  Bàn giao mặt bằng cho nhà thầu         Ban QLDA       Phòng Kinh tế  01/10 10/10 ·· ·· ·· ·· ·· ··
8  Quyết toán kinh phí bồi thường         Ban QLDA       -              11/10 31/10 ·· ·· ·· ·· ·· ··
9  Rà soát hồ sơ thu hồi đất còn tồn đọng Phòng Kinh tế  Ban QLDA       01/11 15/11 ·· ·· ·· ·· ·· ··
10 Tổng kết công tác bồi thường           Ban QLDA       Phòng Kinh tế  16/11 30/11 ·· ·· ·· ·· ·· ··
----------------------------------------------------------------------------------------------------
III. TỔ CHỨC THỰC HIỆN
Các đơn vị báo cáo tiến độ hằng tháng./.
"""


def test_a_gantt_charts_schedule_gives_its_rows_their_leads_partners_and_end_days():
    # a schedule's "Từ" and "Đến" columns, its months one space apart over the chart's bars, the number column named
    # one space before the work's, a number of two digits one space before its work: each row a task, due on its
    # "Đến" day of the year the plan is dated in
    rows = rebuild_aligned_tables(SCHEDULE_WITH_BARS.split("\n"))
    assert "| 10 | Tổng kết công tác bồi thường | Ban QLDA | Phòng Kinh tế | 16/11 | 30/11 | ·· ·· ·· ·· ·· ·· |" in rows
    tasks = extract_text(SCHEDULE_WITH_BARS).tasks
    assert [(t.text, t.coordinators, t.deadline) for t in tasks][:2] == [
        ("Cắm mốc giới thu hồi đất ngoài thực địa", ["Phòng Kinh tế"], "2027-04-20"),
        ("Kiểm đếm đất đai, tài sản trên đất", ["Ban Quản lý dự án"], "2027-05-31")]
    assert len(tasks) == 10 and tasks[-1].deadline == "2027-11-30"
