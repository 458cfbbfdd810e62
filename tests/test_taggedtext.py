"""InDesign Tagged Text (a newspaper's layout export of a page carrying a plan) read as the lines the page prints."""
import time

import vnplan
from vnplan.taggedtext import looks_like_tagged_text, tagged_text_as_text

# A district newspaper's page: a kicker, the header as a table of two cells with line breaks, headings numbered by
# their style in Roman numerals, points numbered by theirs (a bold variant based on it counting on with it), points
# one level down lettered by default, bullets, a task table, escapes, a footnote, a caption, a character style.
_PAGE = r"""<UNICODE-WIN>
<vsn:16><fset:InDesign-Roman><ctable:=<Black:COLOR:CMYK:Process:0,0,0,1>>
<dps:NormalParagraphStyle=<Nextstyle:NormalParagraphStyle>>
<dps:Than bai=<BasedOn:NormalParagraphStyle><cf:Myriad Pro><cs:10><pfli:9>>
<dps:Dau trang=<BasedOn:Than bai><ct:Bold><cs:8><ccase:All Caps>>
<dps:Tieu de=<BasedOn:Than bai><ct:Bold><pta:Center><pfli:0>>
<dps:Phan=<BasedOn:Than bai><ct:Bold><BulletsAndNumberingListType:NumberedList><NumberingFormat:I, II, III, IV...><NumberingExpression:^#.^t>>
<dps:Muc so=<BasedOn:Than bai><BulletsAndNumberingListType:NumberedList><NumberingExpression:^#.^t><NumberingStartAt:1>>
<dps:Muc so dam=<BasedOn:Muc so><ct:Bold>>
<dps:Diem=<BasedOn:Than bai><BulletsAndNumberingListType:NumberedList><NumberingLevel:2>>
<dps:Gach=<BasedOn:Than bai><BulletsAndNumberingListType:BulletList><BulletChar:45><plin:9>>
<dps:Chu thich=<BasedOn:Than bai><ct:Italic><cs:8>>
<dcs:Nghieng=<ct:Italic>>
<pstyle:Dau trang>Văn bản mới
<pstyle:Than bai><TableStart:2,2:0:0<tCellDefaultCellType:Text>><ColStart:<tColAttrWidth:120>><ColStart:<tColAttrWidth:140>><RowStart:<tRowAttrHeight:24>><CellStart:1,1><pstyle:Tieu de>ỦY BAN NHÂN DÂN<0x000A>XÃ HÒA BÌNH<CellEnd:><CellStart:1,1><pstyle:Tieu de>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<0x000A>Độc lập <0x2013> Tự do <0x2013> Hạnh phúc<CellEnd:><RowEnd:><RowStart:<tRowAttrHeight:14>><CellStart:1,1><pstyle:Tieu de>Số: 31/KH-UBND<CellEnd:><CellStart:1,1><pstyle:Tieu de><cstyle:Nghieng>Hòa Bình, ngày 09 tháng 3 năm 2027<cstyle:><CellEnd:><RowEnd:><TableEnd:>
<pstyle:Tieu de>KẾ HOẠCH
<pstyle:Tieu de>Phòng, chống dịch sốt xuất huyết năm 2027
<pstyle:Phan>MỤC TIÊU
<pstyle:Muc so>Giảm 20% số ca mắc so với năm 2026.
<pstyle:Muc so>100% ổ dịch được xử lý trong vòng 48 giờ<FootnoteStart:><pstyle:Than bai>Theo hướng dẫn của Bộ Y tế.<FootnoteEnd:>.
<pstyle:Phan>NHIỆM VỤ
<pstyle:Than bai><TableStart:2,5:1:0<tCellDefaultCellType:Text>><RowStart:<tRowAttrHeight:14>><CellStart:1,1>TT<CellEnd:><CellStart:1,1>Nội dung<CellEnd:><CellStart:1,1>Đơn vị chủ trì<CellEnd:><CellStart:1,1>Phối hợp<CellEnd:><CellStart:1,1>Thời gian<CellEnd:><RowEnd:><RowStart:<tRowAttrHeight:14>><CellStart:1,1>1<CellEnd:><CellStart:1,1>Phun hóa chất diệt muỗi tại các ấp<CellEnd:><CellStart:1,1>Trạm Y tế xã<CellEnd:><CellStart:1,1>Công an xã<CellEnd:><CellStart:1,1>Quý II/2027<CellEnd:><RowEnd:><TableEnd:>
<pstyle:Chu thich>Cán bộ y tế xã phun thuốc diệt muỗi tại ấp Bình Lợi. Ảnh: TƯ LIỆU
<pstyle:Phan>TỔ CHỨC THỰC HIỆN
<pstyle:Muc so dam>Trạm Y tế xã:
<pstyle:Diem>Chủ trì giám sát ca bệnh tại các ấp, báo cáo Ủy ban nhân dân xã trước ngày 15 hằng tháng.
<pstyle:Diem>Phối hợp với Trường Tiểu học Hòa Bình tuyên truyền cho học sinh trước ngày 30/4/2027.
<pstyle:Muc so>Công an xã chủ trì, phối hợp với Đoàn Thanh niên xã kiểm tra các điểm thu gom \<ve chai\> trong quý III/2027.
<pstyle:Muc so>Ban Văn hóa <0x2013> Xã hội xã:
<pstyle:Gach>Tuyên truyền trên loa truyền thanh của xã hằng tuần;
<pstyle:Gach>Tổng hợp kết quả, báo cáo Ủy ban nhân dân xã trước ngày 10/12/2027.
<pstyle:Than bai><TableStart:1,2:0:0<tCellDefaultCellType:Text>><RowStart:<tRowAttrHeight:40>><CellStart:1,1><pstyle:Than bai>Nơi nhận:<0x000A>- UBND huyện;<0x000A>- Lưu: VT.<CellEnd:><CellStart:1,1><pstyle:Tieu de>TM. ỦY BAN NHÂN DÂN<0x000A>CHỦ TỊCH<0x000A><0x000A>Lê Thị Hạnh<CellEnd:><RowEnd:><TableEnd:>
"""


def test_a_layout_page_reads_as_its_printed_lines_numbered_and_bulleted_by_its_styles():
    assert looks_like_tagged_text(_PAGE)
    lines = tagged_text_as_text(_PAGE).splitlines()
    assert lines[:2] == ["Văn bản mới", "| ỦY BAN NHÂN DÂN XÃ HÒA BÌNH | "
                                        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập – Tự do – Hạnh phúc |"]
    assert lines[2:8] == ["| Số: 31/KH-UBND | Hòa Bình, ngày 09 tháng 3 năm 2027 |", "KẾ HOẠCH",
                          "Phòng, chống dịch sốt xuất huyết năm 2027", "I. MỤC TIÊU",
                          "1. Giảm 20% số ca mắc so với năm 2026.",
                          "2. 100% ổ dịch được xử lý trong vòng 48 giờ."]  # (the footnote is no part of the line)
    assert lines[8:11] == ["II. NHIỆM VỤ", "| TT | Nội dung | Đơn vị chủ trì | Phối hợp | Thời gian |",
                           "| 1 | Phun hóa chất diệt muỗi tại các ấp | Trạm Y tế xã | Công an xã | Quý II/2027 |"]
    assert lines[11:20] == [
        "Cán bộ y tế xã phun thuốc diệt muỗi tại ấp Bình Lợi. Ảnh: TƯ LIỆU", "III. TỔ CHỨC THỰC HIỆN",
        "1. Trạm Y tế xã:",  # (the points start again under the next heading; the bold variant counts with them)
        "a) Chủ trì giám sát ca bệnh tại các ấp, báo cáo Ủy ban nhân dân xã trước ngày 15 hằng tháng.",
        "b) Phối hợp với Trường Tiểu học Hòa Bình tuyên truyền cho học sinh trước ngày 30/4/2027.",
        "2. Công an xã chủ trì, phối hợp với Đoàn Thanh niên xã kiểm tra các điểm thu gom <ve chai> "
        "trong quý III/2027.",
        "3. Ban Văn hóa – Xã hội xã:", "- Tuyên truyền trên loa truyền thanh của xã hằng tuần;",
        "- Tổng hợp kết quả, báo cáo Ủy ban nhân dân xã trước ngày 10/12/2027."]
    assert lines[20:] == ["| Nơi nhận: - UBND huyện; - Lưu: VT. | TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Lê Thị Hạnh |"]
    assert not any("<" in line.replace("<ve chai>", "") or "pstyle" in line or "Bộ Y tế" in line for line in lines)


def test_a_layout_page_gives_the_plans_number_tasks_and_leads():
    result = vnplan.extract_text(_PAGE)
    assert (result.document.number, result.document.type) == ("31/KH-UBND", "Kế hoạch")
    rows = [(t.lead, t.deadline) for t in result.tasks]
    assert (["Trạm Y tế xã"], "2027-06-30") in rows  # (the table's row)
    assert (["Trạm Y tế xã"], "2027-04-30") in rows  # (a lettered point under the bold point)
    assert (["Công an xã"], "2027-09-30") in rows
    # (the dash its escape gave, read as a hyphen)
    assert [t.lead for t in result.tasks if "loa truyền thanh" in t.text] == [["Ban Văn hóa - Xã hội xã"]]
    assert sorted(t.min for t in result.targets) == [20, 100]


# The verbose export's names, its own restart and start, a level-two expression naming the level above, a "+"
# bullet, a style without a definition, and an ASCII file's escaped letters.
_VERBOSE = r"""<ASCII-WIN>
<Version:7><FeatureSet:InDesign-Roman>
<DefineParaStyle:Muc=<BulletsAndNumberingListType:NumberedList><NumberingExpression:<0x0110>i<0x1EC1>u ^#.^t><AppliedNumberingList:Dieu>>
<DefineParaStyle:Khoan=<BulletsAndNumberingListType:NumberedList><NumberingLevel:2><NumberingExpression:^1.^#.^t><AppliedNumberingList:Dieu>>
<DefineParaStyle:Cong=<BulletsAndNumberingListType:BulletList><BulletChar:43>>
<ParaStyle:Muc>Tuy<0x00EA>n truy<0x1EC1>n
<ParaStyle:Khoan>Ph<0x00E1>t t<0x1EDD> r<0x01A1>i.
<ParaStyle:Cong>T<0x1EA1>i ch<0x1EE3>.
<ParaStyle:Khoan>Treo b<0x0103>ng r<0x00F4>n.
<ParaStyle:Muc>Ki<0x1EC3>m tra
<ParaStyle:Khoan>Ki<0x1EC3>m tra c<0x01A1> s<0x1EDF>.
<ParaStyle:Muc><NumberingStartAt:7>Khen th<0x01B0><0x1EDF>ng
<ParaStyle:Ghi ch<0x00FA>>Trang 2
"""


def test_the_verbose_export_numbers_levels_and_restarts_as_its_settings_say():
    assert looks_like_tagged_text(_VERBOSE)
    assert tagged_text_as_text(_VERBOSE).splitlines() == [
        "Điều 1. Tuyên truyền", "1.1. Phát tờ rơi.", "+ Tại chợ.", "1.2. Treo băng rôn.", "Điều 2. Kiểm tra",
        "2.1. Kiểm tra cơ sở.", "Điều 7. Khen thưởng", "Trang 2"]


def test_plain_text_markdown_html_and_other_markups_are_no_tagged_text():
    for text in ("KẾ HOẠCH\nSố: 12/KH-UBND\n1. Sở Y tế chủ trì <pstyle:x> thực hiện.\n",
                 "# KẾ HOẠCH\n\n## I. MỤC TIÊU\n\n- Giảm <5% số ca mắc.\n",
                 "<html><body><p>KẾ HOẠCH</p><p>1. Sở Y tế</p></body></html>",
                 "\\begin{document}\\section{I. MỤC TIÊU}\\end{document}",
                 "<?xml version=\"1.0\"?><vanban><so>12/KH-UBND</so></vanban>"):
        assert not looks_like_tagged_text(text)


def test_broken_and_hostile_tags_are_read_in_time_and_kept_as_characters():
    head = "<UNICODE-WIN>\n<vsn:17>\n<pstyle:A>"
    started = time.perf_counter()
    assert tagged_text_as_text(head + "a < b" + "<" * 200000).startswith("a < b<<<")
    assert tagged_text_as_text(head + "<x:" * 100000).count("<x:") == 100000
    assert tagged_text_as_text(head + "<TableStart:1,1><RowStart:><CellStart:1,1>" * 20000 + "lõi") == "| lõi |\n"
    assert tagged_text_as_text(head + "<FootnoteStart:>" * 50000 + "chú thích") == "\n"
    assert time.perf_counter() - started < 10
