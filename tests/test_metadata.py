"""Document metadata from small headers and signature blocks written for these tests."""
import pytest

import vnplan
from vnplan.extract.metadata import extract_metadata
from vnplan.normalise import normalise
from vnplan.read import RawText

BODY = "\nI. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n- Triển khai kịp thời các nhiệm vụ được giao.\n"
RECIPIENTS = "Nơi nhận:\n- Như trên;\n- Lưu: VT, TH.\n"


def meta(raw: str, fmt: str = "txt"):
    return extract_metadata(normalise(RawText(raw, fmt)))


PLAIN = (
    "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\n-------\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n"
    "Số: 45/KH-UBND\nQuảng Trị, ngày 03 tháng 4 năm 2024\n\n"
    "KẾ HOẠCH\nPHÁT TRIỂN DU LỊCH CỘNG ĐỒNG TRÊN ĐỊA BÀN TỈNH\nGIAI ĐOẠN 2024 - 2026\n\n"
    "Thực hiện Nghị quyết số 12/NQ-CP ngày 10/01/2024 của Chính phủ, UBND tỉnh ban hành Kế hoạch như sau:\n"
    + BODY + RECIPIENTS + "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLê Văn Hòa\n"
)


def test_plain_header_and_signature_block():
    doc = meta(PLAIN)
    assert (doc.number, doc.type, doc.issued_date) == ("45/KH-UBND", "Kế hoạch", "2024-04-03")
    assert (doc.issuer, doc.province) == ("Ủy ban nhân dân tỉnh Quảng Trị", "Quảng Trị")
    assert doc.title == "PHÁT TRIỂN DU LỊCH CỘNG ĐỒNG TRÊN ĐỊA BÀN TỈNH GIAI ĐOẠN 2024 - 2026"
    assert (doc.signer, doc.signer_title) == ("Lê Văn Hòa", "Phó Chủ tịch")


def test_table_rows_give_the_issuer_cell_across_rows():
    raw = (
        "| ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
        "| TỈNH LÀO CAI | Độc lập - Tự do - Hạnh phúc |\n"
        "| Số: 7/KH-UBND | Lào Cai, ngày 9 tháng 1 năm 2025 |\n\n"
        "KẾ HOẠCH\nCHUYỂN ĐỔI SỐ NĂM 2025\n" + BODY
    )
    doc = meta(raw)
    assert (doc.issuer, doc.province, doc.number, doc.issued_date) == (
        "Ủy ban nhân dân tỉnh Lào Cai", "Lào Cai", "7/KH-UBND", "2025-01-09")


def test_header_table_flattened_onto_one_line_keeps_the_number_out_of_the_place():
    raw = (
        "ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - "
        "Hạnh phúc --------------- | Số: 12/KH-UBND | Cần Thơ, ngày 5 tháng 3 năm 2025 |\n"
        "KẾ HOẠCH\nKIỂM TRA CÔNG TÁC CẢI CÁCH HÀNH CHÍNH NĂM 2025\n" + BODY
        + RECIPIENTS.replace("\n", " ").strip() + " | TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Đỗ Minh Tâm\n"
    )
    doc = meta(raw)
    assert (doc.issuer, doc.province) == ("Ủy ban nhân dân thành phố Cần Thơ", "Cần Thơ")
    assert (doc.number, doc.issued_date) == ("12/KH-UBND", "2025-03-05")
    assert (doc.signer, doc.signer_title) == ("Đỗ Minh Tâm", "Phó Chủ tịch")


def test_city_without_its_level_in_the_header_takes_it_from_the_text():
    raw = (
        "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
        "Số: 88/KH-UBND | Đà Nẵng, ngày 2 tháng 6 năm 2025 |\n"
        "KẾ HOẠCH\nPHÁT TRIỂN GIAO THÔNG CÔNG CỘNG\n"
        "Thực hiện chủ trương của Thành ủy, Ủy ban nhân dân thành phố Đà Nẵng ban hành Kế hoạch:\n" + BODY
    )
    doc = meta(raw)
    assert (doc.issuer, doc.province) == ("Ủy ban nhân dân thành phố Đà Nẵng", "Đà Nẵng")


@pytest.mark.parametrize("mentions, level", [
    ("Ủy ban nhân dân Thành phố Đà Nẵng ban hành Kế hoạch; các xã của tỉnh Đà Nẵng", "tỉnh"),
    ("Ủy ban nhân dân Thành phố Đà Nẵng, THÀNH PHỐ Đà Nẵng và các xã của tỉnh Đà Nẵng", "thành phố"),
    ("Các sở của tỉnh Đà Nẵng và tỉnh  Đà Nẵng", "tỉnh"),
], ids=["tie", "any-case", "province"])
def test_the_level_is_the_one_the_text_gives_the_name_most_often(mentions, level):
    """Ties go to "tỉnh"; "thành phố" is read in any case, and any spacing may stand before the name."""
    raw = (
        "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
        "Số: 88/KH-UBND | Đà Nẵng, ngày 2 tháng 6 năm 2025 |\n"
        f"KẾ HOẠCH\nPHÁT TRIỂN GIAO THÔNG CÔNG CỘNG\nThực hiện chủ trương của Thành ủy, {mentions}:\n" + BODY
    )
    assert meta(raw).issuer == f"Ủy ban nhân dân {level} Đà Nẵng"


def test_markdown_web_copy_with_cell_lines_bold_and_wrapped_date():
    raw = (
        "|\n**ỦY BAN NHÂN DÂN**\nTỈNH NINH BÌNH\n-------\n|\n**CỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM**\n"
        "Độc lập - Tự do - Hạnh phúc\n---------------\n|\n|\nSố: 301/KH-UBND\n|\n*Ninh Bình, ngày 14\n"
        "tháng 10 năm 2025*\n|\n\n** **\n\n**KẾ HOẠCH**\n\nBẢO TỒN VÀ PHÁT HUY GIÁ TRỊ DI SẢN VĂN HÓA\n"
        "TRÊN ĐỊA BÀN TỈNH NĂM 2026\n\nCăn cứ Luật Di sản văn hóa ngày 23 tháng 11 năm 2024;\n\n"
        "**I. MỤC ĐÍCH, YÊU CẦU**\n\n- Bảo tồn di sản.\n\n**Nơi nhận:**\n- Lưu: VT.\n|\n"
        "**TM. ỦY BAN NHÂN\nDÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH**\n\n\n\n\nTrịnh Quốc Khánh\n|\n"
    )
    doc = meta(raw, "md")
    assert (doc.issuer, doc.province, doc.number, doc.issued_date) == (
        "Ủy ban nhân dân tỉnh Ninh Bình", "Ninh Bình", "301/KH-UBND", "2025-10-14")
    assert doc.title == "BẢO TỒN VÀ PHÁT HUY GIÁ TRỊ DI SẢN VĂN HÓA TRÊN ĐỊA BÀN TỈNH NĂM 2026"
    assert (doc.signer, doc.signer_title) == ("Trịnh Quốc Khánh", "Phó Chủ tịch")


def test_letter_spaced_header_and_name_are_read_back():
    raw = (
        "ỦY B AN NHÂN D Â N\nTỈNH QU ẢNG NAM\nC ỘNG H ÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Số: 19/KH-UBND\nQuảng Nam, ngày 8 tháng 8 năm 2024\nKẾ HOẠCH\nPHÒNG CHỐNG THIÊN TAI NĂM 2024\n"
        + BODY + RECIPIENTS + "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNgu y ễn Văn Bình\n"
    )
    doc = meta(raw)
    assert (doc.issuer, doc.province) == ("Ủy ban nhân dân tỉnh Quảng Nam", "Quảng Nam")
    assert (doc.signer, doc.signer_title) == ("Nguyễn Văn Bình", "Chủ tịch")


def test_old_tone_marks_in_the_header():
    doc = meta(PLAIN.replace("ỦY BAN NHÂN DÂN\nTỈNH", "UỶ BAN NHÂN DÂN\nTỈNH"))
    assert doc.issuer == "Ủy ban nhân dân tỉnh Quảng Trị"


PRIME_MINISTER = (
    "THỦ TƯỚNG\nCHÍNH PHỦ\n--------\nCỘNG HÒA XÃ\nHỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "--------------- Số: 1502/QĐ-TTg Hà Nội, ngày\n12 tháng 9 năm 2025\n"
    "QUYẾT ĐỊNH\nBAN HÀNH KẾ HOẠCH TRIỂN KHAI THI HÀNH LUẬT\nTHỦ ĐÔ\nTHỦ TƯỚNG CHÍNH PHỦ\n"
    "Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;\nQUYẾT ĐỊNH:\n"
    "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch triển khai thi hành Luật Thủ đô.\n"
    "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n"
    + RECIPIENTS + "THỦ TƯỚNG\nĐinh Văn Long\n"
    "KẾ HOẠCH\nTRIỂN KHAI THI HÀNH LUẬT THỦ ĐÔ\n(Kèm theo Quyết định số 1502/QĐ-TTg)\n" + BODY
    + RECIPIENTS + "KT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\nHà Minh Quân\n"
)


def test_prime_minister_decision_is_the_document_and_has_no_province():
    doc = meta(PRIME_MINISTER)
    assert (doc.number, doc.type, doc.issued_date) == ("1502/QĐ-TTg", "Quyết định", "2025-09-12")
    assert (doc.issuer, doc.province) == ("Thủ tướng Chính phủ", None)
    assert doc.title == "BAN HÀNH KẾ HOẠCH TRIỂN KHAI THI HÀNH LUẬT THỦ ĐÔ"
    assert (doc.signer, doc.signer_title) == ("Đinh Văn Long", "Thủ tướng")


@pytest.mark.parametrize("cell, signature, issuer, office", [
    ("BỘ KẾ HOẠCH VÀ ĐẦU TƯ", "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG", "Bộ Kế hoạch và Đầu tư", "Thứ trưởng"),
    ("BỘ GIÁO DỤC VÀ ĐÀO TẠO", "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG THƯỜNG TRỰC", "Bộ Giáo dục và Đào tạo", "Thứ trưởng Thường trực"),
    ("BỘ VĂN HÓA, THỂ THAO\nVÀ DU LỊCH", "BỘ TRƯỞNG", "Bộ Văn hóa, Thể thao và Du lịch", "Bộ trưởng"),
    ("VĂN PHÒNG CHÍNH PHỦ", "KT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM", "Văn phòng Chính phủ", "Phó Chủ nhiệm"),
    ("BAN CHỈ ĐẠO TRUNG ƯƠNG\nCÁC CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA", "TRƯỞNG BAN\n\nPHÓ THỦ TƯỚNG",
     "Ban Chỉ đạo Trung ương các chương trình mục tiêu quốc gia", "Trưởng ban"),
    ("CHÍNH PHỦ", "TM. CHÍNH PHỦ\nTHỦ TƯỚNG", "Chính phủ", "Thủ tướng"),
    # any deputy may be the standing one
    ("BAN CHỈ ĐẠO TRUNG ƯƠNG\nVỀ PHÒNG CHỐNG THIÊN TAI", "KT. TRƯỞNG BAN\nPHÓ TRƯỞNG BAN THƯỜNG TRỰC",
     "Ban Chỉ đạo Trung ương về phòng chống thiên tai", "Phó Trưởng ban Thường trực"),
])
def test_central_bodies_as_issuers(cell, signature, issuer, office):
    raw = (
        f"{cell}\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 77/KH-ABC\nHà Nội, ngày 20 tháng 5 năm 2025\nKẾ HOẠCH\nTRIỂN KHAI NHIỆM VỤ NĂM 2025\n"
        + BODY + RECIPIENTS + f"{signature}\nVũ Thị Lan\n"
    )
    doc = meta(raw)
    assert (doc.issuer, doc.province) == (issuer, None)
    assert (doc.signer, doc.signer_title) == ("Vũ Thị Lan", office)


def test_a_department_under_its_province():
    raw = (
        "UBND TỈNH BẮC KẠN\nSỞ Y TẾ\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 5/KH-SYT\nBắc Kạn, ngày 1 tháng 2 năm 2025\nKẾ HOẠCH\nTIÊM CHỦNG MỞ RỘNG NĂM 2025\n" + BODY
        + RECIPIENTS + "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nHoàng Thị Mai\n"
    )
    doc = meta(raw)
    assert (doc.issuer, doc.province) == ("Sở Y tế tỉnh Bắc Kạn", "Bắc Kạn")  # every province has a Sở Y tế
    assert (doc.signer, doc.signer_title) == ("Hoàng Thị Mai", "Phó Giám đốc")


def test_decision_title_stops_at_the_authority_line():
    raw = PLAIN.replace("KẾ HOẠCH\nPHÁT TRIỂN DU LỊCH CỘNG ĐỒNG TRÊN ĐỊA BÀN TỈNH\nGIAI ĐOẠN 2024 - 2026\n\nThực hiện",
                        "QUYẾT ĐỊNH\nBAN HÀNH KẾ HOẠCH PHÁT TRIỂN DU LỊCH\nCỘNG ĐỒNG NĂM 2024\n"
                        "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\nCăn cứ").replace("45/KH-UBND", "45/QĐ-UBND")
    doc = meta(raw)
    assert (doc.type, doc.number) == ("Quyết định", "45/QĐ-UBND")
    assert doc.title == "BAN HÀNH KẾ HOẠCH PHÁT TRIỂN DU LỊCH CỘNG ĐỒNG NĂM 2024"


def test_a_thong_tri_of_the_front_is_a_type_and_its_title_follows():
    doc = meta("ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM\nTỈNH AN GIANG\nBAN THƯỜNG TRỰC\nSố: 09/TTr-MTTQ-BTT\n"
               "An Giang, ngày 02 tháng 12 năm 2026\nTHÔNG TRI\nVề việc tổ chức Ngày hội Đại đoàn kết năm 2027\n"
               "Thực hiện Kế hoạch số 12/KH-MTTW-BTT ngày 10/11/2026 của Ban Thường trực.\n")
    assert (doc.type, doc.title) == ("Thông tri", "Về việc tổ chức Ngày hội Đại đoàn kết năm 2027")


def test_a_type_word_glued_to_its_title():
    """A copy that lost the markup between the type word and the title: "THÔNG TƯQuy định …"."""
    raw = PLAIN.replace("KẾ HOẠCH\nPHÁT TRIỂN DU LỊCH CỘNG ĐỒNG TRÊN ĐỊA BÀN TỈNH\nGIAI ĐOẠN 2024 - 2026\n",
                        "KẾ HOẠCHPhát triển du lịch cộng đồng năm 2026\n")
    doc = meta(raw)
    assert (doc.type, doc.title) == ("Kế hoạch", "Phát triển du lịch cộng đồng năm 2026")


def test_signature_without_a_name_still_gives_the_office():
    doc = meta(PLAIN.replace("\n\nLê Văn Hòa\n", "\n"))
    assert (doc.signer, doc.signer_title) == (None, "Phó Chủ tịch")


def test_a_portal_page_around_the_document():
    raw = (
        "Bản quyền thuộc về cổng thông tin. Đăng nhập để tải văn bản.\n"
        "| Số hiệu: | 45/KH-UBND |\n| Loại văn bản: | Kế hoạch |\n| Nơi ban hành: | Tỉnh Quảng Trị |\n"
        "| Người ký: | Lê Văn Hòa |\n| Ngày ban hành: | 03/04/2024 |\n| Tình trạng: | Đã biết |\n"
        + PLAIN.replace("\n\nLê Văn Hòa\n", "\n\nLê Văn Hòa Kế hoạch 45/KH-UBND năm 2024 về phát triển du lịch\n")
    )
    doc = meta(raw)
    assert (doc.issuer, doc.province, doc.number, doc.issued_date) == (
        "Ủy ban nhân dân tỉnh Quảng Trị", "Quảng Trị", "45/KH-UBND", "2024-04-03")
    assert (doc.signer, doc.signer_title) == ("Lê Văn Hòa", "Phó Chủ tịch")


def test_portal_fields_fill_in_for_a_copy_without_header():
    raw = (
        "Thực hiện Nghị quyết số 12/NQ-CP của Chính phủ, UBND tỉnh ban hành Kế hoạch như sau:\n" + BODY
        + "| Cơ quan ban hành | Tỉnh Quảng Trị |\n| Số hiệu | 45/KH-UBND |\n| Người ký | Lê Văn Hòa |\n"
        "| Ngày ban hành | 2024-04-03 |\n"
    )
    doc = meta(raw)
    assert (doc.number, doc.issued_date, doc.signer) == ("45/KH-UBND", "2024-04-03", "Lê Văn Hòa")
    assert (doc.issuer, doc.province) == ("Ủy ban nhân dân tỉnh Quảng Trị", "Quảng Trị")
    assert doc.title.startswith("Thực hiện Nghị quyết số 12/NQ-CP")


def test_a_document_systems_fields_stand_for_the_printed_header():
    """A copy from an office's document-management system: its field lines ("Số ký hiệu:", "Cơ quan ban hành:",
    "Trích yếu:") stand in for the printed header, the body named as the issuer, its province from its name."""
    raw = ("HỆ THỐNG QUẢN LÝ VĂN BẢN VÀ ĐIỀU HÀNH\nVăn bản đến > Chi tiết\nSố ký hiệu: 17/BQL-KT\n"
           "Ngày ban hành: 14/10/2026\nLoại văn bản: Công văn\nCơ quan ban hành: Ban Quản lý các khu công nghiệp tỉnh "
           "Bình Minh\nNgười ký: Trần Thị Mai\nTrích yếu: V/v rà soát hạ tầng phòng cháy trong khu công nghiệp\n"
           "Nội dung văn bản:\nKính gửi: Các doanh nghiệp trong khu công nghiệp.\n" + BODY)
    doc = meta(raw)
    assert (doc.number, doc.issued_date, doc.issuer, doc.province) == (
        "17/BQL-KT", "2026-10-14", "Ban Quản lý các khu công nghiệp tỉnh Bình Minh", "Bình Minh")
    assert doc.title == "V/v rà soát hạ tầng phòng cháy trong khu công nghiệp"
    # a place in the field is where the document comes from, the province's committee its issuer
    place = meta(raw.replace("Cơ quan ban hành: Ban Quản lý các khu công nghiệp tỉnh Bình Minh", "Nơi ban hành: Bình Minh"))
    assert (place.issuer, place.province) == ("Ủy ban nhân dân tỉnh Bình Minh", "Bình Minh")


def test_number_before_the_motto_in_a_text_layer():
    raw = (
        "ỦY BAN NHÂN DÂN\nTỈNH YÊN BÁI\nSố: 61/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nYên Bái, ngày 11 tháng 3 năm 2024\nKẾ HOẠCH\nTRỒNG RỪNG NĂM 2024\n" + BODY
    )
    doc = meta(raw)
    assert (doc.issuer, doc.number, doc.issued_date) == ("Ủy ban nhân dân tỉnh Yên Bái", "61/KH-UBND", "2024-03-11")


def test_citations_in_a_non_document_are_not_its_header():
    raw = ("Bài viết về lịch sử tòa nhà.\n" * 30) + 'Nguồn: "Quyết định Số: 864/QĐ-TTg về việc thành lập Ban Chỉ đạo".\n'
    doc = meta(raw)
    assert doc.number is None and doc.signer is None


@pytest.mark.parametrize("raw", ["", "\n\n", "Số:", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "KT. CHỦ TỊCH", "| | |\n" * 50])
def test_fragments_give_empty_fields_not_errors(raw):
    doc = extract_metadata(raw)
    assert doc.number is None and doc.signer is None


def test_name_ends_before_a_footnote_mark_or_the_portal_caption():
    assert meta(PLAIN.replace("\n\nLê Văn Hòa\n", "\n\nLê Văn Hòa [1] Dự án du lịch sinh thái.\n")).signer == "Lê Văn Hòa"
    assert meta(PLAIN.replace("\n\nLê Văn Hòa\n", "\n\nLê Văn Hòa Kế hoạch 45/KH-UBND\n")).signer == "Lê Văn Hòa"


def test_letter_takes_its_subject_line_as_title():
    raw = (
        "BỘ TÀI CHÍNH\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "--------------- Số: 950/BTC-NSNN V/v hướng dẫn lập dự toán năm 2026 Hà Nội, ngày 4 tháng 7 năm 2025\n"
        "Kính gửi: Ủy ban nhân dân các tỉnh, thành phố.\n" + BODY + RECIPIENTS + "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nĐào Văn Sơn\n"
    )
    doc = meta(raw)
    assert (doc.type, doc.title, doc.issued_date) == ("Công văn", "hướng dẫn lập dự toán năm 2026", "2025-07-04")
    assert (doc.issuer, doc.province, doc.signer_title) == ("Bộ Tài chính", None, "Thứ trưởng")


def test_a_letters_subject_under_a_number_line_that_also_holds_the_place_and_date():
    # the two header columns copied side by side: "Số: …" and the place line on one line, the "V/v …" under them
    raw = (
        "ỦY BAN NHÂN DÂN                          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "TỈNH BÌNH MINH                                 Độc lập - Tự do - Hạnh phúc\n"
        "Số: 412/UBND-KT                          Bình Minh, ngày 09 tháng 3 năm 2026\n"
        "V/v khắc phục hậu quả mưa lũ trên địa bàn tỉnh\n\n"
        "Kính gửi: Các sở, ban, ngành tỉnh.\n" + BODY + RECIPIENTS + "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTrần Văn Hải\n"
    )
    doc = meta(raw)
    assert (doc.type, doc.title, doc.issued_date) == ("Công văn", "khắc phục hậu quả mưa lũ trên địa bàn tỉnh", "2026-03-09")


def test_a_date_cited_in_the_body_is_not_the_issued_date():
    raw = PLAIN.replace("Quảng Trị, ngày 03 tháng 4 năm 2024", "Quảng Trị, ngày 03 tháng 4 năm")
    raw = raw.replace("Thực hiện Nghị quyết", "Căn cứ Luật Du lịch ngày 19 tháng 6 năm 2017;\nThực hiện Nghị quyết")
    assert meta(raw).issued_date is None


def test_type_word_wrapped_in_a_narrow_cell_and_authority_line_without_issuer_cell():
    raw = (
        "Số: 1702/NQ-UBTVQH15 |\n|\nNGHỊ\nQUYẾT\nVề việc sắp xếp các đơn vị hành chính cấp xã năm 2025\n"
        "ỦY BAN THƯỜNG VỤ QUỐC HỘI\nCăn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n" + BODY
    )
    doc = meta(raw)
    assert (doc.number, doc.type) == ("1702/NQ-UBTVQH15", "Nghị quyết")
    assert doc.title == "Về việc sắp xếp các đơn vị hành chính cấp xã năm 2025"
    assert (doc.issuer, doc.province) == ("Ủy ban Thường vụ Quốc hội", None)


def test_party_header_with_its_own_motto():
    raw = (
        "BAN CHẤP HÀNH TRUNG ƯƠNG\nBAN TUYÊN GIÁO VÀ DÂN VẬN\nĐẢNG CỘNG SẢN VIỆT NAM\n---------------\n"
        "Số: 12-KH/BTGDVTW\nHà Nội, ngày 2 tháng 12 năm 2025\nKẾ HOẠCH\nTUYÊN TRUYỀN NĂM 2026\n" + BODY
    )
    doc = meta(raw)
    assert (doc.number, doc.issued_date, doc.province) == ("12-KH/BTGDVTW", "2025-12-02", None)
    assert doc.issuer == "Ban Tuyên giáo và Dân vận Trung ương"  # the Central Committee's commission, by its name


def test_unit_under_its_province_and_a_wrapped_province_name():
    header = ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ {}\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
              "Số: 31/KH-TTPV\nThành phố Hồ Chí Minh, ngày 6 tháng 10 năm 2025\nKẾ HOẠCH\nSỐ HÓA HỒ SƠ NĂM 2025\n" + BODY)
    doc = meta(header.format("HỒ CHÍ MINH\nTRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG"))
    assert (doc.issuer, doc.province) == ("Trung tâm phục vụ hành chính công thành phố Hồ Chí Minh", "Hồ Chí Minh")
    doc = meta(header.format("HỒ CHÍ\nMINH"))
    assert (doc.issuer, doc.province) == ("Ủy ban nhân dân thành phố Hồ Chí Minh", "Hồ Chí Minh")
    # a copy that ran the cell's lines together: the place line's name, then the unit
    doc = meta(header.replace("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ {}", "UBND THÀNH PHỐ HỒ CHÍ MINH TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG"))
    assert (doc.issuer, doc.province) == ("Trung tâm phục vụ hành chính công thành phố Hồ Chí Minh", "Hồ Chí Minh")


def test_html_header_cells_keep_their_line_breaks_apart():
    from vnplan.read import read_bytes

    page = (
        "<html><body><table><tr><td><b>ỦY BAN NHÂN DÂN<br>TỈNH QUẢNG TRỊ</b><br>-------</td>"
        "<td><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br>Độc lập - Tự do - Hạnh phúc</td></tr>"
        "<tr><td>Số: 45/KH-UBND</td><td><i>Quảng Trị, ngày 03 tháng 4 năm 2024</i></td></tr></table>"
        "<p><b>KẾ HOẠCH</b></p><p><b>PHÁT TRIỂN DU LỊCH<br>CỘNG ĐỒNG</b></p><p>Thực hiện Nghị quyết số 12/NQ-CP.</p>"
        "<table><tr><td><b>Nơi nhận:</b><br>- Lưu: VT.</td><td><b>TM. ỦY BAN NHÂN DÂN<br>KT. CHỦ TỊCH<br>"
        "PHÓ CHỦ TỊCH<br><br>Lê Văn Hòa</b></td></tr></table></body></html>"
    )
    doc = extract_metadata(normalise(read_bytes(page.encode(), "ke-hoach.html")))
    assert (doc.issuer, doc.province, doc.number) == ("Ủy ban nhân dân tỉnh Quảng Trị", "Quảng Trị", "45/KH-UBND")
    assert (doc.signer, doc.signer_title) == ("Lê Văn Hòa", "Phó Chủ tịch")


def test_every_header_line_flattened_into_cells():
    head = PLAIN[:PLAIN.index("KẾ HOẠCH")].replace("XÃ HỘI CHỦ", "XÃ HỘI\nCHỦ").replace("ngày 03 tháng", "ngày 03\ntháng")
    raw = " | ".join(line for line in head.split("\n") if line) + "\n" + PLAIN[PLAIN.index("KẾ HOẠCH"):]
    doc = meta(raw)
    assert (doc.issuer, doc.number, doc.issued_date) == ("Ủy ban nhân dân tỉnh Quảng Trị", "45/KH-UBND", "2024-04-03")


def test_number_first_text_layer_under_a_portal_table():
    raw = (
        "Số hiệu:\n45/KH-BNV\nLoại văn bản:\nKế hoạch\nNgười ký:\nLê Văn Hòa\n"
        "BỘ NỘI VỤ\nSố: 45/KH-BNV\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nHà Nội, ngày 03 tháng 4 năm 2024\n" + PLAIN[PLAIN.index("KẾ HOẠCH"):]
    )
    doc = meta(raw)
    assert (doc.issuer, doc.province, doc.number, doc.issued_date) == ("Bộ Nội vụ", None, "45/KH-BNV", "2024-04-03")


def test_markdown_heading_type_word():
    doc = meta(PLAIN.replace("KẾ HOẠCH\nPHÁT", "## KẾ HOẠCH\n## PHÁT"))
    assert (doc.type, doc.title) == ("Kế hoạch", "PHÁT TRIỂN DU LỊCH CỘNG ĐỒNG TRÊN ĐỊA BÀN TỈNH GIAI ĐOẠN 2024 - 2026")


@pytest.mark.parametrize("cell, place, issuer, province", [
    ("TỈNH BÀ RỊA - VŨNG TÀU", "Bà Rịa - Vũng Tàu", "Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu", "Bà Rịa - Vũng Tàu"),
    ("THÀNH PHỐ HỒ CHÍ MINH", "Tp. Hồ Chí Minh", "Ủy ban nhân dân thành phố Hồ Chí Minh", "Hồ Chí Minh"),
    ("TỈNH NINH THUẬN", "Phan Rang-Tháp Chàm", "Ủy ban nhân dân tỉnh Ninh Thuận", "Ninh Thuận"),
])
def test_place_line_forms(cell, place, issuer, province):
    raw = PLAIN.replace("TỈNH QUẢNG TRỊ", cell).replace("Quảng Trị, ngày", f"{place}, ngày")
    doc = meta(raw)
    assert (doc.issuer, doc.province, doc.issued_date) == (issuer, province, "2024-04-03")


def test_signed_mark_between_office_and_name():
    doc = meta(PLAIN.replace("PHÓ CHỦ TỊCH\n\nLê Văn Hòa", "PHÓ CHỦ TỊCH\n(Đã ký)\nLê Văn Hòa"))
    assert (doc.signer, doc.signer_title) == ("Lê Văn Hòa", "Phó Chủ tịch")


def test_two_columns_side_by_side_in_a_pdf_text_layer():
    raw = (
        "      ỦY BAN NHÂN DÂN               CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "     TỈNH QUẢNG TRỊ                    Độc lập - Tự do - Hạnh phúc\n"
        "        -------                          ---------------\n"
        "   Số: 45/KH-UBND                 Quảng Trị, ngày 03 tháng 4 năm 2024\n\n"
        + PLAIN[PLAIN.index("KẾ HOẠCH"):].replace("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLê Văn Hòa\n",
                                                   "Nơi nhận:                              TM. ỦY BAN NHÂN DÂN\n"
                                                   "- Như trên;                             KT. CHỦ TỊCH\n"
                                                   "- Lưu: VT.                              PHÓ CHỦ TỊCH\n\n"
                                                   "                                        Lê Văn Hòa\n")
    )
    doc = meta(raw)
    assert (doc.issuer, doc.province, doc.number, doc.issued_date) == (
        "Ủy ban nhân dân tỉnh Quảng Trị", "Quảng Trị", "45/KH-UBND", "2024-04-03")
    assert (doc.signer, doc.signer_title) == ("Lê Văn Hòa", "Phó Chủ tịch")


def test_party_markers_in_the_signature():
    doc = meta(PLAIN.replace("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "K/T TRƯỞNG BAN\nPHÓ TRƯỞNG BAN"))
    assert (doc.signer, doc.signer_title) == ("Lê Văn Hòa", "Phó Trưởng ban")


def test_references_after_the_signature_belong_to_the_portal_unless_an_attachment_follows():
    import vnplan
    head = ("ỦY BAN NHÂN DÂN\nTỈNH BÌNH MINH\nSố: 12/KH-UBND\nBình Minh, ngày 2 tháng 3 năm 2026\nKẾ HOẠCH\n"
            "Chuyển đổi số năm 2026\nThực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị.\n"
            "I. NHIỆM VỤ\n1. Sở Tài chính bố trí kinh phí.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Văn An\n")
    portal = "Trang này tuân thủ Nghị định 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân.\n"
    annex = "PHỤ LỤC\n(Kèm theo Kế hoạch số 12/KH-UBND)\nTheo Quyết định số 45/QĐ-UBND ngày 1/2/2026.\n"
    assert {r.number for r in vnplan.extract_text(head + portal).references} == {"57-NQ/TW"}
    assert {r.number for r in vnplan.extract_text(head + annex).references} == {"57-NQ/TW", "45/QĐ-UBND"}


def test_a_wards_committee_under_its_citys_issues_the_plan():
    doc = meta("ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG\nỦY BAN NHÂN DÂN PHƯỜNG AN BIÊN\n"
               "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 12/KH-UBND\n"
               "An Biên, ngày 3 tháng 4 năm 2026\nKẾ HOẠCH\nLập lại trật tự vỉa hè năm 2026\n")
    assert (doc.issuer, doc.province) == ("Ủy ban nhân dân phường An Biên", "Hải Phòng")


def test_a_district_header_takes_its_province_from_the_text():
    raw = (PLAIN.replace("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ", "ỦY BAN NHÂN DÂN\nHUYỆN CAM LỘ")
           .replace("Quảng Trị, ngày", "Cam Lộ, ngày")
           .replace("của Chính phủ, UBND tỉnh", "của Chính phủ, Kế hoạch số 3/KH-UBND của UBND tỉnh Quảng Trị, UBND huyện"))
    doc = meta(raw)
    assert (doc.issuer, doc.province) == ("Ủy ban nhân dân huyện Cam Lộ", "Quảng Trị")


def test_a_one_letter_first_name_belongs_to_the_name_not_the_block():
    doc = meta(PLAIN.replace("Lê Văn Hòa", "Y Nguôn Byă"))
    assert (doc.signer, doc.signer_title) == ("Y Nguôn Byă", "Phó Chủ tịch")


def test_a_signers_name_at_the_end_of_the_last_recipients_line():
    raw = PLAIN[:PLAIN.index(RECIPIENTS)] + (
        "Nơi nhận: TM. ỦY BAN NHÂN DÂN\n- Bộ Văn hóa, Thể thao và Du lịch; KT. CHỦ TỊCH\n- TT Tỉnh ủy; PHÓ CHỦ TỊCH\n"
        "- Chủ tịch, các PCT UBND tỉnh;\n- Các sở, ban, ngành;\n- Lưu: VT, KGVX. Lê Văn Hòa\n")
    doc = meta(raw)
    assert (doc.signer, doc.signer_title) == ("Lê Văn Hòa", "Phó Chủ tịch")


def test_a_sites_contact_block_ends_the_attachments():
    from vnplan.extract.metadata import document_ends
    text = ("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Văn An\nPHỤ LỤC\n| 1 | Rà soát thủ tục | Sở Tư pháp | Quý II/2026 |\n"
            "| Địa chỉ: | 12 Đường Hoa, Quận 1 | Điện thoại: | 028 3930 | E-mail: | hop@thu.vn |\n"
            "Thực hiện Nghị định 13/2023/NĐ-CP, chúng tôi cập nhật quy chế.\n")
    ends = document_ends(text, "Lê Văn An")
    assert ends.body == ends.page and text[:ends.body].endswith("| Quý II/2026 |\n")
    assert text[:ends.signature].endswith("Lê Văn An")


def test_an_annex_run_into_the_cell_after_the_signature_is_the_documents_own():
    from vnplan.extract.metadata import document_ends
    # a copy whose last table ran the annex's heading into the row of the signature
    text = ("| Nơi nhận: - Như Điều 3; - Lưu: VT. | KT. CHỦ TỊCH PHÓ CHỦ TỊCH Lê Văn An | DANH MỤC THỦ TỤC HÀNH CHÍNH "
            "(Kèm theo Quyết định số 15/QĐ-UBND) | STT | Tên thủ tục | Căn cứ pháp lý |\n"
            "| 1 | Cấp giấy phép | Nghị định số 12/2025/NĐ-CP |\n")
    ends = document_ends(text, "Lê Văn An")
    assert text[:ends.signature].endswith("Lê Văn An ") and ends.body == len(text)
    # the annex's title broken so that its second line opens the cell: the line saying what it is attached to tells
    text = text.replace("DANH MỤC THỦ TỤC HÀNH CHÍNH (Kèm", "THỦ TỤC HÀNH CHÍNH LĨNH VỰC BÁO CHÍ (Kèm")
    assert document_ends(text, "Lê Văn An").body == len(text)


def test_a_contact_block_an_attachment_still_follows_is_the_attachments_own():
    from vnplan.extract.metadata import document_ends
    text = ("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Văn An\nPHỤ LỤC\nĐầu mối tiếp nhận phản ánh:\nĐịa chỉ: 12 Đường Hoa\n"
            "Điện thoại: 028 3930\nE-mail: tiepnhan@binhminh.gov.vn\n| 1 | Rà soát thủ tục | Sở Tư pháp | Quý II/2026 |\n")
    ends = document_ends(text, "Lê Văn An")
    assert (ends.body, ends.page) == (len(text), len(text))


def test_a_notice_of_a_session_with_a_province_and_ministries_names_the_province():
    from vnplan.extract.metadata import host_of_session
    document = extract_metadata(normalise(RawText(
        "VĂN PHÒNG CHÍNH PHỦ\nSố: 702/TB-VPCP\nHà Nội, ngày 2 tháng 12 năm 2026\nTHÔNG BÁO\nKẾT LUẬN CỦA PHÓ THỦ "
        "TƯỚNG TẠI BUỔI LÀM VIỆC VỚI LÃNH ĐẠO TỈNH BÌNH MINH VÀ CÁC BỘ, NGÀNH\nNgày 20/11/2026, Phó Thủ tướng làm việc "
        "với lãnh đạo tỉnh Bình Minh.\n", "txt")))
    assert host_of_session(document, "… lãnh đạo tỉnh Bình Minh …") == "Ủy ban nhân dân tỉnh Bình Minh"


@pytest.mark.parametrize("header", [
    # a portal's row holding type word, title and the authority's line in one cell
    "| THỦ TƯỚNG CHÍNH PHỦ ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- |\n"
    "| Số: 141/CĐ-TTg | Hà Nội, ngày 04 tháng 10 năm 2026 | CÔNG ĐIỆN VỀ VIỆC CHỦ ĐỘNG ỨNG PHÓ VỚI ĐỢT RÉT ĐẬM, "
    "RÉT HẠI KÉO DÀI THỦ TƯỚNG CHÍNH PHỦ điện: |\n",
    # the title wrapped with the authority's line
    "THỦ TƯỚNG CHÍNH PHỦ\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n"
    "Số: 141/CĐ-TTg\nHà Nội, ngày 04 tháng 10 năm 2026\nCÔNG ĐIỆN\nVỀ VIỆC CHỦ ĐỘNG ỨNG PHÓ VỚI ĐỢT RÉT ĐẬM,\n"
    "RÉT HẠI KÉO DÀI THỦ TƯỚNG\nCHÍNH PHỦ điện:\n",
])
def test_a_dispatchs_title_ends_where_the_authority_speaks(header):
    document = meta(header + "- Bộ trưởng các Bộ: Y tế, Giáo dục và Đào tạo;\n1. Bộ Y tế chỉ đạo các cơ sở y tế.\n")
    assert (document.type, document.number) == ("Công điện", "141/CĐ-TTg")
    assert document.title == "VỀ VIỆC CHỦ ĐỘNG ỨNG PHÓ VỚI ĐỢT RÉT ĐẬM, RÉT HẠI KÉO DÀI"


def test_a_text_layer_that_wraps_the_signers_name_and_runs_the_authority_on_with_the_title():
    document = meta(
        "ỦY BAN NHÂN DÂN\nTỈNH BÌNH MINH\nSố: 77/QĐ-UBND\nBình Minh, ngày 3 tháng 3 năm 2026\nQUYẾT ĐỊNH\n"
        "BAN HÀNH KẾ HOẠCH PHÒNG, CHỐNG DỊCH BỆNH NĂM 2026 CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\nQUYẾT ĐỊNH:\n"
        "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phòng, chống dịch bệnh năm 2026.\n"
        "Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.\nKT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Thị Minh\nKhuê\n")
    assert document.title == "BAN HÀNH KẾ HOẠCH PHÒNG, CHỐNG DỊCH BỆNH NĂM 2026"
    assert (document.signer_title, document.signer) == ("Phó Chủ tịch", "Nguyễn Thị Minh Khuê")
    kept = meta("ỦY BAN NHÂN DÂN\nTỈNH BÌNH MINH\nSố: 78/KH-UBND\nBình Minh, ngày 3 tháng 3 năm 2026\nKẾ HOẠCH\n"
                "THỰC HIỆN CHỈ THỊ SỐ 05/CT-TTG NGÀY 02/02/2026 CỦA THỦ TƯỚNG CHÍNH PHỦ\n"
                "Thực hiện Chỉ thị số 05/CT-TTg, Ủy ban nhân dân tỉnh ban hành Kế hoạch.\n")
    assert kept.title == "THỰC HIỆN CHỈ THỊ SỐ 05/CT-TTG NGÀY 02/02/2026 CỦA THỦ TƯỚNG CHÍNH PHỦ"


def test_a_type_word_and_its_title_run_into_one_line():
    raw = ("ỦY BAN NHÂN DÂN\nTỈNH BÌNH MINH\nSố: 27/KH-UBND\nBình Minh, ngày 05 tháng 02 năm 2026\n"
           "KẾ HOẠCH Tổ chức Hội chợ nông sản năm 2026\nCăn cứ Luật Tổ chức chính quyền địa phương;\n" + BODY)
    doc = meta(raw)
    assert (doc.type, doc.title) == ("Kế hoạch", "Tổ chức Hội chợ nông sản năm 2026")


def test_an_attachment_issued_with_the_document_belongs_to_its_text():
    """ "*(Ban hành kèm theo Quyết định số …)*" under an annex's title, as a portal's markdown writes it: the annex is the
    document's (its citations count), though its title names no known kind."""
    from vnplan.extract.metadata import document_ends
    text = ("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Văn An\n**THỦ TỤC HÀNH CHÍNH LĨNH VỰC VĂN HÓA**\n"
            "*(Ban hành kèm theo Quyết định số 1544/QĐ-UBND ngày 08/9/2026)*\nCăn cứ pháp lý: Nghị định số 12/2026/NĐ-CP.\n")
    ends = document_ends(text, "Lê Văn An")
    assert ends.body == len(text) and text[:ends.signature].endswith("Lê Văn An")


def test_a_resolution_without_a_header_date_is_dated_by_its_adoption():
    text = ("ỦY BAN THƯỜNG VỤ QUỐC HỘI\nSố: 1790/NQ-UBTVQH15\nNGHỊ QUYẾT\nVề việc sắp xếp các đơn vị hành chính cấp xã\n"
            "QUYẾT NGHỊ:\nĐiều 1. Sắp xếp các đơn vị hành chính cấp xã.\n"
            "Nghị quyết này được Ủy ban Thường vụ Quốc hội khóa XV thông qua ngày 16 tháng 6 năm 2026.\n")
    assert extract_metadata(text).issued_date == "2026-06-16"


@pytest.mark.parametrize("formula, issuer", [
    ("Bộ trưởng Bộ Giáo dục và Đào tạo ban hành Thông tư quy định chế độ làm việc của giáo viên.", "Bộ Giáo dục và Đào tạo"),
    ("Chính phủ ban hành Nghị định quy định chế độ làm việc của giáo viên.", "Chính phủ"),
    ("Thủ tướng Chính phủ ban hành Quyết định quy định chế độ làm việc của giáo viên.", "Thủ tướng Chính phủ"),
])
def test_a_copy_without_its_issuer_cell_is_issued_by_whom_its_enacting_formula_names(formula, issuer):
    """The portal copy keeps the number and the place line but not the issuer's cell; the formula closing the căn cứ
    speaks in the issuer's name, not the place's."""
    raw = ("| Số: 05/2026/TT-BGDĐT | Hà Nội, ngày 12 tháng 3 năm 2026 |\n\nTHÔNG TƯ\nQuy định chế độ làm việc của giáo viên\n"
           "Căn cứ Luật Giáo dục ngày 14 tháng 6 năm 2019;\n" + formula + "\nChương I\nQUY ĐỊNH CHUNG\n"
           "Điều 1. Phạm vi điều chỉnh\nThông tư này quy định chế độ làm việc của giáo viên.\n")
    assert (meta(raw).issuer, meta(raw).province) == (issuer, None)


def test_a_copy_without_its_type_line_takes_type_and_title_from_its_enacting_formula():
    """A portal copy that kept the motto and the number but set the title as a bold line without "THÔNG TƯ" above it:
    the formula names what it enacts ("… ban hành Thông tư quy định chế độ …")."""
    raw = ("| CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh phúc |\nSố: 05/2026/TT-BGDĐT |\n|\n\n"
           "**Quy định chế độ làm việc đối với giáo viên ****mầm non**\n\n*Căn cứ Luật Giáo dục ngày 14 tháng 6 năm 2019;*\n\n"
           "*Bộ trưởng Bộ Giáo dục và Đào tạo ban hành** **Thông tư **quy định chế độ làm việc đối với giáo viên mầm non**.*\n\n"
           "**Điều 1. Phạm vi điều chỉnh**\n\nThông tư này quy định chế độ làm việc đối với giáo viên mầm non.\n")
    doc = extract_metadata(normalise(RawText(raw, "md")))
    assert (doc.type, doc.issuer, doc.title) == ("Thông tư", "Bộ Giáo dục và Đào tạo",
                                                 "Quy định chế độ làm việc đối với giáo viên mầm non")


def test_a_header_that_lost_the_mottos_first_line_still_gives_its_number_and_date():
    raw = ("| ------- | Độc lập - Tự do - Hạnh phúc --------------- | Số: 25/2026/NĐ-CP | Hà Nội, ngày 21 tháng 02 năm 2026 |\n"
           "NGHỊ ĐỊNH\nQuy định chức năng, nhiệm vụ của Bộ Nội vụ\nCăn cứ Luật Tổ chức Chính phủ;\n"
           "Chính phủ ban hành Nghị định quy định chức năng, nhiệm vụ của Bộ Nội vụ.\n")
    doc = meta(raw)
    assert (doc.number, doc.issued_date, doc.issuer) == ("25/2026/NĐ-CP", "2026-02-21", "Chính phủ")


def test_a_title_opening_with_ban_hanh_is_no_authority_line():
    """ "BAN HÀNH QUY CHẾ …" under the type word is the title (the verb "ban hành"), not a body "Ban …" speaking."""
    raw = ("ỦY BAN NHÂN DÂN\nTỈNH BÌNH MINH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
           "Số: 78/2026/QĐ-UBND\nBình Minh, ngày 21 tháng 11 năm 2026\nQUYẾT ĐỊNH\n"
           "BAN HÀNH QUY CHẾ TIẾP NHẬN, XỬ LÝ PHẢN ÁNH KIẾN NGHỊ TRÊN ỨNG DỤNG PHẢN ÁNH, KIẾN NGHỊ\n"
           "Căn cứ Luật Tổ chức chính quyền địa phương;\n")
    assert meta(raw).title == "BAN HÀNH QUY CHẾ TIẾP NHẬN, XỬ LÝ PHẢN ÁNH KIẾN NGHỊ TRÊN ỨNG DỤNG PHẢN ÁNH, KIẾN NGHỊ"


def test_a_signer_s_name_wrapped_over_two_lines_still_ends_the_document():
    """A PDF's text may wrap the name under the signature ("KT. BỘ TRƯỞNG THỨ TRƯỞNG Nguyễn Thị" / "Phương Hoa"): the
    forms attached after it are still the forms, not the document's body."""
    from vnplan.extract.metadata import document_ends

    text = ("Điều 5. Trách nhiệm thi hành\nCục X chịu trách nhiệm thi hành Thông tư này.\nNơi nhận:\n- Lưu: VT.\n"
            "KT. BỘ TRƯỞNG THỨ TRƯỞNG Nguyễn Thị\nPhương Hoa\nPHỤ LỤC\nMẪU BÁO CÁO\nMẫu số 01\n1. Tên trạm\n")
    ends = document_ends(text, "Nguyễn Thị Phương Hoa")
    assert text[:ends.signature].endswith("Phương Hoa") and text[ends.forms:].startswith("PHỤ LỤC")


def test_a_signature_cell_run_together_before_a_forms_recipients_label():
    """The copy ran the signature cell's lines together ("TM. CHÍNH PHỦKT. THỦ TƯỚNGPHÓ THỦ TƯỚNG(Đã ký)Tên"), gave the
    document's own recipients no label, and a form attached after it has its own "Nơi nhận:"."""
    raw = ("CHÍNH PHỦ\nSố: 412/2026/NĐ-CP\nHà Nội, ngày 12 tháng 10 năm 2026\nNGHỊ ĐỊNH\nQuy định chi tiết Luật Hỗ trợ "
           "nông dân\nĐiều 1. Nghị định này có hiệu lực thi hành từ ngày 01 tháng 12 năm 2026./.\n"
           "| - Thủ tướng, các Phó Thủ tướng Chính phủ; - Các bộ, cơ quan ngang bộ; - Lưu: VT, KTTH | TM. CHÍNH PHỦKT. "
           "THỦ TƯỚNGPHÓ THỦ TƯỚNG(Đã ký)Lê Minh Hùng |\n"
           "Mẫu số 01\nGIẤY XÁC NHẬN\n" + "Ông (bà) ……… đã tham gia chương trình hỗ trợ nông dân tại xã ………, huyện ………\n" * 8
           + "Nơi nhận:- Ông (bà) ………; - Lưu VT. |\n")
    doc = meta(raw)
    assert (doc.signer, doc.signer_title) == ("Lê Minh Hùng", "Phó Thủ tướng")


def test_an_officers_rank_is_not_his_name_and_an_office_glued_to_its_body_is_read():
    head = ("BỘ QUỐC PHÒNG\nSố: 12/2026/TT-BQP\nHà Nội, ngày 2 tháng 12 năm 2026\nTHÔNG TƯ\nQuy định về rà phá bom mìn\n"
            "Điều 1. Thông tư này có hiệu lực từ ngày 15 tháng 01 năm 2027.\n")
    doc = meta(head + "Nơi nhận:\n- Lưu: VT.\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nThượng tướng Nguyễn Văn Bình\n")
    assert (doc.signer_title, doc.signer) == ("Thứ trưởng", "Nguyễn Văn Bình")
    doc = meta(head + "- Lưu: HC, PLTP. | TM. ỦY BAN THƯỜNG VỤ QUỐC HỘICHỦ TỊCH Trần Văn Hùng |\n")
    assert (doc.signer_title, doc.signer) == ("Chủ tịch", "Trần Văn Hùng")
    # a degree or a profession's title before the name, not a surname ("Lương Văn Khánh" is a name)
    for title in ("Lương y ", "TS. ", "PGS.TS. ", "Bác sĩ ", "Thầy thuốc nhân dân ", ""):
        doc = meta(head + f"Nơi nhận:\n- Lưu: VT.\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n{title}Lương Văn Khánh\n")
        assert doc.signer == "Lương Văn Khánh", title


def _tax_letter(cell: str, signature: str) -> str:
    return (f"{cell}\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n"
            "Số: 812/BMI-QLDN1\nV/v thuế suất thuế giá trị gia tăng\nBình Minh, ngày 01 tháng 12 năm 2026\n"
            "Kính gửi: Công ty TNHH Minh Phát.\nThuế tỉnh Bình Minh nhận được công văn của Công ty.\n"
            "Thuế tỉnh Bình Minh trả lời để Công ty biết./.\n" + RECIPIENTS + signature + "\nTrần Văn Bình\n")


@pytest.mark.parametrize("cell", ["CỤC THUẾ\nTHUẾ TỈNH BÌNH MINH", "| CỤC THUẾ THUẾ TỈNH BÌNH MINH -------- | |"])
def test_a_central_bodys_office_in_a_province_issues_and_its_head_signs(cell):
    """ "CỤC THUẾ / THUẾ TỈNH X": the office of the department in the province issues, also when a copy runs the cell's
    two lines together; "KT. TRƯỞNG THUẾ TỈNH / PHÓ TRƯỞNG THUẾ TỈNH" signs as its deputy head."""
    doc = meta(_tax_letter(cell, "KT. TRƯỞNG THUẾ TỈNH\nPHÓ TRƯỞNG THUẾ TỈNH"))
    assert (doc.issuer, doc.province) == ("Thuế tỉnh Bình Minh", "Bình Minh")
    assert (doc.signer_title, doc.signer) == ("Phó Trưởng Thuế tỉnh", "Trần Văn Bình")


def test_a_deputy_signs_for_the_head_named_above_him_though_the_copy_lost_the_marker():
    """ "TL. CỤC TRƯỞNG / TRƯỞNG BAN NGHIỆP VỤ THUẾ / PHÓ TRƯỞNG BAN": the deputy of the office above him signs; a rank
    of another office after a head ("TRƯỞNG BAN / PHÓ THỦ TƯỚNG", test_central_bodies_as_issuers) does not."""
    doc = meta(_tax_letter("BỘ TÀI CHÍNH\nCỤC HẢI QUAN", "TL. CỤC TRƯỞNG\nTRƯỞNG BAN NGHIỆP VỤ THUẾ\nPHÓ TRƯỞNG BAN"))
    assert (doc.signer_title, doc.signer) == ("Phó Trưởng ban", "Trần Văn Bình")


def test_an_office_over_the_signed_mark_signs_though_the_copy_gives_no_name():
    """ "CHỦ TỊCH" / "(Đã ký)" and no name: the Chủ tịch signed; the name stays unknown."""
    raw = PLAIN[:PLAIN.index("TM. ỦY BAN NHÂN DÂN")] + "CHỦ TỊCH\n(Đã ký)\n"
    doc = meta(raw)
    assert (doc.signer_title, doc.signer) == ("Chủ tịch", None)


@pytest.mark.parametrize("gap", ["\t", "                                  "])
def test_a_signature_set_beside_the_recipients_gives_its_title_and_name(gap):
    """A copy that kept the page's two columns, line by line: the signature's lines stand to the right of "Nơi
    nhận" and its list, parted by tabs or a run of spaces."""
    header = "ỦY BAN NHÂN DÂN\nTỈNH BÌNH MINH\nSố: 15/KH-UBND\nBình Minh, ngày 03 tháng 02 năm 2026\nKẾ HOẠCH\nTuyên truyền pháp luật\n"
    signature = (f"Nơi nhận:{gap}TM. ỦY BAN NHÂN DÂN\n- Sở Tư pháp;{gap}CHỦ TỊCH\n- Thường trực Tỉnh ủy;\n"
                 f"- Các sở, ngành;\n- UBND các xã;\n- Lưu: VT, NC.{gap}Trần Thị Mai Hương\n")
    document = meta(header + BODY + signature)
    assert (document.signer, document.signer_title) == ("Trần Thị Mai Hương", "Chủ tịch")


def test_the_type_word_run_into_its_title_under_a_blank_line_is_the_heading():
    """A portal's copy: the date, a blank line, then "KẾ HOẠCH" and the title on one line."""
    document = meta("ỦY BAN NHÂN DÂN\nXÃ TÂN PHÚ\nSố: 19/KH-UBND Tân Phú, ngày 06 tháng 02 năm 2026\n\n"
                    "KẾ HOẠCH Phòng, chống tảo hôn trên địa bàn xã năm 2026\n" + BODY + RECIPIENTS +
                    "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLò Văn Pọm\n")
    assert (document.type, document.title, document.issued_date) == (
        "Kế hoạch", "Phòng, chống tảo hôn trên địa bàn xã năm 2026", "2026-02-06")


def _header(cell: str, body: str) -> str:
    return (cell + "                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Số: 21/KH-X                 Bình Minh, ngày 05 tháng 3 năm 2026\n\nKẾ HOẠCH\nTổ chức Tháng hành động năm 2026\n\n"
            + body + BODY + RECIPIENTS + "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH\n\nLê Văn Hòa\n")


def test_an_issuer_no_vocabulary_knows_is_the_cell_s_last_line_as_the_text_writes_it():
    """ "TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM / LIÊN ĐOÀN LAO ĐỘNG TỈNH BÌNH MINH": the last line issues, in the case the
    text gives it; a Ban under the provincial committee is the province's; a name the text never writes takes the case
    such names take, its place a proper name's."""
    doc = meta(_header("TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM\nLIÊN ĐOÀN LAO ĐỘNG TỈNH BÌNH MINH\n",
                       "Ban Thường vụ Liên đoàn Lao động tỉnh Bình Minh ban hành Kế hoạch như sau:\n"))
    assert (doc.issuer, doc.province) == ("Liên đoàn Lao động tỉnh Bình Minh", "Bình Minh")
    doc = meta(_header("UBND TỈNH BÌNH MINH\nBAN CHỈ ĐẠO PHÒNG, CHỐNG THIÊN TAI\n",
                       "Ban Chỉ đạo phòng, chống thiên tai ban hành Kế hoạch như sau:\n"))
    assert (doc.issuer, doc.province) == ("Ban Chỉ đạo phòng, chống thiên tai tỉnh Bình Minh", "Bình Minh")
    doc = meta(_header("TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM\nLIÊN ĐOÀN LAO ĐỘNG TỈNH BÌNH MINH\n", "Thực hiện chỉ đạo:\n"))
    assert doc.issuer == "Liên đoàn Lao động tỉnh Bình Minh"
    assert meta(_header("HỘI NÔNG DÂN TỈNH BÌNH MINH\n", "Thực hiện chỉ đạo:\n")).issuer == "Hội Nông dân tỉnh Bình Minh"


def test_a_council_s_standing_organ_a_party_committee_s_ban_and_a_department_s_unit_issue_in_their_province():
    """ "HỘI ĐỒNG NHÂN DÂN / TỈNH X / THƯỜNG TRỰC": the council's standing organ; "TỈNH ỦY X / BAN CHỈ ĐẠO …": the
    Party committee writes its level before the place; "SỞ Y TẾ X / BỆNH VIỆN ĐA KHOA TỈNH": the hospital under the
    department issues. A department's name wrapped onto a second line names no unit."""
    doc = meta(_header("HỘI ĐỒNG NHÂN DÂN\nTỈNH BÌNH MINH\nTHƯỜNG TRỰC\n", ""))
    assert (doc.issuer, doc.province) == ("Thường trực Hội đồng nhân dân tỉnh Bình Minh", "Bình Minh")
    doc = meta(_header("TỈNH ỦY BÌNH MINH\nBAN CHỈ ĐẠO PHÒNG, CHỐNG THAM NHŨNG\n",
                       "Ban Chỉ đạo phòng, chống tham nhũng ban hành Kế hoạch như sau:\n"))
    assert (doc.issuer, doc.province) == ("Ban Chỉ đạo phòng, chống tham nhũng tỉnh Bình Minh", "Bình Minh")
    doc = meta(_header("SỞ Y TẾ BÌNH MINH\nBỆNH VIỆN ĐA KHOA TỈNH\n",
                       "Bệnh viện Đa khoa tỉnh Bình Minh ban hành Kế hoạch như sau:\n"))
    assert (doc.issuer, doc.province) == ("Bệnh viện Đa khoa tỉnh Bình Minh", "Bình Minh")
    # a unit named without its place, under the department of a province: that province's, as a branch is
    doc = meta(_header("SỞ Y TẾ TỈNH BÌNH MINH\nTRUNG TÂM KIỂM SOÁT BỆNH TẬT\n",
                       "Trung tâm Kiểm soát bệnh tật ban hành Kế hoạch như sau:\n"))
    assert (doc.issuer, doc.province) == ("Trung tâm Kiểm soát bệnh tật tỉnh Bình Minh", "Bình Minh")
    doc = meta(_header("UBND TỈNH BÌNH MINH\nSỞ NÔNG NGHIỆP VÀ\nPHÁT TRIỂN NÔNG THÔN\n",
                       "Sở Nông nghiệp và Phát triển nông thôn ban hành Kế hoạch như sau:\n"))
    assert doc.issuer == "Sở Nông nghiệp và Phát triển nông thôn tỉnh Bình Minh"


@pytest.mark.parametrize("cell,body,issuer", [
    ("TỈNH ỦY BÌNH MINH\n", "", "Tỉnh ủy Bình Minh"),  # the committee writes its level before the place
    ("TỈNH ỦY BÌNH MINH\nVĂN PHÒNG\n", "", "Văn phòng Tỉnh ủy Bình Minh"),  # an office is its body's
    # a commission under the province's Party organisation is the provincial committee's, named after it
    ("ĐẢNG BỘ TỈNH BÌNH MINH\nBAN TUYÊN GIÁO VÀ DÂN VẬN\n", "", "Ban Tuyên giáo và Dân vận Tỉnh ủy Bình Minh"),
    ("ỦY BAN NHÂN DÂN\nTỈNH BÌNH MINH\nVĂN PHÒNG\n", "", "Văn phòng Ủy ban nhân dân tỉnh Bình Minh"),
    # a unit under the committee that names its own place is named as the text writes it, once
    ("ỦY BAN NHÂN DÂN TỈNH BÌNH MINH\nTRƯỜNG ĐẠI HỌC BÌNH MINH\n",
     "Trường Đại học Bình Minh ban hành Kế hoạch như sau:\n", "Trường Đại học Bình Minh"),
    # "ỦY BAN NHÂN DÂN TỈNH" over "ỦY BAN NHÂN DÂN": no Party committee across the line
    ("ỦY BAN NHÂN DÂN TỈNH\nỦY BAN NHÂN DÂN\nTỈNH BÌNH MINH\n", "", "Ủy ban nhân dân tỉnh Bình Minh"),
])
def test_party_committees_offices_and_units_named_in_the_issuer_cell(cell, body, issuer):
    doc = meta(_header(cell, body))
    assert (doc.issuer, doc.province) == (issuer, "Bình Minh")


def test_the_committee_of_a_bodys_party_organisation_is_named_after_the_body():
    """ "ĐẢNG BỘ ĐẠI HỌC QUỐC GIA HÀ NỘI" / "ĐẢNG ỦY": the committee of that university's Party organisation, central
    as the university is, though its place line names the capital."""
    doc = meta(_header("ĐẢNG BỘ ĐẠI HỌC QUỐC GIA HÀ NỘI\nĐẢNG ỦY\n",
                       "Đảng ủy Đại học Quốc gia Hà Nội ban hành Kế hoạch như sau:\n"))
    assert (doc.issuer, doc.province) == ("Đảng ủy Đại học Quốc gia Hà Nội", None)


def test_a_head_that_is_a_syllable_of_a_word_names_no_body_in_the_issuer_cell():
    """ "CỤC ĐƯỜNG BỘ VIỆT NAM" / "KHU QUẢN LÝ ĐƯỜNG BỘ IV": no ministry in "ĐƯỜNG BỘ"; the regional unit issues."""
    doc = meta(_header("CỤC ĐƯỜNG BỘ VIỆT NAM\nKHU QUẢN LÝ ĐƯỜNG BỘ IV\n",
                       "Khu Quản lý đường bộ IV xây dựng Kế hoạch như sau:\n"))
    assert doc.issuer == "Khu Quản lý đường bộ IV"


def test_the_place_line_of_the_column_beside_is_no_word_of_the_issuer_cell():
    """A Word page saved as text parts its two columns by tabs: "*<tab>Bình Minh, ngày …" under the committee's
    commission; the date's figures are the right column's, not the issuer's."""
    raw = ("TỈNH ỦY BÌNH MINH\tĐẢNG CỘNG SẢN VIỆT NAM\nBAN NỘI CHÍNH\t\n*\tBình Minh, ngày 05 tháng 02 năm 2027\n"
           "Số 45-KH/BNCTU\t\n\nKẾ HOẠCH\nPhòng, chống tiêu cực năm 2027\n" + BODY)
    assert meta(raw).issuer == "Ban Nội chính Tỉnh ủy Bình Minh"


def _plan_head(cell: str, number: str, place: str, type_and_title: str, intro: str, signature: str) -> str:
    return (cell + "\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            + f"Số: {number}\n{place}, ngày 04 tháng 3 năm 2026\n\n{type_and_title}\n\n{intro}\n" + BODY + signature)


@pytest.mark.parametrize("cell, intro, issuer, province", [
    # an abbreviation in the cell spelt out as the text spells it after the same word
    ("QUÂN KHU 7\nBỘ CHQS TỈNH TÂY NINH", "Bộ Chỉ huy Quân sự tỉnh xây dựng Kế hoạch như sau:",
     "Bộ Chỉ huy Quân sự tỉnh Tây Ninh", "Tây Ninh"),
    # a unit whose name ends with its level: the level is written once
    ("UBND TỈNH YÊN BÁI\nTHANH TRA TỈNH", "Thanh tra tỉnh xây dựng Kế hoạch như sau:", "Thanh tra tỉnh Yên Bái", "Yên Bái"),
    ("ỦY BAN NHÂN DÂN TỈNH KON TUM\nBAN QUẢN LÝ DỰ ÁN ĐẦU TƯ XÂY DỰNG TỈNH",
     "Ban Quản lý dự án đầu tư xây dựng tỉnh xây dựng Kế hoạch như sau:",
     "Ban Quản lý dự án đầu tư xây dựng tỉnh Kon Tum", "Kon Tum"),
    # a department's branch under a department that names its province bare
    ("SỞ XÂY DỰNG ĐIỆN BIÊN\nCHI CỤC GIÁM ĐỊNH XÂY DỰNG", "Chi cục xây dựng Kế hoạch như sau:",
     "Chi cục Giám định xây dựng tỉnh Điện Biên", "Điện Biên"),
    # a board on the cell's last line issues in the name of the body above it, as a Chủ tịch issues in his
    # committee's
    ("ỦY BAN MTTQ VIỆT NAM\nTỈNH BẠC LIÊU\nBAN THƯỜNG TRỰC", "Ban Thường trực xây dựng Kế hoạch như sau:",
     "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Bạc Liêu", "Bạc Liêu"),
    # a Party header over the unit that issues
    ("ĐẢNG BỘ TỈNH SƠN LA\nBÁO SƠN LA", "Ban Biên tập Báo Sơn La xây dựng Kế hoạch như sau:", "Báo Sơn La", "Sơn La"),
    # a board whose name holds a place of its own takes no province after it
    ("UBND TỈNH BÌNH MINH\nBAN QUẢN LÝ KHU KINH TẾ ĐÔNG HẢI\nVÀ CÁC KHU CÔNG NGHIỆP",
     "Ban Quản lý Khu kinh tế Đông Hải và các khu công nghiệp xây dựng Kế hoạch như sau:",
     "Ban Quản lý Khu kinh tế Đông Hải và các khu công nghiệp", "Bình Minh"),
])
def test_issuer_cells_of_provincial_units(cell, intro, issuer, province):
    doc = meta(_plan_head(cell, "12/KH-XX", province, "KẾ HOẠCH\nCông tác năm 2026", intro, RECIPIENTS))
    assert (doc.issuer, doc.province) == (issuer, province)


def test_a_joint_plan_is_issued_by_the_body_named_first():
    raw = _plan_head("HỘI LIÊN HIỆP PHỤ NỮ TỈNH BẾN TRE\nBẢO HIỂM XÃ HỘI\nTỈNH BẾN TRE", "03/KHLT-HLHPN-BHXH", "Bến Tre",
                  "KẾ HOẠCH LIÊN TỊCH\nVận động phụ nữ tham gia bảo hiểm xã hội tự nguyện",
                  "Hội Liên hiệp Phụ nữ tỉnh và Bảo hiểm xã hội tỉnh thống nhất như sau:", RECIPIENTS)
    doc = meta(raw)
    assert (doc.issuer, doc.province, doc.type) == ("Hội Liên hiệp Phụ nữ tỉnh Bến Tre", "Bến Tre", "Kế hoạch")
    assert doc.title == "Vận động phụ nữ tham gia bảo hiểm xã hội tự nguyện"


def test_a_title_in_lower_case_after_the_type_word():
    raw = ("ĐẢNG BỘ TỈNH SƠN LA                    ĐẢNG CỘNG SẢN VIỆT NAM\nBÁO SƠN LA\n        *\n"
           "Số 08-KH/BSL                      Sơn La, ngày 02 tháng 02 năm 2026\n\n"
           "KẾ HOẠCH\ntuyên truyền kỷ niệm ngày thành lập Đảng\n-----\n\n"
           "Ban Biên tập Báo Sơn La xây dựng Kế hoạch như sau:\n" + BODY)
    doc = meta(raw)
    assert (doc.type, doc.title, doc.issuer) == ("Kế hoạch", "tuyên truyền kỷ niệm ngày thành lập Đảng", "Báo Sơn La")


@pytest.mark.parametrize("signature, office, name", [
    ("Nơi nhận:                                      CHỈ HUY TRƯỞNG\n- UBND tỉnh;\n- Lưu: VT.       Thượng tá Lò Văn Kiên\n",
     "Chỉ huy trưởng", "Lò Văn Kiên"),
    # the name alone under the recipients, in the right column
    ("Nơi nhận:                                   KT. GIÁM ĐỐC\n- Như trên;                                 PHÓ GIÁM ĐỐC\n"
     "- Lưu: VT.\n                                            Đào Thị Hoa\n", "Phó Giám đốc", "Đào Thị Hoa"),
    ("Nơi nhận:                                  T/M BAN BIÊN TẬP\n- Như trên;                                TỔNG BIÊN TẬP\n"
     "- Lưu: VT.\n                                           Quàng Văn Pọm\n", "Tổng Biên tập", "Quàng Văn Pọm"),
    ("Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. CHI CỤC TRƯỞNG\nPHÓ CHI CỤC TRƯỞNG\nVi Thị Mai\n", "Phó Chi cục trưởng",
     "Vi Thị Mai"),
    # offices named since 2025 after their body and level, and the heads of other units and commands
    ("Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTRƯỞNG THỐNG KÊ TỈNH\n\nLò Văn Minh\n", "Trưởng Thống kê tỉnh",
     "Lò Văn Minh"),
    ("Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. TRƯỞNG THUẾ CƠ SỞ\nPHÓ TRƯỞNG THUẾ CƠ SỞ\n(Đã ký)\nĐinh Thị Hằng\n",
     "Phó Trưởng Thuế cơ sở", "Đinh Thị Hằng"),
    ("Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. TỔNG THANH TRA\nPHÓ TỔNG THANH TRA\n\nHà Văn Sáng\n",
     "Phó Tổng Thanh tra", "Hà Văn Sáng"),
    ("Nơi nhận:\n- Như trên;\n- Lưu: VT.\nHẠT TRƯỞNG\n\nLò Văn Pọm\n", "Hạt trưởng", "Lò Văn Pọm"),
    ("Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. CHÍNH ỦY\nPHÓ CHÍNH ỦY\n\nĐại tá Vi Văn Hùng\n", "Phó Chính ủy",
     "Vi Văn Hùng"),
    # a signature set in a table, its cell's lines parted by ";"
    ("| Nơi nhận: | CHÁNH THANH TRA |\n|---|---|\n| - Như trên;<br>- Lưu: VT. | *(Đã ký)*<br>**Lường Văn Sơn** |\n",
     "Chánh Thanh tra", "Lường Văn Sơn"),
])
def test_offices_and_names_of_provincial_units(signature, office, name):
    doc = meta(_plan_head("UBND TỈNH SƠN LA\nTHANH TRA TỈNH", "5/KH-TTr", "Sơn La", "KẾ HOẠCH\nThanh tra năm 2026",
                       "Thanh tra tỉnh xây dựng Kế hoạch như sau:", signature), "md" if "|" in signature else "txt")
    assert (doc.signer_title, doc.signer) == (office, name)


def test_a_unit_under_a_ministry_issues_and_the_place_line_may_come_before_the_number():
    """A text layer that reads the motto's column first puts the place and date above the number; the university on
    the line under its ministry is the issuer; not a central body of the contract's list, it is in the province of its
    place line."""
    raw = ("BỘ GIÁO DỤC VÀ ĐÀO TẠO CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTRƯỜNG ĐẠI HỌC ĐÔNG HẢI Độc lập - Tự do - Hạnh phúc\n"
           "Bình Minh, ngày 09 tháng 02 năm 2026\nSố: 31/KH-ĐHĐH\n\nKẾ HOẠCH\nTuyển sinh năm 2026\n\n"
           "Hiệu trưởng Trường Đại học Đông Hải ban hành Kế hoạch như sau:\n" + BODY + RECIPIENTS
           + "KT. HIỆU TRƯỞNG\nPHÓ HIỆU TRƯỞNG\n\nNguyễn Thị Lan\n")
    doc = meta(raw)
    assert (doc.number, doc.issued_date) == ("31/KH-ĐHĐH", "2026-02-09")
    assert (doc.issuer, doc.province) == ("Trường Đại học Đông Hải", "Bình Minh")


@pytest.mark.parametrize("heading, kind", [("KẾ HOẠCH PHỐI HỢP", "Kế hoạch"), ("CHƯƠNG TRÌNH PHỐI HỢP", "Chương trình")])
def test_a_joint_plan_s_type_word_with_its_qualifier_is_no_title(heading, kind):
    """ "CHƯƠNG TRÌNH PHỐI HỢP" over "Về …": the type and its qualifier, then the title on the line below."""
    doc = meta(PLAIN.replace("KẾ HOẠCH\nPHÁT TRIỂN DU LỊCH CỘNG ĐỒNG TRÊN ĐỊA BÀN TỈNH\nGIAI ĐOẠN 2024 - 2026\n",
                             f"{heading}\nVề bảo đảm an ninh, trật tự trường học năm học 2025 - 2026\n"))
    assert (doc.type, doc.title) == (kind, "Về bảo đảm an ninh, trật tự trường học năm học 2025 - 2026")


@pytest.mark.parametrize("header, issuer, province", [
    # a ministry, or a body of the Party's centre: none, wherever they sit
    ("BỘ Y TẾ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 120/KH-BYT Hà Nội, ngày 05 tháng 3 "
     "năm 2026", "Bộ Y tế", None),
    ("BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG CỘNG SẢN VIỆT NAM\nBAN KINH TẾ\nSố: 12-KH/BKTTW Hà Nội, ngày 05 tháng 3 năm 2026",
     None, None),
])
def test_a_central_body_has_no_province_whatever_its_place_line(header, issuer, province):
    """(A unit under a ministry takes its place line's: see the university above.)"""
    doc = meta(header + "\n\nKẾ HOẠCH\nKiểm kê tài sản năm 2026\n\n" + BODY + RECIPIENTS + "GIÁM ĐỐC\n\nNguyễn Văn Nam\n")
    assert (doc.issuer if issuer else None, doc.province) == (issuer, province)


@pytest.mark.parametrize("central, unit, issuer, province", [
    ("VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO", "VIỆN KIỂM SÁT NHÂN DÂN TỈNH BÌNH MINH",
     "Viện kiểm sát nhân dân tỉnh Bình Minh", "Bình Minh"),
    ("TÒA ÁN NHÂN DÂN TỐI CAO", "TÒA ÁN NHÂN DÂN THÀNH PHỐ HẢI ĐÔNG", "Tòa án nhân dân thành phố Hải Đông", "Hải Đông"),
])
def test_the_unit_under_a_central_body_issues(central, unit, issuer, province):
    """ "VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO" over "VIỆN KIỂM SÁT NHÂN DÂN TỈNH X": the province's procuracy issues, in
    its province, as a unit under a ministry does."""
    name = issuer.split(" tỉnh ")[0].split(" thành phố ")[0]
    doc = meta(f"{central}\n{unit}\nSố: 12/KH-VKS\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
               f"{province}, ngày 05 tháng 01 năm 2026\nKẾ HOẠCH\nCông tác năm 2026 của {issuer}\n" + BODY
               + f"{name} tổng hợp kết quả.\n" + RECIPIENTS + "VIỆN TRƯỞNG\nLê Văn Hòa\n")
    assert (doc.issuer, doc.province) == (issuer, province)
    assert meta(f"{central}\nSố: 12/KH-VKS\nHà Nội, ngày 05 tháng 01 năm 2026\nKẾ HOẠCH\nCông tác năm 2026\n" + BODY
                + RECIPIENTS).issuer == central.capitalize()


def test_the_lowest_line_of_a_three_level_header_issues_where_it_sits():
    """ "BỘ TÀI CHÍNH / KHO BẠC NHÀ NƯỚC / KHO BẠC NHÀ NƯỚC KHU VỰC III": the regional office on the last line issues,
    in the province of its place line."""
    doc = meta("BỘ TÀI CHÍNH\nKHO BẠC NHÀ NƯỚC\nKHO BẠC NHÀ NƯỚC KHU VỰC III\nSố: 815/KBNNKVIII-KSC\n"
               "V/v hướng dẫn thanh toán vốn đầu tư cuối năm\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
               "Độc lập - Tự do - Hạnh phúc\nBình Minh, ngày 02 tháng 12 năm 2026\nKính gửi: Các chủ đầu tư.\n"
               "Kho bạc Nhà nước khu vực III đề nghị các chủ đầu tư thực hiện như sau:" + BODY + RECIPIENTS
               + "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nLê Thu Hà\n")
    assert (doc.issuer, doc.province) == ("Kho bạc Nhà nước khu vực III", "Bình Minh")


def test_the_office_of_the_delegation_and_the_council_issues_in_its_city():
    """ "ĐOÀN ĐBQH VÀ HĐND / THÀNH PHỐ X / VĂN PHÒNG": the one office that serves both, of that city."""
    doc = meta("ĐOÀN ĐBQH VÀ HĐND\nTHÀNH PHỐ HẢI ĐÔNG\nVĂN PHÒNG\nSố: 21/KH-VP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
               "Độc lập - Tự do - Hạnh phúc\nHải Đông, ngày 02 tháng 11 năm 2026\nKẾ HOẠCH\nPhục vụ kỳ họp cuối năm\n"
               "Căn cứ Luật Tổ chức chính quyền địa phương; Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân thành "
               "phố ban hành Kế hoạch như sau:" + BODY + RECIPIENTS + "KT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\nLê Thu Hà\n")
    assert (doc.issuer, doc.province) == ("Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân thành phố Hải Đông",
                                          "Hải Đông")


def test_a_header_and_a_signature_set_in_a_portals_table_with_line_breaks():
    """A legal portal's copy: "| BAN DÂN TỘC<br>TỈNH X<br>-------- | CỘNG HÒA … |" over the number and the place, the
    enacting office's line ("TRƯỞNG BAN DÂN TỘC TỈNH X") before the căn cứ, and the signature cell "KT. TRƯỞNG
    BAN<br>PHÓ TRƯỞNG BAN<br><br><br>Name" beside the recipients."""
    raw = ("| BAN DÂN TỘC<br>TỈNH BÌNH MINH<br>-------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh "
           "phúc<br>--------------- |\n|---|---|\n| Số: 31/QĐ-BDT | _Bình Minh, ngày 14 tháng 5 năm 2024_ |\n\n"
           "**QUYẾT ĐỊNH**\n\n**BAN HÀNH KẾ HOẠCH CÔNG TÁC DÂN TỘC NĂM 2024**\n\n**TRƯỞNG BAN DÂN TỘC TỈNH BÌNH MINH**\n\n"
           "_Căn cứ Quyết định số 12/QĐ-UBND ngày 10/01/2024 của Ủy ban nhân dân tỉnh;_\n\n**QUYẾT ĐỊNH:**\n\n"
           "**Điều 1.** Ban hành kèm theo Quyết định này Kế hoạch công tác dân tộc năm 2024.\n\n"
           "| **_Nơi nhận:_**<br>- Như Điều 3;<br>- Lưu: VT. | **KT. TRƯỞNG BAN<br>PHÓ TRƯỞNG BAN<br><br><br>Lê Văn Hòa** |\n"
           "|---|---|\n")
    doc = meta(raw, "md")
    assert (doc.issuer, doc.province, doc.title) == ("Ban Dân tộc tỉnh Bình Minh", "Bình Minh",
                                                     "BAN HÀNH KẾ HOẠCH CÔNG TÁC DÂN TỘC NĂM 2024")
    assert (doc.signer_title, doc.signer) == ("Phó Trưởng ban", "Lê Văn Hòa")


def test_the_governors_deputy_signs_and_notes_after_the_signature_keep_what_the_body_cites():
    """ "KT. THỐNG ĐỐC / PHÓ THỐNG ĐỐC / name" signs; the notes printed after it with raised marks ("… Thông tư số
    …¹" / "¹ Thông tư số 17/2025/TT-NHNN …") hold documents the body cites."""
    plan = vnplan.extract_text(
        "NGÂN HÀNG NHÀ NƯỚC\nVIỆT NAM\nSố: 77/KH-NHNN\nHà Nội, ngày 02 tháng 3 năm 2026\nKẾ HOẠCH\nThanh toán số năm 2026\n"
        "I. NHIỆM VỤ\n1. Vụ Thanh toán hoàn thiện quy định về tài khoản thanh toán¹, hoàn thành trong quý III/2026.\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. THỐNG ĐỐC\nPHÓ THỐNG ĐỐC\nLê Minh Châu\n_______\n"
        "¹ Thông tư số 17/2025/TT-NHNN ngày 28/6/2025 quy định việc mở và sử dụng tài khoản thanh toán.\n")
    assert (plan.document.signer_title, plan.document.signer) == ("Phó Thống đốc", "Lê Minh Châu")
    assert [r.number for r in plan.references] == ["17/2025/TT-NHNN"]


def test_a_response_plan_and_a_universitys_council():
    """ "PHƯƠNG ÁN" is a type of its own; "BỘ … / TRƯỜNG ĐẠI HỌC X / HỘI ĐỒNG TRƯỜNG": the council of the university
    issues."""
    doc = meta("ỦY BAN NHÂN DÂN\nXÃ AN PHÚ\nSố: 12/PA-UBND\nAn Phú, ngày 02 tháng 4 năm 2026\nPHƯƠNG ÁN\n"
               "Ứng phó thiên tai năm 2026 trên địa bàn xã\n" + BODY + RECIPIENTS + "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLê Văn An\n")
    assert (doc.type, doc.title) == ("Phương án", "Ứng phó thiên tai năm 2026 trên địa bàn xã")
    doc = meta("BỘ GIÁO DỤC VÀ ĐÀO TẠO\nTRƯỜNG ĐẠI HỌC BÌNH MINH\nHỘI ĐỒNG TRƯỜNG\nSố: 08/NQ-HĐT\n"
               "Bình Minh, ngày 02 tháng 4 năm 2026\nNGHỊ QUYẾT\nThông qua Kế hoạch chuyển đổi số\n"
               "Căn cứ Quy chế tổ chức và hoạt động của Trường Đại học Bình Minh;" + BODY + RECIPIENTS
               + "TM. HỘI ĐỒNG TRƯỜNG\nCHỦ TỊCH\nLê Văn An\n")
    assert doc.issuer == "Hội đồng trường Trường Đại học Bình Minh"


@pytest.mark.parametrize("title_line, title", [
    # a title that opens as a sentence would, with a bracket in it
    ("Thực hiện Chương trình Mỗi xã một sản phẩm (OCOP) trên địa bàn huyện năm 2027",
     "Thực hiện Chương trình Mỗi xã một sản phẩm (OCOP) trên địa bàn huyện năm 2027"),
    # no title: the body's first sentence, up to its bracket, stands for one
    ("Thực hiện Kế hoạch số 12/KH-UBND (ngày 05/01/2027) của Ủy ban nhân dân tỉnh, Ủy ban nhân dân huyện ban hành"
     " Kế hoạch như sau:", "Thực hiện Kế hoạch số 12/KH-UBND"),
])
def test_a_title_opening_with_thuc_hien_is_the_title_unless_it_ends_as_a_sentence(title_line, title):
    doc = meta("ỦY BAN NHÂN DÂN\nHUYỆN TÂN PHÚ\nSố: 8/KH-UBND\nTân Phú, ngày 12 tháng 01 năm 2027\n\nKẾ HOẠCH\n"
               + title_line + "\n\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19/02/2025;" + BODY + RECIPIENTS)
    assert doc.title == title


def test_a_letter_that_sends_a_plan_is_the_letter():
    """ "V/v …" under the number and "Kính gửi: …": the document is the letter; the plan's type word after its
    signature belongs to the plan it sends."""
    doc = meta("BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nCỤC THỦY LỢI\nSố: 512/TL-QLCT\nHà Nội, ngày 03 tháng 11 năm 2026\n"
               "V/v triển khai Kế hoạch kiểm tra an toàn đập mùa khô\n\nKính gửi:\n- Các Chi cục Thủy lợi khu vực.\n\n"
               "Cục Thủy lợi gửi kèm Kế hoạch kiểm tra an toàn đập, đề nghị các đơn vị triển khai thực hiện./.\n"
               + RECIPIENTS + "KT. CỤC TRƯỞNG\nPHÓ CỤC TRƯỞNG\nLê Văn Hòa\n\nKẾ HOẠCH\nKiểm tra an toàn đập mùa khô\n" + BODY)
    assert (doc.type, doc.title) == ("Công văn", "triển khai Kế hoạch kiểm tra an toàn đập mùa khô")
    assert meta(PLAIN).type == "Kế hoạch"


def test_a_title_underlined_as_a_converter_writes_headings():
    doc = meta("BAN THƯỜNG VỤ TỈNH ĐOÀN TÂN AN\nSố: 15-HD/TĐTN\nTân An, ngày 12 tháng 01 năm 2027\n\nHƯỚNG DẪN\n=========\n\n"
               "Tổ chức Tháng Thanh niên năm 2027\n---------------------------------\n" + BODY)
    assert (doc.type, doc.title) == ("Hướng dẫn", "Tổ chức Tháng Thanh niên năm 2027")


def test_a_syllable_an_ocr_cut_in_two_in_the_header_is_whole():
    header = ("BỘ TƯ LỆNH QUÂN KHU 7\nBỘ CHỈ HUY QUÂN S Ự TỈNH TÂN AN     CỘNG HÒA XÃ HỘI CH Ủ NGHĨA VIỆT NAM\n"
              "Số: 88/KH-BCH      Tân An, ngày 05 tháng 12 năm 2026\n\nKẾ HOẠCH\nHuấn luyện dự bị động viên năm 2027\n")
    cut, whole = meta(header + BODY), meta(header.replace("S Ự", "SỰ").replace("CH Ủ", "CHỦ") + BODY)
    assert cut.issuer == whole.issuer == "Bộ Chỉ huy quân sự tỉnh Tân An"


def test_a_unit_named_with_its_place_and_no_level_keeps_the_name_its_text_gives():
    header = ("UBND TỈNH TÂN AN\nĐÀI PHÁT THANH VÀ TRUYỀN HÌNH\nSố: 45/KH-PTTH\nTân An, ngày 20 tháng 12 năm 2026\n\n"
              "KẾ HOẠCH\nTuyên truyền năm 2027\n\n")
    assert meta(header + "Đài Phát thanh và Truyền hình Tân An xây dựng Kế hoạch như sau:" + BODY).issuer \
        == "Đài Phát thanh và Truyền hình Tân An"
    assert meta(header + BODY).issuer.endswith("Truyền hình tỉnh Tân An")  # (the text does not say)


def test_the_standing_deputy_secretary_signs_for_the_standing_committee():
    doc = meta("TỈNH ỦY BÌNH MINH\n*\nSố 28-CT/TU\nBình Minh, ngày 10 tháng 3 năm 2027\nCHỈ THỊ\nVề chống khai thác IUU\n"
               + BODY + RECIPIENTS + "T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ THƯỜNG TRỰC\n\nĐỗ Văn Bình\n")
    assert (doc.issuer, doc.signer, doc.signer_title) == ("Tỉnh ủy Bình Minh", "Đỗ Văn Bình", "Phó Bí thư Thường trực")


def test_a_court_on_two_lines_issues_and_its_deputy_president_signs():
    doc = meta("TÒA ÁN NHÂN DÂN\nTHÀNH PHỐ TÂN AN\nSố: 902/KH-TA\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
               "Độc lập - Tự do - Hạnh phúc\nTân An, ngày 02 tháng 12 năm 2026\nKẾ HOẠCH\nCông tác năm 2027\n"
               "Tòa án nhân dân Thành phố Tân An xây dựng Kế hoạch như sau:" + BODY + RECIPIENTS
               + "KT. CHÁNH ÁN\nPHÓ CHÁNH ÁN\nLâm Thị Hoa\n")
    assert (doc.issuer, doc.province) == ("Tòa án nhân dân Thành phố Tân An", "Tân An")
    assert (doc.signer, doc.signer_title) == ("Lâm Thị Hoa", "Phó Chánh án")


def test_an_organisations_executive_committee_issues_in_the_organisations_name():
    doc = meta("HỘI CỰU CHIẾN BINH VIỆT NAM\nBCH HỘI CỰU CHIẾN BINH TỈNH TÂN AN\n*\nSố: 31-KH/HCCB\n"
               "Tân An, ngày 10 tháng 3 năm 2027\nKẾ HOẠCH\nThi đua năm 2027\nBan Thường vụ Hội Cựu chiến binh tỉnh "
               "xây dựng Kế hoạch như sau:" + BODY)
    assert (doc.issuer, doc.province) == ("Hội Cựu chiến binh tỉnh Tân An", "Tân An")


def test_a_communes_party_committee_under_the_citys_party_organisation_issues():
    doc = meta("ĐẢNG BỘ THÀNH PHỐ TÂN AN\nĐẢNG ỦY XÃ PHÚ LỘC\n*\nSố 07-NQ/ĐU\n\nĐẢNG CỘNG SẢN VIỆT NAM\n"
               "Phú Lộc, ngày 15 tháng 9 năm 2026\nNGHỊ QUYẾT\nvề phát triển du lịch xã\n" + BODY)
    assert doc.issuer == "Đảng ủy xã Phú Lộc"


def test_a_header_in_text_boxes_after_the_body_leaves_the_type_and_title_at_the_top():
    body = ("KẾ HOẠCH\nNâng cao chất lượng khám bệnh năm 2027\n\nCăn cứ Thông tư số 19/2020/TT-BYT ngày 12/7/2020 "
            "của Bộ trưởng Bộ Y tế;\n" + BODY.strip() + "\n" + "- Phòng Điều dưỡng kiểm tra "
            "hằng tháng.\n" * 30 + RECIPIENTS)
    header = ("SỞ Y TẾ TỈNH TÂN AN\nBỆNH VIỆN ĐA KHOA TỈNH\nSố: 77/KH-BV\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
              "Độc lập - Tự do - Hạnh phúc\nTân An, ngày 01 tháng 12 năm 2026\nGIÁM ĐỐC\nTrần Văn Bảo\n")
    doc = meta(body + header)
    assert (doc.type, doc.title) == ("Kế hoạch", "Nâng cao chất lượng khám bệnh năm 2027")
    plan = vnplan.extract_text(body + header)  # (what it cites is the document's, though above the header)
    assert [r.number for r in plan.references] == ["19/2020/TT-BYT"]



def test_a_party_committee_of_a_sector_under_the_provinces_party_organisation_keeps_its_name():
    doc = meta("ĐẢNG BỘ TỈNH TÂN AN\nĐẢNG ỦY KHỐI DOANH NGHIỆP TỈNH\n*\nSố 05-NQ/ĐU\n\nĐẢNG CỘNG SẢN VIỆT NAM\n"
               "Tân An, ngày 15 tháng 9 năm 2026\nNGHỊ QUYẾT\nvề công tác năm 2027\n" + BODY)
    assert doc.issuer == "Đảng ủy khối doanh nghiệp tỉnh Tân An"


def test_a_regional_office_of_a_central_body_in_one_header_cell_issues_where_its_place_line_is():
    doc = meta("| KIỂM TOÁN NHÀ NƯỚC KIỂM TOÁN NHÀ NƯỚC KHU VỰC IX ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - "
               "Tự do - Hạnh phúc --- |\n| Số: 07/KH-KVIX | Tân An, ngày 05 tháng 01 năm 2027 |\nKẾ HOẠCH\nKiểm toán năm "
               "2027\n" + BODY + "| Nơi nhận: - Như trên; - Lưu: VT. | KIỂM TOÁN TRƯỞNG (Đã ký) Lê Minh Hải |\n")
    assert (doc.issuer, doc.province) == ("Kiểm toán nhà nước khu vực IX", "Tân An")
    assert (doc.signer, doc.signer_title) == ("Lê Minh Hải", "Kiểm toán trưởng")


def test_a_dispatch_without_its_header_is_issued_by_the_authority_that_addresses_its_recipients():
    doc = meta("Số: 31/CĐ-TTg\nHà Nội, ngày 03 tháng 02 năm 2027\nCÔNG ĐIỆN\nVề việc phòng, chống rét đậm\n"
               "THỦ TƯỚNG CHÍNH PHỦ điện:\n- Chủ tịch Ủy ban nhân dân các tỉnh miền núi phía Bắc.\n" + BODY)
    assert (doc.issuer, doc.province, doc.type) == ("Thủ tướng Chính phủ", None, "Công điện")


def test_a_school_under_a_department_is_of_the_departments_province_and_its_head_signs_beside_the_recipients():
    doc = meta("SỞ GIÁO DỤC VÀ ĐÀO TẠO TÂN AN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTRƯỜNG THPT PHÚ LỘC Độc lập - Tự do - "
               "Hạnh phúc\nSố: 12/KH-THPT Phú Lộc, ngày 10 tháng 01 năm 2027\nKẾ HOẠCH\nÔn thi năm 2027\nThực hiện "
               "hướng dẫn của Sở Giáo dục và Đào tạo Tân An, Trường Trung học phổ thông Phú Lộc xây dựng Kế hoạch như "
               "sau:" + BODY
               + "Nơi nhận: HIỆU TRƯỞNG\n- Sở GDĐT (b/c); (Đã ký)\n- Các tổ chuyên môn; Đỗ Thị Lan\n- Lưu: VT.\n")
    assert (doc.issuer, doc.province) == ("Trường Trung học phổ thông Phú Lộc", "Tân An")
    assert (doc.signer, doc.signer_title) == ("Đỗ Thị Lan", "Hiệu trưởng")


def test_a_copy_in_the_press_is_numbered_dated_and_issued_as_its_lead_paragraph_announces():
    doc = meta("VĂN BẢN MỚI\nChủ tịch tỉnh chỉ thị phòng cháy rừng\n(Báo Tân An) - Ngày 12/02/2027, Chủ tịch Ủy ban nhân "
               "dân tỉnh Tân An đã ký ban hành Chỉ thị số 03/CT-UBND về tăng cường phòng cháy, chữa cháy rừng. Báo trân "
               "trọng giới thiệu toàn văn.\nCHỈ THỊ\nVề tăng cường phòng cháy, chữa cháy rừng\n\nN\năm 2026, toàn tỉnh "
               "xảy ra 12 vụ cháy rừng.\n1. Sở Nông nghiệp và Môi trường chủ trì tuần tra rừng.\n")
    assert (doc.number, doc.issued_date, doc.type) == ("03/CT-UBND", "2027-02-12", "Chỉ thị")
    assert (doc.issuer, doc.province) == ("Ủy ban nhân dân tỉnh Tân An", "Tân An")


def test_a_lead_paragraph_announces_a_document_by_its_type_and_kind():
    # "Chương trình hành động số …": the type is the programme, the kind after it no word of its number
    doc = meta("XÂY DỰNG ĐẢNG\nNâng cao hiệu quả tiếp công dân\n(BTA) - Ban Thường vụ Tỉnh ủy Tân An vừa ban hành "
               "Chương trình hành động số 24-CTr/TU ngày 18/3/2027 thực hiện Chỉ thị của Ban Bí thư về công tác tiếp "
               "công dân.\nTheo đó, các cấp ủy lãnh đạo chính quyền cùng cấp rà soát các vụ việc tồn đọng.\n")
    assert (doc.type, doc.number, doc.issued_date) == ("Chương trình", "24-CTr/TU", "2027-03-18")


def test_a_script_presenting_a_plan_names_it_on_its_source_line():
    doc = meta("ĐÀI TRUYỀN THANH XÃ AN PHÚ\nKỊCH BẢN PHÁT THANH\nBiên tập: Hoàng Thị Thu\n"
               "Nguồn: Kế hoạch số 31/KH-UBND ngày 10/3/2027 của UBND xã An Phú, Phó Chủ tịch UBND xã ký ban hành.\n"
               "Kính thưa bà con! Ủy ban nhân dân xã giao như sau.\nMột là, Phòng Kinh tế xã rà soát diện tích cây trồng.\n")
    assert (doc.type, doc.number, doc.issued_date) == ("Kế hoạch", "31/KH-UBND", "2027-03-10")
    assert doc.issuer == "Ủy ban nhân dân xã An Phú"


def test_a_drop_cap_is_set_back_on_its_word():
    assert "\nNăm 2026, toàn tỉnh xảy ra" in normalise(RawText("CHỈ THỊ\nVề phòng cháy rừng\n\nN\năm 2026, toàn tỉnh "
                                                              "xảy ra 12 vụ cháy rừng.\n", "txt"))


def test_a_document_the_text_cites_as_announced_is_not_the_document():
    doc = meta("KẾ HOẠCH\nTriển khai tiêm chủng năm 2027\nI. CĂN CỨ\nNgày 10/01/2027, Bộ Y tế đã ban hành Kế hoạch số "
               "15/KH-BYT về tiêm chủng mở rộng.\n")
    assert (doc.number, doc.issued_date) == (None, None)


def test_words_after_a_departments_field_that_name_no_place_are_no_province():
    doc = meta("SỞ GIÁO DỤC VÀ ĐÀO TẠO CỤM TRƯỜNG SỐ\nTRƯỜNG THPT PHÚ LỘC\nSố: 12/KH-THPT\nPhú Lộc, ngày 10 tháng 01 năm "
               "2027\nKẾ HOẠCH\nÔn thi năm 2027\nTrường Trung học phổ thông Phú Lộc xây dựng Kế hoạch như sau:" + BODY)
    assert doc.province == "Phú Lộc"


def test_a_roman_numeral_wrapped_alone_is_no_drop_cap():
    assert "Inăm" not in normalise(RawText("1. Sở Y tế hoàn thành trong Quý\nI\nnăm 2027.\n", "txt"))
    assert "Øtổ" not in normalise(RawText("Nhiệm vụ:\n\nØ\ntổ chức kiểm tra.\n", "txt"))


@pytest.mark.parametrize("organ, issuer", [("ỦY BAN KIỂM TRA TỈNH ỦY", "Ủy ban Kiểm tra Tỉnh ủy Tân An"),
                                           ("BAN TỔ CHỨC TỈNH ỦY", "Ban Tổ chức Tỉnh ủy Tân An"),
                                           ("VĂN PHÒNG TỈNH ỦY", "Văn phòng Tỉnh ủy Tân An")])
def test_an_organ_of_the_provinces_party_committee_issues_for_it_and_names_itself_without_the_province(organ, issuer):
    result = vnplan.extract_text(
        f"ĐẢNG BỘ TỈNH TÂN AN                 ĐẢNG CỘNG SẢN VIỆT NAM\n{organ}\n*\n"
        "Số 15-CTr/TU                Tân An, ngày 02 tháng 3 năm 2027\nCHƯƠNG TRÌNH\nKiểm tra năm 2027\n"
        f"I. NỘI DUNG\nNăm 2027, {issuer[:-len(' Tân An')]} tập trung thực hiện các nội dung sau (lịch tại Phụ lục):\n"
        "1. Kiểm tra tài chính đảng tại các chi bộ.\n2. Giám sát việc kê khai tài sản.\n")
    assert (result.document.issuer, result.document.province) == (issuer, "Tân An")
    assert [(t.text, t.lead) for t in result.tasks] == [("Kiểm tra tài chính đảng tại các chi bộ.", [issuer]),
                                                        ("Giám sát việc kê khai tài sản.", [issuer])]


def test_a_company_no_list_knows_issues_under_the_name_its_header_gives_never_a_guessed_peoples_committee():
    result = vnplan.extract_text(
        "| TỔNG CÔNG TY ĐƯỜNG SẮT VIỆT NAM - CTCP | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc |\n"
        "| Số: 88/KH-ĐS | Tân An, ngày 15 tháng 12 năm 2026 |\nKẾ HOẠCH\nBảo đảm chạy tàu dịp Tết năm 2027\n"
        "I. NHIỆM VỤ\n1. Ban Kỹ thuật chủ trì kiểm tra đường ray.\n")
    assert (result.document.issuer, result.document.province) == ("Tổng công ty Đường sắt Việt Nam - CTCP", "Tân An")
    unknown = vnplan.extract_text(
        "| CỤM THI ĐUA SỐ 4 | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc |\n"
        "| Số: 2/KH-CTĐ | Tân An, ngày 15 tháng 12 năm 2026 |\nKẾ HOẠCH\nThi đua năm 2027\nI. NHIỆM VỤ\n"
        "1. Các đơn vị tổ chức phát động thi đua.\n").document
    assert (unknown.issuer, unknown.province) == (None, "Tân An")


def test_the_party_committee_of_a_body_issues_under_its_own_name():
    text = ("ĐẢNG BỘ TỈNH TÂN AN\nĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH\n*\nSố 18-CTr/ĐU\nĐẢNG CỘNG SẢN VIỆT NAM\n"
            "Tân An, ngày 18 tháng 12 năm 2025\nCHƯƠNG TRÌNH HÀNH ĐỘNG\nthực hiện Nghị quyết số 72-NQ/TW\nI. NHIỆM VỤ\n"
            "1. Sở Y tế chủ trì kiểm tra trước ngày 30/6/2026.\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\nNguyễn Văn A\n")
    document = vnplan.extract_text(text).document
    assert (document.issuer, document.province) == ("Đảng ủy Ủy ban nhân dân tỉnh Tân An", "Tân An")
    # a commune's committee names no body after it: as before
    assert vnplan.extract_text(text.replace("ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH", "ĐẢNG ỦY XÃ HÒA BÌNH")).document.issuer == \
        "Đảng ủy xã Hòa Bình"


def test_the_government_inspectorate_issues_in_its_own_name_not_the_governments():
    text = ("THANH TRA CHÍNH PHỦ\nSố: 77/TB-TTCP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Hà Nội, ngày 02 tháng 12 năm 2026\nTHÔNG BÁO\nKết luận của Tổng Thanh tra Chính phủ tại Hội nghị\n"
            "1. Vụ Pháp chế chủ trì tổng hợp vướng mắc; hoàn thành trong quý I/2027.\n")
    document = extract_metadata(text)
    assert (document.issuer, document.province) == ("Thanh tra Chính phủ", None)
    assert extract_metadata(text.replace("THANH TRA CHÍNH PHỦ\n", "VĂN PHÒNG CHÍNH PHỦ\n")).issuer == "Văn phòng Chính phủ"


def test_lines_of_codes_and_numbers_before_the_header_are_none_of_its_cell():
    # a project file's fields (counters, GUIDs, ISO times, durations) come out as lines before the document's text
    fields = "3\n5E0B7C21-4D3A-F011\n2026-12-09T08:15:00\nPT1632H0M0S\n0\n" * 8
    text = (fields + "ỦY BAN NHÂN DÂN TỈNH TÂN AN\nSố: 287/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\nTân An, ngày 08 tháng 12 năm 2026\nKẾ HOẠCH\nGiải phóng mặt bằng năm 2027\n"
            "I. NHIỆM VỤ\n1. Sở Tài chính thẩm định giá đất.\n")
    document = extract_metadata(text)
    assert (document.type, document.title, document.issuer) == ("Kế hoạch", "Giải phóng mặt bằng năm 2027",
                                                                 "Ủy ban nhân dân tỉnh Tân An")


def test_a_committee_of_the_national_assembly_and_a_commission_of_the_central_committee_are_named_as_theirs():
    text = ("QUỐC HỘI KHÓA XVI\nỦY BAN KINH TẾ VÀ TÀI CHÍNH\nSố: 52/KH-UBKTTC16\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\nHà Nội, ngày 02 tháng 12 năm 2026\nKẾ HOẠCH\nGiám sát chuyên đề năm 2027\n")
    document = extract_metadata(text)
    assert (document.issuer, document.province) == ("Ủy ban Kinh tế và Tài chính của Quốc hội", None)
    # a committee of no assembly keeps its own name
    assert extract_metadata(text.replace("QUỐC HỘI KHÓA XVI\n", "")).issuer == "Ủy ban Kinh tế và Tài chính"
    # a commission of the Party's Central Committee is named as one of the centre's
    party = ("BAN CHẤP HÀNH TRUNG ƯƠNG\nBAN TUYÊN GIÁO VÀ DÂN VẬN\n*\nSố: 1147-QĐ/BTGDVTW\nĐẢNG CỘNG SẢN VIỆT NAM\n"
             "Hà Nội, ngày 01 tháng 12 năm 2025\nQUYẾT ĐỊNH\nBan hành Quy chế bồi dưỡng\n")
    assert (extract_metadata(party).issuer, extract_metadata(party).province) == ("Ban Tuyên giáo và Dân vận Trung ương", None)


def test_a_browsers_text_save_of_a_page_reads_its_starred_and_slashed_emphasis_as_emphasis():
    # "*1. Sở Y tế:*" is a bold heading, not a bullet; "/Tân An, ngày …/" an italic place and date
    text = normalise(RawText("\n".join([
        "*ỦY BAN NHÂN DÂN*", "*TỈNH TÂN AN*", "Số: 27/CT-UBND\t/Tân An, ngày 24 tháng 11 năm 2026/", "", "*CHỈ THỊ*", "",
        "*Về tăng cường quản lý khai thác cát,", "sỏi lòng sông*", "", "*1. Sở Nông nghiệp và Môi trường:*", "",
        "a) Rà soát các mỏ cát đã được cấp phép, hoàn thành trong quý I/2027.", "",
        "*2. Công an tỉnh:* Điều tra, xử lý các vụ khai thác cát trái phép.", "", "*/Nơi nhận:/*", "- Lưu: VT.", ""]),
        "txt"))
    lines = text.split("\n")
    assert "1. Sở Nông nghiệp và Môi trường:" in lines
    assert "2. Công an tỉnh: Điều tra, xử lý các vụ khai thác cát trái phép." in lines
    assert "Về tăng cường quản lý khai thác cát, sỏi lòng sông" in lines and "Nơi nhận:" in lines
    assert extract_metadata(text).issued_date == "2026-11-24"


def test_a_digital_signatures_stamp_between_the_office_and_the_name_and_a_drafts_office_beside_the_recipients():
    head = ("BAN CHỈ ĐẠO 504\nTỈNH TÂN AN\nSố: 71/KH-BCĐ\nTân An, ngày 28 tháng 11 năm 2026\nKẾ HOẠCH\n"
            "Rà phá bom mìn năm 2027\nI. NHIỆM VỤ\n1. Bộ Chỉ huy Quân sự tỉnh chủ trì rà phá bom mìn.\n"
            "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n")
    signed = extract_metadata(head + "KT. TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\nBan Chỉ đạo 504 tỉnh Tân An\n"
                              "28.11.2026 16:05:31 +07:00\nHoàng Nam Sơn\n")
    assert (signed.signer_title, signed.signer) == ("Phó Trưởng ban", "Hoàng Nam Sơn")
    draft = extract_metadata(head.replace("- Lưu: VT.\n", "- Lưu: VT, KHKT. TRƯỞNG BAN\n")
                             + "PHIẾU GÓP Ý DỰ THẢO KẾ HOẠCH\nTên đơn vị góp ý: ....\n")
    assert (draft.signer_title, draft.signer) == ("Trưởng ban", None)


def test_a_drafts_blank_number_and_day_leave_its_place_and_its_cell_run_on_with_the_province():
    text = ("DỰ THẢO\nỦY BAN NHÂN DÂN TỈNH TÂN AN QUỸ BẢO VỆ VÀ PHÁT TRIỂN RỪNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc Số: /KH-QBVPTR Tân An, ngày tháng 12 năm 2026\nKẾ HOẠCH\n"
            "Thu, chi trả tiền dịch vụ môi trường rừng năm 2027\nQuỹ Bảo vệ và Phát triển rừng tỉnh Tân An xây dựng Kế hoạch "
            "như sau:\n")
    document = extract_metadata(text)
    assert (document.issuer, document.province, document.issued_date, document.number) == (
        "Quỹ Bảo vệ và Phát triển rừng tỉnh Tân An", "Tân An", None, None)


def test_a_units_head_signing_for_the_head_of_the_body_signs_with_the_units_name():
    document = meta("CÔNG TY CỔ PHẦN CẤP NƯỚC KON TUM\nSố: 15/TB-CNKT\nKon Tum, ngày 5 tháng 1 năm 2027\n\nTHÔNG BÁO\n"
                    "Kết luận giao ban quý IV năm 2026\n" + BODY + RECIPIENTS +
                    "TL. GIÁM ĐỐC\nTRƯỞNG PHÒNG TỔ CHỨC - HÀNH CHÍNH\n(Đã ký)\nLê Thị Bích Vân\n")
    assert (document.signer, document.signer_title) == ("Lê Thị Bích Vân", "Trưởng phòng Tổ chức - Hành chính")


def test_a_companys_name_going_on_over_the_header_cells_next_line_is_read_whole_as_the_text_writes_it():
    document = meta("ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                    "CÔNG TY TNHH MỘT THÀNH VIÊN             Độc lập - Tự do - Hạnh phúc\nCẤP NƯỚC SA ĐÉC\n"
                    "Số: 86/TB-CNSĐ                          Đồng Tháp, ngày 03 tháng 12 năm 2026\n\nTHÔNG BÁO\n"
                    "Kết luận giao ban quý IV năm 2026\n"
                    "Chủ tịch Công ty Trách nhiệm hữu hạn Một thành viên Cấp nước Sa Đéc kết luận như sau:\n"
                    + BODY + RECIPIENTS + "CHỦ TỊCH\nLê Văn Hòa\n")
    assert (document.issuer, document.province) == (
        "Công ty Trách nhiệm hữu hạn Một thành viên Cấp nước Sa Đéc", "Đồng Tháp")


def test_the_national_labour_confederation_issues_as_itself_or_through_its_union_in_a_province():
    for cell in ("TỔNG LIÊN ĐOÀN LAO ĐỘNG\nVIỆT NAM\n", "TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM\n"):
        document = meta(cell + "Số: 58/HD-TLĐ\nHà Nội, ngày 20 tháng 11 năm 2026\n\nHƯỚNG DẪN\nĐối thoại năm 2027\n"
                        + BODY + RECIPIENTS + "TM. ĐOÀN CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Văn An\n")
        assert (document.issuer, document.province) == ("Tổng Liên đoàn Lao động Việt Nam", None)


def test_a_dump_of_a_documents_paragraphs_then_its_tables_opens_on_its_type_word_its_header_below():
    document = meta("[file] ke-hoach.docx\n[paragraphs] 6\nKẾ HOẠCH\nHỗ trợ nạn nhân năm 2027\n\n"
                    "Thực hiện Chỉ thị số 43-CT/TW ngày 14/5/2015 của Ban Bí thư, Hội xây dựng Kế hoạch như sau:\n"
                    + BODY + "\n[table 1] 1 x 2\nHỘI CỰU CHIẾN BINH TỈNH BẮC NINH\nSố: 64/KH-CCB | CỘNG HÒA XÃ HỘI CHỦ "
                    "NGHĨA VIỆT NAM\nBắc Ninh, ngày 23 tháng 11 năm 2026\n" + RECIPIENTS + "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH\n"
                    "Trần Văn Bé\n")
    assert (document.type, document.title, document.number) == ("Kế hoạch", "Hỗ trợ nạn nhân năm 2027", "64/KH-CCB")


def test_a_body_named_by_its_office_signs_for_itself_with_no_office_of_the_signer():
    document = meta("BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nSố 58-CT/TW\nĐẢNG CỘNG SẢN VIỆT NAM\nHà Nội, ngày 01 tháng 12 năm 2026\n\n"
                    "CHỈ THỊ\nvề phòng, chống tác hại của thuốc lá điện tử\n" + BODY + RECIPIENTS +
                    "T/M BAN BÍ THƯ\nĐinh Quang Luận\n")
    assert document.signer_title is None  # (not "Bí thư": the Secretariat signs, no secretary)


def test_a_signers_name_in_a_spreadsheet_cell_closed_by_its_quote_is_the_name():
    document = meta("SỞ GIÁO DỤC VÀ ĐÀO TẠO\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 2146/KH-SGDĐT\t\t"
                    "Hải Phòng, ngày 26 tháng 11 năm 2026\nKẾ HOẠCH\nDạy tiếng Anh năm học 2026 - 2027\n" + BODY +
                    '"Nơi nhận:\n- Lưu: VT."\t\t"KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\nBùi Thị Phương Thảo"\t\t\n')
    assert (document.signer, document.signer_title) == ("Bùi Thị Phương Thảo", "Phó Giám đốc")


def test_a_unit_under_the_party_committees_line_issues_and_signs_beside_the_recipients():
    head = ("TỈNH ỦY AN GIANG\nTRƯỜNG CHÍNH TRỊ\nSố 12-KH/TCT\nĐẢNG CỘNG SẢN VIỆT NAM\nAn Giang, ngày 01 tháng 12 năm 2026\n"
            "KẾ HOẠCH\nBồi dưỡng kỹ năng số năm 2027\nI. NHIỆM VỤ\n"
            "1. Khoa Lý luận cơ sở của Trường Chính trị tỉnh biên soạn tài liệu.\n")
    doc = meta(head + "Nơi nhận: T/M BAN GIÁM HIỆU\n- Thường trực Tỉnh ủy (b/c), HIỆU TRƯỞNG\n- Các khoa, phòng,\n"
               "- Lưu VT.\nTrần Văn Phước\n")
    assert (doc.issuer, doc.province) == ("Trường Chính trị tỉnh An Giang", "An Giang")
    assert (doc.signer_title, doc.signer) == ("Hiệu trưởng", "Trần Văn Phước")


def test_a_header_read_by_an_ocr_that_lost_a_capitals_marks():
    doc = meta("UY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nXÃ EA KIÊNG Độc lập - Tự do - Hạnh phúc\n"
               "Số: 96 /KH-UBND Ea Kiêng, ngày 04 tháng 12 năm 2026\nKẾ HOẠCH\nPhòng, chống dịch bệnh năm 2027\n"
               "Căn cứ Kế hoạch số 215/KH-UBND ngày 12/11/2026 của Ủy ban nhân dân tỉnh Đắk Lắk;\n")
    assert (doc.issuer, doc.province) == ("Ủy ban nhân dân xã Ea Kiêng", "Đắk Lắk")


def test_the_signature_column_beside_the_recipients_set_by_tabs_or_bars():
    body = ("ỦY BAN NHÂN DÂN\nPHƯỜNG AN HÒA\nSố: 18/KH-UBND\nAn Hòa, ngày 03 tháng 12 năm 2026\nKẾ HOẠCH\n"
            "Chỉnh trang vỉa hè năm 2027\nI. NHIỆM VỤ\n1. Công an phường bảo đảm trật tự.\n")
    tabs = ("Nơi nhận:\t\t\tGIÁM ĐỐC\t\t\n- Sở Nội vụ (để b/c);\t\t\t\t\t\n- Lưu: VT.\t\t\t(Đã ký)\t\t\n"
            "\t\t\tDương Thị Mỹ Linh\t\t\n")
    bars = ("Nơi nhận: | KT. CHỦ TỊCH\n- UBND tỉnh (b/c); | PHÓ CHỦ TỊCH\n- Các phòng thuộc UBND phường;\n"
            "- Lưu: VT. | Hồ Quang Vinh\n")
    assert (meta(body + tabs).signer_title, meta(body + tabs).signer) == ("Giám đốc", "Dương Thị Mỹ Linh")
    assert (meta(body + bars).signer_title, meta(body + bars).signer) == ("Phó Chủ tịch", "Hồ Quang Vinh")


def test_a_companys_name_wrapped_under_its_head_and_a_national_university_in_no_province():
    doc = meta("TỔNG CÔNG TY\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nCHÈ VIỆT NAM - CTCP\tĐộc lập - Tự do - Hạnh phúc\n"
               "Số: 15/KH-CVN\tHà Nội, ngày 07 tháng 12 năm 2026\nKẾ HOẠCH\nPhát triển vùng chè năm 2027\n"
               "Tổng công ty Chè Việt Nam - CTCP ban hành Kế hoạch như sau:\n")
    assert doc.issuer == "Tổng công ty Chè Việt Nam - CTCP"
    doc = meta("ĐẠI HỌC QUỐC GIA\nTHÀNH PHỐ HỒ CHÍ MINH\nSố: 28/CT-ĐHQG\nThành phố Hồ Chí Minh, ngày 09 tháng 12 năm "
               "2026\nCHỈ THỊ\nVề an toàn ký túc xá\nĐại học Quốc gia Thành phố Hồ Chí Minh yêu cầu các đơn vị:\n")
    assert doc.province is None


def test_a_markdown_header_cell_run_into_one_line_with_its_number_spaced():
    doc = meta("| ![][image1] HỘI SINH VIÊN VIỆT NAM THÀNH PHỐ HẢI PHÒNG \\*\\*\\* Số: 45 KH/HSV | *Hải Phòng, ngày 02 tháng "
               "12 năm 2026* |\n| :---: | :---: |\n\n**KẾ HOẠCH**\n\n**Nhà trọ an toàn cho sinh viên năm 2027**\n\n"
               "Ban Thư ký Hội Sinh viên Việt Nam thành phố Hải Phòng ban hành Kế hoạch như sau:\n", "md")
    assert (doc.number, doc.issuer, doc.province) == ("45-KH/HSV", "Hội Sinh viên Việt Nam thành phố Hải Phòng",
                                                      "Hải Phòng")


def test_a_commission_of_the_party_committee_and_a_unit_the_text_names_by_what_it_manages():
    doc = meta("TỈNH ỦY AN GIANG\n\nBAN DÂN VẬN\n\n*\n\nSố 45-KH/BDVTU\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\n"
               "An Giang, ngày 14 tháng 01 năm 2027\n\nKẾ HOẠCH\n\nThực hiện công tác dân vận khéo năm 2027\n")
    assert (doc.issuer, doc.province) == ("Ban Dân vận Tỉnh ủy An Giang", "An Giang")
    doc = meta("TỈNH ỦY AN GIANG\nBAN CHỈ ĐẠO PHÁT TRIỂN KHOA HỌC, CÔNG NGHỆ\n*\nSố 12-KH/BCĐ\nĐẢNG CỘNG SẢN VIỆT NAM\n"
               "An Giang, ngày 14 tháng 01 năm 2027\nKẾ HOẠCH\nChuyển đổi số năm 2027\n"
               "Ban Chỉ đạo phát triển khoa học, công nghệ tỉnh ban hành Kế hoạch như sau:\n")
    assert doc.issuer == "Ban Chỉ đạo phát triển khoa học, công nghệ tỉnh An Giang"  # a steering committee: the province's
    doc = meta("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH AN GIANG\nBAN QUẢN LÝ KHU BẢO TỒN THIÊN NHIÊN TRÀ SƯ\nSố: 19/KH-BQL\n"
               "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nAn Giang, ngày 11 tháng 01 năm 2027\nKẾ HOẠCH\n"
               "Bảo tồn sinh cảnh tại Khu bảo tồn thiên nhiên Trà Sư năm 2027\n")
    assert doc.issuer == "Ban Quản lý Khu bảo tồn thiên nhiên Trà Sư"


def test_a_hospital_under_its_department_an_acting_director_and_an_ocrs_misread_marks():
    doc = meta("SỞ Y TẾ HẢI PHÒNG CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nBỆNH VIỆN MẮT HẢI PHÒNG Độc lập - Tự do - Hạnh phủc\n"
               "Số: 52/TB-BVM Hải Phòng, ngày 06 tháng 01 năm 2027\nTHÔNG BÁO\nKết luận của Giám đốc Bệnh viện\n"
               "1. Phòng Kế hoạch tổng hợp báo cáo Giám đốc trưóc ngày 05 hằng tháng.\n"
               "Nơi nhận:\n- Lưu: VT.\nQ. GIÁM ĐỐC\nHồ Thị Thu Hà\n")
    assert (doc.issuer, doc.province) == ("Bệnh viện Mắt Hải Phòng", "Hải Phòng")
    assert (doc.signer_title, doc.signer) == ("Quyền Giám đốc", "Hồ Thị Thu Hà")
    assert "trước ngày 05 hằng tháng" in normalise(RawText("Báo cáo trưóc ngày 05 hằng tháng.", "txt"))


def test_the_office_above_the_recipients_and_the_name_below_them_as_a_text_layer_orders_the_columns():
    doc = meta("BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nCỤC TRỒNG TRỌT VÀ BẢO VỆ THỰC VẬT\nSố: 12/KH-TTBVTV\n"
               "Hà Nội, ngày 05 tháng 01 năm 2027\nKẾ HOẠCH\nThu gom bao gói thuốc năm 2027\n"
               "1. Phòng Bảo vệ thực vật theo dõi, đôn đốc./.\n\nKT. CỤC TRƯỞNG\nPHÓ CỤC TRƯỞNG\n\nNơi nhận:\n"
               "- Bộ trưởng (để b/c);\n- Lưu: VT, BVTV.\n\nPhạm Đức Minh\n")
    assert (doc.signer_title, doc.signer) == ("Phó Cục trưởng", "Phạm Đức Minh")


def test_a_joint_documents_code_is_its_types_not_an_issuers_ending_in_lt():
    head = ("SỞ NỘI VỤ TỈNH AN GIANG\nTRUNG TÂM LƯU TRỮ LỊCH SỬ\nSố: 24/KH-TTLT\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Long Xuyên, ngày 11 tháng 01 năm 2027\nKẾ HOẠCH\nTiếp nhận tài liệu lưu trữ năm 2027\n"
            "Trung tâm Lưu trữ lịch sử xây dựng Kế hoạch như sau:\n")
    assert meta(head).issuer == "Trung tâm Lưu trữ lịch sử tỉnh An Giang"


def test_a_numbered_wards_place_line_gives_the_date():
    """Since 2025 a ward may keep a number in its name ("Bảo Lộc 1", "Phường 3"): the place before the date."""
    text = PLAIN.replace("Quảng Trị, ngày 03 tháng 4 năm 2024", "Đông Hà 2, ngày 03 tháng 4 năm 2024")
    assert meta(text).issued_date == "2024-04-03"


@pytest.mark.parametrize("cell, issuer", [
    # the national organisation's branch in a province, its committee on the line under it acting for it
    ("HỘI NÔNG DÂN VIỆT NAM TỈNH QUẢNG TRỊ\nBAN CHẤP HÀNH", "Hội Nông dân Việt Nam tỉnh Quảng Trị"),
    ("HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM TỈNH QUẢNG TRỊ\nBAN THƯỜNG VỤ", "Hội Liên hiệp Phụ nữ Việt Nam tỉnh Quảng Trị"),
    ("HỘI CỰU CHIẾN BINH VIỆT NAM TỈNH QUẢNG TRỊ", "Hội Cựu chiến binh Việt Nam tỉnh Quảng Trị"),
])
def test_an_organisations_branch_in_a_province_issues_through_its_committee(cell, issuer):
    organisation = issuer.removesuffix(" tỉnh Quảng Trị")
    text = PLAIN.replace("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ", cell).replace("UBND tỉnh", organisation + " tỉnh")
    assert (meta(text).issuer, meta(text).province) == (issuer, "Quảng Trị")


def test_a_wards_school_issues_under_its_committee_and_a_school_of_lower_secondary_is_no_department():
    """ "ỦY BAN NHÂN DÂN PHƯỜNG X / TRƯỜNG THCS Y": the school on the line under the ward's committee issues; its name
    in full ("Trung học cơ sở") holds "CƠ SỞ", no department."""
    text = ("ỦY BAN NHÂN DÂN PHƯỜNG TÂN LẬP\nTRƯỜNG THCS LÊ LỢI\nSố: 12/KH-THCSLL\n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTân Lập, ngày 15 tháng 01 năm 2027\nKẾ HOẠCH\nHướng nghiệp năm 2027\n"
            "Căn cứ Kế hoạch số 145/KH-SGDĐT của Sở Giáo dục và Đào tạo tỉnh Đắk Lắk, Trường Trung học cơ sở Lê Lợi "
            "xây dựng Kế hoạch như sau:\n" + BODY + RECIPIENTS + "HIỆU TRƯỞNG\n\nNguyễn Văn Hùng\n")
    doc = meta(text)
    assert (doc.issuer, doc.province) == ("Trường Trung học cơ sở Lê Lợi", "Đắk Lắk")


def test_a_wards_header_without_its_province_gives_none_and_a_highlands_name_keeps_its_prefix():
    """ "ỦY BAN NHÂN DÂN / PHƯỜNG X" at "X, ngày …", the text naming no province: the place is the ward's own name,
    no province; the signer "H' Linh Niê" keeps the prefix of her name, not taken for a capital of the office."""
    text = ("ỦY BAN NHÂN DÂN\nPHƯỜNG TÂN LẬP\nSố: 27/TB-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Tân Lập, ngày 05 tháng 3 năm 2027\nTHÔNG BÁO\nKết luận về tiến độ xây dựng trường mầm non\n" + BODY
            + RECIPIENTS + "TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\nH' Linh Niê\n")
    doc = meta(text)
    assert (doc.issuer, doc.province) == ("Ủy ban nhân dân phường Tân Lập", None)
    assert (doc.signer, doc.signer_title) == ("H' Linh Niê", "Chánh Văn phòng")


@pytest.mark.parametrize("cell, issuer", [
    ("SỞ CÔNG THƯƠNG\nTHÀNH PHỐ CẦN THƠ", "Sở Công Thương thành phố Cần Thơ"),  # the place under the department's line
    ("SỞ Y TẾ TỈNH CÀ MAU", "Sở Y tế tỉnh Cà Mau"),
    ("ỦY BAN NHÂN DÂN\nTỈNH CÀ MAU\nSỞ CÔNG THƯƠNG", "Sở Công Thương tỉnh Cà Mau"),
])
def test_a_department_issues_with_its_province_wherever_its_header_names_it_its_field_official(cell, issuer):
    text = PLAIN.replace("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ", cell)
    assert meta(text).issuer == issuer


def test_a_units_name_going_on_over_the_headers_next_line_is_read_whole_with_the_province_the_text_gives_it():
    """ "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG / TRUNG TÂM QUAN TRẮC / TÀI NGUYÊN VÀ MÔI TRƯỜNG": the unit's name runs over two
    lines, whole as the text writes it; the authority's line writes it with its province ("… TỈNH PHÚ THỌ")."""
    text = PLAIN.replace("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nTRUNG TÂM QUAN TRẮC\n"
                         "TÀI NGUYÊN VÀ MÔI TRƯỜNG").replace(
        "Thực hiện Nghị quyết số 12/NQ-CP ngày 10/01/2024 của Chính phủ, UBND tỉnh ban hành Kế hoạch như sau:",
        "GIÁM ĐỐC TRUNG TÂM QUAN TRẮC TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH QUẢNG TRỊ\nCăn cứ chức năng, nhiệm vụ của Trung "
        "tâm Quan trắc tài nguyên và môi trường;")
    assert meta(text).issuer == "Trung tâm Quan trắc tài nguyên và môi trường tỉnh Quảng Trị"


def test_a_ministrys_office_under_the_ministrys_line_issues_as_a_central_body():
    """ "BỘ Y TẾ" / "VĂN PHÒNG BỘ": the office repeats its body's head; it issues as the ministry's, no province."""
    text = PLAIN.replace("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ", "BỘ Y TẾ\nVĂN PHÒNG BỘ").replace("Quảng Trị, ngày",
                                                                                          "Hà Nội, ngày")
    assert (meta(text).issuer, meta(text).province) == ("Văn phòng Bộ Y tế", None)


def test_a_systems_one_line_issuer_with_its_province_and_a_deputy_signing_for_the_head():
    """A document system writes the body and its province on one line ("Ủy ban nhân dân phường X, tỉnh Y") and the
    signer's offices after his name, the one he signs for first ("KT. Chủ tịch, Phó Chủ tịch"): the ward issues, in
    its province, and the deputy signs."""
    raw = ("Số, ký hiệu: 31/KH-UBND\nLoại văn bản: Kế hoạch\nNgày ban hành: 12/03/2027\n"
           "Cơ quan ban hành: Ủy ban nhân dân phường Hòa Lạc, tỉnh Bình Minh\n"
           "Người ký: Phạm Văn Long - KT. Chủ tịch, Phó Chủ tịch\nTrích yếu: Chỉnh trang vỉa hè năm 2027\n" + BODY)
    doc = meta(raw)
    assert (doc.issuer, doc.province) == ("Ủy ban nhân dân phường Hòa Lạc", "Bình Minh")
    assert (doc.signer, doc.signer_title) == ("Phạm Văn Long", "Phó Chủ tịch")
    # a minister who also chairs a committee signs as minister: the comma there joins his two offices
    both = meta(raw.replace("KT. Chủ tịch, Phó Chủ tịch", "Bộ trưởng, Chủ nhiệm"))
    assert both.signer_title == "Bộ trưởng"


def test_a_header_set_in_text_boxes_after_the_body_leaves_the_signature_before_it():
    """A Word file saved as text puts its header's text boxes at the end: the signature, before them, is still the
    document's."""
    raw = ("THÔNG BÁO\nKết luận về giải phóng mặt bằng\n1. Giao Ủy ban nhân dân phường hoàn thành kiểm đếm.\n"
           "Nơi nhận:\n- Như trên;\n- Lưu VP.\nT/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\nLê Thị Thu Hằng\n\n"
           "ĐẢNG BỘ TỈNH THANH HÓA\nĐẢNG ỦY PHƯỜNG HẠC THÀNH\n*\nSố 45-TB/ĐU\nĐẢNG CỘNG SẢN VIỆT NAM\n"
           "Hạc Thành, ngày 25 tháng 02 năm 2027\n")
    doc = meta(raw)
    assert (doc.number, doc.signer, doc.signer_title) == ("45-TB/ĐU", "Lê Thị Thu Hằng", "Phó Bí thư")


def test_a_unions_presidium_at_its_top_issues_for_the_union_named_in_full():
    """ "TRUNG ƯƠNG HỘI LHPN VIỆT NAM" / "ĐOÀN CHỦ TỊCH": the presidium acts for the nation's union, its short form
    written out and its name as the union writes it; a body of the nation's has no province."""
    raw = ("TRUNG ƯƠNG HỘI LHPN VIỆT NAM\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
           "ĐOÀN CHỦ TỊCH\tĐộc lập - Tự do - Hạnh phúc\n"
           "Số: 48/KH-ĐCT\tHà Nội, ngày 24 tháng 02 năm 2027\nKẾ HOẠCH\nNhân rộng mô hình năm 2027\n" + BODY)
    doc = meta(raw)
    assert (doc.issuer, doc.province) == ("Hội Liên hiệp Phụ nữ Việt Nam", None)


def test_a_companys_name_wrapped_over_two_header_lines_is_the_one_the_text_writes():
    raw = ("ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nCÔNG TY TNHH MỘT THÀNH VIÊN\n"
           "MÔI TRƯỜNG ĐÔ THỊ HÀ NỘI\tĐộc lập - Tự do - Hạnh phúc\n"
           "Số: 25/KH-URENCO\tHà Nội, ngày 20 tháng 01 năm 2027\nKẾ HOẠCH\nVệ sinh môi trường lễ hội năm 2027\n"
           "Công ty TNHH một thành viên Môi trường đô thị Hà Nội xây dựng Kế hoạch như sau:\n" + BODY)
    doc = meta(raw)
    assert (doc.issuer, doc.province) == ("Công ty TNHH một thành viên Môi trường đô thị Hà Nội", "Hà Nội")


def test_a_unit_under_its_ministry_that_the_text_never_writes_is_named_by_its_head():
    raw = ("BỘ GIÁO DỤC VÀ ĐÀO TẠO\nTRƯỜNG ĐẠI HỌC KINH TẾ QUỐC DÂN\nSố: 112/TB-ĐHKTQD\n"
           "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHà Nội, ngày 25 tháng 02 năm 2027\nTHÔNG BÁO\n"
           "Kết luận của Hiệu trưởng\n" + BODY)
    assert meta(raw).issuer.lower() == "trường đại học kinh tế quốc dân"


def test_a_header_date_on_a_line_of_its_own_without_its_place_is_the_documents_date():
    # (a copy that lost the place, or a record's date written out: "Ngày 03 tháng 4 năm 2024" alone on its line)
    doc = meta(PLAIN.replace("Quảng Trị, ngày 03 tháng 4 năm 2024", "Ngày 03 tháng 4 năm 2024"))
    assert (doc.number, doc.issued_date) == ("45/KH-UBND", "2024-04-03")
    # a cited act's date runs on in its sentence, and is not the document's
    doc = meta(PLAIN.replace("Quảng Trị, ngày 03 tháng 4 năm 2024\n", ""))
    assert doc.issued_date is None


def test_a_scans_misread_mark_in_the_motto_keeps_it_out_of_the_issuer():
    # ("NGHÌA" for "NGHĨA" on the issuer's line; a word of the issuer's own keeps its marks: "SỐ" is no "SỞ")
    raw = ("BỘ XÂY DỰNG CỘNG HÒA XÃ HỘI CHỦ NGHÌA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 18/CT-BXD\n"
           "Hà Nội, ngày 05 tháng 12 năm 2027\nCHỈ THỊ\nVề bảo đảm an toàn giao thông dịp Tết\n" + BODY)
    assert meta(raw).issuer == "Bộ Xây dựng"
    company = ("UBND TỈNH BÌNH MINH\nCÔNG TY TNHH MỘT THÀNH VIÊN XỔ SỐ KIẾN THIẾT BÌNH MINH\nSố: 12/KH-XSKT\n"
               "Bình Minh, ngày 05 tháng 3 năm 2027\nKẾ HOẠCH\nPhát hành vé năm 2027\n" + BODY)
    assert not meta(company).issuer.startswith("Sở")


def test_a_committee_named_over_lines_by_its_mission_is_named_as_the_text_writes_it_without_its_short_name():
    raw = ("BAN CHỈ ĐẠO QUỐC GIA\nPHÒNG, CHỐNG THIÊN TAI VÀ\nTÌM KIẾM CỨU NẠN\n(BCĐ QG)\nSố: 07/KH-BCĐ\n"
           "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHà Nội, ngày 10 tháng 4 năm 2027\nKẾ HOẠCH\nỨng phó mùa mưa bão năm 2027\n"
           "Ban Chỉ đạo quốc gia phòng, chống thiên tai và tìm kiếm cứu nạn ban hành Kế hoạch như sau:\n" + BODY)
    assert meta(raw).issuer == "Ban Chỉ đạo quốc gia phòng, chống thiên tai và tìm kiếm cứu nạn"


def test_a_body_of_the_province_named_without_it_is_named_with_the_place_it_issues_from():
    raw = ("BAN CHỈ ĐẠO CÁC CHƯƠNG TRÌNH\nMỤC TIÊU QUỐC GIA TỈNH\nSố: 45/KH-BCĐ\n"
           "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nBình Minh, ngày 02 tháng 3 năm 2027\nKẾ HOẠCH\nKiểm tra năm 2027\n"
           "Ban Chỉ đạo các Chương trình mục tiêu quốc gia tỉnh ban hành Kế hoạch như sau:\n" + BODY)
    doc = meta(raw)
    assert (doc.issuer, doc.province) == ("Ban Chỉ đạo các Chương trình mục tiêu quốc gia tỉnh Bình Minh", "Bình Minh")


def test_the_rule_a_header_draws_under_the_issuers_name_is_no_word_of_it():
    text = ("QUỐC HỘI KHÓA XVI\nỦY BAN PHÁP LUẬT VÀ TƯ PHÁP\n———\nSố: 12/KH-UBPLTP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\n———————————\nHà Nội, ngày 05 tháng 3 năm 2027\nKẾ HOẠCH\nGiám sát chuyên đề năm 2027\n"
            "I. MỤC ĐÍCH\nĐánh giá việc thi hành pháp luật.\n")
    assert vnplan.extract_text(text).document.issuer == "Ủy ban Pháp luật và Tư pháp của Quốc hội"


def test_a_title_in_sentence_case_wrapped_onto_a_second_line_is_read_whole():
    text = ("BAN TỔ CHỨC HỘI CHỢ OCOP TỈNH\nSố: 07/TB-BTC          Bắc Giang, ngày 16 tháng 4 năm 2027\nTHÔNG BÁO\n"
            "Phân công nhiệm vụ các Tiểu ban giúp việc\nBan Tổ chức Hội chợ OCOP tỉnh Bắc Giang năm 2027\n"
            "Căn cứ Quyết định số 812/QĐ-UBND ngày 28/3/2027 của Ủy ban nhân dân tỉnh;\n"
            "1. Tiểu ban Hậu cần chuẩn bị gian hàng, hoàn thành trước ngày 10/5/2027.\n")
    assert vnplan.extract_text(text).document.title == (
        "Phân công nhiệm vụ các Tiểu ban giúp việc Ban Tổ chức Hội chợ OCOP tỉnh Bắc Giang năm 2027")
    under = ("BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nVIỆN NGHIÊN CỨU NUÔI TRỒNG THỦY SẢN\n\nKẾ HOẠCH\n"
             "Điều tra nguồn lợi hải sản năm 2027\nSố: 12/KH-VNC - Hải Phòng, ngày 05 tháng 01 năm 2027\n"
             "Căn cứ Quyết định số 45/QĐ-BNNMT;\n1. Phòng Nguồn lợi chủ trì điều tra, hoàn thành trong quý III/2027.\n")
    assert vnplan.extract_text(under).document.title == "Điều tra nguồn lợi hải sản năm 2027"


@pytest.mark.parametrize("under", ["Chủ tịch Ủy ban nhân dân tỉnh Quảng Trị",
                                   "Kèm theo Quyết định số 123/QĐ-UBND ngày 05/3/2027 của Ủy ban nhân dân tỉnh",
                                   "Quảng Trị, ngày 10/3/2027", "Độc lập - Tự do - Hạnh phúc",
                                   "Phòng, chống thiên tai năm 2027"])
def test_a_line_under_a_title_in_sentence_case_that_is_none_of_it(under):
    text = ("ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ\nSố: 12/KH-UBND\nKẾ HOẠCH\nPhòng, chống thiên tai năm 2027\n" + under
            + "\nCăn cứ Luật Phòng, chống thiên tai;\n1. Sở Nông nghiệp và Môi trường chủ trì rà soát đê điều.\n")
    assert vnplan.extract_text(text).document.title == "Phòng, chống thiên tai năm 2027"


def test_a_motto_its_cell_wrapped_beside_the_issuers_cell_leaves_the_issuers_name_whole():
    """A word processor's header table converted to markdown: the motto's cell wrapped its last word onto the line of
    the issuer's second line; that word is the motto's, none of the province's name."""
    plan = vnplan.extract_text("""  -------------------------------------------------------------------
  **ỦY BAN NHÂN DÂN\\                **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT
  TỈNH BẮC SƠN**                    NAM\\
                                    Độc lập - Tự do - Hạnh phúc**
  --------------------------------- ---------------------------------
  Số: 41/KH-UBND                    *Bắc Sơn, ngày 02 tháng 3 năm 2027*
  -------------------------------------------------------------------

**KẾ HOẠCH**

**Phổ cập bơi an toàn cho học sinh năm 2027**

1\\. Sở Giáo dục và Đào tạo chủ trì tổ chức các lớp dạy bơi trong hè.
""", strict=False)
    assert (plan.document.issuer, plan.document.province) == ("Ủy ban nhân dân tỉnh Bắc Sơn", "Bắc Sơn")


def test_the_youth_unions_provincial_committee_under_the_unions_name_is_the_provinces_tinh_doan():
    plan = vnplan.extract_text("""ĐOÀN TNCS HỒ CHÍ MINH
BCH TỈNH BẮC SƠN
***
Số: 91-KH/TĐTN-PT
Bắc Sơn, ngày 02 tháng 5 năm 2027
KẾ HOẠCH
Tổ chức Tháng Thanh niên năm 2027
1. Ban Phong trào chủ trì tổ chức Lễ ra quân trước ngày 05/3/2027.
""", strict=False)
    assert (plan.document.issuer, plan.document.province) == ("Tỉnh đoàn Bắc Sơn", "Bắc Sơn")


def test_a_board_of_an_association_named_with_its_field_after_the_associations_head_is_of_its_province():
    # ("HỘI NGƯỜI CAO TUỔI": the association's head and its field, in capitals each, no proper name of its own)
    plan = vnplan.extract_text("TRUNG ƯƠNG HỘI NGƯỜI CAO TUỔI VIỆT NAM\n"
                               "BAN ĐẠI DIỆN HỘI NGƯỜI CAO TUỔI TỈNH BÌNH MINH\nSố: 08/KH-BĐD\n"
                               "Bình Minh, ngày 20 tháng 01 năm 2027\nKẾ HOẠCH\nCông tác năm 2027\n"
                               "I. NHIỆM VỤ\n1. Ban Đại diện Hội Người cao tuổi tỉnh tổ chức hội nghị biểu dương.\n"
                               "2. Hội Người cao tuổi các cấp vận động hội viên tham gia câu lạc bộ.\n", strict=False)
    assert plan.document.issuer == "Ban Đại diện Hội Người cao tuổi tỉnh Bình Minh"
    # (the association at every level is the nation's)
    assert [task.lead for task in plan.tasks] == [["Ban Đại diện Hội Người cao tuổi tỉnh Bình Minh"],
                                                 ["Hội Người cao tuổi Việt Nam"]]


def test_a_scanned_copys_receipt_stamp_is_none_of_its_header_and_a_type_word_whose_mark_was_lost_is_read():
    # (the receiving office's stamp over the header, its own number and day; the type word's dot below lost)
    plan = vnplan.extract_text("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nXÃ BÌNH MINH Độc lập - Tự do - "
                               "Hạnh phúc\nCÔNG VĂN ĐẾN\nSố: 214\nNgày: 12/3/2027\nChuyển: P.KT\n"
                               "Số: 38/CT-UBND Bình Minh, ngày 10 tháng 3 năm 2027\nCHỈ THI\n"
                               "Về vệ sinh môi trường nông thôn năm 2027\n1. Phòng Kinh tế chủ trì rà soát các hộ.\n",
                               strict=False)
    document = plan.document
    assert (document.type, document.number, document.title) == (
        "Chỉ thị", "38/CT-UBND", "Về vệ sinh môi trường nông thôn năm 2027")


def test_a_bilingual_copys_signed_mark_stands_before_the_signers_name():
    plan = vnplan.extract_text("TRƯỜNG ĐẠI HỌC BÌNH MINH\nSố: 87/KH-ĐHBM\nBình Minh, ngày 15 tháng 9 năm 2026\n"
                               "KẾ HOẠCH\n"
                               "Hoạt động khoa học năm học 2026 - 2027\nI. NHIỆM VỤ\n"
                               "1. Phòng Khoa học chủ trì tổ chức hội nghị khoa học sinh viên.\n"
                               "Nơi nhận:\n- Lưu: VT.\nKT. HIỆU TRƯỞNG\nPHÓ HIỆU TRƯỞNG\n(Đã ký / Signed)\n"
                               "Nguyễn Thị Lan\n", strict=False)
    assert (plan.document.signer, plan.document.signer_title) == ("Nguyễn Thị Lan", "Phó Hiệu trưởng")


@pytest.mark.parametrize("header, issuer, province", [
    # (a head that names a body alone, over its place; a unit under its provincial parent's line, in that province)
    ("BẢO HIỂM XÃ HỘI TỈNH BÌNH MINH", "Bảo hiểm xã hội tỉnh Bình Minh", "Bình Minh"),
    ("BẢO HIỂM XÃ HỘI TỈNH BÌNH MINH\nBẢO HIỂM XÃ HỘI CƠ SỞ AN PHÚ", "Bảo hiểm xã hội cơ sở An Phú", "Bình Minh"),
])
def test_a_body_its_head_names_alone_and_a_unit_under_its_provincial_parent(header, issuer, province):
    plan = vnplan.extract_text(f"{header}\nSố: 27/KH-BHXH\nAn Phú, ngày 12 tháng 01 năm 2027\nKẾ HOẠCH\n"
                               "Phát triển người tham gia Bảo hiểm xã hội cơ sở An Phú năm 2027\nI. NHIỆM VỤ\n"
                               "1. Phòng Thu chủ trì rà soát người chưa tham gia.\n", strict=False)
    assert (plan.document.issuer, plan.document.province) == (issuer, province)


def test_a_unit_named_with_its_parent_inside_as_the_text_writes_it_and_a_clerics_title_before_his_name():
    # ("HỘI THÁNH …" over "BAN ĐẠI DIỆN TỈNH X": the text names the board with its church inside; "Linh mục" is the
    # signer's title, "(Đã ấn ký)" the copy's mark, neither his name)
    doc = meta("HỘI THÁNH TIN LÀNH VIỆT NAM\nBAN ĐẠI DIỆN TỈNH AN HÒA\nSố: 14/KH-BĐD\nAn Hòa, ngày 2 tháng 3 năm 2027\n"
               "KẾ HOẠCH\nTổ chức lễ Phục sinh năm 2027\nBan Đại diện Hội Thánh Tin Lành Việt Nam tỉnh An Hòa xây dựng "
               "Kế hoạch như sau:\n1. Các chi hội tổ chức lễ tại cơ sở.\nTM. BAN ĐẠI DIỆN\nTRƯỞNG BAN\n(Đã ấn ký)\n"
               "Mục sư Trần Văn Phúc\n")
    assert (doc.issuer, doc.signer) == ("Ban Đại diện Hội Thánh Tin Lành Việt Nam tỉnh An Hòa", "Trần Văn Phúc")


def test_a_reviewers_comment_left_in_a_word_processors_export_is_no_part_of_the_title():
    doc = meta("ỦY BAN NHÂN DÂN\nXÃ TÂN LẬP\nSố: 8/KH-UBND\nTân Lập, ngày 5 tháng 1 năm 2027\nKẾ HOẠCH\n"
               "Tổ chức lễ hội đình làng năm 2027[Comment TVA1: Văn thư cho số sau khi ký]\n"
               "I. NHIỆM VỤ\n1. Công an xã bảo đảm an ninh trật tự.\n")
    assert doc.title == "Tổ chức lễ hội đình làng năm 2027"


def test_a_companys_name_wrapped_after_its_head_onto_the_next_header_line():
    doc = meta("CÔNG TY CỔ PHẦN XE KHÁCH\nVÀ DỊCH VỤ BẮC HÀ\nSố: 9/KH-BH\nHà Tĩnh, ngày 5 tháng 1 năm 2027\nKẾ HOẠCH\n"
               "Bảo đảm an toàn giao thông dịp Tết\n1. Phòng Điều hành bố trí đủ lái xe.\n")
    assert doc.issuer.lower() == "công ty cổ phần xe khách và dịch vụ bắc hà"


def test_a_form_summing_up_a_plan_is_read_as_the_plan_it_names_in_its_opening():
    # (no header of its own: "Căn cứ Kế hoạch số … của … về …, … tóm tắt nội dung kế hoạch"; an article naming a plan
    # without saying it sums it up stays no plan)
    form = ("ĐĂNG KÝ THAM GIA CHIẾN DỊCH TÌNH NGUYỆN HÈ 2027\n"
            "Căn cứ Kế hoạch số 15-KH/ĐTN ngày 02/5/2027 của Ban Chấp hành Đoàn Trường Cao đẳng Y tế An Hòa về tổ chức "
            "Chiến dịch tình nguyện hè năm 2027, Ban Chỉ huy Chiến dịch tóm tắt nội dung kế hoạch như sau:\n"
            "I. PHÂN CÔNG THỰC HIỆN\n1. Các chi đoàn lớp tuyển chọn tình nguyện viên trước ngày 10/6/2027.\n"
            "2. Văn phòng Đoàn Trường chuẩn bị cờ, áo tình nguyện, hoàn thành trước ngày 25/6/2027.\n"
            "Họ và tên *\nCâu trả lời của bạn\n")
    plan = vnplan.extract_text(form)
    assert (plan.document.number, plan.document.type, plan.document.issued_date, plan.document.issuer,
            plan.document.title) == ("15-KH/ĐTN", "Kế hoạch", "2027-05-02",
                                     "Ban Chấp hành Đoàn Trường Cao đẳng Y tế An Hòa",
                                     "tổ chức Chiến dịch tình nguyện hè năm 2027")
    assert "15-KH/ĐTN" not in [reference.number for reference in plan.references]
    with pytest.raises(vnplan.NotAPlan):
        vnplan.extract_text(form.replace("Ban Chỉ huy Chiến dịch tóm tắt nội dung kế hoạch như sau",
                                         "Ban Chỉ huy Chiến dịch thông báo đến các bạn sinh viên như sau"))


@pytest.mark.parametrize("written", ["25 -KH/TĐTN-VP", "25- KH/TĐTN-VP"])
def test_a_party_style_number_a_scan_spaced_beside_its_hyphen(written):
    doc = meta(f"BAN CHẤP HÀNH TỈNH ĐOÀN AN HÒA\n***\nSố: {written}\nAn Hòa, ngày 4 tháng 1 năm 2027\nKẾ HOẠCH\n"
               "Tháng Thanh niên năm 2027\n1. Ban Tuyên giáo tổ chức truyền thông.\n")
    assert doc.number == "25-KH/TĐTN-VP"


def test_a_posts_headline_over_its_lead_paragraph_is_the_document_the_lead_announces():
    """The type word in the headline ("KẾ HOẠCH …"), the number and date in the lead paragraph right under it."""
    doc = meta("Liên minh Hợp tác xã tỉnh Bình Sơn\n\nKẾ HOẠCH PHÁT TRIỂN HỢP TÁC XÃ KIỂU MỚI NĂM 2027\n\nNgày "
               "08/02/2027, Liên minh Hợp tác xã tỉnh Bình Sơn ban hành Kế hoạch số 12/KH-LMHTX về phát triển hợp tác "
               "xã kiểu mới năm 2027.\n- Thành lập mới 25 hợp tác xã.\n")
    assert (doc.number, doc.issued_date, doc.type) == ("12/KH-LMHTX", "2027-02-08", "Kế hoạch")
    # (a plan's own preamble recalling another plan, far below its type word, announces nothing of its own)
    cited = meta("KẾ HOẠCH\nTriển khai tiêm chủng năm 2027\n\nNgày 10/01/2027, Bộ Y tế đã ban hành Kế hoạch số "
                 "15/KH-BYT về tiêm chủng mở rộng. Để triển khai, Sở Y tế xây dựng Kế hoạch như sau:\n")
    assert cited.number is None


def test_a_message_sending_a_plans_main_points_is_read_as_that_plan():
    """A chat's member forwards the main points of a plan just issued ("Thực hiện Kế hoạch số … của … về …, em xin gửi
    các nội dung chính …"): the plan named there, by whom and on what; the same words without saying they send its
    points stay no plan."""
    chat = ("Ban Chỉ đạo phòng chống dịch xã Tân Hòa\n32 thành viên\nThứ Hai, 11/01/2027\nLê Văn Bình\n"
            "Thực hiện Kế hoạch số 05/KH-UBND ngày 08/01/2027 của UBND xã Tân Hòa về phòng, chống dịch bệnh mùa đông "
            "xuân năm 2027, em xin gửi các nội dung chính để các anh chị triển khai:\n"
            "1. Trạm Y tế xã giám sát ca bệnh sốt xuất huyết tại các thôn, báo cáo hằng tuần.\n"
            "2. Các thôn tổ chức tổng vệ sinh môi trường trước ngày 31/01/2027.\n09:12\n")
    plan = vnplan.extract_text(chat)
    assert (plan.document.number, plan.document.issued_date, plan.document.title) == (
        "05/KH-UBND", "2027-01-08", "phòng, chống dịch bệnh mùa đông xuân năm 2027")
    with pytest.raises(vnplan.NotAPlan):
        vnplan.extract_text(chat.replace("em xin gửi các nội dung chính để các anh chị triển khai",
                                         "em báo để các anh chị biết"))


def test_a_gazette_page_ends_the_document_where_the_next_prints_its_type_and_number_without_a_motto():
    """A gazette's issue: its contents list both documents, then the directive, signed, then the next document with
    its type word and its number under it but no motto: the directive ends there, its items its own."""
    gazette = ("CÔNG BÁO/Số 12/Ngày 10-3-2027\nỦY BAN NHÂN DÂN TỈNH BÌNH SƠN\nChỉ thị số 04/CT-UBND ngày 01/3/2027 về "
               "phòng, chống dịch bệnh .......... 5\nQuyết định số 09/2027/QĐ-UBND ngày 02/3/2027 quy định mức chi "
               ".......... 7\nỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH BÌNH SƠN Độc lập - Tự do - Hạnh "
               "phúc\nSố: 04/CT-UBND Bình Sơn, ngày 01 tháng 3 năm 2027\nCHỈ THỊ\nVề phòng, chống dịch bệnh\n"
               "Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:\n1. Sở Y tế: Giám sát ca bệnh tại các xã.\n"
               "2. Sở Tài chính: Bố trí kinh phí phòng, chống dịch.\nCHỦ TỊCH\nLê Văn An\nQUYẾT ĐỊNH\n"
               "Số 09/2027/QĐ-UBND ngày 02 tháng 3 năm 2027\nQuy định mức chi hỗ trợ\nĐiều 1. Phạm vi điều chỉnh\n"
               "1. Quyết định này quy định mức chi hỗ trợ.\nĐiều 2. Trách nhiệm thi hành\n"
               "Sở Tài chính chủ trì hướng dẫn thực hiện Quyết định này.\n")
    plan = vnplan.extract_text(gazette)
    assert plan.document.number == "04/CT-UBND"
    assert [task.lead for task in plan.tasks] == [["Sở Y tế"], ["Sở Tài chính"]]


def test_a_document_sharing_sites_preview_ends_the_document_where_the_preview_stops():
    """A site that shows a document's first pages: its page marks ("-- Trang 2 --") and its name under each are none of
    the text, and the text ends at its notice that the preview stops, mid-sentence too, before its download button and
    its list of other documents."""
    page = ("tailieuso.vn › Kế hoạch\nKế hoạch phòng chống dịch xã Tân Hòa 2027\n-- Trang 1 --\ntailieuso.vn\n"
            "ỦY BAN NHÂN DÂN XÃ TÂN HÒA\nSố: 05/KH-UBND\nTân Hòa, ngày 08 tháng 01 năm 2027\nKẾ HOẠCH\n"
            "Phòng, chống dịch bệnh năm 2027\nI. NHIỆM VỤ\n1. Trạm Y tế xã giám sát ca bệnh tại các thôn.\n"
            "-- Trang 2 --\ntailieuso.vn\n"
            "2. Các thôn tổ chức tổng vệ sinh môi trường, hoàn thành trước ngày 31/01/2027.\n"
            "3. Công an xã phối hợp với các thôn tuyên truyền cho người\n\n"
            "Bạn đang xem trước 2/3 trang. Tải xuống để xem toàn bộ tài liệu.\nTẢI XUỐNG (.docx, 40 KB)\n"
            "Tài liệu liên quan\nQuyết định 12/QĐ-UBND về khen thưởng · 3 trang · 1,2K lượt xem\n")
    plan = vnplan.extract_text(page)
    assert [task.lead for task in plan.tasks] == [["Trạm Y tế xã"], ["Các thôn"], ["Công an xã"]]
    assert not any("tailieuso" in task.text or "TẢI" in task.text for task in plan.tasks)


def test_a_headline_over_a_lead_that_goes_on_to_carry_the_plan_out_is_no_announcement():
    """ "KẾ HOẠCH TRIỂN KHAI THÁNG …" over "Ngày …, Ủy ban nhân dân tỉnh ban hành Kế hoạch số … về triển khai Tháng
    …. Để tổ chức thực hiện trên địa bàn, Ủy ban nhân dân xã … đề ra các nhiệm vụ sau:": the province's plan is the one
    the commune's carries out, not its own number."""
    doc = meta("KẾ HOẠCH TRIỂN KHAI THÁNG HÀNH ĐỘNG VÌ AN TOÀN THỰC PHẨM NĂM 2027\n\nNgày 05/3/2027, Ủy ban nhân dân "
               "tỉnh ban hành Kế hoạch số 40/KH-UBND về triển khai Tháng hành động vì an toàn thực phẩm năm 2027. "
               "Để tổ chức thực hiện trên địa bàn, Ủy ban nhân dân xã Bình An đề ra các nhiệm vụ sau:\n"
               "1. Trạm Y tế xã kiểm tra các cơ sở kinh doanh thực phẩm.\n")
    assert doc.number is None


def test_a_message_citing_a_plan_among_a_meetings_points_is_no_summary_of_that_plan():
    """ "Em xin gửi các nội dung chính cuộc họp giao ban …:" then "1. Công an xã tiếp tục thực hiện Kế hoạch số …":
    the sentence that names the plan says nothing of presenting it; and a summary's cited title stops before the clause
    that presents it (", xin tóm tắt nội dung như sau:")."""
    chat = ("Nhóm điều hành xã Bình An\nEm xin gửi các nội dung chính cuộc họp giao ban sáng nay:\n"
            "1. Công an xã tiếp tục thực hiện Kế hoạch số 12/KH-UBND ngày 05/01/2027 của UBND tỉnh về bảo đảm an ninh "
            "trật tự dịp Tết, báo cáo trước ngày 20/01/2027.\n2. Văn phòng rà soát hồ sơ tồn đọng.\n")
    with pytest.raises(vnplan.NotAPlan):
        vnplan.extract_text(chat)
    summary = ("Thực hiện Kế hoạch số 05/KH-UBND ngày 08/01/2027 của UBND xã Bình An về phát triển du lịch năm 2027, "
               "xin tóm tắt nội dung như sau:\n1. Các thôn chỉnh trang cảnh quan trước ngày 31/3/2027.\n")
    assert vnplan.extract_text(summary).document.title == "phát triển du lịch năm 2027"


@pytest.mark.parametrize("covering", ["", "Văn phòng gửi Quyết định số 09/QĐ-UBND và Kế hoạch số 26/KH-UBND.\n"])
def test_the_plan_a_decision_issues_with_a_number_of_its_own_stays_the_decisions(covering):
    """A decision, signed, then the plan it issues ("Ban hành kèm theo Quyết định này Kế hoạch …") with its type word
    and a number of its own, no motto; or both with their mottos under a message that names the two: one file, the
    plan's tasks the decision's."""
    decision = ("ỦY BAN NHÂN DÂN XÃ BÌNH AN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                "Số: 09/QĐ-UBND\nBình An, ngày 02 tháng 3 năm 2027\nQUYẾT ĐỊNH\nVề việc ban hành Kế hoạch phòng, chống "
                "thiên tai năm 2027\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch phòng, chống thiên "
                "tai năm 2027.\nĐiều 2. Quyết định có hiệu lực kể từ ngày ký./.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n"
                "Lê Văn An\n")
    motto = ("ỦY BAN NHÂN DÂN XÃ BÌNH AN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
             if covering else "")
    plan = (motto + "KẾ HOẠCH\nSố: 26/KH-UBND\nPhòng, chống thiên tai năm 2027\nI. NHIỆM VỤ\n1. Công chức Địa chính rà "
            "soát các điểm sạt lở, hoàn thành trước ngày 30/4/2027.\n2. Công an xã sơ tán dân khi có bão.\n"
            "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTrần Văn Bình\n")
    assert len(vnplan.extract_text(covering + decision + plan).tasks) == 2


@pytest.mark.parametrize("header, issuer, partner", [
    ("HỘI NÔNG DÂN XÃ AN PHÚ", "Hội Nông dân xã An Phú", "Công an xã"),
    ("CÔNG AN XÃ AN PHÚ", "Công an xã An Phú", "Ban Chỉ huy Quân sự xã"),
    ("HỘI CỰU CHIẾN BINH PHƯỜNG THUẬN AN", "Hội Cựu chiến binh phường Thuận An", "Công an phường"),
    ("HỘI LHPN TỈNH AN HẢI\nBAN CHẤP HÀNH HỘI NÔNG DÂN XÃ AN PHÚ", "Ban Chấp hành Hội Nông dân xã An Phú",
     "Công an xã"),
])
def test_a_communes_body_in_capitals_is_named_with_its_commune_and_the_communes_bodies_are_its_own(header, issuer,
                                                                                                  partner):
    text = f"""{header}
Số: 05/KH-HND
An Phú, ngày 03 tháng 3 năm 2027
KẾ HOẠCH
Tổ chức hội thi nhà nông giỏi năm 2027
I. NHIỆM VỤ
1. Văn phòng chuẩn bị hội trường, phối hợp với {partner} bảo đảm an ninh, trật tự trong ngày hội thi.
"""
    plan = vnplan.extract_text(text)
    assert plan.document.issuer == issuer
    assert (plan.tasks[0].coordinators, plan.tasks[0].coordinators_collective) == ([partner], False)


@pytest.mark.parametrize("header, issuer", [
    ("BAN TỔ CHỨC HỘI THI NHÀ NÔNG GIỎI", "Ban Tổ chức hội thi nhà nông giỏi"),
    ("HỘI NÔNG DÂN XÃ AN PHÚ, HUYỆN AN LÃO", "Hội Nông dân xã An Phú, huyện An Lão"),
])
def test_a_word_that_opens_a_name_inside_a_headers_fields_is_no_head_and_each_place_is_a_proper_name(header, issuer):
    text = f"{header}\nSố: 05/KH-BTC\nAn Phú, ngày 03 tháng 3 năm 2027\nKẾ HOẠCH\nTổ chức hội thi năm 2027\n" \
           "I. NHIỆM VỤ\n1. Văn phòng chuẩn bị hội trường.\n"
    assert vnplan.extract_text(text).document.issuer == issuer


@pytest.mark.parametrize("header, issuer", [
    ("VĂN PHÒNG ỦY BAN NHÂN DÂN\nTỈNH BẮC SƠN", "Văn phòng Ủy ban nhân dân tỉnh Bắc Sơn"),
    ("ỦY BAN NHÂN DÂN TỈNH BẮC SƠN\nVĂN PHÒNG", "Văn phòng Ủy ban nhân dân tỉnh Bắc Sơn"),
    ("VĂN PHÒNG UBND TỈNH BẮC SƠN\nTRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG", "Trung tâm Phục vụ hành chính công tỉnh Bắc Sơn"),
])
def test_an_office_named_before_the_body_it_serves_issues_as_that_office(header, issuer):
    text = f"{header}\nSố: 21/TB-VP\nBắc Sơn, ngày 12 tháng 7 năm 2027\nTHÔNG BÁO\nKết luận của Chủ tịch tỉnh\n"
    assert extract_metadata(text).issuer.lower() == issuer.lower()


def test_a_cover_that_names_the_plan_under_its_title_gives_its_number_date_and_issuer():
    # a slide deck's cover (or a booklet's): the type word, the title, then the plan named by its number, date and
    # issuer; no header, no "Số:" line
    cover = """Trung tâm Y tế khu vực - tập huấn.pptx
KẾ HOẠCH
Tiêm chủng mở rộng năm 2027
Kế hoạch số 47/KH-TTYT ngày 12/3/2027 của Trung tâm Y tế khu vực Mường Tè
Hội nghị tập huấn, ngày 20/3/2027
Mục tiêu
- Tỷ lệ tiêm chủng đầy đủ cho trẻ dưới 1 tuổi đạt trên 95%.
"""
    document = vnplan.extract_text(cover).document
    assert (document.number, document.issued_date, document.type, document.title) == (
        "47/KH-TTYT", "2027-03-12", "Kế hoạch", "Tiêm chủng mở rộng năm 2027")
    assert document.issuer == "Trung tâm Y tế khu vực Mường Tè"
    # (a plan that carries out another names that one in a sentence of its own: no number of its own)
    carrying_out = cover.replace("Kế hoạch số 47", "Thực hiện Kế hoạch số 47")
    assert vnplan.extract_text(carrying_out).document.number is None


def test_a_fax_with_its_header_and_signers_name_in_capitals_and_the_seal_read_as_text():
    fax = """MAY-04-2027 09:12      FROM:SO XAY DUNG        TO:UBND XA AN BINH      P.001/002
UBND TỈNH BẮC LAM                            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
  SỞ XÂY DỰNG                                    ĐỘC LẬP - TỰ DO - HẠNH PHÚC
SỐ: 415/SXD-QLCL                         BẮC LAM, NGÀY 04 THÁNG 5 NĂM 2027
V/V KIỂM TRA AN TOÀN CÔNG TRÌNH MÙA MƯA BÃO

Kính gửi: Ủy ban nhân dân các xã, phường.

1. Ủy ban nhân dân các xã, phường rà soát các công trình xây dựng đang thi công; hoàn thành trước ngày 30/5/2027.
2. Giao Phòng Quản lý chất lượng tổng hợp kết quả, báo cáo Giám đốc Sở./.

Nơi nhận:                                          KT. GIÁM ĐỐC
- Như trên;                                       PHÓ GIÁM ĐỐC
- Lưu: VT, QLCL.                              <SỞ\\ ~XÂY/ ;' l
                                              TRẦN THỊ HỒNG NHUNG
"""
    document = vnplan.extract_text(fax).document
    assert (document.number, document.issued_date, document.type) == ("415/SXD-QLCL", "2027-05-04", "Công văn")
    assert (document.signer, document.signer_title) == ("Trần Thị Hồng Nhung", "Phó Giám đốc")
    # (a mark of urgency stamped there is no one's name)
    assert vnplan.extract_text(fax.replace("TRẦN THỊ HỒNG NHUNG", "HỎA TỐC")).document.signer is None


def test_a_title_carrying_out_another_plan_named_on_its_next_line_gives_that_plan_no_number():
    # the title wraps before the plan it carries out ("Triển khai thực hiện" / "Kế hoạch số 45/KH-UBND … về …"): that
    # plan is named with what it is about, no cover naming this one; a draft's blank number stays blank
    draft = """ỦY BAN NHÂN DÂN                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ TÂN PHÚ                     Độc lập - Tự do - Hạnh phúc
Số:     /KH-UBND               Tân Phú, ngày    tháng 3 năm 2027

KẾ HOẠCH
Triển khai thực hiện
Kế hoạch số 45/KH-UBND ngày 01/3/2027 của Ủy ban nhân dân tỉnh về chuyển đổi số năm 2027

I. NHIỆM VỤ
1. Văn phòng HĐND và UBND xã chủ trì xây dựng cổng thông tin, hoàn thành trong tháng 6/2027.
"""
    document = vnplan.extract_text(draft, strict=False).document
    assert (document.number, document.issued_date) == (None, None)


def test_documents_named_in_prose_after_a_colon_are_no_field_naming_the_page():
    # "… các văn bản: Kế hoạch số 45/KH-UBND …" in a news article cites documents; the one it announces is its own
    article = """Xã An Phú triển khai kế hoạch chuyển đổi số năm 2027

Ngày 10/3/2027, Ủy ban nhân dân xã An Phú ban hành Kế hoạch số 20/KH-UBND về chuyển đổi số năm 2027.

Kế hoạch được xây dựng trên cơ sở các văn bản: Kế hoạch số 45/KH-UBND ngày 01/3/2027 của UBND tỉnh; Nghị quyết của Đảng ủy xã.
"""
    assert vnplan.extract_text(article, strict=False).document.number == "20/KH-UBND"


@pytest.mark.parametrize("under_the_seal, signer", [
    ("ĐẠI TÁ LÊ VĂN AN", "Lê Văn An"), ("DỰ THẢO", None), ("BẢN FAX", None), ("SAO Y BẢN CHÍNH", None)])
def test_a_rank_or_a_stamp_in_capitals_under_the_seal_is_no_part_of_a_name(under_the_seal, signer):
    fax = """UBND TỈNH BẮC LAM                            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
  SỞ XÂY DỰNG                                    ĐỘC LẬP - TỰ DO - HẠNH PHÚC
SỐ: 415/SXD-QLCL                         BẮC LAM, NGÀY 04 THÁNG 5 NĂM 2027
V/V KIỂM TRA AN TOÀN CÔNG TRÌNH MÙA MƯA BÃO

Kính gửi: Ủy ban nhân dân các xã, phường.

1. Ủy ban nhân dân các xã, phường rà soát các công trình xây dựng đang thi công; hoàn thành trước ngày 30/5/2027.

Nơi nhận:                                          KT. GIÁM ĐỐC
- Như trên;                                       PHÓ GIÁM ĐỐC
- Lưu: VT, QLCL.                              <SỞ\\ ~XÂY/ ;' l
                                              """ + under_the_seal + "\n"
    assert vnplan.extract_text(fax).document.signer == signer


def test_a_header_a_text_box_set_after_the_whole_text_leaves_the_text_the_documents():
    # a PDF whose header table and title, set in a text box, come out after the articles, the recipients and the plan
    decision = """ỦY BAN NHÂN DÂN TỈNH BẮC LAM
Căn cứ Luật Lưu trữ số 33/2024/QH15;
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Kế hoạch chỉnh lý tài liệu lưu trữ năm 2027.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.
Nơi nhận:
- Như Điều 2;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn Hải
KẾ HOẠCH
Chỉnh lý tài liệu lưu trữ năm 2027
(Kèm theo Quyết định số 51/QĐ-UBND ngày 22 tháng 02 năm 2027 của Ủy ban nhân dân tỉnh)
I. NHIỆM VỤ
1. Sở Nội vụ chủ trì chỉnh lý tài liệu của các cơ quan kết thúc hoạt động; hoàn thành trong quý III/2027.
2. Sở Tài chính bố trí kinh phí chỉnh lý tài liệu./.

ỦY BAN NHÂN DÂN
TỈNH BẮC LAM
Số: 51/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bắc Lam, ngày 22 tháng 02 năm 2027
QUYẾT ĐỊNH
Ban hành Kế hoạch chỉnh lý tài liệu lưu trữ năm 2027
"""
    plan = vnplan.extract_text(decision)
    assert (plan.document.number, plan.document.type) == ("51/QĐ-UBND", "Quyết định")
    assert [task.lead for task in plan.tasks] == [["Sở Nội vụ"], ["Sở Tài chính"]]


def test_another_documents_end_before_the_header_on_a_gazettes_page_is_none_of_the_document():
    page = """Điều 2. Giao Sở Tài chính bố trí kinh phí mua sắm thiết bị cho các trường học năm 2027.
Điều 3. Quyết định này có hiệu lực kể từ ngày ký./.
Nơi nhận:
- Như Điều 3;
- Lưu: VT.
CHỦ TỊCH
Trần Văn Lâm
ỦY BAN NHÂN DÂN TỈNH BẮC LAM
Số: 52/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Bắc Lam, ngày 23 tháng 02 năm 2027
KẾ HOẠCH
Chỉnh lý tài liệu lưu trữ năm 2027
I. NHIỆM VỤ
1. Sở Nội vụ chủ trì chỉnh lý tài liệu của các cơ quan kết thúc hoạt động; hoàn thành trong quý III/2027./.
"""
    plan = vnplan.extract_text(page)
    assert plan.document.number == "52/KH-UBND"
    assert [task.lead for task in plan.tasks] == [["Sở Nội vụ"]]


_BOARD_ISSUES = ("ỦY BAN MTTQ VIỆT NAM\nTỈNH TÂN AN\nBAN THƯỜNG TRỰC\nSố: 15/KH-MTTQ-BTT\n"
                 "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nTân An, ngày 10 tháng 3 năm 2027\n\n"
                 "KẾ HOẠCH\nGiám sát thực hành tiết kiệm năm 2027\n\nI. NỘI DUNG\n"
                 "1. Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh chủ trì, phối hợp với Sở Tài chính giám sát "
                 "việc quản lý tài sản công.\n2. Ban Thường trực chủ trì tổng hợp kết quả giám sát.\n"
                 "3. Ủy ban Mặt trận Tổ quốc Việt Nam các xã, phường xây dựng kế hoạch giám sát tại địa phương.\n\n"
                 "II. TỔ CHỨC THỰC HIỆN\nCác Ban chuyên môn theo dõi, đôn đốc thực hiện Kế hoạch này./.\n\n"
                 "TM. BAN THƯỜNG TRỰC\nPHÓ CHỦ TỊCH\nNguyễn Văn An\n")


def test_a_board_under_its_body_issues_in_the_bodys_name_and_is_the_body_where_the_plan_hands_it_work():
    plan = vnplan.extract_text(_BOARD_ISSUES)
    issuer = "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Tân An"
    assert plan.document.issuer == issuer
    assert [task.lead for task in plan.tasks] == [[issuer], [issuer],
                                                  ["Ủy ban Mặt trận Tổ quốc Việt Nam các xã, phường"]]
    # a council's standing committee is a body of its own
    council = vnplan.extract_text(_BOARD_ISSUES.replace("ỦY BAN MTTQ VIỆT NAM\nTỈNH TÂN AN\nBAN THƯỜNG TRỰC",
                                                        "HỘI ĐỒNG NHÂN DÂN\nTỈNH TÂN AN\nTHƯỜNG TRỰC"))
    assert council.document.issuer == "Thường trực Hội đồng nhân dân tỉnh Tân An"


def test_a_joint_plans_party_keeps_the_board_it_signs_with():
    joint = ("ỦY BAN NHÂN DÂN\tỦY BAN MTTQ VIỆT NAM\nXÃ AN PHÚ\tXÃ AN PHÚ\n\tBAN THƯỜNG TRỰC\n"
             "Số: 3/KHLT-UBND-MTTQ\nAn Phú, ngày 2 tháng 3 năm 2027\n\nKẾ HOẠCH LIÊN TỊCH\nGiám sát công trình năm 2027\n\n"
             "Ủy ban nhân dân xã và Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã thống nhất ban hành Kế hoạch "
             "liên tịch như sau:\nI. NHIỆM VỤ\n1. Ban Thường trực chủ trì giám sát công trình tại các thôn.\n"
             "2. Ủy ban nhân dân xã chỉ đạo các thôn phối hợp giám sát.\n./.\n")
    plan = vnplan.extract_text(joint)
    assert plan.document.issuer == "Ủy ban nhân dân xã An Phú"
    assert plan.tasks[0].lead != ["Ủy ban nhân dân xã An Phú"]


def test_a_pages_table_of_contents_after_the_signature_is_no_annex():
    # a documentation site's page lists the document's own headings again after it, one to a line
    raw = ("BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nSố: 35/HD-BNNMT\nHà Nội, ngày 02 tháng 12 năm 2026\nHƯỚNG DẪN\n"
           "Vận hành hồ chứa mùa khô năm 2027\n1. Mục tiêu\nBảo đảm nước cho sinh hoạt.\n2. Nội dung hướng dẫn\n"
           "2.1. Lập kế hoạch sử dụng nước\nCác tổ chức khai thác công trình thủy lợi cân đối nguồn nước trong hồ.\n"
           "2.2. Vận hành hồ chứa\nChủ sở hữu hồ chứa vận hành theo quy trình được duyệt.\n"
           "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n(Đã ký)\nTrần Văn Lâm\nEdit this page\n1. Mục tiêu\n2. Nội dung hướng dẫn\n"
           "2.1. Lập kế hoạch sử dụng nước\n2.2. Vận hành hồ chứa\nCopyright © 2026\n")
    plan = vnplan.extract_text(raw)
    assert [task.id for task in plan.tasks] == ["2.1.1", "2.2.1"]


def test_a_board_that_names_itself_as_the_issuing_party_issues_by_that_name():
    # "(sau đây gọi tắt là Ban Thường trực)": the document names its issuer the board, and so does the register
    plan = vnplan.extract_text(_BOARD_ISSUES.replace(
        "I. NỘI DUNG\n", "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Tân An (sau đây gọi tắt là Ban Thường "
        "trực) ban hành Kế hoạch như sau:\nI. NỘI DUNG\n"))
    assert plan.document.issuer == "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Tân An"
