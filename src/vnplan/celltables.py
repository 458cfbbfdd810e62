"""Tables whose cells come one per line, as a PDF's text layer gives them, rebuilt into rows.

A task table in a PDF ("STT / Nội dung / Cơ quan chủ trì / Cơ quan phối hợp / Thời gian …") reaches
the text layer cell after cell, each wrapped over as many lines as its column is narrow, empty cells
dropped; cells that happen to stand on one baseline (a one-line row number and the row's first line,
two one-line cells side by side) share a line, and on a new page the header comes again, a page
number between. The model of such a table:

- the header names the columns (several names may share a line, a name may wrap) and the field
  vocabulary says what each holds: the task's text, its lead, its partners, its time, anything else;
- each kind of cell looks its own way: a body's name opens with an agency head and is read by the
  agencies' grammar, a time is a whole time phrase ("Quý II/2026", "Trước ngày 30/11/2026"), a row
  number follows the one before, a task's text opens with an action verb;
- the cells of a row come in column order, so a cell of a kind fills the first column after the last
  one filled that holds that kind, and a line continues its cell unless it opens a kind the cell
  cannot go on with. Without row numbers, a row ends where the cycle of columns starts again.

The rebuilt rows are written `| 1 | … | … |`, the form the HTML reader and the markdown tables give.
"""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from functools import lru_cache

from .extract.agencies import find_agencies
from .extract.agency_lexicon import (GROUP_NOT_NAMED_BY, GROUP_WORDS, HEAD_WORDS, LOCAL_LEVELS, OFFICE_HOLDERS,
                                    PLACE_LEAD_INS, VILLAGE_KINDS)
from .extract.dates import TIME_PHRASE
from .lexicon import (ACTION_VERBS, APPENDIX_TITLE, CELL_RUNNING_ON_WORDS, FIELD_LINE, FIGURE_CELL,
                      INDICATOR_COLUMN_HEADS, LOWER_LETTERS, OPENS_TIME_CELL, PLACE_COLUMN_HEADS, TABLE_COLUMN_HEADS,
                      TIME_CELL_WORDS, UNIT_COLUMN_HEADS, UPPER_LETTERS, VALUE_COLUMN_HEADS, column_roles, field_role,
                      names_a_task_table)
from .tablerows import CLOSING_PART_WORDS, ENDS_TABLE, label_family, opens_next_group, table_row

_MAX_HEADER_CELL = 45  # characters: a header cell is a short column name
_MAX_HEADER_LINE = 120  # a line holding every column's name at once
_MAX_COLUMNS = 10
_WRAPPED_HEADER_LINES = 6  # more lines than columns a header may take, its names wrapped
_ROW_LABEL = re.compile(r"^(?:[IVXL]+|\d{1,3}(?:\.\d{1,3})*|[A-ZĐ])\.?$")
_STEP_LABEL = re.compile(r"^(?:Bước|Đợt|Giai đoạn)\s+(\d{1,2})$")
_LEADING_LABEL = re.compile(r"^(?P<label>[IVXL]+|\d{1,3}(?:\.\d{1,3})*|[A-ZĐ])\.?\s+(?P<rest>\S.*)$")
_TIME_WORD = "|".join(TIME_CELL_WORDS)
_GROUP_LINE = re.compile(r"^(?P<label>[IVXL]+|[A-ZĐ])\.\s+\S")  # "I. Nhóm nhiệm vụ …" across a table
_PAGE_NUMBER = re.compile(r"^(?:-\s*)?\d{1,3}(?:\s*-)?$")
# An amount written with its thousands or its decimals ("126.500", "15,0"): no row's label, page number or part of a
# name
_AMOUNT = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+,\d+")
_HEAD_WORDS = ("Các", "các", *HEAD_WORDS)  # "Các sở, ngành" opens a cell of bodies too
_OPENS_BODY = re.compile(r"^(?:" + "|".join(re.escape(w) for w in _HEAD_WORDS) + r")(?=[\s,;:]|$)")
_BODY_INSIDE = re.compile(r" (?:" + "|".join(re.escape(w) for w in _HEAD_WORDS if w[0].isupper()) + r")(?=[\s,;:]|$)")
_OPENS_ACTION = re.compile(r"^(?:" + "|".join(sorted((re.escape(v.capitalize()) for v in ACTION_VERBS),
                                                      key=len, reverse=True)) + r")\b")
# How a header can open (its number column, or its content column): most lines are passed over on this.
_HEADER_START = re.compile(r"\s*(?:S?TT|Số|Nội dung|Nhiệm vụ|Tên|Hoạt động|Công việc)\b", re.I)
_NUMBER_HEADER = re.compile(r"^(?:S?TT|Số TT|Số thứ tự)$", re.I)
_COLUMN_HEAD = re.compile(r"(?:" + "|".join(sorted(map(re.escape, TABLE_COLUMN_HEADS), key=len, reverse=True))
                          + r")(?![\wđ])")
_COLUMN_HEAD_ANY_CASE = re.compile(_COLUMN_HEAD.pattern, re.I)
_HEADER_TOKEN = re.compile(r"\s*(\([^)]*\)?|[^\s(]+)")
_JOINERS = frozenset(CELL_RUNNING_ON_WORDS)
# A time cell after another on the same line opens with a capital: prose writes "năm 2026", "hằng năm".
# (a time cell opens with its word, "Quý II/2027", or is a date alone, "31/3/2027", no word of a sentence before it:
# "trước ngày 31/3/2027" is the text's)
_SPACE_BEFORE_TIME = re.compile(rf"(?<=[^\s,;(]) (?=(?:{_TIME_WORD})\b)"
                                rf"|(?<=[^\W\d])(?<!ngày)(?<!đến)(?<!từ)(?<!và)(?<!trước)(?<!sau) "
                                rf"(?=\d{{1,2}}/\d{{1,2}}/\d{{4}}(?!\S))")
_TIME_START_MAX = 16  # characters: the opening words of a wrapped time cell, "Trước ngày", "Trong quý"
_MAX_CELL_LINE = 70  # characters: a longer line, all one cell, is the text after the table
_EMPTY_CELL_MARKS = ("-", "–", "—")  # a line alone that stands for an empty cell
_TIME_CELL_MAX = 40  # characters: "Năm 2025 - 2026 và các năm tiếp theo" wraps no further
# A cell naming places by their level, each with its name ("Xã An Bình, xã Tân Lợi"; "Xã" alone at a wrapped line's
# end); run into the task's text on its line, it opens after the text's last word ("… hỗ trợ sinh kế Xã Hòa Bình"), no
# word that leads into a place ("… tại Xã An Bình"). The levels under a province's: a province's or a region's name
# opens many a body's ("Tỉnh Đoàn", "Chi cục Thuế Khu vực II").
_PLACE_LEVELS = "|".join(sorted({level[:1].upper() + level[1:] for level in (*LOCAL_LEVELS, *VILLAGE_KINDS)
                                 if level.lower() != "khu vực"}, key=len, reverse=True))
_PLACE_CELL = re.compile(r"(?:" + _PLACE_LEVELS + r")(?= [" + UPPER_LETTERS + r"]|$)")
_PLACE_AFTER_A_WORD = re.compile(r"(?<=[\w)]) (?<!" + r" )(?<!".join(PLACE_LEAD_INS)
                                 + r" )(?=(?:" + _PLACE_LEVELS + r")(?: [" + UPPER_LETTERS + r"]|$))")


@dataclass
class _Header:
    cells: list[str]
    roles: list[str]
    size: int  # lines taken

    @property
    def numbered(self) -> bool:
        return bool(_NUMBER_HEADER.match(self.cells[0]))


def rebuild_cell_tables(lines: list[str]) -> list[str]:
    """Lines with every cell-per-line task table turned into one line per row. A text layer that parts its paragraphs
    by blank lines (pdftotext's default) parts the cells so too: the table is read over its lines without them."""
    out: list[str] = []
    # (a table of steps numbers its rows "Bước 1", "Bước 2": read as the numbers they are)
    lines = [_STEP_LABEL.sub(r"\1", line) for line in lines] if any(map(_STEP_LABEL.match, lines)) else lines
    i = 0
    while i < len(lines):
        line = lines[i]
        header_line = len(line) <= _MAX_HEADER_LINE and _HEADER_START.match(line) is not None
        found = None
        if header_line and i + 1 < len(lines) and not lines[i + 1].strip():
            starts, cells_read = _blank_parted_cells(lines, i)
            spaced = _table_at(cells_read, 0, whole_cells=True)
            if spaced is not None:
                end, rows, cells = spaced
                found = (starts[end] if end < len(starts) else len(lines)), rows, cells
        if found is None and header_line:
            found = _rows_parted_by_blank_lines(lines, i) or _table_at(lines, i)
        if found is None:
            out.append(lines[i])
            i += 1
            continue
        end, rows, cells = found
        out += [table_row(cells), *rows]
        i = end
    return out


def _blank_parted_cells(lines: list[str], start: int) -> tuple[list[int], list[str]]:
    """From `start`, each run of lines between blank lines as one cell's line, and where each run begins."""
    starts: list[int] = []
    cells: list[str] = []
    for k in range(start, len(lines)):
        if not lines[k].strip():
            continue
        if k == start or not lines[k - 1].strip() and cells:
            starts.append(k)
            cells.append(lines[k].strip())
        else:
            cells[-1] += " " + lines[k].strip()
    return starts, cells


def _rows_parted_by_blank_lines(lines: list[str], i: int) -> tuple[int, list[str], list[str]] | None:
    """The table at `i` when a blank line closes its header and each of its rows, and every row takes as many lines as
    the header names columns: each line is then one whole cell, whatever it looks like ("Trước ngày 20 tháng cuối
    quý", "Báo cáo quý"). None when the lines do not keep that count (a cell wrapped, one left empty)."""
    header = _header_at(lines, i)
    if header is None or header.size != len(header.cells):
        return None
    columns = len(header.cells)
    rows: list[str] = []
    k = end = i + header.size
    while k < len(lines) and not lines[k].strip():
        k += 1
        block = list(itertools.takewhile(str.strip, lines[k:k + columns + 1]))
        if len(block) != columns or header.numbered and not _ROW_LABEL.match(block[0].strip()):
            break
        rows.append(table_row([line.strip() for line in block]))
        k = end = k + columns
    return (end, rows, header.cells) if len(rows) >= 2 else None


def _table_at(lines: list[str], i: int, whole_cells: bool = False) -> tuple[int, list[str], list[str]] | None:
    """The cell-per-line table whose header opens at `i`: where it ends, its rows and its header's cells."""
    header = _header_at(lines, i)
    if header is None:
        return None
    marks = _mark_columns(lines, i + header.size) if header.numbered and header.roles[-1] == "time" else []
    if marks:
        end, rows = _marked_rows(lines, i + header.size + len(marks), header, marks)
    else:
        end, rows = _rows_after(lines, i + header.size, header, whole_cells)
    return (end, rows, header.cells) if rows else None


# -- the header ----------------------------------------------------------------------------------

# Under a time column, the columns a row marks "x" in, a name a line ("Quý I" … "Quý IV", "Tháng 1", "2026")
_MARK_HEAD = re.compile(r"(?:Quý\s+(?:I{1,3}|IV|[1-4])|Tháng\s+(?:1[0-2]|0?[1-9])|(?:Năm\s+)?(?:19|20)\d{2})", re.I)
_MAX_MARK_COLUMNS = 12

def _header_names(line: str, cells: list[str]) -> bool:
    """Add the column names on `line` to `cells`: a column's head opens a name, lower-case words,
    brackets and punctuation go on with it (so a line opening in lower case goes on with the name
    before). False, and `cells` untouched, when the line is not made of column names."""
    if _in_capitals(line):
        return _capital_header_names(line, cells)
    added = list(cells)
    opened = 0  # where the name being read opens on this line
    pos = 0
    while (word := _HEADER_TOKEN.match(line, pos)) is not None and word.group(0).strip():
        head = _COLUMN_HEAD.match(line, word.start(1))
        token = word.group(1)
        if head:
            if opened < word.start(1):
                added[-1] = _joined(added[-1], line[opened:word.start(1)])
            added.append("")
            opened = word.start(1)
            pos = head.end()
            continue
        # (a number inside the line goes on too: "Chỉ tiêu năm 2027"; one opening it is a row's)
        goes_on = token[:1].islower() or token[:1] in "(,-–/&" or line[:word.start(1)].rstrip().endswith(("(", ",")) \
            or token[:1].isdigit() and word.start(1) > 0
        if not added or not goes_on:
            return False
        pos = word.end()
    if not added:
        return False
    added[-1] = _joined(added[-1], line[opened:])
    return _accept_names(added, cells)


def _in_capitals(text: str) -> bool:
    return text.upper() == text and any(c.isalpha() for c in text)


def _accept_names(added: list[str], cells: list[str]) -> bool:
    if any(len(cell) > _MAX_HEADER_CELL or cell.endswith((".", ";", ":")) for cell in added):
        return False
    cells[:] = added
    return True


def _capital_header_names(line: str, cells: list[str]) -> bool:
    """`_header_names` for a line in capitals ("STT NHIỆM VỤ VÀ GIẢI PHÁP CHỦ TRÌ PHỐI HỢP THỜI GIAN"), where
    no case tells where a name opens. A name may open at a column's head not joined to the word before
    ("VÀ GIẢI PHÁP" goes on); of the ways to open names there, the one giving the most columns of distinct
    roles (text, lead, partners, time) wins, then the one with the most names, names of no role side by
    side counting as one ("KẾT QUẢ DỰ KIẾN"), since a role word qualifies the name it follows
    ("CƠ QUAN CHỦ TRÌ") and never opens a second column of the same role."""
    opens = []
    for word in re.finditer(r"\S+", line):
        before = line[:word.start()].strip() or (cells[-1] if cells else "")
        if _COLUMN_HEAD_ANY_CASE.match(line, word.start()) and not (before and _stops_mid_phrase(before)):
            opens.append(word.start())
    goes_on = cells and _in_capitals(cells[-1]) and not _ROW_LABEL.match(line.strip())
    if len(opens) > _MAX_COLUMNS or (opens[:1] != [0] and not goes_on):
        return False  # words that are no column's head go on only with a name in capitals ("HOÀN" / "THÀNH")
    best, best_score = None, None
    for count in range(len(opens) + 1):
        for chosen in itertools.combinations(opens, count):
            if not cells and chosen[:1] != (0,):
                continue  # nothing before for the line's first words to go on with
            names = list(cells)
            if chosen[:1] != (0,):
                names[-1] = _joined(names[-1], line[:chosen[0]] if chosen else line)
            names += [line[start:end].strip() for start, end in zip(chosen, [*chosen[1:], len(line)])]
            roles = [field_role(name) for name in names]
            if any(roles.count(role) > 1 for role in ("content", "lead", "coordinators", "time")):
                continue
            separate = sum(1 for n, role in enumerate(roles) if role != "other" or n == 0 or roles[n - 1] != "other")
            score = (len(set(roles) - {"other"}), separate)
            if best_score is None or score > best_score:
                best, best_score = names, score
    return best is not None and _accept_names(best, cells)


def _joined(before: str, after: str) -> str:
    return f"{before} {after.strip()}".strip()


def _roles_repeat(names: list[str]) -> bool:
    """Two columns named for the task's text, its lead or its time: no one header's names."""
    roles = [field_role(name) for name in names]
    return any(roles.count(role) > 1 for role in ("content", "time", "lead"))


def _header_at(lines: list[str], start: int) -> _Header | None:
    """The header whose names start at `start`, or None when no task-table header starts there."""
    cells: list[str] = []
    size = 0
    window = lines[start:start + _MAX_COLUMNS + _WRAPPED_HEADER_LINES]
    for n, line in enumerate(window):
        text = line.strip()
        before = list(cells)
        if not text or not _header_names(text, cells) or len(cells) > _MAX_COLUMNS:
            break
        if _roles_repeat(cells) or any(_NUMBER_HEADER.match(cell) for cell in cells[1:]):
            following = window[n + 1].strip() if n + 1 < len(window) else ""
            if following[:1].islower() and _header_names(following, wrapped := list(cells)) \
                    and not _roles_repeat(wrapped):
                size += 1
                continue  # a name wrapped where its first words read as another role's ("Đơn vị phối" / "hợp")
            cells = before  # the next row's text, or a second table's header
            break
        size += 1
    if not cells or not (_NUMBER_HEADER.match(cells[0]) or field_role(cells[0]) == "content"):
        return None  # a header opens with its number column when it has one, else with the task's text
    roles = column_roles(cells)
    # (roles repeated at the end: a wrapped name left unfinished)
    if names_a_task_table(roles) and len(roles) >= 3 and not _roles_repeat(cells):
        return _Header(cells, roles, size)
    return None


def _mark_columns(lines: list[str], start: int) -> list[str]:
    """The names of the columns a time column is divided into, when its second header row follows the first."""
    names = []
    for line in lines[start:start + _MAX_MARK_COLUMNS]:
        if not _MARK_HEAD.fullmatch(line.strip()):
            break
        names.append(line.strip())
    return names if len(names) >= 2 else []


def _marked_rows(lines: list[str], start: int, header: _Header, marks: list[str]) -> tuple[int, list[str]]:
    """The rows of a table whose time is marked "x" in columns of quarters or months, its cells given one a line
    and an empty cell as an empty line (a word processor's table flattened cell after cell): every place counts,
    so a row holds the lines from its number to the next number, a heading row across the table ("I" / its
    title) the lines to the next. Written with its time cell as the marked columns' names ("Quý I, Quý II")."""
    width = len(header.cells) - 1 + len(marks)  # a row's cells, its number first
    table = _Table(header)
    rows: list[list[str]] = []
    end = start
    for i in range(start, len(lines)):
        text = lines[i].strip()
        row = rows[-1] if rows else None
        full = row is not None and (len(row) >= width or table.row.group and len(row) >= 2)
        if _ROW_LABEL.match(text) and (row is None or full) and (
                table.follows(text.rstrip(".")) if text[:1].isdigit() else table.next_group(text.rstrip("."))):
            table.open_row(text.rstrip("."))
            rows.append([text.rstrip(".")])
        elif row is None or ENDS_TABLE.match(text) or (full and text):
            break
        elif not full:
            row.append(text)
        end = i + 1
    out = []
    for row in rows:
        if len(row) <= 2:
            out.append(table_row(row))  # a heading row across the table
            continue
        cells, marked = row[:len(header.cells) - 1], row[len(header.cells) - 1:]
        cells += [""] * (len(header.cells) - 1 - len(cells))
        time = ", ".join(name for name, cell in zip(marks, marked) if cell)
        out.append(table_row([*cells, time]))
    return (end, out) if any(len(row) > 2 for row in rows) else (start, [])


# -- pieces: a line cut where one cell ends and the next begins ---------------------------------------

def _stops_mid_phrase(text: str) -> bool:
    """Does the line stop on a comma, a bracket or a joining word ("Sở Nông nghiệp và", "giai đoạn")?"""
    if text[-1:] in ",(-–/&":
        return True
    last_words = text.lower().rsplit(" ", 2)
    return last_words[-1] in _JOINERS or " ".join(last_words[-2:]) in _JOINERS


def _is_time(text: str) -> bool:
    """A time cell, or its first line ("Trước ngày" before "30/11/2026"), maybe one phase's ("Đợt 1: tháng 3 -"), or a
    time counted from an event ("Trong 30 ngày kể từ ngày nhận đủ hồ sơ")."""
    text = text[phase.end():] if (phase := _PHASE_LABEL.match(text) or _ITEM_LABEL.match(text)) else text
    return bool(OPENS_TIME_CELL.match(text)) and (len(text) <= _TIME_START_MAX or bool(TIME_PHRASE.match(text))
                                              or bool(_COUNTED_TIME.match(text)) and len(text) <= _TIME_CELL_MAX)


_PHASE_LABEL = re.compile(r"(?:Đợt|Giai đoạn|Lần)\s+\d{1,2}\s*:\s*")
_COUNTED_TIME = re.compile(r"(?:Trong(?:\s+vòng|\s+thời hạn)?|Chậm nhất|Sau)\s+\d{1,3}\s+(?:ngày|tháng)\b")


@lru_cache(maxsize=4096)
def _first_name_end(text: str) -> int | None:
    """Where the body named at the start of `text` ends, None when none is. Cached: the same
    partners' cell comes back row after row."""
    mentions = find_agencies(text)
    return mentions[0].end if mentions and mentions[0].start == 0 else None


def _is_body(text: str) -> bool:
    """A body's name, or the start of one wrapped after its head or a joining word ("Ủy ban nhân dân" /
    "các xã", "Báo và Phát thanh," / "Truyền hình tỉnh")."""
    head = _OPENS_BODY.match(text)
    if not head:
        return False
    return head.end() == len(text.rstrip(" ,;")) or _first_name_end(text) is not None or _stops_mid_phrase(text) and (
        len(text) <= _SHORT_WRAPPED_NAME or any(word[:1].isupper() for word in text[head.end():].split()))


_SHORT_WRAPPED_NAME = 25  # characters: a longer line stopping on a joining word names its body in capitals ("Sở Nông
# nghiệp và"), or is a task's text opening with a head's word ("Hội chẩn từ xa … với")


def _opens_bodies(text: str) -> bool:
    """A body's name, or a kind of body listed at the start of a cell ("Các cửa hàng xăng dầu", "Các trạm y tế"): a
    line a capital "Các" opens is no wrap of the cell above. A body asked rather than told ("Đề nghị Công an tỉnh")
    is one when its name is all the line holds."""
    if asked := _ASKED.match(text):
        name = text[asked.end():].rstrip(" ,;")
        return _first_name_end(name) == len(name)
    return _is_body(text) or text.startswith("Các ") and text[4:5].islower()


def _names_a_doer(text: str) -> bool:
    """A whole cell naming who does the work, where each line is a cell: a body, an office-holder for the body he heads
    ("Chủ tịch Ủy ban nhân dân xã"), or a local group named by what it does ("Ban rà soát các ấp")."""
    held = _OFFICE_HOLDER.match(text)
    name = text[held.end():].rstrip(" ,;") if held else ""
    return _opens_bodies(text) or bool(held) and _first_name_end(name) == len(name) \
        or _GROUP_NAME.fullmatch(text) is not None


_OFFICE_HOLDER = re.compile(r"(?:Phó\s+)?(?:" + "|".join(OFFICE_HOLDERS) + r")\s+(?=[" + UPPER_LETTERS + "])")
# A local group named by what it does, the whole line ("Ban rà soát các ấp", "Tổ kỹ thuật"): a lead's cell
# (not "Ban hành danh mục …")
_GROUP_NAME = re.compile(r"(?:" + "|".join(GROUP_WORDS) + r")\s+(?!(?:" + "|".join(GROUP_NOT_NAMED_BY) + r")(?![\wđ]))"
                         r"[" + LOWER_LETTERS + r"]+(?:\s+[" + LOWER_LETTERS + r"]+){0,5}")


_ASKED = re.compile(r"(?:Đề nghị|Mời)\s+")


_ITEM_LABEL = re.compile(r"\d{1,2}\.\s+(?=\S)")


def _pieces(text: str) -> list[str]:
    """The cells a line holds: cells side by side on one baseline come as one line, a space apart."""
    pieces: list[str] = []
    whole_row = len(text) > _MAX_CELL_LINE  # (a line longer than a narrow column's holds a row's cells side by side)
    while text:
        label = _ITEM_LABEL.match(text)  # ("1. Quý III/2027": an item of the cell's own list, its number its own)
        cut = label.end() + _cell_end(text[label.end():], whole_row) if label else _cell_end(text, whole_row)
        pieces.append(text[:cut].strip())
        text = text[cut:].strip()
    return pieces


def _cell_end(text: str, whole_row: bool = False) -> int:
    """Where the first cell of `text` ends: before a time phrase opening with a capital, or sooner, after
    a whole time phrase or a body's name followed by a capital; in a `whole_row`, also before a body's name after a
    word of the cell before (`_body_after_a_word`) and after a whole time phrase, whatever follows it."""
    limit = next((space.start() for space in _SPACE_BEFORE_TIME.finditer(text) if TIME_PHRASE.match(text, space.end())),
                 len(text))
    first = text[:limit]
    end = None
    if whole_row and (row_break := _body_after_a_word(first)) is not None:
        return row_break
    if OPENS_TIME_CELL.match(first):
        time = TIME_PHRASE.match(first)
        end = time and time.end()
    elif _OPENS_BODY.match(first) and _first_name_end(first) is not None:
        end = _first_name_end(first)
    elif _BODY_INSIDE.search(first):
        return _text_end(first, before_time=limit < len(text)) or limit
    if end and first[end:end + 1] == " " and (whole_row and end < len(first) or first[end:].lstrip()[:1].isupper()):
        return end
    return limit


def _body_after_a_word(text: str) -> int | None:
    """Where a body's name opens a cell of a row run into one line: right after a word of the cell before, no word that
    leads into the name ("… chuyển đổi nghề Phòng Quản lý khai thác thủy sản Ủy ban nhân dân các xã …"; not "… gửi
    Sở Y tế", "… hướng dẫn Ủy ban nhân dân các xã")."""
    for mention in find_agencies(text):
        before = text[:mention.start]
        if mention.start == 0 or before[-1:] != " ":
            continue
        words = before.split()
        # (a bracket closing the text before does too: "… cơ sở lưu trú (homestay) Sở Dân tộc và Tôn giáo …")
        last, last_two = words[-1].lower().strip("()"), " ".join(words[-2:]).lower()
        if (last.isalpha() and last.islower() or last.isdigit() or _DOCUMENT_NUMBER.fullmatch(last)) \
                and last not in _JOINERS and last_two not in _JOINERS \
                and last not in _VERBS_BEFORE_A_BODY and last_two not in _VERBS_BEFORE_A_BODY:
            return mention.start
    return None


_DOCUMENT_NUMBER = re.compile(r"\d{1,5}/[\w./-]+", re.I)  # "27/2026/nq-hđnd", a cited document's, lower-cased
_VERBS_BEFORE_A_BODY = frozenset((*ACTION_VERBS, "báo cáo", "đề nghị", "yêu cầu", "giao", "mời", "thông báo", "trình"))


def _text_end(text: str, before_time: bool) -> int | None:
    """Where a task's text ends when the bodies' cells follow it on its line: the names that close
    the line are cells of their own when two stand side by side ("… đầu mối Sở Công Thương Ủy ban
    nhân dân các xã,") or a time follows them; a name after a joining word stays in the text ("…
    gửi Sở Y tế")."""
    run: list = []  # the names closing the line, last first, nothing but spaces between them
    for mention in reversed(find_agencies(text)):
        gap = text[mention.end:run[-1].start if run else len(text)]
        if gap.strip(" ,;" if not run else " "):
            break
        run.append(mention)
    if not run or not (len(run) > 1 or before_time):
        return None
    opening = run[-1]
    if opening.start > 0 and text[opening.start].isupper() and not _stops_mid_phrase(text[:opening.start].rstrip()):
        return opening.start
    return opening.end if len(run) > 1 else None


# -- rows ------------------------------------------------------------------------------------------

@dataclass
class _Row:
    label: str = ""
    cells: dict[int, list[str]] = field(default_factory=dict)
    cursor: int = -1  # the column being filled
    group: bool = False  # a heading row across the table ("I. Nhóm nhiệm vụ …")

    def text(self, column: int) -> str:
        return " ".join(self.cells.get(column, []))

    def put(self, column: int, piece: str) -> None:
        self.cells.setdefault(column, []).append(piece)
        self.cursor = column


class _Table:
    """Rows read piece by piece: each piece continues the cell being filled, opens a later column, or
    opens a row."""

    def __init__(self, header: _Header, whole_cells: bool = False):
        self.whole_cells = whole_cells  # each line a whole cell (the text layer parts its cells by blank lines)
        self.numbered = header.numbered
        self.columns = header.roles[1:] if self.numbered else header.roles
        self.content = self.columns.index("content")
        # (the first column of bodies: the partners', in a table whose leads are handed out by its groups elsewhere)
        self.lead = self.columns.index("lead" if "lead" in self.columns else "coordinators")
        names = header.cells[1:] if self.numbered else header.cells
        self.places = [k for k, name in enumerate(names) if name.lower().startswith(PLACE_COLUMN_HEADS)]
        self.rows: list[_Row] = []

    @property
    def row(self) -> _Row | None:
        return self.rows[-1] if self.rows else None

    def follows(self, label: str) -> bool:
        """Can `label` number the next row? ("3" after "2", "2.1" after "2", "1" after a group; a group's
        label anywhere: plans skip and repeat them)."""
        if not label[0].isdigit():
            return True
        parts = label.split(".")
        previous = next((row.label for row in reversed(self.rows) if row.label[:1].isdigit()), None)
        if parts[-1] == "1" and (previous is None or self.row.group):
            return True  # numbering starts, or starts again in a group
        if previous is None:
            return False
        before = previous.split(".")
        if len(parts) == len(before):
            return parts[:-1] == before[:-1] and int(parts[-1]) == int(before[-1]) + 1 or (
                len(parts) > 1 and int(parts[0]) == int(before[0]) + 1 and parts[-1] == "1")
        if len(parts) == len(before) + 1:
            return parts[:-1] == before and parts[-1] == "1"
        return len(parts) < len(before) and int(parts[-1]) == int(before[len(parts) - 1]) + 1

    def next_group(self, label: str) -> bool:
        """Is `label` the first of its family ("I", "A") or the next after the last group of it?"""
        return opens_next_group([row.label for row in self.rows], label)

    def open_row(self, label: str = "") -> _Row:
        row = _Row(label, group=bool(label) and not label[0].isdigit())
        self.rows.append(row)
        return row

    def add_line(self, text: str) -> None:
        label = _LEADING_LABEL.match(text) if self.numbered else None
        group = _GROUP_LINE.match(text) if not self.numbered else None
        if label and not label["rest"][:1].islower() and self.follows(label["label"]) and not self._listed_in_cell():
            self.open_row(label["label"])  # the row's number and its first line on one baseline
            text = label["rest"]
        elif group and self.next_group(group["label"]):
            self.open_row(group["label"]).put(self.content, text)
            return
        for piece in _pieces(text):
            for part in self._places_apart(piece):
                self.add_piece(part)

    def _places_apart(self, piece: str) -> tuple[str, ...]:
        """The piece, or, in a table with a column of places, the task's text and the places run into it (see
        `_PLACE_AFTER_A_WORD`; not a body's cell, nor a body's name that holds a place: "Trạm Y tế Xã An Bình")."""
        cut = _PLACE_AFTER_A_WORD.search(piece) if self.places and not _opens_bodies(piece) else None
        if cut is None or any(m.start < cut.start() < m.end for m in find_agencies(piece)):
            return (piece,)
        return piece[:cut.start()], piece[cut.end():]

    def _place_column(self, row: _Row, piece: str) -> int | None:
        """The column of places after the one being filled, for a piece that names places by their level."""
        if not self.places or not _PLACE_CELL.match(piece) or _opens_bodies(piece):
            return None
        return next((k for k in self.places if k > row.cursor), None)

    def _listed_in_cell(self) -> bool:
        """Does the row's text open a list of its own ("1. Số hóa …")? Then "2. Thực hiện …" is its next item."""
        return self.row is not None and _ITEM_LABEL.match(self.row.text(self.content)) is not None

    def add_piece(self, piece: str) -> None:
        row = self.row
        if row is None:
            row = self.open_row()
        if piece in _EMPTY_CELL_MARKS and 0 <= row.cursor < len(self.columns) - 1:
            self.leave_empty()  # "-" for a cell left empty
            return
        if row.cursor >= 0 and row.cells[row.cursor] != [""] and not self.whole_cells and self._goes_on(row, piece):
            # (an empty cell is closed)
            row.cells[row.cursor].append(piece)
            return
        column = self._first_column(piece) if row.cursor < 0 else self._column_for(row, piece)
        if column is None and not self.numbered and (row.group or _OPENS_ACTION.match(piece) or
                                                     row.cursor == len(self.columns) - 1):
            row = self.open_row()  # the cycle of columns starts again: a new row
            column = 0
        elif column is None and self._opens_unnumbered_row(row, piece):
            row = self.open_row()  # a row the table leaves unnumbered, under the numbered one before it
            column = self.content
        if column is None:  # nowhere to go: it belongs with the cell before
            row.cells[row.cursor].append(piece)
            return
        row.put(column, piece)

    def leave_empty(self) -> None:
        """The row's next column has a cell with nothing in it (none after the last)."""
        row = self.row
        if row is not None and 0 <= row.cursor < len(self.columns) - 1:
            row.put(row.cursor + 1, "")

    def _field_column(self, piece: str) -> int | None:
        """The column of a unit cell's own field ("Chủ trì: Phòng X." / "Phối hợp: …" in one "Đơn vị thực hiện"
        cell): its role's, or the lead's when the table gives the partners no column of their own; None for a piece
        that is no such field."""
        field = FIELD_LINE.match(piece) if ":" in piece[:30] else None
        role = field_role(field["name"]) if field else None
        if role not in ("lead", "coordinators"):
            return None
        return self.columns.index(role) if role in self.columns else self.lead

    def _first_column(self, piece: str) -> int:
        """A row opens with its first column, unless that holds bodies and the row opens with a task's text (an action
        verb first): the bodies' cell is merged with the row's above, left empty in the text."""
        if self.columns[0] in ("lead", "coordinators") and _OPENS_ACTION.match(piece) and not _is_body(piece):
            return self.content
        return 0

    def _goes_on(self, row: _Row, piece: str) -> bool:
        """Does the piece continue the cell being filled rather than open the next?"""
        before = row.cells[row.cursor][-1]
        whole = row.text(row.cursor)
        role = self.columns[row.cursor]
        if piece[:1].islower():
            return True
        if _stops_mid_phrase(before):  # (no body's name goes on with a whole time: "Sở Khoa học và" / "Quý III/2027")
            return not (role in ("lead", "coordinators") and _is_time(piece) and _time_is_whole(piece))
        if (field := self._field_column(piece)) is not None:
            return field <= row.cursor  # (the partners' field in the lead's cell, where they have no column)
        if row.group:  # a heading row ends with its line, unless it is in capitals and goes on so
            return before.isupper() and piece.isupper()
        if role == "other" and FIGURE_CELL.fullmatch(before):
            return False  # a figure is its cell's whole ("126.500" / "18.975": a plan's money, then what was paid)
        if role == "time":
            return not _time_is_whole(whole)
        if _is_time(piece):
            return False
        if role == "content":
            if self._opens_unnumbered_row(row, piece) or self._place_column(row, piece) is not None:
                return False  # an unnumbered row's text ends where another one opens (see `_rows_with_a_body`)
            return not _opens_bodies(piece)  # a task's text runs on until a body or a time opens the next cell
        if role in ("lead", "coordinators"):
            if _ITEM_LABEL.match(piece):
                return False  # "1. Mua sắm …" after the unit's name: the first item of the next cell's list
            if before.endswith(";"):
                return True  # a list of bodies goes on
            if _opens_bodies(piece) or _AMOUNT.fullmatch(piece):
                return False
            return _name_runs_on(whole, piece)
        # A column of results or notes: a task's text (an action verb first) opens a row.
        return not (self._opens_unnumbered_row(row, piece) or not self.numbered and _OPENS_ACTION.match(piece)
                    and row.text(self.lead))

    def _column_for(self, row: _Row, piece: str) -> int | None:
        """The first column after the one being filled that holds this kind of cell."""
        if (field := self._field_column(piece)) is not None:
            return field if field > row.cursor else None
        if (place := self._place_column(row, piece)) is not None:
            return place
        if _is_time(piece):
            wanted: tuple[str, ...] = ("time",)
        elif _opens_bodies(piece) or (self.columns[row.cursor] == "lead" and _BODY_INSIDE.search(piece)
                                      and not _OPENS_ACTION.match(piece)):
            wanted = ("lead", "coordinators")  # after the lead's whole name, partners listed from others ("Viện, Sở …")
        elif self._opens_unnumbered_row(row, piece) or (
                not self.numbered and row.cursor >= self.lead and _OPENS_ACTION.match(piece)):
            return None  # a task's text once the row's body is named: the next row
        else:
            wanted = ("content", "other")
        return next((k for k in range(row.cursor + 1, len(self.columns)) if self.columns[k] in wanted), None)

    def _opens_unnumbered_row(self, row: _Row, piece: str) -> bool:
        """In a numbered table, a task's text (an action verb first) after a row's time cell (one after its text: a
        time before the text opens the row), or after the text of a row already unnumbered, opens a row the table
        leaves unnumbered: its merged cells are the row's above."""
        return self.numbered and row.cursor >= 0 and bool(_OPENS_ACTION.match(piece)) and (
            (not row.label and not row.group) or any(self.columns[k] == "time" and row.cells.get(k)
                                                     for k in range(self.content + 1, len(self.columns))))

    def _rows_with_a_body(self) -> list[_Row]:
        """The rows, each unnumbered one of a numbered table that names no body folded back into the cell the row
        before ended on: a wrapped result or budget cell that opens like a task ("Đầu tư công …"), not a row."""
        rows: list[_Row] = []
        for row in self.rows:
            if self.numbered and rows and not row.label and not row.group and not row.text(self.lead):
                before = rows[-1]
                column = next((k for k in range(before.cursor + 1, len(self.columns))
                               if self.columns[k] == "other" and not before.cells.get(k)), before.cursor)
                before.put(column, " ".join(row.text(k) for k in sorted(row.cells)))
                continue
            rows.append(row)
        return rows

    def lines(self) -> list[str]:
        out = []
        for row in self._rows_with_a_body():
            cells = [row.text(k) for k in range(len(self.columns))]
            if self.numbered and not row.label and any(cells):
                # a row left unnumbered shares its merged cells with the numbered one above: written as a portal
                # writes it, from its content cell to its last own cell
                cells = cells[self.content:max(k for k, cell in enumerate(cells) if cell) + 1]
            elif self.numbered:
                cells = [row.label, *cells]
            out.append(table_row(cells))
        return out


@lru_cache(maxsize=4096)
def _name_runs_on(name: str, line: str) -> bool:
    """Does `line` go on with the body's name before it ("Ủy ban nhân dân tỉnh" / "Bình Minh")?"""
    return any(found.start < len(name) < found.end for found in find_agencies(f"{name} {line}"))  # one name across


def _time_is_whole(text: str) -> bool:
    """A time cell says all it has to once it names a year or a recurrence; "Trước ngày" goes on."""
    phrase = TIME_PHRASE.search(text)
    return bool(phrase) and (len(text) > _TIME_CELL_MAX or phrase.end() >= len(text.rstrip(" .;")))


# The time words of two syllables a narrow column wraps between them ("Thường" / "xuyên"): the first alone names
# no time.
_TWO_SYLLABLE_TIME_WORDS = {word.split()[0]: word.split()[1] for word in TIME_CELL_WORDS if " " in word}


def _time_word_goes_on(text: str, following: list[str]) -> str | None:
    """The next line when it ends the time word `text` opens, wrapped after its first syllable ("Thường" / "xuyên")."""
    rest = _TWO_SYLLABLE_TIME_WORDS.get(text)
    if rest is None or not following or following[0].strip().split(" ")[0] != rest:
        return None
    return following[0].strip()


_ROWS_LOOKED_AT = 300  # lines after the header


def _writes_empty_cells(lines: list[str], start: int) -> bool:
    """Does the copy write an empty cell as an empty line (a word processor's text export, each cell a line)? Then
    most rows end on one, their last cell ("Ghi chú") left empty: an empty line alone right before most row numbers
    (but those under a group's row, "II" / its title). (A text layer that parts paragraphs by empty lines parts a
    cell's own paragraphs so too.)"""
    numbers = [k for k in range(start + 2, min(len(lines), start + _ROWS_LOOKED_AT))
               if lines[k].strip().isdigit() and len(lines[k].strip()) <= 3
               and not (_ROW_LABEL.match(lines[k - 2].strip()) and not lines[k - 2].strip()[:1].isdigit())]
    after_one = sum(1 for k in numbers if not lines[k - 1].strip() and lines[k - 2].strip())
    return len(numbers) >= 2 and after_one * 2 >= len(numbers)


def _stands_for_a_cell(lines: list[str], i: int) -> bool:
    """Is the empty line at `i` an empty cell, as a word processor's text export writes one (each cell a line), and no
    break of a page or a paragraph? It stands alone between two lines of the row, the next neither a number nor a
    page's."""
    following = lines[i + 1].strip() if i + 1 < len(lines) else ""
    return bool(lines[i - 1].strip()) and bool(following) and not _PAGE_NUMBER.match(following) \
        and not _ROW_LABEL.match(following)


def _line_a_cell(lines: list[str], start: int, table: _Table) -> list[str] | None:
    """The lines of the row whose number stands alone before `start`, when there are as many of them as the table has
    columns after its numbers, up to the next row's number or the table's end: a word processor's text export writes
    each cell on a line of its own, so each line is a whole cell, however it opens ("Ban Kỹ thuật - Sản xuất" /
    "Tổ máy sẵn sàng vận hành"), where the lead's line names a body and the time's a time. None otherwise."""
    cells: list[str] = []
    for line in lines[start:start + len(table.columns) + 1]:
        text = line.strip()
        if not text or _ends_table(table, text) or _ROW_LABEL.match(text):
            break
        cells.append(text)
    if len(cells) != len(table.columns):
        return None
    # (a wrapped text with a cell left out counts the same: each line must be of its column's kind)
    fits = all(_names_a_doer(cell) if role == "lead" else _is_time(cell) if role == "time" else True
               for role, cell in zip(table.columns, cells))
    # (nor may a line stop mid-list: "Bộ đội Biên phòng tỉnh;" goes on with the next body, whatever the count)
    fits = fits and not any(_stops_mid_phrase(cell) or cell.endswith((";", ",")) for cell in cells[:-1])
    return cells if fits else None


def _ends_table(table: _Table, text: str) -> bool:
    """A part heading (a web copy's "## IV. …" too), the signature or an appendix after the table ends it."""
    text = text.lstrip("#").lstrip()
    if ENDS_TABLE.match(text):
        return True
    group = _GROUP_LINE.match(text)
    if not group or label_family(group["label"]) != "roman":
        return False
    return not table.next_group(group["label"]) or any(word in text for word in CLOSING_PART_WORDS)


def _rows_after(lines: list[str], start: int, header: _Header, whole_cells: bool = False) -> tuple[int, list[str]]:
    """The rows following a header, up to what ends the table."""
    table = _Table(header, whole_cells)
    i = start
    last_row_line = start
    empty_lines_are_cells = _writes_empty_cells(lines, start)
    while i < len(lines):
        text = lines[i].strip()
        if not text:
            if empty_lines_are_cells and _stands_for_a_cell(lines, i):
                table.leave_empty()
            i += 1
            continue
        again = _header_at(lines, i) if _HEADER_START.match(text) else None
        if again and again.roles in (table.columns, header.roles):
            i += again.size  # the header repeated on a new page, or without its number column under a group
            continue
        if _ends_table(table, text) or not table.numbered and len(text) > _MAX_CELL_LINE and len(_pieces(text)) == 1:
            break
        alone = _ROW_LABEL.match(text) or _PAGE_NUMBER.match(text)  # a number or label alone on its line
        if alone and table.numbered and _ROW_LABEL.match(text) and table.follows(text.rstrip(".")):
            row = table.open_row(text.rstrip("."))
            if (cells := _line_a_cell(lines, i + 1, table)) is not None:
                for column, cell in enumerate(cells):
                    row.put(column, cell)
                i += len(cells)
        elif alone and (table.numbered or text[-1].isdigit()) and not _AMOUNT.fullmatch(text):
            i += 1  # a number out of sequence, or in a table without numbers, is the page's number
            continue
        elif table.numbered and table.row is None and not _LEADING_LABEL.match(text):
            break  # a numbered table's first row opens with its number
        else:
            if (rest := _time_word_goes_on(text, lines[i + 1:i + 2])) is not None:
                text, i = text + " " + rest, i + 1
            table.add_line(text)
        i += 1
        last_row_line = i
    if not any(row.cells.get(table.lead) for row in table.rows):
        return start, []  # no row names a body: not a task table
    return last_row_line, table.lines()


# -- tables of figures -----------------------------------------------------------------------------
# A targets table ("Chỉ tiêu / Đơn vị tính / Năm 2026 / Năm 2027") in a PDF's text layer comes the same way, a cell a
# line: the indicator, wrapped over lines; its unit, a short line; then one figure a line for each year's column. A row
# ends with its last figure.

_YEAR_HEAD = re.compile(r"(?:năm\s+)?(?:19|20)\d{2}|giai đoạn\s.*(?:19|20)\d{2}", re.I)
_NO_FIGURE = ("-", "–", "x", "X")  # a cell with no figure, marked
_NOTES_COLUMN_HEADS = ("ghi chú", "chú thích")
_AFTER_A_TABLE = re.compile(r"(?:Nguồn|Ghi chú|Chú thích|Lưu ý)\s*:", re.I)  # a table's source or its notes, below it
_MAX_UNIT = 20  # characters: "tỷ đồng", "%", "lượt người"
_MAX_INDICATOR_LINES = 6
_MAX_VALUE_COLUMNS = 8


def rebuild_figure_tables(lines: list[str]) -> list[str]:
    """Lines with every cell-per-line targets table turned into one line per row, as a portal writes its rows."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        # (the rows numbered, "STT" heads the header: one value column is then a table's too)
        numbered = bool(_NUMBER_HEADER.match(lines[i].strip())) and i + 1 < len(lines)
        start = i + numbered
        header = _figure_header_at(lines, start, numbered) if lines[start].strip().lower() in INDICATOR_COLUMN_HEADS \
            else None
        end, rows = _figure_rows(lines, start + len(header), header, numbered) if header else (i, [])
        if len(rows) < 2:  # a header and one row may be a text's words; two rows make a table
            out.append(lines[i])
            i += 1
            continue
        out += [table_row(header), *rows]
        i = end
    return out


def _figure_header_at(lines: list[str], start: int, numbered: bool = False) -> list[str] | None:
    """The column names from `start`, one a line: the indicator's, the unit's if any, a year or value column each (one
    value column alone only in a table whose rows are numbered)."""
    names = [lines[start].strip()]
    k = start + 1
    if k < len(lines) and lines[k].strip().lower() in UNIT_COLUMN_HEADS:
        names.append(lines[k].strip())
        k += 1
    values = 0
    while k < len(lines) and values < _MAX_VALUE_COLUMNS and (
            _YEAR_HEAD.fullmatch(lines[k].strip()) or lines[k].strip().lower() in VALUE_COLUMN_HEADS):
        names.append(lines[k].strip())
        values, k = values + 1, k + 1
    with_unit = len(names) - values == 2
    if numbered and values and k < len(lines) and lines[k].strip().lower() in _NOTES_COLUMN_HEADS:
        # (a notes column last: each row's note is read by its place, before the next row's number)
        names.append(lines[k].strip())
    return names if values and (with_unit or values > 1 or numbered) else None  # (as `target_tables` accepts a header)


def _figure_rows(lines: list[str], start: int, header: list[str], numbered: bool = False) -> tuple[int, list[str]]:
    """The rows after a figures table's header, each its indicator's lines, its unit and its figures, up to a line
    that is none of them (a label, a paragraph) or figures without an indicator; in a numbered table, a row's number
    before its indicator."""
    with_unit = header[1].lower() in UNIT_COLUMN_HEADS
    with_notes = header[-1].lower() in _NOTES_COLUMN_HEADS
    values = len(header) - (2 if with_unit else 1) - with_notes
    rows: list[str] = []
    words: list[str] = []
    figures: list[str] = []
    end = k = start
    while k < len(lines):
        line = lines[k].strip()
        k += 1
        if not line or numbered and not words and not figures and line == str(len(rows) + 1):
            continue
        if (FIGURE_CELL.fullmatch(line) or line in _NO_FIGURE) and words:
            figures.append(line)
            if len(figures) == values:
                unit = words.pop() if with_unit and len(words) > 1 and len(words[-1]) <= _MAX_UNIT else ""
                note, k = _row_note(lines, k, str(len(rows) + 2)) if with_notes else ([], k)
                rows.append(table_row([" ".join(words), *([unit] if with_unit else []), *figures, *note]))
                words, figures, end = [], [], k
            continue
        if figures or len(words) == _MAX_INDICATOR_LINES or _LEADING_LABEL.match(line) or len(line) > _MAX_HEADER_LINE:
            break  # the table has ended
        words.append(line)
    return end, rows


def _row_note(lines: list[str], k: int, next_number: str) -> tuple[list[str], int]:
    """The note cell of a figures row, a line of its own before the next row's number (none when that number comes
    first, or what follows the table: a heading in capitals, a label, an appendix's title, a source's or a note's
    line); and the line after it."""
    after = next((j for j in range(k, len(lines)) if lines[j].strip()), len(lines))
    note = lines[after].strip() if after < len(lines) else ""
    if not note or note == next_number or note.isupper() or _LEADING_LABEL.match(note) or len(note) > _MAX_HEADER_LINE \
            or APPENDIX_TITLE.match(note) or _AFTER_A_TABLE.match(note):
        return [""], k
    return [note], after + 1
