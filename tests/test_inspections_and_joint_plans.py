"""Inspection plans and plans two bodies issue together, on text of our own in the style of real ones.

An inspection plan forms a team ("Đoàn kiểm tra") whose head stands for it, lists the team's steps under a paragraph
that names it, and gives the units visited a schedule ("- Xã A: từ ngày … đến ngày …") that is no work of theirs. A
joint plan sets its bodies' header cells side by side (the rows run together in a text copy) or stacks them under a
joint number; its first body issues it, every body's number is its own, each body names itself short ("Công an
tỉnh") for the name its header gives, and the work of "Hai cơ quan" or of "Trách nhiệm chung" is the work of both.
"""
import vnplan
from vnplan.extract.agencies import find_agencies

INSPECTION = """\
SỞ XÂY DỰNG TỈNH ĐỒNG THÁP
Số: 77/KH-SXD
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đồng Tháp, ngày 12 tháng 3 năm 2027

KẾ HOẠCH
Kiểm tra công tác quản lý trật tự xây dựng tại một số xã, phường năm 2027

I. MỤC ĐÍCH, YÊU CẦU
Đánh giá việc quản lý trật tự xây dựng; chấn chỉnh kịp thời các sai phạm.
II. NỘI DUNG KIỂM TRA
1. Việc cấp giấy phép xây dựng nhà ở riêng lẻ.
2. Việc xử lý vi phạm hành chính về trật tự xây dựng.
III. TỔ CHỨC THỰC HIỆN
1. Thành phần Đoàn kiểm tra
- Trưởng đoàn: Ông Lê Minh Tâm, Phó Giám đốc Sở;
- Thành viên: công chức các phòng chuyên môn.
2. Các bước thực hiện
Đoàn kiểm tra thực hiện các bước sau:
a) Gửi đề cương báo cáo đến các đơn vị được kiểm tra trước ngày 05/4/2027.
b) Kiểm tra trực tiếp tại các đơn vị theo lịch sau:
- Ủy ban nhân dân phường Cao Lãnh: từ ngày 12/4 đến ngày 16/4/2027;
- Ủy ban nhân dân xã Tháp Mười: từ ngày 19/4 đến ngày 23/4/2027.
c) Tổng hợp kết quả, báo cáo Giám đốc Sở trước ngày 15/5/2027.
3. Trách nhiệm của các bên
a) Trưởng Đoàn kiểm tra:
- Phân công nhiệm vụ cho các thành viên, bảo đảm đúng tiến độ của Kế hoạch.
b) Tổ giúp việc có trách nhiệm:
- Chuẩn bị tài liệu, phương tiện cho các buổi kiểm tra.
c) Ủy ban nhân dân các xã, phường được kiểm tra:
- Gửi báo cáo theo đề cương về Đoàn kiểm tra trước ngày 08/4/2027.

Nơi nhận:
- Như trên;
- Lưu: VT.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC

Trần Văn Hòa
"""

JOINT = """\
SỞ TƯ PHÁP          HỘI LIÊN HIỆP PHỤ NỮ          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH AN GIANG          TỈNH AN GIANG          Độc lập - Tự do - Hạnh phúc
Số: 31/KH-STP          Số: 19/KH-HLHPN          An Giang, ngày 02 tháng 02 năm 2027

KẾ HOẠCH
Phối hợp tuyên truyền, phổ biến pháp luật cho phụ nữ vùng biên giới năm 2027

Căn cứ Luật Phổ biến, giáo dục pháp luật số 14/2012/QH13 ngày 20/6/2012;
Sở Tư pháp và Hội Liên hiệp Phụ nữ tỉnh thống nhất ban hành Kế hoạch như sau:
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao hiểu biết pháp luật của hội viên phụ nữ.
II. TRÁCH NHIỆM CỦA MỖI BÊN
1. Sở Tư pháp
a) Biên soạn tài liệu hỏi đáp pháp luật về hôn nhân và gia đình, hoàn thành trong quý II/2027.
b) Cử báo cáo viên tham gia các buổi tuyên truyền do Hội tổ chức.
2. Hội Liên hiệp Phụ nữ tỉnh
a) Tổ chức 20 buổi tuyên truyền tại các xã biên giới, phối hợp với Đoàn kiểm tra liên ngành của tỉnh.
b) Chỉ đạo Chi hội phụ nữ các ấp vận động hội viên tham dự.
3. Trách nhiệm chung
Hai cơ quan phối hợp tổ chức sơ kết việc thực hiện Kế hoạch trong tháng 12/2027.

TM. BAN THƯỜNG VỤ          KT. GIÁM ĐỐC
PHÓ CHỦ TỊCH          PHÓ GIÁM ĐỐC

Nguyễn Thị Mai          Phạm Quốc Việt
"""


def _tasks(text):
    plan = vnplan.extract_text(text)
    return plan, {task.id: task for task in plan.tasks}


def test_the_steps_a_paragraph_gives_the_team_are_its_tasks_and_the_schedule_is_one_of_them():
    _, tasks = _tasks(INSPECTION)
    steps = [task for task in tasks.values() if task.id.startswith("III.2")]
    assert [task.lead for task in steps] == [["Đoàn kiểm tra"]] * 3
    visit = steps[1]
    assert "Ủy ban nhân dân xã Tháp Mười: từ ngày 19/4" in visit.text  # the schedule is part of the step
    assert visit.deadline == "2027-04-23"
    assert not any("Cao Lãnh" in lead for task in tasks.values() for lead in task.lead)  # visited, not working


def test_the_head_of_a_team_stands_for_it_and_a_group_is_named_without_its_duty():
    _, tasks = _tasks(INSPECTION)
    leads = {task.text[:20]: task.lead for task in tasks.values() if task.id.startswith("III.3")}
    assert leads["Phân công nhiệm vụ c"] == ["Đoàn kiểm tra"]
    assert leads["Chuẩn bị tài liệu, p"] == ["Tổ giúp việc"]


def test_a_team_is_one_body_named_with_what_it_joins():
    assert [(m.name, m.collective) for m in find_agencies("Đoàn kiểm tra lập biên bản làm việc")] == \
        [("Đoàn kiểm tra", False)]
    assert [m.name for m in find_agencies("Đoàn kiểm tra, giám sát liên tịch tiến hành kiểm tra")] == \
        ["Đoàn kiểm tra, giám sát liên tịch"]
    assert [m.name for m in find_agencies("Đoàn thanh tra số 2 làm việc tại xã")] == ["Đoàn thanh tra số 2"]


def test_a_body_of_every_village_is_one_class():
    [mention] = find_agencies("Ban Công tác Mặt trận các thôn phổ biến Kế hoạch")
    assert (mention.name, mention.collective) == ("Ban Công tác Mặt trận các thôn", True)


def test_a_joint_header_side_by_side_is_issued_by_its_first_body_and_both_numbers_are_its_own():
    plan, _ = _tasks(JOINT)
    assert plan.document.issuer == "Sở Tư pháp tỉnh An Giang"
    assert plan.document.number == "31/KH-STP"
    assert [reference.number for reference in plan.references] == ["14/2012/QH13"]


def test_each_body_of_a_joint_plan_is_named_in_full_and_both_do_their_common_work():
    _, tasks = _tasks(JOINT)
    assert tasks["II.1.a"].lead == ["Sở Tư pháp tỉnh An Giang"]
    assert tasks["II.2.a"].lead == ["Hội Liên hiệp Phụ nữ tỉnh An Giang"]
    assert tasks["II.2.a"].coordinators == ["Đoàn kiểm tra liên ngành"]
    [common] = [task for task in tasks.values() if task.text.startswith("Hai cơ quan")]
    assert common.lead == ["Sở Tư pháp tỉnh An Giang", "Hội Liên hiệp Phụ nữ tỉnh An Giang"]
    assert tasks["II.2.b"].lead == ["Hội Liên hiệp Phụ nữ tỉnh An Giang"]


def test_a_stacked_header_without_a_joint_number_is_one_body_under_its_parent():
    stacked = JOINT.replace(
        "SỞ TƯ PHÁP          HỘI LIÊN HIỆP PHỤ NỮ          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "TỈNH AN GIANG          TỈNH AN GIANG          Độc lập - Tự do - Hạnh phúc\n"
        "Số: 31/KH-STP          Số: 19/KH-HLHPN",
        "UBND TỈNH AN GIANG          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "SỞ TƯ PHÁP          Độc lập - Tự do - Hạnh phúc\nSố: 31/KH-STP")
    plan, tasks = _tasks(stacked)
    assert plan.document.issuer == "Sở Tư pháp tỉnh An Giang"
    [common] = [task for task in tasks.values() if task.text.startswith("Hai cơ quan")]
    assert common.lead != ["Sở Tư pháp tỉnh An Giang", "Hội Liên hiệp Phụ nữ tỉnh An Giang"]


DRILL = """\
ỦY BAN NHÂN DÂN XÃ TÂN LẬP
Số: 45/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Tân Lập, ngày 03 tháng 4 năm 2027

KẾ HOẠCH
Diễn tập ứng phó sự cố cháy rừng năm 2027

I. MỤC ĐÍCH, YÊU CẦU
Nâng cao khả năng phối hợp của các lực lượng tại chỗ.
II. CÔNG TÁC CHUẨN BỊ
1. Nội dung: Xây dựng kịch bản diễn tập, trình Ủy ban nhân dân xã phê duyệt.
- Cơ quan chủ trì: Ban Chỉ huy Quân sự xã.
- Cơ quan phối hợp: Công an xã.
- Thời gian hoàn thành: trước ngày 20/4/2027.
2. Nội dung: Chuẩn bị phương tiện chữa cháy, bình bọt, máy bơm tại bãi diễn tập.
- Bộ phận thực hiện: Trung tâm Dịch vụ tổng hợp xã chủ trì, phối hợp với Hạt Kiểm lâm.
- Thời gian hoàn thành: trước ngày 05/5/2027.
"""


def test_a_part_named_by_its_topic_whose_items_carry_their_doers_lists_tasks():
    _, tasks = _tasks(DRILL)
    assert [(task.text[:25], task.lead, task.deadline) for task in tasks.values()] == [
        ("Xây dựng kịch bản diễn tậ", ["Ban Chỉ huy Quân sự xã"], "2027-04-20"),
        ("Chuẩn bị phương tiện chữa", ["Trung tâm Dịch vụ tổng hợp xã"], "2027-05-05")]
    assert tasks["II.2"].coordinators == ["Hạt Kiểm lâm"]


def test_the_cases_a_check_is_made_in_are_no_steps_of_the_team():
    text = INSPECTION.replace("Đoàn kiểm tra thực hiện các bước sau:",
                              "Đoàn kiểm tra kiểm tra đột xuất trong các trường hợp sau:")
    tasks = vnplan.extract_text(text).tasks
    assert not any(task.lead == ["Đoàn kiểm tra"] and task.id.startswith("III.2") for task in tasks)


def test_a_teams_name_stops_before_its_verb_and_a_count():
    assert [m.name for m in find_agencies("Đoàn kiểm tra kiểm tra hồ sơ pháp lý của cơ sở")] == ["Đoàn kiểm tra"]
    assert [m.name for m in find_agencies("Đoàn công tác 05 người làm việc tại xã")] == ["Đoàn công tác"]


def test_maps_and_copies_of_a_body_are_no_villages():
    [mention, *_] = find_agencies("Chi nhánh Văn phòng Đăng ký đất đai các bản đồ địa chính")
    assert mention.name == "Chi nhánh Văn phòng Đăng ký đất đai"


# Each column a parent over its unit, the text layer running the columns' rows together, and the second body's
# standing organ doing its work: the preamble names the parties whatever the header's layout.
JOINT_UNDER_PARENTS = """\
UBND TỈNH HÀ TĨNH          BỘ QUỐC PHÒNG          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ GIÁO DỤC VÀ ĐÀO TẠO          BỘ CHỈ HUY QUÂN SỰ TỈNH          Độc lập - Tự do - Hạnh phúc
Số: 55/KHPH-SGDĐT-BCHQS          Hà Tĩnh, ngày 10 tháng 3 năm 2027

KẾ HOẠCH PHỐI HỢP
Giáo dục quốc phòng và an ninh cho học sinh năm học 2027 - 2028

Căn cứ Luật Giáo dục quốc phòng và an ninh số 30/2013/QH13 ngày 19/6/2013;
Sở Giáo dục và Đào tạo tỉnh Hà Tĩnh và Bộ Chỉ huy Quân sự tỉnh Hà Tĩnh (sau đây gọi chung là hai bên) thống nhất ban hành Kế hoạch phối hợp như sau:
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao chất lượng giáo dục quốc phòng và an ninh.
II. NỘI DUNG PHỐI HỢP
1. Sở Giáo dục và Đào tạo
a) Bố trí thời lượng, địa điểm học tập môn Giáo dục quốc phòng và an ninh, hoàn thành trước ngày 15/8/2027.
2. Bộ Chỉ huy Quân sự tỉnh
a) Cử cán bộ tham gia giảng dạy tại các trường trung học phổ thông, phối hợp với Sở Giáo dục và Đào tạo.
3. Trách nhiệm chung
Hai bên tổ chức hội thao giáo dục quốc phòng và an ninh cho học sinh trong tháng 4/2028.

GIÁM ĐỐC          CHỈ HUY TRƯỞNG

Lê Văn Hải          Đại tá Nguyễn Đình Phong
"""


def test_the_preamble_names_the_parties_of_a_joint_plan_whatever_its_header():
    plan, tasks = _tasks(JOINT_UNDER_PARENTS)
    school, command = "Sở Giáo dục và Đào tạo tỉnh Hà Tĩnh", "Bộ Chỉ huy Quân sự tỉnh Hà Tĩnh"
    assert plan.document.issuer == school  # not the second column's parent ("Bộ Quốc phòng")
    assert tasks["II.1.a"].lead == [school]
    assert tasks["II.2.a"].lead == [command] and tasks["II.2.a"].coordinators == [school]
    [common] = [task for task in tasks.values() if task.text.startswith("Hai bên")]
    assert common.lead == [school, command]


def test_the_parties_are_those_joined_before_they_agree_their_standing_organ_left_out():
    from vnplan.extract.metadata import parties_agreeing
    assert parties_agreeing("Ban Thường vụ Hội Nông dân tỉnh Cà Mau và Chi nhánh Ngân hàng Chính sách xã hội tỉnh Cà "
                            "Mau (sau đây gọi là hai bên) thống nhất ban hành Kế hoạch liên tịch như sau:") == (
        ("Hội Nông dân tỉnh Cà Mau", False), ("Chi nhánh Ngân hàng Chính sách xã hội tỉnh Cà Mau", False))
    # a body the sentence cites before them is none of the parties; a name short of its place says so
    assert parties_agreeing("Thực hiện Kế hoạch số 12/KH-UBND ngày 02/01/2027 của Ủy ban nhân dân tỉnh, Sở Tư pháp và "
                            "Công an tỉnh thống nhất ban hành Kế hoạch phối hợp như sau:") == (
        ("Sở Tư pháp", True), ("Công an tỉnh", True))
    assert parties_agreeing("Sở Y tế thống nhất với các địa phương ban hành Kế hoạch như sau:") == ()


# Each body's cells stacked over its own number, the signatures one under the other, the first body's last.
STACKED_NUMBERS = """\
ỦY BAN MTTQ VIỆT NAM TỈNH LAI CHÂU
BAN THƯỜNG TRỰC
Số: 07/CTrPH-MTTQ
ỦY BAN NHÂN DÂN TỈNH LAI CHÂU
Số: 31/CTrPH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lai Châu, ngày 12 tháng 01 năm 2027

CHƯƠNG TRÌNH PHỐI HỢP
Giám sát việc thực hiện chính sách hỗ trợ nhà ở cho hộ nghèo năm 2027

Căn cứ Luật Mặt trận Tổ quốc Việt Nam số 75/2015/QH13 ngày 09/6/2015;
Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lai Châu (sau đây gọi là Ban Thường trực) và Ủy ban nhân dân \
tỉnh Lai Châu thống nhất Chương trình phối hợp như sau:
I. NỘI DUNG PHỐI HỢP
1. Ban Thường trực chủ trì giám sát việc hỗ trợ nhà ở tại các xã biên giới trong quý III/2027.
2. Ủy ban nhân dân tỉnh chỉ đạo các sở, ngành cung cấp thông tin phục vụ giám sát.
TM. ỦY BAN NHÂN DÂN TỈNH
CHỦ TỊCH
Lò Văn Hùng
TM. BAN THƯỜNG TRỰC
CHỦ TỊCH
Giàng Thị Hoa
"""


def test_a_stack_of_headers_with_their_numbers_is_issued_by_its_first_body_and_signed_by_it():
    plan, tasks = _tasks(STACKED_NUMBERS)
    assert plan.document.issuer == "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lai Châu"
    assert plan.document.number == "07/CTrPH-MTTQ"
    assert plan.document.signer == "Giàng Thị Hoa"
    assert not plan.references or all(ref.number != "31/CTrPH-UBND" for ref in plan.references)
    assert tasks["I.1"].lead == ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lai Châu"]
    assert tasks["I.2"].lead == ["Ủy ban nhân dân tỉnh Lai Châu"]


def test_a_plan_citing_an_agreement_its_issuer_made_with_another_body_is_no_joint_plan():
    from vnplan.extract.metadata import parties_agreeing
    one_body = JOINT_UNDER_PARENTS.replace(
        "Sở Giáo dục và Đào tạo tỉnh Hà Tĩnh và Bộ Chỉ huy Quân sự tỉnh Hà Tĩnh (sau đây gọi chung là hai bên) thống "
        "nhất ban hành Kế hoạch phối hợp như sau:",
        "Ngày 05/01/2027, Bộ Chỉ huy Quân sự tỉnh Hà Tĩnh và Sở Giáo dục và Đào tạo tỉnh Hà Tĩnh thống nhất ban hành "
        "Quy chế phối hợp số 01/QCPH-SGDĐT-BCHQS; Sở Giáo dục và Đào tạo ban hành Kế hoạch như sau:")
    assert parties_agreeing(one_body) == ()
    # (nor a sentence that says the agreement was made before)
    assert parties_agreeing("Sở Tư pháp và Công an tỉnh đã thống nhất ban hành Kế hoạch liên ngành năm trước.") == ()


def test_a_body_of_the_same_level_as_a_party_is_a_class_not_the_party():
    plan, tasks = _tasks(JOINT.replace("b) Chỉ đạo Chi hội phụ nữ các ấp vận động hội viên tham dự.",
                                       "b) Chỉ đạo Phòng Tư pháp các xã phối hợp với Hội Liên hiệp Phụ nữ cùng cấp "
                                       "vận động hội viên tham dự."))
    assert tasks["II.2.b"].coordinators == []


def test_a_joint_plan_carrying_out_a_numbered_document_is_joint_all_the_same():
    plan, tasks = _tasks(JOINT_UNDER_PARENTS.replace(
        "thống nhất ban hành Kế hoạch phối hợp như sau:",
        "thống nhất ban hành Kế hoạch phối hợp thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị như sau:"))
    assert plan.document.issuer == "Sở Giáo dục và Đào tạo tỉnh Hà Tĩnh"
    [common] = [task for task in tasks.values() if task.text.startswith("Hai bên")]
    assert common.lead == ["Sở Giáo dục và Đào tạo tỉnh Hà Tĩnh", "Bộ Chỉ huy Quân sự tỉnh Hà Tĩnh"]


def test_a_body_of_the_same_level_is_a_class_of_bodies():
    [mention] = find_agencies("phối hợp với Hội Nông dân cùng cấp tổ chức tập huấn")[-1:]
    assert mention.collective
