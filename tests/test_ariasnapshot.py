"""A web page captured as its accessibility tree (an aria snapshot, as Playwright and the browser tools built on it
write one) reads as the lines the page shows, without the portal's frame."""
import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

import vnplan
from chromium import needs_chromium
from vnplan.ariasnapshot import aria_snapshot_as_text, looks_like_aria_snapshot
from vnplan.notemarkup import looks_like_note_markup

_PAGE = """- banner:
  - link "Trang thông tin điện tử xã Hòa Phong":
    - /url: https://hoaphong.example.vn/
    - img "Biểu trưng"
  - search:
    - searchbox "Nhập nội dung cần tìm"
    - button "Tìm"
- navigation "Danh mục":
  - list:
    - listitem:
      - link "Trang chủ":
        - /url: /
    - listitem:
      - link "Hỏi đáp":
        - /url: /hoi-dap
- main:
  - navigation "Vị trí":
    - list:
      - listitem:
        - link "Văn bản":
          - /url: /van-ban
      - listitem: Kế hoạch 45/KH-UBND
  - heading "Phòng, chống dịch bệnh trên đàn lợn năm 2027" [level=1]
  - text: Đăng lúc 07:15 ngày 12/3/2027
  - table "Thông tin văn bản":
    - rowgroup:
      - row "Số hiệu 45/KH-UBND":
        - rowheader "Số hiệu"
        - cell "45/KH-UBND"
      - row "Người ký Lê Văn Tường":
        - rowheader "Người ký"
        - cell "Lê Văn Tường"
  - article:
    - table:
      - rowgroup:
        - 'row "ỦY BAN NHÂN DÂN XÃ HÒA PHONG Số: 45/KH-UBND CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Hòa Phong, ngày 10 tháng 3 năm 2027"':
          - 'cell "ỦY BAN NHÂN DÂN XÃ HÒA PHONG Số: 45/KH-UBND"'
          - cell "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Hòa Phong, ngày 10 tháng 3 năm 2027"
    - paragraph:
      - strong: KẾ HOẠCH
    - paragraph:
      - strong: Phòng, chống dịch bệnh trên đàn lợn trên địa bàn xã năm 2027
    - heading "I. MỤC TIÊU" [level=2]
    - paragraph: "- Tỷ lệ tiêm phòng vắc xin đạt trên 80% tổng đàn lợn trong diện tiêm."
    - heading "II. NHIỆM VỤ VÀ PHÂN CÔNG" [level=2]
    - list:
      - listitem:
        - strong: "1. Trạm Chăn nuôi và Thú y:"
        - text: chủ trì tổ chức tiêm phòng cho đàn lợn, hoàn thành trước ngày 30/4/2027.
      - listitem: "2. Công an xã: kiểm soát việc vận chuyển lợn qua địa bàn."
    - paragraph:
      - text: Nội dung chi tiết tại
      - link "Phụ lục":
        - /url: "#phu-luc"
      - text: ", kèm theo."
    - heading "PHỤ LỤC" [level=3]
    - table:
      - rowgroup:
        - row "TT Nội dung Đơn vị chủ trì Thời gian":
          - columnheader "TT"
          - columnheader "Nội dung"
          - columnheader "Đơn vị chủ trì"
          - columnheader "Thời gian"
      - rowgroup:
        - row "1 Tuyên truyền về phòng, chống dịch bệnh trên loa truyền thanh Đài Truyền thanh xã Tháng 5/2027":
          - cell "1"
          - cell "Tuyên truyền về phòng, chống dịch bệnh trên loa truyền thanh"
          - cell "Đài Truyền thanh xã"
          - cell "Tháng 5/2027"
  - complementary:
    - heading "Cùng chuyên mục" [level=2]
    - list:
      - listitem:
        - link "Kế hoạch số 12/KH-UBND về phòng chống thiên tai năm 2027"
- contentinfo:
  - paragraph: "Đơn vị quản lý: Văn phòng HĐND và UBND xã Hòa Phong"
"""


def _lines(snapshot: str) -> list[str]:
    return [line for line in aria_snapshot_as_text(snapshot).split("\n") if line]


def test_a_portal_page_captured_as_its_accessibility_tree_reads_as_the_document_without_the_portals_frame():
    assert looks_like_aria_snapshot(_PAGE)
    lines = _lines(_PAGE)
    assert lines[:5] == ["Phòng, chống dịch bệnh trên đàn lợn năm 2027", "Đăng lúc 07:15 ngày 12/3/2027",
                         "| Số hiệu | 45/KH-UBND |", "| Người ký | Lê Văn Tường |",
                         "| ỦY BAN NHÂN DÂN XÃ HÒA PHONG Số: 45/KH-UBND | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Hòa Phong, "
                         "ngày 10 tháng 3 năm 2027 |"]  # (the rows from their cells, not from their names)
    assert "- Tỷ lệ tiêm phòng vắc xin đạt trên 80% tổng đàn lợn trong diện tiêm." in lines
    # strong and text joined into their item's line; an item's own label kept, no dash put before it
    assert "1. Trạm Chăn nuôi và Thú y: chủ trì tổ chức tiêm phòng cho đàn lợn, hoàn thành trước ngày 30/4/2027." in lines
    assert "2. Công an xã: kiểm soát việc vận chuyển lợn qua địa bàn." in lines
    assert "Nội dung chi tiết tại Phụ lục, kèm theo." in lines
    assert lines[-2:] == ["| TT | Nội dung | Đơn vị chủ trì | Thời gian |",
                          "| 1 | Tuyên truyền về phòng, chống dịch bệnh trên loa truyền thanh | Đài Truyền thanh xã | "
                          "Tháng 5/2027 |"]
    text = "\n".join(lines)
    for furniture in ("Trang thông tin", "Biểu trưng", "Tìm", "Trang chủ", "Hỏi đáp", "Kế hoạch 45/KH-UBND",
                      "Cùng chuyên mục", "12/KH-UBND", "Đơn vị quản lý", "/url", "https://"):
        assert furniture not in text


def test_a_portal_page_captured_as_its_accessibility_tree_gives_its_plan():
    result = vnplan.extract_text(_PAGE)
    assert (result.document.number, result.document.type) == ("45/KH-UBND", "Kế hoạch")
    rows = [(t.lead, t.deadline) for t in result.tasks]
    assert (["Trạm Chăn nuôi và Thú y"], "2027-04-30") in rows
    assert (["Công an xã"], None) in rows
    assert (["Đài Truyền thanh xã"], "2027-05-31") in rows
    assert [t.min for t in result.targets] == [80]
    assert "12/KH-UBND" not in [r.number for r in result.references]


def test_a_page_without_a_main_keeps_its_content_and_drops_its_controls():
    page = """- banner:
  - heading "SỞ Y TẾ TỈNH AN PHÚ" [level=2]
  - button "Đăng nhập"
- heading "Thông báo lịch tiêm chủng" [level=1]
- paragraph: Trung tâm Y tế các huyện tổ chức tiêm bổ sung trước ngày 30/6.
- contentinfo:
  - paragraph: Sở Y tế tỉnh An Phú
"""
    assert _lines(page) == ["SỞ Y TẾ TỈNH AN PHÚ", "Thông báo lịch tiêm chủng",
                            "Trung tâm Y tế các huyện tổ chức tiêm bổ sung trước ngày 30/6.", "Sở Y tế tỉnh An Phú"]
    # a main that holds little of the page's text is not its text either
    assert _lines(page.replace("- contentinfo:", "- main:\n  - text: x\n- contentinfo:"))[0] == "SỞ Y TẾ TỈNH AN PHÚ"


def test_rows_cells_lists_and_strings_as_the_snapshot_writes_them():
    page = r"""- main:
  - table:
    - rowgroup:
      - row "A. Nhóm nhiệm vụ thứ nhất"
      - 'row "1 Sở Tài chính: bố trí kinh phí Quý I/2027" [ref=e12]':
        - cell "1"
        - 'cell "Sở Tài chính: bố trí kinh phí" [ref=e13]':
          - paragraph: "Sở Tài chính:"
          - paragraph: bố trí kinh phí
        - cell
        - cell "Quý I/2027"
    - rowgroup:
      - row:
        - columnheader "TT"
        - columnheader "Nội dung"
        - columnheader
        - columnheader "Thời hạn"
  - paragraph: "Trích dẫn \"Chỉ thị số 5\"\ttheo \x41\u1ea1 đúng"
  - heading /Điều \d+/ [level=3]
  - paragraph [ref=e20]:
    - generic [ref=e21]: Ghi
    - generic: chú
    - superscript: "2"
  - list:
    - listitem:
      - text: Mục cha
      - list:
        - listitem: Mục con
        - listitem: "a) Điểm có nhãn"
    - listitem:
      - paragraph: Đoạn trong mục
  - separator
  - figure "Sơ đồ tổ chức":
    - img "Sơ đồ tổ chức"
  - listitem: ”"""
    assert _lines(page) == ["| TT | Nội dung |  | Thời hạn |", "| A. Nhóm nhiệm vụ thứ nhất |",
                            "| 1 | Sở Tài chính: bố trí kinh phí |  | Quý I/2027 |",
                            "Trích dẫn \"Chỉ thị số 5\" theo Aạ đúng", "Điều \\d+", "Ghi chú2",
                            "- Mục cha", "- Mục con", "a) Điểm có nhãn", "- Đoạn trong mục", "- ”"]


def test_words_that_emphasis_split_join_again_and_words_it_separated_keep_their_space():
    page = """- main:
  - paragraph:
    - text: Hà Nội, ng
    - emphasis: ày 02 tháng 12 năm 202
    - strong: "5"
  - paragraph:
    - text: theo Nghị quyết số
    - strong: "203"
    - text: /2025/QH15 tại điểm
    - strong: b
    - text: khoản 2
"""
    assert _lines(page) == ["Hà Nội, ngày 02 tháng 12 năm 2025", "theo Nghị quyết số 203/2025/QH15 tại điểm b khoản 2"]


def test_a_layout_table_around_the_body_reads_as_the_page():
    body = "\n".join(f"          - paragraph: Đoạn văn số {k} của thân văn bản, đủ dài để là một đoạn văn thật sự "
                     f"của trang, không phải một giá trị trong ô của bảng số liệu." for k in range(6))
    page = f"""- table:
  - rowgroup:
    - row:
      - cell
      - cell:
{body}
      - cell "Nơi nhận: - Như trên"
"""
    lines = _lines(page)
    assert lines[0].startswith("Đoạn văn số 0") and len(lines) == 7 and lines[-1] == "Nơi nhận: - Như trên"


@pytest.mark.parametrize("text", [
    "- Sở Y tế chủ trì.\n- Sở Tài chính phối hợp.\n- Công an tỉnh.\n",
    "KẾ HOẠCH\n- text: một\n- text: hai\n- text: ba\n",
    "- text: một\n- text: hai\n- text: ba\n",  # no tree: no nesting, name, attribute or property
    "- name: Kế hoạch\n  value: 12\n- name: Báo cáo\n  value: 3\n- name: x\n",
    "- I. NHIỆM VỤ\n  - 1. Sở Y tế: chủ trì\n  - 2. Sở Tài chính: phối hợp\n- II. TỔ CHỨC THỰC HIỆN\n",
    "",
])
def test_texts_that_are_no_snapshot(text):
    assert not looks_like_aria_snapshot(text)


def test_an_outliners_page_is_still_an_outliners_page():
    page = "- KẾ HOẠCH\n  - I. NHIỆM VỤ\n    - 1. Sở Y tế chủ trì.\n    - 2. Sở Tài chính phối hợp.\n"
    assert not looks_like_aria_snapshot(page) and looks_like_note_markup(page)


def test_a_snapshot_in_a_fence_with_a_byte_order_mark_and_crlf_is_read():
    page = "\ufeff```yaml\r\n- main:\r\n  - heading \"Kế hoạch\" [level=1]\r\n  - paragraph: Một\r\n```\r\n"
    assert looks_like_aria_snapshot(page)
    assert _lines(page) == ["Kế hoạch", "Một"]


def test_hostile_snapshots_read_in_linear_time_and_bounded_depth():
    deep = "".join("  " * k + "- generic:\n" for k in range(3000)) + "  " * 3000 + "- text: đáy\n"
    long_names = "- main:\n" + "  - paragraph: \"" + "\\\"" * 200000 + "\"\n" + "  - heading \"" + "a" * 300000 + "\n"
    quoted_keys = "- main:\n" + "  - '" + "''" * 200000 + "\n" + "  - 'row \"x\"' [" + "[" * 100000 + "\n"
    runs = "- main:\n  - paragraph:\n" + "    - strong: ng\n    - text: ày\n" * 5000
    further_lines = "- main:\n  - paragraph: Dòng một\n" + "    dòng tiếp\n" * 100000  # (a plain scalar's lines)
    for page in (deep, long_names, quoted_keys, runs, further_lines):
        started = time.perf_counter()
        assert looks_like_aria_snapshot(page) in (True, False)
        aria_snapshot_as_text(page)
        assert time.perf_counter() - started < 3
    assert _lines(deep) == ["đáy"]
    assert _lines(further_lines[:60]) == ["Dòng một dòng tiếp dòng tiếp"]


@needs_chromium
def test_a_snapshot_that_playwright_writes_reads_as_the_page(browser):
    page = browser.new_page()
    page.set_content("""<html lang="vi"><body><header><a href="/">Cổng: thông tin</a><nav><a href="/">Trang chủ</a></nav>
    </header><main><h1>Kế hoạch số 7/KH-UBND</h1><p>Căn cứ: "Luật" số 1;</p><p>- Sở Y tế: chủ trì.</p>
    <p><strong>1. Sở Tài chính:</strong> bố trí kinh phí.</p><ul><li>Việc một</li></ul>
    <table><tr><th>TT</th><th>Nội dung</th></tr><tr><td>1</td><td><p>Việc A</p><p>Việc B</p></td></tr></table>
    </main><footer><p>Bản quyền: 2027</p></footer></body></html>""")
    snapshot = page.locator("body").aria_snapshot()
    page.close()
    assert looks_like_aria_snapshot(snapshot)
    assert _lines(snapshot) == ["Kế hoạch số 7/KH-UBND", 'Căn cứ: "Luật" số 1;', "- Sở Y tế: chủ trì.",
                                "1. Sở Tài chính: bố trí kinh phí.", "- Việc một", "| TT | Nội dung |",
                                "| 1 | Việc A Việc B |"]


def test_a_lone_surrogate_escaped_in_a_name_is_a_replacement_character_and_the_json_output_is_written(tmp_path):
    # (Playwright writes a name's characters as JSON escapes; a page's half emoji "\ud83d" decodes to a lone
    # surrogate, which no UTF-8 output can write: the CLI's JSON for the whole batch failed)
    page = _PAGE.replace('"2. Công an xã: kiểm soát', '"2. Công an xã \\ud83d: kiểm soát')
    assert page != _PAGE
    text = aria_snapshot_as_text(page)
    assert "2. Công an xã \ufffd: kiểm soát việc vận chuyển lợn qua địa bàn." in text.split("\n")
    assert _lines('- paragraph: "1. Sở Công Thương \\ud83d:"') == ["1. Sở Công Thương \ufffd:"]
    assert _lines('- paragraph: "Sở \\xe1 \\ud83d\\ude00 \\ude00"') == ["Sở á 😀 \ufffd"]  # (read without json)
    path = tmp_path / "trang.txt"
    path.write_text(page, encoding="utf-8")
    done = subprocess.run([str(Path(sys.executable).with_name("vnplan")), "extract", str(path), "--json"],
                          capture_output=True, timeout=120)
    assert done.returncode == 0, done.stderr.decode(errors="replace")[-2000:]
    payload = json.loads(done.stdout)
    assert "\ufffd" in json.dumps(payload, ensure_ascii=False)


def test_runs_of_two_numbers_keep_their_space_and_a_number_split_by_emphasis_joins():
    page = """- main:
  - paragraph:
    - strong: Năm 2025
    - text: 100% xã đạt chuẩn
  - paragraph:
    - text: đến năm 202
    - emphasis: "5"
    - text: ", tỷ lệ 9"
    - strong: "5%."
  - paragraph:
    - strong: Mục tiêu 1
    - text: 2 nhiệm vụ
"""
    assert _lines(page) == ["Năm 2025 100% xã đạt chuẩn", "đến năm 2025, tỷ lệ 95%.", "Mục tiêu 1 2 nhiệm vụ"]
