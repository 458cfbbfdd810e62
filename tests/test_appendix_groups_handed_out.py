"""An appendix's task table that names no lead column: the plan's body hands its groups to bodies ("Cục X chủ trì
thực hiện các nhiệm vụ tại mục I và mục III Phụ lục"), and the table gives each row's partners and time. Each text is
our own."""
import pytest

from vnplan import extract_text

BODY = ("BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nSố: 310/KH-BNNMT\nHà Nội, ngày 9 tháng 3 năm 2027\nKẾ HOẠCH\n"
        "Phòng, chống sạt lở bờ sông năm 2027\n"
        "I. MỤC ĐÍCH, YÊU CẦU\nChủ động phòng, chống sạt lở, bảo đảm an toàn cho người dân ven sông.\n"
        "II. NHIỆM VỤ\nCác nhiệm vụ cụ thể tại Phụ lục kèm theo. Phân công như sau:\n"
        "Cục Quản lý đê điều và Phòng, chống thiên tai chủ trì thực hiện các nhiệm vụ tại mục I và mục III Phụ lục;\n"
        "Cục Thủy lợi chủ trì thực hiện các nhiệm vụ tại mục II Phụ lục.\n"
        "III. TỔ CHỨC THỰC HIỆN\n"
        "1. Vụ Kế hoạch - Tài chính bố trí kinh phí thực hiện Kế hoạch từ nguồn chi thường xuyên năm 2027.\n"
        "2. Văn phòng Bộ theo dõi, đôn đốc việc thực hiện Kế hoạch.\n"
        "Nơi nhận:\n- Lưu: VT.\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nLê Minh Khoa\n")

CELL_A_LINE = ("PHỤ LỤC\nDANH MỤC NHIỆM VỤ PHÒNG, CHỐNG SẠT LỞ NĂM 2027\n"
               "(Kèm theo Kế hoạch số 310/KH-BNNMT ngày 9 tháng 3 năm 2027)\n"
               "STT\nNội dung công việc\nĐơn vị phối hợp\nThời hạn hoàn thành\nKết quả\n"
               "I. ĐIỀU TRA, CẢNH BÁO\n"
               "1\nRà soát, lập bản đồ các điểm sạt lở bờ sông nguy hiểm\nCục Viễn thám quốc gia\nTháng 5/2027\n"
               "Bản đồ\n"
               "2\nLắp đặt hệ thống cảnh báo sớm tại các điểm sạt lở đặc biệt nguy hiểm\nCác địa phương\n"
               "Quý III/2027\nHệ thống cảnh báo\n"
               "II. CÔNG TRÌNH\n"
               "3\nHướng dẫn gia cố bờ sông bằng giải pháp sinh thái\nViện Khoa học Thủy lợi Việt Nam\n"
               "Tháng 8/2027\nVăn bản hướng dẫn\n"
               "III. TỔNG KẾT\n"
               "4\nSơ kết công tác phòng, chống sạt lở năm 2027\nCác đơn vị liên quan\nTháng 12/2027\nBáo cáo\n")

PIPES = ("PHỤ LỤC\nDANH MỤC NHIỆM VỤ PHÒNG, CHỐNG SẠT LỞ NĂM 2027\n"
         "| STT | Nội dung công việc | Đơn vị phối hợp | Thời hạn hoàn thành | Kết quả |\n|---|---|---|---|---|\n"
         "| I | ĐIỀU TRA, CẢNH BÁO | | | |\n"
         "| 1 | Rà soát, lập bản đồ các điểm sạt lở bờ sông nguy hiểm | Cục Viễn thám quốc gia | Tháng 5/2027 | Bản đồ |\n"
         "| 2 | Lắp đặt hệ thống cảnh báo sớm tại các điểm sạt lở đặc biệt nguy hiểm | Các địa phương | Quý III/2027 "
         "| Hệ thống cảnh báo |\n"
         "| II | CÔNG TRÌNH | | | |\n"
         "| 3 | Hướng dẫn gia cố bờ sông bằng giải pháp sinh thái | Viện Khoa học Thủy lợi Việt Nam | Tháng 8/2027 "
         "| Văn bản hướng dẫn |\n"
         "| III | TỔNG KẾT | | | |\n"
         "| 4 | Sơ kết công tác phòng, chống sạt lở năm 2027 | Các đơn vị liên quan | Tháng 12/2027 | Báo cáo |\n")

DYKES = "Cục Quản lý đê điều và Phòng, chống thiên tai"
EXPECTED = [
    ("Vụ Kế hoạch - Tài chính bố trí kinh ph", ["Vụ Kế hoạch - Tài chính"], [], None),
    ("Rà soát, lập bản đồ các điểm sạt lở bờ", [DYKES], ["Cục Viễn thám quốc gia"], "2027-05-31"),
    ("Lắp đặt hệ thống cảnh báo sớm tại các ", [DYKES], [], "2027-09-30"),
    ("Hướng dẫn gia cố bờ sông bằng giải phá", ["Cục Thủy lợi"], ["Viện Khoa học Thủy lợi Việt Nam"], "2027-08-31"),
    ("Sơ kết công tác phòng, chống sạt lở nă", [DYKES], [], "2027-12-31"),
]


@pytest.mark.parametrize("appendix", [CELL_A_LINE, PIPES], ids=["cell-a-line", "pipes"])
def test_an_appendix_table_without_leads_takes_them_from_the_groups_its_body_hands_out(appendix):
    plan = extract_text(BODY + appendix)
    got = [(t.text[:38], t.lead, t.coordinators, t.deadline) for t in plan.tasks]
    assert got == EXPECTED


def test_handing_out_an_appendix_group_leaves_the_plans_own_part_of_that_number_alone():
    """"mục III Phụ lục" is the appendix's group III, not the plan's own part III (Tổ chức thực hiện)."""
    plan = extract_text(BODY + PIPES)
    own = [t for t in plan.tasks if t.id.startswith("III.")]
    assert [t.lead for t in own] == [["Vụ Kế hoạch - Tài chính"]]


def test_a_table_naming_neither_lead_nor_partners_is_no_task_table():
    """An agenda ("Nội dung | Thời gian | Địa điểm") lists no one's work: it gives no task."""
    agenda = ("PHỤ LỤC\nCHƯƠNG TRÌNH HỘI NGHỊ\n| STT | Nội dung | Thời gian | Địa điểm |\n|---|---|---|---|\n"
              "| 1 | Khai mạc hội nghị | 8 giờ | Hội trường A |\n| 2 | Báo cáo kết quả năm 2026 | 8 giờ 30 | Hội trường A |\n")
    texts = [t.text for t in extract_text(BODY + agenda).tasks]
    assert not any("hội nghị" in text or "Báo cáo kết quả" in text for text in texts)


HEAD = ("ỦY BAN NHÂN DÂN TỈNH BẮC LAM\nSố: 5/KH-UBND\nBắc Lam, ngày 4 tháng 3 năm 2027\nKẾ HOẠCH\n"
        "Phát triển logistics năm 2027\nI. NHIỆM VỤ\nChi tiết tại Phụ lục kèm theo.\nPHỤ LỤC\n")


def test_a_group_row_naming_its_lead_gives_it_to_the_rows_that_name_none():
    """"(Sở Xây dựng chủ trì)" in a group's title, a group titled "… chủ trì", a group titled with a body's name alone;
    a row naming its own lead keeps it, a group titled by its work gives none."""
    table = ("| TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |\n|---|---|---|---|---|\n"
             "| A | HẠ TẦNG (Sở Xây dựng chủ trì) | | | |\n"
             "| 1 | Rà soát quy hoạch cảng cạn | | Sở Tài chính | Quý II/2027 |\n"
             "| 2 | Lập danh mục kho bãi | Sở Công Thương | Sở Tài chính | Quý III/2027 |\n"
             "| B | Ủy ban nhân dân các xã chủ trì | | | |\n| 3 | Bố trí quỹ đất cho kho bãi | | | Năm 2027 |\n"
             "| C | SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG | | | |\n"
             "| 4 | Thẩm định môi trường các dự án kho bãi | | | Quý IV/2027 |\n"
             "| D | PHÁT TRIỂN DỊCH VỤ | | | |\n| 5 | Hỗ trợ doanh nghiệp dịch vụ | | Hiệp hội Logistics | Năm 2027 |\n")
    assert [(t.text[:20], t.lead) for t in extract_text(HEAD + table).tasks] == [
        ("Rà soát quy hoạch cả", ["Sở Xây dựng"]), ("Lập danh mục kho bãi", ["Sở Công Thương"]),
        ("Bố trí quỹ đất cho k", ["Ủy ban nhân dân các xã"]), ("Thẩm định môi trường", ["Sở Nông nghiệp và Môi trường"]),
        ("Hỗ trợ doanh nghiệp ", ["Các sở, ban, ngành, địa phương"])]


def test_a_table_of_work_and_time_alone_gives_the_rows_of_groups_naming_their_lead():
    table = ("| TT | Nhiệm vụ | Thời gian hoàn thành | Sản phẩm |\n|---|---|---|---|\n"
             "| A | HẠ TẦNG (Sở Xây dựng chủ trì) | | |\n| 1 | Rà soát quy hoạch cảng cạn | Quý II/2027 | Báo cáo |\n"
             "| B | PHÁT TRIỂN DỊCH VỤ | | |\n| 2 | Hội nghị doanh nghiệp dịch vụ | Năm 2027 | Hội nghị |\n")
    assert [(t.text, t.lead, t.deadline) for t in extract_text(HEAD + table).tasks] == [
        ("Rà soát quy hoạch cảng cạn", ["Sở Xây dựng"], "2027-06-30")]


COLUMNS = (2, 8, 60, 82, 104)  # where each column begins on the page


def _laid_out(*cells: str) -> str:
    """A line with each cell from its column on, as a PDF's layout sets it (a cell longer than its column runs on)."""
    line = ""
    for column, cell in zip(COLUMNS, cells):
        line = (line + " " * max(0, column - len(line)) + cell) if cell else line
    return line


HEADER = _laid_out("TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian") + "\n" + \
    _laid_out("", "", "", "", "hoàn thành") + "\n"
LAYOUT = (HEAD.replace("PHỤ LỤC\n", "") + " " * 30 + "PHỤ LỤC\n" + HEADER + _laid_out("A", "HẠ TẦNG") + "\n"
          + _laid_out("1", "Rà soát quy hoạch cảng cạn, kho bãi", "Sở Xây dựng", "Sở Tài chính", "Quý II/2027") + "\n"
          # (the work filled to its column's width, the lead's name glued to it)
          + _laid_out("2", "Số hóa thủ tục thông quan tại các cửa khẩu biên giới") + "Chi cục Hải quan" + " " * 6
          + "Sở Công Thương" + " " * 8 + "Năm 2027\n"
          + " " * 100 + "3\n" + HEADER + _laid_out("B", "ĐẤT ĐAI (Sở Nông nghiệp và Môi trường chủ trì)") + "\n"
          # (the work running on one space past its column, in lower case)
          + _laid_out("3", "Rà soát quỹ đất phát triển kho bãi tại khu vực ven biển phía Tây") + " " * 10
          + "UBND các xã" + " " * 11 + "Quý I/2027\n")


def test_a_pdf_layout_table_whose_cells_run_into_the_next_column():
    """A cell filled to its width runs into the next one's capital ("… quốc giaChi cục") or, one space on, into the
    next column in lower case ("… khu vực phía Tây"): each cell is its own; the header repeated on the next page lays
    out its rows anew, and a group's "(X chủ trì)" is no short name of the title before it."""
    got = [(t.text, t.lead, t.coordinators) for t in extract_text(LAYOUT).tasks]
    assert got == [
        ("Rà soát quy hoạch cảng cạn, kho bãi", ["Sở Xây dựng"], ["Sở Tài chính"]),
        ("Số hóa thủ tục thông quan tại các cửa khẩu biên giới", ["Chi cục Hải quan"], ["Sở Công Thương"]),
        ("Rà soát quỹ đất phát triển kho bãi tại khu vực ven biển phía Tây", ["Sở Nông nghiệp và Môi trường"],
         []),
    ]


def _leads(text: str) -> list[tuple[str, list[str]]]:
    return [(t.text[:24], t.lead) for t in extract_text(text).tasks if t.id.startswith("T.")]


ROWS_WITH_LEADS = ("PHỤ LỤC\n| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |\n|---|---|---|---|---|\n"
                   "| I | HẠ TẦNG | | | |\n| 1 | Nâng cấp trạm y tế xã | Sở Xây dựng | Sở Y tế | Quý II/2027 |\n"
                   "| II | NHÂN LỰC | | | |\n| 2 | Đào tạo bác sĩ gia đình | Sở Nội vụ | Sở Y tế | Quý III/2027 |\n")


def test_another_documents_appendix_or_a_row_naming_its_lead_is_not_handed_out():
    other = HEAD.replace("Chi tiết tại Phụ lục kèm theo.\nPHỤ LỤC\n", "1. Sở Y tế chủ trì thực hiện các nhiệm vụ tại mục "
                         "II Phụ lục kèm theo Quyết định số 1520/QĐ-TTg.\n2. Sở Y tế chủ trì thực hiện các nhiệm vụ tại "
                         "mục I Phụ lục.\n")
    assert _leads(other + ROWS_WITH_LEADS) == [("Nâng cấp trạm y tế xã", ["Sở Xây dựng"]),
                                               ("Đào tạo bác sĩ gia đình", ["Sở Nội vụ"])]


def test_groups_of_numbered_appendices_and_numbered_groups_are_handed_out_each_to_its_own():
    body = HEAD.replace("Chi tiết tại Phụ lục kèm theo.\nPHỤ LỤC\n", "1. Sở Nội vụ chủ trì thực hiện các nhiệm vụ tại "
                        "mục 1 Phụ lục I.\n2. Sở Công Thương chủ trì thực hiện các nhiệm vụ tại mục 1 và mục 2 Phụ lục "
                        "II.\n")
    table = ("| STT | Nội dung công việc | Đơn vị phối hợp | Thời hạn hoàn thành |\n|---|---|---|---|\n"
             "| 1 | {} | | |\n| 1.1 | {} | Các sở, ngành | Quý II/2027 |\n")
    text = (body + "PHỤ LỤC I\n" + table.format("TỔ CHỨC BỘ MÁY", "Rà soát chức năng các cơ quan")
            + "PHỤ LỤC II\n" + table.format("THƯƠNG MẠI", "Tổ chức phiên chợ hàng Việt")
            + "| 2 | XUẤT KHẨU | | |\n| 2.1 | Hỗ trợ doanh nghiệp xuất khẩu | Sở Tài chính | Năm 2027 |\n")
    assert _leads(text) == [("Rà soát chức năng các cơ", ["Sở Nội vụ"]), ("Tổ chức phiên chợ hàng V", ["Sở Công Thương"]),
                            ("Hỗ trợ doanh nghiệp xuất", ["Sở Công Thương"])]


def test_a_schedule_of_visits_to_the_bodies_its_groups_name_gives_no_task():
    """A table of work and time alone whose groups are the bodies visited: they lead nothing."""
    schedule = ("1. Đoàn kiểm tra của Sở Nội vụ kiểm tra theo lịch sau:\n| STT | Nội dung kiểm tra | Thời gian kiểm tra |\n"
                "|---|---|---|\n| I | SỞ Y TẾ | |\n| 1 | Việc giải quyết thủ tục hành chính | Tháng 4/2027 |\n"
                "| II | SỞ GIÁO DỤC VÀ ĐÀO TẠO | |\n| 2 | Việc giải quyết thủ tục hành chính | Tháng 5/2027 |\n")
    assert _leads(HEAD + schedule) == []


def test_a_sub_group_keeps_the_lead_of_its_group_and_the_next_table_starts_afresh():
    table = ("| TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |\n|---|---|---|---|---|\n"
             "| A | LĨNH VỰC Y TẾ (Sở Y tế chủ trì) | | | |\n| I | Y tế dự phòng | | | |\n"
             "| 1 | Tiêm chủng mở rộng cho trẻ em | | Ủy ban nhân dân các xã | Năm 2027 |\n"
             "| B | LĨNH VỰC GIÁO DỤC | | | |\n| 2 | Xây dựng trường chuẩn quốc gia | | Sở Xây dựng | Năm 2027 |\n")
    second = ("PHỤ LỤC II\n| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |\n|---|---|---|---|---|\n"
              "| 1 | Đào tạo nhân lực y tế | Sở Nội vụ | Sở Y tế | Năm 2027 |\n")
    body = HEAD.replace("Chi tiết tại Phụ lục kèm theo.\n", "Sở Xây dựng chủ trì các nhiệm vụ tại mục II Phụ lục.\n")
    assert _leads(body + table + second) == [
        ("Tiêm chủng mở rộng cho t", ["Sở Y tế"]), ("Xây dựng trường chuẩn qu", ["Các sở, ban, ngành, địa phương"]),
        ("Đào tạo nhân lực y tế", ["Sở Nội vụ"])]


def test_a_layout_cell_keeps_a_capital_inside_a_name_and_a_partners_cell_in_lower_case_is_the_partners():
    # (the work filled to its width, one space before the lead; the lead filled to its width, one space before the
    # partners)
    rows = (_laid_out("1", "Kích hoạt tài khoản định danh điện tử mức 2 qua VNeID") + " Công an tỉnh" + " " * 8
            + "Sở Tư pháp" + " " * 12 + "Năm 2027\n"
            + _laid_out("2", "Cập nhật dữ liệu hộ tịch lên hệ thống", "Ủy ban nhân dân phường") + " các cơ quan"
            + " " * 10 + "Năm 2027\n")
    text = HEAD.replace("PHỤ LỤC\n", "") + " " * 30 + "PHỤ LỤC\n" + HEADER + _laid_out("A", "CHÍNH QUYỀN SỐ") + "\n" + rows
    got = [(t.text, t.lead, t.coordinators_collective) for t in extract_text(text).tasks]
    assert got == [("Kích hoạt tài khoản định danh điện tử mức 2 qua VNeID", ["Công an tỉnh"], False),
                   ("Cập nhật dữ liệu hộ tịch lên hệ thống", ["Ủy ban nhân dân phường"], True)]
