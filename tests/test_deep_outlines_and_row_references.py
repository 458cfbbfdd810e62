"""Long plans' outlines and appendix tables: "Mục 1." / "Tiểu mục 1.1." labels (but a statute's "Mục" over its
articles stays a division), a sentence pointing to the appendix after a colon ("…: chi tiết tại Phụ lục I"), a
text-layout table's group rows set in the work's column ("      I. Lĩnh vực …"), and a cell pointing to another row's
("Như nhiệm vụ số 1", "Như trên")."""
import vnplan
from vnplan.alignedtables import rebuild_aligned_tables

HEADER = """BỘ Y TẾ
Số: 25/KH-BYT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Hà Nội, ngày 10 tháng 01 năm 2027
KẾ HOẠCH
Khám sức khỏe định kỳ năm 2027
I. MỤC TIÊU
Phấn đấu 80% người dân được khám sức khỏe định kỳ.
II. NHIỆM VỤ
"""


def test_worded_labels_number_the_outline():
    plan = vnplan.extract_text(HEADER + """Mục 1. HOÀN THIỆN THỂ CHẾ
Tiểu mục 1.1. Văn bản hướng dẫn
a) Cục Quản lý Khám, chữa bệnh xây dựng hướng dẫn khám sàng lọc, hoàn thành trong quý II/2027.
b) Vụ Pháp chế rà soát các văn bản quy phạm pháp luật về khám sức khỏe.
Mục 2. ỨNG DỤNG CÔNG NGHỆ THÔNG TIN
Cục Công nghệ thông tin triển khai sổ sức khỏe điện tử trên toàn quốc.
""")
    assert [(t.id, t.lead) for t in plan.tasks] == [
        ("II.1.1.a", ["Cục Quản lý Khám, chữa bệnh"]), ("II.1.1.b", ["Vụ Pháp chế"]),
        ("II.2.1", ["Cục Công nghệ thông tin"])]


def test_a_sentence_naming_a_list_and_where_it_stands_is_no_task():
    plan = vnplan.extract_text(HEADER + """1. Nhiệm vụ của các sở, ngành: chi tiết tại Phụ lục I.
2. Danh mục dự án triển khai năm 2027: chi tiết tại Phụ lục II.
3. Cục Công nghệ thông tin triển khai sổ sức khỏe điện tử trên toàn quốc.
""")
    assert [t.lead for t in plan.tasks] == [["Cục Công nghệ thông tin"]]


LAID_OUT = """TT    Nội dung nhiệm vụ                                             Thời gian       Cơ quan chủ trì           Cơ quan phối hợp

      I. Lĩnh vực phòng, chống thiên tai
1     Diễn tập ứng phó bão mạnh kết hợp tìm kiếm cứu nạn                Tháng 6/2027    Bộ Nông nghiệp và Môi     Bộ Quốc phòng
                                                                                        trường
2     Như nhiệm vụ số 1, đối với khu vực Nam Bộ                         Tháng 9/2027    Như nhiệm vụ số 1         Bộ Công an
      II. Lĩnh vực sự cố hóa chất
3     Kiểm tra an toàn hóa chất tại các khu công nghiệp                 Quý III/2027    Bộ Công Thương            Như trên

      III. TỔ CHỨC THỰC HIỆN"""


def test_a_layout_tables_group_rows_in_the_works_column_are_rows_and_a_part_after_it_is_not():
    rows = rebuild_aligned_tables(LAID_OUT.split("\n"))
    assert rows[:3] == ["| TT | Nội dung nhiệm vụ | Thời gian | Cơ quan chủ trì | Cơ quan phối hợp |",
                        "| I | Lĩnh vực phòng, chống thiên tai |  |  |  |",
                        "| 1 | Diễn tập ứng phó bão mạnh kết hợp tìm kiếm cứu nạn | Tháng 6/2027 | Bộ Nông nghiệp và Môi "
                        "trường | Bộ Quốc phòng |"]
    assert "| II | Lĩnh vực sự cố hóa chất |  |  |  |" in rows
    assert rows[-1].strip() == "III. TỔ CHỨC THỰC HIỆN"


def test_a_cell_pointing_to_another_row_takes_that_rows_bodies():
    plan = vnplan.extract_text(HEADER + "Chi tiết tại Phụ lục kèm theo.\nTrên đây là Kế hoạch./.\nKT. BỘ TRƯỞNG\n"
                               "THỨ TRƯỞNG\nNguyễn Văn An\nPHỤ LỤC\nPHÂN CÔNG NHIỆM VỤ\n" + LAID_OUT)
    assert [(t.text[:20], t.lead, t.coordinators) for t in plan.tasks] == [
        ("Diễn tập ứng phó bão", ["Bộ Nông nghiệp và Môi trường"], ["Bộ Quốc phòng"]),
        ("Như nhiệm vụ số 1, đ", ["Bộ Nông nghiệp và Môi trường"], ["Bộ Công an"]),
        ("Kiểm tra an toàn hóa", ["Bộ Công Thương"], ["Bộ Công an"])]


def test_a_part_heading_in_sentence_case_after_a_layout_table_ends_it():
    rows = rebuild_aligned_tables(LAID_OUT.replace("III. TỔ CHỨC THỰC HIỆN", "III. Tổ chức thực hiện").split("\n")
                                  + ["1.    Sở Tài chính bố trí kinh phí thực hiện Kế hoạch."])
    assert rows[-2:] == ["      III. Tổ chức thực hiện", "1.    Sở Tài chính bố trí kinh phí thực hiện Kế hoạch."]
