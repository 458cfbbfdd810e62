"""BBCode, as a forum post carries a document pasted into it, read as the plain lines other copies give.

A post quoting the document ("[QUOTE] … [/QUOTE]") around the poster's own words is read as its quote when the quote
holds most of the post. Lists become the marks paper shows ("[LIST]" dashes, "[LIST=1]" numbers, "[LIST=a]" letters),
a table's rows `|` rows, a link its words; an attachment, an image and the markup of emphasis, size, colour and
alignment go.
"""
from __future__ import annotations

import re

# A tag: "[B]", "[/SIZE]", "[SIZE=4]", "[URL='…']", "[COLOR=rgb(128, 128, 128)]", "[*]".
_TAG = re.compile(r"\[(/?)(b|i|u|s|size|color|font|left|center|right|justify|indent|quote|list|\*|table|tr|td|th|url"
                  r"|email|img|attach|media|spoiler|code|heading|h[1-6]|sub|sup)(?:=[^\]\n]*)?\]", re.I)
_DROPPED = re.compile(r"\[(img|attach|media)\b[^\]]*\].*?\[/\1\]", re.I | re.S)
_QUOTE = re.compile(r"\[quote(?:=[^\]]*)?\](.*?)\[/quote\]", re.I | re.S)
_TABLE = re.compile(r"\[table\b[^\]]*\](.*?)\[/table\]", re.I | re.S)
_ROW = re.compile(r"\[tr\](.*?)\[/tr\]", re.I | re.S)
_CELL = re.compile(r"\[t[dh](?:=[^\]]*)?\](.*?)\[/t[dh]\]", re.I | re.S)
# An innermost list: no other one opens inside it.
_LIST = re.compile(r"\[list(?:=([^\]]*))?\]((?:(?!\[list\b).)*?)\[/list\]", re.I | re.S)
_LETTERS = "abcdeghiklmnopqrstuvxy"
_ITEM = re.compile(r"\[\*\]")
_MIN_TAGS = 6
_QUOTE_SHARE = 0.6  # a quote holding this share of the post is the document; the rest is the poster's


def looks_like_bbcode(text: str) -> bool:
    closing = re.findall(r"\[/(?:b|i|u|size|color|quote|list|table|tr|td|url|center|left)\]", text[:50000], re.I)
    return len(closing) >= _MIN_TAGS


def _untagged(text: str) -> str:
    return _TAG.sub("", text)


def _table(found: re.Match) -> str:
    rows = [[re.sub(r"\s+", " ", _untagged(cell)).strip() for cell in _CELL.findall(row)] for row in _ROW.findall(found[1])]
    return "\n".join("| " + " | ".join(cells) + " |" for cells in rows if cells)


def _mark(style: str | None, count: int) -> str:
    """A list's mark on paper: a dash, "1.", or a Vietnamese letter "a)" (no f, j, w, z)."""
    style = (style or "").strip("'\" ").lower()
    if style == "a":
        return _LETTERS[count % len(_LETTERS)] + ")"
    return f"{count + 1}." if style else "-"


def _list(found: re.Match) -> str:
    items = [item.strip() for item in _ITEM.split(found[2])[1:]]
    return "\n".join(f"{_mark(found[1], k)} {item}" for k, item in enumerate(items) if item)


def bbcode_as_text(text: str) -> str:
    text = _DROPPED.sub("", text)
    quotes = _QUOTE.findall(text)
    longest = max(quotes, key=len, default="")
    if len(longest) >= _QUOTE_SHARE * len(text):
        text = longest
    text = _TABLE.sub(_table, text)
    replaced = 1
    while replaced:  # the innermost lists first: an outer one's items then hold them whole
        text, replaced = _LIST.subn(_list, text)
    # (a line of tags alone, "[LIST]" or "[/QUOTE]", leaves no blank line where the text had none)
    lines = [_untagged(line).rstrip() for line in text.split("\n") if not line.strip() or _untagged(line).strip()]
    return "\n".join(lines).strip() + "\n"
