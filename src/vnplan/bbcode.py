"""BBCode, as a forum post carries a document pasted into it, read as the plain lines other copies give.

A post quoting the document ("[QUOTE] … [/QUOTE]") around the poster's own words is read as its quote when the quote
holds most of the post. Lists become the marks paper shows ("[LIST]" dashes, "[LIST=1]" numbers, "[LIST=a]" letters),
a table's rows `|` rows, a link its words; an attachment, an image and the markup of emphasis, size, colour and
alignment go.
"""
from __future__ import annotations

import re

from .lexicon import point_letter
from .tablerows import table_row

# A tag: "[B]", "[/SIZE]", "[SIZE=4]", "[URL='…']", "[COLOR=rgb(128, 128, 128)]", "[*]".
_TAG = re.compile(r"\[(/?)(b|i|u|s|size|color|font|left|center|right|justify|indent|quote|list|\*|table|tr|td|th|url"
                  r"|email|img|attach|media|spoiler|code|heading|h[1-6]|sub|sup)(?:=[^\]\n]*)?\]", re.I)
_OPENING = {name: re.compile(r"\[" + name + r"\b[^\]\n]*\]", re.I) for name in ("img", "attach", "media", "quote", "table",
                                                                               "tr", "td", "th")}
# An innermost list: no other one opens inside it.
_LIST = re.compile(r"\[list(?:=([^\]]*))?\]((?:(?!\[list\b).)*?)\[/list\]", re.I | re.S)
_MAX_LIST_DEPTH = 8  # lists inside lists: deeper ones keep their marks
_ITEM = re.compile(r"\[\*\]")
_MIN_TAGS = 6
_QUOTE_SHARE = 0.6  # a quote holding this share of the post is the document; the rest is the poster's


def looks_like_bbcode(text: str) -> bool:
    closing = re.findall(r"\[/(?:b|i|u|size|color|quote|list|table|tr|td|url|center|left)\]", text[:50000], re.I)
    return len(closing) >= _MIN_TAGS


def _untagged(text: str) -> str:
    return _TAG.sub("", text)


def _spans(text: str, *names: str) -> list[tuple[int, int, int, int]]:
    """The outermost elements of these tags, in order: (start, content start, content end, end). Tags are paired as
    they nest ("[quote=A] … [quote=B] … [/quote] … [/quote]" is one element); an opening tag never closed is none. One
    pass over the tags, however many are left open."""
    closing = re.compile(r"\[/(" + "|".join(names) + r")\]", re.I)
    tags = sorted([(found.start(), found.end(), name, True) for name in names for found in _OPENING[name].finditer(text)]
                  + [(found.start(), found.end(), found[1].lower(), False) for found in closing.finditer(text)])
    open_tags: list[tuple[int, int, str]] = []
    spans: list[tuple[int, int, int, int]] = []
    for start, end, name, opening in tags:
        if opening:
            open_tags.append((start, end, name))
            continue
        at = next((k for k in range(len(open_tags) - 1, -1, -1) if open_tags[k][2] == name), None)
        if at is None:
            continue  # a closing tag without its opening
        outer_start, outer_end, _ = open_tags[at]
        del open_tags[at:]  # (tags left open inside it close with it)
        if not open_tags:
            spans.append((outer_start, outer_end, start, end))
    return spans


def _replaced(text: str, spans: list[tuple[int, int, int, int]], replacement) -> str:
    out, at = [], 0
    for start, inner, inner_end, end in spans:
        out += [text[at:start], replacement(text[inner:inner_end])]
        at = end
    return "".join(out + [text[at:]])


def _table(inner: str) -> str:
    rows = [[re.sub(r"\s+", " ", _untagged(inner_row[c:d])).strip() for _, c, d, _ in _spans(inner_row, "td", "th")]
            for inner_row in (inner[b:c] for _, b, c, _ in _spans(inner, "tr"))]
    return "\n".join(table_row(cells) for cells in rows if cells)


def _mark(style: str | None, count: int) -> str:
    """A list's mark on paper: a dash, "1.", or a Vietnamese letter "a)" (no f, j, w, z)."""
    style = (style or "").strip("'\" ").lower()
    if style == "a":
        return point_letter(count + 1) + ")"
    return f"{count + 1}." if style else "-"


def _list(found: re.Match) -> str:
    items = [item.strip() for item in _ITEM.split(found[2])[1:]]
    return "\n".join(f"{_mark(found[1], k)} {item}" for k, item in enumerate(items) if item)


def bbcode_as_text(text: str) -> str:
    text = _replaced(text, _spans(text, "img", "attach", "media"), lambda inner: "")
    longest = max((text[b:c] for _, b, c, _ in _spans(text, "quote")), key=len, default="")
    if len(longest) >= _QUOTE_SHARE * len(text):
        text = longest
    text = _replaced(text, _spans(text, "table"), _table)
    for _ in range(_MAX_LIST_DEPTH):  # the innermost lists first: an outer one's items then hold them whole
        text, replaced = _LIST.subn(_list, text)
        if not replaced:
            break
    # (a line of tags alone, "[LIST]" or "[/QUOTE]", leaves no blank line where the text had none)
    lines = [_untagged(line).rstrip() for line in text.split("\n") if not line.strip() or _untagged(line).strip()]
    return "\n".join(lines).strip() + "\n"
