"""TiddlyWiki's wikitext (a tiddler saved as a `.tid` file, or its text copied), read as the lines its rendered page
shows.

A `.tid` file opens with its fields, "name: value" a line ("title:", "tags:", "created:", "type: text/vnd.tiddlywiki"),
up to a blank line: the wiki's, no part of the document. Headings ("!" … "!!!!!!") lose their marks; "#" items are
numbered as the renderer numbers them ("1.", and "a)" one level down, "##"), "*" bullets become dashes; a table's rows
("|a|b|", a header cell marked "!", a row closed by "h" a header's, by "c" the table's caption, by "k" its class) give
one `| … |` row each, the caption a line above them; emphasis ("''bold''", "//italic//", "__underline__"), style
blocks ("@@…@@"), macro calls ("<<tag-pill …>>") and transclusions ("{{…}}") go; "[[words|target]]" gives its words.
"""
from __future__ import annotations

import re

from .lexicon import next_point_label
from .tablerows import table_row

_FIELD = re.compile(r"[a-z][\w.-]{0,40}: .*|[a-z][\w.-]{0,40}:")
_FIELDS_NAMING_IT = re.compile(r"^(?:type: text/(?:vnd\.tiddlywiki|x-tiddlywiki)|tags: .*\[\[)", re.M)
_HEADING = re.compile(r"!{1,6}[ \t]*(\S.*)")
_LIST_ITEM = re.compile(r"([#*]{1,4})[ \t]+(\S.*)")
_ROW = re.compile(r"\|(.*)\|([hcfk]?)[ \t]*")
_STYLE_LINE = re.compile(r"@@(?:[\w-]+:[^;\n]*;)*[ \t]*|@@")
_MACRO = re.compile(r"<<[^<>\n]{0,300}>>|\{\{[^{}\n]{0,300}\}\}")
_LINK = re.compile(r"\[\[(?:([^|\]\[\n]{1,300})\|)?([^|\]\[\n]{1,300})\]\]")
_EMPHASIS = re.compile(r"''(?=\S)(.*?\S)''|(?<![:/])//(?=\S)(.*?\S)//|__(?=\S)(.*?\S)__")
_BREAK = re.compile(r"<br\s*/?>", re.I)
_LEAST_MARKS = 3


def looks_like_tiddlywiki(text: str) -> bool:
    """A tiddler's fields naming its type or its tags in brackets, or headings in "!" and emphasis in "''"."""
    head = text[:3000]
    if _FIELDS_NAMING_IT.search(head):
        return True
    marks = len(re.findall(r"(?m)^!{1,6}[ \t]*\S", text)) + min(text.count("''") // 2, _LEAST_MARKS)
    return marks >= _LEAST_MARKS and "''" in text and re.search(r"(?m)^!{2,6}[ \t]*\S", text) is not None


def _inline(text: str) -> str:
    text = _MACRO.sub("", text)
    text = _LINK.sub(lambda found: found[1] or found[2], text)
    return _EMPHASIS.sub(lambda found: found[1] or found[2] or found[3], text)


def _without_fields(lines: list[str]) -> list[str]:
    """The lines after the tiddler's fields, where the file opens with them."""
    end = next((k for k, line in enumerate(lines) if not line.strip()), 0)
    return lines[end + 1:] if end and all(_FIELD.fullmatch(line) for line in lines[:end]) else lines


def tiddlywiki_as_text(text: str) -> str:
    out: list[str] = []
    counters: list[int] = []  # each list level's count, while a numbered list runs
    for line in _without_fields(text.split("\n")):
        stripped = line.strip()
        if _STYLE_LINE.fullmatch(stripped):
            continue
        item = _LIST_ITEM.fullmatch(stripped)
        if item and item[1][-1] == "#":
            out.append(f"{next_point_label(counters, len(item[1]))} {_inline(item[2])}")
            continue
        counters = [] if stripped else counters
        if item:
            out.append(("- " if len(item[1]) == 1 else "+ ") + _inline(item[2]))
        elif heading := _HEADING.fullmatch(stripped):
            out.append(_inline(heading[1]))
        elif (row := _ROW.fullmatch(stripped)) and row[2] != "k":
            # (a link's "|" first: "[[words|target]]" inside a cell parts no cells)
            linked = _LINK.sub(lambda found: found[1] or found[2], row[1])
            cells = [_inline(_BREAK.sub("\n", cell.lstrip("!")).strip()) for cell in linked.split("|")]
            if row[2] == "c":
                out.append(" ".join(cells))
            elif len(cells) >= 3:
                out.append(table_row(" ".join(cell.split()) for cell in cells))
            else:  # a layout's row (the header beside the motto, the recipients beside the signature): cell after cell
                out += [part for cell in cells for part in cell.split("\n") if part.strip()]
        else:
            out.append(_inline(_BREAK.sub("\n", line)))
    return "\n".join(out)
