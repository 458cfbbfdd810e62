"""Assignment tables in the shapes found in the wild, on text of our own in the style of real ones.

A responsibility matrix names its bodies by short codes in the header and spells them out in a note under the table
("Ghi chú: CT: chủ trì; PH: phối hợp. VP: Văn phòng …", "Sở DL - Sở Du lịch; …"); a spreadsheet's matrix groups its
bodies' columns under "Chủ trì" and "Phối hợp" and marks them with "X"; a grid drawn with "+---+" may rule the table
round and not between its rows, one line a row.
"""
import textwrap

import vnplan

HEADER = """\
BỘ NỘI VỤ                                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                             Độc lập - Tự do - Hạnh phúc
Số: 901/KH-BNV                               Hà Nội, ngày 02 tháng 3 năm 2027

KẾ HOẠCH
Số hóa hồ sơ cán bộ, công chức năm 2027

I. MỤC ĐÍCH, YÊU CẦU
Hoàn thành số hóa hồ sơ cán bộ, công chức đúng tiến độ.
II. NHIỆM VỤ
"""


def _leads(text):
    plan = vnplan.extract_text(text)
    return {task.text[:20]: (task.lead, task.coordinators, task.coordinators_collective) for task in plan.tasks}


CODED = HEADER + textwrap.dedent("""\
    | TT | Nhiệm vụ | VP | TCBC | TTTT | Thời hạn |
    |---|---|---|---|---|---|
    | 1 | Xây dựng cơ sở dữ liệu hồ sơ điện tử | PH | CT | PH | Quý III/2027 |
    | 2 | Hướng dẫn các bộ, ngành cập nhật dữ liệu | CT |  | PH | Tháng 6/2027 |

    Ghi chú: CT: chủ trì; PH: phối hợp. VP: Văn phòng Bộ; TCBC: Vụ Tổ chức - Biên chế; TTTT: Trung tâm Thông tin.
    """)


def test_a_matrix_names_its_bodies_by_the_codes_its_note_spells_out():
    leads = _leads(CODED)
    assert leads["Xây dựng cơ sở dữ li"][:2] == (["Vụ Tổ chức - Biên chế"], ["Văn phòng Bộ", "Trung tâm Thông tin"])
    assert leads["Hướng dẫn các bộ, ng"][:2] == (["Văn phòng Bộ"], ["Trung tâm Thông tin"])


DASHED_LEGEND = HEADER + textwrap.dedent("""\
    | TT | Nhiệm vụ | Sở TP | Sở NV | CA TP | Thời gian |
    |---|---|---|---|---|---|
    | 1 | Rà soát thủ tục hành chính về hộ tịch | Chủ trì | Phối hợp |  | Quý II/2027 |
    | 2 | Bảo đảm an ninh mạng cho cơ sở dữ liệu | Phối hợp |  | Chủ trì | Năm 2027 |

    Ghi chú: Sở TP - Sở Tư pháp; Sở NV - Sở Nội vụ; CA TP - Công an thành phố.
    """)


def test_a_note_may_spell_out_two_word_codes_after_a_dash():
    leads = _leads(DASHED_LEGEND)
    assert leads["Rà soát thủ tục hành"][:2] == (["Sở Tư pháp"], ["Sở Nội vụ"])
    assert leads["Bảo đảm an ninh mạng"][:2] == (["Công an thành phố"], ["Sở Tư pháp"])


GROUPED = HEADER + "TT\tNhiệm vụ\tChủ trì\t\t\tPhối hợp\t\t\tThời hạn\n" \
    "\t\tSở Tư pháp\tSở Tài chính\tCác sở, ngành\tSở Tư pháp\tSở Tài chính\tCác sở, ngành\t\n" \
    "1\tLập danh mục hồ sơ cần số hóa\t\tX\t\tX\t\t\tQuý II/2027\n" \
    "2\tBố trí kinh phí số hóa hồ sơ\tX\t\t\t\t\tX\tQuý III/2027\n" \
    "3\tCập nhật hồ sơ vào cơ sở dữ liệu\t\t\tX\t\tX\t\tThường xuyên\n"


def test_marks_in_columns_grouped_under_lead_and_partners_give_each_body_its_groups_role():
    leads = _leads(GROUPED)
    assert leads["Lập danh mục hồ sơ c"][:2] == (["Sở Tài chính"], ["Sở Tư pháp"])
    assert leads["Bố trí kinh phí số h"] == (["Sở Tư pháp"], [], True)
    # (the first body's column left empty is no role of its, not a cell merged with the row above)
    assert leads["Cập nhật hồ sơ vào c"][:2] == (["Các sở, ngành"], ["Sở Tài chính"])


RULED_ROUND = HEADER + textwrap.dedent("""\
    +----+--------------------------------------+---------------+---------------+--------------+
    | TT | Nội dung                             | Chủ trì       | Phối hợp      | Thời gian    |
    +====+======================================+===============+===============+==============+
    | 1  | Chuẩn bị                             |               |               |              |
    | a  | Rà soát hồ sơ giấy của các đơn vị    | Vụ Tổ chức    | Văn phòng Bộ  | Tháng 4/2027 |
    | b  | Mua sắm máy quét chuyên dụng         | Văn phòng Bộ  | Vụ Tổ chức    | Tháng 5/2027 |
    | 2  | Số hóa hồ sơ và kiểm tra chất lượng  | Trung tâm     | Vụ Tổ chức    | Quý III/2027 |
    +----+--------------------------------------+---------------+---------------+--------------+
    """)


def test_a_grid_ruled_round_and_not_between_its_rows_has_a_row_a_line():
    plan = vnplan.extract_text(RULED_ROUND)
    rows = {task.text: task.lead for task in plan.tasks}
    assert rows["Rà soát hồ sơ giấy của các đơn vị"] == ["Vụ Tổ chức"]
    assert rows["Mua sắm máy quét chuyên dụng"] == ["Văn phòng Bộ"]
    assert "Số hóa hồ sơ và kiểm tra chất lượng" in rows


BOXED = HEADER + textwrap.dedent("""\
    ┌──┬──────────────────────────────────┬────────┬────────┬───────────────────────────┐
    │TT│Nội dung công việc                │Chủ trì │Phối hợp│Ghi chú                    │
    ├──┼──────────────────────────────────┼────────┼────────┼───────────────────────────┤
    │1 │Lập danh mục hồ sơ cần số hóa     │P.TCCB  │VP      │Hoàn thành trước 30/4/2027 │
    ├──┼──────────────────────────────────┤        ├────────┼───────────────────────────┤
    │2 │Chuẩn hóa dữ liệu hồ sơ đã số hóa │        │TTTT    │Quý III/2027               │
    ├──┼──────────────────────────────────┼────────┼────────┼───────────────────────────┤
    │3 │Tập huấn sử dụng phần mềm         │TTTT    │P.TCCB  │Dành cho cán bộ phụ trách  │
    └──┴──────────────────────────────────┴────────┴────────┴───────────────────────────┘
    Viết tắt: P.TCCB - Phòng Tổ chức cán bộ; VP - Văn phòng HĐND và UBND phường;
    TTTT - Trung tâm Thông tin.
    """)


def test_a_boxed_table_keeps_a_lead_merged_down_its_rows_and_a_time_in_its_notes():
    plan = vnplan.extract_text(BOXED)
    rows = {task.text: task for task in plan.tasks}
    first, second = rows["Lập danh mục hồ sơ cần số hóa"], rows["Chuẩn hóa dữ liệu hồ sơ đã số hóa"]
    assert first.lead == second.lead == ["Phòng Tổ chức cán bộ"]  # (the lead's cell spans both rows)
    # a legend running on to its next line, its names in full however it abbreviates them
    assert first.coordinators == ["Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường"]
    assert second.coordinators == ["Trung tâm Thông tin"]
    assert (first.deadline, second.deadline) == ("2027-04-30", "2027-09-30")
    assert rows["Tập huấn sử dụng phần mềm"].deadline is None  # a note that is no time


HANDED_OVER = HEADER.replace("II. NHIỆM VỤ\n", "") + textwrap.dedent("""\
    II. NHIỆM VỤ CỤ THỂ
    1. Vụ Tổ chức - Biên chế chủ trì xây dựng quy chế quản lý hồ sơ điện tử, hoàn thành trong quý II/2027.
    2. Trung tâm Thông tin nâng cấp phần mềm quản lý hồ sơ, hoàn thành trước ngày 30/9/2027.
    3. Rà soát, chuẩn hóa dữ liệu hồ sơ của các đơn vị.
    III. TỔ CHỨC THỰC HIỆN
    1. Văn phòng Bộ: Thực hiện nhiệm vụ được giao tại Mục II; báo cáo kết quả về Vụ Tổ chức - Biên chế trước ngày 05
    hằng tháng.
    """)


def test_a_body_told_to_do_its_work_in_a_whole_part_takes_only_the_items_no_one_leads():
    plan = vnplan.extract_text(HANDED_OVER)
    leads = {task.text[:20]: task.lead for task in plan.tasks}
    assert leads["Vụ Tổ chức - Biên ch"] == ["Vụ Tổ chức - Biên chế"]
    assert leads["Trung tâm Thông tin "] == ["Trung tâm Thông tin"]
    assert leads["Rà soát, chuẩn hóa d"] == ["Văn phòng Bộ"]


def test_a_note_under_a_table_that_names_no_short_forms_defines_none():
    from vnplan.extract.agencies import defined_aliases
    assert defined_aliases("Ghi chú: Sở Y tế - Trung tâm Kiểm soát bệnh tật tỉnh là đầu mối tổng hợp.") == {}
    assert defined_aliases("Ghi chú: Sở YT - Sở Y tế; TTYT - Trung tâm Y tế.") == {
        "Sở YT": "Sở Y tế", "TTYT": "Trung tâm Y tế"}


ALIGNED_MATRIX = HEADER + """\
 TT   Nhiệm vụ                                         Sở      Sở      CA      Thời gian
                                                        TTTT    NV      tỉnh
 1    Rà soát hồ sơ giấy của các đơn vị                 •       o               Tháng 4/2027
 2    Bảo đảm an ninh cho cơ sở dữ liệu hồ sơ           o               •       Năm 2027

   Ghi chú:
   • Chủ trì; o Phối hợp. Sở TTTT: Sở Thông tin và Truyền thông; Sở NV: Sở Nội vụ; CA tỉnh: Công an tỉnh.
"""


def test_a_matrix_laid_out_with_spaces_names_its_bodies_short_and_marks_them_with_symbols():
    leads = _leads(ALIGNED_MATRIX)
    assert leads["Rà soát hồ sơ giấy c"][:2] == (["Sở Thông tin và Truyền thông"], ["Sở Nội vụ"])
    assert leads["Bảo đảm an ninh cho "][:2] == (["Công an tỉnh"], ["Sở Thông tin và Truyền thông"])


def test_a_note_naming_a_body_after_a_dash_is_no_legend():
    from vnplan.extract.agencies import defined_aliases
    assert defined_aliases("Ghi chú: Sở Y tế - Trung tâm Y tế huyện.") == {}


def test_a_note_that_tells_what_was_done_is_no_time():
    plan = vnplan.extract_text(BOXED.replace("Hoàn thành trước 30/4/2027 ", "Năm 2026 đã rà soát 45 bộ hồ sơ"))
    assert {task.text: task.deadline for task in plan.tasks}["Lập danh mục hồ sơ cần số hóa"] is None
