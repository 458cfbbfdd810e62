"""Tables laid out with spaces, as a PDF's text is copied with its layout kept, rebuilt into rows.

Copied "with layout" (`pdftotext -layout`, a print to text), a task table keeps its columns by padding
each line with spaces: the header names the columns where they begin ("TT   Nội dung công việc   Đơn vị
chủ trì   …"), a row opens with its number in the first column, and a cell too long for its column wraps
onto the lines below, in the same column, the other columns blank there. A cell filled to its width may
stand one space from the next, so cells are cut where the header says each column begins, not at runs
of spaces. The model:

- a header is a line whose runs of text (apart by two spaces or more) are column names of the field
  vocabulary, three or more; lines right under it with nothing in the first column finish its names;
- a table line has text only where columns begin (a little early or late: type is not exactly
  aligned) and nothing in the first column wider than that column; a row opens with text in the first
  column, a line without continues the row's cells;
- anything else — a heading across the page, a page number, the page's running head — ends the table.

The rebuilt rows are written `| 1 | … | … |`, the form the HTML reader and the markdown tables give.
A table copied from a word processor as text parts its cells with tabs instead (`rebuild_tab_tables`); one saved
from a spreadsheet as delimited text, with semicolons or commas (`rebuild_delimited_tables`).
"""
from __future__ import annotations

import csv
import itertools
import re
from collections.abc import Iterator

from .extract.agency_lexicon import HEAD_WORDS
from .lexicon import (ASSIGNING, CELL_RUNNING_ON_WORDS, FIGURE_CELL, FROM_AND_TO_COLUMNS, INDICATOR_COLUMN_HEADS,
                      NEXT_YEAR, NON_TASK_HEADINGS, OPENS_TIME_CELL, ORGANISATION_HEADINGS, PERIOD_COLUMN, PERIOD_MARKS,
                      SHORT_MONTH_COLUMN, TABLE_COLUMN_HEADS, TABLE_NOTE_WORDS, TIME_CELL_WORDS, TIME_COLUMN,
                      LOWER_LETTERS, UPPER_LETTERS, field_role, is_column_head, names_a_task_table)
from .tablerows import MIN_DATA_COLUMNS, join_cell_paragraphs, opens_next_group, row_cells, table_row

_SLACK = 3  # characters a cell may start before or after its column's start
_MARK_WIDTH = 2  # characters: a timetable's mark ("x", "✓")
_MAX_HEADER_CELL = 30  # characters: a column's name is short
_HEADS = tuple(sorted((head.lower() for head in TABLE_COLUMN_HEADS), key=len, reverse=True))
_RUN = re.compile(r"\S+(?: \S+)*")  # words one space apart: two spaces or more part the runs
# a rule drawn with dashes across the table, or one under each column with a space between ("-------- -----", as a
# converter draws a simple table)
_RULE_LINE = re.compile(r"\s*[-=_]{10,}(?: +[-=_]{3,})*\s*")


def _tab_split(line: str) -> list[str]:
    """A line parted at its tabs, after any indent; the tabs at its end part empty cells (a section row "I\tTên\t\t")."""
    return line.lstrip().rstrip(" \r\n").split("\t")


def _tab_cells(line: str) -> list[str] | None:
    """The cells of a line whose cells are parted by tabs (after any indent), three or more, else None."""
    cells = _tab_split(line)
    if len(cells) < MIN_DATA_COLUMNS or sum(1 for cell in cells if cell.strip()) < MIN_DATA_COLUMNS - 1:
        return None
    return [cell.strip() for cell in cells]


def quoted_tab_cells_joined(lines: list[str]) -> list[str]:
    """A spreadsheet's rows as its copy gives them, each on one line: a cell holding line breaks (or a quote) comes in
    quotes over several lines ("Thời gian⏎hoàn thành"", "Sở Tài chính;⏎Công an tỉnh""); its lines are joined, the
    quotes read, and the breaks become spaces. A quote that does not close within a few lines is text's, left as is."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        end = _quoted_record_end(lines, i) if "\t" in line and '"' in line else None
        if end is None:
            out.append(line)
            i += 1
            continue
        cells = next(csv.reader(["\n".join(lines[i:end])], delimiter="\t"))
        out.append("\t".join(map(_cell_lines_joined, cells)))
        i = end
    return out


def _cell_lines_joined(cell: str) -> str:
    """A quoted cell's lines as one: a break is a space, but one before another body's name parts the bodies the cell
    lists ("Văn phòng Ban⏎Trung tâm Dịch vụ …": two bodies, "Văn phòng Ban; Trung tâm Dịch vụ …")."""
    joined = ""
    for line in (" ".join(line.split()) for line in cell.split("\n")):
        if joined and line and _OPENS_A_BODY.match(line) and not joined.endswith((",", ";")):
            joined += "; "
        elif joined and line:
            joined += " "
        joined += line
    return joined


_OPENS_A_BODY = re.compile(r"(?:" + "|".join(map(re.escape, sorted(HEAD_WORDS, key=len, reverse=True))) + r")(?=\s)")


_QUOTED_CELL_LINES = 12  # lines a quoted cell may run over


def _quoted_record_end(lines: list[str], start: int) -> int | None:
    """Where the record opening at `start` ends when a cell of it opens with a quote that a later line closes."""
    if not _OPENS_QUOTED_CELL.search(lines[start]) or lines[start].count('"') % 2 == 0:
        return None
    quotes = lines[start].count('"')
    for end in range(start + 1, min(len(lines), start + _QUOTED_CELL_LINES)):
        quotes += lines[end].count('"')
        if quotes % 2 == 0:
            return end + 1
    return None


_OPENS_QUOTED_CELL = re.compile(r'(?:^|\t)"')


def rebuild_tab_tables(lines: list[str]) -> list[str]:
    """Runs of two rows or more whose cells are parted by tabs, written as table rows; an indent of tabs, the
    two-cell header and signature blocks, and one line alone with tabs (a layout's, not a table's) stay.

    A cell holding several paragraphs breaks its row: Word copies each paragraph on a line of its own, the row's
    next cells after the tab at the end of the last one. So a row that opens with its number and has fewer cells
    than the line above the table's rows (its header) takes the lines below, up to the next row's number, each
    paragraph joined to the cell it belongs to. A group's title row, its label and one cell ("A\tCông tác tuyên
    truyền"), stays in the table, the cells it spans left empty."""
    out: list[str] = []
    i = 0
    width = 0  # the cells of the run's first row (its header): what a broken row adds up to
    while i < len(lines):
        record = _tab_record(lines, i, width) if "\t" in lines[i] else None
        if record is None and not width and (figures := _figures_by_label(lines, i)):
            out += [table_row(_tab_split(line)) for line in lines[i:figures]]
            i = figures
            continue
        if record is None:
            section = _section_row(lines[i]) if width and not _PART_OPENING.match(lines[i].lstrip()) else None
            out.append(table_row(section + [""] * (width - 2)) if section else lines[i])
            i, width = i + 1, width if section else 0
            continue
        cells, end = record
        second = lines[end] if end < len(lines) else ""
        if not width and (parted := _column_parted(cells, second) or _columns_named_below(cells, second)):
            cells, end = parted, end + 1  # (the header's second row read into it)
        following = _tab_record(lines, end, width or len(cells)) if end < len(lines) and "\t" in lines[end] else None
        if following is None and not width and end + 1 < len(lines) and _section_row(lines[end]) \
                and "\t" in lines[end + 1]:
            following = _tab_record(lines, end + 1, len(cells))  # (a header, then the first group's title, then rows)
        if not width and following is None:
            out.append(lines[i])  # one line alone with tabs
            i += 1
            continue
        width = width or len(cells)
        out.append(table_row(cells))
        i = end
    return out


def _figures_by_label(lines: list[str], start: int) -> int | None:
    """Where a table of two columns ends that opens at `start`: a header of two names, then rows each of a label and a
    figure ("Mốc thời gian⇥Tỷ lệ giải ngân (%)" / "Đến 30/6/2027⇥35"), two rows at least; else None. (Two cells alone on
    a line are a layout's as often: a header's, a signature's.)"""
    header = _tab_split(lines[start])
    if len(header) != 2 or not all(cell.strip() for cell in header) or FIGURE_CELL.fullmatch(header[1].strip()):
        return None
    end = start + 1
    while end < len(lines) and len(cells := _tab_split(lines[end])) == 2 and cells[0].strip() \
            and FIGURE_CELL.fullmatch(cells[1].strip()):
        end += 1
    return end if end - start > _FIGURE_ROWS else None


_FIGURE_ROWS = 2


def _columns_named_below(header: list[str], line: str) -> list[str] | None:
    """The header with the names its second row gives under a column spanning several ("Thời gian" over "Bắt đầu",
    "Hoàn thành"), each joined to the spanning name ("Thời gian Hoàn thành"), when `line` is that row: tabs keep its
    cells under their columns, the first left empty; else None."""
    cells = [cell.strip() for cell in line.rstrip("\r\n").split("\t")] if "\t" in line else []
    if not cells or cells[0] or len(cells) > len(header) or not any(cells) \
            or any(len(cell) > _MAX_HEADER_CELL or cell[:1].isdigit() for cell in cells):
        return None
    named: list[str] = []
    spanning = ""
    for head, sub in itertools.zip_longest(header, cells, fillvalue=""):
        spanning = head or spanning
        named.append(f"{spanning} {sub}" if sub else head)
    return named


def _column_parted(header: list[str], line: str) -> list[str] | None:
    """The header with the column its second row parts ("Đơn vị thực hiện" over "Chủ trì\tPhối hợp") given the names
    of its parts, when `line` is that row: the roles of the bodies, fewer than the header's cells; else None."""
    names = [cell.strip() for cell in line.split("\t")] if "\t" in line else []
    roles = [field_role(name) for name in names]
    spanning = [k for k, cell in enumerate(header) if field_role(cell) == "lead"]
    if not 1 < len(names) < len(header) or set(roles) != {"lead", "coordinators"} or len(spanning) != 1:
        return None
    return [*header[:spanning[0]], *names, *header[spanning[0] + 1:]]


_ROW_OPENING = re.compile(r"\s*(?:\d{1,3}(?:\.\d{1,2})*|[IVXLC]{1,6}|[A-ZĐ])\.?\t")


def _section_row(line: str) -> list[str] | None:
    """The two cells of a group's title row ("A\tCông tác tuyên truyền"): its label, then one cell, Word copying
    none for the cells the title spans, a spreadsheet empty ones; or the label and title in the first cell, the
    others empty ("I. Nhóm nhiệm vụ …\t\t\t"); None for any other line."""
    cells = [cell.strip() for cell in _tab_split(line)]
    while len(cells) > 2 and not cells[-1]:
        cells.pop()
    if len(cells) == 2 and all(cells) and _ROW_OPENING.match(line):
        return cells
    labelled = _LABELLED_GROUP.fullmatch(cells[0]) if len(cells) == 2 and not cells[1] else None
    if labelled is None and len(cells) == 2 and not cells[1] and PERIOD_COLUMN.fullmatch(cells[0]):
        return ["", cells[0]]  # a programme's period over its rows ("Quý II", "Tháng 3/2027"), unlabelled
    return [labelled.group(1), labelled.group(2)] if labelled else None


_LABELLED_GROUP = re.compile(r"([IVXLC]{1,6}|[A-ZĐ])\.\s+(\S.*)")


# A part's heading after the table ("IV. TỔ CHỨC THỰC HIỆN"): no line of a row short of its cells goes on over it
_PART_OPENING = re.compile(r"[IVXL]{1,6}\.\s+[" + UPPER_LETTERS + r"]{2}")


def _tab_record(lines: list[str], start: int, width: int) -> tuple[list[str], int] | None:
    """The cells of the row at `start` and where the next row begins; None where no row of a tab table begins.
    A row that opens with its number and falls short of `width` cells goes on over the lines below it."""
    cells = _tab_cells(lines[start])
    merged = lines[start].rstrip(" \r\n").split("\t")
    if width and len(merged) == width and lines[start][:1] == "\t" and cells is not None:
        cells = [cell.strip() for cell in merged]  # "\t2\t…": its first cell merged with the row above's, left empty
    opens_row = _ROW_OPENING.match(lines[start]) is not None
    if cells is None and not (opens_row and width) or width and _PART_OPENING.match(lines[start].lstrip()):
        return None  # (a part's heading after the table, "IV.<tab>TRÁCH NHIỆM …", is none of its rows)
    cells = cells or [cell.strip() for cell in _tab_split(lines[start])]
    end = start + 1
    while opens_row and len(cells) < width and end < len(lines) and lines[end].strip() \
            and not _ROW_OPENING.match(lines[end]) and not _PART_OPENING.match(lines[end]):
        more = [cell.strip() for cell in _tab_split(lines[end])]
        if len(cells) + len(more) - 1 > width:
            if end == start + 1:
                break  # the next line a row of its own: this one is whole, a merged cell before it left out
            return None  # more cells than the header's: no row of this table
        cells[-1] = join_cell_paragraphs([cells[-1], more[0]])
        cells += more[1:]
        end += 1
    if opens_row and width and len(cells) == width:
        # its last cell's wrapped lines, with no tab, before the next row or the part after the table ("Quý I - Quý" /
        # "II/2027" / "3\t…")
        rest = next((k for k in range(end, min(end + _LAST_CELL_WRAPS + 1, len(lines)))
                     if "\t" in lines[k] or not lines[k].strip() or _PART_OPENING.match(lines[k])), None)
        if rest is not None and rest > end and (_ROW_OPENING.match(lines[rest]) or _PART_OPENING.match(lines[rest])):
            cells[-1] = join_cell_paragraphs([cells[-1], *(line.strip() for line in lines[end:rest])])
            end = rest
    return (cells, end) if len(cells) >= MIN_DATA_COLUMNS else None


_LAST_CELL_WRAPS = 3  # lines a row's last cell may wrap onto


# A table exported as delimited text (a spreadsheet saved as CSV, "STT;Nội dung;Đơn vị chủ trì;…"): a header
# opening with the row number's column and naming columns of the field vocabulary, then one record per row, a cell
# in quotes where it holds the delimiter or line breaks.
_NUMBER_HEADS = ("stt", "tt", "số tt", "số thứ tự")
# (a bar too: Word's "Convert table to text" with "|" as the separator, no bar at a row's ends)
_DELIMITERS = (";", ",", "|")


def _delimited_header(line: str) -> str | None:
    """The delimiter of a header line of a delimited table, else None."""
    if not line.lstrip(' "').lower().startswith(_NUMBER_HEADS):
        return None  # (the test most lines fail, before any parsing)
    for delimiter in _DELIMITERS:
        if line.count(delimiter) < MIN_DATA_COLUMNS - 1 or delimiter == "|" and (" | " in line or line[0] == "|"):
            continue  # (" | ", "| … |": a web copy's rows, read with the tables)
        cells = [cell.strip().lower() for cell in next(csv.reader([line], delimiter=delimiter))]
        if len(cells) >= MIN_DATA_COLUMNS and cells[0] in _NUMBER_HEADS \
                and sum(c.startswith(_HEADS) for c in cells) >= 3:
            return delimiter
    return None


def rebuild_delimited_tables(lines: list[str]) -> list[str]:
    """Delimited tables rewritten as `| … |` rows, the header included: the records after a header with as many cells,
    each opening with its number (or nothing, a row that goes on); a cell's line breaks become spaces."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        # (or bars alone between cells, "TT|Nhiệm vụ|…", as Word writes a table converted to text)
        delimiter = _delimited_header(line) if ";" in line or "," in line or "|" in line else None
        if delimiter is None:
            out.append(line)
            i += 1
            continue
        reader = csv.reader((line + "\n" for line in lines[i:]), delimiter=delimiter)
        header = next(reader)
        out.append(table_row([cell.strip() for cell in header]))
        consumed = reader.line_num
        rows: list[list[str]] = []
        for record in reader:
            if not record or len(record) > len(header):
                break
            if rows and not _ROW_NUMBER.fullmatch(record[0].strip()) and _goes_on(rows[-1], len(header), record):
                # a cell's own line break left unquoted: the line goes on with the cell the row above ended on
                rows[-1][-1:] = [f"{rows[-1][-1]} {record[0]}", *record[1:]]
            elif _ROW_NUMBER.fullmatch(record[0].strip()) and (len(record) == len(header) or record[-1].strip()):
                rows.append(record)  # (short of its cells, not on an empty one: a cell of it goes on below)
            else:
                break
            consumed = reader.line_num
        out += [table_row([" ".join(cell.split()) for cell in record]) for record in rows]
        i += consumed
    return out


_ROW_NUMBER = re.compile(r"(?:\d{1,3}(?:\.\d{1,2})*|[IVXLC]{1,6}|[A-ZĐ])?\.?")


_CELL_PIECE = 60  # characters, at most, of a cell's line that goes on after a break (longer: the text after the table)


def _goes_on(row: list[str], width: int, record: list[str]) -> bool:
    """Does a line that opens with no row's number go on with the row above (a cell's line break, left unquoted)? It
    must fit the row's width and be no heading, numbered paragraph or recipients' list; after a row short of its
    cells, it brings the cells to come (or a short piece of the broken one); after a whole row, it is one piece of
    the last cell — a sentence's lower-case rest, or a list going on ("Sở Xây dựng;" / "UBND các xã") — not a
    sentence of its own ("Ghi chú: …", "Sở X theo dõi, đôn đốc …").)"""
    line = record[0].strip()
    if len(row) + len(record) - 1 > width or _CARD_ENDS.match(record[0]):
        return False
    a_piece = len(line) <= _CELL_PIECE and not line.endswith(".")
    if len(row) < width:
        return len(record) > 1 or a_piece
    return len(record) == 1 and (line[:1].islower() or row[-1].rstrip().endswith((";", ",")) and a_piece)


# What ends a table's text: the recipients, the signature's marker, the closing sentence.
_ENDS_TEXT = re.compile(r"Nơi nhận|(?:TM|KT|TL|Q)\.\s|Trên đây", re.I)


# A table shown as cards, as a phone shows a web page's table: each row a block of "Label: value" lines opening with
# its number ("STT: 1" / "Nội dung công việc: …" / "Đơn vị chủ trì: …" / "Thời gian thực hiện: …"), the labels the
# table's column names; a value may wrap onto the lines after it.
_CARD_NUMBER = re.compile(r"\s*(?:" + "|".join(_NUMBER_HEADS) + r")\s*:\s*(\S.*)", re.I)
_CARD_FIELD = re.compile(r"\s*([^:|]{2,40}?)\s*:\s*(.*)")
_CARD_WRAPS = 6  # lines a value may wrap onto
_PART_LABEL = r"[IVXL]{1,6}\.\s"  # a part's label before its heading ("III. ")
_CARD_ENDS = re.compile(r"\s*(?:" + _PART_LABEL + r"|\d{1,2}(?:\.\d{1,2})*[.)]\s|[a-zđ]\)\s|" + _ENDS_TEXT.pattern + ")")


def _card(lines: list[str], start: int) -> tuple[list[tuple[str, str]], int] | None:
    """The labelled values of the card that opens at `start`, and where the card ends; None where none opens."""
    number = _CARD_NUMBER.fullmatch(lines[start].rstrip())
    if number is None:
        return None
    fields = [(lines[start].split(":", 1)[0].strip(), [number.group(1).strip()])]
    end = start + 1
    wrapped = 0
    while end < len(lines) and lines[end].strip() and not _CARD_NUMBER.fullmatch(lines[end].rstrip()):
        field = _CARD_FIELD.fullmatch(lines[end].rstrip())
        if field and field.group(1).lower().startswith(_HEADS):
            fields.append((field.group(1), [field.group(2).strip()]))
            wrapped = 0
        elif wrapped < _CARD_WRAPS and not _CARD_ENDS.match(lines[end]):
            fields[-1][1].append(lines[end].strip())  # the value wraps
            wrapped += 1
        else:
            break  # a heading, a numbered paragraph, the recipients: the text after the cards
        end += 1
    return [(label, " ".join(filter(None, value))) for label, value in fields], end


def rebuild_card_tables(lines: list[str]) -> list[str]:
    """Runs of two cards or more, each labelled with three column names or more, written as a table's `| … |` rows
    under a header of the first card's labels. Other lines kept."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        first = _card(lines, i) if ":" in lines[i] else None
        if first is None or len(first[0]) < MIN_DATA_COLUMNS + 1:
            out.append(lines[i])
            i += 1
            continue
        labels = [label for label, _ in first[0]]
        rows, end = [first[0]], first[1]
        while True:
            k = end
            while k < len(lines) and not lines[k].strip():
                k += 1
            card = _card(lines, k) if k < len(lines) else None
            if card is None or any(label not in labels for label, _ in card[0]):
                break
            rows.append(card[0])
            end = card[1]
        if len(rows) < 2:
            out.append(lines[i])
            i += 1
            continue
        out.append(table_row(labels))
        out += [table_row([dict(row).get(label, "") for label in labels]) for row in rows]
        i = end
    return out


def _runs(line: str) -> list[tuple[int, str]]:
    """Where each run of text (words one space apart) starts, and the run."""
    return [(found.start(), found.group()) for found in _RUN.finditer(line)]


def _header_columns(line: str) -> list[int] | None:
    """The columns' starts, when the line names three columns or more and nothing else, or names a task's work and
    its time (or its lead) alone: the table under each body's heading ("Nhiệm vụ        Thời gian")."""
    runs = _runs(line)
    # (a table of indicators names a column by its year alone: "Chỉ tiêu   Đơn vị   2026   2027   2028")
    # (a schedule's dates, "Từ  Đến"; its months one space apart over the bars of a chart, "T4 T5 T6 T7")
    named = [len(text) <= _MAX_HEADER_CELL and text.lower().startswith(_HEADS) or bool(_YEAR_COLUMN.fullmatch(text))
             or text.lower() in FROM_AND_TO_COLUMNS for _, text in runs]
    # (a timetable's period columns, "T10  T11  T12" or "Quý I  Quý II", beside the named ones; a matrix's bodies, short
    # forms, where the line names the usual columns too: "TT  Nhiệm vụ  Sở  BCH  BĐBP  Thời gian")
    if not all(is_named or _PERIODS.fullmatch(text) for is_named, (_, text) in zip(named, runs)) and not (
            sum(named) >= MIN_DATA_COLUMNS and all(is_named or _names_a_body_short(text)
                                                   for is_named, (_, text) in zip(named, runs))):
        return None
    if sum(named) < MIN_DATA_COLUMNS and not _work_and_its_time(runs):
        return None
    return [start for start, _ in runs]


_PERIOD = re.sub(r"\?P<\w+>", "?:", PERIOD_COLUMN.pattern)
_PERIODS = re.compile(f"(?:{_PERIOD})(?: (?:{_PERIOD}))*", re.I)  # ("T4 T5 T6": a chart's months, one space apart)


def _opens_a_name(lines: list[str], at: int, columns: list[int]) -> bool:
    """Does an indicator's line without figures open the next row's name? Only where the next line holds the figures
    and its name goes on there in lower case (a cell set in its row's middle); else it wraps the row above's."""
    cells = _cells(lines[at], columns) if at < len(lines) and lines[at].strip() else None
    return bool(cells) and any(map(FIGURE_CELL.fullmatch, cells[1:])) and cells[0][:1].islower()


def _names_indicators_by_year(header: list[str]) -> bool:
    """A table of indicators whose rows are not numbered: its first column names them, others a year each (not a
    budget's lines, "Nội dung", beside the bodies that spend them)."""
    return header[0].lower().startswith(INDICATOR_COLUMN_HEADS) and any(map(_YEAR_COLUMN.fullmatch, header[1:])) \
        and not any(field_role(name) == "lead" and name.lower() != _UNIT_OR_BODY for name in header[1:])


_UNIT_OR_BODY = "đơn vị"  # (beside indicators the unit they are counted in; "Đơn vị thực hiện" is a body)


_FOUR_DIGITS = re.compile(r"\d{4}")
_YEARS = r"(?:19|20)\d{2}(?:\s?[-–]\s?(?:19|20)\d{2})?"  # a year, or a range of years ("2026 - 2027")
_YEARS_OF_WORK = re.compile(r"(?:Năm\s+)?" + _YEARS)  # (not "TH 2025": work done)
_YEAR_COLUMN = re.compile(r"(?:(?:TH|KH|ƯTH|Ước|Năm|năm)\s)?" + _YEARS)


def _names_a_body_short(text: str) -> bool:
    """A matrix's column named by a body's short form ("Sở", "BCH QS", "UBND xã,"), or by the first word of a head
    the line below goes on with ("Công" over "an tỉnh")."""
    return bool(_BODY_COLUMN.fullmatch(text)) or text in _HEADS_FIRST_WORDS


_HEADS_FIRST_WORDS = frozenset(head.split()[0] for head in HEAD_WORDS)
_BODY_COLUMN = re.compile(r"(?:" + "|".join(map(re.escape, HEAD_WORDS)) + r"|[" + UPPER_LETTERS + r"]{2,6})"
                          r"(?:\s\S{1,8}){0,2}")


def names_columns(line: str) -> bool:
    """Does the line, laid out with spaces, name a table's columns ("TT    Nhiệm vụ    Cơ quan chủ trì …")?"""
    return "  " in line and _header_columns(line) is not None


_TIME_OPENING = re.compile(r"(?:" + "|".join(TIME_CELL_WORDS) + r"|\d)", re.I)  # a time cell's first word
_RUNNING_ON = tuple(f" {word}" for word in CELL_RUNNING_ON_WORDS)  # "… Sở Kế hoạch và Đầu tư và" goes on below
_LABELLED = re.compile(r"(?:[IVXL]+|\d{1,2}(?:\.\d{1,2})*|[A-ZĐa-zđ])[.)/]\s")  # a heading's label: no row's work


def _work_and_its_time(runs: list[tuple[int, str]]) -> bool:
    return len(runs) == 2 and not any(":" in text for _, text in runs) \
        and field_role(runs[0][1]) == "content" and field_role(runs[1][1]) in ("time", "lead")  # (no "Nội dung: …")


# A row's first line: its number in the first column, then its cells.
_ROW_FIRST_LINE = re.compile(r"\s{0,4}(?:\d{1,3}|[IVXL]{1,6}|[A-ZĐ])\.?\s{2,}\S")
# a part's heading ("III. TỔ CHỨC THỰC HIỆN", one space after its label; a group's row spaces its label from its
# title as a column does, "I.    CHUYỂN ĐỔI SỐ"), the recipients or the signature, or the note under the table
# ("Ghi chú: • Chủ trì; o Phối hợp …")
_TABLE_ENDS = re.compile(r"\s*(?:" + _PART_LABEL + r"(?=\S)|" + _ENDS_TEXT.pattern
                         + r"|(?:" + "|".join(TABLE_NOTE_WORDS) + r"|Ký hiệu|Viết tắt)\s*:)")
_ROWS_LOOKED_AT = 200  # lines after the header


def _columns_the_rows_keep(lines: list[str], header: int, named: list[int], by_year: bool = False) -> list[int] | None:
    """Where the columns begin as the rows' first lines keep them, when the header centres its names over the columns
    ("TT        Nội dung công việc        Cơ quan chủ trì"; "          Chỉ tiêu          2027     2028" over
    indicators named from the margin, `by_year`): the starts of the rows' runs, gathered into as many columns as the
    header names, or None where they do not gather so."""
    columns = _row_columns(lines, header, by_year)
    # (a header name set across the rows' columns cannot be cut by them: the header's own columns hold)
    return columns if len(columns) == len(named) and columns != named and _cells(lines[header], columns) else None


def _space_near(line: str, column: int) -> int | None:
    """Where a cell ends and the next begins, near `column`: where a cell filled to its width runs into the body's name
    the next one opens with ("… một cửa quốc giaChi cục Hải quan"), else just after the nearest space."""
    for distance in range(_SLACK + 1):
        for at in (column + distance, column - distance):
            if 0 < at < len(line) and line[at - 1].islower() and line[at].isupper() and line.startswith(HEAD_WORDS, at):
                return at  # (a body's name glued on: not a capital inside a name, "VNeID", "iHanoi")
    for distance in range(_SLACK + 1):
        for at in (column - 1 - distance, column - 1 + distance):
            if 0 < at < len(line) and line[at] == " ":
                return at + 1
    return None


_GROUP_LABEL = re.compile(r"(?:[IVXL]{1,6}|[A-ZĐ])\.?")  # a group's row, one space before its title in capitals


def _group_title_after(line: str, start: int, cut: int | None) -> bool:
    """ "III CẢI CÁCH TỔ CHỨC BỘ MÁY": a group's label one space before its title in capitals (not a note's number
    before its sentence, "1 Theo Nghị quyết số …")."""
    title = line[cut:].split() if cut else []
    return bool(title) and title[0].isupper() and _GROUP_LABEL.fullmatch(line[start:cut].strip()) is not None


def _cells(line: str, columns: list[int], names: bool = False) -> list[str] | None:
    """The line cut into the columns' cells, or None when its text does not keep to the columns (a line of column
    `names` may set the first two one space apart, "STT Nhiệm vụ", as a group's row its label, "III CẢI CÁCH …")."""
    cells = [""] * len(columns)
    for start, text in _row_number_apart(_runs(line), columns):
        column = max((i for i, begins in enumerate(columns) if start >= begins - _SLACK), default=None)
        if column is None:
            return None
        if len(text) <= _MARK_WIDTH and column > 0 and start - columns[column - 1] < columns[column] - start:
            column -= 1  # a mark ("x") under the middle of a narrow column's name ("T10"), nearer it than the next
        end = start + len(text)
        # a run may hold several cells set one space apart (each filled to its width): cut it at the space
        # nearest where each next column begins; in the first column, whose row numbers fill no width, only after
        # a group's label or a column's name
        crossed = [k for k in range(column + 1, len(columns)) if columns[k] < end]
        cuts = [_space_near(line, columns[k]) for k in crossed]
        if column == _widest(columns) and start <= columns[column] + _SLACK:
            # the work's text running on past its column, one space on, in lower case ("… tại khu vực phía Tây"):
            # the work's still, not the next cell's
            kept = [n for n, cut in enumerate(cuts) if cut is None or not line[cut:cut + 1].islower()]
            crossed, cuts = [crossed[n] for n in kept], [cuts[n] for n in kept]
        if crossed and (column == 0 and not (names or _group_title_after(line, start, cuts[0]))
                        or start > columns[column] + _SLACK or None in cuts):
            return None
        for k, cut_from, cut_to in zip([column, *crossed], [start, *cuts], [*cuts, end]):
            cells[k] = (cells[k] + " " + line[cut_from:cut_to].strip()).strip()
    return cells


def _number_head_apart(header: list[str]) -> list[str]:
    """A header whose number column's name stands one space before the work's, over the work's column ("TT Hạng mục
    công việc" over "Bàn giao …", the numbers in the margin): each name over its own column."""
    head, _, name = header[1].partition(" ") if len(header) > 1 and not header[0] else ("", "", "")
    return [head, name, *header[2:]] if head.lower() in _NUMBER_HEADS and name else header


def _row_number_apart(runs: list[tuple[int, str]], columns: list[int]) -> list[tuple[int, str]]:
    """The runs with a row's number one space before its work parted from it, where the work begins at its column:
    "10 Chọn nhà thầu …" under "1  Bàn giao …" (a number of two digits fills the padding the others leave)."""
    if len(columns) < 2 or not runs or not columns[0] <= runs[0][0] < columns[1]:
        return runs
    (start, text), rest = runs[0], runs[1:]
    number = _NUMBER_BEFORE_WORK.match(text)
    if number is None or start + number.end() != columns[1]:  # (not a note's "1 Theo Nghị quyết …" under the table)
        return runs
    return [(start, number.group(1)), (start + number.end(), text[number.end():]), *rest]


_NUMBER_BEFORE_WORK = re.compile(r"(\d{1,3}(?:\.\d{1,2})*\.?) (?=\S)")


def _widest(columns: list[int]) -> int:
    """The widest column but the last (whose width the page leaves open): a task table's work."""
    return max(range(len(columns) - 1), key=lambda k: columns[k + 1] - columns[k], default=0)


def rebuild_aligned_tables(lines: list[str]) -> list[str]:
    """Space-aligned tables rewritten as one `| … |` line per row (the header included); other lines kept.
    Without such a table, `lines` itself is returned."""
    if not any("   " in line for line in lines):  # no line padded with spaces: no such table
        return lines
    out: list[str] = []
    found = False
    # the rows' labels of the table before, and its header: a table going on from the page before repeats the header,
    # and its groups go on from that page's ("IV" after "III")
    labels_before: list[str] = []
    header_before: list[str] | None = None
    i = 0
    while i < len(lines):
        columns = _header_columns(lines[i]) if "  " in lines[i] else None
        if columns is None:
            out.append(lines[i])
            i += 1
            continue
        numbered = len(columns) > 2  # (a table of a task's work and its time alone opens its rows with the work)
        band = _header_band(lines, i) if numbered else None
        above = 0  # the header's lines above the one that named the columns
        if band is not None:
            (first, end), columns = band
            above = i - first
            rows = [_number_head_apart(_joined([_cells(line, columns, names=True) for line in lines[first:end]]))]
        else:
            if numbered:
                by_year = _names_indicators_by_year([text for _, text in _runs(lines[i])])
                columns = _columns_the_rows_keep(lines, i, columns, by_year) or columns
            rows, end = [_cells(lines[i], columns)], i + 1  # the header first
        carried = labels_before if rows[0] == header_before else []  # (the same header: the same table goes on)
        indicators = numbered and _names_indicators_by_year(rows[0])
        # A table of neither work nor figures (a timetable: "Ngày | Buổi | Bài thi | Giờ phát đề"): its first column's
        # cells span several lines, set in their middle (a day over its mornings and afternoons); a line opening in
        # capitals under the header is its first row's, a first cell alone one of its rows
        schedule = numbered and band is None and not indicators and rows[0][0].lower().startswith(_DAY_COLUMN_HEADS) \
            and not names_a_task_table([field_role(name) for name in rows[0] if name])
        opening: list[str] = []  # the first indicator's name above its figures, a cell set in the row's middle
        below: list[list[list[str]]] = [[]]  # each row's lines under its first (apart, under a header over lines)
        while end < len(lines):
            if _RULE_LINE.fullmatch(lines[end]) or band is not None and not lines[end].strip():
                end += 1  # the rule under the header or over the table's end: no row
                continue
            cells = _cells(lines[end], columns)
            if cells is None:
                break
            group = _group_title_row(cells) if numbered else None
            if group and _row_follows(lines, end + 1):
                rows.append(group)  # "      I. Lĩnh vực phòng, chống thiên tai": a group's title in the work's column
                below.append([])
                end += 1
                continue
            if lines[end].strip().isdigit() or numbered and _TABLE_ENDS.match(lines[end]):
                break  # a number alone, in whichever column the page sets it: the page's, and the table stops; so
                # does a part's heading, however indented ("        III. TỔ CHỨC THỰC HIỆN")
            labels = carried + [row[0].rstrip(".") for row in rows[1:]]
            if numbered and labels and _GROUP_NUMBER.fullmatch(cells[0]) \
                    and not opens_next_group(labels, cells[0].rstrip(".")):
                break  # a part's heading after the rows ("III TỔ CHỨC THỰC HIỆN"), no group of theirs (the first row
                # may be any group's: the table goes on from the page before)
            if indicators and not _GROUP_NUMBER.fullmatch(cells[0]):
                # an indicator's row holds its figures; its name may start on a line above them (a cell set in the
                # row's middle: that line opens in capitals) and wrap below them (in lower case); a point's label
                # without figures after a blank line is the text's again ("b) Đến năm 2030, …"), unless indicators
                # with their figures follow it, its group's ("a) Nhóm chỉ tiêu về y tế")
                if _LABELLED.match(cells[0]) and not any(cells[1:]) and not lines[end - 1].strip() \
                        and not _figures_follow(lines, end + 1, columns):
                    break
                if any(map(FIGURE_CELL.fullmatch, cells[1:])):
                    if opening and not cells[0][:1].isupper():
                        cells, opening = _joined([opening, cells]), []
                    elif opening:
                        rows[-1], opening = _joined([rows[-1], opening]), []
                    rows.append(cells)
                    below.append([])
                elif opening or cells[0][:1].isupper() and (len(rows) == 1 or _opens_a_name(lines, end + 1, columns)):
                    opening = _joined([opening, cells]) if opening else cells
                elif _LABELLED.match(cells[0]) and not any(cells[1:]):
                    rows.append(cells)  # a group's title, its label before it: a row of its own
                    below.append([])
                elif len(rows) > 1:
                    rows[-1] = _joined([rows[-1], cells])
            elif numbered and cells[0] and any(cells[1:]):
                rows.append(cells)  # a row opens with its number (or a group's letter)
                below.append([])
            elif numbered and cells[0] and _GROUP_NUMBER.fullmatch(cells[0]) and _row_follows(lines, end + 1):
                rows.append(cells)  # a group's letter alone (its title in a strip printed on another page)
                below.append([])
            elif numbered and cells[0] and not schedule:
                break  # a first cell alone: the table stops
            elif schedule and (cells[0] or len(rows) == 1 and next(filter(None, cells), "")[:1].isupper()):
                rows.append(cells)
                below.append([])
            elif not numbered and cells[0] and (_LABELLED.match(cells[0]) or cells[0].isupper() or _ENDS_TEXT.match(cells[0])
                                                or not any(cells[1:]) and not lines[end - 1].strip()):
                break  # a table without numbers ends at a heading ("2. Phòng …"), or at a paragraph after a blank line
            elif not numbered and cells[0][:1].isupper() and _TIME_OPENING.match(cells[-1]) \
                    and not rows[-1][0].endswith(_RUNNING_ON):
                rows.append(cells)  # … and a row opens in capitals with its time beside it
            elif band is not None:
                below[-1].append(cells)
            else:  # the cells of the row above (or of the header) go on; a blank line between rows is none
                rows[-1] = [f"{before} {more}".strip() for before, more in zip(rows[-1], cells)]
            end += 1
        if opening:  # (lines in capitals under the last row and no figures after them: its name's)
            rows[-1] = _joined([rows[-1], opening])
        if band is not None:  # (a header naming its number column on its first line sets its rows' cells at the top)
            centred = not _NUMBER_HEAD.match(lines[i - above].strip()) and _set_mid_row(rows, below)
            rows = _centred_rows(rows, below) if centred else [_joined([row, *under])
                                                                for row, under in zip(rows, below)]
        if len(rows) == 1:  # column names and no row: words spaced out, no table
            out.append(lines[i])
            i += 1
            continue
        del out[len(out) - above:]
        found = True
        labels_before, header_before = carried + [row[0].rstrip(".") for row in rows[1:]], rows[0]
        strip = _strip_before(out, rows) if numbered else None
        if strip:
            first, last, texts = strip
            out[first:last] = []
            rows = [[rows[0][0], texts[0], *rows[0][1:]]] + [[row[0], text, *row[1:]] for row, text in zip(rows[1:], texts[1:])]
        out += [table_row(cells) for cells in _merged_leads_spread(rows)]
        i = end
    return out if found else lines


_DAY_COLUMN_HEADS = ("ngày", "thời gian", "buổi", "giờ", "thứ")  # a timetable's first column: when


def _group_title_row(cells: list[str]) -> list[str] | None:
    """A group's row set in the work's column alone, its label before its title ("I. Lĩnh vực …"), as its label's cell
    and its title's; not a part's heading in capitals after the table ("III. TỔ CHỨC THỰC HIỆN")."""
    if cells[0] or len(cells) < 3 or any(cells[2:]):
        return None
    labelled = _LABELLED_GROUP.fullmatch(cells[1])
    title = labelled.group(2) if labelled else ""
    # (nor a part's heading in sentence case, "III. Tổ chức thực hiện", nor a cell's wrapped line, "II. kèm theo …")
    if labelled is None or title.isupper() or not title[:1].isupper() \
            or title.lower().startswith(ORGANISATION_HEADINGS + NON_TASK_HEADINGS):
        return None
    return [labelled.group(1), labelled.group(2), *[""] * (len(cells) - 2)]


_HEADER_LINES = 4  # lines a header's names may be set over
_YEAR_NAME = re.compile(r"(?i:năm )?(?:19|20)\d{2}")  # the only figure a column's name holds ("Kế hoạch" / "năm 2027")


def _header_band(lines: list[str], header: int) -> tuple[tuple[int, int], list[int]] | None:
    """A header whose names are set over several lines, each cell's words wherever its cell puts them ("Cơ quan" over
    "STT  Nhiệm vụ  …  Sản phẩm" over "chủ trì"): the lines it takes (first, end) and where the columns begin, as the
    rows' first lines keep them; None when the header is the one line. Each of its lines holds short runs, all where
    the rows' columns begin (a table's title over it does not; a column the rows always leave empty leaves the header
    its own columns), none opening on a label (a part's heading); a line above the one naming the columns holds
    nothing in the number's column (a heading at the margin)."""
    columns = _row_columns(lines, header)
    if len(columns) < MIN_DATA_COLUMNS:
        return None

    def piece(line: str, over: bool = False) -> bool:
        runs = _runs(line)
        return bool(runs) and not _ROW_FIRST_LINE.match(line) and not _LABELLED.match(runs[0][1]) and all(
            len(text) <= _MAX_HEADER_CELL and (not any(char.isdigit() for char in text) or _YEAR_NAME.fullmatch(text))
            and any(abs(start - begins) <= _SLACK for begins in columns) for start, text in runs) and not (
            over and runs[0][0] <= columns[0] + _SLACK)

    first, end = header, header + 1
    while first > 0 and end - first < _HEADER_LINES and piece(lines[first - 1], over=True):
        first -= 1
    while end < len(lines) and end - first < _HEADER_LINES and piece(lines[end]):
        end += 1
    named_where_the_rows_begin = all(any(abs(start - begins) <= _SLACK for begins in columns)
                                     for start, _ in _runs(lines[header])[1:])
    if end - first == 1 or not named_where_the_rows_begin \
            or any(_cells(line, columns, names=True) is None for line in lines[first:end]):
        return None
    return (first, end), columns


def _row_columns(lines: list[str], header: int, by_year: bool = False) -> list[int]:
    """Where the columns begin, as the starts of the runs of the rows' first lines gather: a numbered row's, or
    `by_year` an indicator's, its name then its figures."""
    starts: list[int] = []
    numbers: list[int] = []  # where the rows' numbers stand: a column of their own, however near the work begins
    for line in lines[header + 1:header + 1 + _ROWS_LOOKED_AT]:
        if _TABLE_ENDS.match(line) or names_columns(line):
            break  # (or the header again, on the next page: its rows are laid out anew)
        runs = _runs(line)
        if _ROW_FIRST_LINE.match(line):
            numbers.append(runs[0][0])
            starts += [start for start, _ in runs[1:]]
        elif by_year and len(runs) > 1 and all(FIGURE_CELL.fullmatch(text) for _, text in runs[1:]):
            starts += [start for start, _ in runs]
    columns: list[int] = [min(numbers)] if numbers else []
    for start in sorted(starts):
        if len(columns) == len(numbers[:1]) or start > columns[-1] + _SLACK:
            columns.append(start)
    return columns


def _joined(lines_cells: list[list[str] | None]) -> list[str]:
    """Lines' cells as one row's: each column's pieces in the order of the lines."""
    return [" ".join(piece for piece in pieces if piece) for pieces in zip(*(cells for cells in lines_cells if cells))]


def _set_mid_row(rows: list[list[str]], below: list[list[list[str]]]) -> bool:
    """Are the cells set in the middle of their rows? Lines stand between the header and the first row, or under a
    row's number a line has text in a column the number's line left empty (where cells hang from the row's top, each
    opens on the number's line)."""
    return bool(below[0]) or any(cell and not row[k] for row, under in zip(rows[1:], below[1:])
                                 for line in under for k, cell in enumerate(line))


def _centred_rows(rows: list[list[str]], below: list[list[list[str]]]) -> list[list[str]]:
    """A table whose cells are set in the middle of their rows (its header names its number column below its first
    line): a row's number stands on its middle line, so its cells reach as many lines under it as above it; the
    lines between two rows' numbers go to the first as far as it reached above its number, the rest to the next."""
    out = [rows[0]]
    above = below[0]
    for k in range(1, len(rows)):
        under = below[k] if k == len(rows) - 1 else below[k][:len(above)]
        out.append(_joined([*above, rows[k], *under]))
        above = below[k][len(under):]
    return out


def _next_filled(lines: list[str], start: int) -> str:
    """The first line with text among the few from `start`, "" if none."""
    return next((line for line in lines[start:start + _LINES_TO_THE_NEXT] if line.strip()), "")


_LINES_TO_THE_NEXT = 3


def _figures_follow(lines: list[str], start: int, columns: list[int]) -> bool:
    following = _next_filled(lines, start)
    cells = _cells(following, columns) if following else None
    return bool(cells) and any(map(FIGURE_CELL.fullmatch, cells[1:]))


def _row_follows(lines: list[str], start: int) -> bool:
    return _ROW_FIRST_LINE.match(_next_filled(lines, start)) is not None


_STRIP_REACH = 120  # lines back from a table's header to the strip printed before it


def _strip_before(out: list[str], rows: list[list[str]]) -> tuple[int, int, list[str]] | None:
    """A wide sheet printed in strips, its first columns on one page and the rest on the next, each strip with the
    row numbers ("TT  Nội dung" over "1  Kiểm tra …", then "TT  Đối tượng  Đơn vị chủ trì …" over "1  …"): the strip of
    the number and the work before a table without its work column, with the same row numbers in the same order —
    where it stands in `out` and the work's header and cells, or None."""
    if any(field_role(name) == "content" for name in rows[0][1:]) or not _NUMBER_HEAD.fullmatch(rows[0][0]):
        return None
    for k in range(len(out) - 1, max(-1, len(out) - _STRIP_REACH), -1):
        runs = _runs(out[k])
        if len(runs) == 2 and _NUMBER_HEAD.fullmatch(runs[0][1]) and field_role(runs[1][1]) == "content":
            break
    else:
        return None
    column = runs[1][0]
    labels, texts, last = [], [runs[1][1]], k + 1
    for at in range(k + 1, len(out)):
        line = out[at]
        if not line.strip():
            continue
        opening = _runs(line)[0]
        if opening[0] < column and _ROW_FIRST_LINE.match(line):
            labels.append(opening[1])
            texts.append(line[line.index(opening[1]) + len(opening[1]):].strip())
        elif labels and opening[0] >= column - _SLACK:
            texts[-1] = f"{texts[-1]} {line.strip()}"  # the work's cell goes on
        else:
            break
        last = at + 1
    return (k, last, texts) if labels == [row[0] for row in rows[1:]] else None


def _merged_leads_spread(rows: list[list[str]]) -> list[list[str]]:
    """A lead cell merged over several rows is printed once, across them or at their middle: a row whose lead goes on
    from the row above (in lower case, "và Du lịch") shares the joined name with it; a row without a lead has the one
    above it, the first rows of a group the first one below them. A group's row (its title alone, "II  THANH TRA …")
    has none and parts the groups. Other columns as they are (a row may have no partner)."""
    leads = [k for k, name in enumerate(rows[0]) if field_role(name) == "lead"]
    if len(leads) != 1 or len(rows) < 3:
        return rows
    column = leads[0]
    out = [rows[0]]
    group: list[list[str]] = []
    for row in [*rows[1:], None]:
        # (the end, or a group's row: its title alone, or numbered with a Roman numeral or a capital letter)
        if row is None or not any(row[2:]) or _GROUP_NUMBER.fullmatch(row[0]):
            out += _lead_spread(group, column)
            out += [row] if row is not None else []
            group = []
        else:
            group.append(row)
    return out


_GROUP_NUMBER = re.compile(r"(?:[IVXL]{1,6}|[A-ZĐ])\.?")
_NAME_GOES_ON = re.compile(r"và\s|[,-]")  # how a name's next line opens when it goes on ("và Du lịch")


def _lead_spread(rows: list[list[str]], column: int) -> list[list[str]]:
    cells = [row[column] for row in rows]
    for k in range(1, len(cells)):
        if cells[k - 1] and (_NAME_GOES_ON.match(cells[k]) or cells[k][:1].islower()
                             and cells[k - 1].endswith(_RUNNING_ON)):
            cells[k - 1] = cells[k] = f"{cells[k - 1]} {cells[k]}"
    if not any(cells):
        return rows
    first = next(cell for cell in cells if cell)
    for k, cell in enumerate(cells):
        cells[k] = cell or (cells[k - 1] if k else first)
    return [[*row[:column], cell, *row[column + 1:]] for row, cell in zip(rows, cells)]


# A table drawn with rules, every row between two (a converter's grid table, "+-----+-----+" and "| … | … |"; a text
# browser's dump of a web page's table, "├───┼───┤" and "│ … │ … │"): a row's cells wrap onto more lines between the
# same bars, so a row is its lines' pieces column by column; a row spanning the columns (a group's title) has fewer.
# A text browser may cut a long rule short ("├───┼──�"). Two columns are page layout (the header, the signature).
_GRID_RULE = re.compile(r"\s*[+┌├└╔╠╚╞╟][-=─━═+┬┼┴┐┤┘╦╬╩╗╣╝╤╪╧╡╢│|�]*\s*")
_GRID_BARS = "|│║┃"
_GRID_LINES = ("-", "=", "─", "━", "═")


def _is_grid_rule(line: str) -> bool:
    return _GRID_RULE.fullmatch(line) is not None and sum(line.count(stroke) for stroke in _GRID_LINES) >= 3


def _merged_over_rules(rows: list[list[str]], merged: list[tuple[int, list[str]]]) -> list[list[str]]:
    """Each cell a rule runs through with its text (by the row after the rule) is one cell of the rows it spans, its
    words above, on and under the rules in their order: every row it spans has it."""
    spans: list[tuple[int, list[int], list[str]]] = []  # each cell's column, the rows it spans, its words
    for after, cells in merged:
        for column, text in enumerate(cells):
            if not text or not 0 < after < len(rows) or column >= len(rows[after]):
                continue
            span = next((span for span in spans if span[0] == column and span[1][-1] == after - 1), None)
            if span is None:
                span = (column, [after - 1], [rows[after - 1][column]])
                spans.append(span)
            span[1].append(after)
            span[2].extend((text, rows[after][column]))
    for column, spanned, words in spans:
        for k in spanned:
            rows[k][column] = " ".join(word for word in words if word)
    return rows


_RULE_OPENS, _RULE_CLOSES = "+├╞╟", "+┤╡╢"
_JUNCTION = re.compile(r"[+┼╪╫├┤╞╡╟╢]")  # (a cell merged down the rows sets its column's ends on the rule)
_STROKES = set("-=─━═")


def _cells_on_a_rule(line: str) -> list[str] | None:
    """A rule between two rows that a cell merged over them writes its text on, as a text browser draws it
    ("+-----+------+ UBND các xã +------+"), or leaves blank ("├───┼────┤          ├────┤"): each column's text, empty
    where the rule runs; None for any other line."""
    text = line.strip()
    if len(text) < 2 or text[0] not in _RULE_OPENS or text[-1] not in _RULE_CLOSES:
        return None
    segments = _JUNCTION.split(text[1:-1])
    ruled = [bool(segment) and set(segment) <= _STROKES for segment in segments]
    if not any(ruled) or all(ruled) or any(not is_ruled and not (segment[:1] == segment[-1:] == " ")
                                           for segment, is_ruled in zip(segments, ruled)):
        return None
    return ["" if is_ruled else segment.strip() for segment, is_ruled in zip(segments, ruled)]


def _grid_pieces(line: str) -> list[str] | None:
    """A grid row's line cut at its bars, or None for a line that is not one."""
    text = line.strip()
    if len(text) < 2 or text[0] not in _GRID_BARS or text[-1] != text[0]:
        return None
    return [piece.strip() for piece in text[1:-1].split(text[0])]


# the label a row's first cell gives it ("1", "a", "2.1", "II"): a cell that wraps holds it on its first line only
_GRID_ROW_LABEL = re.compile(r"(?:\d{1,3}(?:\.\d{1,2})*|[IVXLC]{1,6}|[a-zđ])[.)]?")


def _grid_row(pieces: list[list[str]]) -> list[str]:
    """A row's cells from its lines' pieces, column by column."""
    return [" ".join(filter(None, column)) for column in itertools.zip_longest(*pieces, fillvalue="")]


# What only the page's layout holds in two columns: the header's (the motto, the number) and the signature's ("Nơi
# nhận:" beside the signer).
_PAGE_LAYOUT_CELL = re.compile(r"CỘNG HÒA XÃ HỘI|Độc lập\W+Tự do|(?:^|\s)Số\s*:|Nơi nhận", re.I)
# A converter's hard line break in a cell ("**BỘ Y TẾ**\\"): the lines without one wrap the same paragraph.
_HARD_BREAK = "\\"


def _lays_out_the_page(rows: list[list[str]]) -> bool:
    return all(len(row) <= 2 for row in rows) and any(_PAGE_LAYOUT_CELL.search(cell) for row in rows for cell in row)


def _column_after_column(rows_pieces: list[list[list[str]]]) -> list[str]:
    """A page's header or signature drawn as a grid of two columns, read as the page is: the left column's lines, then
    the right's, row by row. Where the converter marks its hard line breaks, the lines between them wrap one line."""
    columns = max(len(line) for row in rows_pieces for line in row)
    marked = any(piece.endswith(_HARD_BREAK) for row in rows_pieces for line in row for piece in line)
    out: list[str] = []
    for column in range(columns):
        for row in rows_pieces:
            wrapped: list[str] = []
            for line in row:
                piece = line[column] if column < len(line) else ""
                text = piece.removesuffix(_HARD_BREAK).strip()
                if text:
                    wrapped.append(text)
                if wrapped and (not marked or not text or piece.endswith(_HARD_BREAK)):
                    out.append(" ".join(wrapped))
                    wrapped = []
            if wrapped:
                out.append(" ".join(wrapped))
    return out


def rebuild_grid_tables(lines: list[str]) -> list[str]:
    """Ruled grid tables of three columns or more rewritten as one `| … |` line per row, the header first; a group's
    row that spans the columns gets empty cells after its own. Other lines kept."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        if not _is_grid_rule(lines[i]):
            out.append(lines[i])
            i += 1
            continue
        rows_pieces: list[list[list[str]]] = []  # each row's lines, each line's pieces
        pieces: list[list[str]] = []
        merged: list[tuple[int, list[str]]] = []  # the cells printed on a rule, by the row after it
        end = i + 1
        while end < len(lines) and (_is_grid_rule(lines[end]) or _grid_pieces(lines[end]) is not None
                                    or _cells_on_a_rule(lines[end]) is not None):
            if _is_grid_rule(lines[end]) or (on_rule := _cells_on_a_rule(lines[end])) is not None:
                if pieces:
                    rows_pieces.append(pieces)
                pieces = []
                if not _is_grid_rule(lines[end]):
                    merged.append((len(rows_pieces), on_rule))
            else:
                line_pieces = _grid_pieces(lines[end])
                if pieces and _GRID_ROW_LABEL.fullmatch(line_pieces[0]) and _GRID_ROW_LABEL.fullmatch(pieces[0][0]):
                    rows_pieces.append(pieces)  # a table ruled round, not between its rows: a label opens each row
                    pieces = []
                pieces.append(line_pieces)
            end += 1
        if pieces:  # (a table whose closing rule the copy lost)
            rows_pieces.append(pieces)
        rows = _merged_over_rules([_grid_row(row) for row in rows_pieces], merged)
        header = next((k for k, row in enumerate(rows) if len(row) >= MIN_DATA_COLUMNS), None)
        if header is None and rows and _lays_out_the_page(rows):
            out += _column_after_column(rows_pieces)
        elif header is None:
            out += lines[i:end]  # no rows, or two columns of something else
        else:  # (a title spanning the columns above the header is a line of its own)
            out += [" ".join(row) for row in rows[:header]]
            out += [table_row(row + [""] * (len(rows[header]) - len(row))) for row in rows[header:]]
        i = end
    return out


# A table typed with dot leaders (a word processor's tab with a leader, or dots typed to fill the line): a header
# naming its columns between runs of dots ("Nội dung nhiệm vụ ........ Đơn vị chủ trì ........ Thời gian hoàn
# thành"), then one row per line, the row's number opening it ("1.1. Tham mưu … ........ Phòng X ........ Quý I/2027"),
# groups of rows under a numbered line without leaders ("1. Công tác tham mưu"). Leaders part the cells as tabs do.
_LEADER = re.compile(r"\s*(?:\.\s?){4,}\s*|\s*…{2,}\s*")
_LEADER_ROW_NUMBER = re.compile(r"(\d{1,2}(?:\.\d{1,2}){0,3}|[IVXL]{1,5}|[a-zđ])[.)]\s+(?=\S)")


def _leader_cells(line: str) -> list[str] | None:
    """The cells a line's leaders part, text on both sides of each; None for a line without, or one that ends on its
    dots (a form's blank to fill in)."""
    if not _LEADER.search(line):
        return None
    cells = [cell.strip() for cell in _LEADER.split(line.strip())]
    return cells if len(cells) >= 2 and all(cells) else None


def _is_leader_header(cells: list[str]) -> bool:
    return len(cells) >= 2 and sum(cell.lower().startswith(_HEADS) for cell in cells) >= 2 \
        and all(len(cell) <= _MAX_HEADER_CELL for cell in cells)


def rebuild_leader_tables(lines: list[str]) -> list[str]:
    """Dot-leader tables rewritten as `| … |` rows under their header, a column for the rows' numbers put first; the
    numbered line of a group of rows becomes a row of its own, its title its one cell. Other lines kept."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        header = _leader_cells(lines[i]) if "…" in lines[i] or "...." in lines[i] else None
        if header is None or not _is_leader_header(header):
            out.append(lines[i])
            i += 1
            continue
        rows: list[list[str]] = []
        end = i + 1
        while end < len(lines):
            cells = _leader_cells(lines[end])
            number = _LEADER_ROW_NUMBER.match(lines[end].strip())
            if cells is not None and len(cells) <= len(header):
                label = _LEADER_ROW_NUMBER.match(cells[0])
                rows.append([label.group(1) if label else "", cells[0][label.end():] if label else cells[0],
                             *cells[1:], *[""] * (len(header) - len(cells))])
            elif cells is None and number and end + 1 < len(lines) and _leader_cells(lines[end + 1]):
                rows.append([number.group(1), lines[end].strip()[number.end():], *[""] * (len(header) - 1)])
            else:
                break
            end += 1
        if not rows:
            out.append(lines[i])
            i += 1
            continue
        out += [table_row(["TT", *header]), *(table_row(cells) for cells in rows)]
        i = end
    return out


# What a task table writes in a cell instead of repeating the one above it ("Nt", "như trên").
_DITTO = re.compile(r"(?:-\s*)?(?:nt|như trên)\.?(?:\s*-)?", re.I)
# A column for one period of the plan's year ("Quý I" … "Quý IV", "Tháng 1" … "Tháng 12", "T10"), a mark in it ("x")
# where the work is done then (see lexicon `PERIOD_COLUMN`).



def _period_names(heads: list[str]) -> list[str]:
    """The period columns' names written out ("T10" -> "Tháng 10"; "Quý II", "Tháng 3" as written; "T01 2027" ->
    "Tháng 1/2027"), those without a year after the columns pass December ("T11  T12  T01") of the next year ("Tháng 1
    năm sau")."""
    names, numbers = [], []
    for head in heads:
        column = PERIOD_COLUMN.fullmatch(head.strip("* "))
        short = SHORT_MONTH_COLUMN.fullmatch(column["period"])
        name = f"Tháng {int(short.group(1))}" if short else column["period"]
        names.append(f"{name}/{column['year']}" if column["year"] else name)
        month = re.fullmatch(r"Tháng\s+(\d{1,2})", names[-1], re.I)  # (quarters are on another scale: not compared)
        numbers.append(int(month.group(1)) if month else None)
    wrap = next((k for k in range(1, len(numbers)) if None not in numbers[k - 1:k + 1] and numbers[k] < numbers[k - 1]),
                len(names))
    return [name + NEXT_YEAR if k >= wrap else name for k, name in enumerate(names)]


def rows_spelt_out(lines: list[str]) -> list[str]:
    """Task tables' rows as they read: a ditto cell ("Nt") the cell above it, and the period columns of a timetable
    ("Quý I | Quý II | …" marked "x") one time column listing the periods marked ("Quý II, Quý IV"). Other lines
    kept as they are."""
    out: list[str] = []
    periods: list[int] = []  # the columns of the table at hand that are periods
    header: list[str] | None = None
    above: list[str] = []
    for line in lines:
        if not line.startswith("|"):
            out.append(line)
            periods, header, above = [], None, []
            continue
        cells = row_cells(line)
        rule = "-" in "".join(cells) and set("".join(cells)) <= set("-: ")
        if header is None:
            header = cells
            periods = [i for i, cell in enumerate(cells) if PERIOD_COLUMN.fullmatch(cell.strip("* "))]
            periods = periods if len(periods) >= 2 else []
            names = _period_names([cells[i] for i in periods])
            if not periods and names_a_task_table([field_role(cell) for cell in cells]):
                # a programme's task table with a column a year, its years marked ("x"): a timetable of years
                periods = [i for i, cell in enumerate(cells) if _YEARS_OF_WORK.fullmatch(cell.strip("* "))]
                periods = periods if len(periods) >= 2 else []
                names = [f"Năm {_FOUR_DIGITS.findall(cells[i])[-1]}" for i in periods]  # (a range by its end)
            time = TIME_COLUMN
        elif rule:
            time = "---"
        else:
            cells = [above[i] if _DITTO.fullmatch(cell) and i < len(above) else cell for i, cell in enumerate(cells)]
            # (a group's row, its cells empty, keeps what the rows above it say)
            above = [cell or (above[i] if i < len(above) else "") for i, cell in enumerate(cells)]
            marked = [names[k] for k, i in enumerate(periods) if i < len(cells) and cells[i].strip() in PERIOD_MARKS]
            time = ", ".join(marked)
            if marked and marked[-1].endswith(NEXT_YEAR):  # one "năm sau" for the list, at its end
                time = ", ".join(name.removesuffix(NEXT_YEAR) for name in marked) + NEXT_YEAR
        if periods and len(cells) == len(header):
            cells = [cell for i, cell in enumerate(cells) if i not in periods] + [time]
        out.append(table_row(cells) if cells != row_cells(line) else line)
    return out


# --- tables read column by column --------------------------------------------------------------------------------
# A PDF's text read in its reading order without the layout (`pdftotext` without `-layout`) may give a table column by
# column: its number column's head ("TT") and numbers 1 … n, then each other column's head and its n cells, every
# cell a paragraph of its own (blank lines between). The columns are put side by side again, a row per number.
_NUMBER_HEAD = re.compile(r"S?TT|Số TT|Số thứ tự", re.I)
NUMBER_HEAD_LINE = re.compile(r"^[ \t]*(?:" + _NUMBER_HEAD.pattern + r")[ \t]*$", re.I | re.M)  # (one scan of a text)
_MIN_BLOCK_ROWS = 2


def _paragraphs(lines: list[str], start: int) -> Iterator[tuple[str, int]]:
    """The blank-separated paragraphs from `start`, read as asked for: each paragraph's lines joined, and the line
    after it."""
    i = start
    while i < len(lines):
        while i < len(lines) and not lines[i].strip():
            i += 1
        first = i
        while i < len(lines) and lines[i].strip():
            i += 1
        if i > first:
            yield " ".join(line.strip() for line in lines[first:i]), i


def _names_a_column(text: str) -> bool:
    """A column's name ("Đơn vị phối hợp", "Thời gian hoàn thành"): short, and of a role the field vocabulary knows."""
    return len(text) <= _MAX_HEADER_CELL and field_role(text) != "other"


def _column_blocks(lines: list[str], start: int) -> tuple[list[str], int] | None:
    """The table whose number column's head stands at `start`, read column by column, as rows; None when no
    column follows its numbers with as many cells under a column head the field vocabulary knows, or when a cell is
    a column's name (a column with an empty cell, which such a copy leaves out, puts the next column's name among
    its cells)."""
    paragraphs = _paragraphs(lines, start + 1)
    numbers: list[str] = []
    following = next(paragraphs, None)
    while following is not None and following[0] == str(len(numbers) + 1):
        numbers.append(following[0])
        end = following[1]
        following = next(paragraphs, None)
    if len(numbers) < _MIN_BLOCK_ROWS:
        return None
    columns = [(lines[start].strip(), numbers)]
    while following is not None and _names_a_column(following[0]):
        cells = list(itertools.islice(paragraphs, len(numbers)))
        if len(cells) < len(numbers) or any(_names_a_column(cell) and field_role(cell) != "lead" for cell, _ in cells):
            return None
        columns.append((following[0], [cell for cell, _ in cells]))
        end = cells[-1][1]
        following = next(paragraphs, None)
    if len(columns) < MIN_DATA_COLUMNS or "content" not in {field_role(head) for head, _ in columns[1:]}:
        return None
    rows = [table_row([head for head, _ in columns])]
    rows += [table_row([cells[n] for _, cells in columns]) for n in range(len(numbers))]
    return rows, end


# --- rows whose cells run together -------------------------------------------------------------------------------
# A text browser's dump of a task table (`lynx -dump`) may set the header's names one after another on one line and
# each row's cells with nothing between them, wrapped at the page's width: "1 Xây dựng kế hoạch … hành" / "độngBan cán
# sự đảng UBND tỉnhVăn phòng Tỉnh ủyTháng 7/2027". A small letter straight before a capital is where one cell ends and
# the next begins (no Vietnamese word is written so); a row parts into one cell fewer than the header names.
_GLUED = re.compile(r"(?<=[" + LOWER_LETTERS + r"])(?=[" + UPPER_LETTERS + r"])")
GLUED_CELLS = re.compile(r"[" + LOWER_LETTERS + r"][" + UPPER_LETTERS + r"]")
_NUMBERED_ROW = re.compile(r"[ \t]*(\d{1,3})[ \t]+(\S.*)")
_LONGEST_COLUMN_NAME = 5  # words


def _header_in_a_line(line: str) -> list[str] | None:
    """The column names one line sets one after another ("TT Nội dung nhiệm vụ Cơ quan chủ trì Cơ quan phối hợp Thời
    gian hoàn thành"), a name opening on each capital that opens one; None unless the first is the number column's and
    a task's content, its lead or its time are among the others."""
    words = line.split()
    if not words or not _NUMBER_HEAD.fullmatch(words[0]):
        return None
    names, k = [words[0]], 1
    while k < len(words):
        if not words[k][:1].isupper():
            return None
        # the name runs to the next capital that opens another name
        end = next((j for j in range(k + 1, len(words)) if words[j][:1].isupper() and any(
            _is_column_name(" ".join(words[j:j + n])) for n in range(1, _LONGEST_COLUMN_NAME + 1))), len(words))
        name = " ".join(words[k:end])
        if not _is_column_name(name):
            return None
        names.append(name)
        k = end
    roles = {field_role(name) for name in names[1:]}
    return names if len(names) - 1 >= MIN_DATA_COLUMNS and "content" in roles and roles & {"lead", "time"} else None


def rebuild_glued_rows(lines: list[str]) -> list[str]:
    """Tables whose header stands on one line and whose rows run their cells together, rewritten as one `| … |` line
    per row (see `_GLUED`); a table whose rows do not all part into its columns is left as it is."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        names = _header_in_a_line(lines[i]) if GLUED_CELLS.search(lines[i + 1] if i + 1 < len(lines) else "") \
            or _NUMBERED_ROW.match(lines[i + 1] if i + 1 < len(lines) else "") else None
        table = _glued_rows(lines, i + 1, names) if names else None
        if table is None:
            out.append(lines[i])
            i += 1
            continue
        rows, i = table
        out += ["", table_row(names), *rows, ""]
    return out


def _glued_rows(lines: list[str], start: int, names: list[str]) -> tuple[list[str], int] | None:
    rows: list[tuple[str, str]] = []
    i = start
    while i < len(lines) and lines[i].strip() and not _NUMBER_HEAD.fullmatch(lines[i].strip()):
        numbered = _NUMBERED_ROW.fullmatch(lines[i])
        if numbered and int(numbered[1]) == len(rows) + 1:
            rows.append((numbered[1], numbered[2].strip()))
        elif rows:
            rows[-1] = (rows[-1][0], f"{rows[-1][1]} {lines[i].strip()}")
        else:
            return None
        i += 1
    cells = [[cell.strip() for cell in _GLUED.split(text)] for _, text in rows]
    if len(rows) < _MIN_BLOCK_ROWS or any(len(row) != len(names) - 1 for row in cells):
        return None
    # (every lead cell a body's name, every time cell a time: "TikTok" parts no cells)
    table = _rows_of_columns(names[0], [number for number, _ in rows], names[1:], [list(c) for c in zip(*cells)], i)
    return (table[0][1:], i) if table else None


# The same without blank lines (`pdftotext` of a landscape page): the header's names one after another (a long one over
# two lines, "Thời gian" / "hoàn thành"), the numbers, then each column's cells one after another, a cell wrapped over
# lines where it is long. The numbers say how many cells each column has; the lines part into cells where a cell most
# plausibly ends: not before a line in lower case, nor after one that ends on a comma, a semicolon or a joining word,
# nor before a branch named after its parent ("Ngân hàng Nhà nước" / "Chi nhánh Khu vực 7").
# (not "theo" among the joining words: "… các năm tiếp theo" ends a cell)
_JOINING_LAST_WORDS = frozenset({"và", "của", "các", "hoặc", "với", "cho", "về", "tại", "từ", "đến"})
_NAMED_AFTER_ITS_PARENT = ("Chi nhánh", "Phòng giao dịch")
_DATE_CUT = re.compile(r"(?:^|(?<![\wđ])(?:trước|sau|từ|đến|vào|trong|hết|cuối|đầu|và)\s+)(?:ngày|tháng|năm|quý)$",
                       re.I)
_REQUESTED = re.compile(r"^" + ASSIGNING + r"\s+", re.I)  # a lead cell asking a body outside ("Đề nghị Ủy ban …")
_COLUMN_ROW_NUMBER = re.compile(r"[0-9]{1,3}")  # (not "3¹", "①": digits to Python, no row's number)
_ENDS_ON_A_HEAD = re.compile(r"(?<![\wđ])(?:" + "|".join(map(re.escape, HEAD_WORDS)) + r")$")
_CELL_BOUNDARY = {"never": -10, "unlikely": -8, "branch": -4, "full stop": 2, "capital": 1, "other": 0}
_FULL_LINE_SHARE = 0.85  # of the longest line: a line this long was wrapped, and a capital after it may be a name's


def _cell_boundary(line: str, following: str, longest: int) -> int:
    """How plausibly a cell ends between `line` and the `following` one, as a score; a line nearly as long as the
    `longest` was wrapped, and the cell goes on after it unless no other place is left ("… nhân kỷ niệm Ngày Hợp tác
    xã" / "Việt Nam 11/4")."""
    last = line.rsplit(" ", 1)[-1]
    if following[:1].islower() or following[:1].isdigit() and _DATE_CUT.search(line):
        return _CELL_BOUNDARY["never"]  # (nor a date cut from its word: "Trước ngày" / "15/9/2027"; not "Hằng năm")
    if line.endswith((",", ";", "-", "–")) or last.lower() in _JOINING_LAST_WORDS or _ENDS_ON_A_HEAD.search(line):
        return _CELL_BOUNDARY["unlikely"]  # (a body's head without its name: "… ; Trạm" / "Y tế các xã")
    if following.startswith(_NAMED_AFTER_ITS_PARENT):
        return _CELL_BOUNDARY["branch"]
    if line.endswith("."):
        return _CELL_BOUNDARY["full stop"]
    return _CELL_BOUNDARY["capital" if following[:1].isupper() and len(line) < _FULL_LINE_SHARE * longest else "other"]


def _header_names(lines: list[str], start: int) -> tuple[list[str], int]:
    """The column names after the number column's head at `start`, a name's second line in lower case joined to it,
    and the line after them."""
    names: list[str] = []
    i = start + 1
    while i < len(lines) and (text := lines[i].strip()) and not text.isdigit():
        if names and text[:1].islower():
            names[-1] = f"{names[-1]} {text}"
        else:
            names.append(text)
        i += 1
    return names, i


def _run_on_columns(lines: list[str], start: int) -> tuple[list[str], int] | None:
    """The table whose number column's head stands at `start`, its columns' cells run on line after line; None unless
    the names are a header's, the cells part so that every lead cell names a body and every time cell a time."""
    names, i = _header_names(lines, start)
    if len(names) < MIN_DATA_COLUMNS or not all(_names_a_column(name) for name in names) \
            or "content" not in {field_role(name) for name in names}:
        return None
    numbers: list[str] = []
    while i < len(lines) and _COLUMN_ROW_NUMBER.fullmatch(lines[i].strip()) \
            and (not numbers or int(lines[i]) == int(numbers[-1]) + 1):
        numbers.append(lines[i].strip())
        i += 1
    first = i
    while i < len(lines) and (text := lines[i].strip()) and not text.isdigit() and not _NUMBER_HEAD.fullmatch(text) \
            and "\f" not in lines[i]:
        i += 1
    body = [line.strip() for line in lines[first:i]]
    if len(numbers) < _MIN_BLOCK_ROWS or len(body) < len(names) * len(numbers):
        return None
    cells = _cells_parted(body, len(names) * len(numbers))
    columns = [cells[n * len(numbers):(n + 1) * len(numbers)] for n in range(len(names))]
    return _rows_of_columns(lines[start].strip(), numbers, names, columns, i)


def _cells_parted(body: list[str], count: int) -> list[str]:
    """The lines of cells run on, parted into `count` cells where cells most plausibly end."""
    longest = max(map(len, body))
    gaps = sorted(range(1, len(body)), key=lambda k: -_cell_boundary(body[k - 1], body[k], longest))[:count - 1]
    return [" ".join(body[a:b]) for a, b in zip([0, *sorted(gaps)], [*sorted(gaps), len(body)])]


def _rows_of_columns(number_head: str, numbers: list[str], names: list[str], columns: list[list[str]],
                     end: int) -> tuple[list[str], int] | None:
    """The columns side by side as rows, the header first; None unless every lead cell names a body and every time
    cell a time."""
    for name, column in zip(names, columns):
        role = field_role(name)
        if role == "lead" and not all(_REQUESTED.sub("", cell).startswith(HEAD_WORDS + ("UBND", "Các ", "các "))
                                      for cell in column) or (
                role == "time" and not all(OPENS_TIME_CELL.match(cell) for cell in column)):
            return None
    rows = [table_row([number_head, *names])]
    rows += [table_row([number, *(column[n] for column in columns)]) for n, number in enumerate(numbers)]
    return rows, end


def _heads_a_column(lines: list[str], i: int) -> tuple[str, int] | None:
    """The column name that opens at line `i` (its second line in lower case joined to it: "Cơ quan chủ" / "trì"), and
    the line after it; None when none does."""
    text = lines[i].strip()
    if not text[:1].isupper():
        return None  # (a column's name is capitalised: "… phân bổ" / "kinh phí" goes on with a cell)
    following = lines[i + 1].strip() if i + 1 < len(lines) else ""
    if following[:1].islower() and _is_column_name(f"{text} {following}"):
        return f"{text} {following}", i + 2
    return (text, i + 1) if _is_column_name(text) else None


def _is_column_name(text: str) -> bool:
    """A column's name the field vocabulary gives a role, or one of a table's usual others ("Sản phẩm", "Ghi chú")."""
    return _names_a_column(text) or len(text) <= _MAX_HEADER_CELL and is_column_head(text)


def _headed_columns_run_on(lines: list[str], start: int) -> tuple[list[str], int] | None:
    """The table whose number column's head stands at `start`, its numbers under it, then each other column's name and
    its cells run on line after line, no blank line anywhere (a landscape page's text layer read column by column): the
    numbers say how many cells each column has. None unless the names are a header's (see `_rows_of_columns`)."""
    i = start + 1
    numbers: list[str] = []
    while i < len(lines) and _COLUMN_ROW_NUMBER.fullmatch(lines[i].strip()) and int(lines[i]) == len(numbers) + 1:
        numbers.append(lines[i].strip())
        i += 1
    if len(numbers) < _MIN_BLOCK_ROWS:
        return None
    names: list[str] = []
    columns: list[list[str]] = []
    head = _heads_a_column(lines, i)
    while head is not None:
        names.append(head[0])
        i = first = head[1]
        head = None
        while i < len(lines) and (text := lines[i].strip()) and not text.isdigit() and "\f" not in lines[i]:
            if i - first >= len(numbers) and (head := _heads_a_column(lines, i)) is not None:
                break
            i += 1
        body = [line.strip() for line in lines[first:i]]
        if len(body) < len(numbers):
            return None
        columns.append(_cells_parted(body, len(numbers)))
    if len(names) < MIN_DATA_COLUMNS or "content" not in {field_role(name) for name in names}:
        return None
    return _rows_of_columns(lines[start].strip(), numbers, names, columns, i)


def rebuild_column_blocks(lines: list[str]) -> list[str]:
    """Tables given column by column rewritten as one `| … |` line per row (the header first); other lines kept."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        table = (_column_blocks(lines, i) or _run_on_columns(lines, i) or _headed_columns_run_on(lines, i)) \
            if _NUMBER_HEAD.fullmatch(lines[i].strip()) else None
        if table:
            out += ["", *table[0], ""]
            i = table[1]
        else:
            out.append(lines[i])
            i += 1
    return out
