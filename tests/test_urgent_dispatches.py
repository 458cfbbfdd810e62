"""Urgent dispatches (Công điện) and the pages that carry them, on text of our own in the style of real ones: the mark
of urgency is none of the issuer's name nor of the title; a news page that announces the dispatch gives its number and
date; a seal read by an OCR does not hide the signer; a list of departments in lower case; the body that only follows
the dispatch up gives no task."""
import textwrap

import vnplan
from vnplan.extract.actors import actors_of

MINISTRY_DISPATCH = textwrap.dedent("""\
    BỘ Y TẾ                              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                         Độc lập - Tự do - Hạnh phúc
    HỎA TỐC
    Số: 12/CĐ-BYT                        Hà Nội, ngày 03 tháng 3 năm 2027

    CÔNG ĐIỆN KHẨN
    Về việc tăng cường phòng, chống dịch sởi trong mùa xuân năm 2027

    BỘ TRƯỞNG BỘ Y TẾ điện:
    - Chủ tịch Ủy ban nhân dân các tỉnh, thành phố;
    - Giám đốc Sở Y tế các tỉnh, thành phố.

    Để chủ động phòng, chống dịch, Bộ trưởng Bộ Y tế yêu cầu:

    1. Các sở: Giáo dục và Đào tạo, Tài chính, Nội vụ theo chức năng, nhiệm vụ phối hợp tổ chức tiêm vắc xin sởi
    cho trẻ em trong trường học, hoàn thành trước ngày 30/4/2027.

    2. Cục Phòng bệnh chỉ đạo giám sát chặt chẽ các ổ dịch, bảo đảm đủ vắc xin cho các địa phương.

    3. Cục Quản lý môi trường y tế theo dõi, đôn đốc việc thực hiện Công điện này; tổng hợp, báo cáo Bộ trưởng kết quả
    thực hiện trước ngày 15/5/2027.

    Nơi nhận: BỘ TRƯỞNG
    - Như trên;
    - Thủ tướng Chính phủ (để b/c); i VÀ Ộ
    - Lưu: VT, DP. Ầ Y TẾ/ ¿

    Trần Minh Quang
    """)


def test_the_mark_of_urgency_is_none_of_the_issuer_nor_of_the_title():
    document = vnplan.extract_text(MINISTRY_DISPATCH).document
    assert (document.type, document.number, document.issuer, document.issued_date) == (
        "Công điện", "12/CĐ-BYT", "Bộ Y tế", "2027-03-03")
    assert document.title == "Về việc tăng cường phòng, chống dịch sởi trong mùa xuân năm 2027"


def test_a_seal_an_ocr_read_beside_the_recipients_does_not_hide_the_signer():
    document = vnplan.extract_text(MINISTRY_DISPATCH).document
    assert (document.signer_title, document.signer) == ("Bộ trưởng", "Trần Minh Quang")


def test_a_list_of_departments_in_lower_case_names_each_and_the_body_following_up_gives_no_task():
    plan = vnplan.extract_text(MINISTRY_DISPATCH)
    assert [task.lead for task in plan.tasks] == [
        ["Sở Giáo dục và Đào tạo", "Sở Tài chính", "Sở Nội vụ"], ["Cục Phòng bệnh"]]
    assert [(duty.reporter, duty.due) for duty in plan.reporting] == [("Cục Quản lý môi trường y tế", "2027-05-15")]


def test_a_class_of_departments_without_their_list_stays_a_class():
    assert [m.name for m in actors_of("Các sở, ban, ngành theo chức năng chỉ đạo").leads] == ["Các sở, ban, ngành"]


NEWS_PAGE = textwrap.dedent("""\
    BÁO ĐIỆN TỬ TỈNH
    CƠ QUAN CỦA ĐẢNG BỘ, CHÍNH QUYỀN VÀ NHÂN DÂN NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM TẠI TỈNH
    Trang chủ > Thời sự > Phòng, chống thiên tai
    CÔNG ĐIỆN KHẨN: Chủ động ứng phó mưa lớn, lũ quét ở các xã vùng núi
    10/08/2027 20:15
    Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn vừa ký Công điện số 21/CĐ-UBND ngày 10/8/2027 về việc chủ động ứng phó
    với mưa lớn, lũ quét và sạt lở đất.
    Báo trân trọng giới thiệu toàn văn Công điện:
    CÔNG ĐIỆN
    Về việc chủ động ứng phó với mưa lớn, lũ quét và sạt lở đất
    CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:
    - Giám đốc các sở, ngành;
    - Chủ tịch Ủy ban nhân dân các xã, phường.
    1. Chủ tịch Ủy ban nhân dân các xã, phường tổ chức sơ tán người dân ra khỏi khu vực nguy hiểm, hoàn thành trước
    17 giờ ngày 11/8/2027.
    2. Sở Xây dựng bố trí lực lượng, phương tiện bảo đảm giao thông trên các tuyến quốc lộ, đường tỉnh.
    KT. CHỦ TỊCH
    PHÓ CHỦ TỊCH
    Hoàng Văn Sơn
    Từ khóa: Công điện, mưa lũ
    """)


def test_a_news_page_that_announces_the_dispatch_gives_its_number_date_and_title():
    document = vnplan.extract_text(NEWS_PAGE).document
    assert (document.type, document.number, document.issued_date) == ("Công điện", "21/CĐ-UBND", "2027-08-10")
    assert document.title == "Về việc chủ động ứng phó với mưa lớn, lũ quét và sạt lở đất"
    assert document.issuer == "Ủy ban nhân dân tỉnh Lạng Sơn"
