"""A year's work programme (Chương trình công tác): matters to submit listed under the level they go to, each closing on
its body and month in brackets; tables by quarter with a "Cấp trình" column; a matter that is a report goes to that
level, due when the programme says. Each text is our own."""
from vnplan import extract_text

HEAD = ("ỦY BAN NHÂN DÂN TỈNH BẮC LAM\nSố: 12/CTr-UBND\nBắc Lam, ngày 10 tháng 01 năm 2027\nCHƯƠNG TRÌNH\n"
        "Công tác năm 2027 của Ủy ban nhân dân tỉnh\n")

BRACKETS = HEAD + """I. YÊU CẦU
Các nội dung trình bảo đảm chất lượng, đúng thời hạn.
II. CÁC NỘI DUNG TRÌNH
1. Trình Hội đồng nhân dân tỉnh
1) Nghị quyết quy định mức hỗ trợ phát triển nông nghiệp hữu cơ (Sở Nông nghiệp và Môi trường; tháng 6).
2) Nghị quyết về kế hoạch đầu tư công năm 2028 (Sở Tài chính chủ trì, phối hợp các sở, ngành; tháng 11).
2. Trình Ủy ban nhân dân tỉnh
3) Kế hoạch phát triển du lịch nông thôn năm 2027 (Sở Văn hóa, Thể thao và Du lịch; quý II).
4) Báo cáo tình hình thực hiện nhiệm vụ kinh tế - xã hội quý I, 6 tháng, 9 tháng năm 2027 (Sở Tài chính; tháng 3, \
tháng 6, tháng 9).
"""


def test_a_programmes_matters_take_body_and_month_from_their_closing_brackets():
    plan = extract_text(BRACKETS)
    assert [(t.text[:30], t.lead, t.deadline) for t in plan.tasks] == [
        ("Nghị quyết quy định mức hỗ trợ", ["Sở Nông nghiệp và Môi trường"], "2027-06-30"),
        ("Nghị quyết về kế hoạch đầu tư ", ["Sở Tài chính"], "2027-11-30"),
        ("Kế hoạch phát triển du lịch nô", ["Sở Văn hóa, Thể thao và Du lịch"], "2027-06-30"),
        ("Báo cáo tình hình thực hiện nh", ["Sở Tài chính"], "2027-09-30"),
    ]


def test_a_matter_that_is_a_report_goes_to_the_level_its_heading_names_once_each_month_given():
    duties = [(d.frequency, d.due, d.recipient) for d in extract_text(BRACKETS).reporting]
    assert duties == [("once", due, "Ủy ban nhân dân tỉnh") for due in ("2027-03-31", "2027-06-30", "2027-09-30")]


def test_a_programme_table_by_quarter_with_a_column_of_the_level_submitted_to():
    """Tabs between the cells, a row naming the quarter over its rows; the "Cấp trình" cell is whom a report goes to,
    not a partner."""
    table = ("II. DANH MỤC NỘI DUNG TRÌNH\nTT\tNội dung công việc\tPhòng chủ trì\tPhòng phối hợp\tCấp trình\tThời hạn trình\n"
             "Quý I\t\t\t\t\t\n1\tKế hoạch thực hiện dự toán ngân sách năm 2027\tPhòng Quản lý ngân sách\tPhòng Tổng hợp\t"
             "UBND tỉnh\t31/01/2027\n"
             "Quý II\t\t\t\t\t\n2\tBáo cáo tình hình thực hiện dự toán 6 tháng đầu năm 2027\tPhòng Quản lý ngân sách\t"
             "\tUBND tỉnh\t30/6/2027\n")
    plan = extract_text(HEAD + table)
    assert [(t.lead, t.coordinators, t.deadline) for t in plan.tasks] == [
        (["Phòng Quản lý ngân sách"], ["Phòng Tổng hợp"], "2027-01-31"), (["Phòng Quản lý ngân sách"], [], "2027-06-30")]
    assert [(d.frequency, d.due, d.recipient) for d in plan.reporting] == [("once", "2027-06-30", "Ủy ban nhân dân tỉnh")]


def test_a_line_announcing_the_paragraphs_after_it_is_no_task():
    text = HEAD + ("II. NHIỆM VỤ TRỌNG TÂM\nCác phòng, đơn vị thuộc Sở tập trung thực hiện các nhiệm vụ trọng tâm sau:\n\n"
                   "Chỉ đạo sản xuất vụ Xuân bảo đảm khung thời vụ.\n\nĐẩy nhanh cấp giấy chứng nhận quyền sử dụng đất.\n")
    assert [t.text[:20] for t in extract_text(text).tasks] == ["Chỉ đạo sản xuất vụ ", "Đẩy nhanh cấp giấy c"]


PLAN = ("ỦY BAN NHÂN DÂN TỈNH BẮC LAM\nSố: 45/KH-UBND\nBắc Lam, ngày 05 tháng 02 năm 2026\nKẾ HOẠCH\n"
        "Cải cách hành chính năm 2026\n")


def test_work_names_in_its_bracket_what_it_works_on_not_who_leads_it():
    text = PLAN + ("II. NHIỆM VỤ CỤ THỂ\n1. Sở Nội vụ\na) Thanh tra công vụ tại một số cơ quan (Sở Y tế, Sở Xây dựng; "
                   "quý III).\nb) Kiểm tra tuyển dụng viên chức (Trường Cao đẳng Y tế; tháng 10).\n")
    assert [(t.lead, t.deadline) for t in extract_text(text).tasks] == [
        (["Sở Nội vụ"], "2026-09-30"), (["Sở Nội vụ"], "2026-10-31")]


def test_work_announcing_its_contents_stays_a_task_a_line_announcing_tasks_does_not():
    text = PLAN + ("II. NHIỆM VỤ\nSở Y tế tổ chức kiểm tra an toàn thực phẩm trong quý III năm 2026 với các nội dung "
                   "sau:\n\nĐiều kiện vệ sinh cơ sở sản xuất.\n\nNguồn gốc nguyên liệu.\n")
    tasks = extract_text(text).tasks
    assert (tasks[0].text[:22], tasks[0].lead, tasks[0].deadline) == ("Sở Y tế tổ chức kiểm t", ["Sở Y tế"], "2026-09-30")


def test_numbers_written_two_ways_after_a_sentence_are_one_list():
    """"1)" after "2. Sở Tư pháp rà soát …." (a sentence, no heading) opens no list under it: the item stays a task."""
    text = PLAN + ("II. NHIỆM VỤ\n1. Sở Nội vụ tổ chức tuyên truyền về cải cách hành chính trong quý II năm 2026.\n"
                   "2. Sở Tư pháp rà soát văn bản quy phạm pháp luật trước ngày 30/6/2026.\n"
                   "1) Ủy ban nhân dân cấp xã niêm yết công khai thủ tục hành chính.\n")
    assert [t.lead for t in extract_text(text).tasks] == [["Sở Nội vụ"], ["Sở Tư pháp"], ["Ủy ban nhân dân cấp xã"]]


def test_a_project_document_called_a_report_and_the_body_that_submits_are_no_report_duty():
    text = HEAD + ("II. CÁC NỘI DUNG TRÌNH\n1. Trình Hội đồng nhân dân tỉnh\n"
                   "1) Báo cáo nghiên cứu khả thi dự án đường ven biển (Sở Xây dựng; tháng 5).\n"
                   "2) Đề án sắp xếp đơn vị sự nghiệp; báo cáo đánh giá tác động (Sở Nội vụ; tháng 8).\n"
                   "III. DANH MỤC TRÌNH\nTT\tNội dung công việc\tCơ quan chủ trì\tCơ quan phối hợp\tCơ quan trình\t"
                   "Thời hạn trình\n1\tBáo cáo tình hình thực hiện dự toán 6 tháng đầu năm 2027\tSở Tài chính\t\t"
                   "UBND tỉnh\t15/7/2027\n2\tNghị quyết quy định mức thu phí\tSở Tài chính\tSở Tư pháp\tUBND tỉnh\t"
                   "30/6/2027\n")
    assert [(d.frequency, d.due, d.recipient) for d in extract_text(text).reporting] == [("once", "2027-07-15", None)]


def test_a_matter_opening_on_a_verb_takes_its_bracketed_body_and_headings_with_a_colon_head_their_matters():
    text = HEAD + ("II. CÁC NỘI DUNG TRÌNH\n1. Trình Hội đồng nhân dân tỉnh:\n"
                   "1) Xây dựng Nghị quyết về chính sách hỗ trợ học sinh bán trú (Sở Giáo dục và Đào tạo; tháng 7).\n"
                   "2. Trình Ủy ban nhân dân tỉnh:\n3) Ban hành Quy định quản lý cụm công nghiệp (Sở Công Thương; quý III).\n")
    assert [(t.text[:20], t.lead, t.deadline) for t in extract_text(text).tasks] == [
        ("Xây dựng Nghị quyết ", ["Sở Giáo dục và Đào tạo"], "2027-07-31"),
        ("Ban hành Quy định qu", ["Sở Công Thương"], "2027-09-30")]


def test_a_line_handing_out_the_paragraphs_after_it_is_a_lead_in():
    text = PLAN + ("II. NỘI DUNG THỰC HIỆN\nỦy ban nhân dân tỉnh giao các sở, ngành, địa phương triển khai các nội dung "
                   "sau:\n\nTổ chức điều tra, phát hiện sớm sinh vật gây hại.\n\nHướng dẫn nông dân sử dụng thuốc an toàn.\n")
    assert [t.text[:20] for t in extract_text(text).tasks] == ["Tổ chức điều tra, ph", "Hướng dẫn nông dân s"]
