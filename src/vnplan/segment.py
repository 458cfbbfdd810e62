"""Outline segmentation: normalised lines -> blocks with labels, levels and spans.

Parts (A/B/C, I/II), numbered items (1., 2.1.), lettered sub-items (a), đ)),
bullets (-, *, •), sub-bullets (+), enumerations ((i), (ii)) and plain
paragraphs. Each block knows its parent, so later stages can read the outline
as a tree.
"""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from .extract.agency_lexicon import OFFICE_HOLDERS
from .lexicon import (ADOPTION_FORMULA, ANNOUNCES_LIST, APPENDIX_TITLE, DOES_WORK, FIELD_LINE, LEAD_OR_PARTNER,
                      PHASE_LABEL, ROMAN_POINT_NUMERALS, SIGNATURE_OPENING, SUB_BULLET_MARKS, TYPE_LINE, UPPER_LETTERS,
                      VERB_OPENING, field_role, roman_numeral)
from .model import OutlineNode, Span

_ROMAN_PART = re.compile(r"^(?:PHẦN\s+|Phần\s+)?([IVXLC]{1,6})\s*[.\-–]\s*(\S.*)$")
_LETTER_PART = re.compile(r"^([A-ZĐ])\.\s+(\S.*)$")
_ARTICLE = re.compile(r"^(Điều\s+\d{1,3})\s*[.:)]\s*(.*)$")  # "Điều 2. Giao Bộ X: …" (or "Điều 2)") divides a decision
# ("2.1 Sở X": a number with no closing mark, not "2." before a text opening "1 …")
# ("1.", "1)", a typist's "1/ " too; "2.3" without its mark)
_ITEM = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){0,3})(?:\.(?!\d)|\)|/(?=\s))\s*(\S.*)$"
                   r"|^(\d{1,2}(?:\.\d{1,2}){1,3})\s+(\S.*)$")
_SUB = re.compile(r"^([a-zđ])(?:\)|\.(?=\s))\s*(\S.*)$")  # "a)" and "a."
_ROMAN_SUB = re.compile(r"^(" + ROMAN_POINT_NUMERALS + r")\)\s*(\S.*)$")
_DASH = re.compile(r"^[-–—•]\s*(\S.*)$")
_STAR = re.compile(r"^\*\s*(\S.*)$")
_PLUS = re.compile(r"^[+" + SUB_BULLET_MARKS + r"]\s*(\S.*)$")  # "+", or a second-level mark kept beside a "+" of the text's own
_ENUM = re.compile(r"^\((?:[ivx]{1,5}|\d{1,2})\)\s*(\S.*)$")
_END_OF_BODY = re.compile(
    r"^(?:\|\s*)*(?:" + SIGNATURE_OPENING + r"|Ghi chú:|File gốc|Tóm tắt$|[*_]*" + ADOPTION_FORMULA + ")", re.I
)
# A portal's table of the document's fields: after the text it ends the body; a service's answer may give it first.
# So do the short status lines a portal sets under a copy without its signature ("Hiệu lực: Còn hiệu lực", "Lượt xem:
# 86", its count's thousands a dot apart: "1.204"), and the file it attaches ("Tệp đính kèm: [312-QD-BYT.pdf](…)").
_PORTAL_FIELDS = re.compile(r"^(?:\|\s*)*(?:Số hiệu|Cơ quan ban hành)\s*\||^(?:Hiệu lực|Tình trạng(?: hiệu lực)?"
                            r"|Ngày có hiệu lực|Lượt xem|Lượt tải)\s*:(?:[^.;]|\.(?=\d)){0,40}$"
                            r"|^[*_]*(?:Tệp|File) đính kèm[*_]*\s*:", re.I)

_SIGNATURE_MARK = re.compile(r"(?:TM|KT|TL|TUQ|Q)\.\s")
_SIGNERS_OFFICE = re.compile(r"(?:PHÓ\s+)?(?:" + "|".join(holder.upper() for holder in OFFICE_HOLDERS)
                             + r")(?:\s+[" + UPPER_LETTERS + r"]+){0,3}")
_PERSONS_NAME = re.compile(r"[" + UPPER_LETTERS + r"][^\W\d_]*(?:\s[" + UPPER_LETTERS + r"][^\W\d_]*){1,4}")
_TEXT_END = "/."  # the mark a document's text ends on ("… để chỉ đạo./.")
_ATTACHED = re.compile(r"^[(*_\s]*(?:Ban hành |Kèm theo )", re.I)  # "(Ban hành kèm theo Quyết định số …)"


def _body_ends_on_its_end_mark(blocks: list[Block]) -> None:
    """After the text's last end mark ("… để chỉ đạo./."), the signature, though no "TM." or "Nơi nhận:" marks it; not
    when a document attached to it follows (its type word, "(Ban hành kèm theo …)", an appendix's title)."""
    last = next((i for i in range(len(blocks) - 1, -1, -1) if blocks[i].line.rstrip(" *_").endswith(_TEXT_END)), None)
    if last is None or last + 1 == len(blocks):
        return
    following = blocks[last + 1]
    if not TYPE_LINE.fullmatch(following.line) and not _ATTACHED.match(following.line) \
            and not APPENDIX_TITLE.match(following.line):
        following.ends_body = True

# A letter's list of what it sends with it ("Bộ Tài chính gửi kèm bộ tài liệu gồm:") comes after its last request,
# as "Nơi nhận" does: none of the body.
_ENCLOSURES = re.compile(r"^(?:[^.;:,]{0,60}\s)?(?:xin\s+)?[Gg]ửi kèm(?:\s+theo)?\s[^.;]{0,120}:$")

_LETTER_OR_DIGIT = re.compile(r"[^\W_]")  # what str.isalnum() accepts, found by one scan

LEVEL_LETTER_PART = 1
LEVEL_ROMAN_PART = 2
LEVEL_ITEM = 3  # + depth - 1
LEVEL_SUB = 8
LEVEL_LEAD_IN = 9
LEVEL_LEAF = 10
LEVEL_CHILD = 11


@dataclass
class Block:
    kind: str  # part | item | sub | dash | star | plus | enum | para | row
    label: str
    text: str  # without the label
    line: str  # the whole line
    start: int  # offset of the line in the normalised text
    text_start: int
    level: int = LEVEL_LEAF
    parent: int | None = None
    children: list[int] = field(default_factory=list)
    index: int = 0
    ends_body: bool = False  # the signature, "Nơi nhận" or a portal's table after the text (set by `segment`)
    # A line of roles joined to the block after its full stop ("… nâng cấp." / "(Đơn vị chủ trì: …)"): the fields of
    # the work the block's own words say, as a task table's row gives them (set by `_role_lines_joined`)
    roles_line: str = ""
    # The first line of a document a decision issues after its own end, its type word over its title (set by
    # `_assign_levels`, from `_issued_documents`)
    opens_issued_document: bool = False

    @property
    def span(self) -> Span:
        return Span(self.start, self.start + len(self.line))


_BULLETS = {"-": ("dash", _DASH), "–": ("dash", _DASH), "—": ("dash", _DASH), "•": ("dash", _DASH),
            "*": ("star", _STAR), "(": ("enum", _ENUM),
            **{mark: ("plus", _PLUS) for mark in "+" + SUB_BULLET_MARKS}}


def _classify(line: str) -> tuple[str, str, str]:
    """(kind, label, text) of one line; the first character says which patterns can apply."""
    first = line[:1]
    if first == "|" or line.count(" | ") >= 2:  # a table row, with or without its outer bars
        return "row", "", line
    if first.isupper():
        m = _ROMAN_PART.match(line)
        if m and (m.group(2)[:1].isupper()):
            return "part", m.group(1), m.group(2)
        m = _LETTER_PART.match(line)
        if m and (sum(c.isupper() for c in m.group(2)[:30]) > 10 or m.group(2).isupper()):
            return "part", m.group(1), m.group(2)
        m = _ARTICLE.match(line)
        if m:
            return "part", m.group(1), m.group(2)
    elif first.isdigit():
        m = _ITEM.match(line)
        if m:
            label = m.group(1) or m.group(3)
            return "item", label, m.group(2) or m.group(4)
    elif first in _BULLETS:
        kind, pattern = _BULLETS[first]
        m = pattern.match(line)
        if m:
            return kind, line[: m.start(1)].strip(), m.group(1)
    else:
        m = _SUB.match(line) or _ROMAN_SUB.match(line)
        if m:
            return "sub", m.group(1), m.group(2)
    return "para", "", line


_LEAST_LETTERED_SECTIONS = 3


def _lettered_sections(lines: list[str]) -> dict[int, tuple[str, str]]:
    """The lines a document heads its sections with in capital letters, in lower case after their first word ("A.
    Phòng Quản lý doanh nghiệp", "B. Phòng Quản lý quy hoạch", "C. Văn phòng Ban"): A, B, C … in order, a numbered
    item after each; their line number → (label, text). A letter part in capitals is read line by line (`_classify`)."""
    found: dict[int, tuple[str, str]] = {}
    expected = "A"
    for n, line in enumerate(lines):
        m = _LETTER_PART.match(line) if line[:1] == expected and line[1:3] == ". " else None
        if m is None or not next((after for after in itertools.islice(lines, n + 1, None) if after.strip()),
                                 "")[:1].isdigit():
            continue
        found[n] = (m.group(1), m.group(2))
        expected = chr(ord(expected) + 1)
    return found if len(found) >= _LEAST_LETTERED_SECTIONS else {}


def segment(text: str) -> list[Block]:
    """Normalised text -> blocks in order, each with level and parent index."""
    lines = text.split("\n")
    quoted = _quoted_lines(lines) if "“" in text else set()
    lettered = _lettered_sections(lines)
    blocks: list[Block] = []
    offset = 0
    for n, line in enumerate(lines):
        if line[:1].isalnum() or _LETTER_OR_DIGIT.search(line):  # lines of marks alone ("* *", "---", "|") hold nothing
            kind, label, body = ("para", "", line) if n in quoted else (
                ("part", *lettered[n]) if n in lettered else _classify(line))
            blocks.append(Block(kind, label, body, line, offset, offset + len(line) - len(body)))
        offset += len(line) + 1
    blocks = _role_lines_joined(_heading_continuations_joined(blocks, text), text)
    outline_seen = False
    for block in blocks:  # read once here: the parts and the reporting duties both ask
        block.ends_body = _END_OF_BODY.match(block.line) is not None or (
            block.kind == "para" and "ửi kèm" in block.line and _ENCLOSURES.match(block.line) is not None) or (
            outline_seen and _PORTAL_FIELDS.match(block.line) is not None)
        outline_seen = outline_seen or block.kind in ("part", "item", "sub")
    last_labelled = max((k for k, block in enumerate(blocks) if block.kind != "para"), default=-1)
    for k, (block, following) in enumerate(zip(blocks, blocks[1:])):
        # (a body's name in capitals over the marker it signs with, "CÔNG AN TỈNH X" / "KT. GIÁM ĐỐC": a joint
        # document's signatures, one beside the other, the first of them)
        if following.ends_body and block.kind == "para" and block.line.isupper() \
                and _SIGNATURE_MARK.match(following.line):
            block.ends_body = True
        # (the signer's office in capitals over the signer's name after the last item, no "TM." before it: "CHỦ TỊCH"
        # / "Lê Văn An"; not a post heading its holder's duties, "HIỆU TRƯỞNG" / "Nguyễn Văn An" / "- Phụ trách …")
        if block.kind == "para" and k > last_labelled and _SIGNERS_OFFICE.fullmatch(block.line.strip(" *_")) \
                and _PERSONS_NAME.fullmatch(following.line.strip(" *_")):
            block.ends_body = True
    _body_ends_on_its_end_mark(blocks)
    _lost_numbering_restored(blocks)
    _lost_item_numbering_restored(blocks)
    _unnumbered_capital_parts(blocks)
    _assign_levels(blocks)
    return blocks


_TERMINAL_MARKS = tuple(".;:!?…”\"")
_LONGEST_UNLABELLED_HEADING = 120  # characters: a longer line without a full stop is a sentence left open
_MIN_UNLABELLED_HEADINGS = 3


def _is_unlabelled_heading(block: Block) -> bool:
    line = block.line.rstrip()
    return len(line) <= _LONGEST_UNLABELLED_HEADING and not line.endswith(_TERMINAL_MARKS)


def _lost_numbering_restored(blocks: list[Block]) -> None:
    """A copy that lost its automatic numbering (a Word document pasted as text) keeps its outline in the form
    of its lines alone: after the preamble, a line in capitals without a full stop heads a part, another line
    without one heads an item, and a sentence is one of the item's points. Read only when the body has no
    label at all and such headings each head sentences: a letter in paragraphs has no headings. The document a
    decision issues after its signature ("KẾ HOẠCH" / its title / "(Ban hành kèm theo Quyết định …)") is read so on
    its own."""
    ends = [i for i, b in enumerate(blocks) if b.ends_body] + [len(blocks)]
    _bullets_that_number_nothing(blocks[:ends[0]])
    if all(b.kind == "para" for b in blocks[:ends[0]]):
        # (after the preamble: the header and title, lines without a full stop too, up to the first sentence)
        first_sentence = next((i for i, b in enumerate(blocks[:ends[0]]) if not _is_unlabelled_heading(b)), ends[0])
        _numbering_restored_in(blocks[first_sentence:ends[0]])
    for k, block in enumerate(blocks[ends[0]:], ends[0]):
        attached = next((i for i in range(k + 1, min(k + 1 + _ISSUED_TITLE_LINES, len(blocks)))
                         if _ATTACHED.match(blocks[i].line)), None) if TYPE_LINE.fullmatch(block.line) else None
        if attached is not None:  # (the issued plan, after its title)
            end = next(end for end in ends if end > k)
            if all(b.kind == "para" for b in blocks[attached + 1:end]):
                _numbering_restored_in(blocks[attached + 1:end])


_ISSUED_TITLE_LINES = 3  # a title's lines, then "(Ban hành kèm theo …)"


def _bullets_that_number_nothing(body: list[Block]) -> None:
    """One bullet before every line of the body, its headings in capitals too ("• MỤC TIÊU", "• Phòng Kỹ thuật", "• Xây
    dựng …"): a word processor's numbering that a copy wrote as one mark for every level. The mark says nothing; the
    lines are read as a copy that lost its numbering is (`_lost_numbering_restored`)."""
    marked = [b for b in body if b.kind == "dash"]
    if not marked or any(b.kind not in ("para", "dash") for b in body) or len({b.label for b in marked}) > 1:
        return
    if sum(1 for b in marked if b.text.isupper() and _is_unlabelled_heading(b)) < _MIN_UNLABELLED_HEADINGS:
        return
    for block in marked:
        block.kind, block.label = "para", ""


def _numbering_restored_in(body: list[Block]) -> None:
    headings = [i for i, b in enumerate(body[:-1]) if _is_unlabelled_heading(b) and not _is_unlabelled_heading(body[i + 1])]
    if len(headings) < _MIN_UNLABELLED_HEADINGS:
        return
    parts = items = 0
    for block in body:
        if not _is_unlabelled_heading(block):
            block.kind, block.label = "dash", "-"
        elif block.line.upper() == block.line:
            parts, items = parts + 1, 0
            block.kind, block.label = "part", roman_numeral(parts)
        else:
            items += 1
            block.kind, block.label = "item", str(items)


def _lost_item_numbering_restored(blocks: list[Block]) -> None:
    """A copy that kept its parts' typed numerals ("III. NHIỆM VỤ …") but lost the automatic numbering of what is in
    them (a DOCX taken as text): inside a part of unlabelled lines, a line without a full stop that opens the part and
    heads sentences ("Công an phường" / "Chủ trì, phối hợp … ." / "Xây dựng … ."), and each like it after, is an
    item, and the sentences under it its points. It takes two such headings in the part."""
    end = next((i for i, b in enumerate(blocks) if b.ends_body), len(blocks))
    starts = [i for i, b in enumerate(blocks[:end]) if b.kind == "part"]
    for start, stop in zip(starts, [*starts[1:], end]):
        body = blocks[start + 1:stop]
        if len(body) < 3 or any(b.kind != "para" or FIELD_LINE.match(b.text) for b in body) \
                or not _is_unlabelled_heading(body[0]) or _is_unlabelled_heading(body[1]):  # (fields: a field block's)
            continue
        headings = [i for i, b in enumerate(body[:-1]) if _is_unlabelled_heading(b)]
        if len(headings) < 2 or any(_is_unlabelled_heading(body[i + 1]) or DOES_WORK.search(body[i].line)
                                    for i in headings) or _is_unlabelled_heading(body[-1]):
            continue  # (a line that does work, "Công an huyện bảo đảm an ninh trật tự", is a task left unstopped)
        for n, block in enumerate(body):
            block.kind, block.label = ("item", str(headings.index(n) + 1)) if n in headings else ("dash", "-")


def _capital_heading(block: Block) -> bool:
    return block.kind == "para" and block.line.isupper() and _is_unlabelled_heading(block)


def _heads_content(blocks: list[Block], i: int) -> bool:
    """The heading at `i` stands over something other than headings: a sentence or a labelled block, directly or
    under one more heading in capitals ("NỘI DUNG THỰC HIỆN" over "TUYÊN TRUYỀN" over its items)."""
    for block in blocks[i + 1:i + 3]:
        if block.kind != "para" or not _is_unlabelled_heading(block):
            return not block.ends_body
        if not _capital_heading(block):
            return False  # a title's second line, a signer's name: no part's heading
    return False


def _unnumbered_capital_parts(blocks: list[Block]) -> None:
    """Where no labelled part divides the text, lines in capitals without a number or a full stop ("MỤC TIÊU", "VỆ SINH
    TAY", "TỔ CHỨC THỰC HIỆN") head its parts, as "I.", "II." would: a plan typed with the numbering its template
    styled away. Such a heading stands between content, a sentence or a labelled block before it (or the note
    of what the plan comes with, or a heading of this kind) and after it; a title's lines, a letterhead's and a
    signer's stand among other headings. It takes three, with no labelled part after them, to read them so."""
    headings: list[Block] = []
    for i, block in enumerate(blocks):
        if block.kind == "part":
            headings = []  # the parts that divide the text: capitals before them head nothing of theirs
            continue
        if not (i and _capital_heading(block) and _heads_content(blocks, i)):
            continue
        before = blocks[i - 1]
        # (a title joined from its lines is none; a labelled block is, with a full stop or without)
        content_before = before.kind != "para" or not (_is_unlabelled_heading(before) or before.line.isupper())
        if content_before or before.line.startswith("(") or (headings and headings[-1] is before):
            headings.append(block)
    if len(headings) < _MIN_UNLABELLED_HEADINGS:
        return
    for n, block in enumerate(headings, 1):
        block.kind, block.label = "part", roman_numeral(n)


_LONGEST_QUOTATION = 40  # lines: an opening mark left unclosed that long quotes nothing


def _quoted_lines(lines: list[str]) -> set[int]:
    """The lines inside a quotation after its first (“Điều 17. …” / "5. Việc …" / "9. … người có công.”): a letter
    quoting a decree's clauses; their labels are the decree's, not the letter's own structure."""
    quoted: set[int] = set()
    n = 0
    while n < len(lines):
        if lines[n].count("“") > lines[n].count("”"):
            close = next((k for k in range(n + 1, min(len(lines), n + _LONGEST_QUOTATION))
                          if lines[k].count("”") > lines[k].count("“")), None)
            if close is not None:
                quoted.update(range(n + 1, close + 1))
                n = close
        n += 1
    return quoted


_OPEN_END = re.compile(r"[^.;:!?)\]]$")  # a line that stops mid-phrase


def _heading_continuations_joined(blocks: list[Block], text: str) -> list[Block]:
    """A numbered heading broken over two lines ("3. Đề nghị Ủy ban …, Hội Liên hiệp" / "Phụ nữ Thành
    phố và …") before its bullets is one heading: neither line ends a phrase, and a list follows."""
    out: list[Block] = []
    for i, block in enumerate(blocks):
        previous = out[-1] if out else None
        following = blocks[i + 1] if i + 1 < len(blocks) else None
        if (previous is not None and previous.kind in ("item", "sub") and block.kind == "para"
                and previous.start + len(previous.line) + 1 == block.start
                and _OPEN_END.search(previous.line) and _OPEN_END.search(block.line)
                and following is not None and following.kind in ("dash", "star", "plus")):
            out[-1] = _joined(previous, block, text)
            continue
        out.append(block)
    return out


def _joined(first: Block, second: Block, text: str) -> Block:
    """Two adjacent lines as the one block the first opens."""
    line = text[first.start:second.start + len(second.line)].replace("\n", " ")
    return Block(first.kind, first.label, line[first.text_start - first.start:], line, first.start, first.text_start)


# A line of its own that says who does the work of the heading above it: "(Chủ trì: Sở X; phối hợp: Sở Y)".
_ROLES = r"\((?:[^()]*[\s:])?" + LEAD_OR_PARTNER + r"[\s:;,)][^()]*\)[.;]?"
_ROLE_LINE = re.compile(_ROLES)
_ROLES_CLOSING = re.compile(_ROLES + "$")  # … or closing a heading's line
# (after a sentence, a note sending the reader to an appendix is no item's assignment: "(Chi tiết … tại Phụ lục kèm
# theo)")
_POINTS_ELSEWHERE = re.compile(r"\bchi tiết\b|\bphụ lục\b|\bkèm theo\b", re.I)


def _role_lines_joined(blocks: list[Block], text: str) -> list[Block]:
    """ "Bước 2: Khi có tin bão khẩn cấp" / "(Chủ trì: Ủy ban nhân dân xã; phối hợp: Công an xã)" / "- …": the line
    of roles belongs to the heading it follows, which speaks for the list after it; so does "(Vụ X chủ trì, phối hợp
    với Cục Y; quý II/2027)" to the item it follows, whose assignment it is, after the item's full stop too."""
    out: list[Block] = []
    for block in blocks:
        previous = out[-1] if out else None
        if (previous is not None and block.kind == "para" and previous.kind in ("para", "item", "sub")
                and previous.start + len(previous.line) + 1 == block.start
                and _ROLE_LINE.fullmatch(block.line.strip())
                and not (previous.line.endswith((".", ";")) and _POINTS_ELSEWHERE.search(block.line))):
            out[-1] = _joined(previous, block, text)
            if previous.line.endswith("."):
                out[-1].roles_line = block.line
            continue
        out.append(block)
    return out


def _heads_a_list(block: Block) -> bool:
    """A paragraph over the bullets after it: one ending on its colon, a step's heading ("Bước 1: Khi có tin bão …"),
    a heading that names who does the work ("… (Chủ trì: Sở X)"), or a heading in capitals ("QUÝ I/2027", "NHIỆM VỤ
    THƯỜNG XUYÊN")."""
    text = block.text.rstrip()
    return text.endswith(":") or PHASE_LABEL.match(text) is not None or _ROLES_CLOSING.search(text) is not None \
        or _capital_heading(block)


_LIST_MARKS = ("star", "dash", "enum")


def _assign_levels(blocks: list[Block]) -> None:
    # Under one heading, a list mark seen after another one nests under it: "(1) Sở X" then "– …" puts the dashes
    # under the "(1)", "- …" then "(i) …" the other way round, as a reader takes them.
    marks_seen: list[str] = []
    open_blocks: list[int] = []  # the current path from the root, levels strictly increasing
    star_level: int | None = None  # the level of "*" items listed under a bullet's colon ("+ … gồm:" / "* …")
    enums_head_subs = False  # "(1) Cục X:" with its own "a)", "b)" under it: the "(n)" a level above the letters
    item_marks: list[str] = []  # the marks after the numbers of a part's items, "." and ")", in the order met
    issued = _issued_documents(blocks)
    for i, block in enumerate(blocks):
        block.index = i
        block.opens_issued_document = i in issued
        if block.opens_issued_document:
            open_blocks, marks_seen = [], []  # (the plan a decision issues: none of its outline is the decision's)
        previous = blocks[i - 1] if i else None
        if block.kind != "star" or previous is None:
            star_level = None
        elif previous.kind in ("dash", "plus") and previous.text.rstrip().endswith(":"):
            star_level = previous.level + 1
        elif previous.kind != "star":
            star_level = None
        if star_level is not None:
            block.level = star_level  # "*" under a bullet that announces it: its sub-item, not the outer item it usually is
        elif block.kind == "part":
            block.level = LEVEL_LETTER_PART if _is_letter_part(blocks, i) else LEVEL_ROMAN_PART
        elif block.kind == "item":
            block.level = LEVEL_ITEM + block.label.count(".") + _nested_by_its_mark(blocks, i, item_marks)
        elif block.kind == "sub":
            block.level = LEVEL_SUB + 1 if enums_head_subs else LEVEL_SUB
        elif block.kind == "enum" and (enums_head_subs or i + 1 < len(blocks) and blocks[i + 1].kind == "sub"
                                       and blocks[i + 1].label == "a"):  # (not "(iii) …" before the outer list's "b)")
            enums_head_subs = True
            block.level = LEVEL_SUB
        elif block.kind == "plus":
            block.level = max(LEVEL_CHILD, LEVEL_LEAF + len(marks_seen))  # "+" under the innermost mark seen
        elif block.kind in _LIST_MARKS:
            if block.kind == "star":
                marks_seen = []  # "* …" is otherwise an outer item: the dashes after it are its own
            if block.kind not in marks_seen:
                marks_seen.append(block.kind)
            block.level = LEVEL_LEAF + marks_seen.index(block.kind)
        elif block.kind == "para":
            nxt = blocks[i + 1] if i + 1 < len(blocks) else None
            lead_in = nxt is not None and (nxt.kind in ("dash", "star", "plus") and _heads_a_list(block)
                                           or nxt.kind == "enum" and block.text.rstrip().endswith(":")
                                           or nxt.kind == "para" and _heads_its_sentences(block, nxt))
            block.level = LEVEL_LEAD_IN if lead_in else LEVEL_LEAF
            before = blocks[i - 1] if i else None
            if nxt is not None and nxt.kind == "item" and "." not in nxt.label and _is_unlabelled_heading(block) \
                    and not _field_of_the_item_above(block) \
                    and not (before is not None and _is_unlabelled_heading(before) and (
                        before.kind == "item" and _names_alone(before.text) or before.kind == "para"
                        and before.parent is not None and blocks[before.parent].kind == "item")):
                # "Nhóm nhiệm vụ thứ hai: Phát triển hạ tầng …" between "2. …" and "3. …": a heading of the
                # numbered items after it, at their level (not a point of the item before it; nor the last of points
                # written without marks, as a slide's are, under a body's name alone, "4. Phòng X", or after another)
                block.level = LEVEL_ITEM
        else:
            block.level = LEVEL_LEAF
        if block.kind == "part":
            item_marks = []
        if block.kind in ("part", "item"):
            enums_head_subs = False
        if block.kind in ("part", "item", "sub") or block.level == LEVEL_LEAD_IN:
            marks_seen = []
        # parent: nearest previous block with a lower level
        while open_blocks and blocks[open_blocks[-1]].level >= block.level:
            open_blocks.pop()
        block.parent = open_blocks[-1] if open_blocks else None
        if block.parent is not None:
            blocks[block.parent].children.append(i)
        open_blocks.append(i)


def _issued_documents(blocks: list[Block]) -> set[int]:
    """Where each document a decision issues begins after the decision's end, at its type word over its title and
    "(Ban hành kèm theo …)": "1. MỤC ĐÍCH, YÊU CẦU" after it is its own, no point of the decision's last article."""
    end = next((i for i, block in enumerate(blocks) if block.ends_body), len(blocks))
    return {k for k in range(end, len(blocks)) if TYPE_LINE.fullmatch(blocks[k].line)
            and any(_ATTACHED.match(block.line) for block in blocks[k + 1:k + 1 + _ISSUED_TITLE_LINES])}


def _nested_by_its_mark(blocks: list[Block], i: int, marks: list[str]) -> int:
    """0, or 1 for an item whose number's mark, "1)" where the part's items so far were "1.", opens a list of its own
    under the item before it, a heading (a programme's "1. Trình HĐND tỉnh" over "1) …", "2) …", "2. Trình UBND tỉnh"
    over "3) …"): the marks met in a part nest in their order, as the list marks do. Not under an item that is a
    sentence ("2. Sở X rà soát …." then "1) …": one list written two ways) nor under a point ("a) …"). (A copy that
    writes every number one way has one mark; the mark is the character after the number as written.)"""
    item = blocks[i]
    if "." in item.label:
        return 0
    mark = item.line.lstrip()[len(item.label):len(item.label) + 1]
    above = blocks[i - 1] if blocks[i - 1].kind == "item" or i < 2 else blocks[i - 2]  # (past a lead-in's line)
    if mark not in marks and (not marks or item.label == "1" and _heads_the_items_after(above)):
        marks.append(mark)
    return marks.index(mark) if mark in marks else 0


def _heads_the_items_after(block: Block) -> bool:
    """An item whose line is a heading: short, and ending on no sentence's mark (its colon aside)."""
    text = block.text.rstrip().removesuffix(":")
    return block.kind == "item" and len(text) <= _LONGEST_UNLABELLED_HEADING and not text.endswith(_TERMINAL_MARKS)


_ROLE = re.compile(LEAD_OR_PARTNER)
_ASKING = re.compile(r"Đề nghị\s+")


def _heads_its_sentences(block: Block, nxt: Block) -> bool:
    """A body's name alone on its line with its colon ("Sở Xây dựng:"), over the sentences of its work after it: a
    list whose automatic numbering was lost keeps the names that head its points."""
    text = block.text.rstrip()
    return text.endswith(":") and len(text) <= _LONGEST_UNLABELLED_HEADING and _names_alone(text) \
        and ANNOUNCES_LIST.search(text) is None and not nxt.ends_body and not nxt.text.rstrip().endswith(":")


def _field_of_the_item_above(block: Block) -> bool:
    """A field naming the lead, the partners or the time ("Chủ trì: Phòng X", "Phối hợp: …", "Thời gian hoàn thành:
    Tháng 9/2027"): it closes the item above it, whose work it assigns, and heads none of the items after it."""
    field = FIELD_LINE.match(block.text) if ":" in block.text[:40] else None
    return field is not None and field_role(field.group("name")) in ("lead", "coordinators", "time")


def _names_alone(text: str) -> bool:
    """A heading with no role or verb of work in it ("Phòng Hành chính - Tổ chức", "Đề nghị Hội Nông dân tỉnh, …"), as
    bodies' names head their points; not an item of work ("Sở Nội vụ chủ trì sửa đổi quy chế")."""
    named = text[asking.end():] if (asking := _ASKING.match(text)) else text
    return named[:1].isupper() and _ROLE.search(named) is None and VERB_OPENING.match(named) is None


def _is_letter_part(blocks: list[Block], i: int) -> bool:
    """A., B. are letter parts (above I., II.); so are C., D. once A./B. were seen (else C is roman 100)."""
    label = blocks[i].label
    if len(label) > 1 or label in ("I", "V", "X", "L"):
        return False
    return label not in ("C", "D") or any(b.kind == "part" and b.label in ("A", "B") for b in blocks[:i])


def heading_of_the_run(blocks: list[Block], item: Block) -> Block | None:
    """The unlabelled heading over a run of numbered or bulleted items, at their level ("Tháng 3/2026" then "5. …",
    "6. …"; "Tháng 5/2028" then "* …"): the last one before the item among its siblings, if any."""
    if item.kind == "para" or item.parent is None:
        return None
    siblings = blocks[item.parent].children
    return next((blocks[i] for i in reversed(siblings[:siblings.index(item.index)])
                 if blocks[i].kind == "para" and blocks[i].level == item.level), None)


def is_end_of_body(block: Block) -> bool:
    return block.ends_body


def announcing_paragraph(blocks: list[Block], block: Block, siblings: list[int] | None = None) -> Block | None:
    """The paragraph ending in a colon right before the numbered list `block` is an item of ("Giao Ủy ban nhân dân
    tỉnh chỉ đạo các sở, ngành thực hiện các nhiệm vụ sau:" / "1. …"): not the items' parent in the outline, yet it
    speaks for each. `siblings`: the list's blocks, when the caller has them (the top level's, kept once)."""
    if block.kind not in ("item", "sub"):
        return None
    if siblings is None:
        siblings = blocks[block.parent].children if block.parent is not None else \
            [b.index for b in blocks if b.parent is None]
    before: Block | None = None
    for index in siblings:
        sibling = blocks[index]
        if sibling.kind == block.kind and sibling.level == block.level:  # the list's first item
            return before if before is not None and before.kind == "para" and before.text.endswith(":") else None
        before = sibling
    return None


def outline(blocks: list[Block]) -> list[OutlineNode]:
    return [
        OutlineNode(b.label, b.text[:200], b.level, b.span)
        for b in blocks
        if b.kind in ("part", "item", "sub")
    ]
