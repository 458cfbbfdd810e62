"""JSON Lines: one JSON value a line, as tools dump a document's paragraphs (a converter's `{"kind": "paragraph",
"num": "1.", "text": …}` and `{"kind": "cell", "table": 1, "row": 2, "col": 1, "text": …}` records) or a service
streams its records.

Records that each hold a paragraph's `text` are the document in order: a paragraph's automatic label (kept in a field
of its own, "num" or "label", as Word's list numbering is no part of the text) goes back before it; a record placed in a
table (its "table", "row" and "col") is a cell's paragraph, and a table's cells are written back as its rows
(`| 1 | … |`, a cell's paragraphs joined by `join_cell_paragraphs`). A table of fewer than three columns is the page's
layout (the header's two cells, the signature's), its cells written one after another. Other records are read as the
JSON list they make.
"""
from __future__ import annotations

import json

from ..tablerows import MIN_DATA_COLUMNS, join_cell_paragraphs, table_row
from . import RawText
from .jsondoc import record_as_page

_MIN_LINES = 2
_TEXT_SHARE = 0.8  # of the records: objects holding a paragraph's text
_LABEL_KEYS = ("num", "label", "numbering", "list_label")


def json_lines(text: str) -> list | None:
    """The values of a JSON Lines text, or None when a line is no JSON value (or there are too few)."""
    lines = [line for line in text.lstrip("\ufeff").splitlines() if line.strip()]
    if len(lines) < _MIN_LINES or not all(line.lstrip()[:1] in "{[" for line in lines[:_MIN_LINES]):
        return None  # (the test most texts fail, before any parsing)
    try:
        return [json.loads(line) for line in lines]
    except (ValueError, RecursionError):
        return None


def read_json_lines(values: list) -> RawText | None:
    records = [value for value in values if isinstance(value, dict)]
    paragraphs = [record for record in records if isinstance(record.get("text"), str)]
    page = _paragraphs_page(records) if records and len(paragraphs) >= _TEXT_SHARE * len(records) \
        else record_as_page(values)
    return RawText(page, "json", wrapped=False) if page else None


def _paragraphs_page(records: list[dict]) -> str:
    lines: list[str] = []
    cells: dict[tuple, list[str]] = {}  # (row, col) -> the cell's paragraphs, of the table being read
    table = None
    for record in records:
        if not isinstance(record.get("text"), str):
            continue
        place = _cell_place(record)
        if place is None or place[0] != table:
            lines += _table_lines(cells)
            cells, table = {}, place[0] if place else None
        if place is not None:
            cells.setdefault(place[1:], []).append(record["text"])
            continue
        label = next((str(record[key]).strip() for key in _LABEL_KEYS if record.get(key)), "")
        text = record["text"].strip()
        if text:
            lines.append(f"{label} {text}" if label else text)
    return "\n".join(lines + _table_lines(cells))


def _cell_place(record: dict) -> tuple | None:
    """(table, row, column) of a cell's record, None for a paragraph of the text."""
    if isinstance(record.get("row"), int) and isinstance(record.get("col"), int):
        return record.get("table"), record["row"], record["col"]
    return None


def _table_lines(cells: dict[tuple, list[str]]) -> list[str]:
    if not cells:
        return []
    rows = sorted({row for row, _ in cells})
    columns = sorted({column for _, column in cells})
    if len(columns) < MIN_DATA_COLUMNS:  # the page's layout: its cells one after another
        return [line.strip() for row in rows for column in columns for line in cells.get((row, column), ())
                if line.strip()]
    return [table_row(join_cell_paragraphs(cells.get((row, column), [])) for column in columns) for row in rows]
