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
