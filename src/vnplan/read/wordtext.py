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

_CELL_END = "\r\x07"
_MIN_CELLS = 4
# A row's number in its first cell: "1", "2.3", "II", "a".
_ROW_LABEL = re.compile(r"^(?:\d{1,3}(?:\.\d{1,2})*\.?|[IVXL]{1,6}\.?|[a-zđ][).]?)$")


def looks_like_word_object_text(text: str) -> bool:
    return text.count(_CELL_END) >= _MIN_CELLS and text.count("\n") <= text.count("\r") // 10


def _cell(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\r", " ").replace("\x0b", " ")).strip()


def _paragraphs(text: str) -> list[str]:
    return [line.rstrip() for line in text.replace("\x0b", "\n").split("\r")]


def _opens_a_row(part: str) -> bool:
    return _ROW_LABEL.match(part.strip()) is not None


def word_object_text_lines(text: str) -> list[str]:
    """The document's lines. An empty cell's mark is the same as a row's end: an empty part ends the row when the row
    has as many cells as the table's first one, or when a row number follows it (a group row of merged cells)."""
    text = text.replace("\x02", "").replace("\x0c", "\r")
    *parts, rest = text.split(_CELL_END)
    lines: list[str] = []
    row: list[str] | None = None  # the row being read; None outside a table
    width = 0  # the cells of the table's first row
    for k, part in enumerate(parts):
        if row and part == "" and (len(row) >= width or k + 1 < len(parts) and _opens_a_row(parts[k + 1])):
            lines.append("| " + " | ".join(row) + " |")
            width, row = width or len(row), []
            continue
        if not row and "\r" in part:  # paragraphs before a table (after another one): its first cell is the last
            before, part = part.rsplit("\r", 1)
            lines += _paragraphs(before)
            width = 0
        row = (row or []) + [_cell(part)]
    if row:
        lines.append("| " + " | ".join(row) + " |")
    return lines + _paragraphs(rest)


def read_word_object_text(text: str) -> RawText:
    return RawText("\n".join(word_object_text_lines(text)).strip(), "txt", wrapped=False)
