"""Plans that count their days from a day N (an exercise, a call-up, a drill), on text of our own in the style of real
ones: "trước ngày N-5" is five days before the day the plan names N."""
import textwrap
from datetime import date

import vnplan
from vnplan.extract.dates import day_n, days_counted_from

DRILL = textwrap.dedent("""\
    CÔNG TY CỔ PHẦN MAY SÔNG HỒNG          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    Số: 14/KH-MSH                           Nam Định, ngày 02 tháng 5 năm 2027

    KẾ HOẠCH
    Thực tập phương án chữa cháy và cứu nạn, cứu hộ năm 2027

    I. THỜI GIAN
    Buổi thực tập bắt đầu lúc 08 giờ 00 ngày 10/6/2027 (sau đây gọi là ngày N).
    II. PHÂN CÔNG NHIỆM VỤ
    1. Phòng Hành chính
    a) Xây dựng kịch bản thực tập, trình Giám đốc phê duyệt trước ngày N-10.
    b) Phổ biến sơ đồ thoát nạn cho công nhân các xưởng; hoàn thành trước ngày N-3.
    2. Đội phòng cháy, chữa cháy cơ sở
    Tập trung tại vị trí theo sơ đồ vào 08 giờ 00 ngày N; thu dọn hiện trường trong ngày N+1.
    """)


def test_a_day_counted_from_n_is_read_as_its_date():
    assert [task.deadline for task in vnplan.extract_text(DRILL).tasks] == ["2027-05-31", "2027-06-07", "2027-06-10"]


def test_the_day_n_is_named_either_way_and_counted_both_ways():
    assert day_n("Thực hành từ ngày 21 đến ngày 23 tháng 9 năm 2027 (ngày N là ngày 21/9/2027).") == date(2027, 9, 21)
    assert day_n("Tổ chức vào ngày N theo kế hoạch của cấp trên.") is None  # (N named nowhere: no date)
    assert days_counted_from("trước ngày N-3, đến hết ngày N+2", date(2027, 9, 21)) == \
        "trước ngày 18/9/2027, đến hết ngày 23/9/2027"


def test_a_time_field_counted_from_n_is_read_as_its_date():
    plan = textwrap.dedent("""\
        BỘ CHỈ HUY QUÂN SỰ TỈNH ĐIỆN BIÊN      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Số: 31/KH-BCH                          Điện Biên, ngày 02 tháng 6 năm 2027

        KẾ HOẠCH
        Diễn tập chiến đấu phòng thủ xã năm 2027

        I. THỜI GIAN
        Thực binh ngày 20/9/2027 (sau đây gọi là ngày N).
        II. NHIỆM VỤ
        1. Chuẩn bị thao trường
        - Đơn vị chủ trì: Ban Chỉ huy Quân sự xã Thanh Nưa.
        - Thời gian hoàn thành: trước ngày N-30.
        """)
    assert [task.deadline for task in vnplan.extract_text(plan).tasks] == ["2027-08-21"]
