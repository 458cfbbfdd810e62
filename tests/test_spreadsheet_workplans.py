"""Workplans kept in a spreadsheet or a word processor's table and then converted: Word's "Convert table to text" with
"|" between cells, a workbook written out sheet after sheet as CSV, a header whose spanning name stands over "Chủ trì"
and "Phối hợp". Each text is our own."""
from vnplan import extract_file, extract_text

BAR_TABLE = """ỦY BAN NHÂN DÂN|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH BẮC LAM|Độc lập - Tự do - Hạnh phúc
Số: 42/KH-UBND|Bắc Lam, ngày 15 tháng 02 năm 2027

KẾ HOẠCH
Phát triển du lịch nông thôn năm 2027

I. MỤC TIÊU
Thu hút khách du lịch về các điểm du lịch nông thôn của tỉnh.
II. NHIỆM VỤ
Các nhiệm vụ cụ thể tại Phụ lục kèm theo.

Nơi nhận:|TM. ỦY BAN NHÂN DÂN
- Bộ Văn hóa, Thể thao và Du lịch;|KT. CHỦ TỊCH
- Các sở, ban, ngành;|PHÓ CHỦ TỊCH
- Lưu: VT.|
|Đinh Quang Hải

PHỤ LỤC
NHIỆM VỤ PHÁT TRIỂN DU LỊCH NÔNG THÔN NĂM 2027
TT|Nhiệm vụ|Cơ quan chủ trì|Cơ quan phối hợp|Thời gian hoàn thành
I|SẢN PHẨM DU LỊCH|||
1|Xây dựng bộ tiêu chí điểm du lịch nông thôn|Sở Văn hóa, Thể thao và Du lịch|Sở Nông nghiệp và Môi trường;
UBND các xã|Quý II/2027
2|Hỗ trợ hộ dân làm dịch vụ lưu trú tại nhà dân|UBND các xã|Sở Văn hóa, Thể thao và Du lịch|Năm 2027
"""


def test_a_word_table_converted_to_text_with_bars_gives_its_rows_and_its_signature():
    """No bar at a row's ends, a cell's own line break left in the text, the signature's block two columns so too."""
    plan = extract_text(BAR_TABLE)
    assert [(t.text, t.lead, t.coordinators, t.coordinators_collective, t.deadline) for t in plan.tasks] == [
        ("Xây dựng bộ tiêu chí điểm du lịch nông thôn", ["Sở Văn hóa, Thể thao và Du lịch"],
         ["Sở Nông nghiệp và Môi trường"], True, "2027-06-30"),
        ("Hỗ trợ hộ dân làm dịch vụ lưu trú tại nhà dân", ["Ủy ban nhân dân các xã"], ["Sở Văn hóa, Thể thao và Du lịch"], False,
         "2027-12-31"),
    ]
    assert (plan.document.signer, plan.document.signer_title) == ("Đinh Quang Hải", "Phó Chủ tịch")


WORKBOOK = """-------- 1 - KH
SỞ Y TẾ TỈNH BẮC LAM,,CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
"Số: 19/KH-SYT",,Độc lập - Tự do - Hạnh phúc
,,"Bắc Lam, ngày 08 tháng 01 năm 2027"
KẾ HOẠCH,,
Phòng chống bệnh sốt xuất huyết năm 2027,,
I. CHỈ TIÊU,,
"1. Tỷ lệ mắc sốt xuất huyết giảm ít nhất 10% so với năm 2026.",,
II. NHIỆM VỤ,,
(Chi tiết tại Phụ lục kèm theo),,
III. TỔ CHỨC THỰC HIỆN,,
"Các đơn vị báo cáo kết quả về Sở Y tế trước ngày 15/12/2027.",,
Nơi nhận:,,KT. GIÁM ĐỐC
- Bộ Y tế;,,PHÓ GIÁM ĐỐC
- UBND tỉnh;,,
"- Các đơn vị trực thuộc;",,
- Lưu: VT.,,Lê Thị Mai
-------- 2 - PL
PHỤ LỤC,,,,,
NHIỆM VỤ PHÒNG CHỐNG SỐT XUẤT HUYẾT NĂM 2027,,,,,
TT,Nhiệm vụ,Phân công thực hiện,,Thời hạn hoàn thành,Kinh phí (triệu đồng)
,,Chủ trì,Phối hợp,,
(1),(2),(3),(4),(5),(6)
1,"Giám sát véc tơ truyền bệnh tại các ổ dịch cũ",Trung tâm Kiểm soát bệnh tật tỉnh,"UBND các xã, phường",2027-05-31,120
2,"Tập huấn điều trị sốt xuất huyết cho bác sĩ tuyến xã",Bệnh viện Đa khoa tỉnh,Trung tâm Kiểm soát bệnh tật tỉnh,2027-04-30 00:00:00,45
"""


def test_a_workbook_written_sheet_after_sheet_reads_each_sheet_its_dates_and_its_header_over_two_rows(tmp_path):
    """The plan's text typed down a sheet's first column (its header and signature two columns), the appendix on the
    next sheet: a date cell written as its value, the columns' numbers under the header, "Phân công thực hiện" over
    "Chủ trì" and "Phối hợp"."""
    path = tmp_path / "ke-hoach.txt"
    path.write_text(WORKBOOK, encoding="utf-8")
    plan = extract_file(path)
    assert [(t.text, t.lead, t.coordinators, t.coordinators_collective, t.deadline) for t in plan.tasks] == [
        ("Giám sát véc tơ truyền bệnh tại các ổ dịch cũ", ["Trung tâm Kiểm soát bệnh tật tỉnh"], [], True,
         "2027-05-31"),
        ("Tập huấn điều trị sốt xuất huyết cho bác sĩ tuyến xã", ["Bệnh viện Đa khoa tỉnh"],
         ["Trung tâm Kiểm soát bệnh tật tỉnh"], False, "2027-04-30"),
    ]
    assert (plan.document.title, plan.document.signer) == ("Phòng chống bệnh sốt xuất huyết năm 2027", "Lê Thị Mai")
    assert [(t.min, t.max) for t in plan.targets] == [(10, None)]


def test_the_text_after_a_table_converted_with_bars_is_no_cell_of_its_last_row():
    """A cell's line break goes on with the row; a part's heading and its numbered paragraphs after the table do not."""
    body = BAR_TABLE.split("\nNơi nhận:")[0].replace("Các nhiệm vụ cụ thể tại Phụ lục kèm theo.\n", "")
    table = BAR_TABLE.split("NĂM 2027\n")[1]
    text = body + "\n" + table + ("III. TỔ CHỨC THỰC HIỆN\n1. Sở Tài chính bố trí kinh phí thực hiện Kế hoạch; hoàn thành "
                                  "trong quý I/2027.\n")
    plan = extract_text(text)
    assert [(t.text[:30], t.lead, t.deadline) for t in sorted(plan.tasks, key=lambda t: t.span.start)] == [
        ("Xây dựng bộ tiêu chí điểm du l", ["Sở Văn hóa, Thể thao và Du lịch"], "2027-06-30"),
        ("Hỗ trợ hộ dân làm dịch vụ lưu ", ["Ủy ban nhân dân các xã"], "2027-12-31"),
        ("Sở Tài chính bố trí kinh phí t", ["Sở Tài chính"], "2027-03-31"),
    ]


def test_a_sentence_after_a_bar_table_or_a_short_row_is_no_cell_of_it():
    """A whole row's last cell ending on ";" is no list going on into a sentence of its own; a row short of its cells
    takes no sentence either."""
    from vnplan.alignedtables import rebuild_delimited_tables
    header = "STT|Nhiệm vụ|Cơ quan chủ trì|Cơ quan phối hợp|Thời gian"
    lines = [header, "1|Xây dựng sàn thương mại điện tử|Sở Công Thương|Sở Tài chính;|Quý II/2027",
             "2|Tổng kết", "Sở Công Thương theo dõi, đôn đốc việc thực hiện Kế hoạch."]
    assert rebuild_delimited_tables(lines)[-2:] == ["| 2 | Tổng kết |",
                                                    "Sở Công Thương theo dõi, đôn đốc việc thực hiện Kế hoạch."]
    after_a_list = [header, "1|Xây dựng sàn thương mại điện tử|Quý II/2027|Sở Công Thương|Sở Tài chính;",
                    "Sở Công Thương theo dõi, đôn đốc việc thực hiện Kế hoạch, báo cáo Ủy ban nhân dân tỉnh."]
    assert rebuild_delimited_tables(after_a_list)[-1] == after_a_list[-1]


def test_a_workbook_with_a_small_sheet_and_a_header_repeated_over_each_spanned_cell(tmp_path):
    """A note of two rows on a third sheet keeps its lines; "Phân công thực hiện" written over both the columns it
    spans, "Chủ trì" and "Phối hợp", names the lead's column and the partners'."""
    path = tmp_path / "ke-hoach.txt"
    path.write_text(WORKBOOK.replace(",Phân công thực hiện,,", ",Phân công thực hiện,Phân công thực hiện,")
                    + "-------- 3 - Ghi chu\nGhi chú,,\nKinh phí từ nguồn sự nghiệp y tế năm 2027,,\n", encoding="utf-8")
    plan = extract_file(path)
    assert [(t.lead, t.coordinators) for t in plan.tasks] == [
        (["Trung tâm Kiểm soát bệnh tật tỉnh"], []), (["Bệnh viện Đa khoa tỉnh"], ["Trung tâm Kiểm soát bệnh tật tỉnh"])]


# A project schedule exported from a Gantt tool as CSV: its own column names, each row's place in the plan's outline in
# "WBS", the plan's text in the first row's notes, summary rows that repeat their children's finish.
GANTT_EXPORT = '''ID,WBS,Name,Duration,Start,Finish,Resource Names,Notes
0,0,KH tiêm chủng 2027,250 days,04/01/2027 08:00,31/12/2027 17:00,,"ỦY BAN NHÂN DÂN XÃ AN PHÚ
Số: 08/KH-UBND
An Phú, ngày 04 tháng 01 năm 2027
KẾ HOẠCH
Tiêm chủng mở rộng trên địa bàn xã năm 2027
Căn cứ Kế hoạch số 12/KH-UBND ngày 20/12/2026 của Ủy ban nhân dân tỉnh, Ủy ban nhân dân xã ban hành Kế hoạch; \
nhiệm vụ, đơn vị chủ trì và thời hạn theo bảng tiến độ kèm theo.
Mục đích: bảo đảm trẻ em trong độ tuổi được tiêm đủ, đúng lịch các loại vắc xin; không để dịch bệnh bùng phát.
Nơi nhận: UBND tỉnh (để b/c); Trung tâm Y tế khu vực; Trạm Y tế xã; các thôn; Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lê Văn Bình"
1,1,NHIỆM VỤ CỤ THỂ,250 days,04/01/2027 08:00,31/12/2027 17:00,,
2,1.1,Tổ chức tiêm chủng thường xuyên,250 days,04/01/2027 08:00,31/12/2027 17:00,,
3,1.1.1,Tổ chức buổi tiêm chủng thường xuyên vào ngày 25 hằng tháng tại Trạm Y tế xã,250 days,04/01/2027 08:00,\
31/12/2027 17:00,Trạm Y tế xã,
4,1.1.2,Rà soát danh sách trẻ trong độ tuổi tiêm chủng tại các thôn,20 days,04/01/2027 08:00,29/01/2027 17:00,\
Các thôn,
5,1.2,Truyền thông về tiêm chủng,60 days,01/02/2027 08:00,30/04/2027 17:00,,
6,1.2.1,Phát thanh về lợi ích của tiêm chủng trên hệ thống truyền thanh xã,60 days,01/02/2027 08:00,\
30/04/2027 17:00,Văn phòng HĐND và UBND xã,
'''


def test_a_gantt_tools_export_gives_its_rows_in_the_plans_outline_each_to_its_resource_by_its_finish(tmp_path):
    export = tmp_path / "tien-do.txt"
    export.write_text(GANTT_EXPORT, encoding="utf-8")
    plan = extract_file(export)
    assert (plan.document.number, plan.document.signer) == ("08/KH-UBND", "Lê Văn Bình")
    assert [(task.id, task.lead, task.deadline) for task in plan.tasks] == [
        ("1.1.1", ["Trạm Y tế xã"], "2027-12-31"), ("1.1.2", ["Các thôn"], "2027-01-29"),
        ("1.2.1", ["Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã"], "2027-04-30")]


def test_a_shared_sheets_english_column_names_and_month_first_dates_give_its_rows(tmp_path):
    """A plan kept in a shared sheet set to English: "No. | Task | Lead unit | Support units | Deadline", the tracker's
    "Output" and "Status" beside them, and dates written month first ("3/31/2027") where only that reading is a date."""
    sheet = tmp_path / "ke_hoach.csv"
    sheet.write_text(
        "ỦY BAN NHÂN DÂN XÃ BẮC LAM,,,,CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM,,\n"
        "Số: 09/KH-UBND,,,,Độc lập - Tự do - Hạnh phúc,,\n"
        ",,,,\"Bắc Lam, ngày 12 tháng 01 năm 2027\",,\n"
        "KẾ HOẠCH,,,,,,\n\"Phòng cháy, chữa cháy tại chợ Bắc Lam năm 2027\",,,,,,\n"
        "I. NHIỆM VỤ CỤ THỂ,,,,,,\nNo.,Task,Lead unit,Support units,Deadline,Output,Status\n"
        "1,Rà soát các ki-ốt có nguy cơ cháy cao,Công an xã,Ban Quản lý chợ,3/31/2027,Danh sách,Done\n"
        "2,Tổ chức thực tập phương án chữa cháy tại chợ,Ban Quản lý chợ,Công an xã,04/05/2027,Kịch bản,In progress\n",
        encoding="utf-8")
    plan = extract_file(sheet)
    assert [(t.text, t.lead, t.coordinators, t.deadline) for t in plan.tasks] == [
        ("Rà soát các ki-ốt có nguy cơ cháy cao", ["Công an xã"], ["Ban Quản lý chợ"], "2027-03-31"),
        ("Tổ chức thực tập phương án chữa cháy tại chợ", ["Ban Quản lý chợ"], ["Công an xã"], "2027-05-04")]


def test_sheets_saved_one_by_one_each_under_its_name_and_byte_order_mark_are_read_as_a_workbook(tmp_path):
    # each sheet saved alone as "CSV UTF-8" and the files put one after another: a sheet's name, then its text from its
    # byte-order mark on; the last sheet only its header and two rows
    marked = WORKBOOK.replace("-------- 1 - KH\n", "KH\n\ufeff").replace("-------- 2 - PL\n", "PL\n\ufeff")
    marked = marked.split("PHỤ LỤC,")[0] + (
        "TT,Nhiệm vụ,Chủ trì,Phối hợp,Thời hạn hoàn thành,Ghi chú\n"
        "1,Giám sát véc tơ truyền bệnh tại các ổ dịch cũ,Trung tâm Kiểm soát bệnh tật tỉnh,,2027-05-31,\n"
        "2,Tập huấn điều trị sốt xuất huyết cho bác sĩ tuyến xã,Bệnh viện Đa khoa tỉnh,,2027-04-30,\n")
    path = tmp_path / "ke-hoach.csv.txt"
    path.write_text(marked, encoding="utf-8")
    plan = extract_file(path)
    assert [(t.text, t.lead, t.deadline) for t in plan.tasks] == [
        ("Giám sát véc tơ truyền bệnh tại các ổ dịch cũ", ["Trung tâm Kiểm soát bệnh tật tỉnh"], "2027-05-31"),
        ("Tập huấn điều trị sốt xuất huyết cho bác sĩ tuyến xã", ["Bệnh viện Đa khoa tỉnh"], "2027-04-30")]
    assert (plan.document.title, plan.document.signer) == ("Phòng chống bệnh sốt xuất huyết năm 2027", "Lê Thị Mai")


def test_a_trackers_sheet_names_the_plan_in_its_fields_and_its_english_columns_give_partners_and_quarters(tmp_path):
    # a task tracker copied from a spreadsheet: the plan named whole in a field ("Văn bản: Kế hoạch số …"), its long
    # summary, its signer and the signer's post; the tasks under English column names, a quarter written "Q3/2027"
    rows = [
        ["TRUNG TÂM NƯỚC SẠCH NÔNG THÔN", "", "", "", ""],
        ["Văn bản:", "Kế hoạch số 77/KH-TTNS", "", "Ngày ban hành:", "10/03/2027"],
        ["Trích yếu:", "Bảo đảm cấp nước sinh hoạt cho người dân vùng hạn hán, xâm nhập mặn trong mùa khô năm 2027 "
                       "tại các xã ven biển và vùng cao thuộc phạm vi phục vụ của Trung tâm", "", "", ""],
        ["Người ký:", "Lò Văn Khánh", "Chức vụ:", "Phó Giám đốc (KT. Giám đốc)", ""],
        ["", "", "", "", ""],
        ["No.", "Task", "Lead", "Support", "Deadline"],
        ["1", "Rà soát các công trình cấp nước bị ảnh hưởng do hạn hán", "Phòng Kỹ thuật", "Phòng Kế hoạch",
         "Q2/2027"],
        ["2", "Vận chuyển nước sạch đến các điểm thiếu nước", "Đội Vận hành số 1", "Phòng Kỹ thuật", "Q3/2027"],
    ]
    path = tmp_path / "tracker.txt"
    path.write_text("\r\n".join("\t".join(row) for row in rows) + "\r\n", encoding="utf-8")
    plan = extract_file(path)
    document = plan.document
    assert (document.type, document.number, document.issued_date) == ("Kế hoạch", "77/KH-TTNS", "2027-03-10")
    assert document.title == rows[2][1]
    assert (document.signer, document.signer_title) == ("Lò Văn Khánh", "Phó Giám đốc")
    assert [(t.lead, t.coordinators, t.deadline) for t in plan.tasks] == [
        (["Phòng Kỹ thuật"], ["Phòng Kế hoạch"], "2027-06-30"), (["Đội Vận hành số 1"], ["Phòng Kỹ thuật"], "2027-09-30")]
