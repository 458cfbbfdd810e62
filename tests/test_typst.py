"""Typst source of a plan (retyped to be typeset and archived as PDF) read as its printed lines."""
import time

import vnplan
from vnplan.typst import looks_like_typst, typst_as_text

# As an office retypes a signed plan: comments, settings, the header and the signature laid out as grids, headings
# Typst numbers itself, "+" items numbered by default and by the pattern the document sets, a task table with a
# group row spanning it, a lead spanning two rows and two partners in one cell.
_PLAN = r"""// Bản lưu của Văn phòng Sở: typst compile ke-hoach-57.typ
#set document(title: "KH 57/KH-SNNMT", author: "Văn phòng Sở")
#set page(paper: "a4", margin: (x: 2cm, y: 2cm), numbering: "1")
#set text(font: "Times New Roman", size: 13pt, lang: "vi")
#set heading(numbering: "I.")
#show heading: it => block(above: 1em, below: 0.6em)[#it]

#grid(
  columns: (1fr, 1.5fr),
  align: center,
  [UBND TỈNH TÂN AN \ *SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG* \ #line(length: 30%)],
  [*CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM* \ *Độc lập - Tự do - Hạnh phúc*],
  [Số: 57/KH-SNNMT],
  [_Tân An, ngày 08 tháng 01 năm 2027_],
)
#v(1em)
#align(center)[
  *KẾ HOẠCH* \
  *Phòng, chống dịch bệnh trên đàn gia súc năm 2027*
]

/* Căn cứ: lấy nguyên văn
   từ bản trình ký */
Căn cứ Quyết định số 12/QĐ-UBND ngày 05 tháng 01 năm 2027 của Ủy ban nhân dân tỉnh về phòng, chống dịch bệnh
động vật;

= MỤC TIÊU

+ Ít nhất 90% tổng đàn trâu, bò được tiêm vắc xin lở mồm long móng;
+ Không để dịch lây lan
  sang các xã khác:
  + Phát hiện sớm ổ dịch;
  + Xử lý ổ dịch trong vòng 48 giờ.

= NHIỆM VỤ

#table(
  columns: 5,
  stroke: 0.5pt,
  table.header([*TT*], [*Nội dung*], [*Chủ trì*], [*Phối hợp*], [*Thời gian*]),
  table.cell(colspan: 5)[*1. Tiêm phòng*],
  [1], [Tiêm vắc xin đợt 1 cho trâu, bò], table.cell(rowspan: 2)[Chi cục Chăn nuôi và Thú y],
  [Ủy ban nhân dân các xã \ Hội Nông dân tỉnh], [Tháng 4/2027],
  [2], [Tiêm vắc xin đợt 2 cho trâu, bò], [Ủy ban nhân dân các xã], [Tháng 10/2027],
)

= TỔ CHỨC THỰC HIỆN

#set enum(numbering: "a)")
*1. Trung tâm Khuyến nông tỉnh:*
+ Tuyên truyền cách phòng bệnh qua tổng đài 1022 (phím \#2);
+ Báo cáo kết quả về Sở trước ngày 15/12/2027.

#grid(
  columns: 2,
  [*_Nơi nhận:_* \ - UBND tỉnh; \ - Lưu: VT.],
  align(center)[*KT. GIÁM ĐỐC* \ *PHÓ GIÁM ĐỐC* \ #v(2cm) *Trần Văn Bình*],
)
"""


def test_a_retyped_plan_reads_as_its_printed_lines_the_header_as_lines_and_the_tasks_as_rows():
    lines = typst_as_text(_PLAN).splitlines()
    assert lines[:8] == ["UBND TỈNH TÂN AN", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                         "Độc lập - Tự do - Hạnh phúc", "Số: 57/KH-SNNMT", "Tân An, ngày 08 tháng 01 năm 2027",
                         "KẾ HOẠCH", "Phòng, chống dịch bệnh trên đàn gia súc năm 2027"]
    assert lines[8] == ("Căn cứ Quyết định số 12/QĐ-UBND ngày 05 tháng 01 năm 2027 của Ủy ban nhân dân tỉnh về "
                        "phòng, chống dịch bệnh động vật;")  # (a paragraph's lines are one)
    assert lines[9:14] == ["I. MỤC TIÊU", "1. Ít nhất 90% tổng đàn trâu, bò được tiêm vắc xin lở mồm long móng;",
                           "2. Không để dịch lây lan sang các xã khác:", "a) Phát hiện sớm ổ dịch;",
                           "b) Xử lý ổ dịch trong vòng 48 giờ."]
    assert lines[14:19] == [
        "II. NHIỆM VỤ", "| TT | Nội dung | Chủ trì | Phối hợp | Thời gian |", "| 1. Tiêm phòng |",
        "| 1 | Tiêm vắc xin đợt 1 cho trâu, bò | Chi cục Chăn nuôi và Thú y | Ủy ban nhân dân các xã; Hội Nông dân tỉnh"
        " | Tháng 4/2027 |",
        "| 2 | Tiêm vắc xin đợt 2 cho trâu, bò | Chi cục Chăn nuôi và Thú y | Ủy ban nhân dân các xã | Tháng 10/2027 |"]
    assert lines[19:23] == ["III. TỔ CHỨC THỰC HIỆN", "1. Trung tâm Khuyến nông tỉnh:",
                            "a) Tuyên truyền cách phòng bệnh qua tổng đài 1022 (phím #2);",
                            "b) Báo cáo kết quả về Sở trước ngày 15/12/2027."]
    assert lines[23:] == ["Nơi nhận:", "- UBND tỉnh;", "- Lưu: VT.", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Trần Văn Bình"]
    assert not any(mark in line for line in lines for mark in ("#set", "#v", "*", "//", "/*", "[", "columns", "1em"))


def test_a_retyped_plan_gives_its_number_tasks_and_leads():
    result = vnplan.extract_text(_PLAN)
    assert (result.document.number, result.document.type) == ("57/KH-SNNMT", "Kế hoạch")
    assert result.document.signer == "Trần Văn Bình"
    assert (result.document.issuer, result.document.issued_date) == ("Sở Nông nghiệp và Môi trường tỉnh Tân An",
                                                                      "2027-01-08")
    rows = [(t.text, t.lead, t.deadline) for t in result.tasks]
    assert ("Tiêm vắc xin đợt 1 cho trâu, bò", ["Chi cục Chăn nuôi và Thú y"], "2027-04-30") in rows
    assert ("Tiêm vắc xin đợt 2 cho trâu, bò", ["Chi cục Chăn nuôi và Thú y"], "2027-10-31") in rows  # (the lead
    # from the cell spanning two rows)
    assert [t.coordinators for t in result.tasks if "đợt 1" in t.text] == [["Hội Nông dân tỉnh"]]  # (a partner a line)
    assert [t.lead for t in result.tasks if "tổng đài" in t.text] == [["Trung tâm Khuyến nông tỉnh"]]


def test_typst_is_told_apart_from_plain_text_markdown_html_and_the_other_markups():
    assert looks_like_typst(_PLAN)
    assert looks_like_typst("#set text(lang: \"vi\")\n= I. NHIỆM VỤ\n#table(columns: 2, [a], [b])\n")
    assert not looks_like_typst("KẾ HOẠCH\nI. NHIỆM VỤ\n1. Sở Y tế chủ trì, #1 trong danh sách.\n#KeHoach2027\n")
    assert not looks_like_typst("# KẾ HOẠCH\n## I. NHIỆM VỤ\n- **Sở Y tế** (#12)\n| a | b |\n#hashtag[x]\n")
    assert not looks_like_typst('<p style="color:#333">KẾ HOẠCH</p>\n<a href="#muc-1">I. NHIỆM VỤ</a>\n')
    assert not looks_like_typst("\\begin{document}\n\\section{I. NHIỆM VỤ}\n\\#1\n\\end{document}\n")
    assert not looks_like_typst("= KẾ HOẠCH\n:toc:\n== I. NHIỆM VỤ\n* Sở Y tế\n")
    assert not looks_like_typst("#+TITLE: Kế hoạch\n* I. NHIỆM VỤ\n#+BEGIN_QUOTE\nx\n#+END_QUOTE\n")


def test_numbering_patterns_items_numbered_by_hand_function_lists_and_named_content():
    source = ('#set enum(numbering: "1.a)")\n#let don_vi = [Sở Tài chính]\n+ Một\n  + Hai\n5. Năm\n+ Sáu\n\n'
              'Đoạn văn.\n\n#enum(numbering: "(1)", start: 3)[Ba][Bốn]\n#upper[kế hoạch] #don_vi\n'
              '#list[Gạch][Đầu dòng]\n/ Ghi chú: mục `raw_text` giữ nguyên -- hết\n#enum.item(9)[Chín]\n')
    assert typst_as_text(source).splitlines() == [
        "1. Một", "a) Hai", "5. Năm", "6. Sáu", "Đoạn văn.", "(3) Ba", "(4) Bốn", "KẾ HOẠCH Sở Tài chính",
        "- Gạch", "- Đầu dòng", "Ghi chú: mục raw_text giữ nguyên – hết", "9. Chín"]


def test_broken_and_hostile_sources_read_without_error_in_time():
    started = time.monotonic()
    deep = "#set text(lang: \"vi\")\n#strong[" * 1 + "#emph[" * 3000 + "Sở Y tế" + "]" * 3000 + "\n"
    assert "Sở Y tế" in typst_as_text(deep)
    unclosed = "#set page()\n#table(columns: 3, [a], [Sở Y tế " + "(" * 5000 + "\n= x\n"
    assert "Sở Y tế" in typst_as_text(unclosed)
    stairs = "#set page()\n" + "".join(" " * i + "+ mục\n" for i in range(1500))
    assert typst_as_text(stairs).count("mục") == 1500
    comments = "#set page()\n/* " * 2000 + "x\n" + "`" * 3000 + "\n" + '#f("' * 3000 + "\n"
    typst_as_text(comments)
    cells = "#set page()\n#table(columns: 100000, " + "table.cell(rowspan: 9999)[a], " * 2000 + ")\n"
    assert typst_as_text(cells).startswith("| a | a | a |")  # (spans carried within a budget)
    comments = "#set page()\n" + "/*" * 20000 + "*/" * 20000 + "\nSở Y tế\n"
    assert typst_as_text(comments) == "Sở Y tế\n"
    assert time.monotonic() - started < 10
