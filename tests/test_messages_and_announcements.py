"""Plans passed on by phone, on text of our own in the style of real ones: a plan sent as numbered text messages, one
part sent twice and the conversation between the parts; a plan announced on a commune's loudspeakers, its tasks
counted in words; the signature of a commune's police."""
import pytest

import vnplan
from vnplan.extract.agencies import find_agencies
from vnplan.normalise import normalise, transcript_turns_read
from vnplan.read import RawText

SMS = """\
Đ/c Hùng - Phó CA xã Bình Minh
Tin nhắn văn bản

(1/4) CÔNG AN TỈNH VĨNH LONG
CÔNG AN XÃ BÌNH MINH
Số: 07/KH-CAX
Bình Minh, ngày 05 tháng 01 năm 2027
KẾ HOẠCH
Tuần tra, kiểm soát bảo đảm trật tự an toàn giao thông dịp Tết năm 2027
08:10

(2/4) I. NHIỆM VỤ CỤ THỂ
1. Tổ Cảnh sát trật tự: Tuần tra các tuyến đường liên ấp vào ban đêm, xử lý nghiêm xe chạy quá tốc độ, hoàn thành trước ngày 20/02/2027.
08:11

Bạn
Đã nhận anh ơi, phần sau gửi tiếp nhé
08:15
Đã gửi

(3/4) 2. Tổ Cảnh sát khu vực:
- Rà soát người tạm trú tại các nhà trọ, cập nhật vào sổ quản lý trước ngày 25/01/2027.
08:16

(4/4) KT. TRƯỞNG CÔNG AN XÃ
PHÓ TRƯỞNG CÔNG AN XÃ
Đại úy Trần Văn Hùng
08:16

Gửi lại phần 3 do lỗi mạng
08:30

(3/4) 2. Tổ Cảnh sát khu vực:
- Rà soát người tạm trú tại các nhà trọ, cập nhật vào sổ quản lý trước ngày 25/01/2027.
08:30
"""

BROADCAST = """\
BÀI PHÁT THANH
(Phát trên hệ thống loa truyền thanh xã vào 6 giờ 00 các ngày 10, 11/3/2027)

Kính thưa toàn thể bà con nhân dân trong xã!
Ngày 05 tháng 3 năm 2027, Ủy ban nhân dân xã Hòa Bình đã ban hành Kế hoạch số 41/KH-UBND về phòng, chống dịch bệnh trên đàn gia súc năm 2027, do đồng chí Lê Văn Tâm, Chủ tịch Ủy ban nhân dân xã ký.
Đài truyền thanh xã xin thông tin những nội dung chính của Kế hoạch như sau:
Thứ nhất, Trạm Chăn nuôi và Thú y xã chủ trì tiêm phòng vắc xin lở mồm long móng cho đàn trâu, bò; hoàn thành trước ngày 30 tháng 4 năm 2027.
Thứ hai, Phòng Kinh tế phối hợp với các thôn kiểm soát việc vận chuyển gia súc ra, vào địa bàn xã.
Thứ ba, trưởng các thôn vận động hộ chăn nuôi vệ sinh chuồng trại, phun thuốc khử trùng định kỳ.
Kính thưa bà con! Khi thấy gia súc ốm, chết bất thường, bà con không được bán chạy, vứt xác ra môi trường.
(Nhạc kết)
"""


def test_a_plan_sent_in_numbered_messages_is_read_once_without_the_conversation():
    plan = vnplan.extract_text(SMS)
    assert plan.document.number == "07/KH-CAX"
    assert [(task.lead, task.deadline) for task in plan.tasks] == [
        (["Tổ Cảnh sát trật tự"], "2027-02-20"), (["Tổ Cảnh sát khu vực"], "2027-01-25")]
    assert not any("Đã nhận" in task.text or "phần sau" in task.text for task in plan.tasks)


def test_the_head_of_a_communes_police_signs_with_his_rank():
    plan = vnplan.extract_text(SMS)
    assert (plan.document.signer_title, plan.document.signer) == ("Phó Trưởng Công an xã", "Trần Văn Hùng")


def test_a_plan_announced_on_the_loudspeakers_is_that_plan_and_its_counted_items_its_tasks():
    plan = vnplan.extract_text(BROADCAST)
    document = plan.document
    assert (document.type, document.number, document.issued_date) == ("Kế hoạch", "41/KH-UBND", "2027-03-05")
    assert document.title == "Phòng, chống dịch bệnh trên đàn gia súc năm 2027"
    assert [task.lead[0] for task in plan.tasks] == ["Trạm Chăn nuôi và Thú y xã", "Phòng Kinh tế", "Các thôn"]
    assert plan.tasks[0].deadline == "2027-04-30"
    assert not any("bán chạy" in task.text for task in plan.tasks)  # the closing appeal after the list


CHANNEL = """\
Thú y Bình Phước
2 150 subscribers

📢 Sở ban hành văn bản chỉ đạo tiêm phòng. Do giới hạn độ dài, toàn văn đăng thành 2 phần 👇
👍 12
1.9K  09:58

(Phần 1/2)
UBND TỈNH ĐỒNG NAI
SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
Số: 812/SNNMT-CNTY
V/v tiêm phòng vắc xin cho đàn gia súc đợt 1 năm 2027
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đồng Nai, ngày 02 tháng 3 năm 2027

Kính gửi: Ủy ban nhân dân các xã, phường.

1. Ủy ban nhân dân các xã, phường
Chỉ đạo các thôn, ấp lập danh sách hộ chăn nuôi, tổ chức tiêm phòng xong trước ngày 30/4/2027.
👍 30  🙏 2
2.2K  10:01

(Phần 2/2)
2. Chi cục Chăn nuôi và Thú y
Cung ứng đủ vắc xin lở mồm long móng cho các xã, phường trước ngày 15/3/2027.
👍 18
2.0K  edited 10:03
"""

VILLAGE = """\
Nhóm: THÔN ĐÔNG HÒA - TIN CHUNG (210 thành viên)

[19:30] Nguyễn Văn Phúc (Trưởng thôn):
UBND XÃ KIẾN XƯƠNG
THÔN ĐÔNG HÒA
Số: 03/TB-ĐH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đông Hòa, ngày 08 tháng 8 năm 2027
THÔNG BÁO
Kết luận cuộc họp thôn về nạo vét kênh mương nội đồng năm 2027

Hội nghị thống nhất kết luận như sau:
1. Phân công thực hiện:
a) Ban phát triển thôn: thuê máy xúc, nạo vét 1,2 km kênh tưới; hoàn thành trước ngày 30/8/2027.

[19:33] Trần Thị Lụa:
Nhà em ở xóm 2 góp tiền cho ai ạ?

[19:35] Nguyễn Văn Phúc (Trưởng thôn):
@Trần Thị Lụa nộp cho xóm trưởng nhé.

[19:36] Nguyễn Văn Phúc (Trưởng thôn):
b) Chi đoàn thanh niên: huy động đoàn viên phát quang bờ kênh vào các ngày Chủ nhật.
Thôn thông báo để bà con biết, thực hiện./.
TRƯỞNG THÔN
Nguyễn Văn Phúc

[19:40] Lê Văn Tư:
Xóm 3 nhận ạ.
"""


def test_a_channels_posts_in_parts_lose_their_views_times_and_reactions():
    plan = vnplan.extract_text(CHANNEL)
    assert [(task.lead, task.deadline) for task in plan.tasks] == [
        (["Ủy ban nhân dân các xã, phường"], "2027-04-30"), (["Chi cục Chăn nuôi và Thú y"], "2027-03-15")]
    assert not any(furniture in task.text for task in plan.tasks for furniture in ("2.2K", "edited", "👍", "🙏"))


def test_a_village_notice_posted_among_the_members_replies_is_the_village_heads():
    plan = vnplan.extract_text(VILLAGE)
    document = plan.document
    assert (document.issuer, document.signer_title, document.signer) == (
        "Thôn Đông Hòa", "Trưởng thôn", "Nguyễn Văn Phúc")
    assert [task.lead for task in plan.tasks] == [["Ban phát triển thôn"], ["Chi đoàn thanh niên"]]
    assert not any("xóm trưởng" in task.text or "Xóm 3" in task.text for task in plan.tasks)


def test_dates_in_brackets_opening_lines_are_no_numbered_messages():
    dated = SMS.replace("(1/4) ", "").replace("(2/4) ", "(03/02) ").replace("(3/4) ", "(30/4) ").replace("(4/4) ", "")
    assert "(03/02)" in normalise(RawText(dated, "txt"))


def test_a_message_to_the_whole_group_holding_the_document_is_kept():
    header = "[19:30] Nguyễn Văn Phúc (Trưởng thôn):\n"
    plan = vnplan.extract_text(VILLAGE.replace(header, header + "@All Thôn gửi bà con thông báo.\n"))
    assert plan.document.number == "03/TB-ĐH"


def test_a_body_recalling_the_plan_it_carries_out_does_not_take_that_plans_number():
    body = ("Ngày 10 tháng 01 năm 2027, Ủy ban nhân dân tỉnh đã ban hành Kế hoạch số 05/KH-UBND về chuyển đổi số "
            "tỉnh năm 2027. Để triển khai thực hiện, Ủy ban nhân dân xã xây dựng Kế hoạch như sau:\n"
            "1. Công chức Văn hóa - Xã hội xây dựng trang thông tin điện tử xã, hoàn thành trước ngày 30/9/2027.\n")
    assert vnplan.extract_text(body, strict=False).document.number is None


def test_parents_asked_in_a_heading_of_their_own_do_the_items_under_it():
    school = VILLAGE.split("[19:30]")[0] + """[19:30] Lê Thị Hà (GVCN 7A):
TRƯỜNG THCS ĐÔNG HÒA
Số: 21/KH-THCS
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đông Hòa, ngày 20 tháng 5 năm 2027
KẾ HOẠCH
Phòng, chống đuối nước cho học sinh dịp hè năm 2027
I. NHIỆM VỤ
1. Giáo viên chủ nhiệm
- Tổ chức cho học sinh ký cam kết trước ngày 25/5/2027.
2. Đề nghị cha mẹ học sinh
- Quản lý, giám sát con em trong dịp hè, không để trẻ tắm sông, hồ khi không có người lớn đi kèm.
HIỆU TRƯỞNG
Nguyễn Văn An
"""
    tasks = vnplan.extract_text(school).tasks
    assert tasks[-1].lead == ["Cha mẹ học sinh"]


def test_the_head_of_a_health_station_signs_as_its_head():
    document = vnplan.extract_text(SMS.replace("KT. TRƯỞNG CÔNG AN XÃ\nPHÓ TRƯỞNG CÔNG AN XÃ\nĐại úy Trần Văn Hùng",
                                               "TRẠM TRƯỞNG\nRơ Mah Hùng")).document
    assert (document.signer_title, document.signer) == ("Trạm trưởng", "Rơ Mah Hùng")


def test_a_village_head_named_by_his_post_stands_for_every_village_and_one_named_for_his_own():
    assert [m.name for m in find_agencies("Trưởng thôn vận động nhân dân tham gia")] == ["Các thôn"]
    assert [m.name for m in find_agencies("Trưởng thôn, bản: rà soát hộ dân")][:1] == ["Các thôn, bản"]
    assert [m.name for m in find_agencies("Trưởng thôn Hà Nha chuẩn bị 15 hộ dân")] == ["Thôn Hà Nha"]


SCREENSHOTS = """\
9:41 ◐ ⏰ • VoLTE 4G ıll 72% ▮
← KH ra quan 2027.docx     ⤓  ⋮
HỢP TÁC XÃ NÔNG NGHIỆP   CỘNG HÒA XÃ HỘI CHỦ NGHĨA
TÂN AN                         VIỆT NAM
             Độc lập - Tự do - Hạnh phúc
Số: 04/KH-HTX      Tân An, ngày 02 tháng 3 năm 2027

KẾ HOẠCH
Ra quân làm thủy lợi nội đồng năm 2027

Hợp tác xã Nông nghiệp Tân An xây dựng kế hoạch như sau:
I. NHIỆM VỤ
1. Tổ thủy nông: nạo vét 2,5 km kênh cấp II, hoàn thành trước ngày 20/3/2027.
9:42 ◐ • VoLTE 4G ıll 71% ▮
← KH ra quan 2027.docx     ⤓  ⋮
2. Tổ dịch vụ vật tư: cung ứng phân bón trả chậm cho thành viên trước ngày 25/3/2027.
"""


def test_screenshots_of_a_plan_lose_the_phones_bars_and_the_motto_beside_the_issuer():
    plan = vnplan.extract_text(SCREENSHOTS)
    assert plan.document.issuer == "Hợp tác xã Nông nghiệp Tân An"
    assert [task.deadline for task in plan.tasks] == ["2027-03-20", "2027-03-25"]
    assert not any("VoLTE" in task.text or ".docx" in task.text for task in plan.tasks)


# A commune's meeting recorded and transcribed by a phone app: every turn opens on its time into the recording, the
# speaker and what is said; the chair reads the plan out; a sound in brackets has a turn of its own.
TRANSCRIPT = """\
Ghi âm cuộc họp giao ban tuần - Phòng họp UBND xã Tân Phước
Tệp: giaoban_tuan12.m4a (18 phút 40 giây) - Chuyển văn bản tự động

[00:00] [Tiếng ồn, mọi người ổn định chỗ ngồi]
[00:09] Chủ tọa: Xin mời các đồng chí trật tự, tôi đọc Kế hoạch vừa ký để các bộ phận triển khai luôn.
[00:18] Chủ tọa: ỦY BAN NHÂN DÂN XÃ TÂN PHƯỚC
[00:22] Chủ tọa: Số: 41/KH-UBND
[00:25] Chủ tọa: Tân Phước, ngày 16 tháng 3 năm 2027
[00:31] Chủ tọa: KẾ HOẠCH
[00:33] Chủ tọa: Ra quân làm sạch kênh mương nội đồng trước vụ Hè Thu năm 2027
[00:41] Chủ tọa: I. NHIỆM VỤ CỤ THỂ
[00:44] Chủ tọa: 1. Công chức Nông nghiệp - Môi trường xã khảo sát, lập danh sách các tuyến kênh bị bồi lắng, hoàn \
thành trước ngày 25/3/2027.
[01:05] Chủ tọa: 2. Đoàn Thanh niên xã chủ trì, phối hợp với Hội Nông dân xã tổ chức ngày ra quân nạo vét kênh \
mương vào ngày 04/4/2027.
[01:27] Chủ tọa: 3. Trưởng các ấp vận động Nhân dân tham gia ngày công lao động và tháo dỡ đăng, đó trên kênh.
[01:40] [Tiếng chuông điện thoại]
[01:44] Chủ tọa: Giao Văn phòng HĐND và UBND xã theo dõi, tổng hợp kết quả, báo cáo Chủ tịch UBND xã trước ngày \
15/4/2027.
[01:58] Chủ tọa: KT. CHỦ TỊCH
[02:00] Chủ tọa: PHÓ CHỦ TỊCH
[02:02] Chủ tọa: Nguyễn Văn Lành
[02:05] Thư ký: Vâng, em sẽ gửi bản chụp vào nhóm.
[02:09] Thư ký: Dạ em ghi kịp hết rồi ạ.
"""


def test_a_recordings_transcript_reads_as_what_was_said_without_its_stamps_speakers_and_sounds():
    text = normalise(RawText(TRANSCRIPT, "txt"))
    assert "[00:" not in text and "Chủ tọa:" not in text and "Tiếng chuông" not in text
    assert "\nKẾ HOẠCH\n" in text
    plan = vnplan.extract_text(TRANSCRIPT)
    document = plan.document
    assert (document.type, document.number, document.issuer, document.signer) == (
        "Kế hoạch", "41/KH-UBND", "Ủy ban nhân dân xã Tân Phước", "Nguyễn Văn Lành")
    first, second = plan.tasks[:2]
    assert first.text.startswith("Công chức Nông nghiệp - Môi trường xã khảo sát") and first.deadline == "2027-03-25"
    assert (second.lead, second.coordinators) == (["Đoàn Thanh niên xã"], ["Hội Nông dân xã"])


def test_stamps_over_a_chats_messages_and_a_programmes_hours_are_no_transcript():
    chat = ("[08:31] Lý Văn Tâm\nGửi các đồng chí kế hoạch.\n[08:33] Lý Văn Tâm\nKẾ HOẠCH\n"
            "[08:40] Phạm Thị Hoa\nĐã nhận.\n")
    programme = ("(07:30) Đón tiếp đại biểu: Tiểu ban Lễ tân\n(08:00) Khai mạc: Ban Tổ chức\n"
                 "(08:30) Thi đấu: Tổ trọng tài\n(10:30) Trao giải: Ban Tổ chức\n")
    for text in (chat, programme):
        assert transcript_turns_read(text.split("\n")) == text.split("\n")


# A desktop messenger's copy: each message under its sender and the day and time it was sent, the plan forwarded in
# numbered parts ("[2/3]"), the members' answers and the sender's own replies to them in between.
DESKTOP_MESSENGER = """\
Đỗ Thị Lan - VP phường, [12.03.2027 09:01]
[Forwarded from Văn phòng HĐND-UBND phường Tân An]
[1/3] Văn phòng gửi Kế hoạch số 21/KH-UBND để các bộ phận triển khai.

ỦY BAN NHÂN DÂN
PHƯỜNG TÂN AN
Số: 21/KH-UBND
Tân An, ngày 12 tháng 3 năm 2027

KẾ HOẠCH
Làm sạch dữ liệu dân cư trên địa bàn phường năm 2027

Lý Văn Cường - CA phường, [12.03.2027 09:03]
Công an phường đã nhận.

Đỗ Thị Lan - VP phường, [12.03.2027 09:04]
[2/3] I. NHIỆM VỤ
1. Công an phường chủ trì, phối hợp với các khu phố rà soát, làm sạch dữ liệu dân cư; hoàn thành trước ngày 30/4/2027.
2. Trạm Y tế phường hướng dẫn người dân sử dụng sổ sức khỏe điện tử, hoàn thành trong tháng 6/2027.

Ngô Thị Hạnh - TYT, [12.03.2027 09:06]
Mục 2 hạn tháng 6 hay tháng 7 ạ?

Đỗ Thị Lan - VP phường, [12.03.2027 09:07]
[In reply to Ngô Thị Hạnh - TYT]
Tháng 6 em nhé, đúng như kế hoạch.

Đỗ Thị Lan - VP phường, [12.03.2027 09:08]
[3/3] 3. Văn phòng HĐND và UBND phường tổng hợp kết quả, báo cáo Chủ tịch UBND phường trước ngày 15/7/2027.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Vũ Minh Tâm
"""


def test_a_desktop_messengers_copy_reads_the_senders_numbered_parts_without_the_replies():
    plan = vnplan.extract_text(DESKTOP_MESSENGER)
    assert (plan.document.number, plan.document.signer) == ("21/KH-UBND", "Vũ Minh Tâm")
    assert [(task.lead, task.deadline) for task in plan.tasks] == [
        (["Công an phường"], "2027-04-30"), (["Trạm Y tế phường"], "2027-06-30"),
        (["Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường"], "2027-07-15")]
    assert not any("em nhé" in task.text or "đã nhận" in task.text for task in plan.tasks)


def test_a_desktop_messengers_copy_wrapped_inside_its_headers_and_in_bold_reads_the_same():
    wrapped = DESKTOP_MESSENGER.replace("Đỗ Thị Lan - VP phường, [12.03.2027 09:04]\n[2/3] I. NHIỆM VỤ",
                                        "Đỗ Thị Lan - VP\nphường, [12.03.2027 09:04]\n\n**[2/3] I. NHIỆM VỤ**")
    wrapped = wrapped.replace("Đỗ Thị Lan - VP phường, [12.03.2027 09:08]",
                              "Đỗ Thị Lan - VP phường,\n[12.03.2027 09:08]")
    assert wrapped.count("\n[12.03.2027 09:08]") == 1 and "**[2/3]" in wrapped
    plan = vnplan.extract_text(wrapped)
    assert [(task.lead, task.deadline) for task in plan.tasks] == [
        (["Công an phường"], "2027-04-30"), (["Trạm Y tế phường"], "2027-06-30"),
        (["Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường"], "2027-07-15")]


def test_a_news_report_on_a_conclusion_notice_is_read_as_that_notice():
    """A news site's article with no header of its own: its lead says who issued which document, when and on what
    ("Văn phòng … ban hành Thông báo số … ngày … kết luận của …"); the items it quotes are the notice's."""
    text = ("CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BẮC SƠN\nTin tức › Chỉ đạo điều hành\n"
            "Kết luận của Chủ tịch tỉnh về phòng cháy rừng mùa khô\n12/02/2027 09:10\n"
            "(BSO) - Văn phòng Ủy ban nhân dân tỉnh Bắc Sơn ban hành Thông báo số 27/TB-VP ngày 11/02/2027 kết luận của Chủ "
            "tịch "
            "Ủy ban nhân dân tỉnh tại cuộc họp về phòng cháy, chữa cháy rừng mùa khô năm 2027.\n"
            "Thông báo nêu: mùa khô năm nay nắng nóng kéo dài. Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:\n"
            "1. Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Công an tỉnh kiểm tra các vùng rừng trọng điểm.\n"
            "2. Ủy ban nhân dân các xã tổ chức trực phòng cháy rừng 24/24 giờ trong mùa khô.\n"
            "Từ khóa: phòng cháy rừng\n")
    plan = vnplan.extract_text(text)
    assert (plan.document.type, plan.document.number, plan.document.issuer, plan.document.issued_date) == (
        "Thông báo", "27/TB-VP", "Văn phòng Ủy ban nhân dân tỉnh Bắc Sơn", "2027-02-11")
    assert plan.document.title.lower().startswith("kết luận của chủ tịch ủy ban nhân dân tỉnh tại cuộc họp")
    assert plan.references == [] and [t.lead for t in plan.tasks][:2] == [
        ["Sở Nông nghiệp và Môi trường"], ["Ủy ban nhân dân các xã"]]
    article = text.replace("ban hành Thông báo số 27/TB-VP", "đã dẫn Nghị định số 27/2026/NĐ-CP")
    with pytest.raises(vnplan.NotAPlan):
        vnplan.extract_text(article)  # (a decree quoted is no document the report presents)


def test_a_run_of_messages_under_one_senders_name_stays_the_posters():
    """A phone's chat app names the sender once over a run of messages, each closed by its time: a message opening on
    no sender's name ("UBND XÃ BÌNH AN", "Ngày 11/5/2027, …", "c) Giao …") goes on with the sender above it, so the
    whole document stays and the members' replies go."""
    chat = ("Nhóm: Điều hành xã Bình An\nLê Văn Tùng (CT)\nVP đưa thông báo kết luận lên nhóm nhé\n07:40\n\n"
            "VP HĐND-UBND xã Bình An\nDạ\n07:52\n\n"
            "UBND XÃ BÌNH AN\nSố: 31/TB-UBND\nBình An, ngày 12/5/2027\nTHÔNG BÁO\nKết luận của Chủ tịch UBND xã tại\n"
            "cuộc họp về phòng chống dịch bệnh\n08:05\n\n"
            "Ngày 11/5/2027, Chủ tịch UBND xã chủ trì\ncuộc họp. Chủ tịch UBND xã kết luận:\n"
            "a) Giao Trạm Y tế xã phun hóa chất tại\ncác thôn có ổ dịch trước ngày 20/5/2027.\n08:06\n\n"
            "Trần Thị Lan (thôn 2)\nDạ thôn 2 nhận ạ\n08:09\n\n"
            "VP HĐND-UBND xã Bình An\nb) Giao Công an xã bảo đảm an ninh trật tự\ntại các điểm tiêm chủng.\n08:12\n\n"
            "c) Giao Phòng Văn hóa - Xã hội tuyên truyền\nphòng chống dịch trên loa truyền thanh.\n08:14\n")
    text = normalise(RawText(chat, "txt"))
    assert "Ngày 11/5/2027, Chủ tịch UBND xã chủ trì cuộc họp." in text and "Dạ thôn 2 nhận ạ" not in text
    assert [t.lead for t in vnplan.extract_text(chat).tasks] == [["Trạm Y tế xã"], ["Công an xã"],
                                                                  ["Phòng Văn hóa - Xã hội"]]


def test_a_phone_messengers_blocks_under_their_senders_names_keep_the_posters_document():
    """Each message a block under its sender's name, the time only between runs ("07:40 12 Thg 5"): the poster's
    blocks stay without the name, a member's question and the poster's reply to it ("Trả lời …") go."""
    chat = ("Ban Chỉ huy Quân sự xã Bình An\n18 thành viên\n\n07:40 12 Thg 5\n\n"
            "Lê Văn Tùng\nGửi các đ/c kế hoạch của xã để triển khai ngay ạ\n\n"
            "Lê Văn Tùng\nỦY BAN NHÂN DÂN XÃ BÌNH AN\nSố: 44/KH-UBND\nBình An, ngày 12 tháng 5 năm 2027\nKẾ HOẠCH\n"
            "Huấn luyện dân quân năm 2027\nI. NHIỆM VỤ\n1. Ban Chỉ huy Quân sự xã tổ chức huấn luyện trước ngày 30/6/2027.\n"
            "👍 4\n\n"
            "Trần Thị Lan\nAnh Tùng ơi thôn em huấn luyện đợt mấy ạ\n\n"
            "Lê Văn Tùng\nTrả lời Trần Thị Lan\nThôn em đợt 2 nhé\n\n"
            "Lê Văn Tùng\n2. Công an xã bảo đảm an ninh trật tự tại thao trường.\n3. Trạm Y tế xã bố trí tổ y tế.\n"
            "Đã gửi\n")
    text = normalise(RawText(chat, "txt"))
    assert "Thôn em đợt 2 nhé" not in text and "Anh Tùng" not in text and "Lê Văn Tùng" not in text
    assert [t.lead for t in vnplan.extract_text(chat).tasks] == [["Ban Chỉ huy Quân sự xã"], ["Công an xã"],
                                                                  ["Trạm Y tế xã"]]


def test_a_minute_takers_log_stamps_the_items_as_said_and_its_asides_go():
    """Each line of a minute-taker's log opens on the time it was typed ("[15:44] a) Công an …"): the stamps go, so the
    items keep their labels, and so do the note-taker's asides in brackets, however long."""
    log = ("THÔNG BÁO\nKết luận của Chủ tịch Ủy ban nhân dân xã tại cuộc họp về phòng chống dịch\n"
           "[14:02] Chiều ngày 14/7/2027, Chủ tịch UBND xã chủ trì cuộc họp.\n"
           "[15:38] Sau khi nghe báo cáo, Chủ tịch UBND xã kết luận:\n"
           "[15:41] 1. Nhiệm vụ thời gian tới:\n"
           "[15:44] a) Trạm Y tế xã phun hóa chất tại các thôn có ổ dịch trước ngày 20/7/2027.\n"
           "[15:47] b) Công an xã bảo đảm an ninh trật tự tại các điểm tiêm chủng.\n"
           "[15:49] (Trưởng thôn 3 phát biểu bổ sung về lịch tiêm ở thôn xa – Chủ tịch ghi nhận, đưa vào điểm c)\n"
           "[15:50] c) Phòng Văn hóa - Xã hội tuyên truyền trên loa truyền thanh.\n")
    lines = normalise(RawText(log, "txt")).splitlines()
    assert "b) Công an xã bảo đảm an ninh trật tự tại các điểm tiêm chủng." in lines
    assert not any("Trưởng thôn 3" in line or "[15:" in line for line in lines)


def test_people_a_posted_document_lists_and_a_member_named_by_office_are_no_senders_of_their_own():
    """ "Ông Nguyễn Văn An - Chủ tịch UBND xã, Trưởng ban" inside the posted decision is its text, no new message; a
    member named by the office held ("Bí thư chi bộ thôn 3") sends a message of their own, which goes."""
    posted = ("Ban Chỉ huy Quân sự xã Bình An\n18 thành viên\n\nLê Văn Tùng\nGửi các đ/c quyết định của xã ạ\n\n"
              "Lê Văn Tùng\nỦY BAN NHÂN DÂN XÃ BÌNH AN\nSố: 44/QĐ-UBND\nQUYẾT ĐỊNH\nThành lập Ban Chỉ đạo năm 2027\n"
              "Điều 1. Thành lập Ban Chỉ đạo phòng, chống thiên tai xã gồm:\n\n"
              "Ông Nguyễn Văn An - Chủ tịch UBND xã, Trưởng ban\nÔng Lê Văn Bình - Chỉ huy trưởng, Phó Trưởng ban\n\n"
              "Điều 2. Công an xã bảo đảm an ninh trật tự trong mùa mưa bão trước ngày 30/6/2027.\n\n"
              "Trần Thị Lan\nĐã nhận ạ\n")
    assert [t.deadline for t in vnplan.extract_text(posted).tasks] == ["2027-06-30"]
    chat = ("Nhóm: Điều hành xã Bình An\nLê Văn Tùng (CT)\nVP đưa thông báo lên nhóm nhé\n07:40\n\n"
            "VP HĐND-UBND xã Bình An\nUBND XÃ BÌNH AN\nSố: 31/TB-UBND\nTHÔNG BÁO\nKết luận về phòng chống dịch bệnh\n"
            "a) Giao Trạm Y tế xã phun hóa chất tại các thôn có ổ dịch trước ngày 20/5/2027.\n08:06\n\n"
            "Bí thư chi bộ thôn 3\nĐề nghị Trạm Y tế xã phun thêm cho thôn 3 trước ngày 18/5/2027 ạ\n08:09\n\n"
            "Trần Thị Lan (thôn 2)\nDạ thôn 2 nhận ạ\n08:10\n\n"
            "VP HĐND-UBND xã Bình An\nb) Giao Công an xã bảo đảm an ninh trật tự tại các điểm tiêm chủng.\n08:12\n")
    assert [t.deadline for t in vnplan.extract_text(chat).tasks] == ["2027-05-20", None]


def test_a_chat_whose_first_sender_name_the_copy_wrapped_begins_at_that_name():
    """The first message's sender wrapped over two lines ("Lê Văn" / "Tùng - VP"), as it heads other messages whole: the
    chat's messages begin there, and the name goes with the others."""
    chat = ("Nhóm điều hành xã\n\nLê Văn\nTùng - VP\nGửi các đ/c kế hoạch ạ\n\n"
            "Lê Văn Tùng - VP\nỦY BAN NHÂN DÂN XÃ BÌNH AN\nSố: 44/KH-UBND\nKẾ HOẠCH\nHuấn luyện dân quân năm 2027\n"
            "1. Công an xã bảo đảm an ninh trật tự tại thao trường.\n\n"
            "Trần Thị Lan\nDạ em nhận ạ\n\n"
            "Lê Văn Tùng - VP\n2. Trạm Y tế xã bố trí tổ y tế.\n")
    assert [t.lead for t in vnplan.extract_text(chat).tasks] == [["Công an xã"], ["Trạm Y tế xã"]]
    assert "Tùng - VP" not in normalise(RawText(chat, "txt"))


def test_a_chat_whose_times_follow_the_messages_with_an_edited_note_and_a_party_style_number():
    # a phone messenger's copy: the sender over each message, the time under it ("08:14 · Đã chỉnh sửa" for one the
    # poster edited), a mass organisation's number without its colon; the poster's line of talk to a member goes too
    chat = """Hội CCB tỉnh - Điều hành
Phạm Thị Hằng
Văn phòng gửi Hướng dẫn số 07, đề nghị các đồng chí triển khai ạ.
08:10
Phạm Thị Hằng
HỘI CỰU CHIẾN BINH VIỆT NAM
BCH HỘI CCB TỈNH BẮC LAM
Số 07-HD/CCB
Bắc Lam, ngày 04 tháng 01 năm 2027
HƯỚNG DẪN
Hội viên tham gia bảo vệ công trình thủy lợi mùa khô năm 2027
I. NỘI DUNG
1. Tuyên truyền hội viên bảo vệ kênh mương, không lấn chiếm hành lang công trình.
Chủ trì: Ban Tuyên huấn. Thời gian: quý I/2027.
08:14 · Đã chỉnh sửa
Lê Văn Tám
Hội CCB xã An Phú đã nhận 👍
08:20
Phạm Thị Hằng
Dạ mục 1 là hết quý I anh nha.
08:25
Phạm Thị Hằng
2. Vận động hội viên tham gia nạo vét kênh mương nội đồng.
Chủ trì: Hội Cựu chiến binh các xã, phường. Thời gian: trước ngày 28/02/2027.
TM. BAN THƯỜNG VỤ
CHỦ TỊCH
Lò Văn Sơn
08:30
Lê Văn Tám
Đã nhận ạ
08:31
"""
    plan = vnplan.extract_text(chat)
    assert plan.document.number == "07-HD/CCB"
    assert [(t.text, t.lead, t.deadline) for t in plan.tasks] == [
        ("Tuyên truyền hội viên bảo vệ kênh mương, không lấn chiếm hành lang công trình.", ["Ban Tuyên huấn"],
         "2027-03-31"),
        ("Vận động hội viên tham gia nạo vét kênh mương nội đồng.", ["Hội Cựu chiến binh các xã, phường"],
         "2027-02-28")]


def test_a_channels_forwarded_posts_with_their_views_among_members_messages():
    # a phone's copy of a group into which a channel's posts are forwarded: each post closed by its views and time
    # ("👁 2.1K  08:32"), a member's message by its time and ticks ("09:05 ✓✓"); the document's head posted before the
    # first time, under the name its next posts open on
    chat = """Hội CCB xã An Phú
248 thành viên
Forwarded from Hội Cựu chiến binh tỉnh Bắc Lam
HỘI CỰU CHIẾN BINH VIỆT NAM
BCH HỘI CCB TỈNH BẮC LAM
Số 21-KH/CCB
Bắc Lam, ngày 05 tháng 4 năm 2027
KẾ HOẠCH
Hỗ trợ hội viên phát triển kinh tế năm 2027
I. NHIỆM VỤ
a) Ban Kinh tế chủ trì hướng dẫn hội viên vay vốn phát triển sản xuất; hoàn thành trong quý II/2027.
(còn tiếp 👇)
👁 2.4K  edited  08:31
👍 48  ❤️ 11
Forwarded from Hội Cựu chiến binh tỉnh Bắc Lam
b) Văn phòng Hội tổng hợp danh sách hội viên cần hỗ trợ, gửi Ban Kinh tế trước ngày 30/4/2027.
👁 2.1K  08:32
Lê Văn Tám
Danh sách mục b) gửi qua Zalo hay email ạ?
09:05 ✓✓
Hội CCB xã An Phú
@Lê Văn Tám gửi email nhé anh
09:12
Forwarded from Hội Cựu chiến binh tỉnh Bắc Lam
c) Hội Cựu chiến binh các xã, phường báo cáo kết quả trước ngày 15/12/2027.
TM. BAN THƯỜNG VỤ
CHỦ TỊCH
Lò Văn Sơn
👁 1.9K  08:33
"""
    tasks = vnplan.extract_text(chat).tasks
    assert [task.lead for task in tasks] == [["Ban Kinh tế"], ["Văn phòng Hội"],
                                              ["Hội Cựu chiến binh các xã, phường"]]


def test_a_checklists_boxes_before_bracketed_numbers_leave_the_numbers_as_labels():
    # a note app's checklist: a box before each assignment, "(1) Bộ X:" over its lettered points
    note = """VĂN PHÒNG CHÍNH PHỦ
Số: 210/TB-VPCP
THÔNG BÁO
Kết luận về bảo đảm an toàn giao thông dịp nghỉ lễ năm 2027
Nhiệm vụ cụ thể:
☐ (1) Bộ Công an:
☐ a) Mở đợt cao điểm kiểm tra nồng độ cồn từ ngày 25/4/2027 đến hết ngày 05/5/2027.
☐ b) Tổng hợp kết quả, báo cáo Thủ tướng Chính phủ trước ngày 12/5/2027.
☐ (2) Bộ Xây dựng:
☐ a) Chỉ đạo phân luồng giao thông trên các tuyến cao tốc.
"""
    tasks = vnplan.extract_text(note).tasks
    assert [task.lead for task in tasks] == [["Bộ Công an"], ["Bộ Công an"], ["Bộ Xây dựng"]]


def test_a_chat_spaces_copy_with_each_sender_and_clock_time_and_its_thread_notes():
    # a chat space copied from the browser: "Name, 8:13 AM" over each message, the app's notes under some ("Edited",
    # "2 replies  Last reply 8:24 AM"); the poster's parts stay, the members' replies go
    chat = """Tổ Văn hóa - Kế hoạch tháng 3
Space · 9 members

Lê Văn Nam, 8:12 AM
(1/2)
ỦY BAN NHÂN DÂN XÃ TÂN LẬP
Số: 18/KH-UBND
KẾ HOẠCH
Tổ chức Ngày Sách năm 2027
I. NHIỆM VỤ
1. Công chức Văn hóa - Xã hội chủ trì trưng bày sách tại nhà văn hóa xã; hoàn thành trước ngày 15/4/2027.
Edited

Trần Thị Hoa, 8:14 AM
Mục 1 cần thêm tủ sách lưu động không anh?
2 replies  Last reply 8:24 AM

Lê Văn Nam, 8:16 AM
(2/2)
2. Đoàn Thanh niên xã tổ chức cuộc thi giới thiệu sách; hoàn thành trước ngày 21/4/2027.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Lò Văn Sơn

Hoàng Minh Đức, 9:05 AM
Đã nhận ạ
"""
    tasks = vnplan.extract_text(chat).tasks
    assert [(task.lead, task.deadline) for task in tasks] == [
        (["Công chức Văn hóa - Xã hội"], "2027-04-15"), (["Đoàn Thanh niên xã"], "2027-04-21")]
