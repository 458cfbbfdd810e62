import pytest

from vnplan import extract_text
from vnplan.extract.dates import deadline_from_timeframe, deadline_in, parse_date
from vnplan.extract.references import extract_references
from vnplan.extract.targets import parse_number, targets_in


@pytest.mark.parametrize("text,expected", [
    ("hoàn thành trước ngày 30/01/2024", "2024-01-30"),
    ("chậm nhất ngày 5 tháng 3 năm 2025", "2025-03-05"),
    ("triển khai trong quý II/2024", "2024-06-30"),
    ("trình phê duyệt trước quý III/2024", "2024-06-30"),
    ("hoàn thành trong tháng 6/2024", "2024-06-30"),
    ("hoàn thiện hồ sơ vào cuối năm 2024", "2024-12-31"),
    ("hoàn thành trước 17 giờ ngày 29/9/2025", "2025-09-29"),  # the hour of the day, then the day
    ("báo cáo trước 16h00 ngày 3/10/2025", "2025-10-03"),
    ("tổ chức chương trình nghệ thuật vào tối ngày 01/9/2026", "2026-09-01"),  # the part of the day, then the day
    ("thực hiện thường xuyên, hằng năm", None),
    ("giai đoạn 2021 - 2025, tầm nhìn đến năm 2030", None),
    ("trong 10 ngày kể từ ngày Quyết định có hiệu lực", None),
    # readying what starts on a day ends the day before, as "trước quý III" ends with the quarter before
    ("khẩn trương chuẩn bị trụ sở, bảo đảm để các phường mới chính thức hoạt động từ ngày 01 tháng 3 năm 2027.",
     "2027-02-28"),
    ("Trung tâm hoạt động từ ngày 01/3/2027 theo quy chế này.", None),  # a start, readying nothing
    ("tổ chức Hội thi tại Nhà văn hóa tỉnh vào ngày 14/3/2026", "2026-03-14"),  # the day of the event the task holds
    ("phát động cuộc thi từ ngày 05/3/2026", None),
    # months listed with the last one's year: the work goes on to the last
    ("phát sóng trong tháng 6 và tháng 7/2026", "2026-07-31"),
    ("tổ chức các điểm đổi máy lưu động trong tháng 4 - tháng 6/2027.", "2027-06-30"),  # a span of months: its end
    ("tổ chức kiểm tra vào các tháng 3, 6, 9/2026", "2026-09-30"),
    # a window whose start carries its year too ends with its end
    ("phát động đợt cao điểm vận động từ ngày 15/01/2026 đến ngày 10/02/2026", "2026-02-10"),
    ("xây dựng hồ sơ đăng ký chỉ dẫn địa lý, hoàn thành năm 2028.", "2028-12-31"),  # the year right after the word
    # two dates of one phrase: the work is done by the last
    ("Tổng hợp kết quả, báo cáo Tổng Giám đốc trước ngày 15/7/2027 và ngày 15/01/2028.", "2028-01-15"),
])
def test_deadlines_follow_the_contract(text, expected):
    assert deadline_in(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("2014 - 2015", "2015-12-31"),
    ("Quý IV năm 2025 và các năm tiếp theo", "2025-12-31"),
    ("Tháng 12/2013 và thường xuyên", "2013-12-31"),
    ("Thường xuyên", None),
    ("Tháng 9 - 10/2026.", "2026-10-31"),  # two months, not the 9th of October
    ("Từ ngày 15/02/2026 đến ngày 30/4/2026", "2026-04-30"),
    ("Từ năm 2026 đến năm 2028", "2028-12-31"),
    ("Từ tháng 9/2026 đến khi hoàn thành việc sắp xếp", None),  # a start with no end
    ("Từ quý II đến quý IV/2026", "2026-12-31"),
    ("Quý II - III/2027", "2027-09-30"),  # two quarters named once, the year after the last
    ("Quý I và II/2028", "2028-06-30"),
])
def test_timeframe_fields(text, expected):
    assert deadline_from_timeframe(text) == expected


def test_parse_date_in_words_and_digits():
    assert parse_date("Hà Tĩnh, ngày 05 tháng 5 năm 2023") == "2023-05-05"
    assert parse_date("ban hành ngày 26/8/2024") == "2024-08-26"


def test_references_in_many_spellings_with_type_and_date():
    text = ("Thực hiện Nghị quyết số 29- NQ/TW ngày 17/11/2022, Kế hoạch số 13 KH/TW ngày 28/11/2022, "
            "Văn bản số 843/SKHĐT-KTN ngày 31/3/2023, Nghị quyết 38/2021/QH15 và Quyết định số 1745/QĐ-TTg "
            "ngày 30 tháng 12 năm 2023; Kế hoạch 334/KH-UBND; đạt TCVN ISO 9001:2015, bản đồ tỷ lệ 1/5.000.")
    refs = {r.number: r for r in extract_references(text, "334/KH-UBND")}
    assert set(refs) == {"29-NQ/TW", "13-KH/TW", "843/SKHĐT-KTN", "38/2021/QH15", "1745/QĐ-TTg"}
    assert refs["29-NQ/TW"].type == "Nghị quyết" and refs["29-NQ/TW"].date == "2022-11-17"
    assert refs["1745/QĐ-TTg"].date == "2023-12-30"
    assert refs["843/SKHĐT-KTN"].type == "Văn bản"
    assert refs["38/2021/QH15"].date is None


def test_vietnamese_numbers():
    assert parse_number("5.500") == 5500
    assert parse_number("1,76") == 1.76
    assert parse_number("1.234,5") == 1234.5


def test_targets_ranges_bounds_units_years_and_ranks():
    text = ("Tăng trưởng GRDP 7 - 8%/năm. GRDP/người đạt 5.500 - 6.000 USD; tỷ lệ hộ nghèo giảm còn dưới 1,76%; "
            "phấn đấu đến năm 2025 có 30% và đến năm 2030 có 50% kết quả được thương mại hóa; "
            "thuộc nhóm 10 địa phương dẫn đầu; đón khoảng 3,5 - 4 triệu lượt khách; "
            "triển khai 03 Chương trình mục tiêu quốc gia và 12 nhóm nhiệm vụ.")
    got = [(t.min, t.max, t.unit, t.year) for t in targets_in(text, 0, None, 2030)]
    assert got == [
        (7, 8, "%/năm", 2030), (5500, 6000, "USD", 2030), (None, 1.76, "%", 2030),
        (30, 30, "%", 2025), (50, 50, "%", 2030), (None, 10, "địa phương dẫn đầu", 2030),
        (3.5, 4, "triệu lượt khách", 2030),
    ]


def test_a_target_is_named_by_what_its_number_measures():
    """Not by a label, a time frame, a commitment verb or the task sentence it sits in."""
    text = ("Chỉ tiêu 2: Đến hết năm 2027, 100% đường trục xã được cứng hóa. "
            "Tỷ lệ hộ nghèo đa chiều giảm bình quân 1,5%/năm. "
            "Sở Y tế chủ trì nâng cao chất lượng khám, chữa bệnh tuyến cơ sở, phấn đấu 90% trạm y tế xã đạt chuẩn "
            "quốc gia về y tế vào năm 2027. "
            "Tỷ lệ che phủ rừng đạt 58% trở lên; trong đó, tỷ trọng kinh tế số chiếm 20% GRDP. "
            "Đến năm 2026 có 30% và đến năm 2030 có 60% hợp tác xã ứng dụng công nghệ số. "
            "Sở Y tế chủ trì, phấn đấu 100% trạm y tế có bác sĩ làm việc, hoàn thành trước ngày 30/6/2026.")
    assert [t.indicator for t in targets_in(text, 0, None, 2030)] == [
        "đường trục xã được cứng hóa", "Tỷ lệ hộ nghèo đa chiều", "trạm y tế xã đạt chuẩn quốc gia về y tế",
        "Tỷ lệ che phủ rừng", "tỷ trọng kinh tế số", text.split(". ")[-2],
        "hợp tác xã ứng dụng công nghệ số", "trạm y tế có bác sĩ làm việc"]


def test_deadlines_without_a_trigger_word():
    from vnplan.extract.dates import deadline_in
    assert deadline_in("Ban hành quy chế phối hợp (trong năm 2026).") == "2026-12-31"
    assert deadline_in("Rà soát thủ tục hành chính (Quý II/2026 và thường xuyên).") == "2026-06-30"
    assert deadline_in("Năm 2027: trình Hội đồng nhân dân tỉnh ban hành nghị quyết.") == "2027-12-31"
    assert deadline_in("Hoàn thành số hóa hồ sơ vào năm 2027.") == "2027-12-31"
    # horizons, periods and the dates of documents are not deadlines
    assert deadline_in("Phát triển đô thị thông minh (đến năm 2030).") is None
    assert deadline_in("Thực hiện Đề án (giai đoạn 2021 - 2025) của tỉnh.") is None
    assert deadline_in("Triển khai Quyết định số 12/QĐ-UBND (ngày 3/2/2024) của tỉnh.") is None
    assert deadline_in("Thực hiện Kế hoạch (năm 2024) của Bộ, hoàn thành trước ngày 30/6/2024.") == "2024-06-30"
    # (a bracket that closes the clause after "… thực hiện Kế hoạch" dates the work, not the plan)
    assert deadline_in("Tổ chức sơ kết 6 tháng thực hiện Kế hoạch (tháng 7/2027).") == "2027-07-31"
    assert deadline_in("Triển khai Kế hoạch số 21/KH-UBND (2026).") is None
    assert deadline_in("Hoàn thành các chỉ tiêu của kế hoạch 05 năm (2021 - 2025).") is None  # the span just named


def test_targets_count_whatever_follows_a_committed_number():
    from vnplan.extract.targets import targets_in

    def found(text):
        return [(t.min, t.max, t.unit) for t in targets_in(text, 0, None, None)]
    assert found("Phấn đấu có ít nhất 120 cơ sở lưu trú đạt chuẩn.") == [(120, None, "cơ sở lưu trú")]
    assert found("Thu hút 350.000 lượt khách đến các điểm du lịch.") == [(350000, 350000, "lượt khách")]
    assert found("Tỷ suất sinh ở tuổi vị thành niên giảm xuống 18 ca sinh/1.000 phụ nữ.") == [(18, 18, "ca sinh/1.000 phụ nữ")]
    # a rate per so many people after a plain commitment word, and a ratio "còn X lần"
    assert found("Tỷ lệ tử vong trẻ sơ sinh dưới 6/100.000 trẻ đẻ sống vào năm 2027.") == [(None, 6, "/100.000 trẻ đẻ sống")]
    assert found("Giảm thời gian làm việc nhà không được trả công của phụ nữ còn 1,5 lần so với nam giới.") == [
        (1.5, 1.5, "lần")]
    assert found("Tổ chức kiểm tra 03 lần trong năm; thực hiện Quyết định số 12/2025/QĐ-UBND.") == []
    # counts of the plan's own parts, ranks of products and qualifiers of a rate are not targets
    assert found("Kế hoạch đạt 06 quan điểm và 12 nhóm nhiệm vụ.") == []
    assert found("Nâng cấp sản phẩm đạt chuẩn OCOP 3 sao trở lên.") == []
    assert found("100% xã mỗi quý có ít nhất 04 tin, bài về bình đẳng giới.") == [(100, 100, "%")]


def test_forecasts_commit_to_nothing_and_beating_a_goal_is_a_lower_bound():
    from vnplan.extract.targets import targets_in

    def found(text):
        return [(t.min, t.max, t.unit) for t in targets_in(text, 0, None, None)]
    assert found("Giá trị xuất khẩu cà phê đến năm 2030 dự kiến đạt 186 triệu USD, tăng bình quân 10 - 12%/năm.") == []
    assert found("Doanh thu du lịch ước đạt 1.200 tỷ đồng, tăng 8% so với cùng kỳ.") == []
    assert found("Số cơ sở vi phạm bị xử lý tăng ít nhất 12% so với cùng kỳ năm trước.") == [(12, None, "%")]
    assert found("Phấn đấu tăng trưởng kinh tế vượt mục tiêu được giao (10%).") == [(10, None, "%")]
    assert found("Phấn đấu giá trị xuất khẩu đạt 50 triệu USD, dự kiến năm sau tăng thêm.") == [(50, 50, "triệu USD")]
    assert found("Dự kiến đến năm 2027, 100% xã có trạm y tế đạt chuẩn.") == [(100, 100, "%")]  # a plan, not a forecast


def test_reference_numbers_with_units_joined_by_an_ampersand():
    from vnplan.extract.references import extract_references
    found = extract_references("Thực hiện Công văn số 8935/BNV-CTTN&BĐG ngày 03 tháng 10 năm 2025 của Bộ Nội vụ.", None)
    assert [(r.number, r.date) for r in found] == [("8935/BNV-CTTN&BĐG", "2025-10-03")]
    printed = extract_references("Xét đề nghị của Sở Xây dựng tại Công văn số 4821/SXD-QLN& PTĐT ngày 14/11/2026.", None)
    assert [r.number for r in printed] == ["4821/SXD-QLN&PTĐT"]  # a space after "&" as a portal prints it


def test_a_joint_resolutions_number_keeps_its_long_last_issuer():
    found = extract_references("Căn cứ Nghị quyết liên tịch số 12/2026/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN ngày 15 tháng 3 "
                               "năm 2026 quy định chi tiết các hình thức giám sát.", None)
    assert [r.number for r in found] == ["12/2026/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN"]


def test_a_party_style_number_keeps_the_department_after_its_issuer():
    from vnplan.extract.references import extract_references
    found = extract_references("Thực hiện Kế hoạch số 57-KH/TWĐTN-BTN ngày 12/01/2026 của Ban Bí thư Trung ương Đoàn và "
                               "Chỉ thị số 05-CT/TU của Tỉnh ủy.", None)
    assert [r.number for r in found] == ["57-KH/TWĐTN-BTN", "05-CT/TU"]


def test_resolutions_of_the_standing_committee_numbered_by_year():
    from vnplan.extract.references import extract_references
    found = extract_references("Triển khai Nghị quyết số 70/2025/UBTVQH15, Luật số 38/2021/QH15 và Luật số 72/2025/QH.", None)
    assert [r.number for r in found] == ["70/2025/UBTVQH15", "38/2021/QH15", "72/2025/QH"]


def test_lower_bounds_said_away_from_their_number():
    from vnplan.extract.targets import targets_in

    def found(text):
        return [(t.min, t.max, t.unit) for t in targets_in(text, 0, None, None)]
    assert found("Tỷ lệ nữ trong diện quy hoạch ít nhất vào năm 2025 đạt 40%.") == [(40, None, "%")]
    assert found("Tỷ lệ hợp tác xã hoạt động hiệu quả đạt từ 65% trở lên.") == [(65, None, "%")]
    assert found("Tỷ số giới tính khi sinh ở mức 107 trẻ sơ sinh trai/100 trẻ sơ sinh gái.")[0][:2] == (107, 107)


def test_notes_printed_after_the_signature_cite_for_the_body_that_marks_them():
    plan = extract_text(
        "ỦY BAN NHÂN DÂN\nTỈNH BÌNH MINH\nSố: 12/KH-UBND\nBình Minh, ngày 10 tháng 3 năm 2026\nKẾ HOẠCH\nDân số năm 2026\n"
        "Thực hiện các chương trình của Tỉnh ủy[1], Ủy ban nhân dân tỉnh ban hành Kế hoạch.\n"
        "I. NHIỆM VỤ\n1. Sở Y tế chủ trì tuyên truyền về dân số.\n"
        "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Văn An\n"
        "[1] Chương trình số 30-CTr/TU ngày 29/12/2017 của Tỉnh ủy; Quyết định số 1679/QĐ-TTg ngày 22/11/2019.\n"
        "Văn bản liên quan: Quyết định số 999/QĐ-UBND ngày 01/01/2020.\n")
    numbers = {r.number for r in plan.references}
    assert {"30-CTr/TU", "1679/QĐ-TTg"} <= numbers and "999/QĐ-UBND" not in numbers


def test_a_markdown_copys_footnote_cites_for_the_body_that_marks_it():
    """A converter's footnote ("…[^1]" in the body, "[^1]: Kế hoạch số …" after the signature) is the body's citation,
    as a web copy's "[1]" is."""
    plan = extract_text(
        "BỘ Y TẾ\nSố: 88/KH-BYT\nHà Nội, ngày 10 tháng 3 năm 2027\nKẾ HOẠCH\nPhòng bệnh năm 2027\n"
        "Tiếp tục các nhiệm vụ của Kế hoạch giai đoạn trước[^1], Bộ Y tế ban hành Kế hoạch.\n"
        "I. NHIỆM VỤ\n1. Cục Phòng bệnh chủ trì tổ chức tiêm chủng.\n"
        "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nLê Văn An\n"
        "[^1]: Kế hoạch số 640/KH-BYT ngày 02/8/2025 của Bộ Y tế.\n"
        "[^2]: Quyết định số 77/QĐ-BYT ngày 01/01/2020.\n")
    numbers = {r.number for r in plan.references}
    assert "640/KH-BYT" in numbers and "77/QĐ-BYT" not in numbers  # (a note no mark in the body points to)


def test_a_note_runs_on_over_its_lines_to_the_next_note():
    """A consolidated text's note quoting its amending circular's legal bases, line after line, then the next note."""
    plan = extract_text(
        "BỘ QUỐC PHÒNG\nSố: 95/VBHN-BQP\nHà Nội, ngày 24 tháng 11 năm 2026\nTHÔNG TƯ\nQuy định về rà phá bom mìn\n"
        "Căn cứ Nghị định số 18/2019/NĐ-CP;[1]\nĐiều 1. Thông tư này quy định về rà phá bom mìn vật nổ.[2]\n"
        "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nNguyễn Văn Bình\n"
        "[1] Thông tư số 77/2026/TT-BQP có căn cứ ban hành như sau:\n“Căn cứ Nghị định số 01/2022/NĐ-CP ngày 30/11/2022;\n"
        "Căn cứ Nghị định số 35/2023/NĐ-CP ngày 20/6/2023;”.\n[2] Điều này được sửa đổi theo Thông tư số 77/2026/TT-BQP.\n")
    numbers = {r.number for r in plan.references}
    assert {"77/2026/TT-BQP", "01/2022/NĐ-CP", "35/2023/NĐ-CP"} <= numbers


def test_a_decision_or_decree_typed_without_its_d_bar_is_the_same_document():
    text = ("thay thế Quyết định số 270/QĐ-TTg ngày 02/4/2024; dự án đã có trong QĐ số 270/QD- TTg; "
            "mẫu ban hành kèm theo Nghị định số 56/2017/ND-CP")
    assert [r.number for r in extract_references(text)] == ["270/QĐ-TTg", "56/2017/NĐ-CP"]


def test_a_reference_cited_only_in_an_appendix_after_the_signature_is_the_documents():
    """The appendix after the signature is part of the decision, also when a portal prints its title in a table
    cell ("| PHỤ LỤC 1"): what it cites, the decision cites."""
    decision = ("ỦY BAN NHÂN DÂN\nTỈNH BÌNH MINH\nSố: 2301/QĐ-UBND\nBình Minh, ngày 01 tháng 12 năm 2026\nQUYẾT ĐỊNH\n"
                "Công bố danh mục thủ tục hành chính nội bộ\nĐiều 1. Công bố kèm theo Quyết định này danh mục thủ tục.\n"
                "Điều 2. Sở Y tế hướng dẫn các xã thực hiện.\nNơi nhận:\n- Như Điều 2;\n- Lưu: VT.\nCHỦ TỊCH\nLê Văn An\n"
                "| PHỤ LỤC 1 DANH MỤC THỦ TỤC\n| Bước 1 | Tiếp nhận thông tin theo Mẫu số 01 ban hành kèm theo Nghị định số "
                "56/2017/NĐ-CP |\n")
    assert "56/2017/NĐ-CP" in [r.number for r in extract_text(decision).references]


def test_a_commitment_stated_among_the_plans_purposes_is_a_plan_level_target():
    plan = extract_text(
        "ỦY BAN NHÂN DÂN\nTỈNH BÌNH MINH\nSố: 14/KH-UBND\nBình Minh, ngày 2 tháng 2 năm 2026\nKẾ HOẠCH\n"
        "Tổ chức Hội chợ nông sản năm 2026\nI. MỤC ĐÍCH, YÊU CẦU\n"
        "1. Quảng bá nông sản của tỉnh; phấn đấu đón trên 20.000 lượt khách đến Hội chợ.\n"
        "2. Tổ chức Hội chợ trang trọng, an toàn, tiết kiệm.\nII. NHIỆM VỤ\n"
        "1. Sở Công Thương chủ trì tổ chức Hội chợ, hoàn thành trước ngày 30/4/2026.\n"
        "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Văn An\n")
    assert [(t.min, t.max, t.unit, t.year, t.task) for t in plan.targets] == [(20000, None, "lượt khách", 2026, None)]


def test_a_time_the_work_may_take_at_the_most_is_a_target_and_a_year_after_a_commitment_is_none():
    def found(text):
        return [(t.min, t.max, t.unit) for t in targets_in(text, 0, None, 2026)]
    assert found("Thời gian giải quyết thủ tục đăng ký doanh nghiệp không quá 02 ngày làm việc.") == [
        (None, 2.0, "ngày làm việc")]
    assert found("Rút ngắn thời gian thẩm định quyết toán xuống còn tối đa 60 ngày.") == [(None, 60.0, "ngày")]
    assert found("Tổ chức tập huấn trong 03 ngày cho cán bộ cấp xã.") == []  # how long, no limit
    # the level a duration indicator reaches
    assert found("Thời gian lưu trú bình quân của khách đạt 2,35 ngày.") == [(2.35, 2.35, "ngày")]
    assert found("Tổ chức hội thi đạt 03 ngày liên tục.") == []
    # when one piece of work is due, counted from an event: a deadline of sorts, no target
    assert found("Thời hạn hoàn thành không quá 05 ngày làm việc kể từ ngày ban hành Quyết định.") == []
    assert found("Phấn đấu năm 2026 cả nước hoàn thành khoảng 100.000 căn hộ nhà ở xã hội.") == [
        (100000.0, 100000.0, "căn hộ")]


def test_old_numbers_with_their_issuer_alone_and_a_number_glued_to_its_word():
    text = ("Căn cứ Nghị định số 12/CP ngày 26/01/1995 của Chính phủ; Quyết định 113/TTg; Tờ trình số357/TTr-CP ngày "
            "03/6/2025; một phần ba (1/3) số hộ; Chỉ thị số 27/CTTg năm 2024.")
    assert [(r.number, r.type, r.date) for r in extract_references(text)] == [
        ("12/CP", "Nghị định", "1995-01-26"), ("113/TTg", "Quyết định", None), ("357/TTr-CP", "Tờ trình", "2025-06-03")]


def test_a_company_numbers_its_letter_by_its_date_or_its_year():
    text = ("Trả lời công văn số 20261022/CV-HTM ngày 22/10/2026 và công văn số 26-1507/PBHC-KD ngày 05/11/2026 của Công "
            "ty TNHH Hưng Thịnh Minh về thủ tục hải quan.")
    refs = extract_references(text)
    assert [(r.number, r.type, r.date) for r in refs] == [("20261022/CV-HTM", "Công văn", "2026-10-22"),
                                                          ("26-1507/PBHC-KD", "Công văn", "2026-11-05")]


def test_what_a_portal_writes_above_the_documents_header_is_not_cited_by_it():
    page = ("Thông tư 12/2026/TT-BTC sửa đổi Thông tư 55/2023/TT-BTC\n"
            "Theo hướng dẫn tại Nghị định 11/2020/NĐ-CP, việc kiểm soát chi do Kho bạc thực hiện.\n"
            "BỘ TÀI CHÍNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 12/2026/TT-BTC\n"
            "Hà Nội, ngày 28 tháng 11 năm 2026\nTHÔNG TƯ\nSửa đổi Thông tư số 55/2023/TT-BTC\n"
            "Căn cứ Luật Ngân sách nhà nước số 83/2015/QH13;\nBộ trưởng Bộ Tài chính ban hành Thông tư sửa đổi.\n"
            "Điều 1. Sửa đổi khoản 1 Điều 3 Thông tư số 55/2023/TT-BTC.\n"
            "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nTrần Văn Bình\n")
    assert [r.number for r in extract_text(page).references] == ["55/2023/TT-BTC", "83/2015/QH13"]


def test_a_number_added_between_two_takes_a_letter():
    text = ("Bãi bỏ Quyết định số 215b/QĐ- UBND ngày 06/4/2026 và Quyết định số 12/QĐ-UBND ngày 02/01/2026 của Chủ tịch "
            "Ủy ban nhân dân tỉnh; khoản 2a Điều 5 được giữ nguyên.")
    assert [r.number for r in extract_references(text)] == ["215b/QĐ-UBND", "12/QĐ-UBND"]


def test_the_number_a_portal_records_for_the_page_is_the_documents_own_even_misprinted():
    page = ("| Số hiệu: | 45677/CHQ-GSQL |\n| Loại văn bản: | Công văn |\n| Nơi ban hành: | Cục Hải quan |\n"
            "BỘ TÀI CHÍNH\nCỤC HẢI QUAN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Số: 4567/CHQ-GSQL\nV/v khai bổ sung hồ sơ hải quan\nHà Nội, ngày 25 tháng 11 năm 2026\n"
            "Kính gửi: Công ty TNHH Minh Phát.\n"
            "Căn cứ Thông tư số 38/2015/TT-BTC ngày 25/3/2015 của Bộ Tài chính, Cục Hải quan có ý kiến như sau: Công ty "
            "thực hiện khai bổ sung theo quy định.\nCục Hải quan trả lời để Công ty biết./.\n"
            "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. CỤC TRƯỞNG\nPHÓ CỤC TRƯỞNG\nTrần Văn Bình\n"
            "Công văn 45677/CHQ-GSQL năm 2026 khai bổ sung hồ sơ hải quan do Cục Hải quan ban hành\n")
    plan = extract_text(page)
    assert plan.document.number == "4567/CHQ-GSQL"
    assert [r.number for r in plan.references] == ["38/2015/TT-BTC"]


def test_a_units_code_with_its_region_after_a_dot():
    text = ("Cục Thuế nhận được công văn số 412/CCTKV.VII-NVDTPC.BMI ngày 15/05/2026 của Chi cục Thuế khu vực VII theo "
            "Quyết định số 12/QĐ-UBND.Căn cứ các quy định nêu trên, Cục Thuế có ý kiến như sau.")
    assert [r.number for r in extract_references(text)] == ["412/CCTKV.VII-NVDTPC.BMI", "12/QĐ-UBND"]


TARGETS_TABLE_PLAN = """ỦY BAN NHÂN DÂN
TỈNH BÌNH MINH
Số: 77/KH-UBND
Bình Minh, ngày 02 tháng 3 năm 2026
KẾ HOẠCH
Phát triển thủy sản bền vững năm 2026
I. MỤC TIÊU
Các chỉ tiêu chủ yếu:
| Chỉ tiêu | Đơn vị tính | Năm 2026 | Giai đoạn 2026 - 2030 |
|---|---|---|---|
| Sản lượng nuôi trồng thủy sản | tấn | 12.500 | 15.000 |
| Tỷ lệ cơ sở nuôi có chứng nhận VietGAP | % | ≥ 30 | 45,5 |
| Số tàu cá lắp thiết bị giám sát hành trình | chiếc | - | |
II. NHIỆM VỤ
1. Sở Nông nghiệp và Môi trường chủ trì hướng dẫn các xã xây dựng vùng nuôi tập trung.
Nơi nhận:
- Như trên;
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lê Văn An
Phụ lục
| Chỉ tiêu | Đơn vị tính | Năm 2024 | Năm 2025 |
|---|---|---|---|
| Sản lượng khai thác | tấn | 9.800 | 10.100 |
"""


def test_a_targets_table_gives_a_target_for_each_figure_by_its_columns_year():
    plan = extract_text(TARGETS_TABLE_PLAN)
    got = [(t.indicator, t.min, t.max, t.unit, t.year) for t in plan.targets]
    assert got == [
        ("Sản lượng nuôi trồng thủy sản", 12500, 12500, "tấn", 2026),
        ("Sản lượng nuôi trồng thủy sản", 15000, 15000, "tấn", 2030),
        ("Tỷ lệ cơ sở nuôi có chứng nhận VietGAP", 30, None, "%", 2026),
        ("Tỷ lệ cơ sở nuôi có chứng nhận VietGAP", 45.5, 45.5, "%", 2030),
    ]  # not the appendix's figures of past years, after the signature
    first = plan.targets[0]
    assert plan.text[first.span.start:first.span.end] == "Sản lượng nuôi trồng thủy sản"


def test_a_targets_table_s_column_of_a_year_before_the_plan_s_is_where_it_starts_not_a_target():
    """A plan for 2027 beside last year's estimates: "Năm 2026" is what the targets start from, "Năm 2027" the
    targets; a plan without a year of its own keeps every column."""
    table = ("| Chỉ tiêu | Đơn vị tính | Năm 2026 | Năm 2027 |\n|---|---|---|---|\n"
             "| Tỷ lệ hồ sơ giải quyết đúng hạn | % | 96,5 | tối thiểu 98 |\n| Số cuộc kiểm tra | cuộc | 1.020 | 1.100 |\n")
    dated = TARGETS_TABLE_PLAN.split("I. MỤC TIÊU")[0].replace("năm 2026", "năm 2027")
    plan = extract_text(dated + "I. MỤC TIÊU\n" + table + "II. NHIỆM VỤ\n1. Sở Tài chính chủ trì thực hiện.\n")
    assert [(t.indicator, t.min, t.max, t.year) for t in plan.targets] == [
        ("Tỷ lệ hồ sơ giải quyết đúng hạn", 98, None, 2027), ("Số cuộc kiểm tra", 1100, 1100, 2027)]
    undated = dated.replace("Phát triển thủy sản bền vững năm 2027", "Phát triển thủy sản bền vững")
    plan = extract_text(undated + "I. MỤC TIÊU\n" + table + "II. NHIỆM VỤ\n1. Sở Tài chính chủ trì thực hiện.\n")
    assert [t.year for t in plan.targets] == [2026, 2027, 2026, 2027]


@pytest.mark.parametrize("text,deadline", [
    # stages of one piece of work: it is done with the last
    ("Kiểm tra các điểm tiêm; đợt 1 kết thúc trước ngày 30/6/2026, đợt 2 kết thúc trước ngày 30/11/2026.", "2026-11-30"),
    ("Tổng hợp kết quả, báo cáo Chủ tịch 6 tháng (trước ngày 20/6/2026) và năm (trước ngày 15/12/2026).", "2026-12-15"),
    # the report after the work is a reporting duty: the work's own date
    ("Giải quyết dứt điểm tranh chấp đất rừng, hoàn thành trước ngày 31/3/2026; báo cáo kết quả trước ngày 15/4/2026.",
     "2026-03-31"),
    # a later sentence is another step
    ("Các báo cáo trên gửi Sở Tư pháp trước ngày 05/12/2026. Trên cơ sở đó, Sở Tư pháp tổng hợp, báo cáo Ủy ban nhân dân "
     "tỉnh trước ngày 10/12/2026.", "2026-12-05"),
])
def test_a_task_with_several_dates_is_due_when_its_own_work_ends(text, deadline):
    assert deadline_in(text) == deadline


@pytest.mark.parametrize("text, expected", [
    ("Từ ngày 02/3 đến ngày 13/3/2026: Các trường tiếp nhận hồ sơ dự tuyển.", "2026-03-13"),
    ("Ngày 14/5 và 15/5/2026: Hội đồng thi tổ chức thi.", "2026-05-15"),
    ("Tháng 9/2026: Sở tổng kết năm học.", "2026-09-30"),
    ("Tổ chức các lớp tập huấn từ tháng 4 đến tháng 8/2026 tại các cụm xã.", "2026-08-31"),
    # a span over which a duty recurs ends no work
    ("Báo cáo tiến độ về Sở trước ngày 20 hằng tháng (từ tháng 3 đến tháng 9 năm 2026).", None),
    ("Từ năm 2026: duy trì chế độ giao ban.", None),
])
def test_schedules_labelled_by_their_time_and_spans(text, expected):
    assert deadline_in(text) == expected


def test_a_floor_or_a_new_count_commits_and_a_place_or_a_ceiling_does_not():
    def found(text):
        return [(t.min, t.max, t.unit) for t in targets_in(text, 0, None, 2026)]
    assert found("Mỗi suất quà có trị giá không dưới 300.000 đồng.") == [(300000, None, "đồng")]
    assert found("Trồng mới 20.000 cây phân tán trên địa bàn.") == [(20000, 20000, "cây phân tán")]
    assert found("Xây mới ít nhất 15 “Mái ấm công đoàn” cho đoàn viên khó khăn.") == [(15, None, "“Mái ấm công đoàn”")]
    assert found("Thời gian chờ lấy kết quả xét nghiệm trung bình không quá 60 phút.") == [(None, 60, "phút")]
    assert found("Thời gian xe qua trạm thu phí bình quân dưới 03 giây;") == [(None, 3, "giây")]  # a bound kept to
    # the one unit a measure is counted per is no count; more than a million is
    assert found("Sản lượng đạt khoảng 900 tấn; giá trị sản xuất trên 01 ha tăng 10%.") == [
        (900, 900, "tấn"), (10, 10, "%")]
    assert found("Phấn đấu thu hút trên 1 triệu lượt khách.") == [(1, None, "triệu lượt khách")]
    assert found("Tỷ lệ hộ dùng nước sạch đạt trên 85%²;") == [(85, None, "%")]  # a note's mark after the unit
    assert found("Đăng tải tin, bài trên 3 loại hình báo chí của tỉnh.") == []  # "trên": a place
    assert found("Mức hỗ trợ tối đa 10 triệu đồng/hộ/năm.") == []  # a ceiling on spending


def test_a_count_set_off_before_a_rate_is_a_target_and_one_running_into_it_qualifies_it():
    def found(text):
        return [(t.min, t.max, t.unit) for t in targets_in(text, 0, None, 2026)]
    assert found("Bảo đảm chỗ neo đậu cho khoảng 12.000 phương tiện, trong đó ít nhất 90% phương tiện có định vị.") == [
        (12000, 12000, "phương tiện"), (90, None, "%")]
    assert found("Tỷ lệ trẻ được khám sàng lọc ít nhất 03 bệnh tật học đường đạt 95%.") == [(95, 95, "%")]


def test_a_list_under_a_heading_of_targets_commits_to_each_quantity_but_not_to_results_or_breakdowns():
    def targets(body):
        plan = extract_text(
            "ỦY BAN NHÂN DÂN\nXÃ AN PHÚ\nSố: 21/KH-UBND\nAn Phú, ngày 5 tháng 1 năm 2026\nKẾ HOẠCH\n"
            "Phát triển hợp tác xã năm 2026\nI. MỤC TIÊU\n1. Mục đích\nNâng cao hiệu quả hoạt động của 12 hợp tác xã.\n"
            f"2. Chỉ tiêu\n{body}II. NHIỆM VỤ\n"
            "1. Phòng Kinh tế chủ trì hướng dẫn thành lập hợp tác xã, hoàn thành trước ngày 30/6/2026.\n"
            "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Văn An\n")
        return [(t.min, t.max, t.unit) for t in plan.targets]
    assert targets("- Bồi dưỡng cho 400 lượt thành viên hợp tác xã;\n") == [(400, 400, "lượt thành viên hợp")]
    assert targets("- Năm 2025, toàn xã đã có 9 hợp tác xã hoạt động;\n") == []  # a result, not a commitment
    assert targets("- Tổng số thành viên kết nạp là 300 người (trong đó nữ 120 người, thanh niên 90 người);\n") == [
        (300, 300, "người")]
    assert targets("- Số ca mắc lao giảm từ 150 ca mắc/100.000 dân xuống 120 ca mắc/100.000 dân;\n") == [
        (120, 120, "ca mắc/100.000 dân")]


def test_a_directives_opening_commits_to_what_it_strives_for_and_to_nothing_else():
    plan = extract_text(
        "ỦY BAN NHÂN DÂN\nTỈNH BÌNH MINH\nSố: 05/CT-UBND\nBình Minh, ngày 9 tháng 3 năm 2026\nCHỈ THỊ\n"
        "Về tăng cường bảo đảm trật tự, an toàn giao thông năm 2026\n"
        "Năm 2025, toàn tỉnh xảy ra 212 vụ tai nạn giao thông, làm chết 95 người. Để kéo giảm tai nạn, phấn đấu năm "
        "2026 giảm ít nhất 15% số vụ tai nạn giao thông so với năm 2025, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:\n"
        "1. Công an tỉnh chủ trì tuần tra, kiểm soát, xử lý vi phạm trên các tuyến quốc lộ.\n"
        "2. Sở Xây dựng chủ trì rà soát, khắc phục điểm đen tai nạn giao thông, hoàn thành trước ngày 30/6/2026.\n"
        "CHỦ TỊCH\nLê Văn An\n")
    assert [(t.min, t.max, t.unit, t.year, t.task) for t in plan.targets] == [(15, None, "%", 2026, None)]
    # the aim said in the opening's grounds, "…, với mục tiêu giảm ít nhất 20% …, Bộ trưởng … yêu cầu:", commits too
    aimed = extract_text(
        "BỘ Y TẾ\nSố: 07/CT-BYT\nHà Nội, ngày 9 tháng 3 năm 2026\nCHỈ THỊ\nVề phòng, chống ngộ độc thực phẩm\n"
        "Thực hiện Luật An toàn thực phẩm số 55/2010/QH12 ngày 17 tháng 6 năm 2010, với mục tiêu giảm ít nhất 20% số vụ "
        "ngộ độc thực phẩm so với năm 2025, Bộ trưởng Bộ Y tế yêu cầu:\n1. Cục An toàn thực phẩm chủ trì kiểm tra.\n"
        "BỘ TRƯỞNG\nLê Văn An\n")
    assert [(t.min, t.max, t.unit) for t in aimed.targets] == [(20, None, "%")]


def test_a_conclusions_item_that_gives_no_work_commits_to_what_it_strives_for():
    plan = extract_text(
        "BỘ Y TẾ\nSố: 12/TB-BYT\nHà Nội, ngày 9 tháng 3 năm 2027\nTHÔNG BÁO\nKết luận của Bộ trưởng về tiêm chủng\n"
        "Bộ trưởng kết luận như sau:\n1. Năm 2026, tỷ lệ tiêm chủng đầy đủ đạt 92%.\n"
        "2. Phấn đấu đến hết năm 2028, 100% trẻ em được tiêm chủng đầy đủ.\n"
        "3. Giao Cục Y tế dự phòng hướng dẫn các địa phương rà soát đối tượng.\nNơi nhận:\n- Lưu: VT.\nBỘ TRƯỞNG\n"
        "Lê Văn An\n")
    assert [(t.min, t.max, t.unit, t.year) for t in plan.targets] == [(100, 100, "%", 2028)]


def test_what_a_directive_strives_for_runs_on_over_its_semicolons():
    """ "… phấn đấu trong năm 2026 xử lý ít nhất 15 điểm úng ngập; thời gian tiêu thoát nước sau mưa không quá 3 giờ.":
    the goals after the semicolon are the same sentence's, a time limit among them; the next sentence commits to
    nothing."""
    plan = extract_text(
        "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ BÌNH MINH\nSố: 06/CT-UBND\nBình Minh, ngày 9 tháng 3 năm 2026\nCHỈ THỊ\n"
        "Về phòng, chống úng ngập đô thị mùa mưa năm 2026\n"
        "Thành phố phấn đấu trong năm 2026 xử lý dứt điểm ít nhất 15 điểm úng ngập thường xuyên; thời gian tiêu thoát "
        "nước sau mưa tại khu vực nội đô không quá 3 giờ. Năm 2025 có 46 điểm úng ngập, kéo dài trên 6 giờ.\n"
        "1. Sở Xây dựng chủ trì rà soát, nạo vét hệ thống thoát nước, hoàn thành trước ngày 15/5/2026.\n"
        "CHỦ TỊCH\nLê Văn An\n")
    assert [(t.min, t.max, t.unit) for t in plan.targets] == [(15, None, "điểm"), (None, 3, "giờ")]


def test_so_many_programmes_or_documents_at_least_is_a_target_and_a_numbered_programme_is_not():
    text = "Sản xuất ít nhất 1.200 chương trình thời sự truyền hình; ban hành tối thiểu 05 văn bản hướng dẫn."
    assert [(t.min, t.unit) for t in targets_in(text, 0, None, 2027, committed=True)] == [
        (1200, "chương trình thời sự"), (5, "văn bản hướng dẫn")]
    assert targets_in("Triển khai 02 chương trình mục tiêu quốc gia trên địa bàn.", 0, None, 2027, committed=True) == []


def test_a_range_said_with_from_and_to_gives_both_its_ends():
    assert [(t.min, t.max, t.unit) for t in targets_in("Tiết kiệm từ 1,5 đến 2,0% tổng mức tiêu thụ năng lượng.", 0, None, 2027,
                                                      committed=True)] == [(1.5, 2, "%")]
    assert [(t.min, t.max) for t in targets_in("Tỷ lệ hộ dùng nước sạch đạt 80 - 90%.", 0, None, 2027)] == [(80, 90)]
    # the unit after both ends
    assert [(t.min, t.max, t.unit) for t in targets_in("Tiết kiệm từ 8% đến 10% tổng tiêu thụ năng lượng.", 0, None, 2027,
                                                      committed=True)] == [(8, 10, "%")]
    assert [(t.min, t.max) for t in targets_in("đạt 95%, tăng 10% so với năm 2026", 0, None, 2027)] == [(95, 95), (10, 10)]


def test_a_share_someone_holds_names_a_kind_of_body_and_is_no_target():
    text = ("Hướng dẫn việc đặt hàng, tiếp nhận nhà ở xã hội của doanh nghiệp do Nhà nước nắm giữ 100% vốn điều lệ; "
            "phấn đấu 100% hồ sơ được giải quyết đúng hạn.")
    assert [(t.min, t.unit) for t in targets_in(text, 0, "1", 2027)] == [(100, "%")]


def test_so_many_rounds_or_entries_at_least_is_a_target_and_the_plans_own_solutions_are_not():
    text = ("Phấn đấu có ít nhất 120 giải pháp dự thi; tổ chức ít nhất 40 đợt tư vấn pháp luật lưu động tại các xã, "
            "phường.")
    assert [(t.min, t.unit.split()[0]) for t in targets_in(text, 0, None, 2027)] == [(120, "giải"), (40, "đợt")]
    assert targets_in("Kế hoạch đề ra 06 giải pháp chủ yếu, triển khai trong 02 đợt.", 0, None, 2027) == []


def test_a_quantity_in_brackets_after_a_rate_restates_the_rate_and_is_no_target():
    text = "Bàn giao ít nhất 85% diện tích mặt bằng của Dự án (khoảng 310 ha) trước ngày 30/6/2027; trồng mới 150 ha rừng."
    assert [(t.min, t.unit) for t in targets_in(text, 0, None, 2027)] == [(85, "%"), (150, "ha")]


def test_an_estimate_opening_its_clause_commits_to_nothing():
    text = "Năm 2026, ước cả nước đưa được 146.300 lao động đi làm việc ở nước ngoài, đạt 112,5% kế hoạch."
    assert targets_in(text, 0, None, 2027) == []
    assert [(t.min, t.unit) for t in targets_in("Phấn đấu năm 2027 đưa ít nhất 150.000 lao động đi làm việc ở nước "
                                                "ngoài.", 0, None, 2027)] == [(150000, "lao động")]


def test_a_portals_related_documents_after_the_document_are_none_of_its_references():
    page = ("BỘ NỘI VỤ\nSố: 2145/QĐ-BNV\nHà Nội, ngày 20 tháng 11 năm 2026\nQUYẾT ĐỊNH\nBan hành Kế hoạch năm 2027\n"
            "Căn cứ Nghị định số 25/2025/NĐ-CP ngày 21/02/2025 của Chính phủ;\nĐiều 1. Ban hành kèm theo Quyết định này Kế "
            "hoạch.\nI. NHIỆM VỤ\n1. Cục Quản lý lao động ngoài nước chủ trì kiểm tra các doanh nghiệp.\n"
            "Tệp đính kèm: 2145-QD-BNV.pdf\nVăn bản liên quan\n----------------\n"
            "* [Thông tư số 14/2026/TT-BNV quy định mẫu hợp đồng](https://moha.gov.vn/thong-tu-14)\nLượt xem: 1.208\n")
    assert [r.number for r in extract_text(page).references] == ["25/2025/NĐ-CP"]


def test_a_law_cited_by_its_name_before_its_number_is_a_law_a_resolution_of_the_assembly_stays_one():
    from vnplan.extract.references import extract_references
    found = extract_references("Căn cứ Luật Người cao tuổi số 39/2009/QH12 ngày 23 tháng 11 năm 2009; Bộ luật Dân sự số "
                               "91/2015/QH13; Nghị quyết số 68/2022/QH15 của Quốc hội;")
    assert [(ref.number, ref.type) for ref in found] == [
        ("39/2009/QH12", "Luật"), ("91/2015/QH13", "Luật"), ("68/2022/QH15", "Nghị quyết")]


@pytest.mark.parametrize("text, due", [
    ("Tổ chức 02 đợt tư vấn trong quý II và quý IV năm 2027.", "2027-12-31"),
    ("Kiểm tra vào các quý I, III/2027.", "2027-09-30"),
    ("Tập huấn trong quý II, quý III năm 2027.", "2027-09-30"),
])
def test_quarters_listed_with_the_last_ones_year_are_due_at_the_last(text, due):
    from vnplan.extract.dates import deadline_in
    assert deadline_in(text) == due


def test_a_central_bodys_code_keeps_its_marked_letters():
    from vnplan.extract.references import extract_references
    found = extract_references("Căn cứ Công văn số 1587/BVPTƯ-CĐT ngày 05/11/2026 của Bệnh viện Phổi Trung ương; "
                               "Kết luận số 5-KL/TƯ ngày 2/1/2026;")
    assert [(ref.number, ref.type) for ref in found] == [("1587/BVPTƯ-CĐT", "Công văn"), ("5-KL/TƯ", "Kết luận")]


def test_one_lower_bound_for_two_figures_joined_by_and():
    from vnplan.extract.targets import targets_in
    found = targets_in("Kiểm định ít nhất 42.000 công tơ điện và 6.500 đồng hồ đo nước.", 0, None, 2027, True)
    assert [(t.min, t.max, t.unit) for t in found] == [(42000, None, "công tơ điện"), (6500, None, "đồng hồ đo nước")]
    found = targets_in("Tuyển sinh 300 học viên và 200 lượt tập huấn.", 0, None, 2027, True)
    assert [(t.min, t.max) for t in found] == [(300, 300), (200, 200)]


def test_a_directives_lead_in_under_a_portals_heading_commits_to_what_it_strives_for():
    import vnplan
    plan = vnplan.extract_text(
        "1. [Trang chủ](https://luat.example.vn/)\n2. [Văn bản pháp luật](https://luat.example.vn/moi.html)\n\n"
        "## TÓM TẮT VĂN BẢN\n\n**Ban Bí thư yêu cầu đẩy lùi thuốc lá điện tử**\n\nNgày 01/12/2026, Ban Bí thư ban hành "
        "Chỉ thị 58-CT/TW về phòng, chống tác hại của thuốc lá điện tử.\n\n## NỘI DUNG VĂN BẢN\n\n"
        "| **BAN CHẤP HÀNH TRUNG ƯƠNG** \\* Số 58-CT/TW | **ĐẢNG CỘNG SẢN VIỆT NAM** _Hà Nội, ngày 01 tháng 12 năm 2026_ |\n"
        "| --- | --- |\n\n**CHỈ THỊ**\n\n**CỦA BAN BÍ THƯ**\n\n**về phòng, chống tác hại của thuốc lá điện tử**\n\n\\-----\n\n"
        "Thời gian qua, việc thực hiện Luật Phòng, chống tác hại của thuốc lá còn hạn chế.\n\n"
        "Để ngăn chặn tác hại của thuốc lá điện tử, phấn đấu đến năm 2030 giảm tỷ lệ học sinh sử dụng thuốc lá điện tử "
        "xuống dưới 3%, Ban Bí thư yêu cầu các cấp ủy thực hiện tốt các nhiệm vụ sau:\n\n"
        "**1\\.** Nâng cao nhận thức của cấp ủy về tác hại của thuốc lá điện tử.\n\n"
        "**2\\.** Đảng ủy Chính phủ lãnh đạo rà soát Luật Phòng, chống tác hại của thuốc lá.\n")
    assert [(target.max, target.unit, target.year) for target in plan.targets] == [(3, "%", 2030)]


@pytest.mark.parametrize("text, deadline", [
    # the year closing the work's clause is its time to finish
    ("Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh chủ trì giám sát việc thực hiện chính sách trong năm 2028.",
     "2028-12-31"),
    ("Sở Tư pháp rà soát các văn bản quy phạm pháp luật trong năm 2027; báo cáo Ủy ban nhân dân tỉnh.", "2027-12-31"),
    # …not the year of a number aimed at, nor one opening the clause or naming the tasks of a year
    ("Hướng dẫn hợp tác xã đăng ký mã số vùng trồng; phấn đấu cấp mới ít nhất 20 mã số trong năm 2026.", None),
    ("Tổ chức hỗ trợ người cao tuổi nộp hồ sơ trực tuyến, hỗ trợ ít nhất 20.000 lượt người trong năm 2027.", None),
    ("Căn cứ kết quả thực hiện Nghị quyết trong năm 2026, Ủy ban nhân dân xây dựng nghị quyết mới.", None),
    ("Đối với các nhiệm vụ được giao trong năm 2025, tiếp tục rà soát kỹ, bảo đảm hoàn thành đúng tiến độ.", None),
])
def test_the_year_closing_the_works_clause_is_its_deadline(text, deadline):
    assert deadline_in(text) == deadline


def test_an_item_labelled_as_its_objectives_heads_the_targets_after_its_colon():
    text = ("TỈNH ỦY AN GIANG\nSố: 40-KL/TU\nKẾT LUẬN\nCỦA BAN THƯỜNG VỤ TỈNH ỦY\nvề phát triển du lịch đêm\n"
            "1. Thời gian qua, doanh thu từ dịch vụ ban đêm năm 2026 ước chiếm 9,5% tổng thu từ du lịch.\n"
            "2. Mục tiêu đến năm 2030: doanh thu từ các dịch vụ ban đêm chiếm khoảng 18% tổng thu từ du lịch; "
            "hình thành ít nhất 06 khu phố đi bộ ban đêm.\n"
            "3. Ban Thường vụ Tỉnh ủy giao Đảng ủy Ủy ban nhân dân tỉnh lãnh đạo xây dựng Đề án, hoàn thành trong quý "
            "II/2027.\n")
    targets = extract_text(text).targets
    assert [(t.min, t.max, t.year) for t in targets] == [(18, 18, 2030), (6, None, 2030)]


def test_a_count_of_the_places_where_the_work_is_done_is_no_target():
    targets = targets_in("Mở ít nhất 16 lớp bồi dưỡng với khoảng 1.600 học viên tại 102 xã, phường.", 0, None, 2027,
                         committed=True)
    assert [(t.min, t.unit) for t in targets] == [(16, "lớp bồi dưỡng"), (1600, "học viên")]
    assert [t.min for t in targets_in("Triển khai bệnh án điện tử tại 100% bệnh viện công lập.", 0, None, 2027)] == [100]


def test_a_foreign_act_is_cited_by_its_year_and_number_after_a_type_word():
    refs = extract_references("Căn cứ Quy định (EU) 2023/1115 ngày 31/5/2023 của Nghị viện và Hội đồng châu Âu; "
                              "Chỉ thị (EU) 2019/904; nhiệt độ trung bình (TB) 2023/12 độ.")
    assert [(r.number, r.type, r.date) for r in refs] == [("2023/1115", "Quy định", "2023-05-31"),
                                                          ("2019/904", "Chỉ thị", None)]


def test_a_ceiling_per_day_is_a_target_and_a_policys_maximum_support_is_none():
    [target] = targets_in("Giới hạn không quá 300 lượt khách/ngày tại khu vực Hòn Cau.", 0, None, 2027)
    assert (target.min, target.max, target.unit) == (None, 300, "lượt khách/ngày")
    assert targets_in("Mức hỗ trợ tối đa 13 triệu đồng/hộ/năm.", 0, None, 2027) == []


@pytest.mark.parametrize("cell, deadline", [
    ("Tháng 5 - tháng 9/2027", "2027-09-30"),  # a range opening on a month its end's year dates
    ("Từ ngày 01 đến ngày 15/3/2027", "2027-03-15"),
])
def test_a_time_cells_range_opening_without_its_year_is_one_phrase_ending_on_its_end(cell, deadline):
    from vnplan.extract.dates import TIME_PHRASE
    assert TIME_PHRASE.match(cell).group(0) == cell
    assert deadline_from_timeframe(cell, None) == deadline


def test_a_class_numbered_after_its_word_is_no_figure_of_a_target():
    """ "… ít nhất 12 chợ hạng 2, hạng 3 sang doanh nghiệp": 12 markets the target, "hạng 3" their class."""
    text = ("SỞ CÔNG THƯƠNG TỈNH CÀ MAU\nSố: 215/KH-SCT\nKẾ HOẠCH\nChuyển đổi mô hình quản lý chợ năm 2027\n"
            "II. CHỈ TIÊU\n  - Phấn đấu chuyển đổi mô hình quản lý ít nhất 12 chợ hạng 2,\n    hạng 3 sang doanh "
            "nghiệp, hợp tác xã quản lý.\nIII. NHIỆM VỤ\n1. Phòng Quản lý thương mại chủ trì thẩm định phương án.\n")
    assert [t.min for t in extract_text(text).targets] == [12]


def test_a_forecast_word_after_every_figure_is_a_word_of_the_indicator_not_a_forecast():
    """ "100% diện tích … có cấp dự báo cháy rừng cấp IV": the forecast is a level named in the indicator; "dự báo"
    before the figure still makes it no target."""
    committed = targets_in("100% diện tích rừng trồng có cấp dự báo cháy rừng cấp IV, cấp V được tuần tra hằng ngày.",
                           0, None, 2027)
    assert [(t.min, t.unit) for t in committed] == [(100, "%")]
    assert targets_in("Dự báo năm 2027 tốc độ tăng trưởng đạt 8%.", 0, None, 2027) == []


def test_a_units_acronym_and_a_ceiling_not_to_exceed_bound_a_target_and_a_clock_time_is_none():
    """ "xuống dưới 1.500 TEU": a count in a unit's acronym; "không vượt quá 85%": at most 85; "lúc 2:07:02 AM UTC":
    a time of day, no figure."""
    assert [(t.min, t.max, t.unit) for t in targets_in(
        "Giảm số container tồn đọng xuống dưới 1.500 TEU trước ngày 30/9/2027.", 0, None, 2027)] == [
        (None, 1500, "TEU")]
    assert [(t.min, t.max) for t in targets_in("Tỷ lệ khai thác bãi không vượt quá 85% trong các tháng cao điểm.", 0,
                                               None, 2027)] == [(None, 85)]
    assert targets_in("Tin nhắn lúc 2:07:02 AM UTC.", 0, None, 2027, committed=True) == []


def test_a_duration_the_clause_names_as_its_indicator_is_a_level_though_counted_from_an_event():
    """ "Thời gian tiếp cận hiện trường … không quá 06 giờ kể từ khi nhận được thông tin": a response time held to; "ban
    hành quyết định không quá 05 ngày làm việc kể từ ngày nhận hồ sơ" stays one piece of work's time."""
    assert [(t.min, t.max, t.unit) for t in targets_in(
        "Thời gian tiếp cận hiện trường của lực lượng ứng phó không quá 06 giờ kể từ khi nhận được thông tin.", 0, None,
        2027, committed=True)] == [(None, 6, "giờ")]
    assert targets_in("Ban hành quyết định không quá 05 ngày làm việc kể từ ngày nhận hồ sơ.", 0, None, 2027,
                      committed=True) == []


def test_a_conclusion_item_ensuring_a_level_by_a_time_sets_a_plan_target():
    """A conclusion item that gives no one work, "… bảo đảm đến tháng 9/2027 có 100% trẻ 5 tuổi … được ra lớp": the
    level it holds the plan to by that time is a target of the plan's."""
    text = ("THÔNG BÁO\nKết luận về tiến độ xây dựng trường mầm non\n"
            "1. Khối lượng thi công đạt khoảng 62% giá trị hợp đồng, chậm so với tiến độ. Yêu cầu các đơn vị tập trung "
            "khắc phục, bảo đảm đến tháng 9/2027 có 100% trẻ 5 tuổi trên địa bàn phường được ra lớp.\n"
            "2. Giao Ban Quản lý dự án bổ sung nhân công.\n")
    assert [(t.min, t.max, t.unit, t.task) for t in extract_text(text).targets] == [(100, 100, "%", None)]


def test_a_state_kept_over_a_later_time_is_no_later_stage_of_the_work():
    text = "Lựa chọn nhà thầu cung ứng, hoàn thành trước ngày 31 tháng 12 năm 2027; không để thiếu vắc xin trong năm 2028."
    assert deadline_in(text) == "2027-12-31"
    # a later stage of work still ends it
    assert deadline_in("Chọn 10 xã làm điểm, hoàn thành trong quý II/2026; tổng kết, nhân rộng trong năm 2027.") == "2027-12-31"


def test_a_second_period_joined_to_the_first_and_spans_beside_a_recurring_clause_end_the_work():
    assert deadline_in("Kiểm tra, xử lý vi phạm; tổ chức kiểm tra trong quý II/2027 và quý IV/2027.") == "2027-12-31"
    assert deadline_in("Tiêm phòng đợt 1 từ ngày 01/4 đến ngày 30/4/2027, đợt 2 từ ngày 01/10 đến ngày 31/10/2027; "
                       "tiêm bổ sung hằng tháng cho gia súc mới phát sinh.") == "2027-10-31"
    assert deadline_in("Trực ban từ ngày 01/4 đến ngày 30/4/2027 hằng ngày.") is None  # (a duty recurring over the span)


TASK_FORCE = """ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH MỚI          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Số: 615/QĐ-UBND                             Hòa Bình Mới, ngày 02 tháng 4 năm 2027

QUYẾT ĐỊNH
Về việc thành lập Tổ công tác đẩy nhanh tiến độ xây dựng nhà ở xã hội năm 2027

Điều 1. Thành lập Tổ công tác đẩy nhanh tiến độ xây dựng nhà ở xã hội năm 2027, với mục tiêu phấn đấu hoàn thành ít
nhất 1.200 căn hộ trong năm 2027. Thành phần gồm:
1. Ông Lê Văn Hải, Phó Chủ tịch Ủy ban nhân dân tỉnh - Tổ trưởng;
2. Ông Đào Minh Tú, Giám đốc Sở Xây dựng - Tổ phó.
Điều 2. Trách nhiệm của các cơ quan
1. Sở Xây dựng tổng hợp tiến độ các dự án, báo cáo Ủy ban nhân dân tỉnh trước ngày 25 hằng tháng.
2. Sở Tài chính bố trí vốn cho các dự án đủ điều kiện.
Điều 3. Quyết định này có hiệu lực kể từ ngày ký.
"""


def test_the_sentence_of_an_article_that_strives_gives_its_target():
    plan = extract_text(TASK_FORCE)
    assert [(target.min, target.unit) for target in plan.targets] == [(1200, "căn hộ")]


def test_no_share_passes_the_whole():
    found = targets_in("Lắp thiết bị giám sát hành trình trên 100% phương tiện khai thác cát.", 0, None, 2027, True)
    assert [(target.min, target.max, target.unit) for target in found] == [(100, 100, "%")]
    # (a share below the whole keeps its floor; a count its "more than")
    assert [(t.min, t.max) for t in targets_in("Tỷ lệ bao phủ đạt trên 95%.", 0, None, 2027, True)] == [(95, None)]


def test_at_the_latest_within_a_day_is_that_day():
    assert deadline_in("bảo đảm thông xe tạm thời các tuyến bị chia cắt chậm nhất trong ngày 10/8/2027") == "2027-08-10"


@pytest.mark.parametrize("cell, deadline", [
    # (a time cell may write months by their numbers alone; a year's last digits are no day)
    ("01/2027 - 06/2028", "2028-06-30"),
    ("01/2027 - 12/2028", "2028-12-31"),
    ("09/2027", "2027-09-30"),
    ("Từ 01/2027 đến 06/2028", "2028-06-30"),
    ("15/6/2027", "2027-06-15"),
    # (no round's, term's or document's number)
    ("Đợt 2/2027", "2027-12-31"),
    ("Năm 2027 (theo Kế hoạch số 45/2027)", "2027-12-31"),
])
def test_a_time_cell_naming_months_by_their_numbers(cell, deadline):
    assert deadline_from_timeframe(cell) == deadline


def test_a_tables_start_and_end_columns_date_the_work_by_its_end_and_a_progress_column_does_not():
    header = "| TT | Nội dung | Đơn vị chủ trì | Thời gian bắt đầu | Thời gian kết thúc | Tiến độ (cập nhật 10/12) |"
    rows = ("| 1 | Nâng cấp phần mềm quản lý khám chữa bệnh | Phòng Nghiệp vụ Y | 01/2027 | 09/2027"
            " | Đang thực hiện |\n"
            "| 2 | Kết nối dữ liệu tiêm chủng | Trung tâm Kiểm soát bệnh tật tỉnh | 03/2027 | Thường xuyên | |\n")
    plan = extract_text("SỞ Y TẾ TỈNH BÌNH MINH\nSố: 12/KH-SYT\nKẾ HOẠCH\nChuyển đổi số năm 2027\nI. NHIỆM VỤ\n"
                        f"{header}\n{rows}", strict=False)
    assert [task.deadline for task in plan.tasks] == ["2027-09-30", None]


def test_a_column_of_progress_or_of_another_step_beside_the_time_does_not_date_the_work():
    header = "| TT | Nội dung | Đơn vị chủ trì | Thời hạn hoàn thành | Tiến độ |\n"
    rows = "| 1 | Số hóa hồ sơ đất đai | Sở Nông nghiệp và Môi trường | 30/6/2027 | Năm 2026 hoàn thành 50% |\n"
    steps = ("| TT | Nội dung | Cơ quan soạn thảo | Thời gian trình | Thời gian ban hành |\n"
             "| 1 | Quy định giá dịch vụ thu gom rác thải | Sở Tài chính | Tháng 3/2027 | Quý II/2027 |\n")
    for table, deadline in ((header + rows, "2027-06-30"), (steps, "2027-03-31")):
        plan = extract_text("UBND TỈNH BÌNH MINH\nSố: 12/KH-UBND\nKẾ HOẠCH\nNăm 2027\nI. NHIỆM VỤ\n" + table,
                            strict=False)
        assert [task.deadline for task in plan.tasks] == [deadline]


def test_a_loss_kept_from_passing_a_level_is_a_ceiling_though_a_comma_parts_what_is_lost():
    # ("không để … vượt quá 0,5%": at most 0,5; the comma joins two causes of one loss, no new clause)
    assert [(t.min, t.max) for t in targets_in(
        "Không để học viên bị loại vì lý do sức khỏe, chính trị vượt quá 0,5% tổng số tuyển chọn.", 0, None, 2027,
        committed=True)] == [(None, 0.5)]


def test_a_count_from_one_figure_to_another_is_a_range_and_a_bound_shared_along_a_list_closed_by_and():
    assert [(t.min, t.max, t.unit) for t in targets_in(
        "Tìm kiếm, quy tập từ 800 đến 950 hài cốt liệt sĩ trong năm 2027.", 0, None, 2027, committed=True)] == [
        (800, 950, "hài cốt liệt sĩ")]
    # ("giảm ít nhất 4% số vụ, 4% số người chết và 4% số người bị thương": one bound for the three; not for a second
    # target after a comma that no "và" closes)
    assert [(t.min, t.max) for t in targets_in(
        "Kéo giảm tai nạn giao thông: giảm ít nhất 4% số vụ, 4% số người chết và 4% số người bị thương.", 0, None,
        2027, committed=True)] == [(4, None)] * 3
    assert [(t.min, t.max) for t in targets_in(
        "Có thêm ít nhất 8 xã đạt chuẩn nông thôn mới nâng cao, 02 xã đạt chuẩn nông thôn mới kiểu mẫu.", 0, None,
        2027, committed=True)] == [(8, None), (2, 2)]


@pytest.mark.parametrize("text,bounds", [
    # (a "không" of an earlier clause, or one of a floor, bounds no later "vượt quá")
    ("Không để xảy ra tai nạn lao động nghiêm trọng, tỷ lệ giải ngân vượt quá 95% kế hoạch vốn.", [(95, 95)]),
    ("Tỷ lệ tiêm chủng đạt không thấp hơn 90%, phấn đấu vượt quá 95% số trẻ.", [(90, None), (95, 95)]),
])
def test_a_no_before_a_comma_bounds_no_excess_of_another_clause(text, bounds):
    assert [(t.min, t.max) for t in targets_in(text, 0, None, 2027, committed=True)] == bounds


def test_a_part_on_the_results_required_lists_targets_as_one_on_goals_does():
    """ "III. YÊU CẦU VỀ KẾT QUẢ" / "KẾT QUẢ CẦN ĐẠT": the levels the plan requires, read as under "Mục tiêu"."""
    for heading in ("III. YÊU CẦU VỀ KẾT QUẢ", "III. KẾT QUẢ CẦN ĐẠT"):
        plan = extract_text("ỦY BAN NHÂN DÂN\nTỈNH BẮC LAM\nSố: 30/KH-UBND\nBắc Lam, ngày 12 tháng 1 năm 2027\n"
                            "KẾ HOẠCH\n"
                            "Số hóa hồ sơ di tích năm 2027\nI. MỤC ĐÍCH\nBảo tồn tư liệu di tích.\nII. PHẠM VI\nCác di "
                            f"tích cấp tỉnh.\n{heading}\nĐến hết năm 2027, 100% di tích cấp tỉnh có hồ sơ số; ít nhất "
                            "60% hồ sơ có ảnh 360 độ.\nIV. NHIỆM VỤ\n1. Sở Văn hóa, Thể thao và Du lịch chủ trì số hóa "
                            "hồ sơ di tích.\n")
        assert sorted(target.min for target in plan.targets) == [60.0, 100.0], heading


def test_a_level_in_a_units_symbol_is_a_target_when_reached_a_size_that_picks_out_is_not():
    text = """KẾ HOẠCH
Phát triển hạ tầng viễn thông và năng lượng năm 2027
I. MỤC TIÊU
- Tốc độ truy cập băng rộng cố định bình quân đạt trên 250 Mbps.
- Tốc độ tải xuống trên mạng di động đạt tối thiểu 120 Mb/s vào năm 2028.
- Phấn đấu lắp đặt thêm 35 MWp điện mặt trời mái nhà tại trụ sở cơ quan nhà nước.
II. NHIỆM VỤ
1. Sở Xây dựng rà soát các công trình có tổng diện tích sàn trên 500 m2 để kiểm tra an toàn điện.
"""
    targets = extract_text(text).targets
    assert [(t.min, t.max, t.unit) for t in targets] == [(250, None, "Mbps"), (120, None, "Mb/s"), (35, 35, "MWp")]


def test_power_to_bring_on_is_a_target_a_size_qualifying_what_is_checked_is_not():
    text = """KẾ HOẠCH
Phát triển năng lượng năm 2027
II. NHIỆM VỤ
1. Sở Công Thương chủ trì hoàn thành đấu nối 150 MW điện gió trước ngày 30/9/2027.
2. Sở Xây dựng kiểm tra các công trình đạt chuẩn có diện tích sàn trên 300 m2 trước ngày 30/6/2027.
"""
    assert [(t.min, t.unit) for t in extract_text(text).targets] == [(150, "MW")]


def test_an_expected_count_is_no_target_nor_does_an_estimate_in_brackets_undo_the_level_before_it():
    text = """KẾ HOẠCH
Tuyển sinh năm học 2027 - 2028
I. MỤC TIÊU
- Số lớp 1 dự kiến 38 lớp, khoảng 1.310 học sinh.
- Phấn đấu 100% trẻ 6 tuổi vào lớp 1.
- Hoàn thành hỗ trợ sửa chữa nhà ở cho 100% số hộ có nhà bị hư hỏng (dự kiến 214 hộ).
"""
    assert [(t.min, t.unit) for t in extract_text(text).targets] == [(100, "%"), (100, "%")]


@pytest.mark.parametrize("text", [
    "Huy động nguồn lực xã hội hóa. Hiện nay toàn xã có 5.120 hộ; tỷ lệ hộ dùng nước sạch đạt 81,4%, còn 312 hộ chưa có.",
    "Theo dự báo, mùa khô năm nay mặn vào sâu 50 km; khoảng 24.000 hộ dân có nguy cơ thiếu nước sinh hoạt.",
])
def test_a_sentence_on_the_state_of_things_now_or_a_forecast_sets_no_target(text):
    """The level reached today or what a forecast expects, in every clause of its sentence, is no level to reach."""
    assert targets_in(text, 0, None, 2027) == []
    striving = "Hiện nay tỷ lệ đạt 81,4%. Phấn đấu đến năm 2027 tỷ lệ hộ dùng nước sạch đạt 90%."
    assert [(t.min, t.unit) for t in targets_in(striving, 0, None, 2027)] == [(90, "%")]


@pytest.mark.parametrize("cell, deadline", [("1/31/2027", "2027-01-31"), ("04/05/2027", "2027-05-04"),
                                            ("12/13/2027", "2027-12-13"), ("31/13/2027", None)])
def test_a_date_is_read_day_first_unless_only_month_first_is_a_date(cell, deadline):
    assert deadline_from_timeframe(cell) == deadline


def test_a_state_sentence_gives_up_its_levels_only_up_to_where_it_turns_to_the_plan():
    text = ("Hiện nay tỷ lệ hộ dân sử dụng nước sạch mới đạt 83,6%, vì vậy trong năm 2027 nâng tỷ lệ hộ dân sử dụng nước "
            "sạch lên 95%. Hiện nay toàn xã có 4.312 hộ; đến hết năm 2027 có 100% trường học có công trình nước sạch.")
    assert [(t.min, t.unit) for t in targets_in(text, 0, None, 2027)] == [(95, "%"), (100, "%")]


def test_a_figure_in_brackets_describes_a_thing_and_leaves_the_year_the_works_deadline():
    # "(công suất 270.000 m3/ngày đêm)" says what the plant is; the clause aims at no figure, so its year ends the work
    assert deadline_in("Đôn đốc tiến độ nhà máy xử lý nước thải (công suất 270.000 m3/ngày đêm), bảo đảm vận hành "
                       "toàn bộ công suất trong năm 2027.") == "2027-12-31"
    # (a figure the clause aims at outside brackets makes the year a target's, as before)
    assert deadline_in("Hỗ trợ 500 hộ đấu nối nước sạch trong năm 2027.") is None


@pytest.mark.parametrize("time, due", [
    ("Từ 15/12 đến 15/02", "2028-02-15"), ("Từ 15/11 đến 15/3 năm sau", "2028-03-15"), ("15/3 năm sau", "2028-03-15"),
    ("Ngày 10/3 âm lịch", None), ("Trước 30/6", "2027-06-30")])
def test_an_annual_plans_days_without_their_year_run_into_the_next_year_where_they_say_so(time, due):
    assert deadline_from_timeframe(time, 2027) == due
