"""Document metadata: number, type, issuer, province, date, title (trích yếu), signer.

Read from a plain header ("Số: 334/KH-UBND" / "Thừa Thiên Huế, ngày 26 tháng 8
năm 2024" / "KẾ HOẠCH" / title lines), a table-form header ("ỦY BAN NHÂN DÂN |
CỘNG HÒA …"), a legal portal's metadata table ("Số hiệu | 24/KH-UBND |") and the
signature block ("TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / name").
"""
from __future__ import annotations

import re
from collections import Counter

from ..model import Document
from .dates import DATE_NUMERIC, iso
from .references import normalise_number

_TYPES = [
    ("Kế hoạch", r"KẾ HOẠCH(?: HÀNH ĐỘNG)?"), ("Chương trình", r"CHƯƠNG TRÌNH(?: HÀNH ĐỘNG)?"),
    ("Quyết định", r"QUYẾT ĐỊNH"), ("Nghị quyết", r"NGHỊ QUYẾT"), ("Chỉ thị", r"CHỈ THỊ"), ("Đề án", r"ĐỀ ÁN"),
    ("Báo cáo", r"BÁO CÁO"), ("Thông báo", r"THÔNG BÁO"), ("Hướng dẫn", r"HƯỚNG DẪN"), ("Tờ trình", r"TỜ TRÌNH"),
    ("Công văn", r"CÔNG VĂN"), ("Quy chế", r"QUY CHẾ"), ("Quy định", r"QUY ĐỊNH"),
]
_TYPE_LINE = re.compile(r"^(" + "|".join(p for _, p in _TYPES) + r")\s*:?\s*$")
# Patterns open with plain text so the regex engine can skip ahead; what must come before is
# checked behind it ("Số" at the start, after a space or a cell border).
_NUMBER = re.compile(r"Số(?<![^|\s]..)(?:\s+hiệu)?\s*[:|.]?\s*(\d{1,5}\s*/\s*[^\s|,;]+)")
_DATE_IN_WORDS = re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})")
_PLACE_BEFORE = re.compile(r"([A-ZĐ][\wđ]*(?:[ ]+[A-ZĐ][\wđ]*){0,5}),[ ]*$")
_PROVINCE_MENTION = re.compile(r"tỉnh\s+((?:[A-ZĐ][\wđ]*\s?){1,3})")
_TABLE_FIELD = re.compile(r"^\|?\s*(Số hiệu|Loại văn bản|Người ký|Ngày ban hành|Cơ quan ban hành|Nơi ban hành)\s*\|\s*([^|]+?)\s*\|", re.M)
_SIGNER_TITLE = re.compile(r"\b(PHÓ CHỦ TỊCH(?: THƯỜNG TRỰC)?|CHỦ TỊCH|GIÁM ĐỐC|PHÓ GIÁM ĐỐC)\b")
_NAME = r"[A-ZĐÂĂÊÔƠƯ][a-zà-ỹđ]+(?:\s+[A-ZĐÂĂÊÔƠƯ][a-zà-ỹđ]+){1,4}"
_INTRO = re.compile(r"^(?:Thực hiện|Căn cứ|Theo đề nghị|Xét đề nghị|Nhằm|Để)\b")
_CITY_PROVINCES = ("Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế")


def _type_name(line: str) -> str:
    for name, pattern in _TYPES:
        if re.match(pattern, line):
            return name
    return line.title()


def extract_metadata(text: str) -> Document:
    doc = Document()
    lines = text.split("\n")
    header = "\n".join(lines[:40])
    table_rows = "\n".join(line for line in lines if "|" in line)  # only table rows can hold the portal's fields
    table = {k.lower(): v for k, v in _TABLE_FIELD.findall(table_rows)}

    m = _NUMBER.search(header)
    if m:
        doc.number = normalise_number(m.group(1)).rstrip(".")
    elif table.get("số hiệu"):
        doc.number = normalise_number(table["số hiệu"])

    place_date = _place_date(header)
    if place_date:
        doc.province, doc.issued_date = place_date
    elif table.get("ngày ban hành"):
        value = table["ngày ban hành"]
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            doc.issued_date = value
        else:
            n = DATE_NUMERIC.search(value)
            doc.issued_date = iso(int(n.group(3)), int(n.group(2)), int(n.group(1))) if n else None
    if not doc.province and table.get("cơ quan ban hành"):
        doc.province = re.sub(r"^(?:Tỉnh|Thành phố|UBND tỉnh|UBND thành phố)\s+", "", table["cơ quan ban hành"], flags=re.I)
    if not doc.province:
        mentions = Counter(m.group(1) for m in _PROVINCE_MENTION.finditer(text)
                           if not m.start() or not text[m.start() - 1].isalnum())
        if mentions:
            doc.province = mentions.most_common(1)[0][0].strip()

    is_city = bool(re.search(r"THÀNH PHỐ\s+" + (re.escape(doc.province.upper()) if doc.province else "X"), header)) or (
        doc.province in _CITY_PROVINCES and not re.search(r"TỈNH\s+" + re.escape((doc.province or "").upper()), header)
    )
    if doc.province:
        doc.issuer = f"Ủy ban nhân dân {'thành phố' if is_city else 'tỉnh'} {doc.province}"

    type_index = None
    for i, line in enumerate(lines[:60]):
        if _TYPE_LINE.match(line.strip()):
            type_index = i
            doc.type = _type_name(line.strip())
            break
    if type_index is None and table.get("loại văn bản"):
        doc.type = table["loại văn bản"]
    doc.title = _title(lines, type_index) or _intro_title(lines)

    _signature(text, doc, table)
    return doc


def _place_date(header: str) -> tuple[str, str | None] | None:
    """The first "Place, ngày … tháng … năm …" line: (province, ISO date)."""
    for date in _DATE_IN_WORDS.finditer(header):
        place = _PLACE_BEFORE.search(header, max(0, date.start() - 100), date.start())
        if place:
            province = re.sub(r"^(?:Thành phố|TP\.?)\s+", "", place.group(1))
            return province, iso(int(date.group(3)), int(date.group(2)), int(date.group(1)))
    return None


def _title(lines: list[str], type_index: int | None) -> str | None:
    if type_index is None:
        return None
    head = lines[type_index].strip()
    parts: list[str] = []
    for line in lines[type_index + 1: type_index + 6]:
        line = line.strip()
        if not line or _INTRO.match(line) or _TYPE_LINE.match(line) or line.startswith("|") or re.match(r"^(?:CHỦ TỊCH|ỦY BAN)", line):
            break
        if parts and not line.isupper() and parts[-1].isupper():
            break
        parts.append(line)
        if not line.isupper():
            break
    if not parts:
        return None
    title = " ".join(parts)
    if head != head.split()[0] and re.match(r"KẾ HOẠCH HÀNH ĐỘNG|CHƯƠNG TRÌNH HÀNH ĐỘNG", head) and not title.isupper():
        title = head.capitalize() + " " + title[:1].lower() + title[1:]
    return re.sub(r"\s+", " ", title).strip()


def _intro_title(lines: list[str]) -> str | None:
    for line in lines[:30]:
        if re.match(r"^Thực hiện\b", line):
            return re.split(r"\s*[;(]|\s+\(", line)[0].strip()
    return None


_SIGNATURE_MARKER = re.compile(r"^[|*\s]*(?:TM|KT|Q|TL)\.\s", re.M)


def _signature(text: str, doc: Document, table: dict[str, str]) -> None:
    """The last signature in the text: 'KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Nguyễn Văn A' (a Quyết định
    signs before its attached plan, so the signature is not always at the end)."""
    named = [m for pos in _occurrences(text, ("CHỦ TỊCH", "GIÁM ĐỐC"))
             if (m := _NAMED_SIGNER.match(text, max(0, pos - 4)) or _NAMED_SIGNER.match(text, pos))]
    if named:
        doc.signer_title, doc.signer = _title_case(named[-1].group(1)), named[-1].group(2)
    else:
        marker = None
        for marker in _SIGNATURE_MARKER.finditer(text):
            pass
        if marker:
            titles = list(_SIGNER_TITLE.finditer(text, marker.start(), marker.end() + 120))
            if titles:
                doc.signer_title = _title_case(titles[-1].group(1))
    if not doc.signer and table.get("người ký"):
        doc.signer = table["người ký"]


_NAMED_SIGNER = re.compile(r"(?:\b|(?<=\s))(" + _SIGNER_TITLE.pattern[3:-3] + r")[\s*|]*(" + _NAME + r")[\s*|]*(?:\n|$)")


def _occurrences(text: str, needles: tuple[str, ...]) -> list[int]:
    """Positions of the needles, in order (str.find is far cheaper than a regex scan)."""
    found = []
    for needle in needles:
        pos = text.find(needle)
        while pos >= 0:
            found.append(pos)
            pos = text.find(needle, pos + 1)
    return sorted(found)


def _title_case(title: str) -> str:
    return title.capitalize().replace("chủ tịch", "Chủ tịch").replace("giám đốc", "Giám đốc").replace("Phó chủ", "Phó Chủ")
