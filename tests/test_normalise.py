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


def test_glued_heading_is_split_again():
    raw = "4. Khoa học\n4.1. Sở Khoa học và Công nghệ:\n- Thực hiện đề án năm 20245. Nhiệm vụ về văn hóa - xã hội\n5.1. Sở Y tế:\n- Làm tốt.\n"
    lines = normalise(RawText(raw, "txt", wrapped=False)).splitlines()
    assert "- Thực hiện đề án năm 2024" in lines
    assert "5. Nhiệm vụ về văn hóa - xã hội" in lines
