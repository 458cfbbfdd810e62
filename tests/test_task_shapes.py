"""Each way a plan assigns work, on small plans written in the style of real ones."""
import pytest

from vnplan import extract_text
from vnplan.extract import extract_plan
from vnplan.extract.actors import actors_of
from vnplan.extract.parts import classify_parts, instructs, opens_with_action
from vnplan.lexicon import FIELD_LINE, field_role
from vnplan.normalise import normalise
from vnplan.read import RawText
from vnplan.segment import segment

HEADER = """ỦY BAN NHÂN DÂN
TỈNH BÌNH MINH
Số: 45/KH-UBND
Bình Minh, ngày 10 tháng 3 năm 2026
KẾ HOẠCH
Phát triển hạ tầng số năm 2026
"""
FOOTER = """Nơi nhận:
- Như trên;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lê Văn An
"""


def _tasks(body: str):
    return extract_text(HEADER + body + FOOTER).tasks


def _by_start(tasks):
    return {t.text[:25]: t for t in tasks}


def test_the_lexicon_tells_instructions_from_descriptions():
    assert opens_with_action("Tăng cường kiểm tra an toàn thông tin.")
    assert opens_with_action("Tiếp tục rà soát, sửa đổi quy chế.")
    assert not opens_with_action("Dữ liệu là tài nguyên quan trọng của tỉnh.")
    assert instructs("Sở Y tế chủ trì tập huấn cho cán bộ y tế xã.")
    assert not instructs("Hộ nghèo có nhà ở dột nát.")
    match = FIELD_LINE.match("Đơn vị chủ trì (tham mưu) thực hiện: Sở Tư pháp.")
    assert match and field_role(match.group("name")) == "lead"
    assert field_role(FIELD_LINE.match("Thời hạn ban hành: Quý II/2026").group("name")) == "time"
    assert field_role("Đơn vị phối hợp") == "coordinators" and field_role("Nhiệm vụ, giải pháp") == "content"
    # the unit or person doing the work, named so; not a count of what was done
    assert [field_role(name) for name in ("Bộ phận thực hiện", "Người phụ trách", "Phòng chủ trì", "Tổng số thực hiện",
                                          "Kết quả thực hiện")] == ["lead", "lead", "lead", "other", "other"]


def test_a_part_named_by_its_topic_is_read_by_its_content():
    body = """I. MỤC ĐÍCH, YÊU CẦU
1. Bảo đảm sự thống nhất trong chỉ đạo.
II. PHÁT TRIỂN HẠ TẦNG SỐ
1. Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Tài chính:
- Phủ sóng di động băng rộng đến 100% thôn, bản.
- Xây dựng trung tâm dữ liệu của tỉnh, hoàn thành trước ngày 30/11/2026.
III. BỐI CẢNH CHUNG
Dữ liệu là tài nguyên mới của nền kinh tế.
Hạ tầng số là nền móng của chuyển đổi số.
"""
    tasks = _tasks(body)
    assert [t.text[:20] for t in tasks] == ["Phủ sóng di động băn", "Xây dựng trung tâm d"]
    assert tasks[1].lead == ["Sở Khoa học và Công nghệ"] and tasks[1].coordinators == ["Sở Tài chính"]
    assert tasks[1].deadline == "2026-11-30"
    blocks = segment(HEADER + body)
    kinds = {part.label: part.kind for part in classify_parts(blocks) if part}
    assert kinds == {"I": "other", "II": "tasks", "III": "other"}


def test_duties_given_body_by_body_without_colons():
    body = """II. NHIỆM VỤ
1. Nâng cấp mạng truyền số liệu chuyên dùng.
III. TỔ CHỨC THỰC HIỆN
1. Các sở, ban, ngành, địa phương căn cứ Kế hoạch này xây dựng kế hoạch triển khai thực hiện.
2. Sở Y tế
a) Chủ trì triển khai hồ sơ sức khỏe điện tử.
b) Phối hợp với Sở Tài chính bố trí kinh phí mua sắm thiết bị.
3. Ủy ban nhân dân các xã, phường
- Tuyên truyền, vận động người dân cài đặt ứng dụng.
4. Sở Nội vụ chủ trì, phối hợp với các cơ quan liên quan tập huấn kỹ năng số cho công chức.
5. Giao Sở Khoa học và Công nghệ theo dõi, đôn đốc việc thực hiện Kế hoạch này.
6. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan kịp thời báo cáo Ủy ban nhân dân tỉnh.
"""
    tasks = _by_start(_tasks(body))
    assert set(tasks) == {"Nâng cấp mạng truyền số l", "Chủ trì triển khai hồ sơ ", "Phối hợp với Sở Tài chính",
                          "Tuyên truyền, vận động ng", "Sở Nội vụ chủ trì, phối h"}
    assert tasks["Phối hợp với Sở Tài chính"].lead == ["Sở Y tế"]
    assert tasks["Phối hợp với Sở Tài chính"].coordinators == ["Sở Tài chính"]
    assert tasks["Tuyên truyền, vận động ng"].lead == ["Ủy ban nhân dân các xã, phường"]


def test_field_blocks_after_the_bullets_they_assign():
    body = """II. NHIỆM VỤ, GIẢI PHÁP
1. Nâng cao năng lực đội ngũ làm công tác pháp chế
- Rà soát, kiện toàn đội ngũ cán bộ pháp chế.
- Tổ chức tập huấn kỹ năng soạn thảo văn bản.
Đơn vị chủ trì thực hiện: Sở Tư pháp.
Đơn vị phối hợp: Sở Nội vụ, các cơ quan liên quan.
Thời gian thực hiện: Quý III/2026.
- Số hóa hồ sơ pháp chế của các sở.
Đơn vị chủ trì: Sở Khoa học và Công nghệ.
Thời gian thực hiện: Năm 2026 - 2027.
"""
    tasks = _tasks(body)
    assert len(tasks) == 3
    assert [t.lead for t in tasks] == [["Sở Tư pháp"], ["Sở Tư pháp"], ["Sở Khoa học và Công nghệ"]]
    assert tasks[0].coordinators == ["Sở Nội vụ"] and tasks[0].coordinators_collective
    assert [t.deadline for t in tasks] == ["2026-09-30", "2026-09-30", "2027-12-31"]
    assert all(not t.text.startswith(("Đơn vị", "Thời gian")) for t in tasks)


def test_field_blocks_under_headings_with_lines_of_their_own():
    body = """II. NỘI DUNG
1. Tổ chức tuyên truyền Luật Dữ liệu
- Cơ quan thực hiện: Sở Khoa học và Công nghệ, Sở Tư pháp.
- Thời gian thực hiện: năm 2026 và các năm tiếp theo.
2. Xây dựng văn bản hướng dẫn
- Quy chế khai thác dữ liệu dùng chung
+ Nội dung: quy định việc kết nối, chia sẻ dữ liệu giữa các cơ quan.
+ Cơ quan chủ trì: Sở Khoa học và Công nghệ.
+ Cơ quan phối hợp: Văn phòng Ủy ban nhân dân tỉnh.
+ Thời hạn ban hành: trước ngày 30 tháng 6 năm 2026.
3. Hoạt động truyền thông
- Nội dung:
+ Phát hành tờ rơi về kỹ năng số.
+ Sản xuất phóng sự về chính quyền số.
- Cơ quan thực hiện:
+ Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với các sở, ngành.
+ Báo tỉnh đăng tải thông điệp.
"""
    tasks = _by_start(_tasks(body))
    first = tasks["Tổ chức tuyên truyền Luật"]
    assert first.lead == ["Sở Khoa học và Công nghệ", "Sở Tư pháp"] and first.deadline == "2026-12-31"
    rule = tasks["quy định việc kết nối, ch"]
    assert rule.lead == ["Sở Khoa học và Công nghệ"] and rule.deadline == "2026-06-30"
    assert rule.coordinators == ["Văn phòng Ủy ban nhân dân tỉnh"]
    assert {"Phát hành tờ rơi về kỹ nă", "Sản xuất phóng sự về chín"} <= set(tasks)
    assert "Sở Văn hóa, Thể thao và Du lịch" in tasks["Phát hành tờ rơi về kỹ nă"].lead


def test_a_task_table_without_outer_bars_and_with_merged_cells():
    body = """II. NHIỆM VỤ CỤ THỂ
STT | Nhiệm vụ, giải pháp | Đơn vị thực hiện | Đơn vị phối hợp | Thời gian thực hiện | Sản phẩm
A | PHÁT TRIỂN HẠ TẦNG
1 | Triển khai mạng 5G tại các khu công nghiệp | Sở Khoa học và Công nghệ | Sở Công Thương | 2026 - 2027 | Báo cáo
Xây dựng bản đồ số hạ tầng viễn thông | Sở Xây dựng | Sở Tài chính
Nội dung | Đơn vị thực hiện | Đơn vị phối hợp | Thời gian thực hiện | Sản phẩm
2 | Số hóa hồ sơ đất đai | Sở Nông nghiệp và Môi trường | Các sở, ngành | Quý IV/2026 | Cơ sở dữ liệu
"""
    tasks = _by_start(_tasks(body))
    assert tasks["Triển khai mạng 5G tại cá"].lead == ["Sở Khoa học và Công nghệ"]
    merged = tasks["Xây dựng bản đồ số hạ tần"]
    assert merged.lead == ["Sở Xây dựng"] and merged.deadline == "2027-12-31"  # the time cell merged from above
    repeated = tasks["Số hóa hồ sơ đất đai"]
    assert repeated.lead == ["Sở Nông nghiệp và Môi trường"] and repeated.deadline == "2026-12-31"
    assert "PHÁT TRIỂN HẠ TẦNG" not in tasks


def test_a_decision_issuing_a_plan_takes_its_tasks_from_the_plan_not_its_articles():
    text = """ỦY BAN NHÂN DÂN
TỈNH BÌNH MINH
Số: 812/QĐ-UBND
Bình Minh, ngày 2 tháng 4 năm 2026
QUYẾT ĐỊNH
Ban hành Kế hoạch phòng, chống thiên tai năm 2026
Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phòng, chống thiên tai năm 2026.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các sở chịu trách nhiệm thi hành Quyết định này.
KẾ HOẠCH
I. NHIỆM VỤ
1. Sở Nông nghiệp và Môi trường rà soát phương án ứng phó bão mạnh trước ngày 31/5/2026.
2. Sở Xây dựng kiểm tra an toàn các công trình đang thi công.
"""
    tasks = extract_text(text).tasks
    assert [t.lead for t in tasks] == [["Sở Nông nghiệp và Môi trường"], ["Sở Xây dựng"]]


def test_articles_that_assign_work_give_tasks():
    text = """ỦY BAN NHÂN DÂN
TỈNH BÌNH MINH
Số: 90/QĐ-UBND
Bình Minh, ngày 2 tháng 4 năm 2026
QUYẾT ĐỊNH
Về việc giao nhiệm vụ chuẩn bị mùa khô năm 2026
Điều 1. Giao Sở Nông nghiệp và Môi trường:
1. Rà soát các hồ chứa nước trên địa bàn.
2. Hướng dẫn các xã lập phương án tưới tiết kiệm.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
"""
    tasks = extract_text(text).tasks
    assert [t.text for t in tasks] == ["Rà soát các hồ chứa nước trên địa bàn.", "Hướng dẫn các xã lập phương án tưới tiết kiệm."]
    assert all(t.lead == ["Sở Nông nghiệp và Môi trường"] for t in tasks)


def test_a_notice_numbered_only_one_two_three():
    text = """VĂN PHÒNG CHÍNH PHỦ
Số: 77/TB-VPCP
Hà Nội, ngày 5 tháng 5 năm 2026
THÔNG BÁO
Kết luận của Phó Thủ tướng tại cuộc họp về nước sạch nông thôn
1. Công tác cấp nước sạch nông thôn thời gian qua đã đạt nhiều kết quả quan trọng.
2. Trong thời gian tới, yêu cầu các bộ, ngành thực hiện các nhiệm vụ sau:
(1) Giao Bộ Nông nghiệp và Môi trường chủ trì rà soát quy hoạch cấp nước.
(2) Giao Bộ Tài chính cân đối nguồn vốn cho các công trình cấp nước.
"""
    tasks = extract_text(text).tasks
    assert [t.lead for t in tasks] == [["Bộ Nông nghiệp và Môi trường"], ["Bộ Tài chính"]]


def test_other_label_styles_give_the_same_tasks():
    plain = """II. NHIỆM VỤ
1. Sở Y tế chủ trì:
a) Triển khai bệnh án điện tử.
b) Kết nối dữ liệu tiêm chủng.
"""
    relabelled = plain.replace("1. ", "1) ").replace("a) ", "a. ").replace("b) ", "b. ")
    assert [(t.text, t.lead) for t in _tasks(relabelled)] == [(t.text, t.lead) for t in _tasks(plain)]


TWO_TOPICS = """II. NHIỆM VỤ, GIẢI PHÁP
1. Phát triển hạ tầng
a) Nâng cấp đường giao thông nông thôn.
b) Cải tạo hệ thống thủy lợi nội đồng.
2. Phát triển nguồn nhân lực
a) Đào tạo nghề cho lao động nông thôn.
"""


def test_assignment_by_cross_reference_overrides_the_collective_lead():
    body = TWO_TOPICS + """III. TỔ CHỨC THỰC HIỆN
1. Sở Xây dựng chủ trì thực hiện các nhiệm vụ tại điểm a mục 1 phần II.
2. Sở Nội vụ chủ trì thực hiện các nhiệm vụ tại mục 2 phần II.
3. Sở Y tế chủ trì các nhiệm vụ trong lĩnh vực y tế của Kế hoạch.
"""
    tasks = _by_start(_tasks(body))
    assert set(tasks) == {"Nâng cấp đường giao thông", "Cải tạo hệ thống thủy lợi", "Đào tạo nghề cho lao động"}
    assert tasks["Nâng cấp đường giao thông"].lead == ["Sở Xây dựng"]
    assert tasks["Đào tạo nghề cho lao động"].lead == ["Sở Nội vụ"]
    assert tasks["Cải tạo hệ thống thủy lợi"].lead == ["Các sở, ban, ngành, địa phương"]  # a topic is no reference


def test_each_cross_reference_takes_the_body_of_its_own_clause():
    body = TWO_TOPICS + """III. TỔ CHỨC THỰC HIỆN
1. Sở Nội vụ là cơ quan thường trực, chủ trì các nhiệm vụ tại mục 2 phần II; Sở Xây dựng chủ trì nhiệm vụ tại điểm a mục 1 phần II. Sở Nội vụ tổng hợp, báo cáo Ủy ban nhân dân tỉnh.
"""
    tasks = _by_start(_tasks(body))
    assert tasks["Nâng cấp đường giao thông"].lead == ["Sở Xây dựng"]
    assert tasks["Đào tạo nghề cho lao động"].lead == ["Sở Nội vụ"]
    assert tasks["Cải tạo hệ thống thủy lợi"].lead == ["Các sở, ban, ngành, địa phương"]


def test_a_division_by_its_ordinal_and_references_listed_in_one_clause_each_take_their_own_body():
    """ "Sở X chủ trì các nhiệm vụ tại Phần thứ hai; trong đó Sở Y chủ trì nhiệm vụ tại điểm 1 mục I, Sở Z chủ trì nhiệm
    vụ tại điểm 2 mục II": the division's tasks are the first body's, but for the places handed on after "trong đó", each
    to the body named just before it."""
    body = ("ỦY BAN NHÂN DÂN TỈNH BẮC LAM\nSố: 15/KH-UBND\nBắc Lam, ngày 02 tháng 3 năm 2027\nKẾ HOẠCH\n"
            "Phòng, chống dịch bệnh trên đàn gia súc năm 2027\n"
            "Phần thứ nhất\nMỤC ĐÍCH, YÊU CẦU\nChủ động phòng, chống dịch bệnh, không để dịch lây lan diện rộng.\n"
            "Phần thứ hai\nNHIỆM VỤ, GIẢI PHÁP\nI. TIÊM PHÒNG\n"
            "1. Tổ chức tiêm phòng vắc xin lở mồm long móng đợt 1 (tháng 4/2027).\n"
            "2. Kiểm tra, giám sát sau tiêm phòng tại các trang trại.\nII. TUYÊN TRUYỀN\n"
            "1. Biên soạn tài liệu hướng dẫn chăn nuôi an toàn sinh học.\n"
            "2. Đưa tin về tình hình dịch bệnh trên Đài Phát thanh tỉnh.\n"
            "Phần thứ ba\nTỔ CHỨC THỰC HIỆN\n1. Phân công chủ trì\n"
            "Sở Nông nghiệp và Môi trường chủ trì các nhiệm vụ tại Phần thứ hai; trong đó Sở Tài chính chủ trì nhiệm vụ "
            "tại điểm 2 mục I, Sở Văn hóa, Thể thao và Du lịch chủ trì nhiệm vụ tại điểm 2 mục II Phần thứ hai.\n"
            "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn Hùng\n")
    leads = {t.text.split()[0]: t.lead for t in extract_text(body).tasks}
    assert leads == {"Tổ": ["Sở Nông nghiệp và Môi trường"], "Kiểm": ["Sở Tài chính"],
                     "Biên": ["Sở Nông nghiệp và Môi trường"], "Đưa": ["Sở Văn hóa, Thể thao và Du lịch"]}


def test_a_heading_that_is_a_defined_short_name_or_a_group_of_each_village_leads_the_points_under_it():
    """ "1. Ban Chỉ huy" after "(sau đây gọi tắt là Ban Chỉ huy)" is that committee, not a group named by what it does;
    "2. Tổ tự quản phòng, chống cháy nổ các thôn" is the villages' teams, its comma and its villages its own words."""
    body = ("ỦY BAN NHÂN DÂN XÃ TÂN HÒA\nSố: 41/KH-UBND\nTân Hòa, ngày 10 tháng 4 năm 2027\nKẾ HOẠCH\n"
            "Phòng cháy, chữa cháy mùa khô năm 2027\nI. MỤC ĐÍCH\n"
            "Phát huy vai trò của Ban Chỉ huy Phòng thủ dân sự xã Tân Hòa (sau đây gọi tắt là Ban Chỉ huy) trong phòng "
            "cháy, chữa cháy.\nII. NHIỆM VỤ\n1. Ban Chỉ huy\n"
            "a) Phân công thành viên phụ trách từng thôn (tháng 5/2027).\n"
            "b) Tổ chức diễn tập chữa cháy tại chợ xã.\n"
            "2. Tổ tự quản phòng, chống cháy nổ các thôn\n"
            "- Kiểm tra bình chữa cháy của các hộ kinh doanh.\n- Tuyên truyền người dân không đốt rác gần nhà ở.\n"
            "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLê Văn Bình\n")
    leads = {t.text.split()[0]: t.lead for t in extract_text(body).tasks}
    committee, teams = ["Ban Chỉ huy Phòng thủ dân sự xã Tân Hòa"], ["Tổ tự quản phòng, chống cháy nổ các thôn"]
    assert leads == {"Phân": committee, "Tổ": committee, "Kiểm": teams, "Tuyên": teams}


def test_bodies_qualified_by_the_work_given_them_who_only_report_give_a_report_not_a_task():
    """ "Các đơn vị được phân công chủ trì tại Mục II báo cáo kết quả …": the bodies are qualified by what they were
    given; their entry is a report."""
    body = """II. NHIỆM VỤ
1. Sở Nội vụ tổ chức tập huấn kỹ năng số cho công chức cấp xã.
III. TỔ CHỨC THỰC HIỆN
1. Các đơn vị được phân công chủ trì tại Mục II báo cáo kết quả thực hiện về Sở Tài chính trước ngày 10/12/2027.
2. Các phòng, đơn vị thuộc Sở, các chủ rừng là tổ chức báo cáo kết quả về Sở Nông nghiệp và Môi trường hằng quý.
"""
    plan = extract_text(HEADER + body + FOOTER)
    assert [t.text[:20] for t in plan.tasks] == ["Sở Nội vụ tổ chức tậ"]
    assert len(plan.reporting) == 2


@pytest.mark.parametrize("body, expected", [
    # a web table copied with tabs
    ("II. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN\n"
     "STT\tNội dung\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian thực hiện\n"
     "1\tKiểm tra phòng cháy tại các cơ sở karaoke\tCông an xã\tPhòng Văn hóa - Xã hội\tQuý I/2027\n"
     "2\tTuần tra bảo đảm trật tự tại chợ đêm\tBan Chỉ huy Quân sự xã\tQuý II/2027\n"
     "3\tSửa chữa đèn chiếu sáng công cộng\tPhòng Kinh tế\t\tQuý III/2027\n",
     {"Tuần tra bảo đảm trậ": (["Công an xã"], ["Ban Chỉ huy Quân sự xã"], "2027-06-30"),
      "Sửa chữa đèn chiếu s": (["Phòng Kinh tế"], [], "2027-09-30")}),  # (an empty cell stays: no cell merged)
    # a markdown copy whose table has its results' column after the time's
    ("II. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN\n"
     "| TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành | Sản phẩm |\n"
     "| --- | --- | --- | --- | --- | --- |\n"
     "| 1 | Rà soát quỹ đất các cụm công nghiệp | Sở Công Thương | Sở Xây dựng | Quý II/2027 | Báo cáo |\n"
     "| 2 | Lựa chọn chủ đầu tư hạ tầng cụm công nghiệp | Sở Tài chính | 2027 - 2028 | Quyết định |\n",
     {"Lựa chọn chủ đầu tư ": (["Sở Công Thương"], ["Sở Tài chính"], "2028-12-31")}),
])
def test_a_row_one_cell_short_under_a_merged_lead_keeps_the_lead_above_and_its_cells_are_the_partners_and_time(
        body, expected):
    """A copy drops the cell a lead merges over rows (an empty cell would have stayed): the short row's bodies are its
    partners."""
    tasks = {t.text[:20]: t for t in _tasks(body)}
    assert {key: (tasks[key].lead, tasks[key].coordinators, tasks[key].deadline) for key in expected} == expected


def test_members_of_a_committee_named_by_the_body_they_lead_and_points_numbered_again_under_their_heading():
    """A national committee's plan gives work to its members: "Thành viên Ban Chỉ đạo là lãnh đạo Bộ X" and "Phó
    Trưởng Ban thường trực (Bộ trưởng Bộ Y)" are those ministries; the points under a heading that ends on no stop,
    numbered from 1 again ("2. …" / "1. …" / "2. …" / "3. …"), are the heading's, not items of the list."""
    body = ("BAN CHỈ ĐẠO QUỐC GIA VỀ PHÒNG CHỐNG THIÊN TAI\nSố: 03/KH-BCĐ\nHà Nội, ngày 12 tháng 3 năm 2027\nKẾ HOẠCH\n"
            "Công tác năm 2027 của Ban Chỉ đạo\nI. NHIỆM VỤ CỦA CÁC THÀNH VIÊN\n"
            "**1\\. Phó Trưởng Ban thường trực (Bộ trưởng Bộ Nông nghiệp và Môi trường)**\n\n"
            "1. Tổ chức tổng kết công tác phòng chống thiên tai năm 2026.\n"
            "2. Rà soát phương án ứng phó bão mạnh, siêu bão trước mùa mưa bão.\n\n"
            "**2\\. Thành viên Ban Chỉ đạo là lãnh đạo Bộ Quốc phòng**\n\n"
            "Chỉ đạo các quân khu sẵn sàng lực lượng, phương tiện cứu hộ, cứu nạn.\n\n"
            "**3\\. Đề nghị Chủ tịch Ủy ban nhân dân 28 tỉnh, thành phố ven biển**\n\n"
            "1. Kiện toàn Ban Chỉ huy phòng thủ dân sự các cấp.\n"
            "2. Tổ chức diễn tập sơ tán dân tại các xã ven biển.\n\n"
            "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nTRƯỞNG BAN\nNguyễn Văn Sơn\n")
    leads = [(t.text.split()[0], t.lead) for t in extract_text(body).tasks]
    ministry = ["Bộ Nông nghiệp và Môi trường"]
    provinces = ["Ủy ban nhân dân 28 tỉnh, thành phố ven biển"]
    assert leads == [("Tổ", ministry), ("Rà", ministry), ("Chỉ", ["Bộ Quốc phòng"]), ("Kiện", provinces),
                     ("Tổ", provinces)]


def test_a_time_field_named_by_the_step_it_times_dates_its_task():
    """ "- Thời gian trình Chính phủ: trước ngày 15 tháng 5 năm 2027." is the item's time field, as "Thời gian hoàn
    thành:" is: no task of its own."""
    assert field_role(FIELD_LINE.match("Thời gian trình Chính phủ: tháng 6 năm 2027.")["name"]) == "time"
    body = """II. NHIỆM VỤ
1. Xây dựng văn bản quy định chi tiết
a) Nghị định quy định chi tiết thi hành Luật:
- Cơ quan chủ trì: Bộ Tư pháp.
- Thời gian trình Chính phủ: trước ngày 15 tháng 5 năm 2027.
b) Thông tư hướng dẫn biểu mẫu:
- Cơ quan chủ trì: Bộ Nội vụ.
- Thời hạn ban hành: tháng 8 năm 2027.
"""
    tasks = _tasks(body)
    assert [(t.lead, t.deadline) for t in tasks] == [(["Bộ Tư pháp"], "2027-05-15"), (["Bộ Nội vụ"], "2027-08-31")]


def test_a_supervision_plan_by_a_committee_named_short_its_schedule_is_its_work_and_its_delegation_list_none():
    """A committee of the National Assembly plans a supervision: the part named by its method and schedule gives the
    work (the committee by its short name "Ủy ban", which does not open "Ủy ban nhân dân …"); the delegation is named
    whole by its role; who sits on it ("Thành phần …: Trưởng đoàn: đồng chí …") is no work; the header's rule under the
    issuer's name is no word of it."""
    body = ("QUỐC HỘI KHÓA XVI\nỦY BAN PHÁP LUẬT VÀ TƯ PHÁP\n———\nSố: 45/KH-UBPLTP\n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHà Nội, ngày 05 tháng 3 năm 2027\n"
            "KẾ HOẠCH\nGiám sát việc thi hành pháp luật về hòa giải ở cơ sở\n"
            "Ủy ban Pháp luật và Tư pháp của Quốc hội (sau đây gọi là Ủy ban) ban hành Kế hoạch giám sát như sau:\n"
            "I. PHƯƠNG THỨC VÀ TIẾN ĐỘ THỰC HIỆN\n"
            "1. Ủy ban gửi đề cương báo cáo đến các cơ quan chịu sự giám sát trước ngày 20 tháng 3 năm 2027.\n"
            "2. Đề nghị Ủy ban nhân dân các tỉnh, thành phố gửi báo cáo về Ủy ban trước ngày 30 tháng 4 năm 2027.\n"
            "3. Đoàn giám sát làm việc trực tiếp tại 05 tỉnh trong tháng 6 năm 2027.\n"
            "II. THÀNH PHẦN ĐOÀN GIÁM SÁT\n1. Trưởng đoàn: đồng chí Nguyễn Văn Bình, Chủ nhiệm Ủy ban.\n"
            "2. Phó Trưởng đoàn: đồng chí Trần Thị Hoa, Phó Chủ nhiệm Ủy ban.\n"
            "Nơi nhận:\n- Như trên;\n- Lưu: HC.\nTM. ỦY BAN\nCHỦ NHIỆM\nNguyễn Văn Bình\n")
    plan = extract_text(body)
    assert plan.document.issuer == "Ủy ban Pháp luật và Tư pháp của Quốc hội"
    assert [(t.text.split()[0], t.lead) for t in plan.tasks] == [
        ("Ủy", ["Ủy ban Pháp luật và Tư pháp của Quốc hội"]), ("Đề", ["Ủy ban nhân dân các tỉnh, thành phố"]),
        ("Đoàn", ["Đoàn giám sát"])]


def test_the_last_item_monitoring_the_tasks_above_by_its_remit_gives_no_task():
    """ "Văn phòng … theo dõi, đôn đốc việc thực hiện các nhiệm vụ nêu trên theo chức năng, nhiệm vụ được giao.": after
    the work, the monitoring of it, said with the body's remit, is nothing new."""
    body = """II. NHIỆM VỤ
1. Sở Xây dựng hoàn thành quy hoạch chung đô thị trong quý III/2027.
2. Sở Tài chính bố trí vốn cho dự án nhà ở xã hội.
3. Văn phòng Ủy ban nhân dân tỉnh theo dõi, đôn đốc việc thực hiện các nhiệm vụ nêu trên theo chức năng, nhiệm vụ được giao.
"""
    assert [t.text[:12] for t in _tasks(body)] == ["Sở Xây dựng ", "Sở Tài chính"]


def test_every_body_charged_with_carrying_out_the_resolution_named_by_its_kind_and_reporting_gets_no_task():
    """ "Điều 3. … 1. Bộ trưởng, …, Chủ tịch Ủy ban nhân dân các tỉnh … chịu trách nhiệm tổ chức thực hiện Nghị quyết; gửi
    báo cáo …": the resolution at hand named by its kind, without "này"; the duty is the generic one and a report."""
    body = ("CHÍNH PHỦ\nSố: 88/NQ-CP\nHà Nội, ngày 10 tháng 3 năm 2027\nNGHỊ QUYẾT\nVề phát triển kinh tế tập thể\n"
            "Điều 1. Nhiệm vụ, giải pháp\n1. Bộ Tài chính trình Chính phủ nghị định về hợp tác xã trong quý III năm 2027.\n"
            "Điều 2. Tổ chức thực hiện\n1. Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân các tỉnh, "
            "thành phố trực thuộc trung ương chịu trách nhiệm tổ chức thực hiện Nghị quyết; gửi báo cáo kết quả về Bộ Tài "
            "chính trước ngày 10 tháng 12 năm 2027.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nTM. CHÍNH PHỦ\nTHỦ TƯỚNG\n"
            "Lê Văn Sơn\n")
    plan = extract_text(body)
    assert [t.text[:12] for t in plan.tasks] == ["Bộ Tài chính"]
    assert plan.reporting


def test_work_stated_as_a_matter_done_by_a_body_mid_sentence_is_that_bodys_task():
    """ "Việc sơn kẻ vạch … tại các tuyến phố được sử dụng tạm thời vỉa hè do Phòng X chủ trì thực hiện, hoàn thành …":
    the agent after "do", however the clause before it runs (no comma), makes it an instruction, not a rule."""
    body = """II. NHIỆM VỤ
1. Về chỉnh trang hạ tầng
Việc sơn kẻ vạch phân định phần vỉa hè dành cho người đi bộ tại các tuyến phố được sử dụng tạm thời vỉa hè do Phòng Kinh tế chủ trì thực hiện, hoàn thành trong quý II/2027.
"""
    tasks = _tasks(body)
    assert [(t.text[:18], t.lead, t.deadline) for t in tasks] == [("Việc sơn kẻ vạch p", ["Phòng Kinh tế"], "2027-06-30")]
    # (elsewhere "do …" mid-sentence says which thing is meant, not who does the work)
    assert actors_of("Cử công chức tham gia đầy đủ các lớp tập huấn do Sở Nội vụ tổ chức.").leads == []


def test_a_letters_own_share_on_its_side_is_its_work_and_its_contact_and_courtesy_lines_are_none():
    """ "3. Về phía Công ty:" names the sender as the party, no topic; under it, whom to call ("… liên hệ đồng chí X,
    điện thoại …") and the closing courtesy ("… trân trọng đề nghị các cơ quan quan tâm phối hợp./.") give no work."""
    body = ("CÔNG TY ĐIỆN LỰC BÌNH MINH\nSố: 12/PCBM-KD\nBình Minh, ngày 05 tháng 3 năm 2027\n"
            "V/v phối hợp thay công tơ điện tử\nKính gửi: Ủy ban nhân dân các xã.\n"
            "1. Đề nghị Ủy ban nhân dân các xã:\na) Thông báo lịch thay công tơ đến các thôn;\n"
            "b) Bố trí địa điểm tập kết vật tư trong tháng 4 - tháng 5/2027.\n"
            "2. Về phía Công ty Điện lực Bình Minh:\n- Thay miễn phí công tơ cho các hộ dân;\n"
            "- Tổng hợp kết quả, gửi Sở Công Thương trước ngày 05 hằng tháng.\n"
            "Mọi vướng mắc, đề nghị liên hệ đồng chí Lê Văn Minh, Phòng Kinh doanh, điện thoại 0912 345 678.\n"
            "Công ty Điện lực Bình Minh trân trọng đề nghị các cơ quan, địa phương quan tâm phối hợp./.\n"
            "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nGIÁM ĐỐC\nTrần Văn An\n")
    tasks = extract_text(body).tasks
    company = ["Công ty Điện lực Bình Minh"]
    assert [(t.lead, t.text[:20]) for t in tasks][2:] == [(company, "Thay miễn phí công t"),
                                                           (company, "Tổng hợp kết quả, gử")]
    assert tasks[1].deadline == "2027-05-31"


def test_the_means_or_the_monitoring_of_the_places_tasks_hand_none_over():
    """ "bố trí nguồn lực thực hiện các nhiệm vụ tại mục 2 phần II", "theo dõi, đôn đốc việc thực hiện các nhiệm vụ tại
    …": work about those tasks, a task of its own; their leads stay. A body whose name holds such a word ("Ban Tổ chức -
    Kiểm tra") still takes the places it leads."""
    body = TWO_TOPICS + """III. TỔ CHỨC THỰC HIỆN
1. Đề nghị Ban Giám đốc Đại học Bình Minh bố trí nguồn lực thực hiện các nhiệm vụ tại mục 2 phần II.
2. Văn phòng theo dõi, đôn đốc việc thực hiện các nhiệm vụ tại điểm a mục 1 phần II.
3. Ban Tổ chức - Kiểm tra chủ trì thực hiện nhiệm vụ tại điểm b mục 1 phần II.
"""
    tasks = _by_start(_tasks(body))
    assert tasks["Đào tạo nghề cho lao động"].lead == tasks["Nâng cấp đường giao thông"].lead == [
        "Các sở, ban, ngành, địa phương"]
    assert tasks["Cải tạo hệ thống thủy lợi"].lead == ["Ban Tổ chức - Kiểm tra"]
    assert any(start.startswith("Đề nghị Ban Giám đốc") for start in tasks)  # (a task of its own)


def test_a_part_of_targets_lists_no_tasks_though_its_lines_open_with_a_verb():
    """ "II. CHỈ TIÊU NĂM 2026" → "- Thành lập mới ít nhất 40 tổ …": what is to be reached, not work given to anyone."""
    tasks = _tasks("II. CHỈ TIÊU NĂM 2026\n- Thành lập mới ít nhất 40 tổ công nghệ số cộng đồng;\n"
                   "- Phấn đấu 100% hộ gia đình có đường truyền cáp quang.\n"
                   "III. NHIỆM VỤ VÀ GIẢI PHÁP\n1. Sở Khoa học và Công nghệ hướng dẫn thành lập tổ công nghệ số.\n")
    assert [t.text[:20] for t in tasks] == ["Sở Khoa học và Công "]


def test_a_paragraph_handing_out_the_list_above_gives_it_its_lead_and_is_no_task():
    """ "- Rà soát …" / "- Công khai …" / "Giao Sở X chủ trì, phối hợp với Y thực hiện các nội dung trên; thời gian: …":
    the bullets take the paragraph's lead, partners and time; a bullet with its own lead keeps it."""
    tasks = _tasks("II. NHIỆM VỤ, GIẢI PHÁP\n1. Nâng cao chất lượng dịch vụ công\n"
                   "- Rà soát quy trình nội bộ giải quyết thủ tục hành chính.\n"
                   "- Công khai kết quả đánh giá của từng cơ quan trên Cổng thông tin điện tử tỉnh.\n"
                   "- Sở Nội vụ kiểm tra đột xuất việc tiếp nhận hồ sơ.\n"
                   "Giao Trung tâm Phục vụ hành chính công tỉnh chủ trì, phối hợp với Sở Khoa học và Công nghệ thực hiện"
                   " các nội dung trên; thời gian: trước ngày 30/9/2026.\n"
                   "2. Cải cách chế độ công vụ\n- Sở Nội vụ chủ trì tổ chức thi tuyển công chức.\n")
    assert [(t.text[:12], t.lead, t.coordinators, t.deadline) for t in tasks] == [
        ("Rà soát quy ", ["Trung tâm Phục vụ hành chính công tỉnh"], ["Sở Khoa học và Công nghệ"], "2026-09-30"),
        ("Công khai kế", ["Trung tâm Phục vụ hành chính công tỉnh"], ["Sở Khoa học và Công nghệ"], "2026-09-30"),
        ("Sở Nội vụ ki", ["Sở Nội vụ"], [], None), ("Sở Nội vụ ch", ["Sở Nội vụ"], [], None)]


def test_a_cross_reference_may_list_its_places_unit_by_unit():
    """ "khoản 1 và khoản 2 Mục III", "điểm a khoản 3 Mục III": each unit written with its word, from the smallest up;
    the part closes the reference. A separate "Chế độ thông tin, báo cáo" part holds reports, not tasks."""
    from vnplan.extract.crossrefs import _CROSS_REFERENCE, _referenced_prefixes
    def places(text):
        return _referenced_prefixes(_CROSS_REFERENCE.search(text).group(1))
    assert places("các nhiệm vụ tại khoản 1 và khoản 2 Mục III Kế hoạch này") == ["III.1", "III.2"]
    assert places("nhiệm vụ tại điểm a khoản 4 Mục III; đồng thời") == ["III.4.a"]
    assert places("các nhiệm vụ tại điểm a khoản 1, điểm b khoản 2 mục III") == ["III.1.a", "III.2.b"]
    assert places("các nhiệm vụ tại mục 1.2, 1.3 phần II và khoản 3 phần IV") == ["II.1.2", "II.1.3", "IV.3"]
    body = """III. NHIỆM VỤ CỤ THỂ
1. Hạ tầng
a) Nâng cấp mạng cáp quang đến các thôn.
2. Nhân lực
a) Tập huấn kỹ năng số cho cán bộ xã.
3. Dữ liệu
a) Số hóa hồ sơ địa chính.
b) Chuẩn hóa dữ liệu dân cư.
IV. TỔ CHỨC THỰC HIỆN
1. Phòng Hạ tầng số chủ trì thực hiện các nhiệm vụ tại khoản 1 và khoản 2 Mục III.
2. Trung tâm Dữ liệu chủ trì thực hiện nhiệm vụ tại điểm a khoản 3 Mục III.
V. CHẾ ĐỘ THÔNG TIN, BÁO CÁO
1. Các phòng, đơn vị báo cáo kết quả thực hiện hằng quý về Văn phòng Sở.
"""
    assert [(t.text[:12], t.lead) for t in _tasks(body)] == [
        ("Nâng cấp mạn", ["Phòng Hạ tầng số"]), ("Tập huấn kỹ ", ["Phòng Hạ tầng số"]),
        ("Số hóa hồ sơ", ["Trung tâm Dữ liệu"]), ("Chuẩn hóa dữ", ["Các sở, ban, ngành, địa phương"])]


def test_a_list_that_only_names_objects_stays_in_its_instruction_and_lead_ins_are_not_tasks():
    body = """II. NHIỆM VỤ, GIẢI PHÁP
1. Y tế số
Các nhiệm vụ trọng tâm bao gồm:
a) Triển khai bệnh án điện tử tại các bệnh viện tuyến tỉnh.
b) Xây dựng và đưa vào sử dụng các nền tảng sau:
- Nền tảng quản lý dược;
- Nền tảng quản lý tiêm chủng.
"""
    tasks = _tasks(body)
    assert [t.text[:30] for t in tasks] == ["Triển khai bệnh án điện tử tại", "Xây dựng và đưa vào sử dụng cá"]
    assert "Nền tảng quản lý tiêm chủng" in tasks[1].text


def test_budget_and_objective_sections_inside_a_task_part_give_no_tasks():
    body = """II. NỘI DUNG THỰC HIỆN
1. Xây dựng cơ sở dữ liệu đất đai
- Số hóa hồ sơ địa chính của các xã.
2. Kinh phí thực hiện
- Ngân sách địa phương: chi cho thuê hạ tầng công nghệ thông tin.
- Huy động các nguồn hợp pháp khác.
"""
    assert [t.text for t in _tasks(body)] == ["Số hóa hồ sơ địa chính của các xã."]


def test_a_numbered_instruction_followed_by_paragraphs_keeps_its_own_text():
    body = """II. NHIỆM VỤ
1. Rà soát, công bố danh mục thủ tục hành chính thực hiện trên môi trường điện tử.
Trường hợp thủ tục có thành phần hồ sơ giấy, các cơ quan hướng dẫn người dân số hóa tại bộ phận một cửa.
Khi hệ thống gặp sự cố, tiếp nhận hồ sơ trực tiếp và thông báo công khai cho người dân.
"""
    assert [t.text[:20] for t in _tasks(body)] == ["Rà soát, công bố dan", "Trường hợp thủ tục c", "Khi hệ thống gặp sự "]


def test_descriptions_inside_a_task_part_are_not_tasks():
    body = """II. NHIỆM VỤ, GIẢI PHÁP
1. Phát triển hạ tầng số
Hạ tầng số của tỉnh bao gồm hạ tầng viễn thông, hạ tầng dữ liệu và hạ tầng tính toán.
- Lắp đặt trạm phát sóng tại các xã vùng sâu.
- Hằng năm tổ chức Tuần lễ chuyển đổi số.
"""
    assert [t.text[:20] for t in _tasks(body)] == ["Lắp đặt trạm phát só", "Hằng năm tổ chức Tuầ"]
    assert opens_with_action("Hằng năm tổ chức Tuần lễ chuyển đổi số.")


def test_a_class_of_bodies_named_in_brackets_gives_those_bodies():
    actors = actors_of("Các cơ quan quản lý chuyên ngành (Sở Y tế, Sở Tài chính, Sở Xây dựng): rà soát hồ sơ.")
    assert [m.name for m in actors.leads] == ["Sở Y tế", "Sở Tài chính", "Sở Xây dựng"]
    assert [m.collective for m in actors_of("Các sở, ban, ngành rà soát hồ sơ.").leads] == [True]
    listed = actors_of("Các cơ quan quản lý ngành, lĩnh vực (gồm các Sở: Y tế, Tài chính, Xây dựng) hướng dẫn kiểm kê.")
    assert [m.name for m in listed.leads] == ["Sở Y tế", "Sở Tài chính", "Sở Xây dựng"]


def test_parts_inside_a_letter_part_take_its_role():
    body = """A. MỤC TIÊU
I. MỤC TIÊU CHUNG
Nâng cao chất lượng dịch vụ công.
B. TỔ CHỨC THỰC HIỆN
I. SỞ Y TẾ
1. Chủ trì xây dựng bệnh án điện tử.
II. SỞ GIÁO DỤC VÀ ĐÀO TẠO
1. Chủ trì số hóa học bạ.
"""
    tasks = _tasks(body)
    assert [(t.text, t.lead) for t in tasks] == [("Chủ trì xây dựng bệnh án điện tử.", ["Sở Y tế"]),
                                                 ("Chủ trì số hóa học bạ.", ["Sở Giáo dục và Đào tạo"])]


def test_notes_closing_formulas_and_stray_marks_are_not_tasks():
    body = """II. NHIỆM VỤ
1. Sở Công Thương rà soát mạng lưới chợ nông thôn.
* *
III. TỔ CHỨC THỰC HIỆN
1. Sở Y tế
- Tổ chức tiêm chủng mở rộng.
* Lưu ý: các vụ ngộ độc thực phẩm phải báo cáo ngay về Sở Y tế.
Ủy ban nhân dân tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.
"""
    assert [t.text for t in _tasks(body)] == ["Sở Công Thương rà soát mạng lưới chợ nông thôn.", "Tổ chức tiêm chủng mở rộng."]


def test_a_body_that_only_qualifies_a_class_is_not_a_partner():
    from vnplan.extract.actors import bodies_named
    text = "Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ và Sở Y tế."
    assert [m.name for m in bodies_named(text) if not m.collective] == ["Sở Y tế"]


def test_short_names_the_plan_defines_stand_for_the_body():
    body = """I. MỤC ĐÍCH
Thành lập Ban Chỉ đạo chuyển đổi số tỉnh Bình Minh (sau đây gọi tắt là Ban Chỉ đạo) để điều phối chung.
II. NHIỆM VỤ
1. Ban Chỉ đạo chủ trì, phối hợp với Sở Tài chính xây dựng quy chế hoạt động.
"""
    [task] = _tasks(body)
    assert task.lead == ["Ban Chỉ đạo chuyển đổi số tỉnh Bình Minh"] and task.coordinators == ["Sở Tài chính"]


def test_lines_under_a_lead_field_name_their_subject_or_their_own_field():
    body = """II. NỘI DUNG
1. Hoạt động truyền thông
- Nội dung: Tuyên truyền về phòng, chống tai nạn đuối nước.
- Cơ quan thực hiện:
+ Sở Văn hóa, Thể thao và Du lịch chủ trì tổ chức hội thi.
+ Sở Xây dựng đăng tải thông điệp trên các nhà chờ xe buýt.
2. Hoạt động tập huấn
- Nội dung: Tập huấn kỹ năng bơi an toàn.
- Cơ quan thực hiện:
- Đơn vị chủ trì: Sở Giáo dục và Đào tạo.
- Đơn vị phối hợp: Hội Chữ thập đỏ tỉnh.
"""
    tasks = _by_start(_tasks(body))
    assert tasks["Tuyên truyền về phòng, ch"].lead == ["Sở Văn hóa, Thể thao và Du lịch", "Sở Xây dựng"]
    assert tasks["Tập huấn kỹ năng bơi an t"].lead == ["Sở Giáo dục và Đào tạo"]


def test_one_body_one_name_across_the_plan():
    body = """II. NHIỆM VỤ
1. Báo và Phát thanh, Truyền hình Bình Minh mở chuyên mục chuyển đổi số.
2. Sở Khoa học và Công nghệ chủ trì, phối hợp với Báo và Phát thanh, Truyền hình tỉnh Bình Minh sản xuất phóng sự.
3. Báo và Phát thanh, Truyền hình Bình Minh đưa tin về các mô hình hay.
"""
    tasks = _tasks(body)
    assert tasks[1].coordinators == ["Báo và Phát thanh, Truyền hình Bình Minh"]


def test_a_conclusion_that_settles_points_hands_work_on_in_later_clauses():
    text = """VĂN PHÒNG CHÍNH PHỦ
Số: 81/TB-VPCP
Hà Nội, ngày 12 tháng 6 năm 2026
THÔNG BÁO
Kết luận của Phó Thủ tướng tại cuộc họp về chương trình nhà ở xã hội
1. Chương trình đã được các bộ chuẩn bị công phu, bảo đảm tiến độ.
2. Về các nội dung còn ý kiến khác nhau:
(1) Về cơ quan chủ quản: Các bộ, cơ quan thống nhất một đầu mối; giao Bộ Xây dựng làm chủ Chương trình, chịu trách nhiệm tổng hợp, trình phê duyệt.
(2) Về phân cấp: Chính phủ sẽ phân công các bộ theo chức năng. Bộ Tài chính chịu trách nhiệm hướng dẫn cơ chế vốn. Yêu cầu các bộ, cơ quan rút ngắn thời gian thẩm định.
(3) Về nguồn vốn: Thống nhất với đề xuất của Bộ Tài chính, bao gồm việc kéo dài thời gian giải ngân. Trong quá trình thực hiện, tiếp tục rà soát, bố trí thêm vốn.
3. Trong thời gian tới, yêu cầu các bộ thực hiện các nhiệm vụ sau:
(1) Giao Bộ Xây dựng chủ trì, phối hợp chặt chẽ với các cơ quan Quốc hội hoàn thiện hồ sơ.
Văn phòng Chính phủ thông báo để các bộ, cơ quan liên quan biết, thực hiện./.
"""
    tasks = extract_text(text).tasks
    assert len(tasks) == 4  # the three settled points and the one item of part 3; part 1 only assesses
    assert tasks[0].lead == ["Bộ Xây dựng"]  # the later "giao", not the bodies that only agree
    assert tasks[1].lead[0] == "Bộ Tài chính" and "Chính phủ" not in tasks[1].lead  # "sẽ": what it will do itself
    assert tasks[1].lead[1].lower().startswith("các bộ")  # and the class told "Yêu cầu …"
    assert tasks[3].coordinators == [] and tasks[3].coordinators_collective  # the Assembly's bodies: a class



def test_a_notice_titled_item_by_item_takes_each_items_role_from_its_title():
    text = """ỦY BAN NHÂN DÂN TỈNH BÌNH MINH
Số: 310/TB-UBND
Bình Minh, ngày 4 tháng 9 năm 2026
THÔNG BÁO
Kết luận của Chủ tịch Ủy ban nhân dân tỉnh tại cuộc họp về tiến độ cầu cảng
1. Đánh giá chung
Thời gian qua, các sở, ngành đã phối hợp tốt; đến nay công trình đã hoàn thành khoảng 60% khối lượng.
Chủ tịch Ủy ban nhân dân tỉnh đồng ý chủ trương bổ sung hạng mục kè chắn sóng.
2. Nhiệm vụ trong thời gian tới
2.1. Giao Sở Xây dựng rà soát hồ sơ thiết kế hạng mục kè, hoàn thành trước ngày 30/9/2026.
2.2. Giao Sở Tài chính bố trí vốn cho hạng mục bổ sung.
Văn phòng Ủy ban nhân dân tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.
"""
    plan = extract_text(text)
    assert [t.lead for t in plan.tasks] == [["Sở Xây dựng"], ["Sở Tài chính"]]
    assert not plan.targets  # "đã hoàn thành khoảng 60%" is a result reported, in a part that assesses


def test_a_directives_numbered_sentences_that_instruct_hold_tasks():
    body = ("Chủ tịch Ủy ban nhân dân tỉnh yêu cầu các sở, ngành tập trung thực hiện các nhiệm vụ sau:\n"
            "1. Các cơ quan, tổ chức có liên quan có trách nhiệm chấp hành nghiêm quy định về khai thác cát.\n"
            "Việc khai thác cát lòng sông phải có giấy phép và được giám sát thường xuyên.\n"
            "2. Tuân thủ quy hoạch khoáng sản đã được phê duyệt, bảo đảm an toàn đê điều.\n"
            "3. Sở Xây dựng\n"
            "a) Hướng dẫn các địa phương kiểm tra bến bãi tập kết cát.\n")
    texts = [t.text for t in _tasks(body)]
    assert any(t.startswith("Việc khai thác cát lòng sông") for t in texts)
    assert any(t.startswith("Tuân thủ quy hoạch khoáng sản") for t in texts)
    assert any(t.startswith("Hướng dẫn các địa phương") for t in texts)


def test_a_body_written_once_with_the_plans_province_takes_that_full_name_everywhere():
    body = ("II. NHIỆM VỤ, GIẢI PHÁP\n1. Ban Quản lý Khu kinh tế tỉnh Bình Minh chủ trì thu hút đầu tư vào khu kinh tế.\n"
            "2. Ban Quản lý Khu kinh tế chủ trì rà soát quỹ đất công nghiệp.\n")
    leads = {t.lead[0] for t in _tasks(body)}
    assert leads == {"Ban Quản lý Khu kinh tế tỉnh Bình Minh"}


def test_the_body_after_a_short_topic_and_its_colon_leads_the_work():
    body = ("II. NỘI DUNG\n1. Các hoạt động cấp tỉnh\n"
            "1.1. Hội thi tin học trẻ: Ban Thanh thiếu nhi Tỉnh đoàn chủ trì, phối hợp với Sở Giáo dục và Đào tạo tổ chức "
            "vòng chung kết trong tháng 5/2026.\n"
            "1.2. Chương trình \"Mùa hè xanh\": Văn phòng Tỉnh đoàn bảo đảm kinh phí, hậu cần cho các đội hình.\n"
            "1.3. Thời gian tổ chức: từ tháng 5 đến tháng 8/2026, các cơ sở Đoàn chủ động triển khai.\n")
    leads = {t.text[:20]: t.lead for t in _tasks(body)}
    assert leads["Hội thi tin học trẻ:"] == ["Ban Thanh thiếu nhi Tỉnh đoàn"]
    assert leads["Chương trình \"Mùa hè"] == ["Văn phòng Tỉnh đoàn"]


def test_the_steps_under_a_heading_closing_on_its_time_are_due_then():
    body = ("II. NỘI DUNG VÀ TIẾN ĐỘ\n"
            "2.1. Lập danh sách hộ (hoàn thành trước ngày 20/3/2026)\n"
            "- Phòng Nghiệp vụ chuẩn bị biểu mẫu, gửi các đội công tác.\n"
            "- Các đội công tác phối hợp với Ủy ban nhân dân các xã rà soát danh sách hộ.\n"
            "2.2. Thu thập thông tin (từ ngày 01/4 đến ngày 25/4/2026)\n"
            "- Các đội công tác phỏng vấn trực tiếp chủ hộ; hoàn thành trước ngày 20/4/2026.\n"
            "- Phòng Nghiệp vụ kiểm tra phiếu tại địa bàn.\n")
    assert [(t.text.split()[:4], t.deadline) for t in _tasks(body)] == [
        (["Phòng", "Nghiệp", "vụ", "chuẩn"], "2026-03-20"), (["Các", "đội", "công", "tác"], "2026-03-20"),
        (["Các", "đội", "công", "tác"], "2026-04-20"), (["Phòng", "Nghiệp", "vụ", "kiểm"], "2026-04-25")]


def test_a_conclusions_paragraph_gives_one_task_per_body_it_hands_work_to():
    body = ("II. KẾT LUẬN\n"
            "1. Về dự án cải tạo chợ trung tâm: Đây là công trình dân sinh cấp bách, phải hoàn thành trước Tết. Giao Ban "
            "Quản lý dự án đầu tư xây dựng khu vực chủ trì, phối hợp với Ủy ban nhân dân phường An Lạc đôn đốc nhà thầu; "
            "hoàn thành trước ngày 15/12/2026. Sở Công Thương hướng dẫn bố trí lại các quầy hàng. Trong đó, Sở Công "
            "Thương ưu tiên các hộ kinh doanh bị ảnh hưởng. Đối với các hộ chưa di dời, giao Ủy ban nhân dân phường An "
            "Lạc vận động, thuyết phục. Văn phòng Ủy ban nhân dân tỉnh thông báo để các cơ quan biết, thực hiện.\n")
    tasks = _tasks(body)
    assert [(t.lead, t.text.split(".")[0][:30]) for t in tasks] == [
        (["Ban Quản lý dự án đầu tư xây dựng khu vực"], "Giao Ban Quản lý dự án đầu tư "),
        (["Sở Công Thương"], "Sở Công Thương hướng dẫn bố tr"),
        (["Ủy ban nhân dân phường An Lạc"], "Đối với các hộ chưa di dời, gi"),
    ]
    assert tasks[0].deadline == "2026-12-15" and "Trong đó" in tasks[1].text and "thông báo" not in tasks[2].text


def test_an_instruction_made_of_the_activities_it_lists_is_one_task():
    body = ("II. NHIỆM VỤ\n1. Sở Văn hóa và Thể thao chủ trì:\n"
            "a) Tổ chức Ngày hội văn hóa các dân tộc tại quảng trường tỉnh, gồm các hoạt động:\n"
            "+ Trình diễn trang phục truyền thống;\n+ Giao lưu văn nghệ giữa các xã;\n+ Thi nấu ăn dân tộc.\n"
            "b) Thi đấu thể thao truyền thống; trao giải cho các đội đạt thành tích cao.\n")
    texts = [t.text for t in _tasks(body)]
    assert len(texts) == 2 and texts[0].startswith("Tổ chức Ngày hội") and "Thi nấu ăn" in texts[0]


def test_a_bodys_section_headed_in_capitals_gives_it_the_items_under_it():
    body = ("III. NHIỆM VỤ CỤ THỂ\n1. PHÒNG KINH TẾ - HẠ TẦNG (CƠ QUAN THƯỜNG TRỰC)\n"
            "• Tham mưu ký hợp đồng thu gom rác với đơn vị dịch vụ công ích.\n"
            "2. TRUNG TÂM VĂN HÓA - THỂ THAO\n• Tuyên truyền phân loại rác trên hệ thống truyền thanh.\n")
    assert [t.lead for t in _tasks(body)] == [["Phòng Kinh tế - Hạ tầng"], ["Trung tâm Văn hóa - Thể thao"]]


def test_a_sentence_handing_the_list_after_it_to_its_bodies_is_no_task():
    body = ("II. NHIỆM VỤ\nCác sở, ban, ngành, Ủy ban nhân dân các xã thực hiện các nhiệm vụ sau:\n"
            "1. Công tác chuẩn bị\n- Sở Xây dựng kiểm tra hệ thống thoát nước đô thị.\n"
            "- Sở Y tế chuẩn bị cơ số thuốc dự phòng.\n")
    texts = [t.text for t in _tasks(body)]
    assert not any(t.startswith("Các sở, ban, ngành") for t in texts)
    assert any(t.startswith("Sở Xây dựng kiểm tra") for t in texts)


def test_the_items_under_every_bodys_own_plan_paragraph_are_weighed_on_their_own_words():
    body = ("IV. TỔ CHỨC THỰC HIỆN\n"
            "1. Các cơ quan, đơn vị, địa phương căn cứ chức năng, nhiệm vụ xây dựng kế hoạch triển khai phong trào.\n"
            "- Lựa chọn, giới thiệu mô hình hay để nhân rộng trên địa bàn.\n"
            "- Báo cáo kết quả về Sở Nội vụ trước ngày 15/12/2026.\n"
            "2. Sở Nội vụ theo dõi, hướng dẫn thực hiện phong trào.\n")
    texts = [t.text for t in _tasks(body)]
    assert any(t.startswith("Lựa chọn, giới thiệu mô hình") for t in texts)
    assert not any(t.startswith(("Các cơ quan, đơn vị", "Báo cáo kết quả")) for t in texts)
    assert any(t.startswith("Sở Nội vụ theo dõi") for t in texts)


def test_the_bodies_given_work_carrying_it_out_and_reporting_is_the_generic_duty():
    body = ("IV. TỔ CHỨC THỰC HIỆN\n"
            "1. Các phòng, đơn vị được giao nhiệm vụ chủ động triển khai thực hiện; báo cáo kết quả về Văn phòng "
            "trước ngày 25 hằng tháng.\n"
            "2. Các khoa, phòng được phân công chủ động triển khai nhiệm vụ theo tiến độ.\n"
            "3. Phòng Tư pháp hướng dẫn các thôn xây dựng hương ước.\n")
    assert [t.text[:20] for t in _tasks(body)] == ["Phòng Tư pháp hướng "]


def test_a_slogan_and_the_sections_own_time_frame_are_no_tasks():
    body = ("II. NỘI DUNG PHONG TRÀO\n1. Chủ đề\n“Chung sức xây dựng quê hương giàu đẹp, văn minh”.\n"
            "2. Thời gian thực hiện: Từ tháng 3/2026 đến hết tháng 12/2026.\n"
            "3. Nội dung\na) Đẩy mạnh cải cách hành chính, nâng cao chất lượng phục vụ người dân.\n"
            "b) Thi đua hoàn thành các công trình chào mừng ngày Quốc khánh.\n")
    texts = [t.text for t in _tasks(body)]
    assert len(texts) == 2 and texts[0].startswith("Đẩy mạnh cải cách") and texts[1].startswith("Thi đua hoàn thành")


DECISION = """ỦY BAN NHÂN DÂN
TỈNH BÌNH MINH
Số: 812/QĐ-UBND
Bình Minh, ngày 5 tháng 6 năm 2026
QUYẾT ĐỊNH
Về việc công bố thủ tục hành chính nội bộ trong lĩnh vực nông nghiệp
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BÌNH MINH
QUYẾT ĐỊNH:
Điều 1. Công bố kèm theo Quyết định này thủ tục hành chính nội bộ trong lĩnh vực nông nghiệp.
Điều 2. Giao Văn phòng Ủy ban nhân dân tỉnh; Sở Nông nghiệp và Môi trường cập nhật thủ tục lên Cổng dịch vụ công.
Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Giao Sở Tư pháp tổ chức thực hiện công khai thủ tục trong 03 ngày làm việc.
Điều 4. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các sở chịu trách nhiệm thi hành Quyết định này.
""" + FOOTER + """PHỤ LỤC
II. NỘI DUNG CỤ THỂ CỦA THỦ TỤC HÀNH CHÍNH
1. Phê duyệt danh mục giống cây trồng chủ lực của tỉnh
1.1. Trình tự thực hiện:
Bước 1: Ủy ban nhân dân cấp xã lập danh sách, gửi Sở Nông nghiệp và Môi trường.
Bước 2: Sở Nông nghiệp và Môi trường thẩm định, trình Ủy ban nhân dân tỉnh phê duyệt.
1.2. Cách thức thực hiện: Gửi hồ sơ qua hệ thống quản lý văn bản.
1.3. Thời hạn giải quyết: 20 ngày làm việc.
1.4. Phí, lệ phí: Không.
"""


def test_a_decisions_one_paragraph_articles_are_their_tasks_and_a_published_procedure_is_none():
    tasks = extract_text(DECISION).tasks
    assert [t.text[:40] for t in tasks] == ["Giao Văn phòng Ủy ban nhân dân tỉnh; Sở ",
                                            "Quyết định này có hiệu lực kể từ ngày ký"]
    assert tasks[0].lead == ["Văn phòng Ủy ban nhân dân tỉnh", "Sở Nông nghiệp và Môi trường"]
    assert tasks[1].lead == ["Sở Tư pháp"]  # work given after the date of effect


def test_the_body_after_a_clause_set_before_it_leads():
    body = ("II. NHIỆM VỤ\n1. Trong quá trình thực hiện, nếu cần điều chỉnh, Sở Xây dựng tổng hợp, báo cáo "
            "Ủy ban nhân dân tỉnh xem xét.\n2. Trên cơ sở đề nghị của các địa phương, Sở Tài chính cân đối kinh phí.\n"
            "3. Đối với các thủ tục được đơn giản hóa: Giao Sở Tư pháp công bố lại thủ tục.\n")
    assert [t.lead for t in _tasks(body)] == [["Sở Xây dựng"], ["Sở Tài chính"], ["Sở Tư pháp"]]


NOTICE = """VĂN PHÒNG CHÍNH PHỦ
Số: 702/TB-VPCP
Hà Nội, ngày 2 tháng 12 năm 2026
THÔNG BÁO
KẾT LUẬN CỦA PHÓ THỦ TƯỚNG CHÍNH PHỦ TẠI BUỔI LÀM VIỆC VỚI LÃNH ĐẠO TỈNH BÌNH MINH VỀ PHÁT TRIỂN KINH TẾ BIỂN
Ngày 20 tháng 11 năm 2026, Phó Thủ tướng Chính phủ đã làm việc với lãnh đạo tỉnh Bình Minh. Văn phòng Chính phủ thông báo như sau:
I. ĐÁNH GIÁ CHUNG
Thời gian qua, tỉnh Bình Minh đã đạt nhiều kết quả quan trọng trong phát triển kinh tế biển.
Để phát triển nhanh và bền vững, tỉnh cần tập trung thực hiện tốt một số nhiệm vụ, giải pháp sau đây:
1. Rà soát quy hoạch không gian biển, bảo đảm đồng bộ với quy hoạch tỉnh.
2. Đẩy nhanh tiến độ các dự án cảng biển trọng điểm.
II. VỀ KIẾN NGHỊ CỦA TỈNH
Giao Bộ Xây dựng nghiên cứu kiến nghị của tỉnh về nâng cấp luồng hàng hải.
Văn phòng Chính phủ thông báo để Ủy ban nhân dân tỉnh Bình Minh và các cơ quan liên quan biết, thực hiện./.
Nơi nhận:
- Như trên;
- Lưu: VT.
KT. BỘ TRƯỞNG, CHỦ NHIỆM
PHÓ CHỦ NHIỆM
Trần Văn Bình
"""


def test_a_notice_of_a_session_with_a_province_gives_that_province_the_work_it_announces():
    tasks = extract_text(NOTICE).tasks
    assert [(t.text[:20], t.lead) for t in tasks] == [
        ("Rà soát quy hoạch kh", ["Ủy ban nhân dân tỉnh Bình Minh"]),
        ("Đẩy nhanh tiến độ cá", ["Ủy ban nhân dân tỉnh Bình Minh"]),
        ("Giao Bộ Xây dựng ngh", ["Bộ Xây dựng"]),
    ]


def test_a_campaigns_contents_are_its_tasks_even_in_a_part_about_participants():
    body = ("II. ĐỐI TƯỢNG, NỘI DUNG THI ĐUA\n1. Đối tượng thi đua\na) Tập thể: các cơ quan, đơn vị trên địa bàn tỉnh.\n"
            "2. Nội dung thi đua\na) Thi đua hoàn thành xuất sắc công tác chuẩn bị ngày hội văn hóa.\n"
            "b) Đẩy mạnh tuyên truyền về ngày hội trên các phương tiện thông tin.\n")
    texts = [t.text for t in _tasks(body)]
    assert texts == ["Thi đua hoàn thành xuất sắc công tác chuẩn bị ngày hội văn hóa.",
                     "Đẩy mạnh tuyên truyền về ngày hội trên các phương tiện thông tin."]


def test_partners_named_by_a_lettered_heading_go_to_the_items_under_it():
    body = ("IV. TỔ CHỨC THỰC HIỆN\n1. Sở Công Thương\na) Chủ trì, phối hợp với các sở, ngành và Sở Tài chính\n"
            "- Tổ chức hội chợ giới thiệu sản phẩm của tỉnh.\nb) Tham mưu chính sách hỗ trợ doanh nghiệp xuất khẩu.\n")
    fair, = [t for t in _tasks(body) if t.text.startswith("Tổ chức hội chợ")]
    assert fair.lead == ["Sở Công Thương"] and fair.coordinators == ["Sở Tài chính"] and fair.coordinators_collective


def test_a_line_naming_a_group_over_items_that_instruct_is_their_heading():
    body = ("III. NHIỆM VỤ\n1. Phát triển nền tảng số\n- Nhóm các nền tảng phục vụ chỉ đạo, điều hành\n"
            "+ Xây dựng hệ thống thông tin báo cáo của tỉnh.\n+ Phát triển hệ thống họp trực tuyến.\n")
    assert [t.text for t in _tasks(body)] == ["Xây dựng hệ thống thông tin báo cáo của tỉnh.",
                                              "Phát triển hệ thống họp trực tuyến."]


def test_a_websites_footer_after_the_attachments_gives_no_task():
    appendix = ("PHỤ LỤC\nDANH MỤC NHIỆM VỤ\n| TT | Nhiệm vụ | Cơ quan chủ trì | Thời gian |\n"
                "| 1 | Xây dựng cơ sở dữ liệu hộ kinh doanh | Sở Tài chính | Quý II/2026 |\n"
                "| Địa chỉ: | 12 Đường Hoa | Điện thoại: | 028 3930 | E-mail: | lienhe@trang.vn |\n")
    tasks = extract_text(HEADER + "II. NHIỆM VỤ\n1. Sở Y tế chủ trì tập huấn cán bộ y tế xã.\n" + FOOTER + appendix).tasks
    assert [t.text[:20] for t in tasks] == ["Sở Y tế chủ trì tập ", "Xây dựng cơ sở dữ li"]


def test_the_body_answering_a_long_proposal_leads():
    body = ("II. VỀ CÁC KIẾN NGHỊ CỦA TỈNH\n1. Về đề nghị các bộ, ngành sớm ban hành hướng dẫn về đất đai, tài sản công; "
            "hoàn thiện quy trình xử lý cơ sở nhà đất dôi dư của địa phương: Bộ Tài chính nghiên cứu, hướng dẫn theo "
            "thẩm quyền.\n2. Về đề nghị hỗ trợ kinh phí khắc phục hậu quả thiên tai: Bộ Nông nghiệp và Môi trường "
            "tổng hợp, báo cáo Thủ tướng Chính phủ.\n")
    assert [t.lead for t in _tasks(body)] == [["Bộ Tài chính"], ["Bộ Nông nghiệp và Môi trường"]]


def test_an_entry_heading_naming_a_class_of_establishments_is_their_name():
    body = ("IV. TỔ CHỨC THỰC HIỆN\n1. Sở Giáo dục và Đào tạo\n- Căn cứ chức năng, nhiệm vụ, chỉ đạo các cơ sở giáo dục "
            "lồng ghép nội dung phòng chống đuối nước.\n2. Các cơ sở sản xuất giống, nuôi trồng thủy sản thương phẩm:\n"
            "- Giám sát chất lượng nước cấp, nước thải của cơ sở.\n")
    assert [t.lead for t in _tasks(body)] == [["Sở Giáo dục và Đào tạo"],
                                              ["Các cơ sở sản xuất giống, nuôi trồng thủy sản thương phẩm"]]


def test_a_content_part_that_only_specifies_gives_no_task():
    spec = "".join(f"{n}. Vùng nuôi số {n}\na) Địa điểm quan trắc: đầm số {n}.\nb) Số điểm quan trắc: 0{n} điểm.\n"
                   f"c) Thông số: nhiệt độ, độ mặn, pH, oxy hòa tan.\nd) Tần suất: 02 lần/tháng.\n" for n in range(1, 4))
    body = ("II. NỘI DUNG KẾ HOẠCH\n" + spec + "III. TỔ CHỨC THỰC HIỆN\n1. Sở Nông nghiệp và Môi trường\n"
            "- Tổ chức quan trắc, thông báo kết quả cho người nuôi.\n")
    assert [t.text for t in _tasks(body)] == ["Tổ chức quan trắc, thông báo kết quả cho người nuôi."]


def test_gathering_problems_in_one_bodys_own_list_is_its_task():
    body = ("IV. TỔ CHỨC THỰC HIỆN\n1. Sở Tư pháp\na) Hướng dẫn các xã thực hiện quy trình mới.\n"
            "b) Rà soát, tổng hợp khó khăn, vướng mắc phát sinh và tham mưu Chủ tịch Ủy ban nhân dân tỉnh xử lý.\n"
            "2. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Sở Tư pháp.\n"
            "3. Trong quá trình thực hiện, trường hợp cần phải sửa đổi, bổ sung, các cơ quan, đơn vị chủ động đề xuất.\n")
    texts = [t.text[:30] for t in _tasks(body)]
    assert texts == ["Hướng dẫn các xã thực hiện quy", "Rà soát, tổng hợp khó khăn, vư"]


def test_a_decisions_formula_in_two_sentences_gives_no_task():
    text = DECISION.split("Điều 1.")[0] + (
        "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch số hóa hồ sơ.\nĐiều 2. Quyết định này có hiệu lực kể từ "
        "ngày ký. Giao Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các sở chịu trách nhiệm thi hành Quyết định này.\n"
        + FOOTER)
    assert extract_text(text).tasks == []


def test_results_reached_and_requirements_announce_no_tasks():
    body = ("I. MỤC ĐÍCH, YÊU CẦU\nĐể triển khai hiệu quả, các cơ quan cần bảo đảm một số yêu cầu, nhiệm vụ sau:\n"
            "1. Bám sát chủ trương của Trung ương và tình hình thực tế của tỉnh.\n"
            "II. KẾT QUẢ NĂM 2025\nNăm 2025, các sở, ngành đã tập trung thực hiện các nhiệm vụ, giải pháp sau:\n"
            "1. Hoàn thành số hóa 100% hồ sơ đất đai.\n")
    assert _tasks(body) == []


# a decision issuing a regulation (one titled as publishing procedures has only those after its signature)
REGULATION = DECISION.split("QUYẾT ĐỊNH:")[0].replace(
    "Về việc công bố thủ tục hành chính nội bộ trong lĩnh vực nông nghiệp",
    "Ban hành Quy định đánh giá công tác dân vận") + """QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy định đánh giá công tác dân vận.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
""" + FOOTER + """QUY ĐỊNH
Đánh giá công tác dân vận
Điều 1. Nguyên tắc đánh giá
Đánh giá phải khách quan, công khai, đúng quy trình.
Bảo đảm dân chủ, công bằng giữa các cơ quan, đơn vị.
Điều 2. Trách nhiệm thực hiện
1. Trách nhiệm của Sở Nội vụ
a) Hướng dẫn các cơ quan, đơn vị tự chấm điểm hằng năm.
b) Tổng hợp kết quả, trình Ủy ban nhân dân tỉnh xếp loại.
"""


def test_a_regulations_rules_are_no_tasks_and_its_duties_headed_by_responsibility_are():
    tasks = extract_text(REGULATION).tasks
    assert [(t.text[:25], t.lead) for t in tasks] == [("Hướng dẫn các cơ quan, đơ", ["Sở Nội vụ"]),
                                                      ("Tổng hợp kết quả, trình Ủ", ["Sở Nội vụ"])]


DISPATCH = """THỦ TƯỚNG CHÍNH PHỦ
Số: 118/CĐ-TTg
Hà Nội, ngày 04 tháng 10 năm 2026
CÔNG ĐIỆN
Về việc chủ động ứng phó với đợt rét đậm, rét hại
THỦ TƯỚNG CHÍNH PHỦ điện:
- Bộ trưởng các Bộ: Nông nghiệp và Môi trường, Y tế, Giáo dục và Đào tạo;
- Chủ tịch Ủy ban nhân dân các tỉnh, thành phố khu vực miền núi phía Bắc.
Để chủ động ứng phó với đợt rét đậm, rét hại, Thủ tướng Chính phủ yêu cầu:
1. Chủ tịch Ủy ban nhân dân các tỉnh, thành phố khu vực miền núi phía Bắc tập trung chỉ đạo bảo vệ người dân và sản xuất, trong đó:
(1) Hướng dẫn người dân giữ ấm cho người già, trẻ em.
(2) Che chắn chuồng trại, dự trữ thức ăn cho gia súc.
(3) Không tổ chức cho học sinh đến trường khi nhiệt độ dưới 7 độ C.
2. Bộ trưởng các Bộ: Y tế, Giáo dục và Đào tạo theo chức năng, nhiệm vụ chủ động chỉ đạo các cơ sở y tế, trường học thực hiện biện pháp phòng, chống rét.
3. Các Bộ: Nông nghiệp và Môi trường, Văn hóa, Thể thao và Du lịch hướng dẫn bảo vệ cây trồng, vật nuôi và các khu di tích.
4. Văn phòng Ban chỉ đạo ứng phó thiên tai quốc gia theo dõi sát diễn biến thời tiết, kịp thời tham mưu điều phối lực lượng hỗ trợ.
Nơi nhận:
- Như trên;
- Lưu: VT.
THỦ TƯỚNG
Trần Văn Bình
"""


def test_a_dispatch_names_its_subjects_by_a_list_of_fields_and_keeps_clauses_inside_their_task():
    plan = extract_text(DISPATCH)
    assert len(plan.tasks) == 4
    holder = next(t for t in plan.tasks if t.text.startswith("Chủ tịch"))
    assert "(1) Hướng dẫn người dân" in holder.text and "(3) Không tổ chức" in holder.text
    assert next(t for t in plan.tasks if t.text.startswith("Bộ trưởng")).lead == ["Bộ Y tế", "Bộ Giáo dục và Đào tạo"]
    assert next(t for t in plan.tasks if t.text.startswith("Các Bộ")).lead == [
        "Bộ Nông nghiệp và Môi trường", "Bộ Văn hóa, Thể thao và Du lịch"]
    assert next(t for t in plan.tasks if t.text.startswith("Văn phòng")).lead == [
        "Văn phòng Ban Chỉ đạo ứng phó thiên tai quốc gia"]


def test_a_letters_closing_that_asks_every_body_to_carry_out_the_above_is_no_task():
    letter = ("ỦY BAN NHÂN DÂN\nTỈNH BÌNH MINH\nSố: 812/UBND-KT\nBình Minh, ngày 12 tháng 5 năm 2026\n"
              "V/v triển khai phần mềm quản lý số nhà\nChủ tịch Ủy ban nhân dân tỉnh có ý kiến chỉ đạo như sau:\n"
              "1. Giao Sở Xây dựng chủ trì, phối hợp với Công an tỉnh khảo sát hiện trạng dữ liệu số nhà.\n"
              "2. Giao Ủy ban nhân dân các xã cập nhật dữ liệu số nhà trên địa bàn.\n"
              "Chủ tịch Ủy ban nhân dân tỉnh đề nghị các cơ quan, đơn vị khẩn trương triển khai thực hiện đầy đủ các nội "
              "dung chỉ đạo nêu trên.\n" + FOOTER)
    assert [t.lead for t in extract_text(letter).tasks] == [["Sở Xây dựng"], ["Ủy ban nhân dân các xã"]]




def test_a_ministry_s_closing_request_to_every_province_to_carry_out_as_required_is_no_task():
    """ "Bộ Tài chính đề nghị Ủy ban nhân dân các tỉnh, thành phố triển khai thực hiện theo đúng quy định, bảo đảm thực
    hiện nhiệm vụ được giao …" closing a ministry's letter: the body asking is not the one that works, and what it
    asks of every province is the generic duty. The same request with work of its own in it is a task, its lead
    the body asked."""
    letter = ("BỘ TÀI CHÍNH\nSố: 4410/BTC-NSNN\nHà Nội, ngày 12 tháng 5 năm 2026\nV/v phân bổ kinh phí quản lý năm 2026\n"
              "Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương.\n"
              "1. Đề nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương rà soát, báo cáo số đối tượng thụ "
              "hưởng trước ngày 30/6/2026.\n{closing}\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n"
              "Trần Văn Minh\n")
    generic = ("Bộ Tài chính đề nghị Ủy ban nhân dân các tỉnh, thành phố triển khai thực hiện theo đúng quy định, bảo đảm "
               "thực hiện nhiệm vụ được giao, thực hành tiết kiệm, chống lãng phí ngân sách nhà nước./.")
    assert [t.text[:20] for t in extract_text(letter.format(closing=generic)).tasks] == ["Đề nghị Ủy ban nhân "]
    own = "Bộ Tài chính đề nghị Sở Tài chính các tỉnh, thành phố gửi số liệu quyết toán về Bộ trước ngày 15/7/2026./."
    assert [t.lead for t in extract_text(letter.format(closing=own)).tasks][-1] == ["Sở Tài chính các tỉnh, thành phố"]


def test_a_paragraph_asking_for_amendments_after_the_last_entry_is_no_task_of_that_entry_s_body():
    """ "4. Hằng năm, Sở Nội vụ ban hành văn bản hướng dẫn …" then an unlabelled "Trong quá trình thực hiện, các cấp, các
    ngành … phát hiện những vấn đề … cần sửa đổi, bổ sung, báo cáo …": said to whoever finds them, not Sở Nội vụ's work."""
    text = ("ỦY BAN NHÂN DÂN\nTỈNH BÌNH MINH\nSố: 77/QĐ-UBND\nBình Minh, ngày 6 tháng 5 năm 2026\nQUY CHẾ\n"
            "Xét tặng danh hiệu Công dân ưu tú\nĐiều 12. Tổ chức thực hiện\n"
            "1. Sở Văn hóa, Thể thao và Du lịch tuyên truyền về các cá nhân được tặng danh hiệu.\n"
            "2. Hằng năm, Sở Nội vụ ban hành văn bản hướng dẫn, đôn đốc các cấp, các ngành tổ chức thực hiện Quy chế này.\n"
            "Trong quá trình thực hiện, các cấp, các ngành, cơ quan, đơn vị phát hiện những vấn đề mới cần sửa đổi, bổ "
            "sung, báo cáo Ủy ban nhân dân tỉnh qua Sở Nội vụ để xem xét, sửa đổi kịp thời./.\n" + FOOTER)
    assert not any(t.text.startswith("Trong quá trình thực hiện") for t in extract_text(text).tasks)


DIRECTIVE = ("ỦY BAN NHÂN DÂN\nTỈNH BÌNH MINH\nSố: 04/CT-UBND\nBình Minh, ngày 02 tháng 4 năm 2026\nCHỈ THỊ\n"
             "Về tăng cường quản lý chất thải rắn sinh hoạt\n")


def test_the_last_paragraph_asking_every_body_to_carry_out_the_document_is_no_task():
    """After a directive's last item, "Yêu cầu Giám đốc các sở, …, Chủ tịch … nghiêm túc thực hiện Chỉ thị này./."
    (or a notice's "… xin trân trọng thông báo./.", or every body's generic duty once more) closes the document: neither a task of its own nor a paragraph
    of the last item, which stays a task by itself."""
    body = ("1. Sở Nông nghiệp và Môi trường hướng dẫn các xã phân loại chất thải rắn tại nguồn.\n"
            "2. Các sở, ban, ngành theo chức năng, nhiệm vụ phối hợp với các xã triển khai có hiệu quả Chỉ thị này.\n"
            "Yêu cầu Giám đốc các sở, ban, ngành; Chủ tịch Ủy ban nhân dân các xã, phường và Thủ trưởng các cơ quan, "
            "đơn vị có liên quan nghiêm túc triển khai thực hiện Chỉ thị này./.\n")
    tasks = extract_text(DIRECTIVE + body + FOOTER).tasks
    assert [t.text[:20] for t in tasks] == ["Sở Nông nghiệp và Mô", "Các sở, ban, ngành t"]
    notice = body.replace("Yêu cầu Giám đốc", "Văn phòng Ủy ban nhân dân tỉnh xin trân trọng thông báo./.\nYêu cầu Giám đốc")
    assert len(extract_text(DIRECTIVE + notice.rsplit("\n", 2)[0] + "\n" + FOOTER).tasks) == 2
    generic = body.replace("Yêu cầu Giám đốc các sở, ban, ngành; Chủ tịch Ủy ban nhân dân các xã, phường và Thủ trưởng các "
                           "cơ quan, đơn vị có liên quan nghiêm túc", "Các cơ quan, đơn vị, địa phương căn cứ chức năng, "
                           "nhiệm vụ được giao, khẩn trương").replace("./.", "; kịp thời báo cáo Ủy ban nhân dân tỉnh./.")
    assert [t.text[:20] for t in extract_text(DIRECTIVE + generic + FOOTER).tasks] == [
        "Sở Nông nghiệp và Mô", "Các sở, ban, ngành t"]  # every body's generic duty, said once more
    inside = body.replace("1. Sở Nông", "1. Yêu cầu các xã, phường nghiêm túc thực hiện Chỉ thị này.\n2. Sở Nông")
    assert "Yêu cầu các xã, phường nghiêm túc thực hiện Chỉ thị này." in [t.text for t in extract_text(
        DIRECTIVE + inside + FOOTER).tasks]  # inside the list the same words are a task

ORGANISING_CHAPTER = """ỦY BAN NHÂN DÂN
TỈNH BÌNH MINH
Số: 1210/QĐ-UBND
Bình Minh, ngày 02 tháng 11 năm 2026
QUYẾT ĐỊNH
Ban hành Quy định đánh giá công tác cải cách hành chính
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy định đánh giá công tác cải cách hành chính.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
QUY ĐỊNH
Chương I
QUY ĐỊNH CHUNG
Điều 1. Phạm vi điều chỉnh
Quy định này quy định tiêu chí, thang điểm đánh giá công tác cải cách hành chính.
Chương II
TỔ CHỨC THỰC HIỆN
Điều 2. Trình tự, thời gian đánh giá
1. Thẩm quyền đánh giá
Ủy ban nhân dân tỉnh quyết định kết quả đánh giá hằng năm.
2. Trình tự đánh giá
a) Sở Nội vụ tổng hợp kết quả tự đánh giá của các cơ quan, đơn vị trước ngày 20 tháng 12 hằng năm.
b) Trong quý I của năm liền kề, Sở Tư pháp chủ trì thẩm định kết quả đánh giá.
Điều 3. Trách nhiệm thi hành
Các cơ quan, đơn vị chịu trách nhiệm thi hành Quy định này.
"""


def test_a_regulations_organising_chapter_gives_its_articles_steps_named_body_by_body():
    """ "Chương II / TỔ CHỨC THỰC HIỆN" organises the articles after it; a step that names its body is that body's
    duty even under an entry that names none, and a time clause before the subject does not hide it."""
    tasks = extract_text(ORGANISING_CHAPTER + FOOTER).tasks
    assert [(t.lead, t.text[:20]) for t in tasks] == [
        (["Sở Nội vụ"], "Sở Nội vụ tổng hợp k"), (["Sở Tư pháp"], "Trong quý I của năm ")]


def test_the_steps_of_a_roadmap_phase_are_due_by_its_end():
    """ "III. LỘ TRÌNH THỰC HIỆN" → "1. Giai đoạn 2026 - 2028" → "- Hoàn thiện …": the phase is the steps' time
    frame; a step that sets its own date keeps it, and a heading that only mentions a phase sets nothing."""
    tasks = _tasks("III. LỘ TRÌNH THỰC HIỆN\n1. Giai đoạn 2026 - 2028\n"
                   "- Hoàn thiện cơ sở dữ liệu đất đai dùng chung của tỉnh.\n"
                   "- Ban hành quy chế khai thác dữ liệu trước ngày 30/6/2027.\n"
                   "2. Giai đoạn 2029–2030:\n- Mở rộng kết nối dữ liệu đến tất cả các xã, phường.\n"
                   "3. Nâng cấp hạ tầng trong giai đoạn 2026 - 2030\n- Nâng cấp trung tâm dữ liệu của tỉnh.\n")
    assert [t.deadline for t in tasks] == ["2028-12-31", "2027-06-30", "2030-12-31", None]


def test_the_items_under_a_month_of_an_annual_programme_are_due_by_its_end():
    """ "Tháng 02:" → "- Phòng X: …" in a plan for 2026: the month is the item's time frame, of the plan's year; a
    two-month heading ends with its second month, a quarter with its last day, and an item's own date wins."""
    tasks = _tasks("II. NHIỆM VỤ THEO THÁNG\nTháng 02:\n- Văn phòng Sở: tổ chức hội nghị triển khai nhiệm vụ năm.\n"
                   "Tháng 5 và tháng 6:\n- Phòng Hạ tầng số: khảo sát hiện trạng mạng cáp quang tại các xã.\n"
                   "- Phòng Hạ tầng số: hoàn thành báo cáo khảo sát trước ngày 20/5/2026.\n"
                   "Quý IV:\n- Văn phòng Sở: tổng kết, đánh giá kết quả thực hiện Kế hoạch.\n")
    assert [t.deadline for t in tasks] == ["2026-02-28", "2026-06-30", "2026-05-20", "2026-12-31"]


def test_the_activities_of_a_section_that_gives_its_own_time_are_due_by_its_end():
    """ "1. Tuần lễ hưởng ứng" → "a) Thời gian: Từ ngày … đến ngày …" beside "b) Các hoạt động chính" → "- …": the
    section's time item dates the activities that set none of their own, and is no task; a time field closing the
    items above it stays their field."""
    tasks = _tasks("II. NỘI DUNG\n1. Tuần lễ hưởng ứng\n"
                   "a) Thời gian: Từ ngày 01/10/2026 đến ngày 07/10/2026.\nb) Các hoạt động chính\n"
                   "- Tổ chức lễ phát động tại các xã, phường.\n"
                   "- Treo băng rôn, khẩu hiệu trước ngày 28/9/2026.\n"
                   "2. Truyền thông thường xuyên\n- Đăng tải tin, bài trên cổng thông tin điện tử của tỉnh.\n"
                   "- Phát hành tờ rơi về sử dụng nước an toàn.\n- Thời gian: Quý IV/2026.\n"
                   "3. Sơ kết\n- Tổng hợp kết quả Tuần lễ, báo cáo Ủy ban nhân dân tỉnh.\n")
    assert [(t.text[:20], t.deadline) for t in tasks] == [
        ("Tổ chức lễ phát động", "2026-10-07"), ("Treo băng rôn, khẩu ", "2026-09-28"),
        ("Đăng tải tin, bài tr", "2026-12-31"), ("Phát hành tờ rơi về ", "2026-12-31"), ("Tổng hợp kết quả Tuầ", None)]


def test_a_name_cut_after_a_head_inside_it_is_the_one_body_the_plan_names_in_full_with_it():
    """ "phối hợp với Văn phòng Ban Chỉ đạo" where the plan also writes "Văn phòng Ban Chỉ đạo chuyển đổi số tỉnh": the
    one body; with two such bodies in the plan the short name stays as written."""
    body = ("II. NHIỆM VỤ\n1. Sở Khoa học và Công nghệ chủ trì, phối hợp với Văn phòng Ban Chỉ đạo rà soát các nền tảng "
            "số dùng chung.\n2. Văn phòng Ban Chỉ đạo chuyển đổi số tỉnh tổng hợp kết quả rà soát.\n")
    tasks = _tasks(body)
    assert tasks[0].coordinators == ["Văn phòng Ban Chỉ đạo chuyển đổi số tỉnh"]
    two = body + "3. Văn phòng Ban Chỉ đạo an toàn thực phẩm tỉnh kiểm tra các bếp ăn tập thể.\n"
    assert _tasks(two)[0].coordinators == ["Văn phòng Ban Chỉ đạo"]


def test_a_time_field_closing_a_tasks_own_paragraph_dates_it_and_is_no_part_of_its_text():
    tasks = _tasks("II. NHIỆM VỤ\n1. Sở Tài chính tổng hợp kết quả rà soát tài sản, báo cáo Ủy ban nhân dân tỉnh. "
                   "Thời gian hoàn thành: Trước ngày 30/9/2026.\n"
                   "2. Sở Xây dựng hướng dẫn các xã lập hồ sơ nhà ở; thời gian thực hiện theo hướng dẫn của Bộ.\n")
    assert [(t.text, t.deadline) for t in tasks] == [
        ("Sở Tài chính tổng hợp kết quả rà soát tài sản, báo cáo Ủy ban nhân dân tỉnh.", "2026-09-30"),
        ("Sở Xây dựng hướng dẫn các xã lập hồ sơ nhà ở; thời gian thực hiện theo hướng dẫn của Bộ.", None)]


def test_a_letters_list_of_enclosures_ends_its_body():
    """ "3. Chỉ đạo …" then "Sở Tư pháp gửi kèm bộ tài liệu gồm:" and its list: the enclosures come after the last
    request, as "Nơi nhận" does, so the last item is a request like the others and the list gives nothing."""
    letter = ("ỦY BAN NHÂN DÂN\nTỈNH BÌNH MINH\nSỞ TƯ PHÁP\nSố: 310/STP-PBGDPL\nBình Minh, ngày 05 tháng 6 năm 2026\n"
              "V/v phổ biến tài liệu hỏi đáp pháp luật cho cán bộ cấp xã\n"
              "Sở Tư pháp đề nghị Ủy ban nhân dân các xã, phường quan tâm chỉ đạo:\n"
              "1. Phổ biến tài liệu hỏi đáp pháp luật đến cán bộ, công chức cấp xã.\n"
              "2. Lồng ghép nội dung tài liệu vào các buổi sinh hoạt chuyên đề hằng tháng.\n"
              "3. Chỉ đạo công chức tư pháp thường xuyên giải đáp câu hỏi của người dân về thủ tục hộ tịch.\n"
              "Sở Tư pháp gửi kèm bộ tài liệu gồm:\n- Tài liệu hỏi đáp về hộ tịch;\n- Tài liệu hỏi đáp về chứng thực.\n"
              + FOOTER)
    tasks = extract_text(letter).tasks
    assert [t.text[:20] for t in tasks] == ["Phổ biến tài liệu hỏ", "Lồng ghép nội dung t", "Chỉ đạo công chức tư"]


def test_an_office_of_the_plans_own_steering_body_stands_for_it():
    """ "1.1. Trưởng Ban Chỉ đạo" over its dashes: the office-holder stands for the body he heads, which the plan
    names in full elsewhere; among several so named, a provincial plan's own is the province's."""
    body = ("I. MỤC ĐÍCH\nThực hiện chỉ đạo của Ban Chỉ đạo Trung ương; Ban Chỉ đạo tỉnh điều hành chung.\n"
            "II. NHIỆM VỤ CỤ THỂ\n1. Nhiệm vụ của thành viên Ban Chỉ đạo\n1.1. Trưởng Ban Chỉ đạo\n"
            "- Phụ trách chung, chỉ đạo toàn bộ hoạt động của Ban Chỉ đạo.\n"
            "- Phân công nhiệm vụ cho các thành viên Ban Chỉ đạo.\n"
            "1.2. Sở Tài chính\n- Hướng dẫn các đơn vị lập báo cáo kiểm kê.\n")
    assert [t.lead for t in _tasks(body)] == [["Ban Chỉ đạo tỉnh"], ["Ban Chỉ đạo tỉnh"], ["Sở Tài chính"]]


def test_in_a_central_document_the_capitalised_city_is_the_one_it_names():
    """A central notice about one city writes "Ủy ban nhân dân thành phố Hải Minh" once, then "Ủy ban nhân dân Thành
    phố": the level capitalised with no place after it is that city."""
    notice = ("VĂN PHÒNG CHÍNH PHỦ\nSố: 512/TB-VPCP\nHà Nội, ngày 10 tháng 6 năm 2026\nTHÔNG BÁO\n"
              "Kết luận của Phó Thủ tướng Chính phủ tại buổi làm việc với thành phố Hải Minh\n"
              "1. Ủy ban nhân dân thành phố Hải Minh rà soát quy hoạch các khu tái định cư.\n"
              "2. Ủy ban nhân dân Thành phố chỉ đạo các xã, phường hoàn thành giải phóng mặt bằng.\n"
              "Văn phòng Chính phủ thông báo để các cơ quan biết, thực hiện./.\n" + FOOTER)
    assert [t.lead for t in extract_text(notice).tasks] == [["Ủy ban nhân dân thành phố Hải Minh"]] * 2


def test_fields_in_a_parenthesis_closing_the_task_give_its_lead_partners_and_time():
    body = """II. NHIỆM VỤ, GIẢI PHÁP
1. Phát triển hạ tầng
a) Xây dựng trung tâm dữ liệu dùng chung của tỉnh, kết nối với các hệ thống của các sở (Cơ quan chủ trì: Sở Khoa học và Công nghệ; cơ quan phối hợp: Sở Tài chính, Công an tỉnh; thời gian hoàn thành: Quý IV/2026).
b) Phủ sóng di động đến các thôn vùng sâu (Cơ quan chủ trì: Sở Khoa học và Công nghệ; cơ quan phối hợp: Ủy ban nhân dân các xã; thời gian: năm 2026 - 2027).
c) Sở Xây dựng chủ trì lập quy hoạch hạ tầng viễn thông thụ động (ống, cống, bể cáp).
"""
    tasks = _tasks(body)
    assert [t.lead for t in tasks] == [["Sở Khoa học và Công nghệ"], ["Sở Khoa học và Công nghệ"], ["Sở Xây dựng"]]
    assert tasks[0].coordinators == ["Sở Tài chính", "Công an tỉnh"] and not tasks[0].coordinators_collective
    assert tasks[1].coordinators == [] and tasks[1].coordinators_collective
    assert [t.deadline for t in tasks[:2]] == ["2026-12-31", "2027-12-31"]
    assert tasks[0].text.endswith("thời gian hoàn thành: Quý IV/2026).")  # the fields stay in the text, as written


def test_plus_items_under_a_heading_that_only_names_a_body_are_its_tasks():
    body = """II. NHIỆM VỤ, GIẢI PHÁP
1. Phân công thực hiện
a) Phòng Kinh tế:
+ Rà soát, cập nhật dữ liệu hộ kinh doanh trên địa bàn xã, hoàn thành trước ngày 30/6/2026.
+ Vận động các hợp tác xã áp dụng thanh toán không dùng tiền mặt.
b) Công an xã chủ trì tổ chức đợt cao điểm làm căn cước cho người dân, trong đó:
+ thu nhận hồ sơ lưu động tại các thôn;
+ kích hoạt tài khoản định danh điện tử cho người cao tuổi.
"""
    tasks = _tasks(body)
    assert [t.text[:20] for t in tasks] == ["Rà soát, cập nhật dữ", "Vận động các hợp tác", "Công an xã chủ trì t"]
    assert [t.lead for t in tasks] == [["Phòng Kinh tế"], ["Phòng Kinh tế"], ["Công an xã"]]
    assert tasks[0].deadline == "2026-06-30"


def test_an_annual_programmes_table_gives_months_and_quarters_without_their_year():
    table = """II. DANH MỤC ĐỀ ÁN TRÌNH ỦY BAN NHÂN DÂN TỈNH
| STT | Nội dung | Cơ quan chủ trì | Thời gian trình |
|---|---|---|---|
| 1 | Đề án phát triển chợ đầu mối nông sản | Sở Công Thương | Tháng 3 |
| 2 | Quy định giá dịch vụ thu gom rác thải | Sở Nông nghiệp và Môi trường | Quý II |
| 3 | Báo cáo tình hình kinh tế - xã hội | Sở Tài chính | Tháng cuối quý |
"""
    annual = extract_text(HEADER.replace("Phát triển hạ tầng số năm 2026", "Chương trình công tác năm 2026") + table + FOOTER)
    assert [t.deadline for t in annual.tasks] == ["2026-03-31", "2026-06-30", None]
    longer = extract_text(HEADER.replace("Phát triển hạ tầng số năm 2026", "Phát triển đô thị giai đoạn 2026 - 2030")
                          + table + FOOTER)
    assert [t.deadline for t in longer.tasks] == [None, None, None]  # which year's March, a reader cannot tell


def test_a_party_that_is_no_bodys_name_leads_the_work_given_to_it():
    body = """II. NHIỆM VỤ
1. Sở Xây dựng chủ trì rà soát hiện trạng nhà ở tạm.
2. Trách nhiệm của đơn vị được kiểm tra:
a) Chuẩn bị hồ sơ, tài liệu phục vụ đoàn kiểm tra trước ngày 15/4/2026.
b) Khắc phục các tồn tại sau kiểm tra.
3. Hộ gia đình, cá nhân: Chủ động gia cố nhà cửa, chằng chống mái nhà trước mùa mưa bão.
4. Trách nhiệm của Sở Tài chính: Bố trí kinh phí thực hiện kiểm tra.
"""
    tasks = _by_start(_tasks(body))
    assert tasks["Chuẩn bị hồ sơ, tài liệu "].lead == ["Đơn vị được kiểm tra"]
    assert tasks["Khắc phục các tồn tại sau"].lead == ["Đơn vị được kiểm tra"]
    assert [t.lead for t in tasks.values() if "gia cố" in t.text] == [["Hộ gia đình, cá nhân"]]
    assert [t.lead for t in tasks.values() if "Bố trí kinh phí" in t.text] == [["Sở Tài chính"]]  # a body's name stays one


def test_an_item_that_gives_only_the_monitoring_of_the_document_after_the_work_is_no_task():
    body = """II. NHIỆM VỤ TRỌNG TÂM
1. Sở Tài chính rà soát, điều chuyển vốn của các dự án chậm giải ngân trước ngày 30/9/2026.
2. Sở Xây dựng đẩy nhanh thẩm định thiết kế các công trình trọng điểm.
3. Giao Văn phòng Ủy ban nhân dân tỉnh theo dõi, đôn đốc việc thực hiện Thông báo này; tổng hợp, báo cáo Chủ tịch Ủy ban nhân dân tỉnh trước ngày 10 hằng tháng.
4. Sở Nội vụ theo dõi, đôn đốc việc thực hiện Thông báo này; chủ trì tổ chức hội nghị sơ kết.
"""
    texts = [t.text for t in _tasks(body)]
    assert not any(text.startswith("Giao Văn phòng") for text in texts)
    assert any(text.startswith("Sở Nội vụ") for text in texts)  # monitoring and work of its own: a task
    assert len(texts) == 3


def test_the_bodies_that_label_an_item_are_its_lead_not_its_text():
    body = """II. NHIỆM VỤ
1. Sở Y tế, Trung tâm Kiểm soát bệnh tật tỉnh: tổ chức tiêm vắc xin sởi cho trẻ dưới 5 tuổi trong quý II/2026.
2. Sở Tài chính chủ trì bố trí kinh phí mua vắc xin.
"""
    tasks = _tasks(body)
    assert [(t.text[:22], t.lead) for t in tasks] == [
        ("tổ chức tiêm vắc xin s", ["Sở Y tế", "Trung tâm Kiểm soát bệnh tật tỉnh"]),
        ("Sở Tài chính chủ trì b", ["Sở Tài chính"]),  # a body that is the sentence's subject stays in it
    ]


def test_an_instruction_after_the_phase_or_the_occasion_it_is_for_instructs():
    assert instructs("Giai đoạn trước mùa mưa (tháng 4 - tháng 6): Kiểm tra, gia cố các hồ chứa xung yếu.")
    assert instructs("Bước 2: Rà soát hồ sơ đề nghị hỗ trợ.")
    assert instructs("Khi mực nước vượt báo động 3, di dời ngay người dân ra khỏi vùng trũng.")
    assert not instructs("Giai đoạn 2026 - 2030: tỷ lệ hộ dùng nước sạch đạt 95%.")
    assert not instructs("Khi mực nước vượt báo động 3, các vùng trũng bị ngập sâu.")


def test_phase_steps_and_noted_instructions_in_a_section_on_how_the_work_is_done_are_tasks():
    body = """III. ĐỐI TƯỢNG, NHU CẦU HỖ TRỢ
1. Đối tượng: các hộ dân có nhà bị ngập, hư hỏng do bão.
2. Phương án tổ chức sơ tán
- Giai đoạn trước bão (24 giờ): Di dời người dân ở nhà tạm, nhà xung yếu đến nơi trú ẩn an toàn.
- Giai đoạn sau bão: Tổ chức đưa người dân trở về nhà, hỗ trợ dọn dẹp nhà cửa.
Lưu ý:
- Việc sơ tán được thực hiện theo phương châm bốn tại chỗ.
- Khi di dời người cao tuổi, trẻ em, bố trí phương tiện và người hỗ trợ riêng.
IV. TỔ CHỨC THỰC HIỆN
1. Sở Xây dựng chủ trì hướng dẫn gia cố nhà ở trước mùa mưa bão.
"""
    texts = [t.text for t in _tasks(body)]
    assert any(text.startswith("Giai đoạn trước bão") for text in texts)
    assert any(text.startswith("Giai đoạn sau bão") for text in texts)
    assert any(text.startswith("Khi di dời người cao tuổi") for text in texts)
    assert not any(text.startswith(("Việc sơ tán", "Đối tượng")) for text in texts)  # a rule and a scope, no work


def test_an_entry_of_the_body_by_body_list_labelled_by_a_class_is_a_task_however_generic():
    body = """II. NHIỆM VỤ
1. Tổ chức hội thi tìm hiểu pháp luật về bầu cử.
III. TỔ CHỨC THỰC HIỆN
1. Sở Tư pháp: Chủ trì biên soạn tài liệu hỏi đáp về bầu cử.
2. Các đơn vị sự nghiệp trực thuộc: Căn cứ nhiệm vụ của mình, chủ động xây dựng kế hoạch hưởng ứng Phong trào.
3. Các đơn vị phát thanh, truyền thông cơ sở: Xây dựng chuyên mục và đẩy mạnh tuyên truyền về Phong trào.
4. Các sở, ban, ngành căn cứ Kế hoạch này xây dựng kế hoạch triển khai thực hiện.
"""
    leads = {t.text[:20]: t.lead for t in _tasks(body)}
    assert leads["Căn cứ nhiệm vụ của m"[:20]] == ["Các đơn vị sự nghiệp trực thuộc"]
    assert leads["Xây dựng chuyên mục "] == ["Các đơn vị phát thanh, truyền thông cơ sở"]
    assert not any(text.startswith("Các sở, ban, ngành") for text in leads)  # every body's generic duty, unlabelled


def test_a_paragraph_giving_every_body_the_report_after_the_last_entrys_list_is_no_task_of_that_entry():
    body = """II. NHIỆM VỤ
1. Tổ chức tiêm chủng mở rộng cho trẻ em.
III. TỔ CHỨC THỰC HIỆN
1. Sở Y tế
- Chủ trì giám sát dịch bệnh tại cộng đồng.
2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh
- Vận động Nhân dân tham gia vệ sinh môi trường.
Các sở, ban, ngành, Ủy ban nhân dân các xã, phường báo cáo kết quả thực hiện Kế hoạch gửi Sở Y tế trước ngày 05/12/2026.
"""
    plan = extract_text(HEADER + body + FOOTER)
    assert not any(t.text.startswith("Các sở, ban, ngành") for t in plan.tasks)
    assert [(d.recipient, d.due) for d in plan.reporting] == [("Sở Y tế", "2026-12-05")]


def test_a_short_heading_naming_a_local_group_by_what_it_does_leads_its_items():
    body = """II. NHIỆM VỤ
1. Đội ngũ cán bộ
- Bồi dưỡng kỹ năng hòa giải cho cán bộ thôn.
2. Ban tự quản các tổ dân cư
- Vận động hộ gia đình giữ vệ sinh đường làng.
- Báo cáo ngay Ủy ban nhân dân xã khi phát hiện hành vi đổ rác thải trái phép.
"""
    plan = extract_text(HEADER + body + FOOTER)
    leads = {t.text[:20]: t.lead for t in plan.tasks}
    assert leads["Vận động hộ gia đình"] == ["Ban tự quản các tổ dân cư"]
    assert leads["Bồi dưỡng kỹ năng hò"] != ["Đội ngũ cán bộ"]  # a topic, not a group
    assert [(d.reporter, d.recipient) for d in plan.reporting] == [("Ban tự quản các tổ dân cư", "Ủy ban nhân dân xã")]


FOOD_SAFETY_REGULATION = """ỦY BAN NHÂN DÂN
TỈNH BÌNH MINH
Số: 31/2026/QĐ-UBND
Bình Minh, ngày 14 tháng 5 năm 2026
QUYẾT ĐỊNH
Ban hành Quy định kiểm tra an toàn thực phẩm tại các bếp ăn tập thể
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy định kiểm tra an toàn thực phẩm tại các bếp ăn tập thể.
Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 6 năm 2026.
QUY ĐỊNH
Chương I
QUY ĐỊNH CHUNG
Điều 1. Phạm vi điều chỉnh
Quy định này quy định việc kiểm tra an toàn thực phẩm tại các bếp ăn tập thể trên địa bàn tỉnh.
Điều 2. Các trường hợp được miễn kiểm tra định kỳ
1. Bếp ăn đã được cấp giấy chứng nhận đủ điều kiện an toàn thực phẩm còn hiệu lực.
2. Tổ chức, cá nhân tự nguyện áp dụng hệ thống quản lý chất lượng theo quy định.
Điều 3. Trình tự kiểm tra
1. Thành lập đoàn kiểm tra;
2. Tổ chức kiểm tra tại cơ sở;
3. Thông báo kết quả kiểm tra cho cơ sở được kiểm tra.
Chương II
BIỆN PHÁP VÀ LỘ TRÌNH ÁP DỤNG
Điều 4. Các biện pháp áp dụng tại bếp ăn tập thể
1. Lưu mẫu thức ăn trong 24 giờ.
2. Ghi chép nguồn gốc nguyên liệu hằng ngày.
Chương III
TỔ CHỨC THỰC HIỆN
Điều 5. Trách nhiệm của Sở Y tế
1. Chủ trì tổ chức kiểm tra các bếp ăn tập thể theo kế hoạch hằng năm.
2. Tổng hợp kết quả kiểm tra, báo cáo Ủy ban nhân dân tỉnh trước ngày 15 tháng 12 hằng năm.
Điều 6. Trách nhiệm thi hành
Giám đốc các sở, Chủ tịch Ủy ban nhân dân các xã, phường chịu trách nhiệm thi hành Quy định này.
"""


def test_a_regulations_articles_of_rules_give_no_task_and_its_articles_of_duties_do():
    """An article named by its topic lays down rules ("Các trường hợp …", "Trình tự kiểm tra", "Các biện pháp
    áp dụng …"), however its items read; the article that gives a body its duties gives its tasks; the article naming
    who executes the regulation gives none."""
    tasks = extract_text(FOOD_SAFETY_REGULATION + FOOTER).tasks
    assert [(t.lead, t.text[:25]) for t in tasks] == [
        (["Sở Y tế"], "Chủ trì tổ chức kiểm tra "), (["Sở Y tế"], "Tổng hợp kết quả kiểm tra")]


MANDATE = """ỦY BAN NHÂN DÂN
TỈNH BÌNH MINH
Số: 2210/QĐ-UBND
Bình Minh, ngày 20 tháng 10 năm 2026
QUYẾT ĐỊNH
Ban hành Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Văn hóa, Thể thao và Du lịch
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
QUY ĐỊNH
Điều 1. Vị trí và chức năng
1. Sở Văn hóa, Thể thao và Du lịch là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh.
Điều 2. Nhiệm vụ và quyền hạn
1. Về di sản văn hóa
1.1. Tham mưu Ủy ban nhân dân tỉnh quản lý di sản văn hóa trên địa bàn và thực hiện các nhiệm vụ sau:
a) Chủ trì, phối hợp với các cơ quan có liên quan lập hồ sơ xếp hạng di tích cấp tỉnh;
b) Tổ chức kiểm kê di sản văn hóa phi vật thể.
2. Về thể dục, thể thao
a) Hướng dẫn phát triển phong trào thể dục, thể thao quần chúng.
Điều 3. Cơ cấu tổ chức
1. Lãnh đạo Sở gồm Giám đốc và không quá 03 Phó Giám đốc.
Điều 4. Tổ chức thực hiện
1. Giao Sở Văn hóa, Thể thao và Du lịch xây dựng Đề án vị trí việc làm của Sở, trình Ủy ban nhân dân tỉnh trong quý I/2027.
"""


def test_a_bodys_mandate_gives_no_task_though_its_items_read_as_duties():
    """ "Điều 2. Nhiệm vụ và quyền hạn" of a body, and a sentence in it that mentions "các nhiệm vụ sau:", state what
    the body is for; the regulation's implementation article gives the work to follow up."""
    tasks = extract_text(MANDATE + FOOTER).tasks
    assert [(t.lead, t.text[:25], t.deadline) for t in tasks] == [
        (["Sở Văn hóa, Thể thao và Du lịch"], "Giao Sở Văn hóa, Thể thao", "2027-03-31")]


def test_the_formula_adopting_a_resolution_ends_its_body():
    """ "Nghị quyết này được Hội đồng nhân dân … thông qua ngày …" closes the text: a recipients list run into one
    line after it, with no "Nơi nhận", is none of the last article."""
    body = ("HỘI ĐỒNG NHÂN DÂN\nTỈNH BÌNH MINH\nSố: 12/NQ-HĐND\nNGHỊ QUYẾT\nVề nhiệm vụ phát triển du lịch năm 2027\n"
            "QUYẾT NGHỊ:\nĐiều 1. Giao Ủy ban nhân dân tỉnh xây dựng kế hoạch phát triển du lịch năm 2027.\n"
            "Điều 2. Tổ chức thực hiện\n1. Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết.\n"
            "2. Thường trực Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết.\n"
            "Nghị quyết này được Hội đồng nhân dân tỉnh Bình Minh khóa XI, Kỳ họp thứ 9 thông qua ngày 10 tháng 12 năm 2026.\n"
            "- Ủy ban Thường vụ Quốc hội; - Chính phủ; - Bộ Văn hóa, Thể thao và Du lịch; - Lưu: VT. |\n(đã ký)\n")
    assert all("Chính phủ; -" not in t.text for t in extract_text(body).tasks)
    assert "Chính phủ; -" in extract_text(body.replace("Nghị quyết này được", "Văn bản")).tasks[-1].text


PROCEDURES_DECISION = """ỦY BAN NHÂN DÂN
TỈNH BÌNH MINH
Số: 1544/QĐ-UBND
Bình Minh, ngày 08 tháng 9 năm 2026
QUYẾT ĐỊNH
Về việc công bố danh mục thủ tục hành chính mới ban hành lĩnh vực văn hóa cơ sở
QUYẾT ĐỊNH:
Điều 1. Công bố kèm theo Quyết định này danh mục thủ tục hành chính mới ban hành lĩnh vực văn hóa cơ sở.
Điều 2. Giao Sở Văn hóa, Thể thao và Du lịch cập nhật các thủ tục hành chính lên Cổng dịch vụ công của tỉnh.
Điều 3. Quyết định này có hiệu lực kể từ ngày ký.
Nơi nhận:
- Như Điều 3;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lê Văn An
THỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH LĨNH VỰC VĂN HÓA CƠ SỞ
(Ban hành kèm theo Quyết định số 1544/QĐ-UBND ngày 08/9/2026)
I. NỘI DUNG CỤ THỂ CỦA TỪNG THỦ TỤC
1. Thủ tục công nhận câu lạc bộ văn hóa
a) Trình tự thực hiện:
- Tổ chức gửi hồ sơ đến Ủy ban nhân dân cấp xã.
- Ủy ban nhân dân cấp xã thẩm định hồ sơ trong 05 ngày làm việc.
b) Thành phần hồ sơ: Đơn đề nghị; danh sách thành viên.
II. MẪU ĐƠN
Căn cứ kế hoạch phát triển văn hóa cơ sở, chúng tôi đăng ký thực hiện nhiệm vụ với các thông tin sau:
1. Loại hình nhiệm vụ
- Văn nghệ quần chúng □
- Thể thao quần chúng □
"""


def test_a_decision_publishing_procedures_gives_its_own_articles_work_and_none_from_its_annex():
    """The procedures published after the signature, their steps and their forms, are no task list, whatever
    their sentences look like; the decision's own article that gives work is its task."""
    as_annex = PROCEDURES_DECISION.replace("THỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH LĨNH VỰC", "PHỤ LỤC\nTHỦ TỤC HÀNH CHÍNH LĨNH VỰC")
    for text in (PROCEDURES_DECISION, as_annex):  # the annex marked as an attachment ("PHỤ LỤC") or not
        tasks = extract_text(text).tasks
        assert [(t.lead, t.text[:30]) for t in tasks] == [(["Sở Văn hóa, Thể thao và Du lịch"], "Giao Sở Văn hóa, Thể thao và D")]


def test_a_form_announcing_its_fields_announces_no_tasks_and_a_title_mentioning_tasks_names_no_activities():
    """A form's "… thực hiện nhiệm vụ với các thông tin sau:" announces the fields after it, and "1. Loại hình
    nhiệm vụ" names a kind, not the activities to carry out."""
    from vnplan.lexicon import ANNOUNCES_TASKS
    assert not ANNOUNCES_TASKS.search("Chúng tôi đăng ký thực hiện nhiệm vụ với các thông tin sau:")
    assert ANNOUNCES_TASKS.search("Các sở, ngành cần tập trung thực hiện các nhiệm vụ, giải pháp chủ yếu sau đây:")
    title = "công bố danh mục thủ tục hành chính mới ban hành"
    form = PROCEDURES_DECISION.replace(title, "ban hành mẫu đơn đăng ký")
    annex = form[:form.index("I. NỘI DUNG")] + form[form.index("II. MẪU ĐƠN"):]
    assert [t.text[:30] for t in extract_text(annex).tasks] == ["Giao Sở Văn hóa, Thể thao và D"]


LANDSLIDE_DISPATCH = """THỦ TƯỚNG CHÍNH PHỦ
Số: 140/CĐ-TTg
Hà Nội, ngày 12 tháng 10 năm 2026
CÔNG ĐIỆN
Về việc khắc phục hậu quả sạt lở đất tại các tỉnh miền núi phía Bắc
THỦ TƯỚNG CHÍNH PHỦ điện:
- Chủ tịch Ủy ban nhân dân các tỉnh: Hà Giang, Lào Cai, Yên Bái;
- Bộ trưởng các Bộ: Quốc phòng, Công an, Xây dựng.
Thời gian qua, mưa lớn kéo dài đã gây sạt lở đất nghiêm trọng tại nhiều địa phương, Thủ tướng Chính phủ yêu cầu:
1. Chủ tịch Ủy ban nhân dân các tỉnh: Hà Giang, Lào Cai và Yên Bái chỉ đạo các cơ quan chức năng khẩn trương thống kê, báo cáo về các nội dung sau:
(1) Số hộ phải di dời khẩn cấp.
(2) Số công trình hạ tầng bị hư hỏng.
2. Bộ trưởng Bộ Xây dựng hướng dẫn các địa phương lựa chọn địa điểm tái định cư an toàn.
3. Bộ trưởng các Bộ: Quốc phòng, Công an chỉ đạo lực lượng tại chỗ hỗ trợ người dân di dời tài sản.
Văn phòng Chính phủ theo dõi, đôn đốc việc thực hiện Công điện này.
Nơi nhận:
- Như trên;
- Lưu: VT.
THỦ TƯỚNG
Nguyễn Văn Minh
"""


def test_a_dispatch_gives_each_numbered_request_to_the_bodies_it_names():
    """A request whose lead-in names its bodies over a list of places ("Chủ tịch Ủy ban nhân dân các tỉnh: A, B và C
    … về các nội dung sau:" then "(1) …") is one task of those committees; an item followed by a paragraph naming
    another body is a task of its own, and so is that paragraph."""
    tasks = extract_text(LANDSLIDE_DISPATCH).tasks
    assert [(t.lead, t.text[:25]) for t in tasks] == [
        (["Ủy ban nhân dân tỉnh Hà Giang", "Ủy ban nhân dân tỉnh Lào Cai", "Ủy ban nhân dân tỉnh Yên Bái"],
         "Chủ tịch Ủy ban nhân dân "),
        (["Bộ Xây dựng"], "Bộ trưởng Bộ Xây dựng hướ"),
        (["Bộ Quốc phòng", "Bộ Công an"], "Bộ trưởng các Bộ: Quốc ph"),
        (["Văn phòng Chính phủ"], "Văn phòng Chính phủ theo ")]
    assert "(2) Số công trình" in tasks[0].text


def test_an_item_followed_by_what_to_do_should_something_happen_keeps_its_own_text_as_a_task():
    """ "4. Giao Phòng X chủ trì … ." then "Khi xảy ra …, các trường …": the paragraph, its actor after the condition,
    stands on its own; the item, a whole assignment, is a task too, not a heading over it."""
    letter = LANDSLIDE_DISPATCH.replace(
        "Văn phòng Chính phủ theo dõi, đôn đốc việc thực hiện Công điện này.\n",
        "4. Giao Cục Quản lý đê điều chủ trì, phối hợp với Cục Bảo trợ xã hội kiểm tra các điểm sạt lở.\n"
        "Khi phát hiện vết nứt mới, các địa phương phải sơ tán ngay người dân ra khỏi vùng nguy hiểm.\n")
    tasks = extract_text(letter).tasks
    assert [t.text[:25] for t in tasks][-2:] == ["Giao Cục Quản lý đê điều ", "Khi phát hiện vết nứt mới"]
    assert (tasks[-2].lead, tasks[-2].coordinators) == (["Cục Quản lý đê điều"], ["Cục Bảo trợ xã hội"])


def test_who_executes_a_decision_however_long_the_list_and_its_signature_give_no_task():
    """ "Điều 3. Chánh Văn phòng …, Giám đốc các Sở …, Chủ tịch … chịu trách nhiệm thi hành Quyết định này." names who
    executes it, past the first two hundred characters too; "T/M ỦY BAN NHÂN DÂN" opens the signature."""
    body = ("ỦY BAN NHÂN DÂN\nTỈNH BÌNH MINH\nSố: 1901/QĐ-UBND\nBình Minh, ngày 11 tháng 11 năm 2026\nQUYẾT ĐỊNH\n"
            "Bãi bỏ Quyết định số 77/QĐ-UBND ngày 15/01/2026 của Ủy ban nhân dân tỉnh\nQUYẾT ĐỊNH:\n"
            "Điều 1. Bãi bỏ Quyết định số 77/QĐ-UBND ngày 15/01/2026 của Ủy ban nhân dân tỉnh.\n"
            "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n"
            "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Tài chính, Giám đốc Sở Giáo dục và Đào tạo, "
            "Giám đốc Sở Y tế, Giám đốc Sở Xây dựng, Giám đốc Sở Nội vụ, Chủ tịch Ủy ban nhân dân các xã, phường và "
            "Thủ trưởng các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này.\n"
            "T/M ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLê Văn An\n")
    assert extract_text(body).tasks == []


def test_a_mandate_announced_as_duties_and_powers_gives_no_task():
    """ "… thực hiện những nhiệm vụ, quyền hạn cụ thể sau đây:" announces a body's mandate, not tasks."""
    mandate = MANDATE.replace("1. Về di sản văn hóa\n", "Sở thực hiện những nhiệm vụ, quyền hạn cụ thể sau đây:\n"
                                                         "1. Về di sản văn hóa\n")
    assert [t.text[:25] for t in extract_text(mandate + FOOTER).tasks] == ["Giao Sở Văn hóa, Thể thao"]


FEE_RESOLUTION = ("HỘI ĐỒNG NHÂN DÂN\nTỈNH BÌNH MINH\nSố: 21/2026/NQ-HĐND\nBình Minh, ngày 10 tháng 12 năm 2026\nNGHỊ QUYẾT\n"
                  "Quy định mức hỗ trợ học phí trên địa bàn tỉnh\nQUYẾT NGHỊ:\n"
                  "Điều 1. Mức hỗ trợ học phí\nMức hỗ trợ bằng 50% học phí của cơ sở giáo dục công lập.\n"
                  "Điều 2. Tổ chức thực hiện\n"
                  "1. Ủy ban nhân dân tỉnh, các sở, ngành và Ủy ban nhân dân các xã, phường có trách nhiệm tổ chức thi hành "
                  "Nghị quyết này.\n"
                  "2. Giao Ủy ban nhân dân tỉnh ban hành hướng dẫn chi trả trước ngày 31/3/2027.\n"
                  "3. Thường trực Hội đồng nhân dân, các Ban của Hội đồng nhân dân và đại biểu Hội đồng nhân dân tỉnh, trong "
                  "phạm vi nhiệm vụ, quyền hạn của mình, giám sát việc thực hiện Nghị quyết này.\n"
                  "Nghị quyết này được Hội đồng nhân dân tỉnh Bình Minh khóa XI, Kỳ họp thứ 9 thông qua ngày 10 tháng 12 năm 2026.\n")


def test_a_resolutions_implementation_article_gives_its_new_work_only():
    """ "… có trách nhiệm tổ chức thi hành Nghị quyết này" said to every body, and supervision "trong phạm vi nhiệm vụ,
    quyền hạn của mình" after the work is given, assign nothing new; the khoản that gives work is the task."""
    body = FEE_RESOLUTION
    assert [(t.lead, t.deadline) for t in extract_text(body).tasks] == [(["Ủy ban nhân dân tỉnh"], "2027-03-31")]
    deputies = body.replace("Thường trực Hội đồng nhân dân, các Ban của Hội đồng nhân dân và đại biểu Hội đồng nhân dân tỉnh",
                            "Hội đồng Dân tộc, các Ủy ban của Quốc hội, Đoàn đại biểu Quốc hội và đại biểu Quốc hội tỉnh "
                            "Bình Minh")
    assert [t.lead for t in extract_text(deputies).tasks] == [["Ủy ban nhân dân tỉnh"]]  # the people named between
    approving = body.replace("Điều 1. Mức hỗ trợ học phí\nMức hỗ trợ bằng 50% học phí của cơ sở giáo dục công lập.",
                             "Điều 1. Thông qua Đề án hỗ trợ học phí; Sở Giáo dục và Đào tạo chịu trách nhiệm về số liệu.")
    assert [t.lead for t in extract_text(approving).tasks] == [["Ủy ban nhân dân tỉnh"]]  # approving is no work


def test_the_duties_of_individuals_requirements_and_contents_of_a_regulation_are_rules():
    """ "Trách nhiệm của công chức …" binds people, not bodies; "Yêu cầu về …" and "Nội dung bồi dưỡng" say what a rule
    requires and covers; a chapter's heading ends the article before it. The body's duties stay its tasks."""
    body = FOOD_SAFETY_REGULATION.split("Chương I\n")[0] + (
        "Chương I\nQUY ĐỊNH CHUNG\n"
        "Điều 1. Trách nhiệm của công chức khi tham gia bồi dưỡng\n1. Thực hiện đúng quy chế của cơ sở bồi dưỡng.\n"
        "2. Hoàn thành chương trình bồi dưỡng theo thời gian quy định.\n"
        "Điều 2. Yêu cầu về bồi dưỡng ở nước ngoài\n1. Việc cử công chức đi bồi dưỡng phải bảo đảm công khai, minh bạch.\n"
        "Điều 3. Nội dung bồi dưỡng\n1. Kiến thức quản lý nhà nước.\n2. Kỹ năng số.\n"
        "Điều 4. Tiêu chuẩn, chế độ của giảng viên\n1. Nhiệm vụ của giảng viên\na) Biên soạn tài liệu và giảng dạy.\n"
        "b) Tham gia nghiên cứu khoa học.\n"
        "Chương II\nTỔ CHỨC THỰC HIỆN\n"
        "Điều 5. Trách nhiệm của Sở Nội vụ\n1. Xây dựng kế hoạch bồi dưỡng hằng năm, trình Ủy ban nhân dân tỉnh trong quý I.\n")
    tasks = extract_text(body + FOOTER).tasks
    assert [(t.lead, t.text[:25]) for t in tasks] == [(["Sở Nội vụ"], "Xây dựng kế hoạch bồi dưỡ")]


def test_a_topic_title_joined_by_a_semicolon_is_still_a_title_and_a_forms_blank_lines_are_no_tasks():
    body = FOOD_SAFETY_REGULATION.split("Chương I\n")[0] + (
        "Điều 1. Địa điểm thí điểm; thời gian thực hiện thí điểm\n"
        "1. Tổ chức thí điểm mô hình bếp ăn an toàn tại các trường mầm non của tỉnh.\n"
        "2. Công khai danh sách các trường thí điểm trên cổng thông tin điện tử.\n"
        "Điều 2. Trách nhiệm của Sở Y tế\n1. Hướng dẫn các trường lập hồ sơ đăng ký thí điểm.\n") + FOOTER + (
        "PHỤ LỤC\nMẪU ĐƠN ĐĂNG KÝ\nI. NỘI DUNG ĐĂNG KÝ\nTên cơ sở: ...............................\n"
        "Tổ chức bếp ăn tại: ……………………………………\nThực hiện thí điểm từ ngày: ……………………\n"
        "1. Thực hiện ...........................................\n")
    tasks = extract_text(body).tasks
    assert [(t.lead, t.text[:24]) for t in tasks] == [(["Sở Y tế"], "Hướng dẫn các trường lập")]


def test_a_monitoring_entry_of_tổ_chức_thực_hiện_followed_by_a_note_to_every_body_stays_no_task():
    body = ("II. NHIỆM VỤ\n1. Sở Y tế kiểm tra an toàn thực phẩm tại các bếp ăn tập thể.\nIII. TỔ CHỨC THỰC HIỆN\n"
            "1. Sở Tài chính chủ trì, phối hợp với các đơn vị liên quan kiểm tra, đôn đốc việc triển khai thực hiện Kế "
            "hoạch; định kỳ tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh.\n"
            "Trong quá trình thực hiện, trường hợp có vướng mắc phát sinh, các cơ quan, đơn vị kịp thời gửi Sở Tài chính "
            "để tổng hợp, đề xuất phương án xử lý, báo cáo Ủy ban nhân dân tỉnh xem xét./.\n")
    assert [t.lead for t in _tasks(body)] == [["Sở Y tế"]]


def test_an_article_named_by_a_step_and_the_forms_attached_last_give_no_task():
    """ "Điều 1. Lập kế hoạch kiểm tra" names a step of a procedure, whatever its object says; a form attached after
    the signature ("Mẫu số 01", its sections and the flattened header of its table) is a template to fill in."""
    body = FOOD_SAFETY_REGULATION.split("Chương I\n")[0] + (
        "Điều 1. Lập kế hoạch nhiệm vụ kiểm tra\n1. Lập kế hoạch kiểm tra định kỳ theo quý.\n"
        "2. Tiếp nhận yêu cầu kiểm tra đột xuất và bổ sung vào kế hoạch.\n"
        "Điều 2. Trách nhiệm của Sở Y tế\n1. Hướng dẫn các trường lập hồ sơ đăng ký kiểm tra.\n") + FOOTER + (
        "Mẫu số 01\nBÁO CÁO KẾT QUẢ KIỂM TRA\nI. Tình hình chung\nII. Hoạt động kiểm tra\nSTT\nNội dung\n"
        "1. Kiểm tra việc lưu mẫu thức ăn tại bếp ăn.\n2. Kiểm tra nguồn gốc nguyên liệu.\n")
    tasks = extract_text(body).tasks
    assert [(t.lead, t.text[:24]) for t in tasks] == [(["Sở Y tế"], "Hướng dẫn các trường lập")]


def test_the_generic_duty_given_to_one_body_by_name_charges_it_with_the_document():
    """ "Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này, bảo đảm …" names the resolution's executor: its task.
    Said to every body, or as what a monitoring body urges the others to do, it stays none."""
    every_body = ("1. Ủy ban nhân dân tỉnh, các sở, ngành và Ủy ban nhân dân các xã, phường có trách nhiệm tổ chức thi hành "
                  "Nghị quyết này.\n")
    executor = FEE_RESOLUTION.replace(every_body, "1. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này, bảo đảm "
                                                  "đúng đối tượng, công khai, minh bạch.\n")
    assert [t.text[:40] for t in extract_text(executor).tasks] == [
        "Giao Ủy ban nhân dân tỉnh tổ chức thực h", "Giao Ủy ban nhân dân tỉnh ban hành hướng"]
    urging = FEE_RESOLUTION.replace(every_body, "1. Giao Sở Tư pháp theo dõi, đôn đốc các cơ quan, đơn vị triển khai "
                                                "thực hiện Nghị quyết này.\n")
    assert [t.text[:40] for t in extract_text(urging).tasks] == ["Giao Ủy ban nhân dân tỉnh ban hành hướng"]


def test_a_khoan_giving_work_in_the_article_of_effect_is_a_task_and_its_siblings_none():
    """ "Điều 3. Hiệu lực thi hành": the date of effect and who goes on working until when are no work; the khoản that
    tells the bodies to prepare is. An article on who approves what ("Điều 2. Thẩm định, phê duyệt …") lays down rules."""
    body = ("ỦY BAN THƯỜNG VỤ QUỐC HỘI\nSố: 1901/NQ-UBTVQH15\nHà Nội, ngày 16 tháng 6 năm 2026\nNGHỊ QUYẾT\n"
            "Về việc sắp xếp các đơn vị hành chính cấp xã của tỉnh Bình Minh năm 2026\nQUYẾT NGHỊ:\n"
            "Điều 1. Sắp xếp các đơn vị hành chính cấp xã của tỉnh Bình Minh\n"
            "1. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của xã An Phú và xã An Lạc thành xã mới có tên gọi là "
            "xã An Phú.\n2. Sau khi sắp xếp, tỉnh Bình Minh có 42 đơn vị hành chính cấp xã.\n"
            "Điều 2. Thẩm định, phê duyệt đề án sắp xếp\n1. Bộ Nội vụ thẩm định đề án sắp xếp của các tỉnh.\n"
            "2. Chính phủ phê duyệt đề án sau khi có ý kiến thẩm định.\n"
            "Điều 3. Hiệu lực thi hành\n1. Nghị quyết này có hiệu lực thi hành từ ngày được thông qua.\n"
            "2. Các cơ quan theo thẩm quyền khẩn trương thực hiện các công tác chuẩn bị cần thiết, bảo đảm để chính quyền "
            "địa phương ở các đơn vị hành chính cấp xã hình thành sau sắp xếp chính thức hoạt động từ ngày 01/7/2026.\n"
            "3. Chính quyền địa phương ở đơn vị hành chính cấp xã trước sắp xếp tiếp tục hoạt động cho đến khi chính "
            "quyền địa phương ở đơn vị hành chính cấp xã hình thành sau sắp xếp chính thức hoạt động.\n"
            "TM. ỦY BAN THƯỜNG VỤ QUỐC HỘI\nCHỦ TỊCH\nLê Văn An\n")
    assert [(t.text[:36], t.lead) for t in extract_text(body).tasks] == [
        ("Các cơ quan theo thẩm quyền khẩn trư", ["Các cơ quan theo thẩm quyền"])]



def test_a_khoan_giving_work_in_the_transitional_article_is_a_task_and_its_siblings_none():
    """ "Điều 3. Điều khoản chuyển tiếp": what was begun goes on under the old rules (no work); the committee told to
    review and adjust is given work, as in the article of effect."""
    circular = ("BỘ TÀI CHÍNH\nSố: 15/2026/TT-BTC\nHà Nội, ngày 2 tháng 3 năm 2026\nTHÔNG TƯ\n"
                "Sửa đổi Thông tư số 40/2024/TT-BTC về kinh phí đào tạo nghề\n"
                "Điều 1. Sửa đổi khoản 2 Điều 4\nMức chi đào tạo nghề là 2.000.000 đồng/người/khóa.\n"
                "Điều 2. Điều khoản chuyển tiếp\n1. Các khóa học đã khai giảng trước ngày Thông tư này có hiệu lực tiếp tục "
                "thực hiện theo Thông tư số 40/2024/TT-BTC.\n2. Ủy ban nhân dân cấp tỉnh chỉ đạo rà soát, điều chỉnh kế hoạch "
                "đào tạo nghề theo hướng dẫn tại Thông tư này.\n"
                "Điều 3. Hiệu lực thi hành\nThông tư này có hiệu lực thi hành từ ngày 15 tháng 4 năm 2026.\n"
                "Nơi nhận:\n- Lưu: VT.\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nNguyễn Văn Hải\n")
    assert [(t.id, t.text[:38]) for t in extract_text(circular).tasks] == [
        ("Điều2.2", "Ủy ban nhân dân cấp tỉnh chỉ đạo rà so")]


def test_a_named_body_s_khoan_in_the_article_on_who_executes_gives_its_tasks_the_executors_none():
    """ "Điều 5. Trách nhiệm thi hành": "Cục X có trách nhiệm: a) … b) …" gives two tasks (the first wrapped before
    its last words); who executes the circular gives none."""
    circular = ("BỘ XÂY DỰNG\nSố: 41/2026/TT-BXD\nHà Nội, ngày 2 tháng 3 năm 2026\nTHÔNG TƯ\n"
                "Quy định giá dịch vụ kiểm định thiết bị nâng\n"
                "Điều 1. Phạm vi điều chỉnh\nThông tư này quy định giá dịch vụ kiểm định thiết bị nâng.\n"
                "Điều 5. Trách nhiệm thi hành\n1. Cục Kiểm định Xây dựng có trách nhiệm:\n"
                "a) Tổ chức triển khai thực hiện\nThông tư này.\n"
                "b) Tổng hợp, báo cáo Bộ Xây dựng tình hình kê khai giá dịch vụ kiểm định hằng năm.\n"
                "2. Chánh Văn phòng Bộ, Cục trưởng Cục Kiểm định Xây dựng và các cơ quan, đơn vị có liên quan chịu trách "
                "nhiệm thi hành Thông tư này.\n"
                "Nơi nhận:\n- Như Điều 5;\n- Lưu: VT.\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nNguyễn Văn Hải\n")
    assert [(t.id, t.text[:45], t.lead) for t in extract_text(circular).tasks] == [
        ("Điều5.1.a", "Tổ chức triển khai thực hiện Thông tư này.", ["Cục Kiểm định Xây dựng"]),
        ("Điều5.1.b", "Tổng hợp, báo cáo Bộ Xây dựng tình hình kê kh", ["Cục Kiểm định Xây dựng"])]

TEACHING_CIRCULAR = """BỘ GIÁO DỤC VÀ ĐÀO TẠO
Số: 09/2026/TT-BGDĐT
Hà Nội, ngày 12 tháng 3 năm 2026
THÔNG TƯ
Quy định chế độ làm việc đối với giáo viên trường trung cấp
Chương I
QUY ĐỊNH CHUNG
Điều 1. Nhiệm vụ của giáo viên, giáo viên chủ nhiệm
1. Thực hiện kế hoạch giảng dạy theo quy định.
2. Phối hợp với cha mẹ học sinh trong việc giáo dục học sinh.
Điều 2. Chế độ giảm định mức tiết dạy đối với giáo viên kiêm nhiệm các công việc chuyên môn
Đối với công việc không bố trí được người làm thì nhà trường được sử dụng tiết dạy để làm công việc đó, cụ thể như sau:
1. Giáo viên kiêm nhiệm công tác thư viện được giảm 03 tiết/tuần.
2. Giáo viên kiêm nhiệm công tác văn thư được giảm 02 tiết/tuần.
Chương II
TỔ CHỨC THỰC HIỆN
Điều 3. Tổ chức thực hiện
1. Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương chỉ đạo Sở Giáo dục và Đào tạo hướng dẫn, kiểm tra việc thực hiện chế độ làm việc quy định tại Thông tư này.
2. Các sở, ban, ngành căn cứ Thông tư này xây dựng kế hoạch triển khai thực hiện.
KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Lê Văn An
"""


def test_a_circulars_duties_of_teachers_and_its_norms_are_rules_and_an_entry_for_one_kind_of_body_is_a_task():
    """ "Nhiệm vụ của giáo viên" binds people; an article on a norm, whose title names work only as its object and
    whose lead-in says "… cụ thể như sau:", lists rules; in Tổ chức thực hiện the entry of one kind of body ("Ủy ban
    nhân dân tỉnh, thành phố trực thuộc Trung ương …") is its task, the generic one to every body none."""
    tasks = extract_text(TEACHING_CIRCULAR).tasks
    assert [(t.lead, t.text[:30]) for t in tasks] == [
        (["Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương"], "Ủy ban nhân dân tỉnh, thành ph")]


RESTRUCTURING = """ỦY BAN NHÂN DÂN TỈNH BÌNH MINH
TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG
Số: 812/QĐ-TTPVHCC
Bình Minh, ngày 20 tháng 10 năm 2026
QUYẾT ĐỊNH
Phê duyệt phương án liên thông quy trình thực hiện nghĩa vụ tài chính đối với thủ tục hành chính lĩnh vực đất đai
QUYẾT ĐỊNH:
Điều 1. Phê duyệt kèm theo Quyết định này phương án liên thông quy trình (chi tiết tại Phụ lục kèm theo).
Điều 2. Trung tâm Phục vụ hành chính công tỉnh chủ trì bảo đảm các điều kiện kỹ thuật của hệ thống giải quyết thủ tục hành chính; tổ chức hướng dẫn người dân thực hiện.
Sở Nông nghiệp và Môi trường, Thuế tỉnh phối hợp rà soát, cập nhật quy trình điện tử trên hệ thống trước ngày 30/11/2026.
Điều 3. Quyết định này có hiệu lực kể từ ngày ký.
Nơi nhận:
- Như Điều 3;
- Lưu: VT.
GIÁM ĐỐC
Lê Văn An
PHỤ LỤC I
QUY TRÌNH LIÊN THÔNG
I. NHIỆM VỤ CỦA CÁC CƠ QUAN TRONG QUY TRÌNH
1. Bộ phận một cửa tiếp nhận hồ sơ và chuyển thông tin sang cơ quan thuế.
2. Cơ quan thuế xác định nghĩa vụ tài chính và gửi thông báo cho người nộp.
PHỤ LỤC II
DANH MỤC THỦ TỤC HÀNH CHÍNH ÁP DỤNG PHƯƠNG ÁN LIÊN THÔNG
I. Thủ tục hành chính cấp tỉnh
(1) Đăng ký biến động quyền sử dụng đất do chuyển nhượng.
(2) Cấp đổi Giấy chứng nhận quyền sử dụng đất.
(3) Tách thửa hoặc hợp thửa đất.
"""


def test_an_articles_first_sentence_is_its_task_and_a_catalogue_of_procedures_none():
    """ "Điều 2. Trung tâm … chủ trì …." followed by a paragraph of its own is a task, as that paragraph is; the
    procedures an annex lists under "I. Thủ tục hành chính cấp tỉnh" are none, and a decision approving a plan to
    restructure procedures reads its work from its articles only."""
    tasks = extract_text(RESTRUCTURING).tasks
    assert [t.text[:30] for t in tasks] == ["Trung tâm Phục vụ hành chính c", "Sở Nông nghiệp và Môi trường, ",
                                            "Bộ phận một cửa tiếp nhận hồ s", "Cơ quan thuế xác định nghĩa vụ"]
    restructuring = RESTRUCTURING.replace("Phê duyệt phương án liên thông", "Phê duyệt phương án tái cấu trúc, liên thông")
    assert [t.text[:30] for t in extract_text(restructuring).tasks] == [t.text[:30] for t in tasks[:2]]


def test_a_time_limit_stated_after_a_step_without_a_colon_is_no_task_of_its_own():
    body = ("ỦY BAN NHÂN DÂN\nTỈNH BÌNH MINH\nSố: 1513/QĐ-UBND\nBình Minh, ngày 22 tháng 11 năm 2026\nQUYẾT ĐỊNH\n"
            "Về việc công bố danh mục thủ tục hành chính sửa đổi trong lĩnh vực việc làm\nQUYẾT ĐỊNH:\n"
            "Điều 1. Công bố kèm theo Quyết định này danh mục 06 thủ tục hành chính sửa đổi.\n"
            "Điều 2. Giao các cơ quan, đơn vị:\n1. Sở Nội vụ chủ trì, phối hợp với Văn phòng Ủy ban nhân dân tỉnh:\n"
            "Rà soát, xây dựng quy trình nội bộ, quy trình điện tử trong giải quyết thủ tục hành chính.\n"
            "Thời hạn chậm nhất 05 ngày làm việc kể từ ngày ban hành Quyết định.\n"
            "2. Ủy ban nhân dân các xã, phường niêm yết công khai thủ tục hành chính tại bộ phận một cửa.\n"
            "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.\n" + FOOTER)
    assert [t.lead for t in extract_text(body).tasks] == [["Sở Nội vụ"], ["Ủy ban nhân dân các xã, phường"]]


def test_spreading_the_document_itself_is_generic_and_mobilising_people_is_work():
    """ "… tổ chức phổ biến, tuyên truyền rộng rãi Nghị quyết này" has the document for its object: the generic duty;
    "… phối hợp tuyên truyền, vận động tạo sự đồng thuận trong nhân dân và giám sát việc thực hiện Nghị quyết này"
    mobilises people, and "phổ biến, kiểm tra việc thực hiện" inspects: work of their own."""
    supervision = ("3. Thường trực Hội đồng nhân dân, các Ban của Hội đồng nhân dân và đại biểu Hội đồng nhân dân tỉnh, trong "
                   "phạm vi nhiệm vụ, quyền hạn của mình, giám sát việc thực hiện Nghị quyết này.\n")
    body = FEE_RESOLUTION.replace(supervision, (
        "3. Sở Văn hóa, Thể thao và Du lịch tổ chức phổ biến, tuyên truyền rộng rãi Nghị quyết này.\n"
        "4. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh phối hợp tuyên truyền, vận động tạo sự đồng thuận trong nhân "
        "dân và giám sát việc thực hiện Nghị quyết này.\n"
        "5. Sở Giáo dục và Đào tạo có trách nhiệm phổ biến, kiểm tra việc thực hiện Nghị quyết này.\n"))
    assert [t.lead for t in extract_text(body).tasks] == [
        ["Ủy ban nhân dân tỉnh"], ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"], ["Sở Giáo dục và Đào tạo"]]


def test_the_sentence_introducing_a_list_gives_its_items_their_body():
    """ "Chính phủ cơ bản thống nhất với dự án … . Giao Bộ Tư pháp chủ trì …, bảo đảm một số yêu cầu sau:": the items
    are the ministry's, not the Government's that speaks first."""
    body = ("CHÍNH PHỦ\nSố: 412/NQ-CP\nHà Nội, ngày 21 tháng 11 năm 2026\nNGHỊ QUYẾT\n"
            "Về dự án Pháp lệnh sửa đổi, bổ sung một số điều của Pháp lệnh Thư viện\nQUYẾT NGHỊ:\n"
            "Điều 1. Chính phủ cơ bản thống nhất với dự án Pháp lệnh do Bộ Văn hóa, Thể thao và Du lịch trình. Giao Bộ "
            "Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Bộ Tư pháp hoàn thiện hồ sơ dự án, bảo đảm một số yêu "
            "cầu sau:\n1. Rà soát kỹ nội dung dự thảo Pháp lệnh, bảo đảm tính thống nhất của hệ thống pháp luật.\n"
            "2. Hoàn thiện hồ sơ dự án, trình Ủy ban Thường vụ Quốc hội trước ngày 15/12/2026.\n"
            "Điều 2. Nghị quyết này có hiệu lực thi hành kể từ ngày ký.\n"
            "TM. CHÍNH PHỦ\nTHỦ TƯỚNG\nLê Văn An\n")
    assert [t.lead for t in extract_text(body).tasks] == [["Bộ Văn hóa, Thể thao và Du lịch"]] * 2


FUND_DECREE = """CHÍNH PHỦ
Số: 88/2026/NĐ-CP
Hà Nội, ngày 12 tháng 6 năm 2026
NGHỊ ĐỊNH
Về tổ chức và hoạt động của Quỹ bảo trợ trẻ em quốc gia
Chính phủ ban hành Nghị định về tổ chức và hoạt động của Quỹ bảo trợ trẻ em quốc gia.
Điều 1. Phạm vi điều chỉnh
Nghị định này quy định chi tiết về Quỹ bảo trợ trẻ em quốc gia (sau đây gọi là Quỹ) và các quỹ bảo trợ trẻ em địa phương.
Điều 2. Nhiệm vụ và quyền hạn của Quỹ
1. Nhiệm vụ của Quỹ
a) Quản lý, sử dụng hiệu quả nguồn vốn được giao;
b) Thực hiện chế độ báo cáo, kế toán theo quy định.
Điều 3. Trách nhiệm của Quỹ
1. Tiếp nhận, quản lý các khoản đóng góp của tổ chức, cá nhân.
2. Phối hợp với Quỹ bảo trợ trẻ em địa phương trong việc hỗ trợ trẻ em có hoàn cảnh khó khăn.
TM. CHÍNH PHỦ
THỦ TƯỚNG
Lê Văn An
"""


def test_a_bare_head_defined_as_a_short_name_stands_for_its_body_and_a_mandate_gives_no_work():
    """ "… Quỹ bảo trợ trẻ em quốc gia (sau đây gọi là Quỹ)": "Điều 3. Trách nhiệm của Quỹ" gives that fund its tasks,
    and "Quỹ bảo trợ trẻ em địa phương" is another body; the fund's "Nhiệm vụ và quyền hạn" is its mandate."""
    tasks = extract_text(FUND_DECREE).tasks
    assert [(t.lead, t.coordinators) for t in tasks] == [(["Quỹ bảo trợ trẻ em quốc gia"], [])] * 2


@pytest.mark.parametrize("executes", ["căn cứ Quyết định thi hành", "căn cứ Quyết định này thực hiện"])
def test_executors_named_over_căn_cứ_quyết_định_thi_hành_give_no_task(executes):
    body = ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ BÌNH MINH\nSố: 223/2026/QĐ-UBND\nBình Minh, ngày 11 tháng 11 năm 2026\n"
            "QUYẾT ĐỊNH\nBãi bỏ Quyết định số 77/2026/QĐ-UBND của Ủy ban nhân dân thành phố\nQUYẾT ĐỊNH:\n"
            "Điều 1. Bãi bỏ Quyết định số 77/2026/QĐ-UBND ngày 15/01/2026 của Ủy ban nhân dân thành phố.\n"
            "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n"
            "Điều 3. Chánh Văn phòng Ủy ban nhân dân thành phố; Giám đốc các sở, Thủ trưởng các ban, ngành; Chủ tịch Ủy "
            f"ban nhân dân các xã, phường và các tổ chức, cá nhân có liên quan {executes}./.\n"
            "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLê Văn An\n")
    assert extract_text(body).tasks == []


LETTER = """VĂN PHÒNG CHÍNH PHỦ
Số: 9876/VPCP-NN
V/v xây dựng hệ thống cảnh báo sạt lở đất
Hà Nội, ngày 12 tháng 10 năm 2026
Kính gửi: Bộ trưởng Bộ Nông nghiệp và Môi trường.
Xét Tờ trình số 310/TTr-BNNMT ngày 01 tháng 10 năm 2026 của Bộ Nông nghiệp và Môi trường về hệ thống cảnh báo
sạt lở đất, Phó Thủ tướng Chính phủ có ý kiến như sau:
Bộ Nông nghiệp và Môi trường chủ trì, phối hợp với Bộ Xây dựng, Bộ Tài chính và các địa phương liên quan rà soát
các điểm có nguy cơ sạt lở cao, đề xuất phương án lắp đặt trạm cảnh báo; báo cáo Thủ tướng Chính phủ trong
quý I năm 2027.
Văn phòng Chính phủ thông báo để Bộ Nông nghiệp và Môi trường biết, thực hiện./.
Nơi nhận:
- Như trên;
- Lưu: VT, NN.
KT. BỘ TRƯỞNG, CHỦ NHIỆM
PHÓ CHỦ NHIỆM
Trần Văn Bình
"""

REPLY = """CỤC THUẾ
Số: 4321/CT-CS
V/v chính sách thuế giá trị gia tăng
Hà Nội, ngày 12 tháng 10 năm 2026
Kính gửi: Thuế tỉnh Bình Minh.
Cục Thuế nhận được công văn số 55/BMI-QLDN ngày 20/9/2026 của Thuế tỉnh Bình Minh về chính sách thuế giá trị gia tăng.
Căn cứ khoản 2 Điều 15 Luật Thuế giá trị gia tăng số 48/2024/QH15 quy định về hoàn thuế.
Trường hợp doanh nghiệp đáp ứng các điều kiện nêu trên thì được hoàn thuế theo quy định.
Cục Thuế trả lời để Thuế tỉnh Bình Minh biết./.
Nơi nhận:
- Như trên;
- Lưu: VT, CS.
KT. CỤC TRƯỞNG
PHÓ CỤC TRƯỞNG
Lê Thị Hoa
"""


def test_a_letter_without_numbered_items_gives_the_work_of_its_body_and_nothing_else():
    """ "Kính gửi: …", the context, the paragraph that gives a body work, the closing: one task, with its partners,
    deadline and report; the salutation, the context and the closing give none."""
    plan = extract_text(LETTER)
    assert [(t.text[:40], t.lead) for t in plan.tasks] == [
        ("Bộ Nông nghiệp và Môi trường chủ trì, ph", ["Bộ Nông nghiệp và Môi trường"])]
    assert plan.tasks[0].coordinators == ["Bộ Xây dựng", "Bộ Tài chính"] and plan.tasks[0].deadline == "2027-03-31"
    assert [(r.frequency, r.due) for r in plan.reporting] == [("once", "2027-03-31")]


def test_a_letter_that_answers_a_question_gives_no_task():
    """A reply states what the rules say and what its sender did; it gives nobody work."""
    assert extract_text(REPLY).tasks == []


def test_an_article_naming_a_kind_of_work_a_rule_covers_gives_no_task():
    """ "Điều 4. Các công việc được thực hiện thông qua ký hợp đồng": the kinds of work the decree lets bodies contract
    out, not work given to anyone; "Điều 5. Các nhiệm vụ trọng tâm" names work to do."""
    decree = ("CHÍNH PHỦ\nSố: 210/2026/NĐ-CP\nHà Nội, ngày 2 tháng 7 năm 2026\nNGHỊ ĐỊNH\n"
              "Quy định việc thuê dịch vụ kiểm định trong cơ quan hành chính\n"
              "Điều 4. Các công việc được thực hiện thông qua thuê dịch vụ\n"
              "1. Công việc kiểm định kỹ thuật có tính chất chuyên sâu:\n"
              "a) Kiểm định thiết bị đo lường trong các phòng thí nghiệm;\n"
              "b) Đánh giá an toàn hệ thống thông tin của cơ quan.\n"
              "2. Công việc hỗ trợ phục vụ mà cơ quan chưa tự thực hiện được.\n"
              "Điều 5. Các nhiệm vụ trọng tâm\n"
              "1. Rà soát danh mục thiết bị cần kiểm định định kỳ của các cơ quan hành chính.\n"
              "TM. CHÍNH PHỦ\nTHỦ TƯỚNG\nLê Văn An\n")
    assert [t.id for t in extract_text(decree).tasks] == ["Điều5.1"]


def test_the_duties_of_people_under_an_article_about_them_are_rules_not_tasks():
    """ "Điều 8. Tiêu chuẩn, nhiệm vụ của giảng viên" → "2. Nhiệm vụ" → "a) Biên soạn …": what a lecturer must do, a
    rule of conduct given to no body, though its item is titled "Nhiệm vụ"."""
    decree = ("CHÍNH PHỦ\nSố: 211/2026/NĐ-CP\nHà Nội, ngày 2 tháng 7 năm 2026\nNGHỊ ĐỊNH\n"
              "Về bồi dưỡng cán bộ cơ sở\n"
              "Điều 8. Tiêu chuẩn, nhiệm vụ của giảng viên bồi dưỡng cán bộ cơ sở\n"
              "1. Tiêu chuẩn\na) Có trình độ đại học trở lên;\nb) Có kinh nghiệm giảng dạy từ ba năm trở lên.\n"
              "2. Nhiệm vụ\na) Biên soạn tài liệu và giảng dạy theo chương trình được phê duyệt;\n"
              "b) Tham gia đánh giá chất lượng khóa bồi dưỡng.\n"
              "Điều 9. Trách nhiệm của Bộ Nội vụ\n1. Ban hành chương trình bồi dưỡng cán bộ cơ sở.\n"
              "TM. CHÍNH PHỦ\nTHỦ TƯỚNG\nLê Văn An\n")
    assert [(t.id, t.lead) for t in extract_text(decree).tasks] == [("Điều9.1", ["Bộ Nội vụ"])]


def test_a_paragraph_after_an_item_s_clauses_is_a_task_of_its_own():
    """ "1. Chủ tịch … báo cáo cụ thể về một số nội dung sau:" then "(1) …" "(2) …": one task holding its clauses; the
    paragraph after them, in which the bodies send the report, is a task of its own (a DOCX keeps it apart)."""
    dispatch = ("THỦ TƯỚNG CHÍNH PHỦ\nSố: 240/CĐ-TTg\nHà Nội, ngày 3 tháng 10 năm 2026\nCÔNG ĐIỆN\n"
                "Về việc thống kê thiệt hại do bão số 9\n"
                "THỦ TƯỚNG CHÍNH PHỦ điện:\n"
                "1. Chủ tịch Ủy ban nhân dân các tỉnh: Bình Minh, An Lạc chỉ đạo cơ quan chức năng rà soát, thống kê, "
                "báo cáo cụ thể về một số nội dung sau:\n"
                "(1) Số hộ dân có nhà bị sập, trôi cần phải xây dựng lại.\n(2) Số trường học bị hư hỏng cần sửa chữa.\n"
                "Ủy ban nhân dân các tỉnh: Bình Minh, An Lạc khẩn trương gửi Báo cáo về Văn phòng Chính phủ trước 17 giờ "
                "ngày 05/10/2026.\n"
                "2. Bộ trưởng Bộ Tài chính tổng hợp, đề xuất nguồn kinh phí hỗ trợ các địa phương.\n"
                "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nTHỦ TƯỚNG\nLê Văn An\n")
    tasks = extract_text(dispatch).tasks
    assert [t.text[:30] for t in tasks] == ["Chủ tịch Ủy ban nhân dân các t", "Ủy ban nhân dân các tỉnh: Bình",
                                            "Bộ trưởng Bộ Tài chính tổng hợ"]
    assert "(2) Số trường học" in tasks[0].text and tasks[1].deadline == "2026-10-05"


def test_a_conclusion_hands_an_item_s_work_to_a_class_of_bodies():
    """ "2. Về …: Trên cơ sở …, Bộ X đã hướng dẫn …. Vì vậy, đề nghị Ủy ban nhân dân các tỉnh … căn cứ … để trình …": the
    context names no body given work; the conclusion gives the class of bodies the item's work."""

    item = ("Về mức hỗ trợ chi phí quản lý của các địa phương: Trên cơ sở ý kiến của Bộ Tài chính tại Công văn số "
            "1200/BTC-NSNN ngày 02/10/2026, Bộ Nội vụ đã hướng dẫn Sở Nội vụ các tỉnh xác định mức hỗ trợ. Vì vậy, đề "
            "nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương căn cứ mức hỗ trợ đã được xác định để trình "
            "Hội đồng nhân dân cấp tỉnh quy định mức chi phí quản lý phù hợp.")
    assert [m.name for m in actors_of(item).leads] == ["Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"]
    # a later clause naming a class without the conclusion gives the item no lead of its own
    assert actors_of(item.replace("Vì vậy, đề nghị", "Đề nghị")).leads == []


def test_an_item_s_time_said_on_a_line_of_its_own_is_part_of_it():
    """ "1. Sở Tài chính chủ trì … ." then "Thời hạn chậm nhất 05 ngày làm việc …" without a colon: the item's own
    time, not a paragraph that would make the item a heading over it."""
    text = """ỦY BAN NHÂN DÂN
TỈNH BÌNH MINH
Số: 118/QĐ-UBND
Bình Minh, ngày 6 tháng 5 năm 2026
QUYẾT ĐỊNH
Về việc công bố danh mục thủ tục hành chính lĩnh vực đất đai
Điều 1. Công bố kèm theo Quyết định này danh mục 03 thủ tục hành chính được sửa đổi, bổ sung.
Điều 2. Giao các cơ quan, đơn vị:
1. Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Văn phòng UBND tỉnh xây dựng quy trình nội bộ, quy trình điện tử giải quyết các thủ tục hành chính công bố tại Quyết định này.
Thời hạn chậm nhất 05 ngày làm việc kể từ ngày ban hành Quyết định.
2. Ủy ban nhân dân các xã, phường niêm yết công khai các thủ tục hành chính tại trụ sở.
Điều 3. Quyết định này có hiệu lực kể từ ngày ký.
"""
    tasks = extract_text(text).tasks
    assert [t.lead for t in tasks] == [["Sở Nông nghiệp và Môi trường"], ["Ủy ban nhân dân các xã, phường"]]
    assert tasks[0].text.endswith("điện tử giải quyết các thủ tục hành chính công bố tại Quyết định này. "
                                  "Thời hạn chậm nhất 05 ngày làm việc kể từ ngày ban hành Quyết định.")


DECREE_OF_RULES = """CHÍNH PHỦ
Số: 412/2026/NĐ-CP
Hà Nội, ngày 12 tháng 10 năm 2026
NGHỊ ĐỊNH
Quy định chi tiết một số điều của Luật Hỗ trợ nông dân
Chương I
NHỮNG QUY ĐỊNH CHUNG
Điều 1. Phạm vi điều chỉnh
Nghị định này quy định chi tiết về Quỹ hỗ trợ nông dân và dữ liệu nông hộ.
Chương II
QUỸ HỖ TRỢ NÔNG DÂN
Điều 2. Nhiệm vụ của Quỹ hỗ trợ nông dân
1. Tiếp nhận, quản lý, sử dụng các nguồn tài chính của Quỹ theo quy định.
2. Hỗ trợ kinh phí cho các dự án sản xuất của hộ nông dân.
3. Thực hiện chế độ báo cáo, kế toán theo quy định của pháp luật.
Chương III
CHI NGÂN SÁCH CHO HOẠT ĐỘNG HỖ TRỢ NÔNG DÂN
Điều 3. Nội dung và mức chi cho các hoạt động của Hội đồng tư vấn
1. Chi họp hội đồng áp dụng theo mức chi hiện hành.
2. Chi nhận xét chuyên sâu của chuyên gia: 2.000.000 đồng/báo cáo.
Điều 4. Quản trị dữ liệu nông hộ
1. Dữ liệu nông hộ được quản lý tập trung, thống nhất.
2. Hoạt động quản trị dữ liệu nông hộ bao gồm:
a) Xây dựng chiến lược dữ liệu, kế hoạch phát triển dữ liệu nông hộ;
b) Kiểm tra, đánh giá, duy trì dữ liệu; quản lý chất lượng dữ liệu.
Chương IV
ĐIỀU KHOẢN THI HÀNH
Điều 5. Tổ chức thực hiện
1. Bộ Nông nghiệp và Môi trường chủ trì, phối hợp với Bộ Tài chính xây dựng cơ sở dữ liệu nông hộ, hoàn thành trong năm 2027.
2. Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương chịu trách nhiệm thi hành Nghị định này.
Điều 6. Hiệu lực thi hành
Nghị định này có hiệu lực thi hành từ ngày 01 tháng 12 năm 2026.
TM. CHÍNH PHỦ
THỦ TƯỚNG
Lê Minh Hùng
"""


def test_a_chaptered_statute_hands_out_work_only_in_its_chapter_on_execution():
    """A decree's chapters of rules (a fund's duties, spending on activities, what managing data includes) give no
    task however their items read; its chapter on execution does."""
    tasks = extract_text(DECREE_OF_RULES).tasks
    assert [(t.lead, t.coordinators, t.deadline) for t in tasks] == [
        (["Bộ Nông nghiệp và Môi trường"], ["Bộ Tài chính"], "2027-12-31")]


def _decree(closing: str) -> str:
    head, _ = DECREE_OF_RULES.split("Chương IV\n")
    return head + "Chương IV\nĐIỀU KHOẢN THI HÀNH\n" + closing + "TM. CHÍNH PHỦ\nTHỦ TƯỚNG\nLê Minh Hùng\n"


# The executors' clause closing a decree, and the start of the task its guiding ministry is given.
_EXECUTORS = ("Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung "
              "ương chịu trách nhiệm thi hành Nghị định này.\n")
_GUIDING_MINISTRY = "Bộ trưởng Bộ Nông nghiệp và Môi trường c"


def test_guiding_the_execution_of_a_decree_is_a_ministrys_task_executing_it_is_none():
    """ "Điều 5. Trách nhiệm tổ chức thi hành": the minister charged with guiding the decree's execution has work; the
    executors' clause gives none."""
    tasks = extract_text(_decree(
        "Điều 5. Trách nhiệm tổ chức thi hành\n"
        "1. Bộ trưởng Bộ Nông nghiệp và Môi trường có trách nhiệm hướng dẫn thi hành Nghị định này.\n"
        "2. " + _EXECUTORS)).tasks
    assert [(t.lead, t.text[:40]) for t in tasks] == [(["Bộ Nông nghiệp và Môi trường"], _GUIDING_MINISTRY)]


def test_an_articles_unnumbered_paragraphs_are_its_clauses():
    """ "Điều 5. Tổ chức thực hiện" then paragraphs without numbers: each is a clause, read as a numbered khoản would
    be; a problem to report if it arises is none."""
    tasks = extract_text(_decree(
        "Điều 5. Tổ chức thực hiện\n"
        "Bộ trưởng Bộ Nông nghiệp và Môi trường chịu trách nhiệm hướng dẫn, kiểm tra việc thực hiện Nghị định này.\n"
        "Trong quá trình thực hiện nếu phát sinh khó khăn, vướng mắc, các cơ quan, đơn vị kịp thời phản ánh về Bộ Nông "
        "nghiệp và Môi trường để tổng hợp, báo cáo Chính phủ.\n"
        + _EXECUTORS)).tasks
    assert [(t.lead, t.text[:40]) for t in tasks] == [(["Bộ Nông nghiệp và Môi trường"], _GUIDING_MINISTRY)]


def test_the_bodies_a_lead_in_directs_are_neither_leads_nor_partners():
    """ "Bộ trưởng Bộ Tài chính có trách nhiệm chỉ đạo:" then items that name their own subjects: the ministry answers
    for each; an item under a lead-in that only assigns keeps its own body."""
    tasks = extract_text(_decree(
        "Điều 5. Trách nhiệm tổ chức thi hành\n"
        "1. Bộ trưởng Bộ Tài chính có trách nhiệm chỉ đạo:\n"
        "a) Hằng năm, Cục Thống kê có trách nhiệm cung cấp chỉ số giá tiêu dùng cho Bảo hiểm xã hội Việt Nam;\n"
        "b) Kho bạc Nhà nước có trách nhiệm công khai số liệu thu, chi của Quỹ hỗ trợ nông dân.\n"
        "2. Các bộ, cơ quan sau có trách nhiệm:\n"
        "a) Bộ Y tế hướng dẫn khám sức khỏe cho hộ nông dân được hỗ trợ.\n")).tasks
    assert [t.lead for t in tasks] == [["Bộ Tài chính"], ["Bộ Tài chính"], ["Bộ Y tế"]]
    assert [t.coordinators for t in tasks] == [[], [], []]


def test_a_chapter_titled_on_its_labels_line_is_read_by_its_title():
    decree = DECREE_OF_RULES.replace("Chương IV\nĐIỀU KHOẢN THI HÀNH\n", "Chương IV. ĐIỀU KHOẢN THI HÀNH\n")
    assert [t.lead for t in extract_text(decree).tasks] == [["Bộ Nông nghiệp và Môi trường"]]


def test_a_time_limit_said_under_a_lead_ins_work_is_no_task():
    """ "1. Sở X chủ trì, phối hợp với Y:" / its work / "Thời hạn hoàn thành không quá 05 ngày làm việc …": the last
    line says when the work is due; it gives no work of its own."""
    tasks = _tasks("II. NHIỆM VỤ\n1. Sở Tài chính chủ trì, phối hợp với Văn phòng Ủy ban nhân dân tỉnh:\n"
                   "Xây dựng quy trình điện tử giải quyết thủ tục hành chính theo nội dung phê duyệt.\n"
                   "Thời hạn hoàn thành không quá 05 ngày làm việc kể từ ngày ban hành Kế hoạch.\n"
                   "2. Sở Nội vụ niêm yết công khai quy trình tại Trung tâm Phục vụ hành chính công.\n")
    assert [(t.lead, t.text[:20]) for t in tasks] == [
        (["Sở Tài chính"], "Sở Tài chính chủ trì"), (["Sở Nội vụ"], "Sở Nội vụ niêm yết c")]


def test_a_lead_in_naming_its_body_and_one_paragraph_of_work_are_one_task():
    """ "1. Sở X chủ trì, phối hợp với Y:" then one paragraph of work (and when it is due): one task, as when a copy runs
    the two on; a topic's lead-in ("2. Về …:") leaves its paragraph a task of its own."""
    tasks = _tasks("II. NHIỆM VỤ\n1. Sở Tài chính chủ trì, phối hợp với Văn phòng Ủy ban nhân dân tỉnh:\n"
                   "Xây dựng quy trình điện tử giải quyết thủ tục hành chính theo nội dung phê duyệt.\n"
                   "Thời hạn hoàn thành trước ngày 30/6/2026.\n"
                   "2. Về kiến nghị hoàn thiện hệ thống dữ liệu đất đai:\n"
                   "Sở Nông nghiệp và Môi trường nghiên cứu kiến nghị của các xã, trình Ủy ban nhân dân tỉnh.\n")
    assert [(t.lead, t.text[:30], t.deadline) for t in tasks] == [
        (["Sở Tài chính"], "Sở Tài chính chủ trì, phối hợp", "2026-06-30"),
        (["Sở Nông nghiệp và Môi trường"], "Sở Nông nghiệp và Môi trường n", None)]


def test_every_body_told_to_carry_out_the_document_named_without_nay_is_no_task():
    tasks = _tasks("III. TỔ CHỨC THỰC HIỆN\n"
                   "1. Sở Tư pháp chủ trì rà soát thủ tục hành chính, hoàn thành trong quý II/2026.\n"
                   "2. Các cơ quan, đơn vị, địa phương căn cứ nội dung Kế hoạch để triển khai thực hiện nghiêm túc, đầy "
                   "đủ, bảo đảm quyền lợi của người dân, doanh nghiệp.\n")
    assert [t.lead for t in tasks] == [["Sở Tư pháp"]]


CIRCULAR = """BỘ XÂY DỰNG
Số: 41/2026/TT-BXD
Hà Nội, ngày 20 tháng 11 năm 2026
THÔNG TƯ
Quy định giá dịch vụ thẩm định an toàn thang máy
Điều 1. Phạm vi điều chỉnh
Thông tư này quy định giá dịch vụ thẩm định an toàn thang máy do các tổ chức thẩm định thực hiện.
Điều 2. Giá dịch vụ
Tổ chức thẩm định được thu giá dịch vụ theo biểu giá tại Phụ lục.
Điều 3. Trách nhiệm thi hành
1. Cục Kinh tế xây dựng có trách nhiệm hướng dẫn, kiểm tra việc thực hiện Thông
tư này.
2. Tổ chức thẩm định thang máy có trách nhiệm niêm yết công khai giá dịch vụ tại trụ sở.
3. Tổ chức, cá nhân có trách nhiệm chấp hành quy định tại Thông tư này.
Điều 4. Hiệu lực thi hành
Thông tư này có hiệu lực kể từ ngày 05 tháng 01 năm 2027./.
KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Nguyễn Văn Bình
"""


def test_a_class_of_bodies_named_by_what_it_does_answers_for_its_duty():
    """ "Tổ chức thẩm định thang máy có trách nhiệm …": the class the circular rules on is the lead, though no
    vocabulary lists it; "Tổ chức, cá nhân có trách nhiệm chấp hành" names no body (nor work)."""
    tasks = extract_text(CIRCULAR).tasks
    assert [(t.lead, t.coordinators) for t in tasks] == [
        (["Cục Kinh tế xây dựng"], []), (["Tổ chức thẩm định thang máy"], [])]


ANNEX_OF_LEVELS = """HỘI ĐỒNG NHÂN DÂN
TỈNH BÌNH MINH
Số: 31/2026/NQ-HĐND
Bình Minh, ngày 10 tháng 12 năm 2026
NGHỊ QUYẾT
Quy định mức chi thuê chuyên gia tư vấn chuyển đổi số
Điều 1. Quy định mức chi thuê chuyên gia tư vấn chuyển đổi số tại Phụ lục kèm theo Nghị quyết này.
Điều 2. Tổ chức thực hiện
1. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.
Nghị quyết này được Hội đồng nhân dân tỉnh Bình Minh khóa XI, kỳ họp thứ 9 thông qua ngày 10 tháng 12 năm 2026.
Nơi nhận:
- Ủy ban nhân dân tỉnh;
- Lưu: VT.
CHỦ TỊCH
Trần Văn An
PHỤ LỤC
MỨC CHI THUÊ CHUYÊN GIA TƯ VẤN
(Kèm theo Nghị quyết số 31/2026/NQ-HĐND ngày 10 tháng 12 năm 2026 của Hội đồng nhân dân tỉnh Bình Minh)
I. Mức chi theo tháng
Chuyên gia bậc 1: 40 triệu đồng/tháng.
II. Mức chi theo sản phẩm
Báo cáo đánh giá hiện trạng: 15 triệu đồng/báo cáo.
III. Áp dụng mức chi của chuyên gia tư vấn
1. Mức chi quy định tại Mục I và Mục II Phụ lục này là mức tối đa, đã bao gồm thuế thu nhập cá nhân của chuyên gia.
2. Đối với chuyên gia là người nước ngoài, Sở Khoa học và Công nghệ báo cáo Ủy ban nhân dân tỉnh xem xét, quyết định.
3. Căn cứ quy mô của nhiệm vụ, Giám đốc Sở Khoa học và Công nghệ xác định mức chi phù hợp trong phạm vi mức tối đa.
4. Việc chi trả cho chuyên gia được căn cứ hợp đồng tư vấn đã ký kết.
"""


def test_an_item_that_says_what_a_thing_is_gives_no_one_work():
    """ "1. Mức chi … là mức tối đa, …": a numbered item that describes, among items that assign, is no task."""
    tasks = extract_text(ANNEX_OF_LEVELS).tasks
    assert [t.lead for t in tasks] == [["Ủy ban nhân dân tỉnh"]] + [["Sở Khoa học và Công nghệ"]] * 2


QUOTING_LETTER = """CỤC THUẾ
Số: 5678/CT-CS
V/v tiền sử dụng đất khi giao đất tái định cư
Hà Nội, ngày 20 tháng 11 năm 2026
Kính gửi: Thuế tỉnh Bình Minh.
Cục Thuế nhận được công văn số 91/BMI-QLĐ ngày 02/10/2026 của Thuế tỉnh Bình Minh. Về vấn đề này, Cục Thuế có ý kiến
như sau:
- Tại khoản 3, khoản 7 Điều 12 Nghị định số 88/2026/NĐ-CP ngày 01/6/2026 của Chính phủ quy định như sau:
“Điều 12. Nguyên tắc miễn, giảm tiền sử dụng đất
3. Việc miễn tiền sử dụng đất khi giao đất tái định cư thực hiện theo quy định về bồi thường, hỗ trợ, tái định cư.
7. Cơ quan thuế xác định số tiền được miễn theo hồ sơ do cơ quan tài nguyên chuyển đến.”
Đề nghị Thuế tỉnh Bình Minh đối chiếu hồ sơ của người sử dụng đất với quy định nêu trên để xử lý theo đúng quy định.
""" + REPLY[REPLY.index("Cục Thuế trả lời"):]  # the answer letter's closing and signature


def test_a_letter_quoting_a_decrees_clauses_keeps_its_own_request():
    """The quoted clauses "3. …", "7. …" are the decree's, not the letter's outline: the request after them is the
    letter's one task, and the quoted duty of "Cơ quan thuế" none."""
    tasks = extract_text(QUOTING_LETTER).tasks
    assert [(t.lead, t.text[:40]) for t in tasks] == [(["Thuế tỉnh Bình Minh"], "Đề nghị Thuế tỉnh Bình Minh đối chiếu hồ")]


def _reply_asking(paragraph: str) -> str:
    """The answer letter with one more paragraph of its body before its closing."""
    closing = REPLY.index("Cục Thuế trả lời")
    return REPLY[:closing] + paragraph + "\n" + REPLY[closing:]


def test_a_request_after_a_clause_set_before_it_gives_the_letter_its_task():
    """ "Về việc …, đề nghị Thuế tỉnh X …": the topic clause stands before the request, whatever word opens it; the
    body asked leads, and the sentence after it that goes on with the request stays in the task."""
    tasks = extract_text(_reply_asking(
        "Về việc doanh nghiệp đã góp đủ vốn điều lệ hay chưa, đề nghị Thuế tỉnh Bình Minh trao đổi với cơ quan đăng ký "
        "kinh doanh trên địa bàn để xác định. Trên cơ sở ý kiến đó, Thuế tỉnh Bình Minh xử lý theo thẩm quyền.")).tasks
    assert [(t.lead, t.text[:30]) for t in tasks] == [(["Thuế tỉnh Bình Minh"], "Về việc doanh nghiệp đã góp đủ")]
    assert tasks[0].text.endswith("xử lý theo thẩm quyền.")


def test_a_letters_paragraph_that_states_the_law_then_asks_gives_the_request_as_its_task():
    """ "Tại Điều 10 … quy định …. Do vậy, đối với …, đề nghị Thuế tỉnh X báo cáo …": the sentences before the request
    answer the question; the request, with the clause set before its verb, is the task and its span."""
    text = _reply_asking(
        "Tại Điều 10 Nghị định số 103/2024/NĐ-CP quy định tính tiền sử dụng đất khi cấp Giấy chứng nhận. Nghị định "
        "không quy định trường hợp này. Do vậy, đối với trường hợp vướng mắc nêu trên, đề nghị Thuế tỉnh Bình Minh báo "
        "cáo Ủy ban nhân dân tỉnh Bình Minh có văn bản gửi Bộ Tài chính để được hướng dẫn.")
    plan = extract_text(text)
    assert [(t.lead, t.text[:40]) for t in plan.tasks] == [
        (["Thuế tỉnh Bình Minh"], "Do vậy, đối với trường hợp vướng mắc nêu")]
    task = plan.tasks[0]
    assert normalise(RawText(text, "txt"))[task.span.start:task.span.end] == task.text


@pytest.mark.parametrize("association", ["Hiệp hội Doanh nghiệp tỉnh Bình Minh", "Hội đồng Kinh doanh Hoa kỳ - ASEAN"])
def test_a_letter_asking_an_association_of_businesses_to_seek_guidance_gives_no_task(association):
    """ "Theo đó, đề nghị Hiệp hội Doanh nghiệp … liên hệ với Bộ X để được hướng dẫn": the answer to a private
    addressee, no work given to a body of the state; the same request to a tax office is a task."""
    request = "Theo đó, đề nghị {} liên hệ với Bộ Công Thương là cơ quan chủ trì để được hướng dẫn."
    assert extract_text(_reply_asking(request.format(association))).tasks == []
    assert [t.lead for t in extract_text(_reply_asking(request.format("Thuế tỉnh Bình Minh"))).tasks] == [
        ["Thuế tỉnh Bình Minh"]]


def test_a_later_sentence_keeps_its_own_subject_before_a_comma_and_giao():
    """ "…. Sở X chịu trách nhiệm thẩm định hồ sơ thu hồi đất, giao đất …": the sentence's subject leads; "giao" after
    its comma is a word of its work, not a request to a body named further on."""
    assert [m.name for m in actors_of(
        "Các sở, ban, ngành triển khai thực hiện. Sở Tài nguyên và Môi trường chịu trách nhiệm thẩm định hồ sơ thu hồi "
        "đất, giao đất, cho thuê đất.").leads] == ["Sở Tài nguyên và Môi trường"]


def test_a_request_a_letter_only_reports_gives_no_lead():
    """ "Về việc này, Bộ Tài chính đã có Công văn …, đề nghị Ủy ban nhân dân tỉnh …": the request is the ministry's,
    told of; the letter asks nobody."""
    assert actors_of("Về việc này, Bộ Tài chính đã có Công văn số 12/BTC-QLCS, đề nghị Ủy ban nhân dân tỉnh Bình Minh "
                     "rà soát.").leads == []


def test_a_letters_request_that_names_its_body_only_with_the_paragraph_keeps_its_lead():
    """ "…. Vì vậy, đề nghị Ủy ban nhân dân các tỉnh căn cứ …": read alone the request names a class only as part of
    the paragraph's conclusion; the task keeps the paragraph's lead."""
    tasks = extract_text(_reply_asking(
        "Nghị định số 103/2024/NĐ-CP không quy định trường hợp này. Vì vậy, đề nghị Ủy ban nhân dân các tỉnh căn cứ "
        "hướng dẫn của Bộ Tài chính để trình Hội đồng nhân dân cùng cấp quyết định.")).tasks
    assert [t.lead for t in tasks] == [["Ủy ban nhân dân các tỉnh"]]


def test_a_body_that_asks_another_after_a_clause_set_before_it_hands_the_work_on():
    """ "Trong quá trình thực hiện, Sở X đề nghị Ủy ban nhân dân các xã …": the body asked does the work, also when a
    clause comes before the one that asks."""
    assert [m.name for m in actors_of(
        "Trong quá trình thực hiện, Sở Xây dựng đề nghị Ủy ban nhân dân các xã rà soát danh mục công trình.").leads] \
        == ["Ủy ban nhân dân các xã"]


def _procedure_decision(field: str, article_2: str, article_3: str = "Quyết định này có hiệu lực thi hành kể từ ngày ký.") -> str:
    """A province's decision publishing procedures of one field, whose Điều 2 is given."""
    return ("ỦY BAN NHÂN DÂN\nTỈNH BÌNH MINH\nSố: 2310/QĐ-UBND\nBình Minh, ngày 21 tháng 11 năm 2026\nQUYẾT ĐỊNH\n"
            f"Về việc công bố danh mục thủ tục hành chính lĩnh vực {field}\nQUYẾT ĐỊNH:\n"
            f"Điều 1. Công bố kèm theo Quyết định này danh mục 03 thủ tục hành chính lĩnh vực {field}.\n"
            f"Điều 2. {article_2}\nĐiều 3. {article_3}\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLê Văn An\n")


def test_an_article_opening_on_its_body_gives_work_though_it_says_phê_duyệt():
    """ "Điều 2. Sở Xây dựng chủ trì … xây dựng quy trình …, phê duyệt theo quy định": the approving is the work's, not
    the decision approving something; "Điều 3. Quyết định này thay thế …" still gives none."""
    body = _procedure_decision(
        "du lịch", "Sở Văn hóa, Thể thao và Du lịch chủ trì phối hợp với Trung tâm Phục vụ hành chính công tỉnh xây dựng "
        "quy trình nội bộ giải quyết thủ tục hành chính được công bố tại Quyết định này, phê duyệt theo quy định.",
        "Quyết định này có hiệu lực thi hành kể từ ngày ký và thay thế Quyết định số 12/QĐ-UBND.")
    tasks = extract_text(body).tasks
    assert [(t.lead, t.coordinators) for t in tasks] == [
        (["Sở Văn hóa, Thể thao và Du lịch"], ["Trung tâm Phục vụ hành chính công tỉnh"])]


def test_a_giao_paragraph_after_the_date_of_effect_is_a_task():
    """ "Điều 2. Quyết định này có hiệu lực …" then "Giao Văn phòng … chủ trì, phối hợp với …": the article of effect
    holds an assignment of its own; the date of effect still gives none."""
    body = _procedure_decision(
        "báo chí", "Quyết định này có hiệu lực thi hành kể từ ngày ký.\nGiao Văn phòng Ủy ban nhân dân tỉnh chủ trì, phối "
        "hợp với Sở Văn hóa, Thể thao và Du lịch và các cơ quan, đơn vị có liên quan xây dựng quy trình điện tử giải quyết "
        "thủ tục hành chính trên Hệ thống thông tin giải quyết thủ tục hành chính tỉnh.",
        "Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các sở chịu trách nhiệm thi hành Quyết định này.")
    tasks = extract_text(body).tasks
    assert [(t.lead, t.coordinators, t.coordinators_collective) for t in tasks] == [
        (["Văn phòng Ủy ban nhân dân tỉnh"], ["Sở Văn hóa, Thể thao và Du lịch"], True)]


def test_an_assigning_article_whose_first_line_ends_on_giao_is_one_sentence():
    """ "**Điều 2. **Giao" / "Sở Nông nghiệp và Môi trường chủ trì, …" in a markdown copy: the wrap broke the article
    right after its verb; the body named on the next line leads."""
    body = _procedure_decision(
        "khoáng sản", "Giao\nSở Nông nghiệp và Môi trường chủ trì, phối hợp với Văn phòng Ủy ban nhân dân tỉnh xây "
        "dựng quy trình điện tử trong thời hạn 03 ngày làm việc.").replace("Điều 2. ", "**Điều 2. **")
    plan = extract_plan(normalise(RawText(body, "md")), strict=False)
    assert [(t.lead, t.text[:30]) for t in plan.tasks] == [(["Sở Nông nghiệp và Môi trường"], "Giao Sở Nông nghiệp và Môi trư")]


def test_partners_listed_after_a_class_and_its_colon():
    """ "phối hợp với các đơn vị: Văn phòng …, Sở Tài chính": the class introduces the bodies it lists."""
    body = _procedure_decision(
        "y tế", "Giao Sở Y tế chủ trì, phối hợp với các đơn vị: Văn phòng Ủy ban nhân dân tỉnh và Sở Tài chính công khai "
        "các thủ tục hành chính trên Cổng dịch vụ công trong thời hạn 03 ngày làm việc.")
    tasks = extract_text(body).tasks
    assert [(t.lead, t.coordinators) for t in tasks] == [
        (["Sở Y tế"], ["Văn phòng Ủy ban nhân dân tỉnh", "Sở Tài chính"])]


def test_a_handed_article_repealing_procedures_gives_work_and_executors_over_two_lines_none():
    """ "Điều 2. Giao Sở Tài chính chủ trì … thực hiện bãi bỏ thủ tục …": the repealing is the department's work; an
    article naming who executes the decision, broken after a semicolon ("…;" / "Giám đốc: …, … chịu trách nhiệm thi
    hành"), gives none."""
    body = _procedure_decision(
        "đấu thầu", "Giao Sở Tài chính chủ trì, phối hợp với Văn phòng Ủy ban nhân dân tỉnh trong thời hạn 03 ngày làm "
        "việc thực hiện bãi bỏ thủ tục hành chính trên cơ sở dữ liệu quốc gia theo đúng quy định.",
        "Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Tài chính, Thủ trưởng các ban, ngành cấp tỉnh;\n"
        "Giám đốc: Trung tâm Công báo - Tin học tỉnh, Trung tâm Phục vụ hành chính công tỉnh và các tổ chức, cá nhân có "
        "liên quan chịu trách nhiệm thi hành Quyết định này./.")
    tasks = extract_text(body).tasks
    assert [(t.lead, t.coordinators) for t in tasks] == [(["Sở Tài chính"], ["Văn phòng Ủy ban nhân dân tỉnh"])]


LOST_NUMBERING = """Căn cứ Luật Lâm nghiệp năm 2017;
Xét đề nghị của Sở Nông nghiệp và Môi trường.
MỤC ĐÍCH, YÊU CẦU
\tChủ động phòng ngừa, phát hiện sớm và dập tắt kịp thời các vụ cháy rừng.
NHIỆM VỤ CỤ THỂ
Sở Nông nghiệp và Môi trường
\tChủ trì, phối hợp với Công an tỉnh xây dựng phương án chữa cháy rừng, hoàn thành trong quý II/2026.
\tTổ chức tập huấn nghiệp vụ cho lực lượng bảo vệ rừng chuyên trách.
Công an tỉnh
\tKiểm tra an toàn phòng cháy tại các khu rừng phòng hộ trước ngày 30/4/2026.
Ủy ban nhân dân các xã, phường
\tRà soát, lập danh sách hộ gia đình sống gần rừng.
TỔ CHỨC THỰC HIỆN
\tSở Nông nghiệp và Môi trường theo dõi, tổng hợp kết quả thực hiện, báo cáo Ủy ban nhân dân tỉnh.
"""


def test_a_copy_that_lost_its_numbering_keeps_its_outline_in_the_form_of_its_lines():
    """A Word plan pasted as text without its automatic numbering: a line in capitals heads a part, another
    line without a full stop names who does the sentences under it."""
    tasks = _tasks(LOST_NUMBERING)
    assert [(t.lead, t.text[:20]) for t in tasks] == [
        (["Sở Nông nghiệp và Môi trường"], "Chủ trì, phối hợp vớ"),
        (["Sở Nông nghiệp và Môi trường"], "Tổ chức tập huấn ngh"),
        (["Công an tỉnh"], "Kiểm tra an toàn phò"),
        (["Ủy ban nhân dân các xã, phường"], "Rà soát, lập danh sá"),
    ]
    assert tasks[0].coordinators == ["Công an tỉnh"] and str(tasks[0].deadline) == "2026-06-30"


def test_a_letter_in_paragraphs_is_not_read_as_a_lost_outline():
    letter = ("Căn cứ Kế hoạch số 12/KH-UBND ngày 02/02/2026 của Ủy ban nhân dân tỉnh;\n"
              "Ủy ban nhân dân tỉnh yêu cầu các sở, ngành khẩn trương triển khai các nhiệm vụ được giao.\n"
              "Giao Sở Tài chính tổng hợp kết quả, báo cáo trước ngày 15/6/2026.\n")
    blocks = segment(normalise(RawText(HEADER + letter + FOOTER, "txt")))
    body = blocks[:next(i for i, b in enumerate(blocks) if b.ends_body)]
    assert len(body) == 9 and {b.kind for b in body} == {"para"}


def test_a_paragraph_announcing_a_numbered_list_gives_each_item_its_body():
    """A council's resolution: "Điều 2." opens, a paragraph hands the list to the provincial committee, and the
    numbered items that follow are not its children in the outline; the body it names leads each, the bodies
    it directs are no partners."""
    body = ("Điều 1. Thông qua Đề án phát triển hợp tác xã đến năm 2030.\n"
            "Điều 2. Nhiệm vụ, giải pháp chủ yếu\n"
            "Giao Ủy ban nhân dân tỉnh chỉ đạo các sở, ngành, Ủy ban nhân dân các xã thực hiện các nhiệm vụ sau:\n"
            "1. Rà soát, phân loại hợp tác xã, hoàn thành trước ngày 30/6/2026.\n"
            "2. Hỗ trợ hợp tác xã tiếp cận đất đai để xây dựng nhà kho.\n"
            "Điều 3. Tổ chức thực hiện\n")
    tasks = _tasks(body)
    assert [(t.id, t.lead, t.coordinators) for t in tasks[:2]] == [
        ("Điều2.1", ["Ủy ban nhân dân tỉnh"], []), ("Điều2.2", ["Ủy ban nhân dân tỉnh"], [])]


def test_a_notice_written_in_paragraphs_alone_gives_the_work_its_paragraphs_assign():
    """A conclusion notice with no number, no letter and no "Kính gửi": its "Giao …", "Đề nghị …" and "X chủ trì
    …" paragraphs are its tasks; the meeting's account and the closing are not."""
    body = ("Ngày 02/3/2026, Chủ tịch Ủy ban nhân dân tỉnh chủ trì cuộc họp về tiến độ xây dựng trường học.\n"
            "Thời gian qua, các sở, ngành đã tích cực triển khai các dự án được giao.\n"
            "Giao Sở Xây dựng thẩm định hồ sơ thiết kế các trường học, hoàn thành trước ngày 30/4/2026.\n"
            "Sở Tài chính chủ trì, phối hợp với Sở Giáo dục và Đào tạo bố trí vốn cho các dự án.\n"
            "Đề nghị Công ty Điện lực tỉnh di dời đường dây điện trong phạm vi dự án.\n"
            "Văn phòng Ủy ban nhân dân tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.\n")
    tasks = _tasks(body)
    assert [(t.lead, t.coordinators, t.text[:12]) for t in tasks] == [
        (["Sở Xây dựng"], [], "Giao Sở Xây "), (["Sở Tài chính"], ["Sở Giáo dục và Đào tạo"], "Sở Tài chính"),
        (["Công ty Điện lực tỉnh"], [], "Đề nghị Công")]
    assert str(tasks[0].deadline) == "2026-04-30"


def test_roles_said_in_brackets_after_the_bodies_close_an_item():
    """ "(Sở X chủ trì; Y, Z phối hợp; hoàn thành …)" at an item's end: who leads, who helps and when, without the
    fields' names."""
    tasks = _tasks("II. NHIỆM VỤ, GIẢI PHÁP\n"
                   "2.1.1. Lắp đặt trạm đo mặn tự động tại các cửa sông (Sở Nông nghiệp và Môi trường chủ trì; Sở Tài "
                   "chính, Công an tỉnh phối hợp; hoàn thành trong quý II/2026).\n"
                   "2.1.2. Vận hành các công trình cấp nước (Sở Xây dựng chủ trì; thực hiện từ tháng 12/2025 đến "
                   "tháng 5/2026).\n")
    assert [(t.lead, t.coordinators, str(t.deadline)) for t in tasks] == [
        (["Sở Nông nghiệp và Môi trường"], ["Sở Tài chính", "Công an tỉnh"], "2026-06-30"),
        (["Sở Xây dựng"], [], "2026-05-31")]


def test_a_programme_table_by_month_dates_each_row_by_its_month_cell():
    """A year's work programme: the month first ("05 - 06" under "Tháng", in the plan's year), a month cell
    merged with the row above left empty, and no number column (the month is no row number)."""
    plan = extract_text(HEADER.replace("Phát triển hạ tầng số năm 2026", "Chương trình công tác năm 2026") +
                        "II. NỘI DUNG\n| Tháng | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp |\n|---|---|---|---|\n"
                        "| 04 | Tổ chức Ngày Sách Việt Nam | Thư viện tỉnh | Sở Giáo dục và Đào tạo |\n"
                        "| | Kiểm tra cơ sở lưu trú du lịch | Phòng Quản lý du lịch | Công an tỉnh |\n"
                        "| 05 - 06 | Tổ chức Lễ hội Trái cây | Phòng Quản lý du lịch | Hiệp hội Du lịch tỉnh |\n" + FOOTER)
    assert [(t.text[:14], t.lead, str(t.deadline)) for t in plan.tasks] == [
        ("Tổ chức Ngày S", ["Thư viện tỉnh"], "2026-04-30"), ("Kiểm tra cơ sở", ["Phòng Quản lý du lịch"], "2026-04-30"),
        ("Tổ chức Lễ hội", ["Phòng Quản lý du lịch"], "2026-06-30")]


def test_a_directive_in_paragraphs_gives_work_said_after_the_remit_and_to_a_body_heading_a_list():
    body = ("Thời gian qua, tình trạng xây dựng không phép còn diễn ra ở nhiều nơi.\n"
            "Sở Tài chính, Sở Xây dựng theo chức năng, nhiệm vụ được giao kiểm tra năng lực của nhà thầu.\n"
            "Chủ tịch Ủy ban nhân dân các xã, phường:\n"
            "- Chịu trách nhiệm về trật tự xây dựng trên địa bàn.\n"
            "- Báo cáo kết quả xử lý vi phạm về Sở Xây dựng trước ngày 20 hằng tháng.\n"
            "Các chủ đầu tư, nhà thầu thi công thực hiện đầy đủ các biện pháp bảo đảm an toàn lao động.\n")
    tasks = _tasks(body)
    assert [t.text[:16] for t in tasks] == ["Sở Tài chính, Sở", "Chịu trách nhiệm", "Báo cáo kết quả ",
                                             "Các chủ đầu tư, "]
    assert tasks[0].lead == ["Sở Tài chính", "Sở Xây dựng"]
    assert tasks[1].lead == tasks[2].lead and "xã, phường" in tasks[1].lead[0]


def test_yeu_cau_gives_work_in_a_notice_and_is_a_bodys_own_request_under_its_heading():
    notice = _tasks("Ngày 02/3/2026, Chủ tịch Ủy ban nhân dân tỉnh chủ trì cuộc họp về giải phóng mặt bằng.\n"
                    "Yêu cầu Công an tỉnh bảo đảm an ninh, trật tự khi tổ chức cưỡng chế thu hồi đất.\n"
                    "Giao Sở Xây dựng:\n- Thẩm định đơn giá bồi thường tài sản trên đất.\n"
                    "- Hoàn thiện hồ sơ điều chỉnh khu tái định cư.\n")
    assert [(t.lead, t.text[:14]) for t in notice] == [
        (["Công an tỉnh"], "Yêu cầu Công a"), (["Sở Xây dựng"], "Thẩm định đơn "), (["Sở Xây dựng"], "Hoàn thiện hồ ")]
    heading = _tasks("II. NHIỆM VỤ\n1. Sở Khoa học và Công nghệ\n- Nâng cao chất lượng truyền thông về phòng tránh thiên tai.\n"
                     "- Yêu cầu các cơ quan báo chí trên địa bàn tỉnh đưa tin kịp thời về thiên tai.\n")
    assert [t.lead for t in heading] == [["Sở Khoa học và Công nghệ"]] * 2


def test_each_bodys_own_share_of_the_plan_is_no_task_of_its_own():
    tasks = _tasks("II. NHIỆM VỤ\n1. Sở Y tế tổ chức tập huấn sơ cứu.\nIII. TỔ CHỨC THỰC HIỆN\n"
                   "1. Các sở, ban, ngành, Ủy ban nhân dân các xã căn cứ nhiệm vụ được giao chủ động triển khai thực "
                   "hiện; định kỳ báo cáo kết quả về Sở Tài chính trước ngày 15/12 hằng năm.\n")
    assert [t.text[:20] for t in tasks] == ["Sở Y tế tổ chức tập "]


def test_a_lead_after_a_dash_closing_the_item_with_its_partners_in_a_bracket():
    tasks = _tasks("II. NHIỆM VỤ TRỌNG TÂM\n"
                   "1. Kiểm soát tình trạng lựa chọn giới tính thai nhi. — Sở Y tế (phối hợp: Công an tỉnh)\n"
                   "2. Xây dựng mô hình chăm sóc người cao tuổi tại 12 xã. — Sở Y tế, Hội Người cao tuổi tỉnh\n"
                   "3. Tổ chức hội nghị – hội thảo về dân số trong quý III/2026.\n")
    assert [(t.text, t.lead, t.coordinators) for t in tasks[:2]] == [
        ("Kiểm soát tình trạng lựa chọn giới tính thai nhi.", ["Sở Y tế"], ["Công an tỉnh"]),
        ("Xây dựng mô hình chăm sóc người cao tuổi tại 12 xã.", ["Sở Y tế", "Hội Người cao tuổi tỉnh"], [])]
    assert tasks[2].text.startswith("Tổ chức hội nghị – hội thảo")  # a dash inside the sentence names nobody


def test_a_task_written_as_one_line_of_named_fields():
    tasks = _tasks("II. NHIỆM VỤ\n- Nhiệm vụ: Rà soát quy trình tiếp đón; bố trí thêm bàn khám; Chủ trì: Phòng Kế hoạch "
                   "- Tài chính; Phối hợp: Khoa Khám bệnh; Thời gian: Quý I/2026.\n")
    assert [(t.text, t.lead, t.coordinators, str(t.deadline)) for t in tasks] == [
        ("Rà soát quy trình tiếp đón; bố trí thêm bàn khám", ["Phòng Kế hoạch - Tài chính"], ["Khoa Khám bệnh"],
         "2026-03-31")]


def test_bodies_named_with_their_acronyms_lead_their_items():
    """A public-security or health office names its units with a code ("Phòng … (NV02) - đơn vị thường trực:"),
    then by the code alone ("3/ NV02: …", "phối hợp với NV02"); "1/" labels its items."""
    tasks = _tasks("""I. PHÂN CÔNG NHIỆM VỤ
1/ Phòng Quản lý hành nghề về y dược tư nhân (NV02) - đơn vị thường trực:
- Chủ trì rà soát các cơ sở hành nghề chưa có giấy phép, hoàn thành trước ngày 30/6/2026.
- Hướng dẫn các trạm y tế xã lập danh sách cơ sở.
2/ Phòng Thanh tra về an toàn thực phẩm (TT05): chủ trì, phối hợp với NV02 kiểm tra bếp ăn tập thể.
3/ NV02: công khai danh sách cơ sở vi phạm trên trang thông tin điện tử.
II. TỔ CHỨC THỰC HIỆN
Các phòng báo cáo kết quả trước ngày 20 hằng tháng.
""")
    leads = [(t.text[:22], t.lead, t.coordinators) for t in tasks if t.id.startswith("I.")]
    nv02, tt05 = "Phòng Quản lý hành nghề về y dược tư nhân", "Phòng Thanh tra về an toàn thực phẩm"
    assert leads == [("Chủ trì rà soát các cơ", [nv02], []), ("Hướng dẫn các trạm y t", [nv02], []),
                     ("chủ trì, phối hợp với ", [tt05], [nv02]), ("công khai danh sách cơ", [nv02], [])]


def test_a_committee_gives_its_duties_member_by_member():
    """ "- Đ/c Giám đốc Sở Y tế - Ủy viên:" over "+" items: the member's office stands for the body, the form of
    address and the seat in the committee name nothing; each item is a task of that body."""
    tasks = _tasks("""I. PHÂN CÔNG NHIỆM VỤ CÁC THÀNH VIÊN BAN CHỈ ĐẠO
- Đ/c Giám đốc Sở Y tế - Phó Trưởng ban Thường trực:
+ Chủ trì kiểm tra an toàn thực phẩm tại các bếp ăn tập thể.
+ Phối hợp với Sở Công Thương kiểm tra các cơ sở kinh doanh thực phẩm chức năng.
- Đồng chí Phó Giám đốc Công an tỉnh - Ủy viên:
+ Kiểm soát việc vận chuyển gia súc, gia cầm qua địa bàn.
- Đ/c Tổng Biên tập Báo Bình Minh - Ủy viên:
+ Mở chuyên mục tuyên truyền về an toàn thực phẩm.
II. TỔ CHỨC THỰC HIỆN
Các thành viên báo cáo kết quả trước ngày 20 hằng tháng.
""")
    assert [(t.text[:25], t.lead, t.coordinators) for t in tasks if t.id.startswith("I.")] == [
        ("Chủ trì kiểm tra an toàn ", ["Sở Y tế"], []),
        ("Phối hợp với Sở Công Thươ", ["Sở Y tế"], ["Sở Công Thương"]),
        ("Kiểm soát việc vận chuyển", ["Công an tỉnh"], []),
        ("Mở chuyên mục tuyên truyề", ["Báo Bình Minh"], [])]


def test_a_youth_unions_own_boards_are_named_with_it():
    """ "Ban Phong trào Tỉnh đoàn", "Văn phòng Tỉnh đoàn": the union's boards, not a board of a province."""
    from vnplan.extract.agencies import find_agencies
    assert [m.name for m in find_agencies("Ban Thanh niên trường học Tỉnh đoàn chủ trì, Văn phòng Tỉnh đoàn phối hợp")] == [
        "Ban Thanh niên trường học Tỉnh đoàn", "Văn phòng Tỉnh đoàn"]


def test_a_response_plans_steps_name_their_lead_on_a_line_of_their_own():
    """A Phương án's steps: "Bước 2: Khi …" then "(Chủ trì: X; phối hợp: Y)" then dashes. The steps' part is named
    by no task word, the line of roles speaks for the dashes under its step, and a dash naming its own body takes
    neither the step's lead nor its partners."""
    tasks = _tasks("""I. CÁC BƯỚC ỨNG PHÓ
Bước 1: Khi có tin áp thấp nhiệt đới trên Biển Đông
(Chủ trì: Ban Chỉ huy Phòng thủ dân sự xã; phối hợp: Đồn Biên phòng Bến Đá)
- Tổ chức trực ban 24/24 giờ, theo dõi diễn biến của áp thấp nhiệt đới.
- Thông báo cho chủ tàu, thuyền trưởng biết vị trí, hướng di chuyển của áp thấp.
Bước 2: Khi có tin bão khẩn cấp (bão cách đất liền khoảng 500 km)
(Chủ trì: Ủy ban nhân dân xã; phối hợp: Công an xã)
- Tổ chức sơ tán dân ở các nhà yếu đến các điểm sơ tán tập trung.
- Điện lực Bến Đá chủ động cắt điện khu vực nguy hiểm; phối hợp với Đồn Biên phòng trên địa bàn bảo vệ trạm biến áp.
II. TỔ CHỨC THỰC HIỆN
Các cơ quan báo cáo tình hình trước 15 giờ hằng ngày.
""")
    assert [(t.text[:22], t.lead, t.coordinators, t.coordinators_collective) for t in tasks if t.id.startswith("I.")] == [
        ("Tổ chức trực ban 24/24", ["Ban Chỉ huy Phòng thủ dân sự xã"], ["Đồn Biên phòng Bến Đá"], False),
        ("Thông báo cho chủ tàu,", ["Ban Chỉ huy Phòng thủ dân sự xã"], ["Đồn Biên phòng Bến Đá"], False),
        ("Tổ chức sơ tán dân ở c", ["Ủy ban nhân dân xã"], [], True),  # (a province's plan: every commune's)
        ("Điện lực Bến Đá chủ độ", ["Điện lực Bến Đá"], [], True)]


def test_a_ministrys_letter_numbered_by_topic():
    """A Bộ's Công văn numbered by topic ("1. Về tổ chức kiểm tra", "2. Về sử dụng kết quả đánh giá"): a topic named by
    what is done is no assessment part; a "Lưu ý:" beside the items gives nothing; the closing paragraph about
    difficulties belongs to no item (the last one stays a task)."""
    from vnplan.extract.parts import role_from_heading
    assert role_from_heading("Về tổ chức đánh giá") is None and role_from_heading("Xây dựng tiêu chí chấm điểm") is None
    assert role_from_heading("ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN") == "other"
    assert role_from_heading("TỔ CHỨC THEO DÕI, KIỂM TRA VÀ CHẾ ĐỘ BÁO CÁO") == "other"  # a list of topics
    # rules the work builds, after its verb, leave the part to its content; who sits on a delegation is no work, the
    # sectors of an economy may well be
    assert role_from_heading("HOÀN THIỆN THỂ CHẾ, PHƯƠNG PHÁP VÀ CHUẨN DỮ LIỆU THỐNG KÊ") is None
    assert role_from_heading("THÀNH PHẦN ĐOÀN GIÁM SÁT") == "other"
    assert role_from_heading("PHÁT TRIỂN CÁC THÀNH PHẦN KINH TẾ") is None
    tasks = extract_text("""BỘ XÂY DỰNG
Số: 512/BXD-QLN
Hà Nội, ngày 12 tháng 3 năm 2026
V/v kiểm tra an toàn chung cư cũ năm 2026
Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.
Để bảo đảm an toàn cho người dân, Bộ Xây dựng đề nghị như sau:
1. Về tổ chức kiểm tra
a) Chỉ đạo Sở Xây dựng rà soát, lập danh sách các nhà chung cư cũ có nguy cơ mất an toàn.
b) Tổ chức kiểm định chất lượng các nhà chung cư cấp D, hoàn thành trước ngày 30/9/2026.
Lưu ý: việc kiểm định do đơn vị có đủ năng lực thực hiện theo quy định.
2. Về sử dụng kết quả đánh giá
a) Sử dụng kết quả kiểm định làm căn cứ di dời các hộ dân ra khỏi nhà chung cư nguy hiểm.
b) Công khai danh sách nhà chung cư nguy hiểm trên cổng thông tin điện tử của tỉnh.

Trong quá trình thực hiện, nếu có vướng mắc, đề nghị các địa phương phản ánh về Bộ Xây dựng để được hướng dẫn.
Nơi nhận:
- Như trên;
- Lưu: VT.
KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Trần Văn Bình
""").tasks
    assert [t.text[:22] for t in tasks] == ["Chỉ đạo Sở Xây dựng rà", "Tổ chức kiểm định chất", "Sử dụng kết quả kiểm đ",
                                           "Công khai danh sách nh"]


def test_an_item_that_only_drafts_the_report_is_a_reporting_duty():
    """ "2. Văn phòng … tổng hợp, tham mưu Ủy ban nhân dân xã báo cáo …" and "Phòng X chủ trì, phối hợp với các đơn vị
    kiểm tra, đôn đốc việc triển khai thực hiện Kế hoạch; định kỳ báo cáo …": the report, not a task."""
    tasks = _tasks("""I. NHIỆM VỤ
1. Sở Y tế tổ chức tiêm chủng mở rộng cho trẻ em dưới 1 tuổi.
II. TỔ CHỨC THỰC HIỆN
1. Sở Giáo dục và Đào tạo chủ động triển khai tiêm chủng trong trường học.
2. Văn phòng Ủy ban nhân dân tỉnh tổng hợp, tham mưu Ủy ban nhân dân tỉnh báo cáo Bộ Y tế trước ngày 15/12/2026.
3. Sở Y tế chủ trì, phối hợp với các đơn vị liên quan kiểm tra, đôn đốc việc triển khai thực hiện Kế hoạch; định kỳ tổng hợp, báo cáo Ủy ban nhân dân tỉnh.
4. Các phòng, đơn vị thuộc Sở được phân công chủ trì gửi báo cáo kết quả về Văn phòng Sở trước ngày 10/12/2026.

Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan phản ánh về Sở Y tế để tổng hợp.
""")
    assert [t.text[:22] for t in tasks] == ["Sở Y tế tổ chức tiêm c", "Sở Giáo dục và Đào tạo"]


def test_items_opening_with_who_in_brackets_under_group_headings():
    """A gazette copy: "Nhóm nhiệm vụ thứ hai: …" heads the numbered items after it (it is no point of the item before
    it, nor a task); each item opens with its lead, partners and time in brackets."""
    tasks = _tasks("""II. NHIỆM VỤ, GIẢI PHÁP
Nhóm nhiệm vụ thứ nhất: Hoàn thiện cơ chế, chính sách
1. (Sở Tài chính chủ trì; Sở Nội vụ phối hợp) Rà soát, đề xuất cơ chế đặt hàng dịch vụ sự nghiệp công.
2. (Sở Khoa học và Công nghệ chủ trì; các sở, ngành phối hợp; quý IV/2026) Đặt hàng các nhiệm vụ khoa học về chuyển đổi số.
Nhóm nhiệm vụ thứ hai: Phát triển nguồn nhân lực
3. (Trường Cao đẳng Bình Minh thực hiện) Đào tạo nhân lực kỹ thuật số cho doanh nghiệp nhỏ và vừa.
III. TỔ CHỨC THỰC HIỆN
Các sở, ngành báo cáo kết quả trước ngày 15/12 hằng năm.
""")
    assert [(t.text[:22], t.lead, t.coordinators, t.coordinators_collective, t.deadline)
            for t in tasks if t.id.startswith("II.")] == [
        ("Rà soát, đề xuất cơ ch", ["Sở Tài chính"], ["Sở Nội vụ"], False, None),
        ("Đặt hàng các nhiệm vụ ", ["Sở Khoa học và Công nghệ"], [], True, "2026-12-31"),
        ("Đào tạo nhân lực kỹ th", ["Trường Cao đẳng Bình Minh"], [], False, None)]


def test_a_wards_campaign_week_by_week_from_a_phone_screenshot():
    """A ward's campaign as a phone screenshot's text: short wraps, the status bar between screens; each week heads its
    dashes and sets their deadline; the body doing each in a closing bracket ("(Trạm Y tế phường thực hiện)"); the
    ward's own officers by their posts; the province is the city the text names, not the ward."""
    plan = extract_text("""9:41 ◀ Zalo  4G  76%
ỦY BAN NHÂN DÂN
PHƯỜNG AN BÌNH
Số: 40/KH-UBND
An Bình, ngày 20 tháng 4 năm 2026
KẾ HOẠCH
Ra quân diệt lăng quăng năm 2026
Thực hiện Kế hoạch số 900/KH-SYT
ngày 10/4/2026 của Sở Y tế thành phố
Cần Thơ, Ủy ban nhân dân phường ban
hành Kế hoạch như sau:
I. LỊCH TRIỂN KHAI
Tuần 1 (từ ngày 04/5 đến ngày
10/5/2026):
- Điều tra chỉ số côn trùng tại các
khu vực (Trạm Y tế phường thực hiện).
9:42 ◀ Zalo  4G  75%
- Tổ chức lễ ra quân (Văn phòng Hội
đồng nhân dân và Ủy ban nhân dân
phường thực hiện).
Tuần 2 (từ ngày 11/5 đến ngày
17/5/2026):
- Phun hóa chất diệt muỗi tại các ổ
dịch (Trạm Y tế phường thực hiện).
9:43 ◀ Zalo  4G  74%
II. TRÁCH NHIỆM
1. Trưởng Công an phường: bảo đảm an
ninh trật tự trong các đợt ra quân.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Lê Văn Tư
""")
    assert plan.document.province == "Cần Thơ"
    assert [(t.text[:20], t.lead, t.deadline) for t in plan.tasks] == [
        ("Điều tra chỉ số côn ", ["Trạm Y tế phường"], "2026-05-10"),
        ("Tổ chức lễ ra quân (", ["Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường"], "2026-05-10"),
        ("Phun hóa chất diệt m", ["Trạm Y tế phường"], "2026-05-17"),
        ("bảo đảm an ninh trật", ["Công an phường"], None)]
    assert not any("Zalo" in t.text for t in plan.tasks) and not any(t.min == 74 for t in plan.targets)


def test_a_schools_plan_gives_its_duties_by_post():
    """ "I/", "1/", "1.1/" labels; duties under the posts that hold them ("Phó Hiệu trưởng phụ trách chuyên môn",
    "Tổ trưởng các tổ chuyên môn" for the groups he heads, "Tổ Văn phòng"); a post before a colon keeps its partners."""
    plan = extract_text("""SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH BÌNH MINH
TRƯỜNG THPT HOA SEN
Số: 12/KH-THPTHS
Bình Minh, ngày 05 tháng 02 năm 2026
KẾ HOẠCH
Ôn tập thi tốt nghiệp năm 2026
I/ NỘI DUNG VÀ PHÂN CÔNG NHIỆM VỤ
1/ Phó Hiệu trưởng phụ trách chuyên môn
1.1/ Xây dựng thời khóa biểu ôn tập cho học sinh khối 12, hoàn thành trước ngày 20/02/2026.
1.2/ Kiểm tra, dự giờ các tiết ôn tập.
2/ Tổ trưởng các tổ chuyên môn
2.1/ Xây dựng ngân hàng câu hỏi ôn tập theo định dạng đề thi mới.
3/ Tổ Văn phòng
3.1/ Chuẩn bị phòng thi, in sao đề thi thử.
4/ Trưởng các chi đoàn: phối hợp với Trạm Y tế phường tuyên truyền phòng, chống dịch bệnh cho học sinh.
II/ TỔ CHỨC THỰC HIỆN
Các tổ chuyên môn báo cáo tiến độ ôn tập vào tuần cuối mỗi tháng.
HIỆU TRƯỞNG
Lê Thị Mai
""")
    assert [(t.text[:20], t.lead, t.coordinators) for t in plan.tasks if t.id.startswith("I.")] == [
        ("Xây dựng thời khóa b", ["Phó Hiệu trưởng phụ trách chuyên môn"], []),
        ("Kiểm tra, dự giờ các", ["Phó Hiệu trưởng phụ trách chuyên môn"], []),
        ("Xây dựng ngân hàng c", ["Các tổ chuyên môn"], []),
        ("Chuẩn bị phòng thi, ", ["Tổ Văn phòng"], []),
        ("phối hợp với Trạm Y ", ["Các chi đoàn"], ["Trạm Y tế phường"])]


def test_the_appendix_the_body_points_to_lists_the_tasks_with_their_fields():
    """ "Các nhiệm vụ … chi tiết tại Phụ lục kèm theo": the appendix after the signature lists them, each numbered item
    with "+ Chủ trì: …", "+ Thời gian: …" lines in any order under it, under headings of its own."""
    tasks = extract_text("""TRƯỜNG CAO ĐẲNG BÌNH MINH
Số: 21/KH-CĐBM
Bình Minh, ngày 02 tháng 3 năm 2026
KẾ HOẠCH
Cải tiến chất lượng đào tạo năm 2026
I. MỤC TIÊU
Nâng cao chất lượng đào tạo theo tiêu chuẩn kiểm định.
II. NỘI DUNG
Các nhiệm vụ cải tiến chất lượng, đơn vị chủ trì và thời gian hoàn thành chi tiết tại Phụ lục kèm theo Kế hoạch này.
Nơi nhận:
- Lưu: VT.
HIỆU TRƯỞNG
Lê Văn Năm

PHỤ LỤC
NHIỆM VỤ CẢI TIẾN CHẤT LƯỢNG NĂM 2026
(Kèm theo Kế hoạch số 21/KH-CĐBM ngày 02/3/2026)
Tiêu chuẩn 1. Chương trình đào tạo
1. Rà soát, cập nhật chương trình đào tạo các ngành nghề trọng điểm.
   + Chủ trì: Phòng Đào tạo
   + Thời gian: Quý II/2026
   + Phối hợp: Các khoa chuyên môn
2. Xây dựng ngân hàng đề thi kết thúc mô-đun.
   + Thời gian: Tháng 9/2026
   + Thực hiện: Phòng Khảo thí
""").tasks
    assert [(t.text[:20], t.lead, t.coordinators_collective, t.deadline) for t in tasks] == [
        ("Rà soát, cập nhật ch", ["Phòng Đào tạo"], True, "2026-06-30"),
        ("Xây dựng ngân hàng đ", ["Phòng Khảo thí"], False, "2026-09-30")]


def test_a_heading_over_its_items_names_its_body_with_all_its_words():
    """ "1. Phòng Truyền thông và Phát triển người tham gia" over its dashes: the name runs to the heading's end, though
    its grammar would stop at a verb or a comma; a heading that goes on with what the body does is no name."""
    tasks = _tasks("""I. PHÂN CÔNG
1. Phòng Truyền thông và Phát triển người tham gia
- Tổ chức hội nghị đối thoại với người lao động tại các khu công nghiệp.
2. Phòng Quản lý thu, sổ, thẻ
- Đối chiếu dữ liệu người tham gia với cơ sở dữ liệu dân cư.
3. Phòng Kế hoạch - Tài chính chủ trì, phối hợp với các phòng
- Bố trí kinh phí tuyên truyền.
4. Đảng đoàn Mặt trận Tổ quốc tỉnh lãnh đạo, chỉ đạo:
- Giám sát việc thực hiện chính sách an sinh xã hội.
5. Ban Chỉ huy quân sự các xã, phường
- Rà soát nguồn công dân sẵn sàng nhập ngũ.
6. Phòng Chế độ bảo hiểm - Giám định, thanh toán
- Giải quyết hồ sơ hưởng chế độ ốm đau, thai sản đúng hạn.
""")
    # a name its locality closes ("… tỉnh") runs no further than more localities ("… các xã, phường"); a field after
    # a dash is the name's
    assert [t.lead for t in tasks if t.id.startswith("I.")] == [
        ["Phòng Truyền thông và Phát triển người tham gia"], ["Phòng Quản lý thu, sổ, thẻ"], ["Phòng Kế hoạch - Tài chính"],
        ["Đảng đoàn Mặt trận Tổ quốc tỉnh"], ["Ban Chỉ huy quân sự các xã, phường"],
        ["Phòng Chế độ bảo hiểm - Giám định, thanh toán"]]


def test_a_standing_office_and_every_body_acting_on_its_share_are_no_tasks():
    # "X là đơn vị thường trực, tổng hợp …, báo cáo …" and "Các cơ quan … căn cứ nhiệm vụ được phân công chủ động triển
    # khai" give nothing new in Tổ chức thực hiện; the funding given to one body does
    body = """II. NHIỆM VỤ
1. Sở Y tế tổ chức tiêm vắc xin sởi cho trẻ dưới 5 tuổi.
III. TỔ CHỨC THỰC HIỆN
1. Trung tâm Kiểm soát bệnh tật tỉnh là đơn vị thường trực, tổng hợp số liệu, báo cáo Sở Y tế trước ngày 10 hằng tháng.
2. Các cơ quan, đơn vị căn cứ nhiệm vụ được phân công chủ động triển khai, bảo đảm đúng tiến độ.
3. Sở Tài chính bố trí kinh phí thực hiện Kế hoạch.
"""
    assert [(t.id, t.lead) for t in _tasks(body)] == [("II.1", ["Sở Y tế"]), ("III.3", ["Sở Tài chính"])]


def test_answering_for_the_results_and_monitoring_the_plan_at_hand_are_no_tasks():
    # "chịu trách nhiệm trước Giám đốc Sở về kết quả …" says who answers for the work, "theo dõi, đôn đốc việc thực hiện;"
    # with no object monitors the plan at hand: neither gives new work
    body = """II. NHIỆM VỤ
1. Sở Y tế tổ chức tiêm vắc xin sởi cho trẻ dưới 5 tuổi.
III. TỔ CHỨC THỰC HIỆN
1. Thủ trưởng các phòng, đơn vị thuộc Sở chịu trách nhiệm trước Giám đốc Sở về kết quả thực hiện; báo cáo trước ngày 20 hằng tháng.
2. Sở Tài chính bố trí kinh phí thực hiện Kế hoạch.
3. Giao Văn phòng Ủy ban nhân dân tỉnh theo dõi, đôn đốc việc thực hiện; kịp thời báo cáo Chủ tịch Ủy ban nhân dân tỉnh.
"""
    assert [(t.id, t.lead) for t in _tasks(body)] == [("II.1", ["Sở Y tế"]), ("III.2", ["Sở Tài chính"])]


def test_the_agent_named_after_the_work_leads_it():
    tasks = _by_start(_tasks(
        "I. NỘI DUNG BỒI DƯỠNG\n"
        "1. Bồi dưỡng kỹ năng quản lý dự án cho cán bộ cấp xã; do Sở Xây dựng tổ chức, Phòng Quản lý đô thị phối hợp "
        "chiêu sinh; thực hiện trong quý III/2026.\n"
        "2. Tập huấn nghiệp vụ văn thư, lưu trữ cho công chức văn phòng; do Sở Nội vụ chủ trì, Trường Chính trị tỉnh "
        "phối hợp tổ chức; hoàn thành trước ngày 30/9/2026.\n"
        "3. Tập huấn kỹ năng truyền thông cho đội ngũ báo cáo viên; do Ủy ban nhân dân các xã tự tổ chức; thực hiện "
        "thường xuyên.\n"
        "4. Tổ chức hội thảo chuyên đề về chuyển đổi số; do ảnh hưởng của mưa bão, thời gian có thể điều chỉnh.\n"))
    assert (tasks["Bồi dưỡng kỹ năng quản lý"].lead, tasks["Bồi dưỡng kỹ năng quản lý"].coordinators) == (
        ["Sở Xây dựng"], ["Phòng Quản lý đô thị"])
    assert (tasks["Tập huấn nghiệp vụ văn th"].lead, tasks["Tập huấn nghiệp vụ văn th"].coordinators) == (
        ["Sở Nội vụ"], ["Trường Chính trị tỉnh"])
    assert tasks["Tập huấn kỹ năng truyền t"].lead == ["Ủy ban nhân dân các xã"]
    assert tasks["Tổ chức hội thảo chuyên đ"].lead == ["Các sở, ban, ngành, địa phương"]  # "do ảnh hưởng": a reason


def test_the_agent_named_in_brackets_after_a_topic_leads_its_bullets():
    tasks = _by_start(_tasks(
        "II. NHIỆM VỤ, GIẢI PHÁP\n"
        "1. Bảo đảm an toàn bến thuyền (Phòng Quản lý cảng chủ trì, phối hợp với Công an tỉnh)\n"
        "- Kiểm tra phao cứu sinh trên các thuyền trước mỗi chuyến, thực hiện thường xuyên.\n"
        "- Lập danh sách thuyền không đủ điều kiện, hoàn thành trước ngày 30/5/2026.\n"
        "2. Báo cáo cấp có thẩm quyền (Ủy ban nhân dân tỉnh và các Bộ chủ trì dự án thành phần) kết quả thực hiện.\n"))
    assert (tasks["Kiểm tra phao cứu sinh tr"].lead, tasks["Kiểm tra phao cứu sinh tr"].coordinators) == (
        ["Phòng Quản lý cảng"], ["Công an tỉnh"])
    assert tasks["Lập danh sách thuyền khôn"].lead == ["Phòng Quản lý cảng"]
    # bodies in brackets with an object after their role say which are meant, not who does the work
    assert tasks["Báo cáo cấp có thẩm quyền"].lead == ["Các sở, ban, ngành, địa phương"]


def test_partners_named_before_coordination_after_the_leads_role():
    actors = actors_of("Sở Y tế chủ trì, Sở Tài chính và Bảo hiểm xã hội tỉnh phối hợp rà soát danh mục thuốc.")
    assert [m.name for m in actors.leads] == ["Sở Y tế"]
    assert [m.name for m in actors.coordinators] == ["Sở Tài chính", "Bảo hiểm xã hội tỉnh"]


def test_a_line_of_several_fields_after_each_activity_assigns_it():
    tasks = _by_start(_tasks(
        "II. NỘI DUNG HOẠT ĐỘNG\n"
        "1. Tổ chức lễ ra quân hưởng ứng Tuần lễ quốc gia phòng, chống thiên tai.\n"
        "Thời gian: tháng 5/2026; đơn vị thực hiện: Ban Tuyên truyền; phối hợp: Văn phòng Hội, Hội Chữ thập đỏ phường "
        "Tân An.\n"
        "2. Tập huấn sơ cấp cứu ban đầu cho tình nguyện viên các tổ dân phố.\n"
        "Thời gian: trước ngày 30/6/2026; đơn vị thực hiện: Ban Công tác xã hội.\n"
        "3. Xây dựng kế hoạch vận động hiến máu tình nguyện năm 2027.\n"
        "Thời hạn hoàn thành: tháng 11/2026; chủ trì: Văn phòng Hội.\n"))
    first = tasks["Tổ chức lễ ra quân hưởng "]
    assert (first.lead, first.coordinators, first.deadline) == (
        ["Ban Tuyên truyền"], ["Văn phòng Hội", "Hội Chữ thập đỏ phường Tân An"], "2026-05-31")
    assert (tasks["Tập huấn sơ cấp cứu ban đ"].lead, tasks["Tập huấn sơ cấp cứu ban đ"].deadline) == (
        ["Ban Công tác xã hội"], "2026-06-30")
    assert tasks["Xây dựng kế hoạch vận độn"].lead == ["Văn phòng Hội"]


def test_a_conclusion_notice_s_numbered_bodies_each_head_their_dashed_work():
    notice = """ỦY BAN NHÂN DÂN TỈNH BÌNH MINH
VĂN PHÒNG
Số: 52/TB-VP
Bình Minh, ngày 06 tháng 5 năm 2026
THÔNG BÁO
Kết luận của Chủ tịch Ủy ban nhân dân tỉnh tại cuộc họp về tiến độ các công trình trọng điểm
Ngày 04 tháng 5 năm 2026, Chủ tịch Ủy ban nhân dân tỉnh chủ trì cuộc họp về tiến độ các công trình trọng điểm.
Chủ tịch Ủy ban nhân dân tỉnh kết luận như sau:
1. Tình hình chung
Đến hết tháng 4, giá trị khối lượng thực hiện ước đạt 21% kế hoạch.
2. Nhiệm vụ thời gian tới
Để hoàn thành các công trình đúng hạn, phấn đấu đến ngày 30/9/2026 giải ngân đạt trên 60% kế hoạch vốn, yêu cầu các cơ quan thực hiện các nhiệm vụ sau:
(1) Sở Tài chính
– Chủ trì, phối hợp với Kho bạc Nhà nước tỉnh rà soát các công trình chậm tiến độ, trình Ủy ban nhân dân tỉnh trước ngày 31/5/2026.
– Tổng hợp tình hình giải ngân, báo cáo Ủy ban nhân dân tỉnh trước ngày 10 hằng tháng.
(2) Ủy ban nhân dân các phường có công trình
– Hoàn thành giải phóng mặt bằng, bàn giao cho chủ đầu tư trước ngày 30/6/2026.
(3) Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh
– Làm việc với các nhà thầu chậm tiến độ, yêu cầu tăng cường nhân lực, thiết bị.
– Lập tiến độ chi tiết của từng gói thầu, gửi Sở Tài chính trước ngày 20/5/2026.
3. Về đề nghị của Ủy ban nhân dân phường Đông Hòa
Thống nhất chủ trương mở rộng tuyến đường vào khu tái định cư; giao Sở Xây dựng hướng dẫn phường lập hồ sơ điều chỉnh dự án trước ngày 15/6/2026.
Văn phòng Ủy ban nhân dân tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.
Nơi nhận:
- Như trên;
- Lưu: VT.
KT. CHÁNH VĂN PHÒNG
PHÓ CHÁNH VĂN PHÒNG
Trần Thị Bích
"""
    plan = extract_text(notice)
    tasks = _by_start(plan.tasks)
    assert list(tasks) == ["Chủ trì, phối hợp với Kho", "Tổng hợp tình hình giải n", "Hoàn thành giải phóng mặt",
                           "Làm việc với các nhà thầu", "Lập tiến độ chi tiết của ", "Thống nhất chủ trương mở "]
    assert tasks["Chủ trì, phối hợp với Kho"].lead == ["Sở Tài chính"]
    assert tasks["Tổng hợp tình hình giải n"].lead == ["Sở Tài chính"]
    assert tasks["Hoàn thành giải phóng mặt"].lead[0].startswith("Ủy ban nhân dân các phường")
    board = "Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh"
    assert tasks["Làm việc với các nhà thầu"].lead == [board] and tasks["Lập tiến độ chi tiết của "].lead == [board]
    # a conclusion under a topic's title that hands the work on is that work
    assert (tasks["Thống nhất chủ trương mở "].lead, tasks["Thống nhất chủ trương mở "].deadline) == (
        ["Sở Xây dựng"], "2026-06-15")
    # the sentence leading in to the bodies' work commits to its figure; the estimate of the results does not
    assert [t.min for t in plan.targets] == [60]


def test_monitoring_the_document_is_no_task_at_its_close_but_is_one_inside_a_part_of_tasks():
    dispatch = ("1. Bộ Công Thương chỉ đạo bảo đảm cung ứng xăng dầu cho các địa phương bị ảnh hưởng.\n"
                "2. Văn phòng Chính phủ theo dõi, đôn đốc các bộ, cơ quan, địa phương thực hiện nghiêm Công điện này; "
                "báo cáo Thủ tướng Chính phủ những vấn đề phát sinh.\n")
    assert [t.text[:15] for t in _tasks(dispatch)] == ["Bộ Công Thương "]
    # a report owed day by day while the storm lasts is work of its own
    daily = dispatch.replace("Công điện này; ", "Công điện này và báo cáo các cấp hằng ngày; ")
    assert [t.text[:15] for t in _tasks(daily)] == ["Bộ Công Thương ", "Văn phòng Chính"]
    plan = ("II. NHIỆM VỤ CỤ THỂ\n1. Công an các xã, phường tuần tra kiểm soát các tuyến đường trọng điểm.\n"
            "2. Phòng Tham mưu: theo dõi, đôn đốc các đơn vị thực hiện Kế hoạch; tổng hợp, báo cáo kết quả đợt cao "
            "điểm trước ngày 15/6/2026.\nIII. TỔ CHỨC THỰC HIỆN\nCác đơn vị triển khai thực hiện nghiêm túc Kế hoạch này.\n")
    assert [t.text[:15] for t in _tasks(plan)] == ["Công an các xã,", "theo dõi, đôn đ"]


def test_the_partners_of_a_body_directed_are_not_the_directing_bodys():
    """ "Chỉ đạo Sở X chủ trì, phối hợp với Sở Y …": Sở Y works with the body directed, not with the one given the task;
    a partner in a clause of its own ("…; phối hợp với …") is the task's."""
    tasks = _tasks("""II. NHIỆM VỤ
1. Giao Ủy ban nhân dân tỉnh:
a) Chỉ đạo Sở Xây dựng chủ trì, phối hợp với Sở Tài chính rà soát quỹ đất phát triển nhà ở công nhân.
b) Chỉ đạo Ban Quản lý các khu công nghiệp phối hợp với Liên đoàn Lao động tỉnh khảo sát nhu cầu nhà ở.
c) Chỉ đạo Công ty Điện lực tỉnh bảo đảm cấp điện; phối hợp với Công an tỉnh kiểm tra an toàn phòng cháy.
""")
    assert [(t.lead, t.coordinators) for t in tasks] == [
        (["Ủy ban nhân dân tỉnh"], []), (["Ủy ban nhân dân tỉnh"], []), (["Ủy ban nhân dân tỉnh"], ["Công an tỉnh"])]


def test_a_sentence_after_the_work_naming_who_does_it_gives_the_lead():
    """ "Nhiệm vụ 2: Bố trí …. Phòng X thực hiện thường xuyên.": the body that opens the sentence after the work, on its
    role ("thực hiện", "chủ trì", "phối hợp với … thực hiện"), leads it; a sentence about the work names nobody."""
    tasks = _tasks("""III. NHIỆM VỤ CỤ THỂ
Nhiệm vụ 1: Bố trí công chức tiếp nhận hồ sơ tại quầy theo số lượng hồ sơ từng lĩnh vực. Phòng Tổ chức - Hành chính thực hiện thường xuyên.
Nhiệm vụ 2: Triển khai trả kết quả điện tử. Phòng Nghiệp vụ phối hợp với Sở Khoa học và Công nghệ thực hiện; hoàn thành trong quý II/2026.
Nhiệm vụ 3: Tổ chức lấy ý kiến người dân hằng quý. Kết quả được công khai trên Cổng thông tin điện tử của tỉnh.
""")
    assert [(t.lead, t.coordinators) for t in tasks] == [
        (["Phòng Tổ chức - Hành chính"], []), (["Phòng Nghiệp vụ"], ["Sở Khoa học và Công nghệ"]),
        (["Các sở, ban, ngành, địa phương"], [])]


def _dispatch(points: list[str]) -> str:
    """A Công văn of a province whose body asks for its work in labelled points and has no part or numbered item."""
    return ("ỦY BAN NHÂN DÂN\nTỈNH BÌNH MINH\nSố: 2210/UBND-KT\nBình Minh, ngày 05 tháng 6 năm 2026\n"
            "V/v khắc phục sự cố sạt lở bờ sông\n"
            "Kính gửi:\n- Sở Xây dựng;\n- Sở Nông nghiệp và Môi trường;\n- Ủy ban nhân dân xã Tân Phú.\n"
            "Ngày 03/6/2026, tại bờ sông đoạn qua xã Tân Phú xảy ra sạt lở dài khoảng 80 m, ảnh hưởng đến 12 hộ dân.\n"
            "Để kịp thời khắc phục hậu quả, Ủy ban nhân dân tỉnh yêu cầu:\n"
            + "\n".join(points) + "\n"
            "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Văn An\n")


_POINTS = [
    "{0}) Sở Nông nghiệp và Môi trường (cơ quan thường trực phòng, chống thiên tai của tỉnh):",
    "- Chủ trì, phối hợp với Sở Xây dựng khảo sát, xác định phạm vi vùng nguy hiểm; cắm biển cảnh báo.",
    "- Đề xuất phương án xử lý khẩn cấp, trình Ủy ban nhân dân tỉnh trước ngày 15/6/2026.",
    "{1}) Ủy ban nhân dân xã Tân Phú di dời ngay các hộ dân ra khỏi vùng nguy hiểm; bố trí chỗ ở tạm.",
    "{2}) Đề nghị Công ty Điện lực Bình Minh kiểm tra, di dời đường dây điện trong vùng sạt lở.",
    "{3}) Giao Văn phòng Ủy ban nhân dân tỉnh theo dõi, đôn đốc các cơ quan, đơn vị thực hiện nội dung Văn bản này.",
]


@pytest.mark.parametrize("labels", [("a", "b", "c", "d"), ("i", "ii", "iii", "iv")])
def test_a_letter_asking_for_its_work_in_labelled_points_gives_a_task_per_point(labels):
    """ "a) … d)" or "i) … iv)" under "Ủy ban nhân dân tỉnh yêu cầu:", with no part or numbered item: each point that
    gives a body work is a task (a body heading its dashes, a bracket saying what it is here before the colon), the
    point that only gives the monitoring of "Văn bản này" none."""
    tasks = extract_text(_dispatch([line.format(*labels) for line in _POINTS])).tasks
    assert [(t.text[:30], t.lead) for t in tasks] == [
        ("Chủ trì, phối hợp với Sở Xây d", ["Sở Nông nghiệp và Môi trường"]),
        ("Đề xuất phương án xử lý khẩn c", ["Sở Nông nghiệp và Môi trường"]),
        ("Ủy ban nhân dân xã Tân Phú di ", ["Ủy ban nhân dân xã Tân Phú"]),
        ("Đề nghị Công ty Điện lực Bình ", ["Công ty Điện lực Bình Minh"])]
    assert tasks[0].coordinators == ["Sở Xây dựng"] and tasks[1].deadline == "2026-06-15"


def test_lower_case_roman_points_are_labels_at_the_level_of_letters():
    blocks = segment(normalise(RawText("ii) Sở Y tế bố trí lực lượng.\niv) Sở Du lịch:\n- Thông tin cho du khách.\n"
                                       "vi) Ban Quản lý khu du lịch khảo sát.\n", "txt")))
    assert [(b.kind, b.label, b.parent) for b in blocks] == [("sub", "ii", None), ("sub", "iv", None),
                                                             ("dash", "-", 1), ("sub", "vi", None)]


def test_items_under_a_month_heading_are_due_by_the_end_of_that_month():
    """A work programme organised by month: "Tháng 3/2026" alone on its line over numbered items, at their level. An
    item that sets no time of its own is due at the end of its month; one that does keeps its own."""
    body = ("II. NHIỆM VỤ CỤ THỂ THEO THÁNG\nTháng 02/2026\n"
            "1. Rà soát danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của Sở (Chủ trì: Văn phòng Sở).\n"
            "Tháng 4 và tháng 5/2026\n"
            "2. Tổ chức tập huấn kỹ năng số cho công chức (Chủ trì: Phòng Tổ chức cán bộ).\n"
            "3. Trình Ủy ban nhân dân tỉnh Đề án vị trí việc làm (Chủ trì: Phòng Tổ chức cán bộ; thời hạn: trước ngày "
            "15/4/2026).\n"
            "III. TỔ CHỨC THỰC HIỆN\nCác phòng triển khai thực hiện Chương trình này.\n")
    assert [t.deadline for t in _tasks(body)] == ["2026-02-28", "2026-05-31", "2026-04-15"]


def test_bullets_under_a_month_line_are_due_by_its_end_and_the_month_is_no_task():
    """A programme flattened to bullets (a document downloaded as text): "Tháng 5/2028" alone on its line, then each
    draft as a bullet with its field bullets; the month gives no task, dates the drafts under it and the report among
    them, and a field naming where the draft goes ("Cấp trình: …") is no task."""
    text = ("BỘ NỘI VỤ\nSố: 09/CTr-BNV\nCHƯƠNG TRÌNH\nCông tác năm 2028\n"
            "II. NHIỆM VỤ, ĐỀ ÁN TRÌNH CẤP CÓ THẨM QUYỀN\nTháng 5/2028\n"
            "* Nghị định quy định chế độ làm việc của công chức cấp xã\n"
            "* Đơn vị chủ trì: Vụ Chính quyền địa phương; đơn vị phối hợp: Vụ Pháp chế\n* Cấp trình: Chính phủ\n"
            "Tháng 11/2028\n* Báo cáo Chính phủ về công tác cán bộ năm 2028\n* Đơn vị chủ trì: Văn phòng Bộ\n"
            "* Cấp trình: Chính phủ\n\nIII. TỔ CHỨC THỰC HIỆN\n* Các Vụ triển khai thực hiện Chương trình này.\n")
    plan = extract_text(text)
    assert [(t.text[:25], t.lead, str(t.deadline)) for t in plan.tasks[:2]] == [
        ("Nghị định quy định chế độ", ["Vụ Chính quyền địa phương"], "2028-05-31"),
        ("Báo cáo Chính phủ về công", ["Văn phòng Bộ"], "2028-11-30")]
    assert [(d.frequency, d.due) for d in plan.reporting if d.text.startswith("Báo cáo Chính phủ")] == [
        ("once", "2028-11-30")]


def test_a_committee_s_duties_member_by_member_give_each_member_its_items():
    """ "Đồng chí Giám đốc Sở X - Phó Trưởng ban Thường trực:" or "… - Trưởng Ban Chỉ đạo:" over its items: the seat,
    with the committee's name, is no work, and each item ("Giúp Trưởng ban …", "Trực tiếp chỉ đạo …") is a task of the
    body the member heads; a part on meetings and reports ("CHẾ ĐỘ HỌP, THÔNG TIN BÁO CÁO") lists none."""
    body = ("III. PHÂN CÔNG NHIỆM VỤ CÁC THÀNH VIÊN\n"
            "1. Đồng chí Giám đốc Sở Xây dựng - Phó Trưởng ban Thường trực:\n"
            "- Giúp Trưởng ban điều hành công việc thường xuyên của Ban Chỉ đạo.\n"
            "- Trực tiếp chỉ đạo rà soát các công trình chậm tiến độ.\n"
            "2. Đồng chí Chủ tịch Ủy ban nhân dân tỉnh - Trưởng Ban Chỉ đạo:\n"
            "- Chỉ đạo toàn diện hoạt động của Ban Chỉ đạo.\n"
            "- Chủ trì các phiên họp định kỳ của Ban Chỉ đạo.\n"
            "IV. CHẾ ĐỘ HỌP, THÔNG TIN BÁO CÁO\n"
            "1. Ban Chỉ đạo họp định kỳ 6 tháng và cuối năm.\n"
            "2. Các thành viên báo cáo kết quả thực hiện nhiệm vụ về Sở Xây dựng trước ngày 10 hằng quý.\n")
    assert [(t.text[:25], t.lead) for t in _tasks(body)] == [
        ("Giúp Trưởng ban điều hành", ["Sở Xây dựng"]), ("Trực tiếp chỉ đạo rà soát", ["Sở Xây dựng"]),
        ("Chỉ đạo toàn diện hoạt độ", ["Ủy ban nhân dân tỉnh"]), ("Chủ trì các phiên họp địn", ["Ủy ban nhân dân tỉnh"])]


def test_a_programme_built_of_chapters_takes_its_work_from_the_chapter_that_lists_it():
    """ "Chương II / NỘI DUNG PHỐI HỢP" then "Điều 4. Phối hợp tuyên truyền …" with its khoản: the articles of the
    chapter that lists the work give a task per khoản, though their titles name a topic; the general chapter's
    articles (purposes, targets) give none."""
    text = ("ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM\nTỈNH BÌNH MINH\nSố: 07/CTrPH-MTTQ-SYT\nBình Minh, ngày 10 tháng 3 năm 2026\n"
            "CHƯƠNG TRÌNH PHỐI HỢP\nVề vận động Nhân dân tham gia bảo vệ sức khỏe cộng đồng giai đoạn 2026 - 2030\n"
            "Chương I\nNHỮNG QUY ĐỊNH CHUNG\nĐiều 1. Mục đích\n"
            "1. Phát huy vai trò của Mặt trận trong công tác chăm sóc sức khỏe Nhân dân.\n"
            "Chương II\nNỘI DUNG PHỐI HỢP\nĐiều 2. Phối hợp tuyên truyền, vận động Nhân dân\n"
            "1. Sở Y tế cung cấp tài liệu tuyên truyền về phòng, chống dịch bệnh cho Mặt trận các cấp.\n"
            "2. Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh chủ trì vận động Nhân dân tham gia bảo hiểm y tế.\n"
            "Điều 3. Phối hợp giám sát\n"
            "1. Sở Y tế tiếp thu, trả lời các kiến nghị sau giám sát trong thời hạn 30 ngày.\n"
            "Chương III\nTỔ CHỨC THỰC HIỆN\nĐiều 4. Hiệu lực thi hành\nChương trình có hiệu lực kể từ ngày ký./.\n"
            "TM. BAN THƯỜNG TRỰC\nCHỦ TỊCH\nLê Văn An\n")
    assert [(t.id, t.lead) for t in extract_text(text).tasks] == [
        ("Điều2.1", ["Sở Y tế"]), ("Điều2.2", ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Bình Minh"]), ("Điều3.1", ["Sở Y tế"])]


def test_a_notice_s_requests_after_a_body_s_list_are_the_issuer_s_and_its_closing_generic_ones_give_no_task():
    """After "Giao Sở Xây dựng:" and its dashes, "Yêu cầu Công an tỉnh …" is the issuer's request to the Công an, not
    the Sở's; "Yêu cầu Thủ trưởng các sở, ngành … nghiêm túc thực hiện; …" gives no task. (The Văn phòng's monitoring
    with its monthly report stays a task, as the real dispatches' gold reads it.)"""
    text = ("ỦY BAN NHÂN DÂN\nTỈNH BÌNH MINH\nSố: 12/TB-UBND\nBình Minh, ngày 18 tháng 12 năm 2025\nTHÔNG BÁO\n"
            "Kết luận của Chủ tịch Ủy ban nhân dân tỉnh tại cuộc họp về tiến độ Dự án đường tỉnh 176\n"
            "Giao Sở Xây dựng:\n- Thẩm định đơn giá bồi thường, hoàn thành trước ngày 25/12/2025.\n"
            "- Hoàn thiện hồ sơ điều chỉnh khu tái định cư, trình Ủy ban nhân dân tỉnh trong tháng 01/2026.\n"
            "Yêu cầu Công an tỉnh bảo đảm an ninh, trật tự khi tổ chức cưỡng chế thu hồi đất.\n"
            "Giao Văn phòng Ủy ban nhân dân tỉnh theo dõi, đôn đốc các cơ quan, đơn vị thực hiện; hằng tháng tổng hợp, "
            "báo cáo Chủ tịch Ủy ban nhân dân tỉnh.\n"
            "Yêu cầu Thủ trưởng các sở, ngành, Chủ tịch Ủy ban nhân dân các xã nghiêm túc thực hiện; chịu trách nhiệm "
            "trước Chủ tịch Ủy ban nhân dân tỉnh nếu để chậm tiến độ.\n"
            "Văn phòng Ủy ban nhân dân tỉnh thông báo để các cơ quan biết, thực hiện./.\n"
            "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nTL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\nLê Văn An\n")
    assert [(t.text[:24], t.lead) for t in extract_text(text).tasks] == [
        ("Thẩm định đơn giá bồi th", ["Sở Xây dựng"]), ("Hoàn thiện hồ sơ điều ch", ["Sở Xây dựng"]),
        ("Yêu cầu Công an tỉnh bảo", ["Công an tỉnh"]), ("Giao Văn phòng Ủy ban nh", ["Văn phòng Ủy ban nhân dân tỉnh"])]


STEP_PLAN = """III. CÁC BƯỚC TIẾN HÀNH
Bước 1. Chuẩn bị
1. Thành lập Đoàn kiểm tra liên ngành rà soát, đánh giá an toàn hồ chứa thủy lợi trên địa bàn tỉnh (sau đây gọi tắt là Đoàn kiểm tra) do Phó Giám đốc Sở làm Trưởng đoàn.
- Đơn vị thực hiện: Chi cục Thủy lợi.
- Đơn vị phối hợp: Công an tỉnh.
- Thời gian: trước ngày 20/02/2026.
- Kết quả/sản phẩm: Quyết định thành lập Đoàn kiểm tra.
Bước 2. Kiểm tra hiện trường
2. Kiểm tra hiện trạng đập, tràn xả lũ, cống lấy nước của các hồ chứa; lập biên bản từng công trình.
- Đơn vị thực hiện: Đoàn kiểm tra.
- Đơn vị phối hợp: Ủy ban nhân dân các xã có hồ chứa.
- Thời gian: từ tháng 3 đến hết tháng 5/2026.
- Kết quả/sản phẩm: Biên bản kiểm tra.
Bước 3. Tổng kết
3. Tổng hợp kết quả kiểm tra, báo cáo Ủy ban nhân dân tỉnh.
- Đơn vị thực hiện: Chi cục Thủy lợi.
- Đơn vị phối hợp: Đoàn kiểm tra.
- Thời gian: tháng 7/2026.
- Kết quả/sản phẩm: Báo cáo tổng kết.
IV. TỔ CHỨC THỰC HIỆN
Các đơn vị báo cáo kết quả về Sở Nông nghiệp và Môi trường trước ngày 15/12/2026.
"""


def test_numbered_steps_with_field_lines_are_tasks_whoever_the_fields_name():
    """A part named by its steps ("CÁC BƯỚC TIẾN HÀNH"), each numbered activity followed by its field lines, one of
    them two names sharing a field ("Kết quả/sản phẩm:"): every activity is a task with the lead, partners and
    deadline its fields give; a body the plan sets up and names for short is that body in full; the report an
    activity makes is due by its time field."""
    plan = extract_text(HEADER + STEP_PLAN + FOOTER)
    assert [t.text[:22] for t in plan.tasks] == ["Thành lập Đoàn kiểm tr", "Kiểm tra hiện trạng đậ",
                                                "Tổng hợp kết quả kiểm "]
    first, second, third = plan.tasks
    team = "Đoàn kiểm tra liên ngành rà soát, đánh giá an toàn hồ chứa thủy lợi trên địa bàn tỉnh"
    assert (first.lead, first.coordinators, first.deadline) == (["Chi cục Thủy lợi"], ["Công an tỉnh"], "2026-02-20")
    assert (second.lead, second.deadline) == ([team], "2026-05-31")
    assert (third.lead, third.coordinators, third.deadline) == (["Chi cục Thủy lợi"], [team], "2026-07-31")
    assert ("Chi cục Thủy lợi", "once", "2026-07-31") in {(r.reporter, r.frequency, r.due) for r in plan.reporting}


def test_two_names_may_share_one_field():
    assert field_role(FIELD_LINE.match("Kết quả/sản phẩm: Báo cáo tổng kết.").group("name")) == "other"
    assert field_role(FIELD_LINE.match("Thời gian/tiến độ: Quý II/2026").group("name")) == "time"


LEADER_TABLE = """III. NHIỆM VỤ CỤ THỂ
Nội dung công việc ................................ Đơn vị chủ trì ................ Thời gian thực hiện
1. Tuyên truyền, phổ biến
1.1. Biên soạn tài liệu hỏi đáp về bảo hiểm y tế học sinh, phối hợp với Sở Giáo dục và Đào tạo phát hành đến các trường ........ Phòng Truyền thông ........ Quý I/2026
1.2. Tổ chức tọa đàm trực tuyến về chính sách bảo hiểm xã hội tự nguyện ........ Phòng Truyền thông ........ Tháng 5/2026
2. Kiểm tra, đối soát
2.1. Đối soát dữ liệu người tham gia với cơ sở dữ liệu quốc gia về dân cư ........ Phòng Quản lý thu ........ Trước 30/9/2026
IV. TỔ CHỨC THỰC HIỆN
Các phòng nghiệp vụ định kỳ 6 tháng, hằng năm báo cáo kết quả về Văn phòng trước ngày 10/6/2026 và ngày 10/12/2026.
"""


def test_a_table_typed_with_dot_leaders_is_read_as_its_columns():
    """Dot leaders part the cells as tabs do: the header names the columns, each numbered line is a row, the
    numbered line without leaders over rows is their group; the partners the work names itself are its partners."""
    plan = extract_text(HEADER + LEADER_TABLE + FOOTER)
    rows = [(t.section, t.text[:20], t.lead, t.coordinators, t.deadline) for t in plan.tasks]
    assert rows == [
        ("Tuyên truyền, phổ biến", "Biên soạn tài liệu h", ["Phòng Truyền thông"], ["Sở Giáo dục và Đào tạo"], "2026-03-31"),
        ("Tuyên truyền, phổ biến", "Tổ chức tọa đàm trực", ["Phòng Truyền thông"], [], "2026-05-31"),
        ("Kiểm tra, đối soát", "Đối soát dữ liệu ngư", ["Phòng Quản lý thu"], [], "2026-09-30"),
    ]
    # the report of every six months and of the year, each with its date: two reports, and no task
    assert [(r.frequency, r.due) for r in plan.reporting] == [("once", "2026-06-10"), ("once", "2026-12-10")]


def test_letters_in_brackets_label_a_body_s_items():
    """ "(a)", "(b)" under "2. Sở Công Thương" are its lettered items, as "a)", "b)" are; "(i)" stays a Roman point."""
    body = """IV. PHÂN CÔNG NHIỆM VỤ
1. Sở Công Thương
(a) Chỉ đạo lực lượng quản lý thị trường kiểm tra hàng hóa tại các chợ đầu mối.
(b) Phối hợp với Công an tỉnh xử lý các vụ buôn bán hàng giả; hoàn thành trước ngày 30/6/2026.
2. Công an tỉnh
(a) Điều tra, xử lý nghiêm các đường dây sản xuất hàng giả.
"""
    tasks = _tasks(body)
    assert [(t.lead, t.text[:20], t.deadline) for t in tasks] == [
        (["Sở Công Thương"], "Chỉ đạo lực lượng qu", None),
        (["Sở Công Thương"], "Phối hợp với Công an", "2026-06-30"),
        (["Công an tỉnh"], "Điều tra, xử lý nghi", None),
    ]
    assert normalise(RawText("(i) Rà soát.\n(ii) Báo cáo.\n", "txt")) == "(i) Rà soát.\n(ii) Báo cáo.\n"


def test_paragraphs_counted_in_words_are_items_their_ordinal_a_label():
    """ "Thứ nhất, Ủy ban nhân dân xã …", "Thứ hai, …" inside an article: each paragraph a task whose text starts after
    its ordinal, led by the body it opens with."""
    body = """Điều 2. Nhiệm vụ, giải pháp chủ yếu
Thứ nhất, Ủy ban nhân dân xã tập trung phát triển vùng nguyên liệu dược liệu; phối hợp với Hợp tác xã dược liệu Tà Xùa xây dựng chuỗi liên kết tiêu thụ sản phẩm.
Thứ hai, Công an xã giữ vững an ninh trật tự trên địa bàn; hoàn thành trước ngày 30/9/2026.
Điều 3. Tổ chức thực hiện
1. Giao Ủy ban nhân dân xã tổ chức thực hiện Nghị quyết này.
"""
    tasks = _tasks(body)
    first, second = tasks[:2]
    assert first.text.startswith("Ủy ban nhân dân xã tập trung") and first.lead == ["Ủy ban nhân dân xã"]
    assert first.coordinators == ["Hợp tác xã dược liệu Tà Xùa"]
    assert second.text.startswith("Công an xã giữ vững") and second.lead == ["Công an xã"]
    assert second.deadline == "2026-09-30"
    # a single "Thứ nhất, …" is a sentence, not a count; weekdays are no ordinals
    once = "Thứ nhất, vùng khó khăn cần được tập trung đầu tư.\n"
    assert normalise(RawText(once, "txt")) == once
    days = "Thứ hai, ngày 12/01/2026: họp giao ban.\nThứ năm, ngày 15/01/2026: kiểm tra thực địa.\n"
    assert normalise(RawText(days, "txt")) == days


def test_work_numbered_by_name_is_a_title_over_its_work_and_fields():
    """ "Nhiệm vụ 1: <title>", then the work, then one line of fields: the work is the task, the title its section;
    "Nhiệm vụ n:" numbered across groups "1. Nhóm …" counts a level below them and stays as written."""
    body = """IV. NHIỆM VỤ VÀ GIẢI PHÁP
Nhiệm vụ 1: Phát triển vùng nguyên liệu
Rà soát, quy hoạch vùng trồng chè an toàn tại các xã vùng cao; cấp mã số vùng trồng.
Cơ quan chủ trì: Sở Nông nghiệp và Môi trường; cơ quan phối hợp: Ủy ban nhân dân các xã; thời gian thực hiện: năm 2027.
Nhiệm vụ 2: Xúc tiến thương mại
Tổ chức hội chợ chè đặc sản của tỉnh; kết nối tiêu thụ với các siêu thị.
Cơ quan chủ trì: Sở Công Thương; cơ quan phối hợp: Hiệp hội Chè tỉnh; thời gian thực hiện: Quý III/2026.
"""
    tasks = _tasks(body)
    assert [(t.section, t.text[:20], t.lead, t.coordinators, t.deadline) for t in tasks] == [
        ("1. Phát triển vùng nguyên liệu", "Rà soát, quy hoạch v", ["Sở Nông nghiệp và Môi trường"], [], "2027-12-31"),
        ("2. Xúc tiến thương mại", "Tổ chức hội chợ chè ", ["Sở Công Thương"], ["Hiệp hội Chè tỉnh"], "2026-09-30"),
    ]
    across_groups = "1. Nhóm thể chế\nNhiệm vụ 1: Ban hành quy chế.\nNhiệm vụ 2: Sửa đổi quy định.\n2. Nhóm hạ tầng\n"
    assert normalise(RawText(across_groups, "txt")) == across_groups


def test_footnotes_under_their_rule_leave_the_items_whole_and_cite_what_they_name():
    """A copy of a PDF's text, one paragraph per line, keeps each page's footnotes under their rule of underscores and
    the page's number after them: they part no list, and the documents they name are cited."""
    text = """THỦ TƯỚNG CHÍNH PHỦ
Số: 21/CT-TTg
Hà Nội, ngày 02 tháng 7 năm 2026
CHỈ THỊ
Về phòng, chống hạn hán
Thủ tướng Chính phủ yêu cầu:

1. Chủ tịch Ủy ban nhân dân các tỉnh:

a) Rà soát các hồ chứa theo Luật Thủy lợi1; vận hành tích nước hợp lý.

__________________
1 Luật Thủy lợi số 08/2017/QH14 ngày 19 tháng 6 năm 2017.

2

b) Chủ động bố trí ngân sách địa phương cho các công trình cấp nước sinh hoạt.

2. Giao Bộ Nông nghiệp và Môi trường theo dõi, đôn đốc việc thực hiện Chỉ thị này; tổng hợp, báo cáo Thủ tướng Chính phủ trước ngày 15 tháng 12 hằng năm.

Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân các tỉnh chịu trách nhiệm tổ chức thực hiện nghiêm Chỉ thị này./.

Nơi nhận:
- Như trên;
KT. THỦ TƯỚNG
PHÓ THỦ TƯỚNG
Nguyễn Văn An
"""
    plan = extract_text(text.replace("\n2\n\nb)", "\n2\nb)"))  # (also where the page's number sits right above the text)
    assert [t.text[:20] for t in plan.tasks] == ["Rà soát các hồ chứa ", "Chủ động bố trí ngân"]
    plan = extract_text(text)
    # the closing item only monitors the directive and the last paragraph is its formula: no task of either
    assert [t.text[:20] for t in plan.tasks] == ["Rà soát các hồ chứa ", "Chủ động bố trí ngân"]
    assert "08/2017/QH14" in {r.number for r in plan.references}


def test_a_timetable_s_quarter_columns_and_ditto_cells():
    """ "Nt" (như trên) repeats the cell above; the quarters marked "x" date the work by the last of them, in the year
    of an annual plan, and a report row is due then."""
    text = HEADER.replace("Phát triển hạ tầng số năm 2026", "Giám sát chất lượng nước năm 2026") + """III. NHIỆM VỤ CỤ THỂ
| TT | Nội dung nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Quý I | Quý II | Quý III | Quý IV |
|---|---|---|---|---|---|---|---|
| **I** | **Quan trắc** | | | | | | |
| 1 | Lấy mẫu nước mặt tại 40 điểm quan trắc trên các sông chính | Trung tâm Quan trắc môi trường | Chi cục Thủy lợi | x | x | | |
| 2 | Lấy mẫu nước dưới đất tại các giếng quan trắc | Nt | Nt | | | x | |
| 3 | Tổng hợp kết quả quan trắc, báo cáo Ủy ban nhân dân tỉnh | Nt | Các phòng thuộc Sở | | | | x |
""" + FOOTER
    plan = extract_text(text)
    assert [(t.lead, t.coordinators, t.deadline) for t in plan.tasks] == [
        (["Trung tâm Quan trắc môi trường"], ["Chi cục Thủy lợi"], "2026-06-30"),
        (["Trung tâm Quan trắc môi trường"], ["Chi cục Thủy lợi"], "2026-09-30"),
        (["Trung tâm Quan trắc môi trường"], [], "2026-12-31"),
    ]
    assert [(r.frequency, r.due) for r in plan.reporting] == [("once", "2026-12-31")]


def test_a_cross_reference_gives_the_items_their_partners_too():
    body = """III. NHIỆM VỤ
1. Hoàn thiện thể chế
1.1. Rà soát, sửa đổi quy chế quản lý dữ liệu giao thông.
2. Hạ tầng dữ liệu
2.1. Xây dựng nền tảng dữ liệu dùng chung.
2.2. Kết nối dữ liệu camera về Trung tâm điều hành.
IV. TỔ CHỨC THỰC HIỆN
1. Phân công chủ trì thực hiện các nhiệm vụ tại Mục III:
a) Vụ Pháp chế chủ trì các nhiệm vụ tại khoản 1 Mục III; Văn phòng Bộ phối hợp;
b) Trung tâm Công nghệ thông tin chủ trì nhiệm vụ tại điểm 2.1 Mục III, phối hợp với Cục Đường bộ Việt Nam;
c) Cục Đường bộ Việt Nam chủ trì, phối hợp với Cục Cảnh sát giao thông thực hiện nhiệm vụ tại điểm 2.2 Mục III.
"""
    tasks = {t.text[:18]: (t.lead, t.coordinators) for t in _tasks(body)}
    assert tasks == {
        "Rà soát, sửa đổi q": (["Vụ Pháp chế"], ["Văn phòng Bộ"]),
        "Xây dựng nền tảng ": (["Trung tâm Công nghệ thông tin"], ["Cục Đường bộ Việt Nam"]),
        "Kết nối dữ liệu ca": (["Cục Đường bộ Việt Nam"], ["Cục Cảnh sát giao thông"]),
    }


def test_partners_in_a_clause_after_the_lead_s_own():
    """ "P2 chủ trì cung ứng vật tư; P3, các Điện lực phối hợp": the partners have a clause of their own."""
    actors = actors_of("Lắp đặt máy biến áp. Phòng Kế hoạch chủ trì cung ứng vật tư; Phòng Kỹ thuật phối hợp. Thời hạn: tháng 5/2026.")
    assert [m.name for m in actors.leads] == ["Phòng Kế hoạch"]
    assert [m.name for m in actors.coordinators] == ["Phòng Kỹ thuật"]


def test_a_dash_aligned_under_a_wrapped_sentence_is_part_of_it():
    """Text laid out with hanging indents: a line opening with "- " under the wrapped text of an item, the line above
    full and not ended, goes on with the sentence ("… cao tốc Hà Nội" / "- Hải Phòng …"); under a lead-in it is a bullet."""
    text = ("III.  NHIỆM VỤ\n"
            "   1.  Rà soát, sửa đổi quy định về quản lý, vận hành khai thác đường cao tốc, bổ\n"
            "       sung quy định về vận hành hệ thống giao thông thông minh trên các tuyến;\n"
            "       trình Bộ trưởng ban hành trong Quý II/2027.\n"
            "   2.  Xây dựng, trình công bố tiêu chuẩn quốc gia về kiến trúc và giao thức trao\n"
            "       đổi dữ liệu của hệ thống giao thông thông minh đường cao tốc, hoàn thành\n"
            "       trong tháng 9/2027.\n"
            "   3.  Thí điểm chia sẻ dữ liệu phát hiện vi phạm tốc độ từ hệ thống giám sát\n"
            "       giao thông thông minh phục vụ xử phạt vi phạm trên tuyến cao tốc Hà Nội\n"
            "       - Hải Phòng từ tháng 3/2027.\n"
            "   4.  Các đơn vị quản lý khai thác đường cao tốc thực hiện các nội dung sau:\n"
            "       - Kết nối dữ liệu camera, trạm thu phí về Trung tâm điều hành giao thông.\n")
    lines = normalise(RawText(text, "txt")).splitlines()
    assert "phục vụ xử phạt vi phạm trên tuyến cao tốc Hà Nội - Hải Phòng từ tháng 3/2027." in lines[3]
    assert lines[-1] == "- Kết nối dữ liệu camera, trạm thu phí về Trung tâm điều hành giao thông."


def test_work_and_assignment_line_pairs_are_a_task_each():
    """ "Nội dung: …" then "Phân công: X chủ trì, Y phối hợp; <time>.": each pair is one task, the assignment read as a
    sentence naming each body by its role, then the time; the next "Nội dung:" begins the next task's fields."""
    tasks = _tasks("II. NHIỆM VỤ VÀ PHÂN CÔNG\n1. Công tác tuyên truyền\n"
                   "Nội dung: Tổ chức hội nghị phổ biến Luật Đất đai cho cán bộ cấp xã.\n"
                   "Phân công: Sở Nông nghiệp và Môi trường chủ trì, Sở Tư pháp phối hợp; quý II/2026.\n"
                   "Nội dung: Xây dựng chuyên mục hỏi đáp pháp luật trên cổng thông tin điện tử tỉnh.\n"
                   "Phân công: Sở Khoa học và Công nghệ chủ trì, các sở, ban, ngành phối hợp; hoàn thành trong "
                   "tháng 9/2026.\n"
                   "2. Công tác hòa giải\nNội dung: Tập huấn nghiệp vụ hòa giải ở cơ sở.\n"
                   "Phân công thực hiện: Ủy ban nhân dân các xã chủ trì; thường xuyên.\n")
    assert [(t.text[:22], t.lead, t.coordinators, t.coordinators_collective, t.deadline) for t in tasks] == [
        ("Tổ chức hội nghị phổ b", ["Sở Nông nghiệp và Môi trường"], ["Sở Tư pháp"], False, "2026-06-30"),
        ("Xây dựng chuyên mục hỏ", ["Sở Khoa học và Công nghệ"], [], True, "2026-09-30"),
        ("Tập huấn nghiệp vụ hòa", ["Ủy ban nhân dân các xã"], [], False, None)]
    assert len({t.id for t in tasks}) == 3 and tasks[0].section.startswith("1. Công tác tuyên truyền")


def test_the_texts_last_words_on_the_document_leave_the_last_item_its_own():
    """ "Kế hoạch này được phổ biến đến …./." after the last item, before "Nơi nhận": the document's last words, given
    to nobody; the item above keeps its own text and lead (it is no heading over them)."""
    tasks = _tasks("III. TỔ CHỨC THỰC HIỆN\n1. Phòng Tổ chức - Hành chính chủ trì tập huấn cho cán bộ.\n"
                   "2. Văn phòng Sở chủ trì tổ chức hội nghị sơ kết 6 tháng; báo cáo Giám đốc Sở trước ngày "
                   "05/7/2026.\nKế hoạch này được phổ biến đến cán bộ, công chức và người lao động./.\n")
    assert [(t.text[:22], t.lead) for t in tasks] == [("Phòng Tổ chức - Hành c", ["Phòng Tổ chức - Hành chính"]),
                                                      ("Văn phòng Sở chủ trì t", ["Văn phòng Sở"])]


def test_assignment_fields_read_each_clause_and_a_second_content_field_before_them_is_the_same_task():
    """ "Phân công: Sở X chủ trì; Sở Y phối hợp; <time>": each clause by its role, the time apart. "Nhiệm vụ: …" then
    "Nội dung: …" before the lead's field are one task's two fields, not two tasks."""
    tasks = _tasks("II. NHIỆM VỤ\n1. Tuyên truyền\nNội dung: Tổ chức hội nghị phổ biến pháp luật.\n"
                   "Phân công: Sở Tư pháp chủ trì; Sở Nội vụ phối hợp; hoàn thành trong quý III/2026.\n")
    assert [(t.lead, t.coordinators, t.deadline) for t in tasks] == [(["Sở Tư pháp"], ["Sở Nội vụ"], "2026-09-30")]
    tasks = _tasks("II. NHIỆM VỤ\n1. Số hóa\nNhiệm vụ: Số hóa hồ sơ địa chính.\nNội dung: Rà soát, số hóa hồ sơ các xã.\n"
                   "Cơ quan chủ trì: Sở Nông nghiệp và Môi trường\nThời gian: Quý II/2026\n")
    assert [(t.lead, t.deadline) for t in tasks] == [(["Sở Nông nghiệp và Môi trường"], "2026-06-30")]


def test_a_last_paragraph_under_a_bodys_heading_is_its_duty_though_it_ends_the_text():
    """ "2. Văn phòng UBND tỉnh" over "Theo dõi, … Kế hoạch này, báo cáo … trước ngày 15/12/2026./.": the heading's
    body's duty; only a paragraph whose subject is the document itself ("Kế hoạch này được …./.") closes the text."""
    tasks = _tasks("III. TỔ CHỨC THỰC HIỆN\n1. Sở Y tế chủ trì tổ chức tập huấn.\n2. Văn phòng UBND tỉnh\n"
                   "Theo dõi, đôn đốc, tổng hợp tình hình thực hiện Kế hoạch này, báo cáo UBND tỉnh trước ngày "
                   "15/12/2026./.\n")
    assert [(t.lead, t.deadline) for t in tasks][-1] == (["Văn phòng Ủy ban nhân dân tỉnh"], "2026-12-15")


def test_an_inspection_bodys_own_round_is_its_task_and_inspecting_the_carrying_out_is_the_generic_duty():
    """ "Ủy ban Kiểm tra … đưa việc thực hiện Nghị quyết … vào chương trình kiểm tra, giám sát năm 2026": the body's
    own inspections, a task; "Các sở, ngành kiểm tra, giám sát việc thực hiện Kế hoạch này" stays every body's generic
    duty."""
    tasks = _tasks("III. TỔ CHỨC THỰC HIỆN\n1. Sở Y tế chủ trì tổ chức tập huấn.\n"
                   "2. Ủy ban Kiểm tra Đảng ủy tỉnh đưa việc thực hiện Nghị quyết số 57-NQ/TW vào chương trình kiểm tra, "
                   "giám sát năm 2026.\n3. Các sở, ngành kiểm tra, giám sát việc thực hiện Kế hoạch này.\n")
    assert [t.lead for t in tasks] == [["Sở Y tế"], ["Ủy ban Kiểm tra Đảng ủy tỉnh"]]


MATRIX = """III. PHÂN CÔNG NHIỆM VỤ THEO TỪNG GIAI ĐOẠN
{legend}
| TT | Nội dung công việc | Phòng Kinh tế | Công an tỉnh | Trạm Y tế xã | Các thôn, tổ dân phố | Thời gian |
|---|---|---|---|---|---|---|
| A | CHUẨN BỊ | | | | | |
| 1 | Rà soát danh sách hộ nghèo cần hỗ trợ sửa nhà | {lead} | | | {partner} | Trước 30/6/2026 |
| 2 | Tập huấn sơ cấp cứu cho lực lượng xung kích | | {partner} | {lead} | | Tháng 7/2026 |
"""


@pytest.mark.parametrize("legend, lead, partner", [
    ("Ký hiệu: C - đơn vị chủ trì; P - đơn vị phối hợp.", "C", "P"),
    ("Ghi chú: X là đơn vị chủ trì, O là đơn vị phối hợp.", "X", "O"),
    ("", "Chủ trì", "Phối hợp"),
])
def test_a_responsibility_matrix_marks_each_bodys_role_in_its_column(legend, lead, partner):
    """One column per body, its role marked in the task's row as the legend above the table says: the marked bodies
    lead and take part; the phase rows title the tasks under them, and a heading in capitals does not run on into the
    legend's line."""
    tasks = _tasks(MATRIX.format(legend=legend, lead=lead, partner=partner))
    assert [(t.section, t.lead, t.coordinators, t.coordinators_collective, t.deadline) for t in tasks] == [
        ("CHUẨN BỊ", ["Phòng Kinh tế"], [], True, "2026-06-30"),
        ("CHUẨN BỊ", ["Trạm Y tế xã"], ["Công an tỉnh"], False, "2026-07-31")]


def test_a_matrix_row_with_marks_of_another_kind_names_its_leads():
    tasks = _tasks(MATRIX.format(legend="", lead="x", partner=""))
    assert [t.lead for t in tasks] == [["Phòng Kinh tế"], ["Trạm Y tế xã"]]
    tasks = _tasks(MATRIX.format(legend="", lead="x", partner="x"))
    assert [t.lead for t in tasks] == [["Phòng Kinh tế", "Các thôn, tổ dân phố"], ["Công an tỉnh", "Trạm Y tế xã"]]


def test_a_matrix_without_a_time_column_and_a_task_that_names_its_roles_in_brackets():
    """A row whose only cells beside its work are marks is a task, not a group's title; "(CA - chủ trì; QS - phối
    hợp)" inside a task's sentence is no legend."""
    matrix = ("III. PHÂN CÔNG NHIỆM VỤ\n| STT | Nội dung công việc | Phòng Văn hóa - Xã hội | Phòng Kinh tế |\n"
              "|---|---|---|---|\n| 1 | Rà soát hạ tầng mạng nội bộ | C | P |\n| 2 | Cập nhật cơ sở dữ liệu hộ kinh doanh | | C |\n")
    assert [(t.lead, t.coordinators) for t in _tasks(matrix)] == [
        (["Phòng Văn hóa - Xã hội"], ["Phòng Kinh tế"]), (["Phòng Kinh tế"], [])]
    tasks = _tasks("II. NHIỆM VỤ\n1. Tổ chức diễn tập phương án chữa cháy tại chợ trung tâm (Công an xã - chủ trì; Ban Chỉ "
                   "huy Quân sự xã - phối hợp), hoàn thành trong quý II/2026.\n")
    assert [t.deadline for t in tasks] == ["2026-06-30"]


def test_the_heads_of_a_class_of_villages_stand_for_the_class():
    """ "7. Trưởng các thôn" over its duties: the villages lead, as "Tổ trưởng các tổ chuyên môn" gives the groups;
    "Bộ trưởng các Bộ: Quốc phòng, Công an" still names the ministries it lists."""
    tasks = _tasks("III. NHIỆM VỤ\n1. Trưởng các thôn, bản\n- Vận động Nhân dân dọn vệ sinh đường làng.\n"
                   "2. Bộ trưởng các Bộ: Quốc phòng, Công an chỉ đạo lực lượng hỗ trợ sơ tán người dân.\n")
    assert [t.lead for t in tasks] == [["Các thôn, bản"], ["Bộ Quốc phòng", "Bộ Công an"]]


def test_parts_named_by_their_deadline_date_the_work_under_them():
    """A letter grouping its work by when it is due: "I. TRƯỚC NGÀY 15/12/2026", "II. TỪ NGÀY … ĐẾN HẾT NGÀY …", "III.
    TRONG THỜI GIAN … (ĐẾN HẾT NGÀY …)". Each part lists tasks ("thời gian" there names no part on timing), and an
    entry without a date of its own is due when its part ends."""
    tasks = _tasks("I. TRƯỚC NGÀY 15/12/2026\n1. Phòng Quản lý ngân sách: rà soát dự toán chi thường xuyên của các đơn vị.\n"
                   "II. TỪ NGÀY 16/12/2026 ĐẾN HẾT NGÀY 31/12/2026\n1. Phòng Tin học: sao lưu dữ liệu kế toán hằng ngày.\n"
                   "III. TRONG THỜI GIAN CHỈNH LÝ SỐ LIỆU (ĐẾN HẾT NGÀY 31/01/2027)\n"
                   "1. Phòng Quản lý ngân sách: đối chiếu số dư tài khoản tiền gửi với các đơn vị.\n"
                   "2. Phòng Tin học: nâng cấp phần mềm kế toán trước ngày 20/01/2027.\n")
    assert [(t.lead, t.deadline) for t in tasks] == [
        (["Phòng Quản lý ngân sách"], "2026-12-15"), (["Phòng Tin học"], "2026-12-31"),
        (["Phòng Quản lý ngân sách"], "2027-01-31"), (["Phòng Tin học"], "2027-01-20")]


def test_headings_in_capitals_over_bullets_hold_them_and_date_them():
    """ "QUÝ I/2027" over "- Phòng X: …" and "NHIỆM VỤ THƯỜNG XUYÊN" over more: the headings are no tasks, the bullets
    under a quarter are due at its end, and a body named before its colon keeps every word of its name."""
    tasks = _tasks("III. NHIỆM VỤ THEO QUÝ\n(Các phòng hoàn thành nhiệm vụ trong quý được giao.)\nQUÝ I/2027\n- Phòng Quản lý xuất nhập cảnh và người nước ngoài: rà soát hồ "
                   "sơ tạm trú.\n- Văn phòng Sở: cập nhật trang thông tin điện tử.\nQUÝ II/2027\n"
                   "- Văn phòng Sở: tổ chức hội nghị sơ kết.\nNHIỆM VỤ THƯỜNG XUYÊN\n"
                   "- Văn phòng Sở bố trí kinh phí thực hiện Kế hoạch.\n")
    assert [(t.text[:12], t.lead, t.deadline) for t in tasks] == [
        ("rà soát hồ s", ["Phòng Quản lý xuất nhập cảnh và người nước ngoài"], "2027-03-31"),
        ("cập nhật tra", ["Văn phòng Sở"], "2027-03-31"), ("tổ chức hội ", ["Văn phòng Sở"], "2027-06-30"),
        ("Văn phòng Sở", ["Văn phòng Sở"], None)]


def test_a_heading_that_cites_a_document_in_brackets_dates_nothing_and_a_part_on_targets_stays_one():
    """ "III. PHÂN CÔNG THỰC HIỆN (Kèm theo Quyết định số 15/QĐ-UBND ngày 20/01/2026)": the date is the decision's, not
    the tasks' deadline. "I. TRONG NĂM 2026, PHẤN ĐẤU ĐẠT CÁC MỤC TIÊU SAU" names targets, whatever its first word."""
    tasks = _tasks("III. PHÂN CÔNG THỰC HIỆN (Kèm theo Quyết định số 15/QĐ-UBND ngày 20/01/2026)\n"
                   "1. Sở Y tế chủ trì tập huấn cán bộ y tế xã.\n")
    assert [t.deadline for t in tasks] == [None]
    tasks = _tasks("I. TRONG NĂM 2026, PHẤN ĐẤU ĐẠT CÁC MỤC TIÊU SAU\n1. Hoàn thành cấp căn cước cho 100% công dân.\n"
                   "II. NHIỆM VỤ\n1. Công an tỉnh chủ trì cấp căn cước lưu động.\n")
    assert [t.lead for t in tasks] == [["Công an tỉnh"]]


def test_a_body_named_before_its_colon_keeps_no_verb_in_its_name():
    tasks = _tasks("II. NHIỆM VỤ\n1. Trung tâm Phát triển quỹ đất vận động các hộ dân: bàn giao mặt bằng đúng hạn.\n")
    assert [t.lead for t in tasks] == [["Trung tâm Phát triển quỹ đất"]]


def test_a_letters_opening_under_its_addressees_strives_for_targets():
    """ "Kính gửi:" over its addressees, then "Yêu cầu chung: …; phấn đấu tỷ lệ … đạt trên 95%.": the letter's opening
    sets the target it strives for, as a plan's preamble does."""
    plan = extract_text(HEADER.replace("KẾ HOẠCH\nPhát triển hạ tầng số năm 2026\n", "V/v khóa sổ kế toán năm 2026\n")
                        + "Kính gửi:\n- Các đơn vị sử dụng ngân sách;\n- Ủy ban nhân dân các xã.\n"
                        "Yêu cầu chung: hoàn thành khóa sổ đúng hạn; phấn đấu tỷ lệ giải ngân vốn đầu tư công năm 2026 "
                        "đạt trên 95%.\nI. TRƯỚC NGÀY 25/12/2026\n1. Phòng Kiểm soát chi: rà soát số dư tạm ứng.\n" + FOOTER)
    assert [(t.min, t.unit, t.year) for t in plan.targets] == [(95, "%", 2026)]


def test_a_sentence_pointing_to_the_appendix_is_no_task_whatever_its_first_word():
    tasks = _tasks("III. NHIỆM VỤ, GIẢI PHÁP\nNhiệm vụ, giải pháp cụ thể, đơn vị chủ trì, đơn vị phối hợp và thời hạn hoàn "
                   "thành được phân công tại Phụ lục kèm theo Kế hoạch này.\nIV. TỔ CHỨC THỰC HIỆN\n"
                   "1. Sở Nội vụ chủ trì tổ chức tập huấn cho cán bộ các xã.\n")
    assert [t.text[:20] for t in tasks] == ["Sở Nội vụ chủ trì tổ"]
    tasks = _tasks("II. NHIỆM VỤ\n1. Sở Y tế chủ trì tổ chức tập huấn cho cán bộ các xã.\n"
                   "Nhiệm vụ cụ thể của các cơ quan, đơn vị tại Phụ lục kèm theo Kế hoạch này.\n")
    assert [t.text[:20] for t in tasks] == ["Sở Y tế chủ trì tổ c"]
    tasks = _tasks("III. NHIỆM VỤ, GIẢI PHÁP\nNhiệm vụ, giải pháp cụ thể; đơn vị chủ trì, đơn vị phối hợp; thời gian thực "
                   "hiện và sản phẩm được quy định tại Phụ lục ban hành kèm theo Kế hoạch này.\n")
    assert tasks == []  # (its parts listed with semicolons)


def test_work_that_refers_to_an_appendix_stays_a_task_and_a_note_after_the_signature_sets_no_target():
    tasks = _tasks("II. NHIỆM VỤ\n1. Sở Y tế:\na) Hoạt động tập huấn nâng cao năng lực cho cán bộ y tế cơ sở theo Phụ lục 2 "
                   "đính kèm.\nb) Dự án nâng cấp phòng xét nghiệm có Phụ lục chi tiết kèm theo.\n")
    assert [t.text[:12] for t in tasks] == ["Hoạt động tậ", "Dự án nâng c"]
    plan = extract_text(HEADER + "II. NHIỆM VỤ\n1. Sở Y tế triển khai Nghị quyết¹ về y tế cơ sở.\n" + FOOTER
                        + "_______\n¹ Nghị quyết số 05-NQ/TU, phấn đấu đến năm 2030 kinh tế số chiếm 30% GRDP.\n")
    assert plan.targets == []


def test_a_plan_of_its_own_asked_of_one_kind_of_body_is_its_task_and_of_every_body_none():
    plan = extract_text("BỘ CÔNG THƯƠNG\nSố: 15/KH-BCT\nHà Nội, ngày 20 tháng 11 năm 2026\nKẾ HOẠCH\nHành động năm 2027\n"
                        "I. NHIỆM VỤ\n1. Cục Điện lực xây dựng cơ sở dữ liệu năng lượng trong quý II/2027.\n"
                        "II. TỔ CHỨC THỰC HIỆN\n"
                        "1. Thủ trưởng (Giám đốc) các đơn vị thuộc Bộ căn cứ nhiệm vụ được giao xây dựng kế hoạch thực hiện.\n"
                        "2. Đề nghị Sở Công Thương các tỉnh, thành phố tham mưu Ủy ban nhân dân cấp tỉnh ban hành kế hoạch "
                        "thực hiện Chương trình tại địa phương; báo cáo kết quả về Bộ Công Thương trước ngày 31/12/2027.\n")
    assert [(t.id, t.lead, t.deadline) for t in plan.tasks] == [
        ("I.1", ["Cục Điện lực"], "2027-06-30"), ("II.2", ["Sở Công Thương các tỉnh, thành phố"], "2027-12-31")]


def test_a_unit_heading_with_its_role_in_brackets_gives_its_items_and_asking_another_for_help_keeps_the_lead():
    tasks = _tasks("III. PHÂN CÔNG NHIỆM VỤ\n1. Phòng Kinh tế (cơ quan thường trực):\n"
                   "+ Tham mưu thành lập Ban Tổ chức; hoàn thành trước ngày 15/01/2026.\n"
                   "+ Tổng hợp nhu cầu cây giống, đề nghị Hạt Kiểm lâm khu vực hỗ trợ cây giống.\n"
                   "+ Tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/4/2026.\n")
    assert [(t.id, t.lead) for t in tasks] == [("III.1.1", ["Phòng Kinh tế"]), ("III.1.2", ["Phòng Kinh tế"]),
                                               ("III.1.3", ["Phòng Kinh tế"])]


def test_one_kind_of_body_asked_for_its_own_programme_has_a_task_and_the_closing_line_of_a_resolution_none():
    tasks = _tasks("IV. TỔ CHỨC THỰC HIỆN\n1. Các chi bộ trực thuộc tổ chức quán triệt Nghị quyết đến đảng viên; xây dựng "
                   "chương trình hành động thực hiện Nghị quyết, hoàn thành trong quý IV/2026.\n"
                   "2. Các cơ quan, đơn vị căn cứ Kế hoạch này xây dựng kế hoạch thực hiện.\n"
                   "3. Ủy ban nhân dân xã báo cáo kết quả thực hiện về Đảng ủy trước ngày 10/12 hằng năm.\n"
                   "Nghị quyết này được phổ biến đến chi bộ và đảng viên.\n")
    assert [(t.id, t.lead) for t in tasks] == [("IV.1", ["Các chi bộ trực thuộc"])]


def test_work_of_its_own_before_the_monitoring_clause_is_a_task_and_the_monitoring_alone_none():
    tasks = _tasks("III. TỔ CHỨC THỰC HIỆN\n1. Ban Kinh tế chủ trì, phối hợp với các ban chuyên môn hướng dẫn Hội Nông dân "
                   "các xã triển khai các mô hình kinh tế tập thể; theo dõi, tổng hợp kết quả phát triển hợp tác xã.\n"
                   "2. Văn phòng theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp, báo cáo kết quả.\n")
    assert [(t.id, t.lead) for t in tasks] == [("III.1", ["Ban Kinh tế"])]


def test_the_office_alone_heading_its_work_and_a_role_word_an_ocr_misread_are_read():
    tasks = _tasks("III. TỔ CHỨC THỰC HIỆN\n1. Văn phòng\nBảo đảm kinh phí cưỡng chế, định giá tài sản; phổi hợp với "
                   "Công an tỉnh xác minh tài sản, hoàn thành trong tháng 12/2026.\n")
    assert [(t.lead, t.coordinators) for t in tasks] == [(["Văn phòng"], ["Công an tỉnh"])]


def test_a_letter_carrying_out_a_document_gives_the_body_it_asks_and_party_bodies_at_large_no_own_plan_task():
    assert actors_of("Thực hiện Công văn số 456/SYT-NVY ngày 05/3/2027 về phòng chống sốt xuất huyết, đề nghị Trung "
                     "tâm Y tế huyện tổ chức phun hóa chất.").leads[0].name == "Trung tâm Y tế huyện"
    tasks = _tasks("III. TỔ CHỨC THỰC HIỆN\n1. Các cấp ủy, tổ chức đảng xây dựng kế hoạch triển khai thực hiện Kế "
                   "hoạch này.\n2. Sở Tư pháp chủ trì xây dựng báo cáo chuyên đề về kiểm soát thủ tục hành chính; theo "
                   "dõi, đôn đốc việc thực hiện Kế hoạch này.\n")
    assert [(t.id, t.lead) for t in tasks] == [("III.2", ["Sở Tư pháp"])]


def test_a_long_table_row_keeps_the_dashes_in_its_cell():
    cell = "Triển khai các nội dung sau: " + " ".join(f"- Rà soát nhóm thủ tục số {n} và công bố kết quả;" for n in range(40))
    tasks = _tasks("II. NHIỆM VỤ\n| TT | Nội dung | Cơ quan chủ trì | Thời gian |\n|---|---|---|---|\n"
                   f"| 1 | {cell} | Sở Khoa học và Công nghệ | Quý II/2026 |\n")
    assert [(t.lead, t.deadline) for t in tasks] == [(["Sở Khoa học và Công nghệ"], "2026-06-30")]


def test_the_standing_body_with_work_of_its_own_after_its_colon_has_a_task():
    tasks = _tasks("IV. TỔ CHỨC THỰC HIỆN\n1. Phòng Quản lý chất lượng là đơn vị thường trực: hướng dẫn các khoa xây "
                   "dựng đề án cải tiến; tổng hợp, báo cáo kết quả 6 tháng trước ngày 15/6/2026.\n"
                   "2. Văn phòng là cơ quan thường trực, theo dõi, đôn đốc việc thực hiện Kế hoạch này.\n")
    assert [(t.id, t.lead) for t in tasks] == [("IV.1", ["Phòng Quản lý chất lượng"])]


def test_a_name_that_holds_a_verb_of_names_is_read_whole_where_the_document_writes_another_verb_after_it():
    tasks = _tasks("II. NHIỆM VỤ\n- Phòng Kế hoạch tổng hợp điều phối bác sĩ từ các khoa lâm sàng.\n"
                   "- Phòng Công nghệ thông tin phối hợp với Phòng Kế hoạch tổng hợp triển khai bệnh án điện tử.\n"
                   "- Phòng Kế hoạch tổng hợp kiểm tra, bình bệnh án hằng tháng.\n"
                   "- Sở Tài chính tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh.\n")
    assert [(t.lead, t.coordinators) for t in tasks] == [
        (["Phòng Kế hoạch tổng hợp"], []), (["Phòng Công nghệ thông tin"], ["Phòng Kế hoạch tổng hợp"]),
        (["Phòng Kế hoạch tổng hợp"], []), (["Sở Tài chính"], [])]


def test_a_table_naming_its_work_column_in_the_plans_own_words_gives_a_task_per_row_and_numbered_units():
    tasks = _tasks("III. NHIỆM VỤ KIỂM TOÁN\n| TT | Cuộc kiểm toán | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian |\n"
                   "| 1 | Kiểm toán ngân sách địa phương năm 2026 | Phòng Kiểm toán ngân sách 2 | Phòng Tổng hợp | Quý II/2027 |\n"
                   "| 2 | Kiểm toán dự án đường ven biển | Phòng Kiểm toán đầu tư | Phòng Kiểm toán ngân sách 1 | Quý III/2027 |\n")
    assert [(t.lead, t.coordinators, t.deadline) for t in tasks] == [
        (["Phòng Kiểm toán ngân sách 2"], ["Phòng Tổng hợp"], "2027-06-30"),
        (["Phòng Kiểm toán đầu tư"], ["Phòng Kiểm toán ngân sách 1"], "2027-09-30")]


def test_a_target_table_with_a_unit_column_is_no_task_table():
    tasks = _tasks("II. NHIỆM VỤ\n| STT | Tiêu chí | Đơn vị | Năm 2027 |\n| 1 | Tỷ lệ hồ sơ trực tuyến | % | 80 |\n")
    assert tasks == []


def test_items_numbered_with_their_parts_letter_are_the_parts_items():
    tasks = _tasks("A. TÌNH HÌNH\nA.1. Năm 2026 ghi nhận 1.200 ca bệnh.\nB. NHIỆM VỤ VÀ GIẢI PHÁP\nB.1. Giám sát dịch\n"
                   "B.1.1. Tăng cường giám sát ca bệnh tại cộng đồng.\nB.1.2. Xử lý triệt để ổ dịch trong 48 giờ.\n"
                   "C. TỔ CHỨC THỰC HIỆN\nC.1. Sở Y tế chủ trì, phối hợp với Sở Tài chính bảo đảm kinh phí.\n"
                   "C.2. Công an tỉnh\nC.2.1. Bảo đảm an ninh tại các điểm cách ly.\n")
    assert [(t.id, t.lead) for t in tasks][-2:] == [("C.1", ["Sở Y tế"]), ("C.2.1", ["Công an tỉnh"])]
    assert [t.id for t in tasks][:2] == ["B.1.1", "B.1.2"]


ASCIIDOC_PLAN = """[cols=",",]
|===
|*ỦY BAN NHÂN DÂN TỈNH TÂN AN* +
------- |*CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM* +
*Độc lập - Tự do - Hạnh phúc*

|Số: 77/KH-UBND |_Tân An, ngày 02 tháng 3 năm 2027_
|===

*KẾ HOẠCH*

*Phòng, chống hạn hán mùa khô năm 2027*

== I. MỤC ĐÍCH, YÊU CẦU

. Chủ động ứng phó với hạn hán, bảo đảm nước sinh hoạt cho người dân.
. Hạn chế thấp nhất thiệt hại cho sản xuất nông nghiệp.

== II. NHIỆM VỤ

[width="100%",cols="6%,50%,16%,16%,12%",options="header",]
|===
|TT |Nội dung |Cơ quan chủ trì |Cơ quan phối hợp |Thời gian
|1 |Rà soát nguồn nước các hồ chứa |Sở Nông nghiệp và Môi trường |Sở Xây dựng +
Sở Tài chính |Trước ngày 31/3/2027
|2 |Bảo đảm cấp điện cho các trạm bơm |Sở Công Thương |Công ty Điện lực tỉnh |Quý II/2027
|===

== III. TỔ CHỨC THỰC HIỆN

. Sở Y tế hướng dẫn người dân sử dụng nước sạch bảo đảm vệ sinh.
.. Chủ động phòng, chống dịch bệnh phát sinh do thiếu nước.

[cols=",",]
|===
|*_Nơi nhận:_* +
- Như trên; +
- Lưu: VT. |*TM. ỦY BAN NHÂN DÂN* +
*CHỦ TỊCH* +
 +
*Lê Văn Tâm*
|===
"""


def test_a_plan_converted_to_asciidoc_reads_as_the_same_plan():
    plan = extract_text(ASCIIDOC_PLAN)
    doc = plan.document
    assert (doc.issuer, doc.number, doc.issued_date, doc.signer) == (
        "Ủy ban nhân dân tỉnh Tân An", "77/KH-UBND", "2027-03-02", "Lê Văn Tâm")
    assert sorted((t.lead, t.coordinators, t.deadline) for t in plan.tasks) == [
        (["Sở Công Thương"], ["Công ty Điện lực tỉnh"], "2027-06-30"),
        (["Sở Nông nghiệp và Môi trường"], ["Sở Xây dựng", "Sở Tài chính"], "2027-03-31"),
        (["Sở Y tế"], [], None)]
    assert "III.1.a" in [t.id for t in plan.tasks]  # (".." a sub-item of the item above)


def test_the_text_ends_on_its_end_mark_and_an_unmarked_signature_after_it_is_none_of_the_last_item():
    tasks = _tasks("II. NHIỆM VỤ\n1. Sở Tư pháp rà soát văn bản quy phạm pháp luật.\n2. Đề nghị Công an tỉnh bảo đảm an "
                   "ninh tại các phiên tòa.\nThủ trưởng các đơn vị có trách nhiệm thực hiện nghiêm túc Chỉ thị này; nếu có "
                   "vướng mắc, báo cáo Chủ tịch để chỉ đạo./.\nCHỦ TỊCH\nNguyễn Văn An\nTin liên quan:\nHội nghị tổng kết năm\n")
    assert [(t.id, t.lead) for t in tasks] == [("II.1", ["Sở Tư pháp"]), ("II.2", ["Công an tỉnh"])]


def test_a_bilingual_copy_reads_as_its_vietnamese_alone():
    pairs = [("ỦY BAN NHÂN DÂN TỈNH TÂN AN", "PEOPLE'S COMMITTEE OF TAN AN PROVINCE"),
             ("Số/No.: 15/KH-UBND", None), ("Tân An, ngày 02 tháng 3 năm 2027", "Tan An, 02 March 2027"),
             ("KẾ HOẠCH", "PLAN"), ("Thu hút đầu tư nước ngoài năm 2027", "Attracting foreign investment in 2027"),
             ("Căn cứ Luật Đầu tư số 61/2020/QH14 ngày 17/6/2020;", "Pursuant to the Law on Investment No. 61/2020/QH14 "
              "dated 17 June 2020;"),
             ("Căn cứ Nghị quyết số 12/NQ-HĐND ngày 10/12/2026 của Hội đồng nhân dân tỉnh;", "Pursuant to Resolution No. "
              "12/NQ-HDND dated 10 December 2026 of the Provincial People's Council;"),
             ("I. NHIỆM VỤ", "I. TASKS"),
             ("1. Sở Tài chính chủ trì, phối hợp với Sở Công Thương tổ chức hội nghị xúc tiến đầu tư trong quý II/2027.",
              "1. The Department of Finance shall take the lead, in coordination with the Department of Industry and "
              "Trade, in holding an investment promotion conference in the second quarter of 2027."),
             ("2. Ban Quản lý các khu công nghiệp rà soát quỹ đất sạch cho các dự án.",
              "2. The Management Board of Industrial Parks shall review the land available for the projects."),
             ("3. Công an tỉnh bảo đảm an ninh cho các nhà đầu tư.", "3. The Provincial Police shall ensure the security "
              "of the investors."), ("Nơi nhận:", "Recipients:"), ("- Lưu: VT.", "- Archived: VT."),
             ("CHỦ TỊCH", "CHAIRMAN"), ("Phạm Văn Đông", "Pham Van Dong")]
    plan = extract_text("\n".join(line for pair in pairs for line in pair if line))
    assert (plan.document.number, plan.document.title, plan.document.signer) == (
        "15/KH-UBND", "Thu hút đầu tư nước ngoài năm 2027", "Phạm Văn Đông")
    assert [(t.lead, t.coordinators) for t in plan.tasks] == [
        (["Sở Tài chính"], ["Sở Công Thương"]), (["Ban Quản lý các Khu công nghiệp"], []), (["Công an tỉnh"], [])]


def test_a_vietnamese_line_wrapped_without_marks_after_a_line_with_them_stays():
    text = "1. Sở Tư pháp hướng dẫn thực hiện Thông tư số\n112/2025/TT-BTC và các văn bản sửa đổi, bổ\nsung.\n"
    from vnplan.normalise import translations_dropped
    lines = text.split("\n") * 10 + ["The Department shall review it and report to the committee."] * 6
    assert translations_dropped(lines).count("112/2025/TT-BTC và các văn bản sửa đổi, bổ") == 10
    assert translations_dropped(lines).count("sung.") == 10


def test_items_in_brackets_where_no_item_has_a_dot_are_the_parts_items_and_a_report_names_no_newspaper():
    tasks = _tasks("(I) MỤC ĐÍCH\nHưởng ứng Tháng Hành động năm 2027.\n(II) PHÂN CÔNG THỰC HIỆN\n(1) Ban Tuyên truyền:\n- Xây dựng chuyên mục trên trang thông tin của Hội.\n"
                   "- Báo cáo kết quả Tháng Hành động về Thường trực Hội trước ngày 30/6/2027.\n"
                   "(2) Ban Kiểm tra chủ trì kiểm tra việc sử dụng quỹ.\n")
    assert [(t.id, t.lead) for t in tasks] == [("II.1.1", ["Ban Tuyên truyền"]), ("II.1.2", ["Ban Tuyên truyền"]),
                                               ("II.2", ["Ban Kiểm tra"])]


def test_asciidoc_spans_typed_labels_and_list_styles_read_as_in_word():
    text = ("{empty}KẾ HOẠCH\n\nPhòng dịch năm 2027\n\n{empty}I. NHIỆM VỤ\n\n"
            '[width="100%",cols="10%,40%,30%,20%",options="header",]\n|===\n|TT |Nội dung |Cơ quan chủ trì |Thời gian\n'
            "|1 |Rà soát hồ sơ |Sở Y tế .2+|Quý III/2027\n|2 |Kiểm tra cơ sở |Công an tỉnh\n"
            "|3 |Tổng kết |Sở Giáo dục và Đào tạo |Quý IV/2027\n|===\n\n{empty}II. TỔ CHỨC THỰC HIỆN\n\n"
            "{empty}1. Sở Tài chính bảo đảm kinh phí.\n\n[Đã ký]\n")
    plan = extract_text(text)
    assert sorted((t.lead, t.deadline or "") for t in plan.tasks) == [
        (["Công an tỉnh"], "2027-09-30"), (["Sở Giáo dục và Đào tạo"], "2027-12-31"), (["Sở Tài chính"], ""),
        (["Sở Y tế"], "2027-09-30")]
    from vnplan.asciidoc import asciidoc_as_text
    assert asciidoc_as_text("[loweralpha]\n. Giám sát\n. Kiểm tra\n\nĐoạn.\n\n. Một\n[Đã ký]").split("\n") == [
        "a) Giám sát", "b) Kiểm tra", "", "Đoạn.", "", "1. Một", "[Đã ký]"]


def test_a_lone_table_fence_in_plain_text_swallows_nothing():
    tasks = _tasks("II. NHIỆM VỤ\n|===\n1. Sở Y tế giám sát dịch.\n2. Công an tỉnh bảo đảm an ninh.\n"
                   "3. Sở Tài chính bảo đảm kinh phí.\n")
    assert len(tasks) == 3


def test_a_decision_ending_on_its_end_mark_keeps_the_plan_attached_to_it_and_an_end_mark_inside_the_text_ends_nothing():
    decision = ("QUYẾT ĐỊNH\nBan hành Kế hoạch phòng dịch năm 2027\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch phòng "
                "dịch năm 2027.\nĐiều 2. Chánh Văn phòng, Giám đốc các sở chịu trách nhiệm thi hành Quyết định này./.\n")
    plan = "KẾ HOẠCH\n(Ban hành kèm theo Quyết định số 12/QĐ-UBND)\nI. NHIỆM VỤ\n1. Sở Y tế chủ trì giám sát dịch.\n" \
           "2. Công an tỉnh bảo đảm an ninh.\n"
    assert [t.lead for t in extract_text(decision + plan).tasks][-2:] == [["Sở Y tế"], ["Công an tỉnh"]]
    tasks = _tasks("II. NHIỆM VỤ\n1. Sở Y tế báo cáo theo Mẫu số 02/.\n2. Công an tỉnh bảo đảm an ninh.\n"
                   "3. Sở Tài chính bảo đảm kinh phí./.\nCHỦ TỊCH\nNguyễn Văn An\n")
    assert [t.lead for t in tasks] == [["Sở Y tế"], ["Công an tỉnh"], ["Sở Tài chính"]]


def test_a_budget_table_and_a_round_after_a_body_are_no_tasks_nor_a_name():
    assert _tasks("II. KINH PHÍ\n| STT | Nguồn kinh phí thực hiện | Cơ quan chủ trì | Số tiền (triệu đồng) |\n"
                  "| 1 | Ngân sách tỉnh | Sở Tài chính | 500 |\n") == []
    tasks = _tasks("II. NHIỆM VỤ\n1. Phòng Tài chính - Kế hoạch đợt 1\n- Rà soát kinh phí.\n")
    assert [t.lead for t in tasks] == [["Phòng Tài chính - Kế hoạch"]]


def test_a_slide_outline_continued_under_its_heading_again_keeps_its_points_under_their_body():
    tasks = _tasks("III. NHIỆM VỤ VÀ PHÂN CÔNG\n1. Phòng Kế hoạch\nPhân bổ chỉ tiêu cho các phòng giao dịch\n"
                   "Theo dõi tiến độ giải ngân hằng tháng\nIII. NHIỆM VỤ VÀ PHÂN CÔNG (tiếp)\n1. Phòng Kế hoạch (tiếp)\n"
                   "Tổng hợp kết quả, báo cáo Giám đốc hằng quý\n2. Phòng Hành chính\nBố trí đủ cán bộ cho các phòng giao dịch\n"
                   "3. Phòng Giao dịch Tân Lập\nGiải ngân kịp thời cho hộ nghèo\n")
    assert [(t.lead, t.text[:20]) for t in tasks] == [
        (["Phòng Kế hoạch"], "Phân bổ chỉ tiêu cho"), (["Phòng Kế hoạch"], "Theo dõi tiến độ giả"),
        (["Phòng Kế hoạch"], "Tổng hợp kết quả, bá"), (["Phòng Hành chính"], "Bố trí đủ cán bộ cho"),
        (["Phòng Giao dịch Tân Lập"], "Giải ngân kịp thời c")]


def test_second_review_mends_keep_ordinary_plans_as_they_were():
    # a wrapped AsciiDoc item goes on its list; an inspection's work column is the work
    wrapped = ("KẾ HOẠCH\n\nAn toàn thực phẩm năm 2026\n\n== I. MỤC TIÊU\n\nBảo đảm an toàn.\n\n== II. NHIỆM VỤ\n\n. Sở Y tế chủ trì kiểm tra an toàn thực phẩm,\n"
               "hoàn thành trước ngày 30/6/2026.\n. Sở Công Thương chủ trì kiểm tra thị trường.\n")
    assert [t.id for t in extract_text(wrapped).tasks] == ["II.1", "II.2"]
    assert [t.lead for t in _tasks("II. KẾ HOẠCH THANH TRA\n| TT | Đối tượng thanh tra | Đơn vị chủ trì | Thời gian |\n"
                                   "| 1 | Việc quản lý đất đai tại xã Tân Lập | Phòng Thanh tra 1 | Quý II/2027 |\n")] == [
        ["Phòng Thanh tra 1"]]
    # "(1)" under "1)" items stays their point; a group heading between items after a task of its own is a heading
    points = _tasks("II. NHIỆM VỤ\n1) Sở Y tế chủ trì các nội dung sau:\n(1) Rà soát phương án phòng dịch.\n"
                    "(2) Kiểm tra các cơ sở y tế.\n2) Công an tỉnh bảo đảm an ninh.\n")
    assert [t.lead for t in points] == [["Sở Y tế"], ["Công an tỉnh"]]
    groups = _tasks("II. NHIỆM VỤ\n1. Sở Tư pháp chủ trì rà soát văn bản\n2. Sở Nội vụ chủ trì sửa đổi quy chế làm việc\n"
                    "Nhóm nhiệm vụ thứ hai: Cải cách thủ tục hành chính\n3. Sở Khoa học và Công nghệ chủ trì vận hành hệ "
                    "thống.\n")
    assert [t.lead for t in groups] == [["Sở Tư pháp"], ["Sở Nội vụ"], ["Sở Khoa học và Công nghệ"]]
    # a form's number a wrap carried to a line's start is no item
    wrapped_form = ("B. NHIỆM VỤ\nB.1. Sở Khoa học và Công nghệ chủ trì xây dựng nền tảng dữ liệu theo biểu mẫu số A.1 "
                    "và biểu mẫu số\nB.2 kèm theo Kế hoạch này, hoàn thành trong quý III/2026.\nB.2. Sở Tài chính chủ "
                    "trì bố trí kinh phí.\n")
    assert [t.lead for t in extract_text("KẾ HOẠCH\nDữ liệu số năm 2026\nA. MỤC TIÊU\nXây dựng dữ liệu.\n"
                                         + wrapped_form).tasks] == [["Sở Khoa học và Công nghệ"], ["Sở Tài chính"]]


def test_english_names_a_vietnamese_lead_in_announces_stay():
    from vnplan.normalise import translations_dropped
    lines = [f"{n}. Sở số {n} chủ trì triển khai dự án:\nStrengthening the Resilience of Coastal Communities in the "
             f"Province No. {n}" for n in range(1, 7)]
    text = "\n".join(lines).split("\n")
    assert translations_dropped(text) == text


def test_an_appendix_listing_projects_under_its_own_numbered_header_gives_no_task_of_the_task_tables_columns():
    result = extract_text(
        "ỦY BAN NHÂN DÂN TỈNH TÂN AN\nSố: 30/KH-UBND\nKẾ HOẠCH\nThu hút đầu tư năm 2027\nI. NHIỆM VỤ\n"
        "| TT | Nội dung | Cơ quan chủ trì | Thời gian |\n"
        "| 1 | Công bố danh mục dự án kêu gọi đầu tư | Sở Tài chính | Quý I/2027 |\n"
        "Phụ lục\nDANH MỤC DỰ ÁN KÊU GỌI ĐẦU TƯ\n"
        "| TT | Tên dự án | Địa điểm | Quy mô |\n"
        "| 1 | Khu du lịch sinh thái hồ Đá Bạc | Xã Tân Hòa | 80 ha |\n")
    assert [(t.text, t.lead) for t in result.tasks] == [("Công bố danh mục dự án kêu gọi đầu tư", ["Sở Tài chính"])]


def test_a_numbered_body_over_its_points_and_one_asked_over_its_bullets_each_give_a_task_per_point():
    result = extract_text(
        "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nSố: 5/TB-BNNMT\nTHÔNG BÁO\nKết luận của Bộ trưởng về phòng dịch\n"
        "I. NHIỆM VỤ\n1. Nhiệm vụ trong thời gian tới\n(1) Cục Chăn nuôi và Thú y:\na) Hướng dẫn tiêm vắc xin.\n"
        "b) Giám sát dịch tại các chợ đầu mối.\n(2) Vụ Kế hoạch - Tài chính tổng hợp nhu cầu kinh phí.\n"
        "(3) Đề nghị Ủy ban nhân dân các tỉnh:\n- Chỉ đạo các xã vệ sinh chuồng trại.\n- Bố trí ngân sách địa phương.\n"
        "2. Vụ Pháp chế rà soát văn bản hướng dẫn.\n")
    assert [(t.text, t.lead) for t in result.tasks] == [
        ("Hướng dẫn tiêm vắc xin.", ["Cục Chăn nuôi và Thú y"]),
        ("Giám sát dịch tại các chợ đầu mối.", ["Cục Chăn nuôi và Thú y"]),
        ("Vụ Kế hoạch - Tài chính tổng hợp nhu cầu kinh phí.", ["Vụ Kế hoạch - Tài chính"]),
        ("Chỉ đạo các xã vệ sinh chuồng trại.", ["Ủy ban nhân dân các tỉnh"]),
        ("Bố trí ngân sách địa phương.", ["Ủy ban nhân dân các tỉnh"]),
        ("Vụ Pháp chế rà soát văn bản hướng dẫn.", ["Vụ Pháp chế"])]


def test_assignments_by_cross_reference_under_a_heading_that_names_their_part():
    result = extract_text(
        "ỦY BAN NHÂN DÂN TỈNH TÂN AN\nSố: 40/KH-UBND\nKẾ HOẠCH\nPhát triển kinh tế tư nhân năm 2027\n"
        "I. NHIỆM VỤ, GIẢI PHÁP\nCác sở, ngành thực hiện các nhiệm vụ sau:\n1. Cải cách thủ tục\n"
        "a) Cắt giảm thời gian giải quyết thủ tục.\nb) Công khai kết quả giải quyết thủ tục.\n2. Hỗ trợ vốn\n"
        "a) Tổ chức hội nghị kết nối ngân hàng.\nb) Triển khai gói tín dụng ưu đãi.\n3. Phát triển nguồn nhân lực\n"
        "a) Đào tạo kỹ năng quản trị.\nb) Khảo sát nhu cầu tuyển dụng.\n"
        "II. TỔ CHỨC THỰC HIỆN\n1. Phân công chủ trì thực hiện các nhiệm vụ tại mục I:\n"
        "a) Sở Tư pháp chủ trì các nhiệm vụ tại điểm a khoản 1 và khoản 3; riêng nhiệm vụ tại điểm b khoản 3 do Sở Nội vụ "
        "chủ trì;\nb) Sở Tài chính chủ trì các nhiệm vụ tại khoản 2.\n")
    assert {t.id: t.lead for t in result.tasks if t.id.startswith("I.")} == {
        "I.1.a": ["Sở Tư pháp"], "I.1.b": ["Các sở, ngành"], "I.2.a": ["Sở Tài chính"], "I.2.b": ["Sở Tài chính"],
        "I.3.a": ["Sở Tư pháp"], "I.3.b": ["Sở Nội vụ"]}


def test_a_lead_in_that_directs_the_work_leaves_each_item_its_own_lead():
    text = ("KẾ HOẠCH\nII. NHIỆM VỤ, GIẢI PHÁP\n"
            "Các chi bộ trực thuộc và tập thể lãnh đạo Sở tập trung lãnh đạo, chỉ đạo thực hiện tốt các nhiệm vụ sau:\n"
            "1. Nâng cao chất lượng dạy học\n"
            "- Đổi mới phương pháp giảng dạy ở các trường trung học (Phòng Giáo dục trung học chủ trì, phối hợp với "
            "Phòng Khảo thí).\n"
            "- Bồi dưỡng giáo viên cốt cán trong năm 2027 (Phòng Tổ chức cán bộ chủ trì).\n")
    assert [t.lead for t in extract_text(text).tasks] == [["Phòng Giáo dục trung học"], ["Phòng Tổ chức cán bộ"]]
    # one that hands its list to bodies it directs still answers for each of them
    directing = text.replace("chỉ đạo thực hiện tốt các nhiệm vụ sau:", "chỉ đạo:")
    assert [t.lead for t in extract_text(directing).tasks][0] != ["Phòng Giáo dục trung học"]


def test_a_bodys_name_alone_heads_the_sentences_after_it():
    # A list whose automatic numbering was lost: the bodies' names still head their work, each sentence one task.
    tasks = _tasks("""III. TỔ CHỨC THỰC HIỆN
Sở Thông tin và Truyền thông:
Chủ trì xây dựng kho dữ liệu dùng chung của tỉnh, hoàn thành trước ngày 30/6/2026.
Phối hợp với Sở Nội vụ đánh giá mức độ chuyển đổi số của các cơ quan.
Ủy ban nhân dân các xã, phường:
Bố trí cán bộ hướng dẫn người dân sử dụng dịch vụ công trực tuyến.
Nội dung cụ thể như sau:
Rà soát hạ tầng mạng tại các điểm truy cập công cộng.
""")
    leads = {t.text[:30]: t.lead for t in tasks}
    assert leads["Chủ trì xây dựng kho dữ liệu d"] == ["Sở Thông tin và Truyền thông"]
    assert leads["Phối hợp với Sở Nội vụ đánh gi"] == ["Sở Thông tin và Truyền thông"]
    assert leads["Bố trí cán bộ hướng dẫn người "] == ["Ủy ban nhân dân các xã, phường"]
    assert not any(t.text.startswith("Sở Thông tin và Truyền thông") for t in tasks)  # the name heads, it is no task


def test_a_group_row_whose_title_is_written_in_every_cell_it_spans():
    # A converter writes a merged cell's text once per column it spans: the row is the group's title, no task.
    tasks = _tasks("""II. NHIỆM VỤ
| TT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |
|---|---|---|---|---|
| I | HẠ TẦNG SỐ | HẠ TẦNG SỐ | HẠ TẦNG SỐ | HẠ TẦNG SỐ |
| 1 | Phủ sóng di động 5G tại các khu công nghiệp | Sở Khoa học và Công nghệ | Ủy ban nhân dân các xã | Quý IV/2026 |
| II | DỮ LIỆU SỐ | DỮ LIỆU SỐ | DỮ LIỆU SỐ | DỮ LIỆU SỐ |
| 2 | Xây dựng cơ sở dữ liệu đất đai | Sở Nông nghiệp và Môi trường | Sở Tài chính | Năm 2026 |
""")
    assert [t.text for t in tasks] == ["Phủ sóng di động 5G tại các khu công nghiệp", "Xây dựng cơ sở dữ liệu đất đai"]
    assert [t.section for t in tasks] == ["HẠ TẦNG SỐ", "DỮ LIỆU SỐ"]


def test_a_cell_listing_bodies_by_semicolons_reads_each_part_as_a_cell_of_its_own():
    # "Trung tâm Dịch vụ tổng hợp xã" alone in a cell is one name; beside another body after a semicolon, still one
    tasks = _tasks("""II. NHIỆM VỤ
| TT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |
| 1 | Tổ chức lớp dạy bơi cho trẻ em | Phòng Văn hóa - Xã hội | Trung tâm Dịch vụ tổng hợp xã; Sở Y tế | Tháng 6/2027 |
""")
    assert [t.coordinators for t in tasks] == [["Trung tâm Dịch vụ tổng hợp xã", "Sở Y tế"]]


def test_a_unit_named_after_its_bodys_defined_short_name_is_spelt_out():
    # "Liên hiệp hội" stands for the union the plan named; "Văn phòng Liên hiệp hội" is that union's office. A short
    # name that is the full one but for its place ("Hội Nông dân tỉnh") names its unit whole already.
    tasks = _tasks("""Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh (sau đây gọi là Liên hiệp hội) xây dựng Kế hoạch như sau:
II. TỔ CHỨC THỰC HIỆN
1. Văn phòng Liên hiệp hội: Bảo đảm kinh phí, cơ sở vật chất tổ chức Hội thi.
2. Ban Tư vấn, phản biện: Phối hợp với Văn phòng Liên hiệp hội thẩm định các giải pháp dự thi.
3. Văn phòng Hội Nông dân tỉnh: Phát động hội viên tham gia Hội thi.
""")
    assert [t.lead for t in tasks] == [["Văn phòng Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh"], ["Ban Tư vấn, phản biện"],
                                       ["Văn phòng Hội Nông dân tỉnh"]]
    assert tasks[1].coordinators == ["Văn phòng Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh"]


def test_a_bodys_name_before_the_colon_of_its_entry_is_its_name_in_the_sentences_too():
    # the entry's label bounds the name, comma and all; where a sentence names the body, the name is the same
    tasks = _tasks("""II. TỔ CHỨC THỰC HIỆN
1. Ban Khoa học - Công nghệ và Tư vấn, phản biện: Tham mưu thành lập Hội đồng giám khảo.
2. Văn phòng Ủy ban nhân dân tỉnh: Bảo đảm kinh phí; phối hợp với Ban Khoa học - Công nghệ và Tư vấn, phản biện tổ chức Lễ trao giải.
""")
    assert tasks[0].lead == ["Ban Khoa học - Công nghệ và Tư vấn, phản biện"]
    assert tasks[1].coordinators == ["Ban Khoa học - Công nghệ và Tư vấn, phản biện"]


def test_bodies_named_once_with_their_regions_numbers_are_each_a_lead():
    # the 2025 regional offices are numbered in Roman ("khu vực I, II"): one name, its numbers in a row, several
    # bodies; a heading "Các Cục …, … khu vực I, II, III:" bounds a name holding a comma and "và"
    tasks = _tasks("""II. NHIỆM VỤ
1. Chi cục Thuế khu vực I, II chủ trì rà soát các hộ kinh doanh; hoàn thành trong quý I/2027.
2. Các Cục Giải quyết khiếu nại, tố cáo và Thanh tra khu vực I, II, III:
- Rà soát các vụ việc khiếu nại đông người; hoàn thành trong quý I/2027.
- Báo cáo kết quả về Văn phòng trước ngày 20 hằng tháng.
3. Văn phòng chủ trì, phối hợp với Cục Giải quyết khiếu nại, tố cáo và Thanh tra khu vực I xây dựng phương án tiếp dân.
""")
    regional = [f"Cục Giải quyết khiếu nại, tố cáo và Thanh tra khu vực {n}" for n in ("I", "II", "III")]
    assert [t.lead for t in tasks] == [["Chi cục Thuế khu vực I", "Chi cục Thuế khu vực II"], regional, regional,
                                       ["Văn phòng"]]
    assert tasks[-1].coordinators == regional[:1]


def test_the_office_alone_in_a_field_is_the_issuers_as_the_text_names_it_in_full():
    body = ("CẢNG VỤ ĐƯỜNG THỦY NỘI ĐỊA KHU VỰC BÌNH MINH\nSố: 12/KH-CV\nBình Minh, ngày 05 tháng 3 năm 2027\n"
            "KẾ HOẠCH\nBảo đảm an toàn bến khách ngang sông năm 2027\n"
            "Văn phòng Cảng vụ đường thủy nội địa khu vực Bình Minh gửi các đơn vị Kế hoạch này.\n"
            "II. NHIỆM VỤ\n1) Nội dung: Kiểm tra các bến khách ngang sông.\nĐơn vị chủ trì: Phòng Pháp chế\n"
            "Thời hạn: Quý II/2027\n2) Nội dung: Tổng hợp kết quả, báo cáo Cục Đường thủy nội địa.\n"
            "Đơn vị chủ trì: Văn phòng\nThời hạn: Trước ngày 15/12/2027\n")
    assert [t.lead for t in extract_text(body).tasks] == [
        ["Phòng Pháp chế"], ["Văn phòng Cảng vụ đường thủy nội địa khu vực Bình Minh"]]


def test_a_heading_for_the_body_it_turns_to_names_the_lead_of_the_work_under_it():
    # "Đối với Hội Nông dân các xã, phường:" over its points, in a letter whose lead-in asks "các đơn vị"
    tasks = _tasks("""Ban Thường vụ đề nghị các đơn vị triển khai một số nội dung sau:
1. Đối với Hội Nông dân các xã, phường:
a) Hướng dẫn hội viên đăng ký mô hình; hoàn thành trước ngày 31/01/2027.
b) Tổ chức bình xét mô hình tiêu biểu trong tháng 11/2027.
2. Đối với Văn phòng Hội Nông dân tỉnh:
Hướng dẫn nghiệp vụ, kiểm tra việc triển khai tại một số xã, phường.
3. Đối với các hộ chưa đăng ký, giao Hội Nông dân các xã, phường vận động hội viên tham gia.
""")
    assert [t.lead for t in tasks] == [["Hội Nông dân các xã, phường"]] * 2 + [["Văn phòng Hội Nông dân tỉnh"],
                                                                             ["Hội Nông dân các xã, phường"]]


def test_a_unit_of_the_issuer_named_once_with_the_issuers_name_is_that_name_where_it_is_short():
    # the association's centre and office, spelt out with the association's name in their entries, short in the table
    plan = extract_text("""HỘI LUẬT GIA TỈNH BÌNH MINH
Số: 38/KH-HLG
Bình Minh, ngày 08 tháng 12 năm 2026
KẾ HOẠCH
Tư vấn pháp luật miễn phí năm 2027
I. NỘI DUNG
| TT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian |
| 1 | Xây dựng lịch tư vấn lưu động | Văn phòng Hội | Trung tâm Tư vấn pháp luật | Tháng 01/2027 |
II. TỔ CHỨC THỰC HIỆN
1. Văn phòng Hội Luật gia tỉnh: Là đầu mối theo dõi, đôn đốc việc thực hiện Kế hoạch.
2. Trung tâm Tư vấn pháp luật Hội Luật gia tỉnh Bình Minh: Bố trí luật gia tham gia các đợt tư vấn.
3. Báo cáo nhanh kết quả về Hội Luật gia tỉnh sau mỗi đợt.
""" + FOOTER)
    centre = "Trung tâm Tư vấn pháp luật Hội Luật gia tỉnh Bình Minh"
    assert {t.text[:20]: (t.lead, t.coordinators) for t in plan.tasks} == {
        "Xây dựng lịch tư vấn": (["Văn phòng Hội Luật gia tỉnh"], [centre]),
        "Là đầu mối theo dõi,": (["Văn phòng Hội Luật gia tỉnh"], []), "Bố trí luật gia tham": ([centre], [])}


def test_a_body_a_task_tables_lead_cell_names_is_that_body_where_a_sentence_names_it():
    # "Đoàn giám sát" alone in a lead cell is a body; "Đoàn giám sát xây dựng lịch …" then gives work to it
    tasks = _tasks("""II. TIẾN ĐỘ
| TT | Nội dung công việc | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |
| 1 | Khảo sát trực tiếp tại các xã | Đoàn giám sát | Văn phòng | Tháng 4/2027 |
III. TỔ CHỨC THỰC HIỆN
1. Đoàn giám sát xây dựng lịch làm việc cụ thể, thông báo cho các cơ quan trước 07 ngày.
2. Văn phòng bảo đảm các điều kiện phục vụ hoạt động của Đoàn.
""")
    assert {t.text[:20]: t.lead for t in tasks}["Đoàn giám sát xây dự"] == ["Đoàn giám sát"]


def test_an_entry_handing_over_items_by_reference_that_goes_on_with_work_of_its_own_is_a_task_too():
    tasks = _tasks("""II. NHIỆM VỤ
1. Công tác thu
1.1. Rà soát danh sách các cơ sở sử dụng dịch vụ môi trường rừng.
2. Công tác chi trả
2.1. Lập kế hoạch chi trả cho các chủ rừng.
III. TỔ CHỨC THỰC HIỆN
1. Phòng Kế hoạch - Kỹ thuật: Chủ trì thực hiện các nhiệm vụ tại khoản 1 Mục II của Kế hoạch này; tổng hợp tình hình thu, chi hằng quý.
2. Phòng Kế toán - Tài vụ: Chủ trì thực hiện các nhiệm vụ tại khoản 2 Mục II của Kế hoạch này; gửi báo cáo kết quả về Văn phòng.
3. Các chi hội trực thuộc xây dựng kế hoạch hoạt động năm 2027.
""")
    assert {t.text[:25]: t.lead for t in tasks} == {
        "Rà soát danh sách các cơ ": ["Phòng Kế hoạch - Kỹ thuật"], "Lập kế hoạch chi trả cho ": ["Phòng Kế toán - Tài vụ"],
        "Chủ trì thực hiện các nhi": ["Phòng Kế hoạch - Kỹ thuật"], "Các chi hội trực thuộc xâ": ["Các chi hội trực thuộc"]}


def test_a_tables_one_cell_for_the_bodies_and_their_roles_gives_the_lead_and_the_partners():
    plan = extract_text(
        "CÔNG TY CỔ PHẦN CẤP NƯỚC KON TUM\nSố: 15/TB-CNKT\nKon Tum, ngày 5 tháng 1 năm 2027\nTHÔNG BÁO\n"
        "Kết luận giao ban quý IV năm 2026\n"
        "1. Nhiệm vụ năm 2027\n"
        "| TT | Nội dung | Đơn vị thực hiện | Thời hạn |\n"
        "| 1 | Thay thế 2.000 đồng hồ nước đã hết hạn kiểm định | Phòng Kỹ thuật chủ trì; Xí nghiệp Cấp nước số 1, "
        "Phòng Kinh doanh phối hợp | Quý II/2027 |\n"
        "| 2 | Phối hợp với Công an tỉnh xử lý các điểm đấu nối trái phép | Phòng Kinh doanh chủ trì | Thường xuyên |\n"
        "| 3 | Lập báo cáo tài chính quý | Phòng Kế toán | Hằng quý |\n")
    tasks = {task.text[:20]: task for task in plan.tasks}
    assert tasks["Thay thế 2.000 đồng "].lead == ["Phòng Kỹ thuật"]
    assert tasks["Thay thế 2.000 đồng "].coordinators == ["Xí nghiệp Cấp nước số 1", "Phòng Kinh doanh"]
    assert tasks["Phối hợp với Công an"].lead == ["Phòng Kinh doanh"]
    assert tasks["Phối hợp với Công an"].coordinators == ["Công an tỉnh"]
    assert tasks["Lập báo cáo tài chín"].lead == ["Phòng Kế toán"]


def test_a_body_named_by_its_heading_takes_the_items_a_cross_reference_gives_it_but_those_given_to_others():
    plan = extract_text(
        "ỦY BAN NHÂN DÂN TỈNH HÀ GIANG\nSố: 31/KH-UBND\nHà Giang, ngày 5 tháng 1 năm 2027\nKẾ HOẠCH\nChữ ký số năm 2027\n"
        "I. NHIỆM VỤ\n1. Hạ tầng\n- Rà soát chứng thư số của các cơ quan, hoàn thành trong quý I/2027.\n"
        "- Công an tỉnh kiểm tra an toàn thông tin của hệ thống ký số.\n"
        "2. Đào tạo\n- Tập huấn sử dụng chữ ký số cho công chức trong quý II/2027.\n"
        "II. TỔ CHỨC THỰC HIỆN\n1. Sở Khoa học và Công nghệ\n"
        "- Chủ trì thực hiện các nhiệm vụ tại các khoản 1 và 2 Mục I, trừ các nhiệm vụ đã giao cụ thể cho cơ quan khác.\n"
        "- Tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12/2027.\n")
    leads = {task.text[:20]: task.lead for task in plan.tasks}
    assert leads["Rà soát chứng thư số"] == ["Sở Khoa học và Công nghệ"]
    assert leads["Tập huấn sử dụng chữ"] == ["Sở Khoa học và Công nghệ"]
    assert leads["Công an tỉnh kiểm tr"] == ["Công an tỉnh"]
    assert not any(task.text.startswith("Chủ trì thực hiện các nhiệm vụ") for task in plan.tasks)



def test_a_directives_points_after_its_situation_and_grounds_run_into_one_paragraph_are_its_tasks():
    plan = extract_text(
        "ĐẢNG ỦY XÃ BẢN HỒ\nSố 05-CT/ĐU\nBản Hồ, ngày 2 tháng 12 năm 2026\nCHỈ THỊ\nvề phòng, tránh sạt lở đất năm 2027\n"
        "Năm 2026, trên địa bàn xã xảy ra 12 điểm sạt lở đất, làm hư hỏng 20 nhà ở. Thực hiện Luật Phòng, chống thiên "
        "tai số 33/2013/QH13 ngày 19/6/2013, Quyết định số 18/2021/QĐ-TTg ngày 22/4/2021 của Thủ tướng Chính phủ quy "
        "định về dự báo, cảnh báo, truyền tin thiên tai và cấp độ rủi ro thiên tai và Chỉ thị số 21-CT/TU ngày "
        "12/10/2026 của Ban Thường vụ Tỉnh ủy về công tác phòng, chống thiên tai năm 2027, để chủ động phòng, tránh, "
        "bảo đảm an toàn tính mạng và tài sản của Nhân dân, Ban Thường vụ Đảng ủy xã yêu cầu các chi bộ, cơ quan, đơn "
        "vị tập trung thực hiện tốt một số nhiệm vụ trọng tâm sau:\n"
        "Một là, Ủy ban nhân dân xã rà soát các hộ dân trong vùng nguy cơ sạt lở, hoàn thành trước ngày 31/01/2027.\n"
        "Hai là, Trạm Y tế xã chuẩn bị cơ số thuốc, vật tư y tế, hoàn thành trước ngày 15/5/2027.\n"
        "Chỉ thị này được phổ biến đến chi bộ và đảng viên./.\n")
    tasks = {task.text[:20]: task for task in plan.tasks}
    assert tasks["Trạm Y tế xã chuẩn b"].deadline == "2027-05-15"
    assert "Ủy ban nhân dân xã r" in tasks


def test_a_row_that_lost_the_groups_merged_cell_before_its_number_keeps_its_columns():
    plan = extract_text(
        "TỔNG CÔNG TY VẬN TẢI HÀ NỘI\nSố: 12/KH-VT\nHà Nội, ngày 5 tháng 1 năm 2027\nKẾ HOẠCH\nXe buýt điện năm 2027\n"
        "I. NHIỆM VỤ\n"
        "| Nhóm nhiệm vụ | TT | Nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành |\n"
        "| 1. Phương tiện | 1 | Thuê 150 xe buýt điện | Ban Kế hoạch - Đầu tư | Ban Tài chính | Quý I/2027 |\n"
        "| 2 | Đưa xe buýt điện vào khai thác | Xí nghiệp Xe buýt Thăng Long | Ban Kỹ thuật | Quý II/2027 |\n")
    tasks = {task.text[:15]: task for task in plan.tasks}
    assert tasks["Đưa xe buýt điệ"].lead == ["Xí nghiệp Xe buýt Thăng Long"]
    assert tasks["Đưa xe buýt điệ"].coordinators == ["Ban Kỹ thuật"]
    assert tasks["Đưa xe buýt điệ"].deadline == "2027-06-30"


def test_the_office_named_alone_is_the_issuers_as_the_plan_names_it_in_full_and_never_another_bodys():
    head = ("ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH AN GIANG\nSố: 9/KH-MTTQ\nKẾ HOẠCH\nNgày hội năm 2027\nI. NHIỆM VỤ\n")
    body = ("1. Ban Phong trào chủ trì, phối hợp với Văn phòng lập danh sách hộ nghèo.\n"
            "2. Văn phòng Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh bố trí kinh phí tổ chức Ngày hội.\n")
    tasks = extract_text(head + body).tasks
    assert tasks[0].coordinators == ["Văn phòng Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"]
    other = body.replace("2. Văn phòng Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "2. Văn phòng đăng ký đất đai tỉnh")
    assert extract_text(head + other).tasks[0].coordinators == ["Văn phòng"]


def test_a_portals_status_lines_under_a_copy_without_its_signature_end_the_body():
    text = ("ỦY BAN NHÂN DÂN TỈNH AN GIANG\nSố: 12/KH-UBND\nKẾ HOẠCH\nPhát triển vùng quế năm 2027\nI. NHIỆM VỤ\n"
            "1. Sở Nông nghiệp và Môi trường chủ trì xây dựng vùng quế hữu cơ.\n"
            "2. Các sở, ban, ngành khác\nCăn cứ chức năng, nhiệm vụ, chủ động phối hợp thực hiện Kế hoạch.\n"
            "Hiệu lực: Còn hiệu lực\nNgày có hiệu lực: 11/12/2026\nLượt xem: 86\nChia sẻ\nVề đầu trang\n"
            "CƠ SỞ DỮ LIỆU QUỐC GIA VỀ VĂN BẢN PHÁP LUẬT\n")
    assert [t.text for t in extract_text(text).tasks][-1].startswith(("Căn cứ chức năng", "Sở Nông nghiệp"))
    assert not any("Lượt xem" in t.text or "Về đầu trang" in t.text for t in extract_text(text).tasks)


def test_the_full_name_a_short_one_stands_for_is_read_whole_where_written():
    text = ("BAN QUẢN LÝ KHU CÔNG NGHỆ CAO VÀ CÁC KHU CÔNG NGHIỆP AN GIANG\nSố: 12/KH-BQL\nKẾ HOẠCH\nThu hút chuyên gia "
            "năm 2027\nBan Quản lý Khu công nghệ cao và các khu công nghiệp An Giang (sau đây gọi là Ban Quản lý) ban hành "
            "Kế hoạch như sau:\nI. NHIỆM VỤ\n1. Đề nghị Sở Nội vụ chủ trì, phối hợp với Ban Quản lý Khu công nghệ cao "
            "và các khu công nghiệp An Giang xây dựng chính sách thu hút chuyên gia.\n")
    assert extract_text(text).tasks[0].coordinators == ["Ban Quản lý Khu công nghệ cao và các khu công nghiệp An Giang"]


def test_a_resolutions_article_on_who_oversees_it_hands_out_the_work_it_asks_of_others():
    text = ("HỘI ĐỒNG NHÂN DÂN\nXÃ AN BÌNH\nSố: 09/NQ-HĐND\nNGHỊ QUYẾT\nVề hỗ trợ xây dựng nhà tiêu hợp vệ sinh\n"
            "QUYẾT NGHỊ:\nĐiều 1. Thông qua chính sách hỗ trợ.\nĐiều 2. Giao Ủy ban nhân dân xã tổ chức thực hiện Nghị quyết.\n"
            "Điều 3. Tổ chức giám sát\n1. Thường trực Hội đồng nhân dân, các Ban của Hội đồng nhân dân xã giám sát việc "
            "thực hiện Nghị quyết.\n2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã tuyên truyền, vận động Nhân dân thay "
            "đổi thói quen vệ sinh.\nĐiều 4. Nghị quyết này có hiệu lực từ ngày 01 tháng 01 năm 2027.\n")
    assert any(t.text.startswith("Đề nghị Ủy ban Mặt trận") for t in extract_text(text).tasks)


def test_a_companys_board_resolves_in_the_companys_name_which_its_head_alone_stands_for():
    text = ("TỔNG CÔNG TY CÔNG NGHIỆP\nGỐM SỨ VIỆT NAM\nHỘI ĐỒNG THÀNH VIÊN\nSố: 86/NQ-GSVN\n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHà Nội, ngày 18 tháng 12 năm 2026\nNGHỊ QUYẾT\nVề tiết kiệm năng lượng\n"
            "Căn cứ Điều lệ tổ chức và hoạt động của Tổng công ty Công nghiệp Gốm sứ Việt Nam;\nQUYẾT NGHỊ:\n"
            "Điều 1. Giao Tổng Giám đốc Tổng công ty:\n1. Chỉ đạo các công ty thành viên lắp đặt công tơ điện tử, "
            "hoàn thành trong quý II/2027.\n")
    plan = extract_text(text)
    assert (plan.document.issuer, plan.document.province) == ("Tổng công ty Công nghiệp Gốm sứ Việt Nam", None)
    assert plan.tasks[0].lead == ["Tổng công ty Công nghiệp Gốm sứ Việt Nam"]


def test_a_party_programmes_closing_duty_to_its_cells_bodies_and_units_at_once_is_every_bodys_and_no_task():
    """ "Các chi bộ, cơ quan, đơn vị căn cứ Chương trình này cụ thể hóa thành kế hoạch …": one kind of body listed with
    the generic ones is every body at once; the duty of turning the programme into plans of their own gives no task."""
    text = ("ĐẢNG ỦY XÃ TÂN HÒA\nSố 07-CTr/ĐU\nCHƯƠNG TRÌNH HÀNH ĐỘNG\nvề phát triển cây ăn quả\n"
            "I. NHIỆM VỤ, GIẢI PHÁP\n1. Ủy ban nhân dân xã chủ trì quy hoạch vùng trồng bưởi tập trung.\n"
            "II. TỔ CHỨC THỰC HIỆN\n1. Các chi bộ, cơ quan, đơn vị căn cứ Chương trình này cụ thể hóa thành kế hoạch "
            "của cơ quan, đơn vị mình để tổ chức thực hiện; định kỳ 6 tháng báo cáo kết quả về Ban Thường vụ Đảng ủy.\n"
            "2. Ủy ban Mặt trận Tổ quốc Việt Nam xã vận động hội viên tham gia tổ hợp tác trồng bưởi.\n")
    texts = [t.text[:30] for t in extract_text(text).tasks]
    assert texts == ["Ủy ban nhân dân xã chủ trì quy", "Ủy ban Mặt trận Tổ quốc Việt N"]


def test_a_body_whose_name_goes_on_in_lower_case_after_a_comma_is_read_whole_as_its_section_heading_names_it():
    text = ("SỞ NỘI VỤ TỈNH AN HÒA\nSố: 12/TB-SNV\nTHÔNG BÁO\nKết luận về tuyển dụng công chức\n"
            "1. Giao nhiệm vụ cụ thể:\n(1) Phòng Công chức, viên chức:\na) Xây dựng ngân hàng câu hỏi thi tuyển.\n"
            "b) Tổng hợp kết quả tuyển dụng của các xã.\n"
            "(2) Thanh tra Sở: phối hợp với Phòng Công chức, viên chức kiểm tra việc tổ chức thi tuyển.\n")
    tasks = extract_text(text).tasks
    assert tasks[0].lead == ["Phòng Công chức, viên chức"]
    assert tasks[-1].coordinators == ["Phòng Công chức, viên chức"]


def test_a_school_names_itself_by_its_kind_and_its_board_and_its_parents_board_is_its_own_or_each_classs():
    text = ("TRƯỜNG TRUNG HỌC CƠ SỞ LÊ LỢI\nSố: 12/KH-THCSLL\nKẾ HOẠCH\nHướng nghiệp năm 2027\n"
            "Trường Trung học cơ sở Lê Lợi xây dựng Kế hoạch như sau:\nIII. NHIỆM VỤ\n"
            "1. Ban Giám hiệu\n- Thành lập Tổ tư vấn hướng nghiệp, hoàn thành trước ngày 31/01/2027.\n"
            "2. Tổ tư vấn hướng nghiệp\n- Phối hợp với Ban đại diện cha mẹ học sinh tổ chức 02 buổi nói chuyện.\n"
            "- Phối hợp với Ban đại diện cha mẹ học sinh các lớp vận động học sinh tham gia.\n"
            "3. Liên đội\nTổ chức ngày hội “Em chọn nghề” trong tháng 4/2027.\n"
            "4. Đề nghị Ban đại diện cha mẹ học sinh phối hợp với nhà trường vận động phụ huynh.\n")
    tasks = extract_text(text).tasks
    assert [t.lead for t in tasks] == [["Trường Trung học cơ sở Lê Lợi"], ["Tổ tư vấn hướng nghiệp"],
                                      ["Tổ tư vấn hướng nghiệp"], ["Liên đội"], ["Ban đại diện cha mẹ học sinh"]]
    assert [(t.coordinators, t.coordinators_collective) for t in tasks[1:3]] == [
        (["Ban đại diện cha mẹ học sinh"], False), ([], True)]
    assert tasks[4].coordinators == ["Trường Trung học cơ sở Lê Lợi"]


def test_a_class_of_units_belonging_to_the_issuer_by_its_one_word_short_name_is_every_unit():
    """ "Các phòng, đơn vị thuộc Vườn báo cáo …": the class runs to the issuer's short name (no head of the vocabulary);
    said to every unit at once, the report gives no task."""
    text = ("VƯỜN QUỐC GIA U MINH HẠ\nSố: 16/KH-VQG\nKẾ HOẠCH\nPhòng cháy rừng năm 2027\nII. NHIỆM VỤ\n"
            "1. Hạt Kiểm lâm tuần tra canh gác lửa rừng trong mùa khô.\nIII. TỔ CHỨC THỰC HIỆN\n"
            "1. Các phòng, đơn vị thuộc Vườn báo cáo tiến độ thực hiện về Ban Giám đốc vào ngày 28 hằng tháng.\n"
            "2. Đề nghị Ủy ban nhân dân xã Khánh Lâm phối hợp tuần tra vùng đệm.\n")
    plan = extract_text(text)
    assert [t.lead for t in plan.tasks] == [["Hạt Kiểm lâm"], ["Ủy ban nhân dân xã Khánh Lâm"]]
    assert [(d.reporter, d.frequency, d.due) for d in plan.reporting] == [
        ("Các phòng, đơn vị thuộc Vườn", "monthly", "---28")]


def test_a_conclusion_that_acknowledges_a_bodys_work_gives_no_task_and_ends_the_issuers_name():
    """ "1. Ban Thường vụ Đảng ủy ghi nhận Ủy ban nhân dân xã đã …": what the conclusion says of work done, no work; the
    verb ends the name ("… Đảng ủy", not "… Đảng ủy ghi")."""
    text = ("ĐẢNG ỦY XÃ TÂN LẬP\nSố 12-TB/ĐU\nTHÔNG BÁO\nKết luận về nhà văn hóa thôn\n"
            "1. Ban Thường vụ Đảng ủy ghi nhận Ủy ban nhân dân xã đã chủ động rà soát tài sản sau sắp xếp.\n"
            "2. Giao Ủy ban nhân dân xã lập phương án sử dụng nhà văn hóa dôi dư trước ngày 30/4/2027.\n")
    tasks = extract_text(text).tasks
    assert [t.text[:26] for t in tasks] == ["Giao Ủy ban nhân dân xã lậ"]
    assert [m.name for m in actors_of("Ban Thường vụ Đảng ủy ghi nhận kết quả").leads] == ["Ban Thường vụ Đảng ủy"]


def test_every_bodys_duty_to_carry_out_its_share_ending_its_clause_is_no_task():
    """ "Các sở, ngành, Ủy ban nhân dân các phường, xã căn cứ nhiệm vụ được giao chủ động triển khai; báo cáo …": the
    generic duty ends its clause at the semicolon, its report no work of its own."""
    text = ("ỦY BAN NHÂN DÂN THÀNH PHỐ HUẾ\nSố: 12/KH-UBND\nKẾ HOẠCH\nXe điện năm 2027\nII. NHIỆM VỤ\n"
            "1. Sở Xây dựng chủ trì quản lý xe điện bốn bánh chở khách du lịch.\nIII. TỔ CHỨC THỰC HIỆN\n"
            "1. Các sở, ngành, Ủy ban nhân dân các phường, xã căn cứ nhiệm vụ được giao chủ động triển khai; báo cáo "
            "kết quả thực hiện về Sở Xây dựng trước ngày 05/12/2027 để tổng hợp.\n")
    plan = extract_text(text)
    assert [t.text[:22] for t in plan.tasks] == ["Sở Xây dựng chủ trì qu"]
    assert [(d.recipient, d.due) for d in plan.reporting] == [("Sở Xây dựng", "2027-12-05")]


def test_a_class_of_bodies_qualified_before_its_report_is_given_only_the_report():
    """ "1. Ủy ban nhân dân các xã, phường có chợ thuộc danh mục chuyển đổi báo cáo tiến độ …": the bodies, qualified,
    then a report and nothing else."""
    text = ("SỞ CÔNG THƯƠNG TỈNH CÀ MAU\nSố: 215/KH-SCT\nKẾ HOẠCH\nChuyển đổi mô hình quản lý chợ năm 2027\n"
            "III. NHIỆM VỤ\n1. Phòng Quản lý thương mại chủ trì thẩm định phương án chuyển đổi chợ.\n"
            "IV. TỔ CHỨC THỰC HIỆN\n1. Ủy ban nhân dân các xã, phường có chợ thuộc danh mục chuyển đổi báo cáo tiến độ "
            "thực hiện về Sở Công Thương trước ngày 20 hằng tháng.\n")
    plan = extract_text(text)
    assert [t.text[:24] for t in plan.tasks] == ["Phòng Quản lý thương mại"]
    assert [(d.frequency, d.due) for d in plan.reporting] == [("monthly", "---20")]


def test_a_section_headed_by_a_bodys_name_gives_it_its_items_and_their_reports():
    text = ("BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP TỈNH HƯNG YÊN\nSố: 18/TB-BQL\nTHÔNG BÁO\nKết luận về tuyển dụng lao động\n"
            "3. Giao nhiệm vụ cụ thể:\nA. Phòng Quản lý doanh nghiệp và lao động\n1) Tổ chức 02 phiên giao dịch việc "
            "làm trong tháng 3/2027.\n2) Theo dõi tình hình lao động, báo cáo Trưởng ban trước ngày 25 hằng tháng.\n"
            "B. Phòng Quản lý quy hoạch và xây dựng\n1) Rà soát quỹ đất dành cho nhà ở công nhân.\n"
            "C. Đề nghị Liên đoàn Lao động tỉnh\n1) Chỉ đạo công đoàn cơ sở nắm bắt tâm tư người lao động;\n"
            "2) Phải báo cáo ngay Ban Quản lý khi xảy ra ngừng việc tập thể.\n")
    plan = extract_text(text)
    assert [t.lead for t in plan.tasks] == [["Phòng Quản lý doanh nghiệp và lao động"]] * 2 + [
        ["Phòng Quản lý quy hoạch và xây dựng"]] + [["Liên đoàn Lao động tỉnh"]] * 2
    assert [(d.reporter, d.frequency) for d in plan.reporting] == [
        ("Phòng Quản lý doanh nghiệp và lao động", "monthly"), ("Liên đoàn Lao động tỉnh", None)]


def test_an_associations_standing_committee_heading_its_duties_acts_for_the_association():
    """ "1. BAN THƯỜNG VỤ HỘI TỈNH" over its dashes in the association's own plan: the committee acts in the
    association's name, whose duties they are."""
    text = ("HỘI CỰU GIÁO CHỨC TỈNH LÂM ĐỒNG\nSố: 06-KH/HCGC\nKẾ HOẠCH\nHỗ trợ tiếng Việt cho trẻ năm 2027\n"
            "Ban Thường vụ Hội Cựu giáo chức tỉnh xây dựng Kế hoạch như sau:\nIII. NHIỆM VỤ CỤ THỂ\n"
            "1. BAN THƯỜNG VỤ HỘI TỈNH\n- Chỉ đạo các Hội cơ sở đăng ký tham gia mô hình trước ngày 28/02/2027.\n"
            "2. VĂN PHÒNG HỘI\n- Tổng hợp danh sách hội viên tình nguyện tham gia.\n")
    plan = extract_text(text)
    assert plan.document.issuer == "Hội Cựu giáo chức tỉnh Lâm Đồng"
    assert plan.tasks[0].lead == ["Hội Cựu giáo chức tỉnh Lâm Đồng"]


def test_a_units_cell_whose_fields_wrap_without_a_stop_still_parts_the_lead_from_the_partners():
    """ "Chủ trì: Sở Văn hóa, Thể thao / và Du lịch / Phối hợp: Ủy ban nhân dân các / xã, phường": a field in
    capitals after the name before it opens a field of its own, though no stop ends that name."""
    plan = extract_text(
        "KẾ HOẠCH\nBảo tồn nghề truyền thống năm 2027\nII. NHIỆM VỤ\n"
        "| TT | Nhiệm vụ | Cơ quan thực hiện | Thời gian hoàn thành |\n"
        "| 1 | Kiểm kê các làng nghề truyền thống | Chủ trì: Sở Văn hóa, Thể thao và Du lịch Phối hợp: Ủy ban nhân dân "
        "các xã, phường | Quý II/2027 |\n"
        "| 2 | Xây dựng hồ sơ di sản | Chủ trì: Sở Văn hóa, Thể thao và Du lịch Phối hợp: Trường Đại học Hòa Bình; "
        "Hội Văn nghệ dân gian tỉnh | Tháng 10/2027 |\n")
    assert [(t.lead, t.coordinators, t.coordinators_collective) for t in plan.tasks] == [
        (["Sở Văn hóa, Thể thao và Du lịch"], [], True),
        (["Sở Văn hóa, Thể thao và Du lịch"], ["Trường Đại học Hòa Bình", "Hội Văn nghệ dân gian tỉnh"], False)]


def test_a_party_organs_heading_over_its_actions_gives_each_its_body_and_the_last_monitoring_item_is_no_task():
    """ "(1) Đảng ủy X lãnh đạo Y:" over dashes that each open on an action, "Báo cáo Ban Thường vụ …" among them (the
    report verb with its recipient): each dash a task of the heading's body (the organ, as the Party's plans read);
    "Giao Văn phòng Đảng ủy theo dõi, đôn đốc việc thực hiện Thông báo kết luận này; …" after them gives nothing new,
    though the recipients' list follows it in the text."""
    plan = extract_text(
        "THÔNG BÁO\nKết luận của Ban Thường vụ Đảng ủy phường về giải phóng mặt bằng\n"
        "1. Nhiệm vụ trọng tâm thời gian tới:\n(1) Đảng ủy Ủy ban nhân dân phường lãnh đạo Ủy ban nhân dân phường:\n"
        "- Bố trí quỹ đất tái định cư cho các hộ phải di dời; hoàn thành trong quý II/2027.\n"
        "- Báo cáo Ban Thường vụ Đảng ủy tiến độ giải phóng mặt bằng vào ngày 05 hằng tháng.\n"
        "(2) Các chi bộ tổ dân phố Đông Sơn, Hàm Rồng:\n- Phân công đảng viên phụ trách từng hộ chưa bàn giao.\n"
        "2. Giao Văn phòng Đảng ủy theo dõi, đôn đốc việc thực hiện Thông báo kết luận này; tổng hợp, báo cáo Ban "
        "Thường vụ Đảng ủy trước ngày 10/7/2027.\nNơi nhận:\n- Như trên;\n- Lưu Văn phòng Đảng ủy.\n"
        "T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\nLê Thị Thu\n")
    assert [(t.lead, t.text[:12]) for t in plan.tasks] == [
        (["Đảng ủy Ủy ban nhân dân phường"], "Bố trí quỹ đ"),
        (["Đảng ủy Ủy ban nhân dân phường"], "Báo cáo Ban "),
        (["Chi bộ tổ dân phố Đông Sơn", "Chi bộ tổ dân phố Hàm Rồng"], "Phân công đả")]


def test_a_conclusions_assessment_and_its_monitoring_item_give_no_task_and_a_first_point_run_into_its_heading_parts():
    """A conclusion notice: "1. Thực hiện Nghị quyết số …, các địa phương đã bàn giao …" says what was done (an
    assessment, though it opens on a verb); "3. Giao nhiệm vụ cụ thể: 3.1. Bộ Xây dựng:" ran the first point into the
    heading (it comes apart, its body the point's); "4. Giao Bộ Xây dựng theo dõi, đôn đốc … thực hiện các nhiệm vụ
    tại Thông báo này." after the work gives nothing new."""
    plan = extract_text(
        "THÔNG BÁO\nKết luận của Phó Thủ tướng về giải phóng mặt bằng\n"
        "1. Thực hiện Nghị quyết số 187/2025/QH15 ngày 19 tháng 02 năm 2025 của Quốc hội, các địa phương đã bàn giao "
        "khoảng 78% diện tích mặt bằng.\n2. Thống nhất mục tiêu bàn giao toàn bộ mặt bằng trong năm 2027.\n"
        "3. Giao nhiệm vụ cụ thể: 3.1. Bộ Xây dựng:\na) Hướng dẫn các địa phương về định mức chi phí.\n"
        "b) Tổng hợp tiến độ, báo cáo Thủ tướng Chính phủ trước ngày 25 hằng tháng.\n"
        "3.2. Bộ Tài chính: Bố trí đủ vốn cho công tác bồi thường.\n"
        "4. Giao Bộ Xây dựng theo dõi, đôn đốc các bộ, cơ quan, địa phương thực hiện các nhiệm vụ tại Thông báo này.\n"
        "Nơi nhận:\n- Như trên;\n")
    assert [(t.lead, t.text[:10]) for t in plan.tasks] == [
        (["Bộ Xây dựng"], "Hướng dẫn "), (["Bộ Xây dựng"], "Tổng hợp t"), (["Bộ Tài chính"], "Bố trí đủ ")]
    assert [(d.reporter, d.frequency, d.due) for d in plan.reporting] == [("Bộ Xây dựng", "monthly", "---25")]


def test_a_body_labelling_its_monitoring_entry_in_a_body_by_body_list_keeps_it_a_task():
    """ "4. Phòng Tham mưu: Theo dõi, đôn đốc việc thực hiện Chỉ thị; …" is that office's entry in the list (a task),
    where "5. Giao Phòng Tham mưu theo dõi, đôn đốc …" after the work gives nothing new."""
    text = ("CHỈ THỊ\nVề phòng, chống đua xe trái phép\n1. Phòng Cảnh sát giao thông: Tăng cường tuần tra ban đêm.\n"
            "2. Phòng Tham mưu: Theo dõi, đôn đốc việc thực hiện Chỉ thị; tổng hợp kết quả, báo cáo Giám đốc Công an "
            "thành phố trước ngày 10/12/2027.\nNơi nhận:\n- Như trên;\n")
    assert [t.lead for t in extract_text(text).tasks] == [["Phòng Cảnh sát giao thông"], ["Phòng Tham mưu"]]
    given = text.replace("2. Phòng Tham mưu: Theo dõi", "2. Giao Phòng Tham mưu theo dõi")
    assert [t.lead for t in extract_text(given).tasks] == [["Phòng Cảnh sát giao thông"]]


def test_a_heading_of_a_units_duties_after_a_dash_names_the_unit():
    """ "Nhiệm vụ – Phòng Xúc tiến Thương mại" over its lines (a slide's title): as "Nhiệm vụ của Phòng …", the unit."""
    assert [m.name for m in actors_of("Nhiệm vụ – Phòng Xúc tiến Thương mại").leads] == ["Phòng Xúc tiến Thương mại"]
    assert [m.name for m in actors_of("Trách nhiệm - Sở Y tế").leads] == ["Sở Y tế"]


def test_a_conclusion_that_praises_gives_no_task_and_a_dash_opening_on_a_monthly_time_is_an_instruction():
    """ "1. Đánh giá cao sự chủ động của các doanh nghiệp: …" praises; "Đồng ý chủ trương …" may give work and stays
    as it was read. Under "(2) Cục Viễn thông:", "- Hằng tháng, trước ngày 25, tổng hợp … báo cáo …" opens on its
    time, then its action: each dash a task of the body's."""
    plan = extract_text(
        "THÔNG BÁO\nKết luận của Thứ trưởng về phủ sóng 5G\n"
        "1. Đánh giá cao sự chủ động của các doanh nghiệp viễn thông: đến hết năm 2026 đã phủ sóng 214 khu công "
        "nghiệp.\n2. Thứ trưởng giao nhiệm vụ như sau:\n(1) Cục Tần số vô tuyến điện hoàn thành cấp phép băng tần.\n"
        "(2) Cục Viễn thông:\n- Chủ trì xây dựng bộ tiêu chí đánh giá chất lượng phủ sóng.\n"
        "- Hằng tháng, trước ngày 25, tổng hợp tiến độ phủ sóng, báo cáo Thứ trưởng phụ trách.\n")
    assert [(t.lead, t.text[:12]) for t in plan.tasks] == [
        (["Cục Tần số vô tuyến điện"], "Cục Tần số v"), (["Cục Viễn thông"], "Chủ trì xây "),
        (["Cục Viễn thông"], "Hằng tháng, ")]


def test_an_item_leading_a_body_under_a_party_committees_heading_is_the_committees():
    """ "3. Đảng ủy Công an tỉnh" over "a/ Lãnh đạo Công an tỉnh nắm chắc tình hình …": the committee leads the body it
    sits in to the work; the item is the committee's, as an item "Yêu cầu X …" under a body's heading is that body's."""
    plan = extract_text(
        "CHỈ THỊ\nVề bảo vệ vùng trồng sâm\n3. Đảng ủy Công an tỉnh\n"
        "a/ Lãnh đạo Công an tỉnh nắm chắc tình hình, triệt phá các đường dây buôn bán sâm giả.\n"
        "b/ Lãnh đạo Công an tỉnh kịp thời báo cáo Thường trực Tỉnh ủy khi phát hiện vụ việc.\n"
        "4. Sở Y tế kiểm tra các cơ sở kinh doanh dược liệu.\n")
    assert [t.lead for t in plan.tasks] == [["Đảng ủy Công an tỉnh"], ["Đảng ủy Công an tỉnh"], ["Sở Y tế"]]


def test_the_closing_request_to_every_body_without_its_asking_word_is_no_item_of_the_last_entry():
    """ "Giám đốc các sở, …, Chủ tịch Ủy ban nhân dân các xã, phường nghiêm túc thực hiện Chỉ thị này./." after the last
    entry's points: the text's closing words, no point of that entry, which keeps its own last point a task."""
    plan = extract_text(
        "CHỈ THỊ\nVề công tác thống kê cấp xã\n1. Sở Tài chính bố trí kinh phí điều tra thống kê.\n"
        "2. Chủ tịch Ủy ban nhân dân các xã, phường:\na) Chịu trách nhiệm về tính chính xác của số liệu thống kê.\n"
        "b) Gửi báo cáo thống kê định kỳ về Thống kê tỉnh trước ngày 12 hằng tháng.\n"
        "Giám đốc các sở, Thủ trưởng các ban, ngành, Chủ tịch Ủy ban nhân dân các xã, phường nghiêm túc thực hiện Chỉ "
        "thị này./.\nNơi nhận:\n- Như trên;\n")
    assert [t.text[:10] for t in plan.tasks] == ["Sở Tài chí", "Chịu trách", "Gửi báo cá"]


def test_a_part_heading_in_capitals_with_its_body_after_a_colon_still_names_the_part():
    # "II. NHIỆM VỤ: xem các việc dưới đây." — the title is the capitals before the colon, the rest its first words
    body = """I. MỤC TIÊU: Năm 2026, 100% xã có điểm truy cập Internet công cộng.
II. NHIỆM VỤ VÀ PHÂN CÔNG: gồm 02 nhiệm vụ dưới đây.
1. Danh sách điểm truy cập
Nội dung: Khảo sát, lập danh sách điểm truy cập Internet công cộng tại các xã.
Chủ trì: Sở Khoa học và Công nghệ
Phối hợp: Ủy ban nhân dân các xã
Thời gian: Quý II/2026
2. Đường truyền tại điểm truy cập
Nội dung: Nâng cấp đường truyền tại các điểm truy cập đã khảo sát.
Chủ trì: Viễn thông tỉnh
Thời gian: Quý IV/2026
III. TỔ CHỨC THỰC HIỆN: Các sở, ngành báo cáo kết quả về Sở Tài chính trước ngày 15/12/2026.
"""
    tasks = _tasks(body)
    assert [t.lead for t in tasks] == [["Sở Khoa học và Công nghệ"], ["Viễn thông tỉnh"]]
    assert tasks[0].text.startswith("Khảo sát, lập danh sách")


def test_a_closing_bracket_with_the_lead_its_partners_and_a_time_dates_the_item():
    body = ("II. NHIỆM VỤ\n1. Xây dựng cơ sở dữ liệu di sản, kết nối với cơ sở dữ liệu dân cư (Trung tâm Công nghệ thông tin "
            "chủ trì, phối hợp với Cục Di sản văn hóa; thời gian: 2028 - 2029).\n"
            "2. Ban hành quy chế bảo vệ bí mật nhà nước (Công an tỉnh chủ trì, phối hợp với Văn phòng Ủy ban nhân dân tỉnh; "
            "Sở Tư pháp và các cơ quan có liên quan).\n")
    tasks = _tasks(body)
    assert [(t.lead, t.coordinators, t.deadline) for t in tasks] == [
        (["Trung tâm Công nghệ thông tin"], ["Cục Di sản văn hóa"], "2029-12-31"),
        (["Công an tỉnh"], ["Văn phòng Ủy ban nhân dân tỉnh", "Sở Tư pháp"], None)]


def test_the_government_office_following_a_dispatch_within_its_remit_is_given_no_task():
    body = ("THỦ TƯỚNG CHÍNH PHỦ điện:\n1. Bộ Nông nghiệp và Môi trường chỉ đạo lực lượng kiểm lâm tuần tra rừng.\n"
            "2. Văn phòng Chính phủ theo dõi, đôn đốc theo chức năng, nhiệm vụ được giao; báo cáo Thủ tướng Chính phủ "
            "những vấn đề vượt thẩm quyền.\n")
    assert [t.lead for t in _tasks(body)] == [["Bộ Nông nghiệp và Môi trường"]]


def test_a_title_over_a_field_block_with_its_content_field_is_a_heading_not_the_work():
    body = ("III. NHIỆM VỤ VÀ GIẢI PHÁP\nBồi dưỡng nâng cao năng lực đội ngũ giáo viên\n"
            "Nội dung: Tổ chức bồi dưỡng phương pháp dạy học cho giáo viên tiếng Anh các cấp học.\n"
            "Đơn vị chủ trì: Phòng Giáo dục Phổ thông\nThời gian: Quý IV/2027.\n"
            "Tăng cường cơ sở vật chất\nNội dung: Tham mưu bố trí kinh phí mua sắm thiết bị dạy học ngoại ngữ.\n"
            "Đơn vị chủ trì: Phòng Kế hoạch - Tài chính\nThời gian: Quý III/2027.\n")
    assert [(t.text[:25], t.lead, t.deadline) for t in _tasks(body)] == [
        ("Tổ chức bồi dưỡng phương ", ["Phòng Giáo dục Phổ thông"], "2027-12-31"),
        ("Tham mưu bố trí kinh phí ", ["Phòng Kế hoạch - Tài chính"], "2027-09-30")]


def test_content_handed_over_by_point_and_clause_goes_to_the_body_named():
    """A conclusion's numbered paragraph "3." holding "3.1." with actor-less points, then "3.2." handing them over by
    cross-reference ("nội dung tại điểm a, b khoản 3.1"): the points take the bodies, the hand-over is no task, and the
    points' ids say "3.1" once."""
    text = ("VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH\nSố: 40/TB-VP\nTHÔNG BÁO\nKết luận về nhà ở xã hội\n"
            "3. Nhiệm vụ thời gian tới\n3.1. Về thủ tục đầu tư, đất đai:\n"
            "a) Rà soát quỹ đất trong các dự án nhà ở thương mại để bố trí nhà ở xã hội.\n"
            "b) Thẩm định chủ trương đầu tư các dự án nhà ở xã hội mới.\n"
            "c) Hoàn thành giao đất dự án nhà ở xã hội số 2 trong quý III/2027.\n"
            "3.2. Giao Sở Xây dựng chủ trì thực hiện nội dung tại điểm a, b khoản 3.1; Sở Nông nghiệp và Môi trường chủ "
            "trì thực hiện nội dung tại điểm c khoản 3.1.\n")
    tasks = extract_text(text).tasks
    assert [(t.id, t.lead) for t in tasks] == [("3.1.a", ["Sở Xây dựng"]), ("3.1.b", ["Sở Xây dựng"]),
                                               ("3.1.c", ["Sở Nông nghiệp và Môi trường"])]


LETTER_CLOSING = """ỦY BAN NHÂN DÂN
TỈNH BÌNH MINH
Số: 845/UBND-KT
Bình Minh, ngày 02 tháng 12 năm 2027
V/v triển khai các giải pháp phòng, chống hạn hán mùa khô 2027 - 2028
1. Sở Nông nghiệp và Môi trường chủ trì vận hành các cống ngăn mặn.
2. Công an tỉnh bảo đảm an ninh trật tự tại các công trình thủy lợi.
3. Giao Sở Nông nghiệp và Môi trường theo dõi, tổng hợp tình hình hạn hán, xâm nhập mặn; định kỳ trước ngày 25 hằng tháng báo cáo Ủy ban nhân dân tỉnh.
Thủ trưởng các sở, ngành, Chủ tịch Ủy ban nhân dân các xã, phường có trách nhiệm thực hiện nghiêm Công văn này.
Trường hợp phát sinh khó khăn, vướng mắc vượt thẩm quyền, các cơ quan, đơn vị, địa phương kịp thời báo cáo Ủy ban nhân dân tỉnh để xem xét, chỉ đạo./.
Nơi nhận:
- Như trên;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lê Văn An
"""


def test_a_letters_closing_items_that_only_watch_report_or_repeat_the_generic_duty_give_no_task():
    """After the work: the situation the letter deals with, watched and compiled for the reports that follow ("theo
    dõi, tổng hợp tình hình …; … báo cáo"); the generic duty said once more to every body ("… thực hiện nghiêm Công văn
    này"), though another closing paragraph follows it; problems as they arise ("Trường hợp phát sinh khó khăn …")."""
    plan = extract_text(LETTER_CLOSING)
    assert [t.text[:30] for t in plan.tasks] == ["Sở Nông nghiệp và Môi trường c", "Công an tỉnh bảo đảm an ninh t"]


def test_the_situation_watched_and_reported_is_a_report_of_its_body():
    duties = extract_text(LETTER_CLOSING).reporting
    assert any(d.reporter == "Sở Nông nghiệp và Môi trường" and d.recipient == "Ủy ban nhân dân tỉnh" for d in duties)


def test_every_body_asked_to_carry_its_share_out_by_its_remit_is_given_no_task():
    """ "Các sở, ban, ngành tỉnh; Ủy ban nhân dân các xã, phường căn cứ chức năng, nhiệm vụ tổ chức triển khai thực
    hiện; gửi báo cáo …": the generic duty said to every body, without "được giao"; its report is a report."""
    plan = extract_text(HEADER + "I. NHIỆM VỤ\n1. Sở Công Thương chủ trì xây dựng cơ sở dữ liệu logistics.\n"
                        "II. TỔ CHỨC THỰC HIỆN\n1. Sở Công Thương theo dõi, đôn đốc thực hiện Kế hoạch.\n"
                        "2. Các sở, ban, ngành tỉnh; Ủy ban nhân dân các xã, phường căn cứ chức năng, nhiệm vụ tổ chức "
                        "triển khai thực hiện; gửi báo cáo kết quả thực hiện về Sở Công Thương trước ngày 05/12/2026.\n"
                        + FOOTER)
    assert not any(t.text.startswith("Các sở, ban, ngành tỉnh") for t in plan.tasks)
    assert any(d.recipient == "Sở Công Thương" and d.due == "2026-12-05" for d in plan.reporting)


def test_every_unit_asked_to_carry_out_the_plan_named_by_its_kind_is_given_no_task():
    """ "Thủ trưởng các đơn vị trực thuộc … tổ chức triển khai Kế hoạch; báo cáo …" and "… tổ chức triển khai các nhiệm
    vụ được giao; định kỳ … báo cáo …": the generic duty of every unit; its reports are reports."""
    for closing in ("Thủ trưởng các đơn vị trực thuộc Sở tổ chức triển khai Kế hoạch; báo cáo kết quả trước ngày "
                    "10/12/2026 về Sở (qua Văn phòng Sở).",
                    "Thủ trưởng các đơn vị trực thuộc Sở tổ chức triển khai các nhiệm vụ được giao; định kỳ hằng quý "
                    "báo cáo kết quả thực hiện về Sở (qua Văn phòng Sở)."):
        plan = extract_text(HEADER + "I. NHIỆM VỤ\n1. Phòng Kế hoạch - Tài chính lập dự toán kinh phí.\n"
                            "II. TỔ CHỨC THỰC HIỆN\n1. " + closing + "\n" + FOOTER)
        assert [t.text[:20] for t in plan.tasks] == ["Phòng Kế hoạch - Tài"], closing
        assert plan.reporting, closing


def test_a_body_in_brackets_after_a_fields_body_is_the_one_it_belongs_to():
    """ "Đơn vị phối hợp: Cục Cảnh sát quản lý hành chính về trật tự xã hội (Bộ Công an).": one partner, named whole; the
    ministry in brackets is whose it is. A partner that visits ("… thăm hỏi …") ends its name there."""
    from vnplan.extract.actors import bodies_named
    assert [m.name for m in bodies_named("Cục Cảnh sát quản lý hành chính về trật tự xã hội (Bộ Công an).")] == [
        "Cục Cảnh sát quản lý hành chính về trật tự xã hội"]
    assert [m.name for m in actors_of("Phối hợp với Văn phòng Tổng công ty thăm hỏi người lao động bị thiệt hại.")
            .coordinators] == ["Văn phòng Tổng công ty"]


def test_a_long_run_of_unlabelled_paragraphs_before_the_signature_is_read_without_end():
    """Only the last few paragraphs may close a document: a text of a thousand and more unlabelled paragraphs is read
    paragraph by paragraph, not as one chain of closing ones."""
    body = "".join(f"Các cơ quan, đơn vị, địa phương thực hiện Kế hoạch này, nội dung thứ {k}.\n" for k in range(1500))
    plan = extract_text(HEADER + "I. NHIỆM VỤ\n1. Sở Y tế tổ chức tiêm chủng.\n" + body + FOOTER)
    assert plan.tasks[0].lead == ["Sở Y tế"]


@pytest.mark.parametrize("items, texts", [
    # the bodies of a class that a clause picks: the clause labels their work; a duty's label stays in the text
    (["Ủy ban nhân dân các xã, phường có đơn vị được kiểm tra: cử cán bộ tham gia Đoàn kiểm tra.",
      "Thủ trưởng các sở, ngành có trách nhiệm: chỉ đạo đơn vị trực thuộc đóng đủ bảo hiểm xã hội."],
     ["cử cán bộ tham gia Đoàn kiểm tra.",
      "Thủ trưởng các sở, ngành có trách nhiệm: chỉ đạo đơn vị trực thuộc đóng đủ bảo hiểm xã hội."]),
    # a single body's clause before a colon is its work, not a label
    (["Sở Nội vụ có ý kiến bằng văn bản: thẩm định hồ sơ đề nghị của các xã.",
      "Sở Tài chính được bố trí kinh phí từ ngân sách tỉnh: mua sắm trang thiết bị."],
     ["Sở Nội vụ có ý kiến bằng văn bản: thẩm định hồ sơ đề nghị của các xã.",
      "Sở Tài chính được bố trí kinh phí từ ngân sách tỉnh: mua sắm trang thiết bị."]),
])
def test_a_clause_before_a_colon_labels_a_class_s_work_only(items, texts):
    plan = extract_text(
        "ỦY BAN NHÂN DÂN TỈNH NINH BÌNH\nSố: 40/KH-UBND     Ninh Bình, ngày 02 tháng 3 năm 2027\n\nKẾ HOẠCH\n"
        "Kiểm tra việc đóng bảo hiểm xã hội năm 2027\n\nI. PHÂN CÔNG\n"
        + "".join(f"{k}. {item}\n" for k, item in enumerate(items, 1)))
    assert [task.text for task in plan.tasks] == texts


def test_the_issuers_kind_named_with_a_region_is_that_regions_body_and_heads_its_plus_items():
    """In a provincial procuracy's plan, "Viện kiểm sát nhân dân khu vực 2" is the regional procuracy, not the issuer
    its short name would stand for: its "+" items are its tasks."""
    plan = extract_text("""VIỆN KIỂM SÁT NHÂN DÂN TỈNH BẮC SƠN
Số: 12/KH-VKS
KẾ HOẠCH
Trực tiếp kiểm sát thi hành án dân sự năm 2027
III. PHÂN CÔNG THỰC HIỆN
1. Phòng Kiểm sát thi hành án dân sự, hành chính:
+ Xây dựng đề cương kiểm sát; trình Viện trưởng ban hành trước ngày 20/3/2027.
2. Viện kiểm sát nhân dân khu vực 2 và Viện kiểm sát nhân dân khu vực 4:
+ Chủ trì trực tiếp kiểm sát tại Phòng Thi hành án dân sự khu vực trên cùng địa bàn trong quý II/2027.
+ Báo cáo kết quả kiểm sát về Viện kiểm sát nhân dân tỉnh sau khi kết thúc cuộc kiểm sát.
""", strict=False)
    regional = ["Viện Kiểm sát nhân dân khu vực 2", "Viện Kiểm sát nhân dân khu vực 4"]
    assert [(task.id, task.lead) for task in plan.tasks] == [
        ("III.1.1", ["Phòng Kiểm sát thi hành án dân sự, hành chính"]), ("III.2.1", regional), ("III.2.2", regional)]


@pytest.mark.parametrize("generic", [
    "Các phòng, đơn vị được giao chủ trì nhiệm vụ chủ động triển khai thực hiện; định kỳ trước ngày 20 của tháng cuối "
    "quý báo cáo kết quả về Văn phòng.",
    "Các phòng, đơn vị thuộc Sở được giao chủ trì tại Phụ lục chủ động triển khai thực hiện; gửi báo cáo kết quả về "
    "Văn phòng Sở trước ngày 05/12/2027.",
    "Các cơ quan, đơn vị được phân công chủ động triển khai; báo cáo kết quả về Văn phòng trước ngày 25 hằng tháng.",
    "Thủ trưởng các đơn vị thuộc Bộ được giao nhiệm vụ tại Phụ lục chịu trách nhiệm tổ chức thực hiện; gửi báo cáo kết "
    "quả về Văn phòng Bộ trước ngày 25/5/2027.",
])
def test_the_bodies_given_work_told_to_carry_it_out_and_report_are_given_no_task(generic):
    plan = extract_text(f"""SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH BẮC SƠN
Số: 77/KH-SNNMT
KẾ HOẠCH
Thu gom bao gói thuốc bảo vệ thực vật năm 2027
III. NHIỆM VỤ
1. Chi cục Trồng trọt và Bảo vệ thực vật hướng dẫn lắp đặt bể chứa bao gói tại các cánh đồng.
IV. TỔ CHỨC THỰC HIỆN
1. {generic}
""", strict=False)
    assert [task.id for task in plan.tasks] == ["III.1"] and len(plan.reporting) == 1


def test_the_heads_answering_for_putting_the_plan_in_hand_is_the_generic_duty():
    body = ("IV. TỔ CHỨC THỰC HIỆN\n"
            "1. Giám đốc Trung tâm Y tế, Trưởng các khoa, phòng có trách nhiệm triển khai Kế hoạch này.\n"
            "2. Phòng Kế hoạch tổng hợp triển khai phần mềm quản lý hồ sơ bệnh án điện tử.\n")
    assert [t.text[:26] for t in _tasks(body)] == ["Phòng Kế hoạch tổng hợp tr"]


def test_a_body_answering_for_putting_a_plan_of_its_own_in_hand_has_a_task():
    # (the plan at hand is the generic duty; another plan named by its kind and subject is the body's own work)
    body = ("IV. TỔ CHỨC THỰC HIỆN\n"
            "1. Sở Y tế có trách nhiệm triển khai Kế hoạch tiêm chủng mở rộng năm 2027 trước ngày 31/12/2027.\n"
            "2. Các phòng, đơn vị có trách nhiệm triển khai Kế hoạch.\n")
    assert [(t.lead, t.deadline) for t in _tasks(body)] == [(["Sở Y tế"], "2027-12-31")]


def test_a_directives_closing_paragraph_asking_every_body_to_carry_it_out_gives_no_task_but_its_report():
    # (after the last body's item, no more work of that body's; the monitoring with its reports stays the monitoring
    # body's task, as the real dispatches' gold reads it)
    plan = extract_text(
        "ỦY BAN NHÂN DÂN TỈNH BÌNH MINH\nSố: 05/CT-UBND\nBình Minh, ngày 10 tháng 3 năm 2027\nCHỈ THỊ\n"
        "Về tăng cường quản lý công trình cấp nước nông thôn\n"
        "Để bảo đảm cấp nước an toàn, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:\n"
        "1. Sở Nông nghiệp và Môi trường: Rà soát hiện trạng các công trình cấp nước; hoàn thành trong quý II/2027.\n"
        "2. Báo và Phát thanh, Truyền hình tỉnh: Mở chuyên mục tuyên truyền về sử dụng nước sạch.\n\n"
        "Giám đốc các sở, Thủ trưởng các cơ quan, đơn vị liên quan, Chủ tịch Ủy ban nhân dân các xã, phường nghiêm túc "
        "thực hiện Chỉ thị này; báo cáo kết quả thực hiện về Sở Nông nghiệp và Môi trường trước ngày 30/11 hằng "
        "năm.\n\n"
        "Giao Sở Nông nghiệp và Môi trường theo dõi, đôn đốc, kiểm tra việc thực hiện Chỉ thị này; tổng hợp, báo cáo "
        "Chủ tịch Ủy ban nhân dân tỉnh trước ngày 15/12 hằng năm./.\n", strict=False)
    assert [(task.lead, task.text[:20]) for task in plan.tasks] == [
        (["Sở Nông nghiệp và Môi trường"], "Rà soát hiện trạng c"), (["Báo và Phát thanh, Truyền hình tỉnh"],
                                                                  "Mở chuyên mục tuyên "),
        (["Sở Nông nghiệp và Môi trường"], "Giao Sở Nông nghiệp ")]
    assert [(report.frequency, report.due) for report in plan.reporting] == [("annual", "--11-30"),
                                                                            ("annual", "--12-15")]


def test_a_units_partner_field_is_read_as_the_lead_field_is():
    # ("- Bộ phận chủ trì:" / "- Bộ phận phối hợp:" of a commune's plan: the same field block as "Đơn vị …", its
    # partners no task of their own)
    plan = extract_text(
        "ỦY BAN NHÂN DÂN\nXÃ TÂN LẬP\nSố: 21/KH-UBND\nTân Lập, ngày 2 tháng 2 năm 2027\nKẾ HOẠCH\n"
        "Hỗ trợ đồng bào dân tộc thiểu số năm 2027\nII. NHIỆM VỤ\n"
        "1. Rà soát hộ nghèo đồng bào dân tộc thiểu số\n- Bộ phận chủ trì: Phòng Văn hóa - Xã hội.\n"
        "- Bộ phận phối hợp: Công an xã; Đoàn Thanh niên xã.\n"
        "- Thời gian hoàn thành: Trước ngày 31/3/2027.\n"
        "2. Hỗ trợ nước sinh hoạt phân tán\n- Bộ phận chủ trì: Phòng Kinh tế.\n"
        "- Bộ phận phối hợp: Trung tâm Dịch vụ tổng hợp xã.\n- Thời gian hoàn thành: Quý III/2027.\n", strict=False)
    assert [(task.text, task.lead, task.coordinators, task.deadline) for task in plan.tasks] == [
        ("Rà soát hộ nghèo đồng bào dân tộc thiểu số", ["Phòng Văn hóa - Xã hội"],
         ["Công an xã", "Đoàn Thanh niên xã"], "2027-03-31"),
        ("Hỗ trợ nước sinh hoạt phân tán", ["Phòng Kinh tế"], ["Trung tâm Dịch vụ tổng hợp xã"], "2027-09-30")]


def test_an_item_sending_people_is_work_though_it_says_who_they_are():
    # ("Cử hội viên là nhân chứng …": the body sends members who are witnesses, no sentence saying what a thing is)
    plan = extract_text(
        "HỘI CỰU CHIẾN BINH TỈNH AN HÒA\nSố: 12-KH/CCB\nAn Hòa, ngày 5 tháng 1 năm 2027\nKẾ HOẠCH\n"
        "Tham gia tìm kiếm hài cốt liệt sĩ năm 2027\nIII. NHIỆM VỤ\nHội Cựu chiến binh các cấp thực hiện:\n"
        "1. Rà soát danh sách hội viên từng chiến đấu tại các chiến trường.\n"
        "2. Cử hội viên là nhân chứng dẫn đường, phối hợp với Đội quy tập của Bộ Chỉ huy Quân sự tỉnh.\n", strict=False)
    assert "Cử hội viên là nhân chứng dẫn " in [task.text[:30] for task in plan.tasks]


def test_a_class_of_units_heading_its_own_list_in_the_part_on_who_does_what_is_that_entry():
    """ "3.1. Các xí nghiệp trực thuộc" over its dashes, inside "3. Trách nhiệm thực hiện" (no "I." divides the notice):
    each dash the class's task, as "3.2. Phòng Kỹ thuật" over its own is the office's."""
    text = ("CÔNG TY TNHH MỘT THÀNH VIÊN THỦY LỢI BẮC LAM\nSố: 15/TB-CT\nBắc Lam, ngày 05 tháng 01 năm 2027\n"
            "THÔNG BÁO\nLịch lấy nước vụ Xuân năm 2027\n"
            "1. Thời gian lấy nước: từ ngày 15/01/2027 đến ngày 30/01/2027.\n"
            "2. Khu vực lấy nước: các xã ven sông.\n3. Trách nhiệm thực hiện\n"
            "Công ty yêu cầu các đơn vị trực thuộc thực hiện tốt các nội dung sau:\n3.1. Các xí nghiệp trực thuộc\n"
            "- Kiểm tra, vận hành thử máy bơm, hoàn thành trước ngày 13/01/2027.\n"
            "- Bố trí công nhân trực tại các cống trong thời gian lấy nước.\n3.2. Phòng Kỹ thuật\n"
            "- Theo dõi mực nước sông, điều phối nguồn nước giữa các xí nghiệp.\n")
    tasks = extract_text(text).tasks
    assert [(t.lead, t.deadline) for t in tasks] == [
        (["Các xí nghiệp trực thuộc"], "2027-01-13"), (["Các xí nghiệp trực thuộc"], None), (["Phòng Kỹ thuật"], None)]


def test_fields_each_a_sentence_of_their_own_on_one_line_are_the_items_lead_partners_and_time():
    text = """KẾ HOẠCH
Đẩy nhanh giải ngân vốn đầu tư công năm 2027
II. NHIỆM VỤ, GIẢI PHÁP
1. Hoàn thành giao chi tiết kế hoạch vốn
Khẩn trương giao chi tiết kế hoạch vốn năm 2027 cho các dự án đủ thủ tục.
Chủ trì: Phòng Kế hoạch - Tài chính. Phối hợp: Kho bạc Nhà nước khu vực XV. Thời hạn: trước ngày 28/02/2027.
"""
    task, = extract_text(text).tasks
    assert (task.lead, task.coordinators, task.deadline) == (
        ["Phòng Kế hoạch - Tài chính"], ["Kho bạc Nhà nước khu vực XV"], "2027-02-28")


def test_a_body_after_the_occasions_end_it_reports_at_reports():
    text = """BAN QUẢN LÝ KHU DI TÍCH AN PHÚ
Số: 05/PA-BQL
PHƯƠNG ÁN
Bảo đảm an ninh, trật tự Lễ hội Xuân 2027
5. Chế độ thông tin, báo cáo
- Các phòng, đội báo cáo tình hình trước 17 giờ hằng ngày về Phòng Hành chính - Tổng hợp.
- Kết thúc Lễ hội, Phòng Hành chính - Tổng hợp tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh trước ngày 10/3/2027.
"""
    closing = [duty for duty in extract_text(text).reporting if duty.due]
    assert [(duty.reporter, duty.due) for duty in closing] == [("Phòng Hành chính - Tổng hợp", "2027-03-10")]


def test_a_request_labelling_its_bodies_with_a_colon_hands_them_the_work_after_it():
    """ "Đề nghị Sở Tài chính: Thẩm định …": the request and the bodies label the work, as "Sở Tài chính: …" does."""
    text = ("CHỈ THỊ\nVề bảo vệ rừng năm 2027\nChủ tịch Ủy ban nhân dân tỉnh yêu cầu:\n"
            "1. Sở Nông nghiệp và Môi trường chủ trì kiểm tra các vùng rừng trọng điểm.\n"
            "2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh: Vận động đoàn viên tham gia bảo vệ rừng.\n"
            "3. Đề nghị Sở Tài chính: Thẩm định, tham mưu bố trí kinh phí.\n")
    tasks = extract_text(text).tasks
    assert [(t.lead, t.text) for t in tasks[1:]] == [
        (["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"], "Vận động đoàn viên tham gia bảo vệ rừng."),
        (["Sở Tài chính"], "Thẩm định, tham mưu bố trí kinh phí.")]


SCHOOL_DUTIES = """TRƯỜNG THCS BÌNH AN
Số: 21/QĐ-THCS
Bình An, ngày 20 tháng 8 năm 2027
QUYẾT ĐỊNH
Về việc phân công nhiệm vụ bán trú năm học 2027 - 2028
HIỆU TRƯỞNG TRƯỜNG THCS BÌNH AN
QUYẾT ĐỊNH:
Điều 1. Phân công nhiệm vụ tổ chức bán trú năm học 2027 - 2028 như sau:
1. Phó Hiệu trưởng phụ trách bán trú (bà Lê Thị Hoa):
a) Xây dựng thực đơn theo tuần bảo đảm định mức dinh dưỡng.
2. Tổ cấp dưỡng (tổ trưởng ông Lò Văn Sáng):
a) Chế biến, nấu ăn bảo đảm vệ sinh an toàn thực phẩm.
3. Kế toán nhà trường: Thanh toán, quyết toán tiền ăn cho học sinh hằng tháng.
4. Giáo viên chủ nhiệm các lớp có học sinh bán trú: Quản lý học sinh trong giờ ăn, giờ ngủ trưa.
Điều 2. Quyết định có hiệu lực kể từ ngày ký.
"""


def test_duties_by_post_with_the_holder_named_aside_go_to_the_post():
    """A school's posts and teams head their duties, the person holding each named in brackets after it (an aside);
    a post may label its work before a colon with more words than a heading has ("Giáo viên chủ nhiệm các lớp có học
    sinh bán trú: …")."""
    tasks = extract_text(SCHOOL_DUTIES).tasks
    assert [(t.lead, t.text) for t in tasks] == [
        (["Phó Hiệu trưởng phụ trách bán trú"], "Xây dựng thực đơn theo tuần bảo đảm định mức dinh dưỡng."),
        (["Tổ cấp dưỡng"], "Chế biến, nấu ăn bảo đảm vệ sinh an toàn thực phẩm."),
        (["Kế toán nhà trường"], "Thanh toán, quyết toán tiền ăn cho học sinh hằng tháng."),
        (["Giáo viên chủ nhiệm các lớp có học sinh bán trú"], "Quản lý học sinh trong giờ ăn, giờ ngủ trưa.")]


CAPITALISED_BODIES = """BAN CHỈ HUY PHÒNG THỦ DÂN SỰ TỈNH
Số: 12/BCH-VPTT
Bắc Sơn, ngày 06 tháng 9 năm 2027
Kính gửi: Các cơ quan, đơn vị
Ban Chỉ huy đề nghị các cơ quan, đơn vị, địa phương thực hiện tốt các nội dung sau:
1. ĐÀI KHÍ TƯỢNG THỦY VĂN TỈNH: theo dõi chặt chẽ diễn biến bão, áp thấp nhiệt đới.
2. SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG:
a) Chỉ đạo Chi cục Thủy sản quản lý tàu cá.
3. UBND CÁC XÃ, PHƯỜNG VEN BIỂN:
a) Rà soát nơi neo đậu tránh trú an toàn cho tàu thuyền.
"""


def test_bodies_named_in_capitals_head_their_work_and_divide_no_parts():
    """A letter's items naming bodies in capitals: a name in capitals labels its work in lower case ("1. ĐÀI … TỈNH:
    theo dõi …"), a body over lettered items is a section of the list, not a part of the plan ("2. SỞ … :"), a short
    name keeps its capitals ("UBND CÁC XÃ")."""
    tasks = extract_text(CAPITALISED_BODIES).tasks
    assert [(t.lead, t.text[:20]) for t in tasks] == [
        (["Đài Khí tượng thủy văn tỉnh"], "theo dõi chặt chẽ di"),
        (["Sở Nông nghiệp và Môi trường"], "Chỉ đạo Chi cục Thủy"),
        (["Ủy ban nhân dân các xã, phường ven biển"], "Rà soát nơi neo đậu ")]


def test_topic_headings_in_capitals_opening_on_a_heads_word_still_divide_the_plan():
    """ "1. PHÒNG CHÁY, CHỮA CHÁY RỪNG:" names a topic (to prevent fires), not the body "Phòng Cháy": its items stay."""
    text = ("UBND HUYỆN TÂN PHÚ\nSố: 40/KH-UBND\nKẾ HOẠCH\nBảo vệ rừng năm 2027\n1. PHÒNG CHÁY, CHỮA CHÁY RỪNG:\n"
            "a) Hạt Kiểm lâm huyện tổ chức tuần tra các khu rừng trọng điểm trong mùa khô.\n"
            "b) Ủy ban nhân dân các xã kiện toàn tổ đội xung kích trước ngày 30/3/2027.\n"
            "2. PHÒNG NGỪA VÀ XỬ LÝ VI PHẠM LÂM LUẬT:\na) Công an huyện điều tra, xử lý các vụ phá rừng.\n"
            "3. TUYÊN TRUYỀN, GIÁO DỤC:\na) Trung tâm Văn hóa huyện tuyên truyền trên loa truyền thanh.\n")
    assert len(extract_text(text).tasks) == 4


def test_a_party_committee_that_leads_another_body_leads_the_items_it_hands_over():
    # "1. Đảng ủy Ủy ban nhân dân tỉnh" / "- Lãnh đạo Ủy ban nhân dân tỉnh …; lãnh đạo, chỉ đạo thực hiện các nhiệm vụ
    # tại khoản 2 mục I": the Party's committee leads the items handed over, the body it leads does not; since 2025
    # one committee leads the front and the mass organisations, its name a series of two
    text = """TỈNH ỦY BẮC LAM
Số: 31-CTr/TU
CHƯƠNG TRÌNH HÀNH ĐỘNG
Thực hiện Nghị quyết về chăm sóc sức khỏe nhân dân
I. NHIỆM VỤ, GIẢI PHÁP
1. Nâng cao nhận thức của cán bộ, đảng viên về y tế dự phòng.
2. Kiện toàn mạng lưới y tế cơ sở, bảo đảm đủ nhân lực cho trạm y tế xã.
II. TỔ CHỨC THỰC HIỆN
1. Đảng ủy Ủy ban nhân dân tỉnh
- Lãnh đạo Ủy ban nhân dân tỉnh ban hành kế hoạch thực hiện Chương trình; lãnh đạo, chỉ đạo thực hiện các nhiệm vụ tại khoản 2 mục I.
2. Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh lãnh đạo các tổ chức chính trị - xã hội tuyên truyền, vận động nhân dân.
"""
    leads = {task.text.split(",")[0]: task.lead for task in extract_text(text).tasks}
    assert leads["Kiện toàn mạng lưới y tế cơ sở"] == ["Đảng ủy Ủy ban nhân dân tỉnh"]
    assert leads["Đảng ủy Mặt trận Tổ quốc"] == ["Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh"]


def test_the_front_and_the_mass_organisations_as_bodies_of_their_own_are_no_one_committee():
    # "Đảng ủy Mặt trận Tổ quốc tỉnh, các đoàn thể chính trị - xã hội tỉnh": the front's committee and the mass
    # organisations, two; "…, các đoàn thể Trung ương" the one committee of the central level
    text = """TỈNH ỦY BẮC LAM
Số: 12-KH/TU
KẾ HOẠCH
Tuyên truyền kỷ niệm các ngày lễ lớn năm 2027
I. NHIỆM VỤ
1. Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì, phối hợp với Đảng ủy Mặt trận Tổ quốc tỉnh, các đoàn thể chính trị - xã hội tỉnh tổ chức tuyên truyền, hoàn thành trong quý II/2027.
2. Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương hướng dẫn tổ chức hội nghị, hoàn thành trong quý III/2027.
"""
    first, second = extract_text(text).tasks
    assert (first.coordinators, first.coordinators_collective) == (["Đảng ủy Mặt trận Tổ quốc tỉnh"], True)
    assert second.lead == ["Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương"]


def test_a_partner_inside_the_works_object_is_none_of_the_fields_task():
    # "Kiểm tra việc Công an xã phối hợp với Ban Chỉ huy Quân sự xã …": the inspected bodies' partnership, not the
    # partner of the office the field names
    text = """ỦY BAN NHÂN DÂN XÃ TÂN PHÚ
Số: 12/KH-UBND
KẾ HOẠCH
Bảo đảm an ninh trật tự năm 2027
I. NHIỆM VỤ
1. Kiểm tra, đánh giá việc Công an xã phối hợp với Ban Chỉ huy Quân sự xã tuần tra vũ trang trên địa bàn
Chủ trì: Văn phòng HĐND và UBND xã
Thời gian: Quý III/2027
2. Rà soát các điểm phức tạp về an ninh trật tự; phối hợp với Công an xã lập phương án xử lý
Chủ trì: Ban Chỉ huy Quân sự xã
Thời gian: Quý II/2027
"""
    first, second = extract_text(text).tasks
    assert (first.coordinators, second.coordinators) == ([], ["Công an xã"])


def test_a_task_table_whose_rows_name_the_plans_items_gives_them_their_bodies_and_times():
    # "| 1 | Khoản 1, Mục III | Sở X | … |": the row names the item whose work it hands out, no work of its own
    plan = extract_text(
        "ỦY BAN NHÂN DÂN TỈNH TÂN AN\nSố: 21/KH-UBND\nTân An, ngày 22 tháng 01 năm 2027\nKẾ HOẠCH\n"
        "Phát triển nhà ở xã hội năm 2027\nI. MỤC ĐÍCH\nBảo đảm chỗ ở cho người thu nhập thấp.\n"
        "II. CHỈ TIÊU\nHoàn thành 1.500 căn hộ nhà ở xã hội.\nIII. NHIỆM VỤ, GIẢI PHÁP\n"
        "1. Rà soát quỹ đất 20% trong các dự án nhà ở thương mại.\n2. Rút ngắn thời gian thẩm định hồ sơ dự án.\n"
        "IV. TỔ CHỨC THỰC HIỆN\nCác cơ quan thực hiện nhiệm vụ theo Phụ lục kèm theo./.\n"
        "PHỤ LỤC\nPHÂN CÔNG THỰC HIỆN NHIỆM VỤ\n"
        "| TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời hạn hoàn thành |\n|---|---|---|---|---|\n"
        "| 1 | Khoản 1, Mục III | Sở Xây dựng | Sở Nông nghiệp và Môi trường | Quý II/2027 |\n"
        "| 2 | Khoản 2, Mục III | Sở Tài chính | Sở Xây dựng | Trước ngày 30/9/2027 |\n")
    assert [(task.id, task.lead, task.coordinators, task.deadline) for task in plan.tasks] == [
        ("III.1", ["Sở Xây dựng"], ["Sở Nông nghiệp và Môi trường"], "2027-06-30"),
        ("III.2", ["Sở Tài chính"], ["Sở Xây dựng"], "2027-09-30")]


def test_a_templates_field_blocks_left_empty_keep_each_item_its_own_fields():
    # the time field closing an item is that item's, no heading of the items after it, though a field above it is
    # empty (a template's prompt left in it)
    text = ("ỦY BAN NHÂN DÂN TỈNH TÂN AN\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 16/HD-SGDĐT\nTân An, ngày 20 tháng 8 năm 2027\n"
            "HƯỚNG DẪN\nThực hiện nhiệm vụ giáo dục thể chất năm học 2027 - 2028\nII. NHIỆM VỤ CỤ THỂ\n"
            "1.\tDạy học môn Giáo dục thể chất\nNội dung: Xây dựng kế hoạch dạy học phù hợp với điều kiện sân bãi.\n"
            "Đơn vị chủ trì: Phòng Giáo dục phổ thông\nĐơn vị phối hợp: Click or tap here to enter text.\n"
            "Thời gian hoàn thành: Tháng 9/2027\n\n"
            "2.\tHoạt động thể thao ngoại khóa\nNội dung: Hướng dẫn các trường thành lập câu lạc bộ thể thao.\n"
            "Đơn vị chủ trì: Phòng Giáo dục thường xuyên\nĐơn vị phối hợp: Tỉnh đoàn Tân An\n"
            "Thời gian hoàn thành: Click or tap to enter a date.\n\n"
            "III. TỔ CHỨC THỰC HIỆN\nCác đơn vị triển khai thực hiện nghiêm túc Hướng dẫn này./.\n")
    plan = extract_text(text)
    assert [(task.text, task.lead, task.coordinators, task.deadline) for task in plan.tasks] == [
        ("Xây dựng kế hoạch dạy học phù hợp với điều kiện sân bãi.", ["Phòng Giáo dục phổ thông"], [], "2027-09-30"),
        ("Hướng dẫn các trường thành lập câu lạc bộ thể thao.", ["Phòng Giáo dục thường xuyên"], ["Tỉnh đoàn Tân An"],
         None)]


SCHOOL_PLAN = ("SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH TÂN AN\nTRƯỜNG THPT NGUYỄN TRÃI\nSố: 45/KH-THPTNT\n"
               "Tân An, ngày 01 tháng 3 năm 2027\nKẾ HOẠCH\nTổ chức Hội khỏe Phù Đổng cấp trường năm 2027\n"
               "III. NỘI DUNG VÀ PHÂN CÔNG NHIỆM VỤ\n1. Ngày chạy Olympic\n"
               "Đoàn trường phân công đoàn viên giữ trật tự trên tuyến chạy.\n"
               "2. Hội khỏe Phù Đổng cấp trường\na) Thời gian: từ ngày 29/3 đến ngày 09/4/2027.\nb) Phân công thực hiện:\n"
               "- Ban Giám hiệu ban hành Điều lệ Hội khỏe trước ngày 15/3/2027.\n"
               "- Tổ Giáo dục thể chất hướng dẫn chuyên môn, làm trọng tài các môn thi đấu.\n"
               "- Bộ phận Kế toán lập dự toán kinh phí, trình Hiệu trưởng phê duyệt.\n"
               "IV. TỔ CHỨC THỰC HIỆN\nCác tổ, bộ phận nghiêm túc thực hiện Kế hoạch này./.\n")


def test_a_field_naming_who_does_the_work_left_empty_over_assignments_is_their_lead_in():
    plan = extract_text(SCHOOL_PLAN)
    assigned = [task for task in plan.tasks if task.id.startswith("III.2")]
    assert [task.text.split(" ")[0] for task in assigned] == ["Ban", "Tổ", "Bộ"]
    assert assigned[1].lead == ["Tổ Giáo dục thể chất"]
