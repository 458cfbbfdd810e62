"""A document kept as grids of cells — a spreadsheet's values as a service answers them (Google Sheets' `values`: rows,
each a list of cells), one grid a sheet — laid out as the page.

A row of one cell is a line of the text; the rows of several cells between two empty rows are a table, written back as
its rows (`| … | … |`): from a row of three cells or more (its header) on, a shorter row (a group's title "I", "Bảo vệ
…") takes the empty cells the header has beyond it, until a closing part's heading ("IV. TỔ CHỨC THỰC HIỆN") or the
signature ends the table; rows that fill two columns alone, whatever empty cells lie between them, are the page's
layout (the header's two cells, the recipients beside the signature), read as the HTML reader reads such a table. A
cell's lines, broken by hand, are its paragraphs (`join_cell_paragraphs`).
"""
from __future__ import annotations

from ..tablerows import CLOSING_PART_WORDS, ENDS_TABLE, MIN_DATA_COLUMNS, join_cell_paragraphs, table_row

_GRID_SHARE = 0.8  # of the record's words: a record that is its grids


def _is_grid(value) -> bool:
    return isinstance(value, list) and len(value) >= 2 and all(
        isinstance(row, list) and all(cell is None or isinstance(cell, (str, int, float)) for cell in row)
        for row in value) and any(any(isinstance(cell, str) and cell.strip() for cell in row) for row in value)


def _grids(value, found: list) -> int:
    """The grids inside a value, in order, into `found`; the length of all the value's strings."""
    if isinstance(value, str):
        return len(value)
    if _is_grid(value):
        found.append(value)
        return sum(len(cell) for row in value for cell in row if isinstance(cell, str))
    items = value.values() if isinstance(value, dict) else value if isinstance(value, list) else ()
    return sum(_grids(item, found) for item in items)


def grid_page(record) -> str | None:
    """The page a record of grids holds, None for a record that is not mostly grids."""
    grids: list = []
    total = _grids(record, grids)
    in_grids = sum(len(cell) for grid in grids for row in grid for cell in row if isinstance(cell, str))
    if not grids or in_grids < _GRID_SHARE * total:
        return None
    return "\n\n".join(filter(None, ("\n".join(_grid_lines(grid)) for grid in grids)))


def _grid_lines(grid: list) -> list[str]:
    lines: list[str] = []
    for run in _runs(grid):
        width = 0  # the header's cells, from a table's header on
        columns = sorted({index for cells in run for index, cell in enumerate(cells) if cell})
        paired = len(columns) == 2  # a two-column layout, whatever empty cells a sheet keeps between its columns
        # (a page's text typed down the first column, the second holding only the header's and the signature's
        # right-hand cells: most rows are the text's lines, not a table's; those between two-cell rows a few rows
        # apart are the left column of the header's or the signature's block)
        text_down_the_first = paired and 2 * sum(len(cells) == 1 for cells in run) > len(run)
        beside = _rows_beside_a_second_column(run) if text_down_the_first else set()
        for k, cells in enumerate(run):
            filled = [cell for cell in cells if cell]
            if text_down_the_first and len(cells) == 1 and k not in beside:
                lines.append(cells[0])
            elif paired:  # (a column under a longer one's rows stays in its column)
                lines.append(table_row(cells[column] if column < len(cells) else "" for column in columns))
            elif width and len(filled) == 1 and (ENDS_TABLE.match(filled[0])
                                                  or any(word in filled[0] for word in CLOSING_PART_WORDS)):
                width = 0  # (a closing part's heading in the sheet's first cell, the table's rows above it)
                lines.append(filled[0])
            elif len(cells) >= MIN_DATA_COLUMNS or width:
                width = max(width, len(cells))
                lines.append(table_row(cells + [""] * (width - len(cells))))
            else:
                # (a field's name and its value, "Số, ký hiệu văn bản:" beside "27/KH-UBND": the line's cells apart)
                lines.append("\t".join(cells))
        lines.append("")
    return lines[:-1]


_BLOCK_GAP = 3  # rows of the left column alone, at most, inside a block of two columns
_RECIPIENTS_GAP = 15  # … or under the recipients' heading, beside the signature: the list of recipients


def _rows_beside_a_second_column(run: list[list[str]]) -> set[int]:
    """The rows from a row with two cells to the next one with two, where they are at most a few rows apart (or the
    first is the recipients' heading, "Nơi nhận:", the second the signer's name)."""
    paired = [k for k, cells in enumerate(run) if len(cells) > 1]
    recipients = {k for k in paired if run[k][0].lstrip(" *").startswith("Nơi nhận")}
    return set(paired) | {k for a, b in zip(paired, paired[1:])
                          if b - a <= (_RECIPIENTS_GAP if recipients.intersection(range(a - _BLOCK_GAP, a + 1))
                                       else _BLOCK_GAP) + 1 for k in range(a, b + 1)}


def _runs(grid: list) -> list[list[list[str]]]:
    """The grid's rows between empty rows, each row's cells as text (its empty cells at the end dropped)."""
    runs: list[list[list[str]]] = [[]]
    for row in grid:
        cells = [join_cell_paragraphs(str(cell).split("\n")) if cell is not None else "" for cell in row]
        while cells and not cells[-1]:
            cells.pop()
        if cells:
            runs[-1].append(cells)
        elif runs[-1]:
            runs.append([])
    return [run for run in runs if run]
