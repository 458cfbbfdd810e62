"""Tables whose cells come one per line, as a PDF's text layer gives them, rebuilt into rows.

A task table in a PDF ("TT / Nhiệm vụ / Cơ quan chủ trì / Cơ quan phối hợp / Thời gian …") reaches
the text layer as its header cells one per line, then, row after row, the row's number alone on a
line followed by its cells, each wrapped over as many lines as its column is narrow, and empty cells
dropped. The header says which columns there are and what each holds; a row's lines are then cut
into cells by what opens each one: a body's name opens a lead or partner cell, a time phrase opens
the time cell, and everything else continues the cell before it. The rebuilt rows are written
`| 1 | … | … |`, the form the HTML reader and the markdown tables already give.
"""
from __future__ import annotations

import re

from .extract.agency_lexicon import HEADS
from .lexicon import field_role

_MAX_HEADER_CELL = 45  # characters: a header cell is a short column name
_MAX_COLUMNS = 10
_MAX_TIME_CELL = 30  # characters: "Quý IV/2026", "Năm 2025 - 2026 và các năm tiếp theo" wraps no further
_ROW_LABEL = re.compile(r"^(?:[IVXL]+|\d{1,3}(?:\.\d{1,3})*|[A-ZĐ])\.?$")
_HEAD_WORDS = sorted({word for head, short in HEADS.items() for word in (head, *short)} | {"Các", "các"}, key=len,
                     reverse=True)
_OPENS_BODY = re.compile(r"^(?:" + "|".join(re.escape(w) for w in _HEAD_WORDS) + r")(?=[\s,;:]|$)")
_OPENS_TIME = re.compile(
    r"^(?:Quý|Năm|Tháng|Hằng|Hàng|Thường xuyên|Giai đoạn|Từ|Trước|Trong|Đến|Định kỳ|Khi|(?:19|20)\d{2}\b)", re.I
)
# How a header can open (its number column, or its content column): most lines are passed over on this.
_HEADER_START = re.compile(r"^(?:S?TT|Số|Nội dung|Nhiệm vụ|Tên|Hoạt động|Công việc)\b", re.I)
_NUMBER_HEADER = re.compile(r"^(?:S?TT|Số TT|Số thứ tự)$", re.I)
_ENDS_TABLE = re.compile(r"^(?:Nơi nhận|[IVX]+\.\s+\S|PHỤ LỤC|TM\.|KT\.)", re.I)


def rebuild_cell_tables(lines: list[str]) -> list[str]:
    """Lines with every cell-per-line task table turned into one line per row."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        roles = _header_at(lines, i) if len(line) <= _MAX_HEADER_CELL + 8 and _HEADER_START.match(line.strip()) else []
        if not roles:
            out.append(lines[i])
            i += 1
            continue
        end, rows = _rows_after(lines, i + len(roles), roles)
        if not rows:
            out.append(lines[i])
            i += 1
            continue
        out += ["| " + " | ".join(_header_cells(lines, i, roles)) + " |", *rows]
        i = end
    return out


def _header_cells(lines: list[str], start: int, roles: list[str]) -> list[str]:
    return [lines[start + k].strip() for k in range(len(roles))]


def _header_at(lines: list[str], start: int) -> list[str]:
    """The roles of the header cells starting at `start`, or [] when no task-table header starts there."""
    first = lines[start].strip()
    following = lines[start + 1].strip() if start + 1 < len(lines) else ""
    if not (_NUMBER_HEADER.match(first) or field_role(first) == "content") or _NUMBER_HEADER.match(following):
        return []  # a header opens with its number column when it has one
    roles: list[str] = []
    for line in lines[start:start + _MAX_COLUMNS]:
        text = line.strip()
        if not text or len(text) > _MAX_HEADER_CELL or text.endswith((".", ";")) or _ROW_LABEL.match(text):
            break
        roles.append(field_role(text))
    if "content" in roles and "lead" in roles and len(roles) >= 3:
        return roles
    return []


def _rows_after(lines: list[str], start: int, roles: list[str]) -> tuple[int, list[str]]:
    """The rows following a header: each opens with its number alone on a line."""
    has_number_column = roles[0] == "other"
    columns = roles[1:] if has_number_column else roles
    rows: list[str] = []
    i = start
    label = None
    while i < len(lines) and _ROW_LABEL.match(lines[i].strip()):
        label = lines[i].strip().rstrip(".")
        row: list[str] = []
        j = i + 1
        while j < len(lines) and not _ENDS_TABLE.match(lines[j].strip()):
            text = lines[j].strip()
            if _ROW_LABEL.match(text):
                if _follows(text.rstrip("."), label):
                    break
                j += 1  # a number out of sequence is the page's number, not a row's
                continue
            row.append(lines[j])
            j += 1
        cells = _cells(row, columns)
        rows.append("| " + " | ".join([label, *cells] if has_number_column else cells) + " |")
        i = j
    return i, rows


def _follows(label: str, previous: str) -> bool:
    """Can `label` number the row after `previous`? ("3" after "2", "2.1" after "II", "III" anywhere)."""
    if not label[0].isdigit():
        return True  # a group: "II", "B"
    parts = label.split(".")
    if not previous[0].isdigit():
        return parts[-1] == "1"
    before = previous.split(".")
    if len(parts) == len(before):
        return parts[:-1] == before[:-1] and int(parts[-1]) == int(before[-1]) + 1 or (
            len(parts) > 1 and int(parts[0]) == int(before[0]) + 1 and parts[-1] == "1")
    if len(parts) == len(before) + 1:
        return parts[:-1] == before and parts[-1] == "1"
    return len(parts) < len(before) and int(parts[-1]) == int(before[len(parts) - 1]) + 1


def _cells(row_lines: list[str], columns: list[str]) -> list[str]:
    """A row's lines cut into its columns' cells; a row that names no body is a group heading."""
    texts = [line.strip() for line in row_lines if line.strip()]
    content: list[str] = []  # the content cell runs until a body's name or a time opens the next
    k = 0
    while k < len(texts) and not (content and _starts_cell(texts[k], content[-1])):
        content.append(texts[k])
        k += 1
    pieces: list[list[str]] = []
    for text in texts[k:]:
        if not pieces or _starts_cell(text, pieces[-1][-1]):
            pieces.append([text])
        else:
            pieces[-1].append(text)
    cells = [""] * len(columns)
    cells[columns.index("content")] = " ".join(content)
    for piece in pieces:
        text = " ".join(piece)
        column = _column_for(text, columns, cells)
        if column is not None:
            cells[column] = text
    return cells


def _column_for(text: str, columns: list[str], cells: list[str]) -> int | None:
    """The column a cell fills. Cells come in column order, empty ones left out: the first column
    after the last one filled whose role fits — a time phrase the time column, a body the lead or the
    partners' column, anything else a column of results or funds."""
    last = max((k for k, cell in enumerate(cells) if cell), default=-1)
    if _OPENS_TIME.match(text):
        wanted: tuple[str, ...] = ("time",)
    elif _OPENS_BODY.match(text):
        wanted = ("lead", "coordinators")
    else:
        wanted = ("other",)
    after = range(last + 1, len(columns))
    return next((k for k in after if columns[k] in wanted), next(iter(after), None))


def _starts_cell(text: str, before: str) -> bool:
    """Does this line open a new cell (a body's name, a time) rather than continue the one before?"""
    if text[:1].islower():
        return False
    if _OPENS_TIME.match(before) and len(before) <= _MAX_TIME_CELL:
        return True  # a time cell is a few words: what follows it is the next column
    return bool(_OPENS_BODY.match(text) or _OPENS_TIME.match(text)) or before.endswith((".", ";"))
