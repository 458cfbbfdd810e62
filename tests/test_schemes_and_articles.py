"""Schemes (Đề án) in chapters, and a decision whose first article approves a scheme written out in it: the scheme's
work is read as a plan's, and "các nhiệm vụ tại điểm a khoản 2 Điều này" hands out the article's own points. Each text
is our own."""
from vnplan import extract_text

CHAPTERS = """ỦY BAN NHÂN DÂN XÃ HÒA BÌNH
Số: 05/ĐA-UBND
Hòa Bình, ngày 12 tháng 3 năm 2027
ĐỀ ÁN
Phát triển chợ nông sản an toàn trên địa bàn xã giai đoạn 2027 - 2030
Chương I
SỰ CẦN THIẾT XÂY DỰNG ĐỀ ÁN
Chợ hiện có xuống cấp, chưa bảo đảm an toàn thực phẩm.
Chương II
MỤC TIÊU VÀ GIẢI PHÁP
I. MỤC TIÊU
1. 100% quầy hàng rau, quả có nguồn gốc rõ ràng.
II. GIẢI PHÁP
Các cơ quan, đơn vị thuộc xã thực hiện các giải pháp sau:
1. Cải tạo khu bán rau, quả theo hướng văn minh.
Chương III
PHÂN CÔNG NHIỆM VỤ
1. Công chức Kinh tế xã
* Chủ trì lập phương án cải tạo chợ; hoàn thành trong quý II/2027.
2. Công an xã: Kiểm tra trật tự, an toàn tại chợ vào các phiên chợ.
Chương IV
TỔ CHỨC THỰC HIỆN
Kinh phí bố trí từ ngân sách xã.
"""


def test_a_chapters_title_says_what_the_items_under_it_are():
    """"Chương III" on its line, its title on the next: the items under it are the scheme's tasks, and neither line
    is one."""
    tasks = extract_text(CHAPTERS).tasks
    assert [(t.text[:30], t.lead, t.deadline) for t in tasks] == [
        ("Cải tạo khu bán rau, quả theo ", ["Các cơ quan, đơn vị thuộc xã"], None),
        ("Chủ trì lập phương án cải tạo ", ["Công chức Kinh tế xã"], "2027-06-30"),
        ("Kiểm tra trật tự, an toàn tại ", ["Công an xã"], None),
    ]


APPROVAL = """ỦY BAN NHÂN DÂN TỈNH BẮC LAM
Số: 210/QĐ-UBND
Bắc Lam, ngày 5 tháng 4 năm 2027
QUYẾT ĐỊNH
Phê duyệt Đề án phát triển làng nghề truyền thống giai đoạn 2027 - 2030
ỦY BAN NHÂN DÂN TỈNH BẮC LAM
Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;
QUYẾT ĐỊNH:
Điều 1. Phê duyệt Đề án phát triển làng nghề truyền thống giai đoạn 2027 - 2030 với các nội dung chủ yếu sau:
1. Mục tiêu
Đến năm 2030, có ít nhất 20 làng nghề được công nhận.
2. Nhiệm vụ, giải pháp
a) Phát triển sản phẩm
- Hỗ trợ các làng nghề đăng ký nhãn hiệu tập thể.
b) Xúc tiến thương mại
- Tổ chức hội chợ làng nghề hằng năm.
3. Tổ chức thực hiện
a) Sở Công Thương chủ trì thực hiện các nhiệm vụ tại điểm a khoản 2 Điều này; đồng thời:
- Hướng dẫn hồ sơ công nhận làng nghề trước ngày 30/9/2027.
b) Sở Tài chính: Bố trí kinh phí thực hiện Đề án trong dự toán hằng năm.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Nơi nhận:
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Lê Văn Minh
"""


def test_the_scheme_an_article_approves_is_read_as_a_plan_and_its_points_handed_out_by_this_articles_number():
    tasks = extract_text(APPROVAL).tasks
    assert [(t.text[:30], t.lead) for t in tasks] == [
        ("Hỗ trợ các làng nghề đăng ký n", ["Sở Công Thương"]),
        ("Tổ chức hội chợ làng nghề hằng", ["Các sở, ban, ngành, địa phương"]),
        ("Hướng dẫn hồ sơ công nhận làng", ["Sở Công Thương"]),
        ("Bố trí kinh phí thực hiện Đề á", ["Sở Tài chính"]),
    ]


def test_a_regulations_chapter_over_its_articles_gives_no_task_of_its_title():
    """"Chương II" / "CẤP PHÉP HOẠT ĐỘNG" over its articles: a title, not work, however its words read."""
    regulation = ("ỦY BAN NHÂN DÂN TỈNH BẮC LAM\nSố: 15/2027/QĐ-UBND\nQUYẾT ĐỊNH\nBan hành Quy định quản lý chợ\n"
                  "Chương I\nQUY ĐỊNH CHUNG\nĐiều 1. Phạm vi điều chỉnh\nQuy định này quy định việc quản lý chợ.\n"
                  "Chương II\nTỔ CHỨC THỰC HIỆN NHIỆM VỤ QUẢN LÝ CHỢ\nĐiều 2. Nguyên tắc quản lý\n"
                  "Chợ được quản lý theo phân cấp.\n")
    assert [t.text for t in extract_text(regulation, strict=False).tasks] == []


JOINT = """SỞ Y TẾ TỈNH BẮC LAM
CÔNG AN TỈNH BẮC LAM
Số: 310/KHPH-SYT-CAT
Bắc Lam, ngày 10 tháng 12 năm 2026
KẾ HOẠCH
Phối hợp kiểm tra an toàn thực phẩm dịp Tết năm 2027
I. NHIỆM VỤ
1. Sở Y tế chủ trì kiểm tra các cơ sở sản xuất thực phẩm; hoàn thành trước ngày 15/01/2027.
2. Công an tỉnh chủ trì điều tra các vụ vi phạm, phối hợp với Sở Y tế xử lý theo quy định.
CÔNG AN TỈNH BẮC LAM
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Trần Văn Hùng
SỞ Y TẾ TỈNH BẮC LAM
GIÁM ĐỐC
Lê Thị Mai
"""


def test_a_joint_plan_is_its_first_bodys_and_signed_by_it():
    """A number coded "phối hợp" ("KHPH"), two bodies stacked in the header: the first issues it and signs under its
    name, wherever its block stands; the other body's signature, before it, is no task."""
    plan = extract_text(JOINT)
    assert (plan.document.issuer, plan.document.signer, plan.document.signer_title) == (
        "Sở Y tế tỉnh Bắc Lam", "Lê Thị Mai", "Giám đốc")
    assert [t.text[:20] for t in plan.tasks] == ["Sở Y tế chủ trì kiểm", "Công an tỉnh chủ trì"]


def test_another_documents_article_hands_out_nothing_of_this_one():
    text = APPROVAL.replace("a) Sở Công Thương chủ trì thực hiện các nhiệm vụ tại điểm a khoản 2 Điều này; đồng thời:",
                            "a) Sở Công Thương chủ trì thực hiện các nhiệm vụ tại khoản 2 Điều 1 Nghị quyết số 30/NQ-HĐND;"
                            " đồng thời:")
    assert [t.lead for t in extract_text(text).tasks][:1] == [["Các sở, ban, ngành, địa phương"]]


def test_a_joint_header_whose_first_body_stands_under_its_province_and_its_signer_named_in_the_text():
    text = JOINT.replace("SỞ Y TẾ TỈNH BẮC LAM\nCÔNG AN", "UBND TỈNH BẮC LAM\nSỞ Y TẾ\nCÔNG AN", 1).replace(
        "CÔNG AN TỈNH BẮC LAM\nKT.", "Trên đây là Kế hoạch phối hợp của Sở Y tế tỉnh Bắc Lam./.\nCÔNG AN TỈNH BẮC LAM\nKT.")
    plan = extract_text(text)
    assert (plan.document.issuer, plan.document.signer) == ("Sở Y tế tỉnh Bắc Lam", "Lê Thị Mai")


def test_an_inspection_schedule_names_the_team_that_does_each_visit():
    """"Đoàn thực hiện": the column of the team each row's visit falls to, its lead (the inspected never are)."""
    text = JOINT.split("I. NHIỆM VỤ")[0] + ("I. LỊCH KIỂM TRA\nSTT\tThời gian\tNội dung kiểm tra\tĐoàn thực hiện\n"
                                           "1\tTừ 09/3 đến 13/3/2027\tKiểm tra các cơ sở dạy thêm tại phường An Phú\t"
                                           "Đoàn số 1\n2\tTừ 16/3 đến 20/3/2027\tKiểm tra các cơ sở dạy thêm tại xã "
                                           "Bình Minh\tĐoàn số 2\n")
    assert [(t.lead, t.deadline) for t in extract_text(text).tasks] == [
        (["Đoàn số 1"], "2027-03-13"), (["Đoàn số 2"], "2027-03-20")]


def test_a_survey_delegation_is_named_whole_by_its_role():
    """"Đoàn khảo sát", as "Đoàn kiểm tra" and "Đoàn giám sát": a body, the words after it its work."""
    text = JOINT.split("I. NHIỆM VỤ")[0] + ("I. TỔ CHỨC THỰC HIỆN\n1. Đoàn khảo sát xây dựng báo cáo kết quả khảo sát, "
                                           "gửi Thường trực Hội đồng nhân dân tỉnh trước ngày 10/7/2027.\n")
    assert [(t.lead, t.deadline) for t in extract_text(text).tasks] == [(["Đoàn khảo sát"], "2027-07-10")]
