"""Org mode (Emacs) files holding a document, read as the lines its export shows.

The file's settings ("#+TITLE:", "#+OPTIONS:" …) and comments ("# …") go, as do the subtrees its export leaves out
(a headline tagged ":noexport:"). A headline gives its title alone: its stars, its task state ("TODO", "DONE" …),
priority ("[#A]") and tags (":tag:") go. Drawers (":PROPERTIES:" … ":END:", ":LOGBOOK:" …), planning lines
("SCHEDULED: <…>", "DEADLINE: <…>", "CLOSED: […]") and a block's own marks ("#+BEGIN_CENTER" … "#+END_CENTER") go,
the block's lines stay; "\\\\" at a line's end breaks it; "*bold*", "/italic/", "_underlined_", "=code=", "~code~"
lose their marks; "[[target][words]]" gives its words; a checkbox ("- [ ] …", "- [X] …") goes; a table's rule lines
("|---+---|") go, its rows stay as `|` rows.
"""
from __future__ import annotations

import re

_SETTING = re.compile(r"^[ \t]*#\+(?!BEGIN|END|begin|end)[\w-]+:")
_COMMENT = re.compile(r"^[ \t]*#(?:[ \t]|$)")
_BLOCK_MARK = re.compile(r"^[ \t]*#\+(?:BEGIN|END|begin|end)_(\w+)")
_HEADLINE = re.compile(r"^(\*+)[ \t]+(.*)$")
_TASK_STATE = re.compile(r"^(?:TODO|DONE|NEXT|WAITING|WAIT|HOLD|CANCELED|CANCELLED|DOING|STARTED)[ \t]+")
_PRIORITY = re.compile(r"^\[#[A-Z0-9]\][ \t]*")
_TAGS = re.compile(r"(?::[\w@#%]+)+:")
_NOEXPORT = re.compile(r":noexport:", re.I)
_DRAWER_OPENING = re.compile(r"^[ \t]*:[A-Za-z_-]{1,30}:[ \t]*$")
_DRAWER_END = re.compile(r"^[ \t]*:END:[ \t]*$", re.I)
_PLANNING = re.compile(r"^[ \t]*(?:(?:SCHEDULED|DEADLINE|CLOSED):[ \t]*[<\[][^>\]\n]{0,60}[>\]][ \t]*)+$")
_TABLE_RULE = re.compile(r"^[ \t]*\|[-+|: \t]*\|?[ \t]*$")
_CHECKBOX = re.compile(r"^([ \t]*[-+*][ \t]+)\[[ xX-]\][ \t]+")
_LINK = re.compile(r"\[\[([^\[\]\n]{1,1000})\](?:\[([^\[\]\n]{1,1000})\])?\]")
# Emphasis as org reads it: marks around words, after a space or an opening and before a space or a punctuation.
_EMPHASIS = re.compile(r"(?:(?<=^)|(?<=[\s(\"'{]))([*/_=~+])(?=\S)([^\n]{0,300}?\S)\1(?=$|[\s.,;:!?)\"'}-])")
_FOOTNOTE = re.compile(r"\[fn:[\w-]{0,40}\]")
_VERBATIM_BLOCKS = ("example", "src", "verse")


def looks_like_org(text: str) -> bool:
    head = text[:100000]
    if "#+" not in head and ":PROPERTIES:" not in head and ":LOGBOOK:" not in head:
        return False  # (most texts: no mark of Org's own, no count of headlines)
    settings = len(re.findall(r"(?m)^#\+(?:TITLE|AUTHOR|DATE|OPTIONS|STARTUP|FILETAGS|BEGIN_\w+):", head, re.I))
    headlines = len(re.findall(r"(?m)^\*+[ \t]+\S", head))
    drawers = re.search(r"(?m)^[ \t]*:(?:PROPERTIES|LOGBOOK):[ \t]*$", head) is not None
    return headlines >= 2 and (settings >= 1 or drawers)


def _headline_title(words: str) -> str:
    title = _PRIORITY.sub("", _TASK_STATE.sub("", words.rstrip(" \t")))
    words = title.rsplit(None, 1)  # (its tags, ":a:b:", end it: read by splitting, not by a backtracking pattern)
    return words[0] if len(words) == 2 and _TAGS.fullmatch(words[1]) else title


def _inline(line: str) -> str:
    line = _LINK.sub(lambda found: found[2] or re.sub(r"^file:", "", found[1]), line)
    for _ in range(2):  # "*/…/*": emphasis inside emphasis
        line = _EMPHASIS.sub(r"\2", line)
    return _FOOTNOTE.sub("", line)


def _drawer_openings(lines: list[str]) -> set[int]:
    """The lines that open a drawer: a ":NAME:" line that an ":END:" closes before the next headline (a line ":TT:"
    alone opens none)."""
    openings: set[int] = set()
    waiting: list[int] = []
    for k, line in enumerate(lines):
        if _HEADLINE.match(line):
            waiting = []
        elif _DRAWER_END.match(line):
            openings.update(waiting[:1])
            waiting = []
        elif _DRAWER_OPENING.match(line):
            waiting.append(k)
    return openings


def org_as_text(text: str) -> str:
    out: list[str] = []
    skipped_below: int | None = None  # the level of a headline whose subtree the export leaves out
    in_drawer = False
    verbatim = False
    lines = text.split("\n")
    drawers = _drawer_openings(lines)
    for k, line in enumerate(lines):
        headline = _HEADLINE.match(line)
        if headline:
            level = len(headline[1])
            if skipped_below is not None and level > skipped_below:
                continue
            skipped_below = level if _NOEXPORT.search(headline[2]) else None
            in_drawer = False
            if skipped_below is None:
                out.append(_inline(_headline_title(headline[2])))
            continue
        if skipped_below is not None:
            continue
        if in_drawer:
            in_drawer = not _DRAWER_END.match(line)
            continue
        block = _BLOCK_MARK.match(line)
        if block:
            verbatim = line.lstrip()[2:7].lower() == "begin" and block[1].lower() in _VERBATIM_BLOCKS
            continue
        if verbatim:
            out.append(line)
            continue
        if _DRAWER_OPENING.match(line) and not _DRAWER_END.match(line) and k in drawers:
            in_drawer = True
            continue
        if _SETTING.match(line) or _COMMENT.match(line) or _PLANNING.match(line) or _TABLE_RULE.match(line):
            continue
        line = line.rstrip(" \t")
        out.append(_inline(_CHECKBOX.sub(r"\1", line[:-2].rstrip(" \t") if line.endswith("\\\\") else line)))
    return "\n".join(out).strip() + "\n"
