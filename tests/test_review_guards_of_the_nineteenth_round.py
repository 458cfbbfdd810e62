"""Readings a review of this round's change showed misfiring, each on a plan of its own: a decision's issued plan no
second copy of it, an appendix row naming an item and no lead, the front's boards, a dash's empty field, closing
paragraphs with work of their own, an inspection's "theo dõi, kiểm tra", a sign-off in any case, a source line's
issuer and title."""
import vnplan

F1 = "ỦY BAN NHÂN DÂN TỈNH TÂN AN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 123/QĐ-UBND\nTân An, ngày 10 tháng 3 năm 2027\nQUYẾT ĐỊNH\nBan hành Kế hoạch phòng chống thiên tai năm 2027\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch phòng chống thiên tai năm 2027.\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký./.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn An\n\nỦY BAN NHÂN DÂN TỈNH TÂN AN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nKẾ HOẠCH\nPhòng chống thiên tai năm 2027\n(Ban hành kèm theo Quyết định Số 123/QĐ-UBND ngày 10/3/2027 của Ủy ban nhân dân tỉnh)\nI. NHIỆM VỤ\n1. Sở Nông nghiệp và Môi trường rà soát phương án ứng phó bão lũ.\n2. Ủy ban nhân dân các xã tổ chức diễn tập phòng chống thiên tai.\n"
F2 = "ỦY BAN NHÂN DÂN TỈNH TÂN AN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 45/KH-UBND\nTân An, ngày 10 tháng 3 năm 2027\nKẾ HOẠCH\nChuyển đổi số năm 2027\nI. NHIỆM VỤ, GIẢI PHÁP\n1. Phát triển hạ tầng số\nSở Khoa học và Công nghệ chủ trì xây dựng hạ tầng băng rộng đến các xã.\nII. TỔ CHỨC THỰC HIỆN\n| STT | Nhiệm vụ | Chủ trì | Phối hợp | Thời gian |\n|---|---|---|---|---|\n| 1 | Khoản 1 Mục I | | Sở Nội vụ | Quý II/2027 |\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn An\n"
F3 = "ỦY BAN MTTQ VIỆT NAM\nTỈNH TÂN AN\nBAN THƯỜNG TRỰC\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 12/KH-MTTQ-BTT\nTân An, ngày 10 tháng 3 năm 2027\nKẾ HOẠCH\nTổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2027\nI. NỘI DUNG\n1. Ban Thường trực chủ trì xây dựng hướng dẫn tổ chức Ngày hội.\n2. Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam các xã hướng dẫn Ban Công tác Mặt trận tổ chức Ngày hội.\nTM. BAN THƯỜNG TRỰC\nCHỦ TỊCH\nTrần Văn Bình\n"
F3B = "HỘI NÔNG DÂN TỈNH TÂN AN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 20-KH/HNDT\nTân An, ngày 10 tháng 3 năm 2027\nKẾ HOẠCH\nPhong trào nông dân sản xuất, kinh doanh giỏi năm 2027\nI. NHIỆM VỤ\n1. Ban Thường vụ chỉ đạo xây dựng mô hình kinh tế tập thể.\n2. Hội Nông dân các xã tổ chức bình xét hộ sản xuất giỏi.\nT/M BAN THƯỜNG VỤ\nCHỦ TỊCH\nTrần Văn Bình\n"
F4 = "ỦY BAN NHÂN DÂN TỈNH TÂN AN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 45/KH-UBND\nTân An, ngày 10 tháng 3 năm 2027\nKẾ HOẠCH\nTuyên truyền, phổ biến pháp luật năm 2027\nI. NỘI DUNG\n1. Tổ chức Hội thi tìm hiểu pháp luật về đất đai\n- Thời gian thực hiện: Tháng 6/2027.\n- Đơn vị thực hiện:\n+ Sở Tư pháp chủ trì xây dựng thể lệ, đề thi.\n+ Sở Nội vụ bố trí kinh phí khen thưởng.\n2. Biên soạn tài liệu tuyên truyền\n- Đơn vị chủ trì: Sở Nông nghiệp và Môi trường.\n- Thời gian: Quý III/2027.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn An\n"
F5 = "ỦY BAN NHÂN DÂN TỈNH TÂN AN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 1234/UBND-KT\nV/v phòng chống hạn hán năm 2027\nTân An, ngày 10 tháng 3 năm 2027\nKính gửi: Các sở, ban, ngành; Ủy ban nhân dân các xã.\nThực hiện Công điện số 15/CĐ-TTg ngày 01/3/2027 của Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh có ý kiến như sau:\n1. Giao Sở Nông nghiệp và Môi trường rà soát diện tích cây trồng có nguy cơ thiếu nước.\n2. Ủy ban nhân dân các xã chủ động bố trí nguồn nước sinh hoạt cho nhân dân.\nCác cơ quan, đơn vị, địa phương báo cáo kết quả thực hiện về Sở Nông nghiệp và Môi trường trước ngày 30/4/2027; đồng thời tổ chức nạo vét toàn bộ kênh mương nội đồng trước mùa khô.\nTrân trọng./.\nNơi nhận:\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn An\n"
F6 = "ỦY BAN NHÂN DÂN TỈNH TÂN AN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 05/CT-UBND\nTân An, ngày 10 tháng 3 năm 2027\nCHỈ THỊ\nVề bảo đảm an toàn thực phẩm dịp Tết Nguyên đán năm 2027\nĐể phòng ngừa ngộ độc thực phẩm, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:\n1. Sở Y tế chủ trì thành lập đoàn kiểm tra liên ngành về an toàn thực phẩm.\n2. Sở Công Thương kiểm tra các chợ, siêu thị trên địa bàn.\n3. Đội Quản lý thị trường số 3 theo dõi, kiểm tra; kịp thời báo cáo các vụ việc vi phạm về Sở Công Thương.\nYêu cầu Thủ trưởng các sở, ban, ngành nghiêm túc thực hiện Chỉ thị này./.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn An\n"
F7 = "ỦY BAN NHÂN DÂN TỈNH TÂN AN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 1234/UBND-KT\nV/v phòng chống hạn hán năm 2027\nTân An, ngày 10 tháng 3 năm 2027\nKính gửi: Các sở, ban, ngành; Ủy ban nhân dân các xã.\nThực hiện Công điện số 15/CĐ-TTg ngày 01/3/2027 của Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh có ý kiến như sau:\n1. Giao Sở Nông nghiệp và Môi trường rà soát diện tích cây trồng có nguy cơ thiếu nước.\n2. Ủy ban nhân dân các xã chủ động bố trí nguồn nước sinh hoạt cho nhân dân.\nCác cơ quan, đơn vị, địa phương báo cáo kết quả thực hiện về Sở Nông nghiệp và Môi trường trước ngày 30/4/2027.\nXin trân trọng cảm ơn!\nNơi nhận:\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn An\n"
F8 = "BẢN TIN PHÁT THANH PHƯỜNG BẾN THÀNH\nNguồn: Kế hoạch số 31/KH-UBND ngày 10/3/2027 của UBND TP. Hồ Chí Minh về triển khai chuyển đổi số năm 2027.\nI. NHIỆM VỤ\n1. Sở Khoa học và Công nghệ chủ trì xây dựng nền tảng số dùng chung.\n2. Ủy ban nhân dân các phường, xã hướng dẫn người dân sử dụng dịch vụ công trực tuyến.\n"
F8B = "BẢN TIN PHÁT THANH PHƯỜNG BẾN THÀNH\nNguồn: Kế hoạch số 31/KH-UBND ngày 10/3/2027 của Ủy ban nhân dân tỉnh Tân An về chuyển đổi số, phát triển kinh tế số năm 2027.\nI. NHIỆM VỤ\n1. Sở Khoa học và Công nghệ chủ trì xây dựng nền tảng số dùng chung.\n2. Ủy ban nhân dân các phường, xã hướng dẫn người dân sử dụng dịch vụ công trực tuyến.\n"


def _tasks(text):
    return [(task.id, task.lead, task.deadline) for task in vnplan.extract_text(text).tasks]


def test_the_plan_a_decision_issues_citing_its_number_is_no_second_copy_of_the_decision():
    assert [task[0] for task in _tasks(F1)] == ["I.1", "I.2"]


def test_a_row_naming_an_item_without_a_lead_keeps_the_items_own_lead():
    task = vnplan.extract_text(F2).tasks[0]
    assert (task.lead, task.coordinators, task.deadline) == (["Sở Khoa học và Công nghệ"], ["Sở Nội vụ"], "2027-06-30")


def test_the_board_of_every_communes_front_stays_a_class_and_a_board_signs_with_t_slash_m_too():
    assert _tasks(F3)[1][1] == ["Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam các xã"]
    assert _tasks(F3B)[0][1] == ["Hội Nông dân tỉnh Tân An"]


def test_a_dashs_empty_field_over_bodies_keeps_the_items_time():
    assert _tasks(F4)[0][2] == "2027-06-30"


def test_a_closing_paragraph_with_work_beyond_its_report_stays_a_task():
    assert any(task.text.startswith("Các cơ quan, đơn vị, địa phương báo cáo") for task in vnplan.extract_text(F5).tasks)


def test_monitoring_and_inspecting_is_an_entrys_own_work():
    assert [task[0] for task in _tasks(F6)] == ["1.1", "2.2", "3.3"]


def test_a_sign_off_in_any_case_closes_the_letter():
    assert [task[0] for task in _tasks(F7)] == ["1.1", "2.2"]


def test_a_source_lines_issuer_keeps_its_abbreviated_city_and_its_title_its_commas():
    document = vnplan.extract_text(F8).document
    assert (document.issuer, document.title) == ("Ủy ban nhân dân thành phố Hồ Chí Minh",
                                                 "Triển khai chuyển đổi số năm 2027")
    assert vnplan.extract_text(F8B).document.title == "Chuyển đổi số, phát triển kinh tế số năm 2027"
