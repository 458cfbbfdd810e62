"""Reporting duties: one test per way plans state (or seem to state) a duty to report.

The fixtures are written in the style of provincial plans; none is copied from a real document.
"""
import pytest

import vnplan
from vnplan.extract.reporting import frequency_and_due, timings

HEADER = """ỦY BAN NHÂN DÂN
TỈNH AN HÒA
Số: 77/KH-UBND
An Hòa, ngày 05 tháng 3 năm 2025
KẾ HOẠCH
Thực hiện chuyển đổi số trong quản lý đất đai năm 2025
"""
TASKS = """I. MỤC ĐÍCH, YÊU CẦU
1. Thực hiện chế độ báo cáo đầy đủ, đúng thời gian theo quy định.
II. NHIỆM VỤ, GIẢI PHÁP
1. Số hóa hồ sơ địa chính
- Rà soát, số hóa hồ sơ địa chính; định kỳ báo cáo tiến độ số hóa.
"""
SIGNATURE = """Nơi nhận:
- Như trên;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lê Văn Bình
"""


def duties(body: str, tasks: str = TASKS):
    return vnplan.extract_text(HEADER + tasks + body + SIGNATURE).reporting


def keys(body: str, tasks: str = TASKS):
    return [(d.frequency, d.due) for d in duties(body, tasks)]


# --- when: the cycle and the due date --------------------------------------------------------
@pytest.mark.parametrize("clause, expected", [
    ("định kỳ hằng năm báo cáo kết quả gửi Sở Tài chính trước ngày 20 tháng 11 hằng năm", ("annual", "--11-20")),
    ("báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện hằng năm (trước ngày 10 tháng 12)", ("annual", "--12-10")),
    ("gửi Sở Nội vụ trước ngày 05/12 hằng năm", ("annual", "--12-05")),
    ("định kỳ hằng quý báo cáo gửi Sở Xây dựng trước ngày 18 của tháng cuối quý", ("quarterly", "---18")),
    ("báo cáo trước ngày 15 tháng cuối quý", ("quarterly", "---15")),
    ("báo cáo Sở Nội vụ trước ngày 05 của tháng đầu quý sau", ("quarterly", "---05")),
    ("định kỳ hằng quý tổng hợp gửi Sở Tài chính trước ngày 20 hàng tháng", ("quarterly", "---20")),
    ("báo cáo Sở Y tế trước ngày 25 hằng tháng", ("monthly", "---25")),
    ("Tổng hợp, báo cáo Tổng công ty | Phòng Kế hoạch | Ngày 10 hằng tháng", ("monthly", "---10")),  # a time cell
    ("Hằng tháng, trước ngày 25, báo cáo số liệu hộ kinh doanh về Văn phòng Sở", ("monthly", "---25")),
    ("báo cáo kết quả định kỳ hằng tháng (trước ngày 20) về Văn phòng", ("monthly", "---20")),
    ("hằng năm, trước ngày 20, báo cáo về Sở Nội vụ", ("annual", None)),  # the twentieth of which month?
    ("3 tháng một lần báo cáo Sở Y tế", ("quarterly", None)),
    ("định kỳ 06 tháng báo cáo Ủy ban nhân dân tỉnh", ("semiannual", None)),
    ("báo cáo sơ kết 6 tháng đầu năm gửi Sở Nội vụ", ("semiannual", None)),
    ("báo cáo kết quả 16 tháng triển khai gửi Sở Nội vụ", (None, None)),
    ("hằng năm hoặc đột xuất báo cáo Bộ Tư pháp", ("annual", None)),
    ("định kỳ báo cáo Ủy ban nhân dân tỉnh theo quy định", (None, None)),
    ("gửi kế hoạch về Sở Tài chính trước ngày 30/01/2025", ("once", "2025-01-30")),
    ("gửi báo cáo về Sở Nội vụ trước ngày 16 tháng 12 năm 2025", ("once", "2025-12-16")),
    ("gửi kế hoạch về Sở Tài chính, hoàn thành trong tháng 10/2026", ("once", "2026-10-31")),
    ("Báo cáo Hội đồng nhân dân Thành phố kết quả thực hiện Nghị quyết năm 2026", ("once", None)),
    ("hằng năm gửi báo cáo về Sở Nội vụ từ ngày 10 đến ngày 15 tháng 12", ("annual", "--12-15")),
    ("hằng năm báo cáo Hội đồng nhân dân tỉnh kết quả thực hiện Nghị quyết năm 2026", ("annual", None)),
    ("báo cáo kết quả thực hiện Kế hoạch giai đoạn 2021 - 2025 gửi Sở Nội vụ", (None, None)),
])
def test_cycle_and_due(clause, expected):
    assert frequency_and_due(clause) == expected


@pytest.mark.parametrize("clause, plan_year, expected", [
    ("báo cáo kết quả gửi Sở Nội vụ trước ngày 15/12", None, ("annual", "--12-15")),
    ("báo cáo kết quả gửi Sở Nội vụ trước ngày 15/12", 2025, ("once", "2025-12-15")),
    ("báo cáo kết quả gửi Sở Nội vụ trước ngày 15/12 hằng năm", 2025, ("annual", "--12-15")),
    ("báo cáo Ủy ban nhân dân tỉnh trước ngày 6 tháng 12", None, ("annual", "--12-06")),
])
def test_day_without_cycle_comes_back_each_year_unless_the_plan_covers_one(clause, plan_year, expected):
    assert frequency_and_due(clause, plan_year) == expected


@pytest.mark.parametrize("clause, expected", [
    ("báo cáo kết quả 6 tháng (trước ngày 15/6) và năm (trước ngày 15/12) gửi Sở Tư pháp",
     [("semiannual", "--06-15"), ("annual", "--12-15")]),
    ("báo cáo 6 tháng trước ngày 10 tháng 6, báo cáo năm trước ngày 10 tháng 12 gửi Sở Nội vụ",
     [("semiannual", "--06-10"), ("annual", "--12-10")]),
    ("định kỳ 6 tháng báo cáo Ủy ban nhân dân tỉnh trước ngày 20/6 và 20/12", [("semiannual", "--06-20")]),
    ("định kỳ 6 tháng, hằng năm (trước ngày 18 tháng 6 và ngày 18 tháng 12) báo cáo kết quả gửi Vụ Kế hoạch",
     [("semiannual", "--06-18"), ("annual", "--12-18")]),
    ("báo cáo định kỳ hàng tháng (trước ngày 18 hàng tháng), 6 tháng (trước ngày 18/5), tổng kết năm "
     "(trước ngày 30/11 hằng năm) hoặc khi có yêu cầu", [("monthly", "---18"), ("semiannual", "--05-18"), ("annual", "--11-30")]),
    ("báo cáo kết quả thực hiện 6 tháng trước ngày 15/6/2026 và năm trước ngày 15/12/2026 về Sở Tài chính",
     [("once", "2026-06-15"), ("once", "2026-12-15")]),  # whole dates: two reports, each due once
    # three cycles listed, the words between, then their days in order, the quarter's in its last month
    ("Bộ Chỉ huy quân sự tỉnh gửi báo cáo kết quả rà phá bom mìn quý, sáu tháng, năm về Binh chủng Công binh trước ngày "
     "20 tháng cuối của quý, ngày 20 tháng 6 và ngày 20 tháng 12 hằng năm",
     [("quarterly", "---20"), ("semiannual", "--06-20"), ("annual", "--12-20")]),
    ("các sở báo cáo 6 tháng, năm trước ngày 15/6 và 15/12 về Sở Nội vụ", [("semiannual", "--06-15"), ("annual", "--12-15")]),
    # the listed cycles with no day: a report each cycle all the same; days with their years: each report once
    ("định kỳ 6 tháng, hằng năm báo cáo kết quả thực hiện với Hội đồng nhân dân xã", [("semiannual", None), ("annual", None)]),
    ("định kỳ 6 tháng, hằng năm báo cáo kết quả về Văn phòng trước ngày 10/6/2026 và ngày 10/12/2026",
     [("once", "2026-06-10"), ("once", "2026-12-10")]),
    # each limit with its whole date, whatever the brackets say between them: a report each, once
    ("gửi báo cáo kết quả về Ban Chỉ đạo tỉnh trước ngày 05/6/2026 (báo cáo 6 tháng) và trước ngày 05/11/2026 (báo cáo năm)",
     [("once", "2026-06-05"), ("once", "2026-11-05")]),
])
def test_one_entry_per_cycle_with_its_own_day(clause, expected):
    assert timings(clause) == expected


@pytest.mark.parametrize("clause, expected", [
    ("báo cáo sơ kết quý I trước ngày 25/3/2026 và báo cáo kết quả cả năm trước ngày 20/11/2026, gửi Sở Xây dựng",
     [("once", "2026-03-25"), ("once", "2026-11-20")]),
    ("gửi báo cáo giữa kỳ trước ngày 30/6/2027 và gửi báo cáo tổng kết trước ngày 15/11/2030 về Bộ Nội vụ",
     [("once", "2027-06-30"), ("once", "2030-11-15")]),
    ("báo cáo kết quả thực hiện 6 tháng (trước ngày 12/6/2026) và năm (trước ngày 25/11/2026) về Sở Nội vụ",
     [("once", "2026-06-12"), ("once", "2026-11-25")]),
    ("báo cáo kết quả 6 tháng đầu năm trước ngày 12/6/2026 và cả năm trước ngày 25/11/2026 về Ban Chỉ đạo",
     [("once", "2026-06-12"), ("once", "2026-11-25")]),
    # each cycle with its day in brackets after it, one with a day of each month and two with their dates
    ("báo cáo kết quả hằng tháng (trước ngày 03 của tháng sau), 6 tháng (trước ngày 10/6/2026) và năm (trước ngày "
     "10/11/2026) về Sở Tư pháp", [("monthly", "---03"), ("once", "2026-06-10"), ("once", "2026-11-10")]),
    # one report with a single date: the "và" joins two things it covers, not two reports
    ("báo cáo kết quả thực hiện và báo cáo tình hình giải ngân trước ngày 10/12/2026", [("once", "2026-12-10")]),
])
def test_two_reports_in_one_clause_each_with_its_own_date_are_two_duties(clause, expected):
    assert timings(clause) == expected


def test_entries_labelled_as_parts_under_a_lettered_part_report_as_items_do():
    tasks = ("A. MỤC ĐÍCH\nI. Nâng cao hiệu quả quản lý.\nB. NHIỆM VỤ\nI. SỐ HÓA HỒ SƠ\n"
             "1. Văn phòng Đăng ký đất đai số hóa hồ sơ địa chính.\n")
    body = ("C. TỔ CHỨC THỰC HIỆN\n"
            "I. Các phòng, đơn vị thuộc Sở căn cứ nhiệm vụ được giao xây dựng kế hoạch chi tiết; báo cáo kết quả hằng quý "
            "(trước ngày 15 của tháng cuối quý) về Văn phòng Sở.\n"
            "II. Văn phòng Sở tổng hợp, tham mưu Giám đốc Sở báo cáo Ủy ban nhân dân tỉnh trước ngày 10/12/2025.\n")
    assert keys(body, tasks) == [("quarterly", "---15"), ("once", "2025-12-10")]


def test_a_report_takes_its_cycle_from_the_clause_after_it():
    found = duties("IV. TỔ CHỨC THỰC HIỆN\n1. Sở Y tế báo cáo kết quả tiêm chủng về Sở Tài chính; nội dung báo cáo được "
                   "lồng ghép vào Báo cáo công tác của ngành hằng quý.\n")
    assert [(d.reporter, d.recipient, d.frequency) for d in found] == [("Sở Y tế", "Sở Tài chính", "quarterly")]
    found = duties("IV. TỔ CHỨC THỰC HIỆN\n1. Sở Nội vụ tổng hợp, báo cáo Sở Tài chính kết quả thực hiện; đồng thời "
                   "hướng dẫn các xã tổ chức giao ban hằng quý.\n")
    assert [d.frequency for d in found] == [None]  # another activity's rhythm is not the report's


def test_a_report_also_due_on_request_is_still_a_duty_and_italic_days_are_read():
    found = duties("IV. CHẾ ĐỘ BÁO CÁO\n1. Sở Xây dựng tổng hợp, báo cáo Ủy ban nhân dân tỉnh định kỳ hàng quý "
                   "(*trước ngày 20 tháng cuối quý*) hoặc khi có yêu cầu.\n")
    assert [(d.reporter, d.recipient, d.frequency, d.due) for d in found] == [
        ("Sở Xây dựng", "Ủy ban nhân dân tỉnh", "quarterly", "---20")]


def test_arising_issues_are_reported_as_they_arise_but_a_cycle_kept_for_them_is_a_duty():
    """"kịp thời báo cáo … những vấn đề đột xuất, phát sinh" is owed only when they arise (SCHEMA); a quarterly report
    sent "để kịp thời xử lý các vấn đề phát sinh" is a standing duty whose purpose mentions them."""
    arising = duties("III. TỔ CHỨC THỰC HIỆN\n1. Sở Nông nghiệp và Môi trường theo dõi sát tình hình, kịp thời báo cáo "
                     "Ủy ban nhân dân tỉnh những vấn đề đột xuất, phát sinh.\n")
    assert arising == []
    quarterly = duties("III. TỔ CHỨC THỰC HIỆN\n1. Sở Nông nghiệp và Môi trường báo cáo Ủy ban nhân dân tỉnh định kỳ hằng "
                    "quý để kịp thời chỉ đạo xử lý các vấn đề đột xuất phát sinh.\n")
    assert [(d.reporter, d.recipient, d.frequency) for d in quarterly] == [
        ("Sở Nông nghiệp và Môi trường", "Ủy ban nhân dân tỉnh", "quarterly")]


def test_a_standing_report_that_lists_problems_among_its_contents_is_a_duty():
    """ "định kỳ hoặc đột xuất báo cáo … về tình hình, kết quả triển khai, khó khăn vướng mắc" recurs whatever happens (SCHEMA:
    a standing duty that also mentions problems); "nếu có khó khăn, vướng mắc … báo cáo" is owed only if they arise."""
    standing = duties("Điều 2. Trách nhiệm của Sở Văn hóa, Thể thao và Du lịch\n1. Theo dõi, kiểm tra việc thực hiện và định "
                      "kỳ hoặc đột xuất báo cáo Ủy ban nhân dân tỉnh về tình hình, kết quả triển khai, khó khăn vướng mắc, "
                      "kiến nghị giải pháp hoàn thiện.\n")
    assert [(d.reporter, d.recipient, d.frequency) for d in standing] == [
        ("Sở Văn hóa, Thể thao và Du lịch", "Ủy ban nhân dân tỉnh", None)]
    arising = duties("III. TỔ CHỨC THỰC HIỆN\n1. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, Sở Y tế báo cáo Ủy "
                     "ban nhân dân tỉnh xem xét.\n2. Sở Y tế thường xuyên theo dõi, nếu có vướng mắc thì báo cáo Ủy ban nhân "
                     "dân tỉnh.\n")
    assert arising == []


def test_results_reported_for_a_decision_are_a_duty_a_submission_for_approval_is_not():
    results = duties("Điều 5. Tổ chức thực hiện\n1. Giao Ủy ban nhân dân Thành phố tổ chức thực hiện Nghị quyết; tổng kết, "
                     "đánh giá, báo cáo Hội đồng nhân dân Thành phố kết quả thực hiện để xem xét, quyết định việc kéo dài "
                     "thời gian áp dụng.\n")
    assert [(d.reporter, d.recipient) for d in results] == [("Ủy ban nhân dân Thành phố", "Hội đồng nhân dân Thành phố")]
    submission = duties("III. TỔ CHỨC THỰC HIỆN\n1. Sở Xây dựng hoàn thiện phương án, báo cáo Ủy ban nhân dân tỉnh xem xét, "
                        "phê duyệt.\n")
    assert submission == []


def test_one_year_plan_dates_its_reports():
    body = "III. TỔ CHỨC THỰC HIỆN\n1. Các sở, ngành báo cáo kết quả thực hiện về Sở Nội vụ trước ngày 05/12 để tổng hợp.\n"
    assert keys(body) == [("once", "2025-12-05")]


# --- where duties sit ---------------------------------------------------------------------------
ORGANISATION = """III. TỔ CHỨC THỰC HIỆN
1. Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch UBND các huyện, thị xã căn cứ nhiệm vụ được giao xây dựng kế hoạch thực hiện; định kỳ hằng năm báo cáo kết quả thực hiện gửi Sở Tài nguyên và Môi trường trước ngày 20 tháng 11 hằng năm để tổng hợp, báo cáo UBND tỉnh.
2. Sở Tài nguyên và Môi trường chủ trì theo dõi, đôn đốc; định kỳ tổng hợp, báo cáo Uỷ ban nhân dân tỉnh theo quy định.
3. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị kịp thời phản ánh về Sở Tài nguyên và Môi trường để tổng hợp, báo cáo UBND tỉnh xem xét, quyết định./.
"""


def test_organisation_part_gives_one_entry_per_duty_and_no_purpose_or_conditional_entries():
    found = duties(ORGANISATION)
    assert [(d.reporter, d.recipient, d.frequency, d.due) for d in found] == [
        ("Các sở, ban, ngành tỉnh, Ủy ban nhân dân các huyện, thị xã", "Sở Tài nguyên và Môi trường", "annual", "--11-20"),
        ("Sở Tài nguyên và Môi trường", "Ủy ban nhân dân tỉnh", None, None),
    ]
    assert found[0].text.startswith("định kỳ hằng năm báo cáo kết quả thực hiện")


def test_purpose_and_actorless_content_items_give_no_duty():
    """The 'Mục đích, yêu cầu' part and an actor-less task bullet mention reports but assign none."""
    assert keys("III. TỔ CHỨC THỰC HIỆN\n1. Các sở, ngành triển khai thực hiện Kế hoạch này.\n") == []


def test_heading_broken_over_two_lines_and_label_on_its_own_line():
    broken = ORGANISATION.replace("III. TỔ CHỨC THỰC HIỆN", "III. TỔ CHỨC\nTHỰC HIỆN")
    assert keys(broken) == [("annual", "--11-20"), (None, None)]
    bare_label = ORGANISATION.replace("III. TỔ CHỨC THỰC HIỆN", "III.\nTỔ CHỨC THỰC HIỆN")
    assert keys(bare_label) == [("annual", "--11-20"), (None, None)]


def test_separate_reporting_part():
    body = """III. TỔ CHỨC THỰC HIỆN
1. Các sở, ngành triển khai thực hiện Kế hoạch này.
IV. CHẾ ĐỘ BÁO CÁO
Các sở, ban, ngành, Ủy ban nhân dân các xã gửi báo cáo kết quả thực hiện về Sở Nội vụ trước ngày 10 tháng 12 năm 2025 để tổng hợp báo cáo Ủy ban nhân dân tỉnh.
"""
    [duty] = duties(body)
    assert (duty.recipient, duty.frequency, duty.due) == ("Sở Nội vụ", "once", "2025-12-10")
    assert duty.reporter.startswith("Các sở, ban, ngành")


BODY_BY_BODY = """II. NHIỆM VỤ VÀ PHÂN CÔNG TRÁCH NHIỆM
1. Sở Y tế
- Tổ chức tập huấn cho cán bộ y tế cơ sở.
- Định kỳ hằng năm báo cáo UBND tỉnh kết quả thực hiện.
2. Ủy ban nhân dân các xã, phường:
- Tuyên truyền đến người dân.
- Báo cáo định kỳ về tiến độ thực hiện gửi Sở Y tế (nếu có).
"""


def test_report_sentences_in_a_body_by_body_list_take_the_body_of_their_heading():
    found = duties("", tasks=BODY_BY_BODY)
    assert [(d.reporter, d.recipient, d.frequency) for d in found] == [
        ("Sở Y tế", "Ủy ban nhân dân tỉnh", "annual"),
        ("Ủy ban nhân dân các xã, phường", "Sở Y tế", None),
    ]


def test_dated_report_in_a_field_row_of_a_task_part():
    tasks = """II. NỘI DUNG
1. Rà soát văn bản quy phạm pháp luật
- Cơ quan thực hiện: các sở, ngành.
- Thời gian thực hiện:
+ Các sở, ngành gửi kết quả rà soát về Sở Tư pháp trước ngày 15 tháng 12 năm 2025.
+ Sở Tư pháp tổng hợp kết quả rà soát, báo cáo Ủy ban nhân dân tỉnh trước ngày 31 tháng 12 năm 2025.
"""
    found = duties("", tasks=tasks)
    assert [(d.recipient, d.frequency, d.due) for d in found] == [
        ("Sở Tư pháp", "once", "2025-12-15"), ("Ủy ban nhân dân tỉnh", "once", "2025-12-31")]
    assert found[1].reporter == "Sở Tư pháp"


def test_task_table_rows_whose_work_or_time_is_a_report():
    annex = """PHỤ LỤC
TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện
1 | Xây dựng cơ sở dữ liệu đất đai | Sở Tài nguyên và Môi trường | Các sở, ngành | Quý IV/2025
2 | Tham mưu UBND tỉnh Báo cáo Bộ Tài nguyên và Môi trường kết quả thực hiện. | Sở Tài nguyên và Môi trường | Các sở, ngành | Hằng năm.
3 | Cập nhật dữ liệu biến động | Các sở, ngành, UBND các xã | Sở Tài nguyên và Môi trường | Định kỳ hằng quý báo cáo về Sở Tài nguyên và Môi trường
"""
    found = vnplan.extract_text(HEADER + TASKS + SIGNATURE + annex).reporting
    assert [(d.reporter, d.recipient, d.frequency) for d in found] == [
        ("Sở Tài nguyên và Môi trường", "Bộ Tài nguyên và Môi trường", "annual"),
        ("Các sở, ngành, Ủy ban nhân dân các xã", "Sở Tài nguyên và Môi trường", "quarterly"),
    ]


def test_a_one_off_report_in_a_task_table_is_due_by_the_end_of_its_rows_time_frame():
    annex = """PHỤ LỤC
TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện
1 | Tổng kết 03 năm thực hiện Đề án, báo cáo Ủy ban nhân dân tỉnh | Sở Nội vụ | Các sở, ngành | Tháng 9/2026
2 | Theo dõi chỉ số cải cách hành chính; định kỳ báo cáo Ủy ban nhân dân tỉnh | Sở Nội vụ | Các sở, ngành | 2026 - 2030
3 | Tổng hợp kết quả thực hiện Đề án năm 2026, báo cáo Bộ Nội vụ | Sở Nội vụ | Các sở, ngành | Trước ngày 10/12/2026
"""
    found = vnplan.extract_text(HEADER + TASKS + SIGNATURE + annex).reporting
    assert [(d.recipient, d.frequency, d.due) for d in found] == [
        ("Ủy ban nhân dân tỉnh", "once", "2026-09-30"),
        ("Ủy ban nhân dân tỉnh", None, None),  # "định kỳ" without a period: it recurs, the row's frame is no due
        ("Bộ Nội vụ", "once", "2026-12-10"),  # the results of a year, due by the row's date
    ]


def test_article_on_implementation_of_a_decision():
    """Also checks that the old tone-mark style ("hoá", "Uỷ") reads as the new one."""
    decision = """Điều 1. Phê duyệt Đề án phát triển du lịch cộng đồng.
Điều 2. Tổ chức thực hiện
1. Giao Sở Văn hoá, Thể thao và Du lịch theo dõi, đôn đốc; 3 tháng một lần báo cáo Chủ tịch Uỷ ban nhân dân tỉnh.
Điều 3. Quyết định này có hiệu lực kể từ ngày ký.
"""
    [duty] = duties(decision, tasks="")
    assert (duty.reporter, duty.recipient, duty.frequency) == (
        "Sở Văn hóa, Thể thao và Du lịch", "Ủy ban nhân dân tỉnh", "quarterly")


def test_article_that_assigns_and_asks_for_a_report_in_one_sentence():
    resolution = """Điều 1. Thông qua Đề án phát triển nguồn nhân lực.
Điều 2. Giao Ủy ban nhân dân tỉnh tổ chức triển khai thực hiện Nghị quyết; định kỳ hằng năm báo cáo Hội đồng nhân dân tỉnh.
"""
    [duty] = duties(resolution, tasks="")
    assert (duty.reporter, duty.recipient, duty.frequency) == ("Ủy ban nhân dân tỉnh", "Hội đồng nhân dân tỉnh", "annual")


def test_assignment_in_a_conclusion_notice_paragraph():
    notice = """1. Về tổ chức Chương trình: thống nhất giao Bộ Xây dựng làm cơ quan chủ quản, chủ trì xây dựng hồ sơ; đồng thời chịu trách nhiệm tổng hợp chung, báo cáo và giải trình với các cơ quan có thẩm quyền theo quy định.
"""
    [duty] = duties(notice, tasks="")
    assert duty.reporter.startswith("Bộ Xây dựng") and (duty.frequency, duty.due) == (None, None)


def test_the_results_of_the_budget_reported_each_month_are_a_duty():
    """A report about money is a budget step ("tổng hợp nhu cầu kinh phí …; báo cáo Bộ Tài chính"), but the results of
    collecting the budget, reported each month, are a report like any other, and so are the reports the next clauses
    add; an office named for the budget ("Phòng Nghiệp vụ - Dự toán") makes no report a budget step."""
    assert keys("III. TỔ CHỨC THỰC HIỆN\n1. Sở Tài chính báo cáo kết quả thu ngân sách về Ủy ban nhân dân tỉnh trước "
                "ngày 05 hằng tháng; báo cáo đánh giá 6 tháng trước ngày 10/7/2026 và báo cáo năm trước ngày 10/01/2027."
                "\n") == [("monthly", "---05"), ("once", "2026-07-10"), ("once", "2027-01-10")]
    assert keys("III. TỔ CHỨC THỰC HIỆN\n1. Các đơn vị gửi Sở Tài chính báo cáo tình hình sử dụng kinh phí trước ngày "
                "15/12/2026.\n") == [("once", "2026-12-15")]
    assert keys("III. TỔ CHỨC THỰC HIỆN\n1. Phòng Nghiệp vụ - Dự toán theo dõi tiến độ thu; tham mưu Giám đốc báo cáo "
                "Ủy ban nhân dân tỉnh trước ngày 08 hằng tháng.\n") == [("monthly", "---08")]


def test_the_short_names_a_plan_defines_name_who_reports_and_to_whom():
    """A legend's short forms head the duties ("2. CNSDL:") and name the recipient ("báo cáo Giám đốc TTDL"): the
    reporter and the recipient are the bodies they stand for."""
    legend = ("CÁC CHỮ VIẾT TẮT\nTTDL: Trung tâm Dữ liệu tỉnh An Hòa\nCNSDL: Phòng Công nghệ số và Dữ liệu\n")
    found = duties("III. NHIỆM VỤ\n2. CNSDL:\n- Vận hành hệ thống.\n- Tổng hợp số liệu, báo cáo Giám đốc TTDL trước "
                   "ngày 22 hằng tháng.\n", tasks=legend)
    assert [(d.reporter, d.recipient, d.frequency, d.due) for d in found] == [
        ("Phòng Công nghệ số và Dữ liệu", "Trung tâm Dữ liệu tỉnh An Hòa", "monthly", "---22")]


# --- what is not a duty ---------------------------------------------------------------------------
@pytest.mark.parametrize("item", [
    "Các sở, ngành xây dựng kế hoạch thực hiện, hoàn thành trong tháng 4/2025.",  # a sub-plan sent to nobody
    "Sở Tài chính tổng hợp nhu cầu kinh phí, cân đối ngân sách; tham mưu UBND tỉnh báo cáo Bộ Tài chính.",  # budget step
    "Các đơn vị lập dự toán và gửi về Sở Tài chính thẩm định theo quy định.",  # submitted for a decision
    "Sở Tư pháp báo cáo cấp có thẩm quyền phê duyệt kinh phí.",
    "Trường hợp cần điều chỉnh, bổ sung Kế hoạch, các đơn vị gửi Sở Tư pháp để tổng hợp, báo cáo UBND tỉnh.",
    "Các sở, ngành phối hợp cung cấp thông tin; gửi các nội dung, thông tin về quy hoạch cho các cơ quan đăng ký đầu tư.",
    "Sở Công Thương tổng hợp báo cáo từ các huyện về tình hình thực hiện.",
    "Sở Nông nghiệp chủ trì phòng, chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định.",
    "Sở Văn hóa và Thể thao định kỳ bồi dưỡng đội ngũ báo cáo viên, tuyên truyền viên của tỉnh.",  # a rapporteur
    "Sở Tài chính thường xuyên cập nhật Báo cáo Tổng quan kinh tế của tỉnh.",  # a document's title
    "Các sở, ngành Sở Tài chính Báo cáo thực hiện Năm 2025-2026 Rà soát thường xuyên danh mục dự án.",  # a result cell
    "Trường hợp phát hiện sai sót, Sở Xây dựng tổng hợp; định kỳ báo cáo UBND tỉnh.",  # a sentence under a condition
    "Các sở, ngành thực hiện nghiêm chế độ thông tin, báo cáo theo quy định.",  # the regime's name
    "Các đơn vị lập dự toán kinh phí hoạt động, báo cáo Sở Tài chính hằng năm.",  # the budget of running costs
    "Ngân sách cấp xã được báo cáo Sở Tài chính hằng quý.",  # a budget word opening the clause
])
def test_not_a_reporting_duty(item):
    assert keys(f"III. TỔ CHỨC THỰC HIỆN\n1. {item}\n") == []


def test_report_owed_when_an_event_happens_is_a_duty_without_cycle():
    body = """III. TỔ CHỨC THỰC HIỆN
1. Các sở, ngành khi để xảy ra lộ, mất bí mật nhà nước phải báo cáo ngay về UBND tỉnh (qua Công an tỉnh).
2. Ủy ban nhân dân các huyện chỉ đạo các xã rà soát; khi xảy ra cháy lớn phải báo cáo ngay Chủ tịch UBND tỉnh.
"""
    assert [(d.recipient, d.frequency, d.due) for d in duties(body)] == [("Ủy ban nhân dân tỉnh", None, None)] * 2


def test_an_event_that_opens_the_sentence_calls_for_a_report_at_once_but_trouble_with_the_work_does_not():
    """ "Khi phát hiện …, X phải báo cáo ngay …" and "Trường hợp xảy ra …" are duties an event sets off; "Nếu có khó
    khăn, vướng mắc, … báo cáo" (a problem report) and a condition without "ngay" are not."""
    body = """III. TỔ CHỨC THỰC HIỆN
1. Khi phát hiện cơ sở kinh doanh vi phạm nghiêm trọng, các phòng, đơn vị phải báo cáo ngay Giám đốc Sở để xử lý.
2. Trường hợp xảy ra ngộ độc thực phẩm đông người, Ủy ban nhân dân các xã báo cáo ngay về Sở Y tế.
3. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị báo cáo ngay về Sở Y tế để tổng hợp.
4. Khi có yêu cầu, các đơn vị báo cáo Sở Y tế.
"""
    assert [(d.text[:14], d.frequency) for d in duties(body)] == [("Khi phát hiện ", None), ("Trường hợp xảy", None)]


def test_an_event_that_opens_a_later_clause_calls_for_its_own_report_at_once():
    body = """III. TỔ CHỨC THỰC HIỆN
1. Các đơn vị báo cáo tình hình vận hành về Sở trước ngày 20 hằng tháng; trường hợp xảy ra sự cố nghiêm trọng phải báo cáo ngay Sở Khoa học và Công nghệ.
2. Các đơn vị triển khai thực hiện Kế hoạch; nếu có khó khăn, vướng mắc thì báo cáo Sở để tổng hợp.
"""
    assert [(d.frequency, d.due, d.text[:10]) for d in duties(body)] == [
        ("monthly", "---20", "Các đơn vị"), (None, None, "trường hợp")]


def test_restatement_without_a_period_merges_into_the_periodic_duty():
    body = """III. TỔ CHỨC THỰC HIỆN
1. Sở Tài chính
- Theo dõi, đôn đốc thực hiện; đồng thời tổng hợp tình hình triển khai, báo cáo Ủy ban nhân dân tỉnh.
- Định kỳ hằng quý tổng hợp, báo cáo Ủy ban nhân dân tỉnh.
"""
    assert [(d.reporter, d.recipient, d.frequency) for d in duties(body)] == [
        ("Sở Tài chính", "Ủy ban nhân dân tỉnh", "quarterly")]


def test_a_restatement_with_the_cycle_but_no_day_merges_into_the_dated_duty():
    body = """III. TỔ CHỨC THỰC HIỆN
1. Sở Tài chính
- Định kỳ hằng năm, báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện.
- Tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 30/11 hằng năm.
"""
    assert [(d.reporter, d.recipient, d.frequency, d.due) for d in duties(body)] == [
        ("Sở Tài chính", "Ủy ban nhân dân tỉnh", "annual", "--11-30")]


def test_periodic_report_for_direction_is_a_duty_but_a_one_off_submission_is_not():
    body = """III. TỔ CHỨC THỰC HIỆN
1. Sở Xây dựng định kỳ 6 tháng báo cáo Ủy ban nhân dân tỉnh xem xét, chỉ đạo.
2. Các đơn vị gửi kế hoạch về Sở Xây dựng thẩm định trước ngày 15/7/2025.
"""
    assert keys(body) == [("semiannual", None)]


def test_reporting_a_review_is_a_duty():
    body = "III. TỔ CHỨC THỰC HIỆN\n1. Sở Nội vụ theo dõi, đôn đốc; báo cáo sơ kết 6 tháng về Ủy ban nhân dân tỉnh.\n"
    assert [(d.reporter, d.recipient, d.frequency) for d in duties(body)] == [
        ("Sở Nội vụ", "Ủy ban nhân dân tỉnh", "semiannual")]


def test_recipient_is_the_body_reported_to_not_the_one_reported_through():
    body = "III. TỔ CHỨC THỰC HIỆN\n1. Các cơ quan, đơn vị định kỳ báo cáo UBND tỉnh (qua Sở Tư pháp) kết quả thực hiện hằng năm.\n"
    [duty] = duties(body)
    assert duty.recipient == "Ủy ban nhân dân tỉnh" and duty.frequency == "annual"


def test_the_span_points_at_the_clause():
    plan = vnplan.extract_text(HEADER + TASKS + ORGANISATION + SIGNATURE)
    for duty in plan.reporting:
        assert plan.text[duty.span.start:duty.span.end] == duty.text


def test_sample_plan_quarterly_annual_and_sent_sub_plan(sample_text):
    found = vnplan.extract_text(sample_text).reporting
    assert [(d.frequency, d.due) for d in found] == [("once", "2024-04-15"), ("quarterly", "---20"), ("annual", "--12-15")]
    assert found[1].recipient == "Sở Thông tin và Truyền thông" and found[2].recipient == "Ủy ban nhân dân tỉnh"


def test_nothing_to_read_gives_no_duties():
    from vnplan.extract.reporting import extract_reporting

    assert extract_reporting([]) == []
    assert duties("III. TỔ CHỨC THỰC HIỆN\n") == []


def test_a_time_field_after_the_report_dates_it():
    body = ("III. TỔ CHỨC THỰC HIỆN\n1. Sở Tài chính\n- Tổng hợp kết quả kiểm kê, báo cáo Bộ Tài chính.\n"
            "Thời hạn hoàn thành: Trước ngày 31/3/2026.\n"
            "- Báo cáo kết quả kiểm kê gửi Ủy ban nhân dân tỉnh. Thời gian hoàn thành: Trước ngày 15/5/2026.\n")
    assert keys(body) == [("once", "2026-03-31"), ("once", "2026-05-15")]


def test_a_duty_list_under_an_article_naming_its_body_reports_for_that_body():
    """ "Điều 9. Trách nhiệm của Sở X" → "2. Trách nhiệm trong việc quản lý …" → "g) Báo cáo số liệu … hàng tháng gửi …":
    the article names who reports."""
    regulation = """Điều 9. Trách nhiệm của Sở Khoa học và Công nghệ
1. Hướng dẫn các cơ quan, đơn vị sử dụng ứng dụng phản ánh kiến nghị.
2. Trách nhiệm trong việc quản lý ứng dụng phản ánh kiến nghị
a) Bảo đảm hạ tầng kỹ thuật của ứng dụng.
b) Báo cáo số liệu tiếp nhận, xử lý phản ánh kiến nghị hàng tháng gửi Ủy ban nhân dân tỉnh.
"""
    [duty] = duties(regulation, tasks="")
    assert (duty.reporter, duty.recipient, duty.frequency) == (
        "Sở Khoa học và Công nghệ", "Ủy ban nhân dân tỉnh", "monthly")


def test_a_report_the_body_received_is_no_duty_of_its_own():
    """ "Sở X nhận được Báo cáo số … của Y gửi Bộ Tài chính": the report was sent, by another, and received; the same
    words as an instruction ("Sở X gửi Bộ Tài chính báo cáo …") owe one."""
    organisation = "III. TỔ CHỨC THỰC HIỆN\n"
    received = ("Sở Tài chính nhận được Báo cáo số 15/BC-HĐTV ngày 02/10/2025 của Hội đồng tư vấn gửi Bộ Tài chính, "
                "có nội dung kiến nghị như sau:\n")
    assert duties(organisation + received) == []
    assert keys(organisation + "Sở Tài chính gửi Bộ Tài chính báo cáo kết quả thực hiện trước ngày 15/12/2025.\n") \
        == [("once", "2025-12-15")]


def test_sending_to_a_body_whose_name_opens_with_an_accented_capital_is_reporting():
    """ "gửi Ủy ban nhân dân tỉnh …": "Ủ" is a capital as "S" of "Sở" is; the body it goes to makes "gửi" a report."""
    body = ("III. TỔ CHỨC THỰC HIỆN\nSở Tài chính tổng hợp, gửi Ủy ban nhân dân tỉnh kết quả thực hiện trước ngày "
            "15/12/2025.\n")
    assert [(d.recipient, d.frequency, d.due) for d in duties(body)] == [("Ủy ban nhân dân tỉnh", "once", "2025-12-15")]


def test_a_duty_dated_from_the_day_something_is_received_is_still_owed():
    """ "… kể từ ngày nhận được báo cáo của các đơn vị, Sở X tổng hợp, báo cáo …": the day a report is received starts
    the duty's time; it is no body saying what it received."""
    body = ("III. TỔ CHỨC THỰC HIỆN\nTrong thời hạn 10 ngày kể từ ngày nhận được báo cáo của các đơn vị, Sở Tài chính "
            "tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12/2025.\n")
    assert [(d.recipient, d.frequency, d.due) for d in duties(body)] == [("Ủy ban nhân dân tỉnh", "once", "2025-12-15")]


def test_a_report_to_draft_is_a_duty_only_where_the_sentence_names_whom_it_goes_to():
    """ "… hoàn thành báo cáo tổng hợp trước ngày 28/11/2026": a document the body drafts, sent to no one; after
    "báo cáo Ủy ban nhân dân tỉnh;" in the same sentence it is that report, due by its date."""
    found = duties("IV. TỔ CHỨC THỰC HIỆN\n1. Phòng Tổng hợp tổng hợp ý kiến cử tri; hoàn thành báo cáo tổng hợp trước "
                   "ngày 28/11/2026.\n2. Sở Nội vụ theo dõi, báo cáo Ủy ban nhân dân tỉnh; hoàn thành báo cáo tổng kết "
                   "trước ngày 15/12/2026.\n")
    assert [(d.reporter, d.recipient, d.due) for d in found] == [
        ("Sở Nội vụ", "Ủy ban nhân dân tỉnh", None), ("Sở Nội vụ", None, "2026-12-15")]


def test_a_report_date_in_a_rows_time_cell_dates_the_report_its_work_cell_asks_for():
    """ "| … tổng hợp, báo cáo kết quả năm 2025 gửi Sở Tài chính | Phòng X | Tháng 11 - 12/2025<br>(báo cáo trước ngày
    15/12/2025) |": one report, due on the date the time cell gives it."""
    table = ("III. NHIỆM VỤ\n| TT | Nội dung | Cơ quan chủ trì | Thời gian |\n|---|---|---|---|\n"
             "| 1 | Kiểm tra việc thực hiện tại các xã; tổng hợp, báo cáo kết quả năm 2025 gửi Sở Tài chính | "
             "Phòng Kế hoạch | Tháng 11 - 12/2025<br>(báo cáo trước ngày 15/12/2025) |\n")
    assert [(d.reporter, d.recipient, d.frequency, d.due) for d in duties("", table)] == [
        ("Phòng Kế hoạch", "Sở Tài chính", "once", "2025-12-15")]


def test_cycles_with_their_days_in_brackets_keep_their_cycles_in_an_annual_plan():
    assert timings("báo cáo 6 tháng (trước ngày 15/6) và năm (trước ngày 15/12)", 2026) == [
        ("semiannual", "--06-15"), ("annual", "--12-15")]


def test_a_report_to_draft_each_quarter_is_a_duty():
    found = duties("IV. TỔ CHỨC THỰC HIỆN\n1. Các sở, ngành định kỳ hằng quý hoàn thành báo cáo kết quả thực hiện Kế hoạch "
                   "trước ngày 15 của tháng cuối quý.\n")
    assert [(d.frequency, d.due) for d in found] == [("quarterly", "---15")]


def test_months_and_quarters_in_one_cell_are_not_compared_and_months_past_december_are_next_years():
    from vnplan.extract.dates import deadline_from_timeframe
    assert deadline_from_timeframe("Tháng 10, Quý IV", 2026) == "2026-12-31"
    assert deadline_from_timeframe("Tháng 11, Tháng 12, Tháng 1", 2026) == "2027-01-31"
    assert deadline_from_timeframe("Tháng 2 năm sau", 2026) == "2027-02-28"


def test_a_cover_sheet_closing_with_its_notes_before_the_document_leaves_the_documents_reports_in_it():
    text = ("PHIẾU GỬI FAX\nKính gửi: Ủy ban nhân dân các xã\nSố trang: 02\n"
            "Ghi chú: Văn bản điện tử đã gửi trên hệ thống quản lý văn bản.\n"
            "ỦY BAN NHÂN DÂN TỈNH TÂN AN\nSố: 9/CĐ-UBND\nCÔNG ĐIỆN\nVề việc ứng phó triều cường\n"
            "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:\n- Chủ tịch Ủy ban nhân dân các xã.\n"
            "1. Chủ tịch Ủy ban nhân dân các xã:\na) Di dời các hộ dân khỏi vùng sạt lở.\n"
            "b) Báo cáo tình hình triều cường về Sở Nông nghiệp và Môi trường hằng ngày.\n")
    duties = vnplan.extract_text(text).reporting
    assert [(d.reporter, d.recipient) for d in duties] == [("Ủy ban nhân dân các xã", "Sở Nông nghiệp và Môi trường")]


@pytest.mark.parametrize("clause, timing", [
    ("Báo cáo kết quả tại kỳ họp thường lệ cuối năm 2027 của Hội đồng nhân dân tỉnh.", ("once", None)),
    ("Báo cáo kết quả vào cuối năm.", ("annual", None)),
    ("Báo cáo sơ kết cuối quý II/2027.", ("once", "2027-06-30")),
    ("Báo cáo tiến độ cuối quý.", ("quarterly", None))])
def test_the_end_of_a_year_or_quarter_named_is_one_time_the_end_of_each_a_cycle(clause, timing):
    assert frequency_and_due(clause, 2027) == timing


def test_a_rows_report_dated_twice_in_its_time_cell_is_due_once_on_each_date_also_in_an_appendix_after_the_end_mark():
    text = ("ỦY BAN NHÂN DÂN TỈNH TÂN AN\nSố: 40/KH-UBND\nKẾ HOẠCH\nPhát triển du lịch năm 2027\nI. NHIỆM VỤ\n"
            "Các nhiệm vụ cụ thể tại Phụ lục kèm theo.\nII. TỔ CHỨC THỰC HIỆN\n"
            "Các sở, ngành triển khai thực hiện Kế hoạch này./.\nPhụ lục\nNHIỆM VỤ PHÁT TRIỂN DU LỊCH NĂM 2027\n"
            "| TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |\n"
            "| 1 | Tổ chức lễ hội biển | Sở Văn hóa, Thể thao và Du lịch | Công an tỉnh | Tháng 6/2027 |\n"
            "| 2 | Báo cáo Ủy ban nhân dân tỉnh sơ kết 6 tháng và tổng kết năm thực hiện Kế hoạch | "
            "Sở Văn hóa, Thể thao và Du lịch | Các sở, ngành | Trước ngày 10/7/2027 và trước ngày 10/12/2027 |\n")
    assert [(d.reporter, d.recipient, d.frequency, d.due) for d in vnplan.extract_text(text).reporting] == [
        ("Sở Văn hóa, Thể thao và Du lịch", "Ủy ban nhân dân tỉnh", "once", "2027-07-10"),
        ("Sở Văn hóa, Thể thao và Du lịch", "Ủy ban nhân dân tỉnh", "once", "2027-12-10")]
    # one "Trước" for both dates, in a cell and in a sentence
    listed = text.replace("Trước ngày 10/7/2027 và trước ngày 10/12/2027", "Trước 10/7/2027 và 10/12/2027")
    assert [d.due for d in vnplan.extract_text(listed).reporting] == ["2027-07-10", "2027-12-10"]
    # the months named with their year, no day: each report due at its month's end
    months = text.replace("Trước ngày 10/7/2027 và trước ngày 10/12/2027", "Tháng 7/2027 và tháng 12/2027")
    assert [d.due for d in vnplan.extract_text(months).reporting] == ["2027-07-31", "2027-12-31"]
    sentence = ("KẾ HOẠCH\nI. TỔ CHỨC THỰC HIỆN\nSở Nội vụ báo cáo sơ kết 6 tháng, tổng kết năm gửi Ủy ban nhân dân "
                "tỉnh trước ngày 15/6/2027 và 15/12/2027.\n")
    assert [(d.frequency, d.due) for d in vnplan.extract_text(sentence).reporting] == [
        ("once", "2027-06-15"), ("once", "2027-12-15")]


def test_a_rows_report_that_recurs_keeps_its_cycle_whatever_dates_its_time_cell_lists():
    text = ("KẾ HOẠCH\nI. NHIỆM VỤ\n| TT | Nhiệm vụ | Cơ quan chủ trì | Thời gian |\n"
            "| 1 | Báo cáo định kỳ hằng quý kết quả thực hiện gửi Ủy ban nhân dân tỉnh | Sở Nội vụ | "
            "Trước ngày 20/3/2027 và trước ngày 20/6/2027 |\n")
    assert {d.frequency for d in vnplan.extract_text(text).reporting} == {"quarterly"}


def test_a_report_each_week_to_the_head_of_the_issuing_body_is_a_duty_with_no_frequency_the_schema_names():
    text = ("BAN QUẢN LÝ KHU DU LỊCH HỒ XANH\nSố: 12/KH-BQL\nKẾ HOẠCH\nTổ chức Tuần lễ du lịch năm 2027\n"
            "I. TỔ CHỨC THỰC HIỆN\n1. Phòng Tổng hợp:\n- Theo dõi, đôn đốc các phòng; tổng hợp tình hình, báo cáo "
            "Trưởng ban hằng tuần trong thời gian diễn ra Tuần lễ.\n")
    duties = vnplan.extract_text(text).reporting
    assert [(d.reporter, d.frequency, d.due) for d in duties] == [("Phòng Tổng hợp", None, None)]


def test_a_reports_outline_sent_out_is_no_report():
    found = duties("IV. TỔ CHỨC THỰC HIỆN\n1. Văn phòng xây dựng đề cương báo cáo, gửi các sở, ngành trước ngày "
                   "31/12/2026.\n2. Các sở, ngành báo cáo kết quả theo đề cương về Văn phòng trước ngày 15/3/2027.\n")
    assert [(d.reporter, d.due) for d in found] == [("Các sở, ngành", "2027-03-15")]


def test_a_cycle_with_an_extra_occasion_on_request_is_still_a_periodic_report():
    plan = vnplan.extract_text(
        "ỦY BAN NHÂN DÂN TỈNH AN GIANG\nSố: 3/KH-UBND\nAn Giang, ngày 5 tháng 1 năm 2027\nKẾ HOẠCH\nDạy thêm năm 2027\n"
        "I. TỔ CHỨC THỰC HIỆN\n1. Sở Giáo dục và Đào tạo:\na) Hướng dẫn các trường thực hiện.\n"
        "b) Tổng hợp, báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện Kế hoạch định kỳ 6 tháng hoặc đột xuất khi có "
        "yêu cầu.\n")
    assert [(duty.reporter, duty.frequency) for duty in plan.reporting] == [("Sở Giáo dục và Đào tạo", "semiannual")]


def test_the_task_table_set_after_the_body_end_still_gives_its_report_rows():
    plan = vnplan.extract_text(
        "KẾ HOẠCH\nHoạt động năm 2027\nI. NHIỆM VỤ\n(Chi tiết tại bảng phân công dưới đây)\n"
        "II. TỔ CHỨC THỰC HIỆN\nCác ban căn cứ nhiệm vụ được phân công triển khai thực hiện./.\n"
        "| TT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian |\n"
        "| 1 | Tổ chức hội thao truyền thống | Ban Tổ chức | Các ban | Quý II/2027 |\n"
        "| 2 | Tổng hợp, báo cáo kết quả thực hiện Kế hoạch về Ủy ban nhân dân tỉnh | Văn phòng Hội | Các ban | "
        "Trước ngày 05/12/2027 |\n"
        "HỘI CỰU CHIẾN BINH TỈNH BẮC NINH\nSố: 6/KH-CCB\nBắc Ninh, ngày 2 tháng 1 năm 2027\n")
    assert [(duty.reporter, duty.recipient, duty.due) for duty in plan.reporting] == [
        ("Văn phòng Hội", "Ủy ban nhân dân tỉnh", "2027-12-05")]


def test_a_report_due_some_days_after_a_decision_is_a_duty_owed_in_any_case_not_a_submission():
    """ "… chậm nhất 10 ngày làm việc sau khi có quyết định công nhận kết quả": the decision is the event the report
    follows, not one the report asks for; "sau khi có" is no condition ("khi có yêu cầu" is)."""
    plan = vnplan.extract_text(
        "SỞ NỘI VỤ TỈNH AN HÒA\nSố: 12/TB-SNV\nTHÔNG BÁO\nKết luận về tuyển dụng công chức\n"
        "1. Giao nhiệm vụ cụ thể:\n(1) Đề nghị Ủy ban nhân dân các xã, phường:\n"
        "a) Tổ chức thi tuyển công chức cấp xã theo đúng quy định.\n"
        "b) Báo cáo kết quả tuyển dụng về Sở Nội vụ chậm nhất 10 ngày làm việc sau khi có quyết định công nhận kết "
        "quả trúng tuyển.\n(2) Phòng Tổ chức cán bộ báo cáo Giám đốc Sở khi có yêu cầu.\n")
    assert [(duty.reporter, duty.frequency, duty.due) for duty in plan.reporting] == [
        ("Ủy ban nhân dân các xã, phường", None, None)]


def test_a_prompt_report_when_a_named_event_happens_is_a_duty_and_a_weekly_one_is_its_own_cycle():
    """ "Kịp thời báo cáo Sở X khi phát sinh tình trạng …": mandatory when the event happens (frequency and due
    null); "khi phát sinh khó khăn, vướng mắc" stays a report owed only on trouble. A report each week beside an annual
    one to the same body is a duty of its own, not the annual one said again."""
    plan = vnplan.extract_text(
        "ỦY BAN NHÂN DÂN TỈNH AN HÒA\nSố: 12/KH-UBND\nKẾ HOẠCH\nPhòng, chống dịch năm 2027\nI. NHIỆM VỤ\n"
        "1. Sở Y tế:\n- Tổ chức tập huấn cho cán bộ y tế cơ sở.\n"
        "- Tổng hợp tình hình dịch, báo cáo Ủy ban nhân dân tỉnh vào thứ Sáu hằng tuần.\n"
        "- Tổng hợp, báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện trước ngày 15/12 hằng năm.\n"
        "2. Ủy ban nhân dân các xã:\n- Tuyên truyền phòng dịch.\n"
        "- Kịp thời báo cáo Sở Y tế khi phát sinh ổ dịch mới trên địa bàn.\n"
        "- Kịp thời báo cáo Sở Y tế khi phát sinh khó khăn, vướng mắc.\n")
    assert [(duty.reporter, duty.recipient, duty.frequency, duty.due) for duty in plan.reporting] == [
        ("Sở Y tế", "Ủy ban nhân dân tỉnh", None, None),
        ("Sở Y tế", "Ủy ban nhân dân tỉnh", "annual", "--12-15"),
        ("Ủy ban nhân dân các xã", "Sở Y tế", None, None)]


def test_a_branchs_director_heading_its_items_reports_for_the_branch_and_report_forms_are_no_report():
    """ "1. Giám đốc chi nhánh Ngân hàng X các tỉnh, thành phố:" names the branches its director heads, the reporters
    of its items' reports; "bổ sung … mẫu biểu báo cáo trên hệ thống" adds report forms, no report."""
    plan = vnplan.extract_text(
        "NGÂN HÀNG CHÍNH SÁCH XÃ HỘI\nSố: 1425/NHCS-TDSV\nV/v cho vay năm 2027\n"
        "1. Giám đốc chi nhánh Ngân hàng Chính sách xã hội các tỉnh, thành phố:\na) Rà soát danh sách người vay.\n"
        "b) Báo cáo kết quả cho vay về Ban Tín dụng sinh viên trước ngày 10 hằng tháng.\n"
        "2. Trung tâm Công nghệ thông tin: Bổ sung mã chương trình cho vay, mẫu biểu báo cáo trên hệ thống, hoàn thành "
        "trước ngày 15/3/2027.\n")
    assert [(d.reporter, d.recipient, d.frequency, d.due) for d in plan.reporting] == [
        ("Chi nhánh Ngân hàng Chính sách xã hội các tỉnh, thành phố", "Ban Tín dụng sinh viên", "monthly", "---10")]


def test_what_is_sent_in_the_passive_is_no_ones_report():
    """ "… bảo đảm thông tin cảnh báo được gửi đến Ủy ban nhân dân các xã trong vòng 30 phút": information sent down,
    said in the passive, owes no one a report; the same body's report up is one."""
    plan = vnplan.extract_text("ỦY BAN NHÂN DÂN\nTỈNH BÌNH MINH\nSố: 5/KH-UBND\nBình Minh, ngày 10 tháng 1 năm 2027\nKẾ HOẠCH\n"
                        "Phòng cháy rừng năm 2027\nI. NHIỆM VỤ\n1. Sở Nông nghiệp và Môi trường:\n"
                        "- Vận hành hệ thống camera phát hiện cháy rừng trong quý I/2027, bảo đảm thông tin cảnh báo được "
                        "gửi đến Ủy ban nhân dân các xã trong vòng 30 phút kể từ khi phát hiện;\n"
                        "- Định kỳ trước ngày 25 hằng tháng báo cáo Ủy ban nhân dân tỉnh tình hình cháy rừng.\n"
                        "Nơi nhận:\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Văn An\n")
    assert [(d.frequency, d.recipient) for d in plan.reporting] == [("monthly", "Ủy ban nhân dân tỉnh")]


def test_a_report_sent_in_steps_listed_after_a_colon_is_due_at_each_step():
    """ "Báo cáo kết quả về Sở X theo từng đợt: kết quả đợt 1 trước ngày …; kết quả đợt 2 trước ngày …": one report
    sent once at each listed step, each step's date its due; a clause after it that gives work of its own is no
    step."""
    plan = vnplan.extract_text(
        "ỦY BAN NHÂN DÂN\nTỈNH BÌNH MINH\nSố: 44/KH-UBND\nBình Minh, ngày 5 tháng 3 năm 2027\nKẾ HOẠCH\n"
        "Tiêm vắc xin phòng bệnh dại cho đàn chó, mèo năm 2027\nI. NHIỆM VỤ\n1. Ủy ban nhân dân các xã:\n"
        "- Lập danh sách hộ nuôi chó, mèo trước ngày 30/3/2027.\n"
        "- Báo cáo kết quả tiêm phòng về Sở Nông nghiệp và Môi trường theo từng đợt: kết quả đợt 1 trước ngày "
        "30/5/2027; kết quả đợt 2 trước ngày 30/10/2027.\n"
        "2. Sở Nông nghiệp và Môi trường: cung ứng vắc xin, hướng dẫn kỹ thuật tiêm phòng.\n"
        "Nơi nhận:\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Văn An\n")
    assert [(d.reporter, d.recipient, d.frequency, d.due) for d in plan.reporting] == [
        ("Ủy ban nhân dân các xã", "Sở Nông nghiệp và Môi trường", "once", "2027-05-30"),
        ("Ủy ban nhân dân các xã", "Sở Nông nghiệp và Môi trường", "once", "2027-10-30")]


@pytest.mark.parametrize("report", [
    # (a clock's colon lists nothing; the work after it is no step of the report)
    "- Báo cáo nhanh thiệt hại về Sở Nông nghiệp và Môi trường trước ngày 30/9/2027 (trước 15:00); hoàn thành sửa "
    "chữa nhà ở cho các hộ bị thiệt hại trước ngày 31/12/2027.",
    # (what the report holds, each part's period in it: one report, due once)
    "- Báo cáo kết quả về Sở Nông nghiệp và Môi trường trước ngày 30/9/2027, cụ thể: kết quả chiến dịch đợt 1 (từ "
    "ngày 01/4/2027 đến ngày 30/4/2027); kết quả chiến dịch đợt 2 (từ ngày 01/8/2027 đến ngày 31/8/2027).",
])
def test_a_colon_after_a_report_that_lists_no_dated_steps_leaves_one_report(report):
    plan = vnplan.extract_text(
        "ỦY BAN NHÂN DÂN\nTỈNH BÌNH MINH\nSố: 45/KH-UBND\nBình Minh, ngày 5 tháng 3 năm 2027\nKẾ HOẠCH\n"
        "Khắc phục hậu quả mưa lũ năm 2027\nI. NHIỆM VỤ\n1. Ủy ban nhân dân các xã:\n" + report + "\n"
        "Nơi nhận:\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Văn An\n")
    assert [(d.frequency, d.due) for d in plan.reporting] == [("once", "2027-09-30")]


def test_a_closing_row_of_a_spreadsheet_plan_reports_for_the_bodies_its_own_cell_opens_on():
    # (a plan saved as CSV: its closing part's rows hold a number and the work alone, under the task table's header)
    plan = vnplan.extract_text(
        "BAN AN TOÀN GIAO THÔNG,,,CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM,,\n"
        "TỈNH AN HÒA,,,Độc lập - Tự do - Hạnh phúc,,\n"
        "Số: 05/KH-BATGT,,,\"An Hòa, ngày 12 tháng 01 năm 2027\",,\nKẾ HOẠCH,,,,,\n"
        "Bảo đảm an toàn giao thông dịp Tết,,,,,\n"
        "II,PHÂN CÔNG NHIỆM VỤ,,,,\nTT,Nội dung công việc,Cơ quan chủ trì,Cơ quan phối hợp,Thời gian thực hiện,Ghi chú\n"
        "1,\"Tuần tra, kiểm soát, xử lý vi phạm nồng độ cồn\",Công an tỉnh,Sở Xây dựng,Tháng 1/2027,\n"
        "2,\"Kiểm tra điều kiện kinh doanh vận tải\",Sở Xây dựng,Công an tỉnh,Tháng 1/2027,\n"
        "III,TỔ CHỨC THỰC HIỆN,,,,\n"
        "1,\"Các cơ quan, đơn vị được phân công xây dựng phương án; báo cáo kết quả về Công an tỉnh trước ngày "
        "02/3/2027.\",,,,\n")
    assert [(d.reporter, d.recipient, d.frequency, d.due) for d in plan.reporting] == [
        ("Các cơ quan, đơn vị", "Công an tỉnh", "once", "2027-03-02")]
