"""A plan whose parts are headed by lines in capitals with no number ("MỤC TIÊU", "TUYÊN TRUYỀN", "TỔ CHỨC THỰC
HIỆN"): the numbering a template styled away. Its items are "*" bullets, each followed by a line of its own that
gives its time ("Thời gian: Quý II/2026.")."""
from pathlib import Path

import docx
import pytest
from fpdf import FPDF

from vnplan import extract_file, extract_text
from vnplan.normalise import normalise_text
from vnplan.segment import segment

PLAN = """ỦY BAN NHÂN DÂN
XÃ HƯỚNG DƯƠNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 27/KH-UBND
Hướng Dương, ngày 12 tháng 01 năm 2026

KẾ HOẠCH
Phòng, chống sốt xuất huyết trên địa bàn xã năm 2026

Căn cứ Kế hoạch số 15/KH-UBND ngày 05/01/2026 của Ủy ban nhân dân tỉnh về phòng, chống dịch bệnh năm 2026;
Ủy ban nhân dân xã ban hành Kế hoạch như sau:

MỤC TIÊU
* Giảm 15% số ca mắc sốt xuất huyết so với năm 2025.
* 100% ổ dịch được phát hiện và xử lý trong 48 giờ.

NỘI DUNG THỰC HIỆN

GIÁM SÁT, XỬ LÝ Ổ DỊCH
* Trạm Y tế xã giám sát ca bệnh tại cộng đồng, lấy mẫu xét nghiệm các ca nghi ngờ và xử lý ổ dịch theo quy định.
Thời gian: Thường xuyên.
* Trạm Y tế xã phối hợp với Công an xã tổ chức phun hóa chất diệt muỗi tại các thôn có ổ dịch.
Thời gian: Quý II/2026.

TUYÊN TRUYỀN, VẬN ĐỘNG
* Phòng Văn hóa - Xã hội xây dựng tin, bài tuyên truyền về diệt lăng quăng, bọ gậy trên hệ thống loa truyền thanh xã.
Thời gian: Trước ngày 31/3/2026.
* Tổ chức chiến dịch vệ sinh môi trường, thu gom vật dụng chứa nước đọng tại các hộ gia đình.
Thời gian: Tháng 5 và tháng 9/2026.

TỔ CHỨC THỰC HIỆN
* Trạm Y tế xã là đầu mối theo dõi việc thực hiện Kế hoạch; tổng hợp tình hình dịch, báo cáo Ủy ban nhân dân xã trước ngày 25 hằng tháng.
* Công an xã phải báo cáo ngay cho Ủy ban nhân dân xã khi phát hiện tụ điểm chứa phế thải gây ô nhiễm.
* Phòng Kinh tế bố trí kinh phí mua hóa chất, vật tư phòng, chống dịch theo dự toán năm 2026 được duyệt.
* Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã tổng hợp kết quả thực hiện Kế hoạch, tham mưu Ủy ban nhân dân xã báo cáo Sở Y tế trước ngày 15/12/2026./.

Nơi nhận:
- Sở Y tế (b/c);
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Phan Văn Long
"""


def _parts(text: str) -> list[tuple[str, str]]:
    return [(b.label, b.text) for b in segment(normalise_text(text)) if b.kind == "part"]


def test_lines_in_capitals_between_items_head_the_parts():
    assert _parts(PLAN) == [("I", "MỤC TIÊU"), ("II", "NỘI DUNG THỰC HIỆN"), ("III", "GIÁM SÁT, XỬ LÝ Ổ DỊCH"),
                            ("IV", "TUYÊN TRUYỀN, VẬN ĐỘNG"), ("V", "TỔ CHỨC THỰC HIỆN")]


def test_the_letterhead_the_title_and_the_signature_head_no_part():
    # the title's lines stand among headings, the signer's office over a name: none stands between content
    titles = {text for _, text in _parts(PLAN)}
    assert not titles & {"KẾ HOẠCH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN"}


def test_a_title_in_capitals_wrapped_over_lines_heads_no_part():
    letter = ("Xem toàn văn Công điện đã ban hành.\nCÔNG ĐIỆN\nVỀ VIỆC KHẨN TRƯƠNG HOÀN\nTHÀNH RÀ SOÁT CÁC DỰ ÁN\n"
              "THỦ TƯỚNG CHÍNH PHỦ điện:\n- Chủ tịch Ủy ban nhân dân các tỉnh.\nThủ tướng Chính phủ yêu cầu:\n"
              "1. Rà soát các dự án.\n")
    assert _parts(letter) == []


def test_two_lines_in_capitals_are_too_few_to_divide_a_text():
    two = PLAN.replace("\nTUYÊN TRUYỀN, VẬN ĐỘNG\n", "\n").replace("\nGIÁM SÁT, XỬ LÝ Ổ DỊCH\n", "\n") \
        .replace("\nMỤC TIÊU\n", "\n")
    assert _parts(two) == []


def test_a_labelled_part_after_them_leaves_them_as_they_are():
    labelled = PLAN.replace("TỔ CHỨC THỰC HIỆN", "III. TỔ CHỨC THỰC HIỆN")
    assert _parts(labelled) == [("III", "TỔ CHỨC THỰC HIỆN")]


def test_each_item_takes_its_time_from_the_line_after_it():
    tasks = {t.text[:30]: t for t in extract_text(PLAN).tasks}
    assert {t.text[:30]: t.deadline for t in tasks.values()} == {
        "Trạm Y tế xã giám sát ca bệnh ": None,  # "Thường xuyên": no date
        "Trạm Y tế xã phối hợp với Công": "2026-06-30",
        "Phòng Văn hóa - Xã hội xây dựn": "2026-03-31",
        "Tổ chức chiến dịch vệ sinh môi": "2026-09-30",
        "Phòng Kinh tế bố trí kinh phí ": None,
    }
    assert tasks["Trạm Y tế xã phối hợp với Công"].lead == ["Trạm Y tế xã"]
    assert tasks["Trạm Y tế xã phối hợp với Công"].coordinators == ["Công an xã"]
    assert tasks["Phòng Văn hóa - Xã hội xây dựn"].lead == ["Phòng Văn hóa - Xã hội"]
    assert all("Thời gian" not in t.text for t in tasks.values())


def test_the_targets_stand_under_their_heading_in_capitals():
    assert sorted(t.min for t in extract_text(PLAN).targets) == [15, 100]


def test_monitoring_the_plan_and_reporting_on_it_in_its_last_part_are_no_tasks():
    # the focal point that monitors the plan, the body that must report an event and the office that drafts the
    # report give reporting duties, not tasks; the funding given to one body is its task
    plan = extract_text(PLAN)
    leads = [t.lead for t in plan.tasks if t.id.startswith("V.")]
    assert leads == [["Phòng Kinh tế"]]
    assert {(r.frequency, r.due) for r in plan.reporting} == {("monthly", "---25"), (None, None), ("once", "2026-12-15")}


def test_a_lead_in_closing_a_part_speaks_for_the_parts_after_it():
    # "Các cơ quan, đơn vị … thực hiện các nội dung sau:" then the topic parts: no task of its own, and the lead of the
    # items that name nobody, up to the part that organises the work
    plan = PLAN.replace("NỘI DUNG THỰC HIỆN\n", "NỘI DUNG THỰC HIỆN\nCác cơ quan, đơn vị trong xã thực hiện các nội dung sau:\n")
    tasks = {t.text[:30]: t for t in extract_text(plan).tasks}
    assert not any(text.startswith("Các cơ quan, đơn vị") for text in tasks)
    campaign = tasks["Tổ chức chiến dịch vệ sinh môi"]
    assert campaign.lead[0].startswith("Các cơ quan, đơn vị")
    assert tasks["Trạm Y tế xã phối hợp với Công"].lead == ["Trạm Y tế xã"]
    assert [t.lead for t in tasks.values() if t.id.startswith("V.")] == [["Phòng Kinh tế"]]


FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def _summary(plan) -> list[tuple[str, list[str], str | None]]:
    return [(t.text[:40], t.lead, t.deadline) for t in plan.tasks]


def test_the_same_plan_as_a_word_document_gives_the_same_tasks(tmp_path):
    document = docx.Document()
    for line in PLAN.split("\n"):
        if line:
            paragraph = document.add_paragraph()
            paragraph.add_run(line).bold = line.isupper()  # a template's headings: bold capitals, no number
    document.save(tmp_path / "plan.docx")
    assert _summary(extract_file(tmp_path / "plan.docx")) == _summary(extract_text(PLAN))


@pytest.mark.skipif(not FONT.exists(), reason="DejaVuSans.ttf is needed to write a Vietnamese PDF")
def test_the_same_plan_as_a_pdf_gives_the_same_tasks(tmp_path):
    pdf = FPDF()
    pdf.add_font("DejaVu", fname=str(FONT))
    pdf.add_page()
    pdf.set_font("DejaVu", size=11)
    for line in PLAN.split("\n"):
        if line:
            pdf.multi_cell(0, 7, line, new_x="LMARGIN", new_y="NEXT")  # long items wrap onto a second line
    pdf.output(str(tmp_path / "plan.pdf"))
    assert _summary(extract_file(tmp_path / "plan.pdf")) == _summary(extract_text(PLAN))


WARD_PLAN_IN_TITLE_CASE = """ỦY BAN NHÂN DÂN
PHƯỜNG ĐÔNG HƯNG
Số: 18/KH-UBND
Đông Hưng, ngày 03 tháng 3 năm 2026
KẾ HOẠCH
Bảo Đảm Vệ Sinh An Toàn Thực Phẩm Trên Địa Bàn Phường Năm 2026
I. Mục Đích, Yêu Cầu
* Nâng cao ý thức của người sản xuất, kinh doanh thực phẩm.
II. Nhiệm Vụ Và Phân Công Thực Hiện
1. Trạm Y Tế Phường Đông Hưng (Cơ Quan Thường Trực)
* Chủ trì kiểm tra các cơ sở kinh doanh dịch vụ ăn uống trên địa bàn.
2. Phòng Kinh Tế, Hạ Tầng Và Đô Thị
* Hướng dẫn các chợ trên địa bàn bố trí khu vực kinh doanh thực phẩm tươi sống riêng biệt.
3. Văn Phòng Hội Đồng Nhân Dân Và Ủy Ban Nhân Dân Phường: Tham mưu bố trí kinh phí kiểm tra từ dự toán năm 2026.
III. Tổ Chức Thực Hiện
* Giao Trạm Y tế phường Đông Hưng theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp, báo cáo Ủy ban nhân dân phường.
* Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị kịp thời phản ánh về Ủy ban nhân dân phường.
Nơi nhận:
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Đỗ Minh Tâm
"""


def test_headings_in_title_case_are_read_as_names_are_written():
    """A web copy that capitalises every word of its headings: the names under them, and the role of the part that
    organises the plan, are read in their usual case; the place keeps its capitals."""
    tasks = extract_text(WARD_PLAN_IN_TITLE_CASE).tasks
    assert [(t.text[:20], t.lead) for t in tasks] == [
        ("Chủ trì kiểm tra các", ["Trạm Y tế phường Đông Hưng"]),
        ("Hướng dẫn các chợ tr", ["Phòng Kinh tế, Hạ tầng và Đô thị"]),
        ("Tham mưu bố trí kinh", ["Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường"])]
