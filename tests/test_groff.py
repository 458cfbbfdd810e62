"""A plan kept as groff source (the `ms` macros with `tbl` tables; `mm`'s headings and lists) reads as its printed page."""
import time

import pytest

import vnplan
from vnplan.groff import groff_as_text, looks_like_groff
from vnplan.tablerows import join_cell_lines

# Set with ms and tbl: comments, registers, page footers, a header table, a centred title, parts opened by `.NH 1`
# with no number written (the formatter counts them), items labelled in
# `.IP` arguments, bullets, a task table with a header repeated per page, group rows set by `.T&`, text blocks whose
# lines are broken by `.br`, a lead merged down a column, and the signature as a table.
_PLAN = r""".\" kh-dt-2027.ms -- in: groff -ms -t -Tpdf kh-dt-2027.ms > kh.pdf
.nr PS 12
.nr VS 15
.ds CH
.ds CF \- % \-
.ds TA Tân An
.TS
center tab(@);
cb cb
c c.
ỦY BAN NHÂN DÂN@CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH \*(TA@Độc lập - Tự do - Hạnh phúc
\l'1i'@\l'2i'
Số: 41/KH-UBND@\fI\*[TA], ngày 12 tháng 01 năm 2027\fP
.TE
.sp 2
.ce 2
\fBKẾ HOẠCH\fP
\fBPhòng, chống sạt lở bờ sông năm 2027\fP
.sp
.PP
\fICăn cứ Luật Phòng, chống thiên tai ngày 19 tháng 6 năm 2013;\fP
.PP
Ủy ban nhân dân tỉnh ban hành Kế hoạch phòng, chống sạt lở bờ sông
năm 2027 như sau:
.NH 1
MỤC TIÊU
.IP \(bu 3
Giảm 30% số điểm sạt lở nguy hiểm so với năm 2026;
.IP \(bu 3
100% hộ dân trong vùng nguy cơ cao được\~di dời khi có cảnh báo.
.NH 1
NHIỆM VỤ CỤ THỂ
.TS H
allbox tab(;);
cb cb cb cb
c lw(2.6i) lw(1.4i) c.
TT;Nội dung;Đơn vị chủ trì;Thời gian
.TH
.T&
lb s s s.
A. Khảo sát, cảnh báo
.T&
c l l c.
1;T{
Rà soát, cắm biển cảnh báo tại các điểm
sạt lở nguy hiểm.
T};T{
Sở Nông nghiệp và Môi trường
.br
Công an tỉnh
T};Quý I/2027
2;T{
Lắp đặt trạm quan trắc mực nước tại 05 điểm xung yếu.
T};\^;Tháng 6/2027
.T&
lb s s s.
B. Di dời, hỗ trợ
.T&
c l l c.
3;Hỗ trợ di dời hộ dân vùng nguy cơ cao.;Ủy ban nhân dân các xã ven sông;Trước ngày 31/5/2027
.TE
.NH 1
TỔ CHỨC THỰC HIỆN
.IP "1." 4
Sở Tài chính bố trí kinh phí thực hiện Kế hoạch.
.IP "2." 4
Ủy ban nhân dân các xã:
.RS
.IP "a)" 4
Tuyên truyền cho nhân dân \(lqkhông xây nhà sát bờ sông\(rq;
.IP "b)" 4
Báo cáo kết quả về Sở Nông nghiệp và Môi trường trước ngày 15 hằng tháng.
.RE
.sp 2
.TS
tab(@);
lw(3i) cb.
\fB\fINơi nhận:\fP@TM. ỦY BAN NHÂN DÂN
\s-2- Như mục 3;\s+2@KT. CHỦ TỊCH
\s-2- Lưu: VT.\s+2@PHÓ CHỦ TỊCH
@
@Lê Văn Thành
.TE
"""


def test_a_plan_set_with_ms_and_tbl_reads_as_its_printed_lines():
    assert looks_like_groff(_PLAN)
    lines = groff_as_text(_PLAN).splitlines()
    assert lines[:4] == ["| ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |",
                         "| TỈNH Tân An | Độc lập - Tự do - Hạnh phúc |",  # (the string `.ds` defines)
                         "| Số: 41/KH-UBND | Tân An, ngày 12 tháng 01 năm 2027 |",  # (a row of rules alone goes)
                         "KẾ HOẠCH"]
    assert lines[4:7] == ["Phòng, chống sạt lở bờ sông năm 2027",
                          "Căn cứ Luật Phòng, chống thiên tai ngày 19 tháng 6 năm 2013;",
                          "Ủy ban nhân dân tỉnh ban hành Kế hoạch phòng, chống sạt lở bờ sông năm 2027 như sau:"]
    # the parts the formatter numbers, as the printed page shows them
    assert lines[7:10] == ["1. MỤC TIÊU", "- Giảm 30% số điểm sạt lở nguy hiểm so với năm 2026;",
                           "- 100% hộ dân trong vùng nguy cơ cao được di dời khi có cảnh báo."]
    table = lines[lines.index("2. NHIỆM VỤ CỤ THỂ") + 1:lines.index("3. TỔ CHỨC THỰC HIỆN")]
    assert table == [
        "| TT | Nội dung | Đơn vị chủ trì | Thời gian |",  # (the header of `.TS H` once)
        "| A. Khảo sát, cảnh báo |",  # (a group row spanning the table: one cell)
        "| 1 | Rà soát, cắm biển cảnh báo tại các điểm sạt lở nguy hiểm. | "
        "Sở Nông nghiệp và Môi trường; Công an tỉnh | Quý I/2027 |",  # (two bodies parted by a break)
        "| 2 | Lắp đặt trạm quan trắc mực nước tại 05 điểm xung yếu. | "
        "Sở Nông nghiệp và Môi trường; Công an tỉnh | Tháng 6/2027 |",  # (`\^`: the cell above goes on)
        "| B. Di dời, hỗ trợ |",
        "| 3 | Hỗ trợ di dời hộ dân vùng nguy cơ cao. | Ủy ban nhân dân các xã ven sông | Trước ngày 31/5/2027 |"]
    assert lines[lines.index("3. TỔ CHỨC THỰC HIỆN") + 1:][:5] == [
        "1. Sở Tài chính bố trí kinh phí thực hiện Kế hoạch.", "2. Ủy ban nhân dân các xã:",
        "a) Tuyên truyền cho nhân dân “không xây nhà sát bờ sông”;",
        "b) Báo cáo kết quả về Sở Nông nghiệp và Môi trường trước ngày 15 hằng tháng.",
        "| Nơi nhận: | TM. ỦY BAN NHÂN DÂN |"]
    assert lines[-2:] == ["| - Lưu: VT. | PHÓ CHỦ TỊCH |", "|  | Lê Văn Thành |"]
    text = "\n".join(lines)
    assert not any(mark in text for mark in ("\\", ".TS", "T{", "groff", "- % -", "PS 12", "@"))


def test_a_plan_set_with_ms_and_tbl_gives_its_plan():
    plan = vnplan.extract_text(_PLAN)
    assert (plan.document.number, plan.document.type, plan.document.issued_date) == (
        "41/KH-UBND", "Kế hoạch", "2027-01-12")
    rows = {task.text: (task.lead, task.deadline) for task in plan.tasks}
    assert rows["Rà soát, cắm biển cảnh báo tại các điểm sạt lở nguy hiểm."] == (
        ["Sở Nông nghiệp và Môi trường", "Công an tỉnh"], "2027-03-31")
    assert rows["Lắp đặt trạm quan trắc mực nước tại 05 điểm xung yếu."] == (
        ["Sở Nông nghiệp và Môi trường", "Công an tỉnh"], "2027-06-30")  # (the lead merged down the column)
    assert rows["Hỗ trợ di dời hộ dân vùng nguy cơ cao."] == (["Ủy ban nhân dân các xã"], "2027-05-31")
    assert rows["Sở Tài chính bố trí kinh phí thực hiện Kế hoạch."][0] == ["Sở Tài chính"]
    assert (plan.document.signer, plan.document.signer_title) == ("Lê Văn Thành", "Phó Chủ tịch")
    assert sorted(target.min for target in plan.targets) == [30, 100]
    assert [(duty.frequency, duty.due) for duty in plan.reporting] == [("monthly", "---15")]


def test_escapes_give_their_characters_and_marks_go():
    source = (".PP\n.ds SO 12/KH-UBND\n.PP\n"
              r"A\(em B\(en C \(lqD\(rq \-E\&F \e \f(CWG\fP H\ I\~J \s-2K\s+2 \s12L\s0 \l'2i\(ru'M\h'1i'N" "\n"
              r"\[u1EA1]\[u0065_0302_0301] \N'233' \C'bu' \*(SO \*[SO] \n(yrO P\c" "\n"
              "Q\n.PP\n.NH\n.TS\n.TE\n")
    assert groff_as_text(source).split("\n")[0] == \
        "A— B– C “D” -EF \\ G H I J K L MN ạế é • 12/KH-UBND 12/KH-UBND O PQ"


def test_lines_joined_broken_kept_and_centred_as_the_formatter_does():
    source = (".PP\nmột\nhai\n.br\nba\n bốn\n\nnăm\n'br\nsáu\n.nf\nbảy\ntám\n.fi\nchín\nmười\n"
              ".ce 2\nA\nB\nC\nD\n.DS\nx\ny\n.DE\n.TL\nTIÊU ĐỀ\n.AU\nTác giả\nĐơn vị\n.PP\nz\n")
    assert groff_as_text(source).split("\n")[:-1] == [
        "một hai", "ba", "bốn", "năm sáu", "bảy", "tám", "chín mười", "A", "B", "C D", "x", "y", "TIÊU ĐỀ",
        "Tác giả", "Đơn vị", "z"]


def test_sections_count_as_ms_numbers_them():
    source = ".NH\nMỘT\n.NH 2\nHai\n.NH 2\nBa\n.NH 1\nII. BỐN\n.NH 2\nNăm\n.NH 3\na) Sáu\n.NH 1\n.PP\nx\n.SH\nKhông số\n"
    assert groff_as_text(source).split("\n")[:-1] == [
        "1. MỘT", "1.1. Hai", "1.2. Ba", "II. BỐN", "2.1. Năm", "a) Sáu", "x", "Không số"]


def test_macros_strings_conditions_and_what_the_page_never_shows():
    source = r""".de Dv
.IP "\\$1" 4
\\fB\\$2:\\fP
..
.ds Q1 quý I
.if n .ds Q1 sai
.ie t \{\
.PP
Bản in.
.\}
.el Bản nroff.
.if '\*(Q1'quý I' Đúng.
.ig
Không in.
..
.Dv "a)" "Sở Xây dựng"
Rà soát nhà ở trong \*(Q1.\**
.FS
Chú thích chân trang.
.FE
Xong.
.EQ
x sup 2
.EN
.tl 'Trái'Giữa'%'
.de PT
Đầu trang
..
"""
    assert groff_as_text(source).split("\n")[:-1] == [
        "Bản in. Đúng.", "a) Sở Xây dựng: Rà soát nhà ở trong quý I. Xong.", "Trái Giữa"]


def test_tables_span_rule_and_repeat_as_tbl_reads_them():
    source = """.PP
.TS
box tab(@);
c s s
c c c
_ _ _
l ^ l.
NHÓM
TT@Đơn vị@Ghi chú
1@Sở Y tế@T{
Sở Tài chính
.sp
Công an tỉnh
T}@bỏ
_
2@x@\\^
=
.5@y@z
.TE
.NH
.SH
"""
    assert groff_as_text(source).split("\n")[:-1] == [
        "| NHÓM |", "| TT | Đơn vị | Ghi chú |",
        "| 1 | Đơn vị | Sở Tài chính; Công an tỉnh |",  # (`^` in the format: the cell above spans down)
        "| 2 | Đơn vị | Sở Tài chính; Công an tỉnh |", "| .5 | Đơn vị | z |"]


def test_a_cells_lines_join_by_a_space_or_between_two_bodies_by_a_semicolon():
    assert join_cell_lines(["Sở Y tế", "Công an tỉnh"]) == "Sở Y tế; Công an tỉnh"
    assert join_cell_lines(["Sở Y tế;", "Công an tỉnh"]) == "Sở Y tế; Công an tỉnh"
    assert join_cell_lines(["Rà soát các điểm", "sạt lở"]) == "Rà soát các điểm sạt lở"
    assert join_cell_lines(["Sở Y tế", "(chủ trì)"]) == "Sở Y tế (chủ trì)"


def test_mm_headings_and_labelled_items_read_as_their_page():
    mm = (".H 1 \"NHIỆM VỤ\"\n.P\nCác đơn vị:\n.VL 6\n.LI \"a)\"\nSở Xây dựng rà soát.\n.LI \\(bu\nCông an tỉnh.\n"
          ".LE\n.H 2 \"Chi tiết\"\n.P\nMột\n.H 1 \"II. TỔ CHỨC THỰC HIỆN\"\n.HU \"Phụ lục\"\n.H 1 \"KINH PHÍ\"\n")
    assert looks_like_groff(mm)
    assert groff_as_text(mm).split("\n")[:-1] == [
        "1. NHIỆM VỤ", "Các đơn vị:", "a) Sở Xây dựng rà soát.", "- Công an tỉnh.", "1.1 Chi tiết", "Một",
        "II. TỔ CHỨC THỰC HIỆN", "Phụ lục", "3. KINH PHÍ"]


def test_plain_markdown_and_restructured_plans_are_no_roff():
    assert not looks_like_groff("KẾ HOẠCH\n.PP chưa rõ\nI. NHIỆM VỤ\n1. Sở Y tế chủ trì . . . .\n...\n")
    assert not looks_like_groff(".. note::\n   Ghi chú\n\n.. _muc-tieu:\n\nI. MỤC TIÊU\n==========\n")
    assert not looks_like_groff("# KẾ HOẠCH\n\n- Sở Y tế: \\fB không\n.\n.\n'''\n")
    result = vnplan.extract_text("ỦY BAN NHÂN DÂN TỈNH TÂN AN\nSố: 5/KH-UBND\nKẾ HOẠCH\nVề y tế\n"
                                 "I. NHIỆM VỤ\n1. Sở Y tế chủ trì kiểm tra.\n.\n", strict=False)
    assert result.tasks and result.tasks[0].lead == ["Sở Y tế"]


def test_hostile_sources_read_in_time_without_error():
    sources = [
        ".de X\n.X\n..\n.PP\n.X\nSở Y tế\n",  # a macro calling itself
        ".ds a \\*a\\*a\n.PP\n\\*a Sở Y tế\n",  # a string naming itself
        ".PP\nx\n.TS\ntab(@);\nl l.\n1@T{\n" + "dòng\n" * 50000,  # a table and a text block never closed
        ".PP\n" + ".TS\nl.\nT{\n" * 400 + "x\n",  # tables inside text blocks, deep
        ".PP\n" + ".if n \\{\\\n" * 1000 + "x\n",
        ".PP\n" + "\\fB" * 100000 + "\\s" * 100000 + "".join(f"\\Z{chr(0x100 + i)}" for i in range(3000)) + "\n",
        '.IP "' + '""' * 100000 + "\n",
        "".join(f".de {a}\n.{b}\n.{b}\n..\n" for a, b in zip("ABCDEFGH", "BCDEFGHI")) + ".de I\nx\n..\n" + ".A\n" * 5000,
    ]
    for source in sources:
        started = time.monotonic()
        groff_as_text(source + ".NH\n.SH\n.TS\n.TE\n")
        assert time.monotonic() - started < 5


def test_a_page_that_quotes_roff_is_no_roff():
    page = ("# Soạn kế hoạch bằng groff\n\nNhiều cơ quan giữ văn bản ở dạng nguồn groff với gói ms. Một tệp mẫu:\n\n"
            "```\n.TL\nKế hoạch năm 2027\n.NH 1\nMỤC TIÊU\n.PP\nGiảm 30% số điểm sạt lở.\n.IP 1.\n"
            "Sở Tài chính bố trí kinh phí.\n.TS\ntab(@);\nl l.\na@b\n.TE\n```\n\nDịch bằng lệnh `groff -ms -t`.\n")
    assert not looks_like_groff(page)


def test_adjusting_breaks_no_line():
    assert groff_as_text(".PP\nmột\n.ad l\nhai\n.na\nba\n") == "một hai ba\n"


def test_a_paragraph_macro_fills_again_after_nf():
    source = ".nf\nMột\nHai\n.PP\nba\nbốn\n.nf\nnăm\n.IP 1.\nsáu\nbảy\n"
    assert groff_as_text(source) == "Một\nHai\nba bốn\nnăm\n1. sáu bảy\n"  # (as groff -ms prints it)


def test_a_table_row_opening_with_an_apostrophe_is_a_row():
    source = ".TS\ntab(@);\nl l.\n'Đề án'@Sở Y tế\n.TE\n"
    assert groff_as_text(source) == "| 'Đề án' | Sở Y tế |\n"


def test_odd_numbers_and_nesting_read_without_error():
    sources = [".nr x " + "(" * 3000 + "1\n", ".nr x " + "-" * 3000 + "1\n", ".ce " + "9" * 400 + "\nx\n",
               ".ce " + "9" * 400 + "-" + "9" * 400 + "\nx\n", ".NH ²\nx\n", ".H ² \"x\"\n", ".PP\n\\N'²'\n",
               ".if t " * 5000 + "x\n"]
    for source in sources:
        groff_as_text(source)


def test_a_glyph_named_by_a_surrogate_gives_no_character():
    assert groff_as_text(".PP\na\\[uD800]b\\[u110000]c\n") == "abc\n"


@pytest.mark.parametrize("source", [
    ".PP\n" + "từ\\\n" * 100000,  # lines continued by an escaped newline
    ".TS\nl" + " " * 20000 + "!\n.TE\n",  # a format line that is none
    ".TS\ntab(" + " " * 20000 + "x;\nl.\nx\n.TE\n",
    ".PP\n" + "từ\\c\n" * 100000,  # lines joined by "\c"
    ".ds x\n" + ".as x từ\n" * 100000,  # a string appended to
    ".de X\n..\n" + ".am X\nx\n..\n" * 60000,  # a macro appended to
    ".de X\n" + "từ " * 50000 + "\n..\n" + ".X\n" * 300,  # a long macro called again and again
    ".ds a " + "từ " * 10 + "\\*a\\*a\n" + "\\*a\n" * 1000,  # a string naming itself twice
])
def test_sources_that_grow_read_in_linear_time(source):
    started = time.monotonic()
    groff_as_text(source)
    assert time.monotonic() - started < 2
