"""Targets shared out among a plan's units: a table with a row per commune, village or province, whose row of the whole
("Toàn tỉnh", "Toàn xã", "Tổng cộng", "Cả nước") holds the plan's own figures (the units' rows are its parts, what the
figures start from and the money spent no targets); a table of indicators whose column of the whole area stands beside
its groups' columns; a workbook's sheets written out by a converter, their values as the sheet stores them ("63.2")."""
import vnplan
from vnplan.read import read_file

HEADER = """ỦY BAN NHÂN DÂN
TỈNH AN HẢI
Số: 21/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
An Hải, ngày 12 tháng 01 năm 2027

KẾ HOẠCH
Giảm nghèo và bao phủ bảo hiểm y tế năm 2027

I. MỤC TIÊU
"""

SHARED_OUT = HEADER + """1. Phấn đấu 100% hộ nghèo được hỗ trợ thẻ bảo hiểm y tế.
2. Chỉ tiêu năm 2027 của từng xã như sau:
| TT | Xã, phường | Dân số trung bình (người) | Số người tham gia BHYT phải đạt (người) | Tỷ lệ bao phủ BHYT (%) \
| Kinh phí hỗ trợ (triệu đồng) |
| 1 | Xã Tân Phú | 12.400 | 11.780 | 95,0 | 320 |
| 2 | Phường Bình Minh | 25.100 | 24.350 | 97,0 | 410 |
| | Toàn tỉnh | 37.500 | 36.130 | 96,3 | 730 |
II. NHIỆM VỤ
1. Sở Y tế chủ trì hướng dẫn các xã, phường thực hiện chỉ tiêu được giao.
"""


def test_the_row_of_the_whole_sets_the_plans_targets_not_its_units_rows_nor_its_baseline_or_money():
    targets = vnplan.extract_text(SHARED_OUT).targets
    assert sorted((t.min, t.unit, t.indicator, t.year) for t in targets) == [
        (96.3, "%", "Tỷ lệ bao phủ BHYT", 2027),
        (100, "%", "hộ nghèo được hỗ trợ thẻ bảo hiểm y tế", 2027),
        (36130, "người", "Số người tham gia BHYT phải đạt", 2027)]


def test_a_whole_that_restates_a_target_stated_already_is_not_counted_twice():
    text = HEADER.replace("I. MỤC TIÊU\n", "") + """Trên đây là Kế hoạch./.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn An
PHỤ LỤC I: CHỈ TIÊU TRỒNG RỪNG NĂM 2027
| TT | Chỉ tiêu | Đơn vị tính | Năm 2027 |
| 1 | Diện tích trồng rừng tập trung | ha | 1.250 |
PHỤ LỤC II: PHÂN BỔ CHỈ TIÊU TRỒNG RỪNG THEO XÃ
| TT | Xã | Năm 2027 |
| 1 | Xã Tân Phú | 700 |
| 2 | Xã Bình Minh | 550 |
| | Tổng cộng | 1.250 |
"""
    assert [(t.min, t.indicator) for t in vnplan.extract_text(text).targets] == [
        (1250, "Diện tích trồng rừng tập trung")]


def test_the_column_of_the_whole_area_beside_its_groups_holds_the_plans_figures():
    text = HEADER + """Các chỉ tiêu của toàn tỉnh và của từng nhóm xã tại Phụ lục.
Trên đây là Kế hoạch./.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn An
PHỤ LỤC: CHỈ TIÊU CHUYỂN ĐỔI SỐ CẤP XÃ NĂM 2027
| TT | Chỉ tiêu | Đơn vị tính | Toàn tỉnh | Các phường | Các xã khu vực III |
| 1 | Tỷ lệ hồ sơ được xử lý trực tuyến toàn trình | % | 60 | 85 | 45 |
| 2 | Số điểm hỗ trợ dịch vụ công trực tuyến | điểm | 420 | | |
"""
    assert [(t.min, t.unit, t.year) for t in vnplan.extract_text(text).targets] == [(60, "%", 2027),
                                                                                    (420, "điểm", 2027)]


def test_a_workbooks_sheets_under_their_marks_are_read_whatever_their_padding(tmp_path):
    plan = tmp_path / "ke_hoach.txt"
    plan.write_text(HEADER + """1. Trồng rừng tập trung theo chỉ tiêu tại Phụ lục.
II. NHIỆM VỤ
1. Sở Nông nghiệp và Môi trường chủ trì hướng dẫn các xã trồng rừng trong năm 2027.
Trên đây là Kế hoạch./.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn An

-------- 1 - PL01
PHỤ LỤC 01: CHỈ TIÊU TRỒNG RỪNG NĂM 2027 - 2028,,,,
TT,Chỉ tiêu,Đơn vị tính,Năm 2027,Năm 2028
1,Diện tích trồng rừng tập trung,ha,12500,13000
2,Tỷ lệ che phủ rừng,%,63.2,63.5
3,Trồng cây phân tán,nghìn cây,1800,1800
-------- 2 - PL02
"PHỤ LỤC 02: PHÂN BỔ THEO XÃ, PHƯỜNG",,,
TT,Xã/phường,Năm 2027,Năm 2028
1,Xã Tân Phú,7000,7200
2,Xã Bình Minh,5500,5800
,Tổng cộng,12500,13000
""", encoding="utf-8")
    text = read_file(plan).text
    assert "| 2 | Tỷ lệ che phủ rừng | % | 63.2 | 63.5 |" in text and "| Tổng cộng | 12500 | 13000 |" in text
    targets = vnplan.extract_file(plan).targets
    assert [(t.min, t.year) for t in targets if t.unit == "%"] == [(63.2, 2027), (63.5, 2028)]
    assert [t.min for t in targets if t.unit == "ha"] == [12500, 13000]  # (the sheet of the communes restates them)


def test_a_table_by_unit_elsewhere_than_about_targets_sets_none():
    for heading in ("THÀNH PHẦN THAM DỰ", "KẾT QUẢ THỰC HIỆN NĂM 2026"):
        text = HEADER.replace("I. MỤC TIÊU", "I. " + heading) + """| TT | Đơn vị | Số lượng (người) | Tỷ lệ hộ nghèo (%) |
| 1 | Xã Tân Phú | 25 | 3,1 |
| 2 | Xã Bình Minh | 44 | 2,5 |
| | Tổng cộng | 69 | 2,8 |
II. NHIỆM VỤ
1. Sở Y tế chủ trì hướng dẫn các xã, phường thực hiện.
"""
        assert vnplan.extract_text(text).targets == []
