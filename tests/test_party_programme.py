"""A Party committee's action programme (Tỉnh ủy, Đảng ủy): its committees as a class of bodies given their own plan to
make, a closing formula after the programme's longer name, and a sentence a reader broke before a name in capitals."""
import vnplan
from vnplan.normalise import normalise
from vnplan.read import RawText

PROGRAMME = """TỈNH ỦY AN HẢI
Số: 21-CTr/TU
An Hải, ngày 10 tháng 11 năm 2025
CHƯƠNG TRÌNH HÀNH ĐỘNG
Thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị về đột phá phát triển khoa học, công nghệ
I. MỤC TIÊU
Đến năm 2030, 100% cơ quan đảng sử dụng văn bản điện tử.
II. TỔ CHỨC THỰC HIỆN
1. Các đảng ủy trực thuộc Tỉnh ủy căn cứ Chương trình hành động, xây dựng kế hoạch thực hiện phù hợp với tình hình \
của địa phương, đơn vị, gửi Ban Thường vụ Tỉnh ủy trước ngày 30/12/2025.
2. Văn phòng Tỉnh ủy chủ trì tổ chức hội nghị sơ kết việc thực hiện vào quý IV/2026.
Chương trình hành động này được phổ biến đến chi bộ./.
T/M TỈNH ỦY
PHÓ BÍ THƯ
Trần Văn Nam
"""


def test_a_party_programmes_committees_make_their_plans_and_its_closing_formula_is_no_task():
    plan = vnplan.extract_text(PROGRAMME)
    assert [(t.text[:20], t.lead) for t in plan.tasks] == [
        ("Các đảng ủy trực thu", ["Các đảng ủy trực thuộc Tỉnh ủy"]),
        ("Văn phòng Tỉnh ủy ch", ["Văn phòng Tỉnh ủy"])]


def test_a_line_in_capitals_after_a_word_that_needs_what_follows_goes_on_its_sentence():
    lines = ["4. Phòng Điều dưỡng kiểm tra vệ sinh buồng bệnh.",
             "Trên đây là Kế hoạch kiểm soát nhiễm khuẩn năm 2027 của",
             "Bệnh viện Đa khoa tỉnh. Đề nghị các khoa, phòng thực hiện./.",
             "1. Khoa Dược chủ trì."]
    text = normalise(RawText("\n".join(lines), "json", wrapped=False))
    assert text.splitlines() == [lines[0], lines[1] + " " + lines[2], lines[3]]


DIRECTIVE = """TỈNH ỦY AN HẢI
Số: 09-CT/TU
An Hải, ngày 15 tháng 12 năm 2026
CHỈ THỊ
Về tăng cường sự lãnh đạo của Đảng đối với công tác phòng, chống buôn lậu
Thời gian qua, tình hình buôn lậu trên địa bàn tỉnh còn diễn biến phức tạp.
Để thực hiện có hiệu quả Luật Hải quan số 54/2014/QH13, Nghị định số 128/2020/NĐ-CP ngày 19/10/2020 của Chính phủ \
quy định xử phạt vi phạm hành chính trong lĩnh vực hải quan và Chỉ thị số 17/CT-TTg ngày 15/6/2025 của Thủ tướng \
Chính phủ, Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy, tổ chức đảng, chính quyền các cấp thực hiện tốt các nhiệm vụ sau:
(1) tăng cường sự lãnh đạo, chỉ đạo của cấp ủy đối với công tác phòng, chống buôn lậu.
(2) đổi mới công tác tuyên truyền, vận động Nhân dân không tham gia buôn lậu.
Cán bộ Đồn Biên phòng Cửa khẩu tuyên truyền phòng, chống buôn lậu cho Nhân dân. Ảnh: TRẦN AN
Tổ chức thực hiện
1. Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì hướng dẫn tuyên truyền Chỉ thị.
2. Văn phòng Tỉnh ủy chủ trì tổ chức sơ kết việc thực hiện Chỉ thị vào quý IV/2027.
T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ
Lê Văn Hà
"""


def test_a_directives_opening_paragraph_hands_out_the_points_under_it_each_a_task_of_the_bodies_it_names():
    # (a newspaper's photo caption between them, its credit closing it, is no part of the text)
    plan = vnplan.extract_text(DIRECTIVE)
    assert [(t.text[:12], t.lead) for t in plan.tasks] == [
        ("tăng cường s", ["Các cấp ủy, tổ chức đảng, chính quyền các cấp"]),
        ("đổi mới công", ["Các cấp ủy, tổ chức đảng, chính quyền các cấp"]),
        ("Ban Tuyên gi", ["Ban Tuyên giáo và Dân vận Tỉnh ủy"]), ("Văn phòng Tỉ", ["Văn phòng Tỉnh ủy"])]


def test_a_request_whose_words_follow_in_paragraphs_is_their_lead_in():
    text = """ỦY BAN NHÂN DÂN
TỈNH AN HẢI
Số: 11/CT-UBND
An Hải, ngày 15 tháng 12 năm 2026
CHỈ THỊ
Về tăng cường quản lý trật tự xây dựng
Năm 2026, trên địa bàn tỉnh phát hiện nhiều công trình vi phạm trật tự xây dựng.
Để chấn chỉnh tình trạng trên, phấn đấu trong năm 2027 100% công trình được cấp phép trước khi khởi công, Chủ tịch \
Ủy ban nhân dân tỉnh yêu cầu:
Sở Xây dựng chủ trì, phối hợp với Ủy ban nhân dân các xã tăng cường thanh tra trật tự xây dựng.
Công an tỉnh phối hợp xử lý các trường hợp chống người thi hành công vụ.
Nơi nhận:
- Như trên;
- Lưu: VT.
"""
    plan = vnplan.extract_text(text)
    assert [t.text[:12] for t in plan.tasks] == ["Sở Xây dựng ", "Công an tỉnh"]
