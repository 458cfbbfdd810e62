"""The vocabulary of agency names, as data: heads, office-holders, name words, localities, fields.

`agencies.py` holds the grammar that reads a name with these words; nothing here decides on its own
whether a stretch of text names a body. Patterns are matched against NFC text in the tone-mark style
of `normalise` (hóa, ủy).
"""
from __future__ import annotations

from ..lexicon import ASSESSING_VERBS, LOWER_LETTERS, VERB_PREFIXES

# Heads: the words a body's name opens with, each with its canonical spelling and the short forms
# that stand for it. A head alone names nothing ("Trung tâm", "Sở"); it needs a modifier, except the
# heads in BARE_HEADS, which are whole names.
HEADS: dict[str, tuple[str, ...]] = {
    # Fixed multi-word heads first: their lower-case words belong to the head.
    "Ủy ban nhân dân": ("UBND",),
    "Hội đồng nhân dân": ("HĐND",),
    "Ban nhân dân": (),  # a village's or a quarter's elected board: "Ban nhân dân ấp Tân Long", "Ban nhân dân các khu phố"
    "Ban điều hành": (),  # … or its executive board, in a city's quarters: "Ban điều hành các khối phố"
    "Tòa án nhân dân tối cao": ("TANDTC",),
    "Viện Kiểm sát nhân dân tối cao": ("VKSNDTC",),
    "Tòa án nhân dân": ("TAND",),
    "Viện Kiểm sát nhân dân": ("VKSND",),
    "Ủy ban Mặt trận Tổ quốc Việt Nam": ("Ủy ban MTTQVN", "Ủy ban MTTQ Việt Nam", "UBMTTQVN", "UBMTTQ"),
    "Ủy ban Mặt trận Tổ quốc": ("Ủy ban MTTQ",),
    "Mặt trận Tổ quốc Việt Nam": ("MTTQVN", "MTTQ Việt Nam"),
    "Mặt trận Tổ quốc": ("MTTQ",),
    "Bảo hiểm xã hội": ("BHXH",),
    "Bảo hiểm tiền gửi": (),  # the deposit insurer and its branches: "Bảo hiểm tiền gửi Việt Nam"
    # the tax and customs offices below the province since 2025: "Thuế cơ sở 3 tỉnh X", "Hải quan cửa khẩu quốc tế Y"
    "Thuế cơ sở": (),
    "Hải quan cửa khẩu": (),
    "Kho bạc Nhà nước": ("KBNN",),
    "Ngân hàng Nhà nước": ("NHNN",),
    "Ngân hàng Chính sách xã hội": ("NHCSXH",),
    "Tổng Liên đoàn Lao động Việt Nam": (),
    "Liên đoàn Lao động": ("LĐLĐ",),
    "Đoàn đại biểu Quốc hội": ("Đoàn ĐBQH",),
    "Đoàn Thanh niên Cộng sản Hồ Chí Minh": ("Đoàn TNCS Hồ Chí Minh",),
    # the Youth Union's central body, named whole or by its short name
    "Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh": ("Trung ương Đoàn TNCS Hồ Chí Minh", "Trung ương Đoàn"),
    "Thông tấn xã": (),
    # the investigating bodies, of the police at each level ("Cơ quan Cảnh sát điều tra Công an tỉnh")
    "Cơ quan Cảnh sát điều tra": ("CQCSĐT",),
    "Cơ quan An ninh điều tra": ("CQANĐT",),
    "Cơ quan Thú y": (),  # the animal health service's regional offices: "Cơ quan Thú y vùng I"
    "Vườn quốc gia": (),
    "Ban Quản lý dự án": ("BQLDA",),
    "Ban Quản lý": ("BQL",),
    "Khu Quản lý": (),  # a central department's regional unit: "Khu Quản lý đường bộ II"
    "Ban Chỉ đạo": ("BCĐ",),
    "Ban Chỉ huy": (),
    "Bộ Chỉ huy": (),
    "Bộ Tư lệnh": ("BTL",),
    "Bộ đội Biên phòng": ("BĐBP",),  # the border guard of a province or a city, its own body: "Bộ đội Biên phòng tỉnh"
    "Quân chủng": (),  # the army's services and commands: "Quân chủng Phòng không - Không quân", "Quân khu 7"
    "Binh chủng": (),
    "Quân khu": (),
    "Quân đoàn": (),
    # a school's Young Pioneers' unit; the district's centre of vocational and continuing education ("… khu vực X"
    # since 2025)
    "Liên đội": (),
    "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên": ("Trung tâm GDNN-GDTX", "Trung tâm GDNN - GDTX"),
    "Tổ công tác": (),
    "Tổ": (),  # a school's or an office's team, named in capitals: "Tổ Giám thị", "Tổ Tin học"
    "Tiểu ban": (),  # an event's sub-committee: "Tiểu ban Văn kiện", "Tiểu ban Lễ tân - Hậu cần"
    "Tổ giúp việc": (),
    "Tổ thường trực": (),  # a census's or a steering committee's standing team: "Tổ thường trực Tổng điều tra"
    "Hợp tác xã": ("HTX",),
    "Ủy ban": (),
    "Hội đồng": (),
    "Tổng cục": (),
    "Chi cục": (),
    "Cục": (),
    "Tổng công ty": (),
    "Công ty": (),
    "Xí nghiệp": (),  # a company's unit ("Xí nghiệp thủy lợi Lục Ngạn")
    "Phân xưởng": (),  # a mine's or a factory's unit ("Phân xưởng Cơ điện lò", "Phân xưởng Khai thác 1")
    "Nhà máy": (),  # a company's plant ("Nhà máy nước Bình An", "Nhà máy Thủy điện Sông Ba")
    "Tập đoàn": (),
    "Trung tâm": (),
    "Học viện": (),
    "Viện": (),
    "Đại học": (),
    "Trường": (),
    "Bệnh viện": (),
    "Quỹ": ("Qũy",),  # the tone mark some sources put on the u
    "Hiệp hội": (),
    "Liên hiệp": (),
    "Liên minh": (),
    "Liên đoàn": (),
    "Hội": (),
    "Chi hội": (),  # an association's or a union's branch: "Chi hội Sân khấu", "Chi hội Phụ nữ thôn 2"
    "Chi đoàn": (),
    "Liên chi đoàn": (),  # a school's union of the youth cells of one faculty: "Liên chi đoàn Khoa Y Dược"
    "Chi bộ": (),  # the Party's cell: "Chi bộ thôn Đông", "Chi bộ Văn phòng"
    "Đoàn": (),
    "Công đoàn": (),
    "Tỉnh đoàn": (),
    "Thành đoàn": (),
    "Huyện đoàn": (),
    "Quận đoàn": (),
    "Thị đoàn": (),
    "Công an": ("CA",),  # ("CA phường", "CA xã": a commune's police, as its plans write it)
    "Thanh tra": (),
    "Văn phòng": ("VP",),
    "Kho bạc": (),
    "Ngân hàng": (),
    "Chi nhánh": (),
    "Hải quan": (),
    "Thuế": (),
    "Thống kê": (),  # a province's statistics office since 2025: "Thống kê tỉnh X", "Thống kê các tỉnh, thành phố"
    "Thi hành án dân sự": ("THADS",),  # a province's civil judgment enforcement office since 2025: "… tỉnh X"
    "Tòa": (),  # a court's own divisions: "Tòa Dân sự", "Tòa Hành chính Tòa án nhân dân tỉnh"
    "Cảng vụ": (),
    "Cảng hàng không": (),  # "Cảng hàng không Côn Đảo", an airport's operator
    "Kiểm toán Nhà nước": ("KTNN",),
    "Bưu điện": (),
    "Phòng": (),
    "Trạm": (),  # "Trạm Y tế xã", "Trạm Khuyến nông"
    "Đồn": (),  # "Đồn Biên phòng Cửa khẩu …", "Đồn Công an …"
    "Hạt": (),  # "Hạt Kiểm lâm …", "Hạt Quản lý đường bộ …"
    "Điện lực": (),  # a power company's branch: "Điện lực Hội An", "Công ty Điện lực …" has its own head
    # the telecommunications groups' branches in every province, by the group's name and the place: "Viễn thông X"
    # (VNPT's), "Viettel X", "VNPT X", "MobiFone X"
    "Viễn thông": (),
    "Viettel": (),
    "VNPT": (),
    "MobiFone": (),
    "Bộ phận": (),  # a unit of a school's or an office's staff: "Bộ phận Kế toán", "Bộ phận Một cửa"
    "Khoa": (),  # a hospital's or a university's department: "Khoa Tim mạch", "Khoa Kiểm soát nhiễm khuẩn"
    "Công chức": (),  # a commune's officials by their field: "Công chức Văn hóa - Xã hội", "Công chức Tư pháp - Hộ tịch"
    "Đội": (),
    "Câu lạc bộ": ("CLB",),  # a union's or a school's club: "Câu lạc bộ Truyền thông …", "CLB Hưu trí …"
    "Vụ": (),
    "Báo": (),
    "Thời báo": (),  # a newspaper's other name: "Thời báo Ngân hàng", "Thời báo Tài chính Việt Nam"
    "Nhà xuất bản": ("NXB",),  # a publisher, a theatre: "Nhà xuất bản Giáo dục Việt Nam", "Nhà hát Chèo Thái Bình"
    "Nhà hát": (),
    "Tạp chí": (),
    "Cổng Thông tin điện tử": ("Cổng TTĐT",),
    "Bảo tàng": (),
    "Thư viện": (),
    "Đài": (),
    "Ban": (),
    "Sở": (),
    "Bộ": (),
    "Thủ tướng Chính phủ": (),
    "Chính phủ": (),
    "Quốc hội": (),
    "Bộ Chính trị": (),
    "Bộ Tổng Tham mưu": (),  # the army's general staff: one body, its last word a verb's ("tham mưu")
    "Ban Bí thư": (),
    "Tỉnh ủy": (),
    "Thành ủy": (),
    "Huyện ủy": (),
    "Đảng ủy": (),
    "Đảng đoàn": (),  # the Party's group in an assembly or a front: "Đảng đoàn Hội đồng nhân dân tỉnh"
    "Ban cán sự đảng": (),  # … in a government body: "Ban cán sự đảng Ủy ban nhân dân tỉnh"
}
# Words that count times, not units: a number after one is a date's or a round's ("… năm 2027", "đợt 1"), no unit's.
COUNTED_TIMES = frozenset({"năm", "tháng", "quý", "đợt", "lần", "đoạn", "tuần", "ngày", "kỳ", "khóa"})
# Words whose first syllable is a head ("Báo" of a newspaper, "Tổ" of a team): a text opening with one ("Báo cáo kết quả …",
# "Tổ chức hội nghị …", "bảo vệ Tổ quốc") names no body there.
WORDS_OPENING_WITH_A_HEAD = frozenset({"báo cáo", "báo chí", "tổ chức", "tổ quốc"})
# Heads that are also common words ("thuế", "thống kê"): they name a class of bodies only over places ("Thống kê các
# tỉnh, thành phố"), never over other things ("Thống kê các thôn, bản chưa có nhà văn hóa").
PLACE_NAMED_HEADS = frozenset({"Thuế", "Thống kê"})
# Heads that are also the name of a field: alone in an office's series of fields they are one of them ("Phòng Bưu
# chính, Viễn thông và Chuyển đổi số", "Cục Văn hóa cơ sở, Gia đình và Thư viện"), not another body.
HEADS_NAMING_A_FIELD = frozenset({*PLACE_NAMED_HEADS, "Viễn thông", "Thư viện"})
BARE_HEADS = frozenset({"Thủ tướng Chính phủ", "Chính phủ", "Quốc hội", "Bộ Chính trị", "Ban Bí thư",
                        "Bộ Tổng Tham mưu", "Tỉnh ủy", "Thành ủy", "Huyện ủy", "Tỉnh đoàn",
                        "Liên đội",
                        "Tòa án nhân dân tối cao", "Viện Kiểm sát nhân dân tối cao", "Kiểm toán Nhà nước",
                        "Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh", "Tổng Liên đoàn Lao động Việt Nam"})
# Of those, the ones whose head carries its level: the place follows bare ("Tỉnh ủy Hà Tĩnh", "Tỉnh đoàn Sơn La").
LEVELLED_BARE_HEADS = frozenset({"Tỉnh ủy", "Thành ủy", "Huyện ủy", "Tỉnh đoàn"})
# Heads that alone name the body of the plan's own city or district ("Huyện đoàn chủ trì"), its place name optional.
NAMING_ALONE_HEADS = frozenset({"Thành đoàn", "Huyện đoàn", "Quận đoàn", "Thị đoàn", "Tổ công tác"})
# Heads that are a nationwide body's whole name, which a place may follow ("Ngân hàng Chính sách xã hội tỉnh X") or not.
WHOLE_NAME_HEADS = frozenset({"Ngân hàng Chính sách xã hội"})
# The unit every body has, named alone for the issuer's own when it acts ("Văn phòng chủ trì").
EVERY_BODYS_UNITS = frozenset({"Văn phòng"})
# How a body of a kind names itself in its own plan, by its kind or by its board of leaders, which act in its name
# ("Ban Giám hiệu thành lập Tổ tư vấn …", "phối hợp với nhà trường"): the issuer of that kind, whatever its name.
SELF_NAMES_OF_A_KIND = {"Trường": ("nhà trường", "Nhà trường", "Ban Giám hiệu"),
                        "Bệnh viện": ("Ban Giám đốc",), "Trung tâm": ("Ban Giám đốc",)}
# The bodies every body of a kind has, named in lower case: in the plan of one such body, its own one ("Ban đại diện
# cha mẹ học sinh" in a school's plan); elsewhere, or followed by the units it is of ("… các lớp"), a class.
OWN_BODIES_OF_A_KIND = {"Trường": ("Ban đại diện cha mẹ học sinh", "Đoàn trường", "Công đoàn trường")}
# A body's standing organs, which act in its name ("báo cáo Ban Thường vụ" reports to the association itself)
ORGANS_ACTING_FOR_A_BODY = ("Ban Thường trực", "Ban Thường vụ", "Thường trực", "Ban Chấp hành")
# Of those, the boards a header sets on a line under their body, issuing in its name ("ỦY BAN MTTQ … / BAN THƯỜNG TRỰC")
BOARDS_OF_A_BODY = tuple(organ for organ in ORGANS_ACTING_FOR_A_BODY if organ.startswith("Ban "))
# Of those, the one named by its body's name alone, with no head of its own: "Thường trực Tỉnh ủy", "Thường trực Hội".
STANDING_ORGAN = "Thường trực"
# The central organ of a nationwide organisation, named before it: "Trung ương Hội Nông dân Việt Nam" is the
# organisation, at its top.
CENTRAL_ORGAN = "Trung ương"
# Every word that opens a body's name, full or abbreviated ("Ủy ban nhân dân", "UBND"), longest first.
HEAD_WORDS = tuple(sorted({word for head, short in HEADS.items() for word in (head, *short)}, key=len, reverse=True))
# Heads that open a list of the bodies they head, by the rest of their names: "Các Sở: Y tế, Tài chính", "Các Cục: Đường
# sắt Việt Nam, Hàng không Việt Nam", "Bộ trưởng các Bộ: Quốc phòng, Công an".
LISTING_HEADS = tuple(sorted((head for head in HEADS if head[:1].isupper() and head not in BARE_HEADS), key=len,
                             reverse=True))
# The words of a kind of body after its head in a list's heading, in lower case ("Các Xí nghiệp thủy lợi: Lục Ngạn, …").
KIND_WORDS = r"(?: [" + LOWER_LETTERS + r"]+){0,4}"
# The head of a body named by what it manages, which may list several kinds of it ("Ban Quản lý Khu công nghệ cao và
# các khu công nghiệp …").
MANAGING_HEAD = "Ban Quản lý"
# The word that names a body by its sector before the field in capitals ("Công đoàn ngành Y tế").
SECTOR_WORD = "ngành"
# The field in capitals whose object in a body's name may be an activity, a verb ("Phòng Quản lý bảo trì đường bộ",
# "Trạm Quản lý bảo vệ rừng"); after another such field ("Phòng Tổng hợp", "Phòng Thanh tra - Kiểm tra") a verb is the
# sentence's own.
FIELD_OVER_AN_ACTIVITY = "quản lý"
# Heads after which the text names a department or ministry field from FIELDS.
FIELD_HEADS = frozenset({"Sở", "Bộ"})
# Bodies that own units named with them once after a list of the units ("Tòa Dân sự và Tòa Hành chính Tòa án nhân dân
# tỉnh", "Phòng Kinh tế và Phòng Văn hóa - Xã hội Ủy ban nhân dân xã").
OWNING_HEADS = ("Tòa án nhân dân", "Viện kiểm sát nhân dân", "Ủy ban nhân dân", "Bộ Chỉ huy")
# Bodies of one rank, none of which holds another in its name: a ministry's departments, a province's ("Vụ Giáo dục
# Mầm non Cục Cơ sở vật chất" is two, a table's cells run together).
PEER_HEADS = (frozenset({"Vụ", "Cục"}), frozenset({"Sở"}), frozenset({"Bộ"}))
# Heads that name no body until the name after them ("Cục" / "Thuế tỉnh …", "Vụ" / "Pháp chế"): a line ends on one
# only where a wrap broke the name.
NAMED_AFTER_HEADS = ("Cục", "Chi cục", "Tổng cục", "Vụ", "Viện", "Trung tâm", "Học viện", "Bệnh viện", "Trạm")

# A steering committee's duties given member by member: "Đ/c Giám đốc Sở Y tế - Ủy viên:". The form of address
# before the office, and the member's seat in the committee after a dash, are no part of the body's name.
FORMS_OF_ADDRESS = ("Đ/c", "Đồng chí")
COMMITTEE_SEATS = ("Trưởng ban", "Ủy viên", "Thành viên", "Thư ký", "Tổ trưởng", "Tổ phó", "Trưởng đoàn",
                   "Thường trực")  # each also after "Phó", and with "thường trực" after it

# Who serve a body rather than the body itself: "các thành viên Ban Chỉ đạo tỉnh", many people, a collective actor
# whose name holds the body's.
SERVING_A_BODY = ("thành viên",)

# Office-holders stand for the body they head: "Giám đốc Sở Y tế" is Sở Y tế.
OFFICE_HOLDERS = (
    "Giám đốc", "Tổng Giám đốc", "Chủ tịch", "Thủ trưởng", "Bộ trưởng", "Thứ trưởng", "Trưởng", "Chánh",
    "Viện trưởng", "Vụ trưởng", "Cục trưởng", "Chi cục trưởng", "Tổng cục trưởng", "Chỉ huy trưởng", "Tư lệnh", "Bí thư",
    "Lãnh đạo", "Người đứng đầu", "Hiệu trưởng", "Chánh án", "Chủ nhiệm", "Tổng Biên tập",
)

# Posts that head the duties given to the people who hold them, in a school's or a commune's plan ("Phó Hiệu trưởng
# phụ trách chuyên môn", "Giáo viên chủ nhiệm các lớp 12", "Tổ trưởng các tổ chuyên môn"): with the office-holders,
# a heading of a post alone names who does the items under it.
POSTS = ("Tổ trưởng", "Tổ phó", "Giáo viên chủ nhiệm", "Nhân viên", "Kế toán",
         "Trưởng thôn", "Trưởng khu phố", "Trưởng ấp", "Trưởng bản")
# A committee's members named by the body each leads or represents ("Thành viên Ban Chỉ đạo là lãnh đạo Bộ Quốc
# phòng"), and its posts named with the office their holder holds ("Phó Trưởng Ban thường trực (Bộ trưởng Bộ X)"): the
# body acts.
MEMBERS = ("Thành viên", "Ủy viên")
MEMBER_STANDS_FOR = ("lãnh đạo", "đại diện")
COMMITTEE_POSTS = ("Trưởng Ban", "Trưởng đoàn", "Ủy viên", "Thành viên")
# A commune's villages and residential groups: their heads, named with the villages ("Trưởng thôn Thạnh Đức, thôn Long
# Thạnh 1", "Trưởng các làng Ia Nueng, Ốp"), do the work for each village, the body named.
VILLAGE_KINDS = ("tổ dân phố", "khu phố", "khối phố", "thôn", "xóm", "làng", "ấp", "bản", "buôn", "bon", "sóc")
POST_WORDS = 8  # at most, in such a heading
POST_LABEL_WORDS = 12  # at most, before the colon of its work ("Giáo viên chủ nhiệm các lớp có học sinh bán trú: …")

# The Government's formula for every ministry and ministry-level body, written out or by their heads ("Bộ
# trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ"): one collective actor.
CENTRAL_BODIES = "Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ"
CENTRAL_BODIES_WRITTEN = (
    r"(?:(?:[Cc]ác\s+(?:đồng chí\s+)?)?Bộ trưởng\s*,\s*Thủ trưởng\s+|[Cc]ác\s+[Bb]ộ\s*,\s*)(?:các\s+)?cơ quan ngang\s+[Bb]ộ"
    r"(?:\s*,\s*(?:Thủ trưởng\s+)?(?:các\s+)?cơ quan\s+(?:trực\s+)?thuộc\s+Chính phủ)?"
)

# The word before an office that makes its holder a deputy ("Phó Giám đốc Sở Y tế" is Sở Y tế too).
DEPUTY = "Phó"

# Words that join the parts of one name ("Kinh tế và Tài chính", "các Khu công nghiệp", "Hội đồng
# Dân tộc của Quốc hội", "Lao động - Thương binh"), when a capitalised word or a known part follows.
NAME_JOINERS = ("và", "các", "của", "-", "–")
# Heads whose body serves two others, both named after it: "Văn phòng Hội đồng nhân dân và Ủy ban nhân
# dân phường" is one office, not an office and a committee.
JOINT_HEADS = ("Văn phòng",)
# Words by which a collective phrase takes in the body it belongs to ("các sở trực thuộc Ủy ban nhân
# dân tỉnh").
BELONGING = ("thuộc", "của")
# Class nouns that take the body they belong to without a joining word: "các cơ quan Quốc hội" are the
# National Assembly's bodies, a class, not the Assembly itself.
CLASS_OF_BODY = ("cơ quan", "đơn vị", "ban", "phòng")  # ("các ban Tỉnh đoàn", "các phòng Sở")
# Heads that name no body without the locality after them: a line ending on one runs on ("Chủ tịch Ủy ban
# nhân dân" / "Thành phố đề nghị …").
NEEDS_LOCALITY = ("Ủy ban nhân dân", "Hội đồng nhân dân")
# Localities that a department's own province fills: "Sở Y tế tỉnh" is Sở Y tế.
PROVINCE_LEVELS = ("tỉnh", "thành phố")
# The words that lead into a place named after them ("tại Xã An Bình", "thuộc xã …"): the place is the sentence's
PLACE_LEAD_INS = ("tại", "ở", "thuộc", "của", "trên", "cho", "và", "với", "đến", "từ", "các")

# Nationwide organisations: named with its levels ("Hội Nông dân các cấp") the text means the one
# organisation, written by its national name.
NATIONWIDE: dict[str, str] = {
    "Hội Nông dân": "Hội Nông dân Việt Nam",
    "Hội Liên hiệp Phụ nữ": "Hội Liên hiệp Phụ nữ Việt Nam",
    "Hội Cựu chiến binh": "Hội Cựu chiến binh Việt Nam",
    "Đoàn Thanh niên": "Đoàn Thanh niên Cộng sản Hồ Chí Minh",
    "Đoàn Thanh niên Cộng sản Hồ Chí Minh": "Đoàn Thanh niên Cộng sản Hồ Chí Minh",
    "Liên đoàn Lao động": "Tổng Liên đoàn Lao động Việt Nam",
    "Mặt trận Tổ quốc Việt Nam": "Mặt trận Tổ quốc Việt Nam",
    "Mặt trận Tổ quốc": "Mặt trận Tổ quốc Việt Nam",
    "Ủy ban Mặt trận Tổ quốc Việt Nam": "Ủy ban Mặt trận Tổ quốc Việt Nam",
    "Ủy ban Mặt trận Tổ quốc": "Ủy ban Mặt trận Tổ quốc Việt Nam",
    "Công đoàn": "Tổng Liên đoàn Lao động Việt Nam",
}
# …and, of any other, an association's: named with its levels it is the nation's ("Hội Người cao tuổi các cấp" is
# the Hội Người cao tuổi Việt Nam), as a class of bodies of any other kind is a class ("Tổ công tác các cấp").
NATIONWIDE_HEADS = ("Hội",)
NATION = "Việt Nam"
# The words that say "at every level" after such an organisation.
ALL_LEVELS = ("các cấp", "cấp tỉnh, cấp xã")

# Fields of departments (Sở) and ministries (Bộ): the official spelling, then a pattern for the ways
# texts write it (matched case-insensitively; `P` stands for any punctuation or connective between
# the parts, since the official name is the same whatever the text puts there).
_P = r"\s*(?:[-–,]|và|&)?\s*"
_AND = r"\s*(?:và|&)\s*"
FIELDS: list[tuple[str, str]] = [
    ("Kế hoạch và Đầu tư", r"kế hoạch" + _AND + r"đầu tư|kh\s*(?:&|và)\s*đt|khđt"),
    ("Nông nghiệp và Phát triển nông thôn", r"nông nghiệp" + _P + r"phát triển nông thôn|nn\s*(?:&|và)\s*ptnt|nnptnt"),
    ("Nông nghiệp và Môi trường", r"nông nghiệp" + _P + r"môi trường|nn\s*(?:&|và)\s*mt"),
    ("Tài nguyên và Môi trường", r"tài nguyên" + _P + r"môi trường|tn\s*(?:&|và)\s*mt|tnmt"),
    ("Lao động - Thương binh và Xã hội", r"lao động" + _P + r"thương binh" + _P + r"xã hội|lđ\s*-?\s*tb\s*(?:&|và)\s*xh|lđtbxh"),
    ("Văn hóa, Thể thao và Du lịch", r"văn hóa" + _P + r"thể thao" + _P + r"du lịch|vhttdl|vh\s*,?\s*tt\s*(?:&|và)\s*dl"),
    ("Văn hóa và Thể thao", r"văn hóa" + _AND + r"thể thao|vh\s*(?:&|và)\s*tt"),
    ("Khoa học và Công nghệ", r"khoa học" + _P + r"công nghệ|kh\s*(?:&|và)\s*cn|khcn"),
    ("Thông tin và Truyền thông", r"thông tin" + _AND + r"truyền thông|tt\s*(?:&|và)\s*tt|tttt"),
    ("Giáo dục và Đào tạo", r"giáo dục" + _AND + r"đào tạo|gd\s*(?:&|và)\s*đt|gdđt"),
    ("Giao thông vận tải", r"giao thông" + _P + r"vận tải|gtvt"),
    ("Dân tộc và Tôn giáo", r"dân tộc" + _AND + r"tôn giáo"),
    ("Quy hoạch - Kiến trúc", r"quy hoạch\s*[-–]\s*kiến trúc"),
    ("Công Thương", r"công thương"),
    # a district's offices ("Phòng TC-KH", "Phòng KT-HT"), before the fields they open with
    ("Tài chính - Kế hoạch", r"tài chính\s*[-–]\s*kế hoạch|tc\s*[-–]\s*kh(?!\w)"),
    ("Kinh tế - Hạ tầng", r"kinh tế\s*[-–]\s*hạ tầng|kt\s*[-–]\s*ht(?!\w)"),
    ("Tài chính", r"tài chính"),
    ("Xây dựng", r"xây dựng"),
    ("Y tế", r"y tế"),
    ("Nội vụ", r"nội vụ"),
    ("Tư pháp", r"tư pháp"),
    ("Ngoại vụ", r"ngoại vụ"),
    ("Du lịch", r"du lịch"),
    ("Dân tộc", r"dân tộc"),
    # Ministries only.
    ("Quốc phòng", r"quốc phòng"),
    ("Công an", r"công an"),
    ("Ngoại giao", r"ngoại giao"),
]
MINISTRY_ONLY_FIELDS = frozenset({"Quốc phòng", "Công an", "Ngoại giao"})

# Parts of names that hold a comma or start in lower case, each with its one spelling: without them
# the name would end at the comma ("Báo và Phát thanh, Truyền hình tỉnh").
NAME_PARTS: list[tuple[str, str]] = [
    ("Khu kinh tế, công nghiệp", r"(?:các\s+)?(?:khu kinh tế|kkt)\s*,?\s*(?:công nghiệp|cn)(?!\w)"),
    ("các Khu công nghiệp, khu kinh tế", r"các khu công nghiệp\s*,?\s*khu kinh tế"),
    ("Khu kinh tế", r"khu kinh tế|kkt(?!\w)"),
    ("Khu công nghiệp", r"khu công nghiệp|kcn(?!\w)"),
    ("Khu chế xuất", r"khu chế xuất|kcx(?!\w)"),
    ("Phát thanh, Truyền hình", r"phát thanh\s*[,–-]\s*truyền hình"),  # also written "Phát thanh - Truyền hình"
    ("Khám, chữa bệnh", r"khám\s*,\s*chữa bệnh"),  # the health ministry's department ("Cục Quản lý Khám, chữa bệnh")
    # the fire and rescue police's field ("Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ")
    ("phòng cháy, chữa cháy và cứu nạn, cứu hộ", r"phòng cháy\s*,\s*chữa cháy và cứu nạn\s*,\s*cứu hộ"),
]

# Short forms inside names, expanded in the canonical name.
# The offices of a commune or a ward since 2025, by their field ("Phòng Kinh tế", "Phòng Văn hóa - Xã hội", "Phòng Kinh
# tế, Hạ tầng và Đô thị"): names the vocabulary knows whole.
COMMUNE_OFFICE_FIELDS = ("Kinh tế", "Văn hóa - Xã hội", "Kinh tế, Hạ tầng và Đô thị")
# The state's sectors that name its bodies' fields beyond the departments' ("Hạt Kiểm lâm", "Chi cục Thủy sản", "Cục
# Thi hành án dân sự"): with the fields above, what a name's words are spelt as (`namemarks`)
NAME_FIELDS = ("Kiểm lâm", "Kiểm ngư", "Lâm nghiệp", "Thủy lợi", "Thủy sản", "Thú y", "Trồng trọt", "Bảo vệ thực vật",
               "Thi hành án dân sự", "Chuyển đổi số", "Tổ chức - Cán bộ", "Đường sắt", "Đường bộ", "Hàng hải",
               "Thống kê", "Biên phòng")
# Words of names spelt as one of those but for their marks, and right as written: the navy's "Hải quân" is not the
# customs' "Hải quan"
SPELT_LIKE_ANOTHER = frozenset({"hải quân"})
NAME_ABBREVIATIONS: dict[str, str] = {
    "UBND": "Ủy ban nhân dân", "HĐND": "Hội đồng nhân dân", "MTTQVN": "Mặt trận Tổ quốc Việt Nam",
    "MTTQ": "Mặt trận Tổ quốc", "KKT": "Khu kinh tế", "KCN": "Khu công nghiệp", "BQL": "Ban Quản lý",
    "CHQS": "Chỉ huy Quân sự", "LHPN": "Liên hiệp Phụ nữ", "CCB": "Cựu chiến binh",
    "KCNC": "Khu công nghệ cao", "CNC": "công nghệ cao",
    "QLDA": "Quản lý dự án", "ĐTXD": "đầu tư xây dựng",  # ("Ban QLDA ĐTXD các công trình giao thông tỉnh")
    "LĐLĐ": "Liên đoàn Lao động",  # ("Ban Chính sách - Pháp luật LĐLĐ tỉnh")
    "VHXH": "Văn hóa - Xã hội",  # a commune's office: "Phòng VHXH"
    "THPT": "Trung học phổ thông", "THCS": "Trung học cơ sở",  # a school's level: "Trường THPT Lê Quý Đôn"
}
# A school's level after "Trường", before the school's own name ("TRƯỜNG THPT LÊ QUÝ ĐÔN": "Lê Quý Đôn"), in lower case.
SCHOOL_LEVELS = ("thpt", "thcs", "tiểu học", "mầm non", "trung học phổ thông", "trung học cơ sở",
                 "phổ thông dân tộc nội trú", "phổ thông dân tộc bán trú")

# Where a body sits: these words, with the place name after them, complete a name and end it
# ("Công an tỉnh", "Ủy ban nhân dân huyện Phú Lộc", "Chi cục Hải quan khu vực II").
# A branch ("Ngân hàng Nhà nước - Chi nhánh tỉnh Hà Tĩnh") is written with a dash where the text has one, and its
# place follows.
BRANCH = ("- Chi nhánh", r"(?:[-–]\s*)?(?i:chi nhánh)")
LOCALITIES = ("thành phố", "Thành phố", "tỉnh", "Tỉnh", "huyện", "quận", "thị xã", "thị trấn", "xã", "phường", "đặc khu",
              "khu vực", "Khu vực")
# Short forms of localities, with the word they stand for.
LOCALITY_ABBREVIATIONS = {"TP": "Thành phố", "TP.": "Thành phố", "Tp.": "Thành phố"}
# Of those, the levels that name one body only with the place after them: "Ủy ban nhân dân xã" alone
# is every commune's committee, a class.
LOCAL_LEVELS = frozenset({"huyện", "quận", "thị xã", "thị trấn", "xã", "phường", "đặc khu", "khu vực", "Khu vực"})
# Words that open with a level's syllable and name none ("Phòng Lao động, việc làm và Bảo hiểm xã hội").
LEVEL_COMPOUNDS = frozenset({"xã hội"})

# Lower-case words that official names contain after their first capitalised word
# ("Bảo hiểm xã hội", "Ban Quản lý dự án", "Trung tâm Chuyển đổi số", "Viện Nghiên cứu phát triển").
NAME_WORDS = frozenset(
    "xã hội nhân dân nhà nước nông thôn quốc gia đô thị dự án chính sách khu kinh tế công nghiệp "
    "nghệ cao số phát triển ứng dụng chuyển đổi dịch vụ hành chính y dược bộ đội biên phòng quân sự "
    "đầu tư xây dựng thông tin truyền hình thanh niên cộng sản phụ nữ hợp tác chế xuất mục tiêu vận tải "
    "giao thông kỹ thuật đào tạo nghề nghiên cứu khoa học và sát biển trường".split()
)
# The most words a name holds after its head: a longer run of capitalised words is a title or a table
# row, not one name.
MAX_NAME_WORDS = 20
# How many lower-case words a name may hold before the locality that closes it ("Ban Chỉ đạo chuyển
# đổi số tỉnh", "Ban Quản lý dự án Đầu tư xây dựng công trình giao thông tỉnh").
MAX_WORDS_BEFORE_LOCALITY = 9
# The word that opens the topic of a body named by its mission ("Ban Chỉ đạo liên ngành về an toàn thực phẩm tỉnh X"):
# the topic is the name's when a locality closes it.
MISSION_TOPIC_WORD = "về"
# Lower-case words a name may end on that no list knows ("Cục Biến đổi khí hậu", "Cục Trồng trọt và Bảo
# vệ thực vật"), when a clear boundary follows them within this many words.
MAX_OPEN_NAME_WORDS = 4
# Lower-case words after a comma that may finish an office's field ("Phòng Quản lý hộ kinh doanh, cá nhân và thu khác").
MAX_FIELD_TAIL_WORDS = 6
# Bodies named by their mission, in plain words, take more of them ("Ban Chỉ đạo phòng thủ dân sự quốc
# gia", "Văn phòng Ban Chỉ huy phòng, chống thiên tai"): the same clear boundary must follow.
MISSION_HEADS = ("Ban Chỉ đạo", "Ban Chỉ huy", "Tổ công tác")
# Heads whose bodies are told apart by a number right after them ("Thuế cơ sở 3 tỉnh X", as "Ban Chỉ đạo 389 tỉnh").
NUMBERED_HEADS = ("Thuế cơ sở",)
# Heads whose bodies are named by their number alone, whatever follows it ("Quân khu 4 chủ trì", "Quân đoàn 12").
NAMED_BY_NUMBER_HEADS = ("Quân khu", "Quân đoàn")
# Two words joined by "và" as one, in the middle of a name in lower case: "Hiệp hội Doanh nghiệp nhỏ và vừa Việt Nam",
# "Trung tâm Hỗ trợ doanh nghiệp nhỏ và vừa phía Nam" (the size of the firms, not a second body)
NAME_COORDINATES = frozenset({"nhỏ và vừa", "vừa và nhỏ"})
# Heads whose bodies a plan names in lower case after them, teams and cooperatives it sets up or works with ("Tổ kiểm
# kê di sản văn hóa xã", "Hợp tác xã dịch vụ nông nghiệp Yên Lập")
NAMED_IN_LOWER_CASE = frozenset({"Tổ", "Đội", "Hợp tác xã"})
MAX_MISSION_NAME_WORDS = 8
# Of those, the ones that cannot end a name: what follows them decides.
# Verbs that are also words of names ("Viện Nghiên cứu phát triển", "Ban Quản lý dự án Đầu tư xây dựng").
NAME_VERBS = frozenset({"phát triển", "ứng dụng", "xây dựng", "đầu tư", "chuyển đổi", "nghiên cứu", "đăng ký"})
NAME_WORDS_OPEN = frozenset({"và", *(syllable for verb in NAME_VERBS for syllable in verb.split())})
# What such a verb does, not what a body is named after: a count after it ("… Thú y xây dựng 05 mô hình …") makes it the
# sentence's verb, and so does one of these nouns after "xây dựng", which builds them and names no body after them ("…
# hành chính xây dựng phần mềm …"; not "Trung tâm Nghiên cứu phát triển phần mềm").
BUILT_WORK = ("kế hoạch", "phương án", "mô hình", "phần mềm", "tài liệu", "đề án", "quy chế", "dự thảo", "báo cáo",
              "hồ sơ", "cơ sở dữ liệu", "chuyên mục", "bộ tài liệu", "bộ phiếu", "hướng dẫn", "quy trình",
              "chương trình")
# Nouns that open with a verb ("hợp tác xã" is a cooperative, not "hợp tác" + "xã"): inside a name they
# are words of the name ("Quỹ Bảo lãnh tín dụng hợp tác xã tỉnh").
NOUNS_OPENING_WITH_A_VERB = ("hợp tác xã", "giao thông", "giao dịch", "cử tri",
                             "cấp tỉnh", "cấp xã", "cấp huyện", "cấp cơ sở")  # (a level: "Đoàn Thanh niên cấp tỉnh")
# Nouns whose last syllable is a verb ("công trình": "trình" submits): inside one, no verb opens.
NOUNS_ENDING_ON_A_VERB = frozenset({"công trình", "chương trình", "quy trình", "lộ trình", "giáo trình", "hành trình",
                                    "tờ trình"})
# Syllables that make a noun of the verb after them ("Tổng điều tra kinh tế", "Tổng kiểm kê tài sản công"): a name may
# hold the verb after one.
NOUN_PREFIXES_OF_VERBS = frozenset({"tổng"})

# Words at which a name ends: the verbs of the roles (as word pairs, since their syllables occur in
# names: "Ban hành" no, "Trung tâm Phục vụ hành chính công" yes) and the small words of the sentence.
ROLE_VERBS = frozenset("chủ trì|phối hợp|thực hiện|tham mưu|chịu trách|có trách|triển khai|hướng dẫn".split("|"))
STOP_PAIRS = ROLE_VERBS | frozenset(
    "theo dõi|tổ chức|chỉ đạo|đẩy mạnh|tiếp tục|căn cứ|kiểm tra|rà soát|hỗ trợ|thúc đẩy|tập trung|tăng cường|nâng cao|đôn đốc|quản lý|bảo đảm|"
    "đảm bảo|cung cấp|hoàn thành|ban hành|làm việc|chủ động|phổ biến|tuyên truyền|báo cáo|đề nghị|yêu cầu|"
    "trở thành|phê duyệt|quy định|quyết định|giải quyết|tổng hợp|đánh giá|thông báo|bố trí|đề xuất|biên soạn|phát hành|"
    "làm đầu".split("|")  # ("… làm đầu mối")
) | frozenset(" ".join(verb.split()[:2]) for verb in ASSESSING_VERBS)
# The words of what a report gives, or of how often, right after its recipient's name ("báo cáo Cục X kết quả …",
# "báo cáo Hội đồng Y hằng quý"): no name's words.
AFTER_A_RECIPIENT = ("kết quả", "tình hình", "hằng", "định kỳ")
# What closes a name a document spells out whole, whatever its words: the role its body takes right after it ("Phòng
# Kế hoạch tổng hợp chủ trì", "… là cơ quan thường trực") or, where the name opens its line, a bracket ("1. Phòng …
# (đơn vị đầu mối)"). Read there once, the name is whole wherever the document writes it.
NAME_CLOSING_ROLES = ("chủ trì", "đồng chủ trì", "phối hợp", "là cơ quan", "là đơn vị")
# The most syllables such a name holds after its head.
MAX_SPELT_NAME_WORDS = 14
# The small words a spelt-out name may hold ("Phòng Cảnh sát quản lý hành chính về trật tự xã hội"); "và" only before
# a field in capitals.
SPELT_NAME_SMALL_WORDS = frozenset({"về", "và"})
# The fewest words of a heading written in title case ("Phòng Văn Hóa - Xã Hội"): two capitalised words are as often
# a name in its usual case ("Sở Tư pháp" is not, "Công An" would be).
TITLE_CASE_WORDS = 3
# A heading that is one body's name alone, over the work its items give that body, is bounded by its line: the name
# may be longer there and hold "các" and a lower-case "và" ("(4) Ban Quản lý dự án đầu tư xây dựng các công trình dân
# dụng và công nghiệp tỉnh").
MAX_HEADING_NAME_WORDS = 24
HEADING_NAME_SMALL_WORDS = SPELT_NAME_SMALL_WORDS | {"các"}
# Words of the sentence between a body and its role ("Sở Y tế tiếp tục chủ trì", "… thông báo kết quả như sau"):
# never the name's. The verbs of the sentence (`STOP_PAIRS`) are not either, but for those names hold in lower case
# ("Phòng Kế hoạch tổng hợp", "Cục Kiểm tra văn bản và Quản lý xử lý vi phạm hành chính").
SENTENCE_WORDS = frozenset((*VERB_PREFIXES, *"tích cực|trực tiếp|cùng|cũng|tập trung|phải|luôn|đồng thời|như sau|về việc"
                                                .split("|")))
VERBS_OF_NAMES = frozenset({"quản lý", "tổng hợp", "kiểm tra", "hỗ trợ", "tổ chức", "bảo đảm", "theo dõi"})
# Pairs of words a comma joins into one ("phòng, chống": to prevent and combat), in names as anywhere: "Ban Chỉ huy
# phòng, chống thiên tai …", "Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao".
COMMA_COMPOUNDS = frozenset({"phòng, chống"})
# Pairs that open with a small word of the sentence but belong to names ("Cục Quản lý và Phát triển thị
# trường trong nước"), or hold one that is a verb alone ("Trung tâm Dịch vụ việc làm"; "Công ty X làm đường …";
# "Công ty Khai thác công trình thủy lợi"; not "trình" a plan), or name the kind of a school ("Trường Phổ thông dân
# tộc bán trú Trung học cơ sở xã X", "Trường Trung học phổ thông Chuyên tỉnh"; "bán" alone is to sell).
NAME_PAIRS = frozenset({"trong nước", "ngoài nước", "việc làm", "công trình", "dân tộc", "bán trú", "nội trú",
                        "phổ thông"})
# A company's legal form, in lower case inside its name ("Công ty TNHH một thành viên Nước sạch …"), longest first.
LEGAL_FORMS = ("trách nhiệm hữu hạn một thành viên", "trách nhiệm hữu hạn", "một thành viên", "hai thành viên",
               "cổ phần")
# … and the abbreviations a header writes them with ("CÔNG TY TNHH MTV …")
LEGAL_FORM_ABBREVIATIONS = {"TNHH": "trách nhiệm hữu hạn", "MTV": "một thành viên"}
STOP_WORDS = frozenset(
    "có là được tại trên trong với cho để về theo từ đến đã đang sẽ thì mà những này đó khi nếu cùng của các "
    "và hoặc nhằm do bởi nhận trả gửi đóng trước".split()
)
# Of those, the prepositions that open a verb's complement: after a verb names may hold and its object, one says the
# verb was the sentence's ("Ban Điện tử xây dựng trang chuyên đề về Đại hội").
PREPOSITIONS = frozenset({"về", "trên", "tại", "cho", "với", "để", "nhằm", "theo"})
# Of those, the ones a name closed by its locality may hold: "Ban Quản lý dự án đầu tư xây dựng các công
# trình giao thông tỉnh", "Ban Quản lý các khu công nghiệp tỉnh".
NAME_CLASS_WORDS = frozenset({"các"})

# Collective actors: the nouns and the words a collective phrase is made of.
COLLECTIVE_NOUNS = (
    "Sở", "sở", "Bộ", "bộ", "cơ quan", "đơn vị", "ngành", "địa phương", "huyện", "quận", "xã", "phường", "tổ chức",
    "hội", "đoàn thể", "Đoàn thể", "ban", "Ban", "cấp", "tỉnh", "UBND", "Ủy ban", "doanh nghiệp", "thành viên", "hãng", "nhà",
    "Trường", "trường", "trường học",
    "thị xã", "thành phố", "chi nhánh", "lực lượng", "cơ sở", "bộ phận", "chủ đầu tư", "chủ rừng",
    "phòng", "khoa", "trung tâm",  # a unit's own departments: "các phòng chuyên môn", "các khoa, phòng, trung tâm"
    "đại học", "Đại học",  # "các đại học, trường đại học"
    "Thuế",  # a province's tax offices since 2025: "các Thuế cơ sở"
    "Vụ", "Cục",  # a ministry's departments: "Thủ trưởng các Vụ, Cục, đơn vị thuộc Bộ" (in lower case "vụ" is a case)
    "chi bộ", "đảng bộ", "đảng ủy",  # the Party's cells and committees: "các chi bộ trực thuộc", "các đảng ủy trực thuộc"
    "chi đoàn", "liên chi đoàn",  # the Youth Union's: "các liên chi đoàn khoa"
    "chi hội",  # an association's branches: "các chi hội trực thuộc"
    "thôn", "ấp",  # a commune's villages: "các thôn, bản", "các ấp"
    "công ty", "Công ty", "tổng công ty", "Tổng công ty",  # a group's companies: "các công ty thành viên"
    "xí nghiệp", "Xí nghiệp",  # a company's units: "các Xí nghiệp khai thác công trình thủy lợi trực thuộc"
    # delegations: "các đoàn kiểm tra liên ngành" (not "các đoàn viên", people, nor "các đoàn khách")
    "đoàn kiểm tra", "đoàn công tác", "đoàn giám sát", "đoàn thanh tra", "đoàn khảo sát",
    "tập đoàn", "Tập đoàn",  # the state's economic groups: "các tập đoàn, tổng công ty nhà nước"
    "phân xưởng", "Phân xưởng",  # a company's workshops: "các phân xưởng khai thác"
    "bệnh viện", "Bệnh viện",  # a health service's hospitals: "các bệnh viện trực thuộc Bộ Y tế"
    "hợp tác xã", "Hợp tác xã",  # "các hợp tác xã nông nghiệp" (not a class of communes)
    "tổ", "Tổ",  # teams: "các tổ hòa giải", "các tổ chuyên môn" (not "các tổ chức": its own noun)
    # the army's commands and services: "các quân khu, quân chủng, binh chủng", "các quân đoàn, binh đoàn"
    "quân khu", "Quân khu", "quân chủng", "Quân chủng", "binh chủng", "Binh chủng", "quân đoàn", "Quân đoàn",
    "binh đoàn", "Binh đoàn",
)
# Words that make a collective noun part of another noun: "các hội nghị" are meetings, not associations.
NOT_COLLECTIVE_AFTER: dict[str, tuple[str, ...]] = {
    "hội": ("nghị", "thảo", "chợ", "diễn", "thi", "viên"),
    "ban": ("hành",),
    "cấp": ("phép", "độ", "bậc"),
    "ngành": ("hàng", "nghề"),
    "trường": ("hợp",),  # "các trường hợp" are cases
    "nhà": ("ở", "nước", "máy", "xưởng", "văn hóa"),
    "cơ sở": ("dữ liệu", "vật chất", "hạ tầng", "pháp lý", "khoa học", "lý luận"),
    "phòng": ("học", "thi", "họp", "chống", "ngừa", "khám", "máy", "làm việc", "thí nghiệm", "ở", "trọ", "bệnh",
              "cháy", "tránh", "hộ"),
    "khoa": ("học",),
    "trung tâm": ("thương mại", "mua sắm", "dữ liệu", "hội nghị", "thành phố", "đô thị"),
}
# The events and gatherings a head's word opens, in any case ("Hội thi", "Hội Thao Quốc phòng", "Hội khỏe Phù Đổng"):
# no body of that head.
EVENTS_OPENING_WITH_A_HEAD: dict[str, tuple[str, ...]] = {
    "hội": ("nghị", "thảo", "chợ", "diễn", "thi", "viên", "thao", "khỏe", "trại", "báo", "xuân", "làng"),
}
LEADERS = ("Thủ trưởng", "Giám đốc", "Chủ tịch", "Lãnh đạo", "Người đứng đầu")
COLLECTIVE_WORDS = frozenset(
    "các sở ban ngành cấp tỉnh và địa phương ubnd ủy nhân dân huyện thị xã thành phố phường đặc khu đơn vị cơ "
    "quan liên quan có trực thuộc đoàn thể hội tổ chức trung ương bộ doanh nghiệp khác trên địa bàn thông tấn "
    "báo chí vùng trong quận trấn viên chính trị đảng - / sản xuất kinh doanh chế biến ven biển theo thẩm quyền "
    "thôn bản ấp vực môn tâm "
    # (a quarter's or a village's kind: "Ban điều hành các khối phố", "Ban nhân dân các khu phố, xóm"; not "làng",
    # which a class may name as what its places have, "các xã có làng nghề")
    "khối xóm".split()
)
# Of those, the ones that belong to a phrase only with their word's second syllable ("cơ quan báo chí",
# "cơ sở sản xuất, kinh doanh", "các cơ quan theo thẩm quyền", not "… báo cáo", "… sản phẩm", "… theo dõi").
COLLECTIVE_FIRST_SYLLABLES = {"báo": "chí", "sản": "xuất", "kinh": "doanh", "chế": "biến", "ven": "biển",
                              "khối": "phố",  # (a quarter, "các khối phố"; not "các sở, ngành khối văn hóa")
                              "theo": "thẩm quyền", "thẩm": "quyền"}
# …and the ones that belong to it only after their word's first syllable ("các cơ quan liên quan", not "các xã,
# phường quan tâm").
COLLECTIVE_SECOND_SYLLABLES = {"quan": ("cơ", "liên"),
                               "môn": ("bộ",), "tâm": ("trung",)}  # (an institute's: "các bộ môn, trung tâm")
# Of those, the words that belong to a collective phrase only when it goes on after them.
COLLECTIVE_JOINERS = frozenset({",", ";", "và", "có", "các", "trong", "trên", "-", "/"})
# Bodies named by their role in a procedure ("Cơ quan chủ trì giải quyết thủ tục") or in the work ("Cơ quan thanh
# tra" of each case, "Đơn vị được giao chủ trì"): one of many, so collective.
# Delegations are named whole by their role: the words after it are their work ("Đoàn giám sát xây dựng báo cáo …").
DELEGATIONS = ("Đoàn kiểm tra", "Đoàn công tác", "Đoàn giám sát", "Đoàn thanh tra", "Đoàn khảo sát")
ROLE_NAMED = ("Cơ quan chủ trì", "Cơ quan phối hợp", "Cơ quan thường trực", "Cơ quan đầu mối", "Cơ quan thanh tra",
              "Đơn vị được giao chủ trì", *DELEGATIONS,
              # those who provide a service the document rules on ("Đơn vị cung cấp dịch vụ đăng kiểm có trách nhiệm …")
              "Đơn vị cung cấp", "Tổ chức cung cấp", "Doanh nghiệp cung cấp")
# The nouns that open the name of a class of bodies named by what it does, as the subject of its duty ("Tổ chức kiểm
# định có trách nhiệm …", "Đơn vị vận hành chịu trách nhiệm …"): whatever the words after the noun, they name it.
CLASS_NOUNS = ("Tổ chức", "Đơn vị", "Doanh nghiệp", "Cơ sở", "Cơ quan")
# The words that name the implementing bodies at large after "các" ("các cơ quan, đơn vị", "các sở, ban, ngành", "các
# thành viên Ban Chỉ đạo"), not one kind of body ("các chi bộ", "các xóm").
GENERIC_KINDS = ("cơ quan", "đơn vị", "sở", "ban", "ngành", "địa phương", "phòng", "tổ chức", "bộ", "thành viên",
                 "cấp ủy", "đoàn thể", "hội", "doanh nghiệp",
                 "vụ", "cục")  # a ministry's own departments at large, "Thủ trưởng các Vụ, Cục, đơn vị thuộc Bộ" (read
# in a class's name, which only the capitalised "Vụ", "Cục" open: "các vụ vi phạm" names none)
# Parties outside the state that a plan gives work to as a class ("Hộ gia đình, cá nhân: Chủ động gia cố …"); a list
# of them before a colon names who does what follows.
NON_STATE_PARTIES = ("doanh nghiệp", "cộng đồng", "tổ chức", "cá nhân", "người dân", "nhân dân", "hộ gia đình",
                     "hộ kinh doanh", "hợp tác xã", "nhà đầu tư", "chủ đầu tư", "chủ rừng", "nhà tài trợ",
                     "tình nguyện viên", "cha mẹ học sinh", "phụ huynh học sinh", "phụ huynh")
# Associations of businesses, not bodies of the state: an association's head and right after it a business word
# ("Hiệp hội Doanh nghiệp …", "Hội đồng Kinh doanh …", "Hội Doanh nhân trẻ …"; not "Hội đồng xét chọn doanh nghiệp …").
# A letter that asks one to do something answers it; it gives no work.
ASSOCIATION_HEADS = ("Hiệp hội", "Hội đồng", "Hội")
BUSINESS_WORDS = ("kinh doanh", "doanh nghiệp", "doanh nhân")
# Words that open the name of a local group of people, named by what it does ("Ban tự quản các tổ dân cư", "Tổ hòa
# giải", "Đội xung kích"): a short heading that is such a name alone names the group its items are given to.
# The parties of a joint document, counted ("Hai cơ quan phối hợp …", "Mỗi bên cử …", "Cả hai bên"), and all of them
# ("Các bên")
PARTY_COUNTS = ("Hai", "Ba", "Mỗi", "Cả hai")
PARTY_NOUNS = ("cơ quan", "bên", "ngành", "đơn vị")
# Heads that open a name whose next words are a head too ("HỘI LIÊN HIỆP PHỤ NỮ", "BAN QUẢN LÝ …"), and end none
# ("Nội vụ", "Môi trường" end names on a head's word)
HEADS_BEFORE_A_HEAD = ("Hội", "Ban", "Tổ", "Đội", "Quỹ")
# ("Hội đồng quản trị", "Chi đoàn giáo viên")
GROUP_WORDS = ("Ban", "Tổ", "Đội", "Hội đồng", "Bộ phận", "Chi đoàn", "Chi hội")
# "Đội ngũ …", "Ban hành …", "Ban bố …", "Tổ chức …", "Tổ quốc", "Ban ngày", "Ban đêm": no group
GROUP_NOT_NAMED_BY = ("ngũ", "hành", "bố", "chức", "quốc", "ngày", "đêm")
GROUP_HEADING_WORDS = 10  # at most ("Tổ xung kích phòng, chống thiên tai các thôn")
GROUP_BEFORE_ROLE_WORDS = 5  # at most, before the role its sentence gives it ("Tổ kỹ thuật phối hợp …")
# The heading of a party's duties ("Trách nhiệm của đơn vị được kiểm tra:"): what follows "của" names the party,
# whether or not it is a body's name.
DUTY_OF = "Trách nhiệm của"
# People, not bodies: the duties of "công chức", "học viên" a regulation lays down are rules of conduct, given to no body.
INDIVIDUALS = ("cán bộ", "công chức", "viên chức", "người lao động", "học viên", "giảng viên", "giáo viên", "nhà giáo",
               "sinh viên", "người học",
               "người nộp thuế", "cá nhân")
# Level words after a head that make the phrase a class of bodies ("Ủy ban nhân dân cấp xã", "Hội Nông dân cùng cấp").
CLASS_LEVELS = ("cấp xã", "cấp huyện", "cấp tỉnh", "các cấp", "cấp cơ sở", "cùng cấp")
# Units a body's name may be followed by to name each one's (no body themselves: "các lớp bồi dưỡng" are courses):
# "Ban đại diện cha mẹ học sinh các lớp".
UNITS_EACH_HAS = ("lớp",)

# Words that open the name of a document or of a part of one: "Chính phủ và Nghị quyết số …" joins
# two things, not two halves of a name, and "Ủy ban nhân dân tỉnh Điều 2" has no place "Điều".
DOCUMENT_WORDS = tuple(
    "kế hoạch|quyết định|nghị quyết|nghị định|chương trình|luật|thông tư|chỉ thị|đề án|kết luận|thông báo|"
    "công văn|báo cáo|điều|khoản|mục|phần|chương|phụ lục".split("|")
)

# How a document defines a short name for a body it has just named.
ALIAS_CUES = (r"sau đây gọi tắt là", r"sau đây viết tắt là", r"sau đây gọi là", r"gọi tắt là", r"viết tắt là")
