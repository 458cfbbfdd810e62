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
