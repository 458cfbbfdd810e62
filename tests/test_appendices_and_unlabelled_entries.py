"""Shapes met on plans written blind in this round: a plan whose targets stand in an appendix's table (as markdown, a
word processor's cell-a-line export, a PDF's layout with a header over two lines, a notes column last), and a Tổ chức
thực hiện whose entries lost their labels. Each text is our own."""
from vnplan import extract_text

HEADER = ("ỦY BAN NHÂN DÂN TỈNH BẮC LAM\nSố: 88/KH-UBND\nBắc Lam, ngày 4 tháng 3 năm 2027\nKẾ HOẠCH\n"
          "Phát triển thương mại điện tử năm 2027\n")
BODY = ("I. MỤC TIÊU\nCác chỉ tiêu cụ thể tại Phụ lục kèm theo.\nII. NHIỆM VỤ\n"
        "1. Sở Công Thương chủ trì tổ chức hội chợ trực tuyến cho doanh nghiệp nhỏ và vừa; hoàn thành trong quý III/2027.\n"
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
            "|---|---|---|---|---|\n| 1 | Diện tích chè | ha | 900 | 1.200 |\n| 2 | Sản lượng chè | tấn | 4.000 | 5.500 |\n")
    assert _targets(HEADER + BODY + data) == []


def test_a_word_processors_cell_a_line_targets_table_with_its_notes_column_last():
    """Each cell a line; an empty note leaves an empty line; a note stands before the next row's number."""
    appendix = ("PHỤ LỤC\nCHỈ TIÊU THƯƠNG MẠI ĐIỆN TỬ NĂM 2027\nTT\nChỉ tiêu\nĐơn vị tính\nNăm 2026\nNăm 2027\nGhi chú\n"
                "1\nSố doanh nghiệp bán hàng trên sàn thương mại điện tử\nDoanh nghiệp\n1.200\n1.500\n\n"
                "2\nTỷ lệ hộ kinh doanh thanh toán không dùng tiền mặt\n%\n55\n≥ 70\nƯớc thực hiện năm 2026: 55%\n")
    assert _targets(HEADER + BODY + appendix) == EXPECTED


def test_a_pdf_layout_targets_table_whose_header_sets_the_year_under_the_columns_name():
    appendix = ("PHỤ LỤC\nCHỈ TIÊU THƯƠNG MẠI ĐIỆN TỬ NĂM 2027\n"
                "  TT    Chỉ tiêu                                               Đơn vị tính     Ước TH       Kế hoạch\n"
                "                                                                                năm 2026     năm 2027\n"
                "  1     Số doanh nghiệp bán hàng trên sàn thương mại điện tử   Doanh nghiệp    1.200        1.500\n"
                "  2     Tỷ lệ hộ kinh doanh thanh toán không dùng tiền mặt     %               55           ≥ 70\n")
    assert _targets(HEADER + BODY + appendix) == EXPECTED


ORGANISATION = (HEADER + "I. NHIỆM VỤ\n1. Sở Công Thương chủ trì tổ chức hội chợ trực tuyến; hoàn thành trong quý III/2027.\n"
                "II. TỔ CHỨC THỰC HIỆN\n"
                "Sở Tài chính bố trí kinh phí thực hiện Kế hoạch từ nguồn chi thường xuyên năm 2027.\n"
                "Giao Sở Khoa học và Công nghệ hướng dẫn doanh nghiệp kết nối nền tảng số; hoàn thành trước ngày 30/6/2027.\n"
                "Các sở, ngành, Ủy ban nhân dân các xã, phường triển khai thực hiện; báo cáo kết quả về Sở Công Thương "
                "trước ngày 15/12/2027.\n"
                "Sở Công Thương xây dựng kế hoạch năm 2027 như sau:\n"
                "Nơi nhận:\n- Lưu: VT.\nSỞ CÔNG THƯƠNG TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nTrần Văn Bình\n")


def test_tổ_chức_thực_hiện_without_labels_its_paragraphs_opening_on_one_body_are_entries_of_the_list():
    tasks = [(task.lead, task.deadline) for task in extract_text(ORGANISATION).tasks]
    assert tasks == [(["Sở Công Thương"], "2027-09-30"), (["Sở Tài chính"], None),
                     (["Sở Khoa học và Công nghệ"], "2027-06-30")]
