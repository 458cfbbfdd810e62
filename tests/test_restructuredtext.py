"""reStructuredText (a Sphinx handbook's page source) read as the plain lines of the rendered page."""
import time

import vnplan
from vnplan.restructuredtext import looks_like_restructuredtext, restructuredtext_as_text

_HANDBOOK_PAGE = """.. _kh-45-2027:

.. meta::
   :description: Kế hoạch chuyển đổi số ngành giáo dục năm 2027
   :keywords: chuyển đổi số, giáo dục

.. |nam| replace:: năm 2027

=====================================================
Kế hoạch 45/KH-SGDĐT: chuyển đổi số ngành giáo dục
=====================================================

:Loại văn bản: Kế hoạch
:Lĩnh vực: Giáo dục
:Tệp đính kèm: :download:`45-KH-SGDDT.pdf <../_static/45-KH-SGDDT.pdf>`

.. note::

   Trang này chép lại từ văn bản gốc để tiện tra cứu; văn bản có giá trị là bản
   ký số đính kèm.

.. contents:: Mục lục
   :local:

.. list-table::
   :widths: 45 55
   :class: borderless

   * - | UBND TỈNH TÂN AN
       | **SỞ GIÁO DỤC VÀ ĐÀO TẠO**
       | --------
     - | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
       | **Độc lập - Tự do - Hạnh phúc**
   * - Số: 45/KH-SGDĐT
     - *Tân An, ngày 15 tháng 01 năm 2027*

.. rst-class:: text-center

**KẾ HOẠCH**

.. rst-class:: text-center

**Chuyển đổi số ngành giáo dục tỉnh Tân An** |nam|

Căn cứ Quyết định số 131/QĐ-TTg ngày 25 tháng 01 năm 2022 của Thủ tướng Chính phủ
phê duyệt Đề án "Tăng cường ứng dụng công nghệ thông tin và chuyển đổi số trong giáo dục
và đào tạo giai đoạn 2022 - 2025, định hướng đến năm 2030", Sở Giáo dục và Đào tạo
xây dựng Kế hoạch như sau:

..
   Bản nháp: rà lại các chỉ tiêu với Phòng Kế hoạch trước khi đăng.

I. MỤC ĐÍCH, YÊU CẦU
====================

1. Đẩy mạnh ứng dụng công nghệ số trong quản lý, dạy và học.
2. Xác định rõ nhiệm vụ, đơn vị chủ trì, thời hạn hoàn thành.

II. CHỈ TIÊU
============

#. 100% cơ sở giáo dục sử dụng sổ điểm điện tử, học bạ số.
#. Ít nhất 80% giáo viên được bồi dưỡng kỹ năng số.

III. NHIỆM VỤ CỤ THỂ
====================

.. list-table:: Phân công nhiệm vụ |nam|
   :header-rows: 1
   :widths: 5 45 20 20 10

   * - TT
     - Nội dung
     - Đơn vị chủ trì
     - Đơn vị phối hợp
     - Thời gian
   * - 1
     - Triển khai học bạ số cho học sinh
       tiểu học và trung học cơ sở
     - Sở Giáo dục và Đào tạo
     - Sở Khoa học và Công nghệ
     - Quý II/2027
   * - 2
     - Bảo đảm an toàn thông tin cho hệ thống cơ sở dữ liệu ngành
     - Công an tỉnh
     - | Sở Khoa học và Công nghệ;
       | Viễn thông Tân An
     - Tháng 9/2027
   * - 3
     - Bố trí kinh phí thực hiện Kế hoạch
     - Sở Tài chính
     -
     - Trước ngày 30/6/2027

IV. TỔ CHỨC THỰC HIỆN
=====================

#. **Sở Nội vụ**:

   #. Tham mưu bố trí biên chế cán bộ phụ trách công nghệ thông tin tại các trường;
   #. Hoàn thành trước ngày 31/10/2027.

#. Ủy ban nhân dân các huyện, thành phố chỉ đạo các trường thực hiện; báo cáo kết quả
   về Sở Giáo dục và Đào tạo trước ngày 15/12/2027./.

.. list-table::
   :widths: 50 50

   * - | ***Nơi nhận:***
       | - UBND tỉnh (b/c);
       | - Lưu: VT.
     - | **KT. GIÁM ĐỐC**
       | **PHÓ GIÁM ĐỐC**
       |
       | *(Đã ký)*
       |
       | **Trần Văn Bình**

.. rubric:: Lịch sử trang

- 16/01/2027: đăng tải (admin)
"""


def test_a_handbook_page_reads_as_its_rendered_lines():
    assert looks_like_restructuredtext(_HANDBOOK_PAGE)
    lines = restructuredtext_as_text(_HANDBOOK_PAGE).splitlines()
    assert lines[:5] == ["Kế hoạch 45/KH-SGDĐT: chuyển đổi số ngành giáo dục", "", "Loại văn bản: Kế hoạch",
                         "Lĩnh vực: Giáo dục", "Tệp đính kèm: 45-KH-SGDDT.pdf"]
    # the header table's line blocks one cell each, the emphasis gone
    assert "| UBND TỈNH TÂN AN SỞ GIÁO DỤC VÀ ĐÀO TẠO -------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do" \
           " - Hạnh phúc |" in lines
    assert "| Số: 45/KH-SGDĐT | Tân An, ngày 15 tháng 01 năm 2027 |" in lines
    assert lines[lines.index("KẾ HOẠCH") + 2] == "Chuyển đổi số ngành giáo dục tỉnh Tân An năm 2027"
    assert any(line.startswith("Căn cứ Quyết định số 131/QĐ-TTg") and line.endswith("xây dựng Kế hoạch như sau:")
               for line in lines)  # a paragraph's lines are one line
    assert lines[lines.index("II. CHỈ TIÊU") + 2:][:2] == [
        "1. 100% cơ sở giáo dục sử dụng sổ điểm điện tử, học bạ số.",
        "2. Ít nhất 80% giáo viên được bồi dưỡng kỹ năng số."]
    table = lines.index("III. NHIỆM VỤ CỤ THỂ") + 2
    assert lines[table:table + 5] == [
        "| Phân công nhiệm vụ năm 2027 |",
        "| TT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian |",
        "| 1 | Triển khai học bạ số cho học sinh tiểu học và trung học cơ sở | Sở Giáo dục và Đào tạo |"
        " Sở Khoa học và Công nghệ | Quý II/2027 |",
        "| 2 | Bảo đảm an toàn thông tin cho hệ thống cơ sở dữ liệu ngành | Công an tỉnh |"
        " Sở Khoa học và Công nghệ; Viễn thông Tân An | Tháng 9/2027 |",
        "| 3 | Bố trí kinh phí thực hiện Kế hoạch | Sở Tài chính |  | Trước ngày 30/6/2027 |"]
    # "#." counted per list, letters one level down; an item's indented lines joined to it
    assert [line for line in lines[lines.index("IV. TỔ CHỨC THỰC HIỆN"):] if line][1:5] == [
        "1. Sở Nội vụ:", "a) Tham mưu bố trí biên chế cán bộ phụ trách công nghệ thông tin tại các trường;",
        "b) Hoàn thành trước ngày 31/10/2027.",
        "2. Ủy ban nhân dân các huyện, thành phố chỉ đạo các trường thực hiện; báo cáo kết quả về Sở Giáo dục và Đào "
        "tạo trước ngày 15/12/2027./."]
    assert "| Nơi nhận: - UBND tỉnh (b/c); - Lưu: VT. | KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC (Đã ký) Trần Văn Bình |" in lines
    # the note stays as the page shows it; what the page does not show goes
    assert any(line.startswith("Trang này chép lại từ văn bản gốc") for line in lines)
    text = "\n".join(lines)
    for unshown in ("..", "meta", "description", "Mục lục", "kh-45-2027", "Bản nháp", "|nam|", "rst-class",
                    ":widths:", "header-rows", "_static", "**", "====="):
        assert unshown not in text, unshown


def test_a_handbook_page_gives_the_plans_tasks_from_its_list_table_and_its_number_from_its_header():
    plan = vnplan.extract_text(_HANDBOOK_PAGE)
    assert (plan.document.number, plan.document.type, plan.document.issuer, plan.document.issued_date) == (
        "45/KH-SGDĐT", "Kế hoạch", "Sở Giáo dục và Đào tạo tỉnh Tân An", "2027-01-15")
    assert (plan.document.title, plan.document.signer) == (
        "Chuyển đổi số ngành giáo dục tỉnh Tân An năm 2027", "Trần Văn Bình")
    rows = [(task.text, task.lead, task.coordinators, task.deadline) for task in plan.tasks
            if task.text.startswith(("Triển khai", "Bảo đảm", "Bố trí"))]
    assert rows == [
        ("Triển khai học bạ số cho học sinh tiểu học và trung học cơ sở", ["Sở Giáo dục và Đào tạo tỉnh Tân An"],
         ["Sở Khoa học và Công nghệ"], "2027-06-30"),
        ("Bảo đảm an toàn thông tin cho hệ thống cơ sở dữ liệu ngành", ["Công an tỉnh"],
         ["Sở Khoa học và Công nghệ", "Viễn thông Tân An"], "2027-09-30"),
        ("Bố trí kinh phí thực hiện Kế hoạch", ["Sở Tài chính"], [], "2027-06-30")]
    assert [(task.lead, task.deadline) for task in plan.tasks if task.text.startswith(("Tham mưu", "Hoàn thành"))] \
        == [(["Sở Nội vụ"], None), (["Sở Nội vụ"], "2027-10-31")]
    assert len(plan.tasks) == 6  # neither the caption nor the page's history is a task
    assert [target.text for target in plan.targets] == ["100% cơ sở giáo dục sử dụng sổ điểm điện tử, học bạ số",
                                                        "Ít nhất 80% giáo viên được bồi dưỡng kỹ năng số"]


_SIMPLE_TABLE_PAGE = """Kế hoạch kiểm tra an toàn thực phẩm
###################################

:Số hiệu: 12/KH-UBND
:Cơ quan ban hành: Ủy ban nhân dân tỉnh Tân An

| ỦY BAN NHÂN DÂN TỈNH TÂN AN
| Số: 12/KH-UBND

KẾ HOẠCH
Kiểm tra an toàn thực phẩm năm 2027

Nhiệm vụ
--------

.. table:: Bảng phân công

   ==  ==================================  ===================  ==================  ============
   TT  Nội dung                            Chủ trì              Phối hợp            Thời gian
   ==  ==================================  ===================  ==================  ============
   1   Kiểm tra cơ sở sản xuất thực phẩm   Sở Y tế              Công an tỉnh        Quý II/2027
       tại các chợ đầu mối
   2   Lấy mẫu giám sát nông sản           Sở Nông nghiệp và    Sở Khoa học và      Tháng 8/2027
                                           Môi trường           Công nghệ
   ==  ==================================  ===================  ==================  ============

.. csv-table:: Kinh phí
   :header: "TT", "Nội dung", "Đơn vị", "Thời gian"

   1, "Mua test nhanh, hóa chất", Sở Tài chính, Quý I/2027

Xem `hướng dẫn <https://x.example/hd>`_, :ref:`mục II <muc-2>`, :term:`ATTP`, H\\ :sub:`2`\\ O,
``*nguyên văn*``, *nghiêng*, \\*không nghiêng\\* và ghi chú [#]_.

.. [#] Theo hướng dẫn của Bộ Y tế.
"""


def test_a_simple_table_a_csv_table_fields_line_blocks_and_inline_markup():
    lines = restructuredtext_as_text(_SIMPLE_TABLE_PAGE).splitlines()
    assert lines[:4] == ["Kế hoạch kiểm tra an toàn thực phẩm", "", "Số hiệu: 12/KH-UBND",
                         "Cơ quan ban hành: Ủy ban nhân dân tỉnh Tân An"]
    assert lines[5:9] == ["ỦY BAN NHÂN DÂN TỈNH TÂN AN", "Số: 12/KH-UBND", "",
                          "KẾ HOẠCH Kiểm tra an toàn thực phẩm năm 2027"]  # (one paragraph, as the page shows it)
    assert [line for line in lines if line.startswith("|")] == [
        "| Bảng phân công |",
        "| TT | Nội dung | Chủ trì | Phối hợp | Thời gian |",
        "| 1 | Kiểm tra cơ sở sản xuất thực phẩm tại các chợ đầu mối | Sở Y tế | Công an tỉnh | Quý II/2027 |",
        "| 2 | Lấy mẫu giám sát nông sản | Sở Nông nghiệp và Môi trường | Sở Khoa học và Công nghệ | Tháng 8/2027 |",
        "| Kinh phí |",
        "| TT | Nội dung | Đơn vị | Thời gian |",
        "| 1 | Mua test nhanh, hóa chất | Sở Tài chính | Quý I/2027 |"]
    assert lines[-3:] == ["Xem hướng dẫn, mục II, ATTP, H2O, *nguyên văn*, nghiêng, *không nghiêng* và ghi chú.", "",
                          "Theo hướng dẫn của Bộ Y tế."]
    # (the "==" column's rules are a simple table's, not AsciiDoc's headings)
    plan = vnplan.extract_text(_SIMPLE_TABLE_PAGE)
    assert [(task.lead, task.coordinators, task.deadline) for task in plan.tasks] == [
        (["Sở Y tế"], ["Công an tỉnh"], "2027-06-30"),
        (["Sở Nông nghiệp và Môi trường"], ["Sở Khoa học và Công nghệ"], "2027-08-31"),
        (["Sở Tài chính"], [], "2027-03-31")]


def test_numbered_lists_count_per_list_and_bullets_nest():
    page = """.. note:: x
.. note:: y

#. Một

   * Gạch
     tiếp

     + Cấp hai

#. Hai

Đoạn văn.

#. Lại từ một.

3. Ba
#. Bốn

(a) Điểm a
"""
    assert [line for line in restructuredtext_as_text(page).splitlines() if line] == [
        "x", "y", "1. Một", "- Gạch tiếp", "+ Cấp hai", "2. Hai", "Đoạn văn.", "1. Lại từ một.", "3. Ba", "4. Bốn",
        "(a) Điểm a"]


def test_directives_show_what_the_web_page_shows():
    page = """.. toctree::
   :maxdepth: 2

   ke-hoach/index

.. centered:: KẾ HOẠCH

.. raw:: html

   <p><b>Phòng chống</b> thiên tai &amp; tìm kiếm cứu nạn</p>

.. raw:: latex

   \\newpage

.. only:: html

   Bản điện tử.

.. only:: latex

   Bản in.

.. admonition:: Lưu ý

   Các đơn vị báo cáo trước ngày 15/12/2027.

.. warning:: Không sao chép
   khi chưa được phép.

.. figure:: so-do.png
   :alt: sơ đồ

   Sơ đồ tổ chức.

.. image:: logo.png

.. code-block:: text

   Mẫu  số   01

.. Ghi chú của người soạn, không hiện trên trang.
"""
    assert [line for line in restructuredtext_as_text(page).splitlines() if line] == [
        "KẾ HOẠCH", "Phòng chống thiên tai & tìm kiếm cứu nạn", "Bản điện tử.", "Lưu ý",
        "Các đơn vị báo cáo trước ngày 15/12/2027.", "Không sao chép khi chưa được phép.", "Sơ đồ tổ chức.",
        "Mẫu  số   01"]


def test_plain_markdown_org_and_ruled_plans_are_no_restructuredtext():
    plain = ("ỦY BAN NHÂN DÂN TỈNH TÂN AN\nSố: 12/KH-UBND\nKẾ HOẠCH\nI. MỤC TIÊU\n1. Sở Y tế: chủ trì kiểm tra.\n"
             "Ghi chú: thực hiện trước ngày 30/6/2027.\n")
    markdown = ("# KẾ HOẠCH\n\n# I. NHIỆM VỤ\n\n|TT|Nội dung|Chủ trì|\n|---|---|---|\n|1|Kiểm tra|Sở Y tế|\n\n"
                "**Nơi nhận:**\n- Như trên;\n- Lưu: VT.\n")
    ruled = ("KẾ HOẠCH\n========\n\n1. Sở Y tế kiểm tra.\n2. Sở Tài chính bố trí kinh phí.\n\n"
             "==========================================\n\nGhi chú:: xem phụ lục.\n")
    org = ("* KẾ HOẠCH\n:PROPERTIES:\n:SO_HIEU: 12/KH-UBND\n:END:\n*SỞ Y TẾ*\n-------\n| TT | Nội dung |\n"
           "|----+----------|\n| 1 | Kiểm tra |\n")
    for text in (plain, markdown, ruled, org):
        assert not looks_like_restructuredtext(text), text
        assert vnplan.extract_text(text, strict=False) is not None


def test_a_line_full_of_marks_reads_in_time_and_any_input_without_error():
    start = time.monotonic()
    for marks in ("*" * 100000, "`" * 100000, "``a " * 20000, ":a:`" * 30000, "\\" * 100001, "|a " * 30000,
                  "a_ " * 30000, "==  ==\n" * 10000, "".join(" " * k + "- x\n" for k in range(500)), ".. " * 30000,
                  "=====  =====\n" + "a  b\n" * 10000, ".. csv-table::\n   :delim: \"\n\n   a,\"b\n"):
        restructuredtext_as_text(".. note:: x\n.. note:: y\n" + marks)
    assert time.monotonic() - start < 20
