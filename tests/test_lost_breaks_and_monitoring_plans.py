"""Shapes met on plans written blind in this round: a copy that lost its line breaks in places (a plan pasted into a
chat group, an e-mail client joining lines), an item whose lead, partners and time stand in a parenthesis on the line
under it. Each text is our own."""
from vnplan import extract_text
from vnplan.normalise import lost_breaks_restored, normalise
from vnplan.read import RawText


PASTED_INTO_A_CHAT = (
    "ỦY BAN NHÂN DÂNXÃ HÒA LẠC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh phúc\n"
    "Số: 31/KH-UBND Hòa Lạc, ngày 3 tháng 4 năm 2027\n"
    "KẾ HOẠCH\nTổ chức Ngày hội đọc sách năm 2027\n"
    "Căn cứ Luật Thư viện số 46/2019/QH14 ngày 21/11/2019;Thực hiện Kế hoạch số 12/KH-SVHTTDL ngày 2/3/2027 của Sở "
    "Văn hóa, Thể thao và Du lịch, Ủy ban nhân dân xã ban hành Kế hoạch như sau:I. MỤC ĐÍCH, YÊU CẦU\n"
    "1. Mục đích- Khơi dậy thói quen đọc sách trong thanh niên, học sinh.2. Yêu cầu\n"
    "- Tổ chức thiết thực, tiết kiệm.\n"
    "II. CHỈ TIÊU- 100% thôn có tủ sách cộng đồng;- Ít nhất 60% học sinh tham gia cuộc thi đọc sách.\n"
    "III. THỜI GIAN- Từ ngày 21/4 đến ngày 23/4/2027.IV. PHÂN CÔNG NHIỆM VỤ\n"
    "1. Phòng Văn hóa - Xã hội\n"
    "- Chủ trì tổ chức Ngày hội đọc sách tại Nhà văn hóa xã; hoàn thành trước ngày 23/4/2027.- Tổng hợp kết quả, "
    "báo cáo Ủy ban nhân dân xã trước ngày 30/4/2027.\n"
    "2. Trường Trung học cơ sở xã- Tổ chức cuộc thi đọc sách cho học sinh trong tháng 4/2027.\n"
    "V. TỔ CHỨC THỰC HIỆN\nCác cơ quan, đơn vị nghiêm túc thực hiện./.\n"
    "Nơi nhận:- UBND tỉnh;- Lưu: VT.TM. ỦY BAN NHÂN DÂNKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH(Đã ký)Lê Văn Tâm\n")


def test_a_copy_that_lost_its_line_breaks_gets_them_back_where_a_label_is_run_in_without_a_space():
    lines = lost_breaks_restored(PASTED_INTO_A_CHAT).split("\n")
    for line in ("I. MỤC ĐÍCH, YÊU CẦU", "2. Yêu cầu", "IV. PHÂN CÔNG NHIỆM VỤ", "1. Mục đích", "II. CHỈ TIÊU",
                 "- Ít nhất 60% học sinh tham gia cuộc thi đọc sách.", "Thực hiện Kế hoạch số 12/KH-SVHTTDL ngày "
                 "2/3/2027 của Sở Văn hóa, Thể thao và Du lịch, Ủy ban nhân dân xã ban hành Kế hoạch như sau:",
                 "2. Trường Trung học cơ sở xã", "- Tổ chức cuộc thi đọc sách cho học sinh trong tháng 4/2027."):
        assert line in lines
    assert "ỦY BAN NHÂN DÂN XÃ HÒA LẠC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc" in lines


def test_the_plan_pasted_into_a_chat_reads_as_the_plan_it_is():
    plan = extract_text(PASTED_INTO_A_CHAT)
    assert plan.document.issuer == "Ủy ban nhân dân xã Hòa Lạc"
    assert [(task.lead, task.deadline) for task in plan.tasks] == [
        (["Phòng Văn hóa - Xã hội"], "2027-04-23"), (["Phòng Văn hóa - Xã hội"], "2027-04-30"),
        (["Trường Trung học cơ sở xã"], "2027-04-30")]
    assert [target.min for target in plan.targets] == [100, 60]


def test_text_that_writes_its_labels_as_labels_is_left_as_it_is():
    """Numbering of its own kind ("A.1.", "B.2.1."), a decimal, a web address: no break was lost there; and one point
    that looks like a lost break is never taken for the symptom."""
    numbered = "A. TÌNH HÌNH\nA.1. Năm 2026, toàn tỉnh ghi nhận 1.250 ca mắc.\nB.2.1. Tỷ lệ tử vong/mắc dưới 0,05%.\n"
    assert lost_breaks_restored(numbered) == numbered
    once = "Xem tại www.baclam.gov.vn. Hỗ trợ 0,5 tỷ đồng cho mỗi thôn.- Một dòng lạ.\n"
    assert lost_breaks_restored(once) != once  # (the point alone is one …)
    assert "thôn.- Một dòng lạ." in normalise(RawText(once, "txt"))  # (… but one is no symptom)


ASSIGNMENT_NOTES = (
    "BỘ KHOA HỌC VÀ CÔNG NGHỆ\nSố: 77/KH-BKHCN\nHà Nội, ngày 9 tháng 2 năm 2027\nKẾ HOẠCH\n"
    "Phát triển mạng lưới phòng thí nghiệm năm 2027\nIII. NHIỆM VỤ, GIẢI PHÁP\n1. Hoàn thiện thể chế\n"
    "a) Xây dựng Thông tư quy định tiêu chí công nhận phòng thí nghiệm trọng điểm.\n"
    "(Vụ Pháp chế chủ trì, phối hợp với Cục Ứng dụng và Phát triển công nghệ; hoàn thành trong quý III/2027)\n"
    "b) Rà soát danh mục thiết bị dùng chung của các phòng thí nghiệm.\n"
    "(Văn phòng Bộ chủ trì; trước ngày 30/6/2027)\n"
    "c) Tổ chức diễn đàn phòng thí nghiệm mở.\n")


def test_a_parenthesis_on_the_line_under_an_item_that_names_its_lead_is_the_items_assignment_no_task_of_its_own():
    plan = extract_text(ASSIGNMENT_NOTES)
    assert [(task.lead, task.coordinators, task.deadline) for task in plan.tasks] == [
        (["Vụ Pháp chế"], ["Cục Ứng dụng và Phát triển công nghệ"], "2027-09-30"),
        (["Văn phòng Bộ"], [], "2027-06-30"),
        (["Các sở, ban, ngành, địa phương"], [], None)]


MONITORING_PLAN = (
    "SỞ Y TẾ TỈNH BẮC LAM\nSố: 40/KH-SYT\nBắc Lam, ngày 15 tháng 1 năm 2027\nKẾ HOẠCH\n"
    "Theo dõi, đánh giá thực hiện Chương trình phòng, chống bệnh không lây nhiễm năm 2027\n"
    "I. MỤC ĐÍCH, YÊU CẦU\nTheo dõi thường xuyên tiến độ thực hiện các hoạt động của Chương trình.\n"
    "II. NỘI DUNG VÀ THỜI GIAN THỰC HIỆN\n"
    "1. Trung tâm Kiểm soát bệnh tật tỉnh tổ chức giám sát hỗ trợ tại các trạm y tế xã (thời gian: quý II/2027).\n"
    "2. Phòng Nghiệp vụ Y chủ trì, phối hợp với Trung tâm Kiểm soát bệnh tật tỉnh tổ chức giám sát đợt 2 "
    "tại các xã vùng cao trong tháng 10/2027.\n"
    "III. CHẾ ĐỘ BÁO CÁO\nCác đơn vị báo cáo theo bảng sau:\n"
    "| TT | Loại báo cáo | Đơn vị báo cáo | Nơi nhận | Thời hạn gửi |\n"
    "| 1 | Báo cáo tháng | Trạm Y tế các xã | Trung tâm Kiểm soát bệnh tật tỉnh | Trước ngày 05 của tháng sau |\n"
    "| 2 | Báo cáo quý | Trung tâm Kiểm soát bệnh tật tỉnh | Sở Y tế | Trước ngày 20 của tháng cuối quý |\n"
    "| 3 | Báo cáo năm | Trung tâm Kiểm soát bệnh tật tỉnh | Sở Y tế | Trước ngày 10/12/2027 |\n"
    "IV. TỔ CHỨC THỰC HIỆN\nCác đơn vị trực thuộc Sở triển khai thực hiện Kế hoạch này./.\n")


def test_a_part_named_by_its_content_and_its_time_lists_the_tasks_its_items_give():
    """ "Nội dung và thời gian thực hiện": the task word first names what the part holds, the time only what goes with
    it; its items, each giving a body work, are the plan's tasks. A name its level ends ("… tỉnh") does not take the
    verb after it, though the document writes "tổ chức giám sát" after it twice."""
    plan = extract_text(MONITORING_PLAN)
    assert [(task.lead, task.deadline) for task in plan.tasks] == [
        (["Trung tâm Kiểm soát bệnh tật tỉnh"], "2027-06-30"), (["Phòng Nghiệp vụ Y"], "2027-10-31")]
    assert plan.tasks[1].coordinators == ["Trung tâm Kiểm soát bệnh tật tỉnh"]


def test_a_table_of_reports_gives_one_duty_a_row_with_its_sender_receiver_cycle_and_day():
    plan = extract_text(MONITORING_PLAN)
    assert [(duty.reporter, duty.recipient, duty.frequency, duty.due) for duty in plan.reporting] == [
        ("Trạm Y tế các xã", "Trung tâm Kiểm soát bệnh tật tỉnh", "monthly", "---05"),
        ("Trung tâm Kiểm soát bệnh tật tỉnh", "Sở Y tế tỉnh Bắc Lam", "quarterly", "---20"),
        ("Trung tâm Kiểm soát bệnh tật tỉnh", "Sở Y tế tỉnh Bắc Lam", "once", "2027-12-10")]
    assert plan.reporting[0].text == "Báo cáo tháng Trạm Y tế các xã Trung tâm Kiểm soát bệnh tật tỉnh Trước ngày 05 " \
                                     "của tháng sau"


def test_a_part_whose_items_lost_their_numbers_reads_each_bodys_heading_over_its_sentences():
    """A DOCX taken as text keeps the parts' typed numerals and loses the automatic numbers of what is in them: each
    line without a full stop that heads sentences is a body's section, the sentences its work."""
    text = ("ỦY BAN NHÂN DÂN\nPHƯỜNG AN BÌNH\nSố: 12/KH-UBND\nAn Bình, ngày 10 tháng 1 năm 2027\nKẾ HOẠCH\n"
            "Phòng, chống cháy nổ năm 2027\nI. MỤC ĐÍCH, YÊU CẦU\nMục đích\nNâng cao ý thức phòng cháy của người dân.\n"
            "Yêu cầu\nTriển khai đồng bộ, thiết thực.\nII. NHIỆM VỤ\nCông an phường\n"
            "Kiểm tra an toàn phòng cháy tại các cơ sở kinh doanh; hoàn thành trước ngày 30/6/2027.\n"
            "Tổ chức diễn tập chữa cháy tại khu dân cư trong quý III/2027.\nPhòng Văn hóa - Xã hội\n"
            "Tuyên truyền kiến thức phòng cháy trên hệ thống loa truyền thanh.\n"
            "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam phường\n"
            "Vận động nhân dân trang bị bình chữa cháy tại hộ gia đình.\n"
            "III. TỔ CHỨC THỰC HIỆN\nCác cơ quan, đơn vị triển khai thực hiện Kế hoạch này./.\n")
    plan = extract_text(text)
    assert [(task.lead, task.deadline) for task in plan.tasks] == [
        (["Công an phường"], "2027-06-30"), (["Công an phường"], "2027-09-30"), (["Phòng Văn hóa - Xã hội"], None),
        (["Ủy ban Mặt trận Tổ quốc Việt Nam phường"], None)]


RUN_ON_COLUMNS = [
    "\f3", "Phụ lục", "NHIỆM VỤ CỤ THỂ", "TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian",
    "hoàn thành", "1", "2", "3",
    "Rà soát, sắp xếp lại các hợp tác xã ngừng hoạt động theo Luật Hợp tác xã năm 2023; hướng dẫn",
    "giải thể theo quy định",
    "Hỗ trợ hợp tác xã xây dựng thương hiệu sản phẩm, tham gia hội chợ kết nối Ngày Hợp tác xã",
    "Việt Nam",
    "Bồi dưỡng cán bộ quản lý hợp tác xã",
    "Sở Tài chính", "Sở Nông nghiệp và", "Môi trường", "Liên minh Hợp tác xã",
    "tỉnh",
    "Ngân hàng Nhà nước", "Chi nhánh Khu vực 9", "Sở Công Thương", "UBND các xã, phường",
    "Quý II/2027", "Năm 2027 và các", "năm tiếp theo", "Tháng 10/2027",
    "\f4", "TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian", "hoàn thành", "4", "5",
    "Tuyên truyền về kinh tế tập thể", "Tổng kết mô hình hợp tác xã kiểu mới",
    "Sở Văn hóa, Thể thao và", "Du lịch", "Liên minh Hợp tác xã tỉnh",
    "Các sở, ngành", "Sở Tài chính", "Thường xuyên", "Tháng 12/2027"]


def test_a_table_read_column_by_column_without_blank_lines_is_put_back_row_by_row():
    """`pdftotext` without its layout gives a landscape table column after column, each cell wrapped over lines where
    it is long, with no blank line: the numbers say how many cells a column has, and a cell ends where it most
    plausibly does — not before a line in lower case, after "và", before a branch named after its parent, nor after a
    line as long as the longest before a capital ("… Ngày Hợp tác xã" / "Việt Nam"). The header repeated at the next
    page's top is the table's, not the page's."""
    from vnplan.alignedtables import rebuild_column_blocks
    from vnplan.normalise import page_furniture_dropped

    rows = [line for line in rebuild_column_blocks(page_furniture_dropped(RUN_ON_COLUMNS)) if line.startswith("| ")]
    assert rows == [
        "| TT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |",
        "| 1 | Rà soát, sắp xếp lại các hợp tác xã ngừng hoạt động theo Luật Hợp tác xã năm 2023; hướng dẫn giải thể "
        "theo quy định | Sở Tài chính | Ngân hàng Nhà nước Chi nhánh Khu vực 9 | Quý II/2027 |",
        "| 2 | Hỗ trợ hợp tác xã xây dựng thương hiệu sản phẩm, tham gia hội chợ kết nối Ngày Hợp tác xã Việt Nam | Sở "
        "Nông nghiệp và Môi trường | Sở Công Thương | Năm 2027 và các năm tiếp theo |",
        "| 3 | Bồi dưỡng cán bộ quản lý hợp tác xã | Liên minh Hợp tác xã tỉnh | UBND các xã, phường | Tháng 10/2027 |",
        "| TT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |",
        "| 4 | Tuyên truyền về kinh tế tập thể | Sở Văn hóa, Thể thao và Du lịch | Các sở, ngành | Thường xuyên |",
        "| 5 | Tổng kết mô hình hợp tác xã kiểu mới | Liên minh Hợp tác xã tỉnh | Sở Tài chính | Tháng 12/2027 |"]


def test_cells_that_cannot_part_into_the_rows_the_numbers_count_leave_the_lines_as_they_are():
    from vnplan.alignedtables import rebuild_column_blocks

    lines = ["TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Thời gian", "1", "2", "Tuyên truyền", "Tập huấn",
             "Sở Tài chính", "tháng 5/2027", "quý III/2027"]  # (a lead cell missing: the time cells would be leads)
    assert rebuild_column_blocks(lines) == lines


def test_an_item_titled_before_its_colon_hands_its_work_to_the_body_after_giao():
    from vnplan.extract.actors import actors_of

    assert [m.name for m in actors_of("Bảo đảm kinh phí: Giao Vụ Kế hoạch - Tài chính bố trí kinh phí thực hiện Kế "
                                      "hoạch từ nguồn ngân sách năm 2027.").leads] == ["Vụ Kế hoạch - Tài chính"]
    assert [m.name for m in actors_of("Thông tin, truyền thông: Giao Trung tâm Thông tin, Báo Dân sinh chủ trì "
                                      "đăng tải "
                                      "tin, bài về Kế hoạch.").leads] == ["Trung tâm Thông tin", "Báo Dân sinh"]


def test_a_word_processors_text_export_writes_each_cell_on_a_line_however_the_cell_opens():
    """A row whose lines are as many as the table's columns after its number, the lead's naming a body and the time's a
    time, is a line a cell: the partners' cell ends on its line though the product's cell opens in capitals; a cell
    listing bodies over two lines ("…;" / "…") is no such row."""
    from vnplan.celltables import rebuild_cell_tables

    lines = ["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Sản phẩm", "Thời gian hoàn thành",
             "1", "Sửa chữa các tổ máy phát điện trước mùa khô", "Tổng công ty Phát điện 2", "Ban Kỹ thuật - Sản xuất",
             "Tổ máy sẵn sàng vận hành", "Trước ngày 28/02/2027",
             "2", "Ký hợp đồng mua than dài hạn", "Ban Kế hoạch", "Tập đoàn Than - Khoáng sản;",
             "Tổng công ty Đông Bắc",
             "Quý I/2027"]
    rows = rebuild_cell_tables(lines)
    assert "| 1 | Sửa chữa các tổ máy phát điện trước mùa khô | Tổng công ty Phát điện 2 | Ban Kỹ thuật - Sản xuất | " \
           "Tổ máy sẵn sàng vận hành | Trước ngày 28/02/2027 |" in rows
    assert "| 2 | Ký hợp đồng mua than dài hạn | Ban Kế hoạch | Tập đoàn Than - Khoáng sản; Tổng công ty Đông Bắc " \
           "|  | " \
           "Quý I/2027 |" in rows


SCANNED_COPY = (
    "ỦY BAN NHÂN DÂN\nTỈNH BẮC LAM\nSố: 52/KH-UBND\nBắc Lam, ngày 9 tháng 2 năm 2027\nKẾ HOẠCH\n"
    "Giảm nghèo bền vững năm 2027\nII. NHIỆM VỤ, GIẢI PHÁP\n"
    "      1. Sờ Xây dựng chủ trì hướng dẫn hỗ trợ sửa chữa nhà ở cho hộ nghèo; hoàn thành trong quý III/2027.\n"
    "CS Scanned with CamScanner\n"
    "| 2\n"
    "|     2. Sở Y tế chủ trì bảo đảm cấp thẻ bảo hiểm y tế cho người thuộc hộ nghèo; thực hiện thường xuyên.\n"
    "      3. Sở Giáo dục và Đào tạo thực hiện miễn, giảm học phí cho học sinh thuộc hộ nghèo.\n"
    "Nơi nhận:                                   TM. ỦY BAN NHÂN DÂN\n"
    "- Các sở, ban, ngành;                         KT. CHỦ TỊCH\n"
    "- Lưu: VT.                                    PHÓ CHỦ TỊCH\n"
    "                                            ( ( NHÂN DÂN ) )\n"
    "                                             \\\\TỈNH BẮC/\n"
    "                                               ^LAM^\n"
    "                                           Hoàng Thị Mai\n"
    "ỦY BAN NHÂN DÂN                    SAO Y BẢN CHÍNH\n"
    "XÃ AN LẠC\nSố: 07/SY-UBND                    An Lạc, ngày 04 tháng 3 năm 2027\n"
    "Nơi nhận:                                  TM. ỦY BAN NHÂN DÂN\n"
    "- Các thôn;                                  CHỦ TỊCH\n"
    "- Lưu: VT.                                  Lê Văn Bình\n")


def test_a_scanned_certified_copy_reads_as_the_document_it_copies():
    """An OCR of a certified copy: "Sờ" misread for "Sở" before a name, a scan's border read as a bar before a line
    (and before the page's number), the scanning app's mark at the page's foot, the seal's curves over the name, and
    the copier's own block after the signature ("SAO Y BẢN CHÍNH", its number and signer): none of them the plan's."""
    plan = extract_text(SCANNED_COPY)
    assert [(task.lead, task.deadline) for task in plan.tasks] == [
        (["Sở Xây dựng"], "2027-09-30"), (["Sở Y tế"], None), (["Sở Giáo dục và Đào tạo"], None)]
    assert (plan.document.number, plan.document.signer) == ("52/KH-UBND", "Hoàng Thị Mai")
    assert [reference.number for reference in plan.references] == []


def test_a_report_on_the_first_half_of_a_year_is_due_once_and_a_committees_operating_rules_give_no_task():
    from vnplan.extract.reporting import frequency_and_due

    assert frequency_and_due("báo cáo sơ kết 6 tháng đầu năm 2027 trước ngày 25/6/2027", 2027) == ("once", "2027-06-25")
    assert frequency_and_due("báo cáo kết quả 6 tháng đầu năm 2027", 2027) == ("once", None)
    assert frequency_and_due("định kỳ 6 tháng báo cáo Ủy ban nhân dân tỉnh", 2027) == ("semiannual", None)
    text = ("BAN CHỈ ĐẠO PHÁT TRIỂN DU LỊCH TỈNH BẮC LAM\nSố: 05/KH-BCĐ\nBắc Lam, ngày 9 tháng 1 năm 2027\nKẾ HOẠCH\n"
            "Hoạt động của Ban Chỉ đạo năm 2027\nIII. NHIỆM VỤ TRỌNG TÂM\n"
            "1. Sở Văn hóa, Thể thao và Du lịch chủ trì tổ chức Tuần Văn hóa - Du lịch trong tháng 4/2027.\n"
            "IV. CHẾ ĐỘ HOẠT ĐỘNG, THÔNG TIN BÁO CÁO\n1. Ban Chỉ đạo họp định kỳ 6 tháng và cuối năm.\n"
            "2. Các thành viên Ban Chỉ đạo báo cáo kết quả về Cơ quan thường trực hằng quý.\n")
    assert [task.lead for task in extract_text(text).tasks] == [["Sở Văn hóa, Thể thao và Du lịch"]]


def test_a_half_years_review_and_a_years_in_one_clause_are_two_reports():
    from vnplan.extract.reporting import timings

    assert timings("báo cáo sơ kết 6 tháng, tổng kết năm về Ủy ban nhân dân phường", 2027) == [
        ("semiannual", None), ("annual", None)]
    assert timings("tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/6 và ngày 15/12 hằng năm") == [
        ("semiannual", "--06-15"), ("annual", "--12-15")]
    assert timings("báo cáo Ủy ban nhân dân tỉnh trước ngày 10/6 và 10/12", 2027) == [
        ("once", "2027-06-10"), ("once", "2027-12-10")]  # (a plan of one year: that year's two reports)
    # (no mid-year and year's end)
    assert timings("báo cáo trước ngày 15/3 và 15/9 hằng năm") == [("annual", "--03-15")]


def test_a_footnote_marked_on_a_percentage_is_set_apart_and_its_mark_leaves_the_target():
    from vnplan.normalise import glued_notes_apart

    body = ["a) Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin trong Chương trình",
            "đạt trên 95%1;", "b) Tập huấn khám sàng lọc trước tiêm chủng cho cán bộ y tế tuyến xã trong quý II/2027.",
            "1 Năm 2026, tỷ lệ tiêm chủng đầy đủ cho trẻ dưới 1 tuổi toàn tỉnh đạt 94,1%; 17 xã, phường đạt",
            "dưới 90%.", "2"]
    kept, notes = glued_notes_apart(body)
    assert kept[:3] == [body[0], "đạt trên 95%;", body[2]]
    assert notes == ["1 Năm 2026, tỷ lệ tiêm chủng đầy đủ cho trẻ dưới 1 tuổi toàn tỉnh đạt 94,1%; 17 xã, phường đạt "
                     "dưới 90%."]


def test_a_verb_names_hold_is_the_sentences_when_a_count_or_a_piece_of_work_follows_it():
    from vnplan.extract.agencies import find_agencies

    for text, name in [("phối hợp với Chi cục Thủy sản và Thú y xây dựng 05 mô hình nuôi tôm",
                         "Chi cục Thủy sản và Thú y"),
                       ("phối hợp với Trung tâm Khuyến nông xây dựng mô hình trình diễn", "Trung tâm Khuyến nông"),
                       ("phối hợp với Vụ Cải cách hành chính xây dựng phần mềm nhập liệu", "Vụ Cải cách hành chính")]:
        assert [mention.name for mention in find_agencies(text)] == [name]


def test_an_e_mail_that_ran_the_plans_lines_together_keeps_its_points_and_its_signer():
    text = ("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH BẮC LAM\nSố: 95/KH-SNNMT Bắc Lam, ngày 15 tháng 01 năm 2027\n"
            "KẾ HOẠCH Phòng, chống dịch bệnh trên tôm nuôi năm 2027\nII. NHIỆM VỤ\n1. Chi cục Thủy sản\n"
            "- Giám sát dịch bệnh tại các vùng nuôi trọng điểm.- Tập huấn cho người nuôi tôm trong tháng 3/2027.\n"
            "2. Ủy ban nhân dân các xã\n- Báo cáo tình hình dịch bệnh trước ngày 20 hằng tháng. - Thống kê diện tích "
            "nuôi của từng ấp, gửi Chi cục Thủy sản trước ngày 15/02/2027.- Vận động người nuôi khai báo dịch bệnh.\n"
            "Nơi nhận: - UBND tỉnh (b/c); - Lưu: VT. KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC (Đã ký) Huỳnh Văn Lâm\n\n"
            "Trân trọng./.\n--\nNguyễn Thị Tiên\n")
    plan = extract_text(text)
    assert [task.text for task in plan.tasks][-3:] == [
        "Báo cáo tình hình dịch bệnh trước ngày 20 hằng tháng.",
        "Thống kê diện tích nuôi của từng ấp, gửi Chi cục Thủy sản trước ngày 15/02/2027.",
        "Vận động người nuôi khai báo dịch bệnh."]
    assert len(plan.tasks) == 5 and plan.document.signer == "Huỳnh Văn Lâm"


def test_a_units_table_names_its_posts_and_groups_as_written_with_their_roles():
    """ "Người/Bộ phận thực hiện" cells of a school's plan: posts and groups the grammar reads no body in are the leads
    as written, split at their semicolons, and a cell's "chủ trì; … phối hợp" or "phối hợp với" gives the partners."""
    text = ("SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH BẮC LAM\nTRƯỜNG THPT AN LẠC\nSố: 12/KH-THPT\nAn Lạc, ngày 5 tháng 1 năm 2027\n"
            "KẾ HOẠCH\nÔn thi tốt nghiệp năm 2027\nIII. NỘI DUNG\n"
            "| STT | Nội dung công việc | Người/Bộ phận thực hiện | Thời gian |\n"
            "| 1 | Xếp thời khóa biểu ôn tập buổi chiều | Phó Hiệu trưởng phụ trách chuyên môn; Tổ Văn phòng | "
            "Tháng 2/2027 |\n"
            "| 2 | Tổ chức thi thử lần 1 | Phó Hiệu trưởng phụ trách chuyên môn chủ trì; các tổ chuyên môn phối hợp | "
            "Tháng 3/2027 |\n"
            "| 3 | Tư vấn hướng nghiệp cho học sinh lớp 12 | Đoàn trường phối hợp với giáo viên chủ nhiệm các lớp 12 | "
            "Tháng 4/2027 |\n"
            "| 4 | Tổng hợp hồ sơ dự thi | Tổ Văn phòng | Tháng 4/2027 |\n")
    assert [(task.lead, task.coordinators, task.coordinators_collective) for task in extract_text(text).tasks] == [
        (["Phó Hiệu trưởng phụ trách chuyên môn", "Tổ Văn phòng"], [], False),
        (["Phó Hiệu trưởng phụ trách chuyên môn"], [], True),  # (a group in lower case: many of a kind)
        (["Đoàn trường"], [], True), (["Tổ Văn phòng"], [], False)]


def test_a_chat_apps_time_stamps_and_sender_lines_go_and_the_signer_stays():
    from vnplan.normalise import message_stamps_dropped

    lines = ["Lò Văn Nam", "@All gửi các chi đoàn Kế hoạch Tháng Thanh niên.", "07:58", "Lò Văn Nam", "KẾ HOẠCH",
             "1. Chi đoàn bản Co Muông chủ trì ra quân ngày Chủ nhật xanh.", "08:02", "Lò Văn Nam",
             "2. Khoa Kiểm soát bệnh tật và HIV/AIDS chủ trì tư vấn cho đoàn viên.", "BÍ THƯ", "Lò Văn Nam", "08:03",
             "Lò Văn Nam", "KH Thang thanh nien.pdf"]
    assert message_stamps_dropped(lines) == [
        "Lò Văn Nam", "@All gửi các chi đoàn Kế hoạch Tháng Thanh niên.", "KẾ HOẠCH",
        "1. Chi đoàn bản Co Muông chủ trì ra quân ngày Chủ nhật xanh.",
        "2. Khoa Kiểm soát bệnh tật và HIV/AIDS chủ trì tư vấn cho đoàn viên.", "BÍ THƯ", "Lò Văn Nam",
        "KH Thang thanh nien.pdf"]
    from vnplan.extract.agencies import find_agencies
    assert [m.name for m in find_agencies(lines[8])] == ["Khoa Kiểm soát bệnh tật và HIV/AIDS"]


def test_what_the_new_readings_leave_alone():
    """A reviewer's texts, each read as before this round's readings: a table row whose cell lists bodies after ";-"; a
    brand's capitals and a programme's abbreviation; a heading of content and what is supervised; a campaign's report
    and one report after an event; a name that holds a verb and its object before its own verb; unstopped lines that
    do work; an appendix note after a sentence; a bullet that scans; a programme's times and speakers; a unit's
    square."""
    from vnplan.extract.agencies import find_agencies
    from vnplan.extract.parts import role_from_heading
    from vnplan.extract.reporting import timings
    from vnplan.normalise import glued_notes_apart, message_stamps_dropped

    rows = ("| 1 | Tuyên truyền phòng, chống dịch | Sở Y tế | Sở Văn hóa, Thể thao và Du lịch;- Công an tỉnh | "
            "Quý II/2027 |\n"
            "| 2 | Kiểm tra an toàn thực phẩm | Sở Công Thương | Sở Y tế;- Sở Nông nghiệp và Môi trường | "
            "Quý III/2027 |\n")
    assert lost_breaks_restored(rows) == rows
    joined = "Thanh toán qua VNPost, VNPay.- Chương trình MTQG XDNTM TM giai đoạn 2026 - 2030.- Tuyên truyền.\n"
    assert lost_breaks_restored(joined) == ("Thanh toán qua VNPost, VNPay.\n- Chương trình MTQG XDNTM TM giai đoạn "
                                            "2026 - "
                                            "2030.\n- Tuyên truyền.\n")
    for heading in ("NỘI DUNG ĐÁNH GIÁ", "Nội dung và đối tượng giám sát", "NỘI DUNG VÀ KẾT QUẢ THỰC HIỆN"):
        assert role_from_heading(heading) == "other"
    assert role_from_heading("NỘI DUNG VÀ THỜI GIAN THỰC HIỆN") is None
    for clause in ("Ủy ban nhân dân các xã báo cáo Tháng hành động vì trẻ em về Phòng Văn hóa - Xã hội",
                   "báo cáo tháng cao điểm phòng, chống ma túy", "Kết thúc đợt cao điểm, báo cáo kết quả trước ngày 05 "
                   "của tháng tiếp theo."):
        assert timings(clause, 2027) == [(None, None)]
    assert [m.name for m in find_agencies("Trung tâm Nghiên cứu phát triển phần mềm chủ trì xây dựng ứng dụng.")] == [
        "Trung tâm Nghiên cứu phát triển phần mềm"]
    plan = extract_text("ỦY BAN NHÂN DÂN\nXÃ AN BÌNH\nSố: 3/KH-UBND\nAn Bình, ngày 2 tháng 3 năm 2027\nKẾ HOẠCH\n"
                        "Phòng, chống bão năm 2027\nII. NHIỆM VỤ\n"
                        "Phòng Kinh tế tham mưu kiện toàn Ban Chỉ huy phòng thủ dân sự xã\n"
                        "Rà soát phương án sơ tán dân trong tháng 4/2027.\nCông an xã bảo đảm an ninh trật tự\n"
                        "Tổ chức lực lượng hỗ trợ di dời dân khi có bão.\n"
                        "Trạm Y tế xã chuẩn bị cơ số thuốc phòng, chống dịch sau bão.\n"
                        "III. TỔ CHỨC THỰC HIỆN\n1. Phòng Văn hóa - Xã hội chủ trì tuyên truyền cho nhân dân.\n"
                        "(Chi tiết nhiệm vụ, đơn vị chủ trì, phối hợp tại Phụ lục kèm theo)\n")
    assert len(plan.tasks) >= 5 and "Phụ lục" not in plan.tasks[-1].text
    assert message_stamps_dropped(["07:30", "Nguyễn Văn An", "Khai mạc", "08:00", "Trần Thị Bình", "Báo cáo đề dẫn",
                                   "09:00", "Lê Văn Cường", "Thảo luận"])[0] == "07:30"
    kept, notes = glued_notes_apart(["Trồng rừng trên diện tích đất trống 35 km2, tỷ lệ che phủ đạt 45%1.",
                                     "1 Theo số liệu kiểm kê rừng năm 2026 của Sở Nông nghiệp và Môi trường tỉnh.",
                                     "3"])
    assert kept[0] == "Trồng rừng trên diện tích đất trống 35 km2, tỷ lệ che phủ đạt 45%." and notes


def test_a_numbered_table_of_targets_with_one_value_column_a_cell_a_line_is_put_back_row_by_row():
    from vnplan.celltables import rebuild_figure_tables

    lines = ["III. CHỈ TIÊU", "STT", "Chỉ tiêu", "Mức phấn đấu", "1", "Người sản xuất, kinh doanh thực phẩm được",
             "tuyên truyền kiến thức an toàn thực phẩm", "Trên 90%", "2", "Bếp ăn tập thể trường học được kiểm tra",
             "100%", "IV. NHIỆM VỤ"]
    assert rebuild_figure_tables(lines) == [
        "III. CHỈ TIÊU", "| Chỉ tiêu | Mức phấn đấu |",
        "| Người sản xuất, kinh doanh thực phẩm được tuyên truyền kiến thức an toàn thực phẩm | Trên 90% |",
        "| Bếp ăn tập thể trường học được kiểm tra | 100% |", "IV. NHIỆM VỤ"]
    # (without the numbers, one value column may be a text's words: left as it is)
    assert rebuild_figure_tables(lines[2:4] + lines[5:8] + lines[9:]) == lines[2:4] + lines[5:8] + lines[9:]


def test_a_unit_given_only_the_monitoring_and_evaluation_of_the_plan_reports_and_is_given_no_task():
    plan = extract_text("""BỆNH VIỆN ĐA KHOA TỈNH BẮC SƠN
Số: 75/KH-BV
KẾ HOẠCH
Rút ngắn thời gian chờ khám năm 2027

III. NHIỆM VỤ
1. Khoa Khám bệnh bố trí thêm bàn tiếp đón vào giờ cao điểm.
2. Phòng Công nghệ thông tin triển khai đặt lịch khám trực tuyến.

IV. TỔ CHỨC THỰC HIỆN
1. Phòng Quản lý chất lượng làm đầu mối theo dõi, đánh giá việc thực hiện; tổng hợp, báo cáo Sở Y tế kết quả \
thực hiện Kế hoạch trước ngày 15/12/2027.
""", strict=False)
    assert [task.lead for task in plan.tasks] == [["Khoa Khám bệnh"], ["Phòng Công nghệ thông tin"]]
    assert [(duty.due, duty.recipient) for duty in plan.reporting] == [("2027-12-15", "Sở Y tế")]


# A commune's plan posted in a group chat in two messages, the chat copied whole: each message opens on its sender's
# line and closes on its time, the members' replies between the plan's parts.
PLAN_IN_A_GROUP_CHAT = """BAN CHỈ ĐẠO NTM XÃ TÂN HƯNG
36 thành viên

Thứ Ba, 09/03/2027

Đỗ Thị Lan (VP-TK)
[File] KH 21 ve sinh moi truong.pdf
318.2 KB
07:55

Đỗ Thị Lan (VP-TK)
ỦY BAN NHÂN DÂN XÃ TÂN HƯNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Số: 21/KH-UBND
Tân Hưng, ngày 08 tháng 3 năm 2027
KẾ HOẠCH
Ra quân vệ sinh môi trường khu dân cư năm 2027
I. NHIỆM VỤ
1. Phòng Kinh tế chủ trì tổ chức ra quân vệ sinh môi trường vào Chủ nhật cuối mỗi tháng.
07:56
❤️ 4

Phạm Văn Khánh - CA xã
Đã nhận, Công an xã sẽ phối hợp bảo đảm an ninh trật tự ạ
07:58

Đỗ Thị Lan (VP-TK)
2. Trường Tiểu học Tân Hưng tổ chức cho học sinh thu gom rác thải nhựa trong khuôn viên trường.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Lê Minh Quang
08:01

Trần Văn Bảy - Trưởng ấp 3
👍
08:03
"""


def test_a_plan_posted_in_a_group_chat_keeps_the_posters_messages_and_drops_the_members_replies():
    plan = extract_text(PLAN_IN_A_GROUP_CHAT, strict=False)
    assert [(task.lead, task.text[:30]) for task in plan.tasks] == [
        (["Phòng Kinh tế"], "Phòng Kinh tế chủ trì tổ chức "), (["Trường Tiểu học Tân Hưng"], "Trường Tiểu \
học Tân Hưng tổ ch")]
    assert (plan.document.number, plan.document.signer) == ("21/KH-UBND", "Lê Minh Quang")


def test_teams_named_by_their_kind_are_a_class_given_their_entry_and_a_product_sent_is_no_report():
    plan = extract_text("""ỦY BAN NHÂN DÂN XÃ TÂN LẬP
Số: 15/KH-UBND
KẾ HOẠCH
Thực hiện công tác hòa giải ở cơ sở năm 2027
I. NHIỆM VỤ
1. Công an xã phối hợp với các tổ hòa giải xử lý vụ việc phức tạp.
II. TỔ CHỨC THỰC HIỆN
1. Các tổ hòa giải ghi chép đầy đủ vụ việc vào sổ theo dõi hoạt động hòa giải; báo cáo kết quả hoạt động về \
Văn phòng HĐND và UBND xã trước ngày 20 của tháng cuối quý.
2. Các tổ dân phố tổng hợp ý kiến của Nhân dân gửi Phòng Kinh tế trước ngày 15/5/2027.
""", strict=False)
    assert [(task.id, task.lead) for task in plan.tasks] == [
        ("I.1", ["Công an xã"]), ("II.1", ["Các tổ hòa giải"]), ("II.2", ["Các tổ dân phố"])]
    assert [duty.frequency for duty in plan.reporting] == ["quarterly"]


def test_a_group_chat_copied_from_a_computer_stamps_each_message_with_its_day_and_the_plans_plant_is_a_body():
    # (the same chat as a computer's app copies it: each time with its day; a company's plant heads its own duties)
    chat = PLAN_IN_A_GROUP_CHAT.replace("Thứ Ba, 09/03/2027\n\n", "")
    for clock in ("07:55", "07:56", "07:58", "08:01", "08:03"):
        chat = chat.replace(f"\n{clock}\n", f"\n{clock} 09/03/2027\n")
    school = "2. Trường Tiểu học Tân Hưng tổ chức cho học sinh thu gom rác thải nhựa trong khuôn viên trường."
    chat = chat.replace(school, "2. Nhà máy nước Tân Hưng\n- Súc xả đường ống cuối mạng hằng tuần.")
    plan = extract_text(chat, strict=False)
    assert [(task.lead, task.text[:30]) for task in plan.tasks] == [
        (["Phòng Kinh tế"], "Phòng Kinh tế chủ trì tổ chức "),
        (["Nhà máy nước Tân Hưng"], "Súc xả đường ống cuối mạng hằn")]


def test_a_heading_listing_the_works_companions_that_ends_on_its_handing_out_leaves_its_role_to_the_content():
    """ "NỘI DUNG, ĐỐI TƯỢNG, THỜI GIAN, PHÂN CÔNG": what is done, to whom, when, and who does it: the part's items,
    field blocks with the unit that does each, are its tasks; "Nội dung, đối tượng kiểm tra" names only a subject."""
    from vnplan.extract.parts import role_from_heading

    assert role_from_heading("NỘI DUNG, ĐỐI TƯỢNG, THỜI GIAN, PHÂN CÔNG") is None
    assert role_from_heading("Nội dung, đối tượng kiểm tra") == "other"
    plan = extract_text(
        "ỦY BAN KIỂM TRA HUYỆN ỦY\nSố: 12-KH/UBKT\nAn Hòa, ngày 5 tháng 1 năm 2027\nKẾ HOẠCH\nKiểm tra năm 2027\n"
        "II. NỘI DUNG, ĐỐI TƯỢNG, THỜI GIAN, PHÂN CÔNG\n1. Kiểm tra việc kê khai tài sản, thu nhập\n"
        "- Đối tượng: Ban Thường vụ Đảng ủy các xã.\n- Nội dung: Việc tổ chức kê khai, công khai bản kê khai.\n"
        "- Thời gian: Quý II/2027.\n- Đơn vị thực hiện: Phòng Kiểm tra, giám sát số 2 chủ trì, phối hợp với Thanh tra "
        "tỉnh.\n2. Giám sát việc thực hiện quy định về công tác cán bộ\n"
        "- Đối tượng: Ban Thường vụ Đảng ủy các cơ quan.\n"
        "- Nội dung: Việc bố trí, bổ nhiệm cán bộ sau sắp xếp.\n- Thời gian: Quý III/2027.\n"
        "- Đơn vị thực hiện: Phòng Kiểm tra, giám sát số 1 chủ trì.\n", strict=False)
    assert [(task.lead, task.coordinators, task.deadline) for task in plan.tasks] == [
        (["Phòng Kiểm tra, giám sát số 2"], ["Thanh tra tỉnh"], "2027-06-30"),
        (["Phòng Kiểm tra, giám sát số 1"], [], "2027-09-30")]


def test_a_routes_second_place_the_wrap_put_first_after_a_dash_is_no_list_item():
    """A text wrapped at its width: a full line ending on a place's name ("… tuyến đường Mường Lay") and the next
    opening "- A Lù; kiểm tra …": the route's other end, the sentence going on, not a dash of a list."""
    text = ("HẠT KIỂM LÂM KHU VỰC BẮC LAM\nSố: 14/KH-HKL\nBắc Lam, ngày 10 tháng 01 năm 2027\nKẾ HOẠCH\n"
            "Phối hợp tuần tra bảo vệ rừng năm 2027\nI. NHIỆM VỤ\n"
            "1. Tuần tra chung: Hạt Kiểm lâm chủ trì, phối hợp với Đồn Biên phòng tổ chức tuần tra chung\n"
            "dọc tuyến biên giới ít nhất 02 đợt mỗi quý, mỗi đợt không ít hơn 05 ngày; lập biên bản kết\n"
            "quả tuần tra sau mỗi đợt công tác và gửi về Hạt để tổng hợp, theo dõi chung trong năm.\n"
            "2. Kiểm soát lâm sản: Trạm Kiểm lâm số 2 phối hợp với Đồn Biên phòng số 5 duy trì chốt\n"
            "kiểm soát tại Km 45 tuyến đường liên xã từ trung tâm xã Mường Lay đi bản Mường Lay\n"
            "- A Lù; kiểm tra toàn bộ phương tiện vận chuyển lâm sản qua chốt trong mùa khô.\n"
            "3. Tuyên truyền: Hạt phối hợp với Ủy ban nhân dân các xã tổ chức tuyên truyền cho\n"
            "người dân sống gần rừng về bảo vệ rừng và phòng cháy, chữa cháy rừng trong mùa khô.\n"
            "4. Báo cáo: Các Trạm Kiểm lâm báo cáo kết quả tuần tra về Hạt trước ngày 25 hằng tháng\n"
            "để tổng hợp, báo cáo Chi cục Kiểm lâm tỉnh theo quy định của ngành về công tác này.\n")
    tasks = extract_text(text).tasks
    assert len(tasks) == 4 and "đi bản Mường Lay - A Lù; kiểm tra toàn bộ phương tiện" in tasks[1].text
