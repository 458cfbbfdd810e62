"""A plan kept as a DokuWiki page reads as the lines of its rendered page."""
import time

import vnplan
from vnplan.dokuwiki import dokuwiki_as_text, looks_like_dokuwiki
from vnplan.normalise import normalise
from vnplan.read import RawText

from test_mediawiki import _PAGE as _MEDIAWIKI_PAGE

_PAGE = """====== KH 77/KH-UBND: Phòng, chống hạn hán năm 2027 ======
~~NOTOC~~
<WRAP center round info 80%>
Bản chép từ văn bản giấy. Tệp gốc: {{ :vanban:2027:77-kh.pdf |77-KH-UBND.pdf}}\\\\ Người nhập: Văn phòng.
</WRAP>

^ ỦY BAN NHÂN DÂN\\\\ TỈNH LAM SƠN ^ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\\\\ Độc lập - Tự do - Hạnh phúc ^
| Số: 77/KH-UBND | //Lam Sơn, ngày 12 tháng 01 năm 2027// |

===== KẾ HOẠCH =====
**Phòng, chống hạn hán năm 2027**

//Căn cứ Luật Thủy lợi ngày 19 tháng 6 năm 2017;((Đã được sửa đổi, bổ sung năm 2025.))//

==== I. NHIỆM VỤ ====

^ TT ^ Nội dung ^ Đơn vị chủ trì ^ Thời gian ^
| **A** | **Công tác chuẩn bị** |||
| 1 | Rà soát các hồ chứa có nguy cơ thiếu nước | Sở Nông nghiệp và Môi trường | Tháng 2/2027 |
| 2 | Nạo vét kênh mương nội đồng | ::: | Trước ngày 31/3/2027 |
| 3 | Lắp đặt trạm bơm dã chiến\\\\ tại các xã vùng cao | Sở Xây dựng | Quý II/2027 |

==== II. TỔ CHỨC THỰC HIỆN ====
  - Sở Tài chính bố trí kinh phí trước ngày 28/02/2027.
  - Công an tỉnh:
    * Bảo đảm an ninh tại các công trình thủy lợi;
    * Xử lý vi phạm hành lang bảo vệ kênh mương.
  - __Sở Y tế__ hướng dẫn người dân sử dụng nước sạch, xem [[:huongdan:nuoc_sach|hướng dẫn]].

----
{{tag>ke_hoach han_han}}
~~DISCUSSION:off~~
"""


def test_a_page_reads_as_its_rendered_lines():
    assert looks_like_dokuwiki(_PAGE)
    lines = dokuwiki_as_text(_PAGE).strip().split("\n")
    assert lines[:4] == ["KH 77/KH-UBND: Phòng, chống hạn hán năm 2027",  # (the macro's and the tags' lines go)
                         "Bản chép từ văn bản giấy. Tệp gốc: 77-KH-UBND.pdf", "Người nhập: Văn phòng.", ""]
    assert lines[4:6] == ["| ỦY BAN NHÂN DÂN TỈNH LAM SƠN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - "
                          "Hạnh phúc |", "| Số: 77/KH-UBND | Lam Sơn, ngày 12 tháng 01 năm 2027 |"]
    assert "Căn cứ Luật Thủy lợi ngày 19 tháng 6 năm 2017;" in lines  # (its footnote out of the sentence)
    table = lines.index("| TT | Nội dung | Đơn vị chủ trì | Thời gian |")
    assert lines[table + 1:table + 5] == [
        "| A | Công tác chuẩn bị |",  # (a cell across the columns written once)
        "| 1 | Rà soát các hồ chứa có nguy cơ thiếu nước | Sở Nông nghiệp và Môi trường | Tháng 2/2027 |",
        "| 2 | Nạo vét kênh mương nội đồng | Sở Nông nghiệp và Môi trường | Trước ngày 31/3/2027 |",  # ":::"
        "| 3 | Lắp đặt trạm bơm dã chiến tại các xã vùng cao | Sở Xây dựng | Quý II/2027 |"]
    part = lines.index("II. TỔ CHỨC THỰC HIỆN")
    assert lines[part + 1:part + 6] == [
        "1. Sở Tài chính bố trí kinh phí trước ngày 28/02/2027.", "2. Công an tỉnh:",
        "- Bảo đảm an ninh tại các công trình thủy lợi;", "- Xử lý vi phạm hành lang bảo vệ kênh mương.",
        "3. Sở Y tế hướng dẫn người dân sử dụng nước sạch, xem hướng dẫn."]
    assert lines[-2:] == ["Ghi chú:", "1 Đã được sửa đổi, bổ sung năm 2025."]  # the notes after the page's text
    text = "\n".join(lines)
    assert not any(mark in text for mark in ("==", "**", "//", "__", "{{", "[[", "\\\\", "~~", "<", "tag>", "----",
                                             ":::", "^"))


def test_a_page_saved_with_windows_line_ends_reads_the_same():
    assert looks_like_dokuwiki(_PAGE.replace("\n", "\r\n"))
    assert dokuwiki_as_text(_PAGE.replace("\n", "\r\n")) == dokuwiki_as_text(_PAGE)


def test_a_page_gives_its_plan():
    result = vnplan.extract_text(_PAGE)
    assert (result.document.number, result.document.issuer) == ("77/KH-UBND", "Ủy ban nhân dân tỉnh Lam Sơn")
    tasks = {task.text: task for task in result.tasks}
    assert tasks["Nạo vét kênh mương nội đồng"].lead == ["Sở Nông nghiệp và Môi trường"]  # the lead cell spans on
    assert tasks["Nạo vét kênh mương nội đồng"].deadline == "2027-03-31"
    assert tasks["Lắp đặt trạm bơm dã chiến tại các xã vùng cao"].lead == ["Sở Xây dựng"]
    assert [task.lead for task in result.tasks if task.text.startswith(("Bảo đảm an ninh", "Xử lý vi phạm"))] == [
        ["Công an tỉnh"], ["Công an tỉnh"]]


def test_a_footnote_is_cited_by_the_body_and_is_no_task_of_the_last_part():
    page = ("===== KẾ HOẠCH =====\n//Căn cứ Luật Đê điều;((Được hướng dẫn bởi Nghị định số 67/2018/NĐ-CP "
            "ngày 14/5/2018 của Chính phủ.))//\n\n==== I. NHIỆM VỤ ====\n"
            "^ TT ^ Nội dung ^ Đơn vị chủ trì ^ Thời gian ^\n"
            "| 1 | Rà soát hồ chứa xung yếu | Sở Xây dựng | Quý I/2027 |\n"
            "| 2 | Kiểm tra đê điều | Sở Tài chính | Quý II/2027 |\n")  # (no signature after the table)
    result = vnplan.extract_text(page)
    assert [task.text for task in result.tasks] == ["Rà soát hồ chứa xung yếu", "Kiểm tra đê điều"]
    assert "67/2018/NĐ-CP" in [reference.number for reference in result.references]


def test_numbering_nesting_and_lists_that_start_again():
    page = ("===== A =====\n  - một\n  - hai\n    - hai a\n    - hai b\n      * chấm\n        * chấm con\n"
            "    * chấm của hai\n    - mới\n  - ba\n\n  - lại một\nChữ thường\n  - lại một nữa\n"
            "\t- tab là hai dấu cách\n  * gạch\n    * gạch con\n    - số dưới gạch\n")
    assert dokuwiki_as_text(page).split("\n")[1:18] == [
        "1. một", "2. hai", "a) hai a", "b) hai b", "- chấm", "+ chấm con", "- chấm của hai",
        "a) mới",  # (a bullet list at that depth came between: a new numbered list)
        "3. ba", "", "1. lại một",  # (a blank line ends a list: the next one counts from one)
        "Chữ thường", "1. lại một nữa", "2. tab là hai dấu cách", "- gạch", "+ gạch con", "a) số dưới gạch"]


def test_tables_cells_and_spans():
    page = ("^ TT ^ Việc ^ Chủ trì ^ Phối hợp ^\n"
            "^ 1 | Việc một | Sở A | Sở B |\n"  # (a row mixing header and data cells)
            "| 2 | Việc hai | ::: | ::: |\n"
            "| 3 | Việc ba | ::: | |\n"  # (a cell holding a space is empty, not a span)
            "| 4 | Việc bốn\\\\ dòng hai\\\\\n"
            "| 5 | [[a:b|Việc năm]] có {{ :x.png |ảnh}} || Sở C |\n"
            "Hết bảng **đậm** ''mono'' <del>bỏ đi</del>còn lại\n")
    assert dokuwiki_as_text(page).split("\n") == [
        "| TT | Việc | Chủ trì | Phối hợp |", "| 1 | Việc một | Sở A | Sở B |", "| 2 | Việc hai | Sở A | Sở B |",
        "| 3 | Việc ba | Sở A |  |", "| 4 | Việc bốn dòng hai |", "| 5 | Việc năm có ảnh | Sở C |",
        "Hết bảng đậm mono còn lại", ""]


def test_a_table_under_a_header_rule_as_zim_writes_it_keeps_its_empty_cells():
    """Zim (and markdown) write "|:-|:--|" under the header, which DokuWiki never does: there "||" is a cell left
    empty, not the cell before it spanning on, or the partners' column takes the row's time."""
    page = ("====== Kế hoạch ======\n|TT|Việc|Chủ trì|Phối hợp|Thời gian|\n|:-|:--|:--|:--|:--|\n"
            "|1|Việc một|Sở A|Sở B|Quý I/2027|\n|2|Việc hai|Sở A||Quý II/2027|\n")
    assert "| 2 | Việc hai | Sở A |  | Quý II/2027 |" in dokuwiki_as_text(page).split("\n")


def test_literal_spans_preformatted_quotes_links_and_notes():
    page = ("== Ghi chú ==\n"
            "<code>\n  - không phải danh sách\n**không đậm**\n</code>\n"
            "Giữ %%**nguyên**%% và <nowiki>//nguyên//</nowiki>, trang https://vi.example.org//x và [[https://a.vn]].\n"
            "  dòng định dạng sẵn **giữ dấu**\n"
            "> trích **dẫn**\n"
            ">> trích sâu\n"
            "Xem [[ns:trang_con]], [[wp>Hà Nội]] và [[#muc_2]].((ghi chú một))((ghi chú **hai**))\n"
            "<note important>Lưu ý: nộp đúng hạn.</note>\n"
            "<php>echo 1;</php><html><b>HTML</b></html>\n")
    assert dokuwiki_as_text(page).split("\n") == [
        "Ghi chú", "  - không phải danh sách", "**không đậm**",
        "Giữ **nguyên** và //nguyên//, trang https://vi.example.org//x và https://a.vn.",
        "dòng định dạng sẵn **giữ dấu**", "trích dẫn", "trích sâu",
        "Xem trang con, Hà Nội và muc 2.", "Lưu ý: nộp đúng hạn.", "HTML", "",
        "Ghi chú:", "1 ghi chú một 2 ghi chú hai", ""]


def test_the_hook_reads_the_page_before_the_other_markups():
    text = normalise(RawText(_PAGE, "txt"))
    assert "1. Sở Tài chính bố trí kinh phí trước ngày 28/02/2027." in text.split("\n")
    assert "==" not in text and "\\\\" not in text and "[[" not in text


def test_other_markups_are_no_dokuwiki():
    assert not looks_like_dokuwiki(_MEDIAWIKI_PAGE)
    assert not looks_like_dokuwiki("== I. NHIỆM VỤ ==\n* Sở A chủ trì [[Sở A|sở]] ''nghiêng''\n== II. TỔ CHỨC ==\n"
                                   "{{c|'''KẾ HOẠCH'''}}\n# một\n")  # MediaWiki without its tables
    assert not looks_like_dokuwiki("= KẾ HOẠCH\n\n== I. NHIỆM VỤ\n\n. Sở A chủ trì\n* gạch\n** gạch con\n\n"
                                   "[cols=\"1,3\"]\n|===\n|TT |Nội dung\n|1 |Việc một\n|===\n")  # AsciiDoc
    assert not looks_like_dokuwiki("# KẾ HOẠCH\n\n## I. NHIỆM VỤ\n\n- **Sở A**:\n  - việc một, xem https://a.vn/b\n"
                                   "  - việc hai\n  * việc ba\n\n| TT | Nội dung |\n|---|---|\n| 1 | Việc |\n")
    assert not looks_like_dokuwiki("h1. KẾ HOẠCH\nh2. I. NHIỆM VỤ\n||TT||Nội dung||\n|1|Việc một\\\\ dòng hai|\n"
                                   "# Sở A chủ trì\n{{mã}}\n")  # Confluence
    assert not looks_like_dokuwiki("\\section{Nhiệm vụ}\nDòng một \\\\\nDòng hai \\\\\n%% chú thích %%\n")  # LaTeX
    assert not looks_like_dokuwiki("KẾ HOẠCH\n==quan trọng==\n[[Sở A|sở]] %%ẩn%% ^khoi-1\n- [ ] việc\n")  # Obsidian
    assert not looks_like_dokuwiki("KẾ HOẠCH\n  - Sở A chủ trì\n  - Sở B phối hợp\nTheo http://a.vn//b và c//d\n")


def test_hostile_pages_cost_no_time():
    hostile = ["((" * 50000, "((a" + "x" * 100000, "%%" + "x\n" * 50000, "<code>" * 20000, "[[" * 50000 + "|",
               "//" * 50000 + "a", "**a" * 50000, "{{" * 50000, "| a " * 20000 + "\n" + "| ::: " * 20000,
               "  " * 50000 + "- x", "\n".join("  " * (k % 50) + "- x" for k in range(20000)),
               "<WRAP " + "x" * 100000, "~~" * 50000, "\\\\ " * 50000, "=" * 100000, "^ ^" * 30000]
    for text in hostile:
        started = time.perf_counter()
        looks_like_dokuwiki(text)
        dokuwiki_as_text(text)
        assert time.perf_counter() - started < 2, text[:20]
    assert dokuwiki_as_text("((ghi chú không đóng\n  - một\n").split("\n")[:2] == ["((ghi chú không đóng", "1. một"]
    assert dokuwiki_as_text("a \ue000" + "0\ue001 b ((c))").strip().split("\n") == ["a 0 b", "", "Ghi chú:", "1 c"]


def test_a_markdown_note_quoting_dokuwikis_marks_in_code_spans_is_no_dokuwiki():
    note = """# Ghi chú về bộ mẫu thử

- Mỗi tệp có một tệp đáp án bên cạnh.
- Trang DokuWiki giữ dấu của nó: tiêu đề `====== … ======`, ô đầu bảng `^ … ^`, chữ nghiêng `//…//`,
  hộp `<WRAP
  center round info 80%>` … `</WRAP>`, tệp đính kèm `{{ :vanban:2027:77-kh.pdf |77-KH.pdf}}`,
  ngắt dòng `\\\\\\\\ `, ô gộp `:::` và macro `~~NOTOC~~`, `~~DISCUSSION:off~~`;
  - danh sách lồng nhau của ghi chú:
    - mục con thứ nhất
    - mục con thứ hai
  - các phần khác `%%…%%`:
    - mục con thứ ba
- Không sửa văn bản để trích xuất đạt.

## Cách chấm

- điểm theo từng trường;
  - nhiệm vụ, thời hạn;
  - đơn vị chủ trì.
"""
    assert not looks_like_dokuwiki(note)
    # (the same marks on the page, not quoted, are DokuWiki's; so are its "  - " items when no list is at the margin)
    assert looks_like_dokuwiki(note.replace("`", ""))
    assert looks_like_dokuwiki("KẾ HOẠCH //Phòng chống hạn// năm 2027\n~~NOTOC~~\n  - Sở A chủ trì\n  - Sở B\n")


def test_a_line_indented_by_one_space_is_text_two_spaces_or_a_tab_keep_it_as_written():
    line = " Căn cứ [[vb:qd-12|Quyết định số 12/QĐ-UBND]] và //Luật//"
    assert dokuwiki_as_text(line) == "Căn cứ Quyết định số 12/QĐ-UBND và Luật\n"
    assert dokuwiki_as_text(" " + line) == line.strip() + "\n"
    assert dokuwiki_as_text("\t" + line.strip()) == line.strip() + "\n"
