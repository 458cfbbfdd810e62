"""A document saved from a spreadsheet as delimited text (Excel's "CSV UTF-8", a sheet downloaded as .csv): every line
a row of as many cells as the sheet is wide, the empty ones written as bare commas ("KẾ HOẠCH,,,,,,"), a cell of
several lines quoted.

The rows are read with the standard library's `csv` and laid out as a sheet's grid is (`grids.grid_page`): a row of one
cell a line of the text, rows of several cells a table or the page's two columns. A text whose lines only hold commas
(a plan's prose, a table pasted into it) keeps its lines: it is no sheet.
"""
from __future__ import annotations

import csv
import io
import re
from collections import Counter

from .grids import grid_page

_DELIMITERS = (",", ";")
_MIN_ROWS = 5
_MIN_MARKED_ROWS = 2  # a sheet marked as one: its header and a row
_MIN_WIDTH = 3
_SAME_WIDTH_SHARE = 0.9  # of the rows: a sheet writes every row to its width
_PADDED_SHARE = 0.3  # of the rows: a sheet's prose rows end on empty cells


def _rows(text: str, delimiter: str) -> list[list[str]] | None:
    try:
        return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False))
    except csv.Error:  # (a line longer than the field limit: no sheet's)
        return None


def delimited_sheet(text: str, marked: bool = False) -> list[list[str]] | None:
    """The sheet's rows when the text is a whole sheet saved as delimited text, else None; a sheet a converter `marked`
    as one (a workbook's) need not pad its rows: a table with a title over it fills most of them."""
    head = text[:4096]
    for delimiter in _DELIMITERS:
        if not marked and head.count(delimiter * 2) < _MIN_ROWS:
            continue  # (the test most texts fail, before any parsing: a sheet pads its rows with empty cells)
        rows = _rows(text, delimiter)
        if not rows or len(rows) < (_MIN_MARKED_ROWS if marked else _MIN_ROWS):
            continue
        width, count = Counter(len(row) for row in rows).most_common(1)[0]
        if width < _MIN_WIDTH or count < _SAME_WIDTH_SHARE * len(rows):
            continue  # (most rows empty, or of no one width: lines of prose)
        if marked or sum(1 for row in rows if len(row) == width and not row[-1].strip()) >= _PADDED_SHARE * len(rows):
            return rows
    return None


_HEADER_CELL = 60  # characters, at most, of a column's name
_RECORDS_SHARE = 0.8  # of the rows, at least, as wide as the header


def header_records(text: str) -> list[dict[str, str]] | None:
    """The records of a text whose first line names its columns (a tracker's export: "Subject","Due Date",…,"Notes"),
    each row a record by those names; None for any other text."""
    first_line = text[:_HEADER_CELL * 64].partition("\n")[0]
    for delimiter in (*_DELIMITERS, "\t"):
        if first_line.count(delimiter) < _MIN_WIDTH - 1:
            continue
        rows = _rows(text, delimiter)
        if not rows or len(rows) < _MIN_WIDTH:
            continue
        header = [cell.strip() for cell in rows[0]]
        if not all(header) or any(len(c) > _HEADER_CELL for c in header) or len(set(header)) * 2 < len(header):
            continue
        header = [name if name not in header[:k] else f"{name} ({header[:k].count(name) + 1})"
                  for k, name in enumerate(header)]  # (a tracker repeats a column it holds many values in: "Labels")
        rows = [row for row in rows[1:] if any(cell.strip() for cell in row)]
        if sum(len(row) == len(header) for row in rows) >= _RECORDS_SHARE * len(rows):
            return [dict(zip(header, row)) for row in rows]
    return None


# A date cell written as its value, as a converter writes it ("2027-03-31", "2027-03-31 00:00:00")
_DATE_VALUE = re.compile(r"\s*((?:19|20)\d{2})-(\d{2})-(\d{2})(?:[ T]00:00(?::00)?)?\s*")


def sheet_text(rows: list[list[str]]) -> str:
    """The sheet laid out as its page, its date cells as the sheet shows them (dd/mm/yyyy)."""
    return grid_page([[_DATE_VALUE.sub(r"\3/\2/\1", cell) if _DATE_VALUE.fullmatch(cell) else cell for cell in row]
                      for row in rows]) or ""


# The mark a converter writes before each sheet of a workbook it writes out whole (xlsx2csv's "-------- 2 - PL")
# (or a sheet saved alone, its name on the line before its byte-order mark: "TienDo" / "\ufeffBước,Nội dung,…")
_SHEET_MARK = re.compile(r"^(?:-{8} \d+ - [^\n]*\n|[^\n,;\t\"]{1,31}\n\ufeff)", re.M)


def workbook_page(text: str) -> str | None:
    """The pages of a text that is a whole sheet saved as delimited text, or a workbook's sheets one after another
    each under its mark (the plan's text on one, its appendix's table on the next, each sheet its own width), one
    after another; None for any other text."""
    marked = _SHEET_MARK.search(text) is not None
    parts = [part for part in _SHEET_MARK.split(text) if part.strip()] if marked else [text]
    sheets = [delimited_sheet(part, marked) for part in parts]
    if not any(sheets):
        return None
    # (a sheet too small to tell, a note of a few rows, keeps its lines)
    return "\n\n".join(sheet_text(sheet) if sheet else part.strip() for sheet, part in zip(sheets, parts))
