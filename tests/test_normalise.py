import json
import re
import textwrap

import pytest

import vnplan
from vnplan.normalise import fix_tone_marks, normalise
from vnplan.read import RawText


def test_tone_marks_move_to_the_main_vowel_only_on_open_syllables():
    assert fix_tone_marks("công nghiệp hoá, Uỷ ban, thuỷ sản") == "công nghiệp hóa, Ủy ban, thủy sản"
    assert fix_tone_marks("toán học, quý III, khoá học") == "toán học, quý III, khóa học"


def test_hard_wrapped_lines_are_rejoined_but_bullets_stay_apart():
    raw = (
        "II. NHIỆM VỤ\n\n"
        "1. Sở Y tế chủ trì, phối hợp với các sở, ban, ngành \nvà địa phương: \n\n"
        "- Nâng cao chất lượng khám chữa bệnh tại tuyến \nhuyện, tuyến xã; triển khai bệnh án \nđiện tử. \n\n"
        "- Tăng cường y tế cơ sở. \n" * 3
    )
    lines = normalise(RawText(raw, "pdf", wrapped=True)).splitlines()
    assert "1. Sở Y tế chủ trì, phối hợp với các sở, ban, ngành và địa phương:" in lines
    assert "- Nâng cao chất lượng khám chữa bệnh tại tuyến huyện, tuyến xã; triển khai bệnh án điện tử." in lines
    assert lines.count("- Tăng cường y tế cơ sở.") == 3


def test_a_layout_copy_that_sets_first_lines_further_in_opens_a_paragraph_there_after_a_sentence_ends():
    """pdftotext with its layout: paragraphs run on to lines set in a little, their first lines further in. A full line
    ending a sentence, then a line further in, is a paragraph's end and the next one's start."""
    body = (
        "            - Rà soát, cập nhật danh sách hộ nghèo, hộ cận nghèo trên địa bàn các xã vùng\n"
        "      cao; hoàn thành việc hỗ trợ nhà ở cho các hộ có nhà tạm, dột nát trong quý II năm nay.\n"
        "            Trong quá trình triển khai, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị kịp thời\n"
        "      phản ánh về Sở Nội vụ để tổng hợp, báo cáo Ủy ban nhân dân tỉnh xem xét, giải quyết.\n"
    )
    raw = "".join(textwrap.indent(body, "") for _ in range(4))
    paragraphs = normalise(RawText(raw, "txt")).splitlines()
    assert paragraphs[:2] == [
        "- Rà soát, cập nhật danh sách hộ nghèo, hộ cận nghèo trên địa bàn các xã vùng cao; hoàn thành việc hỗ trợ nhà ở "
        "cho các hộ có nhà tạm, dột nát trong quý II năm nay.",
        "Trong quá trình triển khai, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị kịp thời phản ánh về Sở Nội vụ để "
        "tổng hợp, báo cáo Ủy ban nhân dân tỉnh xem xét, giải quyết."]


def test_the_grounds_and_the_recipients_open_their_own_paragraphs():
    # a PDF's text layer: the title's last line reaches the width, with no mark to end it, and "Căn cứ" follows
    raw = (
        "ỦY BAN NHÂN DÂN\n"
        "TỈNH BÌNH MINH\n"
        "-------\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\n"
        "---------------\n"
        "\n"
        "Số: 27/KH-UBND\n"
        "Bình Minh, ngày 20 tháng 01 năm 2026\n"
        "\n"
        "KẾ HOẠCH\n"
        "Giải quyết việc làm và giảm nghèo bền vững trên địa bàn tỉnh Bình Minh năm 2026\n"
        "Căn cứ Luật Việc làm số 74/2025/QH15 ngày 16 tháng 6 năm 2025;\n"
        "Căn cứ Quyết định số 90/QĐ-TTg ngày 18 tháng 01 năm 2022 của Thủ tướng Chính phủ\n"
        "phê duyệt Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 -\n"
        "2025;\n"
        "Căn cứ Nghị quyết số 41/NQ-HĐND ngày 10 tháng 12 năm 2025 của Hội đồng nhân dân \n"
        "tỉnh về kế hoạch phát triển kinh tế - xã hội năm 2026;\n"
        "Ủy ban nhân dân tỉnh ban hành Kế hoạch giải quyết việc làm và giảm nghèo bền vững\n"
        "năm 2026 như sau:\n"
        "I. MỤC ĐÍCH, YÊU CẦU \n"
        "Tạo việc làm bền vững, nâng cao thu nhập cho người lao động; hỗ trợ người nghèo, \n"
        "hộ nghèo tiếp cận đầy đủ các dịch vụ xã hội cơ bản; hạn chế tái nghèo và phát sinh\n"
        "nghèo mới.\n"
        "II. CHỈ TIÊU NĂM 2026\n"
        "Trong quá trình thực hiện, nếu có vướng mắc, các cơ quan, đơn vị phản ánh về Sở\n"
        "Nội vụ (qua Phòng Lao động - Việc làm) để được hướng dẫn, phối hợp giải quyết./.\n"
        "Nơi nhận:                                              TM. ỦY BAN NHÂN DÂN\n"
        "- Bộ Nội vụ (b/c);                                      CHỦ TỊCH\n"
        "- Lưu: VT.\n"
    )
    lines = normalise(RawText(raw, "txt")).splitlines()
    title = lines.index("KẾ HOẠCH") + 1
    assert lines[title] == "Giải quyết việc làm và giảm nghèo bền vững trên địa bàn tỉnh Bình Minh năm 2026"
    assert lines[title + 1] == "Căn cứ Luật Việc làm số 74/2025/QH15 ngày 16 tháng 6 năm 2025;"
    # nothing runs on after the mark that ends the text, and the recipients open their own paragraph
    assert lines[-6].endswith("phối hợp giải quyết./.") and lines[-5] == "Nơi nhận:"


def test_a_heading_then_the_sentence_that_names_its_lead_are_two_paragraphs():
    # a PDF's text layer: the heading's line is nearly full and the sentence after it opens on the body that leads it
    raw = (
        "- Phối hợp chặt chẽ giữa các phòng, đơn vị thuộc Sở với Ủy ban nhân\n"
        "dân các xã, phường và lực lượng Công an, Quân sự trên địa bàn.\n"
        "II. CHỈ TIÊU\n"
        "1. 100% cầu yếu, ngầm, tràn trên các tuyến đường tỉnh được kiểm tra,\n"
        "cắm biển cảnh báo và bố trí cọc tiêu, thước đo mực nước trước mùa mưa,\n"
        "lũ.\n"
        "2. Thông tuyến tạm các vị trí sạt lở, ngập sâu trên đường tỉnh trong\n"
        "thời gian không quá 24 giờ kể từ khi nước rút.\n"
        "3. Mỗi hạt quản lý đường bộ dự trữ tối thiểu 500 m3 đá hộc và tối\n"
        "thiểu 2.000 bao tải cát.\n"
        "III. NHIỆM VỤ, GIẢI PHÁP\n"
        "1. Kiểm tra, rà soát hệ thống đường tỉnh trước mùa mưa, lũ \n"
        "Phòng Quản lý kết cấu hạ tầng giao thông chủ trì, phối hợp với Ban\n"
        "Quản lý bảo trì đường bộ Bình Minh và Ủy ban nhân dân các xã, phường có \n"
        "tuyến đường tỉnh đi qua thực hiện: \n"
        "- Kiểm tra toàn bộ các tuyến đường tỉnh, tập trung vào các đoạn ta luy \n"
        "cao, đèo dốc, các cầu yếu, ngầm, tràn và hệ thống cống thoát nước;\n"
        "hoàn thành trước ngày 15/6/2026.\n"
        "- Lập danh mục các điểm xung yếu, điểm có nguy cơ sạt lở và phương án\n"
        "bảo đảm giao thông cho từng điểm, trình Giám đốc Sở phê duyệt trước\n"
        "ngày 20/6/2026.\n"
        "- Rà soát, bổ sung biển báo hiệu, cọc tiêu, thước đo mực nước tại các\n"
        "ngầm, tràn và các đoạn thường xuyên bị ngập; hoàn thành trong tháng\n"
        "6/2026.\n"
    )
    lines = normalise(RawText(raw, "txt")).splitlines()
    assert "1. Kiểm tra, rà soát hệ thống đường tỉnh trước mùa mưa, lũ" in lines
    assert any(line.startswith("Phòng Quản lý kết cấu hạ tầng giao thông chủ trì") for line in lines)
    assert any(line.startswith("2. Thông tuyến tạm các vị trí sạt lở") for line in lines)  # a numbered sentence runs on


def test_pdf_text_footnotes_are_moved_out_of_the_body():
    body = ["- Phát triển du lịch có lợi thế1. Hình thành các tour tuyến du lịch nhằm khai thác hiệu quả"] + [
        f"các điểm đến và sản phẩm du lịch tiêu biểu của địa phương số {i} tiếp tục" for i in range(12)
    ]
    raw = "\n".join(body) + "\n\n1 Như: du lịch văn hóa tâm linh, du lịch sinh thái, du lịch cộng đồng, du lịch " \
        "nghỉ dưỡng kết hợp khám chữa bệnh, du lịch gắn với nhà vườn Huế,... \n" \
        " - Phối hợp với Hiệp hội Du lịch tỉnh tăng khả năng kết nối. \n"
    text = normalise(RawText(raw, "txt"))
    body_part, _, notes = text.partition("Ghi chú:")
    assert "Như: du lịch văn hóa" not in body_part
    assert "Như: du lịch văn hóa" in notes
    assert "- Phối hợp với Hiệp hội Du lịch tỉnh" in body_part


def test_markdown_bold_markers_are_removed_and_close_a_heading():
    raw = "**II. NỘI DUNG**\n\n**1. Tổ chức tập huấn,\nbồi dưỡng nghiệp vụ**\n\nSở Nội vụ có trách nhiệm tổ\nchức tập huấn cho cán bộ làm công\ntác việc làm trên địa bàn.\n" * 3
    lines = normalise(RawText(raw, "md")).splitlines()
    assert "1. Tổ chức tập huấn, bồi dưỡng nghiệp vụ" in lines
    assert "Sở Nội vụ có trách nhiệm tổ chức tập huấn cho cán bộ làm công tác việc làm trên địa bàn." in lines
    assert not any("**" in line for line in lines)


def test_a_markdown_heading_loses_its_hashes_and_stands_alone():
    """ "#### Điều 3. Tổ chức thực hiện" after an article's last khoản, no blank line between: a heading of its own."""
    raw = ("#### Điều 2. Hiệu lực thi hành\n1. Nghị quyết này có hiệu lực thi hành từ ngày được thông qua.\n"
           "2. Các cơ quan theo thẩm quyền khẩn trương chuẩn bị các điều kiện cần thiết để các phường mới hoạt động\n"
           "#### Điều 3. Tổ chức thực hiện\n1. Giao Chính phủ công bố diện tích tự nhiên của các phường mới.\n")
    for copy in (RawText(raw, "md"), RawText(raw, "txt")):  # a plain-text copy of the page keeps its hashes too
        lines = normalise(copy).splitlines()
        assert "Điều 3. Tổ chức thực hiện" in lines and "Điều 2. Hiệu lực thi hành" in lines
        assert not any("#" in line for line in lines)


def test_a_sentences_last_words_on_a_line_of_their_own_end_it():
    """A copy that set a short item in bold broke it before its last words: "**1. Giao … tổ chức thực hiện**" / "Nghị
    quyết." — two words and a full stop are no paragraph."""
    raw = ("**Điều 4. Tổ chức thực hiện**\n\n**1. Giao Ủy ban nhân dân tỉnh\ntổ chức thực hiện**\n\nNghị quyết.\n\n"
           "**2. Giao Thường trực Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết.**\n")
    lines = normalise(RawText(raw, "md")).splitlines()
    assert "1. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết." in lines


def test_an_article_opening_on_its_assignment_runs_on_over_a_name_in_title_case():
    """ "Điều 2. Giao Sở Công" / "Thương chủ trì, …": no article title opens "Giao …"; the sentence goes on."""
    raw = ("**Điều 2. **Giao Sở Công\nThương chủ trì, phối hợp với các cơ quan có liên quan có trách nhiệm:\n"
           "1. Cung cấp đầy đủ nội dung thủ tục hành chính.\n")
    lines = normalise(RawText(raw, "md")).splitlines()
    assert lines[0] == "Điều 2. Giao Sở Công Thương chủ trì, phối hợp với các cơ quan có liên quan có trách nhiệm:"
    # a web copy's blank line inside the name changes nothing
    lines = normalise(RawText(raw.replace("Sở Công\n", "Sở\nCông\n\n"), "md")).splitlines()
    assert lines[0] == "Điều 2. Giao Sở Công Thương chủ trì, phối hợp với các cơ quan có liên quan có trách nhiệm:"


def test_a_bracket_closing_on_a_word_ends_no_sentence_before_a_line_in_lowercase():
    """A web copy's blank line after "(Phòng Kiểm soát thủ tục hành chính)" or "(dichvucong.gov.vn)" mid-sentence: the
    sentence goes on; a heading closing on its bracket stays a heading before a paragraph that opens in capitals."""
    raw = ("1. Danh mục thủ tục hành chính (Phụ lục I)\n\nCác sở rà soát danh mục thủ tục.\n\n"
           "2. Sở Nội vụ chủ trì, phối hợp với Văn phòng Ủy ban nhân dân tỉnh (Phòng Kiểm soát thủ tục hành chính)\n\n"
           "cập nhật danh mục trên Cổng Dịch vụ công quốc gia (dichvucong.gov.vn)\n\ntrước ngày 15/12/2026.\n")
    for copy in (RawText(raw, "md"), RawText(raw, "txt")):
        assert normalise(copy).splitlines() == [
            "1. Danh mục thủ tục hành chính (Phụ lục I)", "Các sở rà soát danh mục thủ tục.",
            "2. Sở Nội vụ chủ trì, phối hợp với Văn phòng Ủy ban nhân dân tỉnh (Phòng Kiểm soát thủ tục hành chính) "
            "cập nhật danh mục trên Cổng Dịch vụ công quốc gia (dichvucong.gov.vn) trước ngày 15/12/2026."]


def test_an_article_assigning_a_named_office_runs_on_and_one_titled_by_the_assignment_does_not():
    """ "Điều 3. Phân công Phó Chủ tịch … Trần Văn" / "An chỉ đạo …": "Phân công" before a name hands work on, so the
    sentence goes on across a web copy's blank line; "Điều 4. Phân công thực hiện" is an article's title."""
    raw = ("Điều 3. Phân công Phó Chủ tịch Ủy ban nhân dân tỉnh Trần Văn\n\nAn chỉ đạo Sở Y tế hoàn thiện đề án.\n\n"
           "Điều 4. Phân công thực hiện\n\nSở Y tế chủ trì triển khai đề án.\n")
    assert normalise(RawText(raw, "md")).splitlines() == [
        "Điều 3. Phân công Phó Chủ tịch Ủy ban nhân dân tỉnh Trần Văn An chỉ đạo Sở Y tế hoàn thiện đề án.",
        "Điều 4. Phân công thực hiện", "Sở Y tế chủ trì triển khai đề án."]


def test_an_articles_label_on_lines_of_its_own_opens_the_article_and_its_assignment_runs_on():
    """A web copy that broke "**Điều" / "2.**" apart: "Điều", a blank line, "**2.****", then the bold opening of the
    article; the article is one paragraph, across the blank lines inside its sentence too."""
    raw = ("Điều\n\n**1. Công bố kèm theo\nQuyết định này danh mục 02 thủ tục.**\n\nĐiều\n\n**2.****\n**Giao Sở Nội vụ chủ "
           "trì, phối hợp với**\n\nVăn phòng UBND tỉnh xây dựng quy trình điện tử trên Hệ thống của tỉnh\n\n"
           "(https://dichvucong.binhminh.gov.vn) để áp dụng.\n\nĐiều\n\n**3. Quyết định này có hiệu lực kể từ ngày ký.**\n")
    assert normalise(RawText(raw, "md")).splitlines() == [
        "Điều 1. Công bố kèm theo Quyết định này danh mục 02 thủ tục.",
        "Điều 2. Giao Sở Nội vụ chủ trì, phối hợp với Văn phòng UBND tỉnh xây dựng quy trình điện tử trên Hệ thống của "
        "tỉnh (https://dichvucong.binhminh.gov.vn) để áp dụng.",
        "Điều 3. Quyết định này có hiệu lực kể từ ngày ký."]


def test_a_line_ending_on_a_head_or_a_divisions_word_runs_on_into_its_name_or_number():
    """A text whose line width cannot be learned (a letter amid a portal's short lines): "… Về vấn đề này, Cục" / "Thuế
    có ý kiến …" is one sentence, as is "… khoản" / "2 Điều 44 …"; a unit's own office ("Văn phòng Cục") is whole."""
    raw = ("Về vấn đề này, Cục\nThuế có ý kiến như sau:\nCăn cứ khoản 1 Điều 39, khoản\n2 Điều 44 Nghị định số 103/2024/NĐ-CP.\n"
           "Đề nghị Văn phòng Cục\nKiểm tra lại hồ sơ.\n")
    assert normalise(RawText(raw, "txt")).splitlines() == [
        "Về vấn đề này, Cục Thuế có ý kiến như sau:", "Căn cứ khoản 1 Điều 39, khoản 2 Điều 44 Nghị định số 103/2024/NĐ-CP.",
        "Đề nghị Văn phòng Cục", "Kiểm tra lại hồ sơ."]


def test_a_heading_ending_on_so_runs_on_only_into_a_number():
    """ "số" needs a number after it only as "number" ("… theo Kế hoạch số" / "25/KH-UBND"); as "digital" it ends a
    heading, and the paragraph under it stands alone."""
    raw = ("3. Nhân lực số\nPhòng Tổ chức hành chính chủ trì:\n- Tuyển dụng viên chức công nghệ thông tin.\n"
           "Triển khai theo Kế hoạch số\n25/KH-UBND của Ủy ban nhân dân tỉnh.\n")
    assert normalise(RawText(raw, "txt")).splitlines() == [
        "3. Nhân lực số", "Phòng Tổ chức hành chính chủ trì:", "- Tuyển dụng viên chức công nghệ thông tin.",
        "Triển khai theo Kế hoạch số 25/KH-UBND của Ủy ban nhân dân tỉnh."]


def test_a_markdown_copys_escaped_labels_are_labels():
    """A web clipper escapes what markdown would read as a list or heading ("1\\.", "\\-", "\\+"): the labels are the
    text's."""
    raw = "**1\\. Phòng Văn hóa (đơn vị đầu mối)**\n\n\\- Tổ chức hội thi.\n\n\\+ Thời gian: quý II/2026.\n"
    assert normalise(RawText(raw, "md")).splitlines() == [
        "1. Phòng Văn hóa (đơn vị đầu mối)", "- Tổ chức hội thi.", "+ Thời gian: quý II/2026."]


def test_an_empty_bold_run_between_two_words_keeps_the_space_between_them():
    raw = "**Bộ trưởng** ban hành** **Thông tư **quy định** việc trả lương dạy thêm*** ***giờ và **x****ác định** mức chi.\n"
    assert normalise(RawText(raw, "md")).strip() == "Bộ trưởng ban hành Thông tư quy định việc trả lương dạy thêm giờ và xác định mức chi."


def test_bold_runs_closing_into_a_capital_are_two_lines_and_runs_cutting_a_word_or_phrase_stay_one():
    raw = ("**THÔNG TƯ****Quy định chế độ làm việc đối với nhân viên thư viện****, thiết bị**\n\n"
           "**C****ỘNG HO****À XÃ H****ỘI CHỦ NGHĨA VIỆT NAM**\n\n"
           "**Chương I****QUY ĐỊNH CHUNG**\n\n**Điều 1. Phạm vi điều chỉnh**\n\nThông tư này quy định chế độ làm việc.\n")
    lines = normalise(RawText(raw, "md")).splitlines()
    assert lines[:4] == ["THÔNG TƯ", "Quy định chế độ làm việc đối với nhân viên thư viện, thiết bị",
                         "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Chương I"]
    assert lines[4] == "QUY ĐỊNH CHUNG"


def test_an_italic_line_opening_with_a_spaced_star_is_no_bullet_and_closes_its_run():
    raw = ("**Điều 1.** Công bố kèm\ntheo Quyết định này danh mục 06 thủ tục hành chính.\n* (Chi tiết theo Phụ lục đính kèm)*\n"
           "**Điều 2. **Giao các cơ\nquan, đơn vị:\n1. Sở Nội vụ niêm yết công khai thủ tục hành chính.\n"
           "* Nội dung niêm yết gồm tên thủ tục và thời hạn giải quyết.\n")
    lines = normalise(RawText(raw, "md")).splitlines()
    assert lines[1:3] == ["(Chi tiết theo Phụ lục đính kèm)", "Điều 2. Giao các cơ quan, đơn vị:"]
    assert lines[-1] == "* Nội dung niêm yết gồm tên thủ tục và thời hạn giải quyết."


def test_italic_markers_inside_brackets_go_but_a_footnote_mark_stays():
    raw = "**V. CHẾ ĐỘ BÁO CÁO**\n\nSở Xây dựng báo cáo hàng tháng (*trước ngày 18 hàng tháng*) về Ủy ban nhân dân tỉnh (*).\n"
    text = normalise(RawText(raw, "md"))
    assert "hàng tháng (trước ngày 18 hàng tháng) về Ủy ban nhân dân tỉnh (*)." in text


def test_a_table_run_into_the_next_appendix_is_two_tables():
    cells = ["STT", "Chỉ tiêu", "Đơn vị", "Năm 2026"], ["1", "Tỷ lệ hồ sơ trực tuyến", "%", "80%"], \
            ["2", "Tỷ lệ số hóa", "%", "90%"]
    tasks = ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian"], ["1", "Xây dựng cơ sở dữ liệu", "Sở Y tế", "Quý II/2026"], \
            ["2", "Rà soát thủ tục", "Sở Tư pháp", "Quý III/2026"]
    lines = [line for row in cells for line in ["|", *(x for c in row for x in (c, "|"))]]
    lines = lines[:-1] + ["|", "**PHỤ LỤC II**", "DANH MỤC NHIỆM VỤ"]  # the first table ends on one bar
    lines += [line for row in tasks for line in ["|", *(x for c in row for x in (c, "|"))]][:-1] + ["|", ""]
    text = normalise(RawText("\n".join(["**KẾ HOẠCH**", ""] + lines) + "\n", "md"))
    assert "\n| TT | Nhiệm vụ | Cơ quan chủ trì | Thời gian |\n" in text
    assert "| 2 | Tỷ lệ số hóa | % | 90% |\n" in text and "\nPHỤ LỤC II\n" in text


def test_a_sentence_wrapped_before_the_name_it_quotes_runs_on():
    raw = ("IV. TỔ CHỨC THỰC HIỆN\n\n3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam phường lồng ghép nội dung an toàn giao "
           "thông vào cuộc vận động\n“Toàn dân đoàn kết xây dựng đô thị văn minh”; giám sát việc sử dụng vỉa hè.\n\n"
           "4. Công an phường tuần tra, kiểm soát.\n\n1. Mục đích\n“Năm an toàn giao thông” là chủ đề của năm.\n")
    lines = normalise(RawText(raw, "txt")).splitlines()
    assert any(line.endswith("cuộc vận động “Toàn dân đoàn kết xây dựng đô thị văn minh”; giám sát việc sử dụng vỉa hè.")
               for line in lines)
    assert "“Năm an toàn giao thông” là chủ đề của năm." in lines  # after a heading, a paragraph of its own


def test_a_bullets_instruction_wrapped_before_a_name_runs_on():
    raw = ("**III. NHIỆM VỤ**\n1. Phát triển hạ tầng số\n- Triển khai xây dựng, phát triển hạ tầng số phục vụ\n"
           "Chính phủ số theo chiến lược hạ tầng số của tỉnh đến năm 2030 và các năm tiếp theo, bảo\n"
           "đảm kết nối thông suốt từ cấp tỉnh đến cấp xã, an toàn thông tin theo cấp độ.\n"
           "- Phát triển nền tảng dữ liệu dùng chung của tỉnh, kết nối với các cơ sở dữ liệu\n"
           "quốc gia, cơ sở dữ liệu chuyên ngành để phục vụ chỉ đạo, điều hành của tỉnh và báo cáo\n"
           "định kỳ theo yêu cầu của các bộ, ngành trung ương, bảo đảm dữ liệu đúng, đủ, sạch, sống\n"
           "và được cập nhật thường xuyên trên hệ thống thông tin của các cơ quan nhà nước tỉnh.\n"
           "- Tổ chức sơ kết, tổng kết\n"
           "Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành, Ủy ban nhân dân các xã nghiêm túc\n"
           "triển khai thực hiện các nội dung của Kế hoạch này, định kỳ báo cáo kết quả về Sở\n"
           "Tài chính để tổng hợp, báo cáo Ủy ban nhân dân tỉnh theo quy định hiện hành.\n")
    lines = normalise(RawText(raw, "md")).splitlines()
    assert any(line.startswith("- Triển khai xây dựng, phát triển hạ tầng số phục vụ Chính phủ số theo") for line in lines)
    assert "- Tổ chức sơ kết, tổng kết" in lines  # a short bullet is a heading of its own


def test_an_article_word_left_alone_joins_its_number():
    text = normalise(RawText("QUYẾT ĐỊNH:\nĐiều\n2. Giao Sở Tài chính chủ trì rà soát quy trình.\nĐiều 3. Quyết định này có "
                             "hiệu lực.\n", "txt"))
    assert "\nĐiều 2. Giao Sở Tài chính chủ trì rà soát quy trình.\n" in text


def test_a_title_in_capitals_ends_where_a_bold_line_begins():
    raw = ("**CÔNG ĐIỆN**\nVỀ ĐẨY MẠNH PHÒNG CHỐNG\nDỊCH BỆNH TRONG NHỮNG THÁNG CUỐI NĂM VÀ NHỮNG NĂM TIẾP\nTHEO\n"
           "**THỦ TƯỚNG CHÍNH PHỦ điện:**\n- Bộ trưởng Bộ Y tế.\n")
    lines = normalise(RawText(raw, "md")).splitlines()
    assert "THỦ TƯỚNG CHÍNH PHỦ điện:" in lines


def test_a_head_at_a_lines_end_runs_on_into_its_field():
    text = normalise(RawText("Điều 2. Giao các cơ quan, đơn vị:\n1. Sở\nTài chính chủ trì rà soát quy trình nội bộ.\n"
                             "2. Các đơn vị sự nghiệp công lập niêm yết công khai thủ tục.\n", "txt"))
    assert "\n1. Sở Tài chính chủ trì rà soát quy trình nội bộ.\n" in text


def test_a_number_the_wrap_put_at_a_lines_start_stays_in_its_sentence():
    raw = ("**II. NHIỆM VỤ**\n1. Cứu trợ khẩn cấp\n- Huy động ca nô, xuồng máy tiếp cận các thôn bị chia cắt, trước hết các xã\n"
           "thuộc vùng nguy cơ sạt lở, trước hết các thôn có mức cảnh báo lũ cấp độ\n"
           "2. Bố trí điểm sơ tán tạm thời cho các hộ dân.\n"
           "2. Khôi phục sản xuất\n- Cấp giống cây trồng cho các hộ bị thiệt hại.\n")
    lines = normalise(RawText(raw, "md")).splitlines()
    assert any(line.endswith("trước hết các thôn có mức cảnh báo lũ cấp độ 2. Bố trí điểm sơ tán tạm thời cho các hộ dân.")
               for line in lines)
    assert "2. Khôi phục sản xuất" in lines  # a heading's number after a sentence that ended stays a label


def test_glued_heading_is_split_again():
    raw = "4. Khoa học\n4.1. Sở Khoa học và Công nghệ:\n- Thực hiện đề án năm 20245. Nhiệm vụ về văn hóa - xã hội\n5.1. Sở Y tế:\n- Làm tốt.\n"
    lines = normalise(RawText(raw, "txt", wrapped=False)).splitlines()
    assert "- Thực hiện đề án năm 2024" in lines
    assert "5. Nhiệm vụ về văn hóa - xã hội" in lines


# --- One plan, several layouts -------------------------------------------------------------
# A small plan written for these tests, as paragraphs; the renderers below lay it out the way
# real sources do: a PDF's text layer (hard wraps, page numbers, no blank lines), a markdown
# copy of a portal page (bold headings broken across lines, short first lines, blank lines
# between paragraphs) and a portal page with one paragraph per line in other label styles.
PLAN = [
    "KẾ HOẠCH",
    "Triển khai chương trình chăm sóc sức khỏe ban đầu cho trẻ em trên địa bàn tỉnh giai đoạn 2026 - 2030",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "Cụ thể hóa các nhiệm vụ được giao tại Nghị quyết số 12/NQ-CP của Chính phủ, bảo đảm phân công rõ cơ quan chủ trì, thời hạn hoàn thành và sản phẩm của từng nhiệm vụ.",
    "II. NỘI DUNG THỰC HIỆN",
    "1. Nâng cao chất lượng tiêm chủng",
    "a) Sở Y tế chủ trì, phối hợp với Ủy ban nhân dân các xã, phường tổ chức tiêm chủng đầy đủ cho trẻ em từ 6 tháng đến 36 tháng tuổi tại trạm y tế xã, hoàn thành trước ngày 30/9/2026.",
    "b) Trung tâm Kiểm soát bệnh tật tỉnh theo dõi, tổng hợp số liệu tiêm chủng hằng tháng và báo cáo Sở Y tế trước ngày 25 của tháng cuối quý.",
    "2. Tăng cường truyền thông về dinh dưỡng",
    "- Sở Văn hóa, Thể thao và Du lịch phối hợp với Sở Y tế xây dựng chuyên mục dinh dưỡng cho trẻ em trên đài phát thanh của tỉnh trong cả giai đoạn 2026 - 2030 theo kế hoạch hằng năm.",
    "- Hội Liên hiệp Phụ nữ tỉnh vận động các gia đình thực hiện chế độ dinh dưỡng hợp lý, lồng ghép vào sinh hoạt chi hội ở khu dân cư.",
    "3. Kiện toàn mạng lưới y tế cơ sở",
    "Ủy ban nhân dân các xã, phường bố trí đủ nhân viên y tế thôn bản, rà soát cơ sở vật chất của trạm y tế và đề xuất danh mục đầu tư trong quý II/2026.",
    "III. TỔ CHỨC THỰC HIỆN",
    "Các cơ quan, đơn vị báo cáo kết quả thực hiện về Sở Y tế trước ngày 15 tháng 12 hằng năm để tổng hợp, báo cáo Ủy ban nhân dân tỉnh.",
]
_LABEL = re.compile(r"^(?:[IVX]+\.|\d\.|[a-z]\)|-)\s")


def _wrap(paragraph: str, width: int, first: int | None = None) -> list[str]:
    """Greedy word wrap that never starts a line with something that reads as a label."""
    lines, current = [], ""
    for word in paragraph.split(" "):
        limit = first if first and not lines else width
        if current and len(current) + 1 + len(word) > limit and not re.match(r"[-+•–]$|\d\.$|[a-z]\)$", word):
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    return lines + [current]


def _is_heading(paragraph: str) -> bool:
    return paragraph.isupper() or (bool(re.match(r"^\d\.\s", paragraph)) and not paragraph.endswith("."))


def as_pdf_text(paragraphs: list[str], width: int = 72) -> str:
    out = []
    for paragraph in paragraphs:
        out += _wrap(paragraph, width)
        if len(out) >= 12 and "3" not in out:
            out.append("3")  # a page number left in the text layer
    return "\n".join(out) + "\n"


def as_web_markdown(paragraphs: list[str], width: int = 64) -> str:
    out = []
    for paragraph in paragraphs:
        label = _LABEL.match(paragraph)
        if _is_heading(paragraph) and label and label.group(0).strip()[0].isdigit():
            # the label alone in bold, its text below
            out += [f"**{label.group(0).strip()}****", "**" + "\n".join(_wrap(paragraph[label.end():], width, 20)) + "**"]
        elif _is_heading(paragraph):
            out.append("**" + "\n".join(_wrap(paragraph, 24)) + "**")
        else:
            out.append("\n".join(_wrap(paragraph, width, first=22)))
        out.append("")
    return "\n".join(out)


def relabelled(paragraphs: list[str]) -> str:
    out = []
    for paragraph in paragraphs:
        paragraph = re.sub(r"^(\d)\.\s", r"\1) ", paragraph)
        paragraph = re.sub(r"^([a-z])\)\s", r"\1. ", paragraph)
        paragraph = re.sub(r"^-\s", "• ", paragraph)
        out.append(paragraph)
    return "\n".join(out) + "\n"


@pytest.mark.parametrize("layout, raw", [
    ("oneline", RawText("\n".join(PLAN) + "\n", "txt")),
    ("pdf text", RawText(as_pdf_text(PLAN), "txt")),
    ("narrow pdf text", RawText(as_pdf_text(PLAN, width=58), "txt")),
    ("web markdown", RawText(as_web_markdown(PLAN), "md")),
    ("relabelled", RawText(relabelled(PLAN), "txt")),
])
def test_the_same_words_in_any_layout_give_the_same_lines(layout, raw):
    assert normalise(raw).splitlines() == PLAN


def test_the_fixtures_really_are_laid_out_differently():
    pdf = as_pdf_text(PLAN)
    assert "\n36 tháng tuổi" in as_pdf_text(PLAN, width=58) or "\n36 tháng tuổi" in pdf
    assert "\n3\n" in pdf
    web = as_web_markdown(PLAN)
    assert "**1.****\n**Nâng cao" in web and "\n\n" in web
    assert "1) Nâng cao" in relabelled(PLAN) and "a. Sở Y tế" in relabelled(PLAN) and "• Hội" in relabelled(PLAN)


def test_bold_heading_broken_across_lines_is_one_line():
    raw = "**II. NỘI\nDUNG THỰC HIỆN**\n\n**3.****\n**Tăng cường kiểm tra, giám\nsát**\n\n- Sở Nội vụ kiểm tra định kỳ.\n"
    assert normalise(RawText(raw, "md")).splitlines() == [
        "II. NỘI DUNG THỰC HIỆN", "3. Tăng cường kiểm tra, giám sát", "- Sở Nội vụ kiểm tra định kỳ."]


def test_italic_field_lines_lose_their_markers_and_their_wraps():
    raw = "*Đơn vị chủ trì thực hiện: *Sở Tư\npháp.\n\n*Thời gian thực hiện: *Thường\nxuyên.\n"
    assert normalise(RawText(raw, "md")).splitlines() == [
        "Đơn vị chủ trì thực hiện: Sở Tư pháp.", "Thời gian thực hiện: Thường xuyên."]


def test_unpunctuated_heading_then_blank_line_stays_apart_from_its_paragraph():
    raw = ("**1. Rà soát đội ngũ cán bộ làm công tác pháp chế**\n\n"
           "Thường xuyên rà soát, kiện toàn đội ngũ cán bộ bảo đảm đủ số lượng, tiêu chuẩn theo quy định.\n")
    assert normalise(RawText(raw, "md")).splitlines() == [
        "1. Rà soát đội ngũ cán bộ làm công tác pháp chế",
        "Thường xuyên rà soát, kiện toàn đội ngũ cán bộ bảo đảm đủ số lượng, tiêu chuẩn theo quy định."]


def test_a_two_column_layout_table_stays_cell_after_cell():
    raw = "|\n**ỦY BAN NHÂN DÂN**\nTỈNH AN LẠC\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n|\n|\nSố: 25/KH-UBND\n|\n*An Lạc, ngày 3\ntháng 3 năm 2026*\n|\n"
    assert normalise(RawText(raw, "md")).splitlines() == [
        "ỦY BAN NHÂN DÂN", "TỈNH AN LẠC", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 25/KH-UBND",
        "An Lạc, ngày 3 tháng 3 năm 2026"]


TASK_TABLE_ROWS = [
    "| TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |",
    "| I | Hoàn thiện thể chế |",
    "| 1 | Rà soát quy định về dữ liệu số của tỉnh | Sở Tư pháp | Các sở, ban, ngành | Quý II/2026 |",
]


def test_a_data_table_one_cell_per_line_becomes_one_row_per_line():
    raw = ("Phụ lục\n\n|\n**TT**\n|\n**Nhiệm vụ**\n|\n**Cơ quan chủ\ntrì**\n|\n**Cơ quan phối hợp**\n|\n**Thời gian**\n|\n|\n"
           "**I**\n|\n**Hoàn thiện thể chế**\n|\n|\n1\n|\nRà soát quy định về dữ liệu số\ncủa tỉnh\n|\nSở Tư pháp\n|\n"
           "Các sở, ban, ngành\n|\nQuý II/2026\n|\n\nNơi nhận:\n")
    assert normalise(RawText(raw, "md")).splitlines() == ["Phụ lục", *TASK_TABLE_ROWS, "Nơi nhận:"]


def test_page_numbers_inside_a_rows_cells_go():
    """A PDF's text copied cell per line: a page break inside the row leaves the page's number after the row's own
    ("1" / "6", "II.1" / "30"); a number in a cell's text stays ("Số lượng:" / "120", "cho" / "50" / "cán bộ")."""
    raw = ("Phụ lục\n\n|\n**TT**\n|\n**Nhiệm vụ**\n|\n**Cơ quan chủ\ntrì**\n|\n**Cơ quan phối hợp**\n|\n**Thời gian**\n|\n|\n"
           "**I**\n|\n**Hoàn thiện thể chế**\n|\n|\n1\n6\n|\nRà soát quy định về dữ liệu\nsố của tỉnh\n|\nSở Tư pháp\n|\n"
           "Các sở, ban, ngành\n|\nQuý II/2026\n|\n\nNơi nhận:\n")
    assert normalise(RawText(raw, "md")).splitlines() == ["Phụ lục", *TASK_TABLE_ROWS, "Nơi nhận:"]
    assert normalise(RawText("|\nTT\n|\nChỉ tiêu\n|\nGhi chú\n|\n|\n1\n|\nSố lượng:\n120\n|\nlớp\n|\n|\nII.1\n30\n|\n"
                             "Tập huấn cho\n50\ncán bộ\n|\n|\n\n", "md")).splitlines()[1:3] == [
        "| 1 | Số lượng: 120 | lớp |", "| II.1 | Tập huấn cho 50 cán bộ |"]


def test_a_row_written_on_one_line_takes_the_same_form():
    raw = "TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian\nI | Hoàn thiện thể chế\n" \
          "1 | Rà soát quy định về dữ liệu số của tỉnh | Sở Tư pháp | Các sở, ban, ngành | Quý II/2026\n"
    assert normalise(RawText(raw, "txt")).splitlines() == TASK_TABLE_ROWS


def test_a_document_using_two_label_styles_keeps_both():
    raw = "1. Nhiệm vụ chung\n1) Rà soát văn bản.\n- Sở Tư pháp chủ trì.\n• Sở Nội vụ phối hợp.\na. Ý thứ nhất.\n"
    lines = normalise(RawText(raw, "txt")).splitlines()
    assert lines == ["1. Nhiệm vụ chung", "1) Rà soát văn bản.", "- Sở Tư pháp chủ trì.", "• Sở Nội vụ phối hợp.",
                     "a) Ý thứ nhất."]


def test_a_dash_or_number_inside_a_sentence_does_not_start_an_item():
    """A web copy whose paragraphs' first lines break early (the rest of the plan shows it)."""
    raw = as_web_markdown(PLAN) + "\n" + (
        "**4. **Trong giai đoạn 2026\n- 2030 phấn đấu có ít nhất 10% cán bộ được bồi dưỡng chuyên sâu về\n"
        "xây dựng pháp luật.\n\n- Tổ chức tập huấn cho trẻ em từ 6 tháng đến\n36 tháng tuổi.\n")
    assert normalise(RawText(raw, "md")).splitlines()[len(PLAN):] == [
        "4. Trong giai đoạn 2026 - 2030 phấn đấu có ít nhất 10% cán bộ được bồi dưỡng chuyên sâu về xây dựng pháp luật.",
        "- Tổ chức tập huấn cho trẻ em từ 6 tháng đến 36 tháng tuổi."]


def test_a_finished_sentence_then_a_dash_item_stays_apart():
    raw = "- Sở Y tế chủ trì thực hiện nhiệm vụ năm 2026.\n- 2030 là năm hoàn thành.\n"
    assert normalise(RawText(raw, "txt")).splitlines() == [
        "- Sở Y tế chủ trì thực hiện nhiệm vụ năm 2026.", "- 2030 là năm hoàn thành."]


def test_inside_a_blank_separated_web_paragraph_every_break_is_a_wrap():
    raw = as_web_markdown(PLAN) + (
        "\n1. Kinh phí thực hiện Kế hoạch được bố trí từ nguồn của các cơ\nquan, đơn vị theo quy định của Luật\n"
        "Ngân sách nhà nước và các nguồn hợp pháp khác.\n\nTRIỂN\nKHAI THI HÀNH LUẬT VIỆC LÀM\n")
    assert normalise(RawText(raw, "md")).splitlines()[len(PLAN):] == [
        "1. Kinh phí thực hiện Kế hoạch được bố trí từ nguồn của các cơ quan, đơn vị theo quy định của Luật "
        "Ngân sách nhà nước và các nguồn hợp pháp khác.",
        "TRIỂN KHAI THI HÀNH LUẬT VIỆC LÀM"]


def test_a_web_copy_without_blank_lines_keeps_its_sentences_per_line():
    raw = ("**THÔNG BÁO**\nNgày 18 tháng 11 năm 2025, tại trụ sở Ủy ban,\nPhó Chủ tịch đã chủ trì cuộc họp về kế hoạch.\n"
           "Sau khi nghe báo cáo của các sở, Phó Chủ tịch kết luận như sau:\n")
    assert normalise(RawText(raw, "md")).splitlines() == [
        "THÔNG BÁO", "Ngày 18 tháng 11 năm 2025, tại trụ sở Ủy ban, Phó Chủ tịch đã chủ trì cuộc họp về kế hoạch.",
        "Sau khi nghe báo cáo của các sở, Phó Chủ tịch kết luận như sau:"]


def test_an_italic_place_and_date_broken_across_lines_is_one_line():
    raw = "|\nSố: 172/KH-UBND\n|\n*Thành phố Hồ Chí\nMinh, ngày 18 tháng 11 năm 2025*\n|\n"
    assert normalise(RawText(raw, "md")).splitlines() == [
        "Số: 172/KH-UBND", "Thành phố Hồ Chí Minh, ngày 18 tháng 11 năm 2025"]


def test_a_capitals_title_wrapped_before_its_years_stays_one_line():
    raw = as_pdf_text(PLAN) + "KẾ HOẠCH\nTRIỂN KHAI THỰC HIỆN LIÊN KẾT VÙNG KINH TẾ TRỌNG ĐIỂM MIỀN TRUNG GIAI\nĐOẠN 2021 - 2025\n"
    assert normalise(RawText(raw, "txt")).splitlines()[-2:] == [
        "KẾ HOẠCH", "TRIỂN KHAI THỰC HIỆN LIÊN KẾT VÙNG KINH TẾ TRỌNG ĐIỂM MIỀN TRUNG GIAI ĐOẠN 2021 - 2025"]


def test_a_table_row_wrapped_like_a_paragraph_is_one_row():
    raw = as_web_markdown(PLAN) + "\n| Cơ quan ban hành | Tỉnh An\nLạc |\n\n| Người ký | Nguyễn Văn An |\n"
    assert normalise(RawText(raw, "md")).splitlines()[-2:] == [
        "| Cơ quan ban hành | Tỉnh An Lạc |", "| Người ký | Nguyễn Văn An |"]


def test_a_bar_inside_prose_does_not_make_a_table_row():
    raw = "[sửa | sửa mã nguồn]Kế hoạch được ban hành năm 2025.\nTrang chủ | Văn bản mới\n"
    assert normalise(RawText(raw, "md")).splitlines() == [
        "[sửa | sửa mã nguồn]Kế hoạch được ban hành năm 2025.", "Trang chủ | Văn bản mới"]


def test_lines_the_reader_knows_are_paragraphs_are_joined_only_where_a_sentence_runs_on():
    raw = "1. Sở Y tế chủ trì thực hiện\nNhiệm vụ được giao tại văn bản số 12\n"
    assert normalise(RawText(raw, "docx", wrapped=False)).splitlines() == [
        "1. Sở Y tế chủ trì thực hiện", "Nhiệm vụ được giao tại văn bản số 12"]
    assert normalise(RawText(raw.replace("\nN", "\nn"), "txt")).splitlines() == [
        "1. Sở Y tế chủ trì thực hiện nhiệm vụ được giao tại văn bản số 12"]
    # a label the source set apart as a paragraph of its own (a heading "Điều 2.") opens the paragraph under it
    raw = "Điều 2.\nGiao Giám đốc Sở Y tế:\n1. Chỉ đạo các bệnh viện rà soát trang thiết bị.\na)\nb) Lập dự toán.\n"
    assert normalise(RawText(raw, "json", wrapped=False)).splitlines() == [
        "Điều 2. Giao Giám đốc Sở Y tế:", "1. Chỉ đạo các bệnh viện rà soát trang thiết bị.", "a)", "b) Lập dự toán."]


def test_a_lowercase_line_after_a_bold_run_and_a_blank_line_continues_the_sentence():
    raw = "**3.****\n**Trong thời gian tới, yêu\ncầu**\n\ncác sở, ngành tập trung thực\nhiện các nhiệm vụ sau:\n"
    lines = normalise(RawText(raw, "md")).split("\n")
    assert "3. Trong thời gian tới, yêu cầu các sở, ngành tập trung thực hiện các nhiệm vụ sau:" in lines


def test_a_line_that_ends_on_a_word_a_sentence_cannot_stop_on_runs_on():
    raw = ("1. Sở Tài chính chủ trì bố trí vốn cho giai đoạn\n2026-2030: ưu tiên các công trình dở dang.\n"
           "2. Sở Xây dựng chủ trì, phối hợp với Ủy ban nhân dân các xã thuộc\nHuyện Đông rà soát quỹ đất, "
           "hoàn thành trong quý IV năm 2026; sau đó báo cáo kết quả cho Ủy ban nhân dân tỉnh trước ngày 20\n"
           "tháng 12 năm 2026, bảo đảm đúng tiến độ và giao cho các đơn vị làm chủ\nDự án thực hiện.\n")
    lines = normalise(RawText(raw, "txt")).split("\n")
    assert lines[0] == "1. Sở Tài chính chủ trì bố trí vốn cho giai đoạn 2026-2030: ưu tiên các công trình dở dang."
    assert lines[1].startswith("2. Sở Xây dựng") and lines[1].endswith("làm chủ Dự án thực hiện.")


def test_a_unit_of_the_department_itself_ends_its_heading():
    raw = ("6. Thanh tra Sở\nXây dựng kế hoạch thanh tra năm 2026, không để chồng chéo.\n"
           "7. Sở\nTài chính chủ trì thẩm định dự toán.\n")
    assert normalise(RawText(raw, "txt")).split("\n")[:3] == [
        "6. Thanh tra Sở", "Xây dựng kế hoạch thanh tra năm 2026, không để chồng chéo.",
        "7. Sở Tài chính chủ trì thẩm định dự toán."]


def test_a_line_ending_on_a_committee_runs_on_into_its_locality():
    raw = ("Xét đề nghị của Sở Tài chính tại Tờ trình số 15/TTr-STC ngày 02 tháng 3 năm 2026.\n"
           "Chủ tịch Ủy ban nhân dân\nTỉnh có ý kiến chỉ đạo như sau:\n1. Sở Tài chính rà soát dự toán.\n"
           "Chủ tịch Hội đồng nhân dân\nXã Tân Phú thông báo để các cơ quan biết.\n")
    lines = normalise(RawText(raw, "txt")).split("\n")
    assert lines[1:4] == ["Chủ tịch Ủy ban nhân dân Tỉnh có ý kiến chỉ đạo như sau:", "1. Sở Tài chính rà soát dự toán.",
                         "Chủ tịch Hội đồng nhân dân Xã Tân Phú thông báo để các cơ quan biết."]


def test_a_line_ending_on_an_office_runs_on_into_the_body_it_heads():
    raw = ("Điều 2. Tổ chức thực hiện\n1. Chủ tịch Ủy ban nhân dân cấp xã:\na) Công khai Danh mục\n"
           "thủ tục hành chính để tra cứu.\nb) Phối hợp với Giám đốc\nSở Y tế bố trí nhân lực, trang thiết bị để tiếp nhận hồ sơ\n"
           "đúng quy định.\n")
    lines = normalise(RawText(raw, "txt")).split("\n")
    assert lines[3] == "b) Phối hợp với Giám đốc Sở Y tế bố trí nhân lực, trang thiết bị để tiếp nhận hồ sơ đúng quy định."


def test_a_line_opening_on_one_word_and_a_clauses_end_runs_on():
    # a narrow recipients column of a PDF wraps a place name: its last word and ";" open the next line
    raw = ("Nơi nhận: - Thủ tướng Chính phủ (để b/c); -\nCác bộ: Nội vụ, Tài chính; - Tỉnh ủy, UBND tỉnh Bình\n"
           "Định; - Lưu: VT, TCCV.\n")
    lines = normalise(RawText(raw, "txt")).split("\n")
    assert any("UBND tỉnh Bình Định; - Lưu: VT, TCCV." in line for line in lines)


@pytest.mark.parametrize("raw", [
    "KT. CHỦ TỊCH\nPhó Chủ tịch\nĐoàn Văn Việt\n",  # a signature's office, then a surname that is also a head
    "Độc lập - Tự do - Hạnh phúc\nHuế, ngày 12 tháng 3 năm 2026\n",  # a place and a comma after the motto
    "Số: 45/KH-UBND\nHuế, ngày 12 tháng 3 năm 2026\n",
    "2. Trách nhiệm thực hiện\nSở, ban, ngành tỉnh chủ trì thực hiện.\n",
    "a) Báo cáo định kỳ hằng năm\n2 Sở Tài chính tổng hợp.\n",  # an item's number after a date's word
])
def test_lines_these_rules_must_leave_apart_stay_apart(raw):
    assert normalise(RawText(raw, "txt")).splitlines() == raw.splitlines()


def test_the_entries_of_a_list_after_its_lead_in_stay_apart_across_blank_lines():
    raw = "Nhiệm vụ của Tổ công tác gồm:\n\nXây dựng kế hoạch kiểm tra;\n\ntổ chức kiểm tra tại các xã;\n\nbáo cáo kết quả.\n"
    assert normalise(RawText(raw, "md")).splitlines() == [
        "Nhiệm vụ của Tổ công tác gồm:", "Xây dựng kế hoạch kiểm tra;", "tổ chức kiểm tra tại các xã;", "báo cáo kết quả."]


def test_a_sentence_with_a_clause_break_runs_on_across_a_blank_line_a_heading_does_not():
    raw = ("(1) Về việc thẩm định Đề án: Các Bộ, cơ quan thống nhất\n\nmột cơ quan chủ trì; giao Bộ Xây dựng làm đầu mối\n\n"
           "Đề án, chịu trách nhiệm hoàn thiện hồ sơ.\n\n"
           "(2) Về nguồn lực thực hiện\n\nĐề án bố trí từ ngân sách nhà nước.\n")
    assert normalise(RawText(raw, "md")).splitlines() == [  # ("(1)" the items' label where none has a dot: "1.")
        "1. Về việc thẩm định Đề án: Các Bộ, cơ quan thống nhất một cơ quan chủ trì; giao Bộ Xây dựng "
        "làm đầu mối Đề án, chịu trách nhiệm hoàn thiện hồ sơ.",
        "2. Về nguồn lực thực hiện", "Đề án bố trí từ ngân sách nhà nước."]


def test_a_layout_table_closed_right_before_a_data_table_does_not_run_into_its_first_row():
    raw = ("thực hiện nghiêm túc./.\n|\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n|\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTrần Văn An\n|\n"
           "**PHỤ LỤC**\nDANH MỤC NHIỆM VỤ\n|\n**TT**\n|\n**Nhiệm vụ**\n|\n**Cơ quan chủ\ntrì**\n|\n**Cơ quan phối hợp**\n|\n"
           "**Thời gian**\n|\n|\n**I**\n|\n**Hoàn thiện thể chế**\n|\n|\n1\n|\nRà soát quy định về dữ liệu số\ncủa tỉnh\n|\n"
           "Sở Tư pháp\n|\nCác sở, ban, ngành\n|\nQuý II/2026\n|\n|\n2\n|\nCông bố danh mục dữ liệu\n|\nSở Khoa học và Công nghệ\n|\n"
           "Các sở, ban, ngành\n|\nQuý III/2026\n|\n\n")
    lines = normalise(RawText(raw, "md")).splitlines()
    assert "| TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |" in lines
    assert "Trần Văn An" in "\n".join(lines[:lines.index("| TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |")])


def test_a_line_ending_on_a_colon_inside_an_open_parenthesis_runs_on():
    """In a PDF's hard-wrapped text a lead-in heading ends on its colon ("b) Sở Y tế chủ trì:"); a field opened
    in a parenthesis and wrapped after its colon does not."""
    wrapped = "\n".join(textwrap.fill(paragraph, 88) for paragraph in (
        "a) Rà soát, bổ sung danh mục thuốc thiết yếu tại các trạm y tế xã, phường trên địa bàn tỉnh bảo đảm đủ "
        "thuốc cho người dân trong năm 2026 và những năm tiếp theo, theo đúng quy định hiện hành của Bộ Y tế.",
        "b) Sở Y tế chủ trì:",
        "- Tổ chức tập huấn cho nhân viên y tế thôn, bản về sơ cứu ban đầu và chăm sóc sức khỏe bà mẹ, trẻ em tại "
        "cộng đồng, hoàn thành trong quý III năm 2026 theo kế hoạch đã được Ủy ban nhân dân tỉnh phê duyệt.",
        "- Kiểm tra, giám sát việc thực hiện các quy định về an toàn thực phẩm tại các bếp ăn tập thể của các trường "
        "học, khu công nghiệp và cơ sở sản xuất kinh doanh trên địa bàn tỉnh trong dịp cao điểm."))
    raw = (wrapped + "\nc) Nâng cấp phần mềm quản lý hồ sơ sức khỏe điện tử cho người dân toàn tỉnh (Cơ quan chủ trì:\n"
           "Sở Khoa học và Công nghệ; cơ quan phối hợp: Sở Y tế; thời gian hoàn thành: quý II/2026).\n")
    lines = normalise(RawText(raw, "txt")).split("\n")
    assert lines[1:3] == ["b) Sở Y tế chủ trì:", lines[2]] and lines[2].startswith("- Tổ chức tập huấn")
    assert lines[4].startswith("c) Nâng cấp") and lines[4].endswith("; thời gian hoàn thành: quý II/2026).")


def test_a_bold_run_holding_the_type_over_the_title_gives_both_their_lines():
    raw = ("**ỦY BAN NHÂN DÂN\nTỈNH BÌNH MINH**\n\nSố: 12/KH-UBND\n\n**KẾ HOẠCH\nTổ chức Hội chợ nông sản năm 2026**\n\n"
           "**I. MỤC ĐÍCH,\nYÊU CẦU**\n\nQuảng bá nông sản của tỉnh đến người tiêu dùng.\n")
    lines = normalise(RawText(raw, "md")).split("\n")
    assert lines[:5] == ["ỦY BAN NHÂN DÂN TỈNH BÌNH MINH", "Số: 12/KH-UBND", "KẾ HOẠCH",
                         "Tổ chức Hội chợ nông sản năm 2026", "I. MỤC ĐÍCH, YÊU CẦU"]


def test_a_running_head_naming_the_document_goes_at_its_only_page_break():
    paragraphs = [textwrap.fill(f"{n}. Phòng Ngân sách rà soát dự toán chi thường xuyên của các đơn vị sự nghiệp thuộc "
                                f"Sở, đối chiếu với định mức phân bổ và báo cáo Giám đốc Sở kết quả đợt {n} trong năm.", 88)
                  for n in range(1, 6)]
    head = "Kế hoạch số 85/KH-STC ngày 18/4/2025 của Sở Tài chính"
    raw = ("SỞ TÀI CHÍNH\nSố: 85/KH-STC\n" + "\n".join(paragraphs[:3]) + f"\n2\n{head}\n" + "\n".join(paragraphs[3:])
           + "\n")
    lines = normalise(RawText(raw, "txt")).split("\n")
    assert head not in lines and "2" not in lines
    assert [line[:2] for line in lines[2:7]] == ["1.", "2.", "3.", "4.", "5."]


def test_a_line_between_two_page_numbers_is_no_running_head():
    """A page holding one line of the text (a sentence's middle, between the numbers of the pages around it) stands
    beside two page breaks but at one place: a running head stands at two."""
    paragraphs = [textwrap.fill(f"{n}. Phòng Ngân sách rà soát dự toán chi thường xuyên của các đơn vị sự nghiệp thuộc "
                                f"Sở, đối chiếu với định mức phân bổ và báo cáo Giám đốc Sở kết quả đợt {n} trong năm.", 88)
                  for n in range(1, 6)]
    raw = ("SỞ TÀI CHÍNH\nSố: 85/KH-STC\n" + "\n".join(paragraphs) + "\nĐiều 3. Chánh Văn phòng Sở, Trưởng các phòng, đơn\n2\n"
           "vị thuộc Sở và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định\n3\nnày./.\n")
    assert normalise(RawText(raw, "txt")).split("\n")[-2] == (
        "Điều 3. Chánh Văn phòng Sở, Trưởng các phòng, đơn vị thuộc Sở và các tổ chức, cá nhân có liên quan chịu trách "
        "nhiệm thi hành Quyết định này./.")


@pytest.mark.parametrize("heading, fmt", [("**IV. TỔ CHỨC**\n**THỰC HIỆN**\n", "md"),
                                          ("**IV. TỔ CHỨC**\n\n**THỰC HIỆN**\n\n", "md"),
                                          ("**IV.****\n**TỔ CHỨC**\n\n**THỰC HIỆN**\n\n", "md"),
                                          ("IV. TỔ CHỨC\nTHỰC HIỆN\n", "txt")])
def test_a_labelled_heading_in_capitals_on_two_lines_is_one_heading(heading, fmt):
    """Set in two bold runs, with a blank line between them or none, or plain as a web copy wrapped it."""
    raw = ("**III. NHIỆM VỤ**\n1. Sở Y tế chủ trì kiểm tra an toàn thực phẩm.\n" + heading +
           "Các sở, ngành triển khai Kế hoạch này.\n")
    if fmt == "txt":
        raw = raw.replace("**", "")
    lines = [line for line in normalise(RawText(raw, fmt)).split("\n") if line]
    assert lines[2:4] == ["IV. TỔ CHỨC THỰC HIỆN", "Các sở, ngành triển khai Kế hoạch này."]


TABLE_ROWS = ["| STT | Nội dung | Cơ quan chủ trì | Thời gian trình |",
              "| I | Lĩnh vực kinh tế |  |  |",
              "| 1 | Đề án phát triển chợ đầu mối nông sản | Sở Công Thương | Tháng 3/2026 |",
              "| 2 | Quy định giá dịch vụ thu gom rác thải | Sở Nông nghiệp và Môi trường | Quý II/2026 |"]


@pytest.mark.parametrize("width", [None, 60])
def test_a_markdown_table_whose_rows_ran_into_one_paragraph_gets_its_rows_back(width):
    """A copy that joins a table's lines puts each row after the last (`… | Tháng 3/2026 | | 2 | …`), and a PDF
    wraps that paragraph anywhere, after a bar as well as inside a cell."""
    run_together = " ".join([TABLE_ROWS[0], "|---|---|---|---|", *TABLE_ROWS[1:]])
    text = textwrap.fill(run_together, width) if width else run_together
    raw = "II. DANH MỤC ĐỀ ÁN\n" + text + "\nIII. TỔ CHỨC THỰC HIỆN\nCác sở triển khai thực hiện.\n"
    lines = [line for line in normalise(RawText(raw, "txt")).split("\n") if line]
    assert lines[:6] == ["II. DANH MỤC ĐỀ ÁN", *(" ".join(row.split()) for row in TABLE_ROWS), "III. TỔ CHỨC THỰC HIỆN"]



def test_bullets_a_copy_ran_into_their_heading_get_their_own_lines():
    raw = ("1. Sở Văn hóa, Thể thao và Du lịch (cơ quan thường trực) – Xây dựng kịch bản Lễ khai mạc. – Tổ chức các "
           "hoạt động phần hội.\n2. Phòng Kinh tế: + Chủ trì số hóa dữ liệu đất đai. + Vận động các hộ kinh doanh.\n"
           "3. Sở Lao động – Thương binh và Xã hội rà soát hồ sơ giai đoạn 2021 – 2025.\n"
           "4. Sở Y tế – Bố trí kíp cấp cứu thường trực. – Kiểm tra an toàn thực phẩm.\n")
    assert normalise(RawText(raw, "txt")).split("\n")[:10] == [
        "1. Sở Văn hóa, Thể thao và Du lịch (cơ quan thường trực)", "- Xây dựng kịch bản Lễ khai mạc.",
        "- Tổ chức các hoạt động phần hội.", "2. Phòng Kinh tế:", "+ Chủ trì số hóa dữ liệu đất đai.",
        "+ Vận động các hộ kinh doanh.", "3. Sở Lao động – Thương binh và Xã hội rà soát hồ sơ giai đoạn 2021 – 2025.",
        "4. Sở Y tế", "- Bố trí kíp cấp cứu thường trực.", "- Kiểm tra an toàn thực phẩm."]


def test_a_label_alone_on_its_line_opens_its_item_after_an_unpunctuated_heading():
    """ "1." / "Trách nhiệm của Sở Xây dựng" / "a)" / "Tổ chức …": the heading has no full stop, yet "a)" alone is no
    continuation of it."""
    text = ("**Điều 5. Trách nhiệm thi hành**\n\n1.\nTrách nhiệm của Sở Xây dựng\n\na)\nTổ chức kiểm tra các công trình "
            "nhà ở xã hội trên địa bàn theo kế hoạch được\nphê duyệt;\n\nb) Tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh.\n")
    assert normalise(RawText(text, "md")).split("\n")[1:4] == [
        "1. Trách nhiệm của Sở Xây dựng",
        "a) Tổ chức kiểm tra các công trình nhà ở xã hội trên địa bàn theo kế hoạch được phê duyệt;",
        "b) Tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh."]


def test_a_year_wrapped_onto_its_own_line_is_no_page_number():
    body = textwrap.fill("Điều 1. Ban hành kèm theo Quyết định này Quy định về mẫu thẻ và việc quản lý, sử dụng thẻ "
                         "kiểm toán viên nhà nước. Quy định này áp dụng đối với kiểm toán viên nhà nước, các đơn vị "
                         "trực thuộc và các cơ quan, tổ chức, cá nhân có liên quan đến việc cấp, quản lý, sử dụng thẻ "
                         "kiểm toán viên nhà nước trong hoạt động kiểm toán.", 60)
    raw = ("Số: 1760/QĐ-KTNN\n*Hà Nội, ngày **24** tháng 11 năm\n202**5*\n\n**QUYẾT ĐỊNH**\n\n" + body + "\n12\n"
           + body + "\n")
    lines = normalise(RawText(raw, "md")).splitlines()
    assert lines[0].endswith("Hà Nội, ngày 24 tháng 11 năm 2025")
    assert "12" not in lines  # the page number between the paragraphs still goes


def test_a_page_number_between_a_date_s_word_and_its_number_goes_and_the_date_runs_on():
    body = textwrap.fill("Bộ Nội vụ theo chức năng nhiệm vụ được giao khẩn trương nghiên cứu, xử lý kiến nghị của tỉnh, "
                         "báo cáo cấp có thẩm quyền những vấn đề vượt thẩm quyền (nếu có) trong tháng", 88).split("\n")
    before = [textwrap.fill(f"{n}. Phòng Ngân sách rà soát dự toán chi thường xuyên của các đơn vị sự nghiệp thuộc Sở, "
                            f"đối chiếu với định mức phân bổ và báo cáo Giám đốc Sở kết quả đợt {n} trong năm.", 88)
              for n in range(1, 4)]
    raw = "\n".join([*before, *body[:-1], "5", body[-1], "6", "11 năm 2025.", "Văn phòng Chính phủ thông báo để biết."])
    lines = normalise(RawText(raw + "\n", "txt")).splitlines()
    assert lines[3].endswith("(nếu có) trong tháng 11 năm 2025.") and len(lines) == 5


def test_a_long_italic_run_cut_off_does_not_turn_its_closing_marker_into_an_opening():
    cites = "\n".join(f"Nghị định số {n}/2025/NĐ-CP ngày 01/4/2025 quy định chi tiết một số điều và biện pháp;"
                      for n in range(70, 80))
    raw = ("*Căn cứ các Nghị định của Chính phủ:\n" + cites + "*\n*Theo đề nghị của Sở Xây dựng;*\n"
           "*Ủy ban nhân dân tỉnh ban hành\nQuyết định bãi bỏ Quyết định số 14/2025/QĐ-UBND.*\n"
           "**Điều 1. Bãi bỏ toàn bộ Quyết\nđịnh**\nBãi bỏ toàn bộ Quyết định số 14/2025/QĐ-UBND của Ủy ban nhân dân tỉnh.\n"
           "**Điều 2. Điều khoản thi hành**\n1. Quyết định này có hiệu lực kể\ntừ ngày ban hành.\n")
    lines = normalise(RawText(raw, "md")).splitlines()
    assert "Điều 1. Bãi bỏ toàn bộ Quyết định" in lines and "Điều 2. Điều khoản thi hành" in lines


LETTER_BODY = (
    "Xét đề nghị của Bộ Công Thương tại Tờ trình số 410/TTr-BCT ngày 02 tháng 11 năm 2026 về phát triển chợ đầu mối "
    "nông sản tại các vùng sản xuất tập trung trên địa bàn cả nước phía Bắc, Phó Thủ tướng Chính phủ Nguyễn Văn Nam "
    "có ý kiến như sau:",
    "Bộ Công Thương chủ trì, phối hợp với Bộ Nông nghiệp và Môi trường, Bộ Tài chính và các địa phương liên quan "
    "hoàn thiện đề án phát triển chợ đầu mối nông sản, bảo đảm khả thi, tiết kiệm, đúng quy định của pháp luật về "
    "quy hoạch và đầu tư công; báo cáo Thủ tướng Chính phủ trong tháng 12 năm 2026.",
    "Bộ Tài chính chủ trì, phối hợp với Bộ Công Thương cân đối, bố trí nguồn vốn đầu tư công trung hạn cho các dự án "
    "chợ đầu mối nông sản đủ điều kiện theo quy định, hoàn thành trong quý I năm 2027.",
    "Văn phòng Chính phủ thông báo để Bộ Công Thương biết, thực hiện./.")


def _wrapped_at(width: int, paragraphs) -> list[str]:
    return [line for paragraph in paragraphs for line in textwrap.wrap(paragraph, width)]


def test_a_letter_whose_body_sits_in_the_cell_beside_its_number_comes_out_paragraph_by_paragraph():
    """A portal's copy puts the letter's number, its date and its whole body in cells of one row: that row is the
    page's layout, not a row of data, whatever its number of cells."""
    body = "\n".join(_wrapped_at(80, LETTER_BODY))
    raw = ("|\n**VĂN PHÒNG CHÍNH PHỦ**\n|\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n|\n|\nSố: 812/VPCP-KTTH\n"
           "*V/v phát triển chợ đầu mối*\n|\n*Hà Nội, ngày 5\ntháng 11 năm 2026*\n|\n**Kính gửi:** Bộ trưởng Bộ Công "
           f"Thương.\n{body}\n|\n*Nơi nhận:*\n- Như trên;\n- Lưu: VT.\n|\nKT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM\n"
           "Nguyễn Văn Hải\n|\n")
    lines = normalise(RawText(raw, "md")).splitlines()
    assert lines[lines.index("Số: 812/VPCP-KTTH"):lines.index("Nơi nhận:")] == [
        "Số: 812/VPCP-KTTH", "V/v phát triển chợ đầu mối", "Hà Nội, ngày 5 tháng 11 năm 2026",
        "Kính gửi: Bộ trưởng Bộ Công Thương.", *LETTER_BODY]


def test_a_full_line_announcing_what_follows_ends_its_paragraph():
    """ "… có ý kiến như sau:" at the end of a full line of a PDF's text: what it announces starts anew."""
    lines = _wrapped_at(80, LETTER_BODY)
    assert lines[2].endswith("có ý kiến như sau:") and len(lines[2]) > 75
    assert normalise(RawText("\n".join(lines) + "\n", "pdf", wrapped=True)).splitlines() == list(LETTER_BODY)


def test_an_article_title_then_a_sentence_opening_with_its_occasion_stay_apart_in_a_pdf_text():
    """ "Điều 1. Sắp xếp các đơn vị hành chính cấp xã của tỉnh X" (no full stop, nearly a full line) then "Trên cơ sở
    Đề án …": the article's title ends where a sentence opens with its occasion."""
    body = ("Trên cơ sở Đề án số 12/ĐA-CP ngày 09 tháng 5 năm 2026 của Chính phủ về sắp xếp đơn vị hành chính cấp xã "
            "của tỉnh Bình Minh năm 2026, Ủy ban Thường vụ Quốc hội quyết định sắp xếp để thành lập các đơn vị hành chính "
            "cấp xã của tỉnh Bình Minh như sau:")
    item = ("{}. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của các xã thuộc vùng ven biển phía đông của tỉnh thành "
            "xã mới có tên gọi là xã số {} theo đề án đã được các cơ quan có thẩm quyền thẩm định và trình ký.")
    lines = ["Điều 1. Sắp xếp các đơn vị hành chính cấp xã của tỉnh Bình Minh", *textwrap.wrap(body, 64),
             *(line for n in (1, 2, 3) for line in textwrap.wrap(item.format(n, n), 64))]
    out = normalise(RawText("\n".join(lines) + "\n", "pdf", wrapped=True)).splitlines()
    assert out[0] == "Điều 1. Sắp xếp các đơn vị hành chính cấp xã của tỉnh Bình Minh"
    assert out[1].startswith("Trên cơ sở Đề án số 12/ĐA-CP")


def test_an_article_labelled_with_a_bracket_is_an_article():
    """ "Điều 3) Quyết định này có hiệu lực …", as a copy that writes "1)" for "1." also writes its articles."""
    from vnplan.segment import segment

    blocks = segment("Điều 2) Giao Sở Tư pháp rà soát các thủ tục.\nĐiều 3) Quyết định này có hiệu lực từ ngày ký.\n")
    assert [(b.kind, b.label) for b in blocks] == [("part", "Điều 2"), ("part", "Điều 3")]


def test_the_formula_adopting_a_resolution_starts_its_own_line_after_a_full_one():
    """ "… giám sát việc thực hiện Nghị quyết này." (a full line) / "Nghị quyết này được Ủy ban Thường vụ Quốc hội …
    thông qua ngày …": the formula that ends the body is a paragraph of its own."""
    duty = ("2. Giao Chính phủ tổ chức việc xác định chính xác diện tích tự nhiên của các đơn vị hành chính cấp xã và công "
            "bố công khai trước ngày 30 tháng 9 năm 2026; đồng thời, khẩn trương triển khai công tác đo đạc, xác định "
            "phạm vi ranh giới của các đơn vị hành chính trên thực địa để lập hồ sơ về địa giới theo quy định.")
    item = ("3. Hội đồng Dân tộc, các Ủy ban của Quốc hội, Đoàn đại biểu Quốc hội và đại biểu Quốc hội, trong phạm vi "
            "nhiệm vụ, quyền hạn của mình, giám sát việc thực hiện Nghị quyết này.")
    formula = ("Nghị quyết này được Ủy ban Thường vụ Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XV thông qua "
               "ngày 16 tháng 6 năm 2026.")
    # a width at which the item's last line is full, as a PDF's text wraps it
    width = next(w for w in range(70, 100) if len(textwrap.wrap(item, w)[-1]) >= w - 3)
    lines = [line for paragraph in (duty, duty, item, formula) for line in textwrap.wrap(paragraph, width)]
    out = normalise(RawText("\n".join(lines) + "\n", "pdf", wrapped=True)).splitlines()
    assert out[-2:] == [item, formula]


def test_a_form_s_label_and_the_dots_after_it_are_one_line():
    """ "1.1. (Tiểu mục)" then a line of dots to fill in: one line, a form's blank (never a task)."""
    raw = "C. NỘI DUNG BÀI GIẢNG\n1. (Tên mục)\n" + "." * 60 + "\n1.1. (Tiểu mục)\n" + "." * 60 + " *\n"
    lines = normalise(RawText(raw, "pdf", wrapped=True)).splitlines()
    assert lines[1:] == ["1. (Tên mục) " + "." * 60, "1.1. (Tiểu mục) " + "." * 60 + " *"]


def test_a_footer_laid_out_with_blank_lines_does_not_change_how_the_document_above_it_reads():
    """A portal copies the document without blank lines and its own notice after it with them, first lines cut short:
    each line is judged by the lines around it, so the document's lines keep their breaks ("… cập nhật nội dung." /
    "Bộ Tài chính gửi kèm …")."""
    item = ("{}. Chỉ đạo các cơ quan chuyên môn phối hợp với Thuế tỉnh, thành phố để thường xuyên rà soát, phản hồi "
            "vướng mắc phát sinh trong quá trình sử dụng tài liệu hướng dẫn nghiệp vụ để tiến hành cập nhật nội dung.")
    body = [line for n in range(1, 9) for line in textwrap.wrap(item.format(n), 80)]
    enclosures = "Bộ Tài chính gửi kèm bộ tài liệu gồm:"
    notice = ["", "Quý Thành viên xác", "nhận giúp chúng tôi được tiếp tục lưu trữ những thông tin mà quý thành viên đã cung",
              "cấp khi tiếp tục sử dụng dịch vụ của trang."] * 14
    raw = "\n".join([*body, enclosures, "- Tài liệu hướng dẫn;", "Nơi nhận:", "- Như trên.", *["Trang thông tin"] * 40,
                     *notice]) + "\n"
    lines = normalise(RawText(raw, "md")).splitlines()
    assert lines[7] == item.format(8) and lines[8] == enclosures


def _first_line_indented(paragraph: str, first: int = 50, width: int = 82) -> list[str]:
    """A web copy's paragraph: the first line indented, so cut shorter than the rest."""
    head = textwrap.wrap(paragraph, first)[0]
    return [head, *textwrap.wrap(paragraph[len(head):].strip(), width)]


def test_a_copy_that_indents_first_lines_is_read_with_two_widths():
    """Every first line broken well short of the others: a first line that short may still have been full ("… các
    tỉnh: Bình Định, Phú Yên, Gia" / "Lai và Kon Tum …"), and a line of the others that short ends its paragraph."""
    duties = [f"{n}. Chủ tịch Ủy ban nhân dân các tỉnh chỉ đạo cơ quan chức năng và chính quyền cơ sở khẩn trương rà "
              f"soát, thống kê, tổng hợp số hộ dân có nhà bị hư hỏng nặng cần phải sửa chữa trong đợt mưa lũ thứ {n}."
              for n in range(1, 7)]
    last = ("Ủy ban nhân dân các tỉnh: Bình Định, Phú Yên, Gia Lai và Kon Tum khẩn trương gửi báo cáo về Bộ Tài chính "
            "trước ngày 27/11/2026 để tổng hợp.")
    ended = "7. Tổng kinh phí cần thiết hỗ trợ Nhân dân sửa chữa, xây dựng lại nhà cửa (gồm kinh phí địa phương tự cân đối)."
    lines = [line for paragraph in duties for line in _first_line_indented(paragraph)]
    lines += _first_line_indented(ended, width=72) + _first_line_indented(last)
    assert lines[-3].endswith(" Gia")  # the case the test is about
    assert normalise(RawText("\n".join(lines) + "\n", "md")).splitlines() == [*duties, ended, last]


def test_in_a_copy_that_indents_first_lines_a_short_first_line_opens_its_paragraph():
    """An item's heading without a full stop ("9. Báo … điện tử tỉnh"), then a line as short as the copy's first
    lines that runs on: a paragraph opens there, though the heading stopped mid-line; a full line before still runs on."""
    duties = [f"{n}. Sở Công Thương chủ trì, phối hợp với các sở, ngành rà soát, tổng hợp nhu cầu xuất khẩu sản phẩm "
              f"nông sản của tỉnh trong đợt {n} và báo cáo kết quả thực hiện." for n in range(1, 7)]
    heading = "7. Báo và Phát thanh, Truyền hình tỉnh, Cổng thông tin điện tử tỉnh"
    body = "Xây dựng các phóng sự, tin bài để quảng bá, giới thiệu các sản phẩm hàng hóa nông sản của tỉnh tham gia xuất khẩu."
    lines = [line for paragraph in duties for line in _first_line_indented(paragraph, first=34)]
    lines += [heading, *_first_line_indented(body, first=34)]
    assert normalise(RawText("\n".join(lines) + "\n", "md")).splitlines() == [*duties, heading, body]


def test_a_note_s_mark_alone_on_its_line_opens_the_note():
    """ "[3]" alone, then the note's text: one note line, as the notes after a signature are read ("[3] Thông tư …")."""
    raw = "Nơi nhận:\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Văn An\n[3]\nThông tư số 01/2026/TT-BYT ngày 25/01/2026 của Bộ Y tế.\n"
    assert "[3] Thông tư số 01/2026/TT-BYT ngày 25/01/2026 của Bộ Y tế." in normalise(RawText(raw, "md")).splitlines()


_DUTIES = ("Tổ chức tiếp nhận hồ sơ và trả kết quả giải quyết thủ tục hành chính của tổ chức, cá nhân không phân biệt "
           "nơi cư trú, nơi đặt trụ sở hoặc nơi đã cấp các loại giấy tờ cho tổ chức, cá nhân;",
           "Chuyển hồ sơ đầy đủ, kịp thời đến cơ quan có thẩm quyền giải quyết; bảo đảm đồng bộ giữa bản giấy và hồ sơ "
           "điện tử trên hệ thống;",
           "Cập nhật đầy đủ, liên tục trạng thái hồ sơ trên hệ thống thông tin giải quyết thủ tục hành chính để phục vụ "
           "theo dõi, giám sát tiến độ và thông báo kết quả cho tổ chức, cá nhân.")


def test_an_article_title_wrapped_on_a_word_that_numbers_things_is_followed_by_its_first_item():
    """ "Điều 2. Trách nhiệm của Sở Y tế; Ủy ban nhân dân" / "các xã, phường" / "1. Trách nhiệm …": "phường 1" may be a
    ward's name inside a sentence, but an article's title is no sentence, and its first item follows."""
    lines = ["Điều 2. Trách nhiệm của Sở Văn hóa, Thể thao và Du lịch; Ủy ban nhân dân", "các xã, phường",
             "1. Trách nhiệm của Sở Văn hóa, Thể thao và Du lịch",
             *(line for n, duty in zip("abc", _DUTIES) for line in textwrap.wrap(f"{n}) {duty}", 84))]
    out = normalise(RawText("\n".join(lines) + "\n", "pdf", wrapped=True)).splitlines()
    assert out[:3] == ["Điều 2. Trách nhiệm của Sở Văn hóa, Thể thao và Du lịch; Ủy ban nhân dân các xã, phường",
                       "1. Trách nhiệm của Sở Văn hóa, Thể thao và Du lịch", f"a) {_DUTIES[0]}"]


def test_a_chapter_label_alone_on_its_line_stands_between_the_last_article_and_its_title():
    """In a PDF's text "Chương V" follows a full line ending an article's last item: it is the chapter's label, not
    the end of the item's sentence, and its title in capitals follows on a line of its own."""
    item = ("8. Chỉ đạo các lực lượng thuộc Ủy ban nhân dân các xã, phường thường xuyên kiểm tra, phát hiện và đình chỉ "
            "kịp thời các vi phạm, lập hồ sơ vi phạm chuyển đơn vị thoát nước và cơ quan có thẩm quyền xử lý theo quy định "
            "hoặc tự xử lý vi phạm hành chính đối với các hành vi vi phạm trong phạm vi thẩm quyền và địa bàn quản lý được giao.")
    duties = [line for n, duty in enumerate(_DUTIES, 5) for line in textwrap.wrap(f"{n}. {duty}", 84)]
    lines = [*duties, *textwrap.wrap(item, 84), "Chương V", "TỔ CHỨC THỰC HIỆN", "Điều 27. Quy định chuyển tiếp",
             *textwrap.wrap("Đối với các công trình đang giao Sở Xây dựng quản lý thì Sở Xây dựng tiếp tục quản lý đến khi "
                            "hoàn tất thủ tục bàn giao cho cấp xã, hoàn thành trước ngày 01/01/2027.", 84)]
    assert len(lines[len(duties) + len(textwrap.wrap(item, 84)) - 1]) > 80
    out = normalise(RawText("\n".join(lines) + "\n", "pdf", wrapped=True)).splitlines()
    assert out[3:7] == [item, "Chương V", "TỔ CHỨC THỰC HIỆN", "Điều 27. Quy định chuyển tiếp"]


def test_an_article_title_with_a_semicolon_ends_on_its_short_last_line_blank_line_or_not():
    """ "Điều 7. Chủ sở hữu công trình thoát nước mưa, nước thải; công trình …" wrapped, its last line short, then a
    blank line and the article's first paragraph: the semicolon makes no sentence of a title."""
    title = ("Điều 7. Chủ sở hữu công trình thoát nước mưa, nước thải; công trình xử lý nước thải; công trình xử lý "
             "bùn thải từ hệ thống thoát nước")
    body = ("Ủy ban nhân dân thành phố là chủ sở hữu các công trình thoát nước mưa và nước thải được đầu tư bằng ngân "
            "sách nhà nước trên địa bàn thành phố, phân cấp quản lý cho Ủy ban nhân dân các xã như sau:")
    lines = [*textwrap.wrap(title, 84), "", *textwrap.wrap(body, 84),
             *(line for n, duty in enumerate(_DUTIES, 1) for line in textwrap.wrap(f"{n}. {duty}", 84))]
    assert len(textwrap.wrap(title, 84)[-1]) < 50
    out = normalise(RawText("\n".join(lines) + "\n", "pdf", wrapped=True)).splitlines()
    assert out[:2] == [title, body]
    lines.remove("")  # nor without the blank line: the title's short last line ends it
    assert normalise(RawText("\n".join(lines) + "\n", "pdf", wrapped=True)).splitlines()[:2] == [title, body]


def test_a_line_ending_on_trên_runs_on_across_a_blank_line_unless_a_phrase_ends_there():
    """ "… đồng bộ nội dung thủ tục trên" / blank line / "Hệ thống thông tin …": a web copy's blank line inside a
    sentence stopped on "trên" (on); "… theo các nội dung nêu trên" (as said above) ends its phrase."""
    raw = ("2. Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Tài chính cập nhật, đồng bộ nội dung thủ tục trên\n\n"
           "Hệ thống thông tin giải quyết thủ tục hành chính tỉnh theo quy định.\n\n"
           "- Các cơ quan, đơn vị thực hiện theo các nội dung nêu trên\n\nTrong quá trình thực hiện, nếu có vướng mắc, "
           "phản ánh về Sở Tài chính.\n")
    assert normalise(RawText(raw, "md")).splitlines() == [
        "2. Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Tài chính cập nhật, đồng bộ nội dung thủ tục trên Hệ thống "
        "thông tin giải quyết thủ tục hành chính tỉnh theo quy định.",
        "- Các cơ quan, đơn vị thực hiện theo các nội dung nêu trên",
        "Trong quá trình thực hiện, nếu có vướng mắc, phản ánh về Sở Tài chính."]


def test_a_document_s_paragraph_opening_in_lowercase_is_the_rest_of_the_one_before():
    """In a DOCX each paragraph is one, except where the typist broke a sentence (a page's end, a PDF's line) or an
    item's next clause: a lowercase paragraph after one that stopped mid-sentence, or after a labelled item's
    semicolon, is its rest; after a lead-in's colon, or after a sentence's full stop, it stays apart."""
    paragraphs = ["5. Theo dõi, đôn đốc xử lý phản ánh kiến nghị; định kỳ hằng tháng xem xét lại và xử lý phù hợp đối với",
                  "các phản ánh kiến nghị đã bị ẩn.",
                  "- Chủ trì xây dựng quy trình nội bộ đối với từng thủ tục hành chính công bố tại Điều 1;",
                  "hoàn thiện hồ sơ trình Chủ tịch UBND tỉnh phê duyệt.",
                  "Các nhiệm vụ của Tổ công tác gồm:", "xây dựng kế hoạch kiểm tra;", "tổ chức kiểm tra tại các xã.",
                  "| 1 | Sở Tài chính | Quý I/2026 |", "a) Rà soát danh mục thủ tục.", "1.1.1", "." * 60]
    out = normalise(RawText("\n".join(paragraphs) + "\n", "docx", wrapped=False)).splitlines()
    assert out == [" ".join(paragraphs[:2]), " ".join(paragraphs[2:4]), *paragraphs[4:9], "1.1.1 " + "." * 60]


def test_a_lowercase_line_after_a_blank_line_and_a_labelled_item_s_semicolon_is_its_next_clause():
    """A web copy's blank line inside an item: "- Chủ trì … tại Điều 1 Quyết định này;" / blank / "hoàn thiện hồ sơ …"
    goes on, and so after an unlabelled sentence; after a list's entry ("… gồm: xây dựng kế hoạch;") a line in
    lowercase stays apart, the next entry."""
    raw = ("- Chủ trì, phối hợp với các cơ quan liên quan xây dựng quy trình nội bộ đối với từng thủ tục công bố tại Điều 1 "
           "Quyết định này;\n\nhoàn thiện hồ sơ trình Chủ tịch UBND tỉnh phê duyệt chậm nhất 03 ngày.\n\n"
           "Các nhiệm vụ của Tổ công tác gồm: xây dựng kế hoạch;\n\ntổ chức kiểm tra tại các xã.\n"
           "a) Trực tiếp tổ chức việc kiểm tra hồ sơ;\n\nb)Quyết định phân công cán bộ kiểm tra.\n\n"
           "Chủ trì, phối hợp với các sở, ngành quản lý người nước ngoài đến khảo sát;\n\nhướng dẫn các thủ tục liên quan.\n")
    assert normalise(RawText(raw, "md")).splitlines() == [
        "- Chủ trì, phối hợp với các cơ quan liên quan xây dựng quy trình nội bộ đối với từng thủ tục công bố tại Điều 1 "
        "Quyết định này; hoàn thiện hồ sơ trình Chủ tịch UBND tỉnh phê duyệt chậm nhất 03 ngày.",
        "Các nhiệm vụ của Tổ công tác gồm: xây dựng kế hoạch;", "tổ chức kiểm tra tại các xã.",
        "a) Trực tiếp tổ chức việc kiểm tra hồ sơ;", "b) Quyết định phân công cán bộ kiểm tra.",
        "Chủ trì, phối hợp với các sở, ngành quản lý người nước ngoài đến khảo sát; hướng dẫn các thủ tục liên quan."]


@pytest.mark.parametrize("kind", ["txt", "md"])
def test_a_chapters_label_and_title_broken_after_their_first_word_are_rejoined(kind):
    """A copy that kept the line breaks of bold runs, without the bold: "Chương" / "IV", then "TỔ" / "CHỨC THỰC HIỆN"."""
    raw = ("Điều 10. Khen thưởng\nCá nhân có thành tích được khen thưởng theo quy định.\n\nChương\nIV\n\nTỔ\n"
           "CHỨC THỰC HIỆN\n\nĐiều 11. Trách nhiệm thi hành\nSở Nội vụ hướng dẫn thực hiện Quy chế này.\n")
    lines = normalise(RawText(raw, kind)).splitlines()
    at = lines.index("Chương IV")
    assert lines[at + 1] == "TỔ CHỨC THỰC HIỆN" and lines[at + 2].startswith("Điều 11. Trách nhiệm thi hành")


def test_a_long_line_of_dots_that_ends_otherwise_is_read_in_linear_time():
    """A form's blank of 50,000 dots ending on a letter is no blank; telling so must not backtrack over every dot (a
    pattern with a run inside a run took seconds per 20,000 dots). The bound is far above what the check needs."""
    import time

    raw = "KẾ HOẠCH\nHọ và tên\n" + "." * 50_000 + "x\nI. NỘI DUNG\n"
    started = time.process_time()
    normalise(RawText(raw, "txt"))
    assert time.process_time() - started < 5


def test_quarter_marks_one_cell_per_line_do_not_make_the_text_look_hard_wrapped():
    """A table copied cell after cell puts an "x" on a line for each quarter something runs in: a mark, not a
    sentence going on in lowercase, so the body's one-paragraph lines stay apart."""
    body = ["KẾ HOẠCH", "Tuyên truyền pháp luật năm 2026",
            "Căn cứ Luật Phổ biến, giáo dục pháp luật năm 2012;",
            "Căn cứ Kế hoạch số 05/KH-UBND ngày 10/01/2026 của Ủy ban nhân dân tỉnh;",
            "Ủy ban nhân dân huyện ban hành Kế hoạch như sau:"]
    rows = []
    for n in range(1, 6):
        rows += [str(n), f"Hội nghị chuyên đề số {n}", "x", "x", "", "x"]
    text = normalise(RawText("\n".join(body + ["Lịch tổ chức", "STT", "Tên hội nghị", "Quý I", "Quý II", "Quý III",
                                                "Quý IV"] + rows) + "\n", "txt"))
    assert "\n".join(body) in text
    assert "\n3\nHội nghị chuyên đề số 3" in text  # a row's number is no page number


def test_a_word_processors_second_level_marks_are_sub_bullets():
    text = normalise(RawText("• Tổ chức tập huấn tại các khu vực sau:\n\t◦ khu vực chợ;\n\t○ khu vực bến xe.\n"
                             "• Kiểm tra an toàn.\n", "txt"))
    assert text.split("\n")[:4] == ["- Tổ chức tập huấn tại các khu vực sau:", "+ khu vực chợ;", "+ khu vực bến xe.",
                                    "- Kiểm tra an toàn."]


def test_a_word_processors_numbers_followed_by_a_tab_are_labels():
    """Numbering copied from a word processor as text: the number, a tab, the text; a Roman number without its
    dot, a manual line break inside a paragraph."""
    raw = "II\tNHIỆM VỤ\n1\tSở Y tế\na\tTổ chức tập huấn\x0bcho cán bộ.\n-\tKiểm tra.\n"
    assert normalise(RawText(raw, "txt")).split("\n")[:4] == [
        "II. NHIỆM VỤ", "1. Sở Y tế", "a) Tổ chức tập huấn cho cán bộ.", "- Kiểm tra."]


def test_items_and_bullets_run_into_a_heading_or_a_sentence_go_back_on_their_own_lines():
    """A portal's copy that ran a part onto one line: the heading in capitals, then its numbered items and bullets."""
    raw = ("III. NHIỆM VỤ 1. Công chức Văn hóa - Xã hội: * Tổ chức tuyên truyền tại các thôn. "
           "2. Trạm Y tế xã: tư vấn sức khỏe tiền hôn nhân.\nIV. CHỈ TIÊU * Giảm 10% số vụ; * 100% thôn có tổ tuyên truyền.\n"
           "V. KINH PHÍ Theo Nghị định số 12/2020/NĐ-CP. 5. Không phải mục.\n")
    assert normalise(RawText(raw, "txt")).split("\n")[:9] == [
        "III. NHIỆM VỤ", "1. Công chức Văn hóa - Xã hội:", "* Tổ chức tuyên truyền tại các thôn.",
        "2. Trạm Y tế xã: tư vấn sức khỏe tiền hôn nhân.", "IV. CHỈ TIÊU", "* Giảm 10% số vụ;",
        "* 100% thôn có tổ tuyên truyền.", "V. KINH PHÍ Theo Nghị định số 12/2020/NĐ-CP. 5. Không phải mục.", ""]


def test_html_line_breaks_part_a_cells_list_and_lines_elsewhere():
    raw = "Tổ chức thực hiện<br>theo kế hoạch.\n| 1 | Rà soát quy định | Cục A<br/>Vụ B | Quý II/2026 |\n"
    lines = normalise(RawText(raw, "md")).split("\n")
    assert lines[0] == "Tổ chức thực hiện theo kế hoạch." and "| Cục A; Vụ B |" in "\n".join(lines)


def test_a_signature_in_a_layout_tables_cell_is_read_line_by_line():
    raw = ("2. Cục Quân y tổng hợp, báo cáo Bộ trưởng trước ngày 20/12/2027.\n\n"
           "|  | KT. BỘ TRƯỞNG  <br>THỨ TRƯỞNG  <br>  <br>**Trung tướng Lê Văn An** |\n| --- | --- |\n")
    lines = normalise(RawText(raw, "md")).split("\n")
    assert lines[lines.index("KT. BỘ TRƯỞNG THỨ TRƯỞNG") + 1] == "Trung tướng Lê Văn An"


def test_a_markdown_heading_a_web_copy_wrapped_keeps_its_last_words():
    raw = ("## III. NHIỆM VỤ\n\n### 4. Trường Chính trị Hoàng Văn\nThụ\n\nĐưa nội dung vào chương trình bồi dưỡng.\n\n"
           "### 5. Sở Nội vụ\nHướng dẫn\nthực hiện.\n")
    lines = normalise(RawText(raw, "md")).split("\n")
    assert "4. Trường Chính trị Hoàng Văn Thụ" in lines and "5. Sở Nội vụ" in lines


def test_a_plan_forwarded_in_an_email_loses_its_quotation_marks():
    raw = ("Kính gửi các đồng chí,\nVăn phòng chuyển tiếp Kế hoạch để các đồng chí biết.\n"
           "> ỦY BAN NHÂN DÂN\n> TỈNH BÌNH MINH\n> Số: 05/KH-UBND\n>\n> KẾ HOẠCH\n> I. MỤC ĐÍCH\n"
           ">> - Bảo đảm mọi người dân được hỗ trợ.\n")
    lines = normalise(RawText(raw, "txt")).split("\n")
    assert lines[1:7] == ["ỦY BAN NHÂN DÂN", "TỈNH BÌNH MINH", "Số: 05/KH-UBND", "KẾ HOẠCH", "I. MỤC ĐÍCH",
                          "- Bảo đảm mọi người dân được hỗ trợ."]


def test_a_party_documents_number_dash_labels_are_items():
    assert normalise(RawText("I- MỤC ĐÍCH\n1- Quán triệt sâu sắc Nghị quyết.\n2- Cụ thể hóa các nhiệm vụ.\n", "txt")
                     ).split("\n")[:3] == ["I- MỤC ĐÍCH", "1. Quán triệt sâu sắc Nghị quyết.", "2. Cụ thể hóa các nhiệm vụ."]


def test_symbols_for_bullets_are_the_texts_own_marks_by_level():
    """A post's pictures ("📌 I. …", "👉 Ban …:", "✅ …") or a symbol font's marks seen in another font ("v", "Ø"):
    an outer mark is "-", one under a line ending on a colon "+", a mark before a label only goes."""
    raw = ("📌 III. PHÂN CÔNG\n👉 Ban Phong trào:\n✅ Chủ trì tổ chức Lễ ra quân.\n✅ Hướng dẫn cơ sở Đoàn.\n"
           "👉 Văn phòng:\n✅ Bảo đảm hậu cần.\n<Nội dung> = giữ nguyên\n")
    assert normalise(RawText(raw, "txt")).split("\n")[:7] == [
        "III. PHÂN CÔNG", "- Ban Phong trào:", "+ Chủ trì tổ chức Lễ ra quân.", "+ Hướng dẫn cơ sở Đoàn.",
        "- Văn phòng:", "+ Bảo đảm hậu cần.", "<Nội dung> = giữ nguyên"]
    fonts = normalise(RawText("v Giám đốc Sở Y tế:\nØ Chỉ đạo kiểm tra.\nØ Báo cáo kết quả.\nv Giám đốc Sở Tài chính:\n"
                              "Ø Bố trí kinh phí.\n", "txt")).split("\n")
    assert fonts[:3] == ["- Giám đốc Sở Y tế:", "+ Chỉ đạo kiểm tra.", "+ Báo cáo kết quả."]
    # three levels: the outer lines are headings of their own, the inner two "-" and "+"
    three = normalise(RawText("v Giám đốc Sở Y tế:\nØ Kiểm tra các mặt hàng sau:\n§ thuốc;\n§ mỹ phẩm.\nØ Báo cáo kết quả.\n"
                              "v Giám đốc Sở Tài chính:\nØ Bố trí kinh phí.\n", "txt")).split("\n")
    assert three[:6] == ["Giám đốc Sở Y tế:", "- Kiểm tra các mặt hàng sau:", "+ thuốc;", "+ mỹ phẩm.",
                         "- Báo cáo kết quả.", "Giám đốc Sở Tài chính:"]


def test_slash_labels_are_items():
    """ "1/ …" and "a/ …", as some offices number their items."""
    lines = normalise(RawText("IV. PHÂN CÔNG\n1/ Phòng Tổ chức cán bộ: rà soát biên chế.\na/ Lập danh sách.\n"
                              "2/ Văn phòng: tổng hợp.\n", "txt")).split("\n")
    assert lines[:4] == ["IV. PHÂN CÔNG", "1. Phòng Tổ chức cán bộ: rà soát biên chế.", "a) Lập danh sách.",
                         "2. Văn phòng: tổng hợp."]


def test_slash_labels_are_items_in_their_part_though_another_part_numbers_with_dots():
    """Part II numbers its items "1/ …", part III "1. …": each part its own style, both items of the same level (where
    one part holds both, the two mark two levels and both stay)."""
    lines = normalise(RawText("II. NHIỆM VỤ\n1/ Ban Kỹ thuật:\n- Xây dựng tiêu chuẩn.\n2/ Ban Tài chính: cân đối vốn.\n"
                              "III. TỔ CHỨC THỰC HIỆN\n1. Các ban báo cáo hằng tháng.\n", "txt")).split("\n")
    assert lines[:5] == ["II. NHIỆM VỤ", "1. Ban Kỹ thuật:", "- Xây dựng tiêu chuẩn.", "2. Ban Tài chính: cân đối vốn.",
                         "III. TỔ CHỨC THỰC HIỆN"]


def test_a_gazettes_running_heads_with_their_page_numbers_go():
    """ "CÔNG BÁO/Số 05/Ngày 23-01-2026 39", "40 CÔNG BÁO/…": the same words at each page break, a page apart, the page's
    number beside them and rising; a legal text's own words repeated with their own numbers ("05 ngày làm việc kể từ
    …") and a table's numbered rows stay."""
    items = [f"{n}. Sở Tài chính rà soát định mức chi số {n} cho các đơn vị sự nghiệp công lập." for n in range(1, 17)]
    raw = "\n".join(["KẾ HOẠCH", "I. NHIỆM VỤ", *items[:8],
                     "17. Sở Nội vụ rà soát vị trí việc làm của các đơn vị sự nghiệp công lập và hoàn thành",
                     "CÔNG BÁO/Số 05 + 06/Ngày 23-01-2026 39", "", "trước ngày 30/6/2026.", *items[8:],
                     "Trong thời hạn", "05 ngày làm việc kể từ ngày nhận được hồ sơ hợp lệ,",
                     "Sở Xây dựng trả lời. Trong thời hạn", "03 ngày làm việc kể từ ngày nhận được hồ sơ hợp lệ,",
                     "Sở Y tế trả lời.", "", "40 CÔNG BÁO/Số 05 + 06/Ngày 23-01-2026", "18. Sở Y tế hướng dẫn các xã."]) + "\n"
    text = normalise(RawText(raw, "txt"))
    assert "CÔNG BÁO" not in text
    assert "vị trí việc làm của các đơn vị sự nghiệp công lập và hoàn thành trước ngày 30/6/2026." in text
    assert "05 ngày làm việc" in text and "03 ngày làm việc" in text


def test_a_letter_spaced_heading_and_ordinal_divisions():
    """ "K Ế  H O Ạ C H" is "KẾ HOẠCH"; "Phần thứ hai" over its title is a division above the parts it holds, written
    as the letter part it is."""
    text = normalise(RawText("                K Ế  H O Ạ C H\nTuyển quân năm 2026\n\nPhần thứ nhất\nMỤC ĐÍCH, YÊU CẦU\n"
                             "I. MỤC ĐÍCH\nBảo đảm chất lượng.\n\nPhần thứ hai: NHIỆM VỤ\n1. Sở Y tế khám tuyển.\n", "txt"))
    assert text.split("\n")[:7] == ["KẾ HOẠCH", "Tuyển quân năm 2026", "A. MỤC ĐÍCH, YÊU CẦU", "I. MỤC ĐÍCH",
                                    "Bảo đảm chất lượng.", "B. NHIỆM VỤ", "1. Sở Y tế khám tuyển."]
    assert normalise(RawText("Các mặt hàng A B C D đều đạt.\n", "txt")).startswith("Các mặt hàng A B C D")


def test_a_party_style_letter_and_number_label_with_a_dash_opens_an_item():
    """ "1- Đổi mới …" then "a- Tổ chức …": labels, as "1." and "a)" are; "e-learning" or "a- ha" in lower case is none."""
    raw = ("1- Đổi mới tư duy về kinh tế tư nhân\na- Tổ chức quán triệt nghị quyết đến cán bộ, đảng viên\n"
           "b- Biểu dương doanh nhân tiêu biểu\n2- Cải cách thể chế\nđẩy mạnh các khóa học\ne-learning cho cán bộ.\n")
    assert normalise(RawText(raw, "txt")).splitlines() == [
        "1. Đổi mới tư duy về kinh tế tư nhân", "a) Tổ chức quán triệt nghị quyết đến cán bộ, đảng viên",
        "b) Biểu dương doanh nhân tiêu biểu", "2. Cải cách thể chế đẩy mạnh các khóa học e-learning cho cán bộ."]


def test_a_markdown_list_written_all_1_is_numbered_as_rendered_and_its_indented_list_lettered():
    raw = ("### Điều 2. Tổ chức thực hiện\n\n1. Giao Ủy ban nhân dân tỉnh:\n   1. Ban hành kế hoạch năm 2026.\n"
           "   1. Bố trí vốn cho vay nhà ở xã hội.\n1. Giao Thường trực Hội đồng nhân dân tỉnh giám sát.\n"
           "1. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh tuyên truyền, vận động Nhân dân.\n\n"
           "### Điều 3. Hiệu lực thi hành\n\n1. Nghị quyết có hiệu lực từ ngày ký.\n2. Bãi bỏ Nghị quyết số 12/NQ-HĐND.\n")
    assert normalise(RawText(raw, "md")).splitlines() == [
        "Điều 2. Tổ chức thực hiện", "1. Giao Ủy ban nhân dân tỉnh:", "a) Ban hành kế hoạch năm 2026.",
        "b) Bố trí vốn cho vay nhà ở xã hội.", "2. Giao Thường trực Hội đồng nhân dân tỉnh giám sát.",
        "3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh tuyên truyền, vận động Nhân dân.",
        "Điều 3. Hiệu lực thi hành", "1. Nghị quyết có hiệu lực từ ngày ký.", "2. Bãi bỏ Nghị quyết số 12/NQ-HĐND."]


def test_a_symbol_is_read_at_its_level_in_each_list_of_its_own():
    """The same symbol may mark a plan's targets at the top of their list and, in another part, the duties under a
    member's heading that another symbol marks: each list is read on its own."""
    raw = ("II. CHỈ TIÊU\n➢ Giải ngân 100% kế hoạch vốn.\n➢ Giảm tỷ lệ hộ nghèo 3%.\n➢ Có thêm 12 xã đạt chuẩn.\n"
           "III. PHÂN CÔNG\n❖ Đồng chí Giám đốc Sở Tài chính - Ủy viên:\n➢ Tham mưu phân bổ vốn.\n"
           "❖ Đồng chí Giám đốc Sở Y tế - Ủy viên:\n➢ Chỉ đạo kiểm tra.\n")
    assert normalise(RawText(raw, "txt")).split("\n")[:9] == [
        "II. CHỈ TIÊU", "- Giải ngân 100% kế hoạch vốn.", "- Giảm tỷ lệ hộ nghèo 3%.", "- Có thêm 12 xã đạt chuẩn.",
        "III. PHÂN CÔNG", "- Đồng chí Giám đốc Sở Tài chính - Ủy viên:", "+ Tham mưu phân bổ vốn.",
        "- Đồng chí Giám đốc Sở Y tế - Ủy viên:", "+ Chỉ đạo kiểm tra."]


def test_a_forwarded_plan_whose_wrapped_lines_lost_their_quotation_marks_or_sit_in_bold_loses_them_all():
    """A quoted paragraph wrapped with ">" on its first line only, and a markdown copy's "**> KẾ HOẠCH**": the quoted
    document is still read without its marks."""
    wrapped = ("Kính gửi các đồng chí,\nVăn phòng chuyển tiếp Kế hoạch.\n> ỦY BAN NHÂN DÂN\n> TỈNH BÌNH MINH\n"
               "> Số: 05/KH-UBND\n>\n> KẾ HOẠCH\n> I. NHIỆM VỤ\n> 1. Sở Y tế chủ trì, phối hợp với các sở, ngành tổ chức\n"
               "tiêm chủng cho trẻ em dưới 5 tuổi, hoàn thành trong quý II năm 2026; báo cáo kết quả\n"
               "về Ủy ban nhân dân tỉnh trước ngày 30/6/2026.\n> 2. Sở Tài chính bố trí kinh phí thực hiện Kế hoạch\n"
               "theo quy định của pháp luật về ngân sách nhà nước.\n")
    lines = normalise(RawText(wrapped, "txt")).split("\n")
    assert lines[2:7] == ["TỈNH BÌNH MINH", "Số: 05/KH-UBND", "KẾ HOẠCH", "I. NHIỆM VỤ",
                          "1. Sở Y tế chủ trì, phối hợp với các sở, ngành tổ chức tiêm chủng cho trẻ em dưới 5 tuổi, "
                          "hoàn thành trong quý II năm 2026; báo cáo kết quả về Ủy ban nhân dân tỉnh trước ngày 30/6/2026."]
    bold = "Văn phòng chuyển tiếp Kế hoạch.\n\n**> KẾ HOẠCH**\n\n**> I. NHIỆM VỤ**\n\n> 1. Sở Y tế tổ chức tiêm chủng.\n"
    assert normalise(RawText(bold, "md")).split("\n")[1:4] == ["KẾ HOẠCH", "I. NHIỆM VỤ", "1. Sở Y tế tổ chức tiêm chủng."]


def test_a_symbol_list_keeps_its_levels_over_wrapped_lines_and_page_numbers():
    """A PDF's text layer: a member's heading wrapped before its colon, the items wrapped, a page's number between two
    items; the member's items are still "+" under his "-"."""
    raw = ("III. PHÂN CÔNG\n❖ Đồng chí Giám đốc Sở Tài chính - Ủy\nviên:\n➢ Tham mưu phân bổ vốn cho các xã, phường\n"
           "theo kế hoạch được giao.\n2\n➢ Hướng dẫn thanh toán vốn.\n❖ Đồng chí Giám đốc Sở Y tế - Ủy viên:\n"
           "➢ Chỉ đạo kiểm tra.\n")
    marks = [line[:2] for line in normalise(RawText(raw, "txt")).split("\n") if line[:2] in ("- ", "+ ")]
    assert marks == ["- ", "+ ", "+ ", "- ", "+ "]


def test_a_pdf_s_title_ends_where_the_text_s_first_sentence_opens():
    """A PDF's text layer, no blank lines in the body: the title under the type word, then the first sentence opening on
    a clause and its comma ("Mùa mưa năm 2025, …"), however full the title's line."""
    raw = ("ỦY BAN NHÂN DÂN\nTỈNH BÌNH MINH\n-------\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
           "---------------\n\nSố: 07/CT-UBND\n\nBình Minh, ngày 02 tháng 12 năm 2025\n\nCHỈ THỊ\n"
           "Về tăng cường công tác phòng, chống sạt lở bờ sông, bờ biển mùa mưa năm 2026\n"
           "Mùa mưa năm 2025, trên địa bàn tỉnh đã xảy ra 14 điểm sạt lở bờ sông, làm hư\n"
           "hỏng 2,3 km đê bao và 37 căn nhà; nguyên nhân chủ yếu do khai thác cát trái phép\n"
           "và mưa lớn kéo dài. Theo dự báo của cơ quan khí tượng, mùa mưa năm nay đến sớm,\n"
           "nguy cơ sạt lở ở mức cao, nhất là tại các xã ven sông lớn và khu vực cửa biển.\n"
           "Để chủ động phòng ngừa, giảm thiểu thiệt hại, Chủ tịch Ủy ban nhân dân tỉnh yêu\n"
           "cầu các sở, ban, ngành và Ủy ban nhân dân các xã, phường thực hiện tốt các nội\n"
           "dung sau đây:\n")
    lines = normalise(RawText(raw, "txt")).split("\n")
    assert lines[8:10] == ["CHỈ THỊ", "Về tăng cường công tác phòng, chống sạt lở bờ sông, bờ biển mùa mưa năm 2026"]
    assert lines[10].startswith("Mùa mưa năm 2025, trên địa bàn tỉnh")


def test_after_a_full_stop_at_a_line_s_end_the_next_assignment_opens_its_paragraph():
    """A notice's text layer: the title, the meeting's narrative, then "… trong tháng 12/2025." at the end of a full
    line and "Giao Ban Quản lý …": the next assignment, not more of the sentence before, as the narrative's date opens
    its own paragraph under the title."""
    raw = (
           "ỦY BAN NHÂN DÂN                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
           "TỈNH BÌNH MINH                         Độc lập - Tự do - Hạnh phúc\n"
           "\n"
           "Số: 12/TB-UBND                   Bình Minh, ngày 18 tháng 12 năm 2025\n"
           "\n"
           "THÔNG BÁO\n"
           "Kết luận của Chủ tịch Ủy ban nhân dân tỉnh tại cuộc họp về tiến độ\n"
           "bồi thường, giải phóng mặt bằng Dự án đường tỉnh 176 (giai đoạn 2)\n"
           "Ngày 15 tháng 12 năm 2025, đồng chí Chủ tịch Ủy ban nhân dân tỉnh chủ trì cuộc\n"
           "họp nghe báo cáo tiến độ bồi thường, giải phóng mặt bằng Dự án đường tỉnh 176.\n"
           "Tham dự cuộc họp có lãnh đạo các sở: Xây dựng, Tài chính, Nông nghiệp và Môi\n"
           "trường; Công an tỉnh; lãnh đạo Ủy ban nhân dân các xã có dự án đi qua.\n"
           "Giao Sở Tài chính tham mưu Ủy ban nhân dân tỉnh bố trí đủ vốn ngân sách tỉnh còn\n"
           "thiếu cho công tác bồi thường, giải phóng mặt bằng của Dự án trong tháng 12/2025.\n"
           "Giao Ban Quản lý dự án đầu tư xây dựng tỉnh phối hợp với nhà thầu thi công đẩy\n"
           "nhanh tiến độ xây dựng khu tái định cư, hoàn thành trong quý I/2026; báo cáo\n"
           "tiến độ về Ủy ban nhân dân tỉnh trước ngày 25 hằng tháng.\n")
    openings = [line[:24] for line in normalise(RawText(raw, "txt")).strip().split("\n")[-3:]]
    assert openings == ["Ngày 15 tháng 12 năm 202", "Giao Sở Tài chính tham m", "Giao Ban Quản lý dự án đ"]


def test_inside_a_blank_separated_paragraph_a_closing_assignment_stays_in_it():
    """A markdown copy whose paragraphs blank lines part: "… các cấp." at a line's end, then "Giao Sở X chủ trì …
    thực hiện; thời gian: …" closes the same paragraph, which gives the work above it to that Sở."""
    raw = ("**6. Đẩy mạnh ứng dụng công nghệ\nthông tin, chuyển đổi số**\n\nHoàn thiện việc kết nối,\n"
           "chia sẻ dữ liệu giữa Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh\n"
           "với Cơ sở dữ liệu quốc gia về dân cư, cắt giảm giấy tờ người dân phải nộp; lắp\n"
           "đặt camera giám sát tại Bộ phận Một cửa các cấp, bảo đảm an toàn dữ liệu cá nhân.\n"
           "Giao Sở Khoa học và Công nghệ chủ trì, phối hợp với Công an tỉnh, Văn phòng Ủy\n"
           "ban nhân dân tỉnh thực hiện; thời gian: hoàn thành trong năm 2026.\n\n"
           "**7. Phát huy vai trò giám\nsát của Nhân dân**\n\nTổ chức lấy ý kiến đánh giá của người dân.\n")
    lines = normalise(RawText(raw, "md")).split("\n")
    assert lines[1].startswith("Hoàn thiện việc kết nối") and lines[1].endswith("hoàn thành trong năm 2026.")


def test_lettered_points_run_into_their_items_paragraph_open_lines_of_their_own():
    """A copy that ran each numbered item's points into one paragraph ("1. Các sở …: a) Rà soát …. b) Tổ chức …"):
    the points, in the alphabet's order from "a)" after the colon, each after a full stop, are lines again; a single
    "a)" after a colon and a point's letter out of order stay where they are."""
    raw = ("1. Các sở nông nghiệp và môi trường: a) Rà soát các hồ chứa xung yếu trước mùa mưa. b) Tổ chức diễn tập "
           "ứng phó sự cố; hoàn thành trước ngày 30/6/2026. c) Báo cáo kết quả về Bộ trước ngày 15/12/2026.\n"
           "2. Cục Thủy lợi thực hiện theo quy định sau: a) Thông tư số 05/2024/TT-BNNMT.\n"
           "3. Viện Quy hoạch: a) Lập bản đồ ngập lụt. c) Cập nhật số liệu. d) Công bố kết quả.\n")
    lines = normalise(RawText(raw, "txt")).strip().split("\n")
    assert lines == ["1. Các sở nông nghiệp và môi trường:", "a) Rà soát các hồ chứa xung yếu trước mùa mưa.",
                     "b) Tổ chức diễn tập ứng phó sự cố; hoàn thành trước ngày 30/6/2026.",
                     "c) Báo cáo kết quả về Bộ trước ngày 15/12/2026.",
                     "2. Cục Thủy lợi thực hiện theo quy định sau: a) Thông tư số 05/2024/TT-BNNMT.",
                     "3. Viện Quy hoạch: a) Lập bản đồ ngập lụt. c) Cập nhật số liệu. d) Công bố kết quả."]
    row = "| 1 | Kiểm tra an toàn thực phẩm: a) Cơ sở sản xuất. b) Cơ sở kinh doanh. | Sở Y tế | Quý II/2026 |"
    assert normalise(RawText(row + "\n", "md")).strip() == row  # a table's cell keeps its points


def test_a_three_level_symbol_list_leaves_the_plans_other_symbol_lists_their_marks():
    """Word's symbol-font bullets pasted as characters: "ü" before the targets, then "Ø" unit headings, "·" (the
    Symbol font's bullet) before duties and "o" (Word's second level, in Courier New) before a duty's sub-items. The
    unit headings stand alone, the duties are "-", the sub-items "+", and the targets, a list of one level, keep "-"."""
    raw = ("II. CHỈ TIÊU\nü  100% ca bệnh được điều tra trong 48 giờ.\nü  Giảm 30% số ca mắc so với năm 2026.\n"
           "III. NHIỆM VỤ\nØ  Khoa Dinh dưỡng:\n·  Giám sát chủ động tại cộng đồng.\n"
           "·  Mua sắm vật tư, trong đó:\no  Ưu tiên các xã vùng sâu;\no  Dự trữ cho 01 tháng.\n"
           "Ø  Phòng Tổ chức - Hành chính:\n·  Bố trí nhân lực trực.\n")
    assert normalise(RawText(raw, "txt")).split("\n")[:11] == [
        "II. CHỈ TIÊU", "- 100% ca bệnh được điều tra trong 48 giờ.", "- Giảm 30% số ca mắc so với năm 2026.",
        "III. NHIỆM VỤ", "Khoa Dinh dưỡng:", "- Giám sát chủ động tại cộng đồng.", "- Mua sắm vật tư, trong đó:",
        "+ Ưu tiên các xã vùng sâu;", "+ Dự trữ cho 01 tháng.", "Phòng Tổ chức - Hành chính:", "- Bố trí nhân lực trực."]


def test_a_paragraph_between_the_members_duties_leaves_their_symbols_at_their_levels():
    """Members' duties marked "v" / "Ø" / "§" (three levels), a paragraph between two members: the second member's
    list, of two levels only, still reads its "v" as a heading of its own, as the first's did."""
    raw = ("v Giám đốc Sở Y tế:\nØ Kiểm tra các mặt hàng sau:\n§ thuốc;\n§ mỹ phẩm.\n"
           "Các thành viên chủ động phối hợp.\nv Giám đốc Sở Công Thương:\nØ Kiểm tra thị trường.\nØ Báo cáo kết quả.\n")
    lines = normalise(RawText(raw, "txt")).split("\n")
    assert lines[5:8] == ["Giám đốc Sở Công Thương:", "- Kiểm tra thị trường.", "- Báo cáo kết quả."]


def test_an_empty_cell_in_a_table_copied_cell_per_line_is_no_rows_end():
    """Two bars end a row, and an empty cell is two bars too: "| 2 |" then "| Tổng hợp … | Phòng X | Hằng tháng |"
    under a header of four columns, with rows of four around them, is one row with an empty lead cell."""
    cells = [["TT", "Đơn vị chủ trì", "Nội dung", "Thời hạn"], ["1", "Phòng Kế hoạch", "Rà soát kế hoạch vốn", "Quý I/2027"],
             ["2"], ["Tổng hợp tiến độ giải ngân", "Hằng tháng"], ["3", "Phòng Kỹ thuật", "Thẩm định thiết kế", "Quý II/2027"]]
    raw = "\n".join("|\n" + "\n|\n".join(row) + "\n|" for row in cells) + "\n"
    assert [line for line in normalise(RawText(raw, "md")).splitlines() if line.startswith("|")] == [
        "| TT | Đơn vị chủ trì | Nội dung | Thời hạn |", "| 1 | Phòng Kế hoạch | Rà soát kế hoạch vốn | Quý I/2027 |",
        "| 2 | | Tổng hợp tiến độ giải ngân | Hằng tháng |", "| 3 | Phòng Kỹ thuật | Thẩm định thiết kế | Quý II/2027 |"]


def test_a_browsers_print_loses_its_page_lines():
    """A page printed from a browser: the date and title at the top of each page, the page's address and "n/3" at its
    foot. Both go, the first page's head too, and the sentence a page break cut runs on."""
    head = "05/3/2026, 14:20                 Kế hoạch công tác năm 2026 - Sở Tư pháp tỉnh Bình Minh"
    foot = "https://vanban.binhminh.gov.vn/chitiet?id=7731                                    {}/3"
    items = [f"{n}. Phòng Hành chính tư pháp rà soát hồ sơ chứng thực số {n} tại các xã trên địa bàn tỉnh." for n in range(1, 31)]
    raw = "\n".join([head, "SỞ TƯ PHÁP", "KẾ HOẠCH", *items[:14], "15. Phòng Bổ trợ tư pháp kiểm tra hoạt động công chứng",
                     foot.format(1), head, "trong quý II/2026.", *items[15:29], foot.format(2), head, items[29],
                     "GIÁM ĐỐC", "Lê Văn An", foot.format(3)]) + "\n"
    text = normalise(RawText(raw, "txt"))
    assert "14:20" not in text and "chitiet" not in text
    assert "kiểm tra hoạt động công chứng trong quý II/2026." in text
    assert text.rstrip().endswith("Lê Văn An")


def test_a_digital_signatures_stamp_lines_go():
    """ "Ký bởi: …", "Cơ quan: …", "Ngày ký: … +07:00" before the header and beside the signer's name are the stamp's,
    not the document's; a "Cơ quan:" field with no stamp beside it stays."""
    raw = ("Ký bởi: Sở Tư pháp\nCơ quan: Tỉnh Bình Minh\nNgày ký: 02-03-2026 09:15:20 +07:00\nSỞ TƯ PHÁP\nKẾ HOẠCH\n"
           "1. Nhiệm vụ\nCơ quan: Phòng Hành chính tư pháp\nGIÁM ĐỐC\nKý bởi: Lê Văn An\nNgày ký: 02-03-2026 09:10:02 +07:00\n\n"
           "Lê Văn An\n")
    text = normalise(RawText(raw, "txt"))
    assert "Ký bởi" not in text and "+07:00" not in text and "Tỉnh Bình Minh" not in text
    assert "Cơ quan: Phòng Hành chính tư pháp" in text and text.rstrip().endswith("GIÁM ĐỐC\nLê Văn An")


def test_underscores_that_set_italics_in_a_markdown_copy_go():
    """ "**_Nơi nhận:_**" and "_Bình Minh, ngày …_" in a converter's markdown: the marks go, underscores inside a word
    ("chi_tiet") stay."""
    raw = "**KẾ HOẠCH**\n\n_Bình Minh, ngày 20 tháng 11 năm 2026_\n\nXem tại trang chi_tiet.\n\n**_Nơi nhận:_**\n\\- Lưu: VT.\n"
    text = normalise(RawText(raw, "md"))
    assert "\nNơi nhận:\n" in text and "\nBình Minh, ngày 20 tháng 11 năm 2026\n" in text and "chi_tiet" in text


def test_lines_a_page_break_does_not_explain_stay():
    """Two schedule lines the same but for a day ("… 3/6", "… 4/6") are no page's foot; a table's header repeated beside
    a gazette's running heads stays where the table reads it."""
    items = [f"- Tổ chức khám sức khỏe cho người cao tuổi tại thôn số {n} trong tháng này." for n in range(1, 20)]
    raw = "\n".join(["KẾ HOẠCH", "- Tiêm vắc xin sởi - rubella tại Trạm Y tế xã 3/6", *items,
                     "- Tiêm vắc xin sởi - rubella tại Trạm Y tế xã 4/6"]) + "\n"
    assert normalise(RawText(raw, "txt")).count("Trạm Y tế xã") == 2
    items = [f"{n}. Sở Tài chính rà soát định mức chi số {n} cho các đơn vị sự nghiệp công lập." for n in range(1, 33)]
    again = "DANH MỤC NHIỆM VỤ TIẾP THEO"
    raw = "\n".join(["KẾ HOẠCH", *items[:16], "CÔNG BÁO/Số 05 + 06/Ngày 23-01-2026 39", again, *items[16:],
                     "40 CÔNG BÁO/Số 05 + 06/Ngày 23-01-2026", again, "33. Sở Y tế hướng dẫn các xã."]) + "\n"
    text = normalise(RawText(raw, "txt"))
    assert "CÔNG BÁO" not in text and text.count(again) == 2


def test_a_pair_of_underscores_sets_italics_in_a_plain_copy_too():
    text = normalise(RawText("KẾ HOẠCH\n_Nơi nhận:_\n- Lưu: VT.\nTệp ke_hoach_2026.docx; ký vào ô ____ ngày _/_/2026\n",
                             "txt"))
    assert "\nNơi nhận:\n" in text and "ke_hoach_2026.docx" in text and "____ ngày _/_/2026" in text


def test_a_party_documents_number_and_hyphen_opens_its_item_after_a_full_wrapped_line():
    """ "3- …" / "4- Đảng ủy …:": a Party document's items, hard-wrapped; the full line that ends item 3 does not run
    into item 4 (a number, a hyphen and a capital after a space label an item, as "a- Tổ chức …" does)."""
    wrapped = [
        "3- Đảng đoàn Hội đồng nhân dân tỉnh lãnh đạo Hội đồng nhân dân tỉnh xem xét, ban",
        "hành chính sách hỗ trợ ngư dân chuyển đổi nghề khai thác ven bờ; tăng cường giám",
        "sát việc thực thi các quy định về chống khai thác hải sản tại các địa phương ven biển.",  # (a full line)
        "4- Đảng ủy Quân sự tỉnh lãnh đạo Bộ Chỉ huy Quân sự tỉnh: ",  # (a PDF's space at the end)
        "- Tổ chức tuần tra, kiểm soát chặt chẽ các cửa sông, bến bãi ven biển trong mùa",
        "mưa bão; kiên quyết xử lý các trường hợp vi phạm.",
        "5- Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp với các cơ quan báo chí của tỉnh định",
        "hướng tuyên truyền sâu rộng đến cộng đồng ngư dân trong năm 2027."]
    lines = normalise(RawText("\n".join(wrapped * 2) + "\n", "txt")).split("\n")
    assert [line[:4] for line in lines if line] == ["3. Đ", "4. Đ", "- Tổ", "5. B"] * 2


def test_an_ocrs_slips_that_the_spelling_shows_are_mended():
    """No Vietnamese word holds a lower-case "l" among capitals, ends a syllable on "rn", or has "u" before "ơ" and a
    closing letter: an OCR read "I", "m" and "ư" so. An item's "l." is its "1."; "Excel", "email" and "thuở" stay."""
    raw = ("UBND TỈNH TÂN AN\nSỞ NÔNG NGHIỆP VÀ MÔI TRUỜNG\n\nIl. CHỈ TIÊU\nl. Không để xảy ra cháy rừng lớn.\n"
           "Ill. NHIỆM VỤ\nl. Chi cục Kiểm lârn gửi số liệu bằng tệp Excel qua email như thuở trước.\n")
    assert normalise(RawText(raw, "txt")).split("\n")[:6] == [
        "UBND TỈNH TÂN AN", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "II. CHỈ TIÊU", "1. Không để xảy ra cháy rừng lớn.",
        "III. NHIỆM VỤ", "1. Chi cục Kiểm lâm gửi số liệu bằng tệp Excel qua email như thuở trước."]
    from vnplan.normalise import ocr_slips_mended
    assert ocr_slips_mended("làrn việc; modern pattern; quờ quạng; k) l) m)") == "làm việc; modern pattern; quờ quạng; k) l) m)"
    # a formula in a sentence stays, in a line of capitals it is a slip; a letter "l." after "k." is a letter
    assert ocr_slips_mended("Nồng độ HCl, Al trong nước\nUBND TỈNH GIA LAl") == "Nồng độ HCl, Al trong nước\nUBND TỈNH GIA LAI"
    assert ocr_slips_mended("k. Sở Y tế rà soát.\nl. Sở Nội vụ tổng hợp.") == "k. Sở Y tế rà soát.\nl. Sở Nội vụ tổng hợp."


def test_a_markdown_list_numbered_by_hand_at_every_level_keeps_its_levels():
    """A converter writes Roman parts and their items as nested lists, each level numbered from 1 and told apart by its
    indent alone: a nested item is numbered after its parent, so the outline keeps the levels."""
    raw = ("**ỦY BAN NHÂN DÂN XÃ TÂN AN**\n\n# KẾ HOẠCH\n\n## Phòng chống dịch năm 2027\n\n"
           "1. MỤC ĐÍCH\n    1. Chủ động phòng chống dịch bệnh.\n"
           "2. NHIỆM VỤ\n    1. Trạm Y tế xã\n        1. Tổ chức tiêm chủng đầy đủ cho trẻ em.\n"
           "        2. Giám sát ổ dịch tại các thôn.\n    2. Công an xã bảo đảm trật tự tại các điểm tiêm.\n"
           "3. TỔ CHỨC THỰC HIỆN\n    1. Trạm Y tế xã báo cáo kết quả hằng tháng.\n\n**Nơi nhận:**\n- Lưu: VT.\n")
    lines = normalise(RawText(raw, "md")).split("\n")
    assert [line for line in lines if line[:1].isdigit()] == [
        "1. MỤC ĐÍCH", "1.1. Chủ động phòng chống dịch bệnh.", "2. NHIỆM VỤ", "2.1. Trạm Y tế xã",
        "2.1.1. Tổ chức tiêm chủng đầy đủ cho trẻ em.", "2.1.2. Giám sát ổ dịch tại các thôn.",
        "2.2. Công an xã bảo đảm trật tự tại các điểm tiêm.", "3. TỔ CHỨC THỰC HIỆN",
        "3.1. Trạm Y tế xã báo cáo kết quả hằng tháng."]


def test_keycap_digits_number_a_chat_messages_items():
    text = normalise(RawText("IV. PHÂN CÔNG\n1\ufe0f\u20e3 Phòng Kinh tế:\n- Tham mưu tổ chức Lễ phát động.\n"
                             "1\ufe0f\u20e30\ufe0f\u20e3 Các thôn: vận động nhân dân.\n", "txt"))
    assert "1. Phòng Kinh tế:" in text.split("\n")
    assert "10. Các thôn: vận động nhân dân." in text.split("\n")


def test_pages_each_given_as_one_line_come_apart_into_their_paragraphs():
    page_one = ("ỦY BAN NHÂN DÂN TỈNH TÂN AN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM VĂN PHÒNG Độc lập - Tự do - Hạnh phúc "
                "Số: 55/TB-VP Tân An, ngày 12 tháng 1 năm 2027 THÔNG BÁO Kết luận của Chủ tịch Ủy ban nhân dân tỉnh tại "
                "cuộc họp về phòng, chống dịch bệnh gia súc Ngày 10/01/2027, đồng chí Chủ tịch Ủy ban nhân dân tỉnh "
                "chủ trì cuộc họp. " + "Các đại biểu đã thảo luận kỹ tình hình dịch bệnh trên địa bàn. " * 15
                + "Đồng chí Chủ tịch kết luận như sau: 1. Tình hình chung: dịch bệnh được kiểm soát. 2. Nhiệm vụ "
                "trọng tâm: a) Sở Nông nghiệp và Môi trường: - Tổ chức tiêm phòng đợt 1 trước ngày 31/3/2027. ")
    page_two = ("2 - Kiểm tra việc vận chuyển gia súc qua địa bàn. b) Công an tỉnh phối hợp kiểm soát các chốt. "
                + "Các lực lượng trực thường xuyên tại chốt kiểm dịch trong suốt mùa dịch. " * 15
                + "3. Giao Văn phòng theo dõi, đôn đốc./. Nơi nhận: - Như trên; - Lưu: VT.")
    lines = normalise(RawText(page_one + "\n" + page_two + "\n", "txt")).split("\n")
    assert lines[1].startswith("THÔNG BÁO Kết luận") and lines[1].endswith("dịch bệnh gia súc")
    assert "- Tổ chức tiêm phòng đợt 1 trước ngày 31/3/2027." in lines
    assert "- Kiểm tra việc vận chuyển gia súc qua địa bàn." in lines  # (the page's number gone)
    assert any(line.startswith("b) Công an tỉnh") for line in lines)
    assert any(line.startswith("Nơi nhận:") for line in lines)
    # the same words hard-wrapped, as a PDF's text gives them, come apart the same
    wrapped = textwrap.fill(page_one + page_two.split(" ", 1)[1], 80) + "\n"
    lines = normalise(RawText(wrapped, "txt")).split("\n")
    assert "- Tổ chức tiêm phòng đợt 1 trước ngày 31/3/2027." in lines
    assert any(line.startswith("b) Công an tỉnh") for line in lines)


def test_the_partners_role_word_an_ocr_misread_is_mended_in_its_case_and_no_other_word():
    from vnplan.normalise import ocr_slips_mended
    assert ocr_slips_mended("Sở Y tế phổi hợp; Phổi họp với X; TĂNG CƯỜNG PHỐI HỢP; bác sĩ chủ trị") \
        == "Sở Y tế phối hợp; Phối hợp với X; TĂNG CƯỜNG PHỐI HỢP; bác sĩ chủ trị"


def test_the_doers_field_an_ocr_misread_is_mended():
    from vnplan.normalise import ocr_slips_mended
    assert ocr_slips_mended("- Đơn vi chủ trì: Cục Di sản văn hóa.") == "- Đơn vị chủ trì: Cục Di sản văn hóa."


def test_a_wrapped_title_ends_where_the_text_opens_on_its_year():
    import textwrap
    column = lambda text: "\n".join(textwrap.wrap(text, 46))  # noqa: E731  (a newspaper's narrow column)
    title = "Về các nhiệm vụ trọng tâm nâng cao chất lượng giải quyết, xét xử các loại vụ án năm 2027"
    raw = ("CHỈ THỊ\n" + column(title)
           + "\n\n" + column("Năm 2026, toàn ngành đã thụ lý 628.415 vụ việc, giải quyết 583.102 vụ việc, đạt tỷ lệ "
                              "92,8%; tỷ lệ bản án bị hủy, sửa do nguyên nhân chủ quan là 1,12%. Tuy nhiên, vẫn còn "
                              "tình trạng án quá hạn luật định.") + "\n"
           + column("1. Tòa án nhân dân cấp tỉnh tập trung giải quyết các vụ án tồn đọng, bảo đảm đúng thời hạn.") + "\n")
    lines = normalise(RawText(raw, "txt")).splitlines()
    assert lines[1] == title
    assert lines[2].startswith("Năm 2026, toàn ngành")


def test_part_lettered_items_hard_wrapped_each_open_their_paragraph():
    raw = ("C. NHIỆM VỤ VÀ GIẢI PHÁP\nC.1. Bảo đảm đủ thuốc, dịch truyền, chế phẩm máu phục vụ cấp cứu, điều\n"
           "trị; tăng cường hội chẩn từ xa giữa các tuyến để giảm tử vong ở người bệnh.\n"
           "C.2. Tập huấn, cập nhật hướng dẫn chẩn đoán, điều trị sốt xuất huyết cho\n"
           "nhân viên y tế các tuyến, ưu tiên tuyến xã và các phòng khám tư nhân.\n")
    assert normalise(RawText(raw, "pdf", wrapped=True)).splitlines()[1:] == [
        "1. Bảo đảm đủ thuốc, dịch truyền, chế phẩm máu phục vụ cấp cứu, điều trị; tăng cường hội chẩn từ xa giữa các "
        "tuyến để giảm tử vong ở người bệnh.",
        "2. Tập huấn, cập nhật hướng dẫn chẩn đoán, điều trị sốt xuất huyết cho nhân viên y tế các tuyến, ưu tiên tuyến xã "
        "và các phòng khám tư nhân."]


def test_a_bilingual_copy_wrapped_as_a_web_page_drops_each_translation_whole_and_keeps_a_label_alone():
    pairs = [("**II.**", None), ("**NHIỆM VỤ**", "**TASKS OF THE DIVISIONS**")] + [
        (f"{n}. Phòng số {n} chủ trì kiểm tra\ntàu thuyền neo đậu trong vùng nước cảng.",
         f"{n}. Division No. {n} shall take the lead in\ninspecting the vessels anchored in the port waters.")
        for n in range(1, 7)]
    raw = "\n\n".join(part for pair in pairs for part in pair if part)
    lines = normalise(RawText(raw, "md")).splitlines()
    assert lines[:2] == ["II. NHIỆM VỤ", "1. Phòng số 1 chủ trì kiểm tra tàu thuyền neo đậu trong vùng nước cảng."]
    assert not any("Division" in line or "inspecting" in line for line in lines)


def test_recipients_beside_the_signature_row_by_row_read_column_after_column():
    text = ("SỞ TƯ PHÁP TỈNH TÂN AN\nSố: 31/KH-STP\nTân An, ngày 04 tháng 3 năm 2027\nKẾ HOẠCH\nTuyên truyền pháp luật năm 2027\n"
            "I. NHIỆM VỤ\n1. Phòng Phổ biến pháp luật chủ trì tổ chức hội nghị trước ngày 30/6/2027.\n\n"
            "| Nơi nhận: | KT. GIÁM ĐỐC |\n| - UBND tỉnh (b/c); | PHÓ GIÁM ĐỐC |\n| - Các phòng thuộc Sở; | |\n"
            "| - Lưu: VT. | Trần Thị Mai |\n")
    result = vnplan.extract_text(text)
    assert (result.document.signer, result.document.signer_title) == ("Trần Thị Mai", "Phó Giám đốc")
    # a markdown copy's rule under the first row is no line of either column
    ruled = text.replace("| KT. GIÁM ĐỐC |\n", "| KT. GIÁM ĐỐC |\n|---|---|\n")
    assert "---" not in normalise(RawText(ruled, "md"))
    # a converter pads the cells to the column's width: still a table's row, not a two-column copy's line
    padded = text.replace("| Nơi nhận: | KT. GIÁM ĐỐC |\n", "\n| Nơi nhận:          | KT. GIÁM ĐỐC |\n|---|---|\n")
    lines = normalise(RawText(padded, "md")).split("\n")
    assert lines[lines.index("KT. GIÁM ĐỐC"):][:3] == ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Trần Thị Mai"]


def test_a_glyph_a_converter_found_no_character_for_is_a_bullet():
    text = ("| Nơi nhận: | TM. BAN THƯỜNG VỤ |\n| GLYPH<c=1,font=/AAAAAD+Symbol> Các huyện ủy; | BÍ THƯ |\n"
            "| GLYPH<183> Lưu VP. | Hà Văn Tư |\n")
    lines = normalise(RawText(text, "md")).split("\n")
    assert "GLYPH" not in "\n".join(lines)
    assert "- Các huyện ủy;" in lines and "- Lưu VP." in lines


def test_a_pictures_place_a_converter_marked_goes_from_the_signature():
    text = ("BAN QUẢN LÝ KHU DU LỊCH HỒ XANH\nSố: 12/KH-BQL\nKẾ HOẠCH\nTổ chức Tuần lễ du lịch năm 2027\n"
            "I. NHIỆM VỤ\n1. Phòng Tổng hợp chủ trì tổ chức lễ khai mạc.\n<!-- image -->\n"
            "|Nơi nhận: - Như trên; - Lưu: VT.|TRƯỞNG BAN [pic] Lò Văn Sơn |\n")
    result = vnplan.extract_text(text)
    assert (result.document.signer, result.document.signer_title) == ("Lò Văn Sơn", "Trưởng ban")
    assert "image" not in normalise(RawText(text, "txt"))


def test_a_lone_surrogate_a_reader_let_through_becomes_a_replacement_character():
    text = "KẾ HOẠCH\nI. NHIỆM VỤ\n1. Sở Y tế chủ trì tổ chức hội nghị \ud83d trước ngày 30/6/2027.\n"
    plan = vnplan.extract_text(text).to_dict()
    assert "\ufffd" in json.dumps(plan, ensure_ascii=False).encode("utf-8").decode("utf-8")


def test_points_numbered_from_1_again_under_an_item_are_its_lettered_points():
    # a nested list copied without its indent: "1." right after an item ending on a colon opens its points; a number
    # that goes on both the points and the items is the item's when it hands work on or heads an entry of its own
    text = normalise(RawText("\n".join([
        "IV. TỔ CHỨC THỰC HIỆN", "1. Phòng Hành chính - Tổng hợp:", "1. Cân đối, bố trí kinh phí.",
        "2. Theo dõi, đôn đốc các phòng.", "2. Các phòng chuyên môn:", "1. Xây dựng kế hoạch chi tiết.",
        "2. Báo cáo kết quả hằng tháng.", "3. Đề nghị các trường đại học giới thiệu dự án.", ""]), "txt"))
    assert text.split("\n")[1:9] == [
        "1. Phòng Hành chính - Tổng hợp:", "a) Cân đối, bố trí kinh phí.", "b) Theo dõi, đôn đốc các phòng.",
        "2. Các phòng chuyên môn:", "a) Xây dựng kế hoạch chi tiết.", "b) Báo cáo kết quả hằng tháng.",
        "3. Đề nghị các trường đại học giới thiệu dự án.", ""]
    # numbered on as usual, an item ending on a colon and the next item stay as written
    listed = "1. Sở Y tế:\n- Kiểm tra các cơ sở.\n2. Sở Tài chính:\n3. Sở Nội vụ chủ trì đánh giá.\n"
    assert normalise(RawText(listed, "txt")) == listed


def test_a_web_copys_part_heading_ends_a_table_read_a_cell_a_line():
    lines = ["STT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian", "1", "Cải tạo không gian làm việc chung",
             "Phòng Hành chính - Tổng hợp", "Sở Xây dựng", "Tháng 6/2027", "## IV. TỔ CHỨC THỰC HIỆN",
             "1. Phòng Hành chính - Tổng hợp:"]
    from vnplan.celltables import rebuild_cell_tables
    assert rebuild_cell_tables(lines)[-2:] == ["## IV. TỔ CHỨC THỰC HIỆN", "1. Phòng Hành chính - Tổng hợp:"]


def test_a_pdf_text_layers_words_at_the_top_or_foot_of_every_page_go_with_its_form_feeds():
    foot = "BẢN DÙNG TẠI HỘI NGHỊ\nSƠ KẾT CÔNG TÁC NĂM 2027\n"
    text = ("ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN\nSố: 7/KH-UBND\nKẾ HOẠCH\nPhòng chống cháy rừng năm 2027\n"
            "I. NHIỆM VỤ\n1. Sở Nông nghiệp và Môi trường chủ trì tuần tra rừng\n" + foot +
            "\fthường xuyên trong mùa khô.\n2. Công an tỉnh kiểm tra phòng cháy; báo cáo quý.\n" + foot +
            "\fII. TỔ CHỨC THỰC HIỆN\nCác sở báo cáo trước ngày 15/12/2027.\n" + foot + "\f")
    lines = normalise(RawText(text, "txt")).split("\n")
    assert not any("HỘI NGHỊ" in line or "SƠ KẾT CÔNG TÁC" in line or "\f" in line for line in lines)
    assert "1. Sở Nông nghiệp và Môi trường chủ trì tuần tra rừng thường xuyên trong mùa khô." in lines


def test_a_decision_and_the_plan_it_issues_keep_their_header_and_their_signature_across_the_page_break():
    """The plan a decision issues opens a page with the decision's header again, and both end on the same signature:
    words at two pages' edges, though the document's own header and signature, not a running head or foot."""
    header = "ĐÀI PHÁT THANH BÌNH MINH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\tĐộc lập - Tự do - Hạnh phúc\n"
    signature = "\tKT. GIÁM ĐỐC\n\tPHÓ GIÁM ĐỐC\n\tLê Văn An\n"
    text = (header + "Số: 12/QĐ-PT\tBình Minh, ngày 05 tháng 3 năm 2027\nQUYẾT ĐỊNH\nBan hành Kế hoạch năm 2027\n"
            "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch.\nNơi nhận:\n- Lưu: VT.\n" + signature
            + "\f" + header + "KẾ HOẠCH\nI. NHIỆM VỤ\n1. Phòng Kỹ thuật lắp máy phát.\n" + signature)
    lines = normalise(RawText(text, "txt")).split("\n")
    assert lines[0].startswith("ĐÀI PHÁT THANH BÌNH MINH") and lines.count("PHÓ GIÁM ĐỐC") == 2


def test_words_at_one_pages_foot_only_stay():
    text = ("KẾ HOẠCH\nI. NHIỆM VỤ\n1. Sở Y tế chủ trì khám sàng lọc.\nGhi chú cuối trang một\n"
            "\f2. Sở Tài chính bố trí kinh phí.\nGhi chú cuối trang hai\n\f")
    lines = normalise(RawText(text, "txt")).split("\n")
    assert "Ghi chú cuối trang một" in lines and "Ghi chú cuối trang hai" in lines



def test_a_projects_components_over_their_numbered_activities_read_as_an_outline():
    text = ("II. CÁC HOẠT ĐỘNG\nHợp phần 1. Phục hồi rừng\nHoạt động 1.1. Khảo sát, thiết kế trồng rừng.\n"
            "Hoạt động 1.2. Ươm cây giống.\nHợp phần 2. Bảo vệ rừng\nHoạt động 2.1. Ký hợp đồng giao khoán.\n")
    lines = normalise(RawText(text, "txt")).split("\n")
    assert lines[1:6] == ["1. Phục hồi rừng", "1.1. Khảo sát, thiết kế trồng rừng.", "1.2. Ươm cây giống.",
                          "2. Bảo vệ rừng", "2.1. Ký hợp đồng giao khoán."]


def test_numbered_activities_that_skip_or_start_late_keep_their_words():
    text = "II. CÁC HOẠT ĐỘNG\nHoạt động 1.2. Ươm cây giống.\nHoạt động 1.1. Khảo sát.\n"
    assert "Hoạt động 1.2. Ươm cây giống." in normalise(RawText(text, "txt")).split("\n")



def test_a_bullets_share_under_a_heading_ending_on_a_year_is_no_range_of_years():
    text = "### II. CHỈ TIÊU NĂM 2027\n\n- 100% xã có điểm tập kết rác.\n- Ít nhất 80% hộ phân loại rác.\n"
    lines = normalise(RawText(text, "md")).split("\n")
    assert lines[:2] == ["II. CHỈ TIÊU NĂM 2027", "- 100% xã có điểm tập kết rác."]
    assert "GIAI ĐOẠN 2026 - 2030" in normalise(RawText("### KẾ HOẠCH GIAI ĐOẠN 2026\n- 2030\n", "md"))


def test_a_converters_markdown_loses_its_pictures_anchors_and_page_separators_and_raises_its_notes_as_marks():
    text = ("{0}------------------------------------------------\n\n![](_page_0_Picture_0.jpeg)\n\n"
            "# <span id=\"page-0-0\"></span>THÔNG BÁO\n\nTham dự có Ủy ban nhân dân các phường<sup>1</sup>.\n\n"
            "**KT. CHÁNH VĂN PHÒNG**\n\n![](_page_2_Picture_3.jpeg)\n\n**Lâm Thị Kim Yến**\n")
    lines = normalise(RawText(text, "md")).split("\n")
    assert lines[0] == "THÔNG BÁO" and "Lâm Thị Kim Yến" in lines
    assert "Tham dự có Ủy ban nhân dân các phường[1]." in lines
    assert not any(mark in line for line in lines for mark in ("{0}", "![", "<span", "<sup"))


def test_an_unframed_rows_last_cell_of_two_paragraphs_goes_on_over_the_next_line():
    text = ("TT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian\n"
            "1 | Khám sức khỏe cho nạn nhân | Ban Chính sách | Sở Y tế\nBệnh viện Đa khoa tỉnh | Quý III/2027\n"
            "2 | Tặng quà dịp Tết | Ban Chính sách | Hội các xã | Trước ngày 31/01/2027\n")
    lines = normalise(RawText(text, "txt")).split("\n")
    assert "| 1 | Khám sức khỏe cho nạn nhân | Ban Chính sách | Sở Y tế; Bệnh viện Đa khoa tỉnh | Quý III/2027 |" in lines
    assert "| 2 | Tặng quà dịp Tết | Ban Chính sách | Hội các xã | Trước ngày 31/01/2027 |" in lines


def test_a_scanned_grids_wrapped_cells_and_its_rules_read_as_letters_come_back_to_rows():
    text = ("| TT | Nội dung nhiệm vụ | Chủ trì | Phối hợp | Thời gian |\n"
            "______________________________________________________________\n"
            "| 1 | Quan trắc độ phủ san hô | Phòng Kinh tế | Ban Quản lý Khu | Quý II/2027 |\n"
            "| | | | bảo tồn biển Lý Sơn | |\n"
            "I 2 | Thả phao đánh dấu vùng lõi | Ban Quản lý Khu | Đồn Biên phòng Lý | Quý I/2027 |\n"
            "| | | bảo tồn biển Lý | Sơn | |\n"
            "| | | Sơn | | |\n"
            "______________________________________________________________\n"
            "| 3 l Tuyên truyền cho ngư dân | Phòng Văn hóa - [ Các thôn | Quý I - Quý |\n"
            "| | | Xã hội | | IV/2027 |\n")
    rows = [line for line in normalise(RawText(text, "txt")).split("\n") if line.startswith("|")]
    assert rows[1:] == [
        "| 1 | Quan trắc độ phủ san hô | Phòng Kinh tế | Ban Quản lý Khu bảo tồn biển Lý Sơn | Quý II/2027 |",
        "| 2 | Thả phao đánh dấu vùng lõi | Ban Quản lý Khu bảo tồn biển Lý Sơn | Đồn Biên phòng Lý Sơn | Quý I/2027 |",
        "| 3 | Tuyên truyền cho ngư dân | Phòng Văn hóa - Xã hội | Các thôn | Quý I - Quý IV/2027 |"]


def test_a_controlled_documents_block_repeated_at_every_pages_top_goes_but_its_header_stays():
    block = ("TRUNG TÂM KỸ THUẬT ĐO LƯỜNG\nKẾ HOẠCH\nKIỂM ĐỊNH PHƯƠNG TIỆN ĐO NĂM 2027\nMã số: KH.KĐ.01\n"
             "Lần ban hành: 02\nTrang: {page}/3\n")
    text = (block.format(page=1) + "SỞ KHOA HỌC VÀ CÔNG NGHỆ\nTRUNG TÂM KỸ THUẬT ĐO LƯỜNG\nSố: 318/KH-TTKT\n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nKẾ HOẠCH\nKiểm định phương tiện đo năm 2027\nI. NHIỆM VỤ\n"
            "1. Phòng Kiểm định kiểm định công tơ điện.\n"
            "\f" + block.format(page=2) + "2. Phòng Hiệu chuẩn hiệu chuẩn cân.\nThời gian: Quý 1/2027\n"
            "\f" + block.format(page=3) + "3. Phòng Hành chính bố trí kinh phí.\nThời gian: Quý 2/2027\n\f")
    lines = normalise(RawText(text, "txt")).split("\n")
    assert lines[0] == "SỞ KHOA HỌC VÀ CÔNG NGHỆ"
    assert not any(line.startswith(("Mã số", "Lần ban hành", "Trang:")) for line in lines)
    assert lines.count("KẾ HOẠCH") == 1
    assert "Thời gian: Quý 1/2027" in lines and "Thời gian: Quý 2/2027" in lines


def test_a_row_whose_last_cells_are_empty_does_not_take_the_unnumbered_task_row_under_it():
    text = ("TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian | Kết quả | Nguồn kinh phí\n"
            "1 | Vận hành hệ thống thông tin quy hoạch | Sở Tài chính | Các sở, ngành | Quý IV/2026\n"
            "Thực hiện sao lưu dữ liệu định kỳ | Sở Khoa học và Công nghệ | Sở Tài chính\n"
            "2 | Cập nhật dữ liệu về Trung tâm dữ liệu quốc gia | Sở Tài chính | Các sở | Hằng năm | Dữ liệu | Ngân sách\n")
    rows = [line for line in normalise(RawText(text, "txt")).split("\n") if line.startswith("|")]
    assert "| Thực hiện sao lưu dữ liệu định kỳ | Sở Khoa học và Công nghệ | Sở Tài chính |" in rows


def test_a_copied_chats_message_headers_go_and_its_messages_stay():
    text = ("[05/01/2027 16:42] Lê Văn An - VP Hội tỉnh: Kính gửi các đồng chí, VP gửi toàn văn Kế hoạch 36.\n"
            "[05/01/2027 16:43] Lê Văn An - VP Hội tỉnh: (1/2)\nHỘI CỰU CHIẾN BINH TỈNH AN GIANG\nKẾ HOẠCH\n"
            "1. Văn phòng Hội thẩm định danh sách hộ đề nghị hỗ trợ.\n"
            "[05/01/2027 16:44] Lê Văn An - VP Hội tỉnh: (2/2)\n2. Các chi hội rà soát hội viên khó khăn về nhà ở.\n")
    lines = normalise(RawText(text, "txt")).strip().split("\n")
    assert "Kính gửi các đồng chí, VP gửi toàn văn Kế hoạch 36." in lines
    assert not any("(1/2)" in line or "(2/2)" in line or "16:4" in line for line in lines)
    assert lines[-2:] == ["1. Văn phòng Hội thẩm định danh sách hộ đề nghị hỗ trợ.",
                          "2. Các chi hội rà soát hội viên khó khăn về nhà ở."]


def test_a_document_systems_record_keeps_its_recipient_fields_and_drops_its_viewers_page_marks():
    text = ("CHI TIẾT VĂN BẢN ĐI\nSố/Ký hiệu:\t08/PA-UBND\nNơi nhận nội bộ:\tPhòng Kinh tế; Công an phường\n"
            "Nơi nhận bên ngoài:\tSở Công Thương\nTrang 1/2\nỦY BAN NHÂN DÂN\nPHƯỜNG AN HÒA\nPHƯƠNG ÁN\n"
            "1. Công an phường bảo đảm trật tự khu chợ tạm.\nTrang 2/2\n2. Ban Quản lý chợ bố trí vị trí kinh doanh tạm.\n")
    lines = normalise(RawText(text, "txt")).split("\n")
    assert "Nơi nhận nội bộ: Phòng Kinh tế; Công an phường" in lines and "Nơi nhận bên ngoài: Sở Công Thương" in lines
    assert not any(line.startswith("Trang ") for line in lines)


def test_a_signature_beside_the_recipients_on_one_line_moves_no_further_than_the_list():
    text = ("QUYẾT ĐỊNH\nĐiều 3. Các sở thi hành Quyết định này./.\n"
            "Nơi nhận: - Như Điều 3; - Lưu: VT. | TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Bùi Minh Thạnh\n"
            "KẾ HOẠCH\nNâng cao nhận thức cộng đồng\n1. Sở Nông nghiệp và Môi trường tổ chức tập huấn.\n"
            "2. Sở Giáo dục và Đào tạo lồng ghép nội dung phòng chống thiên tai.\n")
    lines = normalise(RawText(text, "txt")).strip().split("\n")
    assert lines[-2:] == ["1. Sở Nông nghiệp và Môi trường tổ chức tập huấn.",
                          "2. Sở Giáo dục và Đào tạo lồng ghép nội dung phòng chống thiên tai."]


def test_labels_run_into_their_text_by_a_page_taken_without_its_tags():
    text = ("NGHỊ QUYẾT\nĐiều 2.Tổ chức thực hiện\n1. Giao Ủy ban nhân dân xã:\na)Ban hành quy trình hỗ trợ.\n"
            "b)Phối hợp với Cảng vụ ký hợp đồng đặt hàng.\n2.Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã tuyên truyền.\n")
    lines = normalise(RawText(text, "txt")).strip().split("\n")
    assert lines[1:] == ["Điều 2. Tổ chức thực hiện", "1. Giao Ủy ban nhân dân xã:", "a) Ban hành quy trình hỗ trợ.",
                         "b) Phối hợp với Cảng vụ ký hợp đồng đặt hàng.",
                         "2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã tuyên truyền."]


def test_an_email_sent_format_flowed_has_its_wrapped_lines_and_table_rows_whole():
    text = ("Content-Type: text/plain; charset=UTF-8; format=flowed\n\nKẾ HOẠCH\nI. NHIỆM VỤ\n"
            "TT\tNội dung\tĐơn vị thực hiện\tThời gian\n1\tThành lập Hội đồng kiểm kê, phân công thành viên phụ \n"
            "trách từng nhóm tài sản\tỦy ban nhân dân các xã, phường\tTrước \nngày 28/02/2027\n"
            "2\tTổng hợp kết quả kiểm kê, báo cáo Bộ Tài chính \nPhòng Quản lý giá và công sản\tQuý II/2027\n"
            "II. TỔ CHỨC THỰC HIỆN\nCác xã gửi báo cáo về Sở Tài chính \ntrước ngày 15/5/2027.\n")
    lines = normalise(RawText(text, "txt")).strip().split("\n")
    assert any(line.startswith("| 1 | Thành lập Hội đồng kiểm kê, phân công thành viên phụ trách từng nhóm tài sản |")
               and "Trước ngày 28/02/2027" in line for line in lines)
    assert "II. TỔ CHỨC THỰC HIỆN" in lines and "Các xã gửi báo cáo về Sở Tài chính trước ngày 15/5/2027." in lines


def test_a_notes_inline_html_emphasis_and_centred_paragraph_keep_their_words_only():
    text = ("| TỔNG CÔNG TY KHÍ AN GIANG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n|:---:|:---:|\n"
            '<p style="text-align:center"><b>KẾ HOẠCH</b> <strong>Bảo vệ hành lang tuyến ống năm 2027</strong></p>\n'
            "Căn cứ Luật Dầu khí số 12/2022/QH15;\n")
    lines = normalise(RawText(text, "md")).split("\n")
    assert "KẾ HOẠCH Bảo vệ hành lang tuyến ống năm 2027" in lines


def test_a_converters_bold_written_with_underscores_is_emphasis_not_text():
    """A DOCX turned to markdown may write bold as "__…__" and escape its labels ("__1\\. Ban Giám hiệu__"): the
    lines read as a markdown copy's, the marks gone."""
    text = ("__KẾ HOẠCH__\n\n__Hướng nghiệp năm học 2026 - 2027__\n\n# III. NHIỆM VỤ\n\n__1\\. Ban Giám hiệu__\n\n"
            "\\- Thành lập Tổ tư vấn, hoàn thành trước ngày 31/01/2027;\n\n__2\\. Tổ tư vấn__\n\n"
            "\\- Khảo sát nguyện vọng của học sinh lớp 9.\n")
    lines = normalise(RawText(text, "txt")).split("\n")
    assert "KẾ HOẠCH" in lines and "1. Ban Giám hiệu" in lines and "2. Tổ tư vấn" in lines
    assert not any("__" in line for line in lines)


def test_a_header_and_a_signature_run_into_one_line_with_dashes_are_set_apart_again():
    text = ("ỦY BAN NHÂN DÂN XÃ TÂN THÀNH - Số: 09/KH-UBND - Tân Thành, ngày 14 tháng 01 năm 2027\nKẾ HOẠCH\n"
            "Chuyển đổi đất lúa năm 2027\nCăn cứ Kế hoạch số 14/KH-UBND của Ủy ban nhân dân tỉnh Đồng Tháp;\n"
            "II. NHIỆM VỤ\n1. Phòng Kinh tế chủ trì rà soát đất lúa kém hiệu quả.\nNơi nhận: UBND tỉnh; Lưu: VT.\n"
            "KT. CHỦ TỊCH - PHÓ CHỦ TỊCH - Trần Thị Bé Năm\n")
    doc = vnplan.extract_text(text).document
    assert (doc.number, doc.issuer, doc.province, doc.issued_date) == (
        "09/KH-UBND", "Ủy ban nhân dân xã Tân Thành", "Đồng Tháp", "2027-01-14")
    assert (doc.signer, doc.signer_title) == ("Trần Thị Bé Năm", "Phó Chủ tịch")


def test_a_single_bold_line_in_a_text_copy_loses_its_marks():
    """A web copy saved as text with one bold line, its type word ("**CHỈ THỊ**"): too few marks to read the copy as
    markdown, the line's own marks go all the same, and the type word is the document's."""
    text = ("ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\nSố: 05/CT-UBND\nAn Giang, ngày 10 tháng 3 năm 2027\n**CHỈ THỊ**\n\n"
            "Về tăng cường quản lý khai thác nước dưới đất\n\nThời gian qua, công tác quản lý tài nguyên nước đã có "
            "chuyển biến.\n")
    assert "CHỈ THỊ" in normalise(RawText(text, "txt")).split("\n")
    assert vnplan.extract_text(text).document.type == "Chỉ thị"


def test_a_footnote_on_one_line_wider_than_the_body_is_set_apart_without_the_pages_number():
    """A viewer's copy drops the page's number but keeps the note, in smaller type a line wider than the body's: its
    number is a mark glued to a word above ("… sau sắp xếp1."), and the note is no item of the list it falls in."""
    body = ("Ngày 27/02/2027, Ban Thường vụ Đảng ủy xã họp, nghe báo cáo tình hình nhà văn\nhóa thôn sau sắp xếp1. "
            "Sau khi thảo luận, Ban Thường vụ Đảng ủy xã kết luận như\nsau:\n2.1. Giao Ủy ban nhân dân xã:\n"
            "- Rà soát hiện trạng 14 nhà văn hóa dôi dư, lập phương án sử dụng, trình\nBan Thường vụ Đảng ủy trước "
            "ngày 30/4/2027.\n1 Nghị quyết số 32/NQ-HĐND ngày 18/7/2025 của Hội đồng nhân dân tỉnh về việc sắp xếp, "
            "sáp nhập thôn, bản, tổ dân phố.\n- Sửa chữa 05 nhà văn hóa xuống cấp để làm điểm lớp mầm non; hoàn thành "
            "trong\ntháng 8/2027.\n")
    lines = normalise(RawText(body, "txt")).split("\n")
    notes = lines.index("Ghi chú:")
    assert lines[notes + 1].startswith("1 Nghị quyết số 32/NQ-HĐND")
    assert not any(line.startswith("1 Nghị quyết") for line in lines[:notes])


def test_a_viewers_stamp_repeated_on_each_page_goes_and_a_body_named_under_a_whole_heading_stays_its_own_line():
    """A document system stamps each page it shows with who opened it and when: the line, repeated word for word, goes
    (a time said once stays). A body's name in capitals under a part's heading that is whole ("II. PHÂN CÔNG NHIỆM VỤ"
    / "PHÒNG KINH TẾ") heads that office's bullets; a heading stopping on a joining word goes on ("… CỦA" / "SỞ Y
    TẾ")."""
    stamp = "Nguyễn Thị Lan - Phòng Kinh tế - 15/02/2027 08:41"
    text = (f"{stamp}\nKẾ HOẠCH\nPhát triển cà phê đặc sản\nII. PHÂN CÔNG NHIỆM VỤ\nPHÒNG KINH TẾ\n"
            f"- Chủ trì khoanh vùng diện tích cà phê.\n{stamp}\n- Tổng hợp tiến độ.\n"
            "III. TRÁCH NHIỆM CỦA\nSỞ Y TẾ\n- Họp giao ban lúc 08:00 ngày 15/02/2027\n")
    lines = normalise(RawText(text, "txt")).strip().split("\n")
    assert stamp not in lines and "- Họp giao ban lúc 08:00 ngày 15/02/2027" in lines
    assert lines[2:4] == ["II. PHÂN CÔNG NHIỆM VỤ", "PHÒNG KINH TẾ"]
    assert "III. TRÁCH NHIỆM CỦA SỞ Y TẾ" in lines


def test_a_files_path_a_viewer_prints_at_each_page_foot_goes():
    path = "D:\\KE HOACH 2027\\KH 25 an toan kho.docx"
    text = f"KẾ HOẠCH\nAn toàn kho tàng\n1. Phòng Hậu cần kiểm tra kho.\n{path}\n2. Phòng Tham mưu trực ban.\n{path}\n"
    lines = normalise(RawText(text, "txt")).strip().split("\n")
    assert path not in lines and lines[-1] == "2. Phòng Tham mưu trực ban."



def test_the_eth_an_ocr_gives_for_the_vietnamese_d_is_that_letter():
    """ "Ðộc lập" with the Icelandic eth (U+00D0) looks like "Độc lập" and is read as it: the motto, then the header's
    two columns."""
    from vnplan.normalise import normalise_text
    assert normalise_text("Ðộc lập - Tự do - Hạnh phúc; ðơn vị") == "Độc lập - Tự do - Hạnh phúc; đơn vị"
    plan = vnplan.extract_text("UBND TỈNH BÌNH MINH                         CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                        "   SỞ NỘI VỤ                                  Ðộc lập - Tự do - Hạnh phúc\n\n"
                        "Số: 14/KH-SNV                           Bình Minh, ngày 03 tháng 3 năm 2027\n\n"
                        "KẾ HOẠCH\nGiải quyết việc làm năm 2027\nI. NHIỆM VỤ\n1. Phòng Việc làm tổ chức phiên giao dịch.\n"
                        "Nơi nhận:\n- Lưu: VT.\nGIÁM ĐỐC\nLê Văn An\n")
    assert plan.document.issuer == "Sở Nội vụ tỉnh Bình Minh"


@pytest.mark.parametrize("scanned,read", [
    ("hoàn thành trước ngày 3l/3/2027.", "hoàn thành trước ngày 31/3/2027."),
    ("trong quý II/2O27", "trong quý II/2027"),
    ("báo cáo trước ngày 1O/12/2027", "báo cáo trước ngày 10/12/2027"),
    ("giai đoạn 2O27 - 2030", "giai đoạn 2027 - 2030"),
    # no date's shape, no digits: a quarter in Roman numerals, a word, a number's letters stay
    ("quý II/2027", "quý II/2027"), ("HOLO", "HOLO"), ("số 2O/KH", "số 2O/KH"),
])
def test_an_ocrs_letters_for_digits_in_a_date_are_the_digits(scanned, read):
    from vnplan.normalise import ocr_slips_mended
    assert ocr_slips_mended(scanned) == read


def test_points_numbered_again_under_a_heading_end_where_the_next_heading_goes_on_the_items():
    """A heading ending on no stop opens points numbered from 1; the next item's number, which the points' numbers
    reach too, is the item's when it is a heading as well (a sentence-case title, a member's heading)."""
    from vnplan.normalise import restarted_points_lettered
    assert restarted_points_lettered(["1. Mục đích, yêu cầu", "1. Bảo đảm tiến độ.", "2. Nhiệm vụ", "1. Rà soát.",
                                      "2. Kiểm tra.", "3. Tổ chức thực hiện", "1. Sở Y tế chủ trì."]) == [
        "1. Mục đích, yêu cầu", "a) Bảo đảm tiến độ.", "2. Nhiệm vụ", "a) Rà soát.", "b) Kiểm tra.",
        "3. Tổ chức thực hiện", "a) Sở Y tế chủ trì."]
    assert restarted_points_lettered(["4. TỔ CHỨC THỰC HIỆN", "1. Sở Y tế chủ trì.", "2. Sở Tài chính bố trí."])[1:] == [
        "1. Sở Y tế chủ trì.", "2. Sở Tài chính bố trí."]  # (a part's title in capitals: its items, no points)


def test_an_ocr_reads_a_roman_numeral_of_ls_as_the_part_or_quarter_it_is():
    from vnplan.normalise import ocr_slips_mended
    assert ocr_slips_mended("ll. NỘI DUNG HỢP TÁC\n  lll. TỔ CHỨC THỰC HIỆN\nlV. KINH PHÍ") == \
        "II. NỘI DUNG HỢP TÁC\n  III. TỔ CHỨC THỰC HIỆN\nIV. KINH PHÍ"
    assert ocr_slips_mended("Giao Sở Công Thương chủ trì; thời gian: quý ll/2027.") == \
        "Giao Sở Công Thương chủ trì; thời gian: quý II/2027."
    # (no numeral, or a word: left as written)
    assert ocr_slips_mended("ll. lập kế hoạch\nall. Tổ chức\nlllll. AB\nl Tổ chức") == \
        "ll. lập kế hoạch\nall. Tổ chức\nlllll. AB\nl Tổ chức"


def test_a_markdown_copys_line_breaks_by_backslash_are_no_marks_of_the_text():
    header = textwrap.dedent("""\
          ------------------------------------------------------------------------
          **ỦY BAN NHÂN DÂN\\             **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\\
          XÃ PHÚ HÒA**                   Độc lập - Tự do - Hạnh phúc**

          Số: 09/KH-UBND                 *Phú Hòa, ngày 15 tháng 01 năm 2027*
          ------------------------------------------------------------------------

        **KẾ HOẠCH**

        **Phòng, chống ma túy năm 2027**

        1\\. Công an xã chủ trì rà soát người sử dụng trái phép chất ma túy, hoàn thành trong quý I/2027.
        """)
    plan = vnplan.extract_text(header)
    assert (plan.document.issuer, plan.document.number) == ("Ủy ban nhân dân xã Phú Hòa", "09/KH-UBND")
    assert "\\" not in normalise(RawText(header, "md"))


def test_a_rule_of_backslashes_before_the_number_is_no_line_break():
    header = "| HỘI SINH VIÊN VIỆT NAM THÀNH PHỐ HÀ NỘI \\\\\\ Số: 45 KH/HSV | Hà Nội, ngày 02 tháng 12 năm 2026 |\n"
    plan = vnplan.extract_text(header + "\nKẾ HOẠCH\nTiếp sức mùa thi năm 2027\n1. Các cơ sở Hội tổ chức điểm hỗ trợ.\n")
    assert plan.document.number == "45-KH/HSV"


def test_a_dash_line_inside_a_bracket_goes_on_only_where_it_closes_the_bracket():
    wrapped = normalise(RawText("1. Rà soát danh mục trạm quan trắc, đề xuất nâng cấp (đơn vị phối hợp: Vụ Kế hoạch\n"
                                "- Tài chính; thời gian: quý II/2027)\n", "txt"))
    assert "Vụ Kế hoạch - Tài chính; thời gian" in wrapped
    # (a bracket an OCR left open over the items after it: they stay items)
    left_open = normalise(RawText("1. Trung tâm Kiểm soát bệnh tật (phối hợp với Trung tâm Y tế các xã\n"
                                  "- Tổ chức sàng lọc bệnh không lây nhiễm trước ngày 30/6/2027.\n"
                                  "- Tổ chức truyền thông phòng bệnh tại cộng đồng.\n", "txt"))
    assert "\n- Tổ chức sàng lọc" in left_open and "\n- Tổ chức truyền thông" in left_open


def test_a_reviewed_word_files_tracked_changes_as_pandoc_writes_them_are_applied_and_its_comments_dropped():
    text = ("KẾ HOẠCH\nQuản lý công trình nước sạch năm 2027\n"
            "\\- [Đề nghị bỏ nội dung này vì trùng kế hoạch\nkiểm tra của Thanh tra\n"
            "tỉnh]{.comment-start id=\"3\" author=\"Nguyễn Văn An\" date=\"2027-03-04T08:47:00Z\"}Phối\n"
            "hợp với Phòng Kế hoạch - Tài chính kiểm tra 20 công trình do Ủy ban nhân dân các xã, [phường]{.insertion "
            "author=\"Trần Thị Bình\" date=\"2027-03-02T09:20:00Z\"} quản\nlý.[]{.comment-end id=\"3\"}\n"
            "\\- Lắp đặt đồng hồ đo nước[ tổng]{.deletion author=\"Trần Thị Bình\"} tại đầu nguồn.[Xem Điều [5] Luật "
            "Tài nguyên nước]{.comment-start id=\"4\" author=\"Nguyễn Văn An\"}[]{.comment-end id=\"4\"}\n")
    assert normalise(RawText(text, "md")).strip().split("\n")[2:] == [
        "- Phối hợp với Phòng Kế hoạch - Tài chính kiểm tra 20 công trình do Ủy ban nhân dân các xã, phường quản lý.",
        "- Lắp đặt đồng hồ đo nước tại đầu nguồn."]


def test_a_tables_rows_written_with_their_cells_against_the_bars_are_read_as_rows():
    text = ("KẾ HOẠCH\nChuyển giao công nghệ năm 2027\n"
            "|TT|Công nghệ chuyển giao|Đơn vị chủ trì|Đơn vị phối hợp|Thời gian hoàn thành|\n"
            "|1 |Chuyển giao máy sấy bơm nhiệt cho các hợp tác xã|Trung tâm Chuyển giao công nghệ|Sở Khoa học và Công "
            "nghệ tỉnh Bình Minh|Quý III/2027|\n")
    assert normalise(RawText(text, "txt")).strip().split("\n")[2:] == [
        "| TT | Công nghệ chuyển giao | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành |",
        "| 1 | Chuyển giao máy sấy bơm nhiệt cho các hợp tác xã | Trung tâm Chuyển giao công nghệ"
        " | Sở Khoa học và Công nghệ tỉnh Bình Minh | Quý III/2027 |"]


# A plain copy of a plan whose paragraphs blank lines part and whose lines a fixed width wraps
_BLANK_PARTED_PLAN = """ỦY BAN NHÂN DÂN XÃ BÌNH MINH

Số: 12/KH-UBND

KẾ HOẠCH

Kỷ niệm ngày Thương binh - Liệt sĩ năm 2027

II. NỘI DUNG

1. Hoạt động

- Tuyên truyền ý nghĩa ngày Thương binh - Liệt sĩ trên hệ thống
truyền thanh của xã, trang thông tin điện tử và các nhóm Zalo của
thôn trong suốt tháng 7/2027.

- Tu sửa, vệ sinh Nghĩa trang liệt sĩ và các công trình tưởng niệm
trên địa bàn xã; hoàn thành trước ngày 20/7/2027, bảo đảm trang
nghiêm, sạch đẹp.

- Thăm hỏi, tặng quà các gia đình chính sách, người có công trên
địa bàn xã trước ngày 25/7/2027; Hội Cựu chiến binh xã phối hợp bố
trí lực lượng đi cùng đoàn thăm hỏi.

- Rà soát, cập nhật danh sách người có công, thân nhân liệt sĩ
đang hưởng trợ cấp hằng tháng; đối chiếu với dữ liệu của Sở Nội
vụ, bảo đảm không bỏ sót đối tượng.

- Lễ dâng hương, viếng Nghĩa trang liệt sĩ xã vào lúc 7 giờ 30
phút sáng thứ Ba ngày 27/7/2027 với sự tham dự của toàn thể cán bộ.
Giao Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã chuẩn bị
hương, hoa, lễ đài, giấy mời đại biểu.

- Tổ chức tọa đàm với thân nhân liệt sĩ, thương binh tiêu biểu vào
ngày 26/7/2027 tại hội trường Ủy ban nhân dân xã; Đoàn Thanh niên
xã chuẩn bị chương trình văn nghệ.

- Vận động các tổ chức, cá nhân ủng hộ Quỹ Đền ơn đáp nghĩa; phấn
đấu huy động đạt và vượt chỉ tiêu được giao, sử dụng quỹ đúng mục
đích, công khai, minh bạch.
"""


def test_an_assignment_after_a_full_stop_inside_a_blank_parted_paragraph_goes_on_with_it():
    # (a full line ends the event's sentence; no blank line parts "Giao …" from it, where blank lines part paragraphs)
    lines = normalise(RawText(_BLANK_PARTED_PLAN, "txt")).split("\n")
    assert "- Lễ dâng hương, viếng Nghĩa trang liệt sĩ xã vào lúc 7 giờ 30 phút sáng thứ Ba ngày 27/7/2027 với sự tham \
dự của toàn thể cán bộ. Giao Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã chuẩn bị hương, hoa, lễ đài, giấy mời \
đại biểu." in lines


_GUTTERED_PLAN = """\
ỦY BAN NHÂN DÂN
XÃ TÂN BÌNH
Số: 15/KH-UBND
KẾ HOẠCH
Tổng vệ sinh môi trường năm 2027

I. NHIỆM VỤ
1. Công an xã chủ trì bảo đảm an ninh trật tự trong các đợt ra quân.
2. Trạm Y tế xã phun thuốc khử khuẩn tại các thôn trước ngày 30/6/2027.
3. Đoàn Thanh niên xã tổ chức ra quân ngày Chủ nhật xanh hằng tháng.
"""


@pytest.mark.parametrize("gutter", ["{n}\t", "{n:>4}  ", "{n} | ", "{n}: "])
def test_a_viewers_line_numbers_copied_with_the_text_go(gutter):
    # (every line opens on its own number in turn: the viewer's gutter, not the plan's labels, which stay)
    lines = _GUTTERED_PLAN.rstrip("\n").split("\n")
    copied = "\n".join(gutter.format(n=n) + line for n, line in enumerate(lines, start=1)) + "\n"
    assert normalise(RawText(copied, "txt")) == normalise(RawText(_GUTTERED_PLAN, "txt"))


@pytest.mark.parametrize("ending", ["Hết.\n", ""])
def test_numbered_paragraphs_are_no_gutter(ending):
    # (a plan written as numbered lines, 1, 2, 3 …, a space after each number, every line of it or with a line that
    # holds none: the plan's own labels)
    text = "1 Rà soát danh sách hộ nghèo.\n" + "".join(f"{n} Nội dung thứ {n}.\n" for n in range(2, 12)) + ending
    assert normalise(RawText(text, "txt")).startswith("1 Rà soát")


def test_a_portals_box_of_related_links_inside_the_text_goes():
    text = ("ỦY BAN NHÂN DÂN\nTỈNH AN HÒA\nSố: 7/KH-UBND\nKẾ HOẠCH\nVận động nhân dân năm 2027\nI. NHIỆM VỤ\n"
            "1. Sở Văn hóa, Thể thao và Du lịch tổ chức ngày hội văn hóa các dân tộc.\n"
            "Tin liên quan\n» Khai mạc Hội chợ xuân 2027\n» Trao giải cuộc thi ảnh đẹp quê hương\n"
            "2. Sở Y tế tổ chức khám bệnh miễn phí cho người cao tuổi.\n")
    lines = normalise(RawText(text, "txt")).split("\n")
    assert not any("liên quan" in line or "»" in line for line in lines)
    assert "2. Sở Y tế tổ chức khám bệnh miễn phí cho người cao tuổi." in lines
    # (the same words without links after them are the text's own; so are a plan's own bullets under such a title)
    plain = text.replace("» ", "- Văn bản: ")
    assert "Tin liên quan" in normalise(RawText(plain, "txt"))
    cited = text.replace("» Khai mạc Hội chợ xuân 2027\n» Trao giải cuộc thi ảnh đẹp quê hương\n",
                         "• Luật Dữ liệu số 60/2024/QH15 ngày 30/11/2024.\n")
    assert "Luật Dữ liệu số 60/2024/QH15 ngày 30/11/2024." in normalise(RawText(cited, "txt"))


def test_a_fax_machines_head_on_each_page_goes_whatever_its_date_form():
    # (the sender's number, the time and the page's count, in capitals: the machine's, not the plan's; the issuer is
    # read from the header under it)
    head = "NOV-03-2026 09:1{n}  FROM: VP UBND TINH AN HOA  +84 200 3850000  TO: 0200 3861111  P.{n}/2"
    text = (head.format(n=1) + "\nỦY BAN NHÂN DÂN\nTỈNH AN HÒA\nSố: 30/KH-UBND\nAn Hòa, ngày 2 tháng 11 năm 2026\n"
            "KẾ HOẠCH\nKhắc phục hậu quả mưa lũ\nI. NHIỆM VỤ\n1. Sở Xây dựng sửa chữa các tuyến đường bị sạt lở.\n"
            + head.format(n=2) + "\n2. Sở Y tế xử lý môi trường sau lũ.\n")
    lines = normalise(RawText(text, "txt")).split("\n")
    assert not any("FROM" in line for line in lines)
    plan = vnplan.extract_text(text)
    assert (plan.document.issuer, plan.document.province) == ("Ủy ban nhân dân tỉnh An Hòa", "An Hòa")


_OFFICE_ACCOUNT_CHAT = """\
Tổ công tác phường An Phú
42 thành viên

Văn phòng UBND phường An Phú
@All Văn phòng gửi Thông báo kết luận, các đơn vị triển khai ngay.
07:59

Văn phòng UBND phường An Phú
ỦY BAN NHÂN DÂN
PHƯỜNG AN PHÚ
Số: 88/TB-UBND
An Phú, ngày 03 tháng 11 năm 2027
THÔNG BÁO
Kết luận của Chủ tịch Ủy ban nhân dân phường về khắc phục hậu quả mưa lớn
1. Giao Phòng Kinh tế, Hạ tầng và Đô thị thống kê thiệt hại trước ngày 06/11/2027.
08:01

Nguyễn Văn Tâm - KP 3
Đã nhận 👍
08:03

Văn phòng UBND phường An Phú
2. Trạm Y tế phường phun khử khuẩn tại các khu phố bị ngập.
08:04

Lê Thị Hoa - Phòng VH-XH
Dạ em nhận ạ
08:06
"""


def test_a_chat_posted_by_an_offices_account_keeps_its_messages_and_drops_the_members_replies():
    # (the poster, named over each of its messages, is an office, not a person: its messages are the document)
    lines = normalise(RawText(_OFFICE_ACCOUNT_CHAT, "txt")).split("\n")
    assert "2. Trạm Y tế phường phun khử khuẩn tại các khu phố bị ngập." in lines
    assert not any("Đã nhận" in line or "em nhận" in line or "Nguyễn Văn Tâm" in line for line in lines)
    assert [task.text for task in vnplan.extract_text(_OFFICE_ACCOUNT_CHAT).tasks] == [
        "Giao Phòng Kinh tế, Hạ tầng và Đô thị thống kê thiệt hại trước ngày 06/11/2027.",
        "Trạm Y tế phường phun khử khuẩn tại các khu phố bị ngập."]


def test_a_scans_letters_misread_in_a_date_written_in_words_are_its_digits():
    text = ("ỦY BAN NHÂN DÂN\nTỈNH AN HÒA\nSố: 12/KH-UBND\nAn Hòa, ngày l5 tháng 0l năm 2027\nKẾ HOẠCH\n"
            "Tuyên truyền năm 2027\nI. NHIỆM VỤ\n1. Sở Y tế tổ chức tập huấn.\n")
    assert vnplan.extract_text(text).document.issued_date == "2027-01-15"


def test_a_scans_pages_fed_out_of_order_stand_in_their_printed_order():
    # (each page opens on the scanning app's mark and its printed number; the marks go; pages in order stay as they are)
    text = ("[Trang 1/3 - anh_01.jpg]\nỦY BAN NHÂN DÂN\nXÃ TÂN LẬP\nSố: 4/KH-UBND\nKẾ HOẠCH\n"
            "Cấp giấy chứng nhận năm 2027\n"
            "I. NHIỆM VỤ\n1. Phòng Kinh tế rà soát hồ sơ.\n"
            "[Trang 2/3 - anh_02.jpg]\n3\n3. Trạm Y tế xã tuyên truyền.\nNơi nhận:\n- Lưu: VT.\n"
            "[Trang 3/3 - anh_03.jpg]\n2\n2. Công an xã xác minh nhân thân.\n")
    lines = normalise(RawText(text, "txt")).split("\n")
    assert [line for line in lines if line[:2] in ("1.", "2.", "3.")] == [
        "1. Phòng Kinh tế rà soát hồ sơ.", "2. Công an xã xác minh nhân thân.", "3. Trạm Y tế xã tuyên truyền."]
    assert not any("Trang" in line for line in lines)
    in_order = text.replace("[Trang 2/3 - anh_02.jpg]\n3\n3. Trạm Y tế xã tuyên truyền.\nNơi nhận:\n- Lưu: VT.\n"
                            "[Trang 3/3 - anh_03.jpg]\n2\n2. Công an xã xác minh nhân thân.\n",
                            "[Trang 2/3 - anh_02.jpg]\n2\n2. Công an xã xác minh nhân thân.\n"
                            "[Trang 3/3 - anh_03.jpg]\n3\n3. Trạm Y tế xã tuyên truyền.\n")
    assert [line for line in normalise(RawText(in_order, "txt")).split("\n") if line[:2] in ("1.", "2.", "3.")] == [
        "1. Phòng Kinh tế rà soát hồ sơ.", "2. Công an xã xác minh nhân thân.", "3. Trạm Y tế xã tuyên truyền."]


def test_a_deadlines_cue_whose_mark_a_scan_lost_is_read():
    plan = vnplan.extract_text(
        "ỦY BAN NHÂN DÂN\nTỈNH AN HÒA\nSố: 3/KH-UBND\nAn Hòa, ngày 1 tháng 2 năm 2027\nKẾ HOẠCH\n"
        "Xác minh tài sản năm 2027\nI. NHIỆM VỤ\n1. Thanh tra tỉnh dự thảo kết luận xác minh, trình Chủ tịch ký "
        "ban hành chậm nhât ngày 31/10/2027.\n")
    assert [task.deadline for task in plan.tasks] == ["2027-10-31"]


def test_an_offices_account_whose_name_a_copy_wrapped_over_two_lines_is_the_same_poster():
    # ("Văn phòng UBND phường" / "An Phú" over one message: the poster's, its section kept)
    wrapped = _OFFICE_ACCOUNT_CHAT.replace("08:03\n\nVăn phòng UBND phường An Phú\n",
                                           "08:03\n\nVăn phòng UBND phường\nAn Phú\n")
    assert [task.text for task in vnplan.extract_text(wrapped).tasks] == [
        "Giao Phòng Kinh tế, Hạ tầng và Đô thị thống kê thiệt hại trước ngày 06/11/2027.",
        "Trạm Y tế phường phun khử khuẩn tại các khu phố bị ngập."]


def test_a_posts_marked_headings_in_capitals_keep_their_words_and_divide_it():
    """ "🎯 CHỈ TIÊU", "📌 PHÂN CÔNG NHIỆM VỤ", "📩 CHẾ ĐỘ BÁO CÁO": the post's headings, no bullets; its ticked lines
    stay its marks. The headings then divide the post into parts as capitals on their own lines do, a labelled line
    before them counting as the content they stand between."""
    raw = ("Hội Nông dân tỉnh Bình Sơn\n\n📣📣 KẾ HOẠCH HỖ TRỢ NÔNG DÂN BÁN HÀNG TRỰC TUYẾN NĂM 2027\n\n"
           "Ngày 03/3/2027, Hội Nông dân tỉnh Bình Sơn ban hành Kế hoạch số 41-KH/HNDT về hỗ trợ nông dân bán hàng "
           "trực tuyến năm 2027.\n"
           "📅 Thời gian: từ tháng 3 đến tháng 11/2027\n🎯 CHỈ TIÊU\n✅ Tập huấn cho ít nhất 1.200 hội viên;\n"
           "✅ Đưa 150 sản phẩm lên sàn thương mại điện tử;\n📌 PHÂN CÔNG NHIỆM VỤ\n1️⃣ Hội Nông dân các xã, phường\n"
           "👉 Lập danh sách hội viên tham gia tập huấn trước ngày 15/4/2027.\n"
           "👉 Phối hợp với Bưu điện tỉnh hướng dẫn hội viên đóng gói, giao hàng.\n"
           "2️⃣ Trung tâm Hỗ trợ nông dân tỉnh\n👉 Mở 10 lớp tập huấn kỹ năng bán hàng trên mạng xã hội.\n"
           "📩 CHẾ ĐỘ BÁO CÁO\nHội Nông dân các xã báo cáo kết quả về Hội Nông dân tỉnh trước ngày 25 hằng tháng.\n")
    lines = [line for line in normalise(RawText(raw, "txt")).split("\n") if line]
    assert "CHỈ TIÊU" in lines and "PHÂN CÔNG NHIỆM VỤ" in lines and "CHẾ ĐỘ BÁO CÁO" in lines
    assert "- Tập huấn cho ít nhất 1.200 hội viên;" in lines
    plan = vnplan.extract_text(raw)
    assert [t.lead for t in plan.tasks] == [["Hội Nông dân các xã, phường"]] * 2 + [["Trung tâm Hỗ trợ nông dân tỉnh"]]
    assert {(t.min, t.unit) for t in plan.targets} >= {(1200.0, "hội viên"), (150.0, "sản phẩm")}
    assert (plan.document.number, plan.document.issued_date) == ("41-KH/HNDT", "2027-03-03")


def test_a_bodys_name_misread_in_its_marks_is_spelt_as_the_vocabulary_spells_it():
    """A scan's slips in the words of a body's name ("Hạt Kiếm lâm", "Trạm Y tê", "Hạ tằng và Đô thi"): the field's
    marks as the vocabulary has them, so the name is the body's; a place's name ("xã Vạn Hòa", "Khánh Hòa và …"), words
    that only look like a name's across a comma ("Bộ, phấn đấu": no "Bộ phận"), a name right as written ("Hải quân")
    and words typed without marks stay as written."""
    raw = ("1. Hạt Kiếm lâm khu vực Sơn Tây chủ trì tuần tra rừng.\n2. Trạm Y tê xã lấy mẫu thực phẩm.\n"
           "3. Phòng Kinh tế, Hạ tằng và Đô thi thẩm định hồ sơ.\n4. Ủy ban nhân dân xã Vạn Hòa phối hợp với Viễn "
           "thông Bình Hòa và Đài Phát thanh.\n5. Phong Kinh te tong hop.\n"
           "6. Theo chỉ đạo của Bộ, phấn đấu hoàn thành sớm.\n7. Bộ Tư lệnh Hải quân phối hợp.\n")
    lines = normalise(RawText(raw, "txt")).split("\n")
    assert lines[:7] == ["1. Hạt Kiểm lâm khu vực Sơn Tây chủ trì tuần tra rừng.", "2. Trạm Y tế xã lấy mẫu thực phẩm.",
                         "3. Phòng Kinh tế, Hạ tầng và Đô thị thẩm định hồ sơ.",
                         "4. Ủy ban nhân dân xã Vạn Hòa phối hợp với Viễn thông Bình Hòa và Đài Phát thanh.",
                         "5. Phong Kinh te tong hop.", "6. Theo chỉ đạo của Bộ, phấn đấu hoàn thành sớm.",
                         "7. Bộ Tư lệnh Hải quân phối hợp."]


def test_a_picture_alone_before_a_lines_words_decorates_it():
    """In a chat with only a picture or two before its lines ("📌 Thực hiện …", "🎯 Chỉ tiêu: 100% …"), the pictures
    go and the words stay: "Chỉ tiêu:" then heads its figures as written, no task of the item above it."""
    raw = ("Nhóm điều hành phường Bình An\n👍 12\n❤️ 3\n📌 Thực hiện Kế hoạch số 40/KH-UBND, em gửi các nội dung chính:\n"
           "1. Trạm Y tế phường kiểm tra các bếp ăn tập thể trước ngày 15/02/2027.\n"
           "2. Phòng VHXH tổng hợp, báo cáo UBND phường trước ngày 05/3/2027.\n"
           "🎯 Chỉ tiêu: 100% bếp ăn tập thể trên địa bàn được kiểm tra.\n")
    lines = normalise(RawText(raw, "txt")).split("\n")
    assert "Chỉ tiêu: 100% bếp ăn tập thể trên địa bàn được kiểm tra." in lines
    assert any(line.startswith("Thực hiện Kế hoạch số 40/KH-UBND") for line in lines)


def test_a_replys_own_words_written_inside_the_quoted_plan_are_not_the_plans():
    mail = """Chào chị, em trả lời từng mục bên dưới.

> ỦY BAN NHÂN DÂN XÃ AN PHÚ
> Số: 14/KH-UBND
> KẾ HOẠCH
> Tổng vệ sinh môi trường năm 2027
> II. NHIỆM VỤ
> 1. Các thôn tổ chức ra quân tổng vệ sinh vào sáng Chủ nhật cuối tháng, bắt đầu từ tháng 3/2027; vận động
hộ gia đình phân loại rác tại nguồn.

=> Thôn Đông: đã họp dân tối thứ Hai, ra quân ngày 28/3.

> 2. Công chức Nông nghiệp - Môi trường xã kiểm tra việc thu gom rác tại các thôn, báo cáo trước ngày 30/4/2027.
"""
    lines = normalise(RawText(mail, "txt")).split("\n")
    assert "=> Thôn Đông: đã họp dân tối thứ Hai, ra quân ngày 28/3." not in lines
    assert any(line.endswith("vận động hộ gia đình phân loại rác tại nguồn.") for line in lines)


def test_a_syllable_cut_at_a_lines_end_is_one_again_two_words_a_hyphen_joins_stay_two():
    text = ("1. Công an xã bảo vệ tuy-\nệt đối an toàn các mục tiêu; hoàn thành phương án trư-\n"
            "ớc ngày 15/01/2027; bảo đảm phát triển kinh tế-\nxã hội và cân đối thu-\nchi ngân sách.\n")
    line = normalise(RawText(text, "txt")).strip()
    assert "tuyệt đối" in line and "trước ngày 15/01/2027" in line
    assert "kinh tế- xã hội" in line and "thu- chi" in line


def test_a_labelled_heading_typed_with_its_letters_spaced_apart_is_that_heading():
    text = "I. M Ụ C  Đ Í C H ,  Y Ê U  C Ầ U\n1. Bảo đảm an toàn.\nII. N H I Ệ M  V Ụ  C Ụ  T H Ể\n"
    assert normalise(RawText(text, "txt")).split("\n")[:3] == [
        "I. MỤC ĐÍCH, YÊU CẦU", "1. Bảo đảm an toàn.", "II. NHIỆM VỤ CỤ THỂ"]


def test_a_wrap_at_the_dash_of_a_compound_is_no_bullet():
    """ "… các tổ chức chính trị" / "- xã hội: Tăng cường …": the dash joins one compound the wrap cut, no list opens
    there; a dash list after a colon stays a list."""
    raw = ("   7. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị\n"
           "   - xã hội: Tăng cường tuyên truyền, vận động đoàn viên tham gia bảo vệ\n"
           "   rừng; giám sát việc thực hiện ở cơ sở.\n"
           "   8. Sở Tài chính bố trí kinh phí thực hiện các nội dung sau:\n"
           "   - xã hội hóa nguồn lực cho công tác bảo vệ rừng;\n")
    lines = normalise(RawText(raw, "txt", wrapped=True)).splitlines()
    assert "7. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội: Tăng cường tuyên " \
           "truyền, vận động đoàn viên tham gia bảo vệ rừng; giám sát việc thực hiện ở cơ sở." in lines
    assert "- xã hội hóa nguồn lực cho công tác bảo vệ rừng;" in lines


@pytest.mark.parametrize("mark", ["\uf0b7", "\uf0a7", "\uf076"])
def test_a_word_lists_symbol_font_bullet_is_a_bullet(mark):
    """Word draws a list's bullet from the Symbol or Wingdings font; a copy keeps the font's private-use character."""
    raw = (f"II. NHIỆM VỤ\n1. Công an tỉnh:\n{mark} Tổ chức tuần tra các tuyến đường trọng điểm.\n"
           f"{mark}\tKiểm tra việc chấp hành quy định về phòng cháy.\n")
    lines = normalise(RawText(raw, "txt")).splitlines()
    assert lines[-2:] == ["- Tổ chức tuần tra các tuyến đường trọng điểm.",
                          "- Kiểm tra việc chấp hành quy định về phòng cháy."]


def test_a_pages_number_glued_before_the_form_feed_stands_apart():
    """A slide deck's text layer ends each slide on its number with no line break before the form feed: "3\\fII. CHỈ
    TIÊU" is page 3's number, then the next slide's heading with its own label."""
    raw = ("HƯỚNG DẪN\nHuấn luyện dân quân năm 2027\n1\fI. MỤC ĐÍCH\n- Nâng cao chất lượng huấn luyện\n"
           "2\fII. CHỈ TIÊU NĂM 2027\n- 100% dân quân được huấn luyện\n3\fIII. NHIỆM VỤ\n- Tổ chức huấn luyện\n4")
    lines = normalise(RawText(raw, "txt")).splitlines()
    assert "II. CHỈ TIÊU NĂM 2027" in lines and "III. NHIỆM VỤ" in lines


def test_a_lower_case_dash_item_after_a_word_that_opens_a_compound_stays_an_item():
    """Only "chính trị" / "kinh tế" then "- xã hội" is a compound the wrap cut: "… thi đua" / "- khen thưởng …" and
    "- xã hội hóa …" open items."""
    raw = ("1. Văn phòng UBND xã tham mưu tổ chức phong trào thi đua\n"
           "- khen thưởng kịp thời các tập thể, cá nhân có thành tích;\n"
           "2. Phòng Kinh tế phát triển kinh tế\n- xã hội hóa nguồn lực đầu tư;\n")
    lines = normalise(RawText(raw, "txt", wrapped=True)).splitlines()
    assert "- khen thưởng kịp thời các tập thể, cá nhân có thành tích;" in lines
    assert "- xã hội hóa nguồn lực đầu tư;" in lines


def test_a_line_opening_on_a_digit_of_another_script_after_a_date_word_is_read_without_error():
    # "①" is a digit to Python's str.isdigit, none to a date's pattern: the line after "… năm" is its own item
    raw = "Ban hành Chỉ thị này trong năm\n① Tổ chức tuyên truyền phòng, chống đuối nước cho trẻ em\nở các xã.\n"
    assert "① Tổ chức tuyên truyền" in normalise(RawText(raw, "txt"))
