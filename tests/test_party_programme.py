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
