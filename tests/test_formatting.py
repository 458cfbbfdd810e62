"""Vietnamese display conventions: dates, numbers, times, periods, long titles, dictionary order."""
from datetime import date, datetime, timezone

import pytest

from vnplan.collation import sorted_vi
from vnplan.monitor.errors import InvalidInput
from vnplan.monitor.formatting import (coordinators_text, format_date, format_datetime, format_number, format_percent,
                                       TIMEZONE, goal_text, input_figure, long_date, parse_date, parse_number, shorten)
from vnplan.monitor.periods import period_label


def test_dates_read_day_month_year():
    assert format_date(date(2025, 3, 5)) == "05/03/2025"
    assert format_date("2025-12-31") == "31/12/2025"
    assert format_date(None) == ""
    assert long_date(date(2025, 2, 5)) == "ngày 05 tháng 02 năm 2025"
    assert long_date(date(2025, 10, 15)) == "ngày 15 tháng 10 năm 2025"


def test_times_are_shown_in_vietnam_time():
    stored = datetime(2025, 12, 31, 18, 30)  # UTC, as the register keeps it
    assert format_datetime(stored) == "01/01/2026 01:30"
    assert format_datetime(stored.replace(tzinfo=timezone.utc)) == "01/01/2026 01:30"


def test_moments_read_as_babel_writes_them_in_vietnamese():
    """Days and moments are written from a cache and digits: the same text as Babel's vi_VN patterns."""
    from datetime import timedelta

    from babel.dates import format_date as babel_date, format_datetime as babel_datetime

    start = datetime(2024, 2, 28, 16, 59, 59, tzinfo=timezone.utc)
    for step in range(0, 400 * 24, 7):  # every few hours for over a year, across a leap day and a year's end
        moment = start + timedelta(hours=step, minutes=step % 60)
        assert format_datetime(moment) == babel_datetime(moment, "dd/MM/yyyy HH:mm", tzinfo=TIMEZONE, locale="vi_VN")
        assert format_date(moment.date()) == babel_date(moment.date(), "dd/MM/yyyy", locale="vi_VN")


@pytest.mark.parametrize("typed, expected", [
    ("31/12/2025", date(2025, 12, 31)), ("1/2/2025", date(2025, 2, 1)), ("31-12-2025", date(2025, 12, 31)),
    ("31.12.2025", date(2025, 12, 31)), (" 2025-12-31 ", date(2025, 12, 31)), ("", None)])
def test_dates_typed_the_vietnamese_way(typed, expected):
    assert parse_date(typed) == expected


@pytest.mark.parametrize("typed", ["31/13/2025", "30/02/2025", "12/2025", "ngày mai", "2025/12/31"])
def test_impossible_dates_are_refused_in_both_languages(typed):
    with pytest.raises(InvalidInput) as refused:
        parse_date(typed)
    assert "ngày/tháng/năm" in refused.value.vi and "dd/mm/yyyy" in refused.value.en


def test_numbers_use_the_decimal_comma_and_thousands_dot():
    assert format_number(98.5) == "98,5"
    assert format_number(1234567.891) == "1.234.567,89"
    assert format_number(12.0) == "12"
    assert format_number(None) == ""
    assert format_percent(0.985, 1) == "98,5%" and format_percent(0.1) == "10%"


@pytest.mark.parametrize("typed, expected", [
    ("98,5", 98.5), ("1.234,5", 1234.5), ("1.234.567,5", 1234567.5), ("1.234.567", 1234567.0), ("98.5", 98.5),
    ("0.25", 0.25), ("0,25", 0.25), ("12", 12.0), ("-3", -3.0), ("1 234,5", 1234.5), (" 80 ", 80.0), ("", None)])
def test_numbers_typed_the_vietnamese_way(typed, expected):
    assert parse_number(typed) == expected


@pytest.mark.parametrize("typed", ["mười", "1,2,3", "12%", "1.5.6", "nan", "inf", "Infinity", "1e400"])
def test_unreadable_numbers_are_refused_in_both_languages(typed):
    with pytest.raises(InvalidInput) as refused:
        parse_number(typed)
    assert "dấu phẩy" in refused.value.vi and "decimal comma" in refused.value.en


@pytest.mark.parametrize("typed", ["1.000", "5.500", "-2.250"])
def test_a_lone_thousands_dot_is_refused_not_guessed(typed):
    with pytest.raises(InvalidInput) as refused:
        parse_number(typed, "Giá trị")
    assert "không rõ" in refused.value.vi and "ambiguous" in refused.value.en


def test_a_figure_too_long_to_be_finite_is_refused():
    with pytest.raises(InvalidInput) as refused:
        parse_number("9" * 400)
    assert "out of range" in refused.value.en


def test_an_exact_goal_is_written_once():
    assert goal_text(12, 12) == "12"
    assert goal_text(10, 12.5) == "10 – 12,5"
    assert goal_text(80, None) == "≥ 80"
    assert goal_text(None, 5) == "≤ 5"
    assert goal_text(None, None) == ""


def test_period_labels_for_people():
    assert period_label("2025-Q3") == "Quý III/2025"
    assert period_label("2025-10") == "Tháng 10/2025"
    assert period_label("2025-H1") == "6 tháng đầu năm 2025"
    assert period_label("2025-H2") == "6 tháng cuối năm 2025"
    assert period_label("2025") == "Năm 2025"
    assert period_label("once-2024-04-15") == "Báo cáo một lần (hạn 15/04/2024)"


def test_long_text_is_cut_at_a_word_with_an_ellipsis():
    title = "Kế hoạch thực hiện Chương trình chuyển đổi số của tỉnh giai đoạn 2026 - 2030"
    short = shorten(title, 30)
    assert short.endswith("…") and len(short) <= 30 and title.startswith(short[:-1])
    assert shorten("Ngắn gọn", 30) == "Ngắn gọn"


def test_coordinators_never_leave_the_related_agencies_alone_in_brackets():
    assert coordinators_text(["Sở Nội vụ", "Sở Tài chính"], True) == "Sở Nội vụ, Sở Tài chính và các cơ quan liên quan"
    assert coordinators_text([], True) == "Các cơ quan liên quan"
    assert coordinators_text([], False) == ""
    assert coordinators_text(["Sở Y tế"], False) == "Sở Y tế"


def test_agency_names_sort_in_dictionary_order():
    names = ["Sở Y tế", "Ủy ban nhân dân tỉnh", "Sở Khoa học và Công nghệ", "Đài Phát thanh và Truyền hình",
             "Sở Kế hoạch và Đầu tư", "Sở Du lịch", "Ban Dân tộc", "Sở Tài chính", "Sở Tư pháp", "Sở Dân tộc và Tôn giáo",
             "Uỷ ban Mặt trận Tổ quốc", "Sở Xây dựng", "Sở Văn hóa, Thể thao và Du lịch", "Công an tỉnh"]
    assert sorted_vi(names) == [
        "Ban Dân tộc", "Công an tỉnh", "Đài Phát thanh và Truyền hình", "Sở Dân tộc và Tôn giáo", "Sở Du lịch",
        "Sở Kế hoạch và Đầu tư", "Sở Khoa học và Công nghệ", "Sở Tài chính", "Sở Tư pháp",
        "Sở Văn hóa, Thể thao và Du lịch", "Sở Xây dựng", "Sở Y tế", "Uỷ ban Mặt trận Tổ quốc", "Ủy ban nhân dân tỉnh"]


def test_tones_sort_ngang_huyen_hoi_nga_sac_nang():
    assert sorted_vi(["má", "mạ", "mã", "mà", "ma", "mả"]) == ["ma", "mà", "mả", "mã", "má", "mạ"]
    assert sorted_vi(["Đông", "Dương", "Eo"]) == ["Dương", "Đông", "Eo"]


@pytest.mark.parametrize("value, shown", [(1500000.0, "1500000"), (123456.78, "123456,78"), (12345678, "12345678"),
                                          (0.1, "0,1"), (-3.5, "-3,5"), (2.0, "2"), (None, "")])
def test_a_figure_goes_back_into_a_field_with_every_digit(value, shown):
    assert input_figure(value) == shown
    assert parse_number(shown) == value
