"""The text Word's object model gives for a document (`Document.Content.Text`, written to a file by a macro or a script).

A carriage return ends each paragraph, CR + BEL (U+0007) each table cell and one more CR + BEL each row; a vertical tab
(U+000B) is a line break inside a paragraph, a form feed a page break, U+0002 a footnote's reference mark. The reader
writes paragraphs one per line and each row as a `|` row, as the DOCX reader does: a cell's paragraphs and line breaks
joined by spaces. A table follows a paragraph (Word always keeps one between two tables), so its first cell is the last
paragraph before the first cell mark.
"""
from __future__ import annotations

import re

from . import RawText
from ..tablerows import table_row

_CELL_END = "\r\x07"
_MIN_CELLS = 4
# A row's number in its first cell: "1", "2.3", "II", "a".
_ROW_LABEL = re.compile(r"^(?:\d{1,3}(?:\.\d{1,2})*\.?|[IVXL]{1,6}\.?|[A-ZĐa-zđ][).]?)$")
_WORK_WORDS = 3  # words, at least, of a row's work after its number


def looks_like_word_object_text(text: str) -> bool:
    return text.count(_CELL_END) >= _MIN_CELLS and text.count("\n") <= text.count("\r") // 10


def _cell(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\r", " ").replace("\x0b", " ")).strip()


def _paragraphs(text: str) -> list[str]:
    return [line.rstrip() for line in text.replace("\x0b", "\n").split("\r")]


def _opens_a_row(parts: list[str], k: int) -> bool:
    """Whether parts[k] opens a row: a row's number followed by its work (a few words), not a mark ("x") in a
    matrix's next column."""
    return k + 1 < len(parts) and _ROW_LABEL.match(parts[k].strip()) is not None \
        and len(parts[k + 1].split()) >= _WORK_WORDS


def _ends_the_first_row(parts: list[str], k: int, cells: int) -> bool:
    """Whether the empty part k ends a table's first row of `cells` cells (no width known yet): the next row, as wide,
    ends where its mark would stand, a row opens after it, or a paragraph follows (the table was one row)."""
    end = k + 1 + cells
    return end >= len(parts) or parts[end] == "" or _opens_a_row(parts, k + 1) or "\r" in parts[k + 1]


def _row_line(row: list[str]) -> str:
    return table_row(row)


def word_object_text_lines(text: str) -> list[str]:
    """The document's lines. An empty cell's mark is the same as a row's end: an empty part ends the row when the row
    has as many cells as the table's first one, or when a row opens after it (a group row of merged cells); the first
    row ends where a row as wide after it would end too."""
    text = text.replace("\x02", "").replace("\x0c", "\r")
    *parts, rest = text.split(_CELL_END)
    lines: list[str] = []
    rows: list[list[str]] = []  # the table being read
    row: list[str] | None = None  # the row being read; None outside a table

    def table_done() -> None:
        lines.extend(map(_row_line, rows))
        rows.clear()

    for k, part in enumerate(parts):
        if row and part == "" and (_ends_the_first_row(parts, k, len(row)) if not rows else
                                   len(row) >= len(rows[0]) or _opens_a_row(parts, k + 1)):
            rows.append(row)
            row = []
            continue
        if not row and "\r" in part:
            # paragraphs before a table (after another one, which Word always parts from it by one at least): its first
            # cell is the last of them
            before, part = part.rsplit("\r", 1)
            table_done()
            lines += _paragraphs(before)
        row = row or []
        row.append(_cell(part))
    if row:
        rows.append(row)
    table_done()
    return lines + _paragraphs(rest)


def read_word_object_text(text: str) -> RawText:
    return RawText("\n".join(word_object_text_lines(text)).strip(), "txt", wrapped=False)
