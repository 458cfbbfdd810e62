"""Notices and plans of Party committees and mass organisations, on text of our own in the style of real ones."""
import textwrap

import vnplan
from vnplan.extract.parts import is_title

CONCLUSION = textwrap.dedent("""\
    ĐẢNG BỘ TỈNH HÒA BÌNH MỚI                    ĐẢNG CỘNG SẢN VIỆT NAM
    TỈNH ỦY
    Số 95-TB/TU                                  Hòa Bình Mới, ngày 14 tháng 6 năm 2027

    THÔNG BÁO
    kết luận của Ban Thường vụ Tỉnh ủy về công tác phát triển đảng viên 6 tháng đầu năm 2027

    Ngày 10/6/2027, Ban Thường vụ Tỉnh ủy họp, nghe Ban Tổ chức Tỉnh ủy báo cáo kết quả phát triển đảng viên.
    1. Ban Thường vụ Tỉnh ủy ghi nhận các cấp ủy đã quan tâm công tác phát triển đảng viên.
    2. Bên cạnh đó, việc tạo nguồn kết nạp đảng viên ở khu vực doanh nghiệp tư nhân còn chậm.
    3. Thời gian tới, Ban Thường vụ Tỉnh ủy yêu cầu:
    3.1. Ban Tổ chức Tỉnh ủy chủ trì, phối hợp với Văn phòng Tỉnh ủy hướng dẫn tạo nguồn kết nạp đảng viên; hoàn thành
    trước ngày 30/8/2027.
    3.2. Đảng ủy các xã, phường rà soát quần chúng ưu tú, đề xuất danh sách cảm tình đảng trong quý III/2027.
    Văn phòng Tỉnh ủy thông báo để các cơ quan, đơn vị biết, thực hiện./.

    Nơi nhận:
    - Các đảng ủy trực thuộc,
    - Lưu Văn phòng Tỉnh ủy.
    T/L BAN THƯỜNG VỤ
    CHÁNH VĂN PHÒNG

    Lê Thị Hằng
    """)


def test_an_item_in_which_the_committee_asks_the_list_after_it_of_others_hands_out_that_list():
    plan = vnplan.extract_text(CONCLUSION)
    assert [(task.lead, task.deadline) for task in plan.tasks] == [
        (["Ban Tổ chức Tỉnh ủy"], "2027-08-30"), (["Đảng ủy các xã, phường"], "2027-09-30")]


def test_a_heading_of_requirements_is_still_a_title():
    assert is_title("2. Yêu cầu:")
    assert is_title("Mục đích, yêu cầu:")
    assert not is_title("Thời gian tới, Ban Thường vụ Tỉnh ủy yêu cầu:")
