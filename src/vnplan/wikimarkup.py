"""Confluence and Jira wiki markup, as a page of an organisation's wiki carries a document, read as plain lines.

Headings lose their "h2." marks; "#" items are counted per list as Word numbers them ("1.", and "a)" one level down),
"*" bullets under them and on their own become dashes ("+" a level further); a table's "||" header and "|" rows become
`|` rows, a cell's line breaks ("\\\\") spaces; links give their words; macros ("{panel}", "{info}", "{toc}"),
attachments, emphasis and rules go.
"""
from __future__ import annotations

import re

from .lexicon import next_point_label
from .tablerows import table_row

_HEADING = re.compile(r"^h[1-6]\.\s+(\S.*)$")
_LIST_ITEM = re.compile(r"^([#*]{1,4})\s+(\S.*)$")
_ROW = re.compile(r"^\|\|?(.*?)\|\|?\s*$")
_MACRO = re.compile(r"\{[a-z][\w-]*(?::[^{}\n]*)?\}", re.I)
_ATTACHMENT = re.compile(r"\[\^[^\]\[\n]{0,300}\]|!\S[^!\n]{0,300}\.(?:png|jpe?g|gif|svg)(?:\|[^!\n]{0,300})?!", re.I)
# (bounded: a line full of "[" costs no scan to its end from each)
_LINK = re.compile(r"\[([^|\]\[\n]{1,300})\|[^\]\[\n]{1,1000}\]|\[((?:https?|mailto):[^\]\[\n]{1,1000})\]")
_EMPHASIS = re.compile(r"(?<![\w*_+])([*_+])(?=\S)([^*_+\n]*?\S)\1(?![\w*_+])")
_MONOSPACE = re.compile(r"\{\{([^{}\n]{0,300})\}\}")
_RULE = re.compile(r"^-{4,}\s*$")


def looks_like_wiki_markup(text: str) -> bool:
    head = text[:50000]
    headings = len(re.findall(r"(?m)^h[1-6]\.\s", head))
    return headings >= 2 or headings >= 1 and re.search(r"(?m)^\|\|.+\|\|\s*$", head) is not None


def _inline(text: str) -> str:
    text = _ATTACHMENT.sub("", _MACRO.sub("", text))
    text = _LINK.sub(lambda found: found[1] or "", text)
    text = _MONOSPACE.sub(r"\1", text)
    for _ in range(2):  # "*_Căn cứ …_*": emphasis inside emphasis
        text = _EMPHASIS.sub(r"\2", text)
    return text


def _row(found: re.Match) -> str:
    cells = re.split(r"\|\|?", _LINK.sub(lambda link: link[1] or "", found[1]))  # (a link's "|" is no cell's)
    return table_row(re.sub(r"\s*\\\\\s*", " ", _inline(cell)).strip() for cell in cells)


def wiki_markup_as_text(text: str) -> str:
    out: list[str] = []
    counters: list[int] = []  # the numbered lists open, outermost first
    for line in text.split("\n"):
        stripped = line.strip()
        if _RULE.match(stripped):
            continue
        heading, item, row = _HEADING.match(stripped), _LIST_ITEM.match(stripped), _ROW.match(stripped)
        if item:
            marks = item[1]
            depth = len(marks)
            if marks[-1] == "#":
                label = next_point_label(counters, depth)
            else:
                del counters[depth - 1 + ("#" in marks):]
                label = "-" if marks.count("*") == 1 else "+"
            out.append(f"{label} {_inline(item[2]).strip()}")
            continue
        if stripped:
            counters = []
        if heading:
            out.append(_inline(heading[1]).strip())
        elif row and stripped.count("|") >= 2:
            out.append(_row(row))
        else:
            cleaned = _inline(line).rstrip()
            if cleaned.strip() or not stripped:
                out.append(cleaned.replace("\\\\", "\n"))
    return "\n".join(out).strip() + "\n"
