"""The Party's smallest units and its committees' organs as the plans of a village cell, a commune committee's office
or a city committee's commission write them: a branch in a village ("Chi đoàn thôn", "Chi bộ thôn Bắc"), a cell's
header under its commune's Party organisation, an organ on the line under its committee ("THÀNH ỦY X" / "BAN TUYÊN
GIÁO VÀ DÂN VẬN"), a heading "Đối với …" over the items of the body it names, and an organ of the issuing committee
named in full ("Ủy ban Kiểm tra Đảng ủy Công an tỉnh") where the committee's short name stands inside it."""
import vnplan
from vnplan.extract.agencies import find_agencies

VILLAGE_CELL = """ĐẢNG BỘ XÃ TÂN HƯNG
CHI BỘ THÔN BẮC
*
Số 03-KH/CB
ĐẢNG CỘNG SẢN VIỆT NAM
Tân Hưng, ngày 10 tháng 02 năm 2027

KẾ HOẠCH
thực hiện Nghị quyết của Đảng ủy xã năm 2027

Căn cứ Nghị quyết Chi bộ tháng 01/2027, Chi bộ thôn Bắc xây dựng Kế hoạch như sau:
I. NHIỆM VỤ VÀ GIẢI PHÁP
1. Chi đoàn thôn tổ chức ra quân làm sạch đường làng trong dịp hè 2027.
2. Chi hội Nông dân thôn hướng dẫn hội viên chuyển đổi cây trồng.
3. Đối với Ban Công tác Mặt trận thôn
- Vận động Nhân dân hiến đất mở rộng đường ngõ xóm.
- Tổ chức ngày hội đại đoàn kết toàn dân tộc ở khu dân cư.

T/M CHI BỘ
BÍ THƯ
Lê Văn Ba
"""


def test_a_branch_in_a_village_is_named_by_the_village_or_by_its_kind_alone():
    names = [[m.name for m in find_agencies(text)] for text in (
        "Chi đoàn thôn tổ chức ra quân.", "Chi bộ thôn Bắc tổ chức sinh hoạt chuyên đề.",
        "Chi hội thôn 2 phối hợp.", "Chi đoàn thôn, Chi hội Nông dân thôn phối hợp.")]
    assert names == [["Chi đoàn thôn"], ["Chi bộ thôn Bắc"], ["Chi hội thôn 2"],
                     ["Chi đoàn thôn", "Chi hội Nông dân thôn"]]
    assert find_agencies("Tổ bản đồ số hóa dữ liệu.") == []  # ("bản đồ": a map, no village)


def test_a_village_cells_plan_is_the_cells_and_its_branches_and_named_bodies_lead():
    plan = vnplan.extract_text(VILLAGE_CELL)
    assert plan.document.issuer == "Chi bộ thôn Bắc"
    assert [(t.text[:22], t.lead) for t in plan.tasks] == [
        ("Chi đoàn thôn tổ chức ", ["Chi đoàn thôn"]),
        ("Chi hội Nông dân thôn ", ["Chi hội Nông dân thôn"]),
        ("Vận động Nhân dân hiến", ["Ban Công tác Mặt trận thôn"]),
        ("Tổ chức ngày hội đại đ", ["Ban Công tác Mặt trận thôn"])]


def _header(lines: str) -> str:
    return lines + """
*
Số 15-KH/BTGDVTU
ĐẢNG CỘNG SẢN VIỆT NAM
Hải An, ngày 10 tháng 02 năm 2026

KẾ HOẠCH
tuyên truyền năm 2026

I. NHIỆM VỤ
1. Các chi bộ trực thuộc tổ chức quán triệt Nghị quyết trong quý I/2026.
"""


def test_an_organ_on_the_line_under_its_committee_issues_for_that_committee():
    assert vnplan.extract_text(_header("THÀNH ỦY HẢI AN\nBAN TUYÊN GIÁO VÀ DÂN VẬN")).document.issuer \
        == "Ban Tuyên giáo và Dân vận Thành ủy Hải An"
    assert vnplan.extract_text(_header("ĐẢNG BỘ TỈNH AN HẢI\nĐẢNG ỦY XÃ MỸ HÒA\nVĂN PHÒNG")).document.issuer \
        == "Văn phòng Đảng ủy xã Mỹ Hòa"


def test_a_heading_that_names_a_body_without_a_colon_gives_it_the_items_under_it():
    plan = vnplan.extract_text("""ỦY BAN NHÂN DÂN
TỈNH AN HẢI
Số: 15/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
An Hải, ngày 10 tháng 02 năm 2027

KẾ HOẠCH
Phát triển du lịch năm 2027

I. NHIỆM VỤ VÀ GIẢI PHÁP
1. Đối với Sở Văn hóa, Thể thao và Du lịch
- Xây dựng chương trình quảng bá du lịch năm 2027.
- Tổ chức lễ hội du lịch mùa nước nổi.
2. Đối với các hộ chưa đồng thuận, giao Ủy ban nhân dân các xã vận động, thuyết phục.
3. Đối với Sở Tài chính, Sở Nông nghiệp và Môi trường phối hợp xác định giá đất cụ thể
""")
    assert [t.lead for t in plan.tasks] == [["Sở Văn hóa, Thể thao và Du lịch"]] * 2 + [["Ủy ban nhân dân các xã"],
                                                                                       ["Sở Nông nghiệp và Môi trường"]]


def test_an_organ_of_the_issuing_committee_named_in_full_is_that_organ():
    plan = vnplan.extract_text("""ĐẢNG BỘ TỈNH AN HẢI
ĐẢNG ỦY CÔNG AN TỈNH
*
Số 45-KH/ĐUCA
ĐẢNG CỘNG SẢN VIỆT NAM
An Hải, ngày 18 tháng 6 năm 2026
KẾ HOẠCH
bảo đảm an ninh, trật tự ở cơ sở
I. NHIỆM VỤ
1. Phòng Tổ chức cán bộ tham mưu bố trí đủ lực lượng cho Công an các xã, phường.
2. Ủy ban Kiểm tra Đảng ủy Công an tỉnh đưa việc thực hiện Kế hoạch vào chương trình kiểm tra, giám sát hằng năm.
""")
    assert plan.document.issuer == "Đảng ủy Công an tỉnh An Hải"
    assert [t.lead for t in plan.tasks] == [["Phòng Tổ chức cán bộ"], ["Ủy ban Kiểm tra Đảng ủy Công an tỉnh"]]
