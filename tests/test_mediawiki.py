"""A plan kept as MediaWiki wikitext (a Wikisource page) reads as the lines of its rendered page."""
import vnplan
from vnplan.mediawiki import looks_like_mediawiki, mediawiki_as_text

_PAGE = """{{header
| title = Kế hoạch 25/KH-UBND năm 2027 của Ủy ban nhân dân tỉnh Tân An
| author = [[Tác gia:Ủy ban nhân dân tỉnh Tân An|Ủy ban nhân dân tỉnh Tân An]]
| previous = [[Kế hoạch 24/KH-UBND năm 2027|24/KH-UBND]]
| notes = Kế hoạch về phòng, chống thiên tai
}}
{{Văn bản pháp luật Việt Nam}}
<!-- chép từ bản giấy -->
{| style="width:100%; text-align:center;"
|-
|style="width:40%"|'''ỦY BAN NHÂN DÂN<br/>TỈNH TÂN AN'''<br/>-------
|'''CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'''
|-
|Số: 25/KH-UBND || ''Tân An, ngày 08 tháng 01 năm 2027''
|}
{{c|{{larger|'''KẾ HOẠCH'''}}}}
{{c|'''Phòng, chống thiên tai năm 2027'''}}

Căn cứ [[Luật Phòng, chống thiên tai 2013|Luật Phòng, chống thiên tai]] ngày 19 tháng 6 năm 2013;<ref>Đã được sửa đổi năm 2020.</ref>

== I. NHIỆM VỤ ==
# Sở Nông nghiệp và Môi trường chủ trì rà soát các hồ chứa xung yếu trước ngày 31/3/2027.
# '''Bộ Chỉ huy Quân sự tỉnh:'''
## Xây dựng phương án sơ tán dân trước ngày 30/4/2027;
## Tổ chức diễn tập cứu hộ cứu nạn, hoàn thành trong quý II/2027.

== II. TỔ CHỨC THỰC HIỆN ==
* Các sở, ngành báo cáo kết quả về Sở Nông nghiệp và Môi trường trước ngày 15 hằng tháng.

{| class="wikitable"
|+ Phụ lục: Nhiệm vụ cụ thể
! TT !! Nội dung !! Đơn vị chủ trì !! Thời gian
|-
| 1 || Kiểm tra đê điều || style="color:red" | Sở Xây dựng<br/>Công an tỉnh || Quý I/2027
|}
----
{{PD-VNGov}}
[[Thể loại:Kế hoạch của Ủy ban nhân dân tỉnh]]
"""


def test_a_wikisource_page_reads_as_its_rendered_lines():
    assert looks_like_mediawiki(_PAGE)
    lines = mediawiki_as_text(_PAGE).strip().split("\n")
    assert lines[:4] == ["| ỦY BAN NHÂN DÂN TỈNH TÂN AN ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |",
                         "| Số: 25/KH-UBND | Tân An, ngày 08 tháng 01 năm 2027 |", "KẾ HOẠCH",
                         "Phòng, chống thiên tai năm 2027"]
    assert "Căn cứ Luật Phòng, chống thiên tai ngày 19 tháng 6 năm 2013;" in lines  # (the link's words, no footnote)
    assert lines[lines.index("I. NHIỆM VỤ") + 1:][:4] == [
        "1. Sở Nông nghiệp và Môi trường chủ trì rà soát các hồ chứa xung yếu trước ngày 31/3/2027.",
        "2. Bộ Chỉ huy Quân sự tỉnh:", "a) Xây dựng phương án sơ tán dân trước ngày 30/4/2027;",
        "b) Tổ chức diễn tập cứu hộ cứu nạn, hoàn thành trong quý II/2027."]
    assert ["Phụ lục: Nhiệm vụ cụ thể", "| TT | Nội dung | Đơn vị chủ trì | Thời gian |",
            "| 1 | Kiểm tra đê điều | Sở Xây dựng Công an tỉnh | Quý I/2027 |"] == lines[-3:]
    assert not any(mark in "\n".join(lines) for mark in ("{{", "[[", "'''", "Thể loại", "header", "PD-VNGov",
                                                         "Tác gia", "24/KH-UBND", "sửa đổi năm 2020"))


def test_a_wikisource_page_gives_its_plan():
    result = vnplan.extract_text(_PAGE)
    assert (result.document.number, result.document.issuer) == ("25/KH-UBND", "Ủy ban nhân dân tỉnh Tân An")
    assert [(t.lead, t.deadline) for t in result.tasks][:3] == [
        (["Sở Nông nghiệp và Môi trường"], "2027-03-31"), (["Bộ Chỉ huy Quân sự tỉnh"], "2027-04-30"),
        (["Bộ Chỉ huy Quân sự tỉnh"], "2027-06-30")]
    assert [(d.frequency, d.due) for d in result.reporting] == [("monthly", "---15")]


def test_notes_and_other_wikis_are_no_mediawiki():
    assert not looks_like_mediawiki("KẾ HOẠCH\n[[Sở Y tế]] chủ trì; ==ghi chú==\n- [ ] việc cần làm\n")
    assert not looks_like_mediawiki("h1. KẾ HOẠCH\n||TT||Nội dung||\n|1|Sở Y tế [[x]] {{y}}|\n")
    assert mediawiki_as_text("{{a|" * 5 + "Sở Y tế" + "}}" * 5).strip() == "Sở Y tế"
    assert "Sở Y tế" in mediawiki_as_text("{{a|" * 2000 + "Sở Y tế" + "}}" * 2000)  # (read in time, no error)


def test_continuation_lines_keep_the_count_entities_are_read_and_hostile_cells_and_comments_cost_no_time():
    page = "'''KẾ HOẠCH'''\n{{c|A}}\n# Một\n#: tiếp theo\n# Hai\n## x\n##: tiếp\n## y\n# Ba &ndash; &amp; &quot;"
    assert mediawiki_as_text(page).split("\n")[2:] == [
        "1. Một", "tiếp theo", "2. Hai", "a) x", "tiếp", "b) y", "3. Ba – & \"", ""]
    table = "'''A'''\n{{c|B}}\n{|\n! TT || Nội dung !! Đơn vị\n|-\n| x=" + "abc=" * 40 + "!| ô\n|}\n"
    assert mediawiki_as_text(table).split("\n")[2] == "| TT | Nội dung | Đơn vị |"
    assert "Sở Y tế" in mediawiki_as_text("'''A'''\n{{c|B}}\nSở Y tế\n" + "<!--" * 50000 + "<ref>" * 50000)


def test_footnotes_closed_in_any_case_or_named_with_a_slash_go_an_unclosed_one_keeps_the_page_and_data_cells_keep_bangs():
    page = ("'''KẾ HOẠCH'''\n{{c|A}}\n# Sở Nội vụ chủ trì<REF>Xem Luật</REF > rà soát.\n"
            "# Sở Tư pháp<ref name=\"NĐ 30/2020\">Nghị định</ref> thẩm định.\n# Sở Y tế<ref>chưa đóng kiểm tra.\n"
            "{|\n|-\n| 1 || Chú ý!! Khẩn trương\n|}\n")
    lines = mediawiki_as_text(page).split("\n")
    assert lines[2:5] == ["1. Sở Nội vụ chủ trì rà soát.", "2. Sở Tư pháp thẩm định.", "3. Sở Y tế chưa đóng kiểm tra."]
    assert "| 1 | Chú ý!! Khẩn trương |" in lines
