"""A comparison of two versions of a document (a draft against the text signed), read as the later version.

A document-management system prints its comparison as one merged view: each paragraph under the number it has in the
earlier version and the number it has in the later one, then a mark — " " for a paragraph both hold, "-" for one only
the earlier holds (deleted), "+" for one only the later holds (added). A unified diff (`@@ -3,7 +3,8 @@`) marks its
lines the same way in its first column. The document is the later version: the kept and added paragraphs, in order;
the deleted ones and the tool's own lines (its title, the two versions' names and dates, its statistics, its footer)
are not part of it. A line wrapped by the tool, with neither number nor mark, goes with the paragraph before it.
"""
from __future__ import annotations

import re
from collections import Counter

_BOTH_NUMBERS = re.compile(r"[ \t]*\d{1,6}[ \t]+\d{1,6}(?=[ \t])")  # a paragraph both versions hold
_NUMBERS_ONLY = re.compile(r"[ \t]*\d{0,6}[ \t]*\d{0,6}[ \t]*")
_HUNK = re.compile(r"^@@ -\d+(?:,\d+)? \+\d+(?:,\d+)? @@", re.M)
_MARKS = " +-"
_MIN_NUMBERED_SHARE = 0.6  # of the text's lines: the rest is the tool's own (title, legend, footer)
_MIN_NUMBERED_LINES = 5
_MIN_CONSISTENT_SHARE = 0.9
_NUMBER = re.compile(r"\d+")


def _mark_column(lines: list[str]) -> int | None:
    """Where a merged view puts its mark: one character after the second number of the lines both versions hold."""
    columns = Counter(found.end() + 1 for line in lines if (found := _BOTH_NUMBERS.match(line)))
    if not columns:
        return None
    column, count = columns.most_common(1)[0]
    return column if count >= _MIN_NUMBERED_LINES else None


def _marked(line: str, column: int) -> str | None:
    """The line's mark when it is a numbered line of the view (its numbers before the mark), else None."""
    if len(line) <= column or line[column] not in _MARKS or line[column + 1:column + 2] not in ("", " "):
        return None
    numbers = line[:column]
    if not any(char.isdigit() for char in numbers) or not _NUMBERS_ONLY.fullmatch(numbers):
        return None
    return line[column]


def looks_like_version_comparison(text: str) -> bool:
    if _HUNK.search(text):
        return True
    lines = [line for line in text.split("\n") if line.strip()]
    column = _mark_column(lines)
    if column is None:
        return False
    marked = [(mark, line) for line in lines if (mark := _marked(line, column)) is not None]
    consistent = sum(_numbers_fit(mark, line[:column]) for mark, line in marked)
    marks = {mark for mark, _ in marked}
    return len(marked) >= _MIN_NUMBERED_SHARE * len(lines) and consistent >= _MIN_CONSISTENT_SHARE * len(marked) \
        and bool(marks & {"+", "-"})


def _numbers_fit(mark: str, numbers: str) -> bool:
    """A kept paragraph has both numbers, a deleted or added one only its version's: a table's rows of two numbers
    before a dash ("1   2026   - Rà soát …") are no comparison."""
    return len(_NUMBER.findall(numbers)) == (2 if mark == " " else 1)


def _merged_view_later(lines: list[str], column: int) -> list[str]:
    later, keeping = [], False
    for line in lines:
        mark = _marked(line, column)
        if mark is not None:
            keeping = mark != "-"
            if keeping:
                later.append(line[column + 2:])
        elif keeping and line[:column + 2].strip() == "" and line.strip():
            later[-1] += " " + line.strip()  # (wrapped by the tool)
        else:
            keeping = False  # the tool's own line
    return later


def _unified_diff_later(lines: list[str]) -> list[str]:
    later, in_hunk = [], False
    for line in lines:
        if _HUNK.match(line):
            in_hunk = True
        elif not in_hunk or line[:1] in ("-", "\\"):
            continue  # a commit's message, a file's header; a deleted line, "\\ No newline at end of file"
        elif line[:1] in (" ", "+"):
            later.append(line[1:])
        elif line == "":
            later.append("")
        else:
            in_hunk = False  # the next file's header ("diff --git …"), or the text after the diff
    return later


def later_version(text: str) -> str:
    lines = text.split("\n")
    if _HUNK.search(text):
        return "\n".join(_unified_diff_later(lines)) + "\n"
    column = _mark_column([line for line in lines if line.strip()])
    return "\n".join(_merged_view_later(lines, column)) + "\n" if column is not None else text
