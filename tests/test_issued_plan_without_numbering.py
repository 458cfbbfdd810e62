"""A decision and the plan it issues, forwarded in an e-mail that lost the plan's automatic numbering, on text of our
own in the style of real ones: the plan after the decision's signature keeps its outline in the form of its lines."""
import textwrap

import vnplan

FORWARDED = textwrap.dedent("""\
    ỦY BAN NHÂN DÂN PHƯỜNG TÂN LẬP
    Số: 31/QĐ-UBND
    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    Độc lập - Tự do - Hạnh phúc
    Tân Lập, ngày 12 tháng 02 năm 2027

    QUYẾT ĐỊNH
    Về việc ban hành Kế hoạch phòng, chống dịch bệnh mùa hè năm 2027

    ỦY BAN NHÂN DÂN PHƯỜNG TÂN LẬP
    Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
    QUYẾT ĐỊNH:
    Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phòng, chống dịch bệnh mùa hè năm 2027.
    Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

    Nơi nhận:
    Như Điều 2;
    Lưu: VT.
    TM. ỦY BAN NHÂN DÂN
    CHỦ TỊCH
    Trần Văn Bình

    KẾ HOẠCH
    Phòng, chống dịch bệnh mùa hè năm 2027
    (Ban hành kèm theo Quyết định số 31/QĐ-UBND ngày 12 tháng 02 năm 2027 của Ủy ban nhân dân phường Tân Lập)
    NHIỆM VỤ, GIẢI PHÁP
    Trạm Y tế phường
    Tổ chức giám sát ca bệnh sốt xuất huyết tại các khu phố, hoàn thành trước ngày 30/4/2027.
    Phun hóa chất diệt muỗi tại các ổ dịch trong vòng 48 giờ khi có ca bệnh.
    Phòng Văn hóa - Xã hội
    Tuyên truyền phòng bệnh trên hệ thống loa truyền thanh của phường.
    Hướng dẫn các trường học vệ sinh lớp học trước năm học mới.
    TỔ CHỨC THỰC HIỆN
    Trạm Y tế phường tổng hợp kết quả, báo cáo Ủy ban nhân dân phường trước ngày 25 hằng tháng.
    """)


def test_the_plan_a_decision_issues_keeps_its_outline_without_its_numbering():
    plan = vnplan.extract_text(FORWARDED)
    leads = [(task.lead, task.text[:20]) for task in plan.tasks]
    assert leads[:4] == [(["Trạm Y tế phường"], "Tổ chức giám sát ca "), (["Trạm Y tế phường"], "Phun hóa chất diệt m"),
                         (["Phòng Văn hóa - Xã hội"], "Tuyên truyền phòng b"),
                         (["Phòng Văn hóa - Xã hội"], "Hướng dẫn các trường")]
    assert [(duty.frequency, duty.due) for duty in plan.reporting] == [("monthly", "---25")]
