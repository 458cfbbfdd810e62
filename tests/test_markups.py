"""Forum and wiki markups a document is pasted into, read as the plain lines of its other copies."""
import vnplan
from vnplan.bbcode import bbcode_as_text, looks_like_bbcode
from vnplan.wikimarkup import looks_like_wiki_markup, wiki_markup_as_text

_FORUM_POST = """[B][SIZE=4]Chia sẻ: Kế hoạch 12/KH-UBND về vệ sinh môi trường 2027[/SIZE][/B]

Bản gốc xem [URL='https://x.example/12']tại đây[/URL], các bạn tham khảo.

[QUOTE]
[CENTER][B]ỦY BAN NHÂN DÂN TỈNH TÂN AN[/B]
Số: 12/KH-UBND
[I]Tân An, ngày 10 tháng 01 năm 2027[/I][/CENTER]

[CENTER][SIZE=5][B]KẾ HOẠCH[/B][/SIZE]
[B]Vệ sinh môi trường nông thôn năm 2027[/B][/CENTER]

[B]I. CHỈ TIÊU[/B]
[LIST=1]
[*]Ít nhất 90% hộ gia đình phân loại rác tại nguồn;
[*]100% xã có điểm tập kết rác thải.
[/LIST]
[B]II. NHIỆM VỤ[/B]
[TABLE]
[TR][TH]TT[/TH][TH]Nội dung[/TH][TH]Chủ trì[/TH][TH]Phối hợp[/TH][TH]Thời gian[/TH][/TR]
[TR][TD]1[/TD][TD]Xây dựng điểm tập kết rác thải tại các xã[/TD][TD]Sở Nông nghiệp và Môi trường[/TD][TD]Sở Tài chính[/TD][TD]Quý II/2027[/TD][/TR]
[/TABLE]
[B]III. TỔ CHỨC THỰC HIỆN[/B]
1. Sở Y tế:
[LIST]
[*]Hướng dẫn xử lý chất thải y tế tại các trạm y tế;
[*]Báo cáo kết quả trước ngày 15/12/2027.
[/LIST]
[/QUOTE]
[ATTACH type="full" alt="12-KH.pdf"]501[/ATTACH]
[SIZE=2][COLOR=gray]Diễn đàn chỉ chia sẻ, văn bản có giá trị là bản gốc.[/COLOR][/SIZE]
"""


def test_a_forum_post_reads_as_the_document_it_quotes_lists_marked_and_tables_as_rows():
    assert looks_like_bbcode(_FORUM_POST)
    lines = bbcode_as_text(_FORUM_POST).splitlines()
    assert lines[0] == "ỦY BAN NHÂN DÂN TỈNH TÂN AN" and not any("Chia sẻ" in line or "Diễn đàn" in line
                                                                  or "501" in line for line in lines)
    assert lines[lines.index("I. CHỈ TIÊU") + 1:][:2] == ["1. Ít nhất 90% hộ gia đình phân loại rác tại nguồn;",
                                                         "2. 100% xã có điểm tập kết rác thải."]
    assert "| 1 | Xây dựng điểm tập kết rác thải tại các xã | Sở Nông nghiệp và Môi trường | Sở Tài chính | Quý II/2027 |" \
        in lines
    assert lines[-3:] == ["1. Sở Y tế:", "- Hướng dẫn xử lý chất thải y tế tại các trạm y tế;",
                          "- Báo cáo kết quả trước ngày 15/12/2027."]
    result = vnplan.extract_text(_FORUM_POST)
    assert (result.document.number, result.document.type) == ("12/KH-UBND", "Kế hoạch")
    assert sorted((t.text[:20], t.lead, t.coordinators) for t in result.tasks) == [
        ("Báo cáo kết quả trướ", ["Sở Y tế"], []), ("Hướng dẫn xử lý chất", ["Sở Y tế"], []),
        ("Xây dựng điểm tập kế", ["Sở Nông nghiệp và Môi trường"], ["Sở Tài chính"])]


def test_square_brackets_in_plain_text_are_no_forum_markup():
    text = "[Bản sao] KẾ HOẠCH\n1. Sở Y tế [chủ trì] thực hiện [/ghi chú] trước ngày 30/6/2027.\n"
    assert not looks_like_bbcode(text)


_WIKI_PAGE = r"""{toc:maxLevel=2}
{panel:title=Thông tin|borderStyle=solid}
*Loại:* Kế hoạch  *Tệp:* [^12-KH.pdf]
{panel}

|*ỦY BAN NHÂN DÂN TỈNH TÂN AN*|*CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM* \\ _Độc lập - Tự do - Hạnh phúc_|
|Số: 12/KH-UBND|_Tân An, ngày 10 tháng 01 năm 2027_|

h1. KẾ HOẠCH
h3. Vệ sinh môi trường nông thôn năm 2027

h2. I. CHỈ TIÊU
# Ít nhất 90% hộ gia đình phân loại rác tại nguồn;
# 100% xã có điểm tập kết rác thải.

h2. II. NHIỆM VỤ
||TT||Nội dung||Chủ trì||Phối hợp||Thời gian||
|1|Xây dựng điểm tập kết rác thải tại các xã, xem [hướng dẫn|https://x.example/hd]|Sở Nông nghiệp và Môi trường|Sở Tài chính|Quý II/2027|

h2. III. TỔ CHỨC THỰC HIỆN
# *Sở Y tế:*
#* Hướng dẫn xử lý chất thải y tế tại các trạm y tế;
#* Báo cáo kết quả trước ngày 15/12/2027.
# Sở Tài chính bố trí kinh phí thực hiện.
## Trong dự toán năm 2027.
----
_Trang do Văn phòng cập nhật._
"""


def test_a_wiki_page_reads_with_its_headings_numbered_items_and_rows_as_on_paper():
    assert looks_like_wiki_markup(_WIKI_PAGE)
    lines = wiki_markup_as_text(_WIKI_PAGE).splitlines()
    assert "| ỦY BAN NHÂN DÂN TỈNH TÂN AN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc |" in lines
    assert lines[lines.index("KẾ HOẠCH") + 1] == "Vệ sinh môi trường nông thôn năm 2027"
    assert "2. 100% xã có điểm tập kết rác thải." in lines and not any("12-KH.pdf" in line for line in lines)
    assert "| TT | Nội dung | Chủ trì | Phối hợp | Thời gian |" in lines
    assert "| 1 | Xây dựng điểm tập kết rác thải tại các xã, xem hướng dẫn | Sở Nông nghiệp và Môi trường | Sở Tài chính |" \
           " Quý II/2027 |" in lines
    assert lines[lines.index("III. TỔ CHỨC THỰC HIỆN") + 1:][:5] == [
        "1. Sở Y tế:", "- Hướng dẫn xử lý chất thải y tế tại các trạm y tế;", "- Báo cáo kết quả trước ngày 15/12/2027.",
        "2. Sở Tài chính bố trí kinh phí thực hiện.", "a) Trong dự toán năm 2027."]
    result = vnplan.extract_text(_WIKI_PAGE)
    assert (result.document.number, result.document.issuer) == ("12/KH-UBND", "Ủy ban nhân dân tỉnh Tân An")
    assert [t.lead for t in result.tasks if "chất thải y tế" in t.text] == [["Sở Y tế"]]


def test_a_markdown_or_plain_plan_is_no_wiki_page():
    assert not looks_like_wiki_markup("KẾ HOẠCH\n# I. MỤC TIÊU\n|a|b|\nh1. là một ký hiệu\n")


_NOTE = """---
title: KH 7 - tiêm chủng
tags: [van-ban-den, y-te]
so_hieu: 7/KH-UBND
---

> [!info] Văn bản đến số 12
> Giao Phòng Y tế tham mưu. Bản gốc: [[7-KH.pdf]]

**ỦY BAN NHÂN DÂN TỈNH TÂN AN** — CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Số: 7/KH-UBND — Tân An, ngày 02 tháng 3 năm 2027

# KẾ HOẠCH
## Tiêm chủng mở rộng năm 2027

### I. NHIỆM VỤ
**1. [[Sở Y tế tỉnh Tân An|Sở Y tế]]:**
- [ ] a) Tổ chức tiêm vắc xin sởi cho trẻ em, ==hoàn thành trong quý II/2027==. ^tiem-soi
- [x] b) Giám sát phản ứng sau tiêm[^1].
- [ ] Báo cáo kết quả hằng tháng.

[^1]: Theo hướng dẫn của Bộ Y tế.
"""


def test_a_notes_apps_markdown_reads_without_its_properties_links_checkboxes_and_highlights():
    from vnplan.notemarkup import looks_like_note_markup, note_markup_as_text

    assert looks_like_note_markup(_NOTE) and not looks_like_note_markup("KẾ HOẠCH\n- a) [Bản sao] Sở Y tế.\n")
    lines = note_markup_as_text(_NOTE).splitlines()
    assert lines[0] == "" and lines[1] == "> Văn bản đến số 12" and "tags:" not in "".join(lines)
    assert lines[lines.index("### I. NHIỆM VỤ") + 1:][:4] == [
        "**1. Sở Y tế:**", "a) Tổ chức tiêm vắc xin sởi cho trẻ em, hoàn thành trong quý II/2027.",
        "b) Giám sát phản ứng sau tiêm.", "- Báo cáo kết quả hằng tháng."]
    result = vnplan.extract_text(_NOTE)
    assert (result.document.number, result.document.issuer, result.document.province) == (
        "7/KH-UBND", "Ủy ban nhân dân tỉnh Tân An", "Tân An")
    assert [(t.lead, t.deadline) for t in result.tasks][:2] == [(["Sở Y tế"], "2027-06-30"), (["Sở Y tế"], None)]


def test_a_web_copys_footnote_marks_and_a_rule_over_many_lines_are_no_notes_markup_and_cost_no_time():
    from vnplan.notemarkup import looks_like_note_markup

    assert not looks_like_note_markup("Phòng chống dịch năm 2027[[1]](https://x.example/a#cite_note-1)")
    ruled = "---\n" + "".join(f"- Sở ngành số {i}: thực hiện nhiệm vụ [theo phân công];\n" for i in range(200))
    assert not looks_like_note_markup(ruled)  # (a pattern that backtracks would take hours here)
    assert not looks_like_note_markup("---\n" + "\n" * 100 + "KẾ HOẠCH [bản sao]\n")


def test_unclosed_forum_tags_and_a_line_full_of_brackets_are_read_in_time_and_kept():
    from vnplan.bbcode import bbcode_as_text

    text = "[b]KẾ HOẠCH[/b] " * 6 + "\n" + "Sở Y tế [quote] kiểm tra [img] " * 3000 + "\n"
    assert "Sở Y tế" in bbcode_as_text(text)
    assert "[a " * 5 in wiki_markup_as_text("h1. A\nh2. B\n" + "[a " * 100000 + "\n")


def test_forum_tags_pair_as_they_nest_a_quoted_reply_inside_the_quoted_document_and_a_table_in_a_cell():
    from vnplan.bbcode import bbcode_as_text

    marks = "[b]x[/b]" * 6 + "\n"
    table = marks + ("[table][tr][td]1[/td][td][table][tr][td]Kiểm tra[/td][/tr][/table][/td][/tr]"
                     "[tr][td]2[/td][td]Sở Y tế[/td][/tr][/table]")
    assert bbcode_as_text(table).splitlines()[-2:] == ["| 1 | Kiểm tra |", "| 2 | Sở Y tế |"]
    post = marks + ("[quote=A]KẾ HOẠCH phòng chống dịch năm 2027 của Ủy ban nhân dân tỉnh\n[quote=B]Đồng ý[/quote]\n"
                    "1. Sở Y tế chủ trì giám sát dịch bệnh tại cộng đồng trước ngày 30/6/2027.\n[/quote]")
    assert bbcode_as_text(post).splitlines()[-1] == "1. Sở Y tế chủ trì giám sát dịch bệnh tại cộng đồng trước ngày 30/6/2027."
