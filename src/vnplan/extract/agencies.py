"""Agency gazetteer: canonical names, abbreviations and spelling variants.

`find_agencies` scans a stretch of normalised text and returns every agency it
names, canonicalised ("Sở KH&ĐT" -> "Sở Kế hoạch và Đầu tư"). Names that match
no gazetteer entry but have the shape of an agency name ("Trung tâm …",
"Ban Quản lý …") are kept as written and flagged unresolved, never dropped.
Collective actors ("các sở, ban, ngành, địa phương") are recognised separately.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# Department fields: canonical spelling, then a pattern matching its variants (case-insensitive).
_DEPARTMENT_FIELDS: list[tuple[str, str]] = [
    ("Kế hoạch và Đầu tư", r"kế hoạch\s*(?:và|&)\s*đầu tư|kh\s*(?:&|và)\s*đt|khđt"),
    ("Nông nghiệp và Phát triển nông thôn", r"nông nghiệp\s*(?:và|&)\s*phát triển nông thôn|nn\s*(?:&|và)\s*ptnt|nnptnt"),
    ("Nông nghiệp và Môi trường", r"nông nghiệp\s*(?:và|&)\s*môi trường|nn\s*(?:&|và)\s*mt"),
    ("Tài nguyên và Môi trường", r"tài nguyên\s*(?:và|&)\s*môi trường|tn\s*(?:&|và)\s*mt|tnmt"),
    ("Lao động - Thương binh và Xã hội", r"lao động\s*[-–,]?\s*thương binh\s*(?:và|&)\s*xã hội|lđ\s*-?\s*tb\s*(?:&|và)\s*xh|lđtbxh"),
    ("Văn hóa, Thể thao và Du lịch", r"văn hóa\s*,\s*thể thao\s*(?:và|&)\s*du lịch|vhttdl|vh\s*,?\s*tt\s*(?:&|và)\s*dl"),
    ("Văn hóa - Thể thao và Du lịch", r"văn hóa\s*[-–]\s*thể thao\s*(?:và|&)\s*du lịch"),
    ("Văn hóa và Thể thao", r"văn hóa\s*(?:và|&)\s*thể thao|vh\s*(?:&|và)\s*tt"),
    ("Khoa học và Công nghệ", r"khoa học\s*(?:và|&)\s*công nghệ|kh\s*(?:&|và)\s*cn|khcn"),
    ("Thông tin và Truyền thông", r"thông tin\s*(?:và|&)\s*truyền thông|tt\s*(?:&|và)\s*tt|tttt"),
    ("Giáo dục và Đào tạo", r"giáo dục\s*(?:và|&)\s*đào tạo|gd\s*(?:&|và)\s*đt|gdđt"),
    ("Giao thông và Vận tải", r"giao thông và vận tải"),
    ("Giao thông vận tải", r"giao thông\s*-?\s*vận tải|gtvt"),
    ("Dân tộc và Tôn giáo", r"dân tộc\s*(?:và|&)\s*tôn giáo"),
    ("Quy hoạch - Kiến trúc", r"quy hoạch\s*[-–]\s*kiến trúc"),
    ("Công Thương", r"công thương"),
    ("Tài chính", r"tài chính"),
    ("Xây dựng", r"xây dựng"),
    ("Y tế", r"y tế"),
    ("Nội vụ", r"nội vụ"),
    ("Tư pháp", r"tư pháp"),
    ("Ngoại vụ", r"ngoại vụ"),
    ("Du lịch", r"du lịch"),
]
_FIELD_ALTERNATION = "|".join(f"(?P<f{i}>{pattern})" for i, (_, pattern) in enumerate(_DEPARTMENT_FIELDS))
_DEPARTMENT = re.compile(r"Sở\s+(?i:" + _FIELD_ALTERNATION + r")(?![\wĐđ])")
_FIELD_ONLY = re.compile(r"(?i:" + _FIELD_ALTERNATION + r")(?![\wĐđ])")
_DEPARTMENT_LIST = re.compile(r"[Cc]ác Sở\s*:\s*")

_PLACE = r"[A-ZĐÂĂÊÔƠƯÁÀẢÃẠ][\wđ\-]*(?:\s+[A-ZĐÂĂÊÔƠƯÁÀẢÃẠ][\wđ\-]*)*"
# Specific agencies whose written forms vary: (pattern, canonical template).
_SPECIFIC: list[tuple[re.Pattern, str]] = [
    (re.compile(r"(?:Ban Quản lý|BQL)\s+(?:các\s+)?(?i:khu kinh tế\s*,?\s*công nghiệp)\s+tỉnh|BQL\s+KKT\s*,?\s*CN\s+tỉnh"),
     "Ban Quản lý Khu kinh tế, công nghiệp tỉnh"),
    (re.compile(r"(?:Ban Quản lý|BQL)\s+(?i:khu kinh tế)\s+tỉnh|BQL\s+KKT\s+tỉnh"), "Ban Quản lý Khu kinh tế tỉnh"),
    (re.compile(r"Văn phòng\s+(?:Ủy ban nhân dân|UBND)\s+(tỉnh|Thành phố|thành phố)(?!\s+[A-ZĐ])"),
     "Văn phòng Ủy ban nhân dân {1}"),
    (re.compile(r"(?:Ủy ban nhân dân|UBND)\s+(thành phố|huyện|thị xã|quận|xã|phường)\s+(" + _PLACE + ")"),
     "Ủy ban nhân dân {1} {2}"),
    (re.compile(r"Ngân hàng\s+(?i:nhà nước)\s*[-–]?\s*(?i:chi nhánh)\s+((?:tỉnh\s+)?" + _PLACE + ")"),
     "Ngân hàng Nhà nước - Chi nhánh {1}"),
    (re.compile(r"(?:Ủy ban nhân dân|UBND)\s+(tỉnh|Thành phố)(?![\w])"), "Ủy ban nhân dân {1}"),
    (re.compile(r"(?:Hội đồng nhân dân|HĐND)\s+(tỉnh|Thành phố)(?![\w])"), "Hội đồng nhân dân {1}"),
]

# Words without which a pattern cannot match: a substring test is far cheaper than a regex scan.
_SPECIFIC_NEEDS = [("BQL", "Ban Quản lý"), ("BQL", "Ban Quản lý"), ("Văn phòng",), ("UBND", "Ủy ban nhân dân"),
                   ("Ngân hàng",), ("UBND", "Ủy ban nhân dân"), ("HĐND", "Hội đồng nhân dân")]

_HEADS = (
    "Ban Quản lý dự án", "Ban Quản lý", "Ban Chỉ huy", "Ban Dân tộc", "Ban Thường vụ", "Ban Chấp hành", "Ban Tuyên giáo",
    "Bộ Chỉ huy", "Bộ Tư lệnh", "Bộ", "Sở", "Ủy ban Mặt trận", "Ủy ban", "Văn phòng", "Công an", "Chi cục", "Cục",
    "Ngân hàng", "Chi nhánh", "Liên đoàn", "Liên minh", "Hiệp hội", "Hội", "Đài", "Trường", "Đại học", "Học viện",
    "Bảo hiểm xã hội", "Kho bạc", "Viện", "Trung tâm", "Thanh tra", "Tỉnh đoàn", "Thành đoàn", "Tỉnh ủy", "Thành ủy",
    "Bệnh viện", "Báo", "Cảng vụ", "Tòa án", "Hải quan", "Quỹ", "Tổng công ty", "Công ty", "Tập đoàn", "Thủ tướng",
    "Chính phủ", "Quốc hội",
)
_HEAD_RE = re.compile(r"(" + "|".join(re.escape(h) for h in sorted(_HEADS, key=len, reverse=True)) + r")(?![\wđĐ])")
# Lower-case words that occur inside official names ("Bảo hiểm xã hội tỉnh").
_NAME_WORDS = {
    "và", "tỉnh", "thành", "phố", "huyện", "xã", "thị", "nhà", "nước", "quốc", "gia", "dự", "án", "khu", "kinh", "tế",
    "công", "nghiệp", "việc", "làm", "hội", "chính", "sách", "đô", "nhân", "dân", "quân", "sự", "biên", "phòng", "bộ",
    "đội", "chi", "nhánh", "lao", "động", "truyền", "hình", "thanh", "vận", "tải", "y", "dược", "học", "tổng", "hợp",
    "thống", "kê", "thuế", "liên", "hiệp", "phụ", "nữ", "nông", "thôn", "quốc", "dựng", "du", "lịch", "mặt", "trận", "vụ", "cấp",
}
_STOP_AFTER = {"tỉnh"}
_VERB_STARTS = set("và với cùng để các được là tại trên".split())
_VERB_PHRASES = set(
    "chủ trì|phối hợp|tham mưu|triển khai|thực hiện|theo dõi|tổ chức|hướng dẫn|chỉ đạo|đẩy mạnh|tiếp tục|có trách|"
    "chịu trách|căn cứ|kiểm tra|nghiên cứu|rà soát|xây dựng|phát triển|hỗ trợ|thúc đẩy|tập trung|tăng cường|"
    "nâng cao|đôn đốc|quản lý|bảo đảm|đảm bảo|cung cấp|hoàn thành|ban hành|làm việc|chủ động|phổ biến|tuyên truyền".split("|")
)
_SINGLE_WORD_HEADS = {"Bộ", "Sở", "Ủy ban", "Văn phòng", "Hội", "Đài", "Báo", "Quỹ", "Trường", "Viện", "Cục", "Chi nhánh"}

_COLLECTIVE_NOUNS = (
    r"(?:Sở|sở|Bộ|bộ|cơ quan|đơn vị|ngành|địa phương|huyện|xã|phường|tổ chức|hội|đoàn thể|ban|Ban|cấp|tỉnh|"
    r"UBND|Ủy ban|doanh nghiệp|thành viên|hãng|nhà|Trường|trường)"
)
_LEADERS = ("Thủ trưởng", "Giám đốc", "Chủ tịch", "Lãnh đạo")
# Collective actors, each form with the words it cannot match without. The regex engine finds a
# pattern that opens with plain text far faster than one opening with a choice or a lookbehind, so
# each form opens with its words and checks the character before them afterwards.
_COLLECTIVE_FORMS: list[tuple[str, tuple[str, ...]]] = [
    (r"(?:" + "|".join(_LEADERS) + r")(?:\s*\([^)]{0,20}\))?\s+(?:[Cc]ác|[Cc]ác cấp,?)\s+" + _COLLECTIVE_NOUNS, _LEADERS),
    (r"Các(?: cấp,?)?\s+" + _COLLECTIVE_NOUNS, ("Các",)),
    (r"các(?: cấp,?)?\s+" + _COLLECTIVE_NOUNS, ("các",)),
    (r"(?:Ủy ban nhân dân|UBND)\s+(?:các\s+)?(?:huyện|xã|phường|cấp)[\s,]", ("Ủy ban nhân dân", "UBND")),
    (r"(?:Sở|sở)(?<!\w..), ban, ngành", ("ở, ban, ngành",)),
    (r"địa phương(?<!\w.{10})(?:\s+liên quan)?(?![\w])", ("địa phương",)),
    (r"cơ quan,? đơn vị (?:có )?liên quan", ("cơ quan",)),
]
COLLECTIVE_RE = re.compile("|".join(pattern for pattern, _ in _COLLECTIVE_FORMS))
_COLLECTIVE_SCANS = [(re.compile(pattern), needs) for pattern, needs in _COLLECTIVE_FORMS]
_COLLECTIVE_WORDS = set(
    "các sở ban ngành cấp tỉnh và địa phương ubnd ủy nhân dân huyện thị xã thành phố phường đặc khu đơn vị cơ quan "
    "liên quan có trực thuộc đoàn thể hội tổ chức trung ương bộ thủ trưởng chủ tịch giám đốc lãnh đạo doanh nghiệp "
    "khác trên địa bàn thông tấn báo chí vùng huế trong (thủ trưởng) quận".split()
)


_UBND = re.compile(r"\bUBND\b")
_NAME_WORD = re.compile(r"\s*([^\s,;:.()]+)")
_COLLECTIVE_TOKEN = re.compile(r"[^\s,;:.()]+|\((?!Giao)[^)]{0,40}\)|[,;]")
_LIST_SEPARATOR = re.compile(r"\s*(?:,|và)\s*")


@dataclass
class AgencyMention:
    name: str  # canonical when resolved, as written otherwise
    start: int
    end: int
    collective: bool = False
    resolved: bool = True


def _department(match: re.Match) -> str:
    return _DEPARTMENT_FIELDS[int(match.lastgroup[1:])][0]  # the field patterns hold no groups of their own


def _generic_at(text: str, start: int, head: str) -> int:
    """End offset of a name that starts with `head` at `start`, walking its words.

    Capitalised words belong to the name; so does the one lower-case syllable
    that completes a capitalised word ("Ngoại giao", "Tài chính"), and the
    lower-case words that official names contain ("xã hội", "tỉnh").
    """
    pos = start + len(head)
    end = pos
    words = 0
    after_capital = head[-1:].isalpha() and head.split()[-1][:1].isupper()
    expected = 0
    for word in _NAME_WORD.finditer(text[pos:pos + 160]):
        if word.start() != expected:  # punctuation in between ends the name
            break
        expected = word.end()
        token = word.group(1)
        rest = text[pos + word.end():pos + word.end() + 40].lstrip()
        if token in ("-", "–"):
            if rest[:1].isupper():
                after_capital = False
                continue
            break
        lower = token.lower()
        if token[0].isupper() or token[0].isdigit():
            after_capital = True
        elif lower == "và":
            if not rest[:1].isupper() or _HEAD_RE.match(rest):
                break
            after_capital = False
        elif lower in _NAME_WORDS or (lower == "xây" and text[:pos + word.start(1)].rstrip().endswith("tư")):
            after_capital = False
        elif after_capital and lower not in _VERB_STARTS and f"{lower} {_first_word(rest)}" not in _VERB_PHRASES:
            after_capital = False
        else:
            break
        words += 1
        end = pos + word.end()
        if lower in _STOP_AFTER and not rest[:1].isupper():
            break
        if text[end:end + 1] in ",;:.()":
            break
    if words == 0 and head in _SINGLE_WORD_HEADS:
        return start
    return end


def _first_word(text: str) -> str:
    m = re.match(r"[^\W\d_]+", text)
    return m.group(0).lower() if m else ""


def _collective_end(text: str, start: int) -> int:
    end = start
    for word in _COLLECTIVE_TOKEN.finditer(text[start:start + 200]):
        token = word.group(0)
        lower = token.lower()
        if token in (",", ";") or lower in _COLLECTIVE_WORDS or token.startswith("("):
            if lower == "tổ" and text[start + word.end():start + word.end() + 6] != " chức":
                break
            if token not in (",", ";"):
                end = start + word.end()
            continue
        break
    return end


def _has_any(text: str, words: tuple[str, ...]) -> bool:
    for word in words:  # a plain loop: this runs for every pattern on every text
        if word in text:
            return True
    return False


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def _leftmost(scans: list[tuple[re.Pattern, tuple[str, ...]]], text: str) -> list[re.Match]:
    """The matches one alternation of the patterns would give: leftmost first, earlier pattern first
    at the same place, none overlapping. A pattern runs only when a word it needs is in the text."""
    hits = sorted(
        (m.start(), i, m)
        for i, (pattern, needs) in enumerate(scans) if _has_any(text, needs)
        for m in pattern.finditer(text)
    )
    out, end = [], 0
    for start, _, match in hits:
        if start >= end:
            out.append(match)
            end = match.end()
    return out


def find_agencies(text: str, start: int = 0, end: int | None = None) -> list[AgencyMention]:
    """Every agency named in text[start:end], in order, collective actors flagged."""
    end = len(text) if end is None else end
    found: list[AgencyMention] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= x or a >= y for x, y in taken)

    def add(mention: AgencyMention) -> None:
        found.append(mention)
        taken.append((mention.start, mention.end))

    segment = text[start:end]
    for match in _DEPARTMENT_LIST.finditer(segment) if "ác Sở" in segment else ():
        taken.append((start + match.start(), start + match.end()))  # "Các Sở:" introduces the list
        pos = match.end()
        while True:
            field = _FIELD_ONLY.match(segment, pos)
            if not field:
                break
            add(AgencyMention("Sở " + _department(field), start + field.start(), start + field.end()))
            sep = _LIST_SEPARATOR.match(segment, field.end())
            if not sep:
                break
            pos = sep.end()
    for (pattern, template), needs in zip(_SPECIFIC, _SPECIFIC_NEEDS):
        if not _has_any(segment, needs):
            continue
        for match in pattern.finditer(segment):
            if free(start + match.start(), start + match.end()):
                name = template.format(*([match.group(0)] + list(match.groups())))
                add(AgencyMention(name, start + match.start(), start + match.end()))
    for match in _DEPARTMENT.finditer(segment):
        if free(start + match.start(), start + match.end()):
            add(AgencyMention("Sở " + _department(match), start + match.start(), start + match.end()))
    for match in _leftmost(_COLLECTIVE_SCANS, segment):
        a = start + match.start()
        b = max(_collective_end(text, a), start + match.end())
        b = min(b, end)
        if free(a, b):
            add(AgencyMention(text[a:b].strip(" ,;"), a, b, collective=True))
    for match in _HEAD_RE.finditer(segment):
        a = start + match.start()
        if (match.start() and _is_word_char(segment[match.start() - 1])) or not free(a, a + 1):
            continue
        b = min(_generic_at(text, a, match.group(1)), end)
        if b > a and free(a, b):
            name = text[a:b]
            if "UBND" in name:
                name = _UBND.sub("Ủy ban nhân dân", name)
            add(AgencyMention(name, a, b, resolved=False))
    found.sort(key=lambda m: m.start)
    return found


# How an agency name or a list of them can open: a one-word head ("Sở", "Bộ"), the first two words of
# a longer head, leader or specific form ("Công an", "Ủy ban"; "Công tác", "Tập trung" open none),
# a word that opens a collective form, or a joining word a list may begin with.
_OPENING_PAIRS = {" ".join(name.split()[:2]) for name in (*_HEADS, *_LEADERS, "Ủy ban nhân dân", "Hội đồng nhân dân")
                  if " " in name}
_OPENING_WORDS = ({name for name in _HEADS if " " not in name}
                  | {"BQL", "UBND", "HĐND", "Các", "các", "Sở", "sở", "địa", "cơ", "và", "với"})
_FIRST_WORDS = re.compile(r"[\s,;]*([^\s,;:.()]*)[ ]?([^\s,;:.()]*)")


def may_name_agency_at(text: str, pos: int = 0) -> bool:
    """False when no agency can be named at `pos` because the words there open none.

    Most task texts start with a verb ("Tăng cường …"); this spares them a full scan for agencies.
    """
    first, second = _FIRST_WORDS.match(text, pos).groups()
    return first in _OPENING_WORDS or f"{first} {second}" in _OPENING_PAIRS


def is_collective_name(name: str) -> bool:
    return bool(COLLECTIVE_RE.search(name)) or name.lower().startswith("các ")
