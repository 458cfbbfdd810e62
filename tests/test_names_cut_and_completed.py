"""Names a wrap cut or a reader stopped short: a department's series of fields holding "Báo chí" (a word, no newspaper's
head), a name's last verbs up to its label's colon, a station's head ending a line ("Trạm" / "Y tế xã …"), a place's
name cut after its first syllable ("tỉnh Tây" / "Ninh về …"), but not a heading's place before its sentence
("thành phố Huế" / "Thực hiện …")."""
import vnplan
from vnplan.extract.agencies import find_agencies
from vnplan.normalise import normalise
from vnplan.read import RawText


def test_a_series_of_fields_with_the_press_in_it_is_one_department():
    assert [m.name for m in find_agencies("Phòng Thông tin, Báo chí và Xuất bản chủ trì tổ chức.")] \
        == ["Phòng Thông tin, Báo chí và Xuất bản"]
    assert [m.name for m in find_agencies("Hội Nhà báo tỉnh và các cơ quan báo chí phối hợp.")] \
        == ["Hội Nhà báo tỉnh", "các cơ quan báo chí"]


def test_the_verbs_a_name_holds_run_up_to_its_labels_colon():
    assert [m.name for m in find_agencies("2. Cục Kinh tế - Quản lý đầu tư xây dựng: Hướng dẫn phương pháp.")] \
        == ["Cục Kinh tế - Quản lý đầu tư xây dựng"]
    assert [m.name for m in find_agencies("Phòng Văn hóa - Xã hội xây dựng tin, bài.")] == ["Phòng Văn hóa - Xã hội"]


def _lines(text: str) -> list[str]:
    return normalise(RawText(text, "txt")).splitlines()


def test_a_line_ending_on_a_stations_head_goes_on_with_its_name():
    assert _lines("- Chủ trì thực hiện các tiêu chí về giáo dục, văn hóa, y tế; phối hợp với Trạm\n"
                  "Y tế xã vận động người dân tham gia bảo hiểm y tế.\n") == [
        "- Chủ trì thực hiện các tiêu chí về giáo dục, văn hóa, y tế; phối hợp với Trạm Y tế xã vận động người dân"
        " tham gia bảo hiểm y tế."]


def test_a_places_name_cut_by_the_wrap_is_joined_but_a_headings_place_keeps_its_line():
    assert _lines("Thực hiện Kế hoạch số 64/KH-UBND ngày 12/02/2027 của Ủy ban nhân dân tỉnh Tây\n"
                  "Ninh về thực hiện Chương trình, Ủy ban nhân dân xã ban hành Kế hoạch như sau:\n") == [
        "Thực hiện Kế hoạch số 64/KH-UBND ngày 12/02/2027 của Ủy ban nhân dân tỉnh Tây Ninh về thực hiện Chương"
        " trình, Ủy ban nhân dân xã ban hành Kế hoạch như sau:"]
    assert _lines("8. Ủy ban nhân dân các xã và thành phố Huế\nThực hiện tốt các nhiệm vụ chung.\n") == [
        "8. Ủy ban nhân dân các xã và thành phố Huế", "Thực hiện tốt các nhiệm vụ chung."]


def test_a_communes_plan_copied_from_a_text_browser_keeps_its_province_and_partner():
    plan = vnplan.extract_text("""ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ AN PHÚ                          Độc lập - Tự do - Hạnh phúc
Số: 38/KH-UBND                     An Phú, ngày 05 tháng 3 năm 2027

                                KẾ HOẠCH
         Xây dựng xã đạt chuẩn nông thôn mới nâng cao năm 2027

Thực hiện Kế hoạch số 64/KH-UBND ngày 12/02/2027 của Ủy ban nhân dân tỉnh Tây
Ninh về xây dựng nông thôn mới năm 2027, Ủy ban nhân dân xã ban hành Kế hoạch
như sau:

I. NHIỆM VỤ

1. Văn phòng - Thống kê xã chủ trì thực hiện các tiêu chí về văn hóa; phối hợp với Trạm
Y tế xã vận động người dân tham gia bảo hiểm y tế.
""")
    assert plan.document.province == "Tây Ninh"
    assert [(t.lead, t.coordinators) for t in plan.tasks] == [(["Văn phòng - Thống kê xã"], ["Trạm Y tế xã"])]
