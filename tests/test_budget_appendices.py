"""Plans for public investment and the budget, whose work sits in appendices, on text of our own in the style of real
ones: a table of projects with the work to be done on each, the unit in charge and the time.
"""
import textwrap

import vnplan
from vnplan.alignedtables import rebuild_tab_tables
from vnplan.lexicon import column_roles

PROJECTS = textwrap.dedent("""\
    SỞ TÀI CHÍNH TỈNH HÒA BÌNH MỚI             CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    Số: 31/KH-STC                               Hòa Bình Mới, ngày 10 tháng 3 năm 2027

    KẾ HOẠCH
    Đẩy nhanh giải ngân các dự án trọng điểm năm 2027

    I. NHIỆM VỤ
    Công việc của từng dự án tại Phụ lục kèm theo.

    PHỤ LỤC
    TT | Tên dự án | Vốn năm 2027 (triệu đồng) | Công việc phải hoàn thành | Đơn vị chủ trì | Đơn vị phối hợp | Thời hạn
    1 | Đường liên xã Tân Lập - Hòa Sơn | 85.000 | Hoàn thành giải phóng mặt bằng đoạn Km0 - Km3 | Ban Quản lý dự án đầu tư xây dựng tỉnh | Ủy ban nhân dân xã Tân Lập | Quý II/2027
    2 | Trường Trung học phổ thông Hòa Sơn | 42.500 | Thi công nhà lớp học 3 tầng, nghiệm thu đưa vào sử dụng | Sở Giáo dục và Đào tạo | Sở Xây dựng | 31/8/2027
    """)


def test_a_table_of_projects_gives_as_its_tasks_the_work_to_be_done_on_each():
    plan = vnplan.extract_text(PROJECTS.replace(" | ", "\t"))
    rows = [(task.text, task.lead, task.coordinators, task.deadline) for task in plan.tasks
            if task.text.startswith(("Hoàn thành", "Thi công"))]
    assert rows == [
        ("Hoàn thành giải phóng mặt bằng đoạn Km0 - Km3", ["Ban Quản lý dự án đầu tư xây dựng tỉnh"],
         ["Ủy ban nhân dân xã Tân Lập"], "2027-06-30"),
        ("Thi công nhà lớp học 3 tầng, nghiệm thu đưa vào sử dụng", ["Sở Giáo dục và Đào tạo"], ["Sở Xây dựng"],
         "2027-08-31")]
    # the projects' names are what the work is about, no tasks of their own
    assert not any(task.text.startswith(("Đường liên xã", "Trường Trung học")) for task in plan.tasks)


CHECKPOINTS = textwrap.dedent("""\
    BAN QUẢN LÝ DỰ ÁN ĐẦU TƯ XÂY DỰNG TỈNH HÒA BÌNH MỚI
    Số: 12/KH-BQLDA                             Hòa Bình Mới, ngày 15 tháng 01 năm 2027

    KẾ HOẠCH
    Giải ngân vốn đầu tư công năm 2027

    I. MỤC TIÊU
    Giải ngân toàn bộ kế hoạch vốn được giao; tỷ lệ giải ngân phấn đấu theo từng mốc:
    Mốc thời gian\tTỷ lệ giải ngân lũy kế phấn đấu (%)
    Đến 30/6/2027\t40
    Đến 30/9/2027\t70
    Đến 31/12/2027\t95

    II. NHIỆM VỤ
    1. Phòng Kế hoạch lập kế hoạch giải ngân từng tháng, trình Giám đốc Ban trước ngày 31/01/2027.
    """)


def test_a_table_of_checkpoints_laid_out_with_tabs_gives_a_target_for_each():
    plan = vnplan.extract_text(CHECKPOINTS)
    assert [(target.min, target.unit, target.year) for target in plan.targets] == [
        (40, "%", 2027), (70, "%", 2027), (95, "%", 2027)]
    assert plan.targets[0].indicator == "Tỷ lệ giải ngân lũy kế phấn đấu"


def test_two_cells_parted_by_a_tab_without_figures_below_are_no_table():
    header = "ỦY BAN NHÂN DÂN TỈNH X\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 5/KH-UBND\tĐộc lập - Tự do - Hạnh phúc\n"
    assert rebuild_tab_tables(header.splitlines()) == header.splitlines()


THREE_YEARS = textwrap.dedent("""\
    ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH MỚI          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    Số: 140/KH-UBND                             Hòa Bình Mới, ngày 20 tháng 7 năm 2027

    KẾ HOẠCH
    Tài chính - ngân sách nhà nước 03 năm 2028 - 2030

    I. NHIỆM VỤ
    1. Sở Tài chính chủ trì tổ chức thực hiện các chỉ tiêu tại Phụ lục kèm theo.

    Phụ lục
    CÁC CHỈ TIÊU PHẤN ĐẤU GIAI ĐOẠN 2028 - 2030

    Chỉ tiêu                                   Đơn vị    Năm 2028 Năm 2029 Năm 2030
    Tổng thu ngân sách trên địa bàn            tỷ đồng    21.400   23.100   25.000
    Bội chi ngân sách địa phương               tỷ đồng   ≤ 900    ≤ 800    ≤ 700
    """)


def test_year_columns_a_layout_with_spaces_ran_into_one_are_parted_by_their_figures():
    plan = vnplan.extract_text(THREE_YEARS)
    figures = {(target.indicator, target.year): (target.min, target.max) for target in plan.targets}
    assert figures[("Tổng thu ngân sách trên địa bàn", 2029)] == (23100, 23100)
    assert figures[("Bội chi ngân sách địa phương", 2030)] == (None, 700)
    assert len(figures) == 6


THRIFT = textwrap.dedent("""\
    ỦY BAN NHÂN DÂN XÃ TÂN LẬP                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    Số: 18/KH-UBND                              Tân Lập, ngày 05 tháng 02 năm 2027

    KẾ HOẠCH
    Thực hành tiết kiệm, chống lãng phí năm 2027

    I. NHIỆM VỤ
    1. Văn phòng HĐND và UBND xã rà soát định mức sử dụng xe công, hoàn thành trong quý I/2027.

    PHỤ LỤC
    CHỈ TIÊU TIẾT KIỆM NĂM 2027
    | STT | Nội dung | Chỉ tiêu năm 2027 |
    | 1 | Chi tổ chức hội nghị, lễ kỷ niệm | Giảm ít nhất 12% so với năm 2026 |
    | 2 | Văn bản điện tử gửi, nhận trên hệ thống | 100% |
    """)


def test_a_table_of_lines_under_a_column_of_targets_gives_each_lines_worded_figure():
    plan = vnplan.extract_text(THRIFT)
    assert [(target.indicator, target.min, target.max, target.unit) for target in plan.targets] == [
        ("Chi tổ chức hội nghị, lễ kỷ niệm", 12, None, "%"),
        ("Văn bản điện tử gửi, nhận trên hệ thống", 100, 100, "%")]


def test_the_owner_of_a_project_does_the_work_a_row_asks_of_it_where_the_table_names_the_work():
    assert column_roles(["TT", "Tên dự án", "Chủ đầu tư", "Nội dung yêu cầu", "Thời hạn"]) == [
        "other", "other", "lead", "content", "time"]
    # (a list of projects and their owners, with no work asked: an allocation, no task of anyone's)
    assert column_roles(["TT", "Tên dự án", "Chủ đầu tư", "Vốn năm 2027"]) == ["other", "content", "other", "other"]


def test_a_worded_cell_keeps_its_own_share_and_is_not_parted_at_its_numbers():
    plan = vnplan.extract_text(THREE_YEARS.replace(
        "Bội chi ngân sách địa phương               tỷ đồng   ≤ 900    ≤ 800    ≤ 700",
        "Chi thường xuyên                           tỷ đồng   Giảm 10% so với năm 2026"))
    worded = [(target.min, target.unit, target.year) for target in plan.targets if target.indicator == "Chi thường xuyên"]
    assert worded == [(10, "%", 2028)]


def test_a_timetable_is_no_table_of_checkpoints():
    plan = vnplan.extract_text(CHECKPOINTS.replace(
        "Mốc thời gian\tTỷ lệ giải ngân lũy kế phấn đấu (%)\nĐến 30/6/2027\t40\nĐến 30/9/2027\t70\nĐến 31/12/2027\t95\n",
        "| Thời gian | Nội dung | Số học viên | Đơn vị thực hiện |\n"
        "| Tháng 3/2027 | Tập huấn nghiệp vụ giải ngân | 120 | Phòng Kế hoạch |\n"))
    assert not any(target.min == 120 for target in plan.targets)
