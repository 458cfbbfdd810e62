"""A table's row as the normalised text writes it, `| a | b |`, and its cells read back: one form for every reader
and converter that lays a table out, and for the stages that read the rows."""
from __future__ import annotations

import re
from collections.abc import Iterable

from .extract.agency_lexicon import HEAD_WORDS
from .lexicon import NON_TASK_HEADINGS, ORGANISATION_HEADINGS, RUNNING_ON_WORDS, roman_numeral


# A table of fewer columns is the page's layout (the header's two cells, the recipients beside the signature), not data.
MIN_DATA_COLUMNS = 3


# What comes after a table and is none of its rows: the signature, an appendix, a closing part's heading.
ENDS_TABLE = re.compile(r"^(?:Nơi nhận|PHỤ LỤC|TM\.|KT\.)", re.I)
CLOSING_PART_WORDS = tuple(w.upper() for w in (*ORGANISATION_HEADINGS, *NON_TASK_HEADINGS))


def label_family(label: str) -> str:
    """The numbering a row's label belongs to: arabic ("2.1"), roman ("IV") or letters ("B")."""
    if label[:1].isdigit():
        return "arabic"
    return "roman" if label and set(label) <= set("IVXL") else "letter"


# (groups lettered in Vietnamese order, "D" then "Đ"; one that skips "Đ" or an English letter goes on too)
_LETTERS = "ABCDĐEFGHIJKLMNOPQRSTUVWXYZ"


def _next_groups(label: str) -> tuple[str, ...]:
    if label_family(label) == "roman":
        following = next((roman_numeral(n + 1) for n in range(1, 50) if roman_numeral(n) == label), "")
        return (following,) if following else ()
    at = _LETTERS.find(label) if len(label) == 1 else -1
    return tuple(_LETTERS[at + 1:at + 3]) if at >= 0 else ()  # ("Đ" or "E" after "D")


def opens_next_group(labels: list[str], label: str) -> bool:
    """Is `label` a group's that may follow the rows `labels` number: the first of its family ("I", "A") or the next
    after the last group of it? ("III" after "I", "II"; not "III" in a table without groups, a part's heading after
    it.)"""
    last = next((before for before in reversed(labels) if label_family(before) == label_family(label)), None)
    return label in ("I", "A") or last is not None and label in _next_groups(last)


def table_row(cells: Iterable[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def row_cells(line: str) -> list[str]:
    return [cell.strip() for cell in line.strip().strip("|").split("|")]


_BODY_OPENING = re.compile(r"^\W{0,2}(?:Các |các )?(?:" + "|".join(map(re.escape, HEAD_WORDS)) + r")(?!\w)")
_MAX_CELL_JOIN = 200  # characters: a cell longer than this is a task's text, no list of agencies


def join_cell_lines(lines: list[str]) -> str:
    """A cell's printed lines as one: by a space, or by "; " where a break parts two agencies' names that no mark
    parts ("Cục A" / "Trung tâm B"), as a cell of agencies lists them."""
    out = ""
    for line in filter(None, (line.strip() for line in lines)):
        parted = not out or out[-1] in ";,:.-–+" or line[0] in "-–+•("
        names = not parted and len(out) <= _MAX_CELL_JOIN and _BODY_OPENING.match(out.rsplit("; ", 1)[-1]) \
            and _BODY_OPENING.match(line)
        out += ("; " if names else " " if out else "") + line
    return out


def join_cell_paragraphs(paragraphs: list[str]) -> str:
    """A cell's paragraphs (its lines broken by hand, not wrapped) on one line: a sentence goes on after a space; names
    listed one a paragraph ("Công an thành phố" / "Các ấp ven biển") are parted by a semicolon, as cells list them.
    A paragraph that is a line's wrap (a converter's copy of a PDF makes each printed line one) goes on after a space
    too: one opening in lower case, or after a mark or a head that wants more ("Phòng Kế hoạch -" / "Tài chính")."""
    out = ""
    for paragraph in filter(None, (p.strip() for p in paragraphs)):
        last_word = out.rsplit(" ", 1)[-1]
        goes_on = out.endswith((".", ";", ",", ":", "-", "–", "(", "/")) or paragraph[:1].islower() \
            or last_word in _HEAD_WORD_SET or last_word.lower() in _RUNNING_ON \
            or len(paragraph.split()) <= _WRAPPED_END_WORDS and not _BODY_OPENING.match(paragraph)
        # ("… trên" / "Cổng …"; "Truyền hình Thái" / "Nguyên": a name's last words, no name of their own)
        joint = "" if not out else " " if goes_on else "; "
        out += joint + paragraph
    return out


_HEAD_WORD_SET = frozenset(HEAD_WORDS)
_RUNNING_ON = frozenset(word for word in RUNNING_ON_WORDS if " " not in word)
_WRAPPED_END_WORDS = 2
