"""Programmes over several years, on text of our own in the style of real ones.

Their targets stand in a table with one column a year, laid out with spaces and its rows unnumbered (a name too long
for its column wraps below it), beside a column of what was done the year before; a decision issues the plan after its
own signature; a project's work is its "Nội dung" field with a roadmap by year; a school's or a company's plan names the
unit in charge in a sentence after the work ("… Đơn vị chủ trì: Phòng X; phối hợp: Phòng Y.").
"""
import textwrap

import vnplan
from vnplan.extract.actors import actors_of
from vnplan.extract.targets import targets_in

INDICATORS = textwrap.dedent("""\
    ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH MỚI          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                                  Độc lập - Tự do - Hạnh phúc
    Số: 88/KH-UBND                              Hòa Bình Mới, ngày 05 tháng 02 năm 2026

    KẾ HOẠCH
    Phát triển thể thao quần chúng giai đoạn 2026 - 2030

    I. MỤC TIÊU
    1. Chỉ tiêu theo năm

    Chỉ tiêu                      Đơn vị     TH 2025   2026    2027    2028
    Người tập luyện thể dục       %          31        33      35      38
    thể thao thường xuyên
    Câu lạc bộ thể thao cơ sở     câu lạc    1.150     1.200   1.260   1.300
    hoạt động                     bộ

    II. NHIỆM VỤ
    1. Sở Văn hóa, Thể thao và Du lịch tổ chức Đại hội Thể dục thể thao các cấp trong năm 2026.
    """)


def test_a_table_of_indicators_by_year_laid_out_with_spaces_gives_each_years_figure():
    plan = vnplan.extract_text(INDICATORS)
    figures = {(target.indicator, target.year): (target.min, target.unit) for target in plan.targets}
    assert figures[("Người tập luyện thể dục thể thao thường xuyên", 2027)] == (35, "%")
    assert figures[("Câu lạc bộ thể thao cơ sở hoạt động", 2026)] == (1200, "câu lạc bộ")
    assert figures[("Câu lạc bộ thể thao cơ sở hoạt động", 2028)] == (1300, "câu lạc bộ")
    # what was done in 2025 is where the targets start from, none of them
    assert not any(target.year == 2025 or target.min in (31, 1150) for target in plan.targets)


ISSUED_BY_A_DECISION = textwrap.dedent("""\
    ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH MỚI          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    Số: 512/QĐ-UBND                             Hòa Bình Mới, ngày 20 tháng 3 năm 2026

    QUYẾT ĐỊNH
    Ban hành Kế hoạch phát triển giao thông nông thôn giai đoạn 2026 - 2030

    Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phát triển giao thông nông thôn giai đoạn 2026 - 2030.
    Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

    Nơi nhận:                                   KT. CHỦ TỊCH
    - Như Điều 2;                               PHÓ CHỦ TỊCH
    - Lưu: VT.
                                                Đinh Văn Toàn

    KẾ HOẠCH
    Phát triển giao thông nông thôn giai đoạn 2026 - 2030
    (Kèm theo Quyết định số 512/QĐ-UBND ngày 20/3/2026 của Ủy ban nhân dân tỉnh)

    I. MỤC TIÊU

    | TT | Chỉ tiêu | Đơn vị tính | 2026 | 2027 | 2028 |
    |---|---|---|---|---|---|
    | 1 | Đường xã được cứng hóa | km | 120 | 150 | 180 |

    II. NHIỆM VỤ
    1. Dự án 1: Cứng hóa đường trục xã
    - Nội dung: Đầu tư cứng hóa đường trục xã, đường liên thôn; lộ trình: năm 2026 hoàn thành 40 km, năm 2027 hoàn thành 55 km.
    - Cơ quan chủ trì: Sở Xây dựng.
    - Cơ quan phối hợp: Sở Tài chính.
    2. Dự án 2: Hỗ trợ hộ cận nghèo tham gia bảo hiểm xe máy
    - Nội dung: Hỗ trợ thêm 30% mức phí bảo hiểm cho hộ cận nghèo từ ngân sách tỉnh.
    - Cơ quan chủ trì: Sở Tài chính.
    """)


def test_the_plan_a_decision_issues_after_its_signature_sets_the_targets_of_its_table():
    plan = vnplan.extract_text(ISSUED_BY_A_DECISION)
    table = sorted((target.year, target.min) for target in plan.targets if target.task is None)
    assert table == [(2026, 120), (2027, 150), (2028, 180)]


def test_the_roadmap_a_projects_work_field_gives_is_the_projects_targets():
    plan = vnplan.extract_text(ISSUED_BY_A_DECISION)
    [project] = [task for task in plan.tasks if task.text.startswith("Đầu tư cứng hóa")]
    assert project.lead == ["Sở Xây dựng"]
    assert sorted((target.year, target.min) for target in plan.targets if target.task == project.id) == [
        (2026, 40), (2027, 55)]


def test_the_size_of_a_help_is_no_target():
    assert targets_in("Hỗ trợ thêm 30% mức phí bảo hiểm cho hộ cận nghèo từ ngân sách tỉnh.", 0, "1", 2026) == []
    assert [target.min for target in targets_in("Phấn đấu 30% hộ cận nghèo tham gia bảo hiểm.", 0, "1", 2026)] == [30]
    # (how many to help is the work's target)
    assert [target.min for target in targets_in("Phấn đấu hoàn thành hỗ trợ 1.500 căn nhà cho hộ nghèo.", 0, "1",
                                                2026)] == [1500]


def test_the_unit_in_charge_named_after_the_work_leads_it_and_its_partners_follow():
    actors = actors_of("Ban hành quy chế thu hút giảng viên có trình độ tiến sĩ; hoàn thành trong quý III/2026. Đơn vị "
                       "chủ trì: Phòng Tổ chức - Cán bộ; phối hợp: Phòng Tài chính, các khoa.")
    assert [m.name for m in actors.leads] == ["Phòng Tổ chức - Cán bộ"]
    assert [m.name for m in actors.coordinators] == ["Phòng Tài chính"] and actors.collective
    # a body named first leads, whatever a later sentence says of a field
    actors = actors_of("Sở Y tế chủ trì tổ chức tập huấn. Cơ quan chủ trì: Sở Nội vụ.")
    assert [m.name for m in actors.leads] == ["Sở Y tế"]


def test_the_time_written_as_a_field_after_the_work_is_its_deadline():
    from vnplan.extract.dates import deadline_in
    assert deadline_in("Giao Sở Ngoại vụ chủ trì, phối hợp với Văn phòng Tỉnh ủy; thời gian: tháng 9/2027.") \
        == "2027-09-30"
    assert deadline_in("Tổ chức hội chợ thương mại biên giới. Thời gian thực hiện: quý II/2027.") == "2027-06-30"
    assert deadline_in("Giao Sở Công Thương chủ trì; thời gian: thường xuyên.") is None


FOCAL_POINTS = textwrap.dedent("""\
    ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH MỚI          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    Số: 140/KH-UBND                             Hòa Bình Mới, ngày 10 tháng 4 năm 2027

    KẾ HOẠCH
    Hợp tác với tỉnh kết nghĩa năm 2027

    1. Các hoạt động hợp tác
    1.1. Trao đổi đoàn chuyên gia về quản lý rừng phòng hộ đầu nguồn.
    Đầu mối: phía tỉnh - Sở Nông nghiệp và Môi trường; phía bạn - Sở Nông lâm nghiệp tỉnh Xiêng Khoảng.
    Thời gian: Quý III/2027.
    1.2. Tổ chức tuần văn hóa, ẩm thực của tỉnh bạn tại thành phố.
    Đơn vị đầu mối: Sở Văn hóa, Thể thao và Du lịch.
    Phối hợp: Sở Công Thương.
    Thời gian: tháng 11/2027.
    """)


def test_the_focal_point_a_field_names_leads_the_work_on_each_side():
    tasks = {task.id: task for task in vnplan.extract_text(FOCAL_POINTS).tasks}
    assert tasks["1.1"].lead == ["Sở Nông nghiệp và Môi trường", "Sở Nông lâm nghiệp tỉnh Xiêng Khoảng"]
    assert tasks["1.1"].deadline == "2027-09-30"
    assert (tasks["1.2"].lead, tasks["1.2"].coordinators) == (["Sở Văn hóa, Thể thao và Du lịch"], ["Sở Công Thương"])


YEARS_MARKED = textwrap.dedent("""\
    BỘ Y TẾ                                     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    Số: 77/KH-BYT                               Hà Nội, ngày 02 tháng 3 năm 2026

    KẾ HOẠCH
    Phòng, chống bệnh không lây nhiễm giai đoạn 2026 - 2028

    I. MỤC TIÊU
    | Chỉ tiêu | Đơn vị tính | 2026 | 2027 | 2028 |
    |---|---|---|---|---|
    | Trạm y tế xã quản lý bệnh tăng huyết áp | % | 80 | 90 | 100 |

    II. NHIỆM VỤ VÀ LỘ TRÌNH
    | TT | Nhiệm vụ | Đơn vị chủ trì | 2026 | 2027 | 2028 |
    |---|---|---|---|---|---|
    | 1 | Cập nhật hướng dẫn chẩn đoán, điều trị tăng huyết áp | Cục Quản lý Khám, chữa bệnh | x |  |  |
    | 2 | Tập huấn cho nhân viên trạm y tế xã | Cục Phòng bệnh | x | x |  |
    | 3 | Đánh giá kết quả thực hiện Kế hoạch | Vụ Kế hoạch - Tài chính |  |  | x |
    """)


def test_a_task_tables_years_marked_are_its_timetable_and_the_last_its_deadline():
    plan = vnplan.extract_text(YEARS_MARKED)
    assert [(task.lead, task.deadline) for task in plan.tasks] == [
        (["Cục Quản lý Khám, chữa bệnh"], "2026-12-31"), (["Cục Phòng bệnh"], "2027-12-31"),
        (["Vụ Kế hoạch - Tài chính"], "2028-12-31")]
    # (a table of indicators by year keeps its figures: they are no marks)
    assert sorted((target.year, target.min) for target in plan.targets) == [(2026, 80), (2027, 90), (2028, 100)]


def test_how_many_to_help_is_a_target_and_a_form_attached_to_a_plan_sets_none():
    assert [t.min for t in targets_in("Phấn đấu hỗ trợ 100% hộ nghèo có nhu cầu được vay vốn.", 0, "1", 2026)] == [100]
    form = ISSUED_BY_A_DECISION.replace("(Kèm theo Quyết định số 512/QĐ-UBND", "(Kèm theo Kế hoạch số 12/KH-UBND")
    plan = vnplan.extract_text(form)
    assert not [target for target in plan.targets if target.task is None]  # (a form to fill in after the signature)


CENTRED = INDICATORS.replace("""\
Người tập luyện thể dục       %          31        33      35      38
thể thao thường xuyên
""", """\
Người tập luyện thể dục
thể thao thường xuyên         %          31        33      35      38
""")


def test_an_indicators_name_set_in_its_rows_middle_starts_above_its_figures():
    assert CENTRED != INDICATORS
    plan = vnplan.extract_text(CENTRED)
    assert {target.indicator for target in plan.targets} == {
        "Người tập luyện thể dục thể thao thường xuyên", "Câu lạc bộ thể thao cơ sở hoạt động"}


def test_the_copies_two_parties_keep_of_their_plan_are_no_task():
    plan = vnplan.extract_text(FOCAL_POINTS + "2. Tổ chức thực hiện\n2.1. Văn phòng Ủy ban nhân dân tỉnh tổng hợp "
                                              "kết quả, báo cáo trước ngày 15/12/2027.\nKế hoạch này được lập thành 04 "
                                              "bản, mỗi bên giữ 02 bản có giá trị như nhau.\n")
    assert not [task for task in plan.tasks if "04 bản" in task.text]


def test_what_the_readings_of_years_and_helps_leave_alone():
    # a share of a cost is the size of a help, however it is named
    for help_given in ("hỗ trợ tối đa 50% tổng kinh phí xây dựng mô hình", "hỗ trợ 100% mệnh giá thẻ bảo hiểm y tế",
                       "hỗ trợ 50% vốn đối ứng"):
        assert targets_in(f"Sở Tài chính chủ trì {help_given}.", 0, "1", 2026) == [], help_given
    # a lead-in's figures listed below it are its targets
    assert [t.min for t in targets_in("Sở Y tế chủ trì đào tạo, phấn đấu đến năm 2027 đạt:\n+ 200 bác sĩ gia đình "
                                      "được cấp chứng chỉ;", 0, "1", 2026)] == [200]
    # a column of two years, its work done by the second; a column of work done no year of the timetable
    ranged = YEARS_MARKED.replace("| 2026 | 2027 | 2028 |\n|---|---|---|---|---|---|\n| 1 |",
                                  "| 2026 - 2027 | 2028 - 2030 | TH 2025 |\n|---|---|---|---|---|---|\n| 1 |")
    ranged = ranged.replace("| Cục Quản lý Khám, chữa bệnh | x |  |  |", "| Cục Quản lý Khám, chữa bệnh |  | x | x |")
    assert vnplan.extract_text(ranged).tasks[0].deadline == "2030-12-31"


OCOP = INDICATORS.replace("""\
Người tập luyện thể dục       %          31        33      35      38
thể thao thường xuyên
""", """\
Số sản phẩm đạt chứng nhận    sản phẩm   15        20      25      30
OCOP từ 3 sao trở lên
""")


def test_a_wrapped_name_in_capitals_goes_with_the_row_above_where_the_next_row_opens_whole():
    plan = vnplan.extract_text(OCOP)
    assert OCOP != INDICATORS
    assert "Số sản phẩm đạt chứng nhận OCOP từ 3 sao trở lên" in {target.indicator for target in plan.targets}
