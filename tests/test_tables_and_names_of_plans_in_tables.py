"""Plans whose work sits in tables, and the bodies such plans and directives name: shapes met on plans written blind
(a cell merged over two rows printed on the rule between them, a ministry's departments at large, a command named by
its force, an office of a standing organ, goals measured in hectares). Each text is our own."""
import pytest

from vnplan import extract_text
from vnplan.alignedtables import rebuild_grid_tables
from vnplan.extract.agencies import find_agencies
from vnplan.extract.dates import TIME_PHRASE, deadline_from_timeframe
from vnplan.extract.targets import targets_in
from vnplan.lexicon import points_to_appendix

HEADER = "ỦY BAN NHÂN DÂN\nTỈNH BẮC LAM\nSố: 21/KH-UBND\nBắc Lam, ngày 12 tháng 1 năm 2027\nKẾ HOẠCH\n"


def test_a_cell_merged_over_two_rows_printed_on_the_rule_between_them_is_in_both():
    """A text browser draws a lead merged over two rows on the rule that parts them ("+----+ UBND các xã +----+"): both
    rows have it, and the rule is no row of its own."""
    grid = ["+----+------------------------------+--------------------+--------------+",
            "| TT | Nhiệm vụ                     | Cơ quan chủ trì    | Thời gian    |",
            "+----+------------------------------+--------------------+--------------+",
            "| 1  | Đắp đập tạm ngăn mặn         |                    | Quý I/2027   |",
            "+----+------------------------------+ UBND các xã        +--------------+",
            "| 2  | Nạo vét kênh mương nội đồng  |                    | Quý II/2027  |",
            "+----+------------------------------+--------------------+--------------+"]
    assert rebuild_grid_tables(grid) == [
        "| TT | Nhiệm vụ | Cơ quan chủ trì | Thời gian |",
        "| 1 | Đắp đập tạm ngăn mặn | UBND các xã | Quý I/2027 |",
        "| 2 | Nạo vét kênh mương nội đồng | UBND các xã | Quý II/2027 |"]


@pytest.mark.parametrize("text,names", [
    # what a management board manages, after "và các", in lower case or by its acronyms: one name
    ("Ban Quản lý Khu công nghệ cao và các khu công nghiệp Bắc Lam chủ trì",
     ["Ban Quản lý Khu công nghệ cao và các khu công nghiệp Bắc Lam"]),
    ("BQL Khu CNC và các KCN Bắc Lam phối hợp", ["Ban Quản lý Khu công nghệ cao và các khu công nghiệp Bắc Lam"]),
    # a department whose name holds a comma and a lower-case word; its role verb is no part of it
    ("Cục Quản lý Khám, chữa bệnh chỉ đạo các bệnh viện", ["Cục Quản lý Khám, chữa bệnh"]),
    # an office-holder after "và" opens the next body, whose office he holds
    ("Viện Pasteur và Giám đốc Sở Y tế tỉnh chịu trách nhiệm", ["Viện Pasteur", "Sở Y tế"]),
    ("Giám đốc Sở Y tế các tỉnh, thành phố chịu trách nhiệm", ["Sở Y tế các tỉnh, thành phố"]),
])
def test_names_read_whole_and_no_further(text, names):
    assert [mention.name for mention in find_agencies(text)] == names


def test_a_ministrys_departments_at_large_are_a_class():
    mentions = find_agencies("Thủ trưởng các Vụ, Cục thuộc Bộ chịu trách nhiệm thực hiện Chỉ thị này.")
    assert mentions and all(mention.collective for mention in mentions)
    assert find_agencies("Xử lý dứt điểm các vụ vi phạm kéo dài.") == []  # (in lower case, a case, no body)


def test_a_directives_last_item_stays_a_task_and_the_closing_paragraphs_to_every_body_give_none():
    """The paragraphs after a directive's last item, each naming bodies of its own, are no items of it: the item is a
    task, and the one giving every department at large only the generic duty is none."""
    text = ("BỘ Y TẾ\nSố: 05/CT-BYT\nHà Nội, ngày 5 tháng 3 năm 2027\nCHỈ THỊ\nVề phòng, chống dịch sởi\n"
            "Để chủ động phòng, chống dịch, Bộ trưởng Bộ Y tế yêu cầu:\n"
            "1. Cục Phòng bệnh chủ trì theo dõi chặt chẽ diễn biến dịch bệnh.\n"
            "2. Giám đốc Sở Y tế các tỉnh, thành phố chịu trách nhiệm tham mưu Ủy ban nhân dân cấp tỉnh triển khai các "
            "biện pháp phòng, chống dịch.\n"
            "Thủ trưởng các Vụ, Cục, Văn phòng Bộ và Giám đốc Sở Y tế các tỉnh, thành phố chịu trách nhiệm thực "
            "hiện Chỉ thị này./.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nBỘ TRƯỞNG\nNguyễn Văn An\n")
    tasks = extract_text(text).tasks
    assert [(task.text[:20], task.lead) for task in tasks] == [
        ("Cục Phòng bệnh chủ t", ["Cục Phòng bệnh"]), ("Giám đốc Sở Y tế các", ["Sở Y tế các tỉnh, thành phố"])]


def test_a_command_named_once_with_its_force_is_the_force_named_alone():
    text = (HEADER + "Phòng, chống buôn lậu qua biên giới năm 2027\nI. NHIỆM VỤ\n"
            "1. Công an tỉnh chủ trì, phối hợp với Bộ đội Biên phòng tỉnh kiểm tra các bến tàu.\n"
            "2. Bộ Chỉ huy Bộ đội Biên phòng tỉnh chủ trì kiểm soát phương tiện ra, vào cảng.\n")
    tasks = extract_text(text).tasks
    assert tasks[0].coordinators == ["Bộ Chỉ huy Bộ đội Biên phòng tỉnh"]
    assert tasks[1].lead == ["Bộ Chỉ huy Bộ đội Biên phòng tỉnh"]


def test_the_office_of_a_steering_committees_standing_organ_is_named_whole_in_its_own_plan():
    """In the committee's own plan its short name ("Ban Chỉ đạo 389") does not cut the name of its standing organ's
    office, "Văn phòng Thường trực Ban Chỉ đạo 389 tỉnh"; nor is the office the standing organ itself."""
    text = ("BAN CHỈ ĐẠO 389 TỈNH BẮC LAM\nSố: 04/KH-BCĐ389\nBắc Lam, ngày 12 tháng 1 năm 2027\nKẾ HOẠCH\n"
            "Công tác năm 2027 của Ban Chỉ đạo 389 tỉnh\nI. NHIỆM VỤ\n"
            "1. Sở Công Thương chủ trì kiểm tra thị trường dịp Tết.\n"
            "2. Văn phòng Thường trực Ban Chỉ đạo 389 tỉnh:\n"
            "- Tham mưu Trưởng ban thành lập các đoàn kiểm tra liên ngành;\n"
            "- Tổng hợp kết quả kiểm tra của các đoàn.\n")
    assert [task.lead for task in extract_text(text).tasks][1:] == [["Văn phòng Thường trực Ban Chỉ đạo 389 tỉnh"]] * 2


def test_goals_measured_in_hectares_are_targets_an_account_of_counts_is_not():
    text = (HEADER + "Trồng rừng năm 2027\nI. MỤC TIÊU\n1. Trồng rừng tập trung 11.500 ha, trong đó trồng rừng gỗ lớn "
            "2.000 ha.\n2. Đoàn đánh giá ngoài năm 2026 đưa ra 46 khuyến nghị cải tiến.\nII. NHIỆM VỤ\n"
            "1. Sở Nông nghiệp và Môi trường chủ trì giao chỉ tiêu trồng rừng cho các xã.\n")
    assert sorted((target.min, target.unit) for target in extract_text(text).targets) == [(2000, "ha"), (11500, "ha")]


def test_a_loss_kept_from_passing_a_figure_is_its_ceiling():
    found = targets_in("Không để thiệt hại quá 5% diện tích lúa do hạn, mặn.", 0, None, 2027)
    assert [(target.min, target.max) for target in found] == [(None, 5)]


def test_two_months_named_once_are_a_time_phrase_ending_on_the_last():
    assert TIME_PHRASE.fullmatch("Tháng 7 và tháng 12/2027")
    assert deadline_from_timeframe("Tháng 7 và tháng 12/2027") == "2027-12-31"


@pytest.mark.parametrize("text,points", [
    ("Các nhiệm vụ cụ thể, cơ quan chủ trì, phối hợp được phân công tại Biểu kèm theo Kế hoạch này.", True),
    ("Nhiệm vụ cụ thể tại Bảng phân công đính kèm.", True),
    ("Các nhiệm vụ được tổng hợp tại Bảng số liệu của Cục Thống kê.", False),
])
def test_an_appendix_called_a_table_when_said_attached(text, points):
    assert points_to_appendix(text) is points
