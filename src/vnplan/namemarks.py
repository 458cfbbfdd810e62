"""The words of a body's name with the marks a scan misread, given the vocabulary's: "Cục Lâm nghiệp và Kiêm lâm",
"Trạm Y tê xã", "Phòng Kinh tế, Hạ tằng và Đô thi" read as "… Kiểm lâm", "Trạm Y tế xã", "… Hạ tầng và Đô thị".

A run of words opening on a capital, on a line that names a body by its head ("Hạt", "Phòng", "Trạm" …), whose plain
letters are those of one of the agency vocabulary's names, heads or fields of two words or more, spelt with marks that
differ (a word typed without any is left as typed: see `marks`): the vocabulary's words, in the case written. It
follows a head on its line or is one; a place's name after its level ("xã Vạn Hòa"), a name in capitals ("Khu kinh tế
Vân Phong"), a run that goes on from a proper name ("Khánh Hòa và …") and plain letters two of the vocabulary's names
share are left as written.
"""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice

from .extract import agency_lexicon as lex
from .lexicon import UPPER_LETTERS
from .marks import cased
from .textfold import fold

_CAPITAL_HEADS = "|".join(re.escape(head) for head in lex.HEAD_WORDS if head[:1].isupper())
_HEAD = re.compile(r"(?:" + _CAPITAL_HEADS + r")(?![^\W\d_])")
_HEAD_BEFORE = re.compile(r"(?:^|[\s(])(?:" + _CAPITAL_HEADS + r")(?![^\W\d_])[^\n.;:]{0,60}$")
_LEVEL_BEFORE = re.compile(r"(?:" + "|".join(sorted(map(re.escape, lex.LOCALITIES), key=len, reverse=True))
                           + r")\s+$", re.I)
_WORD = re.compile(r"[^\W\d_]+")
_CAPITAL_WORD = re.compile(r"[" + UPPER_LETTERS + r"][^\W\d_]*")
# a capital word right before, no head's: the run goes on from a proper name ("Khánh Hòa và …")
_INSIDE_A_PROPER_NAME = re.compile(r"(?<![^\W\d_])(?!(?:" + _CAPITAL_HEADS + r") $)[" + UPPER_LETTERS + r"][^\W\d_]* $")


@lru_cache(maxsize=1)
def _name_phrases() -> dict[tuple[str, ...], tuple[tuple[str, ...], tuple[str, ...]]]:
    """The vocabulary's names, heads and fields of two words or more, each by its plain letters ("kiem", "lam") -> its
    words as spelt ("Kiểm", "lâm") and the marks between them; plain letters two of them share are none's."""
    strings = [*lex.HEADS, *(name for name, _ in lex.FIELDS), *lex.COMMUNE_OFFICE_FIELDS, *lex.NAME_FIELDS,
               *lex.NATIONWIDE.values(), *lex.NAME_ABBREVIATIONS.values()]
    phrases: dict[tuple[str, ...], set[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
    for string in strings:
        words = tuple(_WORD.findall(string))
        if 1 < len(words) <= _LONGEST:
            phrases.setdefault(tuple(fold(word) for word in words), set()).add((words, _marks_between(string)))
    return {plain: next(iter(found)) for plain, found in phrases.items() if len(found) == 1}


def _marks_between(words: str) -> tuple[str, ...]:
    """The marks between a phrase's words, spaces left out ("Kinh tế, Hạ tầng và Đô thị": ",", "", "", …)."""
    return tuple("".join(gap.split()) for gap in _BETWEEN_WORDS.findall(words.strip()))


_BETWEEN_WORDS = re.compile(r"(?<=[^\W\d_])[\W\d_]+(?=[^\W\d_])")


_LONGEST = 8  # words of a phrase


@lru_cache(maxsize=1)
def _phrase_lengths() -> dict[str, list[int]]:
    """The lengths of the phrases each plain first word opens, longest first."""
    lengths: dict[str, set[int]] = {}
    for plain in _name_phrases():
        lengths.setdefault(plain[0], set()).add(len(plain))
    return {first: sorted(found, reverse=True) for first, found in lengths.items()}


@lru_cache(maxsize=8192)
def _folded(word: str) -> str:
    return fold(word)


def _spelt_as(known: tuple[str, ...], written: list[str]) -> bool:
    """The words written may be the phrase's, their marks misread: as long, in the same case after the first word (a
    place's "Vân Phong" is no "Văn phòng"), with marks of their own (words typed without any are `marks`')."""
    return all(len(a) == len(b) for a, b in zip(known, written)) and not "".join(written).isascii() \
        and all(a[:1].isupper() == b[:1].isupper() for a, b in zip(known[1:], written[1:]))


def name_marks_mended(text: str) -> str:
    """The text, each body's name misread in its marks spelt as the vocabulary has it; the same length, each word
    replaced by one as long. At each capital, the longest of the vocabulary's phrases its plain letters open is tried
    first: spelt right, the run is left (and no shorter one tried); spelt with other marks where the case and the marks
    between words agree, it is mended if a head stands before it on its line or opens it."""
    phrases, lengths = _name_phrases(), _phrase_lengths()
    mended: list[tuple[int, int, str]] = []
    offset = 0
    for line in text.split("\n"):
        start, offset = offset, offset + len(line) + 1
        if line.isascii() or _HEAD.search(line) is None:
            continue
        for word in _CAPITAL_WORD.finditer(line):
            if (first := _folded(word.group(0))) not in lengths or word.start() and line[word.start() - 1].isalpha():
                continue
            following = list(islice(_WORD.finditer(line, word.start()), lengths[first][0]))
            for n in lengths[first]:
                if n > len(following):
                    continue
                written = [w.group(0) for w in following[:n]]
                found = phrases.get(tuple(_folded(w) for w in written))
                if found is None or _marks_between(line[word.start():following[n - 1].end()]) != found[1]:
                    continue  # (not "Bộ, phấn đấu" for "Bộ phận")
                known = found[0]
                if [w.lower() for w in known] == [w.lower() for w in written]:
                    break  # spelt right
                if not _spelt_as(known, written) or " ".join(written).lower() in lex.SPELT_LIKE_ANOTHER:
                    continue
                before = line[:word.start()]
                if _HEAD_BEFORE.search(before) is None and known[0] not in lex.HEAD_WORDS \
                        or _LEVEL_BEFORE.search(before) or _INSIDE_A_PROPER_NAME.search(before):
                    break
                mended += [(start + w.start(), start + w.end(), cased(new.lower(), w.group(0)))
                           for w, new in zip(following, known)]
                break
    if not mended:
        return text
    out, last = [], 0
    for start, end, word in sorted(set(mended)):
        if start < last:
            continue
        out += [text[last:start], word]
        last = end
    return "".join(out) + text[last:]
