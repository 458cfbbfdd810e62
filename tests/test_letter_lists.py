"""A letter's numbered list, handed out by the paragraph before it ("… đề nghị Ủy ban nhân dân các tỉnh … chỉ đạo … thực
hiện một số nội dung sau:"): its items are the work of the body it names, a report among them (a report item is that
body's report too); an item that opens with its own "Giao Y …" or "Đề nghị Z …" is the writer's charge to Y or Z."""
import vnplan

LETTER = """BỘ XÂY DỰNG
Số: 12/BXD-KHTC
V/v rà soát công trình chậm tiến độ
Hà Nội, ngày 05 tháng 01 năm 2027
Kính gửi: Ủy ban nhân dân các tỉnh, thành phố.
Để bảo đảm tiến độ giải ngân năm 2027, Bộ Xây dựng đề nghị Ủy ban nhân dân các tỉnh, thành phố chỉ đạo các cơ quan \
chuyên môn thực hiện một số nội dung sau:
1. Rà soát các công trình chậm tiến độ, hoàn thành trước ngày 15/01/2027.
2. Báo cáo kết quả rà soát về Bộ Xây dựng trước ngày 20/01/2027 để tổng hợp, báo cáo Thủ tướng Chính phủ.
3. Giao Cục Kinh tế xây dựng chủ trì, phối hợp với Vụ Kế hoạch - Tài chính trao đổi với các địa phương về định mức.
4. Đề nghị Hiệp hội Nhà thầu xây dựng Việt Nam phổ biến đến các hội viên.
Nơi nhận:
- Như trên;
- Lưu: VT.
KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Nguyễn Văn An
"""


def test_a_letters_list_is_the_work_of_the_body_its_paragraph_hands_it_to():
    plan = vnplan.extract_text(LETTER)
    leads = [(t.text[:12], t.lead) for t in plan.tasks]
    assert leads == [("Rà soát các ", ["Ủy ban nhân dân các tỉnh, thành phố"]),
                     ("Báo cáo kết ", ["Ủy ban nhân dân các tỉnh, thành phố"]),
                     ("Giao Cục Kin", ["Cục Kinh tế xây dựng"]),
                     ("Đề nghị Hiệp", ["Hiệp hội Nhà thầu xây dựng Việt Nam"])]
    assert plan.tasks[2].coordinators == ["Vụ Kế hoạch - Tài chính"]
    assert [(d.reporter, d.recipient, d.frequency, d.due) for d in plan.reporting] == [
        ("Ủy ban nhân dân các tỉnh, thành phố", "Bộ Xây dựng", "once", "2027-01-20")]


NOTICE = """ỦY BAN NHÂN DÂN
PHƯỜNG AN PHÚ
Số: 30/TB-UBND
An Phú, ngày 10 tháng 01 năm 2027
THÔNG BÁO
Kết luận của Chủ tịch Ủy ban nhân dân phường tại cuộc họp về trật tự đô thị
1. Công an phường rà soát, lập danh sách hộ kinh doanh lấn chiếm vỉa hè, gửi Phòng Kinh tế trước ngày 20/01/2027.
2. Phòng Kinh tế tổng hợp kết quả xử lý, báo cáo Ủy ban nhân dân phường trước ngày 30/01/2027.
3. Giao Văn phòng Ủy ban nhân dân phường theo dõi, đôn đốc việc thực hiện các nội dung kết luận nêu trên; tổng hợp, \
báo cáo Chủ tịch Ủy ban nhân dân phường trước ngày 15/02/2027.
Văn phòng Ủy ban nhân dân phường thông báo để các cơ quan, đơn vị biết, thực hiện./.
Nơi nhận:
- Như trên;
- Lưu: VT.
"""


def test_a_list_handed_over_is_no_report_and_the_item_that_only_monitors_the_conclusions_is_no_task():
    plan = vnplan.extract_text(NOTICE)
    assert [t.text[:20] for t in plan.tasks] == ["Công an phường rà so", "Phòng Kinh tế tổng h"]
    assert [(d.reporter, d.due) for d in plan.reporting] == [("Phòng Kinh tế", "2027-01-30"),
                                                               ("Văn phòng Ủy ban nhân dân phường", "2027-02-15")]


OWN_DIRECTIONS = """ỦY BAN NHÂN DÂN
TỈNH AN HẢI
Số: 4085/UBND-ĐT
An Hải, ngày 25 tháng 11 năm 2026
Kính gửi: Sở Xây dựng; Công an tỉnh.
Chủ tịch Ủy ban nhân dân tỉnh có ý kiến chỉ đạo như sau:
1. Về việc rà soát dữ liệu số nhà
1.1. Giao Sở Xây dựng rà soát, chuẩn hóa dữ liệu số nhà, hoàn thành trước ngày 05/12/2026.
1.2. Giao Công an tỉnh hướng dẫn các xã cập nhật dữ liệu dân cư.
"""


def test_the_writers_own_directions_over_a_list_give_each_item_to_the_body_it_names():
    plan = vnplan.extract_text(OWN_DIRECTIONS)
    assert [t.lead for t in plan.tasks] == [["Sở Xây dựng"], ["Công an tỉnh"]]


MERGED_LETTER = """ỦY BAN NHÂN DÂN TỈNH TÂN AN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ XÂY DỰNG\tĐộc lập - Tự do - Hạnh phúc

Số: 61/SXD-QLN\tTân An, ngày 05 tháng 4 năm 2027
V/v đẩy nhanh tiến độ dự án nhà ở xã hội

Kính gửi: {addressee}

Để hoàn thành chỉ tiêu nhà ở xã hội năm 2027, Sở Xây dựng đề nghị:
1. Ủy ban nhân dân các xã, phường rà soát quỹ đất dành cho nhà ở xã hội, hoàn thành trước ngày 30/4/2027.
2. Đề nghị Sở Tài chính tham mưu bố trí vốn ủy thác qua Ngân hàng Chính sách xã hội.
3. Giao Phòng Quản lý nhà tổng hợp danh mục dự án, báo cáo Giám đốc Sở.
Các cơ quan, đơn vị, địa phương báo cáo kết quả thực hiện về Sở Xây dựng trước ngày 15 hằng tháng.
Trân trọng./.

Nơi nhận:\tKT. GIÁM ĐỐC
- Như trên;\tPHÓ GIÁM ĐỐC
- Lưu: VT, QLN.\t
\tTrần Thị Ngọc Hà

"""


def test_a_mail_merges_copies_are_one_letter_and_its_closing_lines_no_work():
    # the same letter to three addressees, one after another: one letter, read once; the report every body owes
    # and the sign-off after its items are no work of its last item's body
    text = "".join(MERGED_LETTER.format(addressee=name)
                   for name in ("Ủy ban nhân dân phường An Phú", "Sở Tài chính", "Sở Nông nghiệp và Môi trường"))
    plan = vnplan.extract_text(text)
    assert [task.text.split()[0] for task in plan.tasks] == ["Ủy", "Đề", "Giao"]
    assert plan.tasks[2].text.startswith("Giao Phòng Quản lý nhà tổng hợp")
    assert [(duty.frequency, duty.due) for duty in plan.reporting].count(("monthly", "---15")) == 1


def test_a_letters_lettered_points_are_handed_out_as_its_numbered_ones_are():
    lettered = LETTER
    for number, letter in zip("1234", "abcd"):
        lettered = lettered.replace(f"\n{number}. ", f"\n{letter}) ")
    plan = vnplan.extract_text(lettered)
    assert [(task.id, task.lead) for task in plan.tasks] == [
        ("a", ["Ủy ban nhân dân các tỉnh, thành phố"]), ("b", ["Ủy ban nhân dân các tỉnh, thành phố"]),
        ("c", ["Cục Kinh tế xây dựng"]), ("d", ["Hiệp hội Nhà thầu xây dựng Việt Nam"])]


def test_closing_paragraphs_of_tổ_chức_thực_hiện_giving_one_body_the_monitoring_are_no_work_of_its_last_entry():
    plan = vnplan.extract_text(
        "ỦY BAN NHÂN DÂN TỈNH TÂN AN\nSố: 30/KH-UBND\nTân An, ngày 5 tháng 3 năm 2027\nKẾ HOẠCH\n"
        "Cao điểm cắt giảm thủ tục hành chính năm 2027\nI. NHIỆM VỤ\n1. Sở Tư pháp rà soát thủ tục hành chính.\n"
        "2. Sở Tài chính bố trí kinh phí thực hiện.\nII. TỔ CHỨC THỰC HIỆN\n1. Sở Nội vụ đưa kết quả vào đánh giá "
        "cán bộ.\n2. Ủy ban nhân dân các xã công khai đường dây nóng.\nCác cơ quan, đơn vị, địa phương báo cáo tiến độ "
        "về Văn phòng Ủy ban nhân dân tỉnh trước ngày 25 hằng tháng.\nGiao Văn phòng Ủy ban nhân dân tỉnh theo dõi, "
        "đôn đốc; tổng hợp kết quả, báo cáo Chủ tịch Ủy ban nhân dân tỉnh trước ngày 10/6/2027./.\n")
    assert [task.id for task in plan.tasks] == ["I.1", "I.2", "II.1", "II.2"]
