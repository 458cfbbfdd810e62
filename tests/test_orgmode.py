"""A plan kept in an Org mode file reads as the lines its export shows."""
import vnplan
from vnplan.orgmode import looks_like_org, org_as_text

_NOTES = """#+TITLE: Kế hoạch tiêm chủng 2027 (bản gõ lại)
#+AUTHOR: cán bộ đầu mối
#+OPTIONS: toc:nil
# ghi chú riêng: đối chiếu bản giấy trước khi gửi

* Nguồn văn bản                                                   :noexport:
:PROPERTIES:
:SO_HIEU: 88/KH-SYT
:END:
- Nhận bản giấy ngày 03/3.
** Việc phải hỏi lại Văn phòng

* Văn bản
#+BEGIN_CENTER
*SỞ Y TẾ TỈNH TÂN AN* \\\\
Số: 88/KH-SYT \\\\
/Tân An, ngày 02 tháng 3 năm 2027/

*KẾ HOẠCH* \\\\
*Tiêm chủng mở rộng năm 2027*
#+END_CENTER

** I. CHỈ TIÊU
- Tỷ lệ trẻ dưới 1 tuổi được tiêm chủng đầy đủ đạt trên 95%.
** II. NHIỆM VỤ
*** 1. Trung tâm Kiểm soát bệnh tật tỉnh:                          :quan_trong:
- [X] Tiếp nhận, bảo quản vắc xin theo quy định; xem [[https://example.vn/huong-dan][hướng dẫn]].
- [ ] Tổ chức tập huấn cho cán bộ tiêm chủng, hoàn thành trước ngày 30/4/2027.
    SCHEDULED: <2027-04-01 Thu>
*** TODO [#A] 2. Phòng Nghiệp vụ Y: Kiểm tra các điểm tiêm trước ngày 30/9/2027.
:LOGBOOK:
CLOCK: [2027-03-03 Wed 09:00]--[2027-03-03 Wed 09:30] =>  0:30
:END:
| TT | Nội dung      | Đơn vị chủ trì      | Thời gian  |
|----+---------------+---------------------+------------|
|  1 | Tiêm bổ sung  | Bệnh viện Đa khoa tỉnh | Quý II/2027 |
"""


def test_an_org_file_reads_as_its_export_without_settings_hidden_subtrees_drawers_or_marks():
    assert looks_like_org(_NOTES)
    lines = [line for line in org_as_text(_NOTES).split("\n") if line]
    assert lines[:5] == ["Văn bản", "SỞ Y TẾ TỈNH TÂN AN", "Số: 88/KH-SYT", "Tân An, ngày 02 tháng 3 năm 2027", "KẾ HOẠCH"]
    assert "1. Trung tâm Kiểm soát bệnh tật tỉnh:" in lines  # (its tags gone)
    assert "- Tiếp nhận, bảo quản vắc xin theo quy định; xem hướng dẫn." in lines
    assert "2. Phòng Nghiệp vụ Y: Kiểm tra các điểm tiêm trước ngày 30/9/2027." in lines  # (task state, priority)
    assert lines[-2:] == ["| TT | Nội dung      | Đơn vị chủ trì      | Thời gian  |",
                          "|  1 | Tiêm bổ sung  | Bệnh viện Đa khoa tỉnh | Quý II/2027 |"]
    text = "\n".join(lines)
    assert not any(mark in text for mark in ("#+", ":PROPERTIES:", "SCHEDULED", "CLOCK", "ghi chú riêng", "Nguồn văn bản",
                                             "Nhận bản giấy", "hỏi lại", "[X]", "[ ]", "\\\\"))


def test_an_org_file_gives_its_plan():
    result = vnplan.extract_text(_NOTES)
    assert (result.document.number, result.document.type) == ("88/KH-SYT", "Kế hoạch")
    rows = [(t.lead, t.deadline) for t in result.tasks]
    assert (["Trung tâm Kiểm soát bệnh tật tỉnh"], "2027-04-30") in rows
    assert (["Phòng Nghiệp vụ Y"], "2027-09-30") in rows
    assert (["Bệnh viện Đa khoa tỉnh"], "2027-06-30") in rows
    assert [t.min for t in result.targets] == [95]


def test_a_markdown_or_plain_plan_with_stars_is_no_org_file_and_marks_in_a_long_line_cost_no_time():
    assert not looks_like_org("KẾ HOẠCH\n* I. NHIỆM VỤ\n* II. TỔ CHỨC THỰC HIỆN\n- Sở Y tế chủ trì.\n")
    assert not looks_like_org("# KẾ HOẠCH\n**I. NHIỆM VỤ**\n* Sở Y tế\n* Sở Tài chính\n#+ không phải\n")
    assert org_as_text("* A\n" + " /a" * 50000 + "\n").startswith("A\n")


def test_a_line_like_a_drawer_that_nothing_closes_is_text_and_long_headlines_read_in_time():
    text = "#+TITLE: a\n* Văn bản\n:TT:\nSở Y tế chủ trì.\n** I. NHIỆM VỤ\n:PROPERTIES:\n:ID: 1\n:END:\nCông an tỉnh.\n"
    assert org_as_text(text).split("\n")[:5] == ["Văn bản", ":TT:", "Sở Y tế chủ trì.", "I. NHIỆM VỤ", "Công an tỉnh."]
    assert org_as_text("#+TITLE: a\n* A\n* x" + " " * 100000 + "y   :tag:\n").split("\n")[1].endswith("y")


def test_tags_lined_up_with_tabs_go_from_a_headline():
    assert org_as_text("#+TITLE: a\n* A\n* I. NHIỆM VỤ\t\t:nhiemvu:\n").split("\n")[1] == "I. NHIỆM VỤ"
