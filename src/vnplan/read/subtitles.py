"""Subtitles: a plan read aloud and captioned, as SubRip (`.srt`) or WebVTT (`.vtt`), often saved as `.txt`.

SubRip: each cue a number line, a timing line ("00:00:01,000 --> 00:00:04,000", position coordinates may follow), its
text lines, a blank line. WebVTT: a "WEBVTT" header, then blocks parted by blank lines: NOTE, STYLE and REGION blocks,
and cues of an optional identifier, a timing line ("00:01.000 --> 00:04.000 align:start position:10%") and the text,
which may hold tags (`<v Speaker>`, `<c.class>`, `<i>`, `<b>`, karaoke timestamps `<00:00:05.000>`) and entities
(`&amp;`). Numbers, timings, tags, speaker marks and the cues of sounds ("[Nhạc hiệu]", "(tiếng vỗ tay)", "♪ …") are
no text; a cue made only of a sound parts what is read before it from what is read after it.

What a cue is: a unit of speech, so neither one paragraph nor one line of the document. A long paragraph is read over
several cues, and a cue may end one paragraph and open the next. The reader joins the text back into paragraphs:

- inside a cue, a line break is the captioning tool's wrap (at ~40–50 columns) and is joined, except where the
  document itself breaks the line: a header's or signature's line in capitals ("ỦY BAN NHÂN DÂN XÃ …" over "CỘNG HÒA
  …", "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH"), the number and the place-and-date lines, the type word over its
  title, a whole line in brackets ("(Đã ký)"), and a line that opens with a label ("1.", "a)", "- ", "Điều 2.");
- across cues, a cue goes on with the paragraph before it when that paragraph stopped mid-sentence: not on a
  sentence's punctuation, ":" or ";", and the cue opens in lowercase, or in capitals right after a comma, a dash, a
  word that needs what follows ("của", "với", "số", …) or a name's capitalised word ("… phối hợp với Ban" / "Chỉ huy
  Quân sự …"). A cue that opens with a label, or in capitals after a heading ("1. Mục đích" / "Nâng cao …"), opens a
  paragraph. Where a sentence ends with a cue, the next cue opens a paragraph: normalising then joins a lowercase rest
  after a semicolon as it does for any text whose lines are paragraphs.

The text comes out one paragraph per line (`wrapped=False`), as a word processor's document does.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from ..lexicon import DOCUMENT_TYPES, RUNNING_ON_WORDS, UPPER_LETTERS
from . import RawText

# A cue's timing: hours optional (WebVTT), a comma or a dot before the milliseconds; settings or coordinates after it.
_TIME = r"(?:\d{1,3}:)?\d{1,2}:\d{2}[,.]\d{1,3}"
_TIMING = re.compile(r"\s*" + _TIME + r"\s*-->\s*" + _TIME + r"(?:\s.*)?")
_BLOCK_KEYWORD = re.compile(r"(?:NOTE|STYLE|REGION)(?:\s|$)")  # WebVTT's blocks that hold no cue
_HEAD_LINES = 12  # non-blank lines of a file's head looked at to tell subtitles

# What the text lines carry that is not the document's text.
# "{\an8}": a position an SRT borrowed from ASS. (No "{" inside: an attempt stops at the next one, not at the end of
# a line of "{\" with no "}".)
_ASS_OVERRIDE = re.compile(r"\{\\[^{}]*\}")
_TAG = re.compile(r"</?(?:[A-Za-z][^<>]*|\d{1,2}:\d{2}(?::\d{2})?[.,]\d{1,3})>")  # <v Ann>, </c>, <00:00:05.000>
_SPEAKER_CHANGE = re.compile(r"^\s*>>+\s*")  # ">>" (a broadcast caption's new speaker)
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200e\u200f\u202a\u202b\u202c\ufeff"))
# Sounds: any bracketed words in square brackets ("[Nhạc hiệu]", "[Vỗ tay]"; "[1]", a note's mark, is kept); words in
# round brackets that open on a sound ("(tiếng vỗ tay)", "(Nhạc nền)"; "(Đã ký)", "(tiếng Mông)" are kept); music.
# The square brackets are matched whole and their letter looked for after: a pattern that sought the letter inside
# them would try each letter of a "[" left open as the place to split the words before it from those after.
_SQUARE = re.compile(r"\[[^\[\]]*\]")
_LETTER = re.compile(r"[^\W\d_]")
_SOUND_WORDS = (r"nhạc|tiếng\s+(?:vỗ\s+tay|cười|nhạc|chuông|trống|còi|ồn|động\s+cơ|mưa|gió|hát|hô)|vỗ\s+tay|cười"
                r"|âm\s+thanh|im\s+lặng|ồn\s+ào"
                r"|music|applause|laughter|laughs|laughing|silence|inaudible|noise|cheering")
_ROUND_SOUND = re.compile(r"\(\s*(?:" + _SOUND_WORDS + r")(?![\wđ])[^()]{0,60}\)", re.IGNORECASE)
_MUSIC = re.compile("[♪♫♬🎵🎶]")

# The document's own line breaks.
_LABEL = re.compile(
    r"(?:PHẦN|MỤC|CHƯƠNG|Phần|Mục|Chương|Điều)\s+[IVXLC\d]+\b"
    r"|[IVXLC]{1,6}[.)/-]\s|[A-ZĐ]\.\s|\d{1,2}(?:\.\d{1,2}){0,3}[.)/]\s|\d{1,2}(?:\.\d{1,2}){1,3}\s|\d{1,2}-\s"
    r"|[a-zđ][).]\s|\((?:\d{1,2}|[a-zđ]|[ivx]{1,4})\)\s|[-–—+*]\s+(?=\S)|[•◦○▪]\s*(?=\S)")
_NUMBERED_LABEL = re.compile(r"(?:PHẦN|MỤC|CHƯƠNG|Phần|Mục|Chương|Điều)\s|\d")  # "Điều 5", "15."
_RANGE_GOES_ON = re.compile(r"[-–—]\s*\d")  # "- 2030" after "2026"
_NUMBER_LINE = re.compile(r"Số\s*(?:hiệu|ký hiệu)?\s*:", re.IGNORECASE)
_DATE_LINE = re.compile(r"[" + UPPER_LETTERS + r"][^,]{0,40},\s*ngày\s+(?:\d{1,2}|[.…]+)\s+tháng\s+(?:\d{1,2}|[.…]+)"
                        r"\s+năm\s+(?:\d{4}|[.…]+)\s*", re.IGNORECASE)  # "Tân Hưng, ngày 12 tháng 02 năm 2026"
_TYPE_WORD = re.compile(r"(?:" + "|".join(pattern for _, pattern in DOCUMENT_TYPES) + r")\s*")
_BRACKETED = re.compile(r"\([^()]*\)")  # a whole line in brackets: "(Đã ký)", "(Kèm theo Kế hoạch số …)"
_OWN_PARAGRAPH = re.compile(r"(?:Căn cứ|Nơi nhận|Kính gửi)(?![\wđ])")
_SENTENCE_END = tuple(".!?…:;")
_CLOSING_MARKS = "\"”’')»"
_RUNS_ON = frozenset(RUNNING_ON_WORDS)
_RUNS_ON_PAIRS = frozenset(word for word in RUNNING_ON_WORDS if " " in word)
_CAPITAL_WORD = re.compile(r"[" + UPPER_LETTERS + r"][^\W\d_]*")
_NAME_WORDS = 5
_WORD = re.compile(r"\S+")


@dataclass
class _Cue:
    lines: list[str] = field(default_factory=list)
    sound: bool = False  # it held only sounds (music, applause): a pause in the reading


def looks_like_subtitles(head: bytes | str) -> bool:
    """A WebVTT file ("WEBVTT" first), or a SubRip one: a cue's number, then its timing, opening the file (or cues
    with no number, a timing first)."""
    if isinstance(head, bytes):
        if head.startswith((b"\xff\xfe", b"\xfe\xff")):
            head = head.decode("utf-16", errors="ignore")
        else:
            head = head.decode("utf-8", errors="ignore")
    head = head.lstrip("\ufeff \t\r\n")
    if head.startswith("WEBVTT") and (len(head) == 6 or head[6] in " \t\r\n"):
        return True
    lines = [line.strip() for line in head.splitlines() if line.strip()][:_HEAD_LINES]
    if len(lines) >= 2 and lines[0].isdigit() and _TIMING.fullmatch(lines[1]):
        return True
    # a writer that numbers no cue (WebVTT's cues without the header): two timings in the head, the first opening it
    return bool(lines) and _TIMING.fullmatch(lines[0]) is not None and sum(
        _TIMING.fullmatch(line) is not None for line in lines) >= 2


def subtitle_format(text: str) -> str:
    return "vtt" if text.lstrip("\ufeff \t\r\n").startswith("WEBVTT") else "srt"


def read_subtitles(text: str, name: str = "") -> RawText:
    """The plan read in the captions, one paragraph per line."""
    paragraphs = subtitle_paragraphs(text)
    if not paragraphs:  # no cue at all: a file named .srt that holds something else
        return RawText(text, "txt")
    return RawText("\n".join(paragraphs), subtitle_format(text), wrapped=False)


# --- cues --------------------------------------------------------------------------------------------------------


def _cues(text: str) -> list[_Cue]:
    """The cues' text lines, in order. Lines between blocks that no timing line follows (a SubRip writer that left a
    blank line inside a cue's text) go with the cue before them; a number or an identifier before a timing is none."""
    cues: list[_Cue] = []
    pending: list[str] = []  # text after a blank line, before a timing line or another blank line
    state = "start"  # start | header | skip | cue | gap

    def orphans(lines: list[str]) -> None:
        lines = [line for line in lines if not line.strip().isdigit()]
        if lines and cues:
            cues[-1].lines += lines

    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = raw.translate(_INVISIBLE).rstrip()
        stripped = line.strip()
        if _TIMING.fullmatch(stripped):
            orphans(pending[:-1])  # (the last: the cue's number or identifier)
            pending = []
            cues.append(_Cue())
            state = "cue"
        elif not stripped:
            if state == "gap":
                orphans(pending)
                pending = []
            state = "gap" if state != "start" else state
        elif state == "cue":
            cues[-1].lines.append(line)
        elif state in ("header", "skip"):
            continue
        elif state == "start" and stripped.startswith("WEBVTT"):
            state = "header"
        elif not pending and _BLOCK_KEYWORD.match(stripped):
            state = "skip"
        else:
            pending.append(line)
            state = "gap" if state != "start" else state
    orphans(pending)
    return cues


def _square_sound(match: re.Match[str]) -> str:
    """Square brackets round words are a sound, gone; round a number alone ("[1]", a note's mark) they are kept."""
    return "" if _LETTER.search(match.group()) else match.group()


def _clean(line: str) -> str:
    """A caption line's text: no tags, entities read, no sound, no speaker mark."""
    line = _ASS_OVERRIDE.sub("", line) if "{\\" in line else line
    line = _TAG.sub("", line) if "<" in line else line
    if "&" in line:
        line = html.unescape(line)
    line = line.replace("\u00a0", " ")
    if _MUSIC.search(line):
        return ""  # a song's words, or a note alone
    if "[" in line:
        line = _SQUARE.sub(_square_sound, line)
    if "(" in line:
        line = _ROUND_SOUND.sub("", line)
    if ">" in line:
        line = _SPEAKER_CHANGE.sub("", line)
    line = re.sub(r"\s{2,}", " ", line).strip()
    return line if any(char.isalnum() for char in line) else ""  # ("…", a dash alone: no text)


def _cleaned_cues(text: str) -> list[_Cue]:
    """Each cue's lines cleaned. A caption that rolls up repeats the lines of the cue before it at its top (a web
    video's automatic captions): they are read once."""
    out: list[_Cue] = []
    previous: list[str] = []
    for cue in _cues(text):
        lines = [cleaned for cleaned in map(_clean, cue.lines) if cleaned]
        raw_lines = lines
        repeated = next((k for k in range(min(len(previous), len(lines)), 0, -1)
                         if previous[-k] == lines[0] and previous[-k:] == lines[:k]), 0)  # (no copy where none can be)
        lines = lines[repeated:]
        if raw_lines:
            previous = raw_lines
        if lines:
            out.append(_Cue(lines))
        elif not repeated and any(line.strip() for line in cue.lines):
            out.append(_Cue(sound=True))
    return out


# --- the document's lines ----------------------------------------------------------------------------------------


# What `_capitals` asks of a text's letters: whether one is not a capital (then the text is in capitals whatever is
# added to it), else how many capitals it holds, up to two. Told of each line once and joined as the lines are, so that
# a paragraph read over thousands of cues, or a cue of thousands of wrapped lines, is not read again at each one.
_NOT_CAPITALS = -1


def _capital_letters(text: str) -> int:
    """`_NOT_CAPITALS` at the text's first letter that is not a capital, else its capitals counted up to two."""
    count = 0
    for char in text:
        if char.isalpha():
            if not char.isupper():
                return _NOT_CAPITALS
            count += 1
    return min(count, 2)


def _joined_letters(first: int, second: int) -> int:
    """`_capital_letters` of two texts joined, from theirs."""
    return _NOT_CAPITALS if _NOT_CAPITALS in (first, second) else min(first + second, 2)


def _capitals(text: str) -> bool:
    """A line in capitals ("ỦY BAN NHÂN DÂN XÃ …", "KT. CHỦ TỊCH"), two letters at least."""
    return _capital_letters(text) == 2


def _labelled(text: str) -> bool:
    return _LABEL.match(text) is not None


def _alone(text: str) -> bool:
    """A line the document sets on its own whatever follows: the number, the place and date, the type word, a whole
    line in brackets. (Between two of a cue's lines, the text so far on one side.)"""
    return (_NUMBER_LINE.match(text) is not None or _DATE_LINE.fullmatch(text) is not None
            or _TYPE_WORD.fullmatch(text) is not None
            or text.endswith(")") and _BRACKETED.fullmatch(text) is not None)


# The tests below are asked of a paragraph at each cue: they read its end or its start only, never the whole of it.
def _last_words(text: str, count: int) -> str:
    """The text's last `count` words (split at single spaces; the whole text if it has fewer)."""
    start = len(text)
    for _ in range(count):
        start = text.rfind(" ", 0, start)
        if start < 0:
            return text
    return text[start + 1:]


def _last_word(text: str) -> str:
    return _last_words(text, 1)


def _runs_on(text: str) -> bool:
    """`text` cannot end a sentence: it ends on a comma, a dash, an open bracket or a word that needs what follows."""
    if text.endswith((",", "-", "–", "(", "/")):
        return True
    return _last_word(text).lower() in _RUNS_ON or _last_words(text, 2).lower() in _RUNS_ON_PAIRS


def _ends_sentence(text: str) -> bool:
    end = len(text)
    while end and text[end - 1] in _CLOSING_MARKS:
        end -= 1
    return text.endswith(_SENTENCE_END, 0, end) or text.endswith(_SENTENCE_END)


def _name_line(text: str) -> bool:
    """A line of a few words, each capitalised: a person's name under a signature ("Nguyễn Văn An")."""
    words = [match.group() for match, _ in zip(_WORD.finditer(text), range(_NAME_WORDS + 1))]
    return 2 <= len(words) <= _NAME_WORDS and all(_CAPITAL_WORD.fullmatch(word) for word in words)


def _label_opens(before: str, line: str) -> bool:
    """A label at the line's start opens an item, unless it is a number the wrap or the cue pushed down after words that
    need it ("… quy định tại" / "Điều 5 Luật …", "… giai đoạn 2026" / "- 2030")."""
    if not _labelled(line):
        return False
    if _RANGE_GOES_ON.match(line):
        return not before[-1:].isdigit()
    return not (_NUMBERED_LABEL.match(line) and _runs_on(before))


def _breaks_inside(before: str, line: str, before_capitals: bool, line_capitals: bool) -> bool:
    """Whether the line break before a cue's `line` is the document's, not the captioning tool's wrap; `before`: the
    cue's text so far since the last such break; `…_capitals`: whether each is in capitals (`_capitals`)."""
    if _labelled(line):
        return _label_opens(before, line)
    if before_capitals and line_capitals:
        # a heading's capitals wrapped ("II. NHIỆM VỤ VÀ GIẢI PHÁP" / "TRỌNG TÂM"), not two lines of a header
        return not (_labelled(before) and not _ends_sentence(before))
    return before_capitals or line_capitals or _alone(before) or _alone(line)


def _opens_paragraph(text: str) -> bool:
    return _capitals(text) or _alone(text) or _OWN_PARAGRAPH.match(text) is not None


def _goes_on(paragraph: str, text: str, title: bool, capitals: bool) -> bool:
    """Whether a cue's first line goes on with the paragraph the cue before ended on. `title`: that paragraph is the
    title under the type word, or a header's line under one in capitals, which goes on only in lowercase (not into the
    text's first sentence); `capitals`: the paragraph is in capitals (`_capitals`)."""
    if _ends_sentence(paragraph) or capitals or _alone(paragraph) or _opens_paragraph(text):
        return False
    if _labelled(text):
        return not _label_opens(paragraph, text)
    if text[:1].islower():
        return True
    if title or _name_line(paragraph):
        return False
    return _runs_on(paragraph) or _CAPITAL_WORD.fullmatch(_last_word(paragraph)) is not None


def _added(text: str, more: str) -> str:
    """`text` then `more`, parted by a space. (`text` taken out of its list first: held by nothing else, it is
    lengthened where it is rather than copied, which a paragraph read over thousands of cues would be at each one.)"""
    text += " "
    text += more
    return text


def subtitle_paragraphs(text: str) -> list[str]:
    """The document's paragraphs from the captions' cues (see the module's notes)."""
    paragraphs: list[str] = []
    pause = True  # a sound cue, or the start: nothing goes on across it
    title_at = -1  # the index of the paragraph under the type word
    header_line = False  # the last paragraph is a header's line under one in capitals ("Độc lập - Tự do - Hạnh phúc")
    last_letters = _NOT_CAPITALS  # the last paragraph's `_capital_letters`
    for cue in _cleaned_cues(text):
        if cue.sound:
            pause = True
            continue
        pieces = [cue.lines[0]]
        letters = [_capital_letters(cue.lines[0])]  # each piece's `_capital_letters`
        for line in cue.lines[1:]:
            line_letters = _capital_letters(line)
            if _breaks_inside(pieces[-1], line, letters[-1] == 2, line_letters == 2):
                pieces.append(line)
                letters.append(line_letters)
            else:
                pieces.append(_added(pieces.pop(), line))
                letters[-1] = _joined_letters(letters[-1], line_letters)
        title = header_line or len(paragraphs) - 1 == title_at
        if not pause and paragraphs and _goes_on(paragraphs[-1], pieces[0], title, last_letters == 2):
            paragraphs.append(_added(paragraphs.pop(), pieces.pop(0)))
            last_letters = _joined_letters(last_letters, letters.pop(0))
        for index, piece in enumerate(pieces):
            if paragraphs and _TYPE_WORD.fullmatch(paragraphs[-1]):
                title_at = len(paragraphs)
            paragraphs.append(piece)
            header_line = index > 0 and letters[index - 1] == 2
            last_letters = letters[index]
        pause = False
    return paragraphs
