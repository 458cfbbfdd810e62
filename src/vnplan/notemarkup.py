"""The marks a note-taking app's markdown adds (Obsidian, Logseq, GitHub's task lists), read as the plain lines of
a markdown copy.

A note holding a document opens with its properties between "---" lines (YAML front matter), links other notes as
"[[Note]]" or "[[Note|shown words]]", keeps a task list's checkboxes ("- [ ] a) …", "- [x] …"), highlights
("==…=="), block ids ("^id" closing a line), callouts ("> [!info] …") and footnote marks ("[^1]"). The words stay,
the marks go: a checkbox before a typed label ("- [ ] a) Chỉ đạo …") leaves the label, as paper shows it.
"""
from __future__ import annotations

import re

_FENCE = re.compile(r"---[ \t]*")
_PROPERTY = re.compile(r"[\w -]+:|[ \t]+\S|-[ \t]|\s*$")  # a key, a value's continuation, a list's item, a blank
_FRONT_MATTER_LINES = 60
# (not a web copy's footnote mark, "[[1]](https://…)")
_WIKI_LINK = re.compile(r"!?\[\[(?!\d+\]\])([^\[\]|\n]+?)(?:\|([^\[\]\n]+?))?\]\](?!\()")
_CHECKBOX = re.compile(r"^([ \t]*)[-*+][ \t]+\[[ xX/-]\][ \t]+", re.M)
_TYPED_LABEL = re.compile(r"(?:[a-zđ]|\d{1,2}(?:\.\d{1,2})*|[IVX]{1,5})[.)][ \t]")
_HIGHLIGHT = re.compile(r"==(?=\S)([^=\n]*?\S)==")
_BLOCK_ID = re.compile(r"[ \t]+\^[\w-]+[ \t]*$", re.M)
_CALLOUT = re.compile(r"^(>[ \t]*)\[![\w-]+\][-+]?[ \t]*", re.M)
_FOOTNOTE_MARK = re.compile(r"\[\^[\w-]+\](?!:)")


def _front_matter_end(text: str) -> int:
    """Where the properties between the opening "---" and the closing one end (0 without them), read line by line."""
    lines = text.lstrip("\ufeff").split("\n", _FRONT_MATTER_LINES + 2)
    if not lines or not _FENCE.fullmatch(lines[0]):
        return 0
    for k, line in enumerate(lines[1:_FRONT_MATTER_LINES + 1], 1):
        if _FENCE.fullmatch(line):
            return len("\n".join(lines[:k + 1])) + 1 + (len(text) - len(text.lstrip("\ufeff")))
        if not _PROPERTY.match(line):
            return 0
    return 0


def looks_like_note_markup(text: str) -> bool:
    return ("[[" in text and _WIKI_LINK.search(text) is not None) or _front_matter_end(text) > 0 \
        or _CHECKBOX.search(text) is not None or ("[!" in text and _CALLOUT.search(text) is not None)


def _without_checkbox(found: re.Match) -> str:
    indent = found[1]
    line_start = found.string[found.end():found.end() + 12]
    return indent if _TYPED_LABEL.match(line_start) else indent + "- "


def note_markup_as_text(text: str) -> str:
    text = text[_front_matter_end(text):]
    text = _WIKI_LINK.sub(lambda found: found[2] or found[1], text)
    text = _CHECKBOX.sub(_without_checkbox, text)
    text = _HIGHLIGHT.sub(r"\1", text)
    text = _BLOCK_ID.sub("", text)
    text = _CALLOUT.sub(r"\1", text)
    return _FOOTNOTE_MARK.sub("", text)
