"""Diacritic-free, lower-case folding of Vietnamese text, one character for one character.

"Chuyển đổi số" -> "chuyen doi so". Because the length is kept, a match found in
the folded text is at the same offsets in the original, which is how search
results highlight the words the user typed without diacritics.
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    if char in "đĐ":
        return "d"
    base = unicodedata.normalize("NFD", char)[0]
    return base.lower() if len(base.lower()) == 1 else char.lower()[:1] or char


def fold(text: str) -> str:
    """Lower-case, no diacritics, same length as `text` (NFC input)."""
    if text.isascii():
        return text.lower()
    return "".join(_fold_char(c) for c in text)
