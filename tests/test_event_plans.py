"""Plans to organise an event, on text of our own in the style of real ones: sub-committees and their duties, the
preparation set out phase by phase with the doer in brackets, and a timeline of milestones, each a body's work."""
import vnplan

EVENT = """\
ỦY BAN NHÂN DÂN XÃ AN HÒA
Số: 66/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
An Hòa, ngày 10 tháng 4 năm 2027

KẾ HOẠCH
Tổ chức Hội thi văn nghệ quần chúng xã An Hòa năm 2027

I. MỤC ĐÍCH, YÊU CẦU
Phát huy phong trào văn hóa, văn nghệ ở cơ sở.
II. TIỂU BAN GIÚP VIỆC
1. Tiểu ban Nội dung (Phó Chủ tịch UBND xã làm Trưởng tiểu ban)
- Xây dựng thể lệ, kịch bản Hội thi; mời Ban Giám khảo.
2. Tiểu ban Hậu cần - Khánh tiết
- Trang trí sân khấu, chuẩn bị âm thanh, ánh sáng, giải thưởng.
III. TIẾN ĐỘ THỰC HIỆN
1. Từ ngày 15/4 đến ngày 30/4/2027
- Ban hành thể lệ, hướng dẫn các thôn đăng ký tiết mục (Phòng Văn hóa - Xã hội).
- Tuyên truyền về Hội thi trên hệ thống truyền thanh xã (Trung tâm Dịch vụ tổng hợp xã phối hợp với các thôn).
2. Từ ngày 02/5 đến ngày 10/5/2027
- Xây dựng phương án bảo đảm an ninh, trật tự tại khu vực Hội thi (Công an xã).
IV. CÁC MỐC THỜI GIAN CHÍNH
- Trước ngày 05/5/2027: Tiểu ban Nội dung hoàn thành kịch bản chương trình, trình Trưởng Ban Tổ chức duyệt.
- Ngày 12/5/2027: Tiểu ban Hậu cần - Khánh tiết hoàn tất trang trí, tổng duyệt chương trình.
"""


def _tasks():
    return vnplan.extract_text(EVENT).tasks


def test_a_sub_committee_leads_the_duties_under_its_heading():
    leads = {task.text[:20]: task.lead for task in _tasks()}
    assert leads["Xây dựng thể lệ, kịc"] == ["Tiểu ban Nội dung"]
    assert leads["Trang trí sân khấu, "] == ["Tiểu ban Hậu cần - Khánh tiết"]


def test_a_phase_dates_its_steps_and_the_bracket_after_a_step_names_its_doer():
    steps = {task.text[:20]: (task.lead, task.deadline) for task in _tasks()}
    assert steps["Ban hành thể lệ, hướ"] == (["Phòng Văn hóa - Xã hội"], "2027-04-30")
    assert steps["Tuyên truyền về Hội "] == (["Trung tâm Dịch vụ tổng hợp xã"], "2027-04-30")
    assert steps["Xây dựng phương án b"] == (["Công an xã"], "2027-05-10")


def test_a_timelines_milestones_are_the_work_of_the_bodies_they_name():
    milestones = [task for task in _tasks() if task.id.startswith("IV")]
    assert [(task.lead, task.deadline) for task in milestones] == [
        (["Tiểu ban Nội dung"], "2027-05-05"), (["Tiểu ban Hậu cần - Khánh tiết"], "2027-05-12")]


CEREMONY = """\
TỈNH ỦY HÀ NAM
Số: 12-KH/TU
ĐẢNG CỘNG SẢN VIỆT NAM
Hà Nam, ngày 02 tháng 6 năm 2027

KẾ HOẠCH
Tổ chức kỷ niệm 95 năm Ngày thành lập Đảng bộ tỉnh

I. NỘI DUNG
Các cấp ủy, tổ chức đảng trong tỉnh triển khai các nội dung sau:
1. Tổ chức Lễ kỷ niệm cấp tỉnh (giao Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì, phối hợp với Văn phòng Tỉnh ủy tổ chức).
- Thời gian: 8 giờ 00, ngày 20/8/2027.
- Địa điểm: Hội trường Trung tâm Hội nghị tỉnh.
- Quy mô: khoảng 500 đại biểu.
- Chương trình (dự kiến):
| Thời gian | Nội dung |
| 08h00 - 08h30 | Văn nghệ chào mừng |
| 08h30 - 09h00 | Diễn văn kỷ niệm |
2. Phát triển du lịch văn hóa gắn với di tích lịch sử Đảng bộ tỉnh:
- Năm 2027: Sở Văn hóa, Thể thao và Du lịch xây dựng 02 tuyến du lịch về nguồn.
- Năm 2028: Sở Văn hóa, Thể thao và Du lịch số hóa hồ sơ 05 di tích.
II. TỔ CHỨC THỰC HIỆN
1. Ban Tuyên giáo và Dân vận Tỉnh ủy hướng dẫn tuyên truyền về kỷ niệm trên các phương tiện thông tin đại chúng.
2. Văn phòng Tỉnh ủy là thường trực Ban Tổ chức, theo dõi, báo cáo Thường trực Tỉnh ủy trước ngày 30/8/2027.
PHỤ LỤC: CHƯƠNG TRÌNH GẶP MẶT CÁN BỘ LÃO THÀNH (dự kiến)
Thời gian
Nội dung
07h30 - 08h00
Đón tiếp đại biểu, khách mời; tham quan triển lãm ảnh tư liệu
08h00 - 08h30
Phát biểu của đồng chí Bí thư Tỉnh ủy
"""


def test_an_event_and_its_details_are_one_task_its_doer_in_brackets_its_day_its_deadline():
    tasks = vnplan.extract_text(CEREMONY).tasks
    [ceremony] = [task for task in tasks if task.text.startswith("Tổ chức Lễ kỷ niệm")]
    assert (ceremony.lead, ceremony.coordinators, ceremony.deadline) == (
        ["Ban Tuyên giáo và Dân vận Tỉnh ủy"], ["Văn phòng Tỉnh ủy"], "2027-08-20")
    assert not any(task.text.startswith(("Địa điểm", "Quy mô", "Văn nghệ", "Diễn văn")) for task in tasks)


def test_dated_steps_under_an_item_stay_tasks_of_their_own():
    tasks = vnplan.extract_text(CEREMONY).tasks
    yearly = [task for task in tasks if "Sở Văn hóa, Thể thao và Du lịch" in task.lead]
    assert len(yearly) == 2


def test_an_appendix_titled_on_its_line_holds_a_programme_not_work():
    tasks = vnplan.extract_text(CEREMONY).tasks
    assert not any(task.text.startswith(("Đón tiếp", "Phát biểu", "07h30")) for task in tasks)


COMMITTEE = """\
ỦY BAN NHÂN DÂN PHƯỜNG HỘI AN
Số: 35/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hội An, ngày 05 tháng 01 năm 2027

QUYẾT ĐỊNH
Về việc thành lập Ban Tổ chức Hội chợ Xuân phố Hội năm 2027

Điều 1. Thành lập Ban Tổ chức Hội chợ Xuân phố Hội An năm 2027 (sau đây gọi là Ban Tổ chức), gồm các ông (bà) có tên sau:
- Ông Nguyễn Văn Hải, Chủ tịch UBND phường - Trưởng ban;
- Bà Lê Thị Hoa, Phó Chủ tịch UBND phường - Phó Trưởng ban;
- Các thành viên: Trưởng Công an phường; Giám đốc Trung tâm Dịch vụ tổng hợp phường.
Điều 2. Nhiệm vụ của Ban Tổ chức
1. Ban Tổ chức: xây dựng phương án bố trí gian hàng, trình Chủ tịch UBND phường trước ngày 15/01/2027.
2. Tiểu ban An ninh: ông Trần Văn Bình, Trưởng Công an phường - Trưởng tiểu ban.
"""


def test_a_committees_members_are_no_work_and_its_short_name_is_its_whole_name():
    tasks = vnplan.extract_text(COMMITTEE).tasks
    assert [(task.lead, task.deadline) for task in tasks] == [
        (["Ban Tổ chức Hội chợ Xuân phố Hội An năm 2027"], "2027-01-15")]


def test_a_bracket_listing_the_bodies_of_a_kind_just_named_names_no_doer():
    text = EVENT.replace("- Xây dựng phương án bảo đảm an ninh, trật tự tại khu vực Hội thi (Công an xã).",
                         "- Tập huấn cho công chức các cơ quan chuyên môn (Văn phòng Hội đồng nhân dân và Ủy ban nhân "
                         "dân xã, Phòng Kinh tế).")
    [training] = [task for task in vnplan.extract_text(text).tasks if task.text.startswith("Tập huấn")]
    assert "Phòng Kinh tế" not in training.lead


def test_the_hours_of_a_ceremony_are_its_programme_not_milestones():
    text = EVENT.split("IV. CÁC MỐC")[0] + (
        "IV. THỜI GIAN, CHƯƠNG TRÌNH BUỔI LỄ\n"
        "- Từ 7 giờ 00 đến 7 giờ 30: Đoàn Thanh niên xã biểu diễn văn nghệ chào mừng.\n"
        "- Từ 7 giờ 30 đến 8 giờ 00: Đội Thiếu niên tiền phong xã diễu hành, dâng hoa.\n")
    assert not any(task.id.startswith("IV") for task in vnplan.extract_text(text).tasks)


def test_a_person_given_work_by_name_keeps_it():
    text = EVENT.split("II. TIỂU BAN")[0] + (
        "II. PHÂN CÔNG\n1. Đồng chí Nguyễn Văn Hải, Phó Chủ tịch UBND xã: chỉ đạo chung, báo cáo Chủ tịch trước "
        "ngày 30/6/2027.\n2. Bà Trần Thị Hoa, Chủ tịch Hội Phụ nữ xã, vận động hội viên tham gia hội thi.\n")
    assert len(vnplan.extract_text(text).tasks) == 2


def test_an_appendix_titled_with_the_work_lists_it():
    text = EVENT.split("IV. CÁC MỐC")[0] + (
        "PHỤ LỤC: NHIỆM VỤ CỤ THỂ CỦA CÁC CƠ QUAN, ĐƠN VỊ\n"
        "1. Phòng Văn hóa - Xã hội in giấy mời đại biểu, hoàn thành trước ngày 05/5/2027.\n"
        "2. Trạm Y tế xã bố trí tổ sơ cấp cứu tại hội trường.\n")
    assert [task.lead for task in vnplan.extract_text(text).tasks][-2:] == [["Phòng Văn hóa - Xã hội"], ["Trạm Y tế xã"]]


def test_a_history_section_and_a_recalled_act_give_no_work_nor_a_deadline():
    text = EVENT.split("IV. CÁC MỐC")[0] + (
        "IV. Ý NGHĨA LỊCH SỬ\n- Ngày 15/9/1947, Ủy ban Kháng chiến hành chính tỉnh ban hành lệnh tổng động viên.\n"
        "- Ngày 02/10/1947, Ủy ban Kháng chiến hành chính tỉnh tổ chức mít tinh lớn.\n"
        "V. TỔ CHỨC THỰC HIỆN\n- Ngày 05/4/2027, Ủy ban nhân dân xã đã ban hành Kế hoạch số 05/KH-UBND; Phòng Văn hóa - "
        "Xã hội tham mưu triển khai.\n")
    tasks = vnplan.extract_text(text).tasks
    assert not any(task.deadline and task.deadline < "2027" for task in tasks)
    assert not any(task.deadline == "2027-04-05" for task in tasks)
