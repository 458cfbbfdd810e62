"""Reports a sentence times or assigns in its other clauses, on text of our own in the style of real ones.

A sentence may open on its cycle and then state the report in a later clause ("Định kỳ trước ngày 20 của tháng cuối
quý, hai đơn vị trao đổi số liệu; Sở X tổng hợp, báo cáo …"); a joint regulation's parties report together ("hai bên
lập biên bản, báo cáo ngay …"), also after what opens the sentence; the results "được báo cáo" a body are reported to it.
"""
import textwrap

import pytest

import vnplan
from vnplan.extract.agencies import the_parties_act

JOINT_RULES = textwrap.dedent("""\
    ỦY BAN NHÂN DÂN XÃ SUỐI LAU        BỘ CHỈ HUY BĐBP TỈNH        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                       ĐỒN BIÊN PHÒNG SUỐI LAU      Độc lập - Tự do - Hạnh phúc
    Số: 05/QCPH-UBND-ĐBP                                            Suối Lau, ngày 10 tháng 3 năm 2027

    QUY CHẾ
    Phối hợp giữa Ủy ban nhân dân xã Suối Lau và Đồn Biên phòng Suối Lau trong quản lý, bảo vệ biên giới

    Ủy ban nhân dân xã Suối Lau và Đồn Biên phòng Suối Lau thống nhất ban hành Quy chế phối hợp như sau:

    Chương II
    NỘI DUNG PHỐI HỢP

    Điều 3. Phối hợp quản lý đường biên, mốc quốc giới
    1. Đồn Biên phòng chủ trì, phối hợp với Ủy ban nhân dân xã tuần tra đường biên theo kế hoạch.
    2. Ủy ban nhân dân xã chỉ đạo Công an xã bố trí lực lượng tham gia tuần tra khi Đồn Biên phòng đề nghị.
    3. Khi phát hiện mốc quốc giới bị xê dịch, hai bên lập biên bản, báo cáo ngay Bộ Chỉ huy Bộ đội Biên phòng tỉnh.

    Điều 4. Chế độ thông tin, báo cáo
    1. Sáu tháng một lần hai bên sơ kết việc thực hiện Quy chế; kết quả sơ kết được báo cáo Ủy ban nhân dân tỉnh.

    TM. ỦY BAN NHÂN DÂN                          ĐỒN TRƯỞNG
    CHỦ TỊCH

    Hà Văn Sinh                                  Thiếu tá Lý Văn Pao
    """)


def test_the_parties_acting_together_after_what_opens_the_sentence_lead_and_report_together():
    plan = vnplan.extract_text(JOINT_RULES)
    parties = ["Ủy ban nhân dân xã Suối Lau", "Đồn Biên phòng Suối Lau"]
    found = next(task for task in plan.tasks if task.text.startswith("Khi phát hiện"))
    assert found.lead == parties
    at_once = next(duty for duty in plan.reporting if duty.text.startswith("Khi phát hiện"))
    assert at_once.reporter == ", ".join(parties)
    assert at_once.recipient.startswith("Bộ Chỉ huy Bộ đội Biên phòng tỉnh")


def test_results_reported_in_the_passive_to_a_body_are_a_duty_timed_by_the_sentences_opening():
    plan = vnplan.extract_text(JOINT_RULES)
    review = next(duty for duty in plan.reporting if "sơ kết được báo cáo" in duty.text)
    assert (review.frequency, review.due) == ("semiannual", None)
    assert review.recipient.startswith("Ủy ban nhân dân tỉnh")
    assert review.reporter == "Ủy ban nhân dân xã Suối Lau, Đồn Biên phòng Suối Lau"


def test_the_parties_are_the_subject_not_the_object():
    assert the_parties_act("Hai bên phối hợp tuần tra.")
    assert the_parties_act("Khi có vụ việc phức tạp, các bên trao đổi ngay.")
    assert not the_parties_act("Sở Y tế phối hợp với hai bên rà soát danh sách.")
    assert not the_parties_act("Các bên liên quan phối hợp thực hiện.")
    # (only the clause it opens: the parties of the next clause do not act in this one)
    assert not the_parties_act("Sở Y tế tổng hợp số liệu; hai bên thống nhất.")


QUARTERLY = textwrap.dedent("""\
    ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH MỚI          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    Số: 140/KH-UBND                             Hòa Bình Mới, ngày 12 tháng 4 năm 2027

    KẾ HOẠCH
    Quản lý người lao động làm việc ở nước ngoài năm 2027

    I. NHIỆM VỤ
    1. Sở Nội vụ rà soát danh sách người lao động hết hạn hợp đồng.

    II. TỔ CHỨC THỰC HIỆN
    1. Sở Nội vụ chủ trì, phối hợp với Công an tỉnh triển khai Kế hoạch này.
    2. Định kỳ trước ngày 20 của tháng cuối quý, hai cơ quan đối chiếu số liệu; Sở Nội vụ tổng hợp, báo cáo Ủy ban
    nhân dân tỉnh.
    """)


def test_a_sentence_opening_on_its_cycle_times_the_report_in_its_later_clause():
    plan = vnplan.extract_text(QUARTERLY)
    duty = next(duty for duty in plan.reporting if duty.text.startswith("Sở Nội vụ tổng hợp"))
    assert (duty.frequency, duty.due) == ("quarterly", "---20")
    assert duty.reporter == "Sở Nội vụ"



def test_a_report_already_made_is_no_duty_and_one_timed_by_its_own_occasion_takes_no_cycle_of_its_sentence():
    plan = vnplan.extract_text(QUARTERLY.replace(
        "1. Sở Nội vụ rà soát danh sách người lao động hết hạn hợp đồng.",
        "1. Sở Nội vụ rà soát danh sách; kết quả đợt 1 đã được báo cáo Ủy ban nhân dân tỉnh tại Văn bản số 12/SNV.").replace(
        "nhân dân tỉnh.\n", "nhân dân tỉnh.\n3. Hằng quý, các đơn vị kiểm tra cơ sở; Sở Nội vụ tổng hợp, báo cáo Bộ Nội"
        " vụ kết quả sau mỗi đợt kiểm tra.\n"))
    assert not any("đã được báo cáo" in duty.text for duty in plan.reporting)
    after_each = next(duty for duty in plan.reporting if "sau mỗi đợt" in duty.text)
    assert after_each.frequency is None


@pytest.mark.parametrize("item, duties", [
    # the money paid out, a report's subject: a report
    ("Báo cáo số liệu đối tượng, kinh phí chi trả về Sở Y tế trước ngày 20 tháng cuối quý.", [("quarterly", "---20")]),
    # … its estimate and its appraisal: steps of the budget
    ("Lập dự toán kinh phí chi trả chế độ năm 2028, gửi Sở Tài chính trước ngày 15/7/2027 để tổng hợp.", []),
    ("Thẩm định kinh phí đã giải ngân, gửi Ủy ban nhân dân tỉnh trước ngày 30/9/2027.", []),
])
def test_the_money_paid_out_reported_is_a_report_its_estimate_a_step_of_the_budget(item, duties):
    plan = vnplan.extract_text("ỦY BAN NHÂN DÂN TỈNH AN GIANG\nSố: 12/KH-UBND    An Giang, ngày 02 tháng 3 năm 2027\n\n"
                               "KẾ HOẠCH\nTrợ giúp xã hội năm 2027\n\nI. NHIỆM VỤ\n1. Ủy ban nhân dân các xã, phường\n"
                               f"- {item}\n")
    assert [(duty.frequency, duty.due) for duty in plan.reporting] == duties


def test_a_report_right_after_an_event_held_on_a_day_is_due_once_that_day():
    plan = vnplan.extract_text(textwrap.dedent("""\
        ỦY BAN NHÂN DÂN XÃ TÂN LẬP
        Số: 31/KH-UBND
        KẾ HOẠCH
        Tổ chức Ngày bầu cử trên địa bàn xã
        IV. PHÂN CÔNG NHIỆM VỤ
        1. Các Tổ bầu cử
        - Bố trí phòng bỏ phiếu, hòm phiếu, buồng viết phiếu; hoàn thành trước 17 giờ ngày 14/3/2026.
        - Báo cáo tình hình bầu cử về Ủy ban bầu cử xã lúc 10 giờ và ngay sau khi kết thúc bỏ phiếu ngày 15/3/2026.
        """), strict=False)
    assert [(duty.frequency, duty.due) for duty in plan.reporting] == [("once", "2026-03-15")]


@pytest.mark.parametrize("clause, timing", [
    # (beside a cycle, the event is one more occasion, not the report's time)
    ("Định kỳ hằng tháng và ngay sau khi kết thúc đợt cao điểm ngày 15/3/2027, Công an tỉnh báo cáo UBND tỉnh.",
     ("monthly", None)),
])
def test_a_cycle_times_a_report_also_owed_after_an_event(clause, timing):
    from vnplan.extract.reporting import frequency_and_due
    assert frequency_and_due(clause, 2027) == timing


def test_the_peoples_opinions_sent_each_quarter_are_a_report_a_file_sent_each_year_none():
    plan = vnplan.extract_text(textwrap.dedent("""\
        ỦY BAN NHÂN DÂN TỈNH BẮC SƠN
        Số: 18/KH-UBND
        KẾ HOẠCH
        Tiếp công dân năm 2027
        II. NHIỆM VỤ
        1. Định kỳ hằng quý, Ban Tiếp công dân tỉnh tổng hợp ý kiến, kiến nghị của công dân, gửi Ủy ban nhân \
dân tỉnh trước ngày 20 của tháng cuối quý.
        2. Phòng Kinh tế hướng dẫn các chủ thể hoàn thiện hồ sơ đánh giá sản phẩm, gửi Hội đồng cấp tỉnh \
trước ngày 30/6 hằng năm.
        """), strict=False)
    assert [(duty.reporter, duty.frequency) for duty in plan.reporting] == [("Ban Tiếp công dân tỉnh", "quarterly")]
