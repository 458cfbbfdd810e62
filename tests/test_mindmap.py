"""A plan kept as a mind map (Freeplane, FreeMind `.mm`), read as the lines of the document its nodes hold."""
import time
from pathlib import Path

import pytest

import vnplan
from vnplan.errors import UnreadableFile
from vnplan.read import read_bytes, sniff_format
from vnplan.read.mindmap import looks_like_mind_map, mind_map_lines

# A Freeplane map as the app saves it: no XML declaration, the app's comment, styles and hooks on the root, ids and
# times on every node, the header on a branch of its own, the task fields as attributes, notes of the map's maker.
FREEPLANE = """<map version="freeplane 1.9.13">
<!--To view this file, download free mind mapping software Freeplane from https://www.freeplane.org -->
<node TEXT="KH 31 - Thư viện số 2027" FOLDED="false" ID="ID_1" CREATED="1700000000000" MODIFIED="1700000000001" STYLE="oval">
<font SIZE="18"/>
<hook NAME="MapStyle">
<properties edgeColorConfiguration="#808080ff,#ff0000ff" fit_to_viewport="false"/>
<map_styles>
<stylenode LOCALIZED_TEXT="styles.root_node" STYLE="oval" UNIFORM_SHAPE="true" VGAP_QUANTITY="24 pt">
<font SIZE="24"/>
<stylenode LOCALIZED_TEXT="styles.predefined" POSITION="right" STYLE="bubble">
<stylenode LOCALIZED_TEXT="default" ICON_SIZE="12 pt" COLOR="#000000" STYLE="fork"/>
<stylenode LOCALIZED_TEXT="defaultstyle.details"/>
<stylenode LOCALIZED_TEXT="defaultstyle.note" COLOR="#000000" BACKGROUND_COLOR="#ffffff" TEXT_ALIGN="LEFT"/>
</stylenode>
</stylenode>
</map_styles>
</hook>
<hook NAME="AutomaticEdgeColor" COUNTER="4" RULE="ON_BRANCH_CREATION"/>
<richcontent TYPE="NOTE" CONTENT-TYPE="xml/">
<html><head></head><body><p>Bản đồ do tổ giúp việc lập để trình bày tại giao ban.</p></body></html>
</richcontent>
<node TEXT="Văn bản gốc" POSITION="left" ID="ID_2" CREATED="1700000000002" MODIFIED="1700000000003">
<edge COLOR="#ff0000"/>
<node TEXT="ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH&#10;SỞ VĂN HÓA VÀ THỂ THAO" ID="ID_3"/>
<node TEXT="Số: 31/KH-SVHTT" ID="ID_4"/>
<node TEXT="Bình Định, ngày 12 tháng 01 năm 2027" ID="ID_5"/>
<node TEXT="KẾ HOẠCH&#10;Phát triển thư viện số năm 2027" ID="ID_6"/>
<node TEXT="KT. GIÁM ĐỐC&#10;PHÓ GIÁM ĐỐC&#10;(Đã ký)&#10;Trần Minh Khoa" ID="ID_7"/>
<node TEXT="Nơi nhận: UBND tỉnh (b/c); các phòng thuộc Sở; Lưu: VT." ID="ID_8"/>
</node>
<node TEXT="I. MỤC ĐÍCH" POSITION="right" ID="ID_9">
<node TEXT="Số hóa tài liệu địa chí, phục vụ bạn đọc trên môi trường số." ID="ID_10"/>
</node>
<node TEXT="II. NHIỆM VỤ" POSITION="right" ID="ID_11">
<node TEXT="1. Số hóa tài liệu" ID="ID_12">
<icon BUILTIN="button_ok"/>
<node TEXT="Số hóa ít nhất 5.000 trang tài liệu địa chí của Thư viện tỉnh" ID="ID_13">
<attribute_layout NAME_WIDTH="80 pt" VALUE_WIDTH="200 pt"/>
<attribute NAME="Đơn vị chủ trì" VALUE="Thư viện tỉnh"/>
<attribute NAME="Thời hạn" VALUE="Quý III/2027"/>
<richcontent TYPE="NOTE" CONTENT-TYPE="xml/">
<html><head></head><body><p>Chờ kinh phí bổ sung giữa năm.</p></body></html>
</richcontent>
</node>
</node>
<node TEXT="2. Đào tạo" ID="ID_14" FOLDED="true">
<arrowlink DESTINATION="ID_13" STARTINSET="0;0;" ENDINSET="0;0;"/>
<node TEXT="Tập huấn kỹ năng số cho viên chức thư viện cấp huyện" ID="ID_15">
<attribute NAME="Đơn vị chủ trì" VALUE="Phòng Nghiệp vụ"/>
<attribute NAME="Thời hạn" VALUE="Tháng 6/2027"/>
</node>
</node>
<node TEXT="Các đơn vị báo cáo kết quả về Sở trước ngày 15/12/2027." ID="ID_16"/>
</node>
</node>
</map>
"""


def _lines(source: str) -> list[str]:
    return mind_map_lines(source, "map.mm")


def test_a_freeplane_map_saved_as_text_is_sniffed_by_its_first_tag():
    head = FREEPLANE.encode()[:4096]
    assert looks_like_mind_map(head)
    assert looks_like_mind_map(b'\xef\xbb\xbf<?xml version="1.0" encoding="UTF-8"?>\n<map version="freeplane 1.11.1">')
    assert looks_like_mind_map(b'<map version="1.0.1">\n<!-- To view this file, download FreeMind -->\n<node TEXT="x">')
    assert looks_like_mind_map(b'<map version="0.9.0"><node TEXT="x"/></map>')
    for other in (b'<?xml version="1.0"?><root><map name="a"/></root>', b'<map name="khu-vuc"><area shape="rect"/></map>',
                  b"<html><body><map name=a></map></body></html>", b"KE HOACH\n<map version=\"1.0.1\">"):
        assert not looks_like_mind_map(other)
    for name in ("ban-do.txt", "ban-do.mm", "ban-do.xml", "ban-do"):
        assert sniff_format(Path(name), head) == "mm"
        assert read_bytes(FREEPLANE.encode(), name).format == "mm"
    # a .mm that is no map (Objective-C++ source) is read as text
    assert read_bytes(b"#import <Foundation/Foundation.h>\n", "a.mm").format == "txt"


def test_the_map_reads_in_file_order_as_a_plans_lines_presentation_dropped():
    assert _lines(FREEPLANE) == [
        "KH 31 - Thư viện số 2027",
        "Bản đồ do tổ giúp việc lập để trình bày tại giao ban.",  # the root's note, a paragraph after it
        "Văn bản gốc",
        "ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH", "SỞ VĂN HÓA VÀ THỂ THAO",  # a node's line breaks kept
        "Số: 31/KH-SVHTT",
        "Bình Định, ngày 12 tháng 01 năm 2027",
        "KẾ HOẠCH", "Phát triển thư viện số năm 2027",
        "I. MỤC ĐÍCH",
        "- Số hóa tài liệu địa chí, phục vụ bạn đọc trên môi trường số.",  # an unlabelled node under a labelled one
        "II. NHIỆM VỤ",
        "1. Số hóa tài liệu",
        "- Số hóa ít nhất 5.000 trang tài liệu địa chí của Thư viện tỉnh",
        "+ Đơn vị chủ trì: Thư viện tỉnh",  # attributes: the item's fields
        "+ Thời hạn: Quý III/2027",
        "(Chờ kinh phí bổ sung giữa năm.)",  # a note on an item its node states: a remark set off
        "2. Đào tạo",  # a folded branch is read all the same
        "- Tập huấn kỹ năng số cho viên chức thư viện cấp huyện",
        "+ Đơn vị chủ trì: Phòng Nghiệp vụ",
        "+ Thời hạn: Tháng 6/2027",
        # a node without a label among numbered ones: a paragraph of the part, not an item of the last number
        "Các đơn vị báo cáo kết quả về Sở trước ngày 15/12/2027.",
        # the signature and the recipients the author put on the header's branch: where paper prints them
        "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "(Đã ký)", "Trần Minh Khoa",
        "Nơi nhận: UBND tỉnh (b/c); các phòng thuộc Sở; Lưu: VT.",
    ]


def test_a_freeplane_plan_is_extracted_with_its_header_and_its_fields(tmp_path):
    path = tmp_path / "ke-hoach-ban-do.txt"
    path.write_text(FREEPLANE, encoding="utf-8")
    plan = vnplan.extract(path)
    doc = plan.document
    assert (doc.number, doc.type, doc.issued_date, doc.signer) == ("31/KH-SVHTT", "Kế hoạch", "2027-01-12",
                                                                     "Trần Minh Khoa")
    assert doc.title == "Phát triển thư viện số năm 2027"
    tasks = {task.text[:25]: task for task in plan.tasks}
    assert tasks["Số hóa ít nhất 5.000 tran"].lead == ["Thư viện tỉnh"]
    assert tasks["Số hóa ít nhất 5.000 tran"].deadline == "2027-09-30"
    assert tasks["Tập huấn kỹ năng số cho v"].lead == ["Phòng Nghiệp vụ"]
    assert tasks["Tập huấn kỹ năng số cho v"].deadline == "2027-06-30"
    assert not any("Chờ kinh phí" in task.text or "Trần Minh Khoa" in task.text for task in plan.tasks)


# FreeMind 1.0.1: no label typed anywhere, a node's text as HTML (in a richcontent, or FreeMind 0.8's HTML in TEXT)
FREEMIND = """<map version="1.0.1">
<!-- To view this file, download free mind mapping software FreeMind from http://freemind.sourceforge.net -->
<node CREATED="1" ID="ID_1" MODIFIED="2" TEXT="Phòng dịch 2027">
<node CREATED="1" ID="ID_2" MODIFIED="2" POSITION="left" TEXT="Thông tin">
<node ID="ID_3" TEXT="ỦY BAN NHÂN DÂN HUYỆN ĐÔNG SƠN"/>
<node ID="ID_4" TEXT="Số: 15/KH-UBND"/>
<node ID="ID_5" TEXT="Đông Sơn, ngày 03 tháng 01 năm 2027"/>
<node ID="ID_6" TEXT="KẾ HOẠCH"/>
<node ID="ID_7" TEXT="Phòng, chống dịch bệnh truyền nhiễm năm 2027"/>
<node ID="ID_8" TEXT="TM. ỦY BAN NHÂN DÂN&#10;CHỦ TỊCH&#10;Lê Văn Tám"/>
</node>
<node ID="ID_9" POSITION="right" TEXT="Mục tiêu">
<node ID="ID_10" TEXT="Giảm số ca mắc sốt xuất huyết so với năm 2026."/>
</node>
<node ID="ID_11" POSITION="right" TEXT="Nhiệm vụ">
<node ID="ID_12" TEXT="Phòng Y tế">
<node ID="ID_13" TEXT="Tham mưu Ủy ban nhân dân huyện chỉ đạo công tác phòng, chống dịch; hoàn thành trước ngày 31/3/2027."/>
<node ID="ID_14" TEXT="&lt;html&gt;&lt;body&gt;&lt;p&gt;Tổng hợp, báo cáo tình hình dịch hằng tháng.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;"/>
</node>
<node ID="ID_15" TEXT="">
<richcontent TYPE="NODE"><html><head></head><body><p>Trung tâm Y tế huyện</p></body></html></richcontent>
<node ID="ID_16">
<richcontent TYPE="NODE"><html><head></head><body><p>Giám sát ca bệnh, xử lý ổ dịch kịp thời.</p></body></html></richcontent>
<richcontent TYPE="DETAILS"><html><head></head><body><p>Phối hợp Trạm Y tế các xã.</p></body></html></richcontent>
</node>
</node>
</node>
</node>
</map>
"""


def test_a_map_without_labels_takes_them_from_its_depth():
    assert _lines(FREEMIND) == [
        "Phòng dịch 2027",
        "Thông tin",
        "ỦY BAN NHÂN DÂN HUYỆN ĐÔNG SƠN", "Số: 15/KH-UBND", "Đông Sơn, ngày 03 tháng 01 năm 2027", "KẾ HOẠCH",
        "Phòng, chống dịch bệnh truyền nhiễm năm 2027",
        "I. Mục tiêu",
        "1. Giảm số ca mắc sốt xuất huyết so với năm 2026.",
        "II. Nhiệm vụ",
        "1. Phòng Y tế",
        "a) Tham mưu Ủy ban nhân dân huyện chỉ đạo công tác phòng, chống dịch; hoàn thành trước ngày 31/3/2027.",
        "b) Tổng hợp, báo cáo tình hình dịch hằng tháng.",
        "2. Trung tâm Y tế huyện",
        "a) Giám sát ca bệnh, xử lý ổ dịch kịp thời.",
        "Phối hợp Trạm Y tế các xã.",  # details: a paragraph under the node
        "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Văn Tám",
    ]
    plan = vnplan.extract_text("\n".join(_lines(FREEMIND)))
    assert (plan.document.number, plan.document.signer) == ("15/KH-UBND", "Lê Văn Tám")
    assert [(task.id, task.lead) for task in plan.tasks][:2] == [("II.1.a", ["Phòng Y tế"]), ("II.1.b", ["Phòng Y tế"])]


def _map(body: str, styles: str = "") -> str:
    return (f'<map version="freeplane 1.11.1"><node TEXT="Bản đồ" ID="ID_0"><hook NAME="MapStyle"><map_styles>{styles}'
            f'</map_styles></hook>{body}</node></map>')


def test_freeplanes_node_numbering_is_printed_as_it_shows_it():
    styles = ('<stylenode LOCALIZED_TEXT="styles.user-defined" POSITION="right">'
              '<stylenode TEXT="Mục đánh số" NUMBERED="true"/></stylenode>')
    body = ('<node TEXT="I. NHIỆM VỤ" ID="ID_1">'
            '<node TEXT="Tuyên truyền" NUMBERED="true" ID="ID_2">'
            '<node TEXT="Phát hành tờ rơi" NUMBERED="true"/><node TEXT="Treo băng rôn" NUMBERED="true"/></node>'
            '<node TEXT="Kiểm tra" STYLE_REF="Mục đánh số" ID="ID_3"><node TEXT="Kiểm tra cơ sở"/></node>'
            '</node>')
    assert _lines(_map(body, styles)) == [
        "Bản đồ", "I. NHIỆM VỤ", "1. Tuyên truyền", "1.1. Phát hành tờ rơi", "1.2. Treo băng rôn", "2. Kiểm tra",
        "- Kiểm tra cơ sở"]


def test_a_summary_node_follows_its_group_and_the_groups_opening_node_is_none():
    body = ('<node TEXT="1. Giai đoạn chuẩn bị" ID="ID_1">'
            '<node TEXT="" ID="ID_2"><hook NAME="FirstGroupNode"/></node>'
            '<node TEXT="Khảo sát hiện trạng" ID="ID_3"/><node TEXT="Lập dự toán" ID="ID_4"/>'
            '<node TEXT="Hoàn thành trong quý I" ID="ID_5"><hook NAME="SummaryNode"/></node>'
            '</node>')
    assert _lines(_map(body)) == ["Bản đồ", "1. Giai đoạn chuẩn bị", "- Khảo sát hiện trạng", "- Lập dự toán",
                                  "Hoàn thành trong quý I"]


def test_a_note_under_a_caption_is_the_text_it_stands_for():
    body = ('<node TEXT="II. NHIỆM VỤ" ID="ID_1"><node TEXT="1. Truyền thông" ID="ID_2">'
            '<richcontent TYPE="NOTE"><html><body><p>Sở Văn hóa và Thể thao chủ trì tổ chức tuyên truyền.</p>'
            '<p>Đài Phát thanh và Truyền hình tỉnh đưa tin.</p></body></html></richcontent></node></node>')
    assert _lines(_map(body)) == ["Bản đồ", "II. NHIỆM VỤ", "1. Truyền thông",
                                  "Sở Văn hóa và Thể thao chủ trì tổ chức tuyên truyền.",
                                  "Đài Phát thanh và Truyền hình tỉnh đưa tin."]


def test_a_clone_reads_as_what_it_repeats_and_never_holds_itself():
    body = ('<node TEXT="1. Nhóm A" ID="ID_1"><node TEXT="Rà soát hồ sơ" ID="ID_2"/></node>'
            '<node TEXT="2. Nhóm B" ID="ID_3"><node ID="ID_4" TREE_ID="ID_2"/></node>'
            '<node TEXT="3. Nhóm C" ID="ID_5"><node ID="ID_6" TREE_ID="ID_5"/></node>')
    assert _lines(_map(body)) == ["Bản đồ", "1. Nhóm A", "- Rà soát hồ sơ", "2. Nhóm B", "- Rà soát hồ sơ",
                                  "3. Nhóm C"]


def test_a_broken_or_hostile_map_gives_a_bilingual_error_or_bounded_text():
    for broken in ('<map version="freeplane 1.9.13">', '<map version="freeplane 1.9.13"></map>', "<map version=\"1.0.1\"><"):
        with pytest.raises(UnreadableFile) as refused:
            read_bytes(broken.encode(), "ban-do.mm")
        assert " / " in str(refused.value)
    # a branch cloned twice in each of 30 generations: read up to a bound, quickly
    generations = ['<node TEXT="lá" ID="N0"/>'] + [
        f'<node ID="N{k}" TEXT="{k}. nhánh"><node TREE_ID="N{k - 1}"/><node TREE_ID="N{k - 1}"/></node>'
        for k in range(1, 30)]
    started = time.monotonic()
    lines = _lines(_map("".join(generations)))
    assert len(lines) <= 20001 and time.monotonic() - started < 10
    # nesting deeper than the parser allows: read as far as it goes, no recursion error
    deep = '<map version="freeplane 1.9.13">' + '<node TEXT="a">' * 5000 + "</node>" * 5000 + "</map>"
    assert read_bytes(deep.encode(), "a.mm").format == "mm"


def test_a_map_with_its_closing_and_no_part_of_a_body_reads_without_error():
    # (a closing node among the branches, and no part after it to move it behind)
    text = ('<map version="freeplane 1.11.1">\n<node TEXT="Kế hoạch 7/KH-HND">\n<node TEXT="KẾ HOẠCH"/>\n'
            '<node TEXT="Nơi nhận: - Như trên; - Lưu: VT."/>\n<node TEXT="Ghi chép riêng"/>\n</node>\n</map>\n')
    lines = read_bytes(text.encode(), "ban_do.mm").text.split("\n")
    assert "Nơi nhận: - Như trên; - Lưu: VT." in lines and "Ghi chép riêng" in lines


def test_a_run_of_comments_is_sniffed_quickly_and_a_map_after_them_still_read(tmp_path):
    # (one pattern for the run of comments split it in 2^n ways when no map followed: 30 of them hung the sniff)
    comments = "<!-- a -->" * 30
    started = time.monotonic()
    assert not looks_like_mind_map((comments + "<root>Kế hoạch</root>").encode())
    assert not looks_like_mind_map((comments + "<!-- không đóng").encode())
    assert sniff_format(Path("comments.xml"), (comments + "<root>Kế hoạch</root>").encode()) == "xml"
    assert time.monotonic() - started < 0.5
    path = tmp_path / "comments.xml"
    path.write_text(comments + "<root>Kế hoạch</root>", encoding="utf-8")
    started = time.monotonic()
    assert read_bytes(path.read_bytes(), path.name).format == "xml"
    assert time.monotonic() - started < 5
    # a real map after the comments (and after a declaration and a byte order mark) is still one, and reads
    source = ('\ufeff<?xml version="1.0" encoding="UTF-8"?>\n' + "<!-- xuất từ công cụ -->\n" * 30
              + '<map version="1.0.1"><node TEXT="Bản đồ"><node TEXT="I. NHIỆM VỤ"><node TEXT="Rà soát"/></node>'
              + "</node></map>")
    assert looks_like_mind_map(source.encode())
    for name in ("ban-do.xml", "ban-do.txt"):
        raw = read_bytes(source.encode(), name)
        assert raw.format == "mm"
        assert raw.text.split("\n") == ["Bản đồ", "I. NHIỆM VỤ", "- Rà soát"]


def test_twenty_thousand_labelled_nodes_are_read_in_linear_time():
    # (each node was looked for among all the parts: 20,000 capital headings took half a minute)
    source = '<map version="1.0.1"><node TEXT="KẾ HOẠCH">' + '<node TEXT="1. VIỆC"/>' * 19990 + "</node></map>"
    started = time.monotonic()
    lines = _lines(source)
    elapsed = time.monotonic() - started
    print(f"20,000 labelled nodes read in {elapsed:.2f} s")
    assert lines == ["KẾ HOẠCH"] + ["1. VIỆC"] * 19990
    assert elapsed < 15


def test_a_chain_of_clones_each_holding_the_next_reads_without_recursion_error():
    # (each node holds a clone of the next sibling, which holds a clone of the next: 1,500 levels nested)
    chain = "".join(f'<node ID="N{k}" TEXT="{k}. việc"><node TREE_ID="N{k + 1}"/></node>' for k in range(1500))
    lines = _lines(_map(chain))
    assert lines[:4] == ["Bản đồ", "0. việc", "1. việc", "2. việc"]
    assert len(lines) <= 20001
    raw = read_bytes(('<map version="1.0.1"><node TEXT="Gốc">' + chain + "</node></map>").encode(), "ban-do.mm")
    assert raw.format == "mm" and raw.text.startswith("Gốc\n0. việc\n1. việc")


# An OPML outline (an outliner's export): the plan's paragraphs in `text`, a task's fields in its `_note`, the app's
# own marks (`_complete`), the office's own branch after the signature
OPML = """<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0">
  <head><title>KH 19/KH-HND - theo dõi</title><ownerName>Văn phòng</ownerName></head>
  <body>
    <outline text="Phần đầu văn bản">
      <outline text="HỘI NÔNG DÂN TỈNH TUYÊN QUANG"/>
      <outline text="Số: 19/KH-HND"/>
      <outline text="Tuyên Quang, ngày 14 tháng 01 năm 2027"/>
    </outline>
    <outline text="KẾ HOẠCH">
      <outline text="Hỗ trợ hội viên phát triển sản phẩm OCOP năm 2027"/>
      <outline text="I. NHIỆM VỤ">
        <outline text="1. Tập huấn cho ít nhất 200 hội viên về xây dựng thương hiệu sản phẩm."
                 _note="Chủ trì: Ban Kinh tế - Xã hội&#10;Phối hợp: Trung tâm Khuyến nông tỉnh&#10;Thời gian: Quý II/2027"
                 _complete="true"/>
        <outline text="2. Kết nối tiêu thụ sản phẩm qua sàn thương mại điện tử." _note="Chủ trì: Thường trực Hội&#10;Thời gian: Tháng 9/2027"/>
      </outline>
      <outline text="II. TỔ CHỨC THỰC HIỆN">
        <outline text="Văn phòng Hội tổng hợp, báo cáo kết quả trước ngày 15/12/2027."/>
      </outline>
      <outline text="TM. BAN THƯỜNG VỤ">
        <outline text="CHỦ TỊCH"/>
        <outline text="Hoàng Văn Nam"/>
      </outline>
    </outline>
    <outline text="Việc riêng của Văn phòng" _note="không thuộc văn bản">
      <outline text="Gọi Trung tâm Khuyến nông trước 20/3"/>
    </outline>
  </body>
</opml>
"""


def test_an_opml_outline_is_sniffed_and_reads_as_the_plans_lines_its_notes_fields_as_the_items_fields():
    assert sniff_format(Path("ke-hoach.txt"), OPML.encode()[:4096]) == "mm"
    lines = mind_map_lines(OPML, "outline.opml")
    assert lines[:3] == ["KH 19/KH-HND - theo dõi", "Phần đầu văn bản", "HỘI NÔNG DÂN TỈNH TUYÊN QUANG"]
    at = lines.index("1. Tập huấn cho ít nhất 200 hội viên về xây dựng thương hiệu sản phẩm.")
    assert lines[at + 1:at + 4] == ["+ Chủ trì: Ban Kinh tế - Xã hội", "+ Phối hợp: Trung tâm Khuyến nông tỉnh",
                                    "+ Thời gian: Quý II/2027"]
    assert not any("_complete" in line or "true" == line for line in lines)


def test_an_opml_plan_is_extracted_with_its_fields_and_the_standing_body_as_written(tmp_path):
    path = tmp_path / "dan-y.txt"
    path.write_text(OPML, encoding="utf-8")
    plan = vnplan.extract(path)
    assert (plan.document.number, plan.document.issued_date, plan.document.signer) == (
        "19/KH-HND", "2027-01-14", "Hoàng Văn Nam")
    assert plan.document.issuer == "Hội Nông dân tỉnh Tuyên Quang"  # (its place in the case a name takes)
    tasks = {task.text[:20]: task for task in plan.tasks}
    assert tasks["Tập huấn cho ít nhất"].lead == ["Ban Kinh tế - Xã hội"]
    assert tasks["Tập huấn cho ít nhất"].coordinators == ["Trung tâm Khuyến nông tỉnh"]
    assert tasks["Tập huấn cho ít nhất"].deadline == "2027-06-30"
    assert tasks["Kết nối tiêu thụ sản"].lead == ["Thường trực Hội"]
    assert not any("Gọi Trung tâm" in task.text for task in plan.tasks)


def test_a_note_that_is_no_list_of_fields_stays_the_nodes_note():
    source = OPML.replace("Chủ trì: Thường trực Hội&#10;Thời gian: Tháng 9/2027",
                          "Làm cùng đợt với hội chợ cuối năm&#10;Chủ trì: Thường trực Hội")
    lines = mind_map_lines(source, "outline.opml")
    assert "Làm cùng đợt với hội chợ cuối năm" in " ".join(lines)
    assert "+ Chủ trì: Thường trực Hội" not in lines
