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


_OUTLINE_PAGE = """title:: KH 25/KH-SYT - chăm sóc người cao tuổi
type:: [[Văn bản đến]]
so-hieu:: 25/KH-SYT
ngay-ban-hanh:: [[Mar 2nd, 2027]]
tags:: [[y tế]], [[người cao tuổi]]

- ỦY BAN NHÂN DÂN TỈNH TÂN AN
  SỞ Y TẾ
  \\*
  Số: 25/KH-SYT
- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
  Độc lập - Tự do - Hạnh phúc
  *Tân An, ngày 02 tháng 3 năm 2027*
- ## KẾ HOẠCH
\t- Chăm sóc sức khỏe người cao tuổi trên địa bàn tỉnh năm 2027
\t  collapsed:: true
- Thực hiện Quyết định số 120/QĐ-UBND ngày 15/01/2027 của Ủy ban nhân dân tỉnh, Sở Y tế ban hành Kế hoạch như sau:
- ### I. MỤC TIÊU
\t- 1. Đến năm 2027: 100% người cao tuổi được lập hồ sơ theo dõi sức khỏe.
\t- 2. Đến hết năm 2028:
\t\t- Ít nhất 90% người cao tuổi được khám sức khỏe định kỳ;
\t\t- 80% trạm y tế xã có góc tư vấn dinh dưỡng.
- ### II. NHIỆM VỤ
\t- **1. Khám sàng lọc bệnh không lây nhiễm**
\t\t- TODO Sở Y tế chủ trì, phối hợp với Bảo hiểm xã hội tỉnh tổ chức khám sàng lọc cho người cao tuổi tại trạm y tế xã, hoàn thành trước ngày 30/9/2027.
\t\t  SCHEDULED: <2027-09-15 Wed>
\t\t  id:: 65f0c2aa-1b2c-4d3e-8f90-123456789abc
\t\t- Trung tâm Kiểm soát bệnh tật tỉnh hướng dẫn các trạm y tế ghi kết quả khám vào hồ sơ sức khỏe điện tử.
\t- **2. Truyền thông, vận động**
\t\t- DOING [#A] Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với [[Hội Người cao tuổi tỉnh]] tổ chức truyền thông về vận động thể lực, hoàn thành trước ngày 31/10/2027.
- ### III. TỔ CHỨC THỰC HIỆN
\t- 1. Sở Tài chính bố trí kinh phí thực hiện Kế hoạch trong dự toán năm 2027.
\t- 2. Ủy ban nhân dân các xã, phường chỉ đạo trạm y tế triển khai Kế hoạch; báo cáo kết quả về Sở Y tế trước ngày 15/12 hằng năm.
- *Nơi nhận:*
\t- UBND tỉnh (để b/c);
\t- Các sở, ngành liên quan;
\t- Lưu: VT, NVY.
- GIÁM ĐỐC
  (Đã ký)
  Trần Văn Bình
- ---
- ## Việc của tôi #theo-dõi
\t- Nhắc Phòng Nghiệp vụ Y về khám sàng lọc ((65f0c2aa-1b2c-4d3e-8f90-123456789abc)) #[[việc gấp]]
\t- DONE Chuyển văn bản cho bộ phận một cửa trước ngày 05/3/2027
\t  :LOGBOOK:
\t  CLOCK: [2027-03-03 Wed 09:00:00]--[2027-03-03 Wed 09:05:00] =>  00:05:00
\t  :END:
"""


def test_an_outliners_page_reads_as_the_documents_lines_without_its_blocks_marks_and_the_note_takers_section():
    from vnplan.notemarkup import looks_like_note_markup, note_markup_as_text

    assert looks_like_note_markup(_OUTLINE_PAGE)
    lines = [line for line in note_markup_as_text(_OUTLINE_PAGE).splitlines() if line]
    assert lines[:7] == ["ỦY BAN NHÂN DÂN TỈNH TÂN AN", "SỞ Y TẾ", "*", "Số: 25/KH-SYT",
                         "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                         "*Tân An, ngày 02 tháng 3 năm 2027*"]
    assert lines[lines.index("## KẾ HOẠCH") + 1] == "Chăm sóc sức khỏe người cao tuổi trên địa bàn tỉnh năm 2027"
    assert lines[lines.index("### I. MỤC TIÊU") + 1:][:4] == [
        "1. Đến năm 2027: 100% người cao tuổi được lập hồ sơ theo dõi sức khỏe.", "2. Đến hết năm 2028:",
        "- Ít nhất 90% người cao tuổi được khám sức khỏe định kỳ;", "- 80% trạm y tế xã có góc tư vấn dinh dưỡng."]
    assert lines[lines.index("### II. NHIỆM VỤ") + 1:][:4] == [
        "**1. Khám sàng lọc bệnh không lây nhiễm**",
        "- Sở Y tế chủ trì, phối hợp với Bảo hiểm xã hội tỉnh tổ chức khám sàng lọc cho người cao tuổi tại trạm y tế "
        "xã, hoàn thành trước ngày 30/9/2027.",
        "- Trung tâm Kiểm soát bệnh tật tỉnh hướng dẫn các trạm y tế ghi kết quả khám vào hồ sơ sức khỏe điện tử.",
        "**2. Truyền thông, vận động**"]
    assert lines[lines.index("**2. Truyền thông, vận động**") + 1].startswith(
        "- Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Hội Người cao tuổi tỉnh tổ chức")
    assert lines[lines.index("*Nơi nhận:*") + 1:] == ["- UBND tỉnh (để b/c);", "- Các sở, ngành liên quan;",
                                                     "- Lưu: VT, NVY.", "GIÁM ĐỐC", "(Đã ký)", "Trần Văn Bình"]
    page = "\n".join(lines)
    assert not any(mark in page for mark in ("::", "TODO", "DOING", "[#A]", "SCHEDULED", "((", "---", "Việc của tôi",
                                             "LOGBOOK", "CLOCK", "một cửa", "#theo"))


def test_an_outliners_page_extracts_the_plans_tasks_leads_deadlines_targets_and_reports():
    result = vnplan.extract_text(_OUTLINE_PAGE)
    document = result.document
    assert (document.number, document.type, document.issued_date, document.signer) == (
        "25/KH-SYT", "Kế hoạch", "2027-03-02", "Trần Văn Bình")
    assert document.title == "Chăm sóc sức khỏe người cao tuổi trên địa bàn tỉnh năm 2027"
    assert [(t.lead, t.coordinators, t.deadline) for t in result.tasks] == [
        (["Sở Y tế tỉnh Tân An"], ["Bảo hiểm xã hội tỉnh"], "2027-09-30"),
        (["Trung tâm Kiểm soát bệnh tật tỉnh"], [], None),
        (["Sở Văn hóa, Thể thao và Du lịch"], ["Hội Người cao tuổi tỉnh"], "2027-10-31"), (["Sở Tài chính"], [], None),
        (["Ủy ban nhân dân các xã, phường"], [], None)]
    assert not any("một cửa" in t.text or "Nhắc" in t.text for t in result.tasks)  # (the note-taker's own to-dos)
    assert [(t.min, t.unit, t.year) for t in result.targets] == [(100, "%", 2027), (90, "%", 2028), (80, "%", 2028)]
    assert [(r.reporter, r.recipient, r.frequency, r.due) for r in result.reporting] == [
        ("Ủy ban nhân dân các xã, phường", "Sở Y tế tỉnh Tân An", "annual", "--12-15")]


_OUTLINE_EXPORT = """- ỦY BAN NHÂN DÂN XÃ AN PHÚ
  Số: 08/KH-UBND
- An Phú, ngày 10 tháng 02 năm 2027
- KẾ HOẠCH
  - Phòng, chống dịch sốt xuất huyết năm 2027
- I. NHIỆM VỤ
  - 1. Trạm Y tế xã chủ trì, phối hợp với Công an xã phun hóa chất diệt muỗi tại các thôn, hoàn thành trước ngày 30/6/2027.
  - 2. Các thôn:
    - Tổ chức ra quân diệt bọ gậy hằng tháng;
    - Báo cáo kết quả về Ủy ban nhân dân xã trước ngày 25 hằng tháng.
- Nơi nhận:
  - Như trên;
  - Lưu: VT.
- TM. ỦY BAN NHÂN DÂN
  CHỦ TỊCH
  Lê Văn Nam
"""


def test_an_outline_exported_as_text_with_spaces_and_no_link_reads_under_its_headings_in_capitals():
    result = vnplan.extract_text(_OUTLINE_EXPORT)
    assert (result.document.number, result.document.title, result.document.signer) == (
        "08/KH-UBND", "Phòng, chống dịch sốt xuất huyết năm 2027", "Lê Văn Nam")
    assert [(t.lead, t.coordinators, t.deadline, t.text[:20]) for t in result.tasks] == [
        (["Trạm Y tế xã"], ["Công an xã"], "2027-06-30", "Trạm Y tế xã chủ trì"),
        (["Các thôn"], [], None, "Tổ chức ra quân diệt"), (["Các thôn"], [], None, "Báo cáo kết quả về Ủ")]
    assert [(r.reporter, r.frequency) for r in result.reporting] == [("Các thôn", "monthly")]


def test_roams_task_marks_tags_references_and_logseqs_heading_property_go_and_a_block_keeps_its_line_breaks():
    from vnplan.notemarkup import note_markup_as_text

    page = ("- ỦY BAN NHÂN DÂN XÃ AN PHÚ\n"
            "    - II. Nhiệm vụ #[[kế hoạch 2027]]\n"
            "      heading:: 2\n"
            "        - {{[[TODO]]}} Trạm Y tế xã kiểm tra vệ sinh #y-tế ((abcDEF123))\n"
            "          DEADLINE: <2027-06-30 Wed>\n"
            "        - Giám sát ca bệnh tại thôn\n"
            "          theo hướng dẫn của Sở Y tế.\n"
            "            - LATER Báo cáo hằng tháng\n")
    assert [line for line in note_markup_as_text(page).splitlines() if line] == [
        "ỦY BAN NHÂN DÂN XÃ AN PHÚ", "II. Nhiệm vụ", "Trạm Y tế xã kiểm tra vệ sinh", "Giám sát ca bệnh tại thôn",
        "theo hướng dẫn của Sở Y tế.", "- Báo cáo hằng tháng"]
    assert vnplan.extract_text(page, strict=False).tasks[0].text.startswith("Trạm Y tế xã kiểm tra vệ sinh")


def test_a_plan_with_dash_bullets_a_markdown_plan_a_web_copy_a_layout_copy_and_a_short_list_are_no_outline():
    from vnplan.normalise import normalise
    from vnplan.notemarkup import looks_like_note_markup, looks_like_outline
    from vnplan.read import RawText

    assert looks_like_outline(_OUTLINE_PAGE) and looks_like_outline(_OUTLINE_EXPORT)
    plain = ("ỦY BAN NHÂN DÂN XÃ AN PHÚ\nKẾ HOẠCH\nI. NHIỆM VỤ\n- Trạm Y tế xã phun hóa chất diệt muỗi;\n"
             "  - tại các thôn ven sông;\n- Công an xã bảo đảm an ninh.\n")
    markdown = ("## I. NHIỆM VỤ\n\n- Trạm Y tế xã phun hóa chất diệt muỗi;\n  - tại các thôn ven sông;\n"
                "- Công an xã bảo đảm an ninh.\n\n## II. TỔ CHỨC THỰC HIỆN\n- Các thôn báo cáo hằng tháng.\n")
    web = ("- Trang chủ\n- Văn bản\n  - Kế hoạch\nKẾ HOẠCH Phòng, chống dịch năm 2027\n"
           "- Trạm Y tế xã phun hóa chất diệt muỗi.\n")
    layout = ("- 2 -\n                    ỦY BAN NHÂN DÂN XÃ AN PHÚ\n- Trạm Y tế xã phun hóa chất;\n"
              "   - tại các thôn;\n- Công an xã bảo đảm an ninh.\n")
    short_list = "- Trạm Y tế xã phun hóa chất;\n- Công an xã bảo đảm an ninh;\n- Các thôn ra quân.\n"
    for text in (plain, markdown, web, layout, short_list):
        assert not looks_like_outline(text) and not looks_like_note_markup(text), text
        assert normalise(RawText(text, "txt")).count("- ") >= 2, text  # the bullets stay bullets


def test_the_note_takers_section_goes_only_after_the_documents_end_and_an_appendix_after_it_stays():
    from vnplan.notemarkup import note_markup_as_text

    def page(*blocks: str) -> list[str]:
        text = "so-hieu:: 08/KH-UBND\n\n- KẾ HOẠCH\n\t- Phòng, chống dịch năm 2027\n" + "".join(
            f"- {block}\n" for block in blocks)
        return [line for line in note_markup_as_text(text).splitlines() if line]

    signed = ("*Nơi nhận:*\n\t- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN\n  CHỦ TỊCH")
    assert page(*signed, "## Phụ lục\n\t- Danh mục thôn", "## My notes\n\t- gọi Trạm Y tế")[-2:] == [
        "## Phụ lục", "Danh mục thôn"]
    kept = page(*signed, "## Ghi chú thêm\n\t- thôn Đông", "## PHỤ LỤC\n\t- Danh mục thôn")
    assert kept[-4:] == ["## Ghi chú thêm", "thôn Đông", "## PHỤ LỤC", "Danh mục thôn"]
    assert page("## Ghi chú\n\t- thôn Đông")[-2:] == ["## Ghi chú", "thôn Đông"]  # (no end of a document before it)


def test_outline_reading_takes_linear_time_on_deep_nesting_and_lines_full_of_marks():
    import time

    from vnplan.notemarkup import note_markup_as_text

    deep = "".join(" " * depth + "- Sở Y tế\n" for depth in range(2000))
    started = time.perf_counter()
    assert [line for line in note_markup_as_text(deep).splitlines() if line][:2] == ["Sở Y tế", "- Sở Y tế"]
    for text in (deep,
                 "- a\n  - b\n- " + "#" * 200000 + "\n", "- a\n  - b\n- " + "((" * 100000 + "\n",
                 "- a\n  - b\n- " + "TODO " * 50000 + "\n", "- a\n  - b\n- " + "#[[" * 100000 + "\n",
                 "k:: v\n" * 50000 + "- a\n", "- a\n  - b\n" + "- Nơi nhận\n- ## ghi\n" * 20000):
        note_markup_as_text(text)
    assert time.perf_counter() - started < 5  # (a pattern that backtracks, or a line copied per mark, takes minutes)
    for text in ("-", "- \n- \n  - \n", "\t- x\n\t- y\n\t\t- z\n", "- TODO\n  - DONE\n- ---\n",
                 "a:: b\n- x\n  - y\n- z"):
        vnplan.extract_text(text, strict=False)


# A static site's content file: TOML front matter, shortcodes boxing the header and the signature, a raw HTML table
# with a lead merged down two rows
_SITE_SOURCE = """+++
title = "Kế hoạch số 44/KH-TTYT về tiêm chủng mở rộng năm 2027"
date = 2027-01-08T09:00:00+07:00
draft = false

[params]
  so_hieu = "44/KH-TTYT"
+++

{{< figure src="images/tiem-chung.jpg" caption="Tiêm chủng tại trạm y tế" >}}

<!--more-->

{{< dau-van-ban trai="SỞ Y TẾ TỈNH QUẢNG TRỊ|TRUNG TÂM Y TẾ KHU VỰC ĐÔNG HÀ|*|Số: 44/KH-TTYT" phai="CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|Độc lập - Tự do - Hạnh phúc|Đông Hà, ngày 08 tháng 01 năm 2027" >}}

## KẾ HOẠCH

**Tiêm chủng mở rộng năm 2027**

### I. NHIỆM VỤ

<table class="nhiem-vu">
<tr><th>TT</th><th>Nội dung</th><th>Đơn vị chủ trì</th><th>Đơn vị phối hợp</th><th>Thời gian</th></tr>
<tr><td>1</td><td>Rà soát đối tượng tiêm chủng trên địa bàn</td><td rowspan="2">Khoa Kiểm soát bệnh tật</td><td>Trạm Y tế các phường</td><td>Quý I/2027</td></tr>
<tr><td>2</td><td>Tập huấn an toàn tiêm chủng cho cán bộ y tế</td><td>Phòng Kế hoạch - Nghiệp vụ</td><td>Tháng 4/2027</td></tr>
</table>

### II. TỔ CHỨC THỰC HIỆN

Khoa Kiểm soát bệnh tật tổng hợp, báo cáo Sở Y tế trước ngày 15/12/2027./.

{{< chu-ky noi-nhan="Sở Y tế (b/c)|Lưu: VT" chuc-vu="GIÁM ĐỐC" nguoi-ky="Lê Thị Hằng" >}}
{{< tai-ve file="/uploads/44-KH-TTYT.pdf" ten="Tải văn bản (PDF)" >}}
"""


def test_a_static_sites_source_reads_with_its_shortcodes_printed_and_its_front_matter_dropped():
    text = vnplan.normalise(vnplan.RawText(_SITE_SOURCE, "txt"))
    lines = text.split("\n")
    assert "TRUNG TÂM Y TẾ KHU VỰC ĐÔNG HÀ" in lines and "Số: 44/KH-TTYT" in lines
    assert not any(mark in text for mark in ("{{<", "+++", "draft", "images/", "<!--", "/uploads/", "so_hieu"))
    assert lines.index("Lê Thị Hằng") > lines.index("GIÁM ĐỐC")


def test_a_static_sites_plan_is_extracted_with_its_header_its_signature_and_its_html_table_with_a_merged_lead():
    plan = vnplan.extract_text(_SITE_SOURCE)
    doc = plan.document
    assert (doc.number, doc.issued_date, doc.signer) == ("44/KH-TTYT", "2027-01-08", "Lê Thị Hằng")
    tasks = {task.text[:20]: task for task in plan.tasks}
    assert tasks["Rà soát đối tượng ti"].lead == ["Khoa Kiểm soát bệnh tật"]
    assert tasks["Tập huấn an toàn tiê"].lead == ["Khoa Kiểm soát bệnh tật"]  # (the lead merged down the rows)
    assert tasks["Tập huấn an toàn tiê"].coordinators == ["Phòng Kế hoạch - Nghiệp vụ"]
    assert tasks["Tập huấn an toàn tiê"].deadline == "2027-04-30"


def test_a_converters_html_table_keeps_its_header_row_though_the_row_is_classed_header():
    """pandoc writes a table with merged cells as HTML inside its markdown, the header row `<tr class="header">`: the
    table's own header, not a site's chrome to drop, or no column is known and the table gives no task."""
    source = ("**KẾ HOẠCH**\n\n**Chuyển đổi số trong trường học năm 2027**\n\n**I. NHIỆM VỤ**\n\n<table>\n<thead>\n"
              '<tr class="header">\n<th>TT</th>\n<th>Nhiệm vụ</th>\n<th>Cơ quan chủ trì</th>\n<th>Cơ quan phối hợp</th>\n'
              "<th>Thời gian hoàn thành</th>\n</tr>\n</thead>\n<tbody>\n"
              '<tr class="odd">\n<td>1</td>\n<td>Số hóa học bạ cho học sinh tiểu học</td>\n'
              '<td rowspan="2">Sở Giáo dục và Đào tạo</td>\n<td>Sở Khoa học và Công nghệ</td>\n<td>Quý III/2027</td>\n</tr>\n'
              '<tr class="even">\n<td>2</td>\n<td>Thu học phí qua tài khoản ngân hàng</td>\n<td>Các trường học</td>\n'
              "<td>Quý IV/2027</td>\n</tr>\n</tbody>\n</table>\n\n**II. TỔ CHỨC THỰC HIỆN**\n\n"
              "Sở Giáo dục và Đào tạo tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12/2027./.\n")
    tasks = {task.text[:20]: task for task in vnplan.extract_text(source).tasks}
    assert tasks["Số hóa học bạ cho họ"].lead == ["Sở Giáo dục và Đào tạo"]
    assert tasks["Thu học phí qua tài "].lead == ["Sở Giáo dục và Đào tạo"]
    assert tasks["Số hóa học bạ cho họ"].coordinators == ["Sở Khoa học và Công nghệ"]
    assert tasks["Thu học phí qua tài "].deadline == "2027-12-31"


def test_braces_and_a_plus_rule_in_a_plain_plan_are_no_site_source():
    plain = "KẾ HOẠCH\n+++\nGhi chú {{ không phải mã }} và a = b trong văn bản.\n"
    assert vnplan.normalise(vnplan.RawText(plain, "txt")).count("{{ không phải mã }}") == 1
