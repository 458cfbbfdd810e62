"""DokuWiki markup (an intranet's page that keeps a document), read as the lines its rendered page shows.

Headings ("====== H1 ======" … "== H5 ==") lose their marks. List items are indented by two spaces or more (a tab
counts two), deeper indentation a deeper list: "-" items are numbered as the renderer numbers them ("1.", and "a)" one
level down; a list ends at the first line that is not one of its items, so the next list counts from one again), "*"
bullets become dashes ("+" under another bullet). A table's rows ("^" header cells, "|" data cells, mixed in a row) give
one `| … |` line each, a cell's forced breaks ("\\\\ ") spaces, a cell written once however many columns it spans
("||": the cell before it spans on), and a ":::" cell the words of the cell it continues from the row above, as the
rendered cell stands in both rows. Emphasis ("**", "//", "__", "''") goes, "<del>" takes its words with it (struck out:
the page's later version does not hold them); "[[target|words]]" gives its words (a bare link its page's name),
"{{media|caption}}" its caption, "{{tag>…}}" and the other "{{plugin>…}}" calls nothing, "<name@host>" its address;
plugin tags ("<WRAP …>", "<note>") go and their content stays; "~~NOTOC~~" macros and "----" rules go. "<code>",
"<file>", "<nowiki>" and "%%…%%" keep their content as written, as do preformatted lines (indented two spaces or a
tab, not a list: a line indented by one space is the text's). Footnotes ("((…))") leave the sentence and are kept
after the page's text, as the normaliser sets a paper's footnotes ("Ghi chú:" and the notes, numbered, on one line):
extraction reads what the body cites there, and takes no note for a task of the last part, which a page that has no
signature after that part would otherwise give.
"""
from __future__ import annotations

import re
from collections import Counter

from .lexicon import FOOTNOTES_HEADING, next_point_label
from .tablerows import table_row

_HEAD = 100000  # the first characters are enough to know the markup

# --- what tells DokuWiki apart (see `looks_like_dokuwiki`) -----------------------------------------------------------
# (each line's pattern opens on its "\n", a literal the engine scans for fast: the text is read with one before it)
_HEADER_ROW = re.compile(r"\n\^[^\n]*[\^|][ \t\r]*(?=\n|\Z)")  # "^ TT ^ Nội dung ^": a header row (no other markup's)
_SPAN_CELL = re.compile(r"\n[|^][^\n]*[|^][ \t]*:::[ \t]*[|^]")  # ":::": a cell continued from the row above
_FORCED_BREAK = re.compile(r"\\\\(?:[ \t\r]|$)", re.M)
# (the character before the marks is looked at after them: a pattern opening on "//" is scanned for fast)
_ITALIC = re.compile(r"//(?<![:/\w]//)(?=[^\s/])(?:[^/\n]|/(?!/)){1,300}?(?<=[^\s:/])//(?![/\w])")
_PLUGIN_CLOSING = re.compile(r"</(?:WRAP|wrap|note|hidden|box|tabbox|del)>")
_MEDIA_MARK = re.compile(r"\{\{[ \t]*(?:[\w-]{2,30}>|:)"
                         r"|\{\{[^{}\n]{0,300}\.(?:pdf|png|jpe?g|gif|svg|docx?|xlsx?|pptx?|zip)"
                         r"(?:\?[^{}|\n]{0,50})?[ \t]*(?:\|[^{}\n]{0,300})?\}\}", re.I)
_MACRO = re.compile(r"~~[A-Z][A-Z_]{2,30}(?::[^~\n]{0,100})?~~")
_INDENTED_ITEM = re.compile(r"\n(?: {2,}|\t+)[*-][ \t]*\S")
_FLUSH_ITEM = re.compile(r"\n[*-][ \t]+\S")  # markdown's, MediaWiki's and AsciiDoc's lists start at the margin
_CODE_SPAN = re.compile(r"`(?:[^`\n]|\n(?![ \t]*\n)){1,500}`")  # markdown's "`code`", on a paragraph's lines
_TITLE_HEADING = re.compile(r"\n[ \t]*={6}[^=\n]+={2,}[ \t\r]*(?=\n|\Z)")  # six marks: DokuWiki's first level
_NOWIKI_PERCENT = re.compile(r"%%[^%\n]{1,300}%%")
_BOTH_SIDES_HEADING = re.compile(r"\n[ \t]*={2,6}[^=\n]+={2,}[ \t\r]*(?=\n|\Z)")  # MediaWiki's too
_MIN_ITEMS = 2

# --- the converter ----------------------------------------------------------------------------------------------------
_TOKEN = re.compile("\ue000(\\d+)\ue001")  # a span kept as written, put back at the end
_LITERAL_BLOCK = re.compile(r"<(code|file|nowiki|html|HTML|php|PHP)(?:[ \t][^<>\n]{0,300})?>")
_URL = re.compile(r"\b(?:https?|ftp)://[^\s|\[\]{}<>\"]{1,2000}")
_LIST_ITEM = re.compile(r"^((?: |\t)+)([*-])[ \t]*(.*)$")
_QUOTE = re.compile(r"^(>+)[ \t]?(.*)$")
_RULE = re.compile(r"^[ \t]*-{4,}[ \t]*$")
_LINK = re.compile(r"\[\[([^\[\]|\n]{0,1000})(?:\|([^\[\]\n]{0,1000}))?\]\]")
_MEDIA = re.compile(r"\{\{([^{}\n]{0,2000})\}\}")
_PLUGIN_CALL = re.compile(r"^[ \t]*[\w-]{1,30}>")  # "{{tag>…}}", "{{page>…}}", "{{indexmenu>…}}"
_INTERWIKI = re.compile(r"^[\w.-]{1,30}>")  # "[[wp>Hà Nội]]"
_EMPHASIS = (("**", re.compile(r"\*\*(.+?)\*\*")), ("//", re.compile(r"//(.+?)//")), ("__", re.compile(r"__(.+?)__")),
             ("''", re.compile(r"''(.+?)''")))
_KNOWN_TAGS = ("wrap", "note", "box", "hidden", "tabbox", "tab", "sup", "sub", "del", "ins", "u", "s", "em", "strong",
               "b", "i", "color", "fc", "hi", "lo", "font", "html", "php", "code", "file", "nowiki", "sortable",
               "searchtable", "div", "span", "blockquote", "pre", "center", "well", "alert", "panel", "callout",
               "accordion", "tabs", "ifauth", "nodisp", "hide", "todo", "fs", "typo", "imgcaption", "tag", "abbr",
               "mark", "small", "big", "jumbotron", "btn", "label", "text", "grid", "col", "row")
_MOST_TAGS = 50  # a page's own plugins beside the known ones: the most used (a pattern of thousands costs time)
_CLOSING_TAG = re.compile(r"</([A-Za-z][A-Za-z0-9_-]{0,30})>")
_TAG_ATTRIBUTES = r"(?:[ \t][^<>\n]{0,300})?/?>"
_MAIL = re.compile(r"<([\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,5})>")  # "<van.thu@sotc.vn>": the address
_CELL_SEPARATOR = re.compile(r"[|^]")
_SPACES = re.compile(r"[ \t]+")
_SPAN_ABOVE = ":::"
_NOTE_LENGTH = 5000  # a footnote's words at most: a "((" with no "))" near it is text


def looks_like_dokuwiki(text: str) -> bool:
    """DokuWiki by its own marks, not by those it shares: "== H ==" headings are MediaWiki's too, "**bold**" and `|`
    rows markdown's, "[[…|…]]" a note tool's, "\\\\" a line break in Confluence and LaTeX; none counted inside a
    markdown code span (a note quoting DokuWiki's marks), nor "  - " items beside a list at the margin (markdown's
    nested items)."""
    head = "\n" + text[:_HEAD]
    if "\n{|" in head:  # (MediaWiki's table)
        return False
    if "`" in head:  # (markdown's code spans: a note quoting DokuWiki's marks, "`//…//`", "`</WRAP>`")
        head = _CODE_SPAN.sub(" ", head)
    flush_items = _FLUSH_ITEM.search(head) is not None  # (then "  - " items are a markdown list's nested ones)
    own = sum([_HEADER_ROW.search(head) is not None, ":::" in head and _SPAN_CELL.search(head) is not None,
               _FORCED_BREAK.search(head) is not None, _ITALIC.search(head) is not None,
               "</" in head and _PLUGIN_CLOSING.search(head) is not None, _MEDIA_MARK.search(head) is not None,
               _MACRO.search(head) is not None, "======" in head and _TITLE_HEADING.search(head) is not None,
               _NOWIKI_PERCENT.search(head) is not None,
               not flush_items and len(_INDENTED_ITEM.findall(head)) >= _MIN_ITEMS])
    return own >= 3 or own >= 2 and "==" in head and _BOTH_SIDES_HEADING.search(head) is not None


class _Page:
    """The page's spans kept as written and its footnotes, as the lines are read."""

    def __init__(self) -> None:
        self.kept: list[str] = []
        self.notes: list[str] = []

    def keep(self, words: str) -> str:
        """`words` as a token (one per line: a span over lines keeps its lines)."""
        tokens = []
        for line in words.split("\n"):
            self.kept.append(line)
            tokens.append(f"\ue000{len(self.kept) - 1}\ue001")
        return "\n".join(tokens)

    def restored(self, text: str) -> str:
        return _TOKEN.sub(lambda token: self.kept[int(token[1])] if int(token[1]) < len(self.kept) else "", text)


def _literal_blocks(text: str, page: _Page) -> str:
    """"<code>", "<file>", "<nowiki>" content kept as written, "<html>" content without its tags, "<php>" none; an
    unclosed one is text (its tag goes with the other tags). One pass: each closing is looked for once."""
    out, k = [], 0
    unclosed: set[str] = set()  # (no closing after one opening: none after the next ones either)
    while (opening := _LITERAL_BLOCK.search(text, k)) is not None:
        name = opening[1].lower()
        end = -1 if opening[1] in unclosed else text.find(f"</{opening[1]}>", opening.end())
        if end < 0:
            unclosed.add(opening[1])
            out.append(text[k:opening.end()])
            k = opening.end()
            continue
        content = text[opening.end():end].strip("\n")
        if name == "html":
            content = re.sub(r"<[^<>\n]{0,300}>", "", content)
        out += [text[k:opening.start()], "" if name == "php" else page.keep(content)]
        k = end + len(opening[1]) + 3
    return "".join(out) + text[k:]


def _paired(text: str, opening: str, closing: str, replace) -> str:
    """Each span from `opening` to the next `closing` replaced by `replace(content)`; an unclosed one left as it is
    (and none looked for after it: no closing is left). Linear in the text."""
    if opening not in text:
        return text
    out, k = [], 0
    while (start := text.find(opening, k)) >= 0:
        end = text.find(closing, start + len(opening))
        if end < 0:
            break
        out += [text[k:start], replace(text[start + len(opening):end])]
        k = end + len(closing)
    return "".join(out) + text[k:]


def _footnotes(text: str, page: _Page) -> str:
    """Each "((…))" out of the text (no mark in its place: "…;[1]" would hide the sentence's end), its words to the
    page's notes."""
    if "((" not in text:
        return text
    out, k = [], 0
    end = -1
    while (start := text.find("((", k)) >= 0:
        if end < start + 2:
            end = text.find("))", start + 2)  # (the next closing, looked for again only once passed)
            if end < 0:
                break
        if end - start > _NOTE_LENGTH:  # too far: this "((" is text
            out.append(text[k:start + 2])
            k = start + 2
            continue
        while text.startswith(")", end + 2):  # "((… (x)))": the note's own bracket closes first
            end += 1
        page.notes.append(" ".join(text[start + 2:end].split()))
        out.append(text[k:start].rstrip(" \t"))  # ("Luật B ((…)).": the sentence's stop after its word)
        k = end + 2
    return "".join(out) + text[k:]


def _heading(stripped: str) -> str | None:
    """A heading's title ("==== II. NHIỆM VỤ ====" → "II. NHIỆM VỤ"), read by counting its marks, not by a pattern
    that would backtrack over a long line of them."""
    if not (stripped.startswith("==") and stripped.endswith("==")):
        return None
    left = len(stripped) - len(stripped.lstrip("="))
    if left == len(stripped):
        return ""  # ("====": marks alone)
    right = len(stripped) - len(stripped.rstrip("="))
    return stripped[left:len(stripped) - right]


def _link(found: re.Match) -> str:
    target, words = found[1].strip(), found[2]
    if words is not None and words.strip():
        return words.strip()
    if _TOKEN.fullmatch(target) or "://" in target or target.startswith("mailto:"):
        return target  # (a web address, as the page shows it)
    target = _INTERWIKI.sub("", target)
    page, _, section = target.partition("#")
    name = page.rstrip(":").rsplit(":", 1)[-1] or section
    return name.replace("_", " ").strip()


def _media(found: re.Match) -> str:
    inside = found[1]
    if _PLUGIN_CALL.match(inside):
        return ""
    _, bar, caption = inside.partition("|")
    return caption.strip() if bar else ""


class _Tags:
    """The plugin and HTML-like tags of this page: the known ones, and any whose closing tag the page holds."""

    def __init__(self, text: str) -> None:
        closed = Counter(name.lower() for name in _CLOSING_TAG.findall(text))
        names = {name.lower() for name in _KNOWN_TAGS} | {name for name, _ in closed.most_common(_MOST_TAGS)}
        alternatives = "|".join(sorted(map(re.escape, names), key=len, reverse=True))
        self.pattern = re.compile(r"</?(?:" + alternatives + r")(?![\w-])" + _TAG_ATTRIBUTES, re.I)

    def without(self, text: str) -> str:
        return self.pattern.sub("", text) if "<" in text else text


def _links_and_media(text: str) -> str:
    if "[[" in text:
        text = _LINK.sub(_link, text)
    if "{{" in text:
        text = _MEDIA.sub(_media, text)
    return text


def _inline(text: str, tags: _Tags) -> str:
    """A line's words as the page shows them (a forced break stays "\\\\" for the caller to place)."""
    text = tags.without(_links_and_media(text))
    if "@" in text:
        text = _MAIL.sub(r"\1", text)
    if "~~" in text:
        text = _MACRO.sub("", text)
    for _ in range(2):  # ("**//Căn cứ …//**": emphasis inside emphasis)
        marked = [(mark, emphasis) for mark, emphasis in _EMPHASIS if mark in text]
        for _, emphasis in marked:
            text = emphasis.sub(r"\1", text)
        if not marked:
            break
    return text


def _cells(row: str) -> list[str]:
    """A row's cells as written, the separators taken out: "" a cell the one before it spans into, and the cell after
    the last separator only when it holds words."""
    cells = _CELL_SEPARATOR.split(row.strip()[1:])
    if cells and not cells[-1].strip():
        cells.pop()
    return cells


# "|:-|:---|": the rule under a table's header that Zim and markdown write and DokuWiki does not; in such a table "||"
# is an empty cell, not a span.
_HEADER_RULE = re.compile(r"\|(?:\s*:?-+:?\s*\|)+")


def _table_lines(rows: list[str], tags: _Tags) -> list[str]:
    out: list[str] = []
    above: dict[int, str] = {}  # the words of the cell at each column of the row above (its first column)
    spans = not any(_HEADER_RULE.fullmatch(row.strip()) for row in rows)
    for row in rows:
        cells = _cells(_links_and_media(row))
        placed: list[tuple[int, str]] = []  # (column, words) of each cell written, spanned columns skipped
        column = 0
        for k, cell in enumerate(cells):
            if cell == "" and k > 0 and spans:  # "||": the cell before spans this column too
                column += 1
                continue
            words = _SPACES.sub(" ", _FORCED_BREAK.sub(" ", _inline(cell, tags))).strip()
            if words == _SPAN_ABOVE:
                words = above.get(column, "")
            placed.append((column, words))
            column += 1
        above = dict(placed)
        if any(words for _, words in placed):
            out.append(table_row(words for _, words in placed))
    return out


def _list_label(depth: int, ordered: bool, kinds: list[bool], counters: list[int]) -> str:
    """The label the renderer shows for an item `depth` lists deep; `kinds` holds whether each open list is numbered."""
    del kinds[depth:]
    if len(kinds) == depth and kinds[-1] != ordered:
        del counters[depth - 1:]  # (a list of the other kind at this depth: a new list)
    kinds += [ordered] * (depth - len(kinds))
    kinds[depth - 1] = ordered
    if ordered:
        return next_point_label(counters, depth)
    del counters[depth:]
    return "-" if kinds.count(False) == 1 else "+"


def dokuwiki_as_text(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ue000", "").replace("\ue001", "")
    page = _Page()
    text = _literal_blocks(text, page)
    text = _paired(text, "%%", "%%", page.keep)
    text = _paired(text, "<del>", "</del>", lambda _: "")
    text = _URL.sub(lambda url: page.keep(url[0]), text)  # (first: a web address's "//" opens no italics)
    text = _footnotes(text, page)
    tags = _Tags(text)
    out: list[str] = []
    rows: list[str] = []
    levels: list[int] = []  # the indentation of each list open, outermost first
    kinds: list[bool] = []
    counters: list[int] = []
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped[:1] in ("|", "^") and not line[:1].isspace():
            rows.append(stripped)
            continue
        if rows:
            out += _table_lines(rows, tags)
            rows = []
        item = _LIST_ITEM.match(line) if line[:1] in (" ", "\t") else None
        indent = len(item[1].replace("\t", "  ")) // 2 if item else 0
        if item and indent >= 1:
            while levels and levels[-1] > indent:
                levels.pop()
            if not levels or levels[-1] < indent:
                levels.append(indent)
            label = _list_label(len(levels), item[2] == "-", kinds, counters)
            words = _SPACES.sub(" ", _inline(item[3], tags)).strip()
            first, *more = [part.strip() for part in _FORCED_BREAK.split(words)]
            out += [f"{label} {first}".rstrip(), *more]
            continue
        levels, kinds, counters = [], [], []
        if _RULE.match(line):
            continue
        heading = _heading(stripped)
        if line.startswith(("  ", "\t")) and stripped and heading is None:
            out.append(stripped)  # preformatted (two spaces or a tab; one is the text's): as written
            continue
        quote = _QUOTE.match(stripped) if stripped[:1] == ">" else None
        words = heading if heading is not None else quote[2] if quote else line
        words = _inline(words, tags).strip()
        if words or not stripped:
            out += [_SPACES.sub(" ", part).strip() for part in _FORCED_BREAK.split(words)]
    if rows:
        out += _table_lines(rows, tags)
    if page.notes:
        while out and not out[-1]:
            out.pop()
        notes = (_SPACES.sub(" ", _FORCED_BREAK.sub(" ", _inline(note, tags))).strip() for note in page.notes)
        out += ["", FOOTNOTES_HEADING, " ".join(f"{n} {note}" for n, note in enumerate(notes, 1))]
    return page.restored("\n".join(out).strip()) + "\n"
