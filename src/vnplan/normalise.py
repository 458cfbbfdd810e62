"""Normalise raw text into one logical paragraph per line.

NFC, one tone-mark style (hóa, ủy), markdown markers removed, page furniture and
footnotes set apart, hard-wrapped lines re-joined into paragraphs without merging
separate bullets. Every later stage indexes spans into the text returned here.
"""
from __future__ import annotations

import re
import unicodedata

from .read import RawText

# Old-style tone placement on open syllables -> the style the Vietnamese standard now uses.
_TONE_MOVES = {
    "oá": "óa", "oà": "òa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
    "oé": "óe", "oè": "òe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
    "uý": "úy", "uỳ": "ùy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy",
}
_TONE_MOVES.update({k.capitalize(): v.capitalize() for k, v in list(_TONE_MOVES.items())})
_TONE_MOVES.update({k.upper(): v.upper() for k, v in list(_TONE_MOVES.items())})
LABEL_START = re.compile(
    r"^(?:(?:PHẦN|Phần|MỤC|Mục|CHƯƠNG|Chương)\s+[IVXLC\d]+\b|[IVXLC]{1,6}[.\-–]\s|[A-ZĐ]\.\s|\d{1,2}(?:\.\d{1,2}){0,3}\.?\)?\s|[a-zđ]\)\s|\((?:[ivx]{1,5}|\d{1,2}|[a-zđ])\)\s?|[-–—•+*]\s?|Điều\s+\d+)"
)
_HEADING_LABEL = re.compile(r"^(?:[IVXLC]{1,6}\.|[A-ZĐ]\.|\d{1,2}(?:\.\d{1,2}){0,3}\.?|[a-zđ]\))\s")
_TERMINAL = tuple(".;:!?”\")…")
_PAGE_NUMBER = re.compile(r"^\s*(?:-\s*)?(?:Trang\s+)?\d{1,4}(?:\s*/\s*\d{1,4})?\s*(?:-\s*)?$", re.I)
_FOOTNOTE_START = re.compile(r"^\d{1,2}\s+\S")


# One plain character class lets the regex engine scan fast and the lookahead keeps only pairs at
# the end of a syllable ("hoá" but not "toán"); the rest is checked per hit: a known pair ("uá" is
# not one) and not after q ("quý" is right as is).
_TONE_RE = re.compile(r"[oOuU][áàảãạéèẻẽẹÁÀẢÃẠÉÈẺẼẸýỳỷỹỵÝỲỶỸỴ](?!\w)")


def _move_tone(match: re.Match) -> str:
    text, start = match.string, match.start()
    pair = match.group(0)
    moved = _TONE_MOVES.get(pair)
    if moved is None or (start and text[start - 1] in "qQ"):
        return pair
    return moved


def fix_tone_marks(text: str) -> str:
    return _TONE_RE.sub(_move_tone, text)


_ODD_SPACES = ("\u00a0", "\u2007", "\u202f", "\t", "\u3000")
_INVISIBLE = ("\u200b", "\u200c", "\u200d", "\ufeff", "\u00ad")


_SPACE_RUN = re.compile("  +")  # opens with plain text, so the regex engine skips ahead fast


def collapse_spaces(text: str) -> str:
    return _SPACE_RUN.sub(" ", text)


def normalise_text(text: str) -> str:
    """NFC + one tone-mark style + spacing glitches; no line structure changes."""
    text = unicodedata.normalize("NFC", text)
    text = fix_tone_marks(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    for char in _ODD_SPACES:
        if char in text:
            text = text.replace(char, " ")
    for char in _INVISIBLE:
        if char in text:
            text = text.replace(char, "")
    return text


_TABLE_RULE = re.compile(r"\|?(\s*-{3,}\s*\|)+\s*")
_ITALIC = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]*?\S)\*(?![\w*])")
_ITALIC_EDGE = re.compile(r"^(\s*)\*(?=\S)|(?<=\S)\*(\s*)$")  # italics spanning lines


def _strip_markdown(lines: list[str]) -> tuple[list[str], set[int]]:
    """Remove **bold** and *italic* markers; return the lines and the indexes that close a bold run."""
    out, hard_ends = [], set()
    for i, line in enumerate(lines):
        stripped = line.strip()
        if stripped in ("|", "* *", "**", "** **", "*", "|---|---|") or (stripped[:1] in "|-" and _TABLE_RULE.fullmatch(stripped)):
            out.append("")
            continue
        if "*" in line:
            if stripped.endswith("**") and len(stripped) > 2:
                hard_ends.add(i)
            line = _ITALIC_EDGE.sub(r"\1", _ITALIC.sub(r"\1", line.replace("**", "")))
        out.append(line)
    return out, hard_ends


def _is_wrapped(lines: list[str]) -> bool:
    """True when paragraphs are hard-wrapped: many lines stop mid-sentence before a lowercase line."""
    content = [line.strip() for line in lines if line.strip()]
    if len(content) < 8:
        return False
    breaks = sum(
        1
        for a, b in zip(content, content[1:])
        if not a.endswith(_TERMINAL) and b[:1].islower()
    )
    return breaks / len(content) > 0.15


def _split_footnotes(lines: list[str]) -> tuple[list[str], list[str]]:
    """Set apart PDF-extracted footnote blocks that sit between a page's body and the next page.

    In text extracted from PDF, a new page starts with an indented line; a
    footnote block is a paragraph starting "N text" (or a carried-over
    continuation starting lowercase) right before such a line.
    """
    body, notes = [], []
    lengths = sorted(len(line.rstrip()) for line in lines if line.strip())
    body_width = lengths[len(lengths) // 2] if lengths else 0
    i = 0
    while i < len(lines):
        line = lines[i]
        first = line[:1]
        # cheapest tests first: most lines are not a candidate
        if first.strip() and (i == 0 or not lines[i - 1].strip()) and (
            first.islower() or (first.isdigit() and _FOOTNOTE_START.match(line))
        ):
            j = i
            while j < len(lines) and lines[j].strip() and not lines[j].startswith(" ") and j - i < 15:
                j += 1
            # Footnotes are set in smaller type, so their extracted lines run longer than the body's.
            wider = max(len(line.rstrip()) for line in lines[i:j]) > body_width * 1.15
            if j < len(lines) and lines[j].startswith(" ") and lines[j].strip() and j - i < 15 and wider:
                notes.extend(lines[i:j])
                i = j
                continue
        body.append(line)
        i += 1
    return body, notes


def _join_wrapped(lines: list[str], hard_ends: set[int]) -> list[str]:
    blocks: list[str] = []
    blank_before = True
    prev_index = -1
    for i, raw in enumerate(lines):
        line = raw.strip()
        if not line:
            blank_before = True
            continue
        if not blocks:
            blocks.append(line)
        else:
            prev = blocks[-1]
            new_block = (
                LABEL_START.match(line)
                or prev_index in hard_ends
                or line.startswith("|")
                or prev.startswith("|")
                or (prev.isupper() and len(prev) > 3)
                or (line.isupper() and len(line) > 3)
                or (blank_before and prev.endswith(_TERMINAL) and not line[:1].islower())
                or (prev.endswith(":") and _HEADING_LABEL.match(prev) and not line[:1].islower())
            )
            if new_block:
                blocks.append(line)
            else:
                blocks[-1] = prev + " " + line
        prev_index = i
        blank_before = False
    return blocks


_TOP_ITEM = re.compile(r"(\d{1,2})\.\s")
_SUB_ITEM = re.compile(r"(\d{1,2})\.\d{1,2}\.?\s")


def split_glued_headings(lines: list[str]) -> list[str]:
    """Re-split '…năm 20245. Nhiệm vụ …' when the next '5.1.' shows item 5 lost its own line."""
    out: list[str] = []
    current_top = None
    for line in lines:
        if not line[:1].isdigit():
            out.append(line)
            continue
        top = _TOP_ITEM.match(line)
        sub = _SUB_ITEM.match(line)
        if top:
            current_top = top.group(1)
        elif sub and sub.group(1) != current_top and out:
            number = sub.group(1)
            glued = re.search(r"(?<=\S)" + number + r"\.\s+([A-ZĐ][^.:]{3,250})$", out[-1])
            if glued:
                out[-1] = out[-1][: glued.start()].rstrip()
                out.append(number + ". " + glued.group(1))
            current_top = number
        out.append(line)
    return out


def normalise(raw: RawText) -> str:
    """Raw reader output -> normalised text, one paragraph (or table row) per line."""
    text = normalise_text(raw.text)
    lines = text.split("\n")
    hard_ends: set[int] = set()
    if raw.format == "md" or text.count("**") >= 4:
        lines, hard_ends = _strip_markdown(lines)
    wrapped = raw.wrapped if raw.wrapped is not None else _is_wrapped(lines)
    notes: list[str] = []
    if wrapped:
        lines = [line for line in lines if not _PAGE_NUMBER.match(line) or not line.strip()]
        if raw.format != "pdf":
            lines, notes = _split_footnotes(lines)
        blocks = _join_wrapped(lines, hard_ends)
    else:
        blocks = [line.strip() for line in lines if line.strip()]
    blocks = split_glued_headings(collapse_spaces("\n".join(blocks)).split("\n"))
    if notes:
        blocks += ["Ghi chú:"] + [" ".join(line.strip() for line in notes)]
    return "\n".join(blocks) + "\n"
