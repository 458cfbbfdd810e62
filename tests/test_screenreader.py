"""A portal's page captured as a screen reader's speech (NVDA's Speech Viewer, JAWS's speech history), in its
Vietnamese or English voice, reads as the lines the page shows, without the portal's frame."""
import time

import pytest

import vnplan
from vnplan.normalise import normalise
from vnplan.read import RawText
from vnplan.screenreader import looks_like_screen_reader_speech, screen_reader_speech_as_text

# NVDA in Vietnamese, a cell a line (as say-all speaks a table): the title, a skip link, the portal's banner, search
# and menu, a breadcrumb inside the main text, a header table, a task table with its column headers spoken before
# each column's number, an empty cell, a link inside a sentence, the signature table and the footer.
_VIETNAMESE = """Kế hoạch tiêm chủng mở rộng năm 2027 - Trung tâm Y tế huyện Tân Phước - Microsoft\u200b Edge
liên kết  Bỏ qua đến nội dung chính
vùng mốc biểu ngữ
liên kết  hình ảnh  Biểu trưng Trung tâm Y tế huyện Tân Phước
vùng mốc tìm kiếm
ô nhập  Nhập từ khóa
nút  Tìm kiếm
vùng mốc điều hướng
danh sách  có 3 mục
liên kết  Trang chủ
liên kết đã truy cập  Văn bản
liên kết  Hỏi đáp
hết danh sách
vùng mốc chính
Đường dẫn  vùng mốc điều hướng  danh sách  có 2 mục
liên kết  Trang chủ
liên kết  Kế hoạch tiêm chủng
hết danh sách
tiêu đề  mức 1  Kế hoạch tiêm chủng mở rộng năm 2027
Lượt xem: 312
bảng  có 2 hàng và 2 cột
hàng 1  cột 1  TRUNG TÂM Y TẾ HUYỆN TÂN PHƯỚC
cột 2  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM  Độc lập - Tự do - Hạnh phúc
hàng 2  cột 1  Số: 58/KH-TTYT
cột 2  Tân Phước, ngày 06 tháng 01 năm 2027
hết bảng
tiêu đề  mức 2  KẾ HOẠCH
tiêu đề  mức 3  Triển khai tiêm chủng mở rộng trên địa bàn huyện năm 2027
Căn cứ Quyết định số 1575/QĐ-BYT ngày 27/3/2023 của Bộ Y tế về việc ban hành Kế hoạch tiêm chủng mở rộng giai đoạn 2023 - 2025;
tiêu đề  mức 4  I. MỤC TIÊU
danh sách  có 2 mục
dấu đầu dòng  Tỷ lệ trẻ dưới 1 tuổi được tiêm chủng đầy đủ đạt ít nhất 95%.
dấu đầu dòng  Không để xảy ra dịch sởi trên địa bàn.
hết danh sách
tiêu đề  mức 4  II. NHIỆM VỤ
bảng  có 4 hàng và 5 cột
hàng 1  cột 1  TT
cột 2  Nội dung
cột 3  Đơn vị chủ trì
cột 4  Đơn vị phối hợp
cột 5  Thời hạn
hàng 2  TT  cột 1  1
Nội dung  cột 2  Rà soát, lập danh sách trẻ trong độ tuổi tiêm chủng  theo từng thôn, ấp
Đơn vị chủ trì  cột 3  Khoa Kiểm soát bệnh tật
Đơn vị phối hợp  cột 4  Trạm Y tế các xã
Thời hạn  cột 5  Tháng 02/2027
hàng 3  TT  cột 1  2
Nội dung  cột 2  Tổ chức tiêm vắc xin sởi - rubella bổ sung cho trẻ chưa tiêm đủ mũi
Đơn vị chủ trì  cột 3  Trạm Y tế các xã
Đơn vị phối hợp  cột 4  trống
Thời hạn  cột 5  Quý II/2027
hàng 4  TT  cột 1  3
Nội dung  cột 2  Báo cáo kết quả tiêm chủng mở rộng năm 2027 về Sở Y tế
Đơn vị chủ trì  cột 3  Phòng Kế hoạch - Nghiệp vụ
Đơn vị phối hợp  cột 4  Khoa Kiểm soát bệnh tật
Thời hạn  cột 5  Trước ngày 15/12/2027
hết bảng
tiêu đề  mức 4  III. TỔ CHỨC THỰC HIỆN
danh sách  có 2 mục
1.  Phòng Tài chính - Kế toán bố trí kinh phí thực hiện Kế hoạch theo  liên kết  Phụ lục  , bảo đảm kịp thời.
2.  Đề nghị Ủy ban nhân dân các xã phối hợp tuyên truyền, vận động người dân đưa trẻ đi tiêm chủng đúng lịch.
hết danh sách
bảng  có 1 hàng và 2 cột
hàng 1  cột 1  Nơi nhận:  - Sở Y tế (b/c);  - Lưu: VT, KHNV.
cột 2  GIÁM ĐỐC  (Đã ký)  Lê Thị Hồng Nhung
hết bảng
liên kết  In trang
vùng mốc thông tin trang
danh sách  có 2 mục
liên kết  Giới thiệu
liên kết  Liên hệ
hết danh sách
Trung tâm Y tế huyện Tân Phước. Địa chỉ: số 10 đường Lê Lợi.
"""

# NVDA in English, a table row a line (as browse mode reads one, each column's header spoken before its number), and
# announcements on the line of the words after them.
_ENGLISH = """Kế hoạch phòng, chống thiên tai năm 2027 — Mozilla Firefox
banner landmark  link  graphic  Cổng thông tin xã Phú Lâm
navigation landmark  list  with 3 items  link  Trang chủ
visited link  Tin tức
link  Văn bản
out of list
main landmark
heading  level 1  Kế hoạch phòng, chống thiên tai năm 2027
table  with 2 rows and 2 columns  row 1  column 1  ỦY BAN NHÂN DÂN XÃ PHÚ LÂM
column 2  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM  Độc lập - Tự do - Hạnh phúc
row 2  column 1  Số: 27/KH-UBND
column 2  Phú Lâm, ngày 20 tháng 02 năm 2027
out of table  heading  level 2  KẾ HOẠCH
heading  level 3  Phòng, chống thiên tai và tìm kiếm cứu nạn năm 2027
heading  level 4  I. MỤC TIÊU
list  with 1 item
bullet  Bảo đảm 100% hộ dân vùng trũng thấp được sơ tán an toàn khi có bão.
out of list
heading  level 4  II. NHIỆM VỤ
table  with 3 rows and 5 columns
row 1  column 1  STT  column 2  Nội dung  column 3  Chủ trì  column 4  Phối hợp  column 5  Thời gian
row 2  STT  column 1  1  Nội dung  column 2  clickable  Diễn tập phương án sơ tán dân khỏi vùng trũng thấp  Chủ trì  column 3  Công an xã  Phối hợp  column 4  Ban Chỉ huy Quân sự xã  Thời gian  column 5  Tháng 6/2027
row 3  STT  column 1  2  Nội dung  column 2  Tổng hợp, báo cáo thiệt hại sau mỗi đợt thiên tai  Chủ trì  column 3  Văn phòng Ủy ban nhân dân xã  Phối hợp  column 4  blank  Thời gian  column 5  Trước ngày 30/11/2027
out of table
heading  level 4  III. TỔ CHỨC THỰC HIỆN
list  with 1 item  1.  Đề nghị Trạm Y tế xã chuẩn bị cơ số thuốc phục vụ cứu thương trước ngày 31/5/2027.
out of list  table  with 1 row and 2 columns  row 1  column 1  Nơi nhận:  - Như trên;  - Lưu: VT.
column 2  TM. ỦY BAN NHÂN DÂN  CHỦ TỊCH  Nguyễn Văn Khoa
out of table
content info landmark  Bản quyền thuộc Ủy ban nhân dân xã Phú Lâm
link  Về đầu trang
"""


def _lines(speech: str) -> list[str]:
    return [line for line in screen_reader_speech_as_text(speech).split("\n") if line]


def test_a_vietnamese_voice_reads_as_the_page_without_its_frame():
    assert looks_like_screen_reader_speech(_VIETNAMESE)
    lines = _lines(_VIETNAMESE)
    assert lines[:4] == ["Kế hoạch tiêm chủng mở rộng năm 2027", "Lượt xem: 312",
                         "| TRUNG TÂM Y TẾ HUYỆN TÂN PHƯỚC | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - "
                         "Hạnh phúc |",
                         "| Số: 58/KH-TTYT | Tân Phước, ngày 06 tháng 01 năm 2027 |"]
    start = lines.index("I. MỤC TIÊU")
    assert lines[start:start + 9] == [
        "I. MỤC TIÊU", "- Tỷ lệ trẻ dưới 1 tuổi được tiêm chủng đầy đủ đạt ít nhất 95%.",
        "- Không để xảy ra dịch sởi trên địa bàn.", "II. NHIỆM VỤ",
        "| TT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời hạn |",
        "| 1 | Rà soát, lập danh sách trẻ trong độ tuổi tiêm chủng theo từng thôn, ấp | Khoa Kiểm soát bệnh tật | "
        "Trạm Y tế các xã | Tháng 02/2027 |",
        "| 2 | Tổ chức tiêm vắc xin sởi - rubella bổ sung cho trẻ chưa tiêm đủ mũi | Trạm Y tế các xã |  | "
        "Quý II/2027 |",
        "| 3 | Báo cáo kết quả tiêm chủng mở rộng năm 2027 về Sở Y tế | Phòng Kế hoạch - Nghiệp vụ | "
        "Khoa Kiểm soát bệnh tật | Trước ngày 15/12/2027 |",
        "III. TỔ CHỨC THỰC HIỆN"]
    # a numbered item keeps its number; a link inside a sentence leaves its words in place
    assert "1. Phòng Tài chính - Kế toán bố trí kinh phí thực hiện Kế hoạch theo Phụ lục, bảo đảm kịp thời." in lines
    assert lines[-2:] == ["| Nơi nhận: - Sở Y tế (b/c); - Lưu: VT, KHNV. | GIÁM ĐỐC (Đã ký) Lê Thị Hồng Nhung |",
                          "In trang"]
    text = "\n".join(lines)
    for frame in ("Google", "Edge", "Bỏ qua", "Biểu trưng", "Nhập từ khóa", "Tìm kiếm", "Trang chủ", "Hỏi đáp",
                  "Đường dẫn", "Giới thiệu", "Địa chỉ", "liên kết", "vùng mốc", "tiêu đề", "danh sách  ", "hàng",
                  "cột", "trống", "mức"):
        assert frame not in text


def test_a_vietnamese_voice_gives_its_plan():
    result = vnplan.extract_text(_VIETNAMESE)
    document = result.document
    assert (document.number, document.type, document.issued_date) == ("58/KH-TTYT", "Kế hoạch", "2027-01-06")
    assert document.title == "Triển khai tiêm chủng mở rộng trên địa bàn huyện năm 2027"
    assert (document.signer, document.signer_title) == ("Lê Thị Hồng Nhung", "Giám đốc")
    rows = sorted((t.text[:25], t.lead, t.coordinators, t.deadline) for t in result.tasks)
    assert rows == [
        ("Báo cáo kết quả tiêm chủn", ["Phòng Kế hoạch - Nghiệp vụ"], ["Khoa Kiểm soát bệnh tật"], "2027-12-15"),
        ("Phòng Tài chính - Kế toán", ["Phòng Tài chính - Kế toán"], [], None),
        ("Rà soát, lập danh sách tr", ["Khoa Kiểm soát bệnh tật"], ["Trạm Y tế các xã"], "2027-02-28"),
        ("Tổ chức tiêm vắc xin sởi ", ["Trạm Y tế các xã"], [], "2027-06-30"),
        ("Đề nghị Ủy ban nhân dân c", ["Ủy ban nhân dân các xã"], [], None)]
    assert [(t.min, t.unit) for t in result.targets] == [(95, "%")]
    assert [r.number for r in result.references] == ["1575/QĐ-BYT"]


def test_an_english_voice_reading_a_row_a_line_reads_as_the_page():
    assert looks_like_screen_reader_speech(_ENGLISH)
    lines = _lines(_ENGLISH)
    assert lines == [
        "Kế hoạch phòng, chống thiên tai năm 2027",
        "| ỦY BAN NHÂN DÂN XÃ PHÚ LÂM | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc |",
        "| Số: 27/KH-UBND | Phú Lâm, ngày 20 tháng 02 năm 2027 |",
        "KẾ HOẠCH", "Phòng, chống thiên tai và tìm kiếm cứu nạn năm 2027", "I. MỤC TIÊU",
        "- Bảo đảm 100% hộ dân vùng trũng thấp được sơ tán an toàn khi có bão.", "II. NHIỆM VỤ",
        "| STT | Nội dung | Chủ trì | Phối hợp | Thời gian |",
        "| 1 | Diễn tập phương án sơ tán dân khỏi vùng trũng thấp | Công an xã | Ban Chỉ huy Quân sự xã | "
        "Tháng 6/2027 |",
        "| 2 | Tổng hợp, báo cáo thiệt hại sau mỗi đợt thiên tai | Văn phòng Ủy ban nhân dân xã |  | "
        "Trước ngày 30/11/2027 |",
        "III. TỔ CHỨC THỰC HIỆN",
        "1. Đề nghị Trạm Y tế xã chuẩn bị cơ số thuốc phục vụ cứu thương trước ngày 31/5/2027.",
        "| Nơi nhận: - Như trên; - Lưu: VT. | TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Nguyễn Văn Khoa |"]


def test_an_english_voice_gives_its_plan():
    result = vnplan.extract_text(_ENGLISH)
    document = result.document
    assert (document.number, document.type, document.issuer) == ("27/KH-UBND", "Kế hoạch", "Ủy ban nhân dân xã Phú Lâm")
    assert (document.title, document.signer) == ("Phòng, chống thiên tai và tìm kiếm cứu nạn năm 2027",
                                                 "Nguyễn Văn Khoa")
    rows = sorted((t.text[:25], t.lead, t.coordinators, t.deadline) for t in result.tasks)
    assert rows == [
        ("Diễn tập phương án sơ tán", ["Công an xã"], ["Ban Chỉ huy Quân sự xã"], "2027-06-30"),
        ("Tổng hợp, báo cáo thiệt h", ["Văn phòng Ủy ban nhân dân xã"], [], "2027-11-30"),
        ("Đề nghị Trạm Y tế xã chuẩ", ["Trạm Y tế xã"], [], "2027-05-31")]
    assert [(t.min, t.unit) for t in result.targets] == [(100, "%")]


def test_the_hook_in_normalise_reads_the_speech_before_anything_else():
    text = normalise(RawText(_VIETNAMESE, "txt"))
    assert "| TT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời hạn |" in text
    assert "vùng mốc" not in text and "Trang chủ" not in text


def test_other_readers_phrasings_one_string_each():
    # JAWS's speech history: "heading level 2", "list of 2 items", "row 2 column 1" each one string, its ends
    # "list end", "table end", "… region end"; a table's caption between its word and its size; a column spanned.
    speech = """Kế hoạch - Google Chrome
main region
heading level 2  II. NHIỆM VỤ
list of 2 items
bullet  Sở Tài chính bố trí kinh phí.
bullet  Sở Nội vụ hướng dẫn thực hiện.
list end
table  Phân công  with 3 columns and 2 rows
row 1 column 1  TT
column 2 through 3  Nội dung
row 2 column 1  1
column 2  Kiểm tra hồ sơ
column 3  Sở Tư pháp
table end
complementary region
Tin liên quan
complementary region end
Trong quá trình thực hiện, các đơn vị báo cáo về Sở Nội vụ.
"""
    assert looks_like_screen_reader_speech(speech)
    assert _lines(speech) == ["II. NHIỆM VỤ", "- Sở Tài chính bố trí kinh phí.", "- Sở Nội vụ hướng dẫn thực hiện.",
                              "Phân công", "| TT | Nội dung |  |", "| 1 | Kiểm tra hồ sơ | Sở Tư pháp |",
                              "Trong quá trình thực hiện, các đơn vị báo cáo về Sở Nội vụ."]


def test_cells_spoken_without_their_column_a_cells_list_and_a_table_in_a_cell():
    speech = """vùng mốc chính
bảng  có 3 hàng và 1 cột
Nhiệm vụ  hàng 1  cột 1  Rà soát văn bản
hàng 2  Tập huấn nghiệp vụ  danh sách  có 2 mục  dấu đầu dòng  cấp huyện;
dấu đầu dòng  cấp xã.
hết danh sách
hàng 3  bảng  có 1 hàng và 2 cột  hàng 1  cột 1  Quý I
cột 2  Quý III
hết bảng
hết bảng  Các đơn vị chủ động thực hiện.
bảng  có 2 hàng và 3 cột
hàng 1  cột 1  TT
cột 3  Ghi chú
hàng 2  cột 1  1
cột 2  Đoạn thứ nhất của ô
Đoạn thứ hai của ô | có gạch đứng
"""
    # the row's header spoken before its number goes; a row whose column did not change holds the words after its
    # number; a list in a cell and a table in a cell are the cell's words; an unspoken cell is empty; a cell's
    # paragraphs on the lines after it are its words; a table cut off at the log's end still gives its rows
    assert _lines(speech) == ["| Rà soát văn bản |", "| Tập huấn nghiệp vụ - cấp huyện; - cấp xã. |",
                              "| Quý I Quý III |", "Các đơn vị chủ động thực hiện.", "| TT |  | Ghi chú |",
                              "| 1 | Đoạn thứ nhất của ô Đoạn thứ hai của ô / có gạch đứng |  |"]


def test_landmarks_inside_the_main_text_end_with_their_list_or_last_to_the_next_landmark():
    speech = """vùng mốc chính
vùng mốc điều hướng  danh sách  có 2 mục  liên kết  Trang chủ
liên kết  Văn bản
hết danh sách
tiêu đề  mức 1  Kế hoạch số 12/KH-UBND
vùng mốc bổ sung
tiêu đề  mức 2  Văn bản cùng chuyên mục
danh sách  có 1 mục
liên kết  Kế hoạch số 3/KH-UBND
hết danh sách
Vẫn trong khung bên.
vùng mốc chính
Đoạn cuối của văn bản.
vùng mốc thông tin trang  danh sách  có 1 mục
liên kết  Liên hệ
hết danh sách
Bản quyền của cổng thông tin.
"""
    assert _lines(speech) == ["Kế hoạch số 12/KH-UBND", "Đoạn cuối của văn bản."]


def test_without_a_main_landmark_the_whole_page_is_read_less_its_announcements():
    speech = """Thông báo - Cốc Cốc
vùng mốc biểu ngữ
tiêu đề  mức 2  SỞ Y TẾ TỈNH AN PHÚ
nút  Đăng nhập
tiêu đề  mức 1  Thông báo lịch tiêm chủng
Trung tâm Y tế các huyện tổ chức tiêm bổ sung trước ngày 30/6.
vùng mốc thông tin trang
Sở Y tế tỉnh An Phú
"""
    assert _lines(speech) == ["SỞ Y TẾ TỈNH AN PHÚ", "Thông báo lịch tiêm chủng",
                              "Trung tâm Y tế các huyện tổ chức tiêm bổ sung trước ngày 30/6.", "Sở Y tế tỉnh An Phú"]


def test_a_pages_own_words_that_hold_the_readers_vocabulary_stay_words():
    speech = """vùng mốc chính
tiêu đề  mức 2  Liên kết vùng  và phát triển
liên kết các xã trong vùng được tăng cường.
dấu đầu dòng  Danh sách  hết
hàng 3 của bảng kê  mức 2
bảng  xếp hạng thi đua
"""
    assert _lines(speech) == ["Liên kết vùng và phát triển", "liên kết các xã trong vùng được tăng cường.",
                              "- Danh sách hết", "hàng 3 của bảng kê mức 2", "bảng xếp hạng thi đua"]


@pytest.mark.parametrize("text", [
    "KẾ HOẠCH\nI. NHIỆM VỤ\n1. Sở Y tế chủ trì, liên kết với các bệnh viện.\n2. Lập danh sách  có 6 mục.\n",
    # a plain text's aligned columns: two spaces everywhere, no announcement
    "TT  Nội dung              Chủ trì      Thời hạn\n1   Kiểm tra hồ sơ         Sở Tư pháp   Quý I\n"
    "2   Báo cáo kết quả        Văn phòng    Quý IV\n" * 5,
    "- main:\n  - heading \"Kế hoạch\" [level=1]\n  - list:\n    - listitem: Một\n",
    "tiêu đề  mức 1  Kế hoạch\n" + "Đoạn văn của kế hoạch.\n" * 40,  # one announcement among prose
    "",
])
def test_texts_that_are_no_speech(text):
    assert not looks_like_screen_reader_speech(text)


def test_hostile_speech_reads_in_linear_time_and_bounded_size():
    many_segments = "vùng mốc chính\n" + "liên kết  " * 100000 + "\n"
    long_segment = "vùng mốc chính\n" + "liên kết " * 200000 + "\n"
    far_columns = "vùng mốc chính\nbảng  có 2 hàng và 999999 cột\n" + "".join(
        f"hàng {k}  cột {999999 - k}  x\n" for k in range(3000)) + "hết bảng\n"
    nested = "vùng mốc chính\n" + "danh sách  có 1 mục\n" * 20000 + "hết danh sách\n" * 20000 + "Cuối.\n"
    many_rows = "vùng mốc chính\nbảng  có 9 hàng và 2 cột\n" + "".join(
        f"hàng {k}  A  cột 1  {k}\nB  cột 2  việc {k}\n" for k in range(1, 10000))
    for speech in (many_segments, long_segment, far_columns, nested, many_rows):
        started = time.perf_counter()
        assert looks_like_screen_reader_speech(speech) in (True, False)
        out = screen_reader_speech_as_text(speech)
        assert time.perf_counter() - started < 5
        assert len(out) < 2 * len(speech)
    assert _lines(far_columns) == ["| x |"] * 3000
    assert _lines(nested) == ["Cuối."]
