"""Agencies named in a text: recognised by the grammar of their names, normalised by the gazetteer.

A body's name opens with a head ("Sở", "Ủy ban nhân dân", "Chi cục", "Bộ Tư lệnh", …) and goes on with
modifiers — capitalised words, the lower-case words official names contain, a locality ("tỉnh",
"huyện Phú Lộc", "khu vực II") — up to a stop: a role verb, punctuation, a small word of the sentence,
a conjunction before another head. A head alone names nothing ("Báo cáo", "Hội nghị", "Thanh tra,
kiểm tra" are not bodies). What was read is then written one way: department and ministry fields take
their official names ("Sở Văn hóa - Thể thao và Du lịch" -> "Sở Văn hóa, Thể thao và Du lịch"),
short forms are expanded ("UBND" -> "Ủy ban nhân dân"), an office-holder stands for his body
("Giám đốc Sở Y tế" -> "Sở Y tế"), a nationwide organisation named with its levels is that one
organisation ("Hội Nông dân các cấp" -> "Hội Nông dân Việt Nam"). Names outside the gazetteer are kept
as written and flagged unresolved. A head followed by a class ("Ủy ban nhân dân các xã", "Ban Chỉ đạo
cấp huyện") and phrases such as "các sở, ban, ngành" are collective actors.

`defined_aliases` reads the short names a document defines ("… (sau đây gọi tắt là Ban Chỉ đạo)");
passed to `find_agencies`, they are found and written as the full name.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from ..lexicon import ACTION_VERBS, LOWER_LETTERS, TABLE_NOTE_WORDS, UPPER_LETTERS
from ..textfold import fold, fold_aligned
from . import agency_lexicon as lex


@dataclass
class AgencyMention:
    name: str  # canonical when resolved, as written otherwise
    start: int
    end: int
    collective: bool = False
    resolved: bool = True


# -- heads ----------------------------------------------------------------------------------------

def _case_tolerant(form: str) -> str:
    """A written form whose first word is as given and the rest in any case ("Ban quản lý"); a head in
    capitals ("BAN HÀNH", "ỦY BAN NHÂN DÂN" in a title) is a heading's word, not a name; nor is a head that is the
    first syllable of a word of its own ("Tổ chức", "Báo cáo")."""
    first, _, rest = form.partition(" ")
    words_of_its_own = [word.split(" ", 1)[1] for word in lex.WORDS_OPENING_WITH_A_HEAD
                        if word.startswith(form.lower() + " ")]
    return re.escape(first) + ("(?i:" + re.escape(" " + rest) + ")" if rest else "") + (
        r"(?!\s+(?i:" + "|".join(words_of_its_own) + r")(?![\wđĐ]))" if words_of_its_own else "")


_HEAD_OF: dict[str, str] = {}  # written form, lower-cased -> canonical head
for _canonical, _short_forms in lex.HEADS.items():
    for _form in (_canonical, *_short_forms):
        _HEAD_OF[_form.lower()] = _canonical
_HEAD_RE = re.compile(
    "(?:" + "|".join(_case_tolerant(f) for f in sorted(
        (form for canonical, shorts in lex.HEADS.items() for form in (canonical, *shorts)), key=len, reverse=True))
    + r")(?![\wđĐ])"
)
# "… khu vực XI - Ủy viên": a committee seat after the dash ends the name.
# ("Trưởng Ban Chỉ đạo:": the seat with the committee's name, up to the heading's colon)
SEAT_AFTER_DASH = re.compile(r"\s*[-–]\s*(?:Phó\s+)?(?i:" + "|".join(lex.COMMITTEE_SEATS) + r")(?:\s+[Tt]hường trực)?(?![\wđ])"
                             r"(?:[^\S\n]+[A-ZĐ][^\s:;,.]*(?:[^\S\n]+[^\s:;,.]+){0,5}(?=\s*:))?")
# "Đồn Biên phòng trên địa bàn", "Hội Nông dân cùng cấp": every such body there, or at each level, a class
_IN_THE_AREA = re.compile(r"\s+(?:(?:đóng quân\s+|đóng\s+)?trên địa bàn|cùng cấp)(?![\wđ])")
_LISTED_BEFORE = re.compile(r"\s*(?:,|và)\s*")
# ("Ban Công tác Mặt trận các thôn", "… các bản"; not "các bản đồ", "các làng nghề": words of their own)
_IN_EACH_KIND = re.compile(r" các (?:trường(?: học)?|cơ sở|doanh nghiệp|bệnh viện|khoa|trung tâm|hợp tác xã|"
                           + "|".join(lex.VILLAGE_KINDS) + r")(?![\wđ])(?! (?:đồ|sao|vẽ|thảo|cam kết|nghề)(?![\wđ]))")
_PLURAL_BEFORE = re.compile(r"(?<![\wđĐ])[Cc]ác $")
_CENTRAL_ORGAN_BEFORE = re.compile(r"(?<![\wđĐ])" + lex.CENTRAL_ORGAN + " $")
_NATIONWIDE_ENDINGS = ("Việt Nam", "Cộng sản Hồ Chí Minh")  # the nation's organisations, which a central organ heads
_ORGAN_BEFORE = re.compile(r"(?<![\wđĐ])" + lex.STANDING_ORGAN + r" $")
_SEAT_BEFORE = re.compile(r"(?<![\wđĐ])(?:" + "|".join(lex.COMMITTEE_SEATS) + r") $")
_SERVING_WORDS = r"các\s+(?:" + "|".join(lex.SERVING_A_BODY) + r")\s+"  # (one member, "thành viên Ban X", is no class)
_SERVING_BEFORE = re.compile(r"(?<![\wđĐ])" + _SERVING_WORDS + "$", re.I)
_SERVING = re.compile(_SERVING_WORDS, re.I)


def _as_its_standing_organ(text: str, mention: AgencyMention, start: int, found: _Found) -> bool:
    """ "Thường trực Hội", "Thường trực Tỉnh ủy": the body's standing organ, named with it, is the actor; not in an
    office's or a seat's title ("Phó Chủ tịch Thường trực Ủy ban nhân dân tỉnh", "Ủy viên Thường trực …"), where the
    person stands for the body itself. Whether the organ was taken in."""
    organ = _ORGAN_BEFORE.search(text, max(start, mention.start - len(lex.STANDING_ORGAN) - 1), mention.start)
    if organ is None or not found.free(organ.start(), mention.start):
        return False
    reach = max(start, organ.start() - 24)
    if _OFFICE_BEFORE.search(text, reach, organ.start()) or _SEAT_BEFORE.search(text, reach, organ.start()) \
            or text[reach:organ.start()].endswith("Ban ") or _HEAD_BEFORE.search(text, reach, organ.start()):
        return False  # (nor in a unit's name: "Văn phòng Thường trực Ban Chỉ đạo …", "Ban Thường trực …")
    mention.start, mention.name = organ.start(), f"{lex.STANDING_ORGAN} {mention.name}"
    return True


def body_served(name: str) -> str | None:
    """ "Ban Chỉ đạo tỉnh" of "Các thành viên Ban Chỉ đạo tỉnh": the body a collective of its members names."""
    serving = _SERVING.match(name)
    return name[serving.end():] if serving and _HEAD_RE.match(name, serving.end()) else None


def _as_those_serving_it(text: str, mention: AgencyMention, start: int, found: "_Found") -> None:
    """ "Các thành viên Ban Chỉ đạo 389 tỉnh": the people serving a body, a collective actor whose name holds the
    body's."""
    serving = _SERVING_BEFORE.search(text, max(start, mention.start - 24), mention.start)
    if serving and found.free(serving.start(), mention.start):
        phrase = text[serving.start():mention.start]
        mention.name = phrase[:1].upper() + phrase[1:] + mention.name
        mention.start, mention.collective = serving.start(), True


_BRANCH_BEFORE = re.compile(r"(?<![\wđĐ])chi nhánh $")
_OFFICES = r"(?:" + "|".join(re.escape(t) for t in sorted(lex.OFFICE_HOLDERS, key=len, reverse=True)) + r")"
_OFFICE_BEFORE = re.compile(r"(?:" + lex.DEPUTY + r"\s+)?" + _OFFICES + r"\s+$")
_LEADER = r"(?:" + "|".join(lex.LEADERS) + r")(?:\s*\([^)]{0,20}\))?"  # "Thủ trưởng", "Giám đốc (Thủ trưởng)"
_LEADER_OF_EACH = re.compile(_LEADER + r"\s+(?=[Cc]ác\s)")
_OFFICE_AT = re.compile(_OFFICES + r"\s+(?=\S)")  # "… và Giám đốc Sở Y tế": the next body's office-holder

# -- fields and name parts --------------------------------------------------------------------------

_FIELD_ALTERNATION = "|".join(f"(?P<f{i}>{pattern})" for i, (_, pattern) in enumerate(lex.FIELDS))
_FIELD_AT = re.compile(r"\s*(?i:" + _FIELD_ALTERNATION + r")(?![\wĐđ])")
_FIELD_ONLY = re.compile(r"(?i:" + _FIELD_ALTERNATION + r")(?![\wĐđ])")
# (not "Ban ngành Đoàn thể": sectors and organisations at large)
_SECTOR_AT = re.compile(r"[ ]+" + lex.SECTOR_WORD + r"(?= +[" + UPPER_LETTERS + r"])(?! +(?:" + "|".join(
    noun for noun in lex.COLLECTIVE_NOUNS if noun[:1].isupper()) + r")(?![\w]))")
# "Các Sở: …", "các Bộ …", and in lower case before a colon, "Các sở: Công Thương, Y tế"
_DEPARTMENT_LIST = re.compile(r"[Cc]ác (?:(?P<head>" + "|".join(sorted(lex.FIELD_HEADS)) + r")(?P<after>\s*:\s*|\s+)"
                              r"|(?P<lower>" + "|".join(sorted(head.lower() for head in lex.FIELD_HEADS))
                              + r")(?P<colon>\s*:\s*))")
_LISTED_HEADS = [h for h in lex.LISTING_HEADS if h not in lex.FIELD_HEADS]
_HEAD_LIST = re.compile(r"[Cc]ác (" + "|".join(map(re.escape, _LISTED_HEADS)) + r")(" + lex.KIND_WORDS + r")(?:"
                        # "Các Cục: Đường sắt Việt Nam, …", "Các Xí nghiệp thủy lợi: Lục Ngạn, …" (the kind's words);
                        r"\s*:\s*(?=[A-ZĐ])"
                        # without the colon, two proper names at least, the head maybe in lower case ("Các chi bộ tổ dân
                        # phố Đông Sơn, Hàm Rồng, …"; not "các trường Đại học, Cao đẳng", kinds of school)
                        r"| (?=[A-ZĐ]\w* [A-ZĐ][^,;:.()]{0,30}(?:,| và) [A-ZĐ]))"
                        r"|[Cc]ác (" + "|".join(re.escape(h[0].lower() + h[1:]) for h in _LISTED_HEADS) + r")("
                        + lex.KIND_WORDS + r") (?=[A-ZĐ]\w* [A-ZĐ][^,;:.()]{0,30}(?:,| và) [A-ZĐ])")
_CENTRAL_BODIES = re.compile(lex.CENTRAL_BODIES_WRITTEN)
_LIST_SEPARATOR = re.compile(r"\s*(?:,|và)\s*")
_PART_AT = re.compile("|".join(f"(?P<p{i}>{pattern})" for i, (_, pattern) in enumerate(lex.NAME_PARTS)),
                      re.IGNORECASE)


# The fields' official names without their marks, to read a name whose marks were lost ("Sở Công Thuong").
_FOLDED_FIELDS = {fold(name): name for name, _ in lex.FIELDS}
_FIELD_WITHOUT_MARKS = re.compile(r"\s*(" + "|".join(re.escape(name) for name in sorted(_FOLDED_FIELDS, key=len, reverse=True))
                                  + r")(?![\w])")
_LONGEST_FIELD = max(map(len, _FOLDED_FIELDS)) + 4


def _field(match: re.Match) -> str:
    return lex.FIELDS[int(match.lastgroup[1:])][0]  # the field patterns hold no groups of their own


# -- the words of a name ----------------------------------------------------------------------------

# (two acronyms a slash joins are one word of a name: "Khoa Kiểm soát bệnh tật và HIV/AIDS")
_TOKEN = re.compile(r"[ ]*([A-ZĐ]{2,}/[A-ZĐ]{2,}(?![\w/])|[^\s,;:.()\[\]“”\"!?/]+|[,;:.()\[\]“”\"!?/\n]|(?=\n))")
_LOCALITY_AT = re.compile(r"[ ]*(" + "|".join(re.escape(x) for x in sorted(
    (*lex.LOCALITIES, *lex.LOCALITY_ABBREVIATIONS), key=len, reverse=True)) + r")(?![\wđ])(?!\s+(?:ủy|đoàn)\b)")  # not "Tỉnh ủy", "Tỉnh đoàn"
_BRANCH_AT = re.compile(r"[ ]*" + lex.BRANCH[1] + r"(?![\wđ])")
_PLACE_WORD = re.compile(r"[ ]+([^\s,;:.()\[\]“”\"!?/]+)")
_ALL_LEVELS = re.compile(r"[ ]+(?:" + "|".join(re.escape(x) for x in lex.ALL_LEVELS) + r")(?![\wđ])")
_CLASS_NOUNS_AFTER = "|".join(re.escape(n) for n in sorted({*lex.COLLECTIVE_NOUNS, *lex.LOCAL_LEVELS,
                                                           *lex.UNITS_EACH_HAS, *lex.VILLAGE_KINDS},
                                                          key=len, reverse=True)
                              if n[0].islower())
# (after a head, any local level is a class: "Viện kiểm sát nhân dân các khu vực"; so is a count of them, "Ủy ban nhân
# dân 21 tỉnh, thành phố ven biển", but not a body numbered in its province, "Thuế cơ sở 5 tỉnh Lai Châu")
_COUNTED = r"\d{1,3}(?=\s+\S+(?![^\s,;:.]*\s+[" + UPPER_LETTERS + r"]))"
_CLASS_AFTER = re.compile(
    r"[ ]+(?:" + "|".join(re.escape(x) for x in lex.CLASS_LEVELS) + r"|(?:các|" + _COUNTED + r")\s+(?:"
    + _CLASS_NOUNS_AFTER + r"))(?![\wđ])"
)
_LEVELS_LOWER = sorted({level.lower() for level in (*lex.LOCAL_LEVELS, *lex.PROVINCE_LEVELS)}, key=len, reverse=True)
_PLACES_AFTER = re.compile(r"[ ]+(?:các|" + _COUNTED + r")\s+(?:" + "|".join(_LEVELS_LOWER) + r")(?![\wđ])")
_LOCAL_LEVEL_AT = re.compile(r"[ ]+(?:" + "|".join(sorted(lex.LOCAL_LEVELS, key=len, reverse=True)) + r")(?![\wđ])")
_LEVEL_WORDS = "|".join(re.escape(x) for x in sorted({level.lower() for level in lex.LOCALITIES}, key=len, reverse=True))
# (the places may follow a colon after words that say which: "… các xã biên giới: Bờ Y, Đăk Plô và …")
_NAMED_LOCALITIES = re.compile(r"[ ]+các[ ]+(" + _LEVEL_WORDS + r")(?![\wđ])(?:(?:[ ]+[" + LOWER_LETTERS + r"]+){0,3}[ ]*:)?")
_PLACE_SEPARATOR = re.compile(r"[ ]*(?:,|;|,?[ ]+và)(?=[ ])")


def _is_capital(word: str) -> bool:
    return word[:1].isupper() or word[:1].isdigit()


def _next_word(text: str, pos: int) -> tuple[str, int, int]:
    """The token after `pos` (a word or one punctuation mark), its start and end; '' at the end."""
    m = _TOKEN.match(text, pos)
    if not m or not m.group(1):
        return "", pos, pos
    return m.group(1), m.start(1), m.end(1)


def _where(text: str, pos: int) -> tuple[list[str], int] | None:
    """A locality or branch at `pos` and the place after it ("tỉnh Hà Tĩnh", "- Chi nhánh Khu vực II").

    A level below the province with no place after it ("xã") is a class of bodies, not one.
    """
    branch = _BRANCH_AT.match(text, pos)
    words = []
    if branch:  # its dash as the text writes it: "Ngân hàng Nhà nước - Chi nhánh …", "Ngân hàng … Chi nhánh tỉnh …"
        words.append(lex.BRANCH[0] if branch.group(0).strip()[:1] in "-–" else lex.BRANCH[0].lstrip("- "))
        pos = branch.end()
    locality = _LOCALITY_AT.match(text, pos)
    if locality:
        words.append(lex.LOCALITY_ABBREVIATIONS.get(locality.group(1), locality.group(1)))
        pos = locality.end()
    elif not branch:
        return None
    place_end = _place_end(text, pos, bool(locality) and locality.group(1) in lex.LOCAL_LEVELS or bool(branch))
    if place_end > pos:
        words.append(text[pos:place_end].strip())
        pos = place_end
    elif not branch and locality.group(1) in lex.LOCAL_LEVELS:
        return None
    return words, pos


def _place_end(text: str, pos: int, numbered: bool) -> int:
    """The end of the place name at `pos` ("Hà Tĩnh", "Bà Rịa - Vũng Tàu", "Khu vực II", "2"), `pos`
    when there is none.

    Its words are capitalised; a number only opens it, and only after a level that is numbered
    ("quận 1", "khu vực 2", not "tỉnh 0"). The place ends before the name of another body
    ("… Thành phố Sở Tài chính", as table cells run together), before a role verb in capitals
    ("… tỉnh Chủ trì") and before small or document words.
    """
    end = pos
    while True:
        word = _PLACE_WORD.match(text, end)
        if word and word.group(1) in ("-", "–") and end > pos:
            # a dash joins two halves of one place, not a name and a committee seat ("… Quảng Trị - Ủy viên")
            word = None if SEAT_AFTER_DASH.match(text, end) else _PLACE_WORD.match(text, word.end())
        if not word or not _is_place_word(text, word, first=end == pos, numbered=numbered):
            return end
        end = word.end()


def _is_place_word(text: str, word: re.Match, first: bool, numbered: bool) -> bool:
    token = word.group(1)
    if token[:1].isdigit():
        # a number opens the place of a numbered level ("quận 1") or closes a commune's name ("phường Móng Cái 1",
        # as communes merged in 2025 are numbered), not a count ("xã Hòa An 2 lần")
        return numbered and (first or len(token) <= 2 and (_NUMBER_CLOSES_PLACE.match(text, word.end()) is not None
                                                           or _verb_at(text, word.end()) is not None))
    if not token[:1].isupper() or token.lower() in lex.STOP_WORDS or _opens_document(text, word.start(1)):
        return False
    if first and _next_word(text, word.end())[0][:1].islower() and _verb_at(text, word.start(1)):
        return False  # "… Hội Liên hiệp Phụ nữ tỉnh" / "Đưa nội dung …": a sentence opens, in a heading run on into it
    body = _body_at(text, word.start(1))
    # (a place whose first syllable is a head's, "xã Trường Hà", "phường Sở Dầu": capitalised words only after the
    # level, where a body's name has its kind or field in lower case, "Sở Tài chính")
    if body and not (first and numbered and all(w[:1].isupper() for w in text[word.start(1):body.end].split())):
        return False
    return f"{token.lower()} {_next_word(text, word.end())[0].lower()}" not in lex.STOP_PAIRS


_NUMBER_CLOSES_PLACE = re.compile(r"\s*(?:[,;:)\n]|$)|\s+và\s")
_DOCUMENT_AT = re.compile("(?i:" + "|".join(sorted(lex.DOCUMENT_WORDS, key=len, reverse=True)) + r")(?![\wđ])")


_CITED_DOCUMENT = re.compile(r"\s+(?:số\s+)?\d")  # "Kế hoạch số 12/KH-UBND", "Quyết định 15/QĐ-TTg"
_FIELD_GOES_ON = re.compile(r"\s*(?:,\s*|\svà\s+)[A-ZĐ]")


def _opens_document(text: str, pos: int) -> bool:
    """A document's name begins at `pos` ("… Hà Nội xây dựng Đề án"); a document word in a series of
    fields ("Vụ Kế hoạch, Tài chính và …") names a field."""
    document = _DOCUMENT_AT.match(text, pos) if text[pos:pos + 1].isupper() else None
    return document is not None and not _FIELD_GOES_ON.match(text, document.end())


@dataclass
class _Name:
    end: int
    words: list[str]
    free: bool  # holds words the gazetteer does not know (other than places)


def _opens_the_next_cell(text: str, start: int, stop: int, limit: int, head: str) -> bool:
    """Does the word at `start` open the next cell of a table whose cells a copy ran together, after a name of `head`
    (`head` empty right after the head)? A time ("… Vụ Pháp chế Quý I/2027"), or after the name's own words a class
    opened in capitals ("… Mầm non Các Cục", not "Trường Tiểu học Các Mác") or a peer body ("Vụ Giáo dục Mầm non Vụ
    Pháp chế", "… Cục Cơ sở vật chất")."""
    if _CELL_OF_TIME.match(text, start):
        return True
    if not head:
        return False
    if text.startswith("Các", start) and stop == start + 3:
        following, following_start, _ = _next_word(text, stop)
        return following[:1].islower() or _HEAD_RE.match(text, following_start) is not None
    again = _HEAD_RE.match(text, start)
    return again is not None and again.end() < limit and _peers(head, _HEAD_OF[again.group(0).lower()])


def _peers(head: str, other: str) -> bool:
    return any(head in peers and other in peers for peers in lex.PEER_HEADS)


_CELL_OF_TIME = re.compile(r"(?:Quý|Tháng)\s+(?:[IV]{1,3}|\d{1,2})(?![\w.])|Năm\s+\d{4}")
_NAME_GOES_ON = re.compile(r"\s+(?:và|-|–)\s+[A-ZĐÀ-Ỹ]")


def _numbers_the_body(word: str, following: str) -> bool:
    """ "Ban Chỉ đạo 389 tỉnh", "Ban Chỉ đạo 35 Tỉnh ủy": a number right after a committee's head is the committee's
    own, when its province's level, another capitalised word or the clause's end follows it; a count is none ("Ủy ban
    nhân dân 03 xã", "Sở Y tế 05 ngày": not a committee's head, or a lower level after it)."""
    return word.isdigit() and len(word) <= 4 and word[:1] != "0" and (
        following.lower() in lex.PROVINCE_LEVELS
        or _is_capital(following) and not following[:1].isdigit() or following in ("", ",", ";", ".", ":", ")", "\n"))


def _modifiers(text: str, pos: int, limit: int, joint: bool = False, mission: bool = False,
               capitalised_head: bool = False, numbered: bool = False, managing: bool = False,
               by_sector: bool = True, head: str = "") -> _Name:
    """The modifiers of a name from `pos`: the words that belong to it, up to a stop.

    Capitalised words belong to the name; so does the lower-case syllable that completes a word
    opening a capitalised run ("Kế hoạch", "Y tế"), and, after the first modifier, the lower-case
    words official names contain ("xã hội", "nông thôn"). Joining words and words such as "phát
    triển" belong only if the name goes on after them. A locality ends the name. A body named by its
    `mission` (or with one inside its name) may go on in plain words for longer; one, or one whose head is
    `numbered`, may have its number right after the head; one `managing` zones may list them ("… và các khu …"); one
    named `by_sector` after its head ("Công đoàn ngành Y tế"; not "Bộ ngành Trung ương", ministries and sectors). Its
    `head` opening again opens another name.
    """
    words: list[str] = []
    kept, end, free = 0, pos, False
    opens_run = False  # the last word was a capitalised one after a lower-case one or the head
    after_head = True  # the last word ended a head
    field_only = False  # the name so far is one whole field ("Tài chính", "Kinh tế - Hạ tầng")
    while pos < limit and len(words) < lex.MAX_NAME_WORDS:
        word, start, stop = _next_word(text, pos)
        if not word or stop > limit:
            break
        follows_head, after_head = after_head, False
        sector = None if words or not by_sector else _SECTOR_AT.match(text, pos)  # "Công đoàn ngành Y tế"
        field = None if words else _FIELD_AT.match(text, sector.end() if sector else pos)
        if field and field.end() <= limit and not _NAME_GOES_ON.match(text, field.end()):
            # "Hiệp hội du lịch tỉnh": a field names the body's domain, unless it is only the first part of the
            # name ("Vụ Khoa học công nghệ và Môi trường" is no "Khoa học và Công nghệ")
            words.extend([lex.SECTOR_WORD, _field(field)] if sector else [_field(field)])
            pos = end = field.end()
            kept, opens_run, field_only = len(words), False, True
            continue
        if sector:  # (a field no list knows goes on in capitals after it: "Công đoàn ngành Giáo dục")
            words.append(lex.SECTOR_WORD)
            pos = sector.end()
            continue
        part = _PART_AT.match(text, start)
        if part and (part.end() >= len(text) or not text[part.end()].isalnum()):
            spelt = lex.NAME_PARTS[int(part.lastgroup[1:])][0]
            # (what a body manages, after "và các", in the case the text writes it: "… và các khu công nghiệp Đà Nẵng")
            lower = words[-2:] == ["và", "các"] and text[start].islower()
            words.append(spelt[0].lower() + spelt[1:] if lower else spelt)
            pos = end = part.end()
            kept, opens_run = len(words), False
            continue
        where = _where(text, pos)
        if where:
            words.extend(where[0])
            end, kept = where[1], len(words)
            break
        lower = word.lower()
        if _opens_the_next_cell(text, start, stop, limit, head if words else ""):
            break
        if lower in lex.NAME_JOINERS:
            if lower in "-–" and (SEAT_AFTER_DASH.match(text, start) or _another_body_after_dash(text, start, head)):
                break
            following, following_start, following_end = _next_word(text, stop)
            goes_on = _is_capital(following) or _PART_AT.match(text, following_start) or (
                lower == "và" and following == "các" and _classes_go_on(text, following_end, managing))
            joins_second_body = joint and "và" not in words and bool(words) and _HEAD_RE.match(text, following_start)
            if (lower == "của" and not words) or (lower == "và" and not joins_second_body and (
                    _HEAD_RE.match(text, following_start) or _OFFICE_AT.match(text, following_start)
                    or _opens_document(text, following_start)
                    or not words and not _PART_AT.match(text, following_start))):
                # "của" only inside a name; "và" before another body joins two names, and right after
                # the head only a known part follows it ("Báo và Phát thanh, Truyền hình", not "Bắc Bộ và …"); a
                # head in lower case opens a field ("Đội Kiểm lâm cơ động và Phòng cháy, chữa cháy rừng")
                closed = _capital_field_after_and(text, start, limit) if lower == "và" and words else None
                if closed:
                    words.extend(closed[0])
                    end, kept = closed[1], len(words)
                break
            pair = f"{words[-1].lower()} và {following.lower()}" if words else ""
            if goes_on or (lower == "và" and words and (following.lower() in lex.NAME_WORDS
                                                        or pair in lex.NAME_COORDINATES)):
                words.append("-" if word == "–" else word)  # kept only if the name goes on; its dash the official one
                pos, opens_run = stop, False
                continue
        elif _opens_document(text, start) and words[-1:] not in (["các"], ["-"], ["–"]) and (
                words or _CITED_DOCUMENT.match(text, _DOCUMENT_AT.match(text, start).end())):  # "Tài chính - Kế hoạch"
            # "… Hà Nội xây dựng Đề án": the name of a document, not of the body; right after the head, the word is
            # the body's field ("Phòng Kế hoạch tổng hợp", "Vụ Kế hoạch - Tài chính") unless a number cites it
            break
        else:
            whole = _HEAD_RE.match(text, start)
            if whole and _HEAD_OF[whole.group(0).lower()] in lex.BARE_HEADS:
                words.append(_HEAD_OF[whole.group(0).lower()])  # "Văn phòng Chính phủ": a whole name ends the name
                end, kept = whole.end(), len(words)
                break
            if whole and len(whole.group(0).split()) > 1:  # "Văn phòng Ban Chỉ đạo": a head inside a name
                words.append(_HEAD_OF[whole.group(0).lower()])
                mission = mission or words[-1] in lex.MISSION_HEADS
                pos = end = whole.end()
                kept, opens_run, free, after_head = len(words), False, True, True
                continue
            following = _next_word(text, stop)[0]
            role_verb = f"{lower} {following.lower()}" in lex.STOP_PAIRS
            # "Ban Chỉ đạo 389 tỉnh", "Thuế cơ sở 3 tỉnh X"
            body_number = not words and ((mission or numbered) and _numbers_the_body(word, following)
                                         or head in lex.NAMED_BY_NUMBER_HEADS and word.isdigit() and len(word) <= 2)
            if _is_capital(word) and (words or not word[:1].isdigit() or body_number) and not (
                    word[:1].isdigit() and text.startswith("/", stop)):  # "số 58/2025": a document's number
                if lower in lex.STOP_WORDS and following[:1].isdigit():
                    break  # "… Thăng Long Trên 95% sản phẩm …": a bound and its figure, cells run together
                if role_verb and not follows_head and words[-1:] not in (["và"], ["-"]):
                    # "Bộ Chỉ huy Quân sự tỉnh Chủ trì": a role verb written in capitals; after a joining word it
                    # opens the name's next part ("Trung tâm Xúc tiến đầu tư và Hỗ trợ doanh nghiệp")
                    break
                # a capitalised word may open a two-syllable word ("Kế hoạch", "Phòng thủ"), unless it
                # follows another capitalised word ("Hà Tĩnh trở thành"); a legal form's letters are none ("Công ty
                # TNHH MTV Khai thác …")
                opens_run = follows_head or not _is_capital(words[-1]) or words[-1][-1:] in "-–" \
                    or len(words[-1]) > 1 and words[-1].isupper()
                free = free or word not in lex.NAME_ABBREVIATIONS
                words.append(lex.NAME_ABBREVIATIONS.get(word, word))
                pos = end = stop
                kept, after_head = len(words), bool(whole)
                continue
            series = _field_series_end(text, start, limit) if word == "," and words else None
            if series:  # "Phòng Kinh tế, Hạ tầng và Đô thị": fields joined by commas and a last "và"
                words[-1] += ","
                words.extend(text[start + 1:series].split())  # "Hạ", "tầng", …; inner commas stay on their word
                pos = end = series
                kept = len(words)
                continue
            village = None if words else _VILLAGE_AFTER_HEAD.match(text, start)
            if village:
                # "Chi đoàn thôn tổ chức …", "Chi bộ thôn Bắc": a branch in one of the commune's villages, named by
                # the village (or its own, unnamed): the village ends the name
                place_end = _place_end(text, village.end(), True)
                if _verb_at(text, place_end) or _BOUNDARY_AT.match(text, place_end):  # (not "… thôn Thanh niên …")
                    words.extend(text[start:place_end].split())
                    end, kept = place_end, len(words)
                    break
            if words and lower in lex.LOCAL_LEVELS and not _is_capital(following) \
                    and f"{lower} {following.lower()}" not in lex.LEVEL_COMPOUNDS \
                    and not f"{' '.join(words[-2:]).lower()} {lower}".endswith(lex.NOUNS_OPENING_WITH_A_VERB):
                # "Văn phòng Ủy ban nhân dân phường", "Đoàn Thanh niên xã xây dựng …": the plan's own ward, unnamed,
                # ends the name (not "xã hội", "hợp tác xã")
                words.append(word)
                end, kept = stop, len(words)
                break
            if f"{lower} {following.lower()}" in lex.NAME_PAIRS and words:
                pair_end = _next_word(text, stop)[2]
                words.extend(text[start:pair_end].split())
                pos = end = pair_end
                kept = len(words)
                continue
            form = None
            if lower in _LEGAL_FORM_OPENERS:
                form = next((f for f in lex.LEGAL_FORMS if text[start:start + len(f)].lower() == f), None)
            elif lower == "thành" and words and words[-1].lower() in ("một", "hai"):
                form = "thành viên"  # "Công ty TNHH Một thành viên …"
            if form and text[start:start + len(form)].lower() == form and text[start + len(form):][:1] in (" ", ""):
                words.extend(text[start:start + len(form)].split())
                pos = end = start + len(form)
                kept = len(words)
                continue
            if lower in lex.STOP_WORDS and words and _is_capital(words[-1]) and \
                    f"{words[-1].lower()} {lower}" in _VERBS:
                words.append(word)  # "Phòng Tiếp nhận và Trả kết quả": the second syllable of a field's verb
                pos = end = stop
                kept = len(words)
                continue
            if role_verb and words and f"{lower} {following.lower()}" in lex.VERBS_OF_NAMES:
                # "Trung tâm Dịch vụ tổng hợp xã (Sa Huỳnh) hướng dẫn …": no verb has a place for its object
                pair_end = _next_word(text, stop)[2]
                level, place = _PLAIN_WORD.match(text, pair_end), _where(text, pair_end)
                if place or level and _names_a_level(text, level) and not _is_capital(_next_word(text, level.end())[0]):
                    words.extend(text[start:pair_end].split())
                    words.extend(place[0] if place else [level.group(1)])
                    end, kept = place[1] if place else level.end(), len(words)
                    break
            if mission and lower == lex.MISSION_TOPIC_WORD and words:
                closed = _words_to_locality(text, stop, limit, mission)
                if closed:
                    words.extend([word, *closed[0]])
                    end, kept = closed[1], len(words)
                break
            if role_verb or lower in lex.STOP_WORDS or not word[:1].isalpha():
                break
            verb = None if opens_run or mission and follows_head else _verb_at(text, start)  # "Ban Chỉ đạo ứng phó …"
            if verb and " " in verb and (verb not in lex.NAME_VERBS or _ends_proper_name(words) or (
                    field_only and len(words) == 1 and not _ends_a_sentence_part(text, start + len(verb)))
                                         or _COUNT_AFTER.match(text, start + len(verb))
                                         or verb == "xây dựng" and _BUILT_WORK.match(text, start + len(verb))):
                # "… quốc tế vận động": a verb of two syllables (one alone may be a compound's: "công trình"); after a
                # whole field, even one names hold unless the sentence's own verb follows it ("Phòng Tài chính đầu tư
                # tham mưu …", not "Phòng Kinh tế - Hạ tầng xây dựng mạng lưới …"), unless "và" closes them with a
                # field in capitals ("Phòng Quản lý bảo vệ rừng và Bảo tồn thiên nhiên")
                # ("Cục Kinh tế - Quản lý đầu tư xây dựng: Hướng dẫn …": name verbs alone up to the label's colon)
                closed = (_field_closed_by_a_capital(text, start, limit)
                          or _name_verbs_to_its_label(text, start, limit)) if any(map(_is_capital, words)) else None
                if closed:
                    words.extend(closed[0])
                    end, kept = closed[1], len(words)
                elif acted_on := _what_its_field_acts_on(text, start, limit, words, managing):
                    words.extend(acted_on[0])
                    pos = end = acted_on[1]
                    kept, free = len(words), True
                    continue
                break
            if opens_run and (run_verb := _verb_at(text, start)) and " " in run_verb and run_verb not in lex.NAME_VERBS:
                # "… đô thị Hội An thu gom …", "Cục Quản lý Dược truy xuất nguồn gốc": after a place's name or a field
                # in capitals a verb of two syllables opens, no word of it
                break
            named_word = bool(words) and lower in lex.NAME_WORDS
            if named_word and not opens_run and (verb := _verb_at(text, start)) and " " not in verb:
                # "Phòng Kinh tế giao kinh phí …": a syllable names hold ("giao" of "giao thông") opens the sentence's
                # verb of one syllable, no word of the name (one of two may open a mission's: "Ban Chỉ đạo ứng phó …")
                break
            if opens_run or named_word:
                words.append(word)
                pos = stop
                if opens_run or lower not in lex.NAME_WORDS_OPEN:
                    end, kept = stop, len(words)
                opens_run = False
                continue
        # (after a proper name in the name, another after its lower-case words: "Ban Quản lý Khu Di tích lịch sử Đền
        # Hùng"; not after a field, "Phòng Văn hóa - Thông tin ngày hội …")
        closed = _words_to_locality(text, start, limit, mission) or (
            _words_to_proper_name(text, start, limit, bool(words)) if not words or all(map(_is_capital, words[-2:]))
            else None)
        if closed:
            words.extend(closed[0])
            end, kept, free = closed[1], len(words), True
            break
        # lower-case words no list knows may end a name ("Cục Biến đổi khí hậu"), not after a proper name
        # (a head with a capital of its own counts: "các Ban Quản lý rừng phòng hộ")
        unlisted = (_words_to_boundary(text, start, limit, mission)
                    if mission or ((capitalised_head or any(_is_capital(w) for w in words))
                                   and not _ends_proper_name(words)) else None)
        if unlisted is None and (acted_on := _what_its_field_acts_on(text, start, limit, words, managing)):
            unlisted = acted_on  # ("Chi cục Quản lý chất lượng nông lâm thủy sản": more words than a name's own)
        if unlisted is None or (words[kept:] and _ends_on_name_verbs(words[kept:])
                                and _next_word(text, unlisted[1])[0].lower() in lex.PREPOSITIONS):
            break  # ("… xây dựng trang chuyên đề về …": the verb and its object, not more of the name)
        words.extend(unlisted[0])  # the name may go on after them ("… điện tử và Kinh tế số")
        pos = end = unlisted[1]
        kept, free, opens_run = len(words), True, False
        if unlisted[0][-1].lower() in lex.LOCAL_LEVELS:
            break  # "Trung tâm Dịch vụ nông nghiệp huyện": the plan's own district ends the name
    if _ends_on_name_verbs(words[kept:]):  # "Trung tâm Hỗ trợ đầu tư chủ trì": the verb was the name's
        domains = _domain_series(text, pos, limit)  # "Trung tâm Hỗ trợ đầu tư, khoa học và môi trường"
        where = _where(text, domains) if domains > pos else None  # "… và môi trường tỉnh"
        if where or _name_ends_at(text, domains, limit):
            for word in text[pos:domains].split():
                if word == ",":
                    words[-1] += ","
                else:
                    words.append(word)
            words.extend(where[0] if where else [])
            kept, end = len(words), min(where[1], limit) if where else domains
    elif kept and words[kept - 1][-1:] not in ",-–" and any(_is_capital(word) for word in words[:kept]):
        tail = _lower_case_tail(text, end, limit) or _field_closed_by_a_capital(text, end, limit)
        if tail:  # "Phòng Phổ biến, giáo dục pháp luật:", "Phòng Giám sát, kiểm tra và Xử lý sau thanh tra": the rest
            # of the office's field
            # (the field closed by a capital need not follow a comma: "Trung tâm Dịch vụ hỗ trợ và Xúc tiến …")
            comma = "," if _COMMA.match(text, end) else ""
            words = [*words[:kept - 1], words[kept - 1] + comma, *tail[0][tail[0][0] == ",":]]
            kept, end, free = len(words), tail[1], True
    return _Name(end, words[:kept], free)


_COMMA = re.compile(r"[ ]*,")
_TAIL_ENDS = re.compile(r"[ ]*(?:[:(\n]|$)")
_ACTOR_COLON = re.compile(r"[ ]*:")


def _lower_case_tail(text: str, pos: int, limit: int) -> tuple[list[str], int] | None:
    """The lower-case words after a comma that finish an office's field ("Phòng Phổ biến, giáo dục pháp luật:",
    "Phòng Quản lý hộ kinh doanh, cá nhân và thu khác theo dõi …"), with where they end; None when the comma goes on
    to a class, another body or a place, or when no clear end of the name follows a few words: the colon or bracket
    after an actor, the verb of its role, or, after a series closed by "và", any verb. Words that open with a verb
    are the name's only before an actor's colon or its lead's or partner's role ("Phòng Chuyển đổi số và Tuyên
    truyền, hỗ trợ người nộp thuế phối hợp …"); so are words after "và" rather than a comma ("Phòng Quản lý nợ và
    cưỡng chế nợ thuế chủ trì"), "và" then the first of them."""
    comma = _COMMA.match(text, pos)
    joined = comma or _AND_WORD.match(text, pos)
    if joined is None:
        return None
    # ("… và phòng, chống tội phạm sử dụng công nghệ cao": the comma joins one word's two halves, no field to another)
    compound = comma is not None and f"{text[:pos].rsplit(' ', 1)[-1].lower()}, " \
        f"{_next_word(text, joined.end())[0].lower()}" in lex.COMMA_COMPOUNDS
    opens_with_verb = not compound and _verb_at(text, joined.end()) is not None  # "Cục Quản lý, giám sát tổ chức …:"
    words: list[str] = [] if comma else ["và"]
    pos = joined.end()
    while len(words) < lex.MAX_FIELD_TAIL_WORDS + (lex.MAX_OPEN_NAME_WORDS if compound else 0):
        if words and words[-1] != "và" and (more := _COMMA.match(text, pos)) \
                and _next_word(text, more.end())[0][:1].islower():
            words[-1] += ","  # a series of plain fields ("… Kiểm tra, giải quyết khiếu nại, tố cáo:")
            pos = more.end()
            continue
        word = _PLAIN_WORD.match(text, pos)
        if word and words and word.group(1) in ("-", "–") and words[-1] not in ("-", "–", "và"):
            words.append("-")  # two fields a dash joins ("thi đua - khen thưởng")
            pos = word.end()
            continue
        if not word or word.end() > limit or not word.group(1)[:1].islower():
            return None
        lower = word.group(1).lower()
        following, _, following_end = _next_word(text, word.end())
        if f"{lower} {following.lower()}" in lex.LEVEL_COMPOUNDS:  # ("giám định xã hội": one word, no commune's)
            word = _PLAIN_PAIR.match(text, pos)
            lower = word.group(1).lower()
            following, _, following_end = _next_word(text, word.end())
        # (a head opens another body when a name or a level follows it; "nợ thuế" ends on a plain noun)
        opens_a_body = _HEAD_RE.match(word.group(1).capitalize()) and (
            _is_capital(following) or following.lower() in lex.LOCAL_LEVELS or following.lower() in lex.PROVINCE_LEVELS)
        # ("… phòng, chống tội phạm về môi trường": what the unit fights, named after "về")
        if (lower in lex.STOP_WORDS and not (lower == "và" and words or lower == "về" and compound and words)
                or _names_a_level(text, word)
                or lower in lex.PROVINCE_LEVELS or opens_a_body or lower in lex.COLLECTIVE_NOUNS):
            return None
        words.append(word.group(1))
        pos = word.end()
        if (numbered := _UNITS_NUMBER.match(text, pos)) and _ends_for_sure(text, numbered.end()):
            # "Phòng Kiểm tra, giám sát số 2 chủ trì": the unit's number closes its name
            return [*words, *text[pos:numbered.end()].split()], numbered.end()
        pair = f"{following.lower()} {_next_word(text, following_end)[0].lower()}"
        role = pair in lex.ROLE_VERBS
        if words[-1] != "và" and (pos >= limit or _TAIL_ENDS.match(text, pos) or role
                                  or "và" in words and _verb_at(text, pos)):
            sure = _ends_for_sure(text, pos)
            return (words, pos) if sure or not (opens_with_verb or not comma) else None
    return None


_AND_WORD = re.compile(r"[ ]+và(?= )")
_LEAD_OR_PARTNER = ("chủ trì", "phối hợp", "tham mưu")


def _ends_for_sure(text: str, pos: int) -> bool:
    """An actor's name surely ends at `pos`: its colon, or the verb of its lead's or partner's role, follows."""
    following, _, stop = _next_word(text, pos)
    return bool(_ACTOR_COLON.match(text, pos)) or f"{following.lower()} {_next_word(text, stop)[0].lower()}" \
        in _LEAD_OR_PARTNER


_PLAIN_WORD = re.compile(r"[ ]*([^\s,;:.()\[\]“”\"!?/]+)")
_PLAIN_PAIR = re.compile(r"[ ]*([^\s,;:.()\[\]“”\"!?/]+ [^\s,;:.()\[\]“”\"!?/]+)")  # a word of two syllables
_NAME_CLOSES = re.compile(r"[ ]*(?:[;:.(|\n]|$|,[ ]*(?=[A-ZĐ]|các ))")  # what ends a name for sure


def _field_closed_by_a_capital(text: str, pos: int, limit: int) -> tuple[list[str], int] | None:
    """Lower-case words of an office's field, after a comma or not, that "và" closes with a field in capitals, up to a
    sure end of the name ("Phòng Quản lý bảo vệ rừng và Bảo tồn thiên nhiên", "Phòng Giám sát, kiểm tra và Xử lý sau
    thanh tra"), with where they end; None when a sentence goes on there: a word of the sentence, a place, a class or
    a role among the lower-case words, another body after "và", no sure end."""
    words: list[str] = []
    comma = _COMMA.match(text, pos)
    if comma:
        words.append(",")
        pos = comma.end()
    while len(words) - words.count(",") <= lex.MAX_OPEN_NAME_WORDS:  # (the comma no word)
        word = _PLAIN_WORD.match(text, pos)
        if not word or word.end() > limit:
            return None
        lower = word.group(1).lower()
        if lower == "và":
            closed = _capital_field_after_and(text, pos, limit) if len(words) > words.count(",") else None
            return (words + closed[0], closed[1]) if closed else None
        if (not word.group(1)[:1].islower() or lower in lex.STOP_WORDS or _names_a_level(text, word)
                or lower in lex.PROVINCE_LEVELS or lower in lex.COLLECTIVE_NOUNS
                or f"{lower} {_next_word(text, word.end())[0].lower()}" in lex.ROLE_VERBS):
            return None
        words.append(word.group(1))
        pos = word.end()
    return None


def _capital_field_after_and(text: str, pos: int, limit: int) -> tuple[list[str], int] | None:
    """ "và" at `pos` and a field in capitals that ends a name for sure within a few lower-case words ("… và Bảo tồn
    thiên nhiên:", "… và Phòng cháy, chữa cháy rừng" at a line's end), with where it ends; None for another body ("…
    và Sở Tài chính") or a sentence going on."""
    _, _, pos = _next_word(text, pos)  # "và"
    capital, start, stop = _next_word(text, pos)
    head = _HEAD_RE.match(text, start)
    if head and _verb_at(text, head.end()):
        return None  # "… và Công đoàn xây dựng …": another body, acting
    following, _, following_end = _next_word(text, stop)
    if following == ",":  # "… và Phòng, chống hàng giả"
        following = _next_word(text, following_end)[0]
    if not _is_capital(capital) or stop > limit or (head and not following[:1].islower()):
        return None
    words = ["và", capital]
    pos = stop
    # (the sentence's verb ends it too, one of two syllables: "… và Phòng, chống thiên tai theo dõi, đôn đốc …")
    while not (pos >= limit or _NAME_CLOSES.match(text, pos) or _name_ends_at(text, pos, limit)
               or len(words) > 2 and " " in (_verb_at(text, pos) or "")):
        comma = _COMMA.match(text, pos)
        word = _PLAIN_WORD.match(text, comma.end() if comma else pos)
        if not word or word.end() > limit or not word.group(1)[:1].islower() or len(words) > lex.MAX_FIELD_TAIL_WORDS \
                or word.group(1).lower() in lex.STOP_WORDS or _names_a_level(text, word):
            return None
        if comma:
            words[-1] += ","
        words.append(word.group(1))
        pos = word.end()
    return words, pos


def _names_a_level(text: str, word: re.Match) -> bool:
    """The plain word matched is a local level ("xã", "phường"), not the first syllable of a word ("xã hội")."""
    lower = word.group(1).lower()
    return lower in lex.LOCAL_LEVELS and f"{lower} {_next_word(text, word.end())[0].lower()}" not in lex.LEVEL_COMPOUNDS


_LEGAL_FORM_OPENERS = frozenset(form.split()[0] for form in lex.LEGAL_FORMS)


def _classes_go_on(text: str, pos: int, managing: bool) -> bool:
    """ "… Khu kinh tế Vân Phong và các Khu công nghiệp …": after "và các", a capitalised word that opens no body's
    name goes on with the name (what a body manages), and in a management board's name a known part of names in any
    case ("Ban Quản lý Khu công nghệ cao và các khu công nghiệp Đà Nẵng"); another body's head or a class's noun
    begins another."""
    word, start, _ = _next_word(text, pos)
    return _is_capital(word) and not _HEAD_RE.match(text, start) \
        or managing and _PART_AT.match(text, start) is not None


def _ends_on_name_verbs(words: list[str]) -> bool:
    """The words left open at a name's end are whole verbs that names contain ("đầu tư", "phát triển")."""
    pairs = [" ".join(words[i:i + 2]).lower() for i in range(0, len(words), 2)]
    return bool(words) and len(words) % 2 == 0 and all(pair in lex.NAME_VERBS for pair in pairs)


_CLEAR_END = re.compile(r"[ ]*(?:[;:.)\n]|$|(?:,|[ ]và)[ ]*(?=[A-ZĐ]|các ))")


def _name_ends_at(text: str, pos: int, limit: int) -> bool:
    """Nothing more of a name can follow `pos`: the end, a mark that ends the clause, a comma or "và" before
    another name, or the verb of the body's role ("… đầu tư chủ trì")."""
    following, _, stop = _next_word(text, pos)
    return pos >= limit or bool(_CLEAR_END.match(text, pos)) or (
        f"{following.lower()} {_next_word(text, stop)[0].lower()}" in lex.ROLE_VERBS)


_DOMAIN = r"[a-zđ]\w*(?: [a-zđ]\w*)?"
_DOMAIN_SERIES = re.compile(r"(?:, " + _DOMAIN + r")* và " + _DOMAIN + r"(?![\wđ])")


def _domain_series(text: str, pos: int, limit: int) -> int:
    """Where the fields of a body's work that go on after a name's last field end (", khoa học và môi
    trường" after "Trung tâm Hỗ trợ đầu tư"), `pos` when none do: a series of plain words closed by "và";
    words that are sentence or class words open no field."""
    series = _DOMAIN_SERIES.match(text, pos)
    if series is None or series.end() > limit:
        return pos
    words = [word for word in re.split(r"[ ,]+", text[pos:series.end()]) if word and word != "và"]
    if any(word in lex.STOP_WORDS or word in lex.COLLECTIVE_WORDS for word in words):
        return pos
    return series.end()


_SERIES_FIELD = r"[A-ZĐ]\w*(?:\s(?:[a-zđ]\w*|-\s[A-ZĐ]\w*))?"
_FIELD_SERIES = re.compile(r",\s" + _SERIES_FIELD + r"(?:,\s" + _SERIES_FIELD + r")*\svà\s" + _SERIES_FIELD + r"(?!\w)")
_ONE_MORE_FIELD = re.compile(r",\s(" + _SERIES_FIELD + r")(?!\w)")


_NAME_VERBS_TO_A_COLON = re.compile(r"[ ]*((?:" + "|".join(sorted(lex.NAME_VERBS)) + r")(?:[ ]+(?:"
                                    + "|".join(sorted(lex.NAME_VERBS)) + r"))*)[ ]*:")


def _name_verbs_to_its_label(text: str, pos: int, limit: int) -> tuple[list[str], int] | None:
    """The verbs names hold, alone from `pos` up to the colon of a body's label ("… - Quản lý đầu tư xây dựng:"):
    the name's last words, no sentence's verb."""
    run = _NAME_VERBS_TO_A_COLON.match(text, pos)
    return (run.group(1).split(), run.end(1)) if run and run.end(1) <= limit else None


def _field_series_end(text: str, pos: int, limit: int) -> int | None:
    """Where a name's series of fields ends (", Hạ tầng và Đô thị" after "Phòng Kinh tế"), or None when
    the comma goes on to another body ("Phòng Kinh tế, Sở Y tế") or a sentence."""
    series = _FIELD_SERIES.match(text, pos)
    if series is None or series.end() > limit:
        return None
    end = series.end()
    while (more := _ONE_MORE_FIELD.match(text, end)) and more.end() <= limit and _ends_for_sure(text, more.end()) \
            and not _HEAD_RE.match(more.group(1)):
        end = more.end()  # "Ban Dân chủ, Pháp luật và Dân tộc, Tôn giáo chủ trì": one more field, its role after it
    fields = re.split(r",\s|\svà\s", text[pos + 1:end].strip())
    bodies = [field for field in fields if _HEAD_RE.match(field) and field not in lex.HEADS_NAMING_A_FIELD]
    return None if bodies else end


_VERBS = frozenset(verb.lower() for verb in ACTION_VERBS)
_LONGEST_VERB = max(len(verb.split()) for verb in ACTION_VERBS)


def _verb_at(text: str, pos: int) -> str | None:
    """The action verb that opens at `pos` (after spaces), longest first; looked up by its words, since a
    pattern of two hundred alternatives would be tried at every word of every name."""
    written = text[pos:pos + 40].split(maxsplit=_LONGEST_VERB)[:_LONGEST_VERB]
    # (a verb's later syllables are in lower case: "Truyền hình Thành phố" holds no "hình thành")
    capital = next((k for k, word in enumerate(written) if k and word[:1].isupper()), len(written))
    words = [word.lower() for word in written[:capital]]
    if any(" ".join(words).startswith(noun) and (" ".join(words) + " ")[len(noun)] in " ,;:.()"
           for noun in lex.NOUNS_OPENING_WITH_A_VERB):
        return None
    previous = text[max(0, pos - 12):pos].split()
    if words and previous and f"{previous[-1].lower()} {words[0].rstrip(',;:.()')}" in lex.NOUNS_ENDING_ON_A_VERB:
        return None  # "… Khai thác công" / "trình thủy lợi": the noun's last syllable
    if previous and previous[-1].lower() in lex.NOUN_PREFIXES_OF_VERBS:
        return None  # "Tổng điều tra kinh tế": a census, the noun a verb makes
    for n in range(len(words), 0, -1):
        if any(word[-1:] in ",;:.()" for word in words[:n - 1]):
            continue  # a mark inside the phrase: the verb, if any, is shorter
        phrase = " ".join([*words[:n - 1], words[n - 1].rstrip(",;:.()")])
        if phrase in _VERBS:
            return phrase
    return None


_BOUNDARY_AT = re.compile(r"[ ]*(?:[,;:.()|\n]|$)")  # ("|": a table cell ends)


def _ends_proper_name(words: list[str]) -> bool:
    """The name so far ends on a proper name of two capitalised syllables ("… Việt Nam", "… Bình Dương"), on the
    central level ("… Trung ương") or on the second of two fields a dash joins ("… Văn hóa - Xã hội"): words no list
    knows after it, or a verb names may hold, are the sentence's ("Thông tấn xã Việt Nam tăng thời lượng …", "Ban
    Tuyên giáo Trung ương xây dựng chương trình …", "Phòng Văn hóa - Xã hội xây dựng tin, bài …")."""
    return len(words) >= 2 and (_is_capital(words[-1]) and _is_capital(words[-2]) or words[-2:] == ["Trung", "ương"]
                                or len(words) >= 3 and words[-3] in ("-", "–") and _is_capital(words[-2]))


def _words_to_boundary(text: str, pos: int, limit: int, mission: bool) -> tuple[list[str], int] | None:
    """Lower-case words from `pos` that end a name no list knows ("khí hậu" in "Cục Biến đổi khí hậu
    chủ trì"): accepted only when a clear boundary follows them within a few words — a mark, the end,
    a small word of the sentence or a verb — so that an unknown verb after a name is not read into it.
    A body named by its `mission` takes more words, and opens them with the verb of its mission ("Ban
    Chỉ đạo ứng phó sự cố …")."""
    words: list[str] = []
    while len(words) <= (lex.MAX_MISSION_NAME_WORDS if mission else lex.MAX_OPEN_NAME_WORDS):
        if words and (compound := _COMMA_COMPOUND.match(text, pos)) and compound.end() <= limit \
                and f"{words[-1].lower()}, {compound.group(1).lower()}" in lex.COMMA_COMPOUNDS:
            words[-1] += ","  # "phòng, chống": one word of the name
            words.append(compound.group(1))
            pos = compound.end()
            continue
        if (words or not mission) and _verb_at(text, pos) or words and (_BOUNDARY_AT.match(text, pos) or pos >= limit
                                                                         or _SECOND_FIELD_AFTER_DASH.match(text, pos)
                                                                         or _UNITS_NUMBER.match(text, pos)):
            return (words, pos) if words else None
        word = _PLAIN_WORD.match(text, pos)
        if not word or word.end() > limit:
            return None
        if not word.group(1)[0].islower():
            return _closed_by_a_proper_name(text, words, pos, limit)
        lower = word.group(1).lower()
        level = _names_a_level(text, word)  # (not "bảo hiểm xã hội")
        if level and not _is_capital(_next_word(text, word.end())[0]):
            return [*words, word.group(1)], word.end()  # "Trung tâm Dịch vụ nông nghiệp huyện": the plan's own district
        if level or lower in lex.PROVINCE_LEVELS:
            return (words, pos) if words else None  # "… tỉnh": the province's own department
        pair = f"{lower} {_next_word(text, word.end())[0].lower()}"
        if lower in lex.STOP_WORDS or pair in lex.STOP_PAIRS or lower in lex.AFTER_A_RECIPIENT \
                or pair in lex.AFTER_A_RECIPIENT:
            return (words, pos) if words else None
        words.append(word.group(1))
        pos = word.end()
    return None


def _what_its_field_acts_on(text: str, pos: int, limit: int, words: list[str], managing: bool
                            ) -> tuple[list[str], int] | None:
    """A name that so far ends on its field, a verb in capitals ("Phòng Quản lý", "Ban Quản lý" as a head), goes on
    with what that verb acts on, in plain words from `pos`, a verb of their own first among them, as a mission's do
    ("Phòng Quản lý bảo trì đường bộ theo dõi …", "Trạm Quản lý bảo vệ rừng Ea Súp", "Chi cục Quản lý chất lượng nông
    lâm thủy sản kiểm tra …"): those words and where they end, up to the sentence's verb or a clear end; None when no
    such field ends the name or no clear end comes."""
    field = lex.FIELD_OVER_AN_ACTIVITY if managing and not words else " ".join(words[-2:]).lower()
    if not (managing and not words or len(words) >= 2 and _is_capital(words[-2]) and field in _VERBS) \
            or field != lex.FIELD_OVER_AN_ACTIVITY and _verb_at(text, pos):
        return None
    acted_on = _words_to_boundary(text, pos, limit, mission=True)
    # (only up to a sure end: "Tổ Bảo vệ ngắt cầu dao điện tổng các …", "Ban Quản lý di tích dọn dẹp khuôn viên đền
    # trước …" hold a verb no list knows)
    return acted_on if acted_on and _ends_what_it_acts_on(text, acted_on[1], limit) else None


def _ends_what_it_acts_on(text: str, pos: int, limit: int) -> bool:
    """What follows `pos` ends a name for sure, or its first field: a clear end, the body's role, a known verb of two
    syllables, a place, what a report gives its recipient, or the name's second field after a dash ("Khoa Kiểm soát
    bệnh tật - HIV/AIDS")."""
    following, _, stop = _next_word(text, pos)
    pair = f"{following} {_next_word(text, stop)[0]}".lower()
    return _name_ends_at(text, pos, limit) or pair in lex.STOP_PAIRS or " " in (_verb_at(text, pos) or "") \
        or _where(text, pos) is not None or following.lower() in lex.AFTER_A_RECIPIENT \
        or pair in lex.AFTER_A_RECIPIENT or _SECOND_FIELD_AFTER_DASH.match(text, pos) is not None \
        or _UNITS_NUMBER.match(text, pos) is not None


# (or another body, "- Khoa Dược …", or a role after the name, "- Chủ trì": the name ends there, see `_modifiers`)
_SECOND_FIELD_AFTER_DASH = re.compile(r"\s+[-–]\s+[" + UPPER_LETTERS + r"]")
_ROLE_AFTER_DASH = re.compile(r"[-–]\s+(?:Chủ trì|Phối hợp|Thực hiện)(?![\wđ])")
_UNITS_NUMBER = re.compile(r"\s+số\s+\d{1,2}(?![\d/.])")  # (one of a kind's numbered units: "… nhà nước số 1")


def _another_body_after_dash(text: str, dash: int, head: str) -> bool:
    """After a name's dash, the role it is given ("- Chủ trì"), or another body with its own name: one of the name's
    kind ("Khoa Kiểm soát nhiễm khuẩn - Khoa Dược …") or one that owns units ("… - Bộ Công an"); not a field that is
    also a head ("Phòng Pháp chế - Thanh tra", "Tập đoàn Công nghiệp - Viễn thông Quân đội")."""
    if _ROLE_AFTER_DASH.match(text, dash):
        return True
    other = _HEAD_RE.match(text, _next_word(text, dash + 1)[1])
    return other is not None and _is_capital(_next_word(text, other.end())[0]) and (
        _HEAD_OF[other.group(0).lower()] in (head, *lex.FIELD_HEADS, *lex.OWNING_HEADS))


_COMMA_COMPOUND = re.compile(r",[ ]*([^\s,;:.()\[\]“”\"!?/]+)")
_VILLAGE_KIND = "(?:" + "|".join(lex.VILLAGE_KINDS) + ")"
_VILLAGE_NAME = r"[" + UPPER_LETTERS + r"][\w'’]*(?:[ ](?:[" + UPPER_LETTERS + r"][\w'’]*|\d{1,2}(?![\d/])))*"
_VILLAGE_HEADS = re.compile(r"(?<![\wđ])Trưởng\s+(?:các\s+)?(?P<kind>" + _VILLAGE_KIND + r")\s+(?P<names>"
                            + _VILLAGE_NAME + r"(?:\s*(?:,|và)\s*(?:" + _VILLAGE_KIND + r"\s+)?"
                            + _VILLAGE_NAME + r")*)")
_VILLAGE_AFTER_HEAD = re.compile(_VILLAGE_KIND + r"(?![\wđ])")
_VILLAGE_NAME_AT = re.compile(r"(?:" + _VILLAGE_KIND + r"\s+)?(" + _VILLAGE_NAME + ")")


def _villages_headed(segment: str, start: int) -> list[AgencyMention]:
    """ "Trưởng thôn Thạnh Đức, thôn Long Thạnh 1": each village its head speaks for, a body of its own ("Thôn Thạnh
    Đức", "Thôn Long Thạnh 1")."""
    mentions = []
    for heads in _VILLAGE_HEADS.finditer(segment):
        kind = heads["kind"].capitalize()
        for k, name in enumerate(_VILLAGE_NAME_AT.finditer(segment, heads.start("names"), heads.end("names"))):
            # (the first from the head's word on: the head stands for his village)
            opening = heads.start() if k == 0 else name.start()
            mentions.append(AgencyMention(f"{kind} {name.group(1)}", start + opening, start + name.end(1)))
    return mentions


_CAPITAL_WORD = r"(?:Trung ương|[" + UPPER_LETTERS + r"][^\s,;:.()\[\]|]*)"
_CAPITAL_RUN = re.compile(r"[ ]*(" + _CAPITAL_WORD + r"(?:[ ]+" + _CAPITAL_WORD + r"){0,2})")


def _closed_by_a_proper_name(text: str, words: list[str], pos: int, limit: int) -> tuple[list[str], int] | None:
    """Lower-case words a proper name or the central level closes, up to a clear boundary: "dịch tễ Trung ương",
    "dịch tễ Tây Nguyên" after "Viện Vệ sinh". Not another body ("… Bộ Y tế")."""
    run = _CAPITAL_RUN.match(text, pos)
    if not words or run is None or run.end() > limit or _HEAD_RE.match(run.group(1)) \
            or run.group(1).split()[0].lower() in lex.STOP_WORDS:  # ("… thủy sản Các tổ chức …": cells run together)
        return None
    if run.end() < limit and not _ends_a_sentence_part(text, run.end()):  # (a mark, a verb, a small word: "… theo")
        return None
    return [*words, *run.group(1).split()], run.end()


def _ends_a_sentence_part(text: str, pos: int) -> bool:
    """What follows `pos` cannot be more of a name: a mark, the end, a small word of the sentence or a verb."""
    following, _, stop = _next_word(text, pos)
    return not following or not following[:1].isalnum() or following.lower() in lex.STOP_WORDS \
        or _verb_at(text, pos) is not None or f"{following} {_next_word(text, stop)[0]}".lower() in lex.STOP_PAIRS


_DESCRIPTOR_WORDS = 3  # lower-case words of a kind ("chè", "mầm non") between a head and the proper name it bears


def _words_to_proper_name(text: str, pos: int, limit: int, within: bool = False) -> tuple[list[str], int] | None:
    """Right after the head, a few lower-case words of its kind, then the body's proper name, two capitalised
    syllables or more that no head opens ("Hợp tác xã chè Bình Lư", "Trường mầm non Hoa Sen"): the words and the name,
    and where they end; None otherwise. `within` a name, the proper name is written in title case ("Khu Di tích lịch
    sử Đền Hùng"; not a ship's "… tạm giữ tàu MINH PHÁT")."""
    words: list[str] = []
    while len(words) <= _DESCRIPTOR_WORDS:
        word = _PLAIN_WORD.match(text, pos)
        if not word or word.end() > limit:
            return None
        if word.group(1)[0].isupper():
            break
        lower = word.group(1).lower()
        if lower in lex.STOP_WORDS or lower in lex.LOCAL_LEVELS or f"{lower} {_next_word(text, word.end())[0].lower()}" \
                in lex.STOP_PAIRS or _verb_at(text, pos):
            return None
        words.append(word.group(1))
        pos = word.end()
    if not words or len(words) > _DESCRIPTOR_WORDS or _HEAD_RE.match(text, _SPACES.match(text, pos).end()):
        return None
    name: list[str] = []
    while (word := _PLAIN_WORD.match(text, pos)) and word.end() <= limit and word.group(1)[0].isupper() \
            and word.group(1).isalpha() and not (within and not word.group(1)[1:].islower()):
        name.append(word.group(1))
        pos = word.end()
    return (words + name, pos) if len(name) >= 2 else None


def _words_to_locality(text: str, pos: int, limit: int, mission: bool) -> tuple[list[str], int] | None:
    """Lower-case words from `pos` that a locality closes ("chuyển đổi số tỉnh Yên Bái"): the words
    and the place, and where they end; None when no locality comes within a few plain words. A body
    named by its `mission` may open them with the verb of its mission."""
    words: list[str] = []
    field_words = 0  # (each field of "… dân dụng và công nghiệp tỉnh" as long as one alone)
    while field_words <= lex.MAX_WORDS_BEFORE_LOCALITY:  # the words, then the locality
        where = _where(text, pos)
        if where and words:
            return words + where[0], min(where[1], limit)
        word = _PLAIN_WORD.match(text, pos)
        if not word or word.end() > limit or not (word.group(1)[0].islower() or word.group(1) in ("-", "–")):
            return None
        lower = word.group(1).lower()
        if words and lower in lex.LOCAL_LEVELS and _ends_a_sentence_part(text, word.end()):
            return [*words, word.group(1)], word.end()  # "… đầu tư xây dựng huyện chủ trì": the plan's own district
        following = _next_word(text, word.end())[0]
        pair = f"{lower} {following.lower()}"
        joins_fields = lower == "và" and words and words[-1] != "và" and following[:1].islower() \
            and following.lower() not in lex.STOP_WORDS  # "… dân dụng và công nghiệp tỉnh": the level closes both
        if (lower in lex.STOP_WORDS and lower not in lex.NAME_CLASS_WORDS and not joins_fields) or pair in lex.STOP_PAIRS:
            return None
        if pair in lex.ALL_LEVELS:
            return None  # "… các cấp Thành phố": a body at every level, read as such elsewhere
        verb = None if mission and not words else _verb_at(text, pos)
        if verb and " " in verb and verb not in lex.NAME_VERBS:
            return None  # "… hướng dẫn các trạm y tế xã X": a sentence, not a name ("giao" alone may be "giao thông")
        words.append(word.group(1))
        pos = word.end()
        field_words = 0 if joins_fields else field_words + 1
    return None


def _read_name(text: str, start: int, head_end: int, head: str, limit: int,
               class_extent: bool = True) -> AgencyMention | None:
    """The body named from `start`, where `head` stands, or None when the words there name none.

    A head followed by a class ("Ủy ban nhân dân các xã", "Ban Chỉ đạo cấp huyện", "UBND xã,
    phường") names many bodies of one kind: a collective actor, read to its end only with
    `class_extent` (without, it ends at the head: enough to know that a class begins there).
    """
    if head in lex.FIELD_HEADS:
        field = _FIELD_AT.match(text, head_end)
        if field and field.end() <= limit:
            end = field.end()
            if head == "Sở":  # "Sở Y tế tỉnh" is the province's Sở Y tế: the locality is in the span only
                where = _where(text, end)
                if where and where[0][0].lower() in lex.PROVINCE_LEVELS:
                    end = where[1]
            return AgencyMention(f"{head} {_field(field)}", start, min(end, limit))
        if text.startswith(head, _next_word(text, head_end)[1]):
            return None  # a head written twice ("Sở Sở Công Thương"): the second one names the body
        unmarked = _FIELD_WITHOUT_MARKS.match(fold_aligned(text[head_end:min(limit, head_end + _LONGEST_FIELD)]))
        if unmarked:  # a text whose marks a scan's reading lost ("Sở Công Thuong"): the field's official name
            return AgencyMention(f"{head} {_FOLDED_FIELDS[unmarked.group(1)]}", start, head_end + unmarked.end())
    levels = _ALL_LEVELS.match(text, head_end)
    class_after = _CLASS_AFTER.match(text, head_end)
    if class_after and class_after.group(0).lstrip()[:1].isdigit() and (
            head in lex.MISSION_HEADS or head in lex.NUMBERED_HEADS):
        class_after = None  # "Ban Chỉ đạo 389 tỉnh", "Thuế cơ sở 3 tỉnh X": the body's number, no count of places
    if not levels and (class_after or _LOCAL_LEVEL_AT.match(text, head_end) and _where(text, head_end) is None):
        if head in lex.PLACE_NAMED_HEADS and not _PLACES_AFTER.match(text, head_end):
            return None  # "Thống kê các thôn, bản chưa có …": the verb, counting villages
        return _class_mention(text, start, head_end, limit if class_extent else head_end)
    if head in lex.BARE_HEADS:  # whole names: only a locality may follow ("Tỉnh ủy tỉnh X", "Tỉnh ủy Hà Tĩnh")
        where = _where(text, head_end)
        if where is None and head in lex.LEVELLED_BARE_HEADS:
            place_end = _place_end(text, head_end, False)
            place = text[head_end:place_end].split()
            # a place of one syllable ("Huế") only where the clause ends: "Tỉnh đoàn Thanh niên" names no place
            if len(place) >= 2 or place and _CLEAR_END.match(text, place_end):
                where = ([" ".join(place)], place_end)
        name = _Name(where[1], where[0], False) if where else _Name(head_end, [], False)
    else:
        name = _modifiers(text, head_end, limit, joint=head in lex.JOINT_HEADS, mission=head in lex.MISSION_HEADS,
                          capitalised_head=any(map(_is_capital, head.split()[1:])), numbered=head in lex.NUMBERED_HEADS,
                          managing=head.startswith(lex.MANAGING_HEAD), by_sector=head not in lex.FIELD_HEADS, head=head)
    if name.words and name.words[0].lower() in lex.EVENTS_OPENING_WITH_A_HEAD.get(head.lower(), ()):
        return None  # "Hội khỏe Phù Đổng", "Hội thao Quốc phòng": an event, its name after its kind
    if not name.words and head not in lex.BARE_HEADS and head not in lex.NAMING_ALONE_HEADS \
            and head not in lex.WHOLE_NAME_HEADS and not levels \
            and not (head in lex.EVERY_BODYS_UNITS and (
                _ACTS_AS_A_BODY.match(text, head_end) or _AN_ACTOR_STANDS.search(text, max(0, start - 12), start)
                and (_verb_at(text, head_end) or _ENDS_ITS_CELL.match(text, head_end)))):
        # a head alone: "Báo cáo", "Trung tâm", "Thanh tra, kiểm tra"; the unit every body has, acting or filling a
        # cell or a field alone, is the issuer's own ("Văn phòng chủ trì …", "- Văn phòng theo dõi, tổng hợp …",
        # "phối hợp với Văn phòng lập …", "Đơn vị chủ trì: Văn phòng"; not the room: "Bố trí Văn phòng làm việc")
        return None
    written = " ".join([head, *name.words])
    levels = _ALL_LEVELS.match(text, name.end)
    if levels:  # "Hội Nông dân các cấp" is the one nationwide organisation; "Tổ công tác các cấp" a class
        national = lex.NATIONWIDE.get(written) or (
            written.removesuffix(" " + lex.NATION) + " " + lex.NATION if head in lex.NATIONWIDE_HEADS and name.words
            and name.words[0].lower() not in lex.EVENTS_OPENING_WITH_A_HEAD.get(head.lower(), ())
            and not any(word in _OWN_PLACE_WORDS for word in name.words) else None)
        if national:
            return AgencyMention(national, start, levels.end())
        return _class_mention(text, start, head_end, limit if class_extent else head_end)
    return AgencyMention(written, start, name.end, resolved=not name.free)


def _named_localities(text: str, start: int, head_end: int, head: str, limit: int) -> list[AgencyMention]:
    """The bodies a head names over a list of places ("Ủy ban nhân dân các huyện Hải Hà, Đầm Hà và
    thành phố Móng Cái": three committees), as "Các Sở: Y tế, Tài chính" names two departments; a
    level may change along the list. Nothing unless at least two places follow the class: without
    them "các huyện" is a class of bodies, a collective actor."""
    opening = _NAMED_LOCALITIES.match(text, head_end)
    if opening is None:
        return []
    level, pos, item_start, mentions = opening.group(1), opening.end(), start, []
    while True:
        place_end = _place_end(text, pos, numbered=level in lex.LOCAL_LEVELS)
        if place_end == pos or place_end > limit:
            break
        mentions.append(AgencyMention(f"{head} {level} {text[pos:place_end].strip()}", item_start, place_end))
        separator = _PLACE_SEPARATOR.match(text, place_end)
        if separator is None:
            break
        pos, item_start = separator.end(), _SPACES.match(text, separator.end()).end()
        relevel = _LOCALITY_AT.match(text, pos)
        if relevel:
            level = lex.LOCALITY_ABBREVIATIONS.get(relevel.group(1), relevel.group(1)).lower()
            pos = relevel.end()
    return mentions if len(mentions) >= 2 else []


def _class_mention(text: str, start: int, head_end: int, limit: int) -> AgencyMention:
    end = min(max(_collective_end(text, head_end), head_end), limit) if limit > head_end else head_end
    # (the head by its official name, however written: "UBMTTQ phường" is every ward's Ủy ban Mặt trận Tổ quốc Việt Nam)
    name = (_HEAD_OF.get(text[start:head_end].lower(), text[start:head_end]) + text[head_end:end]).strip(" ,;")
    for short, full in lex.NAME_ABBREVIATIONS.items():
        if short in name:
            name = re.sub(r"(?<!\w)" + short + r"(?!\w)", full, name)
    return AgencyMention(name, start, end, collective=True)


# -- collective actors ------------------------------------------------------------------------------

def _collective_noun(noun: str) -> str:
    other_nouns = lex.NOT_COLLECTIVE_AFTER.get(noun.lower(), ())
    return re.escape(noun) + r"(?![\wđ])" + (r"(?! (?:" + "|".join(other_nouns) + r")(?![\wđ]))" if other_nouns else "")


# "các hội", not "các hội nghị"
_COLLECTIVE_NOUN_RE = "(?:" + "|".join(_collective_noun(n) for n in sorted(lex.COLLECTIVE_NOUNS, key=len, reverse=True)) + ")"
# Collective actors, each form with the words it cannot match without. The regex engine finds a
# pattern that opens with plain text far faster than one opening with a choice or a lookbehind, so
# each form opens with its words and checks the character before them afterwards.
_HEAD_OF_EACH = "Trưởng "  # ("Trưởng các thôn": the head of each village, as "Thủ trưởng các sở" heads each department)
_COLLECTIVE_FORMS: list[tuple[str, tuple[str, ...]]] = [
    (_LEADER + r"\s+(?:[Cc]ác|[Cc]ác cấp,?)\s+" + _COLLECTIVE_NOUN_RE,
     lex.LEADERS),
    # the heads of every village, each for his own ("Trưởng các thôn, bon tổ chức …", "Trưởng thôn vận động …"; not
    # one village's head, named with it: "Trưởng thôn Hà Nha")
    (_HEAD_OF_EACH + r"(?:các\s+)?(?:" + "|".join(lex.VILLAGE_KINDS) + r")(?![\wđ])(?!\s+[" + UPPER_LETTERS + r"\d])",
     (_HEAD_OF_EACH,)),
    (r"Các(?: cấp,?)?\s+" + _COLLECTIVE_NOUN_RE, ("Các",)),
    (r"các(?: cấp,?)?\s+" + _COLLECTIVE_NOUN_RE, ("các",)),
    (r"(?:Sở|sở)(?<!\w..), ban, ngành", ("ở, ban, ngành",)),
    (r"địa phương(?<!\w.{10})(?:\s+liên quan)?(?![\w])", ("địa phương",)),
    (r"cơ quan,? đơn vị (?:có )?liên quan", ("cơ quan",)),
    # the parties of a joint document, counted ("Hai cơ quan phối hợp …", "Mỗi bên cử …")
    (r"(?:" + "|".join(lex.PARTY_COUNTS) + r")\s+(?:" + "|".join(lex.PARTY_NOUNS) + r")(?![\w])",
     tuple(f"{word} " for word in lex.PARTY_COUNTS)),
    # not the field "Cơ quan chủ trì:"; a delegation before its colon heads its own duties ("Đoàn kiểm tra:")
    (r"(?:" + "|".join(lex.DELEGATIONS) + r"|(?:" + "|".join(lex.ROLE_NAMED) + r")(?!\s*:))(?![\w])",
     tuple({" ".join(role.split()[:2]) for role in lex.ROLE_NAMED})),
]
COLLECTIVE_RE = re.compile("|".join(pattern for pattern, _ in _COLLECTIVE_FORMS))
# A joint plan's parties named together ("Hai cơ quan …", "Mỗi bên …", "Các bên"; not "các bên liên quan", whoever is
# concerned): where they act, every body that issues the plan acts
THE_PARTIES = re.compile(r"(?:(?:" + "|".join(lex.PARTY_COUNTS) + r")\s+(?:" + "|".join(lex.PARTY_NOUNS)
                         + r")|Các\s+bên(?!\s+liên quan))(?![\wđ])", re.I)
# … as the subject of a sentence, first or after what opens it ("Khi phát hiện vi phạm, hai bên lập biên bản …", "Sáu
# tháng một lần hai bên tổ chức sơ kết"), not its object ("phối hợp với các bên", "giữa hai bên")
_PARTIES_ACTING = re.compile(r"(?<!\bvới )(?<!\bgiữa )(?<!\bcủa )(?<!\bcho )(?<!\bvà )(?<![\wđ])(?:"
                             + THE_PARTIES.pattern + r")", re.I)
_CLAUSE_END = re.compile(r"[.;](?:\s|$)")


def the_parties_act(sentence: str) -> bool:
    """Whether the parties together are the subject of the clause `sentence` opens with."""
    end = _CLAUSE_END.search(sentence)
    return _PARTIES_ACTING.search(sentence, 0, end.start() if end else len(sentence)) is not None


_COLLECTIVE_SCANS = [(re.compile(pattern), needs) for pattern, needs in _COLLECTIVE_FORMS]
_COLLECTIVE_TOKEN = re.compile(r"[^\s,;:.()/-]+|\((?!Giao)[^)]{0,40}\)|[,;/-]")  # "chính trị-xã hội", "xã/phường"
_ROLE_NAMED = re.compile("|".join(lex.ROLE_NAMED))
_BELONGS_TO = re.compile(r"(?:" + "|".join(lex.BELONGING) + r")\s+$")


def _collective_end(text: str, start: int, kinds_go_on: bool = False) -> int:
    """Where a collective phrase that starts at `start` ends: it runs over the words such phrases are
    made of, up to another word or the name of a body ("…, Ban Chỉ đạo tỉnh"), except a body the
    phrase belongs to ("các sở trực thuộc Ủy ban nhân dân tỉnh") and, when `kinds_go_on` (a class opened by "các"),
    a kind listed after it (`_every_level`)."""
    end = previous_end = skip_to = start
    previous = ","
    for k, word in enumerate(_COLLECTIVE_TOKEN.finditer(text, start, min(len(text), start + 200))):
        if word.start() < skip_to:
            continue
        if word.start() > previous_end and not text[previous_end:word.start()].isspace():
            break  # a mark such phrases do not hold ("." or ":")
        token = word.group(0)
        lower = token.lower()
        previous_end = word.end()
        if word.start() > start and token[:1].isupper() and (body := _body_at(text, word.start())):
            # (another class after "và" goes on with the phrase, one collective actor as written: "Các cơ quan, đơn vị
            # thuộc Ủy ban nhân dân xã và Ban điều hành các ấp"; not the plan's own ward's body, "… và Công an phường")
            if previous not in lex.BELONGING and not (kinds_go_on and previous == "," and _every_level(body)) \
                    and not (previous == "và" and body.collective and text.startswith(" các ", body.end)):
                break  # the name of another body begins (not a kind the class goes on with: see `_every_level`)
            end = skip_to = previous_end = body.end
            previous = "name"
            continue
        if previous in lex.BELONGING and token[:1].isupper() and token.isalpha() and lower not in lex.COLLECTIVE_WORDS:
            # the issuer by one word, its head or the first of its name: "các đơn vị thuộc Sở", "… thuộc Vườn" (a
            # longer name, "… thuộc Ngân hàng Nhà nước", is a body's: the phrase ends before it)
            head = _HEAD_RE.match(text, word.start())
            if (head is None or head.end() == word.end()) and not text[word.end():word.end() + 2].strip()[:1].isupper():
                end = word.end()
            break
        if k == 0 and token.isdigit() and len(token) <= 3:
            previous = "các"  # "Ủy ban nhân dân 21 tỉnh, thành phố ven biển": a count of the places, as "các" is
            continue
        if not (token in (",", ";") or lower in lex.COLLECTIVE_WORDS or token.startswith("(")):
            break
        if lower == "và" and word.start() > start and text.startswith(" các ", word.end()):
            break  # "Ủy ban nhân dân xã và các tổ chức chính trị - xã hội xã": a second class begins
        if lower == "tổ" and not (text.startswith((" chức", " dân phố"), word.end())
                                  and _JOINT_BEFORE.search(text, max(0, word.start() - 5), word.start())):
            break  # "các cơ quan, tổ chức", "các thôn, tổ dân phố" but not "UBND các xã tổ chức thực hiện"
        if lower in lex.COLLECTIVE_FIRST_SYLLABLES and not text.startswith(
                " " + lex.COLLECTIVE_FIRST_SYLLABLES[lower], word.end()):
            break  # "các cơ quan báo chí" but not "… trực thuộc trung ương báo cáo"
        # (the first word's first syllable may close the class's own noun: "các bộ" / "môn, trung tâm …")
        before = previous if k else (text[max(0, start - _WORD_REACH):start].split() or [previous])[-1].lower()
        if before not in lex.COLLECTIVE_SECOND_SYLLABLES.get(lower, (before,)):
            break  # "… cơ quan liên quan" but not "… các xã, phường quan tâm"
        if lower not in lex.COLLECTIVE_JOINERS:  # belongs to the phrase only if the phrase goes on
            end = word.end()
        previous = lower
    return end


_JOINT_BEFORE = re.compile(r"(?:,|các|và)\s*$")
_WORD_REACH = 12  # characters back to the word before a position, enough for any syllable

# the nouns of a class of places, whose capitalised words after them are the places' names ("các xã Phú Lộc, …")
_PLACE_CLASSES = tuple(" " + noun.lower() for noun in {*lex.LOCAL_LEVELS, *lex.PROVINCE_LEVELS, *lex.VILLAGE_KINDS,
                                                         "địa phương", "cấp"})
_ORGANISATION_WORD = re.compile(r" (" + _CAPITAL_WORD + r")")
# (nor kinds the class lists, each in capitals: "các trường Đại học, Cao đẳng")
_KINDS_LISTED = re.compile(r"(?: [^\s,;:.()]+){0,2}(?:,| và) [" + UPPER_LETTERS + r"]")


def _unknown_name_at(mention: AgencyMention, pos: int) -> bool:
    """A name the grammar read from `pos` on, which no list knows."""
    return not mention.resolved and mention.start == pos


def _organisation_of_the_class(text: str, pos: int, limit: int, found: _Found, opened: str) -> int | None:
    """Where the organisation a class's units belong to ends, named right after the class noun by its field or its
    initials, with no mark between and its own lower-case words after ("các cơ sở Đoàn trực thuộc Tỉnh Đoàn", "các
    chi hội CCB tổ dân phố", "các trường THPT công lập", "các chi đoàn Thanh niên"): one class. None after a class of
    places (their names follow: "các xã Phú Lộc, …") or where a body's own name begins ("các đơn vị Sở Y tế"). A name
    the grammar read from that word, which no list knows, is the organisation's with what it belongs to: the caller
    takes its stretch into the class (`_unknown_name_at`)."""
    word = _ORGANISATION_WORD.match(text, pos)
    if word is None or word.end() > limit or opened.lower().endswith(_PLACE_CLASSES) \
            or word.group(1).lower() in lex.STOP_WORDS or _KINDS_LISTED.match(text, word.end()):
        return None
    named = found.starting_within(word.start(1) - 1, word.end())
    if named:
        return named[0].end if _unknown_name_at(named[0], word.start(1)) else None
    own_words = _words_to_boundary(text, word.end(), limit, False)
    if own_words and _ends_what_it_acts_on(text, own_words[1], limit):
        return own_words[1]
    # (initials end the organisation's name even where its own words stay unsure: "các trường THPT công lập …"; not a
    # field's first syllable, "các cơ sở Y tế")
    initials = len(word.group(1)) > 1 and word.group(1).isupper()
    return word.end() if initials or _ends_a_sentence_part(text, word.end()) else None


_GENERIC_CLASS = re.compile(r"\s*(?:" + "|".join(lex.GENERIC_KINDS) + r")(?![\wđ])", re.I)


def _every_level(body: AgencyMention) -> bool:
    """A name ending on its level without the place ("Trung tâm Y tế khu vực", "Trạm Y tế xã") is every such body,
    a kind the class before it goes on with: "Các bệnh viện, Trung tâm Y tế khu vực" is one class. (A level's own
    government, "Ủy ban nhân dân xã", is a class of its own.)"""
    return not body.collective and body.name.endswith(tuple(" " + level for level in lex.LOCAL_LEVELS)) \
        and not body.name.startswith(lex.NEEDS_LOCALITY)


def _body_at(text: str, pos: int) -> AgencyMention | None:
    """The body, or class of bodies, whose name opens at `pos`."""
    head = _HEAD_RE.match(text, pos)
    return head and _read_name(text, pos, head.end(), _HEAD_OF[head.group(0).lower()], len(text), class_extent=False)


# A delegation's name goes on with what else it does and whom it joins, and its number: "Đoàn kiểm tra, giám sát liên
# tịch", "Đoàn kiểm tra liên ngành", "Đoàn thanh tra số 2".
_DELEGATION_TAIL = re.compile(r"(?:\s*(?:,|và)\s+(?:kiểm tra|giám sát|thanh tra|khảo sát)(?![\wđ])"
                              r"|\s+(?:kiểm tra|giám sát|thanh tra|khảo sát)(?=\s+liên\s))*"
                              r"(?:\s+(?:liên ngành tỉnh|liên ngành|liên tịch|liên cơ quan|chuyên ngành)(?![\wđ]))?"
                              # (its number, not a count after it: "Đoàn kiểm tra 05 người")
                              r"(?:\s+số\s+\d{1,2}(?![\d/.,])|\s+\d{1,2}(?=\s*(?:[,;:.)]|$)))?")


def _role_named_end(text: str, start: int, limit: int) -> int:
    """"Cơ quan chủ trì giải quyết thủ tục đầu tư" names its body by the role. The words after the
    role belong to the name when they run to the end of the line or clause or to the body's own
    duty ("… có trách nhiệm"); in a sentence ("cơ quan chủ trì chuyển hồ sơ đến …") they do not."""
    role = _ROLE_NAMED.match(text, start)
    role_end = pos = role.end()
    if role.group(0) in lex.DELEGATIONS:
        tail = _DELEGATION_TAIL.match(text, role_end)
        return min(tail.end(), limit) if tail else role_end
    for _ in range(12):
        word, _, stop = _next_word(text, pos)
        after = _next_word(text, stop)[0]
        if not word or stop > limit or not word[:1].isalpha():
            return pos if word in ("", ":", ";", ".", ",", "\n") or stop > limit else role_end
        if f"{word.lower()} {after.lower()}" in lex.ROLE_VERBS:
            return pos
        if word.lower() in lex.STOP_WORDS:
            return role_end
        pos = stop
    return role_end


def _has_any(text: str, words: tuple[str, ...]) -> bool:
    for word in words:  # a plain loop: this runs for every pattern on every text
        if word in text:
            return True
    return False


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


# -- aliases a document defines ---------------------------------------------------------------------

_ALIAS_DEFINITION = re.compile(  # (after whose unit it is: "(trực thuộc Sở Y tế, sau đây gọi tắt là CDC)")
    r"\(\s*(?:(?:trực\s+)?thuộc\s[^(),;]{1,60}[,;]\s*)?(?:" + "|".join(lex.ALIAS_CUES)
    + r")\s*:?\s*[“\"']?([^)”\"']{2,80}?)[”\"']?\s*\)", re.IGNORECASE
)


# A legend of short names: "Phòng KHTH (Phòng Kế hoạch tổng hợp)", "VP (Văn phòng Sở)", or the other way round,
# "Phòng Kế hoạch tổng hợp (Phòng KHTH)": a short form holding an acronym, beside a body's full name in brackets.
_ACRONYM = r"[A-ZĐ][A-ZĐ0-9]*(?:[.&-][A-ZĐ0-9]+)*[A-ZĐ0-9]"
_SHORT_FORM = r"(?:(?:" + "|".join(re.escape(h) for h in lex.HEAD_WORDS if " " not in h) + r")\s+)?(?:[A-ZĐ]\.)?" + _ACRONYM
_BRACKETED = re.compile(r"\(([^()\n]{2,90})\)")
_SHORT_BEFORE = re.compile(r"(?<![\wđĐ])(" + _SHORT_FORM + r")\s*$")
_SHORT_ONLY = re.compile(_SHORT_FORM)
_TWO_CAPITALS = re.compile(r"[A-ZĐ]{2}")
_FULL_BEFORE = re.compile(r"([^()\n;:]{4,90}?)\s*$")


# …or a legend line after the words "viết tắt": "VP: Văn phòng Sở; TTra: Thanh tra Sở; P.KHTC: Phòng Kế hoạch - Tài chính".
_LEGEND_NAME_WORDS = 14  # a legend spells a name out whole, however long
# (or a table's note spells them out: "Ghi chú: CT: chủ trì; PH: phối hợp. VT: Cục Viễn thông; TS: Cục Tần số …")
# (its pairs run on to the next line after a semicolon)
_LEGEND_LINE = re.compile(r"(?:viết tắt|" + "|".join(TABLE_NOTE_WORDS) + r")[^:\n]{0,40}:[ \t]*\n?"
                          r"(?P<pairs>[^\n]+(?:(?<=;)\n[^\n]+)*)", re.I)  # (its pairs on its line, or the next)
# ("Sở DL - Sở Du lịch", "CA TP - Công an thành phố": a short form of two words, a dash for the colon)
_LEGEND_PAIR = re.compile(r"(?:^|[;.])\s*(?P<short>[A-ZĐ][\w.&-]{0,12}(?: [A-ZĐ][\w.&-]{0,12})?(?: [a-zđà-ỹ]+){0,2})"
                          r"(?:\s*(?P<colon>[:=])|\s[-–])\s*"
                          r"(?P<full>[^;\n]{3,90}?)\s*(?=;|\.?$)")
_ABBREVIATED = re.compile(r"(?<![\wđ])[A-ZĐ][A-ZĐ.&]+(?![\wđ])")  # a word of capitals alone ("DL", "KHCN", "P.VHXH")
# A legend's next short form, where a copy ran its lines together ("… thành phố Huế HCTH: Phòng Hành chính …").
_NEXT_SHORT_FORM = re.compile(r"\s+(?=[A-ZĐ][A-ZĐ0-9]{1,12}(?: [a-zđà-ỹ]+){0,2}\s*:)")
# A legend set out as a list: a heading that names the abbreviations, then one "TTHC: thủ tục hành chính" a line.
_LEGEND_LIST = re.compile(r"^[^\n:]{0,40}(?i:viết tắt)[^\n:]{0,40}:?[ ]*\n(?P<pairs>(?:[A-ZĐ][^\n]{0,30}[:=][^\n]+\n)+)",
                          re.M)  # (a short heading, with its colon or none)


_COMMUNE_LEVELS = r"(?:xã|phường|thị trấn|đặc khu)"
_ENDS_ON_A_LEVEL = re.compile(r"(?<![\wđ])" + _COMMUNE_LEVELS + r"$")  # (the level bare: no place's name after it)
_MORE_LEVELS = re.compile(r"(?:\s*,\s*" + _COMMUNE_LEVELS + r")+(?![\wđ])")
_UNIT_NUMBER = re.compile(r"\d{1,2}")  # "Phòng Kiểm toán ngân sách 2"
_NAME_TAIL = re.compile(r",?\s*[\wđ-]+(?:,?\s+[\wđ-]+)*")  # words, commas between: no sentence
_NAME_TAIL_WORDS = 10
# A heading closed by its colon over its body's duties spells the body's name out however long ("2. Phòng Kiểm sát
# việc giải quyết các vụ án hành chính, … theo quy định của pháp luật:"); in so long a tail, a verb is a sentence's
# unless a word that makes it a field of work comes before it.
_HEADING_NAME_TAIL_WORDS = 25
_FIELD_OF_WORK = ("việc", "theo")  # ("… theo quy định của pháp luật")


def _name_up_to_its_acronym(phrase: str) -> str | None:
    """The body named right before an acronym in brackets. The bracket closes the name: a name the grammar ends early
    ("Phòng Cảnh sát" in "Phòng Cảnh sát quản lý hành chính về trật tự xã hội (PC06)", at a verb or a small word)
    runs on to it, over words in lower case that hold no role verb."""
    named = [n for n in find_agencies(phrase) if not n.collective]
    if not named:
        return None
    last = named[-1]
    return last.name if last.end >= len(phrase) - 1 else name_to_the_end(phrase, last)


_LOCALITIES = "(?:" + "|".join(re.escape(x) for x in lex.LOCALITIES) + ")"
_LOCALITY_WORD = re.compile(r"(?<!\S)" + _LOCALITIES + r"(?!\S)")
_ENDS_ON_LOCALITY = re.compile(_LOCALITY_WORD.pattern + "$")
_LOCALITY_LIST = re.compile(r"(?:,?\s*(?:và\s+)?" + _LOCALITIES + ")+")  # ", thành phố"


def _may_end_a_name(before: str, word: str, last: bool) -> bool:
    """A word after a name read so far that the name may run on with: one in lower case, a field after a dash, a
    unit's number last ("… ngân sách 2"; not a round's or a month's: "… đợt 1", "… tháng 3")."""
    return word[:1].islower() or "-" in (word, before) or (
        last and _UNIT_NUMBER.fullmatch(word) is not None and before not in lex.COUNTED_TIMES)


def name_to_the_end(text: str, mention: AgencyMention) -> str | None:
    """The mention's name run on to the end of `text`, where something closes the name there (a bracketed acronym, the
    end of a heading naming the body whose items follow: "Phòng Truyền thông và Phát triển người tham gia"): the
    words after it are in lower case (but a field after a dash: "Phòng Quản lý thu - Sổ, thẻ"; a unit's number at the
    end: "Phòng Kiểm toán ngân sách 2"), a few, commas between,
    and hold no role ("chủ trì", "phối hợp"), nor say one ("… là đơn vị thường trực"). None where the mention was not
    read as written, its locality closed it ("Ban cán sự đảng Ủy ban nhân dân tỉnh" / "lãnh đạo, chỉ đạo:"; more
    localities may follow: "… các huyện, thành phố"), or other words follow it."""
    tail = text[mention.end:].rstrip(" :.")  # (a field's value may close on a stop: "Đơn vị chủ trì: Phòng X, y.")
    words = tail.replace(",", " ").split()
    acts = any(f"{first} {second}" in lex.STOP_PAIRS and before not in _FIELD_OF_WORK
               for before, first, second in zip([mention.name.rsplit(" ", 1)[-1], *words], words, words[1:]))
    if len(words) > _NAME_TAIL_WORDS and (not text.rstrip().endswith(":") or len(words) > _HEADING_NAME_TAIL_WORDS
                                          or acts) or mention.resolved and acts:
        return None  # (a name read whole, "Sở Y tế", and "tổ chức kiểm tra …" after it: a sentence)
    if not words or words[0] == "là" or _ENDS_ON_LOCALITY.search(mention.name) and not _LOCALITY_LIST.fullmatch(tail) \
            or not all(_may_end_a_name(before, w, i == len(words) - 1)
                       for i, (before, w) in enumerate(zip(["", *words], words))) \
            or not _NAME_TAIL.fullmatch(tail) or any(" ".join(pair) in lex.ROLE_VERBS for pair in zip(words, words[1:])):
        return None
    return text[mention.start:mention.end + len(tail)].strip() if text[mention.start:mention.end] == mention.name else None


def says_what_it_does(phrase: str) -> bool:
    """A phrase holding a verb of a duty in lower case ("… chủ trì kiểm tra"): a sentence, not the name a legend spells
    out (a name's own field opens in capitals, "Phòng Quản lý …")."""
    words = phrase.split()
    return any(first[:1].islower() and f"{first} {second}".lower() in lex.STOP_PAIRS
               for first, second in zip(words, words[1:]))


def _names_abbreviations(text: str) -> bool:
    return any(word in text for word in _LEGEND_WORDS)


_LEGEND_WORDS = ("viết tắt", "VIẾT TẮT", "Viết tắt", *(f"{word}:" for word in TABLE_NOTE_WORDS))


_GIVES_A_ROLE = re.compile(r"(?<![\wđ])(?:chủ trì|phối hợp)(?![\wđ])", re.I)


def _legend_aliases(text: str) -> dict[str, str]:
    aliases: dict[str, str] = {}
    legends = [*_LEGEND_LINE.finditer(text), *_LEGEND_LIST.finditer(text)] if _names_abbreviations(text) else []
    # (a line of pairs with no semicolon between them ran its pairs together: each short form opens one)
    for pairs in (pair for legend in legends for line in legend["pairs"].strip().split("\n")
                  for pair in (_NEXT_SHORT_FORM.split(line) if ";" not in line else (line,))):
        for pair in _LEGEND_PAIR.finditer(pairs.strip()):
            short, full = pair["short"], pair["full"].strip()
            if sum(c.isupper() for c in short) >= 2 and _HEAD_RE.match(full) and len(full.split()) <= _LEGEND_NAME_WORDS \
                    and not says_what_it_does(full) and (pair["colon"] or _ABBREVIATED.search(short)):
                # (a dash for the colon only after a short form: "Sở DL - Sở Du lịch", not a note's "Sở Y tế - Trung
                # tâm … là đầu mối")
                # (by its name in full where the legend abbreviates in it: "VP - Văn phòng HĐND và UBND phường")
                whole = find_agencies(full)
                aliases[short] = whole[0].name if len(whole) == 1 and (whole[0].start, whole[0].end) == (0, len(full)) \
                    else full
    for bracket in _BRACKETED.finditer(text):  # (a scan for brackets first: a legend's pairs are found around them)
        inside = bracket.group(1).strip()
        before = text[max(0, bracket.start() - 90):bracket.start()]
        if _SHORT_ONLY.fullmatch(inside):  # "Phòng Kế hoạch tổng hợp (Phòng KHTH)"
            full = _FULL_BEFORE.search(before)
            name = _name_up_to_its_acronym(full.group(1).rstrip()) if full else None
            head = _HEAD_RE.match(inside)
            if name and (head is None or name.startswith(_HEAD_OF[head.group(0).lower()])):
                # (a head of its own names another body: "Công an tỉnh (Phòng CSGT)" sends to a unit of it)
                aliases[inside] = name
                aliases.setdefault(name, name)  # spelt out before its acronym, the name is whole wherever it stands
            continue
        short = _SHORT_BEFORE.search(before[-40:]) if _TWO_CAPITALS.search(before, len(before) - 20) else None
        if short is None:  # ("Phòng KHTH (Phòng Kế hoạch tổng hợp)": an acronym stands right before the bracket)
            continue
        named = [n for n in find_agencies(inside) if not n.collective and n.end >= len(inside) - 1]
        if named and named[0].start == 0:
            aliases[short.group(1)] = named[0].name
        elif _HEAD_RE.match(inside) and len(inside.split()) <= _LEGEND_NAME_WORDS and not _GIVES_A_ROLE.search(inside):
            # the legend spells the name out, though not all its words are a name's (not a group's title saying who
            # leads it: "THU HÚT ĐẦU TƯ (Sở Tài chính chủ trì)")
            aliases[short.group(1)] = inside
    return aliases


def defined_aliases(text: str) -> dict[str, str]:
    """Short names the text defines for a body it has just named: {"Ban Chỉ đạo": "Ban Chỉ đạo … tỉnh"}.

    Only a definition that follows an agency name and is itself a head or a short form counts:
    "(sau đây gọi tắt là Kế hoạch)" names no body. Read once per document, over its whole text, and
    pass the result to every `find_agencies` call as `aliases` (as `tuple(sorted(….items()))` where the
    caller caches by its arguments).
    """
    aliases = _legend_aliases(text) if "(" in text or _names_abbreviations(text) else {}
    if "tắt là" not in text and "gọi là" not in text:
        return aliases
    for definition in _ALIAS_DEFINITION.finditer(text):
        before = text[max(0, definition.start() - 300):definition.start()].rstrip()
        named = [m.name for m in find_agencies(before) if m.end == len(before) and not m.collective]
        alias = " ".join(definition.group(1).split())
        names_a_body = _HEAD_RE.match(alias) or alias.isupper()  # not "Chương trình 26" after "… của Tỉnh ủy"
        if names_a_body and (not named or not named[-1].startswith(alias)):
            # "Đoàn kiểm tra liên ngành rà soát, … (sau đây gọi tắt là Đoàn kiểm tra)"; and where the words from the
            # short name's opening on hold the name the grammar reads last ("Ban Tổ chức Lễ hội … Hội An năm 2027
            # (sau đây gọi là Ban Tổ chức)", where "Hội An" reads as a name), those words
            by_head = _named_by_its_head(before, alias)
            named = by_head if by_head and (not named or by_head[-1].endswith(" " + named[-1])) else named
        if named and names_a_body and alias != named[-1]:
            aliases[alias] = _body_an_organ_acts_for(named[-1], alias)
    return aliases


def defined_names_spelt_out(defined: Mapping[str, str]) -> dict[str, str]:
    """The full names short names are defined for, each as its own short name where the grammar reads less of it
    ("Phòng Thực hành quyền công tố, kiểm sát điều tra, … (sau đây gọi tắt là Phòng 3)" is cut at its first comma in a
    sentence): spelt out whole at the definition, the name is whole wherever the text writes it."""
    return {full: full for full in defined.values() if _read_whole(full) is None}


def _body_an_organ_acts_for(name: str, alias: str) -> str:
    """ "Ban Thường vụ Hội X (sau đây gọi là Hội)", "Ban Thường vụ Liên hiệp các Hội … (sau đây gọi tắt là Liên hiệp
    hội)": the short name, opening with the body's first word, is the body's, whose standing organ signs for it."""
    body = without_its_organ(name)
    return body if body != name and body.split()[0].lower() == alias.split()[0].lower() else name


def without_its_organ(name: str) -> str:
    """The body a standing organ acts for ("Ban Thường vụ Tỉnh đoàn X" -> "Tỉnh đoàn X"); any other name as it is."""
    organ = next((organ for organ in lex.ORGANS_ACTING_FOR_A_BODY if name.startswith(organ + " ")), None)
    return name[len(organ) + 1:] if organ else name


_LOWER_HEADS = dict(sorted(((head.lower(), head) for head in lex.HEADS if head[:1].isupper()), key=lambda kv: -len(kv[0])))
# a head where a heading names its body: at its start, after the word that hands it work, or after a comma or "và"
_HEAD_IN_LOWER = re.compile(r"(?:^|(?<=^đề nghị )|(?<=^giao )|(?<=^yêu cầu )|(?<=, )|(?<= và ))("
                            + "|".join(re.escape(lower) for lower in _LOWER_HEADS) + r")(?![\wđ])")
_WORD_AFTER = re.compile(r"[ ]+([^\W\d_]+)")
_AFTER_DASH = re.compile(r"(?<= - )[^\W\d_]")
_AFTER_COMMA_OR_AND = re.compile(r"(?:(?<=, )|(?<= và ))[^\W\d_]")


def in_usual_case(text: str) -> str:
    """A heading in capitals ("PHÒNG VĂN HÓA - XÃ HỘI (CƠ QUAN THƯỜNG TRỰC)") as names are written, so that the
    grammar can read them: lower case, each head that opens a name in its own spelling, the word after it
    capitalised, and a name's field after a dash ("Phòng Văn hóa - Xã hội (cơ quan thường trực)")."""
    lower = text.lower()
    chars = list(lower[:1].upper() + lower[1:])
    for match in _HEAD_IN_LOWER.finditer(lower):
        head = _LOWER_HEADS[match.group(1)]
        chars[match.start():match.end()] = head
        following = _WORD_AFTER.match(lower, match.end())
        if following and head not in lex.BARE_HEADS and following.group(1) not in lex.LOCALITIES \
                and following.group(1) not in lex.STOP_WORDS \
                and f"{match.group(1)} {following.group(1)}" not in lex.WORDS_OPENING_WITH_A_HEAD:  # ("TỔ CHỨC …")
            chars[following.start(1)] = chars[following.start(1)].upper()
    for dash in _AFTER_DASH.finditer(lower):
        if any(word[:1].isupper() for word in "".join(chars[:dash.start()]).split()[-4:-1]):
            chars[dash.start()] = chars[dash.start()].upper()  # a name's second field, not "chính trị - xã hội"
    for field in _AFTER_COMMA_OR_AND.finditer(lower):
        # a name's next field in a series ("Phòng Kinh tế, Hạ tầng và Đô thị"), after a field capitalised inside it
        if _WORD_AFTER.match(" " + lower[field.start():]).group(1) not in lex.STOP_WORDS and any(word[:1].isupper() and word.strip(",").lower() not in _HEAD_OF
               for word in "".join(chars[1:field.start()]).split()[-3:]):
            chars[field.start()] = chars[field.start()].upper()
    if not text.isupper():
        # a heading in title case spells its places as they are: "Công An Phường Cầu Giấy" keeps "Cầu Giấy"
        for place in _PLACE_AFTER_LOCALITY.finditer(lower):
            chars[place.start(1):place.end(1)] = text[place.start(1):place.end(1)]
    for short in _ABBREVIATED_WORD.finditer(text):  # ("UBND CÁC XÃ": the short name as it is written, "UBND")
        if short.group(0) in lex.NAME_ABBREVIATIONS:
            chars[short.start():short.end()] = short.group(0)
    for school in _SCHOOLS_OWN_NAME.finditer(lower):  # ("TRƯỜNG THPT LÊ QUÝ ĐÔN": the school's own name, a proper one)
        for word in _LETTERS.finditer(lower, school.start(1), school.end(1)):
            if word.group(0) != "số":  # ("Trường Tiểu học số 1 Bảo Thắng")
                chars[word.start()] = chars[word.start()].upper()
    return "".join(chars)


_SCHOOLS_OWN_NAME = re.compile(r"(?<![\wđ])trường (?:" + "|".join(lex.SCHOOL_LEVELS) + r")[ ]+((?:(?!(?:"
                               + "|".join(map(re.escape, lex.LOCALITIES)) + r")(?![\wđ]))[^\W_]+[ ]?){1,6})")


_ABBREVIATED_WORD = re.compile(r"(?<![\wđĐ])[A-ZĐ]{2,}(?![\wđĐ])")


_LETTERS = re.compile(r"[^\W\d_]+")


def in_title_case(text: str) -> bool:
    """A heading's name with every word capitalised ("Phòng Kinh Tế, Hạ Tầng Và Đô Thị"), as a web copy writes one."""
    # (word by word, to stop at the first in lower case: a sentence's text, the common case, is not read to its end)
    words = 0
    for word in _LETTERS.finditer(text):
        if word.end() - word.start() > 1:
            if not text[word.start()].isupper():
                return False
            words += 1
    return words >= lex.TITLE_CASE_WORDS


_PLACE_AFTER_LOCALITY = re.compile(r"(?<![\wđ])(?:" + "|".join(re.escape(x) for x in sorted(lex.LOCALITIES, key=len, reverse=True))
                                   + r")[ ]+([^,:;()\n]+)")
_SPELT_CLOSER = re.compile(r"[ ]+(?:" + "|".join(lex.NAME_CLOSING_ROLES) + r")(?![\wđ])|[ ]*[(:]")
_SPELT_WORD = re.compile(r"[^\W\d_]+|[-–]")
# what may stand before a name that opens its line: a label, a bullet, emphasis
_LINE_OPENING = re.compile(r"(?:^|\n)[ \t>#*_\\]*(?:(?:[\dIVXLa-zđ]{1,4}\\?[.)])+[ \t]*|[-–•+][ \t]*)?[*_]*$")
_COUNT_AFTER = re.compile(r"\s+\d")  # (a count after a verb names hold)
_BUILT_WORK = re.compile(r"\s+(?:" + "|".join(lex.BUILT_WORK) + r")(?![\wđ])")
_SENTENCE_PAIRS = lex.SENTENCE_WORDS | lex.ROLE_VERBS | (lex.STOP_PAIRS - lex.VERBS_OF_NAMES)


def spelt_out_names(text: str) -> dict[str, str]:
    """The names the document spells out whole where something closes them (`lex.NAME_CLOSING_ROLES`): each as its own
    short name, to pass with the defined ones, so that the name is whole wherever it stands ("Phòng Kế hoạch tổng hợp",
    "Ban Quản lý bảo trì đường bộ Nghệ An"), whether the grammar reads it whole there or less. Not past a name the
    grammar closes on a field or a proper name ("Phòng Văn hóa - Xã hội xây dựng kế hoạch phối hợp …"), on a locality
    ("Công an tỉnh chỉ đạo …"), nor a department's, whose name the lexicon knows."""
    names: dict[str, str] = {}
    for match in _HEAD_RE.finditer(text):
        a = match.start()
        head = _HEAD_OF[match.group(0).lower()]
        if a and _is_word_char(text[a - 1]) or head in lex.BARE_HEADS or head in lex.FIELD_HEADS \
                or _PLURAL_BEFORE.search(text, max(0, a - 4), a) or _HEAD_BEFORE.search(text, max(0, a - _HEAD_REACH), a):
            continue  # (a head inside a name: "Trường Đại học …")
        closer = _SPELT_CLOSER.search(text, match.end(), min(len(text), match.end() + 120))
        if closer is None or text.find("\n", match.end(), closer.start()) >= 0 or closer.group().strip() in ("(", ":") \
                and not _LINE_OPENING.search(text, max(0, a - 20), a):
            continue
        read = _read_name(text, a, match.end(), head, closer.start())
        read_words = read.name.split()[len(head.split()):] if read else []
        if read and (read.collective or read.name.split()[:len(head.split())] != head.split()
                     or _LOCALITY_WORD.search(read.name) or _FIELD_ONLY.fullmatch(" ".join(read_words))):
            continue
        if read and read.end >= closer.start():
            names.setdefault(read.name, read.name)  # read whole here, whatever the grammar reads where no role closes it
            continue
        if read and (not text[read.end:closer.start()].strip()[:1].islower() or _ends_proper_name(read_words)):
            continue
        words = text[match.end():closer.start()].split()
        if _spelt_name_words(words, capitalised=any(map(_is_capital, head.split()[1:]))):
            name = " ".join([head, *words])
            names.setdefault(name, name)
    return names


_VERB_OF_NAMES_AT = re.compile(r" (" + "|".join(sorted(lex.VERBS_OF_NAMES, key=len, reverse=True))
                               + r")(?: (?=\w)|(?=:))")
_NAME_REACH = 60  # characters before a verb of names that may hold the name it ends


def names_holding_a_verb(text: str) -> dict[str, str]:
    """ "Phòng Kế hoạch tổng hợp điều phối …", "Phòng Kế hoạch tổng hợp kiểm tra …": a name the grammar closes before a
    verb that names hold in lower case (`lex.VERBS_OF_NAMES`) where the document writes that verb after it, then at
    once another verb, twice or more: the sentence's verb is the second, the first is the name's (not after a name its
    level ends, "Trung tâm Kiểm soát bệnh tật tỉnh tổ chức giám sát …"); or, once, the colon of an entry's heading
    ("4. Phòng Kế hoạch tổng hợp: Phối hợp …"). Each such name as its own short name, to pass with the defined ones."""
    counts: dict[str, int] = {}
    for verb in _VERB_OF_NAMES_AT.finditer(text):
        heading = text.startswith(":", verb.end())
        if not heading and _verb_at(text, verb.end()) is None:
            continue
        window_start = max(0, verb.start() - _NAME_REACH)
        before = [m for m in find_agencies(text, window_start, verb.start()) if not m.collective]
        if before and before[-1].end == verb.start() and not before[-1].resolved \
                and not _ENDS_ON_LOCALITY.search(before[-1].name):  # (a name its level closes: "Trung tâm … tỉnh")
            name = f"{before[-1].name} {verb.group(1)}"
            counts[name] = counts.get(name, 0) + (2 if heading else 1)
    return {name: name for name, count in counts.items() if count > 1}


def _spelt_name_words(words: list[str], capitalised: bool, bounded: bool = False) -> bool:
    """Words that can be a name's after its head: a few, plain, the first capitalised (unless the head is: "Ban Quản
    lý bảo trì …"), no word of the sentence, no acronym of another body, "và" only before a capital that opens no
    other body. A name its line `bounded` (a heading that is the name alone) may be longer and hold "các", a
    lower-case "và" and a comma before a capital."""
    most, small = ((lex.MAX_HEADING_NAME_WORDS, lex.HEADING_NAME_SMALL_WORDS) if bounded
                   else (lex.MAX_SPELT_NAME_WORDS, lex.SPELT_NAME_SMALL_WORDS))
    if not words or len(words) > most or not (capitalised or _is_capital(words[0])):
        return False
    pairs = {" ".join(pair).lower() for pair in zip(words, words[1:])}
    if pairs & _SENTENCE_PAIRS or any(w.lower() in lex.SENTENCE_WORDS or not bounded and w.isupper() for w in words):
        return False
    for i, word in enumerate(words):
        if bounded and word.endswith(",") and i + 1 < len(words) and not _HEAD_RE.match(" ".join(words[i + 1:])) \
                and (_is_capital(words[i + 1]) or words[i + 1].lower() not in lex.STOP_WORDS):
            # a field listed in the name ("Ban Tuyên giáo - Chính sách, Luật pháp", "Trung tâm Tư vấn, khám chữa
            # bệnh …"), not another body after it
            word = word[:-1]
        lower = word.lower()
        owner_named = bounded and lower == "của" and i + 1 < len(words) and _is_capital(words[i + 1])  # "… của Hội"
        if not _SPELT_WORD.fullmatch(word) or lower in lex.STOP_WORDS and lower not in small and not owner_named \
                or lower == "và" and (not bounded and not _is_capital(words[i + 1]) or _HEAD_RE.match(" ".join(words[i + 1:]))):
            return False
    return True


_ROLE_IN_BRACKETS = re.compile(r"\s*\([^()]*\)\s*$")  # "(cơ quan thường trực)" after the name says its role


def name_alone(heading: str) -> str | None:
    """The body a heading names and nothing else, spelt out whole, where the grammar reads less of it (a name with
    "các" or a lower-case "và" in it): the line bounds the name, so its words need no closing role. None for a
    heading that is not one body's name alone, or that the grammar already reads whole."""
    name = _ROLE_IN_BRACKETS.sub("", heading.strip().rstrip(":").rstrip())
    match = _HEAD_RE.match(name)
    if match is None or name.isupper():  # (a name in capitals is read in its usual case: see `in_usual_case`)
        return None
    head = _HEAD_OF[match.group(0).lower()]
    words = name[match.end():].split()
    if not words and head in lex.EVERY_BODYS_UNITS:
        return name  # "3. Văn phòng" over its work: the issuer's own
    # (a body after "của" owns the one named: "Trung tâm … của Công đoàn tỉnh" is one body)
    read = [found for found in find_agencies(name) if not name[:found.start].rstrip().endswith(" của")]
    if head in lex.BARE_HEADS or head in lex.FIELD_HEADS or len(read) > 1 \
            or read and (read[0].collective or read[0].end >= len(name)):
        return None
    if any(_goes_on_past_its_level(name, found) for found in _LOCALITY_WORD.finditer(name, match.end())):
        return None
    # (a team or cooperative named in lower case after its head, as a plan names one it sets up, "Tổ hợp tác dùng
    # nước hồ Suối Cái", "Tổ kiểm kê di sản văn hóa xã": the line bounds it, and its end, a proper name or a level,
    # closes it)
    closed = bool(words) and (_is_capital(words[-1]) or words[-1] in (*lex.LOCAL_LEVELS, *lex.PROVINCE_LEVELS))
    capitalised = any(map(_is_capital, head.split()[1:])) or closed and head in lex.NAMED_IN_LOWER_CASE
    return name if _spelt_name_words(words, capitalised, bounded=True) else None


_COMMA_THEN_LOWER_CASE = re.compile(r",\s+[^\W\d" + UPPER_LETTERS + "]")


def comma_name_alone(heading: str) -> str | None:
    """The body a heading names alone with a comma in its name ("(1) Phòng Công chức, viên chức:" over its work): the
    line bounds the name, which the grammar reads whole there, while in a sentence it stops at the comma ("phối hợp
    với Phòng Công chức, viên chức kiểm tra …"). None for any other heading."""
    name = heading.strip().rstrip(":").rstrip()
    if not _COMMA_THEN_LOWER_CASE.search(name):
        return None  # (after a comma a capital goes on with the name in a sentence too: "Sở Lao động, Thương binh …")
    read = _read_whole(name)
    return name if read is not None and not read.collective else None


# a body's number: "Đội 2", "khu vực III" (a region's Roman number, as the 2025 regional offices are numbered)
_NUMERAL = r"(?:\d{1,2}|[IVX]{1,5}(?![\wđ]))"
_NUMBERED_LIST_HEADING = re.compile(r"[Cc]ác\s+(?P<name>.+?\s)(?P<numbers>" + _NUMERAL + r"(?:\s*(?:,|và)\s*" + _NUMERAL
                                    + r")+)\s*:?")


def numbered_bodies_listed(heading: str) -> list[str]:
    """ "Các Cục Giải quyết khiếu nại, tố cáo và Thanh tra khu vực I, II, III" heading their work: each body by its
    number, its name bounded by the line (so whole, though it holds a comma and a "và")."""
    listed = _NUMBERED_LIST_HEADING.fullmatch(heading.strip())
    if listed is None or not _HEAD_RE.match(listed["name"]):
        return []
    words = listed["name"].split()
    if len(words) > lex.MAX_HEADING_NAME_WORDS or says_what_it_does(listed["name"]) \
            or any(w.lower().strip(",") in lex.SENTENCE_WORDS for w in words):
        return []
    return [listed["name"] + number for number in _NUMBER.findall(listed["numbers"])]


def _goes_on_past_its_level(name: str, level: re.Match) -> bool:
    """A level word not followed by its place's name closes a name ("Đảng ủy Bộ đội Biên phòng tỉnh"): a word in lower
    case after it ("… tỉnh lãnh đạo Bộ đội …") starts what the heading says of the body, unless it lists more levels
    ("… tỉnh và các huyện") or makes a word with the level ("xã hội")."""
    after = name[level.end():].split(maxsplit=1)
    word = after[0].strip(",") if after else ""
    return word[:1].islower() and word != "và" and f"{level.group(0)} {word}" not in lex.LEVEL_COMPOUNDS \
        and not _LOCALITY_WORD.match(name[level.end():].lstrip(" ,"))


# (the commune's committee, Party committee, police, association or school: any body of the commune)
_COMMUNE_ISSUER = re.compile(r"(?<!\S)(xã|phường|đặc khu)\s+[" + UPPER_LETTERS + r"]")
_ISSUING_HEADS = ("Ủy ban nhân dân", "UBND", "Hội đồng nhân dân", "HĐND")


def own_bodies(text: str, issuer: str | None) -> dict[str, str]:
    """A commune's or ward's plan names its own bodies by their level alone ("Công an xã", "Văn phòng Ủy ban nhân dân
    phường"): each the one body of the issuing commune, where a province's plan would mean every commune's. Given
    as short names for themselves, to pass with the defined ones."""
    issuing = _COMMUNE_ISSUER.search(issuer or "")
    if issuing is None:
        return {}
    own = re.compile(_HEAD_RE.pattern + r"\s+" + issuing.group(1) + r"(?![\wđ])")
    names = {" ".join(m.group(0).split()) for m in own.finditer(text)}
    # the committee and council themselves, and the issuer, close longer names ("Văn phòng Hội đồng nhân dân và Ủy ban
    # nhân dân phường", "Ủy ban Kiểm tra Đảng ủy xã")
    closing = (*_ISSUING_HEADS, issuer[:issuing.start()].strip())
    return {name: _as_the_grammar_names(name) for name in names if not name.startswith(closing)}


def _as_the_grammar_names(written: str) -> str:
    """The body's name as the grammar writes it, its abbreviations spelt out ("Ủy ban MTTQ Việt Nam xã" -> "Ủy ban
    Mặt trận Tổ quốc Việt Nam xã"): one body, one name, however the text writes it."""
    mentions = find_agencies(written)
    return mentions[0].name if len(mentions) == 1 and mentions[0].end - mentions[0].start == len(written) else written


# The province's government, Party committee and their units ("… tỉnh X", "… thành phố X", "Tỉnh ủy X"), whose plans name
# its departments without the province they share; not an association of the province ("Hội …", "Ban Đại diện Hội …")
# nor a national body's branch there ("… - Chi nhánh tỉnh X").
_PROVINCIAL_ISSUER = re.compile(r"^(?!.*\b(?:Hội|Chi nhánh) )(?:.* (?:[Tt]ỉnh|[Tt]hành phố) |(?:Tỉnh|Thành) ủy )[" + UPPER_LETTERS + r"][^ ]*"
                                r"(?: [" + UPPER_LETTERS + r"][^ ]*){0,3}$")
# A department named with its province: "Sở Y tế tỉnh Vĩnh Long", "Sở Xây dựng thành phố Hải Phòng".
_DEPARTMENT_IN_PLACE = re.compile(r"Sở [^\n;:()]{2,80}? (?:tỉnh|thành phố) [" + UPPER_LETTERS + r"]")


def departments_in_their_province(text: str, issuer: str | None) -> dict[str, str]:
    """A plan issued outside the province's government (a commune, a bank's branch, an association, a central body's
    regional office) names the province's departments with their province, one name each ("Sở Y tế tỉnh Vĩnh Long",
    then "Sở Y tế"): each department's short name for the full one the text writes, where it writes only one."""
    if not issuer or _PROVINCIAL_ISSUER.match(issuer) or "Sở " not in text:
        return {}
    written: dict[str, set[str]] = {}
    for line in (line for line in text.split("\n") if _DEPARTMENT_IN_PLACE.search(line)):
        for mention in find_agencies(line):
            full = " ".join(line[mention.start:mention.end].split())
            if mention.name.startswith("Sở ") and full.startswith(mention.name + " ") and _where(full, len(mention.name)):
                written.setdefault(mention.name, set()).add(full)
    return {name: next(iter(fulls)) for name, fulls in written.items() if len(fulls) == 1}


# A body a plan sets up is named by what it does, its verbs listed with commas ("Tổ công tác liên ngành rà soát, xử lý
# vi phạm … (sau đây gọi tắt là Tổ công tác)"): up to this many syllables from its head to the definition.
_ALIASED_NAME_WORDS = 24


_PARTY_COMMITTEES = (" Tỉnh ủy", " Thành ủy")


_COMPANY_HEADS = ("Tổng công ty", "Tập đoàn")
_COMMUNE_AT_THE_END = re.compile(r"(?<!thị) (?:xã|phường|đặc khu|thị trấn) (?P<place>[" + UPPER_LETTERS + r"][^\s,;]*"
                                 r"(?: [" + UPPER_LETTERS + r"\d][^\s,;]*)*)$")


# The boards that act for a body, each as a line of its own in the header or over the signature ("BAN THƯỜNG TRỰC",
# "TM. BAN THƯỜNG VỤ"), capitals or not.
_BOARD_LINES = {board: re.compile(r"^[ \t]*(?:T\.?M\.?|T/M)?[ \t]*" + r"[ \t]+".join(board.split()) + r"[ \t]*$",
                                  re.M | re.I)
                for board in lex.BOARDS_OF_A_BODY}


_LEVEL_ENDINGS = tuple(" " + level for level in (*lex.PROVINCE_LEVELS, *lex.LOCAL_LEVELS))


def issuer_boards(text: str, issuer: str | None, short_names: Mapping[str, str]) -> dict[str, str]:
    """A body whose board issues and signs for it ("ỦY BAN MTTQ … TỈNH X / BAN THƯỜNG TRỰC", "TM. BAN THƯỜNG TRỰC")
    hands work to that board by the board's name ("Ban Thường trực chủ trì", "Ban Thường trực Ủy ban Mặt trận Tổ quốc
    Việt Nam tỉnh"): the issuer, as its Chủ tịch is."""
    if not issuer:
        return {}
    # (its names with their level: "Ủy ban Mặt trận Tổ quốc Việt Nam" alone opens a class's name too, "… các xã")
    names = (issuer, *(short for short, name in short_names.items()
                       if name == issuer and short.endswith(_LEVEL_ENDINGS)))
    return {f"{board}{' ' + name if name else ''}": issuer for board, line in _BOARD_LINES.items()
            if line.search(text) for name in ("", *names)}


def issuer_short_names(issuer: str | None, province: str | None) -> dict[str, str]:
    """A provincial body's plan names itself without its province ("Hội Nông dân tỉnh", "Sở Giáo dục và Đào tạo") or,
    a department, by its head alone ("phối hợp với Sở"): one body, the issuer, whose name in full the header gives.
    The people's committee and council, and their offices, are the exception the contract writes ("Ủy ban nhân dân
    tỉnh"). A company names itself by its head alone ("Giao Tổng Giám đốc Tổng công ty", "Tập đoàn chủ trì"), wherever
    it is; a school by its kind or its board ("nhà trường", "Ban Giám hiệu", `SELF_NAMES_OF_A_KIND`)."""
    company = next((head for head in _COMPANY_HEADS if issuer and issuer.startswith(head + " ")), None)
    if company:
        return {company: issuer}
    kind = next((kind for kind in lex.SELF_NAMES_OF_A_KIND if issuer and issuer.startswith(kind + " ")), None)
    if kind:
        return {**{name: issuer for name in lex.SELF_NAMES_OF_A_KIND[kind]},
                **{name: name for name in lex.OWN_BODIES_OF_A_KIND.get(kind, ())}}
    commune = _COMMUNE_AT_THE_END.search(issuer) if issuer else None
    if not issuer or any(h in issuer for h in _ISSUING_HEADS):
        # a commune's people's committee names itself by its level alone ("Ủy ban nhân dân xã"), as a province's does,
        # but its name in full is the commune's (the contract's exception is the province's: "Ủy ban nhân dân tỉnh")
        own = issuer[:commune.start("place")].rstrip() if commune and issuer.startswith(_ISSUING_HEADS) else None
        return {own: issuer} if own else {}
    if commune and not (province and issuer.endswith(" " + province)):
        # "Trạm Y tế xã Phú Xuân" names itself "Trạm Y tế xã", "Trạm Y tế": a commune's body, as a province's does
        with_level = issuer[:commune.start("place")].rstrip()
        without_level = with_level[:commune.start()].rstrip()
        return {with_level: issuer, **({without_level: issuer} if without_level not in lex.HEADS else {})}
    if not province or not issuer.endswith(" " + province):
        return {}
    with_level = issuer[:-len(province)].rstrip()
    if with_level.endswith(_PARTY_COMMITTEES):  # an organ of the province's Party committee ("Ủy ban Kiểm tra Tỉnh ủy")
        return {with_level: issuer}
    level = next((level for level in lex.PROVINCE_LEVELS if with_level.endswith(" " + level)), None)
    if level is None:
        return {}
    short = {with_level: issuer}
    without_level = with_level[:-len(level)].rstrip()
    if without_level not in lex.HEADS:  # ("Thanh tra", "Thuế": a word of the sentence as often as the body)
        short[without_level] = issuer
    head = issuer.split()[0]
    if head in lex.FIELD_HEADS:
        short[head] = issuer
    return short


def issuer_units(text: str, issuer: str | None, province: str | None) -> dict[str, str]:
    """A unit of the issuer the plan names once with the issuer's name ("Trung tâm Tư vấn pháp luật Hội Luật gia tỉnh
    Hà Tĩnh", "Văn phòng Hội Luật gia tỉnh") and elsewhere without it ("Trung tâm Tư vấn pháp luật") or with the
    issuer's head alone ("Văn phòng Hội"): one body, named as spelt out. Given as short names, to pass with the
    defined ones."""
    if not issuer or not province or not issuer.endswith(" " + province) or issuer.startswith(_ISSUING_HEADS):
        return {}
    units: dict[str, str] = {}
    # the issuer's name without its place, spelt out as the grammar may not read it ("Hội Bảo trợ người khuyết tật và
    # trẻ mồ côi"): where a class follows it, the body of every commune ("… các xã, phường")
    unplaced = issuer[:-len(province)].rstrip()
    unplaced = unplaced.rsplit(" ", 1)[0] if unplaced.endswith((" tỉnh", " thành phố")) else unplaced
    # (not where a board of every commune's writes it: "Ban Thường trực Ủy ban MTTQ Việt Nam các xã" is a class's)
    if len(unplaced.split()) > 2 and not re.search(r"(?:" + "|".join(lex.BOARDS_OF_A_BODY) + r")\s+"
                                                   + re.escape(unplaced) + r"\s+các\s", text):
        units[unplaced] = issuer
    standing = f"{lex.STANDING_ORGAN} {issuer.split()[0]}"  # "Thường trực Hội": the issuer's own, never spelt out
    # (not a body's name it ends: "Văn phòng Thường trực Ban Chỉ đạo …" is the standing office's)
    if any(not _HEAD_BEFORE.search(text, max(0, found.start() - _HEAD_REACH), found.start())
           for found in re.finditer(re.escape(standing) + r"(?![\wđ])", text)):
        units[standing] = standing
    # its committees, which act in its name, named after its head and level ("Ban Thường vụ Hội tỉnh", as a heading in
    # capitals reads in the usual case too): the issuer
    level = issuer[:-len(province)].rstrip().rsplit(" ", 1)[-1]
    for organ in lex.ORGANS_ACTING_FOR_A_BODY:
        if organ.startswith("Ban "):
            named = f"{organ} {issuer.split()[0]} {level}"
            units.setdefault(named, issuer)
            units.setdefault(in_usual_case(named.upper()), issuer)
    for form in (issuer, issuer[:-len(province)].rstrip()):
        for found in re.finditer(r"(?<= )" + re.escape(form) + r"(?![\wđ])", text):
            before = text[max(text.rfind("\n", 0, found.start()) + 1, found.start() - _UNIT_REACH):found.start()]
            heads = [head for head in _HEAD_RE.finditer(before)
                     if not head.start() or not before[head.start() - 1].isalnum()]
            unit = before[heads[-1].start():].strip() if heads else ""
            if not unit or _NOT_IN_A_UNIT.search(unit) or says_what_it_does(unit) or f"{unit} {form}" == issuer \
                    or unit.startswith(lex.ORGANS_ACTING_FOR_A_BODY):
                continue  # (no unit's name before it: a sentence's words, or an organ acting for the issuer)
            full = f"{unit} {form}"
            own_words = len(unit.split()) > len(heads[-1].group(0).split())
            read = find_agencies(full)
            if [(m.start, m.end) for m in read] == [(0, len(full))]:
                # read whole where it stands, and named as the reading goes on ("Hội LHPN": its acronym); elsewhere
                # the unit alone is the same body ("qua Ban Phong trào" after "Ban Phong trào Tỉnh đoàn")
                if own_words:
                    units.setdefault(unit, read[0].name)
                continue
            units.setdefault(full, full)
            if own_words:
                units.setdefault(unit, full)  # "Trung tâm Tư vấn pháp luật"
            units.setdefault(f"{unit} {issuer.split()[0]}", full)  # "Văn phòng Hội"
    return units


_UNIT_REACH = 50  # characters: a unit's own words before the issuer's name
_NOT_IN_A_UNIT = re.compile(r"[,;:.()]|\s(?:của|và|với|thuộc|cho|tại|về)\s")


def _named_by_its_head(before: str, alias: str) -> list[str]:
    """ "… về Quỹ nhà ở quốc gia (sau đây gọi là Quỹ)": a short name that is a bare head, or the opening words of the
    name ("Đoàn kiểm tra"), or its head and its initials ("Phòng PBGDPL và TDTHPL"), says that the words from the last
    such opening on name a body, though written in lower case as a name is not."""
    start = before.rfind(alias + " ")
    if start < 0 and (head := _HEAD_RE.match(alias)):
        start = before.rfind(head.group(0) + " ")
    phrase = before[start:] if start >= 0 else ""
    words = phrase.split()
    return [" ".join(words)] if 1 < len(words) <= _ALIASED_NAME_WORDS and not re.search(r"[.;:()\n]", phrase) else []


# (or the office of its standing organ: "Văn phòng Thường trực Ban Chỉ đạo …"; the organ itself, "Ban Thường trực Ủy
# ban …", acts for the body)
_HEAD_BEFORE = re.compile(r"(?:" + _HEAD_RE.pattern + r")\s+$|(?<![\wđĐ])Văn phòng\s+" + lex.STANDING_ORGAN + r"\s+$")
_HEAD_REACH = 40  # characters: the longest head before a name's word


def _inside_a_longer_name(segment: str, start: int, end: int) -> bool:
    """Whether a name opened before `start` by a head and its own words ("Ủy ban Kiểm tra …") reads on to `end`; not
    an organ that acts for the body ("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam phường": the body acts)."""
    for head in _HEAD_RE.finditer(segment, max(0, start - _HEAD_REACH), start):
        if head.start() and _is_word_char(segment[head.start() - 1]) \
                or segment[head.start():start].strip() in lex.ORGANS_ACTING_FOR_A_BODY:
            continue
        name = _read_name(segment, head.start(), head.end(), _HEAD_OF[head.group(0).lower()], len(segment))
        if name is not None and name.end >= end:
            return True
    return False


def _unit_of_defined(name: str, aliases: Mapping[str, str]) -> str:
    """A unit named after the short name of its body ("Văn phòng Liên hiệp hội" where "Liên hiệp hội" stands for "Liên
    hiệp các Hội Khoa học và Kỹ thuật tỉnh"): the unit of the body spelt out. A short name that is the full one but for
    its place ("Thuế tỉnh") already names the unit whole ("Văn phòng Thuế tỉnh")."""
    for alias, full in aliases.items():
        if name.endswith(" " + alias) and not full.startswith(alias) and not _HEAD_RE.fullmatch(alias) \
                and not name.endswith(full):
            return name[:-len(alias)] + full
    return name


_COMMAND = "Bộ Chỉ huy "
_COMMAND_OPENS = re.compile(r"B(?<![\wđĐ]B)" + _COMMAND[1:] + r"(?=\S)")  # (a class first: scanned for fast)
_COMMAND_REACH = 80  # characters: a command's name


def commands_by_their_force(text: str) -> dict[str, str]:
    """A command named with the force it commands ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh") and elsewhere by the force
    alone ("Phối hợp với Bộ đội Biên phòng tỉnh"): one body, named as spelt out. Given as short names."""
    names: dict[str, str] = {}
    for found in _COMMAND_OPENS.finditer(text):
        mentions = find_agencies(text[found.start():found.start() + _COMMAND_REACH])
        command = mentions[0].name if mentions and mentions[0].start == 0 else ""
        force = command[len(_COMMAND):]
        if command.startswith(_COMMAND) and _read_whole(force) is not None:
            names.setdefault(force, command)
    return names


def _read_whole(name: str) -> AgencyMention | None:
    """The name read by the grammar from its first word to its last, or None."""
    found = find_agencies(name)
    return found[0] if len(found) == 1 and (found[0].start, found[0].end) == (0, len(name)) else None


def _another_name_of_the_head(text: str, start: int, end: int) -> bool:
    """A bare head the plan uses as a short name, here opening another name: a longer head ("Ủy ban nhân dân") or its
    capitalised words ("Ủy ban Thường vụ Quốc hội")."""
    head = _HEAD_RE.match(text, start)
    following = _next_word(text, end)[0]
    return head is not None and head.end() > end or following[:1].isupper() and following.isalpha()


def _under_its_central_organ(text: str, mention: AgencyMention, start: int, found: _Found) -> None:
    """ "Trung ương Hội Liên hiệp Phụ nữ Việt Nam": the organisation, at its top; the mention takes the organ's
    words."""
    reach = len(lex.CENTRAL_ORGAN) + 1  # (the organ's words and the space before the name)
    central = _CENTRAL_ORGAN_BEFORE.search(text, max(start, mention.start - reach), mention.start) \
        if mention.name.endswith(_NATIONWIDE_ENDINGS) else None
    if central and found.free(central.start(), mention.start):
        mention.start = central.start()


def _alias_mentions(segment: str, start: int, aliases: Mapping[str, str]) -> list[AgencyMention]:
    """Where the short names occur outside their own definitions, as the full names."""
    defined = [(m.start(), m.end()) for m in _ALIAS_DEFINITION.finditer(segment)]
    found = []
    for alias in sorted(aliases, key=len, reverse=True):
        if alias not in segment:
            continue
        # a bare head for short name ("Quỹ") opens other names too ("Quỹ nhà ở địa phương" beside "Quỹ nhà ở quốc gia")
        full_words, own = aliases[alias].split(), len(alias.split())
        fuller = re.compile(r"\s+" + re.escape(full_words[own]) + r"\b") \
            if alias in lex.HEADS and len(full_words) > own else None
        for m in re.finditer(r"(?<![\wđĐ])" + re.escape(alias) + r"(?![\wđĐ])", segment):
            if any(a <= m.start() < b for a, b in defined):
                continue
            full = aliases[alias]
            if full != alias and segment.startswith(full, m.start()) and not _is_word_char(
                    segment[m.start() + len(full):m.start() + len(full) + 1] or " "):
                # the full name the short one stands for, written out ("Ban Quản lý Khu công nghệ cao và các khu công
                # nghiệp Đà Nẵng"), whole, though the grammar would stop at its lower-case "và các"
                found.append(AgencyMention(full, start + m.start(), start + m.start() + len(full), resolved=True))
                continue
            if fuller and (fuller.match(segment, m.end()) or _another_name_of_the_head(segment, m.start(), m.end())):
                continue  # ("Ủy ban", the committee that plans: not "Ủy ban nhân dân …", "Ủy ban Thường vụ …")
            if _CLASS_AFTER.match(segment, m.end()):
                # "Hội Bảo trợ … và trẻ mồ côi các xã, phường": that body of every commune, where the grammar would not
                # read its name whole
                if aliases[alias].startswith(alias) and _read_whole(alias) is None:
                    every = _class_mention(segment, m.start(), m.end(), len(segment))
                    found.append(AgencyMention(every.name, start + every.start, start + every.end, collective=True))
                continue
            following, _, following_end = _next_word(segment, m.end())
            if following and f"{following} {_next_word(segment, following_end)[0]}" in lex.LOCAL_LEVELS:
                following += " " + _next_word(segment, following_end)[0]  # ("… khu vực 2": a level of two words)
            if aliases[alias] == alias and (_where(segment, m.end())
                                            or _words_to_locality(segment, m.end(), len(segment), False)):
                continue  # a name spelt out elsewhere, here the start of a longer one its place closes
            plural = _PLURAL_BEFORE.search(segment, 0, m.start())
            numbered = plural and _MORE_NUMBERS.match(segment, m.end())  # "Các Cục … khu vực I, II, III": each
            if _is_capital(following) or following in lex.LOCAL_LEVELS or plural and not numbered \
                    or _HEAD_BEFORE.search(segment, max(0, m.start() - _HEAD_REACH), m.start()) \
                    or _inside_a_longer_name(segment, m.start(), m.end()):
                # "Sở Tài chính", "các Sở", "Hội Nông dân Việt Nam", "Hội Chữ thập đỏ phường X": another body or a
                # class; "Văn phòng Sở", "Văn phòng Thuế tỉnh", "Ủy ban Kiểm tra Đảng ủy Công an tỉnh": a unit of the
                # body the short name stands for, named in full
                continue
            # (a name spelt out as written is as unresolved as where the grammar reads it)
            found.append(AgencyMention(_unit_of_defined(aliases[alias], aliases),
                                       start + (plural.start() if numbered else m.start()), start + m.end(),
                                       resolved=aliases[alias] != alias))
    return found


# -- the scan ---------------------------------------------------------------------------------------

def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


_LIST_GOES_ON = re.compile(r"\s*(?:,|và)\s*(?=[A-ZĐ])")


def _names_a_kind(text: str, head: str, mention: AgencyMention) -> bool:
    """ "các Trung tâm Y tế khu vực": every body of that name, a class; "các Sở Tài chính, Xây dựng" names each of a
    list instead, its fields going on after the first."""
    goes_on = _LIST_GOES_ON.match(text, mention.end)
    return head not in lex.FIELD_HEADS and not (goes_on and not _HEAD_RE.match(text, goes_on.end()))


_FRONTS_COMMITTEE = "Đảng ủy Mặt trận Tổ quốc"
_AND_THE_MASS_ORGANISATIONS = re.compile(r",[ ]*các đoàn thể[ ]+")
_CENTRAL_LEVEL = re.compile(r"Trung ương(?![\wđ])")


def _front_and_mass_organisations(text: str, pos: int, end: int) -> int | None:
    """Where "…, các đoàn thể" and its level or place end after the front's Party committee, the one committee's name
    ("…, các đoàn thể tỉnh", "…, các đoàn thể Trung ương"); None when the mass organisations are bodies of their own
    ("…, các đoàn thể chính trị - xã hội tỉnh")."""
    joined = _AND_THE_MASS_ORGANISATIONS.match(text, pos, end)
    if joined is None:
        return None
    central = _CENTRAL_LEVEL.match(text, joined.end(), end)
    where = None if central else _where(text, joined.end())
    return central.end() if central else where[1] if where and where[1] <= end else None


def find_agencies(text: str, start: int = 0, end: int | None = None,
                  aliases: Mapping[str, str] | Iterable[tuple[str, str]] | None = None) -> list[AgencyMention]:
    """Every agency named in text[start:end], in order, collective actors flagged.

    `aliases` are the short names the document defines (`defined_aliases`); each is found where it
    stands and written as the full name.
    """
    end = len(text) if end is None else end
    aliases = dict(aliases or ())
    found = _Found()
    segment = text[start:end]
    for match in _DEPARTMENT_LIST.finditer(segment) if "ác Sở" in segment or "ác Bộ" in segment \
            or "ác sở" in segment or "ác bộ" in segment else ():
        for mention in _field_list(segment, match, start):
            found.add(mention)
        if found.mentions() and ":" in (match["after"] or match["colon"]):
            found.reserve(start + match.start(), start + match.end())  # "Các Sở:" introduces the list
    for match in _HEAD_LIST.finditer(segment) if "ác " in segment and (":" in segment or "," in segment) else ():
        listed = [mention for mention in _head_list(segment, match, start) if found.free(mention.start, mention.end)]
        if listed and not match.group(0).rstrip().endswith(":"):
            listed[0].start = start + match.start()  # "Các chi bộ tổ dân phố A, B": the first name's words
        for mention in listed:
            found.add(mention)
        if listed and listed[0].start > start + match.start():
            found.reserve(start + match.start(), start + match.end())  # "Các Cục:" introduces the list
    for mention in _villages_headed(segment, start) if "Trưởng" in segment else ():
        if found.free(mention.start, mention.end):
            found.add(mention)
    for match in _CENTRAL_BODIES.finditer(segment) if "ngang" in segment else ():
        if found.free(start + match.start(), start + match.end()):
            found.add(AgencyMention(lex.CENTRAL_BODIES, start + match.start(), start + match.end(), collective=True))
    for mention in _alias_mentions(segment, start, aliases) if aliases else ():
        if found.free(mention.start, mention.end):
            office = _OFFICE_BEFORE.search(text, max(start, mention.start - 24), mention.start)
            mention.start = office.start() if office else mention.start  # "Trưởng Công an xã": the body he heads
            if office is None:
                _under_its_central_organ(text, mention, start, found)
            if _as_its_standing_organ(text, mention, start, found):
                mention.name = text[mention.start:mention.end]  # (a unit never named in full keeps the text's words)
            _as_those_serving_it(text, mention, start, found)
            found.add(mention)
    for match in _HEAD_RE.finditer(segment):
        a = start + match.start()
        if (match.start() and _is_word_char(segment[match.start() - 1])) or not found.free(a, a + 1):
            continue
        head = _HEAD_OF[match.group(0).lower()]
        listed = _named_localities(text, a, start + match.end(), head, end)
        if listed and all(found.free(m.start, m.end) for m in listed):
            office = _OFFICE_BEFORE.search(text, max(start, a - 24), a)
            if office and found.free(office.start(), a):
                listed[0].start = office.start()  # "Chủ tịch Ủy ban nhân dân các tỉnh: A, B": the committees
            for mention in listed:
                found.add(mention)
            continue
        mention = _read_name(text, a, start + match.end(), head, end)
        if mention is None:
            continue
        mention.end = min(mention.end, end)  # a place read past the end of the stretch stays outside it
        if not found.free(mention.start, mention.end):
            continue
        branch = _BRANCH_BEFORE.search(text, max(start, a - 10), a)
        if branch and found.free(branch.start(), a):
            # "Giám đốc chi nhánh Ngân hàng X các tỉnh": the bank's branch, which its director heads
            mention.name, mention.start = f"Chi nhánh {mention.name}", branch.start()
            a = branch.start()
        before = _OFFICE_BEFORE.search(text, max(start, a - 24), a) or _PLURAL_BEFORE.search(text, max(start, a - 4), a)
        if before and found.free(before.start(), a):
            # "Giám đốc Sở Y tế": the office-holder stands for his body; "các Sở Tài chính, …" opens a list
            mention.start = before.start()
            if before.re is _PLURAL_BEFORE and _names_a_kind(text, head, mention):
                mention.name, mention.collective = "Các " + mention.name, True
                office = _OFFICE_BEFORE.search(text, max(start, before.start() - 24), before.start())
                if office and found.free(office.start(), before.start()):
                    mention.start = office.start()  # "Giám đốc các Trung tâm Y tế khu vực": the centres they head
        mention.name = aliases[mention.name] if mention.name in aliases else _unit_of_defined(mention.name, aliases)
        if before is None:
            _under_its_central_organ(text, mention, start, found)
            _as_its_standing_organ(text, mention, start, found)
        _as_those_serving_it(text, mention, start, found)
        if _IN_THE_AREA.match(text, mention.end):
            mention.collective = True
            following = mention
            for listed in reversed(found.mentions()):  # "Hội Liên hiệp Phụ nữ, Đoàn Thanh niên cùng cấp": both
                if listed.resolved or not _LISTED_BEFORE.fullmatch(text, listed.end, following.start):
                    break  # (a body its name places, "Sở Y tế", is one body)
                listed.collective, following = True, listed
        if not mention.resolved and (each := _IN_EACH_KIND.match(text, mention.end, end)):
            # "Hội Sinh viên các trường", "Công đoàn các doanh nghiệp": the organisation's own in each such body, a
            # class
            mention.name += text[mention.end:each.end()]
            mention.end, mention.collective = each.end(), True
        if (more_levels := _MORE_LEVELS.match(text, mention.end, end)) and _ENDS_ON_A_LEVEL.search(mention.name):
            # "Trạm Y tế xã, phường", "Hội Chữ thập đỏ các xã, phường": the body of every commune and ward, as the
            # body of every commune is read
            mention.name += text[mention.end:more_levels.end()]
            mention.end = more_levels.end()
        if mention.name == _FRONTS_COMMITTEE and (joined := _front_and_mass_organisations(text, mention.end, end)):
            # "Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh": since 2025 one Party committee for the front and the mass
            # organisations, no list of two
            mention.name += text[mention.end:joined]
            mention.end = joined
        found.add(mention)
    for match in _leftmost(_COLLECTIVE_SCANS, segment):
        a = start + match.start()
        if not found.free(a, a + 1):
            continue
        every = match.group(0)[:4].lower() == "các "  # (a class of its own, not a level's body: "Công an xã")
        # (nor the implementing bodies at large, whose list goes on with other bodies: "các sở, ngành, Trung tâm Y tế
        # huyện")
        kinds_go_on = every and _GENERIC_CLASS.match(match.group(0), 4) is None
        if _ROLE_NAMED.match(segment, match.start()):
            b = _role_named_end(text, a, end)
        else:
            b = min(_collective_end(text, start + match.end(), kinds_go_on=kinds_go_on), end)
            if every and b == start + match.end() and (kind := _words_to_boundary(text, b, end, False)) \
                    and found.free(b, kind[1]) and _ends_what_it_acts_on(text, kind[1], end):
                b = kind[1]  # ("các tổ hòa giải ghi chép …": the kind's own words, up to the sentence's verb)
            if every and b == start + match.end() and (organisation := _organisation_of_the_class(
                    text, b, end, found, match.group(0))) is not None:
                for taken in found.starting_within(b, organisation):  # (the organisation's name, read on its own)
                    found.remove(taken)
                b = organisation
        for mention in found.starting_within(a, b):
            if mention.collective or _BELONGS_TO.search(text, a, mention.start) \
                    or kinds_go_on and _every_level(mention):
                # one phrase: "các sở, ngành, UBND cấp xã", "các sở trực thuộc Ủy ban nhân dân tỉnh", "các bệnh viện,
                # Trung tâm Y tế khu vực"
                found.remove(mention)
            else:
                b = mention.start  # the phrase ends where the name of one body begins
                break
        owner = _owner_after(found, text, a, b)
        if owner is not None:
            found.remove(owner)
            b = owner.end
        body = _body_of_every(found, text, a, start)
        if body is not None and (listed := _named_localities(text, body.start, body.end, body.name, end)):
            found.remove(body)  # "Sở Xây dựng các tỉnh Thanh Hóa, Nghệ An": that department of each province named
            for mention in listed:
                found.add(mention)
            continue
        named_from = a
        if body is not None:  # "Sở Công Thương các tỉnh, thành phố": that department of every province
            found.remove(body)
            a = body.start
            # (named from its head where an office-holder stands before it: "Giám đốc Sở Y tế các tỉnh" is the Sở's)
            named_from = text.find(body.name.split()[0], a, named_from)
            named_from = a if named_from < 0 else named_from
        if (leader := _LEADER_OF_EACH.match(text, named_from)) and body is None:
            named_from = leader.end()  # "Giám đốc các bệnh viện trực thuộc Bộ": the bodies they head, a class
        village_heads = match.group(0).startswith(_HEAD_OF_EACH)
        if village_heads:
            named_from = a + len(_HEAD_OF_EACH)  # "Trưởng các thôn, bon": the villages he heads, each ("Các thôn")
        # (a delegation is the plan's own team, one body: "Trưởng Đoàn kiểm tra" stands for the team he heads)
        delegation = match.group(0) in lex.DELEGATIONS
        if delegation and (office := _OFFICE_BEFORE.search(text, max(start, a - 24), a)) \
                and found.free(office.start(), a):
            a = office.start()
        if b >= start + match.end() and found.free(a, b):  # not "các" left before "Sở Y tế"
            name = text[named_from:b].strip(" ,;")
            if village_heads:  # ("Trưởng thôn", "Trưởng các thôn", "Trưởng ấp các ấp": the villages, each)
                name = "Các " + name.rsplit("các ", 1)[-1]
            elif leader and body is None:
                name = name[:1].upper() + name[1:]
            found.add(AgencyMention(name, a, b, collective=not delegation))
    bodies = {(body.start, body.name): body for mention in found.mentions()
              for level in _at_each_level(_of_every_level(mention, text), text) for place in _in_each_place(level, text)
              for body in _each_numbered(place, text)}
    # (a list of places after a class is read once: "các huyện A, B và thành phố C")
    return _owner_shared(list(bodies.values()), text)


def _owner_shared(mentions: list[AgencyMention], text: str) -> list[AgencyMention]:
    """Units of one kind listed with their owner named once, after the last ("Tòa Dân sự và Tòa Hành chính Tòa án nhân
    dân tỉnh", "Phòng Kinh tế và Phòng Văn hóa - Xã hội Ủy ban nhân dân xã"): each unit is the owner's, when the owner
    is a body that owns units (`OWNING_HEADS`)."""
    for k in range(len(mentions) - 1, 0, -1):
        last, unit = mentions[k], mentions[k - 1]
        head = _HEAD_RE.match(last.name)
        # (the owner by its head after the unit's own field: not the field itself, "Bộ Công an"; a unit named with its
        # own place, "Bệnh viện Đa khoa tỉnh", has no other owner)
        owner = head and next((found for found in _HEAD_RE.finditer(last.name, head.end() + 2)
                               if last.name[found.start() - 1] == " " and _HEAD_OF[found.group(0).lower()]
                               in lex.OWNING_HEADS), None)
        if owner is None or unit.collective or unit.name.rsplit(" ", 1)[-1] in _OWN_PLACE_WORDS \
                or unit.name[-1:].isdigit() or not unit.name.startswith(head.group(0) + " ") \
                or not _LIST_JOINT.fullmatch(text[unit.end:last.start]) \
                or _HEAD_RE.search(unit.name, len(head.group(0))):
            continue
        unit.name = f"{unit.name} {last.name[owner.start():]}"
    return mentions


_OWN_PLACE_WORDS = frozenset({*lex.LOCAL_LEVELS, *lex.PROVINCE_LEVELS})
_LIST_JOINT = re.compile(r"\s*(?:,|và|,\s*và)\s*")


# Numbered bodies named once with their numbers in a row: "Các Phòng Điều hành dự án 1, 2, 3", "Đội số 1 và 2", "Chi
# cục Thuế khu vực I, II và III".
# (each number said with its word again: "… số 1, số 2 và số 3")
_NUMBER_ENDS_NAME = re.compile(r"^(?:[Cc]ác\s+)?(?P<name>.+?\s)(?P<number>" + _NUMERAL + ")"
                               r"(?P<more>(?:\s*,\s*(?:số\s+)?" + _NUMERAL + r")*\s*(?:,|và)\s*(?:số\s+)?" + _NUMERAL
                               + ")?$")
_MORE_NUMBERS = re.compile(r"(?:\s*,\s*(?:số\s+)?(?:\d{1,2}(?![\d/.])|[IVX]{1,5}(?![\wđ])))*\s*(?:,|và)\s*(?:số\s+)?"
                           r"(?:\d{1,2}(?![\d/.,]\d|[\d/])|[IVX]{1,5}(?![\wđ]))")
_NUMBER = re.compile(_NUMERAL)
_ENDS_ON_NUMERAL = re.compile(r"\s" + _NUMERAL + "$")


def _each_numbered(mention: AgencyMention, text: str) -> list[AgencyMention]:
    """The bodies a name ending on a number names when more numbers follow it, each by its own number."""
    numbered = _NUMBER_ENDS_NAME.match(mention.name) if _ENDS_ON_NUMERAL.search(mention.name) else None
    if numbered is None:
        return [mention]
    more, end = numbered["more"], mention.end
    if not more:
        after = _MORE_NUMBERS.match(text, mention.end)
        if not after or _next_word(text, after.end())[0][:1].islower() and _verb_at(text, after.end()) is None:
            return [mention]  # (a count after the last number, "… 1, 2 tháng một lần", is no body's number)
        more, end = after.group(0), after.end()
    numbers = [numbered["number"], *_NUMBER.findall(more)]
    return [AgencyMention(numbered["name"] + number, mention.start, end, resolved=mention.resolved) for number in numbers]


# The roles only a body takes, said right after its head ("Văn phòng chủ trì", "Văn phòng tham mưu").
_ACTS_AS_A_BODY = re.compile(r"\s+(?:chủ trì|tham mưu|phối hợp với)(?!\w)")
# Where a body named alone may act: a clause's start, after a partner's or an assignment's word
_AN_ACTOR_STANDS = re.compile(r"(?:^|[\n;:.|]|^\s*[-+*•]|\s(?:với|giao|và|nghị))\s*$")
_ENDS_ITS_CELL = re.compile(r"[ ]*(?:$|[;|\n])")  # (a cell's or a field's value that is one name)
# A body of a level then the other level, neither named ("Công an tỉnh, thành phố", "Thuế tỉnh, thành phố trực
# thuộc Trung ương"): that body of every province and city, a class.
_BARE_LEVEL_END = re.compile(r"\s(?:tỉnh|thành phố)$")
_OTHER_LEVEL = re.compile(r",\s*(?:tỉnh|thành phố)(?:\s+trực thuộc\s+[Tt]rung ương)?(?![\wđ])(?!\s+[A-ZĐ])")


def _of_every_level(mention: AgencyMention, text: str) -> AgencyMention:
    if mention.collective or not _BARE_LEVEL_END.search(text, mention.start, mention.end):
        return mention
    other = _OTHER_LEVEL.match(text, mention.end)
    if other is None:
        return mention
    return AgencyMention(text[mention.start:other.end()], mention.start, other.end(), collective=True)


# A body named at the province's level, then at lower ones ("Ban Chỉ đạo Chuyển đổi số cấp tỉnh, cấp xã").
_PROVINCE_LEVEL_END = re.compile(r"\scấp tỉnh$")
_LOWER_LEVELS = re.compile(r"(?:\s*,\s*|\s+và\s+)(cấp (?:huyện|xã)(?:(?:\s*,\s*|\s+và\s+)cấp (?:huyện|xã))?)(?![\wđ])")


def _at_each_level(mention: AgencyMention, text: str) -> list[AgencyMention]:
    """ "Ban Chỉ đạo Chuyển đổi số cấp tỉnh, cấp xã": the province's body by name ("… tỉnh") and the
    body of each commune, a class; any other mention as it is."""
    if mention.collective or not _PROVINCE_LEVEL_END.search(text, mention.start, mention.end):
        return [mention]
    lower = _LOWER_LEVELS.match(text, mention.end)
    if lower is None or not mention.name.endswith(" cấp tỉnh"):
        return [mention]
    body = mention.name[:-len(" cấp tỉnh")]
    return [AgencyMention(f"{body} tỉnh", mention.start, mention.end, resolved=mention.resolved),
            AgencyMention(f"{body} {lower.group(1)}", lower.start(1), lower.end(1), collective=True)]


# A body named with its place, then more places of a level ("Ủy ban nhân dân phường Thái An, phường Tây Sơn và xã Hòa
# Bình", "Ban nhân dân ấp Thạnh Trung, ấp Thạnh Lợi"): the same body of each. The level must be written before each
# place.
_PLACE_LEVEL_WORDS = "|".join(re.escape(level) for level in sorted(
    {*(level.lower() for level in lex.LOCALITIES), *lex.VILLAGE_KINDS}, key=len, reverse=True))
_PLACE_IN_NAME = re.compile(r"\s(" + _PLACE_LEVEL_WORDS + r")\s+[A-ZĐ0-9][^\s]*(?:\s+[A-ZĐ0-9][^\s]*)*$")
_NEXT_PLACE = re.compile(r"(?:[ ]*,|,?[ ]+và)[ ]+(" + _PLACE_LEVEL_WORDS + r")(?=[ ]+[A-ZĐ0-9])")


def _in_each_place(mention: AgencyMention, text: str) -> list[AgencyMention]:
    """The body of every place a list after its name gives, the mention itself first."""
    place = None if mention.collective else _PLACE_IN_NAME.search(mention.name)
    if place is None:
        return [mention]
    body, bodies, pos = mention.name[:place.start()], [mention], mention.end
    while (following := _NEXT_PLACE.match(text, pos)) is not None:
        level = following.group(1)
        end = _place_end(text, following.end(), numbered=level in lex.LOCAL_LEVELS)
        if end == following.end():
            break
        bodies.append(AgencyMention(f"{body} {level} {text[following.end():end].strip()}", following.start(1), end))
        pos = end
    return bodies


_CLASS_OF_BODY_END = re.compile(r"(?:" + "|".join(lex.CLASS_OF_BODY) + r")\s*$", re.I)
_BELONGING_WORD = re.compile(r"\s*(?:trực\s+)?(?:" + "|".join(lex.BELONGING) + r")\s+")
_SPACES = re.compile(r"\s*")
_SPACES_BEFORE = re.compile(r"[ ]+$")


_EVERY_LOCALITY = re.compile(r"các\s+(?:" + _LEVEL_WORDS + r")(?![\wđ])")


def _body_of_every(found: "_Found", text: str, a: int, start: int) -> AgencyMention | None:
    """The body named right before a class of localities ("Sở Công Thương các tỉnh", "Công an các
    xã"): the same body in every one of them, which with the class is one collective actor."""
    if not _EVERY_LOCALITY.match(text, a):
        return None
    gap = _SPACES_BEFORE.search(text, max(start, a - 4), a)
    body = found.ending_at(gap.start()) if gap else None
    return body if body is not None and not body.collective else None


def _owner_after(found: "_Found", text: str, a: int, b: int) -> AgencyMention | None:
    """The body a class of bodies belongs to, named right after it: "các cơ quan (của) Quốc hội", "các
    Ủy ban của Quốc hội". The class and its owner are one collective actor."""
    belonging = _BELONGING_WORD.match(text, b)
    if belonging is None and not _CLASS_OF_BODY_END.search(text, a, b):
        return None
    at = (belonging or _SPACES.match(text, b)).end()
    owner = next(iter(found.starting_within(at - 1, at + 1)), None)
    return owner if owner is not None and owner.start == at and not owner.collective else None


def _field_list(segment: str, match: re.Match, start: int) -> list[AgencyMention]:
    """The bodies a list after "Các Sở:" or "các Bộ" names by their fields alone ("Các Sở: Y tế, Tài
    chính", "các Bộ Tài chính, Nội vụ và Xây dựng"); nothing when it names fewer than two without the
    colon (then the Sở or Bộ is read as any other name)."""
    head, colon = (match["head"], ":" in match["after"]) if match["head"] else (match["lower"].capitalize(), True)
    fields: list[re.Match] = []
    pos = match.end()
    while field := _FIELD_ONLY.match(segment, pos):
        if head == "Sở" and _field(field) in lex.MINISTRY_ONLY_FIELDS or (
                fields and not colon and not segment[field.start()].isupper()):
            break  # "các Sở Y tế, Công an tỉnh"; "các Sở Tài chính, xây dựng …" goes on as a sentence
        fields.append(field)
        sep = _LIST_SEPARATOR.match(segment, field.end())
        if not sep:
            break
        pos = sep.end()
    if not colon and len(fields) < 2:
        return []
    # Without the colon the first body's span holds "các Sở": the list reads as one run of names.
    first_start = match.start() if not colon else None
    return [AgencyMention(f"{head} {_field(field)}", start + (first_start if i == 0 and first_start is not None
                                                                 else field.start()), start + field.end())
            for i, field in enumerate(fields)]


_LIST_ENDS = re.compile(r"[:;.\n]")
_NEXT_IN_LIST = re.compile(r"\s*(?:,|,?\s+và)\s*(?=[A-ZĐ])")


def _head_list(segment: str, match: re.Match, start: int) -> list[AgencyMention]:
    """The bodies a list after "Các Cục:" names by the rest of their names, comma after comma ("Các Cục: Hàng hải và
    Đường thủy Việt Nam, Đường sắt Việt Nam"), each read as if the head stood before it."""
    written, kind = match.group(1, 2) if match.group(1) else match.group(3, 4)  # (its head in capitals or not)
    head = _HEAD_OF[written.lower()]
    prefix = head + kind  # the head and the kind's words every listed name shares
    end_of_list = _LIST_ENDS.search(segment, match.end())
    limit = end_of_list.start() if end_of_list else len(segment)
    mentions: list[AgencyMention] = []
    pos = match.end()
    while True:
        written = f"{prefix} {segment[pos:limit]}"
        read = _read_name(written, 0, len(head), head, len(written))
        if read is None or read.collective or read.end <= len(prefix) + 1:
            break
        end = pos + read.end - len(prefix) - 1
        mentions.append(AgencyMention(read.name, start + pos, start + end, resolved=read.resolved))
        following = _NEXT_IN_LIST.match(segment, end)
        if following is None or following.end() >= limit:
            break
        pos = following.end()
    return mentions


class _Found:
    """The mentions found so far and the stretches they take, kept in order of their starts: a long
    text with many mentions is checked in logarithmic time per candidate."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._spans: list[tuple[int, int, AgencyMention | None]] = []

    def free(self, a: int, b: int) -> bool:
        i = bisect.bisect_left(self._starts, a)
        return (i == 0 or self._spans[i - 1][1] <= a) and (i == len(self._starts) or self._starts[i] >= b)

    def add(self, mention: AgencyMention) -> None:
        self.reserve(mention.start, mention.end, mention)

    def reserve(self, a: int, b: int, mention: AgencyMention | None = None) -> None:
        i = bisect.bisect_right(self._starts, a)
        self._starts.insert(i, a)
        self._spans.insert(i, (a, b, mention))

    def starting_within(self, a: int, b: int) -> list[AgencyMention]:
        i = bisect.bisect_right(self._starts, a)
        j = bisect.bisect_left(self._starts, b, i)
        return [span[2] for span in self._spans[i:j] if span[2] is not None]

    def ending_at(self, b: int) -> AgencyMention | None:
        """The mention that ends at `b`, if one does and nothing starts after it before `b`."""
        i = bisect.bisect_left(self._starts, b)
        return self._spans[i - 1][2] if i and self._spans[i - 1][1] == b else None

    def remove(self, mention: AgencyMention) -> None:
        i = next(i for i, span in enumerate(self._spans) if span[2] is mention)
        del self._starts[i], self._spans[i]

    def mentions(self) -> list[AgencyMention]:
        return [span[2] for span in self._spans if span[2] is not None]


# How an agency name or a list of them can open: a one-word head ("Sở", "Bộ"), the first two words of
# a longer head, leader, office-holder, role-named body or central organ ("Công an", "Ủy ban", "Trung ương";
# "Công tác", "Tập trung" open none), a word that opens a collective form, or a joining word a list may begin with.
_OPENERS = (*lex.HEADS, *(s for shorts in lex.HEADS.values() for s in shorts), *lex.LEADERS, *lex.OFFICE_HOLDERS,
            *lex.ROLE_NAMED, lex.CENTRAL_ORGAN)
_OPENING_PAIRS = {" ".join(name.split()[:2]) for name in _OPENERS if " " in name}
_OPENING_WORDS = ({name for name in _OPENERS if " " not in name}
                  | {"Các", "các", "Sở", "sở", "địa", "cơ", "và", "với", lex.DEPUTY,
                     *(count.split()[0] for count in lex.PARTY_COUNTS)})
_FIRST_WORDS = re.compile(r"[\s,;]*([^\s,;:.()]*)[ ]?([^\s,;:.()]*)")


def may_name_agency_at(text: str, pos: int = 0) -> bool:
    """False when no agency can be named at `pos` because the words there open none.

    Most task texts start with a verb ("Tăng cường …"); this spares them a full scan for agencies.
    """
    first, second = _FIRST_WORDS.match(text, pos).groups()
    return first in _OPENING_WORDS or f"{first} {second}" in _OPENING_PAIRS


@lru_cache(maxsize=4096)  # a pure function of the name, asked again of the same few names task after task
def is_collective_name(name: str) -> bool:
    """Whether a name, as the register stores it, names many bodies ("Ủy ban nhân dân cấp xã")."""
    if COLLECTIVE_RE.search(name) or name.lower().startswith("các "):
        return True
    mentions = find_agencies(name)
    return bool(mentions) and mentions[0].collective and mentions[0].start == 0
