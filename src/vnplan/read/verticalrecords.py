"""A database client's answer copied from the terminal: one field a line (psql's expanded display `\\x`, `mysql -E` /
`\\G`, sqlite3's `.mode line`), each record a run of "name | value", "name: value" or "name = value" lines under a line
that numbers it ("-[ RECORD 1 ]----", "***** 1. row *****") or after a blank line; or a row a line (psql's aligned
output, the names over a rule). A query's records form a table; the numbering starting again, or the client's prompt,
begins the next.

The records are given to `records.records_page`, which lays the plan out from them.
"""
from __future__ import annotations

import re

from .records import Record

_PSQL_RECORD = re.compile(r"^-\[ RECORD (\d+) \]-*\+?-*$")
_MYSQL_RECORD = re.compile(r"^\*+ (\d+)\. row \*+$")
_PSQL_FIELD = re.compile(r"^(\S[^|]*?)\s*\| ?(.*)$")
_PSQL_MORE = re.compile(r"^\s*\| ?(.*)$")  # (a value's next line, under an empty name)
_MYSQL_FIELD = re.compile(r"^\s*([\w.$-]+): ?(.*)$")
_SQLITE_FIELD = re.compile(r"^\s*([\w.$-]+) = ?(.*)$")
_PROMPT = re.compile(r"^(?:\w+[=#-]*[>#]|sqlite>|mysql>|MariaDB \[[^\]]*\]>)\s")
_CLIENT_FOOTER = re.compile(r"^(?:\d+ rows? in set\b|Empty set\b|\(\d+ rows?\)$)")  # (what the client says after)
_WRAP_MARK = re.compile(r"\s+\+$")  # psql marks a value that goes on on the next line with a "+"
_LEAST_RECORDS = 2
_LEAST_FIELDS = 5  # lines "name = value" in the first ones, the first of them one: sqlite's line mode


def _records_of(lines: list[str], field: re.Pattern, numbered: re.Pattern | None) -> list[list[Record]]:
    tables: list[list[Record]] = []
    record: Record | None = None
    name = ""
    for line in lines:
        number = numbered.match(line) if numbered else None
        if number or (numbered is None and not line.strip()):
            if number and number.group(1) == "1" or not tables:
                tables.append([])
            record = {} if number else None
            if record is not None:
                tables[-1].append(record)
            continue
        if _PROMPT.match(line) or _CLIENT_FOOTER.match(line):
            record = None
            if tables and tables[-1]:
                tables.append([])
            continue
        more = _PSQL_MORE.match(line) if field is _PSQL_FIELD else None
        found = None if more else field.match(line)
        if record is None and found and numbered is None:  # (sqlite's line mode: a record after a blank line)
            record = {}
            if not tables:
                tables.append([])
            tables[-1].append(record)
        if record is None:
            continue
        if found and found.group(1) not in record:
            name = found.group(1)
            record[name] = _WRAP_MARK.sub("", found.group(2))
        elif name in record:  # a value's next line
            record[name] += "\n" + _WRAP_MARK.sub("", more.group(1) if more else line)
    return [table for table in tables if table]


_ALIGNED_RULE = re.compile(r"^-+(?:\+-+)*$")  # psql's aligned output: the rule under the column names
_ROW_COUNT = re.compile(r"^\(\d+ rows?\)$")


def _aligned_tables(lines: list[str]) -> list[list[Record]]:
    """psql's aligned output: "name | name" over a rule, then a row a line, the cells parted by "|"; a cell ending on
    "+" goes on (its value's next line) on the line after; "(N rows)" ends the table."""
    tables: list[list[Record]] = []
    for n, line in enumerate(lines):
        if not (_ALIGNED_RULE.match(line.strip()) and n):
            continue
        names = [name.strip() or f"column_{k + 1}" for k, name in enumerate(lines[n - 1].split("|"))]
        table: list[Record] = []
        going_on = False
        for row in lines[n + 1:]:
            if _ROW_COUNT.match(row.strip()) or _PROMPT.match(row):
                break
            cells = [cell.rstrip() for cell in row.split("|")] if len(names) > 1 else [row.rstrip()]
            if len(cells) != len(names):
                continue
            marks = [cell.endswith("+") for cell in cells]
            cells = [cell[:-1].rstrip() if mark else cell for cell, mark in zip(cells, marks)]
            if going_on and table:
                for name, cell in zip(names, cells):
                    table[-1][name] += "\n" + cell.strip()
            else:
                table.append({name: cell.strip() for name, cell in zip(names, cells)})
            going_on = any(marks)
        if table:
            tables.append(table)
    return tables


def vertical_tables(text: str) -> list[list[Record]] | None:
    """The tables of records a client printed one field a line, or None for a text that is not such an answer."""
    lines = text.splitlines()
    head = lines[:400]
    if any(_PSQL_RECORD.match(line) for line in head):
        tables = _records_of(lines, _PSQL_FIELD, _PSQL_RECORD)
    elif any(_MYSQL_RECORD.match(line) for line in head):
        tables = _records_of(lines, _MYSQL_FIELD, _MYSQL_RECORD)
    elif _SQLITE_FIELD.match(next((line for line in head if line.strip()), "")) \
            and sum(bool(_SQLITE_FIELD.match(line)) for line in head) >= _LEAST_FIELDS:
        tables = _records_of(lines, _SQLITE_FIELD, None)
    elif any(_ALIGNED_RULE.match(line.strip()) for line in head) and any(_ROW_COUNT.match(line.strip()) for line in lines):
        tables = _aligned_tables(lines)
    else:
        return None
    return tables if sum(map(len, tables)) >= _LEAST_RECORDS else None
