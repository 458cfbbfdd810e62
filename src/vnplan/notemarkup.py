"""The marks a note-taking app's markdown adds (Obsidian, Logseq, GitHub's task lists), read as the plain lines of
a markdown copy.

A note holding a document opens with its properties between "---" lines (YAML front matter), links other notes as
"[[Note]]" or "[[Note|shown words]]", keeps a task list's checkboxes ("- [ ] a) …", "- [x] …"), highlights
("==…=="), block ids ("^id" closing a line), callouts ("> [!info] …") and footnote marks ("[^1]"). The words stay,
the marks go: a checkbox before a typed label ("- [ ] a) Chỉ đạo …") leaves the label, as paper shows it.

An outliner's page (Logseq, Roam Research, a Workflowy or Dynalist text export) holds every paragraph as a block: a
line opening "- " at a depth of tabs or spaces, its further lines indented past its dash, the page's properties
("key:: value") on the lines above the first block and a block's own ("id:: …", "collapsed:: true") among its
lines. Read as the document's lines: properties, task states ("TODO", "DONE" …, a priority "[#A]"), planning lines
("SCHEDULED: <…>"), drawers (":LOGBOOK:" … ":END:"), block references ("((id))"), tags ("#tag", "#[[tag]]") and rules
go; a block's dash goes where it is the outliner's, not the document's (a block at the top of the page, one that
holds a heading or a typed label, one right under a heading, marked or in capitals as paper heads a part); a block
under a paragraph or a label keeps it as the document's bullet; a block's further lines stay lines of their own. The
note-taker's own section after the document's end (its "Nơi nhận" or signature) goes: a heading block as paper never
heads a part (not in capitals, no label, no appendix) with no such heading after it.

A static site's content file (Hugo, Jekyll, Zola: a portal built from markdown) opens with its front matter between
"---" (YAML) or "+++" (TOML: `key = "value"`, `[params]`) lines, and calls the site's templates with shortcodes
(`{{< name key="…" >}}`, `{{% … %}}`) that print the document's boxed parts: its header's two columns, its signature.
A shortcode's quoted values that hold words are what the template prints, a "|" its line break; the ones that hold a
path, a link or a number are its settings, and a comment (`<!--more-->`) is the site's.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

_FENCE = re.compile(r"(---|\+\+\+)[ \t]*")  # YAML's, TOML's
# a key, a value's continuation, a list's item, a blank; TOML's "key = value" and "[table]"
_PROPERTY = re.compile(r"[\w -]+:|[ \t]+\S|-[ \t]|\s*$|[\w-]+[ \t]*=|\[\[?[\w.-]+\]\]?[ \t]*$")
_SHORTCODE = re.compile(r"\{\{[<%][ \t]*/?[\w-]+((?:[^>%}]|[>%](?!\}\}))*?)[>%]\}\}")
_SHORTCODE_VALUE = re.compile(r"(?:[\w-]+[ \t]*=[ \t]*)?\"([^\"\n]*)\"")
_SETTING = re.compile(r"[\w./:#?=&%-]*[/.#][\w./:#?=&%-]*|[\d.,]+|true|false")  # a path, a link, a number
_SITE_COMMENT = re.compile(r"<!--(?:[^-]|-(?!->)){0,200}-->")
_FRONT_MATTER_LINES = 60
# (not a web copy's footnote mark, "[[1]](https://…)")
_WIKI_LINK = re.compile(r"!?\[\[(?!\d+\]\])([^\[\]|\n]+?)(?:\|([^\[\]\n]+?))?\]\](?!\()")
_CHECKBOX = re.compile(r"^([ \t]*)[-*+–•][ \t]+\[[ xX/-]\][ \t]+", re.M)  # (a copy may draw the bullet)
_TYPED_LABEL = re.compile(r"(?:[a-zđ]|\d{1,2}(?:\.\d{1,2})*|[IVX]{1,5})[.)][ \t]")
_HIGHLIGHT = re.compile(r"==(?=\S)([^=\n]*?\S)==")
_BLOCK_ID = re.compile(r"[ \t]+\^[\w-]+[ \t]*$", re.M)
_CALLOUT = re.compile(r"^(>[ \t]*)\[![\w-]+\][-+]?[ \t]*", re.M)
_FOOTNOTE_MARK = re.compile(r"\[\^[\w-]+\](?!:)")

# An outliner's page (see the module's docstring)
_OUTLINE_PROPERTY = re.compile(r"[\w-]{1,60}::(?:[ \t]|$)")  # "so-hieu:: …", "id:: …": a key holds no space
_HEADING_PROPERTY = re.compile(r"heading::[ \t]*(?!false)\S")
_MIN_OUTLINE_BLOCKS = 3
_CONTINUATION_INDENT = 4  # a block's further lines stand two spaces past its dash (or a tab and a few spaces)
_TASK_STATE = re.compile(r"(?:(?:TODO|DOING|DONE|LATER|NOW|WAITING|WAIT|CANCELED|CANCELLED|IN-PROGRESS)(?=[ \t]|$)"
                         r"|\{\{\[\[(?:TODO|DONE)\]\]\}\}|\[#[A-C]\]|\[[ xX]\])[ \t]*")  # (Roam's "{{[[TODO]]}}")
_PLANNING = re.compile(r"(?:SCHEDULED|DEADLINE|CLOSED):[ \t]*[<\[]\d{4}-\d\d-\d\d")  # "SCHEDULED: <2026-03-31 Tue>"
_DRAWER_OPENING = re.compile(r":[A-Za-z_-]{1,30}:")  # ":LOGBOOK:", ":PROPERTIES:" … up to ":END:"
_BLOCK_REFERENCE = re.compile(r"(?:\{\{embed[ \t]*)?\(\([\w-]{6,64}\)\)(?:\}\})?")
_TAG = re.compile(r"(?<!\S)#(?:\[\[[^\[\]\n]{1,200}\]\]|\w[\w/-]{0,80})")  # not a heading's "## "
_RULE = re.compile(r"(?:-{3,}|\*{3,}|_{3,})[ \t]*")
_HEADING_MARK = re.compile(r"#{1,6}[ \t]")
_OUTLINE_LABEL = re.compile(r"[*_]{0,2}(?:" + _TYPED_LABEL.pattern + r"|[A-ZĐ]\.[ \t]|[-+•–][ \t]"
                            r"|(?:Điều|Chương|Mục|Phần|ĐIỀU|CHƯƠNG|MỤC|PHẦN)[ \t]+[\dIVXLC]{1,6}(?![\w/-]))")
# The end of a document: its recipients, its signature under the authority it signs for ("TM. Ủy ban nhân dân")
_DOCUMENT_END = re.compile(r"[*_]{0,2}(?:Nơi nhận|NƠI NHẬN|T/M|TM\.|KT\.|TL\.|TUQ\.)")
_APPENDIX = re.compile(r"(?:phụ lục|danh mục|biểu|mẫu|bảng)(?!\w)", re.I)


def _front_matter_end(text: str) -> int:
    """Where the properties between the opening "---" and the closing one end (0 without them), read line by line."""
    lines = text.lstrip("\ufeff").split("\n", _FRONT_MATTER_LINES + 2)
    fence = _FENCE.fullmatch(lines[0]) if lines else None
    if fence is None:
        return 0
    for k, line in enumerate(lines[1:_FRONT_MATTER_LINES + 1], 1):
        if line.rstrip() == fence[1]:
            return len("\n".join(lines[:k + 1])) + 1 + (len(text) - len(text.lstrip("\ufeff")))
        if not _PROPERTY.match(line):
            return 0
    return 0


@dataclass(slots=True)
class _Block:
    """An outliner's block: its dash's indentation, the block it nests under, its lines (the dash's own first)."""

    indent: int
    parent: _Block | None
    lines: list[str] = field(default_factory=list)
    heading: bool = False  # holds a heading ("## …", or "heading:: 2" among its properties)


def _outline_blocks(text: str) -> list[_Block] | None:
    """The blocks of an outliner's page; None unless every line at the margin opens a block or is one of the page's
    properties above the first block, and the page shows an outliner's own marks: properties or blocks nested.

    A plan whose bullets are dashes still has its headings, its numbered items and its paragraphs at the margin, a
    copy of a page's layout its lines far from the margin; a few dashes alone ("- a", "- b") are no page either."""
    lines = text.split("\n")
    start = 0
    while start < len(lines) and (not lines[start].strip() or _OUTLINE_PROPERTY.match(lines[start])):
        start += 1
    marked = any(line.strip() for line in lines[:start])
    blocks: list[_Block] = []
    open_blocks: list[_Block] = []  # the block the next one nests under last, the blocks that hold it before
    for line in lines[start:]:
        body = line.lstrip(" \t")
        if not body:
            continue
        indent = len(line) - len(body)  # (a tab or a space a step: the steps only compare within one page)
        if body[:2] == "- " or body.rstrip() == "-":
            while open_blocks and open_blocks[-1].indent >= indent:
                open_blocks.pop()
            block = _Block(indent, open_blocks[-1] if open_blocks else None, [body[2:]])
            blocks.append(block)
            open_blocks.append(block)
            marked = marked or block.parent is not None
        elif blocks and 0 < indent - blocks[-1].indent <= _CONTINUATION_INDENT:
            blocks[-1].lines.append(body)
            marked = marked or _OUTLINE_PROPERTY.match(body) is not None
        else:
            return None
    return blocks if marked and len(blocks) >= _MIN_OUTLINE_BLOCKS else None


def looks_like_outline(text: str) -> bool:
    return _outline_blocks(text[_front_matter_end(text):]) is not None


def _printed(shortcode: re.Match) -> str:
    """The lines a shortcode's template prints: its quoted values that hold words, each "|" a line break."""
    lines = [line.strip() for value in _SHORTCODE_VALUE.findall(shortcode[1]) for line in value.split("|")]
    kept = [line for line in lines if line and any(char.isalpha() for char in line) and not _SETTING.fullmatch(line)]
    return "\n\n".join(kept)


def looks_like_note_markup(text: str) -> bool:
    return ("[[" in text and _WIKI_LINK.search(text) is not None) or _front_matter_end(text) > 0 \
        or ("{{" in text and _SHORTCODE.search(text) is not None) \
        or _CHECKBOX.search(text) is not None or ("[!" in text and _CALLOUT.search(text) is not None) \
        or looks_like_outline(text)


def _drop_outliners_marks(block: _Block) -> None:
    """A block's lines as the document's: the outliner's own lines and marks out."""
    kept: list[str] = []
    in_drawer = False
    for k, line in enumerate(block.lines):
        line = line.strip()
        if in_drawer:
            in_drawer = line != ":END:"
            continue
        if _DRAWER_OPENING.fullmatch(line):
            in_drawer = True
            continue
        if _OUTLINE_PROPERTY.match(line):
            block.heading = block.heading or _HEADING_PROPERTY.match(line) is not None
            continue
        if _PLANNING.match(line) or line.startswith("CLOCK:"):
            continue
        opening = 0
        while k == 0 and (state := _TASK_STATE.match(line, opening)):  # "DOING [#A] …"
            opening = state.end()
        line = line[opening:]
        line = _TAG.sub("", _BLOCK_REFERENCE.sub("", line)).replace("\\*", "*").strip()
        if line and not _RULE.fullmatch(line):
            kept.append(line)
    block.lines = kept
    block.heading = block.heading or (bool(kept) and _HEADING_MARK.match(kept[0]) is not None)


def _heading_words(block: _Block) -> str:
    return block.lines[0].lstrip("#").strip(" \t*_") if block.lines else ""


def _in_capitals(words: str) -> bool:
    return words == words.upper() and any(char.isalpha() for char in words)


def _reads_as_a_documents_heading(block: _Block) -> bool:
    """Paper heads its parts and appendices in capitals, with a label, or as an appendix ("Phụ lục 2")."""
    words = _heading_words(block)
    return _in_capitals(words) or _OUTLINE_LABEL.match(words) is not None or _APPENDIX.match(words) is not None


def _heads_a_part(block: _Block) -> bool:
    """A heading, marked or as paper shows one in capitals ("KẾ HOẠCH", "I. NHIỆM VỤ"): the blocks under it are the
    part's paragraphs; under a paragraph or an item ("2. Các xã:") they are its bullets."""
    return block.heading or _in_capitals(_heading_words(block))


def _document_end(blocks: list[_Block]) -> int:
    """Where the note-taker's own section starts: the first heading block at the top of the page, after the
    document's end (its "Nơi nhận" or signature), that reads as no heading of the document and has no such heading,
    "Nơi nhận" or signature after it; the page's end if none."""
    ended = False
    notes = len(blocks)
    for k, block in enumerate(blocks):
        if block.lines and _DOCUMENT_END.match(block.lines[0]):
            ended, notes = True, len(blocks)
        elif block.heading and _reads_as_a_documents_heading(block):
            notes = len(blocks)
        elif block.heading and ended and block.parent is None and notes == len(blocks):
            notes = k
    return notes


def _outline_as_text(blocks: list[_Block]) -> str:
    out: list[str] = []
    for block in blocks:
        _drop_outliners_marks(block)
    for block in blocks[:_document_end(blocks)]:
        if not block.lines:
            continue
        first = block.lines[0]
        outliners_dash = block.parent is None or _heads_a_part(block.parent) or block.heading \
            or _OUTLINE_LABEL.match(first) is not None
        out.append(first if outliners_dash else "- " + first)
        out += block.lines[1:]
    # An outliner shows each of a block's lines on a line of its own (a header's organ over the office under it): a
    # blank line after each keeps them apart as a markdown copy's paragraphs are; a sentence that visibly runs on still
    # joins.
    return "\n\n".join(out) + "\n"


def _without_checkbox(found: re.Match) -> str:
    indent = found[1]
    line_start = found.string[found.end():found.end() + 12]
    return indent if _TYPED_LABEL.match(line_start) else indent + "- "


def note_markup_as_text(text: str) -> str:
    text = text[_front_matter_end(text):]
    blocks = _outline_blocks(text)
    if blocks:  # first: a tag "#[[…]]" holds a link's marks
        text = _outline_as_text(blocks)
    if "{{" in text:
        text = _SHORTCODE.sub(_printed, text)
    if "<!--" in text:
        text = _SITE_COMMENT.sub("", text)
    text = _WIKI_LINK.sub(lambda found: found[2] or found[1], text)
    text = _CHECKBOX.sub(_without_checkbox, text)
    text = _HIGHLIGHT.sub(r"\1", text)
    text = _BLOCK_ID.sub("", text)
    text = _CALLOUT.sub(r"\1", text)
    return _FOOTNOTE_MARK.sub("", text)
