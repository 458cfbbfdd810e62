"""A steering committee's members given their duties, each by the office he holds in his body, on text of our own."""
import vnplan
from vnplan.lexicon import DIRECTS_ITS_LIST

MEMBERS = """ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH MỚI
Số: 12/QĐ-BCĐ                              Hòa Bình Mới, ngày 02 tháng 3 năm 2027
QUYẾT ĐỊNH
Phân công nhiệm vụ thành viên Ban Chỉ đạo giảm thiểu chất thải nhựa
Điều 1. Phân công nhiệm vụ các thành viên Ban Chỉ đạo như sau:
1. Các thành viên Ban Chỉ đạo:
a) Giám đốc Sở Y tế: Chỉ đạo các cơ sở khám bệnh phân loại rác thải nhựa.
b) Giám đốc Sở Xây dựng: Chỉ đạo các bến thủy nội địa bố trí điểm tiếp nhận rác.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
"""


def test_each_member_labelled_by_his_office_leads_his_duties_through_his_body():
    plan = vnplan.extract_text(MEMBERS)
    assert [(task.lead, task.text) for task in plan.tasks] == [
        (["Sở Y tế"], "Chỉ đạo các cơ sở khám bệnh phân loại rác thải nhựa."),
        (["Sở Xây dựng"], "Chỉ đạo các bến thủy nội địa bố trí điểm tiếp nhận rác.")]


def test_a_steering_committees_name_directs_no_list():
    assert DIRECTS_ITS_LIST.search("Các thành viên Ban Chỉ đạo:") is None
    assert DIRECTS_ITS_LIST.search("Bộ trưởng Bộ Tài chính có trách nhiệm chỉ đạo:") is not None
