"""Documents as MongoDB's shell prints them (`printjson`, a `find()` in mongosh, copied from the terminal): JSON in the
shell's own dialect — keys without quotes, strings in single quotes and cut into pieces joined by "+", values wrapped
in their type (`ObjectId('…')`, `ISODate('…')`, `NumberLong(…)`). The text is turned into JSON and read as a JSON
answer is (`jsondoc.record_as_page`).
"""
from __future__ import annotations

import json
import re

_TYPE_WRAPPER = re.compile(r"\b(?:ObjectId|ISODate|NumberLong|NumberInt|NumberDecimal|Long|Int32|Double|Decimal128|UUID"
                           r"|Timestamp|BinData|new Date)\(\s*('(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|[-\d.eE+]*)"
                           r"[^()]*\)")
_TOKEN = re.compile(r"'((?:[^'\\]|\\.)*)'|\"((?:[^\"\\]|\\.)*)\"|([A-Za-z_$][\w$]*)|(\+)|(\s+)|(.)", re.S)
_SHELL_MARKS = re.compile(r"ObjectId\(|ISODate\(|^\s+[A-Za-z_$][\w$]*: ", re.M)
_LITERALS = {"true", "false", "null"}


def _json_string(quoted: str) -> str:
    return json.dumps(json.loads('"' + quoted.replace("\\'", "'").replace('"', '\\"').replace('\\\\"', '\\"') + '"'),
                      ensure_ascii=False)


def mongo_shell_value(text: str):
    """The value the shell printed, or None for a text that is not in its dialect (or not whole)."""
    if not _SHELL_MARKS.search(text[:4096]):
        return None
    text = _TYPE_WRAPPER.sub(lambda m: m.group(1) or "null", text)
    out: list[str] = []
    joining = False  # after a "+" between two strings
    for token in _TOKEN.finditer(text):
        single, double, word, plus, space, mark = token.groups()
        if single is not None or double is not None:
            try:
                string = _json_string(single) if single is not None else json.dumps(json.loads(f'"{double}"'),
                                                                                     ensure_ascii=False)
            except ValueError:
                return None
            while joining and out and out[-1] == " ":
                out.pop()
            if joining and out and out[-1].startswith('"'):
                out[-1] = out[-1][:-1] + string[1:]
            else:
                out.append(string)
            joining = False
        elif word is not None:
            is_key = text[token.end():token.end() + 40].lstrip().startswith(":")
            out.append(f'"{word}"' if is_key else word if word in _LITERALS else "null")
        elif plus:
            joining = True
        elif space is None:
            out.append(mark)
        elif out and out[-1] != " ":
            out.append(" ")  # (the documents one after another stay apart)
    return _values("".join(out))


def _values(source: str):
    """The one value, or the documents printed one after another (several `printjson` calls) as a list."""
    decoder = json.JSONDecoder()
    values, at = [], 0
    try:
        while at < len(source):
            if source[at].isspace():
                at += 1
                continue
            value, at = decoder.raw_decode(source, at)
            values.append(value)
    except ValueError:
        return None
    return values[0] if len(values) == 1 else values or None
