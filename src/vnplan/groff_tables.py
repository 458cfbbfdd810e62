"""tbl's tables in groff source (`.TS` … `.TE`) as the `| a | b |` rows of the normalised text.

A table opens with an options line when its first line ends with ";" (`tab(@)` sets the character that parts the
entries), then its format: a row of keys for each row, rows parted by commas or lines, the last ending with "."; the
last row of the format applies to every data row after it, and `.T&` brings a new format mid-table. One key a column:
`l c r n a` an entry, `s` the entry to its left spanning this column too, `^` the entry above going on down, `_ =`
rules; letters after a key (`b`, `fCW`, `w(2i)` …) are its looks. An entry `T{` … `T}` is a text block of many lines.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from .tablerows import join_cell_lines, table_row

_TAB_OPTION = re.compile(r"\btab\s*\((.)\)", re.I)
_FORMAT_LINE = re.compile(r"[\slLcCrRnNaAsS^_=|bBiItTdDuUzZeExXfFpPvVwWmM0-9().,+\[\]-]*")  # (fullmatch)
# A key ("l", "^", "_"), or the looks after one, skipped: a font ("fB", "f(CW"), a width ("w(2.5i)"), a size …
_FORMAT_TOKEN = re.compile(r"[fF](?:\(..|\[[^\]]{0,20}\]|.[0-9BD-KMO-QT-Z]*)|[wW](?:\([^)]{0,20}\)|[\d.]+)"
                           r"|[pPvV][-+]?\d*|[mM]\([^)]{0,20}\)|([lcrnasLCRNAS^_=-])|.")
_RULES = frozenset("_=")
_RULE_ENTRIES = ("_", "=", "\\_", "\\=")  # (a tuple: a text block, a list, is none of them)


def table_rows(lines: list[str], read: Callable[[list[str]], list[str]]) -> list[str]:
    """The rows of a table given its lines after `.TS` (to `.TE`, not included); `read` gives the printed lines of some
    lines of source, an entry's or a text block's."""
    tab, i = "\t", 0
    while i < len(lines) and not lines[i].strip():
        i += 1
    if i < len(lines) and lines[i].rstrip().endswith(";"):
        option = _TAB_OPTION.search(lines[i])
        tab, i = (option[1] if option else tab), i + 1
    formats, i = _formats(lines, i)
    width = max(map(len, formats), default=1)
    rows: list[str] = []
    above: list[str] = []
    format_row = 0
    while i < len(lines):
        line = lines[i]
        i += 1
        if line[:1] == "." and not line[1:2].isdigit():  # a request between the rows (".5" is an entry)
            if line[1:].split(maxsplit=1)[:1] == ["T&"]:
                more, i = _formats(lines, i)
                if more:
                    formats, format_row, width = more, 0, max(width, *map(len, more))
            continue
        if line.strip() in _RULES:
            continue
        entries, i = _entries(lines, i, line, tab)
        while format_row < len(formats) - 1 and all(key in _RULES for key in formats[format_row]):
            format_row += 1  # a format row of rules alone takes no data line
        keys = formats[min(format_row, len(formats) - 1)] if formats else []
        format_row += 1
        cells, above = _cells(keys + ["l"] * (width - len(keys)), entries, above, read)
        if any(cells):
            rows.append(table_row(cells))
    return rows


def _cells(keys: list[str], entries: list[str | list[str]], above: list[str],
           read: Callable[[list[str]], list[str]]) -> tuple[list[str], list[str]]:
    """A row's cells, and its words column by column (a spanned column's those of the cell it is part of), for a `^`
    in the row below."""
    cells: list[str] = []
    words: list[str] = []
    for column, key in enumerate(keys):
        entry = entries[column] if column < len(entries) else ""
        if key == "s":
            words.append(words[-1] if words else "")
            continue
        if key == "^" or entry == "\\^":
            text = above[column] if column < len(above) else ""
        elif key in _RULES or entry in _RULE_ENTRIES:
            text = ""
        else:  # ("\&": an entry opening with a dot is words)
            printed = read(entry if isinstance(entry, list) else ["\\&" + entry])
            text = " ".join(join_cell_lines(printed).split()).replace("|", "/")
        cells.append(text)
        words.append(text)
    return cells, words


def _formats(lines: list[str], i: int) -> tuple[list[list[str]], int]:
    """The rows of keys of the format that opens at line `i`, and the line after it."""
    formats: list[list[str]] = []
    while i < len(lines):
        line = lines[i].strip()
        if line and not _FORMAT_LINE.fullmatch(line):
            break  # no format: the data begin (a broken table)
        i += 1
        for piece in line.rstrip(".").split(","):
            keys = [("_" if found[1] == "-" else found[1].lower()) for found in _FORMAT_TOKEN.finditer(piece)
                    if found[1]]
            if keys:
                formats.append(keys)
        if line.endswith("."):
            break
    return formats, i


def _entries(lines: list[str], i: int, line: str, tab: str) -> tuple[list[str | list[str]], int]:
    """A data line's entries, a text block (`T{` … `T}`) as its lines, and the line after the row."""
    entries: list[str | list[str]] = []
    while True:
        *before, last = line.split(tab)
        if not last.startswith("T{"):
            return entries + before + [last], i
        entries += before
        block = [last[2:]] if last[2:].strip() else []
        rest = None
        while i < len(lines):
            i += 1
            if lines[i - 1].startswith("T}"):
                rest = lines[i - 1][2:]
                break
            block.append(lines[i - 1])
        entries.append(block)
        if rest is None or not rest.startswith(tab):
            return entries, i
        line = rest[len(tab):]


