"""Diacritic-free, lower-case folding of Vietnamese text: "Chuyển đổi số" -> "chuyen doi so".

`fold` is the fast form used for indexing and queries. `fold_aligned` gives the
same letters one character for one character, so a match found in the folded
text sits at the same offsets in the original: search results highlight the
words typed without diacritics where they stand, with their diacritics.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_COMBINING = re.compile(r"[\u0300-\u036f]")


def fold(text: str) -> str:
    """Lower-case, no diacritics (đ -> d)."""
    if text.isascii():
        return text.lower()
    stripped = _COMBINING.sub("", unicodedata.normalize("NFD", text))
    return stripped.replace("đ", "d").replace("Đ", "d").lower()


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    folded = fold(char)
    return folded if len(folded) == 1 else char


def fold_aligned(text: str) -> str:
    """Like `fold`, with exactly one character out for each character in (NFC input)."""
    return "".join(_fold_char(c) for c in text)


_TONES = re.compile("[\u0300\u0301\u0303\u0309\u0323]")  # huyền, sắc, ngã, hỏi, nặng (not â, ă, ơ, ư's own marks)


def without_tones(text: str) -> str:
    """The text, its tone marks taken off and its vowels' own marks kept ("Giám đốc Sở" -> "Giam đôc Sơ")."""
    return unicodedata.normalize("NFC", _TONES.sub("", unicodedata.normalize("NFD", text)))

