"""Documents as other software exports them: a Google Docs document's API JSON, a partitioning tool's list of elements,
DocBook and Lotus Notes XML, Word's HTML with its source wrapped at 80 characters. Each reads as the page it shows."""
import json

import vnplan
from vnplan.read import read_bytes


def _paragraph(text: str, bullet: dict | None = None) -> dict:
    paragraph = {"elements": [{"textRun": {"content": text + "\n"}}], "paragraphStyle": {"namedStyleType": "NORMAL_TEXT"}}
    return {"paragraph": {**paragraph, **({"bullet": bullet} if bullet else {})}}


def _cell(*texts: str) -> dict:
    return {"content": [_paragraph(text) for text in texts]}


GOOGLE_DOC = {
    "documentId": "1AbC", "title": "KH 41",
    "lists": {"kix.so": {"listProperties": {"nestingLevels": [
        {"glyphType": "DECIMAL", "glyphFormat": "%0.", "startNumber": 1},
        {"glyphType": "ALPHA", "glyphFormat": "%1)", "startNumber": 1}]}},
        "kix.gach": {"listProperties": {"nestingLevels": [{"glyphSymbol": "●"}]}}},
    "body": {"content": [
        {"sectionBreak": {}},
        _paragraph("ỦY BAN NHÂN DÂN\u000bXÃ TÂN HÒA"),
        _paragraph("Số: 41/KH-UBND"),
        _paragraph("Tân Hòa, ngày 02 tháng 3 năm 2027"),
        _paragraph("KẾ HOẠCH"),
        _paragraph("Phòng chống hạn mặn năm 2027"),
        _paragraph("I. NHIỆM VỤ"),
        _paragraph("Phòng Kinh tế", {"listId": "kix.so"}),
        _paragraph("Rà soát các công trình thủy lợi trước ngày 30/3/2027.", {"listId": "kix.so", "nestingLevel": 1}),
        _paragraph("Lập phương án trữ nước ngọt.", {"listId": "kix.so", "nestingLevel": 1}),
        _paragraph("Công an xã", {"listId": "kix.so"}),
        _paragraph("Bảo đảm an ninh tại các trạm bơm.", {"listId": "kix.gach"}),
        {"table": {"tableRows": [
            {"tableCells": [_cell("TT"), _cell("Nhiệm vụ"), _cell("Cơ quan chủ trì"), _cell("Cơ quan phối hợp")]},
            {"tableCells": [_cell("1"), _cell("Nạo vét kênh nội đồng"), _cell("Phòng Kinh tế"),
                            _cell("Công an xã", "Đoàn Thanh niên xã")]}]}},
    ]},
}


def test_a_google_docs_document_reads_with_its_lists_labelled_and_its_tables_as_rows():
    text = read_bytes(json.dumps(GOOGLE_DOC, ensure_ascii=False).encode("utf-8"), "kh.json").text
    assert text.splitlines() == [
        "ỦY BAN NHÂN DÂN", "XÃ TÂN HÒA", "Số: 41/KH-UBND", "Tân Hòa, ngày 02 tháng 3 năm 2027", "KẾ HOẠCH",
        "Phòng chống hạn mặn năm 2027", "I. NHIỆM VỤ", "1. Phòng Kinh tế",
        "a) Rà soát các công trình thủy lợi trước ngày 30/3/2027.", "b) Lập phương án trữ nước ngọt.", "2. Công an xã",
        "- Bảo đảm an ninh tại các trạm bơm.", "| TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp |",
        "| 1 | Nạo vét kênh nội đồng | Phòng Kinh tế | Công an xã; Đoàn Thanh niên xã |"]


ELEMENTS = [
    {"type": "Title", "text": "ỦY BAN NHÂN DÂN TỈNH AN HẢI", "metadata": {"page_number": 1}},
    {"type": "UncategorizedText", "text": "Số: 77/KH-UBND", "metadata": {"page_number": 1}},
    {"type": "Title", "text": "KẾ HOẠCH", "metadata": {"page_number": 1}},
    {"type": "ListItem", "text": "Tăng 10% số khách du lịch;", "metadata": {"page_number": 1}},
    {"type": "Footer", "text": "Trang 1", "metadata": {"page_number": 1}},
    {"type": "UncategorizedText", "text": "2", "metadata": {"page_number": 2}},
    {"type": "Table", "text": "TT Nhiệm vụ Cơ quan chủ trì 1 Quảng bá du lịch Sở Du lịch",
     "metadata": {"text_as_html": "<table><tr><th>TT</th><th>Nhiệm vụ</th><th>Cơ quan chủ trì</th></tr>"
                                  "<tr><td>1</td><td>Quảng bá du lịch</td><td>Sở Du lịch</td></tr></table>"}},
]


def test_a_partitioning_tools_elements_read_in_order_a_table_from_its_html_the_furniture_gone():
    text = read_bytes(json.dumps(ELEMENTS, ensure_ascii=False).encode("utf-8"), "elements.json").text
    assert [line for line in text.splitlines() if line] == ["ỦY BAN NHÂN DÂN TỈNH AN HẢI", "Số: 77/KH-UBND", "KẾ HOẠCH",
                                 "- Tăng 10% số khách du lịch;", "| TT | Nhiệm vụ | Cơ quan chủ trì |",
                                 "| 1 | Quảng bá du lịch | Sở Du lịch |"]


DOCBOOK = """<?xml version="1.0" encoding="UTF-8"?>
<article xmlns="http://docbook.org/ns/docbook" version="5.0">
  <section>
    <title>III. TỔ CHỨC THỰC HIỆN</title>
    <orderedlist numeration="arabic">
      <listitem>
        <para>
          Cục Di sản chủ trì, phối hợp với các đơn vị rà soát dữ liệu,
          hoàn thành trước ngày 30/6/2027.
        </para>
      </listitem>
      <listitem>
        <para>Trung tâm Tin học bảo đảm vận hành hệ thống.</para>
        <itemizedlist><listitem><para>Sao lưu dữ liệu hằng tuần.</para></listitem></itemizedlist>
      </listitem>
    </orderedlist>
    <informaltable><tgroup cols="2"><tbody><row><entry>Chủ trì</entry>
      <entry><para>Vụ Pháp chế</para><para>Trung tâm Tin học</para></entry></row></tbody></tgroup></informaltable>
  </section>
</article>
"""

LOTUS_NOTES = """<?xml version="1.0" encoding="UTF-8"?>
<document xmlns="http://www.lotus.com/dxl" form="VanBan"><richtext>
<table><tablerow><tablecell><par><run>NGÂN HÀNG NÔNG NGHIỆP VÀ<break/>PHÁT TRIỂN NÔNG THÔN</run></par></tablecell>
<tablecell><par><run>Số: 9/KH-NH</run></par></tablecell></tablerow></table>
<par><run>KẾ HOẠCH</run></par></richtext></document>
"""


def test_docbook_lists_are_labelled_a_pretty_printed_paragraph_is_one_line_and_a_cells_bodies_are_parted():
    lines = read_bytes(DOCBOOK.encode("utf-8"), "kh.xml").text.splitlines()
    assert lines == ["III. TỔ CHỨC THỰC HIỆN",
                     "1. Cục Di sản chủ trì, phối hợp với các đơn vị rà soát dữ liệu, hoàn thành trước ngày 30/6/2027.",
                     "2. Trung tâm Tin học bảo đảm vận hành hệ thống.", "- Sao lưu dữ liệu hằng tuần.",
                     "| Chủ trì | Vụ Pháp chế; Trung tâm Tin học |"]


def test_lotus_notes_rows_are_rows_and_its_breaks_break_the_line():
    lines = read_bytes(LOTUS_NOTES.encode("utf-8"), "kh.xml").text.splitlines()
    assert lines[0] == "| NGÂN HÀNG NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN | Số: 9/KH-NH |"


WORD_HTML = """<html xmlns:w="urn:schemas-microsoft-com:office:word"><head>
<meta name=Generator content="Microsoft Word 15"></head><body>
<p class=MsoNormal align=center><b><span lang=VI>QUYẾT
ĐỊNH</span></b></p>
<p class=MsoNormal align=center><b><span lang=VI>Ban hành
Kế hoạch phòng chống thiên tai năm 2027</span></b></p>
</body></html>
"""


def test_words_html_wrapped_at_eighty_characters_flows_as_the_page_shows_it():
    lines = read_bytes(WORD_HTML.encode("utf-8"), "qd.htm").text.splitlines()
    assert [line for line in lines if line] == ["QUYẾT ĐỊNH", "Ban hành Kế hoạch phòng chống thiên tai năm 2027"]


def test_a_duration_target_reached_with_its_bound():
    plan = vnplan.extract_text("ỦY BAN NHÂN DÂN\nTỈNH AN HẢI\nSố: 5/KH-UBND\nKẾ HOẠCH\nPhát triển du lịch năm 2027\n"
                               "I. MỤC TIÊU\n- Thời gian lưu trú bình quân của khách đạt trên 3,2 ngày.\n"
                               "II. NHIỆM VỤ\n1. Sở Du lịch chủ trì xây dựng sản phẩm du lịch đêm.\n")
    assert [(t.min, t.max, t.unit) for t in plan.targets] == [(3.2, None, "ngày")]


def test_a_cells_bodies_on_lines_of_their_own_are_parted_in_word_and_on_a_web_page(tmp_path):
    import docx

    document = docx.Document()
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Nạo vét kênh nội đồng"
    table.cell(0, 1).text = "Sở Y tế"
    table.cell(0, 1).add_paragraph("Công an tỉnh")
    document.save(tmp_path / "kh.docx")
    assert "| Nạo vét kênh nội đồng | Sở Y tế; Công an tỉnh |" in read_bytes((tmp_path / "kh.docx").read_bytes(),
                                                                          "kh.docx").text
    page = ("<html><body><table border=1><tr><td>Nạo vét kênh nội đồng</td><td><p>Sở Y tế</p><p>Công an tỉnh</p></td>"
            "</tr></table></body></html>")
    assert "| Nạo vét kênh nội đồng | Sở Y tế; Công an tỉnh |" in read_bytes(page.encode("utf-8"), "kh.html").text


def test_a_chats_export_sharing_the_plan_as_a_files_preview_is_that_plan():
    # a team chat's channel export: messages typed "message", one sharing the plan's text as a file's preview; not a
    # partitioning tool's elements, whose types are its classes
    plan = ("SỞ CÔNG THƯƠNG TỈNH AN HẢI\nTRUNG TÂM XÚC TIẾN THƯƠNG MẠI\nSố: 45/KH-TTXTTM\nAn Hải, ngày 11 tháng 01 năm 2027\n"
            "KẾ HOẠCH\nXúc tiến xuất khẩu năm 2027\nII. NHIỆM VỤ\n"
            "1. Phòng Xúc tiến thương mại chủ trì tổ chức đoàn doanh nghiệp khảo sát thị trường.\n"
            "2. Phòng Thông tin thị trường biên soạn bản tin thị trường xuất khẩu hằng quý.\n"
            "III. TỔ CHỨC THỰC HIỆN\nCác phòng triển khai thực hiện Kế hoạch này./.\nGIÁM ĐỐC\nĐặng Thị Kim Oanh\n")
    export = [{"user": "U04", "type": "message", "ts": "1799720123.339219",
               "text": "Em gửi bản text của KH 45 để mọi người rà soát phần phân công",
               "files": [{"id": "F04", "name": "KH45.txt", "mimetype": "text/plain", "preview": plan}]},
              {"user": "U03", "type": "message", "ts": "1799720200.100000", "text": "Mục 1 hạn hơi gấp."}]
    page = read_bytes(json.dumps(export, ensure_ascii=False).encode("utf-8"), "channel.json").text
    extracted = vnplan.extract_text(page)
    assert extracted.document.number == "45/KH-TTXTTM" and len(extracted.tasks) == 2
