"""Who does the work and when, said in a bracket closing each task, on text of our own in the style of real ones."""
import textwrap

import vnplan

BY_AREA = textwrap.dedent("""\
    ỦY BAN NHÂN DÂN XÃ TÂN LẬP                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    Số: 33/KH-UBND                              Tân Lập, ngày 02 tháng 5 năm 2027

    KẾ HOẠCH
    Phòng, chống sạt lở bờ kênh mùa mưa năm 2027

    I. NHIỆM VỤ TẠI TỪNG KHU VỰC
    1. Khu vực bờ kênh ấp Tân Hòa
    * Cắm biển cảnh báo tại các điểm sạt lở. (Trách nhiệm: Công an xã chủ trì, phối hợp Ban nhân dân ấp Tân Hòa; thời gian: trước ngày 20/5/2027)[a]
    * Dời các quầy hàng sát mép kênh vào khu tập trung. (Trách nhiệm: Ban Quản lý chợ Tân Lập; thời gian: tháng 6/2027)
    2. Các tuyến kênh còn lại
    * Rà soát các đoạn bờ có vết nứt mới. (Trách nhiệm: Ban nhân dân các ấp; thời gian: từ tháng 5 đến tháng 11/2027)
    """)


def test_a_bracket_naming_who_answers_for_the_work_gives_its_lead_partners_and_time():
    plan = vnplan.extract_text(BY_AREA)
    assert [(task.lead, task.coordinators, task.deadline) for task in plan.tasks] == [
        (["Công an xã"], ["Ban nhân dân ấp Tân Hòa"], "2027-05-20"),
        (["Ban Quản lý chợ Tân Lập"], [], "2027-06-30"),
        (["Ban nhân dân các ấp"], [], "2027-11-30")]


# A ministry's plan copied from its portal by a text browser: each item's sentence, then its fields in a bracket on
# a line of their own, the lines wrapped at the screen's width (a name's own dash falling at a line's start).
ROW_WRITTEN_OUT = textwrap.dedent("""\
    BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
    Số: 210/KH-BNNMT                        Hà Nội, ngày 4 tháng 3 năm 2027

    KẾ HOẠCH
    Triển khai chương trình quan trắc môi trường năm 2027

    I. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN

       1. Rà soát mạng lưới trạm quan trắc tự động trên các lưu vực sông; đề
       xuất danh mục trạm cần nâng cấp, bổ sung thiết bị.
       (Đơn vị chủ trì: Cục Kiểm soát ô nhiễm môi trường; đơn vị phối hợp: Vụ Kế hoạch
       - Tài chính; thời gian hoàn thành: quý II/2027)

       2. Xây dựng cơ sở dữ liệu quan trắc dùng chung, kết nối với các địa
       phương.
       (Đơn vị chủ trì: Cục Chuyển đổi số; đơn vị phối hợp: Cục Kiểm soát ô
       nhiễm môi trường; thời gian hoàn thành: tháng 10/2027)
    """)


def test_a_bracket_of_fields_on_its_own_line_assigns_the_sentence_above_and_is_none_of_its_words():
    plan = vnplan.extract_text(ROW_WRITTEN_OUT)
    assert [(task.text, task.lead, task.coordinators, task.deadline) for task in plan.tasks] == [
        ("Rà soát mạng lưới trạm quan trắc tự động trên các lưu vực sông; đề xuất danh mục trạm cần nâng cấp, bổ "
         "sung thiết bị.", ["Cục Kiểm soát ô nhiễm môi trường"], ["Vụ Kế hoạch - Tài chính"], "2027-06-30"),
        ("Xây dựng cơ sở dữ liệu quan trắc dùng chung, kết nối với các địa phương.", ["Cục Chuyển đổi số"],
         ["Cục Kiểm soát ô nhiễm môi trường"], "2027-10-31")]


def test_the_field_naming_who_drafts_a_document_gives_its_lead():
    plan = vnplan.extract_text(textwrap.dedent("""\
        BỘ TƯ PHÁP
        Số: 120/KH-BTP
        KẾ HOẠCH
        Triển khai thi hành Luật Hộ tịch (sửa đổi)
        II. NHIỆM VỤ
        1. Xây dựng văn bản quy định chi tiết
        1.1. Nghị định quy định chi tiết một số điều của Luật Hộ tịch
        - Đơn vị chủ trì soạn thảo: Cục Hộ tịch, quốc tịch, chứng thực.
        - Đơn vị phối hợp: Vụ Pháp luật dân sự - kinh tế.
        - Thời gian trình Chính phủ: trước ngày 15/6/2027.
        """), strict=False)
    assert [(task.lead, task.coordinators, task.deadline) for task in plan.tasks] == [
        (["Cục Hộ tịch, quốc tịch, chứng thực"], ["Vụ Pháp luật dân sự - kinh tế"], "2027-06-15")]


def test_a_bracket_that_gives_the_work_by_giao_dates_it_too():
    plan = vnplan.extract_text(textwrap.dedent("""\
        ỦY BAN NHÂN DÂN XÃ TÂN LẬP
        Số: 15/KH-UBND
        KẾ HOẠCH
        Thực hiện công tác hòa giải ở cơ sở năm 2027
        I. NHIỆM VỤ
        1. Bồi dưỡng nghiệp vụ
        - Cấp phát sổ theo dõi hoạt động hòa giải cho các tổ hòa giải (Giao Văn phòng HĐND và UBND xã; thời \
gian: quý I/2027).
        - Tổ chức 02 lớp tập huấn kỹ năng hòa giải (Giao Văn phòng HĐND và UBND xã phối hợp với Trung tâm Trợ \
giúp pháp lý nhà nước tỉnh; thời gian: tháng 5 và tháng 9/2027).
        """), strict=False)
    assert [(task.coordinators, task.deadline) for task in plan.tasks] == [
        ([], "2027-03-31"), (["Trung tâm Trợ giúp pháp lý nhà nước tỉnh"], "2027-09-30")]


def test_a_bracket_handing_out_money_or_a_work_is_none_of_the_lead():
    plan = vnplan.extract_text(textwrap.dedent("""\
        ỦY BAN NHÂN DÂN XÃ TÂN LẬP
        Số: 16/KH-UBND
        KẾ HOẠCH
        Xây dựng nhà văn hóa thôn năm 2027
        I. NHIỆM VỤ
        1. Phòng Kinh tế bố trí kinh phí (giao dự toán cho các thôn; thời hạn: tháng 12/2027).
        2. Văn phòng Ủy ban nhân dân xã sửa chữa nhà văn hóa thôn Tân Hòa (thời gian: quý IV/2027; giao Ban \
nhân dân thôn quản lý, sử dụng sau khi hoàn thành).
        """), strict=False)
    assert [task.lead for task in plan.tasks] == [["Phòng Kinh tế"], ["Văn phòng Ủy ban nhân dân xã"]]
