"""A letter's numbered list, handed out by the paragraph before it ("… đề nghị Ủy ban nhân dân các tỉnh … chỉ đạo … thực
hiện một số nội dung sau:"): its items are the work of the body it names, a report among them (a report item is that
body's report too); an item that opens with its own "Giao Y …" or "Đề nghị Z …" is the writer's charge to Y or Z."""
import vnplan

LETTER = """BỘ XÂY DỰNG
Số: 12/BXD-KHTC
V/v rà soát công trình chậm tiến độ
Hà Nội, ngày 05 tháng 01 năm 2027
Kính gửi: Ủy ban nhân dân các tỉnh, thành phố.
Để bảo đảm tiến độ giải ngân năm 2027, Bộ Xây dựng đề nghị Ủy ban nhân dân các tỉnh, thành phố chỉ đạo các cơ quan \
chuyên môn thực hiện một số nội dung sau:
1. Rà soát các công trình chậm tiến độ, hoàn thành trước ngày 15/01/2027.
2. Báo cáo kết quả rà soát về Bộ Xây dựng trước ngày 20/01/2027 để tổng hợp, báo cáo Thủ tướng Chính phủ.
3. Giao Cục Kinh tế xây dựng chủ trì, phối hợp với Vụ Kế hoạch - Tài chính trao đổi với các địa phương về định mức.
4. Đề nghị Hiệp hội Nhà thầu xây dựng Việt Nam phổ biến đến các hội viên.
Nơi nhận:
- Như trên;
- Lưu: VT.
KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Nguyễn Văn An
"""


def test_a_letters_list_is_the_work_of_the_body_its_paragraph_hands_it_to():
    plan = vnplan.extract_text(LETTER)
    leads = [(t.text[:12], t.lead) for t in plan.tasks]
    assert leads == [("Rà soát các ", ["Ủy ban nhân dân các tỉnh, thành phố"]),
                     ("Báo cáo kết ", ["Ủy ban nhân dân các tỉnh, thành phố"]),
                     ("Giao Cục Kin", ["Cục Kinh tế xây dựng"]),
                     ("Đề nghị Hiệp", ["Hiệp hội Nhà thầu xây dựng Việt Nam"])]
    assert plan.tasks[2].coordinators == ["Vụ Kế hoạch - Tài chính"]
    assert [(d.reporter, d.recipient, d.frequency, d.due) for d in plan.reporting] == [
        ("Ủy ban nhân dân các tỉnh, thành phố", "Bộ Xây dựng", "once", "2027-01-20")]
