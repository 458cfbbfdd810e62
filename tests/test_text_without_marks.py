"""Plans typed without their marks (a chat message, an SMS, a copy whose font lost them), on text of our own.

The extraction reads them with the vocabulary's marks put back (`vnplan.marks`): the bodies it names are named in full,
with their marks; what it quotes, it quotes as printed.
"""
import textwrap

import vnplan
from vnplan.marks import printer, with_marks

UNMARKED = textwrap.dedent("""\
    UY BAN NHAN DAN
    XA SUOI LAU
    So: 41/KH-UBND
    CONG HOA XA HOI CHU NGHIA VIET NAM
    Doc lap - Tu do - Hanh phuc
    Suoi Lau, ngay 09 thang 3 nam 2027

    KE HOACH
    Nao vet kenh muong noi dong truoc mua mua nam 2027

    I. MUC TIEU
    Phan dau nao vet it nhat 12 km kenh muong noi dong truoc ngay 30/4/2027.

    II. NHIEM VU
    1. Phong Kinh te chu tri, phoi hop voi Hoi Nong dan xa ra soat cac tuyen kenh bi boi lap; hoan thanh truoc ngay
    20/3/2027.
    2. Cong an xa bao dam an ninh, trat tu tai cac diem thi cong.
    3. Truong cac thon van dong Nhan dan gop ngay cong lao dong.

    III. TO CHUC THUC HIEN
    Phong Kinh te tong hop ket qua, bao cao UBND xa truoc ngay 25 hang thang.

    TM. UY BAN NHAN DAN
    KT. CHU TICH
    PHO CHU TICH

    Ha Van Tuan
    """)


def test_a_plan_typed_without_marks_is_read_as_one_with_them():
    plan = vnplan.extract_text(UNMARKED)
    assert (plan.document.number, plan.document.type, plan.document.issued_date) == (
        "41/KH-UBND", "Kế hoạch", "2027-03-09")
    first = plan.tasks[0]
    assert first.lead == ["Phòng Kinh tế"] and first.coordinators == ["Hội Nông dân xã"]
    assert first.deadline == "2027-03-20"
    assert [(target.min, target.unit) for target in plan.targets] == [(12, "km")]
    assert [(duty.frequency, duty.due) for duty in plan.reporting] == [("monthly", "---25")]


def test_what_a_plan_without_marks_quotes_it_quotes_as_printed():
    plan = vnplan.extract_text(UNMARKED)
    assert plan.tasks[1].text == "Cong an xa bao dam an ninh, trat tu tai cac diem thi cong."
    assert plan.document.title == "Nao vet kenh muong noi dong truoc mua mua nam 2027"
    assert "UY BAN NHAN DAN" in plan.text and "ỦY BAN" not in plan.text  # (the plan's text as printed, not as read)


def test_the_marks_come_back_on_the_vocabulary_only_and_the_text_keeps_its_length():
    line = "So Tai chinh chu tri, phoi hop voi Doi Quan ly thi truong so 3 ra soat truoc ngay 15 thang 5 nam 2027."
    marked = with_marks(line)
    assert len(marked) == len(line)
    # (a name's own words the vocabulary does not know stay as typed)
    assert marked.startswith("Sở Tài chính chủ trì, phối hợp với Đội Quản lý thi truong")
    assert "trước ngày 15 tháng 5 năm 2027" in marked
    # (a word the vocabulary spells two ways keeps its plain letters: "so 3" may be "số 3" or "sở")
    # (a place's name is none of the vocabulary's)
    assert with_marks("Nghe An, ngay 12; chu tri: So Y te") == "Nghe An, ngày 12; chủ trì: Sở Y tế"


def test_a_marked_text_an_english_line_and_an_address_are_left_as_they_are():
    marked = "Sở Y tế chủ trì, phối hợp với các đơn vị liên quan."
    assert with_marks(marked) is marked
    english = "Sở Y tế chủ trì.\nThe Department of Health leads the project in phase two.\n"
    assert with_marks(english) is english
    address = "Xem https://example.gov.vn/van-ban/ke-hoach-so-12 va bao cao UBND tinh truoc ngay 10 hang thang.\n"
    assert "/van-ban/ke-hoach-so-12" in with_marks(address)


def test_a_quote_of_two_lines_joined_is_printed_from_its_lines():
    text = "Ke hoach phong chong\ndich benh nam 2027"
    marked = with_marks(text + "\n" + "So Y te chu tri, phoi hop voi cac don vi.")
    printed = printer(marked, text + "\n" + "So Y te chu tri, phoi hop voi cac don vi.")
    assert printed(marked.split("\n")[0] + " " + marked.split("\n")[1]) == "Ke hoach phong chong dich benh nam 2027"


def test_a_copy_that_lost_only_its_tones_gets_them_back_where_its_vowels_marks_allow():
    line = "Phong Chuyên đôi sô chu tri, phôi hơp vơi Sơ Giao duc va Đao tao tô chưc tâp huân."
    marked = with_marks(line)
    assert marked.startswith("Phòng")
    assert "chủ trì, phối hợp với Sở Giáo dục và Đào tạo" in marked
    # (a vowel's own mark the word was written with decides: "Sơ 3" is no "Số 3", as "So 3" would be)
    assert with_marks("Sơ 3 chu tri, phoi hop voi cac don vi").startswith("Sơ 3 chủ trì")
    assert with_marks("So 3 chu tri, phoi hop voi cac don vi").startswith("Số 3 chủ trì")


def test_a_person_or_a_place_after_an_honorific_or_a_level_is_no_body():
    marked = with_marks("UBND thanh pho Quy Nhon chu tri, phoi hop voi Ba Truong Thi Lan va Ong Vu Van Nam")
    assert "thành phố Quy Nhon" in marked and "Ba Truong" in marked and "Ong Vu" in marked


def test_a_slip_in_a_line_with_its_marks_is_still_mended():
    plan = vnplan.extract_text(textwrap.dedent("""\
        ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH MỚI
        Số: 77/KH-UBND                              Hòa Bình Mới, ngày 02 tháng 3 năm 2027
        KẾ HOẠCH
        Chuyển đổi số năm 2027
        I. NHIỆM VỤ
        1. Sở Khoa học và Công nghệ chủ trì, phoi hop với Sở Nội vụ rà soát; hoàn thành truoc ngày 30/6/2027.
        """))
    assert (plan.tasks[0].coordinators, plan.tasks[0].deadline) == (["Sở Nội vụ"], "2027-06-30")
