"""Names that depend on who issues the plan: a plan issued outside the province's government names the province's
departments with their province, one name each; the province's own plans name them without it."""
import vnplan

COMMUNE = """ỦY BAN NHÂN DÂN
XÃ TÂN HÒA
Số: 15/KH-UBND
Tân Hòa, ngày 05 tháng 01 năm 2027
KẾ HOẠCH
Phòng chống dịch bệnh mùa hè năm 2027
I. NHIỆM VỤ
1. Trạm Y tế xã chủ trì, phối hợp với Sở Y tế tỉnh An Hải tổ chức tiêm chủng, hoàn thành trong quý II/2027.
2. Đề nghị Sở Y tế hỗ trợ vắc xin cho các thôn.
"""

PROVINCE = COMMUNE.replace("XÃ TÂN HÒA", "TỈNH AN HẢI").replace("Trạm Y tế xã", "Trung tâm Kiểm soát bệnh tật tỉnh")


def test_a_communes_plan_names_the_provinces_department_with_its_province_each_time():
    plan = vnplan.extract_text(COMMUNE)
    assert plan.tasks[0].coordinators == ["Sở Y tế tỉnh An Hải"]
    assert plan.tasks[1].lead == ["Sở Y tế tỉnh An Hải"]


def test_the_provinces_own_plan_names_its_department_without_the_province():
    plan = vnplan.extract_text(PROVINCE)
    assert plan.tasks[0].coordinators == ["Sở Y tế"] and plan.tasks[1].lead == ["Sở Y tế"]


BRANCH = """NGÂN HÀNG NÔNG NGHIỆP VÀ
PHÁT TRIỂN NÔNG THÔN VIỆT NAM
CHI NHÁNH TỈNH AN HẢI
Số: 88/KH-NHNoAH
An Hải, ngày 15 tháng 12 năm 2026
KẾ HOẠCH
Phát triển dịch vụ ngân hàng số năm 2027
Căn cứ Kế hoạch số 2604/KH-NHNo của Tổng Giám đốc Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam;
I. NHIỆM VỤ
1. Phòng Khách hàng cá nhân chủ trì mở rộng dịch vụ thanh toán không dùng tiền mặt tại các xã.
"""


def test_a_national_banks_branch_issues_under_the_banks_name_however_its_header_was_laid_out():
    assert vnplan.extract_text(BRANCH).document.issuer == \
        "Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam - Chi nhánh tỉnh An Hải"
    one_row = BRANCH.replace("NGÂN HÀNG NÔNG NGHIỆP VÀ\nPHÁT TRIỂN NÔNG THÔN VIỆT NAM\nCHI NHÁNH TỈNH AN HẢI\nSố: 88/KH-NHNoAH",
                             "| NGÂN HÀNG NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN VIỆT NAM CHI NHÁNH TỈNH AN HẢI Số: 88/KH-NHNoAH "
                             "| CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |")
    assert vnplan.extract_text(one_row).document.issuer == \
        "Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam - Chi nhánh tỉnh An Hải"


def test_a_body_whose_header_line_ends_on_its_level_is_of_the_province_named_above_it():
    text = """ỦY BAN MTTQ VIỆT NAM TỈNH AN HẢI
BAN ĐẠI DIỆN HỘI NGƯỜI CAO TUỔI TỈNH
Số: 86/KH-BĐD
An Hải, ngày 08 tháng 12 năm 2026
KẾ HOẠCH
Tổ chức mừng thọ người cao tuổi năm 2027
Ban Đại diện Hội Người cao tuổi tỉnh ban hành Kế hoạch tổ chức mừng thọ năm 2027 như sau:
I. NHIỆM VỤ
1. Văn phòng Ban Đại diện chủ trì tổng hợp danh sách người cao tuổi.
"""
    assert vnplan.extract_text(text).document.issuer == "Ban Đại diện Hội Người cao tuổi tỉnh An Hải"
