"""Document metadata: number, type, issuer, province, date, title (trích yếu), signer.

A Vietnamese administrative document opens with a header of fixed grammar:

    ISSUER (one or two upper-case lines)     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                             Độc lập - Tự do - Hạnh phúc
    Số: 141/KH-UBND                          Place, ngày 20 tháng 11 năm 2025
                              TYPE WORD (KẾ HOẠCH, QUYẾT ĐỊNH …)
                              title lines (trích yếu)

and closes with a signature block near "Nơi nhận:" ("TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH /
PHÓ CHỦ TỊCH / name"). Copies of it arrive as plain lines, as table rows ("ỦY BAN NHÂN DÂN |
CỘNG HÒA …"), with a table flattened onto one line, hard-wrapped, with letters spaced apart
("ỦY B AN NHÂN D Â N") or inside a legal portal's page, whose own metadata table ("Số hiệu |
24/KH-UBND") is only used where the document's header is silent. The header is therefore read as
a sequence of parts in a stretch of text, not line by line.
"""
from __future__ import annotations

import itertools
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from ..lexicon import (ADOPTION_FORMULA, DOCUMENT_TYPES, MOTTO_LINES, MOTTOS, PORTAL_LABELS, STAMPED_WORDS,
                       UPPER_LETTERS, URGENCY)
from ..model import Document
from ..textfold import fold
from .agencies import find_agencies, without_its_organ
from .agency_lexicon import (BOARDS_OF_A_BODY, DEPUTY, FIELDS, HEAD_WORDS, HEADS, HEADS_BEFORE_A_HEAD,
                             LEGAL_FORM_ABBREVIATIONS, LEGAL_FORMS, LOCAL_LEVELS, NAME_ABBREVIATIONS, NATIONWIDE,
                             OFFICE_HOLDERS, ORGANS_ACTING_FOR_A_BODY, PROVINCE_LEVELS, VILLAGE_KINDS)
from .dates import DATE_NUMERIC, iso, parse_date
from .references import normalise_number

# --- vocabulary --------------------------------------------------------------------------------

# A letter ("Công văn") has no type word; its trích yếu follows the number: "V/v …".
_ADDRESSEES = re.compile(r"[\s|*]*Kính gửi\b")  # the letter's "Kính gửi: …", before its text
_LETTER_SUBJECT = re.compile(r"[\s|*]*(?:V/v|V/V|Về việc)[\s.:]+([^|\n]+)")  # matched right after the number

# The motto that stands beside the issuer in every header (the State's, or the Party's).


@dataclass(frozen=True)
class _Body:
    words: str  # as the header writes it, upper case
    name: str  # the full name it stands for
    named: bool = False  # a name follows the word ("BỘ TÀI CHÍNH", "SỞ Y TẾ")
    local: bool = False  # a body of a province or city, so the document has a province
    levelled: bool = False  # its name holds its level, the place follows bare ("TỈNH ỦY X" is "Tỉnh ủy X")
    of_a_commune: bool = False  # a body only where a commune's or ward's name follows ("ĐẢNG ỦY XÃ X")


# Bodies that issue documents, most specific first.
_BODIES = (
    _Body("THỦ TƯỚNG CHÍNH PHỦ", "Thủ tướng Chính phủ"),
    _Body("VĂN PHÒNG CHÍNH PHỦ", "Văn phòng Chính phủ"),
    _Body("THANH TRA CHÍNH PHỦ", "Thanh tra Chính phủ"),
    _Body("CHÍNH PHỦ", "Chính phủ"),
    _Body("ỦY BAN THƯỜNG VỤ QUỐC HỘI", "Ủy ban Thường vụ Quốc hội"),
    _Body("VĂN PHÒNG QUỐC HỘI", "Văn phòng Quốc hội"),
    _Body("QUỐC HỘI", "Quốc hội"),
    _Body("KIỂM TOÁN NHÀ NƯỚC", "Kiểm toán nhà nước"),
    _Body("NGÂN HÀNG NHÀ NƯỚC VIỆT NAM", "Ngân hàng Nhà nước Việt Nam"),
    _Body("TÒA ÁN NHÂN DÂN TỐI CAO", "Tòa án nhân dân tối cao"),
    _Body("VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO", "Viện kiểm sát nhân dân tối cao"),
    _Body("BAN CHẤP HÀNH TRUNG ƯƠNG", "Ban Chấp hành Trung ương"),
    _Body("TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM", "Tổng Liên đoàn Lao động Việt Nam"),  # (over its unions in a province)
    _Body("BAN", "Ban", named=True),  # Ban Chỉ đạo …, Ban Tuyên giáo và Dân vận Trung ương
    _Body("BỘ", "Bộ", named=True),
    _Body("TỔNG CỤC", "Tổng cục", named=True),
    _Body("CHI CỤC", "Chi cục", named=True, local=True),  # a Sở's or a central office's branch in a province
    _Body("CỤC", "Cục", named=True),
    _Body("ỦY BAN NHÂN DÂN", "Ủy ban nhân dân", local=True),
    _Body("UBND", "Ủy ban nhân dân", local=True),
    # the delegation and the council served by one office ("VĂN PHÒNG ĐOÀN ĐBQH VÀ HĐND TỈNH X")
    _Body("ĐOÀN ĐẠI BIỂU QUỐC HỘI VÀ HỘI ĐỒNG NHÂN DÂN", "Đoàn đại biểu Quốc hội và Hội đồng nhân dân", local=True),
    _Body("ĐOÀN ĐẠI BIỂU QUỐC HỘI VÀ HĐND", "Đoàn đại biểu Quốc hội và Hội đồng nhân dân", local=True),  # (half spelt out)
    _Body("ĐOÀN ĐBQH VÀ HĐND", "Đoàn đại biểu Quốc hội và Hội đồng nhân dân", local=True),
    _Body("HỘI ĐỒNG NHÂN DÂN", "Hội đồng nhân dân", local=True),
    _Body("HĐND", "Hội đồng nhân dân", local=True),
    _Body("SỞ", "Sở", named=True, local=True),
    _Body("ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM", "Ủy ban Mặt trận Tổ quốc Việt Nam", local=True),
    _Body("ỦY BAN MTTQ VIỆT NAM", "Ủy ban Mặt trận Tổ quốc Việt Nam", local=True),
    _Body("ỦY BAN", "Ủy ban", named=True),  # a committee of the National Assembly, a national committee
    _Body("ĐẢNG ỦY", "Đảng ủy", local=True, of_a_commune=True),  # (not "ĐẢNG ỦY KHỐI …", "ĐẢNG ỦY CÔNG AN TỈNH")
    _Body("ĐẢNG BỘ", "Đảng bộ", local=True),  # over the unit that issues, in a Party header ("ĐẢNG BỘ TỈNH X / BÁO X")
    _Body("TỈNH ỦY", "Tỉnh ủy", local=True, levelled=True),
    _Body("THÀNH ỦY", "Thành ủy", local=True, levelled=True),
    _Body("TỈNH ĐOÀN", "Tỉnh đoàn", local=True, levelled=True),
    _Body("THÀNH ĐOÀN", "Thành đoàn", local=True, levelled=True),
)
# Words that keep their capitals inside a body's name ("Ban Chỉ đạo Trung ương …").
_PROPER_WORDS = ("Trung ương", "Việt Nam", "Chính phủ", "Quốc hội", "Nhà nước")
_ONE_WORD_HEADS = frozenset(head for head in HEAD_WORDS if " " not in head)
# The level of a local body: (header words, how the full name writes it).
_LOCALITIES = (("THÀNH PHỐ", "thành phố"), ("TP.", "thành phố"), ("TỈNH", "tỉnh"))
# The local units below a province ("ỦY BAN NHÂN DÂN / PHƯỜNG X" under "ỦY BAN NHÂN DÂN / THÀNH PHỐ Y").
_LOCAL_UNITS = (("THỊ XÃ", "thị xã"), ("THỊ TRẤN", "thị trấn"), ("PHƯỜNG", "phường"), ("XÃ", "xã"),
                ("HUYỆN", "huyện"), ("QUẬN", "quận"), ("ĐẶC KHU", "đặc khu"))

# Offices that sign, most specific first. A marker (TM., KT., Q., TL., TUQ.; K/T …) names on whose behalf
# ("KT. CHỦ TỊCH"); the first office outside the marked phrases is the signer's own ("PHÓ CHỦ
# TỊCH"); a rank after it is his person's ("TRƯỞNG BAN / PHÓ THỦ TƯỚNG" signs as Trưởng ban).
_SIGNING_OFFICES = (
    "PHÓ THỦ TƯỚNG", "THỦ TƯỚNG", "PHÓ CHỦ TỊCH",
    "CHỦ TỊCH", "BỘ TRƯỞNG", "THỨ TRƯỞNG", "PHÓ CHỦ NHIỆM", "CHỦ NHIỆM",
    "PHÓ TRƯỞNG BAN", "TRƯỞNG BAN", "PHÓ GIÁM ĐỐC", "GIÁM ĐỐC", "PHÓ CHÁNH VĂN PHÒNG", "CHÁNH VĂN PHÒNG",
    "PHÓ BÍ THƯ", "BÍ THƯ", "PHÓ TỔNG CỤC TRƯỞNG", "TỔNG CỤC TRƯỞNG", "PHÓ CỤC TRƯỞNG", "CỤC TRƯỞNG",
    "PHÓ VỤ TRƯỞNG", "VỤ TRƯỞNG", "PHÓ TỔNG KIỂM TOÁN NHÀ NƯỚC", "TỔNG KIỂM TOÁN NHÀ NƯỚC",
    "PHÓ KIỂM TOÁN TRƯỞNG", "KIỂM TOÁN TRƯỞNG",  # the head of a regional office of the State Audit
    # the heads of a province's tax office since 2025 ("KT. TRƯỞNG THUẾ TỈNH / PHÓ TRƯỞNG THUẾ TỈNH")
    # … and of the other offices named "Trưởng" since 2025 after their body and its level ("TRƯỞNG THỐNG KÊ TỈNH",
    # "PHÓ TRƯỞNG THUẾ CƠ SỞ")
    *(f"{deputy}TRƯỞNG {body} {level}" for deputy in ("PHÓ ", "") for body in ("THUẾ", "THỐNG KÊ")
      for level in ("TỈNH", "THÀNH PHỐ", "CƠ SỞ", "KHU VỰC")),
    "PHÓ TỔNG THANH TRA", "TỔNG THANH TRA",  # the Government's Inspector-General
    "PHÓ HẠT TRƯỞNG", "HẠT TRƯỞNG",  # a forest protection unit's head
    "PHÓ TƯ LỆNH", "TƯ LỆNH", "PHÓ CHÍNH ỦY", "CHÍNH ỦY",  # a military command's commander and political commissar
    # the heads of a province's units: its inspectorate, military command, a Sở's branch, a newspaper, a school
    "PHÓ CHÁNH THANH TRA", "CHÁNH THANH TRA", "PHÓ CHỈ HUY TRƯỞNG", "CHỈ HUY TRƯỞNG", "PHÓ CHI CỤC TRƯỞNG",
    "CHI CỤC TRƯỞNG", "PHÓ TỔNG BIÊN TẬP", "TỔNG BIÊN TẬP", "PHÓ HIỆU TRƯỞNG", "HIỆU TRƯỞNG", "PHÓ VIỆN TRƯỞNG",
    "VIỆN TRƯỞNG", "PHÓ TỔNG GIÁM ĐỐC", "TỔNG GIÁM ĐỐC",
    "PHÓ THỐNG ĐỐC", "THỐNG ĐỐC",  # the State Bank's governor
    "PHÓ CHÁNH ÁN", "CHÁNH ÁN",  # a court's president
    "PHÓ TRƯỞNG PHÒNG", "TRƯỞNG PHÒNG",  # a unit's head, signing for the head of the body ("TL. CHỦ TỊCH")
    "PHÓ TRƯỞNG TRẠM", "TRƯỞNG TRẠM", "PHÓ TRẠM TRƯỞNG", "TRẠM TRƯỞNG",  # a commune's health (or other) station's head
    "TRƯỞNG THÔN", "TRƯỞNG ẤP", "TRƯỞNG BẢN", "TRƯỞNG KHU PHỐ", "TỔ TRƯỞNG TỔ DÂN PHỐ",  # a village's head
    # the heads of a commune's police ("KT. TRƯỞNG CÔNG AN XÃ / PHÓ TRƯỞNG CÔNG AN XÃ / Thiếu tá …")
    *(f"{deputy}TRƯỞNG CÔNG AN {level}" for deputy in ("PHÓ ", "") for level in ("XÃ", "PHƯỜNG", "ĐẶC KHU")),
    # the heads of a province's civil judgment enforcement office since 2025
    "PHÓ TRƯỞNG THI HÀNH ÁN DÂN SỰ TỈNH", "TRƯỞNG THI HÀNH ÁN DÂN SỰ TỈNH",
    "PHÓ TRƯỞNG THI HÀNH ÁN DÂN SỰ THÀNH PHỐ", "TRƯỞNG THI HÀNH ÁN DÂN SỰ THÀNH PHỐ",
)
# A deputy may be the standing one ("PHÓ BÍ THƯ THƯỜNG TRỰC", "THỨ TRƯỞNG THƯỜNG TRỰC") or the full-time one ("PHÓ CHỦ
# TỊCH CHUYÊN TRÁCH" of a national committee): that office, more specific.
_OFFICES = (*(f"{office} {rank}" for office in _SIGNING_OFFICES if office.startswith(("PHÓ ", "THỨ "))
              for rank in ("THƯỜNG TRỰC", "CHUYÊN TRÁCH")),
            *_SIGNING_OFFICES)
# The names of bodies inside those offices, written with their capital ("Chánh Văn phòng", "Phó Trưởng Thuế tỉnh",
# "Chánh Thanh tra", "Tổng Biên tập").
_BODIES_IN_OFFICES = ("Văn phòng", "Thuế", "Thống kê", "Thanh tra", "Biên tập", "Thi hành án", "Công an")


# Lines that open the body: the title ends before them.
_INTRO = re.compile(r"^(?:Thực hiện|Căn cứ|Theo đề nghị|Xét đề nghị|Nhằm|Để|Kính gửi|\((?:Kèm|Ban hành))\b")

# --- patterns ---------------------------------------------------------------------------------

# Lower-case letters for character classes (Vietnamese ones sit among the capitals in Unicode; the capitals are
# UPPER_LETTERS).
_LOWER = "a-z" + "".join(chr(code) for code in range(0xC0, 0x1EFA) if chr(code).islower())


def _spaced(phrase: str, marks_misread: bool = False) -> str:
    """A phrase as a pattern that also matches it letter-spaced, wrapped or split by a cell border
    ("ỦY B AN NHÂN\\nD Â N", "CỘNG HÒA XÃ HỘI | CHỦ NGHĨA VIỆT NAM"), or with a capital's marks a scan lost ("UY BAN
    NHÂN DÂN"); with `marks_misread`, read one for another too ("CHỦ NGHÌA"), which only a long phrase that no other
    resembles may take ("SỐ" is no "SỞ")."""
    letter = _with_any_marks if marks_misread else _with_its_marks_lost
    # (a dash between the motto's words may be any dash a word processor writes: "Độc lập – Tự do – Hạnh phúc")
    return r"[\s|*]*".join(r" ?".join(map(letter, word)) if word != "-" else "[-–—]" for word in phrase.split())


def _with_its_marks_lost(char: str) -> str:
    bare = "D" if char == "Đ" else unicodedata.normalize("NFD", char)[0]
    return f"[{char}{bare}]" if char.isupper() and bare != char else re.escape(char)


def _with_any_marks(char: str) -> str:
    bare = unicodedata.normalize("NFD", char)[0]
    return f"[{''.join(_CAPITALS_OF_A_VOWEL[bare])}]" if char.isupper() and bare in _CAPITALS_OF_A_VOWEL \
        else _with_its_marks_lost(char)


# Each capital vowel with every mark it may bear, "I": "IÌÍĨỈỊ"
_CAPITALS_OF_A_VOWEL: dict[str, list[str]] = {}
for _code in range(0xC0, 0x1EFA):
    if chr(_code).isupper() and (_base := unicodedata.normalize("NFD", chr(_code))[0]) in "AEIOUY":
        _CAPITALS_OF_A_VOWEL.setdefault(_base, [_base]).append(chr(_code))


def _alternation(phrases, marks_misread: bool = False) -> str:
    return "|".join(_spaced(phrase, marks_misread) for phrase in phrases)


def _word_alternation(phrases) -> str:
    """`_alternation` of phrases that open a word (no letter or digit before them). The check stands behind
    each phrase's first letter: a pattern that opens with letters lets the regex engine skip ahead to
    them, one that opens with a look-behind is tried at every position of the text."""
    alternatives = []
    for phrase in phrases:
        first = re.escape(phrase[0])
        alternatives.append(first + r"(?<!\w" + first + ")" + _spaced(phrase)[len(first):])
    return "|".join(alternatives)


_MOTTO = re.compile(_alternation(MOTTOS, marks_misread=True))
_NAMES_THE_STATE = re.compile(r"(?:NƯỚC|CỦA)\s$", re.I)
_MOTTO_SECOND_LINE = re.compile(_spaced(MOTTO_LINES[-1]))
_MOTTO_PARTS = re.compile(_alternation(MOTTO_LINES, marks_misread=True) + r"|-{2,}|[|*#_=]+", re.I)
# (a levelled body's words stand on one line: "ỦY BAN NHÂN DÂN TỈNH" over "ỦY BAN NHÂN DÂN" holds no "TỈNH ỦY")
_COMMUNE_LEVELS = ("xã", "phường", "thị trấn", "đặc khu")
_COMMUNE_AFTER = r"(?=\s+(?:" + "|".join(_spaced(w) for w, level in _LOCAL_UNITS if level in _COMMUNE_LEVELS) + r")\s)"
# (a head that is a syllable of a longer word: "KHU QUẢN LÝ ĐƯỜNG BỘ II" holds no ministry, nor "CÁN BỘ" one, nor
# "TRƯỜNG TRUNG HỌC CƠ SỞ" a department)
_WORD_BEFORE_A_SYLLABLE = r"(?<!ĐƯỜNG )(?<!CÁN )(?<!TOÀN )(?<!CƠ )(?<!CHI )"
_BODY = re.compile(_WORD_BEFORE_A_SYLLABLE + r"(?<![\w.])(?:" + "|".join(
    f"(?P<b{i}>{'[ ]+'.join(map(re.escape, b.words.split())) if b.levelled else _spaced(b.words)})"
    + (_COMMUNE_AFTER if b.of_a_commune else "") for i, b in enumerate(_BODIES)) + r")(?!\w)")
_LOCAL_UNIT = re.compile(r"\s*(?:" + "|".join(f"(?P<u{i}>{_spaced(w)})" for i, (w, _) in enumerate(_LOCAL_UNITS)) + r")\s+([^\n]+)")
# The places closing a body's name, each a proper name after its level ("… XÃ AN PHÚ, HUYỆN AN LÃO"); not "xã hội"
# inside a name ("TRUNG TÂM CÔNG TÁC XÃ HỘI"), nor a Party committee of its level ("BAN TỔ CHỨC HUYỆN ỦY")
_PLACE_LEVELS = dict((*_LOCAL_UNITS, *_LOCALITIES))
_PLACE_LEVEL_WORDS = "|".join(_spaced(level) for level in _PLACE_LEVELS)
_PLACE = re.compile(r"(?:^|\s|,\s*)(?P<level>" + _PLACE_LEVEL_WORDS + r")\s+(?!HỘI\b|ỦY\b|UỶ\b)"
                    r"(?P<name>(?:(?!\s(?:" + _PLACE_LEVEL_WORDS + r")\s)[^\n,;:()])+?)\s*(?=,|$)")
_LOCALITY = re.compile(r"(?<!\w)(?:" + "|".join(f"(?P<l{i}>{_spaced(w)})" for i, (w, _) in enumerate(_LOCALITIES)) + r")\s*")
_TYPE_WORDS = r"(" + "|".join(p for _, p in DOCUMENT_TYPES) + r")"
_TYPE_LINE = re.compile(r"^" + _TYPE_WORDS + r"(?:\s+" + URGENCY + r")?\s*:?\s*$")  # ("CÔNG ĐIỆN KHẨN")
# A portal row may hold type word, title and the authority's line in one cell: "| CÔNG ĐIỆN VỀ VIỆC … THỦ TƯỚNG
# CHÍNH PHỦ điện: |".
# A copy that lost the markup between them glues the two: "THÔNG TƯQuy định …".
# A title may open in lower case ("KẾ HOẠCH tuyên truyền …"), a wrapped one joined to its type word. Not a page's
# headline, "CÔNG ĐIỆN KHẨN: Tập trung …", its mark of urgency and a colon before what it tells.
_TYPE_OPENING_CELL = re.compile(r"^" + _TYPE_WORDS + r"(?!\s+" + URGENCY + r"\s*:)(?:\s+" + URGENCY + r"(?=\s))?"
                                r"(?:\s+(?=[" + UPPER_LETTERS + _LOWER
                                + r"])|(?=[" + UPPER_LETTERS + r"][" + _LOWER + "]))")
# "08/KHLT-HND-NHCSXH", "15/2024/TTLT-BTC-BNV", "4125/KHPH-SYT-CAT", "12/CTrPH-MTTQ-CAT", "12/KHLN-BCĐ": a joint
# document, its type's code ending "LT" (liên tịch), "PH" (phối hợp) or "LN" (liên ngành), its type's short name in
# mixed case ("CTr"); not an issuer's code after the hyphen: "24/KH-TTLT", a centre's
_JOINT_NUMBER = re.compile(r"/[A-ZĐa-z]*(?:LT|PH|LN)(?![A-Z])")
_TYPE_REACH = 25  # lines after the header's first line within which the type word stands
_OPENING_LINES = 3  # the lines that open a text, a tool's note of the file above its first
# Patterns open with plain text so the regex engine can skip ahead; what must come before is
# checked behind it ("Số" at the start, after a space or a cell border).
# "Số: 141/KH-UBND", and the Party's "Số: 12-KH/TU".
# ("Số: 45 KH/HSV": a Party-style number whose hyphen the copy lost, a space for it; "Số: 485 -KH/TWĐTN", a scan's
# space beside it)
_NUMBER = re.compile(r"Số(?<![^|\s#*]..)(?:\s+hiệu|/No\.?)?\s*[:|.]?[\s|*]*(\d{1,5}(?:\s*/\s*[^\s|,;*]+"
                     r"|(?:[ ]?-[ ]?|\s(?=[A-ZĐ]{2}))[^\s|,;*/]+/[^\s|,;*]+))")
# Without the motto, only a number line ("Số: …" opening a line or cell) belongs to the header.
_NUMBER_LINE = re.compile(r"^[|*#\s]*" + _NUMBER.pattern, re.M)
# (the rule's stars may have lost themselves to a converter that read "\*\*\*" as emphasis, its backslashes left)
_NUMBER_AFTER_RULE = re.compile(r"(?<=[" + UPPER_LETTERS + r"])[ \t]+(?:(?:[*\\]{3,}|-{3,}|={3,})[ \t]+)?(?=Số)"
                                + _NUMBER.pattern)
# (a draft leaves the day blank, "Lâm Đồng, ngày      tháng 12 năm 2026": the place line all the same, no date)
_DATE_IN_WORDS = re.compile(r"[Nn]gày[\s*|]+(?:(\d{1,2})[\s*|]+)?tháng[\s*|]+(\d{1,2})[\s*|]+năm[\s*|]+(\d{4})")
_PLACE_WORD = "[" + UPPER_LETTERS + r"][\w.]*(?:-[" + UPPER_LETTERS + r"][\w]*)?"  # "Hà", "TP.", "Rang-Tháp"
# (not a number's symbol before it: "Số: /KH-QBVPTR Lâm Đồng, ngày …", a draft's number left blank)
# (a ward numbered since 2025 keeps its number in the place: "Bảo Lộc 1, ngày …", "Phường 3, ngày …")
_PLACE_BEFORE = re.compile(r"(?<![/\w-])(" + _PLACE_WORD + "(?:[ ]+(?:-[ ]+)?" + _PLACE_WORD
                           + r"){0,5}(?:[ ]+\d{1,2})?)[ *]*,[\s*]*$")
_CITY_PREFIX = re.compile(r"^(?:Thành phố|TP\.?)\s*", re.I)
# Matched on the lower-cased text: a case-blind scan of the whole page costs far more.
_PORTAL_FIELD = re.compile(r"(" + "|".join(PORTAL_LABELS) + r")[\s*]*[:|]")
_OFFICE = re.compile(r"(?:" + _word_alternation(_OFFICES) + r")(?!\w)")
_SIGN_MARKER = re.compile(r"(?<![\w.])(?:(?:TM|KT|Q|TL|TUQ)\s?\.|T/M|K/T|T/L)")  # the Party writes T/M, K/T
_RECIPIENTS = re.compile(r"Nơi nhận\s*:")
# ("BAN HÀNH QUY CHẾ …" opens a title with the verb "ban hành", not a body "Ban …")
_AUTHORITY_LINE = re.compile(r"^(?:(?:" + _alternation(_OFFICES) + r")\s+)?(?:" + _alternation(b.words for b in _BODIES)
                             + r")(?!\w)(?!\s+HÀNH\b)")
# … or an office whose words end on its body's head, the rest of the name after them ("TRƯỞNG BAN DÂN TỘC TỈNH X").
_OFFICE_LINE = re.compile(r"^(?:" + _alternation(_OFFICES) + r")\s+[" + UPPER_LETTERS + r"]")
# The authority's line run on with the title, before the body opens: "… NĂM 2023 CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH".
# Not after "CỦA" or "VỚI": "… CỦA THỦ TƯỚNG CHÍNH PHỦ" is the title's own.
_AUTHORITY_AT_END = re.compile(r"(?<!CỦA)(?<!VỚI)\s(?:" + _alternation(_OFFICES) + r")\s+(?:"
                               + _alternation(b.words for b in _BODIES) + r")(?:\s+[" + UPPER_LETTERS + r"]+){0,4}\s*$")
# The authority's line closing a title run on with it: "… KHU VỰC TRUNG BỘ THỦ TƯỚNG CHÍNH PHỦ điện:".
_AUTHORITY_CLOSING = re.compile(r"\s(?:(?:" + _alternation(_OFFICES) + r")\s+)?(?:" + _alternation(b.words for b in _BODIES)
                                + r")\s+[^\W\d" + UPPER_LETTERS + r"]+\s*:\s*$")

# … the verb and colon that follow the authority's line when it addresses its recipients ("… điện:", "… yêu cầu:").
_AUTHORITY_SPEAKS = re.compile(r"(?:\s+[^\W\d" + UPPER_LETTERS + r"]+){1,2}\s*:\s*")

_HEADER_REACH = 15000  # characters: a portal's page can put much before the document's header
_BARE_HEADER_REACH = 3000  # characters: where a header without motto must have its number line
_MOTTO_TO_NUMBER = 400  # characters from the motto to the number line, in any layout
_TITLE_LINES = 12  # lines under the type word that may hold the title
_SIGNATURE_BEFORE_RECIPIENTS = 600  # characters: a text layer may put the signature cell before "Nơi nhận"
_MARKER_REACH = 60  # characters from a marker ("TM. ỦY BAN NHÂN DÂN") to the office it opens
_BLOCK_REACH = 200  # characters of markers and offices in one signature block
_NAME_REACH = 80  # characters that hold the signer's name
_WRAPPED_NAME_WORDS = 2  # a name's last words alone on the next line: a wrap inside it
_SIDE_BY_SIDE_LINES = 4  # lines a signature cell may run beside the recipients' cell
_RECIPIENTS_REACH = 1500  # characters of recipients' lines the name may stand at the end of
_PLACE_REACH = 100  # characters of a place name and its comma before "ngày"


_MARKUP = " *|#"  # left around a line by markdown and flattened tables ("## NGHỊ ĐỊNH", "| KẾ HOẠCH |")


def _is_upper_token(token: str) -> bool:
    return not any(char.islower() for char in token)


def _is_name_word(token: str) -> bool:
    """A capitalised syllable: 'Thịnh', 'A' (not 'PHỤ', not '(đã'); or a Central Highlands name's prefix, alone or
    joined ("H' Linh Niê", "H'Hen Niê")."""
    if token[1:2] in _NAME_APOSTROPHES and token[:1].isupper():
        token = token[2:] or "A"
    return token.isalpha() and token[0].isupper() and (len(token) == 1 or token[1:].islower())


_NAME_APOSTROPHES = ("'", "’")


# --- the document ------------------------------------------------------------------------------

_ADOPTED_ON = re.compile(ADOPTION_FORMULA + r"\s+([^.\n]{6,30})")


def _adoption_date(text: str) -> str | None:
    adopted = _ADOPTED_ON.search(text)
    return parse_date("ngày " + adopted.group(1)) if adopted else None


def extract_metadata(text: str) -> Document:
    """Normalised text -> Document. The document's own header and signature come first; a
    portal's metadata table fills only the fields they leave empty."""
    doc = Document()
    portal = _portal_fields(text)
    header = _find_header(text)

    # a copy in the press, its header left out, announces it: "Ngày 05/01/2027, Chánh án … đã ký ban hành Chỉ thị số …"
    announced = None if header.number or header.issuer_words else _announcement(text)
    # an appendix sent alone, a sheet of its plan, names the plan it goes with: "(Kèm theo Kế hoạch số 12/KH-UBND ngày
    # 15/01/2027 của Ủy ban nhân dân xã X về …)"
    attached = None if header.number or announced else _ATTACHED_TO_PLAN.search(text, 0, _ATTACHED_REACH)
    attached_by, attached_title = _attached_by(attached) if attached else (None, None)
    announced = announced or attached or (None if header.number else _named_under_its_title(text)
                                          or _SOURCE_NAMED.search(text, 0, _ANNOUNCED_REACH))
    if header.number:
        doc.number = header.number
    elif portal.get("number"):
        doc.number = normalise_number(portal["number"])
    elif announced:
        doc.number = normalise_number(announced.group("number")).rstrip(".")

    doc.issued_date = header.date or _adoption_date(text) or _portal_date(portal.get("date")) or (
        announced and parse_date(f"ngày {announced.group('date')}"))
    # a joint plan's header sets its bodies side by side or stacks them, the first named issues it ("HỘI NÔNG DÂN TỈNH
    # X / NGÂN HÀNG …"); its signatures stand side by side, as a joint number's do
    cells = _joint_cells(header)
    joint = cells is not None or doc.number is not None and _JOINT_NUMBER.search(doc.number) is not None
    issuer_words = cells[0] if cells else header.issuer_words
    doc.issuer, doc.province = _issuer(issuer_words, header.place, text)
    if parties := _joint_names(header, text):
        doc.issuer = parties[0]
        # (each body's cells stacked over its own number: the first body's cell and number are the document's)
        stacked = _stacked_numbers(text, header)
        if stacked:
            doc.number = normalise_number(stacked[0].group(1)).rstrip(".")
            label = text.rindex("Số", stacked[0].start(), stacked[0].start(1))
            issuer_words = _clean_cell(text[_upper_run_start(text, label):label])
        # (its signature stands under its header cell's name, or under its name as the preamble writes it)
        joint, issuer_words = True, f"{issuer_words}\n{parties[0].upper()}"

    lines = text.split("\n")
    first = text.count("\n", 0, header.start)
    # (a header set in text boxes may come out after the body, which then opens with the type word)
    type_line = _type_line(lines, first) or _type_at_the_top(lines, first)
    if type_line and header.letter_subject and any(map(_ADDRESSEES.match, lines[first:type_line.next])):
        type_line = None  # a letter ("V/v …", "Kính gửi: …") sending a plan: the plan's type word is its attachment's
    if type_line:
        doc.type = _type_name(type_line.words)
        doc.title = _title([type_line.rest] if type_line.rest else lines[type_line.next:type_line.next + _TITLE_LINES])
    elif header.letter_subject:
        doc.type, doc.title = "Công văn", header.letter_subject
    # A copy without its header still enacts in its own name, its type and its title ("Chính phủ ban hành Nghị định
    # quy định …", "Bộ trưởng Bộ Giáo dục và Đào tạo ban hành Thông tư quy định …").
    enacting = None if type_line and doc.issuer else _ENACTING.search(text, 0, _ENACTING_REACH)
    if not type_line and not header.letter_subject:
        doc.type = enacting.group("type") if enacting else announced.group("type") if announced \
            else portal.get("type")
    doc.title = doc.title or (enacting and _enacted_title(enacting)) or attached_title \
        or (announced is not attached and announced and _announced_title(announced)) \
        or portal.get("title") or _intro_title(text)
    if doc.issuer is None and type_line:
        # A copy without the issuer cell still names the issuing authority above "Căn cứ …".
        authority = _authority(lines[type_line.next:type_line.next + _TITLE_LINES])
        doc.issuer, doc.province = _issuer(authority, header.place, text)

    if doc.issuer is None and enacting:
        doc.issuer, doc.province = _issuer(enacting.group("who").upper(), header.place, text)
    if doc.issuer is None and announced:
        doc.issuer, doc.province = _issuer((attached_by or announced.group("who")).upper(), header.place, text)

    if doc.issuer and doc.province is None and header.place and not _CENTRAL_ISSUER.search(doc.issuer) \
            and not _CENTRAL_HEADER.search(header.issuer_words) \
            and not doc.issuer.endswith(tuple(f" {level} {header.place}" for level in _COMMUNE_LEVELS)):
        # A body no list places (a company, a park, a university, a hospital): where it issues from, the place line;
        # not a body of the nation's ("BAN CHẤP HÀNH TRUNG ƯƠNG / BAN TUYÊN GIÁO VÀ DÂN VẬN"), nor a commune's, the
        # place its own name ("Ủy ban nhân dân phường X" at "X, ngày …": the province unknown)
        doc.province = header.place
        if _LEVEL_AT_END.search(doc.issuer):
            doc.issuer = f"{doc.issuer} {header.place}"  # "BAN CHỈ ĐẠO … TỈNH" at "Đồng Nai, ngày …": that province's
    if doc.issuer is None and portal.get("issuer") and _names_a_body(portal["issuer"]):
        # A copy without its header, from a system that records the issuing body ("Cơ quan ban hành: Ban Chỉ huy …"),
        # not its province ("Nơi ban hành: Tỉnh X", below)
        doc.issuer, doc.province = _issuer(portal["issuer"].upper(), header.place, text)
    if doc.issuer is None and doc.province is None:
        # A copy without its header: a provincial plan names its province in the place line; its people's committee
        # issues it, unless the header names a body no list knows (it is not guessed then).
        doc.province = header.place or _portal_province(portal.get("issuer")) or _most_named_province(text)
        if doc.province and not header.issuer_words.strip():
            doc.issuer = f"Ủy ban nhân dân {_level_named_with(text, doc.province)} {doc.province}"

    unglued = _signature_unglued(text)
    # (a joint document's signatures stand side by side, each under its body's name: the issuer's is its signer)
    doc.signer_title, doc.signer = _signature(unglued, header.end, issuer_words if joint else "")
    if doc.signer is None and _RECIPIENTS.search(text, 0, header.start):
        # a header set in text boxes, come out after the body, its recipients and its signature
        doc.signer_title, doc.signer = _signature(unglued, 0)
    if not doc.signer and portal.get("signer"):
        doc.signer = _name_in(portal["signer"])
        # ("Người ký: Hoàng Văn Páo - Phó Chủ tịch UBND tỉnh": a system records the office after the name)
        offices = portal["signer"].partition(" - ")[2].upper()
        office = _own_office(offices) if _OFFICE.search(offices) else None
        doc.signer_title = doc.signer_title or (_office_case(office) if office and doc.signer else None) \
            or portal.get("signer_title", "").partition("(")[0].strip() or None  # ("Phó Giám đốc (KT. Giám đốc)")
    return doc


# The central bodies, whose documents have no province though their place line names the capital: the Government, a
# ministry and its departments, the National Assembly, the supreme court and procuracy, a body of the whole nation.
_CENTRAL_ISSUER = re.compile(
    r"^(?:Đảng ủy\s+|Văn phòng\s+(?=Bộ|Tổng cục|Cục))?"  # (the body's Party committee too, a ministry's office)
    r"(?:Chính phủ|Thủ tướng|Văn phòng Chính phủ|Quốc hội|Ủy ban Thường vụ Quốc hội|Bộ(?! Chỉ huy| đội)|Tổng cục|Cục|Vụ"
    r"|Kiểm toán Nhà nước|Tòa án nhân dân tối cao|Viện Kiểm sát nhân dân tối cao)(?![\wđ])"
    r"|(?:Trung ương|Việt Nam|quốc gia|tối cao)$"
    r"|^(?:Đảng ủy\s+)?Đại học Quốc gia"  # (a national university, though it carries its city's name)
    r"|^Ban Chỉ đạo (?:Trung ương|quốc gia)", re.I)
_CENTRAL_HEADER = re.compile(r"BAN\s+CHẤP\s+HÀNH\s+TRUNG\s+ƯƠNG|NHÀ\s+NƯỚC|CHÍNH\s+PHỦ|QUỐC\s+HỘI")  # (not "BỆNH VIỆN TRUNG ƯƠNG X")


# The enacting formula after the căn cứ, in the issuer's own name ("Chính phủ ban hành Nghị định …", "Bộ trưởng Bộ X ban
# hành Thông tư …"): read as the issuer cell is (`_issuer` drops the office a body speaks through).
_ENACTING = re.compile(r"^[*_\s]*(?P<who>(?:Bộ trưởng|Thủ tướng|Chủ tịch|Giám đốc|Thống đốc|Chính phủ|Bộ|Ủy ban nhân dân"
                       r"|Hội đồng nhân dân|Ngân hàng Nhà nước|Kiểm toán Nhà nước)[^\n.;,]{0,80}?)\s+ban hành\s+"
                       r"(?P<type>Nghị định|Thông tư|Quyết định|Nghị quyết|Chỉ thị)\b(?P<title>[^\n]*)", re.M)
_ENACTING_REACH = 12000  # characters: the formula closes the căn cứ, before the body


# The kind a type word may name before the number ("Chương trình hành động số …", "Kế hoạch liên tịch số …"): the type
# is the word's
_KIND_OF_TYPE = r"(?:\s+(?:hành động|liên tịch|phối hợp|công tác))?"
_ANNOUNCED = re.compile(r"\b[Nn]gày (?P<date>\d{1,2}/\d{1,2}/\d{4}|\d{1,2} tháng \d{1,2} năm \d{4}), "
                        r"(?P<who>[^,.;:\n]{3,90}?) (?:đã )?(?:ký )?ban hành "
                        r"(?P<type>" + "|".join(name for name, _ in DOCUMENT_TYPES) + r")" + _KIND_OF_TYPE
                        + r" số (?P<number>[^\s,;]+)"
                        # (what it is about, when said, up to who signed it or the sentence's end)
                        r"(?: về (?:việc )?(?P<title>[^.;\n]{10,250}?)(?=,\s+(?:do|được|gồm)\s|[.;\n]))?")
# … or the one who signed it, the number and date after the type ("Phó Thủ tướng X vừa ký Công điện số 118/CĐ-TTg ngày
# 18/9/2026 về việc …")
# (or a news site's lead, "(Chinhphu.vn) - Văn phòng Chính phủ ban hành Thông báo số 18/TB-VPCP ngày 22/01/2027 kết
# luận của …": the title straight after the date)
_ANNOUNCED_SIGNED = re.compile(r"(?P<who>[^\W\d_][^,.;:()\n]{2,89}?) (?:(?:vừa|đã) )?(?:ký(?: ban hành)?|ban hành) "
                               r"(?P<type>" + "|".join(name for name, _ in DOCUMENT_TYPES) + r")" + _KIND_OF_TYPE
                               + r" số (?P<number>[^\s,;]+)"
                               r" ngày (?P<date>\d{1,2}/\d{1,2}/\d{4}|\d{1,2} tháng \d{1,2} năm \d{4})"
                               r"(?: (?:về (?:việc )?)?(?P<title>[^.;\n]{10,250}?)(?=,\s+(?:do|được|gồm)\s|[.;\n]))?")
_ANNOUNCED_REACH = 2000  # characters: the article's lead paragraph, above the document
# … where the text goes on to issue its own plan for it ("Để triển khai thực hiện, Ủy ban nhân dân huyện xây dựng Kế
# hoạch như sau:")
# (or goes on "Để tổ chức thực hiện trên địa bàn, Ủy ban nhân dân xã … đề ra các nhiệm vụ sau:")
_CARRIES_IT_OUT = re.compile(r"(?:xây dựng|ban hành)\s+(?:Kế hoạch|Chương trình|Phương án)[^.:;\n]{0,80}?(?:như sau|"
                             r"cụ thể)\s*:|(?:^|[.;]\s+)Để\s+(?:tổ chức\s+)?(?:triển khai|thực hiện)\b", re.I | re.M)
_CARRY_REACH = 400  # characters after the announcing sentence
# The type word on a line of its own or opening its title ("CHỈ THỊ VỀ CÁC NHIỆM VỤ …")
# (not a page's headline, "CÔNG ĐIỆN KHẨN: …")
_TYPE_LINE_IN_TEXT = re.compile(r"^" + _TYPE_WORDS + r"(?!\s+" + URGENCY + r"\s*:)(?:\s*:?\s*$|\s+\S)", re.M)


# A document named by its type, number, date and issuer, and maybe what it is about, alone on its line.
_NAMED_DOCUMENT = (r"(?P<type>" + "|".join(name for name, _ in DOCUMENT_TYPES)
                   + r") số (?P<number>[^\s,;]+)\s+ngày (?P<date>" + DATE_NUMERIC.pattern
                   + r"|\d{1,2} tháng \d{1,2} năm \d{4}) của (?P<who>[^()\n]{3,120}?)"
                   r"(?:\s+về\s+(?:việc\s+)?(?P<title>[^()\n]+?))?\W*$")
_ATTACHED_TO_PLAN = re.compile(r"^\W*(?:Ban hành\s+)?[Kk]èm theo " + _NAMED_DOCUMENT, re.M)
# … or the document itself so named under its type word and title, where no header gives its number (a slide deck's
# cover, "KẾ HOẠCH" / its title / "Kế hoạch số 15/KH-SYT ngày 08/6/2027 của Sở Y tế")
_NAMED_UNDER_ITS_TITLE = re.compile(r"^\W*" + _NAMED_DOCUMENT, re.M)
_ATTACHED_REACH = 1500  # characters: the appendix's title lines, at its top
# … or a copy that presents a document, a broadcast's script or a news item, naming it on a labelled line as its source
# ("Nguồn: Kế hoạch số 31/KH-UBND ngày 10/3/2027 của UBND xã X, Phó Chủ tịch … ký ban hành."): the document it carries
_SOURCE_NAMED = re.compile(r"^\W*(?:Nguồn(?: tin)?|Văn bản gốc)\s*:\s*(?P<type>"
                           + "|".join(name for name, _ in DOCUMENT_TYPES) + r")" + _KIND_OF_TYPE
                           + r" số (?P<number>[^\s,;]+)\s+ngày (?P<date>" + DATE_NUMERIC.pattern
                           + r"|\d{1,2} tháng \d{1,2} năm \d{4}) của (?P<who>[^()\n,;]{3,120}?)"
                           # (what it is about, commas and all, up to the sentence's end or who signed it)
                           r"(?:\s+về\s+(?:việc\s+)?(?P<title>[^()\n;]+?)(?=,\s+[^,\n]*\bký\b|;|\.?\s*$)"
                           r"|(?=[,;]|\.?\s*$))", re.M)
# A body named by its kind alone, whose name goes on with what it is about ("Ban Chỉ đạo về an toàn thực phẩm tỉnh X")
_NAMED_BY_ITS_WORK = re.compile(r"Ban Chỉ đạo|Ban Chỉ huy|Hội đồng|Tổ công tác|Ủy ban|Ban")


def _attached_by(attached: re.Match) -> tuple[str, str | None]:
    """Who issued the plan an appendix goes with, and the plan's title: "… của Ban Chỉ đạo về an toàn thực phẩm tỉnh
    X" names the body in full, no title."""
    who, title = attached.group("who"), attached.group("title")
    return (f"{who} về {title}", None) if title and _NAMED_BY_ITS_WORK.fullmatch(who) else (who, title)


def _announcement(text: str) -> re.Match | None:
    """The lead paragraph above the document's type word announcing it, of that type (not a document the text cites);
    without a type word, the first such sentence near the top."""
    type_line = _TYPE_LINE_IN_TEXT.search(text, 0, _HEADER_REACH)
    if type_line is None:
        announced = _announced_in(text, _ANNOUNCED_REACH)
        # (a plan's body that opens by recalling the plan it carries out, "Ngày …, Ủy ban nhân dân tỉnh đã ban hành
        # Kế hoạch số 05/KH-UBND …. Để triển khai …", announces no plan of its own)
        return None if announced and _CARRIES_IT_OUT.search(text, announced.end(), announced.end() + _CARRY_REACH) \
            else announced
    announced = _announced_in(text, type_line.start())
    if announced is None:
        announced = _lead_under_headline(text, type_line)
    return announced if announced and _type_name(type_line.group(1)) == announced.group("type") else None


def _named_under_its_title(text: str) -> re.Match | None:
    """The line under the type word and the title that names the document by its type, number, date and issuer, and
    by nothing more: one that says what it is about ("Kế hoạch số 45/KH-UBND … của Ủy ban nhân dân tỉnh về chuyển đổi
    số") is the plan the title carries out, its words wrapped onto that line ("Triển khai thực hiện" / "Kế hoạch số
    …")."""
    type_line = _TYPE_LINE_IN_TEXT.search(text, 0, _HEADER_REACH)
    if type_line is None:
        return None
    named = _NAMED_UNDER_ITS_TITLE.search(text, type_line.end(), type_line.end() + _LEAD_AFTER_HEADLINE)
    return named if named and _type_name(type_line.group(1)) == named.group("type") and not named.group("title") \
        else None


_LEAD_AFTER_HEADLINE = 300  # characters after a headline within which its lead paragraph's announcement opens
_TITLE_OPENING = 4  # words: the opening of the announced title the headline repeats


def _lead_under_headline(text: str, type_line: re.Match) -> re.Match | None:
    """A post's headline ("KẾ HOẠCH TỔ CHỨC CHIẾN DỊCH …") over its lead paragraph ("Ngày …, X ban hành Kế hoạch số …
    về tổ chức Chiến dịch …"): the type word in the headline, the number and date in the lead, which announces the
    document the headline names, its title opening with the headline's words (not a plan's preamble recalling
    another plan, "Ngày …, Bộ Y tế đã ban hành Kế hoạch số … về tiêm chủng mở rộng" under "Triển khai tiêm chủng …")."""
    line_end = text.find("\n", type_line.end())
    line_end = len(text) if line_end < 0 else line_end
    announced = _announced_in(text, line_end + _LEAD_AFTER_HEADLINE, line_end)
    if announced is None or not announced.group("title") \
            or _CARRIES_IT_OUT.search(text, announced.end(), announced.end() + _CARRY_REACH):
        return None
    headline = " ".join(_WORD.findall(text[type_line.start():line_end].lower()))
    opening = " ".join(_WORD.findall(announced.group("title").lower())[:_TITLE_OPENING])
    return announced if opening and f" {opening}" in f" {headline} " else None


def _announced_in(text: str, end: int, start: int = 0) -> re.Match | None:
    """The first sentence between `start` and `end` that announces a document, in either order of its words."""
    found = [match for pattern in (_ANNOUNCED, _ANNOUNCED_SIGNED) if (match := pattern.search(text, start, end))]
    return min(found, key=re.Match.start) if found else None


def _announced_title(announced: re.Match) -> str | None:
    """ "… ban hành Kế hoạch số 156/KH-UBND về phòng cháy, chữa cháy rừng …" → "Phòng cháy, chữa cháy rừng …"."""
    title = (announced.group("title") or "").strip()
    return title[:1].upper() + title[1:] if title else None


def _enacted_title(enacting: re.Match) -> str | None:
    """ "… ban hành Thông tư quy định chế độ …." → "Quy định chế độ …": the formula names what it enacts."""
    title = enacting.group("title").strip().rstrip(".").strip()
    return title[:1].upper() + title[1:] if title else None


# The working session a conclusion notice concludes: "… TẠI BUỔI LÀM VIỆC VỚI LÃNH ĐẠO TỈNH X (VỀ …)".
_SESSION_WITH = re.compile(r"làm việc với\s+(?:lãnh đạo\s+|(?:Ban Thường vụ|Thường trực)\s+\S+\s+ủy\s+)?(tỉnh|thành phố)\s+"
                           r"(\S+(?:\s+\S+){0,5}?)(?=\s+(?:về|tại|ngày|nhằm|và)\b|\s*[,;(]|\s*$)", re.I)


def host_of_session(document: Document, text: str) -> str | None:
    """The people's committee whose working session a conclusion notice concludes: the work the notice gives
    nobody by name is that province's. None for other documents."""
    if document.type != "Thông báo" or not document.title:
        return None
    session = _SESSION_WITH.search(document.title)
    if session is None:
        return None
    # the place as the text writes it in its usual case ("ĐÀ NẴNG" in the title, "Đà Nẵng" in the text)
    written = (m.group(0) for m in re.finditer(r"(?<!\w)" + re.escape(session.group(2)) + r"(?!\w)", text, re.I)
               if not m.group(0).isupper())
    place = next(written, None) or session.group(2).title()
    return f"Ủy ban nhân dân {session.group(1).lower()} {place}"


@dataclass
class _Header:
    start: int = 0  # where the document's own header begins (after a portal's page furniture)
    end: int = 0  # where the header's number and date end
    issuer_words: str = ""  # the issuer cell, upper case, motto and rules removed
    number: str | None = None
    place: str | None = None
    date: str | None = None
    letter_subject: str | None = None  # a letter's "V/v …" line


def document_start(text: str) -> int:
    """Where the document's own header begins: what a portal's page puts before it (its summary, its list of
    related documents) is none of the document. A header set in text boxes may come out after the body: then the
    document begins at its type word, at the top."""
    start = _find_header(text).start
    if start and _RECIPIENTS.search(text, 0, start) and _ARTICLE_OR_PART.search(text, 0, start) \
            and not _ARTICLE_OR_PART.search(text, start):
        # (the whole text, its articles and its recipients, before the header a text box set after it, with nothing of
        # its own under it: not a gazette's page, another document's end before this one's header and its parts)
        return 0
    lines = text.split("\n")
    opening = _type_at_the_top(lines, text.count("\n", 0, start))
    return sum(len(line) + 1 for line in lines[:opening.first]) if opening else start


_ARTICLE_OR_PART = re.compile(r"^[ \t]*(?:Điều\s+\d+\.|[IVX]{1,4}\.\s)", re.M)


def _type_at_the_top(lines: list[str], header_line: int) -> _TypeLine | None:
    """The type word near the top of a text whose header comes far below it, or that opens the text, with none under
    the header (a dump of a document's paragraphs, then its tables: the header's among them)."""
    if header_line < _OPENING_LINES or _type_line(lines, header_line):
        return None
    top = _type_line(lines, 0)
    return top if top and (header_line >= _TYPE_REACH or top.first < _OPENING_LINES) else None


@lru_cache(maxsize=4)  # read by the metadata and by the references of the same text
def _find_header(text: str) -> _Header:
    """The issuer cell, number, place and date around the first national motto (or the first
    "Số:" when the motto is missing)."""
    header = _Header()
    reach = text[:_HEADER_REACH]
    motto, number = _motto_and_number(reach)
    if motto and not (number and number.start() < motto.start()):
        # The cell may continue on the motto's rows ("ỦY BAN NHÂN DÂN | CỘNG HÒA …" / "TỈNH X | Độc lập …").
        anchor, cell_end = motto.start(), number.start() if number else motto.end()
    else:
        anchor = cell_end = number.start() if number else 0
    header.start = _upper_run_start(reach, anchor)
    header.issuer_words = _clean_cell(reach[header.start:cell_end])
    after = header.start
    place_start = -1
    if number:
        header.number = normalise_number(number.group(1)).rstrip(".")
        after = number.end()
    # The place line: "Hà Nội, ngày …" (a date without a place is a cited law's, "Luật … ngày …"), after the number or,
    # where a text layer put the right column's lines first, in the motto's cell before it
    windows = [(after, after + _MOTTO_TO_NUMBER)] + ([(motto.end(), number.start())] if number and motto
                                                     and motto.end() < number.start() else [])
    for start, end in windows:
        for date in _DATE_IN_WORDS.finditer(reach, start, end):
            place = _PLACE_BEFORE.search(reach, max(start, date.start() - _PLACE_REACH), date.start())
            # (a date that is a line of its own, "ngày 26 tháng 01 năm 2027", is the header's without its place: a
            # cited act's date runs on in its sentence)
            alone = reach[date.start() - 1:date.start()] in ("\n", "") and reach[date.end():date.end() + 1] in ("\n", "")
            if place or alone:
                header.date = iso(int(date.group(3)), int(date.group(2)), int(date.group(1))) if date.group(1) else None
                header.place = _CITY_PREFIX.sub("", place.group(1)).strip() if place else ""
                place_start, after = place.start() if place else date.start(), max(after, date.end())
                break
        if header.date or header.place:
            break
    header.end = after
    # right after the number, or after the place line the number's line also holds ("Số: … Quảng Ninh, ngày …" / "V/v …")
    subject = (_LETTER_SUBJECT.match(reach, number.end()) or _LETTER_SUBJECT.match(reach, after)) if number else None
    if subject:
        # On a flattened line the place-date follows the subject: "V/v … Hà Nội, ngày …".
        end = place_start if subject.start(1) < place_start < subject.end(1) else subject.end(1)
        header.letter_subject = reach[subject.start(1):end].strip()
    return header


def _motto_and_number(reach: str) -> tuple[re.Match | None, re.Match | None]:
    """The first motto with a number line near it (a portal's banner may carry the motto alone),
    else the first motto; without any motto, a number line near the top."""
    first = None
    for motto in _MOTTO.finditer(reach):
        if _NAMES_THE_STATE.search(reach, max(0, motto.start() - len("NƯỚC ")), motto.start()):
            continue  # a page's banner, "CƠ QUAN … CỦA CHÍNH PHỦ NƯỚC CỘNG HÒA …", names the state: no document's motto
        number = _NUMBER.search(reach, motto.end(), motto.end() + _MOTTO_TO_NUMBER)
        if not number:
            # A text layer may give the left column first: issuer, number, then the motto (the
            # number nearest the motto: a portal's "Số hiệu" may come before).
            before = list(_NUMBER.finditer(reach, max(0, motto.start() - _MOTTO_TO_NUMBER), motto.start()))
            number = before[-1] if before else None
        if number:
            return motto, number
        first = first or motto
    if first:
        return first, None
    # a copy that lost the motto's first line keeps its second ("| ------- | Độc lập - Tự do - Hạnh phúc | Số: …")
    second = _MOTTO_SECOND_LINE.search(reach)
    number = second and _NUMBER.search(reach, second.end(), second.end() + _MOTTO_TO_NUMBER)
    if number:
        return second, number
    # (or the number after the body's name, or the rule under it, a header cell run into one line: "HỘI … *** Số: 45
    # KH/HSV")
    return None, _NUMBER_LINE.search(reach, 0, _BARE_HEADER_REACH) or _NUMBER_AFTER_RULE.search(reach, 0,
                                                                                               _BARE_HEADER_REACH)


def _upper_run_start(text: str, anchor: int) -> int:
    """Start of the run of upper-case words just before `anchor` (the issuer cell)."""
    start = anchor
    for token in reversed(re.findall(r"\S+\s*", text[max(0, anchor - 300):anchor])):
        if not _is_upper_token(token):
            break
        start -= len(token)
    # a line of codes and numbers without a word ("0", "PT0H0M0S", "2026-12-09T08:15:00": a project file's fields
    # before the text) is none of the cell; a rule under the body's name ("-------") is
    line_end = text.rfind("\n", start, anchor)
    while line_end > start:
        line_start = text.rfind("\n", start, line_end) + 1 or start
        line = text[line_start:line_end]
        if not any(token.isalpha() for token in line.split()) and any(char.isdigit() for char in line):
            return line_end + 1
        line_end = line_start - 1
    return start


def _clean_cell(cell: str) -> str:
    """The upper-case words of the issuer cell, a line for each of its lines (the motto, rules and
    table borders end a line too, as does the semicolon a cell's line break became: "BAN X; TỈNH Y")."""
    cell = _DATE_IN_WORDS.sub("\n", cell) if "ngày" in cell else cell  # (the place line of the column beside it)
    # (the motto's column wrapped beside the cell: "… CỘNG HÒA XÃ HỘI CHỦ NGHĨA" / "MỸ HÒA VIỆT NAM")
    cell = _MOTTO_WRAPPED.sub("\n\\1\n", cell) if "NGHĨA" in cell else cell
    rows = (" ".join(token for token in row.split() if _is_upper_token(token))
            for row in _MOTTO_PARTS.sub("\n", cell.replace(";", "\n")).split("\n"))
    # (a line without a letter is the rule a header draws under the body's name: "———", "-------", "- ——"; the mark
    # of urgency above the number is none of the name, "KHẨN")
    rows = (_URGENCY_AT_END.sub("", row) for row in rows)
    return "\n".join(row for row in rows if any(char.isalnum() for char in row))


_URGENCY_AT_END = re.compile(r"(?:^|\s+)" + URGENCY + r"$")


_MOTTO_WRAPPED = re.compile(r"[ \t]*CỘNG\s+HÒA\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+(?!VIỆT\s)([^\n]*?)\s+VIỆT\s+NAM[ \t]*$",
                            re.M)
# The cell's last line, a short name in brackets ("(BCĐ 389/QG)")
_SHORT_NAME_LINE = re.compile(r"\n[ ]*\([^()\n]{1,30}\)[ ]*$")
# A body and its province on one line, as a system records them ("ỦY BAN NHÂN DÂN PHƯỜNG X, TỈNH Y")
_PROVINCE_AFTER_COMMA = re.compile(r"^([^\n]+?)\s*,\s*((?:TỈNH|THÀNH PHỐ)\s+[^\n,]+)$")


# the heads of bodies' names of several words, in capitals ("CÔNG AN", "LIÊN ĐOÀN LAO ĐỘNG"; not "TỔ" of "TỔ QUỐC")
_HEADS_OF_WORDS = re.compile(r"(?:" + "|".join(re.escape(head.upper()) for head in HEAD_WORDS if " " in head)
                             + r")(?!\S)")


def _first_body(words: str) -> str:
    """The lines of a joint header's first body: up to the line that opens on another body's head ("ỦY BAN MTTQ VIỆT
    NAM" / "TỈNH X" / "BAN THƯỜNG TRỰC" over "CÔNG AN TỈNH X": an organ's line is its body's), past the body a parent's
    line puts first ("UBND TỈNH X" / "SỞ Y TẾ" over "CÔNG AN TỈNH X"). A header naming no second body so (its bodies
    side by side on its lines) keeps its first line."""
    lines = words.split("\n")
    heads = [k for k in range(1, len(lines)) if _opens_on_a_body(lines[k])]
    if heads and heads[0] == 1 and _PARENT_LINE.match(lines[0].strip()):
        heads = heads[1:]  # (the parent's line over its unit's: the unit is the first body)
    return "\n".join(lines[:heads[0]]) if heads else lines[0]


def _side_by_side(words: str) -> tuple[str, str] | None:
    """The cells of a joint header set side by side, their rows run together ("SỞ NỘI VỤ LIÊN ĐOÀN LAO ĐỘNG" / "TỈNH
    X TỈNH X"): the left body's lines and the right's. A row that says one place twice is the sign of two columns;
    the other rows part where a second body's head opens, and a row alone after the parted ones is the right cell's
    ("BAN THƯỜNG TRỰC" under the Front's name)."""
    lines = [line.strip() for line in words.split("\n") if line.strip()]
    if not any(_TWICE.fullmatch(line) for line in lines):
        return None
    left: list[str] = []
    right: list[str] = []
    for line in lines:
        twice = _TWICE.fullmatch(line)
        second = twice.end(1) if twice else min(
            (head.start() for head in itertools.chain(_BODY.finditer(line), _HEADS_OF_WORDS.finditer(line))
             if head.start() > 0 and line[head.start() - 1] == " "), default=None)
        before = line[:second].split() if second else []
        if before[1:] and before[-1] in _OPENING_HEADS:
            second = line.rindex(before[-1], 0, second)  # ("HỘI" before "LIÊN HIỆP PHỤ NỮ": one name)
        if second is not None:
            left.append(line[:second].strip())
            right.append(line[second:].strip())
        else:
            (right if right else left).append(line)
    return "\n".join(left), "\n".join(right)


_OPENING_HEADS = frozenset(head.upper() for head in HEADS_BEFORE_A_HEAD)
_TWICE = re.compile(r"(.+?) \1")  # "TỈNH BẮC NINH TỈNH BẮC NINH", "XÃ PHÙ CỪ XÃ PHÙ CỪ"


def _joint_cells(header: _Header) -> tuple[str, str] | None:
    """A joint header's first body's lines and the others': its cells side by side, or stacked under a number that
    names each body's code ("4125/KHPH-SYT-CAT"; one code is a joint body's own: "12/KHLN-BCĐ"). None for one body."""
    columns = _side_by_side(header.issuer_words)
    if columns is None and header.number and _JOINT_NUMBER.search(header.number) and header.number.count("-") >= 2:
        first = _first_body(header.issuer_words)
        columns = (first, header.issuer_words[len(first):].strip()) if first != header.issuer_words else None
    return columns


def joint_issuers(text: str) -> list[str]:
    """The bodies that issue a joint document together, the first named first. Empty for a document one body
    issues."""
    return _joint_names(_find_header(text), text)


def _joint_names(header: _Header, text: str) -> list[str]:
    """The bodies that issue a joint document: as its preamble names them, else as its header does."""
    cells = _joint_cells(header)
    names = [_issuer(words, header.place, text, party=True)[0] for words in cells] if cells else []
    names = names if names and all(names) else []
    parties = parties_agreeing(text)
    return (_completed_by_the_header(parties, names) if parties else []) or names


# A joint document's preamble names its parties as they issue it: "Sở Y tế tỉnh X và Công an tỉnh X (sau đây gọi chung
# là hai bên) thống nhất ban hành Kế hoạch liên tịch như sau:". Whatever the header's layout, the sentence names them
# in full, the first the issuer. (Not a document they agreed on before: one the sentence names by its number, "…
# thống nhất ban hành Quy chế phối hợp số 01/QCPH …", or says was agreed, "… đã thống nhất ban hành …")
_PARTIES_AGREE = re.compile(r"(?<!đã )\bthống nhất\s+(?:ban hành\s+|xây dựng\s+|ký kết\s+)?(?:"
                            + "|".join(name for name, _ in DOCUMENT_TYPES) + r")\b(?!(?:\s+[a-zà-ỹđ]+){0,3}\s+số\s+\d)")
_PARTIES_REACH = 6000  # the preamble, past a portal's furniture and the header
_DEFINITION = re.compile(r"\s*\([^()\n]*\)")  # "(sau đây gọi là Bệnh viện)"
_PARTY_JOINED = re.compile(r"(?:,| và)\s*$")
# what may follow a body's head in its name as a sentence writes it: its place ("tỉnh Gia Lai", "Nghệ An"); a name
# ending on its level is short of the place ("Công an tỉnh")
_LEVELS = "|".join(PROVINCE_LEVELS + tuple(sorted(LOCAL_LEVELS)))
PLACE_AFTER_A_NAME = re.compile(r"(?:\s+(?:" + _LEVELS + r"))?(?:\s+[" + UPPER_LETTERS + r"0-9][^\s,]*)*\s*")
_LEVEL_LAST = re.compile(r"\s(?:" + _LEVELS + r")$")


@lru_cache(maxsize=4)  # (read by the metadata and by the task reader, of one text)
def parties_agreeing(text: str) -> tuple[tuple[str, bool], ...]:
    """The bodies a joint document's preamble names as issuing it together, in its order, each by its name as the
    sentence writes it, its standing organ left out ("Ban Thường vụ Tỉnh đoàn X" is Tỉnh đoàn X), and whether that
    name is short of its place ("Công an tỉnh", "Sở Y tế"). Empty where no sentence names two."""
    agreed = _PARTIES_AGREE.search(text, 0, _PARTIES_REACH)
    if not agreed:
        return ()
    subject = _DEFINITION.sub("", text[text.rfind("\n", 0, agreed.start()) + 1:agreed.start()]).rstrip()
    parties: list[tuple[int, str, bool]] = []
    end = len(subject)
    for mention in reversed([mention for mention in find_agencies(subject) if not mention.collective]):
        words = subject[mention.start:end]
        if parties:
            joined = _PARTY_JOINED.search(words)
            if not joined:
                break
            words = words[:joined.start()]
        words = words.strip()
        if not words.startswith(mention.name) or not PLACE_AFTER_A_NAME.fullmatch(words, len(mention.name)):
            break
        # (the grammar names a department without its province: "Sở Y tế" alone is short of it)
        short = bool(_LEVEL_LAST.search(words)) or words == mention.name and words.startswith("Sở ")
        parties.insert(0, (mention.start, without_its_organ(words), short))
        end = mention.start
    # the parties open the sentence or its clause ("Thực hiện … của Ủy ban nhân dân tỉnh, Sở X và Y thống nhất …")
    while parties and subject[:parties[0][0]].strip() and not subject[:parties[0][0]].rstrip().endswith(","):
        parties.pop(0)
    return tuple((name, short) for _, name, short in parties) if len(parties) > 1 else ()


def _completed_by_the_header(parties: tuple[tuple[str, bool], ...], header_names: list[str]) -> list[str]:
    """The parties by their full names: one the sentence names short ("Sở Y tế", "Công an tỉnh") by the header's name
    that begins with it. Empty where one stays short, the header naming none so."""
    named = []
    for party, short in parties:
        full = next((name for name in header_names if name.startswith(party + " ")), None)
        if short and full is None:
            return []
        named.append(full or party)
    return named


def header_numbers(text: str) -> list[str]:
    """The numbers the header gives: a joint document's body each gives its own ("Số: 245/KH-SNV  Số: 88/KH-LĐLĐ"),
    all of them the document's, none a document it cites."""
    header = _find_header(text)
    return [normalise_number(number.group(1)).rstrip(".")
            for number in [*_stacked_numbers(text, header), *_NUMBER.finditer(text, header.start, header.end)]]


# A joint header stacking each body's cells over its own number ("CÔNG AN PHƯỜNG X" / "Số: 11/CTrPH-CAP" / "ỦY BAN NHÂN
# DÂN" / "PHƯỜNG X" / "Số: 21/CTrPH-UBND" / … / "CỘNG HÒA …"): the numbers above the header's last cell, each under a
# line in capitals.
_STACKED_NUMBER = re.compile(r"(?m)^[ \t]*[" + UPPER_LETTERS + r"][" + UPPER_LETTERS + r" ,.-]+\n[ \t]*Số\s*:\s*"
                             r"(\d{1,5}\s*/\s*[^\s|,;*]+)")
_STACK_REACH = 400  # characters above the header's last cell


def _stacked_numbers(text: str, header: _Header) -> list[re.Match]:
    """The numbers a joint header stacks over its last cell, in their order (`_STACKED_NUMBER`)."""
    return list(_STACKED_NUMBER.finditer(text, max(0, header.start - _STACK_REACH), header.start))


def _opens_on_a_body(line: str) -> bool:
    """A header's line that opens on a body's head (not its organ's: "BAN THƯỜNG TRỰC")."""
    line = line.strip()
    return bool(_BODY.match(line) or _HEADS_OF_WORDS.match(line)) and not _ORGAN_LINE.search("\n" + line)


_PARENT_LINE = re.compile(r"(?:UBND|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN)\s+(?:TỈNH|THÀNH PHỐ|TP\.?)\s|BỘ\s")


# The Youth Union's committee of a province or city under the Union's name ("ĐOÀN TNCS HỒ CHÍ MINH" / "BCH TỈNH X"): the
# province's Union, its Tỉnh đoàn (a city's Thành đoàn).
_UNION_COMMITTEE = re.compile(r"ĐOÀN\s+(?:TNCS|THANH NIÊN CỘNG SẢN)\s+HỒ CHÍ MINH\s+(?:BCH|BAN CHẤP HÀNH)"
                              r"(?:\s+ĐOÀN)?\s+(?P<level>TỈNH|THÀNH PHỐ)\s+(?P<place>[^\n]+)")
_UNION_OF_LEVEL = {"TỈNH": "TỈNH ĐOÀN", "THÀNH PHỐ": "THÀNH ĐOÀN"}


def _issuer(words: str, place: str | None, text: str, party: bool = False) -> tuple[str | None, str | None]:
    """The body a header's cell names, and its province. A party to a joint document keeps its board ("BAN THƯỜNG
    TRỰC" under its body): the parties share work by the names they sign with."""
    if union := _UNION_COMMITTEE.search(words):
        words = f"{_UNION_OF_LEVEL[union['level']]} {union['place']}"
    if one_line := _PROVINCE_AFTER_COMMA.match(words.strip()):
        words = f"{one_line[2]}\n{one_line[1]}"  # read as a header writes them: the province's line, then the body's
    words = _SHORT_FORMS.sub(lambda short: NAME_ABBREVIATIONS[short.group(0)].upper(),
                             _CENTRAL_ORGANISATION.sub("", words))
    if (board := _GOVERNING_ORGAN.search(words)) and words[:board.start()].strip():
        # "TỔNG CÔNG TY X / HỘI ĐỒNG THÀNH VIÊN", "HỘI X / ỦY BAN HỘI": the body resolves through its governing organ
        words = words[:board.start()]
    if not party and (organ := _ORGAN_LINE.search(words)) and words[:organ.start()].strip() \
            and _ORGANS_OF_A_BODY[_group_index(organ)] in BOARDS_OF_A_BODY:
        # "ỦY BAN MTTQ VIỆT NAM TỈNH X / BAN THƯỜNG TRỰC": the board issues in its body's name, as a Chủ tịch issues
        # in his committee's (a council's "THƯỜNG TRỰC" and an office are bodies of their own)
        words = words[:organ.start()]
    words = _SHORT_NAME_LINE.sub("", words)  # "BAN CHỈ ĐẠO QUỐC GIA … / (BCĐ 389/QG)": the short name, no more of it
    issuer, province = _issuer_named(words, place, text)
    lines = [line.strip() for line in words.split("\n") if line.strip()]
    if len(lines) >= 2 and (issuer is None or fold(lines[-1]) not in fold(issuer)) \
            and (wrapped := _as_the_text_writes(" ".join(lines), text)
                 or _as_the_text_writes(f"{lines[-2]} {lines[-1]}", text)):
        # "CÔNG TY TNHH MỘT THÀNH VIÊN / MÔI TRƯỜNG ĐÔ THỊ HÀ NỘI", "BAN CHỈ ĐẠO QUỐC GIA / CHỐNG BUÔN LẬU, GIAN LẬN
        # THƯƠNG / MẠI VÀ HÀNG GIẢ": one name the text writes
        issuer = wrapped
    elif len(lines) >= 2 and (issuer is None or fold(lines[-2]) not in fold(issuer)) \
            and (nested := _parent_inside_the_name(lines[-2], lines[-1], text)):
        issuer = nested
    if issuer and province and _LEVEL_AT_END.search(issuer):
        issuer = f"{issuer} {province}"  # "BAN ĐẠI DIỆN HỘI … TỈNH" under "… TỈNH X": the body of that province
    return issuer, province


def _level_and_name(local_unit: re.Match) -> tuple[str, str]:
    """A header's local unit ("XÃ PHÚ XUÂN") as its level and its name ("xã", "Phú Xuân")."""
    return _LOCAL_UNITS[_group_index(local_unit)][1], _proper_name(local_unit.group(local_unit.lastindex), None)


def _issuer_named(words: str, place: str | None, text: str) -> tuple[str | None, str | None]:
    """(issuer, province) from the issuer cell: the lowest body named in it ("UBND TỈNH X / SỞ Y
    TẾ" is issued by the Sở), the province from the cell's "TỈNH X" / "THÀNH PHỐ X" or else from
    the place line; a central body has none, its office in a province that province (`_provincial_office`).
    An organ on the cell's last line acts for the body above it ("HỘI ĐỒNG NHÂN DÂN / TỈNH X / THƯỜNG TRỰC")."""
    words = _spelt_out(words, text)
    if (organisation := _ORGANISATION_OVER_COMMITTEE.search(words)) is not None:
        # "ĐẢNG BỘ ĐẠI HỌC QUỐC GIA HÀ NỘI" / "ĐẢNG ỦY": the committee of the body the organisation is the Party's in
        body, province = _issuer_named(organisation["body"], place, text)
        if body:
            return f"Đảng ủy {body}", province
    party_organ = _PARTY_ORGAN.search(words) or _ORGAN_UNDER_ITS_COMMITTEE.search(words.strip())
    if party_organ:  # "ỦY BAN KIỂM TRA TỈNH ỦY" under "ĐẢNG BỘ TỈNH X": the committee's organ, for the committee of X
        under = party_organ.re is _ORGAN_UNDER_ITS_COMMITTEE
        committee, province = _issuer_named(words.strip()[:party_organ.start("organ")], place, text) if under \
            else _body_issuer(words, place, text)
        named = _field_case(party_organ.group("name") or "")
        organ_name = f"{party_organ.group('head').capitalize()} {named[:1].upper()}{named[1:]}".strip()
        return (f"{organ_name} {committee}" if committee else None), province
    committee_of = _PARTY_COMMITTEE_OF.search(words)
    if committee_of and _BODY.match(words, committee_of.end()) and "\n" not in words[committee_of.end():].strip():
        # "ĐẢNG BỘ TỈNH X" / "ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH": the Party committee of the body the line names
        body, province = _body_issuer(words[:committee_of.start()] + words[committee_of.end():], place, text)
        return (f"Đảng ủy {body}" if body else None), province
    office = _OFFICE_BEFORE_ITS_BODY.match(words)
    if office and (parent := _body_issuer(words[office.end():], place, text))[0] \
            and parent[0].startswith(_BODIES_WITH_AN_OFFICE):
        # "VĂN PHÒNG ỦY BAN NHÂN DÂN" / "TỈNH X": the office of the body its name goes on with (not a unit under the
        # office, "VĂN PHÒNG UBND TỈNH X" / "TRUNG TÂM …", the lowest body named)
        return f"Văn phòng {parent[0]}", parent[1]
    organ = _ORGAN_LINE.search(words)
    if organ is None:
        return _body_issuer(words, place, text)
    issuer, province = _body_issuer(words[:organ.start()], place, text)
    return (f"{_ORGANS_OF_A_BODY[_group_index(organ)]} {issuer}" if issuer else None), province


def _body_issuer(words: str, place: str | None, text: str) -> tuple[str | None, str | None]:
    bodies = list(_BODY.finditer(words))
    locality = _LOCALITY.search(words)
    province = level = unit = None
    if locality:
        level = _LOCALITIES[_group_index(locality)][1]
        line_end = words.find("\n", locality.end())
        line_end = len(words) if line_end < 0 else line_end
        following = _BODY.search(words, locality.end(), line_end)
        named = _LEVELLED_COMMITTEE.sub("", words[locality.end():following.start() if following else line_end])
        province, unit = _place_then_unit(named, place, text)
        province = province or _proper_name(named, place)
        unit = unit or _unit_below(words[line_end:], province, place, text)
    if not bodies:
        return _body_no_list_knows(words, text, locality, province)
    last = bodies[-1]
    body = _BODIES[_group_index(last)]
    if not body.local:
        office = _provincial_office(words, last.end(), locality, level, province)
        if office:
            return office, province
        if not body.named:
            if region := _NUMBERED_REGION.match(words, last.end()):
                # "KIỂM TOÁN NHÀ NƯỚC KHU VỰC XI": the central body's regional office, where its place line is
                return f"{body.name} khu vực {region.group(1)}", province or place
            # "VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO / VIỆN KIỂM SÁT NHÂN DÂN THÀNH PHỐ X": the unit under the central body issues
            below = _unit_named_below(words, last.end(), text)
            if below:
                return below, province
            if locality and locality.start() > last.end():
                # "TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM / LIÊN ĐOÀN LAO ĐỘNG TỈNH X": the national body's own in a province
                rest = words[last.end():]
                return _body_no_list_knows(rest, text, _LOCALITY.search(rest), province)
            return body.name, None
        if not locality and (below := _unit_named_below(words, last.end(), text)):
            # "BỘ GIÁO DỤC VÀ ĐÀO TẠO / TRƯỜNG ĐẠI HỌC X": the unit under the ministry issues, where it stands; one of
            # the whole nation ("BỘ TÀI CHÍNH / BẢO HIỂM XÃ HỘI VIỆT NAM") has no province
            return below, None if _CENTRAL_ISSUER.search(below) else place
        name_end = locality.start() if locality and locality.start() > last.start() else len(words)
        name = _as_the_text_writes(words[last.start():name_end], text) \
            or _head_then_written(words[last.start():name_end], text) \
            or _organ_and_its_body(words[last.start():name_end]) \
            or f"{body.name} {_fields_then_places(fields := words[last.end():name_end]) or _field_case(fields)}".strip()
        above = {_BODIES[_group_index(b)].name for b in bodies[:-1]}
        if body.name == "Ủy ban" and "Quốc hội" in above:
            name += " của Quốc hội"  # "QUỐC HỘI KHÓA XVI / ỦY BAN VĂN HÓA VÀ XÃ HỘI": a committee of the Assembly
        elif body.name == "Ban" and "Ban Chấp hành Trung ương" in above and not name.endswith("Trung ương"):
            name += " Trung ương"  # "BAN CHẤP HÀNH TRUNG ƯƠNG / BAN TUYÊN GIÁO VÀ DÂN VẬN": a commission of the Party's
        elif body.name == "Ban" and province and (committee := _party_committee(above, level)) \
                and not name.startswith(_MISSION_BANS):
            # "TỈNH ỦY X / BAN DÂN VẬN", "ĐẢNG BỘ TỈNH X / BAN TUYÊN GIÁO": a commission of the province's Party
            # committee, named after it (a steering committee it set up is the province's: "Ban Chỉ đạo … tỉnh X")
            return f"{name} {committee} {province}", province
        if locality and level and province:
            # "UBND TỈNH X / BAN CHỈ ĐẠO …", "BỘ CHỈ HUY QUÂN SỰ TỈNH X": the province's Ban, its command
            return _in_place(name, level, province, text), province
        commune = next((unit for b in bodies[:-1] if _BODIES[_group_index(b)].local
                        and (unit := _LOCAL_UNIT.match(words, b.end()))), None)
        if commune and not _LOCAL_UNIT.search(name.upper()):
            # "UBND XÃ X / BAN CHỈ HUY PHÒNG THỦ DÂN SỰ": the commune's board, named with it, in the province the text
            # names most
            level, own_name = _level_and_name(commune)
            # ("BAN CHỈ HUY QUÂN SỰ XÃ" under "UBND XÃ X": its level said already, its place follows)
            named = name if name.lower().endswith(f" {level}") else f"{name} {level}"
            return f"{named} {own_name}", _most_named_province(text, cities=True)
        return name, None
    province = province or place
    if body.named and (below := _unit_named_below(words, last.end(), text, province)):
        # "SỞ Y TẾ X / BỆNH VIỆN ĐA KHOA TỈNH", "SỞ Y TẾ TỈNH X / TRUNG TÂM KIỂM SOÁT BỆNH TẬT": the unit under the
        # department issues, in the department's province, as its branch does ("… / CHI CỤC KIỂM LÂM", below); the
        # province the department's line names, though the place line is the unit's district ("SỞ GIÁO DỤC VÀ ĐÀO TẠO X
        # / TRƯỜNG THPT Y", "Y, ngày …")
        province = (not locality and _province_after_field(words, last.end(), place, text)) or province
        if province and _LEVEL_AT_END.search(below):
            return f"{below} {province}", province
        if province and (_squeezed(province) in _squeezed(words) or _written_in_place(below, province, text)):
            # (the header's lines name the province, or the text writes the unit with it: "GIÁM ĐỐC TRUNG TÂM X TỈNH Y")
            return _in_place(below, _level_named_with(text, province), province, text), province
        return below, province
    if body.named:
        rest_end = locality.start() if locality and locality.start() > last.end() else len(words)
        name = _official(f"{body.name} {_field_case(words[last.end():rest_end])}".strip())
        if locality and level and province:
            # "UBND TỈNH X / SỞ TÀI CHÍNH", "SỞ CÔNG THƯƠNG / THÀNH PHỐ X": the department of that province
            name += f" {level} {province}"
        elif not locality and province and _squeezed(province) in _squeezed(words[:last.start()]):
            # "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG X / CHI CỤC KIỂM LÂM": the branch of the department of that province
            name += f" {_level_named_with(text, province)} {province}"
        return name, province
    local_unit = _LOCAL_UNIT.match(words, last.end())
    if local_unit:  # the lowest body is a ward's, a commune's or a district's: it issues
        level, own_name = _level_and_name(local_unit)
        if locality is None:  # the header names the district or commune alone, and its place line the same place
            province = _most_named_province(text, cities=True) or (province if province != own_name else None)
        if village := _VILLAGE_BELOW.search(words, local_unit.end()):
            # "UBND XÃ X / THÔN Y": the commune's village, its meeting's notice
            return f"{village[1].capitalize()} {_proper_name(village[2], None)}", province
        if below := _unit_named_below(words, local_unit.end(), text):
            # "ỦY BAN NHÂN DÂN PHƯỜNG X / TRƯỜNG THCS Y": the commune's school issues; "UBND XÃ X / TRẠM Y TẾ": its
            # station, named with the commune where the text so names it
            in_place = f"{below} {level} {own_name}"
            return (in_place if in_place.casefold() in text.casefold() else below), province
        return f"{body.name} {level} {own_name}", province
    if not province:
        return None, None
    name = f"{body.name} {province}" if body.levelled else \
        f"{body.name} {level or _level_named_with(text, province)} {province}"
    if unit and last.start() <= locality.start():
        # "UBND TỈNH X / TRUNG TÂM …", "TỈNH ỦY X / TRƯỜNG CHÍNH TRỊ": the unit of that province, as a Sở
        # (a unit that names its place already, "Trường Đại học X", is named in full)
        return (_in_place(unit, level, province, text) if level else unit) + _legal_form(words), province
    return name, province


_VILLAGE_BELOW = re.compile(r"\n[ ]*(" + "|".join(kind.upper() for kind in VILLAGE_KINDS) + r")[ ]+([^\n]+?)[ ]*$")
_PARTY_COMMITTEES = frozenset({"Tỉnh ủy", "Thành ủy"})  # (the levelled ones a commission is named after)
_COMMITTEE_OF_LEVEL = {"tỉnh": "Tỉnh ủy", "thành phố": "Thành ủy"}  # (a province's Party organisation, its committee)


def _party_committee(above: set[str], level: str | None) -> str | None:
    """The Party committee a commission under these bodies is named after: the one named, or the committee of the
    province's Party organisation ("ĐẢNG BỘ TỈNH X" is led by the Tỉnh ủy)."""
    named = next(iter(above & _PARTY_COMMITTEES), None)
    return named or (_COMMITTEE_OF_LEVEL.get(level or "") if "Đảng bộ" in above else None)
_MISSION_BANS = ("Ban Chỉ đạo", "Ban Chỉ huy", "Ban Quản lý")
_NUMBERED_REGION = re.compile(r"\s+KHU\s+VỰC\s+([IVXLC]+|\d+)(?![\w])")


_PLACE_WORDS = re.compile(r"[^\W\d_]+(?: [^\W\d_]+){0,3}")  # a province's name: words, no marks
_FIELD_AT = re.compile(r"\s*(?:" + "|".join(pattern for _, pattern in FIELDS) + r")\s+", re.I)


def _province_after_field(words: str, body_end: int, place: str | None, text: str) -> str | None:
    """The place a department's line names after its field ("SỞ Y TẾ PHÚ THỌ" → Phú Thọ), as the text names it again
    below the line."""
    field = _FIELD_AT.match(words, body_end)
    line_end = words.find("\n", body_end)
    rest = words[field.end():line_end if line_end >= 0 else len(words)].strip() if field else ""
    name = _proper_name(rest, place) if _PLACE_WORDS.fullmatch(rest) and rest.isupper() else None
    return name if name and fold(name) in fold(text[text.find("\n", text.find(rest)) + 1:]) else None


def _in_place(name: str, level: str, province: str, text: str = "") -> str:
    """A body's name with its province, the level written once: "Thanh tra tỉnh" + Nghệ An is "Thanh tra tỉnh Nghệ
    An", "Trường Đại học Hà Tĩnh" and "Trường Đại học Hồng Đức" stay; a body the `text` names with its place and no
    level ("Đài Phát thanh và Truyền hình Thái Bình"), and never with one, so."""
    words = name.split()
    if name.endswith(province) or any(all(map(_is_name_word, pair)) and " ".join(pair) not in _PROPER_WORDS
                                      and pair[0] not in _ONE_WORD_HEADS for pair in zip(words[2:], words[3:])):
        # (a name that holds a proper name of its own: "Trường Đại học Hồng Đức", "Ban Quản lý Khu kinh tế Nghi Sơn và
        # các khu công nghiệp"; not the nation's, "Hội Liên hiệp Thanh niên Việt Nam" of a province, nor a head inside
        # the name before its field, "Ban Đại diện Hội Người cao tuổi")
        return name
    if _LEVEL_AT_END.search(name):
        return f"{name} {province}"
    levelled, unlevelled = f"{name} {level} {province}", f"{name} {province}"
    return unlevelled if unlevelled in text and levelled not in text else levelled


# "TỈNH ỦY X", "TỈNH ĐOÀN X": the Party's or the youth union's committee, written with its level before the place.
_LEVELLED_COMMITTEE = re.compile(r"^\s*(?:ỦY|ĐOÀN)\s+")
# Organs of the body named above them, which they act for ("THƯỜNG TRỰC" of a council).
_ORGANS_OF_A_BODY = (*ORGANS_ACTING_FOR_A_BODY, "Văn phòng",
                     "Hội đồng trường")  # a university's council: "TRƯỜNG ĐẠI HỌC X / HỘI ĐỒNG TRƯỜNG"
# (the organ may repeat the head of the body above it: "BỘ Y TẾ" / "VĂN PHÒNG BỘ", "SỞ X" / "VĂN PHÒNG SỞ")
_ORGAN_LINE = re.compile(r"\n[ ]*(?:" + "|".join(f"(?P<o{i}>{_spaced(organ.upper())})"
                                                 for i, organ in enumerate(_ORGANS_OF_A_BODY))
                         + r")(?:[ ]+(?:BỘ|SỞ|CỤC|HỘI|BAN))?[ ]*$")
_BODIES_WITH_AN_OFFICE = ("Ủy ban nhân dân", "Hội đồng nhân dân", "Đoàn đại biểu Quốc hội")
_OFFICE_BEFORE_ITS_BODY = re.compile(r"\s*" + _spaced("VĂN PHÒNG") + r"\s+(?=" + _spaced("ỦY BAN NHÂN DÂN") + r"|"
                                     + _spaced("HỘI ĐỒNG NHÂN DÂN") + r"|ĐOÀN ĐẠI BIỂU QUỐC HỘI)")
_LEVEL_AT_END = re.compile(r"\s(?:tỉnh|thành phố)$")
_GOVERNING_ORGAN = re.compile(r"\n[ ]*(?:HỘI ĐỒNG (?:THÀNH VIÊN|QUẢN TRỊ)|ỦY BAN HỘI|BAN (?:CHẤP HÀNH|THƯỜNG VỤ)"
                              r"|ĐOÀN CHỦ TỊCH)[ ]*$")  # (a union's presidium: "TRUNG ƯƠNG HỘI X" / "ĐOÀN CHỦ TỊCH")
# The nation's organisation at its top ("TRUNG ƯƠNG HỘI LHPN VIỆT NAM"), its short forms written out: the organisation.
_CENTRAL_ORGANISATION = re.compile(r"^\s*TRUNG ƯƠNG\s+(?=(?:HỘI|ĐOÀN|TỔNG LIÊN ĐOÀN|MẶT TRẬN)\s)")
_SHORT_FORMS = re.compile(r"\b(?:" + "|".join(NAME_ABBREVIATIONS) + r")\b")
# An organ of a Party committee named before it on its line, the province on the line above ("ĐẢNG BỘ TỈNH X" /
# "ỦY BAN KIỂM TRA TỈNH ỦY", "BAN TUYÊN GIÁO VÀ DÂN VẬN THÀNH ỦY").
_ORGAN = r"(?P<head>ỦY BAN|BAN|VĂN PHÒNG)(?:[ ]+(?P<name>[A-ZÀ-ỸĐ][A-ZÀ-ỸĐ ]*?))?"
_PARTY_ORGAN = re.compile(r"^[ ]*" + _ORGAN + r"[ ]+(?:TỈNH|THÀNH)[ ]+ỦY[ ]*$", re.M)
# …or on the cell's last line, under the committee's own line ("THÀNH ỦY X" / "BAN TUYÊN GIÁO VÀ DÂN VẬN", "ĐẢNG ỦY XÃ
# X" / "VĂN PHÒNG"): the organ of that committee.
# (a Party organ's head: not a state body's, a front's or a board's under a committee's line, "ỦY BAN NHÂN DÂN XÃ X")
_PARTY_ORGAN_HEADS = ("ỦY BAN KIỂM TRA", "VĂN PHÒNG", "BAN TỔ CHỨC", "BAN TUYÊN GIÁO", "BAN DÂN VẬN", "BAN NỘI CHÍNH",
                      "BAN KINH TẾ", "BAN XÂY DỰNG ĐẢNG", "BAN CHÍNH SÁCH", "BAN ĐỐI NGOẠI")
_ORGAN_UNDER_ITS_COMMITTEE = re.compile(r"^[ ]*(?:TỈNH|THÀNH|ĐẢNG)[ ]+ỦY[ ]+[^\n]+\n[ ]*(?P<organ>(?=" + "|".join(
    _PARTY_ORGAN_HEADS) + r")" + _ORGAN + r")[ ]*$")

# The Party organisation of a body over its committee alone on the cell's last line ("ĐẢNG BỘ X" / "ĐẢNG ỦY").
_ORGANISATION_OVER_COMMITTEE = re.compile(r"(?:^|\n)[ ]*ĐẢNG BỘ[ ]+(?P<body>[^\n]+?)[ ]*\n[ ]*ĐẢNG ỦY[ ]*$")

# The Party committee of a body, named before the body on the cell's last line ("ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH"); a
# commune's ("ĐẢNG ỦY XÃ X") names no body after it, and a line below it names a unit of its own.
_PARTY_COMMITTEE_OF = re.compile(r"^[ ]*ĐẢNG ỦY[ ]+", re.M)

# An abbreviation in the issuer cell ("BỘ CHQS", "ỦY BAN MTTQ"): capitals that spell no syllable of the language.
_ABBREVIATION = re.compile(r"(?<!\S)[A-ZĐ]{2,6}(?!\S)")
_SYLLABLE = re.compile(r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?[aeiouy]+(?:ch|ng|nh|[cmnpt])?")


def _spelt_out(words: str, text: str) -> str:
    """The cell with its abbreviations spelt out as the text spells them after the same word ("BỘ CHQS" is "BỘ CHỈ HUY
    QUÂN SỰ" where the text writes "Bộ Chỉ huy Quân sự"); one the text never spells out stays."""
    for abbreviation in reversed(list(_ABBREVIATION.finditer(words))):
        letters = abbreviation.group(0)
        before = words[words.rfind("\n", 0, abbreviation.start()) + 1:abbreviation.start()].split()[-1:]  # on its line
        if not before or _SYLLABLE.fullmatch(_bare(letters)) or _BODY.fullmatch(letters):
            continue
        spelt = re.search(r"(?<!\w)" + re.escape(before[0]) + r"\s+("
                          + r"\s+".join(re.escape(letter) + r"[^\W\d_]*" for letter in letters) + r")(?!\w)", text, re.I)
        if spelt:
            words = words[:abbreviation.start()] + " ".join(spelt.group(1).split()).upper() + words[abbreviation.end():]
    return words


def _bare(word: str) -> str:
    """The word in lower case without its tone and vowel marks ("CHỈ" -> "chi"); "đ" stays."""
    return "".join(char for char in unicodedata.normalize("NFD", word.lower()) if not unicodedata.combining(char))


def _unit_named_below(words: str, body_end: int, text: str, place: str | None = None) -> str | None:
    """The unit on the line under a department's ("BỆNH VIỆN ĐA KHOA TỈNH" under "SỞ Y TẾ X"), as the text writes it,
    when that line names a body of its own; not the second line of the department's own name. Where the text never
    writes it, a unit named after the department's `place` ("BỆNH VIỆN MẮT HÀ NỘI") is its head, its field, the
    place."""
    line_start = words.find("\n", body_end)
    if line_start < 0:
        return _unit_after_on_its_line(words[body_end:], text)
    lines = [line.strip() for line in words[line_start:].strip().split("\n")]
    for k in range(len(lines) - 1, -1, -1):  # the lowest unit ("BỘ X / CỤC Y / CHI CỤC Z")
        line = lines[k]
        # (where the text never writes it, a unit its head opens: "TRƯỜNG ĐẠI HỌC …" under "BỘ GIÁO DỤC VÀ ĐÀO TẠO")
        name = (_as_the_text_writes(line, text) or _head_then_written(line, text) or _headed_in_place(line, place)
                or (None if _LOCALITY.search(line) else _headed_name([line]))) \
            if len(line.split()) >= 2 and not _BODY.search(line) else None
        if name is not None and _names_a_body(name):
            # its name may go on over the lines under it ("TRUNG TÂM QUAN TRẮC" / "TÀI NGUYÊN VÀ MÔI TRƯỜNG"), whole
            # where the text writes it so
            return next((whole for j in range(len(lines), k + 1, -1)
                         if (whole := _as_the_text_writes(" ".join(lines[k:j]), text))), name)
    return None


def _written_in_place(name: str, province: str, text: str) -> bool:
    """Does the text write the unit's name with the province after it, in any case ("Trung tâm X tỉnh Y")?"""
    return re.search(r"\s+".join(map(re.escape, name.split())) + r"\s+(?:tỉnh|thành phố)\s+"
                     + r"\s+".join(map(re.escape, province.split())) + r"(?!\w)", text, re.I) is not None


def _headed_in_place(upper_words: str, place: str | None) -> str | None:
    """ "BỆNH VIỆN MẮT HÀ NỘI" with "Hà Nội" its department's place: "Bệnh viện Mắt Hà Nội"."""
    words = " ".join(upper_words.split())
    if not place or not words.endswith(" " + place.upper()):
        return None
    named = _headed_name([words[:-len(place)].strip()])
    return f"{named} {place}" if named and len(named.split()) > 2 else None


def _head_then_written(upper_words: str, text: str) -> str | None:
    """ "BAN QUẢN LÝ KHU BẢO TỒN … VÂN LONG" where the text writes only what the unit manages ("Khu bảo tồn … Vân
    Long", in its title): the head, then those words as the text writes them."""
    words = " ".join(upper_words.split())
    head = next(((upper, head) for upper, head in _UPPER_HEADS if words.startswith(upper + " ")), None)
    rest = _as_the_text_writes(words[len(head[0]):], text) if head else None
    return f"{head[1]} {rest}" if rest else None


def _unit_after_on_its_line(rest: str, text: str) -> str | None:
    """ "BỘ Y TẾ BỆNH VIỆN X", the cell's two lines run together: the longest end of the line after the department's
    head that the text writes as a body's name ("Bệnh viện X"), if any."""
    words = rest.split()
    for first in range(1, len(words) - 1):
        name = _as_the_text_writes(" ".join(words[first:]), text)
        if name is not None and not _BODY.search(" ".join(words[first:])) and _names_a_body(name):
            return name
    return None


def _parent_inside_the_name(parent: str, unit: str, text: str) -> str | None:
    """The unit's name with its parent's inside, after the unit's head, as the text writes it ("GIÁO HỘI PHẬT GIÁO VIỆT
    NAM" / "BAN TRỊ SỰ THÀNH PHỐ HUẾ" is "Ban Trị sự Giáo hội Phật giáo Việt Nam thành phố Huế" where the text so names
    it); else None."""
    words = unit.split()
    return next((name for k in range(1, len(words))
                 if (name := _as_the_text_writes(" ".join([*words[:k], parent, *words[k:]]), text))), None)


def _as_the_text_writes(upper_words: str, text: str) -> str | None:
    """A name the header writes in capitals, in the case the document's own text gives it ("BAN CHỈ ĐẠO PHÒNG, CHỐNG
    TỘI PHẠM" -> "Ban Chỉ đạo phòng, chống tội phạm"), where the text writes it so; else None."""
    words = upper_words.split()
    if len(words) < 2:
        return None
    pattern = re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, words)) + r"(?!\w)", re.I)
    for found in pattern.finditer(text):
        if found.group(0) != found.group(0).upper():
            name = " ".join(found.group(0).split())
            return name[:1].upper() + name[1:]  # (written inside a sentence: "thuộc cục Quản lý thị trường …")
    return None


def _body_no_list_knows(words: str, text: str, locality: re.Match | None,
                        province: str | None) -> tuple[str | None, str | None]:
    """The issuer on the cell's last line when the cell names no body of the vocabulary ("TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT
    NAM / LIÊN ĐOÀN LAO ĐỘNG TỈNH X", a school, a company): that line, as the text writes it, when it does; the province
    when the line names one."""
    lines = [line for line in words.split("\n") if len(line.split()) >= 2]
    if not lines:
        return None, None
    line_start = words.rfind(lines[-1])
    in_last_line = locality is not None and locality.start() >= line_start
    if in_last_line and len(lines) >= 2 and not words[line_start:locality.start()].strip() \
            or len(lines) >= 2 and _opens_with_a_head(lines[-2]) and not _opens_with_a_head(lines[-1]):
        # "TÒA ÁN NHÂN DÂN / THÀNH PHỐ X": the last line holds only the place of the body named above it; "TỔNG CÔNG TY
        # / LÂM NGHIỆP VIỆT NAM - CTCP", "TỔNG CÔNG TY CÔNG NGHIỆP / XI MĂNG VIỆT NAM": the rest of the name its head
        # opens
        line_start = words.rfind(lines[-2], 0, line_start)
    if (branch := _BRANCH_OF.match(" ".join(" ".join(lines).split()))) \
            and (parent := _written_end(branch.group(1), text) or _headed_name([branch.group(1)])):
        # "NGÂN HÀNG … VIỆT NAM / CHI NHÁNH TỈNH X": the national body's branch in that province, named after it
        return f"{parent} - Chi nhánh {_branch_place(branch.group(2), province)}", province
    name = _written_end(words[line_start:].replace("\n", " "), text)
    if name is None and in_last_line and province:
        # "HỘI NÔNG DÂN TỈNH X" where the text says "Hội Nông dân tỉnh" or "Hội Nông dân": its name, in its province
        # (or, where the text never writes it, the name its head opens, in the case such names take)
        own_name = _written_end(words[line_start:locality.start()], text) \
            or _headed_name([" ".join(words[line_start:locality.start()].split())])
        name = own_name and _in_place(own_name, _LOCALITIES[_group_index(locality)][1], province, text)
    if name is None:
        # (or its two last lines, the name wrapped after its head: "CÔNG TY CỔ PHẦN VẬN TẢI" / "VÀ DỊCH VỤ X")
        name = _headed_name(lines) or (_headed_name([f"{lines[-2]} {lines[-1]}"]) if len(lines) >= 2 else None)
    if name is None:
        return None, None
    # (a national body named after its city, "Đại học Quốc gia Thành phố Hồ Chí Minh", is in no province; a unit under
    # its provincial parent's line, "BẢO HIỂM XÃ HỘI TỈNH X" / "BẢO HIỂM XÃ HỘI CƠ SỞ Y", is in the parent's)
    return name, province if locality is not None and not _CENTRAL_ISSUER.search(name) else None


_BRANCH_OF = re.compile(r"(\S.*?)\s+-?\s*CHI NHÁNH\s+(\S.*)$")  # (the body, then its branch's place)


def _branch_place(words: str, province: str | None) -> str:
    """Where a branch is, as the header writes it in capitals: "TỈNH SƠN LA" → "tỉnh Sơn La", "KHU VỰC 11" → "Khu vực
    11"."""
    locality = _LOCALITY.match(words)
    if locality:
        level = _LOCALITIES[_group_index(locality)][1]
        return f"{level} {_proper_name(words[locality.end():], province)}"
    return _field_case(words)


# The heads of bodies no list of issuers holds (a company, a school, a hospital, a park), as a header writes them.
_UPPER_HEADS = tuple(sorted(((head.upper(), head) for head in HEADS if len(head.split()) <= 3), key=lambda h: -len(h[0])))


def _opens_with_a_head(line: str) -> bool:
    line = " ".join(line.split())
    return any(line == upper or line.startswith(upper + " ") for upper, _ in _UPPER_HEADS)


_NATIONWIDE_IN_CAPITALS = {name.upper(): name for name in NATIONWIDE.values()}


def _headed_name(lines: list[str]) -> str | None:
    """ "TỔNG CÔNG TY CẢNG HÀNG KHÔNG VIỆT NAM - CTCP" where the text never writes its name otherwise: the name the cell's
    last line gives from the head of a body on, its fields capitalised ("Tổng công ty Cảng hàng không Việt Nam - CTCP")."""
    line = " ".join(lines[-1].split()) if lines else ""
    if line in _NATIONWIDE_IN_CAPITALS:
        return _NATIONWIDE_IN_CAPITALS[line]  # ("HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM": the nation's organisation, as named)
    # (a head that names a body alone too: "BẢO HIỂM XÃ HỘI" over its place)
    head = next(((upper, head) for upper, head in _UPPER_HEADS if line == upper or line.startswith(upper + " ")), None)
    if head is None:
        return None
    rest = _fields_then_places(line[len(head[0]):])
    return f"{head[1]} {rest}".strip() if rest is not None else None


def _organ_and_its_body(upper_words: str) -> str | None:
    """ "BAN CHẤP HÀNH HỘI NÔNG DÂN XÃ X": the organ that acts for a body, then that body, each named as written."""
    words = " ".join(upper_words.split())
    organ = next((organ for organ in ORGANS_ACTING_FOR_A_BODY if words.startswith(organ.upper() + " ")), None)
    body = _headed_name([words[len(organ) + 1:]]) if organ else None
    return f"{organ} {body}" if body else None


def _fields_then_places(words: str) -> str | None:
    """The words after a name's head as names are written: each field capitalised, an abbreviation ("CTCP", "TNHH")
    in its capitals, and the places closing them each a proper name after its level ("HỘI NÔNG DÂN XÃ AN PHÚ, HUYỆN
    AN LÃO" is "Hội Nông dân xã An Phú, huyện An Lão"); None where the case cannot be told word by word."""
    words = " ".join(words.split())
    places = _places_closing(words)
    fields = words[:places[0].start() if places else len(words)].split()
    cased = _field_case(" ".join(fields)).split()
    if len(cased) != len(fields):
        return None
    named = " ".join(word if _ABBREVIATION.fullmatch(word) and not _SYLLABLE.fullmatch(word.lower()) else case
                     for word, case in zip(fields, cased))
    for place in places:
        level = _PLACE_LEVELS.get(" ".join(place["level"].split()), place["level"].lower())
        named += f"{',' if place.group(0).startswith(',') else ''} {level} {_proper_name(place['name'], None)}"
    return named.strip()


def _places_closing(words: str) -> list[re.Match]:
    """The places one after another that close the words, each level with its name; none where none does."""
    places = list(_PLACE.finditer(words))
    while places and not all(before.end() == after.start() for before, after in zip(places, places[1:])):
        places = places[1:]
    return places if places and places[-1].end() == len(words) else []


def _written_end(upper_words: str, text: str) -> str | None:
    """The longest end of the words the text writes, as it writes it, before their place: "BCH HỘI NÔNG DÂN" is "Hội
    Nông dân" where the text never spells the executive committee's letters out."""
    words = upper_words.split()
    for first in range(len(words) - 1):
        if _LOCALITY.match(" ".join(words[first:])):
            break  # (the place alone names no body)
        name = _as_the_text_writes(" ".join(words[first:]), text)
        if name is not None and (first == 0 or _names_a_body(name)):  # (an end of them, only a body's name)
            return name
    return None


def _provincial_office(words: str, body_end: int, locality: re.Match | None, level: str | None,
                       province: str | None) -> str | None:
    """ "CỤC THUẾ / THUẾ TỈNH X": a central body's office in a province, named on the line under the body's with the
    province after it, issues ("Thuế tỉnh X"); its province is the document's. In a cell whose lines were run together
    only an office named by the body's field repeated is told apart ("CỤC THUẾ THUẾ TỈNH X")."""
    if locality is None or province is None or locality.start() < body_end:
        return None
    between = words[body_end:locality.start()]
    if "\n" in between.strip():
        unit = between[between.rstrip().rfind("\n") + 1:].split()
    else:
        named = between.split()
        unit = named[len(named) // 2:] if len(named) % 2 == 0 and named[:len(named) // 2] == named[len(named) // 2:] \
            else []
    if not unit or _BODY.search(" ".join(unit)):
        return None
    return f"{_field_case(' '.join(unit))} {level} {province}"


def _place_then_unit(words: str, place: str | None, text: str) -> tuple[str | None, str | None]:
    """ "HÀ NỘI TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG" after "UBND THÀNH PHỐ", the cell's two lines run together: the
    place line's name, then the unit under the committee, which issues (as the text writes it, where it does)."""
    if not place:
        return None, None
    wanted, taken = _squeezed(place), ""
    split = words.split()
    for n, word in enumerate(split):
        taken += _squeezed(word)
        if taken == wanted:
            rest = split[n + 1:]
            if len(rest) < 2:
                return None, None
            unit = " ".join(rest)
            return place, _as_the_text_writes(unit, text) or _field_case(unit)
        if not wanted.startswith(taken):
            break
    return None, None


def _unit_below(lines: str, province: str | None, place: str | None, text: str) -> str | None:
    """A unit named on the line under "ỦY BAN NHÂN DÂN / TỈNH X" that is no body of the
    vocabulary ("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG"): it is the issuer. A line that only
    continues the province's name (wrapped) is none."""
    below = lines.split("\n")
    for k, line in enumerate(below):
        if len(line.split()) < 2 or _BODY.search(line) or _legal_form(line):
            continue
        if province and place and _squeezed(province + line) == _squeezed(place):
            continue
        # ("CÔNG TY TNHH MỘT THÀNH VIÊN" / "XỔ SỐ KIẾN THIẾT ĐỒNG NAI": a name going on over the cell's next lines,
        # whole where the text writes it so)
        whole = " ".join(LEGAL_FORM_ABBREVIATIONS.get(word, word) for word in " ".join(below[k:]).split())
        return _as_the_text_writes(whole, text) or _as_the_text_writes(line, text) or _head_then_written(line, text) \
            or _field_case(line)
    return None


def _legal_form(words: str) -> str:
    """ " - Trách nhiệm hữu hạn một thành viên" when a line of the header is a company's legal form alone ("TỔNG CÔNG
    TY X / TRÁCH NHIỆM HỮU HẠN MỘT THÀNH VIÊN"): the end of the company's name; else ""."""
    for line in words.split("\n"):
        form = " ".join(line.split()).strip("- ").lower()
        if form in LEGAL_FORMS:
            return f" - {form[:1].upper()}{form[1:]}"
    return ""


def _squeezed(words: str) -> str:
    return re.sub(r"[\s\-]", "", words).lower()


def _group_index(match: re.Match) -> int:
    """Which alternative of a pattern built from a vocabulary list matched (groups named x0, x1 …)."""
    return int(next(name for name, value in match.groupdict().items() if value is not None)[1:])


def _proper_name(words: str, place: str | None) -> str | None:
    """'BẮC NINH' -> 'Bắc Ninh'; the place line's spelling wins when it is the same name or the
    cell wrapped it (the place line is not letter-spaced, nor cut). A dash setting the header's next column apart
    ("TỈNH ĐỒNG THÁP — CỘNG HÒA …") is none of it."""
    words = words.strip(" \t—–-,;:")
    squeezed = _squeezed(words)
    if not squeezed:
        return None
    if place and _squeezed(place).startswith(squeezed):
        return place
    return " ".join(word.capitalize() if word != "-" else word for word in words.split())


# A syllable's opening consonants alone, as an OCR cuts a syllable of a header line in two ("QUÂN S Ự", "CH Ủ NGHĨA"):
# no word of the language, closed up with the rest of its syllable, which opens with a vowel.
_CUT_SYLLABLE = re.compile(r"(?<!\S)(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx]) (?=[aăâeêioôơuưy])", re.I)


def _official(name: str) -> str:
    """A department's name as the grammar reads it, its field in the official spelling ("Sở Công thương" → "Sở Công
    Thương"), where the grammar reads it whole."""
    read = find_agencies(name)
    return read[0].name if len(read) == 1 and (read[0].start, read[0].end) == (0, len(name)) else name


def _field_case(words: str) -> str:
    """'KẾ HOẠCH VÀ ĐẦU TƯ' -> 'Kế hoạch và Đầu tư': each field of a body's name opens with a capital; a syllable an
    OCR cut in two is one again."""
    lowered = _CUT_SYLLABLE.sub(r"\1", unicodedata.normalize("NFD", " ".join(words.split()).lower()))
    lowered = unicodedata.normalize("NFC", lowered)
    cased = re.sub(r"(^|,\s*|\s-\s|\svà\s)(\w)", lambda m: m.group(1) + m.group(2).upper(), lowered)
    for proper in _PROPER_WORDS:
        cased = cased.replace(proper.lower(), proper)
    return cased


def _level_named_with(text: str, province: str) -> str:
    """'thành phố' when the text calls the province a city ("thành phố X", in any case) more often than a
    province ("tỉnh X"). The name is found by a plain search and the word before it read there: a
    case-blind pattern would be tried at every position of the text."""
    cities = provinces = 0
    at = text.find(province)
    while at != -1:
        word_end = at
        while word_end and text[word_end - 1].isspace():
            word_end -= 1
        if word_end < at:
            if text[max(0, word_end - 9):word_end].lower() == "thành phố":
                cities += 1
            elif text[max(0, word_end - 4):word_end].lower() == "tỉnh":
                provinces += 1
        at = text.find(province, at + 1)
    return "thành phố" if cities > provinces else "tỉnh"


# (it opens with its word: see _word_alternation)
# (a name on one line: the next line's first word is none of it)
_PROVINCE_NAMED = re.compile(r"tỉnh(?<!\wtỉnh)[ ]+((?:[" + UPPER_LETTERS + r"][\wđ]*[ ]?){1,3})")
_PROVINCE_OR_CITY_NAMED = re.compile(r"(?:tỉnh(?<!\wtỉnh)|(?<![\wđ])[Tt]hành phố)[ ]+((?:[" + UPPER_LETTERS
                                     + r"][\wđ]*[ ]?){1,3})")


def _most_named_province(text: str, cities: bool = False) -> str | None:
    """The province the text names most often ("tỉnh X"), for a copy without its header; with `cities`, a centrally-run
    city too ("thành phố Đà Nẵng", "Sở Y tế Thành phố Hồ Chí Minh"), as a commune's plan names the one above it."""
    counts: dict[str, int] = {}
    for m in _PROVINCE_NAMED.finditer(text) if not cities else _PROVINCE_OR_CITY_NAMED.finditer(text):
        name = m.group(1).strip()
        counts[name] = counts.get(name, 0) + 1
    return max(counts, key=counts.get) if counts else None


# --- the portal's metadata table ---------------------------------------------------------------


def _portal_labels(lowered: str) -> list[re.Match]:
    """The portal's field labels in order; each label's words found by a plain search first, which is
    far cheaper than running the pattern at every position of the page."""
    found = []
    for label in PORTAL_LABELS:
        at = lowered.find(label)
        while at != -1:
            match = _PORTAL_FIELD.match(lowered, at)
            if match and (at == 0 or not lowered[at - 1].isalnum()):
                found.append(match)
            at = lowered.find(label, at + 1)
    labels: list[re.Match] = []
    for match in sorted(found, key=lambda m: (m.start(), -m.end())):
        if not labels or match.start() >= labels[-1].end():  # ("văn bản" inside "Loại văn bản:": that label's)
            labels.append(match)
    return labels


def portal_number(text: str) -> str | None:
    """The number a legal portal's metadata table records for the document on its page."""
    return _portal_fields(text).get("number")


@lru_cache(maxsize=4)  # asked twice of each text, for the metadata and for the references (a str keeps its hash)
def _portal_fields(text: str) -> dict[str, str]:
    """Fields of a legal portal's metadata table, in any of its flattened forms: '| Số hiệu |
    24/KH-UBND |', 'Số hiệu: | 24/KH-UBND', 'Số hiệu:\\n631/TB-VPCP Loại văn bản: …'."""
    fields: dict[str, str] = {}
    labels = _portal_labels(text.lower())  # lower() keeps every offset for Vietnamese text
    for label, following in zip(labels, labels[1:] + [None]):
        end = following.start() if following else label.end() + 120
        value = next((piece.strip(" *#") for piece in re.split(r"[|\n]", text[label.end():end]) if piece.strip(" *#")), "")
        field = PORTAL_LABELS[label.group(1).lower()]
        if field == "document" and text[text.rfind("\n", 0, label.start()) + 1:label.start()].strip(" \t|*#"):
            continue  # (a document named whole only as its line's or cell's field, not "… các văn bản: Kế hoạch số …")
        if field == "title":  # (a long title runs to the next field's label on its line: "… Tệp đính kèm: …")
            value = _NEXT_LABEL.split(value, 1)[0]
        if value and len(value) < (_LONGEST_TITLE if field == "title" else _LONGEST_FIELD) and field not in fields:
            fields[field] = value
    named = _NAMED_BY_TYPE_AND_NUMBER.match(fields.pop("document", ""))
    if named:
        fields.setdefault("type", named.group(1))
        fields.setdefault("number", named.group(2))
    return fields


_LONGEST_FIELD = 120  # characters of a field's value: a longer one is the page's text after the label
_LONGEST_TITLE = 300  # … but for the title the document gives itself ("Trích yếu: …")
_NEXT_LABEL = re.compile(r"\s+(?=[" + UPPER_LETTERS + r"][^\W\d_]*(?: [^\W\d_]+){0,3}\s*:\s)")
_NAMED_BY_TYPE_AND_NUMBER = re.compile(r"(" + "|".join(name for name, _ in DOCUMENT_TYPES) + r") số (\S+)")


def _names_a_body(value: str) -> bool:
    """The portal's issuer field names a body ("Ban Chỉ huy phòng thủ dân sự tỉnh X"), not a place ("Hà Tĩnh")."""
    named = find_agencies(value)
    return bool(named) and named[0].start == 0 and not named[0].collective


def _portal_date(value: str | None) -> str | None:
    if not value:
        return None
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return value
    n = DATE_NUMERIC.search(value)
    return iso(int(n.group(3)), int(n.group(2)), int(n.group(1))) if n else None


def _portal_province(value: str | None) -> str | None:
    if not value:
        return None
    return re.sub(r"^(?:Tỉnh|Thành phố|UBND tỉnh|UBND thành phố|Ủy ban nhân dân tỉnh|Ủy ban nhân dân thành phố)\s+",
                  "", value, flags=re.I) or None


# --- type and title ----------------------------------------------------------------------------


@dataclass
class _TypeLine:
    words: str  # "KẾ HOẠCH", "QUYẾT ĐỊNH"
    first: int  # index of its line (its first, wrapped: "QUYẾT" / "ĐỊNH")
    next: int  # index of the line after it
    rest: str = ""  # the title, when the type word's cell goes on with it


def _type_line(lines: list[str], first: int) -> _TypeLine | None:
    """The type word on a line of its own near the header, also when a narrow cell wrapped it
    ("QUYẾT" / "ĐỊNH")."""
    for i in range(first, min(len(lines), first + _TYPE_REACH)):
        line = lines[i].strip(_MARKUP)
        if _TYPE_LINE.match(line):
            return _TypeLine(line, i, i + 1)
        for cell in line.split("|") if "|" in lines[i] else ():
            opening = _TYPE_OPENING_CELL.match(cell.strip(_MARKUP))
            if opening:
                return _TypeLine(opening.group(1), i, i + 1, cell.strip(_MARKUP)[opening.end():])
        joined = f"{line} {lines[i + 1].strip(_MARKUP)}" if i + 1 < len(lines) and line.isupper() else ""
        if joined and _TYPE_LINE.match(joined):
            return _TypeLine(joined, i, i + 2)
        opening = _TYPE_OPENING_CELL.match(line) if "|" not in lines[i] else None
        if opening:  # "KẾ HOẠCH Tổ chức Lễ hội … năm 2026": a copy ran the type word and the title into one line
            return _TypeLine(opening.group(1), i, i + 1, line[opening.end():])
    return None


def _type_name(words: str) -> str:
    return next(name for name, pattern in DOCUMENT_TYPES if re.match(pattern, words))


# A title may open as the body's first sentence does ("Thực hiện Chương trình … năm 2026"); the sentence ends on its
# punctuation ("… như sau:", "…;"), the title on none.
_TITLE_LIKE_INTRO = re.compile(r"Thực hiện\b.*[^.:;,]$")


def _title(following: list[str]) -> str | None:
    """The trích yếu: the upper-case lines under the type word (a wrapped title), or one line in
    sentence case, up to the body or the issuing authority's line ("THỦ TƯỚNG CHÍNH PHỦ")."""
    parts: list[str] = []
    # (a line drawn under the type word or the title, "=====" or "-----" as a converter underlines a heading, is none)
    following = [line for line in following if any(char.isalnum() for char in line)] + [""]
    for line, after in zip(following, following[1:]):
        line, after = line.strip(_MARKUP), after.strip(_MARKUP)
        closing = _AUTHORITY_CLOSING.search(f"{line} {after}")  # the authority's line may wrap with the title
        if not closing and _INTRO.match(after):
            closing = _AUTHORITY_AT_END.search(line)
        if closing and closing.start() < len(line):
            parts.append(line[:closing.start()])
            break
        if (not line or _INTRO.match(line) and not _TITLE_LIKE_INTRO.match(line) or _TYPE_LINE.match(line)
                or (parts and not line.isupper() and not _title_goes_on(parts[-1], line, after))
                or ((_AUTHORITY_LINE.match(line) or line.isupper() and _OFFICE_LINE.match(line)) and _INTRO.match(after))):
            break
        parts.append(line)
        if not line.isupper() and not _title_goes_on(line, after, ""):
            break
    return re.sub(r"\s+", " ", " ".join(parts)).strip() or None


def _title_goes_on(line: str, following: str, after: str) -> bool:
    """A title in sentence case wrapped onto the next line ("Phân công nhiệm vụ các Tiểu ban giúp việc" / "Ban Tổ chức
    Festival … năm 2027"): the line ends on no mark and the next is a short line in sentence case ending on none either,
    right above the body's opening ("Căn cứ …") — not the body's first paragraph."""
    return bool(following) and following != line and not line.isupper() and line[-1:].isalnum() \
        and following[-1:].isalnum() and not following.isupper() and len(following) <= _TITLE_LINE_WIDTH \
        and not _INTRO.match(following) and not _NO_TITLES_LINE.search(following) \
        and (not after or _INTRO.match(after) is not None)


# What a line under the title holds and a title's wrapped line does not: the header's number and date, the plan's
# attachment to its decision, the motto, the authority's office ("Chủ tịch Ủy ban nhân dân tỉnh X")
_NO_TITLES_LINE = re.compile(r"kèm theo|\bngày\s+\d|\d{1,2}/\d{1,2}/\d{4}|\b[Ss]ố\s*:?\s*\d|Độc lập|^\(|^(?:"
                             + "|".join(map(re.escape, sorted(OFFICE_HOLDERS, key=len, reverse=True))) + r")\s", re.I)


_TITLE_LINE_WIDTH = 100  # characters: a title's wrapped line is a centred cell's width at most


def _authority(following: list[str]) -> str:
    """The issuing authority's line under the title, right above the body ("ỦY BAN THƯỜNG VỤ QUỐC HỘI"), or
    addressing it with its verb ("THỦ TƯỚNG CHÍNH PHỦ điện:")."""
    for line, after in zip(following, following[1:]):
        line = line.strip(_MARKUP)
        authority = _AUTHORITY_LINE.match(line)
        if authority and _INTRO.match(after.strip(_MARKUP + "-")):
            return line
        if authority and _AUTHORITY_SPEAKS.fullmatch(line, authority.end()):
            return line[:authority.end()]
    return ""


_INTRO_SENTENCE = re.compile(r"(?:^|\|)[ *]*(Thực hiện\b[^;(\n]*)", re.M)


def _intro_title(text: str) -> str | None:
    """For a copy without type word and title: the opening "Thực hiện …" clause says what the plan
    is for (it may follow the header's last cell on the same line)."""
    m = _INTRO_SENTENCE.search(text, 0, _BARE_HEADER_REACH)
    return m.group(1).strip() if m else None


# --- the signature -----------------------------------------------------------------------------


# A signature cell whose lines a copy ran together ("TM. CHÍNH PHỦKT. THỦ TƯỚNGPHÓ THỦ TƯỚNG(Đã ký)Hồ Đức Phớc"): a
# marker or a deputy's office glued to the capitals before it, the signed mark glued to both sides. Each starts a line.
_GLUED_SIGNATURE = re.compile(r"(?<=[A-ZĐÀ-Ỹ])(?=(?:TM|KT|TL|TUQ)\.\s)|(?<=[A-ZĐÀ-Ỹ]{2})(?=PHÓ\s)"
                              r"|(?<=\S)(?=\([Đđ]ã ký\))|(?<=\([Đđ]ã ký\))(?=\w)")


# The offices a signature's body line may run into ("TM. ỦY BAN THƯỜNG VỤ QUỐC HỘICHỦ TỊCH"), and what may stand glued
# before one and belong to it ("PHÓCHỦ TỊCH" is no body's last word).
_GLUED_OFFICES = ("CHỦ TỊCH", "THỦ TƯỚNG", "BỘ TRƯỞNG", "GIÁM ĐỐC", "TRƯỞNG BAN", "CHỦ NHIỆM")


def _signature_unglued(text: str) -> str:
    """The text with a run-together signature cell broken into its lines; positions before the first break stay. Only
    a copy that writes the signed mark runs the cell together so: a substring test spares the others the scan (a pass
    over the whole text cost a tenth of the extraction's time). An office glued to the body above it is found by
    plain searches for the offices in capitals, which few texts hold."""
    if "ã ký)" in text:
        text = _GLUED_SIGNATURE.sub("\n", text)
    for office in _GLUED_OFFICES:
        at = text.find(office, 1)
        while at > 0:
            if text[at - 1].isupper() and text[at - 3:at] != "PHÓ":
                text = text[:at] + "\n" + text[at:]
                at += 1
            at = text.find(office, at + 1)
    return text


def _signature(text: str, after: int, body: str = "") -> tuple[str | None, str | None]:
    """(office, name) of the first signature block after the header: a Quyết định signs before
    the plan it issues, and the document is the Quyết định. The block is a run of upper-case
    words (markers, offices) ended by the name. With `body` (a joint document's issuer, as its header writes it), the
    first block under that body's name, else the first."""
    first = None
    recipients = _RECIPIENTS.search(text, after)
    start = max(after, recipients.start() - _SIGNATURE_BEFORE_RECIPIENTS) if recipients else after
    # (the first "Nơi nhận:" may be an attached form's, the document's own recipients having no label: then the
    # signature stands before it)
    for office in itertools.chain(_OFFICE.finditer(text, start), _OFFICE.finditer(text, after, start)):
        block_end = _upper_run_end(text, office.end())
        stamp = _SIGNING_STAMP.match(text, block_end)
        # (the seal's lines may open inside the run, whose capitals they cut: "PHÓ GIÁM ĐỐC" / "<SỞ ~Y TẾ/ ;' l" / name)
        seal = _past_a_seal(text, block_end if text[block_end:block_end + 1] in ("\n", "")
                            else text.rfind("\n", 0, block_end) + 1)
        name = _name_in(text[block_end:block_end + _NAME_REACH]) \
            or stamp and _name_in(text[stamp.end():stamp.end() + _NAME_REACH]) \
            or seal > block_end and _name_in(text[seal:seal + _NAME_REACH])
        # An office in running text opens no block, unless the name follows it directly; one ending the last
        # recipient's line stands in the signature's cell beside it
        beside = (_ENDS_RECIPIENTS_LINE.search(text, max(0, office.start() - _NAME_REACH), office.start())
                  or recipients and recipients.end() <= office.start() < recipients.end() + _RECIPIENTS_REACH
                  and _ENDS_A_RECIPIENT.search(text, max(0, office.start() - _NAME_REACH), office.start())) \
            and re.match(r"[ \t]*(?:\n|$)", text[office.end():])
        if not (_opens_block(text, office.start()) or beside or name and not text[office.end():block_end].strip()):
            continue
        block = text[max(0, office.start() - _MARKER_REACH):block_end]
        name = name or _name_in_cell_below(text, office)
        if not name:
            block, name = _right_column(text, office.end(), block)
        if name or _SIGN_MARKER.search(block) or _SIGNED_MARK.match(text[block_end:block_end + _NAME_REACH]) \
                or beside:
            # ("CHỦ TỊCH" / "(Đã ký)": a copy may leave the name out, a draft has none: "- Lưu: VT. GIÁM ĐỐC")
            signed = (_with_its_unit(_own_office(block), block), name)
            if not body:
                return signed
            heading = _BODY_OVER_THE_OFFICE.search(text, max(0, office.start() - _BODY_ABOVE_OFFICE), office.start())
            if heading and _names_the_body(" ".join(heading.group(0).split()), body):
                block = text[heading.start():block_end]  # (from the body's name: not the office of the block before)
                return _with_its_unit(_own_office(block), block), name
            first = first or signed
    return first or (None, None)


def _names_the_body(heading: str, body: str) -> bool:
    """Does a signature's heading name the body a header's lines name ("SỞ Y TẾ TỈNH X" under "UBND TỈNH X / SỞ Y TẾ";
    "TM. BAN THƯỜNG TRỰC" under "ỦY BAN MTTQ VIỆT NAM / TỈNH X / BAN THƯỜNG TRỰC")? A line of the body's own (a head
    or an organ, not its province's) stands in it."""
    return any(" ".join(line.split()) in heading for line in body.split("\n")
               if _opens_on_a_body(line) or _ORGAN_LINE.search("\n" + line))


_BODY_ABOVE_OFFICE = 120  # characters above a signature's office that may name the body it signs for
# … on the lines in capitals right above the office, a marker's ("TM. ", "KT. ") before it
_BODY_OVER_THE_OFFICE = re.compile(r"(?:^|\n)[ \t]*(?:(?:TM|KT|TL|TUQ|Q)\.\s*)?[" + UPPER_LETTERS + r"][" + UPPER_LETTERS
                                   + r" ,\-]+(?=\n[^\n]*$)")


# Offices named with the unit they head ("TRƯỞNG PHÒNG TỔ CHỨC - HÀNH CHÍNH"): the unit's name is the title's.
_UNIT_OFFICES = ("TRƯỞNG PHÒNG",)


def _with_its_unit(office: str, block: str) -> str | None:
    """The office in its case; a unit's head with the unit's name the rest of its line gives; none where the office is
    only a body's name the block signs for ("T/M BAN BÍ THƯ": the Secretariat, no secretary)."""
    if len(re.findall(re.escape(office) + r"(?!\w)", block)) == 1 \
            and re.search(r"(?:T/M|TM\.)\s*BAN[ ]+" + re.escape(office), block):
        return None
    title = _office_case(office)
    if re.search(r"(?<![\w.])Q\.\s*" + re.escape(office) + r"(?!\w)", block):
        title = f"Quyền {title}"  # "Q. GIÁM ĐỐC": the acting director signs as such
    if office.endswith(_UNIT_OFFICES) and (unit := re.search(re.escape(office) + r"[ \t]+([^\n\t|]+)", block)) \
            and unit.group(1).strip().isupper():
        title += " " + _field_case(unit.group(1))
    return title


def _past_a_seal(text: str, pos: int) -> int:
    """Where the lines an OCR made of the round seal over the signature end ("( ( NHÂN DÂN ) )", "\\TỈNH TUYÊN/",
    "^QUANG^"): lines with the seal's curves and slashes and no word in lower case; `pos` if none follows."""
    end = pos
    for line in text[pos:].split("\n", _SEAL_LINES)[:_SEAL_LINES]:
        if line.strip() and not (_SEAL_MARK.search(line) and not any(len(word) > 1 and word.islower()
                                                                      for word in _WORD.findall(line))):
            break
        end += len(line) + 1
    return min(end, len(text))


_SEAL_LINES = 8
_SEAL_MARK = re.compile(r"[/\\^()]")
_WORD = re.compile(r"[^\W\d_]+")


# A digital signature's stamp between the office and the name: the signing body, then the time it signed
# ("Ban Chỉ đạo 504 tỉnh Quảng Trị" / "28.11.2026 16:05:31 +07:00").
_SIGNING_STAMP = re.compile(r"\s*(?:[^\n]{0,120}\n\s*)?\d{1,2}[./-]\d{1,2}[./-]\d{4}[ T]\d{1,2}:\d{2}(?::\d{2})?"
                            r"(?:\s*[+-]\d{2}:?\d{2})?[ \t]*(?=\n)")


_ENDS_RECIPIENTS_LINE = re.compile(r"\n[ \t]*[-+•][^\n]*\bLưu\b[^\n]*[ \t]$")  # the office beside the last recipient
# …or beside any recipient under the label, its mark closing the recipient ("- Thường trực Tỉnh ủy (b/c), HIỆU TRƯỞNG")
_ENDS_A_RECIPIENT = re.compile(r"\n[ \t]*[-+•][^\n]*[,;.)][ \t]+$")


def _name_in_cell_below(text: str, office: re.Match) -> str | None:
    """The name in the office's column of the table rows below it, where a copy set the signature in a table ("| Nơi
    nhận: | CHÁNH THANH TRA |" over "| - UBND tỉnh; … | (Đã ký); Hoàng Văn A |", a cell's lines parted by ";")."""
    line_start = text.rfind("\n", 0, office.start()) + 1
    if not text[line_start:office.start()].lstrip().startswith("|"):
        return None
    column = text.count("|", line_start, office.start())
    line_end = text.find("\n", office.end())
    for row in text[line_end + 1:].split("\n", _CELL_ROWS)[:_CELL_ROWS] if line_end >= 0 else ():
        cells = row.split("|")
        if not row.lstrip().startswith("|") or len(cells) <= column:
            return None
        for line in _SIGNED_MARK.sub("", cells[column]).split(";"):
            if name := _name_in(line):
                return name
    return None


_CELL_ROWS = 3  # table rows under the office's that may hold the signer's name


def _right_column(text: str, pos: int, block: str) -> tuple[str, str | None]:
    """A text layer that runs the recipients' cell and the signature cell side by side gives lines
    like "- Như trên; KT. CHỦ TỊCH" / "- Lưu: VT. PHÓ CHỦ TỊCH" / "Lê Văn Hòa": the block goes on
    in the upper-case ends of the next lines, and the name stands on a line of its own or at the end
    of a recipients' line further down."""
    for i, line in enumerate(text[pos:pos + _RECIPIENTS_REACH].split("\n")[1:]):  # the lines after the office's
        if not line.strip() or _RECIPIENTS.fullmatch(line.strip()):
            continue  # (the recipients' list under the office, the name under the list: a text layer's column order)
        tokens = line.split()
        tail_start = len(tokens)
        while tail_start and _is_upper_token(tokens[tail_start - 1]):
            tail_start -= 1
        tail = " ".join(tokens[tail_start:])
        if i < _SIDE_BY_SIDE_LINES and (_OFFICE.search(tail) or _SIGN_MARKER.search(tail)):
            block += "\n" + tail
            continue
        if tokens and _is_name_word(tokens[0]):
            return block, _name_in(line)
        name = _name_after_recipient(tokens)
        if name or not line.lstrip().startswith(("-", "+", "•")):
            return block, name
    return block, None


def _name_after_recipient(tokens: list[str]) -> str | None:
    """The name at the end of a recipients' line, where the two cells run together ("- Lưu: VT, NN.
    Lê Đức Giang"): the capitalised words after the item's last mark, or after the marks an OCR read the seal beside
    them as ("- Lưu: VT, KH. Ầ MÔI TRƯỜ/ ¿ Lê Đức Giang")."""
    start = len(tokens)
    while start and _is_name_word(tokens[start - 1]) and not _is_upper_token(tokens[start - 1]):
        start -= 1
    before = tokens[start - 1] if start else ""
    if not 2 <= len(tokens) - start <= 5 or not (before.endswith((".", ";")) or _SEAL_MARK.search(before)
                                                 or before and not _WORD.search(before)):
        return None
    return " ".join(tokens[start:])


def _office_on_its_line(block: str, office: re.Match) -> re.Match:
    """The office found, or, where its words ran over a line's end into another office ("TM. BAN CHỈ HUY" / "TRƯỞNG
    BAN" read as "CHỈ HUY TRƯỞNG"), the one its own line opens with."""
    newline = block.find("\n", office.start(), office.end())
    own_line = _OFFICE.match(block, newline + 1) if newline >= 0 else None
    return own_line if own_line and own_line.end() > office.end() else office


def _own_office(block: str) -> str:
    """The signer's office in a block: the first office not inside a marked phrase (a marker with
    the office right after it and those joined to it by commas: "KT. BỘ TRƯỞNG, CHỦ NHIỆM"; "TM.
    ỦY BAN NHÂN DÂN" marks a body, no office), or its deputy's when he signs under it."""
    offices = [_office_on_its_line(block, office) for office in _OFFICE.finditer(block)]
    marked_until = 0
    for marker in _SIGN_MARKER.finditer(block):
        phrase_end, marked = marker.end(), ""
        for office in offices:
            gap = block[phrase_end:office.start()]
            # (but the marked office's deputy after its comma signs: "KT. Chủ tịch, Phó Chủ tịch", on one line)
            if office.start() >= phrase_end and gap.strip() == ("" if phrase_end == marker.end() else ",") \
                    and " ".join(office.group(0).split()) != f"{DEPUTY.upper()} {marked}":
                phrase_end, marked = office.end(), " ".join(office.group(0).split())
            elif office.start() >= phrase_end:
                break
        marked_until = max(marked_until, phrase_end)
    own = [office for office in offices if office.start() >= marked_until]
    if not own:
        return offices[-1].group(0)
    # "TRƯỞNG BAN NGHIỆP VỤ … / PHÓ TRƯỞNG BAN": the head's deputy signs for him, the copy having lost the "KT."
    deputy = f"{DEPUTY.upper()} {' '.join(own[0].group(0).split())}"
    return next((o.group(0) for o in own[1:] if " ".join(o.group(0).split()) == deputy), own[0].group(0))


def _opens_block(text: str, pos: int) -> bool:
    """The office stands at the start of a line or cell, or after "Nơi nhận:", or in a chain of upper-case words opened
    by a marker ("… - Lưu: VT. TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH" when the cells run together)."""
    line_start = max(text.rfind("\n", 0, pos), text.rfind("|", 0, pos)) + 1
    before = text[line_start:pos]
    if not before.strip(" *") or _RECIPIENTS.fullmatch(before.strip(" *")):
        return True  # (beside the recipients' label, the two cells sharing a line: "Nơi nhận: HIỆU TRƯỞNG")
    markers = list(_SIGN_MARKER.finditer(before))
    return bool(markers) and _is_upper_token(before[markers[-1].start():])


def _upper_run_end(text: str, pos: int) -> int:
    """End of the upper-case words that continue the block from `pos`."""
    tokens = list(re.finditer(r"\s*\S+", text[pos:pos + _BLOCK_REACH]))
    for token, following in zip(tokens, [*tokens[1:], None]):
        word = token.group(0).strip()
        if not _is_upper_token(word) or (len(word.rstrip("".join(_NAME_APOSTROPHES))) == 1 and following
                                         and _is_name_word(following.group(0).strip())
                                         and not _is_upper_token(following.group(0))):
            return pos + token.start()  # a one-letter word before a name opens it ("Y Khâm Êban", "H' Linh Niê")
    return min(pos + _BLOCK_REACH, len(text))


# An officer's rank, a degree or a profession's title before the name ("Thượng tướng", "TS.", "Lương y"): its own
# words are lower case after the first (a surname "Lương" is followed by a capital)
_RANK = re.compile(r"[\s*|]*(?:(?:Đại|Thượng|Trung|Thiếu)\s+(?:tướng|tá|úy)|(?:Chuẩn\s+|Phó\s+)?Đô\s+đốc"
                   r"|(?:(?:PGS|GS|TS|ThS|BS|DS|KS|CN|Ls)\.\s*)+|(?:Lương\s+y|Bác\s+sĩ|Dược\s+sĩ|Kỹ\s+sư|Luật\s+sư"
                   r"|(?:Nhà\s+giáo|Thầy\s+thuốc|Nghệ\s+sĩ)(?:\s+(?:nhân\s+dân|ưu\s+tú))?"
                   # (a cleric's: "Hòa thượng Thích …", "Linh mục …")
                   r"|Hòa\s+thượng|Thượng\s+tọa|Đại\s+đức|Ni\s+(?:trưởng|sư)|(?:Linh|Giám)\s+mục|Mục\s+sư))"
                   r"\s*(?=[A-ZĐÀ-Ỹ])")
# "(Đã ký)" on a copy, before the name (a bilingual copy's "(Đã ký / Signed)" too; "(Đã ấn ký)", signed and sealed)
_SIGNED_MARK = re.compile(r"^[\s*|]*\((?:đã )?(?:ấn )?ký(?:\s*/\s*signed)?\)", re.I)


def _name_in(text: str) -> str | None:
    """A person's name at the start of `text`: capitalised syllables on one line ("Phạm Văn
    Thịnh"), or with its last words wrapped alone onto the next. Letter-spaced fragments are joined
    back ("Ngu y ễn" -> "Nguyễn"); when more words follow on the line, the last capitalised one opens
    them ("Cường Thông báo số …")."""
    text = _SIGNED_MARK.sub("", text, count=1)
    rank = _RANK.match(text)
    if rank:
        text = text[rank.end():]  # "Thượng tướng Võ Minh Lương": the officer's rank, not his name
    line, *rest = re.split(r"[\n|]", text.lstrip(" *|\n;"), maxsplit=2)  # (";": a table cell's empty lines)
    line = line.strip(' \t"“”')  # (a spreadsheet's copy closes a cell of several lines with its quote: "Thảo\"")
    if _NAME_IN_CAPITALS.fullmatch(line):
        return _name_in_capitals(line)
    following = rest[0].split() if rest else []
    if line.split() and all(map(_is_name_word, line.split()[-2:])) and 0 < len(following) <= _WRAPPED_NAME_WORDS \
            and all(map(_is_name_word, following)):
        line += " " + " ".join(following)  # "Trần Thị Diệu" / "Thúy": a text layer's wrap inside the name
    tokens: list[str] = []
    for token in line.split():
        if tokens and _is_fragment(token) and tokens[-1].isalpha():
            tokens[-1] += token  # a letter-spaced fragment
        else:
            tokens.append(token)
    name: list[str] = []
    for token in tokens:
        if _is_name_word(token):
            name.append(token)
            continue
        if name and _SYLLABLE.fullmatch(_bare(token)):
            # the last capitalised word opens the next phrase ("Thông báo số …"); not before a mark ("[1]"), an address
            # or a word of another language (a copy's own lines run on after the name)
            name.pop()
        break
    return " ".join(name) if 2 <= len(name) <= 5 else None


# A name in capitals alone on its line: two to five syllables.
_NAME_IN_CAPITALS = re.compile(r"[" + UPPER_LETTERS + r"]{1,7}(?: [" + UPPER_LETTERS + r"]{1,7}){1,6}")
_RANK_IN_CAPITALS = re.compile(_RANK.pattern, re.I)
_STAMPED = re.compile(r"(?<!\w)" + URGENCY + r"|" + "|".join(STAMPED_WORDS))
_LEAST_SYLLABLES_IN_CAPITALS = 3  # (two words in capitals are a stamp's as often: "DỰ THẢO", "BẢN FAX")
_MOST_SYLLABLES = 5


def _name_in_capitals(line: str) -> str | None:
    """A name a scan or a fax prints in capitals ("NGUYỄN VĂN THÀNH"; after a rank, "ĐẠI TÁ LÊ VĂN AN"), in its usual
    case; None for an office, a body or a stamp's words ("SAO Y BẢN CHÍNH", "HỎA TỐC")."""
    rank = _RANK_IN_CAPITALS.match(line)
    words = line[rank.end():].split() if rank else line.split()
    if not _LEAST_SYLLABLES_IN_CAPITALS <= len(words) <= _MOST_SYLLABLES or _OFFICE.search(line) or _BODY.search(line) \
            or _STAMPED.search(line):
        return None
    return " ".join(word.capitalize() for word in words)


def _is_fragment(token: str) -> bool:
    """A piece of a letter-spaced syllable ("y", "ễn" of "Ngu y ễn"): short, lower case, opening
    with a vowel (a short word of its own, "và", "cứ", opens with a consonant)."""
    base = unicodedata.normalize("NFD", token[:1])[:1]
    return len(token) <= 2 and token.isalpha() and token.islower() and base in "aeiouy"


def _office_case(office: str) -> str:
    """'PHÓ CHỦ TỊCH' -> 'Phó Chủ tịch', 'BỘ TRƯỞNG' -> 'Bộ trưởng', 'CHÁNH VĂN PHÒNG' -> 'Chánh Văn phòng', 'THỨ
    TRƯỞNG THƯỜNG TRỰC' -> 'Thứ trưởng Thường trực', 'PHÓ TRƯỞNG THUẾ TỈNH' -> 'Phó Trưởng Thuế tỉnh': the office's first
    word, the word after Phó, the name of a body inside it and the standing deputy's rank open with a capital."""
    words = re.sub(r"\s+", " ", office).strip().lower().capitalize()
    words = re.sub(r"(?<=^Phó )\w", lambda m: m.group(0).upper(), words)
    for body in _BODIES_IN_OFFICES:
        words = re.sub(r"(?<= )" + body.lower() + r"(?!\w)", body, words)
    return words.replace(" thường trực", " Thường trực")


# What may follow a document's signature and still belong to it: an attached plan, annex or rules.
# It may open the cell after the signature's, where a copy ran the page's last table on into it; the line saying what
# it is attached to may stand anywhere in that cell ("| … ÁP DỤNG TRÊN ĐỊA BÀN TỈNH (Kèm theo Quyết định số …) …").
_ATTACHED_TO = r"\((?:Ban\s+hành\s+)?[Kk]èm\s+theo"
_ATTACHMENT = re.compile(r"(?:^|(?<=\|))[\s|*_]*(?:PHỤ LỤC|KẾ HOẠCH|QUY CHẾ|QUY ĐỊNH|ĐỀ ÁN|CHƯƠNG TRÌNH|DANH MỤC|"
                         + _ATTACHED_TO + r")|" + _ATTACHED_TO + r"\s+(?:Quyết định|Nghị quyết|Kế hoạch|Thông tư|Chỉ thị)",
                         re.M)


# The forms attached after the signature ("PHỤ LỤC" over "MẪU BÁO CÁO …", "Mẫu số 01"): templates to fill in,
# whose headings and rows give no work, though they read like a report's sections ("III. Hoạt động …").
_FORMS = re.compile(r"^[\s|*_#]*(?:PHỤ LỤC[^\n]*\n[\s|*_#]*MẪU\b|(?:Mẫu|MẪU)\s+(?:số|SỐ)\s*\d+\b)", re.M)


@dataclass(frozen=True)
class Ends:
    """Where a page's parts end: the document's signature, its own text (the signature, or the attachments after
    it), the attachments before the forms attached last, and the page before the portal's footer (its notices,
    related documents, contact block)."""

    signature: int
    body: int
    forms: int
    page: int


def document_ends(text: str, signer: str | None, number: str | None = None) -> Ends:
    copy = _second_copy(text, signer, number)
    end = _signature_end(text[:copy], signer)
    # the portal's list of related documents after the document, where the page has one
    related = _RELATED_DOCUMENTS.search(text, end or document_start(text)) \
        if "liên quan" in text or "cùng" in text or "đang xem" in text else None
    if end is None:
        end = related.start() if related else len(text)
        return Ends(end, end, end, end)
    footer = min(_site_footer(text, end), related.start() if related else len(text), copy, _contents_again(text, end),
                 _next_document(text, end, number, document_start(text)))
    forms = _FORMS.search(text, end, footer)
    return Ends(end, footer if _ATTACHMENT.search(text, end) else end, forms.start() if forms else footer, footer)


def _contents_again(text: str, end: int) -> int:
    """Where a page goes on after the signature with the document's own headings again, one to a line, as a web page's
    table of contents does ("1. Nhận định tình hình" / "2. Mục tiêu" / "3.1. Lập kế hoạch …"): the page's, no annex;
    the end where it does not."""
    own = {line.strip() for line in text[:end].split("\n") if _NUMBERED_HEADING.fullmatch(line.strip())}
    start, run, offset = None, 0, end
    for line in text[end:].split("\n"):
        if line.strip() in own:
            start, run = offset if start is None else start, run + 1
            if run == _CONTENTS_LINES:
                return start
        elif line.strip():
            start, run = None, 0
        offset += len(line) + 1
    return len(text)


_NUMBERED_HEADING = re.compile(r"(?:[IVXLC]{1,6}|\d{1,2}(?:\.\d{1,2}){0,3})[.)]\s+[^\n]{2,100}")
_CONTENTS_LINES = 3  # headings again, one after another


def _second_copy(text: str, signer: str | None, number: str | None) -> int:
    """Where the document begins again, whole, after a first copy signed in full (a mail merge's copies to each
    addressee, a message forwarding it twice): its motto again with its own number near it, past its signer's name;
    the end if it does not."""
    if not (number and signer):
        return len(text)
    # (not the plan a decision issues, whose header cites the decision's number: "(Ban hành kèm theo Quyết định Số …)")
    own = [motto for motto in _MOTTO.finditer(text)
           if (near := _NUMBER.search(text, motto.end(), motto.end() + _MOTTO_TO_NUMBER))
           and normalise_number(near.group(1)).rstrip(".") == number
           and not _CITES_IT.search(text, max(motto.end(), near.start() - _CITING_REACH), near.start())]
    if len(own) < 2 or signer not in text[own[0].end():own[1].start()]:
        return len(text)
    return text.rfind("\n", 0, _upper_run_start(text, own[1].start())) + 1


_CITES_IT = re.compile(r"kèm theo|căn cứ|thực hiện", re.I)
_CITING_REACH = 60  # characters before the number


def _next_document(text: str, start: int, number: str | None, begin: int) -> int:
    """Where the header of another document begins after `start`, its motto with another number near it (a gazette's
    issue, a file of several documents, goes on with the next after the plan a decision issues); the end if none. Not
    the header of the plan the document sends or issues: the text before it cites its number (where the header comes
    without its motto, a gazette's, only the document from `begin` on: the issue's contents cite every document of
    it), or it cites the document's ("(Ban hành kèm theo Quyết định số …)")."""
    for motto in _MOTTO.finditer(text, start) if number else ():
        other = _NUMBER.search(text, motto.end(), motto.end() + _MOTTO_TO_NUMBER)
        if _another_number(text, other, number, 0, motto.start()):
            return text.rfind("\n", 0, _upper_run_start(text, motto.start())) + 1
    # (a gazette prints the next document without its motto: its type word on a line, its number under it; not the
    # plan a decision issues, "Ban hành kèm theo Quyết định này Kế hoạch …", which may carry a number of its own)
    for type_line in _TYPE_LINE_ALONE.finditer(text, start) if number else ():
        other = _NUMBER_OPENING.search(text, type_line.end(), type_line.end() + _TYPE_TO_NUMBER)
        issued = _ISSUED_WITH_IT[_type_name(type_line.group(1))].search(text, begin, start)
        if not issued and _another_number(text, other, number, begin, type_line.start()):
            return type_line.start()
    return len(text)


def _another_number(text: str, other: re.Match | None, number: str, begin: int, at: int) -> bool:
    """The number found is another document's, neither cited between `begin` and `at` nor citing the document as the
    plan it issues or sends does ("(Ban hành kèm theo Quyết định số …)")."""
    other_number = normalise_number(other.group(1)).rstrip(".") if other else number
    return other_number != number and other_number not in text[begin:at] \
        and number not in text[other.end():other.end() + _ATTACHED_REACH]


_TYPE_LINE_ALONE = re.compile(r"^" + _TYPE_WORDS + r"[ \t]*$", re.M)
_NUMBER_OPENING = re.compile(r"^[|*#\s]*" + _NUMBER.pattern, re.M)  # ("Số 41/2027/QĐ-UBND ngày …" on its own line)
_TYPE_TO_NUMBER = 200  # characters from the type word to the number under it
# each type as a decision issues it with itself ("Ban hành kèm theo Quyết định này Kế hoạch …")
_ISSUED_WITH_IT = {name: re.compile(r"kèm theo [^.;\n]{0,40}\bnày\s+" + re.escape(name), re.I)
                   for name, _ in DOCUMENT_TYPES}


# A portal's list of other documents under the one shown ("Văn bản liên quan", "Văn bản cùng lĩnh vực"), a heading alone
# … or, on a site that shares documents, its notice that the preview ends ("Bạn đang xem trước 3/4 trang. Tải xuống …")
# (wherever the preview cut the text, mid-sentence too)
_RELATED_DOCUMENTS = re.compile(r"^[#*\s]*(?:Văn bản|Tài liệu|Tin|Bài viết)\s+"
                                r"(?:liên quan|cùng lĩnh vực|cùng chuyên mục)[*\s:]*$"
                                r"|Bạn đang xem (?:trước|thử) [^.\n]{0,40}trang\b", re.M | re.I)


def _signature_end(text: str, signer: str | None) -> int | None:
    """The end of the signer's line under the signature, None when the name stands under none."""
    if not signer:
        return None
    at, name_end = text.rfind(signer), None
    if at < 0:  # a PDF's text may wrap the name ("… THỨ TRƯỞNG Nguyễn Thị" / "Phương Hoa")
        wrapped = list(re.finditer(r"\s+".join(map(re.escape, signer.split())), text))
        if not wrapped:
            return None
        at, name_end = wrapped[-1].start(), wrapped[-1].end()
    before = text[max(0, at - 250):at]
    if not (_SIGN_MARKER.search(before) or _OFFICE.search(before)):
        return None  # the name stands in a portal's table, not under a signature
    # the signature's line, or its cell when the line is a table row ("| Nơi nhận: … | KT. CHỦ TỊCH … Tên | …")
    return min((found for found in (text.find("\n", name_end or at), text.find("|", name_end or at)) if found >= 0),
               default=len(text))


# A website's contact block ("Địa chỉ:", "Điện thoại:", "E-mail:", "Mã số thuế:", as lines or as the cells of one
# row): a page's footer, not a document's.
_CONTACT_LABEL = re.compile(r"(?:^|\|)[^\w\n]*(?:Địa chỉ|Điện thoại|E-?mail|Fax|Mã số thuế|Hotline|Website)\W*:", re.M | re.I)
_CONTACT_BLOCK = 3  # labels within _CONTACT_REACH characters
_CONTACT_REACH = 600


def _site_footer(text: str, start: int) -> int:
    """Where the page's own footer begins after `start` (the document's attachments end there), else the end. A
    contact block that a table or numbered list still follows is an attachment's own (a hotline for the plan)."""
    if "Điện thoại" not in text and "Địa chỉ" not in text:  # a plain substring test spares most texts the scan
        return len(text)
    labels = [m.start() for m in _CONTACT_LABEL.finditer(text, start)]
    for i in range(len(labels) - _CONTACT_BLOCK + 1):
        last = labels[i + _CONTACT_BLOCK - 1]
        if last - labels[i] <= _CONTACT_REACH and not _DOCUMENT_GOES_ON.search(text, text.find("\n", last) + 1 or len(text)):
            return labels[i]
    return len(text)


# What an attachment holds and a website's footer does not: a row of a data table, a numbered item.
_DOCUMENT_GOES_ON = re.compile(r"^(?:\|\s*\d+\s*\||\d{1,2}\.\s+\S|[IVX]{1,4}\.\s+\S)", re.M)
