"""Plans whose work sits in tables, and the bodies such plans and directives name: shapes met on plans written blind
(a cell merged over two rows printed on the rule between them, a ministry's departments at large, a command named by
its force, an office of a standing organ, goals measured in hectares). Each text is our own."""
import pytest

from vnplan import extract_text
from vnplan.alignedtables import rebuild_grid_tables
from vnplan.extract.agencies import find_agencies
from vnplan.extract.dates import TIME_PHRASE, deadline_from_timeframe
from vnplan.extract.targets import targets_in
from vnplan.lexicon import points_to_appendix

HEADER = "ỦY BAN NHÂN DÂN\nTỈNH BẮC LAM\nSố: 21/KH-UBND\nBắc Lam, ngày 12 tháng 1 năm 2027\nKẾ HOẠCH\n"


def test_a_cell_merged_over_two_rows_printed_on_the_rule_between_them_is_in_both():
    """A text browser draws a lead merged over two rows on the rule that parts them ("+----+ UBND các xã +----+"): both
    rows have it, and the rule is no row of its own."""
    grid = ["+----+------------------------------+--------------------+--------------+",
            "| TT | Nhiệm vụ                     | Cơ quan chủ trì    | Thời gian    |",
            "+----+------------------------------+--------------------+--------------+",
            "| 1  | Đắp đập tạm ngăn mặn         |                    | Quý I/2027   |",
            "+----+------------------------------+ UBND các xã        +--------------+",
            "| 2  | Nạo vét kênh mương nội đồng  |                    | Quý II/2027  |",
            "+----+------------------------------+--------------------+--------------+"]
    assert rebuild_grid_tables(grid) == [
        "| TT | Nhiệm vụ | Cơ quan chủ trì | Thời gian |",
        "| 1 | Đắp đập tạm ngăn mặn | UBND các xã | Quý I/2027 |",
        "| 2 | Nạo vét kênh mương nội đồng | UBND các xã | Quý II/2027 |"]


@pytest.mark.parametrize("text,names", [
    # what a management board manages, after "và các", in lower case or by its acronyms: one name
    ("Ban Quản lý Khu công nghệ cao và các khu công nghiệp Bắc Lam chủ trì",
     ["Ban Quản lý Khu công nghệ cao và các khu công nghiệp Bắc Lam"]),
    ("BQL Khu CNC và các KCN Bắc Lam phối hợp", ["Ban Quản lý Khu công nghệ cao và các Khu công nghiệp Bắc Lam"]),
    # (no other body's name goes on so)
    ("Trung tâm Phát triển quỹ đất và các khu công nghiệp", ["Trung tâm Phát triển quỹ đất"]),
    # a department whose name holds a comma and a lower-case word; its role verb is no part of it (the hospitals it
    # directs, a class)
    ("Cục Quản lý Khám, chữa bệnh chỉ đạo các bệnh viện", ["Cục Quản lý Khám, chữa bệnh", "các bệnh viện"]),
    # an office-holder after "và" opens the next body, whose office he holds
    ("Viện Pasteur và Giám đốc Sở Y tế tỉnh chịu trách nhiệm", ["Viện Pasteur", "Sở Y tế"]),
    ("Giám đốc Sở Y tế các tỉnh, thành phố chịu trách nhiệm", ["Sở Y tế các tỉnh, thành phố"]),
])
def test_names_read_whole_and_no_further(text, names):
    assert [mention.name for mention in find_agencies(text)] == names


def test_a_ministrys_departments_at_large_are_a_class():
    mentions = find_agencies("Thủ trưởng các Vụ, Cục thuộc Bộ chịu trách nhiệm thực hiện Chỉ thị này.")
    assert mentions and all(mention.collective for mention in mentions)
    assert find_agencies("Xử lý dứt điểm các vụ vi phạm kéo dài.") == []  # (in lower case, a case, no body)


def test_a_directives_last_item_stays_a_task_and_the_closing_paragraphs_to_every_body_give_none():
    """The paragraphs after a directive's last item, each naming bodies of its own, are no items of it: the item is a
    task, and the one giving every department at large only the generic duty is none."""
    text = ("BỘ Y TẾ\nSố: 05/CT-BYT\nHà Nội, ngày 5 tháng 3 năm 2027\nCHỈ THỊ\nVề phòng, chống dịch sởi\n"
            "Để chủ động phòng, chống dịch, Bộ trưởng Bộ Y tế yêu cầu:\n"
            "1. Cục Phòng bệnh chủ trì theo dõi chặt chẽ diễn biến dịch bệnh.\n"
            "2. Giám đốc Sở Y tế các tỉnh, thành phố chịu trách nhiệm tham mưu Ủy ban nhân dân cấp tỉnh triển khai các "
            "biện pháp phòng, chống dịch.\n"
            "Thủ trưởng các Vụ, Cục, Văn phòng Bộ và Giám đốc Sở Y tế các tỉnh, thành phố chịu trách nhiệm thực "
            "hiện Chỉ thị này./.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nBỘ TRƯỞNG\nNguyễn Văn An\n")
    tasks = extract_text(text).tasks
    assert [(task.text[:20], task.lead) for task in tasks] == [
        ("Cục Phòng bệnh chủ t", ["Cục Phòng bệnh"]), ("Giám đốc Sở Y tế các", ["Sở Y tế các tỉnh, thành phố"])]


def test_a_command_named_once_with_its_force_is_the_force_named_alone():
    text = (HEADER + "Phòng, chống buôn lậu qua biên giới năm 2027\nI. NHIỆM VỤ\n"
            "1. Công an tỉnh chủ trì, phối hợp với Bộ đội Biên phòng tỉnh kiểm tra các bến tàu.\n"
            "2. Bộ Chỉ huy Bộ đội Biên phòng tỉnh chủ trì kiểm soát phương tiện ra, vào cảng.\n")
    tasks = extract_text(text).tasks
    assert tasks[0].coordinators == ["Bộ Chỉ huy Bộ đội Biên phòng tỉnh"]
    assert tasks[1].lead == ["Bộ Chỉ huy Bộ đội Biên phòng tỉnh"]


def test_the_office_of_a_steering_committees_standing_organ_is_named_whole_in_its_own_plan():
    """In the committee's own plan its short name ("Ban Chỉ đạo 389") does not cut the name of its standing organ's
    office, "Văn phòng Thường trực Ban Chỉ đạo 389 tỉnh"; nor is the office the standing organ itself."""
    text = ("BAN CHỈ ĐẠO 389 TỈNH BẮC LAM\nSố: 04/KH-BCĐ389\nBắc Lam, ngày 12 tháng 1 năm 2027\nKẾ HOẠCH\n"
            "Công tác năm 2027 của Ban Chỉ đạo 389 tỉnh\nI. NHIỆM VỤ\n"
            "1. Sở Công Thương chủ trì kiểm tra thị trường dịp Tết.\n"
            "2. Văn phòng Thường trực Ban Chỉ đạo 389 tỉnh:\n"
            "- Tham mưu Trưởng ban thành lập các đoàn kiểm tra liên ngành;\n"
            "- Tổng hợp kết quả kiểm tra của các đoàn.\n")
    assert [task.lead for task in extract_text(text).tasks][1:] == [["Văn phòng Thường trực Ban Chỉ đạo 389 tỉnh"]] * 2


def test_goals_measured_in_hectares_are_targets_an_account_of_counts_is_not():
    text = (HEADER + "Trồng rừng năm 2027\nI. MỤC TIÊU\n1. Trồng rừng tập trung 11.500 ha, trong đó trồng rừng gỗ lớn "
            "2.000 ha.\n2. Đoàn đánh giá ngoài năm 2026 đưa ra 46 khuyến nghị cải tiến.\nII. NHIỆM VỤ\n"
            "1. Sở Nông nghiệp và Môi trường chủ trì giao chỉ tiêu trồng rừng cho các xã.\n")
    assert sorted((target.min, target.unit) for target in extract_text(text).targets) == [(2000, "ha"), (11500, "ha")]


def test_a_loss_kept_from_passing_a_figure_is_its_ceiling():
    found = targets_in("Không để thiệt hại quá 5% diện tích lúa do hạn, mặn.", 0, None, 2027)
    assert [(target.min, target.max) for target in found] == [(None, 5)]


def test_two_months_named_once_are_a_time_phrase_ending_on_the_last():
    assert TIME_PHRASE.fullmatch("Tháng 7 và tháng 12/2027")
    assert deadline_from_timeframe("Tháng 7 và tháng 12/2027") == "2027-12-31"


@pytest.mark.parametrize("text,points", [
    ("Các nhiệm vụ cụ thể, cơ quan chủ trì, phối hợp được phân công tại Biểu kèm theo Kế hoạch này.", True),
    ("Nhiệm vụ cụ thể tại Bảng phân công đính kèm.", True),
    ("Các nhiệm vụ được tổng hợp tại Bảng số liệu của Cục Thống kê.", False),
])
def test_an_appendix_called_a_table_when_said_attached(text, points):
    assert points_to_appendix(text) is points


def test_a_header_set_over_lines_over_rows_hanging_from_their_top_keeps_each_row_whole():
    """Word may centre a header's names over several lines and leave the rows' cells at their top: each cell then opens
    on its row's number line, and the lines under it are that row's."""
    def line(number="", work="", lead="", partners="", time=""):
        return f"{number:<8}{work:<45}{lead:<16}{partners:<17}{time}".rstrip()
    table = [line(lead="Cơ quan", partners="Cơ quan"), line("STT", "Nhiệm vụ", "chủ trì", "phối hợp", "Thời gian"),
             line(time="hoàn thành"),
             line("1", "Xây dựng kế hoạch chuyển đổi số của tỉnh", "Sở Khoa học", "Sở Tài chính", "Quý II/2025"),
             line("", "giai đoạn 2025-2030", "và Công nghệ"),
             line("2", "Tổ chức tập huấn cho cán bộ, công chức", "Sở Nội vụ", "Sở Tư pháp", "Quý III/2025"),
             line("", "về kỹ năng số")]
    from vnplan.alignedtables import rebuild_aligned_tables
    assert rebuild_aligned_tables(table)[1:] == [
        "| 1 | Xây dựng kế hoạch chuyển đổi số của tỉnh giai đoạn 2025-2030 | Sở Khoa học và Công nghệ | Sở Tài chính"
        " | Quý II/2025 |",
        "| 2 | Tổ chức tập huấn cho cán bộ, công chức về kỹ năng số | Sở Nội vụ | Sở Tư pháp | Quý III/2025 |"]


def test_a_note_numbered_under_a_table_is_no_row_and_a_lettered_group_goes_on_to_d_with_its_stroke():
    from vnplan.alignedtables import rebuild_aligned_tables
    from vnplan.tablerows import opens_next_group

    def line(number, work, lead="", time=""):
        return f"{number:<4}{work:<45}{lead:<16}{time}".rstrip()
    lines = [line("TT", "Nhiệm vụ", "Chủ trì", "Thời gian"),
             line("1", "Rà soát quy hoạch sử dụng đất", "Sở Xây dựng", "Quý II/2025"),
             "1 Theo Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển"]
    assert rebuild_aligned_tables(lines)[-1] == lines[-1]
    assert opens_next_group(["A", "1", "B", "C", "D"], "Đ") and opens_next_group(["XII"], "XIII")


def test_a_merged_cell_running_through_a_rule_keeps_its_words_above_on_and_under_it():
    grid = ["+----+--------------------------+-----------------+",
            "| TT | Nhiệm vụ                 | Cơ quan chủ trì |",
            "+----+--------------------------+-----------------+",
            "| 1  | Rà soát quy hoạch        | Ủy ban nhân dân |",
            "+----+--------------------------+ các xã, phường  +",
            "| 2  | Cập nhật dữ liệu đất đai | trên địa bàn    |",
            "+----+--------------------------+-----------------+"]
    assert rebuild_grid_tables(grid)[1:] == [
        "| 1 | Rà soát quy hoạch | Ủy ban nhân dân các xã, phường trên địa bàn |",
        "| 2 | Cập nhật dữ liệu đất đai | Ủy ban nhân dân các xã, phường trên địa bàn |"]


def test_an_empty_line_between_a_cells_paragraphs_is_no_empty_cell_where_rows_do_not_end_on_one():
    from vnplan.celltables import rebuild_cell_tables
    lines = ["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành",
             "1", "Rà soát, đánh giá hiện trạng hạ tầng số của tỉnh.", "", "Đề xuất giải pháp nâng cấp hệ thống.",
             "Sở Khoa học và Công nghệ", "Sở Tài chính", "Quý II/2025",
             "2", "Tổ chức tập huấn cho cán bộ", "Sở Nội vụ", "Sở Tư pháp", "Quý III/2025"]
    assert rebuild_cell_tables(lines)[1] == (
        "| 1 | Rà soát, đánh giá hiện trạng hạ tầng số của tỉnh. Đề xuất giải pháp nâng cấp hệ thống. | Sở Khoa học và"
        " Công nghệ | Sở Tài chính | Quý II/2025 |")


@pytest.mark.parametrize("text", [
    "2. Các dự án theo Bảng danh mục kèm theo phải hoàn thành thủ tục đầu tư trước ngày 30/6/2025.",
    "3. Nội dung báo cáo theo biểu mẫu kèm theo, gửi Sở Tài chính trước ngày 15/12/2025.",
])
def test_work_that_names_an_attached_table_is_no_pointer_to_it(text):
    assert not points_to_appendix(text)


def test_more_than_a_figure_is_no_ceiling_and_a_bare_number_before_va_no_time():
    found = targets_in("Không chỉ hoàn thành mà còn phấn đấu vượt quá 10% kế hoạch.", 0, None, 2027)
    assert [(target.min, target.max) for target in found] != [(None, 10)]
    assert not TIME_PHRASE.fullmatch("15 và năm 2026")
    assert deadline_from_timeframe("Quý II - III năm 2027") == "2027-09-30"  # (the last quarter, its year named once)


HOSPITAL_TABLE = """BỆNH VIỆN ĐA KHOA TỈNH BẮC SƠN
Số: 52/KH-BV
KẾ HOẠCH
Triển khai phần mềm quản lý xét nghiệm năm 2027

II. NỘI DUNG VÀ PHÂN CÔNG THỰC HIỆN

STT | Nội dung công việc | Khoa, phòng chủ trì | Khoa/phòng phối hợp | Thời gian hoàn thành
---|---|---|---|---
1 | Chuẩn hóa danh mục xét nghiệm dùng chung | Khoa Xét nghiệm | Phòng Kế hoạch tổng hợp | Tháng 3/2027
2 | Kết nối máy xét nghiệm với phần mềm, trả kết quả trên bệnh án | Phòng Công nghệ thông tin | Khoa Xét \
nghiệm | Quý II/2027
"""


def test_a_column_named_by_the_kinds_of_unit_and_their_role_gives_each_rows_lead():
    plan = extract_text(HOSPITAL_TABLE, strict=False)
    assert [(task.lead, task.coordinators) for task in plan.tasks] == [
        (["Khoa Xét nghiệm"], ["Phòng Kế hoạch tổng hợp"]), (["Phòng Công nghệ thông tin"], ["Khoa Xét nghiệm"])]


def test_a_numbered_row_whose_cells_name_a_project_and_bodies_is_a_row_not_a_matrixs_header():
    rows = ("| 4 | Ứng dụng trí tuệ nhân tạo phát hiện sớm ung thư phổi | Đề tài | Bệnh viện Ung bướu Bình Minh"
            " | Trường Đại học Y khoa Bình Minh | Năm 2028 |\n"
            "| 5 | Hoàn thiện công nghệ sản xuất chế phẩm vi sinh | Dự án sản xuất thử nghiệm"
            " | Công ty Cổ phần Công nghệ sinh học Hồng Lam | Sở Nông nghiệp và Môi trường | Quý IV/2028 |\n"
            "| 6 | Đánh giá chính sách hỗ trợ doanh nghiệp | Đề tài | Trường Chính trị tỉnh Bình Minh"
            " | Sở Tài chính | Năm 2027 |\n")
    header = "| TT | Tên nhiệm vụ | Loại hình | Tổ chức chủ trì | Đơn vị phối hợp | Thời gian |\n"
    plan = extract_text("SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH BÌNH MINH\nSố: 12/KH-SKHCN\nKẾ HOẠCH\nNhiệm vụ năm 2027\n"
                        "I. NHIỆM VỤ\n" + header + rows, strict=False)
    assert [(task.lead, task.deadline) for task in plan.tasks] == [
        (["Bệnh viện Ung bướu Bình Minh"], "2028-12-31"),
        (["Công ty Cổ phần Công nghệ sinh học Hồng Lam"], "2028-12-31"),
        (["Trường Chính trị tỉnh Bình Minh"], "2027-12-31")]


def test_a_tables_end_column_named_by_its_word_alone_dates_the_work():
    # ("| Bắt đầu | Hoàn thành |": the work begins in one column and is done by the other, its deadline)
    plan = extract_text(
        "BAN CHỈ ĐẠO GIẢI PHÓNG MẶT BẰNG TỈNH AN HÒA\nSố: 9/KH-BCĐ\nAn Hòa, ngày 2 tháng 3 năm 2027\nKẾ HOẠCH\n"
        "Giải phóng mặt bằng dự án đường tỉnh 12\nIII. NỘI DUNG VÀ TIẾN ĐỘ THỰC HIỆN\n"
        "| TT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp | Bắt đầu | Hoàn thành |\n"
        "|----|----|----|----|----|----|\n"
        "| 1 | Kiểm đếm đất và tài sản trên đất | UBND xã Tân Lập | Trung tâm Phát triển quỹ đất | 15/3/2027 | "
        "30/4/2027 |\n"
        "| 2 | Lập phương án bồi thường, hỗ trợ | Trung tâm Phát triển quỹ đất | UBND xã Tân Lập | 02/5/2027 | "
        "31/5/2027 |\n")
    assert [task.deadline for task in plan.tasks] == ["2027-04-30", "2027-05-31"]


def test_a_row_short_of_its_last_cells_has_them_merged_from_the_row_above():
    """A markdown copy leaves out a lead merged over rows ("2 | … | Các doanh nghiệp lữ hành" under "… | Cơ quan phối
    hợp | Cơ quan chủ trì"): the row keeps the lead of the row above; a group's row in bold ("**II** | **…**") is no
    line of the row above it and gives no lead."""
    text = HEADER + ("Phát triển du lịch cộng đồng năm 2027\nI. NHIỆM VỤ\n\n"
                     "STT | Thời gian | Nội dung công việc | Cơ quan phối hợp | Cơ quan chủ trì\n---|---|---|---|---\n"
                     "**I** | **Quảng bá**\n"
                     "1 | Quý II/2027 | Tổ chức Ngày hội du lịch cộng đồng | Hiệp hội Du lịch tỉnh | "
                     "Sở Văn hóa, Thể thao và Du lịch\n"
                     "2 | Tháng 9/2027 | Giới thiệu sản phẩm du lịch tại hội chợ quốc tế | Các doanh nghiệp lữ hành\n"
                     "**II** | **Hạ tầng**\n"
                     "3 | Quý IV/2027 | Lắp đặt biển chỉ dẫn tại các điểm du lịch | Ủy ban nhân dân các xã | "
                     "Sở Xây dựng\n"
                     "4 | Quý III/2027 | Xây dựng nhà vệ sinh công cộng đạt chuẩn | Ủy ban nhân dân các xã\n\n"
                     "II. TỔ CHỨC THỰC HIỆN\nCác sở, ngành triển khai Kế hoạch này.\n")
    tasks = extract_text(text).tasks
    assert [(t.text[:20], t.lead) for t in tasks] == [
        ("Tổ chức Ngày hội du ", ["Sở Văn hóa, Thể thao và Du lịch"]),
        ("Giới thiệu sản phẩm ", ["Sở Văn hóa, Thể thao và Du lịch"]),
        ("Lắp đặt biển chỉ dẫn", ["Sở Xây dựng"]), ("Xây dựng nhà vệ sinh", ["Sở Xây dựng"])]


def test_a_cells_line_breaks_a_markdown_copy_writes_as_hard_breaks_stay_in_its_row():
    """A cell of several lines, each ending on a markdown hard break (two spaces), the next without a bar ("1 | Sở X |
    - Tham mưu …  " / "- Chủ trì … | - Tháng 3/2027  " / "- Thường xuyên  "): one row, each dashed line of the work a
    task, each with the time its dash gives in the time cell."""
    text = HEADER + ("Phòng, chống dịch bệnh gia súc năm 2027\nI. PHÂN CÔNG NHIỆM VỤ\n\n"
                     "TT | Cơ quan, đơn vị | Nhiệm vụ | Thời gian thực hiện  \n---|---|---|---  \n"
                     "1 | Sở Nông nghiệp và Môi trường | - Xây dựng kế hoạch tiêm phòng vắc xin cho đàn gia súc.  \n"
                     "\\- Tổ chức kiểm tra việc vận chuyển gia súc qua địa bàn. | - Tháng 3/2027  \n"
                     "\\- Thường xuyên  \n"
                     "2 | Sở Tài chính | - Bố trí kinh phí mua vắc xin năm 2027. | Quý I/2027  \n\n"
                     "II. TỔ CHỨC THỰC HIỆN\nCác sở, ngành triển khai Kế hoạch này.\n")
    tasks = extract_text(text).tasks
    assert [(t.text[:20], t.lead, t.deadline) for t in tasks] == [
        ("Xây dựng kế hoạch ti", ["Sở Nông nghiệp và Môi trường"], "2027-03-31"),
        ("Tổ chức kiểm tra việ", ["Sở Nông nghiệp và Môi trường"], None),
        ("Bố trí kinh phí mua ", ["Sở Tài chính"], "2027-03-31")]


def test_a_list_after_a_table_whose_lines_end_on_hard_breaks_is_no_line_of_its_last_row():
    """Every line ending on two spaces (a copy's hard breaks), a full row, then a dashed list straight after the
    table: the list's tasks are their own, the last row keeps its time."""
    text = HEADER + ("Phòng, chống dịch bệnh gia súc năm 2027\nI. NHIỆM VỤ  \n\n"
                     "STT | Nội dung | Chủ trì | Thời gian  \n"
                     "---|---|---|---  \n1 | Tiêm phòng vắc xin cho đàn gia súc | Trạm Thú y | Quý I/2027  \n"
                     "2 | Kiểm tra vận chuyển gia súc | Công an xã | Quý II/2027  \n"
                     "- Các thôn rà soát tổng đàn gia súc, báo cáo trước ngày 15/4/2027.  \n"
                     "- Hội Nông dân xã tuyên truyền phòng dịch.  \n")
    tasks = extract_text(text).tasks
    assert {(t.lead[0], t.deadline) for t in tasks} >= {("Công an xã", "2027-06-30"), ("Các thôn", "2027-04-15")}


def test_a_cell_naming_a_body_over_every_place_of_a_kind_is_a_class():
    """ "Hạt Kiểm lâm các khu vực" in a partners' cell: the station of every area, a class, not one body's name."""
    text = HEADER + ("Giao rừng năm 2027\nI. NHIỆM VỤ\n\n| TT | Nội dung | Chủ trì | Phối hợp | Thời gian |\n"
                     "|---|---|---|---|---|\n| 1 | Rà soát diện tích rừng chưa giao | Sở Nông nghiệp và Môi trường | "
                     "Hạt Kiểm lâm các khu vực | Quý II/2027 |\n")
    task = extract_text(text).tasks[0]
    assert (task.coordinators, task.coordinators_collective) == ([], True)
