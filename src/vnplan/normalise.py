"""Normalise raw text into one logical paragraph per line, whatever the layout it came in.

NFC, one tone-mark style (hóa, ủy), markdown emphasis resolved, page furniture and
footnotes set apart, hard-wrapped lines re-joined into paragraphs without merging
separate items, and label styles brought to one form ("1)" -> "1.", "a." -> "a)",
"•"/"–" -> "-") when the document does not use both. Every later stage indexes spans
into the text returned here, so the same words in another layout give the same lines.
"""
from __future__ import annotations

import os
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from itertools import accumulate, takewhile

from .alignedtables import (GLUED_CELLS, NUMBER_HEAD_LINE, names_columns, quoted_tab_cells_joined,
                            rebuild_aligned_tables, rebuild_card_tables, rebuild_column_blocks,
                            rebuild_delimited_tables, rebuild_glued_rows, rebuild_grid_tables, rebuild_leader_tables,
                            rebuild_tab_tables, rows_spelt_out)
from .ariasnapshot import aria_snapshot_as_text, looks_like_aria_snapshot
from .asciidoc import asciidoc_as_text, looks_like_asciidoc
from .bbcode import bbcode_as_text, looks_like_bbcode
from .dokuwiki import dokuwiki_as_text, looks_like_dokuwiki
from .groff import groff_as_text, looks_like_groff
from .latexmarkup import latex_as_text, looks_like_latex
from .linescan import after_a_break
from .mediawiki import looks_like_mediawiki, mediawiki_as_text
from .namemarks import name_marks_mended
from .notemarkup import looks_like_note_markup, note_markup_as_text
from .orgmode import looks_like_org, org_as_text
from .pagecolumns import columns_read_apart, looks_like_two_columns
from .pandocmarkdown import looks_like_pandoc_markdown, pandoc_markdown_as_text, tracked_changes_applied
from .restructuredtext import looks_like_restructuredtext, restructuredtext_as_text
from .screenreader import looks_like_screen_reader_speech, screen_reader_speech_as_text
from .taggedtext import looks_like_tagged_text, tagged_text_as_text
from .tiddlywiki import looks_like_tiddlywiki, tiddlywiki_as_text
from .typst import looks_like_typst, typst_as_text
from .wikimarkup import looks_like_wiki_markup, wiki_markup_as_text
from .celltables import rebuild_cell_tables, rebuild_figure_tables
from .extract.agency_lexicon import (DEPUTY, FIELD_HEADS, FIELDS, HEAD_WORDS, HEADS, LOCAL_LEVELS, LOCALITIES,
                                     NAMED_AFTER_HEADS, NEEDS_LOCALITY, OFFICE_HOLDERS, PROVINCE_LEVELS)
from .lexicon import (ADOPTION_OPENING, AMENDING_WORDS, AMENDS, ANNOUNCES_PARAGRAPHS, APPENDIX_TITLE, FIELD_LINE,
                      ASSIGNING_BEFORE_A_NAME, ASSIGNING_WORDS, CELL_LIST_MARKS, COUNTING_WORDS, DASH_COMPOUNDS,
                      DIVISION_ORDINALS, DOCUMENT_TYPES, FOOTNOTES_HEADING, FRONTED_CLAUSE_OPENERS, HONORIFICS,
                      LOWER_LETTERS, MOTTOS,
                      NUMBERED_WORDS, NUMBERED_WORK_WORDS, ORDINAL_PARAGRAPH, OUTLINE_LABEL,
                      ORDINAL_WORDS, PHRASES_ENDING_ON_RUNNING_WORDS, POINT_LETTERS, ROMAN_POINT_NUMERALS,
                      RELATED_LINK_MARKS, RELATED_LINKS_TITLES, RUNNING_ON_INTO_NUMBERS,
                      RUNNING_ON_WORDS, SCANNER_WATERMARK, SUB_BULLET_MARKS,
                      SYMBOL_FONT_LETTERS, SYMBOL_FONT_MARKS, SYMBOL_FONT_PRIVATE_USE, TYPE_LINE, TYPE_THEN_TITLE,
                      UPPER_LETTERS, VERB_OPENING,
                      division_letter, field_role)
from .read import RawText
from .read.encodings import without_surrogates
from .read.html import tables_in_text_read
from .tablerows import MIN_DATA_COLUMNS, join_cell_lines, row_cells, table_row
from .textfold import fold
from .versions import later_version, looks_like_version_comparison

# Old-style tone placement on open syllables -> the style the Vietnamese standard now uses.
_TONE_MOVES = {
    "oá": "óa", "oà": "òa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
    "oé": "óe", "oè": "òe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
    "uý": "úy", "uỳ": "ùy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy",
}
_TONE_MOVES.update({k.capitalize(): v.capitalize() for k, v in list(_TONE_MOVES.items())})
_TONE_MOVES.update({k.upper(): v.upper() for k, v in list(_TONE_MOVES.items())})

# --- The layout vocabulary: label forms, punctuation, page furniture -------------------------
# Outline labels that open a new item wherever they stand: parts, numbered and lettered items,
# enumerations, articles ("Điều 5." heads an article, "tại Điều 5 Luật …" only cites one), paragraphs counted in words
# ("Thứ hai, …").
# Bullets are judged by what follows them (see `_label_strength`).
_STRONG_LABEL = re.compile(
    r"(?:PHẦN|MỤC|CHƯƠNG)\s+[IVXLC\d]+\b|(?:Phần|Mục|Chương|Điều)\s+[IVXLC\d]+[.:)]|[IVXLC]{1,6}[.\-–/]\s|[A-ZĐ]\.\s"
    r"|\d{1,2}(?:\.\d{1,2}){0,3}[.)](?:\s|(?=[A-ZĐ]))|\d{1,2}(?:\.\d{1,2}){1,3}\s|\d{1,2}(?:\.\d{1,2}){0,3}/\s|[a-zđ][)./]\s"
    r"|(?:[a-zđ]|\d{1,2})-\s+(?=[" + UPPER_LETTERS + "])"  # a Party document's "a- Tổ chức …", "4- Đảng ủy …"
    r"|\((?:[ivx]{1,5}|\d{1,2}|[a-zđ])\)|(?:" + ROMAN_POINT_NUMERALS + r")\)\s|" + ORDINAL_PARAGRAPH
)
_ADOPTED = re.compile(ADOPTION_OPENING)
_DOT_RUN = re.compile(r"[.…]{5}")
_FILL_IN_CHARACTERS = ".…* \t"
_FORM_LABEL_LENGTH = 40  # a form's label before its blank is short
_TITLED_HEADING = re.compile(r"(?:Điều\s+\d{1,3}|[IVXLC]{1,6})[.:)]\s+\S")  # an article's or a part's title
# A sentence opening on the body that leads it ("Phòng Quản lý … chủ trì, …"): an agency's head first, no mark before
# the role.
_HEADS = r"(?:" + "|".join(sorted(map(re.escape, HEADS), key=len, reverse=True)) + ")"
_LEADS_ITS_SENTENCE = re.compile(_HEADS + r"\s(?:[^\s,;:.()]+\s+){0,12}?chủ trì(?![\wđ])")
# A sentence that hands a named body its work ("Giao Sở X …", "Đề nghị Công ty Y …"): after a full stop at a line's end,
# the paragraph of a notice's next assignment, however full that line.
_OPENS_ASSIGNMENT = re.compile(r"(?:" + "|".join(word.capitalize() for word in ASSIGNING_WORDS) + r")\s+" + _HEADS
                               + r"(?![\wđ])")
# In capitals only where a paragraph opens: no sentence wraps before them.
# (the grounds, the recipients, the closing formula, a letter's or an e-mail's courtesy)
_OWN_PARAGRAPH_OPENINGS = ("Căn cứ ", "Nơi nhận", "Trên đây là ", "Trân trọng")
_TEXT_END = "./."
_OPENS_SENTENCE = re.compile(r"(?:" + "|".join(FRONTED_CLAUSE_OPENERS) + r")\s")
_HEADING_LABEL = re.compile(r"(?:[IVXLC]{1,6}\.|[A-ZĐ]\.|\d{1,2}(?:\.\d{1,2}){0,3}\.?|[a-zđ]\))\s")  # not bullets
_BULLETS = "-–—•+*" + SUB_BULLET_MARKS
_BARE_NUMBER = re.compile(r"\d{1,2}\s")  # "36 tháng tuổi" as often as "1 Nội dung"
# A label with nothing after it: its text is on the next line ("**3.****" then "**Tăng cường …**").
# ("Điều" alone: its number wrapped to the next line; "[3]" a note's mark before the note's text)
_LABEL_ONLY = re.compile(r"(?:[IVXLC]{1,6}|[A-ZĐ]|\d{1,2}(?:\.\d{1,2}){0,3}|[a-zđ])[.)]|Điều(?:\s+\d+\.?)?|[-–•+]|\[\d{1,3}\]"
                         r"|Chương|CHƯƠNG|Phần|PHẦN|Mục|MỤC")  # a division's word, its number on the next line
_LONGEST_LABEL = 12  # longer lines need not be tried against _LABEL_ONLY
_DIVISION_ONLY = re.compile(r"(?:Chương|Phần|Mục|CHƯƠNG|PHẦN|MỤC)\s+[IVXLC\d]{1,6}\.?")  # "Chương V" alone, its title below
_LONGEST_DIVISION = 14  # "CHƯƠNG XXXVII.": longer lines need not be tried against _DIVISION_ONLY
_FIRST_LINE_SHARE = 0.5  # of the wrap width: an item's first line indented or labelled still fills half of it
_RUNS_ON = frozenset(RUNNING_ON_WORDS)
_NUMBER_LABEL = re.compile(r"\d{1,2}[.)]\s")
_ENDS_ON_DATE_WORD = re.compile(r"(?<![\wđ])(?:ngày|tháng|năm)$", re.I)  # "… ngày 24 tháng 11 năm" / "2025": no page number
_ENDS_ON_NUMBERED_WORD = re.compile(r"(?<![\wđ])(?:" + "|".join(NUMBERED_WORDS) + r")$", re.I)
_LOCALITY_OPENERS = frozenset(level.split()[0].lower() for level in (*PROVINCE_LEVELS, *LOCAL_LEVELS))
_RUNS_ON_LAST = frozenset(word.rsplit(" ", 1)[-1] for word in RUNNING_ON_WORDS)  # a quick first test
_FIELD_START = re.compile(r"[A-ZĐ]\w*(?: \w+){1,5}:\s")  # "Đơn vị phối hợp: …"
# Label styles brought to one form when a document uses only the other one (`canonical_labels`).
_NUMBER_PAREN = re.compile(r"(\d{1,2})\)(?=\s)")  # "1)" -> "1."
_NUMBER_DASH = re.compile(r"(\d{1,2})[-/]\s+(?=[" + UPPER_LETTERS + "])")  # "1- Đổi mới …", "1/ Phòng …" -> "1. …"
_NUMBER_DOT = re.compile(r"\d{1,2}\.\s")
_NUMBERED_OTHERWISE = re.compile(r"\d{1,2}(?:\.\d{1,2})*[.)/-]\s|[A-ZĐ]\.\d|(?:Nhiệm vụ|Giải pháp|Mục)\s+\d{1,2}\s*[:.]")
_SLASH_LABEL = re.compile(r"([IVXLC]{1,6}|\d{1,2}(?:\.\d{1,2}){1,3})/\s+(?=\S)")  # "I/ …", "1.1/ …" -> "I. …", "1.1. …"
_SLASH_LABEL_INITIALS = frozenset("IVXLC0123456789")
_ARTICLE_OPENING = re.compile(r"Điều\s+\d")
_WORDED_LABEL = re.compile(r"(?:Tiểu mục|Mục)\s+(\d{1,2}(?:\.\d{1,2}){0,3}\.)\s+(?=\S)")
_LETTER_DOT = re.compile(r"([a-zđ])(?:[./](?=\s)|-(?=\s+[" + UPPER_LETTERS + "]))")  # "a.", "a/", "a- Tổ chức …" -> "a)"
_LETTER_PAREN = re.compile(r"[a-zđ]\)\s")
# "(a)", "(b)": a letter in brackets, as "a)" (not "(i)", "(v)", "(x)": Roman points, read as such)
_LETTER_BRACKETED = re.compile(r"\(([a-hk-uyđ])\)\s+(?=\S)")
_NUMBER_BRACKETED = re.compile(r"\((\d{1,2})\)\s+(?=\S)")  # "(1) …" -> "1. …"
_ROMAN_BRACKETED = re.compile(r"\(([IVXLC]{1,6})\)\s+(?=[" + UPPER_LETTERS + "])")  # "(II) CHỈ TIÊU" -> "II. CHỈ TIÊU"
_AFTER_LETTER_LABEL = ")./"  # "a)", "a.", "a/": a line in lower case that opens an item, not a sentence running on
_LETTER_DASH_LABEL = re.compile(r"[a-zđ]-\s+[" + UPPER_LETTERS + "]")  # "a- Tổ chức …", a Party document's style


_ROMAN_POINT = re.compile(r"(?:" + ROMAN_POINT_NUMERALS + r")\)\s")  # "ii) ", "viii) "


def _opens_with_letter_label(text: str) -> bool:
    return text[1:2] in _AFTER_LETTER_LABEL or text[1:2] == "-" and _LETTER_DASH_LABEL.match(text) is not None \
        or text[:1] in "ivx" and _ROMAN_POINT.match(text) is not None
_OTHER_BULLETS = ("–", "—", "•")  # -> "-"
# Markdown: table rules, emphasis markers.
_TABLE_RULE = re.compile(r"\|?(\s*:?-{3,}:?\s*\|)+\s*")
_EMPTY_BOLD = re.compile(r"\*\*\s*\*\*")
_ATX_HEADING = re.compile(r"#{1,6}[ \t]+(?=\S)")  # "#### Điều 3. Tổ chức thực hiện": a markdown heading, one line
_CLOSE_THEN_EMPTY = re.compile(r"\*\*\*\*\s*$")  # "**3.****": the label's run closes, an empty one dangles
_STRAY_STAR = re.compile(r"\(\*\)|\*")  # italic markers, "(*trước ngày 16*)" too; "(*)" is a footnote mark
# Sentence ends, page furniture.
_TERMINAL = tuple(".;:!?”\")…")
# An e-mail sent "format=flowed" (RFC 3676) ends each line its client wrapped on a space: the line goes on on the next
# (not the signature's "-- " line).
_FLOWED_REACH = 5000  # characters: the message's headers
_FLOWED_BREAK = re.compile(r"(?<=[^\s-]) \n(?=\S)")
# A chat's message headers, a copied conversation's ("[05/01/2027 16:43] Lê Văn Tám - VP Hội tỉnh: (2/3)", "03/12/2026,
# 08:15 - Phạm Thu Hà: …"): the time, the sender, then the message.
_CHAT_HEADER = re.compile(r"(?m)^[ \t]*\[?\d{1,2}/\d{1,2}/\d{2,4},?[ \t]+\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]*(?:-[ \t]*)?"
                          r"[^:\n\[\]]{1,80}:[ \t]*")
_CHAT_REACH = 5000  # characters: a chat's headers open it
_LEAST_CHAT_HEADERS = 2
_MESSAGE_PART = re.compile(r"\(\d{1,2}/\d{1,2}\)")  # "(2/3)": a long message cut into parts, its number


# A header or a signature whose cells a copy ran into one line, a dash between them ("ỦY BAN NHÂN DÂN XÃ X - Số:
# 09/KH-UBND - X, ngày …", "KT. CHỦ TỊCH - PHÓ CHỦ TỊCH - Trần Văn A"): the issuer's capitals before the number, a
# signing marker opening the signature.
_DASHED_HEADER = re.compile(r"^[" + UPPER_LETTERS + r"][" + UPPER_LETTERS + r" ]+ - Số\b", re.M)
_DASHED_SIGNATURE = re.compile(r"^(?:KT|TM|TL|TUQ|Q)\. [" + UPPER_LETTERS + r" ]+ - ", re.M)
_DASHED_SIGNATURE_IN_TEXT = after_a_break(_DASHED_SIGNATURE)
_PLACE_DATE_AFTER_DASH = re.compile(r" - (?=[" + UPPER_LETTERS + r"][^\n,]{0,40}, ngày )")


# The motto's words one cell of a header wrapped ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT" / "NAM"): a line ending on the first
# of them, in the cell's markup if any; the next line's end then holds the rest, after the other cell's words.
_MOTTO_CUT = re.compile(r"(?P<cut>" + "|".join(
    re.escape(motto[:space]) for motto in MOTTOS for space in range(len(motto)) if motto[space] == " " and space > 8)
    + r")[*_\\ \t]*$", re.M)
_MOTTO_REACH = 3000  # characters: the header's lines


def motto_wraps_mended(lines: list[str]) -> list[str]:
    """A header's two cells side by side, the motto's cell wrapped ("**ỦY BAN NHÂN DÂN\\    **CỘNG HÒA XÃ HỘI CHỦ NGHĨA
    VIỆT" / "TỈNH X**    NAM\\"): the motto's last words back on its line, none of the issuer's name."""
    out = list(lines)
    for k in range(len(out) - 1):
        cut = _MOTTO_CUT.search(out[k])
        if cut is None:
            continue
        motto = next(m for m in MOTTOS if m.startswith(cut["cut"]))
        rest = re.escape(motto[len(cut["cut"]):].strip())
        found = re.search(r"(?<=\S)(?P<gap>[ \t]{2,})[*_]*(?P<rest>" + rest + r")(?P<after>[*_\\ \t]*)$", out[k + 1])
        if found:
            out[k] = out[k][:cut.end("cut")] + " " + found["rest"] + out[k][cut.end("cut"):]
            out[k + 1] = out[k + 1][:found.start("gap")] + found["after"]
    return out


# An e-mail's signature: after its delimiter line ("-- ", as RFC 3676 writes it, or "--") the sender's name, unit,
# telephone and the mail system's notice, none of the document the mail carries. The mail is told by its headers.
_SIGNATURE_DELIMITER = re.compile(r"--[ \t]?")
_MAIL_HEADER = re.compile(r"^[ \t]*(?:Từ|From|Người gửi|Đến|To|Chủ đề|Subject|Đã gửi|Sent|Date)[ \t]*:", re.M)
_LEAST_MAIL_HEADERS = 2
_SIGNATURE_LINES = 8  # at most, after the delimiter: a name, a unit, an address, a telephone, the system's notice
_MAIL_HEADERS_REACH = 2000  # characters: the headers open the mail (a forwarded one's follow its opening lines)


def mail_signature_dropped(lines: list[str]) -> list[str]:
    """The lines of an e-mail without its signature, from the delimiter to the end, where the document the mail
    carries opened before it (its number's line or its motto) and none opens after it."""
    opened = False
    for k, line in enumerate(lines):
        opened = opened or bool(_DOCUMENT_LINE.match(line))
        # (a few lines to the end: "--" over more is an empty cell of a table given a cell a line)
        if opened and _SIGNATURE_DELIMITER.fullmatch(line) \
                and len([rest for rest in lines[k + 1:] if rest.strip()]) <= _SIGNATURE_LINES \
                and not any(map(_DOCUMENT_LINE.match, lines[k + 1:])):
            return lines[:k]
    return lines


def dashed_cells_apart(lines: list[str]) -> list[str]:
    """Each cell of a header or signature run into one line with dashes (`_DASHED_HEADER`, `_DASHED_SIGNATURE`) on
    its own line again."""
    out: list[str] = []
    for line in lines:
        if _DASHED_HEADER.match(line):
            head, _, rest = line.partition(" - ")
            out += [head, *_PLACE_DATE_AFTER_DASH.sub("\n", rest).split("\n")]
        elif _DASHED_SIGNATURE.match(line):
            out += line.split(" - ")
        else:
            out.append(line)
    return out


def chat_headers_dropped(lines: list[str]) -> list[str]:
    """A copied conversation's lines without their message headers: a message's text stands as its own line; a header
    that only numbers the parts of a long message ("(2/3)"), pasted inside the document, goes."""
    out = []
    for line in lines:
        header = _CHAT_HEADER.match(line)
        rest = line[header.end():] if header else line
        if header and (not rest.strip() or _MESSAGE_PART.fullmatch(rest.strip())):
            continue
        out.append(rest)
    return out


def message_stamps_dropped(lines: list[str]) -> list[str]:
    """A chat app's copy that stamps each message with its time on a line of its own and opens the next with its
    sender's name ("08:02" / "Lò Thị Hoa" / "III. NỘI DUNG …"): the stamps go, and the sender's name where it follows
    one, when a sender so named follows two stamps or more (the same name signing the document stays)."""
    after_stamps = [lines[i + 1].strip() for i in range(len(lines) - 1) if _CLOCK_LINE.fullmatch(lines[i].strip())]
    # (one sender after most stamps: a programme's times each have another speaker or item after them)
    senders = {name for name in after_stamps if _PERSONS_NAME.fullmatch(name)
               and after_stamps.count(name) * 2 > len(after_stamps) >= 2}
    if not senders:
        return lines
    return [line for i, line in enumerate(lines) if not _CLOCK_LINE.fullmatch(line.strip())
            and not (line.strip() in senders and i and _CLOCK_LINE.fullmatch(lines[i - 1].strip()))]


# (a computer's chat app stamps the day too, after the time or before it: "08:05 05/01/2027", "05/01/2027 08:05")
_STAMP_DAY = r"\d{1,2}/\d{1,2}(?:/\d{2,4})?"
# (the app's note of the message's state after the time: "08:14 · Đã chỉnh sửa", "09:02 • Edited", "09:05 ✓✓"; a
# channel's post counts its views before it, "👁 2.1K  edited  08:32")
_MESSAGE_STATE = r"(?:[ \t]*[·•][ \t]*(?:Đã chỉnh sửa|Đã xem|Đã gửi|Edited|Seen|Sent))?(?:[ \t]*[✓✔]{1,2})?"
# (its eye may come out as a bullet: "- 2.1K  08:32")
_POST_VIEWS = (r"(?:👁\ufe0f?[ \t]*\d+(?:[.,]\d+)?[KkMm]?[ \t]+|-[ \t]*\d+(?:[.,]\d+)?[KkMm][ \t]+)?"
               r"(?:(?:edited|đã chỉnh sửa)[ \t]+)?")
_CLOCK_LINE = re.compile(r"(?m)^[ \t]*(?:" + _STAMP_DAY + r"[ \t]+)?" + _POST_VIEWS + r"\d{1,2}:\d{2}(?:[ \t]+"
                         + _STAMP_DAY + r")?" + _MESSAGE_STATE + r"[ \t]*$")
_CLOCK_LINE_IN_TEXT = after_a_break(_CLOCK_LINE)
_PERSONS_NAME = re.compile(r"(?:[" + UPPER_LETTERS + r"][^\W\d_]*[ ]){1,4}[" + UPPER_LETTERS + r"][^\W\d_]*")
# A sender's line in a chat app's copy: a person's name, and the post or unit after a dash or in brackets ("Trần Thị
# Hà (VP-TK)", "Nguyễn Hữu Phúc - CA xã").
_SENDER_LINE = re.compile(_PERSONS_NAME.pattern + r"(?:[ ]*(?:[-–][ ]*[^\n.;:]{1,30}|\([^()\n]{1,30}\)))?")
_LONGEST_SENDER = 60  # characters
_SENDER_PLAIN_WORDS = 2  # lower-case words at most in an account's name ("Văn phòng UBND xã")
_SENDER_OFFICE_WORDS = 6  # words at most in a member's line that names the office held ("Bí thư chi bộ thôn 3")
_SENTENCES_PLAIN_WORDS = 4  # lower-case words more than this: a sentence's, however a wrap cut it


_BRACKETED = re.compile(r"\([^()]*\)")  # (a sender's post or unit, "(VP-TK)")


def _shaped_as_text(line: str) -> bool:
    """A line shaped as the document's text, not as a sender's name: in capitals (a heading), labelled, long, or with a
    clause's comma outside brackets ("Ngày 13/4/2027, đ/c …")."""
    return line.isupper() or len(line) > _LONGEST_SENDER or bool(OUTLINE_LABEL.match(line)) \
        or "," in _BRACKETED.sub("", line)


def _may_name_a_sender(line: str) -> bool:
    """A person's name, with the post or unit after it, or an account's short name in words mostly capitalised ("VP
    HĐND-UBND P.Phước Hậu"); not a line shaped as text nor one of a sentence's plain words."""
    if _shaped_as_text(line) or line.split(" ", 1)[0].lower() in HONORIFICS:
        return False  # (nor a member a document lists, "Ông Nguyễn Văn An - …")
    plain = [word for word in _BRACKETED.sub("", line).split() if word[:1].islower()]
    # (a member named by the office held: "Bí thư chi bộ thôn 3")
    return bool(_SENDER_LINE.fullmatch(line)) or len(plain) <= _SENDER_PLAIN_WORDS \
        or line.startswith(OFFICE_HOLDERS) and len(line.split()) <= _SENDER_OFFICE_WORDS


def _plainly_text(line: str) -> bool:
    """A line no sender's name can be, even cut by a wrap ("Nguyễn Thị Thu" / "Trang - SNV"): shaped as text, or of a
    sentence's plain words."""
    return _shaped_as_text(line) or sum(word[:1].islower() for word in line.split()) > _SENTENCES_PLAIN_WORDS


def field_names_over_values_joined(lines: list[str]) -> list[str]:
    """A record's fields copied one name a line and its value on the next, as a web app lays out a card's or a form's
    properties ("Phụ trách" / "Phòng Kỹ thuật" / "Phối hợp" / "Phòng Y" / "Hạn" / "31/03/2027"): each name and its
    value one field line. Read so where two records or more each give their fields so, one after another, among them
    who does the work (a table's column names read one a line, each over the first of its cells, are none)."""
    named = [i for i in range(len(lines) - 1) if _names_a_field_alone(lines[i])
             and lines[i + 1].strip() and not _names_a_field_alone(lines[i + 1])]
    records = _records_of_fields(named, 2, lambda i: lines[i].strip())  # (each field a name and its value)
    if len(records) < _LEAST_RECORDS_OF_FIELDS:
        return lines
    joined = {i for record in records for i in record}
    out: list[str] = []
    for i, line in enumerate(lines):
        if i - 1 in joined:
            continue
        out.append(f"{line.strip()}: {lines[i + 1].strip()}" if i in joined else line)
    return out


_LEAST_RECORDS_OF_FIELDS = 2


def _records_of_fields(places: list[int], step: int, name_at) -> list[list[int]]:
    """The places of fields grouped into records, each field `step` lines after the one before it: the records of two
    fields or more, one of them naming who does the work."""
    records: list[list[int]] = []
    for i in places:
        if records and i == records[-1][-1] + step:
            records[-1].append(i)
        else:
            records.append([i])
    return [record for record in records if len(record) > 1
            and any(field_role(name_at(i)) in ("lead", "coordinators") for i in record)]


def field_cells_named(lines: list[str]) -> list[str]:
    """A record's fields laid out as a table of two columns, each name beside its value ("Đơn vị chủ trì<TAB>Phòng X",
    a wiki's or a form's property table copied as text): each row one field line. Read so where such rows follow one
    another, among them who does the work."""
    cells = [[cell.strip() for cell in line.split("\t") if cell.strip()] for line in lines]
    rows = [i for i, row in enumerate(cells) if len(row) > 1 and _names_a_field_alone(row[0])]
    named = {i for record in _records_of_fields(rows, 1, lambda i: cells[i][0]) for i in record}
    return [f"{cells[i][0]}: {' '.join(cells[i][1:])}" if i in named else line for i, line in enumerate(lines)]


_LONGEST_FIELD_NAME = 30  # characters


def _names_a_field_alone(line: str) -> bool:
    name = line.strip()
    return 0 < len(name) <= _LONGEST_FIELD_NAME and ":" not in name and FIELD_LINE.fullmatch(f"{name}: …") is not None


def clocked_conversation_dropped(lines: list[str]) -> list[str]:
    """A group chat copied message by message, each opening on its sender's name and parted from the next by its time
    on a line of its own ("Trần Thị Hà (VP-TK)" / the document's text / "09:15" / "Nguyễn Văn Phúc - CA xã" / "Đã nhận"
    / "09:21"), with the document posted in several of them: the poster's messages stay, without their sender's line,
    the other members' replies go, and the times. What stands before the first time (the group's name) stays."""
    clocks = [i for i, line in enumerate(lines) if _CLOCK_LINE.fullmatch(line)]
    if len(clocks) < _LEAST_TIMED_MESSAGES:
        return lines
    openings = []  # (the first line after a time, where it stands, the message's end)
    for clock, end in zip(clocks, [*clocks[1:], len(lines)]):
        # (the reactions under the message closed by the time come first: "❤️ 6")
        first = next((k for k in range(clock + 1, end) if lines[k].strip() and not _REACTIONS.fullmatch(lines[k])),
                     None)
        if first is not None:
            openings.append((lines[first].strip(), first, end))
    whole = {opening for opening, _, _ in openings}
    # (a sender's name the copy wrapped, "Nguyễn Thị Thu" / "Trang - SNV", as it heads other messages whole)
    openings = [(joined, first + 1, end) if first + 1 < end and (
        joined := f"{opening} {lines[first + 1].strip()}") in whole else (opening, first, end)
        for opening, first, end in openings]
    named = Counter(opening for opening, _, _ in openings)
    messages = []  # (sender, first line of its text, end)
    for opening, first, end in openings:
        # a message opens on its sender's name, unless its sender sent the one before too (the app names the sender
        # once over a run of messages): a line no sender's (not a name, or one in capitals, "UBND PHƯỜNG X") goes on
        # with the run
        if messages and named[opening] < 2 and _plainly_text(opening):
            messages.append((messages[-1][0], first, end))
        else:
            messages.append((opening, first + 1, end))
    poster = _poster(lines, messages)
    if poster is None and any(map(_DOCUMENT_LINE.match, lines[:clocks[0]])):
        # (the document's head posted before the first time, under the name its next posts open on too: a channel's
        # "Forwarded from …")
        poster = next((sender for sender, _, _ in messages if sender in map(str.strip, lines[:clocks[0]])), None)
    if poster:  # (its name wrapped over two lines, "Văn phòng HĐND-UBND" / "xã X": the poster's all the same)
        messages = [(poster, a + 1, b) if sender != poster and poster.startswith(sender + " ") and a < b
                    and lines[a].strip() == poster[len(sender) + 1:] else (sender, a, b) for sender, a, b in messages]
    # (the poster may be an office's account, "Văn phòng UBND xã X", named so over each of its messages)
    office_poster = poster is not None and len(poster) <= _LONGEST_SENDER and poster[-1:].isalnum() \
        and sum(sender == poster for sender, _, _ in messages) >= 2
    senders = [sender for sender, _, _ in messages
               if _SENDER_LINE.fullmatch(sender) or office_poster and sender == poster]
    if poster is None or poster not in senders or len(set(senders)) < 2 or len(senders) * 2 < len(messages):
        return lines
    kept = lines[:clocks[0]]
    for sender, a, b in messages:
        body = lines[a:b]
        if sender == poster and not _aside(body):
            kept += ["", *body]
    return [line for line in kept if not _ATTACHMENT_LINE.fullmatch(line)]


# A file sent in a chat, its name and its size ("[File] 37_KH-UBND.pdf" / "412.6 KB", "📎 KH-07.signed.pdf" / "1,2 MB")
_ATTACHMENT_LINE = re.compile(r"[ \t]*(?:(?:\[[^\]\n]{1,12}\]|📎)?[ \t]*\S[^\n]{0,100}"
                              r"\.(?:pdf|docx?|xlsx?|zip|rar|jpe?g|png)"
                              r"|\d{1,4}(?:[.,]\d{1,2})?[ \t]?(?:KB|MB|kB))[ \t]*", re.I)


# A group chat copied with each message's time and sender on a line of its own ("[20:06] Phạm Văn Hòa (Trưởng
# thôn):"), or a message recalled in its place ("[20:04] Tin nhắn đã bị thu hồi"); or the sender first, the day and
# time after it, as a desktop messenger copies ("Lê Thị Hà - VP xã, [08.01.2027 15:02]").
_SENT_AT = r"\[\d{1,2}[./]\d{1,2}[./]\d{2,4},?[ \t]+\d{1,2}:\d{2}(?::\d{2})?\]"
# (or a chat space's "Name, 8:13 AM", "Name, Yesterday 4:47 PM": the sender, a comma, the day and the time on the clock)
_SENT_ON_THE_CLOCK = r"(?:(?:Yesterday|Today|Hôm qua|Hôm nay)[ \t]+)?\d{1,2}:\d{2}[ \t]?(?:AM|PM|SA|CH)"
_TIMED_SENDER = re.compile(r"[ \t]*(?:\[\d{1,2}:\d{2}\][ \t]+(?P<sender>[^:\n]{1,80}?)(?::|[ \t]+đã\s.*|$)"
                           r"|(?P<sender_first>[^\n\[\]]{1,80}?),?[ \t]+" + _SENT_AT
                           + r"|(?P<sender_named>[^\n\[\],:]{2,60}?),[ \t]+" + _SENT_ON_THE_CLOCK + r")[ \t]*")
_LEAST_TIMED_MESSAGES = 3
# The app's notes under a message: that it was edited, how many replied in its thread ("2 replies  Last reply 8:24 AM")
_THREAD_NOTE = re.compile(r"[ \t]*(?:Edited|Đã chỉnh sửa|\d+ (?:repl(?:y|ies)|phản hồi)"
                          r"(?:[ \t]+(?:Last reply|Trả lời gần nhất)[^\n]*)?)[ \t]*")
_TIMED_SENDER_IN_TEXT = re.compile(r"^[ \t]*\[\d{1,2}:\d{2}\][ \t]|" + _SENT_AT + r"[ \t]*$|,[ \t]+"
                                   + _SENT_ON_THE_CLOCK + r"[ \t]*$", re.M)
# A message passed on from elsewhere says so over its text ("[Forwarded from Văn phòng …]", "[Chuyển tiếp từ …]")
_FORWARDED_FROM = re.compile(r"[ \t]*\[(?:Forwarded from|Chuyển tiếp từ)[^\]\n]*\][ \t]*")
# The document in a message: its number's line or its motto
# (or a Party or mass organisation's number without its colon, "Số 12-HD/HNDT", or its motto)
_DOCUMENT_LINE = re.compile(r"[ \t]*(?:Số\s*:|Số[ \t]+\d{1,5}[-/]|" + "|".join(MOTTOS) + ")")
# A message of the document's sender that is none of it: a reply to a member ("@Đào Văn Khải …", "[In reply to …]"),
# a poll
_ASIDE = re.compile(r"[ \t]*(?:@(?!All\b|Tất cả\b)|\W*Bình chọn\s*:|\[(?:In reply to|Trả lời)\s)")  # (not "@All …")
# … or a line said to a member, closing on a word of talk ("Dạ hết quý I chị, tức 31/3 ạ.", "… rồi nha"), that no
# document's line closes on
_SAID_TO_A_MEMBER = re.compile(r"[^\n]*\s(?:ạ|nha|nhé|nhen|nghen)[ \t]*[.!]*[ \t]*", re.I)


def _aside(body: list[str]) -> bool:
    """A message of the document's poster that is none of the document: a reply, a poll, a line of talk."""
    said = [line for line in body if line.strip()]
    first = said[0] if said else ""
    return (bool(_ASIDE.match(first)) or len(said) == 1 and bool(_SAID_TO_A_MEMBER.fullmatch(first))) \
        and not any(map(_DOCUMENT_LINE.match, body))


def _sent_at_rejoined(lines: list[str]) -> list[str]:
    """A sender's header wrapped inside it ("Lê Thị Hà - VP xã," / "[08.01.2027 15:02]", "Lê Thị Hà - VP" / "xã,
    [08.01.2027 15:02]"), one line again: the line before the rest of the header, where the two give the name of a
    sender the text heads another message with whole (or the rest is the day and time alone)."""
    senders = {_sender(header) for line in lines if (header := _TIMED_SENDER.fullmatch(line))}
    out: list[str] = []
    for line in lines:
        joined = f"{out[-1].strip()} {line.strip()}" if out and out[-1].strip() and _SENT_AT_AT_END.search(line) else ""
        header = _TIMED_SENDER.fullmatch(joined) if joined else None
        if header and (_sender(header) in senders or _SENT_AT_ALONE.fullmatch(line)):
            out[-1] = joined
        else:
            out.append(line)
    return out


def _sender(header: re.Match) -> str:
    return (header["sender"] or header["sender_first"] or header["sender_named"]).strip()


_SENT_AT_ALONE = re.compile(r"[ \t]*" + _SENT_AT + r"[ \t]*")
_SENT_AT_AT_END = re.compile(_SENT_AT + r"[ \t]*$")


def _poster(lines: list[str], messages: list[tuple[str, int, int]]) -> str | None:
    """Who posted the document in a chat: the sender of the first message (sender, first line, end) that holds its
    number's line or its motto."""
    return next((sender for sender, a, b in messages if any(map(_DOCUMENT_LINE.match, lines[a:b]))), None)


def conversation_dropped(lines: list[str]) -> list[str]:
    """A group chat in which the document is posted in several messages among the members' replies: the messages of
    the member who posts it, without their headers, replies to others and polls; the other members' go."""
    lines = _sent_at_rejoined(lines)
    headers = [(i, sender) for i, line in enumerate(lines) if (sender := _TIMED_SENDER.fullmatch(line))]
    if len(headers) < _LEAST_TIMED_MESSAGES:
        return lines
    ends = [i for i, _ in headers[1:]] + [len(lines)]
    messages = [(_sender(sender), i + 1, end) for (i, sender), end in zip(headers, ends)]
    poster = _poster(lines, messages)
    if poster is None:
        return lines
    kept = lines[:headers[0][0]]
    for sender, a, b in messages:
        body = lines[a:b]
        if sender == poster and not _aside(body):
            kept += [line for line in body
                     if not _FORWARDED_FROM.fullmatch(line) and not _THREAD_NOTE.fullmatch(line)]
    return kept


# A phone messenger's copy: each message a block of its own, its sender's name over it, the time only between runs of
# them ("07:52 10 Thg 9"); a reply says whom it answers under the name ("Trả lời Phạm Thị Hoa"), the app notes its
# pins and the last message's state.
_SENDER_OVER_BLOCK = re.compile(r"[ \t]*(?:Trả lời|Đã trả lời|Replied to|Replying to)\s+\S.{0,60}")
_APP_NOTE = re.compile(r"[ \t]*(?:Đã gửi|Đã xem|Đã nhận|Sent|Seen|\S.{0,60}\sđã ghim một tin nhắn\.?|"
                       r"\d{1,2}:\d{2}[ \t]+\d{1,2}[ \t]+(?:Thg|thg|tháng)[ \t]+\d{1,2}(?:,[ \t]+\d{4})?)[ \t]*")
_DOCUMENT_LINE_IN_TEXT = re.compile(r"^[ \t]*(?:Số\s*:|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM)", re.M)


def named_conversation_dropped(lines: list[str]) -> list[str]:
    """A group chat copied as blocks parted by blank lines, each message's block opening on its sender's name (a
    person's, the post after it or not), the document posted in several of them: the poster's blocks stay
    without the name, its replies to members go, the members' blocks go, and the app's notes and reactions. A block
    opening on no sender goes on with the message above it. What stands before the first message stays."""
    blocks: list[tuple[int, int]] = []
    i = 0
    while i < len(lines):
        if not lines[i].strip():
            i += 1
            continue
        start = i
        while i < len(lines) and lines[i].strip():
            i += 1
        blocks.append((start, i))
    named = Counter(lines[a].strip() for a, b in blocks if b - a >= 2)
    messages = []  # (sender, first line of its text, end)
    first_message = len(lines)  # where the first sender's name stands
    for a, b in blocks:
        first = lines[a].strip()
        if b - a >= 2 and _SENDER_LINE.fullmatch(first) and _may_name_a_sender(first):
            # (a name the copy wrapped, "Nông Thị Hạnh - Văn" / "phòng": the sender who heads other blocks whole)
            whole = f"{first} {lines[a + 1].strip()}"
            messages.append((whole, a + 2, b) if named[whole] >= 2 else (first, a + 1, b))
            first_message = min(first_message, a)
        elif messages:
            messages.append((messages[-1][0], a, b))
    senders = Counter(sender for sender, _, _ in messages)
    poster = _poster(lines, messages)
    if poster is None or senders[poster] < 2 or len(messages) < _LEAST_TIMED_MESSAGES or len(senders) < 2:
        return lines
    kept = lines[:first_message]
    for sender, a, b in messages:
        if sender == poster and not _SENDER_OVER_BLOCK.fullmatch(lines[a]):
            kept += ["", *(line for line in lines[a:b]
                           if not _APP_NOTE.fullmatch(line) and not _REACTIONS.fullmatch(line))]
    return [line for line in kept if not _APP_NOTE.fullmatch(line)]


# A recording's transcript: each turn opens on the time into the recording, bracketed or to the second ("[00:45] PTV
# Hằng: THÔNG BÁO KHẨN. …", "(01:02:10) Chủ tọa: …"), then the speaker and what is said, or a sound in brackets
# ("[00:00] [Nhạc hiệu]"). (A programme's "07:30 Khai mạc" is bare minutes: content, not a stamp.)
_TURN_STAMP = re.compile(r"[ \t]*(?:[\[(](?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?[\])]|\d{1,2}:\d{2}:\d{2})"
                         r"[ \t]+(?=\S)")
_TURN_STAMP_IN_TEXT = re.compile("^" + _TURN_STAMP.pattern, re.M)
_SOUND = re.compile(r"[\[(][^\[\]()\n]{1,60}[\])][ \t]*")
_SPEAKER = re.compile(r"(?P<speaker>[^\W\d][^:\n.!?;,\[\]()]{0,40}?)[ \t]*:[ \t]*")
_SPEAKERS_WORDS = 6
_LEAST_TURNS = 3
_LEAST_LOGGED_ITEMS = 3
_NUMBERED_ITEM = re.compile(r"\s*(?:\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ]\))\s")  # (not a programme's "- Đón tiếp …")
_NOTE_TAKERS_ASIDE = re.compile(r"[ \t]*\([^()\n]{1,300}\)[ \t]*")  # ("(Đ/c PGĐ Sở Y tế phát biểu bổ sung … )")


def transcript_turns_read(lines: list[str]) -> list[str]:
    """A recording's transcript as the text it reads out: the stamps go, the lines of sounds, and a speaker's name
    before what they say when the same speaker has several turns (a name said once may be the words themselves). A
    chat whose stamps stand over their messages, with their senders, on lines of their own is none (see
    `conversation_dropped`)."""
    turns = {i: line[stamp.end():] for i, line in enumerate(lines) if (stamp := _TURN_STAMP.match(line))}
    speakers = Counter(said["speaker"].strip() for rest in turns.values() if (said := _SPEAKER.match(rest))
                       and len(said["speaker"].split()) <= _SPEAKERS_WORDS)
    # (each turn said by a speaker of several or a sound: not a programme's hours, each before another item)
    spoken = [rest for rest in turns.values()
              if (said := _SPEAKER.match(rest)) and speakers[said["speaker"].strip()] >= 2 or _SOUND.fullmatch(rest)]
    # (a minute-taker's log stamps the document's own items as they are said: "[15:44] a) Công an …")
    logged = sum(_NUMBERED_ITEM.match(rest) is not None for rest in turns.values()) >= _LEAST_LOGGED_ITEMS
    if not logged and (len(spoken) < _LEAST_TURNS or len(spoken) * 2 <= len(turns)):
        return lines
    out = []
    for i, line in enumerate(lines):
        if i not in turns:
            out.append(line)
            continue
        rest = turns[i]
        said = _SPEAKER.match(rest)
        if said and speakers[said["speaker"].strip()] >= 2:
            rest = rest[said.end():]
        if rest.strip() and not _SOUND.fullmatch(rest) and not (logged and _NOTE_TAKERS_ASIDE.fullmatch(rest)):
            out.append(rest)
    return out


# A long text sent as numbered messages ("(1/9) CÔNG AN TỈNH …", "(2/9) Thực hiện …"), each part opening on its number.
# ("(Phần 2/3)", "[2/6]"; in a bold run a copy opens on the part's first line, "**[3/6] II. NHIỆM VỤ**")
_MESSAGE_PART_OPENING = re.compile(r"^[ \t]*(?P<emphasis>\*\*|__)?[(\[](?:[Pp]hần\s+)?(\d{1,2})/(\d{1,2})[)\]][ \t]*")
_MESSAGE_PART_IN_TEXT = after_a_break(re.compile(_MESSAGE_PART_OPENING.pattern, re.M))
# A channel post's footer, where its time stands: its views and whether it was edited ("2.7K  16:01", "4.1K  edited
# 18:40"); it closes the post as a chat's time does.
_POST_FOOTER = re.compile(r"[ \t]*(?:\d+(?:[.,]\d+)?[KkMm]?[ \t]+)?(?:(?:edited|đã chỉnh sửa)[ \t]+)?"
                          r"\d{1,2}:\d{2}[ \t]*")
# The reactions under a message: emoji, each with its count ("👍 38  🙏 4", "❤️ 7   Đã xem"), and nothing else.
_REACTIONS = re.compile(r"[ \t]*(?:[\u2600-\u27bf\U0001f300-\U0001faff]\ufe0f?[ \t]*\d*[ \t]*)+(?:Đã xem)?[ \t]*")
_LEAST_MESSAGE_PARTS = 2


def message_parts_joined(lines: list[str]) -> list[str]:
    """A text sent in numbered parts, each a message: the parts' numbers go, and where each message closes on its time
    ("07:31"), what stands between the parts is the conversation around them ("Bạn" / "Đã nhận, cảm ơn anh" / "Đã
    gửi"), none of the text; a part sent again ("(6/9) …" after "Anh gửi lại phần 6") is read once."""
    numbers = [(int(part[2]), int(part[3])) for line in lines if (part := _MESSAGE_PART_OPENING.match(line))]
    if len(numbers) < _LEAST_MESSAGE_PARTS or numbers[0][0] != 1 or len({total for _, total in numbers}) > 1 \
            or any(not 1 <= number <= total for number, total in numbers):
        return lines  # (not a count of parts: dates in brackets, "(03/02) Phát bài …", "(30/4) …")
    timed = any(_POST_FOOTER.fullmatch(line) for line in lines)
    seen: set[tuple[str, str]] = set()
    out: list[str] = []
    inside = not timed  # in a part read for the first time (without times, the parts run on to the end)
    for line in lines:
        part = _MESSAGE_PART_OPENING.match(line)
        if part:
            inside = part.groups()[1:] not in seen
            seen.add(part.groups()[1:])
            line = (part["emphasis"] or "") + line[part.end():]
        elif timed and _POST_FOOTER.fullmatch(line):
            inside = False  # (the time closes its message)
            continue
        if inside:
            out.append(line)
    return out


# A label run into its text at a line's start, as a page's text taken without its tags has it ("a)Ban hành …", "Điều
# 2.Tổ chức thực hiện", "3.Đề nghị …"): the space a list's or an article's label keeps.
_GLUED_LABEL = re.compile(r"(?m)^((?:Điều\s+\d{1,3}|\d{1,2}|[a-zđ])[.)])(?=[" + UPPER_LETTERS + r"])")
_GLUED_LABEL_IN_TEXT = after_a_break(_GLUED_LABEL)
_PAGE_OF_PAGES = re.compile(r"\s*Trang\s+\d{1,4}\s*/\s*\d{1,4}\s*", re.I)
_PAGE_MARK = re.compile(r"\s*-{1,2}\s*Trang\s+\d{1,4}(?:\s*/\s*\d{1,4})?\s*-{1,2}\s*", re.I)  # ("-- Trang 3 --")
_PAGE_NUMBER = re.compile(r"^\s*(?:-{1,2}\s*)?(?:Trang\s+)?\d{1,4}(?:\s*/\s*\d{1,4})?\s*(?:-{1,2}\s*)?$", re.I)
_FOOTNOTE_START = re.compile(r"^\d{1,2}\s+\S")

# Mid-sentence, an uppercase next line is most often a name the wrap pushed down: a line that
# does not end a sentence counts as full a little earlier.
_OPEN_SENTENCE_SLACK = 0.9
_MIN_WRAPS = 5  # fewer clear wraps than this: the document is not hard-wrapped, there is no width
_INDENTED_FIRST_LINE = 0.8  # first lines wrapped this much shorter than the others: the copy indents them
_BLANK_SEPARATED_SHARE = 0.05  # a markdown copy with fewer blank lines does not use them for paragraphs
_BLANK_PARTED_SHARE = 0.2  # … nor a plain one with fewer, most of its paragraphs wrapped over two lines or more
_LAYOUT_WINDOW = 40  # lines before and after a line whose blank lines tell how it is laid out
_FRAGMENT_WORDS = 3  # a line of so few words ending a sentence left open above is the end of that sentence
_MAX_CELL_LINES = 20  # in a copy without blank lines, a longer run with no bar is text after the table
# A cell that opens with the document's number, its salutation or its recipients belongs to the page's layout (a
# letter whose body sits in the cell beside its number and date), whatever the number of cells of its row.
_LAYOUT_CELL = re.compile(r"^\W*(?:Số|Kính gửi|Nơi nhận)\s*:")
_MAX_RUN_LINES = 8  # an emphasis run longer than this is an unbalanced marker, not a heading


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


_ODD_SPACES = ("\u00a0", "\u2007", "\u202f", "\t", "\u3000", "\x0b")  # (\x0b: a word processor's line break)
_INVISIBLE = ("\u200b", "\u200c", "\u200d", "\ufeff", "\u00ad")


_SPACE_RUN = re.compile("  +")  # opens with plain text, so the regex engine skips ahead fast


def collapse_spaces(text: str) -> str:
    return _SPACE_RUN.sub(" ", text)


def normalise_text(text: str) -> str:
    """NFC + one tone-mark style + spacing glitches; no line structure changes."""
    text = unicodedata.normalize("NFC", without_surrogates(text))  # (any reader's escapes: no output could write one)
    text = fix_tone_marks(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "Ð" in text or "ð" in text:  # (the Icelandic eth an OCR or an old font gives for Vietnamese "Đ": "Ðộc lập")
        text = text.replace("Ð", "Đ").replace("ð", "đ")
    for char in _ODD_SPACES:
        if char in text:
            text = text.replace(char, " ")
    for char in _INVISIBLE:
        if char in text:
            text = text.replace(char, "")
    if _KEYCAP_MARK in text:
        text = _KEYCAP_NUMBER.sub(lambda m: re.sub(r"\D", "", m.group(0)) + ".", text)
    if "GLYPH<" in text:
        text = _UNMAPPED_GLYPH.sub("•", text)
    if _SYMBOL_FONT_BULLET_HINT.search(text):
        text = _SYMBOL_FONT_BULLET.sub(r"\1•", text)
    if "[" in text or "<!--" in text:
        text = _IMAGE_PLACEHOLDER.sub("", text)
    if "<" in text and _INLINE_MARKUP.search(text):  # (a converter's markdown: "<span id=…></span>", "<sup>1</sup>")
        text = _INLINE_MARKUP.sub(lambda found: f"[{found[1]}]" if found[1] else "", text)
    if "}---" in text:
        text = _PAGE_SEPARATOR.sub("", text)
    if "Ảnh:" in text:
        text = _PHOTO_CAPTION.sub("", text)
    head = text[:_HEADER_IN_CAPITALS_REACH]
    if "SỐ" in head or "THÁNG" in head:
        text = _header_recased(head) + text[len(head):]
    return text


# A note that a text posted in parts goes on in the next, or goes on from the last ("(còn tiếp 👇)", "(Còn nữa)",
# "(tiếp theo Kế hoạch 86-KH/HNDT)"): the poster's, none of the document's words
_CONTINUATION_NOTE = re.compile(r"[ \t]*\((?:[Cc]òn tiếp|[Cc]òn nữa|[Tt]iếp theo)[^()\n]{0,60}\)\W*")


# A header typed or printed in capitals (a fax, a scan's OCR): "SỐ: 812/SYT-NVY", "QUẢNG NGÃI, NGÀY 17 THÁNG 4 NĂM
# 2027", read in the case every other header writes them
_HEADER_IN_CAPITALS_REACH = 3000  # characters
_NUMBER_IN_CAPITALS = re.compile(r"(?m)(^|[|\t]|[ ]{2})([ \t]*)SỐ(?=[ \t]*:)")
_PLACE_DATE_IN_CAPITALS = re.compile(r",([ \t]*)NGÀY([ \t]+\d{1,2}[ \t]+)THÁNG([ \t]+\d{1,2}[ \t]+)NĂM(?=[ \t]+\d{4})")


def _header_recased(head: str) -> str:
    """The header's number label and place line in the case other headers write them."""
    head = _NUMBER_IN_CAPITALS.sub(r"\1\2Số", head)
    return _PLACE_DATE_IN_CAPITALS.sub(r",\1ngày\2tháng\3năm", head)


# Where a text converter met a picture (a seal, a signature's image): "[pic]", "[IMG]", "[image]", "<!-- image -->";
# and its other notes as comments, none of them the document's words (a layout model's page furniture: "<!--
# PageFooter="…" -->", "<!-- PageNumber="1" -->", "<!-- PageBreak -->")
_IMAGE_PLACEHOLDER = re.compile(r" ?(?:\[(?:pic|PIC|IMG|img|image|IMAGE)\]|<!--[^\n]{0,300}?-->"
                                r"|!\[[^\]\n]{0,80}\](?:\([^)\s]{1,300}\)|\[[^\]\s]{1,80}\]))")
# (markdown's picture, "![](_page_0.jpeg)", or one its reference names, "![][image1]", as a Google Docs download has it)
# Inline HTML a converter or a note's author leaves in its markdown: an anchor's empty span, a link's tags, emphasis and
# a centred paragraph (their words stay), a footnote's number raised as "<sup>1</sup>" (read as the "[1]" of a web
# copy's note)
_INLINE_MARKUP = re.compile(r"<sup>\s*(\d{1,3})\s*</sup>"
                            r"|</?(?:span|a|font|small|mark|u|b|strong|i|em|p|center)(?:\s[^<>\n]{0,300})?>")
# A PDF converter's page separator on its own line: "{0}------------------------------------------------"
_PAGE_SEPARATOR = re.compile(r"(?m)^\{\d{1,4}\}-{10,}[ \t]*$")
# A newspaper's photo caption on its own line, its credit in capitals closing it ("Cán bộ … cho ngư dân. Ảnh: HỮU
# NGHĨA"): the page's picture, no words of the document.
_PHOTO_CAPTION = re.compile(r"(?m)^[^\n]{0,300}[.!?)]\s*Ảnh:\s*[" + UPPER_LETTERS + r"][" + UPPER_LETTERS + r" .,-]{1,60}$")


# A glyph a PDF converter found no character for, written as its code and font ("GLYPH<c=1,font=/ABCDEF+Symbol>",
# "GLYPH<183>"): in a plan's text, a symbol font's bullet.
_UNMAPPED_GLYPH = re.compile(r"GLYPH<(?:c=)?\d{1,6}(?:,font=[^<>\s]{0,80})?>")
# A Word list's bullet drawn from the Symbol or Wingdings font, copied as the font's private-use character ("\uf0b7",
# "\uf0a7", "\uf076"): at a line's start, before its text, a bullet.
_SYMBOL_FONT_BULLET_HINT = re.compile("[" + SYMBOL_FONT_PRIVATE_USE + "]")
_SYMBOL_FONT_BULLET = re.compile("(?m)^([ \t]*)[" + SYMBOL_FONT_PRIVATE_USE + "](?=[ \t])")


# A number of keycap digits ("1️⃣", "1️⃣0️⃣"), as a chat message numbers its items: the number and a dot.
_KEYCAP_MARK = "\u20e3"
_KEYCAP_NUMBER = re.compile(r"(?:[0-9]\ufe0f?\u20e3)+")


@dataclass(slots=True)
class _Line:
    """One non-blank source line with the layout evidence around it."""

    raw: str  # markers removed, indentation kept: a new PDF page starts indented
    text: str
    blank_before: bool = False
    cell_before: bool = False  # a `|` line (a table cell boundary in a web copy) precedes it
    in_emphasis_run: bool = False  # continues a bold or italic run the line before left open
    blank_separated: bool = False  # the lines around it use blank lines between paragraphs (see `_Layout`)
    blank_parted: bool = False  # … or seem to, in a text whose blank lines may also be page breaks
    indented_first: bool = False  # cut as short as a copy that indents first lines cuts them, and runs on (`_Layout`)
    opens_bold: bool = False
    closes_bold: bool = False


def rebuild_tables(lines: list[str]) -> list[str]:
    """Tables flattened one cell per line, as markdown copies of portal pages have them, back to rows.

    Cells stand between `|` lines, two `|` lines end a row; a blank line, or text that runs on for
    long without one, ends the table at its last `|` line. A data table becomes one `| a | b | c |`
    line per row, as the HTML reader writes a table; a layout table (fewer than three columns: the
    header and the signature blocks) stays cell after cell, which the metadata reader expects. A row
    already written on one line (`a | b | c`) gets the same form."""
    lines = _blanks_between_bars_dropped(lines)
    out: list[str] = []
    i = 0
    width = 0  # the cells of the unframed rows' first row (their header)
    while i < len(lines):
        stripped = lines[i].strip()
        if stripped != "|":
            end, rows = _table_run_together(lines, i) if stripped[:1] == "|" else (i + 1, None)
            if rows:
                out += rows
                i = end
                continue
            if " | " in stripped and _is_unframed_row(lines, i):
                width = width or stripped.count(" | ") + 1
                row, i = _unframed_row(lines, i, width)
                out.append(_framed_row(row))
                continue
            width = width if _UNFRAMED_RULE.fullmatch(stripped) else 0  # (the rule under a header keeps its width)
            out.append(lines[i])
            i += 1
            continue
        tables: list[list[list[list[str]]]] = [[]]  # rows of cells of lines, one table per appendix
        row, cell = [], []
        j = last_bar = i
        while j < len(lines) and lines[j].strip() and j - last_bar <= _MAX_CELL_LINES:
            if lines[j].strip() == "|":
                last_bar = j
                if cell:
                    row.append(cell)
                    cell = []
                elif row:
                    tables[-1].append(row)
                    row = []
            else:
                if not cell and APPENDIX_TITLE.match(lines[j].strip()) and (row or tables[-1]):
                    # a table that ends on one bar runs into the next appendix's title and table when no
                    # blank line parts them ("… | Bộ Công an |" then "PHỤ LỤC II"): no cell opens with one
                    tables[-1] += [row] if row else []
                    tables.append([])
                    row = []
                cell.append(lines[j])
            j += 1
        if cell:  # every cell ends at a bar: lines after the last one are text after the table
            j = last_bar + 1
        if row:
            tables[-1].append(row)
        for table in map(_empty_cells_restored, tables):
            before = _cells_before_table(table)
            if before:  # the page's text before the table, cell after cell, as a layout table stays
                out += _cell_after_cell(before)
            if table and max(len(r) for r in table) >= MIN_DATA_COLUMNS:
                out += ["", *(line for r in table for line in (
                    _cell_after_cell(r) if any(_LAYOUT_CELL.match(_strip_emphasis(c[0])) for c in r)
                    else [table_row(_cell_text(c) for c in r)])), ""]
            elif len(tables) > 1:
                out += _cell_after_cell([cell for r in table for cell in r])
            else:
                out += lines[i:j]
        i = j
    return out


_BLANK_BETWEEN_LINES = 0.4  # a copy with this share of blank lines puts one between every two lines, cells too


def _blanks_between_bars_dropped(lines: list[str]) -> list[str]:
    """A copy that puts a blank line between every two lines, a table's bars and cells too ("|", "", "1", "", "|"):
    the blank lines between two bars no more than a cell's lines apart go, so that the table reads as a table
    (a blank line still ends one after its last bar)."""
    if sum(1 for line in lines if not line.strip()) < _BLANK_BETWEEN_LINES * len(lines):
        return lines
    bars = [i for i, line in enumerate(lines) if line.strip() == "|"]
    dropped: set[int] = set()
    for a, b in zip(bars, bars[1:]):
        between = range(a + 1, b)
        if sum(1 for i in between if lines[i].strip()) <= _MAX_CELL_LINES:
            dropped.update(i for i in between if not lines[i].strip())
    return [line for i, line in enumerate(lines) if i not in dropped] if dropped else lines


_SEPARATOR_ROW = re.compile(r"\|(?:\s*:?-{3,}:?\s*\|){2,}")
_HEADER_ROW_LINES = 3  # lines a wrapped header row takes at most before its separator row


def _table_run_together(lines: list[str], start: int) -> tuple[int, list[str] | None]:
    """From a line opening with a bar, the lines of a table whose rows a copy ran into one paragraph, hard-wrapped
    or not: where it ends and its rows (None when these lines hold no such table). A table written row by row,
    its separator row on a line of its own, is none."""
    joined, end = lines[start].strip(), start + 1
    # a line breaks after a bar as well as inside a cell: the table goes on until its last row is whole
    while end < len(lines) and lines[end].strip() and (
            not joined.endswith("|") or "|" in lines[end] or _rows_run_together(joined) is None):
        if _SEPARATOR_ROW.fullmatch(lines[end].strip()) or (
                end - start >= _HEADER_ROW_LINES and not _SEPARATOR_ROW.search(joined)):
            return start + 1, None  # a separator row of its own, or none under the header: rows written one by one
        joined += " " + lines[end].strip()
        end += 1
    return end, _rows_run_together(joined)


def _rows_run_together(line: str) -> list[str] | None:
    """A markdown table whose rows a copy ran into one line ("| STT | Nội dung | … | |---|---| … | | 1 | … |"): its
    rows back, each as wide as its header row. None when the line is no such table, or its cells do not fall into
    rows of that width, each closed by the next row's bar."""
    separator = _SEPARATOR_ROW.search(line, 1)
    if separator is None:
        return None
    header = [cell.strip() for cell in line[:separator.start()].strip().strip("|").split("|")]
    width = len(header)
    cells = [cell.strip() for cell in line[separator.end():].split("|")]
    if width < MIN_DATA_COLUMNS or not cells or cells[0]:
        return None
    cells = cells[1:]  # the first row's opening bar
    rows = [cells[start:start + width] for start in range(0, len(cells), width + 1)]
    boundaries = cells[width::width + 1]  # the empty cell between one row's closing bar and the next one's opening
    if any(boundaries) or any(len(row) != width for row in rows if any(row)):
        return None
    return [table_row(row) for row in [header, *rows] if any(row)]


def _empty_cells_restored(rows: list[list[list[str]]]) -> list[list[list[str]]]:
    """Two bars end a row, but an empty cell is two bars too ("| 2 |" / "| Tổng hợp … | Phòng X | Hằng tháng |" under
    five columns): a row short of the table's width (the longest its rows are more than once) and the next one, which
    with one empty cell between them fill it exactly, are one row."""
    if len(rows) < 3:
        return rows
    lengths = Counter(len(row) for row in rows)
    width = max((n for n in lengths if lengths[n] >= 2), default=0)
    out: list[list[list[str]]] = []
    for row in rows:
        if out and len(out[-1]) < width and len(out[-1]) + 1 + len(row) == width:
            out[-1] = [*out[-1], [""], *row]
        else:
            out.append(row)
    return out


# (framed, "| Nơi nhận: | TM. ỦY BAN NHÂN DÂN |", or without the frame, as Word's "Convert table to text" writes it
# with "|" between the cells: "Nơi nhận:|TM. ỦY BAN NHÂN DÂN")
_RECIPIENTS_ROW = re.compile(r"^(?:\|\W*Nơi nhận\s*:|\W*Nơi nhận\s*:[^|]*\|[^|]*$)")
_TWO_CELLS = re.compile(r"^(?:\|([^|]*)\|([^|]*)\||([^|]*)\|([^|]*))\s*$")
_MIN_SIGNATURE_ROWS = 3
_RULE_ROW = re.compile(r"\|[\s:|-]*-[\s:|-]*\|")
_UNFRAMED_RULE = re.compile(r":?-{3,}:?(?:\s*\|\s*:?-{3,}:?)+")  # "---|---|---": the rule under a header's cells


def signature_table_by_columns(lines: list[str]) -> list[str]:
    """The recipients beside the signature written row by row ("| - Sở Y tế; | (Đã ký) |"), as a wiki, an outliner
    or a plain-text table lays that two-column block out: column after column, as the metadata reader expects the
    block of a layout table (the recipients, then the signature)."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        if not _RECIPIENTS_ROW.match(lines[i]):
            out.append(lines[i])
            i += 1
            continue
        rows, end = [], i
        while end < len(lines) and (cells := _TWO_CELLS.match(lines[end].strip())):
            end += 1
            if not _RULE_ROW.fullmatch(lines[end - 1].strip()):  # (a markdown copy's "|---|---|")
                left, right = (cells[1], cells[2]) if cells[1] is not None else (cells[3], cells[4])
                rows.append((left.strip(), right.strip()))
        if len(rows) < _MIN_SIGNATURE_ROWS:
            out.append(lines[i])
            i += 1
            continue
        out += _cell_after_cell([[left for left, _ in rows if left], [right for _, right in rows if right]])
        i = end
    return out


def _cell_after_cell(cells: list[list[str]]) -> list[str]:
    """Cells written back one after another between bars, as a layout table stays."""
    return [line for cell in cells for line in ("|", *cell)] + ["|"]

def _cells_before_table(rows: list[list[list[str]]]) -> list[list[str]]:
    """The cells the first row has beyond the table's width, taken off it. A table's last row ends on
    one bar, as a cell does: a layout table closed just before a data table (the signature cells, then
    the appendix's title) runs into the data table's first row, which then is longer than every
    other row (but one); its own cells are its last ones."""
    if len(rows) < 3:
        return []
    lengths = Counter(len(row) for row in rows[1:])
    width = max((n for n in lengths if lengths[n] >= 2), default=max(lengths))  # one odd row (two run together) aside
    if len(rows[0]) <= width:
        return []
    before, rows[0] = rows[0][:-width], rows[0][-width:]
    return before


def _cell_text(cell_lines: list[str]) -> str:
    lines = [_strip_emphasis(line).strip() for line in cell_lines]
    return _SPACE_RUN.sub(" ", " ".join(line for k, line in enumerate(lines) if not _page_number_in_cell(lines, k))).strip()


_ROW_LABEL_CELL = re.compile(r"(?:[IVXL]{1,5}|[A-ZĐ]|\d{1,3})(?:\.\d{1,3})*\.?")


def _page_number_in_cell(lines: list[str], k: int) -> bool:
    """A page break inside a row puts the page's number among a cell's lines, after the row's own label ("4" / "6",
    "III.1" / "30"). (One between two lines of a sentence may as well be its own number: "cho" / "50" / "cán bộ".)"""
    return 0 < k and len(lines[k]) <= 3 and lines[k].isdigit() and all(_ROW_LABEL_CELL.fullmatch(line)
                                                                          for line in lines[:k])


def _is_unframed_row(lines: list[str], i: int) -> bool:
    """`a | b | c` is a row; `a | b` only beside one (prose has "[sửa | sửa mã nguồn]" too)."""
    def separators(j: int) -> int:
        line = lines[j].strip() if 0 <= j < len(lines) else ""
        return line.count(" | ") if line[:1] != "|" else 0

    here = separators(i)
    return here >= 2 or (here == 1 and max(separators(i - 1), separators(i + 1)) >= 2)


def _unframed_row(lines: list[str], i: int, width: int) -> tuple[str, int]:
    """The unframed row at `i` and the line after it: a row short of the header's cells whose last cell holds several
    paragraphs goes on over the next line ("… | Sở Y tế" / "Bệnh viện Đa khoa tỉnh | Quý III/2027"), up to its width and
    not into a row of its own, which opens with its number."""
    row, i = lines[i].strip(), i + 1
    while i < len(lines):
        line = lines[i].strip()
        if row.count(" | ") + 1 < width and " | " in line and line[:1] != "|" and not _ROW_NUMBER_CELL.match(line) \
                and row.count(" | ") + line.count(" | ") + 1 <= width \
                and not VERB_OPENING.match(line):  # (a task's text opens a row of its own, its number merged)
            row = f"{row}{' ' if line.startswith(CELL_LIST_MARKS) else '; '}{line}"
        elif _breaks_inside_a_cell(lines, i) and " | " not in line and (
                row.count(" | ") + 1 < width or row.rsplit(" | ", 1)[-1].startswith(CELL_LIST_MARKS)):
            # (only into a row short of its cells or a last cell that is a list: a list after the table is none)
            row = f"{row} {line}"
        else:
            break
        i += 1
    return row, i


def _breaks_inside_a_cell(lines: list[str], i: int) -> bool:
    """The line at `i` goes on with the cell the line before left open: a markdown copy writes a cell's line break
    as a hard break, two spaces at the line's end, and then the cell's next line without a bar ("1 | Sở X | - Tham mưu
    …  " / "- Chỉ đạo …  " / "- Chủ trì … | - Tháng 3/2027"); no row of its own, which opens with its number."""
    line = lines[i].strip()
    return lines[i - 1].endswith("  ") and bool(line) and line[:1] not in "|#*" and not _ROW_NUMBER_CELL.match(line) \
        and (line.startswith(CELL_LIST_MARKS) or line[:1].islower())


_ROW_NUMBER_CELL = re.compile(r"(\*\*)?(?:\d{1,3}|[IVXLC]{1,6}|[A-ZĐ])\.?(?(1)\*\*) \| ")  # ("**II** | …", a group's)


def continued_rows_joined(lines: list[str]) -> list[str]:
    """A text grid's rows whose cells wrap onto rows of their own, number and work left empty there ("| 1 | Quan trắc
    … | Phòng Kinh tế | Ban Quản lý Khu | Quý II/2027 |" / "| | | | bảo tồn biển Lý Sơn | |"), or one cell going on in
    lower case ("| | đủ các loại vắc xin | |"), back to one row: each cell's lines joined as a printed cell's are. Only
    under a row that has its number, or under the header, whose names wrap so too ("| TT | Chỉ tiêu | Kế hoạch năm |" /
    "| | | 2027 |"), cell for cell; a row a scan left short of its header's cells first has the rules it read as
    letters mended. (A row of its own under a numbered one, "| | a) vận động … | các thôn | thường xuyên |", is
    none.)"""
    out: list[str] = []
    cells_above: list[list[str]] | None = None  # the numbered row's cells, each its lines
    width = 0  # the cells of the table's header
    for line in lines:
        cells = row_cells(line) if line[:1] == "|" else None
        # (the table's header counts its cells; a rule drawn between its rows ends it no more than a page does)
        width = (width or len(cells)) if cells else width if not any(char.isalpha() for char in line) else 0
        if cells and (len(cells) < width or _SCANNED_FIRST_BAR.match(cells[0])):
            cells = _scanned_bars_read(cells, width)
            line = table_row(cells)
        if cells and cells_above and len(cells) == len(cells_above) and len(cells) >= MIN_DATA_COLUMNS \
                and not cells[0] and any(cells) and (not cells[1] or _one_cell_going_on(cells)):
            for parts, cell in zip(cells_above, cells):
                parts.append(cell)
            out[-1] = table_row(join_cell_lines(parts) for parts in cells_above)
            continue
        numbered = cells is not None and len(cells) >= MIN_DATA_COLUMNS and _ROW_NUMBER.fullmatch(cells[0])
        opens_table = cells is not None and len(cells) >= MIN_DATA_COLUMNS and not (out and out[-1][:1] == "|")
        cells_above = [[cell] for cell in cells] if numbered or opens_table else None
        out.append(line)
    return out


_ROW_NUMBER = re.compile(r"\d{1,3}\.?")
_OWN_POINT = re.compile(r"[a-zđ][.)]\s|[-+•]\s")


def _one_cell_going_on(cells: list[str]) -> bool:
    """One cell of the row above going on in lower case, the others empty, and no point of its own ("a) …", "- …")."""
    filled = [cell for cell in cells if cell]
    return len(filled) == 1 and filled[0][:1].islower() and not _OWN_POINT.match(filled[0])
# A scan's reading of a table's rule: "l", "I", "[" or "]" for "|" ("| 7 l Tuyên truyền …", "Phòng Văn hóa - [ Công
# an …"); "I" only where no word it numbers stands before it ("Quý I", "khu vực I")
_SCANNED_BAR = re.compile(r"(?<=\S) [l\[\]] (?=\S)")
_SCANNED_I_BAR = re.compile(r"(?<!Quý)(?<!Phần)(?<!Mục)(?<!vực)(?<!đoạn)(?<!Điều)(?<!Chương)(?<=\S) I "
                            r"(?=[" + UPPER_LETTERS + r"])")
_SCANNED_FIRST_BAR = re.compile(r"[Il\[]\s+(?=\d{1,3}$)")


def _scanned_bars_read(cells: list[str], width: int) -> list[str]:
    """A scanned row short of its header's cells: the rules the scan read as letters, cells again."""
    cells = [_SCANNED_FIRST_BAR.sub("", cells[0]), *cells[1:]]
    for pattern in (_SCANNED_BAR, _SCANNED_I_BAR):
        if len(cells) < width:
            cells = [part.strip() for cell in cells for part in pattern.sub(" | ", cell).split(" | ")]
    return cells if len(cells) <= width else cells[:width - 1] + [" ".join(cells[width - 1:])]


def _framed_row(line: str) -> str:
    return "| " + line + (" |" if not line.endswith("|") else "")


_MARKDOWN_ITEM = re.compile(r"( *)(\d{1,2})\.(?=[ ]+\S)")
_NESTING = 2  # spaces: an item indented this much more than the one above it sits inside it
# Items of one list all written "1." (fewer could be a wrapped article's number and its first clause)
_LEAST_RENDERED_ITEMS = 3


# a whole line between single stars
_STARRED_LINE = after_a_break(re.compile(r"^[ \t]*\*[^\s*][^\n]*[^\s*]\*[ \t]*$", re.M))
_LEAST_STARRED_LINES = 3
_WHOLE_BOLD_LINE = re.compile(r"^\*\*([^*\n]+)\*\*$")
# … or a converter's bold with underscores, a whole line or a line's opening run ("__KẾ HOẠCH__", "__5\\.__ Đề nghị …")
_UNDERSCORED_LINE = re.compile(r"^[ \t]*(?:<a [^>\n]*></a>)?__[^\s_][^\n_]*__", re.M)
_SLASHED_CELL = re.compile(r"(^|[\t *])/([^\s/][^/\n\t]*[^\s/])/(?=[\t *]|$)", re.M)  # words between slashes


def numbered_as_rendered(lines: list[str]) -> list[str]:
    """A markdown copy's ordered lists as a browser renders them: every item of a list written "1." (the number is
    the renderer's to give) counts on from the first, and a list indented under an item is that item's lettered
    points ("1. Giao Ủy ban nhân dân tỉnh:" / "   1. Ban hành …" -> "a) Ban hành …"). A heading or an unindented
    paragraph ends the list; a list numbered by hand is numbered by its levels (`_numbered_by_level`)."""
    out = list(lines)
    run: list[tuple[int, int, int]] = []  # (line, indent, number) of the list being read
    for i, line in enumerate([*lines, "#"]):
        item = _MARKDOWN_ITEM.match(line)
        if item:
            run.append((i, len(item.group(1)), int(item.group(2))))
        elif line.strip() and not line.startswith(" "):
            _renumber(out, run)
            run = []
    return out


def _renumber(lines: list[str], run: list[tuple[int, int, int]]) -> None:
    outer = min((indent for _, indent, _ in run), default=0)
    top = [(i, number) for i, indent, number in run if indent < outer + _NESTING]
    if len(top) >= 2 and len({number for _, number in top}) > 1:
        _numbered_by_level(lines, run)  # numbers written by hand at every level: each nested one after its parent's
        return
    if len(top) < _LEAST_RENDERED_ITEMS:
        return  # too few items to tell: as written
    first = top[0][1]
    counted = {i: first + k for k, (i, _) in enumerate(top)}
    point = 0
    for i, indent, _ in run:
        item = _MARKDOWN_ITEM.match(lines[i])
        if i in counted:
            lines[i] = f"{item.group(1)}{counted[i]}.{lines[i][item.end():]}"
            point = 0
        else:
            lines[i] = f"{item.group(1)}{POINT_LETTERS[min(point, len(POINT_LETTERS) - 1)]}){lines[i][item.end():]}"
            point += 1


def _numbered_by_level(lines: list[str], run: list[tuple[int, int, int]]) -> None:
    """A list numbered by hand at every level, the levels told apart by their indents alone ("1. NỘI DUNG" / "    1. Ban
    Tài chính" / "        1. Cân đối …"): a nested item is numbered after the items it sits in ("1.1.", "1.1.1."), the
    indents gone. Items of one level all written "1." count on from the first."""
    parents: list[tuple[int, list[int]]] = []  # (indent, number path) of the items the next one may sit in
    siblings: dict[tuple[int, ...], list[int]] = {}  # a parent's path -> its items' numbers as written
    for i, indent, number in run:
        while parents and parents[-1][0] >= indent - _NESTING + 1:
            parents.pop()
        above = parents[-1][1] if parents else []
        written = siblings.setdefault(tuple(above), [])
        written.append(number)
        counted = number if len(set(written)) > 1 or len(written) == 1 else written[0] + len(written) - 1
        path = [*above, counted]
        parents.append((indent, path))
        if above:
            item = _MARKDOWN_ITEM.match(lines[i])
            lines[i] = f"{item.group(1)}{'.'.join(map(str, path))}.{lines[i][item.end():]}"


# Underscores that open or close an italic run in markdown, at a word's edge (not inside "chi_tiet").
_UNDERSCORE_EMPHASIS = re.compile(r"(?<![\w_])_+(?=[^\s_])|(?<=[^\s_])_+(?![\w_])")
# … both on the line, the run opening on a letter after a space or the line's start ("_Hải Phòng, ngày …_"; not "Ngày
# _/_/2026" nor "/_api_/")
_UNDERSCORE_PAIR = re.compile(r"(?<![^\s(*\"“])_([^\W\d_](?:[^_]*[^\s_])?)_(?![\w_])")


# A markdown copy's escaped marks, kept apart from its emphasis while that is read (private-use characters no text
# holds)
_WRITTEN_STAR, _WRITTEN_UNDERSCORE = "\ue000", "\ue001"


def _read_lines(source_lines: list[str], markdown: bool) -> list[_Line]:
    """Source lines -> `_Line`s: blank and `|` lines become flags, markdown emphasis becomes evidence.

    A bold or italic run that spans lines holds one phrase (a heading, a place and date), so the
    lines inside it join whatever their case or length."""
    out: list[_Line] = []
    blank = cell = False
    bold_open = italic_open = False
    run_lines = 0
    if markdown:
        source_lines = [piece for source in source_lines for piece in _split_bold_runs(source)]
    if any(source.lstrip()[:1] == "#" for source in source_lines):
        source_lines = _wrapped_headings_joined(source_lines)
    underlined = {k - 1 for k, source in enumerate(source_lines) if k and _SETEXT_RULE.fullmatch(source)}
    for k, source in enumerate(source_lines):
        if markdown and "\\" in source:  # "\*\*\*" under a body's name: its stars, written, not emphasis
            source = source.replace("\\*", _WRITTEN_STAR).replace("\\_", _WRITTEN_UNDERSCORE)
        if markdown and "**" in source:
            source = _EMPTY_BOLD.sub(_space_it_holds, _CLOSE_THEN_EMPTY.sub("**", source))
        if "_" in source:  # "**_Nơi nhận:_**", "_Hải Phòng, ngày …_": in a markdown copy, or a copy of one
            source = _UNDERSCORE_EMPHASIS.sub("", source) if markdown else _UNDERSCORE_PAIR.sub(r"\1", source)
        stripped = source.strip()
        if not stripped:
            blank, bold_open, italic_open = True, False, False  # runs do not cross blank lines
            continue
        if stripped == "|" or (stripped[:1] in "|-:" and _TABLE_RULE.fullmatch(stripped)):
            cell = True
            continue
        # (a plain-text copy of a markdown page keeps them too)
        heading = _ATX_HEADING.match(stripped) if stripped[:1] == "#" else None
        if heading:
            source = stripped = stripped[heading.end():]
        line = _Line(source.rstrip(), stripped, blank, cell)  # raw, text, blank_before, cell_before
        blank = cell = False
        if markdown:
            line.in_emphasis_run = (bold_open or italic_open) and bool(out) and not line.blank_before
            if "*" in stripped:
                line.opens_bold = stripped.startswith("**") and not bold_open
                if stripped.count("**") % 2:
                    bold_open = not bold_open
                if _italic_markers(stripped) % 2:
                    # a lone marker closing the line closes a run, one opening it opens one, whatever was
                    # believed open (a run cut off as too long must not turn the next closing into an opening)
                    plain = stripped.replace("**", "")
                    italic_open = False if plain.endswith("*") and not plain.startswith("*") else \
                        True if plain.startswith("*") and not plain.endswith("*") else not italic_open
                line.closes_bold = stripped.endswith("**") and not bold_open
                line.raw = _strip_emphasis(line.raw)
                line.text = line.raw.strip()
                if not line.text:
                    blank = True
                    continue
        if _WRITTEN_STAR in line.raw or _WRITTEN_UNDERSCORE in line.raw:
            line.raw = line.raw.replace(_WRITTEN_STAR, "*").replace(_WRITTEN_UNDERSCORE, "_")
            line.text = line.raw.strip()
        if heading or k in underlined:  # its own paragraph, as a bold run is: its edges are emphasis edges
            line.opens_bold = line.closes_bold = True
        run_lines = run_lines + 1 if bold_open or italic_open else 0
        if run_lines > _MAX_RUN_LINES:
            bold_open = italic_open = False
        out.append(line)
    return out


_HEADING_REST_MAX = 40  # characters: the end of a heading a copy wrapped, a few words


def _wrapped_headings_joined(lines: list[str]) -> list[str]:
    """ "### 4. Trường Chính trị Trần" / "Phú" / "": a markdown heading a web copy wrapped. The line right under it,
    short, unlabelled and unpunctuated, a blank line after it, is the heading's rest, no paragraph of its own."""
    out: list[str] = []
    skip = False
    for k, line in enumerate(lines):
        if skip:
            skip = False
            continue
        rest = lines[k + 1].strip() if k + 1 < len(lines) else ""
        if _ATX_HEADING.match(line.strip()) and rest and len(rest) <= _HEADING_REST_MAX \
                and (k + 2 >= len(lines) or not lines[k + 2].strip()) and rest[:1] not in "#|>-+*•" \
                and rest[-1:] not in ".;:!?" and not line.rstrip().endswith((".", ";", ":")) \
                and _label_strength(rest) is None:
            out.append(line.rstrip() + " " + rest)
            skip = True
            continue
        out.append(line)
    return out


_RUN_JOINT = re.compile(r"(?<=[^\s*])\*\*\*\*(?=[^\W\d_])")


_SETEXT_RULE = re.compile(r"[ ]{0,3}(?:-{3,}|={3,})[ \t]*")  # under a heading's line ("Văn bản liên quan" / "-----")


def _space_it_holds(empty_run: re.Match) -> str:
    """ "ban hành** **Thông tư": an empty bold run between two words holds the space between them; "**x****ác định**"
    one cutting a word holds none."""
    return " " if empty_run.group(0)[2:-2] else ""


def _split_bold_runs(line: str) -> list[str]:
    """ "**THÔNG TƯ****Quy định chế độ …**", "**Chương I****QUY ĐỊNH CHUNG**": one bold run closing where the next
    opens with a capital is two lines run together (a heading, then its title). Runs that only cut a word or a
    phrase ("**x****ác định**", "**… phổ thông****, dự bị …**", "**C****ỘNG HO****À**": capitals on both sides) stay
    joined."""
    if "****" not in line:
        return [line]
    pieces, start = [], 0
    for joint in _RUN_JOINT.finditer(line):
        before = line[line.rfind("**", 0, joint.start()) + 2:joint.start()]
        after_end = line.find("**", joint.end())
        after = line[joint.end():after_end if after_end >= 0 else len(line)]
        if after[:1].isupper() and not (before.isupper() and after.isupper()):
            pieces.append(line[start:joint.start()] + "**")
            start = joint.start() + 2
    return [*pieces, line[start:]] if pieces else [line]


def _italic_markers(line: str) -> int:
    """Single `*` markers on a line; a leading "* " bullet and a "(*)" footnote mark are not ones."""
    if _opens_with_bullet(line):
        line = line[2:]
    return line.replace("**", "").replace("(*)", "").count("*")


def _opens_with_bullet(line: str) -> bool:
    """ "* Nội dung …" opens with a bullet; "* (Chi tiết theo Phụ lục)*" with an italic run the line closes."""
    line = line.strip()
    if not line.startswith("* "):
        return False
    rest = line[2:].replace("**", "").replace("(*)", "")
    return not (rest.endswith("*") and rest.count("*") % 2)


def _strip_emphasis(line: str) -> str:
    """Remove ** and * markers; a leading "* " bullet stays."""
    line = line.replace("**", "")
    if "*" not in line:
        return line
    bullet = _opens_with_bullet(line)
    body = line.lstrip()[2:] if bullet else line
    body = _SPACE_RUN.sub(" ", _STRAY_STAR.sub(_footnote_mark_only, body))
    return "* " + body if bullet else body


def _footnote_mark_only(star: re.Match) -> str:
    return star.group(0) if star.group(0) == "(*)" else ""


def _is_wrapped(lines: list[_Line]) -> bool:
    """True when paragraphs are hard-wrapped: many lines stop mid-sentence before a lowercase line."""
    prose = [line for line in lines if line.text[:1] != "|"]  # a table's rows say nothing of the text's wraps
    if len(prose) < 8:
        return False
    # (a table's "x" in a quarter's column, one cell per line, opens in lowercase too: a mark, not a sentence going on)
    breaks = sum(1 for a, b in zip(prose, prose[1:])
                 if b.text[:1].islower() and len(b.text) > 1 and not a.text.endswith(_TERMINAL))
    return breaks / len(prose) > 0.15


def _wrap_reaches(lines: list[_Line]) -> tuple[int | None, int | None]:
    """How long a line plus the next word must be to have been broken by the wrap, learned from the
    lines that clearly were (mid-sentence, lowercase next): nearly the width for a fixed-width wrap,
    less for a PDF's proportional type. Twice: for a paragraph's first line and for the lines after it,
    since a copy may indent every first line (a web page's first-line indent, a label's hanging
    indent). None when the text is not hard-wrapped, or for first lines when they fill the width too."""
    firsts, others = [], []
    for before, a, b in zip([None, *lines], lines, lines[1:]):
        if a.blank_before or b.blank_before or not (b.text[:1].islower() and len(b.text) > 1) \
                or a.text.endswith(_TERMINAL):
            continue
        opens = before is None or before.text.endswith(_TERMINAL) or _STRONG_LABEL.match(a.text) is not None
        (firsts if opens else others).append(len(a.text) + 1 + len(b.text.split(" ", 1)[0]))
    reach, first = _reach_of(others), _reach_of(firsts)
    if reach is not None and first is not None and first < reach * _INDENTED_FIRST_LINE:
        return reach, first
    return _reach_of(firsts + others), None  # first lines as wide as the others: one width


def _reach_of(overflows: list[int]) -> int | None:
    if len(overflows) < _MIN_WRAPS:
        return None
    overflows = sorted(overflows)
    # Table cells wrapped in narrow columns would pull the figure down: keep the body's wraps.
    body = [n for n in overflows if n >= 0.75 * overflows[len(overflows) * 9 // 10]]
    return body[len(body) // 10]


def _split_footnotes(lines: list[_Line]) -> tuple[list[_Line], list[_Line]]:
    """Set apart PDF-extracted footnote blocks that sit between a page's body and the next page.

    In text extracted from PDF, a new page starts with an indented line; a
    footnote block is a paragraph starting "N text" (or a carried-over
    continuation starting lowercase) right before such a line.
    """
    body, notes = [], []
    lengths = sorted(len(line.raw) for line in lines)
    body_width = lengths[len(lengths) // 2] if lengths else 0
    i = 0
    while i < len(lines):
        line = lines[i]
        first = line.raw[:1]
        # cheapest tests first: most lines are not a candidate
        if first.strip() and (i == 0 or line.blank_before) and (
            first.islower() or (first.isdigit() and _FOOTNOTE_START.match(line.raw))
        ):
            j = i + 1
            while j < len(lines) and not lines[j].blank_before and not lines[j].raw.startswith(" ") and j - i < 15:
                j += 1
            # Footnotes are set in smaller type, so their extracted lines run longer than the body's.
            wider = max(len(line.raw) for line in lines[i:j]) > body_width * 1.15
            if j < len(lines) and lines[j].raw.startswith(" ") and not lines[j].blank_before and j - i < 15 and wider:
                notes.extend(lines[i:j])
                i = j
                continue
        body.append(line)
        i += 1
    return body, notes


_FOOTNOTE_RULE = re.compile(r"^_{5,}$")  # the short rule a word processor sets over a page's footnotes


def _notes_under_a_rule(lines: list[_Line]) -> tuple[list[_Line], list[_Line]]:
    """Footnotes set under their rule ("__________" / "1 Nghị quyết số …" / "2 Quyết định …"), in any copy: apart from
    the body, with the page's number right after them. A rule over no numbered note stays."""
    if not any(_FOOTNOTE_RULE.match(line.text) for line in lines):
        return lines, []
    body, notes = [], []
    i = 0
    while i < len(lines):
        j = i + 1
        if _FOOTNOTE_RULE.match(lines[i].text):
            while j < len(lines) and not _is_page_number(lines[j].text) and (
                    _FOOTNOTE_START.match(lines[j].text)
                    or j > i + 1 and not lines[j].blank_before and not _label_strength(lines[j].text)):
                j += 1  # the notes, each opening with its number, and the lines a long one wraps onto
        if j == i + 1 or not _FOOTNOTE_START.match(lines[i + 1].text):
            body.append(lines[i])
            i += 1
            continue
        notes.extend(lines[i + 1:j])
        i = j + 1 if j < len(lines) and _is_page_number(lines[j].text) else j
    return body, notes


# A footnote's mark glued to the word it annotates, as a text layer gives a superscript ("… truyền thống1. Để …"), or
# to a percentage or a bracket ("… đạt trên 95%1;").
# (a word in lower case: capitals with digits are a code, "QH15", "CO2")
_GLUED_NOTE_MARK = re.compile(r"(?:[" + LOWER_LETTERS + r"]{2}|%|\))(\d{1,2})(?=[\s.,;:)]|$)")
_UNIT_POWER = re.compile(r"(?:km|cm|dm|mm)\d$")  # a unit's square or cube, "km2", no mark
_NOTE_LINES = 4  # lines a page's footnote may take before the page's number
_NOTE_OPENING = re.compile(r"\n\d{1,2} \S")  # (a line opening as a note does: the cheap test before the marks)


def glued_notes_apart(lines: list[str]) -> tuple[list[str], list[str]]:
    """The lines a text layer gives a page's footnotes ("1 Năm 2026, toàn …" / "186 tỷ đồng." / "2"), apart from the
    body: a note opens with the number of a mark glued to a word above it and runs to the page's number, wherever
    it falls, inside a table's cells too; without the page's number, a note is one line wider than the body's."""
    openings = [line for line in lines
                if line[:1].isdigit() and len(line) > _SHORT_NOTE and _FOOTNOTE_START.match(line)]
    if not openings:
        return lines, []  # (most texts: no line opens as a note does, and the marks need no reading)
    numbers = {line.split(" ", 1)[0] for line in openings}
    marks = {match.group(1) for match in _GLUED_NOTE_MARK.finditer("\n".join(lines)) if match.group(1) in numbers}
    if not marks:
        return lines, []
    lengths = sorted(len(line) for line in lines if len(line) > _SHORT_NOTE)
    body_width = lengths[len(lengths) // 2] if lengths else 0
    body: list[str] = []
    notes: list[str] = []
    i = 0
    while i < len(lines):
        opening = _FOOTNOTE_START.match(lines[i]) and lines[i].split(" ", 1)[0] in marks
        end = next((j for j in range(i + 1, min(i + 1 + _NOTE_LINES, len(lines)))
                    if _is_page_number(lines[j].strip())), None) if opening else None
        if opening and end is None and len(lines[i]) > body_width * _NOTE_WIDER and lines[i].rstrip().endswith("."):
            end = i + 1  # a note in smaller type, one line wider than the body's (a viewer dropped the page number)
        if end is None or len(lines[i]) <= _SHORT_NOTE:
            body.append(lines[i])
            i += 1
            continue
        notes.append(" ".join(line.strip() for line in lines[i:end]))
        i = end
    if notes:  # the marks go from the words they annotate ("đạt trên 95%1;" is a target of 95%; not "35 km2")
        def without_its_mark(mark: re.Match) -> str:
            kept = mark.group(1) not in marks or _UNIT_POWER.match(mark.group(0))
            return mark.group(0) if kept else mark.group(0)[:mark.start(1) - mark.start()]

        body = [_GLUED_NOTE_MARK.sub(without_its_mark, line) for line in body]
    return body, notes


_SHORT_NOTE = 40  # characters: a shorter line opening with a number is a table's row or an item, not a note
_NOTE_WIDER = 1.15  # a note's line against the body's: set in smaller type, it holds more


def _label_strength(text: str) -> str | None:
    """'strong' for a label that opens an item anywhere, 'weak' for one that may sit mid-sentence
    ("… từ 6 tháng đến" / "36 tháng tuổi", "giai đoạn 2026" / "- 2030"), else None."""
    first = text[:1]
    if first in _BULLETS:
        rest = text[1:].lstrip()
        return "strong" if rest[:1].isupper() else "weak"
    if _STRONG_LABEL.match(text) or (first in _STEP_INITIALS and _STEP_OPENER.match(text)) \
            or (first in _WORK_INITIALS and _WORK_OPENER.match(text)):
        return "strong"
    if first.isdigit() and _BARE_NUMBER.match(text):
        return "weak"
    return None


# A numbered step, phase or week opens its own heading ("Bước 2: …", "Tuần 3 (từ ngày …", "Đợt 1 -"), not a year's phase
# ("Giai đoạn 2026 - 2030" may run on from "… trong").
_STEP_OPENER = re.compile(r"(?:Giai đoạn|Bước|Đợt|Tuần)\s+(?:\d{1,2}|[IVX]{1,4})(?![\d/\w])")
_STEP_INITIALS = frozenset("GBĐT")
# A numbered activity of a project's plan, its number closed by a mark and its text in capitals ("Hoạt động 1.3. Tổ
# chức …", "Nhiệm vụ 2: Xây dựng …", "Hợp phần 1. Phục hồi …"); "… thuộc" / "Dự án 1 của Chương trình" runs on.
_WORK_OPENER = re.compile(r"(?:" + "|".join(word.replace(" ", r"\s+") for word in NUMBERED_WORK_WORDS)
                          + r")\s+\d{1,2}(?:\.\d{1,2}){0,3}[.:]\s+[" + UPPER_LETTERS + "]")
_WORK_INITIALS = frozenset(word[0] for word in NUMBERED_WORK_WORDS)
_RANGE_GOES_ON = re.compile(r"[-–]\s*\d(?![\d.,]*\s*%)")  # ("… năm 2027" / "- 100% …": a bullet's share, no range)
_DATE_NUMBER = re.compile(r"\d{1,4}(?:[/.-]\d{1,4})*")


def _date_goes_on(text: str) -> bool:
    """A date's number going on as a date does: "11 năm 2025.", "2025, …", "15/3/2026 của …"; an item's number does
    not ("2 Sở Tài chính …")."""
    number = _DATE_NUMBER.match(text)  # (a digit of another script, "①", is none of a date's)
    if number is None:
        return False
    after = text[number.end():]
    return not after or after[0] in ".,;:)" or after[0] == " " and after[1:2].islower()
_ONE_WORD_CLAUSE = re.compile(r"\w+[;,](?:\s|$)")


# A locality's word and the first syllable of its name ending a line, and a line opening on one more syllable of a name
# before the sentence's lower-case words
_PLACE_CUT = re.compile(r"(?<![\wđ])(?:tỉnh|thành phố|xã|phường|huyện|đặc khu) [" + UPPER_LETTERS + r"][^\W\d_A-Z]*$")
_SYLLABLE_THEN_SENTENCE = re.compile(r"[" + UPPER_LETTERS + r"][^\W\d_]* [^\W\d_" + UPPER_LETTERS + r"]")


def _ends_on_a_name(before: str) -> bool:
    """ "… UBND thành phố Đà": a line in sentence case ending on a capitalised word, as a name the wrap cut."""
    last = before[before.rfind(" ") + 1:]
    return last[:1].isupper() and last[1:].islower() and not _is_capitals(before)
_UNIT_HEADS = tuple(head for head in HEADS if head not in FIELD_HEADS)  # "Thanh tra", "Văn phòng", "Phòng" …
# A field head and the first words of its field at a line's end, the field's other words opening the next line
_FIELD_CUT = re.compile(r"(?<![\wđ])(?:" + "|".join(sorted(FIELD_HEADS))
                        + r") (?P<field>[^\W\d_]+(?: [^\W\d_]+){0,3})$")
_FIELD_OF = re.compile(r"(?i:" + "|".join(f"(?:{pattern})" for name, pattern in FIELDS if " " in name) + r")(?![\wđ])")
_ENDS_ON_NAMED_AFTER_HEAD = re.compile(r"(?<![\wđ])(?:" + "|".join(NAMED_AFTER_HEADS) + ")$")
_OPENS_WITH_HEAD = re.compile(r"(?:" + "|".join(map(re.escape, HEAD_WORDS)) + r")(?!\w)")
_HEAD_IN_CAPITALS = re.compile(r"(?:" + "|".join(re.escape(word.upper()) for word in HEAD_WORDS) + r")(?!\w)")


_ASSIGNING_ARTICLE = re.compile(r"Điều\s+\d{1,3}[.:]\s+(?:" + "|".join(w.capitalize() for w in ASSIGNING_WORDS) + "|(?:"
                                + "|".join(w.capitalize() for w in ASSIGNING_BEFORE_A_NAME) + r")(?=\s+[A-ZĐ]))(?:\s|$)")
_SENTENCE_TAIL = re.compile(r"[^\W\d_]+(?: [^\W\d_]+){1,2}\.")  # "Nghị quyết.", "Kế hoạch này."


_OPENING_QUOTES = "“\"«"
_SENTENCE_WORDS = 8  # words of a line that is a sentence's, not a heading's


def _cuts_a_dash_compound(before: str, after_dash: str) -> bool:
    """`before` ends on a dash compound's first half and `after_dash` opens on its second ("chính trị" / "xã hội")."""
    return any(before.endswith(first) and before[-len(first) - 1:-len(first)] in ("", " ")
               and after_dash.startswith(second) and after_dash[len(second):len(second) + 1] in ("", " ", ",", ":", ";")
               and not after_dash[len(second):].startswith(" hóa") for first, second in DASH_COMPOUNDS)


def _runs_on(before: str, text: str) -> bool:
    """The sentence cannot stop where `before` ends: on a comma, on a word that needs what follows ("…
    giai đoạn" / "2026-2030: …", "… của" / "Ủy ban …", "Sở" / "Tài chính"), or inside a range ("… 2021" / "- 2025 …")."""
    if before.endswith(","):
        return True
    if text[:2] in ("- ", "– ") and _cuts_a_dash_compound(before, text[2:]):
        return True  # "… các tổ chức chính trị" / "- xã hội: Tăng cường …": the wrap cut the compound at its dash
    if _SENTENCE_TAIL.fullmatch(text) and not before.endswith(_TERMINAL) and not text.isupper():
        return True  # "… tổ chức thực hiện" / "Nghị quyết.": a sentence's last words, never a paragraph of their own
    last = before.rfind(" ") + 1
    if before[last:] in FIELD_HEADS:
        # "1. Sở" / "Tài chính chủ trì …": a head names no body without its field; but after a unit's head
        # it is the department's own ("6. Thanh tra Sở", "Văn phòng Bộ"), a whole name
        return not before[:last].rstrip().endswith(_UNIT_HEADS)
    if text[:1].isupper() and (cut := _FIELD_CUT.search(before)) \
            and (field := _FIELD_OF.match(f"{cut['field']} {text}")) and field.end() > len(cut["field"]) + 1:
        return True  # "… về Sở Công" / "Thương trước ngày …": the wrap cut a department's field in two
    if before.endswith(NAMED_AFTER_HEADS) and text[:1].isupper() and not _is_capitals(text) \
            and (head := _ENDS_ON_NAMED_AFTER_HEAD.search(before)):  # (the plain test spares most lines the pattern)
        return not before[:head.start()].rstrip().endswith(_UNIT_HEADS)  # "Về vấn đề này, Cục" / "Thuế có ý kiến …"
    if text[:1].isdigit() and _ENDS_ON_NUMBERED_WORD.search(before) and not _NUMBER_LABEL.match(text):
        return True  # "… Điều 39, khoản" / "2 Điều 44 …": a division's word and its number
    if before.endswith(NEEDS_LOCALITY) and text.split(" ", 1)[0].lower() in _LOCALITY_OPENERS:
        return True  # "Chủ tịch Ủy ban nhân dân" / "Thành phố đề nghị …": nor a committee without its place
    if before.endswith(OFFICE_HOLDERS) and _OPENS_WITH_HEAD.match(text) and _office_in_sentence(before):
        return True  # "d) Phối hợp với Giám đốc" / "Sở Y tế bố trí …": nor an office without the body it heads
    if text[:1] in _OPENING_QUOTES and before[-1:].islower() and len(before.split()) >= _SENTENCE_WORDS:
        return True  # "… vào cuộc vận động" / "“Toàn dân đoàn kết …”": a sentence goes on into the name it quotes
    if before[-1:].isdigit():
        return bool(_RANGE_GOES_ON.match(text))
    if text[:1].isdigit() and _ENDS_ON_DATE_WORD.search(before) and _date_goes_on(text):
        return True  # "… trong tháng" / "11 năm 2025.": a date's word and its number
    last = before[before.rfind(" ") + 1:].lower()
    if last not in _RUNS_ON_LAST or last in RUNNING_ON_INTO_NUMBERS and not text[:1].isdigit():
        return False
    if text[:1].isupper() and _is_capitals(before) and not _is_capitals(text):
        return False  # "III. PHÂN CÔNG … THEO GIAI ĐOẠN" / "Ký hiệu: …": a heading in capitals goes on in capitals
    last_two = " ".join(before[-24:].lower().split()[-2:])  # the running-on words are one or two syllables
    return (last in _RUNS_ON or last_two in _RUNS_ON) and last_two not in PHRASES_ENDING_ON_RUNNING_WORDS


def _office_in_sentence(before: str) -> bool:
    """The office a line ends on is a word of its sentence ("… phối hợp với Giám đốc"), not a signature's title
    alone ("Phó Chủ tịch" over the signer's name, "Đoàn Văn …", whose surname is also a body's head)."""
    office = max((o for o in OFFICE_HOLDERS if before.endswith(o)), key=len)  # "Tổng Giám đốc", not "Giám đốc"
    rest = before[:-len(office)]
    return rest[-1:] == " " and len(rest.split()) > 1 + (rest.split()[-1] == DEPUTY)


def _is_capitals(text: str) -> bool:
    """A line in capitals, as headings are ("II. NHIỆM VỤ", "TRIỂN", "GIAI ĐOẠN 2021 - 2025"); a lone
    document number ("12/NQ-CP.") is not one."""
    return text.isupper() and sum(c.isalpha() for c in text) >= 3 and (" " in text or not any(c.isdigit() for c in text))


def _same_opening(paragraph: str, text: str) -> bool:
    """Paragraphs in a series open with the same words ("Căn cứ …", "Căn cứ …")."""
    opening = text.split(" ", 2)[:2]
    return len(opening) == 2 and paragraph.split(" ", 2)[:2] == opening


_WORD_CHAR = re.compile(r"[^\W_]")


def _is_fill_in(text: str) -> bool:
    """A line of dots, the blank a form leaves to fill in ("…………", "** ..... **"): two plain scans, linear however
    long the line (a pattern with a run inside a run backtracks on a long line of dots ending otherwise)."""
    return not text.strip(_FILL_IN_CHARACTERS) and _DOT_RUN.search(text) is not None


def _has_words(text: str) -> bool:
    return text[:1].isalnum() or _WORD_CHAR.search(text) is not None  # most lines open with a word: no scan


_CLAUSE_BREAK = re.compile(r"[;:] \S")


def _is_open_clause(paragraph: list[str]) -> bool:
    """A paragraph holding a clause break ("…: Các Bộ …", "…; giao …") is a sentence, not a heading,
    and a sentence of a plan ends on its punctuation: one not yet ended runs on even across a blank line."""
    return any(_CLAUSE_BREAK.search(line) for line in paragraph)


class _Layout:
    """What the document's own lines say about its layout, for judging each line break."""

    def __init__(self, lines: list[_Line], wrapped: bool, markdown: bool):
        self.reach, self.first_reach = _wrap_reaches(lines) if wrapped else (None, None)
        indented = _indented_first_lines(lines, self.reach) if self.reach is not None else [False] * len(lines)
        # In a web copy a blank line ends a paragraph and every break inside one is a wrap, however
        # short the line (its wraps are uneven); in a PDF's text a blank line may be a page break. A page may
        # hold both (a document copied without blank lines above a portal's footer with them): each line is
        # judged by the lines around it.
        blanks, around = _around([line.blank_before for line in lines]), _around([True] * len(lines))
        # (a plain text's blank lines may be its header's or its pages' breaks: only many of them part paragraphs)
        share = _BLANK_SEPARATED_SHARE if markdown else _BLANK_PARTED_SHARE
        for i, line in enumerate(lines):
            line.blank_parted = blanks[i] >= share * around[i]
            line.blank_separated = indented[i] or markdown and line.blank_parted
        self.body_indent = _body_indent(lines) if wrapped else None
        if self.first_reach is not None:
            for line, after in zip(lines, lines[1:]):
                line.indented_first = (not after.blank_before and after.text[:1].islower()
                                       and not line.text.endswith(_TERMINAL) and self._fills(line, after, self.first_reach)
                                       and not self._fills(line, after, self.reach))

    def is_full(self, previous: _Line, line: _Line, first: bool = False) -> bool:
        """Would the next line's first word have fitted on the previous line (its paragraph's `first`)? If
        not, the wrap broke it."""
        if self.reach is None:
            return False
        if previous.text.endswith(_TERMINAL):
            return self._fills(previous, line, self.reach)  # a short first line may hold a whole sentence
        return self._fills(previous, line, self.first_reach if first and self.first_reach is not None else self.reach)

    @staticmethod
    def _fills(previous: _Line, line: _Line, reach: int) -> bool:
        """Would the next line's first word have overflowed a line this wide (a sentence not yet ended a little less)?"""
        if not previous.text.endswith(_TERMINAL):
            reach *= _OPEN_SENTENCE_SLACK
        return len(previous.text) + 1 + len(line.text.split(" ", 1)[0]) >= reach

    def half_full(self, line: _Line) -> bool:
        """At least half a line: a first line a wrap broke, not a short heading ("- Tổ chức sơ kết, tổng kết")."""
        return self.reach is not None and len(line.text) >= self.reach * _FIRST_LINE_SHARE

    def breaks(self, previous: _Line, line: _Line, paragraph: list[str], in_list: bool = False) -> bool:
        """True when `line` starts a new paragraph after `previous` (the last of `paragraph`'s lines, an entry of
        a list if `in_list`: the paragraph before it ended on a lead-in's colon), from all the evidence together."""
        text, before = line.text, previous.text
        if line.cell_before or text[:1] == "|" or (before[:1] == "|" and before[-1:] == "|"):
            return True  # a table cell or row starts or ended
        if len(paragraph) <= 2 and len(paragraph[0]) <= _LONGEST_LABEL \
                and len(opening := " ".join(paragraph)) <= _LONGEST_LABEL and _LABEL_ONLY.fullmatch(opening):
            return False  # a label alone ("a)", "Điều" / "2.") opens the item its text follows
        if len(text) <= _LONGEST_LABEL and text[:1].isalnum() and _LABEL_ONLY.fullmatch(text):
            return True  # "a)" alone on its line opens the item its text follows on the next line
        if len(text) <= _LONGEST_DIVISION and _DIVISION_ONLY.fullmatch(text) or (
                len(paragraph) <= 2 and len(paragraph[0]) <= _LONGEST_DIVISION
                and _DIVISION_ONLY.fullmatch(" ".join(paragraph))):
            return True  # a chapter's label stands on its own line, between the last article and its title
        if line.in_emphasis_run:
            # one bold run, one paragraph; but a line in capitals over one that is not is a document's type over
            # its title ("**KẾ HOẠCH" / "Tổ chức Lễ hội … năm 2026**"), or the motto's two lines
            return _is_capitals(before) and text[:1].isupper() and not _is_capitals(text)
        if not _has_words(before):
            return True  # rules and separators stand alone
        if text.startswith(_OWN_PARAGRAPH_OPENINGS) and not before.endswith(",") or before.endswith(_TEXT_END):
            # "… năm 2026" / "Căn cứ Luật …": the grounds open their own paragraph, after the title too, as the
            # recipients do; nothing runs on after the mark that ends the text ("… giải quyết./.")
            return True
        if len(paragraph) == 1 and len(before) <= _FORM_LABEL_LENGTH and _is_fill_in(text):
            return False  # "1.1. (Tiểu mục)" / "…………": a form's label and the blank to fill in after it
        lower = text[:1].islower()
        if lower and not _opens_with_letter_label(text):  # no "a)" label: the commonest case, a sentence running on
            if not line.blank_before:
                return self._after_lead_in(line, before)
        elif not _has_words(text):
            return True
        label = _label_strength(text)
        ends_sentence = before.endswith(_TERMINAL)
        emphasis_edge = previous.closes_bold or line.opens_bold
        if label is None and not ends_sentence and paragraph[0].startswith("Điều") \
                and _ASSIGNING_ARTICLE.match(" ".join(paragraph[:3])):  # (its label may stand on lines of its own)
            return False  # "Điều 2. Giao Sở Công" / "Thương chủ trì, …": an article opening on its assignment is a sentence
        if line.blank_before and self._heading_goes_on(previous, line, paragraph, label):
            return False
        if line.blank_before:
            # Only a sentence that visibly runs on continues across a blank line: in lowercase (a
            # paragraph never opens in lowercase, even after a bold run closes), or, where a blank
            # line may be a page break, from a full line.
            if lower and label is None and (not _ends_sentence(before) or (
                    not _opens_with_letter_label(text) and _next_clause(paragraph, in_list))):  # ("b)Quyết định …" is an item)
                return False
            if label != "strong" and _runs_on(before, text) and not _same_opening(paragraph[0], text):
                return False
            if label is not None or ends_sentence or emphasis_edge or _is_capitals(before) or _is_capitals(text) \
                    or TYPE_THEN_TITLE.match(text):  # "KẾ HOẠCH Phòng, chống …": the type and title under the date
                return True
            if _is_open_clause(paragraph) and not before[before.rfind(" ") + 1:].isupper() and not (
                    _TITLED_HEADING.match(paragraph[0]) and self.reach is not None and not self.is_full(previous, line)):
                # (a signature's title in capitals, then the name, is no sentence; nor is an article's title,
                # "Điều 7. Chủ sở hữu …; công trình …", whose last line the wrap left short)
                return False
            return not lower and (line.blank_separated or not self.is_full(previous, line))
        if before.endswith(".") and self.body_indent is not None and _indent(line) > self.body_indent + 1:
            return True  # "… vùng cao." / "       Trong quá trình …": set in from the lines a paragraph wraps to
        if text[:2] == "- " and len(paragraph) >= 2 and _indent(line) == _indent(previous) > 0 \
                and not before.endswith((*_TERMINAL, ":", ";", ",")) \
                and (self.reach is None or self.is_full(previous, line)):
            # "… trên tuyến cao tốc Hà Nội" / "- Hải Phòng từ tháng 3": aligned under the wrapped text, a dash of it
            return False
        if text[:2] == "- " and len(paragraph) >= 2 and self.reach is not None and self.is_full(previous, line) \
                and not before.endswith((*_TERMINAL, ":", ";", ",")) and before.rsplit(" ", 1)[-1][:1].isupper():
            # "… tại Km 45 tuyến đường Mường Nhé" (a full line) / "- A Pa Chải; kiểm tra …": a route's second place the
            # wrap put first, not a list (which opens after a colon, or a heading's short line)
            return False
        if text[:2] == "- " and not before.endswith((*_TERMINAL, ":", ";", ",")) and _in_open_bracket(paragraph) \
                and ")" in text and (self.reach is None or self.is_full(previous, line)):
            # "(Đơn vị phối hợp: Vụ Kế hoạch" / "- Tài chính; …)": no list opens inside a bracket the line closes (one
            # left open, an OCR's lost bracket, is no sign)
            return False
        if label == "strong":
            # "… có mức cảnh báo cấp độ" / "2. Bố trí …": the wrap put the level's number first, after a line that is
            # no heading (a sentence's, wrapped before); an article's title wrapped over two lines ("Điều 2. Trách
            # nhiệm của … Ủy ban nhân dân" / "các xã, phường") is one, and its first item follows
            return not (len(paragraph) >= 2 and _NUMBER_LABEL.match(text) and _ENDS_ON_NUMBERED_WORD.search(before)
                        and not _TITLED_HEADING.match(paragraph[0]))
        if line.opens_bold and _is_capitals(before) and not _is_capitals(text):
            return True  # "… NHỮNG NĂM TIẾP THEO" / "**THỦ TƯỚNG CHÍNH PHỦ điện:**": a title ends where bold begins
        if _fields_in_turn(paragraph[0], text):
            return True  # "Đơn vị phối hợp: … các xã ven biển" / "Thời gian: Quý I/2027": the next field of the item
        if _runs_on(before, text) and not _same_opening(paragraph[0], text):
            return False
        if label is None and not ends_sentence and _ONE_WORD_CLAUSE.match(text) and _ends_on_a_name(before):
            return False  # "… UBND thành phố Đà" / "Nẵng; - VPCP …": no paragraph opens on one word and a clause's end
        if label is None and not ends_sentence and _PLACE_CUT.search(before) and _SYLLABLE_THEN_SENTENCE.match(text) \
                and not VERB_OPENING.match(text) and not _OPENS_SENTENCE.match(text):
            # "… Ủy ban nhân dân tỉnh Tây" / "Ninh về thực hiện …": the wrap cut the place's name (but "… thành phố
            # Huế" / "Thực hiện tốt …", "Trên cơ sở …": a heading naming a place, then its sentence)
            return False
        if line.indented_first and not previous.indented_first and not self.is_full(previous, line):
            return True  # "9. Báo … điện tử tỉnh" / "Xây dựng các phóng sự, tin bài" / "để quảng bá …": a first line
        if ends_sentence and (_FIELD_START.match(text) or _same_opening(paragraph[0], text) or _ADOPTED.match(text)
                              or before.endswith(".") and not line.blank_parted and _OPENS_ASSIGNMENT.match(text)):
            # a field line ("Thời gian thực hiện: …"), a parallel paragraph ("Căn cứ …"), the next assignment (where no
            # blank line parts the paragraphs, whatever the copy: inside one, "Giao Sở X …" may close it) or the
            # formula adopting the document ("Nghị quyết này được … thông qua ngày …", which ends its body) follows
            return True
        if self._heading_goes_on(previous, line, paragraph, label):
            return False
        if emphasis_edge and not lower:
            return True
        if self._after_lead_in(line, before) or (text[:1].isupper() and ANNOUNCES_PARAGRAPHS.search(before)):
            return True
        if len(paragraph) == 1 and not ends_sentence and _TITLED_HEADING.match(before) and _OPENS_SENTENCE.match(text):
            return True  # "Điều 1. Sắp xếp … tỉnh X" / "Trên cơ sở …": a sentence opens after the article's title
        if label is None and not ends_sentence and text.endswith(".") and len(text.split()) <= _FRAGMENT_WORDS:
            return False  # "a) Tổ chức triển khai thực hiện" / "Thông tư này.": a few words and a full stop end a sentence
        # Inside a blank-separated paragraph every break is a wrap; lines in capitals after its first
        # one may also be a header's separate lines ("ỦY BAN NHÂN DÂN" / "TỈNH X"): their length decides.
        full = self.is_full(previous, line, first=len(paragraph) == 1) or (
            line.blank_separated and (previous.blank_before or not _is_capitals(before)))
        if label == "weak":
            return ends_sentence or not full
        if lower or before.endswith(","):
            return False  # the sentence visibly runs on
        if len(paragraph) == 1 and before.isalpha() and before.isupper() and _is_capitals(text):
            return False  # "TỔ" / "CHỨC THỰC HIỆN": a title in capitals wrapped after its first word
        if _is_capitals(before) != _is_capitals(text):
            return True
        if len(paragraph) >= 2 and not ends_sentence and label is None and _label_strength(paragraph[0]) \
                and not _TITLED_HEADING.match(paragraph[0]):
            # an item's sentence wrapped once already, not yet ended: a short line is the wrap's; an article's title
            # ends on its short line
            return False
        if len(paragraph) == 1 and not ends_sentence and label is None and before[:1] in _BULLETS \
                and not before.endswith(":") and VERB_OPENING.match(before[1:].lstrip()) and self.half_full(previous):
            return False  # "- Triển khai … phục vụ" / "Chính phủ số theo …": a bullet's instruction wrapped before a name
        if len(paragraph) == 1 and label is None and not ends_sentence and (heading := _STRONG_LABEL.match(before)) \
                and any(map(str.isalpha, before[heading.end():])) and _LEADS_ITS_SENTENCE.match(text):
            return True  # "1. Kiểm tra … mùa mưa, lũ" / "Phòng X chủ trì, …": a heading, then the sentence naming who leads
        return not full

    @staticmethod
    def _heading_goes_on(previous: _Line, line: _Line, paragraph: list[str], label: str | None) -> bool:
        """ "IV. TỔ CHỨC" / "THỰC HIỆN", bold or not, with a blank line between or not ("**IV. TỔ CHỨC**" / "**THỰC
        HIỆN**", "**V.**" / "**TỔ CHỨC**" / "**THỰC HIỆN**"): a labelled heading in capitals broken across two lines,
        the second unlabelled and in capitals too."""
        # (not a body's name in capitals under a heading that is whole: "II. PHÂN CÔNG NHIỆM VỤ" / "PHÒNG KINH TẾ" over
        # that office's bullets; "III. TRÁCH NHIỆM CỦA" / "SỞ Y TẾ" goes on)
        return (label is None and (len(paragraph) == 1 or len(paragraph) == 2 and _LABEL_ONLY.fullmatch(paragraph[0]))
                and previous.closes_bold == line.opens_bold
                and _HEADING_LABEL.match(paragraph[0] + " ") is not None and _is_capitals(previous.text)
                and _is_capitals(line.text)
                and not (_HEAD_IN_CAPITALS.match(line.text.strip("*_ "))
                         and previous.text.rstrip("*_ ").rsplit(" ", 1)[-1].lower() not in _RUNS_ON))

    @staticmethod
    def _after_lead_in(line: _Line, before: str) -> bool:
        """The line after a one-line lead-in heading ("6.3. Sở X chủ trì:") starts anew; not one inside a
        parenthesis still open ("c) Hỗ trợ … (Cơ quan chủ trì:" / "Sở X; …)"), a field the sentence carries."""
        if line.blank_separated or not before.endswith(":"):
            return False
        label = _HEADING_LABEL.match(before)
        return label is not None and before.count("(", label.end()) <= before.count(")", label.end())


def _around(flags: list[bool]) -> list[int]:
    """For each line, how many of the lines within `_LAYOUT_WINDOW` of it have the flag."""
    running = list(accumulate(flags, initial=0))
    n, window = len(flags), _LAYOUT_WINDOW
    # running totals at each window's end and start, clipped to the document (slices, not a min and a max per line)
    ends = running[window + 1:] + [running[-1]] * min(window + 1, n)
    starts = [0] * min(window, n) + running[:max(0, n - window)]
    return [end - start for end, start in zip(ends[:n], starts)]


def _indented_first_lines(lines: list[_Line], reach: int) -> list[bool]:
    """For each line, whether the paragraphs around it break their first lines well short of the width and still
    run on (web copies)."""
    runs_on = [a.blank_before and b is not None and not b.blank_before and b.text[:1].islower()
               for a, b in zip(lines, [*lines[1:], None])]
    first_lines = _around(runs_on)
    short = _around([on and len(line.text) < reach * 0.6 for on, line in zip(runs_on, lines)])
    return [found >= _MIN_WRAPS and found > 0.3 * total for found, total in zip(short, first_lines)]


_INDENT_SHARE = 0.8  # of the lines a sentence runs on to: they all stand at one indent


def _body_indent(lines: list[_Line]) -> int | None:
    """The indent a hard-wrapped copy gives the lines a paragraph runs on to, when it sets the paragraphs' first lines
    further in (a PDF's text kept with its layout): a line set in further after a sentence's end opens a paragraph.
    None when the first lines stand no further in than the others."""
    running_on = Counter(_indent(b) for a, b in zip(lines, lines[1:])
                         if b.text[:1].islower() and not b.blank_before and not a.text.endswith(_TERMINAL))
    if sum(running_on.values()) < _MIN_WRAPS:
        return None
    body, count = running_on.most_common(1)[0]
    if count < _INDENT_SHARE * sum(running_on.values()):
        return None
    opening = [_indent(b) for a, b in zip(lines, lines[1:]) if a.text.endswith(".") and not b.blank_before]
    further_in = sum(1 for indent in opening if indent > body + 1)
    return body if further_in >= _MIN_WRAPS and further_in >= _INDENT_SHARE * len(opening) else None


def _indent(line: _Line) -> int:
    return len(line.raw) - len(line.raw.lstrip(" "))


def _fields_in_turn(opening: str, text: str) -> bool:
    """Two lines that each open on a field of an item's ("Đơn vị chủ trì:", "Thời gian:"), one of them a field the
    vocabulary knows: a field follows a field, whatever the first one's value ends on."""
    first, then = _FIELD_START.match(opening), _FIELD_START.match(text)
    return first is not None and then is not None and (
        field_role(first.group(0).rstrip(": ")) != "other" or field_role(then.group(0).rstrip(": ")) != "other")


def _in_open_bracket(paragraph: list[str]) -> bool:
    return sum(line.count("(") - line.count(")") for line in paragraph) > 0


def _join_wrapped(lines: list[_Line], layout: _Layout) -> list[str]:
    paragraphs: list[list[str]] = []  # the lines of each paragraph, joined once at the end
    previous = None
    for line in lines:
        in_list = len(paragraphs) > 1 and paragraphs[-2][-1].endswith(":")
        titled = len(paragraphs) > 1 and len(paragraphs[-2]) == 1 and TYPE_LINE.fullmatch(paragraphs[-2][0]) is not None
        if previous is None or layout.breaks(previous, line, paragraphs[-1], in_list) or (
                titled and _opens_the_text(line.text, previous.text)):
            paragraphs.append([line.text])
        else:
            paragraphs[-1].append(line.text)
        previous = line
    return [" ".join(parts) for parts in paragraphs]


# The first sentence of a text under its title, after a clause of time or place: "Ngày 15 tháng 12 năm 2025, …", "Năm
# 2026, …", "Mùa khô năm 2024 - 2025, trên địa bàn …", "Thực hiện …".
_CLAUSE_BEFORE_COMMA = re.compile(r"[" + UPPER_LETTERS + r"][^,;:.()]{3,60}?\s[a-zđ][^,;:.()]*,\s")
_OPENING_DATE = re.compile(r"Ngày\s+\d|(?:Năm|Tháng|Quý)\s+[\dIVX][\d/IVX]*\s*,")


def _opens_the_text(text: str, before: str) -> bool:
    """Under the type word, a line that opens the text's first sentence after the title's last line: no title's wrapped
    line opens in capitals on a clause and its comma, a date, an opener of a sentence or an assignment ("Giao Sở X")."""
    return (text[:1].isupper() and not _runs_on(before, text)
            and (_OPENS_SENTENCE.match(text) is not None or _OPENING_DATE.match(text) is not None
                 or _CLAUSE_BEFORE_COMMA.match(text) is not None or _OPENS_ASSIGNMENT.match(text) is not None))


# A bullet inside a paragraph, after the end of a lead-in, a sentence or a bracket ("Sở X (cơ quan thường trực): –
# Xây dựng …. – Tổ chức …", "Phòng Kinh tế: + Chủ trì …"): a copy that ran a list into its heading. Not "-", which a
# sentence also uses between words; after a word only when an instruction follows and the same mark comes again
# after a sentence ("3. Sở Y tế – Bố trí …. – Phối hợp …"), not in a name ("Sở Lao động – Thương binh và Xã hội").
_INLINE_BULLET = re.compile(r"(?<=(?P<end>[.:;)])|\w)\s+(?P<mark>[–+*•])\s+(?=\w)")


def split_inline_bullets(paragraphs: list[str]) -> list[str]:
    """Each bullet a copy ran into the paragraph before it back on a line of its own (a bullet opens in capitals)."""
    out: list[str] = []
    for paragraph in paragraphs:
        if not any(mark in paragraph for mark in "–+*•"):
            out.append(paragraph)
            continue
        found = [b for b in _INLINE_BULLET.finditer(paragraph)
                 if paragraph[b.end()].isupper() or b["end"] and paragraph[b.end()].isdigit()]  # "; * 100% …"
        after_sentences = {b["mark"] for b in found if b["end"]}
        start = 0
        for bullet in found:
            if bullet["end"] or (bullet["mark"] in after_sentences and VERB_OPENING.match(paragraph, bullet.end())) \
                    or _is_capitals(paragraph[start:bullet.start()]):  # "II. CHỈ TIÊU * Giảm …": after a heading
                out.append(paragraph[start:bullet.start()])
                start = bullet.start("mark")
        out.append(paragraph[start:])
    return out


# A numbered item a copy ran into the paragraph before it: after a sentence's end or a heading in capitals, its number
# and a capital ("… thanh niên. 2. Công chức Tư pháp - Hộ tịch:", "III. NHIỆM VỤ 1. Công chức …").
_INLINE_ITEM = re.compile(r" (\d{1,2})\. +(?=[A-ZĐÀ-Ỹ])")  # (what stands before it is checked apart: a fast scan)
_ITEM_NUMBER = re.compile(r"(\d{1,2})\.\s")


def split_inline_items(paragraphs: list[str]) -> list[str]:
    """Each numbered item run into the line before it back on a line of its own, when its number is the next of
    the list (1 after a heading in capitals) and a full stop or the heading closes what comes before."""
    if not _INLINE_ITEM.search("\n".join(paragraphs)):  # one scan: most texts have none
        return paragraphs
    out: list[str] = []
    last = 0  # the number of the last item that opened a line
    for paragraph in paragraphs:
        opening = _ITEM_NUMBER.match(paragraph)
        # (a part's heading starts its items' count again: "III. TỔ CHỨC THỰC HIỆN" / "Căn cứ …. 1. Sở X …")
        last = int(opening.group(1)) if opening else 0 if _PART_OPENING.match(paragraph) else last
        start = 0
        for item in _INLINE_ITEM.finditer(paragraph, 3):
            number, before = int(item.group(1)), paragraph[start:item.start()]
            if number == last + 1 and before.rstrip().endswith((".", ";", ":")) or (
                    number == 1 and _is_capitals(_HEADING_LABEL.sub("", before, count=1))):
                out.append(before)
                start, last = item.start(1), number
        out.append(paragraph[start:])
    return out


_PART_OPENING = re.compile(r"[IVX]{1,5}\.\s")
_ITEM_OPENING = re.compile(r"(\d{1,2})[.)]\s")  # ("3." or "3)")


def split_inline_first_points(paragraphs: list[str]) -> list[str]:
    """ "3. Giao nhiệm vụ cụ thể: 3.1. Bộ Xây dựng:": the item's first numbered point, run into the item's heading after
    its colon, back on a line of its own."""
    out: list[str] = []
    for paragraph in paragraphs:
        opening = _ITEM_OPENING.match(paragraph)
        point = re.search(r"(?<=:) +(?=" + opening.group(1) + r"\.1\. +[" + UPPER_LETTERS + "])", paragraph) \
            if opening and ".1. " in paragraph else None
        out += [paragraph[:point.start()], paragraph[point.end():]] if point else [paragraph]
    return out


# A lettered point a copy ran into the paragraph before it ("1. Các sở …: a) Tham mưu …. b) Chỉ đạo …"): its letter
# and a capital after a space.
_INLINE_POINT = re.compile(r" ([a-zđ])\) +(?=[" + UPPER_LETTERS + "])")
_POINT_OPENING = re.compile(r"([a-zđ])\)\s")


def split_inline_points(paragraphs: list[str]) -> list[str]:
    """Each lettered point run into the paragraph before it back on a line of its own, when the points run in the
    alphabet's order from "a)" after a colon (or from the point the paragraph opens with), each after a full stop, a
    semicolon or a colon, and at least two of them do or the paragraph opens with one (a lone "a)" after a colon may
    be a reference's letter). A table's row keeps its cells' points."""
    if not _INLINE_POINT.search("\n".join(paragraphs)):  # one scan: most texts have none
        return paragraphs
    out: list[str] = []
    for paragraph in paragraphs:
        if paragraph[:1] == "|":
            out.append(paragraph)  # a table's row: its cell's points stay in their cell
            continue
        opening = _POINT_OPENING.match(paragraph)
        last = POINT_LETTERS.find(opening.group(1)) if opening else -1
        starts = []
        for point in _INLINE_POINT.finditer(paragraph, 3):
            place, before = POINT_LETTERS.find(point.group(1)), paragraph[:point.start()].rstrip()
            if place == last + 1 and before.endswith((":", ".", ";")) and (place or before.endswith(":")):
                starts.append(point.start(1))
                last = place
        if len(starts) < 2 and not opening:
            out.append(paragraph)
            continue
        for start, end in zip([0] + starts, starts + [len(paragraph)]):
            out.append(paragraph[start:end].rstrip())
    return out


_ROMAN_PART = re.compile(r"[IVX]{1,5}[./]\s")
_ROMAN_INITIALS = frozenset("IVX")


def _parts_numbered_with_dots(paragraphs: list[str]) -> set[int]:
    """The parts (counted by their Roman headings) that number an item "1. …"."""
    parts: set[int] = set()
    part = 0
    for p in paragraphs:
        part += p[:1] in _ROMAN_INITIALS and _ROMAN_PART.match(p) is not None
        if _NUMBER_DOT.match(p):
            parts.add(part)
    return parts


def canonical_labels(paragraphs: list[str]) -> list[str]:
    """"(II)" -> "II.", "1)" and "(1)" -> "1.", "a." and "(a)" -> "a)", "–"/"•" -> "-", "◦" -> "+", each only when the
    document does not also use the canonical form (then the two styles may mark two levels and both stay)."""
    # (a part whose items are "1/ …" among parts numbered "1. …": the same level, each part its own style)
    dotted_parts = _parts_numbered_with_dots(paragraphs)
    numbers_dot = bool(dotted_parts)
    # ("(1)" is the items' own label only where no item is numbered otherwise: "1)", "1.1.", "B.1.", "Nhiệm vụ 1:")
    numbered = numbers_dot or any(_NUMBERED_OTHERWISE.match(p) for p in paragraphs)
    letters_paren = any(_LETTER_PAREN.match(p) for p in paragraphs)
    plain_dash = any(p[:2] == "- " for p in paragraphs)
    plain_plus = any(p[:2] == "+ " for p in paragraphs)
    articled = any(_ARTICLE_OPENING.match(p) for p in paragraphs)
    out = []
    part = 0
    for p in paragraphs:
        first = p[:1]
        part += first in _ROMAN_INITIALS and _ROMAN_PART.match(p) is not None
        if first in "MT" and not articled and _WORDED_LABEL.match(p):
            # "Mục 1. …", "Tiểu mục 1.2. …": the number is the label (a statute's "Mục 1" divides its chapter into
            # articles, a division of its own)
            p = _WORDED_LABEL.sub(r"\1 ", p, count=1)
        elif first in _SLASH_LABEL_INITIALS and _SLASH_LABEL.match(p):
            p = _SLASH_LABEL.sub(r"\1. ", p, count=1)  # "I/ MỤC ĐÍCH", "1.1/ Xây dựng …": no other label is written so
        elif first.isdigit() and part not in dotted_parts:
            p = _NUMBER_PAREN.sub(r"\1.", p, count=1) if _NUMBER_PAREN.match(p) else p
            p = _NUMBER_DASH.sub(r"\1. ", p, count=1) if _NUMBER_DASH.match(p) else p  # a Party document's "1- …", a "1/ …"
        elif first.islower() and not letters_paren:
            p = _LETTER_DOT.sub(r"\1)", p, count=1) if _LETTER_DOT.match(p) else p
        elif first == "(" and not numbered and _NUMBER_BRACKETED.match(p):
            p = _NUMBER_BRACKETED.sub(r"\1. ", p, count=1)
        elif first == "(" and _ROMAN_BRACKETED.match(p):
            p = _ROMAN_BRACKETED.sub(r"\1. ", p, count=1)
        elif first == "(" and not letters_paren and _LETTER_BRACKETED.match(p):
            p = _LETTER_BRACKETED.sub(r"\1) ", p, count=1)
        elif first in _OTHER_BULLETS and not plain_dash:
            p = "- " + p[1:].lstrip()
        elif first in SUB_BULLET_MARKS and not plain_plus:
            p = "+ " + p[1:].lstrip()
        out.append(p)
    return out


_LETTER_PART_HEADING = re.compile(r"([A-ZĐ])\.\s+\S")
_PART_LETTERED_ITEM = re.compile(r"([A-ZĐ])\.(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+(?=[" + UPPER_LETTERS + "])")
_WRAPPED_PART_LETTERED_ITEM = re.compile(r"([A-ZĐ])\.(\d{1,2}(?:\.\d{1,2}){0,3})\.\s+(?=[" + UPPER_LETTERS + "])")


_PART_LETTERED_IN_TEXT = after_a_break(re.compile(r"(?m)^[*_ \t]*[A-ZĐ]\.\d"))


def part_lettered_items(lines: list[str], wrapped: bool = False) -> list[str]:
    """Items numbered with their part's letter ("C.1.", "C.2.3." under "C. NHIỆM VỤ") written as the items they are
    ("1.", "2.3."): the letter repeats the part's label, the numbers are the item's; a capital follows ("B.2 kèm theo
    …" goes on with a form's number). In lines a wrap may have cut (`wrapped`), the label closed by its dot too."""
    item_label = _WRAPPED_PART_LETTERED_ITEM if wrapped else _PART_LETTERED_ITEM
    out: list[str] = []
    part = None
    for p in lines:
        if p[:1].isupper() and p[1:2] == ".":
            if heading := _LETTER_PART_HEADING.match(p):
                part = heading.group(1)
            elif (item := item_label.match(p)) and item.group(1) == part:
                p = f"{item.group(2)}. {p[item.end():]}"
        out.append(p)
    return out


_NUMBERED_PARAGRAPH = re.compile(r"(\d{1,2})\.[ \t]+(?=\S)")
_RESTARTING_HEADING = 150  # characters: an item this short, ending on no stop, is a heading its points may follow
_HANDS_WORK_ON = re.compile(r"(?:" + "|".join(ASSIGNING_WORDS) + r")\s", re.I)


def restarted_points_lettered(paragraphs: list[str]) -> list[str]:
    """A list whose points under an item were numbered from 1 again, their indent lost in the copy ("1. Phòng Hành
    chính:" / "1. Cân đối …" / "2. Theo dõi …" / "2. Các phòng:" / "1. Xây dựng …"): a "1." right after an item that
    heads an entry (ends on a colon, or is a heading ending on no stop: "2. Phó Trưởng Ban thường trực (Bộ trưởng Bộ
    X)") opens its points (an item's next would be numbered on), written as the letters they are ("a)", "b)").
    The points go on while their numbers do; a number that goes on both the points and the items is the item's when
    it heads an entry of its own (as above, or hands work on: "3. Đề nghị …")."""
    out = list(paragraphs)
    item = point = None  # the number of the item whose points are read, of its last point
    for i, paragraph in enumerate(paragraphs):
        numbered = _NUMBERED_PARAGRAPH.match(paragraph)
        if numbered is None:
            continue
        number, text = int(numbered.group(1)), paragraph[numbered.end():]
        if point is not None and number == point + 1 and not (
                number == item + 1 and (_heads_an_entry(text) or _HANDS_WORK_ON.match(text))):
            out[i] = f"{POINT_LETTERS[min(point, len(POINT_LETTERS) - 1)]}) {text}"
            point = number
            continue
        following = paragraphs[i + 1] if i + 1 < len(paragraphs) else ""
        opens_points = _heads_an_entry(text) and following.startswith("1.") and _NUMBERED_PARAGRAPH.match(following)
        item, point = (number, 0) if opens_points else (None, None)
    return out


def _heads_an_entry(text: str) -> bool:
    """An item's text that heads the points after it: a lead-in's colon, or a short heading that ends on no stop (not a
    part's title in capitals, "4. TỔ CHỨC THỰC HIỆN", whose items are numbered from 1)."""
    text = text.rstrip()
    return text.endswith(":") or (len(text) <= _RESTARTING_HEADING and not text.endswith((".", ";", "!", "?"))
                                  and not _is_capitals(text))


# "Phần thứ hai" over "NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN": a division above the parts I., II. it holds, as "B." is.
_ORDINAL_PART = re.compile(r"^(?:PHẦN|Phần)\s+(?:THỨ|thứ)\s+(" + "|".join(DIVISION_ORDINALS)
                           + r")\b\s*[:.\-–]?\s*(.*)$", re.I)


def ordinal_parts(paragraphs: list[str]) -> list[str]:
    """ "Phần thứ nhất" (its title on the same line or the next) written as the letter part it is: "A. <title>"."""
    out: list[str] = []
    pending: str | None = None  # the letter of a division whose title is on the next line
    for p in paragraphs:
        if pending is not None:
            out.append(f"{pending}. {p}" if p.isupper() else f"{pending}.")
            if p.isupper():
                pending = None
                continue
            pending = None
        division = _ORDINAL_PART.match(p) if p[:1] in "Pp" else None
        if division is None:
            out.append(p)
            continue
        letter = division_letter(division.group(1))
        if division.group(2):
            out.append(f"{letter}. {division.group(2)}")
        else:
            pending = letter
    if pending is not None:
        out.append(f"{pending}.")
    return out


# "Thứ nhất, Ủy ban nhân dân xã tập trung …", "Hai là, …": paragraphs counted in words, each opening with its
# ordinal, as "(1)", "(2)" count them.
_ORDINAL_PARAGRAPH = re.compile(ORDINAL_PARAGRAPH)
_ORDINAL_INITIALS = frozenset("T" + "".join(word[0].upper() for word in COUNTING_WORDS))  # ("Thứ …", "Một là", …)


def ordinal_paragraphs(paragraphs: list[str]) -> list[str]:
    """Paragraphs counted in words ("Thứ nhất, …", "Thứ hai, …") written as the enumeration they are ("(1) …"), when
    the count runs from the first on: the words are their label, not their text."""
    opened = [_ORDINAL_PARAGRAPH.match(p) if p[:1] in _ORDINAL_INITIALS else None for p in paragraphs]
    numbers = [(ORDINAL_WORDS.index(m["ordinal"]) if m["ordinal"] else COUNTING_WORDS.index(m["count"].lower())) + 1
               if m else None for m in opened]
    counted = [n for n in numbers if n]
    if len(counted) < 2 or counted[:2] != [1, 2]:
        return paragraphs
    # (the sentence after the ordinal's comma opens in lower case: "Thứ ba, trưởng các thôn …")
    return [f"({number}) {p[m.end()].upper()}{p[m.end() + 1:]}" if m else p
            for p, m, number in zip(paragraphs, opened, numbers)]


_NUMBERED_WORK = re.compile(r"(?:\*\*)?(?:" + "|".join(NUMBERED_WORK_WORDS) + r")\s+(\d{1,2}(?:\.\d{1,2}){0,2})\s*[:.]\s*"
                            r"(?:\*\*\s*)?(?=\S)")
_NUMBERED_WORK_INITIALS = frozenset("*" + "".join(word[0] for word in NUMBERED_WORK_WORDS))  # (bold, "Nhiệm vụ", …)


def numbered_work(paragraphs: list[str]) -> list[str]:
    """ "Nhiệm vụ 1: Quy hoạch …", "Nhiệm vụ 2: …" written with the label they are ("1. Quy hoạch …"), when the count
    runs from the first on: a title over the work and its fields, or the work itself, numbered as items are. Not
    when items numbered so stand right above or among them ("2. Nhóm nhiệm vụ …" over "Nhiệm vụ 4: …"): they count a
    level below."""
    opened = [_NUMBERED_WORK.match(p) if p[:1] in _NUMBERED_WORK_INITIALS else None for p in paragraphs]
    counted = [i for i, m in enumerate(opened) if m]
    if not _counts_an_outline([opened[i].group(1) for i in counted]) \
            or any(_TOP_ITEM.match(p) for p in paragraphs[max(0, counted[0] - 1):counted[-1]]):
        return paragraphs
    return [f"{m.group(1)}. {p[m.end():]}" if m else p for p, m in zip(paragraphs, opened)]


def _counts_an_outline(numbers: list[str]) -> bool:
    """Numbers that count from the first on as an outline does: "1", "2", … or "1", "1.1", "1.2", "2", "2.1" (a
    project's components over their activities); each the one before's first child, its next sibling or an
    ancestor's next."""
    if len(numbers) < 2 or numbers[0] != "1" or numbers[1] not in ("2", "1.1"):
        return False
    for before, number in zip(numbers, numbers[1:]):
        parts, previous = [int(n) for n in number.split(".")], [int(n) for n in before.split(".")]
        depth = len(parts)
        if not (parts == previous + [1] or depth <= len(previous)
                and parts[:-1] == previous[:depth - 1] and parts[-1] == previous[depth - 1] + 1):
            return False
    return True


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


def _is_page_number(text: str) -> bool:
    """A page number alone on its line ("12", "- 12 -", "Trang 3/20"); its last character is tested first,
    which spares most lines the pattern."""
    last = text[-1:]
    return (last == "-" or last.isdecimal()) and _PAGE_NUMBER.match(text) is not None


def _date_number(lines: list[_Line], i: int) -> bool:
    """ "… ngày 25 tháng 11 năm" / "2025": the number a date's word wanted, not a page's; but where a number opens
    the line after it too ("… trong tháng" / "6" / "11 năm 2025."), the page's number stands between the two."""
    return i > 0 and _ENDS_ON_DATE_WORD.search(lines[i - 1].text) is not None and not (
        i + 1 < len(lines) and lines[i + 1].text[:1].isdigit())


def _running_heads(lines: list[_Line], numbers: list[bool]) -> set[int]:
    """The running head or foot of each page ("UBND tỉnh X - Quyết định số 42/QĐ-UBND"): a line that stands
    beside page numbers (`numbers`: which lines are ones), the same words at two page breaks or more."""
    # (a table's header, repeated over its rows on the next page, is the table's: its reader needs it there)
    beside = {i for n, is_number in enumerate(numbers) if is_number  # a line between two numbers is beside one break
              for i in (n - 1, n + 1) if 0 <= i < len(lines) and not numbers[i] and lines[i].text[:1] != "|"}
    counts: dict[str, int] = {}
    for i in beside:
        counts[lines[i].text] = counts.get(lines[i].text, 0) + 1
    own = _own_number(lines)  # a head naming the document itself is one at its first page break already
    return {i for i in beside if counts[lines[i].text] >= 2 or (own and own in lines[i].text)}


# A running head with the page's number on its own line ("CÔNG BÁO/Số 05 + 06/Ngày 23-01-2026 39", "40 CÔNG BÁO/…"):
# the same words at two page breaks or more, the number apart from them and higher each time.
# A browser's print writes the page as "n/N" beside the page's address ("http://…/chitiet?id=582 1/3").
_NUMBERED_HEAD = re.compile(r"^(?:(\d{1,3}(?:/\d{1,3})?)\s+(\S.{19,}?)|(\S.{19,}?)\s+(\d{1,3}(?:/\d{1,3})?))$")
# A phone's status bar in a screenshot's text ("9:42 ◀ Zalo 4G 75%"): the time, then the battery's charge.
# (its battery drawn after its charge: "71% ▮")
_STATUS_BAR = re.compile(r"^\d{1,2}:\d{2}(?!\d)\D.{0,40}\d{1,3}\s*%(?:\s*[^\w\s]{1,2})?$")
# … and under it a document viewer's bar: back, the file's name, its buttons ("← PA SX 2027.docx ⤓ ⋮")
_VIEWER_BAR = re.compile(r"^[←⟵<]\s.{1,120}\.(?:docx?|pdf|xlsx?|odt)(?:\s+[^\w\s]){0,4}$", re.I)


def _numbered_running_heads(lines: list[_Line]) -> set[int]:
    pages: dict[str, dict[int, str]] = {}
    for i, line in enumerate(lines):
        head = _NUMBERED_HEAD.match(line.text) if line.text[:1].isdigit() or line.text[-1:].isdigit() else None
        if head:
            pages.setdefault(head.group(2) or head.group(3), {})[i] = head.group(1) or head.group(4)
    # (the page numbers rise from head to head, a page apart: words a legal text repeats with its own numbers, and
    # the rows of a table numbered one after another, do not)
    running = [numbered for numbered in pages.values() if len(numbered) >= 2 and _page_after_page(numbered)]
    printed = {i for numbered in running if all("/" in number for number in numbered.values()) for i in numbered}
    return {i for numbered in running for i in numbered} | (_heads_beside(lines, printed) if printed else set())


_FIRST_PAGE_HEAD = 2  # lines: where the first page's copy of a running head stands


def _heads_beside(lines: list[_Line], feet: set[int]) -> set[int]:
    """A browser's print: the date and title at the top of each page, right after the foot of the page before, the
    same words at two page breaks or more; its copy at the top of the first page goes too."""
    beside = [i for foot in feet for i in (foot - 1, foot + 1) if 0 <= i < len(lines) and i not in feet]
    counts: dict[str, int] = {}
    for i in beside:
        counts[lines[i].text] = counts.get(lines[i].text, 0) + 1
    heads = {i for i in beside if counts[lines[i].text] >= 2}
    return heads | {i for i in range(min(_FIRST_PAGE_HEAD, len(lines))) if any(lines[i].text == lines[k].text for k in heads)}


_LINES_ON_A_PAGE = 15  # at the least


def _page_after_page(numbered: dict[int, str]) -> bool:
    heads = sorted(numbered.items())
    if any("/" in number for _, number in heads):
        # "1/3", "2/3", "3/3": every page of the whole, in turn, a page apart but for the last, which may be short
        pages = [tuple(map(int, number.split("/"))) if "/" in number else (0, 0) for _, number in heads]
        return [page for page, _ in pages] == list(range(1, len(pages) + 1)) and {whole for _, whole in pages} == {len(pages)} \
            and all(j - i >= _LINES_ON_A_PAGE for (i, _), (j, _) in zip(heads[:-1], heads[1:-1]))
    return all(int(a) < int(b) and j - i >= _LINES_ON_A_PAGE for (i, a), (j, b) in zip(heads, heads[1:]))


# The text a digital signature's stamp leaves on the page: "Ký bởi: Cục X", "Cơ quan: Bộ Y", "Ngày ký: 14-08-2026
# 16:05:31 +07:00", before the header and beside the signer's name.
_STAMP_FIELD = re.compile(r"^(?:Ký bởi|Ngày ký|Thời gian ký|Cơ quan|Chức vụ|Email|Đơn vị)\s*:")


def _signature_stamps(lines: list[_Line]) -> set[int]:
    """Each run of stamp lines that holds a "Ký bởi:" line."""
    stamps: set[int] = set()
    run: list[int] = []
    for i, line in enumerate([*lines, None]):
        if line is not None and _STAMP_FIELD.match(line.text):
            run.append(i)
            continue
        if any(lines[k].text.startswith("Ký bởi") for k in run):
            stamps.update(run)
        run = []
    return stamps


def _status_bars(lines: list[_Line]) -> set[int]:
    return {i for i, line in enumerate(lines) if line.text[:1].isdigit() and _STATUS_BAR.match(line.text)
            or line.text[:1] in "←⟵<" and _VIEWER_BAR.match(line.text)}


_NUMBER_LINE = re.compile(r"^\W*Số\s*:\s*(\d+/[\w.Đđ-]+)")
_HEADER_LINES = 30  # the document's number stands among its first lines


def _own_number(lines: list[_Line]) -> str | None:
    """The document's number as its header writes it ("Số: 85/KH-STC" -> "85/KH-STC")."""
    for line in lines[:_HEADER_LINES]:
        found = _NUMBER_LINE.match(line.text)
        if found:
            return found.group(1)
    return None


def _broken_sentences_joined(paragraphs: list[str]) -> list[str]:
    """A paragraph opening in lowercase after one that stopped mid-sentence is its rest: a document typed
    over a PDF's lines, or a page break taken for a paragraph's end ("… xử lý phù hợp đối với" / "các phản
    ánh …"), or an item's next clause ("- Chủ trì … tại Điều 1;" / "hoàn thiện hồ sơ …"; unlabelled, lowercase
    paragraphs after a lead-in's colon are its list instead). A label ("a) …") opens an item, never a rest. A
    form's short label ("1.1.1") and the dots to fill in after it are one line, as in a text, and so is a label set
    apart as a paragraph of its own (a heading "Điều 2." over the article's text) and the text it opens."""
    joined: list[str] = []
    for text in paragraphs:
        before = joined[-1] if joined else ""
        in_list = len(joined) > 1 and joined[-2].endswith(":")
        if before[:1] not in ("", "|") and (_rest_of_sentence(before, text, in_list) or (  # (nor a table's row)
                _is_fill_in(text) and len(before) <= _FORM_LABEL_LENGTH) or _label_alone_before(before, text)):
            joined[-1] += " " + text
            continue
        joined.append(text)
    return joined


def _label_alone_before(label: str, text: str) -> bool:
    return len(label) <= _LONGEST_LABEL and _LABEL_ONLY.fullmatch(label) is not None and text[:1] != "|" \
        and _has_words(text) and _label_strength(text) is None  # (not the next item, opening with its own label)


def _rest_of_sentence(before: str, text: str, in_list: bool) -> bool:
    if text[:1].islower():
        return not _opens_with_letter_label(text) and (not _ends_sentence(before) or _next_clause([before], in_list))
    # in capitals after a word that needs what follows ("… năm 2027 của" / "Bệnh viện Đa khoa tỉnh. …"), unlabelled,
    # and no field's line ("… khu vực Bắc Trung Bộ" / "Thời gian: Quý III/2027")
    return not _ends_sentence(before) and _label_strength(text) is None and _runs_on(before, text) \
        and not FIELD_LINE.match(text)


def _ends_sentence(text: str) -> bool:
    """The line ends on a sentence's punctuation; a bracket closing on a word does not end one before a line in
    lowercase ("… Văn phòng (Trung tâm Tin học)" / "căn cứ …")."""
    return text.endswith(_TERMINAL) and not (text[-1] == ")" and text[-2:-1] not in _TERMINAL)


def _next_clause(paragraph: list[str], in_list: bool) -> bool:
    """A labelled item's sentence, or a sentence opening in capitals that is no list's entry, ended on a semicolon
    ("- Chủ trì … tại Điều 1;" / "hoàn thiện hồ sơ …"): a line in lowercase after it is its next clause. After an
    entry ("… gồm: xây dựng kế hoạch;", "gồm:" / "Xây dựng kế hoạch;", or one that opened in lowercase) it is the
    list's next entry."""
    opening = paragraph[0]
    return paragraph[-1].endswith(";") and (_label_strength(opening) is not None or opening[:1].isupper() and not (
        in_list or any(":" in line for line in paragraph)))


# A line opening with a symbol for its bullet: a picture ("✅", "👉", "🔹", "➢") or a symbol font's mark shown in
# another font ("Ø", "§", "ü", "v" for Wingdings' arrow, square, tick and diamond), then the item.
_FONT_MARK_AT = r"[" + SYMBOL_FONT_MARKS + r"](?=\s)|[" + SYMBOL_FONT_LETTERS + r"](?=[ \t]+[" + UPPER_LETTERS + "])"
_FONT_MARK = re.compile(_FONT_MARK_AT)
_MIN_SYMBOL_LINES = 3


def _symbol_mark(line: str) -> tuple[str, int] | None:
    """(the mark, where the item begins) of a line opening with a symbol for its bullet."""
    font = _FONT_MARK.match(line)
    end = font.end() if font else 0
    while end < len(line) and (unicodedata.category(line[end]) == "So" or line[end] == "\ufe0f"):
        end += 1
    if end == 0:
        return None
    begin = len(line) - len(line[end:].lstrip())
    return (line[0], begin) if begin < len(line) else None


def _may_open_with_a_symbol(first: str) -> bool:
    return bool(first) and (first in SYMBOL_FONT_MARKS + SYMBOL_FONT_LETTERS
                            or first > "\u2000" and unicodedata.category(first) == "So")


_PICTURES = "\u2190-\u2bff\U0001f300-\U0001faff"  # arrows, shapes, dingbats, emoji: the symbols a bullet may be
_SYMBOL_CHAR = re.compile("[" + _PICTURES + SYMBOL_FONT_MARKS + "]")
_PICTURE_BEFORE_WORDS = re.compile(r"^[ \t]*[\U0001f300-\U0001faff\u2600-\u27bf]+\ufe0f?[ \t]+(?=[^\W\d_])")
# A line that may open with a symbol for its bullet, found by one scan of the text (most texts have none)
_SYMBOL_LINE = re.compile(r"^[ \t]*(?:" + _FONT_MARK_AT + "|[" + _PICTURES + "])", re.M)


_HEADING_LINE = 100  # characters, at most, of a marked line that heads the marks after it without a colon
# A label after a symbol ("📌 I. …", "👉 1. …"), which then only goes; a number needs its mark ("✅ 15 cán bộ" is none)
_MARKED_LABEL = re.compile(r"(?:[IVXLC]{1,6}[.\-–]|[A-ZĐ]\.|\d{1,2}(?:\.\d{1,2}){0,3}[.)]|[a-zđ]\)"
                           r"|\((?:\d{1,2}|[a-zđ])\))\s")  # (or a number in brackets: "☐ (1) Bộ Công an:")


def _reads_as_a_heading(marked: str) -> bool:
    """A marked line that may head the marks after it without a colon ("v MỤC ĐÍCH, YÊU CẦU", "Ø Ban Chỉ huy Quân sự
    xã", "❖ Lĩnh vực y tế"): short, no sentence's mark after it, no part's label before it."""
    text = marked.rstrip()
    return len(text) <= _HEADING_LINE and not text.endswith((".", ";", ",", "!", "?")) \
        and not _MARKED_LABEL.match(text)  # ("📌 III. …": a part's heading, no list's)


def _marked_heading_in_capitals(marked: str) -> bool:
    """A marked line of words all in capitals ("🎯 CHỈ TIÊU TOÀN TỈNH", "📌 PHÂN CÔNG NHIỆM VỤ"): a post's heading
    over what follows, which keeps only its words, as a heading in capitals on its own line does."""
    words = _SYMBOL_CHAR.sub("", marked).split()
    return len(words) >= 2 and _reads_as_a_heading(marked) and all(not w.isalpha() or w.isupper() for w in words) \
        and sum(w.isalpha() for w in words) >= 2


def symbol_bullets(lines: list[str]) -> list[str]:
    """Symbols as bullets written as the text's own marks: "- " for the outer level, "+ " for a mark that follows one
    heading a list (ending on a colon, or a heading's words), whatever symbol each level uses; a symbol before a label
    ("📌 I. …") only goes. Read when at least three lines open so; with fewer, a picture before a line's words only
    goes, a decoration."""
    marks = [_symbol_mark(line) if _may_open_with_a_symbol(line[:1]) else None for line in lines]
    if sum(1 for m in marks if m) < _MIN_SYMBOL_LINES:
        # (a picture alone before a line's words, "🎯 Chỉ tiêu: 100% …", decorates it: the words stay, as written)
        return [_PICTURE_BEFORE_WORDS.sub("", line) if mark else line for line, mark in zip(lines, marks)]
    # Each list is read on its own: a symbol is one level down under a line with another symbol heading a list,
    # back at the level it had when it comes again in the same list, and at the top in a list of its own (the same
    # symbol may mark a plan's targets and, elsewhere, the duties under a member's heading).
    depths: list[int] = []
    member_of: list[int] = []  # the list each marked line belongs to, counted from 1
    outer_symbol: dict[int, str] = {}  # each list's outermost symbol
    lists = 0
    open_symbols: list[str] = []  # the symbols of the list being read, outermost first
    previous = ""  # the last marked line's text
    last = ""  # the last line with words, marked or not
    uses = Counter(mark[0] for mark in marks if mark)
    for line, mark in zip(lines, marks):
        if mark is None:
            if not _LETTER.search(line):
                continue  # a blank line, a page's number or a rule between two lines of a list
            if not _wraps_after(last, line):
                open_symbols, previous = [], ""
            elif previous:
                previous += " " + line.strip()  # a marked line's wrapped end: its colon announces what follows
            last = line.strip()
            continue
        last = line.strip()
        symbol = mark[0]
        if symbol in open_symbols:
            del open_symbols[open_symbols.index(symbol) + 1:]
        elif open_symbols and (previous.rstrip().endswith(":") or _reads_as_a_heading(previous)
                               and uses[open_symbols[-1]] > 1 and uses[symbol] > 1):
            # a line announcing a list ("… như sau:"), or a heading, its symbol and the one under it each marking more
            # than one line (a post's lines each with its own emoji head nothing)
            open_symbols.append(symbol)
        else:
            open_symbols = [symbol]
            lists += 1
            outer_symbol[lists] = symbol
        depths.append(len(open_symbols))
        member_of.append(lists)
        previous = line[mark[1]:]
    # two levels of marks are "-" and "+"; in a list of three levels the outer lines are headings of their own and
    # the two inner levels the marks ("v Sở Y tế:" / "Ø Chỉ đạo …:" / "§ thực phẩm;"), and so in every list its outer
    # symbol opens (a paragraph may part the members' duties), the plan's other lists keeping theirs (the targets'
    # ticks above the three levels of duties)
    deepest: dict[int, int] = {}
    for depth, member in zip(depths, member_of):
        deepest[member] = max(depth, deepest.get(member, 0))
    heading_symbols = {outer_symbol[member] for member, depth in deepest.items() if depth >= 3}
    deepest = {member: 3 if outer_symbol[member] in heading_symbols else depth for member, depth in deepest.items()}
    out = []
    levels = iter(zip(depths, member_of))
    for line, mark in zip(lines, marks):
        if mark is None:
            out.append(line)
            continue
        rest, (depth, member) = line[mark[1]:], next(levels)
        written = ("- ", "+ ") if deepest[member] < 3 else ("", "- ", "+ ")
        out.append(rest if _MARKED_LABEL.match(rest) or _marked_heading_in_capitals(rest)
                   else written[min(depth, len(written)) - 1] + rest)
    return out


_LETTER = re.compile(r"[^\W\d_]")


def _wraps_after(before: str, line: str) -> bool:
    """The line goes on with the sentence the one before left open: a wrap."""
    return bool(before) and (not before.endswith(_TERMINAL) or line.lstrip()[:1].islower())


_QUOTE_MARKS = re.compile(r"^(\s*(?:\*\*|__)?)\s*(?:>\s?)+")  # (a markdown copy may open the line's bold run first)
_MIN_QUOTED_SHARE = 0.25  # of the lines from the first quoted one on: wrapped lines may have lost their mark


def _unquoted(lines: list[str]) -> list[str]:
    """A document forwarded in an e-mail, quoted line by line ("> KẾ HOẠCH", "**> KẾ HOẠCH**" in a markdown copy), without
    the quotation marks, when the text from its first quoted line on is quoted (a reply's own lines above it stay as they
    are; a quoted paragraph's wrapped lines may have lost their mark)."""
    marked = [_QUOTE_MARKS.match(line) is not None for line in lines]
    first = marked.index(True) if True in marked else len(lines)
    if sum(marked) < _MIN_QUOTED_SHARE * sum(1 for line in lines[first:] if line.strip()):
        return lines
    last = len(marked) - 1 - marked[::-1].index(True)
    return [_QUOTE_MARKS.sub(r"\1", line) for n, line in enumerate(lines)
            if not (first < n < last and not marked[n] and line.strip() and _answered_inside(lines, marked, n))]


def _answered_inside(lines: list[str], marked: list[bool], n: int) -> bool:
    """The line is the reply's own, written inside the quoted document, set apart by blank lines ("> 4. Đề nghị …" /
    "" / "=> Xã X: đã giao …" / "" / "> 5. …"): no wrap of the quoted line before it, which follows it unbroken."""
    start, end = n, n
    while start > 0 and lines[start - 1].strip() and not marked[start - 1]:
        start -= 1
    while end + 1 < len(lines) and lines[end + 1].strip() and not marked[end + 1]:
        end += 1
    return start > 0 and not lines[start - 1].strip() and end + 1 < len(lines) and not lines[end + 1].strip()


# A line break kept as HTML: in a table row it parts a cell's lines, often a list ("Cục A<br>Cục B"); elsewhere a line.
_BREAK = re.compile(r"\s*<br\s*/?>\s*", re.I)


# A signature in a layout table's cell, its lines parted by breaks ("KT. BỘ TRƯỞNG<br>THỨ TRƯỞNG<br>…").
_SIGNATURE_CELL = re.compile(r"\|[\s*]*(?:TM|KT|TL|TUQ|Q|T/M|K/T)\.?\s+[A-ZĐÀ-Ỹ]+")


def _lines_of_row_broken(line: str) -> str:
    """A line whose cells a copy broke with HTML breaks: a table's row, its breaks parting a cell's list ("; "); the
    signature's layout table, cell after cell with its lines, as the metadata reader expects that block; else lines."""
    if "|" not in line:
        return _BREAK.sub("\n", line)
    if not _SIGNATURE_CELL.search(line):
        return _BREAK.sub("; ", line)
    cells = [cell for cell in row_cells(line) if cell]
    return "\n".join(_cell_after_cell([[part for part in _BREAK.split(cell) if part.strip()] for cell in cells]))


# A word processor's numbering copied as text: the number, a tab, the text ("II<tab>MỤC TIÊU", "1<tab>Sở Y tế"), the
# number's own mark lost.
_NUMBER_TAB = re.compile(r"^(?P<indent>\s*)(?:(?P<roman>[IVXL]{1,5})|(?P<arabic>\d{1,2}(?:\.\d{1,2}){0,3})|(?P<letter>[a-zđ]))"
                         r"\t+(?=\S)")


def _label_before_tab(line: str) -> str:
    """The line with a label that a tab follows written as a label ("II. ", "1. ", "a) ")."""
    m = _NUMBER_TAB.match(line)
    if m is None:
        return line
    mark = ") " if m["letter"] else ". "
    return m["indent"] + (m["roman"] or m["arabic"] or m["letter"]) + mark + line[m.end():]


# (not a document system's fields of who receives it, "Nơi nhận nội bộ:", "Nơi nhận bên ngoài:")
_RECIPIENTS_LABEL = r"Nơi nhận\b(?!\s+(?:nội bộ|bên ngoài))"
_RECIPIENTS = re.compile(r"^\W*" + _RECIPIENTS_LABEL)
# the signature beside them (not a table's row: its cells are padded to the column, and are read as cells)
_RECIPIENTS_BESIDE = re.compile(r"^(?![ \t]*\|[^\n]*\|[ \t]*$)[^\w\n]*" + _RECIPIENTS_LABEL
                                + r"[^\n]*?(?:\t| {3}|\S \| )[ \t]*\S", re.M)
_COLUMN_GAP = re.compile(r"\t+|\s{3,}")  # what parts a line's left column from its right one, in a copy with layout
_COLUMN_GAP_OR_BAR = re.compile(r"\t+|\s{3,}|(?<=\S) \| (?=\S)")
_MAX_RECIPIENT_LINES = 30
_RECIPIENT_MARKS = ("-", "+", "•", "–", "*")
_COLUMN_SLACK = 8  # characters a line of the right column may start before the column's first line
_MARK_THEN_TAB = re.compile(r"^([ ]*[" + "".join(_RECIPIENT_MARKS) + r"])\t+")


def signature_beside_recipients(lines: list[str]) -> list[str]:
    """The signature block set beside "Nơi nhận" (a two-column layout copied line by line: "Nơi nhận:    TM. ỦY
    BAN NHÂN DÂN", "- Lưu: VT.    Nguyễn Văn A") put after the list of recipients, one line each, as a one-column
    copy gives it: the signer's title and name are then lines of their own."""
    start = next((i for i, line in enumerate(lines) if _RECIPIENTS.match(line)), None)
    if start is None:
        return lines
    # (cells parted by a bar inside the line, "Nơi nhận: | KT. CHỦ TỊCH", a note's two columns; a row bordered with
    # bars is a table's, read as cells)
    gap = _COLUMN_GAP if lines[start].lstrip().startswith("|") else _COLUMN_GAP_OR_BAR
    if not gap.search(lines[start].strip()):
        return lines
    left: list[str] = []
    right: list[str] = []
    end = start
    opening = lines[start]
    right_column = len(opening) - len(gap.split(opening.strip(), maxsplit=1)[-1]) \
        - (len(opening) - len(opening.rstrip()))
    for line in lines[start:start + _MAX_RECIPIENT_LINES]:
        if not line.strip():
            break
        line = _MARK_THEN_TAB.sub(r"\1 ", line)  # ("-<tab>UBND xã (b/c);<tab>TRƯỞNG BAN": the list's mark, no cell)
        cells = gap.split(line.strip(), maxsplit=1)
        indent = line[:len(line) - len(line.lstrip())]
        if len(cells) == 1 and ("\t" in indent or "\t" not in line and len(indent) >= right_column - _COLUMN_SLACK):
            # a line of the right column alone (the signer's name under the recipients' list), set there by spaces or
            # by the tabs of the empty cells before it
            right.append(cells[0])
        elif len(cells) == 1 and left and not cells[0].startswith(_RECIPIENT_MARKS) \
                and left[-1].rstrip().endswith((";", ".")):
            # the text after the list, its last recipient closed and no blank line between (a copy a paragraph a
            # line): no cell of it; a recipient's name wrapped onto the next line is
            break
        else:
            left.append(cells[0])
            right += cells[1:]
        end += 1
    return [*lines[:start], *left, *right, *lines[end:]]


def _copy_marks_read(text: str) -> str:
    """The marks a copy left in the raw text, read before the spaces go: an e-mail's quotation marks, symbols for
    bullets, HTML line breaks, a signature beside the recipients, tabs between cells and after labels. Each step is
    taken only when the text holds what it reads."""
    if "format=flowed" in text[:_FLOWED_REACH]:  # (before the tabs are read: a row's cell may have been wrapped)
        text = _FLOWED_BREAK.sub(" ", text)
    recipients = text.find("Nơi nhận")
    beside = recipients >= 0 and _RECIPIENTS_BESIDE.search(text, max(0, recipients - 10)) is not None
    symbols = (_SYMBOL_CHAR.search(text) is not None or any(f"\n{letter} " in text for letter in SYMBOL_FONT_LETTERS)) \
        and len(_SYMBOL_LINE.findall(text)) >= _MIN_SYMBOL_LINES
    quoted, breaks, tabs = "\n>" in text or "\n**>" in text, "<br" in text or "<BR" in text, "\t" in text
    if not (quoted or breaks or tabs or beside or symbols):
        return text
    lines = text.split("\n")
    if quoted:
        lines = _unquoted(lines)
    if symbols:
        # (a message's reactions, "👍 30  🙏 2" under it, mark no item of the text)
        lines = symbol_bullets([line for line in lines if not _REACTIONS.fullmatch(line)])
    if breaks:  # a markdown copy keeps a cell's line breaks as HTML
        lines = "\n".join(_lines_of_row_broken(line) for line in lines).split("\n")
    if beside:
        lines = signature_beside_recipients(lines)
    if tabs:
        lines = [_label_before_tab(line) if "\t" in line else line
                 for line in rebuild_tab_tables(quoted_tab_cells_joined(lines))]
    return "\n".join(lines)


# An OCR's slips that the language's spelling shows (no Vietnamese word holds them): a lower-case "l" read for the "I"
# of a word in capitals ("HỘl", "GIA LAl", the part labels "Il.", "Ill."); "l." for an item's "1."; "rn" for the "m"
# that ends a syllable after a marked vowel ("Kiểm lârn"); letters for digits in a date ("3l/3/2O27"); "u" for the "ư"
# before "ơ" and a closing letter ("truờng",
# "nguời": only "ươ" is followed by one, "thuở" and "quở" by none). A syllable ends on a vowel or on c, ch, m, n, ng,
# nh, p, t. Every pattern here runs over the whole text, so each opens on a character class, which the engine scans
# for fast, and tests the word's boundary after that first character ("(?<!\w.)"): one that opens on the test is
# tried at every position.
_CAPITALS_WITH_L = re.compile(f"[{UPPER_LETTERS}l](?<!\\w[{UPPER_LETTERS}l])"
                              f"(?:(?<=[{UPPER_LETTERS}])[{UPPER_LETTERS}]*l|(?<=l)[{UPPER_LETTERS}])"
                              f"[{UPPER_LETTERS}l]*(?![\\w])")
# … but a chemical's formula or an English word ("HCl", "Al", "All") stays, unless it stands among words in capitals
# ("GIA LAl"); a Roman numeral ("Il", "Ill") does not
_FORMULA = re.compile(r"(?![IVX]+l+$)[A-Z]{1,2}l+")
_CAPITALS_BEFORE = re.compile(r"(?<![\w])[^\W\d_]{2,}[ \t]+$")
_CAPITALS_AFTER = re.compile(r"[ \t]+[^\W\d_]{2,}(?![\w])")


def _among_capitals(text: str, start: int, end: int) -> bool:
    before = _CAPITALS_BEFORE.search(text, max(0, start - 30), start)
    after = _CAPITALS_AFTER.match(text, end)
    return any(word is not None and word.group(0).strip().isupper() for word in (before, after))
_ONE_AS_L = re.compile(f"(?m)^([ \\t>*#]*)l\\.(?=[ \\t]+[{UPPER_LETTERS}])")
_LETTER_K = re.compile(r"(?m)^[ \t>*#]*k[.)][ \t]")  # a list of letters that reaches "l." ("k. …" / "l. …")
# (a vowel with its marks: "modern", "pattern" are English words)
_MARKED_VOWELS = frozenset(chr(code) for code in range(0xC0, 0x1EFA)
                           if chr(code).islower() and unicodedata.normalize("NFD", chr(code))[0] in "aeiouy")
_RN_AT_END = re.compile(r"rn(?![\w])")
# … and in a date, the letters read for the digits they look like: "3l/3/2027", "quý II/2O27", "năm 2O28" (a date's
# shape holds no letter: "l" and "I" stand for 1, "O" for 0).
_DAY_OR_MONTH_READ = r"(?:\d[\dlIO]?|[lIO]\d)"  # (a digit in each: "Il/2027" is a quarter's "II")
# (a date read right is matched too, and comes out as it was: a test that it holds a letter costs more than that)
_DATE_WITH_LETTERS = re.compile(r"(?:\d(?<![\w/].)[\dlIO]?|[lIO](?<![\w/].)\d)/"
                                r"(?:" + _DAY_OR_MONTH_READ + r"/)?2[O0][\dO]{2}(?![\w/])"
                                r"|2(?<![\w].)(?=[\dO]{3}(?![\w/]))\d?O[\dO]*"  # ("năm 2O28", "quý II/2O27")
                                # (a date in words: "ngày l2 tháng 01 năm 2027", "tháng 0l năm 2027")
                                r"|(?<=ngày )(?:[lIO]\d|\d[lIO])(?= tháng )|(?<=tháng )(?:[lIO]\d|\d[lIO])(?= năm )")
# (a cheap scan first: a date to mend holds a letter beside a digit, and most texts hold none)
_LETTER_BESIDE_A_DIGIT = re.compile(r"[lIO](?:(?<=\d.)|(?=\d))")
_DIGITS_OF_LETTERS = str.maketrans("lIO", "110")
# … and a Roman numeral of "l"s alone, a part's label or a quarter ("ll. NỘI DUNG", "quý ll/2027", "Quý lV"); a label
# of one "l" is an item's "1." or a letter after "k." (above)
_ROMAN_OF_LS = re.compile(f"(?m)(?:^[ \\t>*#]*(?=[IVX]*l)([IVXl]{{2,4}})(?=\\.[ \\t]+[{UPPER_LETTERS}])"
                          f"|(?<=[Qq]uý )(?=[IVX]*l)([IVXl]{{1,4}})(?=[/ ,;.)]|$))")
# (a cheap scan first: such a numeral holds an "l" beside another of its letters, or is one "l" after "quý")
_L_OF_A_NUMERAL = re.compile(r"l(?:(?<=[IVXl]l)|(?=[IVX])|(?<=uý l))")
_ROMAN_NUMERAL = re.compile(r"I{1,3}|IV|VI{0,3}|IX|XI{0,3}")
# "Sờ Xây dựng", "Sớ Y tế": a department's head word with the mark an OCR misread, before the capital of its name
# (no other word so spelt stands before a name)
_DEPARTMENT_MISMARKED = re.compile(r"S(?<![\w]S)[ờớợỡ](?= [" + UPPER_LETTERS + "])")
_U_BEFORE_HORNED_O = re.compile("[uU](?=[ơớờởỡợƠỚỜỞỠỢ](?:ng|n|c|t|i|m|p|u|NG|N|C|T|I|M|P|U))")


def _roman_mended(roman: re.Match) -> str:
    """The numeral a label or a quarter is, its "l"s read as the "I"s they are, where that makes one."""
    written = roman.group(1) or roman.group(2)
    numeral = written.replace("l", "I")
    kept = roman.group(0)[:-len(written)]  # (a label's indent)
    return kept + numeral if _ROMAN_NUMERAL.fullmatch(numeral) else roman.group(0)


def ocr_slips_mended(text: str) -> str:
    text = _CAPITALS_WITH_L.sub(lambda word: word.group(0) if _FORMULA.fullmatch(word.group(0))
                                and not _among_capitals(text, word.start(), word.end())
                                else word.group(0).replace("l", "I"), text)
    text = _ONE_AS_L.sub(lambda one: one.group(0) if _LETTER_K.search(text, max(0, one.start() - _LETTER_REACH),
                                                                      one.start()) else f"{one.group(1)}1.", text)
    text = _U_BEFORE_HORNED_O.sub(lambda u: u.group(0) if text[u.start() - 1:u.start()] in ("q", "Q")
                                  else "ư" if u.group(0) == "u" else "Ư", text)
    text = _RN_AT_END.sub(lambda rn: "m" if text[rn.start() - 1:rn.start()] in _MARKED_VOWELS else "rn", text)
    if _LETTER_BESIDE_A_DIGIT.search(text):
        text = _DATE_WITH_LETTERS.sub(lambda date: date.group(0).translate(_DIGITS_OF_LETTERS), text)
    if _L_OF_A_NUMERAL.search(text):
        text = _ROMAN_OF_LS.sub(_roman_mended, text)
    text = name_marks_mended(_DEPARTMENT_MISMARKED.sub("Sở", text))
    # (a word of plain letters in a line of plain letters is one typed without marks, not misread: the text stays as
    # printed, see `marks`; in a line with its marks, a slip)
    return _WORDS_MISMARKED.sub(lambda word: word.group(0) if word.group(0).isascii() and _line_of(text, word).isascii()
                                else _as_cased(_WORD_OF_ITS_FOLD[fold(word.group(0))], word.group(0)), text)


def _line_of(text: str, found: re.Match) -> str:
    end = text.find("\n", found.end())
    return text[text.rfind("\n", 0, found.start()) + 1:end if end >= 0 else len(text)]


def _as_cased(word: str, written: str) -> str:
    if written.isupper():
        return word.upper()
    return word[:1].upper() + word[1:] if written[:1].isupper() else word


def _any_marks(word: str) -> str:
    """A pattern of the word with any marks on its vowels ("phối" -> "ph[oóòỏõọôố…]i")."""
    vowels: dict[str, list[str]] = {}
    for code in range(0xC0, 0x1EFA):
        char = chr(code)
        if char.islower() and len(base := fold(char)) == 1 and base in "aeiouy":
            vowels.setdefault(base, [base]).append(char)
    return "".join(f"[{''.join(vowels[fold(c)])}]" if fold(c) in vowels else re.escape(c) for c in word)


# Words the readers look for as written, with marks an OCR misread ("phổi hợp", "Phối họp", "trưóc", "Hạnh phủc", "Đơn
# vi chủ trì"): the partners' role word, a deadline's "trước", the motto's words and the doer's field's; no other words
# are spelt with their letters (not so "chủ trì": "chủ trị" is a word of medicine).
_WORD_OF_ITS_FOLD = {fold(word): word for word in ("phối hợp", "trước", "độc lập", "tự do", "hạnh phúc", "đơn vị",
                                                    "chậm nhất")}  # (a deadline's cue: "chậm nhât")
# (the pattern opens on a class of the words' first letters, which the engine scans for fast, then tests the word's
# boundary and which word that letter opens: "\b" first would be tried at every position)
_WORDS_MISMARKED = re.compile(
    "[" + "".join(sorted({word[0] + word[0].upper() for word in _WORD_OF_ITS_FOLD.values()})) + r"](?<!\w.)(?:"
    + "|".join(f"(?<=[{word[0]}{word[0].upper()}])(?i:{_any_marks(word[1:])})" for word in _WORD_OF_ITS_FOLD.values())
    + r")\b")

_LETTER_REACH = 3000  # characters back to the "k." that a letter "l." follows


_MIN_SPACED_LETTERS = 4


def _letters_closed_up(line: str) -> str:
    """A heading typed with its letters spaced apart ("K Ế  H O Ạ C H", "I. M Ụ C  Đ Í C H ,  Y Ê U  C Ầ U"): the
    letters closed up, two spaces or more parting the words ("KẾ HOẠCH", "I. MỤC ĐÍCH, YÊU CẦU"), its label kept."""
    label = _SPACED_HEADING_LABEL.match(line)
    spaced = line[label.end():] if label else line
    letters = spaced.split()
    if sum(letter.isupper() for letter in letters) < _MIN_SPACED_LETTERS \
            or any(len(letter) != 1 or not (letter.isupper() or letter in _SPACED_MARKS) for letter in letters):
        return line
    words = " ".join(word.replace(" ", "") for word in re.split(r"\s{2,}", spaced.strip()))
    return (label.group(0).strip() + " " if label else "") + re.sub(r" ([,;:.])", r"\1", words)


_SPACED_HEADING_LABEL = re.compile(r"\s*(?:[IVXLC]{1,6}|\d{1,2}|[A-ZĐ])[.)]\s+")
_SPACED_MARKS = ",;:.-"


# A markdown copy escapes the marks that would open a list or a heading ("1\.", "\-", "\+", "\#"): the text has
# the marks. Not emphasis ("\*", "\_") nor a table's bar ("\|"), read as markdown later.
_MARKDOWN_ESCAPE = re.compile(r"\\([-.+#!()\[\]{}>:;,'\"`~=<])")
# … and breaks a line inside a paragraph or a table's cell with a backslash before the break or the cell's padding
# ("**ỦY BAN NHÂN DÂN\             **CỘNG HÒA …"): no mark of the text's
_MARKDOWN_HARD_BREAK = re.compile(r"(?<=[^\s\\])\\(?=[ \t]|$)", re.M)  # (not one of a rule's run, "\\\ Số: …")


# A copy that gives each page as one line (a phone's PDF viewer): lines this long on average, none of them a
# paragraph. The pages are one text again, each page's number at its start gone.
_RUN_ON_PAGE = 1200  # characters
_PAGE_NUMBER_OPENING = re.compile(r"(\d{1,3}) +(?=\S)")


_PAGE_EDGE = 3  # lines at the top and at the foot of a page where its furniture stands


# A syllable a typesetter cut at a line's end with a hyphen of its own ("tuy-" / "ệt đối", "trư-" / "ớc ngày"):
# Vietnamese breaks no word so, but a PDF justified by syllable does; the two pieces spell one syllable, which two
# words a hyphen joins ("kinh tế-" / "xã hội", "thu-" / "chi") do not.
_SYLLABLE_CUT_AT_A_HYPHEN = re.compile(r"(?<![\w-])([^\W\d_]{1,6})-\n([^\W\d_" + UPPER_LETTERS
                                       + r"][^\W\d_]{0,6})(?![\w-]) ?")  # (the rest in lower case)
_ONE_SYLLABLE = re.compile(r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?[aeiouy]{1,3}"
                           r"(?:ch|ng|nh|[cmnpt])?")  # (its letters folded: "tuyệt" is "tuyet")


def _syllable_rejoined(cut: re.Match) -> str:
    """The syllable whole at the end of its line; the line after it goes on from the next word (the break stays, for
    the wraps to be read as the text's other lines are)."""
    joined = cut.group(1) + cut.group(2)
    return joined + "\n" if _ONE_SYLLABLE.fullmatch(fold(joined).lower()) else cut.group(0)


# A slide's mark in a deck's text ("Slide 3/12", "--- Slide 3 ---", "Trang chiếu 3")
_SLIDE_MARK = re.compile(r"^[ \t]*(?:-{2,}[ \t]*)?(?:Slide|Trang chiếu)[ \t]+\d{1,3}(?:[ \t]*/[ \t]*\d{1,3})?"
                         r"(?:[ \t]*-{2,})?[ \t]*$", re.M)
_LEAST_SLIDES = 3


def slide_footers_dropped(lines: list[str]) -> list[str]:
    """A slide deck's text: the slides' marks go, and the footer that closes most slides word for word ("Sở X | Hội nghị
    triển khai …"), the deck's, not the plan's; a heading or a field a slide repeats (its section's name over its
    items, "- Thời gian: Hằng tháng" under each) is the plan's and stays."""
    slides: list[list[int]] = []
    for n, line in enumerate(lines):
        if _SLIDE_MARK.fullmatch(line):
            slides.append([])
        elif slides and line.strip():
            slides[-1].append(n)
    last_lines = Counter(lines[slide[-1]].strip() for slide in slides if slide)
    footer, times = last_lines.most_common(1)[0] if last_lines else ("", 0)
    if times * 2 < len(slides) or times < _LEAST_SLIDES or _LABEL_OR_FIELD.match(footer):
        footer = None
    return [line for line in lines if not _SLIDE_MARK.fullmatch(line) and line.strip() != footer]


# (a line that is the plan's own however often a deck repeats it: an item or a field)
_LABEL_OR_FIELD = re.compile(r"\s*(?:[-–•+*]|\(?[\dIVXLa-zđ]{1,4}[.)/]|" + FIELD_LINE.pattern.lstrip("^") + r")")


def page_numbers_apart(lines: list[str]) -> list[str]:
    """A page's number that ends its page with no line break before the form feed, glued to the next page's first line
    ("3\fII. CHỈ TIÊU NĂM 2027", as a slide deck's text layer gives each slide's number): on a line of its own, the
    next page opening on its own first line."""
    out: list[str] = []
    for line in lines:
        number = _NUMBER_BEFORE_FORM_FEED.match(line)
        out += [number[1], line[number.end(1):]] if number else [line]
    return out


_NUMBER_BEFORE_FORM_FEED = re.compile(r"[ \t]*(\d{1,4})[ \t]*(?=\f)")


def page_furniture_dropped(lines: list[str]) -> list[str]:
    """A PDF's text layer with its pages apart (pdftotext writes a form feed after each): the words at the top or the
    foot of two pages or more (a running head, a watermark, a conference's label, a footer) are the page's, not the
    document's, and go; the form feeds go with them. A controlled document's head repeats a block at every page's top
    (its body, type and title, "Mã số", "Lần ban hành", "Trang: 2/4": compared without their figures): it goes from
    every page, but from the first where it is the document's own header (it holds the number or the motto). Page
    numbers, each another, go later with the rest."""
    pages: list[list[int]] = [[]]
    for i, line in enumerate(lines):
        if line.startswith("\f") and pages[-1]:
            pages.append([])
        if line.strip("\f \t"):
            pages[-1].append(i)
        if line.endswith("\f") and not line.startswith("\f"):
            pages.append([])

    def words(i: int) -> str:
        return lines[i].strip("\f \t")

    def figureless(i: int) -> str:
        return _FIGURES.sub("#", words(i))

    edges: dict[str, set[int]] = {}  # the words at a page's top or foot: the pages they stand on
    heads: dict[str, set[int]] = {}  # … at a page's top, as a block, without their figures
    for page, numbers in enumerate(pages):
        for i in numbers[:_PAGE_EDGE] + numbers[_PAGE_EDGE:][-_PAGE_EDGE:]:
            if len(words(i)) > _PAGE_EDGE and any(char.isalpha() for char in words(i)):
                edges.setdefault(words(i), set()).add(page)
        for i in numbers[:_PAGE_HEAD]:
            heads.setdefault(figureless(i), set()).add(page)
    furniture = {text for text, on_pages in edges.items() if len(on_pages) >= 2}
    head_block = {text for text, on_pages in heads.items() if len(on_pages) >= 2}
    dropped: set[int] = set()
    for page, numbers in enumerate(pages):
        # a table that runs on repeats its header at the page's top, its number column's head ("TT") and the other
        # columns' names, with the rows' numbers after: the table's, which its reader needs, not the page's
        # (or, copied with its layout, a line naming the columns, "TT    Nhiệm vụ    Cơ quan chủ trì …")
        table_head = next((n for n, i in enumerate(numbers[:_PAGE_HEAD])
                           if NUMBER_HEAD_LINE.match(words(i)) or names_columns(lines[i].replace("\f", ""))),
                          _PAGE_HEAD)
        top, foot = numbers[:min(_PAGE_EDGE, table_head)], numbers[_PAGE_EDGE:][-_PAGE_EDGE:]
        # (the first page's top holding the number or the motto is the document's header, though an attached plan's
        # first page repeats it)
        own_header = page == 0 and any(_HEADER_MARK.search(words(i)) for i in top)
        # (a foot that is a signature stays: a decision and the plan it issues end on the same one)
        signed = any(_SIGNING_MARK.search(words(i)) for i in foot)
        dropped |= {i for i in ([] if own_header else top) + ([] if signed else foot) if words(i) in furniture}
        head = list(takewhile(lambda i: figureless(i) in head_block, numbers[:table_head]))
        if len(head) > _PAGE_EDGE and not (page == 0 and any(_HEADER_MARK.match(words(i)) for i in head)):
            # (the first page's copy of a block that holds the number or the motto is the document's header)
            dropped |= set(head)
    return [line.replace("\f", "") for i, line in enumerate(lines) if i not in dropped]


_PAGE_HEAD = 12  # lines at a page's top that a controlled document's repeated head may take
_SIGNING_MARK = re.compile(r"(?:^|\s)(?:KT|TM|TL|TUQ|Q|K/T|T/M)\.\s*[A-ZĐÀ-Ỹ]")
_HEADER_MARK = re.compile(r"(?:Số|SỐ)\s*:?\s*\d|CỘNG H[OÒ]À XÃ HỘI|ĐẢNG CỘNG SẢN")
_FIGURES = re.compile(r"\d+")


# A document system stamps the pages it shows with who opened it, and when ("Nguyễn Văn A - Phòng Kinh tế - 15/02/2027
# 08:41"), a viewer with the file's path ("D:\KE HOACH 2027\KH 25.docx"): a copy of its text keeps the mark where each
# page ends or begins.
_STAMP_HINT = re.compile(r"/\d{4},? \d{1,2}:\d\d")
_MACHINES_HEAD = re.compile(r"\d{1,2}/\d{1,2}/\d{4},? \d{1,2}:\d{2}\s.*\D\d{1,3}\s*/\s*\d{1,3}")
# (a fax machine's head names its sender or its number in capitals, with the time, its date in any machine's form:
# "OCT-14-2026 22:41  FROM: VP UBND TINH …  P.1/3", "FROM : SO NOI VU  FAX NO. : 0272 …  Mar. 02 2027 10:21AM P1")
_FAX_HEAD = re.compile(r"(?=.*\b(?:FROM|FAX)\b)(?=.*\b\d{1,2}:\d{2}).{20,}")
_VIEWERS_STAMP = re.compile(r"(?m)^[^\n]{0,100}\b\d{1,2}/\d{1,2}/\d{4},? \d{1,2}:\d{2}(?::\d{2})?[ \t]*$"
                            r"|^[ \t]*(?:[A-Za-z]:\\|\\\\|file:///)[^\n]*\.(?:docx?|pdf|odt|rtf)[ \t]*$")


def viewers_stamps_dropped(lines: list[str]) -> list[str]:
    """The lines holding a date and a time at their end, or a file's path, that the text repeats word for word: a
    viewer's mark on each page, none of the document (a line said once, a meeting's "08:00 ngày 15/02/2027", stays).
    A machine's line that opens on them and ends on its page's count, no word of text in it (no lower-case vowel), goes
    when it comes again whatever its figures: a fax's head on each page ("06/01/2027 16:47  FAX 0251 …  UBND XA TAN
    PHU  @003/004"), not a programme's hours in capitals ("08/02/2027 07:30  ĐÓN TIẾP ĐẠI BIỂU")."""
    # (a plan's field that names its time, "Thời gian: 31/12/2027 17:00", is the plan's, however often it comes)
    stamps = Counter(line.strip() for line in lines
                     if _VIEWERS_STAMP.fullmatch(line.strip()) and not FIELD_LINE.match(line.strip()))
    repeated = {stamp for stamp, times in stamps.items() if times >= 2}
    heads = Counter(_FIGURES.sub("#", line.strip()) for line in lines
                    if (_MACHINES_HEAD.fullmatch(line.strip())
                        and not any(char in _MARKED_VOWELS or char in "aeiouy" for char in line))
                    or (_FAX_HEAD.match(line) and not any(char in _MARKED_VOWELS for char in line)))
    repeated_heads = {head for head, times in heads.items() if times >= 2}
    if not repeated and not repeated_heads:
        return lines
    return [line for line in lines
            if line.strip() not in repeated and _FIGURES.sub("#", line.strip()) not in repeated_heads]


def pages_run_on_joined(lines: list[str]) -> list[str]:
    """Pages each given as one line, back to one text: the pages joined, the page number that opens each page after
    the first left out (the text comes apart in `run_on_text_split`, as any such run of text)."""
    pages = [line.strip() for line in lines if line.strip()]
    if not pages or sum(map(len, pages)) / len(pages) < _RUN_ON_PAGE or any(page[:1] in "|#" for page in pages):
        return lines  # (a table's long rows, a markdown copy's headings: a document with its lines)
    for n, page in enumerate(pages[1:], start=2):
        number = _PAGE_NUMBER_OPENING.match(page)
        if number and int(number.group(1)) == n:
            pages[n - 1] = page[number.end():]
    return [" ".join(pages)]


# A run of text this long is no paragraph but a document whose breaks a copy lost (pages given one line each, or
# joined with their line breaks): what opens a line in any document opens one there again.
# The type word run on after the header's date ("… ngày 22 tháng 12 năm 2026 THÔNG BÁO Kết luận …").
_TYPE_AFTER_DATE = re.compile(r"(?<=năm \d{4}) +(?=" + TYPE_THEN_TITLE.pattern + ")")
# The title run on into the text's first sentence: it opens on a căn cứ, a "Thực hiện" or a date.
_BODY_AFTER_TITLE = re.compile(r"(?<=\w) +(?=(?:Căn cứ|Thực hiện|Theo đề nghị|Xét đề nghị"
                               r"|Ngày \d{1,2}/\d{1,2}/\d{4},) )")
# A part's heading in capitals, apart from its text run on after it ("II. MỤC TIÊU Phấn đấu đến …")
_PART_HEADING_RUN_ON = re.compile(r"^([IVX]{1,5}\. [" + UPPER_LETTERS + r"][^" + LOWER_LETTERS + r"\n]{0,80}?["
                                  + UPPER_LETTERS + r"]) +(?=[" + UPPER_LETTERS + "][" + LOWER_LETTERS + "])")
# A dash or a lettered point that opens a point of a list, a part's heading in capitals ("II. MỤC TIÊU"), or the
# recipients' label: after the end of a sentence or a lead-in, before a capital.
_RUN_ON_POINT = re.compile(r"(?<=[.:;]) +(?=(?:-|[a-zđ]\)) [" + UPPER_LETTERS + r"]|[IVX]{1,5}\. [" + UPPER_LETTERS
                           + r"]{2}|Nơi nhận:)")


# A bilingual copy follows each line with its English translation ("Căn cứ …" / "Pursuant to …"): the English lines
# are told by the words a sentence of English cannot do without, none of them a Vietnamese syllable.
_ENGLISH_WORDS = frozenset("of and the for with shall by this from which its their is are be been to in on".split())
_ENGLISH_WORDS_IN_A_PASSAGE = 2  # distinct ones
_ENGLISH_HINT = re.compile(r"t(?<!\wt)he\b|s(?<!\ws)hall\b")  # (each word's letter first: the engine skips to it)
# a capital, or after a label a figure ("1. 100% of vessels …")
_OPENS_A_LINE_OF_ITS_OWN = re.compile(r"[\W_]*(?:(?:\d{1,2}|[a-z])[.)]\s+[A-Z\d]|[A-Z])")
_LABEL_ALONE = re.compile(r"[\W_]*(?:[IVXLC]+|\d{1,2}|[a-zđ])[.)]?[\W_]*")
_TRANSLATED_PASSAGES = 5  # reading as English, at least, and this share of the Vietnamese passages
_TRANSLATED_SHARE = 0.3


def _has_vietnamese_letters(line: str) -> bool:
    return any(ord(char) > 127 and char.isalpha() for char in line)


def _reads_as_english(line: str) -> bool:
    words = set(re.findall(r"[a-z]+", line.lower()))
    return len(words & _ENGLISH_WORDS) >= _ENGLISH_WORDS_IN_A_PASSAGE and not _has_vietnamese_letters(line)


def translations_dropped(lines: list[str]) -> list[str]:
    """A bilingual copy read in its Vietnamese alone: in a text whose Vietnamese passages are, most of them, followed
    each by one in English, those English passages are its translation ("PLAN" under "KẾ HOẠCH", "Hai Phong, 05 March
    2027"), however many lines a wrap made of them."""
    runs: list[tuple[bool, list[int]]] = []  # the lines with words, in runs of one language: Vietnamese or none
    for i, line in enumerate(lines):
        if re.search(r"[^\W\d_]{2}", line) and not _LABEL_ALONE.fullmatch(line):  # ("**III.**" over its title)
            vietnamese = _has_vietnamese_letters(line)
            if runs and runs[-1][0] == vietnamese:
                runs[-1][1].append(i)
            else:
                runs.append((vietnamese, [i]))
    # (a line a wrap carried on, "sau:", "56/2024/QH15;", opens in lower case or with a number: no translation)
    # (nor the list a Vietnamese lead-in announces, "… triển khai các dự án:" over their English names, where the
    # English line is no heading translated: "1. Phòng Tàu biển:" / "1. Ship Division:")
    translations = [run for (after_vietnamese, before), (_, run) in zip(runs, runs[1:]) if after_vietnamese
                    and _OPENS_A_LINE_OF_ITS_OWN.match(lines[run[0]])
                    and not (lines[before[-1]].rstrip(" *_").endswith(":")
                             and not lines[run[-1]].rstrip(" *_").endswith(":"))]
    english = sum(1 for run in translations if _reads_as_english(" ".join(lines[i] for i in run)))
    vietnamese_runs = sum(1 for vietnamese, _ in runs if vietnamese)
    if english < _TRANSLATED_PASSAGES or english < _TRANSLATED_SHARE * vietnamese_runs:
        return lines  # (a translation in a block of its own after the text, as a portal's page gives both, stays)
    dropped = {i for run in translations for i in run}
    return [line for i, line in enumerate(lines) if i not in dropped]


_CONTINUED = re.compile(r"^(.*?\S)\s*\((?:tiếp|tiếp theo|Tiếp|Tiếp theo|TIẾP|TIẾP THEO)\)\s*:?$")


_CLOSING_QUOTE = {"“": "”", '"': '"'}
_ARTICLE_NAMED = re.compile(r"(?<![\wđ])[Đđ]iều\s+\d")  # (a law's or a decree's article, amended: rules, no work)
_OUTLINE_LABEL = re.compile(r"\s*(?:[\dIVXLC]{1,4}(?:\.\d{1,2})*[.)]|[a-zđ][.)]|[-–+•])\s+")
# An amending clause opens, after its label, on the amending verb ("Sửa đổi, bổ sung nội dung điểm b … như sau:",
# "Điều chỉnh thời gian thực hiện nhiệm vụ số 5 như sau:") or on the part amended (`AMENDS`: "Điểm b khoản 2 mục III
# được sửa đổi như sau:"), not on what else is added ("Các khẩu hiệu tuyên truyền được bổ sung như sau:" quotes slogans)
_AMENDING_OPENING = re.compile(r"(?:" + "|".join(AMENDING_WORDS) + r")(?![\wđ])", re.I)
_LONGEST_AMENDMENT = 60  # paragraphs: an opening mark left unclosed that long quotes no amended text


def amended_text_unquoted(paragraphs: list[str]) -> list[str]:
    """The text an amending clause quotes ("6. Khoản 4 mục II được sửa đổi như sau:" / "“4. Sở Tài chính:" / "a) Chủ
    trì …" / "b) Hướng dẫn ….”"): the amended plan's own outline, read as the document's, its quotation marks
    dropped and its numbered items under the clause's number ("6.4. Sở Tài chính:"). Other quotations stay (slogans,
    a decree's articles: "Khoản 2 Điều 8 được sửa đổi như sau:" quotes rules, no plan's work)."""
    out = list(paragraphs)
    i = 0
    while i < len(out) - 1:
        opening, clause = out[i + 1][:1], out[i]
        label = _OUTLINE_LABEL.match(clause)
        start = label.end() if label else 0
        if opening not in _CLOSING_QUOTE or not clause.endswith(":") or _ARTICLE_NAMED.search(clause) \
                or not (_AMENDING_OPENING.match(clause, start) and clause.endswith("như sau:")
                        or AMENDS.match(clause, start)):
            i += 1
            continue
        closing = _CLOSING_QUOTE[opening]
        quoted = [out[i + 1][1:], *out[i + 2:i + 1 + _LONGEST_AMENDMENT]]
        close = next((k for k, p in enumerate(quoted) if p.count(closing) > (p.count(opening) if opening != closing
                                                                             else 0)), None)
        if close is None:
            i += 1
            continue
        quoted = quoted[:close + 1]
        at = quoted[close].rfind(closing)
        quoted[close] = quoted[close][:at] + quoted[close][at + 1:]
        number = _NUMBERED_PARAGRAPH.match(clause)
        if number:  # (its items' own numbers under the clause's, "6. Khoản 4 …:" / "6.4. Sở Tài chính:", not the
            # clause's next: the amended text sits inside the clause that quotes it)
            quoted = [f"{number.group(1)}.{item.group(1)}.{p[item.end(1) + 1:]}"
                      if (item := _NUMBERED_PARAGRAPH.match(p)) else p for p in quoted]
        out[i + 1:i + 2 + close] = quoted
        i += 1 + len(quoted)
    return out


def continued_headings_dropped(paragraphs: list[str]) -> list[str]:
    """A heading said again where its text goes on over a page or a slide ("III. NHIỆM VỤ … (tiếp)", "1. Phòng X
    (tiếp)"): the text under it is the earlier heading's."""
    seen: set[str] = set()
    out: list[str] = []
    for p in paragraphs:
        again = _CONTINUED.match(p) if p[-1:] in "):" else None
        if again and again.group(1).rstrip(":") in seen:
            continue
        seen.add(p.rstrip(":"))
        out.append(p)
    return out


# The capitals a Vietnamese word opens with, under their marks ("Ấ" is "A"), but a Roman numeral's ("Quý" / "I" / "năm")
# or a symbol font's bullet ("Ø")
_DROP_CAPS = frozenset("ABCDEGHKLMNOPQRSTUYĐ")
_DROP_CAP_IN_TEXT = after_a_break(re.compile(r"(?m)^\w\n[^\W\d_]"))


def drop_caps_joined(lines: list[str]) -> list[str]:
    """A print's drop cap, its paragraph's first letter on a line of its own ("N" over "ăm 2026, …"), set back on its
    word: a capital alone opening a paragraph, then a line going on in lower case."""
    out: list[str] = []
    for line in lines:
        if line[:1].islower() and out and len(out[-1]) == 1 and unicodedata.normalize("NFD", out[-1])[0] in _DROP_CAPS \
                and (len(out) == 1 or not out[-2].strip()):
            out[-1] += line
        else:
            out.append(line)
    return out


def run_on_text_split(paragraphs: list[str]) -> list[str]:
    """Each run of text too long for a paragraph apart at the type word and title after the header's date, and at
    each dash, lettered point or part's heading after a sentence (the heading apart from its text too), and the
    recipients (numbered items come apart later, as in any paragraph a copy ran them into)."""
    out: list[str] = []
    for paragraph in paragraphs:
        if len(paragraph) < _RUN_ON_PAGE or paragraph[:1] == "|":  # (a table's row keeps its cells' points)
            out.append(paragraph)
            continue
        text = _TYPE_AFTER_DATE.sub("\n", paragraph, count=1)
        type_word = text.find("\n")
        if type_word >= 0:
            text = text[:type_word] + _BODY_AFTER_TITLE.sub("\n", text[type_word:], count=1)
        for piece in _RUN_ON_POINT.sub("\n", text).split("\n"):
            out += _PART_HEADING_RUN_ON.sub("\\1\n", piece, count=1).split("\n") if piece[:1] in "IVX" else [piece]
    return out


_PAGE_MARK_AT_THE_END = re.compile(r"\s" + _PAGE_OF_PAGES.pattern + "$", re.I)  # ("… GIẢI PHÁP Trang 1/3")
_LONGEST_RUNNING_HEAD = 120  # characters
_SHORTEST_PAGE = 400  # characters: a page run into one line (not a page's mark on a line of its own)


def pages_run_into_lines_trimmed(lines: list[str]) -> list[str]:
    """A copy that ran each page into one line ("… III. NHIỆM VỤ VÀ GIẢI PHÁP Trang 1/3" / "UBND THÀNH PHỐ X - KẾ
    HOẠCH SỐ 210/KH-UBND 1. Sở Xây dựng: …") keeps the page's furniture at the line's ends: its mark, and the running
    head in capitals that every page after the first opens with. Both go; a copy with fewer than two such marks is
    left as it is."""
    ends = [i for i, line in enumerate(lines) if len(line) > _SHORTEST_PAGE and _PAGE_MARK_AT_THE_END.search(line)]
    if len(ends) < 2:
        return lines
    following = [lines[i + 1] for i in ends if i + 1 < len(lines) and lines[i + 1].strip()]
    shared = os.path.commonprefix(following)[:_LONGEST_RUNNING_HEAD] if len(following) >= 2 else ""
    head = shared[:shared.rfind(" ") + 1]
    head = head if _is_capitals(head.strip()) and len(head.split()) >= 3 else ""
    ends_set = set(ends)
    trimmed = [line.removeprefix(head) if head and i - 1 in ends_set else line for i, line in enumerate(lines)]
    return [_PAGE_MARK_AT_THE_END.sub("", line) if i in ends_set else line for i, line in enumerate(trimmed)]


# The mark a scanning app sets where each page's image begins ("[Trang 2/4 - scan_0002.jpg]", "--- Page 2 of 4 ---").
_SCANNED_PAGE_MARK = re.compile(r"[ \t]*[\[(=*–—-]*[ \t]*(?:Trang|Page)[ \t]+\d{1,3}[ \t]*(?:/|of)[ \t]*\d{1,3}\b"
                                r"[^\n\]]{0,60}[\])=*–—-]*[ \t]*", re.I)
_PRINTED_PAGE_NUMBER = re.compile(r"[ \t]*-?[ \t]*(\d{1,3})[ \t]*-?[ \t]*")


def scanned_pages_in_order(lines: list[str]) -> list[str]:
    """A scan whose pages each open on the app's mark, fed out of order ("[Trang 2/4 …]" / "3" / … / "[Trang 3/4 …]" /
    "2" / …): the pages in the order their printed numbers give, without the marks, where every page after the first
    opens on its printed number, each another."""
    marks = [i for i, line in enumerate(lines) if _SCANNED_PAGE_MARK.fullmatch(line)]
    if len(marks) < 2:
        return lines
    pages = [lines[start + 1:end] for start, end in zip(marks, [*marks[1:], len(lines)])]
    printed: list[int | None] = []
    for page in pages:
        first = next((line for line in page if line.strip()), "")
        number = _PRINTED_PAGE_NUMBER.fullmatch(first)
        printed.append(int(number.group(1)) if number else None)
    numbers = printed[1:]
    if not all(number is not None for number in numbers) or len(set(numbers)) < len(numbers) \
            or printed[0] not in (None, 1) or 1 in numbers or numbers == sorted(numbers):
        return lines  # (pages in order, or marks at the pages' feet: the page furniture's, read later)
    pages = [page for _, page in sorted(zip([1, *numbers], pages), key=lambda pair: pair[0])]
    return lines[:marks[0]] + [line for page in pages for line in page]


def copy_certification_dropped(lines: list[str]) -> list[str]:
    """A certified copy ends with the copier's own block after the document's signature ("ỦY BAN NHÂN DÂN XÃ …  SAO
    Y BẢN CHÍNH", its number, place and date, recipients and signer): the copier's, not the document's; it goes, with
    the lines in capitals above it that head it."""
    signed = False
    for i, line in enumerate(lines):
        signed = signed or _RECIPIENTS_LINE.match(line) is not None
        if signed and _COPY_CERTIFICATION.search(line):
            start = i
            while start > i - _COPIER_HEADER_LINES and lines[start - 1].strip() and lines[start - 1].isupper():
                start -= 1
            return lines[:start]
    return lines


_COPY_CERTIFICATION = re.compile(r"\b(?:SAO Y(?: BẢN CHÍNH)?|SAO LỤC|TRÍCH SAO)\b")
_RECIPIENTS_LINE = re.compile(r"\s*Nơi nhận\b")
_COPIER_HEADER_LINES = 3


def receipt_stamp_dropped(lines: list[str]) -> list[str]:
    """The stamp the receiving office sets on a paper copy's top, which a scan reads with the document ("CÔNG VĂN ĐẾN" /
    "Số: 214" / "Ngày: 12/3/2027" / "Chuyển: P.KT"): its lines go, none of them the document's (its number is not the
    document's)."""
    out: list[str] = []
    fields: set[str] | None = None  # the stamp's fields read so far, while its lines go on
    for i, line in enumerate(lines):
        if i >= _RECEIPT_STAMP_REACH and fields is None:
            return out + lines[i:]  # (past the top, no stamp begins)
        if fold(line).strip(" .:") in _RECEIPT_STAMP_TITLES:
            fields = set()
            continue
        field = _RECEIPT_STAMP_FIELD.match(fold(line)) if fields is not None else None
        if field and field[1] not in fields:  # (each field once: the document's own "Số:" follows the stamp's)
            fields.add(field[1])
            continue
        fields = None
        out.append(line)
    return out


_RECEIPT_STAMP_TITLES = ("cong van den", "van ban den", "den")
_RECEIPT_STAMP_FIELD = re.compile(r"\s*(so|ngay|gio|chuyen|luu ho so(?: so)?)\s*[:.]")
_RECEIPT_STAMP_REACH = 30  # lines from the top a receipt stamp stands within


_LONGEST_RELATED_LINKS_TITLE = 40  # characters, with its marks


def related_links_dropped(lines: list[str]) -> list[str]:
    """A portal's box of links to its other articles, set between the document's paragraphs ("TIN LIÊN QUAN" / "» Gặp
    mặt chức sắc …" / "» Biểu dương …"): its title and the run of links under it go, each link opening with one mark.
    A title without such links after it is the text's own words and stays."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        links = i + 1
        if len(lines[i]) < _LONGEST_RELATED_LINKS_TITLE and fold(lines[i]).strip(" *_#:") in RELATED_LINKS_TITLES:
            while links < len(lines) and not lines[links].strip():
                links += 1
            mark = lines[links].lstrip()[:1] if links < len(lines) else ""
            if mark in RELATED_LINK_MARKS:
                while links < len(lines) and lines[links].lstrip()[:1] == mark:
                    links += 1
                i = links
                continue
        out.append(lines[i])
        i += 1
    return out


def type_words_marks_mended(lines: list[str]) -> list[str]:
    """A type word alone on its line whose marks a scan's reading lost or misread ("CHỈ THI", "KE HOACH"): the type
    word as it is written."""
    return [_TYPE_WORDS_FOLDED.get(fold(line.strip()), line) if len(line) < _LONGEST_TYPE_LINE and line.isupper()
            else line for line in lines]


_TYPE_WORDS_FOLDED = {fold(name): name.upper() for name, _ in DOCUMENT_TYPES}
_LONGEST_TYPE_LINE = 30


def stray_bars_dropped(lines: list[str]) -> list[str]:
    """A scan's border read as a bar at a line's start ("|     5. Sở Y tế chủ trì …"), the line holding no other bar
    and the lines around it no table's row: the bar goes (and the line, if it held only the page's number)."""
    def barred(i: int) -> bool:  # (a line of a table: two bars or more)
        return 0 <= i < len(lines) and lines[i].count("|") > 1

    kept = [_STRAY_BAR.sub("", line) if line.count("|") == 1 and not barred(i - 1) and not barred(i + 1) else line
            for i, line in enumerate(lines)]
    return [line for line, was in zip(kept, lines) if line == was or not _is_page_number(line)]  # ("| 2": the page's)


_STRAY_BAR = re.compile(r"^[ \t]*\|[ \t]+(?=\S)")


def tight_bars_spaced(lines: list[str]) -> list[str]:
    """A table's rows written with their cells against the bars ("|1 |Chuyển giao …|Trung tâm X|Quý III/2027|"), as a
    converter of an old word processor's file writes them: each row written as a web copy's, a space on either side of
    each bar."""
    return [table_row(row_cells(line)) if _TIGHT_ROW.fullmatch(line) else line for line in lines]


# (a row of three cells or more, framed by bars; the text holds one with a word against its first bar)
_TIGHT_ROW = re.compile(r"[ \t]*\|(?:[^|\n]*\|){3,}[ \t]*")
_TIGHT_BAR_IN_TEXT = after_a_break(re.compile(r"(?m)^[ \t]*\|[^ \t|\n-]"))
_STRAY_BAR_LINE = after_a_break(re.compile(r"(?m)^[ \t]*\|[ \t]+\S[^|\n]*$"))


# A copy that lost its line breaks in places (a plan pasted into a chat, an e-mail client that joined its lines) runs
# a paragraph's end into the next one's label without even a space: "… khu dân cư.2. Yêu cầu", "… theo phân
# công.IV. PHÂN CÔNG NHIỆM VỤ", "… năm 2026;- 100% cơ sở …", "… ngày 17/11/2020;Thực hiện Kế hoạch …". No text
# writes a label so; seen twice, each such point is a line's end again, as is the end of a heading a dash's text ran
# into ("1. Mục đích- Hưởng ứng …", "II. CHỈ TIÊU- 100% ấp …"), and the header's and the signature's cells run into
# each other ("ỦY BAN NHÂN DÂNXÃ TÂN PHÚ", "VIỆT NAMĐộc lập", "TM. ỦY BAN NHÂN DÂNKT. CHỦ TỊCH", "(Đã ký)Trần …").
# (where breaks were lost, a dash after a sentence's end and a space is a point's too: "… tôm nuôi. - Thống kê …")
_POINT_AFTER_A_SENTENCE = re.compile(r"(?<=[" + LOWER_LETTERS + r"\d][.;])[ \t]+(?=[-–•+][ \t]+[" + UPPER_LETTERS
                                     + r"])")
_LOST_BREAK = re.compile(r"(?<=[\d" + LOWER_LETTERS + r"][.;:])(?=[IVX]{1,5}\.[ \t]+[" + UPPER_LETTERS + r"])"
                         r"|(?<=[" + LOWER_LETTERS + r"][.;:])(?=(?:\d{1,2}(?:\.\d{1,2}){0,2}[.)]|[a-zđ][.)])[ \t]+["
                         + UPPER_LETTERS + r"])|(?<=\S[.;:])(?=[-–•+][ \t]+[" + UPPER_LETTERS + r"\d]"
                         r"|(?:Căn cứ|Thực hiện|Nơi nhận)\b)")
_LEAST_LOST_BREAKS = 2
# (a cheap scan first: a mark with no space after it; each place then read in full, outside a table's rows)
_LOST_BREAK_HINT = re.compile(r"[.;:](?=[^\s.,])")
_HEADING_RUN_INTO_DASH = re.compile(r"(?m)^((?:[IVX]{1,5}|\d{1,2}(?:\.\d{1,2}){0,2}|[a-zđ])[.)][ \t]+"
                                    r"[^\n.;:!?()–-]{2,80}?[^\W\d_])(?=[-–][ \t]+[" + UPPER_LETTERS + r"\d])")
# (the header's two columns: the issuer's level and place after "NHÂN DÂN", the motto after "VIỆT NAM"; not a brand's
# capitals, "VNPost")
_CELLS_RUN_TOGETHER = re.compile(r"(?<=VIỆT NAM)(?=Độc lập)|(?<=NHÂN DÂN)(?=(?:"
                                 + "|".join(sorted({x.upper() for x in LOCALITIES}, key=len, reverse=True))
                                 + r")\b)|(?<=\))(?=[" + UPPER_LETTERS + r"][" + LOWER_LETTERS + r"])")
_SIGNING_RUN_IN = re.compile(r"(?<=[" + UPPER_LETTERS + r"]{2})(?=(?:T/?M|KT|TL|TUQ|Q)\.\s)")  # (with its dot)


def _lost_breaks_seen(text: str) -> int:
    """How many places outside a table's rows run a paragraph's end into the next label (`_LOST_BREAK`)."""
    seen = 0
    for hint in _LOST_BREAK_HINT.finditer(text):
        if _LOST_BREAK.match(text, hint.end()):
            end = text.find("\n", hint.end())
            seen += text[text.rfind("\n", 0, hint.start()) + 1:end if end >= 0 else len(text)].count("|") < 2
    return seen


def lost_breaks_restored(text: str) -> str:
    """Each line's lost breaks back (a table's row keeps its cells' marks: "| Sở Y tế;- Công an tỉnh |")."""
    return "\n".join(line if line.count("|") > 1 else _lines_apart(line) for line in text.split("\n"))


def _lines_apart(line: str) -> str:
    line = _HEADING_RUN_INTO_DASH.sub(r"\1\n", _POINT_AFTER_A_SENTENCE.sub("\n", _LOST_BREAK.sub("\n", line)))
    return _SIGNING_RUN_IN.sub("\n", _CELLS_RUN_TOGETHER.sub(" ", line))


# A viewer's gutter copied with the text ("1<TAB>ỦY BAN NHÂN DÂN", "2<TAB>  TỈNH …", "3<TAB>"): each line opens on
# its number, one after another from the first; a bar or a colon may stand between number and text.
# (a space alone after the number is a numbered line's own, "1 Rà soát …": a gutter sets its text apart)
_GUTTER = re.compile(r"[ ]*(\d{1,5})(?:\t|[ ]*[|:│][ ]?|[ ]{2,}|$)")
_GUTTER_OPENING = re.compile(r"\ufeff?[ ]*1(?:\t|[ ]*[|:│]|[ ]{2,}\S)")
_LEAST_GUTTER_LINES = 10


def line_numbers_dropped(text: str) -> str:
    """The text without the numbers of a viewer's gutter, when every line opens on its own number in turn (a plan
    whose items are numbered skips lines and repeats numbers: its labels stay)."""
    lines = text.split("\n")
    if lines and not lines[-1]:
        lines.pop()
    if len(lines) < _LEAST_GUTTER_LINES:
        return text
    kept: list[str] = []
    for number, line in enumerate(lines, start=1):
        gutter = _GUTTER.match(line.lstrip("\ufeff") if number == 1 else line)
        if gutter is None or int(gutter.group(1)) != number:
            return text
        kept.append(line.lstrip("\ufeff")[gutter.end():] if number == 1 else line[gutter.end():])
    return "\n".join(kept) + "\n"


# A reviewer's comment a word processor's text export sets after the words it was made on, with its author's initials
# and number ("… năm 2027[Comment NTL1: Văn thư cho số sau khi …]"): the reviewer's, none of the document.
_REVIEWERS_COMMENT = re.compile(r"\[(?:Comment|Nhận xét)\s*[^\]\n:]{0,20}:[^\]\n]*\]")


def normalise(raw: RawText) -> str:
    """Raw reader output -> normalised text, one paragraph (or table row, or cell) per line."""
    text = raw.text
    if _GUTTER_OPENING.match(text):  # (first: every line's opening is the viewer's, not the text's)
        text = line_numbers_dropped(text)
    if text[:100].lstrip("\ufeff`yaml \r\n")[:2] == "- " and looks_like_aria_snapshot(text):  # (first: a tree of strings)
        text = aria_snapshot_as_text(text)
    if "  " in text and looks_like_screen_reader_speech(text):  # (before any markup: its lines are speech, not marks)
        text = screen_reader_speech_as_text(text)
    if (text[:1] in ".'" or "\n." in text) and looks_like_groff(text):  # (first: its tbl tabs and "@@" are source)
        text = groff_as_text(text)
    if "<pstyle:" in text and looks_like_tagged_text(text):  # (first: its tags hold the paragraphs)
        text = tagged_text_as_text(text)
    if "+--" in text or "┌" in text or "├" in text or "╔" in text:  # a grid table's bars first, before other marks
        text = "\n".join(rebuild_grid_tables(text.split("\n")))
    if ("@@" in text or " + " in text) and looks_like_version_comparison(text):  # (first: any markup may be compared)
        text = later_version(text)
    if "]{." in text:  # (before any markup: a reviewer's comment may hold any of it)
        text = tracked_changes_applied(text)
    if "[Comment" in text or "[Nhận xét" in text:
        text = _REVIEWERS_COMMENT.sub("", text)
    if "<table" in text or "<TABLE" in text:  # a markdown copy's HTML tables (an HTML page's, the reader has read)
        text = tables_in_text_read(text)
    # (before MediaWiki, whose marks a DokuWiki page's "''mono''", "{{media}}" and "[[links]]" can add up to)
    if ("==" in text or "\n^" in text or text[:1] == "^" or "\\\\" in text or "  - " in text or "  * " in text) \
            and looks_like_dokuwiki(text):
        text = dokuwiki_as_text(text)
    if ("!!" in text or "type: text/" in text) and "''" in text and looks_like_tiddlywiki(text):
        text = tiddlywiki_as_text(text)  # (before MediaWiki, whose "''" and "|" it also has)
    if ("'''" in text or "{|" in text) and looks_like_mediawiki(text):  # (before a cell's "<br/>" is read as a list)
        text = mediawiki_as_text(text)
    if "SAO" in text:  # (before the signature's columns are read apart: the copier's block stands in both)
        text = "\n".join(copy_certification_dropped(text.split("\n")))
    if "Trang" in text:
        text = "\n".join(pages_run_into_lines_trimmed(text.split("\n")))
    if ("Slide" in text or "chiếu" in text) and len(_SLIDE_MARK.findall(text)) >= _LEAST_SLIDES:
        text = "\n".join(slide_footers_dropped(text.split("\n")))
    if "     " in text and looks_like_two_columns(text):  # (before the gaps go: a page of two columns)
        text = "\n".join(columns_read_apart(text.split("\n")))
    if "\t" in text:  # (before the tabs go: a record's fields in a table of two columns)
        text = "\n".join(field_cells_named(text.split("\n")))
    text = ocr_slips_mended(normalise_text(_copy_marks_read(text)))
    if "-\n" in text:
        text = _SYLLABLE_CUT_AT_A_HYPHEN.sub(_syllable_rejoined, text)
    if "\\begin{" in text and looks_like_latex(text):
        text = latex_as_text(text)
    if "#" in text and looks_like_typst(text):
        text = typst_as_text(text)
    if "\n*" in text and looks_like_org(text):
        text = org_as_text(text)
    if ("[" in text or "- " in text) and looks_like_note_markup(text):  # (an outliner's page may hold no link)
        text = note_markup_as_text(text)
    if (":::" in text or "```" in text) and looks_like_pandoc_markdown(text):
        text = pandoc_markdown_as_text(text)
    if looks_like_restructuredtext(text):  # (before AsciiDoc, which a simple table's "==  ====" rules look like)
        text = restructuredtext_as_text(text)
    if "==" in text and looks_like_asciidoc(text):
        text = asciidoc_as_text(text)
    elif "[/" in text and looks_like_bbcode(text):
        text = bbcode_as_text(text)
    elif "h" in text and looks_like_wiki_markup(text):
        text = wiki_markup_as_text(text)
    if "\\" in text:
        text = _MARKDOWN_HARD_BREAK.sub("", _MARKDOWN_ESCAPE.sub(r"\1", text))
    # (a browser's text save marks bold with single stars around the words, "*1. Sở Y tế:*", as markdown's italics,
    # and italics with slashes, "/Đồng Tháp, ngày 24 tháng 11 năm 2026/")
    # (scanned after a break of its own, as the text stands here: see `linescan`)
    starred = len(_STARRED_LINE.findall("\n" + text)) >= _LEAST_STARRED_LINES
    markdown = raw.format == "md" or text.count("**") >= 4 or starred or (
        "__" in text and len(_UNDERSCORED_LINE.findall(text)) >= _LEAST_STARRED_LINES)
    if starred and "/\n" in text:
        text = _SLASHED_CELL.sub(r"\1\2", text)
    if _lost_breaks_seen(text) >= _LEAST_LOST_BREAKS:
        text = lost_breaks_restored(text)
    as_read = [_letters_closed_up(line) if "  " in line else line for line in text.split("\n")]
    text_after_a_break = "\n" + text  # (for the scans for a line's opening: see `linescan`)
    if not markdown and "**" in text:  # a copy with one bold line (its type word): the marks go all the same
        as_read = [_WHOLE_BOLD_LINE.sub(r"\1", line) if "**" in line else line for line in as_read]
    if "Trang" in text or "Page" in text or "TRANG" in text:
        as_read = scanned_pages_in_order(as_read)
    if "\f" in text and raw.format != "pdf":  # (the PDF reader knows its pages' furniture by where it stands)
        as_read = page_furniture_dropped(page_numbers_apart(as_read))
    if len(text) > _RUN_ON_PAGE:
        as_read = pages_run_on_joined(as_read)
    if _STAMP_HINT.search(text) or ":\\" in text or "file:///" in text or "FROM" in text or "FAX" in text:
        # (cheap scans first: a literal opens each)
        as_read = viewers_stamps_dropped(as_read)
    if _DROP_CAP_IN_TEXT.search(text_after_a_break):
        as_read = drop_caps_joined(as_read)
    if ":" in text and len(_CHAT_HEADER.findall(text, 0, _CHAT_REACH)) >= _LEAST_CHAT_HEADERS:
        as_read = chat_headers_dropped(as_read)
    before_the_chats = as_read
    if ":" in text and len(_CLOCK_LINE_IN_TEXT.findall(text_after_a_break)) >= _LEAST_CHAT_HEADERS:
        as_read = message_stamps_dropped(clocked_conversation_dropped(as_read))
    if ("]" in text or "M\n" in text or "SA\n" in text or "CH\n" in text) \
            and len(_TIMED_SENDER_IN_TEXT.findall(text)) >= _LEAST_TIMED_MESSAGES:
        as_read = conversation_dropped(as_read)
    if as_read is before_the_chats and "\n\n" in text and _DOCUMENT_LINE_IN_TEXT.search(text):
        # (a chat whose messages the times part is read so already: its blocks are the document's paragraphs)
        as_read = named_conversation_dropped(as_read)
    as_read = field_names_over_values_joined(as_read)
    if ":" in text and len(_TURN_STAMP_IN_TEXT.findall(text)) >= _LEAST_TURNS:
        as_read = transcript_turns_read(as_read)
    if "/" in text and _MESSAGE_PART_IN_TEXT.search(text_after_a_break):
        as_read = message_parts_joined(as_read)
    if "\n--" in text and len(_MAIL_HEADER.findall(text, 0, _MAIL_HEADERS_REACH)) >= _LEAST_MAIL_HEADERS:
        as_read = mail_signature_dropped(as_read)
    if "  " in text and _MOTTO_CUT.search(text, 0, _MOTTO_REACH):
        as_read = motto_wraps_mended(as_read)
    if " - " in text and (" - Số" in text and _DASHED_HEADER.search(text)
                          or _DASHED_SIGNATURE_IN_TEXT.search(text_after_a_break)):
        as_read = dashed_cells_apart(as_read)
    if "can" in text or "uét" in text:  # ("Scanned with …", "Được quét bằng …": a scanning app's mark)
        as_read = [line for line in as_read if not SCANNER_WATERMARK.match(line)]
    if "(còn" in text or "(Còn" in text or "(tiếp theo" in text:
        as_read = [line for line in as_read if not _CONTINUATION_NOTE.fullmatch(line)]
    if "ĐẾN" in text or "DEN" in text:
        as_read = receipt_stamp_dropped(as_read)
    as_read = type_words_marks_mended(as_read)
    if any(mark in text for mark in RELATED_LINK_MARKS):
        as_read = related_links_dropped(as_read)
    # (a line of one bar, at its start: most tables have none)
    if "|" in text and _STRAY_BAR_LINE.search(text_after_a_break):
        as_read = stray_bars_dropped(as_read)
    if "|" in text and _TIGHT_BAR_IN_TEXT.search(text_after_a_break):
        as_read = tight_bars_spaced(as_read)
    if _GLUED_LABEL_IN_TEXT.search(text_after_a_break):
        as_read = [_GLUED_LABEL.sub(r"\1 ", line) if line[:1].isalnum() else line for line in as_read]
    if _ENGLISH_HINT.search(text):  # (a quick look first: most plans hold no English sentence)
        as_read = translations_dropped(as_read)
    glued_notes: list[str] = []
    if raw.format != "pdf" and _NOTE_OPENING.search(text):  # (the PDF reader sets its pages' notes apart)
        as_read, glued_notes = glued_notes_apart(as_read)
    source_lines = rebuild_aligned_tables(as_read)  # first: it writes its rows as a web copy's, read next
    if NUMBER_HEAD_LINE.search(text):
        source_lines = rebuild_column_blocks(source_lines)
    if GLUED_CELLS.search(text):
        source_lines = rebuild_glued_rows(source_lines)
    if ";" in text or "," in text:
        source_lines = rebuild_delimited_tables(source_lines)
    if "TT:" in text or "TT :" in text or "tt:" in text or "thứ tự:" in text:
        source_lines = rebuild_card_tables(source_lines)
    if "|" in text or source_lines != as_read:
        source_lines = rebuild_tables(source_lines)
        if "Nơi nhận" in text:
            source_lines = signature_table_by_columns(source_lines)
    # before page numbers go: a row's number, a figure alone on its line, looks like one
    source_lines = rebuild_figure_tables(rebuild_cell_tables(source_lines))
    if markdown and "1. " in text:
        source_lines = numbered_as_rendered(source_lines)
    lettered = _PART_LETTERED_IN_TEXT.search(text_after_a_break) is not None
    # (before the wraps are joined: labels end them)
    lines = _read_lines(part_lettered_items(source_lines, wrapped=True) if lettered else source_lines, markdown)
    wrapped = raw.wrapped if raw.wrapped is not None else _is_wrapped(lines)
    lines, notes = _notes_under_a_rule(lines)
    if raw.format != "pdf":  # a gazette's running heads, a screenshot's status bars: in any copy of such pages
        furniture = _numbered_running_heads(lines) | _status_bars(lines)
        if "Ký bởi" in text:
            furniture |= _signature_stamps(lines)
        lines = [line for i, line in enumerate(lines) if i not in furniture] if furniture else lines
    if wrapped and raw.format != "pdf":
        # Without the page's geometry, a number alone on its line reads as a page number (a table's
        # row numbers go with it). The PDF reader, which knows where a line stands, has taken out the
        # page numbers, running heads and footnotes already, and keeps a number that is none ("… ngày 25
        # tháng 11 năm" / "2025" in a narrow header cell).
        numbers = [_is_page_number(line.text) and not _date_number(lines, i) for i, line in enumerate(lines)]
        running = _running_heads(lines, numbers)
        lines = [line for i, line in enumerate(lines) if not numbers[i] and i not in running]
        lines, more_notes = _split_footnotes(lines)
        notes += more_notes
    elif "Trang" in text and raw.format != "pdf":
        # "Trang 3/3", "-- Trang 3 --", a viewer's page mark, though the lines are paragraphs; and the site's name it
        # sets beside each
        marks = [bool(_PAGE_OF_PAGES.fullmatch(line.text) or _PAGE_MARK.fullmatch(line.text)) for line in lines]
        running = _running_heads(lines, marks) if sum(marks) > 1 else set()
        lines = [line for i, line in enumerate(lines) if not marks[i] and i not in running]
    if raw.wrapped is False:  # the reader knows each line is a paragraph (a DOCX paragraph, say)
        paragraphs = _broken_sentences_joined([line.text for line in lines])
    else:
        paragraphs = _join_wrapped(lines, _Layout(lines, wrapped, markdown))
    paragraphs = run_on_text_split([collapse_spaces(p) if "  " in p else p for p in paragraphs])
    if "như sau:" in text:
        paragraphs = amended_text_unquoted(paragraphs)
    paragraphs = split_inline_points(split_inline_first_points(split_inline_items(split_inline_bullets(paragraphs))))
    if "...." in text or "……" in text:  # (read as paragraphs: a row's line may wrap)
        paragraphs = rebuild_leader_tables(paragraphs)
    if any(p[:1] == "|" for p in paragraphs):  # (rows of any layout, rebuilt above)
        paragraphs = rows_spelt_out(continued_rows_joined(paragraphs))
    # (the items' letters again, where emphasis or a wrap left a part's heading to be read from its lines)
    paragraphs = canonical_labels(part_lettered_items(paragraphs) if lettered else paragraphs)
    paragraphs = restarted_points_lettered(paragraphs)
    paragraphs = numbered_work(ordinal_paragraphs(ordinal_parts(paragraphs)))
    paragraphs = split_glued_headings(paragraphs)
    if "(tiếp" in text or "(Tiếp" in text or "(TIẾP" in text:
        paragraphs = continued_headings_dropped(paragraphs)
    if notes or glued_notes:
        paragraphs += [FOOTNOTES_HEADING] + [" ".join([*glued_notes, *(line.text for line in notes)])]
    return "\n".join(paragraphs) + "\n"
