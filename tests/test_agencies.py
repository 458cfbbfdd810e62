import pytest

import vnplan
from vnplan.extract.agencies import find_agencies, in_usual_case, may_name_agency_at
from vnplan.extract.actors import actors_of


@pytest.mark.parametrize("written,canonical", [
    ("Sở KH&ĐT", "Sở Kế hoạch và Đầu tư"),
    ("Sở Công thương", "Sở Công Thương"),
    ("Sở Lao động, Thương binh và Xã hội", "Sở Lao động - Thương binh và Xã hội"),
    ("Sở TN&MT", "Sở Tài nguyên và Môi trường"),
    ("BQL khu kinh tế công nghiệp tỉnh", "Ban Quản lý Khu kinh tế, công nghiệp tỉnh"),
    ("Ban Quản lý Khu Kinh tế, Công nghiệp tỉnh", "Ban Quản lý Khu kinh tế, công nghiệp tỉnh"),
    ("Văn phòng UBND tỉnh", "Văn phòng Ủy ban nhân dân tỉnh"),
    ("UBND thành phố Huế", "Ủy ban nhân dân thành phố Huế"),
    ("Ngân hàng nhà nước - chi nhánh Thừa Thiên Huế", "Ngân hàng Nhà nước - Chi nhánh Thừa Thiên Huế"),
])
def test_variants_resolve_to_one_canonical_name(written, canonical):
    mentions = find_agencies(f"{written} chủ trì thực hiện")
    assert [m.name for m in mentions] == [canonical]
    assert mentions[0].resolved


def test_unknown_agency_is_kept_as_written_and_flagged():
    mentions = find_agencies("Trung tâm Dịch vụ việc làm Thành phố phối hợp triển khai")
    assert [(m.name, m.resolved) for m in mentions] == [("Trung tâm Dịch vụ việc làm Thành phố", False)]


def test_list_of_departments_after_cac_so():
    names = [m.name for m in find_agencies("Các Sở: Thông tin và Truyền thông, Y tế, Văn hóa và thể thao tiếp tục")]
    assert names == ["Sở Thông tin và Truyền thông", "Sở Y tế", "Sở Văn hóa và Thể thao"]


def test_lead_coordinators_and_collective_partners():
    actors = actors_of("Sở Công thương chủ trì, phối hợp Sở Kế hoạch và Đầu tư, Ban Quản lý Khu kinh tế, "
                       "Công nghiệp tỉnh và các Sở, ngành, địa phương")
    assert [m.name for m in actors.leads] == ["Sở Công Thương"]
    assert [m.name for m in actors.coordinators] == ["Sở Kế hoạch và Đầu tư", "Ban Quản lý Khu kinh tế, công nghiệp tỉnh"]
    assert actors.collective


def test_the_subject_after_a_time_set_before_it_with_a_comma():
    """ "Hằng năm, Sở Nội vụ ban hành …": the time opens the sentence, the body after its comma does the work."""
    assert [m.name for m in actors_of("Hằng năm, Sở Nội vụ ban hành văn bản hướng dẫn thực hiện Quy chế.").leads] == [
        "Sở Nội vụ"]
    assert [m.name for m in actors_of("Định kỳ, Sở Y tế tổng hợp kết quả kiểm tra.").leads] == ["Sở Y tế"]


def test_advising_the_committee_is_not_coordination():
    actors = actors_of("Tham mưu UBND tỉnh chỉ đạo các địa phương triển khai")
    assert actors.coordinators == [] and not actors.collective


@pytest.mark.parametrize("text,can_name", [
    ("Sở Tài chính chủ trì thẩm định", True),
    ("UBND các huyện, thị xã tổ chức", True),
    ("các sở, ban, ngành, địa phương triển khai", True),
    ("Công an tỉnh chủ trì", True),
    (", và Sở Y tế", True),
    ("Tăng cường công tác tuyên truyền về chuyển đổi số", False),
    ("Hoàn thiện thể chế, chính sách", False),
])
def test_an_agency_list_can_only_open_with_certain_words(text, can_name):
    assert may_name_agency_at(text) is can_name


@pytest.mark.parametrize("text,leads,coordinators", [
    ("Tăng cường tuyên truyền; phối hợp với Sở Y tế và Công an tỉnh", [], ["Sở Y tế", "Công an tỉnh"]),
    ("Xây dựng kế hoạch (Giao Sở Nội vụ chủ trì)", ["Sở Nội vụ"], []),
    ("Các Sở: Tài chính, Xây dựng theo dõi", ["Sở Tài chính", "Sở Xây dựng"], []),
    ("Đẩy mạnh chuyển đổi số trong các cơ quan nhà nước", [], []),
])
def test_agencies_are_found_wherever_a_task_can_name_them(text, leads, coordinators):
    actors = actors_of(text)
    assert [m.name for m in actors.leads] == leads
    assert [m.name for m in actors.coordinators] == coordinators


def test_a_unit_of_a_schools_staff_is_a_body_and_its_units_a_class():
    assert [m.name for m in find_agencies("Bộ phận Kế toán chi trả thù lao; các bộ phận chuyên môn phối hợp.")] == [
        "Bộ phận Kế toán", "các bộ phận chuyên môn"]


def test_a_bodys_name_over_more_than_one_level_of_commune_keeps_them_all():
    assert [m.name for m in find_agencies("Trạm Y tế xã, phường hoàn thành điều tra; Hội Chữ thập đỏ các xã, phường, "
                                          "thị trấn vận động; Trạm Y tế xã, Sở Y tế kiểm tra.")] == [
        "Trạm Y tế xã, phường", "Hội Chữ thập đỏ các xã, phường, thị trấn", "Trạm Y tế xã", "Sở Y tế"]


def test_nationwide_bodies_named_whole_the_social_policy_bank_alone_or_with_its_place_and_the_labour_confederation():
    names = lambda text: [m.name for m in find_agencies(text)]  # noqa: E731
    assert names("phối hợp với Ngân hàng Chính sách xã hội, Sở Tài chính") == ["Ngân hàng Chính sách xã hội", "Sở Tài chính"]
    assert names("Chi nhánh Ngân hàng Chính sách xã hội thành phố") == ["Chi nhánh Ngân hàng Chính sách xã hội thành phố"]
    assert names("Tổng Liên đoàn Lao động Việt Nam; Sở Y tế") == ["Tổng Liên đoàn Lao động Việt Nam", "Sở Y tế"]


def test_a_province_guessed_from_the_text_is_named_on_one_line():
    result = vnplan.extract_text("KẾ HOẠCH TÍN DỤNG NĂM 2027\nChi nhánh tỉnh Tân An\nKế hoạch số 5/KH-NHCS\n"
                                 "I. NHIỆM VỤ\n1. Phòng Kế toán bảo đảm nguồn vốn tại tỉnh Tân An\nKế hoạch được triển khai.\n")
    assert result.document.province == "Tân An"


def test_a_unit_named_by_what_it_fights_keeps_the_words_after_about():
    # "phòng, chống" is one word of the name; what the unit fights may be named after "về"
    names = [m.name for m in find_agencies("Cục Cảnh sát phòng, chống tội phạm về ma túy chủ trì, phối hợp với Sở Y tế")]
    assert names == ["Cục Cảnh sát phòng, chống tội phạm về ma túy", "Sở Y tế"]
    # (a sentence's "về" after a body's name stays the sentence's)
    assert [m.name for m in find_agencies("Sở Y tế báo cáo về tình hình dịch bệnh")] == ["Sở Y tế"]


def test_a_schools_level_written_short_is_spelt_out_as_other_short_forms_are():
    names = [m.name for m in find_agencies("Trường THPT Lê Quý Đôn chủ trì, phối hợp với Trường THCS Nguyễn Du")]
    assert names == ["Trường Trung học phổ thông Lê Quý Đôn", "Trường Trung học cơ sở Nguyễn Du"]


def test_a_schools_heading_in_capitals_keeps_the_schools_own_name_proper():
    assert in_usual_case("TRƯỜNG THPT LÊ QUÝ ĐÔN") == "Trường THPT Lê Quý Đôn"
    assert in_usual_case("TRƯỜNG TIỂU HỌC SỐ 1 BẢO THẮNG") == "Trường Tiểu học số 1 Bảo Thắng"


def test_a_body_named_short_of_its_place_takes_the_name_the_plan_hands_it_work_by():
    # one body, one name: "Bưu điện tỉnh" is the "Bưu điện tỉnh Tân An" the plan gives a part of its own; a body of
    # another province ("Công an tỉnh Hòa Bắc") completes no short name
    result = vnplan.extract_text(
        "ỦY BAN NHÂN DÂN TỈNH TÂN AN\nSố: 12/KH-UBND\nTân An, ngày 5 tháng 1 năm 2027\n"
        "KẾ HOẠCH\nChi trả trợ cấp qua tài khoản năm 2027\n"
        "I. NHIỆM VỤ\n1. Sở Y tế chủ trì, phối hợp với Bưu điện tỉnh rà soát danh sách người hưởng.\n"
        "2. Công an tỉnh phối hợp với Công an tỉnh Hòa Bắc xác minh người hưởng cư trú ngoài tỉnh.\n"
        "3. Đề nghị Bưu điện tỉnh Tân An bố trí điểm chi trả tại các xã.\n"
        "II. TỔ CHỨC THỰC HIỆN\nSở Y tế theo dõi, đôn đốc thực hiện Kế hoạch này./.\n")
    tasks = result.tasks
    assert tasks[0].coordinators == ["Bưu điện tỉnh Tân An"]
    assert tasks[1].lead == ["Công an tỉnh"]
    assert tasks[2].lead == ["Bưu điện tỉnh Tân An"]


def test_an_event_named_after_a_heads_word_is_no_body():
    # "Hội khỏe Phù Đổng", "Hội thao Quốc phòng": gatherings, their names after their kind, not associations
    assert [m.name for m in find_agencies("2. Hội khỏe Phù Đổng cấp trường do Ban Giám hiệu tổ chức")] == ["Ban Giám hiệu"]
    assert [m.name for m in find_agencies("Hội Thao Quốc phòng; Hội Làm vườn tỉnh phối hợp")] == ["Hội Làm vườn tỉnh"]


def test_a_schools_youth_union_is_its_own_body_in_the_schools_plan():
    from test_task_shapes import SCHOOL_PLAN
    plan = vnplan.extract_text(SCHOOL_PLAN)
    assert plan.tasks[0].lead == ["Đoàn trường"]
