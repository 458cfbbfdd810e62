"""A page set in two columns of text, as a PDF's text layer laid out gives it (each line a line of the left column, a
gap, a line of the right one), read column after column; a table's columns, laid out the same way, stay a table; a
slide deck's slides, each a page with its footer. On text of our own in the style of a school's and a department's
plans."""
import vnplan
from vnplan.pagecolumns import columns_read_apart

_LEFT = [
    "    Căn cứ Kế hoạch số 15/KH-SGDĐT ngày 05/01/2027 của Sở Giáo dục và Đào",
    "tạo về phổ cập bơi cho học sinh tiểu học năm 2027,",
    "    Trường Tiểu học Hòa Bình xây dựng kế hoạch như sau:",
    "",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "    1. Trang bị cho học sinh kỹ năng phòng, chống đuối nước và bơi an toàn;",
    "bảo đảm an toàn tuyệt đối trong thời gian học bơi.",
    "    2. Huy động cha mẹ học sinh và các đoàn thể cùng tham gia.",
    "",
    "II. CHỈ TIÊU",
    "    1. Phấn đấu ít nhất 80% học sinh lớp 3 biết bơi an toàn.",
    "    2. 100% giáo viên chủ nhiệm được tập huấn kỹ năng sơ cứu đuối nước.",
]
_RIGHT = [
    "III. NHIỆM VỤ CỤ THỂ",
    "1. Tổ chuyên môn khối 3",
    "- Lập danh sách học sinh đăng ký học bơi, hoàn thành trước ngày 15/3/2027.",
    "- Phân công giáo viên theo dõi học sinh tại bể bơi từng buổi học.",
    "2. Tổ Văn phòng",
    "- Ký hợp đồng thuê bể bơi với Trung tâm Văn hóa - Thể thao xã trước 30/3/2027.",
    "- Phối hợp với Trạm Y tế xã bố trí nhân viên y tế trực tại bể bơi.",
    "3. Giáo viên chủ nhiệm lớp 3",
    "- Thông báo lịch học bơi đến cha mẹ học sinh trước ngày 20/3/2027.",
    "",
    "IV. TỔ CHỨC THỰC HIỆN",
    "    Các bộ phận báo cáo kết quả về Ban Giám hiệu trước ngày 31/5/2027.",
]
PAGE = "\n".join([
    "     UBND XÃ HÒA BÌNH                                               CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "TRƯỜNG TIỂU HỌC HÒA BÌNH                                                 Độc lập - Tự do - Hạnh phúc",
    "     Số: 11/KH-THHB                                                Hòa Bình, ngày 20 tháng 02 năm 2027",
    "",
    "                                                  KẾ HOẠCH",
    "                         Dạy bơi và phòng, chống đuối nước cho học sinh lớp 3 năm 2027",
    "",
    *((left.ljust(86) + "      " + right).rstrip() for left, right in zip(_LEFT, _RIGHT)),
    "",
    "                                                                                            HIỆU TRƯỞNG",
    "",
    "                                                                                            Trần Thị Mai",
])


def test_a_page_in_two_columns_reads_its_left_column_then_its_right_one():
    lines = columns_read_apart(PAGE.split("\n"))
    text = "\n".join(line.strip() for line in lines)
    assert text.index("II. CHỈ TIÊU") < text.index("III. NHIỆM VỤ CỤ THỂ") < text.index("IV. TỔ CHỨC THỰC HIỆN")
    assert "bảo đảm an toàn tuyệt đối trong thời gian học bơi.\n" in text + "\n"


def test_the_tasks_of_a_two_column_page_are_its_right_columns_items():
    plan = vnplan.extract_text(PAGE)
    assert (plan.document.number, plan.document.signer) == ("11/KH-THHB", "Trần Thị Mai")
    assert [(task.lead, task.deadline) for task in plan.tasks[:3]] == [
        (["Tổ chuyên môn khối 3"], "2027-03-15"), (["Tổ chuyên môn khối 3"], None), (["Tổ Văn phòng"], "2027-03-30")]
    assert [target.min for target in plan.targets] == [80, 100]


def test_a_tables_columns_laid_out_side_by_side_stay_a_table():
    rows = [
        ("1", "Rà soát danh sách học sinh chưa biết bơi tại các lớp", "Tổ chuyên môn khối 3", "Tháng 3/2027"),
        ("2", "Thuê bể bơi và bố trí phương tiện đưa đón học sinh", "Tổ Văn phòng", "Tháng 3/2027"),
        ("3", "Tổ chức các lớp học bơi vào buổi chiều thứ Bảy", "Giáo viên thể dục", "Tháng 4/2027"),
        ("4", "Phối hợp với Trạm Y tế xã trực sơ cứu tại bể bơi", "Nhân viên y tế trường", "Tháng 4/2027"),
        ("5", "Tổng hợp kết quả, báo cáo Phòng Giáo dục và Đào tạo", "Phó Hiệu trưởng", "Tháng 5/2027"),
        ("6", "Khen thưởng học sinh tích cực học bơi và biết bơi", "Ban Giám hiệu nhà trường", "Tháng 5/2027"),
    ]
    table = [f"{n:<5}{work:<60}{lead:<30}{time}" for n, work, lead, time in rows]
    assert columns_read_apart(table) == table


def test_a_slide_decks_footer_on_every_slide_is_the_slides_not_the_plans():
    footer = "Sở Y tế An Hải | Hội nghị triển khai tiêm chủng 2027"
    slides = [
        ["SỞ Y TẾ TỈNH AN HẢI", "Số: 05/KH-SYT", "KẾ HOẠCH", "Tiêm chủng mở rộng năm 2027"],
        ["III. NHIỆM VỤ CỤ THỂ", "1. Phòng Nghiệp vụ Y rà soát danh sách trẻ, hoàn thành trước 30/6/2027."],
        ["2. Trung tâm Kiểm soát bệnh tật tỉnh cấp vắc xin cho các Trạm Y tế xã hằng tháng."],
        ["3. Các Trạm Y tế xã tổ chức buổi tiêm chủng vào ngày 25 hằng tháng."],
    ]
    deck = "\n\n".join("\n".join([f"Slide {n}/{len(slides)}", *lines, footer])
                       for n, lines in enumerate(slides, 1))
    plan = vnplan.extract_text(deck)
    assert [task.lead for task in plan.tasks] == [
        ["Phòng Nghiệp vụ Y"], ["Trung tâm Kiểm soát bệnh tật tỉnh"], ["Các Trạm Y tế xã"]]
    assert not any("Hội nghị triển khai" in task.text for task in plan.tasks)


def test_a_heading_or_a_field_each_slide_repeats_is_the_plans():
    slides = [
        ["SỞ Y TẾ TỈNH AN HẢI", "Số: 05/KH-SYT", "KẾ HOẠCH", "Tiêm chủng mở rộng năm 2027"],
        ["II. NHIỆM VỤ CỤ THỂ", "1. Trạm Y tế xã rà soát danh sách trẻ trong độ tuổi tiêm chủng.",
         "- Thời gian: trước ngày 30/6/2027"],
        ["II. NHIỆM VỤ CỤ THỂ", "2. Các thôn vận động gia đình đưa trẻ đi tiêm đúng lịch.",
         "- Thời gian: trước ngày 30/6/2027"],
        ["II. NHIỆM VỤ CỤ THỂ", "3. Văn phòng HĐND và UBND xã truyền thông về tiêm chủng.",
         "- Thời gian: trước ngày 30/6/2027"],
    ]
    deck = "\n".join("\n".join([f"--- Slide {n} ---", *lines]) for n, lines in enumerate(slides, 1))
    plan = vnplan.extract_text(deck)
    assert [(task.lead, task.deadline) for task in plan.tasks] == [
        (["Trạm Y tế xã"], "2027-06-30"), (["Các thôn"], "2027-06-30"),
        (["Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã"], "2027-06-30")]


def test_a_two_column_table_of_prose_under_its_header_is_no_page_of_two_columns():
    rows = [
        ("1. Rà soát, cập nhật danh sách hộ nghèo, hộ cận", "Công chức Văn hóa - Xã hội chủ trì, phối hợp"),
        ("nghèo trên địa bàn các thôn, hoàn thành trước", "với Trưởng các thôn và Hội Nông dân xã thực"),
        ("ngày 30/4/2027.", "hiện."),
        ("2. Tổ chức tập huấn kỹ thuật chăn nuôi, trồng", "Hội Nông dân xã chủ trì, phối hợp với Trạm"),
        ("trọt cho các hộ nghèo có nhu cầu, hoàn thành", "Khuyến nông và Hợp tác xã Nông nghiệp An Phú"),
        ("trong quý II/2027.", "thực hiện."),
        ("3. Hỗ trợ vay vốn tín dụng ưu đãi cho hộ nghèo,", "Hội Liên hiệp phụ nữ xã chủ trì, phối hợp"),
        ("hộ mới thoát nghèo phát triển sản xuất trong năm", "với Ngân hàng Chính sách xã hội thực hiện."),
    ]
    table = ["  Nội dung nhiệm vụ                                  Đơn vị thực hiện",
             *(f"  {work:<51}{who}" for work, who in rows)]
    assert columns_read_apart(table) == table
