"""Agency names read by their grammar: the span found and the one canonical name for each phrase.

The phrases are written in the style of provincial and central plans; none is copied from a real one.
"""
import pytest

from vnplan import extract_text
from vnplan.extract.actors import actors_of, bodies_named, names_of, names_only
from vnplan.extract.agencies import (defined_aliases, find_agencies, in_usual_case, is_collective_name, may_name_agency_at,
                                     name_alone, spelt_out_names)


def named(text, **kwargs):
    """(span as written, canonical name, collective) for every mention in `text`."""
    return [(text[m.start:m.end], m.name, m.collective) for m in find_agencies(text, **kwargs)]


# -- departments every province has: one official name whatever the text writes -------------------

@pytest.mark.parametrize("written,canonical", [
    ("Sở Văn hóa - Thể thao và Du lịch", "Sở Văn hóa, Thể thao và Du lịch"),
    ("Sở Văn hóa Thể thao và Du lịch", "Sở Văn hóa, Thể thao và Du lịch"),
    ("Sở VHTTDL", "Sở Văn hóa, Thể thao và Du lịch"),
    ("Sở Lao động, Thương binh và Xã hội", "Sở Lao động - Thương binh và Xã hội"),
    ("Sở LĐ-TB&XH", "Sở Lao động - Thương binh và Xã hội"),
    ("Sở Giao thông - Vận tải", "Sở Giao thông vận tải"),
    ("Sở Giao thông và Vận tải", "Sở Giao thông vận tải"),
    ("Sở Khoa học công nghệ", "Sở Khoa học và Công nghệ"),
    ("Sở Nông Nghiệp và Môi Trường", "Sở Nông nghiệp và Môi trường"),
    ("Sở NN&PTNT", "Sở Nông nghiệp và Phát triển nông thôn"),
    ("Sở Tài Chính", "Sở Tài chính"),
    ("Sở Công thương", "Sở Công Thương"),
    ("Sở GD&ĐT", "Sở Giáo dục và Đào tạo"),
    ("Sở Dân tộc và Tôn giáo", "Sở Dân tộc và Tôn giáo"),
])
def test_a_department_takes_its_official_name(written, canonical):
    text = f"{written} chủ trì, tham mưu Ủy ban nhân dân tỉnh Lào Cai"
    assert named(text)[0] == (written, canonical, False)


def test_the_province_after_a_department_is_in_the_span_not_in_the_name():
    assert named("Sở Y tế tỉnh Cà Mau phối hợp") == [("Sở Y tế tỉnh Cà Mau", "Sở Y tế", False)]


# -- ministries and central bodies: whole names, commas included -------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Bộ Văn hóa, Thể thao và Du lịch hướng dẫn", [("Bộ Văn hóa, Thể thao và Du lịch", "Bộ Văn hóa, Thể thao và Du lịch")]),
    ("Bộ Lao động - Thương binh và Xã hội chủ trì", [("Bộ Lao động - Thương binh và Xã hội", "Bộ Lao động - Thương binh và Xã hội")]),
    ("Bộ NN và MT tổng hợp", [("Bộ NN và MT", "Bộ Nông nghiệp và Môi trường")]),
    ("Bộ Quốc phòng, Bộ Ngoại giao phối hợp", [("Bộ Quốc phòng", "Bộ Quốc phòng"), ("Bộ Ngoại giao", "Bộ Ngoại giao")]),
    ("Thông tấn xã Việt Nam, Đài Tiếng nói Việt Nam đưa tin",
     [("Thông tấn xã Việt Nam", "Thông tấn xã Việt Nam"), ("Đài Tiếng nói Việt Nam", "Đài Tiếng nói Việt Nam")]),
    ("Văn phòng Chính phủ theo dõi", [("Văn phòng Chính phủ", "Văn phòng Chính phủ")]),
    ("Bộ Tổng Tham mưu hướng dẫn", [("Bộ Tổng Tham mưu", "Bộ Tổng Tham mưu")]),  # its last word a verb's
    ("phối hợp với Cơ quan Thú y vùng III", [("Cơ quan Thú y vùng III", "Cơ quan Thú y vùng III")]),
    ("Đoàn ĐBQH tỉnh Hà Tĩnh giám sát", [("Đoàn ĐBQH tỉnh Hà Tĩnh", "Đoàn đại biểu Quốc hội tỉnh Hà Tĩnh")]),
    ("Ủy ban Pháp luật và Tư pháp của Quốc hội thẩm tra",
     [("Ủy ban Pháp luật và Tư pháp của Quốc hội", "Ủy ban Pháp luật và Tư pháp của Quốc hội")]),
    ("Ban Chỉ đạo Trung ương các Chương trình mục tiêu quốc gia theo dõi",
     [("Ban Chỉ đạo Trung ương các Chương trình mục tiêu quốc gia",
       "Ban Chỉ đạo Trung ương các Chương trình mục tiêu quốc gia")]),
    # a body named by its mission in plain words, to the verb after it
    ("Văn phòng Ban chỉ đạo ứng phó sự cố môi trường quốc gia theo dõi sát",
     [("Văn phòng Ban chỉ đạo ứng phó sự cố môi trường quốc gia",
       "Văn phòng Ban Chỉ đạo ứng phó sự cố môi trường quốc gia")]),
    ("Ban Chỉ huy ứng phó sự cố tràn dầu tỉnh kiểm tra",
     [("Ban Chỉ huy ứng phó sự cố tràn dầu tỉnh", "Ban Chỉ huy ứng phó sự cố tràn dầu tỉnh")]),
])
def test_ministries_and_central_bodies(text, expected):
    assert [(span, name) for span, name, collective in named(text) if not collective] == expected


# -- provincial bodies by head and modifiers ---------------------------------------------------------

@pytest.mark.parametrize("text,span,canonical", [
    ("Viện Kiểm sát nhân dân tỉnh phối hợp", "Viện Kiểm sát nhân dân tỉnh", "Viện Kiểm sát nhân dân tỉnh"),
    ("Tòa án nhân dân tỉnh Nghệ An xét xử", "Tòa án nhân dân tỉnh Nghệ An", "Tòa án nhân dân tỉnh Nghệ An"),
    ("Chi cục Hải quan khu vực VIII chủ trì", "Chi cục Hải quan khu vực VIII", "Chi cục Hải quan khu vực VIII"),
    ("Bộ Chỉ huy Quân sự tỉnh chủ trì", "Bộ Chỉ huy Quân sự tỉnh", "Bộ Chỉ huy Quân sự tỉnh"),
    ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh tuần tra", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh",
     "Bộ Chỉ huy Bộ đội Biên phòng tỉnh"),
    # the border guard named as the province's body it is, without its command's head
    ("Bộ đội Biên phòng tỉnh Bắc Lam tuần tra", "Bộ đội Biên phòng tỉnh Bắc Lam",
     "Bộ đội Biên phòng tỉnh Bắc Lam"),
    ("Bộ Tư lệnh Vùng Cảnh sát biển 1 phối hợp", "Bộ Tư lệnh Vùng Cảnh sát biển 1", "Bộ Tư lệnh Vùng Cảnh sát biển 1"),
    ("Công an tỉnh chủ trì", "Công an tỉnh", "Công an tỉnh"),
    ("UBND huyện Tiên Yên tổ chức", "UBND huyện Tiên Yên", "Ủy ban nhân dân huyện Tiên Yên"),
    ("Văn phòng UBND tỉnh tổng hợp", "Văn phòng UBND tỉnh", "Văn phòng Ủy ban nhân dân tỉnh"),
    ("HĐND tỉnh giám sát", "HĐND tỉnh", "Hội đồng nhân dân tỉnh"),
    ("Ban Quản lý các khu kinh tế, công nghiệp tỉnh chủ trì", "Ban Quản lý các khu kinh tế, công nghiệp tỉnh",
     "Ban Quản lý Khu kinh tế, công nghiệp tỉnh"),
    ("BQL KKT tỉnh hướng dẫn", "BQL KKT tỉnh", "Ban Quản lý Khu kinh tế tỉnh"),
    ("Ban Quản lý dự án Đầu tư xây dựng công trình giao thông tỉnh lập hồ sơ",
     "Ban Quản lý dự án Đầu tư xây dựng công trình giao thông tỉnh",
     "Ban Quản lý dự án Đầu tư xây dựng công trình giao thông tỉnh"),
    ("Ngân hàng nhà nước - chi nhánh tỉnh Bình Định chỉ đạo", "Ngân hàng nhà nước - chi nhánh tỉnh Bình Định",
     "Ngân hàng Nhà nước - Chi nhánh tỉnh Bình Định"),
    # (the branch written as the text writes it, with its dash or without)
    ("Ngân hàng Nhà nước Việt Nam Chi nhánh Khu vực 5 theo dõi", "Ngân hàng Nhà nước Việt Nam Chi nhánh Khu vực 5",
     "Ngân hàng Nhà nước Việt Nam Chi nhánh Khu vực 5"),
    ("Kho bạc Nhà nước khu vực XI kiểm soát chi", "Kho bạc Nhà nước khu vực XI", "Kho bạc Nhà nước khu vực XI"),
    ("Bảo hiểm xã hội tỉnh thực hiện", "Bảo hiểm xã hội tỉnh", "Bảo hiểm xã hội tỉnh"),
    ("Thuế tỉnh Quảng Ngãi hướng dẫn", "Thuế tỉnh Quảng Ngãi", "Thuế tỉnh Quảng Ngãi"),
    ("Liên đoàn Lao động tỉnh vận động", "Liên đoàn Lao động tỉnh", "Liên đoàn Lao động tỉnh"),
    ("Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Phú Thọ phát động",
     "Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Phú Thọ", "Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Phú Thọ"),
    ("Ủy ban MTTQVN tỉnh giám sát", "Ủy ban MTTQVN tỉnh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"),
    ("Báo và Phát thanh, Truyền hình Gia Lai đăng tải", "Báo và Phát thanh, Truyền hình Gia Lai",
     "Báo và Phát thanh, Truyền hình Gia Lai"),
    ("Đài Phát thanh và Truyền hình tỉnh xây dựng chuyên mục", "Đài Phát thanh và Truyền hình tỉnh",
     "Đài Phát thanh và Truyền hình tỉnh"),
    ("Trung tâm Phục vụ hành chính công tỉnh tiếp nhận", "Trung tâm Phục vụ hành chính công tỉnh",
     "Trung tâm Phục vụ hành chính công tỉnh"),
    ("Trung tâm Dịch vụ việc làm tỉnh kết nối", "Trung tâm Dịch vụ việc làm tỉnh", "Trung tâm Dịch vụ việc làm tỉnh"),
    ("Viện Nghiên cứu phát triển kinh tế - xã hội tỉnh Đà Nẵng",
     "Viện Nghiên cứu phát triển kinh tế - xã hội tỉnh Đà Nẵng",
     "Viện Nghiên cứu phát triển kinh tế - xã hội tỉnh Đà Nẵng"),
    ("Trường Đại học Vinh trở thành trường trọng điểm", "Trường Đại học Vinh", "Trường Đại học Vinh"),
    ("Chi nhánh Ngân hàng Chính sách xã hội tỉnh cho vay", "Chi nhánh Ngân hàng Chính sách xã hội tỉnh",
     "Chi nhánh Ngân hàng Chính sách xã hội tỉnh"),
    ("Ban Thường vụ Tỉnh ủy lãnh đạo", "Ban Thường vụ Tỉnh ủy", "Ban Thường vụ Tỉnh ủy"),
    ("UBND TP Hải Phòng chỉ đạo", "UBND TP Hải Phòng", "Ủy ban nhân dân Thành phố Hải Phòng"),
    ("Bảo hiểm xã hội tỉnh Hà Nam số 58/BHXH-TCKT", "Bảo hiểm xã hội tỉnh Hà Nam", "Bảo hiểm xã hội tỉnh Hà Nam"),
    ("Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu phối hợp", "Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu",
     "Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu"),
    ("Công an quận 3 bảo đảm an ninh", "Công an quận 3", "Công an quận 3"),
    ("Tòa án nhân dân tối cao hướng dẫn", "Tòa án nhân dân tối cao", "Tòa án nhân dân tối cao"),
    ("Kiểm toán Nhà nước khu vực IV kiểm toán", "Kiểm toán Nhà nước khu vực IV", "Kiểm toán Nhà nước khu vực IV"),
    ("Phòng Giáo dục và Đào tạo huyện Mường Tè chủ trì", "Phòng Giáo dục và Đào tạo huyện Mường Tè",
     "Phòng Giáo dục và Đào tạo huyện Mường Tè"),
    ("Đội Quản lý thị trường số 4 kiểm tra", "Đội Quản lý thị trường số 4", "Đội Quản lý thị trường số 4"),
    ("Vụ Pháp chế, Bộ Nội vụ thẩm định", "Vụ Pháp chế", "Vụ Pháp chế"),
    ("Cục Thuế nhận hồ sơ", "Cục Thuế", "Cục Thuế"),
    ("Ban Chỉ huy Phòng thủ dân sự tỉnh diễn tập", "Ban Chỉ huy Phòng thủ dân sự tỉnh",
     "Ban Chỉ huy Phòng thủ dân sự tỉnh"),
    ("Hiệp hội du lịch tỉnh quảng bá", "Hiệp hội du lịch tỉnh", "Hiệp hội Du lịch tỉnh"),
    ("Ban Quản lý các Khu công nghiệp khu kinh tế thu hút đầu tư", "Ban Quản lý các Khu công nghiệp khu kinh tế",
     "Ban Quản lý các Khu công nghiệp, khu kinh tế"),
    ("Ban Chỉ đạo các Chương trình mục tiêu quốc gia tỉnh chỉ đạo",
     "Ban Chỉ đạo các Chương trình mục tiêu quốc gia tỉnh", "Ban Chỉ đạo các Chương trình mục tiêu quốc gia tỉnh"),
    ("báo cáo Ủy ban nhân dân Tỉnh kết quả thực hiện", "Ủy ban nhân dân Tỉnh", "Ủy ban nhân dân Tỉnh"),
    ("Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Ban Tuyên giáo và Dân vận Tỉnh ủy"),
    ("Ban Quản lý các khu chế xuất và công nghiệp Bình Minh hướng dẫn",
     "Ban Quản lý các khu chế xuất và công nghiệp Bình Minh", "Ban Quản lý các Khu chế xuất và công nghiệp Bình Minh"),
    # after a proper name of two capitalised syllables the sentence goes on, whatever its verb
    ("Đài Truyền hình Bình Minh tăng thời lượng đưa tin", "Đài Truyền hình Bình Minh", "Đài Truyền hình Bình Minh"),
    ("Cục Biến đổi khí hậu chủ trì", "Cục Biến đổi khí hậu", "Cục Biến đổi khí hậu"),
    ("Ngân hàng Nhà nước Bình Minh nghiên cứu chính sách tín dụng", "Ngân hàng Nhà nước Bình Minh",
     "Ngân hàng Nhà nước Bình Minh"),
    ("Viện Nghiên cứu phát triển kinh tế chủ trì", "Viện Nghiên cứu phát triển kinh tế", "Viện Nghiên cứu phát triển kinh tế"),
    # a role verb in capitals after "và" opens the name's next part; a field that only begins the name is not its name
    ("Trung tâm Xúc tiến thương mại và Hỗ trợ doanh nghiệp thực hiện", "Trung tâm Xúc tiến thương mại và Hỗ trợ doanh nghiệp",
     "Trung tâm Xúc tiến thương mại và Hỗ trợ doanh nghiệp"),
    ("Vụ Khoa học công nghệ và Môi trường thẩm định", "Vụ Khoa học công nghệ và Môi trường",
     "Vụ Khoa học công nghệ và Môi trường"),
    ("Ban Tuyên giáo và Dân vận Trung ương xây dựng chương trình bồi dưỡng", "Ban Tuyên giáo và Dân vận Trung ương",
     "Ban Tuyên giáo và Dân vận Trung ương"),
    ("Chi nhánh Văn phòng đăng ký đất đai khu vực Bắc Sơn cập nhật", "Chi nhánh Văn phòng đăng ký đất đai khu vực Bắc Sơn",
     "Chi nhánh Văn phòng đăng ký đất đai khu vực Bắc Sơn"),
    # lower-case words no list knows, closed by a proper name or the central level
    ("Viện Sốt rét ký sinh trùng Trung ương, Viện Pasteur", "Viện Sốt rét ký sinh trùng Trung ương",
     "Viện Sốt rét ký sinh trùng Trung ương"),
    ("Viện Vệ sinh môi trường Bắc Bộ chủ trì", "Viện Vệ sinh môi trường Bắc Bộ", "Viện Vệ sinh môi trường Bắc Bộ"),
    ("Đài Thông tin duyên hải Bình Minh duy trì liên lạc", "Đài Thông tin duyên hải Bình Minh",
     "Đài Thông tin duyên hải Bình Minh"),
    # a field closed by a capital after "và" keeps the text's punctuation: no comma where none is written
    ("Trung tâm Dịch vụ hỗ trợ và Xúc tiến thương mại thực hiện", "Trung tâm Dịch vụ hỗ trợ và Xúc tiến thương mại",
     "Trung tâm Dịch vụ hỗ trợ và Xúc tiến thương mại"),
    # a body named by its mission, its topic after "về" closed by its locality
    ("Ban Chỉ đạo liên ngành về vệ sinh môi trường tỉnh Bắc Lam chỉ đạo",
     "Ban Chỉ đạo liên ngành về vệ sinh môi trường tỉnh Bắc Lam",
     "Ban Chỉ đạo liên ngành về vệ sinh môi trường tỉnh Bắc Lam"),
])
def test_a_body_is_read_whole_up_to_its_stop(text, span, canonical):
    assert named(text)[0] == (span, canonical, False)


def test_a_conjunction_before_another_head_joins_two_bodies():
    assert named("Sở Y tế và Bảo hiểm xã hội tỉnh Sơn La phối hợp") == [
        ("Sở Y tế", "Sở Y tế", False), ("Bảo hiểm xã hội tỉnh Sơn La", "Bảo hiểm xã hội tỉnh Sơn La", False)]


def test_the_name_of_a_document_is_not_part_of_a_body():
    text = "Thủ tướng Chính phủ và Quyết định số 12/QĐ-TTg; Đại học Quốc gia Hà Nội xây dựng Đề án"
    assert [name for _, name, _ in named(text)] == ["Thủ tướng Chính phủ", "Đại học Quốc gia Hà Nội"]


@pytest.mark.parametrize("text,span", [
    ("7. Bộ Chỉ huy Quân sự tỉnh Chủ trì, phối hợp triển khai", "Bộ Chỉ huy Quân sự tỉnh"),
    ("Viện Nghiên cứu phát triển tỉnh Phối hợp với các sở", "Viện Nghiên cứu phát triển tỉnh"),
    ("Ban Tổ chức Tỉnh ủy Chỉ đạo các đơn vị", "Ban Tổ chức Tỉnh ủy"),
    ("Cục Quản lý thị trường tỉnh kiểm tra", "Cục Quản lý thị trường tỉnh"),
])
def test_a_role_verb_in_capitals_ends_a_name_but_opens_none(text, span):
    assert named(text)[0][0] == span


def test_table_cells_run_together_do_not_merge_two_bodies():
    text = "Trung tâm Chuyển đổi số tỉnh Sở Tài chính Công an tỉnh Các sở, ngành"
    assert [name for _, name, collective in named(text) if not collective] == [
        "Trung tâm Chuyển đổi số tỉnh", "Sở Tài chính", "Công an tỉnh"]


# -- lists that name several bodies by their fields ----------------------------------------------------

@pytest.mark.parametrize("text,names", [
    ("Các Sở: Y tế, Giáo dục và Đào tạo, Nội vụ thực hiện",
     ["Sở Y tế", "Sở Giáo dục và Đào tạo", "Sở Nội vụ"]),
    ("Giao các Sở Tài chính, Xây dựng và Công Thương theo dõi", ["Sở Tài chính", "Sở Xây dựng", "Sở Công Thương"]),
    ("các Bộ: Quốc phòng, Công an, Ngoại giao phối hợp", ["Bộ Quốc phòng", "Bộ Công an", "Bộ Ngoại giao"]),
    ("các Sở Y tế, Công an tỉnh phối hợp", ["Sở Y tế", "Công an tỉnh"]),
    ("các Sở Tài chính, xây dựng cơ sở dữ liệu", ["Sở Tài chính"]),
    # any head opens such a list with its colon, each name read as if the head stood before it
    ("Các Cục: Quản lý đầu tư và Phát triển đô thị, Hàng không Việt Nam: chỉ đạo",
     ["Cục Quản lý đầu tư và Phát triển đô thị", "Cục Hàng không Việt Nam"]),
    ("Các Vụ: Kế hoạch - Tài chính, Pháp chế chủ trì", ["Vụ Kế hoạch - Tài chính", "Vụ Pháp chế"]),
])
def test_a_list_after_cac_so_or_cac_bo_names_each_body(text, names):
    assert [name for _, name, collective in named(text) if not collective] == names
    assert not any(collective for *_, collective in named(text))


def test_a_list_without_colon_reads_as_one_run_of_names():
    from vnplan.extract.tasks import actors_of

    actors = actors_of("Sở Y tế chủ trì, phối hợp với các Sở Tài chính, Nội vụ và các cơ quan liên quan")
    assert [m.name for m in actors.coordinators] == ["Sở Tài chính", "Sở Nội vụ"] and actors.collective


def test_the_bodies_a_head_lists_after_its_colon_lead_the_work():
    from vnplan.extract.tasks import actors_of

    actors = actors_of("Các Trung tâm: Kiểm soát bệnh tật, Pháp y: rà soát trang thiết bị trước mùa mưa bão")
    assert [m.name for m in actors.leads] == ["Trung tâm Kiểm soát bệnh tật", "Trung tâm Pháp y"]


# -- office-holders and nationwide organisations ------------------------------------------------------

@pytest.mark.parametrize("text,span,canonical", [
    ("Giám đốc Sở Y tế chịu trách nhiệm", "Giám đốc Sở Y tế", "Sở Y tế"),
    ("Phó Giám đốc Sở Nội vụ kiểm tra", "Phó Giám đốc Sở Nội vụ", "Sở Nội vụ"),
    ("Bộ trưởng Bộ Công an chỉ đạo", "Bộ trưởng Bộ Công an", "Bộ Công an"),
    ("Chủ tịch UBND tỉnh Hà Giang quyết định", "Chủ tịch UBND tỉnh Hà Giang", "Ủy ban nhân dân tỉnh Hà Giang"),
    ("Chánh Văn phòng UBND tỉnh theo dõi", "Chánh Văn phòng UBND tỉnh", "Văn phòng Ủy ban nhân dân tỉnh"),
    ("Hội Nông dân các cấp tuyên truyền", "Hội Nông dân các cấp", "Hội Nông dân Việt Nam"),
    ("Hội Liên hiệp Phụ nữ các cấp vận động", "Hội Liên hiệp Phụ nữ các cấp", "Hội Liên hiệp Phụ nữ Việt Nam"),
    ("Hội Nông dân tỉnh hỗ trợ", "Hội Nông dân tỉnh", "Hội Nông dân tỉnh"),
])
def test_an_office_holder_or_all_levels_stand_for_one_body(text, span, canonical):
    assert named(text)[0] == (span, canonical, False)


def test_the_head_of_a_class_of_bodies_is_collective():
    [(span, name, collective)] = named("Chủ tịch UBND các huyện, thị xã tổ chức thực hiện")
    assert span == "Chủ tịch UBND các huyện, thị xã" and collective


def test_a_body_of_each_province_a_list_names_after_the_class_is_that_provinces():
    """ "Sở Xây dựng các tỉnh Thanh Hóa, Nghệ An, Hà Tĩnh": three departments; "Sở Công Thương các tỉnh, thành phố",
    no place named, is that department of every province."""
    assert [name for _, name, _ in named("Đề nghị Sở Xây dựng các tỉnh Thanh Hóa, Nghệ An, Hà Tĩnh: phối hợp")] == [
        "Sở Xây dựng tỉnh Thanh Hóa", "Sở Xây dựng tỉnh Nghệ An", "Sở Xây dựng tỉnh Hà Tĩnh"]
    assert named("Sở Công Thương các tỉnh, thành phố chỉ đạo") == [
        ("Sở Công Thương các tỉnh, thành phố", "Sở Công Thương các tỉnh, thành phố", True)]


# -- classes of bodies and collective phrases ----------------------------------------------------------

@pytest.mark.parametrize("text,span", [
    ("Ủy ban nhân dân các quận, huyện triển khai", "Ủy ban nhân dân các quận, huyện"),
    ("UBND các xã, phường, đặc khu thực hiện", "UBND các xã, phường, đặc khu"),
    ("UBND xã, phường chủ động", "UBND xã, phường"),
    ("Ủy ban nhân dân cấp xã rà soát", "Ủy ban nhân dân cấp xã"),
    ("Ban Chỉ đạo các huyện kiểm tra", "Ban Chỉ đạo các huyện"),
    ("Tổ công tác các cấp đôn đốc", "Tổ công tác các cấp"),
    ("Các sở, ban, ngành, địa phương triển khai", "Các sở, ban, ngành, địa phương"),
    ("các cơ quan, đơn vị liên quan thực hiện", "các cơ quan, đơn vị liên quan"),
    ("Thủ trưởng các sở, ban, ngành chịu trách nhiệm", "Thủ trưởng các sở, ban, ngành"),
    ("Các Sở, ngành trực thuộc Ủy ban nhân dân tỉnh triển khai", "Các Sở, ngành trực thuộc Ủy ban nhân dân tỉnh"),
    ("Cơ quan chủ trì giải quyết thủ tục đầu tư có trách nhiệm", "Cơ quan chủ trì giải quyết thủ tục đầu tư"),
    ("Cơ quan thanh tra khẩn trương ban hành kết luận thanh tra theo quy định", "Cơ quan thanh tra"),
    ("Đơn vị được giao chủ trì có trách nhiệm tổng hợp kết quả", "Đơn vị được giao chủ trì"),
    ("Đơn vị cung cấp dịch vụ đăng kiểm có trách nhiệm kê khai giá", "Đơn vị cung cấp dịch vụ đăng kiểm"),  # by role
    ("Doanh nghiệp cung cấp dịch vụ bưu chính có trách nhiệm", "Doanh nghiệp cung cấp dịch vụ bưu chính"),
    ("phối hợp với Thuế tỉnh, thành phố để rà soát", "Thuế tỉnh, thành phố"),
    ("Công an tỉnh, thành phố trực thuộc Trung ương kiểm tra", "Công an tỉnh, thành phố trực thuộc Trung ương"),
])
def test_collective_phrases(text, span):
    [(found, name, collective)] = named(text)
    assert (found, collective) == (span, True)
    assert is_collective_name(name) or name.startswith(("Cơ quan", "Đơn vị", "Doanh nghiệp"))


def test_a_body_of_a_level_then_a_named_city_stays_one_body():
    for text in ("Sở Y tế tỉnh, Thành phố Hà Nội phối hợp", "Sở Y tế tỉnh, thành phố Hà Nội phối hợp"):
        assert named(text)[0] == ("Sở Y tế tỉnh", "Sở Y tế", False)


def test_a_field_label_is_no_body_named_by_its_role():
    assert named("- Cơ quan chủ trì: Bộ Tư pháp.") == [("Bộ Tư pháp", "Bộ Tư pháp", False)]
    assert named("- Đơn vị được giao chủ trì: Sở Y tế.") == [("Sở Y tế", "Sở Y tế", False)]


def test_a_role_named_body_in_a_sentence_is_the_role_alone():
    text = "Trường hợp có vướng mắc, cơ quan chủ trì chuyển hồ sơ đến Sở Tư pháp"
    assert named(text.replace("cơ quan", "Cơ quan"))[0][0] == "Cơ quan chủ trì"


def test_a_small_word_at_the_end_of_a_collective_phrase_stays_outside_it():
    assert named("Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương trong việc này")[0][0] == (
        "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương")


def test_a_collective_phrase_stops_at_the_name_of_one_body():
    assert named("các sở, ngành, Ban Quản lý Khu kinh tế tỉnh phối hợp") == [
        ("các sở, ngành", "các sở, ngành", True),
        ("Ban Quản lý Khu kinh tế tỉnh", "Ban Quản lý Khu kinh tế tỉnh", False)]


# -- words that open like a head but name no body -------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Báo cáo kết quả thực hiện trước ngày 15/12",
    "Thanh tra, kiểm tra việc chấp hành pháp luật",
    "Thanh tra việc sử dụng đất đai",
    "Hội nghị sơ kết được tổ chức vào quý III",
    "Đoàn kết, thống nhất trong hệ thống chính trị",
    "Trường hợp cần thiết, tổ chức đối thoại",
    "Bộ tiêu chí xã nông thôn mới; Bộ luật Dân sự; Bộ phận một cửa",
    "Quỹ đất sạch được bố trí",
    "Trung tâm của vùng; trung tâm thương mại",
    "BAN HÀNH KẾ HOẠCH THỰC HIỆN",
    "tổ chức Đoàn của tỉnh đi học tập kinh nghiệm",
    "các tỉnh Trung Bộ và Tây Nguyên",
    "Phòng, chống tham nhũng, tiêu cực",
    "Phòng chống dịch bệnh cho gia súc",
    "Đội ngũ cán bộ, công chức",
    "Vụ việc phức tạp được giải quyết",
])
def test_words_that_open_like_a_head_name_no_body(text):
    assert [m for m in find_agencies(text) if not m.collective] == []


def test_a_collective_noun_inside_another_noun_is_no_actor():
    assert find_agencies("Tổ chức các hội nghị, hội thảo chuyên đề") == []
    assert named("phối hợp với các hội, đoàn thể")[0][1:] == ("các hội, đoàn thể", True)


# -- short names the plan defines -------------------------------------------------------------------------

PLAN = (
    "Thành lập Ban Chỉ đạo chuyển đổi số tỉnh Yên Bái (sau đây gọi tắt là Ban Chỉ đạo) do Chủ tịch "
    "UBND tỉnh làm Trưởng ban. Giao Trung tâm Công nghệ thông tin và Truyền thông tỉnh (gọi tắt là "
    "Trung tâm) làm đầu mối. Ban hành kèm theo Quyết định này Kế hoạch (sau đây gọi tắt là Kế hoạch) "
    "thực hiện Chương trình hành động số 15-CTr/TU của Tỉnh ủy (sau đây gọi tắt là Chương trình 15)."
)


def test_defined_aliases_are_collected_from_the_text():
    assert defined_aliases(PLAN) == {
        "Ban Chỉ đạo": "Ban Chỉ đạo chuyển đổi số tỉnh Yên Bái",
        "Trung tâm": "Trung tâm Công nghệ thông tin và Truyền thông tỉnh",
    }


def test_a_short_name_is_found_and_written_in_full():
    aliases = defined_aliases(PLAN)
    text = "Ban Chỉ đạo chủ trì, phối hợp với Trung tâm và Ban Chỉ đạo các huyện"
    assert named(text, aliases=aliases) == [
        ("Ban Chỉ đạo", "Ban Chỉ đạo chuyển đổi số tỉnh Yên Bái", False),
        ("Trung tâm", "Trung tâm Công nghệ thông tin và Truyền thông tỉnh", False),
        ("Ban Chỉ đạo các huyện", "Ban Chỉ đạo các huyện", True),
    ]
    assert [name for _, name, _ in named(text)] == ["Ban Chỉ đạo các huyện"]  # without them, heads alone


def test_aliases_may_be_given_as_pairs_for_a_cache_key():
    pairs = tuple(sorted(defined_aliases(PLAN).items()))
    assert named("Trung tâm hướng dẫn", aliases=pairs)[0][1] == "Trung tâm Công nghệ thông tin và Truyền thông tỉnh"


# -- names the plan spells out where its role closes them -----------------------------------------------------

SPELT_PLAN = (
    "2. Chuẩn bị vật tư dự phòng\n"
    "Ban Quản lý khai thác công trình thủy lợi Sông Mã chủ trì, phối hợp với Phòng Kế hoạch tổng hợp thực hiện:\n"
    "- Tập kết vật tư tại các cống đầu mối.\n"
    "3. Phòng Cảnh sát phòng chống tội phạm về môi trường (cơ quan thường trực)\n"
    "a) Phòng Kế hoạch tổng hợp chủ trì lập dự toán.\n"
    "Phòng Văn hóa - Xã hội xây dựng kế hoạch phối hợp với các trường.\n"
    "Công an tỉnh chỉ đạo lực lượng chức năng phối hợp với Sở Y tế.\n"
    "Sở Y tế tiếp tục chủ trì; Trung tâm Y tế khu vực thường xuyên phối hợp.\n"
)


def test_a_name_the_plan_closes_with_a_role_or_a_heading_bracket_is_spelt_out_whole():
    assert spelt_out_names(SPELT_PLAN) == {name: name for name in (
        "Ban Quản lý khai thác công trình thủy lợi Sông Mã", "Phòng Kế hoạch tổng hợp",
        "Phòng Cảnh sát phòng chống tội phạm về môi trường")}


def test_a_spelt_out_name_is_whole_where_the_grammar_alone_would_cut_it():
    text = "Giao Phòng Kế hoạch tổng hợp theo dõi việc thực hiện, báo cáo Ban Quản lý khai thác công trình thủy lợi Sông Mã."
    aliases = tuple(sorted(spelt_out_names(SPELT_PLAN).items()))
    assert [name for _, name, _ in named(text, aliases=aliases)] == [
        "Phòng Kế hoạch tổng hợp", "Ban Quản lý khai thác công trình thủy lợi Sông Mã"]
    assert [name for _, name, _ in named(text)] != [name for _, name, _ in named(text, aliases=aliases)]


def test_a_name_read_whole_before_its_role_settles_it_where_the_sentence_goes_on():
    """Where a role closes it the name is read whole; where the sentence goes on after it, in lower case, the grammar
    alone cuts it short or runs it on: the document's own spelling decides, unless a place closes a longer name."""
    plan = ("1. Phòng Công tác dân tộc (đơn vị đầu mối)\n"
            "2. Phòng Hành chính - Tổng hợp chủ trì tổ chức hội nghị.\n"
            "3. Ban Quản lý dự án phối hợp với các xã.\n")
    aliases = tuple(sorted(spelt_out_names(plan).items()))
    assert {"Phòng Công tác dân tộc", "Phòng Hành chính - Tổng hợp"} <= set(dict(aliases))
    text = ("Phòng Hành chính - Tổng hợp thanh toán thù lao; phối hợp với Phòng Công tác dân tộc nắm tình hình vùng cao; "
            "giao Ban Quản lý dự án đầu tư xây dựng tỉnh")
    assert [name for _, name, _ in named(text, aliases=aliases)] == [
        "Phòng Hành chính - Tổng hợp", "Phòng Công tác dân tộc", "Ban Quản lý dự án đầu tư xây dựng tỉnh"]
    assert [name for _, name, _ in named(text)][:2] != ["Phòng Hành chính - Tổng hợp", "Phòng Công tác dân tộc"]


@pytest.mark.parametrize("capitals,usual", [
    ("PHÒNG VĂN HÓA - XÃ HỘI (CƠ QUAN THƯỜNG TRỰC)", "Phòng Văn hóa - Xã hội (cơ quan thường trực)"),
    ("ĐỀ NGHỊ ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM XÃ VÀ CÁC ĐOÀN THỂ CHÍNH TRỊ - XÃ HỘI",
     "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã và các đoàn thể chính trị - xã hội"),
    ("CÔNG AN XÃ, TRẠM Y TẾ XÃ", "Công an xã, Trạm Y tế xã"),
])
def test_a_heading_in_capitals_is_read_in_the_usual_case_of_names(capitals, usual):
    assert in_usual_case(capitals) == usual


# -- where the scan may start -------------------------------------------------------------------------------

@pytest.mark.parametrize("text,can_name", [
    ("Giám đốc Sở Y tế chịu trách nhiệm", True),
    ("Phó Chủ tịch UBND tỉnh chỉ đạo", True),
    ("Hội Nông dân các cấp tuyên truyền", True),
    ("Cơ quan chủ trì giải quyết thủ tục", True),
    ("Thúc đẩy phát triển kinh tế số", False),
])
def test_an_agency_can_open_with_a_head_an_office_or_a_role(text, can_name):
    assert may_name_agency_at(text) is can_name


def test_empty_and_odd_input_gives_no_agencies():
    assert find_agencies("") == []
    assert find_agencies("Sở") == []
    assert find_agencies(" , ; Ủy ban nhân dân") == []
    assert find_agencies("Sở Y tế", 0, 3) == []


@pytest.mark.parametrize("text", [
    "các sở, " * 5000,
    "Ủy ban nhân dân các xã, " * 2000,
    "Văn phòng " * 5000,
    "Trung tâm " + "Mới " * 5000,
    "Giám đốc " * 5000 + "Sở Y tế",
])
def test_long_repetitive_text_is_scanned_in_linear_time(text):
    import time

    started = time.process_time()
    mentions = find_agencies(text)
    assert time.process_time() - started < 2.0
    assert all(len(m.name.split()) <= 60 for m in mentions)


@pytest.mark.parametrize("text, names", [
    ("Phòng Kinh tế, Hạ tầng và Đô thị chủ trì", ["Phòng Kinh tế, Hạ tầng và Đô thị"]),
    ("Phòng Văn hóa, Thông tin, Thể thao và Du lịch huyện phối hợp",
     ["Phòng Văn hóa, Thông tin, Thể thao và Du lịch huyện"]),  # the plan's own district, unnamed
    ("Phòng Tài chính – Kế hoạch chủ trì", ["Phòng Tài chính - Kế hoạch"]),  # a document word after a dash; the official dash
    ("Phòng Kinh tế, Sở Y tế và Công an tỉnh", ["Phòng Kinh tế", "Sở Y tế", "Công an tỉnh"]),
])
def test_fields_joined_by_commas_and_a_last_va_make_one_name(text, names):
    assert [m.name for m in find_agencies(text) if not m.collective] == names


def test_an_office_that_serves_two_bodies_is_one_body_and_the_plans_own_ward_stays_in_its_name():
    assert [m.name for m in find_agencies("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường chủ trì")] == [
        "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường"]
    assert [m.name for m in find_agencies("Văn phòng Ủy ban nhân dân tỉnh và Sở Nội vụ")] == [
        "Văn phòng Ủy ban nhân dân tỉnh", "Sở Nội vụ"]
    assert [m.name for m in find_agencies("Liên minh Hợp tác xã tỉnh chủ trì")] == ["Liên minh Hợp tác xã tỉnh"]


@pytest.mark.parametrize("text", ["phối hợp với các cơ quan Quốc hội", "phối hợp với các cơ quan của Chính phủ",
                                  "Đề nghị các Ủy ban của Quốc hội"])
def test_a_class_of_a_bodys_organs_is_one_collective_actor(text):
    mentions = find_agencies(text)
    assert len(mentions) == 1 and mentions[0].collective


@pytest.mark.parametrize("text, name", [
    ("Giao Cục Biến đổi khí hậu chủ trì, phối hợp", "Cục Biến đổi khí hậu"),
    ("Cục Trồng trọt và Bảo vệ thực vật hướng dẫn", "Cục Trồng trọt và Bảo vệ thực vật"),
    ("Vụ Hợp tác quốc tế vận động tài trợ", "Vụ Hợp tác quốc tế"),
    ("Cục Quản lý tài nguyên nước làm đầu mối tổng hợp kết quả", "Cục Quản lý tài nguyên nước"),  # the role ends it
    ("Viện Nghiên cứu phát triển Thành phố chủ trì", "Viện Nghiên cứu phát triển Thành phố"),
])
def test_lower_case_words_no_list_knows_end_a_name_only_before_a_clear_boundary(text, name):
    assert find_agencies(text)[0].name == name


@pytest.mark.parametrize("text, names", [
    ("Giao Ủy ban nhân dân các huyện Tân An, Phú Mỹ và thành phố Bến Cát chỉ đạo",
     ["Ủy ban nhân dân huyện Tân An", "Ủy ban nhân dân huyện Phú Mỹ", "Ủy ban nhân dân thành phố Bến Cát"]),
    ("UBND các xã: Thạnh Lợi, Long Sơn; phường 2 rà soát",
     ["Ủy ban nhân dân xã Thạnh Lợi", "Ủy ban nhân dân xã Long Sơn", "Ủy ban nhân dân phường 2"]),
])
def test_a_class_followed_by_named_places_names_each_body(text, names):
    mentions = find_agencies(text)
    assert [m.name for m in mentions] == names and not any(m.collective for m in mentions)


@pytest.mark.parametrize("text", ["Ủy ban nhân dân các huyện Tân An chủ trì", "UBND các huyện, thị xã, thành phố chủ trì"])
def test_a_class_with_fewer_than_two_places_stays_collective(text):
    assert [m.collective for m in find_agencies(text)] == [True]


@pytest.mark.parametrize("text, name", [
    ("Giao Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh:",
     "Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh"),
    ("Ban Quản lý các khu công nghiệp tỉnh chủ trì", "Ban Quản lý các Khu công nghiệp tỉnh"),
])
def test_a_name_closed_by_its_locality_may_hold_a_class_word(text, name):
    assert find_agencies(text)[0].name == name


def test_a_verb_before_the_locality_ends_the_name():
    assert [m.name for m in find_agencies("Trung tâm Y tế hướng dẫn các trạm y tế xã Tân Lập")] == ["Trung tâm Y tế"]
    assert find_agencies("Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam các cấp Thành phố phối hợp")[0].name != (
        "Ủy ban Mặt trận Tổ quốc Việt Nam các cấp Thành phố")  # every level, not a name closed by a place


def test_the_plans_own_district_ends_a_name_read_over_unlisted_words():
    text = "Phối hợp với Trung tâm Dịch vụ nông nghiệp huyện chuyển giao kỹ thuật canh tác, xây dựng mô hình"
    assert [m.name for m in find_agencies(text)] == ["Trung tâm Dịch vụ nông nghiệp huyện"]


@pytest.mark.parametrize("text, name", [
    ("Sở Xây dựng các tỉnh, thành phố trực thuộc trung ương báo cáo tình hình", "Sở Xây dựng các tỉnh, thành phố trực thuộc trung ương"),
    ("Công an các xã, phường phối hợp", "Công an các xã, phường"),
])
def test_a_body_before_a_class_of_localities_is_that_body_in_every_one(text, name):
    mentions = find_agencies(text)
    assert [(m.name, m.collective) for m in mentions] == [(name, True)]


def test_a_collective_phrase_takes_a_first_syllable_only_with_its_second():
    assert [m.name for m in find_agencies("các cơ quan báo chí đưa tin")] == ["các cơ quan báo chí"]
    assert find_agencies("Ủy ban nhân dân các xã báo cáo kết quả")[0].name == "Ủy ban nhân dân các xã"
    assert [m.name for m in find_agencies("Các cơ quan theo thẩm quyền khẩn trương chuẩn bị")] == ["Các cơ quan theo thẩm quyền"]
    assert [m.name for m in find_agencies("báo cáo các cơ quan có thẩm quyền")] == ["các cơ quan có thẩm quyền"]
    assert [m.name for m in find_agencies("các cơ quan theo dõi việc thực hiện")] == ["các cơ quan"]


@pytest.mark.parametrize("text, names", [
    ("Sở Văn hóa Thể thao du lịch chủ trì", ["Sở Văn hóa, Thể thao và Du lịch"]),  # connectives dropped
    ("Bộ CHQS tỉnh; UBND cấp xã thực hiện", ["Bộ Chỉ huy Quân sự tỉnh", "Ủy ban nhân dân cấp xã"]),
    ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các Đoàn thể thực hiện",
     ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "các Đoàn thể"]),
    ("Đề nghị các cấp ủy Đảng, Hội Nông dân tỉnh và các tổ chức chính trị - xã hội tỉnh tham gia",
     ["các cấp ủy Đảng", "Hội Nông dân tỉnh", "các tổ chức chính trị - xã hội tỉnh"]),
    ("Các tổ chức chính trị-xã hội vận động hội viên", ["Các tổ chức chính trị-xã hội"]),
    ("Báo Bình Minh, Cổng Thông tin điện tử tỉnh đưa tin", ["Báo Bình Minh", "Cổng Thông tin điện tử tỉnh"]),
    ("Báo và Phát thanh - Truyền hình Bình Minh đưa tin", ["Báo và Phát thanh, Truyền hình Bình Minh"]),
    ("UBND các xã/phường tuyên truyền", ["Ủy ban nhân dân các xã/phường"]),
])
def test_written_forms_of_common_bodies(text, names):
    assert [m.name for m in find_agencies(text)] == names


@pytest.mark.parametrize("text", [
    "Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh, "
    "thành phố trực thuộc Trung ương khẩn trương rà soát",
    "Các đồng chí Bộ trưởng, Thủ trưởng các cơ quan ngang Bộ, cơ quan trực thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các "
    "tỉnh, thành phố trực thuộc Trung ương khẩn trương rà soát",
    "Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương "
    "khẩn trương rà soát",
])
def test_the_governments_formula_for_its_ministries_is_one_collective_actor_whoever_heads_them(text):
    """Not "Chính phủ": the ministries and the bodies under the Government, by their heads or written out."""
    assert [(name, collective) for _, name, collective in named(text)] == [
        ("Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ", True),
        ("Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương", True)]
    assert names_of(actors_of(text).leads) == ["Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ",
                                                "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"]


@pytest.mark.parametrize("text, name", [
    ("Trung tâm Hỗ trợ đầu tư chủ trì tổ chức hội nghị kết nối", "Trung tâm Hỗ trợ đầu tư"),
    ("Giao Viện Nghiên cứu phát triển, Sở Xây dựng phối hợp", "Viện Nghiên cứu phát triển"),
    ("7. Trung tâm Hỗ trợ đầu tư, khoa học và môi trường", "Trung tâm Hỗ trợ đầu tư, khoa học và môi trường"),
    ("Trung tâm Hỗ trợ đầu tư và các doanh nghiệp thực hiện", "Trung tâm Hỗ trợ đầu tư"),
    ("Sở Tài chính; Trung tâm Hỗ trợ đầu tư, khoa học và môi trường tỉnh | Quý III", "Trung tâm Hỗ trợ đầu tư, khoa học và môi trường tỉnh"),
])
def test_a_name_may_end_on_the_verb_of_its_field_when_nothing_more_of_it_can_follow(text, name):
    assert name in [canonical for _, canonical, _ in named(text)]


def test_plain_words_after_a_names_last_field_stay_out_unless_they_are_fields():
    assert named("Trung tâm Hỗ trợ đầu tư phối hợp hỗ trợ doanh nghiệp")[0][1] == "Trung tâm Hỗ trợ đầu tư"
    assert named("Viện Kinh tế nghiên cứu, đề xuất giải pháp")[0][1] == "Viện Kinh tế"  # verbs of the sentence


@pytest.mark.parametrize("text, name", [
    ("Quỹ Bảo lãnh tín dụng hợp tác xã tỉnh chủ trì cho vay vốn ưu đãi", "Quỹ Bảo lãnh tín dụng hợp tác xã tỉnh"),
    ("Liên minh Hợp tác xã tỉnh phối hợp", "Liên minh Hợp tác xã tỉnh"),
])
def test_a_noun_that_opens_with_a_verb_is_a_word_of_the_name(text, name):
    assert named(text)[0][1] == name


@pytest.mark.parametrize("text, names", [
    ("Ban Chỉ đạo Chuyển đổi số cấp tỉnh, cấp xã chủ trì", [("Ban Chỉ đạo Chuyển đổi số tỉnh", False),
                                                              ("Ban Chỉ đạo Chuyển đổi số cấp xã", True)]),
    ("Hội đồng Thi đua - Khen thưởng cấp tỉnh và cấp huyện tổ chức", [("Hội đồng Thi đua - Khen thưởng tỉnh", False),
                                                                 ("Hội đồng Thi đua - Khen thưởng cấp huyện", True)]),
    ("Ban Chỉ đạo Chuyển đổi số cấp tỉnh chủ trì", [("Ban Chỉ đạo Chuyển đổi số cấp tỉnh", False)]),
])
def test_a_body_named_at_the_provinces_level_then_at_lower_ones_is_the_provinces_body_and_a_class(text, names):
    assert [(name, collective) for _, name, collective in named(text)] == names


@pytest.mark.parametrize("text, names", [
    ("phối hợp với Ban Quản lý Khu kinh tế Vân Phong và các Khu công nghiệp Khánh Hòa",
     ["Ban Quản lý Khu kinh tế Vân Phong và các Khu công nghiệp Khánh Hòa"]),
    ("Ban Quản lý Khu kinh tế và các doanh nghiệp phối hợp", ["Ban Quản lý Khu kinh tế", "các doanh nghiệp"]),
    ("Ban Quản lý Khu kinh tế và các Trường cao đẳng phối hợp", ["Ban Quản lý Khu kinh tế", "các Trường cao đẳng"]),
])
def test_what_a_body_manages_after_va_cac_belongs_to_its_name_another_body_does_not(text, names):
    assert [name for _, name, _ in named(text)] == names


def test_plain_words_a_level_without_a_place_closes_are_the_plans_own_bodys_name():
    assert named("Phòng Kinh tế phối hợp với Ban Quản lý dự án đầu tư xây dựng huyện thẩm định hồ sơ")[1][1] == \
        "Ban Quản lý dự án đầu tư xây dựng huyện"


def test_a_class_of_localities_keeps_the_words_that_say_which():
    assert named("Ủy ban nhân dân các xã ven biển tổ chức diễn tập") == [
        ("Ủy ban nhân dân các xã ven biển", "Ủy ban nhân dân các xã ven biển", True)]


def test_cases_are_no_schools():
    """ "Các trường hợp …" (the cases) opens many a rule; "các trường" are schools only when no "hợp" follows."""
    assert actors_of("Các trường hợp chưa xem xét xử lý kỷ luật").leads == []
    assert names_of(actors_of("Các trường học rà soát cơ sở vật chất.").leads) == ["Các trường học"]


def test_a_directors_office_stands_for_the_department_he_heads():
    """ "Vụ trưởng Vụ Pháp chế", as "Giám đốc Sở Y tế": the office-holder stands for his body, also in a duty heading."""
    assert names_of(actors_of("Vụ trưởng Vụ Pháp chế hướng dẫn các đơn vị thuộc Bộ.").leads) == ["Vụ Pháp chế"]
    assert names_of(actors_of("Trách nhiệm của Vụ trưởng Vụ Tổ chức cán bộ").leads) == ["Vụ Tổ chức cán bộ"]


def test_a_bare_head_as_short_name_is_its_body_alone_and_not_the_names_it_opens():
    text = "Nghị định này quy định về Quỹ bảo trợ trẻ em quốc gia (sau đây gọi là Quỹ) và các quỹ địa phương."
    aliases = tuple(sorted(defined_aliases(text).items()))
    assert aliases == (("Quỹ", "Quỹ bảo trợ trẻ em quốc gia"),)
    assert [m.name for m in find_agencies("Quỹ có trách nhiệm báo cáo Bộ Tài chính.", aliases=aliases)] == [
        "Quỹ bảo trợ trẻ em quốc gia", "Bộ Tài chính"]
    assert "Quỹ bảo trợ trẻ em quốc gia" not in [
        m.name for m in find_agencies("Phối hợp với Quỹ bảo trợ trẻ em địa phương trong việc hỗ trợ.", aliases=aliases)]


@pytest.mark.parametrize("text,name", [
    ("phối hợp với Công ty TNHH một thành viên Cấp nước Bình Minh kiểm tra", "Công ty TNHH một thành viên Cấp nước Bình Minh"),
    ("Công ty TNHH Một thành viên Điện lực Bình Minh chủ trì", "Công ty TNHH Một thành viên Điện lực Bình Minh"),
    ("Công ty cổ phần Môi trường đô thị Bình Minh thu gom rác", "Công ty cổ phần Môi trường đô thị Bình Minh"),
])
def test_a_companys_legal_form_in_lower_case_is_part_of_its_name(text, name):
    assert [m.name for m in find_agencies(text)] == [name]


@pytest.mark.parametrize("text,names", [
    ("Đề nghị Viettel Bình Minh, VNPT Bình Minh, MobiFone Bình Minh: nhắn tin cảnh báo",
     ["Viettel Bình Minh", "VNPT Bình Minh", "MobiFone Bình Minh"]),
    ("phối hợp với Viễn thông Bình Minh nâng cấp đường truyền", ["Viễn thông Bình Minh"]),
    ("phát triển hạ tầng viễn thông, phủ sóng di động", []),  # the trade, in lower case: no body
])
def test_a_telecommunications_groups_branch_is_named_by_the_group_and_its_place(text, names):
    assert [m.name for m in find_agencies(text)] == names


@pytest.mark.parametrize("text,expected", [
    ("Công chức Văn hóa - Xã hội tham mưu", [("Công chức Văn hóa - Xã hội", False)]),
    ("Trạm Khuyến nông tỉnh hướng dẫn", [("Trạm Khuyến nông tỉnh", False)]),
    ("cán bộ, công chức cấp xã", []),  # the staff, in lower case: no body
    ("Các bộ phận, đơn vị được phân công", [("Các bộ phận, đơn vị", True)]),  # units, not ministries
])
def test_a_communes_officials_stations_and_units(text, expected):
    assert [(m.name, m.collective) for m in find_agencies(text)] == expected


def test_a_communes_own_bodies_named_by_their_level_alone_are_its_own():
    """In a commune's plan "Công an xã" is that commune's police; in a province's, every commune's."""
    from vnplan.extract.agencies import own_bodies
    text = "Phối hợp với Công an xã xử lý vi phạm; Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã đăng tải."
    own = own_bodies(text, "Ủy ban nhân dân xã Tân Phú")
    assert own == {"Công an xã": "Công an xã"}
    assert [(m.name, m.collective) for m in find_agencies("Phối hợp với Công an xã", aliases=own)] == [("Công an xã", False)]
    assert own_bodies(text, "Ủy ban nhân dân tỉnh Bình Minh") == {}
    assert find_agencies("Phối hợp với Công an xã")[0].collective


def test_a_name_ending_on_lower_case_words_closes_at_a_table_cell():
    assert [m.name for m in find_agencies("| Phòng Quản lý thể dục thể thao | Trung tâm Huấn luyện |")][0] == \
        "Phòng Quản lý thể dục thể thao"


@pytest.mark.parametrize("written,official", [("Sở Công Thuong", "Sở Công Thương"), ("Sở Tai chinh", "Sở Tài chính"),
                                              ("Bo Noi vu", None), ("Sở Giao duc va Dao tao", "Sở Giáo dục và Đào tạo")])
def test_a_department_whose_marks_a_scan_lost_is_read_by_its_official_name(written, official):
    names = [m.name for m in find_agencies(f"{written} chủ trì thực hiện")]
    assert names == ([official] if official else [])


def test_a_legend_of_short_names_defines_them():
    """ "Phòng KHTH (Phòng Kế hoạch tổng hợp)" in brackets, or a line after "viết tắt" with colons: each short form
    is the body the legend spells out."""
    text = ("Các chữ viết tắt: Phòng KHTH (Phòng Kế hoạch tổng hợp); Khoa KSNK (Khoa Kiểm soát nhiễm khuẩn).\n"
            "Ghi chú chữ viết tắt: VP: Văn phòng Sở; TTra: Thanh tra Sở; P.VT: Phòng Quản lý vận tải, phương tiện và người lái.\n")
    assert defined_aliases(text) == {
        "Phòng KHTH": "Phòng Kế hoạch tổng hợp", "Khoa KSNK": "Khoa Kiểm soát nhiễm khuẩn", "VP": "Văn phòng Sở",
        "TTra": "Thanh tra Sở", "P.VT": "Phòng Quản lý vận tải, phương tiện và người lái"}
    assert [m.name for m in find_agencies("| 5 | Số hóa hồ sơ | P.VT | VP; Khoa KSNK |", aliases=defined_aliases(text))] == [
        "Phòng Quản lý vận tải, phương tiện và người lái", "Văn phòng Sở", "Khoa Kiểm soát nhiễm khuẩn"]
    assert [m.name for m in find_agencies("Khoa Tim mạch chủ trì")] == ["Khoa Tim mạch"]
    # a recipient's unit in brackets, with a head of its own, is another body, no short form of the one before it;
    # a head's own short form ("BCĐ", "VP") is the same head
    assert defined_aliases("Nơi nhận:\n- Công an tỉnh (Phòng CSGT);\n- Sở Y tế (Phòng NVY);\n") == {}
    assert defined_aliases("Ban Chỉ đạo phòng, chống dịch tỉnh (BCĐ) họp.")["BCĐ"] == "Ban Chỉ đạo phòng, chống dịch tỉnh"


def test_a_legend_set_out_as_a_list_under_its_heading_defines_its_short_names():
    """ "CÁC TỪ VIẾT TẮT" on a line of its own, then one "KHTC: Phòng Kế hoạch - Tài chính" a line (a short form may
    end on lower-case words: "TTYT cấp xã"): each short form that spells out a body is that body; "ATTP: an toàn thực
    phẩm" names none. A heading that is the short form alone ("1. KHTC:") heads its body's duties."""
    text = ("CÁC TỪ VIẾT TẮT\nKHTC: Phòng Kế hoạch - Tài chính\nTTYT cấp xã: Trạm Y tế các xã, phường\n"
            "ATTP: an toàn thực phẩm\nCăn cứ Luật An toàn thực phẩm năm 2010,\n")
    assert defined_aliases(text) == {"KHTC": "Phòng Kế hoạch - Tài chính",
                                     "TTYT cấp xã": "Trạm Y tế các xã, phường"}
    # a heading with its colon; a sentence after a line that names abbreviations is no legend's pair
    assert defined_aliases("CÁC TỪ VIẾT TẮT:\nKHTC: Phòng Kế hoạch - Tài chính\n") == {"KHTC": "Phòng Kế hoạch - Tài chính"}
    assert defined_aliases("Tên viết tắt các cơ quan trong Kế hoạch này\nUBND cấp huyện: Ủy ban nhân dân cấp huyện chủ "
                           "trì kiểm tra.\n") == {}
    # a copy that ran the legend's lines together: each short form still opens its pair
    assert defined_aliases(text.replace("Chính\nTTYT", "Chính TTYT").replace("phường\nATTP", "phường ATTP")) == {
        "KHTC": "Phòng Kế hoạch - Tài chính", "TTYT cấp xã": "Trạm Y tế các xã, phường"}
    plan = extract_text("SỞ Y TẾ TỈNH BÌNH MINH\nSố: 15/KH-SYT\nBình Minh, ngày 02 tháng 3 năm 2026\nKẾ HOẠCH\n"
                        "Bảo đảm an toàn thực phẩm năm 2026\n" + text + "I. NHIỆM VỤ\n1. KHTC:\n"
                        "- Bố trí kinh phí kiểm tra ATTP; hoàn thành trong quý II/2026.\n2. TTYT cấp xã:\n"
                        "- Phối hợp với KHTC lấy mẫu thực phẩm tại chợ.\n")
    assert [(t.lead, t.coordinators) for t in plan.tasks] == [
        (["Phòng Kế hoạch - Tài chính"], []), (["Trạm Y tế các xã, phường"], ["Phòng Kế hoạch - Tài chính"])]


def test_an_acronym_in_brackets_closes_the_name_before_it():
    """ "Phòng Nghiệp vụ dược về quản lý giá thuốc (NVD)": the bracket ends the name, though the name's grammar
    stops at a small word or a verb; the acronym and the whole name are that body wherever they stand."""
    text = ("1. Phòng Nghiệp vụ dược về quản lý giá thuốc (NVD) - đơn vị thường trực.\n"
            "2. Phòng Thanh tra an toàn thực phẩm, phòng chống ngộ độc (ATTP): phối hợp.\n"
            "3. Giao Sở Y tế chủ trì triển khai Đề án (ĐA).\n")
    aliases = defined_aliases(text)
    assert aliases["NVD"] == aliases["Phòng Nghiệp vụ dược về quản lý giá thuốc"] == \
        "Phòng Nghiệp vụ dược về quản lý giá thuốc"
    assert aliases["ATTP"] == "Phòng Thanh tra an toàn thực phẩm, phòng chống ngộ độc"
    assert "ĐA" not in aliases  # the words before the bracket say what is done, they name no body
    assert [m.name for m in find_agencies("NVD chủ trì, phối hợp với ATTP", aliases=aliases)] == [
        "Phòng Nghiệp vụ dược về quản lý giá thuốc", "Phòng Thanh tra an toàn thực phẩm, phòng chống ngộ độc"]


def test_a_name_runs_to_the_end_only_over_a_few_words_in_lower_case():
    from vnplan.extract.agencies import name_to_the_end
    text = "Phòng Truyền thông và Phát triển người tham gia:"
    mention = find_agencies(text)[0]
    assert name_to_the_end(text, mention) == "Phòng Truyền thông và Phát triển người tham gia"
    assert find_agencies("Phòng Quản lý thu, sổ, thẻ:")[0].name == "Phòng Quản lý thu, sổ, thẻ"  # (the grammar's own)
    sentence = "Phòng Quản lý thu " + "tổ chức thu nộp đúng hạn, " * 40 + "bảo đảm."  # a sentence: read at once, no name
    assert name_to_the_end(sentence, find_agencies(sentence)[0]) is None
    assert name_to_the_end("Phòng Quản lý thu chủ trì", find_agencies("Phòng Quản lý thu chủ trì")[0]) is None


def test_lower_case_words_after_a_comma_finish_an_office_s_field():
    """ "Phòng Bồi thường, tái định cư:" is one office, its field written as a series; a comma before a verb,
    a class, another body or a place ends the name."""
    def names(text):
        return [m.name for m in find_agencies(text)]
    assert names("- Phòng Bồi thường, tái định cư: tổ chức hội nghị") == ["Phòng Bồi thường, tái định cư"]
    assert names("2. Phòng Quản lý cảng biển, luồng lạch và bến bãi (đơn vị đầu mối):") == [
        "Phòng Quản lý cảng biển, luồng lạch và bến bãi"]
    assert names("Phòng Quản lý cảng biển, luồng lạch và bến bãi theo dõi việc thực hiện") == [
        "Phòng Quản lý cảng biển, luồng lạch và bến bãi"]
    assert names("Phòng Quản lý cảng biển, luồng lạch chủ trì") == ["Phòng Quản lý cảng biển, luồng lạch"]
    assert names("Phòng Kinh tế, tổ chức thực hiện:") == ["Phòng Kinh tế"]
    assert names("Phòng Văn hóa và Thông tin, các xã:") == ["Phòng Văn hóa và Thông tin", "các xã"]
    assert names("Trung tâm Y tế huyện, trạm y tế xã:") == ["Trung tâm Y tế huyện"]
    assert names("Phòng Kinh tế, hạ tầng đô thị xuống cấp nghiêm trọng ở nhiều nơi.") == ["Phòng Kinh tế"]  # no clear end


def test_a_district_office_written_short_and_the_youth_union_named_by_its_head_alone():
    """ "Phòng TC-KH", "Phòng KT-HT": the offices every district has, in their official names; "Huyện đoàn" alone is the
    district's own youth union, which the plan names in full elsewhere."""
    assert [m.name for m in find_agencies("Phòng TC-KH chủ trì, phối hợp với Phòng KT-HT")] == [
        "Phòng Tài chính - Kế hoạch", "Phòng Kinh tế - Hạ tầng"]
    assert [m.name for m in find_agencies("phối hợp với Huyện đoàn tổ chức")] == ["Huyện đoàn"]
    assert [m.name for m in find_agencies("Đề nghị Huyện đoàn Bình Sơn:")] == ["Huyện đoàn Bình Sơn"]
    from test_task_shapes import _tasks
    tasks = _tasks("III. TỔ CHỨC THỰC HIỆN\n1. Đề nghị Huyện đoàn Bình Sơn:\n- Tổ chức các hoạt động hè cho thiếu nhi.\n"
                   "2. Phòng Giáo dục và Đào tạo: phối hợp với Huyện đoàn tổ chức Hội thi an toàn giao thông.\n")
    assert [(t.lead, t.coordinators) for t in tasks] == [
        (["Huyện đoàn Bình Sơn"], []), (["Phòng Giáo dục và Đào tạo"], ["Huyện đoàn Bình Sơn"])]


def test_a_body_named_with_its_place_then_more_places_is_that_body_of_each():
    """ "Ủy ban nhân dân phường An Hòa, phường Tây Sơn và xã Bình Minh:" names three committees; a place written without
    its level, or a place where the work is done after a verb, names none."""
    def names(text):
        return [m.name for m in find_agencies(text)]
    assert names("6. Ủy ban nhân dân phường An Hòa, phường Tây Sơn và xã Bình Minh:") == [
        "Ủy ban nhân dân phường An Hòa", "Ủy ban nhân dân phường Tây Sơn", "Ủy ban nhân dân xã Bình Minh"]
    assert names("Công an tỉnh Hòa Bình, tỉnh Sơn La phối hợp") == ["Công an tỉnh Hòa Bình", "Công an tỉnh Sơn La"]
    assert names("Ủy ban nhân dân xã Bình Minh tổ chức tại xã Bình Minh, xã Tân An") == ["Ủy ban nhân dân xã Bình Minh"]
    assert names("Ủy ban nhân dân huyện Phú Lộc, Sở Y tế") == ["Ủy ban nhân dân huyện Phú Lộc", "Sở Y tế"]


def test_a_cell_that_is_one_name_keeps_all_its_words():
    """A lead cell "Trung tâm Công nghệ thông tin đất đai và môi trường": lower-case words the grammar would stop at are
    still the name's when nothing else is in the cell; a class listed after it is not."""
    from vnplan.extract.actors import bodies_named
    assert [m.name for m in bodies_named("Trung tâm Công nghệ thông tin đất đai và môi trường")] == [
        "Trung tâm Công nghệ thông tin đất đai và môi trường"]
    assert [m.name for m in bodies_named("Phòng Quản lý quy hoạch và xây dựng")] == ["Phòng Quản lý quy hoạch và xây dựng"]
    assert [m.name for m in bodies_named("Hiệp hội Du lịch tỉnh, các hiệp hội ngành hàng")][0] == "Hiệp hội Du lịch tỉnh"
    assert [m.name for m in bodies_named("Sở Y tế chủ trì")] == ["Sở Y tế"]
    # fields listed in the name, a comma between them
    assert [m.name for m in bodies_named("Cục Hỗ trợ sáng tạo, Kinh tế xanh và Khuyến nông")] == [
        "Cục Hỗ trợ sáng tạo, Kinh tế xanh và Khuyến nông"]
    assert [m.name for m in bodies_named("Sở Tài chính, Công an tỉnh")] == ["Sở Tài chính", "Công an tỉnh"]


def test_party_groups_inside_bodies_and_a_mass_organisation_written_short():
    """The Party's group in a body is a body of its own ("Đảng đoàn Hội đồng nhân dân tỉnh", "Ban cán sự đảng Ủy ban
    nhân dân tỉnh"), not the body; "Hội LHPN" is the Women's Union; a field that opens with a verb after a comma
    ("Cục Quản lý, giám sát …") is the name's only before an actor's colon."""
    def names(text):
        return [m.name for m in find_agencies(text)]
    assert names("Đảng đoàn Hội đồng nhân dân tỉnh lãnh đạo") == ["Đảng đoàn Hội đồng nhân dân tỉnh"]
    assert names("Đề nghị Ban cán sự đảng UBND tỉnh lãnh đạo") == ["Ban cán sự đảng Ủy ban nhân dân tỉnh"]
    assert names("Văn phòng Hội LHPN tỉnh:") == ["Văn phòng Hội Liên hiệp Phụ nữ tỉnh"]
    assert names("3. Cục Quản lý, giám sát bảo hiểm: tăng cường") == ["Cục Quản lý, giám sát bảo hiểm"]
    assert names("Cục Quản lý, giám sát chặt chẽ việc thực hiện") == ["Cục Quản lý"]


@pytest.mark.parametrize("text,names", [
    ("Tỉnh đoàn Bình Minh tổ chức hội trại.", ["Tỉnh đoàn Bình Minh"]),  # the head holds its level: the place follows bare
    ("phối hợp với Tỉnh ủy Bình Minh chỉ đạo", ["Tỉnh ủy Bình Minh"]),
    ("Thành ủy Huế; Sở Y tế", ["Thành ủy Huế", "Sở Y tế"]),  # a place of one syllable where the clause ends
    ("Tỉnh đoàn Thanh niên tổ chức", ["Tỉnh đoàn"]),  # not a place: a word goes on in lower case
    ("Tỉnh ủy, Hội đồng nhân dân tỉnh", ["Tỉnh ủy", "Hội đồng nhân dân tỉnh"]),
])
def test_a_party_or_youth_committee_takes_the_place_written_after_it(text, names):
    assert [m.name for m in find_agencies(text)] == names


@pytest.mark.parametrize("text,name", [
    ("Phòng Văn hóa - Xã hội xây dựng tin, bài tuyên truyền.", "Phòng Văn hóa - Xã hội"),
    ("Phòng Kinh tế - Hạ tầng phát triển mạng lưới chợ.", "Phòng Kinh tế - Hạ tầng"),
    ("Phòng Tài chính xây dựng dự toán năm 2026.", "Phòng Tài chính"),
    ("phối hợp với Phòng Tài chính đầu tư tham mưu Giám đốc Sở", "Phòng Tài chính đầu tư"),  # the sentence's verb follows
    ("Ban Quản lý dự án đầu tư xây dựng tỉnh chủ trì", "Ban Quản lý dự án đầu tư xây dựng tỉnh"),
])
def test_a_whole_field_closes_the_name_before_a_verb(text, name):
    assert [m.name for m in find_agencies(text)] == [name]


@pytest.mark.parametrize("text,names", [
    ("Các Trung tâm Y tế khu vực tổ chức tiêm vét.", [("Các Trung tâm Y tế khu vực", True)]),
    ("Đơn vị chủ trì: các Chi cục Thuế khu vực.", [("Các Chi cục Thuế khu vực", True)]),
    ("Các Trung tâm Y tế khu vực, Trạm Y tế xã", [("Các Trung tâm Y tế khu vực", True), ("Trạm Y tế xã", False)]),
    ("phối hợp với các Sở Tài chính, Xây dựng", [("Sở Tài chính", False), ("Sở Xây dựng", False)]),  # a list
])
def test_the_plural_of_a_named_body_is_every_body_of_that_name(text, names):
    assert [(m.name, m.collective) for m in find_agencies(text)] == names


@pytest.mark.parametrize("text,names", [
    # lower-case words of an office's field, a verb among them, closed by "và" and a field in capitals
    ("Phòng Quản lý khai thác thủy sản và Kiểm ngư: kiểm tra tàu cá.", ["Phòng Quản lý khai thác thủy sản và Kiểm ngư"]),
    ("Trung tâm Bảo tồn đa dạng sinh học và Giáo dục môi trường chủ trì tổ chức.",
     ["Trung tâm Bảo tồn đa dạng sinh học và Giáo dục môi trường"]),
    ("Phòng Tiếp công dân, xử lý đơn và Thanh tra phòng, chống tham nhũng | Quý III/2026",
     ["Phòng Tiếp công dân, xử lý đơn và Thanh tra phòng, chống tham nhũng"]),
    ("Đội Quản lý thị trường cơ động và Phòng, chống hàng giả\n", ["Đội Quản lý thị trường cơ động và Phòng, chống hàng giả"]),
    # … but not a sentence going on, nor a second body after "và"
    ("Phòng Kinh tế kiểm tra và Sở Xây dựng phối hợp.", ["Phòng Kinh tế", "Sở Xây dựng"]),
    ("Chi cục Thủy sản và Kiểm ngư tổ chức tuần tra, phối hợp với Đồn Biên phòng.",
     ["Chi cục Thủy sản và Kiểm ngư", "Đồn Biên phòng"]),
])
def test_an_office_field_in_lower_case_closed_by_a_capital_field(text, names):
    assert [m.name for m in find_agencies(text)] == names


@pytest.mark.parametrize("text,names", [
    ("Đề nghị Vườn quốc gia Phong Nha - Kẻ Bàng và các Ban Quản lý rừng đặc dụng:",
     [("Vườn quốc gia Phong Nha - Kẻ Bàng", False), ("Các Ban Quản lý rừng đặc dụng", True)]),
    ("Ban Quản lý chợ đầu mối tổ chức sắp xếp lại các quầy hàng.", [("Ban Quản lý chợ đầu mối", False)]),
])
def test_a_national_park_and_bodies_named_by_a_capitalised_head_and_plain_words(text, names):
    assert [(m.name, m.collective) for m in find_agencies(text)] == names


def test_a_provincial_body_names_itself_without_its_province():
    from vnplan.extract.agencies import issuer_short_names
    short = issuer_short_names("Sở Xây dựng tỉnh Hòa Bình", "Hòa Bình")
    assert short == {"Sở Xây dựng tỉnh": "Sở Xây dựng tỉnh Hòa Bình", "Sở Xây dựng": "Sở Xây dựng tỉnh Hòa Bình",
                     "Sở": "Sở Xây dựng tỉnh Hòa Bình"}
    aliases = tuple(short.items())
    text = ("Sở Xây dựng tỉnh chủ trì; phối hợp với Sở kiểm tra; Văn phòng Sở tổng hợp; Sở Tài chính bố trí kinh phí; "
            "các Sở, ngành phối hợp.")
    assert [m.name for m in find_agencies(text, aliases=aliases) if not m.collective] == [
        "Sở Xây dựng tỉnh Hòa Bình", "Sở Xây dựng tỉnh Hòa Bình", "Văn phòng Sở", "Sở Tài chính"]
    # the same kind of body of a ward is another body
    union = tuple(issuer_short_names("Hội Nông dân tỉnh Hòa Bình", "Hòa Bình").items())
    assert [m.name for m in find_agencies("Hội Nông dân phường Kỳ Sơn phối hợp với Hội Nông dân", aliases=union)] == [
        "Hội Nông dân phường Kỳ Sơn", "Hội Nông dân tỉnh Hòa Bình"]
    # a body whose name is also a word of the sentence gives no bare short name; the people's committee keeps the
    # contract's short name
    assert issuer_short_names("Thanh tra tỉnh Hòa Bình", "Hòa Bình") == {"Thanh tra tỉnh": "Thanh tra tỉnh Hòa Bình"}
    assert issuer_short_names("Ủy ban nhân dân tỉnh Hòa Bình", "Hòa Bình") == {}
    assert issuer_short_names("Văn phòng Ủy ban nhân dân tỉnh Hòa Bình", "Hòa Bình") == {}


@pytest.mark.parametrize("text,name", [
    ("Ngân hàng Chính sách xã hội Chi nhánh tỉnh Hòa Bình phối hợp", "Ngân hàng Chính sách xã hội Chi nhánh tỉnh Hòa Bình"),
    ("Ngân hàng Nhà nước - Chi nhánh tỉnh Hòa Bình phối hợp", "Ngân hàng Nhà nước - Chi nhánh tỉnh Hòa Bình"),
])
def test_a_branch_keeps_the_dash_the_text_gives_it(text, name):
    assert find_agencies(text)[0].name == name


@pytest.mark.parametrize("text,names", [
    ("Ban Kinh tế xây dựng chuyên mục hỏi đáp về chính sách thuế trên báo in.", ["Ban Kinh tế"]),
    ("Trung tâm Phát triển quỹ đất xây dựng huyện chủ trì.", ["Trung tâm Phát triển quỹ đất xây dựng huyện"]),
])
def test_a_verb_names_hold_is_the_sentences_when_its_complement_follows(text, names):
    assert [m.name for m in find_agencies(text)] == names


@pytest.mark.parametrize("text,names", [
    ("phối hợp với Hạt Kiểm lâm Quỳ Châu tuần tra", [("Hạt Kiểm lâm Quỳ Châu", False)]),
    ("Các Hạt Quản lý đường bộ khu vực", [("Các Hạt Quản lý đường bộ khu vực", True)]),
    ("Hạt giống cây trồng được cung ứng đủ cho vụ Xuân.", []),
    ("Xí nghiệp thủy lợi Yên Thành phối hợp nạo vét kênh", [("Xí nghiệp thủy lợi Yên Thành", False)]),  # a company's unit
    ("phối hợp với Phân xưởng Cơ điện lò kiểm tra các trạm bơm", [("Phân xưởng Cơ điện lò", False)]),  # a mine's
    ("Đề nghị các phân xưởng tổ chức huấn luyện an toàn", [("các phân xưởng", True)]),
    ("Các chủ rừng bố trí lực lượng bảo vệ rừng", [("Các chủ rừng", True)]),  # forest owners, a class
    # a place whose name opens with a head's word ("Hội"), then the sentence's verb
    ("Đề nghị Công ty Cổ phần Cấp nước Hội An thu gom, xử lý nước thải", [("Công ty Cổ phần Cấp nước Hội An", False)]),
    # bodies "cùng cấp", of the same level as each one addressed: a class, all those listed; a body placed is one
    ("phối hợp với Hội Liên hiệp Phụ nữ, Đoàn Thanh niên cùng cấp vận động",
     [("Hội Liên hiệp Phụ nữ", True), ("Đoàn Thanh niên", True)]),
    ("phối hợp với Sở Y tế và Hội Nông dân cùng cấp", [("Sở Y tế", False), ("Hội Nông dân", True)]),
    # the office every body has, acting, is the issuer's own; not the noun in a sentence
    ("Văn phòng theo dõi, tổng hợp kết quả thực hiện", [("Văn phòng", False)]),
    ("Bố trí Văn phòng làm việc cho Tổ công tác", [("Tổ công tác", False)]),
    ("Văn phòng", [("Văn phòng", False)]),  # a cell's or a field's whole value: the office every body has
    ("Chi hội Sân khấu chủ trì tổ chức cuộc thi", [("Chi hội Sân khấu", False)]),  # an association's branch
    ("Nhà xuất bản Giáo dục Việt Nam in bổ sung sách", [("Nhà xuất bản Giáo dục Việt Nam", False)]),  # a publisher
    ("phối hợp với Nhà hát Chèo Thái Bình dàn dựng", [("Nhà hát Chèo Thái Bình", False)]),  # a theatre
    # a commune numbered after its name, as merged communes are; not a count after it
    ("Đảng ủy các phường Bãi Thạch, Móng Sơn 1:", [("Đảng ủy phường Bãi Thạch", False), ("Đảng ủy phường Móng Sơn 1", False)]),
    ("Ủy ban nhân dân phường Móng Sơn 2 chủ trì", [("Ủy ban nhân dân phường Móng Sơn 2", False)]),
    ("Ủy ban nhân dân xã Hòa An 2 lần kiểm tra", [("Ủy ban nhân dân xã Hòa An", False)]),
    ("Đề nghị Cảng hàng không Phú Quý thông báo lịch bay", [("Cảng hàng không Phú Quý", False)]),  # an airport
    # an organisation's own in each school or company: a class
    ("Hội Sinh viên các trường xây dựng kế hoạch", [("Hội Sinh viên các trường", True)]),
    ("phối hợp với Công đoàn các doanh nghiệp", [("Công đoàn các doanh nghiệp", True)]),
    ("Phối hợp với Quân chủng Phòng không - Không quân hoàn thiện quy trình",
     [("Quân chủng Phòng không - Không quân", False)]),  # a service of the army
    ("phối hợp với Cục Quản lý Dược truy xuất nguồn gốc", [("Cục Quản lý Dược", False)]),  # the verb ends the name
    # …not a verb's syllables across a capital, nor one a prefix makes a noun of
    ("Đài Phát thanh và Truyền hình Thành phố đưa tin", [("Đài Phát thanh và Truyền hình Thành phố", False)]),
    ("Ban Chỉ đạo Tổng điều tra kinh tế cấp tỉnh chủ trì", [("Ban Chỉ đạo Tổng điều tra kinh tế cấp tỉnh", False)]),
])
def test_a_forest_or_road_unit_is_a_body_and_a_seed_is_not(text, names):
    assert [(m.name, m.collective) for m in find_agencies(text)] == names


@pytest.mark.parametrize("heading, name", [
    # (the grammar reads it whole: its level closes the two fields "và" joins)
    ("Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh", None),
    ("Trung tâm Dịch vụ nông nghiệp và khuyến nông huyện (cơ quan thường trực):",
     "Trung tâm Dịch vụ nông nghiệp và khuyến nông huyện"),
    ("Sở Tài chính", None),  # the grammar reads it whole already
    ("Ủy ban nhân dân các phường có công trình", None),  # a class, not one body
    ("Sở Xây dựng tổ chức thực hiện các nội dung sau:", None),  # a sentence
    ("Sở Y tế và Sở Giáo dục và Đào tạo", None),  # two bodies
    ("Ban Dân vận - Chính sách, Pháp luật", "Ban Dân vận - Chính sách, Pháp luật"),  # its fields listed
    # the level word closes the name; what follows says what the body does
    ("Đảng ủy Cảnh sát biển tỉnh lãnh đạo Hải đội Cảnh sát biển tỉnh:", None),
    # a field after a comma, in lower case, and the body it belongs to
    ("Trung tâm Tư vấn, hỗ trợ pháp lý người lao động của Công đoàn tỉnh:",
     "Trung tâm Tư vấn, hỗ trợ pháp lý người lao động của Công đoàn tỉnh"),
    ("Trung tâm Y tế, các trạm y tế xã:", None),  # two bodies
])
def test_a_heading_that_is_one_body_s_name_alone_is_the_whole_name(heading, name):
    assert name_alone(heading) == name


def test_a_class_named_with_what_picks_its_members_is_names_only():
    text = "Ủy ban nhân dân các phường có công trình"
    assert names_only(text, actors_of(text).leads)
    assert names_only("Các trường học ven biển:", actors_of("Các trường học ven biển:").leads)
    sentence = "Ủy ban nhân dân các phường tổ chức thực hiện"
    assert not names_only(sentence, actors_of(sentence).leads)
    answering = "Ủy ban nhân dân các phường có trách nhiệm"
    assert not names_only(answering, actors_of(answering).leads)


@pytest.mark.parametrize("text, names", [
    ("(Chủ trì: Phòng Lao động, việc làm và Bảo hiểm xã hội; phối hợp: Sở Tài chính)",
     ["Phòng Lao động, việc làm và Bảo hiểm xã hội", "Sở Tài chính"]),
    ("Phòng Quản lý bảo vệ rừng và Bảo tồn thiên nhiên chủ trì", ["Phòng Quản lý bảo vệ rừng và Bảo tồn thiên nhiên"]),
    ("Sở Y tế, Bảo hiểm xã hội tỉnh phối hợp", ["Sở Y tế", "Bảo hiểm xã hội tỉnh"]),
])
def test_an_office_s_fields_closed_by_and_a_capital_run_through_a_word_like_xa_hoi(text, names):
    """ "xã" opens "xã hội" as it names a level: the field "… và Bảo hiểm xã hội" closes the office's name, while a
    body of its own after a comma stays one."""
    assert [m.name for m in find_agencies(text)] == names


def test_a_class_of_bodies_stops_before_the_verb_that_shares_a_syllable_with_its_words():
    """ "quan" belongs to a class only as "cơ quan" or "liên quan": "Ủy ban nhân dân các xã, phường quan tâm …" names the
    communes' committees, its verb none of them."""
    assert [m.name for m in find_agencies("Đề nghị Ủy ban nhân dân các xã, phường quan tâm, tạo điều kiện")] == [
        "Ủy ban nhân dân các xã, phường"]
    assert [m.name for m in find_agencies("Sở Y tế và các cơ quan, đơn vị liên quan")] == [
        "Sở Y tế", "các cơ quan, đơn vị liên quan"]


@pytest.mark.parametrize("text, expected", [
    ("Giao Ban Chỉ đạo 389 tỉnh chủ trì", [("Ban Chỉ đạo 389 tỉnh", False)]),
    ("Ban Chỉ đạo 35 Tỉnh ủy theo dõi", [("Ban Chỉ đạo 35 Tỉnh ủy", False)]),
    ("Sở Y tế 05 ngày một lần báo cáo", [("Sở Y tế", False)]),  # a count after the name is none of it
    # nor before a lower level: no committee's number, but a count of the places, as "các" is
    ("Giao Ủy ban nhân dân 03 xã biên giới thực hiện", [("Ủy ban nhân dân 03 xã", True)]),
    ("Đề nghị Ủy ban nhân dân 21 tỉnh, thành phố ven biển", [("Ủy ban nhân dân 21 tỉnh, thành phố ven biển", True)]),
    ("phối hợp với Thuế cơ sở 5 tỉnh Lai Châu", [("Thuế cơ sở 5 tỉnh Lai Châu", False)]),
    # one member named in apposition is his body's man, no class
    ("Giám đốc Sở Nội vụ, thành viên Ban Chỉ đạo tỉnh, chủ trì", [("Sở Nội vụ", False), ("Ban Chỉ đạo tỉnh", False)]),
    ("Các thành viên Ban Chỉ đạo 389 tỉnh, Ủy ban nhân dân các xã báo cáo",
     [("Các thành viên Ban Chỉ đạo 389 tỉnh", True), ("Ủy ban nhân dân các xã", True)]),
    ("phối hợp với Tổ giúp việc Ban Chỉ đạo tỉnh", [("Tổ giúp việc Ban Chỉ đạo tỉnh", False)]),
])
def test_a_committee_s_number_and_those_serving_it(text, expected):
    """A numbered committee ("Ban Chỉ đạo 389") is named with its number; its members are many people, a collective
    actor; its support team is a body of its own."""
    assert [(m.name, m.collective) for m in find_agencies(text)] == expected


def test_a_short_name_inside_its_members_phrase_names_them_not_the_body():
    aliases = defined_aliases("Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh (sau đây gọi tắt là Hội đồng) ban hành")
    assert aliases == {"Hội đồng": "Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh"}
    assert [(m.name, m.collective) for m in find_agencies("Các thành viên Hội đồng báo cáo", aliases=aliases)] == [
        ("Các thành viên Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh", True)]


@pytest.mark.parametrize("text, expected", [
    ("phối hợp với Hợp tác xã chè Bình Lư và các doanh nghiệp",
     [("Hợp tác xã chè Bình Lư", False), ("các doanh nghiệp", True)]),
    ("Trường mầm non Hoa Sen tổ chức", [("Trường mầm non Hoa Sen", False)]),
    ("Công ty cổ phần Sông Đà thi công", [("Công ty cổ phần Sông Đà", False)]),
    ("Trung tâm Y tế huyện Tam Đường", [("Trung tâm Y tế huyện Tam Đường", False)]),
])
def test_a_head_its_kind_in_lower_case_then_its_proper_name(text, expected):
    assert [(m.name, m.collective) for m in find_agencies(text)] == expected


def test_a_second_class_after_and_the_is_a_second_actor():
    text = "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh tăng cường tuyên truyền"
    assert [m.name for m in find_agencies(text)] == ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
                                                     "các tổ chức chính trị - xã hội tỉnh"]
    assert [m.name for m in find_agencies("Ủy ban nhân dân xã và các tổ chức chính trị - xã hội xã tăng cường")] == [
        "Ủy ban nhân dân xã", "các tổ chức chính trị - xã hội xã"]


@pytest.mark.parametrize("text, names", [
    ("Các Phòng Điều hành dự án 1, 2, 3 chủ trì",
     ["Phòng Điều hành dự án 1", "Phòng Điều hành dự án 2", "Phòng Điều hành dự án 3"]),
    ("phối hợp với các Đội Quản lý thị trường số 4 và 5;", ["Đội Quản lý thị trường số 4", "Đội Quản lý thị trường số 5"]),
    ("Phòng Điều hành dự án 1, 2 tháng một lần báo cáo", ["Phòng Điều hành dự án 1"]),  # a count follows: no body's number
])
def test_numbered_bodies_named_once_with_their_numbers_in_a_row_are_each_a_body(text, names):
    assert [m.name for m in find_agencies(text)] == names


def test_the_heads_of_a_class_of_bodies_stand_for_the_class():
    """ "Đề nghị Giám đốc các Trung tâm Y tế khu vực:" heads the centres' duties, as "Giám đốc Sở Y tế:" heads the
    Sở's; the class is named as the grammar reads it, without the office ("Chủ tịch UBND các xã, phường ven biển:")."""
    assert [m.name for m in actors_of("Đề nghị Giám đốc các Trung tâm Y tế khu vực:").leads] == ["Các Trung tâm Y tế khu vực"]
    assert [m.name for m in actors_of("Chủ tịch UBND các xã, phường ven biển:").leads] == [
        "Ủy ban nhân dân các xã, phường ven biển"]
    plan = extract_text("SỞ Y TẾ TỈNH BÌNH MINH\nSố: 15/KH-SYT\nBình Minh, ngày 02 tháng 3 năm 2026\nKẾ HOẠCH\n"
                        "Phòng, chống bệnh dại năm 2026\nI. NHIỆM VỤ\nĐề nghị Giám đốc các Trung tâm Y tế khu vực:\n"
                        "- Lập sổ theo dõi người bị động vật cắn.\n- Báo cáo số người bị động vật cắn về Sở Y tế trước "
                        "ngày 05 hằng tháng.\n")
    assert [t.lead for t in plan.tasks] == [["Các Trung tâm Y tế khu vực"]] * 2
    assert [(d.reporter, d.frequency) for d in plan.reporting] == [("Các Trung tâm Y tế khu vực", "monthly")]


@pytest.mark.parametrize("text, names", [
    # lower-case words after "và" finish an office's field where its lead's or partner's role follows
    ("Phòng Quản lý nợ và cưỡng chế nợ thuế chủ trì, phối hợp với các đơn vị",
     ["Phòng Quản lý nợ và cưỡng chế nợ thuế", "các đơn vị"]),
    # … and after a comma, though they open with a verb ("hỗ trợ"), and end on a noun that heads other names ("thuế")
    ("Phòng Chuyển đổi số và Tuyên truyền, hỗ trợ người nộp thuế phối hợp với Sở Công Thương",
     ["Phòng Chuyển đổi số và Tuyên truyền, hỗ trợ người nộp thuế", "Sở Công Thương"]),
    # a head that a name follows opens another body
    ("Phòng Tư pháp, Sở Y tế phối hợp", ["Phòng Tư pháp", "Sở Y tế"]),
    # the verb of the work ends the field ("điều hành" as any other)
    ("Phòng Quản lý thể dục thể thao điều hành thi đấu", ["Phòng Quản lý thể dục thể thao"]),
])
def test_an_offices_field_in_lower_case_runs_to_its_role(text, names):
    assert [m.name for m in find_agencies(text)] == names


@pytest.mark.parametrize("text, expected", [
    # any level after a head's "các" makes a class, the regions of 2025 among them; not "các khu vực" alone
    ("Viện kiểm sát nhân dân các khu vực báo cáo", [("Viện kiểm sát nhân dân các khu vực", True)]),
    ("Kho bạc Nhà nước các khu vực phối hợp", [("Kho bạc Nhà nước các khu vực", True)]),
    ("bố trí lực lượng tại các khu vực nguy hiểm", []),
    # a commune's villages are a class, with their hamlets or residential groups
    ("các thôn, bản phối hợp", [("các thôn, bản", True)]),
    ("Ủy ban nhân dân các xã, các thôn, tổ dân phố", [("Ủy ban nhân dân các xã, các thôn, tổ dân phố", True)]),
    # the police's investigating bodies, named with the police they belong to
    ("phối hợp với Cơ quan Cảnh sát điều tra Công an tỉnh xử lý", [("Cơ quan Cảnh sát điều tra Công an tỉnh", False)]),
    # a province's statistics office since 2025, one or all of them, and a census's standing team; the verb is none
    ("Thống kê các tỉnh, thành phố báo cáo Tổ thường trực Tổng điều tra",
     [("Thống kê các tỉnh, thành phố", True), ("Tổ thường trực Tổng điều tra", False)]),
    ("Thống kê, đánh giá thiệt hại sau bão", []),
    ("Thống kê các thôn, bản chưa có nhà văn hóa", [("các thôn, bản", True)]),  # counting villages: no office
])
def test_classes_of_local_bodies_and_investigating_bodies(text, expected):
    assert [(span, collective) for span, _, collective in named(text)] == expected


def test_a_heading_closed_by_its_colon_spells_a_long_name_out():
    """ "2. Phòng Kiểm sát việc giải quyết các vụ án hành chính, …, theo quy định của pháp luật:" over its duties: the
    heading is the department's whole name, its verbs made nouns ("việc giải quyết"); a known body followed by what it
    does ("Sở Y tế tổ chức kiểm tra các cơ sở sau:") is that body, not a name that long."""
    long_name = ("Phòng Kiểm sát việc giải quyết các vụ án hành chính, kinh doanh, thương mại, lao động và những việc "
                 "khác theo quy định của pháp luật")
    plan = extract_text("VIỆN KIỂM SÁT NHÂN DÂN TỈNH BÌNH MINH\nSố: 3/KH-VKS\nBình Minh, ngày 05 tháng 01 năm 2026\n"
                        "KẾ HOẠCH\nCông tác năm 2026\nI. NHIỆM VỤ\n"
                        f"1. {long_name}:\n- Kiểm sát các bản án sơ thẩm của Tòa án.\n"
                        "2. Sở Y tế tổ chức kiểm tra các cơ sở sau:\n- Cơ sở bán lẻ thuốc.\n")
    assert [t.lead for t in plan.tasks][:2] == [[long_name], ["Sở Y tế"]]


def test_the_office_every_body_has_named_alone_is_a_body_when_it_leads():
    assert [name for _, name, _ in named("Văn phòng chủ trì triển khai hệ thống số hóa hồ sơ")] == ["Văn phòng"]
    assert named("Văn phòng phẩm được cấp hằng quý") == []
    assert named("Trung tâm chủ trì") == []  # (another head alone names nothing)


def test_a_name_goes_on_to_a_proper_name_after_its_lower_case_words():
    assert [name for _, name, _ in named("phối hợp với Ban Quản lý Khu Di tích lịch sử Đền Hùng, Sở Xây dựng")] \
        == ["Ban Quản lý Khu Di tích lịch sử Đền Hùng", "Sở Xây dựng"]
    assert [name for _, name, _ in named("Cảng vụ Hàng hải Tân An tạm giữ tàu MINH AN")] == ["Cảng vụ Hàng hải Tân An"]
    assert [name for _, name, _ in named("Phòng Văn hóa - Thông tin ngày hội Văn Hóa các dân tộc")] \
        == ["Phòng Văn hóa - Thông tin"]  # (after a field, no proper name of the name's)


def test_an_offices_field_after_a_comma_may_join_two_words_with_a_dash_before_its_advising_role():
    assert [name for _, name, _ in named("Phòng Tổ chức cán bộ, thi đua - khen thưởng tham mưu Chánh án hoàn thiện "
                                         "đề án vị trí việc làm")] == ["Phòng Tổ chức cán bộ, thi đua - khen thưởng"]


def test_a_heading_saying_its_bodys_standing_role_is_not_read_into_the_name():
    assert [m.name for m in actors_of("Phòng Quản lý chất lượng là đơn vị thường trực: hướng dẫn các khoa xây dựng đề "
                                      "án cải tiến").leads] == ["Phòng Quản lý chất lượng"]


@pytest.mark.parametrize("text,name", [
    ("Phòng Tiếp nhận và Trả kết quả chủ trì hướng dẫn người dân.", "Phòng Tiếp nhận và Trả kết quả"),
    ("| 1 | Rà soát quy trình | Bộ phận Tiếp nhận và Trả kết quả | Quý I/2027 |", "Bộ phận Tiếp nhận và Trả kết quả"),
])
def test_a_field_whose_capitalised_verb_ends_on_a_small_word_keeps_it(text, name):
    # ("nhận", "trả" alone end a name: "… gửi Sở Y tế nhận hồ sơ"; after "Tiếp" they end the field's verb)
    assert [m.name for m in find_agencies(text)][0] == name


@pytest.mark.parametrize("heading,leads", [
    ("Các Xí nghiệp thủy lợi: Lục Sơn, Tân Hòa, Bến Cát", ["Xí nghiệp thủy lợi Lục Sơn", "Xí nghiệp thủy lợi Tân Hòa",
                                                           "Xí nghiệp thủy lợi Bến Cát"]),
    ("Các Cục: Hàng hải Việt Nam, Đường sắt Việt Nam:", ["Cục Hàng hải Việt Nam", "Cục Đường sắt Việt Nam"]),
])
def test_a_kind_of_body_listed_by_the_rest_of_their_names_leads_with_each(heading, leads):
    assert [m.name for m in actors_of(heading).leads] == leads


@pytest.mark.parametrize("text, names", [
    ("Thường trực Tỉnh ủy chỉ đạo", ["Thường trực Tỉnh ủy"]),
    ("báo cáo Thường trực Hội đồng nhân dân tỉnh Lai Châu", ["Thường trực Hội đồng nhân dân tỉnh Lai Châu"]),
    # the standing organ in an office's or a seat's title: the person stands for the body
    ("Phó Chủ tịch Thường trực Ủy ban nhân dân tỉnh chỉ đạo", ["Ủy ban nhân dân tỉnh"]),
    ("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh chủ trì", ["Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"]),
])
def test_a_bodys_standing_organ_is_named_with_it(text, names):
    assert [mention.name for mention in find_agencies(text)] == names


def test_a_standing_organ_over_a_defined_short_name_keeps_the_texts_words():
    aliases = {"Hội": "Hội Người cao tuổi tỉnh Lai Châu"}
    assert [mention.name for mention in find_agencies("Chủ trì: Thường trực Hội", aliases=aliases)] == ["Thường trực Hội"]


def test_a_verb_ending_in_hoa_closes_a_bodys_name():
    text = "Ban Giám hiệu Nhà trường cụ thể hóa các nhiệm vụ vào kế hoạch năm học."
    assert [mention.name for mention in find_agencies(text)] == ["Ban Giám hiệu Nhà trường"]


def test_a_noun_ending_on_a_verbs_syllable_goes_on_in_a_name():
    text = "Công ty TNHH một thành viên Khai thác công trình thủy lợi Phú Thọ: chủ trì vận hành hồ chứa."
    assert [mention.name for mention in find_agencies(text)] == [
        "Công ty TNHH một thành viên Khai thác công trình thủy lợi Phú Thọ"]
    assert [mention.name for mention in find_agencies("Sở Xây dựng trình Ủy ban nhân dân tỉnh")] == [
        "Sở Xây dựng", "Ủy ban nhân dân tỉnh"]


def test_an_entry_heading_names_its_body_whole_up_to_its_colon_a_verb_of_names_in_it():
    from vnplan.extract.agencies import names_holding_a_verb
    text = "4. Phòng Kế hoạch tổng hợp: Phối hợp với Phòng Tài chính - Kế toán lập dự toán kinh phí.\n"
    assert names_holding_a_verb(text) == {"Phòng Kế hoạch tổng hợp": "Phòng Kế hoạch tổng hợp"}
    plan = extract_text("BỆNH VIỆN PHỔI TỈNH SƠN LA\nSố: 4/KH-BVP\nSơn La, ngày 1 tháng 12 năm 2026\nKẾ HOẠCH\n"
                        "Phát hiện bệnh lao năm 2027\nI. NHIỆM VỤ\n" + text)
    assert plan.tasks[0].lead == ["Phòng Kế hoạch tổng hợp"]


def test_a_national_organisation_named_with_its_central_organ_is_the_organisation():
    leads = actors_of("Đề nghị Trung ương Hội Liên hiệp Phụ nữ Việt Nam chỉ đạo các cấp hội vận động cha mẹ").leads
    assert [mention.name for mention in leads] == ["Hội Liên hiệp Phụ nữ Việt Nam"]
    found = find_agencies("các tỉnh, thành phố trực thuộc Trung ương Hội Nông dân Việt Nam chỉ đạo")
    assert [mention.name for mention in found] == ["các tỉnh, thành phố trực thuộc Trung ương"]


def test_the_issuers_name_over_a_class_of_communes_is_that_body_of_every_commune():
    from vnplan.extract.agencies import issuer_units
    issuer = "Hội Nạn nhân chất độc da cam/dioxin tỉnh Vĩnh Long"
    text = "Hội Nạn nhân chất độc da cam/dioxin các xã, phường: xây dựng kế hoạch năm 2027."
    aliases = issuer_units(text + " " + issuer, issuer, "Vĩnh Long")
    found = find_agencies(text, aliases=aliases)
    assert [(m.name, m.collective) for m in found][:1] == [("Hội Nạn nhân chất độc da cam/dioxin các xã, phường", True)]


def test_any_body_of_a_commune_names_its_communes_bodies_by_their_level_alone_but_its_own_units():
    from vnplan.extract.agencies import own_bodies
    text = ("Ủy ban nhân dân xã chủ trì, phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam xã rà soát các hộ dân. "
            "Ủy ban Kiểm tra Đảng ủy xã đưa việc thực hiện Chỉ thị vào chương trình kiểm tra. Công an xã tuần tra.")
    assert own_bodies(text, "Đảng ủy xã Bản Hồ") == {"Ủy ban Mặt trận Tổ quốc Việt Nam xã": "Ủy ban Mặt trận Tổ quốc Việt Nam xã",
                                                     "Công an xã": "Công an xã"}
    assert own_bodies(text, "Ban Chỉ đạo phòng, chống thiên tai tỉnh Lào Cai") == {}


@pytest.mark.parametrize("text, name", [
    ("phối hợp với Ủy ban nhân dân xã Trường Hà thực hiện", "Ủy ban nhân dân xã Trường Hà"),
    ("Công an phường Sở Dầu bố trí lực lượng", "Công an phường Sở Dầu"),
])
def test_a_communes_name_opening_on_a_heads_syllable_is_its_place_not_another_body(text, name):
    """ "xã Trường Hà", "phường Sở Dầu": capitalised words only after the level name a place, where a body's name has
    its kind or field in lower case ("Công an xã Sở Y tế", cells run together, stay two)."""
    assert [m.name for m in find_agencies(text)] == [name]
    assert [m.name for m in find_agencies("Công an xã Sở Y tế")] == ["Công an xã", "Sở Y tế"]


def test_the_fire_polices_field_with_its_commas_is_one_name_and_its_owner_in_brackets_no_partner_of_its_own():
    from vnplan.extract.actors import bodies_named
    text = "Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ (Công an thành phố)"
    assert [m.name for m in bodies_named(text)] == ["Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ"]
    listed = bodies_named("Sở Y tế, Sở Tài chính (qua Phòng Ngân sách)")
    assert [m.name for m in listed][:2] == ["Sở Y tế", "Sở Tài chính"]


@pytest.mark.parametrize("text, names", [
    # the plan's own commune, unnamed, ends the name before the verb that follows it
    ("Phối hợp với Đoàn Thanh niên xã xây dựng sản phẩm du lịch", ["Đoàn Thanh niên xã"]),
    ("Hội Nông dân phường xây dựng mô hình kinh tế", ["Hội Nông dân phường"]),
    # … but "hợp tác xã" is a cooperative, and "xã hội" no level
    ("Quỹ Hỗ trợ phát triển hợp tác xã tỉnh báo cáo tình hình cho vay", ["Quỹ Hỗ trợ phát triển hợp tác xã tỉnh"]),
    ("Bảo hiểm xã hội tỉnh chủ trì", ["Bảo hiểm xã hội tỉnh"]),
    # a verb of names before the plan's own commune, or a named one, belongs to the name: no verb takes a place
    ("Trung tâm Dịch vụ tổng hợp xã hướng dẫn nông dân", ["Trung tâm Dịch vụ tổng hợp xã"]),
    ("Trung tâm Dịch vụ tổng hợp xã Tân Hòa hướng dẫn nông dân", ["Trung tâm Dịch vụ tổng hợp xã Tân Hòa"]),
    ("Sở Tài chính tổng hợp kết quả", ["Sở Tài chính"]),
    # "trước" opens a time, no syllable of a name
    ("báo cáo kết quả về Văn phòng Sở trước ngày 10/8/2027", ["Văn phòng Sở"]),
])
def test_where_a_name_ends_before_the_words_of_its_sentence(text, names):
    assert [m.name for m in find_agencies(text)] == names


@pytest.mark.parametrize("text, names", [
    # a class of a head, its kind in lower case, then its members' proper names: each member a body
    ("Các chi bộ tổ dân phố Đông Sơn, Hàm Rồng, Nam Ngạn:",
     ["Chi bộ tổ dân phố Đông Sơn", "Chi bộ tổ dân phố Hàm Rồng", "Chi bộ tổ dân phố Nam Ngạn"]),
    ("Các trường tiểu học Kim Đồng, Lê Lợi và Chu Văn An tổ chức ngoại khóa",
     ["Trường tiểu học Kim Đồng", "Trường tiểu học Lê Lợi", "Trường tiểu học Chu Văn An"]),
    # kinds of school are no proper names: the class stays one
    ("phối hợp với các trường Đại học, Cao đẳng", ["các trường"]),
    ("Các trường: Đại học, Cao đẳng, Trung cấp trên địa bàn", ["Các trường"]),
])
def test_a_class_followed_by_its_members_names_names_each_member(text, names):
    assert [m.name for m in find_agencies(text)] == names


@pytest.mark.parametrize("text, name", [
    ("phối hợp với Ban Chỉ huy phòng, chống thiên tai tỉnh kiểm tra", "Ban Chỉ huy phòng, chống thiên tai tỉnh"),
    ("Ban Chỉ đạo phòng, chống thiên tai tỉnh chủ trì", "Ban Chỉ đạo phòng, chống thiên tai tỉnh"),
    ("Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao chủ trì",
     "Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao"),
])
def test_a_comma_inside_prevent_and_combat_joins_one_word_of_the_name(text, name):
    """ "phòng, chống" (to prevent and combat) is one word though a comma parts its halves: no list of fields."""
    assert [m.name for m in find_agencies(text)] == [name]


@pytest.mark.parametrize("text, names", [
    ("Trưởng thôn Thạnh Đức, thôn Long Thạnh 1 phối hợp với Hợp tác xã Diêm nghiệp vận động các hộ",
     ["Thôn Thạnh Đức", "Thôn Long Thạnh 1", "Hợp tác xã Diêm nghiệp"]),
    ("Trưởng các làng Ia Nueng, Ốp, Plei Ơp phân công người quản lý giếng",
     ["Làng Ia Nueng", "Làng Ốp", "Làng Plei Ơp"]),
    ("Trưởng thôn chủ trì họp dân", ["Các thôn"]),  # (a village unnamed: every village's head, for his village)
])
def test_a_village_head_named_with_his_villages_stands_for_each_village(text, names):
    assert [m.name for m in find_agencies(text)] == names


@pytest.mark.parametrize("text,span,canonical", [
    # two fields joined by "và", the level after the second closing both
    ("phối hợp với Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh kiểm tra",
     "Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh",
     "Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh"),
    ("Trung tâm Khuyến nông và dịch vụ thú y xã hướng dẫn", "Trung tâm Khuyến nông và dịch vụ thú y xã",
     "Trung tâm Khuyến nông và dịch vụ thú y xã"),
])
def test_two_fields_joined_by_and_closed_by_one_level_are_one_name(text, span, canonical):
    assert (span, canonical, False) in named(text)


@pytest.mark.parametrize("text,expected", [
    ("Sở Y tế và các xã kiểm tra", ["Sở Y tế", "các xã"]),  # a class after "và" is a second actor
    ("Phòng Kinh tế xã và các thôn thực hiện", ["Phòng Kinh tế xã", "các thôn"]),
    ("Sở Y tế hướng dẫn và kiểm tra xã thực hiện", ["Sở Y tế"]),  # verbs joined by "và" name nobody
])
def test_and_before_a_class_or_a_verb_joins_no_fields(text, expected):
    assert [span for span, _, _ in named(text)] == expected


def test_a_hamlets_board_is_a_body_and_all_of_them_a_class():
    assert named("Ban nhân dân ấp Tân Thạnh vận động hộ gia đình") == [
        ("Ban nhân dân ấp Tân Thạnh", "Ban nhân dân ấp Tân Thạnh", False)]
    assert [(span, collective) for span, _, collective in named("4. Ban nhân dân các ấp: vận động")] == [
        ("Ban nhân dân các ấp", True)]


def test_a_short_name_defined_after_a_standing_organ_is_the_bodys():
    text = ("Ban Thường vụ Hội Chữ thập đỏ và bảo trợ xã hội tỉnh Kon Plông (sau đây gọi là Hội) ban hành Kế hoạch. "
            "Sở Y tế phối hợp với Hội khám sàng lọc.")
    assert defined_aliases(text) == {"Hội": "Hội Chữ thập đỏ và bảo trợ xã hội tỉnh Kon Plông"}


@pytest.mark.parametrize("text,names", [
    ("Tổ Giám thị theo dõi nề nếp học sinh", ["Tổ Giám thị"]),  # a team named in capitals
    ("Tổ Tư vấn tâm lý học đường phối hợp với Công an xã", ["Tổ Tư vấn tâm lý học đường", "Công an xã"]),
    ("Tổ chức hội nghị sơ kết", []),  # the verb, and the country, are no team
    ("Phòng Nghiệp vụ và Tổ chức thi hành án phối hợp", ["Phòng Nghiệp vụ và Tổ chức thi hành án"]),
    ("Bảo vệ Tổ quốc; Mặt trận Tổ quốc Việt Nam tỉnh giám sát", ["Mặt trận Tổ quốc Việt Nam tỉnh"]),
    ("Báo cáo kết quả về Báo Nhân Dân", ["Báo Nhân Dân"]),
])
def test_a_team_is_named_by_its_head_and_a_word_opening_with_a_head_is_none(text, names):
    assert [m.name for m in find_agencies(text)] == names


def test_a_short_name_of_a_head_and_initials_stands_for_the_name_before_it():
    text = ("bảo đảm phối hợp giữa Phòng Phổ biến, giáo dục pháp luật và Theo dõi thi hành pháp luật (sau đây gọi là Phòng "
            "PBGDPL và TDTHPL) với Phòng Xây dựng và Kiểm tra văn bản quy phạm pháp luật (sau đây gọi là Phòng XD&KTVB).")
    assert defined_aliases(text) == {
        "Phòng PBGDPL và TDTHPL": "Phòng Phổ biến, giáo dục pháp luật và Theo dõi thi hành pháp luật",
        "Phòng XD&KTVB": "Phòng Xây dựng và Kiểm tra văn bản quy phạm pháp luật"}


def test_an_entry_heading_closed_by_its_colon_or_a_co_lead_spells_its_name_out():
    """ "2. Trung tâm Thông tin xúc tiến du lịch: duy trì …": the colon of an entry that opens its line closes the name
    (its words "xúc tiến" would end it in a sentence); so does a shared lead's role, "… đồng chủ trì"."""
    plan = ("1. Trung tâm Thông tin xúc tiến du lịch: duy trì đường dây nóng hỗ trợ du khách.\n"
            "2. Tổ chức khám sàng lọc (Cục Phòng bệnh và Cục Bà mẹ và Trẻ em đồng chủ trì; năm 2027).\n"
            "Sở Y tế: tổ chức tập huấn.\n")
    names = spelt_out_names(plan)
    assert "Trung tâm Thông tin xúc tiến du lịch" in names
    assert not any(name.endswith(" đồng") for name in names)
    # (a colon inside a sentence closes nothing: the name must open its line)
    assert spelt_out_names("Thực hiện ý kiến của Trung tâm Thông tin xúc tiến du lịch: duy trì …\n") == {}


def test_the_states_economic_groups_are_a_class_of_bodies_over_their_duties():
    plan = extract_text("BỘ CÔNG THƯƠNG\nSố: 12/CT-BCT\nHà Nội, ngày 05 tháng 3 năm 2027\nCHỈ THỊ\nVề an toàn hóa chất\n"
                        "1. Cục Hóa chất:\na) Xây dựng cơ sở dữ liệu hóa chất quốc gia;\nb) Tổ chức kiểm tra.\n"
                        "2. Các tập đoàn, tổng công ty, doanh nghiệp hoạt động hóa chất:\n"
                        "- Rà soát, cập nhật kế hoạch ứng phó sự cố hóa chất;\n- Tổ chức huấn luyện an toàn.\n"
                        "Nơi nhận:\n- Lưu: VT.\nBỘ TRƯỞNG\nNguyễn Văn An\n")
    assert [(t.text[:20], t.lead) for t in plan.tasks][2:] == [
        ("Rà soát, cập nhật kế", ["Các tập đoàn, tổng công ty, doanh nghiệp hoạt động hóa chất"]),
        ("Tổ chức huấn luyện a", ["Các tập đoàn, tổng công ty, doanh nghiệp hoạt động hóa chất"])]


def test_a_fields_value_closed_by_a_stop_is_one_name_with_its_commas():
    """ "- Đơn vị chủ trì: Phòng Nghiệp vụ, dự toán, pháp chế.": the field's value is the office's whole name, its stop
    no part of it."""
    from vnplan.extract.actors import bodies_named
    assert [m.name for m in bodies_named("Phòng Nghiệp vụ, dự toán, pháp chế.")] == ["Phòng Nghiệp vụ, dự toán, pháp chế"]
    assert [m.name for m in bodies_named("Phòng Thanh tra, kiểm tra.")] == ["Phòng Thanh tra, kiểm tra"]


def test_places_listed_after_a_colon_and_words_saying_which_are_each_a_body():
    """ "Ủy ban nhân dân các xã biên giới: Bờ Y, Đăk Plô và Ủy ban nhân dân đặc khu Lý Sơn": the communes named one by
    one, as after "các xã:"; without the colon and the places, "các xã biên giới" stays a class."""
    assert [(name, collective) for _, name, collective in named(
        "Ủy ban nhân dân các xã biên giới: Bờ Y, Đăk Plô, Mô Rai và Ủy ban nhân dân đặc khu Lý Sơn")] == [
        ("Ủy ban nhân dân xã Bờ Y", False), ("Ủy ban nhân dân xã Đăk Plô", False), ("Ủy ban nhân dân xã Mô Rai", False),
        ("Ủy ban nhân dân đặc khu Lý Sơn", False)]
    assert [(name, collective) for _, name, collective in named("Ủy ban nhân dân các xã biên giới phối hợp")] == [
        ("Ủy ban nhân dân các xã", True)]


def test_a_name_given_a_short_name_is_whole_wherever_it_stands():
    """A name the plan defines a short name for is spelt out whole at the definition: where the text writes it again
    in full, the grammar (which stops at its comma in a sentence) reads it whole too; a name the grammar reads whole
    needs nothing."""
    from vnplan.extract.agencies import defined_names_spelt_out
    long_name = "Phòng Thực hành quyền công tố, kiểm sát điều tra, kiểm sát xét xử án kinh tế, tham nhũng, chức vụ"
    plan = extract_text("VIỆN KIỂM SÁT NHÂN DÂN TỈNH BÌNH MINH\nSố: 7/KH-VKS\nBình Minh, ngày 05 tháng 01 năm 2027\n"
                        f"KẾ HOẠCH\nCông tác năm 2027\nI. NHIỆM VỤ\n1. Giao {long_name} (sau đây gọi tắt là Phòng 3) "
                        "chủ trì kiểm sát các vụ án kinh tế.\n"
                        f"2. {long_name} tổ chức rút kinh nghiệm các phiên tòa.\n"
                        "Nơi nhận:\n- Lưu: VT.\nVIỆN TRƯỞNG\nLê Văn An\n")
    assert [t.lead for t in plan.tasks] == [[long_name], [long_name]]
    assert defined_names_spelt_out({"Ban Chỉ đạo": "Ban Chỉ đạo phòng, chống thiên tai tỉnh", "Sở": "Sở Y tế"}) == {}


@pytest.mark.parametrize("text,names", [
    # the tax offices below the province since 2025, told apart by their number
    ("Thuế cơ sở 1 tỉnh Thanh Hóa, Thuế cơ sở 3 tỉnh Thanh Hóa phối hợp",
     ["Thuế cơ sở 1 tỉnh Thanh Hóa", "Thuế cơ sở 3 tỉnh Thanh Hóa"]),
    # a border gate's customs office, its words in lower case before the gate's name
    ("Giao Hải quan cửa khẩu quốc tế Tây Trang chủ trì", ["Hải quan cửa khẩu quốc tế Tây Trang"]),
    # the deposit insurer, and an office of it; a newspaper called a "thời báo"
    ("Văn phòng Bảo hiểm tiền gửi Việt Nam bố trí kinh phí", ["Văn phòng Bảo hiểm tiền gửi Việt Nam"]),
    ("phối hợp với Đài Tiếng nói Việt Nam, Thời báo Kinh tế Sài Gòn", ["Đài Tiếng nói Việt Nam", "Thời báo Kinh tế Sài Gòn"]),
])
def test_bodies_of_the_2025_tax_customs_and_press_kinds(text, names):
    assert [name for _, name, _ in named(text)] == names


def test_a_count_after_a_numbered_head_is_no_body():
    assert named("thu thuế cơ sở kinh doanh") == []
    # (a count of the places after a committee is the class of their committees, as "các xã" is: no one body)
    assert named("Ủy ban nhân dân 03 xã") == [("Ủy ban nhân dân 03 xã", "Ủy ban nhân dân 03 xã", True)]


def test_a_capitalised_verb_after_a_level_opens_a_sentence_not_a_place():
    """A heading run on into its first sentence ("… Hội Nông dân tỉnh" / "Vận động hội viên …"): the verb is no place's
    name; a place that one word names still closes its body ("thành phố Huế tổ chức")."""
    assert [m.name for m in find_agencies("Đề nghị Tỉnh đoàn, Hội Nông dân tỉnh Vận động hội viên tham gia")] == [
        "Tỉnh đoàn", "Hội Nông dân tỉnh"]
    assert [m.name for m in find_agencies("Ủy ban nhân dân thành phố Huế tổ chức")] == [
        "Ủy ban nhân dân thành phố Huế"]


def test_a_post_heading_with_its_role_in_brackets_keeps_the_body_before_the_bracket():
    """ "Chủ tịch Ủy ban nhân dân tỉnh (Trưởng ban)": the body the office-holder heads; only a committee's own post,
    "Phó Trưởng Ban thường trực (Bộ trưởng Bộ X)", is named by the office in its bracket."""
    assert names_of(actors_of("Chủ tịch Ủy ban nhân dân tỉnh (Trưởng ban)").leads) == ["Ủy ban nhân dân tỉnh"]
    assert names_of(actors_of("Giám đốc Sở Y tế (Trưởng ban)").leads) == ["Sở Y tế"]
    assert names_of(actors_of("Phó Trưởng Ban thường trực (Bộ trưởng Bộ Công an)").leads) == ["Bộ Công an"]
    assert names_of(actors_of("Các thành viên Ban Chỉ đạo là lãnh đạo Bộ Ngoại giao").leads) == ["Bộ Ngoại giao"]


def test_a_bare_head_the_plan_uses_as_its_short_name_opens_no_other_name():
    """ "Ủy ban" for the committee that wrote the plan: not where "Ủy ban nhân dân …" or "Ủy ban Thường vụ …" begins."""
    aliases = {"Ủy ban": "Ủy ban Pháp luật và Tư pháp của Quốc hội"}
    assert [m.name for m in find_agencies("Ủy ban gửi đề cương", aliases=aliases)] == [
        "Ủy ban Pháp luật và Tư pháp của Quốc hội"]
    assert [m.name for m in find_agencies("Đề nghị Ủy ban nhân dân các tỉnh báo cáo", aliases=aliases)] == [
        "Ủy ban nhân dân các tỉnh"]
    assert [m.name for m in find_agencies("báo cáo Ủy ban Thường vụ Quốc hội", aliases=aliases)] == [
        "Ủy ban Thường vụ Quốc hội"]


def test_a_company_named_up_to_its_place_does_not_take_the_verb_after_it():
    found = find_agencies("Công ty TNHH MTV Lâm nghiệp Tà Lài làm đường băng cản lửa dưới tán rừng thông.")
    assert [mention.name for mention in found] == ["Công ty TNHH MTV Lâm nghiệp Tà Lài"]
    # (but "việc làm" is the name's: the job-service centre)
    found = find_agencies("Trung tâm Dịch vụ việc làm tỉnh tổ chức phiên giao dịch.")
    assert [mention.name for mention in found] == ["Trung tâm Dịch vụ việc làm tỉnh"]


def test_a_project_boards_short_form_is_spelt_out():
    found = find_agencies("Ban QLDA ĐTXD các công trình dân dụng tỉnh chủ trì nghiệm thu.")
    assert [mention.name for mention in found] == ["Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng tỉnh"]


def test_a_labour_federations_short_form_inside_a_name_is_spelt_out():
    found = find_agencies("Ban Chính sách - Pháp luật LĐLĐ tỉnh phối hợp với Văn phòng LĐLĐ tỉnh.")
    assert [mention.name for mention in found] == [
        "Ban Chính sách - Pháp luật Liên đoàn Lao động tỉnh", "Văn phòng Liên đoàn Lao động tỉnh"]


def test_a_village_body_then_more_villages_names_the_same_body_of_each():
    found = find_agencies("Ban nhân dân ấp Bình An, ấp Bình Hòa vận động các hộ ký cam kết.")
    assert [mention.name for mention in found] == ["Ban nhân dân ấp Bình An", "Ban nhân dân ấp Bình Hòa"]


@pytest.mark.parametrize("text, name", [
    ("Giao Phòng Quản lý bảo trì đường bộ theo dõi, đôn đốc việc thực hiện", "Phòng Quản lý bảo trì đường bộ"),
    ("Chi cục Quản lý chất lượng nông lâm thủy sản kiểm tra các cơ sở", "Chi cục Quản lý chất lượng nông lâm thủy sản"),
    ("Trạm Quản lý bảo vệ rừng Krông Pa chủ trì, phối hợp với Hạt Kiểm lâm", "Trạm Quản lý bảo vệ rừng Krông Pa"),
    ("Ban Quản lý bảo trì đường bộ Quảng Bình kiểm tra mặt đường", "Ban Quản lý bảo trì đường bộ Quảng Bình"),
    ("Phòng Kỹ thuật - Quản lý bảo vệ rừng chủ trì tổng hợp", "Phòng Kỹ thuật - Quản lý bảo vệ rừng"),
    ("Cục Quản lý đê điều và Phòng, chống thiên tai theo dõi, đôn đốc các tỉnh",
     "Cục Quản lý đê điều và Phòng, chống thiên tai"),
    # (after a field that is no verb over an activity, a verb is the sentence's)
    ("phối hợp với Phòng Tổng hợp tiếp nhận đăng ký của các đơn vị", "Phòng Tổng hợp"),
    ("Phòng Thanh tra - Kiểm tra xây dựng kế hoạch thanh tra năm 2027", "Phòng Thanh tra - Kiểm tra"),
    ("Chủ trì, phối hợp với Viện Công nhân và Công đoàn xây dựng cơ sở dữ liệu", "Viện Công nhân"),
])
def test_a_field_in_capitals_that_is_a_verb_takes_what_it_acts_on_into_the_name(text, name):
    assert find_agencies(text)[0].name == name


@pytest.mark.parametrize("text, name", [
    ("tổng hợp, báo cáo Cục Quản lý thi hành án dân sự kết quả thực hiện", "Cục Quản lý thi hành án dân sự"),
    ("báo cáo Hội đồng Kiểm soát nhiễm khuẩn bệnh viện hằng quý", "Hội đồng Kiểm soát nhiễm khuẩn bệnh viện"),
])
def test_what_a_report_gives_or_how_often_is_none_of_its_recipients_name(text, name):
    assert find_agencies(text)[0].name == name


@pytest.mark.parametrize("text, name", [
    ("phối hợp với Công ty TNHH MTV Khai thác công trình thủy lợi Bình Định thông báo lịch xả lũ",
     "Công ty TNHH MTV Khai thác công trình thủy lợi Bình Định"),  # (a legal form's letters, then a field in capitals)
    ("Viện Vệ sinh dịch tễ Tây Nguyên theo địa bàn phụ trách cử cán bộ", "Viện Vệ sinh dịch tễ Tây Nguyên"),
])
def test_a_name_goes_on_past_a_legal_form_and_up_to_the_sentences_small_word(text, name):
    assert find_agencies(text)[0].name == name


def test_after_another_field_a_verb_no_list_knows_is_the_sentences():
    assert find_agencies("Tổ Bảo vệ ngắt cầu dao điện tổng các dãy hàng lúc 18 giờ")[0].name == "Tổ Bảo vệ"
    assert find_agencies("Đề nghị Tổng công ty Bảo đảm an toàn hàng hải miền Nam kiểm tra báo hiệu")[0].name == \
        "Tổng công ty Bảo đảm an toàn hàng hải miền Nam"


@pytest.mark.parametrize("text, name", [
    ("Ban Quản lý di tích dọn dẹp khuôn viên đền trước ngày 20/3/2027.", None),  # (a verb no list knows, no sure end)
    ("Trạm Quản lý bảo vệ rừng phát dọn thực bì, làm đường băng cản lửa.", "Trạm Quản lý"),
    # (its second field after a dash: the name goes on there)
    ("Khoa Kiểm soát bệnh tật - HIV/AIDS; Ủy ban nhân dân các xã", "Khoa Kiểm soát bệnh tật - HIV/AIDS"),
    ("Trung tâm Cấp cứu mỏ - Vinacomin phối hợp.", "Trung tâm Cấp cứu mỏ - Vinacomin"),
    # (not another body, nor a role, after the dash: the name ends before it)
    ("Khoa Kiểm soát nhiễm khuẩn - Khoa Dược phối hợp.", "Khoa Kiểm soát nhiễm khuẩn"),
    ("Trung tâm Kiểm soát bệnh tật - Chủ trì.", "Trung tâm Kiểm soát bệnh tật"),
])
def test_what_a_field_acts_on_is_read_only_up_to_a_sure_end(text, name):
    assert next((m.name for m in find_agencies(text)), None) == name


def test_a_units_own_parts_listed_after_a_colon_are_no_departments():
    assert [m.name for m in actors_of("2. Các bộ phận: Kế toán, Văn thư chuẩn bị hồ sơ.").leads] != [
        "Sở Kế toán", "Sở Văn thư"]
    assert [m.name for m in actors_of("Các bộ môn: Toán, Ngữ văn xây dựng đề kiểm tra.").leads] == ["Các bộ môn"]


@pytest.mark.parametrize("text, names", [
    ("Các bệnh viện, Trung tâm Y tế khu vực rà soát danh mục thuốc.", ["Các bệnh viện, Trung tâm Y tế khu vực"]),
    ("Các trường học, Trạm Y tế xã phối hợp khám sức khỏe học sinh.", ["Các trường học, Trạm Y tế xã"]),
    # (a level's body named so in its own plan is one body; a place makes the centre one of its own)
    ("Công an xã, Trạm Y tế xã tiếp nhận, hỗ trợ nạn nhân.", ["Công an xã", "Trạm Y tế xã"]),
    ("Các bệnh viện, Trung tâm Y tế khu vực Mường Tè thực hiện.", ["Các bệnh viện", "Trung tâm Y tế khu vực Mường Tè"]),
    ("Các xã học tập kinh nghiệm của xã Tân Phú.", ["Các xã"]),
])
def test_a_class_goes_on_over_a_kind_named_by_its_level_without_a_place(text, names):
    assert [m.name for m in find_agencies(text)][:len(names)] == names


@pytest.mark.parametrize("text, names", [
    # (a text browser's copy of a table: the row's cells one after another on its lines)
    ("Vụ Giáo dục Thường xuyên Vụ Pháp chế Quý I/2027 Công văn", ["Vụ Giáo dục Thường xuyên", "Vụ Pháp chế"]),
    ("Cục Đường bộ Vụ Kế hoạch - Tài chính Tháng 5/2027", ["Cục Đường bộ", "Vụ Kế hoạch - Tài chính"]),
    ("Vụ Giáo dục Thường xuyên Các đơn vị thuộc Bộ Quý II/2027", ["Vụ Giáo dục Thường xuyên", "Các đơn vị thuộc Bộ"]),
    # (a body's unit named with it stays one name)
    ("Văn phòng Sở Y tế tổng hợp", ["Văn phòng Sở Y tế"]),
])
def test_a_peer_a_class_or_a_time_after_a_name_opens_the_next_cell(text, names):
    assert [m.name for m in find_agencies(text)] == names


@pytest.mark.parametrize("text, names", [
    ("Thi hành án dân sự tỉnh Bắc Sơn chủ trì tổ chức thi hành.", ["Thi hành án dân sự tỉnh Bắc Sơn"]),
    ("THADS tỉnh Bắc Sơn phối hợp xác minh điều kiện thi hành án.", ["Thi hành án dân sự tỉnh Bắc Sơn"]),
    ("Triển khai Luật Thi hành án dân sự đến cán bộ, công chức.", []),  # (a law's name, no body)
    # (a court's divisions, their court named once after the last)
    ("Tòa Dân sự và Tòa Hành chính Tòa án nhân dân tỉnh hướng dẫn nghiệp vụ.",
     ["Tòa Dân sự Tòa án nhân dân tỉnh", "Tòa Hành chính Tòa án nhân dân tỉnh"]),
    ("Phòng Kinh tế và Phòng Văn hóa - Xã hội Ủy ban nhân dân xã rà soát.",
     ["Phòng Kinh tế Ủy ban nhân dân xã", "Phòng Văn hóa - Xã hội Ủy ban nhân dân xã"]),
    # (a ministry's own field is no owner; nor is a body that owns no such unit, nor one after a unit with its own
    # place)
    ("Bộ Quốc phòng, Bộ Công an chỉ đạo lực lượng.", ["Bộ Quốc phòng", "Bộ Công an"]),
    ("Bệnh viện Đa khoa tỉnh, Bệnh viện Quân y 4 Bộ Chỉ huy Quân sự tỉnh phối hợp.",
     ["Bệnh viện Đa khoa tỉnh", "Bệnh viện Quân y 4 Bộ Chỉ huy Quân sự tỉnh"]),
    # (a proper name's "Các" is no class; the bodies at large do not take the body after them into their class; a
    # field that is also a head after a dash is the name's)
    ("Trường Tiểu học Các Mác tổ chức.", ["Trường Tiểu học Các Mác"]),
    ("Các sở, ngành, Trung tâm Y tế huyện phối hợp.", ["Các sở, ngành", "Trung tâm Y tế huyện"]),
    ("Phòng Pháp chế - Thanh tra gửi Thanh tra tỉnh.", ["Phòng Pháp chế - Thanh tra", "Thanh tra tỉnh"]),
    # (numbered units of one kind, each number with its word: one body each)
    ("Các Đội Quản lý thị trường số 1, số 2 và số 3 kiểm tra.",
     ["Đội Quản lý thị trường số 1", "Đội Quản lý thị trường số 2", "Đội Quản lý thị trường số 3"]),
    ("Chi nhánh Trợ giúp pháp lý nhà nước số 1 tổ chức trợ giúp lưu động.",
     ["Chi nhánh Trợ giúp pháp lý nhà nước số 1"]),
    # (a series of plain fields after the name's first, commas between, up to the role)
    ("Phòng Kiểm tra, giải quyết khiếu nại, tố cáo chủ trì kiểm tra.",
     ["Phòng Kiểm tra, giải quyết khiếu nại, tố cáo"]),
    # (a field of four plain words after a comma, closed by a field in capitals)
    ("Cục Phổ biến, giáo dục pháp luật và Trợ giúp pháp lý chủ trì.",
     ["Cục Phổ biến, giáo dục pháp luật và Trợ giúp pháp lý"]),
])
def test_justice_bodies_and_units_whose_owner_is_named_once_after_the_last(text, names):
    assert [m.name for m in find_agencies(text)] == names


@pytest.mark.parametrize("text, names", [
    # (the organisation a class's units belong to, by its field or initials right after the class noun: one class)
    ("Các cơ sở Đoàn trực thuộc Tỉnh Đoàn tổ chức tuyên truyền.", ["Các cơ sở Đoàn trực thuộc Tỉnh Đoàn"]),
    ("Các chi hội CCB tổ dân phố vận động hội viên.", ["Các chi hội CCB tổ dân phố"]),
    ("Các chi đoàn Thanh niên tổ chức ra quân.", ["Các chi đoàn Thanh niên"]),
    ("Các tổ Công nghệ số cộng đồng hướng dẫn người dân.", ["Các tổ Công nghệ số cộng đồng"]),
    ("Các trường THPT công lập xây dựng kế hoạch ôn thi.", ["Các trường THPT"]),
    # (not the names of places after a class of places, nor a body's own name after a class)
    ("Các xã Phú Lộc, Vinh Hiền tổ chức sơ tán.", ["Các xã"]),
    ("rà soát tại các địa phương Vụ Giáo dục Mầm non", ["các địa phương", "Vụ Giáo dục Mầm non"]),
    ("phối hợp với các trường Đại học, Cao đẳng", ["các trường"]),
])
def test_a_class_named_by_the_organisation_its_units_belong_to(text, names):
    assert [m.name for m in find_agencies(text)] == names


def test_a_nationwide_organisation_named_with_its_central_organ_leads_where_the_plan_names_it_elsewhere_too():
    # (the plan names the organisation bare as well, so the name is one the plan knows: still the organ's words open
    # the item and the organisation leads, its own duties' section too)
    plan = extract_text(
        "BỘ Y TẾ\nSố: 12/KH-BYT\nHà Nội, ngày 5 tháng 3 năm 2027\nKẾ HOẠCH\nPhối hợp tuyên truyền năm 2027\n"
        "I. NHIỆM VỤ\n1. Bộ Y tế chủ trì xây dựng tài liệu tuyên truyền về an toàn thực phẩm.\n"
        "2. Trung ương Hội Nông dân Việt Nam chủ trì vận động hội viên tham gia mô hình sản xuất an toàn.\n"
        "II. TỔ CHỨC THỰC HIỆN\n1. Trung ương Hội Nông dân Việt Nam\n"
        "a) Chỉ đạo Hội Nông dân các tỉnh phối hợp với Sở Y tế triển khai tại địa phương.\n"
        "2. Cục An toàn thực phẩm\na) Hướng dẫn chuyên môn cho các địa phương.\n")
    leads = {task.id: task.lead for task in plan.tasks}
    assert leads["I.2"] == ["Hội Nông dân Việt Nam"]
    assert leads["II.1.a"] == ["Hội Nông dân Việt Nam"]


def test_a_short_name_opening_with_the_bodys_first_word_is_the_bodys_not_its_standing_organs():
    text = ("Ban Thường vụ Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Bình Minh (sau đây gọi tắt là Liên hiệp hội) "
            "ban hành Kế hoạch.")
    assert defined_aliases(text)["Liên hiệp hội"] == "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Bình Minh"
    # (a short name of the organ's own stays the organ's)
    text = "Ban Thường vụ Tỉnh đoàn Bình Minh (sau đây gọi tắt là Ban Thường vụ) ban hành Kế hoạch."
    assert defined_aliases(text)["Ban Thường vụ"] == "Ban Thường vụ Tỉnh đoàn Bình Minh"


def test_a_word_of_two_syllables_that_opens_with_a_level_is_one_word_of_a_fields_series():
    # ("xã hội": no commune, and its "hội" no association)
    assert [m.name for m in find_agencies("Hội đồng Tư vấn, phản biện và giám định xã hội chủ trì, phối hợp với "
                                          "Hội Làm vườn tỉnh")] == [
        "Hội đồng Tư vấn, phản biện và giám định xã hội", "Hội Làm vườn tỉnh"]


def test_a_company_named_up_to_its_place_before_an_irrigation_verb():
    assert [m.name for m in find_agencies("phối hợp với Công ty TNHH MTV Khai thác công trình thủy lợi Bình Minh lấy "
                                          "nước ngọt vào kênh nội đồng")] == [
        "Công ty TNHH MTV Khai thác công trình thủy lợi Bình Minh"]


def test_a_class_whose_noun_is_of_two_syllables_lists_its_kinds_after_a_comma():
    # (an institute's departments and centres: "bộ" closed by "môn", not a ministry)
    assert [m.name for m in find_agencies("Các bộ môn, trung tâm có kết quả hoàn thiện hồ sơ.")] == [
        "Các bộ môn, trung tâm"]


@pytest.mark.parametrize("text, invented", [
    # (no nation's association from an event an association's word opens, nor from one named with its place's level;
    # no initials of one letter, a field's first syllable)
    ("Hội Thao Quốc phòng các cấp được tổ chức hằng năm.", "Hội Thao Quốc phòng Việt Nam"),
    ("Hội Nông dân tỉnh các cấp phối hợp tuyên truyền.", "Hội Nông dân tỉnh Việt Nam"),
    ("Các cơ sở Y tế trên địa bàn thực hiện giám sát.", "Các cơ sở Y"),
])
def test_an_association_at_every_level_and_a_class_named_by_its_organisation_only_where_they_are(text, invented):
    assert invented not in [m.name for m in find_agencies(text)]


@pytest.mark.parametrize("text, names", [
    # (a class of a level's bodies by their head's official name, however the head is written short)
    ("phối hợp với UBMTTQ phường vận động nhân dân", ["Ủy ban Mặt trận Tổ quốc Việt Nam phường"]),
    ("phối hợp với CA phường tuần tra", ["Công an phường"]),
    ("CA xã Bình Minh chủ trì", ["Công an xã Bình Minh"]),
])
def test_a_levels_bodies_named_by_a_short_head(text, names):
    assert [m.name for m in find_agencies(text)] == names


@pytest.mark.parametrize("text, names", [
    # (a syllable names hold opening the sentence's verb ends the name; not a noun it opens, nor a level)
    ("Phòng Kế hoạch - Tài chính giao kinh phí cho các đề tài", ["Phòng Kế hoạch - Tài chính"]),
    ("Phòng Kinh tế giao kinh phí cho các thôn", ["Phòng Kinh tế", "các thôn"]),
    ("Ban Quản lý dự án giao thông tỉnh chủ trì", ["Ban Quản lý dự án giao thông tỉnh"]),
    ("Đoàn Thanh niên cấp tỉnh phối hợp", ["Đoàn Thanh niên cấp tỉnh"]),
])
def test_a_name_ends_where_a_syllable_it_may_hold_opens_the_sentences_verb(text, names):
    assert [m.name for m in find_agencies(text)] == names


# -- a school named by its kind -----------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Trường Phổ thông dân tộc bán trú Trung học cơ sở xã Nậm Khao chủ trì.",
     "Trường Phổ thông dân tộc bán trú Trung học cơ sở xã Nậm Khao"),
    ("Trường Phổ thông dân tộc nội trú tỉnh thực hiện.", "Trường Phổ thông dân tộc nội trú tỉnh"),
    ("Trường Trung học phổ thông Chuyên tỉnh phối hợp.", "Trường Trung học phổ thông Chuyên tỉnh"),
])
def test_a_school_is_named_whole_with_its_kind(text, expected):
    # ("bán" alone is to sell; "dân tộc", "phổ thông" are the kind of school, no verb and no end of its name)
    assert [name for _, name, _ in named(text)][0] == expected


def test_the_armys_commands_named_as_a_class_are_a_collective_actor():
    assert named("Các quân khu, Bộ Tư lệnh Thủ đô Hà Nội chỉ đạo tuyển quân.") == [
        ("Các quân khu", "Các quân khu", True), ("Bộ Tư lệnh Thủ đô Hà Nội", "Bộ Tư lệnh Thủ đô Hà Nội", False)]
    assert [m.collective for m in find_agencies("các quân đoàn, binh chủng và đơn vị nhận quân thực hiện")] == [True]


@pytest.mark.parametrize("text,partners", [
    # (the army's word for working with another body, said with whom)
    ("Bộ Tổng Tham mưu giao chỉ tiêu; hiệp đồng với Bộ Công an về chỉ tiêu tuyển chọn.", ["Bộ Công an"]),
    ("Đồn Biên phòng hiệp đồng chặt chẽ với Công an tỉnh tuần tra biên giới.", ["Công an tỉnh"]),
    ("Tổ chức hiệp đồng tác chiến trong diễn tập.", []),
])
def test_working_with_a_body_in_the_armys_word_makes_it_a_partner(text, partners):
    assert names_of(actors_of(text).coordinators) == partners


def test_a_topic_with_a_note_in_brackets_comes_before_the_body_that_does_the_work():
    actors = actors_of("Riêng xã Tân Lập (xã biên giới): Ban Chỉ huy quân sự xã phối hợp với Đồn Biên phòng Tân Lập "
                       "nắm chắc công dân đi làm ăn xa.")
    assert (names_of(actors.leads), names_of(actors.coordinators)) == (["Ban Chỉ huy quân sự xã"],
                                                                     ["Đồn Biên phòng Tân Lập"])


@pytest.mark.parametrize("text,expected", [
    # (a quarter's boards, of every quarter or of one)
    ("Ban điều hành các khối phố vận động nhân dân ra quân.", [("Ban điều hành các khối phố", True)]),
    ("Ban nhân dân các khu phố tổ chức họp dân.", [("Ban nhân dân các khu phố", True)]),
    ("Ban điều hành khối phố An Mỹ vận động nhân dân.", [("Ban điều hành khối phố An Mỹ", False)]),
    # (another class after "và" goes on with the phrase: one collective actor, as written)
    ("Các cơ quan, đơn vị thuộc Ủy ban nhân dân xã và Ban điều hành các ấp tập trung thực hiện.",
     [("Các cơ quan, đơn vị thuộc Ủy ban nhân dân xã và Ban điều hành các ấp", True)]),
    # (not a named body after it, nor the plan's own ward's; "khối" alone is a group of sectors, no quarter)
    ("Các sở, ngành khối văn hóa - xã hội chủ trì.", [("Các sở, ngành", True)]),
    ("Các sở, ngành và Sở Y tế thực hiện.", [("Các sở, ngành", True), ("Sở Y tế", False)]),
    ("Phối hợp với các trường và Công an phường điều tra số liệu.", [("các trường", True), ("Công an phường", True)]),
])
def test_a_quarters_boards_and_classes_joined_by_and(text, expected):
    assert [(name, collective) for _, name, collective in named(text)] == expected


def test_the_armys_regions_are_named_by_their_number_and_a_unit_over_its_parent_by_a_slash():
    # ("Quân khu 4 chủ trì": the number is the name, whatever follows; "Cục X/Tổng cục Y" names the Cục, of the
    # Tổng cục)
    assert [name for _, name, _ in named("Quân khu 4 chủ trì, phối hợp với Quân đoàn 12.")] == ["Quân khu 4",
                                                                                             "Quân đoàn 12"]
    assert names_of(bodies_named("Quân khu 5, Quân khu 7")) == ["Quân khu 5", "Quân khu 7"]
    assert names_of(bodies_named("Cục Tuyên huấn/Tổng cục Chính trị")) == ["Cục Tuyên huấn"]


def test_a_unit_of_the_issuer_named_once_with_it_keeps_that_name_where_written_alone():
    """ "Ban Tuyên giáo Hội Nông dân tỉnh" read whole where it stands; elsewhere "phối hợp với Ban Tuyên giáo" is the
    same unit, named as there."""
    text = ("KẾ HOẠCH\nPhát động thi đua năm 2027\n"
            "1. Ban Tuyên giáo Hội Nông dân tỉnh chủ trì tuyên truyền phong trào.\n"
            "2. Văn phòng Hội Nông dân tỉnh phối hợp với Ban Tuyên giáo tổng hợp kết quả thi đua.\n")
    header = "HỘI NÔNG DÂN TỈNH BÌNH SƠN\nSố: 40-KH/HNDT\nBình Sơn, ngày 05 tháng 01 năm 2027\n"
    tasks = extract_text(header + text).tasks
    assert [t.coordinators for t in tasks] == [[], ["Ban Tuyên giáo Hội Nông dân tỉnh"]]


@pytest.mark.parametrize("text, name", [
    ("phối hợp với Hiệp hội Doanh nghiệp nhỏ và vừa Bình Sơn tổ chức hội nghị",
     "Hiệp hội Doanh nghiệp nhỏ và vừa Bình Sơn"),
    ("phối hợp với Trung tâm Hỗ trợ doanh nghiệp nhỏ và vừa khu vực phía Bắc mở lớp tập huấn",
     "Trung tâm Hỗ trợ doanh nghiệp nhỏ và vừa khu vực phía Bắc"),
])
def test_two_words_joined_by_va_as_one_stay_inside_a_name(text, name):
    """ "nhỏ và vừa": the size of the firms a body serves, inside its name, not a second body after "và"."""
    assert [m.name for m in find_agencies(text)] == [name]


def test_a_team_or_cooperative_named_in_lower_case_heading_its_work_is_a_body():
    """ "1. Tổ hợp tác dùng nước hồ Đá Bạc:" over its lettered work: a team named in lower case after its head, its
    end a proper name, is the body the items are given to (not "Phòng chống dịch bệnh", no body's head there)."""
    text = ("ỦY BAN NHÂN DÂN XÃ BÌNH AN\nSố: 21/KH-UBND\nBình An, ngày 10 tháng 12 năm 2026\nKẾ HOẠCH\n"
            "Phân phối nước tưới vụ Xuân năm 2027\nI. PHÂN CÔNG THỰC HIỆN\n1. Tổ hợp tác dùng nước hồ Đá Bạc:\n"
            "a) Tổ chức mở cống lấy nước theo lịch, hoàn thành đợt 1 trước ngày 15/01/2027.\n"
            "b) Chủ trì nạo vét kênh nội đồng trước ngày 05/01/2027.\n2. Công an xã:\n"
            "a) Bảo đảm an ninh trật tự trong thời gian lấy nước.\n")
    tasks = extract_text(text).tasks
    assert [t.lead for t in tasks[:2]] == [["Tổ hợp tác dùng nước hồ Đá Bạc"]] * 2


def test_a_communes_culture_and_society_office_by_its_initials_is_that_office():
    assert [m.name for m in actors_of("Phòng VHXH tổng hợp, báo cáo Ủy ban nhân dân phường.").leads] == [
        "Phòng Văn hóa - Xã hội"]


@pytest.mark.parametrize("text, lead", [
    ("Các đoàn kiểm tra liên ngành của xã kiểm tra các cơ sở kinh doanh thực phẩm.",
     ("Các đoàn kiểm tra liên ngành", True)),
    ("Các đoàn công tác của Sở làm việc với các địa phương.", ("Các đoàn công tác", True)),
])
def test_delegations_as_a_class_act_together(text, lead):
    """ "Các đoàn kiểm tra …", "Các đoàn công tác …": every such delegation, a class (not "các đoàn viên", people)."""
    assert [(m.name, m.collective) for m in actors_of(text).leads] == [lead]
    assert actors_of("Các đoàn viên thanh niên tham gia dọn vệ sinh.").leads == []


@pytest.mark.parametrize("text, names", [
    ("Phối hợp với Tổ công tác giải phóng mặt bằng xã vận động từng hộ dân.", ["Tổ công tác giải phóng mặt bằng xã"]),
    ("Tổ công tác liên ngành kiểm tra các cơ sở kinh doanh.", ["Tổ công tác liên ngành", "các cơ sở kinh doanh"]),
    ("Giao Tổ công tác rà soát hồ sơ bồi thường.", ["Tổ công tác"]),
])
def test_a_working_team_is_named_by_its_mission_as_far_as_its_level(text, names):
    assert [mention.name for mention in find_agencies(text)] == names


@pytest.mark.parametrize("text, names", [
    ("Sở Khoa học và Công nghệ chủ trì, phối hợp với Phòng Bưu chính, Viễn thông và Chuyển đổi số rà soát các hệ thống.",
     ["Sở Khoa học và Công nghệ", "Phòng Bưu chính, Viễn thông và Chuyển đổi số"]),
    ("Phòng Kinh tế, Viễn thông Bắc Sơn và Công an xã kiểm tra các trạm phát sóng.",
     ["Phòng Kinh tế", "Viễn thông Bắc Sơn", "Công an xã"]),
])
def test_a_head_that_is_a_common_word_is_a_field_alone_in_a_series(text, names):
    """ "Viễn thông" heads a telecoms branch only with its place ("Viễn thông Bắc Sơn"); alone between the commas and
    the "và" of an office's fields it is one of them."""
    assert [mention.name for mention in find_agencies(text)] == names


def test_drafting_after_a_name_is_the_sentences_verb():
    """ "… Công đoàn cơ sở dự thảo báo cáo": "dự thảo" (to draft) opens the work, no word of the committee's name."""
    text = "Phối hợp với Ủy ban Kiểm tra Công đoàn cơ sở dự thảo báo cáo công tác kiểm tra nhiệm kỳ."
    assert [mention.name for mention in find_agencies(text)] == ["Ủy ban Kiểm tra Công đoàn cơ sở"]
    assert [t.text for t in extract_text("KẾ HOẠCH\nII. NHIỆM VỤ\n1. Dự thảo quy chế phối hợp giữa các phòng.\n"
                                         "2. Sở Nội vụ chủ trì soạn thảo hướng dẫn.\n").tasks][:1] == [
        "Dự thảo quy chế phối hợp giữa các phòng."]


@pytest.mark.parametrize("text, names", [
    ("Cục Văn hóa cơ sở, Gia đình và Thư viện tổng hợp kết quả trên toàn quốc.",
     ["Cục Văn hóa cơ sở, Gia đình và Thư viện"]),
    ("Ban Dân chủ, Pháp luật và Dân tộc, Tôn giáo chủ trì, phối hợp với Sở Y tế giám sát.",
     ["Ban Dân chủ, Pháp luật và Dân tộc, Tôn giáo", "Sở Y tế"]),
    ("Phòng Kinh tế, Hạ tầng và Đô thị, Văn phòng chủ trì kiểm tra.", ["Phòng Kinh tế, Hạ tầng và Đô thị", "Văn phòng"]),
])
def test_an_offices_series_of_fields_may_hold_a_heads_word_and_one_field_after_its_and(text, names):
    """A library is a field of a department ("… và Thư viện"); one more field after the series' "và" belongs to the
    name when the body's role follows it, unless it is another body's head."""
    assert [mention.name for mention in find_agencies(text)] == names


def test_a_faculty_s_union_of_youth_cells_is_a_body_of_its_own():
    """ "Liên chi đoàn Khoa Y Dược": the union of one faculty's youth cells, not the faculty after a plain word."""
    text = "Liên chi đoàn Khoa Y Dược chủ trì đội hình tình nguyện, phối hợp với Trung tâm Y tế xã."
    assert [mention.name for mention in find_agencies(text)] == ["Liên chi đoàn Khoa Y Dược", "Trung tâm Y tế xã"]
