"""Shapes met on plans written blind in this round: a plan whose targets stand in an appendix's table (as markdown, a
word processor's cell-a-line export, a PDF's layout with a header over two lines, a notes column last), and a Tổ chức
thực hiện whose entries lost their labels. Each text is our own."""
from vnplan import extract_text

HEADER = ("ỦY BAN NHÂN DÂN TỈNH BẮC LAM\nSố: 88/KH-UBND\nBắc Lam, ngày 4 tháng 3 năm 2027\nKẾ HOẠCH\n"
          "Phát triển thương mại điện tử năm 2027\n")
BODY = ("I. MỤC TIÊU\nCác chỉ tiêu cụ thể tại Phụ lục kèm theo.\nII. NHIỆM VỤ\n"
        "1. Sở Công Thương chủ trì tổ chức hội chợ trực tuyến cho doanh nghiệp nhỏ và vừa; "
        "hoàn thành trong quý III/2027.\n"
        "Nơi nhận:\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nTrần Văn Bình\n")
EXPECTED = [("Số doanh nghiệp bán hàng trên sàn thương mại điện tử", 1500, 1500, 2027),
            ("Tỷ lệ hộ kinh doanh thanh toán không dùng tiền mặt", 70, None, 2027)]


def _targets(text: str) -> list[tuple]:
    return [(t.indicator, t.min, t.max, t.year) for t in extract_text(text).targets]


def test_an_appendix_table_of_targets_gives_the_plans_targets_and_not_the_year_gone_by():
    appendix = ("PHỤ LỤC\nCHỈ TIÊU THƯƠNG MẠI ĐIỆN TỬ NĂM 2027\n"
                "| TT | Chỉ tiêu | Đơn vị tính | Năm 2026 | Năm 2027 | Ghi chú |\n|---|---|---|---|---|---|\n"
                "| 1 | Số doanh nghiệp bán hàng trên sàn thương mại điện tử | doanh nghiệp | 1.200 | 1.500 | |\n"
                "| 2 | Tỷ lệ hộ kinh doanh thanh toán không dùng tiền mặt | % | 55 | ≥ 70 | Lũy kế |\n")
    assert _targets(HEADER + BODY + appendix) == EXPECTED


def test_an_appendix_of_past_years_figures_or_of_figures_titled_otherwise_sets_no_target():
    past = ("PHỤ LỤC\nCHỈ TIÊU GIAI ĐOẠN TRƯỚC\n| TT | Chỉ tiêu | Đơn vị tính | Năm 2025 | Năm 2026 |\n"
            "|---|---|---|---|---|\n| 1 | Số doanh nghiệp bán hàng trực tuyến | doanh nghiệp | 900 | 1.200 |\n"
            "| 2 | Tỷ lệ hộ kinh doanh thanh toán số | % | 40 | 55 |\n")
    assert _targets(HEADER + BODY + past) == []
    data = ("PHỤ LỤC\nĐỊNH HƯỚNG VÙNG SẢN XUẤT HÀNG HÓA\n| TT | Chỉ tiêu | Đơn vị tính | Năm 2026 | Năm 2027 |\n"
            "|---|---|---|---|---|\n| 1 | Diện tích chè | ha | 900 | 1.200 |\n"
            "| 2 | Sản lượng chè | tấn | 4.000 | 5.500 |\n")
    assert _targets(HEADER + BODY + data) == []


def test_a_word_processors_cell_a_line_targets_table_with_its_notes_column_last():
    """Each cell a line; an empty note leaves an empty line; a note stands before the next row's number."""
    appendix = ("PHỤ LỤC\nCHỈ TIÊU THƯƠNG MẠI ĐIỆN TỬ NĂM 2027\n"
                "TT\nChỉ tiêu\nĐơn vị tính\nNăm 2026\nNăm 2027\nGhi chú\n"
                "1\nSố doanh nghiệp bán hàng trên sàn thương mại điện tử\nDoanh nghiệp\n1.200\n1.500\n\n"
                "2\nTỷ lệ hộ kinh doanh thanh toán không dùng tiền mặt\n%\n55\n≥ 70\nƯớc thực hiện năm 2026: 55%\n")
    assert _targets(HEADER + BODY + appendix) == EXPECTED


def test_a_pdf_layout_targets_table_whose_header_sets_the_year_under_the_columns_name():
    appendix = ("PHỤ LỤC\nCHỈ TIÊU THƯƠNG MẠI ĐIỆN TỬ NĂM 2027\n"
                "  TT    Chỉ tiêu                                               Đơn vị tính   Ước TH       Kế hoạch\n"
                "                                                                              năm 2026     năm 2027\n"
                "  1     Số doanh nghiệp bán hàng trên sàn thương mại điện tử   Doanh nghiệp  1.200        1.500\n"
                "  2     Tỷ lệ hộ kinh doanh thanh toán không dùng tiền mặt     %             55           ≥ 70\n")
    assert _targets(HEADER + BODY + appendix) == EXPECTED


ORGANISATION = (HEADER + "I. NHIỆM VỤ\n"
                "1. Sở Công Thương chủ trì tổ chức hội chợ trực tuyến; hoàn thành trong quý III/2027.\n"
                "II. TỔ CHỨC THỰC HIỆN\n"
                "Sở Tài chính bố trí kinh phí thực hiện Kế hoạch từ nguồn chi thường xuyên năm 2027.\n"
                "Giao Sở Khoa học và Công nghệ hướng dẫn doanh nghiệp kết nối nền tảng số; "
                "hoàn thành trước ngày 30/6/2027.\n"
                "Các sở, ngành, Ủy ban nhân dân các xã, phường triển khai thực hiện; báo cáo kết quả về Sở Công Thương "
                "trước ngày 15/12/2027.\n"
                "Sở Công Thương xây dựng kế hoạch năm 2027 như sau:\n"
                "Nơi nhận:\n- Lưu: VT.\nSỞ CÔNG THƯƠNG TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nTrần Văn Bình\n")


def test_tổ_chức_thực_hiện_without_labels_its_paragraphs_opening_on_one_body_are_entries_of_the_list():
    tasks = [(task.lead, task.deadline) for task in extract_text(ORGANISATION).tasks]
    assert tasks == [(["Sở Công Thương"], "2027-09-30"), (["Sở Tài chính"], None),
                     (["Sở Khoa học và Công nghệ"], "2027-06-30")]


def test_a_department_s_name_cut_by_the_wrap_runs_on_though_the_next_line_opens_in_capitals():
    """A PDF's layout copy whose few wraps teach no width: "… về Sở Công" / "Thương trước ngày …" is one sentence; "1.
    Sở Công Thương" over "Tổ chức …" is a whole name over its work."""
    text = (HEADER + "II. TỔ CHỨC THỰC HIỆN\n"
            "          1. Các sở, ngành, Ủy ban nhân dân các xã báo cáo kết quả thực hiện về Sở Công\n"
            "     Thương trước ngày 25 tháng 11 hằng năm để tổng hợp.\n"
            "          2. Sở Công Thương\n"
            "     Tổ chức hội chợ trực tuyến cho doanh nghiệp nhỏ và vừa trong quý III/2027.\n")
    plan = extract_text(text)
    assert [duty.text.endswith("về Sở Công Thương trước ngày 25 tháng 11 hằng năm để tổng hợp.")
            for duty in plan.reporting] == [True]
    assert [(task.lead, task.text) for task in plan.tasks] == [
        (["Sở Công Thương"], "Tổ chức hội chợ trực tuyến cho doanh nghiệp nhỏ và vừa trong quý III/2027.")]


def test_a_plan_whose_copy_lost_every_line_break_comes_apart_at_its_parts_headings_too():
    """A viewer's "plain text" that ran the whole plan into one line, labels one space after the sentence before: the
    parts' headings ("II. MỤC TIÊU", its text run on after it), items and dashes each open a paragraph again."""
    text = ("ỦY BAN MTTQ VIỆT NAM TỈNH BẮC LAM Số: 41/KH-MTTQ Bắc Lam, ngày 9 tháng 2 năm 2027 KẾ HOẠCH Phổ cập kỹ "
            "năng số cho hội viên năm 2027 Thực hiện Chương trình số 12-CTr/TU ngày 5/1/2027 của Tỉnh ủy về phổ cập "
            "kỹ năng số cho Nhân dân giai đoạn 2026 - 2030 và hướng dẫn của Ban Thường trực Ủy ban Trung ương, Ban "
            "Thường trực xây dựng Kế hoạch như sau: I. MỤC ĐÍCH, YÊU CẦU 1. Phát huy vai trò của các tổ chức thành "
            "viên trong việc phổ cập kỹ năng số cho Nhân dân, không để ai bị bỏ lại phía sau trong quá trình chuyển "
            "đổi số của tỉnh. 2. Các hoạt động bảo đảm thiết thực, tiết kiệm, phù hợp với từng nhóm đối tượng, gắn "
            "với các cuộc vận động, phong trào thi đua do Mặt trận phát động; phát huy vai trò của người có uy tín "
            "trong cộng đồng dân cư ở các thôn, tổ dân phố. II. MỤC TIÊU Phấn đấu đến hết năm 2027, ít nhất 70% hội "
            "viên được hướng dẫn sử dụng dịch vụ công trực tuyến. III. PHÂN CÔNG THỰC HIỆN 1. Ban Phong trào: - Tham "
            "mưu tổ chức hội nghị phát động trong tháng 3/2027. - Biên soạn tài liệu hướng dẫn kỹ năng số cơ bản cho "
            "hội viên, đoàn viên các tổ chức chính trị - xã hội và người dân ở các thôn, tổ dân phố; hoàn thành trước "
            "ngày 30/4/2027. 2. Văn phòng Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh: bố trí kinh phí thực hiện Kế hoạch. "
            "Nơi nhận: - Lưu: VT. TM. BAN THƯỜNG TRỰC PHÓ CHỦ TỊCH Lê Thị Hoa")
    plan = extract_text(text)
    assert [(task.lead, task.deadline) for task in plan.tasks] == [
        (["Ban Phong trào"], "2027-03-31"), (["Ban Phong trào"], "2027-04-30"),
        (["Văn phòng Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"], None)]
    assert [(target.min, target.year) for target in plan.targets] == [(70, 2027)]


def test_a_lead_in_ending_on_the_verb_that_hands_its_list_over_makes_each_numbered_clause_a_task():
    """ "Giao Đảng ủy X lãnh đạo, chỉ đạo:" then "(1) Hoàn thành …" "(2) Khởi công …": the work it hands over, a task
    each; "… tập trung chỉ đạo …, trong đó:" then "(1) …": the one instruction's details, one task."""
    notice = ("THÀNH ỦY BẮC LAM\nSố: 52-TB/TU\nBắc Lam, ngày 12 tháng 5 năm 2027\nTHÔNG BÁO\n"
              "Kết luận của đồng chí Bí thư Thành ủy về tiến độ các dự án giao thông trọng điểm\n"
              "3. Về nhiệm vụ cụ thể\n3.1. Giao Đảng ủy Ủy ban nhân dân thành phố lãnh đạo, chỉ đạo:\n"
              "(1) Hoàn thành giải phóng mặt bằng dự án đường ven sông trước ngày 30/9/2027.\n"
              "(2) Khởi công dự án cầu Bắc Lam 2 trong quý IV/2027.\n"
              "3.2. Ban Tuyên giáo và Dân vận Thành ủy tập trung chỉ đạo công tác tuyên truyền, trong đó:\n"
              "(1) Tuyên truyền về chủ trương bồi thường, hỗ trợ, tái định cư.\n(2) Nắm bắt tình hình dư luận xã hội.\n"
              "Nơi nhận:\n- Lưu: VPTU.\nT/L BAN THƯỜNG VỤ\nCHÁNH VĂN PHÒNG\nLê Văn Nam\n")
    tasks = [(task.lead, task.deadline, task.text.split()[0]) for task in extract_text(notice).tasks]
    assert tasks == [(["Đảng ủy Ủy ban nhân dân thành phố"], "2027-09-30", "Hoàn"),
                     (["Đảng ủy Ủy ban nhân dân thành phố"], "2027-12-31", "Khởi"),
                     (["Ban Tuyên giáo và Dân vận Thành ủy"], None, "Ban")]


def test_a_copy_that_ran_each_page_into_one_line_loses_the_pages_mark_and_running_head():
    from vnplan.normalise import pages_run_into_lines_trimmed

    pages = ["ỦY BAN NHÂN DÂN TỈNH BẮC LAM … " + "x " * 250 + "III. NHIỆM VỤ Trang 1/3",
             "UBND TỈNH BẮC LAM - KẾ HOẠCH SỐ 88/KH-UBND 1. Sở Xây dựng: " + "y " * 250 + "Trang 2/3",
             "UBND TỈNH BẮC LAM - KẾ HOẠCH SỐ 88/KH-UBND 5. Ủy ban nhân dân các xã: " + "z " * 250 + "Trang 3/3", ""]
    trimmed = pages_run_into_lines_trimmed(pages)
    assert [page[:12] for page in trimmed] == ["ỦY BAN NHÂN ", "1. Sở Xây dự", "5. Ủy ban nh", ""]
    assert not any("Trang" in page for page in trimmed)
    on_its_own_line = ["1. Sở Y tế chủ trì …", "                Trang 1/4", "Bộ Y tế - Kế hoạch phòng, chống dịch",
                       "2. Sở Tài chính …", "                Trang 2/4"]
    assert pages_run_into_lines_trimmed(on_its_own_line) == on_its_own_line


def test_a_layout_tables_header_repeated_at_the_next_pages_top_is_the_tables_not_the_pages():
    """pdftotext -layout: the header ("TT  Nhiệm vụ  Cơ quan chủ trì …") stands at the top of both pages the table
    takes, a page number above it; the words at two pages' tops are page furniture, but not a table's header."""
    header = ("\f  TT     Nhiệm vụ                              Cơ quan chủ trì     Cơ quan phối hợp     Thời gian\n"
              "                                                                                      hoàn thành\n\n")
    rows = [f"  {n}      {work:<36}  Sở Công Thương      Sở Tài chính         Quý {quarter}/2027\n\n"
            for n, work, quarter in ((1, "Tổ chức hội chợ trực tuyến", "II"), (2, "Tập huấn kỹ năng bán hàng", "III"),
                                     (3, "Hỗ trợ gắn mã truy xuất", "III"), (4, "Kiểm tra hàng giả trên mạng", "IV"))]
    text = (HEADER + "III. NHIỆM VỤ, GIẢI PHÁP\n"
            "      Các nhiệm vụ cụ thể được phân công tại bảng sau:\n\n"
            "                                          1\n" + header + rows[0] + rows[1]
            + "                                          2\n" + header + rows[2] + rows[3]
            + "IV. TỔ CHỨC THỰC HIỆN\n      Sở Công Thương theo dõi, đôn đốc thực hiện Kế hoạch.\n")
    tasks = extract_text(text).tasks
    assert [(task.lead, task.coordinators, task.deadline) for task in tasks][:4] == [
        (["Sở Công Thương"], ["Sở Tài chính"], "2027-06-30"), (["Sở Công Thương"], ["Sở Tài chính"], "2027-09-30"),
        (["Sở Công Thương"], ["Sở Tài chính"], "2027-09-30"), (["Sở Công Thương"], ["Sở Tài chính"], "2027-12-31")]


def test_a_layout_tables_groups_go_on_from_the_page_before():
    """The table's second page repeats its header and goes on with a row of the last group; its next group there
    ("IV") follows the groups of the page before ("III"): a group's row of the table, no part's heading ending it."""
    header = "  STT   Nội dung nhiệm vụ                        Cơ quan chủ trì      Thời gian\n"
    rows = [("I", "CẢI CÁCH THỂ CHẾ", "", ""), ("1", "Rà soát văn bản quy phạm pháp luật", "Sở Tư pháp", "Quý II/2027"),
            ("II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "", ""),
            ("2", "Đơn giản hóa thủ tục hành chính", "Văn phòng UBND tỉnh", "Quý III/2027"),
            ("III", "CẢI CÁCH TỔ CHỨC BỘ MÁY", "", ""),
            ("3", "Sắp xếp các đơn vị sự nghiệp công lập", "Sở Nội vụ", "Quý IV/2027"), ("page", "", "", ""),
            ("4", "Sắp xếp các phòng chuyên môn thuộc sở", "Sở Nội vụ", "Quý IV/2027"),
            ("IV", "CẢI CÁCH TÀI CHÍNH CÔNG", "", ""),
            ("5", "Giao quyền tự chủ tài chính cho đơn vị", "Sở Tài chính", "Năm 2027")]
    table = "".join("                                    3\n" + header if label == "page"
                    else f"  {label:<6}{work:<43}{lead:<21}{time}".rstrip() + "\n" for label, work, lead, time in rows)
    text = HEADER + "PHỤ LỤC\nNHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2027\n" + header + table
    assert [(task.lead, task.deadline) for task in extract_text(text).tasks][-2:] == [
        (["Sở Nội vụ"], "2027-12-31"), (["Sở Tài chính"], "2027-12-31")]


def test_a_fax_head_on_every_page_goes_whatever_its_page_number():
    from vnplan.normalise import viewers_stamps_dropped

    lines = ["06/01/2027 16:47  FAX 0251 3812 345    UBND XA TAN PHU     @001/003", "KẾ HOẠCH", "1. Công an xã …",
             "06/01/2027 16:47  FAX 0251 3812 345    UBND XA TAN PHU     @002/003", "2. Trạm Y tế xã …",
             "08/01/2027 08:00  Họp Ban Chỉ đạo xã", "09/01/2027 08:00  Họp Ban Chỉ đạo xã"]
    assert viewers_stamps_dropped(lines) == lines[1:3] + lines[4:]



def test_a_parts_heading_starts_the_count_of_its_items_again_however_the_copy_ran_them_on():
    filler = "Các sở, ngành tăng cường tuyên truyền, quảng bá hình ảnh du lịch biển của tỉnh tới du khách. " * 14
    run_on = (HEADER.replace("\n", " ") + "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau: I. MỤC ĐÍCH, YÊU CẦU "
              "1. Phát triển du lịch biển bền vững. 2. " + filler
              + "II. NHIỆM VỤ TRỌNG TÂM UBND xã Bắc Hải chủ trì tổ chức Lễ hội biển trong tháng 6/2027. "
              "III. TỔ CHỨC THỰC HIỆN Căn cứ nhiệm vụ được giao, các sở, ngành triển khai thực hiện Kế hoạch này. "
              "1. Sở Du lịch chủ trì tổ chức Tuần lễ du lịch biển trong tháng 7/2027. 2. Sở Tài chính bố trí kinh phí "
              "thực hiện Kế hoạch. Nơi nhận: - Lưu: VT.")
    assert [task.lead for task in extract_text(run_on).tasks][-2:] == [["Sở Du lịch"], ["Sở Tài chính"]]


def test_a_line_ending_on_a_whole_departments_name_and_a_word_is_no_name_the_wrap_cut():
    layout = (HEADER + "II. TỔ CHỨC THỰC HIỆN\n          1. Sở Xây dựng chủ trì\n"
              "     Kiểm tra vệ sinh môi trường tại các khu dân cư trong quý IV/2027.\n")
    assert [task.text for task in extract_text(layout).tasks] == [
        "Kiểm tra vệ sinh môi trường tại các khu dân cư trong quý IV/2027."]


def test_an_appendix_of_results_or_of_years_before_a_plan_of_several_years_sets_no_target():
    results = ("PHỤ LỤC I\nKẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2026\n"
               "| TT | Chỉ tiêu | Đơn vị tính | Kế hoạch | Thực hiện |\n|---|---|---|---|---|\n"
               "| 1 | Tỷ lệ hộ nghèo | % | 3,5 | 3,2 |\n| 2 | Tỷ lệ hộ cận nghèo | % | 4 | 3,8 |\n")
    assert _targets(HEADER + BODY + results) == []
    several = HEADER.replace("năm 2027", "giai đoạn 2027 - 2030")
    past = ("PHỤ LỤC\nCHỈ TIÊU DU LỊCH GIAI ĐOẠN 2021 - 2025\n"
            "| TT | Chỉ tiêu | Đơn vị tính | Năm 2024 | Năm 2025 |\n|---|---|---|---|---|\n"
            "| 1 | Lượt khách | lượt | 900.000 | 1.000.000 |\n| 2 | Doanh thu | tỷ đồng | 90 | 100 |\n")
    assert _targets(several + BODY + past) == []


def test_the_last_rows_note_is_no_next_appendixs_title():
    notes = ("PHỤ LỤC I\nCHỈ TIÊU NĂM 2027\nTT\nChỉ tiêu\nĐơn vị tính\nNăm 2026\nNăm 2027\nGhi chú\n"
             "1\nTỷ lệ hộ nghèo\n%\n3,5\n3\n\n2\nTỷ lệ hộ cận nghèo\n%\n4,5\n4\n\nPhụ lục II\n"
             "DANH MỤC DỰ ÁN TRỌNG ĐIỂM NĂM 2027\nTT\nChỉ tiêu\nĐơn vị tính\nNăm 2026\nNăm 2027\n"
             "1\nVốn đầu tư dự án đường ven sông\ntỷ đồng\n300\n450\n2\nVốn đầu tư dự án cảng cá\ntỷ đồng\n200\n250\n")
    assert [target.indicator for target in extract_text(HEADER + BODY + notes).targets] == [
        "Tỷ lệ hộ nghèo", "Tỷ lệ hộ cận nghèo"]


def test_a_fields_name_before_the_colon_hands_over_no_list_and_a_statement_is_no_entry():
    """ "… thời gian thực hiện:" over the rounds of one piece of work; "Sở Y tế đã ban hành …", "Trung tâm X là đầu
    mối …", "Bộ Y tế hướng dẫn tại Công văn số …" say what a body is or has done."""
    rounds = (HEADER + "II. NHIỆM VỤ\n1. Sở Giáo dục và Đào tạo tổ chức tập huấn kỹ năng số cho giáo viên, thời gian "
              "thực hiện:\n(1) Đợt 1 trong tháng 3/2027.\n(2) Đợt 2 trong tháng 9/2027.\n")
    assert [task.text.split(",")[0] for task in extract_text(rounds).tasks] == [
        "Sở Giáo dục và Đào tạo tổ chức tập huấn kỹ năng số cho giáo viên"]
    statements = (HEADER + "I. NHIỆM VỤ\n1. Sở Y tế chủ trì giám sát dịch bệnh; hoàn thành trong quý II/2027.\n"
                  "II. TỔ CHỨC THỰC HIỆN\nSở Y tế đã ban hành Kế hoạch số 45/KH-SYT ngày 10/01/2027.\n"
                  "Trung tâm Kiểm soát bệnh tật tỉnh là đầu mối tiếp nhận thông tin dịch bệnh.\n"
                  "Bộ Y tế hướng dẫn chi tiết tại Công văn số 120/BYT-DP ngày 5/1/2027.\n")
    assert len(extract_text(statements).tasks) == 1


def test_a_text_grids_cells_go_on_in_lower_case_on_rows_of_their_own_and_its_header_too():
    """A .doc converted to text draws its table with bars, each cell wrapping onto the rows below: a row whose number
    is empty and whose cells go on in lower case is the row above's; the header's year under its column's name too."""
    grid = ("|TT  |Chỉ tiêu                                  |Kế hoạch năm  |\n"
            "|    |                                          |2027          |\n"
            "|1   |Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng   |≥ 95%         |\n"
            "|    |đầy đủ các loại vắc xin                   |              |\n"
            "|2   |Tỷ lệ xã đạt tiêu chuẩn loại trừ uốn ván    |100%          |\n"
            "|    |sơ sinh                                   |              |\n")
    text = HEADER + "I. MỤC TIÊU\n" + grid + BODY[BODY.index("II. NHIỆM VỤ"):]
    assert _targets(text) == [("Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin", 95, None, 2027),
                              ("Tỷ lệ xã đạt tiêu chuẩn loại trừ uốn ván sơ sinh", 100, 100, 2027)]


def test_a_communes_own_body_written_with_an_abbreviation_is_named_as_spelt_out():
    """ "Ủy ban MTTQ Việt Nam xã" in a commune's plan is the commune's own Front committee: one body, one name."""
    plan = extract_text("ỦY BAN NHÂN DÂN XÃ BẮC HẢI\nSố: 12/KH-UBND\nBắc Hải, ngày 4 tháng 3 năm 2027\nKẾ HOẠCH\n"
                        "Phòng, chống thiên tai năm 2027\nII. NHIỆM VỤ\n"
                        "1. Phòng Kinh tế chủ trì rà soát các điểm sạt lở; hoàn thành trong quý II/2027.\n"
                        "2. Đề nghị Ủy ban MTTQ Việt Nam xã chủ trì vận động Nhân dân tham gia diễn tập.\n")
    assert [task.lead for task in plan.tasks] == [["Phòng Kinh tế"], ["Ủy ban Mặt trận Tổ quốc Việt Nam xã"]]


def test_a_post_then_what_its_holder_does_is_a_sentence_not_a_heading_naming_the_post():
    """ "Trưởng thôn chủ trì tổ chức họp dân" names no body "Trưởng thôn chủ trì tổ chức họp dân": the post stands for
    every village, what its holder does no part of it; "Trưởng các thôn, bản:" over the work is the villages' heading."""
    from vnplan.extract.actors import actors_of

    assert [m.name for m in actors_of("Trưởng thôn chủ trì tổ chức họp dân", ()).leads] == ["Các thôn"]
    assert [m.name for m in actors_of("Trưởng các thôn, bản:", ()).leads] == ["Các thôn, bản"]


def test_every_body_told_to_carry_out_what_the_appendix_lists_is_a_pointer_not_a_task():
    text = (HEADER + "III. NHIỆM VỤ\nCác đơn vị thuộc Bộ thực hiện các nhiệm vụ tại Phụ lục kèm theo Kế hoạch này.\n"
            "IV. TỔ CHỨC THỰC HIỆN\nVụ Kế hoạch - Tài chính bố trí kinh phí thực hiện Kế hoạch.\n"
            "Nơi nhận:\n- Lưu: VT.\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nLê Văn An\nPHỤ LỤC\nNHIỆM VỤ NĂM 2027\n"
            "| TT | Nhiệm vụ | Đơn vị chủ trì | Thời gian |\n|---|---|---|---|\n"
            "| 1 | Rà soát định mức tiêu hao năng lượng | Vụ Khoa học và Công nghệ | Quý II/2027 |\n")
    assert [task.lead for task in extract_text(text).tasks] == [
        ["Vụ Kế hoạch - Tài chính"], ["Vụ Khoa học và Công nghệ"]]


def test_what_the_later_rules_leave_alone():
    """A board named by its work is a post's heading still ("Trưởng ban quản lý chợ"); a row of its own under a numbered
    one ("| | a) vận động … | các thôn | thường xuyên |") is no row going on; a budget's table, or one of last year's
    plan, under "Nội dung" / "Kế hoạch năm 2026" sets no target; a programme's hours in capitals are no fax's head."""
    from vnplan.extract.actors import actors_of
    from vnplan.normalise import continued_rows_joined, viewers_stamps_dropped

    assert [m.name for m in actors_of("Trưởng ban quản lý chợ", ()).leads] == ["Trưởng ban quản lý chợ"]
    rows = ["| TT | Nội dung | Đơn vị thực hiện | Thời gian |",
            "| 1 | Tuyên truyền pháp luật về an ninh trật tự | Công an xã | Quý I/2027 |",
            "| | a) vận động nhân dân tham gia phong trào | các thôn, tổ dân phố | thường xuyên |"]
    assert continued_rows_joined(rows) == rows
    budget = HEADER + BODY.replace("Nơi nhận:", "III. KINH PHÍ THỰC HIỆN\n"
                                   "| TT | Nội dung | Kế hoạch năm 2027 | Ghi chú |\n"
                                   "| 1 | Tập huấn cán bộ | 50.000.000 | |\n"
                                   "| 2 | Hỗ trợ hộ nghèo | 120 | triệu đồng |\nNơi nhận:")
    last_year = (HEADER + "I. KẾT QUẢ THỰC HIỆN NĂM 2026\n| TT | Chỉ tiêu | Kế hoạch năm 2026 | Ước thực hiện |\n"
                 "| 1 | Tỷ lệ hộ nghèo giảm | 1,5% | 1,8% |\n| 2 | Tỷ lệ hộ cận nghèo giảm | 1% | 1,2% |\n" + BODY[12:])
    assert _targets(budget) == [] and _targets(last_year) == []
    programme = ["08/02/2027 07:30  ĐÓN TIẾP ĐẠI BIỂU, VẬN ĐỘNG VIÊN", "08/02/2027 08:00  LỄ KHAI MẠC",
                 "09/02/2027 07:30  ĐÓN TIẾP ĐẠI BIỂU, VẬN ĐỘNG VIÊN"]
    assert viewers_stamps_dropped(programme) == programme
