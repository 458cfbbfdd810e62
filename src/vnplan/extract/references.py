"""Cited documents: every legal-document number in its many spellings, with type and date.

Shapes: 29-NQ/TW, 29- NQ/TW, 13 KH/TW (party documents); 1745/QĐ-TTg,
843/SKHĐT-KTN, 565/UBND-KT1 (state documents); 84/2022/NĐ-CP, 38/2021/QH15
(numbered by year); 12/CP, 123/TTg (an issuer alone, after a type word). The plan's own number is not a
reference.
"""
from __future__ import annotations

import re

from ..model import Reference, Span
from .dates import DATE_NUMERIC, DATE_WORDS, iso

# A unit's code may carry its region after a dot ("838/CCTKV.XII-NVDTPC.HUE"): capitals or digits, then no letter (a
# sentence glued after the number, "…-UBND.Căn cứ", is no part of it).
_DOTTED = r"(?:\.[A-ZĐ0-9]{1,6}(?![\w]))*"
_CODE = r"[A-ZĐ][A-Za-zĐđƯƠÂÊÔĂ]{0,7}" + _DOTTED
# ("BNV-CTTN&BĐG": units joined by "&", "QLN& TTBĐS"; "BVPTƯ-CĐT": a central body's "TƯ" with its mark; a joint
# resolution's bodies, one long: "…/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN")
_ISSUER = (r"[A-ZĐ][A-ZĐƯƠÂÊÔĂa-zđ0-9]{0,14}(?:& ?[A-ZĐ][A-ZĐƯƠÂÊÔĂa-zđ0-9]{0,14})*" + _DOTTED)
# Each shape opens with its number's first digit, checked against the character before it (no word, slash, dot or
# hyphen: not the middle of another number; but "số357/TTr-CP", the word glued to it), so the regex engine skips ahead
# to digits.
# Party style: number, hyphen (or a space), kind / issuer, with the issuing unit's department after a hyphen
# ("102-KH/TWĐTN-PT").
_PARTY = re.compile(r"(\d(?:(?<=số\d)|(?<![\w/.-]\d))\d{0,4})\s*(?:-\s*|\s+)(" + _CODE + r")\s*/\s*(" + _ISSUER
                    + r"(?:-[A-ZĐ][A-ZĐa-zđ0-9]{0,9})*)(?![\w/])")
# State style: number / [year /] kind - issuer [- issuer …], or number / year / code. The number may run to eight
# digits or carry a year before a hyphen: a company numbers its letters by their date ("20251022/CV-HD") or its year
# ("25-2303/PBHC-KD"); one added between two numbers takes a letter ("364a/QĐ-UBND").
_STATE = re.compile(
    r"(\d(?:(?<=số\d)|(?<![\w/.-]\d))\d{0,7}(?:-\d{1,7})?[a-z]?)\s*/\s*(?:((?:19|20)\d{2})\s*/\s*)?(" + _CODE + r")((?:\s*-\s*" + _ISSUER + r")+)(?![\w/])"
)
# An old or short number with its issuer alone ("Nghị định số 12/CP", "Quyết định 123/TTg"): a number only after a
# document's type word (tested in `extract_references`).
_ISSUER_ONLY = re.compile(r"(\d(?<![\w/.-]\d)\d{0,4})\s*/\s*([A-ZĐ][A-ZĐa-z]{1,2})(?=[\s,;.:)]|$)")  # a short issuer ("CP", "TTg")
_YEAR_CODE = re.compile(r"(\d(?:(?<=số\d)|(?<![\w/.-]\d))\d{0,4})/((?:19|20)\d{2})/([A-ZĐ]{1,7}\d{1,2}|QH)(?![\w/])")  # 38/2021/QH15, 70/2025/UBTVQH15, 72/2025/QH

# A foreign act, its issuer bracketed before its year and number ("Quy định (EU) 2023/1115"): a number only after a
# document's type word, as the short ones above.
_FOREIGN_ACT = re.compile(r"\(([A-Z]{2,8})\)\s*((?:19|20)\d{2}/\d{1,5})(?![\w/])")

_TYPE_WORDS = [
    ("Nghị quyết", r"nghị quyết"), ("Quyết định", r"quyết định"), ("Kế hoạch", r"kế hoạch(?: hành động)?"),
    ("Chương trình", r"chương trình(?: hành động)?"), ("Chỉ thị", r"chỉ thị"), ("Kết luận", r"kết luận"),
    ("Nghị định", r"nghị định"), ("Thông tư", r"thông tư(?: liên tịch)?"), ("Luật", r"luật"),
    ("Công văn", r"công văn"), ("Văn bản", r"văn bản"), ("Tờ trình", r"tờ trình"), ("Thông báo", r"thông báo"),
    ("Báo cáo", r"báo cáo"), ("Hướng dẫn", r"hướng dẫn"), ("Đề án", r"đề án"), ("Quy định", r"quy định"),
]
# Matched against the lower-cased text before a number: cheaper than a case-blind pattern.
_TYPE_BEFORE = re.compile(r"(" + "|".join(p for _, p in _TYPE_WORDS) + r")(?:\s+(?:liên tịch|số|số hiệu))?\s*[:.]?\s*$")
_TYPE_NAMES = [(canonical, re.compile(pattern)) for canonical, pattern in _TYPE_WORDS]
_CODE_TYPES = {
    "NQ": "Nghị quyết", "QĐ": "Quyết định", "KH": "Kế hoạch", "CTR": "Chương trình", "CT": "Chỉ thị",
    "KL": "Kết luận", "NĐ": "Nghị định", "TT": "Thông tư", "TTR": "Tờ trình", "TB": "Thông báo", "BC": "Báo cáo",
    "HD": "Hướng dẫn", "QH": "Nghị quyết", "QC": "Quy chế", "CV": "Công văn",
}
_NOT_DOCUMENT_CODES = {"TCVN", "ISO", "USD", "VND", "GRDP", "GDP", "KM", "HA"}


_SPACED_SEPARATOR = re.compile(r"\s*([-/&])\s*")
_SPACE_AFTER_NUMBER = re.compile(r"^(\d+)\s+(?=[A-ZĐ])")
# The type codes of a decision and a decree typed without their Đ ("270/QD-TTg", "56/2017/ND-CP"): the same documents.
_CODE_WITHOUT_D_BAR = re.compile(r"(?<=/)([QN])D(?=-)")


def normalise_number(raw: str) -> str:
    """'29- NQ/TW' -> '29-NQ/TW', '13 KH/TW' -> '13-KH/TW', '270/QD-TTg' -> '270/QĐ-TTg'. The replacements are functions: a template
    string ("\\1-") is expanded by Python code at every call, several times slower for these short strings."""
    number = _SPACED_SEPARATOR.sub(lambda m: m.group(1), raw.strip())
    number = _CODE_WITHOUT_D_BAR.sub(lambda m: m.group(1) + "Đ", number) if "D-" in number else number
    return _SPACE_AFTER_NUMBER.sub(lambda m: m.group(1) + "-", number)


# A law cited by its name before its number ("Luật Người khuyết tật số 51/2010/QH12"): the name's words are capitalised
# after "Luật", and the type word stands before the name, not before the number.
_NAMED_LAW_BEFORE = re.compile(r"(?<!\w)(?:Bộ luật|Luật)\s+[A-ZĐÀ-Ỹ][^\s,;:.()]*(?:\s+[^\s,;:.()]+){0,8}?\s+số\s*$")


def _type_of(text: str, start: int, code: str) -> str:
    before = text[max(0, start - 40):start].lower()
    m = _TYPE_BEFORE.search(before)
    if m:
        word = m.group(1)
        for canonical, pattern in _TYPE_NAMES:
            if pattern.fullmatch(word):
                return canonical
    if code.upper() == "QH" and _NAMED_LAW_BEFORE.search(text[max(0, start - 90):start]):
        return "Luật"
    return _CODE_TYPES.get(code.upper(), "Văn bản")


_BEFORE_DATE = re.compile(r"\s*(?:,\s*)?(?:được ban hành\s+)?(?:ngày\s+)?")
_TWO_CAPITALS = re.compile(r"[A-ZĐ]{2}")


def _date_after(text: str, end: int) -> str | None:
    after = text[end:end + 40]
    m = _BEFORE_DATE.match(after)
    rest = after[m.end():] if m else after
    w = DATE_WORDS.match("ngày " + rest) if not rest.startswith("ngày") else DATE_WORDS.match(rest)
    if w:
        return iso(int(w.group(3)), int(w.group(2)), int(w.group(1)))
    n = DATE_NUMERIC.match(rest)
    if n:
        return iso(int(n.group(3)), int(n.group(2)), int(n.group(1)))
    return None


def _windows(text: str) -> list[tuple[int, int]]:
    """Stretches around each '/': every document number has one, and they are sparse in prose."""
    spans: list[tuple[int, int]] = []
    slash = text.find("/")
    while slash >= 0:
        a, b = max(0, slash - 16), slash + 40
        if spans and a <= spans[-1][1]:
            spans[-1] = (spans[-1][0], b)
        else:
            spans.append((a, b))
        slash = text.find("/", slash + 1)
    return spans


def _matches(text: str):
    """(pattern, match) for every candidate number, searched only near slashes, longest shapes first."""
    for a, b in _windows(text):
        taken: list[tuple[int, int]] = []  # matches overlap only within one stretch
        for pattern in (_YEAR_CODE, _STATE, _PARTY, _ISSUER_ONLY, _FOREIGN_ACT):
            for m in pattern.finditer(text, a, b):
                if all(m.end() <= x or m.start() >= y for x, y in taken):
                    taken.append((m.start(), m.end()))
                    yield pattern, m


def extract_references(text: str, *own_numbers: str | None) -> list[Reference]:
    """Every document `text` cites, once each, in order; not the document itself, under any of `own_numbers` (its
    header's number, and the one a portal's table records for it, which may be misprinted)."""
    own = {normalise_number(number).upper() for number in own_numbers if number}
    found: dict[str, Reference] = {}
    for pattern, m in _matches(text):
        typed = _TYPE_BEFORE.search(text[max(0, m.start() - 40):m.start()].lower()) \
            if pattern in (_ISSUER_ONLY, _FOREIGN_ACT) else None
        if pattern in (_ISSUER_ONLY, _FOREIGN_ACT) and not typed:
            continue
        if pattern is _FOREIGN_ACT:
            number, ref_date = m.group(2), _date_after(text, m.end())
            if number.upper() not in own and number.upper() not in found:
                kind = next(name for name, words in _TYPE_NAMES if words.fullmatch(typed.group(1)))
                found[number.upper()] = Reference(number, kind, ref_date, Span(m.start(2), m.end()))
            continue
        code = m.group(3) if pattern not in (_PARTY, _ISSUER_ONLY) else m.group(2)
        if code.upper() in _NOT_DOCUMENT_CODES or (pattern is _PARTY and m.group(3).upper() in _NOT_DOCUMENT_CODES):
            continue
        if pattern is _PARTY and not _TWO_CAPITALS.search(m.group(3)) and len(m.group(3)) > 3:
            continue
        number = normalise_number(m.group(0))
        key = number.upper()
        if key in own:
            continue
        if pattern is _YEAR_CODE:
            code = "QH" if code.upper().startswith("QH") else code
        ref_type = _type_of(text, m.start(), code.rstrip("0123456789"))
        ref_date = _date_after(text, m.end())
        existing = found.get(key)
        if existing is None:
            found[key] = Reference(number, ref_type, ref_date, Span(m.start(), m.end()))
        elif existing.date is None and ref_date:
            existing.date = ref_date
    return sorted(found.values(), key=lambda r: r.span.start)
