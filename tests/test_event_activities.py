"""Events' activities (festivals, anniversaries, sports games), on text of our own in the style of real ones: each
activity with its time, its venue and who carries it out; a section's own time and venue before its programme; a lead-in
that its descriptive fields complete; a sector's union."""
import textwrap

import vnplan
from vnplan.extract.agencies import find_agencies
from vnplan.lexicon import FIELD_LINE

ACTIVITIES = textwrap.dedent("""\
    ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    Số: 88/KH-UBND                         Điện Biên, ngày 02 tháng 3 năm 2027

    KẾ HOẠCH
    Tổ chức Ngày hội Hoa Ban năm 2027

    I. CÁC HOẠT ĐỘNG CHÍNH
    1. Lễ khai mạc và chương trình nghệ thuật chào mừng
    - Thời gian: 20 giờ 00 ngày 12/3/2027.
    - Địa điểm: Quảng trường trung tâm thành phố.
    - Đơn vị thực hiện: Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Công an tỉnh.
    2. Phiên chợ sản phẩm nông nghiệp đặc trưng của các dân tộc
    - Thời gian: từ ngày 12/3 đến ngày 14/3/2027.
    - Địa điểm tổ chức: khu vực phía Tây quảng trường.
    - Đơn vị thực hiện: Sở Công Thương chủ trì, phối hợp với Sở Nông nghiệp và Môi trường.
    3. Giải thi đấu các môn thể thao dân tộc
    - Thời gian: ngày 13/3/2027.
    - Hình thức: thi đấu loại trực tiếp.
    - Đơn vị thực hiện: Công đoàn ngành Y tế phối hợp với Trung tâm Văn hóa tỉnh.
    """)


def test_an_activitys_venue_and_form_are_fields_of_it_not_tasks():
    plan = vnplan.extract_text(ACTIVITIES)
    assert [(task.text, task.lead, task.deadline) for task in plan.tasks] == [
        ("Lễ khai mạc và chương trình nghệ thuật chào mừng", ["Sở Văn hóa, Thể thao và Du lịch"], "2027-03-12"),
        ("Phiên chợ sản phẩm nông nghiệp đặc trưng của các dân tộc", ["Sở Công Thương"], "2027-03-14"),
        ("Giải thi đấu các môn thể thao dân tộc", ["Công đoàn ngành Y tế"], "2027-03-13")]


BY_UNIT = textwrap.dedent("""\
    SỞ NỘI VỤ TỈNH CAO BẰNG                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    Số: 41/KH-SNV                          Cao Bằng, ngày 10 tháng 6 năm 2027

    KẾ HOẠCH
    Kỷ niệm Ngày Thương binh - Liệt sĩ năm 2027

    I. NHIỆM VỤ CỦA CÁC PHÒNG
    1. Phòng Người có công
    - Tổ chức Lễ dâng hương tại Nghĩa trang liệt sĩ tỉnh (chủ trì, phối hợp với Văn phòng Sở).
    - Thời gian: 07 giờ 00 ngày 27/7/2027.
    - Địa điểm: Nghĩa trang liệt sĩ tỉnh.
    - Chương trình buổi lễ:
    + Chào cờ, phút mặc niệm.
    + Đọc diễn văn.
    2. Văn phòng Sở
    - Tổ chức gặp mặt đại biểu người có công tiêu biểu:
    + Thành phần: 50 đại biểu người có công tiêu biểu của các xã, phường.
    + Thời gian: trong tháng 7/2027.
    """)


def test_a_sections_own_time_and_venue_amid_its_items_assign_nothing_and_fields_complete_a_lead_in():
    tasks = vnplan.extract_text(BY_UNIT).tasks
    assert not [task.text for task in tasks if task.text.startswith(("Thời gian", "Địa điểm", "Thành phần"))]
    assert (tasks[0].text, tasks[0].lead) == (
        "Tổ chức Lễ dâng hương tại Nghĩa trang liệt sĩ tỉnh (chủ trì, phối hợp với Văn phòng Sở).",
        ["Phòng Người có công"])
    assert (tasks[-1].text, tasks[-1].lead, tasks[-1].deadline) == (
        "Tổ chức gặp mặt đại biểu người có công tiêu biểu: + Thành phần: 50 đại biểu người có công tiêu biểu của"
        " các xã, phường. + Thời gian: trong tháng 7/2027.", ["Văn phòng Sở"], "2027-07-31")


def test_a_union_named_by_its_sector():
    mentions = find_agencies("3. Công đoàn ngành Y tế: Bố trí 01 xe cứu thương")
    assert [m.name for m in mentions] == ["Công đoàn ngành Y tế"]
    mentions = find_agencies("Sở Nội vụ, Công đoàn ngành Giáo dục và Sở Y tế phối hợp tổ chức")
    assert [m.name for m in mentions] == ["Sở Nội vụ", "Công đoàn ngành Giáo dục", "Sở Y tế"]


def test_a_time_line_after_each_item_closes_that_item_and_a_form_heading_over_bodies_is_no_field():
    plan = textwrap.dedent("""\
        ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Số: 45/KH-UBND                       Hà Tĩnh, ngày 02 tháng 3 năm 2027
        KẾ HOẠCH
        Chuyển đổi số trong cải cách hành chính năm 2027
        I. NHIỆM VỤ
        1. Sở Nội vụ
        - Rà soát, chuẩn hóa quy trình nội bộ giải quyết thủ tục hành chính.
        Thời gian hoàn thành: Trước ngày 30/6/2027.
        - Tổ chức tập huấn cho cán bộ làm việc tại Bộ phận Một cửa.
        Thời gian hoàn thành: Quý III/2027.
        - Tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12/2027.
        """)
    assert [task.deadline for task in vnplan.extract_text(plan).tasks] == ["2027-06-30", "2027-09-30", "2027-12-15"]
    assert FIELD_LINE.match("Hình thức: tuyên truyền trên sóng phát thanh") is not None
    assert FIELD_LINE.match("Hình thức:") is None  # (a heading over the bodies' items)


def test_ministries_and_sectors_at_large_are_no_sectors_union():
    assert "Bộ ngành Trung ương" not in [m.name for m in find_agencies("Phối hợp với Bộ ngành Trung ương triển khai")]


def test_sectors_and_organisations_at_large_are_no_sectors_body():
    mentions = find_agencies("phối hợp với các Ban ngành Đoàn thể tỉnh")
    assert "Các Ban ngành Đoàn thể tỉnh" not in [m.name for m in mentions]
