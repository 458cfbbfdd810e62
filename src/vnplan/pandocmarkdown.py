"""Pandoc's markdown as an author writes a document to be rendered to Word (Quarto, R Markdown), read as the plain
lines of a markdown copy.

The source boxes the header's columns, the title and the signature in fenced divs named by the Word style they take
(`::: {custom-style="Header Left"}` … `:::`), breaks a line with a backslash at its end, gives a heading its
attributes (`# I. MỤC ĐÍCH {.unnumbered}`) and a table its caption after it (`: Phân công … {#tbl-x}`), and holds
chunks of code that compute what it prints (```` ```{r} ```` … ```` ``` ````, inline `` `r so_xa` ``). The words stay,
the marks go: a fence is a paragraph's end, a chunk is the author's program (its inline value, unknown here, reads
"…"), a span keeps its words (`[Đã ký]{.smallcaps}`). A callout (`::: {.callout-note}`) is the author's aside, a box
beside the text, not a paragraph of the document: it goes whole.
"""
from __future__ import annotations

import re

_DIV_FENCE = re.compile(r"^:{3,}[ \t]*(?:\{[^{}\n]*\}|[\w.-]+)?[ \t]*$", re.M)
_CODE_CHUNK = re.compile(r"^(`{3,})[ \t]*\{[ \t]*[A-Za-z][\w-]*[^\n]*\}[ \t]*\n.*?^\1[ \t]*$", re.M | re.S)
_INLINE_CODE = re.compile(r"`r [^`\n]+`")
_ATTRIBUTES_AT_END = re.compile(r"[ \t]+\{[ \t]*[#.][^{}\n]*\}[ \t]*$", re.M)
_CAPTION = re.compile(r"^:[ \t]+(?=\S)", re.M)
_HARD_BREAK = re.compile(r"(?<!\\)\\[ \t]*$", re.M)
_SPAN = re.compile(r"\[([^\[\]\n]+)\]\{[ \t]*[#.][^{}\n]*\}")
_CALLOUT = re.compile(r"\{[^{}\n]*\.callout(?:-[\w-]+)?(?![\w-])")
_LEAST_FENCES = 2
# A reviewed Word file as pandoc writes its tracked changes and comments ("--track-changes=all"): a comment's words in a
# span opening where it was anchored, `[Đề nghị bổ sung …]{.comment-start id="4" author=… date=…}` (its words may hold
# a bracket of their own, "xem Điều [5]"), its end an empty span; a word inserted in a span of its own, one deleted too.
_TRACKED_CHANGE = re.compile(r"\[((?:[^\[\]]|\[[^\[\]\n]{0,80}\]){0,3000})\]"
                             r"\{\.(comment-start|comment-end|insertion|deletion"
                             r"|paragraph-insertion|paragraph-deletion)(?![\w-])[^{}\n]{0,300}\}")
_KEPT_CHANGES = ("insertion", "paragraph-insertion")


def looks_like_pandoc_markdown(text: str) -> bool:
    """Fenced divs (two fences at least: one opens, one closes) or a chunk of code the document runs."""
    return len(_DIV_FENCE.findall(text)) >= _LEAST_FENCES or _CODE_CHUNK.search(text) is not None


def tracked_changes_applied(text: str) -> str:
    """The document as its reviewers' changes leave it: what they inserted kept, what they deleted gone, and their
    comments, which are no words of the document, gone too."""
    return _TRACKED_CHANGE.sub(lambda change: change[1] if change[2] in _KEPT_CHANGES else "", text)


def _without_callouts(text: str) -> str:
    """The text without its callout divs, each up to the fence that closes it (divs nest: a fence with attributes opens
    one, a bare fence closes the innermost)."""
    kept: list[str] = []
    depth = callout_depth = 0
    for line in text.split("\n"):
        fence = _DIV_FENCE.fullmatch(line)
        if fence and line.rstrip(": \t"):  # (a fence with attributes or a class opens a div)
            depth += 1
            if not callout_depth and _CALLOUT.search(line):
                callout_depth = depth
        elif fence:
            depth = max(depth - 1, 0)
            if callout_depth and depth < callout_depth:
                callout_depth = 0
                continue
        if not callout_depth:
            kept.append(line)
    return "\n".join(kept)


def pandoc_markdown_as_text(text: str) -> str:
    text = _CODE_CHUNK.sub("", text)
    if ".callout" in text:
        text = _without_callouts(text)
    text = _DIV_FENCE.sub("", text)
    text = _INLINE_CODE.sub("…", text)
    text = _ATTRIBUTES_AT_END.sub("", text)
    text = _SPAN.sub(r"\1", text)
    if "\n:" in text:
        text = _captions_above(text)
    return _HARD_BREAK.sub("", text)


def _captions_above(text: str) -> str:
    """A table's caption, which the source writes after the table (": Phân công …"), above it, where Word prints a
    table's title; one standing alone stays where it is, its mark gone."""
    lines = text.split("\n")
    out: list[str] = []
    for line in lines:
        if _CAPTION.match(line):
            caption = _CAPTION.sub("", line)
            end = len(out)
            while end and not out[end - 1].strip():
                end -= 1
            start = end
            while start and out[start - 1].lstrip().startswith("|"):
                start -= 1
            out[start:start] = [caption, ""] if start < end else []
            if start == end:
                out.append(caption)
            continue
        out.append(line)
    return "\n".join(out)
