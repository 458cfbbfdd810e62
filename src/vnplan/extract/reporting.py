"""Reporting duties from "Tổ chức thực hiện": who reports, to whom, how often, by when.

Each clause of the part that sends a report or a result to an agency is one
duty. The due date is read first ("trước ngày 20 tháng 11 hằng năm" -> --11-20,
"trước ngày 20 hằng tháng" -> ---20, "trước ngày 30/01/2024" -> 2024-01-30), then
the cycle from what remains ("định kỳ hằng quý", "06 tháng", "hằng năm").
As-needed proposals ("nếu cần sửa đổi, bổ sung …") are not periodic duties.
"""
from __future__ import annotations

import re

from ..model import ReportingDuty, Span
from ..segment import Block
from .agencies import find_agencies
from .dates import iso

_DUE_YEARLY = re.compile(r"(?:trước|chậm nhất)\s+(?:ngày\s+)?(?:trước\s+ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2})(?!\s*(?:/|năm\s+\d))(?:\s+(?:hằng|hàng)\s+năm)?", re.I)
_DUE_YEARLY_NUMERIC = re.compile(r"(?:trước|chậm nhất)\s+(?:ngày\s+)?(\d{1,2})/(\d{1,2})(?!/)\s+(?:hằng|hàng)\s+năm", re.I)
_DUE_MONTHLY = re.compile(r"(?:trước|chậm nhất)\s+(?:ngày\s+)?(\d{1,2})\s+(?:hằng|hàng)\s+tháng", re.I)
_DUE_ONCE = re.compile(
    r"(?:trước|chậm nhất|hạn)\s+(?:ngày\s+)?(\d{1,2})\s*(?:/|tháng\s+)\s*(\d{1,2})\s*(?:/|năm\s+)\s*((?:19|20)\d{2})", re.I
)
_FREQUENCIES = [
    ("monthly", re.compile(r"(?:hằng|hàng)\s+tháng|định kỳ tháng", re.I)),
    ("quarterly", re.compile(r"(?:hằng|hàng)\s+quý|định kỳ quý|theo quý", re.I)),
    ("semiannual", re.compile(r"(?:0?6|sáu)\s+tháng(?:\s+một lần)?|nửa năm|bán niên", re.I)),
    ("annual", re.compile(r"(?:hằng|hàng)\s+năm|định kỳ năm|cuối năm", re.I)),
]
_SENDS = re.compile(r"báo cáo(?!\s*,)|gửi(?:\s+về)?\s+(?=[A-ZĐ]|UBND|Ủy ban|Sở)", re.I)
_AS_NEEDED = re.compile(r"\bnếu\b|trường hợp|khi cần|kịp thời phản ánh|vướng mắc", re.I)


def _due_and_frequency(clause: str) -> tuple[str | None, str | None]:
    due = None
    frequency = None
    rest = clause
    m = _DUE_MONTHLY.search(clause)
    if m:
        due, frequency = f"---{int(m.group(1)):02d}", "monthly"
        rest = clause[: m.start()] + clause[m.end():]
    else:
        m = _DUE_ONCE.search(clause)
        if m:
            due, frequency = iso(int(m.group(3)), int(m.group(2)), int(m.group(1))), "once"
            rest = clause[: m.start()] + clause[m.end():]
        else:
            m = _DUE_YEARLY.search(clause) or _DUE_YEARLY_NUMERIC.search(clause)
            if m:
                due, frequency = f"--{int(m.group(2)):02d}-{int(m.group(1)):02d}", "annual"
                rest = clause[: m.start()] + clause[m.end():]
    for name, pattern in _FREQUENCIES:
        if pattern.search(rest):
            frequency = name
            break
    return due, frequency


_CLAUSE_END = re.compile(r";\s*|\.\s+(?=[A-ZĐ*])")


def _clauses(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for m in _CLAUSE_END.finditer(text):
        out.append((pos, text[pos:m.start()]))
        pos = m.end()
    out.append((pos, text[pos:]))
    return [(p, c) for p, c in out if c.strip()]


def _subject(text: str) -> str | None:
    m = re.match(r"^(.{3,200}?)\s+(?:căn cứ|chủ trì|thường xuyên|chịu trách nhiệm|có trách nhiệm|trực tiếp|chủ động|tổ chức|định kỳ|theo dõi|xây dựng|thực hiện)\b", text)
    return m.group(1).strip(" ,;:") if m else None


def extract_reporting(blocks: list[Block], parts: list) -> list[ReportingDuty]:
    duties: list[ReportingDuty] = []
    for block in blocks:
        part = parts[block.index]
        if part is None or part.kind != "organisation" or block.kind == "part":
            continue
        for offset, clause in _clauses(block.text):
            lowered = clause.lower()
            if ("báo cáo" not in lowered and "gửi" not in lowered) or not _SENDS.search(clause) or _AS_NEEDED.search(clause):
                continue  # the substring test spares most clauses the two case-blind scans
            due, frequency = _due_and_frequency(clause)
            sends = _SENDS.search(clause)
            if not (due or frequency or re.search(r"định kỳ|báo cáo\s+(?:ngay|kết quả|về|tình hình)|gửi", clause, re.I)):
                continue
            if re.match(r"báo cáo\s+(?:cấp có thẩm quyền )?phê duyệt", clause[sends.start():]):
                continue
            recipients = [m for m in find_agencies(clause, sends.end()) if not m.collective]
            subject = (_subject(clause) if offset == 0 else None) or _subject(block.text)
            duties.append(ReportingDuty(
                reporter=subject,
                recipient=recipients[0].name if recipients else None,
                frequency=frequency,
                due=due,
                text=clause.strip(),
                span=Span(block.text_start + offset, block.text_start + offset + len(clause)),
            ))
    return duties
