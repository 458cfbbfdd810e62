"""The vocabulary's marks put back on a text typed without them: "So Tai chinh chu tri, phoi hop voi …" read as
"Sở Tài chính chủ trì, phối hợp với …".

A focal point's chat message, an SMS, a copy whose font lost the marks: the words are Vietnamese, the letters plain.
Every reader of the extraction matches the words with their marks, so the words it knows are given them back, and only
those: the phrases of the one vocabulary (`lexicon`, the agency and report lexicons) — role words, headings, field
names, heads and fields of bodies, time words —, a word that needs its number after it ("ngay 12", "thang 6", "So:
86/KH-UBND") and a body's head before the capital of its name ("So NN&MT", "Doi Quan ly …"). A word whose plain letters
could be several of the vocabulary's ("co": "có" or "cơ") keeps them, unless a phrase decides.

A line is read so when it holds one of the vocabulary's phrases of two words or more, or a word and its number (an
English line of a bilingual plan holds neither), and no tone — or the whole text almost none (a copy may keep its
vowels' own marks, "Giam đôc Sơ", or the normaliser have mended a few words). Each letter gets one letter back, so the
text keeps its length and every position: the extraction reads the marked text, and what it quotes is cut from the text
as printed (`printer`); a text with nothing to mark is given back itself.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from itertools import islice
from types import ModuleType

from . import lexicon
from .model import Span
from .textfold import fold, without_tones

_WORD = re.compile(r"[^\W\d_]+")
_LETTER_WORDS = re.compile(r"^[^\W\d_]+(?:[ ,\-–]+[^\W\d_]+)*$")
_MAX_PHRASE = 8  # words, at most, of one phrase matched ("cộng hòa xã hội chủ nghĩa việt nam")
# Marked words per word, at most, in a text typed without marks (the normaliser may have mended a few: "trước"); in one
# typed with them, more than half the words are marked
_UNMARKED_SHARE = 0.15
_TONED_LETTERS_AT_MOST = 0.05  # per character: a first, cheap look
_ENOUGH_WORDS = 40  # words a text holds before its share says anything


def _strings(value, depth: int = 0):
    """The strings a module's constant holds: itself, the items of a collection, a mapping's keys and values."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, (tuple, list, set, frozenset)) and depth < 2:
        for item in value:
            yield from _strings(item, depth + 1)
    elif isinstance(value, dict) and depth < 2:
        for key, item in value.items():
            yield from _strings(key, depth + 1)
            yield from _strings(item, depth + 1)


def _vocabulary_modules() -> tuple[ModuleType, ...]:
    from .extract import agency_lexicon, reporting_words
    return lexicon, agency_lexicon, reporting_words


@lru_cache(maxsize=1)
def _phrases() -> dict[tuple[str, ...], str]:
    """The vocabulary's phrases by their plain words ("phoi", "hop") -> their words marked ("phối hợp"); a plain form
    several phrases share is kept only for a phrase of several words (one phrase spelt two ways: "hàng năm", "hằng
    năm")."""
    forms: dict[tuple[str, ...], set[str]] = {}
    for module in _vocabulary_modules():
        for name, value in vars(module).items():
            if name.startswith("_") or not name.isupper():
                continue
            for string in _strings(value):
                if _LETTER_WORDS.match(string.strip()):
                    words = _WORD.findall(string.lower())
                    if len(words) <= _MAX_PHRASE:
                        forms.setdefault(tuple(fold(word) for word in words), set()).add(" ".join(words))
    phrases = {}
    for plain, marked in forms.items():
        chosen = sorted(marked)[0]
        if (len(marked) == 1 or len(plain) > 1) and chosen != " ".join(plain):
            phrases[plain] = chosen
    return phrases


@lru_cache(maxsize=1)
def _heads() -> dict[str, str]:
    """A body's head or a place's level of one word by its plain letters ("so" -> "Sở", "doi" -> "Đội", "tinh" ->
    "tỉnh"), where only one has them: before the capital of a name, it is that word."""
    from .extract import agency_lexicon
    heads: dict[str, set[str]] = {}
    for head in (*agency_lexicon.HEADS, *agency_lexicon.PROVINCE_LEVELS, *agency_lexicon.LOCAL_LEVELS):
        if " " not in head:
            heads.setdefault(fold(head), set()).add(head)
    alone = {plain: next(iter(found)) for plain, found in heads.items() if len(found) == 1}
    return {plain: head for plain, head in alone.items() if plain != head.lower()}  # (a head with marks to put back)


_NUMBER_AFTER = re.compile(r"\s*(?::\s*)?(?:\d|[IVX]+\b)")


_TONED_VOWELS = "àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
# (both cases written out rather than re.I: a case-blind class makes the engine test every character in turn)
_TONED_LETTER = re.compile(f"[{_TONED_VOWELS}{_TONED_VOWELS.upper()}]")


def _restorable_lines(text: str) -> list[tuple[int, int]]:
    """The spans of the lines to give marks back to: typed without tones (a copy may keep its vowels' own marks,
    "Giam đôc Sơ": the tones alone were lost)."""
    # (a toned letter in every twentieth character or more: a text written with its tones, whatever else it holds; in
    # one typed without them, the few the normaliser mended or a name kept do not stop its lines)
    # (counted only to one past the bound: a text written with its tones passes it within its first lines)
    toned_at_most = int(_TONED_LETTERS_AT_MOST * len(text))
    whole = len(list(islice(_TONED_LETTER.finditer(text), toned_at_most + 1))) <= toned_at_most \
        and len(words := _WORD.findall(text)) >= _ENOUGH_WORDS \
        and sum(1 for word in words if _TONED_LETTER.search(word)) <= _UNMARKED_SHARE * len(words)
    spans, start = [], 0
    for line in text.split("\n"):
        end = start + len(line)
        if line.strip() and (whole or not _TONED_LETTER.search(line)) and _holds_the_vocabulary(line):
            spans.append((start, end))
        start = end + 1
    return spans


def _holds_the_vocabulary(line: str) -> bool:
    """A phrase of the vocabulary of two words or more, or a word and its number ("ngay 12"): a line of Vietnamese
    (an English line of a bilingual plan holds none)."""
    found = list(_WORD.finditer(line))
    words = [fold(word.group(0)) for word in found]
    phrases = _phrases()
    return any(tuple(words[i:i + n]) in phrases for n in range(2, _MAX_PHRASE + 1) for i in range(len(words) - n + 1)) \
        or any(word in lexicon.UNMARKED_BEFORE_NUMBERS and _NUMBER_AFTER.match(line, match.end())
               for word, match in zip(words, found))


def cased(marked: str, written: str) -> str:
    """The marked letters in the case of the letters written."""
    return "".join(new.upper() if old.isupper() else new for new, old in zip(marked, written))


def _may_be(marked: str, written: str) -> bool:
    """Whether the word written may be the marked one typed without its marks: in plain letters, or with its vowels'
    own marks but no tone ("đôc" for "đốc")."""
    return written.isascii() or without_tones(marked).lower() == written.lower()


def _in_a_code(line: str, word: re.Match) -> bool:
    """A word of an address, a file's name or a code ("…/van-ban/quyet-dinh-2045", "bao_cao.docx"): no word of the
    text."""
    return bool(_GLUED_BEFORE.search(line, 0, word.start()) or _GLUED_AFTER.match(line, word.end()))


# a mark of an address or a code right before or after the word, a dot or a dash only between two letters or digits
_GLUED_BEFORE = re.compile(r"(?:[/_@=]|\w[.-])$")
_GLUED_AFTER = re.compile(r"[/_@=]|[.-]\w")


def _restore_line(line: str) -> str:
    """The line, its vocabulary's phrases marked; then a word that needs its number before the number, a small word of
    the grammar alone, and a body's head before the capital of its name ("So Tai chinh", "So NN&MT"; not after an
    honorific or a place's level: "Ba Truong Thi Lan", "thanh pho Quy Nhon", a person's, a place's name)."""
    words = list(_WORD.finditer(line))
    plain = [fold(word.group(0)) for word in words]
    phrases, heads = _phrases(), _heads()
    out = list(line)
    marked_by_a_phrase: set[int] = set()

    def mark(k: int, new: str) -> None:
        word = words[k].group(0)
        if len(new) == len(word) and _may_be(new, word) and not _in_a_code(line, words[k]):
            out[words[k].start():words[k].end()] = cased(new, word)

    i = 0
    while i < len(words):
        n = next((n for n in range(min(_MAX_PHRASE, len(words) - i), 1, -1)
                  if (marked := phrases.get(tuple(plain[i:i + n]))) is not None
                  and all(_may_be(new, word.group(0)) and not _in_a_code(line, word)
                          for word, new in zip(words[i:i + n], marked.split(" ")))), 1)
        if n > 1:
            for k, new in zip(range(i, i + n), phrases[tuple(plain[i:i + n])].split(" ")):
                mark(k, new)
            marked_by_a_phrase.update(range(i, i + n))
        elif plain[i] in lexicon.UNMARKED_BEFORE_NUMBERS and _NUMBER_AFTER.match(line, words[i].end()):
            mark(i, lexicon.UNMARKED_BEFORE_NUMBERS[plain[i]])
        elif plain[i] in lexicon.UNMARKED_WORDS and words[i].group(0).islower():
            mark(i, lexicon.UNMARKED_WORDS[plain[i]])
        i += n
    for k, word in enumerate(words[:-1]):
        head = heads.get(plain[k])
        following = words[k + 1]
        if head and k not in marked_by_a_phrase and word.group(0)[:1].isupper() \
                and line[word.end():following.start()].strip() == "" and following.group(0)[:1].isupper() \
                and not (k and " ".join(plain[max(0, k - 2):k]).endswith(_BEFORE_A_PERSON_OR_PLACE)):
            mark(k, head)
    return "".join(out)


def _before_a_person_or_place() -> tuple[str, ...]:
    """Words after which a capital opens a person's or a place's name, no body's ("Ba Truong Thi Lan", "thanh pho Quy
    Nhon", "song Tien"): the honorifics, the levels of places and the words of the places plans name, in plain
    letters."""
    from .extract import agency_lexicon
    return tuple(fold(word) for word in (*lexicon.HONORIFICS, *agency_lexicon.LOCALITIES, *agency_lexicon.VILLAGE_KINDS,
                                         *lexicon.PLACE_WORDS))


_BEFORE_A_PERSON_OR_PLACE = _before_a_person_or_place()


def with_marks(text: str) -> str:
    """The text, its vocabulary marked where it was typed without marks; the same length, every position kept (the
    text itself where nothing was to mark)."""
    spans = _restorable_lines(text)
    if not spans:
        return text
    pieces, last = [], 0
    for start, end in spans:
        pieces += [text[last:start], _restore_line(text[start:end])]
        last = end
    marked = "".join(pieces) + text[last:]
    return text if marked == text else marked


def printer(marked_text: str, text: str) -> Callable[..., str]:
    """What turns a quote cut from the marked text back into the words the text printed: cut at the same place where
    the quote is one piece of it, or one piece but for its spaces (a title over two lines); else word by word, each
    word the marking changed and the text never printed marked."""
    printed: dict[str, str] = {}

    def as_printed(quote: str, span: Span | None = None) -> str:
        """`quote` as printed; `span`, where the plan says where it stands, is searched first."""
        if not quote:
            return quote
        start, end = (span.start, span.end) if span else (0, len(marked_text))
        at = marked_text.find(quote, start, max(end, start + len(quote)))
        if at < 0 and span:
            at = marked_text.find(quote)
        if at >= 0:
            return text[at:at + len(quote)]
        words = _WORD.findall(quote)
        spaced = re.compile(r"\W+".join(map(re.escape, words))) if words else None
        found = spaced and (spaced.search(marked_text, start) or spaced.search(marked_text))
        if found:
            written = iter(_WORD.findall(text[found.start():found.end()]))
            return _WORD.sub(lambda word: next(written), quote)
        if not printed:
            printed.update(_printed_words(marked_text, text))
        return _WORD.sub(lambda word: printed.get(word.group(0), word.group(0)), quote)
    return as_printed


def _printed_words(marked_text: str, text: str) -> dict[str, str]:
    found: dict[str, set[str]] = {}
    kept: set[str] = set()
    for word in _WORD.finditer(marked_text):
        written = text[word.start():word.end()]
        if written != word.group(0):
            found.setdefault(word.group(0), set()).add(written)
        else:
            kept.add(written)
    return {word: next(iter(written)) for word, written in found.items() if len(written) == 1 and word not in kept}
