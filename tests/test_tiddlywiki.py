"""TiddlyWiki's wikitext (a tiddler's `.tid` file): read as the lines its page shows."""
import vnplan
from vnplan.tiddlywiki import looks_like_tiddlywiki, tiddlywiki_as_text

_TIDDLER = """created: 20270105014512345
title: KH 31/KH-SCT - tiết kiệm điện 2027
tags: [[Văn bản Sở]] TietKiemDien
type: text/vnd.tiddlywiki

<<tag-pill "TietKiemDien">> //Chép từ bản ký số để theo dõi.//

|''ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN''<br>''SỞ CÔNG THƯƠNG''<br>Số: 31/KH-SCT |''CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM''<br>//Lạng Sơn, ngày 05 tháng 01 năm 2027// |

@@text-align:center;
!! KẾ HOẠCH
''Sử dụng năng lượng tiết kiệm và hiệu quả năm 2027''
@@

!!! I. MỤC TIÊU

# Tiết kiệm ít nhất 2% tổng điện năng tiêu thụ của các cơ quan nhà nước.
# 100% công sở lắp đèn LED.

!!! II. NHIỆM VỤ

|Bảng 1. Phân công nhiệm vụ|c
|!TT|!Nhiệm vụ|!Đơn vị chủ trì|!Đơn vị phối hợp|!Thời hạn|h
|1|Kiểm toán năng lượng tại các cơ sở sử dụng năng lượng trọng điểm|Phòng Quản lý năng lượng|Công ty Điện lực Lạng Sơn|Quý II/2027|
|2|Tuyên truyền sử dụng điện tiết kiệm trên [[Cổng thông tin|CongTTDT]]|Văn phòng Sở|Báo Lạng Sơn|Thường xuyên|

!!! III. TỔ CHỨC THỰC HIỆN

# ''Phòng Quản lý năng lượng'' theo dõi, tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12/2027.
## Hướng dẫn các cơ sở lập kế hoạch tiết kiệm năng lượng.
"""


def test_a_tiddler_is_recognised_by_its_fields_and_plain_text_is_not():
    assert looks_like_tiddlywiki(_TIDDLER)
    assert not looks_like_tiddlywiki("KẾ HOẠCH\nI. NHIỆM VỤ\n1. Sở Y tế chủ trì.\n")


def test_a_tiddler_reads_without_its_fields_macros_styles_and_emphasis_its_lists_numbered_its_table_as_rows():
    lines = tiddlywiki_as_text(_TIDDLER).split("\n")
    assert "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN" in lines and "Số: 31/KH-SCT" in lines and "KẾ HOẠCH" in lines
    assert "1. Tiết kiệm ít nhất 2% tổng điện năng tiêu thụ của các cơ quan nhà nước." in lines
    assert "| TT | Nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời hạn |" in lines
    assert "a) Hướng dẫn các cơ sở lập kế hoạch tiết kiệm năng lượng." in lines
    assert not any(mark in line for line in lines for mark in ("''", "@@", "<<", "[[", "created:", "tags:"))


def test_a_tiddlers_plan_is_extracted():
    plan = vnplan.extract_text(_TIDDLER)
    assert (plan.document.number, plan.document.type) == ("31/KH-SCT", "Kế hoạch")
    tasks = {task.text[:20]: task for task in plan.tasks}
    assert tasks["Kiểm toán năng lượng"].lead == ["Phòng Quản lý năng lượng"]
    assert tasks["Kiểm toán năng lượng"].deadline == "2027-06-30"
    assert tasks["Tuyên truyền sử dụng"].coordinators == ["Báo Lạng Sơn"]
