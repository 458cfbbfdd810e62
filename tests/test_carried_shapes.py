"""Shapes of text other carriers give the same plan in: Textile (a Redmine wiki page), a messenger's JSON export that
holds each message twice, a legal XML whose labels and table cells are elements of their own; and the bodies and
names those plans use (a group's companies, a youth union's branches, a club, a company's legal form in a header)."""
import json

import vnplan
from vnplan.extract.agencies import find_agencies
from vnplan.read import read_bytes
from vnplan.wikimarkup import looks_like_wiki_markup, wiki_markup_as_text

TEXTILE = """{{>toc}}

h1. KH 301/KH-CTN - Chống ngập mùa mưa 2027

p(note). _Trang chép lại văn bản để theo dõi_ - %{color:red}không sửa%.

table{border:none;width:100%}.
|=. *ỦY BAN NHÂN DÂN TỈNH AN HẢI*
*CÔNG TY THOÁT NƯỚC ĐÔ THỊ*
*TRÁCH NHIỆM HỮU HẠN MỘT THÀNH VIÊN*
Số: 301/KH-CTN |=. *CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM*
*Độc lập - Tự do - Hạnh phúc*
_An Hải, ngày 05 tháng 3 năm 2027_ |

p=. *KẾ HOẠCH*
*Chống ngập mùa mưa năm 2027*

Công ty Thoát nước Đô thị ban hành Kế hoạch chống ngập mùa mưa năm 2027 như sau:

h2. I. MỤC TIÊU

* Giảm 30% số điểm ngập so với năm 2026[1].

h2. II. NHIỆM VỤ

|_. TT |_. Nhiệm vụ |_. Đơn vị chủ trì |_. Đơn vị phối hợp |_. Thời gian |
|\\5. *A. Nạo vét* |
| =. 1 | Nạo vét cống ngầm các tuyến trung tâm | /2. Xí nghiệp Thoát nước số 1 | Phòng Kỹ thuật | =. Quý I/2027 |
| =. 2 | Nạo vét kênh hở phía bắc | Các công ty xây lắp | =. Quý II/2027 |
| =. 3 | Lắp đặt cửa ngăn triều tại các cửa xả | Phòng Kỹ thuật | Các công ty xây lắp | =. Quý III/2027 |

h2. III. TỔ CHỨC THỰC HIỆN

# *Các công ty xây lắp:*
#* Lập tiến độ thi công, gửi Phòng Kỹ thuật trước ngày 15/3/2027.

fn1. Theo số liệu của Trung tâm điều hành.
"""


def test_textile_modifiers_go_a_cell_two_rows_high_is_the_next_rows_and_a_layout_row_reads_cell_after_cell():
    assert looks_like_wiki_markup(TEXTILE)
    lines = wiki_markup_as_text(TEXTILE).splitlines()
    assert lines[0] == "KH 301/KH-CTN - Chống ngập mùa mưa 2027" and not any("toc" in line for line in lines)
    assert "Trang chép lại văn bản để theo dõi - không sửa." in lines
    assert lines[lines.index("CÔNG TY THOÁT NƯỚC ĐÔ THỊ") + 1:][:2] == ["TRÁCH NHIỆM HỮU HẠN MỘT THÀNH VIÊN",
                                                                    "Số: 301/KH-CTN"]
    assert "- Giảm 30% số điểm ngập so với năm 2026." in lines
    assert "| TT | Nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian |" in lines
    assert "| A. Nạo vét |" in lines
    assert "| 2 | Nạo vét kênh hở phía bắc | Xí nghiệp Thoát nước số 1 | Các công ty xây lắp | Quý II/2027 |" in lines
    plan = vnplan.extract_text(TEXTILE)
    assert plan.document.issuer == "Công ty Thoát nước Đô thị tỉnh An Hải - Trách nhiệm hữu hạn một thành viên"
    by_text = {t.text[:12]: t for t in plan.tasks}
    assert (by_text["Nạo vét kênh"].lead, by_text["Nạo vét kênh"].coordinators_collective) == (
        ["Xí nghiệp Thoát nước số 1"], True)
    assert by_text["Lắp đặt cửa "].coordinators_collective
    assert [t.lead for t in plan.tasks if t.text.startswith("Lập tiến độ")] == [["Các công ty xây lắp"]]


MESSAGES = {"name": "Kênh Văn phòng", "type": "public_channel", "messages": [
    {"id": 1, "type": "message", "date": "2027-03-01T08:00:00", "from": "Văn phòng Sở",
     "text": ["Sở gửi ", {"type": "bold", "text": "Kế hoạch số 12/KH-SXD"}, " để các phòng triển khai."],
     "text_entities": [{"type": "plain", "text": "Sở gửi "}, {"type": "bold", "text": "Kế hoạch số 12/KH-SXD"},
                       {"type": "plain", "text": " để các phòng triển khai."}]},
    {"id": 2, "type": "message", "date": "2027-03-01T08:05:00", "from": "Văn phòng Sở",
     "text": "Phòng Quản lý xây dựng chủ trì kiểm tra các công trình trước ngày 30/4/2027.",
     "text_entities": [{"type": "plain", "text": "Phòng Quản lý xây dựng chủ trì kiểm tra các công trình trước ngày "
                                                 "30/4/2027."}]},
]}


def test_a_messengers_export_gives_each_message_once_without_its_sender_and_dates():
    text = read_bytes(json.dumps(MESSAGES, ensure_ascii=False).encode("utf-8"), "result.json").text
    assert text.count("Kế hoạch số 12/KH-SXD") == 1 and text.count("kiểm tra các công trình") == 1
    assert "Văn phòng Sở" not in text and "2027-03-01T08" not in text


AKOMA_NTOSO = """<?xml version="1.0" encoding="UTF-8"?>
<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><act name="keHoach"><mainBody>
<hcontainer name="muc"><num>II.</num><heading>NHIỆM VỤ</heading>
<tblock><table><tr><th><p>TT</p></th><th><p>Nhiệm vụ</p></th><th><p>Cơ quan chủ trì</p></th></tr>
<tr><td colspan="3"><p><b>1. Hạ tầng</b></p></td></tr>
<tr><td><p>1</p></td><td><p>Sửa chữa trụ sở</p></td><td><p>Sở Xây dựng</p></td></tr></table></tblock></hcontainer>
<hcontainer name="muc"><num>III.</num><heading>TỔ CHỨC THỰC HIỆN</heading>
<paragraph><num>1.</num><heading>Sở Tài chính</heading>
<point><num>a)</num><content><p>Bố trí kinh phí thực hiện.</p></content></point></paragraph></hcontainer>
</mainBody></act></akomaNtoso>
"""


def test_a_legal_xmls_labels_lead_their_text_and_its_table_rows_are_rows_of_cells():
    lines = read_bytes(AKOMA_NTOSO.encode("utf-8"), "kh.xml").text.splitlines()
    assert lines == ["II. NHIỆM VỤ", "| TT | Nhiệm vụ | Cơ quan chủ trì |", "| 1. Hạ tầng |",
                     "| 1 | Sửa chữa trụ sở | Sở Xây dựng |", "III. TỔ CHỨC THỰC HIỆN", "1. Sở Tài chính",
                     "a) Bố trí kinh phí thực hiện."]


def test_a_groups_companies_a_youth_unions_branches_and_a_club_are_bodies():
    assert [(m.name, m.collective) for m in find_agencies("giao các công ty thành viên triển khai")] == [
        ("các công ty thành viên", True)]
    assert [(m.name, m.collective) for m in find_agencies("Các liên chi đoàn khoa báo cáo")] == [
        ("Các liên chi đoàn khoa", True)]
    assert [m.name for m in find_agencies("Phối hợp với CLB Hưu trí phường tổ chức")] == ["Câu lạc bộ Hưu trí phường"]
    assert find_agencies("tham gia câu lạc bộ bóng đá") == []


NOTEBOOK_PLAN = """ỦY BAN NHÂN DÂN
TỈNH AN HẢI
Số: 12/KH-UBND
An Hải, ngày 05 tháng 01 năm 2027
KẾ HOẠCH
Giải ngân vốn đầu tư công năm 2027
I. NHIỆM VỤ
1. Nhiệm vụ chung
- Rà soát, lập kế hoạch giải ngân chi tiết cho từng dự án.
2. Nhiệm vụ cụ thể của các cơ quan, đơn vị
(Chi tiết tại Phụ lục kèm theo Kế hoạch này)
II. TỔ CHỨC THỰC HIỆN
Sở Tài chính theo dõi, đôn đốc thực hiện Kế hoạch.
Nơi nhận:
- Bộ Tài chính;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Văn Bình
https://vanban.anhai.example.vn/xacthuc?ma=12-KH-UBND
Phụ lục: Nhiệm vụ cụ thể của các cơ quan, đơn vị
| | TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |
| 0 | 1 | Tổ chức giao ban hằng tháng về giải ngân | Sở Tài chính | Các chủ đầu tư | Hằng tháng |
| 1 | 2 | Lập danh sách dự án chậm giải ngân để xử lý | NaN | Kho bạc Nhà nước khu vực XV | Quý I/2027 |
| 2 | 3 | Báo cáo kết quả giải ngân gửi Ủy ban nhân dân tỉnh | Sở Tài chính | Kho bạc Nhà nước khu vực XV | Trước ngày 10/7/2027 |
"""


def test_a_data_tools_empty_cell_is_the_merged_cell_above_an_appendix_titled_in_sentence_case_holds_duties():
    plan = vnplan.extract_text(NOTEBOOK_PLAN)
    assert (plan.document.signer, plan.document.signer_title) == ("Trần Văn Bình", "Phó Chủ tịch")
    assert not any(t.text.startswith("Nhiệm vụ cụ thể") for t in plan.tasks)  # the appendix holds those
    assert [t.lead for t in plan.tasks if t.text.startswith("Lập danh sách")] == [["Sở Tài chính"]]
    assert [(d.frequency, d.due) for d in plan.reporting if d.text.startswith("Báo cáo kết quả giải ngân")] == [
        ("once", "2027-07-10")]
