"""AsciiDoc, as a converter writes a Word document (pandoc's `-t asciidoc`), read as the plain lines other copies give.

Headings lose their "=" marks, ". " items (Word's automatic numbers, which the converter drops) are counted again
per list in the style its attribute line names ("[loweralpha]", "start=4"), "*" bullets become dashes, whole-line
emphasis and the "{empty}" a converter puts before a typed label go. A table between "|===" lines holds its cells
after "|" marks (a span before the mark: "2+|" two columns, ".2+|" two rows), a row as many cells as the table has
columns, a cell's line breaks written " +": it is written one cell per line between "|" lines, two bars ending a row —
the flattened form `normalise.rebuild_tables` rebuilds, which keeps a layout table (header, signature) cell after
cell and writes a data table one row per line.
"""
from __future__ import annotations

import re

_TABLE_FENCE = "|==="
_HEADING = re.compile(r"^={1,6}[ \t]+(\S.*)$")
# "[cols=",",]", "[width="100%",cols="5%,45%",options="header",]", "[loweralpha]", "[arabic,start=4]" (ASCII only:
# "[Đã ký]" is text)
_ATTRIBUTES = re.compile(r'^\[[A-Za-z][\w ="%,.*<>^-]*\]$', re.ASCII)
_COLUMNS = re.compile(r'cols="([^"]*)"')
_START = re.compile(r"start=(\d+)")
_LIST_STYLES = ("loweralpha", "upperalpha", "lowerroman", "upperroman", "arabic")
_ORDERED = re.compile(r"^(\.{1,3})[ \t]+(\S.*)$")
_BULLET = re.compile(r"^(\*{1,3})[ \t]+(\S.*)$")
# A cell's mark, its span before it: "|", "2+|" (columns), ".2+|" (rows), "2.3+|", with a width, alignment or style.
_CELL_MARK = re.compile(r"(?:^|(?<=\s))(?:(\d+)?(?:\.(\d+))?\+)?(?:\d+\*)?[<^>]?(?:\.[<^>])?[adehlmsv]?\|")
_LINE_BREAK = re.compile(r"\s\+$")
_WHOLE_EMPHASIS = re.compile(r"^([*_]{1,2})(\S(?:.*\S)?)\1$")
_REFERENCES = {"{empty}": "", "{blank}": "", "{nbsp}": " ", "{sp}": " ", "{plus}": "+", "{vbar}": "|", "{amp}": "&",
               "{lt}": "<", "{gt}": ">"}
_REFERENCE = re.compile("|".join(map(re.escape, _REFERENCES)))
_SUB_LABELS = "abcdefghiklmnopqrstuvxy"  # Vietnamese lettered points: no j, w, z
_ROMANS = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii")


def looks_like_asciidoc(text: str) -> bool:
    fences = re.findall(r"(?m)^\|===[ \t]*$", text)
    return len(fences) >= 2 or len(re.findall(r"(?m)^==[ \t]+\S", text)) >= 2 or "\n{empty}" in text


def _unemphasised(line: str) -> str:
    while (whole := _WHOLE_EMPHASIS.match(line)) is not None:
        line = whole.group(2)
    return line


def _cells(block: list[str]) -> list[tuple[list[str], int, int]]:
    """(lines, columns spanned, rows spanned) of each cell, in order."""
    cells: list[tuple[list[str], int, int]] = []
    for line in block:
        marks = list(_CELL_MARK.finditer(line))
        before = line[:marks[0].start()] if marks else line
        if before.strip():  # a line going on with the cell before (or text before the first mark: a cell of its own)
            if cells:
                cells[-1][0].append(before)
            else:
                cells.append(([before], 1, 1))
        for mark, following in zip(marks, [*marks[1:], None]):
            text = line[mark.end():following.start() if following else len(line)]
            cells.append(([text], int(mark.group(1) or 1), int(mark.group(2) or 1)))
    return cells


def _cell_lines(lines: list[str]) -> list[str]:
    joined = " ".join(_LINE_BREAK.sub("\n", line.rstrip()) for line in lines)
    return [part for part in (_unemphasised(piece.strip()) for piece in joined.split("\n")) if part]


def _table_lines(block: list[str], columns: int | None) -> list[str]:
    cells = _cells(block)
    width = columns or (sum(span for _, span, _ in _cells(block[:1])) if block else 0) or 1
    rows: list[list[list[str] | None]] = []  # None: a place a cell to its left spans
    pending: dict[int, tuple[list[str] | None, int]] = {}  # column -> (a cell spanning rows, rows it still holds)
    row: list[list[str] | None] = []

    def carry() -> None:  # the cells of rows above spanning down into this row's places; a full row is closed
        nonlocal row
        while True:
            while len(row) < width and len(row) in pending:
                text, left = pending.pop(len(row))
                row.append(text)
                if left > 1:
                    pending[len(row) - 1] = (text, left - 1)
            if len(row) < width:
                return
            rows.append(row)
            row = []

    for lines, span, down in cells:
        carry()
        text = _cell_lines(lines)
        for covered in range(min(span, width - len(row))):
            # (a cell across columns written once, as a Word table gives it; below, it is its first column's)
            if down > 1:
                pending[len(row)] = (None if covered else text, down - 1)
            row.append(None if covered else text)
        carry()
    if row:
        rows.append(row)
    out = ["|"]
    for cells_of_row in rows:
        for text in cells_of_row:
            out += [*(text or [""]), "|"] if text is not None else []
        out.append("|")
    return out + [""]


def _label(count: int, depth: int, style: str | None) -> str:
    if style in ("loweralpha", "upperalpha") or (style is None and depth == 2):
        letter = _SUB_LABELS[(count - 1) % len(_SUB_LABELS)]
        return f"{letter.upper() if style == 'upperalpha' else letter})"
    if style in ("lowerroman", "upperroman") and count <= len(_ROMANS):
        return f"({_ROMANS[count - 1]})" if style == "lowerroman" else f"{_ROMANS[count - 1].upper()}."
    return f"{count}." if depth == 1 or style == "arabic" else f"({count})"


def asciidoc_as_text(text: str) -> str:
    lines = [_REFERENCE.sub(lambda ref: _REFERENCES[ref.group(0)], line) if "{" in line else line
             for line in text.split("\n")]
    out: list[str] = []
    counters: list[int] = []  # the open list's count at each depth
    columns: int | None = None
    style: str | None = None  # the next list's numbering, from its attribute line
    i = 0
    while i < len(lines):
        line = lines[i].rstrip()
        fence_end = next((j for j in range(i + 1, len(lines)) if lines[j].rstrip() == _TABLE_FENCE), None) \
            if line == _TABLE_FENCE else None
        if fence_end is not None:
            out += _table_lines([row for row in lines[i + 1:fence_end] if row.strip()], columns)
            columns, counters, i = None, [], fence_end + 1
            continue
        if _ATTRIBUTES.match(line):
            widths = _COLUMNS.search(line)
            columns = len(widths.group(1).split(",")) if widths else columns
            style = next((name for name in _LIST_STYLES if name in line), style)
            if start := _START.search(line):
                counters = [int(start.group(1)) - 1]
            i += 1
            continue
        heading, ordered, bullet = _HEADING.match(line), _ORDERED.match(line), _BULLET.match(line)
        if ordered:
            depth = len(ordered.group(1))
            counters = counters[:depth] + [0] * (depth - len(counters))
            counters[depth - 1] += 1
            out.append(f"{_label(counters[depth - 1], depth, style if depth == 1 else None)} "
                       f"{_unemphasised(ordered.group(2))}")
        else:
            if line.strip() and not bullet and line != "+" and not (lines[i - 1].strip() if i else ""):
                counters, style = [], None  # a paragraph of its own ends the list: the next one counts from its start
            if heading:
                out.append(_unemphasised(heading.group(1)))
            elif bullet:
                out.append(("- " if len(bullet.group(1)) == 1 else "+ ") + _unemphasised(bullet.group(2)))
            else:
                out.append(_unemphasised(_LINE_BREAK.sub("", line)))
        i += 1
    return "\n".join(out)
