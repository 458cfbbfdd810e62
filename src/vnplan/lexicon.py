"""The vocabulary of plans, kept as data: what the extraction stages match words against.

Every list is of words as written in normalised text (NFC, one tone-mark style). The stages
build their patterns from here, so a word added once is known everywhere.
"""
from __future__ import annotations

import re
from functools import lru_cache

# Verbs that open an instruction ("Tăng cường …", "Rà soát, sửa đổi …"). A block that opens with
# one tells someone to do something; a block that opens with a noun phrase describes or defines.
ACTION_VERBS = (
    "ban hành", "bảo đảm", "bảo vệ", "biên soạn", "bố trí", "bồi dưỡng", "bổ sung", "cải cách", "cải thiện",
    "cải tạo", "cập nhật", "chỉ đạo", "chỉnh lý", "chịu trách nhiệm", "chuẩn bị", "chuyển đổi", "chủ động",
    "chủ trì", "công bố", "công khai", "cung cấp", "củng cố", "duy trì", "đánh giá", "đào tạo", "đăng tải",
    "đảm bảo", "đẩy mạnh", "đầu tư", "đề nghị", "đề xuất", "điều chỉnh", "điều phối", "định kỳ", "đôn đốc",
    "đổi mới", "đưa", "gắn", "giải quyết", "giám sát", "giao", "gửi", "hoàn thành", "hoàn thiện", "hỗ trợ",
    "hợp tác", "huy động", "hướng dẫn", "khai thác", "khắc phục", "khảo sát", "khẩn trương", "khuyến khích",
    "kiểm soát", "kiểm tra", "kiện toàn", "kịp thời", "kết nối", "lập", "lồng ghép", "lựa chọn", "mở rộng",
    "nâng cao", "nâng cấp", "nghiên cứu", "nhân rộng", "phát động", "phát hành", "phát huy", "phát triển",
    "phân bổ", "phân công", "phấn đấu", "phê duyệt", "phòng ngừa", "phòng, chống", "phổ biến", "phối hợp",
    "quan tâm", "quản lý", "quán triệt", "quy định", "rà soát", "sắp xếp", "số hóa", "sơ kết", "sửa đổi",
    "tham gia", "tham mưu", "thanh tra", "theo dõi", "thẩm định", "thiết lập", "thu hút", "thu thập",
    "thi đua", "thúc đẩy", "thường xuyên", "thực hiện", "thí điểm", "thống kê", "tích hợp", "tiếp nhận", "tiếp tục",
    "tổ chức", "tổng hợp", "tổng kết", "trình", "triển khai", "truyền thông", "tuyên truyền", "tuyển chọn",
    "tập huấn", "tập trung", "tăng cường", "ứng dụng", "ưu tiên", "vận động", "vận hành", "xác định",
    "xây dựng", "xem xét", "xử lý", "yêu cầu", "lắp đặt", "sử dụng", "trang bị", "đẩy nhanh", "giới thiệu",
    "quy hoạch", "hình thành", "thành lập", "đăng ký", "xúc tiến", "áp dụng", "ứng phó", "sản xuất", "biên tập",
    "chia sẻ", "liên kết", "thực thi", "tháo gỡ", "giải ngân", "sửa chữa", "bảo trì", "di dời", "mở", "cấp",
    "tạo điều kiện", "khuyến cáo", "rèn luyện", "hoàn tất", "cắt giảm", "đơn giản hóa", "cụ thể hóa", "thể chế hóa",
    "tái cơ cấu", "cơ cấu lại", "chấn chỉnh", "siết chặt", "ngăn chặn", "đấu tranh", "tiếp thu", "góp ý",
    "tuân thủ", "chấp hành", "kết hợp", "giúp",
    # orders, requests and field work
    "đặt hàng", "định hướng", "kêu gọi", "kiểm đếm", "sơ tán", "cứu hộ", "cứu nạn", "tìm kiếm", "dự trữ", "mua sắm",
    "nắm chắc", "nắm bắt", "làm việc", "rút ngắn", "vận chuyển", "thẩm tra", "khen thưởng", "biểu dương", "xử phạt", "thu hồi",
    "chi trả", "bàn giao", "phân loại", "phân tích", "cảnh báo", "kiểm định", "kiểm kê", "quyết toán", "đối thoại",
    "thăm hỏi", "động viên", "ghi chép", "dự thảo", "soạn thảo",
    "lấy ý kiến", "lấy nước", "xin ý kiến",
    "phát hiện", "xác minh", "điều tra", "truy quét", "tuần tra", "bảo quản", "bảo dưỡng",
    "chăm sóc", "thu gom", "quan trắc", "lấy mẫu", "xét nghiệm", "điều trị", "tư vấn", "phản biện", "đưa tin",
    "cấp phát", "chuyển giao", "hợp nhất", "bổ nhiệm", "luân chuyển", "điều động", "tuyển dụng", "hoàn chỉnh",
    "chuẩn hóa", "đồng bộ hóa", "liên thông", "công nhận", "xét duyệt", "ký kết", "cam kết", "khôi phục", "phục hồi",
    "gỡ bỏ", "xác thực", "truy xuất", "niêm yết", "tiêu hủy", "thay thế", "tạm dừng", "đình chỉ", "thanh toán",
    "diễn tập", "sàng lọc", "tầm soát",
    "khởi công", "nghiệm thu", "quảng bá", "tôn vinh", "rút kinh nghiệm", "chấm điểm", "xếp loại", "bình xét",
    "kiến nghị", "trồng mới", "trực ban", "ứng trực", "mời", "điều hành", "trao đổi",
    "đảm nhiệm", "sẵn sàng", "cử", "nắm chắc", "nắm bắt", "phân luồng",  # a body's standing duties ("cử hội viên …")
)
# A verb in lower case: a line holding one does work ("Công an huyện bảo đảm …"); the words of a name are capitalised.
DOES_WORK = re.compile(r"(?<![\wđ])(?:" + "|".join(ACTION_VERBS) + r")(?![\wđ])")

# A label an outline puts before its items, a space or the line's end after it: a bullet, a number ("1.", "1.2.", "2)"),
# a letter ("a)", "A."), a part's Roman number, a number or letter in brackets, a division's word ("Điều 3", "Phần II").
OUTLINE_LABEL = re.compile(r"(?:(?:[-–—•+*○●▪■►✓]|\d{1,3}(?:\.\d{1,3}){0,3}[.)]|[a-zđ][.)]|[IVXLC]{1,6}[.)]|[A-ZĐ]\."
                           r"|\((?:\d{1,3}|[a-zđ]|[ivx]{1,5})\))|(?:Điều|Khoản|Mục|Phần|Chương)\s+[\dIVXLC]+[.:]?)(?=\s|$)")

# What a data tool writes in a cell that holds nothing (pandas' "NaN" where an Excel cell was merged with the one above).
# The words of an amending document's clause ("Điểm b khoản 2 mục II được sửa đổi như sau:", "Bổ sung khoản 6 vào mục
# II như sau:"): the text it quotes after them is the amended plan's own.
AMENDING_WORDS = ("sửa đổi", "bổ sung", "điều chỉnh", "thay thế")
# … and its operations on the amended plan, which give no one work: a part of it named by its number or letter
# amended, added or repealed ("Bãi bỏ điểm c khoản 5 mục II.", "Bổ sung khoản 6 vào mục II như sau:", "Điểm b khoản 2
# mục II được sửa đổi như sau:"), a phrase replaced ("Cụm từ “X” được thay thế bằng …", "Thay thế cụm từ “X” bằng …"),
# or the lead-in to them ("Thay thế tên cơ quan, đơn vị tại Kế hoạch số 15/KH-UBND:"). Not work named in the same words
# ("Sửa đổi, bổ sung Quyết định số 25/2021/QĐ-UBND …", "Bổ sung điểm tập kết …", "Điều chỉnh mục tiêu …").
_NUMBERED_PART = (r"(?:điểm\s+[a-zđ]|khoản\s+\d{1,2}|tiểu mục\s+[\dIVX]{1,4}|mục\s+(?:[IVXLC]{1,5}|\d{1,2})"
                  r"|phụ lục\s+(?:[IVXLC]{1,5}|\d{1,2}))(?![\wđ])")  # (not "Điều 5 Quy chế …", a rule to amend)
_AMENDING = r"(?:" + "|".join(AMENDING_WORDS) + r")(?:\s*,\s*(?:" + "|".join(AMENDING_WORDS) + r"))?"
AMENDS = re.compile(r"\s*(?:bãi bỏ\s*\.?$"  # ("Bãi bỏ" alone, in a table's cell)
                    r"|(?:bãi bỏ|" + _AMENDING + r")\s+(?:[^.;:]{0,60}?\s(?:tại|vào)\s+)?" + _NUMBERED_PART
                    + r"|(?:" + _NUMBERED_PART + r"|cụm từ)[^.;:]{0,60}?\sđược\s+" + _AMENDING
                    + r"(?:\s+bằng|\s+như sau|\s*:)"
                    + r"|thay thế\s+cụm từ\s+[“\"][^”\"]*[”\"]\s+bằng"
                    + r"|" + _AMENDING + r"[^.;:]{0,80}?\s(?:của|tại)\s+(?:kế hoạch|quyết định|chương trình)\s[^:]*:$)",
                    re.I)
EMPTY_CELL_MARKS = frozenset({"NaN", "nan", "None", "null", "<NA>", "NaT", "#N/A"})
# The marks a cell's own list opens its items with ("- Tháng 3/2027 - Thường xuyên")
CELL_LIST_MARKS = ("- ", "– ", "+ ", "• ")

# Every capital letter, Vietnamese ones among them (they sit among lower-case ones in Unicode): for character classes.
UPPER_LETTERS = "".join(chr(code) for code in range(ord("A"), 0x1EFA) if chr(code).isupper())
LOWER_LETTERS = "".join(chr(code) for code in range(ord("a"), 0x1EFA) if chr(code).islower())  # (and the small ones)
# The words a message's writer speaks of himself with, opening his clause ("…, em xin gửi các nội dung chính …")
PRONOUNS = ("chúng tôi", "chúng em", "tôi", "em", "mình")

# Points numbered in lower-case Roman numerals ("ii)", "iv)", "viii)"), at a letter's level; "i)", "v)", "x)" read as
# letters already, which is the same level.
ROMAN_POINT_NUMERALS = r"i{2,3}|iv|vi{1,3}|ix|xi{1,3}|xiv|xvi{0,3}"

# Bullets a word processor writes for a list's second level ("◦" under "•"): read as "+".
SUB_BULLET_MARKS = "◦○▪▫‣⁃"
# The letters of a list's points, in the Vietnamese alphabet's order ("a)", "b)", "c)", "d)", "đ)", "e)", …).
POINT_LETTERS = "abcdđeghiklmnopqrstuvxy"
# A symbol font's bullets when the text is shown in another font (Wingdings' arrow, square, tick; diamond, box; the
# Symbol font's round bullet, shown as a middle dot): "Ø", "§", "ü", "·" at a line's start, and the letters "v", "q"
# and "o" (Word's second-level bullet, in Courier New) when a capital follows (see `normalise.symbol_bullets`).
SYMBOL_FONT_MARKS = "ØüÜ§·"
SYMBOL_FONT_LETTERS = "vqo"
# … and the same fonts' characters where a copy keeps their private-use code points ("\uf0b7", "\uf0a7", "\uf076")
SYMBOL_FONT_PRIVATE_USE = "\uf020-\uf0ff"

# The type words a document's heading opens with, in capitals ("KẾ HOẠCH", "QUYẾT ĐỊNH"), with the type each names.
_JOINT_OR_ACTION = r"(?: HÀNH ĐỘNG| LIÊN TỊCH| LIÊN NGÀNH| PHỐI HỢP)?"  # "KẾ HOẠCH LIÊN NGÀNH": of several bodies
DOCUMENT_TYPES = [
    ("Kế hoạch", r"KẾ HOẠCH" + _JOINT_OR_ACTION),
    ("Chương trình", r"CHƯƠNG TRÌNH" + _JOINT_OR_ACTION),
    ("Quyết định", r"QUYẾT ĐỊNH"), ("Nghị quyết", r"NGHỊ QUYẾT(?: LIÊN TỊCH)?"), ("Chỉ thị", r"CHỈ THỊ"), ("Đề án", r"ĐỀ ÁN"),
    ("Báo cáo", r"BÁO CÁO"), ("Thông báo", r"THÔNG BÁO"), ("Hướng dẫn", r"HƯỚNG DẪN"), ("Tờ trình", r"TỜ TRÌNH"),
    ("Công văn", r"CÔNG VĂN"), ("Quy chế", r"QUY CHẾ"), ("Quy định", r"QUY ĐỊNH"), ("Nghị định", r"NGHỊ ĐỊNH"),
    ("Thông tư", r"THÔNG TƯ(?: LIÊN TỊCH)?"), ("Công điện", r"CÔNG ĐIỆN"), ("Kết luận", r"KẾT LUẬN"),
    ("Phương án", r"PHƯƠNG ÁN"),  # a response plan ("PHƯƠNG ÁN Ứng phó thiên tai …")
    ("Thông tri", r"THÔNG TRI"),  # the Party's and the Front's instruction to the levels below
]
# The marks of how urgently a document is to be sent, above its number or after its type word ("KHẨN" / "Số: …",
# "CÔNG ĐIỆN HỎA TỐC"): none of its issuer's name, nor of its title.
URGENCY_MARKS = ("HỎA TỐC HẸN GIỜ", "HỎA TỐC", "THƯỢNG KHẨN", "KHẨN")
URGENCY = r"(?:" + "|".join(URGENCY_MARKS) + r")(?![\w])"
# A heading that opens with one and runs on with its title in sentence case ("KẾ HOẠCH Phòng, chống …").
# The type word alone on its line, over the title ("KẾ HOẠCH", "THÔNG BÁO", "CHỈ THỊ", "CÔNG ĐIỆN KHẨN").
TYPE_LINE = re.compile(r"[*_#\s]*(?:" + "|".join(p for _, p in DOCUMENT_TYPES) + r")(?:\s+" + URGENCY + r")?[*_\s]*")
TYPE_THEN_TITLE = re.compile(r"(?:" + "|".join(p for _, p in DOCUMENT_TYPES) + r")\s+[" + UPPER_LETTERS + r"][^\W\d_]*[a-zđà-ỹ]")

# Words that hand work to the body named after them, wherever a clause opens with them ("…; giao Bộ X
# làm chủ Chương trình", "Yêu cầu các Bộ, cơ quan …", "Đề nghị Ủy ban …").
ASSIGNING_WORDS = ("giao", "yêu cầu", "đề nghị")
ASSIGNING = r"(?:" + "|".join(ASSIGNING_WORDS) + r")"  # the same, as a pattern (matched case-blind)
# Words that hand work on only when a named body or office follows ("Phân công Phó Thủ tướng …", "Phân công Sở X …");
# before a noun they title a part ("Phân công nhiệm vụ", "Phân công thực hiện").
ASSIGNING_BEFORE_A_NAME = ("phân công",)
# A sentence that draws the conclusion of the ones before it ("Vì vậy, đề nghị các tỉnh …"): the work it hands on is
# the paragraph's.
CONCLUDING_WORDS = ("Vì vậy", "Vì thế", "Do đó", "Do vậy", "Theo đó", "Bởi vậy")
# Words after a named subject that make it answer for work ("Bộ X chịu trách nhiệm hướng dẫn …").
ANSWERING_WORDS = ("chịu trách nhiệm", "có trách nhiệm", "chủ trì")
# Words after a body named as the agent ("…; do Sở X chủ trì tổ chức", "do Trường Y tổ chức, Phòng Z phối hợp"): the
# clause hands it the work the sentence before named.
AGENT_ROLE_WORDS = ("chủ trì", "tổ chức", "thực hiện", "triển khai", "đảm nhận", "đảm nhiệm", "phụ trách")
# The roles a closing bracket may give the bodies it names ("(Văn phòng … tham mưu)", "(Trung tâm X phối hợp với các
# thôn)")
BRACKETED_ROLE_WORDS = ("tham mưu", "thực hiện", "chủ trì", "phụ trách", "đảm nhiệm", "phối hợp với")
# What a list after a colon may hold that is no work: the cases, grounds or criteria something applies in ("… trong
# các trường hợp sau:", "… khi có một trong các căn cứ sau:")
CASE_WORDS = ("trường hợp", "căn cứ", "điều kiện", "tiêu chí", "tiêu chuẩn", "hành vi")
# A subject followed by these states what it will do itself, it is not given work ("Chính phủ sẽ
# phân công …").
INTENTION_WORDS = ("sẽ",)
# An inline topic before the content of a conclusion ("Về nguồn lực thực hiện: …"): the actors are
# read after it.
# a topic may hold a list ("…; hoàn thiện …"); "Về phía Sở X:" names a party, no topic
INLINE_TOPIC = re.compile(r"^\s*Về\s(?!phía\s)[^:.]{3,600}:\s*")
# Any other topic before the body that does the work ("Lễ ra quân Tháng Thanh niên: Ban Phong trào chủ trì …") is short.
TOPIC_CHARACTERS = 120
# Words that open a clause set before the subject ("Trong quá trình thực hiện, nếu cần, Bộ X rà soát …",
# "Trên cơ sở đề nghị của …, Bộ Y tổng hợp …", "Đối với các đề xuất …: Giao Sở Z …"): the body that acts comes
# after one of its commas or its colon.
FRONTED_CLAUSE_OPENERS = ("Trong", "Trên cơ sở", "Căn cứ", "Sau khi", "Khi", "Trường hợp", "Nếu", "Để", "Đối với",
                          "Hằng năm", "Hàng năm", "Hằng quý", "Hàng quý", "Hằng tháng", "Hàng tháng", "Hằng tuần",
                          "Hàng tuần", "Định kỳ", "Trước ngày", "Từ năm",
                          "Năm", "Quý", "Tháng",  # time: "Trong quý I …, Sở X chủ trì", "Năm 2027, Sở X tập trung …"
                          "Kết thúc", "Sau", "Cuối")  # (an occasion's end: "Kết thúc đợt cao điểm, Công an xã …")

# The word that states work as a matter, a noun ("Việc sơn kẻ vạch … do Phòng X chủ trì thực hiện", "Việc kiểm định
# … được thực hiện …"): what follows says who does it, or the rule it is done by.
MATTER = "Việc"

# Words that join a sentence to the one before it, before its subject ("Đồng thời, Sở X …", "…; trong đó Sở Y chủ trì
# nhiệm vụ tại điểm 1 mục III"): the subject follows them. Those that go on with the matter before them (a paragraph
# opening with one after an item's points is more of that item); "Riêng …" sets one body apart.
CONTINUING_CONNECTIVES = ("Trong đó", "Đồng thời", "Ngoài ra", "Bên cạnh đó")
CONNECTIVES = (*CONTINUING_CONNECTIVES, "Riêng", "Theo đó")

# The label of a phase or step an instruction is given for ("Giai đoạn trước bão (24 giờ): Di dời …", "Bước 2: Rà
# soát …"): the instruction follows it.
PHASE_LABEL = re.compile(r"(?:Giai đoạn|Bước|Đợt|Thời kỳ)(?![\wđ])[^:;.]{0,60}:\s*")
# … or of the time it is due, in a timeline ("Trước ngày 31/5/2027: Tiểu ban Văn kiện hoàn thành …", "Tháng 8/2027: …")
TIME_LABEL = re.compile(r"(?:Trước|Chậm nhất|Từ|Đến|Trong|Tháng|Quý|Ngày|Tuần|Đầu|Cuối|Giữa)(?![\wđ])"
                        # (a day's date, not its hours: "Từ 7 giờ 00 đến 7 giờ 30:" is a programme's line)
                        r"(?:(?!giờ|\d{1,2}h\d)[^:;.,]){0,40}\d(?:(?!giờ|h\d)[^:;.,]){0,20}:\s*")
# … or the day of a schedule's visit, before a comma ("- Ngày 16/6/2027, Đoàn khảo sát làm việc với …"): in a list's
# item, not in a paragraph, where it opens the story of a meeting ("Ngày 02/3/2027, Ủy ban nhân dân tỉnh họp …")
VISIT_DAY = re.compile(r"(?:(?:Sáng|Chiều|Tối)\s+)?[Nn]gày\s+\d{1,2}/\d{1,2}(?:/\d{4})?,\s*")

# Words a dash joins into one ("tổ chức chính trị - xã hội", "phát triển kinh tế - xã hội"): a line that ends on the
# first and a line that opens on "- " and the second are one sentence the wrap cut at its dash, no list's item (not
# "- xã hội hóa …", an item of its own; nor a pair whose second half opens items, "thi đua" / "- khen thưởng …").
DASH_COMPOUNDS = (("chính trị", "xã hội"), ("kinh tế", "xã hội"))

# Words a sentence cannot stop on: a line that ends with one runs on into the next, whatever the next
# one opens with ("… giai đoạn" / "2026-2030: …", "… của" / "Ủy ban nhân dân tỉnh").
RUNNING_ON_WORDS = ("của", "và", "với", "các", "những", "cho", "tại", "theo", "về", "trong", "đến", "từ", "giai đoạn",
                    "ngày", "là", "để", "số", "thuộc", "nhằm", "bằng", "trên")
# Of those, the ones that run on only into a number ("… Kế hoạch số" / "25/KH-UBND"): a heading may end on one, a
# word of its own ("4. Nhân lực số" / "Phòng Tổ chức cán bộ chủ trì:").
RUNNING_ON_INTO_NUMBERS = ("số",)
# … except where the word closes a phrase of its own ("như trên", "nêu trên": as said above).
PHRASES_ENDING_ON_RUNNING_WORDS = ("như trên", "nêu trên", "kể trên", "ở trên")
# Words a number follows ("… có mức cảnh báo cấp độ" / "2. …"): a line that ends on one and a line that opens with a
# bare number are one sentence the wrap broke before the number, not an item after a heading.
NUMBERED_WORDS = ("cấp độ", "nhóm", "loại", "mức", "khoản", "điều", "lần", "đợt", "vùng", "khu vực", "tổ", "quận",
                  "phường", "hạng", "bậc")

# Words before the verb that do not change who acts ("Tiếp tục triển khai …", "Khẩn trương rà soát …").
VERB_PREFIXES = ("tiếp tục", "chủ động", "khẩn trương", "kịp thời", "thường xuyên", "định kỳ", "nghiêm túc", "sớm", "trực tiếp",
                 "hằng năm", "hàng năm", "hằng quý", "hằng tháng")
# A text that opens with an instruction ("Tăng cường …", "Tiếp tục rà soát …").
VERB_OPENING = re.compile(
    r"(?:(?:" + "|".join(VERB_PREFIXES) + r")\s*,?\s+)*(?:" + "|".join(sorted(ACTION_VERBS, key=len, reverse=True))
    + r")(?![\wđ])",
    re.I,
)

# Ordinal and counting words, as documents number parts and paragraphs in words ("Phần thứ hai", "Thứ nhất, …",
# "Hai là, …").
ORDINAL_WORDS = ("nhất", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười")
# "Phần thứ hai" is written as the letter part it is, "B." (see `normalise.ordinal_parts`)
DIVISION_LETTERS = "ABCDEFGH"


DIVISION_ORDINALS = ORDINAL_WORDS[:len(DIVISION_LETTERS)]


def division_letter(ordinal: str) -> str:
    """ "hai" (of "Phần thứ hai") -> "B"."""
    return DIVISION_LETTERS[ORDINAL_WORDS.index(ordinal.lower())]

COUNTING_WORDS = ("một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười")
# A paragraph counted in words opens with its ordinal and a comma: its label.
ORDINAL_PARAGRAPH = (r"(?:Thứ (?P<ordinal>" + "|".join(ORDINAL_WORDS) + r")|(?P<count>"
                     + "|".join(word.capitalize() for word in COUNTING_WORDS) + r") là)\s*[,:]\s*(?!ngày\s)(?=\S)")
# (not a weekday: "Thứ hai, ngày 12/01/2026")

# The heading under which the normaliser sets a page's footnotes after the text.
FOOTNOTES_HEADING = "Ghi chú:"

# The words a unit of work is numbered after on a line of its own ("Nhiệm vụ 1: Quy hoạch vùng nguyên liệu", "Hoạt
# động 2. …"): its label, as "1." is.
NUMBERED_WORK_WORDS = ("Nhiệm vụ", "Giải pháp", "Hoạt động", "Nội dung", "Tiểu dự án", "Dự án", "Đề án",
                       "Hợp phần")  # (a project's components, each over its numbered activities)

# Part headings: what a part of a plan is for, told by its words. A heading with none of them
# ("III. PHÁT TRIỂN HẠ TẦNG SỐ") is read by its content.
ORGANISATION_HEADINGS = ("tổ chức thực hiện", "trách nhiệm thực hiện", "tổ chức triển khai", "phân công trách nhiệm",
                         "tổ chức giám sát")  # (a resolution's article on who oversees it, and who acts with them)
TASK_HEADINGS = ("nhiệm vụ", "giải pháp", "nội dung", "phân công", "hoạt động", "công việc", "lộ trình")
# Inside a part about something else, only these words make a section one of activities:
# "nội dung" there describes ("Nội dung giám sát"), it does not assign.
ACTIVITY_HEADINGS = ("nhiệm vụ", "giải pháp", "hoạt động", "công việc", "nội dung thi đua",  # what a campaign's bodies do
                     "phương án")  # how the work is to be done ("Phương án tổ chức sơ tán")
# A regulation's rules, not work, unless a heading's verb makes them what the work builds ("Hoàn thiện thể chế, phương
# pháp và chuẩn dữ liệu"): then the part's content says which.
RULE_WORDS = ("nguyên tắc", "tiêu chí", "tiêu chuẩn", "thang điểm", "phương pháp")
NON_TASK_HEADINGS = (
    "mục đích", "yêu cầu", "kinh phí", "nguồn vốn", "nguồn lực tài chính", "quan điểm", "căn cứ", "đánh giá",
    "kết quả thực hiện", "tình hình", "thực trạng", "mục tiêu", "chỉ tiêu", "thời gian", "phạm vi", "đối tượng",
    "chế độ báo cáo", "chế độ thông tin", "chế độ họp", "chế độ hoạt động", "chế độ làm việc", "sự cần thiết",
    "bối cảnh", "giải thích từ ngữ", "hiệu lực",
    # why a plan is amended or issued ("I. LÝ DO ĐIỀU CHỈNH"), not why and what ("LÝ DO VÀ NỘI DUNG ĐIỀU CHỈNH")
    "lý do điều chỉnh", "lý do sửa đổi", "lý do bổ sung", "lý do thay đổi", "lý do ban hành", "lý do xây dựng",
    *RULE_WORDS,
    # who sits on a delegation or a meeting ("Thành phần Đoàn giám sát"), no work (not "các thành phần kinh tế")
    "thành phần đoàn", "thành phần tham dự", "thành phần tham gia",
)

# The formula closing a law or a resolution an assembly adopts ("Nghị quyết này được Hội đồng nhân dân tỉnh … thông qua
# ngày 10 tháng 12 năm 2026"): the end of its body (signature and recipients follow) and, when the header gives none,
# its date. A pattern's text, for the patterns of the segmenter and of the metadata.
ADOPTION_OPENING = r"(?:Luật|Pháp lệnh|Nghị quyết) này (?:đã )?được "  # (a PDF's text may wrap before the rest)
ADOPTION_FORMULA = ADOPTION_OPENING + r"[^.\n]{0,200}?thông qua ngày"
# "… , trong phạm vi nhiệm vụ, quyền hạn của mình, giám sát …": a body acting within its remit, nothing more.
IN_OWN_REMIT = re.compile(r"(?:trong phạm vi|theo)\s+(?:chức năng,?\s*)?nhiệm vụ,?\s*(?:và\s+)?quyền hạn"
                          r"(?:\s+(?:của mình|được giao))?", re.I)
# The same said before what a body does ("Sở X, Ban Y theo chức năng, nhiệm vụ được giao kiểm tra …"), shorter too.
REMIT_BEFORE_ACTION = re.compile(r"(?:trong phạm vi|theo)\s+(?:chức năng,?\s*)?nhiệm vụ(?:,?\s*(?:và\s+)?quyền hạn)?"
                                 r"(?:\s+(?:của mình|được giao))?,?\s*", re.I)

# A body's standing mandate, as a regulation of its organisation states it ("Điều 2. Nhiệm vụ và quyền hạn", "Vị trí
# và chức năng"): what the body is for, not work a document hands it to follow up.
STATUTORY_MANDATE = re.compile(r"chức năng|quyền hạn|vị trí|cơ cấu tổ chức|biên chế", re.I)

# A statute or regulation divided into chapters hands out work only in the chapter that sets it in motion or says
# who answers for what ("Chương V. TỔ CHỨC THỰC HIỆN", "ĐIỀU KHOẢN THI HÀNH", "QUY ĐỊNH TRÁCH NHIỆM CỦA CÁC BÊN"), or,
# in a programme built of chapters, the one that lists its work ("NỘI DUNG PHỐI HỢP", "NHIỆM VỤ, GIẢI PHÁP"); its
# other chapters ("QUỸ BẢO TỒN …", "CHI NGÂN SÁCH …", "BIỆN PHÁP ÁP DỤNG …") are rules for every case, whatever bodies
# their articles name and however their sentences run.
_LISTS_WORK = r"nội dung phối hợp|nhiệm vụ,? (?:và )?giải pháp|nhiệm vụ (?:trọng tâm|cụ thể)"
WORK_CHAPTER = re.compile(r"tổ chức thực hiện|triển khai thực hiện|thi hành|trách nhiệm|điều khoản cuối cùng|" + _LISTS_WORK,
                          re.I)
# (in the chapter that lists the work, an article titled by its topic, "Điều 4. Phối hợp tuyên truyền, vận động Nhân
# dân", is read by its content: its khoản give the work)
WORK_LIST_CHAPTER = re.compile(_LISTS_WORK, re.I)

# A lead-in that hands its list to bodies its actor directs ("Bộ trưởng Bộ Tài chính có trách nhiệm chỉ đạo:", "Giao Ban
# Quản lý … chỉ đạo các đơn vị … có trách nhiệm:"): the actor answers for each item, whoever the item names. Not one
# that directs the work ("… lãnh đạo, chỉ đạo thực hiện tốt các nhiệm vụ sau:"): its items name who does each.
DIRECTS_ITS_LIST = re.compile(r"\b(?-i:[cC]hỉ đạo)(?<!Ban Chỉ đạo)\b(?!,?\s+(?:tổ chức\s+)?(?:thực hiện|triển khai))"
                              r"[^.;:]*:\s*$", re.I)  # (not a steering committee's name: "Các thành viên Ban Chỉ đạo:")

# An item that opens by requiring or leading the body it names, under the heading of the body that does so ("a/ Lãnh
# đạo Công an tỉnh nắm chắc tình hình …" under "3. Đảng ủy Công an tỉnh", the Party's committee): the heading's body
# leads the item's work.
REQUIRES_ANOTHER = re.compile(r"\s*(?:Yêu cầu|Lãnh đạo(?:,\s*chỉ đạo)?)\s")

# An article or part that hands out targets, not work ("Điều 1. Giao chỉ tiêu … như sau:"): its items are
# levels to reach, unless its heading also speaks of tasks.
TARGET_HEADINGS = ("chỉ tiêu",)

# A section with one of these headings inside a task part ("6. Kinh phí thực hiện") lists no tasks.
NON_TASK_SECTIONS = ("kinh phí", "nguồn vốn", "nguồn lực tài chính", "mục tiêu", "mục đích", "quan điểm", "căn cứ")

# The fields of a published administrative procedure (the national form: steps, channel, dossier, time
# limit, fees): a part made of them tells citizens and offices how a procedure runs and assigns no task.
PROCEDURE_FIELD = re.compile(
    r"^(?:Trình tự thực hiện|Cách thức thực hiện|Thành phần(?:,\s*số lượng)? hồ sơ|Số lượng hồ sơ|Thời hạn giải quyết"
    r"|Đối tượng thực hiện thủ tục|Cơ quan (?:giải quyết|thực hiện) thủ tục|Kết quả thực hiện thủ tục|Phí,\s*lệ phí|Lệ phí"
    r"|Tên mẫu đơn|Tên mẫu biểu|Mẫu đơn, mẫu tờ khai|Yêu cầu, điều kiện|Căn cứ pháp lý của thủ tục)\b", re.I)

# A decision publishing administrative procedures ("Công bố danh mục thủ tục hành chính …", "Phê duyệt quy trình nội
# bộ …"): its annex holds the procedures, their steps and their forms, and its work is in its own articles.
# A heading over a catalogue of procedures ("I. Thủ tục hành chính cấp tỉnh", "Danh mục thủ tục …"): their names read
# like instructions ("Đăng ký biến động …", "Tách thửa …") and are none.
PROCEDURE_CATALOGUE = re.compile(r"\s*(?:(?:danh mục|các)\s+)?thủ tục\b", re.I)
PUBLISHES_PROCEDURES = re.compile(
    r"(?:công bố|phê duyệt|thông qua|ban hành)\s+(?:(?:kèm theo|danh mục|và|các|bộ|\d+)\s+)*"
    r"(?:thủ tục hành chính|quy trình (?:nội bộ|giải quyết|điện tử)|phương án (?:đơn giản hóa|cắt giảm|tái cấu trúc))", re.I)

# Articles (Điều) of a decision that only issue, approve, date or execute it give no task.
EXECUTION_ARTICLE = re.compile(
    r"ban hành kèm theo|có hiệu lực|hiệu lực thi hành|thi hành (?:quyết định|nghị định|nghị quyết|thông tư|(?:quy định|quy chế) này)|trách nhiệm thi hành"
    r"|phê duyệt|bãi bỏ|thay thế|^\s*(?:thông qua|chấp thuận)\s",  # "Điều 1. Thông qua Báo cáo …": approves
    re.I,
)
# Of those, the articles that set the date of effect, say who executes the document or how what was begun goes on
# ("Điều 2. Hiệu lực thi hành", "Điều 5. Trách nhiệm thi hành", "Điều 3. Điều khoản chuyển tiếp"): a khoản of them may
# still give a named body work.
EFFECT_ARTICLE = re.compile(r"hiệu lực|(?:trách nhiệm|tổ chức) thi hành|chuyển tiếp", re.I)
# Of those, the sentence that names who executes the decision ("… chịu trách nhiệm thi hành Quyết định này").
EXECUTION_DUTY = re.compile(r"(?<!hướng dẫn )(?<!kiểm tra việc )"  # guiding or checking the execution is work of its own
                            r"thi hành (?:quyết định|nghị định|nghị quyết|thông tư|(?:quy định|quy chế) này)|chịu trách nhiệm thi hành"
                            r"|căn cứ (?:quyết định|nghị quyết|chỉ thị)(?: này)? (?:để )?(?:thi hành|thực hiện)",  # "… căn cứ Quyết định này thực hiện"
                            re.I)

# The document itself, whatever its kind ("Kế hoạch này", "Nghị quyết này", "Công điện này").
_THIS = (r"(?:kế hoạch|chỉ thị|quyết định|chương trình|đề án|nghị quyết|nghị định|thông tư|quy định|quy chế|công điện"
         r"|công văn|văn bản|thông báo(?: kết luận)?|kết luận) này")  # ("Thông báo kết luận này": one document)
# …or by its type word in capitals and no number ("… đôn đốc việc triển khai thực hiện Kế hoạch; …"): the one at hand.
_THIS_BY_CAPITAL = (r"(?-i:Kế hoạch|Chỉ thị|Chương trình|Đề án|Thông báo|Kết luận|Nghị quyết|Quyết định|Công điện)"
                    r"(?!\s+(?:số|\d|của))")

# Words that may stand before the word a title opens with ("Các hoạt động chính", "Một số nhiệm vụ trọng tâm").
TITLE_QUANTIFIER = r"(?:(?:các|một số|những)\s+)?"
# Monitoring the carrying out of the document itself ("theo dõi, đôn đốc việc thực hiện Thông báo này", "… các nội
# dung kết luận", "là đầu mối theo dõi việc thực hiện Kế hoạch").
_MONITOR_THIS = (
    r"(?:(?:theo dõi|đôn đốc|kiểm tra)(?:,?\s*(?:và\s+)?(?:theo dõi|đôn đốc|kiểm tra|giám sát|đánh giá))+|giám sát"
    r"|theo dõi(?=\s+việc\s))"
    # (the bodies urged may stand between: "đôn đốc các bộ, cơ quan, địa phương thực hiện nghiêm Công điện này")
    r"(?:\s+(?:các|những)\s[^.;:]{0,60}?)?"
    r"\s+(?:việc\s+)?(?:triển khai\s+)?(?:thực hiện|triển khai|thi hành)\s+(?:nghiêm(?:\s+túc)?\s+)?"
    r"(?:(?:các\s+)?(?:nội dung|nhiệm vụ)\s+(?:(?:nêu\s+)?tại\s+|của\s+)?)?(?:" + _THIS +
    r"|kết luận(?:\s+(?:nêu\s+)?trên)?|(?:các\s+)?(?:nội dung|nhiệm vụ) (?:nêu\s+)?trên|" + _THIS_BY_CAPITAL
    + r")(?![\wđ])"
    # … or with no object, the plan being the one at hand ("theo dõi, đôn đốc việc thực hiện; báo cáo …")
    r"|(?:theo dõi|đôn đốc)(?:,?\s*(?:và\s+)?(?:theo dõi|đôn đốc|kiểm tra|đánh giá))+\s+"
    r"(?:việc|(?:các|những)\s[^.;:]{0,60}?)\s+"
    r"(?:triển khai\s+)?thực hiện(?=\s*[;.,])"  # ("… đôn đốc các cơ quan, đơn vị thực hiện; …")
    # … or within its remit, the document still the one at hand ("theo dõi, đôn đốc theo chức năng, nhiệm vụ được giao;")
    r"|(?:theo dõi|đôn đốc)(?:,?\s*(?:và\s+)?(?:theo dõi|đôn đốc|kiểm tra))+\s+theo\s+chức năng,?\s*nhiệm vụ"
    r"(?:\s+được giao)?(?=\s*[;.,])"
    # … or nothing more, the two verbs of monitoring alone ("Giao Văn phòng X theo dõi, đôn đốc; tổng hợp …"; not "theo
    # dõi, kiểm tra", an inspection's own work)
    r"|(?:theo dõi,?\s*(?:và\s+)?đôn đốc|đôn đốc,?\s*(?:và\s+)?theo dõi)(?=\s*[;.])"
    # … or the situation it deals with, or its difficulties, compiled for the reports that follow ("theo dõi, tổng hợp
    # tình hình ngập và kết quả thực hiện; báo cáo …")
    r"|theo dõi,?\s+tổng hợp\s+(?:(?:các\s+)?khó khăn|tình hình|kết quả)[^.;:]{0,120}?(?=\s*[;.])")
# Carrying the document out: every body's generic duty, or, given to one body by name, that body's charge to execute it.
_CARRY_OUT = (r"(?:triển khai|tổ chức)\s+(?:thực hiện|thi hành)\s+(?:có hiệu quả\s+|nghiêm(?: túc)?\s+|hiệu quả\s+)?"
              r"(?:các nội dung của\s+)?")
_CARRY_OUT_THIS = _CARRY_OUT + _THIS
# One body given the document to carry out, named by its kind too: "Giao Ủy ban nhân dân Thành phố tổ chức triển khai
# thực hiện Nghị quyết; …" (its executor, a task; said to every body at once it is the generic duty).
CARRIES_OUT_THIS = re.compile(r"(?:tổ chức\s+)?" + _CARRY_OUT + r"(?:" + _THIS + "|" + _THIS_BY_CAPITAL + r"(?![\wđ]))",
                              re.I)
# The generic duties addressed to all implementing bodies at once: build your own plan, carry this
# one out, monitor, urge, report. A paragraph made only of them assigns nothing new.
# Every body building its own plan for this one ("xây dựng kế hoạch chi tiết", "cụ thể hóa thành chương trình").
_BUILD_A_PLAN = (r"(?:xây dựng|ban hành|cụ thể hóa(?:\s+thành)?)(?:\s+và\s+(?:ban hành|triển khai))?\s+(?:các\s+)?"
                 r"(?:kế hoạch|chương trình)")
GENERIC_DUTY = re.compile(
    _BUILD_A_PLAN + r"[^.;]{0,60}?(?:để\s+)?(?:triển khai|thực hiện)"
    r"|(?:phổ biến|tuyên truyền)(?:,?\s*(?:và\s+)?(?:phổ biến|tuyên truyền|quán triệt|giới thiệu))*\s+(?:rộng rãi\s+)?"
    r"(?:(?:các\s+)?nội dung (?:của\s+)?)?" + _THIS + r"|là (?:cơ quan|đơn vị) thường trực"
    r"|" + _CARRY_OUT_THIS +
    r"|chịu trách nhiệm trước\s[^.;]{3,60}?\svề\s"  # answering for the results to one's superior
    r"|(?:có|chịu) trách nhiệm (?:triển khai\s+|tổ chức\s+)?(?:thực hiện|thi hành)(?:\s+(?:và|,)|\s+(?:nghiêm(?:\s+túc)?\s+)?"
    # ("… thực hiện Nghị quyết; gửi …", "… tổ chức thực hiện; gửi báo cáo …")
    r"(?:" + _THIS + "|" + _THIS_BY_CAPITAL + r"(?=\s*[;.,]|\s*$))|\s*$|(?=\s*[;.]))"
    # ("… nghiêm túc thực hiện Chỉ thị này": the closing formula)
    r"|nghiêm(?:\s+túc)?\s+thực hiện\s+" + _THIS +
    # ("… có trách nhiệm triển khai Kế hoạch này.": the document at hand, its carrying out named by one verb)
    r"|(?:có|chịu) trách nhiệm (?:tổ chức\s+)?triển khai\s+(?:" + _THIS + "|" + _THIS_BY_CAPITAL
    + r"(?=\s*[;.,]|\s*$))(?![\wđ])"
    r"|các nhiệm vụ (?:trong|thuộc|theo) (?:lĩnh vực|phạm vi|chức năng)"
    r"|theo dõi,?\s+(?:đôn đốc|kiểm tra|tổng hợp)|đôn đốc,?\s+(?:theo dõi|kiểm tra)"
    # (inspecting the carrying out, not an inspection body's own round: "… vào chương trình kiểm tra, giám sát năm 2026")
    r"|kiểm tra,?\s+(?:đôn đốc|giám sát)(?=[^.;]{0,120}?(?:thực hiện|triển khai))"
    r"|(?<!để )(?:tổ chức|triển khai|bảo đảm|đảm bảo)\s+(?:thực hiện|triển khai)\s+(?:các\s+|những\s+)?nhiệm vụ được giao"
    # ("… tổ chức triển khai Kế hoạch; báo cáo …": the plan at hand, named by its kind)
    r"|tổ chức triển khai(?:\s+thực hiện)?\s+(?:" + _THIS + "|" + _THIS_BY_CAPITAL + r")(?![\wđ])"
    r"|(?:tổ chức|triển khai)\s+thực hiện\s+theo đúng quy định(?:\s+của pháp luật)?\s*[,.;]"
    # "… căn cứ nội dung Quyết định để triển khai thực hiện nghiêm túc": the document itself, named without "này"
    r"|căn cứ (?:các\s+)?(?:nội dung\s+(?:của\s+)?)?(?:quyết định|kế hoạch|chương trình|chỉ thị|thông báo)"
    r"(?:\s+này)?,?\s+(?:để\s+)?"
    # ("… căn cứ Kế hoạch xây dựng kế hoạch …")
    r"(?:(?:triển khai|tổ chức)\s+thực hiện|(?:xây dựng|ban hành)\s+kế hoạch)"
    # "… căn cứ nhiệm vụ được giao chủ động triển khai thực hiện": each body's own share, named nowhere else
    r"|căn cứ (?:chức năng,?\s*)?nhiệm vụ(?:,?\s*quyền hạn)?(?:\s+(?:được giao|được phân công|của mình)[^.;]{0,30}?)?\s+"
    r"(?:chủ động\s+)?(?:tổ chức\s+(?=triển khai))?(?:triển khai|tổ chức)(?:\s+thực hiện|(?=[,;.]|$))"
    # "Các phòng, đơn vị được giao nhiệm vụ chủ động triển khai thực hiện": the same, said of the bodies given work
    # (wherever the work was given: "… được giao chủ trì tại Phụ lục chủ động triển khai thực hiện", "… được phân công
    # chủ động triển khai;")
    r"|(?:được giao|được phân công)(?:\s+(?:chủ trì|nhiệm vụ))*(?:\s+tại\s+[^.;,]{1,30}?)?\s+(?:chủ động\s+)?"
    r"(?:triển khai|tổ chức)(?:\s+thực hiện|\s+(?:các\s+)?nhiệm vụ\b|(?=\s*[;.]|\s*$))",
    re.I,
)
# The last item of a letter or notice that gives a body the monitoring of the document gives nothing new.
MONITORS_THIS_DOCUMENT = re.compile(_MONITOR_THIS, re.I)

# An appendix's title line ("PHỤ LỤC II", "Phụ lục"): a document attached after the text's end; no table cell
# opens with one.
APPENDIX_TITLE = re.compile(r"^\W*(?:PHỤ LỤC|Phụ lục)\b")

# "This plan" as a whole: a duty towards it, given to every body at once, is the generic one.
# A body's whole duty is to report ("Sở X các tỉnh báo cáo tình hình thực hiện …", "… được giao nhiệm vụ định
# kỳ báo cáo kết quả", "… định kỳ 6 tháng, hằng năm báo cáo …"): read right after the body, it makes a reporting
# duty, not a task.
REPORT_ONLY = re.compile(
    r"\s*(?:được (?:giao nhiệm vụ|giao|phân công)(?:\s+chủ trì)?\s+)?(?:(?:định kỳ|(?:hằng|hàng) (?:năm|quý|tháng)|\d{1,2} tháng|sáu tháng),?\s+(?:và\s+)?)*"
    r"(?:tổng hợp(?:\s+kết quả[^,;.:]{0,60}?)?,?\s+)?(?:tham mưu\s+[^,;.:]{3,80}?\s+)?(?:phải\s+)?(?:gửi\s+)?báo cáo\b"
    r"|\s*tổng hợp\s+kết quả[^,;.:]{0,60}?,?\s+gửi\s+(?:về|đến)\b",  # ("… tổng hợp kết quả năm, gửi về Ủy ban …")
    re.I)  # ("tổng hợp, tham mưu UBND xã báo cáo …")
THIS_DOCUMENT = re.compile(_THIS, re.I)
OWN_PLAN = re.compile(_BUILD_A_PLAN, re.I)
# The closing formula of a notice or plan ("… thông báo để các cơ quan biết, thực hiện./.", "Trên đây là Kế hoạch …").
# ("… đề nghị các cơ quan, đơn vị khẩn trương triển khai thực hiện đầy đủ các nội dung chỉ đạo nêu trên"): a letter's
# closing asks every body to carry out what it said above.
# A Party resolution closes on being passed on to its members ("Nghị quyết này được phổ biến đến chi bộ và đảng viên");
# a plan two parties sign, on its copies ("Kế hoạch này được lập thành 04 bản, mỗi bên giữ 02 bản …").
LETTER_SIGN_OFF = "Trân trọng"
CLOSING_FORMULA = re.compile(r"^Trên đây là\b|\bđể [^.;]{0,80}\bbiết,? (?:và )?(?:thực hiện|phối hợp)"
                             r"|^(?:Nghị quyết|Chỉ thị|Kết luận|Chương trình|Kế hoạch|Quy chế|Thỏa thuận)"
                             r"(?: hành động| phối hợp| liên tịch)? này (?:được )?(?:(?:phổ biến|quán triệt) đến\b"
                             r"|(?:lập|làm) thành \d+ bản)"
                             r"|\bcác cơ quan,? đơn vị\b[^.;]{0,120}\bthực hiện\b[^.;]{0,60}\bnêu trên\b"
                             # (a letter's sign-off alone: "Trân trọng./.", "Xin trân trọng cảm ơn!")
                             r"|^(?:Xin\s+)?" + LETTER_SIGN_OFF + r"(?:\s+(?:cảm ơn|đề nghị|kính chào))?\W*$", re.I)
# The last words of a directive or letter, after its last item: every addressee asked at once to carry the
# document out ("Yêu cầu Giám đốc các sở, … nghiêm túc thực hiện Chỉ thị này./.", "Thủ tướng Chính phủ yêu cầu các
# bộ, cơ quan, địa phương khẩn trương triển khai thực hiện./.") or the notice said to be given ("… xin trân trọng
# thông báo./."). Read only on the body's last paragraph: the same words inside the list are a task.
CLOSING_REQUEST = re.compile(r"^(?:[^.;:]{0,60}\s)?(?:yêu cầu|đề nghị)\s[^.]{0,250}?"
                             r"\b(?:thực hiện|triển khai|phối hợp)\b"
                             r"(?:[^.]{0,60}?\b(?:này|nêu trên)\b|[^.]{0,60}?\./\.$)"
                             r"|trân trọng thông báo"
                             # ("Yêu cầu Thủ trưởng các sở, ngành … nghiêm túc thực hiện; chịu trách nhiệm …")
                             r"|^(?:yêu cầu|đề nghị)\s[^.;]{0,200}?\snghiêm(?:\s+túc)?\s+(?:triển khai\s+)?"
                             r"thực hiện\s*[;.]"
                             # ("Giám đốc các sở, … nghiêm túc thực hiện Chỉ thị này./.": the text's last words)
                             r"|\snghiêm(?:\s+túc)?\s+(?:triển khai\s+|tổ chức\s+)?thực hiện\s+" + _THIS + r"\s*\./\.$",
                             re.I)
# Whom to call with questions ("… đề nghị liên hệ đồng chí X, Phòng Y, điện thoại 0982 …"): a contact, no work.
CONTACT_NOTE = re.compile(r"\bliên hệ\b[^.;]{0,160}?\b(?:điện thoại|số máy|ĐT|email|e-mail|thư điện tử)\b", re.I)
# A note beside the duties ("Lưu ý: …", "Ghi chú: …") assigns nothing of its own.
NOTE = re.compile(r"^(?:lưu ý|ghi chú|chú ý)\s*:", re.I)
# A sentence that hands the list after it to its bodies ("Các sở, ngành thực hiện các nhiệm vụ sau:"): the list
# holds the tasks, the sentence none of its own; so does a request whose object is that list ("Ủy ban nhân dân tỉnh
# yêu cầu:").
ANNOUNCES_LIST = re.compile(r"(?:\bsau|như sau|cụ thể(?: như sau)?|bao gồm|gồm|\byêu cầu|\bđề nghị)\s*:\s*$")
# An instruction whose object is made of the items after it ("Tổ chức Chương trình …, gồm các hoạt động:" / "+ Khám sức
# khỏe miễn phí …"): the items are its parts, whatever verb they open with, and the instruction one task.
PARTS_LISTED = re.compile(r"\b(?:bao gồm|gồm)(?:\s+(?:các|những)\s+[^:;.]{1,30})?\s*:\s*$")
# A line ending "… như sau:" / "… sau đây:" announces what follows as paragraphs of their own, however full the line
# ("… Phó Thủ tướng có ý kiến như sau:" / "Bộ X chủ trì …"); "cụ thể:", "gồm:" may run on inside a sentence.
ANNOUNCES_PARAGRAPHS = re.compile(r"\bsau(?: đây)?\s*:$")
# A sentence that announces the tasks listed after it ("… cần tập trung thực hiện tốt một số nhiệm vụ, giải pháp
# sau đây:"): what follows is a task list, whatever the part it sits in is about.
# What has been done already ("các sở, ngành đã thực hiện các nhiệm vụ sau:").
PAST = re.compile(r"(?<!\w)đã(?!\w)", re.I)
# ("… chủ trì thực hiện nhiệm vụ với các thông tin sau:" of a form announces its fields, and "… những nhiệm vụ,
# quyền hạn cụ thể sau đây:" a body's mandate, not tasks)
ANNOUNCES_TASKS = re.compile(r"(?:nhiệm vụ|giải pháp|công việc)\b(?:(?!\bvới\b|thông tin|quyền hạn)[^:.;]){0,40}?\bsau(?: đây)?\s*:\s*$",
                             re.I)
# A letter's salutation ("Kính gửi: Bộ trưởng Bộ X"): whom the letter addresses, no work; its body follows.
# A sentence that only points to where the tasks are listed ("Các nhiệm vụ cụ thể, cơ quan chủ trì … tại Phụ lục kèm
# theo Kế hoạch này.", "(Chi tiết tại Phụ lục đính kèm)"): the list is read where it stands, the pointer is none of it.
# (an appendix called by what it is, a table, when it is said attached: "tại Biểu kèm theo", "tại Bảng … đính kèm")
_TO_APPENDIX = (r"\s+(?:(?:các\s+)?Phụ lục\b[^.;]{0,120}|(?-i:Biểu|Bảng)\b[^.;]{0,60}?\s(?:đính\s+)?kèm(?:\s+theo)?"
                r"(?:\s+(?:Kế hoạch|Quyết định|Chỉ thị|Thông báo|văn bản)\s+này)?)[.)]*$")
POINTS_TO_APPENDIX = re.compile(
    r"^\(?(?:(?:(?:Các|Danh mục(?: các)?|Chi tiết(?: các)?|Nội dung(?: các)?)\s+"
    r"(?:nhiệm vụ|nội dung|hoạt động|dự án|văn bản|bước|công việc)[^.;:]{0,160}?|Chi tiết)\s+(?:tại|theo|có)"
    + _TO_APPENDIX
    # … or what the appendix assigns, said so: "Nhiệm vụ, giải pháp cụ thể, … được phân công tại Phụ lục …", "Nhiệm vụ
    # cụ thể của các cơ quan, đơn vị tại Phụ lục …"
    # (its parts listed with semicolons: "Nhiệm vụ, giải pháp cụ thể; đơn vị chủ trì, … được quy định tại Phụ lục …")
    + r"|(?:Nhiệm vụ|Nội dung)[^.:]{0,160}?\s(?:được\s(?:\w+\s){1,3})?(?:tại|theo)" + _TO_APPENDIX
    # … or every body told to carry out what the appendix lists, its rows naming each one's: "Các đơn vị thuộc Bộ thực
    # hiện các nhiệm vụ tại Phụ lục kèm theo Kế hoạch này."
    + r"|Các\s[^.;:]{1,60}?\s(?:chủ động\s)?(?:tổ chức\s)?thực hiện\s(?:các\s)?nhiệm vụ[^.;:]{0,100}?\s(?:tại|theo)"
    + _TO_APPENDIX
    # … or the list named, then where it stands after a colon: "Nhiệm vụ của các sở, ngành: chi tiết tại Phụ lục I."
    + r"|(?:Nhiệm vụ|Danh mục)[^.;:]{0,160}?:\s*(?:chi tiết|cụ thể)\s+(?:tại|theo)" + _TO_APPENDIX + ")", re.I)


def points_to_appendix(text: str) -> bool:
    """The sentence only points to the appendix where the list stands (a plain search spares most texts the pattern)."""
    return ("hụ lục" in text or "kèm" in text) and POINTS_TO_APPENDIX.match(text) is not None


SALUTATION = re.compile(r"^\W*Kính gửi\b")
# A paragraph about problems as they arise ("nếu có khó khăn, vướng mắc …, kịp thời phản ánh"), no task.
# A paragraph after a list handing out what the list says ("Giao Sở X chủ trì, phối hợp với Y thực hiện các nội dung
# trên; thời gian: …"): the bullets above are its work, and it is no task of its own.
COVERS_ABOVE = re.compile(r"(?:các|những)\s+(?:nội dung|nhiệm vụ|hoạt động|công việc|giải pháp)\s+(?:(?:đã\s+)?nêu\s+)?trên"
                          r"(?![\wđ])", re.I)
PROBLEM_REPORT = re.compile(r"(?:nếu|trường hợp) (?:có |phát sinh |gặp )*(?:khó khăn|vướng mắc)|có khó khăn, vướng mắc|cần (?:phải )?(?:sửa đổi|điều chỉnh), bổ sung"
                            r"|nội dung cần điều chỉnh|vướng mắc phát sinh", re.I)
# What is owed only when something happens or is needed ("nếu có khó khăn, vướng mắc …", "trường hợp …",
# "vượt thẩm quyền"), neither a task nor a standing report; "(nếu có)" after a standing duty is no condition.
CONDITIONAL = re.compile(
    r"\bnếu\b(?!\s+có\s*\))|(?:^|,)\W*(?:trong\s+)?trường hợp\b|\bkhi cần\b|vướng mắc|vượt (?:quá )?thẩm quyền"
    r"|kịp thời phản ánh|(?<!sau )\bkhi (?:có|phát sinh)\b|trước khi|cần (?:sửa đổi|điều chỉnh), bổ sung"
    r"|nội dung cần điều chỉnh"
    r"|vấn đề (?:đột xuất,? )?phát sinh",  # "kịp thời báo cáo … những vấn đề đột xuất, phát sinh": as they arise
    re.I,  # ("… chậm nhất 10 ngày sau khi có quyết định …": a time after an event, that happens in any case)
)

# A time field's name, however qualified ("Thời gian thực hiện", "Thời hạn ban hành", "Thời gian tổ chức")
TIME_FIELD_NAME = r"(?:[Tt]hời gian|[Tt]hời hạn)(?:\s+[^\s:;,.()]+){0,5}?"
# Field blocks: the labelled lines that give a task's content, who does it and when
# ("- Nội dung: …", "Đơn vị chủ trì (tham mưu) thực hiện: …", "+ Thời hạn ban hành: …"), as a
# task table's columns do. The name decides the role: who leads, who partners, when, what.
_ONE_FIELD_NAME = (
    r"(?:Cơ quan|Đơn vị)(?:\s*\(?(?:chủ trì|phối hợp|thực hiện|tham mưu|triển khai|đầu mối)\)?)*"
    r"(?:\s+(?:soạn thảo|xây dựng))?"  # (what the body leads: "Đơn vị chủ trì soạn thảo: Cục X")
    r"|Đầu mối"  # (the focal point that answers for the work: "Đầu mối: Sở X")
    r"|Nội dung(?: thực hiện| công việc| hoạt động| chính)?|Nhiệm vụ(?: cụ thể)?"
    r"|" + TIME_FIELD_NAME + (  # ("Thời gian trình Chính phủ:", "Thời hạn ban hành:")
    r"|Tiến độ(?: thực hiện| hoàn thành)?|(?:Dự kiến\s+)?(?:Sản phẩm|Kết quả)(?: đầu ra| dự kiến| chính)?"
    r"|(?:Nguồn\s+)?[Kk]inh phí(?: thực hiện)?"
    r"|(?:Chủ trì|Phối hợp)(?: thực hiện)?|Thực hiện"  # ("+ Chủ trì: Phòng X", "+ Thực hiện: …")
    # (a tracker's card: who has it, by when, how far it is: "Phụ trách: Phòng X", "Hạn: 31/03/2027", "Trạng thái: …")
    r"|Phụ trách|Hạn(?: hoàn thành| xử lý| chót)?|Trạng thái"
    # (a unit or the people doing it, with their role: "- Bộ phận thực hiện: Phòng X chủ trì, …")
    r"|(?:Bộ phận|Lực lượng|Người|Cán bộ)\s+(?:chủ trì|phối hợp|thực hiện|phụ trách|đảm nhiệm|triển khai)"
    r"|Phân công(?: thực hiện| nhiệm vụ)?"  # ("Phân công: Sở X chủ trì, Sở Y phối hợp; quý II/2027")
    r"|Trách nhiệm(?: thực hiện)?"  # (the same: "(Trách nhiệm: Công an xã chủ trì, phối hợp Ban nhân dân ấp X; …)")
    r"|Cấp trình|Cơ quan trình"  # a work programme's: whom the draft goes to ("Cấp trình: Thủ tướng Chính phủ")
    r"|Đối tượng|Phạm vi"  # whom, how far: said of the work, none of it
    # (an event's: where, who takes part, in what form, how large: "- Địa điểm: Nhà văn hóa xã"; with its value on its
    # line, not a heading over the bodies' items, "2. Hình thức:")
    r"|(?:Địa điểm(?: tổ chức)?|Thành phần(?: tham dự| tham gia)?|Hình thức(?: tổ chức)?|Quy mô)(?=\s*:[ \t]*\S)")
)
# Two names may share one field, the first deciding its role: "Kết quả/sản phẩm:", "Thời gian, tiến độ:".
_FIELD_NAME = r"(?:" + _ONE_FIELD_NAME + r")(?:\s*[/,]\s*(?:" + _ONE_FIELD_NAME + r"))?"
FIELD_LINE = re.compile(r"^(?P<name>" + _FIELD_NAME + r")\s*:\s*(?P<value>.*)$", re.I)
# One line may name several fields one after another: "Thời gian: tháng 5/2026; đơn vị thực hiện: Ban X; phối hợp: Y.",
# or each its own sentence: "Chủ trì: Vụ X. Phối hợp: các chủ đầu tư. Thời hạn: trước ngày 28/02/2027."
NEXT_FIELD = re.compile(r"\s*(?:;\s*|\.\s+)(?=(?:" + _FIELD_NAME + r")\s*:)", re.I)

# The same time field closing a task's own paragraph ("… gửi Bộ Tài chính. Thời gian hoàn thành: Trước ngày 31/5/2026."):
# it dates the task and is no part of its text. (Not one inside a closing parenthesis: see TRAILING_FIELDS.)
INLINE_TIME_FIELD = re.compile(r"(?<=[.;])\s+\**" + TIME_FIELD_NAME + r"\s*:\s*"
                               r"(?P<value>(?:[^.:;*)]|\.(?=\S)){1,60}\.?)\**\s*$", re.I)
# A time said without a colon, on a line of its own after a step ("Thời hạn chậm nhất 05 ngày làm việc …").
TIME_STATEMENT = re.compile(r"(?:Thời hạn(?: hoàn thành| thực hiện)?|Thời gian (?:hoàn thành|thực hiện))\s+"
                            r"(?:chậm nhất|trước|trong|không quá|tối đa|là)\s")

# A comment's anchor an editor's export leaves after the words it was made on ("…)[b]", "…)[12]")
COMMENT_ANCHOR = r"\[[a-z\d]{1,3}\]"
# The fields in a parenthesis closing a task's paragraph, one after another between semicolons ("… gắn với các
# khu công nghiệp (Cơ quan chủ trì: Sở X; cơ quan phối hợp: Sở Y, Sở Z; thời gian hoàn thành: Quý III/2024)."):
# who leads, partners and when, as a field block's lines say it. They stay in the task's text, as written.
TRAILING_FIELDS = re.compile(r"\((?P<fields>[^()]*:[^()]*)\)[.;]?(?:" + COMMENT_ANCHOR + r")?\s*$")
# …or the roles said after the bodies, without a field's name: "(Sở X chủ trì; Sở Y, Sở Z phối hợp; hoàn thành trong
# quý II/2026)", "(Trạm Y tế xã thực hiện)".
# The roles a body is given when said after it ("Sở X chủ trì", "Sở Y phối hợp", "Trạm Y tế xã thực hiện").
_ROLE_SAID = r"chủ trì|phối hợp|thực hiện"
ROLE_SAID = re.compile(_ROLE_SAID, re.I)
TRAILING_ROLES = re.compile(r"\((?P<fields>[^()]*\s(?:" + _ROLE_SAID + r")(?:\s+thực hiện)?\s*(?:[;,][^()]*)?)\)[.;]?\s*$")
# …or the same bracket opening the item, before its work: "1. (Sở Công Thương chủ trì; các sở phối hợp) Rà soát …",
# "(Chủ trì: Sở X; thời gian: quý II/2026) Xây dựng …", "(Công ty Điện lực X thực hiện) Đầu tư …".
LEADING_ROLES = re.compile(r"\((?P<fields>(?:[^()]*\s)?(?:[Cc]hủ trì|[Pp]hối hợp|thực hiện)(?:\s+thực hiện)?\s*(?::[^()]*|[;,][^()]*)?)\)\s*(?=\S)")
# …or the lead after a dash closing the item's sentence, its partners in a bracket: "… thai nhi. — Sở Y tế (phối hợp:
# Công an tỉnh)".
LEAD_AFTER_DASH = re.compile(r"(?<=[.;])\s+[—–]\s+(?P<bodies>[^()—–.;]{3,200}?)\s*(?:\((?P<fields>[^()]*)\))?\s*\.?$")
# …or a task written as one line of named fields: "Nhiệm vụ: …; Chủ trì: …; Phối hợp: …; Thời gian: …".
INLINE_FIELD = re.compile(r"(?:^|;\s*)(?P<name>Nhiệm vụ|Nội dung|(?:Cơ quan |Đơn vị )?(?:chủ trì|phối hợp)|Thời gian(?: hoàn thành|"
                          r" thực hiện)?|Thời hạn(?: hoàn thành)?|Sản phẩm|Kết quả(?: dự kiến)?)\s*:\s*", re.I)
# The two roles an assignment names, as a pattern's alternation ("chủ trì", "phối hợp").
LEAD_OR_PARTNER = r"(?:[Cc]hủ trì|[Pp]hối hợp)"
# What a conclusion says of a body's work, no work it gives ("Ban Thường vụ ghi nhận Ủy ban nhân dân xã đã …").
# (of those, the ones that only praise or acknowledge: an item opening on one gives no work; one opening on an approval,
# "Đồng ý chủ trương …; giao Sở X …", often goes on to give it)
APPRAISING_VERBS = ("ghi nhận", "biểu dương", "hoan nghênh", "khen ngợi", "đánh giá cao")
ASSESSING_VERBS = (*APPRAISING_VERBS, "nhất trí", "đồng ý")
ASSESSES = re.compile(r"\s*(?:" + "|".join(ASSESSING_VERBS) + r")\b")
APPRAISES = re.compile(r"\s*(?:" + "|".join(APPRAISING_VERBS) + r")\b", re.I)
ROLE_WITH_COLON = re.compile(r"(?P<name>phối hợp|chủ trì|thời gian|thời hạn)\s*:\s*(?P<value>.+)", re.I)
ROLE_AFTER_BODIES = re.compile(r"(?P<value>\S.*?)\s+(?P<role>chủ trì|phối hợp|(?<!phối hợp )thực hiện)(?:\s+thực hiện)?\s*$")
# … and the lead's partners after it, in the same clause: "Trung tâm X chủ trì, phối hợp với Cục Y"
# ("(giao Ban X chủ trì, phối hợp với Y tổ chức)": the body given the work, after the verb that gives it)
LEAD_WITH_PARTNERS = re.compile(r"(?:(?:giao|Giao)\s+)?(?P<lead>\S.*?)\s+chủ trì\s*,?\s*(?:và\s+)?phối hợp với\s+"
                                r"(?P<partners>\S.*)$")

# A programme's column naming the level a matter is submitted to ("Cấp trình": HĐND tỉnh, UBND tỉnh, Chủ tịch): whom a
# matter that is a report goes to; never a lead or a partner. ("Cơ quan trình" is the one that submits.)
SUBMITTED_TO_COLUMN_HEADS = ("cấp trình", "cấp quyết định")
# The words a task table's column names open with ("Cơ quan chủ trì", "Thời gian hoàn thành", "Sản phẩm"):
# a PDF's text layer may give several header cells on one line, and these tell where each one begins.
# Columns naming the places a row's work is done in ("Địa bàn": "Xã An Bình, xã Tân Lợi"), no body and no work.
PLACE_COLUMN_HEADS = ("địa bàn", "địa điểm")
TABLE_COLUMN_HEADS = (
    "STT", "TT", "Số TT", "Số thứ tự", "Nội dung", "Nhiệm vụ", "Tên nhiệm vụ", "Tên hoạt động", "Hoạt động",
    "Tên văn bản", "Tên đề án",
    "Công việc", "Hạng mục", "Giải pháp", "Cơ quan", "Đơn vị", "Chủ trì", "Phối hợp", "Thời gian", "Thời hạn",
    "Tiến độ", "Lộ trình", "Sản phẩm", "Kết quả", "Dự kiến", "Ghi chú", "Kinh phí", "Nguồn kinh phí", "Nguồn vốn",
    "Chỉ tiêu", "Hình thức", "Phạm vi", "Tên dự án", "Dự án", "Tên công trình", "Biện pháp",
    *(head.capitalize() for head in PLACE_COLUMN_HEADS),
    "Năm", "Mục tiêu", "Giai đoạn",  # a target table's value columns ("Năm 2026", "Mục tiêu 2030") …
    "Kế hoạch", "Ước thực hiện", "Ước TH",  # … the year's plan beside the estimate of the year before
    "Người thực hiện", "Người phụ trách",  # who does the work, named by the person (`_DOERS`)
    "Đối tượng",  # an inspection plan's column of whom it inspects ("Đối tượng thanh tra", "Đối tượng, nội dung …")
    "Tổng số", "Ngân sách", "Nguồn",  # the budget's columns under "Kinh phí" ("Tổng số / Ngân sách nhà nước / …")
    "Chủ đầu tư", "Giải ngân", "Tỷ lệ",  # a capital plan's: whose the project, how much paid out, what share
    "Ngày", "Buổi", "Giờ", "Bài thi",  # a timetable's: the day, the half-day, the hour, the exam paper
    *(head.capitalize() for head in SUBMITTED_TO_COLUMN_HEADS),  # a programme's "Cấp trình"
)

# The letters of lettered points as a list's items count them ("a)", "b)" …; no f, j, w, z), for markups that number
# their lists themselves.
LETTERED_POINTS = "abcdeghiklmnopqrstuvxy"


def point_letter(count: int) -> str:
    """The letter of a list's `count`-th lettered point (1: "a")."""
    return LETTERED_POINTS[(count - 1) % len(LETTERED_POINTS)]


def point_label(depth: int, count: int) -> str:
    """The label of a numbered list's `count`-th item `depth` lists deep (1: outermost), as Word numbers a plan's
    points: "1.", then "a)" one level down."""
    return f"{count}." if depth == 1 else f"{point_letter(count)})"


def next_point_label(counters: list[int], depth: int) -> str:
    """The label of the next item of the numbered list `depth` deep; `counters` holds the count of each list open,
    outermost first: the lists deeper than it close, it counts on."""
    del counters[depth:]
    counters += [0] * (depth - len(counters))
    counters[depth - 1] += 1
    return point_label(depth, counters[depth - 1])


_ROMAN_VALUES = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
                 (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))


def roman_numeral(number: int) -> str:
    out = ""
    for value, numeral in _ROMAN_VALUES:
        while number >= value:
            out, number = out + numeral, number - value
    return out

# A legal portal's metadata labels ("Số hiệu | 24/KH-UBND |") and the document fields they fill.
PORTAL_LABELS = {"số hiệu": "number", "số ký hiệu": "number", "số, ký hiệu": "number", "số, ký hiệu văn bản": "number",
                 "số ký hiệu văn bản": "number", "loại văn bản": "type", "người ký": "signer",
                 "ngày ban hành": "date", "cơ quan ban hành": "issuer", "nơi ban hành": "issuer", "trích yếu": "title",
                 # (a tracker's sheet names the document whole, "Văn bản: Kế hoạch số 318/KH-CPO", and the signer's
                 # post)
                 "văn bản": "document", "chức vụ": "signer_title"}

# The words a stamp puts beside a signature, in capitals, none of them a signer's name ("SAO Y BẢN CHÍNH", "ĐÃ KÝ").
STAMPED_WORDS = ("ĐÃ KÝ", "DỰ THẢO", "SAO Y", "BẢN SAO", "BẢN CHÍNH", "BẢN FAX", "NGƯỜI KÝ", "ĐÓNG DẤU", "TÀI LIỆU MẬT")

# The lines that open a document's signature block and end its body ("Nơi nhận:", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ
# TỊCH", "Q. GIÁM ĐỐC", "TL. BỘ TRƯỞNG"), as a pattern.
SIGNATURE_OPENING = r"Nơi nhận|T/?M\.?\s|KT\.\s|Q\.\s|TL\.\s"

# The mark a phone's scanning app prints at each page's foot ("CS Scanned with CamScanner", "Được quét bằng …"), the
# app's name in capitals: the app's, not the document's.
SCANNER_WATERMARK = re.compile(r"^\W*(?:CS\s+)?(?:[Ss]canned\s+(?:with|by)|(?:Được\s+)?[Qq]uét\s+bằng)\s+[A-Z]\w*"
                               r"(?:\s+\w+)?\W*$")

# A portal's box of links to its other articles, set inside the document's text ("TIN LIÊN QUAN" / "» Gặp mặt …" /
# "» Biểu dương …"): its title, folded, and the marks its links open with. The box is the page's, none of the plan.
RELATED_LINKS_TITLES = ("tin lien quan", "bai viet lien quan", "tin cung chuyen muc", "cac tin khac", "tin khac",
                        "xem them", "doc them", "van ban lien quan")
RELATED_LINK_MARKS = ("»", "›", "►", "▸")  # (a portal's arrows: "•" and "·" are a plan's own bullets too)

# A document kept as a database's fields ("so_ky_hieu", "trichYeu", "chuc_vu_ky"): the field each names, by its label
# folded (no diacritics, lower case), and the parts of the plan a field may hold whole ("muc_tieu", "toChucThucHien").
DOCUMENT_FIELDS = {label: role for label, role in (
    ("so hieu", "number"), ("so ky hieu", "number"), ("so, ky hieu", "number"), ("so ky hieu van ban", "number"),
    ("loai", "type"), ("loai van ban", "type"), ("trich yeu", "title"), ("ngay ban hanh", "date"), ("ngay ky", "date"),
    ("co quan", "issuer"), ("co quan ban hanh", "issuer"), ("don vi ban hanh", "issuer"), ("noi ban hanh", "issuer"),
    ("co quan chu quan", "parent_issuer"), ("nguoi ky", "signer"), ("chuc vu", "signer_title"),
    ("chuc vu ky", "signer_title"), ("chuc vu nguoi ky", "signer_title"), ("chuc danh", "signer_title"),
    ("hinh thuc ky", "signing_for"), ("the thuc ky", "signing_for"),  # ("KT. CHỦ TỊCH": on whose behalf one signs)
    # (a system's fields named in English)
    ("doc no", "number"), ("document no", "number"), ("document number", "number"), ("doc number", "number"),
    ("doc type", "type"), ("document type", "type"), ("issued on", "date"), ("issue date", "date"),
    ("date issued", "date"), ("issued date", "date"), ("issuer", "issuer"), ("issuing agency", "issuer"),
    ("subject", "title"), ("signer", "signer"), ("signed by", "signer"), ("signer title", "signer_title"),
    ("signer position", "signer_title"))}
# A tracker's or a database's fields named in English for the roles a plan's field lines give ("lead_agency",
# "partners", "plan_deadline"); a date the tool keeps for itself ("due_on", "deadline") is none of them.
RECORD_FIELD_ROLES = {"lead agency": "lead", "lead unit": "lead", "lead": "lead", "responsible agency": "lead",
                      "responsible unit": "lead", "partners": "coordinators", "partner agencies": "coordinators",
                      "coordinating agencies": "coordinators", "coordinating units": "coordinators",
                      "plan deadline": "time", "planned deadline": "time", "deadline in plan": "time",
                      "timeframe": "time", "time frame": "time", "timeline": "time", "plan timeline": "time",
                      "planned timeline": "time", "task content": "content",
                      # a project schedule's own columns (a Gantt tool's export: "Name", "Start", "Finish", "Resource
                      # Names"): who is given the row's work, and when it is to be done
                      "resource names": "lead", "finish": "time", "end date": "time",
                      # a shared sheet's columns named in English ("No. | Task | Lead unit | Support units | Deadline")
                      "task": "content", "support": "coordinators", "support units": "coordinators",
                      "supporting units": "coordinators",
                      "deadline": "time"}
# The fields that name the part of the plan a task's record sits in ("nhom", "group_name", "section").
RECORD_GROUP_NAMES = ("nhom", "nhom nhiem vu", "muc", "phan", "group", "group name", "section", "section name")
PART_FIELD_NAMES = ("căn cứ", "mục đích", "yêu cầu", "mục đích, yêu cầu", "mục tiêu", "chỉ tiêu", "nhiệm vụ",
                    "giải pháp", "nhiệm vụ, giải pháp", "kinh phí", "tổ chức thực hiện", "nơi nhận")

# One month or quarter of the year, without the year ("Tháng 3", "Quý II"): a timetable's column, an annual plan's time.
YEARLESS_PERIOD = r"(?:tháng\s+(?:1[0-2]|0?[1-9])|quý\s+(?:I{1,3}|IV|[1-4]))"
# A timetable's period column as its header may shorten it: "T10" for "Tháng 10" (written out when the marks are read).
SHORT_MONTH_COLUMN = re.compile(r"T\.?\s?(1[0-2]|0?[1-9])", re.I)
# The column may give the period's year too, on the header's line or on the line under it ("T10 2026", "Quý I/2027").
PERIOD_COLUMN = re.compile(r"(?P<period>" + YEARLESS_PERIOD + "|" + SHORT_MONTH_COLUMN.pattern + r")"
                           r"(?:\s*/?\s*(?P<year>(?:19|20)\d{2}))?", re.I)
# A timetable's column past December is written so ("Tháng 1 năm sau"), and read so by the dates.
NEXT_YEAR = " năm sau"
# The mark in a timetable's period column where the work is done then.
PERIOD_MARKS = ("x", "X", "✓", "✔", "v", "V", "•", "+", "*")
# The time column a timetable's marked periods are written into.
TIME_COLUMN = "Thời gian"

# The words a task table's time cell opens with ("Quý II/2026", "Trước ngày 30/11/2026", "Thường xuyên",
# "Khi có yêu cầu").
TIME_CELL_WORDS = ("Quý", "Năm", "Tháng", "Hằng", "Hàng", "Thường xuyên", "Giai đoạn", "Từ", "Trước", "Trong", "Đến",
                   "Định kỳ", "Khi")
# The words a time column's name ends on when it holds the work's end ("Thời gian kết thúc", "Thời gian hoàn thành")
TIME_END_WORDS = ("kết thúc", "hoàn thành")
# How a time cell opens: one of those words, a year, a date or a month by its number ("09/2027").
OPENS_TIME_CELL = re.compile(r"^(?:" + "|".join(TIME_CELL_WORDS)
                             + r"|(?:19|20)\d{2}\b|\d{1,2}/(?:\d{1,2}/)?(?:19|20)\d{2}(?![\w/]))", re.I)

# In a table, a cell's line stopping on one of these goes on in the next line whatever that one opens
# with ("Sở Nông nghiệp và" / "Môi trường", "báo cáo gửi" / "Sở Y tế"); not on "số" or "ngày", which
# also close a task's text ("chuyển đổi số", "hằng ngày") before the next cell.
CELL_RUNNING_ON_WORDS = (*(word for word in RUNNING_ON_WORDS if word not in ("số", "ngày", "trên")), "gửi", "hoặc", "giữa",
                         "qua")  # ("… ủy thác qua" / "Ngân hàng Chính sách xã hội")


# A targets table: its indicator column, its unit column ("Đơn vị tính", "ĐVT") and columns of values, each named by
# its year ("Năm 2026", "Đến năm 2030", "Giai đoạn 2026 - 2030") or as the plan's figure ("Chỉ tiêu", "Kế hoạch").
# A figure alone in a targets table's cell, with a bound before it ("≥ 80", "Trên 50", "Tối thiểu 2") or a percent sign
# after it; the bounds that set a target's floor and its ceiling.
FLOOR_BOUNDS = ("≥", ">=", ">", "trên", "tối thiểu", "ít nhất")
CEILING_BOUNDS = ("≤", "<=", "<", "dưới", "tối đa", "không quá")
FIGURE_CELL = re.compile(r"(?P<bound>" + "|".join(map(re.escape, FLOOR_BOUNDS + CEILING_BOUNDS)) + r")?\s*"
                         r"(?P<number>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)\s*(?P<percent>%)?", re.I)
INDICATOR_COLUMN_HEADS = ("chỉ tiêu", "tên chỉ tiêu", "nội dung chỉ tiêu", "nội dung", "chỉ số", "mục tiêu")
UNIT_COLUMN_HEADS = ("đơn vị tính", "đvt")
VALUE_COLUMN_HEADS = ("chỉ tiêu", "mục tiêu", "kế hoạch", "kết quả phấn đấu", "mức phấn đấu")
# The first column of a table of checkpoints: each row a date or a period by which its figures are to be reached.
CHECKPOINT_COLUMN_HEADS = ("mốc thời gian", "mốc", "thời điểm", "thời gian", "kỳ", "năm", "quý")


# A responsibility matrix: one column per body, and in a task's row each body's role marked in its column ("C" where it
# leads, "P" where it takes part), as the legend above the table says ("Ký hiệu: C - đơn vị chủ trì; P - đơn vị
# phối hợp"). Without a legend these marks are read; a row with one mark of another kind ("x") names its lead.
MATRIX_MARKS = {"c": "lead", "ct": "lead", "chủ trì": "lead", "p": "coordinators", "ph": "coordinators",
                "phối hợp": "coordinators"}
# (a symbol, filled for the lead and hollow for the partners, needs no word between it and its role: "● Chủ trì; ○
# Phối hợp", "• Chủ trì; o Phối hợp")
MATRIX_LEGEND = re.compile(r"(?<![\wđ])(?P<mark>[A-ZĐ]{1,3}|[x×✓✔*+]|(?P<symbol>[●○•◦■□o]))(?:\s*(?:[-–:=]|là)\s*|"
                           r"(?(symbol)\s+|(?!)))(?i:(?:(?:đơn vị|cơ quan|bộ phận|người)\s+)?"
                           r"(?P<role>chủ trì|phối hợp))")


# A legend's line opens with its word or with its first mark ("Ký hiệu: C - …", "Ghi chú: X là …", "C: chủ trì; …"); a
# task's line that names its bodies so in brackets ("… (CA - chủ trì; QS - phối hợp)") is none.
# The words that open a table's note ("Ghi chú: …"): its legend of marks and short forms, or what it adds.
TABLE_NOTE_WORDS = ("Ghi chú", "Chú thích", "Chú giải")
# (or the lead's word where a copy read the legend's first mark as a list's dash: "- Chủ trì; o Phối hợp")
_LEAD_WORD_CLOSED = r"(?i:chủ trì)\s*[;,.]"
MATRIX_LEGEND_OPENING = re.compile(r"\W*(?:(?:Ký hiệu|" + "|".join(TABLE_NOTE_WORDS) + r")\b|" + MATRIX_LEGEND.pattern
                                   + "|" + _LEAD_WORD_CLOSED + ")")


def matrix_legend(text: str) -> dict[str, str]:
    """The marks a legend line defines, each with its role ("lead" or "coordinators"); a legend defines both."""
    if not MATRIX_LEGEND_OPENING.match(text):
        return {}
    marks = {legend["mark"].lower(): "lead" if legend["role"].lower() == "chủ trì" else "coordinators"
             for legend in MATRIX_LEGEND.finditer(text)}
    if _BULLET_FOR_THE_LEAD.match(text):  # (a copy read the legend's first mark, "•", as a list's dash)
        marks.update({"•": "lead", "●": "lead"})
    return marks if len(set(marks.values())) == 2 else {}


_BULLET_FOR_THE_LEAD = re.compile(r"\s*[-–]\s*" + _LEAD_WORD_CLOSED)


def column_roles(names: list[str]) -> list[str]:
    """Each of a table header's names as its column's role (`field_role`), the header read whole: of two columns of the
    work, the one of where it stood in another document ("Nhiệm vụ tại Kế hoạch số 64/KH-UBND") is not the work's,
    the one of what it now is; nor the project's name beside what is to be done on it, whose owner ("Chủ đầu tư")
    then does it."""
    roles = [field_role(name) for name in names]
    if roles.count("content") > 1:
        roles = ["other" if role == "content" and WHERE_IN_A_DOCUMENT.search(name) else role
                 for role, name in zip(roles, names)]
    # (a header naming both, "Dự án, nhiệm vụ", names the work)
    projects = [role == "content" and name.lower().strip(" *").startswith(PROJECT_NAME_HEADS) and "," not in name
                for role, name in zip(roles, names)]
    if roles.count("content") > sum(projects):  # (the work's own column beside the project's)
        roles = ["other" if project else role for role, project in zip(roles, projects)]
        if "lead" not in roles:
            roles = ["lead" if name.lower().strip(" *").startswith(OWNER_COLUMN_HEADS) else role
                     for role, name in zip(roles, names)]
    return roles


def names_a_task_table(roles: list[str] | set[str]) -> bool:
    """A table header's column roles that make each row a task: the work's column and its lead's; or, where the leads
    are handed out elsewhere (an appendix given to bodies by its groups, "… chủ trì các nhiệm vụ tại mục I Phụ lục"),
    the work's with its partners' and its time's."""
    return "content" in roles and ("lead" in roles or "coordinators" in roles and "time" in roles)


@lru_cache(maxsize=4096)  # a pure function of the name: the same headers and field names come row after row
def field_role(name: str) -> str:
    """lead | coordinators | assignment | content | time | unit | other, from a field's name or a table column's
    header. A header joining two column names ("Đối tượng, nội dung thanh tra") has the role of the first of them
    that has one; a cell's text with a comma ("Xây dựng báo cáo, nhiệm vụ năm sau") is no such name."""
    name = name.lower().strip(" *")
    first, *others = name.split(",")
    if others and first.strip() in _COLUMN_HEADS_LOWER:
        return next((role for role in map(_named_role, name.split(",")) if role != "other"), "other")
    return _named_role(name)


_COLUMN_HEADS_LOWER = frozenset(head.lower() for head in TABLE_COLUMN_HEADS)
# Columns of money, time, place and notes, however qualified ("Kinh phí (triệu đồng)", "Thời gian hoàn thành").
_NEVER_THE_WORK = ("kinh phí", "nguồn kinh phí", "nguồn vốn", "ngân sách", "tổng số", "ghi chú", "thời gian", "thời hạn",
                   "tiến độ", *PLACE_COLUMN_HEADS, "chỉ tiêu", "số tiền", "dự toán")


def is_column_head(name: str) -> bool:
    """A name a table's header gives one of its usual columns ("STT", "Ghi chú"), or one of those that never hold the
    work, qualified ("Nguồn kinh phí thực hiện"; not "Đối tượng thanh tra", an inspection's work)."""
    name = name.lower().strip(" *")
    return name in _COLUMN_HEADS_LOWER or name.startswith(_NEVER_THE_WORK)


def _named_role(name: str) -> str:
    name = name.strip(" *")
    if name.startswith(UNIT_COLUMN_HEADS):
        return "unit"  # "Đơn vị tính" measures; it names no body
    if name in ("trách nhiệm", "trách nhiệm thực hiện"):
        return "assignment"  # (a field's name: "Trách nhiệm: Sở X chủ trì, phối hợp Sở Y"; not "Trách nhiệm của …")
    if name.startswith("phân công"):
        # each body with its role: "X chủ trì, Y phối hợp"; but "Phân công thực hiện" over "Chủ trì" / "Phối hợp" (a
        # header's two rows joined, "Phân công thực hiện Chủ trì"): the lead's column and the partners'
        return "lead" if " chủ trì" in name else "coordinators" if " phối hợp" in name else "assignment"
    if "phối hợp" in name and "chủ trì" not in name:
        return "coordinators"
    if name.startswith(("cơ quan", "đơn vị", "chủ trì", "thực hiện", "phụ trách", "đầu mối")) \
            or _DOERS.match(name) and any(role in name for role in _DOERS_ROLES) or _KINDS_OF_UNITS.fullmatch(name):
        return "lead"
    if name.startswith(("nội dung", "nhiệm vụ", "tên nhiệm vụ", "tên hoạt động", "hoạt động", "công việc", "hạng mục",
                        *PROJECT_NAME_HEADS, "biện pháp", "giải pháp",
                        "tên văn bản", "tên đề án")):  # (the documents a plan has drafted: each row a task)
        return "content"
    if name.startswith(_STARTS_COLUMNS) or name == _FROM_COLUMN:
        return "other"  # when the work begins: its end is its deadline
    if name.startswith(("thời gian", "thời hạn", "tiến độ", "lộ trình", "hạn xử lý", "hạn chót", *_ENDS_COLUMNS)) \
            or name in ("tháng", "quý", "hạn", _TO_COLUMN):
        return "time"
    return RECORD_FIELD_ROLES.get(" ".join(name.replace("-", " ").split()), "other")  # (a sheet's English names)


# A column naming the project a row is about: the row's work unless a column of what is to be done stands beside it
# ("| Tên dự án | … | Công việc phải hoàn thành | …").
PROJECT_NAME_HEADS = ("tên dự án", "dự án", "tên công trình")
OWNER_COLUMN_HEADS = ("chủ đầu tư",)  # (who owns the project, and so does the work a row asks of it)

# A column naming where the work stood in another document ("Nhiệm vụ tại Kế hoạch số 64/KH-UBND"), beside the one of
# what it now is ("Nội dung điều chỉnh, bổ sung"), in a table amending that document
WHERE_IN_A_DOCUMENT = re.compile(r"\s(?:tại|theo)\s+(?:kế hoạch|quyết định|văn bản|chương trình)\s+số(?![\wđ])", re.I)
# Who does the work, named by the unit or person rather than the body: "Bộ phận thực hiện", "Người phụ trách",
# "Lực lượng chủ trì".
_DOERS = re.compile(r"(?:bộ phận|phòng|người|cán bộ|cá nhân|lực lượng|tổ|ban|đoàn|chủ thể)(?!\w)")
_DOERS_ROLES = ("chủ trì", "thực hiện", "phụ trách", "đảm nhiệm", "triển khai")
# A column named by the kinds of unit its cells name, each row's doer: "Khoa, phòng", "Phòng, ban", "Sở, ngành", with
# the role they have or not ("Khoa, phòng chủ trì").
_UNIT_KINDS = ("bộ phận", "khoa", "phòng", "ban", "sở", "ngành", "trung tâm", "tổ", "đội", "địa phương")
_KINDS_OF_UNITS = re.compile(r"(?:" + "|".join(_UNIT_KINDS) + r")(?:\s*(?:,|/|-|và)\s*(?:" + "|".join(_UNIT_KINDS)
                             + r"))+(?:\s+(?:" + "|".join(_DOERS_ROLES) + r"))?")


# A table giving each task's start and end ("| Bắt đầu | Kết thúc |", "| Thời gian bắt đầu | Thời gian kết thúc |")
_STARTS_COLUMNS = ("bắt đầu", "thời gian bắt đầu", "ngày bắt đầu", "từ ngày", "từ tháng")
_ENDS_COLUMNS = ("kết thúc", "ngày kết thúc", "đến ngày", "đến tháng", "ngày hoàn thành", "hạn hoàn thành",
                 "hoàn thành")  # (beside "Bắt đầu": "| Bắt đầu | Hoàn thành |")
# A schedule's two columns of dates named by the words alone ("| Từ | Đến |"), matched whole ("Đến năm 2030" is a
# target's column).
_FROM_COLUMN, _TO_COLUMN = "từ", "đến"
FROM_AND_TO_COLUMNS = (_FROM_COLUMN, _TO_COLUMN)

# The mottos heading a document's right column (the state's, the Party's) and the state's second line.
MOTTOS = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "ĐẢNG CỘNG SẢN VIỆT NAM")
MOTTO_LINES = MOTTOS + ("Độc lập - Tự do - Hạnh phúc",)

# The words that stand before a person's name ("Ông Nguyễn Văn A", "đồng chí Phó Chủ tịch …"), and those before a
# place's that is no locality ("sông Tiền", "kênh Xáng", "đường Trần Phú").
HONORIFICS = ("ông", "bà", "anh", "chị", "đồng chí", "cô", "thầy")
PLACE_WORDS = ("sông", "kênh", "đường")
# Words typed without their marks that a number follows ("ngay 12 thang 02 nam 2027", "quy II", "So: 86/KH-UBND"): with
# the number, only these words (see `marks`) …
UNMARKED_BEFORE_NUMBERS = {"ngay": "ngày", "thang": "tháng", "nam": "năm", "quy": "quý", "so": "số", "tuan": "tuần",
                           "dot": "đợt", "dieu": "điều", "khoan": "khoản", "muc": "mục", "diem": "điểm"}
# … and the small words of the grammar typed alone, which no phrase holds ("UBND cac xa", "Cong an tinh"): only these.
UNMARKED_WORDS = {"cac": "các", "cua": "của", "va": "và", "voi": "với", "la": "là", "tinh": "tỉnh", "xa": "xã",
                  "phuong": "phường", "tren": "trên", "duoi": "dưới"}
