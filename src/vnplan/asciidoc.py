"""AsciiDoc, as a converter writes a Word document (pandoc's `-t asciidoc`), read as the plain lines other copies give.

Headings lose their "=" marks, ". " items (Word's automatic numbers, which the converter drops) are counted again
per list, "*" bullets become dashes, whole-line emphasis goes. A table between "|===" lines holds its cells after
"|" marks, a row as many cells as the table has columns, a cell's line breaks written " +": it is written one cell
per line between "|" lines, two bars ending a row — the flattened form `normalise.rebuild_tables` rebuilds, which
keeps a layout table (header, signature) cell after cell and writes a data table one row per line.
"""
from __future__ import annotations

import re

_TABLE_FENCE = "|==="
_HEADING = re.compile(r"^={1,6}\s+(\S.*)$")
_ATTRIBUTES = re.compile(r"^\[[^\]]*\]$")  # "[cols=",",]", "[width="100%",cols="5%,45%",options="header",]"
_COLUMNS = re.compile(r'cols="([^"]*)"')
_ORDERED = re.compile(r"^(\.{1,3})\s+(\S.*)$")
_BULLET = re.compile(r"^(\*{1,3})\s+(\S.*)$")
_CELL_MARK = re.compile(r"(?:^|(?<=\s))\|")
_LINE_BREAK = re.compile(r"\s\+$")
_WHOLE_EMPHASIS = re.compile(r"^([*_]{1,2})(\S(?:.*\S)?)\1$")
_SUB_LABELS = "abcdefghiklmnopqrstuvxy"  # Vietnamese lettered points: no j, w, z


def looks_like_asciidoc(text: str) -> bool:
    return f"\n{_TABLE_FENCE}\n" in f"\n{text}\n" or len(re.findall(r"(?m)^==\s+\S", text)) >= 2


def _unemphasised(line: str) -> str:
    while (whole := _WHOLE_EMPHASIS.match(line)) is not None:
        line = whole.group(2)
    return line


def _table_lines(block: list[str], columns: int | None) -> list[str]:
    cells: list[list[str]] = []
    for line in block:
        pieces = _CELL_MARK.split(line)
        if pieces[0].strip() and cells:  # a line going on with the cell before
            cells[-1].append(pieces[0])
        cells += [[piece] for piece in pieces[1:]]
    texts = [[_unemphasised(part.strip()) for part in " ".join(
        _LINE_BREAK.sub("\n", line.rstrip()) for line in cell).split("\n")] for cell in cells]
    texts = [[part for part in cell if part] for cell in texts]
    first_row = len(_CELL_MARK.split(block[0])) - 1 if block else 0
    width = columns or first_row or 1
    out = ["|"]
    for start in range(0, len(texts), width):
        for cell in texts[start:start + width]:
            out += [*(cell or [""]), "|"]
        out.append("|")
    return out + [""]


def asciidoc_as_text(text: str) -> str:
    lines = text.split("\n")
    out: list[str] = []
    counters: list[int] = []  # the open list's count at each depth
    columns: int | None = None
    i = 0
    while i < len(lines):
        line = lines[i].rstrip()
        if line == _TABLE_FENCE:
            end = next((j for j in range(i + 1, len(lines)) if lines[j].rstrip() == _TABLE_FENCE), len(lines))
            out += _table_lines([row for row in lines[i + 1:end] if row.strip()], columns)
            columns, counters, i = None, [], end + 1
            continue
        if _ATTRIBUTES.match(line):
            widths = _COLUMNS.search(line)
            columns = len(widths.group(1).split(",")) if widths else None
            i += 1
            continue
        heading, ordered, bullet = _HEADING.match(line), _ORDERED.match(line), _BULLET.match(line)
        if heading:
            out.append(_unemphasised(heading.group(1)))
            counters = []
        elif ordered:
            depth = len(ordered.group(1))
            counters = counters[:depth] + [0] * (depth - len(counters))
            counters[depth - 1] += 1
            count = counters[depth - 1]
            label = f"{count}." if depth == 1 else f"{_SUB_LABELS[(count - 1) % len(_SUB_LABELS)]})" if depth == 2 \
                else f"({count})"
            out.append(f"{label} {_unemphasised(ordered.group(2))}")
        elif bullet:
            out.append(("- " if len(bullet.group(1)) == 1 else "+ ") + _unemphasised(bullet.group(2)))
        else:
            out.append(_unemphasised(_LINE_BREAK.sub("", line)))
        i += 1
    return "\n".join(out)
