"""MediaWiki wikitext (a Wikisource page, a wiki's copy of a document), read as the lines the rendered page shows.

Templates that set words in a style ("{{c|'''CHỈ THỊ'''}}", "{{larger|…}}") keep their words; templates that only
carry fields ("{{header | title = … | year = …}}") or mark the page ("{{PD-VNGov}}") go: they are the wiki's, not the
document's. A table ("{| … |}") gives one `| … |` line per row ("|-"), its cells' attributes dropped and a cell's
line breaks joined; "'''bold'''" and "''italic''" lose their quotes; "[[page|words]]" gives its words, a category or a
file link nothing; "== heading ==" its title; "#" items are counted as Word numbers them ("1.", and "a)" one level
down), "*" bullets become dashes; "<br/>" breaks a line (in a cell, a space); comments, references and magic words
go.
"""
from __future__ import annotations

import html
import re

from .lexicon import next_point_label
from .tablerows import table_row

_TEMPLATE = re.compile(r"\{\{([^{}]*)\}\}")
_TEMPLATE_DEPTH = 10  # templates inside templates, resolved from the innermost out
_NAMED_ARGUMENT = re.compile(r"^\s*[^=|\[\]{}]{1,60}=")
_COMMENT_OPENING = re.compile(r"<!--")
_REFERENCE_OPENING = re.compile(r"<ref\b(?:[^>/\n]|/(?!>)){0,200}>", re.I)  # ('<ref name="NĐ 30/2020">')
_REFERENCE_CLOSING = re.compile(r"</ref\s*>", re.I)
_COMMENT_CLOSING = re.compile(r"-->")
_EMPTY_REFERENCE = re.compile(r"<ref\b[^>/\n]{0,200}/>|<references\s*/>", re.I)
_BREAK = re.compile(r"<br\s*/?>", re.I)
_TAG = re.compile(r"</?(?:small|big|center|div|span|font|poem|u|s|sup|sub|b|i|p|blockquote|nowiki)\b[^>]*>", re.I)
_NAMESPACED_LINK = re.compile(r"\[\[\s*(?:Thể loại|Category|Tập tin|File|Hình|Image)\s*:[^\[\]]*\]\]", re.I)
_LINK = re.compile(r"\[\[([^\[\]|]*)(?:\|([^\[\]]*))?\]\]")
_EXTERNAL_LINK = re.compile(r"\[(?:https?|ftp)://[^\s\]]{1,1000}(?:\s+([^\]\n]{0,300}))?\]")
_EMPHASIS = re.compile(r"'{2,5}")
_LIST_ITEM = re.compile(r"^([#*:;]{1,6})\s*(.*)$")
_DATA_CELLS = re.compile(r"\|\|")
_HEADER_CELLS = re.compile(r"\|\||!!")  # (a header line may part its cells either way)
_MAGIC_WORD = re.compile(r"__[A-Z]{4,20}__")
_RULE = re.compile(r"^-{4,}\s*$")
# (each attribute's value ends at a space or the end: no value and key can share letters, which would be exponential)
_CELL_ATTRIBUTES = re.compile(r"^\s*(?:[\w-]+\s*=\s*(?:\"[^\"]*\"|'[^']*'|[\w%#.-]+)(?:\s+|$))+$")


def looks_like_mediawiki(text: str) -> bool:
    head = text[:100000]
    marks = ("'''" in head, re.search(r"(?m)^\{\|", head) is not None, "{{" in head and "}}" in head,
             re.search(r"(?m)^==[^=\n]+==\s*$", head) is not None, "[[" in head and "]]" in head)
    return sum(marks) >= 3 and (marks[0] or marks[1])


def _template(found: re.Match) -> str:
    """A template's words: the last of its unnamed arguments; none when it has only a name or named fields."""
    arguments = found[1].split("|")[1:]  # (after the template's name)
    words = [argument for argument in arguments if not _NAMED_ARGUMENT.match(argument)]
    return words[-1] if words else ""


def _link(found: re.Match) -> str:
    return (found[2] if found[2] is not None else found[1]).strip()


def _inline(text: str) -> str:
    text = _EXTERNAL_LINK.sub(lambda found: found[1] or "", text)
    text = _TAG.sub("", _EMPHASIS.sub("", text))
    return html.unescape(_MAGIC_WORD.sub("", text)).replace("\xa0", " ")


def _heading(line: str) -> str | None:
    """A heading's title ("== I. NHIỆM VỤ ==" → "I. NHIỆM VỤ"), read by counting its marks, not by a pattern that
    would backtrack over a long line."""
    if not (line.startswith("=") and line.endswith("=")):
        return None
    level = min(len(line) - len(line.lstrip("=")), len(line) - len(line.rstrip("=")), 6)
    title = line[level:-level].strip()
    return title or None


def _without(text: str, opening: re.Pattern, closing: re.Pattern, unclosed_runs_on: bool) -> str:
    """The text without the spans from each `opening` to its `closing` (comments, footnotes). An unclosed one takes
    the rest of the text with it when `unclosed_runs_on` (a comment, as the wiki shows it), else only its own mark (a
    footnote's tag, which parts no words); once no closing is left, none is looked for again."""
    out, k = [], 0
    while (found := opening.search(text, k)) is not None:
        end = closing.search(text, found.end())
        out.append(text[k:found.start()])
        if end is None:
            rest = "" if unclosed_runs_on else " " + opening.sub(" ", text[found.end():])
            return "".join(out) + rest
        k = end.end()
    return "".join(out) + text[k:]


def _cell_content(cell: str) -> str:
    """A cell's words, without the attributes written before its content ('style="width:35%"|…')."""
    attributes, bar, content = cell.partition("|")
    if bar and _CELL_ATTRIBUTES.match(attributes):
        return content
    return cell


def _table_rows(lines: list[str]) -> list[str]:
    """A table's lines (between "{|" and "|}") as `|` rows; its caption ("|+") as a line before them."""
    rows: list[list[str]] = []
    out: list[str] = []
    for line in lines:
        stripped = line.strip()
        if stripped.startswith("|+"):
            out.append(_inline(_cell_content(stripped[2:])).strip())
        elif stripped.startswith("|-"):
            rows.append([])
        elif stripped[:1] in ("|", "!"):
            if not rows:
                rows.append([])
            separator = _HEADER_CELLS if stripped[0] == "!" else _DATA_CELLS
            rows[-1] += [_cell_content(cell) for cell in separator.split(stripped[1:])]
        elif rows and rows[-1]:
            rows[-1][-1] += "\n" + line  # a cell's content runs on over the lines after it
    for row in rows:
        cells = [re.sub(r"\s+", " ", _BREAK.sub(" ", _inline(cell))).strip() for cell in row]
        if any(cells):
            out.append(table_row(cells))
    return [line for line in out if line]


def mediawiki_as_text(text: str) -> str:
    text = _without(text, _COMMENT_OPENING, _COMMENT_CLOSING, unclosed_runs_on=True)
    text = _without(_EMPTY_REFERENCE.sub("", text), _REFERENCE_OPENING, _REFERENCE_CLOSING, unclosed_runs_on=False)
    text = _LINK.sub(_link, _NAMESPACED_LINK.sub("", text))  # (first: a link's "|" parts neither a template nor a cell)
    for _ in range(_TEMPLATE_DEPTH):
        resolved = _TEMPLATE.sub(_template, text)
        if resolved == text:
            break
        text = resolved
    out: list[str] = []
    table: list[str] | None = None
    counters: list[int] = []
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped.startswith("{|"):
            table = []
            continue
        if table is not None:
            if stripped.startswith("|}"):
                out += _table_rows(table)
                table = None
            else:
                table.append(line)
            continue
        if _RULE.match(stripped):
            continue
        heading, item = _heading(stripped), _LIST_ITEM.match(stripped)
        if item and item[1][-1] in ":;" and item[1][0] in "#*":
            out.append(_inline(item[2]).strip())  # "#: …": a line of the item above, its list going on
            continue
        if item and item[1][-1] in "#*":
            marks, depth = item[1], len(item[1])
            if marks[-1] == "#":
                label = next_point_label(counters, depth)
            else:
                label = "-"
            out.append(f"{label} {_inline(item[2]).strip()}")
            continue
        counters = [] if stripped else counters
        words = _inline(heading if heading else item[2] if item else line).strip()
        if words or not stripped:
            out += [part.strip() for part in _BREAK.split(words)]
    if table is not None:
        out += _table_rows(table)
    return "\n".join(out).strip() + "\n"
