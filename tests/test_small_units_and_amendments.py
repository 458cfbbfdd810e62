"""Work given to a small unit's own groups and people ("1. Hội đồng quản trị", "3. Tổ dịch vụ vật tư, phân bón :
cung ứng …", "Tổ kỹ thuật phối hợp …", "2. Nhân viên thú y thôn:"), named in lower-case words no body's name has."""
import vnplan
from vnplan.extract.actors import actors_of

COOPERATIVE = """HỢP TÁC XÃ NÔNG NGHIỆP AN THẠNH
Số: 08/KH-HTX
An Thạnh, ngày 10 tháng 3 năm 2027

KẾ HOẠCH
Sản xuất vụ Đông Xuân năm 2027

I. MỤC TIÊU
Gieo sạ 300 ha lúa chất lượng cao.

II. NỘI DUNG THỰC HIỆN
1. Hội đồng quản trị
- Ký hợp đồng bao tiêu lúa với doanh nghiệp trước ngày 25/3/2027.
- Làm việc với ngân hàng để thành viên được vay vốn mua vật tư.
2. Nhân viên thú y thôn:
- Tiêm phòng cho đàn vật nuôi của thành viên trước ngày 15/4/2027.
3. Tổ dịch vụ vật tư, phân bón : cung ứng phân bón trả chậm cho thành viên theo đăng ký.
4. Tổ kỹ thuật phối hợp Trạm Khuyến nông xã tập huấn quy trình canh tác, thăm đồng hằng tuần.

III. TỔ CHỨC THỰC HIỆN
Giám đốc Hợp tác xã chịu trách nhiệm điều hành chung./.

GIÁM ĐỐC
Trần Văn Lộc
"""


def _leads(text: str) -> list[tuple[str, list[str]]]:
    plan = vnplan.extract_text(text)
    return [(task.text[:20], task.lead) for task in plan.tasks]


def test_a_units_groups_and_people_lead_their_items():
    assert _leads(COOPERATIVE) == [
        ("Ký hợp đồng bao tiêu", ["Hội đồng quản trị"]),
        ("Làm việc với ngân hà", ["Hội đồng quản trị"]),
        ("Tiêm phòng cho đàn v", ["Nhân viên thú y thôn"]),
        ("cung ứng phân bón tr", ["Tổ dịch vụ vật tư, phân bón"]),
        ("Tổ kỹ thuật phối hợp", ["Tổ kỹ thuật"]),
    ]


def test_a_group_is_not_read_from_a_sentence_or_a_list_of_people():
    assert [m.name for m in actors_of("Tổ kỹ thuật phối hợp Trạm Khuyến nông xã tập huấn").coordinators] \
        == ["Trạm Khuyến nông xã"]
    # a post with a body's name, then what it has: no group named "Tổ trưởng …"
    assert not any(m.name.startswith("Tổ trưởng") for m in actors_of("Tổ trưởng Tổ kiểm tra có nhiệm vụ sau đây:").leads)
    # a board named with a proper name, over a list of its people: no work given
    assert actors_of("Ban lãnh đạo Tập đoàn Hưng Phát:").leads == []
    assert actors_of("Tổ chức tập huấn phối hợp với Sở Y tế").leads == []


# An amending decision: the text each clause quotes is the amended plan's own, its work the decision's tasks; the
# clauses, a repeal and the phrases replaced give no one work.
AMENDING_DECISION = """ỦY BAN NHÂN DÂN TỈNH AN HẢI
Số: 412/QĐ-UBND
An Hải, ngày 09 tháng 3 năm 2027

QUYẾT ĐỊNH
Sửa đổi, bổ sung một số nội dung của Kế hoạch số 95/KH-UBND ngày 12/12/2026 của Ủy ban nhân dân tỉnh về bảo vệ
nguồn nước năm 2027

ỦY BAN NHÂN DÂN TỈNH AN HẢI

QUYẾT ĐỊNH:

Điều 1. Sửa đổi, bổ sung một số nội dung của Kế hoạch ban hành kèm theo Quyết định số 95/QĐ-UBND như sau:
1. Điểm a khoản 1 mục II được sửa đổi như sau:
“a) Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Sở Y tế quan trắc chất lượng nước các hồ chứa; hoàn thành
trước ngày 30/6/2027.”
2. Khoản 3 mục II được sửa đổi như sau:
“1. Sở Xây dựng
a) Rà soát các công trình cấp nước tập trung nông thôn, đề xuất phương án sửa chữa trong quý II/2027.
b) Hướng dẫn các xã lập hồ sơ hỗ trợ kinh phí sửa chữa.”
3. Bổ sung khoản 5 vào mục II như sau:
“5. Công an tỉnh chủ trì, phối hợp với các địa phương xử lý nghiêm hành vi xả thải trái phép ra nguồn nước.”
4. Bãi bỏ điểm c khoản 4 mục II.
5. Thay thế cụm từ “Ủy ban nhân dân các huyện” bằng cụm từ “Ủy ban nhân dân các xã, phường”.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các sở, ngành và Chủ tịch Ủy ban nhân dân các xã, phường
chịu trách nhiệm thi hành Quyết định này./.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lê Văn Phúc
"""

# An amending plan: why it amends is no work; its table's rows, by what each task now is, not where it stood; a row
# that repeals its task, none.
AMENDING_PLAN = """ỦY BAN NHÂN DÂN TỈNH AN HẢI
Số: 58/KH-UBND
An Hải, ngày 20 tháng 4 năm 2027

KẾ HOẠCH
Điều chỉnh, bổ sung Kế hoạch số 31/KH-UBND ngày 15/02/2027 về phòng, chống dịch bệnh trên cây trồng năm 2027

I. LÝ DO ĐIỀU CHỈNH
Thực hiện Chỉ thị số 03/CT-UBND ngày 02/4/2027 của Ủy ban nhân dân tỉnh, Ủy ban nhân dân tỉnh điều chỉnh, bổ sung
Kế hoạch số 31/KH-UBND như sau.

II. NỘI DUNG ĐIỀU CHỈNH, BỔ SUNG
1. Bổ sung chỉ tiêu
Phấn đấu giảm ít nhất 15% diện tích cây trồng bị nhiễm bệnh so với năm 2026.
2. Điều chỉnh, bổ sung nhiệm vụ

| STT | Nhiệm vụ tại Kế hoạch số 31/KH-UBND | Nội dung điều chỉnh, bổ sung | Cơ quan chủ trì | Thời gian hoàn thành |
|---|---|---|---|---|
| 1 | Điểm b khoản 1 mục III | Điều tra, dự báo sâu bệnh hại trên lúa vụ Hè Thu | Sở Nông nghiệp và Môi trường | Tháng 6/2027 |
| 2 | Khoản 2 mục III | Bãi bỏ | - | - |
| 3 | Bổ sung mới | Tập huấn cho nông dân về sử dụng thuốc bảo vệ thực vật an toàn | Hội Nông dân tỉnh | Quý III/2027 |

III. TỔ CHỨC THỰC HIỆN
Các cơ quan, đơn vị căn cứ Kế hoạch này triển khai thực hiện./.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Minh Tâm
"""

# A decree amending a decree quotes its articles' provisions: rules, not a plan's work.
AMENDING_DECREE = """CHÍNH PHỦ
Số: 45/2027/NĐ-CP
Hà Nội, ngày 10 tháng 5 năm 2027

NGHỊ ĐỊNH
Sửa đổi, bổ sung một số điều của Nghị định số 12/2024/NĐ-CP

Điều 1. Sửa đổi, bổ sung một số điều của Nghị định số 12/2024/NĐ-CP như sau:
1. Khoản 2 Điều 8 được sửa đổi như sau:
“2. Sở Tài chính có trách nhiệm thẩm định hồ sơ trong thời hạn 15 ngày làm việc.”
Điều 2. Nghị định này có hiệu lực thi hành kể từ ngày 01 tháng 7 năm 2027.
"""


def _tasks(text: str) -> list[tuple[str, list[str], str | None]]:
    return [(task.text[:30], task.lead, task.deadline) for task in vnplan.extract_text(text, strict=False).tasks]


def test_an_amending_decision_gives_the_work_it_quotes():
    assert _tasks(AMENDING_DECISION) == [
        ("Sở Nông nghiệp và Môi trường c", ["Sở Nông nghiệp và Môi trường"], "2027-06-30"),
        ("Rà soát các công trình cấp nướ", ["Sở Xây dựng"], "2027-06-30"),
        ("Hướng dẫn các xã lập hồ sơ hỗ ", ["Sở Xây dựng"], None),
        ("Công an tỉnh chủ trì, phối hợp", ["Công an tỉnh"], None),
    ]


def test_an_amending_plan_gives_its_tables_work_not_its_reasons_nor_a_repeal():
    assert _tasks(AMENDING_PLAN) == [
        ("Điều tra, dự báo sâu bệnh hại ", ["Sở Nông nghiệp và Môi trường"], "2027-06-30"),
        ("Tập huấn cho nông dân về sử dụ", ["Hội Nông dân tỉnh"], "2027-09-30"),
    ]
    assert [t.text for t in vnplan.extract_text(AMENDING_PLAN, strict=False).targets] \
        == ["Phấn đấu giảm ít nhất 15% diện tích cây trồng bị nhiễm bệnh so với năm 2026"]


def test_a_decree_amending_a_decree_quotes_rules():
    assert _tasks(AMENDING_DECREE) == []


# An appendix sent alone, a sheet exported from its spreadsheet: the plan it goes with names the document.
APPENDIX_SHEET = """UBND XÃ PHÚ AN,,,,,
PHỤ LỤC I,,,,,
"DANH MỤC NHIỆM VỤ NĂM 2027",,,,,
"(Kèm theo Kế hoạch số 21/KH-UBND ngày 08/02/2027 của Ủy ban nhân dân xã Phú An, tỉnh Tây Sơn về phát triển giao thông nông thôn năm 2027)",,,,,
TT,Nội dung nhiệm vụ,Đơn vị chủ trì,Đơn vị phối hợp,Thời gian hoàn thành,Kinh phí
1,"Cứng hóa đường trục thôn Đông, chiều dài 1,5 km",Phòng Kinh tế,Ban Nhân dân thôn Đông,Quý III/2027,2.100
2,Trồng cây xanh hai bên đường liên thôn,Hội Cựu chiến binh xã,Các thôn,Tháng 11/2027,120
,,,,KT. CHỦ TỊCH,
,,,,PHÓ CHỦ TỊCH,
,,,,Đinh Văn Sang,
"""


def test_an_appendix_sent_alone_is_read_as_its_plan(tmp_path):
    sheet = tmp_path / "phu-luc.csv"
    sheet.write_text(APPENDIX_SHEET, encoding="utf-8")
    plan = vnplan.extract_file(sheet)
    document = plan.document
    assert (document.type, document.number, document.issued_date, document.issuer, document.title) == (
        "Kế hoạch", "21/KH-UBND", "2027-02-08", "Ủy ban nhân dân xã Phú An",
        "phát triển giao thông nông thôn năm 2027")
    assert [(t.lead, t.deadline) for t in plan.tasks] == [(["Phòng Kinh tế"], "2027-09-30"),
                                                          (["Hội Cựu chiến binh xã"], "2027-11-30")]


# A day, month or quarter written without its year: of the annual plan's year, or the next after the plan's date;
# not in a duty that recurs, nor in a plan over several years, whose days come back each year.
YEARLESS = """ỦY BAN NHÂN DÂN XÃ PHÚ AN
Số: 30/KH-UBND
Phú An, ngày 05 tháng 12 năm 2026

KẾ HOẠCH
{title}

I. NHIỆM VỤ
1. Phòng Kinh tế rà soát danh sách hộ nghèo, hoàn thành trước ngày 20/1.
2. Phòng Văn hóa - Xã hội tổ chức tập huấn cho cán bộ thôn trong quý III.
3. Văn phòng Ủy ban nhân dân xã tổng hợp, báo cáo kết quả hằng năm, trước ngày 30/11.
"""


def test_a_day_without_its_year():
    annual = [t.deadline for t in vnplan.extract_text(YEARLESS.format(title="Giảm nghèo năm 2027")).tasks]
    assert annual == ["2027-01-20", "2027-09-30", None]
    undated = [t.deadline for t in vnplan.extract_text(YEARLESS.format(title="Giảm nghèo bền vững")).tasks]
    assert undated == ["2027-01-20", "2027-09-30", None]  # (the next 20 January after 5 December 2026)
    spanned = [t.deadline for t in vnplan.extract_text(YEARLESS.format(title="Giảm nghèo giai đoạn 2027 - 2030")).tasks]
    assert spanned == [None, None, None]


# Work named in an amendment's words is still work where no document is amended; a group word that opens a common
# word names no group; a table's only column of the work is the work's, whatever document it cites.
LOOKALIKES = """ỦY BAN NHÂN DÂN TỈNH AN HẢI
Số: 77/KH-UBND
An Hải, ngày 10 tháng 6 năm 2027

KẾ HOẠCH
Quản lý đất đai năm 2027

I. NHIỆM VỤ
1. Sở Tài chính:
a) Sửa đổi, bổ sung Quyết định số 25/2021/QĐ-UBND quy định hạn mức giao đất.
b) Bổ sung điểm tập kết vật liệu tại các dự án trọng điểm.
2. Bổ sung nguồn vốn cho Quỹ Phát triển đất tỉnh
a) Sở Tài chính tham mưu bố trí vốn điều lệ, hoàn thành trong quý III/2027.
3. Trực ban
a) Ban ngày: Văn phòng Ủy ban nhân dân tỉnh bố trí cán bộ trực.
b) Ban đêm: Công an tỉnh tổ chức tuần tra.
4. Đội trưởng đội dân phòng
- Xây dựng lịch tuần tra của đội.
5. Các khẩu hiệu tuyên truyền được bổ sung như sau:
“Đất đai là tài nguyên quý giá của quốc gia”
6. Theo dõi thực hiện

| STT | Nhiệm vụ theo Kế hoạch số 15/KH-UBND | Cơ quan chủ trì | Thời gian hoàn thành |
|---|---|---|---|
| 1 | Rà soát quy hoạch sử dụng đất | Sở Nông nghiệp và Môi trường | Tháng 9/2027 |
"""


def test_work_named_like_an_amendment_is_still_work():
    assert [(text[:16], lead) for text, lead, _ in _tasks(LOOKALIKES)] == [
        ("Sửa đổi, bổ sung", ["Sở Tài chính"]),
        ("Bổ sung điểm tập", ["Sở Tài chính"]),
        ("Sở Tài chính tha", ["Sở Tài chính"]),
        ("Ban ngày: Văn ph", ["Văn phòng Ủy ban nhân dân tỉnh"]),
        ("Ban đêm: Công an", ["Công an tỉnh"]),
        ("Xây dựng lịch tu", ["Đội trưởng đội dân phòng"]),
        ("Rà soát quy hoạc", ["Sở Nông nghiệp và Môi trường"]),
    ]


def test_the_items_a_clause_adds_stay_inside_it_once():
    added = AMENDING_DECISION.replace(
        "“5. Công an tỉnh chủ trì, phối hợp với các địa phương xử lý nghiêm hành vi xả thải trái phép ra nguồn nước.”",
        "“5. Công an tỉnh chủ trì xử lý nghiêm hành vi xả thải trái phép ra nguồn nước.\n"
        "6. Sở Y tế giám sát chất lượng nước sinh hoạt tại các trạm cấp nước.”")
    tasks = vnplan.extract_text(added, strict=False).tasks
    assert [(t.id, t.lead) for t in tasks[-2:]] == [("Điều1.3.5", ["Công an tỉnh"]), ("Điều1.3.6", ["Sở Y tế"])]
    assert len({t.text for t in tasks}) == len(tasks) == 5


# What a plan recalls of the year before is no target of its own; a rate that picks out the units a task is about is
# no level to reach; a level the units are to stay below is one.
MONEY = """ỦY BAN NHÂN DÂN TỈNH AN HẢI
Số: 19/KH-UBND
An Hải, ngày 15 tháng 01 năm 2027

KẾ HOẠCH
Giải ngân vốn đầu tư công năm 2027

I. MỤC TIÊU
1. Năm 2026, tỉnh giải ngân đạt 91,2% kế hoạch vốn được giao.
2. Phấn đấu giải ngân đạt trên 95% kế hoạch vốn năm 2027.
3. Tỷ lệ thất thoát nước của các công trình cấp nước tập trung dưới 18%.

II. NHIỆM VỤ
1. Sở Tài chính kiểm tra hiện trường 12 dự án có tỷ lệ giải ngân dưới 30%, hoàn thành trong quý II/2027.
"""


def test_a_past_result_and_a_selection_are_no_targets():
    plan = vnplan.extract_text(MONEY)
    assert [(t.text[:23], t.min, t.max) for t in plan.targets] == [
        ("Phấn đấu giải ngân đạt ", 95.0, None), ("Tỷ lệ thất thoát nước c", None, 18.0)]


def test_what_reads_like_a_day_without_its_year_and_is_none():
    plan = YEARLESS.format(title="Xây dựng nông thôn mới năm 2027").replace(
        "1. Phòng Kinh tế rà soát danh sách hộ nghèo, hoàn thành trước ngày 20/1.",
        "1. Phòng Kinh tế hướng dẫn các thôn hoàn thành 9/9 tiêu chí.\n"
        "4. Văn phòng Ủy ban nhân dân xã tổng kết, báo cáo trong quý I năm sau.\n"
        "5. Phòng Văn hóa - Xã hội tổ chức đợt ra quân trong tháng 3 năm nay.")
    assert [t.deadline for t in vnplan.extract_text(plan).tasks] == [None, None, "2027-03-31", "2027-09-30", None]
    recurring = YEARLESS.format(title="Giảm nghèo năm 2027").replace(
        "1. Phòng Kinh tế rà soát danh sách hộ nghèo, hoàn thành trước ngày 20/1.",
        "1. Hằng năm, Phòng Kinh tế:\na) Rà soát danh sách hộ nghèo, hoàn thành trước ngày 20/1.")
    assert [t.deadline for t in vnplan.extract_text(recurring).tasks][:2] == [None, "2027-09-30"]


def test_levels_the_units_are_to_reach_and_spans_of_years_stay_targets():
    text = MONEY.replace("3. Tỷ lệ thất thoát", "4. Phấn đấu các trường có tỷ lệ học sinh bỏ học dưới 1%.\n"
                         "5. Năm 2027 - 2030: tỷ lệ hộ nghèo giảm bình quân 0,5%/năm.\n3. Tỷ lệ thất thoát")
    assert [(t.min, t.max) for t in vnplan.extract_text(text).targets] == [(95.0, None), (None, 1.0), (0.5, 0.5),
                                                                          (None, 18.0)]


# A commune's table of steps, its cells a line each, "Bước 1" for its rows' numbers: each step a task, its doer a
# local group or the committee's chairman.
STEPS = """ỦY BAN NHÂN DÂN XÃ PHÚ AN
Số: 41/KH-UBND
Phú An, ngày 20 tháng 8 năm 2027

KẾ HOẠCH
Rà soát hộ nghèo năm 2027

I. NHIỆM VỤ
Các bước, thời gian và người thực hiện tại Phụ lục kèm theo Kế hoạch này.

PHỤ LỤC
CÁC BƯỚC THỰC HIỆN
TT
Nội dung
Thời gian
Người thực hiện
Bước 1
Tập huấn nghiệp vụ rà soát cho các thôn
Trước 10/9/2027
Phòng Văn hóa - Xã hội
Bước 2
Rà soát, chấm điểm phiếu hộ gia đình
Từ 11/9 đến 15/10/2027
Ban rà soát các thôn
Bước 3
Phê duyệt danh sách hộ nghèo, hộ cận nghèo
Trước 30/11/2027
Chủ tịch Ủy ban nhân dân xã
"""


def test_a_table_of_steps_a_cell_a_line():
    assert [(t.text[:20], t.lead, t.deadline) for t in vnplan.extract_text(STEPS).tasks] == [
        ("Tập huấn nghiệp vụ r", ["Phòng Văn hóa - Xã hội"], "2027-09-10"),
        ("Rà soát, chấm điểm p", ["Ban rà soát các thôn"], "2027-10-15"),
        ("Phê duyệt danh sách ", ["Ủy ban nhân dân xã Phú An"], "2027-11-30"),
    ]


def test_an_appendix_names_a_body_named_by_its_work():
    sheet = APPENDIX_SHEET.replace("của Ủy ban nhân dân xã Phú An, tỉnh Tây Sơn về phát triển giao thông nông thôn "
                                   "năm 2027", "của Ban Chỉ đạo về an toàn thực phẩm tỉnh Tây Sơn")
    document = vnplan.extract_text(sheet.replace(",", " ")).document
    assert (document.issuer, document.title) == ("Ban Chỉ đạo về an toàn thực phẩm tỉnh Tây Sơn", None)


def test_a_clause_amending_by_its_verb_quotes_its_work():
    text = AMENDING_DECISION.replace("1. Điểm a khoản 1 mục II được sửa đổi như sau:",
                                     "1. Sửa đổi, bổ sung nội dung điểm a khoản 1 mục II như sau:")
    assert _tasks(text)[0] == ("Sở Nông nghiệp và Môi trường c", ["Sở Nông nghiệp và Môi trường"], "2027-06-30")


def test_targets_listed_under_an_item_of_a_task_part_and_cells_wrapped_on_a_body():
    text = MONEY.replace("II. NHIỆM VỤ\n", "II. NHIỆM VỤ\n1. Chỉ tiêu\n- Tỷ lệ bao phủ bảo hiểm y tế đạt 95%.\n2. Nhiệm vụ cụ thể\n")
    plan = vnplan.extract_text(text)
    assert "Tỷ lệ bao phủ bảo hiểm y tế đạt 95%" in [t.text for t in plan.targets if t.task is None]
    assert not any(t.text.startswith("Tỷ lệ bao phủ") for t in plan.tasks)
    wrapped = STEPS.replace("Tập huấn nghiệp vụ rà soát cho các thôn\n", "Tham mưu trình\nChủ tịch Ủy ban nhân dân xã "
                            "ban hành quyết định thành lập Ban rà soát\n")
    assert vnplan.extract_text(wrapped).tasks[0].text.startswith("Tham mưu trình Chủ tịch")
