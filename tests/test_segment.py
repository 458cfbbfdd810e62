import vnplan
from vnplan.segment import segment

TEXT = """KẾ HOẠCH
I. MỤC ĐÍCH, YÊU CẦU
1. Nâng cao nhận thức.
II. NHIỆM VỤ, GIẢI PHÁP
1. Phát triển công nghiệp
a) Sở Công Thương chủ trì, phối hợp với các sở, ngành:
- Thu hút đầu tư.
+ Khu công nghiệp A;
(i) Cụm công nghiệp B.
- Phát triển logistics.
2.1. Sở Xây dựng: Rà soát quy hoạch.
"""


def test_blocks_get_kinds_labels_and_parents():
    blocks = segment(TEXT)
    kinds = [(b.kind, b.label) for b in blocks]
    assert kinds[:6] == [("para", ""), ("part", "I"), ("item", "1"), ("part", "II"), ("item", "1"), ("sub", "a")]
    by_text = {b.text: b for b in blocks}
    bullet = by_text["Thu hút đầu tư."]
    assert blocks[bullet.parent].label == "a"
    assert blocks[by_text["Khu công nghiệp A;"].parent] is bullet
    assert blocks[by_text["Cụm công nghiệp B."].parent] is bullet
    assert blocks[by_text["Phát triển logistics."].parent].label == "a"
    assert blocks[by_text["Sở Xây dựng: Rà soát quy hoạch."].parent].label == "1"


def test_spans_point_into_the_text():
    blocks = segment(TEXT)
    for block in blocks:
        assert TEXT[block.span.start:block.span.end] == block.line
        assert TEXT[block.text_start:block.span.end] == block.text


def test_a_heading_broken_over_two_lines_before_its_bullets_is_one_heading():
    text = ("II. TỔ CHỨC THỰC HIỆN\n3. Đề nghị Ủy ban Mặt trận Tổ quốc tỉnh, Hội Liên hiệp\n"
            "Phụ nữ tỉnh và các tổ chức thành viên\n- Tham gia giám sát việc thực hiện Kế hoạch.\n"
            "4. Sở Y tế\nChủ trì tổ chức tập huấn.\n")
    blocks = segment(text)
    heading = next(b for b in blocks if b.label == "3")
    assert heading.text == "Đề nghị Ủy ban Mặt trận Tổ quốc tỉnh, Hội Liên hiệp Phụ nữ tỉnh và các tổ chức thành viên"
    assert blocks[next(b for b in blocks if b.kind == "dash").parent] is heading
    assert any(b.kind == "para" and b.text == "Chủ trì tổ chức tập huấn." for b in blocks)  # ends a phrase: its own block


def test_a_signature_in_a_table_row_whose_first_cell_is_empty_ends_the_body():
    """A DOCX's signature table without "Nơi nhận" beside it: the row opens with an empty cell, then "KT. CHỦ TỊCH"."""
    blocks = segment("6. Các sở, ngành phối hợp thực hiện.\nYêu cầu các cơ quan, đơn vị nghiêm túc triển khai thực hiện.\n"
                     "| | KT. CHỦ TỊCH PHÓ CHỦ TỊCH Lê Văn An |\n")
    assert [b.ends_body for b in blocks] == [False, False, True]


def test_a_list_mark_seen_after_another_under_one_heading_nests_under_it():
    blocks = segment("2. Nhiệm vụ trong thời gian tới\n"
                     "(1) Sở Tài chính\n"
                     "– Rà soát các dự án chậm giải ngân.\n"
                     "– Tổng hợp tình hình giải ngân hằng tháng.\n"
                     "(2) Sở Xây dựng\n"
                     "– Rút ngắn thời gian thẩm định hồ sơ.\n"
                     "+ Thẩm định trong 10 ngày làm việc.\n"
                     "3. Tổ chức thực hiện\n"
                     "- Sở Nội vụ:\n"
                     "(i) Theo dõi việc thực hiện;\n"
                     "- Sở Tư pháp kiểm tra việc thực hiện.\n"
                     "* Lưu ý chung cho các đơn vị:\n"
                     "- Báo cáo đúng hạn.\n")
    by_text = {b.text: b for b in blocks}
    # the "(n)" bodies come first, so the dashes after them are their items
    assert blocks[by_text["Rà soát các dự án chậm giải ngân."].parent].text == "Sở Tài chính"
    assert blocks[by_text["Tổng hợp tình hình giải ngân hằng tháng."].parent].text == "Sở Tài chính"
    assert blocks[by_text["Rút ngắn thời gian thẩm định hồ sơ."].parent].text == "Sở Xây dựng"
    assert blocks[by_text["Sở Xây dựng"].parent].label == "2"
    assert blocks[by_text["Thẩm định trong 10 ngày làm việc."].parent].text == "Rút ngắn thời gian thẩm định hồ sơ."
    # under the next heading the dashes come first: "(i)" nests under the dash
    assert blocks[by_text["Theo dõi việc thực hiện;"].parent].text == "Sở Nội vụ:"
    assert blocks[by_text["Sở Tư pháp kiểm tra việc thực hiện."].parent].label == "3"
    # a "*" item is always the outer one
    assert blocks[by_text["Báo cáo đúng hạn."].parent].text == "Lưu ý chung cho các đơn vị:"


def test_stars_under_a_bullet_that_announces_them_are_its_sub_items():
    """ "+ … tham gia cùng chính quyền địa phương:" then "* …", "* …": the stars are that bullet's points; a star after
    a bullet that announces nothing is the outer item it usually is, the dashes after it its own."""
    blocks = segment("1. Chiến dịch tình nguyện\n+ Tổ chức Lễ ra quân.\n+ Tiếp nhận các đội hình tình nguyện:\n"
                     "* Hướng dẫn người dân sử dụng dịch vụ công;\n* Dạy kèm học sinh.\n+ Huy động nguồn lực.\n"
                     "* Nhóm hoạt động khác\n- Tổ chức sân chơi.\n")
    assert [(b.kind, b.parent) for b in blocks] == [("item", None), ("plus", 0), ("plus", 0), ("star", 2), ("star", 2),
                                                    ("plus", 0), ("star", 0), ("dash", 6)]


def test_a_numbered_body_with_its_own_lettered_points_stands_above_them_its_siblings_not_under_the_last_letter():
    blocks = segment("2. Nhiệm vụ trong thời gian tới\n"
                     "(1) Cục Trồng trọt:\n"
                     "a) Hướng dẫn khung lịch thời vụ.\n"
                     "b) Tổng hợp tình hình sản xuất hằng tuần.\n"
                     "(2) Cục Thủy lợi chủ trì điều tiết nước tưới.\n"
                     "(3) Đề nghị Ủy ban nhân dân các tỉnh:\n"
                     "- Chỉ đạo gieo cấy đúng lịch.\n"
                     "3. Văn phòng Bộ theo dõi, đôn đốc.\n")
    by_text = {b.text: b for b in blocks}
    assert blocks[by_text["Hướng dẫn khung lịch thời vụ."].parent].text == "Cục Trồng trọt:"
    assert blocks[by_text["Cục Thủy lợi chủ trì điều tiết nước tưới."].parent].label == "2"
    assert blocks[by_text["Chỉ đạo gieo cấy đúng lịch."].parent].text == "Đề nghị Ủy ban nhân dân các tỉnh:"
    # "(iii)" closing a list before the outer list's "b)" stays in it
    blocks = segment("a) Văn hóa:\n(i) Bảo tồn di sản.\n(ii) Phát triển công nghiệp văn hóa.\nb) Xã hội:\n"
                     "- Giảm nghèo bền vững.\n")
    by_text = {b.text: b for b in blocks}
    assert by_text["Xã hội:"].parent is None and blocks[by_text["Phát triển công nghiệp văn hóa."].parent].label == "a"


def test_a_two_level_number_without_its_closing_mark_is_the_items_label():
    """ "2.1 Ban Quản lý dự án …" (no dot after "2.1"): the item 2.1, not item 2 whose text opens "1 Ban …"."""
    blocks = segment("2. Giao nhiệm vụ cụ thể\n2.1 Ban Quản lý dự án khu vực\n(1) Chỉ đạo nhà thầu tăng ca.\n"
                     "2.2 Phòng Văn hóa - Xã hội\n(1) Bố trí lớp học tạm.\n")
    assert [(b.label, b.text) for b in blocks if b.kind == "item"][:3] == [
        ("2", "Giao nhiệm vụ cụ thể"), ("2.1", "Ban Quản lý dự án khu vực"), ("2.2", "Phòng Văn hóa - Xã hội")]


def test_a_portals_attachment_and_view_count_end_the_body_of_a_copy_without_its_signature():
    """ "Tệp đính kèm: [312-QD-BYT.pdf](…)", "Lượt xem: 1.204" (its thousands a dot apart): the portal's lines under
    the text, none of its items."""
    blocks = segment("III. TỔ CHỨC THỰC HIỆN\n1. Cục Phòng bệnh là đầu mối theo dõi việc thực hiện Kế hoạch.\n"
                     "Tệp đính kèm: [312-QD-BYT.pdf](https://moh.gov.vn/documents/312-QD-BYT.pdf)\nLượt xem: 1.204\n"
                     "[In trang](javascript:window.print())\n")
    assert [b.ends_body for b in blocks if b.text.startswith(("Tệp", "Lượt"))][:1] == [True]


def test_sections_lettered_in_order_over_numbered_items_are_parts_though_not_in_capitals():
    """ "A. Phòng Quản lý doanh nghiệp" / "1) …", "B. …", "C. …": capital letters in order, each over its numbered
    items, head sections; one such line alone ("A. Nguyễn Văn An …") is a line of text."""
    text = ("3. Giao nhiệm vụ cụ thể:\nA. Phòng Quản lý doanh nghiệp\n1) Tổng hợp nhu cầu tuyển dụng.\n"
            "B. Phòng Quản lý quy hoạch\n1) Rà soát quỹ đất.\nC. Văn phòng Ban\n1) Đăng tải thông tin tuyển dụng.\n")
    assert [(b.label, b.text) for b in segment(text) if b.kind == "part"] == [
        ("A", "Phòng Quản lý doanh nghiệp"), ("B", "Phòng Quản lý quy hoạch"), ("C", "Văn phòng Ban")]
    assert [b.kind for b in segment("A. Nguyễn Văn An phụ trách chung.\n1) Theo dõi tiến độ.\n")][:1] == ["para"]


def test_a_portals_article_around_the_document_gives_no_task_of_its_own():
    """A law firm's page: its table of contents and numbered sections ("2. Nội dung Chỉ thị …") wrap the document,
    whose header comes under one of them: what stands before the header is the page's, none of the plan's work."""
    text = ("Trang chủ > Văn bản > Chỉ thị 05/CT-UBND\nMục lục bài viết\n1. Thông tin văn bản\n2. Nội dung Chỉ thị\n"
            "1. Thông tin văn bản\nSố hiệu: 05/CT-UBND; Người ký: Trần Văn Nam\n2. Nội dung Chỉ thị\n"
            "ỦY BAN NHÂN DÂN\nTỈNH AN HÒA\nSố: 05/CT-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "An Hòa, ngày 08 tháng 03 năm 2027\nCHỈ THỊ\nVề bảo đảm an toàn tàu khách\n"
            "Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:\n1. Sở Xây dựng kiểm tra điều kiện an toàn của tàu khách.\n"
            "2. Công an tỉnh tăng cường tuần tra trên tuyến.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nCHỦ TỊCH\n"
            "Trần Văn Nam\n")
    plan = vnplan.extract_text(text)
    assert [t.lead for t in plan.tasks] == [["Sở Xây dựng"], ["Công an tỉnh"]]


def test_one_bullet_before_every_line_headings_too_marks_no_level():
    """A word processor's numbering copied as one "•" for every level ("•	MỤC TIÊU", "•	Phòng Kế hoạch", "•	Lập …"):
    the lines read as a copy that lost its numbering, capitals heading parts, a short line an item, sentences its
    points."""
    text = ("BAN QUẢN LÝ DỰ ÁN KHU VỰC BẮC LAM\nSố: 08/KH-BQLDA\nBắc Lam, ngày 10 tháng 01 năm 2027\nKẾ HOẠCH\n"
            "Bảo trì công trình năm 2027\nCăn cứ nhiệm vụ được giao, Ban xây dựng Kế hoạch như sau:\n"
            "•\tMỤC ĐÍCH\n•\tBảo đảm an toàn công trình trong mùa mưa.\n•\tMỤC TIÊU\n"
            "•\tHoàn thành sửa chữa 12 cống thoát nước trước mùa mưa.\n•\tNHIỆM VỤ\n•\tPhòng Kỹ thuật\n"
            "•\tLập kế hoạch kiểm tra định kỳ các công trình, hoàn thành trước ngày 31/01/2027.\n"
            "•\tChủ trì, phối hợp với Phòng Tài chính - Kế toán lập dự toán sửa chữa.\n•\tPhòng Tài chính - Kế toán\n"
            "•\tBố trí kinh phí sửa chữa trong quý I/2027.\n•\tTỔ CHỨC THỰC HIỆN\n"
            "•\tCác phòng căn cứ Kế hoạch triển khai thực hiện.\n")
    tasks = vnplan.extract_text(text).tasks
    assert [(t.lead, t.deadline) for t in tasks] == [
        (["Phòng Kỹ thuật"], "2027-01-31"), (["Phòng Kỹ thuật"], None), (["Phòng Tài chính - Kế toán"], "2027-03-31")]


def test_the_signers_office_over_the_signers_name_ends_the_body():
    """No "TM." before it and no closing sentence: "CHỦ TỊCH" / "Lê Văn An" after the last item signs the text, no part
    of that item's work."""
    text = ("ỦY BAN NHÂN DÂN TỈNH BÌNH SƠN\nSố: 04/CT-UBND\nBình Sơn, ngày 01 tháng 3 năm 2027\nCHỈ THỊ\n"
            "Về phòng, chống dịch bệnh\nChủ tịch Ủy ban nhân dân tỉnh yêu cầu:\n"
            "1. Sở Y tế: Giám sát ca bệnh tại các xã.\n2. Sở Tài chính: Bố trí kinh phí phòng, chống dịch.\n"
            "PHÓ CHỦ TỊCH\nLê Văn An\n")
    assert [task.lead for task in vnplan.extract_text(text).tasks] == [["Sở Y tế"], ["Sở Tài chính"]]


def test_a_post_over_its_holders_name_among_the_items_is_no_signature():
    """ "HIỆU TRƯỞNG" / "Lê Thị Hoa" over the holder's duties, then more items: a heading of the list, the body going
    on; only the pair after the last item signs the text."""
    text = ("TRƯỜNG TIỂU HỌC BÌNH AN\nSố: 07/KH-TH\nBình An, ngày 05 tháng 9 năm 2026\nKẾ HOẠCH\nPhân công năm học\n"
            "I. PHÂN CÔNG NHIỆM VỤ\n1. Ban Giám hiệu\nHIỆU TRƯỞNG\nLê Thị Hoa\n"
            "- Chỉ đạo xây dựng kế hoạch năm học, hoàn thành trước ngày 30/9/2026.\n2. Tổ chuyên môn\n"
            "- Tổ Toán xây dựng kế hoạch bồi dưỡng học sinh giỏi trước ngày 15/10/2026.\nHIỆU TRƯỞNG\nLê Thị Hoa\n")
    assert "2026-10-15" in [task.deadline for task in vnplan.extract_text(text).tasks]


def test_a_lead_field_after_work_that_opens_with_its_partner_closes_that_item():
    # "4. …" whose work opens "Phối hợp với Công ty X …" (no colon: the work's own words), then "Chủ trì: …": the field
    # assigns item 4 as the other items' fields assign theirs, and heads none of the items after it
    text = """KẾ HOẠCH
Trồng cây xanh năm 2027
II. NHIỆM VỤ VÀ PHÂN CÔNG
1. Khảo sát vị trí trồng
Lập danh sách vị trí trồng cây trên các tuyến đường.
Chủ trì: Phòng Kinh tế, Hạ tầng và Đô thị
Phối hợp: Các tổ dân phố
2. Điều chỉnh lịch tưới cây
Phối hợp với Công ty Cổ phần Công viên cây xanh điều chỉnh lịch tưới, chăm sóc cây mới trồng.
Chủ trì: Phòng Kinh tế, Hạ tầng và Đô thị
3. Vận động hiến cây
Vận động doanh nghiệp, hộ gia đình hiến cây.
Chủ trì: Phòng Văn hóa - Xã hội
Phối hợp: Hội Liên hiệp Phụ nữ phường
III. TỔ CHỨC THỰC HIỆN
Các đơn vị báo cáo kết quả trước ngày 15/12/2027./.
"""
    blocks = segment(text)
    field = next(b for b in blocks if b.text == "Chủ trì: Phòng Kinh tế, Hạ tầng và Đô thị" and b.index > 6)
    assert blocks[field.parent].label == "2"
    plan = vnplan.extract_text(text)
    # (the work's own "Phối hợp với …" names item 2's partner, its field its lead)
    assert [(t.lead, t.coordinators) for t in plan.tasks][:3] == [
        (["Phòng Kinh tế, Hạ tầng và Đô thị"], []),
        (["Phòng Kinh tế, Hạ tầng và Đô thị"], ["Công ty Cổ phần Công viên cây xanh"]),
        (["Phòng Văn hóa - Xã hội"], ["Hội Liên hiệp Phụ nữ phường"])]


def test_a_plan_a_decision_issues_numbered_1_2_3_in_capitals_is_divided_by_its_own_headings():
    # the decision's articles, its signature, then the plan it issues, whose headings are numbered "1.", "2." in
    # capitals: none of the plan is a point of the decision's last article
    text = """ỦY BAN NHÂN DÂN TỈNH BẮC LAM
Số: 88/QĐ-UBND
Bắc Lam, ngày 03 tháng 3 năm 2027
QUYẾT ĐỊNH
Ban hành Kế hoạch phát triển hợp tác xã nông nghiệp năm 2027
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phát triển hợp tác xã nông nghiệp năm 2027.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Thủ trưởng các sở, ngành chịu trách nhiệm thi hành Quyết định này./.
Nơi nhận:
- Như Điều 3;
- Lưu: VT.
CHỦ TỊCH
Trần Văn Lâm
KẾ HOẠCH
Phát triển hợp tác xã nông nghiệp năm 2027
(Ban hành kèm theo Quyết định số 88/QĐ-UBND ngày 03/3/2027 của Ủy ban nhân dân tỉnh)
1. MỤC ĐÍCH, YÊU CẦU
1.1. Nâng cao hiệu quả hoạt động của hợp tác xã nông nghiệp.
2. NHIỆM VỤ
2.1. Sở Nông nghiệp và Môi trường chủ trì hướng dẫn thành lập mới 20 hợp tác xã; hoàn thành trong quý III/2027.
2.2. Sở Tài chính bố trí kinh phí hỗ trợ hợp tác xã theo quy định.
3. TỔ CHỨC THỰC HIỆN
3.1. Liên minh Hợp tác xã tỉnh phối hợp tuyên truyền, vận động thành lập hợp tác xã.
"""
    blocks = segment(text)
    heading = next(b for b in blocks if b.text == "MỤC ĐÍCH, YÊU CẦU")
    assert heading.parent is None
    tasks = vnplan.extract_text(text).tasks
    assert [(t.lead, t.deadline) for t in tasks][:2] == [
        (["Sở Nông nghiệp và Môi trường"], "2027-09-30"), (["Sở Tài chính"], None)]


def test_a_typists_number_with_a_slash_labels_an_item():
    blocks = segment("1/ Tình hình dịch bệnh trên địa bàn.\n2/ Tiêm phòng dại chó, mèo:\n- UBND các xã lập danh sách.\n"
                     "Ngày 15/4/2027 bắt đầu tiêm.\n")
    assert [(block.kind, block.label) for block in blocks] == [("item", "1"), ("item", "2"), ("dash", "-"),
                                                               ("para", "")]
