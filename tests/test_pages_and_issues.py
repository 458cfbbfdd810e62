"""What carries a plan around it, on text of our own in the style of real ones: a page's part saved as text with its
markup and entities; a gazette's issue that goes on with the next document after the plan a decision issues; and a
plan's closing item in which bodies join another's tasks by cross-reference; an e-mail's signature after the plan it
carries."""
import textwrap

import vnplan
from vnplan.normalise import normalise
from vnplan.read import RawText, read_bytes

PAGE_PART = textwrap.dedent("""\
    <div class="breadcrumb"><a href="/">Trang chủ</a> &raquo; <span>Kế hoạch</span></div>
    <div class="content-detail">
    <p style="text-align:center"><strong>ỦY BAN NHÂN DÂN XÃ HÒA BÌNH</strong></p>
    <p>Số: 21/KH-UBND</p>
    <p><em>Hòa Bình, ngày 05 tháng 4 năm 2027</em></p>
    <p style="text-align:center"><strong>KẾ HOẠCH</strong></p>
    <p style="text-align:center"><strong>Phát triển người tham gia bảo hiểm y tế hộ gia đình năm 2027</strong></p>
    <p>&nbsp;</p>
    <p>&nbsp;&nbsp;&nbsp;&nbsp; <strong>1. Công chức Văn hóa - Xã hội:</strong></p>
    <p>&nbsp;&nbsp;&nbsp;&nbsp; a) Rà soát danh sách hộ gia đình chưa tham gia bảo hiểm y tế, hoàn thành trước
    ngày 30/4/2027.</p>
    <p>&nbsp;&nbsp;&nbsp;&nbsp; b) Phối hợp với Bưu điện xã tổ chức tuyên truyền tại các thôn.</p>
    </div>
    """)


def test_a_pages_part_saved_as_text_is_read_as_the_page():
    raw = read_bytes(PAGE_PART.encode(), "ke-hoach-21.txt")
    assert raw.format == "html" and "&nbsp;" not in raw.text and "<p>" not in raw.text
    tasks = vnplan.extract_text(raw.text).tasks
    assert [(task.text, task.deadline) for task in tasks] == [
        ("Rà soát danh sách hộ gia đình chưa tham gia bảo hiểm y tế, hoàn thành trước ngày 30/4/2027.", "2027-04-30"),
        ("Phối hợp với Bưu điện xã tổ chức tuyên truyền tại các thôn.", None)]


GAZETTE_ISSUE = textwrap.dedent("""\
    ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    TỈNH SƠN LA                        Độc lập - Tự do - Hạnh phúc
    Số: 210/QĐ-UBND                    Sơn La, ngày 10 tháng 02 năm 2027
    QUYẾT ĐỊNH
    Ban hành Kế hoạch hỗ trợ thẻ bảo hiểm y tế cho người cao tuổi năm 2027
    ỦY BAN NHÂN DÂN TỈNH SƠN LA
    Căn cứ Luật Bảo hiểm y tế số 51/2024/QH15;
    QUYẾT ĐỊNH:
    Điều 1. Ban hành kèm theo Quyết định này Kế hoạch hỗ trợ thẻ bảo hiểm y tế cho người cao tuổi năm 2027.
    Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
    KT. CHỦ TỊCH
    PHÓ CHỦ TỊCH
    Lò Văn Minh
    24 CÔNG BÁO/Số 9 + 10/Ngày 20-02-2027
    ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    TỈNH SƠN LA                        Độc lập - Tự do - Hạnh phúc
    KẾ HOẠCH
    Hỗ trợ thẻ bảo hiểm y tế cho người cao tuổi năm 2027
    (Ban hành kèm theo Quyết định số 210/QĐ-UBND ngày 10/02/2027 của Ủy ban nhân dân tỉnh)
    I. NHIỆM VỤ
    1. Sở Y tế chủ trì rà soát danh sách người cao tuổi chưa có thẻ, hoàn thành trong tháng 3/2027.
    2. Bảo hiểm xã hội tỉnh cấp thẻ bảo hiểm y tế cho người cao tuổi trong danh sách.
    ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    TỈNH SƠN LA                        Độc lập - Tự do - Hạnh phúc
    Số: 214/QĐ-UBND                    Sơn La, ngày 12 tháng 02 năm 2027
    QUYẾT ĐỊNH
    Về việc công bố danh mục thủ tục hành chính lĩnh vực y tế
    Căn cứ Nghị định số 63/2010/NĐ-CP của Chính phủ về kiểm soát thủ tục hành chính;
    Điều 1. Công bố kèm theo Quyết định này danh mục thủ tục hành chính.
    """)


def test_the_next_document_in_a_gazettes_issue_is_none_of_the_plan():
    plan = vnplan.extract_text(GAZETTE_ISSUE)
    assert plan.document.number == "210/QĐ-UBND"
    assert [task.lead for task in plan.tasks] == [["Sở Y tế"], ["Bảo hiểm xã hội tỉnh"]]
    assert "63/2010/NĐ-CP" not in [reference.number for reference in plan.references]


JOINING_BY_REFERENCE = textwrap.dedent("""\
    BỘ TÀI CHÍNH                       CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    Số: 77/KH-BTC                      Hà Nội, ngày 02 tháng 3 năm 2027
    KẾ HOẠCH
    Chi trả trợ cấp qua tài khoản năm 2027
    I. NHIỆM VỤ
    1. Xác thực tài khoản người hưởng
    - Nội dung: Đối chiếu tài khoản nhận trợ cấp với dữ liệu dân cư.
    - Đơn vị chủ trì: Bảo hiểm xã hội Việt Nam.
    - Đơn vị phối hợp: Bộ Công an.
    2. Mở rộng điểm chi trả
    - Nội dung: Bố trí điểm giao dịch lưu động tại các xã vùng sâu.
    - Đơn vị chủ trì: Bảo hiểm xã hội Việt Nam.
    II. TỔ CHỨC THỰC HIỆN
    1. Đề nghị Ngân hàng Nhà nước Việt Nam theo chức năng, nhiệm vụ phối hợp với Bảo hiểm xã hội Việt Nam thực hiện
    các nhiệm vụ tại mục 1, mục 2 Phần I Kế hoạch này.
    """)


def test_bodies_that_join_anothers_tasks_by_reference_lead_none_of_them():
    tasks = vnplan.extract_text(JOINING_BY_REFERENCE).tasks
    assert [task.lead for task in tasks[:2]] == [["Bảo hiểm xã hội Việt Nam"], ["Bảo hiểm xã hội Việt Nam"]]
    assert tasks[2].lead == ["Ngân hàng Nhà nước Việt Nam"]


def test_the_plan_a_letter_sends_or_a_decision_issues_with_its_own_number_is_no_next_document():
    letter = textwrap.dedent("""\
        ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        XÃ TÂN PHÚ                         Độc lập - Tự do - Hạnh phúc
        Số: 318/UBND-KT                    Tân Phú, ngày 12 tháng 3 năm 2027
        V/v triển khai Kế hoạch phòng, chống dịch bệnh động vật năm 2027
        Kính gửi: Các thôn trên địa bàn xã.
        Thực hiện Kế hoạch số 45/KH-UBND ngày 10/3/2027 của Ủy ban nhân dân tỉnh, Ủy ban nhân dân xã đề nghị các thôn
        triển khai thực hiện Kế hoạch (gửi kèm theo).
        KT. CHỦ TỊCH
        PHÓ CHỦ TỊCH
        Lê Văn Hòa
        ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        TỈNH ĐỒNG THÁP                     Độc lập - Tự do - Hạnh phúc
        Số: 45/KH-UBND                     Đồng Tháp, ngày 10 tháng 3 năm 2027
        KẾ HOẠCH
        Phòng, chống dịch bệnh động vật năm 2027
        I. NHIỆM VỤ
        1. Sở Nông nghiệp và Môi trường chủ trì tổ chức tiêm phòng cho đàn gia súc, hoàn thành trước ngày 30/5/2027.
        2. Sở Tài chính bố trí kinh phí mua vắc xin.
        """)
    assert [task.lead for task in vnplan.extract_text(letter).tasks][-2:] == [
        ["Sở Nông nghiệp và Môi trường"], ["Sở Tài chính"]]


def test_bodies_that_join_tasks_naming_no_lead_by_reference_lead_them():
    plan = textwrap.dedent("""\
        ỦY BAN NHÂN DÂN TỈNH BẮC NINH        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Số: 101/KH-UBND                       Bắc Ninh, ngày 02 tháng 3 năm 2027
        KẾ HOẠCH
        Nâng cao chất lượng dân số năm 2027
        I. NHIỆM VỤ, GIẢI PHÁP
        1. Nâng cao chất lượng dịch vụ
        a) Mở rộng mạng lưới dịch vụ sàng lọc tại tuyến xã, hoàn thành trước ngày 30/9/2027.
        b) Đào tạo, tập huấn cho nhân viên y tế thôn.
        II. TỔ CHỨC THỰC HIỆN
        1. Sở Y tế phối hợp với Ủy ban nhân dân các xã, phường thực hiện các nhiệm vụ tại mục 1 Phần I Kế hoạch này.
        """)
    assert [task.lead for task in vnplan.extract_text(plan).tasks][:2] == [["Sở Y tế"], ["Sở Y tế"]]


MAIL_WITH_A_SIGNATURE = """Từ: Văn phòng Sở <vanphong@bacson.gov.vn>
Đã gửi: Thứ Hai, 15 tháng 3, 2027 8:47 SA
Chủ đề: Kế hoạch kiểm tra an toàn thực phẩm

SỞ Y TẾ TỈNH BẮC SƠN
Số: 45/KH-SYT
Bắc Sơn, ngày 12 tháng 3 năm 2027
KẾ HOẠCH
Kiểm tra an toàn thực phẩm Tết Nguyên đán
II. NHIỆM VỤ
1. Chi cục An toàn vệ sinh thực phẩm chủ trì kiểm tra các cơ sở sản xuất bánh kẹo trước ngày 20/01/2027.
V. TỔ CHỨC THỰC HIỆN
1. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị phản ánh về Sở Y tế để được hướng dẫn./.

Nơi nhận:\tKT. GIÁM ĐỐC
- Lưu: VT.\tPHÓ GIÁM ĐỐC
\tLê Văn Hòa

PHỤ LỤC
PHÂN CÔNG KIỂM TRA
STT\tNội dung\tĐơn vị chủ trì\tThời gian
1\tKiểm tra chợ đầu mối nông sản\tChi cục Quản lý chất lượng\tTháng 01/2027

--
Phòng Nghiệp vụ Y
Chi cục Quản lý chất lượng tỉnh Bắc Sơn
ĐT: 0214.38xxxxx
Thư này được gửi từ Hệ thống thư điện tử công vụ. Vui lòng không trả lời trực tiếp vào địa chỉ này.
"""


def test_an_e_mails_signature_after_the_document_it_carries_is_none_of_it():
    text = normalise(RawText(MAIL_WITH_A_SIGNATURE, "txt"))
    assert "ĐT:" not in text and "Thư này được gửi" not in text and "Chi cục Quản lý chất lượng tỉnh" not in text
    plan = vnplan.extract_text(MAIL_WITH_A_SIGNATURE, strict=False)
    assert [task.lead for task in plan.tasks] == [["Chi cục An toàn vệ sinh thực phẩm"], ["Chi cục Quản lý chất lượng"]]
