"""Pages set in two columns of text, as a PDF's text layer laid out (`pdftotext -layout`) gives them: each line holds
a line of the left column, a gap, then a line of the right one, so the text read line by line runs across both. Read
apart, each run of such lines gives its left column whole, then its right one.

A line that crosses the gap (a title over both columns, a page's number in the middle) closes a run: the columns of
one page, or of the part of it below a title, are read before what follows. A table's columns are not a page's: a
page's columns hold lines of prose on both sides of the gap, each long, where a table's lead or time column is short,
its cells stand apart within a half, or a header over it names its columns.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from .lexicon import field_role, is_column_head

# The gap between the columns: four spaces or more, after text that starts the left column's line
_GAP_WIDTH = 4
_GAP = re.compile(r"\S( {%d,})(?=\S)" % _GAP_WIDTH)
_LEAST_PAGE_INDENT = 30  # characters: the right column starts this far in at the least
_LEAST_PAIRED_LINES = 6  # lines of a run holding text in both columns
_COLUMN_WIDTH = 40  # characters a column's long lines hold: lines of prose, not a table's cells
# A gap inside a half, or between a header's cells: a table's next cell (a page's column holds words a space apart)
_CELL_GAP = re.compile(r" {3,}")
_GAPPED_SHARE = 0.2
_COLUMN_NAME = 30  # characters, at most, of a table header's cell


def looks_like_two_columns(text: str) -> bool:
    """A cheap test: enough lines holding a wide gap far in, as two columns side by side give."""
    return sum(1 for _ in _far_gaps(text)) >= _LEAST_PAIRED_LINES


def _far_gaps(text: str) -> Iterator[int]:
    """Where the text after each long line's first wide gap far in starts."""
    for line in text.split("\n"):
        if len(line) > 2 * _COLUMN_WIDTH:
            # (the gap, and the character it follows, stand before the text it opens)
            gap = _GAP.search(line, _LEAST_PAGE_INDENT - _GAP_WIDTH - 1)
            if gap and gap.end() >= _LEAST_PAGE_INDENT:
                yield gap.end()


def columns_read_apart(lines: list[str]) -> list[str]:
    """The lines with each run of two columns read column after column; any other line as it is."""
    edge = _right_edge(lines)
    if edge is None:
        return lines
    out: list[str] = []
    run: list[tuple[str, str, str]] = []
    under_a_header = False  # (the run stands under a table's header, its cells set apart by gaps of their own)
    for line in lines:
        halves = _halves(line, edge)
        if halves is None:  # (a line across the gap: the run so far is read, then the line)
            out += _read(run, under_a_header)
            run = []
            out.append(line)
            under_a_header = _names_columns(line)
        else:
            run.append((line, *halves))
    return out + _read(run, under_a_header)


def _right_edge(lines: list[str]) -> int | None:
    """Where the right column's lines start: the most common start of the text after a wide gap, far in."""
    starts: dict[int, int] = {}
    for start in _far_gaps("\n".join(lines)):
        starts[start] = starts.get(start, 0) + 1
    if not starts:
        return None
    # (the column's lines start at its edge, but for a paragraph's first line, indented further in)
    return max(starts, key=lambda start: (starts[start], -start))


def _halves(line: str, edge: int) -> tuple[str, str] | None:
    """The line's left and right column, or None for a line across the gap between them."""
    if len(line) <= edge - 2 or not line[edge - 2:].strip():
        return line.rstrip(), ""
    if not line[:edge - 1].strip():  # (the right column's line alone, from its edge, or just before it)
        right = line[edge:] if not line[edge - 1].strip() else line.strip()
        return "", right.rstrip()
    if line[edge - 2] != " " or line[edge - 1] != " ":
        return None
    gap = line.rfind("   ", 0, edge)
    if gap < 0 or line[gap:edge].strip():
        return None
    return line[:gap].rstrip(), line[edge:].rstrip()


def _long_lines(halves: Iterable[str]) -> int:
    """How long a column's long lines are (its upper quartile): its headings may be short, its prose is not."""
    lengths = sorted(len(half.strip()) for half in halves)
    return lengths[len(lengths) * 3 // 4]


def _names_a_column(half: str) -> bool:
    """A table header's cell ("Nội dung nhiệm vụ", "Đơn vị thực hiện"): short, naming what a column holds."""
    return len(half) <= _COLUMN_NAME and (is_column_head(half) or field_role(half) != "other")


def _names_columns(line: str) -> bool:
    """A table's header: cells apart, each naming a column ("Nội dung nhiệm vụ      Đơn vị thực hiện")."""
    cells = _CELL_GAP.split(line.strip())
    return len(cells) >= 2 and all(map(_names_a_column, cells))



def _read(run: list[tuple[str, str, str]], under_a_header: bool = False) -> list[str]:
    """A run of lines: its left column, then its right one, where both hold lines of prose; else the lines as they
    are (a table: columns of short cells, cells apart within a half, or a header naming its columns)."""
    paired = [(left.strip(), right.strip()) for _, left, right in run if left.strip() and right.strip()]
    if under_a_header or len(paired) < _LEAST_PAIRED_LINES or _long_lines(left for left, _ in paired) < _COLUMN_WIDTH \
            or _long_lines(right for _, right in paired) < _COLUMN_WIDTH \
            or sum(bool(_CELL_GAP.search(left) or _CELL_GAP.search(right)) for left, right in paired) \
            > _GAPPED_SHARE * len(paired) \
            or any(_names_a_column(left) and _names_a_column(right) for left, right in paired):
        return [line for line, _, _ in run]
    return [left for _, left, _ in run] + [""] + [right for _, _, right in run]
