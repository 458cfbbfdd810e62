"""A database client's answer printed one field a line (psql's expanded display `\\x`, `mysql -E` / `\\G`, sqlite3's
`.mode line`), copied from the terminal: each record a run of "name | value", "name: value" or "name = value" lines
under a line that numbers it ("-[ RECORD 1 ]----", "***** 1. row *****") or after a blank line. A query's records
form a table; the numbering starting again, or the client's prompt, begins the next.

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
    else:
        return None
    return tables if sum(map(len, tables)) >= _LEAST_RECORDS else None
