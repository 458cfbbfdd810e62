"""Plans to organise an event, on text of our own in the style of real ones: sub-committees and their duties, the
preparation set out phase by phase with the doer in brackets, and a timeline of milestones, each a body's work."""
import vnplan

EVENT = """\
ỦY BAN NHÂN DÂN XÃ AN HÒA
Số: 66/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
An Hòa, ngày 10 tháng 4 năm 2027

KẾ HOẠCH
Tổ chức Hội thi văn nghệ quần chúng xã An Hòa năm 2027

I. MỤC ĐÍCH, YÊU CẦU
Phát huy phong trào văn hóa, văn nghệ ở cơ sở.
II. TIỂU BAN GIÚP VIỆC
1. Tiểu ban Nội dung (Phó Chủ tịch UBND xã làm Trưởng tiểu ban)
- Xây dựng thể lệ, kịch bản Hội thi; mời Ban Giám khảo.
2. Tiểu ban Hậu cần - Khánh tiết
- Trang trí sân khấu, chuẩn bị âm thanh, ánh sáng, giải thưởng.
III. TIẾN ĐỘ THỰC HIỆN
1. Từ ngày 15/4 đến ngày 30/4/2027
- Ban hành thể lệ, hướng dẫn các thôn đăng ký tiết mục (Phòng Văn hóa - Xã hội).
- Tuyên truyền về Hội thi trên hệ thống truyền thanh xã (Trung tâm Dịch vụ tổng hợp xã phối hợp với các thôn).
2. Từ ngày 02/5 đến ngày 10/5/2027
- Xây dựng phương án bảo đảm an ninh, trật tự tại khu vực Hội thi (Công an xã).
IV. CÁC MỐC THỜI GIAN CHÍNH
- Trước ngày 05/5/2027: Tiểu ban Nội dung hoàn thành kịch bản chương trình, trình Trưởng Ban Tổ chức duyệt.
- Ngày 12/5/2027: Tiểu ban Hậu cần - Khánh tiết hoàn tất trang trí, tổng duyệt chương trình.
"""


def _tasks():
    return vnplan.extract_text(EVENT).tasks


def test_a_sub_committee_leads_the_duties_under_its_heading():
    leads = {task.text[:20]: task.lead for task in _tasks()}
    assert leads["Xây dựng thể lệ, kịc"] == ["Tiểu ban Nội dung"]
    assert leads["Trang trí sân khấu, "] == ["Tiểu ban Hậu cần - Khánh tiết"]


def test_a_phase_dates_its_steps_and_the_bracket_after_a_step_names_its_doer():
    steps = {task.text[:20]: (task.lead, task.deadline) for task in _tasks()}
    assert steps["Ban hành thể lệ, hướ"] == (["Phòng Văn hóa - Xã hội"], "2027-04-30")
    assert steps["Tuyên truyền về Hội "] == (["Trung tâm Dịch vụ tổng hợp xã"], "2027-04-30")
    assert steps["Xây dựng phương án b"] == (["Công an xã"], "2027-05-10")


def test_a_timelines_milestones_are_the_work_of_the_bodies_they_name():
    milestones = [task for task in _tasks() if task.id.startswith("IV")]
    assert [(task.lead, task.deadline) for task in milestones] == [
        (["Tiểu ban Nội dung"], "2027-05-05"), (["Tiểu ban Hậu cần - Khánh tiết"], "2027-05-12")]
